"""Defined and quoted terms, and synonyms, on real regulations and the laws they implement
(tests/data/alignment: copies of the laws corpus)."""

from __future__ import annotations

import pytest

from pipeline.corpus.align import features
from pipeline.corpus.align.accuracy import measures_of_text
from pipeline.corpus.align.algorithm import align_measures, defines_cited_term, introduces_list
from pipeline.corpus.align.measures import build_measures
from pipeline.corpus.align.references import cited_targets, quoted_term_uses
from pipeline.corpus.align.scores import MIN_REUSE_LEN, score_matrices
from pipeline.corpus.align.synonyms import CANONICAL, with_synonyms

from align_support import HARD, counterespionage_measures, tax_measures


@pytest.fixture(scope="module")
def rules():
    return counterespionage_measures("l_counterespionage_rules_2017.txt", "L")


@pytest.fixture(scope="module")
def law():
    return counterespionage_measures("n_counterespionage_law_2014.txt", "N")


def _row(rows, path):
    return next(r for r in rows if r["local_path"] == path)


def test_items_of_a_list_defining_a_cited_articles_term_take_that_article(rules, law):
    """下列情形属于《反间谍法》第七条所称“重大贡献”： — its fifth item copies the law's 第十九条 (the duty to
    educate one's staff, 0.8) but is a kind of 重大贡献: every item takes 第七条, as do the items of
    第二十七条所称“立功表现” and 第三十九条所称 other acts, however long."""
    rows = align_measures(rules, law)
    for item in ("16.1", "16.2", "16.4", "16.5"):
        assert _row(rows, item)["national_path"] == "7", _row(rows, item)
    assert _row(rows, "20.3")["national_path"] == "27"
    assert [_row(rows, f"8.{k}")["national_path"] for k in range(1, 9)] == ["39"] * 8


def test_a_lead_in_defines_a_cited_term_only_when_it_cites_and_says_so(rules, law):
    L, N = build_measures(rules), build_measures(law)
    lex, _, reuse, _, heading, anchor = score_matrices(L, N, MIN_REUSE_LEN)
    base = [[1 - (1 - lex[i][j]) * (1 - reuse[i][j]) for j in range(len(N))] for i in range(len(L))]
    cites = cited_targets(L, N, base)
    by_path = {m.path: m for m in L}
    assert defines_cited_term(by_path["16"], cites) and introduces_list(by_path["16"])
    # 第二十一条 cites 第二十九条 but defines nothing (依照《反间谍法》第二十九条的规定处理)
    assert by_path["21"].n in cites and not defines_cited_term(by_path["21"], cites)


def test_the_vehicle_regulations_definition_list_takes_the_article_it_defines():
    """车船税法第一条所称车辆、船舶，是指： — its items (依法应当登记的机动车辆和船舶 …) implement the law's
    第一条, whose term they define."""
    rows = align_measures(tax_measures("l_vehicle_vessel_tax_regulation_2019.txt", "L"),
                          tax_measures("n_vehicle_vessel_tax_law_2019.txt", "N"))
    items = [r for r in rows if r["local_path"].startswith("2.")]
    assert items and all(r["national_path"] == "1" for r in items), items


def test_a_quoted_term_points_at_the_few_articles_that_use_it(rules, law):
    """《反间谍法》所称“敌对组织” — only the law's 第二十八条 says 敌对组织; 境外机构、组织 is in many
    articles and points nowhere."""
    N = build_measures(law)
    by_path = {n.path: n for n in N}
    found = quoted_term_uses("《反间谍法》所称“敌对组织”，是指敌视中华人民共和国人民民主专政的政权", N)
    assert found == [("反间谍法", by_path["28"].n)]
    assert quoted_term_uses("《反间谍法》所称“境外机构、组织”包括", N) == []
    assert quoted_term_uses("本法所称“敌对组织”", N) == []  # the text's own term
    assert _row(align_measures(rules, law), "5")["national_path"] == "28"


def test_synonyms_are_read_as_their_canonical_word():
    assert CANONICAL["检举"] == "举报"
    assert with_synonyms("任何单位和个人有权检举统计中弄虚作假等违法行为") == "任何单位和个人有权举报统计中弄虚作假等违法行为"
    assert "党对档案工作的领导" in features.comparable("坚持中国共产党对档案工作的领导")


def test_synonyms_bring_a_restated_article_closer():
    """The statistics regulation's 有权向…举报统计违法行为 against the law's 有权检举…违法行为 (第八条):
    the lexical score of the pair is higher with 检举 read as 举报 than with the words as printed."""
    laws = HARD.parent / "laws"
    L = build_measures(measures_of_text((laws / "l_statistics_regulation_2017.txt").read_text(encoding="utf-8"), "L"))
    N = build_measures(measures_of_text((laws / "n_statistics_law_2009.txt").read_text(encoding="utf-8"), "N"))
    i = next(m.n for m in L if m.path == "38")
    j = next(n.n for n in N if n.path == "8")
    folded = score_matrices(L, N, MIN_REUSE_LEN)[0][i][j]
    saved = dict(CANONICAL)
    try:
        CANONICAL.clear()
        CANONICAL.update({w: w for w in saved})  # every synonym read as itself
        features.comparable.cache_clear()
        printed = score_matrices(L, N, MIN_REUSE_LEN)[0][i][j]
    finally:
        CANONICAL.clear()
        CANONICAL.update(saved)
        features.comparable.cache_clear()
    assert folded > printed + 0.05, (folded, printed)
