"""Responsible units: who a notice makes responsible for a measure.

Only explicit statements count (see ../shared/gold/README.md, section Assignments), in any bracket
style and with full- or half-width punctuation:

* labelled lists: ``责任单位：…`` paragraphs, ``牵头单位：… 配合单位：…`` (on one line or on lines of
  their own), ``责任部门``/``牵头责任单位``/``协同责任单位``/``承办单位``, bare ``牵头：… 配合：…``, labels
  in their own brackets ``【牵头单位】…``, and lists inside brackets at the end of a measure or a
  heading: ``（责任单位：…）`` ``〔责任单位：…〕`` ``【责任单位：…】``;
* table columns headed by such a label (``| 牵头单位 | 配合单位 |``, tab-separated rows);
* verb forms in brackets: ``（A牵头，B、C配合）``, ``（A负责）``, ``（A牵头，B按职责分工负责）``, and in
  running text from 由: ``由A牵头，B配合，…``;
* a convention such as "逗号前的单位为牵头单位，下同" (or 分号前, 排名第一位, 列第一位, 第一个单位): the
  plain 责任单位 lists that end after it is stated have their units before the separator lead; the
  others stay responsible unless the convention names them (其他为配合单位).

Units are split on 、，,；; outside brackets (``各县（市）区扶贫开发领导小组`` is one unit, and so is
``各县、市、区政府``; ``extractors.unit_lists``). A unit written without its level prefix inherits the
prefix of the statement's first government body (``市教育局、住建局`` gives ``市住建局``, ``泾县卫健委、
财政局`` gives ``泾县财政局``), except companies, bodies that carry their own place, and descriptive
collectives. The canonical name drops a trailing alias in brackets and uses full-width brackets;
``raw`` is the unit as written and ``text[start:end] == raw``.

The statement words and conventions are in ``extractors.unit_roles``; what a unit's name says (kind,
level, place, aliases) in ``extractors.unit_names``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractors.fold import fold, has_traditional
from extractors.segment import jieba_tokenizer, policy_tokenizer  # noqa: F401  (re-exported for pipeline)
from extractors.unit_names import (
    clean_name,
    is_prefix_source,
    level_prefix,
    looks_complete,
    needs_prefix,
    unit_kind,
)
from extractors.unit_lists import (
    CLAUSE_SEPARATORS,
    CLOSE_BRACKETS,
    COLONS,
    ITEM_SPLIT_RE,
    LIST_SEPARATORS,
    OPEN_BRACKETS,
    SENTENCE_ENDS,
    Item,
    cut_by_text_end, cut_glued_task,
    split_conjunction,
    split_glued,
    split_items,
    trim,
)
from extractors.unit_names import unit_aliases, unit_region  # noqa: F401  (re-exported for pipeline)
from extractors.unit_roles import (
    AGENT_SENTENCE_RE,
    BRACKETED_LABEL_RE,
    CONVENTION_CLAUSE_RE,
    CONVENTION_NOTE_RE,
    INLINE_ROLE_RE,
    ROLE_VERB_BEFORE_TASK_RE,
    LABEL_RE,
    LABEL_ROLES,
    LEAD_SEPARATORS,
    LEAD,
    LEADING_AGENT_RE,
    NOT_A_UNIT_RE,
    RESPONSIBLE,
    ROLE_VERB_TAIL_RE,
    ROLE_VERBS,
    Convention,
    find_convention,
)
from extractors.unit_forms import cell_end, skip_cell_separator, unlabelled_statement_spans
from extractors.unit_tables import space_table_cells, table_cells
from extractors.vocab import Examples
from schema.models import UnitMention


# --------------------------------------------------------------------------------------------
# Vocabulary: layout (the statement words are in extractors.unit_roles)
# --------------------------------------------------------------------------------------------

MAX_LIST_CHARS = 600  # a statement's list is never longer than this
MAX_UNIT_CHARS = 45  # nor one unit's name
MAX_BRACKET_CHARS = 200  # nor a bracketed verb-form statement

# A new paragraph that cannot continue a broken list: a measure label or another statement.
NEW_PARAGRAPH_RE = re.compile(
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
WHITESPACE_RE = re.compile(r"\s*")
# One clause of a sentence and the mark that ends it (none at the end of the text).
CLAUSE_RE = re.compile(r"(?P<body>[^，,；;。！？!?\n]*)(?P<stop>[，,；;。！？!?\n]|$)")

# --------------------------------------------------------------------------------------------
# Statements
# --------------------------------------------------------------------------------------------




def find_assignments(text: str) -> list[UnitMention]:
    """Every unit named in an explicit responsibility statement of ``text``, in text order.

    Statements are read in this order, each skipping the text an earlier one covered: labelled lists
    (责任单位：…, 【牵头单位】…), table columns headed by a label, bracketed verb forms （A牵头，B配合）,
    sentences 由A牵头，B配合.

    Statements in traditional characters (責任單位：…, A牽頭) are read on the text folded to
    simplified characters (``extractors.fold``: same length, same offsets); each unit's ``raw`` is
    cut from the text as written, its ``name`` is the folded canonical name.
    """
    if has_traditional(text):
        mentions = find_assignments(fold(text))
        for mention in mentions:
            mention.raw = text[mention.start:mention.end]
        return mentions
    convention = find_convention(text)
    mentions: list[UnitMention] = []
    covered: list[tuple[int, int]] = []
    _read_labelled_lists(text, convention, mentions, covered)
    _read_table_columns(text, convention, mentions, covered)
    _read_unlabelled_statements(text, convention, mentions, covered)
    for start, end, close in _verb_brackets(text) + [(start, end, end) for start, end in _agent_sentences(text)]:
        if _overlaps(covered, start, end):
            continue
        # a convention stated in the statement's own bracket, after it, governs it too (close: the bracket's end)
        found, _ = _parse_list(text, start, end, RESPONSIBLE, _applies(convention, RESPONSIBLE, close), None,
                               require_verbs=True)
        if found:
            mentions.extend(found)
            covered.append((start, end))
    return sorted(mentions, key=lambda m: m.start)


def lead_convention(text: str) -> Optional[str]:
    """Which rule the document states for the lead units of a list: comma, semicolon, first."""
    convention = find_convention(text)
    return convention.separator if convention else None


def _overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start < e or start <= s < end for s, e in covered)


def _labels(text: str) -> list[re.Match]:
    """Every list label of ``text`` (责任单位： and 【责任单位】), in text order, none inside another."""
    found = sorted(list(LABEL_RE.finditer(text)) + list(BRACKETED_LABEL_RE.finditer(text)), key=lambda m: m.start())
    labels: list[re.Match] = []
    for label in found:
        if not labels or label.start() >= labels[-1].end():
            labels.append(label)
    return labels


def _applies(convention: Optional[Convention], role: str, list_end: int) -> Optional[Convention]:
    """The convention governs plain 责任单位 lists that end after it is stated (下同: it carries on)."""
    if convention and role == RESPONSIBLE and list_end > convention.start:
        return convention
    return None


def _read_labelled_lists(text: str, convention, mentions: list, covered: list) -> None:
    """责任单位：… 牵头单位：…；配合单位：… 【牵头单位】…: each label's list up to the next label."""
    labels = _labels(text)
    previous_end, carried_prefix = -1, None
    for index, label in enumerate(labels):
        if label.start() < previous_end:
            continue
        start = skip_cell_separator(text, label.end())
        end = cell_end(text, start, _list_end(text, start))
        if index + 1 < len(labels):
            end = min(end, max(start, labels[index + 1].start()))
        role = LABEL_ROLES[label.group("word")]
        adjacent = previous_end >= 0 and not text[previous_end : label.start()].strip(" \t\u3000；;，,、")
        found, prefix = _parse_list(
            text, start, end, role, _applies(convention, role, end), carried_prefix if adjacent else None
        )
        mentions.extend(found)
        covered.append((label.start(), end))
        previous_end, carried_prefix = end, prefix


def _read_table_columns(text: str, convention, mentions: list, covered: list) -> None:
    """Rows of a table whose header names unit columns (| 牵头单位 | 配合单位 |): each such cell is a list."""
    for cell_start, cell_end, role in table_cells(text) + space_table_cells(text):
        if _overlaps(covered, cell_start, cell_end):
            continue
        found, _ = _parse_list(text, cell_start, cell_end, role, _applies(convention, role, cell_end), None)
        mentions.extend(found)
        covered.append((cell_start, cell_end))


def _read_unlabelled_statements(text: str, convention, mentions: list, covered: list) -> None:
    """Duty items 区统计局：负责…; brackets of units closing a measure; 配合 brackets (``extractors.unit_forms``).
    A convention stated on the statement's own line, after it (…(A、B。列第一位者为牵头部门,下同)), governs it too."""
    for start, end, role in unlabelled_statement_spans(text):
        if _overlaps(covered, start, end):
            continue
        line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
        found, _ = _parse_list(text, start, end, role, _applies(convention, role, line_end), None)
        if found:
            mentions.extend(found)
            covered.append((start, end))


def _agent_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of running-text statements 由A牵头，B、C配合，…: the clauses from 由 that end in a role verb."""
    spans = []
    for agent in AGENT_SENTENCE_RE.finditer(text):
        start = end = pos = agent.end()
        while pos < len(text) and pos - start <= MAX_BRACKET_CHARS:
            clause = CLAUSE_RE.match(text, pos)
            body = clause.group("body").rstrip()
            task = ROLE_VERB_BEFORE_TASK_RE.search(body) if pos == start else None
            if task:  # 1.由保洁公司负责组织… · …,由宣传部负责组织实施: the doer's clause ends at its role verb
                end = pos + task.end()
                break
            if not body or not ROLE_VERB_TAIL_RE.search(body):
                break
            end = pos + len(body)
            if clause.group("stop") not in CLAUSE_SEPARATORS:  # 。 or the line's end closes the sentence
                break
            pos = clause.end()
        if end > start:
            spans.append((start, end))
    return spans


# The characters _list_end acts on; it jumps from one to the next.
_LIST_END_CHARS_RE = re.compile(
    "[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + SENTENCE_ENDS + COLONS) + "\n]"
)


def _list_end(text: str, pos: int) -> int:
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


_OPEN_BRACKET_RE = re.compile("[" + re.escape("".join(OPEN_BRACKETS)) + "]")
_BRACKET_RE = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")
_STATEMENT_STOP_RE = re.compile("[" + re.escape(COLONS + SENTENCE_ENDS) + "]")  # none in a verb form
# What says when, after a bracketed statement's last clause: 每月通报一次 · 2024年底前完成 · 完成时限…
TIME_REMARK_RE = re.compile(r"\d|每|[年月日号底]前|完成|时限|以内|之内|长期|持续")
# A field's label in brackets of its own, after a list: 【完成时限】 【牵头领导】 [时间节点]. Not a role (【牵头】).
BRACKETED_FIELD_RE = re.compile(r"[【\[［〔](?!牵头|配合|协办|参与)[\u4e00-\u9fff]{2,6}[】\]］〕]")
# A clause ending in a role verb, before the separator that opens the next clause: 牵头督导，
ROLE_VERB_BEFORE_SEPARATOR_RE = re.compile(
    "(?:" + "|".join(sorted(ROLE_VERBS, key=len, reverse=True)) + ")(?=[" + CLAUSE_SEPARATORS + "])")


def _verb_brackets(text: str) -> list[tuple[int, int, int]]:
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
            spans.append((i + 1, close, bracket_close))
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


def _parse_list(
    text: str,
    start: int,
    end: int,
    role: str,
    convention: Optional[Convention],
    prefix: Optional[str],
    require_verbs: bool = False,
) -> tuple[list[UnitMention], Optional[str]]:
    """The units of one list with their roles; also the level prefix the list established.

    ``require_verbs`` is for bracketed verb forms: the list counts only if its clauses end in
    role verbs and every unit reads as a unit name.
    """
    items = split_items(text, start, end)
    if not _assign_roles(text, items, role, convention) and require_verbs:
        return [], prefix
    items = [part for item in items for part in split_conjunction(text, item)]
    items = [part for item in items for part in split_glued(text, item)]
    items = items if require_verbs else [cut_glued_task(text, item) for item in items]  # 园林局配合做好…
    mentions = []
    for item in items:
        raw = text[item.start : item.end]
        name = clean_name(raw)
        if not _is_acceptable_unit(name) and not (cut_by_text_end(text, item.end, name) and not require_verbs):
            if require_verbs:
                return [], prefix
            continue
        if prefix is None and is_prefix_source(name):
            prefix = level_prefix(name)
        elif prefix and needs_prefix(name):
            name = prefix + name
        role_here = item.role or role
        mention = UnitMention(name, raw, role_here, unit_kind(name), item.start, item.end)
        mentions.append(mention)
    return mentions, prefix


def _assign_roles(text: str, items: list[Item], role: str, convention: Optional[Convention]) -> bool:
    """Set each item's role; True when the list is in verb form (A牵头，B配合)."""
    clauses = _clauses(text, items)
    verb_form = any(_clause_verb(text, clause) for clause in clauses)
    if verb_form:
        _assign_verb_roles(text, clauses, role)
        if convention and convention.separator == "first" and all(item.role == RESPONSIBLE for item in items):
            items[0].role = LEAD  # （A、B负责） under 排在第一位的为牵头部门: the first unit leads
    else:
        _assign_list_roles(items, role, convention)
    for item in items:
        _apply_inline_role(text, item)
    return verb_form


# The tests on a unit's name below are pure functions of the name, and the same names come back in
# list after list (and notice after notice): each is worked out once per name.
@lru_cache(maxsize=16384)
def _is_acceptable_unit(name: str) -> bool:
    return (
        bool(name)
        and len(name) <= MAX_UNIT_CHARS
        and not NOT_A_UNIT_RE.search(name)
        and looks_complete(name)
    )


def _clauses(text: str, items: list[Item]) -> list[list[Item]]:
    """Items grouped into clauses: a clause ends at ，；(not at 、), and after a role verb (由A牵头、B配合)."""
    clauses: list[list[Item]] = [[]]
    for item in items:
        clauses[-1].append(item)
        if (item.sep_after and item.sep_after in CLAUSE_SEPARATORS) or _clause_verb(text, [item]):
            clauses.append([])
    return [clause for clause in clauses if clause]


def _clause_verb(text: str, clause: list[Item]) -> Optional[re.Match]:
    last = clause[-1]
    match = ROLE_VERB_TAIL_RE.search(text, last.start, last.end)
    if match and match.start() > last.start:
        return match
    return None


def _assign_verb_roles(text: str, clauses: list[list[Item]], default: str) -> None:
    """（A牵头，B、C配合）: each clause takes the role of its verb; the verb and 由 are cut off.

    A clause without a verb shares the verb of the next clause that has one.
    """
    pending: list[Item] = []
    for clause in clauses:
        pending.extend(clause)
        verb = _clause_verb(text, clause)
        if verb is None:
            continue
        clause[-1].end = verb.start()
        for item in pending:
            item.role = ROLE_VERBS[verb.group()]
        pending = []
    for item in pending:
        item.role = default
    for clause in clauses:
        first = clause[0]
        agent = LEADING_AGENT_RE.match(text, first.start, first.end)
        if agent and agent.end() < first.end:
            first.start = agent.end()
        for item in clause:
            trimmed = trim(text, item)
            item.start, item.end = trimmed.start, trimmed.end


def _assign_list_roles(items: list[Item], role: str, convention: Optional[Convention]) -> None:
    """A plain list: one role for all, or, by the document's stated convention, the units before its
    separator lead and the others take the role the convention gives them."""
    if convention is None:
        for item in items:
            item.role = role
        return
    separators = LEAD_SEPARATORS[convention.separator]
    leading = True
    for item in items:
        item.role = LEAD if leading else convention.rest_role
        if convention.separator == "first" or (item.sep_after and item.sep_after in separators):
            leading = False


def _apply_inline_role(text: str, item: Item) -> None:
    """市发改委（牵头）: the bracketed role overrides the list's and is cut off the unit; a convention
    note in brackets after the last unit (市级各部门(逗号前的单位为牵头单位,下同)) is cut off too."""
    note = CONVENTION_NOTE_RE.search(text, item.start, item.end)
    if note and note.start() > item.start:
        _cut_at(text, item, note.start())
    match = INLINE_ROLE_RE.search(text, item.start, item.end)
    if match and match.start() > item.start:
        item.role = LABEL_ROLES[match.group("word")]
        _cut_at(text, item, match.start())


def _cut_at(text: str, item: Item, end: int) -> None:
    item.end = end
    while item.end > item.start and text[item.end - 1].isspace():
        item.end -= 1


EXAMPLES = {
    "NEW_PARAGRAPH_RE": Examples(
        match=("（九）加强监督。", "2．治理生活污水", "一是加强领导", "第三条 各部门"), no_match=("住建局、城管局",)),
    # Tried where a list's line ends and from where a clause starts (match): every string has such a start.
    "WHITESPACE_RE": Examples(match=("\n　　县财政局", "\n")),
    "CLAUSE_RE": Examples(match=("区国土分局牵头,区规划分局、区级相关部门配合", "县民政局负责。")),
    "_LIST_END_CHARS_RE": Examples(match=("市财政局（牵头）", "县民政局。", "配合单位：", "县财政局\n"), no_match=("县财政局、县民政局",)),
    "_OPEN_BRACKET_RE": Examples(match=("（综合处牵头", "〔责任单位", "[配合单位]"), no_match=("综合处牵头）",)),
    "_BRACKET_RE": Examples(match=("（", "）", "【", "〕"), no_match=("《", "“")),
    "TIME_REMARK_RE": Examples(match=("每月通报一次", "2024年底前完成"), no_match=("各相关单位",)),
    "BRACKETED_FIELD_RE": Examples(match=("【完成时限】10个工作日内", "[时间节点]"), no_match=("【牵头】", "（二）")),
    "ROLE_VERB_BEFORE_SEPARATOR_RE": Examples(match=("市生态环境局牵头督导,市公安局", "A牵头，B配合"), no_match=("牵头单位：",)),
    "_STATEMENT_STOP_RE": Examples(match=("责任单位：", "加强监督。"), no_match=("A牵头,B、C配合",)),
}

