"""What a search box query means: words that must occur, alternatives (OR) and exclusions (-word).

    扶贫 信贷            both words (each segmented by jieba, each word anywhere in the row)
    扶贫 OR 就业         either (also | )
    扶贫 -疫情           扶贫, and not 疫情 (also NOT 疫情)
    "小额信贷政策"        the characters together, exactly as typed

:func:`parse` reads a query into :class:`Query`, :func:`fts_match` writes its FTS5 expression for
the per-character indexes of ``pipeline.corpus.search`` (each word the phrase of its characters),
and :func:`hit_spans` finds the words in a text, for highlighting. Anything else typed (quotes left
open, brackets, FTS5's own operators) is plain text: a query never fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from extractors.vocab import Examples

# Operators, each a term of its own between spaces.
OR_WORDS = frozenset({"OR", "|", "或者"})
NOT_WORDS = frozenset({"NOT", "-"})
# A term: "a quoted phrase" (the closing quote optional) or a run without spaces; a leading - excludes.
TERM = re.compile(r'(?P<minus>[-－])?(?:["“”](?P<phrase>[^"“”]*)["“”]?|(?P<bare>[^\s"“”]+))')

EXAMPLES = {
    "OR_WORDS": Examples(match=("OR", "|"), no_match=("or", "和")),
    "NOT_WORDS": Examples(match=("NOT", "-"), no_match=("not",)),
    "TERM": Examples(match=("扶贫", "-疫情", '"小额信贷政策"', "“扶贫”"), no_match=(" ", "")),
}


@dataclass
class Query:
    """``groups``: alternatives, each a list of words that must all occur; ``excluded``: words none
    of which may occur."""

    groups: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        """Every word searched for (not the excluded ones), each once, longest first."""
        unique = {word for group in self.groups for word in group}
        return sorted(unique, key=lambda word: (-len(word), word))


def parse(query, segment: Callable[[str], list[str]]) -> Query:
    """``query`` as alternatives of words and exclusions; ``segment`` cuts a typed term into words
    (jieba's words: the index holds characters, so a word is found inside longer ones)."""
    parsed = Query()
    current: list[str] = []
    negate_next = False
    for match in TERM.finditer(str(query or "")):
        bare, phrase = match.group("bare"), match.group("phrase")
        if bare in OR_WORDS and not match.group("minus"):
            if current:
                parsed.groups.append(current)
            current = []
            continue
        if bare in NOT_WORDS and not match.group("minus"):
            negate_next = True
            continue
        if phrase is not None:  # one phrase, characters together, punctuation and spaces dropped
            joined = "".join(segment(phrase))
            found = [joined] if joined else []
        else:
            found = segment(bare)
        if match.group("minus") or negate_next:
            parsed.excluded += [word for word in found if word not in parsed.excluded]
        else:
            current += [word for word in found if word not in current]
        negate_next = False
    if current:
        parsed.groups.append(current)
    return parsed


def fts_match(parsed: Query, phrase: Callable[[str], str]) -> str:
    """The FTS5 expression of ``parsed``; ``phrase`` writes one word as an FTS5 phrase. A query with
    nothing to look for is ``""``, which matches no row (FTS5 has no "everything but")."""
    groups = [" AND ".join(phrase(word) for word in group) for group in parsed.groups if group]
    if not groups:
        return '""'
    positive = " OR ".join(f"({group})" for group in groups) if len(groups) > 1 else groups[0]
    if not parsed.excluded:
        return positive
    excluded = " OR ".join(phrase(word) for word in parsed.excluded)
    return f"({positive}) NOT ({excluded})"


def hit_spans(text: str, words: list[str], fold: Callable[[str], str] = str.lower) -> list[tuple[int, int]]:
    """Where ``words`` stand in ``text`` (start, end), in order, overlaps merged; ``fold`` maps the
    text and the words alike (it must keep every character one character)."""
    if not text or not words:
        return []
    folded = fold(text)
    spans = []
    for word in words:
        target = fold(word)
        start = folded.find(target)
        while target and start >= 0:
            spans.append((start, start + len(target)))
            start = folded.find(target, start + len(target))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet_pieces(text: str, spans: list[tuple[int, int]], context: int = 40,
                   most: int = 3) -> list[tuple[str, bool]]:
    """Short passages of ``text`` around its first ``most`` hits, every hit inside them marked:
    ``(piece, is_hit)`` in order, "…" where text is left out; the text's beginning when there is
    no hit."""
    if not text:
        return []
    if not spans:
        return [(text[:2 * context], False)] + ([("…", False)] if len(text) > 2 * context else [])
    windows: list[list[int]] = []
    for start, end in spans[:most]:
        left, right = max(0, start - context), min(len(text), end + context)
        if windows and left <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], right)
        else:
            windows.append([left, right])
    pieces: list[tuple[str, bool]] = []
    for left, right in windows:
        if left > 0:
            pieces.append(("…", False))
        at = left
        for start, end in spans:
            if end <= left or start >= right:
                continue
            start, right = max(start, left), max(right, end)  # a hit is never cut
            pieces += [(text[at:start], False), (text[start:end], True)]
            at = end
        pieces.append((text[at:right], False))
    if windows[-1][1] < len(text):
        pieces.append(("…", False))
    merged: list[tuple[str, bool]] = []
    for piece, hit in pieces:  # no empty pieces, no "……" between windows
        if piece and not (piece == "…" and merged and merged[-1] == ("…", False)):
            merged.append((piece, hit))
    return merged
