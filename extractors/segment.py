"""Word segmentation: every use of jieba in ``extractors`` (and the tokenizers the rest of the project
borrows, so that a build worker loads jieba's dictionary once).

Three private tokenizers, made on first use and kept for the process:

* :func:`jieba_tokenizer` — jieba's own dictionary only, whatever was loaded into jieba's default
  tokenizer elsewhere (the lexical comparison of notices segments with it);
* :func:`policy_tokenizer` — jieba's dictionary plus the project's user dictionary
  ``data/policy_terms.txt`` (department names and their short forms, places, policy words: the units
  extractor's places, the search box's words);
* :func:`pos_tokenizer` — part-of-speech tagging over :func:`policy_tokenizer` (the units extractor
  asks whether the first word of a name is a place, ``ns``).

Private tokenizers keep results independent of what else was loaded into jieba's default one.
Importing jieba is cheap (0.2 s); loading a dictionary takes about a second and happens when a
tokenizer is first asked for.

:func:`jieba_cut` gives ``list(tokenizer.cut(text))`` in about three quarters of the time; the search
box's queries (:func:`words`, with the policy tokenizer) and the comparison of measures (with jieba's
own dictionary) segment with it.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterable, Optional

from extractors.vocab import Examples


def _import_jieba_without_pkg_resources():
    """Import jieba with ``pkg_resources`` out of its reach: its ``_compat`` imports it (setuptools'
    resource API: a tenth of a second of CPU, half a second at the command's start on a busy
    machine, most of importing jieba) only to open jieba's own files, and opens them by their path
    when that import fails."""
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # (makes the import fail)
    try:
        import jieba.finalseg  # noqa: F401  (imports jieba)
    finally:
        if hidden:
            del sys.modules["pkg_resources"]


_import_jieba_without_pkg_resources()
import jieba  # noqa: E402  (imported above, without pkg_resources)

USER_DICT_PATH = Path(__file__).parent / "data" / "policy_terms.txt"
QUIET = 60  # jieba's log level that silences its "Building prefix dict" messages


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """A private jieba tokenizer with jieba's own dictionary only. Loading the dictionary takes about
    a second; :func:`policy_tokenizer` starts from a copy of this one instead of loading it again."""
    jieba.setLogLevel(QUIET)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=1)
def policy_tokenizer():
    """A private jieba tokenizer: jieba's dictionary plus ``data/policy_terms.txt``. Made from a copy
    of :func:`jieba_tokenizer`'s word table (what ``Tokenizer.initialize`` would read from jieba's
    cache file, in a tenth of the time)."""
    base = jieba_tokenizer()
    tokenizer = jieba.Tokenizer(base.dictionary)
    tokenizer.FREQ, tokenizer.total = dict(base.FREQ), base.total
    tokenizer.initialized = True
    if USER_DICT_PATH.exists():
        tokenizer.load_userdict(str(USER_DICT_PATH))
    return tokenizer


@lru_cache(maxsize=1)
def pos_tokenizer():
    """A jieba part-of-speech tokenizer over :func:`policy_tokenizer`.

    Its word → part-of-speech table is the one of jieba's dictionary (then the user dictionary's
    tags, merged on first use). ``jieba.posseg`` builds that table for its default tokenizer when it
    is imported, from the same dictionary file: when this import is the first, the table is copied
    instead of reading the dictionary file a second time (half a second per process)."""
    jieba.setLogLevel(QUIET)
    fresh = "jieba.posseg" not in sys.modules
    import jieba.posseg as posseg  # deferred: importing it builds a word-tag table (half a second), for the units only

    tokenizer = policy_tokenizer()
    default = posseg.dt
    if fresh and tokenizer.dictionary == default.tokenizer.dictionary == jieba.DEFAULT_DICT:
        pos = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
        pos.tokenizer = tokenizer
        pos.word_tag_tab = dict(default.word_tag_tab)  # untouched: nothing could use it yet
        return pos
    return posseg.POSTokenizer(tokenizer)


@lru_cache(maxsize=4096)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into (word, part-of-speech flag) pairs: 泾县卫健委 → (泾县, ns), (卫健委, nt).
    Cached: unit names come back list after list, notice after notice."""
    return tuple((pair.word, pair.flag) for pair in pos_tokenizer().cut(text))


@lru_cache(maxsize=4096)
def first_tagged_words(text: str, count: int) -> tuple[tuple[str, str], ...]:
    """The first ``count`` pairs of :func:`tagged_words` of ``text``, tagged no further: jieba's tagger
    yields word by word, and its hidden Markov model (most of its time, on the characters its
    dictionary does not know) runs on a stretch only when the words reach it. A unit name's leading
    place needs its first two words; most names are tagged for nothing else."""
    return tuple(islice(((pair.word, pair.flag) for pair in pos_tokenizer().cut(text)), count))


# --- jieba's precise cut, faster ----------------------------------------------------------------

_WORD = re.compile(r"\w", re.UNICODE)
EXAMPLES = {
    "_WORD": Examples(match=("扶贫", "a", "2020"), no_match=("，", " ", "。")),
}


def segmenter():
    """The tokenizer the search box's words are cut with: :func:`policy_tokenizer` (one per process)."""
    return policy_tokenizer()


@lru_cache(maxsize=1)
def block_re() -> re.Pattern:
    """jieba's split of a text into blocks that it segments one by one."""
    return jieba.re_han_default


def _is_word(token: str) -> bool:
    return bool(_WORD.search(token))


def _clean(token: str) -> str:
    # FTS5 syntax characters never reach the index or a query
    return unicodedata.normalize("NFKC", token).replace('"', "").strip()


@lru_cache(maxsize=1 << 16)
def _word(token: str) -> str:
    """The token as indexed and searched, or "" when it is no word (punctuation, spaces)."""
    token = _clean(token)
    return token if token and _is_word(token) else ""


def _block_words(block: str) -> tuple[str, ...]:
    return tuple(word for word in map(_word, jieba_cut(segmenter(), block)) if word)


def jieba_cut(tokenizer, text: str) -> list[str]:
    """``list(tokenizer.cut(text))`` (jieba's precise mode with HMM) in about three quarters of the
    time: the blocks of Han characters, letters and digits go through :func:`_cut_block`, the rest
    through jieba itself. Also used by ``pipeline.corpus.compare`` with jieba's own dictionary."""
    tokenizer.check_initialized()
    words: list[str] = []
    for block in block_re().split(text):
        if block:
            words.extend(jieba_cut_block(tokenizer, block))
    return words


def jieba_cut_block(tokenizer, block: str) -> list[str]:
    """:func:`jieba_cut` of one piece of ``block_re().split(text)`` (an initialised tokenizer)."""
    if block_re().match(block):
        return _cut_block(block, tokenizer)
    return list(tokenizer.cut(block))  # spaces and punctuation: jieba's own way, one character at a time


# tokenizer id -> (tokenizer, its total and number of entries, piece -> its cost); made again when
# words are added to the tokenizer. A piece's cost is log(frequency / total) for a dictionary word,
# None for a prefix of one (jieba's FREQ holds those with frequency 0).
_route_tables: dict = {}


def _costs(tokenizer) -> dict:
    freq = tokenizer.FREQ
    state = (tokenizer.total, len(freq))
    table = _route_tables.get(id(tokenizer))
    if table is None or table[0] is not tokenizer or table[1] != state:
        table = _route_tables[id(tokenizer)] = (tokenizer, state, {})
    return table[2]


def _cut_block(block: str, tokenizer) -> list[str]:
    """``list(tokenizer.cut(block))`` for one block of Han characters, letters and digits: the same
    words, in about three quarters of the time (measured on the benchmark's notices).

    jieba's precise mode with HMM (``Tokenizer.__cut_DAG``) builds a dict of every dictionary word
    at every position, then the best route through it with a generator of tuples per position and a
    ``log`` per candidate, then walks the route, handing runs of unknown single characters to its HMM
    (``jieba.finalseg``). Here the words at a position are scored as they are found, right to left,
    with each piece's cost looked up once (:func:`_costs`); the same comparisons in the same order
    pick the same route (ties go to the longer word, as jieba's ``max`` over ``(score, end)`` does),
    and the walk is jieba's. ``tests/test_site.py`` checks the words against jieba's on the corpus."""
    freq = tokenizer.FREQ
    costs = _costs(tokenizer)
    log_total = math.log(tokenizer.total)
    n = len(block)
    score = [0.0] * (n + 1)
    route = [0] * n  # the end (inclusive) of the best word at each position
    for start in range(n - 1, -1, -1):
        best, best_end = None, start
        end = start
        while end < n:
            piece = block[start:end + 1]
            cost = costs.get(piece, _UNSEEN)
            if cost is _UNSEEN:
                if piece not in freq:
                    break
                cost = costs[piece] = math.log(freq[piece]) - log_total if freq[piece] else None
            if cost is not None:
                value = cost + score[end + 1]
                if best is None or value > best or (value == best and end > best_end):
                    best, best_end = value, end
            end += 1
        if best is None:  # no dictionary word starts here: the character alone
            char = block[start]
            best, best_end = math.log(freq.get(char) or 1) - log_total + score[start + 1], start
        score[start] = best
        route[start] = best_end
    words: list[str] = []
    unknown = ""  # a run of single characters, for the HMM
    at = 0
    while at < n:
        end = route[at] + 1
        if end - at == 1:
            unknown += block[at]
        else:
            if unknown:
                words.extend(_unknown_run(unknown, freq, jieba.finalseg.cut))
                unknown = ""
            words.append(block[at:end])
        at = end
    if unknown:
        words.extend(_unknown_run(unknown, freq, jieba.finalseg.cut))
    return words


_UNSEEN = object()


def _unknown_run(run: str, freq: dict, hmm_cut) -> Iterable[str]:
    if len(run) == 1:
        return (run,)
    if not freq.get(run):
        return hmm_cut(run)
    return run  # a dictionary word cut into characters by the route: one word per character


def _blocks(text: str) -> list[str]:
    return [block for block in block_re().split(unicodedata.normalize("NFKC", text)) if block]


def words(text: str, memo: Optional[dict] = None) -> list[str]:
    """jieba's precise segmentation of ``text``, punctuation and spaces dropped, full-width folded.

    The text is cut into jieba's blocks and each block segmented on its own, which is what
    ``jieba.cut`` does; ``memo`` (block -> words) saves segmenting a block twice."""
    if not text:
        return []
    found: list[str] = []
    for block in _blocks(text):
        block_words = memo.get(block) if memo is not None else None
        if block_words is None:
            block_words = _block_words(block)
            if memo is not None:
                memo[block] = block_words
        found.extend(block_words)
    return found
