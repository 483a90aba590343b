"""Relative limits of ``extractors.deadlines``: windows counted from an event
(收到通知后5个工作日内), length limits (最长不超过6个月), starts (自2020年1月1日起) and coming into force.

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations


from .lazy_patterns import compiled_later
from .deadline_patterns import COUNT, COUNT_OR_DECIMAL, DATE_TAIL, DAY, GAP, HALF_DAY, MONTH, TIME_OF_DAY, UNIT, WEEKDAY_NOTE, YEAR
from .vocab import Examples

# ---------------------------------------------------------------------------------------------
# relative, duration and start
# ---------------------------------------------------------------------------------------------

# An event's alternatives glossed in brackets after it, before 之日起: 从接手(接件、签收)之日起 · 自受理(立案、登记)之日起15日内 (one
# event, its other names; the brackets may list them with 、, which an event's own words never hold).
EVENT_GLOSS = r"(?:[（(][^\s（）()，。；;：:]{1,12}[）)])?"

# Verbs of receiving, whose object a window is counted from: 收到通知后5个工作日内 · 接到上级转移支付资金后15个工作日内.
RECEIPT_VERBS = ("收到", "接到", "收悉", "接收", "接获")
# A received thing is often a long noun phrase (收到中央财政补助资金后30日内, 收到中央财政下达的补助资金后30日内: a fund's
# source and kind): the window starts at the verb however long its object is, within the clause. Read shorter, the window
# would start at the object's last two characters (资金后30日内, an event no one can date). A receipt verb before 的 is no
# event but modifies a noun (对接收的案卷材料审查后三日内: the window is the review's, 审查后三日内).
RECEIVED_OBJECT = r"(?!的)[^\s，。；、：,;]{0,12}?"
# A window counted from an event: 下达后30日内 · 收到通知后5个工作日内 · 确诊后24小时内 ·
# 自收到申请之日起15个工作日内 · 2小时内 · 三个月内. Not 12 周以内的 (a length: see DURATION_WITHIN_RE).
RELATIVE_RE = compiled_later(
    r"(?:(?:(?:自|从)(?P<since>[^\s，。；、：,;]{1,16}?" + EVENT_GLOSS + r")之日起"  # 自本通知印发之日起, 自收到中央财政下达的补助资金之日起
    r"|(?P<event>(?:" + "|".join(RECEIPT_VERBS) + r")" + RECEIVED_OBJECT + r"|[\u4e00-\u9fff]{2})(?:之?后|之日起))"
    + GAP + r")?"
    + r"(?:(?P<low>(?<![\d.月第])\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)" + GAP + r")?"  # 1—5日内
    + COUNT_OR_DECIMAL + GAP + UNIT + GAP + r"(?P<within>以内|之内|内)(?!的|有效)"
)

# A verb taking an object, right before the two characters a window's event is read as: those two are its object, and the
# window starts at the verb (C10: 摇出房屋后3个工作日内, 选定房源后5日内, 取得证书后30日内, 签订合同后10个工作日内). Not
# a subject before its verb (考试结束后, 资金下达后, 名单确定后: the verb is the two characters read).
OBJECT_VERBS = ("摇出", "抽出", "选出", "评出", "选定", "确定", "核定", "拿到", "领到", "办完", "办好", "做好", "签订",
                "签署", "取得", "完成", "办理", "提交", "缴纳", "领取")
OBJECT_VERB_BEFORE_RE = compiled_later(r"(?:" + "|".join(OBJECT_VERBS) + r")$")

# Events that are a mere happening (发生, 出现), the moment every report limit counts from: the window is the length alone
# (CONVENTIONS.md C10: 事件发生后2小时内 → 2小时内, as the shared realworld 07 and gold/README.md's relative example 2小时内).
# An act's verb stays (资金下达后30日内 → 下达后30日内: the window counts from that act).
OCCURRENCE_EVENTS = ("发生", "出现")
OCCURRENCE_EVENT_RE = compiled_later(r"(?:" + "|".join(OCCURRENCE_EVENTS) + r")(?:之后|以后|后)")

# The notice itself named as the subject of the event a window counts from (自本通告发布之日起15日内): the window is read
# from the event's verb, its subject left out (CONVENTIONS.md C10: 发布之日起15日内).
OWN_SUBJECT_EVENT = compiled_later(r"^本(?:通知|通告|公告|办法|决定|意见|规定|细则|条例|方案)(?=印发|发布|公布|下发|施行|实施)")
# A window followed by a count of times is the period the count is made over, not a limit: 留学人员一年内一次或多次累计
# 回国工作时间 · 两年内累计3次. Not 30日内一次性办结 (at once: a limit still).
# (and the events counted over it: 6个月内发生2次及以上重大安全生产事故, a condition's period, no limit on an act)
COUNT_OVER_AFTER_RE = compiled_later(r"\s{0,2}(?:累计|(?:发生|出现|受到)?[一两二三四五六七八九十\d]{1,3}次(?:或|及以上|以上|及))")
# A conjunction before the two-character event of a window counted 之日起: the event is a pair (信息形成或变更之日起3个
# 工作日内, 收到申请文件、资料之日起7日内), longer than the two characters read, so the item is the window alone and the
# rule names the pair. Not before 后 (怀孕期间、分娩后一年内: 分娩后 is the whole of one alternative).
PAIRED_EVENT_BEFORE_RE = compiled_later(r"(?P<first>[\u4e00-\u9fff]{2})(?:或|和|及|与|、)$")

# A day counted back from an event, after 于/在: 于使用前一天送至 · 在会议前3个工作日. Not 报送前一日市场销售额 (the
# day before, what is reported).
BEFORE_EVENT_RE = compiled_later(
    r"(?<=[于在])(?P<event>[\u4e00-\u9fff]{2})前" + GAP + COUNT + GAP + r"(?P<unit>个?工作日|天|日)(?![内以之])"
)
# A booking or notice period, counted back from the act it prepares: 市内用车,须提前1天预约 · 提前3个工作日报送 · 提前30分钟到场
# (relative: that long before the act). Not 比去年提前10天 (ahead of a comparison: COMPARED_BEFORE_RE), nor 提前2年完成
# (ahead of schedule by years: no unit of a booking).
ADVANCE_RE = compiled_later(
    r"提前" + GAP + COUNT + GAP + r"(?P<unit>个?工作日|个?小时|分钟|个?星期|天|日|周)(?![内以之前后])"
)
# What makes 提前 a comparison rather than a notice period: 比/较 before it in its clause (比计划提前3天).
COMPARED_BEFORE_RE = compiled_later(r"(?:比|较)[^，,。；;：:\n]{0,12}$")
# With no event to count from, 以内 (90个工作日以内, 12 周以内) gives a length limit, a duration, while 内
# (2小时内) gives a window from now, relative: the conventions of ../shared/gold/README.md. Working days
# too: 14个工作日内完成审批, 5 个工作日内不能办结的 are an act's window from the case's arrival (CONVENTIONS.md C13).
LENGTH_WITHIN = ("以内", "之内")
# A span of time to get something done: 用3-5年时间 · 用两年左右的时间 · 争取用3年时间 · 通过三年时间 · 利用3年时间,
# 大力开展… (the same span, CONVENTIONS.md C2). A span the clause reports as spent is none (利用两天时间,对我市…进行了
# 现场检查: how long a past inspection took — SPAN_REPORTED_AFTER_RE).
TIME_SPAN_RE = compiled_later(
    r"(?:利用|用|通过)" + GAP + r"(?:(?P<low>\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)" + GAP + r")?"
    + COUNT + GAP + UNIT + GAP + r"(?:左右)?(?:的)?时间"
)
# The same span written as the effort it takes: 经过3年努力 · 经过5年的努力 · 经过三年左右的不懈努力 · 力争通过2年努力 (the
# horizon of a plan's targets, counted from the notice: relative, CONVENTIONS.md C2; 通过 is 经过's other verb, as 通过三年时间
# is 用三年时间's). Not 经过3年的发展 (no effort named), nor a
# span already over (经过5年的努力,我市已建成…: SPAN_REPORTED_AFTER_RE).
EFFORT_SPAN_RE = compiled_later(
    r"(?:经过|通过)" + GAP + r"(?:(?P<low>\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)" + GAP + r")?"
    + COUNT + GAP + UNIT + GAP + r"(?:左右)?(?:的)?(?:不懈|持续|共同|艰苦)?努力"
)
# What follows a span in its sentence when the span is over, reported rather than set: 已, 已经, or a verb's 了 (取得了,
# 进行了). Not 为了/除了 (purpose, exception) nor 了解 (to learn about).
SPAN_REPORTED_AFTER_RE = compiled_later(r"[^。；;\n]{0,30}?(?:已经|已|(?<![为除])了(?!解))")

# A length limit: 最长不超过 6 个月 · (期限)不超过3年 · 不得超过15个工作日 · 最长6个月. The words a
# limit's count follows: a comparator, or (lead2) a word of length or a period's name (期限为 …). Before a
# comparator only a modifier of the limit (最长, the README's 最长不超过 6 个月) is kept; the name of what is
# limited (期限, 有效期, 时限 …) is left out (CONVENTIONS.md C12: 有效期不超过2年 → 不超过2年).
# 不准/不能/不应超过 are 不得超过 in other words (原则上不准超过5个工作日: a case's handling time).
LIMIT_COMPARATORS = ("不超过", "不得超过", "不准超过", "不能超过", "不应超过", "不长于", "不多于", "不短于", "不少于", "不得少于",
                     "原则上不超过")
LIMIT_LENGTH_WORDS = ("最长", "最短", "为期")
# 时限 with 为: a process's time limit given as a length (技术审评时限为60日, 办理时限为5个工作日: the length each case may take, as
# 期限为3年 is a loan's); its 为 is needed, for 超过办理时限5个工作日 is how far a case overran it, a condition. 公示期: a
# list's publicity (公示期5个工作日), 试用期: an appointee's probation (试用期一年). 间隔满: the least wait between two
# turns (再次参加需间隔满1年): 满 makes the interval whole, no comparator of the limit, so the name stays (C12's 期限为3年).
LIMIT_PERIODS = ("期限", "时限", "有效期", "过渡期", "周期", "公示期", "试用期")
# The name before its count: 为 optional but for 时限; 一般/原则上 between them keeps it the length the thing has as a rule
# (规划期限一般为二十年, 继续盘问的时限一般为十二小时).
AS_A_RULE = "(?:一般|原则上)?"
LIMIT_PERIOD_LEAD = ("(?:" + "|".join(name for name in LIMIT_PERIODS if name != "时限") + ")" + AS_A_RULE + "为?"
                     + "|时限" + AS_A_RULE + "为")
INTERVAL_LEAD = "间隔满"
DURATION_LIMIT_RE = compiled_later(
    r"(?:(?P<lead>最长|最短|最多)" + GAP + r")?"
    r"(?P<cmp>" + "|".join(LIMIT_COMPARATORS) + ")" + GAP + COUNT + GAP + UNIT
    + r"|(?P<lead2>" + "|".join(LIMIT_LENGTH_WORDS) + "|" + LIMIT_PERIOD_LEAD + "|" + INTERVAL_LEAD + ")" + GAP
    + r"(?P<count2>\d{1,3}|[一二三四五六七八九十两半]{1,3})"
    + GAP + r"(?P<unit2>个?工作日|个?自然日|个?小时|分钟|个?星期|个月|个?季度|日|天|周|年)"
)
# A length's own 以内/之内/内 after a named length (时限为90个工作日以内), which the patterns of windows and lengths within
# read from its count (C13), so the name's reading gives way.
WITHIN_AFTER_RE = compiled_later(r"\s{0,3}(?:以内|之内|内)")
# A count of days before a comparator: the number of days something happens in a year, no length of time to keep to
# (全年污染天数不能超过27天, 重污染天数不超过5天: a quantity of an environment target).
COUNTED_DAYS_BEFORE_RE = compiled_later(r"(?:天数|日数)\s{0,2}$")
# A least length: 投入运行1年以上 · 连续3个月以上. Not 3年以上的工作经验 (a requirement, not a time limit).
DURATION_AT_LEAST_RE = compiled_later(COUNT + GAP + UNIT + GAP + r"(?:及)?以上(?!的)")
# A least length that says who qualifies, after what the person has done that long: 面向全县常住6个月以上户籍或非户籍居民 ·
# 居住满1年以上 · 服现役满10年以上的士官 · 连续缴费15年以上 (a condition of eligibility, no limit on an act).
QUALIFYING_LENGTH_BEFORE_RE = compiled_later(r"(?:常住|居住|服役|服现役|工龄|从业|任职|参保|缴费|缴纳)\s{0,2}(?:满|达)?\s{0,2}$")
# A length with 以内 before 的: 开具 12 周以内的长期处方 · 3年以内的贷款; and before 有效, how long a thing holds (报名四年内
# 有效, 证明3个月内有效: a validity, the length C12's 有效期不超过2年 gives), no act's window.
DURATION_WITHIN_RE = compiled_later(COUNT + GAP + UNIT + GAP + r"(?:以内|之内|内)(?=的|有效)")
# Until an event: 直到患者出院为止 · 直至疫情结束为止.
DURATION_UNTIL_RE = compiled_later(r"(?:直到|直至|一直到)(?P<event>[^\s，。；、：（）(),;]{1,15}?)(?:为止|止)")
# An extension: 延长还款期限6个月 · 展期3个月 · 顺延 1 年.
DURATION_EXTEND_RE = compiled_later(
    r"(?:延长|延期|顺延|展期)(?:还款期限|期限|时间)?" + GAP + COUNT + GAP + UNIT + r"(?!\s{0,3}[\d内])"
)

# A start: 从3月份开始 · 从确诊之日算起 · 自2020年1月1日起施行 · 自发布之日起 · 自即日起 · 从2021年起; a programme
# launched from a day (选举工作从10月19日正式启动).
START_RE = compiled_later(
    r"(?P<pfx>从|自)" + GAP + r"(?P<when>"
    r"[^\s，。；、：（）()“”,;]{1,12}?" + EVENT_GLOSS + r"(?:之日|(?:的|之)次[月日])"  # 自弃租的次月起: the month after the event
    r"|(?:本月|下月|次月|当月)" + GAP + r"\d{1,2}" + GAP + r"[日号]"  # 从本月25日起
    r"|即日|今日|今天|本月|下月|次月|当月|今年|明年|次年|下一年度|下一年"
    r"|(?:" + YEAR + r"|(?P<rel>今年|本年|明年))?(?:" + MONTH + GAP + r"(?:" + DAY + GAP + r"(?:日|号)|份)?"
    r"|(?P<period>上半年|下半年|第?[一二三四1-4]季度))?"
    r")" + GAP + r"(?P<sfx>起施行|起执行|起实施|开始施行|开始执行|开始实施|起算|算起|(?:正式|全面)?(?:开始|启动)|起)"
)
# A window later in the sentence of a start from an event, counted from that event: 自会议决定之日起,各办理单位在5个工作日内
# 报告落实情况 · 自受理申请之日起,应当在20个工作日内作出决定. The start is the window's origin (the window is the limit, C13),
# no start of a duty of its own.
WINDOW_LATER_IN_SENTENCE_RE = compiled_later(r"[^。；;！!？?\n]{0,40}?" + COUNT + GAP + UNIT + GAP + r"(?:以内|之内|内)(?!容|的|有效)")
# The recipients' receipt of the notice as the day a duty starts, written without 自/从 (各院系接到通知之日起开始进行…整理工作 ·
# 各单位收到本通知之日起,…). Not a window counted from it (接到通知之日起5日内: RELATIVE_RE's, the longer match), nor one
# later in its sentence (WINDOW_LATER_IN_SENTENCE_RE), nor 自接到通知之日起 (START_RE's, with its 自).
START_ON_RECEIPT_RE = compiled_later(r"(?<![自从])(?:收到|接到|接获)(?:本|此)?(?:通知|文件)之日起")
# 即日起 with no 从/自, opening a clause: 即日起对照工作要点逐项梳理. Not 即日起施行 (in force).
START_TODAY_RE = compiled_later(r"(?<=[，,。；;：:\s])即日起(?!施行|执行|实施|生效)")
# The n-th working day after an event: 顺延至节假日结束后的第二个工作日中午12时前.
NTH_DAY_RE = compiled_later(
    r"第" + GAP + COUNT.replace("第", "") + GAP + r"(?P<unit>个?工作日|个?自然日|天|日)" + GAP
    + r"(?:" + TIME_OF_DAY + GAP + r")?(?P<mark>之前|以前|前)"
)
# The verbs of an event a window is counted from, which close the event after its subject (考试结束, 资金下达, 事件发生):
# the window keeps the verb and 后, not the subject (CONVENTIONS.md C10: 结束后一周的第一个工作日).
EVENT_VERBS = ("结束", "发生", "下达", "开始", "届满", "期满", "截止", "公布", "发布", "印发", "批准", "批复", "送达", "受理")
# An event's verb and 后 right before a window's n-th day: 节假日结束后的|第二个工作日 (the window starts at 结束).
EVENT_AFTER_BEFORE_RE = compiled_later(r"(?P<verb>" + "|".join(EVENT_VERBS) + r")(?:之后|以后|后)的?" + GAP + r"$")
# When a document comes into force (its lifecycle, not a time limit on what it asks): 施行 is said of
# documents only (自2007年5月1日起施行, 本办法自发布之日起施行); 执行 and 实施 when the clause names the
# document (本通知自印发之日起执行, 《…办法》自2021年1月1日起实施).
IN_FORCE_VERB_RE = compiled_later(r"施行$")
# Documents ceasing to be in force from a day (their lifecycle, no start of an obligation): 宣布失效的文件自本公告公布之日起
# 停止执行 · 自2021年1月1日起废止. Read right after the start.
# Coming into force written after the start's 起, with 正式 or 实行 (施行's common variant) closing the clause: 自2004年4月23日
# 起正式实行。 (a document or the rules it names in force from that day). 实行 with an object (起实行垃圾分类) starts a duty.
IN_FORCE_AFTER_START_RE = compiled_later(r"\s{0,2}(?:正式)?(?:施行|实行|生效)(?=\s{0,2}(?:[。；;，,！!\n]|$))")
IN_FORCE_ENDS_AFTER_RE = compiled_later(r"\s{0,2}(?:停止执行|停止施行|同时废止|废止|失效|不再执行|不再适用)")
# How long the notice itself stays posted (its publicity: 本公告公示期间自被审计单位接到审计通知书之日起至审计结束) is its
# own lifecycle, as its coming into force is, no start of what it asks. Read right before the start.
PUBLICITY_BEFORE_RE = compiled_later(r"(?:公示|公告|张贴|公布)(?:期间|期限|时间|期)(?:为|是|[：:])?\s{0,2}$")
# A notice that is itself the publicity (现对…整改完成情况进行公示, 现予以公示, 特此公示, 现按相关规定予以公示, 按照有关规定予以公示):
# its 公示时间 is how long it stays posted, no step of a programme; a notice that announces a list's publicity to come
# (名单将于…公示, 将按规定予以公示) or a procedure's (经评审后按规定予以公示, 应按规定予以公示) has none of these. The 按…规定 form
# needs no 现, which a glossed copy may have lost (?,F(xiàn)按相關規定予以公示).
SELF_PUBLICITY_RE = compiled_later(r"特此公示|[现現]予以?公示|现(?:对|将|就)[^。！!\n]{0,80}?(?:进行|予以)?公示"
                                   r"|(?<![将拟应须后])按照?(?:相关|有关)?(?:规定|程序)予以公示")
IN_FORCE_SUBJECT = (
    r"本(?:实施)?(?:办法|通知|规定|细则|意见|方案|条例|决定|规则|规程|公告|通告|制度|准则|规范|指南|措施|政策|文件|令|"
    r"标准|目录|清单|要点|计划|规划|批复|函)|《[^《》\n]{1,100}》"
)
IN_FORCE_SUBJECT_RE = compiled_later(IN_FORCE_SUBJECT)
# The same document named as the object after 执行/实施 (中央二级预算单位…从2006年开始执行本通知规定, co03 · 从2021年起执行本办法):
# from when the document applies to those it names, its effect as 本通知自印发之日起执行 is. Read right after the start.
IN_FORCE_OBJECT_AFTER_RE = compiled_later(r"\s{0,2}(?:" + IN_FORCE_SUBJECT + r")")
# A date with 起施行 and no 自: 2020年3月1日起施行 · 3月1日起执行.
# A start followed by what was already done is a report, not an obligation: 从2020年1月1日起,已将…提高到….
START_REPORTED_AFTER_RE = compiled_later(r"[，,\s]{0,2}(?:均已|已经|已|先后|陆续)")
# …or whose clause reports it done with 了: 从10月份开始,我区150多名普查员…开展了逐户摸底登记工作 (a step held since then, not
# one the notice sets; 了解 and 为了 are no such 了).
START_DONE_IN_CLAUSE_RE = compiled_later(r"[，,\s]{0,2}[^。；;！!？?\n，,]{0,40}?(?<![为除])了(?!解)")
# A start right after a clause that gives another body's document as the spirit of what follows restates that document's
# programme, not the notice's own (C1): 根据省委《关于做好省驻农村工作队…的通知》(鄂办发〔2015〕43号)文件精神,|自2015年10月开始,
# 集中5年时间,组建省驻农村工作队 (the province's teams; the school's own call comes in the next sentence). Read right before
# the start; a sentence whose doer is the notice's own (…精神,自2020年1月起,我县…) keeps its start (OWN_DOER_RE).
CITED_SPIRIT_BEFORE_RE = compiled_later(
    r"根据[^。；;！!\n]{0,30}《[^《》\n]{2,100}》(?:[（(][^（）()\n]{2,30}[）)])?(?:文件)?精神[，,]\s{0,2}$")
# The notice's own doer in the rest of a sentence: 我县, 我校, 本单位.
OWN_DOER_RE = compiled_later(r"我(?:省|市|州|县|区|镇|乡|街道|校|院|局|委|厅|办|单位|公司|们)|本(?:单位|部门|校|院|局|委)")
START_BARE_RE = compiled_later(
    r"(?:" + YEAR + r")?" + MONTH + GAP + DAY + GAP + r"(?:日|号)" + GAP
    + r"(?:起施行|起执行|起实施|开始施行|开始执行|开始实施|开始)"
)

# The earliest day something may happen, not a limit on it: 企业不早于2月9日(农历正月十六)24时前复工 (resume on that day
# or later) · 学校延期至2月17日(农历正月廿四)之后开学 (a postponement to after a day). Both are starts. Not 不晚于2月9日
# (a limit: DATE_BEFORE_RE's) nor 延期至2月17日 without 之后 (a limit extended: UNTIL_DATE_RE's).
DATE_AT = (r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + GAP + r"(?:" + WEEKDAY_NOTE + GAP + r")?"
           + r"(?:" + TIME_OF_DAY + GAP + r"|" + HALF_DAY + GAP + r")?")
EARLIEST_START_RE = compiled_later(r"不早于" + GAP + r"(?P<when>" + DATE_AT + r")(?:之前|以前|前)?")
DELAYED_START_RE = compiled_later(r"(?:延期|推迟|延迟|推后|延后|顺延)(?:至|到)" + GAP + r"(?P<when>" + DATE_AT + r")(?:之后|以后)")


EXAMPLES = {
    "WINDOW_LATER_IN_SENTENCE_RE": Examples(match=(",各办理单位在5个工作日内报告", ",应当在20个工作日内作出决定"),
                                            no_match=(",所涉及整治的单位和个人须自行清理", ",在5个工作日", ",5日内容")),
    "START_TODAY_RE": Examples(match=("，即日起对照",), no_match=("本通知即日起施行", "自即日起")),
    "EVENT_VERBS": Examples(match=("结束", "下达"), no_match=("考试",)),
    "EVENT_AFTER_BEFORE_RE": Examples(match=("节假日结束后的", "资金下达后"), no_match=("节假日后的", "结束后的第")),
    "NTH_DAY_RE": Examples(match=("第二个工作日中午12时前", "第3个工作日前"), no_match=("第二个工作日", "第一天")),
    "COUNT_OVER_AFTER_RE": Examples(match=("一次或多次累计", "累计3次", "两次以上", "发生2次及以上"), no_match=("一次性办结", "完成", "发生后")),
    "PAIRED_EVENT_BEFORE_RE": Examples(match=("信息形成或", "审核和"), no_match=("信息", "形成")),
    "OBJECT_VERB_BEFORE_RE": Examples(match=("申请家庭需在摇出", "选定", "签订"), no_match=("考试", "资金", "名单")),
    "OCCURRENCE_EVENTS": Examples(match=("发生", "出现"), no_match=("下达", "收到")),
    "OCCURRENCE_EVENT_RE": Examples(match=("发生后", "出现之后"), no_match=("下达后", "发生之日起")),
    "RECEIPT_VERBS": Examples(match=("收到", "接到"), no_match=("下达",)),
    "RELATIVE_RE": Examples(match=("下达后30日内", "收到通知后5个工作日内", "2小时内", "自本通知印发之日起15个工作日内", "急件1—5日内",
                                   "收到中央财政补助资金后30日内", "接到上级转移支付资金后15个工作日内", "审查后三日内", "自受理(立案、登记)之日起15日内"),
                            no_match=("12周以内的", "30日", "四年内有效")),
    "LENGTH_WITHIN": Examples(match=("以内", "之内"), no_match=("内",)),
    "EFFORT_SPAN_RE": Examples(match=("经过3年努力", "经过5年的努力", "经过三年左右的不懈努力", "经过3-5年的努力",
                                      "通过2年努力", "通过三年的共同努力"),
                               no_match=("经过3年的发展", "经过努力", "经过调查", "通过3年的建设", "通过努力")),
    "SPAN_REPORTED_AFTER_RE": Examples(match=(",我市已建成", ",全市取得了", ",对我市环保专项行动进行了现场检查"),
                                       no_match=(",全市空气质量优良天数比率达到80%以上", ",大力开展健康教育", ",为了提高",
                                                 ",深入了解群众需求")),
    "TIME_SPAN_RE": Examples(match=("用3-5年时间", "用两年左右的时间", "用3年时间", "争取用3-5年时间", "通过三年时间",
                                    "利用3年时间"),
                             no_match=("用3年", "审议通过。3年时间", "利用日元贷款")),
    "DURATION_LIMIT_RE": Examples(match=("最长不超过 6 个月", "不超过3年", "不得超过15个工作日", "最长6个月", "公示期5个工作日",
                                         "不准超过5个工作日", "不能超过3天",
                                         "试用期一年", "间隔满1年", "技术审评时限为60日", "规划期限一般为二十年",
                                         "时限一般为十二小时"),
                                  no_match=("不超过50%", "超过办理时限5个工作日", "时限一般12小时")),
    "WITHIN_AFTER_RE": Examples(match=("以内", " 之内", "内办结"), no_match=("，", "以上")),
    "COUNTED_DAYS_BEFORE_RE": Examples(match=("全年污染天数", "重污染日数"), no_match=("办理时间", "请假")),
    "DURATION_AT_LEAST_RE": Examples(match=("1年以上", "连续3个月以上"), no_match=("3年以上的", "50人以上")),
    "DURATION_WITHIN_RE": Examples(match=("12 周以内的", "四年内有效", "3个月内有效"), no_match=("12 周以内", "30日内办结")),
    "DURATION_UNTIL_RE": Examples(match=("直到患者出院为止", "直至疫情结束为止"), no_match=("直到",)),
    "DURATION_EXTEND_RE": Examples(match=("延长还款期限6个月", "展期3个月", "顺延 1 年"), no_match=("延长至6月",)),
    "START_RE": Examples(match=("从3月份开始", "从10月19日正式启动", "自2020年1月1日起施行", "自发布之日起", "从2023年第一季度开始", "从2021年起",
                                "从本月25日起", "自今年4月19日起", "自弃租的次月起", "从接手(接件、签收)之日起", "自受理（立案）之日起"),
                         no_match=("从严", "自己")),
    "IN_FORCE_VERB_RE": Examples(match=("自2007年5月1日起施行", "开始施行"), no_match=("起执行", "施行后")),
    "IN_FORCE_AFTER_START_RE": Examples(match=("正式实行。", "实行", " 正式施行，"), no_match=("实行垃圾分类", "正式启动")),
    "IN_FORCE_ENDS_AFTER_RE": Examples(match=("停止执行", " 废止"), no_match=("开展清理", "执行")),
    "PUBLICITY_BEFORE_RE": Examples(match=("本公告公示期间", "公示期为", "公示时间："), no_match=("公示", "实施期间", "本公告")),
    "SELF_PUBLICITY_RE": Examples(match=("特此公示!", "现予以公示", "現予以公示", "现对我区反馈的问题整改完成情况进行公示",
                                         "?,F按相关规定予以公示", "按照有关规定予以公示,公示时间为"),
                                  no_match=("评选结果将于12月1日在校园网公示", "名单将予以公示", "公示期间如有异议",
                                            "名单将按规定予以公示", "经评审后按规定予以公示", "应按程序予以公示")),
    "IN_FORCE_OBJECT_AFTER_RE": Examples(match=("本通知规定", " 本办法。", "《某某市供水价格管理办法》"), no_match=("新标准", "各项制度")),
    "IN_FORCE_SUBJECT_RE": Examples(match=("本办法", "本通知", "本实施细则", "《东莞市重大危险源安全监督管理办法》"),
                                    no_match=("各县", "本月")),
    "EARLIEST_START_RE": Examples(match=("不早于2月9日(农历正月十六)24时前", "不早于3月1日"), no_match=("不晚于2月9日前",)),
    "DELAYED_START_RE": Examples(match=("延期至2月17日(农历正月廿四)之后", "推迟到3月1日以后"),
                                 no_match=("延期至2月17日", "2月17日之后")),
    "START_ON_RECEIPT_RE": Examples(match=("各院系接到通知之日起开始进行", "各单位收到本通知之日起"),
                                    no_match=("自接到通知之日起", "接到通知后", "收到申请之日起")),
    "START_BARE_RE": Examples(match=("2020年3月1日起施行", "3月1日起执行", "2019年9月2日开始"), no_match=("3月1日起",)),
    "ADVANCE_RE": Examples(match=("须提前1天预约", "提前3个工作日报送", "提前30分钟到场", "提前两天"),
                           no_match=("提前2年完成", "提前1天内", "提前谋划")),
    "COMPARED_BEFORE_RE": Examples(match=("比去年", "比计划"), no_match=("须", "比去年,须")),
    "QUALIFYING_LENGTH_BEFORE_RE": Examples(match=("面向全县常住", "服现役满", "连续缴费"), no_match=("投入运行", "连续")),
    "OWN_SUBJECT_EVENT": Examples(match=("本通告发布", "本通知印发"), no_match=("收到申请", "本通告", "签约")),
    "BEFORE_EVENT_RE": Examples(match=("于使用前一天", "在会议前3个工作日"), no_match=("3天前", "于使用前一天内", "报送前一日")),
    "START_REPORTED_AFTER_RE": Examples(match=(",已将", "，已经"), no_match=("，各地要",)),
    "START_DONE_IN_CLAUSE_RE": Examples(match=(",我区150多名普查员在全区范围内开展了逐户摸底登记工作", "，全市开展了"),
                                        no_match=("，各地要及时了解情况", "，为了做好工作", "，各地要开展排查")),
    "CITED_SPIRIT_BEFORE_RE": Examples(
        match=("根据省委《关于做好省驻农村工作队(扶贫工作队)组派工作的通知》(鄂办发〔2015〕43号)文件精神,",
               "根据国务院《关于开展第七次全国人口普查的通知》精神，"),
        no_match=("根据《关于开展…的通知》要求,", "根据上级文件精神,", "根据《X》精神,我县决定")),
    "OWN_DOER_RE": Examples(match=("我县", "我校", "本单位"), no_match=("全省", "各县")),
}


def posted_for_publicity(text: str, at: int) -> bool:
    """Whether the period at ``at`` is how long a notice that is itself a publicity stays posted: a 公示时间/公示期 label right
    before it (PUBLICITY_BEFORE_RE) in a text that says it is the publicity (SELF_PUBLICITY_RE)."""
    return bool(PUBLICITY_BEFORE_RE.search(text, max(0, at - 8), at)) and bool(SELF_PUBLICITY_RE.search(text))
