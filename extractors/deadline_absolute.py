"""Absolute limits (kind ``deadline``): 2月底前, 到2020年, 2020年3月至6月底, 完成时限：2021年3月,
年底前, 上半年完成 … and the clauses that turn a date into a report or a projection instead (split from
``extractors.deadlines``)."""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterator, Optional

from schema.models import Deadline

from .deadline_dates import (
    BARE_RANGE_WITHIN_RE, BASE_YEAR_COMPARED_RE, BRACKETED_RANGE_RE, CLAUSE_DATE_DUE_RE, COMMITMENT_RE,
    COUNTED_PERIOD_BEFORE_RE, DATED_DAY_RE, DATE_BEFORE_RE, DAY_ALONE_OPENER, DAY_ALONE_RE, DATE_BY_RE, DATE_TO_RE, DATE_UNTIL_RE, DONE_BY_BEFORE_RE,
    FORECAST_AFTER_RE, FORECAST_BEFORE_RE, HALVES_PAIR_RE, HALVES_REPORTED,
    IN_FORCE_AFTER_RE,
    LABELLED_DATE_RE, LOST_MONTH_END_RE, LOST_MONTH_LENGTH_BEFORE_RE, LOST_MONTH_RE, LOST_YEAR_MONTH_RE, MAX_COMMITMENT_DISTANCE, MAX_PLAN_STATED_DISTANCE,
    MAX_SHARED_MARK_DATES, OWN_YEAR_DONE_AFTER_RE, OWN_YEAR_DUE_AFTER_RE, OWN_YEAR_HEADING_BEFORE, OWN_YEAR_IN_SENTENCE,
    PERIOD_WORK_AFTER_RE, PERIOD_WORK_BEFORE_RE, PLAN_STATED_BEFORE_RE,
    STAGE_AFTER_RE, PERIOD_ENDS, PERIOD_RE, PHASE_DAY_RE, PHASE_RANGE_RE, PLACE_BEFORE_RE, PLACE_YEAR_RE, PLANNED_YEAR_RE,
    POLICY_TERM_BEFORE_RE, RANGE_RE, REPORTED_PERIOD_AFTER_RE, SENT_ON_RE, SENTENCE_END, SHARED_MARK_DATE_RE, STATUS_AFTER_RE,
    REMARKS_COLUMN_RE, REST_OF_YEAR_RE, STATUS_FIGURE_AFTER_RE, TIME_CELL_RE, TIME_COLUMN_RE, TODAY_BEFORE_RE, UNTIL_DATE_RE, YEAR_BEFORE_RE, YEAR_BY_RE, YEAR_END_AIM_BEFORE,
    COUNTED_YEARS_BEFORE_RE, THIS_AND_NEXT_YEAR_RE, YEAR_END_AIM_RE, YEAR_END_DUE_RE, YEAR_END_RE, YEAR_QUOTA_RE,
    YEAR_HEADING_COMMA_RE,
)
from .deadline_items import clause_after, deadline_on, item, last_day, written_year
from .deadline_numbers import iso, month_end, to_int
from .deadline_patterns import DUE_VERB
from .deadline_relative import posted_for_publicity
from .deadline_recurrences import QUARTER_AFTER_DAY_RE
from .deadline_scan import finditer_anchored
from .vocab import Examples

# A dated limit of a year before the document's, followed by a past participle and 的, names which things a measure covers
# (2000年底前建成的城镇老旧小区 in a plan of 2020, 2005年12月31日前出生的人员): a criterion of build date or age, nothing to be
# done by then. A limit of the document's year or later so followed stays (6月底前建成的给予奖励: a reward for finishing).
QUALIFYING_PARTICIPLE_AFTER_RE = re.compile(
    r"\s{0,2}(?:已经|已)?(?:建成|竣工|建造|出生|成立|设立|注册|登记|投产|投用|购置|购买|取得|入学|入职|参加工作|退休)"
    r"(?:并[\u4e00-\u9fff]{1,6})?的")

# The same with a verb of issuing: 对2022年10月1日前发布的行政规范性文件进行了全面清理 names the documents by the day they were
# issued, whatever its year (an issuing still to do has no 的: 6月底前印发实施方案).
ISSUED_PARTICIPLE_AFTER_RE = re.compile(r"\s{0,2}(?:已经|已)?(?:发布|印发|出台|公布|颁布|下发)(?:实施)?的")

EXAMPLES = {
    "ISSUED_PARTICIPLE_AFTER_RE": Examples(match=("发布的行政规范性文件", "已印发的文件", "出台实施的政策"),
                                           no_match=("印发实施方案", "发布。")),
    "QUALIFYING_PARTICIPLE_AFTER_RE": Examples(
        match=("建成的城镇老旧小区", "出生的人员", "已竣工并交付使用的项目"),
        no_match=("建成投用", "完成改造任务", "的建成率", "登记造册")),
}


def find_absolute(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """Every absolute limit of ``text`` but those that only qualify the things a measure covers (see
    QUALIFYING_PARTICIPLE_AFTER_RE)."""
    return (found for found in _absolute(text, year) if not _qualifies_things(text, found, year))


def _qualifies_things(text: str, found: Deadline, year: Optional[int]) -> bool:
    """A limit dated in a written year before ``year`` (any written year when the document gives none) that a participle
    and 的 follow: 2000年底前建成的…; any limit that a participle of issuing and 的 follow (…前发布的文件)."""
    if found.date and ISSUED_PARTICIPLE_AFTER_RE.match(text, found.end):
        return True
    if not found.date or not QUALIFYING_PARTICIPLE_AFTER_RE.match(text, found.end):
        return False
    return year is None or int(found.date[:4]) < year


def _absolute(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for pattern in (DATE_BEFORE_RE, DATE_BY_RE, SENT_ON_RE, DATE_UNTIL_RE, CLAUSE_DATE_DUE_RE):
        for match in finditer_anchored(pattern, text):
            if match.group().startswith("截至") and STATUS_AFTER_RE.search(text[match.end():match.end() + 20]):
                continue
            if match.group().startswith(("截至", "截止")) and STATUS_FIGURE_AFTER_RE.match(text, match.end()):
                continue  # 截止2015年12月31日,全市户籍人口531.59万: figures as of the day
            if pattern is DATE_BEFORE_RE and DONE_BY_BEFORE_RE.search(text, max(0, match.start() - 6), match.start()):
                continue  # 已于7月底前全部整改到位: what was done by then
            found = deadline_on(match, year)
            if found:
                yield found
            if pattern is DATE_BEFORE_RE:
                yield from _shared_mark_date(text, match.start(), year)
    yield from _lost_month(text, year)
    yield from _days_of_named_month(text, year)
    for match in TODAY_BEFORE_RE.finditer(text):
        yield item(match, "deadline")  # the notice's own day, which the year alone does not give
    for match in chain(finditer_anchored(BRACKETED_RANGE_RE, text), finditer_anchored(PHASE_RANGE_RE, text), finditer_anchored(PHASE_DAY_RE, text)):
        found = deadline_on(match, year) if "month" in match.re.groupindex and match.group("month") \
            else _range_in_month(match, year)
        if found:
            yield found
    for match in finditer_anchored(QUARTER_AFTER_DAY_RE, text):
        if match.group("quarter") and year is not None:
            quarter = to_int(match.group("quarter"))
            month, in_year = (quarter * 3 + 1, year) if quarter < 4 else (1, year + 1)
            yield item(match, "deadline", date_=iso(in_year, month, to_int(match.group("day")) or 0))
    for match in finditer_anchored(YEAR_END_RE, text):
        if not match.group("mark") and not YEAR_END_DUE_RE.match(text, match.end()) and not _aimed_year_end(text, match, year) \
                and not _year_quota(text, match):
            continue  # 2019年底，… is a point in time; 年底前, 年底完成, 年内新增, 年内至少3次 and 2020年底,…力争 are limits
        y = written_year(match, year)
        yield item(match, "deadline", date_=iso(y, 12, 31))
    for match in finditer_anchored(THIS_AND_NEXT_YEAR_RE, text):
        yield item(match, "deadline", date_=iso(year + 1, 12, 31) if year else None)
    for match in finditer_anchored(REST_OF_YEAR_RE, text):
        yield item(match, "deadline", date_=iso(year, 12, 31) if year else None)
    for match in finditer_anchored(YEAR_BEFORE_RE, text):
        written = to_int(match.group("year"))
        if year is None or written >= year:  # 在2000年前已建成 in a later notice: what was done, no limit
            yield item(match, "deadline", date_=iso(written, 12, 31))
    for match in finditer_anchored(YEAR_BY_RE, text):
        if _forecast(text, match) or STAGE_AFTER_RE.match(text, match.end()):
            continue  # 据测算,…到2020年将有可能达到110万人左右: a projection; 到2020年,…正处于…关键时期: a stage
        yield item(match, "deadline", date_=iso(to_int(match.group("year")), 12, 31))
    for pattern in (DATE_TO_RE, RANGE_RE, BARE_RANGE_WITHIN_RE, UNTIL_DATE_RE):
        for match in finditer_anchored(pattern, text):
            if pattern is DATE_TO_RE and (STATUS_AFTER_RE.search(text[match.end():match.end() + 20])
                                          or _forecast(text, match)):
                continue  # 到2019年6月底，全省已… reports a state; 预计到…将有可能… a projection
            if pattern in (RANGE_RE, BARE_RANGE_WITHIN_RE) and (IN_FORCE_AFTER_RE.match(text, match.end())
                                        or COUNTED_PERIOD_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
                                        or posted_for_publicity(text, match.start())
                                        or REPORTED_PERIOD_AFTER_RE.match(text, match.end())):
                continue  # in force from … to …; 统计期为…; 公示时间:…至… (how long a publicity stays posted); 总结…推广情况: no limit
            if pattern in (DATE_TO_RE, UNTIL_DATE_RE) and _policy_term(text, match):
                continue  # 现行…政策执行到2013年9月30日: that policy's own term
            # 2020年3月至6月底: the end is in the year the period starts in
            found = deadline_on(match, to_int(match["from_year"]) if pattern is RANGE_RE and match["from_year"] else year)  # 20xx: unknown
            if found and pattern is RANGE_RE and year and found.date and int(found.date[:4]) < year:
                continue  # 2017年4—5月,开展技术培训 in a 2018 text: a period over, reported
            if found:
                yield found
    for match in finditer_anchored(LABELLED_DATE_RE, text):
        found = _labelled_date(match, year)
        if found:
            yield found
    yield from _time_cells(text, year)
    for match in _planned_years(text):
        planned = int(match.group("year"))
        clause = _commitment_clause(text, match.end())
        base = BASE_YEAR_COMPARED_RE.search(clause)
        if base and int(base.group("base")) < planned and (year is None or planned >= year):
            yield item(match, "deadline", date_=iso(planned, 12, 31))  # 2015 年,…比 2010 年下降 16%
        elif year is not None and planned > year and COMMITMENT_RE.search(clause):
            yield item(match, "deadline", date_=iso(planned, 12, 31))
        elif planned == year and _own_years_commitment(text, match):
            yield item(match, "deadline", date_=iso(planned, 12, 31))  # …颁证,2015年完成75%以上的确权登记 in a plan of 2015
        elif year is None and COMMITMENT_RE.search(clause) and _plan_stated_before(text, match.start()):
            yield item(match, "deadline", date_=iso(planned, 12, 31))  # …将加快…建设,2022年新增…: a plan's year
    paired = _paired_halves(text)
    for match in finditer_anchored(PERIOD_RE, text):
        # its verb on its own line: a table's header cell (第二季度 ⏎ 完成情况) names a column, it sets no limit
        due = re.match(r"[ \t\u3000]{0,3}" + DUE_VERB, text[match.end():])
        if not (match.group("mark") or match.group("end") or due
                or match.start("period") in paired or _work_of_the_period(text, match)):
            continue
        if due and not (match.group("mark") or match.group("end") or match.start("period") in paired) \
                and REPORTED_PERIOD_AFTER_RE.match(text, match.end()):
            continue  # 上半年落实情况, 一季度完成情况: the verb names what is reported on for the period (C28), no limit
        period = match.group("period")
        key = period if period in PERIOD_ENDS else str(to_int(period.strip("第季度")))
        if key not in PERIOD_ENDS:
            continue
        month, day = PERIOD_ENDS[key]
        yield item(match, "deadline", date_=iso(written_year(match, year), month, day))


def _work_of_the_period(text: str, match: re.Match) -> bool:
    """Whether the period is the one whose work the text asks done, the verb before it (做好第二季度经济工作)."""
    return (PERIOD_WORK_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()) is not None
            and PERIOD_WORK_AFTER_RE.match(text, match.end()) is not None)


def _paired_halves(text: str) -> set[int]:
    """Offsets of the 上半年 and 下半年 that set out a programme's two steps in one sentence (HALVES_PAIR_RE)."""
    return {offset for found in HALVES_PAIR_RE.finditer(text) if not HALVES_REPORTED.search(found["a"] + found["b"])
            for offset in (found.start("first"), found.start("second"))}


def _forecast(text: str, match: re.Match) -> bool:
    """Whether a date after 到 is the horizon of a projection: its source before it in the sentence (据测算, 预计)
    or its hedge right after it (将有可能)."""
    return (FORECAST_BEFORE_RE.search(text, max(0, match.start() - 48), match.start()) is not None
            or FORECAST_AFTER_RE.match(text, match.end()) is not None)


def _own_years_commitment(text: str, match: re.Match) -> bool:
    """Whether the document's own year, inside a sentence, has its verb of completing right after it (OWN_YEAR_DUE_AFTER_RE);
    or, heading a sentence after a heading's 。 or a clause's comma, after the comma that sets it off (…布局。2018年,完成…)."""
    before = text[match.start() - 1:match.start()] if match.start() > 0 else ""
    if before in OWN_YEAR_IN_SENTENCE and before and OWN_YEAR_DUE_AFTER_RE.match(text, match.end()):
        return True
    comma = YEAR_HEADING_COMMA_RE.match(text, match.end())
    return (bool(before) and before in OWN_YEAR_HEADING_BEFORE and comma is not None
            and OWN_YEAR_DONE_AFTER_RE.match(text, comma.end()) is not None)


def _plan_stated_before(text: str, start: int) -> bool:
    """Whether the sentence before a year states a plan (PLAN_STATED_BEFORE_RE), for a document of unknown year."""
    before = text[max(0, start - MAX_PLAN_STATED_DISTANCE):start]
    return PLAN_STATED_BEFORE_RE.search(re.split(r"[。！？!?\n]", before)[-1]) is not None


def _commitment_clause(text: str, end: int) -> str:
    """The clause after a year opening one, where its commitment is; after a comma right after the year
    (2015 年,单位…比 2010 年下降 16%), the clause after the comma."""
    comma = YEAR_HEADING_COMMA_RE.match(text, end)
    return clause_after(text, comma.end() if comma else end, MAX_COMMITMENT_DISTANCE)


def _policy_term(text: str, match: re.Match) -> bool:
    """Whether a date after 执行到/实施至 is the term of a policy the clause names (现行…补贴政策执行到…)."""
    to = re.search("[到至]", match.group())
    before = text[max(0, match.start() - 10):match.start() + (to.start() if to else 0)]
    verb = re.search(r"(?:执行|实施|施行)$", before)
    return bool(verb) and POLICY_TERM_BEFORE_RE.search(before, 0, verb.start()) is not None


def _planned_years(text: str) -> Iterator[re.Match]:
    """Years opening a clause (PLANNED_YEAR_RE), or after a place opening it (武汉市2017年…)."""
    yield from finditer_anchored(PLANNED_YEAR_RE, text)
    for match in finditer_anchored(PLACE_YEAR_RE, text):
        if PLACE_BEFORE_RE.search(text, max(0, match.start() - 10), match.start()):
            yield match


def _shared_mark_date(text: str, start: int, year: Optional[int]) -> Iterator[Deadline]:
    """The dates before 和/、 that share a date's 前: 2015年12月20日和2016年1月5日以前 → 2015年12月20日 too;
    4月8日、7月8日、10月8日及12月8日前 → each of the list."""
    for _ in range(MAX_SHARED_MARK_DATES):
        found = SHARED_MARK_DATE_RE.search(text, max(0, start - 20), start)
        if not found:
            return
        date_end = found.start() + len(found.group().rstrip(" 和及与或、\t"))
        dated = deadline_on(found, year)
        if dated:
            yield Deadline(text=text[found.start():date_end], start=found.start(), end=date_end, kind="deadline",
                           date=dated.date)
        start = found.start()


def _lost_month(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """630日前 → 6月30日, 527日起 → from 5月27日: dates whose 月 a copy lost (2018319日之前: and its 年)."""
    for match in finditer_anchored(LOST_MONTH_RE, text):
        if LOST_MONTH_LENGTH_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()):
            continue
        month, day = int(match.group("month")), int(match.group("day"))
        if not 1 <= day <= (month_end(2000, month)):
            continue
        if match.group("mark") == "起":
            yield item(match, "start", f"from {month}月{day}日")
        else:
            yield item(match, "deadline", date_=iso(year, month, day))
    for match in finditer_anchored(LOST_YEAR_MONTH_RE, text):  # 2018319日之前: its 年 lost too, the year written
        month, day = int(match.group("month")), int(match.group("day"))
        if 1 <= day <= month_end(int(match.group("year")), month):
            yield item(match, "deadline", date_=iso(int(match.group("year")), month, day))
    for match in LOST_MONTH_END_RE.finditer(text):  # 从本月25日起至1115日: the period's end
        month, day = int(match.group("month")), int(match.group("day"))
        if 1 <= day <= month_end(2000, month):
            start, end = match.span("end")
            yield Deadline(text=text[start:end], start=start, end=end, kind="deadline", date=iso(year, month, day))


# how far back the sentence of a day alone is searched for the date that names its month
NAMED_MONTH_REACH = 120


def _days_of_named_month(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """20日以前 and 21日开始 after 2月15日以前 in one sentence: days in the month the sentence named (DAY_ALONE_RE)."""
    for match in finditer_anchored(DAY_ALONE_RE, text):
        before = text[max(0, match.start() - 4):match.start()].rstrip(" \u3000")  # a bounded look: no copy of the text
        if not before or before[-1] not in DAY_ALONE_OPENER:
            continue
        named = _date_naming_the_month(text, match.start())
        day = int(match.group("day"))
        if named is None or day <= int(named.group("day")) or day > month_end(2000, int(named.group("month"))):
            continue  # a schedule goes forward: an earlier day alone would be the next month's, which the text does not say
        month = int(named.group("month"))
        if match.group("mark") in ("开始", "起"):
            yield item(match, "start", f"from {month}月{day}日")
        else:
            yield item(match, "deadline", date_=iso(int(named.group("year")) if named.group("year") else year, month, day))


def _date_naming_the_month(text: str, end: int) -> Optional[re.Match]:
    """The last full date (month and day) of the sentence before ``end``."""
    start = max(0, end - NAMED_MONTH_REACH)
    stop = max(text.rfind(mark, start, end) for mark in SENTENCE_END)
    found = None
    for found in DATED_DAY_RE.finditer(text, max(start, stop + 1), end):
        pass
    return found


def _range_in_month(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    """（9月1日至30日）: the period ends in the month it starts in."""
    month, day = int(match.group("from_month")), to_int(match.group("day"))
    if not 1 <= month <= 12 or not day:
        return None
    return item(match, "deadline", date_=iso(year, month, day))


def _time_cells(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """The cells of a time column (a table copied one cell a line, after a header cell 计划完成时间), or of a task table's
    remarks column (责任单位 ⏎ 备注) but for a signature's full day: each a limit."""
    header = TIME_COLUMN_RE.search(text)
    remarks = REMARKS_COLUMN_RE.search(text) if header is None else None
    if header is None and remarks is None:
        return
    for match in TIME_CELL_RE.finditer(text, (header or remarks).end()):
        if remarks and match.group("day") and not match.group("when").rstrip().endswith("前"):
            continue  # 2020年3月20日 alone: a signature's date
        found = _labelled_date(match, year)
        if found:
            yield found


def _labelled_date(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    """完成时限：2021年3月 → the month's last day; 时间节点：2021年底, 完成时间：2021年 → the year's last
    day. The item is the date, without its label."""
    start, end = match.span("when")
    if match.group("month"):
        resolved = last_day(match, written_year(match, year))
        if resolved is None or resolved[2] is None:
            return None
        written = iso(*resolved)
    elif match.group("year"):
        written = iso(to_int(match.group("year")), 12, 31)
    else:
        return None
    text = match.string[start:end].rstrip()
    return Deadline(text=text, start=start, end=start + len(text), kind="deadline", date=written)


def _year_quota(text: str, match: re.Match) -> bool:
    """年内 before a count bounded below in its clause (YEAR_QUOTA_RE), the year's own (not 3年内, a window of years)."""
    return match.group("part") == "内" and YEAR_QUOTA_RE.match(text, match.end()) is not None \
        and not COUNTED_YEARS_BEFORE_RE.search(text, max(0, match.start() - 1), match.start())


def _aimed_year_end(text: str, match: re.Match, year: Optional[int]) -> bool:
    """Whether a written year's end (not the document's past) heads its sentence and the clause after its comma states an aim
    (YEAR_END_AIM_RE): 2020年底,城区…力争进入市内前列."""
    written = match.group("year")
    if not written or not written.isdigit() or match.group("part") == "内" or year is None or int(written) < year:
        return False
    heads = match.start() == 0 or text[match.start() - 1] in YEAR_END_AIM_BEFORE or text[match.start() - 1].isspace()
    return heads and YEAR_END_AIM_RE.match(text, match.end()) is not None
