"""The two scores of every (local measure, national measure) pair: lexical (:mod:`.tokens`) and
reuse, the passages the local text copies nearly verbatim from the national one
(:mod:`pipeline.corpus.text_reuse`).

Local offices very often copy whole sentences of the notice they implement; a shared passage of
30 characters is strong evidence on its own, while the stock phrases every notice repeats
(贯彻落实习近平总书记重要指示精神) are discounted when they recur all over the two texts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

import numpy as np

from pipeline.corpus.align.features import (anchor_matrix, anchors, bigram_counts, bigram_frequencies, comparable,
                                            heading_matrix, with_bare_titles)
from pipeline.corpus.align.measures import PARAGRAPH_BREAK, Measure, describe, pieces_of
from pipeline.corpus.align.tokens import Lexicon, LocalBags, lexical_scores, tokens
from pipeline.corpus.text_reuse import passages_between
from pipeline.document.fingerprint import normalised_text

#: How much the cosine of character bigrams counts beside the cosine of words (the lexical score is
#: ``1 - (1 - words) * (1 - BIGRAM_WEIGHT * bigrams)``): bigrams see words of one root and words
#: segmented differently, and also the common ones every text of a field has, so they count less.
BIGRAM_WEIGHT = 0.5
#: The bigram cosine any two texts of one language and genre reach (各地, 工作, 加强 …) is no
#: evidence: the cosine counts from this floor on (``(cosine - floor) / (1 - floor)``).
BIGRAM_FLOOR = 0.1
#: A regulation often splits a law article's paragraphs among its own articles (the law's 第四条 funds
#: the plan in its first paragraph and sets the 目标责任制 in its second; the regulation has one article
#: for each), and against the whole article the other paragraph's words dilute the cosine. So a
#: national article of several paragraphs among a local measure's best few candidates by its words
#: (:data:`PARAGRAPH_CANDIDATES`) scores at least :data:`PARAGRAPH_WEIGHT` times the lexical score of
#: its closest paragraph. Only among the best few: a paragraph is a short text, whose cosine with any
#: measure of the field runs high by chance, and an article that none of its words bring near
#: the local measure is no candidate its paragraph should make.
PARAGRAPH_WEIGHT = 0.85
PARAGRAPH_CANDIDATES = 1
#: Paragraphs shorter than this (characters) are not compared on their own: a 前款规定的… stub says
#: too little.
PARAGRAPH_MIN_LEN = 15
#: Least number of identical characters for a copied passage.
MIN_REUSE_LEN = 12
#: Reuse score: matched characters over ``max(shorter text, REUSE_FLOOR)`` — so that a 15-char
#: stock phrase inside a 20-char heading does not count as wholesale copying.
REUSE_FLOOR = 60


class Cache:
    """What aligning many local documents with one national one computes once for the national
    document: its measures' tokens (each block of text segmented once), their counts, the
    document frequencies of their tokens and 4-grams, its text prepared for reuse.
    ``align_corpus`` keeps one per national document; each local document gets a fresh one for its
    own texts, so that nothing is carried from one local document to the next. ``blocks``, the
    tokens of each block of text (for :func:`~.tokens.tokens`), may be shared by the documents
    aligned together: a block's tokens depend on the block alone, and the documents of a chunk of
    pairs repeat one another's (a local document copies its national one's passages, notices share
    their headings and stock sentences), which were segmented anew for each document, a third of
    aligning the benchmark's notices. ``texts`` does the same for the tokens and anchors of whole
    texts (small beside a text: a list of its words, a set of its few anchors): the local notices
    aligned with one national notice share half their measures' texts (the same paragraphs of one
    model notice), whose tokens and anchors each document computed again."""

    __slots__ = ("tokens", "blocks", "counts", "lexicons", "gram_frequencies", "passages",
                 "bigrams", "bigram_lexicons", "anchors", "headings", "bigram_frequencies")

    def __init__(self, blocks: Optional[dict[str, list[str]]] = None, texts: Optional[dict[str, dict]] = None):
        texts = {} if texts is None else texts
        self.tokens: dict[str, list[str]] = texts.setdefault("tokens", {})
        self.blocks: dict[str, list[str]] = {} if blocks is None else blocks  # for tokens()
        self.counts: dict[tuple, Counter] = {}
        self.lexicons: dict[tuple, Lexicon] = {}
        self.gram_frequencies: dict[tuple, Counter] = {}
        self.passages: dict = {}  # for text_reuse.passages_between
        self.bigrams: dict[tuple, Counter] = {}
        self.bigram_lexicons: dict[tuple, Lexicon] = {}
        self.anchors: dict[str, set[str]] = texts.setdefault("anchors", {})
        self.headings: dict[str, Counter] = {}
        self.bigram_frequencies: dict[tuple, tuple[Counter, int]] = {}

    def tokens_of(self, text: str) -> list[str]:
        found = self.tokens.get(text)
        if found is None:
            found = self.tokens[text] = tokens(comparable(text), self.blocks)
        return found

    def counts_of(self, texts: tuple[str, ...]) -> Counter:
        """``Counter`` of the tokens of ``texts`` in turn (a measure's, or a section's and its
        items')."""
        found = self.counts.get(texts)
        if found is None:
            found = Counter()
            for text in texts:
                found.update(self.tokens_of(text))
            self.counts[texts] = found
        return found

    def bigrams_of(self, texts: tuple[str, ...]) -> Counter:
        """``Counter`` of the character bigrams of ``texts`` in turn (:func:`~.features.bigram_counts`)."""
        found = self.bigrams.get(texts)
        if found is None:
            found = Counter()
            for text in texts:
                found.update(bigram_counts(text))
            self.bigrams[texts] = found
        return found

    def anchors_of(self, text: str) -> set[str]:
        found = self.anchors.get(text)
        if found is None:
            found = self.anchors[text] = anchors(text)
        return found

    def heading_of(self, m: Measure) -> Counter:
        """The character bigrams of the measure's heading (else of the start of its text)."""
        text = describe(m) or ""
        found = self.headings.get(text)
        if found is None:
            found = self.headings[text] = bigram_counts(text)
        return found

    def bigram_frequencies_of(self, measures: list[Measure]) -> tuple[Counter, int]:
        """:func:`~.features.bigram_frequencies` of the bigrams of ``measures`` (of ``repr``): what
        the headings' IDF counts of a national document, the same for every local one."""
        key = tuple(m.repr for m in measures)
        found = self.bigram_frequencies.get(key)
        if found is None:
            found = self.bigram_frequencies[key] = bigram_frequencies(self.bigrams_of((m.repr,)) for m in measures)
        return found

    def bigram_lexicon_of(self, measures: list[Measure]) -> Lexicon:
        """The :class:`~.tokens.Lexicon` of the character bigrams of ``measures`` (of ``repr``)."""
        key = tuple((m.repr, tuple(c.n for c in m.descendants())) for m in measures)
        found = self.bigram_lexicons.get(key)
        if found is None:
            measure_counts = [self.bigrams_of((m.repr,)) for m in measures]
            section_counts = [
                self.bigrams_of((m.repr,) + tuple(c.repr for c in m.descendants())) if m.children
                else counts for m, counts in zip(measures, measure_counts)]
            found = self.bigram_lexicons[key] = Lexicon(measure_counts, section_counts)
        return found

    @staticmethod
    def grams_of(text: str) -> frozenset:
        """The distinct character 4-grams of ``text`` normalised for reuse: not kept, only their
        frequencies are (:meth:`gram_frequencies_of`; the sets of two long laws' measures were 17 MB)."""
        norm = normalised_text(text)
        return frozenset([norm[k:k + 4] for k in range(len(norm) - 3)])  # (a list: a third faster than a generator)

    def lexicon_of(self, measures: list[Measure]) -> Lexicon:
        """The :class:`~.tokens.Lexicon` of ``measures`` (tokens of ``repr``)."""
        key = tuple((m.repr, tuple(c.n for c in m.descendants())) for m in measures)
        found = self.lexicons.get(key)
        if found is None:
            measure_counts = [self.counts_of((m.repr,)) for m in measures]
            section_counts = [
                self.counts_of((m.repr,) + tuple(c.repr for c in m.descendants())) if m.children
                else counts for m, counts in zip(measures, measure_counts)]
            found = self.lexicons[key] = Lexicon(measure_counts, section_counts)
        return found

    def gram_frequencies_of(self, measures: list[Measure]) -> Counter:
        """In how many of ``measures`` each 4-gram (of ``own``) is."""
        key = tuple(m.own for m in measures)
        found = self.gram_frequencies.get(key)
        if found is None:
            found = Counter()
            for m in measures:
                found.update(self.grams_of(m.own))
            self.gram_frequencies[key] = found
        return found


def score_matrices(local: list[Measure], national: list[Measure], min_len: int,
                   cache: Optional[Cache] = None, passages: Optional[list[dict]] = None,
                   local_cache: Optional[Cache] = None):
    """Lexical and reuse scores for every (local, national) pair, plus the shared passages:
    ``(lexical, lexical with each national section's items, reuse, passages by (local, national)
    measure number, heading similarity, shared anchors)`` (the last two of :mod:`.features`); the
    two lexical matrices, the reuse, the headings' and the anchors' are float arrays, the passages a dict. ``passages``: ``passages_between`` of the two documents' pieces when the
    caller has it. ``local_cache``: what is computed of the local document's texts, kept by a caller
    that aligns it (or texts it shares) again; by default nothing is kept for the next document."""
    cache = cache or Cache()
    own = local_cache if local_cache is not None else Cache()
    for m in local:
        m.repr = m.own
        if m.lists_values():  # a list of amounts: its lead-in alone says what it is about
            m.repr = m.text.strip() or m.own
        elif m.heading_only():
            m.repr = m.own + "。" + "。".join(c.heading or c.own[:30] for c in m.children)
    for m in national:
        m.repr = m.own
    n_docs = len(local) + len(national)
    # (float arrays, each intermediate dropped once combined: two long laws' matrices as lists of
    # Python floats, 32 bytes a score, were most of a pair's memory)
    # (the local side's bags read once for the scores by measure and by paragraph)
    local_words = LocalBags([own.counts_of((m.repr,)) for m in local])
    local_bigrams = LocalBags([own.bigrams_of((m.repr,)) for m in local])
    words, words_sub = lexical_scores(local_words, cache.lexicon_of(national), n_docs)
    pairs, pairs_sub = lexical_scores(local_bigrams, cache.bigram_lexicon_of(national), n_docs)
    lex, lex_sub = _with_bigrams(words, pairs), _with_bigrams(words_sub, pairs_sub)
    del pairs, pairs_sub
    lex, lex_sub = _with_paragraphs(lex, lex_sub, local, national, cache, (local_words, local_bigrams))

    # Reuse: passages between the pieces of all measures (each piece a wall to the others).
    lp, np_ = pieces_of(local), pieces_of(national)
    if passages is None:
        passages = passages_between([p for p, _ in lp], [p for p, _ in np_], min_len=min_len,
                                    cache=cache.passages)
    _weigh_passages(passages, cache.gram_frequencies_of(national), own, local)
    shared: dict[tuple[int, int], list[dict]] = defaultdict(list)
    copies: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p in passages:
        li, ni = lp[p["a_piece"]][1], np_[p["b_piece"]][1]
        shared[(li, ni)].append(p)
        copies[li].append((p["a_start"], p["a_end"]))
    reuse = np.zeros((len(local), len(national)))  # (an array: each use made one of the lists of rows)
    for (li, ni), ps in shared.items():
        shorter = min(local[li].length, national[ni].length)
        reuse[li, ni] = min(1.0, _matched(ps, copies[li]) / max(shorter, REUSE_FLOOR))
    heading = heading_matrix([own.heading_of(m) for m in local], [cache.heading_of(n) for n in national],
                             frequencies=[bigram_frequencies(own.bigrams_of((m.repr,)) for m in local),
                                          cache.bigram_frequencies_of(national)])
    anchor = anchor_matrix(*with_bare_titles([own.anchors_of(m.own) for m in local], [m.own for m in local],
                                             [cache.anchors_of(n.own) for n in national], [n.own for n in national]))
    return lex, lex_sub, reuse, shared, heading, anchor


def paragraphs_of(m: Measure) -> list[str]:
    """The paragraphs of a measure's own text long enough to be compared on their own
    (:data:`PARAGRAPH_MIN_LEN`); none unless there are two or more."""
    found = [p.strip() for piece, _ in m.pieces for p in PARAGRAPH_BREAK.split(piece)
             if len(p.strip()) >= PARAGRAPH_MIN_LEN]
    return found if len(found) >= 2 else []


def _with_paragraphs(lex: np.ndarray, lex_sub: np.ndarray, local: list[Measure],
                     national: list[Measure], cache: Cache,
                     local_bags: tuple[LocalBags, LocalBags]) -> tuple[np.ndarray, np.ndarray]:
    """``lex`` and ``lex_sub`` with each national measure of several paragraphs among a local
    measure's :data:`PARAGRAPH_CANDIDATES` best by ``lex`` (a local measure with words of its own)
    scored at least :data:`PARAGRAPH_WEIGHT`
    times the lexical score of its closest paragraph (``lex_sub`` of a measure with items keeps its
    section's score: the section is more than the paragraphs). ``local_bags``: the local measures'
    words and bigrams (:class:`~.tokens.LocalBags`)."""
    texts, owner = [], []
    for n in national:
        for p in paragraphs_of(n):
            texts.append(p)
            owner.append(n.n)
    if not texts or not local:
        return lex, lex_sub
    L = lex
    near = np.zeros_like(L, dtype=bool)
    np.put_along_axis(near, _best_columns(L, int(PARAGRAPH_CANDIDATES)), True, axis=1)
    # a heading-only section is read as its heading and its items' headings, no text restating a paragraph
    near &= np.array([not m.heading_only() for m in local])[:, None]
    best = np.zeros((len(local), len(national)))
    # Only a near measure's paragraphs are read (``best`` elsewhere is not): when no local measure has
    # a measure of paragraphs near, they are not scored at all (each a cosine, at least 0, which
    # raises nothing where ``best`` stays 0).
    if near[:, sorted(set(owner))].any():
        n_docs = len(local) + len(texts)
        # (a paragraph is its own section: the by-section cosines would repeat the by-measure ones)
        words = lexical_scores(local_bags[0], _lexicon(cache, texts, cache.counts_of), n_docs, sections=False)[0]
        pairs = lexical_scores(local_bags[1], _lexicon(cache, texts, cache.bigrams_of, "bigrams"), n_docs,
                               sections=False)[0]
        closest = _with_bigrams(words, pairs)
        del words, pairs
        np.maximum.at(best.T, np.array(owner), closest.T)
        del closest
    # (written into the matrices: the caller is done with them as they were)
    np.multiply(PARAGRAPH_WEIGHT, best, out=best)
    np.maximum(L, best, out=best)
    np.copyto(L, best, where=near)
    raised = L
    del best
    plain = np.array([not n.children for n in national])
    np.copyto(lex_sub, raised, where=plain[None, :])
    return raised, lex_sub


def _best_columns(score: np.ndarray, k: int) -> np.ndarray:
    """The columns of each row's ``k`` highest scores, highest first (the first of equal ones first);
    one column, ``argmax``, without sorting every row (an argsort is a matrix of indices, 8 MB for a long pair)."""
    if k == 1:
        return np.argmax(score, axis=1)[:, None]
    return np.argsort(-score, axis=1, kind="stable")[:, :k]


def _lexicon(cache: Cache, texts: list[str], counts_of, kind: str = "words") -> Lexicon:
    """The :class:`~.tokens.Lexicon` of the paragraphs ``texts`` (each its own bag), kept in
    ``cache`` beside the measures' lexicons."""
    key = ("paragraphs", kind) + tuple(texts)
    found = cache.lexicons.get(key)
    if found is None:
        counts = [counts_of((t,)) for t in texts]
        found = cache.lexicons[key] = Lexicon(counts, counts)
    return found


def _with_bigrams(words: np.ndarray, bigrams: np.ndarray) -> np.ndarray:
    """The lexical score of each pair: the word cosine and the bigram cosine above its floor,
    ``1 - (1 - words) * (1 - scale * max(0, bigrams - floor))``, written into ``words`` (returned) and
    ``bigrams``, float arrays the caller is done with (a long pair's matrices are 8 MB each)."""
    scale = BIGRAM_WEIGHT / (1.0 - BIGRAM_FLOOR)
    np.subtract(bigrams, BIGRAM_FLOOR, out=bigrams)
    np.maximum(0.0, bigrams, out=bigrams)
    np.multiply(scale, bigrams, out=bigrams)
    np.subtract(1.0, bigrams, out=bigrams)
    np.subtract(1.0, words, out=words)
    np.multiply(words, bigrams, out=words)
    return np.subtract(1.0, words, out=words)


def _weigh_passages(passages: list[dict], national_gram_df: Counter, own: Cache,
                    local: list[Measure]) -> None:
    """Set each passage's ``weight``: its matched characters times the mean rarity of its 4-grams.
    Character 4-grams found in many measures of the two documents (疫情防控和脱贫攻坚) make a
    passage less telling."""
    # (the counts read with dict.get: a Counter's [] of a 4-gram it lacks calls __missing__, in Python)
    national_df, local_df = national_gram_df.get, own.gram_frequencies_of(local).get
    for p in passages:
        norm = normalised_text(p["text"])
        # the rarity of each 4-gram: 1 in at most two measures of the two documents, else 2 / measures
        rarity = [1.0 if (found_in := national_df(g, 0) + local_df(g, 0)) <= 2 else 2.0 / found_in
                  for g in [norm[k:k + 4] for k in range(len(norm) - 3)]]
        p["weight"] = p["matches"] * (sum(rarity) / len(rarity) if rarity else 1.0)


def _matched(passages: list[dict], copies: list[tuple[int, int]]) -> float:
    """The weighted characters a local measure shares with a national one through ``passages``:
    a passage inside a heavier one counts not, and a local stretch copied from several national
    places (``copies``: every copied stretch of the local measure) counts once among them."""
    matched = 0.0
    seen: list[tuple[int, int]] = []
    for p in sorted(passages, key=lambda p: -p["matches"]):
        a, b = p["a_start"], p["a_end"]
        if any(s <= a and b <= e for s, e in seen):
            continue
        seen.append((a, b))
        times = sum(1 for s, e in copies if min(e, b) - max(s, a) >= 0.8 * (b - a))
        matched += p["weight"] / max(1, times)
    return matched
