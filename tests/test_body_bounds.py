"""Where the document stage puts a notice's body and its last measure's end, on real copies (tests/data/realworld):
an opening paragraph that lost its 。 is the body's, not the header's; a duty printed under a heading-only last
measure is that measure's, an exhortation or a request after it is the notice's closing."""

from __future__ import annotations

from pathlib import Path

from extractors.citations import find_citations
from extractors.titles import is_document_title
from pipeline.document.lines import split_lines
from pipeline.document.measure_tree import body_measures
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.extract import extract_text

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def real(prefix: str) -> str:
    return next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def parsed(prefix: str):
    return parse(normalise(real(prefix)).text)[0]


def deadlines_by_measure(prefix: str) -> dict[str, str]:
    """Each deadline's text and the label of the measure it is stored under (None: outside every measure)."""
    document = extract_text(real(prefix), f"{prefix}.txt")["documents"][0]
    labels = {measure["id"]: measure["label"] for measure in document["measures"]}
    return {deadline["text"]: labels.get(deadline["measure_id"]) for deadline in document["deadlines"]}


# ------------------------------------------------------------------ the body's opening paragraph


def test_an_opening_paragraph_that_lost_its_full_stop_is_the_bodys():
    # 街道环境整顿安排方案 / 根据区政府决策部署,…,从5月中旬至12月底,在辖区内开展…,制定本方案 / 一、工作目标…
    document = parsed("u07")
    assert document.text[document.body_start:].startswith("根据区政府决策部署")
    assert deadlines_by_measure("u07")["5月中旬至12月底"] is None  # the preamble's: before every measure
    # a paragraph opening without an opening word (农村人居环境整治是…,…,每月至少一次) is one too
    assert parsed("m11").text[parsed("m11").body_start:].startswith("农村人居环境整治是乡村振兴战略的关键环节")


def test_recipients_and_a_pages_summary_stay_above_the_body():
    # 各街道办事处,区级各部门,官盛新区管委会 (the recipients, their colon lost): a list of bodies, no sentence
    document = parsed("b05")
    assert "官盛新区管委会" not in document.text[document.body_start:document.body_start + 200]
    # 内容提要:全面推行河长制是…,… (the news page's summary field above the notice's text)
    document = parsed("y09")
    assert not document.text[document.body_start:].startswith("内容提要")
    # a copy with nothing between its title and its first item keeps its body where it was
    text = "关于做好统计工作的通知\n一、加强领导,明确责任,落实到人。\n二、按时报送。"
    assert parse(text)[0].text[parse(text)[0].body_start:].startswith("一、")


# ------------------------------------------------------------------ the last measure and the closing


def test_a_duty_under_a_heading_only_last_measure_is_that_measures():
    # 二、认真实施 / …规定。 / 实事求是地… / 各村民小组须在12月2日下午前将…报… / 各乡(镇)须在12月3日下午5时前将…
    assert deadlines_by_measure("j06") == {"12月2日下午前": "二、", "12月3日上午前": "二、", "12月3日下午5时前": "二、"}


def test_a_request_to_the_recipients_after_the_last_measure_is_the_closing():
    # 四、工作图片收集 / 工作图片要… / 请各科室、中心于2019年12月20日(星期五)前提交…材料: the notice's own request
    assert deadlines_by_measure("j19") == {"2019年12月20日(星期五)前": None}


def test_which_paragraphs_after_a_heading_only_last_measure_close_the_notice():
    def last_measure_text(body: str) -> str:
        lines = split_lines(body)
        measures = body_measures(lines, len(body), None)
        return body[measures[-1].start:measures[-1].end]

    heading = "一、加强领导\n各乡镇要负总责。\n二、报送要求\n报表由村委会汇总。\n"
    # an exhortation with its attitude after the modal: the closing
    assert "高度重视" not in last_measure_text(heading + "各单位要高度重视,认真抓好落实。")
    # a step with its time or its object after the modal: the measure's
    assert "5月8日前" in last_measure_text(heading + "各单位要于5月8日前将报表报县统计局。")
    assert "汇总表" in last_measure_text(heading + "各村须将汇总表报乡镇。")
    # a later modal in the sentence does not make a step a closing (各单位须在…前报送所要求的…)
    assert "所要求" in last_measure_text(heading + "各单位须在月底前报送所要求的材料。")


# ------------------------------------------------------------------ a kind of document named in 《》


def test_a_document_type_with_an_alternative_type_names_no_document():
    # ac14's list of an application's materials: 3.《统计调查制度(方案)》。内容包括:项目名称、…
    titles = {citation.title for citation in find_citations(real("ac14")) if citation.title}
    assert "统计调查制度(方案)" not in titles
    assert "国家统计局关于印发2022年统计年报和2023年定期统计报表制度主要修订内容的通知" in titles
    assert is_document_title("统计调查制度管理办法（试行）") and is_document_title("行动方案(2022—2025年)")
