"""Where a statement of responsible units ends (for ``extractors.units``): the end of a labelled list (at a
sentence's end, a closing bracket, the next label or field, or the line that cannot continue it), and the
verb-form statements in brackets (``（A牵头，B、C配合）``) with the span of their list.
"""

from __future__ import annotations

import re
from typing import Optional

from .lazy_patterns import compiled_later
from extractors.unit_names import looks_complete
from extractors.unit_lists import (
    CLAUSE_SEPARATORS,
    CLOSE_BRACKETS,
    COLONS,
    ITEM_SPLIT_RE,
    LIST_SEPARATORS,
    OPEN_BRACKETS,
    SENTENCE_ENDS,
)
from extractors.unit_roles import CONVENTION_CLAUSE_RE, LABEL_RE, ROLE_VERBS, ROLE_VERB_TAIL_RE
from extractors.vocab import Examples


# --------------------------------------------------------------------------------------------
# Vocabulary: layout (the statement words are in extractors.unit_roles)
# --------------------------------------------------------------------------------------------

MAX_LIST_CHARS = 600  # a statement's list is never longer than this
MAX_UNIT_CHARS = 45  # nor one unit's name
MAX_BRACKET_CHARS = 200  # nor a bracketed verb-form statement

# A new paragraph that cannot continue a broken list: a measure label or another statement.
NEW_PARAGRAPH_RE = compiled_later(
    r"[ \t\u3000]*(?:"
    r"[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十百]+[）)]"
    r"|\d+[、．.](?!\d)"
    r"|[（(]\d+[）)]"
    r"|[①-⑳]"
    r"|第[一二三四五六七八九十百]+[条章节]"
    r"|[一二三四五六七八九十]+[是要][^\n]{0,2}"
    r"|\*\*"
    r"|#"
    r")"
)
WHITESPACE_RE = compiled_later(r"\s*")

# A statement's first clause naming the leaders in charge by their posts, before the units: （分管副省长、协管副秘书长负责，
# 省科技厅牵头） (a provincial 分工 that gives each task its leaders, then its bodies). The posts are people, no unit; the
# statement is the units' clauses after it.
LEADERS_CLAUSE_RE = compiled_later(
    r"[ \t\u3000]*(?:[^，,；;。、（）()\n]{0,12}?(?:省长|市长|县长|区长|州长|秘书长|领导|书记)[、]?){1,4}"
    r"(?:负责|牵头|主抓|领办)[，,]")


# The characters list_end acts on; it jumps from one to the next.
_LIST_END_CHARS_RE = compiled_later(
    "[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + SENTENCE_ENDS + COLONS) + "\n]"
)


def list_end(text: str, pos: int) -> int:
    """Where the list that starts at ``pos`` ends: a closing bracket, 。, a new label, the line."""
    depth = 0
    i = pos
    limit = min(len(text), pos + MAX_LIST_CHARS)
    while i < limit:
        found = _LIST_END_CHARS_RE.search(text, i, limit)
        if found is None:
            return limit
        i = found.start()
        ch = text[i]
        if ch in OPEN_BRACKETS:
            if depth == 0 and BRACKETED_FIELD_RE.match(text, i):
                return i  # 【责任单位】县财政局【完成时限】10个工作日内: the next field's label ends the list
            depth += 1
        elif ch in CLOSE_BRACKETS:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and ch in SENTENCE_ENDS:
            return i
        elif depth == 0 and ch in COLONS:
            return _label_start(text, pos, i)
        elif ch == "\n":
            resume = _continuation(text, pos, i)
            if resume is None:
                return i
            i = resume
            continue
        i += 1
    return i


def _label_start(text: str, floor: int, colon: int) -> int:
    """The start of the label (配合单位, 完成时限 …) that ends at ``colon``."""
    i = colon
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in LIST_SEPARATORS + SENTENCE_ENDS:
        i -= 1
    return i


def _continuation(text: str, list_start: int, newline: int) -> Optional[int]:
    """Where a list broken by a line break goes on, or None when the break ends it.

    A list goes on when the written part ends in a separator, when the next line starts with one,
    or when its last unit is unfinished (``有脱贫减贫``) and the next line finishes it.
    """
    resume = WHITESPACE_RE.match(text, newline).end()
    if resume >= len(text):
        return None
    line_end = text.find("\n", resume)
    next_line = text[resume : line_end if line_end >= 0 else len(text)]
    if NEW_PARAGRAPH_RE.match(next_line) or LABEL_RE.match(next_line):
        return None
    written = text[list_start:newline].rstrip()
    if written.endswith(tuple(LIST_SEPARATORS)) or next_line[0] in LIST_SEPARATORS:
        return resume
    last_unit = ITEM_SPLIT_RE.split(written)[-1].strip()
    head = re.split(r"[、，,；;。:：（(）)〕】\]］]", next_line, maxsplit=1)[0].strip()
    joined = re.sub(r"\s+", "", last_unit + head)
    if last_unit and head and not looks_complete(last_unit) and len(joined) <= MAX_UNIT_CHARS:
        if looks_complete(joined):
            return resume
    return None


_OPEN_BRACKET_RE = compiled_later("[" + re.escape("".join(OPEN_BRACKETS)) + "]")
_BRACKET_RE = compiled_later("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")
_STATEMENT_STOP_RE = compiled_later("[" + re.escape(COLONS + SENTENCE_ENDS) + "]")  # none in a verb form
# What says when, after a bracketed statement's last clause: 每月通报一次 · 2024年底前完成 · 完成时限…
TIME_REMARK_RE = compiled_later(r"\d|每|[年月日号底]前|完成|时限|以内|之内|长期|持续")
# A field's label in brackets of its own, after a list: 【完成时限】 【牵头领导】 [时间节点]. Not a role (【牵头】).
BRACKETED_FIELD_RE = compiled_later(r"[【\[［〔](?!牵头|配合|协办|参与)[\u4e00-\u9fff]{2,6}[】\]］〕]")
# A clause ending in a role verb, before the separator that opens the next clause: 牵头督导，
ROLE_VERB_BEFORE_SEPARATOR_RE = compiled_later(
    "(?:" + "|".join(sorted(ROLE_VERBS, key=len, reverse=True)) + ")(?=[" + CLAUSE_SEPARATORS + "])")


def verb_brackets(text: str) -> list[tuple[int, int, int]]:
    """Spans (inside the brackets) of bracketed verb-form statements, with where their bracket closes:
    （A牵头，B配合）; the first sentence of a bracket that goes on with a remark (〔A牵头，B参与，C负责落实。
    以下各项…不再列出。〕) or with a convention (（A、B负责，排在第一位的为牵头部门，下同）); the complete clauses
    of a bracket the copy cut off at its end ((A牵头督导，B、C、…)."""
    spans = []
    for opening in _OPEN_BRACKET_RE.finditer(text):
        i = opening.start()
        close = _matching_bracket(text, i)
        if close is None:
            end = _cut_off_statement_end(text, i)
            if end is not None:
                spans.append((i + 1, end, end))
            continue
        bracket_close = close
        stop = _STATEMENT_STOP_RE.search(text, i + 1, close)
        if stop is not None:
            if stop.group() in COLONS:
                continue
            close = stop.start()  # the statement is the bracket's first sentence
        note = CONVENTION_CLAUSE_RE.search(text, i + 1, close)
        if note is not None:
            close = note.start()  # （A、B负责，排在第一位的为牵头部门，下同）: the statement before the convention
        if not ROLE_VERB_TAIL_RE.search(text[i + 1 : close].rstrip()):
            close = _statement_before_time_remark(text, i + 1, close)
        if close is not None and ROLE_VERB_TAIL_RE.search(text[i + 1 : close].rstrip()):
            leaders = LEADERS_CLAUSE_RE.match(text, i + 1, close)
            spans.append((leaders.end() if leaders else i + 1, close, bracket_close))
    return spans


def _statement_before_time_remark(text: str, start: int, end: int) -> Optional[int]:
    """The end of the statement in a bracket that goes on with when (（A牵头，B配合，每月通报一次） ·
    （A牵头，2024年底前完成）): the last clause ending in a role verb, when what follows it says when."""
    ends = [found.end() for found in ROLE_VERB_BEFORE_SEPARATOR_RE.finditer(text, start, end)]
    if ends and TIME_REMARK_RE.search(text, ends[-1], end):
        return ends[-1]
    return None


def _cut_off_statement_end(text: str, open_at: int) -> Optional[int]:
    """The end of the last clause ending in a role verb, in a bracket that runs to the end of the
    text without closing (a copy that stopped inside it); None for any other bracket."""
    rest = text[open_at + 1 :]
    if len(rest) > MAX_BRACKET_CHARS or _BRACKET_RE.search(rest) or _STATEMENT_STOP_RE.search(rest):
        return None
    ends = [found.end() for found in ROLE_VERB_BEFORE_SEPARATOR_RE.finditer(rest)]
    return open_at + 1 + ends[-1] if ends else None


def _matching_bracket(text: str, open_at: int) -> Optional[int]:
    depth = 0
    for bracket in _BRACKET_RE.finditer(text, open_at, min(len(text), open_at + MAX_BRACKET_CHARS)):
        if bracket.group() in OPEN_BRACKETS:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return bracket.start()
    return None


EXAMPLES = {
    "NEW_PARAGRAPH_RE": Examples(
        match=("（九）加强监督。", "2．治理生活污水", "一是加强领导", "第三条 各部门"), no_match=("住建局、城管局",)),
    "WHITESPACE_RE": Examples(match=("\n　　县财政局", "\n")),
    "LEADERS_CLAUSE_RE": Examples(match=("分管副省长、协管副秘书长负责，", "分管市领导负责,"),
                                  no_match=("省科技厅牵头，", "市政府办公室负责，", "分管副省长、协管副秘书长负责。")),
    "_LIST_END_CHARS_RE": Examples(match=("市财政局（牵头）", "县民政局。", "配合单位：", "县财政局\n"), no_match=("县财政局、县民政局",)),
    "_OPEN_BRACKET_RE": Examples(match=("（综合处牵头", "〔责任单位", "[配合单位]"), no_match=("综合处牵头）",)),
    "_BRACKET_RE": Examples(match=("（", "）", "【", "〕"), no_match=("《", "“")),
    "TIME_REMARK_RE": Examples(match=("每月通报一次", "2024年底前完成"), no_match=("各相关单位",)),
    "BRACKETED_FIELD_RE": Examples(match=("【完成时限】10个工作日内", "[时间节点]"), no_match=("【牵头】", "（二）")),
    "ROLE_VERB_BEFORE_SEPARATOR_RE": Examples(match=("市生态环境局牵头督导,市公安局", "A牵头，B配合"), no_match=("牵头单位：",)),
    "_STATEMENT_STOP_RE": Examples(match=("责任单位：", "加强监督。"), no_match=("A牵头,B、C配合",)),
}
