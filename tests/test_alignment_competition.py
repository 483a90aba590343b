"""Competition between local measures for one national measure (pipeline.corpus.align.competition):
the discount of a weak candidate another local measure matches far better, and its exceptions."""

from __future__ import annotations

from pipeline.corpus.align.competition import TAKEN_DISCOUNT, discount_taken
from pipeline.corpus.align.measures import build_measures


def _local(paths: list[str]):
    return build_measures([{"id": p, "path": p, "label": "", "heading": "", "text": "x" * 30} for p in paths])


def test_a_weak_candidate_taken_by_another_measure_is_discounted():
    local = _local(["1", "2"])
    score = [[0.17, 0.05],   # 1: weak with national 0, which 2 copies
             [0.75, 0.02]]
    out = discount_taken(local, score)
    assert out[0][0] == 0.17 * TAKEN_DISCOUNT
    assert out[1][0] == 0.75  # the strong match keeps its score
    assert out[0][1] == 0.05  # no competitor for national 1


def test_a_candidate_close_to_its_competitor_is_kept():
    local = _local(["1", "2"])
    out = discount_taken(local, [[0.3, 0.0], [0.5, 0.0]])  # 0.5 is less than twice 0.3
    assert out[0][0] == 0.3


def test_a_section_and_its_items_are_no_competitors():
    local = _local(["1", "1.1"])
    out = discount_taken(local, [[0.9, 0.0], [0.2, 0.0]])
    assert out[1][0] == 0.2


def test_siblings_splitting_the_national_item_their_parent_restates_are_no_competitors():
    """1.1 restates national 0; its items 1.1.1 (a copy) and 1.1.2 (a paraphrase) both implement it.
    Under a parent restating national 1 instead, the sibling does compete for national 0."""
    local = _local(["1.1", "1.1.1", "1.1.2"])
    score = [[0.4, 0.1], [0.8, 0.0], [0.15, 0.0]]
    assert discount_taken(local, score)[2][0] == 0.15
    score[0] = [0.1, 0.4]
    assert discount_taken(local, score)[2][0] == 0.15 * TAKEN_DISCOUNT
