"""The evidence beside the bag of words (pipeline/corpus/align/features.py, context.py), on real
measures: level terms and traditional characters read alike, headings, anchors, neighbours."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.corpus.align import context
from pipeline.corpus.align.accuracy import load_examples
from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.features import anchor_scores, anchors, bigram_counts, comparable, heading_scores
from pipeline.corpus.align.tokens import tokens

from align_support import hard_measures

ROOT = Path(__file__).resolve().parents[1]


def test_a_county_restatement_reads_like_the_national_measure():
    county = "县政府实行县长负责制。县长主持县政府全面工作。"  # 镇政发〔2024〕7号 五
    national = "国务院实行总理负责制。总理领导国务院的工作。"  # 国发〔2023〕7号 五
    assert set(tokens(comparable(county), {})) >= {"负责制", "行政", "首长", "本级", "政府"}
    assert set(tokens(comparable(county), {})) & set(tokens(comparable(national), {})) >= {"负责制", "首长", "政府"}
    # departments of one field at every level, and a copy in traditional characters
    assert comparable("县财政局、县扶贫办") == comparable("财政部、国务院扶贫办") == "财政部门、扶贫部门"
    assert comparable("圍繞深化改革推進公開") == comparable("围绕深化改革推进公开")
    assert comparable("县扶贫办主任") == "县扶贫办主任"  # an office-holder is no department


def test_headings_weigh_rare_bigrams_and_not_the_common_topic():
    texts = ["疫情防控期间做好扶贫", "疫情防控和脱贫攻坚", "疫情防控阻击战", "高校毕业生到基层就业"]
    local = [bigram_counts("积极引导高校毕业生到基层就业"), bigram_counts("加强疫情防控")]
    national = [bigram_counts("鼓励和引导高校毕业生到城乡基层就业"), bigram_counts("加强疫情防控和脱贫攻坚宣传引导工作")]
    scores = heading_scores(local, national, [bigram_counts(t) for t in texts])
    assert scores[0][0] > 0.6 > scores[0][1]
    assert scores[1][1] < scores[0][0]  # 疫情防控 is in every text: the shared topic counts less
    assert heading_scores([bigram_counts("")], national, [])[0] == [0.0, 0.0]


def test_anchors_shared_by_two_measures_only_count_most():
    assert anchors("根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》（国办发[2009]3号）") == {
        "《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》", "国办发〔2009〕3号"}
    assert "4:3:3" in anchors("按照4：3：3的比例分担") and "3-5年" in anchors("争取用3-5年时间")
    assert not anchors("2020年是决胜全面建成小康社会之年")
    local = [anchors("6月底前完成，比例30%"), anchors("年底前完成")]
    national = [anchors("6月底前全部完成"), anchors("比例达到30%"), anchors("30%以上")]
    scores = anchor_scores(local, national)
    assert scores[0][0] > scores[0][1] > 0  # 6月底前 named once on each side; 30% twice nationally
    assert scores[1] == [0.0, 0.0, 0.0]


@pytest.fixture(scope="module")
def jingxian():
    return load_examples(ROOT / "tests" / "data", ROOT)[0]  # 泾扶组〔2020〕2号 against 国开发〔2020〕3号


def test_a_neighbours_confident_match_helps_a_weakly_worded_measure(jingxian, monkeypatch):
    """二（九）推深做实基础工作 shares few words with 三（二）查漏补缺补齐短板; its neighbour 二（八） copies
    三（三）: with the context it is matched to 三（二）, without it abstains."""
    def row(weight):
        monkeypatch.setattr(context, "CONTEXT_WEIGHT", weight)
        rows = align_measures(jingxian.local, jingxian.national)
        return next(r for r in rows if r["local_path"] == "2.9")

    assert row(0.05)["national_path"] == "3.2"
    assert row(0.0)["national_measure_id"] is None


def test_a_title_cited_in_brackets_is_shared_with_a_text_naming_it_without():
    """The procurement regulation's 第七条 cites 《中华人民共和国招标投标法》; the law's 第四条 says
    适用招标投标法: one anchor, which no other article of the law names."""
    from pipeline.corpus.align.features import short_title, with_bare_titles

    assert anchors("适用《中华人民共和国招标投标法》及其实施条例") == {"《招标投标法》"}
    assert short_title("中华人民共和国 政府采购法") == "政府采购法"
    law = hard_measures("n_government_procurement_law_2014.txt", "N")
    texts = [m["text"] for m in law]
    local, national = with_bare_titles([anchors("采用招标方式采购的，适用《中华人民共和国招标投标法》")], ["…"],
                                       [anchors(t) for t in texts], texts)
    naming = [m["path"] for m, found in zip(law, national) if "《招标投标法》" in found]
    assert naming == ["4"]
    assert anchor_scores(local, national)[0][[m["path"] for m in law].index("4")] > 0
    # a short title (《规定》) is no anchor in a text that says 规定 unquoted
    _, national = with_bare_titles([anchors("依照《规定》第六条")], ["…"], [set()], ["按照国家有关规定执行"])
    assert national == [set()]


def test_anchor_scores_are_those_of_every_pair_scored():
    """anchor_scores scores only the pairs that share an anchor: on a real regulation and a law (every
    article against every article, the bare titles added), each score is the one the formula gives
    the pair, and the pairs that share nothing score 0."""
    from pipeline.corpus.align.features import with_bare_titles

    regulation = [m["text"] for m in hard_measures("l_labour_contract_regulation_2008.txt", "L")]  # 70 articles
    law = [m["text"] for m in hard_measures("n_social_insurance_law_2018.txt", "N")]  # 143
    local, national = with_bare_titles([anchors(t) for t in regulation], regulation, [anchors(t) for t in law], law)
    named = [found for found in local + national]
    naming = {x: sum(x in found for found in named) for found in named for x in found}
    expected = [[1.0 - 0.75 ** sum(min(1.0, 2.0 / naming[x]) for x in a & b) if a & b else 0.0 for b in national]
                for a in local]
    scores = anchor_scores(local, national)
    assert scores == expected
    assert sum(score > 0 for row in scores for score in row) >= 20  # pairs that share anchors are scored


def _cosines(a: list, b: list, idf) -> list[list[float]]:
    """The plain cosine of every pair of weighted bags (dicts of weights), pair by pair."""
    def norm(v):
        return sum(w * w for w in v.values()) ** 0.5
    return [[sum(w * y[g] for g, w in x.items() if g in y) / (norm(x) * norm(y)) if x and y else 0.0
             for y in b] for x in a]


def test_the_matrix_scores_are_the_pairwise_cosines():
    """The headings' and the words' cosines, computed as matrices over the tokens both sides have,
    are the cosines computed pair by pair over all tokens, on the labour-contract regulation's
    articles against the law's."""
    import math
    from collections import Counter

    from pipeline.corpus.align.tokens import Lexicon, lexical_scores

    def texts_of(name: str) -> list[str]:
        return [m["text"] for m in hard_measures(name)]

    local = texts_of("l_labour_contract_regulation_2008.txt")[:40]
    national = texts_of("n_labour_contract_law_2012.txt")[:60]
    lb, nb = [bigram_counts(t[:30]) for t in local], [bigram_counts(t[:30]) for t in national]
    texts = [bigram_counts(t) for t in local + national]
    df = Counter(g for bag in texts for g in bag)
    idf = {g: math.log((len(texts) + 1) / (df[g] + 1)) + 1.0 for bag in lb + nb for g in bag}
    expected = _cosines([{g: idf[g] for g in bag} for bag in lb], [{g: idf[g] for g in bag} for bag in nb], idf)
    found = heading_scores(lb, nb, texts)
    assert max(abs(x - y) for er, fr in zip(expected, found) for x, y in zip(er, fr)) < 1e-12
    assert sum(1 for row in found for x in row if x > 0.3) >= 20  # real overlaps, not all zeros

    from pipeline.corpus.align.tokens import token_weight
    lc = [Counter(tokens(comparable(t), {})) for t in local]
    nc = [Counter(tokens(comparable(t), {})) for t in national]
    words, _ = lexical_scores(lc, Lexicon(nc, nc), len(lc) + len(nc))
    wdf = Counter(tok for bag in lc + nc for tok in bag)
    n = len(lc) + len(nc)

    def vector(bag):
        return {tok: (1 + math.log(c)) * (math.log((n + 1) / (wdf[tok] + 1)) + 1.0) * token_weight(tok)
                for tok, c in bag.items()}
    expected = _cosines([vector(b) for b in lc], [vector(b) for b in nc], None)
    assert max(abs(x - y) for er, fr in zip(expected, words) for x, y in zip(er, fr)) < 1e-12
    assert sum(1 for row in words for x in row if x > 0.3) >= 20


def test_a_department_renamed_in_2018_reads_as_its_new_name():
    # the environmental-tax regulation (2017) says 环境保护主管部门, the law as revised in 2018 生态环境主管部门
    from pipeline.corpus.align.features import comparable
    assert comparable("环境保护主管部门发现纳税人申报的信息有误") == comparable("生态环境主管部门发现纳税人申报的信息有误")
    assert "环境保护税" in comparable("环境保护税由税务机关征收")  # the tax keeps its name
