"""Time constraints in a notice: due dates, schedules, windows, length limits and start points.

``find_deadlines(text, year)`` returns one :class:`~schema.models.Deadline` per expression, with
exact character offsets into ``text``. Kinds:

``deadline``   an absolute limit; ``date`` is its last day (``2月底前`` → 2020-02-29)
``recurring``  a schedule (``每个月5日前``, ``一周一报``, ``月统月报``, ``按月发放``, ``每季度``)
``relative``   a window counted from an event (``下达后30日内``, ``2小时内``)
``duration``   a length limit that is not a due date (``最长不超过 6 个月``, ``12 周以内的``)
``start``      when an obligation begins (``从3月份开始``, ``自即日起``); not when the document comes into
               force (``自2020年1月1日起施行``, ``本通知自印发之日起执行``: its lifecycle, no limit)

Each family of expressions is one compiled pattern (``extractors.deadline_dates``, ``deadline_recurrences``,
``deadline_relative``, from the pieces in ``deadline_patterns``) with a builder
function here; every pattern
runs over the whole text, then overlapping candidates are resolved longest first. Bare dates (the
signing line, ``…印发``), years used as names (``2020年是…``), ``疫情防控期间`` and ``及时`` are never
matched because every pattern needs a marker of limit, schedule, window or start.

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import chain
from typing import Callable, Iterator, Optional, Sequence

from schema.models import Deadline

from .deadline_numbers import CN_DIGIT, iso, month_end, to_int  # noqa: F401  (re-exported)
from .anchored_scan import finditer_near
from .deadline_sentences import SENTENCE_ANCHORS, SENTENCE_FINDERS, in_context
from .deadline_windows import WINDOW_ANCHORS, WINDOW_FINDERS
from .fold import fold

from .deadline_patterns import (
    ACTIVITY_NAMES, ACTIVITY_RE, CLAUSE_END, DUE_VERB, GAP, PERIOD_NAMES, UNIT_NAMES, WEEKDAY_NAMES,
)
from .deadline_dates import (
    BASE_YEAR_COMPARED_RE, BRACKETED_RANGE_RE, CLAUSE_DATE_DUE_RE, COMMITMENT_RE, COUNTED_PERIOD_BEFORE_RE,
    DATE_BEFORE_RE, DATE_BY_RE, DATE_TO_RE, DATE_UNTIL_RE, FORECAST_AFTER_RE, FORECAST_BEFORE_RE, IN_FORCE_AFTER_RE,
    LABELLED_DATE_RE, LOST_MONTH_LENGTH_BEFORE_RE, LOST_MONTH_RE, MAX_COMMITMENT_DISTANCE, MAX_SHARED_MARK_DATES,
    PERIOD_ENDS, PERIOD_RE, PHASE_DAY_RE, PHASE_RANGE_RE, PLACE_BEFORE_RE, PLACE_YEAR_RE, PLANNED_YEAR_RE,
    POLICY_TERM_BEFORE_RE, RANGE_RE, REPORTED_PERIOD_AFTER_RE, SENT_ON_RE, SHARED_MARK_DATE_RE, STATUS_AFTER_RE,
    STATUS_FIGURE_AFTER_RE, TODAY_BEFORE_RE, UNTIL_DATE_RE, YEAR_BEFORE_RE, YEAR_BY_RE, YEAR_END_RE,
    YEAR_HEADING_COMMA_RE,
)
from .deadline_recurrences import (
    BY_PERIOD_LICENSING_VERB_RE, BY_PERIOD_NEED_VERB, BY_PERIOD_RE, EVERY_DAY_TIME_RE, EVERY_MONTH_DAYS_RE,
    EVERY_MONTH_DAY_RE, EVERY_PERIOD_END_RE, EVERY_PERIOD_MONTH_DAY_RE, EVERY_PERIOD_RE, EVERY_WEEKDAY_RE,
    EVERY_YEAR_DATE_RE, LABELLED_DAY_TIME_RE, MONTH_AFTER_DAY_RE, ONE_PER_RE, PAIRED_NAMES, PAIRED_RE,
    PERIOD_MONTH_NAMES, QUARTER_AFTER_DAY_RE, QUOTA_AFTER_RE, RATE_AFTER_RE, RATE_BEFORE_RE, SCHEDULE_NAME_AFTER_RE,
    SEASON_AFTER_RE,
)
from .deadline_relative import (
    BEFORE_EVENT_RE, COUNT_OVER_AFTER_RE, DURATION_AT_LEAST_RE, DURATION_EXTEND_RE, DURATION_LIMIT_RE,
    DURATION_UNTIL_RE, DURATION_WITHIN_RE, IN_FORCE_SUBJECT_RE, IN_FORCE_VERB_RE, LENGTH_UNITS, LENGTH_WITHIN,
    LIMIT_COMPARATORS, LIMIT_LENGTH_WORDS, LIMIT_PERIODS, NTH_DAY_RE, PAIRED_EVENT_BEFORE_RE, RELATIVE_RE,
    START_BARE_RE, START_RE, START_REPORTED_AFTER_RE, START_TODAY_RE, TIME_SPAN_RE,
)

# ---------------------------------------------------------------------------------------------
# Scanning: the costly patterns only where they can match
# ---------------------------------------------------------------------------------------------

# Most patterns above may start at almost any character (an optional year, a count), so
# ``finditer`` tries them at every position of the text. Each one, though, always has one of a few
# characters (or words) starting at most ``reach`` characters after its start (a 月 after the year
# and month, a 内 at the end of a window): pattern -> (those anchors, reach). ``_finditer`` tries
# the pattern only at the positions from which such an anchor is within reach, in order, which
# gives exactly the matches ``pattern.finditer(text)`` gives (tests/test_deadlines.py checks it on
# the corpus).
ANCHORS: dict[re.Pattern, tuple[Sequence[str], int]] = {
    # year (4 + gap + 年 + gap = 11), month (2 + gap = 5) before its 月
    DATE_BEFORE_RE: ("月", 16),
    DATE_BY_RE: ("月", 16),
    SENT_ON_RE: ("月", 16),
    START_BARE_RE: ("月", 16),
    # a year (4 + gap + 年 = 8) and a second 年 before 底/末/内
    YEAR_END_RE: ("底末内", 9),
    # a year (11) before 上半年, 下半年, 前三季度, 第一季度
    PERIOD_RE: ("半季", 13),
    # 自 + 10 + 之日起 + gap (17), count (4), gap, unit (4), gap, 以内 (1)
    RELATIVE_RE: ("内", 42),  # and a range's low end before the count (1—5日内)
    # count (4), gap, unit (4), gap, 以内 (1)
    DURATION_WITHIN_RE: ("内", 15),
    DURATION_AT_LEAST_RE: ("上", 15),
    # words, not characters (不 and 期 are everywhere): the comparator after a lead (有效期) and a
    # gap (6), or a lead2 word at the start
    DURATION_LIMIT_RE: (LIMIT_COMPARATORS + LIMIT_LENGTH_WORDS + LIMIT_PERIODS, 6),
    YEAR_BY_RE: ("到", 0),
    # 每个 or 第 and a quarter (2), 季度 (2) and a gap (3) before 季后
    QUARTER_AFTER_DAY_RE: (("季后",), 7),
    # a year (11) and a month (5) before its 月; after a phase's name (a look-behind), a month (5)
    CLAUSE_DATE_DUE_RE: ("月", 16),
    PHASE_RANGE_RE: ("月", 5),
    PHASE_DAY_RE: ("月", 5),
    # a year's four digits and a gap (7) before its 年
    RANGE_RE: ("年", 7),
    PLANNED_YEAR_RE: ("年", 7),
    # a month (2) and a day (2) glued before 日 or 号 (630日前)
    LOST_MONTH_RE: ("日号", 4),
    # the match starts at its 到 (look-behinds only before it)
    DATE_TO_RE: ("到", 0),
    **SENTENCE_ANCHORS,  # the patterns of running sentences (extractors.deadline_sentences)
    **WINDOW_ANCHORS,  # windows bounded by an event or a schedule before them (extractors.deadline_windows)
    # PAIRED_RE is not here: it starts with a character class, which ``finditer`` scans for faster.
}


def _finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, trying the pattern only within reach of its anchors."""
    if pattern not in ANCHORS:
        return pattern.finditer(text)
    return finditer_near(pattern, text, *ANCHORS[pattern])


# ---------------------------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------------------------

def _written_year(match: re.Match, year: Optional[int]) -> Optional[int]:
    """The year a match writes (2020年, 今年, 明年), else the document's year."""
    groups = match.groupdict()
    if groups.get("year"):
        return to_int(groups["year"])
    relative = groups.get("rel")
    if relative and year is not None:
        return year + 1 if relative[:1] in "明次翌" else year
    return year


def _last_day(match: re.Match, year: Optional[int]) -> Optional[tuple[int, int, Optional[int]]]:
    """(year, month, day) of the last day a DATE_TAIL match allows; day None when the year is unknown."""
    month = to_int(match.group("month"))
    if month is None or not 1 <= month <= 12:
        return None
    groups = match.groupdict()
    if groups.get("day"):
        day = to_int(groups["day"])
        if day is None or not 1 <= day <= 31:
            return None
        return year, month, day
    if groups.get("dekad") in ("上", "中"):
        return year, month, 10 if groups["dekad"] == "上" else 20
    # 2月底, 3月下旬, 3月份, 3月: the last day of the month, which needs the year (leap years).
    return year, month, month_end(year, month) if year is not None else None


def _deadline(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    resolved = _last_day(match, _written_year(match, year))
    if resolved is None:
        return None
    y, m, d = resolved
    return _item(match, "deadline", date_=iso(y, m, d) if d is not None else None)


def _clause_after(text: str, end: int, limit: int = 24) -> str:
    tail = text[end:end + limit]
    stop = CLAUSE_END.search(tail)
    return tail[: stop.start()] if stop else tail


def _activity(text: str, end: int) -> Optional[str]:
    found = ACTIVITY_RE.search(_clause_after(text, end))
    return ACTIVITY_NAMES.get(found.group()) if found else None


def _item(match: re.Match, kind: str, rule: Optional[str] = None, date_: Optional[str] = None) -> Deadline:
    return Deadline(text=match.group(), start=match.start(), end=match.end(), kind=kind,
                    date=date_, rule=rule)


# ---------------------------------------------------------------------------------------------
# Finders: each yields candidates for one family
# ---------------------------------------------------------------------------------------------


def _absolute(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for pattern in (DATE_BEFORE_RE, DATE_BY_RE, SENT_ON_RE, DATE_UNTIL_RE, CLAUSE_DATE_DUE_RE):
        for match in _finditer(pattern, text):
            if match.group().startswith("截至") and STATUS_AFTER_RE.search(text[match.end():match.end() + 20]):
                continue
            if match.group().startswith(("截至", "截止")) and STATUS_FIGURE_AFTER_RE.match(text, match.end()):
                continue  # 截止2015年12月31日,全市户籍人口531.59万: figures as of the day
            found = _deadline(match, year)
            if found:
                yield found
            if pattern is DATE_BEFORE_RE:
                yield from _shared_mark_date(text, match.start(), year)
    yield from _lost_month(text, year)
    for match in TODAY_BEFORE_RE.finditer(text):
        yield _item(match, "deadline")  # the notice's own day, which the year alone does not give
    for match in chain(BRACKETED_RANGE_RE.finditer(text), _finditer(PHASE_RANGE_RE, text), _finditer(PHASE_DAY_RE, text)):
        found = _deadline(match, year) if "month" in match.re.groupindex and match.group("month") \
            else _range_in_month(match, year)
        if found:
            yield found
    for match in _finditer(QUARTER_AFTER_DAY_RE, text):
        if match.group("quarter") and year is not None:
            quarter = to_int(match.group("quarter"))
            month, in_year = (quarter * 3 + 1, year) if quarter < 4 else (1, year + 1)
            yield _item(match, "deadline", date_=iso(in_year, month, to_int(match.group("day")) or 0))
    for match in _finditer(YEAR_END_RE, text):
        if not match.group("mark") and not re.match(GAP + DUE_VERB, text[match.end():]):
            continue  # 2019年底，… is a point in time; 年底前 and 年底完成 are limits
        y = _written_year(match, year)
        yield _item(match, "deadline", date_=iso(y, 12, 31))
    for match in YEAR_BEFORE_RE.finditer(text):
        written = to_int(match.group("year"))
        if year is None or written >= year:  # 在2000年前已建成 in a later notice: what was done, no limit
            yield _item(match, "deadline", date_=iso(written, 12, 31))
    for match in _finditer(YEAR_BY_RE, text):
        if _forecast(text, match):
            continue  # 据测算,…到2020年将有可能达到110万人左右: a projection, no limit
        yield _item(match, "deadline", date_=iso(to_int(match.group("year")), 12, 31))
    for pattern in (DATE_TO_RE, RANGE_RE, UNTIL_DATE_RE):
        for match in _finditer(pattern, text):
            if pattern is DATE_TO_RE and (STATUS_AFTER_RE.search(text[match.end():match.end() + 20])
                                          or _forecast(text, match)):
                continue  # 到2019年6月底，全省已… reports a state; 预计到…将有可能… a projection
            if pattern is RANGE_RE and (IN_FORCE_AFTER_RE.match(text, match.end())
                                        or COUNTED_PERIOD_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
                                        or REPORTED_PERIOD_AFTER_RE.match(text, match.end())):
                continue  # in force from … to …; 统计期为…; 总结…推广情况: a period named, no limit
            if pattern is not RANGE_RE and _policy_term(text, match):
                continue  # 现行…政策执行到2013年9月30日: that policy's own term
            # 2020年3月至6月底: the end is in the year the period starts in
            found = _deadline(match, to_int(match["from_year"]) if pattern is RANGE_RE else year)  # 20xx: unknown
            if found:
                yield found
    for match in _finditer(LABELLED_DATE_RE, text):
        found = _labelled_date(match, year)
        if found:
            yield found
    for match in _planned_years(text):
        planned = int(match.group("year"))
        clause = _commitment_clause(text, match.end())
        base = BASE_YEAR_COMPARED_RE.search(clause)
        if base and int(base.group("base")) < planned and (year is None or planned >= year):
            yield _item(match, "deadline", date_=iso(planned, 12, 31))  # 2015 年,…比 2010 年下降 16%
        elif year is not None and planned > year and COMMITMENT_RE.search(clause):
            yield _item(match, "deadline", date_=iso(planned, 12, 31))
    for match in _finditer(PERIOD_RE, text):
        if not (match.group("mark") or match.group("end") or re.match(GAP + DUE_VERB, text[match.end():])):
            continue
        period = match.group("period")
        key = period if period in PERIOD_ENDS else str(to_int(period.strip("第季度")))
        if key not in PERIOD_ENDS:
            continue
        month, day = PERIOD_ENDS[key]
        yield _item(match, "deadline", date_=iso(_written_year(match, year), month, day))


def _forecast(text: str, match: re.Match) -> bool:
    """Whether a date after 到 is the horizon of a projection: its source before it in the sentence (据测算, 预计)
    or its hedge right after it (将有可能)."""
    return (FORECAST_BEFORE_RE.search(text, max(0, match.start() - 48), match.start()) is not None
            or FORECAST_AFTER_RE.match(text, match.end()) is not None)


def _commitment_clause(text: str, end: int) -> str:
    """The clause after a year opening one, where its commitment is; after a comma right after the year
    (2015 年,单位…比 2010 年下降 16%), the clause after the comma."""
    comma = YEAR_HEADING_COMMA_RE.match(text, end)
    return _clause_after(text, comma.end() if comma else end, MAX_COMMITMENT_DISTANCE)


def _policy_term(text: str, match: re.Match) -> bool:
    """Whether a date after 执行到/实施至 is the term of a policy the clause names (现行…补贴政策执行到…)."""
    to = re.search("[到至]", match.group())
    before = text[max(0, match.start() - 10):match.start() + (to.start() if to else 0)]
    verb = re.search(r"(?:执行|实施|施行)$", before)
    return bool(verb) and POLICY_TERM_BEFORE_RE.search(before, 0, verb.start()) is not None


def _planned_years(text: str) -> Iterator[re.Match]:
    """Years opening a clause (PLANNED_YEAR_RE), or after a place opening it (武汉市2017年…)."""
    yield from _finditer(PLANNED_YEAR_RE, text)
    for match in PLACE_YEAR_RE.finditer(text):
        if PLACE_BEFORE_RE.search(text, max(0, match.start() - 10), match.start()):
            yield match


def _shared_mark_date(text: str, start: int, year: Optional[int]) -> Iterator[Deadline]:
    """The dates before 和/、 that share a date's 前: 2015年12月20日和2016年1月5日以前 → 2015年12月20日 too;
    4月8日、7月8日、10月8日及12月8日前 → each of the list."""
    for _ in range(MAX_SHARED_MARK_DATES):
        found = SHARED_MARK_DATE_RE.search(text, max(0, start - 20), start)
        if not found:
            return
        date_end = found.start() + len(found.group().rstrip(" 和及与或、\t"))
        item = _deadline(found, year)
        if item:
            yield Deadline(text=text[found.start():date_end], start=found.start(), end=date_end, kind="deadline",
                           date=item.date)
        start = found.start()


def _lost_month(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """630日前 → 6月30日, 527日起 → from 5月27日: dates whose 月 a copy lost."""
    for match in _finditer(LOST_MONTH_RE, text):
        if LOST_MONTH_LENGTH_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()):
            continue
        month, day = int(match.group("month")), int(match.group("day"))
        if not 1 <= day <= (month_end(2000, month)):
            continue
        if match.group("mark") == "起":
            yield _item(match, "start", f"from {month}月{day}日")
        else:
            yield _item(match, "deadline", date_=iso(year, month, day))


def _range_in_month(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    """（9月1日至30日）: the period ends in the month it starts in."""
    month, day = int(match.group("from_month")), to_int(match.group("day"))
    if not 1 <= month <= 12 or not day:
        return None
    return _item(match, "deadline", date_=iso(year, month, day))


def _labelled_date(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    """完成时限：2021年3月 → the month's last day; 时间节点：2021年底, 完成时间：2021年 → the year's last
    day. The item is the date, without its label."""
    start, end = match.span("when")
    if match.group("month"):
        resolved = _last_day(match, _written_year(match, year))
        if resolved is None or resolved[2] is None:
            return None
        written = iso(*resolved)
    elif match.group("year"):
        written = iso(to_int(match.group("year")), 12, 31)
    else:
        return None
    text = match.string[start:end].rstrip()
    return Deadline(text=text, start=start, end=start + len(text), kind="deadline", date=written)


def _recurring(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in EVERY_MONTH_DAYS_RE.finditer(text):
        days = ", ".join(re.findall(r"\d{1,2}", match.group("days")))
        yield _item(match, "recurring", f"monthly {'by' if match.group('mark') else 'on'} days {days}")
    for match in MONTH_AFTER_DAY_RE.finditer(text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            yield _item(match, "recurring", f"monthly by day {day} of the next month")
    for match in _finditer(QUARTER_AFTER_DAY_RE, text):
        if not match.group("quarter"):
            yield _item(match, "recurring", f"quarterly by day {to_int(match.group('day'))} after the quarter")
    for match in LABELLED_DAY_TIME_RE.finditer(text):
        yield _item(match, "recurring", "daily by " + re.sub(r"\s+", "", match.group("time")))
    for match in _finditer(EVERY_MONTH_DAY_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            by = "by" if match.group("mark") or match.group("mark2") else "on"
            yield _item(match, "recurring", f"monthly {by} day {day}")
    for match in _finditer(EVERY_PERIOD_MONTH_DAY_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            period = _period_noun(match.group("period"))
            by = "by" if match.group("mark") or match.group("mark2") else "on"
            which = _which_month(match.group("which"))
            yield _item(match, "recurring",
                        f"{PERIOD_NAMES[match.group('period')]} {by} day {day} of the {period}'s {which} month")
    for match in _finditer(EVERY_PERIOD_END_RE, text):
        period = match.group("period")
        name = PERIOD_NAMES[period]
        yield _item(match, "recurring", f"{name} by the end of the {_period_noun(period)}")
    for match in _finditer(EVERY_YEAR_DATE_RE, text):
        if SEASON_AFTER_RE.match(text, match.end()):
            continue  # 每年10月1日-次年4月30日: a season
        resolved = _last_day(match, 2000)  # a leap year, so that 每年2月29日 stays valid
        if resolved and (match.group("mark") or match.group("day")):
            _, m, d = resolved
            by = "by" if match.group("mark") else "on"
            exact = match.group("day") or match.group("dekad")
            when = f"{m:02d}-{d:02d}" if exact else f"the end of month {m}"
            yield _item(match, "recurring", f"yearly {by} {when}")
    for match in _finditer(EVERY_DAY_TIME_RE, text):
        time = re.sub(r"\s+", "", match.group("time"))
        yield _item(match, "recurring", f"daily by {time}")
    for match in _finditer(EVERY_WEEKDAY_RE, text):
        by = "by" if match.group("mark") else "on"
        time = " " + re.sub(r"\s+", "", match.group("time")) if match.group("time") else ""
        yield _item(match, "recurring", f"weekly {by} {WEEKDAY_NAMES[match.group('weekday')]}{time}")
    for match in _finditer(EVERY_PERIOD_RE, text):
        if (RATE_BEFORE_RE.search(text[max(0, match.start() - 4):match.start()]) or RATE_AFTER_RE.match(text, match.end())
                or QUOTA_AFTER_RE.match(text, match.end()) or _names_a_schedule(text, match.end())):
            continue  # 每人每年, 每小时20蒸吨: rates; 每年培育…50家: a quota; 每周会议安排: a document's name
        yearly = EVERY_YEAR_DATE_RE.match(text, match.start())
        if yearly and SEASON_AFTER_RE.match(text, yearly.end()):
            continue  # 每年10月1日-次年4月30日: a season
        rule = _every_rule(match.group("n"), match.group("period"), _activity(text, match.end()), bool(match.group("skip")))
        yield _item(match, "recurring", rule)
    for match in _finditer(ONE_PER_RE, text):
        activity = ACTIVITY_NAMES.get(match.group("act"), match.group("act"))
        yield _item(match, "recurring", f"{PERIOD_NAMES[match.group('period')]} {activity}")
    for match in _finditer(PAIRED_RE, text):
        first, second = PAIRED_NAMES[match.group("a")], PAIRED_NAMES[match.group("b")]
        yield _item(match, "recurring", f"{PERIOD_NAMES[match.group('p')]} {first} and {second}")
    for match in _finditer(BY_PERIOD_RE, text):
        period, act = match.group("period"), match.group("act")
        if not act and period in BY_PERIOD_NEED_VERB and not BY_PERIOD_LICENSING_VERB_RE.match(text, match.end()):
            continue
        activity = ACTIVITY_NAMES.get(act) if act else None
        rule = PERIOD_NAMES[period] + (f" {activity}" if activity else "")
        yield _item(match, "recurring", rule)


def _names_a_schedule(text: str, end: int) -> bool:
    """每周日程, 每周重要活动安排: the period names a schedule (a document), unless a verb stands between."""
    name = SCHEDULE_NAME_AFTER_RE.match(text, end)
    return bool(name) and not (name.group("what") and ACTIVITY_RE.search(name.group("what")))


def _period_noun(period: str) -> str:
    return {"月": "month", "季度": "quarter", "季": "quarter", "半年": "half-year", "年": "year", "年度": "year"}[period]


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


def _amount(count: str, unit: str) -> str:
    unit = unit.lstrip("个")
    number = 0.5 if count == "半" else to_int(count)
    shown = f"{number:g}" if number is not None else count
    return f"{shown} {UNIT_NAMES.get(unit, unit)}{'' if number == 1 else 's'}"


def _relative(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(RELATIVE_RE, text):
        if to_int(match.group("count")) is None or COUNT_OVER_AFTER_RE.match(text, match.end()):
            continue  # 一年内一次或多次累计…: the period a count is made over
        amount = _amount(match.group("count"), match.group("unit"))
        event = match.group("since") or match.group("event")
        pair = PAIRED_EVENT_BEFORE_RE.search(text, max(0, match.start() - 3), match.start()) \
            if match.group("event") and "之日起" in match.group() else None
        if pair:  # 形成或变更之日起3个工作日内: the window alone, the rule naming both events
            window = match.start("count") if not match.group("low") else match.start("low")
            yield Deadline(text=text[window:match.end()], start=window, end=match.end(), kind="relative",
                           rule=f"within {amount} after {pair.group('first')}{text[pair.end() - 1]}{event}")
        elif event:
            yield _item(match, "relative", f"within {amount} after {event}")
        elif (match.group("within") in LENGTH_WITHIN or match.group("unit") in LENGTH_UNITS) \
                and text[match.start() - 1:match.start()] not in ("于", "在") \
                and not text[max(0, match.start() - 4):match.start()].rstrip().endswith("起"):
            # 在30个工作日内上报: from now; 工单的次日起13个工作日内: from an event's day (both windows)
            yield _item(match, "duration", f"at most {amount}")  # 90个工作日以内, 14个工作日内: a length
        else:
            yield _item(match, "relative", f"within {amount}")  # 2小时内: counted from now
    for match in BEFORE_EVENT_RE.finditer(text):
        if to_int(match.group("count")) is not None:
            yield _item(match, "relative", f"{_amount(match.group('count'), match.group('unit'))} before {match['event']}")
    for match in NTH_DAY_RE.finditer(text):
        if to_int(match.group("count")) is not None:
            n, unit = to_int(match.group("count")), UNIT_NAMES.get(match.group("unit").lstrip("个"), match.group("unit"))
            yield _item(match, "relative", f"by {unit} {n} after the event")
    for match in _finditer(TIME_SPAN_RE, text):
        if to_int(match.group("count")) is None:
            continue
        low = match.group("low")
        span = f"{to_int(low)}-" if low and to_int(low) is not None else ""
        yield _item(match, "relative", f"within {span}{_amount(match.group('count'), match.group('unit'))}")


DURATION_WORDS = {"最长": "at most", "不超过": "at most", "不得超过": "at most", "原则上不超过": "at most",
                  "不长于": "at most", "不多于": "at most", "最多": "at most", "最短": "at least",
                  "不短于": "at least", "不少于": "at least", "不得少于": "at least"}


def _duration(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(DURATION_LIMIT_RE, text):
        if match.group("cmp"):
            count, unit = match.group("count"), match.group("unit")
            qualifier = DURATION_WORDS.get(match.group("cmp"), "")
        else:
            count, unit = match.group("count2"), match.group("unit2")
            qualifier = DURATION_WORDS.get(match.group("lead2"), "for")
        if count != "半" and to_int(count) is None:
            continue
        yield _item(match, "duration", f"{qualifier} {_amount(count, unit)}".strip())
    for match in _finditer(DURATION_WITHIN_RE, text):
        if to_int(match.group("count")) is not None:
            yield _item(match, "duration", "at most " + _amount(match.group("count"), match.group("unit")))
    for match in _finditer(DURATION_AT_LEAST_RE, text):
        if to_int(match.group("count")) is not None:
            yield _item(match, "duration", "at least " + _amount(match.group("count"), match.group("unit")))
    for match in _finditer(DURATION_UNTIL_RE, text):
        yield _item(match, "duration", f"until {match.group('event')}")
    for match in _finditer(DURATION_EXTEND_RE, text):
        if to_int(match.group("count")) is not None:
            rule = "extended by " + _amount(match.group("count"), match.group("unit"))
            yield _item(match, "duration", rule)


def _start(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(START_RE, text):
        when = match.group("when")
        dated = any(match.group(name) is not None for name in ("year", "month", "period"))
        if not when or not (dated or _named_start(when)) or _comes_into_force(text, match):
            continue
        if START_REPORTED_AFTER_RE.match(text, match.end()):
            continue  # 从2020年1月1日起,已将…: what was done since then
        yield _item(match, "start", f"from {when}")
    for match in START_TODAY_RE.finditer(text):
        yield _item(match, "start", "from 即日")
    for match in _finditer(START_BARE_RE, text):
        if _comes_into_force(text, match):
            continue
        yield _item(match, "start", "from " + re.sub(r"\s+", "", match.group()).split("起")[0].split("开始")[0])


def _comes_into_force(text: str, match: re.Match) -> bool:
    """Whether a start is when the document comes into force (its lifecycle: 自2007年5月1日起施行,
    本通知自印发之日起执行), which is no time limit on what it asks."""
    if IN_FORCE_VERB_RE.search(match.group()):
        return True
    if not match.group().endswith(("执行", "实施")):
        return False
    sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。；;\n") + 1
    return IN_FORCE_SUBJECT_RE.search(text, sentence_start, match.start()) is not None


def _named_start(when: str) -> bool:
    return when.endswith("之日") or when[:2] in {"本月", "下月", "次月", "当月"} or when in {
        "即日", "今日", "今天", "今年", "明年", "次年", "下一年度", "下一年"}


FINDERS: list[Callable[[str, Optional[int]], Iterator[Deadline]]] = [
    _recurring, _absolute, _relative, _duration, _start, *SENTENCE_FINDERS, *WINDOW_FINDERS,
]


def _resolve(candidates: list[Deadline]) -> list[Deadline]:
    """Keep the longest of overlapping candidates (earlier finder wins a tie), in text order."""
    kept: list[Deadline] = []
    # The kept spans never overlap, so sorted by start their ends are sorted too: a candidate can
    # only overlap the kept span starting last at or before it, or the first one starting after it.
    starts: list[int] = []
    ends: list[int] = []
    ranked = sorted(enumerate(candidates), key=lambda pair: (-(pair[1].end - pair[1].start), pair[0]))
    for _, item in ranked:
        if item.end <= item.start:
            continue
        at = bisect_right(starts, item.start)
        if (at and ends[at - 1] > item.start) or (at < len(starts) and starts[at] < item.end):
            continue
        kept.append(item)
        starts.insert(at, item.start)
        ends.insert(at, item.end)
    return sorted(kept, key=lambda item: item.start)


def find_deadlines(text: str, year: int | None, today: str | None = None) -> list[Deadline]:
    """Every time constraint in ``text``; ``year`` dates the expressions that write none, ``today`` (the
    notice's ISO date) the ones counted from the notice (下周三前).

    The patterns read the text folded to simplified characters (``extractors.fold``: 每個月, 以內,
    兩週內 are read as 每个月, 以内, 两周内); each item's text is cut from ``text`` as written."""
    folded = fold(text)
    candidates = [item for finder in FINDERS for item in finder(folded, year)]
    kept = in_context(_resolve(candidates), folded, today)
    if folded is text or folded == text:
        return kept
    return [replace(item, text=text[item.start:item.end]) for item in kept]
