"""The exact check of the search index's candidates, and their ranking.

The index (``pipeline.corpus.search``) finds the rows holding every pair of neighbouring characters
of a query's words, which are the rows holding the words and, now and then, a row holding the pairs
apart. The rows a search returns are those whose own values hold the words as
:func:`fold_for_matching` compares them (:func:`holds`). In SQL the check is written out for the
query (:func:`row_condition`): a word without letters that folding changes (Chinese, as a rule) is
looked for with SQLite's ``instr`` in the values as stored, which costs no call into Python per row;
a word with ASCII letters or digits or cased letters through ``notices_search_contains``. A query
whose every word is one token of the index (one or two characters) needs no check at all.

The rows are ranked by how often the words occur (:func:`rank`: each word's count ``tf`` counts
``tf / (tf + 1.2)``, as in bm25, which the index cannot compute: it has no positions; FTS5's
``bm25()`` on such an index reads and tokenizes every row's text, slowly, to no use).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from extractors.segment import words
from pipeline.corpus import search_syntax
from pipeline.document.normalise import FOLD_WIDTH, FULL_WIDTH_ALNUM
from pipeline.ingest.search_index import TOKEN_RUN
from schema.search import INDEXES

#: SQL functions registered by :func:`register_functions`.
HOLDS_FUNCTION = "notices_search_holds"  # (query, value, …): the row matches the query
RANK_FUNCTION = "notices_search_rank"  # (query, text): what rank_sql computes, in one call
CONTAINS_FUNCTION = "notices_search_contains"  # (word, value, …): one of the values holds the word

#: bm25's saturation of a word's count (its k1).
SATURATION = 1.2


@lru_cache(maxsize=256)
def parse_query(query) -> search_syntax.Query:
    return search_syntax.parse(query, words)


def fold_for_matching(text: str) -> str:
    """``text`` as the index compares it (full-width letters and digits folded, case folded), one
    character for one: where a query word stands in it is where it stands in ``text``."""
    folded = text.translate(FOLD_WIDTH) if FULL_WIDTH_ALNUM.search(text) else text
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)  # İ lowers to two


def index_runs(word: str) -> list[str]:
    """The runs of letters and digits of ``word`` as the index folds them."""
    return TOKEN_RUN.findall(word.translate(FOLD_WIDTH).lower())


def matched_exactly(word: str) -> bool:
    """Whether the index finds exactly the rows holding ``word``: one run of one or two characters
    (a token, or the prefix of one); a longer word's pairs may all stand in a row apart."""
    runs = index_runs(word)
    return len(runs) == 1 and runs[0] == fold_for_matching(word) and len(runs[0]) <= 2


def is_plain(word: str) -> bool:
    """Whether folding cannot make ``word`` stand where it did not: it has no character that
    :func:`fold_for_matching` makes of another (an ASCII letter or digit, a letter with a case)."""
    return not any(ch.isascii() and ch.isalnum() or ch.upper() != ch.lower() for ch in word)


def contains(word: str, *values) -> bool:
    """Whether one of ``values`` holds the (folded) ``word`` as :func:`fold_for_matching` compares."""
    return any(word in fold_for_matching(str(value)) for value in values if value)


def holds(query, *values) -> bool:
    """Whether a row whose searched columns hold ``values`` matches ``query``: all the words of one
    of its alternatives stand in one of the values, none of the excluded words in any."""
    if query is None:
        return False
    parsed = parse_query(str(query))
    folded = [fold_for_matching(str(value)) for value in values if value]

    def found(word: str) -> bool:
        target = fold_for_matching(word)
        return any(target in text for text in folded)
    return (any(all(found(word) for word in group) for group in parsed.groups)
            and not any(found(word) for word in parsed.excluded))


def rank(query, text) -> float:
    """A row's rank for ``query``, lowest first (as bm25 is): minus the sum, over the words searched
    for, of ``tf / (tf + 1.2)`` of the word's count ``tf`` in the row's ``text`` (as stored: the
    rank counts, the check decides)."""
    text = str(text or "")
    counts = [text.count(fold_for_matching(word)) for word in parse_query(str(query or "")).words]
    return -sum(count / (count + SATURATION) for count in counts)


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions of the checks on ``conn``."""
    conn.create_function(RANK_FUNCTION, 2, rank, deterministic=True)
    conn.create_function(HOLDS_FUNCTION, -1, lambda query, *values: int(holds(query, *values)), deterministic=True)
    conn.create_function(CONTAINS_FUNCTION, -1, lambda word, *values: int(contains(word, *values)),
                         deterministic=True)


def holds_sql(table: str, query_param: str, alias: str = "") -> str:
    """``notices_search_holds`` over the searched columns of ``table`` (the check in one call, for
    SQL written once for every query, such as a canned query)."""
    return f"{HOLDS_FUNCTION}({query_param}, {_columns(table, alias)})"


def _columns(table: str, alias: str) -> str:
    return ", ".join(f'{alias}"{column}"' for column in INDEXES[table][1])


class _Parameters(dict):
    """The parameters of generated SQL, each word once, named ``<prefix><n>``."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def name(self, word: str) -> str:
        for name, value in self.items():
            if value == word:
                return name
        name = f"{self.prefix}{len(self)}"
        self[name] = word
        return name


def word_match(word: str) -> str:
    """The FTS5 expression of the rows that may hold ``word``: every pair of neighbouring characters
    of it (a one-character run: the prefix of a token); ``""`` (nothing) for a word without letters
    or digits."""
    terms: list[str] = []
    for run in index_runs(word):
        found = [f'"{run}"*'] if len(run) == 1 else [f'"{run[i:i + 2]}"' for i in range(len(run) - 1)]
        for term in found:
            if term not in terms:
                terms.append(term)
    if not terms:
        return '""'
    return terms[0] if len(terms) == 1 else "(" + " AND ".join(terms) + ")"


def row_condition(query, table: str, alias: str = "", prefix: str = "notices_word") -> tuple[str, dict]:
    """The SQL condition that a row of ``table`` (as ``alias``) found by the index for ``query``
    holds its words, and its parameters; ``("1", {})`` when the index finds exactly those rows.

    What the index decides is not checked again: a word it matches exactly, in the query's only
    alternative or among the excluded words (the index's query excludes those); an alternative of
    such words among others is looked up in the index (``rowid IN``: which alternative a row
    matched, the index's query does not say)."""
    parsed = parse_query(str(query or ""))
    every = [word for group in parsed.groups for word in group] + parsed.excluded
    if all(matched_exactly(word) for word in every):
        return "1", {}
    params = _Parameters(prefix)
    fts = INDEXES[table][0]

    def found(word: str) -> str:
        target = fold_for_matching(word)
        name = params.name(target)
        if not is_plain(target):
            return f"{CONTAINS_FUNCTION}(:{name}, {_columns(table, alias)})"
        # the text first: it holds the word as a rule, and OR stops at the first true
        columns = sorted(INDEXES[table][1], key=lambda column: column != "text")
        return "(" + " OR ".join(f'instr({alias}"{column}", :{name}) > 0' for column in columns) + ")"

    def alternative(group: list[str]) -> str:
        if len(parsed.groups) == 1:
            checked = [found(word) for word in group if not matched_exactly(word)]
            return " AND ".join(checked) or "1"
        if all(matched_exactly(word) for word in group):
            name = params.name(" AND ".join(word_match(word) for word in group))
            return f'{alias}rowid IN (SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH :{name})'
        return " AND ".join(found(word) for word in group)
    positive = " OR ".join(f"({alternative(group)})" for group in parsed.groups) or "0"
    excluded = [word for word in parsed.excluded if not matched_exactly(word)]
    if not excluded:
        return f"({positive})", dict(params)
    # instr() of a NULL value is NULL: coalesced, so that NOT of a word in no value is true
    return f"({positive}) AND NOT ({' OR '.join(f'coalesce({found(word)}, 0)' for word in excluded)})", dict(params)


def rank_sql(query, table: str, alias: str = "", parameter: str = "notices_rank_query") -> tuple[str, dict]:
    """An SQL expression ranking the rows of ``table`` (as ``alias``) for ``query``, lowest first
    (as bm25 is): :func:`rank` of the row's text, and its parameters. (In Python: counting the words
    with ``replace()`` in SQL took three times as long on long texts.)"""
    return f'{RANK_FUNCTION}(:{parameter}, {alias}"text")', {parameter: str(query or "")}
