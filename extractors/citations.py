"""References to other documents in a notice's text: by 文号 and by 《title》.

    根据《国务院扶贫开发领导小组关于做好…的通知》（国开发〔2020〕3号）   one citation, title + number, basis
    现将国务院扶贫开发领导小组《关于…的通知》（国开发〔2020〕3号）转发你们   one citation, forwards
    关于转发《国务院扶贫开发领导小组<关于…的通知>》的通知               nested brackets: one title
    认真落实市政府办公厅《A》和市防控办《B》                          two citations, implements
    现将《2020年脱贫攻坚工作要点》印发给你们                          issues
    按照闽政办〔2020〕5号文件                                       number only, basis

Titles are stored without the outer 《》, with inner brackets as written and with spaces and line
breaks removed. A title followed by its 文号 in brackets is one citation covering both. A title
written elsewhere with its 文号 carries that 文号 at every mention. ``以下简称《S》`` after a
citation makes later 《S》 (or “S”) mentions citations of the same document. A 文号 standing alone on
its own line of a longer text is the document's own header number, not a citation.

Repeals and amendments beyond the verb next to a citation — a list's heading for its rows (下列…予以
废止：), a cleanup table's result cell, an article amended in place, a law's history line, a report of
another body's act that only cites — and which document's force changes (``acts_on``) are
``extractors.lifecycle_relations``'.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator, Optional

from schema.models import Citation, DocNumber
# RELATION_PRIORITY and strongest_relation are re-exported for the modules that still import them from
# here (schema.tables, pipeline.evaluate); schema.relations is where they live.
from schema.relations import RELATIONS as RELATION_PRIORITY, strongest_relation  # noqa: F401

from .brackets import CLOSE_BRACKETS, OPEN_BRACKETS, closes_before
from .docnumbers import INVISIBLE_CHARS, find_doc_numbers, normalise_doc_number
from .fold import fold
from .lifecycle_relations import lifecycle_relation, only_cited, reports_on_others, with_list_rows
from .mentions import IMPLEMENTED_AFTER, NOISE_CHARS, Mention as _Mention, clean_title as _clean_title, is_cited_title
from .titles import TITLE_TRAILER, has_document_ending, is_document_title, title_key  # noqa: F401  (re-exported)
from .vocab import Examples

# --- where titles are (which 《…》 name documents: extractors.titles) ---------------------------------

# Where a title written without 《》 cannot reach back past: punctuation, other titles.
BARE_TITLE_BOUNDARY = re.compile(r"[，,。；;！!？?：:\n《》“”]|[）)](?=\s*\d{1,3}[．.、])")
# 《…分解表》（附件1）: a table or form the document attaches, named where it is to be used; not a
# reference to another document (gold/README.md: an attachment only named is not a document).
ATTACHMENT_NOTE = re.compile(r"[^\S\n]*[（(]附件[^\S\n]*[\d一二三四五六七八九十]{0,3}[）)]")
MAX_TITLE_CHARS = 200  # a 《 with no matching 》 within this many characters is not a title
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a title may wrap a line, never a paragraph

# --- how a citation is used -------------------------------------------------------------------------

# The verb right after a citation (or after a list of them) names the relation:
#   现将《X》印发给你们 · 现将…（国开发〔2020〕3号）转发你们 · 《X》已经市政府同意，现印发给你们 ·
#   《X》已经…常务会议审议通过，现予印发                                                     issues, forwards
#   《X》同时废止 · 《X》自2021年1月1日起废止 · 《A》《B》不再执行 · 《X》同时失效                  repeals
#   对《X》作如下修改 · 对《X》部分条款作如下修改 · 根据《决定》第二次修正                           amends
# Not 《X》印发以来, 《X》废止后, 《X》修订工作.
# An upward report submits the document it attaches (《…方案》,经…审议通过,现随文呈报): issues, as 印发 does.
# 现将《X》下发给你们 · 《A》和《B》…现予以下发: 下发 issues what it sends, as 印发 does.
AFTER_VERBS = {"转发": "forwards", "印发": "issues", "呈报": "issues", "呈送": "issues", "下发": "issues"}
AFTER_VERB = re.compile(
    r"\s*(?:[（(][^（）()\n]{0,40}[）)])?"  # （以下简称《方案》）
    r"\s*(?:等(?:文件)?)?"  # 《A》《B》等文件
    r"(?:"
    # 已(报)经市政府同意，现 · ,经…审议通过,现随文 · ,现
    r"(?:[，,]?(?:已)?报?经[^，,。；;\n]{1,40}?(?:同意|通过|批准)[，,]?)?(?:[，,]?现)?(?:随文)?(?:予以|予)?"
    r"(?P<verb>转发|印发|呈报|呈送|下发)(?!的|以来|后|之后|实施|之日|时|前)"
    r"|(?:[，,]?自[^，,。；;\n]{1,20}?起)?(?:同时|即行|一律|宣布|予以|相应)?"
    r"(?P<repeal>废止|不再执行|停止执行|停止施行|失效|作废)(?!的|后|之后|以来|前|时)"
    r"|(?:的?(?:部分|有关|个别|相关)?(?:条款|条文|内容)|第[一二三四五六七八九十\d]{1,3}次)?"
    r"(?:(?P<amend>[作做]如下修改|作出如下修改|修改如下|[作做]如下修订|作如下修正|进行修改|予以修改|作相应修改)"
    # 根据…《…的决定》第二次修正: the cited decision amended this document (its history line)
    r"|(?P<amended>修正|修订))"
    r"(?!的|后|稿|工作|过程|中)"
    r")"
)

# The nearest of these before a citation, in the same clause, names the relation:
# 根据《X》 basis, 认真落实A《X》和B《Y》 implements (both), 关于转发《X》的通知 forwards,
# 关于废止《X》的决定 repeals, 关于修改《X》的决定 amends.
BEFORE_TRIGGERS = {
    "转发": "forwards",
    "印发": "issues",
    "废止": "repeals",
    "修改": "amends", "修订": "amends", "修正": "amends",
    "贯彻落实": "implements", "认真落实": "implements", "贯彻执行": "implements", "落实": "implements",
    "贯彻": "implements",
    "根据": "basis", "按照": "basis", "依据": "basis", "依照": "basis", "遵照": "basis",
}
# 按照省政府印发的《X》, 根据修订后的《X》, 2020年11月印发了《X》: these verbs describe the document (an
# earlier act), the relation comes from the word before them.
DESCRIBING_VERBS = ("转发", "印发", "废止", "修改", "修订", "修正")
BEFORE_TRIGGER = re.compile(
    "|".join(
        re.escape(word) + ("(?!的|后|过|了)" if word in DESCRIBING_VERBS else "")
        for word in sorted(BEFORE_TRIGGERS, key=len, reverse=True)
    )
)
MAX_AFTER_VERB_DISTANCE = 80  # characters between a citation and the 转发/印发 that follows it
# 印发 and 转发 before a citation make it the document issued or forwarded only when it is the
# verb's whole object: what follows it ends the clause or the name of the notice (关于印发《X》的通知,
# 现将省政府《X》转发给你们, 转发《A》等文件). Followed by more of a name (关于印发《政府工作报告》
# 重点工作任务分工的通知, 印发2023年区《政府工作报告》确定的…方案) it is only mentioned in what is issued.
OBJECT_RELATIONS = ("issues", "forwards")
OBJECT_END = re.compile(
    r"\s*(?:$|[，,。；;！!？?：:\n“”\"]"
    r"|的(?:通知|函|决定|意见|批复|复函|通报|公告|通告|报告|请示|决议|命令|令)"
    r"|等|给|至|到|如下|以下|[和及与、]|以及)"
)
CLAUSE_BREAK = re.compile(r"[，,。；;！!？?：:\n]")
MAX_TRIGGER_DISTANCE = 80  # characters between a trigger and the citation it governs
# An edition label (2004年修正) names a version of a title; its 修正 governs no citation after it
# (山东省实施《…条例》办法(2004年修正)山东省人民政府山东省实施《…条例》办法).
EDITION_LABEL_RE = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年\s*(?:修正|修订|修改)(?:本|版)?\s*[）)]")

# 《A》和《B》, 省政府《A》、省委《B》: citations in one list share the verb that follows the list, and the
# trigger before its first item: 根据《A》（…号），《B》（…号）和《C》 (a comma right before the next
# title), 依据《A》、《B》等法律、法规，以及《C》和《D》 (a summary of the run, then 以及).
LIST_JOINER = re.compile(
    r"\s*(?:等[^，,。；;：:\n《》]{0,10}[，,]\s*(?=以及|和|及|与))?(?:以及|和|及|与|、)[^，,。；;：:\n《》]{0,25}")
COMMA_JOINER = re.compile(r"\s*[，,]\s*")  # joins a list only when a 《title》 follows it

# --- short forms --------------------------------------------------------------------------------------

# （国发〔2020〕1号，以下简称《通知》）  （以下简称“意见”）
SHORT_FORM = re.compile(
    r"(?:以下简称|以下称|下称|简称)[：:]?\s*(?P<open>[《“\"「])(?P<short>[^《》“”\"「」\n]{1,30})[》”\"」]"
)
# What may stand between a citation and the 以下简称 that names it: 《X》（以下简称…, 《X》（国发〔2020〕1号，以下简称…
DEFINITION_GAP = re.compile(r"[\s（(\[［，,]*")
QUOTES = (("《", "》"), ("“", "”"), ('"', '"'), ("「", "」"))

# The line around a header number may hold nothing else but markup, 签发人 and the brackets it is
# printed in under the title: （余府发〔2012〕3号）.
HEADER_LINE_NOISE = re.compile(r"[\s#*>_|\-" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]+")
# A label of a metadata line or table cell before the number: 文    号 武扶组〔2020〕6号 · 【发文字号】… ·
# 发文字号：…  The number it labels is the document's own.
OWN_NUMBER_LABEL = re.compile(r"(?:发文字号|发文文号|文\s{0,6}号|字\s{0,6}号)[\s:：|】\]]{0,6}$")
LABEL_LOOKBACK = 20
# The number at the start of a line glued to the recipients that follow it (a copy that lost its line
# breaks): 汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将…
RECIPIENTS_AFTER = re.compile(r"[^\S\n]*各[^。；;\n《》“”]{1,80}?[：:]")
MAX_HEADER_LINE_CHARS = 200  # a longer line around a number is running text
# The issue number of a numbered series, written after the title: 《环境保护部公告(2011年第73号)》,
# 《财政部公告（2019年第39号）》. It identifies the document as a 文号 does.
NUMBERED_TRAILER = re.compile(r"[（(][^（）()]{0,12}第\s{0,2}\d{1,4}\s{0,2}号[）)]$")
# A legal database's note on a cited document's status, put in by the database, not by the notice:
# 根据《…条例》【已废止,最新为:《…条例》】 · 《…办法》【失效】 · 【已被《…》修改】. Nothing in it is cited.
EDITOR_NOTE = re.compile(r"【(?:已被|已经|现已|已|被)?[^【】\n]{0,30}?(?:废止|失效|修改|修订|修正|最新为|最新版本)[^【】\n]{0,120}】")
NON_SPACE = re.compile(r"\S")


# --- titles -------------------------------------------------------------------------------------------


def _title_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every outermost 《…》, nested 《…《…》…》 included, end past the 》."""
    # The 》 that closes each 《, found in one pass (a stack), so that a long run of unclosed 《
    # costs linear time instead of a scan of MAX_TITLE_CHARS per 《.
    closing: dict[int, int] = {}
    open_at: list[int] = []
    for found in re.finditer("[《》]", text):
        if found.group() == "《":
            open_at.append(found.start())
        elif open_at:
            closing[open_at.pop()] = found.end()
    i = text.find("《")
    while i != -1:
        end = closing.get(i)
        if end is not None and end - i > MAX_TITLE_CHARS:
            end = None
        if end is not None and not PARAGRAPH_BREAK.search(text, i, end):
            yield i, end
            i = text.find("《", end)
        else:
            i = text.find("《", i + 1)


# --- numbers ------------------------------------------------------------------------------------------


def _skip_noise(text: str, i: int) -> int:
    noise = NOISE_CHARS.match(text, i)
    return noise.end() if noise else i


def _number_after_title(text: str, title_end: int, numbers: dict[int, tuple[int, DocNumber]]):
    """The 文号 written right after a title, in brackets or not, as ``(end, DocNumber)`` with
    ``end`` past the closing bracket when there is one."""
    i = _skip_noise(text, title_end)
    opened = i < len(text) and text[i] in OPEN_BRACKETS
    if opened:
        i = _skip_noise(text, i + 1)
    if i not in numbers:
        return None
    end, number = numbers[i]
    after = _skip_noise(text, end)
    if opened and after < len(text) and text[after] in CLOSE_BRACKETS:
        end = after + 1
    return end, number


def _bare_title_before(text: str, folded: str, start: int, end: int, number: DocNumber) -> Optional[_Mention]:
    """A title written without 《》 before its bracketed number: 国务院关于…的通知（国发〔2020〕1号）.
    The title is taken from its 关于 on; the citation covers title and number. ``folded`` is
    ``text`` in simplified characters (what is matched); the title is cut from ``text``."""
    i = start
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in INVISIBLE_CHARS):
        i -= 1
    if i == 0 or text[i - 1] not in OPEN_BRACKETS:
        return None
    window_start = max(0, i - 1 - MAX_TITLE_CHARS)
    clause_start = max((m.end() for m in BARE_TITLE_BOUNDARY.finditer(folded, window_start, i - 1)),
                       default=window_start)
    about = folded.find("关于", clause_start, i - 1)
    if about == -1:
        return None
    title = _clean_title(text[about:i - 1])
    if not has_document_ending(title):
        return None
    after = _skip_noise(text, end)
    if after < len(text) and text[after] in CLOSE_BRACKETS:
        end = after + 1
    return _Mention(about, end, title, number)


def _is_header_number(text: str, start: int, end: int) -> bool:
    """A number alone on its line (or with 签发人) in a longer text: the document's own 文号."""
    # Bounded, so that a text of thousands of numbers is not read whole for each of them.
    floor = max(0, start - MAX_HEADER_LINE_CHARS)
    line_start = text.rfind("\n", floor, start) + 1
    line_end = text.find("\n", end, end + MAX_HEADER_LINE_CHARS)
    if (line_start == 0 and floor > 0) or (line_end == -1 and end + MAX_HEADER_LINE_CHARS < len(text)):
        return False  # a line this long is running text, not a header line
    line_end = len(text) if line_end == -1 else line_end
    rest = HEADER_LINE_NOISE.sub("", text[line_start:start] + text[end:line_end])
    rest = NOISE_CHARS.sub("", rest)  # invisible characters too
    alone = not rest or "签发人" in rest
    if alone and _after_title(text, line_start):
        return False  # 《…》\n（国发〔2020〕1号）: a cited title's number on the next line
    return alone and bool(NON_SPACE.search(text, 0, line_start) or NON_SPACE.search(text, line_end))


def _after_title(text: str, at: int) -> bool:
    """Whether the last visible character before ``at`` closes a 《title》."""
    i = at
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in INVISIBLE_CHARS):
        i -= 1
    return i > 0 and text[i - 1] == "》"


def _is_labelled_number(text: str, start: int) -> bool:
    """A number after a metadata label (文号, 发文字号): the document's own."""
    return OWN_NUMBER_LABEL.search(text, max(0, start - LABEL_LOOKBACK), start) is not None


def _is_number_before_recipients(text: str, start: int, end: int) -> bool:
    """A number that starts its line and runs straight into the recipients: the notice's header."""
    if RECIPIENTS_AFTER.match(text, end) is None:
        return False
    # Bounded, as in _is_header_number: a line this long before the number is running text.
    floor = max(0, start - MAX_HEADER_LINE_CHARS)
    line_start = text.rfind("\n", floor, start) + 1
    if line_start == 0 and floor > 0:
        return False
    return not HEADER_LINE_NOISE.sub("", text[line_start:start])


def is_own_number(text: str, start: int, end: int) -> bool:
    """Whether the 文号 at ``text[start:end]`` is where the document states its own number: alone on
    its header line, after a metadata label, or glued to the recipients. Never a citation."""
    return (_is_header_number(text, start, end) or _is_labelled_number(text, start)
            or _is_number_before_recipients(text, start, end))


# --- short forms --------------------------------------------------------------------------------------


def _short_form_owner(text: str, mentions: list[_Mention], at: int,
                      starts: Optional[list[int]] = None) -> Optional[_Mention]:
    """The citation a 以下简称 at ``at`` names: the one just before it (《X》（以下简称…).
    ``mentions`` are in text order; ``starts`` (their starts) may be passed to save building it."""
    if starts is None:
        starts = [m.start for m in mentions]
    i = bisect.bisect_right(starts, at) - 1  # the last mention that starts before ``at`` …
    while i >= 0 and mentions[i].end > at:  # … and ends before it
        i -= 1
    if i < 0:
        return None
    owner = mentions[i]
    return owner if DEFINITION_GAP.fullmatch(text, owner.end, at) else None


def _short_form_mentions(text: str, short: str, after: int) -> Iterator[tuple[int, int]]:
    for open_, close in QUOTES:
        needle = f"{open_}{short}{close}"
        i = text.find(needle, after)
        while i != -1:
            yield i, i + len(needle)
            i = text.find(needle, i + len(needle))


# --- relations ----------------------------------------------------------------------------------------


MASK = "□"


def _masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the given spans (which may overlap) blanked out, so that words inside titles
    trigger nothing. Built from slices in span order, not character by character."""
    pieces: list[str] = []
    pos = 0  # everything before it is written
    for start, end in sorted(spans):
        if end <= pos:
            continue  # inside a span already blanked
        start = max(start, pos)
        pieces += (text[pos:start], MASK * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _joined(text: str, before: _Mention, mention: _Mention) -> bool:
    """Whether ``mention`` goes on the list ``before`` ends: 《A》和省委《B》, and a 《title》 right after
    the one before it or after a comma: 《A》《B》, 《A》（…号），《B》."""
    if LIST_JOINER.fullmatch(text, before.end, mention.start):
        return True
    gap = text[before.end:mention.start]
    return text.startswith("《", mention.start) and (not gap.strip() or COMMA_JOINER.fullmatch(gap) is not None)


def _lists(text: str, mentions: list[_Mention]) -> Iterator[list[_Mention]]:
    """Runs of citations joined by 和/、/及: 《A》和省委《B》."""
    run: list[_Mention] = []
    for mention in mentions:
        if run and not _joined(text, run[-1], mention):
            yield run
            run = []
        run.append(mention)
    if run:
        yield run


def _after_relation(verb: re.Match) -> str:
    if verb["repeal"]:
        return "repeals"
    if verb["amend"] or verb["amended"]:
        return "amends"
    return AFTER_VERBS[verb["verb"]]


def _trigger_before(masked: str, start: int, reach_from: Optional[int] = None) -> Optional[str]:
    """The relation named by the nearest trigger before ``start`` in the same clause, no further than
    MAX_TRIGGER_DISTANCE before ``reach_from`` (default ``start``): the first item of the list
    ``start`` is in, so that 依据《A》、《B》、…、《E》 reaches its 依据 from every item. A repeal or amend
    verb acts on the title right after it, not on a later one (关于修改《X》的决定…令《Y》)."""
    reach_from = start if reach_from is None else reach_from
    window_start = max(0, reach_from - MAX_TRIGGER_DISTANCE)
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(masked, window_start, start)), default=window_start)
    triggers = [t for t in BEFORE_TRIGGER.finditer(masked, clause_start, start) if not closes_before(masked, t.end(), start)]
    relation = BEFORE_TRIGGERS[triggers[-1].group()] if triggers else None
    return None if relation in ("repeals", "amends") and MASK in masked[triggers[-1].end():reach_from] else relation


# A title line wrapped after a citation: the next line goes on with the name, up to the notice's type
# (关于印发2022年《政府工作报告》⏎重点任务责任落实分工的通知). The citation is a word of that name.
WRAPPED_NAME_RE = re.compile(
    r"[^\S\n]*\n[^\S\n]*[^，,。；;！!？?：:\n《》]{1,40}?的(?:通知|函|决定|意见|批复|复函|通报|公告|通告|报告|请示|决议)"
    r"[^\S\n]*(?:\n|$)"
)


def is_verb_object(text: str, end: int = 0) -> bool:
    """Whether a citation (or list) ending at ``end`` is the whole object of the 印发/转发 before it,
    not a word inside a longer name: 关于印发《X》的通知, but not 关于印发《政府工作报告》重点工作任务分工的通知,
    nor the same name wrapped onto the next line. (With ``end`` 0, whether ``text`` is what may follow
    such an object.)"""
    return OBJECT_END.match(text, end) is not None and WRAPPED_NAME_RE.match(text, end) is None


def _assign_relations(text: str, mentions: list[_Mention], blanked: list[tuple[int, int]]) -> None:
    editions = [(m.start(), m.end()) for m in EDITION_LABEL_RE.finditer(text)]
    masked = _masked(text, [(m.start, m.end) for m in mentions] + blanked + editions)
    for run in _lists(text, mentions):
        verb = AFTER_VERB.match(text, run[-1].end, run[-1].end + MAX_AFTER_VERB_DISTANCE)
        for mention in run:
            if verb:
                mention.relation = _after_relation(verb)
            else:
                relation = _trigger_before(masked, mention.start, run[0].start)
                if relation is None and mention is not run[0]:  # an item after a comma: its list's trigger
                    relation = _trigger_before(masked, run[0].start)
                if relation in OBJECT_RELATIONS and not is_verb_object(text, run[-1].end):
                    relation = None
                relation = relation or ("implements" if IMPLEMENTED_AFTER.match(text, run[-1].end) else None)
                mention.relation = relation or "cites"
            lifecycle_relation(text, mention, bool(verb and verb["amended"]))


# --- the whole thing ----------------------------------------------------------------------------------


def find_citations(text: str, own_numbers: Iterable[str] = (), own_titles: Iterable[str] = ()) -> list[Citation]:
    """Every reference to another document in ``text``, in text order.

    ``own_numbers`` are the document's own 文号 (as its header gives them, in any bracket style): a
    document never cites itself, wherever its number is printed, and a 《title》 printed against its
    own number (京政办发〔2016〕26号《…的通知》, 《…的通知》（岳办发〔2017〕2号）) is its own title, never
    cited either. Numbers printed where a header puts them (``is_own_number``) are its own without
    being told. ``own_titles`` are the document's own titles (its header title): a 《title》 with the
    same ``title_key`` and no other 文号 is the document naming itself (本办法 printed as 《…办法》 in
    its last article, a news lead-in's 《…方案》 before the plan itself), never a citation.

    Patterns match the text folded to simplified characters (``extractors.fold``): 根據《…辦法》 is
    read as 根据《…办法》. What is stored (a citation's text, its title, its 文号) is as written."""
    if not isinstance(text, str) or not text:
        return []
    folded = fold(text)  # what is matched; its offsets are the text's
    own = {fold(normalised) for normalised in map(normalise_doc_number, filter(None, own_numbers)) if normalised}
    numbers: dict[int, tuple[int, DocNumber]] = {}
    own_spans: list[tuple[int, int]] = []
    for start, end, number in find_doc_numbers(text):
        key = fold(number.normalised)
        if key in own or is_own_number(folded, start, end):
            own.add(key)  # printed again later (its history note's …令第12号修订), it is still its own
            own_spans.append((start, end))
        else:
            numbers[start] = (end, number)
    definitions = list(SHORT_FORM.finditer(folded))
    definition_spans = {(d.start("open"), d.end()) for d in definitions}

    mentions = _without_own_title(text, _title_mentions(text, numbers, definition_spans), own_spans)
    mentions = _without_titles(folded, mentions, own_titles)
    mentions += _number_mentions(text, folded, numbers, mentions)
    mentions = _outside(mentions, [(n.start(), n.end()) for n in EDITOR_NOTE.finditer(folded)])
    mentions = with_list_rows(text, folded, mentions)
    _carry_trailers(mentions)
    _carry_numbers(mentions)
    mentions = _with_short_forms(folded, mentions, definitions)
    _assign_relations(folded, mentions, sorted(definition_spans))
    if reports_on_others(folded, [fold(title) for title in own_titles if title]):
        only_cited(mentions)  # what an interpretation says is repealed, the decision repealed
    return [_citation(text, m) for m in mentions]


def _glued_to(text: str, mention: _Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether one of ``spans`` (文号) is printed right after ``mention``, with only spaces, line
    breaks and brackets between (《…》 then （京政办发〔2016〕26号） on the next line), or right before it
    on its line (京政办发〔2016〕26号《…》). Not a number ending the line above: a header number may be
    followed by the issued document's title (（余府发〔2012〕3号） then 《…办法》已经市政府同意，现印发给你们)."""
    if not spans:
        return False
    after = HEADER_LINE_NOISE.match(text, mention.end)
    after = after.end() if after else mention.end
    before = mention.start
    while before > 0 and text[before - 1] != "\n" and HEADER_LINE_NOISE.fullmatch(text, before - 1, before):
        before -= 1
    return any(start == after or end == before for start, end in spans)


def _without_own_title(text: str, mentions: list[_Mention], own_spans: list[tuple[int, int]]) -> list[_Mention]:
    """``mentions`` less the document's own title: a title printed against its own 文号, and every
    other mention of that title."""
    own_keys = {title_key(m.title) for m in mentions if _glued_to(text, m, own_spans)}
    return [m for m in mentions if title_key(m.title) not in own_keys] if own_keys else mentions


def _without_titles(text: str, mentions: list[_Mention], titles: Iterable[str]) -> list[_Mention]:
    """``mentions`` less those of one of ``titles`` (compared by ``title_key``) that carry no 文号:
    a title printed with a 文号 of another document is that other document, whatever its name, and so
    is the one it repeals (2005年…印发的《交通警察道路执勤执法工作规范》同时废止: the previous version)."""
    keys = {key for key in map(title_key, titles) if key}
    if not keys:
        return mentions
    return [m for m in mentions if m.number is not None or title_key(m.title) not in keys
            or _repealed_after(text, m.end)]


def _repealed_after(text: str, end: int) -> bool:
    verb = AFTER_VERB.match(text, end, end + MAX_AFTER_VERB_DISTANCE)
    return verb is not None and verb["repeal"] is not None


def _title_mentions(text: str, numbers: dict, skip: set[tuple[int, int]]) -> list[_Mention]:
    """Every 《document title》, with the 文号 that follows it when there is one."""
    mentions = []
    for start, end in _title_spans(text):
        title = _clean_title(text[start + 1:end - 1])
        if (start, end) in skip or not title or not is_cited_title(text, start, end, title) or ATTACHMENT_NOTE.match(text, end):
            continue
        mention = _Mention(start, end, title)
        if found := _number_after_title(text, end, numbers):
            mention.end, mention.number = found
        mentions.append(mention)
    return mentions


def _number_mentions(text: str, folded: str, numbers: dict, titled: list[_Mention]) -> list[_Mention]:
    """Every 文号 not already part of a title mention (after it, or inside it: 《关于废止闽政〔2010〕5号的通知》)."""
    mentions = []
    for start, (end, number) in numbers.items():
        if any(m.start <= start < m.end for m in titled):
            continue
        mentions.append(_bare_title_before(text, folded, start, end, number) or _Mention(start, end, None, number))
    return mentions


def _outside(mentions: list[_Mention], spans: list[tuple[int, int]]) -> list[_Mention]:
    """``mentions`` less those that start inside one of ``spans``."""
    return [m for m in mentions if not any(start <= m.start < end for start, end in spans)]


def _carry_trailers(mentions: list[_Mention]) -> None:
    """A title cited somewhere with its issue number (《…公告(2011年第73号)》) is that document at every
    mention without it, when the text gives it one such number. Other trailers name versions
    (《…预案(试行)》 replaces the 《…预案》 it repeals) and are not carried."""
    full: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.title and NUMBERED_TRAILER.search(mention.title):
            full.setdefault(title_key(NUMBERED_TRAILER.sub("", mention.title)), set()).add(mention.title)
    if not full:
        return
    for mention in mentions:
        if mention.title and not TITLE_TRAILER.search(mention.title):
            titles = full.get(title_key(mention.title), ())
            if len(titles) == 1:
                mention.title = next(iter(titles))


def _carry_numbers(mentions: list[_Mention]) -> None:
    """A title given with its 文号 somewhere carries that 文号 at every mention."""
    known = {title_key(m.title): m.number for m in mentions if m.title and m.number}
    for mention in mentions:
        if mention.title and not mention.number:
            mention.number = known.get(title_key(mention.title))


def _with_short_forms(text: str, mentions: list[_Mention], definitions: list[re.Match]) -> list[_Mention]:
    """``mentions`` plus the later uses of each 以下简称《S》, which cite the document it names."""
    starts = [m.start for m in mentions]
    applied: dict[str, tuple] = {}  # short form -> (title, number) that its later uses carry now
    for definition in definitions:
        owner = _short_form_owner(text, mentions, definition.start(), starts)
        if owner is None:
            continue
        short = definition["short"]
        if applied.get(short) == (owner.title, owner.number):
            continue  # defined again for the same document: its later uses already cite it
        applied[short] = (owner.title, owner.number)
        spans = set(_short_form_mentions(text, short, definition.end()))
        mentions = [m for m in mentions if (m.start, m.end) not in spans]
        mentions += [_Mention(start, end, owner.title, owner.number) for start, end in spans]
        mentions.sort(key=lambda m: m.start)
        starts = [m.start for m in mentions]
    return mentions


def _citation(text: str, mention: _Mention) -> Citation:
    number = mention.number
    return Citation(
        text=text[mention.start:mention.end], start=mention.start, end=mention.end,
        doc_number=number.normalised if number else None, title=mention.title, relation=mention.relation,
        issuer_code=number.issuer_code if number else None,
        year=number.year if number else None, serial=number.serial if number else None, acts_on=mention.acts_on,
        takes_effect=mention.takes_effect)


EXAMPLES = {
    "AFTER_VERB": Examples(
        match=("印发给你们", "已经市政府同意，现印发给你们", "已报经区人民政府同意,现印发", "同时废止", "自2021年1月1日起废止",
               "不再执行", "部分条款作如下修改", "第二次修正", ",现转发给你们", ",经政府第7次常务会议审议通过,现随文呈报",
               "下发给你们", "已经委主任办公会议通过，现予以下发"),
        no_match=("印发以来", "废止后", "修订工作", "呈报的", "下发后")),
    "BEFORE_TRIGGER": Examples(match=("根据", "认真落实", "关于转发", "关于废止", "关于修改"),
                               no_match=("印发的", "修订后的", "印发了")),
    "SHORT_FORM": Examples(match=("以下简称《方案》", "以下简称“意见”"), no_match=("简称",)),
    "OWN_NUMBER_LABEL": Examples(match=("文    号 ", "【发文字号】", "发文字号："), no_match=("文件",)),
    "RECIPIENTS_AFTER": Examples(match=("各县(市、区)人民政府,市政府各部门、各直属机构:",), no_match=("文件指出：",)),
    "HEADER_LINE_NOISE": Examples(match=("（", " ", "#"), no_match=("号",)),
    "LIST_JOINER": Examples(match=("和", "、", "以及省委", "等法律、法规,以及"), no_match=("。", "，制定", "等，")),
    "ATTACHMENT_NOTE": Examples(match=("（附件1）", "(附件 2)", "（附件）"), no_match=("（国发〔2020〕1号）", "附件1")),
    "COMMA_JOINER": Examples(match=("，", " , "), no_match=("、", "。")),
    "NUMBERED_TRAILER": Examples(match=("中华人民共和国环境保护部公告(2011年第73号)", "财政部公告（2019年第39号）"),
                                 no_match=("牟定县突发环境事件应急预案(试行)", "产业目录（2020年版）")),
    "EDITOR_NOTE": Examples(match=("【已废止,最新为:《贵州省预算审查监督条例》】",
                                   "【失效】", "【已被《国务院关于修改部分行政法规的决定》修改】"),
                            no_match=("【法宝引证码】", "【发文字号】")),
    "WRAPPED_NAME_RE": Examples(match=("\n重点任务责任落实分工的通知",), no_match=("\n各苏木乡镇人民政府:", "的通知")),
    "is_verb_object": Examples(match=("的通知", "给你们", "，请认真贯彻执行", "等文件", ""),
                           no_match=("重点工作任务分工的通知", "确定的主要目标任务责任分解方案")),
    "BARE_TITLE_BOUNDARY": Examples(match=("，", "》", "）2."), no_match=("的", "）")),
    "PARAGRAPH_BREAK": Examples(match=("》\n\n《", "的通知\n　　\n各县"), no_match=("关于印发《政府工作报告》\n重点任务",)),
    "OBJECT_END": Examples(match=("的通知", "给你们", "等文件", "，请认真贯彻执行")),  # matched at a citation's end
    "CLAUSE_BREAK": Examples(match=("根据省政府要求，", "经研究：", "\n"), no_match=("、", "《")),
    "EDITION_LABEL_RE": Examples(match=("办法(2004年修正)", "条例（2017年修订）", "（2019年修正本）"), no_match=("2004年修正", "（试行）")),
    "DEFINITION_GAP": Examples(match=("（", "，")),  # fullmatched between 《X》 (or its 文号) and 以下简称
    "NON_SPACE": Examples(match=("国开发〔2020〕3号",), no_match=("\n　　 \t",)),
}
