"""Recurring duties as calendar recurrences: a recurring deadline's ``rule`` (written by
``extractors.deadlines``: ``monthly by day 5``, ``weekly report``, ``quarterly assessment``) read into
the parts of an RFC 5545 RRULE, evaluated with ``dateutil.rrule`` and written by ``icalendar``.

A rule that writes its day is that day: 每个月5日前 → the 5th of every month (a 30th or 31st falls on
the month's last day in a shorter month: ``BYMONTHDAY=30,-1;BYSETPOS=1``). A rule that writes no day
(每季度, 一周一报, 月统月报) is due by the end of its period, and the recurrence says so
(``Recurrence.assumed``): the last day of each month, quarter, half-year or year, Fridays for a week
(its last working day), the 10th, 20th and last day for a 旬. A schedule finer than a day (每小时) or
counted in working days (每3个工作日) has no calendar form: ``recurrence`` gives None. A school's term or year
(每学期, 每学年) has the dates of each school's calendar; it is shown at the usual ends of the autumn and spring terms
(31 January, 31 July), and says so.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from dateutil import rrule as du

from .deadline_patterns import PERIOD_NAMES, UNIT_NAMES, WEEKDAY_NAMES
from .vocab import Examples

WEEKDAY_CODES = {"Monday": "MO", "Tuesday": "TU", "Wednesday": "WE", "Thursday": "TH", "Friday": "FR",
                 "Saturday": "SA", "Sunday": "SU"}
FREQUENCIES = {"DAILY": du.DAILY, "WEEKLY": du.WEEKLY, "MONTHLY": du.MONTHLY, "YEARLY": du.YEARLY}
DUE_DAY_FALLBACK = 28  # a later day of the month does not exist every month


def _names(values) -> str:
    return "|".join(re.escape(value) for value in sorted(set(values), key=len, reverse=True))


# ``monthly by day 5`` · ``monthly on day 25`` · in odd or even months only (每单月10日前): ``odd months by day 10``
MONTH_DAY_RULE_RE = re.compile(r"^(?:monthly|(?P<parity>odd|even) months) (?:by|on) day (?P<day>\d{1,2})\b")
# The months of a rule written for odd or even months only.
PARITY_MONTHS = {"odd": tuple(range(1, 13, 2)), "even": tuple(range(2, 13, 2))}
# ``quarterly by day 30 of the quarter's last month`` · ``half-yearly on day 5 of the half-year's first month``
PERIOD_MONTH_DAY_RULE_RE = re.compile(
    r"^(?P<name>quarterly|half-yearly|yearly) (?:by|on) day (?P<day>\d{1,2}) of the (?:quarter|half-year|year)'s "
    r"(?P<which>last|first|\d{1,2})(?:st|nd|rd|th)? month")
# ``monthly by the end of the month`` · ``yearly by the end of the year``
PERIOD_END_RULE_RE = re.compile(r"^(?P<name>" + _names(PERIOD_NAMES.values()) + r") by the end of the ")
# ``yearly by 06-30`` · ``yearly on 01-10`` · ``yearly by the end of month 3``
YEAR_DATE_RULE_RE = re.compile(
    r"^yearly (?:by|on) (?:(?P<month>\d{2})-(?P<day>\d{2})|the end of month (?P<end_month>\d{1,2}))\b")
# ``weekly on Monday`` · ``weekly by Friday``
WEEKDAY_RULE_RE = re.compile(r"^weekly (?:by|on) (?P<weekday>" + _names(WEEKDAY_NAMES.values()) + r")\b")
# ``monthly, early in the month`` (每月上旬) · ``monthly, late in the month`` (每月下旬)
MONTH_PART_RULE_RE = re.compile(r"^monthly, (?P<part>early in|in the middle of|late in) the month\b")
# ``yearly, early in the year`` (每年年初) · ``each term, early in the term`` (每学期初) · ``quarterly, early in the quarter``
PERIOD_START_RULE_RE = re.compile(
    r"^(?P<name>quarterly|half-yearly|yearly|each term|each school year), early in the (?:quarter|half-year|year|term|school year)\b")
# ``every 2 weeks`` · ``every 3 months report``
# A range (every 1-2 years) is shown at its upper end: the longest the rule allows between two acts.
EVERY_N_RULE_RE = re.compile(r"^every (?:(?P<low>\d{1,3})-)?(?P<n>\d{1,3}) (?P<unit>" + _names(UNIT_NAMES.values()) + r")s\b")
# ``weekly report`` · ``quarterly assessment`` · ``monthly statistics and report`` · ``every ten days`` ·
# ``daily, 20时 to 20时 the next day`` (a daily report over a day counted from 20:00)
PERIOD_RULE_RE = re.compile(r"^(?P<name>" + _names(PERIOD_NAMES.values()) + r")(?:[ ,]|$)")

EXAMPLES = {
    "MONTH_DAY_RULE_RE": Examples(match=("monthly by day 5", "monthly on day 25", "odd months by day 10",
                                         "even months by day 5"), no_match=("monthly report", "odd months")),
    "PERIOD_MONTH_DAY_RULE_RE": Examples(
        match=("quarterly by day 30 of the quarter's last month", "half-yearly on day 5 of the half-year's first month",
               "quarterly by day 10 of the quarter's 2nd month"),
        no_match=("quarterly assessment",)),
    "PERIOD_END_RULE_RE": Examples(match=("monthly by the end of the month", "yearly by the end of the year"),
                                   no_match=("yearly by 06-30",)),
    "YEAR_DATE_RULE_RE": Examples(match=("yearly by 06-30", "yearly on 01-10", "yearly by the end of month 3"),
                                  no_match=("yearly report",)),
    "WEEKDAY_RULE_RE": Examples(match=("weekly on Monday", "weekly by Friday"), no_match=("weekly report",)),
    "MONTH_PART_RULE_RE": Examples(match=("monthly, early in the month", "monthly, late in the month"),
                                   no_match=("monthly report",)),
    "PERIOD_START_RULE_RE": Examples(match=("yearly, early in the year", "each term, early in the term"),
                                     no_match=("monthly, early in the month", "yearly report")),
    "EVERY_N_RULE_RE": Examples(match=("every 2 weeks", "every 3 months report", "every 1-2 years"),
                                no_match=("every ten days",)),
    "PERIOD_RULE_RE": Examples(match=("weekly report", "quarterly assessment", "monthly statistics and report",
                                      "every ten days", "twice a month", "monthly", "daily, 20时 to 20时 the next day"),
                               no_match=("within 30 days after 下达", "from 3月份")),
}


@dataclass(frozen=True)
class Recurrence:
    """The parts of an RRULE, and what was assumed when the rule writes no day."""

    freq: str  # DAILY, WEEKLY, MONTHLY, YEARLY
    interval: int = 1
    bymonth: tuple = ()
    bymonthday: tuple = ()
    byweekday: tuple = ()  # MO, TU, …
    bysetpos: Optional[int] = None
    assumed: Optional[str] = None

    def rrule(self, start: datetime.date) -> du.rrule:
        """The occurrences on or after ``start`` (dateutil; datetimes at midnight)."""
        return du.rrule(FREQUENCIES[self.freq], dtstart=datetime.datetime.combine(start, datetime.time()),
                        interval=self.interval, bymonth=self.bymonth or None, bymonthday=self.bymonthday or None,
                        byweekday=[getattr(du, code) for code in self.byweekday] or None, bysetpos=self.bysetpos)

    def first_on_or_after(self, day: datetime.date) -> Optional[datetime.date]:
        found = self.rrule(day).after(datetime.datetime.combine(day, datetime.time()), inc=True)
        return found.date() if found else None

    def ical(self) -> dict:
        """The RRULE as ``icalendar``'s ``vRecur`` takes it."""
        parts = {"FREQ": self.freq}
        if self.interval != 1:
            parts["INTERVAL"] = self.interval
        if self.bymonth:
            parts["BYMONTH"] = list(self.bymonth)
        if self.bymonthday:
            parts["BYMONTHDAY"] = list(self.bymonthday)
        if self.byweekday:
            parts["BYDAY"] = list(self.byweekday)
        if self.bysetpos is not None:
            parts["BYSETPOS"] = [self.bysetpos]
        return parts


def _day_of_month(day: int) -> dict:
    """A due day of the month, kept in months too short for it (30 → the 30th or the month's last)."""
    if day <= DUE_DAY_FALLBACK:
        return {"bymonthday": (day,)}
    return {"bymonthday": (day, -1), "bysetpos": 1}


# A period with no day written: when in it the duty falls due, and how that is said.
PERIOD_DEFAULTS = {
    "daily": (Recurrence("DAILY"), None),
    "every working day": (Recurrence("WEEKLY", byweekday=("MO", "TU", "WE", "TH", "FR")), None),
    "weekly": (Recurrence("WEEKLY", byweekday=("FR",)),
               "未写明哪一天，按每周五（一周最后一个工作日）显示 no day written: shown on Fridays, the week's last working day"),
    "every ten days": (Recurrence("MONTHLY", bymonthday=(10, 20, -1)),
                       "未写明哪一天，按每旬末（10日、20日、月末）显示 no day written: shown at the end of each ten days"),
    "twice a month": (Recurrence("MONTHLY", bymonthday=(15, -1)),
                      "未写明哪一天，按每月15日和月末显示 no day written: shown on the 15th and the last day of each month"),
    "monthly": (Recurrence("MONTHLY", bymonthday=(-1,)),
                "未写明哪一天，按每月最后一天显示 no day written: shown on the last day of each month"),
    "quarterly": (Recurrence("MONTHLY", bymonth=(3, 6, 9, 12), bymonthday=(-1,)),
                  "未写明哪一天，按每季度最后一天显示 no day written: shown on the last day of each quarter"),
    "half-yearly": (Recurrence("MONTHLY", bymonth=(6, 12), bymonthday=(-1,)),
                    "未写明哪一天，按6月30日和12月31日显示 no day written: shown on 30 June and 31 December"),
    "yearly": (Recurrence("MONTHLY", bymonth=(12,), bymonthday=(-1,)),
               "未写明哪一天，按每年12月31日显示 no day written: shown on 31 December"),
    "each term": (Recurrence("MONTHLY", bymonth=(1, 7), bymonthday=(-1,)),
                  "学期日期以各校校历为准，按1月31日和7月31日（秋季、春季学期通常结束时）显示 a term's dates are the "
                  "school's calendar: shown on 31 January and 31 July, when the autumn and spring terms usually end"),
    "each school year": (Recurrence("MONTHLY", bymonth=(7,), bymonthday=(-1,)),
                         "学年日期以各校校历为准，按7月31日显示 a school year's dates are the school's calendar: "
                         "shown on 31 July, when it usually ends"),
}
# A part of every month (旬) with no day written: due by its last day, and how that is said.
MONTH_PART_DAYS = {
    "early in": (10, "每月上旬，按每月10日显示 early in the month: shown on the 10th"),
    "in the middle of": (20, "每月中旬，按每月20日显示 in the middle of the month: shown on the 20th"),
    "late in": (-1, "每月下旬，按每月最后一天显示 late in the month: shown on the last day"),
}
# The start of a period with no day written (每年年初, 每季度初, 每学期初): due by the end of its first month, and how that is
# said; a term's first month is the school's (autumn terms open in September, spring terms in February or March).
PERIOD_START_DEFAULTS = {
    "quarterly": (Recurrence("MONTHLY", bymonth=(1, 4, 7, 10), bymonthday=(-1,)),
                  "每季度初，按每季度第一个月最后一天显示 early in the quarter: shown on the last day of its first month"),
    "half-yearly": (Recurrence("MONTHLY", bymonth=(1, 7), bymonthday=(-1,)),
                    "每半年初，按1月31日和7月31日显示 early in the half-year: shown on 31 January and 31 July"),
    "yearly": (Recurrence("MONTHLY", bymonth=(1,), bymonthday=(-1,)),
               "每年年初，按每年1月31日显示 early in the year: shown on 31 January"),
    "each term": (Recurrence("MONTHLY", bymonth=(3, 9), bymonthday=(-1,)),
                  "学期日期以各校校历为准，学期初按3月31日和9月30日（春季、秋季学期开学之月末）显示 a term's dates are the "
                  "school's calendar: early in the term shown on 31 March and 30 September"),
    "each school year": (Recurrence("MONTHLY", bymonth=(9,), bymonthday=(-1,)),
                         "学年日期以各校校历为准，学年初按9月30日显示 a school year's dates are the school's calendar: "
                         "early in the year shown on 30 September"),
}
# The months of a period in which its Nth month falls: (months in the period, periods a year).
PERIOD_MONTHS = {"quarterly": 3, "half-yearly": 6, "yearly": 12}
# every N of a unit: (frequency, months per unit or None, default parts)
EVERY_N = {
    "day": ("DAILY", {}), "calendar day": ("DAILY", {}),
    "week": ("WEEKLY", {"byweekday": ("FR",)}),
    "month": ("MONTHLY", {"bymonthday": (-1,)}),
    "quarter": ("MONTHLY", {"bymonthday": (-1,)}),  # counted in months: 3 a quarter
    "year": ("YEARLY", {"bymonth": (12,), "bymonthday": (31,)}),
}


@lru_cache(maxsize=1024)
def recurrence(rule: Optional[str]) -> Optional[Recurrence]:
    """The calendar recurrence of a recurring deadline's rule, or None when it has none."""
    rule = (rule or "").strip()
    found = MONTH_DAY_RULE_RE.match(rule)
    if found:
        months = {"bymonth": PARITY_MONTHS[found["parity"]]} if found["parity"] else {}
        return Recurrence("MONTHLY", **months, **_day_of_month(int(found["day"])))
    found = PERIOD_MONTH_DAY_RULE_RE.match(rule)
    if found:
        span = PERIOD_MONTHS[found["name"]]
        which = found["which"]
        nth = span if which == "last" else 1 if which == "first" else int(which)
        if not 1 <= nth <= span:
            return None
        return Recurrence("MONTHLY", bymonth=tuple(range(nth, 13, span)), **_day_of_month(int(found["day"])))
    found = YEAR_DATE_RULE_RE.match(rule)
    if found:
        month = int(found["month"] or found["end_month"])
        if not 1 <= month <= 12:
            return None
        parts = _day_of_month(int(found["day"])) if found["day"] else {"bymonthday": (-1,)}
        return Recurrence("MONTHLY", bymonth=(month,), **parts)
    found = MONTH_PART_RULE_RE.match(rule)
    if found:
        day, assumed = MONTH_PART_DAYS[found["part"]]
        return Recurrence("MONTHLY", bymonthday=(day,), assumed=assumed)
    found = PERIOD_START_RULE_RE.match(rule)
    if found:
        default, assumed = PERIOD_START_DEFAULTS[found["name"]]
        return replace(default, assumed=assumed)
    found = WEEKDAY_RULE_RE.match(rule)
    if found:
        return Recurrence("WEEKLY", byweekday=(WEEKDAY_CODES[found["weekday"]],))
    found = EVERY_N_RULE_RE.match(rule)
    if found:
        return _every_n(int(found["n"]), found["unit"], ranged=found["low"] is not None)
    found = PERIOD_END_RULE_RE.match(rule) or PERIOD_RULE_RE.match(rule)
    if found and found["name"] in PERIOD_DEFAULTS:
        default, assumed = PERIOD_DEFAULTS[found["name"]]
        # "by the end of the month" writes the day the default assumes
        return replace(default, assumed=None if rule.startswith(f"{found['name']} by the end") else assumed)
    return None


def _every_n(n: int, unit: str, ranged: bool = False) -> Optional[Recurrence]:
    if unit not in EVERY_N or n < 1:
        return None  # every N hours, minutes or working days: no all-day calendar form
    freq, parts = EVERY_N[unit]
    interval = n * 3 if unit == "quarter" else n
    assumed = None if freq == "DAILY" else f"未写明哪一天 no day written: shown at the end of each {n} {unit}s"
    if ranged:
        assumed = f"间隔为一个范围，按最长间隔显示 a range of intervals: shown every {n} {unit}s, the longest it allows"
    return Recurrence(freq, interval=interval, assumed=assumed, **parts)
