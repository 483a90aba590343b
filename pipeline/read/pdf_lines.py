"""Lines of a PDF page: its characters grouped by vertical position (not by content-stream order,
which LibreOffice and Word scramble around quotes and Latin runs), each ordered left to right, with
a space where the gap between two characters is clearly wider than the line's usual gap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from dataclasses import dataclass
from operator import itemgetter, neg, sub

from extractors.vocab import Examples
from pipeline.read.layout import fix_extracted_spacing

SPACE_RUN_RE = re.compile(r" {2,}")  # collapsed to one space
# a character this close below a group's centre joins it whatever its size (every tolerance is at
# least 2; the margin keeps rounding of the subtraction from mattering)
SURELY_JOINS = 1.999

EXAMPLES = {
    "SPACE_RUN_RE": Examples(match=("通知  如下", "a   b"), no_match=("通知 如下", "通知\u3000\u3000如下")),
}

_CENTRE = itemgetter(0)
_X0 = itemgetter(1)


@dataclass
class Line:
    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2


def median(values: list[float]) -> float:
    """statistics.median, without its overhead (the same value: the middle of the sorted values,
    or the mean of the two middle ones)."""
    s = sorted(values)
    n = len(s)
    h = n // 2
    return s[h] if n % 2 else (s[h - 1] + s[h]) / 2


def group_lines(chars: list[tuple], page: int) -> list[Line]:
    """Group characters (pdf_chars.page_chars) into lines by vertical position, then order each
    line left to right.

    Top to bottom, a character joins the current line if its centre is within max(2, 0.4 × its
    size) of the line's centre (the median of the centres of its first 49 characters), else it
    starts a line."""
    if not chars:
        return []
    # top to bottom; stable, so characters at the same height keep their content-stream order
    items = sorted(chars, key=_CENTRE, reverse=True)
    groups = _groups(items)
    # with no NaN among the x0s, a line sorted by x0 starts at its least
    x0_total = sum(map(_X0, chars))
    sorted_x0 = x0_total - x0_total == 0.0
    lines = []
    for g in groups:
        g.sort(key=_X0)
        _, x0s, x1s, y0s, y1s, sizes, chs = zip(*g)
        if " " in chs:
            line = _spaced_line(g, page)
        else:
            line = _plain_line(x0s, x1s, y0s, y1s, sizes, chs, page, sorted_x0)
        if line is not None:
            lines.append(line)
    return lines


def _groups(items: list[tuple]) -> list[list[tuple]]:
    """The characters, sorted top to bottom, grouped as group_lines says, one at a time: a
    character joins the current group if its centre is within its tolerance (max(2, 0.4 × its size))
    of the group's centre, which is updated as the group grows.

    Most characters are decided in bulk: the group's centre (the median of its first 49 centres,
    all at or above those still to come) only moves down as the group grows, towards the characters
    still to come, so every following character whose centre is within SURELY_JOINS of the centre
    now would join one by one (its distance then is no larger, and every tolerance is at least 2):
    they are found by bisection and join together, and the centre is set as the loop would have."""
    negated = list(map(neg, map(_CENTRE, items)))  # ascending, for bisect
    total = sum(negated)
    bulk = total - total == 0.0  # no NaN or infinite centre (bisection needs an order)
    groups: list[list[tuple]] = []
    g: list[tuple] = []
    centre = 0.0
    k, count = 0, len(items)
    while k < count:
        c = items[k]
        k += 1
        cy = c[0]
        tol = 0.4 * c[5]
        if not tol > 2.0:  # max(2.0, tol)
            tol = 2.0
        if groups and abs(centre - cy) <= tol:
            g.append(c)
            centre = _centre(g)
        else:
            g = [c]
            groups.append(g)
            centre = cy
        if bulk:
            # (one bulk step after each single one: either kind is exact, in any order)
            end = bisect_right(negated, SURELY_JOINS - centre, k)
            if end > k:
                g += items[k:end]
                k = end
                centre = _centre(g)
    return groups


def _centre(g: list[tuple]) -> float:
    """The centre of a group of characters: the median of the centres of its first 49 characters
    (they are in descending order: the median is in the middle)."""
    n = len(g)
    if n > 49:
        n = 49
    h = n >> 1
    return g[h][0] if n & 1 else (g[h - 1][0] + g[h][0]) / 2


def _plain_line(x0s, x1s, y0s, y1s, sizes, chs, page: int, sorted_x0: bool = False) -> Line | None:
    """_spaced_line for a line without space characters (most lines of Chinese text), the same
    result with less work; ``sorted_x0``: x0s are in order (no NaN among them)."""
    # the same line may hold two runs far apart (a two-column header): keep them as one line;
    # nearly every line is of one size: its median then is that size, without sorting
    size = sizes[0] if sizes.count(sizes[0]) == len(sizes) else median(sizes)
    text = "".join(chs)
    if len(chs) > 1:
        # justified lines spread every character: a space is a gap clearly wider than usual
        widest = max(map(sub, islice(x0s, 1, None), x1s))
        # the usual gap counts as 0 at least: a line whose widest gap is within 0.3 and 0.45 of
        # the size has no wide gap, whatever its usual gap (most lines: their median is not needed)
        if widest > min(0.3 * size, 0.45 * size):
            gaps = list(map(sub, x0s[1:], x1s))
            usual = max(0.0, median(gaps))
            wide_latin = usual + 0.3 * size
            wide = usual + 0.45 * size
            if widest > min(wide_latin, wide):
                parts = [chs[0]]
                for k, gap in enumerate(gaps):
                    a, b = chs[k], chs[k + 1]
                    if gap > (wide_latin if a.isascii() and b.isascii() else wide):
                        parts.append(" ")
                    parts.append(b)
                text = fix_extracted_spacing(SPACE_RUN_RE.sub(" ", "".join(parts)).strip())
                if not text:
                    return None
    return Line(page, text, x0s[0] if sorted_x0 else min(x0s), max(x1s), median(y0s), median(y1s), size)


def _spaced_line(g: list[tuple], page: int) -> Line | None:
    visible = [c for c in g if c[6] != " "]
    # the same line may hold two runs far apart (a two-column header): keep them as one line
    size = median([c[5] for c in visible]) if visible else g[0][5]
    # justified lines spread every character: a space is a gap clearly wider than usual
    gaps = [b[1] - a[2] for a, b in zip(g, g[1:]) if a[6] != " " and b[6] != " "]
    usual = max(0.0, median(gaps)) if gaps else 0.0
    wide_latin = usual + 0.3 * size
    wide = usual + 0.45 * size
    parts = []
    prev = None
    for c in g:
        ch = c[6]
        if ch == " ":
            parts.append(" ")
            prev = c
            continue
        if prev is not None and prev[6] != " ":
            if c[1] - prev[2] > (wide_latin if prev[6].isascii() and ch.isascii() else wide):
                parts.append(" ")
        parts.append(ch)
        prev = c
    text = fix_extracted_spacing(SPACE_RUN_RE.sub(" ", "".join(parts)).strip())
    if not text:
        return None
    return Line(
        page,
        text,
        min(c[1] for c in visible),
        max(c[2] for c in visible),
        median([c[3] for c in visible]),
        median([c[4] for c in visible]),
        size,
    )
