"""Limits a plan's schedule gives its phases and steps (for ``extractors.deadlines``):

* the period in brackets after a phase's heading, its name after 阶段: 第二阶段:集中整治(5月15日至11月底) ·
  第三阶段:总结评比(12月上旬) (the period's last day; the year is the document's, unknown when it has none); a
  single day in the brackets (整治阶段(5月1日)) is not read;
* the period a phase opens with after its 阶段 and a comma: 第二阶段,5月中旬至12月中旬,全面实施 · 第三阶段,12月下旬,;
* a period from one date to another after 从, closing its clause: 从5月中旬至12月底,在辖区内开展… (its last day);
* a date opening a paragraph of a section whose heading names a schedule (三、调减完成时限 … 2017年3月,调整… ·
  2017年4—5月,按照…): each step's month is a limit. The same line under another heading (一、工作回顾 … 2017年3月,
  省政府印发了…) reports what was done, and is not read.

Each pattern reads the text folded to simplified characters, like every pattern of
``extractors.deadline_patterns``, with bounded quantifiers only.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from schema.models import Deadline

from .lazy_patterns import compiled_later
from .deadline_items import last_day, written_year
from .deadline_numbers import iso
from .deadline_patterns import DATE_TAIL, DAY, GAP, MONTH, YEAR
from .vocab import Examples

# The start of a period and its dash: 5月15日至 · 8月— · 4— (the month the end shares) · 8月下旬至.
PERIOD_START = (r"(?:(?P<from_month>\d{1,2})" + GAP + r"月?" + GAP + r"(?:\d{1,2}" + GAP + r"[日号]|[上中下]旬)?" + GAP
                + r"(?:至|到|—|－|-|~|～)" + GAP + r")?")

# A period in brackets after a phase's heading, the phase's name (up to ten characters) between 阶段 and the bracket:
# 第二阶段:集中整治(5月15日至11月底) · 第三阶段:总结评比(12月上旬) · 督查阶段（8月—11月）. ``when`` is the period.
PHASE_NAMED_PERIOD_RE = compiled_later(
    r"阶段" + GAP + r"[:：。.．]?" + GAP + r"[\u4e00-\u9fff、]{0,10}?" + GAP + r"[（(]" + GAP
    + r"(?P<when>" + PERIOD_START + MONTH + GAP + DATE_TAIL + r")" + GAP + r"[）)]"
)

# A phase's name and a dash before its period: 动员大会—5月中旬 · 动员大会一5月中旬 (a copy's 一 for the dash: a numeral is
# never glued before Arabic digits).
PHASE_NAME_DASH = r"(?:[\u4e00-\u9fff]{1,10}?" + GAP + r"(?:—|－|-|~|～|一(?=\d))" + GAP + r")?"
# The period a phase's heading opens with, after its 阶段 and a comma (and its name and a dash): 第二阶段,5月中旬至12月中旬,全面实施 · 第三阶段,
# 12月下旬,检查验收 (a part of a month or its end, besides the days PHASE_RANGE_RE and PHASE_DAY_RE read).
PHASE_OPENING_PERIOD_RE = compiled_later(
    r"(?<=阶段)" + GAP + r"[。.．:：,，]" + GAP + PHASE_NAME_DASH + r"(?P<when>" + PERIOD_START + MONTH + GAP + DATE_TAIL + r")"
    + r"(?=" + GAP + r"[,，;；])"
)
# A period from one date to another after 从, closing its clause: 从5月中旬至12月底,在辖区内开展…行动 · 从5月中旬到12月下旬,
# (its last day). Not 从5月中旬至12月底的数据 (what the period counts) nor a year's period (RANGE_RE's).
FROM_PERIOD_RE = compiled_later(
    r"(?<=从)" + GAP + r"(?P<when>(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + r"(?:\d{1,2}" + GAP + r"[日号]|[上中下]旬)?"
    + GAP + r"(?:至|到)" + GAP + MONTH + GAP + DATE_TAIL + r")(?=" + GAP + r"[,，;；。])"
)

# The label of a step numbered in a schedule: (一) · （2） · 1. · 2、 (a step's date after it: (一)6月上旬,拟定…方案).
STEP_LABEL = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:、|[.．](?!\d))|[一二三四五六七八九十]{1,3}、)"
# A date or a period of months opening a paragraph (after its step's label, if any), a comma or colon after it: 2017年3月, · 2017年4—5月, · 6月底前: is
# DATE_BEFORE_RE's. ``when`` is the date.
LINE_OPENING_DATE_RE = compiled_later(
    r"(?m)^[ \t\u3000]{0,4}(?:" + STEP_LABEL + GAP + r")?(?P<when>(?:" + YEAR + r")?" + PERIOD_START + MONTH + GAP + DATE_TAIL + r")"
    + r"(?=" + GAP + r"[,，:：])"
)
# A numbered heading on a line of its own (or with a short text after it): 三、调减完成时限 · （二）时间安排 · 第三章 实施步骤.
HEADING_LINE_RE = compiled_later(
    r"(?m)^[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|第[一二三四五六七八九十]{1,3}[章节部分])[^\n]{0,24}$"
)
# What a schedule's heading says: 完成时限 · 时间安排 · 进度安排 · 实施步骤 · 时间节点.
SCHEDULE_HEADING_RE = compiled_later(
    r"完成时限|时限要求|时间安排|进度安排|实施步骤|工作步骤|步骤安排|推进步骤|时间节点|进度要求|实施进度|时间进度|工作进度"
)
MAX_SECTION_CHARS = 1200  # how far back a paragraph's heading may stand

# A numbered heading that names a time and nothing else (三、活动时间 · （二）实施时间 · 四、比赛时间), then a line that is
# only a date or a period (6月1日 · 2016年5月1日-31日。 · 4月20日至5月10日): the programme's time, its last day the limit
# (CONVENTIONS.md C1). A line saying more (6月1日上午10:30—11:00,电台将播出…) is a sentence, not the section's date.
TIME_HEADING = (r"(?m)^[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])" + GAP
                + r"[\u4e00-\u9fff]{0,6}时间" + GAP + r"[:：]?" + GAP + r"\n[ \t\u3000]{0,8}")
TIME_SECTION_PERIOD_RE = compiled_later(
    TIME_HEADING + r"(?P<when>(?:" + YEAR + r")?" + PERIOD_START + MONTH + GAP + DATE_TAIL + r")" + GAP + r"[。.]?[ \t\u3000]*$"
)
# The same with a range of days in one month, the end day without its month: 2016年5月1日-31日 (the month's 31st).
TIME_SECTION_DAYS_RE = compiled_later(
    TIME_HEADING + r"(?P<when>(?:" + YEAR + r")?" + MONTH + GAP + r"\d{1,2}" + GAP + r"[日号]" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP
    + DAY + GAP + r"[日号])" + GAP + r"[。.]?[ \t\u3000]*$"
)


def _dated(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    """The item for a match's ``when``: its last day, undated when the year is unknown; None for a month that is none."""
    resolved = last_day(match, written_year(match, year))
    if resolved is None:
        return None
    y, m, d = resolved
    start, end = match.span("when")
    return Deadline(text=match.group("when"), start=start, end=end, kind="deadline",
                    date=iso(y, m, d) if d is not None and y is not None else None)


def _phase_periods(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "阶段" not in text:
        return
    for match in PHASE_NAMED_PERIOD_RE.finditer(text):
        if match.group("day") and not match.group("from_month"):
            continue  # 整治阶段(5月1日): a day alone is no phase's period (BRACKETED_RANGE_RE reads a range of days)
        found = _dated(match, year)
        if found:
            yield found


def _phase_openings(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "阶段" not in text:
        return
    for match in PHASE_OPENING_PERIOD_RE.finditer(text):
        found = _dated(match, year)
        if found:
            yield found


def _from_periods(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "从" not in text:
        return
    for match in FROM_PERIOD_RE.finditer(text):
        found = _dated(match, year)
        if found:
            yield found


def _in_a_schedule_section(text: str, at: int) -> bool:
    """Whether the nearest numbered heading before ``at`` names a schedule."""
    headings = list(HEADING_LINE_RE.finditer(text, max(0, at - MAX_SECTION_CHARS), at))
    return bool(headings) and SCHEDULE_HEADING_RE.search(headings[-1].group()) is not None


def _schedule_steps(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if SCHEDULE_HEADING_RE.search(text) is None:
        return
    for match in LINE_OPENING_DATE_RE.finditer(text):
        if _in_a_schedule_section(text, match.start()):
            found = _dated(match, year)
            if found:
                yield found


def _time_sections(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "时间" not in text:
        return
    for pattern in (TIME_SECTION_PERIOD_RE, TIME_SECTION_DAYS_RE):
        for match in pattern.finditer(text):
            found = _dated(match, year)
            if found:
                yield found


PHASE_FINDERS = [_phase_periods, _phase_openings, _from_periods, _schedule_steps, _time_sections]


EXAMPLES = {
    "PHASE_NAMED_PERIOD_RE": Examples(
        match=("第二阶段:集中整治(5月15日至11月底)", "第三阶段:总结评比(12月上旬)", "督查阶段（8月—11月）", "动员阶段(5月)"),
        no_match=("集中整治(5月15日至11月底)", "第三阶段:总结评比", "第二阶段:集中整治(2010年6月23日至11月20日)")),
    "PHASE_OPENING_PERIOD_RE": Examples(match=("第二阶段,5月中旬至12月中旬,全面实施", "第三阶段,12月下旬,检查验收",
                                               "第一阶段,动员大会一5月中旬,宣传发动", "第一阶段:动员部署—5月10日,"),
                                        no_match=("第三阶段,检查验收", "12月下旬,检查验收", "第一阶段,动员大会5月中旬,")),
    "FROM_PERIOD_RE": Examples(match=("从5月中旬至12月底,在辖区内", "从5月中旬到12月下旬,"),
                               no_match=("从5月中旬至12月底的数据", "5月中旬至12月底,", "从2019年到2021年,")),
    "LINE_OPENING_DATE_RE": Examples(
        match=("2017年3月,调整乡镇规划", "\n2017年4—5月,按照规划", "  6月底:完成验收", "(一)6月上旬,拟定方案", "2、7月10日,形成报告"),
        no_match=("于2017年3月,调整", "2017年3月召开会议", "2017年3月3日前完成")),
    "HEADING_LINE_RE": Examples(match=("三、调减完成时限", "（二）时间安排", "第三章 实施步骤"),
                                no_match=("三、压减重点区域在张唐、承张等铁路，承德机场沿线周边进行调整",)),
    "TIME_SECTION_PERIOD_RE": Examples(match=("三、活动时间\n6月1日", "二、活动时间\n4月20日至5月10日。", "(二)实施时间:\n3月5日至4月30日"),
                                       no_match=("五、活动内容\n6月1日上午10:30—11:00,中央人民广播电台将播出", "三、活动时间\n6月1日起,每天")),
    "TIME_SECTION_DAYS_RE": Examples(match=("二、活动时间\n2016年5月1日-31日。",), no_match=("二、活动时间\n2016年5月1日-31日开展宣传",)),
    "SCHEDULE_HEADING_RE": Examples(match=("三、调减完成时限", "（四）时间安排", "实施步骤"), no_match=("一、工作回顾",)),
}
