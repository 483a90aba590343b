"""Tests for extractors.citations: the gold references of the sample notices, then targeted cases."""

from __future__ import annotations

import re

import pytest

from gold_support import gold_documents

from extractors.citations import find_citations, is_document_title, strongest_relation
from test_real_forms import real


INNER_NOISE = re.compile(r"[\s《》<>〈〉]")


# --- scoring against the gold --------------------------------------------------------------------


def _same_title(gold: str, predicted: str) -> bool:
    """Equal, or equal but for an issuer written before 关于 (国务院…领导小组关于… vs 关于…)."""
    gold, predicted = INNER_NOISE.sub("", gold), INNER_NOISE.sub("", predicted)
    shorter, longer = sorted((gold, predicted), key=len)
    return gold == predicted or (shorter.startswith("关于") and longer.endswith(shorter))


def _grouped(citations) -> list[dict]:
    """Predicted citations grouped by identity: the 文号, else the title."""
    groups: dict[str, dict] = {}
    for c in citations:
        key = c.doc_number or INNER_NOISE.sub("", c.title)
        group = groups.setdefault(key, {"doc_number": c.doc_number, "titles": set(), "relations": []})
        if c.title:
            group["titles"].add(c.title)
        group["relations"].append(c.relation)
    for group in groups.values():
        group["relation"] = strongest_relation(group["relations"])
    return list(groups.values())


def _matches(reference: dict, group: dict) -> bool:
    if reference["doc_number"] and reference["doc_number"] == group["doc_number"]:
        return True
    return bool(reference["title"]) and any(_same_title(reference["title"], t) for t in group["titles"])


def _gold_cases():
    for name, document, text, _ in gold_documents():
        yield pytest.param(document["references"], text, id=name)


GOLD_CASES = list(_gold_cases())
TALLY = {"gold": 0, "found": 0, "predicted": 0, "correct": 0}


@pytest.mark.parametrize("references,text", GOLD_CASES)
def test_gold_references(references, text):
    groups = _grouped(find_citations(text))
    problems = []
    for reference in references:
        hits = [g for g in groups if _matches(reference, g)]
        if not hits:
            problems.append(f"missed {reference}")
        elif len(hits) > 1:
            problems.append(f"split into {len(hits)} groups: {reference}")
        elif hits[0]["relation"] != reference["relation"]:
            problems.append(f"relation {hits[0]['relation']} for {reference}")
    spurious = [g for g in groups if not any(_matches(r, g) for r in references)]
    problems += [f"spurious {g}" for g in spurious]

    TALLY["gold"] += len(references)
    TALLY["found"] += sum(any(_matches(r, g) for g in groups) for r in references)
    TALLY["predicted"] += len(groups)
    TALLY["correct"] += len(groups) - len(spurious)
    print(f"\ncitations so far: recall {TALLY['found']}/{TALLY['gold']}, "
          f"precision {TALLY['correct']}/{TALLY['predicted']}")
    assert not problems, problems


# --- titles and numbers --------------------------------------------------------------------------

NUMBER_AFTER_TITLE = [
    "（国开发〔2020〕3号）", "(国开发〔2020〕3号)", "[国开发〔2020〕3号]", "［国开发〔2020〕3号］",
    "〔国开发〔2020〕3号〕", "（国开发[2020]3号）", "（国开发（2020）3号）", "（国开发﹝2020﹞3号）",
    "（ 国开发 〔2020〕 3号 ）", "（国开发\u200b〔２０２０〕３号）",
]


@pytest.mark.parametrize("bracketed_number", NUMBER_AFTER_TITLE)
def test_title_and_number_are_one_citation(bracketed_number):
    title = "《国务院扶贫开发领导小组关于做好新冠肺炎疫情防控期间脱贫攻坚工作的通知》"
    text = f"根据{title}{bracketed_number}要求，现通知如下。"
    [citation] = find_citations(text)
    assert citation.title == "国务院扶贫开发领导小组关于做好新冠肺炎疫情防控期间脱贫攻坚工作的通知"
    assert citation.doc_number == "国开发〔2020〕3号"
    assert (citation.issuer_code, citation.year, citation.serial) == ("国开发", 2020, 3)
    assert citation.text == title + bracketed_number
    assert text[citation.start:citation.end] == citation.text
    assert citation.relation == "basis"


def test_issuer_before_title():
    text = "现将国务院扶贫开发领导小组《关于做好脱贫攻坚工作的通知》（国开发〔2020〕3号）转发你们，请认真贯彻落实。"
    [citation] = find_citations(text)
    assert (citation.title, citation.doc_number, citation.relation) == (
        "关于做好脱贫攻坚工作的通知", "国开发〔2020〕3号", "forwards")
    assert citation.text == "《关于做好脱贫攻坚工作的通知》（国开发〔2020〕3号）"


def test_number_alone():
    text = "按照省政府办公厅印发的闽政办〔2020〕5号文件要求，抓好落实。"
    [citation] = find_citations(text)
    assert (citation.text, citation.doc_number, citation.title, citation.relation) == (
        "闽政办〔2020〕5号", "闽政办〔2020〕5号", None, "basis")


def test_decree_after_title():
    text = "依据《山西省安全生产条例实施办法》（山西省人民政府令第283号），制定本细则。"
    [citation] = find_citations(text)
    assert citation.doc_number == "山西省人民政府令第283号"
    assert citation.title == "山西省安全生产条例实施办法"
    assert (citation.serial, citation.year, citation.relation) == (283, None, "basis")


@pytest.mark.parametrize("written,title", [
    ("《国务院扶贫开发领导小组<关于做好脱贫攻坚工作的通知>》", "国务院扶贫开发领导小组<关于做好脱贫攻坚工作的通知>"),
    ("《国务院扶贫开发领导小组 <关于做好\n脱贫攻坚工作的通知>》", "国务院扶贫开发领导小组<关于做好脱贫攻坚工作的通知>"),
    ("《国务院办公厅关于印发〈国家突发事件应急预案〉的通知》", "国务院办公厅关于印发〈国家突发事件应急预案〉的通知"),
    ("《关于转发《省政府关于加强安全生产的意见》的通知》", "关于转发《省政府关于加强安全生产的意见》的通知"),
])
def test_nested_title_is_one_reference(written, title):
    [citation] = find_citations(f"请各地认真学习{written}。")
    assert citation.title == title
    assert citation.text == written


def test_title_linked_to_its_number_elsewhere():
    text = ("关于转发《国务院扶贫开发领导小组<关于做好脱贫攻坚工作的通知>》的通知\n"
            "现将国务院扶贫开发领导小组《关于做好脱贫攻坚工作的通知》（国开发〔2020〕3号）转发你们。")
    citations = find_citations(text)
    assert [c.doc_number for c in citations] == ["国开发〔2020〕3号", "国开发〔2020〕3号"]
    assert [c.relation for c in citations] == ["forwards", "forwards"]


def test_title_without_brackets_before_its_number():
    text = "根据国务院办公厅关于进一步做好稳就业工作的意见（国办发〔2019〕28号），结合实际。"
    [citation] = find_citations(text)
    assert (citation.title, citation.doc_number, citation.relation) == (
        "关于进一步做好稳就业工作的意见", "国办发〔2019〕28号", "basis")
    assert citation.text == "关于进一步做好稳就业工作的意见（国办发〔2019〕28号）"


def test_number_inside_a_title_belongs_to_the_title():
    [citation] = find_citations("《关于废止闽政〔2010〕5号文件的通知》同时公布。")
    assert (citation.title, citation.doc_number) == ("关于废止闽政〔2010〕5号文件的通知", None)


def test_several_numbers_in_a_row():
    citations = find_citations("同时，国办发〔2018〕1号、国办发〔2018〕2号文件同时废止。")
    assert [c.doc_number for c in citations] == ["国办发〔2018〕1号", "国办发〔2018〕2号"]


def test_own_header_number_is_not_a_citation():
    text = "福建省扶贫开发领导小组办公室文件\n\n闽扶办〔2020〕4号\n\n关于做好工作的通知\n\n根据国开发〔2020〕3号要求，通知如下。"
    assert [c.doc_number for c in find_citations(text)] == ["国开发〔2020〕3号"]
    # … but a text that is nothing but a number is that number.
    assert [c.doc_number for c in find_citations("国开发〔2020〕3号")] == ["国开发〔2020〕3号"]


@pytest.mark.parametrize("title,is_document", [
    ("国务院关于做好疫情防控工作的通知", True),
    ("2020年脱贫攻坚工作要点", True),
    ("中华人民共和国传染病防治法", True),
    ("突发公共卫生事件应急条例", True),
    ("重庆市支持中小企业共渡难关的二十条政策措施", True),
    ("福建省农村饮水安全工程管理办法（试行）", True),
    ("国家基本医疗保险药品目录（2020年版）", True),
    ("人民日报", False),
    ("求是", False),
    ("新闻联播", False),
    ("习近平谈治国理政", False),
    ("通知", False),
    ("实施方案", False),
])
def test_which_titles_are_documents(title, is_document):
    assert is_document_title(title) is is_document


def test_non_documents_are_not_cited():
    assert find_citations("详见《人民日报》和《求是》杂志，认真学习《习近平谈治国理政》。") == []


# --- 以下简称 ------------------------------------------------------------------------------------


def test_short_form_refers_to_the_defined_document():
    text = ("根据《国务院关于印发〈XX办法〉的通知》（国发〔2020〕1号，以下简称《通知》）要求，结合实际，制定本方案。"
            "各地要按照《通知》要求抓好落实。认真落实“通知”精神。")
    citations = find_citations(text)
    assert [c.text for c in citations] == ["《国务院关于印发〈XX办法〉的通知》（国发〔2020〕1号", "《通知》", "“通知”"]
    assert {c.doc_number for c in citations} == {"国发〔2020〕1号"}
    assert {c.title for c in citations} == {"国务院关于印发〈XX办法〉的通知"}
    assert [c.relation for c in citations] == ["basis", "basis", "implements"]


def test_short_form_after_a_title_without_number():
    text = "为落实《关于推进乡村振兴的实施意见》（以下简称《实施意见》），现提出如下措施。一、按照《实施意见》部署推进。"
    citations = find_citations(text)
    assert [c.title for c in citations] == ["关于推进乡村振兴的实施意见"] * 2
    assert [c.relation for c in citations] == ["implements", "basis"]


def test_short_form_between_title_and_verb():
    text = "现将《福州市2020年扶贫工作方案》（以下简称《方案》）印发给你们。各地要按照《方案》要求逐项落实。"
    citations = find_citations(text)
    assert [(c.text, c.title, c.relation) for c in citations] == [
        ("《福州市2020年扶贫工作方案》", "福州市2020年扶贫工作方案", "issues"),
        ("《方案》", "福州市2020年扶贫工作方案", "basis"),
    ]


def test_short_form_of_something_else_is_ignored():
    # the 以下简称 names the slogan, not the 《方案》 earlier in the sentence
    citations = find_citations("落实《福州市扶贫工作方案》提出的“两不愁三保障”（以下简称“两不愁”）要求，确保“两不愁”。")
    assert [(c.text, c.relation) for c in citations] == [("《福州市扶贫工作方案》", "implements")]


def test_undefined_short_form_is_not_cited():
    assert find_citations("按照《实施方案》要求推进。") == []


# --- relations -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,relations", [
    ("现将《关于做好春耕生产的通知》转发给你们，请遵照执行。", ["forwards"]),
    ("关于转发《国务院关于做好春耕生产的通知》的通知", ["forwards"]),
    ("经市委、市政府研究同意，现将《2020年脱贫攻坚工作要点》印发给你们，请认真贯彻落实。", ["issues"]),
    ("现将《X市扶贫资金管理办法》印发，请认真执行。", ["issues"]),
    ("《X市扶贫资金管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。", ["issues"]),
    ("现将《A办法》和《B细则》等文件印发给你们。", ["issues", "issues"]),
    ("关于印发《2020年脱贫攻坚工作要点》的通知", ["issues"]),
    ("根据《中华人民共和国传染病防治法》，结合实际，制定本办法。", ["basis"]),
    ("按照省政府印发的《福建省扶贫资金管理办法》，规范资金使用。", ["basis"]),
    ("依据《突发公共卫生事件应急条例》第三条规定。", ["basis"]),
    ("依照《福建省安全生产条例》执行。", ["basis"]),
    ("贯彻落实好《国务院扶贫开发领导小组关于开展挂牌督战工作的指导意见》，制定实施方案。", ["implements"]),
    ("认真落实市政府办公厅《关于支持中小企业的二十条政策措施》和市防控工作领导小组综合办公室《关于企业复产复工的通知》，解决困难。",
     ["implements", "implements"]),
    ("为贯彻落实习近平总书记重要指示精神，根据《关于做好脱贫攻坚工作的通知》（国开发〔2020〕3号）以及省、市相关要求，通知如下。",
     ["basis"]),
    ("自《关于做好脱贫攻坚工作的通知》印发以来，各地积极行动。", ["cites"]),
    ("附件：国务院扶贫开发领导小组《关于做好脱贫攻坚工作的通知》（国开发〔2020〕3号）", ["cites"]),
    ("各地认真贯彻党中央决策部署，参考《关于做好脱贫攻坚工作的通知》开展工作。", ["cites"]),
])
def test_relation(text, relations):
    assert [c.relation for c in find_citations(text)] == relations


def test_trigger_words_inside_titles_do_not_count():
    # 落实 and 印发 inside the first title must not give the second citation a relation.
    text = "《关于落实安全生产责任的通知》、《关于印发应急预案的通知》继续有效。"
    assert [c.relation for c in find_citations(text)] == ["cites", "cites"]
    # 同时废止 after the list is what makes both repealed, not the words inside the titles.
    text = "《关于落实安全生产责任的通知》、《关于印发应急预案的通知》同时废止。"
    assert [c.relation for c in find_citations(text)] == ["repeals", "repeals"]


def test_strongest_relation():
    assert strongest_relation(["cites", "forwards", "basis"]) == "forwards"
    assert strongest_relation(["cites", "implements"]) == "implements"
    assert strongest_relation([]) == "cites"


@pytest.mark.parametrize("text", ["", "《", "》《》", "《《《", "号〔2020〕", "根据《》", "以下简称《》", None])
def test_odd_input_does_not_raise(text):
    assert isinstance(find_citations(text), list)


# --- real notices as copied (issue 15) ------------------------------------------------------------

# ../shared/realworld/08: an aggregator copy whose header number runs into the recipients.
SHANTOU = (
    "论文部分内容阅读\n汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将《广东省人民政府办公厅转发"
    "国务院办公厅转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知》(粤府办[2015]22号)转发给你们,"
    "经市人民政府同意,结合我市实际,提出以下意见,请一并贯彻执行。"
)


def test_own_number_glued_to_the_recipients_is_no_citation():
    citations = find_citations(SHANTOU)
    assert [(c.doc_number, c.relation) for c in citations] == [("粤府办〔2015〕22号", "forwards")]


@pytest.mark.parametrize("text", [
    # ../shared/realworld/04 and 07: legal-database exports print the number in brackets under the title
    "新余市人民政府办公室关于印发《新余市绿色建筑管理办法》的通知\n\n（余府发〔2012〕3号）\n\n各县（区）人民政府：\n",
    # ../shared/realworld/03: a gov.cn-style information table
    "索 引 号 010893586/2020-878356 发文日期 2020-04-23 10:00\n发布机构 市扶贫攻坚领导小组 文    号 武扶组〔2020〕6号\n扶贫 有效\n",
    "【发文字号】余府发〔2012〕3号\n【发布日期】2012.01.09\n正文",
])
def test_own_number_where_a_header_prints_it_is_no_citation(text):
    assert [c.doc_number for c in find_citations(text) if c.doc_number] == []


def test_number_of_a_title_on_the_next_line_is_still_cited():
    text = "根据《国务院关于做好农村工作的通知》\n（国发〔2020〕1号）\n精神，现通知如下。"
    assert [(c.title, c.doc_number) for c in find_citations(text)] == [("国务院关于做好农村工作的通知", "国发〔2020〕1号")]


def test_own_numbers_given_by_the_header_are_never_cited():
    text = "按照汕府办〔2015〕29号和粤府办〔2015〕22号要求"
    assert [c.doc_number for c in find_citations(text, own_numbers=["汕府办[2015]29号"])] == ["粤府办〔2015〕22号"]
    assert len(find_citations(text)) == 2


@pytest.mark.parametrize("text, number", [
    ("根据国办发„2009‟3号文件精神", "国办发〔2009〕3号"),  # a lost symbol font
    ("依据湘政发﹝2019﹞7号要求", "湘政发〔2019〕7号"),
    ("按照湘政办发〖2018〗12号规定", "湘政办发〔2018〕12号"),
    ("见粤府办 [2015] 22 号", "粤府办〔2015〕22号"),  # spaces, one before 号
    ("按照**政办〔2015〕39号要求", "**政办〔2015〕39号"),  # a masked code
    ("根據《國務院關於加強市縣政府依法行政的決定》(國發〔2008〕17號)", "國發〔2008〕17號"),  # b02: traditional
])
def test_odd_numbers_are_cited(text, number):
    assert number in [c.doc_number for c in find_citations(text)]


def test_inner_title_written_with_angle_brackets():
    # ../shared/realworld/06 and tests/data/realworld/a01
    text = ("《中共中央办公厅国务院办公厅印发<关于全面推进政务公开工作的意见>的通知》(中办发〔2016〕8号)"
            "及《浙江省人民政府办公厅关于印发〈浙江省促进残疾人就业行动方案(2022—2025年)〉的通知》(浙政办发〔2022〕59号)")
    assert [(c.title, c.doc_number) for c in find_citations(text)] == [
        ("中共中央办公厅国务院办公厅印发<关于全面推进政务公开工作的意见>的通知", "中办发〔2016〕8号"),
        ("浙江省人民政府办公厅关于印发〈浙江省促进残疾人就业行动方案(2022—2025年)〉的通知", "浙政办发〔2022〕59号"),
    ]


@pytest.mark.parametrize("text, relations", [
    ("本办法自2021年1月1日起施行，《福州市扶贫资金管理办法》（榕政〔2015〕3号）同时废止。", ["repeals"]),
    ("原《关于加强扶贫工作的通知》和《关于做好春耕工作的意见》不再执行。", ["repeals", "repeals"]),
    ("国务院关于废止《中华人民共和国营业税暂行条例》的决定", ["repeals"]),
    ("国务院关于修改《建设工程质量管理条例》的决定", ["amends"]),
    ("对《福建省水利工程管理办法》部分条款作如下修改：", ["amends"]),
    ("根据修订后的《中华人民共和国传染病防治法》", ["basis"]),
    ("做好《福州市国土空间总体规划》修订工作", ["cites"]),
    # ../shared/realworld/04: 审议通过, then 现予印发
    ("《新余市绿色建筑管理办法》已经2011年12月20日市八届人民政府第7次常务会议审议通过，现予印发，请认真遵照执行。",
     ["issues"]),
    # tests/data/realworld/a06: 已报经…同意
    ("《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们", ["issues"]),
])
def test_lifecycle_and_issuing_relations(text, relations):
    assert [c.relation for c in find_citations(text)] == relations


def test_relations_come_from_the_one_list():
    from schema.relations import RELATIONS
    assert set(RELATIONS) == {"forwards", "issues", "basis", "implements", "cites", "repeals", "amends"}
    assert strongest_relation(["cites", "repeals", "forwards"]) == "repeals"


# --- traditional characters, own titles, long lists, duty splits (tests/data/realworld) ------------


@pytest.mark.parametrize("text, expected", [
    # b02: a list after 根據 in traditional characters, every item a basis
    ("第一條 為了使規範性檔案的制定科學化、制度化,保證規範性檔案合法、有效,加強對規範性檔案的監督和管理,維護法制統一,"
     "推進依法行政,根據《中華人民共和國立法法》、《行政法規制定程式條例》、《規章制定程式條例》、"
     "《國務院關於加強市縣政府依法行政的決定》(國發〔2008〕17號)、《河南省規章規範性檔案備案辦法》",
     [("中華人民共和國立法法", None, "basis"), ("行政法規制定程式條例", None, "basis"), ("規章制定程式條例", None, "basis"),
      ("國務院關於加強市縣政府依法行政的決定", "國發〔2008〕17號", "basis"), ("河南省規章規範性檔案備案辦法", None, "basis")]),
    # b02: 現將…印發給你們
    ("現將《周口市規範性檔案管理規定》印發給你們,請認真遵照執行。", [("周口市規範性檔案管理規定", None, "issues")]),
    # b13: 為貫徹落實, and the generic 《實施方案》 is no citation
    ("為貫徹落實《國務院關於印發大氣污染防治行動計畫的通知》(國發〔2013〕37號)精神,切實加強大氣污染防治。該《實施方案》分總體目標",
     [("國務院關於印發大氣污染防治行動計畫的通知", "國發〔2013〕37號", "implements")]),
    # b12: the database's note 【已廢止,最新為:…】 is not the notice's
    ("提高資金使用效益,根據《中華人民共和國預算法》和《貴州省省級預算審查監督條例》【已廢止,最新為:《貴州省預算審查監督條例》】,"
     "制定本辦法。",
     [("中華人民共和國預算法", None, "basis"), ("貴州省省級預算審查監督條例", None, "basis")]),
])
def test_traditional_characters(text, expected):
    assert [(c.title, c.doc_number, c.relation) for c in find_citations(text)] == expected


def test_a_list_after_its_trigger_keeps_the_relation_to_its_last_item():
    # b16: five items after 依据, the last two over 80 characters from it
    text = ("为了以后年度资金预算安排及年度绩效评估考核提供参考依据,依据《中华人民共和国预算法》、"
            "《湖南省人民政府关于全面推进预算绩效管理的意见》(湘政发【2012】33号)、《预算管理绩效管理工作考核办法》(湘财绩【2015】15号)、"
            "《南县人民政府关于全面推进预算绩效管理的意见》(南政发【2014】7号)、"
            "《南县财政局关于做好2018年度预算绩效自评工作的通知》(南财绩【2019】7号)等文件的要求")
    assert [(c.doc_number, c.relation) for c in find_citations(text)] == [
        (None, "basis"), ("湘政发〔2012〕33号", "basis"), ("湘财绩〔2015〕15号", "basis"), ("南政发〔2014〕7号", "basis"),
        ("南财绩〔2019〕7号", "basis")]


@pytest.mark.parametrize("text, own, expected", [
    # a01: the own number in brackets after the title line
    ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n"
     "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们",
     "岳办发〔2017〕2号", [("关于全面推进政务公开工作的实施意见", None, "issues")] * 2),
    # b09: the own number glued to the own title, before it and on the next line
    ("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n"
     "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n京政办发〔2016〕26号\n"
     "《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。",
     "京政办发〔2016〕26号", [("北京市2016年政务公开工作要点", None, "issues")]),
    # b13: a news lead-in cites the own number
    ("2013年12月30日,安徽省人民政府以皖政〔2013〕89號印發《安徽省大氣污染防治行動計畫實施方案》。",
     "皖政〔2013〕89號", [("安徽省大氣污染防治行動計畫實施方案", None, "issues")]),
])
def test_the_documents_own_number_and_title_are_never_cited(text, own, expected):
    assert [(c.title, c.doc_number, c.relation) for c in find_citations(text, own_numbers=[own])] == expected


@pytest.mark.parametrize("text, expected", [
    # a07 and a06: the report is named inside the name of what is issued
    ("济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知", [("政府工作报告", "cites")]),
    ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", [("政府工作报告", "cites")]),
    # b07, b08, a11: duty splits and task tables are documents
    ("《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们",
     [("2020年政府工作报告重点工作责任分解", "issues")]),
    ("经区政府研究同意,现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们,请按照要求",
     [("谯城区2020年度政府工作报告重点工作任务分解表", "issues")]),
    ("现将《<政府工作报告>任务分解表》印发给你们。", [("<政府工作报告>任务分解表", "issues")]),
    # b15: a strategy with its years
    ("高标准农田建设是落实《乡村振兴战略(2018-2022年)》和2019年中央、省委一号文件的具体行动",
     [("乡村振兴战略(2018-2022年)", "implements")]),
])
def test_named_inside_a_name_and_duty_splits(text, expected):
    assert [(c.title, c.relation) for c in find_citations(text)] == expected


def test_a_title_given_with_its_trailer_is_that_title_everywhere():
    # a19: the title line names the bulletin without its number, the body with it
    text = ("关于转发《中华人民共和国环境保护部公告》的函\n各区县环保局:\n现将《中华人民共和国环境保护部公告(2011年第73号)》"
            "转发给你们")
    assert {c.title for c in find_citations(text)} == {"中华人民共和国环境保护部公告(2011年第73号)"}


def test_a_doubled_run_in_a_title_is_the_same_title():
    # shared/realworld/04: the title line doubles 新余市
    from extractors.titles import title_key
    assert title_key("新余市新余市绿色建筑管理办法") == title_key("新余市绿色建筑管理办法")


def test_the_issued_title_under_the_own_number_is_still_cited():
    # shared/realworld/04's form without its recipients line: the header number, then the issuing sentence
    text = ("新余市人民政府办公室关于印发《新余市绿色建筑管理办法》的通知\n（余府发〔2012〕3号）\n"
            "《新余市绿色建筑管理办法》已经市政府同意，现予印发，请认真遵照执行。")
    citations = find_citations(text, own_numbers=["余府发〔2012〕3号"])
    assert [(c.title, c.relation) for c in citations] == [("新余市绿色建筑管理办法", "issues")] * 2


def test_a_version_trailer_is_another_document():
    # a10: the trial plan issued replaces the plan without (试行), which it repeals
    text = ("经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,"
            "原2007年印发的《牟定县突发环境事件应急预案》同时废止。")
    assert [(c.title, c.relation) for c in find_citations(text)] == [
        ("牟定县突发环境事件应急预案(试行)", "issues"), ("牟定县突发环境事件应急预案", "repeals")]


def test_a_short_form_naming_a_number_is_not_part_of_its_code():
    # shared/realcorpus/laws: a judgment names a notice by its 文号 as the short form
    text = ("2017年4月27日，北京市人民政府办公厅印发《北京市路侧停车管理改革方案》（以下简称京政办字〔2017〕20号文），"
            "其中规定：“改革路侧停车管理模式。")
    assert [c.doc_number for c in find_citations(text) if c.doc_number] == ["京政办字〔2017〕20号"]


def test_since_it_was_issued_is_no_issuing():
    # shared/realcorpus/laws, 最高人民法院关于审理名誉权案件若干问题的解释: 印发《X》以来
    text = "1993年我院印发《关于审理名誉权案件若干问题的解答》以来，各地人民法院在审理名誉权案件中，又提出一些如何适用法律的问题"
    assert [c.relation for c in find_citations(text)] == ["cites"]


def test_the_pipeline_passes_the_documents_own_number_to_citations():
    # b09: the build gives the header's 文号 to the citations component (doc._.own_numbers)
    from extractors.nlp import analyse
    text = ("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n"
            "《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们。深入贯彻《国务院办公厅关于印发2016年政务公开工作要点的通知》"
            "(国办发〔2016〕19号)精神")
    told = analyse(text, 2016, only=("notice_citations",), own_numbers=("京政办发〔2016〕26号",))
    assert [(span._.title, span._.doc_number, span._.relation) for span in told.spans["citations"]] == [
        ("北京市2016年政务公开工作要点", None, "issues"),
        ("国务院办公厅关于印发2016年政务公开工作要点的通知", "国办发〔2016〕19号", "implements")]
    untold = analyse(text, 2016, only=("notice_citations",))
    assert "京政办发〔2016〕26号" in [span._.doc_number for span in untold.spans["citations"]]


# --- the document's own title ---------------------------------------------------------------------


@pytest.mark.parametrize("text, own_title, expected", [
    # c07: a 政府令 publishes its 办法 and names it in the publishing sentence
    ("东莞市人民政府令\n第123号\n《东莞市重大危险源安全监督管理办法》已经市人民政府同意,现予发布。\n"
     "第一条 为了加强重大危险源安全监督管理,根据《中华人民共和国安全生产法》、《中华人民共和国突发事件应对法》",
     "东莞市重大危险源安全监督管理办法",
     [("中华人民共和国安全生产法", "basis"), ("中华人民共和国突发事件应对法", "basis")]),
    # c08: the same in a 部令, the 办法 then cites its 条例
    ("《商业特许经营备案管理办法》已于2007年4月6日经中华人民共和国商务部第六次部务会讨论通过,现予以公布。\n"
     "第一条 为加强对商业特许经营活动的管理,根据《商业特许经营管理条例》(以下简称《条例》)的有关规定,制定本办法。",
     "商业特许经营备案管理办法",
     [("商业特许经营管理条例", "basis")]),
    # c15: the title line of a copy printed in 《》, then the document it implements
    ("《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》\n"
     "为深入贯彻落实省政府《关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施》(苏政发〔2022〕1号)精神",
     "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则",
     [("关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施", "implements")]),
])
def test_the_documents_own_title_is_never_cited(text, own_title, expected):
    assert [(c.title, c.relation) for c in find_citations(text, own_titles=[own_title])] == expected
    # not told its title, the text cites it (what the header's title prevents)
    assert own_title in [c.title for c in find_citations(text)]


def test_a_title_with_another_number_is_another_document():
    # the same name with a 文号 of its own is a document of that name, not this one
    text = "根据《商业特许经营备案管理办法》（商务部令2005年第3号）修订。"
    assert [c.title for c in find_citations(text, own_titles=["商业特许经营备案管理办法"])] == ["商业特许经营备案管理办法"]


def test_the_pipeline_passes_the_documents_own_title_to_citations():
    # the build gives the header's title to the citations component (doc._.own_titles), as c07's
    from extractors.nlp import analyse
    text = ("《东莞市重大危险源安全监督管理办法》已经市人民政府同意,现予发布。\n"
            "第一条 根据《中华人民共和国安全生产法》,制定本办法。")
    told = analyse(text, 2012, only=("notice_citations",), own_titles=("东莞市重大危险源安全监督管理办法",))
    assert [span._.title for span in told.spans["citations"]] == ["中华人民共和国安全生产法"]


# --- relations on the lines of dev set C (tests/data/realworld c*) ----------------------------------


@pytest.mark.parametrize("text, expected", [
    # c01: a list of two titles, a comma, then 现转发给你们
    ("6月20日,省农业厅、省财政厅联合下发了《关于做好绿色循环优质高效特色农业促进项目申报工作的通知》和"
     "《关于深入推进农村一二三产业融合发展做好产业兴村强县示范行动项目申报工作的通知》,现转发给你们。",
     ["forwards", "forwards"]),
    # c11: an upward report submits (呈报) the plan it attaches, after the meetings that passed it
    ("根据财政部、国家发改委等11部委《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》(财农〔2021〕22号)精神,"
     "我县编制完成了《彭阳县2021年财政涉农资金统筹整合使用方案(年初方案)》,经政府第7次常务会议、"
     "县委第11次常委会会议审议通过,现随文呈报,请予以审核。",
     ["basis", "issues"]),
    # c05: the title wrapped after 《政府工作报告》: it is a word of the issued document's name, only cited
    ("鄂温克族自治旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n"
     "各苏木乡镇人民政府,旗政府各部门,驻鄂温克族自治旗有关单位:\n"
     "经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们,请结合实际,认真贯彻落实。",
     ["cites", "issues"]),
])
def test_dev_set_c_relations(text, expected):
    assert [c.relation for c in find_citations(text)] == expected


def test_a_title_wrapped_before_its_type_is_still_the_object():
    # 关于印发《X》 then 的通知 alone on the next line: 《X》 is what is issued
    text = "关于印发《北京市2016年政务公开工作要点》\n的通知\n各区人民政府:"
    assert [c.relation for c in find_citations(text)] == ["issues"]


@pytest.mark.parametrize(
    "text",
    [
        "特制定《每周会议安排》管理办法。一、《每周会议安排》是安排由校领导主持召开的会议。",  # m15: a schedule's name
        # j22: what the recipients write and send
        "并于11月10日前将《2005年环保专项行动工作总结》和《环保专项行动三年工作总结》报省环保专项行动领导小组办公室。",
        # o04, o03: forms to fill
        "认真填写《校园及周边重大安全隐患排查登记表》。",
        "于6月30日之前将报告及《海陵区学校校舍及校园消防安全隐患排查整治情况统计表》(见附件2)上报局基建科",
    ],
)
def test_schedules_forms_and_deliverables_are_not_cited(text):
    assert find_citations(text) == []


def test_a_document_forwarded_or_issued_is_still_cited():
    found = find_citations("现将《市教育局关于认真做好梅雨季节校舍安全检查工作的通知》(泰教发〔2018〕22号)转发给你们")
    assert [(c.doc_number, c.relation) for c in found] == [("泰教发〔2018〕22号", "forwards")]
    assert [c.relation for c in find_citations("现将《2021年龙子湖区新闻发布会计划》印发给你们")] == ["issues"]


# --- a 文号 before its 《title》; issue reports and news leads; a forward of a same-titled notice ---------


def test_a_number_printed_before_its_title_is_one_citation():
    # o02: the number, 文, then the title; the verb after the title forwards both
    text = ("现将南教综[2007]224号文《关于开展学校安全隐患排查治理专项行动的通知》转发给你们,"
            "请各校认真贯彻执行,并把排查情况于9月20日发布在中心网站“各校简讯”专栏上。")
    [citation] = find_citations(text)
    assert (citation.doc_number, citation.title, citation.relation) == (
        "南教综〔2007〕224号", "关于开展学校安全隐患排查治理专项行动的通知", "forwards")
    assert citation.text.startswith("南教综[2007]224号文《")
    # with 文件 and a space, or nothing between
    [citation] = find_citations("根据国办发〔2018〕1号文件 《关于加强X工作的通知》要求，制定本方案。")
    assert (citation.doc_number, citation.title, citation.relation) == ("国办发〔2018〕1号", "关于加强X工作的通知", "basis")


@pytest.mark.parametrize("text", [
    "根据国办发〔2018〕1号、《关于加强X工作的通知》要求，制定本方案。",  # a list: two documents
    "按照国办发〔2018〕1号和《关于加强X工作的通知》要求，制定本方案。",
    "国办发〔2018〕1号明确，《关于加强X工作的通知》同时废止。",
])
def test_a_number_and_a_title_apart_are_two_citations(text):
    assert [(c.doc_number, c.title) for c in find_citations(text)] == [
        ("国办发〔2018〕1号", None), (None, "关于加强X工作的通知")]


def test_an_issue_reported_as_done_only_cites():
    # e06 (a rectification letter): 已印发 reports an earlier act; the document is not issued with the letter
    text = ("该问题已完成整改。一是每年制定印发大气污染防治实施计划,明确年度工作目标,"
            "今年已印发《南宁市2022年度大气污染防治实施计划》。二是每年将年度空气质量约束性指标分解下达。")
    assert [c.relation for c in find_citations(text)] == ["cites"]
    assert [c.relation for c in find_citations("现将《南宁市2022年度大气污染防治实施计划》印发给你们。")] == ["issues"]
    assert [c.relation for c in find_citations("关于印发《南宁市2022年度大气污染防治实施计划》的通知")] == ["issues"]


@pytest.mark.parametrize("text,expected", [
    # o11: a news lead, 印发了
    ("日前,亳州市绿化委印发了《关于做好2022年造林绿化工作的通知》,明确了2022年全市营造林计划任务,"
     "明确要全面实施“五大森林”行动。", ["issues"]),
    # o22: a news lead, 下发, its short form in brackets; 根据《方案》 later cites the same plan
    ("近日,郑州市政府办公厅下发《郑州市乡村建设行动实施方案》(简称《方案》),对美丽乡村建设提出明确的时间表、任务图。"
     "记者注意到,根据《方案》,郑州市今年要全面启动乡村建设行动。", ["issues", "basis"]),
])
def test_a_news_lead_reports_the_document_issued(text, expected):
    assert [c.relation for c in find_citations(text)] == expected


@pytest.mark.parametrize("text", [
    "2020年11月，省政府印发了《关于加强X工作的通知》，要求各地抓好落实。",  # no news lead: an earlier act
    "近日，省政府办公厅印发的《关于加强X工作的通知》要求各地抓好落实。",  # 印发的: describes the document
    "近日，省政府办公厅印发《关于加强X工作的通知》重点任务分工方案。",  # the title is a word of a longer name
])
def test_what_is_no_news_lead_of_an_issue(text):
    assert [c.relation for c in find_citations(text)] == ["cites"]


def test_a_notice_with_the_forwarded_title_still_cites_it():
    # j13: the page prints the forwarded notice's title as its own; a document never forwards itself
    title = "关于推荐第九批全国学雷锋活动示范点和岗位学雷锋标兵的通知"
    text = f"{title}\n根据省委教育工委通知要求,现将省委宣传部《{title}》转发给你们。请根据通知文件要求,积极组织推荐工作。"
    assert [(c.title, c.relation) for c in find_citations(text, own_titles=[title])] == [(title, "forwards")]
    # the same title issued is the document itself (its cover letter), not a citation
    assert find_citations(f"现将《{title}》印发给你们,请认真贯彻执行。", own_titles=[title]) == []


def test_an_is_basis_like_anzhao():
    # i10: 按 an issuer's two documents and the standard they set
    text = ("四、低保人员的基本医疗救助金、分类救济金按市民政局、财政局、劳动保障局《转发关于建立城镇特困人员基本医疗保障制度的紧急通知》"
            "(穗民发〔〕17号)和市政府《关于对我市特困人员实行分类救济的通知》(穗府〔〕25号)确定的标准相应调整。")
    assert [c.relation for c in find_citations(text)] == ["basis", "basis"]
    assert [c.relation for c in find_citations("一、按《关于加强X工作的通知》要求召开新闻发布会。")] == ["basis"]


@pytest.mark.parametrize("text", [
    "各单位要按时将《关于加强X工作的通知》的落实情况报送区政府办。",
    "各单位要按期完成《关于加强X工作的通知》明确的任务。",
    "按要求认真学习《关于加强X工作的通知》。",
])
def test_words_starting_with_an_are_no_basis(text):
    assert "basis" not in [c.relation for c in find_citations(text)]


def test_yejing_passed_then_issued():
    # d15: 业经 is 已经 in an older register
    text = "《惠州市行政机关规范性文件制定程序规定》业经十二届10次市政府常务会议通过,现印发给你们,请遵照执行。"
    assert [c.relation for c in find_citations(text)] == ["issues"]
    # passed, but not issued with this text
    assert [c.relation for c in find_citations("《惠州市行政机关规范性文件制定程序规定》业经市政府常务会议通过。")] == ["cites"]


# --- issue 15: forms of the real sets and of OCR'd copies --------------------------------------------


@pytest.mark.parametrize("text, title", [
    # l19, n16: the 《 lost before an issued document, the clause's verb before it
    ("现将国防科技工业标准制定工作程序(试行)》印发给你们,请遵照执行。", "国防科技工业标准制定工作程序(试行)"),
    ("经市政府同意,现将东宁市干旱灾害应急预案》现印发给你们,请认真贯彻执行", "东宁市干旱灾害应急预案"),
])
def test_a_title_whose_opening_bracket_was_lost(text, title):
    assert [(c.title, c.relation) for c in find_citations(text)] == [(title, "issues")]


def test_a_title_at_a_line_start_without_its_opening_bracket_needs_a_second_printing():
    # p10: no verb before it, so only a title printed elsewhere (the notice's own title line) is read
    title_line = "区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
    body = "2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意,现印发给你们。"
    found = [(c.title, c.relation) for c in find_citations(title_line + body)]
    assert ("2025年区〈政府工作报告〉确定的主要目标任务责任分解方案", "issues") in found
    # l20: recipients run into the title (punctuation lost) are never read as part of one
    glued = "各乡党委政府县委各部门县级国家机关永德县城镇化建设三年行动计划2020―2022)》已经县委县政府同意现印发给你们"
    assert find_citations(glued) == []


@pytest.mark.parametrize("text, title", [
    ("根据工作需要,现将修改完善后的《阿拉善盟行政公署办公室公文处理细则及文种式样》印发给你们,望认真贯彻执行。",
     "阿拉善盟行政公署办公室公文处理细则及文种式样"),
    ("根據市政府常務會議決定,現將《2006年〈政府工作報告〉要求重點做好的工作事項》印發給你們,請抓好落實工作。",
     "2006年〈政府工作報告〉要求重點做好的工作事項"),
])
def test_what_is_issued_is_a_document_whatever_its_name_ends_in(text, title):
    assert (title, "issues") in [(c.title, c.relation) for c in find_citations(text)]
    # the same name merely mentioned is no document title
    assert title not in [c.title for c in find_citations(text.replace("印发", "学习").replace("印發", "學習"))]


def test_a_revised_document_sent_after_its_approval_is_issued():
    # z10: 《X》已修訂,經縣政府同意,現印發給你們 (traditional): the revised plan is what the notice sends
    for text in ("《績溪縣防汛抗旱應急預案》已修訂,經縣政府同意,現印發給你們,請結合實際,認真貫徹實施。",
                 "《绩溪县防汛抗旱应急预案》已修订完善,现印发给你们。"):
        assert [c.relation for c in find_citations(text)] == ["issues"]
    # a revision reported, nothing sent: cited only
    for text in ("《绩溪县防汛抗旱应急预案》已修订,请各单位认真学习。", "《绩溪县防汛抗旱应急预案》已修订,修订后的预案将另行印发。"):
        assert [c.relation for c in find_citations(text)] == ["cites"]


def test_a_garbled_number_in_a_titles_bracket_joins_it():
    # z01: the bracket closes inside the 文号 and its code was read from 换届办 on: still the title's number
    text = ("参照《永川区第十一届村民委员会换届选举工作方案》(永村(社区)换届办〔2021〕4)号文件精神,结合来苏镇实际,"
            "特制定《永川区第十一届村民委员会换届选举工作方案》。")
    found = find_citations(text)
    assert {(c.title, c.doc_number) for c in found} == {("永川区第十一届村民委员会换届选举工作方案", "换届办〔2021〕4号")}
    # a bracket holding a note and a number after a comma: the number is another document
    found = find_citations("根据《某某工作方案》(见附件,国办发〔2020〕1号)要求")
    assert [(c.title, c.doc_number) for c in found] == [("某某工作方案", None), (None, "国办发〔2020〕1号")]


def test_a_gazettes_issue_line_is_no_citation():
    # u08: a 公报's masthead names its sponsor and issue, not a 文号
    assert find_citations("咸宁市人民政府主办2020年第2号(总第55号)\n目录\n市政府文件") == []
    # the announcement numbers of a body still are
    assert [c.doc_number for c in find_citations("根据国家税务总局2018年第32号公告")] == ["国家税务总局2018年第32号"]


def test_a_quoted_campaign_name_inside_an_issuer_code():
    # j12: 全“讲、比”组办发[2008]6号 (the office of the 讲理想、比贡献 campaign's leading group)
    text = "根据全国“讲理想、比贡献”活动领导小组办公室《关于开展全国“讲理想、比贡献”活动评选表彰工作的通知》(全“讲、比”组办发[2008]6号),"
    assert [c.doc_number for c in find_citations(text)] == ["全“讲、比”组办发〔2008〕6号"]
    # a quoted word before a code's bracket with no code after the quote is no part of one
    assert [c.doc_number for c in find_citations("根据市“两违”办发〔2015〕3号文件")] == ["市“两违”办发〔2015〕3号"]


def test_a_task_to_revise_a_document_cites_it():
    # u04: a measure's sentence 修訂《X》。 directs a later revision; this plan does not amend X
    text = "穩步實現基本公共服務覆蓋全部常住人口。修訂《湖南省戶口登記管理辦法》。(責任單位:省公安廳)"
    assert [c.relation for c in find_citations(text)] == ["cites"]
    # a decision amending it does
    for text in ("上海市人民政府关于修改《上海市旅行社管理办法》的决定", "市政府决定：修改《上海市旅行社管理办法》。"):
        assert [c.relation for c in find_citations(text)] == ["amends"]


def test_a_replys_addressee_is_no_part_of_the_number_it_answers():
    # q05: 你局黄民[2007]42号文收悉 (the bureau's code is 黄民)
    assert [c.doc_number for c in find_citations("你局黄民[2007]42号文收悉。经研究,现批复如下")] == ["黄民〔2007〕42号"]
    assert [c.doc_number for c in find_citations("贵厅湘交〔2019〕3号请示收悉。")] == ["湘交〔2019〕3号"]


def test_a_document_named_without_brackets_or_number_is_no_reference():
    # CONVENTIONS.md C8, j07: the plan named in plain words, in the notice's own title and in its body, is no
    # 《title》 and no 文号: nothing is cited, issued or not
    title = "关于印发甘肃省职业病防治“三项行动”实施方案的通知"
    text = f"{title}\n各市州卫生健康委:\n为贯彻落实…精神,制定了全省职业健康“三项行动”实施方案,现印发给你们,请遵照执行。"
    assert find_citations(text, own_titles=[title]) == []
    # … while a title that lost one of its brackets in the copy (l19's 现将X》印发) is still a 《title》, issued
    text = f"{title}\n各市州卫生健康委:\n现将甘肃省职业病防治“三项行动”实施方案》印发给你们,请遵照执行。"
    assert [(c.title, c.relation) for c in find_citations(text, own_titles=[title])] == [
        ("甘肃省职业病防治“三项行动”实施方案", "issues")]
    # the body's 《…规划》 is cited, not the title's …规划责任分解 (05_yuncheng, u01)
    title = "运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知"
    text = f"{title}\n经市人民政府同意,现将《运城市突发事件应急体系建设“十三五”规划》责任分解印发给你们。"
    assert [c.title for c in find_citations(text, own_titles=[title])] == ["运城市突发事件应急体系建设“十三五”规划"]


@pytest.mark.parametrize("text, title", [
    ("各单位:根据〈北京市2016年政务公开工作要点〉,现通知如下。", "北京市2016年政务公开工作要点"),
    ("根据<国务院关于加强安全生产工作的决定>要求,", "国务院关于加强安全生产工作的决定"),
    ("根據「國務院關於加強安全生產工作的決定」要求,", "國務院關於加強安全生產工作的決定"),
])
def test_titles_in_inner_or_corner_brackets(text, title):
    assert [(c.title, c.relation) for c in find_citations(text)] == [(title, "basis")]


def test_markup_and_quotes_in_angle_or_corner_brackets_are_no_titles():
    assert find_citations('<p style="text-align: right;"> 山西省人民政府</p><p><br/></p>') == []
    assert find_citations("堅持「三個代表」重要思想") == []
    # an inner title stays inside its outer one
    assert [c.title for c in find_citations("根据《国务院<关于加强安全生产工作的决定>》要求")] == [
        "国务院<关于加强安全生产工作的决定>"]


@pytest.mark.parametrize("text, number", [
    ("根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》（国办发，,2009“3号）精神", "国办发〔2009〕3号"),  # a15 scanned
    ("按照国办发「2009」3号文件", "国办发〔2009〕3号"),
    ("根據山東省…三年行動計劃(2020-2022年)(魯政辦字2020167號)等有關要求", "魯政辦字〔2020〕167號"),  # n17
    ("迅速赶赴责任防守区段(西防指[]15号文件),按照", "西防指〔〕15号"),  # j23: the year lost
])
def test_numbers_with_misread_or_lost_year_brackets(text, number):
    assert [c.doc_number for c in find_citations(text)] == [number]


def test_a_number_bracket_holding_the_word_document_keeps_the_list_together():
    # s01: （国发〔2007〕24号文件）和黑龙江省《…》 — both under 按照
    text = ("按照国务院《关于解决城市低收入家庭住房困难的若干意见》(国发〔2007〕24号文件)和黑龙江省《关于贯彻落实<国务院关于"
            "解决城市低收入家庭住房困难的若干意见>的实施意见》(黑住建保〔2007〕1号文件)要求,现将《黑河市城区廉租住房保障办法》印发给你们")
    assert [(c.doc_number, c.relation) for c in find_citations(text)] == [
        ("国发〔2007〕24号", "basis"), ("黑住建保〔2007〕1号", "basis"), (None, "issues")]


@pytest.mark.parametrize("text, relations", [
    # n08: 印发 names how each item of the list came out; the list is under 贯彻落实
    ("为贯彻落实中共中央办公厅、国务院办公厅《关于在湖泊实施湖长制的指导意见》、云南省河(湖)长制领导小组印发《云南省全面贯彻落实"
     "湖长制的实施方案》、保山市河(湖)长制领导小组印发《保山市全面贯彻落实湖长制的实施方案》的要求,结合我镇实际", ["implements"] * 3),
    # p03: 按照 governs 职责分工; 将 opens another object
    ("国务院决定按照职责分工将《中华人民共和国国民经济和社会发展第十一个五年规划纲要》提出的主要目标和任务分解落实到各地区", ["cites"]),
    # n04: the draft made by revising is not amended
    ("市防汛办修订完善形成了《遂宁市防汛应急预案(征求意见稿)》。请各单位", ["cites"]),
    # n23: two approvals before 现印发
    ("《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过,并经市委十三届第94次常委会"
     "会议审议通过,现印发给你们,请认真贯彻执行。", ["issues"]),
    # h22 scanned: a line break inside 同意
    ("《2020年区政府重点工作责任分解》已经区政府研究同\n意,现印发给你们", ["issues"]),
    ("对《X县工作规则》作如下修改", ["amends"]),
])
def test_relations_of_the_real_sets(text, relations):
    assert [c.relation for c in find_citations(text)] == relations


def test_pinyin_glosses_are_no_part_of_a_title():
    # n18: a glossed copy prints pinyin after characters
    text = "根據(jù)2008年4月16日《關(guān)于修改〈寧波市政府信息公開規(guī)定〉的決定》做相應(yīng)的修改"
    assert [c.title for c in find_citations(text)] == ["關于修改〈寧波市政府信息公開規定〉的決定"]
    assert [c.title for c in find_citations("根据《政府和社会资本合作(PPP)项目管理办法》")] == ["政府和社会资本合作(PPP)项目管理办法"]


def test_an_inner_title_misread_by_ocr():
    # a06 as one long image: 〈 read as （, 〉 as 》; the title is the same as the text's
    ocr = "2023年《区（政府工作报告》确定的主要目标任务责任分解方案》已报经区人民政府同意，现印发给你们"
    txt = "2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意，现印发给你们"
    assert [(c.title, c.relation) for c in find_citations(ocr)] == [(c.title, c.relation) for c in find_citations(txt)] == [
        ("区〈政府工作报告〉确定的主要目标任务责任分解方案", "issues")]
    # a closed bracket inside a title, and a clause between two titles, join nothing
    assert [c.title for c in find_citations("根据《X办法（试行）》和《Y规定》，制定本办法")] == ["X办法（试行）", "Y规定"]


def test_issued_in_the_next_sentence_and_by_a_dated_lead():
    # q11: the titles end one sentence, 现印发 opens the next
    text = ("组织制定了《高等学校新冠肺炎疫情防控技术方案(第四版)》《中小学校新冠肺炎疫情防控技术方案(第四版)》和《托幼机构新冠肺炎疫情防控"
            "技术方案(第四版)》。现印发给你们,请参照执行。")
    assert [c.relation for c in find_citations(text)] == ["issues"] * 3
    # … but not when 现印发 has a title of its own after it
    assert [c.relation for c in find_citations("按照《X省工作规则》。现印发《Y县工作规则》给你们")][0] == "basis"
    # t13: a policy interpretation's lead with the day of the notice
    text = "2024年3月28日,高唐县人民政府印发了《关于印发<2024年政府工作报告目标任务分工方案>的通知》(高政字〔2024〕5号),现解读如下:"
    assert [c.relation for c in find_citations("解读\n" + text)] == ["issues"]


def test_the_own_number_with_the_portal_date_on_its_line():
    # v09: 川办函〔2015〕160号 2015年9月1日 under the title is the notice's own number, not a citation
    text = ("四川省人民政府办公厅\n关于印发全省五大经济区2015年\n重点工作方案的通知\n川办函〔2015〕160号 2015年9月1日\n(已失效)\n"
            "各市(州)人民政府:\n根据国发〔2014〕3号文件精神,")
    assert [c.doc_number for c in find_citations(text)] == ["国发〔2014〕3号"]
    # … and with the status note and the recipients run onto that line by a copy
    glued = "重点工作方案的通知\n川办函〔2015〕160号 2015年9月1日(已失效)各市(州)人民政府,省政府各部门:\n根据国发〔2014〕3号文件精神,"
    assert [c.doc_number for c in find_citations(glued)] == ["国发〔2014〕3号"]


def test_a_schedule_step_that_issues_a_document_plans_it():
    # v01 (CONVENTIONS.md C5): 第一季度:印发《X》 is a task to issue X later; the notice's own 现印发《X》 issues it
    row = "年度阶段性工作目标: | 第一季度:印发《广州市2023年违法建设治理工作方案》,明确我市2023年违法建设目标任务。\n"
    assert [c.relation for c in find_citations(row)] == ["cites"]
    assert [c.relation for c in find_citations("6月底前,印发《某区垃圾分类工作方案》。\n")] == ["cites"]
    assert [c.relation for c in find_citations("现印发《广州市2023年违法建设治理工作方案》,请认真贯彻执行。\n")] == ["issues"]


def test_the_notices_own_attachment_named_in_brackets_is_no_reference():
    # CONVENTIONS.md C16. q07: 根据《广德市2023年度 新闻发布工作计划表》, with 附件1:广德市2023年度新闻发布工作计划表 below
    q07 = real("q07")
    assert "新闻发布工作计划表》" in q07 and find_citations(q07) == []
    # x09: 報送《汕頭市建筑業…定期報表目錄》里面所要求的建筑業統計報表(見附件), and the same title again without the pointer
    x09 = real("x09")
    assert x09.count("定期報表目錄》") == 2
    assert [c.title for c in find_citations(x09)] == ["統計法"]
    # the same titles with no attachment of that name are cited
    assert [c.title for c in find_citations("各承办单位根据《新闻发布工作计划表》,确定发布会时间地点。\n附件1:新闻发布会审核表")] == [
        "新闻发布工作计划表"]
    # a document the notice issues as its attachment stays a reference (q11: 附件：1.高等学校…技术方案(第四版))
    issued = "组织制定了《高等学校防控技术方案》和《托幼机构防控技术方案》。现印发给你们。\n附件:1.高等学校防控技术方案\n2.托幼机构防控技术方案"
    assert [(c.title, c.relation) for c in find_citations(issued)] == [
        ("高等学校防控技术方案", "issues"), ("托幼机构防控技术方案", "issues")]
