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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from schema.models import Citation, DocNumber

from .docnumbers import CLOSE_BRACKETS, INVISIBLE_CHARS, OPEN_BRACKETS, find_doc_numbers

# --- which 《…》 are documents -----------------------------------------------------------------------

# A document title ends in one of these (《…的通知》, 《2020年脱贫攻坚工作要点》, 《传染病防治法》)
# or contains 关于; 《人民日报》, 《求是》, 《新闻联播》 do neither.
DOC_TITLE_ENDINGS = (
    "通知", "意见", "方案", "办法", "规定", "决定", "要点", "规划", "计划", "措施", "细则", "条例", "法",
    "纲要", "通报", "报告", "批复", "函", "指南", "标准", "目录", "清单", "公告", "通告", "决议", "规则",
    "规范", "准则", "导则", "守则", "指引", "预案", "名单", "名录", "章程", "制度", "规程", "须知", "大纲",
)
# 《稳就业十条》, 《支持中小企业的二十条》: numbered policy packages.
NUMBERED_PACKAGE = re.compile(r"[一二三四五六七八九十百\d]+条(?:政策)?(?:措施)?$")
# Trailers after the document type: 《…办法（试行）》, 《…目录（2020年版）》, 《…（征求意见稿）》.
TITLE_TRAILER = re.compile(r"[（(][^（）()]{1,12}[）)]$")
# Closing brackets of an inner title at the end: 《国务院…<关于…的通知>》.
INNER_CLOSERS = ">〉》」』"
# 《通知》, 《实施方案》, 《指导意见》 alone name no document unless 以下简称 defined them.
GENERIC_TITLE = re.compile(
    r"(?:实施|工作|指导|管理|暂行|若干|具体|有关)*"
    r"(?:通知|意见|方案|办法|规定|决定|细则|措施|条例|规划|计划|要点|通报|报告|批复|函|政策)"
)
# Where a title written without 《》 cannot reach back past: punctuation, other titles.
BARE_TITLE_BOUNDARY = re.compile(r"[，,。；;！!？?：:\n《》“”]")
MAX_TITLE_CHARS = 200  # a 《 with no matching 》 within this many characters is not a title
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a title may wrap a line, never a paragraph

# --- how a citation is used -------------------------------------------------------------------------

# The verb right after a citation: 现将《X》印发给你们, 现将…（国开发〔2020〕3号）转发你们,
# 现将《X》（以下简称《方案》）予以印发, 《X》已经市政府同意，现印发给你们. Not 《X》印发以来.
AFTER_VERBS = {"转发": "forwards", "印发": "issues"}
AFTER_VERB = re.compile(
    r"\s*(?:[（(][^（）()\n]{0,40}[）)])?"  # （以下简称《方案》）
    r"\s*(?:等(?:文件)?)?"  # 《A》《B》等文件
    r"(?:(?:已)?经[^，,。；;\n]{1,20}同意[，,]?)?(?:现)?(?:予以)?"  # 已经市政府同意，现
    r"(?P<verb>转发|印发)(?!的|以来|后|之后|实施|之日|时|前)"
)

# The nearest of these before a citation, in the same clause, names the relation:
# 根据《X》 basis, 认真落实A《X》和B《Y》 implements (both), 关于转发《X》的通知 forwards.
BEFORE_TRIGGERS = {
    "转发": "forwards",
    "印发": "issues",
    "贯彻落实": "implements", "认真落实": "implements", "贯彻执行": "implements", "落实": "implements",
    "贯彻": "implements",
    "根据": "basis", "按照": "basis", "依据": "basis", "依照": "basis", "遵照": "basis",
}
# 按照省政府印发的《X》: 印发的/转发的 describe the document, the relation comes from 按照.
BEFORE_TRIGGER = re.compile(
    "|".join(
        re.escape(word) + ("(?!的)" if word in AFTER_VERBS else "")
        for word in sorted(BEFORE_TRIGGERS, key=len, reverse=True)
    )
)
MAX_AFTER_VERB_DISTANCE = 80  # characters between a citation and the 转发/印发 that follows it
CLAUSE_BREAK = re.compile(r"[，,。；;！!？?：:\n]")
MAX_TRIGGER_DISTANCE = 80  # characters between a trigger and the citation it governs

# 《A》和《B》, 省政府《A》、省委《B》: citations in one list share the verb that follows the list.
LIST_JOINER = re.compile(r"\s*(?:以及|和|及|与|、)[^，,。；;：:\n《》]{0,25}")

# Strongest first: how to sum up several mentions of one document.
RELATION_PRIORITY = ("forwards", "issues", "basis", "implements", "cites")

# --- short forms --------------------------------------------------------------------------------------

# （国发〔2020〕1号，以下简称《通知》）  （以下简称“意见”）
SHORT_FORM = re.compile(
    r"(?:以下简称|以下称|下称|简称)[：:]?\s*(?P<open>[《“\"「])(?P<short>[^《》“”\"「」\n]{1,30})[》”\"」]"
)
# What may stand between a citation and the 以下简称 that names it: 《X》（以下简称…, 《X》（国发〔2020〕1号，以下简称…
DEFINITION_GAP = re.compile(r"[\s（(\[［，,]*")
QUOTES = (("《", "》"), ("“", "”"), ('"', '"'), ("「", "」"))

# The line around a header number may hold nothing else but markup and 签发人.
HEADER_LINE_NOISE = re.compile(r"[\s#*>_|\-]+")
MAX_HEADER_LINE_CHARS = 200  # a longer line around a number is running text
NON_SPACE = re.compile(r"\S")


@dataclass
class _Mention:
    start: int
    end: int
    title: Optional[str] = None
    number: Optional[DocNumber] = None
    relation: str = "cites"


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


# Spaces of every kind (``\s`` is ``str.isspace``) and invisible characters: what titles are
# stored without.
NOISE_CHARS = re.compile(r"[\s" + re.escape("".join(sorted(INVISIBLE_CHARS))) + "]+")


def _clean_title(inner: str) -> str:
    return NOISE_CHARS.sub("", inner)


def _title_core(title: str) -> str:
    """The title without trailers and closing inner brackets: …办法（试行）> gives …办法."""
    return TITLE_TRAILER.sub("", title.rstrip(INNER_CLOSERS)).rstrip(INNER_CLOSERS)


def _has_document_ending(title: str) -> bool:
    core = _title_core(title)
    return core.endswith(DOC_TITLE_ENDINGS) or bool(NUMBERED_PACKAGE.search(core))


def is_document_title(title: str) -> bool:
    """Whether a 《title》 names a document (notice, plan, opinion, law …) rather than a book or paper."""
    if GENERIC_TITLE.fullmatch(_title_core(title)):
        return False
    return "关于" in title or _has_document_ending(title)


TITLE_NOISE = re.compile(r"[\s《》〈〉<>“”\"'‘’「」『』]")


def title_key(title: str | None) -> str | None:
    """What identifies a title when resolving and comparing: from its first 关于 on (the issuer
    written before it is often left out when it is cited), without spaces, quotes or title brackets."""
    if not title:
        return None
    bare = TITLE_NOISE.sub("", title)
    if "关于" in bare:
        bare = bare[bare.index("关于"):]
    return bare or None


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


def _bare_title_before(text: str, start: int, end: int, number: DocNumber) -> Optional[_Mention]:
    """A title written without 《》 before its bracketed number: 国务院关于…的通知（国发〔2020〕1号）.
    The title is taken from its 关于 on; the citation covers title and number."""
    i = start
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in INVISIBLE_CHARS):
        i -= 1
    if i == 0 or text[i - 1] not in OPEN_BRACKETS:
        return None
    window_start = max(0, i - 1 - MAX_TITLE_CHARS)
    clause_start = max((m.end() for m in BARE_TITLE_BOUNDARY.finditer(text, window_start, i - 1)), default=window_start)
    about = text.find("关于", clause_start, i - 1)
    if about == -1:
        return None
    title = _clean_title(text[about:i - 1])
    if not _has_document_ending(title):
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
    return alone and bool(NON_SPACE.search(text, 0, line_start) or NON_SPACE.search(text, line_end))


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


def _lists(text: str, mentions: list[_Mention]) -> Iterator[list[_Mention]]:
    """Runs of citations joined by 和/、/及: 《A》和省委《B》."""
    run: list[_Mention] = []
    for mention in mentions:
        if run and not LIST_JOINER.fullmatch(text, run[-1].end, mention.start):
            yield run
            run = []
        run.append(mention)
    if run:
        yield run


def _trigger_before(masked: str, start: int) -> Optional[str]:
    """The relation named by the nearest trigger before ``start`` in the same clause."""
    window_start = max(0, start - MAX_TRIGGER_DISTANCE)
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(masked, window_start, start)), default=window_start)
    triggers = list(BEFORE_TRIGGER.finditer(masked, clause_start, start))
    return BEFORE_TRIGGERS[triggers[-1].group()] if triggers else None


def _assign_relations(text: str, mentions: list[_Mention], blanked: list[tuple[int, int]]) -> None:
    masked = _masked(text, [(m.start, m.end) for m in mentions] + blanked)
    for run in _lists(text, mentions):
        verb = AFTER_VERB.match(text, run[-1].end, run[-1].end + MAX_AFTER_VERB_DISTANCE)
        for mention in run:
            if verb:
                mention.relation = AFTER_VERBS[verb["verb"]]
            else:
                mention.relation = _trigger_before(masked, mention.start) or "cites"


def strongest_relation(relations: Iterable[str]) -> str:
    """The one relation that sums up several mentions of a document (forwards beats cites)."""
    present = set(relations)
    return next((r for r in RELATION_PRIORITY if r in present), "cites")


# --- the whole thing ----------------------------------------------------------------------------------


def find_citations(text: str) -> list[Citation]:
    """Every reference to another document in ``text``, in text order."""
    if not isinstance(text, str) or not text:
        return []
    numbers = {
        start: (end, number)
        for start, end, number in find_doc_numbers(text)
        if not _is_header_number(text, start, end)
    }
    definitions = list(SHORT_FORM.finditer(text))
    definition_spans = {(d.start("open"), d.end()) for d in definitions}

    mentions = _title_mentions(text, numbers, definition_spans)
    mentions += _number_mentions(text, numbers, mentions)
    mentions.sort(key=lambda m: m.start)
    _carry_numbers(mentions)
    mentions = _with_short_forms(text, mentions, definitions)
    _assign_relations(text, mentions, sorted(definition_spans))
    return [_citation(text, m) for m in mentions]


def _title_mentions(text: str, numbers: dict, skip: set[tuple[int, int]]) -> list[_Mention]:
    """Every 《document title》, with the 文号 that follows it when there is one."""
    mentions = []
    for start, end in _title_spans(text):
        title = _clean_title(text[start + 1:end - 1])
        if (start, end) in skip or not title or not is_document_title(title):
            continue
        mention = _Mention(start, end, title)
        if found := _number_after_title(text, end, numbers):
            mention.end, mention.number = found
        mentions.append(mention)
    return mentions


def _number_mentions(text: str, numbers: dict, titled: list[_Mention]) -> list[_Mention]:
    """Every 文号 not already part of a title mention (after it, or inside it: 《关于废止闽政〔2010〕5号的通知》)."""
    mentions = []
    for start, (end, number) in numbers.items():
        if any(m.start <= start < m.end for m in titled):
            continue
        mentions.append(_bare_title_before(text, start, end, number) or _Mention(start, end, None, number))
    return mentions


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
        year=number.year if number else None, serial=number.serial if number else None,
    )
