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
from typing import Iterable, Optional

# Characters skipped when comparing (offsets still count them).
SKIPPED_CHARS = frozenset(" \t\r\n\u3000\u00a0\u200b\u200c\u200d\ufeff*#")
# Folded to one form so that 《“ and <" compare equal.
_FOLD = {"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "〔": "[", "〕": "]",
         "【": "[", "】": "]", "、": ",", "〈": "<", "〉": ">", "《": "<", "》": ">"}
# A character that never matches anything: texts built from several pieces use it as a wall
# so that no passage runs from one piece into the next.
BARRIER = "\x00"

MATCH = 2
MISMATCH = -3
GAP = -3


def _fold(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    if "\uff01" <= ch <= "\uff5e":  # full-width ASCII forms
        ch = unicodedata.normalize("NFKC", ch)
    return ch


# _fold as a translation table (one character for one), and the runs of skipped characters.
_FOLD_TABLE = {ord(ch): _fold(ch) for ch in list(_FOLD) + [chr(c) for c in range(0xFF01, 0xFF5F)]}
_SKIPPED_RUN = re.compile("[" + re.escape("".join(sorted(SKIPPED_CHARS))) + "]+")


def normalised_text(text: str) -> str:
    """The compared characters of ``text`` (``normalise_for_reuse`` without the offsets)."""
    return _SKIPPED_RUN.sub("", text).translate(_FOLD_TABLE)


def normalise_for_reuse(text: str) -> tuple[str, list[int]]:
    """The compared characters of ``text`` and, for each, its offset in ``text``."""
    index: list[int] = []
    pos = 0
    for run in _SKIPPED_RUN.finditer(text):
        index.extend(range(pos, run.start()))
        pos = run.end()
    index.extend(range(pos, len(text)))
    return normalised_text(text), index


def _grams(b: str, k: int) -> dict[str, list[int]]:
    """Where each ``k``-gram of ``b`` occurs (none across a :data:`BARRIER`)."""
    grams: dict[str, list[int]] = {}
    for j in range(len(b) - k + 1):
        g = b[j:j + k]
        if BARRIER in g:
            continue
        grams.setdefault(g, []).append(j)
    return grams


def _seed_runs(a: str, b: str, k: int, seed_len: int,
               grams: Optional[dict[str, list[int]]] = None) -> list[tuple[int, int, int]]:
    """Exact shared runs (a_start, a_end, diagonal) of at least ``seed_len`` characters;
    ``grams``: ``_grams(b, k)`` when the caller has it already."""
    if len(a) < k or len(b) < k:
        return []
    if grams is None:
        grams = _grams(b, k)
    active: dict[int, list[int]] = {}  # diagonal -> [first i, last i]
    runs: list[tuple[int, int, int]] = []

    def close(d: int, span: list[int]) -> None:
        length = span[1] - span[0] + k
        if length >= seed_len:
            runs.append((span[0], span[1] + k, d))

    for i in range(len(a) - k + 1):
        js = grams.get(a[i:i + k])
        if not js:
            continue
        for j in js:
            d = i - j
            span = active.get(d)
            if span is not None and span[1] == i - 1:
                span[1] = i
            else:
                if span is not None:
                    close(d, span)
                active[d] = [i, i]
    for d, span in active.items():
        close(d, span)
    runs.sort()
    return runs


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
    i_hi = len(a) if i_hi is None else min(i_hi, len(a))
    j_hi = len(b) if j_hi is None else min(j_hi, len(b))
    i_lo, j_lo = max(0, i_lo), max(0, j_lo)
    if d_lo is None:
        d_lo = i_lo - (j_hi - 1)
    if d_hi is None:
        d_hi = (i_hi - 1) - j_lo
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
    """Passages as offsets into the normalised strings ``a`` and ``b``."""
    k = min(4, seed_len)
    grams = None
    if b_grams is not None:  # k -> _grams(b, k), kept by the caller for the next ``a``
        grams = b_grams.get(k)
        if grams is None:
            grams = b_grams[k] = _grams(b, k)
    pending = _clusters(_seed_runs(a, b, k, seed_len, grams), max_gap)
    found: list[dict] = []
    while pending:
        group = pending.pop()
        # The box reaches ``pad`` characters beyond the seeds, or ``reach`` when the alignment
        # runs into its edge; the band allows ``pad`` characters of net insertion or deletion.
        d_lo = min(r[2] for r in group) - pad
        d_hi = max(r[2] for r in group) + pad
        for extra in (pad, reach):
            a_lo = max(0, min(r[0] for r in group) - extra)
            a_hi = min(len(a), max(r[1] for r in group) + extra)
            b_lo = max(0, min(r[0] - r[2] for r in group) - extra)
            b_hi = min(len(b), max(r[1] - r[2] for r in group) + extra)
            hit = smith_waterman(a, b, a_lo, a_hi, b_lo, b_hi, d_lo, d_hi)
            if hit is None or not (
                    (hit["a_start"] == a_lo and a_lo > 0) or (hit["b_start"] == b_lo and b_lo > 0)
                    or (hit["a_end"] == a_hi and a_hi < len(a))
                    or (hit["b_end"] == b_hi and b_hi < len(b))):
                break
        if hit is None:
            continue
        # Runs of the group that the alignment did not use form a group of their own.
        rest = [r for r in group
                if r[1] <= hit["a_start"] or r[0] >= hit["a_end"]
                or (r[0] - r[2]) >= hit["b_end"] or (r[1] - r[2]) <= hit["b_start"]]
        if rest and len(rest) < len(group):
            pending.extend(_clusters(rest, max_gap))
        _trim(a, b, hit)
        if hit["matches"] >= min_len and hit["matches"] / hit["columns"] >= min_identity:
            found.append(hit)
    # The same passage can be found twice from overlapping groups: keep the better one.
    found.sort(key=lambda h: (-h["matches"], h["a_start"], h["b_start"]))
    kept: list[dict] = []
    for h in found:
        if any(h["a_start"] >= k_["a_start"] and h["a_end"] <= k_["a_end"]
               and h["b_start"] >= k_["b_start"] and h["b_end"] <= k_["b_end"] for k_ in kept):
            continue
        kept.append(h)
    kept.sort(key=lambda h: (h["a_start"], h["b_start"]))
    return kept


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
    def build(pieces):
        chars: list[str] = []
        where: list[tuple[int, int]] = []  # per normalised char: (piece, offset in piece)
        for n, (text, _) in enumerate(pieces):
            norm, idx = normalise_for_reuse(text)
            chars.append(norm)
            where.extend((n, p) for p in idx)
            chars.append(BARRIER)
            where.append((n, -1))
        return "".join(chars), where

    pieces_a, pieces_b = list(pieces_a), list(pieces_b)
    a, a_where = build(pieces_a)
    b_grams = None
    if cache is not None:
        key = ("passages_b", tuple(pieces_b))
        if key not in cache:
            cache[key] = (*build(pieces_b), {})
        b, b_where, b_grams = cache[key]
    else:
        b, b_where = build(pieces_b)
    seed_len = max(6, min(10, (2 * min_len) // 3))
    out = []
    for h in _aligned_passages(a, b, min_len, seed_len, min_identity, b_grams=b_grams):
        pa, sa = a_where[h["a_start"]]
        _, ea = a_where[h["a_end"] - 1]
        pb, sb = b_where[h["b_start"]]
        _, eb = b_where[h["b_end"] - 1]
        ta, oa = pieces_a[pa]
        tb, ob = pieces_b[pb]
        out.append({"a_piece": pa, "b_piece": pb, "a_start": oa + sa, "a_end": oa + ea + 1,
                    "b_start": ob + sb, "b_end": ob + eb + 1, "text": ta[sa:ea + 1],
                    "text_b": tb[sb:eb + 1], "matches": h["matches"],
                    "identity": round(h["matches"] / h["columns"], 3)})
    return out
