"""Forms found by held-out set AC (tests/data/realworld/ac*, a mixed sample of topics and copies): each test reads a real
notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general
case with it."""

from extractors.citations import find_citations
from pipeline.document.dates import parse_date
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

from test_real_forms import real


def parsed(text: str):
    return parse(normalise(text).text)[0]


def relations(text: str, own_titles=()) -> dict[str, str]:
    return {citation.title: citation.relation for citation in find_citations(text, own_titles=own_titles) if citation.title}


def test_a_provinces_title_of_the_same_name_is_another_document():
    """ac08: 鹤岗市人民政府关于全面加强防震减灾工作的意见 implements 《黑龙江省人民政府关于全面加强防震减灾工作的意见》."""
    own = ("鹤岗市人民政府关于全面加强防震减灾工作的意见",)
    text = real("ac08")
    assert relations(text, own)["黑龙江省人民政府关于全面加强防震减灾工作的意见"] == "implements"
    # the notice naming itself (a news lead-in's 《…》 of its own title, its own place) is still no citation
    lead_in = "日前,鹤岗市人民政府印发《鹤岗市人民政府关于全面加强防震减灾工作的意见》,全文如下:\n各县、区人民政府:\n一、加强监测。\n"
    assert "鹤岗市人民政府关于全面加强防震减灾工作的意见" not in relations(lead_in, own)


def test_a_title_issuing_its_plan_in_inner_brackets_makes_the_plans_mention_issues():
    """ac03: 浙江省民族宗教事務委員會關于印發〈浙江省宗教活動場所管理實施辦法(試行)〉的通知, whose body's 现印发 the copy
    lost (》?,F印發): the 办法 named in the body is the one issued."""
    text = real("ac03")
    own = ("浙江省民族宗教事務委員會關于印發〈浙江省宗教活動場所管理實施辦法(試行)〉的通知",)
    assert relations(text, own)["浙江省宗教活動場所管理實施辦法(試行)"] == "issues"
    # a title that issues nothing leaves a plain mention cited
    other = "省民宗委研究制定了《浙江省宗教活动场所管理实施办法(试行)》。\n"
    assert relations(other, ("浙江省民族宗教事务委员会关于做好宗教活动场所安全工作的通知",)) == {
        "浙江省宗教活动场所管理实施办法(试行)": "cites"}


def test_question_marks_a_copy_left_after_a_signature_date_are_no_part_of_it():
    """ac16: 2022年4月20日??? (the page's spaces in the wrong encoding) under 沁縣人民政府????."""
    assert parsed(real("ac16")).meta.signed_date == "2022-04-20"
    assert parse_date("2022年4月20日???") == ("2022-04-20", False)
    assert parse_date("2022年4月20日?") is None  # one question mark: a question, no date line


def test_an_enforcement_units_title_names_its_issuer():
    """ac11: 成都市旅游执法支队关于开展成乐峨旅游专项整治的通知, signed 成都市旅游执法支队."""
    assert parsed(real("ac11")).meta.issuer == "成都市旅游执法支队"
    # a title naming a team it sets up (工作队) names no issuer
    assert parsed("关于成立乡村振兴驻村工作队的通知\n各乡镇:\n一、人员组成。\n").meta.issuer is None


def test_a_headline_with_its_number_in_brackets_before_the_title():
    """ac18: (新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知."""
    meta = parsed(real("ac18")).meta
    assert (meta.doc_number, meta.title) == ("新政发〔2016〕21号", "区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知")
    # a bracketed number opening a sentence that cites it is no header
    meta = parsed("关于做好防汛工作的通知\n各镇街:\n(国发〔2016〕21号)文件精神,要求各地做好防汛工作。\n").meta
    assert meta.doc_number is None


def test_a_legal_databases_title_glued_before_the_recipients():
    """ac07: 含山县2005-2006年度农田水利基本建设实施意见 各乡镇人民政府,县政府各部门、各直属机构: … on one line."""
    meta = parsed(real("ac07")).meta
    assert meta.title == "含山县2005-2006年度农田水利基本建设实施意见"
    assert meta.recipients == ["各乡镇人民政府", "县政府各部门、各直属机构"]
    # recipients whose first body is written with a space inside keep it (no title before them)
    meta = parsed("关于做好防汛工作的通知\n县政府各部门 各直属机构,各乡镇人民政府:\n一、巡查河道。\n").meta
    assert meta.title == "关于做好防汛工作的通知"


def test_a_headline_naming_the_issuer_with_its_dashes_doubled():
    """ac05: 彭泽县人民政府关于印发彭泽县全民健身实施计划(2021--2025年)的通知 over the notice's own …(2021-2025年)的通知."""
    meta = parsed(real("ac05")).meta
    assert (meta.title, meta.issuer) == ("关于印发彭泽县全民健身实施计划(2021-2025年)的通知", "彭泽县人民政府")
    # a headline of another plan (other years) gives the notice no issuer
    other = ("彭泽县人民政府关于印发彭泽县全民健身实施计划(2016--2020年)的通知\n关联导读:\n"
             "关于印发彭泽县全民健身实施计划(2021-2025年)的通知\n各乡镇人民政府:\n现印发给你们。\n")
    assert parsed(other).meta.issuer is None


def test_a_one_line_copys_list_announced_with_its_name_and_a_spaced_colon():
    """ac07: …并提出如下实施意见: 一、总体要求 以中央一号文件精神为指导… in a legal database's one-line copy."""
    assert [(measure.label, measure.level) for measure in parsed(real("ac07")).measures] == [("一、", 1)]
    # a list of grades after 如下 is no heading
    text = "关于做好评定工作的通知\n各乡镇:\n等级划分如下: 一、二、三级。\n"
    assert parsed(text).measures == []


def test_a_jiangsu_portals_table_two_cells_a_line_is_no_title():
    """ac13: 效力状况 有效 公开程序 … 主题(一) 综合政务 主题(二) 文秘工作 体裁 决定 and 内容概况 <the title> in a city
    portal's table: the title is the headline above it."""
    meta = parsed(real("ac13")).meta
    assert (meta.title, meta.doc_number) == (
        "市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定", "宜政发〔2023〕158号")
    # a body sentence that opens with 体裁 is no table cell
    text = "关于规范公文体裁的通知\n各单位:\n体裁 要统一,格式要规范。\n"
    assert parsed(text).meta.title == "关于规范公文体裁的通知"


def test_a_portals_section_name_and_its_website_name_no_issuer():
    """ac13: 市政府文件 (the portal's section) over the page and 来源:宜兴市人民政府网站: a short form without its place
    names no 发文机关 (CONVENTIONS C9), and a website is the page's publisher."""
    assert parsed(real("ac13")).meta.issuer is None
    # a red header naming its place is the issuer
    meta = parsed("永川区人民政府文件\n永川府发〔2021〕3号\n关于做好防汛工作的通知\n各镇街:\n一、巡查河道。\n").meta
    assert meta.issuer == "永川区人民政府"
    # a source naming a body (not a website) is still the sender of a notice addressed to recipients
    meta = parsed("关于做好防汛工作的通知\n来源:华容县政府   2021-03-23 10:56\n各镇街:\n一、巡查河道。\n").meta
    assert meta.issuer == "华容县政府"
