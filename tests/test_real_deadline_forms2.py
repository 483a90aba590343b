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


def test_a_start_from_which_documents_cease_to_be_in_force_is_their_lifecycle():
    # h18: 宣布失效或废止的…文件自本公告公布之日起停止执行 (as 自…起施行: no start of an obligation)
    assert "自本公告公布之日起" not in found(real("h18"), 2020)
    assert found("自本公告公布之日起开展清理", 2020) == {"自本公告公布之日起": ("start", None)}


def test_a_window_from_today_to_an_event_and_a_working_day_after_one():
    items = found(real("k02"), 2018)  # 办理时间为即日至课程考试前 · 请于考试结束后一周的第一个工作日
    assert items["即日至课程考试前"] == ("relative", None)
    assert items["结束后一周的第一个工作日"] == ("relative", None)  # the event's verb, not its subject (C10)
    # a date after 即日至 is an absolute limit, a window without its n-th working day a plain window
    assert found("即日至3月31日前报名", 2018) == {"3月31日前": ("deadline", "2018-03-31")}
    assert found("请于考试结束后一周内提交", 2018) == {"结束后一周内": ("relative", None)}  # as k02 annotates it


def test_a_period_of_days_with_its_year_before_the_act_it_bounds():
    # k07: 新生:2019年9月7日—8日报到 (the second day the limit)
    assert found(real("k07"), 2019)["2019年9月7日—8日"] == ("deadline", "2019-09-08")
    # c02: 2005年11月11日至14日, 国务院联合督查组… (a comma after it: what happened then) is not read
    assert "2005年11月11日至14日" not in found(real("c02"), 2005)
    assert found("会议定于2019年9月7日—8日召开", 2019) == {}  # the issuer's own event after 于
    assert found("，2019年9月7日—8日进行了检查", 2019) == {}  # a report


def test_a_quarter_step_committing_with_a_word_of_assurance():
    # v01: 第三季度:完成工作任务的90%以上。 第四季度:确保超额完成年度工作任务。
    items = found(real("v01"), 2023)
    assert items["第三季度"] == ("deadline", "2023-09-30") and items["第四季度"] == ("deadline", "2023-12-31")
    assert found("第四季度:确保安全。", 2023) == {}  # no verb of completion after it


def test_a_window_after_every_is_the_period_a_figure_is_measured_over():
    # v07: 對每3年內產值由3億元以下增加到5億元以上…的企業 (a condition of an award, no limit)
    assert "3年內" not in found(real("v07"), 2018)
    assert found("請在3年內完成改造", 2018) == {"3年內": ("relative", None)}
