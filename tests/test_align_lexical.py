"""What the lexical scores and the passages' weights read of a pair, read once or in part, is what
they read whole: a local document's bags read once for several national lexicons, the local counts
of a pair's passage 4-grams found by searching the local measures for them."""

from __future__ import annotations

from collections import Counter

import numpy as np

import pipeline.corpus.align.scores as scores
from pipeline.corpus.align.features import bigram_counts, comparable
from pipeline.corpus.align.measures import build_measures
from pipeline.corpus.align.scores import Cache, _grams, _local_frequencies
from pipeline.corpus.align.tokens import Lexicon, LocalBags, lexical_scores, tokens
from pipeline.document.fingerprint import normalised_text

from align_support import hard_measures


def _texts(name: str, count: int) -> list[str]:
    return [m["text"] for m in hard_measures(name)][:count]


def test_local_bags_read_once_score_as_the_counters_against_every_lexicon():
    """One :class:`LocalBags` of the regulation's articles, used against the law's words, then its
    bigrams, then its words again, gives the scores of the articles' counters given anew each time,
    bit for bit (the bags are not changed by a lexicon they were read against)."""
    local = _texts("l_labour_contract_regulation_2008.txt", 30)
    national = _texts("n_labour_contract_law_2012.txt", 50)
    words = [Counter(tokens(comparable(t), {})) for t in local]
    bigrams = [bigram_counts(t) for t in local]
    national_words = [Counter(tokens(comparable(t), {})) for t in national]
    national_bigrams = [bigram_counts(t) for t in national]
    by_words, by_bigrams = Lexicon(national_words, national_words), Lexicon(national_bigrams, national_bigrams)
    n_docs = len(local) + len(national)
    once = LocalBags(words)
    first = lexical_scores(once, by_words, n_docs)
    assert all(np.array_equal(a, b) for a, b in zip(first, lexical_scores(words, by_words, n_docs)))
    # the words' bags against the bigrams' lexicon: no token in common but the single characters
    lexical_scores(once, by_bigrams, n_docs, sections=False)
    again = lexical_scores(once, by_words, n_docs)
    assert all(np.array_equal(a, b) for a, b in zip(first, again))
    assert np.array_equal(lexical_scores(LocalBags(bigrams), by_bigrams, n_docs)[0],
                          lexical_scores(bigrams, by_bigrams, n_docs)[0])
    assert first[0].max() > 0.3  # real overlaps, not all zeros


def _measures(texts: list[str]):
    return build_measures([{"id": f"L{k}", "path": f"{k + 1}", "level": 1, "label": "", "heading": None,
                            "text": text, "start": 0} for k, text in enumerate(texts)])


def test_passage_grams_counted_by_search_as_by_every_measure_grams(monkeypatch):
    """The local counts of the 4-grams a pair's passages have, searched for in the local measures, are
    the counts of every local measure's 4-grams read for them: a 4-gram a measure has twice counts
    once, one at a measure's very start or end counts, one no measure has is left out."""
    local = _measures(["各地要加强组织领导，加强组织领导。", "加强资金保障，确保资金到位", "资金到位后及时公示",
                       "落实属地责任"])
    passages = ["加强组织领导", "确保资金到位", "资金到位后及时", "与本地无关的文字"]
    wanted = set().union(*(_grams(normalised_text(p)) for p in passages))
    every = Cache().gram_frequencies_of(local)
    expected = {g: every[g] for g in wanted if every[g]}
    searched = _local_frequencies(wanted, Cache(), local)
    assert searched == expected
    assert searched["组织领导"] == 1  # twice in the first measure
    assert searched["资金到位"] == 2  # the end of the second measure, the start of the third
    assert "与本地无" not in searched
    monkeypatch.setattr(scores, "SEARCHED_GRAMS", 0)  # too many to search: the counts of every 4-gram
    assert {g: n for g, n in _local_frequencies(wanted, Cache(), local).items() if g in wanted and n} == expected
