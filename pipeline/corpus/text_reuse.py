"""Text-reuse detection: passages one text copies nearly verbatim from another.

The method is the one used for legislative text reuse ("policy diffusion" studies): find exact
seeds shared by the two texts, group seeds that lie close together on nearby diagonals, and run a
banded Smith–Waterman local alignment over the characters around each group
(:mod:`pipeline.corpus.smith_waterman`), so that a copied paragraph with a few words inserted,
dropped or changed comes back as one passage.

Characters are compared after a light normalisation that keeps a one-to-one map back to the
original text: whitespace (line breaks inside a paragraph, the spaces PDF extraction leaves) and
Markdown emphasis (``*``, ``#``) are skipped, full-width ASCII forms fold to half-width (（ → (),
and curly quotes fold to straight ones. Every offset returned is an offset into the text given.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Optional

import numpy as np

from extractors.vocab import Examples
from pipeline.corpus.smith_waterman import BARRIER, code_points, smith_waterman_many
from pipeline.document.fingerprint import gram_hashes, normalise_for_reuse


def _grams(b: str, k: int) -> tuple:
    """The ``k``-grams of ``b`` (none across a :data:`BARRIER`) ready to look up: their hashes
    sorted, the position of each (in order of position among equal hashes), and ``b``'s codes."""
    codes = code_points(b)
    if len(b) < k:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64), codes
    hashes = gram_hashes(codes, k)
    barriers = np.concatenate(([0], np.cumsum(codes < 0)))  # barriers before each position
    positions = np.flatnonzero(barriers[k:] == barriers[:-k])  # none among the k characters
    order = np.argsort(hashes[positions], kind="stable")
    return hashes[positions][order], positions[order], codes


#: Candidate ``(i, j)`` pairs (positions of one ``k``-gram in each text) :func:`_seed_runs` holds
#: at once. Between two long texts of one kind the common grams (人民政府, 的规定) make pairs by the
#: product of their counts: two laws of 100,000 characters give tens of millions, 40-odd bytes each
#: in the arrays that check and sort them, which took an aligning worker hundreds of megabytes for
#: a moment. So ``a``'s positions are taken in blocks of about this many pairs.
SEED_PAIRS_AT_ONCE = 1 << 20


def _seed_runs(a: str, b: str, k: int, seed_len: int,
               grams: Optional[tuple] = None) -> list[tuple[int, int, int]]:
    """Exact shared runs (a_start, a_end, diagonal) of at least ``seed_len`` characters, sorted:
    the maximal stretches where consecutive ``k``-grams of ``a`` equal those of ``b`` on one
    diagonal ``i - j``. ``grams``: ``_grams(b, k)`` when the caller has it already.

    In numpy: every ``k``-gram of ``a`` is looked up among the sorted hashes of ``b``'s, each
    (i, j) found is checked character by character, and the pairs sorted by diagonal and position
    fall into runs where ``i`` goes up by one. ``a``'s positions go in blocks of at most
    :data:`SEED_PAIRS_AT_ONCE` pairs (a position with more alone); a run still open at a block's
    last position goes on in the next block if that has its diagonal at the block's first one."""
    if len(a) < k or len(b) < k:
        return []
    b_hashes, b_positions, b_codes = _grams(b, k) if grams is None else grams
    a_codes = code_points(a)
    a_hashes = gram_hashes(a_codes, k)
    lo = np.searchsorted(b_hashes, a_hashes, side="left")
    count = np.searchsorted(b_hashes, a_hashes, side="right") - lo
    if not count.any():
        return []
    starts, ends, diagonals = [], [], []
    open_runs: dict[int, int] = {}  # diagonal -> start of the run reaching the last block's end
    for first, last in _blocks(count, SEED_PAIRS_AT_ONCE):
        i, d = _matched(a_codes, b_codes, b_positions, lo, count, first, last, k)
        run_start, run_last, run_d = _runs(i, d)
        # runs that began in earlier blocks: those at this block's first position on their diagonal
        at_first = run_start == first
        carried = [open_runs.pop(x, first) for x in run_d[at_first].tolist()]
        run_start[at_first] = carried
        for x, start in open_runs.items():  # ended with the last block
            starts.append(np.array([start]))
            ends.append(np.array([first - 1 + k]))
            diagonals.append(np.array([x]))
        reaching = run_last == last - 1
        open_runs = dict(zip(run_d[reaching].tolist(), run_start[reaching].tolist()))
        closed = ~reaching
        starts.append(run_start[closed])
        ends.append(run_last[closed] + k)
        diagonals.append(run_d[closed])
    for x, start in open_runs.items():
        starts.append(np.array([start]))
        ends.append(np.array([len(a_hashes) - 1 + k]))
        diagonals.append(np.array([x]))
    run_start, run_end, run_d = (np.concatenate(v).astype(np.int64) for v in (starts, ends, diagonals))
    long = run_end - run_start >= seed_len
    run_start, run_end, run_d = run_start[long], run_end[long], run_d[long]
    order = np.lexsort((run_d, run_end, run_start))
    return list(zip(run_start[order].tolist(), run_end[order].tolist(), run_d[order].tolist()))


def _blocks(count: np.ndarray, most: int) -> list[tuple[int, int]]:
    """``[first, last)`` ranges of positions, in order, covering ``count``, each with at most ``most``
    pairs in all (a position with more, alone)."""
    total = np.cumsum(count)
    blocks, first = [], 0
    while first < len(count):
        below = total[first - 1] if first else 0
        last = int(np.searchsorted(total, below + most, side="right"))
        last = max(last, first + 1)
        blocks.append((first, last))
        first = last
    return blocks


def _matched(a_codes, b_codes, b_positions, lo, count, first: int, last: int, k: int):
    """The ``(i, j)`` pairs with ``i`` in ``[first, last)`` whose ``k`` characters are the same
    (hashes can collide), as ``i`` and the diagonal ``i - j``."""
    count = count[first:last]
    total = int(count.sum())
    # every (i, j) with the same hash: i repeated, j through each i's range of b_positions
    i = np.repeat(np.arange(first, last, dtype=np.int64), count)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)
    j = b_positions[np.repeat(lo[first:last], count) + offsets]
    del offsets
    same = np.ones(total, dtype=bool)
    for offset in range(k):
        same &= a_codes[i + offset] == b_codes[j + offset]
    i, j = i[same], j[same]
    return i, i - j


def _runs(i: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The maximal stretches of the pairs ``(i, d)`` where ``i`` goes up by one on one diagonal
    ``d``: their first and last ``i`` and their diagonal."""
    if not len(i):
        return (np.zeros(0, dtype=np.int64),) * 3
    order = np.lexsort((i, d))
    i, d = i[order], d[order]
    starts = np.ones(len(i), dtype=bool)
    starts[1:] = (d[1:] != d[:-1]) | (i[1:] != i[:-1] + 1)
    begin = np.flatnonzero(starts)
    last = np.append(begin[1:], len(i)) - 1
    return i[begin], i[last], d[begin]


#: How far back (characters of the first text) a run looks for a run it may join: runs sorted by
#: start, the runs starting more than this before it are not compared with it.
CLUSTER_REACH = 2000


def _clusters(runs: list[tuple[int, int, int]], max_gap: int) -> list[list[tuple[int, int, int]]]:
    """Group runs that could belong to one gapped alignment (close in both texts): a run joins an
    earlier one (in the sorted order) starting at most :data:`CLUSTER_REACH` before it, whose
    diagonal is within ``max_gap`` of its own and which ends at most ``max_gap`` before it starts
    in either text. The groups are the connected sets of runs so joined, each in the runs' order,
    in order of their first run.

    Only runs of nearby diagonals can join: the earlier runs are kept by diagonal band
    (``max_gap`` wide), so each run is compared with those of its band and the two next to it
    within reach, not with every run of the stretch (between two long laws, whose common phrases
    make thousands of runs on diagonals far apart, comparing every run with every earlier one
    within reach was an eighth of aligning them)."""
    parent = list(range(len(runs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    width = max(1, max_gap)
    bands: dict[int, tuple[list[int], list[int]]] = {}  # band -> (earlier runs' numbers, their starts)
    for n, (s2, e2, d2) in enumerate(runs):
        band = d2 // width
        for near in (band - 1, band, band + 1):
            found = bands.get(near)
            if found is None:
                continue
            numbers, starts = found
            for k in range(bisect_left(starts, s2 - CLUSTER_REACH), len(numbers)):
                m = numbers[k]
                s1, e1, d1 = runs[m]
                if s2 - e1 > max_gap or abs(d1 - d2) > max_gap:
                    continue
                if (s2 - d2) - (e1 - d1) > max_gap:  # the gap in the second text
                    continue
                parent[find(n)] = find(m)
        numbers, starts = bands.setdefault(band, ([], []))
        numbers.append(n)
        starts.append(s2)
    groups: dict[int, list[tuple[int, int, int]]] = {}
    for n, run in enumerate(runs):
        groups.setdefault(find(n), []).append(run)
    return list(groups.values())

#: Punctuation a passage does not begin or end with: the same mark on both sides is no evidence.
EDGE_PUNCTUATION = frozenset("，。、；：,.;:!?！？\"'<>()[]“”‘’（）《》【】〔〕")

EXAMPLES = {"EDGE_PUNCTUATION": Examples(match=("，", "。", "《", "〕", "“"), no_match=("的", "1", "a"))}


def _trim(a: str, b: str, hit: dict) -> None:
    """Drop identical punctuation at both ends of a passage (，优先组织… → 优先组织…)."""
    while hit["a_end"] - hit["a_start"] > 1 and a[hit["a_start"]] in EDGE_PUNCTUATION \
            and a[hit["a_start"]] == b[hit["b_start"]]:
        hit["a_start"] += 1
        hit["b_start"] += 1
        hit["matches"] -= 1
        hit["columns"] -= 1
    while hit["a_end"] - hit["a_start"] > 1 and a[hit["a_end"] - 1] in EDGE_PUNCTUATION \
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
        key = prepared_key(pieces_b)
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


def prepared_key(pieces_b: list[tuple[str, int]]) -> tuple:
    """The key of the preparation of ``pieces_b`` in the ``cache`` of :func:`passages_between_many`
    (for a caller that drops the preparations it needs no more)."""
    return ("passages_b", tuple(pieces_b))


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
    groups), in order of ``a_start``.

    A passage that holds another starts at or before it in ``a`` and ends at or after it, so only
    the kept passages starting between the passage's end less the longest kept one's length and
    its start are looked at (kept sorted by ``a_start``), not all of them: two laws share
    thousands of passages, and each was compared with every one kept before it."""
    found.sort(key=lambda h: (-h["matches"], h["a_start"], h["b_start"], h["a_end"], h["b_end"]))
    kept: list[dict] = []
    starts: list[int] = []  # the kept passages' a_start, sorted
    spans: list[tuple[int, int, int, int]] = []  # their (a_start, a_end, b_start, b_end), in that order
    longest = 0
    for h in found:
        a_start, a_end, b_start, b_end = h["a_start"], h["a_end"], h["b_start"], h["b_end"]
        first, last = bisect_left(starts, a_end - longest), bisect_right(starts, a_start)
        if any(a_end <= ka_end and b_start >= kb_start and b_end <= kb_end
               for _, ka_end, kb_start, kb_end in spans[first:last]):
            continue
        kept.append(h)
        at = bisect_right(starts, a_start)
        starts.insert(at, a_start)
        spans.insert(at, (a_start, a_end, b_start, b_end))
        longest = max(longest, a_end - a_start)
    kept.sort(key=lambda h: (h["a_start"], h["b_start"]))
    return kept
