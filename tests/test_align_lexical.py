"""What the lexical scores read of a pair's local document, read once for several national lexicons,
is what they read anew for each."""

from __future__ import annotations

from collections import Counter

import numpy as np

from pipeline.corpus.align.features import bigram_counts, comparable
from pipeline.corpus.align.tokens import Lexicon, LocalBags, lexical_scores, tokens

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
