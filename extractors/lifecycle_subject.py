"""Whose statement a lifecycle statement is (``extractors.lifecycle``): the document's own, or another's.

    本办法自2021年1月1日起施行 · 第七十六条 本指引自颁布之日起施行        the document's own (its name opens it)
    现予公布，自2009年7月1日起施行 · 自…起施行。 (no subject)            a decree's, or the sentence's own
    （2002年10月14日市人民政府令第46号公布，自2002年11月15日起施行）       a rule's own publication note
    根据2021年1月1日起施行的《X》 · 某局印发《X》，政策自…起施行           another document, cited or reported
    居民身份证的有效期为十年 · 许可证有效期为5年                            something the document regulates
"""

from __future__ import annotations


from .lazy_patterns import compiled_later
from .lifecycle_dates import GAP, WRITTEN_DATE
from .vocab import Examples

_GAP = GAP

# A decree's words issuing the document it precedes: 现予公布, 现予以公布, 现予发布, 现发布《X》, 现公布《X》,
# 予以公布 (国务院令: 现发布《…条例》，自发布之日起施行).
DECREE_WORDS = r"现(?:予以|予)?(?:公布|发布|印发)|予以公布"
DECREE_RE = compiled_later(DECREE_WORDS)

# --- whose statement ---------------------------------------------------------------------------------

# The document named as the subject of its own statement: 本办法, 本法, 本通知, 本实施细则, 此办法 … or a 《title》.
# A qualifier may stand before the kind (本管理办法, 本补充通知, 本工作方案, 本实施细则); not a place or
# time (本市, 本月), which no kind follows.
OWN_NAME_QUALIFIERS = ("实施", "暂行", "试行", "管理", "补充", "工作", "操作", "具体", "专项")
# 上述/以上 point back at the document's own provisions, a noun phrase between (上述失业保险金支付标准).
OWN_NAME = (r"(?:(?:以上|上述|前述)[^\s，,。；;：:《》]{0,12}?(?:政策|措施|规定|条款|标准)|[本此](?:" + "|".join(OWN_NAME_QUALIFIERS)
            + r"){0,2}(?:法律|法|办法|通知|规定|细则|意见|方案|条例|决定|规则|规程|公告|通告|制度|准则|"
            r"规范|指南|指引|章程|守则|措施|政策|文件|令|标准|目录|清单|要点|计划|规划|批复|函|解释|规章|修正案|决议|通报|纲要|条款))")
# The kinds a document's bare name ends with, when a record or a site's summary opens with it (政策自2018年1月1日起执行 ·
# 武汉市促进人工智能产业发展若干政策措施，自2025年3月19日起施行): its title without 本 or 《》. Only kinds that are
# no verbs: 规定, 通知, 决定 open reports too (官方正文规定自发布之日起施行 · 会议决定自…起).
BARE_NAME_KINDS = ("政策措施", "政策", "措施", "办法", "细则", "意见", "方案", "条例", "公告", "通告", "指引")
# A sentence opening with such a name and nothing else (no verb that reports another's act: 印发, 出台 …).
BARE_NAME_SUBJECT_RE = compiled_later(r"^\s*(?![^，,]*?(?:印发|出台|发布|公布|制定|通过|根据|按照|依据|该|记者|转发|已))"
                                  r"[^\s，,。；;：:《》“”]{0,60}?(?:" + "|".join(BARE_NAME_KINDS) + r")\s*[，,]?\s*$")
OWN_SUBJECT_RE = compiled_later(OWN_NAME + r"|《[^《》\n]{1,100}》")
# A clause that is nothing but the document's name (本办法, 本办法的, 第三十五条 本条例), or that opens with it.
# An article's or item's label before it: 第三十五条, 九、, （三）.
ITEM_LABEL = r"(?:第[一二三四五六七八九十百零〇\d]{1,5}条|[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?"
OWN_NAME_CLAUSE_RE = compiled_later(r"^\s*" + ITEM_LABEL + r"\s*" + OWN_NAME + r"(?:的)?\s*$")
OPENS_WITH_SUBJECT_RE = compiled_later(r"^\s*" + ITEM_LABEL + r"\s*(?:" + OWN_SUBJECT_RE.pattern + ")")
OPENS_WITH_OWN_NAME_RE = compiled_later(r"^\s*" + ITEM_LABEL + r"\s*" + OWN_NAME)
# A document named as issued by an act (…管委会发布了《X》 · 关于印发《X》的通知): in a text that names one, a bare
# name (政策自发布之日起施行) may be that document's, so it opens no statement of the text's own.
ISSUED_TITLE_RE = compiled_later(r"(?:发布|印发|出台|公布|制定|颁布)了?《")
# A text that issues a document itself (a covering notice, a decree): only there is a 《title》 that opens a
# statement the document's own (《X》已经…通过，现予公布 · 现将《X》印发给你们…《X》自…起施行). An article or
# a report naming 《X》自…起施行 reports another's act.
ISSUES_ITSELF_RE = compiled_later(r"现将|(?:印发|下发|转发|发)给你们|印发给|" + DECREE_WORDS + r"|请(?:认真)?(?:遵照|贯彻)?(?:执行|落实)"
                              r"|已经[^。；;\n]{0,40}?(?:通过|同意|批准)")
CLAUSE_BREAK = compiled_later(r"[，,：:]")
SENTENCE_BREAK = compiled_later(r"[。；;！!？?\n]")
# Before 有效期 in its sentence, words that make it another thing's validity: 居民身份证的有效期,
# 证件有效期, 许可证件的有效期.
FOREIGN_VALIDITY = compiled_later(r"(?:的|证|证件|证书|执照|许可|资格|批复|合同|协议|承诺|资质|备案)" + _GAP + r"$")
# A subject named in the sentence that is another document cited for what it says: 根据《X》,
# 按照2021年1月1日起施行的《X》.
CITED_SUBJECT = compiled_later(r"(?:根据|依据|按照|依照|贯彻|落实|参照)")
# The only words that may stand before a statement without a subject: 并, 此, 同时, 另; or the bracket
# a note opens with (（2024年2月18日起施行，有效期至2029年2月17日）上海市…的意见: a title as a site prints it).
ELIDED_SUBJECT = compiled_later(r"^[\s　,，并此同时另外（(\[【]*$")
# What a publication note's verb may have published, right after it: the whole text (全文十三条), the
# articles an amendment changed (本次修正条文, 修正条文), or some of them (第三点、第四点): 令发布本次修正条文自…施行.
PUBLISHED_OBJECT = r"(?:全文|(?:本\s*次\s*)?修正条文|第[一二三四五六七八九十百零〇\d]{1,5}[条点])"
PUBLISHED_OBJECT_RE = compiled_later(PUBLISHED_OBJECT)
# A rule's own note of its publication, before its effective day in the same sentence:
# (2002年10月14日市人民政府令第46号公布，自2002年11月15日起施行).
# (…令制定公布全文十三条,自公布日施行: the count of its articles after the verb)
# (…由行政院以命令定之 中华民国九十年十二月十七日…令发布本次修正条文自…施行: a history's entries run on one
# line, the note starting after the last word of the entry before and a space; not after a list row's
# number: 2 (2019年12月12日市政府令第2号公布  自2020年1月12日起施行) is another rule's row)
PUBLICATION_NOTE_RE = compiled_later(r"(?:^|(?<=[^\W\d_][^\S\n]))[\s（(\[【]*(?:" + WRITTEN_DATE + r")[^，,。；;\n《》]{0,60}?(?:公布|发布|颁布|通过|批准)"
                                 r"(?:" + PUBLISHED_OBJECT + r"[^，,。；;\n《》]{0,12})?\s*[，,]?\s*$")
# A table's cell: what follows a statement on its line runs into the cell's border (自2019年7月11日起实施,
# 有效期5年 |). A statement there whose sentence names no document is its row's document's: the table
# lists documents, each with its own term (a cleanup list's 有效期 column), not the list's own.
CELL_END_RE = compiled_later(r"[^\n|｜]{0,40}[|｜]")
# An order of the issuing body, in a rule's history, before the day it ends that rule
# (中華民國九十九年十二月二十八日法務部…號函自一百年一月一日停止適用).
ORDER_NOTE_RE = compiled_later(r"(?:" + WRITTEN_DATE + r")[^。；;\n《》]{0,60}?号?\s*(?:令|函)\s*$")
# The trial mark a document's name or kind carries, its term in the same brackets: 行政规范性文件（试行，试行期两年）
# · 办法（暂行，有效期3年）: the term is the marked document's own. Not inside a cited title (《X办法（试行，…》).
TRIAL_MARK_RE = compiled_later(r"[（(]\s*(?:试行|暂行)\s*[，,]?\s*$")


def trial_marked(earlier: str) -> bool:
    """Whether the clauses before a subjectless term end with a trial mark's open bracket outside a 《title》."""
    return TRIAL_MARK_RE.search(earlier) is not None and earlier.count("《") <= earlier.count("》")


MAX_SENTENCE_LOOKBACK = 120


def sentence_before(text: str, start: int) -> str:
    floor = max(0, start - MAX_SENTENCE_LOOKBACK)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, floor, start)]
    return text[breaks[-1] if breaks else floor:start]


def split_last_clause(before: str) -> tuple[str, str]:
    """``before`` (a sentence up to a statement) as (its earlier clauses, its last clause)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    cut = breaks[-1] if breaks else 0
    return before[:cut], before[cut:]


def opens_with_subject(clause: str, titles_own: bool) -> bool:
    """Whether ``clause`` opens with the document's name: 本办法 …, or a 《title》 where ``titles_own``."""
    return (OPENS_WITH_SUBJECT_RE if titles_own else OPENS_WITH_OWN_NAME_RE).match(clause) is not None


def about_itself(before: str, titles_own: bool = True, bare_names_own: bool = True) -> bool:
    """Whether an effective statement whose sentence begins with ``before`` is about the document
    itself: its clause opens with the document's name (本办法, 第三十五条 本条例, a title: its own, or
    the one it issues) or has no subject, the sentence then having none either or being a decree's
    (《X》已经…通过，现予公布，自…起施行). Not a clause of another subject (根据《X》…, 具备本条例规定
    条件的…), nor another document cited for what it says."""
    if CITED_SUBJECT.search(before):
        return False
    earlier, clause = split_last_clause(before)
    if not ELIDED_SUBJECT.match(clause):
        # the clause may be the rule's own note itself, its day after a space: (…会议通过 1994年2月1日起施行);
        # or the document's bare name opening the sentence (政策自2018年1月1日起执行)
        return (opens_with_subject(clause, titles_own) or PUBLICATION_NOTE_RE.search(clause) is not None
                or (bare_names_own and ELIDED_SUBJECT.match(earlier) is not None
                    and BARE_NAME_SUBJECT_RE.match(clause) is not None))
    return (ELIDED_SUBJECT.match(earlier) is not None or DECREE_RE.search(earlier) is not None
            or opens_with_subject(earlier, titles_own) or PUBLICATION_NOTE_RE.search(earlier) is not None
            or (bare_names_own and BARE_NAME_SUBJECT_RE.match(earlier) is not None))


def in_row_cell(folded: str, before: str, end: int) -> bool:
    """Whether a statement ending at ``end``, whose sentence begins with ``before``, is a table cell's
    with no document named before it: its row's document's term, not this document's."""
    return CELL_END_RE.match(folded, end) is not None and OWN_SUBJECT_RE.search(before) is None


EXAMPLES = {
    "TRIAL_MARK_RE": Examples(match=("备注: 行政规范性文件（试行，", "管理办法(暂行"), no_match=("试行", "本办法自2021年1月1日起试行")),
    "ORDER_NOTE_RE": Examples(match=("中华民国九十九年十二月二十八日法务部法矫字第 0990904201 号函", "2020年1月1日市政府令"),
                              no_match=("根据2021年1月1日起施行的《条例》",)),
    "DECREE_RE": Examples(match=("现予公布", "现予以公布", "现发布", "现公布", "予以公布"), no_match=("现将", "发布之日")),
    "BARE_NAME_KINDS": Examples(match=("政策", "办法", "政策措施"), no_match=("规定", "通知", "决定")),
    "BARE_NAME_SUBJECT_RE": Examples(match=("政策", "武汉市促进人工智能产业发展若干政策措施，"),
                                     no_match=("深圳市工业和信息化局印发《X》，政策", "官方正文规定", "会议决定", "该办法")),
    "OPENS_WITH_OWN_NAME_RE": Examples(match=("本办法", "第七十六条 本指引", "上述失业保险金支付标准"), no_match=("《X办法》",)),
    "ISSUED_TITLE_RE": Examples(match=("贵阳国家高新区管委会发布了《X》", "关于印发《X》的通知"), no_match=("现将《X》印发给你们",)),
    "ISSUES_ITSELF_RE": Examples(match=("现将《X》印发给你们", "现予公布", "已经市政府同意", "请遵照执行"),
                                 no_match=("深圳市工业和信息化局印发《X》，政策自2026年5月1日起施行",)),
    "OWN_NAME_QUALIFIERS": Examples(match=("管理", "补充"), no_match=("市", "月")),
    "OWN_SUBJECT_RE": Examples(match=("本法", "本办法", "本实施细则", "本指引", "上述失业保险金支付标准", "本决定", "此办法", "本管理办法", "本补充通知", "《东莞市重大危险源安全监督管理办法》"),
                               no_match=("各县", "本月", "本市", "此后")),
    "OWN_NAME_CLAUSE_RE": Examples(match=("本办法", "第三十五条 本条例", "本办法的"), no_match=("延续执业注册", "本条例规定条件的")),
    "OPENS_WITH_SUBJECT_RE": Examples(match=("本解释", "第一百零三条 本法", "《X办法》已经市政府同意", "九、本修正案"),
                                      no_match=("收到申请的卫生主管部门对具备本条例规定条件的",)),
    "CLAUSE_BREAK": Examples(match=("，", ":"), no_match=("、",)),
    "SENTENCE_BREAK": Examples(match=("。", "；", "\n"), no_match=("，",)),
    "FOREIGN_VALIDITY": Examples(match=("居民身份证的", "许可证件的", "证件"), no_match=("本办法", "本通知自印发之日起施行，")),
    "CITED_SUBJECT": Examples(match=("根据", "按照"), no_match=("本办法",)),
    "ELIDED_SUBJECT": Examples(match=("并", " 此", "同时", "（"), no_match=("本办法",)),
    "PUBLISHED_OBJECT_RE": Examples(match=("全文", "本 次修正条文", "修正条文", "第三点"), no_match=("办法", "第一次")),
    "CELL_END_RE": Examples(match=(",有效期5年 |", " |"), no_match=("，有效期5年。", "自2021年1月1日起施行。\n")),
    "PUBLICATION_NOTE_RE": Examples(match=("(2002年10月14日市人民政府令第46号公布", "2010年12月14日省政府第76次常务会议通过",
                                           "(1994年1月17日湖南省第八届人民代表大会常务委员会第六次会议通过 ",
                                           "由行政院以命令定之 中华民国九十年十二月十七日行政院台九十内字第 074237 号令发布本 次修正条文"),
                                    no_match=("根据2021年1月1日起施行的《条例》", "市政府令第2号公布",
                                              "2 (2019年12月12日市政府令第2号公布  ")),
}
