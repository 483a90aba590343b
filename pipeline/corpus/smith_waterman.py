"""Smith–Waterman local alignment of two strings, restricted to a box and a band of diagonals:
one box cell by cell (:func:`smith_waterman`), or many boxes at once in numpy
(:func:`smith_waterman_many`, what :mod:`pipeline.corpus.text_reuse` runs). Linear gap cost;
:data:`BARRIER` characters never align and cannot be crossed, so that texts joined from pieces give
no passage across two pieces.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

# A character that never matches anything: texts built from several pieces use it as a wall
# so that no passage runs from one piece into the next.
BARRIER = "\x00"

MATCH = 2
MISMATCH = -3
GAP = -3

def _window(row_start: int, row: list[int], lo: int, hi: int) -> list[int]:
    """The scores of a row for the columns ``lo … hi - 1``, 0 where the row has none."""
    a, b = lo - row_start, hi - row_start
    if 0 <= a and b <= len(row):
        return row[a:b]
    inside = row[max(a, 0):max(min(b, len(row)), 0)]
    before = min(max(-a, 0), hi - lo)
    return [0] * before + inside + [0] * (hi - lo - before - len(inside))


def _bounds(a: str, b: str, i_lo: int, i_hi: Optional[int], j_lo: int, j_hi: Optional[int],
            d_lo: Optional[int], d_hi: Optional[int]) -> tuple[int, int, int, int, int, int]:
    """The rows, columns and diagonals of an alignment box, the missing ones the whole texts'."""
    i_hi = len(a) if i_hi is None else min(i_hi, len(a))
    j_hi = len(b) if j_hi is None else min(j_hi, len(b))
    i_lo, j_lo = max(0, i_lo), max(0, j_lo)
    if d_lo is None:
        d_lo = i_lo - (j_hi - 1)
    if d_hi is None:
        d_hi = (i_hi - 1) - j_lo
    return i_lo, i_hi, j_lo, j_hi, d_lo, d_hi


def smith_waterman(a: str, b: str, i_lo: int = 0, i_hi: Optional[int] = None, j_lo: int = 0,
                   j_hi: Optional[int] = None, d_lo: Optional[int] = None,
                   d_hi: Optional[int] = None, match: int = MATCH, mismatch: int = MISMATCH,
                   gap: int = GAP) -> Optional[dict]:
    """Best local alignment of ``a[i_lo:i_hi]`` with ``b[j_lo:j_hi]``, optionally restricted to
    the diagonals ``d_lo <= i - j <= d_hi`` (a band). Linear gap cost. :data:`BARRIER`
    characters never align and cannot be crossed.

    Returns ``{"a_start", "a_end", "b_start", "b_end", "matches", "columns", "score"}`` with
    offsets into ``a`` and ``b`` (end exclusive), or None when nothing scores above zero.
    """
    i_lo, i_hi, j_lo, j_hi, d_lo, d_hi = _bounds(a, b, i_lo, i_hi, j_lo, j_hi, d_lo, d_hi)
    # Per row i: the scores of the band's cells j = js … je - 1; cells outside the band count as 0.
    # The inner loop reads a row's diagonal and upper neighbours from two slices of the row above
    # (zero-filled where that row's band does not reach), not cell by cell with bounds checks.
    rows: list[tuple[int, list[int]]] = []
    best_score, best_i, best_j = 0, -1, -1
    prev_js, prev = 0, []
    for i in range(i_lo, i_hi):
        js = max(j_lo, i - d_hi)
        je = min(j_hi, i - d_lo + 1)
        ai = a[i]
        if js >= je or ai == BARRIER:
            rows.append((js, []))
            prev_js, prev = js, []
            continue
        n = je - js
        cur = [0] * n
        lo = js - 1 - prev_js
        if lo >= 0 and lo + n + 1 <= len(prev):  # the row above covers both: plain slices
            diagonal = prev[lo:lo + n]
            upper = prev[lo + 1:lo + 1 + n]
        else:
            diagonal = _window(prev_js, prev, js - 1, je - 1)
            upper = _window(prev_js, prev, js, je)
        left = 0
        row_best, row_at = 0, 0
        k = 0
        for bj, diag, up in zip(b[js:je], diagonal, upper):
            if bj == BARRIER:
                left = 0
                k += 1
                continue  # the cell stays 0
            s = diag + (match if ai == bj else mismatch)
            t = up + gap
            if t > s:
                s = t
            t = left + gap
            if t > s:
                s = t
            if s > 0:
                cur[k] = s
                left = s
                if s > row_best:
                    row_best, row_at = s, k
            else:
                left = 0
            k += 1
        if row_best > best_score:  # the first cell, in row order, of the highest score
            best_score, best_i, best_j = row_best, i, js + row_at
        rows.append((js, cur))
        prev_js, prev = js, cur
    if best_score <= 0:
        return None

    def cell(i: int, j: int) -> int:
        if i < i_lo or j < j_lo:
            return 0
        js, row = rows[i - i_lo]
        p = j - js
        return row[p] if 0 <= p < len(row) else 0

    i, j = best_i, best_j
    matches = columns = 0
    while i >= i_lo and j >= j_lo:
        s = cell(i, j)
        if s <= 0:
            break
        columns += 1
        if a[i] == b[j] and s == cell(i - 1, j - 1) + match:
            matches += 1
            i, j = i - 1, j - 1
        elif a[i] != b[j] and s == cell(i - 1, j - 1) + mismatch:
            i, j = i - 1, j - 1
        elif s == cell(i - 1, j) + gap:
            i -= 1
        else:
            j -= 1
    return {"a_start": i + 1, "a_end": best_i + 1, "b_start": j + 1, "b_end": best_j + 1,
            "matches": matches, "columns": columns, "score": best_score}


#: Cells (boxes × rows × band width) filled together by :func:`smith_waterman_many`: enough for
#: numpy's cost per call to be small against the cells computed, few enough to keep memory
#: bounded: the scratch is about 40 bytes a cell (int32 and int64 arrays), the largest transient of
#: an aligning worker at 1 << 21 (finding the copied passages of two regulations of 8,500 and
#: 15,000 characters against their 20,000-character law: +90 MB RSS; +35 MB at this bound, the
#: same CPU and passages).
BATCH_CELLS = 1 << 19


def smith_waterman_many(tasks: list[tuple], match: int = MATCH, mismatch: int = MISMATCH,
                        gap: int = GAP) -> list[Optional[dict]]:
    """:func:`smith_waterman` for many boxes at once: ``tasks`` are ``(a, b, i_lo, i_hi, j_lo,
    j_hi, d_lo, d_hi)``; returns the result of each, exactly what ``smith_waterman`` returns.

    Why: aligning a notice with another runs dozens of small banded alignments (a box around each
    group of seeds), each too small for numpy and slow cell by cell in Python. Here boxes of
    similar height are stacked and filled row by row together, each row in a few array operations:
    a cell's diagonal and upper neighbours are read from the row above, and the chain of left
    neighbours (``H[j] = max(T[j], H[j-1] + gap)`` with a linear gap) is a running maximum,
    ``H[j] = max_k (T[k] - gap*k) + gap*j``, cut at cells that must stay 0."""
    out: list[Optional[dict]] = [None] * len(tasks)
    boxes = []
    # A box's alignment depends only on its characters and its band relative to its corner, so a box
    # of the same characters and band as an earlier one (local notices copying one model notice
    # repeat the same paragraph against the same national text: two boxes in three of the
    # benchmark's) takes the earlier one's alignment, moved to its own place.
    first_of: dict[tuple, tuple[int, int, int]] = {}  # box's characters and band -> (task, i_lo, j_lo)
    repeats: list[tuple[int, int, int, int]] = []  # (task, the task it repeats, shift in a, shift in b)
    for n, (a, b, *box) in enumerate(tasks):
        i_lo, i_hi, j_lo, j_hi, d_lo, d_hi = _bounds(a, b, *box)
        if i_hi > i_lo and j_hi > j_lo and d_hi >= d_lo:
            corner = i_lo - j_lo
            key = (a[i_lo:i_hi], b[j_lo:j_hi], d_lo - corner, d_hi - corner)
            found = first_of.get(key)
            if found is not None:
                repeats.append((n, found[0], i_lo - found[1], j_lo - found[2]))
                continue
            first_of[key] = (n, i_lo, j_lo)
            boxes.append((n, a, b, i_lo, i_hi, j_lo, j_hi, d_lo, d_hi))
    # by band width, tallest first within a width: the active ones lead
    boxes.sort(key=lambda box: (_width_class(box), -(box[4] - box[3])))
    codes: dict[int, tuple[str, object]] = {}

    def coded(text: str):
        found = codes.get(id(text))
        if found is None:  # the string is kept with its codes, so that its id stays its own
            found = codes[id(text)] = (text, code_points(text))
        return found[1]

    for batch in _batches(boxes):
        grid = _fill_boxes(batch, coded, match, mismatch, gap)
        # each box's highest score and the first cell, in row-major order, that has it
        cells = grid.transpose(1, 0, 2).reshape(len(batch), -1)
        best_scores, best_cells = cells.max(axis=1).tolist(), cells.argmax(axis=1).tolist()
        for n, box in enumerate(batch):
            out[box[0]] = _traceback(box, grid[:, n], best_scores[n], best_cells[n], match,
                                     mismatch, gap)
    for n, first, shift_a, shift_b in repeats:
        out[n] = _moved(out[first], shift_a, shift_b)
    return out


def _moved(hit: Optional[dict], shift_a: int, shift_b: int) -> Optional[dict]:
    """An alignment (a new dict: callers change theirs) moved by ``shift_a`` in a and ``shift_b`` in b."""
    if hit is None:
        return None
    return {**hit, "a_start": hit["a_start"] + shift_a, "a_end": hit["a_end"] + shift_a,
            "b_start": hit["b_start"] + shift_b, "b_end": hit["b_end"] + shift_b}


def _width_class(box: tuple) -> int:
    """Boxes whose bands are of one class are at most :data:`BAND_WIDTH_STEP` columns apart."""
    return (box[8] - box[7]) // BAND_WIDTH_STEP


def _batches(boxes: list[tuple]):
    """Consecutive runs of ``boxes`` (by width class, tallest first) of one width class, of at
    most :data:`BATCH_CELLS` cells when each is padded to the first one's height and the widest
    one's band, and of boxes at least :data:`BATCH_HEIGHT_SHARE` as tall as the first:
    :func:`_fill_boxes` prepares every padded cell, so padding must stay a fraction of the
    work."""
    batch: list[tuple] = []
    width = 0
    for box in boxes:
        wider = max(width, box[8] - box[7] + 1)
        height = batch[0][4] - batch[0][3] if batch else 0
        if batch and ((len(batch) + 1) * height * wider > BATCH_CELLS
                      or box[4] - box[3] < BATCH_HEIGHT_SHARE * height
                      or _width_class(box) != _width_class(batch[0])):
            yield batch
            batch, wider = [], box[8] - box[7] + 1
        batch.append(box)
        width = wider
    if batch:
        yield batch


#: The least height of a box, as a share of the batch's first (tallest) one, to join its batch.
BATCH_HEIGHT_SHARE = 0.5
#: Band widths batched together (most boxes are one seed's diagonal ± ``pad``: 25 columns).
BAND_WIDTH_STEP = 16


def code_points(text: str) -> np.ndarray:
    """The characters of ``text`` as int32 code points, :data:`BARRIER` as -1."""
    found = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int32)
    found[found == ord(BARRIER)] = -1
    return found


def _fill_boxes(batch, coded, match: int, mismatch: int, gap: int):
    """The score grids of a batch of boxes (sorted tallest first), as one integer array
    ``grid[row, box, column]``: for each box a row of zeros and then its rows, column ``c`` of the
    row of ``i`` being the cell ``(i, i - d_hi + c)``; as wide as the widest band plus a column of
    zeros. Cells outside a box (past its band or its rows) are 0.

    Everything that does not depend on the row above (which cells are inside their box, band and
    texts; the score a cell takes from its diagonal and upper neighbours; the offsets of the
    running maximum) is computed for the whole batch first, so that each row takes only the few
    operations of the recurrence."""
    count = len(batch)
    height = batch[0][4] - batch[0][3]
    width = max(box[8] - box[7] + 1 for box in batch)
    # All the texts of the batch in one array: a box reads its a and b through offsets.
    texts: dict[int, int] = {}
    parts = []
    at = 0
    for box in batch:
        for text in (box[1], box[2]):
            if id(text) not in texts:
                texts[id(text)] = at
                parts.append(coded(text))
                at += len(text)
    flat = np.concatenate(parts + [np.full(1, -2, dtype=np.int32)])  # -2: outside every text
    # Arrays are (row, box, band column): a row of all the boxes is contiguous. Cell (r, box, c)
    # is (i, j) = (i_lo + r, i_lo + r - d_hi + c). What is the same for a row of a box is
    # computed per (row, box) and repeated over the row's cells: numpy is much faster on whole
    # arrays than on one broadcast over a short last axis.
    def per_box(values):
        return np.array(values, dtype=np.int32)[None, :]

    def per_cell(values):
        return np.repeat(values.ravel(), width)

    rows_of = np.array([box[4] - box[3] for box in batch])  # descending
    row = np.arange(height, dtype=np.int32)[:, None]
    i = per_box([box[3] for box in batch]) + row
    j_first = i - per_box([box[8] for box in batch])  # the j of column 0
    ai = flat[np.where(row < rows_of, per_box([texts[id(box[1])] for box in batch]) + i, at)]
    # A row's cells inside box, band and texts are a run of columns, less b's barriers.
    first = np.maximum(per_box([box[5] for box in batch]) - j_first, 0)
    last = np.minimum(per_box([box[8] - box[7] for box in batch]),
                      per_box([box[6] for box in batch]) - 1 - j_first)
    last[ai < 0] = -1
    column = np.tile(np.arange(width, dtype=np.int32), height * count)
    valid = (column >= per_cell(first)) & (column <= per_cell(last))
    b_first = per_box([texts[id(box[2])] for box in batch]) + j_first
    bj = np.take(flat, per_cell(b_first.astype(np.intp)) + column, mode="clip")
    valid &= bj >= 0
    # A segment's jump exceeds any score (at most ``match`` per row) plus the ramp, for a whole
    # row of the batch: int32 holds every value unless the batch is very large.
    segment = match * height - gap * width + 1
    kind = np.int32 if segment * (count * width + 1) < 2**31 else np.int64
    # What a cell adds to its diagonal and to its upper neighbour; -segment keeps the cells
    # outside at 0, whatever their neighbours. (Arithmetic: np.where with scalars is slow.)
    from_diagonal = (per_cell(ai) == bj).astype(kind)
    from_diagonal *= match - mismatch
    from_diagonal += mismatch + segment
    from_diagonal *= valid
    from_diagonal -= segment
    from_upper = valid.astype(kind)
    from_upper *= gap + segment
    from_upper -= segment
    # The left chain H[c] = max(T[c], H[c-1] + gap) as a running maximum of T[c] - gap*c (plus
    # gap*c after), restarted after every cell that must stay 0 by a jump of ``segment``. Over a
    # whole row of the batch at once: a box's offsets differ from its own by a constant.
    valid = valid.reshape(height, count * width)
    offset = np.cumsum(~valid, axis=1, dtype=kind)
    offset *= segment
    offset -= gap * np.arange(count * width, dtype=kind)
    cells = (height, count, width)
    from_diagonal, from_upper, offset = (from_diagonal.reshape(cells), from_upper.reshape(cells),
                                         offset.reshape(cells))
    # Row r + 1 of ``grid`` holds the boxes' row r: row 0 and the column past the band stay 0.
    grid = np.zeros((height + 1, count, width + 1), dtype=kind)
    t_rows = np.empty((count, width), dtype=kind)
    upper_rows = np.empty((count, width), dtype=kind)
    for r in range(height):
        active = int(np.searchsorted(-rows_of, -r, side="left"))  # boxes with more than r rows
        above = grid[r, :active]
        t, upper = t_rows[:active], upper_rows[:active]
        np.add(above[:, :width], from_diagonal[r, :active], out=t)
        np.add(above[:, 1:], from_upper[r, :active], out=upper)
        np.maximum(t, upper, out=t)
        np.maximum(t, 0, out=t)
        t += offset[r, :active]
        np.maximum.accumulate(t, axis=1, out=t)
        np.subtract(t, offset[r, :active], out=grid[r + 1, :active, :width])
    return grid


def _traceback(box, grid, best_score: int, best_cell: int, match: int, mismatch: int,
               gap: int) -> Optional[dict]:
    """The alignment ending at the best cell of a filled box, as :func:`smith_waterman` gives it:
    ``best_cell`` is the first cell, in row-major order, of the highest score. ``grid``: the box's
    grid from :func:`_fill_boxes`, whose zeros around the box make a neighbour outside it read 0
    by plain indexing (column -1 being the last)."""
    _, a, b, i_lo, _, _, _, _, d_hi = box
    if best_score <= 0:
        return None
    r, c = divmod(best_cell, grid.shape[1])
    cell = grid.item  # a cell as a Python int: the path reads two or three cells a row, not whole rows
    best_i = i_lo + r - 1
    best_j = best_i - d_hi + c
    # (r, c) the cell's place in ``grid``, (i, j) its characters: up is (r - 1, c + 1), the
    # diagonal (r - 1, c), left (r, c - 1).
    i, j = best_i, best_j
    matches = columns = 0
    s = best_score
    while s > 0:
        columns += 1
        diagonal = cell(r - 1, c)
        if s == diagonal + (match if a[i] == b[j] else mismatch):
            matches += a[i] == b[j]
            r, i, j, s = r - 1, i - 1, j - 1, diagonal
        elif s == (upper := cell(r - 1, c + 1)) + gap:
            r, c, i, s = r - 1, c + 1, i - 1, upper
        else:
            c, j = c - 1, j - 1
            s = cell(r, c)
    return {"a_start": i + 1, "a_end": best_i + 1, "b_start": j + 1, "b_end": best_j + 1,
            "matches": matches, "columns": columns, "score": best_score}
