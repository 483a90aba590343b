"""Lines of a PDF page: its characters grouped by vertical position (not by content-stream order,
which LibreOffice and Word scramble around quotes and Latin runs), each ordered left to right, with
a space where the gap between two characters is clearly wider than the line's usual gap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice, repeat
from dataclasses import dataclass
from operator import itemgetter, neg, sub

import numpy as np

from extractors.vocab import Examples
from pipeline.read.layout import fix_extracted_spacing

SPACE_RUN_RE = re.compile(r" {2,}")  # collapsed to one space
# A gap a space wide after a full-width sentence end, or before an opening bracket, is a blank the text
# has (the space an office typed between items it glued into one paragraph: …全面完成。 二、各级…; a title
# and its 文号 in brackets: …的通知 (鄂州政办发…)), though narrower than the gap that makes a space
# between two characters elsewhere (LibreOffice puts a quarter em between a Chinese character and a
# digit or letter: 2010 年). After a sentence end it is kept as the full-width blank, which the spacing
# repair of extracted text (fix_extracted_spacing) leaves between Chinese characters.
SENTENCE_ENDS = frozenset("。；！？：")
OPENING_BRACKETS = frozenset("（(《")
BLANK_AFTER_SENTENCE = "\u3000"
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


def group_page_lines(chars, page: int) -> list[Line]:
    """group_lines for a page's characters as arrays (pdf_chars.PageChars): the same lines, found
    with a few array operations a page instead of objects a character. The groups are group_lines's
    (_group_ends); a line of one size without a wide gap between two of its visible characters
    (nearly every line, spaces or not) is measured with the page's arrays, any other by _spaced_line
    or _plain_line. A page with a NaN or infinite coordinate is left to group_lines (orders and
    medians with them are Python's own)."""
    n = len(chars)
    if not n:
        return []
    columns = (chars.centre, chars.x0, chars.x1, chars.y0, chars.y1, chars.size)
    # (a sum of finite values may overflow, but a NaN or infinity among them never sums to a finite value)
    if not np.isfinite(chars.centre + chars.x0 + chars.x1 + chars.y0 + chars.y1 + chars.size).all():
        return group_lines(chars.tuples(), page)
    # top to bottom (stable: characters at the same height keep their order), as group_lines
    top_down = np.argsort(-chars.centre, kind="stable")
    ends = _group_ends(chars.centre[top_down].tolist(), chars.size[top_down].tolist())
    starts = [0] + ends[:-1]
    lengths = np.diff([0] + ends)
    # line numbers as 16-bit integers where they fit: numpy's stable sort of those is a radix sort
    group = np.repeat(np.arange(len(ends), dtype=np.uint16 if len(ends) < 1 << 16 else np.int64), lengths)
    # each line left to right (stable: the same order as sorting each group by x0)
    by_x0 = np.argsort(chars.x0[top_down], kind="stable")
    order = top_down[by_x0[np.argsort(group[by_x0], kind="stable")]]
    centre, x0, x1, y0, y1, size = (c[order] for c in columns)
    codes = np.frombuffer(chars.text.encode("utf-32-le"), np.uint32)[order]
    text = codes.tobytes().decode("utf-32-le")
    # per line: how many visible (not space) characters it holds, whether it is of one size, its widest
    # gap between two visible neighbours (a space parts them: _spaced_line's gaps), least x0 and
    # greatest x1 of its visible characters, median y0 and y1 of them
    first = np.array(starts)
    hidden = codes == 0x20
    line_size = size[first]
    mixed = np.add.reduceat(size != np.repeat(line_size, lengths), first) > 0
    gaps = np.empty(n)
    gaps[1:] = x0[1:] - x1[:-1]
    gaps[first] = -np.inf
    least = x0[first]
    if hidden.any():
        visible = ~hidden
        shown = np.add.reduceat(visible, first, dtype=np.intp)
        spaced = (shown < lengths).tolist()
        gaps[hidden] = -np.inf
        gaps[1:][hidden[:-1]] = -np.inf
        most = np.maximum.reduceat(np.where(visible, x1, -np.inf), first)
        if hidden[first].any():  # (rare) a line starting with a space: its least x0 is its first visible one's
            for k in np.flatnonzero(hidden[first] & (shown > 0)).tolist():
                least[k] = x0[starts[k] + int(np.argmax(visible[starts[k]:ends[k]]))]
        shown_y0, shown_y1, shown_group = y0[visible], y1[visible], group[visible]
    else:
        shown, spaced = lengths, repeat(False)
        shown_y0, shown_y1, shown_group = y0, y1, group
        most = np.maximum.reduceat(x1, first)
    wide = np.maximum.reduceat(gaps, first) > np.minimum(0.3 * line_size, 0.45 * line_size)
    # an insertion needs a gap over 0.3 × the size (the usual gap counts as 0 at least): a line without
    # one is its characters as they are (with a space: as _spaced_line joins them)
    simple = ~(mixed | wide) & (shown > 0)
    bottoms, tops = _medians(shown_y0, shown_y1, shown_group, shown) if len(shown_y0) else (least, least)
    rows = zip(starts, ends, simple.tolist(), spaced, least.tolist(), most.tolist(), bottoms.tolist(),
               tops.tolist(), line_size.tolist())
    lines = []
    for start, end, is_simple, has_space, least, most, bottom, top, line_size in rows:
        if is_simple:
            line_text = text[start:end]
            if has_space:
                line_text = fix_extracted_spacing(SPACE_RUN_RE.sub(" ", line_text).strip())
                if not line_text:
                    continue
            lines.append(Line(page, line_text, least, most, bottom, top, line_size))
            continue
        chs = text[start:end]
        x0s, x1s, y0s, y1s, sizes = (c[start:end].tolist() for c in (x0, x1, y0, y1, size))
        if " " in chs:
            line = _spaced_line(list(zip(centre[start:end].tolist(), x0s, x1s, y0s, y1s, sizes, chs)), page)
        else:
            line = _plain_line(x0s, x1s, y0s, y1s, sizes, chs, page, True)
        if line is not None:
            lines.append(line)
    return lines


def _medians(y0: np.ndarray, y1: np.ndarray, group: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """median() of each line's y0 and of its y1 (``group`` numbers the lines of the values, ``counts``
    counts each line's values): the middle value once sorted, or the mean of the two middle ones.
    A line without values gets one of no meaning. On most pages every line holds one value of each
    (one baseline): its median is that value, without sorting (unless so large that twice it overflows)."""
    first = np.cumsum(counts) - counts
    if counts.all():
        least = np.minimum.reduceat(y0, first), np.minimum.reduceat(y1, first)
        if ((least[0] == np.maximum.reduceat(y0, first)).all() and (least[1] == np.maximum.reduceat(y1, first)).all()
                and max(np.abs(least[0]).max(), np.abs(least[1]).max()) < 1e300):
            return least
    middle = first + counts // 2
    odd = counts % 2 == 1
    low = middle - 1
    if not counts.all():
        np.minimum(middle, len(y0) - 1, out=middle)
        np.maximum(low, 0, out=low)
    medians = []
    for values in (y0, y1):
        ordered = values[np.lexsort((values, group))]
        medians.append(np.where(odd, ordered[middle], (ordered[low] + ordered[middle]) / 2))
    return medians[0], medians[1]


def _groups(items: list[tuple]) -> list[list[tuple]]:
    """The characters, sorted top to bottom, grouped as group_lines says (see _group_ends)."""
    ends = _group_ends(list(map(_CENTRE, items)), [c[5] for c in items])
    return [items[start:end] for start, end in zip([0] + ends, ends)]


def _group_ends(centres: list[float], sizes: list[float]) -> list[int]:
    """Where each group ends among characters sorted top to bottom (their centres and sizes), grouped
    as group_lines says, one at a time: a character joins the current group if its centre is within
    its tolerance (max(2, 0.4 × its size)) of the group's centre, which is updated as the group grows.

    Most characters are decided in bulk: the group's centre (the median of its first 49 centres,
    all at or above those still to come) only moves down as the group grows, towards the characters
    still to come, so every following character whose centre is within SURELY_JOINS of the centre
    now would join one by one (its distance then is no larger, and every tolerance is at least 2):
    they are found by bisection and join together, and the centre is set as the loop would have."""
    negated = list(map(neg, centres))  # ascending, for bisect
    total = sum(negated)
    bulk = total - total == 0.0  # no NaN or infinite centre (bisection needs an order)
    ends: list[int] = []
    start = 0
    centre = 0.0
    k, count = 0, len(centres)
    while k < count:
        cy = centres[k]
        tol = 0.4 * sizes[k]
        k += 1
        if not tol > 2.0:  # max(2.0, tol)
            tol = 2.0
        if k > 1 and abs(centre - cy) <= tol:
            centre = _centre(centres, start, k)
        else:
            if k > 1:
                ends.append(k - 1)
            start = k - 1
            centre = cy
        if bulk:
            # (one bulk step after each single one: either kind is exact, in any order)
            end = bisect_right(negated, SURELY_JOINS - centre, k)
            if end > k:
                k = end
                centre = _centre(centres, start, k)
    if count:
        ends.append(count)
    return ends


def _centre(centres: list[float], start: int, end: int) -> float:
    """The centre of the group of characters start..end: the median of the centres of its first 49
    characters (they are in descending order: the median is in the middle)."""
    n = end - start
    if n > 49:
        n = 49
    h = start + (n >> 1)
    return centres[h] if n & 1 else (centres[h - 1] + centres[h]) / 2


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
                    if gap > wide_latin and (gap > wide or _space_wide_enough(a, b)):
                        parts.append(BLANK_AFTER_SENTENCE if a in SENTENCE_ENDS else " ")
                    parts.append(b)
                text = fix_extracted_spacing(SPACE_RUN_RE.sub(" ", "".join(parts)).strip())
                if not text:
                    return None
    return Line(page, text, x0s[0] if sorted_x0 else min(x0s), max(x1s), median(y0s), median(y1s), size)


def _space_wide_enough(a: str, b: str) -> bool:
    """Whether a gap between ``a`` and ``b`` wider than a Latin space is a space: between Latin characters,
    after a full-width sentence end, before an opening bracket (see SENTENCE_ENDS)."""
    return a.isascii() and b.isascii() or a in SENTENCE_ENDS or b in OPENING_BRACKETS


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
            gap = c[1] - prev[2]
            if gap > wide_latin and (gap > wide or _space_wide_enough(prev[6], ch)):
                parts.append(BLANK_AFTER_SENTENCE if prev[6] in SENTENCE_ENDS else " ")
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
