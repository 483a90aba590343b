"""The order of the two documents: an implementing text mostly follows the text it implements, so a
candidate far out of the order the confident matches keep is a doubtful one.

A regulation takes its law article by article (条例 3, 4 define the central catalogue of 法 7; 条例
5, 6 take up 法 8, 9), and a local plan mostly follows the national plan's sections. Two
neighbouring articles of one field word much alike: 条例 4 scores higher with 法 18 (which names the
central purchasing body again) than with 法 7, but its neighbours' matches (法 2 before it, 法 8
after it) place it between 2 and 8.

The confident matches (best candidate scoring :data:`CONFIDENT` or more) form a sequence of
(local position, national position); the heaviest chain of them that never goes back in the national
document (a weighted longest non-decreasing subsequence, Needleman–Wunsch without gaps' cost) is
the order the pair keeps. When that chain is long (:data:`MIN_CHAIN`) and holds most of the
confident matches (:data:`ORDERED_SHARE`: the pair follows one order, not a reshuffled one), each
local measure's window is the national stretch between the chain's matches before and after it
(itself left out), and its candidates outside the window are discounted (:data:`OUT_OF_ORDER_WEIGHT`).
The order is evidence for a match too, not only against one: a local article whose neighbours take
national N-1 and N+1 and whose best candidate is N, the one article (or one of the two) they leave
between them, takes N at a weak score (:data:`GAP_SHARE` of the threshold) rather than abstain
(:func:`gap_fillers`): a regulation restating 法 17 in words of its own day (通信 for 通讯) still sits
where 法 17 does.
Positions are those of the top-level measures (a law's articles, a plan's sections): the items of
one article are one place, so a measure matched to an article and its neighbour to one of its
items keep the order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

import numpy as np

from pipeline.corpus.align.measures import Measure

#: A local measure's best candidate is a confident match, a point of the order, from this score on.
CONFIDENT = 0.4
#: The order counts when its chain holds at least this many confident matches ...
MIN_CHAIN = 4
#: ... and at least this share of them (the others go back in the national document).
ORDERED_SHARE = 0.45
#: What a candidate outside the window the order gives a local measure is multiplied by.
OUT_OF_ORDER_WEIGHT = 0.7
#: How many top-level measures beyond the chain's neighbours the window reaches on either side (a
#: local article may restate the national one right before its predecessor's match).
SLACK = 0


def top_positions(measures: list[Measure]) -> list[int]:
    """For each measure, the number of its top-level ancestor (itself at the top) among the
    document's top-level measures, in the document's order."""
    rank: dict[int, int] = {}
    out = []
    for m in measures:
        top = m
        while top.parent is not None:
            top = top.parent
        if top.n not in rank:
            rank[top.n] = len(rank)
        out.append(rank[top.n])
    return out


def ordered_chain(points: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The heaviest subsequence of ``points`` ``(local position, national position, weight)``, in
    local order, whose national positions never decrease."""
    if not points:
        return []
    best = [w for _, _, w in points]
    back: list[Optional[int]] = [None] * len(points)
    for k, (_, j, w) in enumerate(points):
        for e in range(k):
            if points[e][1] <= j and best[e] + w > best[k]:
                best[k], back[k] = best[e] + w, e
    k: Optional[int] = max(range(len(points)), key=lambda e: best[e])
    chain = []
    while k is not None:
        chain.append(points[k])
        k = back[k]
    return chain[::-1]


def windows(local: list[Measure], national: list[Measure], score: list[list[float]], *,
            confident: float = CONFIDENT, min_chain: int = MIN_CHAIN, ordered_share: float = ORDERED_SHARE,
            slack: int = SLACK) -> Optional[list[tuple[int, int]]]:
    """For each local measure, the stretch ``(first, last)`` of national top-level positions its
    match is expected in by the order of the confident matches of the others; None when the pair
    keeps no order (too few confident matches, or too many of them out of order)."""
    nn = len(national)
    if not nn:
        return None
    npos = top_positions(national)
    matrix = np.asarray(score, dtype=float)  # (read only)
    best = np.argmax(matrix, axis=1).tolist()  # the first best candidate of each local measure
    points = [(m.n, npos[best[m.n]], float(matrix[m.n, best[m.n]])) for m in local
              if matrix[m.n, best[m.n]] >= confident]
    chain = ordered_chain(points)
    if len(chain) < min_chain or len(chain) < ordered_share * len(points):
        return None
    at = [i for i, _, _ in chain]
    lpos = top_positions(local)
    last = npos[-1]
    out = []
    for m in local:
        before = bisect_left(at, m.n) - 1  # the chain's last match before m
        after = bisect_right(at, m.n)  # and its first after m
        if before >= 0:  # m, d articles after a match, may be d articles before it (that one went ahead)
            low = chain[before][1] - slack - (lpos[m.n] - lpos[at[before]])
        else:
            low = 0
        if after < len(chain):  # and d articles before a match, d articles after it
            high = chain[after][1] + slack + (lpos[at[after]] - lpos[m.n])
        else:
            high = last
        out.append((max(0, low), min(last, high)))
    return out


def order_scores(local: list[Measure], national: list[Measure], score, *,
                 weight: float = OUT_OF_ORDER_WEIGHT, in_place: bool = False):
    """``score`` (a float array or lists of rows) with every candidate outside the window of
    :func:`windows` multiplied by ``weight``, as a float array (``score`` itself, a float array,
    written into when ``in_place``); ``score`` itself, unchanged, when the pair keeps no order."""
    found = windows(local, national, score)
    if found is None or weight >= 1.0:
        return score
    npos = np.array(top_positions(national))
    low = np.array([w[0] for w in found])[:, None]
    high = np.array([w[1] for w in found])[:, None]
    outside = (npos[None, :] < low) | (high < npos[None, :])
    matrix = np.asarray(score, dtype=float)
    if not in_place:
        matrix = matrix.copy()
    # (the candidates inside keep their scores as they are, those outside are multiplied)
    return np.multiply(matrix, weight, out=matrix, where=outside)


#: A local article between two matched neighbours takes its best candidate at a weak score when that
#: candidate lies in the gap their matches leave, of at most this many national top-level measures ...
MAX_GAP = 2
#: ... and scores at least this share of the threshold.
GAP_SHARE = 0.75


def in_gap(before: int, after: int, candidate: int, *, max_gap: int = MAX_GAP) -> bool:
    """Whether national position ``candidate`` lies strictly between the positions ``before`` and
    ``after`` of the neighbours' matches, which leave at most ``max_gap`` positions between them."""
    return before < candidate < after and after - before - 1 <= max_gap


def gap_fillers(local: list[Measure], national: list[Measure], choice: dict[int, tuple[int, float]],
                accepted: set[int], floor: float) -> list[int]:
    """The local top-level measures that abstain (not in ``accepted``) but whose best candidate
    (``choice``: local number -> (national number, score)), scoring ``floor`` or more, is the national
    article left between the matches of the local articles right before and after them. A
    regulation that takes 法 15 and 法 17 in its articles 19 and 21 takes 法 16 in its article 20,
    though their words differ (通信 against 通讯): the order is the evidence, not only a bar to
    neighbours competing. Items of an article are not judged here: their neighbours are items."""
    npos = top_positions(national)
    tops = [m for m in local if m.parent is None]
    out = []
    for k in range(1, len(tops) - 1):
        m, prev, nxt = tops[k], tops[k - 1], tops[k + 1]
        if m.n in accepted or prev.n not in accepted or nxt.n not in accepted or m.heading_only():
            continue
        j, s = choice[m.n]
        if s >= floor and in_gap(npos[choice[prev.n][0]], npos[choice[nxt.n][0]], npos[j]):
            out.append(m.n)
    return out
