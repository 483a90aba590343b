"""Windows bounded by an event the notice names, and periods of days given with their year (for
``extractors.deadlines``), as school and office notices write them:

* a window from the notice's day to an event: 办理时间为即日至课程考试前 (relative: until before the event; not
  即日至3月31日, a date: an absolute limit);
* a working day counted after an event and a length: 请于考试结束后一周的第一个工作日 (relative);
* a period of days in one month, with its year, opening a clause before the act it bounds: 新生:2019年9月7日—8日报到
  (its last day; not 2005年11月11日至14日, 国务院督查组… — a comma after it: what happened then — nor 定于2019年9月7日—8日
  召开, the issuer's own event after 于).

Each pattern reads the text folded to simplified characters, like every pattern of
``extractors.deadline_patterns``, with bounded quantifiers only.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from .lazy_patterns import compiled_later
from schema.models import Deadline

from .anchored_scan import finditer_after, finditer_near
from .deadline_items import amount_words, deadline_on, item
from .deadline_numbers import iso, month_end, to_int
from .deadline_patterns import COUNT, DATE_TAIL, GAP, MONTH, TIME_OF_DAY, UNIT, WEEKDAY_NOTE, YEAR
from .deadline_relative import EVENT_VERBS
from .vocab import Examples

# A window from today to an event, its 前 closing it: 即日至课程考试前 · 即日起至活动结束前. ``event`` has no digit, 月 or
# 日 (a date there is an absolute limit, read by DATE_BEFORE_RE).
TODAY_TO_EVENT_RE = compiled_later(
    r"即日" + GAP + r"起?" + GAP + r"(?:至|到)" + GAP
    + r"(?P<event>[^\d\s，。；;,、：:月日号（）()“”]{2,12}?)" + GAP + r"(?:之前|以前|前)(?![后夕])"
)
# A period from now to the end of this year, the notice's own campaign: 从现在起至今年年底,各地要…清理整顿 (a limit on
# that year's last day).
NOW_TO_YEAR_END_RE = compiled_later(
    r"(?:从|自)" + GAP + r"(?:现在|即日|今天|今日)" + GAP + r"(?:起|开始)?" + GAP + r"(?:至|到)" + GAP
    + r"(?:今年|本年)" + GAP + r"(?:年底|年末|底)(?:之前|以前|前)?"
)
# A period from now to a month or a day, the notice's own campaign: 自即日起至2025年3月,在全街开展…专项行动 (one period, C1:
# a limit on the last day of what it names, 3月 → the 31st), rather than a start and a bare 至3月.
NOW_TO_DATE_RE = compiled_later(
    r"(?:从|自)" + GAP + r"(?:现在|即日|今天|今日)" + GAP + r"(?:起|开始)?" + GAP + r"(?:至|到)" + GAP
    + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r"(?:" + GAP + r"(?:之前|以前|前|止|为止))?"
)
# Hours of one day, opening a clause or an item: 一、2月20日(正月十六)早晨4时至中午12时,全县范围内禁止燃烧… · 5月6日
# 上午9时至11时 (the notice's own period on that day: a limit on that day, CONVENTIONS.md C1).
# The clause after such hours saying a station or a paper will air something then (…,中央人民广播电台“中国之声”将播出…专题节目):
# the broadcaster's programme the notice reports, no period of the notice's own (CONVENTIONS.md C1: outside its programme).
# Not the recipients' act of watching it (…,组织学生收看中央电视台播出的…: a limit on them).
BROADCAST_AFTER_RE = compiled_later(r"[ \u3000]{0,2}[,，](?![^。；;,，\n]{0,30}?(?:收看|观看|收听))"
                                r"[^。；;,，\n]{0,30}?(?:将|会)?(?:播出|播放|转播|直播|首播|重播|刊发|刊出)(?![^。；;,，\n]{0,4}的)")
DAY_HOURS_RE = compiled_later(
    r"(?<![^\s，,。；;：:、])(?:(?P<year>(?:19|20)\d{2})" + GAP + r"年" + GAP + r")?(?P<month>\d{1,2})" + GAP + r"月" + GAP
    + r"(?P<day>\d{1,2})" + GAP + r"[日号]" + GAP + r"(?:" + WEEKDAY_NOTE + GAP + r")?" + TIME_OF_DAY + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + TIME_OF_DAY
)
# The n-th working day after an event and a length: 考试结束后一周的第一个工作日. ``event`` opens after 于/在/至 or a
# clause's start, and holds none of them (请于考试结束后…: the event is 考试结束).
NTH_WORKING_DAY_AFTER_RE = compiled_later(
    r"(?<=[于在至到，,。；;：:\s])(?P<event>(?:(?![请应须于在])[\u4e00-\u9fff]){2,8}?)(?:之后|以后|后)" + GAP + COUNT + GAP + UNIT + GAP
    + r"的?第" + GAP + r"(?P<nth>[一二三四五1-5])" + GAP + r"个工作日"
)
# A period of days in one month, with its year, opening a clause or after a modal's 在 (the time the recipients may or must
# act in: 申请家庭可在2025年3月20日-27日到…服务窗口), the act it bounds right after it: 2019年9月7日—8日报到. Not after 于
# (会议于2019年9月7日—8日召开: an event's days).
DAY_RANGE_RE = compiled_later(
    r"(?:(?<=[，,。；;：:\s])|(?<=[可须需应请要]在))(?P<year>(?:19|20)\d{2})" + GAP + r"年" + GAP + r"(?P<month>\d{1,2})" + GAP + r"月" + GAP
    + r"(?P<first>\d{1,2})" + GAP + r"[日号]" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?P<day>\d{1,2})" + GAP + r"[日号]"
    + r"(?=" + GAP + r"[\u4e00-\u9fff])(?!" + GAP + r"(?:期间|内|前|后|起|的|之间|[的了]))"
)
# A length counted back from an event the notice names, after 于/在, the act after it: 应当在会议召开十日前提交 · 于活动开始
# 3个工作日前报送 · 至迟于案件审理期限届满十五日以前书面请求 · 于合同到期3个月前 (relative: that long before the event; the
# event's 前 before the count, 在会议召开前一周, is deadline_sentences.EVENT_BEFORE_RE). ``event`` holds no date word, no
# 于/在 and no 前/后 (在本月10日前 is a day of this month; 于三天前 names no event), and nothing may follow the 前 that makes
# it a point (前后 around it, 前夕 its eve).
EVENT_MARKS = "于在"  # what an event's period before it follows
EVENT_COUNT_BEFORE_RE = compiled_later(
    r"(?<=[" + EVENT_MARKS + r"])(?P<event>(?:(?![年月日号天周前后内于在之以])[\u4e00-\u9fff]){2,10}?)" + GAP + COUNT + GAP
    + r"(?P<unit>个?工作日|个?自然日|个?小时|个?星期|个月|天|日|周)" + GAP + r"(?P<mark>之前|以前|前)(?![后夕])"
)
# What shows the act after a period of days has happened: 进行了督查 · 召开了 (a report, no limit).
REPORTED_ACT_RE = compiled_later(r"[^。；;\n]{0,20}?了")


def _today_to_events(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "即日" not in text:
        return
    for match in TODAY_TO_EVENT_RE.finditer(text):
        yield item(match, "relative", f"until before {match.group('event')}")


def _now_to_year_ends(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "年" not in text:
        return
    for match in NOW_TO_YEAR_END_RE.finditer(text):
        yield item(match, "deadline", date_=iso(year, 12, 31) if year else None)


def _now_to_dates(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "起" not in text and "开始" not in text:
        return
    for match in NOW_TO_DATE_RE.finditer(text):
        found = deadline_on(match, year)
        if found:
            yield found


def _day_hours(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "时" not in text and "時" not in text and "点" not in text:
        return
    for match in finditer_near(DAY_HOURS_RE, text, *EVENT_ANCHORS[DAY_HOURS_RE]):
        if BROADCAST_AFTER_RE.match(text, match.end()):
            continue  # 6月1日上午10:30—11:00,中央人民广播电台将播出…: a station's programme the notice reports
        written = int(match.group("year")) if match.group("year") else year
        month, day = int(match.group("month")), int(match.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield item(match, "deadline", date_=iso(written, month, day) if written and day <= month_end(written, month) else None)


def _nth_working_days(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "个工作日" not in text:
        return
    for match in NTH_WORKING_DAY_AFTER_RE.finditer(text):
        if to_int(match.group("count")) is not None:
            length = amount_words(match.group("count"), match.group("unit"))
            rule = f"working day {to_int(match.group('nth'))} after {length} after {match.group('event')}"
            start = _event_verb_start(match)
            yield Deadline(text=text[start:match.end()], start=start, end=match.end(), kind="relative", rule=rule)


def _event_verb_start(match: re.Match) -> int:
    """Where a window counted from ``match``'s event starts: at the event's verb, its subject left out
    (考试结束后… → 结束后…, CONVENTIONS.md C10); at the event when it closes with no verb of EVENT_VERBS."""
    event = match.group("event")
    verb = next((verb for verb in EVENT_VERBS if event.endswith(verb) and len(event) > len(verb)), None)
    return match.end("event") - len(verb) if verb else match.start()


def _event_counts_before(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if "前" not in text:
        return
    for match in finditer_after(EVENT_COUNT_BEFORE_RE, text, EVENT_MARKS):  # tried only after a 于/在 (its look-behind)
        if to_int(match.group("count")):
            length = amount_words(match.group("count"), match.group("unit"))
            yield item(match, "relative", f"{length} before {match.group('event')}")


def _day_ranges(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(DAY_RANGE_RE, text, *EVENT_ANCHORS[DAY_RANGE_RE]):
        written, month = int(match.group("year")), int(match.group("month"))
        first, last = int(match.group("first")), int(match.group("day"))
        if not (1 <= month <= 12 and 1 <= first < last <= month_end(written, month)):
            continue
        if REPORTED_ACT_RE.match(text, match.end()):
            continue  # 2019年9月7日—8日进行了检查: what was done then
        yield item(match, "deadline", date_=iso(written, month, last))


EVENT_FINDERS = [_today_to_events, _now_to_year_ends, _now_to_dates, _day_hours, _nth_working_days, _day_ranges,
                 _event_counts_before]

# Patterns that ``finditer`` would try at every character, tried only where their anchors are
# (extractors.anchored_scan; checked against finditer by tests/test_deadlines.py): a day range at its first year's
# 19 or 20 (the look-behind takes no character); a day's hours at its 月, after a year (4 + gap + 年 + gap = 11) and a
# month (2 + gap = 5).
EVENT_ANCHORS = {DAY_RANGE_RE: ("12", 0), DAY_HOURS_RE: ("月", 16)}


EXAMPLES = {
    "BROADCAST_AFTER_RE": Examples(match=(",中央人民广播电台“中国之声”将播出与全国少工委办公室合作的专题节目", "，省电视台将直播开幕式"),
                                   no_match=(",组织学生收看中央电视台播出的专题节目", ",各校组织收看省电视台直播", ",全县范围内禁止燃放烟花爆竹",
                                             "。电台将播出")),
    "DAY_HOURS_RE": Examples(match=("一、2月20日(正月十六)早晨4时至中午12时", "，5月6日上午9时至11时", "2019年3月1日8:30至12:00"),
                             no_match=("于2月20日上午4时至12时", "2月20日至2月25日", "2月20日上午")),
    "NOW_TO_YEAR_END_RE": Examples(match=("从现在起至今年年底", "自即日起到本年底前"), no_match=("今年年底", "从现在起至5月底")),
    "NOW_TO_DATE_RE": Examples(match=("自即日起至2025年3月", "从即日起至12月31日", "从现在起到5月底前", "自即日起至3月15日止"),
                               no_match=("自即日起", "从现在起到2020年", "即日至课程考试前")),
    "TODAY_TO_EVENT_RE": Examples(match=("即日至课程考试前", "即日起至活动结束前"), no_match=("即日至3月31日前", "即日起")),
    "NTH_WORKING_DAY_AFTER_RE": Examples(match=("请于考试结束后一周的第一个工作日", "，节假日结束后2天的第二个工作日"),
                                         no_match=("考试结束后一周内", "第一个工作日")),
    "DAY_RANGE_RE": Examples(match=("新生:2019年9月7日—8日报到", "，2019年9月7日至8日完成", "申请家庭可在2025年3月20日-27日到服务窗口"),
                             no_match=(" 2005年11月11日至14日, 国务院", "于2019年9月7日—8日召开", "会议在2019年9月7日—8日召开", "，2019年9月7日—8日期间")),
    "EVENT_COUNT_BEFORE_RE": Examples(match=("应当在会议召开十日前提交", "于活动开始3个工作日前报送", "于案件审理期限届满十五日以前",
                                             "于合同到期3个月前"),
                                      no_match=("在本月10日前", "于三天前", "在会议召开前3天", "于会议召开3日前后", "在2020年3月1日前")),
    "REPORTED_ACT_RE": Examples(match=("对我省进行了督查",), no_match=("报到。辅导员组织学习",)),
}
