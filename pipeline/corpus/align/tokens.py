"""The lexical evidence: jieba tokens of measures and the cosines of their TF-IDF vectors.

The IDF is computed over the measures of the two documents being compared, so words that every
measure of this pair uses (脱贫攻坚, 疫情防控 in an anti-poverty notice) count for little. Stopwords
(:data:`STOPWORDS`) are dropped and the generic vocabulary of Chinese policy writing (加强, 落实,
切实 …, :data:`GENERIC_POLICY_WORDS`) is down-weighted further; both lists are data files in
``pipeline/corpus/data/``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import accumulate, chain, repeat
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from extractors.segment import block_re, jieba_cut_block, jieba_tokenizer
from extractors.vocab import Examples
from pipeline.corpus.align.blocks import blocked_product

DATA = Path(__file__).resolve().parents[1] / "data"


def read_word_list(path: Path) -> frozenset[str]:
    """The words of a word-list file: whitespace-separated, ``#`` starting a comment line."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("#"):
            words.extend(line.split())
    return frozenset(words)


#: Function words and punctuation-like tokens: no weight at all.
STOPWORDS = read_word_list(DATA / "stopwords.txt")
#: The stock vocabulary of policy writing: present in almost every measure of every notice, so it
#: says little about which measure implements which. Weighted :data:`GENERIC_WEIGHT`.
GENERIC_POLICY_WORDS = read_word_list(DATA / "generic_policy_words.txt")

# ("#" and "One": the files' comment lines are no words; _PUNCT_OR_DIGIT: tokens that carry no meaning)
EXAMPLES = {
    "_PUNCT_OR_DIGIT": Examples(match=("2020", "，", "PM2.5", "（"), no_match=("扶贫", "5万亩")),
    "STOPWORDS": Examples(match=("的", "进行", "通知", "如下"), no_match=("扶贫", "加强", "就业", "#", "One")),
    "GENERIC_POLICY_WORDS": Examples(match=("加强", "贯彻落实", "党中央", "全力以赴"),
                                     no_match=("扶贫", "易地搬迁", "的", "#", "One")),
}

GENERIC_WEIGHT = 0.3
SINGLE_CHAR_WEIGHT = 0.5

_PUNCT_OR_DIGIT = re.compile(r"^[\W\d_a-zA-Z]+$")


def tokens(text: str, blocks: dict) -> list[str]:
    """jieba tokens of ``text`` that can carry meaning (no punctuation, digits or stopwords).

    The tokens of ``jieba.lcut`` with jieba's own dictionary (``extractors.units.jieba_tokenizer``:
    loaded once per process, whatever else was added to jieba's default tokenizer; the build's
    workers have it already), segmented by ``extractors.segment.jieba_cut_block``, which gives the
    same tokens in three quarters of the time.
    jieba segments each block of Han characters, letters and digits on its own (the characters
    between blocks one by one), so the tokens of a text are those of its blocks in turn:
    ``blocks`` (a dict kept by the caller for one document) keeps each block's tokens, so that the
    blocks a document repeats (its sections' headings, in their own text and in their parent's)
    are segmented once."""
    tokenizer = jieba_tokenizer()
    out: list[str] = []
    for block in block_re().split(text):
        if not block:
            continue
        found = blocks.get(block)
        if found is None:
            found = blocks[block] = _meaningful(jieba_cut_block(tokenizer, block))
        out.extend(found)
    return out


_KEPT: dict[str, Optional[str]] = {}  # jieba token -> the token kept for it, None for none


def _meaningful(toks: list[str]) -> list[str]:
    """The tokens (stripped) that are no punctuation, digits or stopwords."""
    out = []
    for tok in toks:
        try:
            kept = _KEPT[tok]
        except KeyError:
            kept = tok.strip()
            if not kept or kept in STOPWORDS or _PUNCT_OR_DIGIT.match(kept):
                kept = None
            _KEPT[tok] = kept
        if kept is not None:
            out.append(kept)
    return out


_WEIGHTS: dict[str, float] = {}  # token -> token_weight


def token_weight(tok: str) -> float:
    """How much a token counts: generic policy words and single characters less than others."""
    found = _WEIGHTS.get(tok)
    if found is None:
        found = _WEIGHTS[tok] = (GENERIC_WEIGHT if tok in GENERIC_POLICY_WORDS else
                                 SINGLE_CHAR_WEIGHT if len(tok) == 1 else 1.0)
    return found


def token_weights(toks: list[str]) -> list[float]:
    """:func:`token_weight` of each token: the kept weights looked up in one pass (the bigrams of a
    pair's measures are thousands of tokens, and a call per token was a twentieth of aligning)."""
    found = list(map(_WEIGHTS.get, toks))
    if not all(found):  # (every weight is above 0: a None is one not kept yet)
        found = [token_weight(tok) if weight is None else weight for tok, weight in zip(toks, found)]
    return found


class Bags:
    """The token counts of several texts (a measure's, a section's with its items'), one bag each,
    as flat arrays: bag after bag, the id of each distinct token (in the ``Counter``'s order) in
    ``ids`` and its count in ``counts``; ``sizes`` holds the number of entries of each bag and
    ``owner`` the bag of each entry; the entries of bag ``k`` start at ``offsets[k]``."""

    __slots__ = ("ids", "counts", "sizes", "owner", "offsets")

    def __init__(self, counters: list[Counter], id_of: Callable[[str], int]):
        ids: list[int] = []
        counts: list[int] = []
        for counter in counters:
            ids.extend(map(id_of, counter))
            counts.extend(counter.values())
        self.ids = np.array(ids, dtype=np.intp)
        self.counts = np.array(counts, dtype=np.intp)
        self.sizes = [len(counter) for counter in counters]
        self.owner = np.repeat(np.arange(len(counters)), self.sizes)
        self.offsets = [0, *accumulate(self.sizes)]


def _unit_vectors(bags: Bags, tf, idf, weights):
    """The entries of each bag's unit TF-IDF vector: ``(1 + log count) * idf * weight`` over the
    vector's norm. ``tf[count]`` is ``1 + log count``; ``idf`` and ``weights`` are per token id.
    Each norm is summed entry by entry in the bag's order (Python's ``sum``, not numpy's pairwise
    sum), so that the scores do not depend on how numpy groups the additions."""
    raw = tf[bags.counts] * idf[bags.ids] * weights[bags.ids]
    squares = (raw * raw).tolist()
    norms = []
    at = 0
    for size in bags.sizes:
        norms.append(math.sqrt(sum(squares[at:at + size])))
        at += size
    return raw / np.repeat(norms, bags.sizes)


def _matrix(bags: Bags, values, column_of, start: int = 0, end: Optional[int] = None):
    """The vectors (entries ``values`` of ``bags``) as the rows of a dense matrix whose columns are
    the tokens ``column_of`` gives a column (an array by token id; -1: no column, left out); the
    vectors of the bags ``start`` to ``end`` alone when given (their entries are one stretch)."""
    end = len(bags.sizes) if end is None else end
    first, last = bags.offsets[start], bags.offsets[end]
    out = np.zeros((end - start, int(column_of.max(initial=-1)) + 1))
    columns = column_of[bags.ids[first:last]]
    kept = columns >= 0
    out[bags.owner[first:last][kept] - start, columns[kept]] = values[first:last][kept]
    return out


@lru_cache(maxsize=64)
def _log_tf(top: int):
    """``1 + log n`` for each count ``n`` up to ``top``, by ``n`` (index 0 unused): made once per
    largest count (a pair's four lexical scores asked for it anew each)."""
    table = np.array([0.0] + [1.0 + math.log(n) for n in range(1, top + 1)])
    table.flags.writeable = False
    return table


class Lexicon:
    """A national document's tokens, as far as weighing them does not depend on the local
    document: an id for each (in order of first occurrence), in how many measures each is
    (``df``), its weight, and the bags of the measures (``measures``) and of the measures with all
    their items (``sections``; a measure without items is its own section)."""

    __slots__ = ("index", "df", "weights", "measures", "sections", "top")

    def __init__(self, measure_counts: list[Counter], section_counts: list[Counter]):
        self.index = {tok: k for k, tok in enumerate(dict.fromkeys(
            tok for counter in measure_counts for tok in counter))}
        self.measures = Bags(measure_counts, self.index.__getitem__)
        self.sections = Bags(section_counts, self.index.__getitem__)
        self.df = np.bincount(self.measures.ids, minlength=len(self.index))
        self.weights = np.array(token_weights(list(self.index)))
        self.top = int(max(self.measures.counts.max(initial=0), self.sections.counts.max(initial=0)))


@lru_cache(maxsize=256)
def _idf_table(n_docs: int):
    """The IDF of a token in ``c`` of ``n_docs`` measures, by ``c``: made once per number of measures
    (two per pair of documents: a few hundred logarithms each, a twentieth of the lexical scores)."""
    table = np.array([math.log((n_docs + 1) / (c + 1)) + 1.0 for c in range(n_docs + 1)])
    table.flags.writeable = False
    return table


class LocalBags:
    """A local document's token counts (one ``Counter`` a measure) as :class:`Bags` of ids of their
    own vocabulary, the distinct tokens in order of first occurrence (``tokens``), with each token's
    weight: what :func:`lexical_scores` reads of the local side, the same against any national
    lexicon, made once for a pair's scores by measure and by paragraph (each made it anew, entry
    by entry)."""

    __slots__ = ("tokens", "bags", "weights", "top")

    def __init__(self, counters: list[Counter]):
        self.tokens = list(dict.fromkeys(chain.from_iterable(counters)))
        self.bags = Bags(counters, dict(zip(self.tokens, range(len(self.tokens)))).__getitem__)
        self.weights = np.array(token_weights(self.tokens), dtype=float)
        self.top = int(self.bags.counts.max(initial=0))

    def against(self, lexicon: Lexicon) -> tuple[Bags, np.ndarray, int]:
        """The bags with the ids :func:`lexical_scores` gives the tokens against ``lexicon``: the
        national document's id for its tokens, and after them the tokens it does not have, in order
        of first occurrence; with the weights of every id and the number of ids."""
        width = len(lexicon.index)
        to_id = np.fromiter(map(lexicon.index.get, self.tokens, repeat(-1)), dtype=np.intp, count=len(self.tokens))
        local_only = to_id < 0
        n_local_only = int(np.count_nonzero(local_only))
        to_id[local_only] = np.arange(width, width + n_local_only)
        bags = Bags.__new__(Bags)
        bags.ids, bags.counts, bags.sizes = to_id[self.bags.ids], self.bags.counts, self.bags.sizes
        bags.owner, bags.offsets = self.bags.owner, self.bags.offsets
        return bags, np.concatenate([lexicon.weights, self.weights[local_only]]), width + n_local_only


def lexical_scores(counters: "list[Counter] | LocalBags", lexicon: Lexicon, n_docs: int,
                   sections: bool = True) -> list["np.ndarray"]:
    """The cosines of the TF-IDF vectors of the local measures (their token ``counters``, or their
    :class:`LocalBags`) with the national measures' and with the national sections' (``lexicon``), the IDF over the ``n_docs``
    measures of both documents: ``[by measure, by section]`` (``[by measure]`` without
    ``sections``), each a float array with a row per local measure (an array, not lists of Python
    floats: a law's articles against another law's are hundreds of thousands of scores, four times
    the memory as floats in lists)."""
    local = counters if isinstance(counters, LocalBags) else LocalBags(counters)
    width = len(lexicon.index)
    # (each distinct local token looked up once in the national index, not once per measure that has it)
    bags, weights, size = local.against(lexicon)
    df = np.bincount(bags.ids, minlength=size)
    # Only the tokens both documents have add to a cosine: the matrices hold those columns alone
    # (a few hundred of the national document's thousands of tokens), in the order of their ids.
    shared = np.flatnonzero(df[:width])
    df[:width] += lexicon.df
    idf = _idf_table(n_docs)[df]
    tf = _log_tf(max(lexicon.top, local.top))
    column_of = np.full(size, -1, dtype=np.intp)
    column_of[shared] = np.arange(len(shared))
    values = _unit_vectors(bags, tf, idf, weights)
    # (the local rows made dense a block at a time: :mod:`.blocks`)
    return [blocked_product(len(bags.sizes), len(shared), lambda a, b: _matrix(bags, values, column_of, a, b),
                            _matrix(columns, _unit_vectors(columns, tf, idf, weights), column_of))
            for columns in ((lexicon.measures, lexicon.sections) if sections else (lexicon.measures,))]
