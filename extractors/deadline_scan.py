"""Where the costly deadline patterns can match: each one tried only within reach of its anchors.

Split from ``extractors.deadlines``; ``finditer_anchored(pattern, text)`` gives exactly
``pattern.finditer(text)``."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from .anchored_scan import finditer_near
from .deadline_events import EVENT_ANCHORS
from .deadline_own_schedule import OWN_SCHEDULE_ANCHORS
from .deadline_dates import (
    BARE_RANGE_WITHIN_RE, BRACKETED_RANGE_RE, CLAUSE_DATE_DUE_RE, DATE_BEFORE_RE, DATE_BY_RE, DATE_TO_RE, DAY_ALONE_RE,
    LOST_MONTH_RE, LOST_YEAR_MONTH_RE, PERIOD_RE, PHASE_DAY_RE, PHASE_RANGE_RE, PLACE_YEAR_RE, PLANNED_YEAR_RE, RANGE_RE,
    SENT_ON_RE, YEAR_BEFORE_RE, YEAR_BY_RE,
    YEAR_END_RE,
)
from .deadline_recurrences import EVERY_N_ONE_RE, LABELLED_DAY_TIME_RE, MONTH_AFTER_DAY_RE, QUARTER_AFTER_DAY_RE
from .deadline_relative import (
    BEFORE_EVENT_RE, DURATION_AT_LEAST_RE, DURATION_LIMIT_RE, DURATION_WITHIN_RE, INTERVAL_LEAD, LIMIT_COMPARATORS,
    LIMIT_LENGTH_WORDS, LIMIT_PERIODS, RELATIVE_RE, START_BARE_RE, START_ON_RECEIPT_RE, START_TODAY_RE,
)
from .deadline_sentences import MOMENT_ANCHORS, SENTENCE_ANCHORS
from .deadline_windows import WINDOW_ANCHORS

# Most patterns above may start at almost any character (an optional year, a count), so
# ``finditer`` tries them at every position of the text. Each one, though, always has one of a few
# characters (or words) starting at most ``reach`` characters after its start (a 月 after the year
# and month, a 内 at the end of a window): pattern -> (those anchors, reach). ``finditer_anchored`` tries
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
    DURATION_LIMIT_RE: (LIMIT_COMPARATORS + LIMIT_LENGTH_WORDS + LIMIT_PERIODS + (INTERVAL_LEAD,), 6),
    YEAR_BY_RE: ("到", 0),
    # 每个 or 第 and a quarter (2), 季度 (2) and a gap (3) before 季后
    QUARTER_AFTER_DAY_RE: (("季后",), 7),
    # a year (11) and a month (5) before its 月; after a phase's name (a look-behind), a month (5)
    CLAUSE_DATE_DUE_RE: ("月", 16),
    PHASE_RANGE_RE: ("月", 5),
    PHASE_DAY_RE: ("月", 5),
    # a year's four digits and a gap (7) before its 年
    RANGE_RE: ("年", 7),
    # a month (2 + gap) and a day (2 + gap), 月 and 日, a dash and the end's month and day before 内
    BARE_RANGE_WITHIN_RE: ("内", 30),
    PLANNED_YEAR_RE: ("年", 7),
    # a month (2) and a day (2) glued before 日 or 号 (630日前)
    LOST_MONTH_RE: ("日号", 4),
    # a year (4), a month (2) and a day (2) glued before 日 or 号 (2018319日之前)
    LOST_YEAR_MONTH_RE: ("日号", 8),
    # a day (2) before its 日 or 号 (20日以前, after a date that named the month)
    DAY_ALONE_RE: ("日号", 2),
    # the match starts at its 到 (look-behinds only before it)
    DATE_TO_RE: ("到", 0),
    # look-behinds first, which ``finditer`` tries at every character: a year (4) and a gap before 年; a gap and a
    # month (2 + gap) before 月; a gap before 每; two characters of event before 前; the match starts at 月后 or 即
    YEAR_BEFORE_RE: ("年", 7),
    PLACE_YEAR_RE: ("年", 7),
    BRACKETED_RANGE_RE: ("月", 8),
    LABELLED_DAY_TIME_RE: ("每", 3),
    BEFORE_EVENT_RE: ("前", 2),
    MONTH_AFTER_DAY_RE: (("月后",), 0),
    # a count (1-2: 5) before its period, whose last character starts the anchor (个月: 1 more); words, 一 alone is everywhere
    EVERY_N_ONE_RE: (("年一", "月一", "周一"), 6),
    START_TODAY_RE: ("即", 0),
    # a look-behind first; the match starts at its verb
    START_ON_RECEIPT_RE: (("收到", "接到", "接获"), 0),
    **SENTENCE_ANCHORS,  # the patterns of running sentences (extractors.deadline_sentences)
    **MOMENT_ANCHORS,  # and its named moments, calendar and year windows
    **WINDOW_ANCHORS,  # windows bounded by an event or a schedule before them (extractors.deadline_windows)
    **EVENT_ANCHORS,  # day ranges (extractors.deadline_events)
    **OWN_SCHEDULE_ANCHORS,  # the notice's own scheduled steps (extractors.deadline_own_schedule)
    # PAIRED_RE is not here: it starts with a character class, which ``finditer`` scans for faster.
}


def finditer_anchored(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, trying the pattern only within reach of its anchors."""
    if pattern not in ANCHORS:
        return pattern.finditer(text)
    return finditer_near(pattern, text, *ANCHORS[pattern])
