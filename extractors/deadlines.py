"""Time constraints in a notice: due dates, schedules, windows, length limits and start points.

``find_deadlines(text, year)`` returns one :class:`~schema.models.Deadline` per expression, with
exact character offsets into ``text``. Kinds:

``deadline``   an absolute limit; ``date`` is its last day (``2月底前`` → 2020-02-29)
``recurring``  a schedule (``每个月5日前``, ``一周一报``, ``月统月报``, ``按月发放``, ``每季度``)
``relative``   a window counted from an event (``下达后30日内``, ``2小时内``)
``duration``   a length limit that is not a due date (``最长不超过 6 个月``, ``12 周以内的``)
``start``      when an obligation begins (``从3月份开始``, ``自2020年1月1日起施行``)

Each family of expressions is one compiled pattern below with a builder function; every pattern
runs over the whole text, then overlapping candidates are resolved longest first. Bare dates (the
signing line, ``…印发``), years used as names (``2020年是…``), ``疫情防控期间`` and ``及时`` are never
matched because every pattern needs a marker of limit, schedule, window or start.

All quantifiers in the patterns are bounded or followed by a literal, so no pattern backtracks
badly on long lines.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from typing import Callable, Iterator, Optional, Sequence

import cn2an

from schema.models import Deadline

# ---------------------------------------------------------------------------------------------
# Building blocks (plain strings, composed into the compiled patterns further down)
# ---------------------------------------------------------------------------------------------

# Converted PDFs and Word files put spaces between digits and characters: "6 月 30 日", "12 周".
GAP = r"\s{0,3}"

# The digits of a year written in characters: 二〇二〇, 二○一二 (a circle for zero), 二OO八 (letters O).
CN_YEAR_DIGITS = "〇零○OoＯ０一二三四五六七八九"
CN_YEAR = "[" + CN_YEAR_DIGITS + "]{4}"
# A written year: 2020年, 二〇二〇年, 二○一二年, 二OO八年.
YEAR = r"(?P<year>(?<!\d)(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP + "年" + GAP

# A month number before 月: 6月, 12月, 三月, 十二月. Not after 个 (3个月 is a length).
MONTH = r"(?P<month>(?<![\d.])\d{1,2}|(?<![一二三四五六七八九十〇零两])(?:十[一二]?|[一二三四五六七八九]))" + GAP + "月"

# A day number: 30, 5, 三十一, 二十, 十五, 五.
DAY = r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"

# A count of time units: 30, 5, 两, 二十四, 十五.
COUNT = r"(?P<count>(?<![\d.月第])\d{1,3}(?!\d)|(?<![第一二三四五六七八九十两])[一二三四五六七八九十两百]{1,4})"

# Time units after a count. A count of months always takes 个 (6个月), because 6月 is June.
UNIT = r"(?P<unit>个?工作日|个?自然日|个?小时|个?钟头|分钟|个?星期|个月|个?季度|日|天|周|年)"

# Words after a date that say something must be done by then: 于3月底完成, 在6月30日报送.
DUE_VERB = r"(?:完成|完工|建成|实现|报送|上报|报|提交|拨付|到位|落实|开工|出台|制定|全面|全部|基本|达到)"

# English names of periods, for rules.
PERIOD_NAMES = {
    "日": "daily", "天": "daily", "工作日": "every working day", "小时": "hourly",
    "周": "weekly", "星期": "weekly", "旬": "every ten days", "月": "monthly", "半月": "twice a month",
    "季": "quarterly", "季度": "quarterly", "半年": "half-yearly", "年": "yearly", "年度": "yearly",
}
UNIT_NAMES = {  # singular; a count other than one adds "s"
    "工作日": "working day", "自然日": "calendar day", "小时": "hour", "钟头": "hour",
    "分钟": "minute", "星期": "week", "周": "week", "月": "month", "季度": "quarter",
    "日": "day", "天": "day", "年": "year",
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

# A date followed by 前/之前/以前/截止/止.
# 2月20日前 · 2月底前 · 4月28前 · 3月份前 · 3月中旬前 · 2020年6月30日前 · 二〇二〇年三月五日前 · 6月30日截止
DATE_BEFORE_RE = re.compile(
    r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + GAP
    + r"(?P<mark>之前|以前|前|截止|为止|止)(?![后夕])"
)

# A date after 于/在/到 and before a verb of completion: 于3月底完成, 在2020年6月30日报送.
DATE_BY_RE = re.compile(
    r"(?<=[于在到])(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL + r"(?=" + GAP + DUE_VERB + ")"
)

# 截至/截止 and a date: 截至2020年6月30日 · 截止到3月15日 · 截止时间为5月31日.
DATE_UNTIL_RE = re.compile(
    r"截[止至](?:到|日期为|时间为|日期|时间)?" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL
    + r"(?:" + GAP + r"(?:之前|以前|前|为止|止))?"
)
# 截至 also introduces a status report: 截至2019年底，全省累计脱贫… — not a deadline.
STATUS_AFTER_RE = re.compile(r"^[，,\s]{0,2}[^。；]{0,12}?(?:已经|已|累计|共计|总计|共有|全[省市县区])")

# The end of a year: 年底前 · 年末前 · 2020年底前 · 今年年底前 · 年内完成.
YEAR_END_RE = re.compile(
    r"(?:(?P<year>(?<!\d)(?:19|20)\d{2}|" + CN_YEAR + ")" + GAP + r"年|(?P<rel>[今本当明])年"
    r"|(?<![去前上往历同每半])年)年?(?P<part>底|末|内)(?P<mark>之前|以前|前)?"
)

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
    r"(?P<from_year>(?<!\d)(?:19|20)\d{2})" + GAP + "年" + GAP + r"\d{1,2}" + GAP + r"月" + GAP + r"(?:\d{1,2}" + GAP + r"[日号])?" + GAP
    + r"(?:至|到|—|－|-|~|～)" + GAP + r"(?:" + YEAR + r")?" + MONTH + GAP + DATE_TAIL

)
# 自2012年2月1日至2017年1月31日施行: when the document is in force (its lifecycle), not a limit.
IN_FORCE_AFTER_RE = re.compile(GAP + r"(?:日|号)?(?:起)?(?:施行|实施|执行|有效)")

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
COMMITMENT_RE = re.compile(DUE_VERB + r"|取得|完善|建立|形成|确保|力争|争取|基本")
MAX_COMMITMENT_DISTANCE = 30  # characters between the year and its verb, in the same clause

# ---------------------------------------------------------------------------------------------
# recurring: schedules
# ---------------------------------------------------------------------------------------------

# A monthly due day: 每个月5日前 · 每月10号前 · 每月25日.
EVERY_MONTH_DAY_RE = re.compile(
    r"每个?月" + GAP + DAY + GAP + r"(?:(?P<day_mark>日|号)" + GAP + r"(?P<mark>之前|以前|前)?|(?P<mark2>之前|以前|前))"
)
# A period end: 每月底前 · 每季度末 · 每年年底前 · 每半年末.
EVERY_PERIOD_END_RE = re.compile(
    r"每个?(?P<period>月|季度|季|半年|年)年?(?:底|末)(?P<mark>之前|以前|前)?"
)
# A yearly date: 每年3月底前 · 每年6月30日前 · 每年1月10日.
EVERY_YEAR_DATE_RE = re.compile(
    r"每年度?" + GAP + MONTH + GAP + DATE_TAIL + GAP + r"(?P<mark>之前|以前|前)?"
)
# A weekday: 每周一 · 每星期五前. Not 每周一次 (once a week).
EVERY_WEEKDAY_RE = re.compile(r"每(?:周|星期)(?P<weekday>[一二三四五六日天])(?![次回遍报])(?P<mark>之前|以前|前)?")
# A bare period: 每个月 · 每季度 · 每年 · 每周 · 每半年 · 每两周 · 每天.
EVERY_PERIOD_RE = re.compile(
    r"每" + GAP + r"(?P<n>[两二三四五六七八九十\d]{1,2}|半)?个?(?P<period>工作日|季度|季|半月|月|年度|年|周|星期|旬|天|日|小时)"
)
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
    r"缴纳|申报|更新|计算|计息|还款|付息|评选|评比|表彰|总结|报|发|付|缴))?"
)
BY_PERIOD_NEED_VERB = {"年", "年度", "日", "天", "周", "半年"}
# 每人每年, 每户每月: a rate, not a schedule.
RATE_BEFORE_RE = re.compile(r"每[\u4e00-\u9fff]{1,2}\s{0,2}$")
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
    + COUNT + GAP + UNIT + GAP + r"(?P<within>以内|之内|内)(?!的)"
)

# With no event to count from, 以内 (90个工作日以内, 12 周以内) gives a length limit, a duration, while 内
# (2小时内) gives a window from now, relative: the conventions of ../shared/gold/README.md.
LENGTH_WITHIN = ("以内", "之内")
# A span of time to get something done: 用3-5年时间 · 用两年左右的时间 · 利用3年时间.
TIME_SPAN_RE = re.compile(
    r"用" + GAP + r"(?:(?P<low>\d{1,3}|[一二三四五六七八九十两]{1,3})" + GAP + r"(?:-|－|—|~|～|至|到)" + GAP + r")?"
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
    r"|即日|今日|今天|本月|下月|次月|当月|今年|明年|次年|下一年度|下一年"
    r"|(?:" + YEAR + r")?(?:" + MONTH + GAP + r"(?:" + DAY + GAP + r"(?:日|号)|份)?"
    r"|(?P<period>上半年|下半年|第?[一二三四1-4]季度))?"
    r")" + GAP + r"(?P<sfx>起施行|起执行|起实施|开始施行|开始执行|开始实施|起算|算起|开始|起)"
)
# A date with 起施行 and no 自: 2020年3月1日起施行 · 3月1日起执行.
START_BARE_RE = re.compile(
    r"(?:" + YEAR + r")?" + MONTH + GAP + DAY + GAP + r"(?:日|号)" + GAP
    + r"(?:起施行|起执行|起实施|开始施行|开始执行|开始实施)"
)



# ---------------------------------------------------------------------------------------------
# Scanning: the costly patterns only where they can match
# ---------------------------------------------------------------------------------------------

# Most patterns above may start at almost any character (an optional year, a count), so
# ``finditer`` tries them at every position of the text. Each one, though, always has one of a few
# characters (or words) starting at most ``reach`` characters after its start (a 月 after the year
# and month, a 内 at the end of a window): pattern -> (those anchors, reach). ``_finditer`` tries
# the pattern only at the positions from which such an anchor is within reach, in order, which
# gives exactly the matches ``pattern.finditer(text)`` gives (tests/test_deadlines.py checks it on
# the corpus).
ANCHORS: dict[re.Pattern, tuple[Sequence[str], int]] = {
    # year (4 + gap + 年 + gap = 11), month (2 + gap = 5) before its 月
    DATE_BEFORE_RE: ("月", 16),
    DATE_BY_RE: ("月", 16),
    START_BARE_RE: ("月", 16),
    # a year (4 + gap + 年 = 8) and a second 年 before 底/末/内
    YEAR_END_RE: ("底末内", 9),
    # a year (11) before 上半年, 下半年, 前三季度, 第一季度
    PERIOD_RE: ("半季", 13),
    # 自 + 10 + 之日起 + gap (17), count (4), gap, unit (4), gap, 以内 (1)
    RELATIVE_RE: ("内", 32),
    # count (4), gap, unit (4), gap, 以内 (1)
    DURATION_WITHIN_RE: ("内", 15),
    DURATION_AT_LEAST_RE: ("上", 15),
    # words, not characters (不 and 期 are everywhere): the comparator after a lead (有效期) and a
    # gap (6), or a lead2 word at the start
    DURATION_LIMIT_RE: (LIMIT_COMPARATORS + LIMIT_LENGTH_WORDS + LIMIT_PERIODS, 6),
    YEAR_BY_RE: ("到", 0),
    # PAIRED_RE is not here: it starts with a character class, which ``finditer`` scans for faster.
}


def _anchor_re(anchors: Sequence[str]) -> re.Pattern:
    """Where any of ``anchors`` (characters or words) starts, overlapping occurrences included: a
    word's first character with the rest in a look-ahead, so that each match is one character long."""
    if all(len(anchor) == 1 for anchor in anchors):
        return re.compile("[" + re.escape("".join(anchors)) + "]")
    return re.compile("|".join(re.escape(word[0]) + f"(?={re.escape(word[1:])})" for word in anchors))


_ANCHOR_RES = {pattern: _anchor_re(anchors) for pattern, (anchors, _) in ANCHORS.items()}


def _finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, trying the pattern only within reach of its anchors."""
    if pattern not in ANCHORS:
        yield from pattern.finditer(text)
        return
    reach = ANCHORS[pattern][1]
    match_at = pattern.match
    pos = 0  # where the next match may start: after the last match and the positions tried
    for anchor in _ANCHOR_RES[pattern].finditer(text):
        at = anchor.start()
        p = max(pos, at - reach)
        while p <= at:
            found = match_at(text, p)
            if found is None:
                p += 1
                continue
            yield found
            p = max(found.end(), p + 1)
        pos = p

# ---------------------------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------------------------

CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {zero: 0 for zero in "零○OoＯ０"}


def to_int(written: Optional[str]) -> Optional[int]:
    """30 → 30, 三十一 → 31, 两 → 2, 二〇二〇 → 2020; None when it is no number."""
    if not written:
        return None
    written = written.strip()
    if written.isdigit():
        return int(written)
    if len(written) == 4 and all(c in CN_DIGIT for c in written):  # years are read digit by digit
        return int("".join(str(CN_DIGIT[c]) for c in written))
    return _cn2an(written)


# cn2an validates and parses each numeral anew; the same few come back all the time.
@lru_cache(maxsize=4096)
def _cn2an(written: str) -> Optional[int]:
    try:
        return int(cn2an.cn2an(written, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def iso(year: Optional[int], month: int, day: int) -> Optional[str]:
    """The ISO date, or None when the year is unknown or the date does not exist."""
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _written_year(match: re.Match, year: Optional[int]) -> Optional[int]:
    """The year a match writes (2020年, 今年, 明年), else the document's year."""
    groups = match.groupdict()
    if groups.get("year"):
        return to_int(groups["year"])
    relative = groups.get("rel")
    if relative and year is not None:
        return year + 1 if relative == "明" else year
    return year


def _last_day(match: re.Match, year: Optional[int]) -> Optional[tuple[int, int, Optional[int]]]:
    """(year, month, day) of the last day a DATE_TAIL match allows; day None when the year is unknown."""
    month = to_int(match.group("month"))
    if month is None or not 1 <= month <= 12:
        return None
    groups = match.groupdict()
    if groups.get("day"):
        day = to_int(groups["day"])
        if day is None or not 1 <= day <= 31:
            return None
        return year, month, day
    if groups.get("dekad") in ("上", "中"):
        return year, month, 10 if groups["dekad"] == "上" else 20
    # 2月底, 3月下旬, 3月份, 3月: the last day of the month, which needs the year (leap years).
    return year, month, month_end(year, month) if year is not None else None


def _deadline(match: re.Match, year: Optional[int]) -> Optional[Deadline]:
    resolved = _last_day(match, _written_year(match, year))
    if resolved is None:
        return None
    y, m, d = resolved
    return _item(match, "deadline", date_=iso(y, m, d) if d is not None else None)


def _clause_after(text: str, end: int, limit: int = 24) -> str:
    tail = text[end:end + limit]
    stop = CLAUSE_END.search(tail)
    return tail[: stop.start()] if stop else tail


def _activity(text: str, end: int) -> Optional[str]:
    found = ACTIVITY_RE.search(_clause_after(text, end))
    return ACTIVITY_NAMES.get(found.group()) if found else None


def _item(match: re.Match, kind: str, rule: Optional[str] = None, date_: Optional[str] = None) -> Deadline:
    return Deadline(text=match.group(), start=match.start(), end=match.end(), kind=kind,
                    date=date_, rule=rule)


# ---------------------------------------------------------------------------------------------
# Finders: each yields candidates for one family
# ---------------------------------------------------------------------------------------------


def _absolute(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for pattern in (DATE_BEFORE_RE, DATE_BY_RE, DATE_UNTIL_RE):
        for match in _finditer(pattern, text):
            if match.group().startswith("截至") and STATUS_AFTER_RE.search(text[match.end():match.end() + 20]):
                continue
            found = _deadline(match, year)
            if found:
                yield found
    for match in _finditer(YEAR_END_RE, text):
        if not match.group("mark") and not re.match(GAP + DUE_VERB, text[match.end():]):
            continue  # 2019年底，… is a point in time; 年底前 and 年底完成 are limits
        y = _written_year(match, year)
        yield _item(match, "deadline", date_=iso(y, 12, 31))
    for match in _finditer(YEAR_BY_RE, text):
        yield _item(match, "deadline", date_=iso(to_int(match.group("year")), 12, 31))
    for pattern in (DATE_TO_RE, RANGE_RE, UNTIL_DATE_RE):
        for match in _finditer(pattern, text):
            if pattern is DATE_TO_RE and STATUS_AFTER_RE.search(text[match.end():match.end() + 20]):
                continue  # 到2019年6月底，全省已… reports a state
            if pattern is RANGE_RE and IN_FORCE_AFTER_RE.match(text, match.end()):
                continue
            # 2020年3月至6月底: the end is in the year the period starts in
            found = _deadline(match, int(match["from_year"]) if pattern is RANGE_RE else year)
            if found:
                yield found
    if year is not None:
        for match in _finditer(PLANNED_YEAR_RE, text):
            planned = int(match.group("year"))
            if planned > year and COMMITMENT_RE.search(_clause_after(text, match.end(), MAX_COMMITMENT_DISTANCE)):
                yield _item(match, "deadline", date_=iso(planned, 12, 31))
    for match in _finditer(PERIOD_RE, text):
        if not (match.group("mark") or match.group("end") or re.match(GAP + DUE_VERB, text[match.end():])):
            continue
        period = match.group("period")
        key = period if period in PERIOD_ENDS else str(to_int(period.strip("第季度")))
        if key not in PERIOD_ENDS:
            continue
        month, day = PERIOD_ENDS[key]
        yield _item(match, "deadline", date_=iso(_written_year(match, year), month, day))


def _recurring(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(EVERY_MONTH_DAY_RE, text):
        day = to_int(match.group("day"))
        if day and 1 <= day <= 31:
            by = "by" if match.group("mark") or match.group("mark2") else "on"
            yield _item(match, "recurring", f"monthly {by} day {day}")
    for match in _finditer(EVERY_PERIOD_END_RE, text):
        period = match.group("period")
        name = PERIOD_NAMES[period]
        yield _item(match, "recurring", f"{name} by the end of the {_period_noun(period)}")
    for match in _finditer(EVERY_YEAR_DATE_RE, text):
        resolved = _last_day(match, 2000)  # a leap year, so that 每年2月29日 stays valid
        if resolved and (match.group("mark") or match.group("day")):
            _, m, d = resolved
            by = "by" if match.group("mark") else "on"
            exact = match.group("day") or match.group("dekad")
            when = f"{m:02d}-{d:02d}" if exact else f"the end of month {m}"
            yield _item(match, "recurring", f"yearly {by} {when}")
    for match in _finditer(EVERY_WEEKDAY_RE, text):
        by = "by" if match.group("mark") else "on"
        yield _item(match, "recurring", f"weekly {by} {WEEKDAY_NAMES[match.group('weekday')]}")
    for match in _finditer(EVERY_PERIOD_RE, text):
        if RATE_BEFORE_RE.search(text[max(0, match.start() - 4):match.start()]):
            continue
        rule = _every_rule(match.group("n"), match.group("period"), _activity(text, match.end()))
        yield _item(match, "recurring", rule)
    for match in _finditer(ONE_PER_RE, text):
        activity = ACTIVITY_NAMES.get(match.group("act"), match.group("act"))
        yield _item(match, "recurring", f"{PERIOD_NAMES[match.group('period')]} {activity}")
    for match in _finditer(PAIRED_RE, text):
        first, second = PAIRED_NAMES[match.group("a")], PAIRED_NAMES[match.group("b")]
        yield _item(match, "recurring", f"{PERIOD_NAMES[match.group('p')]} {first} and {second}")
    for match in _finditer(BY_PERIOD_RE, text):
        period, act = match.group("period"), match.group("act")
        if not act and period in BY_PERIOD_NEED_VERB:
            continue
        activity = ACTIVITY_NAMES.get(act) if act else None
        rule = PERIOD_NAMES[period] + (f" {activity}" if activity else "")
        yield _item(match, "recurring", rule)


def _period_noun(period: str) -> str:
    return {"月": "month", "季度": "quarter", "季": "quarter", "半年": "half-year", "年": "year"}[period]


def _every_rule(n: Optional[str], period: str, activity: Optional[str]) -> str:
    if n == "半" and period in ("月", "年"):
        rule = PERIOD_NAMES["半" + period]
    elif n and to_int(n) not in (None, 1):
        rule = f"every {to_int(n)} {UNIT_NAMES.get(period, period)}s"
    else:
        rule = PERIOD_NAMES[period]
    return f"{rule} {activity}" if activity else rule


def _amount(count: str, unit: str) -> str:
    unit = unit.lstrip("个")
    number = 0.5 if count == "半" else to_int(count)
    shown = f"{number:g}" if number is not None else count
    return f"{shown} {UNIT_NAMES.get(unit, unit)}{'' if number == 1 else 's'}"


def _relative(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(RELATIVE_RE, text):
        if to_int(match.group("count")) is None:
            continue
        amount = _amount(match.group("count"), match.group("unit"))
        event = match.group("since") or match.group("event")
        if event:
            yield _item(match, "relative", f"within {amount} after {event}")
        elif match.group("within") in LENGTH_WITHIN:
            yield _item(match, "duration", f"at most {amount}")  # 90个工作日以内: a length
        else:
            yield _item(match, "relative", f"within {amount}")  # 2小时内: counted from now
    for match in _finditer(TIME_SPAN_RE, text):
        if to_int(match.group("count")) is None:
            continue
        low = match.group("low")
        span = f"{to_int(low)}-" if low and to_int(low) is not None else ""
        yield _item(match, "relative", f"within {span}{_amount(match.group('count'), match.group('unit'))}")


DURATION_WORDS = {"最长": "at most", "不超过": "at most", "不得超过": "at most", "原则上不超过": "at most",
                  "不长于": "at most", "不多于": "at most", "最多": "at most", "最短": "at least",
                  "不短于": "at least", "不少于": "at least", "不得少于": "at least"}


def _duration(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(DURATION_LIMIT_RE, text):
        if match.group("cmp"):
            count, unit = match.group("count"), match.group("unit")
            qualifier = DURATION_WORDS.get(match.group("cmp"), "")
        else:
            count, unit = match.group("count2"), match.group("unit2")
            qualifier = DURATION_WORDS.get(match.group("lead2"), "for")
        if count != "半" and to_int(count) is None:
            continue
        yield _item(match, "duration", f"{qualifier} {_amount(count, unit)}".strip())
    for match in _finditer(DURATION_WITHIN_RE, text):
        if to_int(match.group("count")) is not None:
            yield _item(match, "duration", "at most " + _amount(match.group("count"), match.group("unit")))
    for match in _finditer(DURATION_AT_LEAST_RE, text):
        if to_int(match.group("count")) is not None:
            yield _item(match, "duration", "at least " + _amount(match.group("count"), match.group("unit")))
    for match in _finditer(DURATION_UNTIL_RE, text):
        yield _item(match, "duration", f"until {match.group('event')}")
    for match in _finditer(DURATION_EXTEND_RE, text):
        if to_int(match.group("count")) is not None:
            rule = "extended by " + _amount(match.group("count"), match.group("unit"))
            yield _item(match, "duration", rule)


def _start(text: str, year: Optional[int]) -> Iterator[Deadline]:
    for match in _finditer(START_RE, text):
        when = match.group("when")
        dated = any(match.group(name) is not None for name in ("year", "month", "period"))
        if not when or not (dated or _named_start(when)):
            continue
        yield _item(match, "start", f"from {when}")
    for match in _finditer(START_BARE_RE, text):
        yield _item(match, "start", "from " + re.sub(r"\s+", "", match.group()).split("起")[0].split("开始")[0])


def _named_start(when: str) -> bool:
    return when.endswith("之日") or when in {"即日", "今日", "今天", "本月", "下月", "次月", "当月", "今年",
                                          "明年", "次年", "下一年度", "下一年"}


FINDERS: list[Callable[[str, Optional[int]], Iterator[Deadline]]] = [
    _recurring, _absolute, _relative, _duration, _start,
]


def _resolve(candidates: list[Deadline]) -> list[Deadline]:
    """Keep the longest of overlapping candidates (earlier finder wins a tie), in text order."""
    kept: list[Deadline] = []
    # The kept spans never overlap, so sorted by start their ends are sorted too: a candidate can
    # only overlap the kept span starting last at or before it, or the first one starting after it.
    starts: list[int] = []
    ends: list[int] = []
    ranked = sorted(enumerate(candidates), key=lambda pair: (-(pair[1].end - pair[1].start), pair[0]))
    for _, item in ranked:
        if item.end <= item.start:
            continue
        at = bisect_right(starts, item.start)
        if (at and ends[at - 1] > item.start) or (at < len(starts) and starts[at] < item.end):
            continue
        kept.append(item)
        starts.insert(at, item.start)
        ends.insert(at, item.end)
    return sorted(kept, key=lambda item: item.start)


def find_deadlines(text: str, year: int | None) -> list[Deadline]:
    """Every time constraint in ``text``; ``year`` dates the expressions that write none."""
    candidates = [item for finder in FINDERS for item in finder(text, year)]
    return _resolve(candidates)
