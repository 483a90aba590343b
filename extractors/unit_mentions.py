"""A statement's list read into unit mentions (for ``extractors.units``): split into units, each name resolved
(cleaned, given the level prefix of the statement's first government body, rejected when it is no unit),
and each unit given its role (by its label, its verb, an inline role or the notice's convention).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractors.unit_names import clean_name, is_prefix_source, level_prefix, looks_complete, needs_prefix, unit_kind
from extractors.unit_lists import (
    CLAUSE_SEPARATORS,
    Item,
    cut_by_text_end,
    cut_glued_task,
    names_a_field,
    split_conjunction,
    split_glued,
    split_items,
    trim,
)
from extractors.unit_roles import (
    CONVENTION_NOTE_RE,
    INLINE_ROLE_RE,
    LABEL_ROLES,
    LEAD,
    LEADING_AGENT_RE,
    LEAD_SEPARATORS,
    NOT_A_UNIT_RE,
    RESPONSIBLE,
    ROLE_VERBS,
    ROLE_VERB_TAIL_RE,
    Convention,
)
from extractors.unit_statement_bounds import MAX_UNIT_CHARS
from schema.models import UnitMention


def parse_list(
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
        if not _is_acceptable_unit(name) and not (cut_by_text_end(text, item.end, name) and not require_verbs) \
                and not names_a_field(text, start, end, name):
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
