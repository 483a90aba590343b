"""Absolute limits of ``extractors.deadlines``: a date or year the work is due by
(2月20日前, 年底前, 到2025年, 完成时限：2021年3月), a period whose end is the limit, and what makes a date no limit.

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

import re

from .fold import LOST_CHARACTER
from .lazy_patterns import compiled_later
from .deadline_patterns import (
    CN_YEAR, DATE_TAIL, DAY, DUE_VERB, GAP, HALF_DAY, MONTH, RELATIVE_YEAR, TIME_OF_DAY, WEEKDAY_NOTE, YEAR,
)
from .unit_names import UNIT_END_SUFFIXES
from .vocab import Examples

# ---------------------------------------------------------------------------------------------
# deadline: absolute limits
# ---------------------------------------------------------------------------------------------

# A date followed by 前/之前/以前/截止/止, with the time of day the limit falls at, if any.
# 2月20日前 · 2月底前 · 4月28前 · 3月份前 · 3月中旬前 · 2020年6月30日前 · 二〇二〇年三月五日前 · 6月30日截止 ·
# 6月23日下午5:00前. Not a 前言 heading under a cover's date (二〇二一年十二月 ⏎ 前 言: the foreword).
DATE_BEFORE_RE = compiled_later(
    r"(?:" + YEAR + r"|" + RELATIVE_YEAR + r")?" + MONTH + GAP + DATE_TAIL + GAP + r"(?:" + WEEKDAY_NOTE + GAP + r")?"
    + r"(?:" + TIME_OF_DAY + GAP + r"|" + HALF_DAY + GAP + r")?" + r"(?P<mark>之前|以前|前(?!\s{0,3}言)|截止|为止|止)(?![后夕])"
)
# A date that shares the 前 of the date after it: 分别于2015年12月20日和2016年1月5日以前 (both limits). Searched
# in the few characters before a DATE_BEFORE_RE match.
SHARED_MARK_DATE_RE = compiled_later(
    r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + GAP + r"(?:和|及|与|或|、)" + GAP + r"$"
)
# A date whose 月 a copy lost: 于630日前 (6月30日) · 527日起 (5月27日) · 1231日前. Three digits are a
# month and a two-digit day, four digits a month of 10-12 and its day; the date must exist.
LOST_MONTH_RE = compiled_later(
    r"(?<![\d.\-/第年月:：])(?P<month>1[0-2]|[1-9])(?P<day>[0-3]\d)(?P<day_mark>日|号)(?P<mark>之前|以前|前|起)"
)
# A day alone whose month the sentence named before it: 要在2月15日以前公示结束;20日以前完成方案编制;21日开始兑现,3月5日
#以前结束 (a schedule's steps in one month, the month written once). Its mark makes it a limit (以前, 前) or a start (开始,
# 起); it must open a clause or follow 于/在 (DAY_ALONE_OPENER), and the full date before it in the sentence (DATED_DAY_RE)
# must be an earlier day, so that a count of days (届满30日前, 提前15日) is never read as one.
DAY_ALONE_RE = re.compile(r"(?<![\d.])(?P<day>[12]\d|3[01]|[1-9])(?:日|号)" + GAP + r"(?P<mark>之前|以前|前(?![\s言夕])|开始|起)")
DAY_ALONE_OPENER = "，,；;、于在"
DATED_DAY_RE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})" + GAP + r"年" + GAP + r")?(?<![\d.])(?P<month>1[0-2]|[1-9])"
                          + GAP + r"月" + GAP + r"(?P<day>[12]\d|3[01]|[1-9])" + GAP + r"[日号]")
SENTENCE_END = "。！？!?\n"
# The end of a period after its start, its 月 lost: 从本月25日起至1115日 (to 11月15日). ``end`` is the item (至1115日).
LOST_MONTH_END_RE = compiled_later(
    r"起" + GAP + r"(?P<end>(?:至|到)" + GAP + r"(?P<month>1[0-2]|[1-9])(?P<day>[0-3]\d)(?P<day_mark>日|号))(?![前起后内])"
)
# A date whose 年 and 月 a copy lost both (a page that dropped the characters of one font): 并在2018319日之前把各项材料报送
# (2018年3月19日) · 2020630日前 · 20211231日以前. The year is four digits of 19xx or 20xx; the month and day read as
# LOST_MONTH_RE reads them (a two-digit day), and the date must exist. Only before a limit's mark: a bare run of digits
# (a signature's 2018313, a number) is no limit.
LOST_YEAR_MONTH_RE = compiled_later(
    r"(?<![\d.\-/第:：])(?P<year>(?:19|20)\d{2})(?P<month>1[0-2]|[1-9])(?P<day>[0-3]\d)(?P<day_mark>日|号)(?P<mark>之前|以前|前)(?![后夕])"
)
# Counts of days before such a number are lengths, not dates: 届满120日前, 到期30日前.
LOST_MONTH_LENGTH_BEFORE_RE = compiled_later(r"(?:满|期|之日|日|后)\s{0,2}$")
# A date opening a clause before a verb of sending: 5月5日上报第一期 · 6月30日报送汇总表. Not 5月5日上报的数据 (a
# report of what was sent).
CLAUSE_DATE_DUE_RE = compiled_later(
    r"(?<![^\s，。；;：:（(])(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?=" + GAP + r"(?:上报|报送|提交)(?![的了过]))"
)
# A time of the day the notice is sent: 请于今日下午18:00时前上报 · 当天下午前 · 务于今晚20:00前撤离 (tonight: an emergency
# order's limit; the date is the notice's own).
TODAY_BEFORE_RE = compiled_later(
    r"(?:今日|今天|当日|当天|今晚|当晚)" + GAP + r"(?:" + TIME_OF_DAY + r"|" + HALF_DAY + r")" + GAP + r"时?(?P<mark>之前|以前|前)"
)

# What is sent by a date, put between the date and the verb of sending with 将 or 把: 于9月24日将学习情况报送党委宣传部 ·
# 于5月10日把材料交到. A sending verb, not 将 alone (于9月24日将召开: the issuer's own event, a schedule of its own).
OBJECT_THEN_SENT = (r"(?:将|把)[^，。；;,!?！？\n]{1,20}?"
                    r"(?:报送|上报|提交|传真|发送|寄送|送交|报至|报到|报给|交至|交到|交给|发至|送至|送到)")
# The verb after such a date lost in the copy, what is sent going to the body named after it, which closes the clause:
# 以书面形式于11月10日?qǐng)?bào)市科协普及部。 (a glossed mirror's 请报, each lost with its gloss's bracket), as
# 于11月10日报市科协普及部 reads. Not lost characters before the place of an event (于11月10日�市科协召开会议: the clause goes on after the body).
BODY_ENDING = "|".join(sorted(map(re.escape, UNIT_END_SUFFIXES), key=len, reverse=True))
LOST_VERB_TO_BODY = (LOST_CHARACTER + r"{1,3}" + GAP + r"[\u4e00-\u9fff]{1,20}?(?:" + BODY_ENDING + r")"
                     + r"(?=" + GAP + r"(?:[。；;，,\n]|$))")
# A date after 于/在/到 and before a verb of completion: 于3月底完成, 在2020年6月30日报送, 于9月24日将…报送.
DATE_BY_RE = compiled_later(
    r"(?<=[于在到])(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?=" + GAP + r"(?:" + DUE_VERB + "|" + OBJECT_THEN_SENT + "|" + LOST_VERB_TO_BODY + "))"
)
# A date after a verb of sending and 于, closing its clause: (本次报送于5月29日) · 材料上报于6月30日。
SENT_ON_RE = compiled_later(
    r"(?:(?<=报送于)|(?<=上报于)|(?<=提交于)|(?<=报于))(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?=" + GAP + r"(?:[）)，。；,;]|$))"
)

# A date after a limit label, which makes it a limit without 前: 完成时限：2021年3月 (the month's last day) ·
# 时间节点：2021年底 · 完成时间：2021年 (the year's last day) · 时限：6月30日. ``when`` is the date.
LIMIT_LABELS = ("完成时限", "完成时间", "完成期限", "时间节点", "办结时限", "时限要求", "截止时间", "截止日期", "时限",
                "期限")
LABELLED_DATE_RE = compiled_later(
    r"(?:" + "|".join(LIMIT_LABELS) + r")" + GAP + r"(?:[：:]|为)" + GAP
    + r"(?P<when>(?:" + YEAR + r")?(?:" + MONTH + GAP + DATE_TAIL + r"|(?P<year_end>底|末))?"
    + r"(?:" + GAP + r"(?:之前|以前|前))?)(?<=[年月日号底末旬份前])"  # a date, not 时限：3个工作日
)

# A table copied one cell a line whose header names a time column (计划完成时间, 完成时限): each cell holding only a date
# or a year's end is that row's limit, with no label beside it (序号 ⏎ 目标任务 ⏎ 牵头责任单位 ⏎ 计划完成时间 ⏎ … ⏎ 经管站 ⏎
# 2023年底). ``when`` is the date, as in LABELLED_DATE_RE; cells before the header (a signature's day) are not read.
TIME_COLUMN_RE = compiled_later(r"^[ \t\u3000]*(?:计划)?(?:" + "|".join(LIMIT_LABELS) + r")[ \t\u3000|｜]*$", re.MULTILINE)
# A task table's remarks column right after its units column (… ⏎ 责任单位 ⏎ 备注): in a table copied one cell a line, the
# remarks cell holding a date alone is its row's time (u08's 市税务局等,… ⏎ 2020年12月). A full day alone there is left out,
# the form of a signature's date after the table (2020年3月20日), unless it says 前.
REMARKS_COLUMN_RE = compiled_later(r"^[ \t\u3000]*(?:牵头)?(?:责任|牵头|承办|主办)(?:单位|部门)[ \t\u3000|｜]*\n[ \t\u3000]*备注[ \t\u3000|｜]*$",
                               re.MULTILINE)
TIME_CELL_RE = compiled_later(
    r"^[ \t\u3000]*(?P<when>(?:" + YEAR + r")?(?:" + MONTH + GAP + DATE_TAIL + r"|(?P<year_end>底|末))?"
    + r"(?:" + GAP + r"(?:之前|以前|前))?)(?<=[年月日号底末旬份前])[ \t\u3000|｜]*$", re.MULTILINE)

# 截至/截止 and a date: 截至2020年6月30日 · 截止到3月15日 · 截止至2012年3月1日. A cut-off label (截止时间为5月31日, 截止日期：
# …) names the limit as 完成时限 does: LABELLED_DATE_RE reads it, the item the date without its label (CONVENTIONS C12).
DATE_UNTIL_RE = compiled_later(
    r"截[止至](?:到|至)?" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?:" + GAP + TIME_OF_DAY + r")?" + r"(?:" + GAP + r"(?:之前|以前|前|为止|止))?"
)
# 已于/已在 before a date with 前 reports what was done by then: 上述59个项目已于7月底前全部整改到位 (no limit).
DONE_BY_BEFORE_RE = compiled_later(r"(?:已经|已|均已|业已)\s{0,2}[于在]\s{0,2}$")
# 截至 also introduces a status report: 截至2019年底，全省累计脱贫… — not a deadline.
STATUS_AFTER_RE = compiled_later(r"^[，,\s]{0,2}[^。；]{0,12}?(?:已经|已|累计|共计|总计|共有|全[省市县区])")
# 截至/截止 and a date opening a sentence, then what something measured on that day: 截止2015年12月31日,全市户籍人口531.59万
# · 截止9月4日17:00时,小洪河杨庄站水位64.64m (figures as of the day, not a limit). A few words naming what was measured and
# its figure, no date (截止3月1日,2019年度…) nor a time, nor a word that makes the figure a goal to reach by then (截止到2020年
# 10月31日,全县农村家庭医生签约率要到达90%以上: a limit).
STATUS_FIGURE_AFTER_RE = compiled_later(
    r"[，,]\s{0,2}(?:(?!(?<![主重需纲])要|须|应当|应达|应在|力争|确保|争取)[^，,。；;：:\d\n]){1,16}?\d+(?:\.\d+)?(?!\s{0,2}[\d.年月日时点号:：])")
# Where a year after 到 is a forecast, not a limit: the sentence reports a projection (据测算,…到2020年将有可能达到110万人左右).
# The source of the projection before it in its sentence, or its hedge right after the year.
FORECAST_BEFORE_RE = compiled_later(r"(?:据测算|据预测|据估算|据估计|预计|预测|测算)[^。；;！？!?\n]{0,40}$")
# (or the projection's word after the clause's short subject: 到2020年,全市城乡老年人预计达到60万人)
FORECAST_AFTER_RE = compiled_later(r"\s{0,2}[，,]?\s{0,2}(?:(?:仍将|还将|将|会)?\s{0,2}(?:有可能|可能)|[^，,。；;\n\d]{0,12}?(?:预计|预测|估计)(?!完成))")
# A span up to the year named as a stage the place is in: 从现在起到2020年,廊坊正处于推动科学发展…的关键时期 (a description
# of the years ahead, no limit on anything to be done).
STAGE_AFTER_RE = compiled_later(r"\s{0,2}[，,]?\s{0,2}[^，,。；;\n]{0,12}?(?:正处于|正处在|处于|将是|是)[^。；;\n]{0,60}?(?:时期|阶段)")

# The end of a year: 年底前 · 年末前 · 2020年底前 · 今年年底前 · 年内完成.
YEAR_END_RE = compiled_later(
    r"(?:(?P<year>(?<!\d)(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP + r"年|(?P<rel>[今本当明])年"
    r"|(?<![去前上往历同每半])年)年?(?P<part>底|末|内)(?P<mark>之前|以前|前)?"
)

# This year and the next as the period of a step: 今明两年投资530亿元 · 今明两年进一步采取…措施 (the next year's end the limit,
# in the document's year). Not 今明两年是…关键时期 (a stage described).
THIS_AND_NEXT_YEAR_RE = compiled_later(r"今明(?:两|二|2)年(?!" + GAP + r"(?:是|将是|正处于|来))")

# The rest of the year as the period of the recipients' work (a midyear review: 请各单位在剩下的半年时间里…全力推进目标任务 ·
# 在今年余下的几个月里 · 利用全年剩余时间): the year's end the limit, in the document's year (C23, as 下半年). The half-year or months
# left of some other span (a campaign's, a term's: 剩余的3个月 with no 今年/全年/年内) are not read.
REST_OF_YEAR_RE = compiled_later(
    r"(?:在|于)?(?:(?:今年|全年|年内|本年度?)(?:剩下|剩余|余下)的?(?:半年|[\d一二三四五六七八九十两几]{1,2}个多?月|时间)"
    r"|(?:剩下|剩余|余下)的?半年)(?:的)?(?:时间)?(?:里|内|中)?"
)

# What makes a year's end a limit when no 前 follows it: a verb of completing (年底完成), or of adding to a count (年内新增
# 入统企业5家以上: the year's quota, due by its end). Not 2019年底，全省已… (a point in time).
YEAR_END_DUE_RE = compiled_later(GAP + r"(?:" + DUE_VERB + r"|新增)")
# The year's quota after 年内, a count bounded below in its clause (年内至少3次 · 年内全县查处非法捕捞案件10例以上): due by the
# year's end as 年内新增 is. Not 年内被…通报表扬的…奖10分 (a condition of a score, nothing to reach), nor a count of years
# before it (每3年内产值由3亿元以下增加到5亿元以上, 两年内: a window, COUNTED_YEARS_BEFORE_RE).
COUNTED_YEARS_BEFORE_RE = compiled_later(r"[\d一二三四五六七八九十两几]$")
YEAR_QUOTA_RE = compiled_later(GAP + r"[^，,。；;：:！？!?\n]{0,30}?(?:(?:至少|不少于|不低于|不得少于)" + GAP + r"\d"
                               + r"|\d+(?:\.\d+)?" + GAP + r"[\u4e00-\u9fff%％]{1,3}" + GAP + r"(?:及)?以上)")
# A written year's end heading its sentence before a comma, the clause after it an aim: 2020年底,城区…等指标力争进入市内前列
# (in a plan of 2020: the date its aim is set for, as 到2020年底 would be). Not 2019年底，全省已… (a point in time reported).
YEAR_END_AIM_RE = compiled_later(GAP + r"[，,](?:(?!已)[^。；;\n]){0,40}?(?:力争|确保|争取)")
YEAR_END_AIM_BEFORE = "。；;：:\n"

# A year with 前 after 在/于, the year's end the limit: 在2012年前完成 · 于二〇二〇年以前. Not 前三季度 · 前5个月 (the
# first part of the year: PERIOD_RE's), 前后 (around it), nor a year with no 在/于 (2000年前建成的住房: a description).
YEAR_BEFORE_RE = compiled_later(
    r"(?<=[在于])" + r"(?P<year>(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP + r"年(?P<mark>之前|以前|前)"
    + r"(?![后夕\d一二三四五六七八九十两半个])"
)
# The dates of a list before one 前 that share it: 4月8日、7月8日、10月8日及12月8日前 (at most this many before it).
MAX_SHARED_MARK_DATES = 6

# A target year after 到: 到2025年 · 到2022年底. Not 截至到2020年 (a status) nor 到2020年3月 (a date).
YEAR_BY_RE = compiled_later(
    r"(?<![截直])(?<!截至)(?<!截止)到" + GAP + r"(?P<year>(?<!\d)(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP
    + r"年(?:底|末)?(?:之前|以前|前)?(?!\s{0,3}(?:\d|[一二三四五六七八九十]{1,2}月|度|的|后))"
)

# Half years and quarters: 上半年 · 一季度末 · 第三季度前 · 2020年前三季度 · 今年下半年完成.
PERIOD_RE = compiled_later(
    r"(?:" + YEAR + r"|(?P<rel>[今本明])年)?(?<!每)"
    r"(?P<period>上半年|下半年|前三季度|第?[一二三四1-4]季度)(?P<end>末|底|内)?(?P<mark>之前|以前|前)?"
)
# The two halves of a year set out as a programme's two steps in one sentence (上半年组织好机关的学习活动,下半年在系统全面
# 推开): each half the period its step is done in, whatever the verb. Not halves a report compares (上半年全市完成投资12
# 亿元,下半年…: figures, or HALVES_REPORTED's words).
HALVES_PAIR_RE = compiled_later(
    r"(?P<first>上半年)(?P<a>[^。；;\n\d]{2,40}?)[，,；;][ \u3000]*(?P<second>下半年)(?P<b>[^。；;\n\d]{2,40}?)(?=[。；;\n]|$)"
)
HALVES_REPORTED = compiled_later(r"[已了]|同比|比去年|增长|下降|增加|减少")
# A period whose work the notice asks its recipients to do, the verb before it (做好第二季度经济工作 · 抓好下半年各项工作 ·
# 扎实做好四季度重点工作): the work is done within the period, its end the limit (CONVENTIONS C23). Not a summary or a report
# of the period's work (做好上半年工作总结: a period reported on, C28).
PERIOD_WORK_BEFORE_RE = compiled_later(r"(?:做好|抓好|干好|安排好|部署好|谋划好)$")
PERIOD_WORK_AFTER_RE = compiled_later(r"[^，,。；;：:\n\d]{0,12}?工作(?![^，,。；;\n]{0,4}?(?:总结|小结|情况|汇报|报告|要点))")
PERIOD_ENDS = {"上半年": (6, 30), "下半年": (12, 31), "前三季度": (9, 30),
               "1": (3, 31), "2": (6, 30), "3": (9, 30), "4": (12, 31)}

# A target date after 到: 到2019年6月底 · 到6月30日 · 到2020年3月前. Not 截至到… (a status) nor 直到.
DATE_TO_RE = compiled_later(
    r"(?<![截直])(?<!截至)(?<!截止)到" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?:" + GAP + r"(?:之前|以前|前|为止|止))?"
)

# 内 after a period's end: the work is done within it (3月20日至3月24日内上传), a limit's mark as 前 is. Not 内容, 内部 ….
WITHIN_MARK = r"(?:" + GAP + r"(?:内(?![容部外涵地存])|之内))?"
# A period, whose end is the limit: 2021年5月1日至2022年4月30日 · 2020年3月至6月底 · 2019年10月—12月.
RANGE_RE = compiled_later(
    # 20xx年: a template's masked year (the period is read, its end left undated)
    # 今年/本年: the document's year (今年4—5月在我省集中开展…宣传月活动, a forwarded campaign's period)
    r"(?:(?P<from_year>(?<!\d)(?:19|20)(?:\d{2}|[xX×*＊]{2}))" + GAP + "年|(?P<this_year>[今本])年)" + GAP
    + r"(?P<from_month>\d{1,2})" + GAP
    # 2021年5月1日起至… · 2015年8月下旬至9月上旬; the first month's 月 left to the second's before a dash (4—5月)
    # 2025年3月25日上午10时至3月27日内: the hour the period opens at; its 内 (within it) kept as a limit's mark
    + r"(?:月" + GAP + r"(?:\d{1,2}" + GAP + r"[日号](?:" + GAP + TIME_OF_DAY + r")?|[上中下]旬)?" + GAP + r"起?" + GAP + r"(?:至|到|—|－|-|~|～)|(?:—|－|-|~|～))" + GAP + r"(?:" + YEAR + r"|(?:19|20)[xX×*＊]{2}" + GAP + r"年" + GAP + r")?" + MONTH + GAP + DATE_TAIL
    + WITHIN_MARK

)
# A period with no year that closes with 内 (the document's year): （即3月31日-4月2日内）选定1套房屋 · 请于5月1日至5月10日内
#报送. A bare 5月1日至6月30日 without it is not read (a period of anything).
BARE_RANGE_WITHIN_RE = compiled_later(
    r"(?<![\d年.])(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + r"\d{1,2}" + GAP + r"[日号]" + GAP + r"(?:至|到|—|－|-|~|～)"
    + GAP + r"(?:" + MONTH + GAP + r")?" + DAY + GAP + r"(?P<day_mark>日|号)" + GAP + r"(?:内(?![容部外涵地存])|之内)"
)
# A period in brackets after a phase's name, with no year (the document's): 自查摸底阶段（7月3日至7月15日） ·
# （9月1日至30日）. A bare 5月1日至6月30日 is not read (a period of anything).
BRACKETED_RANGE_RE = compiled_later(
    r"(?<=[（(])" + GAP + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + r"\d{1,2}" + GAP + r"[日号]" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + MONTH + GAP + r")?" + DAY + GAP + r"(?P<day_mark>日|号)(?=" + GAP + r"[）)])"
)
# The day or period a phase of a 时间安排 opens with, its name before it: 第二阶段。2 月 23 日至 2 月 25 日,集中…
# · 第三阶段:2月26日,…检查验收 (the day the phase's work is due).
PHASE_NAME_BEFORE = r"(?:(?<=阶段[。.．:：,，])|(?<=阶段[。.．:：,，][ \u3000])|(?<=阶段))"
PHASE_RANGE_RE = compiled_later(
    PHASE_NAME_BEFORE + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + r"\d{1,2}" + GAP + r"[日号]" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + MONTH + GAP + r")?" + DAY + GAP + r"(?P<day_mark>日|号)(?=" + GAP + r"[,，;；])"
)
PHASE_DAY_RE = compiled_later(
    PHASE_NAME_BEFORE + r"(?P<from_month>\d{1,2})" + GAP + r"月" + GAP + DAY + GAP + r"(?P<day_mark>日|号)(?=" + GAP + r"[,，;；])"
)
# What a period before a range names: 统计期为2017年1月1日至2017年12月31日 (what is counted, not a limit).
COUNTED_PERIOD_BEFORE_RE = compiled_later(r"(?:统计|报告|数据|监测|核算|考核)(?:期|时段|时间|区间|周期|年度)(?:为|是|[：:])?\s{0,2}$")
# What a period before it names is reported on: 总结2011年10月1日—2013年9月30日推广情况 (no limit).
REPORTED_PERIOD_AFTER_RE = compiled_later(r"\s{0,2}(?:的|期间的?|内的?)?[\u4e00-\u9fff]{0,6}?(?:情况|数据|期间)")
# A policy's own term, before 执行到/实施至: 现行…补贴政策执行到2013年9月30日 (that policy's lifecycle, no limit on
# what the notice asks). Read in the clause before the match.
POLICY_TERM_BEFORE_RE = compiled_later(r"(?:政策|办法|规定|标准|制度|细则|条例|意见)\s{0,2}$")
# 自2012年2月1日至2017年1月31日施行: when the document is in force (its lifecycle), not a limit. 实施/执行 with an
# object after it is a measure carried out in the period (2021年5月1日至2022年4月30日实施阶段性下调…的政策: a limit).
IN_FORCE_AFTER_RE = compiled_later(GAP + r"(?:日|号)?(?:起)?(?:施行|有效|(?:实施|执行)(?=" + GAP + r"(?:[，。；;,.）)]|$)))")

# A limit or an extension to a date: 实施期限至2025年12月31日 · 有效期至2023年6月30日 ·
# 延长至2020年6月30日 · 顺延到3月底 · 执行至2022年12月31日止.
UNTIL_VERBS = ("实施期限", "执行期限", "有效期限", "有效期", "期限", "延长", "延期", "顺延", "展期", "执行",
               "实施", "施行")
UNTIL_DATE_RE = compiled_later(
    r"(?:" + "|".join(UNTIL_VERBS) + r")(?:时间|日期)?(?:截止)?" + GAP + r"(?:至|到)" + GAP
    + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r"(?:" + GAP + r"(?:为止|止))?"
)

# A future year that opens a clause with a commitment in it: 2016年基本完成… · 2015年在…上取得决定性进展
# (in a plan written in 2014), 确保2025年新增… Its limit is the year's end. Years as names (2020年是…) and past
# years (reports of what was done) are not limits.
PLANNED_YEAR_RE = compiled_later(
    r"(?:(?<![^\s。；;，,：:])|(?<=确保|力争|争取))(?P<year>(?:19|20)\d{2})" + GAP + r"年"
    r"(?![\d底末内前度的后以起初中])"
)
# The document's own year inside a sentence with its verb of completing right after it: 继续开展…确权登记颁证,2015年完成75%以上
# 的确权登记 (in a plan of 2015: the year's commitment). Not the year opening a line or a title (2023年《…方案》), a name (2020年
# 是…), nor a report of it (2015年完成了…, 2015年已完成).
OWN_YEAR_DUE_AFTER_RE = compiled_later(GAP + r"(?:完成|实现|建成|基本|力争|全面)(?![^，。；;]{0,16}了)")
OWN_YEAR_IN_SENTENCE = "，,；;"
# Before the same year heading its sentence, a comma setting it off from its verb (…优化产业布局。2018年,完成全市“三线一单”
# 编制): the end of a heading or of a sentence; not a line's start (2023年,全市… opening a report's paragraph). After the
# comma only a verb of completing itself (OWN_YEAR_DONE_AFTER_RE): 2025年,力争…达到2.95% is an aim for the year, not read.
OWN_YEAR_HEADING_BEFORE = "。，,；;"
OWN_YEAR_DONE_AFTER_RE = compiled_later(r"(?:完成|实现|建成)(?![^，。；;]{0,16}了)")
# The same year after a place opening the clause: 武汉市2017年细颗粒物年均浓度较2013年下降15%以上.
PLACE_YEAR_RE = compiled_later(
    r"(?<=[省市县区州旗盟])(?P<year>(?:19|20)\d{2})" + GAP + r"年(?![\d底末内前度的后以起初中])"
)
PLACE_BEFORE_RE = compiled_later(r"(?:^|[\s。；;，,：:])[\u4e00-\u9fff]{1,8}$")
# A year heading its sentence before a comma, the clause after it the commitment: 2015 年,单位地区生产总值能耗比 2010 年
# 下降 16%. YEAR_HEADING_COMMA_RE is the comma; BASE_YEAR_COMPARED_RE an earlier year the clause compares with (比 2010
# 年下降), which makes the heading year a target year even when the document's own year is unknown.
YEAR_HEADING_COMMA_RE = compiled_later(GAP + r"[，,]" + GAP)
BASE_YEAR_COMPARED_RE = compiled_later(
    r"(?:比|较|与)" + GAP + r"(?P<base>(?:19|20)\d{2})" + GAP + r"年(?:相比|比)?" + GAP
    + r"(?:下降|降低|减少|提高|提升|增长|增加|上升)"
)
# A change to a number is a commitment too: 下降15%以上 · 提高到 80% · 增长6%.
COMMITMENT_RE = compiled_later(DUE_VERB + r"|取得|完善|建立|形成|确保|力争|争取|基本"
                           r"|(?:下降|降低|减少|提高|提升|增长|增加)[^，。；;\d]{0,4}\d|新增[^，。；;\d]{0,16}\d")
# In a document whose year is unknown, what makes a year opening a clause a plan's rather than a report's: the sentence
# before it states a plan (《方案》明确,市本级将加快…建设,2022年新增… · 计划提出,… · 力争). Not 将 alone (现将我省2022年统计
# 年报…通知如下: the notice's own act).
PLAN_STATED_BEFORE_RE = compiled_later(r"明确|提出|计划|规划|目标|力争|确保|争取")
MAX_PLAN_STATED_DISTANCE = 160  # characters before the year read for the plan's statement, within its sentence
MAX_COMMITMENT_DISTANCE = 30  # characters between the year and its verb, in the same clause


EXAMPLES = {
    "DATE_BEFORE_RE": Examples(match=("20251月20日前", "201912月31日前", "8月30日(周日)20:00点前", "2月20日前", "2月底前", "4月28前", "3月中旬前", "二○一二年一月九日前", "6月30日截止",
                                      "6月23日下午5:00前", "6月30日17时前", "4月20日(星期五)前", "2月7日(正月初五)上午10点前",
                                      "12月2日下午前", "次年1月15日前"),
                               no_match=("2月20日", "二○一二年一月九日", "6月30日后", "6月23日下午5:00", "120251月20日前", "1.20251月20日前", "编号2025123月1日前", "二〇二一年十二月\n前 言")),
    "SHARED_MARK_DATE_RE": Examples(match=("2015年12月20日和", "6月30日、"), no_match=("2015年12月20日", "和")),
    "DAY_ALONE_RE": Examples(match=("20日以前", "21日开始", "25号前", "10日起"), no_match=("2020日以前", "3.20日前", "15日内")),
    "DATED_DAY_RE": Examples(match=("2月15日", "2011年3月5日", "12月1号"), no_match=("2月份", "第15日", "20日")),
    "LOST_MONTH_RE": Examples(match=("630日前", "527日起", "1231日以前"), no_match=("30日前", "2020630日前", "12345日前")),
    "LOST_YEAR_MONTH_RE": Examples(match=("2018319日之前", "2020630日前", "20211231日以前"),
                                   no_match=("2018313", "2018319日", "12018319日前", "630日前", "2018319日前后")),
    "LOST_MONTH_END_RE": Examples(match=("从本月25日起至1115日", "起到630日"), no_match=("至1115日", "起至15日", "起至1115日前")),
    "LOST_MONTH_LENGTH_BEFORE_RE": Examples(match=("届满", "到期", "之日"), no_match=("请于",)),
    "CLAUSE_DATE_DUE_RE": Examples(match=("5月5日上报第一期", "，6月30日报送汇总表"), no_match=("5月5日上报的数据", "于5月5日召开")),
    "YEAR_END_DUE_RE": Examples(match=("完成", "新增入统企业"), no_match=("，全省已", "工作")),
    "COUNTED_YEARS_BEFORE_RE": Examples(match=("每3", "两"), no_match=("单位领导班子部署河长制相关工作，", "今")),
    "YEAR_QUOTA_RE": Examples(match=("至少3次", "全县查处非法捕捞案件10例以上", "开展培训不少于2期"),
                              no_match=("被省、市书面通报表扬的分别奖10分", "工作", "考核一次")),
    "YEAR_END_AIM_RE": Examples(match=(",城区开办企业等特色指标力争进入市内前列", "，确保全部完成"),
                                no_match=("，全省已累计脱贫", "，全省已脱贫力争", "，" + "完" * 41 + "力争", "。力争")),
    "TODAY_BEFORE_RE": Examples(match=("今日下午18:00时前", "当天下午前", "今天17时前", "今晚20:00前"), no_match=("今日", "今日下午", "今晚")),
    "BRACKETED_RANGE_RE": Examples(match=("（7月3日至7月15日）", "(9月1日至30日)"), no_match=("7月3日至7月15日", "（7月3日）")),
    "OWN_YEAR_DONE_AFTER_RE": Examples(match=("完成全市“三线一单”编制", "建成"), no_match=("力争全社会研发投入", "完成了全部任务")),
    "OWN_YEAR_DUE_AFTER_RE": Examples(match=("完成75%以上的确权登记", "基本实现全覆盖"), no_match=("完成了全部任务", "是决胜之年")),
    "PLACE_YEAR_RE": Examples(match=("武汉市2017年细颗粒物",), no_match=("2017年细颗粒物", "武汉市2017年底")),
    "PLACE_BEFORE_RE": Examples(match=("。武汉市", "武汉市"), no_match=("较2013年下降的武汉市1",)),
    "DATE_BY_RE": Examples(match=("于3月底完成", "在2020年6月30日报送", "于9月24日将学习情况报送党委宣传部", "于5月10日把材料交到",
                                  "于11月10日?qǐng)?bào)市科协普及部。", "于11月10日\ufffd\ufffd市科协普及部。"),
                           no_match=("于3月底召开", "于9月24日将召开总结会", "于9月24日将学习情况,报送",
                                     "于11月10日\ufffd市科协召开会议。", "于11月10日\ufffd\ufffd。")),
    "SENT_ON_RE": Examples(match=("本次报送于5月29日)", "材料上报于6月30日。"), no_match=("报送于5月29日召开的会议", "于5月29日")),
    "LABELLED_DATE_RE": Examples(match=("完成时限：2021年3月", "时间节点：2021年底", "完成时间:2021年", "时限：6月30日前",
                                       "截止时间为2024年7月12日", "截止日期：5月31日"),
                                 no_match=("完成时限：长期坚持", "时限：3个工作日")),
    "TIME_COLUMN_RE": Examples(match=("计划完成时间", "完成时限 |", "时间节点"), no_match=("完成时限：2021年3月", "计划完成")),
    "REMARKS_COLUMN_RE": Examples(match=("责任单位\n备注", "牵头单位 |\n备注 |"), no_match=("责任单位\n完成时间", "备注")),
    "TIME_CELL_RE": Examples(match=("2023年底", "12月底", "2020年12月", "2021年6月30日前 |"),
                             no_match=("2023年底完成主体工程", "经管站", "3个工作日", "52")),
    "DONE_BY_BEFORE_RE": Examples(match=("已于", "均已在", "已经于 "), no_match=("请于", "于")),
    "DATE_UNTIL_RE": Examples(match=("截至2020年6月30日", "截止到3月15日", "截止至2012年3月1日", "截至2023年11月28日下午17:00"),
                              no_match=("到3月15日", "截止时间为5月31日")),
    "DATE_TO_RE": Examples(match=("到2019年6月底", "到6月30日前"), no_match=("截至到2019年6月底", "直到6月底")),
    "BARE_RANGE_WITHIN_RE": Examples(match=("3月31日-4月2日内", "5月1日至5月10日内"), no_match=("5月1日至6月30日", "3月31日-4月2日内容")),
    "RANGE_RE": Examples(match=("2021年5月1日至2022年4月30日", "2020年3月至6月底", "2019年10月—12月", "20xx年1月22日到2月3日",
                                "2025年3月25日上午10时至3月27日内",
                                "2021年5月1日起至2022年4月30日", "20**年12月7日—20**年12月9日", "2015年8月下旬至9月上旬", "今年4—5月", "2020年4-6月底"),
                         no_match=("2021年5月1日", "5月1日至6月30日", "8月下旬至9月上旬", "今年5月", "2019年3-5个月")),
    "UNTIL_DATE_RE": Examples(match=("实施期限至2025年12月31日", "延长至2022年6月30日", "顺延到3月底", "有效期至2023年6月30日"),
                              no_match=("至2025年12月31日",)),
    "IN_FORCE_AFTER_RE": Examples(match=("施行", "起施行", "日起实施", "实施。"), no_match=("完成", "实施阶段性下调费率的政策")),
    "YEAR_END_RE": Examples(match=("年底前", "2020年底前", "今年年底前", "二OO八年底前"), no_match=("年度",)),
    "REST_OF_YEAR_RE": Examples(match=("在剩下的半年时间里", "在今年余下的几个月里", "全年剩余时间内", "剩余半年", "在今年剩下的4个月时间里"),
                                no_match=("剩余的3个月时间里", "剩余资金", "剩下的部分", "余下的时间里")),
    "THIS_AND_NEXT_YEAR_RE": Examples(match=("今明两年投资530亿元", "今明两年进一步采取"), no_match=("今明两年是关键时期", "今年", "明年")),
    "YEAR_BEFORE_RE": Examples(match=("在2012年前", "于二〇二〇年以前"),
                               no_match=("在2012年前三季度", "在2012年前后", "2000年前建成", "在2012年前5个月")),
    "YEAR_BY_RE": Examples(match=("到2025年", "到2022年底", "到二○二○年"), no_match=("截至到2020年", "到2020年3月")),
    "STAGE_AFTER_RE": Examples(match=(",廊坊正处于推动科学发展、实现富民强市的关键时期", ",是全面建成小康社会的决胜阶段"),
                               no_match=(",全市细颗粒物浓度下降18%", ",完成第一阶段任务")),
    "PLANNED_YEAR_RE": Examples(match=("。2016年基本完成", "2015年在改革上取得进展", "确保2025年新增"),
                                no_match=("2015年底", "至2015年", "2015年度")),
    "YEAR_HEADING_COMMA_RE": Examples(match=(",", " ， "), no_match=("。",)),
    "BASE_YEAR_COMPARED_RE": Examples(match=("比 2010 年下降", "较2013年增长", "与2020年相比下降"), no_match=("比上年下降", "2010年下降")),
    "PHASE_RANGE_RE": Examples(match=("第二阶段。2 月 23 日至 2 月 25 日,集中", "整治阶段:3月1日至15日,"),
                               no_match=("5月1日至6月30日,", "整治阶段(3月1日至15日)")),
    "PHASE_DAY_RE": Examples(match=("第三阶段。2 月 26 日,镇政府", "验收阶段:6月30日,"), no_match=("2月26日,镇政府", "阶段。2月26日下午")),
    "HALVES_PAIR_RE": Examples(match=("上半年组织好教育局机关的学习活动,下半年在教育系统全面推开", "上半年开展调研；下半年出台实施意见。"),
                               no_match=("上半年全市完成投资12亿元,下半年完成8亿元", "上半年工作总结")),
    "HALVES_REPORTED": Examples(match=("全市已完成", "同比增长"), no_match=("组织好机关的学习活动",)),
    "PERIOD_RE": Examples(match=("上半年", "一季度末", "2020年前三季度"), no_match=("每季度",)),
    "PERIOD_WORK_BEFORE_RE": Examples(match=("扎实做好", "抓好"), no_match=("做好了", "总结")),
    "PERIOD_WORK_AFTER_RE": Examples(match=("经济工作", "各项工作", "重点工作"), no_match=("工作总结", "经济工作情况", "实现增长")),
    "REPORTED_PERIOD_AFTER_RE": Examples(match=("推广情况", "的工作数据"), no_match=("推广新技术",)),
    "POLICY_TERM_BEFORE_RE": Examples(match=("现行节能汽车推广补贴政策",), no_match=("各地要",)),
    "COUNTED_PERIOD_BEFORE_RE": Examples(match=("统计期为", "报告期："), no_match=("整治时间",)),
    "STATUS_FIGURE_AFTER_RE": Examples(match=(",全市户籍人口531.59万", ",小洪河杨庄站水位64.64m", ",城镇化率达到58%", ",主要指标完成80%"),
                                       no_match=(",逾期将不予受理", ",报送材料包括纸质材料", ",2019年度报表报送", ",17:00前",
                                                 ",全县农村家庭医生签服务率要到达90以上", ",全市覆盖率力争达到95%")),
    "FORECAST_BEFORE_RE": Examples(match=("据测算,“十三五”期间,我市老年人口仍将持续增长,", "预计"),
                                   no_match=("据测算。全市", "力争")),
    "FORECAST_AFTER_RE": Examples(match=("将有可能达到", ",可能", ",全市城乡老年人预计达到"), no_match=("全面完成", "将建成", ",预计完成投资", ",全市将建成")),
    "STATUS_AFTER_RE": Examples(match=("，全省累计脱贫", "，已完成"), no_match=("，全面完成",)),
    "PLAN_STATED_BEFORE_RE": Examples(match=("《方案》明确,市本级将加快", "计划提出,"), no_match=("全市已完成", "2018年,全县", "现将我省")),
    "COMMITMENT_RE": Examples(match=("基本完成", "在改革上取得进展", "力争全部脱贫", "建立长效机制", "较2013年下降15%",
                                     "新增生活垃圾焚烧处理能力850吨/日"),
                              no_match=("全省已有", "开展专项行动")),
}
