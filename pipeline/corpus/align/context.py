"""The measure tree's context: a local notice mostly follows the order of the notice it implements,
so a measure whose neighbours are matched confidently most likely implements a national measure
next to theirs.

泾扶组〔2020〕2号's 二（九）推深做实基础工作 says little in words the national notice shares (查漏补缺),
but its neighbour 二（八）全力以赴防范返贫 copies 三（三）建立机制防止返贫: 三（二）, next to it, is the
likelier match. A measure with no such neighbour, or whose best candidate lies elsewhere in the
national notice, gets no help: the context only raises candidates near the neighbours' matches,
and never decides alone (:data:`CONTEXT_WEIGHT`).
"""

from __future__ import annotations

import numpy as np

from pipeline.corpus.align.measures import Measure

#: A neighbour's match counts as context from this score on.
CONFIDENT = 0.4
#: How much a candidate next to a neighbour's match gains, as a score of its own combined with the
#: others (``1 - (1 - score) * (1 - CONTEXT_WEIGHT * closeness)``).
CONTEXT_WEIGHT = 0.05
#: Closeness by distance in the national document's order from a neighbour's match: the measure
#: right before or after it most (the local notice moved on by one), the same measure or two away
#: less (two local measures often implement one national one; a national measure may be skipped).
CLOSENESS = {1: 1.0, 0: 0.5, 2: 0.5}


def neighbours(m: Measure, local: list[Measure]) -> list[Measure]:
    """The measures just before and after ``m`` among its siblings (the top-level measures when it
    has no parent)."""
    siblings = m.parent.children if m.parent is not None else [x for x in local if x.parent is None]
    at = siblings.index(m)
    return [siblings[k] for k in (at - 1, at + 1) if 0 <= k < len(siblings)]


def context_scores(local: list[Measure], national: list[Measure], score, *, in_place: bool = False) -> np.ndarray:
    """``score`` (a float array or lists of rows) with each candidate raised by its closeness to the
    confident matches of the local measure's neighbours (the best candidate of each, by ``score``),
    as a new float array (``score`` itself, a float array, written into when ``in_place``)."""
    out = np.asarray(score, dtype=float) if in_place else np.array(score, dtype=float)
    if not len(national):
        return out
    best = np.argmax(out, axis=1).tolist()  # the first best of each row
    confident = [bool(out[i, best[i]] >= CONFIDENT) for i in range(len(out))]
    closeness_at = np.zeros(max(CLOSENESS) + 1)  # closeness by distance, up to the farthest that counts
    for distance, closeness in CLOSENESS.items():
        closeness_at[distance] = closeness
    columns = np.arange(len(national))
    for m in local:
        anchors = [best[k.n] for k in neighbours(m, local) if confident[k.n]]
        if not anchors:
            continue
        distance = np.abs(columns[:, None] - np.array(anchors)[None, :])
        near = np.where(distance < len(closeness_at), closeness_at[np.minimum(distance, len(closeness_at) - 1)], 0.0)
        closeness = near.max(axis=1)
        raised = closeness > 0
        row = out[m.n]
        row[raised] = 1.0 - (1.0 - row[raised]) * (1.0 - CONTEXT_WEIGHT * closeness[raised])
    return out
