"""A span of effort a goal is to take (经过3年努力, as 用3-5年时间) is a relative limit; the years past a report
counts (经过3年的发展) are none. Real text: aa12 of tests/data/realworld (a city's three-year plan)."""

from __future__ import annotations

from pathlib import Path

from extractors.deadlines import find_deadlines

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def test_the_years_of_effort_a_plan_names_are_a_relative_limit():
    text = next(REALWORLD.glob("aa12_*.txt")).read_text(encoding="utf-8")
    found = [(d.text, d.kind) for d in find_deadlines(text, 2019)]
    assert ("經過3年努力", "relative") in found


def test_the_years_a_report_looks_back_on_are_no_limit():
    text = "经过3年的发展,全市空气质量优良天数比率达到80%以上。"
    assert [d.text for d in find_deadlines(text, 2019)] == []


def test_a_span_with_its_words_in_the_wrong_order_is_none():
    assert [d.text for d in find_deadlines("经过3年时间的摸索,用3年努力换来了成效。", 2019)] == []
