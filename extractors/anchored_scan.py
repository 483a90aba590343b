"""A pattern's matches found by trying it only within reach of its anchors: what
``pattern.finditer(text)`` gives, at a fraction of the cost for a pattern that may start almost
anywhere (an optional year, a count) but always has one of a few characters (or words) at most
``reach`` characters after its start (a 月 after the year and month, a 内 at the end of a window).

``finditer`` tries such a pattern at every position of the text; :func:`finditer_near` tries it only
at the positions from which an anchor is within reach, in order, and of those only at the ones
holding a character the pattern can start with (:func:`first_characters`), which gives exactly the
same matches (the deadline patterns' anchors are checked against ``finditer`` by tests/test_deadlines.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Iterator, Optional, Sequence

try:  # the standard library's own parser of patterns (private: without it, every position is tried)
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover
    sre_constants = sre_parse = None


# The texts whose anchors were found lately, each with its anchors' offsets: the deadline patterns of one text
# share a few sets of anchors (月 for ten of them), each found once a text.
TEXTS_KEPT = 2


@lru_cache(maxsize=TEXTS_KEPT)
def _offsets_in(text: str) -> dict:
    """{tuple of anchors: their offsets in ``text``}, filled in as they are asked for."""
    return {}


def anchor_positions(text: str, anchors: tuple[str, ...]) -> list[int]:
    """Where any of ``anchors`` (characters or words) starts in ``text``, overlapping occurrences included, in
    order, each offset once: one scan of the text for each set of anchors, kept for the text."""
    kept = _offsets_in(text)
    if anchors not in kept:  # several patterns share their anchors (月 alone for most)
        if any(len(anchor) > 1 for anchor in anchors):  # words: their first characters (不, 期) are everywhere
            kept[anchors] = [found.start() for found in _words_re(anchors).finditer(text)]
        else:  # characters: each position holding one of them, in order
            kept[anchors] = character_offsets(text, anchors)
    return kept[anchors]


def character_offsets(text: str, characters: Sequence[str]) -> list[int]:
    """Where any of the single ``characters`` stands in ``text``, in order: ``str.find`` for each character, merged.
    ``find`` skips to the next occurrence of one character at memory speed, where a character class (``[底末内]``) makes
    ``re`` test the class at every position, five to ten times slower on a notice's few occurrences."""
    found, find, distinct = [], text.find, set(characters)
    for character in distinct:
        at = find(character)
        while at >= 0:
            found.append(at)
            at = find(character, at + 1)
    if len(distinct) > 1:
        found.sort()  # sorted runs, one a character: merged in one pass
    return found


@lru_cache(maxsize=None)
def _words_re(anchors: tuple[str, ...]) -> re.Pattern:
    """Where any of ``anchors`` starts, overlapping occurrences included: each word's first character with the
    rest in a look-ahead, so that each match is one character long."""
    return re.compile("|".join(re.escape(word[0]) + f"(?={re.escape(word[1:])})" for word in anchors))


class _Unknown(Exception):
    """A piece of a pattern whose first characters are not worked out (any character, a negated class …)."""


# \d, \s, \w and their complements, as a class item
_CATEGORIES = {getattr(sre_constants, "CATEGORY_" + name): escape for name, escape in (
    ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"), ("WORD", r"\w"), ("NOT_WORD", r"\W"),
)} if sre_constants else {}


def _first_of(items: list) -> tuple[list[str], bool]:
    """(the character-class items of the characters a match of ``items`` can start with, whether
    ``items`` can match the empty string). Look-arounds and anchors take no character: skipped."""
    c = sre_constants
    classes: list[str] = []
    for op, value in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return classes + [re.escape(chr(value))], False
        if op is c.IN:
            for kind, member in value:
                if kind is c.LITERAL:
                    classes.append(re.escape(chr(member)))
                elif kind is c.RANGE:
                    classes.append(re.escape(chr(member[0])) + "-" + re.escape(chr(member[1])))
                elif kind is c.CATEGORY and member in _CATEGORIES:
                    classes.append(_CATEGORIES[member])
                else:
                    raise _Unknown(kind)  # a negated class
            return classes, False
        if op is c.SUBPATTERN:
            if value[1] & re.IGNORECASE:
                raise _Unknown(op)  # (?i:…): its characters in either case
            first, empty = _first_of(value[-1])
        elif op is c.BRANCH:
            firsts = [_first_of(alternative) for alternative in value[1]]
            first, empty = [item for found, _ in firsts for item in found], any(empty for _, empty in firsts)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first, empty = _first_of(value[2])
            empty = empty or value[0] == 0
        else:
            raise _Unknown(op)
        classes += first
        if not empty:
            return classes, False
    return classes, True


@lru_cache(maxsize=None)
def first_characters(pattern: re.Pattern) -> Optional[re.Pattern]:
    """A one-character pattern of every character a match of ``pattern`` can start with; None when
    that is not worked out (then every position is tried)."""
    if sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        classes, empty = _first_of(list(sre_parse.parse(pattern.pattern, pattern.flags).data))
    except (_Unknown, re.error):
        return None
    return None if empty or not classes else re.compile("[" + "".join(classes) + "]")


def finditer_at_first_characters(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, the pattern tried only at the characters a match can start with
    (:func:`first_characters`): for a pattern of several branches that start with look-behinds or
    line anchors, which ``finditer`` tries one by one at every character (a fifth of the time on the
    converter markup of ``pipeline.document.normalise``). A pattern whose first characters are not
    worked out, or that can match the empty string, is scanned by ``finditer`` itself."""
    first = first_characters(pattern)
    if first is None:
        yield from pattern.finditer(text)
        return
    search, match_at, pos = first.search, pattern.match, 0
    while (start := search(text, pos)) is not None:
        at = start.start()
        found = match_at(text, at)
        if found is None:
            pos = at + 1
            continue
        yield found
        pos = max(found.end(), at + 1)


def finditer_near(pattern: re.Pattern, text: str, anchors: Sequence[str], reach: int) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match has one of ``anchors`` starting at
    most ``reach`` characters after the match's start."""
    match_at = pattern.match
    if not reach:  # the anchor is the match's start: tried there alone, without looking for a first character first
        pos = 0
        for at in anchor_positions(text, tuple(anchors)):
            if at < pos:
                continue
            found = match_at(text, at)
            if found is not None:
                yield found
                pos = max(found.end(), at + 1)
        return
    first = first_characters(pattern)
    pos = 0  # where the next match may start: after the last match and the positions tried
    for at in anchor_positions(text, tuple(anchors)):
        p = max(pos, at - reach)
        while p <= at:
            if first is not None:  # the next position holding a character a match can start with
                start = first.search(text, p, at + 1)
                if start is None:
                    p = at + 1
                    break
                p = start.start()
            found = match_at(text, p)
            if found is None:
                p += 1
                continue
            yield found
            p = max(found.end(), p + 1)
        pos = p


def finditer_after(pattern: re.Pattern, text: str, marks: str, at_start: bool = False) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts right after one of the characters ``marks``
    (its look-behind: a signature glued after a sentence's 。), or with ``at_start`` at the text's start too (a ``^``
    beside the look-behind), tried only there: ``finditer`` tries a pattern that begins with a look-behind at every
    character, and one whose first characters are everywhere (any Han character) gains nothing from
    :func:`finditer_at_first_characters`."""
    match_at, pos = pattern.match, 0
    starts = (at + 1 for at in character_offsets(text, marks))
    for at in chain((0,), starts) if at_start else starts:
        if at < pos:
            continue  # inside the last match
        found = match_at(text, at)  # (its look-behind sees the mark: match looks before ``at``)
        if found is not None:
            yield found
            pos = max(found.end(), at + 1)
