"""Lines of a PDF page: its characters grouped by vertical position (not by content-stream order,
which LibreOffice and Word scramble around quotes and Latin runs), each ordered left to right, with
a space where the gap between two characters is clearly wider than the line's usual gap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, islice, repeat
from dataclasses import dataclass
from operator import and_, itemgetter, ne, neg, sub

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
            line = _spaced_line(x0s, x1s, y0s, y1s, sizes, chs, page)
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
    # the same line may hold two runs far apart (a two-column header): keep them as one line
    size = _median_of(sizes)
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
                text = _spaced_text(chs, gaps, range(len(gaps)), wide_latin, wide)
                if not text:
                    return None
    return Line(page, text, x0s[0] if sorted_x0 else min(x0s), max(x1s), _median_of(y0s), _median_of(y1s), size)


def _spaced_line(x0s, x1s, y0s, y1s, sizes, chs, page: int) -> Line | None:
    """The line of characters given by columns (sorted by x0), some of them spaces: the text with a
    space where the gap between two characters shown (not spaces) is clearly wider than the usual
    gap between two characters shown, every run of spaces as one, CJK spacing fixed
    (layout.fix_extracted_spacing); its box and size those of the characters shown."""
    shown = list(map(ne, chs, repeat(" ")))
    if True not in shown:
        return None  # spaces only
    # the same line may hold two runs far apart (a two-column header): keep them as one line
    size = _median_of(list(compress(sizes, shown)))
    # justified lines spread every character: a space is a gap clearly wider than usual
    both_shown = list(map(and_, shown, islice(shown, 1, None)))
    all_gaps = list(map(sub, islice(x0s, 1, None), x1s))
    gaps = list(compress(all_gaps, both_shown))
    usual = max(0.0, median(gaps)) if gaps else 0.0
    text = _spaced_text(chs, all_gaps, compress(range(len(all_gaps)), both_shown), usual + 0.3 * size, usual + 0.45 * size)
    if not text:
        return None
    return Line(page, text, min(compress(x0s, shown)), max(compress(x1s, shown)),
                _median_of(list(compress(y0s, shown))), _median_of(list(compress(y1s, shown))), size)


def _spaced_text(chs, gaps: list[float], pairs, wide_latin: float, wide: float) -> str:
    """The text of characters ``chs`` with a space after each character ``k`` of ``pairs`` whose gap
    to the next (``gaps[k]``) is wider than ``wide_latin`` between two ASCII characters, ``wide``
    otherwise; every run of spaces as one, stripped, CJK spacing fixed (layout.fix_extracted_spacing)."""
    least = min(wide_latin, wide)
    parts = []
    start = 0
    for k in [k for k in pairs if gaps[k] > least]:  # the few gaps that may be wide
        if gaps[k] > (wide_latin if chs[k].isascii() and chs[k + 1].isascii() else wide):
            parts.append("".join(chs[start:k + 1]))
            start = k + 1
    parts.append("".join(chs[start:]))
    return fix_extracted_spacing(SPACE_RUN_RE.sub(" ", " ".join(parts)).strip())


def _median_of(values) -> float:
    """median(values), at once when every value is the same (nearly every line's sizes and
    baselines)."""
    first = values[0]
    return first if values.count(first) == len(values) else median(values)
