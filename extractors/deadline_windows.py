"""Windows and schedules that take their bounds from an event or from a schedule written just before them
(for ``extractors.deadlines``), as time-limit rules and emergency notices write them:

* the day of an event, or the day after it, after 在: 应在收到转办件工单的当日 · 在答复诉求人的当天 · 在办理时限
  到期次日发出 (relative; not 次日起13个工作日内, the start of a window, nor 能当天答复的, no 在);
* the same day as an obligation, after a modal: 必须当日呈阅 (relative; not 当日的阅件, the day's files);
* a span of working days before the verb it bounds, without 内: 要在 3-5 个工作日办结 (relative);
* a window of each day running into the next: 每日20时至次日20时的疫情 (recurring);
* a second time of day sharing the 每天 of the first: 每天上午8点前、下午17点前各续报1次 (recurring);
* a window whose number the copy lost (a template's blank, a dropped digit) after 在/于: 主管领导或督查员应在个工作日
  内审核批复 · 请于  个工作日内报送 (relative, its length unknown);
* a start at an hour of a day: 自9月24日22时00分起 (a start);
* the end of a period whose start was just given: 从2015年3月25日开始至2015年6月30日结束 (the last day).

Each pattern reads the text folded to simplified characters, like every pattern of
``extractors.deadline_patterns``, with bounded quantifiers only; the ones that may start almost
anywhere are tried only within reach of their anchors (``extractors.anchored_scan``).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from .lazy_patterns import compiled_later
from schema.models import Deadline

from .anchored_scan import finditer_near
from .deadline_numbers import iso, to_int
from .deadline_patterns import COUNT, DAY, GAP, MONTH, TIME_OF_DAY, YEAR
from .deadline_relative import IN_FORCE_AFTER_START_RE, IN_FORCE_ENDS_AFTER_RE
from .vocab import Examples

# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

# The day of an event or the day after it, the event written after 在 and ending in 的 (or 到期): 在收到
# 工单的当日 · 在办理时限到期次日. Not 次日起 (a window's start), 当日和累计 (a count), 当天下午前 (a time of the day).
EVENT_DAY_RE = compiled_later(r"(?:(?<=的)|(?<=到期))(?P<day>当日|当天|次日)(?![起内前后和及与\d上下中晚早])")
# The clause before such a day names its event after 在 (not 对于…的当天, no event): …应在收到转办件工单的.
EVENT_DAY_CLAUSE_RE = compiled_later(r"在[^，,。；;：:！!？?\n“”]{2,30}$")
# The same day as an obligation, after a modal and before its verb: 当日的阅件必须当日呈阅 · 应当天办结 (the day a file
# arrives: relative). Not 当日的阅件 (the day's files, no modal) nor 当日和累计.
OBLIGED_SAME_DAY_RE = compiled_later(
    r"(?:(?<=必须)|(?<=务必)|(?<=应当)|(?<=[须应要]))" + GAP + r"(?P<day>当日|当天)"
    + r"(?=" + GAP + r"(?:呈|办|报|送|处理|答复|回复|反馈|审|批|签|发|转|登记|录入|完成))"
)
MAX_EVENT_CHARS = 32  # 在 and the event before the day
EVENT_DAYS = {"当日": "on the day of the event", "当天": "on the day of the event", "次日": "the day after the event"}

# Working days before the verb they bound, after 在/于 and without 内: 要在 3-5 个工作日办结 · 于10个工作日完成.
WORKING_DAYS_SPAN_RE = compiled_later(
    r"(?<=[在于])" + GAP + r"(?P<span>(?:(?P<low>\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)"
    + GAP + r")?" + COUNT + GAP + r"个?工作日)" + GAP + r"(?=办结|完成|办理|答复|回复|反馈|上报|报送|处理|审核|审批)"
)

# A window whose number was lost, after 在/于 and before the verb it bounds: 应在个工作日内审核 · 于 个工作日内报送.
LOST_COUNT_WINDOW_RE = compiled_later(
    r"(?<=[在于])" + GAP + r"(?P<window>个?(?:工作日|自然日)(?:以内|之内|内))"
    + r"(?=" + GAP + r"(?:办结|完成|办理|答复|回复|反馈|上报|报送|处理|审核|审批|批复))"
)

# A window of each day running into the next: 每日20时至次日20时 · 每天 8:00 至次日 8:00.
DAILY_WINDOW_RE = compiled_later(
    r"每[日天]" + GAP + r"(?P<from>" + TIME_OF_DAY + r")" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP + r"次日"
    + GAP + r"(?P<to>" + TIME_OF_DAY + r")"
)

# A second time of day sharing the 每天 of the first: 每天上午8点前、下午17点前.
EVERY_DAY_SECOND_TIME_RE = compiled_later(
    r"每[日天]" + GAP + TIME_OF_DAY + GAP + r"(?:之前|以前|前)" + GAP + r"[、和及与,，]" + GAP
    + r"(?P<second>(?P<time>" + TIME_OF_DAY + r")" + GAP + r"(?:之前|以前|前))"
)

# A start at an hour of a day: 自9月24日22时00分起 · 从2025年7月1日8时起.
START_AT_HOUR_RE = compiled_later(
    r"(?:自|从)" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DAY + GAP + r"[日号]" + GAP
    + r"(?P<time>" + TIME_OF_DAY + r")" + GAP + r"(?:起|开始)"
)

# The end of a period whose start was just written: 从2015年3月25日开始至2015年6月30日结束 · 3月1日起至6月30日止.
PERIOD_END_AFTER_START_RE = compiled_later(
    r"(?:(?<=开始)|(?<=[日号]起))" + GAP + r"(?P<to>至|到)" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DAY + GAP
    + r"[日号](?=" + GAP + r"(?:结束|止|为止|[，,。；;]|$))"
)

# The costly patterns above, tried only within reach of their anchors: pattern -> (anchors, reach).
WINDOW_ANCHORS = {
    # 在/于, a gap, a range's low end (3) and its dash, a gap, the count (4 + 3) and 个 before 工作日 (the word: 日 is everywhere)
    WORKING_DAYS_SPAN_RE: (("工作日",), 22),
    # look-behinds first (``finditer`` tries them at every character): a gap before 当日/当天, before 个工作日/自然日,
    # before 至/到
    OBLIGED_SAME_DAY_RE: ("当", 3),
    LOST_COUNT_WINDOW_RE: (("工作日", "自然日"), 4),
    PERIOD_END_AFTER_START_RE: ("至到", 3),
}


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

def _event_days(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for anchor in ("当日", "当天", "次日"):
        at = text.find(anchor)
        while at != -1:
            match = EVENT_DAY_RE.match(text, at)
            if match and EVENT_DAY_CLAUSE_RE.search(text, max(0, at - MAX_EVENT_CHARS), at):
                yield Deadline(text=match.group("day"), start=at, end=match.end(), kind="relative",
                               rule=EVENT_DAYS[match.group("day")])
            at = text.find(anchor, at + 1)


def _obliged_same_days(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "当日" not in text and "当天" not in text:
        return
    for match in finditer_near(OBLIGED_SAME_DAY_RE, text, *WINDOW_ANCHORS[OBLIGED_SAME_DAY_RE]):
        yield Deadline(text=match.group("day"), start=match.start("day"), end=match.end("day"), kind="relative",
                       rule="on the day of the event")


def _working_day_spans(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(WORKING_DAYS_SPAN_RE, text, *WINDOW_ANCHORS[WORKING_DAYS_SPAN_RE]):
        count, low = to_int(match.group("count")), to_int(match.group("low"))
        if count is None:
            continue
        span = f"{low}-{count}" if low is not None else f"{count}"
        yield Deadline(text=match.group("span"), start=match.start("span"), end=match.end("span"), kind="relative",
                       rule=f"within {span} working days")


def _lost_count_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(LOST_COUNT_WINDOW_RE, text, *WINDOW_ANCHORS[LOST_COUNT_WINDOW_RE]):
        yield Deadline(text=match.group("window"), start=match.start("window"), end=match.end("window"),
                       kind="relative", rule="within a number of working days the copy lost")


def _daily_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in DAILY_WINDOW_RE.finditer(text):
        rule = f"daily, {_clock(match.group('from'))} to {_clock(match.group('to'))} the next day"
        yield Deadline(text=match.group(), start=match.start(), end=match.end(), kind="recurring", rule=rule)


def _second_day_times(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in EVERY_DAY_SECOND_TIME_RE.finditer(text):
        yield Deadline(text=match.group("second"), start=match.start("second"), end=match.end("second"),
                       kind="recurring", rule=f"daily by {_clock(match.group('time'))}")


def _starts_at_an_hour(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in START_AT_HOUR_RE.finditer(text):
        if IN_FORCE_AFTER_START_RE.match(text, match.end()) or IN_FORCE_ENDS_AFTER_RE.match(text, match.end()):
            continue  # 本通告自2022年2月10日0时起施行: the document's own coming into force (or expiry), its lifecycle
        day = re.sub(r"\s+", "", match.group())[1:].rstrip("起").removesuffix("开始")
        yield Deadline(text=match.group(), start=match.start(), end=match.end(), kind="start", rule=f"from {day}")


def _period_ends(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(PERIOD_END_AFTER_START_RE, text, *WINDOW_ANCHORS[PERIOD_END_AFTER_START_RE]):
        written_year = to_int(match.group("year")) if match.group("year") else year
        month, day = to_int(match.group("month")), to_int(match.group("day"))
        date_ = iso(written_year, month, day) if month and day else None
        yield Deadline(text=match.group(), start=match.start(), end=match.end(), kind="deadline", date=date_,
                       rule="the end of the period")


def _clock(written: str) -> str:
    return re.sub(r"\s+", "", written)


WINDOW_FINDERS = [_event_days, _obliged_same_days, _working_day_spans, _lost_count_windows, _daily_windows, _second_day_times, _starts_at_an_hour, _period_ends]


EXAMPLES = {
    "EVENT_DAY_RE": Examples(match=("的当日", "的当天", "到期次日"), no_match=("的次日起", "的当天下午", "当日和累计")),
    "EVENT_DAY_CLAUSE_RE": Examples(match=("应在收到转办件工单的", "在办理时限到期"),
                                    no_match=("对于咨询类和求助类事项能当天答复的",)),
    "OBLIGED_SAME_DAY_RE": Examples(match=("辦件必须当日呈阅", "应当天办结", "须当日报送"),
                                    no_match=("当日的阅件", "必须当日和累计", "当天下午前")),
    "WORKING_DAYS_SPAN_RE": Examples(match=("要在 3-5 个工作日办结", "于10个工作日完成"),
                                     no_match=("在5个工作日内办结", "3-5个工作日办结")),
    "LOST_COUNT_WINDOW_RE": Examples(match=("应在个工作日内审核批复", "请于  个工作日内报送"),
                                     no_match=("应在5个工作日内审核", "个工作日内")),
    "DAILY_WINDOW_RE": Examples(match=("每日20时至次日20时", "每天 8:00 至次日 8:00"), no_match=("每日20时前",)),
    "EVERY_DAY_SECOND_TIME_RE": Examples(match=("每天上午8点前、下午17点前",), no_match=("每天上午8点前报送",)),
    "START_AT_HOUR_RE": Examples(match=("自9月24日22时00分起", "从2025年7月1日8时起"), no_match=("自9月24日起",)),
    "PERIOD_END_AFTER_START_RE": Examples(match=("开始至2015年6月30日结束", "1日起至6月30日止"),
                                          no_match=("开始至今", "至2015年6月30日结束")),
}
