"""Text-reuse detection: passages one text copies nearly verbatim from another.

The method is the one used for legislative text reuse ("policy diffusion" studies): find exact
seeds shared by the two texts, group seeds that lie close together on nearby diagonals, and run a
banded Smith–Waterman local alignment over the characters around each group, so that a copied
paragraph with a few words inserted, dropped or changed comes back as one passage.

Characters are compared after a light normalisation that keeps a one-to-one map back to the
original text: whitespace (line breaks inside a paragraph, the spaces PDF extraction leaves) and
Markdown emphasis (``*``, ``#``) are skipped, full-width ASCII forms fold to half-width (（ → (),
and curly quotes fold to straight ones. Every offset returned is an offset into the text given.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import Iterable, Optional

from pipeline.document.fingerprint import gram_hashes, normalise_for_reuse

# A character that never matches anything: texts built from several pieces use it as a wall
# so that no passage runs from one piece into the next.
BARRIER = "\x00"

MATCH = 2
MISMATCH = -3
GAP = -3


def _grams(b: str, k: int) -> tuple:
    """The ``k``-grams of ``b`` (none across a :data:`BARRIER`) ready to look up: their hashes
    sorted, the position of each (in order of position among equal hashes), and ``b``'s codes."""
    import numpy as np

    codes = _codes(b)
    if len(b) < k:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64), codes
    hashes = gram_hashes(codes, k)
    barriers = np.concatenate(([0], np.cumsum(codes < 0)))  # barriers before each position
    positions = np.flatnonzero(barriers[k:] == barriers[:-k])  # none among the k characters
    order = np.argsort(hashes[positions], kind="stable")
    return hashes[positions][order], positions[order], codes


def _seed_runs(a: str, b: str, k: int, seed_len: int,
               grams: Optional[tuple] = None) -> list[tuple[int, int, int]]:
    """Exact shared runs (a_start, a_end, diagonal) of at least ``seed_len`` characters, sorted:
    the maximal stretches where consecutive ``k``-grams of ``a`` equal those of ``b`` on one
    diagonal ``i - j``. ``grams``: ``_grams(b, k)`` when the caller has it already.

    In numpy: every ``k``-gram of ``a`` is looked up among the sorted hashes of ``b``'s, each
    (i, j) found is checked character by character, and the pairs sorted by diagonal and position
    fall into runs where ``i`` goes up by one."""
    import numpy as np

    if len(a) < k or len(b) < k:
        return []
    b_hashes, b_positions, b_codes = _grams(b, k) if grams is None else grams
    a_codes = _codes(a)
    a_hashes = gram_hashes(a_codes, k)
    lo = np.searchsorted(b_hashes, a_hashes, side="left")
    count = np.searchsorted(b_hashes, a_hashes, side="right") - lo
    total = int(count.sum())
    if not total:
        return []
    # every (i, j) with the same hash: i repeated, j through each i's range of b_positions
    i = np.repeat(np.arange(len(a_hashes), dtype=np.int64), count)
    first = np.cumsum(count) - count
    j = b_positions[np.repeat(lo, count) + np.arange(total, dtype=np.int64) - np.repeat(first, count)]
    same = np.ones(total, dtype=bool)
    for offset in range(k):
        same &= a_codes[i + offset] == b_codes[j + offset]
    i, j = i[same], j[same]
    if not len(i):
        return []
    d = i - j
    order = np.lexsort((i, d))
    i, d = i[order], d[order]
    starts = np.ones(len(i), dtype=bool)
    starts[1:] = (d[1:] != d[:-1]) | (i[1:] != i[:-1] + 1)
    begin = np.flatnonzero(starts)
    last = np.append(begin[1:], len(i)) - 1
    run_start, run_end, run_d = i[begin], i[last] + k, d[begin]
    long = run_end - run_start >= seed_len
    run_start, run_end, run_d = run_start[long], run_end[long], run_d[long]
    order = np.lexsort((run_d, run_end, run_start))
    return list(zip(run_start[order].tolist(), run_end[order].tolist(), run_d[order].tolist()))


def _clusters(runs: list[tuple[int, int, int]], max_gap: int) -> list[list[tuple[int, int, int]]]:
    """Group runs that could belong to one gapped alignment (close in both texts)."""
    parent = list(range(len(runs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for n, (s2, e2, d2) in enumerate(runs):
        for m in range(n - 1, -1, -1):
            s1, e1, d1 = runs[m]
            if s2 - s1 > 2000:  # runs are sorted by start; nothing further back can be close
                break
            if s2 - e1 > max_gap or abs(d1 - d2) > max_gap:
                continue
            # b-side gap: b_start2 - b_end1
            if (s2 - d2) - (e1 - d1) > max_gap:
                continue
            parent[find(n)] = find(m)
    groups: dict[int, list[tuple[int, int, int]]] = {}
    for n, run in enumerate(runs):
        groups.setdefault(find(n), []).append(run)
    return list(groups.values())


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


_EDGE = frozenset("，。、；：,.;:!?！？\"'<>()[]“”‘’（）《》【】〔〕")


def _trim(a: str, b: str, hit: dict) -> None:
    """Drop identical punctuation at both ends of a passage (，优先组织… → 优先组织…)."""
    while hit["a_end"] - hit["a_start"] > 1 and a[hit["a_start"]] in _EDGE \
            and a[hit["a_start"]] == b[hit["b_start"]]:
        hit["a_start"] += 1
        hit["b_start"] += 1
        hit["matches"] -= 1
        hit["columns"] -= 1
    while hit["a_end"] - hit["a_start"] > 1 and a[hit["a_end"] - 1] in _EDGE \
            and a[hit["a_end"] - 1] == b[hit["b_end"] - 1]:
        hit["a_end"] -= 1
        hit["b_end"] -= 1
        hit["matches"] -= 1
        hit["columns"] -= 1


def _aligned_passages(a: str, b: str, min_len: int, seed_len: int, min_identity: float,
                      max_gap: int = 30, pad: int = 12, reach: int = 40,
                      b_grams: Optional[dict] = None) -> list[dict]:
    """Passages as offsets into the normalised strings ``a`` and ``b``
    (:func:`aligned_passages_many` for one pair of texts)."""
    return aligned_passages_many([(a, b, b_grams)], min_len, seed_len, min_identity, max_gap,
                                 pad, reach)[0]


def copied_passages(text_a: str, text_b: str, min_len: int = 12, *,
                    seed_len: Optional[int] = None, min_identity: float = 0.8) -> list[dict]:
    """Passages of ``text_a`` copied nearly verbatim from ``text_b`` (or the other way round).

    ``min_len`` is the least number of identical characters (whitespace and Markdown emphasis not
    counted) a passage must share; ``min_identity`` the least share of identical columns in its
    alignment. Each passage is a dict: ``a_start``, ``a_end`` (offsets into ``text_a``),
    ``b_start``, ``b_end`` (offsets into ``text_b``), ``text`` (``text_a[a_start:a_end]``),
    ``text_b``, ``matches`` (identical characters) and ``identity`` (matches / alignment
    columns). Sorted by ``a_start``. A passage of ``text_a`` repeated in ``text_b`` comes back
    once per copy.
    """
    a, a_idx = normalise_for_reuse(text_a)
    b, b_idx = normalise_for_reuse(text_b)
    if seed_len is None:
        seed_len = max(6, min(10, (2 * min_len) // 3))
    out = []
    for h in _aligned_passages(a, b, min_len, seed_len, min_identity):
        a_start, a_end = a_idx[h["a_start"]], a_idx[h["a_end"] - 1] + 1
        b_start, b_end = b_idx[h["b_start"]], b_idx[h["b_end"] - 1] + 1
        out.append({"a_start": a_start, "a_end": a_end, "b_start": b_start, "b_end": b_end,
                    "text": text_a[a_start:a_end], "text_b": text_b[b_start:b_end],
                    "matches": h["matches"],
                    "identity": round(h["matches"] / h["columns"], 3)})
    return out


def passages_between(pieces_a: Iterable[tuple[str, int]], pieces_b: Iterable[tuple[str, int]],
                     min_len: int = 12, min_identity: float = 0.8,
                     cache: Optional[dict] = None) -> list[dict]:
    """Copied passages between two lists of ``(text, offset)`` pieces, each piece a wall to the
    others. Returns passages with ``a_piece``/``b_piece`` (the piece indexes) and offsets
    ``a_start``… that are the piece's offset plus the offset inside the piece.

    ``cache`` (a dict kept by the caller) saves preparing the same ``pieces_b`` again: comparing
    many texts with one."""
    return passages_between_many([(pieces_a, pieces_b)], min_len, min_identity, cache)[0]


def passages_between_many(pairs: Iterable[tuple[Iterable[tuple[str, int]], Iterable[tuple[str, int]]]],
                          min_len: int = 12, min_identity: float = 0.8,
                          cache: Optional[dict] = None) -> list[list[dict]]:
    """:func:`passages_between` for many ``(pieces_a, pieces_b)`` at once, each with the result
    ``passages_between`` gives it: the alignments of all the pairs run together in numpy
    (:func:`aligned_passages_many`), far faster than pair by pair."""
    cache = {} if cache is None else cache
    prepared = []
    for pieces_a, pieces_b in pairs:
        pieces_a, pieces_b = list(pieces_a), list(pieces_b)
        a, a_where = _joined(pieces_a)
        key = ("passages_b", tuple(pieces_b))
        if key not in cache:
            cache[key] = (*_joined(pieces_b), {})
        b, b_where, b_grams = cache[key]
        prepared.append((pieces_a, a, a_where, pieces_b, b, b_where, b_grams))
    seed_len = max(6, min(10, (2 * min_len) // 3))
    found = aligned_passages_many([(a, b, b_grams) for _, a, _, _, b, _, b_grams in prepared],
                                  min_len, seed_len, min_identity)
    out = []
    for (pieces_a, _, a_where, pieces_b, _, b_where, _), hits in zip(prepared, found):
        passages = []
        for h in hits:
            pa, sa = a_where[h["a_start"]]
            _, ea = a_where[h["a_end"] - 1]
            pb, sb = b_where[h["b_start"]]
            _, eb = b_where[h["b_end"] - 1]
            ta, oa = pieces_a[pa]
            tb, ob = pieces_b[pb]
            passages.append({"a_piece": pa, "b_piece": pb, "a_start": oa + sa,
                             "a_end": oa + ea + 1, "b_start": ob + sb, "b_end": ob + eb + 1,
                             "text": ta[sa:ea + 1], "text_b": tb[sb:eb + 1],
                             "matches": h["matches"],
                             "identity": round(h["matches"] / h["columns"], 3)})
        out.append(passages)
    return out


def _joined(pieces: list[tuple[str, int]]) -> tuple[str, "_Origins"]:
    """The normalised characters of the pieces joined by :data:`BARRIER`, and where each
    character comes from."""
    chars: list[str] = []
    starts: list[int] = []
    offsets: list[list[int]] = []
    at = 0
    for text, _ in pieces:
        norm, index = normalise_for_reuse(text)
        chars.append(norm)
        chars.append(BARRIER)
        starts.append(at)
        offsets.append(index)
        at += len(norm) + 1
    return "".join(chars), _Origins(starts, offsets)


class _Origins:
    """For each character of pieces joined by :func:`_joined`: its piece and its offset in the
    piece (-1 for a barrier), as ``origins[position]``. Kept per piece, not per character: only the
    ends of passages are looked up."""

    __slots__ = ("starts", "offsets")

    def __init__(self, starts: list[int], offsets: list[list[int]]):
        self.starts, self.offsets = starts, offsets

    def __getitem__(self, position: int) -> tuple[int, int]:
        piece = bisect_right(self.starts, position) - 1
        index = self.offsets[piece]
        at = position - self.starts[piece]
        return piece, index[at] if at < len(index) else -1


# ----------------------------------------------------------------------------------------------
# Many alignments at once (numpy)

#: Cells (boxes × rows × band width) filled together by :func:`smith_waterman_many`: enough for
#: numpy's cost per call to be small against the cells computed, few enough to keep memory
#: bounded (about 50 MB of int32 and int64 scratch).
BATCH_CELLS = 1 << 21


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
    import numpy as np

    out: list[Optional[dict]] = [None] * len(tasks)
    boxes = []
    for n, (a, b, *box) in enumerate(tasks):
        i_lo, i_hi, j_lo, j_hi, d_lo, d_hi = _bounds(a, b, *box)
        if i_hi > i_lo and j_hi > j_lo and d_hi >= d_lo:
            boxes.append((n, a, b, i_lo, i_hi, j_lo, j_hi, d_lo, d_hi))
    # by band width, tallest first within a width: the active ones lead
    boxes.sort(key=lambda box: (_width_class(box), -(box[4] - box[3])))
    codes: dict[int, tuple[str, object]] = {}

    def coded(text: str):
        found = codes.get(id(text))
        if found is None:  # the string is kept with its codes, so that its id stays its own
            found = codes[id(text)] = (text, _codes(text))
        return found[1]

    for batch in _batches(boxes):
        grid = _fill_boxes(np, batch, coded, match, mismatch, gap)
        # each box's highest score and the first cell, in row-major order, that has it
        cells = grid.transpose(1, 0, 2).reshape(len(batch), -1)
        best_scores, best_cells = cells.max(axis=1).tolist(), cells.argmax(axis=1).tolist()
        for n, box in enumerate(batch):
            out[box[0]] = _traceback(box, grid[:, n], best_scores[n], best_cells[n], match,
                                     mismatch, gap)
    return out


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


def _codes(text: str):
    """The characters of ``text`` as int32 code points, :data:`BARRIER` as -1."""
    import numpy as np

    found = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int32)
    found[found == ord(BARRIER)] = -1
    return found


def _fill_boxes(np, batch, coded, match: int, mismatch: int, gap: int):
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
    rows = grid[:r + 1].tolist()  # the path only goes up from the best cell
    best_i = i_lo + r - 1
    best_j = best_i - d_hi + c
    # (r, c) the cell's place in ``rows``, (i, j) its characters: up is (r - 1, c + 1), the
    # diagonal (r - 1, c), left (r, c - 1).
    i, j = best_i, best_j
    matches = columns = 0
    s = best_score
    while s > 0:
        columns += 1
        above = rows[r - 1]
        diagonal = above[c]
        if s == diagonal + (match if a[i] == b[j] else mismatch):
            matches += a[i] == b[j]
            r, i, j, s = r - 1, i - 1, j - 1, diagonal
        elif s == above[c + 1] + gap:
            r, c, i, s = r - 1, c + 1, i - 1, above[c + 1]
        else:
            c, j = c - 1, j - 1
            s = rows[r][c]
    return {"a_start": i + 1, "a_end": best_i + 1, "b_start": j + 1, "b_end": best_j + 1,
            "matches": matches, "columns": columns, "score": best_score}


def _boxes(group: list[tuple[int, int, int]], extra: int, pad: int, len_a: int, len_b: int):
    """The box and band around a group of seed runs: ``extra`` characters beyond the seeds, a band
    allowing ``pad`` characters of net insertion or deletion."""
    d_lo = min(r[2] for r in group) - pad
    d_hi = max(r[2] for r in group) + pad
    a_lo = max(0, min(r[0] for r in group) - extra)
    a_hi = min(len_a, max(r[1] for r in group) + extra)
    b_lo = max(0, min(r[0] - r[2] for r in group) - extra)
    b_hi = min(len_b, max(r[1] - r[2] for r in group) + extra)
    return a_lo, a_hi, b_lo, b_hi, d_lo, d_hi


def _touches_edge(hit: dict, box: tuple, len_a: int, len_b: int) -> bool:
    """Whether an alignment runs into an edge of its box that is not an end of the text."""
    a_lo, a_hi, b_lo, b_hi = box[:4]
    return ((hit["a_start"] == a_lo and a_lo > 0) or (hit["b_start"] == b_lo and b_lo > 0)
            or (hit["a_end"] == a_hi and a_hi < len_a) or (hit["b_end"] == b_hi and b_hi < len_b))


def aligned_passages_many(problems: list[tuple[str, str, Optional[dict]]], min_len: int,
                          seed_len: int, min_identity: float, max_gap: int = 30, pad: int = 12,
                          reach: int = 40) -> list[list[dict]]:
    """Passages (offsets into the normalised strings) for many ``(a, b, b_grams)`` at once, with
    the Smith–Waterman alignments of every problem's seed groups run together, in rounds, by
    :func:`smith_waterman_many`. A round aligns every pending group in a box ``pad`` characters
    beyond its seeds; a group whose alignment runs into an edge of its box is aligned again in a
    box reaching ``reach`` characters beyond them (once), and the runs an alignment did not use
    form new groups for the next round. ``b_grams`` (a dict kept by the caller, or None) keeps
    ``_grams(b, k)`` for the next ``a``."""
    k = min(4, seed_len)
    found: list[list[dict]] = [[] for _ in problems]
    tasks = []  # (problem, group, extra)
    for n, (a, b, b_grams) in enumerate(problems):
        grams = None
        if b_grams is not None:
            grams = b_grams.get(k)
            if grams is None:
                grams = b_grams[k] = _grams(b, k)
        runs = _seed_runs(a, b, k, seed_len, grams)
        tasks.extend((n, group, pad) for group in _clusters(runs, max_gap))
    while tasks:
        boxes = [_boxes(group, extra, pad, len(problems[n][0]), len(problems[n][1]))
                 for n, group, extra in tasks]
        hits = smith_waterman_many([(problems[n][0], problems[n][1], *box)
                                    for (n, _, _), box in zip(tasks, boxes)])
        later = []
        for (n, group, extra), box, hit in zip(tasks, boxes, hits):
            a, b, _ = problems[n]
            if hit is None:
                continue
            if extra == pad and _touches_edge(hit, box, len(a), len(b)):
                later.append((n, group, reach))
                continue
            # Runs of the group that the alignment did not use form a group of their own.
            rest = [r for r in group
                    if r[1] <= hit["a_start"] or r[0] >= hit["a_end"]
                    or (r[0] - r[2]) >= hit["b_end"] or (r[1] - r[2]) <= hit["b_start"]]
            if rest and len(rest) < len(group):
                later.extend((n, g, pad) for g in _clusters(rest, max_gap))
            _trim(a, b, hit)
            if hit["matches"] >= min_len and hit["matches"] / hit["columns"] >= min_identity:
                found[n].append(hit)
        tasks = later
    return [_distinct(hits) for hits in found]


def _distinct(found: list[dict]) -> list[dict]:
    """The passages, without those inside a better one (the same passage found from overlapping
    groups), in order of ``a_start``."""
    found.sort(key=lambda h: (-h["matches"], h["a_start"], h["b_start"], h["a_end"], h["b_end"]))
    kept: list[dict] = []
    for h in found:
        if any(h["a_start"] >= k_["a_start"] and h["a_end"] <= k_["a_end"]
               and h["b_start"] >= k_["b_start"] and h["b_end"] <= k_["b_end"] for k_ in kept):
            continue
        kept.append(h)
    kept.sort(key=lambda h: (h["a_start"], h["b_start"]))
    return kept
