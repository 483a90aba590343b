"""Measures as the alignment sees them: a tree of measures, each with its own words and where they
are in the document.

A measure's own text is located by its ``text_start`` when the measure dict has one
(``lookup.load_measures`` finds it in ``documents.text``), else it is taken to start right after
the label (``start + len(label)``); a heading not repeated at the start of the text is a piece of
its own, at ``heading_start`` (or the same place).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional


class Measure:
    """A measure with what matching needs: its place in the tree (``parent``, ``children``,
    ``level``), its own words (``own``: the ``pieces`` joined) and their length, and ``n``, its
    number in its document's list. ``repr`` is the text the lexical comparison reads (set by the
    scoring: a heading-only section is represented by its children's headings too)."""

    __slots__ = ("d", "id", "path", "level", "label", "heading", "text", "parent", "children",
                 "pieces", "own", "length", "repr", "n", "_heading_only")

    def __init__(self, d: dict, n: int):
        self.d = d
        self.n = n
        self.id = d.get("id")
        self.path = str(d.get("path") or "")
        self.level = int(d.get("level") or (self.path.count(".") + 1 if self.path else 1))
        self.label = d.get("label") or ""
        self.heading = (d.get("heading") or "").strip()
        self.text = d.get("text") or ""
        self.parent: Optional[Measure] = None
        self.children: list[Measure] = []
        self._heading_only: Optional[bool] = None
        self.pieces = _own_pieces(d, self.label, self.heading, self.text)
        self.own = "。".join(p[0] for p in self.pieces)
        self.length = max(1, len(re.sub(r"\s", "", self.own)))

    def ancestors(self) -> Iterator[Measure]:
        m = self.parent
        while m is not None:
            yield m
            m = m.parent

    def descendants(self) -> Iterator[Measure]:
        for c in self.children:
            yield c
            yield from c.descendants()

    def heading_only(self) -> bool:
        """A section whose words are all in its items: a heading and at most a short line."""
        if self._heading_only is None:
            body = self.text.strip()
            if self.heading and body.startswith(self.heading):
                body = body[len(self.heading):]
            self._heading_only = bool(self.children) and len(re.sub(r"\W", "", body)) < 20
        return self._heading_only


def _own_pieces(d: dict, label: str, heading: str, body: str) -> list[tuple[str, int]]:
    """The pieces (text, document offset) of a measure's own words, for reuse: its heading when
    the text does not begin with it, and its text."""
    start = d.get("start")
    start = int(start) if start is not None else 0
    text_start = d.get("text_start")
    if text_start is None:
        text_start = start + len(label)
    pieces = []
    if heading and heading not in body[: len(heading) + 8]:
        heading_start = d.get("heading_start")
        if heading_start is None:
            heading_start = start + len(label)
        pieces.append((heading, int(heading_start)))
    if body.strip():
        pieces.append((body, int(text_start)))
    return pieces


def build_measures(measures: list[dict]) -> list[Measure]:
    """The measures of one document as a tree: the parent of each from ``parent_id`` when the dicts
    have one, else from ``path`` (1.2 under 1); a loop is never made."""
    ms = [Measure(d, n) for n, d in enumerate(measures)]
    by_id = {m.id: m for m in ms if m.id is not None}
    by_path = {m.path: m for m in ms if m.path}
    for m in ms:
        parent = None
        pid = m.d.get("parent_id")
        if pid is not None and pid in by_id:
            parent = by_id[pid]
        elif "parent_id" not in m.d and "." in m.path:
            parent = by_path.get(m.path.rsplit(".", 1)[0])
        if parent is not None and parent is not m and m not in parent.ancestors():
            m.parent = parent
            parent.children.append(m)
    return ms


def describe(m: Optional[Measure]) -> Optional[str]:
    """The measure's heading, else the start of its text."""
    if m is None:
        return None
    return m.heading or re.sub(r"\s+", " ", m.own.strip())[:60]


def pieces_of(measures: list[Measure]) -> list[tuple[tuple[str, int], int]]:
    """The pieces (text, document offset) of the measures' own words, each with its measure's
    number: what reuse is found between."""
    return [(p, m.n) for m in measures for p in m.pieces]
