"""The forms of time limits in real copies of notices (sets J and K in tests/data/realworld, with their
source addresses), and of the copies around them: one test per form, on the real text where it is,
and on a variation of it that must not be read the same way."""

from __future__ import annotations

from pathlib import Path

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def real(prefix: str) -> str:
    return next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def deadlines(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def rules(text: str) -> dict[str, str | None]:
    return {item.text: item.rule for item in find_deadlines(text, None)}


def test_several_due_days_a_month_are_one_rule():
    assert rules(real("j01"))["每月9日、19日、28日前"] == "monthly by days 9, 19, 28"
    assert "每月9日、19日、28日前" not in rules("每月9日召开例会。19日、28日前报送")


def test_a_weekday_or_a_day_with_its_time_of_day():
    found = rules(real("j03"))
    assert found["每周五上午下班前"] == "weekly by Friday 上午下班" and found["每月25日前"] == "monthly by day 25"
    assert rules(real("j24"))["每周二中午12時前"] == "weekly by Tuesday 中午12时"
    assert "每周二中午" not in "".join(rules("每周二中午开会"))  # no 前: the weekday alone


def test_a_daily_time_after_a_cut_off_label():
    assert rules(real("j14"))["每天上午8:30"] == "daily by 上午8:30"
    assert rules("每天上午8:30开馆") == {"每天": "daily"}  # no label: the period alone


def test_every_other_week():
    assert rules(real("j02"))["每隔一周"] == "every 2 weeks report"


def test_a_date_that_lost_its_month():
    assert ("630日前", "deadline", "2020-06-30") in deadlines(real("j11"), 2020)
    assert [(item.text, item.kind) for item in find_deadlines("现定于527日起由检查小组", 2011)] == [("527日起", "start")]
    # a count of days back from an event, no date (tests/test_deadline_probe_forms.py)
    assert deadlines("申请人应在期限届满120日前提出", 2020) == [("期限届满120日前", "relative", None)]
    assert deadlines("请于635日前报送", 2020) == []  # no such day


def test_two_dates_sharing_one_limit():
    found = deadlines(real("j17"), 2015)
    assert ("2015年12月20日", "deadline", "2015-12-20") in found
    assert ("2016年1月5日以前", "deadline", "2016-01-05") in found
    assert deadlines("2015年12月20日召开会议，2016年1月5日以前报送", 2015) == [("2016年1月5日以前", "deadline", "2016-01-05")]


def test_half_days_clock_times_and_notes_after_a_date():
    assert ("12月2日下午前", "deadline", None) in deadlines(real("j06"))
    assert ("截至2023年11月28日下午17:00", "deadline", "2023-11-28") in deadlines(real("j13"))
    assert ("8月30日(周日)20:00点前", "deadline", "2020-08-30") in deadlines(real("k01"), 2020)
    assert ("2月7日(正月初五)上午10点前", "deadline", "2012-02-07") in deadlines(real("i07"), 2012)
    assert deadlines("12月2日下午召开", 2020) == []  # a meeting, no limit


def test_a_date_opening_a_clause_before_a_verb_of_sending():
    assert ("5月5日", "deadline", "2011-05-05") in deadlines(real("j02"), 2011)
    assert deadlines("5月5日上报的数据显示", 2011) == []


def test_the_notices_own_day():
    assert deadlines(real("j05")) == [("今日下午18:00時前", "deadline", None)]


def test_days_after_a_month_or_a_quarter():
    found = {item.text: (item.kind, item.date, item.rule) for item in find_deadlines(real("j21"), 2018)}
    assert found["月后18日前"] == ("recurring", None, "monthly by day 18 of the next month")
    assert found["一季度季后7日"][1] == "2018-04-07" and found["三季度季后10日12:00"][1] == "2018-10-10"
    assert deadlines("3个月后5日内", 2018) != [("月后5日", "recurring", None)]


def test_periods_of_phases_and_periods_that_are_no_limits():
    assert ("7月3日至7月15日", "deadline", "2005-07-15") in deadlines(real("j22"), 2005)
    # 2005年11月11日至14日，督查组…进行了现场检查 (c02): a period ending on a bare day is an event reported, not read; the
    # same period before the act it bounds (k07's 新生:2019年9月7日—8日报到) is (tests/test_real_deadline_forms2.py)
    assert not [text for text, _, _ in deadlines(real("c02"), 2005) if text.startswith("2005年11月11日")]
    assert deadlines("5月1日至6月30日开展", 2019) == []  # a bare yearless period is not read
    assert not [text for text, _, _ in deadlines(real("k10")) if "2017年1月1日" in text]  # 统计期为…: what is counted
    assert deadlines("每年10月1日-次年4月30日", 2018) == []  # a season of a timetable


def test_starts_relatives_and_years_after_a_place():
    assert ("自今年4月19日起", "start", None) in deadlines(real("j24"))
    # a window counted from an event keeps the event's verb and 后 (CONVENTIONS.md C10), read once the copy's pinyin
    # glosses (結(jié)束) are taken out; with no verb of an event before it, the day alone
    assert ("結束后的第二個工作日中午12時前", "relative", None) in deadlines(normalise(real("j24")).text)
    assert ("第二個工作日中午12時前", "relative", None) in deadlines("順延至節假日后的第二個工作日中午12時前")
    # … without the event's subject (k02: 考试结束后…)
    assert ("结束后一周的第一个工作日", "relative", None) in deadlines(real("k02"))
    assert ("即日起", "start", None) in deadlines(real("j17"))
    assert deadlines("本通知即日起施行", 2020) == []
    assert ("使用前一天", "relative", None) in deadlines(real("k08"))
    assert ("2017年", "deadline", "2017-12-31") in deadlines("\n武漢市2017年細顆粒物年均濃度較2013年下降15%以上。", 2014)
    assert deadlines("\n武漢市2017年細顆粒物年均濃度較2013年有所變化。", 2014) == []  # no commitment


def test_lost_spaces_spam_links_and_field_lines_in_a_copy():
    document = parse(normalise(real("j15")).text)[0]
    assert [m.label for m in document.measures][3:8] == ["(一)", "(二)", "(三)", "(四)", "(五)"]  # ???(一) read
    text = normalise(real("j15")).text
    assert "市场监督管理所\n检查范围" in text  # the next field is not joined to the unit list
    title = parse(normalise(real("j23")).text)[0].meta.title
    assert title == "西平县防汛抗早指挥部关于加强小洪河堤防值守的通知"  # the glued spam link cut
    assert "?" in normalise("落落???来源\n").text  # question marks inside a line stay


def test_an_implementing_verb_after_the_title():
    cited = find_citations("各地区、各部门要抓好《政府工作报告》的贯彻落实。")
    assert [(c.title, c.relation) for c in cited] == [("政府工作报告", "implements")]
    assert [c.relation for c in find_citations("《政府工作报告》的通知")] == ["cites"]
