"""When a document takes effect and when it stops being in force, as its own text says.

    本通知自印发之日起施行                       effective: the day it was issued (its own date)
    本办法自2021年1月1日起施行                   effective: 2021-01-01
    本办法自发布之日起30日后施行                 effective: its own date + 30 days
    现予公布，自二○○九年七月一日起施行          effective (a decree's own lines): 2009-07-01
    本办法自2021年1月1日起施行，有效期5年        expiry: 2025-12-31 (five years from the effective day, less one day)
    有效期至2025年12月31日 · 有效期至2025年底     expiry: 2025-12-31
    试行期两年 · 有效期5年，自2021年3月1日起计算  expiry: counted from the effective day, or from the day given
    试行期限为两年 · 自2021年1月1日起试行两年    expiry: the period of any verb of force, or a trial verb's term
    实施日期 | 2019-12-30                        effective: a government site's information table
    废止时间: 2020-01-23 · 失效日期 | 2024-12-31  expiry: the same table's end of validity

Only statements about the document itself count: the sentence names it (本办法, 本通知, 本决定 …), or
has no subject at all (自…起施行。 after a decree's 现予公布), or is a decree's 现予公布/发布. Not: the
validity of something the document regulates (居民身份证的有效期为十年, 发给有效期五年的居民身份证,
许可证件的有效期为三年), nor a date an obligation starts (自2003年9月1日起，全市禁止生产实心粘土砖), nor
another document's dates cited for what they are (根据2021年1月1日起施行的《X》).
Which sentence is the document's own is ``extractors.lifecycle_subject``'s to say.

``find_lifecycle(text, signed_date, printed_date)`` returns the statements in text order, with their
dates resolved where the text and the document's own dates allow (``date`` None when they do not:
自印发之日起施行 in a notice without a date). ``document_lifecycle`` sums them up as the columns of
``documents`` (``../shared/SCHEMA.md``: effective_date, effective_text, expiry_date, expiry_text).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterator, Optional

from schema.models import LifecycleStatement

from .lazy_patterns import compiled_later, LazyPattern
from .deadline_numbers import to_int
from .fold import fold
from .lifecycle_dates import (  # noqa: F401  (DATE_PARTS_RE, parse_date: re-exported for callers)
    DATE_PARTS_RE, GAP, LABEL_DATE, WRITTEN_DATE, YEAR_END, add_period, day_before, parse_date, republic_calendar)
from .lifecycle_subject import (
    ELIDED_SUBJECT, FOREIGN_VALIDITY, ISSUED_TITLE_RE, ISSUES_ITSELF_RE, ORDER_NOTE_RE, OWN_NAME_CLAUSE_RE,
    about_itself, in_row_cell, sentence_before, split_last_clause, trial_marked)
from .vocab import Examples

# --- building blocks ------------------------------------------------------------------------------

_GAP = GAP
_LINE_GAP = r"[^\S\n]{0,3}"
COUNT = r"(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})"
PERIOD_UNITS = {"年": "years", "个月": "months", "月": "months", "日": "days", "天": "days"}

# The events a relative date counts from: 自印发之日起, 自发布之日起, 自公布之日起 … (the document's own date).
ISSUE_EVENTS = ("印发", "发布", "公布", "颁布", "发文", "签发", "下发", "公告", "发出", "通过", "批准")
# 实行 is a common variant of 施行 (本规定自颁布之日起实行); 暂行 a verb only with its term after it
# (本规定自发布之日起暂行二年: CLAUSE_END), as 暂行办法 has no 起 before it.
IN_FORCE_VERBS = ("施行", "实施", "执行", "生效", "试行", "暂行", "启用", "实行")
# The words that are a statement of the day by themselves (现予公布施行: the day it is issued): a decree's
# own 现…, not a bare 予以公布, which a report uses of another's act (签署主席令予以公布实施).
ISSUED_NOW_RE = compiled_later(r"自即日起|现(?:予以|予)?(?:公布|发布|印发)")
# Words that open a new clause, where a copy lost the punctuation before them
# (本制度自发布之日起执行如有政策变化将适时作出调整): the statement ends there. Not 如下, an object.
NEW_CLAUSE_WORDS = compiled_later(r"如(?!下)|凡|此前|以前|之前|今后|有效期|解释权|同时")
# The last day of a period run to, after 至/到: 至2024年12月31日, 到2025年底 (自…起执行至…, 自…起至…止施行).
UNTIL_DAY = r"(?:至|到)" + GAP + r"(?:" + WRITTEN_DATE + "|" + YEAR_END + r")"
# What may follow the verb of an effective statement: the end of its clause, or the day it runs to
# (自2022年1月1日起执行至2024年12月31日). Not an object (自2021年1月1日起执行新标准) and not a modifier
# (自2021年1月1日起施行的《X》).
# the term of its verb closing the clause (自2021年1月1日起试行两年。); a count before anything else is an object's
TERM_AFTER_VERB_RE = compiled_later(COUNT.replace("?P<count>", "") + r"\s*(?:年|个月)\s*(?:[。；;，,\n]|$)")
CLAUSE_END = (r"(?=\s*(?:[。；;，,！!：:）)\n]|$|" + NEW_CLAUSE_WORDS.pattern + "|" + UNTIL_DAY + "|" + TERM_AFTER_VERB_RE.pattern
              + "))")
# 施行 and 生效 take no object: after them only a modifier (施行的《X》) makes no statement, whatever else
# follows (a copy that joined the next line to it: …自公布日施行快速回到頁首按鈕).
INTRANSITIVE_VERBS = ("施行", "生效")
_VERB_AND_END = ("(?:正式)?(?:(?:" + "|".join(INTRANSITIVE_VERBS) + r")(?![的之])|(?:"
                 + "|".join(v for v in IN_FORCE_VERBS if v not in INTRANSITIVE_VERBS) + ")" + CLAUSE_END + ")")

# The end of an entry in a regulation's history (…会议通过 · …令第17号发布 · …决定》第一次修订), after which the
# next entry follows on the same line where a reader joined the lines: each alternative two characters (a
# look-behind's alternatives must be as wide as each other).
HISTORY_ENTRY_END = r"(?<=通过|公布|发布|颁布|批准|修正|修订)"
# A line that is a run of history entries: it opens with a date (2018年7月30日 最高人民法院审判委员会…).
HISTORY_LINE_RE = compiled_later(r"[^\S\n]*(?:" + WRITTEN_DATE + ")")


def in_history_run(folded: str, start: int) -> bool:
    """Whether ``start`` begins a line, or continues a line of history entries run together."""
    line_start = folded.rfind("\n", 0, start) + 1
    return line_start == start or HISTORY_LINE_RE.match(folded, line_start) is not None


# --- effective ----------------------------------------------------------------------------------------

def _effective_pattern() -> LazyPattern:
    return compiled_later(
        r"(?:(?:自|从|于)" + _GAP + r")?(?P<date>" + WRITTEN_DATE + r")" + _GAP + r"(?:起|开始)" + _GAP
        + r"(?:" + UNTIL_DAY + _GAP + r"止?" + _GAP + r")?"  # a bounded period: 自…起至…止执行
        + _VERB_AND_END
        + r"|(?:自|于)" + _GAP + r"(?P<date2>" + WRITTEN_DATE + r")" + _GAP
        + _VERB_AND_END
        # 至发布之日起 is a common slip for 自发布之日起 (至 … 之日起 cannot mean "until")
        # 自公布日施行, 并自发布日施行: 之 and 起 left out (texts in traditional characters often)
        + r"|[自至]" + _GAP + r"(?P<event>" + "|".join(ISSUE_EVENTS) + r")之?日起?" + _GAP
        + r"(?:满?" + _GAP + COUNT + _GAP + r"(?P<unit>日|天|个月)后?" + _GAP + r")?(?:起)?"
        + _VERB_AND_END
        + r"|(?P<today>" + ISSUED_NOW_RE.pattern + ")" + _GAP
        + "(?:" + "|".join(IN_FORCE_VERBS) + ")" + CLAUSE_END
        + r"|(?P<label>(?:实施|施行|生效)(?:日期|时间))[\s:：|】\]]{0,6}(?P<label_date>" + LABEL_DATE + ")"
        # a line of its own in a regulation's history: 2013年11月18日 施行; or the last entry of a history whose
        # lines a reader ran together (…第七次会议通过2018年12月1日 施行: ``in_history_run`` checks the line)
        + r"|(?:^|(?<=\n)|" + HISTORY_ENTRY_END + r")[^\S\n]*(?P<date3>" + WRITTEN_DATE
        + r")[^\S\n]*(?:起)?(?:施行|实施|生效)[^\S\n]*(?=\n|$)"
    )


EFFECTIVE_RE = _effective_pattern()

# --- expiry -------------------------------------------------------------------------------------------

# The nouns a document's term is named by: 有效期, and the period of each verb of force (试行期, 实施期, 执行期,
# 施行期, 暂行期), each also with 限 (有效期限为五年 · 试行期限为两年 · 施行期限3年).
TERM_NOUNS = tuple(f"{verb}期{suffix}" for verb in ("有效", "试行", "暂行", "实施", "执行", "施行") for suffix in ("限", ""))
TERM_NOUN = "(?:" + "|".join(TERM_NOUNS) + ")"
# The verbs of force a term of years may follow directly (试行两年 · 暂行二年 · 自2021年1月1日起试行两年).
TERM_VERBS = ("试行", "暂行")

# The verbs of a document's end on a day (自2026年1月1日起停止执行, 到期后自动失效 has no day).
STOP_VERBS = ("停止适用", "停止执行", "停止施行", "停止实施", "自动失效", "失效", "废止")
# The verbs of a bounded period's statement (自…起至…止执行, 自…起试行至…), and the end of its clause
# after them: not an object (自…起至…止实施专项行动 is an action's period).
SPAN_VERBS = ("执行", "施行", "实施", "试行", "有效")
SPAN_VERB_AND_END = (r"(?:(?:施行|有效)(?![的之])|(?:" + "|".join(v for v in SPAN_VERBS if v not in ("施行", "有效"))
                     + r")(?=\s*(?:[。；;，,！!\n]|$)))")

EXPIRY_RE = compiled_later(
    # 有效期5年 · 有效期为五年 · 有效期限3年 · 试行期两年 · 试行期限为两年 · 有效期二年 · 有效期暂定3年
    TERM_NOUN + _GAP + r"(?:为|是)?" + _GAP + r"(?:暂定|暂为)?" + _GAP + COUNT + _GAP
    + r"(?P<unit>年|个月)(?![的内])"
    # the start said first: 有效期自2021年1月1日起计算，有效期5年 · 有效期自印发之日起5年
    + r"|有效期限?" + _GAP + r"自" + _GAP + r"(?:(?P<from_date>" + WRITTEN_DATE + r")|(?P<from_event>"
    + "|".join(ISSUE_EVENTS + ("施行", "实施")) + r")之?日)" + _GAP + r"起(?:计算|计|算起)?" + _GAP + r"[，,]?" + _GAP
    + r"(?:有效期限?|为期)?" + _GAP + r"(?:为|是)?" + _GAP + r"(?P<count2>\d{1,3}|[一二两三四五六七八九十]{1,3})" + _GAP
    + r"(?P<unit2>年|个月)(?![的内])"
    # 有效期至2025年12月31日 · 有效期至2025年底 · 有效期自2021年1月1日起至2025年12月31日止 · 执行期限至… ·
    # 有效期为2021年1月1日至2025年12月31日 · 有效期：2021年1月1日—2025年12月31日 · (本政策)执行至2025年12月31日
    + r"|(?:" + TERM_NOUN + r"|有效时间|(?<![开起])(?:执行|实施|施行))" + _GAP + r"(?:为|是|[:：])?" + _GAP
    + r"(?:自?" + _GAP + r"(?:" + WRITTEN_DATE + r")" + _GAP + r"起?" + _GAP + r")?"
    + r"(?:延长|顺延|延续)?" + _GAP + r"(?:至|到|截至|截止到?|[—－~～])" + _GAP
    + r"(?P<until>" + WRITTEN_DATE + "|" + YEAR_END + r")(?:" + _GAP + r"止)?"
    # a bounded period, its last day said with its first: 自2020年1月1日起至2021年12月31日止执行 ·
    # 自2022年1月1日起执行至2024年12月31日
    + r"|(?:自|从)" + _GAP + r"(?:" + WRITTEN_DATE + r")" + _GAP + r"起?" + _GAP
    + r"(?:(?:至|到)" + _GAP + r"(?P<span_until>" + WRITTEN_DATE + "|" + YEAR_END + r")" + _GAP + r"止?" + _GAP
    + SPAN_VERB_AND_END + r"|(?:" + "|".join(SPAN_VERBS) + r")" + _GAP + r"(?:至|到)" + _GAP
    + r"(?P<run_until>" + WRITTEN_DATE + "|" + YEAR_END + r")(?:" + _GAP + r"止)?)"
    # a term of years: 实施期限为2021—2025年 · 执行期为2023-2025年 (its last day the last year's end)
    + r"|" + TERM_NOUN + _GAP + r"(?:为|是|[:：])?" + _GAP + r"(?:19|20)\d{2}" + _GAP
    + r"年?" + _GAP + r"(?:[—－~～\-]|至|到)" + _GAP + r"(?P<until_year>(?:19|20)\d{2})" + _GAP + r"年(?![\d一二三四五六七八九十]{1,2}月|[底末])"
    # the verb and its term, the day it starts said first: 本办法自2021年1月1日起试行两年 · 自发布之日起暂行二年
    + r"|(?:自|从)" + _GAP + r"(?:(?P<run_from>" + WRITTEN_DATE + r")|(?P<run_event>" + "|".join(ISSUE_EVENTS)
    + r")之?日)" + _GAP + r"起" + _GAP + r"(?:" + "|".join(TERM_VERBS) + r")" + _GAP
    + r"(?P<run_count>\d{1,2}|[一二两三四五六七八九十]{1,3})" + _GAP + r"(?P<run_unit>年|个月)(?=\s*(?:[。；;，,\n]|$))"
    # 试行两年 · 暂行二年 (after 本办法自…起施行,)
    + r"|(?:" + "|".join(TERM_VERBS) + r")" + _GAP + r"(?P<trial_count>\d{1,2}|[一二两三四五六七八九十]{1,3})" + _GAP + r"(?P<trial_unit>年|个月)"
    + r"(?=\s*(?:[。；;，,\n]|$))"
    # an information table's label: 失效日期 | 2024-12-31 · 有效期至：2025年12月31日 · 废止时间: 2020-01-23
    + r"|(?P<label>失效(?:日期|时间)|废止(?:日期|时间)|有效期至)[\s:：|】\]]{0,6}(?P<label_date>" + LABEL_DATE + ")"
    # the day it stops: 自2026年1月1日起停止执行 · 自一百年一月一日停止适用 (its last day the day before) ·
    # 至2027年12月31日废止 · 2025年12月31日废止 (that day its last)
    # (on one line, and not a label: 生效时间: 2019-12-30\n废止时间: …)
    + r"|(?:(?P<stop_from>自|从)|至|到|于)?" + _LINE_GAP + r"(?P<stop>" + WRITTEN_DATE + r")" + _LINE_GAP
    + r"(?:(?P<stop_rise>起)|止)?" + _LINE_GAP + r"(?:" + "|".join(STOP_VERBS) + r")(?![的之日时])"
)
# 有效期5年，自2021年3月1日起计算 · 有效期自印发之日起计算 · 试行期为二年，自2021年1月1日起至2022年12月31日止:
# where the period starts, when said.
COUNTED_FROM_RE = compiled_later(
    r"[，,]?" + _GAP + r"(?:有效期)?自" + _GAP + r"(?:(?P<date>" + WRITTEN_DATE + r")|(?P<event>"
    + "|".join(ISSUE_EVENTS + ("施行", "实施")) + r")之日)" + _GAP
    + r"起(?:计算|计|算起|" + _GAP + r"至" + _GAP + r"(?P<until>" + WRITTEN_DATE + "|" + YEAR_END + r")(?:" + _GAP + r"止)?)"
)

# The words every statement holds, and how far before and after them it may begin and end: the
# patterns are tried only around these (their optional openings would make ``finditer`` try them at
# every character of a long text). The words are plain alternatives, which ``re`` scans fast; what
# must stand next to them is checked at each one (``_keeps_effective``, ``_keeps_expiry``).
EFFECTIVE_WORDS = compiled_later("|".join(IN_FORCE_VERBS))
# before the verb: 起施行, 开始实施, 30日后施行, 2013年11月18日 施行, 现予公布施行; or a label 实施日期
BEFORE_EFFECTIVE_VERB = compiled_later(r"(?:起|开始|后|[日号止]|公布|发布|印发)\s{0,3}(?:正式)?$")
EXPIRY_WORDS = compiled_later(r"有效期|试行期|暂行期|实施期|执行期|施行期|有效时间|试行|暂行|执行|实施|施行|失效|废止|停止|止")
STOP_WORDS = ("失效", "废止", "停止")
# before a stop verb, the day it stops: 2026年1月1日起停止执行 · 一百年一月一日停止适用 · …31日止废止
BEFORE_STOP_VERB = compiled_later(r"[日号](?:\s{0,3}[起止])?\s{0,3}(?:自动)?$")
PERIOD_WORDS = ("有效期", "试行期", "暂行期", "实施期", "执行期", "施行期", "有效时间")
# after 试行: 两年 · after 执行/实施/施行: 至2025年…, (为)2021年…至… · after 失效/废止: a label's 日期
AFTER_EXPIRY_WORD = {
    "试行": compiled_later(r"\s{0,3}(?:[\d一二两三四五六七八九十]|至|到)"),
    "执行": compiled_later(r"\s{0,3}(?:为|是|[:：])?\s{0,3}(?:至|到|截至|截止|[—－~～]|自|(?:19|20)\d\d|[〇零○一二]{4})"),
    "失效": compiled_later(r"(?:日期|时间)"),
}
AFTER_EXPIRY_WORD.update({"实施": AFTER_EXPIRY_WORD["执行"], "施行": AFTER_EXPIRY_WORD["执行"],
                          "废止": AFTER_EXPIRY_WORD["失效"], "暂行": AFTER_EXPIRY_WORD["试行"]})
# after the 止 that closes a bounded period, its verb: 自…起至…止执行 · …止有效
AFTER_SPAN_END = compiled_later(r"\s{0,3}(?:" + "|".join(SPAN_VERBS) + ")")
LABEL_WORDS = ("日期", "时间")
EFFECTIVE_REACH = (50, 45)  # 自 二○○九 年 七 月 一 日 起 施行 · 实施日期 | 2019-12-30
EXPIRY_REACH = (32, 70)  # 自 二○二六 年 一 月 一 日 起停止执行 · 有效期自2021年1月1日起至2025年12月31日止


def _keeps_effective(text: str, word: re.Match) -> bool:
    return (BEFORE_EFFECTIVE_VERB.search(text, max(0, word.start() - 8), word.start()) is not None
            or text.startswith(LABEL_WORDS, word.end()))


def _keeps_expiry(text: str, word: re.Match) -> bool:
    if word.group() in STOP_WORDS and BEFORE_STOP_VERB.search(text, max(0, word.start() - 8), word.start()):
        return True
    if word.group() == "止":
        return AFTER_SPAN_END.match(text, word.end()) is not None
    after = AFTER_EXPIRY_WORD.get(word.group())
    return word.group() in PERIOD_WORDS or (after is not None and after.match(text, word.end()) is not None)


def _around(pattern: re.Pattern, words: re.Pattern, keeps, text: str, reach: tuple[int, int]) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` gives, tried only within ``reach`` of the ``words``
    that ``keeps`` keeps."""
    done = 0  # matches end before it
    for word in words.finditer(text):
        if not keeps(text, word):
            continue
        low, high = max(done, word.start() - reach[0]), min(len(text), word.end() + reach[1])
        for candidate in pattern.finditer(text, low, high):
            # matched again on the whole text: the window's end must not stand in for the text's
            found = pattern.match(text, candidate.start())
            if found is not None and found.start() >= done:
                done = found.end()
                yield found


# --- dates --------------------------------------------------------------------------------------------


def _own_date(event: Optional[str], signed: Optional[str], printed: Optional[str]) -> Optional[date]:
    """The day 印发之日 (printed, else signed) or 发布/公布之日 (signed, else printed) names."""
    order = (printed, signed) if event == "印发" else (signed, printed)
    for value in order:
        if value:
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return None


# A publication note right before a relative statement, whose day it is (中華民國107年11月28日…令制定公布全文
# 十三條,自公布日施行 · (2002年10月14日市人民政府令第46号公布,自公布之日起施行) · 1990年1月1日 国家统计局令第1号
# 发布  自发布之日施行): what follows the note's last date up to the statement. Not a meeting's or an approval's
# day (2021年3月5日市政府常务会议通过，现予发布 · 1989年9月30日 国务院批准), nor another document's note before the
# statement's own subject (二、《X》(2018年11月23日…令第8号发布)\n本决定自公布之日起施行).
WRITTEN_DATE_RE = compiled_later(WRITTEN_DATE)
PUBLISHED_AFTER_DATE_RE = compiled_later(r"(?:(?!通过|会议|审议|批准)[^。！!？?《》]){0,60}?(?:公布|发布|颁布)[^。！!？?《》)）\n本]{0,16}$")
PUBLISHED_ON_REACH = 110


def _published_on(folded: str, start: int, event: str, republic: bool) -> Optional[date]:
    """The day a publication note before ``start`` gives, for a statement counting from 公布/发布."""
    if event not in ("公布", "发布", "颁布"):
        return None
    dates = list(WRITTEN_DATE_RE.finditer(folded, max(0, start - PUBLISHED_ON_REACH), start))
    last = dates[-1] if dates else None
    if last is None or PUBLISHED_AFTER_DATE_RE.match(folded, last.end(), start) is None:
        return None
    return parse_date(last.group(), republic)


# A rule's publication as its head prints it, a line of its own among the history lines above its text
# (1987年11月10日 公安部发布 · 1987年4月1日 国务院发布): the day 自公布之日起施行 at its end counts from when no
# note stands before the statement and the document has no date of its own. The first such line is the
# rule's first publication, which its own articles speak of; later lines are its amendments.
# (…会议通过2006年1月11日 最高人民法院公告公布2006年1月23日 施行: the entries run together on one line, the line
# read from an entry's end to the next entry's date). The issuers may be several, joined by 、 (…国务院、中华人民共和国
# 中央军事委员会令第194号发布 · 监察部、人事部、中国人民银行、海关总署、国家外汇管理局令第7号发布: room for a joint decree's
# names) or one to a line (1984年1月7日 国务院⏎⏎中央军委发布: a line break, or a blank line as between the head's
# entries, followed by a name, not by the next entry's date nor the head's end), or none (1982年9月20日 发布); a
# note may trail on the line (…国家外汇管理局发布  根据…, its rest lost).
ISSUER_LINE_BREAK = r"\n(?:[^\S\n]*\n)?(?=[^\S\n]*[^\s\d<#])"
HEAD_PUBLICATION_RE = compiled_later(r"(?:^|\n|" + HISTORY_ENTRY_END + r")[^\S\n]*(?P<date>" + WRITTEN_DATE + r")[^\S\n]+"
                                 r"(?:(?!通过|批准)(?:[^\n《》，,。；;]|" + ISSUER_LINE_BREAK + r")){0,80}?(?:公布|发布|颁布)"
                                 r"[^\S\n]*(?:根据[^\n]*)?(?=\n|" + WRITTEN_DATE + ")")
HEAD_CHARS = 400


def _published_in_head(folded: str, event: str, republic: bool) -> Optional[date]:
    """The day of the first publication line in the head of ``folded``, for a statement counting from 公布/发布."""
    if event not in ("公布", "发布", "颁布"):
        return None
    line = HEAD_PUBLICATION_RE.search(folded, 0, HEAD_CHARS + 1)
    return parse_date(line["date"], republic) if line else None


# --- finding ------------------------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _issues_itself(folded: str) -> tuple[bool, bool]:
    """(whether the text issues a document itself, so that a 《title》 may be its own: ISSUES_ITSELF_RE; whether a
    bare name may be its own: no 印发《…》 of another's), for ``about_itself``. Two scans of the whole text, made once a
    text (the effective and the expiry statements both ask), and only when a statement asks."""
    return ISSUES_ITSELF_RE.search(folded) is not None, ISSUED_TITLE_RE.search(folded) is None


def _effective(text: str, folded: str, signed: Optional[str], printed: Optional[str],
               republic: bool = False) -> Iterator[LifecycleStatement]:
    for match in _around(EFFECTIVE_RE, EFFECTIVE_WORDS, _keeps_effective, folded, EFFECTIVE_REACH):
        if match["label"]:
            day = parse_date(match["label_date"], republic)
            yield _statement(text, match, "effective", day)
            continue
        before = sentence_before(folded, match.start())
        if match["date3"] and not in_history_run(folded, match.start()):
            continue
        if not (match["today"] or match["date3"]) and not about_itself(before, *_issues_itself(folded)):
            continue
        if in_row_cell(folded, before, match.end()):
            continue
        written = match["date"] or match["date2"] or match["date3"]
        if written:
            yield _statement(text, match, "effective", parse_date(written, republic))
        elif match["event"]:
            anchor = (_published_on(folded, match.start(), match["event"], republic)
                      or _own_date(match["event"], signed, printed)
                      or _published_in_head(folded, match["event"], republic))
            count, unit = to_int(match["count"]), match["unit"]
            period = f"{count} {PERIOD_UNITS[unit]}" if count and unit else None
            day = anchor and (add_period(anchor, count, PERIOD_UNITS[unit]) if period else anchor)
            yield _statement(text, match, "effective", day, anchor="issued", period=period)
        else:  # 自即日起, 现予公布施行: the day it was issued
            anchor = _own_date("印发" if "印发" in match["today"] else None, signed, printed)
            yield _statement(text, match, "effective", anchor, anchor="issued")


def _expiry(text: str, folded: str, effective: Optional[date], signed: Optional[str],
            printed: Optional[str], republic: bool = False) -> Iterator[LifecycleStatement]:
    for match in _around(EXPIRY_RE, EXPIRY_WORDS, _keeps_expiry, folded, EXPIRY_REACH):
        if match["label"]:
            yield _statement(text, match, "expiry", parse_date(match["label_date"], republic))
            continue
        before = sentence_before(folded, match.start())
        if FOREIGN_VALIDITY.search(before) or not _expiry_about_itself(before, *_issues_itself(folded)):
            continue
        if in_row_cell(folded, before, match.end()):
            continue
        until = match["until"] or match["span_until"] or match["run_until"]
        if until:
            yield _statement(text, match, "expiry", parse_date(until, republic))
            continue
        if match["until_year"]:  # 实施期限为2021—2025年: the last year's end
            yield _statement(text, match, "expiry", date(int(match["until_year"]), 12, 31))
            continue
        if match["stop"]:  # 自…(起)停止执行: its last day the day before; 至…废止, …废止: that day
            stops = parse_date(match["stop"], republic)
            rises = match["stop_from"] or match["stop_rise"]
            yield _statement(text, match, "expiry", day_before(stops) if rises else stops)
            continue
        count = to_int(match["count"] or match["trial_count"] or match["count2"] or match["run_count"])
        unit = PERIOD_UNITS[match["unit"] or match["trial_unit"] or match["unit2"] or match["run_unit"]]
        end = match.end()
        start, anchor = effective, "effective"
        counted = COUNTED_FROM_RE.match(folded, end) if not (match["count2"] or match["run_count"]) else None
        if match["run_from"]:  # 自2021年1月1日起试行两年: from the day it says
            start, anchor = parse_date(match["run_from"], republic), None
        elif match["run_event"]:
            start, anchor = _own_date(match["run_event"], signed, printed), "issued"
        elif match["from_date"]:
            start, anchor = parse_date(match["from_date"], republic), None
        elif match["from_event"] and match["from_event"] not in ("施行", "实施"):
            start, anchor = _own_date(match["from_event"], signed, printed), "issued"
        if counted:
            end = counted.end()
            if counted["date"]:
                start, anchor = parse_date(counted["date"], republic), None
            elif counted["event"] not in ("施行", "实施"):
                start, anchor = _own_date(counted["event"], signed, printed), "issued"
        day = add_period(start, count, unit) - timedelta(days=1) if start and count else None
        if counted and counted["until"]:  # 自2021年1月1日起至2022年12月31日止: the last day, as written
            day = parse_date(counted["until"], republic)
        yield _statement(text, match, "expiry", day, anchor=anchor, period=f"{count} {unit}", end=end)


def _expiry_about_itself(before: str, titles_own: bool = True, bare_names_own: bool = True) -> bool:
    """Whether a validity period whose sentence begins with ``before`` is the document's own: its
    clause is the document's name or empty (本办法有效期5年 · 本办法自…起施行，有效期5年 · 有效期5年。),
    and an empty one follows the document's effective statement or nothing. Not a licence's or a
    registration's (延续执业注册有效期为5年, 《…许可证》有效期为5年)."""
    earlier, clause = split_last_clause(before)
    if OWN_NAME_CLAUSE_RE.match(clause) or ORDER_NOTE_RE.search(clause):
        return True
    if not ELIDED_SUBJECT.match(clause):
        return False
    if ELIDED_SUBJECT.match(earlier) is not None or trial_marked(earlier):
        return True
    # the effective statement it follows must be the document's own (not 官方正文规定自发布之日起施行，有效期五年,
    # nor 某局印发《X》，政策自…起施行，有效期至…)
    effective = EFFECTIVE_RE.search(earlier)
    return effective is not None and bool(effective["today"] or effective["date3"] or effective["label"]
                                          or about_itself(earlier[:effective.start()], titles_own, bare_names_own))


def _statement(text: str, match: re.Match, kind: str, day: Optional[date], anchor: Optional[str] = None,
               period: Optional[str] = None, end: Optional[int] = None) -> LifecycleStatement:
    end = match.end() if end is None else end
    start = match.start()
    while start < end and text[start].isspace():
        start += 1
    return LifecycleStatement(text=text[start:end], start=start, end=end, kind=kind,
                              date=day.isoformat() if day else None, anchor=anchor, period=period)


def find_lifecycle(text: str, signed_date: Optional[str] = None,
                   printed_date: Optional[str] = None) -> list[LifecycleStatement]:
    """Every statement of when the document takes effect or expires, in text order, dates resolved
    against its own dates (``signed_date``, ``printed_date``: ISO) where they are relative."""
    if not isinstance(text, str) or not text:
        return []
    folded = fold(text)  # matched in simplified characters; offsets are the text's
    republic = republic_calendar(folded)  # its short years (90年) are the Republic's
    effective = list(_effective(text, folded, signed_date, printed_date, republic))
    own = own_effective(effective)
    first_day = date.fromisoformat(own.date) if own and own.date else None
    expiry = list(_expiry(text, folded, first_day, signed_date, printed_date, republic))
    return sorted(effective + expiry, key=lambda s: s.start)


# A regulation's history line (2022年1月1日 施行) and an article that writes its own day (本规定自2018年1月1日起施行):
# in an amended rule's text the history line is the amended version's day, after its adoption and amendment
# lines; the article is the rule's own. Not an article counting from its publication (自公布之日起施行), whose
# day the history line states better.
HISTORY_STATEMENT_RE = compiled_later(r"^(?:" + WRITTEN_DATE + r")[^\S\n]*(?:起)?(?:施行|实施|生效)[^\S\n]*$")
WRITTEN_DAY_STATEMENT_RE = compiled_later(r"^(?:自|从|于)" + _GAP + r"(?:" + WRITTEN_DATE + ")")


def own_effective(statements: list[LifecycleStatement]) -> Optional[LifecycleStatement]:
    """The effective statement that gives the document's day: the first with a date, unless that is a
    history line and an article writes its day (else the first statement, undated)."""
    found = [s for s in statements if s.kind == "effective"]
    dated = [s for s in found if s.date]
    if dated and HISTORY_STATEMENT_RE.match(dated[0].text):
        written = next((s for s in dated if WRITTEN_DAY_STATEMENT_RE.match(s.text)), None)
        if written is not None:
            return written
    return dated[0] if dated else (found[0] if found else None)


# An expiry statement that extends the document's term (有效期延长至2025年12月31日, 顺延至…): the term it
# gives replaces the one said before it.
EXTENDED_RE = compiled_later(r"延长|顺延|延续")


def document_lifecycle(statements: list[LifecycleStatement]) -> dict:
    """The lifecycle columns of ``documents`` from a document's statements: the effective statement
    ``own_effective`` picks, and the first expiry with a date (else the first one), unless a later one
    extends the term (the last extension with a date then)."""
    columns = {}
    for kind in ("effective", "expiry"):
        found = [s for s in statements if s.kind == kind]
        extended = [s for s in found if s.date and kind == "expiry" and EXTENDED_RE.search(s.text)]
        if kind == "effective":
            chosen = own_effective(found)
        else:
            chosen = extended[-1] if extended else next((s for s in found if s.date), found[0] if found else None)
        columns[f"{kind}_date"] = chosen.date if chosen else None
        columns[f"{kind}_text"] = chosen.text if chosen else None
    return columns


EXAMPLES = {
    "EFFECTIVE_RE": Examples(
        match=("自2020年1月1日起至2021年12月31日止执行", "自2022年1月1日起执行至2024年12月31日。", "自2021年1月1日起施行。", "自印发之日起施行", "自发布之日起30日后施行", "自二○○九年七月一日起施行。",
               "自公布之日起生效。", "现予公布施行", "现发布《条例》，自\n发布之日起施行", "自即日起执行", "实施日期 | 2019-12-30", "2020年3月1日起实施，",
               "2013年11月18日 施行\n", "第七次会议通过2018年12月1日 施行\n", "至发布之日起施行", "自发布之日起执行如有政策变化", "自颁布之日起实行,",
               "自2021年1月1日起试行两年。",
               "并自发布日施行", "自公布日施行快速回到页首", "并自90年1月1日起实施", "生效日期:2018年03月27\n", "实施日期:20020401 "),
        no_match=("自2003年9月1日起,全市禁止生产实心粘土砖", "自2021年1月1日起施行的《条例》", "自本法施行之日起",
                  "自2021年1月1日起执行新标准", "签署第49号主席令予以公布实施", "自2021年1月1日起施行之日")),
    "EXPIRY_RE": Examples(
        match=("有效期5年", "有效期为五年", "有效期至2025年12月31日", "有效期至2025年底", "试行期两年",
               "有效期为2021年1月1日至2025年12月31日", "有效期：2021年1月1日—2025年12月31日", "执行至2025年12月31日",
               "有效期自2021年1月1日起至2025年12月31日止", "失效日期：2024-12-31", "试行两年。", "废止时间: 2020-01-23",
               "有效期暂定3年", "有效期延长至2025年12月31日", "有效期自2021年1月1日起计算，有效期5年", "有效期自印发之日起5年",
               "自2026年1月1日起停止执行", "自 一百年一月一日停止适用", "至2027年12月31日废止", "试行期限为两年",
               "施行期为三年", "暂行期限为两年", "自2021年1月1日起试行两年。", "自发布之日起暂行二年，", "暂行二年。",
               "自2020年1月1日起至2021年12月31日止执行", "自2022年1月1日起执行至2024年12月31日", "实施期限为2021—2025年"),
        no_match=("有效期满", "有效期可以延长", "发给有效期五年的居民身份证", "有效期内", "2021年1月1日废止的《X》",
                  "到期后自动失效", "实施期限为2021—2025年底前", "自2021年1月1日起至12月31日开展", "施行期间",
                  "试行期满", "暂行办法", "自2021年1月1日起试行5年规划",
                  "自2021年1月1日起至2021年12月31日止实施专项行动")),
    "COUNTED_FROM_RE": Examples(match=("，自2021年3月1日起计算", "自印发之日起计算", "，自2021年1月1日起至2022年12月31日止"),
                                no_match=("自2021年起", "自2021年1月1日起施行")),
    "ISSUED_NOW_RE": Examples(match=("现予公布", "现发布", "自即日起"), no_match=("予以公布",)),
    "HISTORY_LINE_RE": Examples(match=("2018年7月30日 最高人民法院审判委员会第1745次会议", " 1988年9月27日 国务院令第17号发布"),
                                no_match=("根据司法实践情况", "第二十条 本解释自公布之日起施行")),
    "HISTORY_STATEMENT_RE": Examples(match=("2022年1月1日 施行", "2013年11月18日施行"), no_match=("自2018年1月1日起施行", "2022年1月1日 施行的规定")),
    "WRITTEN_DAY_STATEMENT_RE": Examples(match=("自2018年1月1日起施行", "于2021年4月15日施行"), no_match=("自公布之日起施行", "2022年1月1日 施行")),
    "EXTENDED_RE": Examples(match=("有效期延长至2025年12月31日", "顺延至"), no_match=("有效期至2025年12月31日",)),
    "SPAN_VERBS": Examples(match=("执行", "有效"), no_match=("废止",)),
    "AFTER_SPAN_END": Examples(match=("执行", " 有效"), no_match=("。", "日")),
    "STOP_VERBS": Examples(match=("停止执行", "失效", "废止"), no_match=("施行",)),
    "STOP_WORDS": Examples(match=("失效", "停止"), no_match=("有效期",)),
    "BEFORE_STOP_VERB": Examples(match=("2026年1月1日起", "一月一日", "31日止", "1日起自动"), no_match=("到期后自动", "予以")),
    "WRITTEN_DATE_RE": Examples(match=("2021年1月1日", "中华民国107年11月28日", "90年1月1日"), no_match=("1月1日", "2021年")),
    "PUBLISHED_AFTER_DATE_RE": Examples(match=("市人民政府令第46号公布,", "总统令制定公布全文十三条,", " 国家统计局令第1号发布  "),
                                        no_match=("令第8号发布)\n本决定", " 国务院批准\n")),
    "HEAD_PUBLICATION_RE": Examples(match=("1987年11月10日 公安部发布\n", "\n2015年11月26日 中华人民共和国国务院令第663号公布\n",
                                           "会议通过2006年1月11日 最高人民法院公告公布2006年1月23日 施行",
                                           "\n1996年1月29日 中华人民共和国国务院、中华人民共和国中央军事委员会令第194号发布　\n",
                                           "\n1984年1月7日 国务院\n\n中央军委发布\n", "\n1982年9月20日 发布\n",
                                           "\n1987年8月27日 国家外汇管理局发布  根据\n"),
                                    no_match=("\n1981年10月13日 国务院批准\n\n文化部\n\n海关总署发布\n",
                                              "\n2001年1月1日 某某会\n\n\n\n某局发布\n", "2016年1月1日 施行\n",
                                              "2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订\n")),
    "EFFECTIVE_WORDS": Examples(match=("施行", "实施日期"), no_match=("印发",)),
    "BEFORE_EFFECTIVE_VERB": Examples(match=("自2021年1月1日起", "30日后", "2013年11月18日 ", "现予公布"), no_match=("组织",)),
    "EXPIRY_WORDS": Examples(match=("有效期", "试行", "暂行", "施行期", "失效"), no_match=("印发",)),
    "PERIOD_WORDS": Examples(match=("有效期", "试行期", "施行期"), no_match=("试行",)),
    "TERM_NOUNS": Examples(match=("有效期限", "试行期限", "暂行期", "施行期"), no_match=("有效时间", "试用期")),
    "TERM_VERBS": Examples(match=("试行", "暂行"), no_match=("施行",)),
    "TERM_AFTER_VERB_RE": Examples(match=("两年。", "6个月，"), no_match=("5年规划", "三年行动")),
    "AFTER_EXPIRY_WORD": Examples(match=("试行", "执行", "失效"), no_match=("有效期",)),
    "LABEL_WORDS": Examples(match=("日期", "时间"), no_match=("期限",)),
    "NEW_CLAUSE_WORDS": Examples(match=("如有政策变化", "凡与本办法不一致的", "有效期5年"), no_match=("如下规定", "新标准")),
    "ISSUE_EVENTS": Examples(match=("印发", "发布", "公布"), no_match=("施行",)),
    "IN_FORCE_VERBS": Examples(match=("施行", "实施", "生效", "实行", "暂行"), no_match=("完成",)),
    "PERIOD_UNITS": Examples(match=("年", "个月", "日"), no_match=("周",)),
}
