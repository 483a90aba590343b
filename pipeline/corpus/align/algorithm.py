"""Which national measure each local measure implements, from the scores of :mod:`.scores`.

The evidence of a pair is combined as ``score = 1 - (1 - lexical) * (1 - reuse) * (1 -
HEADING_WEIGHT * heading) * (1 - anchor)``: lexical (word and character-bigram cosines, :mod:`.scores`),
reuse (copied passages), the headings' similarity and the anchors both name (:mod:`.features`);
a national article the local measure cites by a name whose citations agree with the text is
raised (:mod:`.references`); a long local document that neither copies nor cites the national one
keeps only that specific evidence, its words counting for nothing (:mod:`.relatedness`); a pair of
measures of different kinds (a duty and the penalty article enforcing it) is discounted, and two
reworded stock sections (指导思想, 总体要求) keep half their score (:mod:`.kinds`); a candidate
outside the stretch of the national document the pair's order gives the local measure (between
its neighbours' confident matches) is discounted, and an article whose best candidate is the national
article its matched neighbours leave between them takes it at a weak score (:mod:`.order`); then each
candidate next to the confident matches of the local measure's neighbours is raised a little
(:mod:`.context`), and a weak candidate that another local measure matches far better is
discounted (:mod:`.competition`); a local measure's candidates are ranked with the pull of hub
national measures (close to every local measure) taken out (:mod:`.hubs`), and a match with a hub must
clear the threshold plus the hub's excess mean score (``hub_weight``); a heading-only
section that cites national articles takes the best of them, as does a list of amounts by its lead-in,
and a list's lead-in that restates a national provision (:data:`LEAD_IN_CONFIDENT`) takes it;
a short item of a local list takes its lead-in's match when its own is weaker. A local measure whose best score
stays below :data:`THRESHOLD` (raised slowly for national documents of many measures, :func:`for_candidates`) is matched to
nothing: the comparison abstains rather than guess. The threshold is calibrated on the hand
alignments (``tests/data/hand_alignment.json``, ``tests/data/alignment/pairs.json``:
``pipeline.corpus.align.accuracy``), which include real notices of the same genre that implement
nothing of each other, where every measure must abstain; :func:`calibrate_threshold` recomputes it
from any such hand alignment.

Granularity. A local measure is compared as its heading plus its own text; a heading-only section
(a 一、 whose body is all in its children) as its heading plus its children's headings. A local
top-level section that covers several items of one national section (a 四、强化帮扶措施 that deals
with jobs, farming and projects, the three （一）（二）（三） of the national 二、) is matched to that
national section, with the items it covers listed under ``also``. A local section with children
takes the national measure its heading and its children's matches agree on.

Offsets in ``shared`` are document offsets (see :mod:`.measures`): a passage's offset is its
piece's offset plus its offset inside the piece.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Iterable, Optional

import numpy as np

from pipeline.corpus.align.blocks import block_rows
from pipeline.corpus.align.competition import discount_taken
from pipeline.corpus.align.context import context_scores
from pipeline.corpus.align.hubs import HUB_WEIGHT, excess, hubness, ranking
from pipeline.corpus.align.kinds import FRAGMENT_LEN, kind_weights
from pipeline.corpus.align.measures import Measure, build_measures, describe
from pipeline.corpus.align.order import GAP_SHARE, OUT_OF_ORDER_WEIGHT, gap_fillers, order_scores
from pipeline.corpus.align.references import cited_targets, raise_cited
from pipeline.corpus.align.relatedness import looks_unrelated
from pipeline.corpus.align.scores import MIN_REUSE_LEN, Cache, score_matrices

#: Below this combined score a local measure is matched to nothing. Chosen by leave-one-pair-out
#: cross-validation on the development hand alignments (19 pairs, 65 local measures;
#: ``accuracy.cross_validated``): every pair left out gets the middle of the widest best stretch of
#: the others, 0.175-0.19, and agrees 0.938 of the time; the whole set's best stretch is 0.18
#: (63 of 65). With weak candidates that another local measure matches far better discounted
#: (:mod:`.competition`) and sections whose items match nothing weighed down
#: (:data:`ORPHAN_SECTION_WEIGHT`), same-field measures that implement nothing score below 0.18 but
#: for a few (0.155-0.175); true matches of weak wording from about 0.19 up. The held-out hand
#: alignment (``tests/data/alignment/held_out``) was never used to choose it.
THRESHOLD = 0.18
#: The threshold holds for a national document of up to this many measures; beyond, it rises by
#: :data:`THRESHOLD_PER_DOUBLING` each time their number doubles (:func:`for_candidates`).
CANDIDATES_CALIBRATED = 16
THRESHOLD_PER_DOUBLING = 0.02


def for_candidates(threshold: float, candidates: int) -> float:
    """The threshold for a national document of ``candidates`` measures. The best of many
    candidates that have nothing to do with a local measure scores higher than the best of a few
    (a law of 150 articles and items offers a near-miss for any article of its regulation: 0.19
    for the bid bond the procurement law never mentions), so the bar rises with the number of
    candidates, slowly: the development set's national texts have at most 12 measures, the hard
    held-out set's laws 75 to 178 (0.225 to 0.25)."""
    if candidates <= CANDIDATES_CALIBRATED:
        return threshold
    return threshold + THRESHOLD_PER_DOUBLING * math.log2(candidates / CANDIDATES_CALIBRATED)


#: A heading-only local section none of whose items implements anything is scored by its heading
#: (and its items' headings) alone, times this: two sections of one genre share their wording
#: (围绕…推进政务公开) whether or not one implements the other, and the items say which.
ORPHAN_SECTION_WEIGHT = 0.5
#: The end of a list's lead-in (下列情况可以延长职工工作时间：): a measure whose words are its items,
#: not a section of its own.
LIST_LEAD_IN_END = ("：", ":")


def introduces_list(m: Measure) -> bool:
    """Whether a heading-only measure is a list's lead-in (its text ends with a colon): its items
    say one thing together, so they are not weighed down as a section whose items match nothing
    (:data:`ORPHAN_SECTION_WEIGHT`) when, one by one, they are too short to match."""
    return m.text.rstrip().endswith(LIST_LEAD_IN_END)


#: A list's lead-in whose own words match a national measure this well takes that measure, whatever
#: its items vote (:func:`_choose_for_section`): 取得综合所得需要办理汇算清缴的情形包括： copies the
#: law's 需要办理汇算清缴的 (第十一条), while its items (专项附加扣除, 预扣预缴) share words with the
#: article on deductions. The score the order module takes for a confident match.
LEAD_IN_CONFIDENT = 0.4
#: A national measure other than the best one is listed under ``also`` from this score on.
ALSO_THRESHOLD = 0.3
#: A method counts as evidence ("lexical", "reuse", "both") from these levels.
LEXICAL_EVIDENCE = 0.15
REUSE_EVIDENCE = 0.08


#: How much a heading's similarity counts (headings are short: a cosine of 1 is no proof).
HEADING_WEIGHT = 0.2


def combine(lexical: float, reuse: float, heading: float = 0.0, anchor: float = 0.0) -> float:
    """The score of a pair from its parts: any alone can make it, together they add up."""
    return 1.0 - (1.0 - lexical) * (1.0 - reuse) * (1.0 - HEADING_WEIGHT * heading) * (1.0 - anchor)


#: Cells of the rows :func:`_combined` computes at once (8 bytes each): each factor's temporary.
ELEMENTWISE_CELLS = 1 << 16


def _combined(lexical, reuse, heading, anchor, out: Optional[np.ndarray] = None) -> np.ndarray:
    """:func:`combine` of every pair of the four matrices (float arrays or lists of rows), element by
    element at once, as a float array: :func:`combine`'s products in its order, in place, a block of
    rows at a time (a factor's temporary is a block's, not a whole matrix beside the result).
    ``out``: the float array written into, ``anchor`` itself if the caller is done with it."""
    lexical, reuse, heading, anchor = (np.asarray(x, dtype=float) for x in (lexical, reuse, heading, anchor))
    out = np.empty(lexical.shape) if out is None else out
    step = block_rows(len(out), out[0].size if len(out) else 1, ELEMENTWISE_CELLS)
    for start in range(0, len(out), step):
        rows = slice(start, start + step)
        last = 1.0 - anchor[rows]  # (read first: ``out`` may be ``anchor``)
        block = out[rows]
        np.subtract(1.0, lexical[rows], out=block)
        block *= 1.0 - reuse[rows]
        block *= 1.0 - HEADING_WEIGHT * heading[rows]
        block *= last
        np.subtract(1.0, block, out=block)
    return out


def method_of(lexical: float, reuse: float) -> str:
    """The evidence a match rests on: "reuse", "lexical" or "both"."""
    if reuse >= REUSE_EVIDENCE and lexical >= LEXICAL_EVIDENCE:
        return "both"
    if reuse >= REUSE_EVIDENCE:
        return "reuse"
    return "lexical"


def align_measures(local: list[dict], national: list[dict], *, threshold: Optional[float] = None,
                   min_len: int = MIN_REUSE_LEN, cache: Optional[Cache] = None,
                   passages: Optional[list[dict]] = None, order_weight: float = OUT_OF_ORDER_WEIGHT,
                   local_cache: Optional[Cache] = None, hub_weight: float = HUB_WEIGHT) -> list[dict]:
    """Match each local measure to the national measure it implements, or to none.

    ``local`` and ``national`` are lists of measure dicts with keys ``id``, ``path``, ``level``,
    ``label``, ``heading``, ``text`` (own text; it may or may not begin with the heading),
    ``start``, and optionally ``parent_id`` (else the tree is read from ``path``) and
    ``text_start`` / ``heading_start`` (document offsets of ``text`` / ``heading``; without them
    the text is taken to start right after the label, ``start + len(label)``).

    Returns one dict per local measure, in the local document's order:

    * ``local_measure_id``, ``local_path``;
    * ``national_measure_id``, ``national_path`` — the national measure implemented, None when
      nothing fits;
    * ``score`` (0–1; when abstaining, the best candidate's score), ``method`` ("reuse",
      "lexical" or "both"; None when abstaining), ``lexical`` and ``reuse`` (the two parts);
    * ``shared`` — copied passages, in local document order: ``local_start``,
      ``local_end``, ``national_start``, ``national_end`` (document offsets) and ``text``;
    * ``also`` — further national measures the local one covers (the items of a matched
      section, a second national item dealt with in the same local item);
    * ``candidates`` — the three best-scoring national measures, best first;
    * ``local_label``, ``local_heading``, ``national_label``, ``national_heading`` for display.

    ``cache`` (a :class:`~.scores.Cache`) keeps what is computed of the national measures for the
    next call: aligning many local documents with one national one segments the national one once.
    ``passages``: the copied passages between the two documents' pieces, when the caller found
    them already (``align_corpus`` finds those of many pairs at once). ``order_weight``: what a
    candidate out of the order the pair keeps is multiplied by (:mod:`.order`; 1 ignores the order).
    ``local_cache``: like ``cache``, for the local document's texts, when it is aligned again.
    ``hub_weight``: how much of a national measure's hubness (:func:`~.hubs.excess`) its match must
    clear beside the threshold (0: none).
    """
    return align_built(build_measures(local), build_measures(national), threshold, min_len, cache, passages,
                       order_weight, local_cache, hub_weight)


def align_built(L: list[Measure], N: list[Measure], threshold: Optional[float], min_len: int,
                cache: Optional[Cache], passages: Optional[list[dict]],
                order_weight: float = OUT_OF_ORDER_WEIGHT, local_cache: Optional[Cache] = None,
                hub_weight: float = HUB_WEIGHT) -> list[dict]:
    """:func:`align_measures` for the measures built already; ``local_cache``: the
    :class:`~.scores.Cache` of the local document's texts, when the caller keeps one."""
    scored = score_pair(L, N, min_len, cache, passages, order_weight, local_cache)
    return decide(scored, threshold, hub_weight)


@dataclass
class Scored:
    """What :func:`align_built` finds of a pair before any threshold: the measures, the scores'
    parts and the final score matrices. Deciding (:func:`decide`) at another threshold or hub
    weight reuses it, so choosing those by cross-validation scores each pair once."""

    L: list[Measure]
    N: list[Measure]
    lex: "np.ndarray | list" = dc_field(default_factory=list)  # float arrays (score_matrices)
    lex_sub: "np.ndarray | list" = dc_field(default_factory=list)
    reuse: "np.ndarray | list" = dc_field(default_factory=list)  # a float array (score_matrices)
    shared: dict = dc_field(default_factory=dict)
    score: "np.ndarray | list" = dc_field(default_factory=list)  # a float array
    sub_reuse: "np.ndarray | list" = dc_field(default_factory=list)  # float arrays (_section_reuse)
    sub_score: "np.ndarray | list" = dc_field(default_factory=list)
    cites: dict = dc_field(default_factory=dict)


def score_pair(L: list[Measure], N: list[Measure], min_len: int = MIN_REUSE_LEN, cache: Optional[Cache] = None,
               passages: Optional[list[dict]] = None, order_weight: float = OUT_OF_ORDER_WEIGHT,
               local_cache: Optional[Cache] = None) -> Scored:
    """The scores of every local measure against every national one (:class:`Scored`), which do not
    depend on the threshold or the hub weight."""
    if not L or not N:
        return Scored(L, N)
    lex, lex_sub, reuse, shared, heading, anchor = score_matrices(L, N, min_len, cache, passages, local_cache)
    nl, nn = len(L), len(N)
    # Each step writes into the matrices it was handed where it can, and each matrix is dropped once
    # used: a law's articles against another law's are a million scores, 8 MB a matrix, and a dozen
    # of them alive at once were an aligning worker's peak.
    base = _combined(lex, reuse, heading, anchor)
    cites = cited_targets(L, N, base)
    citing = raise_cited(base, cites)
    if looks_unrelated(L, reuse, citing):
        # Two texts of one field: only the specific evidence counts (see relatedness).
        del base
        lex = lex_sub = heading = np.zeros((nl, nn))
        base = _combined(lex, reuse, heading, anchor)
        raise_cited(base, cited_targets(L, N, base))
    sub_reuse = _section_reuse(N, reuse)
    sections = _combined(lex_sub, sub_reuse, heading, anchor, out=anchor)
    del heading, anchor
    weight = kind_weights(L, N, reuse)
    base *= weight
    sections *= weight  # (the product is the same either way round)
    del weight
    score = order_scores(L, N, base, weight=order_weight, in_place=True)
    del base
    score = discount_taken(L, context_scores(L, N, score, in_place=True), in_place=True)
    sub_score = _with_plain_columns(N, sections, score)
    return Scored(L, N, lex, lex_sub, reuse, shared, score, sub_reuse, sub_score, cites)


def decide(scored: Scored, threshold: Optional[float] = None, hub_weight: float = HUB_WEIGHT) -> list[dict]:
    """The rows of :func:`align_measures` from a pair's scores, at ``threshold`` (raised for many
    candidates, :func:`for_candidates`) and ``hub_weight``."""
    L, N = scored.L, scored.N
    threshold = for_candidates(THRESHOLD if threshold is None else threshold, len(N))
    if not L:
        return []
    if not N:
        return [_row(m, None, 0.0, None, [], [], [], 0.0, 0.0) for m in L]
    lex, lex_sub, reuse, shared = scored.lex, scored.lex_sub, scored.reuse, scored.shared
    score, sub_reuse, sub_score, cites = scored.score, scored.sub_reuse, scored.sub_score, scored.cites
    hubs = hubness(score)
    # a hub's match must clear the threshold by its excess too (:func:`~.hubs.excess`)
    bar = (threshold + hub_weight * np.array(excess(score))).tolist()
    choice: dict[int, tuple[int, float]] = {}
    also: dict[int, list[int]] = {}
    section_match: dict[int, bool] = {}  # matched as a whole national section
    # Measures with words of their own first; heading-only sections after their children.
    for m in sorted(L, key=lambda m: (m.heading_only(), -m.level)):
        i = m.n
        if m.heading_only():
            j, s, others = _choose_for_section(m, N, score[i].tolist(), sub_score[i].tolist(), choice, threshold,
                                               cites.get(i))
            choice[i], also[i], section_match[i] = (j, s), others, True
        else:
            choice[i], also[i], section_match[i] = _choose(m, N, score[i].tolist(), sub_score[i].tolist(),
                                                           threshold, hubs)
    for i in _items_taking_their_lead_in(L, choice, threshold, cites):
        choice[i], also[i], section_match[i] = choice[L[i].parent.n], [], False
    # an article left between its neighbours' matches takes the national article between them (:mod:`.order`)
    accepted = {i for i, (j, s) in choice.items() if s >= bar[j]}
    accepted.update(gap_fillers(L, N, choice, accepted, GAP_SHARE * threshold))

    rows = []
    for m in L:
        i = m.n
        j, s = choice[i]
        row = score[i].tolist()
        candidates = [{"national_measure_id": N[k].id, "national_path": N[k].path,
                       "score": round(row[k], 3)}
                      for k in np.argsort(-score[i], kind="stable")[:3].tolist()]
        if i not in accepted:
            rows.append(_row(m, None, s, None, [], [], candidates, float(lex[i][j]), float(reuse[i][j])))
            continue
        n = N[j]
        if m.heading_only():
            # Its words are its heading and its children's: the children carry the evidence.
            rows.append(_row(m, n, s, method_of(float(lex_sub[i][j]), 0.0), [], [N[k] for k in also[i]],
                             candidates, float(lex_sub[i][j]), 0.0))
            continue
        passages = list(shared.get((i, j), []))
        lx, ru = float(lex[i][j]), float(reuse[i][j])
        if section_match[i]:
            for c in n.descendants():
                passages.extend(shared.get((i, c.n), []))
            lx, ru = max(lx, float(lex_sub[i][j])), float(sub_reuse[i][j])
        else:
            for k in also[i]:
                passages.extend(shared.get((i, k), []))
        rows.append(_row(m, n, s, method_of(lx, ru), passages, [N[k] for k in also[i]],
                         candidates, lx, ru))
    return rows


def _items_taking_their_lead_in(L: list[Measure], choice: dict[int, tuple[int, float]], threshold: float,
                                cites: Optional[dict[int, set[int]]] = None) -> list[int]:
    """The local list items that implement what their lead-in implements: a short item
    (:data:`~.kinds.FRAGMENT_LEN`: 具有企业法人资格和相应的经营范围；) of a list introduced by a colon
    (:func:`introduces_list`: 档案服务企业应当具备下列条件：) says too little to be matched by its own
    words, and the lead-in says what the list is about; so an item whose own best match is weaker
    than its lead-in's takes the lead-in's, when the lead-in matches something. So does every item,
    however long, of a list whose lead-in defines a term of a national article it cites
    (:func:`defines_cited_term`, ``cites``: :func:`~.references.cited_targets`): 下列情形属于《反间谍法》
    第七条所称“重大贡献”： lists kinds of 重大贡献, and an item that borrows another article's words
    (在教育、动员、组织本单位的人员防范…的工作中，成绩显著的, the law's duty to educate) is still one."""
    cites = cites or {}
    out = []
    for m in L:
        p = m.parent
        if p is None or not introduces_list(p) or m.children:
            continue
        _, lead_score = choice[p.n]
        if lead_score < threshold:
            continue
        if defines_cited_term(p, cites) and choice[p.n][0] in cites[p.n]:
            out.append(m.n)
        elif m.length < FRAGMENT_LEN and lead_score >= choice[m.n][1]:
            out.append(m.n)
    return out


#: The words by which a regulation defines a term of the law it implements (《反间谍法》第七条所称“重大贡献”,
#: 车船税法第一条所称车辆、船舶，是指).
DEFINING_WORD = "所称"


def defines_cited_term(m: Measure, cites: dict[int, set[int]]) -> bool:
    """Whether the lead-in ``m`` defines a term of a national article it cites: it cites one
    (``cites``) and says 所称 (:data:`DEFINING_WORD`)."""
    return bool(cites.get(m.n)) and DEFINING_WORD in m.text


def _section_reuse(N: list[Measure], reuse) -> np.ndarray:
    """The reuse of each national section with all its items: the reuse of the section and its items
    summed, at most 1 (a measure without items keeps its own); a new float array."""
    R = np.asarray(reuse, dtype=float)  # (read only: summed is its copy)
    summed = R.copy()
    for n in N:
        items = [c.n for c in n.descendants()]
        if items:
            total = R[:, items[0]].copy()  # added one by one, in the items' order
            for k in items[1:]:
                total += R[:, k]
            summed[:, n.n] = R[:, n.n] + total
    return np.minimum(1.0, summed, out=summed)


def _with_plain_columns(N: list[Measure], sections: np.ndarray, score: np.ndarray) -> np.ndarray:
    """The section scores: ``sections`` (each national section scored with its own words and all its
    items', :func:`_section_reuse`) for the measures with items, ``score`` for the others; written
    into ``sections``, which is returned."""
    np.copyto(sections, score, where=np.array([not n.children for n in N], dtype=bool)[None, :])
    return sections


def _choose(m: Measure, N: list[Measure], row: list[float], sub_row: list[float],
            threshold: float, hubs: Optional[list[float]] = None) -> tuple[tuple[int, float], list[int], bool]:
    """National measure for a local measure with words of its own: ``((national number, score),
    further national numbers it covers, whether it matches a whole national section)``. A local
    measure at a national section's level (or above) that covers several of the section's items
    implements the section. Candidates are ranked with the hubs' pull taken out (``hubs``,
    :mod:`.hubs`); the score of the one chosen is its own."""
    nn = len(N)
    rank = ranking(row, hubs) if hubs else row
    # the best ranked, the highest level among equals, the first among those (a law's hundreds of
    # articles against another's: the ties looked at, not every candidate through a key function)
    best = max(rank)
    j = max((k for k in range(nn) if rank[k] == best), key=lambda k: -N[k].level)
    s = row[j]
    parent = None
    for p in N:
        if not p.children or p.level < m.level:
            continue
        if sum(1 for c in p.children if row[c.n] >= threshold) >= 2 \
                and sub_row[p.n] >= 0.9 * s \
                and (parent is None or sub_row[p.n] > sub_row[parent.n]):
            parent = p
    if parent is not None:
        items = [c.n for c in parent.children if row[c.n] >= threshold]
        return (parent.n, max(s, sub_row[parent.n])), sorted(items, key=lambda k: -row[k]), True
    # by score, the first of equals first (a stable sort of the candidates above ALSO_THRESHOLD:
    # the same order as sorting all and keeping those)
    others = [k for k in sorted((k for k in range(nn) if row[k] >= ALSO_THRESHOLD), key=row.__getitem__, reverse=True)
              if k != j and N[k] not in N[j].ancestors() and N[j] not in N[k].ancestors()][:3]
    return (j, s), others, False


def _choose_for_section(m: Measure, N: list[Measure], row: list[float], sub_row: list[float],
                        choice: dict[int, tuple[int, float]], threshold: float,
                        cited: Optional[set[int]] = None):
    """National measure for a heading-only local section: its heading (and its children's
    headings) against whole national sections, and its children's matches as votes for the
    national section each sits in. A section whose own words cite national articles by a
    consistent name (车船税法第一条所称车辆、船舶，是指：, ``cited``: :func:`~.references.cited_targets`)
    says itself what it implements: the best of those articles, whatever its items' words vote
    (the items of a definition share words with the articles that use the term defined); so does a
    list of amounts (:meth:`~.measures.Measure.lists_values`), whose items are no provisions."""
    if cited:
        j = max(cited, key=lambda k: (row[k], -N[k].level))
        return j, row[j], []
    if m.lists_values():  # its items are amounts: the heading says what it implements
        j = max(range(len(N)), key=lambda k: (max(sub_row[k], row[k]), -N[k].level))
        return j, max(sub_row[j], row[j]), []
    votes: Counter = Counter()
    for c in m.children:
        j, s = choice.get(c.n, (None, 0.0))
        if j is None or s < threshold:
            continue
        top = N[j]
        while top.parent is not None and top.level > m.level:
            top = top.parent
        votes[top.n] += 1.0 + 0.1 * s  # by count; the scores only break ties
    lead = _lead_in_match(m, N, row, votes)
    if lead is not None:  # a lead-in that restates a national provision says what its list is about
        return lead, row[lead], []
    total = sum(votes.values())
    if total:
        cand = {k: 0.5 * max(sub_row[k], row[k]) + 0.5 * votes.get(k, 0.0) / total
                for k in range(len(N))}
    else:
        weight = 1.0 if introduces_list(m) else ORPHAN_SECTION_WEIGHT
        cand = {k: weight * max(sub_row[k], row[k]) for k in range(len(N))}
    j = max(cand, key=lambda k: (cand[k], -N[k].level))
    others = sorted((k for k in votes if k != j), key=lambda k: -votes[k])
    return j, cand[j], others


def _lead_in_match(m: Measure, N: list[Measure], row: list[float], votes: Counter) -> Optional[int]:
    """The national measure a list's lead-in matches by its own words (:data:`LEAD_IN_CONFIDENT`);
    None when it matches none so well, or when that measure is an item of the national section the
    lead-in's items vote for (``votes``): 有下列情形之一的，…可以与劳动者解除…：, whose items take the
    law's 第三十九条 item by item, implements the article, not the one item its lead-in is closest to."""
    if not introduces_list(m):
        return None
    j = max(range(len(N)), key=lambda k: (row[k], -N[k].level))
    if row[j] < LEAD_IN_CONFIDENT:
        return None
    if votes and max(votes, key=votes.get) in {a.n for a in N[j].ancestors()}:
        return None
    return j


def _row(m: Measure, n: Optional[Measure], score: float, method: Optional[str], passages: list[dict],
         also: list[Measure], candidates: list[dict], lexical: float, reuse: float) -> dict:
    seen = set()
    shared = []
    for p in sorted(passages, key=lambda p: (p["a_start"], p["b_start"])):
        key = (p["a_start"], p["a_end"], p["b_start"], p["b_end"])
        if key in seen:
            continue
        seen.add(key)
        shared.append({"local_start": p["a_start"], "local_end": p["a_end"],
                       "national_start": p["b_start"], "national_end": p["b_end"],
                       "text": p["text"]})
    return {
        "local_measure_id": m.id,
        "local_path": m.path,
        "national_measure_id": n.id if n is not None else None,
        "national_path": n.path if n is not None else None,
        "score": round(score, 3),
        "method": method,
        "shared": shared,
        "also": [{"national_measure_id": a.id, "national_path": a.path} for a in also],
        "candidates": candidates,
        "lexical": round(lexical, 3),
        "reuse": round(reuse, 3),
        "local_label": m.label,
        "local_heading": describe(m),
        "national_label": n.label if n is not None else None,
        "national_heading": describe(n),
    }


def calibrate_threshold(examples: Iterable[tuple[list[dict], list[dict], dict]],
                        grid: Optional[Iterable[float]] = None) -> tuple[float, float]:
    """The abstention threshold that agrees best with hand alignments.

    ``examples`` are ``(local measures, national measures, gold)`` where ``gold`` maps a local
    measure id to the set of national measure ids a careful reader accepts (None in the set
    when matching nothing is acceptable). Every threshold of ``grid`` (default 0.05 … 0.40) is
    tried; returns ``(threshold, agreement)`` with the threshold in the middle of the widest
    stretch of the grid that reaches the best agreement.
    """
    examples = list(examples)
    grid = sorted(grid) if grid is not None else [round(0.05 + 0.005 * k, 3) for k in range(71)]
    results = []
    for t in grid:
        agree = total = 0
        for local, national, gold in examples:
            for row in align_measures(local, national, threshold=t):
                if row["local_measure_id"] not in gold:
                    continue
                total += 1
                agree += row["national_measure_id"] in gold[row["local_measure_id"]]
        results.append((t, agree / total if total else 0.0))
    agreement = [a for _, a in results]
    return middle_of_best([t for t, _ in results], agreement), max(agreement)


def middle_of_best(grid: list[float], agreement: list[float]) -> float:
    """The threshold in the middle of the widest stretch of ``grid`` that reaches the best
    ``agreement`` (the one least likely to sit on the edge of a lucky run)."""
    best = max(agreement)
    runs, current = [], []
    for t, a in zip(grid, agreement):
        if a == best:
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    widest = max(runs, key=len)
    return round((widest[0] + widest[-1]) / 2, 3)
