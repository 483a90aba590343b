"""The item-extractor forms of set W (and t14's short title) that the deadline, target and citation readers first
misread: one test per form, on the real text where it is (tests/data/realworld, real notices with their source
addresses), and on a look-alike that must not be read the same way."""

from __future__ import annotations

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from test_real_forms import real


def deadlines(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def targets(text: str) -> list[tuple[str, float, str, str]]:
    return [(item.text, item.value, item.unit, item.comparator) for item in find_targets(text)]


def test_a_date_after_jiezhi_with_the_figures_measured_that_day_is_a_status_not_a_limit():
    assert deadlines(real("w02"), 2017) == []  # 截止2015年12月31日,全市户籍人口531.59万, …
    assert not any(item[0].startswith("截止") for item in deadlines(real("j23"), 2015))  # 截止9月4日17:00时,…水位64.64m
    # the same opening before what is to be done by then stays a limit
    assert deadlines("截止2015年12月31日,各单位完成自查。") == [("截止2015年12月31日", "deadline", "2015-12-31")]
    assert deadlines("截至2023年11月28日下午17:00,逾期将不予受理。") == [
        ("截至2023年11月28日下午17:00", "deadline", "2023-11-28")]


def test_a_year_after_dao_in_a_projection_is_no_limit():
    text = real("w02")  # 据测算,“十三五”期间,我市老年人口仍将持续增长,到2020年将有可能达到110万人左右
    assert "到2020年将有可能" in text and deadlines(text, 2017) == []
    assert deadlines("到2020年,全市养老床位达到4万张。", 2017) == [("到2020年", "deadline", "2020-12-31")]  # a plan's goal


def test_a_period_from_a_part_of_one_month_to_a_part_of_the_next():
    found = deadlines(real("w07"), 2015)  # 定于2015年8月下旬至9月上旬对全国31个省…开展…综合督查
    assert ("2015年8月下旬至9月上旬", "deadline", "2015-09-10") in found
    # without its year, the issuer's own inspection is still its schedule (CONVENTIONS.md C1), dated in the notice's year
    assert deadlines("定于8月下旬至9月上旬开展督查。", 2015) == [("8月下旬至9月上旬", "deadline", "2015-09-10")]
    assert deadlines("8月下旬至9月上旬开展督查。", 2015) == []  # no 定于/将于: a bare period is read nowhere (RANGE_RE's rule)


def test_a_bare_wan_takes_its_unit_from_the_people_counted_before_it():
    found = targets(real("w02"))
    assert ("531.59万", 5315900.0, "人", "=") in found  # 全市户籍人口531.59万
    assert ("17.6万左右", 176000.0, "人", "=") in found  # 80岁以上老年人预计将达到17.6万左右
    # the noun in an earlier clause counts nothing here: no unit, no target
    assert targets("全市户籍人口增长较快,增加531.59万。") == []


def test_a_figure_in_brackets_after_the_thing_compared_is_its_own_figure_not_a_bound():
    assert ("16.1%", 16.1, "%", "=") in targets(real("w02"))  # 超过全国(16.1%)的平均水平
    assert targets("占比超过全国平均水平16.1%。") == [("16.1%", 16.1, "%", ">")]  # the figure bounded


def test_a_short_title_contracting_a_title_cited_before_is_the_same_document():
    found = find_citations(real("t14"))  # 《〈政府工作报告〉2024年重点工作任务分工方案》 … 《分工方案》将《政府工作报告》分解…
    assert {citation.title for citation in found} == {"〈政府工作报告〉2024年重点工作任务分工方案", "政府工作报告"}
    assert [c.title for c in found if c.text == "《分工方案》"] == ["〈政府工作报告〉2024年重点工作任务分工方案"]
    # a title that keeps most of the earlier one is another printing or version, a document of its own
    printed = "依据《山东省人民政府信息公开办法》……按照《山东省政府信息公开办法》"
    assert [c.title for c in find_citations(printed)] == ["山东省人民政府信息公开办法", "山东省政府信息公开办法"]
