"""Numbers and dates as notices write them, for ``extractors.deadlines`` and the lifecycle readers:
30 → 30, 三十一 → 31, 二〇二〇 → 2020; the ISO date of a (year, month, day) when it exists."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache
from typing import Optional

from .chinese_numerals import numeral_value

CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {zero: 0 for zero in "零○OoＯ０"}


def to_int(written: Optional[str]) -> Optional[int]:
    """30 → 30, 三十一 → 31, 两 → 2, 二〇二〇 → 2020; None when it is no number."""
    if not written:
        return None
    written = written.strip()
    if written.isdigit():
        return int(written)
    if len(written) == 4 and all(c in CN_DIGIT for c in written):  # years are read digit by digit
        return int("".join(str(CN_DIGIT[c]) for c in written))
    return _numeral_value(written)


# The same few numerals come back all the time (and cn2an, which reads the rarer forms, parses each anew).
@lru_cache(maxsize=4096)
def _numeral_value(written: str) -> Optional[int]:
    return numeral_value(written, "smart")


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def iso(year: Optional[int], month: int, day: int) -> Optional[str]:
    """The ISO date, or None when the year is unknown or the date does not exist."""
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
