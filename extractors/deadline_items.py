"""Building a deadline item from a pattern's match: the year and last day it writes, the activity
after it, an amount of time in words (split from ``extractors.deadlines``)."""

from __future__ import annotations

import re
from typing import Optional

from schema.models import Deadline

from .deadline_numbers import iso, month_end, to_int
from .deadline_patterns import ACTIVITY_NAMES, ACTIVITY_RE, CLAUSE_END, DECIMAL_RE, UNIT_NAMES

def written_year(match: re.Match, year: Optional[int]) -> Optional[int]:
    """The year a match writes (2020年, 今年, 明年), else the document's year."""
    groups = match.groupdict()
    if groups.get("year"):
        return to_int(groups["year"])
    relative = groups.get("rel")
    if relative and year is not None:
        return year + 1 if relative[:1] in "明次翌" else year
    return year


def last_day(match: re.Match, year: Optional[int]) -> Optional[tuple[int, int, Optional[int]]]:
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


def deadline_on(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    resolved = last_day(match, written_year(match, year))
    if resolved is None:
        return None
    y, m, d = resolved
    return item(match, "deadline", date_=iso(y, m, d) if d is not None else None)


def clause_after(text: str, end: int, limit: int = 24) -> str:
    tail = text[end:end + limit]
    stop = CLAUSE_END.search(tail)
    return tail[: stop.start()] if stop else tail


def activity_after(text: str, end: int) -> Optional[str]:
    found = ACTIVITY_RE.search(clause_after(text, end))
    return ACTIVITY_NAMES.get(found.group()) if found else None


def item(match: re.Match, kind: str, rule: Optional[str] = None, date_: Optional[str] = None) -> Deadline:
    return Deadline(text=match.group(), start=match.start(), end=match.end(), kind=kind,
                    date=date_, rule=rule)


def amount_words(count: str, unit: str) -> str:
    unit = unit.lstrip("个")
    number = 0.5 if count == "半" else float(count) if DECIMAL_RE.fullmatch(count) else to_int(count)
    shown = f"{number:g}" if number is not None else count
    return f"{shown} {UNIT_NAMES.get(unit, unit)}{'' if number == 1 else 's'}"
