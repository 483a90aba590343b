"""A PDF's pages of lines and tables joined into text, one paragraph per line, with page starts.

Running headers and page-number footers are dropped first (drop_running_lines). Then lines are
joined by layout (assemble): a line that stops short of the right margin, or ends with 。：；！？,
ends a paragraph; an indented line starts one; a table gives its paragraphs
(layout.table_to_paragraphs), and a table running over a page break is read as one table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.vocab import Examples
from pipeline.document.labels import match_label
from pipeline.read.layout import table_to_paragraphs
from pipeline.read.pdf_lines import Line, median
from pipeline.read.pdf_tables import Table

SENTENCE_ENDS = "。：；！？!?:;"  # a line ending in one ends its sentence
CLOSING_MARKS = "”’」』）)】〕》"  # may follow the end of a sentence
# a header or footer line that is only a page number
PAGE_NUMBER_RE = re.compile(
    r"^(?:[-—–－~～·•\s]*\d{1,4}[-—–－~～·•\s]*"
    r"|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页"
    r"|\d+\s*/\s*\d+"
    r"|[Pp]age\s*\d+(?:\s*of\s*\d+)?"
    r"|[-—–－\s]*[一二三四五六七八九十百]+[-—–－\s]*)$"
)
# two lines joined within a paragraph get a space between Latin words
LATIN_END_RE = re.compile(r"[A-Za-z0-9,]$")
LATIN_START_RE = re.compile(r"^[A-Za-z]")

EXAMPLES = {
    "SENTENCE_ENDS": Examples(match=("。", "：", "；", "！", "？", "?", ":"), no_match=("，", "、", "）")),
    "CLOSING_MARKS": Examples(match=("”", "）", "》", "】"), no_match=("“", "（", "。")),
    "PAGE_NUMBER_RE": Examples(
        match=("- 3 -", "12", "第 3 页", "第3页 共12页", "共12页，第3页", "3/12", "Page 3 of 12", "— 三 —"),
        no_match=("2020年3月", "第三条", "12345", "一、总体要求"),
    ),
    "LATIN_END_RE": Examples(match=("covid-19", "see page 3,"), no_match=("通知。", "Smith.")),
    "LATIN_START_RE": Examples(match=("Plan", "and"), no_match=("计划", "3 and")),
}


@dataclass
class Page:
    width: float
    height: float
    blocks: list = field(default_factory=list)  # Line and Table, top to bottom


# --------------------------------------------------------------------------------------------
# running headers and page numbers


def _mask(text: str) -> str:
    """A line's text without spaces, its numbers as "#": the same running header on every page."""
    return re.sub(r"\d+", "#", re.sub(r"\s", "", text))


def drop_running_lines(pages: list[Page]) -> None:
    """Drop, in place, the lines among the first two and last two of a page that sit in its top or
    bottom 15% and are a page number, or repeat (numbers aside) on at least two pages and at
    least half of them."""
    candidates = []  # (page index, block, zone)
    for pi, pg in enumerate(pages):
        lines = [b for b in pg.blocks if isinstance(b, Line)]
        if not lines:
            continue
        for b in lines[:2]:
            if b.y0 > pg.height * 0.85:
                candidates.append((pi, b, "top"))
        for b in lines[-2:]:
            if b.y1 < pg.height * 0.15:
                candidates.append((pi, b, "bottom"))
    drop = set()
    counts: dict[tuple[str, str], set[int]] = {}
    for pi, b, zone in candidates:
        if PAGE_NUMBER_RE.match(b.text.strip()):
            drop.add(id(b))
        else:
            counts.setdefault((zone, _mask(b.text)), set()).add(pi)
    n = len(pages)
    if n >= 2:
        for pi, b, zone in candidates:
            seen = counts.get((zone, _mask(b.text)), set())
            if len(seen) >= 2 and len(seen) >= 0.5 * n:
                drop.add(id(b))
    for pg in pages:
        pg.blocks = [b for b in pg.blocks if id(b) not in drop]


# --------------------------------------------------------------------------------------------
# paragraphs


def _mode(values: list[float], step: float = 2.0) -> float:
    """The most common value rounded to ``step`` (the smallest on a tie)."""
    buckets: dict[int, int] = {}
    for v in values:
        buckets[round(v / step)] = buckets.get(round(v / step), 0) + 1
    best = max(buckets.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return best * step


def assemble(pages: list[Page]) -> tuple[str, list[int]]:
    """The text of the pages' blocks, one paragraph per line, and the offset where each page starts."""
    lines = [b for pg in pages for b in pg.blocks if isinstance(b, Line)]
    if lines:
        em = median([b.size for b in lines])
        left = _mode([b.x0 for b in lines])
        left = min((b.x0 for b in lines if abs(b.x0 - left) < 3 * em), default=left)
        full = [b.x1 for b in lines if len(b.text) >= 8]
        right = sorted(full)[int(len(full) * 0.9)] if full else max(b.x1 for b in lines)
        indented = sum(1 for b in lines if 1.5 * em <= b.x0 - left <= 2.6 * em)
        indent_style = indented >= max(2, 0.08 * len(lines))
    else:
        em, left, right, indent_style = 12.0, 0.0, 0.0, False

    pitches = []
    for pg in pages:
        ls = [b for b in pg.blocks if isinstance(b, Line)]
        for a, b in zip(ls, ls[1:]):
            d = a.yc - b.yc
            if 0 < d < 4 * em:
                pitches.append(d)
    pitch = median(pitches) if pitches else 1.5 * em

    def symmetric(b: Line) -> bool:
        return abs((b.x0 - left) - (right - b.x1)) < 1.5 * b.size

    def continues(a: Line, b: Line) -> bool:
        """Does line b continue the paragraph of line a?"""
        if abs(a.size - b.size) > 1.0:
            return False
        at = a.text.rstrip("*")
        if a.page == b.page and (a.yc - b.yc) > 1.6 * pitch:
            return False
        if a.size >= 1.2 * em and symmetric(a) and symmetric(b) and at[-1:] not in SENTENCE_ENDS:
            return a.page == b.page  # a centred title over two lines
        ends_sentence = at.rstrip(CLOSING_MARKS)[-1:] in SENTENCE_ENDS or at[-1:] in SENTENCE_ENDS
        short = a.x1 < right - 1.5 * em
        b_indented = b.x0 - left > 1.0 * em
        if short:
            return False
        if b_indented:
            return False
        if ends_sentence:
            # a sentence ending exactly at the margin; with first-line indents the next line
            # is still this paragraph unless it starts an item
            return indent_style and match_label(b.text) is None
        return True

    # paragraphs, each as its pieces (a line's text, and the lines that continue it): joined once at the
    # end, where adding to a paragraph's string would copy it again at each of its lines
    out: list[list[str]] = []
    starts: list[int | None] = []  # None: resolved when the table running over the page break is flushed
    length = 0  # the length of the text so far (the paragraphs joined by "\n")
    end = ""  # the last paragraph's last two characters: where LATIN_END_RE's $ matches
    prev_line: Line | None = None
    pending: Table | None = None

    def add(para: str) -> int:
        """Append a paragraph; return its offset."""
        nonlocal length, end
        at = length + (1 if out else 0)
        out.append([para])
        end = para[-2:]
        length = at + len(para)
        return at

    def flush_table():
        nonlocal pending
        if pending is None:
            return
        first = None
        for para in table_to_paragraphs(pending.rows):
            at = add(para)
            first = at if first is None else first
        pending = None
        for k, s in enumerate(starts):
            if s is None:
                starts[k] = length + (1 if out else 0)

    for pg in pages:
        recorded = False
        for blk in pg.blocks:
            if isinstance(blk, Table):
                if pending is not None and prev_line is None and blk.ncols == pending.ncols:
                    pending.rows.extend(_continue_rows(pending.rows, blk.rows))
                    if not recorded:
                        starts.append(None)
                        recorded = True
                else:
                    flush_table()
                    pending = Table(blk.page, [list(r) for r in blk.rows], blk.y1, blk.ncols)
                    if not recorded:
                        starts.append(length + (1 if out else 0))
                        recorded = True
                prev_line = None
                continue
            flush_table()
            if prev_line is not None and continues(prev_line, blk):
                sep = " " if LATIN_END_RE.search(end) and LATIN_START_RE.match(blk.text) else ""
                if not recorded:
                    starts.append(length + len(sep))
                    recorded = True
                out[-1].append(sep + blk.text)
                end = (end + sep + blk.text)[-2:]
                length += len(sep) + len(blk.text)
            else:
                at = add(blk.text)
                if not recorded:
                    starts.append(at)
                    recorded = True
            prev_line = blk
        if not recorded:  # a page without text
            starts.append(None if pending is not None else length + (1 if out else 0))
    flush_table()
    text = "\n".join(map("".join, out))
    fixed = [min(max(0, s if s is not None else len(text)), len(text)) for s in starts]
    if fixed:
        fixed[0] = 0
    for k in range(1, len(fixed)):
        fixed[k] = max(fixed[k], fixed[k - 1])
    return text, fixed


def _continue_rows(rows: list, more: list) -> list:
    """Rows of a table continued on the next page. A first row with an empty first cell is the
    rest of the previous page's last row (a row broken by the page break)."""
    more = [list(r) for r in more]
    if rows and more and not (more[0][0] or "").strip() and any((c or "").strip() for c in more[0][1:]):
        last = rows[-1]
        for j, c in enumerate(more[0]):
            if j < len(last) and c:
                last[j] = (last[j] or "") + "\n" + c
        more = more[1:]
    return more
