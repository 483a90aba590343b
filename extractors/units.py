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
level, place, aliases) in ``extractors.unit_names``; where a statement ends in
``extractors.unit_statement_bounds``; how its list is read into units and roles in ``extractors.unit_mentions``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from extractors.anchored_scan import finditer_after
from extractors.fold import fold, has_traditional
from extractors.segment import jieba_tokenizer, policy_tokenizer  # noqa: F401  (re-exported for pipeline)
from extractors.unit_lists import CLAUSE_SEPARATORS
from extractors.unit_names import clean_name, is_prefix_source, unit_aliases, unit_region  # noqa: F401
from extractors.unit_roles import (
    AGENT_MARK, AGENT_OPENERS, AGENT_SENTENCE_RE, SENTENCE_OPENERS,
    BRACKETED_LABEL_RE,
    LABEL_RE,
    LABEL_ROLES,
    RESPONSIBLE,
    ROLE_NOUN_RE,
    ROLE_NOUN_SENTENCE_RE,
    SUBJECT_DUTY_SENTENCE_RE,
    JOINT_DOERS_RE,
    SUBJECT_THEN_AGENT_RE,
    SUBJECT_THEN_JOINT_DOERS_RE,
    NUMBERED_LINE_RE,
    ROLE_VERB_BEFORE_TASK_RE,
    UNIT_BEFORE_ITEM_RE,
    ROLE_VERB_TAIL_RE,
    DIVISION_LABEL_RE,
    UNIT_HEADING_RE,
    Convention,
    find_convention,
)
from extractors.unit_forms import cell_end, skip_cell_separator, unlabelled_statement_spans
from extractors.unit_tables import space_table_cells, spaced_names, table_cells, unglued_names
from extractors.unit_statement_bounds import MAX_BRACKET_CHARS, list_end, verb_brackets
from extractors.unit_mentions import parse_list
from extractors.vocab import Examples
from schema.models import UnitMention

# One clause of a sentence and the mark that ends it (none at the end of the text).
CLAUSE_RE = re.compile(r"(?P<body>[^，,；;。！？!?\n]*)(?P<stop>[，,；;。！？!?\n]|$)")
CLAUSE_BREAK_RE = re.compile(r"[，,；;。！？!?\n]")
# What separates a heading's doers (省财政厅、省审计厅牵头): its first is the one whose level the others inherit. Not 和,
# which a body's name may hold (省人力资源和社会保障厅).
DOER_SEPARATOR_RE = re.compile(r"[、，,]")


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
    _read_units_before_items(text, mentions, covered)
    statements = [(start, end, close, True) for start, end, close in verb_brackets(text)]
    statements += [(start, end, end, verbs) for start, end, verbs in _agent_sentences(text)]
    statements += [(start, end, end, True) for start, end in _unit_headings(text)]
    for start, end, close, verbs in statements:
        if _overlaps(covered, start, end):
            continue
        # a convention stated in the statement's own bracket, after it, governs it too (close: the bracket's end)
        found, _ = parse_list(text, start, end, RESPONSIBLE, _applies(convention, RESPONSIBLE, close), None,
                               require_verbs=verbs)
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
        end = cell_end(text, start, list_end(text, start))
        if index + 1 < len(labels):
            end = min(end, max(start, labels[index + 1].start()))
        role = LABEL_ROLES[label.group("word")]
        adjacent = previous_end >= 0 and not text[previous_end : label.start()].strip(" \t\u3000；;，,、")
        found, prefix = parse_list(
            text, start, end, role, _applies(convention, role, end), carried_prefix if adjacent else None
        )
        mentions.extend(found)
        covered.append((label.start(), end))
        previous_end, carried_prefix = end, prefix


def _read_table_columns(text: str, convention, mentions: list, covered: list) -> None:
    """Rows of a table whose header names unit columns (| 牵头单位 | 配合单位 |): each such cell is a list."""
    cells = []
    for cell_start, cell_end, role in table_cells(text) + space_table_cells(text):
        if not _overlaps(covered, cell_start, cell_end):
            cells.append((cell_start, cell_end, role))
            covered.append((cell_start, cell_end))
    # every cell's names that spaces alone separate: a name glued to another is cut where the table prints that one alone
    spaced = [(span, cell) for cell in cells for span in spaced_names(text, cell[0], cell[1])]
    single = [span for span, (start, end, _) in spaced if span != (start, end)]
    cut = dict(zip(single, unglued_names(text, single)))
    for (name_start, name_end), (cell_start, cell_end, role) in spaced:
        for start, end in cut.get((name_start, name_end), [(name_start, name_end)]):
            found, _ = parse_list(text, start, end, role, _applies(convention, role, cell_end), None)
            mentions.extend(found)


def _read_unlabelled_statements(text: str, convention, mentions: list, covered: list) -> None:
    """Duty items 区统计局：负责…; brackets of units closing a measure; 配合 brackets (``extractors.unit_forms``).
    A convention stated on the statement's own line, after it (…(A、B。列第一位者为牵头部门,下同)), governs it too."""
    for start, end, role in unlabelled_statement_spans(text):
        if _overlaps(covered, start, end):
            continue
        line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
        found, _ = parse_list(text, start, end, role, _applies(convention, role, line_end), None)
        if found:
            mentions.extend(found)
            covered.append((start, end))


def _read_units_before_items(text: str, mentions: list, covered: list) -> None:
    """由A负责的第1件、B负责的第4件…: each unit of a run of two or more, in one clause, opened by 由 and by a body
    named with its level (UNIT_BEFORE_ITEM_RE)."""
    if "负责的" not in text:
        return
    for run in _unit_item_runs(text):
        if len(run) < 2 or text[run[0].start("unit") - 1] != "由" or _overlaps(covered, run[0].start(), run[-1].end()):
            continue
        if not is_prefix_source(clean_name(run[0].group("unit"))):  # a body named with its level: 县民政局
            continue
        prefix = None  # …、发改局负责的第4件: the first unit's level, as in any list
        for m in run:
            found, prefix = parse_list(text, m.start("unit"), m.end("unit"), RESPONSIBLE, None, prefix)
            mentions.extend(found)
        covered.append((run[0].start(), run[-1].end()))


def _unit_item_runs(text: str) -> list[list[re.Match]]:
    """The matches of UNIT_BEFORE_ITEM_RE grouped into runs: the next one follows in the same clause."""
    runs: list[list[re.Match]] = []
    for m in UNIT_BEFORE_ITEM_RE.finditer(text):
        if runs and not CLAUSE_BREAK_RE.search(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _agent_sentences(text: str) -> list[tuple[int, int, bool]]:
    """Spans of running-text statements 由A牵头，B、C配合，… (and A为承办单位，B为协办单位): the clauses from 由 (or
    from the sentence's start) that end in a role verb or noun, each with whether its clauses must end in role verbs
    (not the doers of 由A会同B等部门研究…, JOINT_DOERS_RE, whose clause ends at 等部门)."""
    spans = []
    # each pattern tried only where a sentence (or a clause, for 由) starts: look-behinds first, finditer would try them
    # at every character
    starts = list(finditer_after(AGENT_SENTENCE_RE, text, AGENT_OPENERS, at_start=True)) if AGENT_MARK in text else []
    if ROLE_NOUN_RE.search(text):  # every such sentence holds one; most texts are read once, not twice
        starts += [noun for noun in finditer_after(ROLE_NOUN_SENTENCE_RE, text, SENTENCE_OPENERS, at_start=True)
                   if not _inside_any(starts, noun.end())]
    if "负责" in text or "牵头" in text:
        doers = [doer for doer in finditer_after(SUBJECT_DUTY_SENTENCE_RE, text, SENTENCE_OPENERS, at_start=True)
                 if _named_with_level(text, doer.end())]
        if doers:
            items = list(NUMBERED_LINE_RE.finditer(text))
            starts += [doer for doer in doers if not _in_article(items, doer.start())]
    if "分工" in text:  # 部门分工:A牵头,B配合: the clauses after the label
        starts += list(finditer_after(DIVISION_LABEL_RE, text, SENTENCE_OPENERS, at_start=True))
    # 勘察设计工作由省计委牵头,…参加: the doers' clause after the work it takes, in one clause with it
    starts += [agent for agent in finditer_after(SUBJECT_THEN_AGENT_RE, text, AGENT_OPENERS, at_start=True)
               if not any(other.start() <= agent.end() <= other.end() for other in starts)] if AGENT_MARK in text else []
    if "会同" in text:  # 出让底价由市国土局会同…等部门共同确定: the doers' clause after what it settles (C21)
        starts += [joint for joint in finditer_after(SUBJECT_THEN_JOINT_DOERS_RE, text, AGENT_OPENERS, at_start=True)
                   if not any(other.start() <= joint.end() <= other.end() for other in starts)]
    for agent in sorted(starts, key=lambda m: m.start()):
        start = end = pos = agent.end()
        verbs = True
        while pos < len(text) and pos - start <= MAX_BRACKET_CHARS:
            clause = CLAUSE_RE.match(text, pos)
            body = clause.group("body").rstrip()
            task = ROLE_VERB_BEFORE_TASK_RE.search(body) if pos == start else None
            if task:  # 1.由保洁公司负责组织… · …,由宣传部负责组织实施: the doer's clause ends at its role verb
                end = pos + task.end()
                # …牵头完成自查报告，其他相关部门（单位）配合: the clauses after the task that end in role verbs name the others
                if clause.group("stop") in CLAUSE_SEPARATORS and (others := _role_clauses_end(text, clause.end())):
                    spans.append((clause.end(), others, True))
                break
            if pos == start and (joint := JOINT_DOERS_RE.match(body)):  # 由A会同B、C等部门研究提出…
                end, verbs = pos + joint.end(), False
                break
            if not body or not ROLE_VERB_TAIL_RE.search(body):
                break
            end = pos + len(body)
            if clause.group("stop") not in CLAUSE_SEPARATORS:  # 。 or the line's end closes the sentence
                break
            pos = clause.end()
        if end > start:
            spans.append((start, end, verbs))
    return spans


def _unit_headings(text: str) -> list[tuple[int, int]]:
    """The doers' span (A牵头) of each heading naming the body that leads its part, (一)省监察厅牵头的工作 (UNIT_HEADING_RE),
    whose first doer is a body named with its level: a person's part (一、孟学农省长负责的工作) names no unit."""
    if "的工作" not in text and "的任务" not in text and "的事项" not in text:
        return []
    spans = []
    for heading in UNIT_HEADING_RE.finditer(text):
        first = DOER_SEPARATOR_RE.split(ROLE_VERB_TAIL_RE.sub("", heading.group("doers")))[0]
        if is_prefix_source(clean_name(first)):
            spans.append((heading.start("doers"), heading.end("doers")))
    return spans


def _role_clauses_end(text: str, pos: int) -> int:
    """Where the run of clauses from ``pos`` that each end in a role verb ends (B配合，C协助), 0 when the first does not."""
    end, start = 0, pos
    while pos < len(text) and pos - start <= MAX_BRACKET_CHARS:
        clause = CLAUSE_RE.match(text, pos)
        body = clause.group("body").rstrip()
        if not body or not ROLE_VERB_TAIL_RE.search(body):
            break
        end = pos + len(body)
        if clause.group("stop") not in CLAUSE_SEPARATORS:
            break
        pos = clause.end()
    return end


def _inside_any(spans: list[re.Match], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (ends included): matches of one ``finditer``, so sorted and
    apart, and only the last one starting at or before ``pos`` can hold it (a bisection, not a scan of
    every span: a long law has hundreds of 由 sentences and of role-noun sentence starts)."""
    at = bisect_right(spans, pos, key=lambda span: span.start()) - 1
    return at >= 0 and spans[at].end() >= pos


def _in_article(items: list[re.Match], pos: int) -> bool:
    """Whether ``pos`` lies in an article of a rules text: the last line opening an article or an outline's top-level
    item at or before it (of ``items``, NUMBERED_LINE_RE's matches in text order) is a 第…条."""
    at = bisect_right(items, pos, key=lambda item: item.start()) - 1
    return at >= 0 and items[at].group("article") is not None


def _named_with_level(text: str, start: int) -> bool:
    """Whether the doer opening a sentence at ``start`` (…负责对…) is one body named with its level prefix (区政府办公室)."""
    task = ROLE_VERB_BEFORE_TASK_RE.search(text, start, start + 20)
    return bool(task) and is_prefix_source(clean_name(text[start:task.start()]))


EXAMPLES = {
    "CLAUSE_RE": Examples(match=("区国土分局牵头,区规划分局、区级相关部门配合", "县民政局负责。")),
    "CLAUSE_BREAK_RE": Examples(match=("，", "。", "\n"), no_match=("、", "负责的第1件")),
    "DOER_SEPARATOR_RE": Examples(match=("省财政厅、省审计厅", "省财政厅，省审计厅"), no_match=("省人力资源和社会保障厅",)),
}
