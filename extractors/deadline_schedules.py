"""Schedules (kind ``recurring``): 每月25日前, 每季度后5日内, 一周一报, 月统月报, 按月发放, 每周一
(split from ``extractors.deadlines``)."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from schema.models import Deadline

from .deadline_items import activity_after, item, last_day
from .deadline_numbers import month_end, to_int
from .deadline_patterns import ACTIVITY_NAMES, ACTIVITY_RE, PERIOD_NAMES, UNIT_NAMES, WEEKDAY_NAMES
from .deadline_recurrences import (
    BY_PERIOD_LICENSING_VERB_RE, BY_PERIOD_NEED_VERB, BY_PERIOD_RE, COUNT_PRESENT_AFTER_RE, DESCRIBED_AFTER_RE,
    EVERY_DAY_TIME_RE, EVERY_MONTH_DAYS_RE,
    EVERY_MONTH_DAY_RE, EVERY_N_ONE_RE, EVERY_PERIOD_END_RE, EVERY_PERIOD_START_RE, EVERY_PERIOD_MONTH_DAY_RE, EVERY_PERIOD_RE,
    EVERY_WEEKDAY_RE,
    EVERY_YEAR_DATE_RE, EVERY_YEAR_HOLIDAY_RE, EVERY_YEAR_WINDOW_RE, LABELLED_DAY_TIME_RE, MONTH_AFTER_DAY_RE, ONE_PER_RE, PAIRED_NAMES, PAIRED_RE, PAST_SINCE_BEFORE_RE,
    PERIOD_ACT_RE, PERIOD_MONTH_NAMES, PER_HEAD_AFTER_RE, PRACTICE_JOINER_RE, PRACTICE_PERIODS, PRACTICE_VERB_RE,
    QUARTER_AFTER_DAY_RE, QUOTA_AFTER_RE, RATE_AFTER_RE, RATE_BEFORE_RE,
    SCHEDULE_NAME_AFTER_RE,
    SEASON_AFTER_RE, BASIS_BEFORE_RE, PLAN_NAME_AFTER_RE, SOURCE_BEFORE_RE, FUNDS_NAME_AFTER_RE, ROUTINE_NAME_AFTER_RE,
    NAMED_DAY_AFTER_RE,
)
from .deadline_scan import finditer_anchored

def _yearly_window(match: re.Match) -> Optional[str]:
    """The rule of a yearly window (每年1月1日至6月30日 → yearly from 01-01 to 06-30), or None when its days are no
    days of one year in order."""
    first = (int(match.group("first_month")), int(match.group("first_day")))
    last = (int(match.group("month")), int(match.group("day")))
    if not all(1 <= m <= 12 and 1 <= d <= month_end(2000, m) for m, d in (first, last)) or first >= last:
        return None
    return f"yearly from {first[0]:02d}-{first[1]:02d} to {last[0]:02d}-{last[1]:02d}"


def _names_a_day(text: str, yearly: re.Match) -> bool:
    """Whether a yearly date with no 前 is the day an observance is named for (NAMED_DAY_AFTER_RE), not a day due."""
    return not yearly.group("mark") and bool(NAMED_DAY_AFTER_RE.match(text, yearly.end()))


def find_recurring(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in EVERY_MONTH_DAYS_RE.finditer(text):
        days = ", ".join(re.findall(r"\d{1,2}", match.group("days")))
        yield item(match, "recurring", f"monthly {'by' if match.group('mark') else 'on'} days {days}")
    for match in finditer_anchored(MONTH_AFTER_DAY_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            yield item(match, "recurring", f"monthly by day {day} of the next month")
    for match in finditer_anchored(QUARTER_AFTER_DAY_RE, text):
        if not match.group("quarter"):
            yield item(match, "recurring", f"quarterly by day {to_int(match.group('day'))} after the quarter")
    for match in finditer_anchored(LABELLED_DAY_TIME_RE, text):
        yield item(match, "recurring", "daily by " + re.sub(r"\s+", "", match.group("time")))
    for match in finditer_anchored(EVERY_MONTH_DAY_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            by = "by" if match.group("mark") or match.group("mark2") else "on"
            months = {"单": "odd months", "双": "even months"}.get(match.group("parity"), "monthly")
            yield item(match, "recurring", f"{months} {by} day {day}")
    for match in finditer_anchored(EVERY_PERIOD_MONTH_DAY_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            period = _period_noun(match.group("period"))
            by = "by" if match.group("mark") or match.group("mark2") else "on"
            which = _which_month(match.group("which"))
            yield item(match, "recurring",
                        f"{PERIOD_NAMES[match.group('period')]} {by} day {day} of the {period}'s {which} month")
    for match in finditer_anchored(EVERY_PERIOD_END_RE, text):
        period = match.group("period")
        name = PERIOD_NAMES[period]
        yield item(match, "recurring", f"{name} by the end of the {_period_noun(period)}")
    for match in finditer_anchored(EVERY_PERIOD_START_RE, text):
        period = match.group("period")
        yield item(match, "recurring", f"{PERIOD_NAMES[period]}, early in the {_period_noun(period)}")
    for match in finditer_anchored(EVERY_YEAR_DATE_RE, text):
        if SEASON_AFTER_RE.match(text, match.end()) or _names_a_day(text, match):
            continue  # 每年10月1日-次年4月30日: a season; 每年8月25日设立为“残疾预防日”: an observance
        resolved = last_day(match, 2000)  # a leap year, so that 每年2月29日 stays valid
        if resolved and (match.group("mark") or match.group("day")):
            _, m, d = resolved
            by = "by" if match.group("mark") else "on"
            exact = match.group("day") or match.group("dekad")
            when = f"{m:02d}-{d:02d}" if exact else f"the end of month {m}"
            yield item(match, "recurring", f"yearly {by} {when}")
    if "每年" in text:
        for match in EVERY_YEAR_WINDOW_RE.finditer(text):
            window = _yearly_window(match)
            if window:
                yield item(match, "recurring", window)
        for match in EVERY_YEAR_HOLIDAY_RE.finditer(text):
            yield item(match, "recurring", f"yearly before {match.group('holiday')}")
    for match in finditer_anchored(EVERY_DAY_TIME_RE, text):
        time = re.sub(r"\s+", "", match.group("time"))
        yield item(match, "recurring", f"daily by {time}")
    for match in finditer_anchored(EVERY_WEEKDAY_RE, text):
        by = "by" if match.group("mark") else "on"
        time = " " + re.sub(r"\s+", "", match.group("time")) if match.group("time") else ""
        yield item(match, "recurring", f"weekly {by} {WEEKDAY_NAMES[match.group('weekday')]}{time}")
    for match in finditer_anchored(EVERY_PERIOD_RE, text):
        if (RATE_BEFORE_RE.search(text[max(0, match.start() - 4):match.start()]) or RATE_AFTER_RE.match(text, match.end())
                or PER_HEAD_AFTER_RE.match(text, match.end())
                or QUOTA_AFTER_RE.match(text, match.end()) or COUNT_PRESENT_AFTER_RE.match(text, match.end())
                or DESCRIBED_AFTER_RE.match(text, match.end()) or ROUTINE_NAME_AFTER_RE.match(text, match.end())
                or _names_a_schedule(text, match.end()) or _names_a_plan(text, match)
                or _names_a_funds_source(text, match)):
            continue  # 每人每年, 每小时20蒸吨: rates; 每年培育…50家: a quota; 每年约有3200万…: a count; 每周会议安排: a name;
            # 每年…花费大量时间: a description; 班级每日常规考核: a routine assessment's name
        if _since_a_past_year(text, match, year):
            continue  # 自2003年开始,区政府每年的…都在…征询: a practice reported since then
        yearly = EVERY_YEAR_DATE_RE.match(text, match.start())
        if yearly and (SEASON_AFTER_RE.match(text, yearly.end()) or _names_a_day(text, yearly)):
            continue  # 每年10月1日-次年4月30日: a season; 每年3月12日为植树节: an observance
        rule = _every_rule(match.group("n"), match.group("period"), activity_after(text, match.end()), bool(match.group("skip")))
        yield item(match, "recurring", rule)
    yield from _practice_acts(text)
    for match in finditer_anchored(ONE_PER_RE, text):
        activity = ACTIVITY_NAMES.get(match.group("act"), match.group("act"))
        yield item(match, "recurring", f"{PERIOD_NAMES[match.group('period')]} {activity}")
    for match in finditer_anchored(EVERY_N_ONE_RE, text):
        unit = {"年": "years", "个月": "months", "周": "weeks"}[match.group("period")]
        count = to_int(match.group("n"))  # 两 → 2; a range (1-2, 1～2) with one hyphen, as the calendar reads it
        written = str(count) if count is not None else re.sub(r"[—~～]", "-", match.group("n"))
        yield item(match, "recurring", f"every {written} {unit}")
    for match in finditer_anchored(PAIRED_RE, text):
        first, second = PAIRED_NAMES[match.group("a")], PAIRED_NAMES[match.group("b")]
        yield item(match, "recurring", f"{PERIOD_NAMES[match.group('p')]} {first} and {second}")
    for match in finditer_anchored(BY_PERIOD_RE, text):
        period, act = match.group("period"), match.group("act")
        if not act and (match.group("by") == "逐" or period in BY_PERIOD_NEED_VERB
                        and not BY_PERIOD_LICENSING_VERB_RE.match(text, match.end())):
            continue  # 逐年提高 (a trend), 按年龄 (no period): no act done each period
        activity = ACTIVITY_NAMES.get(act) if act else None
        rule = PERIOD_NAMES[period] + (f" {activity}" if activity else "")
        yield item(match, "recurring", rule)


def _practice_acts(text: str) -> Iterator[Deadline]:
    """实行季度通报、年度考核: each periodic act of the practice a verb sets up, a schedule of its own."""
    for verb in PRACTICE_VERB_RE.finditer(text):
        at = verb.end()
        while act := PERIOD_ACT_RE.match(text, at):
            period = PRACTICE_PERIODS.get(act.group("period"), act.group("period"))
            yield item(act, "recurring", f"{PERIOD_NAMES[period]} {ACTIVITY_NAMES.get(act.group('act'), act.group('act'))}")
            joiner = PRACTICE_JOINER_RE.match(text, act.end())
            if not joiner:
                break
            at = joiner.end()


def _since_a_past_year(text: str, match: re.Match, year: Optional[int]) -> bool:
    """自2003年开始,区政府每年…: the period follows, in its clause, a start in a year before the document's."""
    since = PAST_SINCE_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
    return since is not None and year is not None and int(since.group("since")) < year


def _names_a_schedule(text: str, end: int) -> bool:
    """每周日程, 每周重要活动安排: the period names a schedule (a document), unless a verb stands between."""
    name = SCHEDULE_NAME_AFTER_RE.match(text, end)
    return bool(name) and not (name.group("what") and ACTIVITY_RE.search(name.group("what")))


def _names_a_plan(text: str, match: re.Match) -> bool:
    """根据每年改造计划: the period is part of the name of the plan a basis word gives (no schedule)."""
    return (BASIS_BEFORE_RE.search(text, max(0, match.start() - 5), match.start()) is not None
            and PLAN_NAME_AFTER_RE.match(text, match.end()) is not None)


def _names_a_funds_source(text: str, match: re.Match) -> bool:
    """从每年的…补助费中提取: the period is part of the name of the money a source word gives (no schedule)."""
    return (SOURCE_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()) is not None
            and FUNDS_NAME_AFTER_RE.match(text, match.end()) is not None)


def _period_noun(period: str) -> str:
    return {"月": "month", "季度": "quarter", "季": "quarter", "半年": "half-year", "年": "year", "年度": "year",
            "学期": "term", "学年": "school year"}[period]


def _which_month(written: str) -> str:
    """最后一个月 → last, 首月 → first, 第二个月 → 2nd."""
    if written in PERIOD_MONTH_NAMES:
        return PERIOD_MONTH_NAMES[written]
    n = to_int(written.strip("第个月"))
    return {1: "first", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def _every_rule(n: Optional[str], period: str, activity: Optional[str], skip: bool = False) -> str:
    """每两周 → every 2 weeks; 每隔一周 (one skipped between) → every 2 weeks."""
    count = (to_int(n) or 1) + (1 if skip else 0) if n != "半" else None
    if n == "半" and period in ("月", "年"):
        rule = PERIOD_NAMES["半" + period]
    elif count not in (None, 1):
        rule = f"every {count} {UNIT_NAMES.get(period, period)}s"
    else:
        rule = PERIOD_NAMES[period]
    return f"{rule} {activity}" if activity else rule
