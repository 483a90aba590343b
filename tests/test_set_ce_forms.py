"""Forms found by held-out set CE (tests/data/realworld/ce*, every 2,000th real 发文字号 of docnumbers.tsv from line 750
queried in the pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on
it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from extractors.units import find_assignments
from pipeline.document.wrapper import is_chrome

from test_real_forms import extracted, made_up_document


def roles(text: str) -> list[tuple[str, str]]:
    return [(mention.raw, mention.role) for mention in find_assignments(text)]


# ------------------------------------------------------------------ an article glued after its chapter's heading


def test_an_article_glued_after_its_chapters_heading_is_an_article():
    # ce01: 第一章总则第一条为规范… · 第二章组织架构第四条… · 第三章投资管理第七条…, one article glued in each line
    labels = [measure["label"] for measure in extracted("ce01")["measures"]]
    assert labels == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条"]
    look_alike = made_up_document(
        "某某县农村公路养护管理办法\n第一章 总则第一条 为加强农村公路养护管理,制定本办法。\n第二条 本办法适用于本县农村公路。\n"
        "第二章 职责分工第三条 县交通运输局负责全县农村公路养护的监督管理。\n第四条 乡镇人民政府负责本辖区农村公路的日常养护。\n")
    assert [measure["label"] for measure in look_alike["measures"]] == ["第一条", "第二条", "第三条", "第四条"]


def test_an_article_cited_after_a_chapter_in_a_sentence_starts_no_line():
    # 依照第二章第四条的规定 cites an article; a chapter's heading opens its line
    document = made_up_document(
        "某某县农村公路养护管理办法\n第一条 为加强农村公路养护管理,制定本办法。\n第二条 违反本办法的,依照第二章第四条的规定处理。\n")
    assert [measure["label"] for measure in document["measures"]] == ["第一条", "第二条"]


# ------------------------------------------------------------------ a portal's line with its posting time


def test_a_portals_line_with_the_posting_time_before_its_source_is_no_title_or_issuer():
    # ce03: 中央政府門戶網站 www.gov.cn   2011年10月07日 20時00分   來源:國務院辦公廳 over the title 國務院關於…
    document = extracted("ce03")
    assert document["title"] == "國務院關於支持河南省加快建設中原經濟區的指導意見"
    assert document["issuer"] == "國務院"
    assert is_chrome("人民网 2019年3月5日 09:30 来源:人民日报")
    assert is_chrome("中央政府门户网站 www.gov.cn   2006年06月2日   来源:河南日报")
    assert not is_chrome("2019年3月5日")


# ------------------------------------------------------------------ 由A牵头,B参加 after the task it divides


def test_the_lead_named_after_the_task_with_the_units_taking_part_is_an_assignment():
    # ce05: 省重点项目的勘察设计工作由省计委牵头,省建设厅、项目主管部门、筹建单位参加,按照…
    units = [(unit["raw"], unit["role"]) for unit in extracted("ce05")["assignments"]]
    assert units[:4] == [("省计委", "lead"), ("省建设厅", "cooperate"), ("项目主管部门", "cooperate"), ("筹建单位", "cooperate")]
    assert roles("二、验收工作由市住建局牵头,市财政局、市审计局参加,6月底前完成。") == [
        ("市住建局", "lead"), ("市财政局", "cooperate"), ("市审计局", "cooperate")]
    assert roles("由县发改局牵头,县财政局参加。") == [("县发改局", "lead"), ("县财政局", "cooperate")]


def test_the_competent_body_named_after_the_work_with_fuze_stays_prose():
    # ad08's 各级清理整顿工作由公安和工商行政管理部门具体负责 is no assignment (C33); 由于 and 理由 are no 由 of a doer
    assert roles("各级清理整顿工作由公安和工商行政管理部门具体负责,劳动、教育等部门做好工作。") == []
    assert roles("由于工作需要,各单位要积极参加。") == []
    assert roles("经费由县财政负责保障。") == []


# ------------------------------------------------------------------ a legal database's page: title and issuer lines

DATABASE_PAGE = ("{headline}\n\n作者:法律资料网 时间:2024-07-22 14:18:30   浏览:9508   来源:法律资料网\n下载地址: 点击此处下载\n\n"
                 "{headline}\n\n{database_line}\n\n\n{own}\n\n{number}\n\n各省、自治区、直辖市民政厅(局):\n"
                 "为做好有关工作,现就有关问题通知如下:\n一、各地要高度重视。\n二、各地要加强管理。\n")


def test_the_notices_own_title_line_printing_its_issuers_is_the_title_over_the_pages_headline_without_them():
    # ce02: 关于全国性…的通知 twice (the page's headline), 民政部 人事部 (the database's line), 民政部、人事部关于…的通知
    assert extracted("ce02")["title"] == "民政部、人事部关于全国性社会团体专职工作人员人事管理问题的通知"
    look_alike = made_up_document(DATABASE_PAGE.format(
        headline="关于加强社会组织登记管理工作的通知", database_line="民政部 公安部",
        own="民政部、公安部关于加强社会组织登记管理工作的通知", number="民发[2003] 12号"))
    assert look_alike["title"] == "民政部、公安部关于加强社会组织登记管理工作的通知"
    # the headline alone, printed as the notice prints it, stays the title
    plain = made_up_document(DATABASE_PAGE.format(
        headline="关于加强社会组织登记管理工作的通知", database_line="民政部",
        own="关于加强社会组织登记管理工作的通知", number="民发[2003] 12号"))
    assert plain["title"] == "关于加强社会组织登记管理工作的通知"


def test_the_sources_short_issuer_line_under_the_databases_full_name_gives_the_full_name():
    # ce05: 山西省人民政府 (the database's line) ⏎ 山西省重点建设项目管理办法 ⏎ 山西省政府 ⏎ 晋政发[1991]33号
    assert extracted("ce05")["issuer"] == "山西省人民政府"
    rules = ("某某市农村公路管理办法\n\n作者:法律资料网 时间:2024-05-29 00:13:44   浏览:8859   来源:法律资料网\n下载地址: 点击此处下载\n\n"
             "某某市农村公路管理办法\n\n{database_line}\n\n\n某某市农村公路管理办法\n{short}\n{number}\n\n\n"
             "第一条 为了加强农村公路管理,制定本办法。\n第二条 本办法适用于本市农村公路。\n")
    look_alike = made_up_document(rules.format(database_line="湖南省长沙市人民政府", short="长沙市政府", number="长政发[1995]8号"))
    assert look_alike["issuer"] == "长沙市人民政府"  # without the province the database adds (C3)
    # a short line naming another body than the database's keeps its own name
    other = made_up_document(rules.format(database_line="长沙市人民政府", short="长沙市交通局", number="长交发[1995]8号"))
    assert other["issuer"] == "长沙市交通局"
