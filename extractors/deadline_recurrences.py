"""Recurring limits of ``extractors.deadlines``: schedules (每月10日前, 每季度末,
一周一报, 按月报送) and the rates and quotas that look like them.

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

import re

from .lazy_patterns import compiled_later
from .deadline_patterns import DATE_TAIL, DAY, GAP, HALF_DAY, HOLIDAY, MONTH, TIME_OF_DAY
from .fold import fold
from .targets_forms import PHYSICAL_UNIT_RE
from .vocab import Examples

# ---------------------------------------------------------------------------------------------
# recurring: schedules
# ---------------------------------------------------------------------------------------------

# A monthly due day: 每个月5日前 · 每月10号前 · 每月25日; in odd or even months only: 每单月10日前 · 每双月5日前.
EVERY_MONTH_DAY_RE = compiled_later(
    r"每(?:个|(?P<parity>[单双]))?月" + GAP + DAY + GAP + r"(?:(?P<day_mark>日|号)" + GAP
    + r"(?:(?:" + TIME_OF_DAY + GAP + r")?(?P<mark>之前|以前|前))?|(?P<mark2>之前|以前|前))"
)
# A period end: 每月底前 · 每季度末 · 每年年底前 · 每半年末, the period's word printed again before 底/末 as 每年年底 prints
# it: 每月月底前 · 每月月末 · 每季季末 · 每季度季末.
EVERY_PERIOD_END_RE = compiled_later(
    r"每个?(?P<period>月|季度|季|半年|年)(?:(?P=period)|年|季)?(?:底|末)(?P<mark>之前|以前|前)?"
)
# A period start: 每学期初 · 每月初 · 每年年初 · 每学期开学初 · 每季度初前 (the first days of each period, a school's term
# too). Not 每年初中毕业生 or 每月初步审核 (初 starting another word).
EVERY_PERIOD_START_RE = compiled_later(
    r"每个?(?P<period>学期|学年|季度|季|半年|年度|年|月)(?:年|开学)?初(?![步审次级中稿选赛试核心])(?P<mark>之前|以前|前)?"
)
# A yearly date: 每年3月底前 · 每年6月30日前 · 每年1月10日.
EVERY_YEAR_DATE_RE = compiled_later(
    r"每年度?" + GAP + MONTH + GAP + DATE_TAIL + GAP + r"(?P<mark>之前|以前|前)?"
)
# A day the text names, not a day anything is due: 将每年8月25日设立为“残疾预防日” · 每年3月12日为植树节 · 每年9月10日定为
# 教师节 (an observance designated or recalled, its name in quotes or a 节/纪念日). Not 每年1月10日为报送日 (a step's day,
# no observance: a schedule still).
NAMED_DAY_AFTER_RE = compiled_later(
    r"\s{0,2}(?:设立|设|定|确定|确立|命名)?为\s{0,2}(?:[“\"「『][^”\"」』\n]{1,16}?[日节周月][”\"」』]|[\u4e00-\u9fff]{1,10}?(?:节|纪念日)(?![\u4e00-\u9fff]))"
)
# A yearly step before a holiday: 每年春节前,…公开发表两封慰问信 · 每年国庆节前完成 (one schedule, not 每年 and a 春节前).
EVERY_YEAR_HOLIDAY_RE = compiled_later(r"每年度?" + GAP + HOLIDAY + r"(?P<mark>之前|以前|前)(?![后夕])")
# Several due days a month: 每月9日、19日、28日前 (a ten-day report).
EVERY_MONTH_DAYS_RE = compiled_later(
    r"每个?月" + GAP + r"(?P<days>\d{1,2}" + GAP + r"[日号](?:" + GAP + r"(?:、|和|及|，|,)" + GAP + r"\d{1,2}" + GAP
    + r"[日号]){1,5})" + GAP + r"(?P<mark>之前|以前|前)?"
)
# A day of the month after the one reported on: 月后18日前 (a monthly report due on the 18th of the next month).
# Not 3个月后 (a window).
MONTH_AFTER_DAY_RE = compiled_later(
    r"(?<![\d一二三四五六七八九十个两])月后" + GAP + DAY + GAP + r"(?:日|号)" + GAP + r"(?P<mark>之前|以前|前)?"
)
# A day after a quarter: 一季度季后7日 (7 April) · 三季度季后10日12:00 · 每季度季后15日前 (a quarterly rule).
QUARTER_AFTER_DAY_RE = compiled_later(
    r"(?:(?P<every>每个?)|第?(?P<quarter>[一二三四1-4]))?(?:季度|季)?" + GAP + r"季后" + GAP + DAY + GAP + r"(?:日|号)"
    + r"(?:" + GAP + TIME_OF_DAY + r")?" + GAP + r"(?P<mark>之前|以前|前)?"
)
# A yearly window the act must fall in, after 于/在: 应当于每年1月1日至6月30日,…报送上一年度年度报告 (an annual report's
# filing period; its last day is the limit). Not a bare 每年10月1日-次年4月30日 (a timetable's season, SEASON_AFTER_RE).
EVERY_YEAR_WINDOW_RE = compiled_later(
    r"(?<=[于在])每年度?" + GAP + r"(?P<first_month>\d{1,2})" + GAP + r"月" + GAP + r"(?P<first_day>\d{1,2})" + GAP + r"[日号]" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?P<month>\d{1,2})" + GAP + r"月" + GAP + r"(?P<day>\d{1,2})" + GAP + r"[日号]"
    + r"(?:" + GAP + r"(?:期间|之前|以前|前))?"
)
# A season, not a yearly day: 每年10月1日-次年4月30日 (a timetable's validity). Matched after EVERY_YEAR_DATE_RE.
SEASON_AFTER_RE = compiled_later(r"\s{0,2}(?:-|—|－|~|～|至|到)\s{0,2}(?:次年)?\d{1,2}\s{0,2}月")
# A day of a month within each period: 每季度最后一个月的30日前 · 每季度第一个月10日前 ·
# 每季度末月25日前 · 每半年首月5日. (A day of every month is EVERY_MONTH_DAY_RE.)
EVERY_PERIOD_MONTH_DAY_RE = compiled_later(
    r"每个?(?P<period>季度|季|半年|年度|年)的?" + GAP
    + r"(?P<which>最后一个月|最后1个月|末月|首月|第[一二三四五六1-6]个?月)的?" + GAP
    + DAY + GAP + r"(?:(?P<day_mark>日|号)" + GAP + r"(?P<mark>之前|以前|前)?|(?P<mark2>之前|以前|前))"
)
# Which month of the period, as the rule names it
PERIOD_MONTH_NAMES = {"最后一个月": "last", "最后1个月": "last", "末月": "last", "首月": "first"}
# A time of each day: 每日上午12点以前 · 每天17时前 · 每日下午5:00前 (a daily report's hour).
EVERY_DAY_TIME_RE = compiled_later(
    r"每(?:日|天)" + GAP + r"(?P<time>" + TIME_OF_DAY + r")" + GAP + r"(?P<mark>之前|以前|前)")
# A time of each day after a cut-off label, without 前: 截止收件时间：每天上午8:30.
LABELLED_DAY_TIME_RE = compiled_later(
    r"(?:(?<=时间[：:])|(?<=时限[：:]))" + GAP + r"每(?:日|天)" + GAP + r"(?P<time>" + TIME_OF_DAY + r")"
)
# A weekday: 每周一 · 每星期五前. Not 每周一次 (once a week).
EVERY_WEEKDAY_RE = compiled_later(
    r"每(?:周|星期)(?P<weekday>[一二三四五六日天])(?![次回遍报程常])"  # not 每周日程 (a weekly schedule)
    r"(?:" + GAP + r"(?P<time>" + TIME_OF_DAY + r"|" + HALF_DAY + r")" + GAP + r"(?=之前|以前|前))?"  # 每周五上午下班前
    r"(?P<mark>之前|以前|前)?"
)
# A bare period: 每个月 · 每季度 · 每年 · 每周 · 每半年 · 每两周 · 每天 · 每学期 (a school term; in traditional 每學期, read folded).
EVERY_PERIOD_RE = compiled_later(
    r"每" + GAP + r"(?P<skip>隔)?" + GAP + r"(?P<n>[一两二三四五六七八九十\d]{1,2}|半)?个?"
    r"(?P<period>工作日|季度|季|半月|月|年度|年|周|星期|旬|天|日|小时|学期|学年)"
)
# What names a schedule after a bare period (每周日程, 每周重要活动安排: a document, not how often); ``what``
# is read for a verb (每周召开会议安排 is a schedule still).
SCHEDULE_NAME_AFTER_RE = compiled_later(r"\s{0,2}(?:日程|(?P<what>[\u4e00-\u9fff]{1,6}?)安排(?=[》」”的中表须是，,。、经及和申需做以]))")
# A period before 常规 ("routine") and an act, the whole phrase closed by a joiner, a score or a clause's end: the name of
# a routine assessment (班级每日常规考核和…, 每周常规检查各为50分, 年级每日常规检查报告), what is assessed, not how often
# anyone acts. Not 每日常规检查各班卫生 (an object after the act: a daily duty) nor 每日检查 (no routine named).
ROUTINE_NAME_AFTER_RE = compiled_later(
    r"\s{0,2}常规(?:工作)?(?:考核|检查|评比|评分|考评|量化|管理)"
    r"(?=\s{0,2}(?:和|与|及|、|，|,|。|；|;|各[为占]|[（(]|表|报告|制度|细则|办法|方案|总分|得分|成绩|分数|结果|$))")
# A period inside the name of a plan that a basis word gives: 根据每年改造计划实施 · 按照每年的工作计划 (each year's plan, the
# basis of the work: no schedule). Not 每年制定改造计划 (a plan made every year: no basis word before it).
BASIS_BEFORE_RE = compiled_later(r"(?:根据|按照|依据|依照)\s{0,2}$")
PLAN_NAME_AFTER_RE = compiled_later(r"\s{0,2}的?[\u4e00-\u9fff]{0,6}?(?:计划|方案|规划|安排|部署)(?![制编定])")
# A period inside the name of a source of money the text draws from: 基金从每年的节约用水措施补助费…中提取 · 由每年的财政
# 预算安排 (each year's fees or budget, where the money comes from: no schedule). Not 每年从预算中安排 (a yearly allocation:
# 从 after the period) nor 从每年3月起 (a date, no money named).
SOURCE_BEFORE_RE = compiled_later(r"(?:从|由|自)\s{0,2}$")
FUNDS_NAME_AFTER_RE = compiled_later(r"\s{0,2}的?[\u4e00-\u9fff]{0,12}?(?:补助费|经费|资金|预算|收入|基金|拨款|结余|[规收]费)")
# One report per period: 一周一报 · 一月一调度 · 一季一考核 · 一年一评估.
ONE_PER_RE = compiled_later(
    r"一(?P<period>周|月|季度|季|年|日|天|旬)一"
    r"(?P<act>调度|通报|督查|会商|研判|考核|评估|总结|结算|检查|排查|走访|更新|统计|报|查|访|考|评|结|次)"
)
# A practice of periodic acts the notice sets up, after its verb: 实行季度通报、年度考核 · 实行月度调度和季度讲评 · 建立季度
# 督查制度 (each act a schedule, CONVENTIONS.md C1: the issuer's own). Not 纳入年度考核 or 作为年度考核的内容 (an existing
# review named, no practice set: no verb of instituting before it).
PRACTICE_VERB_RE = compiled_later(r"(?:实行|推行|实施|建立|坚持|执行)" + GAP + r"(?=(?:季度|年度|月度|半年度?|周|旬)"
                              r"(?:通报|考核|评估|检查|督查|调度|考评|评比|点评|讲评|总结|报告|分析))")
PERIOD_ACT_RE = compiled_later(
    r"(?P<period>季度|年度|月度|半年度?|周|旬)(?P<act>通报|考核|评估|检查|督查|调度|考评|评比|点评|讲评|总结|报告|分析)")
# What joins the acts of one practice: 季度通报、年度考核 · 月度调度和季度讲评.
PRACTICE_JOINER_RE = compiled_later(GAP + r"(?:、|和|及|与|,|，)" + GAP)
PRACTICE_PERIODS = {"月度": "月", "半年度": "半年"}
# One act per several periods: 两年一轮换 · 1-2年一轮换 · 三年一评估 · 五年一普查 (the count before the period is 2 or more,
# or a range; 一年一评估 is ONE_PER_RE's). Not 十年一遇 (how often a flood comes, no act of anyone's).
EVERY_N_ONE_RE = compiled_later(
    r"(?<![\d一二三四五六七八九十第])(?P<n>[两二三四五六七八九十]|\d{1,2}(?:[-—~～]\d{1,2})?)(?P<period>年|个月|周)一"
    r"(?P<act>轮换|换届|评估|考核|普查|检查|修订|调整|报|评|次)"
)
# Paired period words: 月统月报 · 日清日结 · 月结月清 · 周调周报.
PAIRED_RE = compiled_later(r"(?P<p>[日周旬月季年])(?P<a>统|报|查|结|清|调|考|评)(?P=p)(?P<b>通报|报|结|清|考|评)")
PAIRED_NAMES = {"统": "statistics", "报": "report", "查": "check", "结": "settlement", "清": "clearance",
                "调": "dispatch", "考": "appraisal", "评": "assessment", "通报": "bulletin"}
# By period: 按月发放 · 按季度报送 · 按年度考核 · 按月补贴到位 (the act's verb kept, CONVENTIONS.md C14) · 按月. 按年/按日/按周 need the verb (按年龄, 按日程 are no schedules).
# 逐 ("period by period") with an act is the same schedule: 逐月汇总 · 逐季通报 · 逐月报送; 逐 always needs the act, as
# 逐年提高, 逐月递增 (a trend over the periods) and 逐月查账 (a slogan's verb) are no schedules.
BY_PERIOD_RE = compiled_later(
    r"(?P<by>按|逐)" + GAP + r"(?P<period>季度|季|半年|年度|年|月|旬|周|日|天)(?![份度龄初底末])"
    r"(?:" + GAP + r"(?P<act>发放|上报|报送|报告|统计|调度|通报|结算|拨付|支付|考核|评估|检查|核查|汇总|兑现|"
    r"缴纳|申报|更新|计算|计息|还款|付息|补贴|报|发|付|缴))?"
)
BY_PERIOD_NEED_VERB = {"年", "年度", "日", "天", "周", "半年"}
# Other verbs that make 按年度/按周 a schedule, left out of its text: 区局按年度评选先进集体 → 按年度.
BY_PERIOD_LICENSING_VERB_RE = compiled_later(GAP + r"(?:评选|评比|表彰|总结|开展|组织|考评|进行)")
# 每人每年, 每户每月: a rate, not a schedule.
RATE_BEFORE_RE = compiled_later(r"每[\u4e00-\u9fff]{1,2}\s{0,2}$")
# 每年人均参加志愿服务的时间不低于25小时, 每月户均…: the same rate with its per head after the period.
PER_HEAD_AFTER_RE = compiled_later(r"\s{0,2}(?:人均|户均|平均每人|平均每户)")
# 每小时20蒸吨, 每天500立方米, 每年50家: a quantity per period (a capacity, a quota), not a schedule; so is a
# number the copy breaks off at (每小時2). Not a count of times (每周2次, a schedule) nor a day (每月10日,
# read by EVERY_MONTH_DAY_RE).
RATE_AFTER_RE = compiled_later(
    r"\s{0,3}\d+(?:\.\d+)?(?![\d.])(?!\s{0,3}(?:次|回|遍|轮|场|期|个|日|号|月|天|周|年|小时|工作日|[-—~～至到]))"
)
# 每年约有3200多万农民从中受益 · 每月有500人次: how many there are per period (a count), not a schedule. Not a count
# of times (每年有2次检查: how often) nor a length of time (学生每天有1小时体育活动: a daily duty).
COUNT_PRESENT_AFTER_RE = compiled_later(
    r"\s{0,2}(?:约|大约|平均|将)?\s{0,2}有\s{0,2}\d+(?:\.\d+)?(?![\d.])"
    r"(?!\s{0,3}(?:次|回|遍|轮|场|期|个?小时|分钟|天|日|周|个?月|年|课时|学时))"
)
# 每年学院文明办花费大量时间和精力接受…检查 · 而每年的计划、自查报告、年终总结是最基本的工作: what a period holds or costs,
# described (大量, or 是 as the clause's verb), not how often something must be done. Not 但是/还是/就是… (words
# with 是 in them), nor 是否.
DESCRIBED_AFTER_RE = compiled_later(
    r"[^，。；;,!！？?：:\n]{0,16}?(?:大量|许多|很多|(?<![但还就总只而于凡要即若或更正也])是(?!否|指))"
)
# 每年培育星级上云企业50家: a yearly quota, the target's rate (the target is 50家), not a schedule. A
# count in the period's clause makes it one; a count of times (每季度开展2次, 每年举办3期) is how often,
# a schedule still.
QUOTA_AFTER_RE = compiled_later(
    r"[^，。；;,!！？?：:\n（）()]{0,24}?(?<![\d.第])\d+(?:\.\d+)?\s{0,3}(?:余|多)?\s{0,3}(?:万|亿|千)?\s{0,3}"
    r"(?:" + PHYSICAL_UNIT_RE + r"|个百分点|百分点|[%％]|元|人|户|家|名|所|座|项|处|套|台|辆|个(?!月|工作日|小时|星期|季度))"
)
# A past year's start earlier in the period's clause: 自2003年开始,区政府每年的实事工程都在…征询 · 从2010年起每年举办 (in a later
# notice): a practice held since then that the notice reports, no schedule it sets; its year is compared with the
# document's. Read right before the period, up to the clause's end.
PAST_SINCE_BEFORE_RE = compiled_later(
    r"(?:自|从)\s{0,2}(?P<since>(?:19|20)\d{2})\s{0,2}年\s{0,2}(?:开始|起|以来)[^。；;！!？?\n]{0,12}$")
# 定期 ("regularly") is deliberately not matched: it names no period, and the gold leaves it out.


EXAMPLES = {
    "EVERY_MONTH_DAYS_RE": Examples(match=("每月9日、19日、28日前", "每月10日和25日"), no_match=("每月10日前",)),
    "MONTH_AFTER_DAY_RE": Examples(match=("月后18日前", "月后3日"), no_match=("3个月后5日", "6月后10日")),
    "QUARTER_AFTER_DAY_RE": Examples(match=("一季度季后7日", "三季度季后10日12:00", "每季度季后15日前"), no_match=("季度末",)),
    "LABELLED_DAY_TIME_RE": Examples(match=("截止收件时间：每天上午8:30",), no_match=("每天上午8:30",)),
    "EVERY_DAY_TIME_RE": Examples(match=("每日上午12点以前", "每天17时前", "每日上午10点前"),
                                  no_match=("每日报送", "每天500立方米", "每日12点")),
    "EVERY_MONTH_DAY_RE": Examples(match=("每个月5日前", "每月10号前", "每月25日前", "每月28日15点前", "每单月10日前", "每双月5日前"),
                                   no_match=("每月", "每单位10日前")),
    "RATE_AFTER_RE": Examples(match=("20蒸吨", " 500 立方米", "10万千瓦", "50家"),
                              no_match=("2次", "报送", "10日前", "3个月")),
    "EVERY_PERIOD_MONTH_DAY_RE": Examples(
        match=("每季度最后一个月的30日前", "每季度第一个月10日前", "每季末月25日前", "每半年首月5日"),
        no_match=("每季度", "每季度最后一个月", "每月10日前")),
    "EVERY_PERIOD_START_RE": Examples(match=("每学期初", "每月初", "每年年初", "每学期开学初", "每季度初前"),
                                      no_match=("每学期", "每年初中毕业生", "每月初步审核")),
    "EVERY_PERIOD_END_RE": Examples(match=("每月底前", "每季度末", "每年年底前", "每月月底前", "每季季末"),
                                    no_match=("每月", "每月月初")),
    "DESCRIBED_AFTER_RE": Examples(match=("学院文明办花费大量时间和精力", "的计划、自查报告、年终总结是最基本的工作"),
                                   no_match=("召开一次会议", "开展一次检查,但是", "报送一次是否完成情况", "都要总结,还是")),
    "PER_HEAD_AFTER_RE": Examples(match=("人均参加志愿者服务活动", "户均"), no_match=("组织人员", "平均")),
    "EVERY_YEAR_HOLIDAY_RE": Examples(match=("每年春节前", "每年国庆节之前"), no_match=("春节前", "每年春节前后", "每年3月底前")),
    "NAMED_DAY_AFTER_RE": Examples(match=("设立为“残疾预防日”", "为植树节", "定为教师节", "为“全国助残日”", "为\"世界读书日\"", "设立为中国医师节"),
                                   no_match=("为报送日", "为申报截止日", "为考试日", "报送上一年度报告")),
    "EVERY_YEAR_DATE_RE": Examples(match=("每年3月底前", "每年6月30日前"), no_match=("每年",)),
    "EVERY_WEEKDAY_RE": Examples(match=("每周一", "每星期五前", "每周五上午下班前", "每周二中午12时前"), no_match=("每周", "每周日程")),
    "SCHEDULE_NAME_AFTER_RE": Examples(match=("日程报送要求", "重要活动安排是统筹", "会议安排》"), no_match=("安排一次检查", "召开")),
    "PAST_SINCE_BEFORE_RE": Examples(match=("自2003年开始,区政府", "从2010年起"), no_match=("自2003年开始。区政府", "从3月起")),
    "EVERY_PERIOD_RE": Examples(match=("每个月", "每季度", "每两周", "每半年", "每隔一周", "每学期", "每个学年"),
                                no_match=("每人", "每学科", "每名学生")),
    "ROUTINE_NAME_AFTER_RE": Examples(match=("常规考核和班主任考核", "常规考核各为100分", "常规检查报告", "常规考核,总分为200分"),
                                      no_match=("常规检查各班卫生", "检查各班卫生", "常规开展巡查")),
    "BASIS_BEFORE_RE": Examples(match=("根据", "按照 "), no_match=("各地要",)),
    "SOURCE_BEFORE_RE": Examples(match=("基金从", "由 "), no_match=("各地要",)),
    "FUNDS_NAME_AFTER_RE": Examples(match=("的节约用水措施补助费", "的财政预算", "城市维护建设资金"), no_match=("3月起", "召开会议", "的工作计划")),
    "PLAN_NAME_AFTER_RE": Examples(match=("改造计划实施", "的工作计划"), no_match=("召开会议", "开展一次检查")),
    "ONE_PER_RE": Examples(match=("一周一报", "一月一调度", "一季一考核"), no_match=("一周两报",)),
    "PRACTICE_VERB_RE": Examples(match=("实行季度通报", "建立季度督查制度", "实行月度调度"), no_match=("纳入年度考核", "实行季度")),
    "PERIOD_ACT_RE": Examples(match=("季度通报", "年度考核", "月度调度"), no_match=("季度", "年度目标")),
    "PRACTICE_JOINER_RE": Examples(match=("、", " 和 "), no_match=("。",)),
    "EVERY_N_ONE_RE": Examples(match=("两年一轮换", "1-2年一轮换", "三年一评估", "6个月一轮换"), no_match=("一年一评估", "十年一遇", "第二年一次")),
    "PAIRED_RE": Examples(match=("月统月报", "日清日结", "周调周报"), no_match=("月统年报",)),
    "BY_PERIOD_RE": Examples(match=("按月发放", "按季度报送", "按年度", "按月补贴到位", "逐月汇总", "逐季通报"),
                             no_match=("按年龄", "按月份")),
    "BY_PERIOD_LICENSING_VERB_RE": Examples(match=("评选", "开展"), no_match=("计划",)),
    "QUOTA_AFTER_RE": Examples(match=("培育星级上云企业50家", "新增就业1.2万人", "建成高标准农田5万亩"),
                               no_match=("开展2次督查", "举办3期培训班", "对帮扶成效进行评估")),
    "COUNT_PRESENT_AFTER_RE": Examples(match=("约有3200多万农民", "有500人次"), no_match=("有2次检查", "开展2次督查", "有1小时体育活动")),
    "RATE_BEFORE_RE": Examples(match=("每人", "每户"), no_match=("各县",)),
    "EVERY_YEAR_WINDOW_RE": Examples(match=("于每年1月1日至6月30日", "在每年3月1日-3月31日期间"),
                                     no_match=("每年10月1日-次年4月30日", "每年5月1日-9月30日", "于每年3月31日前")),
    "SEASON_AFTER_RE": Examples(match=("-次年4月30日", "至9月30日"), no_match=("前报送",)),
}


def bare_period(text: str) -> bool:
    """Whether ``text`` is a bare period alone (每周, 每年度, 每两周): no day, act or mark of a limit with it."""
    return EVERY_PERIOD_RE.fullmatch(fold(re.sub(r"\s+", "", text))) is not None
