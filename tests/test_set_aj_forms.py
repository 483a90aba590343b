"""Forms found by held-out set AJ (tests/data/realworld/aj*, five notices chosen by province at county or city level —
河南, 河北, 四川, 陕西, 北京 — each the first real notice the pages corpus returned for its query, annotated before the
pipeline ran on them): each test reads a real notice of the set (named in the test) and a look-alike that must keep its
reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations
from extractors.docnumbers import find_doc_numbers
from pipeline.document.labels import match_label
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome, is_info_line
from pipeline.extract import extract_text

from test_real_forms import extracted, labels, parsed


def parsed_text(text: str):
    normalised = normalise(text)
    return parse(normalised.text, normalised.title_headings, normalised.page_issuers)[0]


def _relations(text: str) -> list[tuple[str, str, str]]:
    return [(citation.title, citation.doc_number, citation.relation) for citation in find_citations(text)]


# ------------------------------------------------------------------ the page around the notice


def test_a_breadcrumb_without_its_home_page_is_no_title():
    # aj05: 政務公開 > 政策公開 > 政策文件 > 廢止及修改 > 修改 over the portal's fields and the decision's title
    document = extracted("aj05")
    assert document["title"].startswith("北京市人民政府關於修改《北京市利用文物保護單位")
    assert is_chrome("政务公开 > 政策公开 > 政策文件 > 废止及修改 > 修改")
    assert is_chrome("信息公开 » 规范性文件 » 正文")
    # a nested title's <…> and a sentence with one 》>《 are no crumbs
    assert not is_chrome("关于贯彻落实<国务院关于加强安全生产工作的决定>的实施意见")
    assert not is_chrome("一、提高认识 > 加强领导")


def test_a_portals_numbered_fields_are_no_measures():
    # aj05: 1. [主題分類] … 3. [聯合發文單位] … 10. [文件來源] 政府公報 2018年 第14期(總第554期), then the decision's 一、 and 1.
    assert labels(parsed("aj05")) == [("一、", 1), ("1.", 2)]
    assert is_info_line("3. [聯合發文單位]") and is_info_line("10. [文件來源] 政府公報 2018年 第14期(總第554期)")
    assert is_info_line("文件来源: 某市人民政府公报")
    # a measure that names a source is the notice's own
    assert not is_info_line("3. 加强文件来源管理,规范发文程序")


# ------------------------------------------------------------------ orders


def test_an_orders_heading_over_two_lines_keeps_its_script():
    # aj05: 北京市人民政府令 ⏎ 第277號 (traditional script: its 號 kept, as 文号 printed 國發〔2010〕23號 are)
    assert extracted("aj05")["doc_number"] == "北京市人民政府令第277號"
    simplified = "某某市人民政府令\n第12号\n《某某市物业管理办法》已经市人民政府常务会议通过,现予公布。\n市长 某某\n2018年2月12日\n"
    assert extract_text(simplified, "look-alike.txt")["documents"][0]["doc_number"] == "某某市人民政府令第12号"


def test_an_order_numbered_with_its_ling_after_the_serial_is_its_series():
    # aj05: 根據1997年12月31日北京市人民政府第12號令第一次修改: the order 北京市人民政府令第12號
    numbers = [number.normalised for _, _, number in find_doc_numbers("根据1997年12月31日北京市人民政府第12號令第一次修改")]
    assert numbers == ["北京市人民政府令第12號"]
    assert [n.normalised for _, _, n in find_doc_numbers("依照国务院第588号令执行")] == ["国务院令第588号"]
    # a bare 第3号令 names no series; a gazette's issue line no order
    assert find_doc_numbers("按第3号令执行") == []
    assert find_doc_numbers("咸宁市人民政府主办第2号令") == []


def test_the_acts_in_a_rules_history_note_are_cited_not_its_basis():
    # aj05: 一、X(1986年2月14日…京政發22號文件發佈,根據1997年12月31日北京市人民政府第12號令第一次修改,根據…第82號令第二次修改…)
    relations = {number: relation for _, number, relation in _relations(
        "一、某市物业管理办法(1986年2月14日某市人民政府某政发22号文件发布,根据1997年12月31日某市人民政府第12号令第一次修改,"
        "根据2001年8月27日某市人民政府第82号令第二次修改)\n")}
    assert relations["某市人民政府令第12号"] == "cites" and relations["某市人民政府令第82号"] == "cites"
    document = extracted("aj05")
    assert {c["doc_number"]: c["relation"] for c in document["citations"] if c["doc_number"] and "令" in c["doc_number"]} == {
        "北京市人民政府令第12號": "cites", "北京市人民政府令第82號": "cites", "北京市人民政府令第200號": "cites"}
    # 根据 an order the notice acts on is its basis still
    assert _relations("根据某市人民政府第12号令,制定本办法。") == [(None, "某市人民政府令第12号", "basis")]


# ------------------------------------------------------------------ the header under a gazette's masthead


def test_a_phone_number_with_its_area_code_is_no_numbered_item():
    # aj03: the gazette's masthead ends 电 话 ⏎ (028)86604546 ⏎ (028)86605625(传真) ⏎ 邮政编码 ⏎ 610016, then
    # 四川省人民政府 ⏎ 关于命名首批省级生态县的决定 (C3: the issuer line starts the title)
    document = extracted("aj03")
    assert document["issuer"] == "四川省人民政府"
    assert document["title"] == "四川省人民政府关于命名首批省级生态县的决定"
    assert match_label("(028)86604546") is None and match_label("（010）6655 8899") is None
    # items numbered in brackets stay items, (10) as (1)
    assert match_label("(10)加强督查").ordinal == 10 and match_label("(1)明确责任").ordinal == 1


def test_an_indicator_set_in_title_brackets_is_a_document():
    # aj03: 根据《四川省省级生态县管理规程》《四川省省级生态县建设指标》,经申报预审…: both the naming's basis
    assert _relations("根据《四川省省级生态县管理规程》《四川省省级生态县建设指标》,经申报预审、核查、公示,省政府决定命名") == [
        ("四川省省级生态县管理规程", None, "basis"), ("四川省省级生态县建设指标", None, "basis")]
    assert _relations("对照《某市美丽乡村考核评价指标》开展自查。") == [("某市美丽乡村考核评价指标", None, "cites")]
    # a plain 指标 in the text names no document
    assert _relations("修订了省级生态县建设指标,启动了创建工作。") == []


# ------------------------------------------------------------------ a news brief quoting the notice


def test_a_news_briefs_yearless_day_reports_the_notice_issued():
    # aj04: 为进一步加强…,经省政府同意,6月10日,陕西省下发《关于加强现就行政区划管理工作有关事项通知》。一、各级行政区划调整…
    assert _relations("为进一步加强行政区划管理工作,经省政府同意,6月10日,陕西省下发《关于加强行政区划管理工作有关事项的通知》。") == [
        ("关于加强行政区划管理工作有关事项的通知", None, "issues")]
    # a limit's day is no report, and a forward's verb still decides
    assert _relations("请各县于6月10日前下发《关于做好申报工作的通知》。") == [("关于做好申报工作的通知", None, "cites")]
    assert _relations("6月20日,省农业厅下发了《关于做好申报工作的通知》,现转发给你们。") == [
        ("关于做好申报工作的通知", None, "forwards")]


def test_the_first_item_glued_after_the_sentence_naming_the_notice_is_a_measure():
    # aj04: …下发《…通知》。一、各级行政区划调整…按程序进行申报审批。 then the English translation
    assert labels(parsed("aj04")) == [("一、", 1)]
    # glued after a sentence that only mentions a document, 一、 stays in the paragraph
    kept = parsed_text("各乡镇:\n各地要认真学习《关于做好防汛工作的通知》。一、加强值守,确保安全。\n")
    assert labels(kept) == []
    issued = parsed_text("各乡镇:\n近日,县政府下发《关于做好防汛工作的通知》。一、加强值守,确保安全。\n")
    assert labels(issued) == [("一、", 1)]
