"""Forms of time limits that the held-out real sets (tests/data/realworld: aa, d, u, v, …) still missed after
their first fixes: one test per form, on the real text where it is (read from the file, not copied), and on a
look-alike that must not be read the same way."""

from __future__ import annotations

from pathlib import Path

from extractors.deadlines import find_deadlines

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def real(prefix: str) -> str:
    return next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def found(text: str, year: int | None = None) -> dict[str, tuple[str, str | None]]:
    return {item.text: (item.kind, item.date) for item in find_deadlines(text, year)}


def test_no_earlier_than_a_day_is_a_start_not_a_limit():
    items = found(real("aa10"), 2020)
    assert items["不早於2月9日(農曆正月十六)24時前"] == ("start", None)  # resume work on that day or later
    assert items["延期至2月17日(農曆正月廿四)之後"] == ("start", None)  # school opens after that day
    # the look-alikes: no later than a day, and a limit extended to a day, stay limits
    assert found("企业不晚于2月9日24时前复工", 2020) == {"2月9日24时前": ("deadline", "2020-02-09")}
    assert found("申报截止时间延期至3月31日。", 2020) == {"延期至3月31日": ("deadline", "2020-03-31")}


def test_a_window_of_years_running_when_the_notice_is_written():
    # v07 (2018): 2018—2021年累計安排…專項資金不低于30億元, the window opening its sentence with no comma after it
    assert found(real("v07"), 2018)["2018—2021年"] == ("deadline", "2021-12-31")
    # the same words in a notice written after the window report what was done; a plan's period in brackets is a name
    assert "2018—2021年" not in found("。2018—2021年累计安排专项资金30亿元", 2022)
    assert found("实施方案(2019—2021年)", 2019) == {}
    assert found("。2018—2021年已累计安排专项资金", 2019) == {}


def test_a_period_named_inside_the_plan_a_basis_word_gives():
    # u06: 根据每年改造计划实施 (each year's plan is the basis: no schedule); 每年制定改造计划 is one
    assert "每年" not in found(real("u06")[real("u06").index("根据每年改造计划"):][:40], 2018)
    assert found("每年制定改造计划,到2020年基本完成", 2018)["每年"] == ("recurring", None)


def test_a_phase_name_and_a_dash_before_its_period():
    # u07: 第一阶段,动员大会一5月中旬,宣传发动 (the copy made the dash 一, a numeral never glued before digits)
    text = real("u07")
    assert found(text)["5月中旬"] == ("deadline", None)
    assert found("第一阶段:动员部署—5月10日,召开会议", 2020)["5月10日"] == ("deadline", "2020-05-10")
    assert found("第一阶段,动员大会5月中旬召开,宣传发动", 2020) == {}  # no dash: the date belongs to the meeting's words


def test_the_end_of_a_period_whose_month_was_lost():
    # d07: 从本月25日起至1115日 (11月15日)
    assert found(real("d07"))["至1115日"] == ("deadline", None)
    assert found("从本月25日起至1115日", 2020)["至1115日"] == ("deadline", "2020-11-15")
    assert "至1115日" not in found("编号为1115日常检查表", 2020) and "至15日" not in found("从本月1日起至15日", 2020)


def test_a_dated_step_after_its_label_in_a_schedule_section():
    # v12: 五、实施步骤 / (一)6月上旬,拟定…方案 / (二)6月底前,… / (三)7月10日前,…
    items = found(real("v12"))
    assert items["6月上旬"] == ("deadline", None) and items["6月底前"] == ("deadline", None)
    # the same step under a heading that reports what was done is not read
    assert found("一、工作回顾\n(一)6月上旬,召开了调研工作动员会。参加人员。") == {}
