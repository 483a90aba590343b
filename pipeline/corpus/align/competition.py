"""Competition between local measures for one national measure: a weak candidate that another local
measure matches far better is most likely not what this one implements.

A local notice implements each national item mostly once. When 闽扶办〔2020〕4号's 2 scores 0.17 with
the national 4 only because both speak of 消费扶贫, while its 6 copies that item (0.75), the weak
pair is the same-field noise every measure of the notice has with every national item, not a
second implementation. Two exceptions keep the legitimate many-to-one matches:

- a local measure's ancestors and descendants are no competitors (a section and its items match
  the same national measure together);
- siblings are no competitors for the national measure their parent matches best: a local notice
  often splits one national item into several sub-items (1. 2. 3. under a （一） that restates it);
- nor, among top-level measures, are the neighbours next to it in a run whose best candidate is
  that national measure (:func:`neighbours_taking`): a regulation spreads one article of its law over
  consecutive articles of its own (母婴保健法实施办法 第二十五条 to 第二十八条: newborn screening, check-ups,
  vaccination, breastfeeding, all the law's 第二十四条), each a true match, none another's noise.

The discount is applied to the scores before the choice, so a measure whose best candidate is taken
falls back on its next one, or abstains.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from pipeline.corpus.align.measures import Measure

#: A candidate is taken when another local measure scores it at least this much ...
TAKEN_FLOOR = 0.4
#: ... and at least this many times the candidate's own score.
TAKEN_RATIO = 2.0
#: What a taken candidate's score is multiplied by.
TAKEN_DISCOUNT = 0.5
#: Only the best few candidates of each local measure are checked (the others decide nothing).
CHECKED = 3


def discount_taken(local: list[Measure], score, *, floor: float = TAKEN_FLOOR,
                   ratio: float = TAKEN_RATIO, discount: float = TAKEN_DISCOUNT, in_place: bool = False) -> np.ndarray:
    """``score`` (a row per local measure, a column per national measure; a float array or lists of
    rows) with each of a local measure's best :data:`CHECKED` candidates multiplied by ``discount``
    when another local measure (no ancestor, descendant, nor a sibling under a parent whose best
    candidate it is) scores it at least ``floor`` and ``ratio`` times as much; a new float array
    (``score`` itself, a float array, written into when ``in_place``). Every candidate is judged by
    the scores before any discount."""
    S = np.asarray(score, dtype=float) if in_place else np.array(score, dtype=float)
    if not S.size:
        return S
    # Each column's local measures by descending score (ties in order): the competitor is almost
    # always the first one not excluded, so a walk down this list stops early.
    columns: dict[int, list[int]] = {}
    best = np.argmax(S, axis=1).tolist()  # the first of equal bests
    parent_best = {m.n: best[m.n] for m in local if m.children}
    top = [m for m in local if m.parent is None]
    at = {m.n: k for k, m in enumerate(top)}
    taken: list[tuple[int, int, float]] = []  # (local, national, discounted score): written once all are judged
    for m in local:
        row = S[m.n].tolist()
        for j in np.argsort(-S[m.n], kind="stable")[:CHECKED].tolist():
            own = row[j]
            if own <= 0.0:
                continue
            order = columns.get(j)
            if order is None:
                order = columns[j] = np.argsort(-S[:, j], kind="stable").tolist()
            competitor = _competitor(m, j, order, local, S, parent_best)
            if competitor >= floor and competitor >= ratio * own and m.n in at:
                # rarely reached: only then are the neighbours worth finding
                competitor = _competitor(m, j, order, local, S, parent_best,
                                         neighbours_taking(m, j, top, best, at[m.n]))
            if competitor >= floor and competitor >= ratio * own:
                taken.append((m.n, j, own * discount))
    for i, j, discounted in taken:
        S[i, j] = discounted
    return S


def neighbours_taking(m: Measure, j: int, top: list[Measure], best: list[int],
                      at: Optional[int] = None) -> set[int]:
    """The numbers of the top-level measures (``top``, in document order) on either side of ``m``, a
    top-level measure, that one after the other without a gap have national ``j`` as their best
    candidate (``best``: each local measure's). Items are left to the parent rule of the module: the
    items of a section restating another national measure do compete."""
    if m.parent is not None:
        return set()
    if at is None:  # ``m``'s place in ``top``, when the caller does not know it
        at = next(k for k, s in enumerate(top) if s is m)
    out: set[int] = set()
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(top) and best[top[k].n] == j:
            out.add(top[k].n)
            k += step
    return out


def _competitor(m: Measure, j: int, order: list[int], local: list[Measure], score: np.ndarray,
                parent_best: dict[int, int], neighbours: frozenset[int] | set[int] = frozenset()) -> float:
    """The best score another local measure, not excluded (see the module; ``neighbours``:
    :func:`neighbours_taking`), has with national ``j``."""
    related = {a.n for a in m.ancestors()} | {d.n for d in m.descendants()} | set(neighbours)
    shared_parent = m.parent is not None and parent_best.get(m.parent.n) == j
    for i in order:
        if i == m.n or i in related:
            continue
        if shared_parent and local[i].parent is m.parent:
            continue
        return float(score[i, j])
    return 0.0
