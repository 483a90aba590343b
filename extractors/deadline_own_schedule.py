"""The notice's own schedule written as plain dates (for ``extractors.deadlines``, CONVENTIONS.md C1): the times the
issuer sets for its own inspections, reviews, assessments and exams, which are steps of the programme it
announces and the day its recipients must be ready by:

* a date after 将于/将在/定于 in a clause naming such a step (定于8月下旬至9月上旬…开展…督查, 将于年中、年末…进行专项督查): 我部将于2022年3月上旬组织专家…进行评审 · 评估验收组将于
  5月26日(周四)下午至27日上午到有关学校视察 · 期末考试将于7月2日-7月13日举行 · 首都文明委将于今年第四季度评选表彰;
  the step named after 于 alone (考评于12月底进行);
* the dates a label of such a step's time gives: 检查验收时间…时间分别为2010年8月上旬和2010年12月上旬 (each a limit);
* the months a campaign names as its own: 2010年7月和2010年11月为全县…环境综合整治月; and the day a step is named for
  (12月15日为选举日: the day the issuer holds its vote);
* the dates opening the clauses of a schedule after its label, each with its step (具体时间安排为10月28日至29日推选产生…
  委员会,10月31日至11月8日进行…登记,…。11月9日至10日推选…代表);
  (the time cells of a schedule table: ``extractors.deadline_tables``);
* a part of the year the issuer's step is held in, after 在: 对…落实不力的在年底考核中扣分 (the year's end);
* a month set for a step, after 在 and before the verb arranging it: 在5月份安排…播放公益宣传片 (the month's end);
* a meeting the issuer plans, after 拟于: 拟于下半年召开省政协专门委员会工作会议 (the half-year's end, C23).

Not an event outside the programme that the notice only reports (全国人大将于3月5日召开: no step of the
issuer's named), nor one already held (将于…进行了: never written; 于5月26日进行了检查: no 将), nor a date the other
patterns read with its 前/起 (将于3月1日前报送, 将于3月1日起施行). The limit's day is the last day of the period named.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from .lazy_patterns import compiled_later
from schema.models import Deadline

from .anchored_scan import finditer_near
from .deadline_numbers import iso, month_end, to_int
from .deadline_patterns import GAP, HALF_DAY, WEEKDAY_NOTE
from .deadline_relative import posted_for_publicity
from .deadline_sentences import CALENDAR_EVENTS
from .vocab import Examples

# The steps of a programme that the issuer itself holds: what makes a date after 将于 the notice's own schedule.
# 组织开展: a programme scheduled for a period (定于4月1日到5月31日组织开展…在线学习活动, which the notice has its
# recipients take part in), not an outside event it reports (全国人大将于3月5日召开).
OWN_STEPS = ("抽查", "检查", "验收", "评审", "测评", "考评", "评估", "督查", "督导", "视察", "考核", "评选", "考试",
             "评比", "核查", "巡查", "复查", "考察", "审查", "评议", "缓考", "组织开展",
             # an event the issuer holds for its recipients (擬于12月初舉行招商引資項目集中簽約活動: a signing ceremony)
             "活动", "活動",
             # the issuer holding its own event (拟定于2017年12月2日(星期六)上午举办2017年教职工趣味运动会, aq10) or match
             # (比赛时间:拟定12月2日…, a sports meet's label)
             "举办", "举行", "舉辦", "舉行", "比赛", "比賽",
             # the issuer posting what its recipients are to fetch or see (…组织工作通知拟在11月29日(周三)在校园网…挂出,
             # 名单将于…公示)
             "挂出", "掛出", "张贴", "張貼", "公示",
             # the issuer holding a vote (12月15日为选举日: a village election committee's schedule of its election)
             "选举", "選舉", "投票",
             # the issuer's own lottery among its applicants (系统于2025年3月28日上午10时,…自动随机摇出房屋: a housing allocation's draw)
             "摇号", "搖號", "摇出", "搖出", "摇房", "抽签", "抽簽",
             # the issuer putting its own system, pool or seal into use, the day its recipients start using it
             # (财政部建立了…专家库,并定于2004年12月1日正式启用, co03; 新版系统将于7月1日正式启用)
             "启用", "啟用")
OWN_STEP_RE = compiled_later("|".join(OWN_STEPS))
# A meeting the issuer plans (拟 "plans to": only the issuer writes its own plan so): 拟于下半年召开省政协专门委员会工作会议
# (a CPPCC office consulting its members before its meeting). A meeting after 将于 may be another body's that the notice
# reports (全国人大将于3月5日召开), so 召开 alone is no step of OWN_STEPS.
PLANNED_MARKER_RE = compiled_later(r"^(?:拟|擬)")
# The same plan written 预定于 or 拟定于 ("fixed in advance"): 局预定于2月3日(具体时间以电话通知为准)召开2016年迎新春茶话会
# (j20: the bureau's own tea party). Matched at the character before a 定于 marker.
PLANNED_BEFORE_FIXED_RE = compiled_later(r"[预預拟擬](?=定)")
PLANNED_MEETING_RE = compiled_later(r"召开|召開")

# One date of the schedule, its last day the limit: 2022年3月上旬 · 9月中旬 · 12月底 · 6月2日 · 7月2日-7月13日 ·
# 5月26日(周四)下午至27日上午 · 今年第四季度 · 2010年7月.
# A day's note: its weekday, its half and its hours (12月2日(周六)上午8:30—12:00: the clock times belong to the day's text).
CLOCK = r"(?:\d{1,2}\s{0,2}[:：]\s{0,2}\d{2}|\d{1,2}\s{0,2}[时点](?:\s{0,2}\d{1,2}\s{0,2}分|半|整)?)"  # 8:30 · 上午10时
# A clock's part of the day, 早 and 晚 too (早6:00~晚18:00: a works' hours).
CLOCK_HALF = r"(?:" + HALF_DAY + r"|早|晚)"
_DAY_NOTE = (r"(?:" + GAP + WEEKDAY_NOTE + r")?(?:" + GAP + CLOCK_HALF + r")?"
             r"(?:" + GAP + CLOCK + r"(?:" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + CLOCK_HALF + GAP + r")?" + CLOCK
             + r")?)?")
SCHEDULE_DATE_RE = compiled_later(
    r"(?:(?P<year>(?:19|20)\d{2})" + GAP + r"年" + GAP + r"|(?P<this_year>今年|本年)(?:度)?" + GAP + r")?"
    r"(?:第?(?P<quarter>[一二三四1-4])季度"
    # the middle and the end of the year: 市政府将于年中、年末对…进行专项督查 (ae04)
    r"|(?P<year_part>年中|年末|年底|上半年|下半年)"
    r"|(?P<month>\d{1,2})" + GAP + r"月" + GAP
    + r"(?:(?P<day>\d{1,2})" + GAP + r"[日号]" + _DAY_NOTE
    + r"(?:" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:(?P<to_month>\d{1,2})" + GAP + r"月" + GAP + r")?"
    + r"(?P<to_day>\d{1,2})" + GAP + r"[日号]" + _DAY_NOTE + r")?"
    + r"|(?P<dekad>[上中下])旬|(?P<early>初)|(?P<month_end>底|末)|份)?"
    # a period of parts of months: 8月下旬至9月上旬 · 5月中旬至6月底
    + r"(?:" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?P<end_month>\d{1,2})" + GAP + r"月" + GAP
    + r"(?:(?P<end_dekad>[上中下])旬|(?P<end_month_end>底|末)|份)?)?)"
)
# A body or its system acting on a day, the step named later in the sentence: 市住房保障办于2025年4月3日在…网站公示 ·
# 公租房常态分配系统于2025年3月28日上午10时,根据…自动随机摇出房屋 (the office's own dated steps, C1). A step done before
# the notice is written with 了 (市教育局于5月对…进行了抽查), and 于 after a date-less subject is read only with a step.
ACTING_BODY_ENDS = ("办", "局", "委", "厅", "中心", "政府", "系统", "平台")
# What shows a step is done: 了 (组织…开展了督查), not 了解 (如需了解房屋情况).
REPORTED_RE = compiled_later(r"了(?!解)")
# How far into its sentence such a body's step may be named.
SENTENCE_AFTER_RE = compiled_later(r"[^。；;！!？?\n]{0,120}")
# Where a scheduled step's date stands: after 将于/将在/定于 (将 "will": the issuer announcing), or after the step's
# name and 于 (考评于12月底进行). The date is read from the end of this marker.
SCHEDULE_MARKER_RE = compiled_later(r"(?:将|定|拟|擬)\s{0,2}(?:于|在|於)|(?:" + "|".join(OWN_STEPS) + r")(?:时间)?(?:于|在)"
                                r"|(?P<body>" + "|".join(ACTING_BODY_ENDS) + r")(?:于|於)")
# A decision fixing the day of the issuer's own act, whatever the act: 市委市政府决定于10月18日提前…开栓供热 (决定 before the
# marker's 定于): the notice's programme, as 我局决定于…启动 is (C1).
DECIDED_BEFORE_RE = compiled_later(r"决定(?=\s{0,2}(?:于|在|於))")
# A day off decided (经研究,定于5月1日至3日放假): a holiday's dates ask nothing of the recipients, as k01's 放假时间为… (C32).
DAY_OFF_RE = compiled_later(r"放假|休假|调休|調休")
# The same decision reached by study or by consultation, its 定于 after a comma: 经与合肥供电公司协商,定于2010年6月1日早6:00~
# 晚18:00,对…停电施工 (bv02: the institute's power cut for works, its units to get ready) · 经研究,定于… . Searched in the
# few characters before a 定于 marker.
AGREED_BEFORE_RE = compiled_later(r"(?:研究|协商|協商|商定|同意)[，,]?\s{0,2}$")
# A period opening an item or a sentence with 自/从, the clause after it what is done in it: 一、自5月1日至12月31日,我县…全面
# 实行秸秆禁烧管理 (the ban's period: the notice's own campaign, C1). Not a period a report opens (自1月1日至6月30日,全县共查处
# …, …开展了…), nor one a written year dates (RANGE_RE reads those).
OPENING_PERIOD_RE = compiled_later(r"(?:^|(?<=[\n。；;：:、]))" + GAP + r"(?:自|从)" + GAP)
PERIOD_CLAUSE_END_RE = compiled_later(GAP + r"[，,]")
PERIOD_REPORTED_RE = compiled_later(r"了(?!解)|已|共计|累计|共[查办处接受收发完]")
# The rest of a date's clause: to its end, where the step is named (…组织专家对报告进行评审).
CLAUSE_AFTER_RE = compiled_later(r"[^，,。；;！!？?\n]{0,40}")
# The clause's start before the marker, where its subject is (期末考试将于…).
CLAUSE_BEFORE_RE = compiled_later(r"[^，,。；;！!？?\n]{0,20}$")
# What makes a date after the marker no scheduled step: another pattern's limit or start (将于3月1日前, 起施行),
# or a step already done (了).
NOT_SCHEDULED_AFTER_RE = compiled_later(GAP + r"(?:之前|以前|前|之后|以后|后|起|开始|期间|以来)")
# A label giving a step's times, its dates after it: 时间分别为2010年8月上旬和… · 检查验收时间为5月 · 比赛时间:拟定12月2日
# (a plan's word before the date: 拟定, 拟于, 定于, 暂定).
# A heading that names the step's time ends its line, the date opening the next (一、比赛时间、地点 ⏎ 2019年11月12日，北三楼会议室。
# · 三、活动时间 ⏎ 2019年10月17日下午第二节课): the heading's own words before 时间 are few (HEADING_LABEL_CHARS), no sentence.
TIME_LABEL_RE = compiled_later(r"时间(?:分别)?(?:为|是|[：:])" + GAP + r"(?:(?:拟定|暂定|拟|擬|定)(?:于|於|在)?" + GAP + r")?"
                           r"|时间(?P<heading>(?:[、和及与]地点)?)[ \t\u3000]*\n[ \t\u3000]*")
HEADING_LABEL_CHARS = 12
HEADING_SENTENCE_RE = compiled_later(r"[，,。；;！!？?]")
# How far back from a time label the step it times is named (检查验收时间。分两次进行检查验收,时间分别为…).
LABEL_STEP_REACH = 40
# Dates joined in a list: 2010年8月上旬和2010年12月上旬.
DATE_JOINER_RE = compiled_later(GAP + r"(?:和|及|与|、)" + GAP)
# A campaign period the notice names as its own: …为全县新农村建设环境综合整治月 (after the dates) · 6月11日至17日是“节能
# 宣传活动周” (a campaign week, 在此期间 the recipients' work).
CAMPAIGN_MONTH_AFTER_RE = compiled_later(GAP + r"[为是][^，,。；;\n]{0,24}?(?:整治|活动|宣传|行动|攻坚|服务|质量|安全|生产)[月周]")
# A day named for one of the issuer's own steps (after the date): 12月15日为选举日 · 6月20日为考试日. Not a day named for
# an occasion outside the programme (5月12日为全国防灾减灾日: no step of the issuer's).
STEP_DAY_AFTER_RE = compiled_later(GAP + r"为[^，,。；;\n]{0,8}?(?:" + "|".join(OWN_STEPS) + r")日(?![期子])")
# The label of a schedule whose steps follow it, each clause opening with its date: 具体时间安排为10月28日至29日推选… ·
# 时间安排如下:… · 日程安排:…
ARRANGEMENT_LABEL_RE = compiled_later(r"(?:时间|日程|进度)安排(?:如下)?" + GAP + r"(?:为|是|[：:])?" + GAP)
# How far after its label a schedule's steps are read (its paragraph, at most this long: a long line of many labels stays
# linear).
ARRANGEMENT_REACH = 400
# Where a later clause of such a schedule opens: after a comma, a full stop or a semicolon.
CLAUSE_BREAK_RE = compiled_later(r"[，,。；;]" + GAP)
# A schedule's clause that names the day a calendar event falls on (暑假放假时间为7月1日至8月31日,9月1日(星期一)正式开学):
# the term's start or a holiday is the calendar the notice's limits are counted from (在开学前, 开学后第一天), no step of
# its programme to be done by that day.
# Not a step named for the event (9月1日开学检查, 8月25日开学准备工作: the issuer's own, C1).
CALENDAR_DAY_CLAUSE_RE = compiled_later(r"^\s{0,3}(?:正式|统一|全面)?(?:" + "|".join(CALENDAR_EVENTS) + r")(?!检查|督查|准备|工作)")
# A day left blank in a template (12月  日召开…): a month with no day, no date to read.
BLANK_DAY_AFTER_RE = compiled_later(GAP + r"[日号]")
# The issuer's step held at a part of the year, after 在: 在年底考核中扣分 · 在年中督查时. (A month or a day after 在 is
# left alone: 在5月检查中发现 reports a step already held.)
YEAR_PART_STEP_RE = compiled_later(r"(?<=在)" + GAP + r"(?P<when>年中|年末|年底|年终)" + GAP + r"(?:" + "|".join(OWN_STEPS) + r")")

# A month the programme sets for one of its steps, after 在 and before the verb that arranges the step: 在5月份安排临安电视台
# …播放红十字公益宣传片 · 在9月组织开展…培训 (the month's end). Not a month of a step reported (在5月检查中发现: no
# arranging verb; 在6月份组织开展了…: 了 in its clause).
MONTH_STEP_RE = compiled_later(r"(?<=在)" + GAP + r"(?P<when>(?:(?P<year>(?:19|20)\d{2})" + GAP + r"年" + GAP + r")?"
                               r"(?P<month>\d{1,2})" + GAP + r"月份?)" + GAP
                               + r"(?=安排|组织开展|组织|集中开展|开展|举办|举行)")


def _last_day(match: re.Match, year: Optional[int]) -> Optional[str]:
    """The ISO last day of the period a SCHEDULE_DATE_RE match names (None when its year is unknown)."""
    written = int(match.group("year")) if match.group("year") else year
    if written is None:
        return None
    if match.group("year_part"):
        return iso(written, 6, 30) if match.group("year_part") in ("年中", "上半年") else iso(written, 12, 31)
    if match.group("quarter"):
        quarter = to_int(match.group("quarter"))
        return iso(written, quarter * 3, month_end(written, quarter * 3))
    month = int(match.group("end_month") or match.group("to_month") or match.group("month"))
    if not 1 <= month <= 12:
        return None
    day = None if match.group("end_month") else match.group("to_day") or match.group("day")
    if day:
        return iso(written, month, int(day)) if 1 <= int(day) <= month_end(written, month) else None
    dekad = match.group("end_dekad") if match.group("end_month") else match.group("dekad") or (match.group("early") and "上")
    if dekad in ("上", "中"):
        return iso(written, month, 10 if dekad == "上" else 20)
    return iso(written, month, month_end(written, month))


def dated(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    """The limit a SCHEDULE_DATE_RE match names, or None when it names no date."""
    text = match.group().rstrip()
    if not text or (match.group("quarter") is None and match.group("month") is None and match.group("year_part") is None):
        return None
    return Deadline(text=text, start=match.start(), end=match.start() + len(text), kind="deadline",
                    date=_last_day(match, year), rule="the notice's own schedule")


def _date_list(text: str, at: int, year: Optional[int]) -> tuple[list[Deadline], int]:
    """The dates listed from ``at`` (2010年8月上旬和2010年12月上旬) and where the list ends."""
    found: list[Deadline] = []
    while (match := SCHEDULE_DATE_RE.match(text, at)) and (item := dated(match, year)):
        found.append(item)
        at = item.end
        joiner = DATE_JOINER_RE.match(text, at)
        if not joiner or not SCHEDULE_DATE_RE.match(text, joiner.end()):
            break
        at = joiner.end()
    return found, at


def _announced_steps(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for marker in finditer_near(SCHEDULE_MARKER_RE, text, *OWN_SCHEDULE_ANCHORS[SCHEDULE_MARKER_RE]):
        found, end = _date_list(text, marker.end(), year)
        if not found or NOT_SCHEDULED_AFTER_RE.match(text, end):
            continue
        clause = (CLAUSE_BEFORE_RE.search(text, max(0, marker.start() - 20), marker.start()).group()
                  + marker.group() + CLAUSE_AFTER_RE.match(text, end).group())
        stepped = SENTENCE_AFTER_RE.match(text, end).group() if marker.group("body") else clause
        decided = DECIDED_BEFORE_RE.match(text, max(0, marker.start() - 1), marker.end()) is not None \
            or marker.group().startswith("定") and AGREED_BEFORE_RE.search(text, max(0, marker.start() - 4), marker.start())
        planned = PLANNED_MARKER_RE.match(marker.group()) or PLANNED_BEFORE_FIXED_RE.match(text, max(0, marker.start() - 1))
        planned_meeting = planned and PLANNED_MEETING_RE.search(stepped)
        decided = decided and not DAY_OFF_RE.search(clause + stepped)
        if (OWN_STEP_RE.search(stepped) or decided or planned_meeting) and not REPORTED_RE.search(clause + stepped):
            yield from found


def _labelled_times(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for label in TIME_LABEL_RE.finditer(text):
        before = text[max(0, label.start() - LABEL_STEP_REACH):label.start()].rsplit("\n", 1)[-1]
        if label.group("heading") is not None and (len(before) > HEADING_LABEL_CHARS or HEADING_SENTENCE_RE.search(before)):
            continue  # a sentence ending its line at 时间 is no heading
        if OWN_STEP_RE.search(before) and not posted_for_publicity(text, label.end()):  # 公示时间: of a publicity itself
            found, end = _date_list(text, label.end(), year)
            if not NOT_SCHEDULED_AFTER_RE.match(text, end):
                yield from found


def _campaign_months(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(CAMPAIGN_MONTH_AFTER_RE, text, *OWN_SCHEDULE_ANCHORS[CAMPAIGN_MONTH_AFTER_RE]):
        start = max(0, match.start() - 30)
        week = match.group().endswith("周")
        for first in SCHEDULE_DATE_RE.finditer(text, start, match.start()):
            if first.group("month") is None or week and first.group("day") is None:
                continue  # a week is named by its days: 6月是全省节能宣传周 gives the occasion's month, no period (aq05)
            found, end = _date_list(text, first.start(), year)
            if found and end == match.start():
                yield from found
                break


def _step_days(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(STEP_DAY_AFTER_RE, text, *OWN_SCHEDULE_ANCHORS[STEP_DAY_AFTER_RE]):
        for first in SCHEDULE_DATE_RE.finditer(text, max(0, match.start() - 20), match.start()):
            item = dated(first, year) if first.group("day") and not text[first.start() - 1:first.start()].isdigit() else None
            if item and not text[item.end:match.start()].strip():  # the date right before its 为…日
                yield item
                break


def _arranged_steps(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """The dates opening the clauses of the paragraph after a schedule's label, each one step's time (not a date
    another pattern reads with its 前/起, nor a clause reporting what was done with 了)."""
    for label in ARRANGEMENT_LABEL_RE.finditer(text):
        end = text.find("\n", label.end(), label.end() + ARRANGEMENT_REACH)
        end = min(len(text), label.end() + ARRANGEMENT_REACH) if end < 0 else end
        opening = [label.end()] + [found.end() for found in CLAUSE_BREAK_RE.finditer(text, label.end(), end)]
        for at in opening:
            match = SCHEDULE_DATE_RE.match(text, at, end)
            item = dated(match, year) if match and match.group("month") else None
            if item is None or BLANK_DAY_AFTER_RE.match(text, item.end) or NOT_SCHEDULED_AFTER_RE.match(text, item.end):
                continue
            clause = CLAUSE_AFTER_RE.match(text, item.end).group()
            if "了" not in clause and not CALENDAR_DAY_CLAUSE_RE.match(clause):
                yield item


def _opening_periods(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for opening in finditer_near(OPENING_PERIOD_RE, text, ("自", "从"), 4):
        match = SCHEDULE_DATE_RE.match(text, opening.end())
        if not match or match.group("year") or not match.group("to_day") or not (item := dated(match, year)):
            continue
        if not PERIOD_CLAUSE_END_RE.match(text, item.end):
            continue
        if not PERIOD_REPORTED_RE.search(SENTENCE_AFTER_RE.match(text, item.end).group()):
            yield item


def _year_part_steps(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in YEAR_PART_STEP_RE.finditer(text):
        start, end = match.span("when")
        date = None if year is None else iso(year, 6, 30) if match.group("when") == "年中" else iso(year, 12, 31)
        yield Deadline(text=text[start:end], start=start, end=end, kind="deadline", date=date,
                       rule="the notice's own schedule")


def _month_steps(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in MONTH_STEP_RE.finditer(text):
        if REPORTED_RE.search(CLAUSE_AFTER_RE.match(text, match.end()).group()):
            continue  # 在6月份组织开展了…: a step already held
        written = int(match.group("year")) if match.group("year") else year
        month = int(match.group("month"))
        date = iso(written, month, month_end(written, month)) if written and 1 <= month <= 12 else None
        start, end = match.span("when")
        yield Deadline(text=text[start:end], start=start, end=end, kind="deadline", date=date,
                       rule="the notice's own schedule")


OWN_SCHEDULE_FINDERS = [_announced_steps, _labelled_times, _campaign_months, _step_days, _arranged_steps, _opening_periods,
                        _year_part_steps, _month_steps]

# Patterns that ``finditer`` would try at every character, tried only where their anchors are
# (extractors.anchored_scan; checked against finditer by tests/test_deadlines.py): a marker starts at 将, 定, 拟
# (擬) or its step's word; a campaign month's 为 comes after a gap of three at most.
OWN_SCHEDULE_ANCHORS = {SCHEDULE_MARKER_RE: (("将", "定", "拟", "擬", *OWN_STEPS, *ACTING_BODY_ENDS), 0), CAMPAIGN_MONTH_AFTER_RE: (("为", "是"), 3),
                        STEP_DAY_AFTER_RE: ("为", 3)}


EXAMPLES = {
    "OWN_STEPS": Examples(match=("抽查", "考评", "活动", "比赛", "挂出", "选举"), no_match=("召开",)),
    "OWN_STEP_RE": Examples(match=("组织专家对报告进行评审", "期末考试", "正式启用"), no_match=("全国人大将于3月5日召开",)),
    "SCHEDULE_DATE_RE": Examples(match=("2022年3月上旬", "9月中旬", "7月2日-7月13日", "5月26日(周四)下午至27日上午", "今年第四季度",
                                        "12月底", "8月下旬至9月上旬", "年中", "今年年底", "12月初", "下半年", "2024年上半年",
                                        "12月2日(周六)上午8:30—12:00"), no_match=("本月", "第四批")),
    "SCHEDULE_MARKER_RE": Examples(match=("将于", "将在", "定于", "拟于", "擬于", "考评于", "检查验收时间在", "市住房保障办于",
                                          "分配系统于"), no_match=("于", "关于", "市住房保障办在")),
    "PLANNED_MARKER_RE": Examples(match=("拟于", "擬於", "拟在"), no_match=("将于", "定于")),
    "PLANNED_BEFORE_FIXED_RE": Examples(match=("预定于", "擬定於"), no_match=("定于", "预计", "确定于")),
    "PLANNED_MEETING_RE": Examples(match=("召开省政协专门委员会工作会议", "召開座談會"), no_match=("举办培训班",)),
    "REPORTED_RE": Examples(match=("开展了优化营商环境督查",), no_match=("如需了解房屋情况",)),
    "ACTING_BODY_ENDS": Examples(match=("办", "局", "系统"), no_match=("家庭",)),
    "SENTENCE_AFTER_RE": Examples(match=("，根据申请家庭的先后顺序，自动随机摇出房屋",), no_match=()),
    "CLAUSE_AFTER_RE": Examples(match=("组织专家对报告进行评审",), no_match=()),
    "CLAUSE_BEFORE_RE": Examples(match=("期末考试",), no_match=()),
    "NOT_SCHEDULED_AFTER_RE": Examples(match=("前报送", "起施行"), no_match=("组织抽查",)),
    "TIME_LABEL_RE": Examples(match=("时间分别为", "时间为", "时间：", "时间:拟定", "时间：暂定于", "时间、地点\n", "时间\n  "),
                              no_match=("时间", "时间安排")),
    "HEADING_SENTENCE_RE": Examples(match=("，", "。"), no_match=("一、比赛",)),
    "DATE_JOINER_RE": Examples(match=("和", "、"), no_match=("至",)),
    "MONTH_STEP_RE": Examples(match=("在5月份安排临安电视台播放公益宣传片", "在9月组织开展业务培训", "在2023年10月举办运动会"),
                              no_match=("在5月检查中发现", "5月份安排", "在5月底前完成")),
    "YEAR_PART_STEP_RE": Examples(match=("落实不力的在年底考核中扣分", "在年中督查时"), no_match=("在5月检查中发现", "年底考核", "在年底前完成")),
    "STEP_DAY_AFTER_RE": Examples(match=("为选举日", "为投票日", "为期末考试日"), no_match=("为全国防灾减灾日", "为选举日期")),
    "ARRANGEMENT_LABEL_RE": Examples(match=("具体时间安排为", "时间安排如下:", "日程安排："), no_match=("工作安排", "时间为")),
    "CLAUSE_BREAK_RE": Examples(match=(",", "。 "), no_match=("、",)),
    "CALENDAR_DAY_CLAUSE_RE": Examples(match=("正式开学,假期共62天", "放假", " 统一开学"), no_match=("进行登记", "开展开学检查", "开学检查", "开学准备工作")),
    "BLANK_DAY_AFTER_RE": Examples(match=("  日召开", "日"), no_match=("召开全体村民大会",)),
    "CAMPAIGN_MONTH_AFTER_RE": Examples(match=("为全县新农村建设环境综合整治月", "为安全生产月", "是“节能宣传活动周”", "为全市禁毒宣传周"),
                                        no_match=("为全县整治重点", "是全国防灾减灾日")),
    "DAY_OFF_RE": Examples(match=("放假", "调休"), no_match=("停电施工",)),
    "AGREED_BEFORE_RE": Examples(match=("经与合肥供电公司协商,", "经研究，", "经研究"), no_match=("协商,不", "研究制定")),
    "DECIDED_BEFORE_RE": Examples(match=("市委市政府决定于", "我局决定在"), no_match=("决定", "确定于")),
    "OPENING_PERIOD_RE": Examples(match=("自", "、自", "。从"), no_match=("各镇自", "来自")),
    "PERIOD_CLAUSE_END_RE": Examples(match=(",", " ，"), no_match=("前",)),
    "PERIOD_REPORTED_RE": Examples(match=("全县共查处秸秆焚烧案件", "已完成", "开展了排查"), no_match=("我县全面实行秸秆禁烧管理",)),
}
