"""The patterns and vocabularies of ``extractors.deadlines``: the forms of time constraints in
notices, as named data with examples (``EXAMPLES``, run by tests/test_vocab_examples.py).

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

import re

from .targets import PHYSICAL_UNIT_RE
from .vocab import Examples

# ---------------------------------------------------------------------------------------------
# Building blocks (plain strings, composed into the compiled patterns further down)
# ---------------------------------------------------------------------------------------------

# Converted PDFs and Word files put spaces between digits and characters: "6 月 30 日", "12 周".
GAP = r"\s{0,3}"

# The digits of a year written in characters: 二〇二〇, 二○一二 (a circle for zero), 二OO八 (letters O).
CN_YEAR_DIGITS = "〇零○OoＯ０一二三四五六七八九"
CN_YEAR = "[" + CN_YEAR_DIGITS + "]{4}"
# A written year: 2020年, 二〇二〇年, 二○一二年, 二OO八年; or a year whose 年 a copy lost, glued to the month after it
# (20251月20日前, 20254月8日: four digits of 19xx/20xx, not inside a longer run of digits or a decimal, and a month
# 1-12 with its 月 right after them).
GLUED_MONTH_AFTER = r"(?<=(?<![\d.])(?:19|20)\d{2})(?=(?:1[0-2]|[1-9])" + GAP + "月)"
YEAR = r"(?P<year>(?<![\d.])(?:19|20)\d{2}|" + CN_YEAR + ")(?:" + GAP + "年" + GAP + "|" + GLUED_MONTH_AFTER + ")"

# A year named from the notice's own: 次年1月15日前 (the year after), 明年 · 今年 · 本年 · 当年.
RELATIVE_YEAR = r"(?P<rel>[今本当明次翌])年" + GAP

# A month number before 月: 6月, 12月, 三月, 十二月. Not after 个 (3个月 is a length).
# The month of a glued year (20251月) is the year's: its digits may follow the year's (YEAR reads the pair).
MONTH = r"(?P<month>(?:(?<![\d.])|(?<=(?<![\d.])(?:19|20)\d{2}))\d{1,2}|(?<![一二三四五六七八九十〇零两])(?:十[一二]?|[一二三四五六七八九]))" + GAP + "月"

# A day number: 30, 5, 三十一, 二十, 十五, 五.
DAY = r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"

# A count of time units: 30, 5, 两, 二十四, 十五.
COUNT = r"(?P<count>(?<![\d.月第])\d{1,3}(?!\d)|(?<![第一二三四五六七八九十两])[一二三四五六七八九十两百]{1,4})"

# Time units after a count. A count of months always takes 个 (6个月), because 6月 is June.
UNIT = r"(?P<unit>个?工作日|个?自然日|个?小时|个?钟头|分钟|个?星期|个月|个?季度|日|天|周|年)"

# Words after a date that say something must be done by then: 于3月底完成, 在6月30日报送.
DUE_VERB = r"(?:完成|完工|建成|实现|报送|上报|报|提交|交(?![流通易叉界警往汇换费纳账])|拨付|到位|落实|开工|出台|制定|全面|全部|基本|达到)"

# English names of periods, for rules.
PERIOD_NAMES = {
    "日": "daily", "天": "daily", "工作日": "every working day", "小时": "hourly",
    "周": "weekly", "星期": "weekly", "旬": "every ten days", "月": "monthly", "半月": "twice a month",
    "季": "quarterly", "季度": "quarterly", "半年": "half-yearly", "年": "yearly", "年度": "yearly",
    # a school's terms and years: their dates are the school's calendar, so the rule has no calendar recurrence
    "学期": "each term", "学年": "each school year",
}
UNIT_NAMES = {  # singular; a count other than one adds "s"
    "工作日": "working day", "自然日": "calendar day", "小时": "hour", "钟头": "hour",
    "分钟": "minute", "星期": "week", "周": "week", "月": "month", "季度": "quarter",
    "日": "day", "天": "day", "年": "year", "学期": "term", "学年": "school year",
}
WEEKDAY_NAMES = {"一": "Monday", "二": "Tuesday", "三": "Wednesday", "四": "Thursday",
                 "五": "Friday", "六": "Saturday", "日": "Sunday", "天": "Sunday"}

# What a schedule is for, read from the words after it: 每季度对帮扶成效进行评估 → assessment.
ACTIVITY_RE = re.compile(
    r"上报|报送|报告|通报|调度|评估|考核|检查|督查|抽查|巡查|核查|排查|走访|研判|会商|统计|更新|发放|拨付|"
    r"结算|召开|总结|报"
)
ACTIVITY_NAMES = {
    "上报": "report", "报送": "report", "报告": "report", "报": "report", "通报": "bulletin",
    "调度": "dispatch", "评估": "assessment", "考核": "appraisal", "检查": "inspection",
    "督查": "inspection", "抽查": "inspection", "巡查": "inspection", "核查": "verification",
    "排查": "screening", "走访": "visit",
    "研判": "analysis", "会商": "consultation", "统计": "statistics", "更新": "update",
    "发放": "payment", "拨付": "payment", "结算": "settlement", "召开": "meeting",
    "总结": "summary", "查": "check", "访": "visit", "议": "discussion", "考": "appraisal",
    "评": "assessment", "结": "settlement", "清": "clearance", "调": "dispatch", "次": "once",
}
CLAUSE_END = re.compile(r"[，。；：！？,;!?\n（）()]")

# ---------------------------------------------------------------------------------------------
# deadline: absolute limits
# ---------------------------------------------------------------------------------------------

# The end of a month-based date: day, month end, ten-day period or whole month.
DATE_TAIL = (
    r"(?:" + DAY + GAP + r"(?P<day_mark>日|号)?"  # 30日, 28 (4月28前), 5号
    r"|(?P<month_end>底|末)"  # 2月底
    r"|(?P<dekad>[上中下])旬"  # 3月中旬
    r"|份)?"  # 3月份
)

# A time of day written after a date: 下午5:00 · 17：30 · 上午10时 · 下午五点半 · 12时30分. The limit is
# still that day.
TIME_OF_DAY = (
    r"(?:(?:上午|下午|中午|晚上|凌晨|早上)" + GAP + r")?"
    r"(?:\d{1,2}\s{0,2}[:：]\s{0,2}\d{2}(?:[点时])?|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}[时点](?:\s{0,2}\d{1,2}\s{0,2}分|半|整)?"
    r"|下班|上班)"  # 11月5日上午下班前
)
TIME_OF_DAY_RE = re.compile(TIME_OF_DAY)

# Half a day after a date, without a clock: 12月2日下午前 · 3日上午前 (the limit is still that day).
HALF_DAY = r"(?:上午|下午|中午|晚上)"

# The weekday or lunar day a copy prints after a date, in brackets: 4月20日(星期五)前 · 6月30日（周一） ·
# 2月7日(正月初五)上午10点前 · 1月25日（农历腊月廿八）.
LUNAR_DAY = (r"(?:农历)?(?:正|冬|腊|十[一二]|[一二三四五六七八九十])月"
             r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)")
WEEKDAY_NOTE = r"(?:[（(]" + GAP + r"(?:(?:星期|周|礼拜)[一二三四五六日天]|" + LUNAR_DAY + r")" + GAP + r"[）)])"

# A date followed by 前/之前/以前/截止/止, with the time of day the limit falls at, if any.
# 2月20日前 · 2月底前 · 4月28前 · 3月份前 · 3月中旬前 · 2020年6月30日前 · 二〇二〇年三月五日前 · 6月30日截止 ·
# 6月23日下午5:00前
DATE_BEFORE_RE = re.compile(
    r"(?:" + YEAR + r"|" + RELATIVE_YEAR + r")?" + MONTH + GAP + DATE_TAIL + GAP + r"(?:" + WEEKDAY_NOTE + GAP + r")?"
    + r"(?:" + TIME_OF_DAY + GAP + r"|" + HALF_DAY + GAP + r")?" + r"(?P<mark>之前|以前|前|截止|为止|止)(?![后夕])"
)
# A date that shares the 前 of the date after it: 分别于2015年12月20日和2016年1月5日以前 (both limits). Searched
# in the few characters before a DATE_BEFORE_RE match.
SHARED_MARK_DATE_RE = re.compile(
    r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + GAP + r"(?:和|及|与|或|、)" + GAP + r"$"
)
# A date whose 月 a copy lost: 于630日前 (6月30日) · 527日起 (5月27日) · 1231日前. Three digits are a
# month and a two-digit day, four digits a month of 10-12 and its day; the date must exist.
LOST_MONTH_RE = re.compile(
    r"(?<![\d.\-/第年月:：])(?P<month>1[0-2]|[1-9])(?P<day>[0-3]\d)(?P<day_mark>日|号)(?P<mark>之前|以前|前|起)"
)
# Counts of days before such a number are lengths, not dates: 届满120日前, 到期30日前.
LOST_MONTH_LENGTH_BEFORE_RE = re.compile(r"(?:满|期|之日|日|后)\s{0,2}$")
# A date opening a clause before a verb of sending: 5月5日上报第一期 · 6月30日报送汇总表. Not 5月5日上报的数据 (a
# report of what was sent).
CLAUSE_DATE_DUE_RE = re.compile(
    r"(?<![^\s，。；;：:（(])(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?=" + GAP + r"(?:上报|报送|提交)(?![的了过]))"
)
# A time of the day the notice is sent: 请于今日下午18:00时前上报 · 当天下午前 (the date is the notice's own).
TODAY_BEFORE_RE = re.compile(
    r"(?:今日|今天|当日|当天)" + GAP + r"(?:" + TIME_OF_DAY + r"|" + HALF_DAY + r")" + GAP + r"时?(?P<mark>之前|以前|前)"
)

# A date after 于/在/到 and before a verb of completion: 于3月底完成, 在2020年6月30日报送.
DATE_BY_RE = re.compile(
    r"(?<=[于在到])(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r"(?=" + GAP + DUE_VERB + ")"
)
# A date after a verb of sending and 于, closing its clause: (本次报送于5月29日) · 材料上报于6月30日。
SENT_ON_RE = re.compile(
    r"(?:(?<=报送于)|(?<=上报于)|(?<=提交于)|(?<=报于))(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?=" + GAP + r"(?:[）)，。；,;]|$))"
)

# A date after a limit label, which makes it a limit without 前: 完成时限：2021年3月 (the month's last day) ·
# 时间节点：2021年底 · 完成时间：2021年 (the year's last day) · 时限：6月30日. ``when`` is the date.
LIMIT_LABELS = ("完成时限", "完成时间", "完成期限", "时间节点", "办结时限", "时限要求", "截止时间", "截止日期", "时限",
                "期限")
LABELLED_DATE_RE = re.compile(
    r"(?:" + "|".join(LIMIT_LABELS) + r")" + GAP + r"(?:[：:]|为)" + GAP
    + r"(?P<when>(?:" + YEAR + r")?(?:" + MONTH + GAP + DATE_TAIL + r"|(?P<year_end>底|末))?"
    + r"(?:" + GAP + r"(?:之前|以前|前))?)(?<=[年月日号底末旬份前])"  # a date, not 时限：3个工作日
)

# 截至/截止 and a date: 截至2020年6月30日 · 截止到3月15日 · 截止至2012年3月1日 · 截止时间为5月31日.
DATE_UNTIL_RE = re.compile(
    r"截[止至](?:到|至|日期为|时间为|日期|时间)?" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?:" + GAP + TIME_OF_DAY + r")?" + r"(?:" + GAP + r"(?:之前|以前|前|为止|止))?"
)
# 截至 also introduces a status report: 截至2019年底，全省累计脱贫… — not a deadline.
STATUS_AFTER_RE = re.compile(r"^[，,\s]{0,2}[^。；]{0,12}?(?:已经|已|累计|共计|总计|共有|全[省市县区])")
# 截至/截止 and a date opening a sentence, then what something measured on that day: 截止2015年12月31日,全市户籍人口531.59万
# · 截止9月4日17:00时,小洪河杨庄站水位64.64m (figures as of the day, not a limit). A few words naming what was measured and
# its figure, no date (截止3月1日,2019年度…) nor a time.
STATUS_FIGURE_AFTER_RE = re.compile(
    r"[，,]\s{0,2}[^，,。；;：:\d\n]{1,16}?\d+(?:\.\d+)?(?!\s{0,2}[\d.年月日时点号:：])")
# Where a year after 到 is a forecast, not a limit: the sentence reports a projection (据测算,…到2020年将有可能达到110万人左右).
# The source of the projection before it in its sentence, or its hedge right after the year.
FORECAST_BEFORE_RE = re.compile(r"(?:据测算|据预测|据估算|据估计|预计|预测|测算)[^。；;！？!?\n]{0,40}$")
FORECAST_AFTER_RE = re.compile(r"\s{0,2}[，,]?\s{0,2}(?:仍将|还将|将|会)?\s{0,2}(?:有可能|可能)")

# The end of a year: 年底前 · 年末前 · 2020年底前 · 今年年底前 · 年内完成.
YEAR_END_RE = re.compile(
    r"(?:(?P<year>(?<!\d)(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP + r"年|(?P<rel>[今本当明])年"
    r"|(?<![去前上往历同每半])年)年?(?P<part>底|末|内)(?P<mark>之前|以前|前)?"
)

# A year with 前 after 在/于, the year's end the limit: 在2012年前完成 · 于二〇二〇年以前. Not 前三季度 · 前5个月 (the
# first part of the year: PERIOD_RE's), 前后 (around it), nor a year with no 在/于 (2000年前建成的住房: a description).
YEAR_BEFORE_RE = re.compile(
    r"(?<=[在于])" + r"(?P<year>(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP + r"年(?P<mark>之前|以前|前)"
    + r"(?![后夕\d一二三四五六七八九十两半个])"
)
# The dates of a list before one 前 that share it: 4月8日、7月8日、10月8日及12月8日前 (at most this many before it).
MAX_SHARED_MARK_DATES = 6

# A target year after 到: 到2025年 · 到2022年底. Not 截至到2020年 (a status) nor 到2020年3月 (a date).
YEAR_BY_RE = re.compile(
    r"(?<![截直])(?<!截至)(?<!截止)到" + GAP + r"(?P<year>(?<!\d)(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP
    + r"年(?:底|末)?(?:之前|以前|前)?(?!\s{0,3}(?:\d|[一二三四五六七八九十]{1,2}月|度|的|后))"
)

# Half years and quarters: 上半年 · 一季度末 · 第三季度前 · 2020年前三季度 · 今年下半年完成.
PERIOD_RE = re.compile(
    r"(?:" + YEAR + r"|(?P<rel>[今本明])年)?(?<!每)"
    r"(?P<period>上半年|下半年|前三季度|第?[一二三四1-4]季度)(?P<end>末|底|内)?(?P<mark>之前|以前|前)?"
)
PERIOD_ENDS = {"上半年": (6, 30), "下半年": (12, 31), "前三季度": (9, 30),
               "1": (3, 31), "2": (6, 30), "3": (9, 30), "4": (12, 31)}

# A target date after 到: 到2019年6月底 · 到6月30日 · 到2020年3月前. Not 截至到… (a status) nor 直到.
DATE_TO_RE = re.compile(
    r"(?<![截直])(?<!截至)(?<!截止)到" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?:" + GAP + r"(?:之前|以前|前|为止|止))?"
)

# A period, whose end is the limit: 2021年5月1日至2022年4月30日 · 2020年3月至6月底 · 2019年10月—12月.
RANGE_RE = re.compile(
    # 20xx年: a template's masked year (the period is read, its end left undated)
    r"(?P<from_year>(?<!\d)(?:19|20)(?:\d{2}|[xX×*＊]{2}))" + GAP + "年" + GAP + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP
    + r"(?:\d{1,2}" + GAP + r"[日号]|[上中下]旬)?" + GAP + r"起?"  # 2021年5月1日起至… · 2015年8月下旬至9月上旬
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + YEAR + r"|(?:19|20)[xX×*＊]{2}" + GAP + r"年" + GAP + r")?" + MONTH + GAP + DATE_TAIL

)
# A period in brackets after a phase's name, with no year (the document's): 自查摸底阶段（7月3日至7月15日） ·
# （9月1日至30日）. A bare 5月1日至6月30日 is not read (a period of anything).
BRACKETED_RANGE_RE = re.compile(
    r"(?<=[（(])" + GAP + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + r"\d{1,2}" + GAP + r"[日号]" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + MONTH + GAP + r")?" + DAY + GAP + r"(?P<day_mark>日|号)(?=" + GAP + r"[）)])"
)
# The day or period a phase of a 时间安排 opens with, its name before it: 第二阶段。2 月 23 日至 2 月 25 日,集中…
# · 第三阶段:2月26日,…检查验收 (the day the phase's work is due).
PHASE_NAME_BEFORE = r"(?:(?<=阶段[。.．:：,，])|(?<=阶段[。.．:：,，][ \u3000])|(?<=阶段))"
PHASE_RANGE_RE = re.compile(
    PHASE_NAME_BEFORE + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + r"\d{1,2}" + GAP + r"[日号]" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + MONTH + GAP + r")?" + DAY + GAP + r"(?P<day_mark>日|号)(?=" + GAP + r"[,，;；])"
)
PHASE_DAY_RE = re.compile(
    PHASE_NAME_BEFORE + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + DAY + GAP + r"(?P<day_mark>日|号)(?=" + GAP + r"[,，;；])"
)
# What a period before a range names: 统计期为2017年1月1日至2017年12月31日 (what is counted, not a limit).
COUNTED_PERIOD_BEFORE_RE = re.compile(r"(?:统计|报告|数据|监测|核算|考核)(?:期|时段|时间|区间|周期|年度)(?:为|是|[：:])?\s{0,2}$")
# What a period before it names is reported on: 总结2011年10月1日—2013年9月30日推广情况 (no limit).
REPORTED_PERIOD_AFTER_RE = re.compile(r"\s{0,2}(?:的|期间的?|内的?)?[\u4e00-\u9fff]{0,6}?(?:情况|数据|期间)")
# A policy's own term, before 执行到/实施至: 现行…补贴政策执行到2013年9月30日 (that policy's lifecycle, no limit on
# what the notice asks). Read in the clause before the match.
POLICY_TERM_BEFORE_RE = re.compile(r"(?:政策|办法|规定|标准|制度|细则|条例|意见)\s{0,2}$")
# 自2012年2月1日至2017年1月31日施行: when the document is in force (its lifecycle), not a limit. 实施/执行 with an
# object after it is a measure carried out in the period (2021年5月1日至2022年4月30日实施阶段性下调…的政策: a limit).
IN_FORCE_AFTER_RE = re.compile(GAP + r"(?:日|号)?(?:起)?(?:施行|有效|(?:实施|执行)(?=" + GAP + r"(?:[，。；;,.）)]|$)))")

# A limit or an extension to a date: 实施期限至2025年12月31日 · 有效期至2023年6月30日 ·
# 延长至2020年6月30日 · 顺延到3月底 · 执行至2022年12月31日止.
UNTIL_VERBS = ("实施期限", "执行期限", "有效期限", "有效期", "期限", "延长", "延期", "顺延", "展期", "执行",
               "实施", "施行")
UNTIL_DATE_RE = re.compile(
    r"(?:" + "|".join(UNTIL_VERBS) + r")(?:时间|日期)?(?:截止)?" + GAP + r"(?:至|到)" + GAP
    + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r"(?:" + GAP + r"(?:为止|止))?"
)

# A future year that opens a clause with a commitment in it: 2016年基本完成… · 2015年在…上取得决定性进展
# (in a plan written in 2014). Its limit is the year's end. Years as names (2020年是…) and past
# years (reports of what was done) are not limits.
PLANNED_YEAR_RE = re.compile(
    r"(?<![^\s。；;，,：:])(?P<year>(?:19|20)\d{2})" + GAP + r"年"
    r"(?![\d底末内前度的后以起初中])"
)
# The same year after a place opening the clause: 武汉市2017年细颗粒物年均浓度较2013年下降15%以上.
PLACE_YEAR_RE = re.compile(
    r"(?<=[省市县区州旗盟])(?P<year>(?:19|20)\d{2})" + GAP + r"年(?![\d底末内前度的后以起初中])"
)
PLACE_BEFORE_RE = re.compile(r"(?:^|[\s。；;，,：:])[\u4e00-\u9fff]{1,8}$")
# A year heading its sentence before a comma, the clause after it the commitment: 2015 年,单位地区生产总值能耗比 2010 年
# 下降 16%. YEAR_HEADING_COMMA_RE is the comma; BASE_YEAR_COMPARED_RE an earlier year the clause compares with (比 2010
# 年下降), which makes the heading year a target year even when the document's own year is unknown.
YEAR_HEADING_COMMA_RE = re.compile(GAP + r"[，,]" + GAP)
BASE_YEAR_COMPARED_RE = re.compile(
    r"(?:比|较|与)" + GAP + r"(?P<base>(?:19|20)\d{2})" + GAP + r"年(?:相比|比)?" + GAP
    + r"(?:下降|降低|减少|提高|提升|增长|增加|上升)"
)
# A change to a number is a commitment too: 下降15%以上 · 提高到 80% · 增长6%.
COMMITMENT_RE = re.compile(DUE_VERB + r"|取得|完善|建立|形成|确保|力争|争取|基本"
                           r"|(?:下降|降低|减少|提高|提升|增长|增加)[^，。；;\d]{0,4}\d")
MAX_COMMITMENT_DISTANCE = 30  # characters between the year and its verb, in the same clause

# ---------------------------------------------------------------------------------------------
# recurring: schedules
# ---------------------------------------------------------------------------------------------

# A monthly due day: 每个月5日前 · 每月10号前 · 每月25日.
EVERY_MONTH_DAY_RE = re.compile(
    r"每个?月" + GAP + DAY + GAP + r"(?:(?P<day_mark>日|号)" + GAP
    + r"(?:(?:" + TIME_OF_DAY + GAP + r")?(?P<mark>之前|以前|前))?|(?P<mark2>之前|以前|前))"
)
# A period end: 每月底前 · 每季度末 · 每年年底前 · 每半年末.
EVERY_PERIOD_END_RE = re.compile(
    r"每个?(?P<period>月|季度|季|半年|年)年?(?:底|末)(?P<mark>之前|以前|前)?"
)
# A yearly date: 每年3月底前 · 每年6月30日前 · 每年1月10日.
EVERY_YEAR_DATE_RE = re.compile(
    r"每年度?" + GAP + MONTH + GAP + DATE_TAIL + GAP + r"(?P<mark>之前|以前|前)?"
)
# Several due days a month: 每月9日、19日、28日前 (a ten-day report).
EVERY_MONTH_DAYS_RE = re.compile(
    r"每个?月" + GAP + r"(?P<days>\d{1,2}" + GAP + r"[日号](?:" + GAP + r"(?:、|和|及|，|,)" + GAP + r"\d{1,2}" + GAP
    + r"[日号]){1,5})" + GAP + r"(?P<mark>之前|以前|前)?"
)
# A day of the month after the one reported on: 月后18日前 (a monthly report due on the 18th of the next month).
# Not 3个月后 (a window).
MONTH_AFTER_DAY_RE = re.compile(
    r"(?<![\d一二三四五六七八九十个两])月后" + GAP + DAY + GAP + r"(?:日|号)" + GAP + r"(?P<mark>之前|以前|前)?"
)
# A day after a quarter: 一季度季后7日 (7 April) · 三季度季后10日12:00 · 每季度季后15日前 (a quarterly rule).
QUARTER_AFTER_DAY_RE = re.compile(
    r"(?:(?P<every>每个?)|第?(?P<quarter>[一二三四1-4]))?(?:季度|季)?" + GAP + r"季后" + GAP + DAY + GAP + r"(?:日|号)"
    + r"(?:" + GAP + TIME_OF_DAY + r")?" + GAP + r"(?P<mark>之前|以前|前)?"
)
# A season, not a yearly day: 每年10月1日-次年4月30日 (a timetable's validity). Matched after EVERY_YEAR_DATE_RE.
SEASON_AFTER_RE = re.compile(r"\s{0,2}(?:-|—|－|~|～|至|到)\s{0,2}(?:次年)?\d{1,2}\s{0,2}月")
# A day of a month within each period: 每季度最后一个月的30日前 · 每季度第一个月10日前 ·
# 每季度末月25日前 · 每半年首月5日. (A day of every month is EVERY_MONTH_DAY_RE.)
EVERY_PERIOD_MONTH_DAY_RE = re.compile(
    r"每个?(?P<period>季度|季|半年|年度|年)的?" + GAP
    + r"(?P<which>最后一个月|最后1个月|末月|首月|第[一二三四五六1-6]个?月)的?" + GAP
    + DAY + GAP + r"(?:(?P<day_mark>日|号)" + GAP + r"(?P<mark>之前|以前|前)?|(?P<mark2>之前|以前|前))"
)
# Which month of the period, as the rule names it
PERIOD_MONTH_NAMES = {"最后一个月": "last", "最后1个月": "last", "末月": "last", "首月": "first"}
# A time of each day: 每日上午12点以前 · 每天17时前 · 每日下午5:00前 (a daily report's hour).
EVERY_DAY_TIME_RE = re.compile(
    r"每(?:日|天)" + GAP + r"(?P<time>" + TIME_OF_DAY + r")" + GAP + r"(?P<mark>之前|以前|前)")
# A time of each day after a cut-off label, without 前: 截止收件时间：每天上午8:30.
LABELLED_DAY_TIME_RE = re.compile(
    r"(?:(?<=时间[：:])|(?<=时限[：:]))" + GAP + r"每(?:日|天)" + GAP + r"(?P<time>" + TIME_OF_DAY + r")"
)
# A weekday: 每周一 · 每星期五前. Not 每周一次 (once a week).
EVERY_WEEKDAY_RE = re.compile(
    r"每(?:周|星期)(?P<weekday>[一二三四五六日天])(?![次回遍报程常])"  # not 每周日程 (a weekly schedule)
    r"(?:" + GAP + r"(?P<time>" + TIME_OF_DAY + r"|" + HALF_DAY + r")" + GAP + r"(?=之前|以前|前))?"  # 每周五上午下班前
    r"(?P<mark>之前|以前|前)?"
)
# A bare period: 每个月 · 每季度 · 每年 · 每周 · 每半年 · 每两周 · 每天 · 每学期 (a school term; in traditional 每學期, read folded).
EVERY_PERIOD_RE = re.compile(
    r"每" + GAP + r"(?P<skip>隔)?" + GAP + r"(?P<n>[一两二三四五六七八九十\d]{1,2}|半)?个?"
    r"(?P<period>工作日|季度|季|半月|月|年度|年|周|星期|旬|天|日|小时|学期|学年)"
)
# What names a schedule after a bare period (每周日程, 每周重要活动安排: a document, not how often); ``what``
# is read for a verb (每周召开会议安排 is a schedule still).
SCHEDULE_NAME_AFTER_RE = re.compile(r"\s{0,2}(?:日程|(?P<what>[\u4e00-\u9fff]{1,6}?)安排(?=[》」”的中表须是，,。、经及和申需做以]))")
# One report per period: 一周一报 · 一月一调度 · 一季一考核 · 一年一评估.
ONE_PER_RE = re.compile(
    r"一(?P<period>周|月|季度|季|年|日|天|旬)一"
    r"(?P<act>调度|通报|督查|会商|研判|考核|评估|总结|结算|检查|排查|走访|更新|统计|报|查|访|考|评|结|次)"
)
# Paired period words: 月统月报 · 日清日结 · 月结月清 · 周调周报.
PAIRED_RE = re.compile(r"(?P<p>[日周旬月季年])(?P<a>统|报|查|结|清|调|考|评)(?P=p)(?P<b>通报|报|结|清|考|评)")
PAIRED_NAMES = {"统": "statistics", "报": "report", "查": "check", "结": "settlement", "清": "clearance",
                "调": "dispatch", "考": "appraisal", "评": "assessment", "通报": "bulletin"}
# By period: 按月发放 · 按季度报送 · 按年度考核 · 按月. 按年/按日/按周 need the verb (按年龄, 按日程 are no schedules).
BY_PERIOD_RE = re.compile(
    r"按" + GAP + r"(?P<period>季度|季|半年|年度|年|月|旬|周|日|天)(?![份度龄初底末])"
    r"(?:" + GAP + r"(?P<act>发放|上报|报送|报告|统计|调度|通报|结算|拨付|支付|考核|评估|检查|核查|汇总|兑现|"
    r"缴纳|申报|更新|计算|计息|还款|付息|报|发|付|缴))?"
)
BY_PERIOD_NEED_VERB = {"年", "年度", "日", "天", "周", "半年"}
# Other verbs that make 按年度/按周 a schedule, left out of its text: 区局按年度评选先进集体 → 按年度.
BY_PERIOD_LICENSING_VERB_RE = re.compile(GAP + r"(?:评选|评比|表彰|总结|开展|组织|考评|进行)")
# 每人每年, 每户每月: a rate, not a schedule.
RATE_BEFORE_RE = re.compile(r"每[\u4e00-\u9fff]{1,2}\s{0,2}$")
# 每小时20蒸吨, 每天500立方米, 每年50家: a quantity per period (a capacity, a quota), not a schedule; so is a
# number the copy breaks off at (每小時2). Not a count of times (每周2次, a schedule) nor a day (每月10日,
# read by EVERY_MONTH_DAY_RE).
RATE_AFTER_RE = re.compile(
    r"\s{0,3}\d+(?:\.\d+)?(?![\d.])(?!\s{0,3}(?:次|回|遍|轮|场|期|个|日|号|月|天|周|年|小时|工作日|[-—~～至到]))"
)
# 每年培育星级上云企业50家: a yearly quota, the target's rate (the target is 50家), not a schedule. A
# count in the period's clause makes it one; a count of times (每季度开展2次, 每年举办3期) is how often,
# a schedule still.
QUOTA_AFTER_RE = re.compile(
    r"[^，。；;,!！？?：:\n（）()]{0,24}?(?<![\d.第])\d+(?:\.\d+)?\s{0,3}(?:余|多)?\s{0,3}(?:万|亿|千)?\s{0,3}"
    r"(?:" + PHYSICAL_UNIT_RE + r"|个百分点|百分点|[%％]|元|人|户|家|名|所|座|项|处|套|台|辆|个(?!月|工作日|小时|星期|季度))"
)
# 定期 ("regularly") is deliberately not matched: it names no period, and the gold leaves it out.

# ---------------------------------------------------------------------------------------------
# relative, duration and start
# ---------------------------------------------------------------------------------------------

# A window counted from an event: 下达后30日内 · 收到通知后5个工作日内 · 确诊后24小时内 ·
# 自收到申请之日起15个工作日内 · 2小时内 · 三个月内. Not 12 周以内的 (a length: see DURATION_WITHIN_RE).
RELATIVE_RE = re.compile(
    r"(?:(?:(?:自|从)(?P<since>[^\s，。；、：,;]{1,10}?)之日起"  # 自本通知印发之日起
    r"|(?P<event>(?:收到|接到|收悉|接收|接获)[^\s，。；、：,;]{0,6}?|[\u4e00-\u9fff]{2})(?:之?后|之日起))"
    + GAP + r")?"
    + r"(?:(?P<low>(?<![\d.月第])\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)" + GAP + r")?"  # 1—5日内
    + COUNT + GAP + UNIT + GAP + r"(?P<within>以内|之内|内)(?!的)"
)

# A window followed by a count of times is the period the count is made over, not a limit: 留学人员一年内一次或多次累计
# 回国工作时间 · 两年内累计3次. Not 30日内一次性办结 (at once: a limit still).
COUNT_OVER_AFTER_RE = re.compile(r"\s{0,2}(?:累计|[一两二三四五六七八九十\d]{1,3}次(?:或|及以上|以上|及))")
# A conjunction before the two-character event of a window counted 之日起: the event is a pair (信息形成或变更之日起3个
# 工作日内, 收到申请文件、资料之日起7日内), longer than the two characters read, so the item is the window alone and the
# rule names the pair. Not before 后 (怀孕期间、分娩后一年内: 分娩后 is the whole of one alternative).
PAIRED_EVENT_BEFORE_RE = re.compile(r"(?P<first>[\u4e00-\u9fff]{2})(?:或|和|及|与|、)$")

# A day counted back from an event, after 于/在: 于使用前一天送至 · 在会议前3个工作日. Not 报送前一日市场销售额 (the
# day before, what is reported).
BEFORE_EVENT_RE = re.compile(
    r"(?<=[于在])(?P<event>[\u4e00-\u9fff]{2})前" + GAP + COUNT + GAP + r"(?P<unit>个?工作日|天|日)(?![内以之])"
)
# With no event to count from, 以内 (90个工作日以内, 12 周以内) gives a length limit, a duration, while 内
# (2小时内) gives a window from now, relative: the conventions of ../shared/gold/README.md.
LENGTH_WITHIN = ("以内", "之内")
# Working days with no event to count from are how long a procedure may take (环评报告书14个工作日内、
# 报告表7个工作日内完成审批: an office's time limit for each kind of case), a length: a duration.
LENGTH_UNITS = ("工作日", "个工作日")
# A span of time to get something done: 用3-5年时间 · 用两年左右的时间 · 争取用3年时间. Not 利用两天时间
# (making use of two days: how long an activity takes, 利用两天时间对我市…进行了现场检查 — no limit).
TIME_SPAN_RE = re.compile(
    r"(?<!利)用" + GAP + r"(?:(?P<low>\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)" + GAP + r")?"
    + COUNT + GAP + UNIT + GAP + r"(?:左右)?(?:的)?时间"
)

# A length limit: 最长不超过 6 个月 · 期限不超过3年 · 不得超过15个工作日 · 最长6个月. The words a
# limit's count follows: a comparator, or (lead2) a word of length or a period's name (期限为 …).
LIMIT_COMPARATORS = ("不超过", "不得超过", "不长于", "不多于", "不短于", "不少于", "不得少于", "原则上不超过")
LIMIT_LENGTH_WORDS = ("最长", "最短", "为期")
LIMIT_PERIODS = ("期限", "有效期", "过渡期", "周期")
DURATION_LIMIT_RE = re.compile(
    r"(?:(?P<lead>最长|最短|最多|期限|时限|年限|周期|有效期|时间)" + GAP + r")?"
    r"(?P<cmp>" + "|".join(LIMIT_COMPARATORS) + ")" + GAP + COUNT + GAP + UNIT
    + r"|(?P<lead2>" + "|".join(LIMIT_LENGTH_WORDS) + "|(?:" + "|".join(LIMIT_PERIODS) + ")为?)" + GAP
    + r"(?P<count2>\d{1,3}|[一二三四五六七八九十两半]{1,3})"
    + GAP + r"(?P<unit2>个?工作日|个?自然日|个?小时|分钟|个?星期|个月|个?季度|日|天|周|年)"
)
# A least length: 投入运行1年以上 · 连续3个月以上. Not 3年以上的工作经验 (a requirement, not a time limit).
DURATION_AT_LEAST_RE = re.compile(COUNT + GAP + UNIT + GAP + r"(?:及)?以上(?!的)")
# A length with 以内 before 的: 开具 12 周以内的长期处方 · 3年以内的贷款.
DURATION_WITHIN_RE = re.compile(COUNT + GAP + UNIT + GAP + r"(?:以内|之内|内)(?=的)")
# Until an event: 直到患者出院为止 · 直至疫情结束为止.
DURATION_UNTIL_RE = re.compile(r"(?:直到|直至|一直到)(?P<event>[^\s，。；、：（）(),;]{1,15}?)(?:为止|止)")
# An extension: 延长还款期限6个月 · 展期3个月 · 顺延 1 年.
DURATION_EXTEND_RE = re.compile(
    r"(?:延长|延期|顺延|展期)(?:还款期限|期限|时间)?" + GAP + COUNT + GAP + UNIT + r"(?!\s{0,3}[\d内])"
)

# A start: 从3月份开始 · 从确诊之日算起 · 自2020年1月1日起施行 · 自发布之日起 · 自即日起 · 从2021年起.
START_RE = re.compile(
    r"(?P<pfx>从|自)" + GAP + r"(?P<when>"
    r"[^\s，。；、：（）()“”,;]{1,12}?之日"
    r"|(?:本月|下月|次月|当月)" + GAP + r"\d{1,2}" + GAP + r"[日号]"  # 从本月25日起
    r"|即日|今日|今天|本月|下月|次月|当月|今年|明年|次年|下一年度|下一年"
    r"|(?:" + YEAR + r"|(?P<rel>今年|本年|明年))?(?:" + MONTH + GAP + r"(?:" + DAY + GAP + r"(?:日|号)|份)?"
    r"|(?P<period>上半年|下半年|第?[一二三四1-4]季度))?"
    r")" + GAP + r"(?P<sfx>起施行|起执行|起实施|开始施行|开始执行|开始实施|起算|算起|开始|起)"
)
# 即日起 with no 从/自, opening a clause: 即日起对照工作要点逐项梳理. Not 即日起施行 (in force).
START_TODAY_RE = re.compile(r"(?<=[，,。；;：:\s])即日起(?!施行|执行|实施|生效)")
# The n-th working day after an event: 顺延至节假日结束后的第二个工作日中午12时前.
NTH_DAY_RE = re.compile(
    r"第" + GAP + COUNT.replace("第", "") + GAP + r"(?P<unit>个?工作日|个?自然日|天|日)" + GAP
    + r"(?:" + TIME_OF_DAY + GAP + r")?(?P<mark>之前|以前|前)"
)
# When a document comes into force (its lifecycle, not a time limit on what it asks): 施行 is said of
# documents only (自2007年5月1日起施行, 本办法自发布之日起施行); 执行 and 实施 when the clause names the
# document (本通知自印发之日起执行, 《…办法》自2021年1月1日起实施).
IN_FORCE_VERB_RE = re.compile(r"施行$")
IN_FORCE_SUBJECT_RE = re.compile(
    r"本(?:实施)?(?:办法|通知|规定|细则|意见|方案|条例|决定|规则|规程|公告|通告|制度|准则|规范|指南|措施|政策|文件|令|"
    r"标准|目录|清单|要点|计划|规划|批复|函)|《[^《》\n]{1,100}》"
)
# A date with 起施行 and no 自: 2020年3月1日起施行 · 3月1日起执行.
# A start followed by what was already done is a report, not an obligation: 从2020年1月1日起,已将…提高到….
START_REPORTED_AFTER_RE = re.compile(r"[，,\s]{0,2}(?:均已|已经|已|先后|陆续)")
START_BARE_RE = re.compile(
    r"(?:" + YEAR + r")?" + MONTH + GAP + DAY + GAP + r"(?:日|号)" + GAP
    + r"(?:起施行|起执行|起实施|开始施行|开始执行|开始实施|开始)"
)


EXAMPLES = {
    "DATE_BEFORE_RE": Examples(match=("20251月20日前", "201912月31日前", "8月30日(周日)20:00点前", "2月20日前", "2月底前", "4月28前", "3月中旬前", "二○一二年一月九日前", "6月30日截止",
                                      "6月23日下午5:00前", "6月30日17时前", "4月20日(星期五)前", "2月7日(正月初五)上午10点前",
                                      "12月2日下午前", "次年1月15日前"),
                               no_match=("2月20日", "二○一二年一月九日", "6月30日后", "6月23日下午5:00", "120251月20日前", "1.20251月20日前", "编号2025123月1日前")),
    "SHARED_MARK_DATE_RE": Examples(match=("2015年12月20日和", "6月30日、"), no_match=("2015年12月20日", "和")),
    "LOST_MONTH_RE": Examples(match=("630日前", "527日起", "1231日以前"), no_match=("30日前", "2020630日前", "12345日前")),
    "LOST_MONTH_LENGTH_BEFORE_RE": Examples(match=("届满", "到期", "之日"), no_match=("请于",)),
    "CLAUSE_DATE_DUE_RE": Examples(match=("5月5日上报第一期", "，6月30日报送汇总表"), no_match=("5月5日上报的数据", "于5月5日召开")),
    "TODAY_BEFORE_RE": Examples(match=("今日下午18:00时前", "当天下午前", "今天17时前"), no_match=("今日", "今日下午")),
    "BRACKETED_RANGE_RE": Examples(match=("（7月3日至7月15日）", "(9月1日至30日)"), no_match=("7月3日至7月15日", "（7月3日）")),
    "PLACE_YEAR_RE": Examples(match=("武汉市2017年细颗粒物",), no_match=("2017年细颗粒物", "武汉市2017年底")),
    "PLACE_BEFORE_RE": Examples(match=("。武汉市", "武汉市"), no_match=("较2013年下降的武汉市1",)),
    "EVERY_MONTH_DAYS_RE": Examples(match=("每月9日、19日、28日前", "每月10日和25日"), no_match=("每月10日前",)),
    "MONTH_AFTER_DAY_RE": Examples(match=("月后18日前", "月后3日"), no_match=("3个月后5日", "6月后10日")),
    "QUARTER_AFTER_DAY_RE": Examples(match=("一季度季后7日", "三季度季后10日12:00", "每季度季后15日前"), no_match=("季度末",)),
    "LABELLED_DAY_TIME_RE": Examples(match=("截止收件时间：每天上午8:30",), no_match=("每天上午8:30",)),
    "START_TODAY_RE": Examples(match=("，即日起对照",), no_match=("本通知即日起施行", "自即日起")),
    "NTH_DAY_RE": Examples(match=("第二个工作日中午12时前", "第3个工作日前"), no_match=("第二个工作日", "第一天")),
    "EVERY_DAY_TIME_RE": Examples(match=("每日上午12点以前", "每天17时前", "每日上午10点前"),
                                  no_match=("每日报送", "每天500立方米", "每日12点")),
    "TIME_OF_DAY_RE": Examples(match=("下午5:00", "17：30", "上午10时", "下午五点半", "12时30分", "上午下班"),
                               no_match=("5月", "下午")),
    "DATE_BY_RE": Examples(match=("于3月底完成", "在2020年6月30日报送"), no_match=("于3月底召开",)),
    "SENT_ON_RE": Examples(match=("本次报送于5月29日)", "材料上报于6月30日。"), no_match=("报送于5月29日召开的会议", "于5月29日")),
    "LABELLED_DATE_RE": Examples(match=("完成时限：2021年3月", "时间节点：2021年底", "完成时间:2021年", "时限：6月30日前"),
                                 no_match=("完成时限：长期坚持", "时限：3个工作日")),
    "DATE_UNTIL_RE": Examples(match=("截至2020年6月30日", "截止到3月15日", "截止至2012年3月1日", "截至2023年11月28日下午17:00"),
                              no_match=("到3月15日",)),
    "DATE_TO_RE": Examples(match=("到2019年6月底", "到6月30日前"), no_match=("截至到2019年6月底", "直到6月底")),
    "RANGE_RE": Examples(match=("2021年5月1日至2022年4月30日", "2020年3月至6月底", "2019年10月—12月", "20xx年1月22日到2月3日",
                                "2021年5月1日起至2022年4月30日", "20**年12月7日—20**年12月9日", "2015年8月下旬至9月上旬"),
                         no_match=("2021年5月1日", "5月1日至6月30日", "8月下旬至9月上旬")),
    "UNTIL_DATE_RE": Examples(match=("实施期限至2025年12月31日", "延长至2022年6月30日", "顺延到3月底", "有效期至2023年6月30日"),
                              no_match=("至2025年12月31日",)),
    "IN_FORCE_AFTER_RE": Examples(match=("施行", "起施行", "日起实施", "实施。"), no_match=("完成", "实施阶段性下调费率的政策")),
    "YEAR_END_RE": Examples(match=("年底前", "2020年底前", "今年年底前", "二OO八年底前"), no_match=("年度",)),
    "YEAR_BEFORE_RE": Examples(match=("在2012年前", "于二〇二〇年以前"),
                               no_match=("在2012年前三季度", "在2012年前后", "2000年前建成", "在2012年前5个月")),
    "YEAR_BY_RE": Examples(match=("到2025年", "到2022年底", "到二○二○年"), no_match=("截至到2020年", "到2020年3月")),
    "PLANNED_YEAR_RE": Examples(match=("。2016年基本完成", "2015年在改革上取得进展"),
                                no_match=("2015年底", "至2015年", "2015年度")),
    "YEAR_HEADING_COMMA_RE": Examples(match=(",", " ， "), no_match=("。",)),
    "BASE_YEAR_COMPARED_RE": Examples(match=("比 2010 年下降", "较2013年增长", "与2020年相比下降"), no_match=("比上年下降", "2010年下降")),
    "PHASE_RANGE_RE": Examples(match=("第二阶段。2 月 23 日至 2 月 25 日,集中", "整治阶段:3月1日至15日,"),
                               no_match=("5月1日至6月30日,", "整治阶段(3月1日至15日)")),
    "PHASE_DAY_RE": Examples(match=("第三阶段。2 月 26 日,镇政府", "验收阶段:6月30日,"), no_match=("2月26日,镇政府", "阶段。2月26日下午")),
    "PERIOD_RE": Examples(match=("上半年", "一季度末", "2020年前三季度"), no_match=("每季度",)),
    "EVERY_MONTH_DAY_RE": Examples(match=("每个月5日前", "每月10号前", "每月25日前", "每月28日15点前"), no_match=("每月",)),
    "RATE_AFTER_RE": Examples(match=("20蒸吨", " 500 立方米", "10万千瓦", "50家"),
                              no_match=("2次", "报送", "10日前", "3个月")),
    "EVERY_PERIOD_MONTH_DAY_RE": Examples(
        match=("每季度最后一个月的30日前", "每季度第一个月10日前", "每季末月25日前", "每半年首月5日"),
        no_match=("每季度", "每季度最后一个月", "每月10日前")),
    "EVERY_PERIOD_END_RE": Examples(match=("每月底前", "每季度末", "每年年底前"), no_match=("每月",)),
    "EVERY_YEAR_DATE_RE": Examples(match=("每年3月底前", "每年6月30日前"), no_match=("每年",)),
    "EVERY_WEEKDAY_RE": Examples(match=("每周一", "每星期五前", "每周五上午下班前", "每周二中午12时前"), no_match=("每周", "每周日程")),
    "SCHEDULE_NAME_AFTER_RE": Examples(match=("日程报送要求", "重要活动安排是统筹", "会议安排》"), no_match=("安排一次检查", "召开")),
    "EVERY_PERIOD_RE": Examples(match=("每个月", "每季度", "每两周", "每半年", "每隔一周", "每学期", "每个学年"),
                                no_match=("每人", "每学科", "每名学生")),
    "ONE_PER_RE": Examples(match=("一周一报", "一月一调度", "一季一考核"), no_match=("一周两报",)),
    "PAIRED_RE": Examples(match=("月统月报", "日清日结", "周调周报"), no_match=("月统年报",)),
    "BY_PERIOD_RE": Examples(match=("按月发放", "按季度报送", "按年度"), no_match=("按年龄", "按月份")),
    "BY_PERIOD_LICENSING_VERB_RE": Examples(match=("评选", "开展"), no_match=("计划",)),
    "QUOTA_AFTER_RE": Examples(match=("培育星级上云企业50家", "新增就业1.2万人", "建成高标准农田5万亩"),
                               no_match=("开展2次督查", "举办3期培训班", "对帮扶成效进行评估")),
    "RATE_BEFORE_RE": Examples(match=("每人", "每户"), no_match=("各县",)),
    "COUNT_OVER_AFTER_RE": Examples(match=("一次或多次累计", "累计3次", "两次以上"), no_match=("一次性办结", "完成")),
    "PAIRED_EVENT_BEFORE_RE": Examples(match=("信息形成或", "审核和"), no_match=("信息", "形成")),
    "RELATIVE_RE": Examples(match=("下达后30日内", "收到通知后5个工作日内", "2小时内", "自本通知印发之日起15个工作日内", "急件1—5日内"),
                            no_match=("12周以内的", "30日")),
    "LENGTH_WITHIN": Examples(match=("以内", "之内"), no_match=("内",)),
    "LENGTH_UNITS": Examples(match=("工作日", "个工作日"), no_match=("小时", "天")),
    "TIME_SPAN_RE": Examples(match=("用3-5年时间", "用两年左右的时间", "用3年时间", "争取用3-5年时间"),
                             no_match=("用3年", "利用两天时间")),
    "DURATION_LIMIT_RE": Examples(match=("最长不超过 6 个月", "期限不超过3年", "不得超过15个工作日", "最长6个月"),
                                  no_match=("不超过50%",)),
    "DURATION_AT_LEAST_RE": Examples(match=("1年以上", "连续3个月以上"), no_match=("3年以上的", "50人以上")),
    "DURATION_WITHIN_RE": Examples(match=("12 周以内的",), no_match=("12 周以内",)),
    "DURATION_UNTIL_RE": Examples(match=("直到患者出院为止", "直至疫情结束为止"), no_match=("直到",)),
    "DURATION_EXTEND_RE": Examples(match=("延长还款期限6个月", "展期3个月", "顺延 1 年"), no_match=("延长至6月",)),
    "START_RE": Examples(match=("从3月份开始", "自2020年1月1日起施行", "自发布之日起", "从2023年第一季度开始", "从2021年起",
                                "从本月25日起", "自今年4月19日起"),
                         no_match=("从严", "自己")),
    "IN_FORCE_VERB_RE": Examples(match=("自2007年5月1日起施行", "开始施行"), no_match=("起执行", "施行后")),
    "IN_FORCE_SUBJECT_RE": Examples(match=("本办法", "本通知", "本实施细则", "《东莞市重大危险源安全监督管理办法》"),
                                    no_match=("各县", "本月")),
    "START_BARE_RE": Examples(match=("2020年3月1日起施行", "3月1日起执行", "2019年9月2日开始"), no_match=("3月1日起",)),
    "REPORTED_PERIOD_AFTER_RE": Examples(match=("推广情况", "的工作数据"), no_match=("推广新技术",)),
    "POLICY_TERM_BEFORE_RE": Examples(match=("现行节能汽车推广补贴政策",), no_match=("各地要",)),
    "COUNTED_PERIOD_BEFORE_RE": Examples(match=("统计期为", "报告期："), no_match=("整治时间",)),
    "BEFORE_EVENT_RE": Examples(match=("于使用前一天", "在会议前3个工作日"), no_match=("3天前", "于使用前一天内", "报送前一日")),
    "START_REPORTED_AFTER_RE": Examples(match=(",已将", "，已经"), no_match=("，各地要",)),
    "SEASON_AFTER_RE": Examples(match=("-次年4月30日", "至9月30日"), no_match=("前报送",)),
    "STATUS_FIGURE_AFTER_RE": Examples(match=(",全市户籍人口531.59万", ",小洪河杨庄站水位64.64m"),
                                       no_match=(",逾期将不予受理", ",报送材料包括纸质材料", ",2019年度报表报送", ",17:00前")),
    "FORECAST_BEFORE_RE": Examples(match=("据测算,“十三五”期间,我市老年人口仍将持续增长,", "预计"),
                                   no_match=("据测算。全市", "力争")),
    "FORECAST_AFTER_RE": Examples(match=("将有可能达到", ",可能"), no_match=("全面完成", "将建成")),
    "STATUS_AFTER_RE": Examples(match=("，全省累计脱贫", "，已完成"), no_match=("，全面完成",)),
    "CN_YEAR_DIGITS": Examples(match=("○", "O", "〇", "零"), no_match=("十",)),
    "ACTIVITY_RE": Examples(match=("对帮扶成效进行评估", "将本季度落实各项工作情况报送市政府", "召开一次调度会"),
                            no_match=("开展帮扶工作",)),
    "CLAUSE_END": Examples(match=("，", "。", "（"), no_match=("、",)),
    "COMMITMENT_RE": Examples(match=("基本完成", "在改革上取得进展", "力争全部脱贫", "建立长效机制", "较2013年下降15%"),
                              no_match=("全省已有", "开展专项行动")),
}
