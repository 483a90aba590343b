"""The building blocks of ``extractors.deadlines``' patterns: the pieces a date, a count and a period are
written with (plain strings, composed into the compiled patterns of ``deadline_dates``, ``deadline_recurrences``
and ``deadline_relative``), the names rules give them, and what a schedule is for. Named data with examples
(``EXAMPLES``, run by tests/test_vocab_examples.py).

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

import re

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
# The same with a decimal part, for a window's count: 开办企业0.5个工作日内完成 (half a working day), 1.5小时内.
COUNT_OR_DECIMAL = COUNT.replace(r"\d{1,3}(?!\d)", r"\d{1,3}(?:\.\d{1,2})?(?!\d)", 1)
DECIMAL_RE = re.compile(r"\d{1,3}\.\d{1,2}")

# The named holidays a limit is set before (春节前, 国庆节前 …), read by deadline_sentences.HOLIDAY_BEFORE_RE and, every year,
# by deadline_recurrences.EVERY_YEAR_HOLIDAY_RE.
HOLIDAY = r"(?P<holiday>春节|元旦|国庆节?|中秋节?|清明节?|端午节?|元宵节?|劳动节|五一)"

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
    "发放": "payment", "拨付": "payment", "补贴": "subsidy", "结算": "settlement", "召开": "meeting",
    "总结": "summary", "查": "check", "访": "visit", "议": "discussion", "考": "appraisal",
    "评": "assessment", "结": "settlement", "清": "clearance", "调": "dispatch", "次": "once",
    # the acts of a periodic practice (实行月度调度和季度讲评)
    "讲评": "review", "点评": "review", "考评": "appraisal", "评比": "appraisal", "分析": "analysis",
}
CLAUSE_END = re.compile(r"[，。；：！？,;!?\n（）()]")

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
    r"(?:(?:上午|下午|中午|晚上|凌晨|早上|早晨)" + GAP + r")?"
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


EXAMPLES = {
    "TIME_OF_DAY_RE": Examples(match=("下午5:00", "17：30", "上午10时", "下午五点半", "12时30分", "上午下班"),
                               no_match=("5月", "下午")),
    "CN_YEAR_DIGITS": Examples(match=("○", "O", "〇", "零"), no_match=("十",)),
    "ACTIVITY_RE": Examples(match=("对帮扶成效进行评估", "将本季度落实各项工作情况报送市政府", "召开一次调度会"),
                            no_match=("开展帮扶工作",)),
    "CLAUSE_END": Examples(match=("，", "。", "（"), no_match=("、",)),
    "DECIMAL_RE": Examples(match=("0.5",), no_match=("5",)),
}
