"""Windows, lengths and starts (kinds ``relative``, ``duration``, ``start``): 下达后30日内, 2小时内,
最长不超过6个月, 90个工作日以内, 从3月份开始, 自即日起; not when the document comes into force
(split from ``extractors.deadlines``)."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from schema.models import Deadline

from .deadline_items import amount_words, item
from .deadline_numbers import to_int
from .deadline_patterns import DECIMAL_RE, UNIT_NAMES
from .deadline_relative import (
    WITHIN_AFTER_RE,
    ADVANCE_RE, BEFORE_EVENT_RE, COMPARED_BEFORE_RE, COUNT_OVER_AFTER_RE, DELAYED_START_RE, EARLIEST_START_RE, DURATION_AT_LEAST_RE, DURATION_EXTEND_RE, DURATION_LIMIT_RE,
    DURATION_UNTIL_RE, DURATION_WITHIN_RE, IN_FORCE_AFTER_START_RE, IN_FORCE_ENDS_AFTER_RE, IN_FORCE_OBJECT_AFTER_RE, IN_FORCE_SUBJECT_RE, IN_FORCE_VERB_RE,
    LENGTH_WITHIN, NTH_DAY_RE, OCCURRENCE_EVENT_RE, OWN_SUBJECT_EVENT, PAIRED_EVENT_BEFORE_RE, PUBLICITY_BEFORE_RE, QUALIFYING_LENGTH_BEFORE_RE, RELATIVE_RE,
    START_BARE_RE, START_ON_RECEIPT_RE, START_RE, START_REPORTED_AFTER_RE, START_DONE_IN_CLAUSE_RE, CITED_SPIRIT_BEFORE_RE, OWN_DOER_RE, START_TODAY_RE, TIME_SPAN_RE, EFFORT_SPAN_RE, SPAN_REPORTED_AFTER_RE,
    EVENT_AFTER_BEFORE_RE, OBJECT_VERB_BEFORE_RE, WINDOW_LATER_IN_SENTENCE_RE, COUNTED_DAYS_BEFORE_RE,
)
from .deadline_scan import finditer_anchored

def _a_count(written: str) -> bool:
    """Whether a window's count reads as a number: 30, 三十, or a decimal (0.5个工作日内)."""
    return DECIMAL_RE.fullmatch(written) is not None or to_int(written) is not None


def _length_start(match: re.Match) -> int:
    """Where a window's length starts: its count, or the low end of its range (1—5日内)."""
    return match.start("low") if match.group("low") else match.start("count")


def find_relative(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_anchored(RELATIVE_RE, text):
        if not _a_count(match.group("count")) or COUNT_OVER_AFTER_RE.match(text, match.end()):
            continue  # 一年内一次或多次累计…: the period a count is made over
        if text[match.start() - 1:match.start()] in ("每", "近") and not match.group("since") and not match.group("event"):
            continue  # 对每3年内产值…的企业: each period a figure is measured over; 近5年内无重大事故: the years looked back on
        amount = amount_words(match.group("count"), match.group("unit"))
        event = match.group("since") or match.group("event")
        pair = PAIRED_EVENT_BEFORE_RE.search(text, max(0, match.start() - 3), match.start()) \
            if match.group("event") and "之日起" in match.group() else None
        if pair:  # 形成或变更之日起3个工作日内: the window alone, the rule naming both events
            window = _length_start(match)
            yield Deadline(text=text[window:match.end()], start=window, end=match.end(), kind="relative",
                           rule=f"within {amount} after {pair.group('first')}{text[pair.end() - 1]}{event}")
        elif match.group("event") and OCCURRENCE_EVENT_RE.match(text, match.start("event")):
            window = _length_start(match)
            yield Deadline(text=text[window:match.end()], start=window, end=match.end(), kind="relative",
                           rule=f"within {amount} after {event}")  # 事件发生后|2小时内: the length alone (C10)
        elif event:
            subject = OWN_SUBJECT_EVENT.match(match.group("since") or "")
            start = match.start("since") + subject.end() if subject else match.start()
            verb = OBJECT_VERB_BEFORE_RE.search(text, max(0, start - 2), start) if match.group("event") else None
            if verb and len(match.group("event")) == 2:  # 摇出|房屋后: the event's verb before its object
                start, event = verb.start(), verb.group() + event
            yield Deadline(text=text[start:match.end()], start=start, end=match.end(), kind="relative",
                           rule=f"within {amount} after {event}")
        elif match.group("within") in LENGTH_WITHIN \
                and text[match.start() - 1:match.start()] not in ("于", "在") \
                and not text[max(0, match.start() - 4):match.start()].rstrip().endswith("起"):
            # 在30个工作日内上报: from now; 工单的次日起13个工作日内: from an event's day (both windows)
            yield item(match, "duration", f"at most {amount}")  # 90个工作日以内: a length
        else:
            yield item(match, "relative", f"within {amount}")  # 2小时内: counted from now
    for match in finditer_anchored(BEFORE_EVENT_RE, text):
        if to_int(match.group("count")) is not None:
            yield item(match, "relative", f"{amount_words(match.group('count'), match.group('unit'))} before {match['event']}")
    if "提前" in text:
        for match in ADVANCE_RE.finditer(text):
            if to_int(match.group("count")) is not None \
                    and not COMPARED_BEFORE_RE.search(text, max(0, match.start() - 14), match.start()):
                yield item(match, "relative", f"{amount_words(match.group('count'), match.group('unit'))} in advance")
    for match in NTH_DAY_RE.finditer(text):
        if to_int(match.group("count")) is not None:
            n, unit = to_int(match.group("count")), UNIT_NAMES.get(match.group("unit").lstrip("个"), match.group("unit"))
            event = EVENT_AFTER_BEFORE_RE.search(text, max(0, match.start() - 6), match.start())
            if event:  # 结束后的第二个工作日中午12时前: the window read from the event's verb (C10)
                yield Deadline(text=text[event.start():match.end()], start=event.start(), end=match.end(), kind="relative",
                               rule=f"by {unit} {n} after {event.group('verb')}")
            else:
                yield item(match, "relative", f"by {unit} {n} after the event")
    spans = [*finditer_anchored(TIME_SPAN_RE, text), *EFFORT_SPAN_RE.finditer(text)]
    for match in spans:
        if to_int(match.group("count")) is None or SPAN_REPORTED_AFTER_RE.match(text, match.end()):
            continue
        low = match.group("low")
        span = f"{to_int(low)}-" if low and to_int(low) is not None else ""
        yield item(match, "relative", f"within {span}{amount_words(match.group('count'), match.group('unit'))}")


DURATION_WORDS = {"最长": "at most", "不超过": "at most", "不得超过": "at most", "原则上不超过": "at most",
                  "不准超过": "at most", "不能超过": "at most", "不应超过": "at most",
                  "不长于": "at most", "不多于": "at most", "最多": "at most", "最短": "at least",
                  "不短于": "at least", "不少于": "at least", "不得少于": "at least"}


def find_duration(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_anchored(DURATION_LIMIT_RE, text):
        if match.group("cmp"):
            if COUNTED_DAYS_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()):
                continue  # 全年污染天数不能超过27天: a count of days, no length to keep to
            count, unit = match.group("count"), match.group("unit")
            qualifier = DURATION_WORDS.get(match.group("cmp"), "")
        else:
            if WITHIN_AFTER_RE.match(text, match.end()):
                continue  # 审批时限为90个工作日以内: the length's own 以内/内 reads it (C13), from its count
            count, unit = match.group("count2"), match.group("unit2")
            qualifier = DURATION_WORDS.get(match.group("lead2"), "for")
        if count != "半" and to_int(count) is None:
            continue
        yield item(match, "duration", f"{qualifier} {amount_words(count, unit)}".strip())
    for match in finditer_anchored(DURATION_WITHIN_RE, text):
        if to_int(match.group("count")) is not None:
            yield item(match, "duration", "at most " + amount_words(match.group("count"), match.group("unit")))
    for match in finditer_anchored(DURATION_AT_LEAST_RE, text):
        if to_int(match.group("count")) is not None \
                and not QUALIFYING_LENGTH_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
            yield item(match, "duration", "at least " + amount_words(match.group("count"), match.group("unit")))
    for match in finditer_anchored(DURATION_UNTIL_RE, text):
        yield item(match, "duration", f"until {match.group('event')}")
    for match in finditer_anchored(DURATION_EXTEND_RE, text):
        if to_int(match.group("count")) is not None:
            rule = "extended by " + amount_words(match.group("count"), match.group("unit"))
            yield item(match, "duration", rule)


def find_start(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_anchored(START_RE, text):
        when = match.group("when")
        dated = any(match.group(name) is not None for name in ("year", "month", "period"))
        if not when or not (dated or _named_start(when)) or _comes_into_force(text, match):
            continue
        if START_REPORTED_AFTER_RE.match(text, match.end()) or START_DONE_IN_CLAUSE_RE.match(text, match.end()):
            continue  # 从2020年1月1日起,已将… · 从10月份开始,…开展了…: what was done since then
        if _restates_cited_programme(text, match):
            continue  # 根据省委《X》文件精神,自2015年10月开始,组建省驻农村工作队: X's programme, not the notice's
        if _named_start(when) and when.endswith("之日") and WINDOW_LATER_IN_SENTENCE_RE.match(text, match.end()):
            continue  # 自会议决定之日起,各办理单位在5个工作日内报告: the window's origin
        if _past_year(match, year):
            continue  # 自2003年开始,区政府每年…公开征询 in a 2017 notice: a practice since then, no start it sets
        yield item(match, "start", f"from {when}")
    for match in finditer_anchored(START_TODAY_RE, text):
        if _comes_into_force(text, match):
            continue  # 公示期:即日起5个工作日: how long the notice stays posted
        yield item(match, "start", "from 即日")
    for match in finditer_anchored(START_ON_RECEIPT_RE, text):
        if not WINDOW_LATER_IN_SENTENCE_RE.match(text, match.end()):  # 接到通知之日起,各单位在5日内…: the window's origin
            yield item(match, "start", "from receipt of the notice")
    for match in finditer_anchored(START_BARE_RE, text):
        if _comes_into_force(text, match):
            continue
        yield item(match, "start", "from " + re.sub(r"\s+", "", match.group()).split("起")[0].split("开始")[0])
    for pattern, rule in ((EARLIEST_START_RE, "not before"), (DELAYED_START_RE, "after")):
        for match in pattern.finditer(text):  # 不早于2月9日24时前复工 · 延期至2月17日之后开学: no earlier than a day
            when = re.sub(r"\s+", "", match.group("when"))
            yield item(match, "start", f"{rule} {when}")


def _past_year(match: re.Match, year: Optional[int]) -> bool:
    """Whether a start writes a whole year, and one before the document's own: the start of a practice the notice reports
    as held since then (CONVENTIONS.md C17's past period's start, 2003年以来), not one it sets. A start with its month
    (自2020年1月1日起执行新的补贴标准) is a day the notice can still set, if only just past."""
    if match.group("month") is not None or match.group("period") is not None or not match.group("year"):
        return False
    written = to_int(match.group("year"))
    return written is not None and year is not None and written < year


def _restates_cited_programme(text: str, match: re.Match) -> bool:
    """Whether a start opens a sentence that restates the programme of a document given as its spirit (CITED_SPIRIT_BEFORE_RE),
    with no doer of the notice's own in the rest of the sentence."""
    if not CITED_SPIRIT_BEFORE_RE.search(text, max(0, match.start() - 200), match.start()):
        return False
    sentence = re.split(r"[。；;！!\n]", text[match.end():match.end() + 300], maxsplit=1)[0]
    return not OWN_DOER_RE.search(sentence)


def _comes_into_force(text: str, match: re.Match) -> bool:
    """Whether a start is when the document comes into force or how long it stays posted (its lifecycle:
    自2007年5月1日起施行, 本通知自印发之日起执行, 公示期间自…之日起), which is no time limit on what it asks."""
    if IN_FORCE_VERB_RE.search(match.group()) or IN_FORCE_ENDS_AFTER_RE.match(match.string, match.end()):
        return True  # 自2007年5月1日起施行; 自本公告公布之日起停止执行 (documents ceasing to be in force)
    if match.group().endswith("起") and IN_FORCE_AFTER_START_RE.match(match.string, match.end()):
        return True  # 自2004年4月23日起正式实行。
    if PUBLICITY_BEFORE_RE.search(text, max(0, match.start() - 10), match.start()):
        return True  # 本公告公示期间自…之日起至审计结束: how long the notice stays posted
    if not match.group().endswith(("执行", "实施")):
        return False
    if IN_FORCE_OBJECT_AFTER_RE.match(match.string, match.end()):
        return True  # 从2006年开始执行本通知规定: the document named after the verb
    sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。；;\n") + 1
    return IN_FORCE_SUBJECT_RE.search(text, sentence_start, match.start()) is not None


def _named_start(when: str) -> bool:
    return when.endswith(("之日", "次月", "次日")) or when[:2] in {"本月", "下月", "次月", "当月"} or when in {
        "即日", "今日", "今天", "今年", "明年", "次年", "下一年度", "下一年"}
