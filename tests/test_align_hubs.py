"""Hubs (pipeline.corpus.align.hubs) and sections that cite the article they implement, on real
laws and the regulations that implement them (tests/data/alignment: copies of the laws corpus)."""

from __future__ import annotations

import pytest

from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.hubs import HUB_WEIGHT, NEIGHBOURS, excess, hubness, ranking

from align_support import hard_measures, tax_measures


def _chosen(rows: list[dict], path: str) -> str | None:
    return next(r["national_path"] for r in rows if r["local_path"] == path)


def test_hubness_is_the_mean_of_each_columns_best_scores():
    # 12 local measures: the first national measure is close to all of them (a hub), the second to one.
    score = [[0.3, 0.0] for _ in range(12)]
    score[0] = [0.35, 0.5]
    hubs = hubness(score)
    assert hubs[0] == pytest.approx((0.35 + 0.3 * (NEIGHBOURS - 1)) / NEIGHBOURS)
    assert hubs[1] == pytest.approx(0.5 / NEIGHBOURS)
    # The hub scores higher with local measure 0 but ranks lower: its pull is on everyone.
    assert ranking(score[0], hubs)[1] > ranking(score[0], hubs)[0]
    assert hubness([]) == []


def test_a_hub_article_no_longer_takes_a_regulation_article_it_does_not_implement():
    # 条例 3 (集中采购目录包括…) implements 法 7 (the central catalogue); 法 18 names 集中采购 as
    # often as half the regulation does and scored higher.
    rows = align_measures(hard_measures("l_government_procurement_regulation_2015.txt", "L"),
                          hard_measures("n_government_procurement_law_2014.txt", "N"))
    assert _chosen(rows, "3") == "7"
    row = next(r for r in rows if r["local_path"] == "3")
    assert row["candidates"][0]["national_path"] == "18"  # the raw best, listed as before
    assert row["score"] == row["candidates"][1]["score"]  # the score kept is the article's own


@pytest.fixture(scope="module")
def vehicle_tax():
    return (tax_measures("l_vehicle_vessel_tax_regulation_2019.txt", "L"),
            tax_measures("n_vehicle_vessel_tax_law_2019.txt", "N"))


def test_a_section_citing_an_article_takes_that_article(vehicle_tax):
    # 第二条 车船税法第一条所称车辆、船舶，是指：(一)…登记的机动车辆和船舶；(二)…不需要…登记的… —
    # its items speak of 登记 like the law's 第七条, but the lead-in says which article it defines.
    local, national = vehicle_tax
    rows = align_measures(local, national)
    assert _chosen(rows, "2") == "1"
    row = next(r for r in rows if r["local_path"] == "2")
    assert row["score"] == next(c["score"] for c in row["candidates"] if c["national_path"] == "1")


def test_a_section_citing_no_article_of_the_national_text_is_unchanged(vehicle_tax):
    # The same lead-in citing an article of another law (税收征收管理法): no consistent name, so the
    # section is chosen as before, by its heading and its items, never by that number.
    local, national = vehicle_tax
    other = [dict(m, text=m["text"].replace("车船税法第一条", "税收征收管理法第十二条")) if m["path"] == "2" else m
             for m in local]
    assert _chosen(align_measures(other, national), "2") != "12"


def test_excess_is_a_columns_mean_above_the_median_of_the_means():
    score = [[0.3, 0.1, 0.0, 0.1] for _ in range(4)]
    score[0] = [0.3, 0.9, 0.0, 0.1]
    found = excess(score)
    # column means 0.3, 0.3, 0.0, 0.1: median 0.2
    assert found == pytest.approx([0.1, 0.1, 0.0, 0.0])
    assert excess([]) == []


def test_a_hub_articles_weak_matches_abstain_where_the_law_has_no_article(vehicle_tax):
    # 车船税法第七条 (the place of payment: 登记地, 扣缴义务人, 所有人, 管理人) shares words with half the
    # regulation; the regulation's transitional exemptions (第二十五条) and the data its amounts are
    # read from (第六条) implement no article of the law it names, and scored 0.215-0.229 with 第七条.
    local, national = vehicle_tax
    without = align_measures(local, national, hub_weight=0.0)
    rows = align_measures(local, national, hub_weight=HUB_WEIGHT)
    for path in ("6", "25"):
        assert _chosen(without, path) == "7"
        assert _chosen(rows, path) is None
    # the articles with true matches keep them: 第二十一条 (纳税义务发生时间) and 第二十二条 (申报缴纳)
    assert _chosen(rows, "21") == "8" and _chosen(rows, "22") == "10"
