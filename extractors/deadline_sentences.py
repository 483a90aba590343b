"""Time limits written in running sentences, with no phase name and often no 前 of their own, and the
limits that take their day from their context (for ``extractors.deadlines``):

* a month, or a part of one, opening what must be done by then, in a plan's schedule: 4月底完成附属工程建设 ·
  12月份投入使用 · 4月至5月完成护岸建设 · 6月份主体工程动工兴建 (the month's last day);
* a quarter labelled as a step of a schedule: 第一季度工作进展：完成设计招标工作 (not 第一季度：已完成…, a
  report of what was done);
* a named holiday or a season's start: 春节前能整改的要立即整改 · 在入冬以前 (a limit whose day the text does not give);
* an event's coming: 在汛期来临前 (a window before the event: relative);
* a week or a month counted from the notice: 下周三前 · 本周五前 · 下月10日前 (dated from the notice's own
  date when it has one, else left open);
* a reporting rhythm: 采取日报制报告 (recurring; not 实行旬报制度, a system's name);
* a window counted from a calendar event, most often the school term's start: 在开学前 · 开学后第一天 ·
  在开学第一周 (relative);
* a part of every month, or every month with its usual day in brackets: 每月上旬召开 · 每月（一般为25日左右）
  下发通知 (recurring);
* the second year of a pair after one 到: 到2023年底和2030年 (the year's last day);
* a bare hour after 于/在, which falls on the day of the limit before it in the paragraph: 每周一9:30前报送…
  须于9:30前说明情况,并在10:30前报送 (the same Monday).
* a phase's months in brackets after its name: 摸底和集中整治阶段(5月-8月) (the last month's end);
* two dates after one 于 sharing the verb after the second: 分别于6月底和7月底报送 (each a limit);
* a date with 起 opening a clause, without 从/自: ;2021年5月1日起按照…执行 (a start).

``in_context`` then corrects what the patterns alone cannot: the day of a bare hour and of a
notice-relative limit, and a preposition a window's span took in (在会后7日内 → 会后7日内).

Each pattern is matched on the text folded to simplified characters (来臨 → 来临), like every pattern of
``extractors.deadline_patterns``, with bounded quantifiers only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Iterator, Optional

from .lazy_patterns import compiled_later
from schema.models import Deadline

from .anchored_scan import finditer_near
from .deadline_numbers import iso, month_end, to_int
from .deadline_patterns import (
    COUNT, DATE_TAIL, DAY, DUE_VERB, GAP, HOLIDAY, MONTH, TIME_OF_DAY, UNIT_NAMES, WEEKDAY_NAMES, YEAR,
)
from .deadline_dates import COUNTED_PERIOD_BEFORE_RE
from .deadline_relative import START_REPORTED_AFTER_RE
from .titles import DOC_TITLE_ENDINGS
from .vocab import Examples

# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

# Verbs of getting something done by a month: what makes a month opening a clause a limit.
# 结束: a programme's end (换届选举工作…12月底全面结束). 完善: a step's work (10月底完善平台各项功能). 取得…成效/进展: the results due by then (an indicator list's
# time note: 5月底取得明显成效并持续推进, 6月底取得阶段性成效).
SCHEDULE_VERB = (r"(?:完成|完工|建成|竣工|投入使用|投用|开工|动工|到位|验收|上线|启用|交付|实现|出台|印发|结束|完善"
                 r"|取得(?:明显|阶段性|显著|初步|实质性|突破性)?(?:成效|进展|突破))")
# A month (or its end, its part, a span of months) opening what is due then, the verb in the same
# clause: 4月底完成附属工程建设 · 12月份投入使用 · 4月至5月完成 · 6月份茶山公园…主体工程动工兴建. Not 截至4月底
# 完成投资… (a status), not 4月底已完成 (a report), not 4月份工作计划 (no verb).
MONTH_SCHEDULE_RE = compiled_later(
    r"(?<![\d年月日至到截止—\-~～])(?:" + YEAR + r")?(?:(?P<first>\d{1,2})" + GAP + r"月" + GAP + r"(?:至|到|—|－|-|~|～)"
    + GAP + r")?" + MONTH + GAP + r"(?P<tail>底|末|份|[上中下]旬)?(?!" + GAP + DAY + GAP + r"[日号])"
    + r"(?=" + GAP + r"[^，,。；;：:！？!?\n（）()已]{0,18}?" + SCHEDULE_VERB + r"(?![了过的]))"
)
# What stands before a month that opens no schedule: 截至 (a status), 于/在/到 (read by DATE_BY_RE when a
# verb follows at once; a month after them further from its verb is a date of an event).
# Where a schedule's month stands: opening a clause, or after the heading of a plan's targets glued to it (目标任务4月底
# 完成…). A month inside a clause (全县5月份完成投资…) is more often a report of what was done.
# A bracket opens a time note after a task, as a clause opens a plan's step (…全程网办。（6月底完成，牵头单位：…）).
SCHEDULE_PLACE_BEFORE_RE = compiled_later(r"(?:^|[\s，,。；;：:！!？?（(]|任务|计划|安排|进度|目标|要求)$")
# 、: one of a list of months (分别于2015年7月、2016年10月交付), dates of what was done.
MONTH_STATUS_BEFORE_RE = compiled_later(r"(?:截至|截止|截止到|至|到|于|在|从|自|是|为|的|已|已经|累计|、)\s{0,2}$")

# A quarter labelled as a step of a schedule, the work due in it after the colon:
# 第一季度工作进展: 完成设计招标工作 · 二季度目标：完成 · 第四季度:确保超额完成. Not 第一季度：已完成 (a report).
QUARTER_STEP_RE = compiled_later(
    r"(?<![\d年])(?:" + YEAR + r")?第?(?P<quarter>[一二三四1-4])季度(?=" + GAP
    + r"(?:工作)?(?:进展|进度|目标|任务|计划|安排)?" + GAP + r"[:：]" + GAP + r"(?:(?:确保|力争|争取)[\u4e00-\u9fff]{0,2}?)?" + GAP + SCHEDULE_VERB + r")"
)
QUARTER_ENDS = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}

# The months in brackets after a phase's name, the last month's end the limit: 动员部署阶段(5月) · 摸底和集中整治阶段
# (5月-8月) · 督查阶段（8月—11月）. The year is the document's. A month in brackets elsewhere ((5月), a note) is not read.
BRACKETED_MONTHS_RE = compiled_later(
    r"(?:(?<=阶段[（(])|(?<=阶段 [（(]))" + GAP + r"(?:(?P<from_month>\d{1,2})" + GAP + r"月?" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r")?" + MONTH + r"(?:份)?(?=" + GAP + r"[）)])"
)
# Where BRACKETED_MONTHS_RE is tried: right after a phase's name and its bracket (a literal, fast to scan for).
PHASE_BRACKET_RE = compiled_later(r"阶段 ?[（(]")
# The first of two dates after 于/在 that share one verb of completion: 分别于6月底和7月底报送阶段性报告 · 于3月10日、
# 6月10日上报 (each a limit). DATE_SHARING_VERB_NEXT_RE is the date after it, up to the verb.
DATE_SHARING_VERB_RE = compiled_later(
    r"(?<=[于在])(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r"(?=" + GAP + r"(?:和|及|与|、)" + GAP
    + r"(?:(?:19|20)\d{2}" + GAP + r"年" + GAP + r")?\d{1,2}" + GAP + r"月" + GAP + r"(?:\d{1,2}" + GAP + r"[日号]?|[一二三]?十[一二三四五六七八九]?日|底|末|[上中下]旬|份)?" + GAP + DUE_VERB + r")"
)
DATE_SHARING_VERB_NEXT_RE = compiled_later(
    GAP + r"(?:和|及|与|、)" + GAP + r"(?P<date>(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r")(?=" + GAP + DUE_VERB + r")"
)
# A date with 起 opening a clause, without 从/自: ；2021年5月1日起按照…标准执行 (a start), or a month: 2017年1月起,每单月
# 10日前报送. Not 起施行/起执行/起实施 right after it (in force: START_BARE_RE's), nor a date inside a sentence
# (于2021年5月1日起…).
CLAUSE_START_RE = compiled_later(
    r"(?<![^\s，,。；;：:])(?:" + YEAR + r")?" + MONTH + GAP + r"(?:" + DAY + GAP + r"(?:日|号))?起(?!施行|执行|实施|生效|算|\s{0,2}至)"
)
# The costly patterns above, tried only within reach of their anchors (``extractors.anchored_scan``;
# ``extractors.deadline_scan.ANCHORS`` holds them with the others): pattern -> (anchors, reach).
SENTENCE_ANCHORS = {
    # a year (4 + gap + 年 + gap = 11), then a month or a span's first month (2 + gap) before its 月
    MONTH_SCHEDULE_RE: ("月", 16),
    # a year (11), 第 and the quarter's numeral before its 季
    QUARTER_STEP_RE: ("季", 13),
    # a year (11) and a month (5) before its 月
    DATE_SHARING_VERB_RE: ("月", 16),
    # a year (11), a month (6), a gap and a day (6) before 日起/号起 (or the month alone before 月起)
    CLAUSE_START_RE: (("日起", "号起", "月起"), 26),
}

# A named holiday as a limit: 春节前 · 国庆节前 · 元旦前. Not 春节前后 (around it), 春节前夕 (its eve, a moment).
HOLIDAY_BEFORE_RE = compiled_later(HOLIDAY + r"(?P<mark>之前|以前|前)(?![后夕])")
# A season's start as a limit, like a holiday's (a moment of the calendar whose day the text does not give): 在入冬以前 ·
# 立冬前 · 入汛前 is a CALENDAR_EVENTS window. Not 入冬前后 (around it), nor 入 closing a verb (纳入冬季…前, 列入…).
SEASON_STARTS = ("入冬", "入春", "入夏", "入秋", "立春", "立夏", "立秋", "立冬")
SEASON_START_BEFORE_RE = compiled_later(
    r"(?<![纳列收投进输加转编计录引导注融归])(?P<season>" + "|".join(SEASON_STARTS) + r")(?P<mark>之前|以前|前)(?![后夕])"
)
# A window before an event's coming: 汛期来临前 · 雨季到来之前 · 冬季来临前.
EVENT_COMING_RE = compiled_later(r"(?P<event>[\u4e00-\u9fff]{2})(?:来临|到来)(?P<mark>之前|以前|前)")

# A day counted back from an event of a few words, to a weekday and an hour: 在会议召开前一周的周五11:30之前 ·
# 于活动开始前3个工作日 · 至迟于期限届满前二个月 (the two-character events, 于使用前一天, are BEFORE_EVENT_RE's too).
EVENT_BEFORE_RE = compiled_later(
    r"(?<=[于在])(?P<event>[\u4e00-\u9fff]{2,6}?)前" + GAP + COUNT + GAP + r"(?P<unit>个?工作日|天|日|周|个?星期|个月)"
    + r"(?:的?(?:周|星期)(?P<weekday>[一二三四五六日天]))?(?:" + GAP + TIME_OF_DAY + r")?" + GAP
    + r"(?P<mark>之前|以前|前)?(?![内以之])"
)
# A period whose first months 前N个月 names (于今年前三个月, 在任期前两个月): no event to count back from. Not 到期,
# 届期 (a term's end: an event).
PERIOD_END_RE = compiled_later(r"(?:[年度季月周旬]|(?<![到届逾])期)$")
# A weekday of this or the next week, or a day of this or the next month, counted from the notice:
# 下周三前 · 本周五下班前 · 下星期一之前 · 下月10日前 · 下个月5号前 · 本月25日前.
NOTICE_WEEK_RE = compiled_later(
    r"(?P<which>下|本|这)(?:个)?(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天])"
    r"(?:" + GAP + r"(?:" + TIME_OF_DAY + r"|上午|下午|中午|晚上))?" + GAP + r"(?P<mark>之前|以前|前)"
)
NOTICE_MONTH_RE = compiled_later(
    r"(?P<which>下|本)个?月" + GAP + DAY + GAP + r"(?:日|号)"
    r"(?:" + GAP + r"(?:" + TIME_OF_DAY + r"|上午|下午|中午|晚上))?" + GAP + r"(?P<mark>之前|以前|前)"
)

# A reporting rhythm taken up as the way to report: 采取日报制报告 · 实行周报制. Not 建立旬报制度 nor 实行旬报制度
# (the name of a system, whose report days the notice gives apart: 每月9日、19日、28日前).
REPORT_SYSTEM_RE = compiled_later(r"(?:(?<=采取)|(?<=采用)|(?<=实行))(?P<period>[日周旬月季])(?:报告|报)制(?!度)")
REPORT_PERIODS = {"日": "daily", "周": "weekly", "旬": "every ten days", "月": "monthly", "季": "quarterly"}

# Calendar events a window is counted from (a named vocabulary: a bare two-character word before 前 is
# far more often an act, 在上报前, than a moment of the calendar): a school's term, a holiday, a season.
CALENDAR_EVENTS = ("开学", "放假", "寒假", "暑假", "开园", "入园", "入学", "入汛", "汛期", "收假", "复课", "开课", "开班")
# A site's or a firm's own start of work: a day can be counted from it (复工后第3个工作日), but it is no moment of the
# calendar, so 在开工前办理 bounds the step by no time a user can date (CONVENTIONS C26).
WORK_START_EVENTS = ("开工", "复工")
CALENDAR_EVENT = "(?P<event>" + "|".join(CALENDAR_EVENTS) + ")"
COUNTED_FROM_EVENT = "(?P<event>" + "|".join(CALENDAR_EVENTS + WORK_START_EVENTS) + ")"
# Before the event, after 在/于 or after another such window sharing them (在寒假前和开学前): 在开学前进行安全自查 · 于放假前;
# or opening a clause, a time adverbial before its verb as 在 makes one (…文件精神,放假前组织一次安全大检查 · 。开学前,各校要…).
# Not 开学前后 (around it), 开学前夕 (its eve).
CALENDAR_BEFORE_RE = compiled_later(r"(?:(?<=[在于，,。；;：:\n])|(?<=前[和及、]))" + GAP + CALENDAR_EVENT
                                    + r"(?P<mark>之前|以前|前)(?![后夕])")
# The n-th day or week of, or after, the event, opening a clause or after 在/于: 开学后第一天将自查报告交中心校 ·
# 在开学第一周 · 复工后第3个工作日.
CALENDAR_NTH_RE = compiled_later(
    r"(?:(?<=[在于，,；;：:。\s])|^)" + COUNTED_FROM_EVENT + r"(?:之?后)?(?:的)?第(?P<n>[一二三四五六七八九十\d]{1,2})"
    r"(?P<unit>个工作日|个?星期|周|天|日)"
)
# A part of every month: 每月上旬 · 每个月下旬前 (when a meeting is held or a report is due).
EVERY_MONTH_PART_RE = compiled_later(r"每个?月" + GAP + r"(?P<part>[上中下])旬(?:之前|以前|前)?")
MONTH_PARTS = {"上": "early in the month", "中": "in the middle of the month", "下": "late in the month"}
# Every period with its usual day in brackets: 每月（一般为25日左右） · 每季度(原则上在15日前).
EVERY_PERIOD_DAY_NOTE_RE = compiled_later(
    r"每个?(?P<period>月|季度|季)" + GAP + r"[（(]" + GAP + r"(?:一般|原则上|通常|大致)?" + GAP + r"(?:为|在|于)?" + GAP
    + DAY + GAP + r"[日号]" + GAP + r"(?P<approx>左右|前后|之前|以前|前)?" + GAP + r"[）)]"
)
# The second year of a pair sharing one 到: 到2023年底和2030年 (the first is read by YEAR_BY_RE).
BY_YEAR_PAIR_RE = compiled_later(
    r"到" + GAP + r"(?:19|20)\d{2}" + GAP + r"年(?:底|末)?" + GAP + r"(?:和|及|与|、)" + GAP
    + r"(?P<second>(?P<year>(?:19|20)\d{2})" + GAP + r"年(?:底|末)?)(?!" + GAP + r"(?:\d|[一二三四五六七八九十]{1,2}月|度|的))"
)

# A window of whole years opening a clause, the work of those years after it: 2019年至2021年，全省每年新建… (the
# last year's end); after 从/自 too (明确从2019年到2021年,广州将…). Not a reported period (2006至2009年，全市万元GDP能耗累计下降16.04%: what was done), nor a
# plan's period in brackets (实施方案(2019—2021年)). An item's label may stand before it ((三)2012-2016年,省财政将…返还).
YEAR_WINDOW_RE = compiled_later(
    r"(?:(?<=[\s，,。；;：:从自)）])|^)(?P<first>(?:19|20)\d{2})" + GAP + r"年?" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP
    + r"(?P<year>(?:19|20)\d{2})" + GAP + r"年(?=" + GAP + r"[，,])"
)
# The same window with no comma, its work right after it, in a notice written while it runs: 2018—2021年累计安排…专项资金
# 不低于30亿元 (a notice of 2018: the last year's end). A window over by the notice's year reports what was done
# (2006至2009年全市万元GDP能耗累计下降, in 2010), and one not begun is another plan's period: both are left. Nor a
# season named by its years (2020-2021年秋冬季是第4个攻坚季: it ends in spring, and 是 names it).
YEAR_WINDOW_BARE_RE = compiled_later(
    r"(?:(?<=[\s，,。；;：:])|^)(?P<first>(?:19|20)\d{2})" + GAP + r"年?" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP
    + r"(?P<year>(?:19|20)\d{2})" + GAP + r"年(?!" + GAP + r"(?:[，,、\d)）》”]|度|的|间|期间|[一二三四五六七八九十]{1,2}月"
    + r"|[春夏秋冬]|采暖|供暖|是))"
)
# The rest of a line that makes a year window opening it a document's name: words without a clause mark up to a
# document's type at the line's end (2024—2026年|福建省农机购置与应用补贴实施方案).
NAME_LINE_AFTER_RE = compiled_later(r"[^\n。，,；;：:、]{2,40}?(?:" + "|".join(sorted(DOC_TITLE_ENDINGS, key=len, reverse=True))
                                + r")[ \t\u3000]*(?:\n|$)")
# A window of whole years given after a label of time, its last year's end the limit: 全省开展农村环境连片整治示范的
# 时间为2011-2013年 · 实施期限：2021—2023年 · 规划期从2011年到2015年 (a programme's or a plan's own period). Not a counted
# period (统计时间为2011-2013年: COUNTED_PERIOD_BEFORE_RE), nor a range of months (2011年1月至2013年6月: RANGE_RE's).
LABELLED_YEAR_WINDOW_RE = compiled_later(
    r"(?:时间|期限|时限|周期|期间|年限|规划期|实施期|执行期)" + GAP + r"(?:(?:为|是|[：:])" + GAP + r"[从自]?|[从自])" + GAP
    + r"(?P<window>(?P<first>(?:19|20)\d{2})" + GAP + r"年?" + GAP + r"(?:至|到|—|－|-|~|～)" + GAP
    + r"(?P<year>(?:19|20)\d{2})" + GAP + r"年)(?!" + GAP + r"(?:\d|[一二三四五六七八九十]{1,2}月|度))"
)
# A plan's or a programme's own period given by its last year alone: 规划期至2025年 · 实施期到2027年底 (the last year's end
# the limit; the label kept, as 实施期限至2021年12月31日 is). Not a month and day after it (UNTIL_DATE_RE's), nor
# a document's term of force (有效期至…: its lifecycle).
LABELLED_YEAR_END_RE = compiled_later(
    r"(?:规划期|实施期|执行期)限?" + GAP + r"(?:至|到)" + GAP + r"(?P<year>(?:19|20)\d{2})" + GAP + r"年(?:底|末)?"
    + r"(?!" + GAP + r"(?:\d|[一二三四五六七八九十]{1,2}月|度))"
)
YEAR_WINDOW_REPORTED_RE = compiled_later(r"[^。；;\n]{0,30}?(?:累计|已经|已|共计|总计|先后|分别完成了|完成了)")

# A window whose unit a copy lost, after windows that give it: 急件1—5日内办结，非急件15日内办结，难度较大的批件30内
# 办结 (30 days). ``LOST_UNIT_BEFORE_RE`` is the window before it, in the same sentence, whose unit it takes.
LOST_UNIT_WINDOW_RE = compiled_later(r"(?<![\d.\-—~～])(?P<count>\d{1,3})内(?=" + GAP + r"(?:办结|完成|办理|报送|上报|答复|回复|反馈|处理))")
LOST_UNIT_BEFORE_RE = compiled_later(r"\d" + GAP + r"(?P<unit>个工作日|工作日|日|天)" + GAP + r"内[^。；;\n]{0,40}$")

# A date in a 把 clause, which asks what is to be done with something by then: 并把排查情况于9月20日发布在中心网站 ·
# 把自查报告在5月10日送区教育局. ``when`` is the date. Not 将 (as often "will" as the same marker: 将分别于2018年3月3日
# 开幕; 将…于 with a verb of sending is DATE_BY_RE's), nor a date before 前/起/至 (DATE_BEFORE_RE's, START_RE's, a period).
DISPOSAL_DATE_RE = compiled_later(
    r"把(?![于在])[^，,。；;：:！!？?\n（）()“”]{1,20}?[于在]" + GAP
    + r"(?P<when>(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r")(?<=[日号底末旬份月])"
    + r"(?=" + GAP + r"[\u4e00-\u9fff])(?!" + GAP + r"(?:之前|以前|前|之后|以后|后|起|至|到|开始|期间|中旬|上旬|下旬))"
)

# A later day of a phase in a schedule, opening its own sentence after the phase's day: 第一阶段。2 月 20 日,镇政府成立
# 领导小组…。2 月 22 日宣传发动,… (that work's day). Read only where a phase's day stands before it in the same
# line (PHASE_DAY_BEFORE_RE); not 2月22日召开了会议, (a report).
SCHEDULE_NEXT_DAY_RE = compiled_later(
    r"(?:(?<=[。；;])|(?<=[。；;][ \u3000]))(?P<month>\d{1,2})" + GAP + r"月" + GAP + DAY + GAP + r"(?P<day_mark>日|号)"
    + r"(?=" + GAP + r"(?:(?!了)[\u4e00-\u9fff]){2,10}[,，;；])"
)
PHASE_DAY_BEFORE_RE = compiled_later(r"阶段[。.．:：,，]?\s?\d{1,2}\s{0,3}月\s{0,3}\d{1,2}\s{0,3}[日号][^\n]{0,200}$")
MAX_SCHEDULE_REACH = 200  # characters back to the phase's day

# A bare hour after 于/在 (no date before it: a date makes it DATE_BEFORE_RE's): 须于9:30前 · 并在10:30前.
BARE_HOUR_RE = compiled_later(r"(?<=[于在])" + GAP + r"(?P<time>" + TIME_OF_DAY + r")" + GAP + r"(?P<mark>之前|以前|前)")
BARE_HOUR_NOTE = ", on the day of the limit before it"  # ends the rule of a bare hour until its day is known
ON_THE_DAY_OF = " on the day of "  # the rule of a bare hour once its day is known: by 10:30 on the day of 每周一9:30前
MAX_CONTEXT_CHARS = 120  # how far back in its paragraph a bare hour looks for its day
# The time of day that ends a recurring rule, replaced by a later bare hour's: weekly by Monday 9:30 · weekly by Friday 下班
RULE_TIME_RE = compiled_later(r" (?:\d{1,2}[:：]\d{2}|[^\x00-\x7f]+)$")

# A template's masked year before a date the patterns read without it: 于20xx年3月底前 (the year unknown).
MASKED_YEAR_BEFORE_RE = compiled_later(r"(?:(?:19|20)[xX×*＊]{2}|[xX×*＊]{4})\s{0,3}年\s{0,3}$")
# A preposition that opens a window's span: 在会后7日内 (the window is 会后7日内).
LEADING_PREPOSITION = "在于"


# The patterns above that may start at almost any character (a look-behind or a free run of characters first, which
# ``finditer`` tries at every position of the text), tried only within reach of a character or word every match has
# (``extractors.anchored_scan``; tests/test_deadlines.py checks they find what ``finditer`` finds): pattern -> (anchors,
# reach: the most characters from a match's start to its anchor's).
MOMENT_ANCHORS = {
    SEASON_START_BEFORE_RE: ("入立", 0),  # the season's first character
    EVENT_BEFORE_RE: ("前", 6),  # an event of up to six characters before its 前
    EVENT_COMING_RE: ("来到", 2),  # two characters of event before 来临/到来
    REPORT_SYSTEM_RE: ("制", 3),  # the period and 报告 before 制
    # a gap, the time of day (a half day and a gap (5), two digits, a gap, 时, a gap, minutes, a gap and 分 (13)),
    # a gap and 之/以 before 前
    BARE_HOUR_RE: ("前", 25),
    CALENDAR_BEFORE_RE: (CALENDAR_EVENTS, 3),  # a gap before the event
    CALENDAR_NTH_RE: (CALENDAR_EVENTS + WORK_START_EVENTS, 0),
    YEAR_WINDOW_RE: ("12", 0),  # the first year's 19 or 20
    YEAR_WINDOW_BARE_RE: ("12", 0),  # likewise (the look-behind takes no character)
    LOST_UNIT_WINDOW_RE: ("内", 3),  # the count before 内
    SCHEDULE_NEXT_DAY_RE: ("月", 5),  # the month and a gap before 月
    NOTICE_MONTH_RE: ("月", 2),  # 下个 or 本 before 月
}


def _finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only within reach of its anchors when it has some."""
    if pattern in MOMENT_ANCHORS:
        return finditer_near(pattern, text, *MOMENT_ANCHORS[pattern])
    return pattern.finditer(text)


# ---------------------------------------------------------------------------------------------
# Finders (each yields candidates, resolved with the others' by ``extractors.deadlines``)
# ---------------------------------------------------------------------------------------------

def _item(match: re.Match, kind: str, date_: Optional[str] = None, rule: Optional[str] = None) -> Deadline:
    return Deadline(text=match.group(), start=match.start(), end=match.end(), kind=kind, date=date_, rule=rule)


def _month_schedules(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(MONTH_SCHEDULE_RE, text, *SENTENCE_ANCHORS[MONTH_SCHEDULE_RE]):
        before = (max(0, match.start() - 4), match.start())
        if MONTH_STATUS_BEFORE_RE.search(text, *before) or not SCHEDULE_PLACE_BEFORE_RE.search(text, *before):
            continue
        month = to_int(match.group("month"))
        first = to_int(match.group("first")) if match.group("first") else None
        if month is None or not 1 <= month <= 12 or (first is not None and not 1 <= first <= month):
            continue
        written = to_int(match.group("year")) if match.group("year") else year
        tail = match.group("tail") or ""
        day = 10 if tail == "上旬" else 20 if tail == "中旬" else month_end(written, month) if written else None
        yield _item(match, "deadline", iso(written, month, day) if day else None)


def _quarter_steps(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(QUARTER_STEP_RE, text, *SENTENCE_ANCHORS[QUARTER_STEP_RE]):
        written = to_int(match.group("year")) if match.group("year") else year
        month, day = QUARTER_ENDS[to_int(match.group("quarter"))]
        yield _item(match, "deadline", iso(written, month, day))


def _named_moments(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in HOLIDAY_BEFORE_RE.finditer(text):
        yield _item(match, "deadline", rule=f"before {match.group('holiday')}")
    for match in _finditer(SEASON_START_BEFORE_RE, text):
        yield _item(match, "deadline", rule=f"before {match.group('season')}")
    for match in _finditer(EVENT_BEFORE_RE, text):
        count = to_int(match.group("count"))
        if count and not (match.group("unit") == "个月" and PERIOD_END_RE.search(match.group("event"))):
            weekday = f", {WEEKDAY_NAMES[match.group('weekday')]}" if match.group("weekday") else ""
            unit = UNIT_NAMES.get(match.group("unit").lstrip("个"), "day") + ("s" if count > 1 else "")
            yield _item(match, "relative", rule=f"{count} {unit} before {match.group('event')}{weekday}")
    for match in _finditer(EVENT_COMING_RE, text):
        yield _item(match, "relative", rule=f"before {match.group('event')} comes")
    for match in NOTICE_WEEK_RE.finditer(text):
        week = "next week" if match.group("which") == "下" else "this week"
        yield _item(match, "deadline", rule=f"by {WEEKDAY_NAMES[match.group('weekday')]} of {week}")
    for match in _finditer(NOTICE_MONTH_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            month = "this month" if match.group("which") == "本" else "next month"
            yield _item(match, "deadline", rule=f"by day {day} of {month}")
    for match in _finditer(REPORT_SYSTEM_RE, text):
        yield _item(match, "recurring", rule=f"{REPORT_PERIODS[match.group('period')]} report")
    for match in _finditer(BARE_HOUR_RE, text):
        time = re.sub(r"\s+", "", match.group("time"))
        yield _item(match, "deadline", rule=f"by {time}{BARE_HOUR_NOTE}")


def _calendar_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(CALENDAR_BEFORE_RE, text):
        yield _item(match, "relative", rule=f"before {match.group('event')}")
    for match in _finditer(CALENDAR_NTH_RE, text):
        unit = UNIT_NAMES.get(match.group("unit").lstrip("个"), "day")
        yield _item(match, "relative", rule=f"{unit} {to_int(match.group('n'))} after {match.group('event')}")


def _year_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(YEAR_WINDOW_RE, text):
        first, last = int(match.group("first")), int(match.group("year"))
        if first < last <= first + 20 and not YEAR_WINDOW_REPORTED_RE.match(text, match.end()):
            yield _item(match, "deadline", iso(last, 12, 31))


def _running_year_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if year is None:
        return
    for match in _finditer(YEAR_WINDOW_BARE_RE, text):
        first, last = int(match.group("first")), int(match.group("year"))
        # 累计 is the total the window is to reach (a window still running reports nothing); 已 still reports; a line
        # that goes on to a document's type is that document's name (2024—2026年福建省…补贴实施方案 over its text)
        if first <= year < last <= first + 20 and not START_REPORTED_AFTER_RE.match(text, match.end()) \
                and not NAME_LINE_AFTER_RE.match(text, match.end()):
            yield _item(match, "deadline", iso(last, 12, 31))


def _labelled_year_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in LABELLED_YEAR_WINDOW_RE.finditer(text):
        first, last = int(match.group("first")), int(match.group("year"))
        if first < last <= first + 20 and not COUNTED_PERIOD_BEFORE_RE.search(text, max(0, match.start() - 6),
                                                                              match.start("window")):
            start, end = match.span("window")
            yield Deadline(text=text[start:end], start=start, end=end, kind="deadline", date=iso(last, 12, 31))
    for match in LABELLED_YEAR_END_RE.finditer(text):
        yield _item(match, "deadline", iso(int(match.group("year")), 12, 31))


def _day_of(match: re.Match, year: Optional[int]) -> Optional[str]:
    """The ISO last day a MONTH + DATE_TAIL match allows (None when the year or the date is unknown)."""
    groups = match.groupdict()
    written = to_int(groups["year"]) if groups.get("year") else year
    month = to_int(match.group("month"))
    if written is None or month is None or not 1 <= month <= 12:
        return None
    if groups.get("day"):
        day = to_int(groups["day"])
        return iso(written, month, day) if day and 1 <= day <= month_end(written, month) else None
    if groups.get("dekad") in ("上", "中"):
        return iso(written, month, 10 if groups["dekad"] == "上" else 20)
    return iso(written, month, month_end(written, month))


def _dated_clauses(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in DISPOSAL_DATE_RE.finditer(text):
        start, end = match.span("when")
        yield Deadline(text=text[start:end], start=start, end=end, kind="deadline", date=_day_of(match, year))
    for match in _finditer(SCHEDULE_NEXT_DAY_RE, text):
        if PHASE_DAY_BEFORE_RE.search(text, max(0, match.start() - MAX_SCHEDULE_REACH), match.start()):
            yield _item(match, "deadline", _day_of(match, year))


def _lost_unit_windows(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(LOST_UNIT_WINDOW_RE, text):
        before = LOST_UNIT_BEFORE_RE.search(text, max(0, match.start() - 60), match.start())
        if before:
            unit = UNIT_NAMES.get(before.group("unit").lstrip("个"), "day")
            yield _item(match, "relative", rule=f"within {match.group('count')} {unit}s (the unit of the window before)")


def _schedules(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in EVERY_MONTH_PART_RE.finditer(text):
        yield _item(match, "recurring", rule=f"monthly, {MONTH_PARTS[match.group('part')]}")
    for match in EVERY_PERIOD_DAY_NOTE_RE.finditer(text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            period = "monthly" if match.group("period") == "月" else "quarterly"
            by = "about" if match.group("approx") in (None, "左右", "前后") else "by"
            yield _item(match, "recurring", rule=f"{period} {by} day {day}")
    for match in BY_YEAR_PAIR_RE.finditer(text):
        second = match.start("second")
        yield Deadline(text=match.group("second"), start=second, end=match.end("second"), kind="deadline",
                       date=iso(int(match.group("year")), 12, 31))


def _phase_months(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for phase in PHASE_BRACKET_RE.finditer(text):  # 动员部署阶段(5月): tried only after a phase's bracket
        match = BRACKETED_MONTHS_RE.match(text, phase.end())
        if match:
            yield _item(match, "deadline", _day_of(match, year))


def _dates_sharing_a_verb(text: str, year: Optional[int]) -> Iterator[Deadline]:
    """分别于6月底和7月底报送: both dates are limits, the first one read with the verb after the second."""
    for first in finditer_near(DATE_SHARING_VERB_RE, text, *SENTENCE_ANCHORS[DATE_SHARING_VERB_RE]):
        yield _item(first, "deadline", _day_of(first, year))
        following = DATE_SHARING_VERB_NEXT_RE.match(text, first.end())
        if following:
            start, end = following.span("date")
            end = start + len(text[start:end].rstrip())
            yield Deadline(text=text[start:end], start=start, end=end, kind="deadline", date=_day_of(following, year))


def _clause_starts(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in finditer_near(CLAUSE_START_RE, text, *SENTENCE_ANCHORS[CLAUSE_START_RE]):
        if not START_REPORTED_AFTER_RE.match(text, match.end()):  # 2020年1月1日起,已…: what was done since then
            yield _item(match, "start", rule="from " + re.sub(r"\s+", "", match.group())[:-1])


SENTENCE_FINDERS = [_month_schedules, _quarter_steps, _named_moments, _calendar_windows, _schedules, _lost_unit_windows,
                    _year_windows, _running_year_windows, _labelled_year_windows, _dated_clauses, _phase_months, _dates_sharing_a_verb,
                    _clause_starts]


# ---------------------------------------------------------------------------------------------
# Context: what a kept limit takes from the text around it and from the notice
# ---------------------------------------------------------------------------------------------

def in_context(items: list[Deadline], text: str, today: Optional[str]) -> list[Deadline]:
    """The kept limits (in text order), each completed by its context: a bare hour takes the kind and
    day of the limit before it in its paragraph; a notice-relative limit its date from ``today`` (the
    notice's ISO date); a window drops a leading preposition."""
    completed: list[Deadline] = []
    for item in items:
        if item.rule and item.rule.endswith(BARE_HOUR_NOTE):
            item = _on_the_day_before(item, completed, text)
        elif item.kind == "deadline" and (masked := MASKED_YEAR_BEFORE_RE.search(text, max(0, item.start - 8), item.start)):
            item = replace(item, text=text[masked.start():item.end], start=masked.start(), date=None)
        elif item.kind == "deadline" and item.date is None and today:
            item = replace(item, date=_from_notice(item.text, text, item.start, today))
        elif item.kind == "relative" and item.text[:1] in LEADING_PREPOSITION and len(item.text) > 2:
            item = replace(item, text=item.text[1:], start=item.start + 1)
        completed.append(item)
    return completed


def _on_the_day_before(item: Deadline, before: list[Deadline], text: str) -> Deadline:
    """9:30前 after 每周一9:30前 in the same paragraph: the same Monday, so the same kind and day."""
    for previous in reversed(before):
        if previous.kind not in ("deadline", "recurring") or previous.end > item.start:
            continue
        between = text[previous.end:item.start]
        if "\n" in between or len(between) > MAX_CONTEXT_CHARS:
            break
        if previous.kind == "recurring" and previous.rule and ON_THE_DAY_OF not in previous.rule:
            # the same recurrence at the later hour: weekly by Monday 9:30 → weekly by Monday 10:30
            hour = item.rule[len("by "):-len(BARE_HOUR_NOTE)]
            rule = f"{RULE_TIME_RE.sub('', previous.rule)} {hour}"
        else:
            anchor = previous.rule.split(ON_THE_DAY_OF, 1)[1] if ON_THE_DAY_OF in (previous.rule or "") else previous.text
            rule = item.rule.replace(BARE_HOUR_NOTE, ON_THE_DAY_OF + anchor)
        return replace(item, kind=previous.kind, date=previous.date, rule=rule)
    return item


def _from_notice(written: str, text: str, start: int, today: str) -> Optional[str]:
    """The date of 下周三前 / 下月10日前 counted from the notice's ISO date ``today``; None for others."""
    try:
        notice = date.fromisoformat(today)
    except ValueError:
        return None
    week = NOTICE_WEEK_RE.match(text, start)
    if week:
        weekday = "一二三四五六日".find(week.group("weekday").replace("天", "日"))
        monday = notice - timedelta(days=notice.weekday()) + timedelta(weeks=1 if week.group("which") == "下" else 0)
        return (monday + timedelta(days=weekday)).isoformat()
    month = NOTICE_MONTH_RE.match(text, start)
    if month:
        y, m = (notice.year, notice.month) if month.group("which") == "本" else (
            (notice.year + 1, 1) if notice.month == 12 else (notice.year, notice.month + 1))
        return iso(y, m, to_int(month.group("day")) or 0)
    return None


EXAMPLES = {
    "RULE_TIME_RE": Examples(match=("weekly by Monday 9:30", "weekly by Friday 下班"), no_match=("monthly by day 5",)),
    "MONTH_SCHEDULE_RE": Examples(
        match=("4月底完成附属工程建设", "。12月份投入使用", "；4月至5月完成附属工程护岸建设", "6月份茶山公园市民休闲广场主体工程动工兴建",
               "，2021年9月底建成", "12月底全面结束", "（5月底取得明显成效并持续推进", "（11月份取得阶段性成效", "。10月底完善平台各项功能"),
        no_match=("截至4月底", "4月份工作计划", "4月底已完成", "4月底完成了", "12月底结束了", "6月份完善了", "11月25日完成", "2012年9月印发的《预案》")),
    "SCHEDULE_PLACE_BEFORE_RE": Examples(match=("；", "二、目标任务", "具体计划：", "功能。（"), no_match=("全县",)),
    "MONTH_STATUS_BEFORE_RE": Examples(match=("截至", "已经", "分别于2015年7月、"), no_match=("工程具体计划：",)),
    "QUARTER_STEP_RE": Examples(match=("第一季度工作进展: 完成设计招标工作", "二季度目标：完成验收", "第四季度:确保超额完成"),
                                no_match=("第一季度:已完成设计方案交底工作", "第二季度:2个基地")),
    "HOLIDAY_BEFORE_RE": Examples(match=("春节前能整改的", "国庆节前", "元旦之前"), no_match=("春节前后", "春节前夕", "节前")),
    "SEASON_STARTS": Examples(match=("入冬", "立秋"), no_match=("冬季",)),
    "SEASON_START_BEFORE_RE": Examples(match=("在入冬以前", "立冬前", "入夏之前"), no_match=("入冬前后", "纳入冬前", "入冬后")),
    "PERIOD_END_RE": Examples(match=("今年", "计划年度", "任期"), no_match=("期限届满", "合同到期", "合同届期")),
    "EVENT_BEFORE_RE": Examples(match=("至少在会议召开前一周的周五11:30之前上报", "于活动开始前3个工作日报送", "于使用前一天",
                                       "至迟于期限届满前二个月"),
                                no_match=("会议召开前一周", "于会前3日内")),
    "EVENT_COMING_RE": Examples(match=("汛期来临前", "雨季到来之前"), no_match=("来临前",)),
    "NOTICE_WEEK_RE": Examples(match=("下周三前", "本周五下午前", "下星期一之前"), no_match=("下周三", "每周三前")),
    "NOTICE_MONTH_RE": Examples(match=("下月10日前", "下个月5号前", "本月25日前"), no_match=("下月10日", "本月", "次月15日前")),
    "REPORT_SYSTEM_RE": Examples(match=("采取日报制报告", "实行周报制"), no_match=("人民日报", "实行旬报制度", "启动日报制度")),
    "CALENDAR_EVENTS": Examples(match=("开学", "放假"), no_match=("上报",)),
    "WORK_START_EVENTS": Examples(match=("开工", "复工"), no_match=("开学",)),
    "CALENDAR_BEFORE_RE": Examples(match=("在开学前", "于放假之前", "在寒假前", "在寒假前和开学前", "文件精神,放假前组织一次安全大检查",
                                          "。开学前,各校要"),
                                   no_match=("开学前", "在开学前后", "在上报前", "寒假前", "在开工前", "于复工前", "，开学前后", "，放假前夕")),
    "CALENDAR_NTH_RE": Examples(match=("开学后第一天", "在开学第一周", "，复工后第3个工作日"), no_match=("全年第一周", "开学后")),
    "EVERY_MONTH_PART_RE": Examples(match=("每月上旬", "每个月下旬前"), no_match=("每月", "3月上旬")),
    "MONTH_PARTS": Examples(match=("上", "下"), no_match=("底",)),
    "EVERY_PERIOD_DAY_NOTE_RE": Examples(match=("每月(一般为25日左右)", "每季度（原则上在15日前）"), no_match=("每月(含)", "每月25日前")),
    "BY_YEAR_PAIR_RE": Examples(match=("到2023年底和2030年", "到2025年、2035年"), no_match=("到2023年底", "到2025年和2030年3月")),
    "BRACKETED_MONTHS_RE": Examples(match=("动员部署阶段(5月)", "集中整治阶段(5月-8月)", "督查阶段（8月—11月）", "总结阶段 (11月份)"),
                                    no_match=("(5月)", "阶段(5月1日)", "阶段(2009年)")),
    "PHASE_BRACKET_RE": Examples(match=("动员部署阶段(", "总结阶段 （"), no_match=("阶段。",)),
    "DATE_SHARING_VERB_RE": Examples(match=("于6月底和7月底报送", "于3月10日、6月10日上报"),
                                     no_match=("于6月底报送", "于6月底和7月底召开会议")),
    "DATE_SHARING_VERB_NEXT_RE": Examples(match=("和7月底报送", "、6月10日上报"), no_match=("和7月底召开",)),
    "CLAUSE_START_RE": Examples(match=("；2021年5月1日起按照", "，3月1日起", ",2021年5月1日起按照", "。2017年1月起,每单月10日前"),
                                no_match=("2021年5月1日起施行", "于2021年5月1日起", "，3月1日起至6月30日")),
    "YEAR_WINDOW_RE": Examples(match=("2019年至2021年,", "2018—2020年，", "从2019年到2021年,", "(三)2012-2016年,省财政"),
                               no_match=("(2019—2021年)", "2019年至2021年全省", "(2019—2021年),")),
    "NAME_LINE_AFTER_RE": Examples(match=("福建省农机购置与应用补贴实施方案\n", "全县安全生产行动计划"),
                                   no_match=("累计安排专项资金不低于30亿元。", "全省新建农村公路,完成方案。")),
    "YEAR_WINDOW_BARE_RE": Examples(match=("。2018—2021年累计安排", " 2019-2021年全省"),
                                    no_match=("(2019—2021年)", "2019年至2021年,", "2019—2021年的",
                                              " 2020-2021年秋冬季是第4个攻坚季", " 2020-2021年是")),
    "LABELLED_YEAR_WINDOW_RE": Examples(match=("示范的时间为2011-2013年", "实施期限：2021—2023年", "规划期从2011年到2015年",
                                               "规划期为2021—2025年", "实施期自2019年至2021年"),
                                        no_match=("时间为2011年1月至2013年6月", "2011-2013年", "时间为2011-2013年度")),
    "DISPOSAL_DATE_RE": Examples(match=("把排查情况于9月20日发布在", "把自查报告在5月10日送", "把材料于2020年3月底报"),
                                 no_match=("将分别于2018年3月3日下午和", "将于9月20日召开", "把材料于9月20日前报送",
                                           "把会议于9月20日-")),
    "SCHEDULE_NEXT_DAY_RE": Examples(match=("。2 月 22 日宣传发动,", "；3月5日集中整治，"),
                                     no_match=("。2月22日,镇政府", "。2月22日召开了会议,", "2月22日宣传发动,")),
    "PHASE_DAY_BEFORE_RE": Examples(match=("第一阶段。2 月 20 日,镇政府成立小组。",), no_match=("第一阶段。", "2月20日,")),
    "LABELLED_YEAR_END_RE": Examples(match=("规划期至2025年", "实施期到2027年底", "规划期限至2030年"),
                                     no_match=("有效期至2025年", "实施期限至2021年12月31日", "规划期至2025年度", "展望至2035年")),
    "YEAR_WINDOW_REPORTED_RE": Examples(match=(",全市万元GDP能耗累计下降", "，已完成"), no_match=("，全省每年新建",)),
    "LOST_UNIT_WINDOW_RE": Examples(match=("30内办结", "5内完成"), no_match=("30日内办结", "2020内", "1—30内办结")),
    "LOST_UNIT_BEFORE_RE": Examples(match=("15日内办结，难度较大的批件", "3个工作日内完成，"), no_match=("15日内办结。",)),
    "BARE_HOUR_RE": Examples(match=("须于9:30前", "并在10:30前", "于17时前"), no_match=("每周一9:30前", "9:30前")),
    "MASKED_YEAR_BEFORE_RE": Examples(match=("于20xx年", "20**年 ", "XXXX年"), no_match=("2021年", "20年")),
    "LEADING_PREPOSITION": Examples(match=("在", "于"), no_match=("自",)),
    "REPORT_PERIODS": Examples(match=("日", "月"), no_match=("年",)),
}
