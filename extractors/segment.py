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
jieba is imported inside these functions on purpose: it takes a second to load its dictionary, and
modules that import this one (every extractor) must stay cheap to import for the CLI and the site.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

USER_DICT_PATH = Path(__file__).parent / "data" / "policy_terms.txt"
QUIET = 60  # jieba's log level that silences its "Building prefix dict" messages


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """A private jieba tokenizer with jieba's own dictionary only. Loading the dictionary takes about
    a second; :func:`policy_tokenizer` starts from a copy of this one instead of loading it again."""
    import jieba  # deferred: a second to load (see the module's docstring)

    jieba.setLogLevel(QUIET)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=1)
def policy_tokenizer():
    """A private jieba tokenizer: jieba's dictionary plus ``data/policy_terms.txt``. Made from a copy
    of :func:`jieba_tokenizer`'s word table (what ``Tokenizer.initialize`` would read from jieba's
    cache file, in a tenth of the time)."""
    import jieba  # deferred: a second to load (see the module's docstring)

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
    import jieba  # deferred: a second to load (see the module's docstring)

    jieba.setLogLevel(QUIET)
    fresh = "jieba.posseg" not in sys.modules
    import jieba.posseg

    tokenizer = policy_tokenizer()
    default = jieba.posseg.dt
    if fresh and tokenizer.dictionary == default.tokenizer.dictionary == jieba.DEFAULT_DICT:
        pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        pos.tokenizer = tokenizer
        pos.word_tag_tab = dict(default.word_tag_tab)  # untouched: nothing could use it yet
        return pos
    return jieba.posseg.POSTokenizer(tokenizer)


@lru_cache(maxsize=4096)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into (word, part-of-speech flag) pairs: 泾县卫健委 → (泾县, ns), (卫健委, nt).
    Cached: unit names come back list after list, notice after notice."""
    return tuple((pair.word, pair.flag) for pair in pos_tokenizer().cut(text))
