"""Competition between local measures for one national measure (pipeline.corpus.align.competition):
the discount of a weak candidate another local measure matches far better, and its exceptions."""

from __future__ import annotations

from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.competition import TAKEN_DISCOUNT, discount_taken, neighbours_taking
from pipeline.corpus.align.measures import build_measures

from align_support import by_rule_measures, tax_measures


def _local(paths: list[str]):
    return build_measures([{"id": p, "path": p, "label": "", "heading": "", "text": "x" * 30} for p in paths])


def test_a_weak_candidate_taken_by_another_measure_is_discounted():
    local = _local(["1", "2", "3"])
    score = [[0.17, 0.05],   # 1: weak with national 0, which 3 copies
             [0.02, 0.30],   # 2: between them, about national 1
             [0.75, 0.02]]
    out = discount_taken(local, score)
    assert out[0][0] == 0.17 * TAKEN_DISCOUNT
    assert out[2][0] == 0.75  # the strong match keeps its score
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


def test_consecutive_articles_taking_one_national_article_are_no_competitors():
    """Top-level measures next to each other whose best candidate is one national measure are a run;
    a gap or another best candidate ends it; an item is no member."""
    local = build_measures(by_rule_measures("l_maternal_infant_health_measures_2017.txt"))
    top = [m for m in local if m.parent is None]
    article = {m.path: m for m in local}
    best = [0] * len(local)
    for path in ("25", "26", "27", "28"):
        best[article[path].n] = 7
    best[article["30"].n] = 7  # after a gap (29): not in the run
    run = neighbours_taking(article["26"], 7, top, best)
    assert run == {article[p].n for p in ("25", "27", "28")}
    assert neighbours_taking(article["26"], 3, top, best) == set()
    assert neighbours_taking(article["3.1"], 7, top, best) == set()


def test_a_regulation_spreading_one_law_article_over_several_keeps_each_match():
    """车船税法实施条例 第十三条 (the withholding agent is shown the tax-paid certificate) and its
    neighbours 第十二条, 第十四条 and 第十五条 carry out the law's 第六条 on withholding agents; the weaker of them
    were discounted as another's noise, 第十三条 fell to the law's 第七条 (where the tax is paid)."""
    local = tax_measures("l_vehicle_vessel_tax_regulation_2019.txt", "L")
    national = tax_measures("n_vehicle_vessel_tax_law_2019.txt", "N")
    rows = {r["local_path"]: r["national_path"] for r in align_measures(local, national)}
    assert rows["13"] == "6"
