"""The extractors against conventions C23–C25 of tests/data/realworld/CONVENTIONS.md, and its line on an assessment's
points: each test reads the real notice the convention names and a look-alike of the form, with a non-example where
the other reading must stay."""

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

from test_real_forms import real


def deadlines(text: str, year):
    return [(found.text, found.kind, found.date) for found in find_deadlines(text, year)]


def comparators(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.comparator) for found in find_targets(text)]


def test_a_part_of_the_year_is_a_deadline_at_its_end_in_the_documents_year_else_undated():
    """C23: ba03's 上半年…,下半年… (its years lost by the copy) are deadlines without a date; the same halves with a year
    end on 06-30 and 12-31, as a quarter or 年底前 does; halves a report compares are no limits."""
    assert deadlines(real("ba03"), None) == [("上半年", "deadline", None), ("下半年", "deadline", None)]
    halves = "根据县委的统一部署,上半年组织好机关的学习活动,下半年在全系统全面推开。"
    assert deadlines(halves, 2009) == [("上半年", "deadline", "2009-06-30"), ("下半年", "deadline", "2009-12-31")]
    assert deadlines(halves, None) == [("上半年", "deadline", None), ("下半年", "deadline", None)]
    assert deadlines("各乡镇第一季度完成摸底调查,年底前完成全部改造任务。", 2022) == [
        ("第一季度", "deadline", "2022-03-31"), ("年底前", "deadline", "2022-12-31")]
    assert deadlines("今年上半年全市完成投资12亿元,下半年将继续加大力度。", 2022) == []


def test_a_ceiling_is_at_most_its_figure_and_a_temperature_setting_is_the_setting():
    """C24: o18's 已突破“十一五”5万吨的总量控制目标 is the cap (<=), as its 控制在5万吨、4.5万吨和0.5万吨; aq05's 空调控制在26度
    is a setting (=); 突破 before a figure that no cap names stays more than it."""
    o18 = comparators(real("o18"))
    assert o18.count(("5万吨", "<=")) == 2 and ("5万吨", ">") not in o18
    assert comparators("全县化学需氧量排放量不得突破1.2万吨的排放总量控制指标。") == [("1.2万吨", "<=")]
    assert comparators("每户补助以3000元为上限。") == [("3000元", "<=")]
    assert comparators("到2020年,全市用水总量控制在11.88亿立方米。") == [("11.88亿立方米", "<=")]
    assert comparators(real("aq05")) == [("26度", "=")]
    assert comparators("夏季办公室空调温度控制在26度。") == [("26度", "=")]
    # not a cap: a figure passed, a reduction to reach named 控制目标
    assert comparators("全年工业产值突破100亿元。") == [("100亿元", ">")]
    assert comparators("确保完成单位GDP能耗下降20%的控制目标。") == [("20%", "=")]


def test_a_heading_glued_after_its_announcing_colon_is_a_measure():
    """C25: aq14's abstract runs 通知如下:一、加强… into one paragraph: 一、 is a measure, the 一是 after its first sentence
    is not; a copy of another notice glued the same way."""
    text = normalise(real("aq14")).text
    aq14 = parse(text)[0]
    assert [(m.label, m.level) for m in aq14.measures] == [("一、", 1)]
    assert text[aq14.measures[0].text_start:].startswith("加强以食品为重点的商品市场监管")
    glued = ("各县(市、区)农业局:为切实做好春耕备耕工作,保障全年粮食生产稳定,经局党组研究同意,现就做好今年春耕备耕工作的"
             "有关事项通知如下:一、高度重视春耕备耕工作,切实加强组织领导。一是要成立工作专班,明确分管领导和具体责任人。"
             "二是要深入田间地头开展调研,摸清农资储备和农机具检修情况,及时协调解决群众反映的困难和问题。二、抓好农资市场"
             "供应和监管,保障农民用上放心农资。\n")
    measures = parse(normalise(glued).text)[0].measures
    assert [(m.label, m.level) for m in measures] == [("一、", 1), ("二、", 1)]


def test_an_assessments_points_are_no_targets_and_its_shares_are():
    """The line under "Forms that are consistent": bb01's （25分）, r01's 得1.5分 are weights of a score; the formula's
    shares (60%, 20% …) are targets as printed."""
    assert comparators("一、政务服务“一网通办”（25分）\n（八）强化全流程监管（0.5分）") == []
    assert comparators("增幅高于全市平均水平的区县得1.5分;否则不得分。") == []
    assert comparators("半年考评分值=日常监测（60%）+实地调研（20%）+民意调查（10%）+第三方评估（10%）") == [
        ("60%", "="), ("20%", "="), ("10%", "="), ("10%", "=")]
    bb01 = [text for text, _ in comparators(real("bb01"))]
    assert not any(text.endswith("分") for text in bb01) and "60%" in bb01
