"""Dates as lifecycle statements write them, and the arithmetic of their periods (``extractors.lifecycle``).

    2021年1月1日 · 二○○九年七月一日 · 2021 年 1 月 1 日 · 2019-12-30     a full date
    2025年底 · 2025年末                                                  a year's last day
    中華民國107年11月28日 · 中華民國一百十二年十二月二十一日            the Republic's calendar (year + 1911)
    90年1月1日 (in a text dated 中華民國89年…)                          a short year: the Republic's, in such a text
    实施日期:20020401 · 生效日期:2018年03月27                          a label's compact date, or one without 日

A short year (90年, 一百年) is read only in a text that dates itself in the Republic's calendar
(``republic_calendar``); elsewhere it is no date (``parse_date`` returns None).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .deadline_numbers import iso, month_end, to_int
from .vocab import Examples

GAP = r"\s{0,3}"
_CN_YEAR = "[〇零○OoＯ０一二三四五六七八九]{4}"
# The Republic's era name before its year (folded to simplified characters: 中華民國 → 中华民国).
ERA_NAMES = ("中华民国", "民国")
_SHORT_YEAR = r"(?<![\d〇零○一二三四五六七八九十百])(?:\d{2,3}|[一二三四五六七八九十百零〇○]{1,6})"
_ERA_YEAR = r"(?:" + "|".join(ERA_NAMES) + r")" + GAP + r"(?:\d{2,3}|[一二三四五六七八九十百零〇○]{1,6})"
_YEAR = (r"(?:(?<!\d)(?:19|20)\d{2}|" + _CN_YEAR + "|" + _ERA_YEAR + "|" + _SHORT_YEAR + ")" + GAP + "年")
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])" + GAP + "月"
_DAY_NUMBER = r"(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY = _DAY_NUMBER + GAP + "[日号]"
_ISO = r"(?<!\d)(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)"
# A full date as written: 2021年1月1日, 二○○九年七月一日, 2021 年 1 月 1 日, 中华民国107年11月28日; or ISO.
WRITTEN_DATE = _YEAR + GAP + _MONTH + GAP + _DAY + "|" + _ISO
# What a label (实施日期, 生效日期, 失效日期 …) may give besides: a compact date (20020401) or one whose
# 日 was left off (2018年03月27).
LABEL_DATE = (WRITTEN_DATE + r"|(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
              + r"|(?<!\d)(?:19|20)\d{2}" + GAP + "年" + GAP + r"\d{1,2}" + GAP + "月" + GAP + r"\d{1,2}(?![\d日号])")
# A year's last day: 2025年底, 2025年末, 2025年年底.
YEAR_END = _YEAR + "(?:年)?[底末]"
# One date's parts, to read a date matched by WRITTEN_DATE or LABEL_DATE (or a year's end: 2025年底).
DATE_PARTS_RE = re.compile(
    r"(?P<year>(?:19|20)\d{2}|" + _CN_YEAR + r")\s{0,3}(?:年|[-./])\s{0,3}"
    r"(?:(?P<end>底|末)|(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s{0,3}(?:月|[-./])\s{0,3}"
    r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])?)"
)
# The same parts with a year of the Republic's calendar, its era name written or not.
ERA_DATE_PARTS_RE = re.compile(
    r"(?:(?P<era>" + "|".join(ERA_NAMES) + r")\s{0,3})?(?P<year>\d{2,3}|[一二三四五六七八九十百零〇○]{1,6})\s{0,3}年\s{0,3}"
    r"(?:(?P<end>底|末)|(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s{0,3}月\s{0,3}(?P<day>" + _DAY_NUMBER + r")?)"
)
COMPACT_DATE_RE = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})$")
# A text that dates itself in the Republic's calendar: its short years are the Republic's too.
ERA_YEAR_RE = re.compile(_ERA_YEAR + GAP + "年")
REPUBLIC_YEAR_ONE = 1911  # the Republic's year 1 is 1912


def republic_calendar(folded: str) -> bool:
    """Whether a text (folded to simplified characters) dates itself in the Republic's calendar."""
    return ERA_YEAR_RE.search(folded) is not None


def parse_date(written: str, republic: bool = False) -> Optional[date]:
    """2021年1月1日, 二○○九年七月一日, 2019-12-30, 2025年底, 20020401, 中华民国107年11月28日 → the day
    (a year's end: its last day); a short year (90年1月1日) only when ``republic``."""
    written = written.strip()
    compact = COMPACT_DATE_RE.match(written)
    if compact:
        value = iso(*map(int, compact.groups()))
        return date.fromisoformat(value) if value else None
    found = DATE_PARTS_RE.search(written)
    year = to_int(found["year"]) if found else None
    if found is None or year is None:
        found = ERA_DATE_PARTS_RE.search(written)
        year = to_int(found["year"]) if found else None
        if found is None or year is None or not (found["era"] or republic):
            return None
        year += REPUBLIC_YEAR_ONE
    if found["end"]:
        return date(year, 12, 31)
    month = to_int(found["month"])
    if month is None or not 1 <= month <= 12:
        return None
    day = to_int(found["day"]) if found["day"] else month_end(year, month)
    value = iso(year, month, day) if day else None
    return date.fromisoformat(value) if value else None


def add_period(start: date, count: int, unit: str) -> Optional[date]:
    """``start`` moved on by ``count`` days, months or years (a month's day kept, or its last day)."""
    if unit == "days":
        return start + timedelta(days=count)
    months = count * (12 if unit == "years" else 1)
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    month += 1
    return date(year, month, min(start.day, month_end(year, month)))


def day_before(day: Optional[date]) -> Optional[date]:
    """The last day in force of a document that stops on ``day`` (自2011年1月1日起停止适用)."""
    return day - timedelta(days=1) if day else None


EXAMPLES = {
    "DATE_PARTS_RE": Examples(match=("2021年1月1日", "二○○九年七月一日", "2019-12-30", "2025年底"), no_match=("1月1日",)),
    "ERA_DATE_PARTS_RE": Examples(match=("中华民国107年11月28日", "一百年一月一日", "90年1月1日"), no_match=("1月1日",)),
    "COMPACT_DATE_RE": Examples(match=("20020401",), no_match=("2002040", "200204011")),
    "ERA_YEAR_RE": Examples(match=("中华民国89年", "中华民国一百十二年", "民国 38 年"), no_match=("2021年", "国民经济")),
    "ERA_NAMES": Examples(match=("中华民国", "民国"), no_match=("中华人民共和国",)),
}
