"""Forms found by held-out set BP (tests/data/realworld/bp*, five notices of provincial-level governments, their offices
and departments, each the first real notice the pages corpus returned for its province's query and not already in the
sets, annotated before the pipeline ran on them): each test reads a real notice (named in the test) and a look-alike of
the same form, or one that must keep its reading, so a fix never takes the general case with it."""

from extractors.deadlines import find_deadlines
from pipeline.document.elements import is_organisation_line

from test_real_forms import extracted, made_up_document


def _labels(document: dict) -> list[tuple[str, int]]:
    return [(measure["label"], measure["level"]) for measure in document["measures"]]


def _units(document: dict) -> list[str]:
    return [unit["raw"] for unit in document["assignments"]]


def _deadlines(text: str, year: int | None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


# ------------------------------------------------------------------ header


def test_a_news_lead_in_paragraphs_over_a_full_text_line_is_the_pages_and_the_notice_follows_it():
    # bp01: a cut link line with 关于, the headline twice, the lead (…5月10日,天津市人民政府发布了《…》,…), a paragraph, 全文如下:
    document = extracted("bp01")
    assert document["title"] == "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"
    assert document["recipients"] == '["各区人民政府", "市政府各委、办、局"]'
    look_alike = ("省农业农村厅关于印发《农机购置补贴实施方案》的\n某省加快推进春耕生产\n"
                  "农业网获悉,3月2日,某省人民政府办公厅印发了《关于做好春耕生产工作的通知》,要求各地抓好春耕备耕。\n"
                  "通知要求,各地要加强农资供应保障,做好农业生产技术指导。\n全文如下:\n"
                  "某省人民政府办公厅关于做好\n春耕生产工作的通知\n各市人民政府,省政府各部门:\n为做好春耕生产工作,现通知如下:\n"
                  "一、加强农资供应保障。\n某省人民政府办公厅\n2023年3月1日\n")
    assert made_up_document(look_alike)["title"] == "某省人民政府办公厅关于做好春耕生产工作的通知"
    # a forwarding notice's 原文如下 under its own body is no news lead: the notice stays the one at the top
    forwarding = ("某县人民政府办公室关于转发春耕生产工作通知的通知\n各乡镇人民政府:\n"
                  "3月2日,省政府办公厅印发了春耕生产工作的通知,现将通知转发给你们,请认真贯彻执行。\n原文如下:\n"
                  "某省人民政府办公厅关于做好春耕生产工作的通知\n各市人民政府:\n现通知如下:\n")
    assert made_up_document(forwarding)["title"] == "某县人民政府办公室关于转发春耕生产工作通知的通知"


def test_an_uploads_subject_and_its_source_after_a_dash_name_no_issuer():
    # bp03: a 文库 upload named 吉林大豆目标价格改革试点-吉林物价局 over a plan that prints no issuer
    assert extracted("bp03")["issuer"] is None
    assert not is_organisation_line("春季森林防火工作实施方案-某县林业局")
    assert is_organisation_line("中国-东盟博览会秘书处") and is_organisation_line("某县林业局")


# ------------------------------------------------------------------ citations


def test_the_notices_title_named_without_its_inner_title_is_the_notice_itself():
    # bp01: the lead's 《关于落实国务院重点工作任务分工的通知》, its <政府工作报告> read as markup by the page
    titles = [citation["title"] for citation in extracted("bp01")["citations"]]
    assert "关于落实国务院重点工作任务分工的通知" not in titles
    assert "政府工作报告" in titles  # the inner title itself stays the document the notice implements


def test_a_link_title_the_page_cut_after_its_inner_title_is_the_pages():
    # bp01's first line: 国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的 (a related link cut at its width)
    titles = [citation["title"] for citation in extracted("bp01")["citations"]]
    assert "电解铝行业节能降碳专项行动计划" not in titles
    look_alike = ("生态环境部等部门关于印发《重点行业挥发性有机物综合治理方案》的\n某市深入打好蓝天保卫战\n"
                  "某市人民政府关于深入打好蓝天保卫战的通知\n各区人民政府:\n现将有关事项通知如下:\n"
                  "一、加强扬尘治理。\n某市人民政府\n2022年5月6日\n")
    assert [c["title"] for c in made_up_document(look_alike)["citations"]] == []
    # a title printed over two lines, its type on the second, keeps the document it issues
    split = ("某市人民政府关于印发《某市扬尘污染防治实施方案》的\n通知\n各区人民政府:\n现将《某市扬尘污染防治实施方案》"
             "印发给你们,请认真贯彻执行。\n某市人民政府\n2022年5月6日\n")
    document = made_up_document(split)
    assert document["title"] == "某市人民政府关于印发《某市扬尘污染防治实施方案》的通知"
    assert "某市扬尘污染防治实施方案" in [c["title"] for c in document["citations"]]


# ------------------------------------------------------------------ measures


def test_a_heading_line_whose_numbered_items_run_on_after_spaces_gives_each_item():
    # bp05: one line a copy lost every break of: 一、授予…管理權限 (一)對…。 (二)對…。 二、加大…支持力度 (三)2012-2016年,…
    assert _labels(extracted("bp05")) == [("一、", 1), ("(一)", 2), ("(二)", 2), ("二、", 1), ("(三)", 2), ("(四)", 2), ("(五)", 2)]
    # opinions number their （N） on across the headings: the second heading's run starts at （三）
    look_alike = ("某省人民政府关于支持某新区建设的意见\n各市人民政府,省政府各部门:\n现提出如下意见:\n"
                  "一、下放管理权限 (一)对法律、法规和规章规定由省政府及省有关部门行使的经济调节、市场监管、社会管理、公共服务等"
                  "行政管理职权,除确需由省级行政机关统一协调管理的事项外,原则上下放或委托新区管理机构依法实施。 (二)对法律、法规和"
                  "规章规定不得委托或下放以及需省综合平衡的省级管理事项,新区管理机构与省建立直接请批关系,与所在市人民政府为报备关系。\n"
                  "二、加大财政支持力度 (三)2021-2025年,省财政将来源于新区的省级公共财政预算收入超过2020年基数部分以专项补助形式返还"
                  "新区,专项用于新区的基础设施建设。 (四)对新区上缴的新增建设用地有偿使用费和海域使用金省级部分的50%,安排省级专项"
                  "补助,由新区按照国家和省的管理规定,专项用于高标准基本农田建设和基本农田经济补偿。\n")
    assert _labels(made_up_document(look_alike)) == [("一、", 1), ("(一)", 2), ("(二)", 2), ("二、", 1), ("(三)", 2), ("(四)", 2)]
    # a heading line with one bracketed note after it opens no run
    one = "某县人民政府关于做好防汛工作的通知\n各乡镇:\n一、加强领导 (一)县防汛办负责。\n二、落实责任\n"
    assert ("(一)", 2) not in _labels(made_up_document(one))


# ------------------------------------------------------------------ assignments


def test_a_class_of_levels_named_by_a_qualifier_before_the_government_they_share_is_one_unit():
    # bp04: (省發改委、交通運輸廳、相關市、縣政府負責)
    assert "相關市、縣政府" in _units(extracted("bp04"))
    look_alike = "一、推进建设\n1.加快农村公路建设。(省交通运输厅、有关县、区政府负责)\n"
    assert _units(made_up_document(look_alike)) == ["省交通运输厅", "有关县、区政府"]


def test_places_listed_before_the_city_government_they_share_are_one_unit():
    # bp04: (哈爾濱機場擴建指揮部、哈爾濱、黑河、綏芬河市政府、省農墾總局負責)
    assert "哈爾濱、黑河、綏芬河市政府" in _units(extracted("bp04"))
    look_alike = "一、推进建设\n1.推进港口建设。(省交通运输厅、南通、盐城市人民政府负责)\n"
    assert _units(made_up_document(look_alike)) == ["省交通运输厅", "南通、盐城市人民政府"]
    # a bare word that no government follows keeps the list no statement of units
    assert _units(made_up_document("一、推进建设\n1.推进港口建设。(市教育局、宣传、市财政局负责)\n")) == []


# ------------------------------------------------------------------ deadlines


def test_this_year_and_the_next_is_the_period_of_a_step():
    # bp04: 今明兩年投資530億元 (no year printed: the date is left null)
    assert ("今明兩年", "deadline", None) in [(d["text"], d["kind"], d["date"]) for d in extracted("bp04")["deadlines"]]
    assert _deadlines("今明两年投资30亿元,开工建设机场扩建工程。", 2013) == [("今明两年", "deadline", "2014-12-31")]
    assert _deadlines("今明两年是全面建成小康社会的关键时期。", 2013) == []


def test_a_window_of_years_right_after_an_items_label_is_its_period():
    # bp05: (三)2012-2016年,省财政将…返还南沙區
    assert ("2012-2016年", "deadline", "2016-12-31") in [(d["text"], d["kind"], d["date"]) for d in extracted("bp05")["deadlines"]]
    assert ("2021-2025年", "deadline", "2025-12-31") in _deadlines("(三)2021-2025年,省财政将新增收入返还新区。", 2021)
    assert _deadlines("实施方案(2021-2025年),现印发给你们。", 2021) == []
