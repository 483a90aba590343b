"""Measures as the alignment sees them: a tree of measures, each with its own words and where they
are in the document.

A measure's own text is located by its ``text_start`` when the measure dict has one
(``lookup.load_measures`` finds it in ``documents.text``), else it is taken to start right after
the label (``start + len(label)``); a heading not repeated at the start of the text is a piece of
its own, at ``heading_start`` (or the same place).

Two stretches of a text are not the words of the measure the parser hands them to: a schedule a
law appends after its last article (附： 车船税税目税额表, 个人所得税税率表一（综合所得适用）, its
rows and notes) is nobody's words and is cut off (:data:`SCHEDULE_TITLE`); and a paragraph after the
last item of a list (（十）国务院规定的其他免税所得。 前款第十项免税规定，由国务院报…备案。) is the
next paragraph of the article that introduces the list, and is given back to it
(:func:`_lift_trailing_paragraphs`).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from extractors.vocab import Examples

#: A paragraph that opens a schedule appended to a text: 附： · 附件 · 附表一 · a table's title alone on
#: its line (车船税税目税额表, 个人所得税税率表一（综合所得适用）). What follows it is the schedule.
SCHEDULE_TITLE = re.compile(
    r"^\s*(?:附(?:件|表)?[一二三四五六七八九十\d]*[：:]?"
    r"|[\u4e00-\u9fff]{2,30}表[一二三四五六七八九十\d]*(?:[（(][^（）()\n]{1,20}[）)])?)\s*$",
    re.MULTILINE)
#: An item that is a value, not a provision: a condition and the amount or rate it gets
#: (净吨位不超过200吨的，每吨3元； 不超过36000元的，税率为3%). A list of them says nothing the
#: heading above it does not: 机动船舶具体适用税额为：
VALUE_ITEM = re.compile(r"\d+(?:\.\d+)?\s*(?:元|万元|亿元|%|％|‰)|百分之[零一二两三四五六七八九十点]+")
#: Longest item (characters without spaces) still read as a value: a longer one says more.
VALUE_ITEM_MAX = 40
#: A paragraph break inside a measure's text.
PARAGRAPH_BREAK = re.compile(r"\n\s*")

EXAMPLES = {
    "SCHEDULE_TITLE": Examples(
        match=("附：", "附表一", "附件", "车船税税目税额表", "个人所得税税率表一（综合所得适用）"),
        no_match=("具体适用税额依照本法所附《车船税税目税额表》执行。", "附件：1. 任务分工表，请认真落实。",
                  "各地要按照附表要求，认真填报。")),
    "VALUE_ITEM": Examples(match=("净吨位不超过200吨的，每吨3元；", "税率为百分之二十", "不超过36000元的，3%"),
                           no_match=("艇身长度不超过10米的", "免征车船税")),
    "PARAGRAPH_BREAK": Examples(match=("\n", "\n\n  "), no_match=("。", " ")),
}


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

    def lists_values(self) -> bool:
        """A heading-only list lead-in (its text ends with a colon) whose items are all values
        (:data:`VALUE_ITEM`, each short): 游艇具体适用税额为： 艇身长度不超过10米的，每米600元； … Its
        heading says what it is about; its items, amounts, match nothing and vote for nothing."""
        return (self.heading_only() and self.text.rstrip().endswith(("：", ":"))
                and all(VALUE_ITEM.search(c.own) and len(re.sub(r"\s", "", c.own)) <= VALUE_ITEM_MAX
                        for c in self.children))


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
    body = without_schedule(body)
    if body.strip():
        pieces.append((body, int(text_start)))
    return pieces


def without_schedule(body: str) -> str:
    """``body`` up to the schedule appended after its first paragraph (:data:`SCHEDULE_TITLE`), if
    any: 本法自公布之日起施行。 个人所得税税率表一（综合所得适用）… is 本法自公布之日起施行。"""
    first = PARAGRAPH_BREAK.search(body)
    if first is None:
        return body
    found = SCHEDULE_TITLE.search(body, first.end())
    return body[:found.start()].rstrip() if found else body


def _lift_trailing_paragraphs(ms: list[Measure]) -> None:
    """Give the paragraphs after the first of a list's last item back to the measure that
    introduces the list: the parser ends an item at the next label, so the article's paragraph
    after its list (前款第十项免税规定，由国务院报…备案) ends up in the last item. Only for a list of
    one-paragraph items under a lead-in ending with a colon (下列各项个人所得，免征个人所得税：), where
    a second paragraph cannot be the item's own."""
    for parent in ms:
        items = parent.children
        if len(items) < 2 or not parent.text.rstrip().endswith(("：", ":")):
            continue
        last = items[-1]
        if any(PARAGRAPH_BREAK.search(c.text.strip()) for c in items[:-1]) or not last.pieces:
            continue
        text, offset = last.pieces[-1]
        head = text.rstrip()
        brk = PARAGRAPH_BREAK.search(head)
        if brk is None:
            continue
        last.pieces[-1] = (text[:brk.start()], offset)
        parent.pieces.append((text[brk.end():], offset + brk.end()))
        for m in (last, parent):
            m.own = "。".join(p[0] for p in m.pieces)
            m.length = max(1, len(re.sub(r"\s", "", m.own)))


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
    _lift_trailing_paragraphs(ms)
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
