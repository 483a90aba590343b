"""Document-stage forms found by held-out set Z (tests/data/realworld/z*): each test reads a real notice of the set
(named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with it."""

from pathlib import Path

from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"
SWEEP = Path(__file__).resolve().parent / "data" / "sweep"


def parsed(text: str):
    return parse(normalise(text).text)[0]


def page(folder: Path, prefix: str) -> str:
    [path] = folder.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def labels(document) -> list[str]:
    return [measure.label for measure in document.measures]


def test_a_breadcrumb_copied_as_a_numbered_list_is_chrome():
    """z11: 1. 首页 / 2. 信息公开 / 3. 政策法规 / 4. 县规范性文... above the title: no items, and the header below it read."""
    document = parsed(page(REALWORLD, "z11"))
    assert labels(document) == ["1", "1.1"]  # the plan's own 1 总则 and 1.1 under its contents, nothing of the crumb
    assert document.meta.title == "遂川县人民政府办公室关于印发遂川县防汛抗旱应急预案的通知"
    assert document.meta.signed_date == "2020-03-17"
    # a numbered list whose first item is not the home page keeps its items
    document = parsed("县人民政府关于做好网站建设的通知\n各乡镇:\n1. 首页建设要简洁。\n2. 栏目设置要合理。\n")
    assert labels(document) == ["1.", "2."]


def test_contents_under_their_heading_are_no_items_though_the_text_is_cut():
    """z07 (heading 目 lost: 录), z09 (dot leaders), z10 (目    錄): the copy ends inside the contents."""
    for prefix in ("z07", "z09", "z10"):
        assert labels(parsed(page(REALWORLD, prefix))) == [], prefix
    # short numbered items under no contents heading, followed by text, stay items
    document = parsed("县人民政府关于报送材料的通知\n各乡镇:\n请报送以下材料。\n1. 申请表\n2. 身份证复印件\n3. 户口本\n")
    assert labels(document) == ["1.", "2.", "3."]


def test_a_headline_reporting_a_notice_gives_its_issuer_and_only_its_title():
    """z15: 教育部下发关于做好2015年寒假春节期间有关工作的通知 (a periodical's news item)."""
    meta = parsed(page(REALWORLD, "z15")).meta
    assert (meta.title, meta.issuer) == ("关于做好2015年寒假春节期间有关工作的通知", "教育部")
    # sweep 064: a headline reporting a notice it does not name (…下发通知要求 不误农时…) is no title
    assert parsed(page(SWEEP, "064")).meta.title is None
    # a title whose issuers are followed by the title's own verb 印发 stays whole
    meta = parsed("鹤岗市人民政府 鹤岗市中级人民法院印发关于完善府院联动机制的意见的通知\n各县区人民政府:\n一、总体要求。\n").meta
    assert meta.title == "鹤岗市人民政府鹤岗市中级人民法院印发关于完善府院联动机制的意见的通知"


def test_a_sites_tag_naming_a_body_before_the_title_is_its_issuer():
    """z03: [住建部]关于做好…的通知 建市电〔2020〕58号."""
    meta = parsed(page(REALWORLD, "z03")).meta
    assert meta.title.startswith("关于做好2021年元旦春节期间") and meta.issuer == "住建部"
    assert meta.doc_number == "建市电〔2020〕58号"
    # a column's tag names no body: stripped, no issuer from it
    meta = parsed("[城市建设]关于做好防汛工作的通知\n各乡镇:\n一、巡查河道。\n").meta
    assert (meta.title, meta.issuer) == ("关于做好防汛工作的通知", None)


def test_a_doc_number_that_is_a_page_fields_whole_value():
    """z02: 作者:安委办〔2015〕19号   文章来源:国务院安委会办公室 …"""
    meta = parsed(page(REALWORLD, "z02")).meta
    assert (meta.doc_number, meta.issuer) == ("安委办〔2015〕19号", "国务院安委会办公室")
    # a 文号 inside a longer value (the page's link to another notice) is no number of this one
    meta = parsed("关于做好防汛工作的通知\n上一篇:关于做好抗旱工作的通知(县政发〔2021〕4号)\n各乡镇:\n一、巡查河道。\n").meta
    assert meta.doc_number is None


def test_a_portal_publisher_among_the_notices_recipients_is_no_issuer():
    """z10: a town's portal (發布機構 the town) posting the county's plan to 各鄉鎮人民政府: the source line's bureau."""
    assert parsed(page(REALWORLD, "z10")).meta.issuer == "績溪縣應急管理局"
    # a town's own notice to its villages keeps the town from its portal table
    text = "发布机构: 官亭镇人民政府 发布日期: 2020-05-06\n关于做好秸秆禁烧工作的通知\n各村委会:\n一、加强巡查。\n"
    assert parsed(text).meta.issuer == "官亭镇人民政府"


def test_recipient_lists_of_places_and_other_bodies():
    """z06's 各村(场)、有关部门 split; z05's 广德市、宿松县住房城乡建设局、公共资源交易管理局 is those places' bureaus, one
    entry (CONVENTIONS.md C6: the places printed once own them all); one class stays whole."""
    assert split_list("各村(场)、有关部门") == ["各村(场)", "有关部门"]
    assert split_list("廣德市、宿松縣住房城鄉建設局、公共資源交易管理局") == ["廣德市、宿松縣住房城鄉建設局、公共資源交易管理局"]
    # the same bureaus after a body of another place are two entries
    assert split_list("宿松縣住房城鄉建設局、省公共資源交易管理局") == ["宿松縣住房城鄉建設局", "省公共資源交易管理局"]
    assert split_list("各市、县（区）扶贫开发领导小组") == ["各市、县（区）扶贫开发领导小组"]
    assert split_list("各区县（自治县）、万盛经开区扶贫开发领导小组") == ["各区县（自治县）、万盛经开区扶贫开发领导小组"]
    assert split_list("长白山开发区、长春新区") == ["长白山开发区", "长春新区"]
