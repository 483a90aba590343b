"""What a deadline asks of an office, as the site shows it in lists and calendars.

* a dated deadline (kind ``deadline``) is due on its date;
* a recurring duty (``recurring``: 每个月5日前, 一周一报, 每季度) recurs by its rule
  (``extractors.recurrence``) from when it starts: the month a start written just before it in the same
  sentence names (从3月份开始，每个月5日前上报 → 1 March of the document's year), else the document's
  date (signed, else printed, else 1 January of its number's year); :func:`next_due` is its first
  occurrence on or after a day;
* a relative deadline (``relative``: 下达后30日内) is counted from an event: :func:`relative_to` names it
  with the words of the clause before it (各级扶贫资金下达), which the rule alone (``within 30 days after
  下达``) leaves out.

Pure functions of the stored values.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Optional

from extractors.recurrence import Recurrence, recurrence
from extractors.vocab import Examples
from pipeline.site.dates import month_start

# Where the clause holding a relative deadline begins: the last punctuation before it.
CLAUSE_START_RE = re.compile(r"[，。；：、,;:！？!?\n（）()“”]")
# Words opening a clause that are no part of the event counted from: 确保各级扶贫资金下达后30日内 → 各级扶贫资金下达.
CLAUSE_OPENERS_RE = re.compile(r"^(?:并且|并|要|须|必须|应当|应|务必|确保|力争|原则上|一般|在|于|自|从)+")
EXAMPLES = {
    "CLAUSE_START_RE": Examples(match=("，", "。", "；", "（"), no_match=("下", "后")),
    "CLAUSE_OPENERS_RE": Examples(match=("确保各级扶贫资金下达", "应当在收到通知"), no_match=("各级扶贫资金下达",)),
    "SELF_CONTAINED_EVENTS": Examples(match=("本", "收到"), no_match=("下达",)),
}
MAX_CLAUSE = 40  # characters read back from a relative deadline
# Events that name what they count from by themselves (收到通知后5个工作日内, 自本通知印发之日起): the
# clause before them is not part of the event.
SELF_CONTAINED_EVENTS = ("本", "收到", "接到", "接收", "收悉", "接获")


def iso(value: Optional[str]) -> Optional[datetime.date]:
    try:
        return datetime.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def duty_start(started: Optional[str], signed_date: Optional[str], printed_date: Optional[str] = None,
               year: Optional[int] = None) -> Optional[datetime.date]:
    """When a recurring duty starts: the month of ``started`` (the text of a start before it: 从3月份开始),
    in the document's year; else the document's date; else 1 January of its year; else None."""
    dated = iso(signed_date) or iso(printed_date)
    document_year = dated.year if dated else (int(year) if str(year or "").isdigit() else None)
    begun = month_start(started, document_year) if started else None
    if begun:
        return begun
    if dated:
        return dated
    return datetime.date(document_year, 1, 1) if document_year else None


@lru_cache(maxsize=16384)
def first_due(rule: Optional[str], start: Optional[datetime.date]) -> Optional[datetime.date]:
    """The first occurrence of a recurring duty on or after its start (kept: a duty comes back for
    each unit answering for it, and the same rules and dates in notice after notice)."""
    found = recurrence(rule)
    return found.first_on_or_after(start) if found and start else None


def next_due(rule: Optional[str], start: Optional[datetime.date], after: Optional[datetime.date]) -> Optional[datetime.date]:
    """The first occurrence on or after ``after`` (and not before the duty starts)."""
    begin = max(day for day in (start, after) if day) if (start or after) else None
    return first_due(rule, begin)


def schedule(rule: Optional[str]) -> Optional[str]:
    """The recurrence as its RRULE text, with what was assumed: ``FREQ=MONTHLY;BYMONTHDAY=-1 (…)``."""
    found: Optional[Recurrence] = recurrence(rule)
    if not found:
        return None
    text = ";".join(f"{key}={','.join(map(str, value)) if isinstance(value, list) else value}"
                    for key, value in found.ical().items())
    return f"{text}（{found.assumed}）" if found.assumed else text


def relative_to(rule: Optional[str], text_before: Optional[str]) -> Optional[str]:
    """The event a relative deadline counts from, with the words of its clause: ``rule`` ``within 30 days
    after 下达`` and the text before the deadline ``…确保各级扶贫资金`` give ``各级扶贫资金下达``."""
    if not rule or " after " not in rule:
        return None
    event = rule.split(" after ", 1)[1].strip()
    before = (text_before or "")[-MAX_CLAUSE:]
    starts = [match.end() for match in CLAUSE_START_RE.finditer(before)]
    clause = CLAUSE_OPENERS_RE.sub("", before[starts[-1] if starts else 0:].strip())
    if not clause or event.startswith(SELF_CONTAINED_EVENTS):
        return event
    return clause if clause.endswith(event) else clause + event


def describe(kind: Optional[str], rule: Optional[str], text_before: Optional[str] = None) -> Optional[str]:
    """One line saying what a deadline of any kind is, for lists."""
    if kind == "recurring":
        shown = schedule(rule)
        return f"定期 recurring: {rule}" + (f" → {shown}" if shown else "（无日历形式 no calendar form）")
    if kind == "relative":
        event = relative_to(rule, text_before)
        return f"相对于 relative to: {event}（{rule}）" if event else f"相对 relative: {rule}（从当下起算 counted from now）"
    return rule
