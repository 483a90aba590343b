"""Dates as people type them into the site's forms: 2020-03-01, 2020-3-1, 2020/3/1, 2020.3.1,
2020年3月1日 (or 号), 20200301, full-width digits, 二〇二〇年三月一日; a month (2020年3月, 2020/3) or a
year (2020年) means its first day. Read to an ISO date, so that SQL compares dates, not strings
(as strings, 2020/3/1 sorts after every 2020-… date).

``read_date`` raises ``DateError`` with one sentence naming what was typed and the forms accepted;
``month_start`` reads the month a start is written in (从3月份开始 → the month's first day).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Optional

from extractors.deadlines import to_int
from extractors.vocab import Examples

NUMBER = r"\d{1,4}|[〇零○一二三四五六七八九十两]{1,4}"
# 2020-3-1, 2020/3/1, 2020.3.1, 2020年3月1日, 2020年3月, 2020/3, 2020年, 二〇二〇年三月一日
TYPED_DATE_RE = re.compile(
    r"(?P<year>\d{4}|[〇零○一二三四五六七八九]{4})\s*(?:年|[-/.])"
    r"(?:\s*(?P<month>" + NUMBER + r")\s*(?:月份?|[-/.])?"
    r"(?:\s*(?P<day>" + NUMBER + r")\s*[日号]?)?)?"
)
COMPACT_DATE_RE = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})")  # 20200301
# The month a start is written in: 3月份, 3月, 2021年3月, 2021年第二季度 is not read (None).
MONTH_RE = re.compile(r"(?:(?P<year>\d{4}|[〇零○一二三四五六七八九]{4})\s*年)?\s*(?P<month>" + NUMBER + r")\s*月份?")

ACCEPTED = "2020-03-01, 2020/3/1, 2020年3月1日 or 20200301"
TODAY_WORDS = frozenset({"今天", "今日", "当天", "today"})  # the day the page is asked for

EXAMPLES = {
    "TYPED_DATE_RE": Examples(match=("2020-03-01", "2020/3/1", "2020.3.1", "2020年3月1日", "2020年3月", "2020年",
                                     "二〇二〇年三月一日", "2020 年 3 月 1 号"),
                              no_match=("3/1/2020", "昨天", "03-01")),
    "COMPACT_DATE_RE": Examples(match=("20200301",), no_match=("2020031", "2020-03-01")),
    "TODAY_WORDS": Examples(match=("今天", "today"), no_match=("明天", "昨天")),
    "MONTH_RE": Examples(match=("3月份", "3月", "2021年3月", "十二月"), no_match=("第二季度", "即日")),
}


class DateError(ValueError):
    """What was typed is no date: the message is one sentence for the person who typed it."""


def read_date(typed: Optional[str], today: Optional[datetime.date] = None) -> Optional[datetime.date]:
    """The date ``typed`` means (今天 is ``today``, by default the machine's), None when nothing was
    typed; ``DateError`` when it is no date."""
    text = unicodedata.normalize("NFKC", typed or "").strip()
    if not text:
        return None
    if text.lower() in TODAY_WORDS:
        return today or datetime.date.today()
    match = COMPACT_DATE_RE.fullmatch(text) or TYPED_DATE_RE.fullmatch(text)
    if not match:
        raise DateError(f"“{typed.strip()}”不是日期 is not a date: write it as {ACCEPTED}")
    year, month, day = (to_int(match.group(name)) if match.group(name) else None for name in ("year", "month", "day"))
    try:
        return datetime.date(year, month or 1, day or 1)
    except (TypeError, ValueError):
        raise DateError(f"“{typed.strip()}”不是日历上的日子 is no day of the calendar: write it as {ACCEPTED}") from None


def iso_date(typed: Optional[str]) -> Optional[str]:
    """The ISO form of a typed date; None when nothing was typed or it is no date (for SQL: an
    exception raised in an SQL function reaches the person as "user-defined function raised
    exception", and the server's log as a traceback; the site says what is wrong instead)."""
    try:
        read = read_date(typed)
    except DateError:
        return None
    return read.isoformat() if read else None


def month_start(written: Optional[str], year: Optional[int]) -> Optional[datetime.date]:
    """The first day of the month a start names (3月份 in ``year``, 2021年3月), else None."""
    match = MONTH_RE.search(unicodedata.normalize("NFKC", written or ""))
    if not match:
        return None
    month = to_int(match.group("month"))
    year = to_int(match.group("year")) if match.group("year") else year
    if not year or not month or not 1 <= month <= 12:
        return None
    return datetime.date(year, month, 1)
