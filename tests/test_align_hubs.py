"""Hubs (pipeline.corpus.align.hubs) and sections that cite the article they implement, on real
laws and the regulations that implement them (tests/data/alignment: copies of the laws corpus)."""

from __future__ import annotations

import pytest

from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.hubs import NEIGHBOURS, hubness, ranking

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
