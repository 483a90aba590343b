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
``deadline_relative``, from the pieces in ``deadline_patterns``) with a builder function (``deadline_absolute``,
``deadline_schedules``, ``deadline_spans``, ``deadline_sentences``, ``deadline_windows``, ``deadline_phases``, ``deadline_events``, ``deadline_own_schedule``, ``deadline_tables``,
over the match helpers of ``deadline_items`` and the anchored scan of ``deadline_scan``); every pattern runs over
the whole text, then overlapping candidates are resolved longest first. Bare dates (the
signing line, ``…印发``), years used as names (``2020年是…``), ``疫情防控期间`` and ``及时`` are never
matched because every pattern needs a marker of limit, schedule, window or start.

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Callable, Iterator, Optional

from schema.models import Deadline

from .deadline_absolute import find_absolute
from .deadline_events import EVENT_FINDERS
from .deadline_own_schedule import OWN_SCHEDULE_FINDERS
from .deadline_tables import TABLE_FINDERS
from .deadline_numbers import CN_DIGIT, iso, month_end, to_int  # noqa: F401  (re-exported)
from .deadline_phases import PHASE_FINDERS
from .deadline_schedules import find_recurring
from .deadline_sentences import SENTENCE_FINDERS, in_context
from .deadline_spans import find_duration, find_relative, find_start
from .deadline_windows import WINDOW_FINDERS
from .deadline_years import sentence_year
from .fold import fold

FINDERS: list[Callable[[str, Optional[int]], Iterator[Deadline]]] = [
    find_recurring, find_absolute, find_relative, find_duration, find_start, *SENTENCE_FINDERS, *WINDOW_FINDERS, *PHASE_FINDERS,
    *EVENT_FINDERS, *OWN_SCHEDULE_FINDERS, *TABLE_FINDERS,
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


def _dated_by_their_sentences(items: list[Deadline], folded: str) -> list[Deadline]:
    """Limits left undated in a document of no one year, dated by the year their own sentence plans for
    (启动2019年…建设,确保在8月底前 beside 2018年度完成…): the finders run again in that year, and an item
    takes the date they give the same span."""
    years = {index: found for index, item in enumerate(items)
             if item.kind == "deadline" and item.date is None and (found := sentence_year(folded, item.start))}
    dated: dict[tuple[int, int, int], str] = {}
    for found in set(years.values()):
        for finder in FINDERS:
            for candidate in finder(folded, found):
                if candidate.kind == "deadline" and candidate.date:
                    dated.setdefault((found, candidate.start, candidate.end), candidate.date)
    return [replace(item, date=dated.get((years[index], item.start, item.end))) if index in years else item
            for index, item in enumerate(items)]


def find_deadlines(text: str, year: int | None, today: str | None = None) -> list[Deadline]:
    """Every time constraint in ``text``; ``year`` dates the expressions that write none, ``today`` (the
    notice's ISO date) the ones counted from the notice (下周三前).

    The patterns read the text folded to simplified characters (``extractors.fold``: 每個月, 以內,
    兩週內 are read as 每个月, 以内, 两周内); each item's text is cut from ``text`` as written."""
    folded = fold(text)
    candidates = [item for finder in FINDERS for item in finder(folded, year)]
    kept = in_context(_resolve(candidates), folded, today)
    if year is None:
        kept = _dated_by_their_sentences(kept, folded)
    if folded is text or folded == text:
        return kept
    return [replace(item, text=text[item.start:item.end]) for item in kept]
