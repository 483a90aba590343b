"""The order of the two documents (pipeline.corpus.align.order) on the government procurement
regulation against the law it implements (tests/data/alignment/held_out_hard: copies of the laws
corpus), on the same regulation reshuffled, and on made-up sequences."""

from __future__ import annotations

import random

import pytest

from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.measures import build_measures
from pipeline.corpus.align.order import gap_fillers, in_gap, ordered_chain, top_positions, windows

from align_support import hard_measures



@pytest.fixture(scope="module")
def regulation():
    return hard_measures("l_government_procurement_regulation_2015.txt", "L")


@pytest.fixture(scope="module")
def law():
    return hard_measures("n_government_procurement_law_2014.txt", "N")


def test_the_chain_is_the_heaviest_that_never_goes_back():
    # (local, national, weight): 3 -> 9 goes back; a light 4 -> 1 too; the rest keep order
    points = [(0, 1, 0.9), (1, 2, 0.8), (2, 2, 0.5), (3, 9, 0.6), (4, 1, 0.3), (5, 4, 0.7), (6, 5, 0.8)]
    assert [p[0] for p in ordered_chain(points)] == [0, 1, 2, 5, 6]
    # a heavy match out of order beats several light ones in order
    assert [p[0] for p in ordered_chain([(0, 5, 3.0), (1, 1, 0.5), (2, 2, 0.5), (3, 6, 0.5)])] == [0, 3]
    assert ordered_chain([]) == []


def test_items_share_their_articles_position(law):
    N = build_measures(law)
    positions = top_positions(N)
    for m in N:
        top = m
        while top.parent is not None:
            top = top.parent
        assert positions[m.n] == positions[top.n]
    assert positions[-1] + 1 == sum(1 for m in N if m.parent is None)


def _base(local, national):
    """The score matrix order_scores reads, as align_measures gets to it (without kinds)."""
    from pipeline.corpus.align.algorithm import combine
    from pipeline.corpus.align.scores import MIN_REUSE_LEN, score_matrices

    L, N = build_measures(local), build_measures(national)
    lex, _, reuse, _, heading, anchor = score_matrices(L, N, MIN_REUSE_LEN)
    return L, N, [[combine(lex[i][j], reuse[i][j], heading[i][j], anchor[i][j]) for j in range(len(N))]
                  for i in range(len(L))]


def test_the_window_of_an_article_lies_between_its_neighbours_matches(regulation, law):
    """条例第四条 (分散采购 defined) lies between 第二条 (matched to 法第二条) and 第五条 (法第八条): its
    window holds 法第七条 and not 法第十八条, which its words score higher."""
    L, N, base = _base(regulation, law)
    found = windows(L, N, base)
    assert found is not None
    tops = [m.path for m in N if m.parent is None]
    fourth = next(m for m in L if m.path == "4")
    low, high = found[fourth.n]
    assert tops.index("7") in range(low, high + 1)
    assert tops.index("18") not in range(low, high + 1)


def test_the_order_decides_between_neighbouring_articles(regulation, law):
    """With the order, 条例第四条 implements 法第七条 and 第五十二条 (answering enquiries) 法第五十一条;
    without it (order_weight 1) the words pick 法第十八条 and 法第五十四条."""
    ordered = {r["local_path"]: r["national_path"] for r in align_measures(regulation, law)}
    unordered = {r["local_path"]: r["national_path"] for r in align_measures(regulation, law, order_weight=1.0)}
    assert (ordered["4"], ordered["52"]) == ("7", "51")
    assert (unordered["4"], unordered["52"]) == ("18", "54")


def test_a_reshuffled_text_keeps_no_order(regulation, law):
    """The regulation's articles in a random order: the confident matches go back and forth, the
    chain holds few of them, and no window is drawn."""
    articles: dict[str, list[dict]] = {}
    for m in regulation:
        articles.setdefault(m["path"].split(".")[0], []).append(m)
    keys = list(articles)
    random.Random(7).shuffle(keys)
    shuffled = [m for k in keys for m in articles[k]]
    L, N, base = _base(shuffled, law)
    assert windows(L, N, base) is None
    L, N, base = _base(regulation, law)
    assert windows(L, N, base) is not None


def test_a_short_pair_keeps_no_order():
    """Two measures against two: too few confident matches for an order (MIN_CHAIN)."""
    local = [{"id": f"L{k}", "path": str(k), "level": 1, "label": f"{k}、", "heading": "", "text": t, "start": 0}
             for k, t in enumerate(["推进财政预决算公开，细化公开内容。", "做好政务舆情回应，及时发布权威信息。"], 1)]
    national = [dict(m, id=f"N{m['path']}") for m in local]
    L, N = build_measures(local), build_measures(national)
    assert windows(L, N, [[1.0, 0.0], [0.0, 1.0]]) is None


def _articles(count: int, prefix: str) -> list:
    return build_measures([{"id": f"{prefix}{k}", "path": str(k), "level": 1, "label": f"第{k}条", "heading": None,
                            "text": f"第{k}条的内容。", "start": 10 * k} for k in range(1, count + 1)])


def test_a_gap_is_the_national_stretch_strictly_between_the_neighbours_matches():
    assert in_gap(15, 17, 16)  # one article left between 法 16 and 法 18
    assert in_gap(3, 6, 5)  # two
    assert not in_gap(15, 17, 17) and not in_gap(15, 17, 14)  # a neighbour's own match, or before it
    assert not in_gap(3, 7, 5)  # three left between: the order says too little
    assert not in_gap(4, 5, 5)  # nothing left between


def test_an_abstaining_article_between_matched_neighbours_takes_the_article_between_their_matches():
    """条例 2 and 4 take 法 2 and 4; 条例 3's best, 法 3 at a weak score, is the one article between: it is
    taken. 条例 6's best, 法 8, is not between 条例 5's and 7's matches (法 5, 6): it still abstains, and so
    does 条例 9, whose best (法 8, between 法 7 and 9) scores under the floor."""
    local, national = _articles(10, "L"), _articles(10, "N")
    choice = {0: (0, 0.5), 1: (1, 0.5), 2: (2, 0.16), 3: (3, 0.5), 4: (4, 0.5), 5: (7, 0.16), 6: (5, 0.5),
              7: (6, 0.5), 8: (7, 0.08), 9: (8, 0.5)}
    accepted = {i for i, (_, s) in choice.items() if s >= 0.2}
    assert gap_fillers(local, national, choice, accepted, 0.15) == [2]
    # a neighbour that abstains places nothing: 条例 3 then abstains too
    assert gap_fillers(local, national, choice, accepted - {1}, 0.15) == []


def test_the_gap_takes_the_article_whose_wording_differs_from_its_regulations():
    """归侨侨眷权益保护法实施办法 第二十条 (…通信…) scores 0.18 with the law's 第十七条 (…通讯…), under the bar;
    its neighbours take 法 16 and 18, so it takes 17 (tests/data/alignment/held_out_by_rule_4)."""
    from align_support import by_rule_4_measures

    local = by_rule_4_measures("l_returned_overseas_chinese_measures_2004.txt", "L")
    national = by_rule_4_measures("n_returned_overseas_chinese_law_2009.txt", "N")
    rows = {r["local_path"]: r for r in align_measures(local, national)}
    assert rows["19"]["national_path"] == "16" and rows["21"]["national_path"] == "18"
    assert rows["20"]["national_path"] == "17"
