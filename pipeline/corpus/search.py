"""Chinese full-text search: FTS5 indexes of documents and measures, one token per pair of
neighbouring characters, and each candidate row checked against its own text.

SQLite's tokenizers cannot search Chinese: ``unicode61`` takes a whole run of Han characters as one
token, and ``trigram`` cannot match a two-character word such as 扶贫. So the index holds every pair
of neighbouring characters of the text as a token (扶贫小额信贷: 扶贫 贫小 小额 额信 信贷 贷; full-width
letters and digits folded, ``pipeline.ingest.search_index.index_tokens``) in FTS5 tables
(``documents_zh_fts``, ``measures_zh_fts``) whose rowid is the rowid of the indexed row, and a query
is segmented into words with jieba (the project's user dictionary loaded): a word is found wherever
its characters stand together in the text, whatever way a segmenter would have cut the text around
it (小额信贷 finds 扶贫小额信贷 and 小额信贷风险补偿金; 扶贫 信贷 finds the rows that have both words
anywhere), and indexing costs no segmentation at all (segmenting every notice with jieba took as
long as all the extractors together).

The index records which rows hold a token and nothing more (``detail=none``: no positions, a
seventh of a per-character index with positions, which was a fifth of the database): a word is
looked up as its pairs (小额信贷: 小额 AND 额信 AND 信贷; a one-character word as the prefix of a pair),
which finds the rows holding the word and rarely another, and every candidate is then checked
against the row's own text (``pipeline.corpus.search_check``): the
rows found are exactly those holding the words (``pipeline.corpus.search_check``, which also ranks
them). The FTS tables are external-content tables over ``documents`` and ``measures``: they hold the
index only.

Datasette's table search is pointed at these tables by ``fts_table`` in ``datasette_metadata.json``;
the Datasette plugin ``pipeline/site/plugins/notices_search.py`` replaces ``escape_fts()`` — the SQL
function Datasette wraps around every ``?_search=`` — with :func:`fts_query` and adds the check of
the check of its candidates to the table's search.

:func:`build_search_index` is a post-build step: idempotent and incremental (a row is indexed again
only when its text, or :data:`INDEX_VERSION`, changed). The build's workers prepare each document's
index entries (:func:`index_rows`) and the client stores them with the document
(:func:`store_indexed`, called by ``store``), with the rowid the document and its measures got;
:func:`build_search_index` then finds those rows up to date and only indexes rows that have none
(databases built before). A row changed or deleted by hand makes its table's index again (see
:data:`STATE_TABLE`).

The jieba tokenizer is the one the units extractor loads (``extractors.segment.policy_tokenizer``):
one dictionary per process. :func:`jieba_cut` (jieba's precise mode, in about three quarters of the
time) is also what ``pipeline.corpus.align.tokens`` segments with, with jieba's own dictionary.
"""

from __future__ import annotations

import sqlite3
from typing import Iterator

from pipeline.corpus import search_syntax
from pipeline.corpus.search_check import (fold_for_matching, matched_exactly, parse_query, rank_sql,
                                          register_functions, row_condition, word_match)
from pipeline.ingest.database import connected as _connected
from pipeline.ingest.search_index import (_columns, _digest, _ensure_fts, _index,
                                          _reset, _select_list, index_text, indexed_texts, resume_merging,
                                          write_held)
from schema.search import (EDITS_TABLE, EDITS_TABLE_SQL, FTS_CODES, INDEXES, STATE_TABLE, STORED_COLUMNS,
                           edit_triggers)

def fts_query(query) -> str:
    """An FTS5 MATCH expression for a search box query (``pipeline.corpus.search_syntax``) that
    finds every row holding its words (and a few more, which ``search_check`` tells apart): every word
    must occur, ``OR`` between alternatives, ``-word`` excluded (in the index only the words it
    matches exactly), "…" the characters together.

    The query is segmented with jieba; each word is the AND of its pairs of characters, and the
    words are joined with an explicit ``AND`` (FTS5 has no implicit AND before a bracket). Quotes,
    brackets and FTS5's other operators typed by the user are plain text.
    """
    if query is None:
        return '""'
    parsed = parse_query(query)
    candidates = search_syntax.Query(parsed.groups, [word for word in parsed.excluded if matched_exactly(word)])
    return search_syntax.fts_match(candidates, word_match)


def build_search_index(db, check_edits: bool = True, merge: bool = False) -> dict[str, int]:
    """Bring the FTS5 tables up to date with documents and measures; returns the rows indexed here
    (rows the build's workers prepared are written, not counted). ``check_edits``: look for rows
    changed or deleted by hand since they were indexed (every indexed row is read); a build into
    an empty database, whose every row it indexed itself, skips that. ``merge``: merge each
    index into one segment (a build into an empty database, whose index was written in batches)."""
    write_held(db)  # the build's entries, those held back for after the copies step with them
    with _connected(db) as conn:
        with conn:
            resume_merging(conn)
        changed = _build_search_index(conn, check_edits)
        if merge:
            merge_segments(conn)
        return changed


def merge_segments(conn: sqlite3.Connection) -> None:
    """FTS5's ``optimize``: each index's segments merged into one. Every segment repeats the keys of
    the tokens it holds, and an index of pairs of characters has many tokens with few rows each:
    the build's segments (one per batch of documents, then merged a few at a time) made the index
    a quarter larger. The pages freed go to the steps that write after it (the alignments)."""
    for fts, _ in INDEXES.values():
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [fts]).fetchone():
            with conn:
                conn.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'optimize\')')


#: Rows read (and indexed) at a time by :func:`build_search_index`: what it holds does not grow
#: with the corpus.
INDEX_BATCH = 500


def _build_search_index(conn: sqlite3.Connection, check_edits: bool = True) -> dict[str, int]:
    changed: dict[str, int] = {}
    for table, (fts, columns) in INDEXES.items():
        if not _columns(conn, table):
            continue
        with conn:
            recording = _edits_recorded(conn, table)
            _ensure_fts(conn, table)
            if not recording:
                _record_edits(conn, table)
            # rows changed or deleted behind the index's back
            stale = check_edits and (_edited(conn, fts) if recording else _index_is_stale(conn, table))
            if stale:
                _reset(conn, fts)
            if recording and check_edits and not stale and _holds_every_row(conn, table):
                changed[table] = 0
            else:
                changed[table] = _index_unindexed(conn, table)
    return changed


def _holds_every_row(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the index of ``table`` holds every row of it, told by counting: a build that adds one
    file has stored its rows' entries already (``store_indexed``), and looking for rows without one
    read every row of the table (half a million measures, a second at 30,000 notices). Only when
    edits are recorded and none is: then every row the state table names is there as indexed (a
    row deleted, or its rowid taken by another, behind the index's back is a recorded edit), so as
    many state rows as rows means no row lacks one."""
    fts, _ = INDEXES[table]
    stored = STORED_COLUMNS.get(table, (table,))[0]
    rows = conn.execute(f'SELECT count(*) FROM "{stored}"').fetchone()[0]
    indexed = conn.execute(f"SELECT count(*) FROM {STATE_TABLE} WHERE fts_code = ?", [FTS_CODES[fts]]).fetchone()[0]
    return rows == indexed


def _edits_recorded(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the triggers of ``table`` are there, as this version makes them."""
    wanted = edit_triggers(table)  # (on the table the rows are stored in: measure_rows for measures)
    marks = ", ".join("?" for _ in wanted)
    found = dict(conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                              list(wanted)))
    return all(found.get(name) == sql for name, sql in wanted.items())


def _record_edits(conn: sqlite3.Connection, table: str) -> None:
    conn.execute(EDITS_TABLE_SQL)
    for name, sql in edit_triggers(table).items():
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        conn.execute(sql)


def _edited(conn: sqlite3.Connection, fts: str) -> bool:
    return bool(conn.execute(f"SELECT 1 FROM {EDITS_TABLE} WHERE fts = ? LIMIT 1", [fts]).fetchone())


def _rows_with_state(conn: sqlite3.Connection, table: str, indexed: bool) -> Iterator[list[tuple]]:
    """Batches of ``(rowid, id, values…, indexed digest)`` for the rows of ``table`` that are in
    its index (``indexed``) or not, by rowid."""
    fts, columns = INDEXES[table]
    select = _select_list(conn, table, columns, alias="t.")
    sql = (f'SELECT t.rowid, t.id, {select}, s.digest FROM "{table}" t '
           f"LEFT JOIN {STATE_TABLE} s ON s.fts_code = ? AND s.indexed_rowid = t.rowid "
           f"WHERE t.rowid > ? AND s.indexed_rowid IS {'NOT ' if indexed else ''}NULL ORDER BY t.rowid LIMIT ?")
    after = -(2**63)
    while True:
        batch = conn.execute(sql, [FTS_CODES[fts], after, INDEX_BATCH]).fetchall()
        if not batch:
            return
        yield batch
        after = batch[-1][0]


def _index_is_stale(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the index holds a row that is no longer there as it was indexed."""
    fts, _ = INDEXES[table]
    if conn.execute(f'SELECT 1 FROM {STATE_TABLE} s LEFT JOIN "{table}" t ON t.rowid = s.indexed_rowid '
                    "WHERE s.fts_code = ? AND t.rowid IS NULL LIMIT 1", [FTS_CODES[fts]]).fetchone():
        return True  # deleted
    for batch in _rows_with_state(conn, table, indexed=True):
        for _, row_id, *values, indexed_digest in batch:
            if indexed_digest != _digest(row_id, values):
                return True  # changed
    return False


def _index_unindexed(conn: sqlite3.Connection, table: str) -> int:
    """Index the rows of ``table`` its index does not hold; returns how many."""
    fts, columns = INDEXES[table]
    count = 0
    for batch in _rows_with_state(conn, table, indexed=False):
        entries = [(rowid, row_id, _digest(row_id, values), *indexed_texts(columns, values))
                   for rowid, row_id, *values, _ in batch]
        _index(conn, fts, columns, entries)
        count += len(entries)
    return count


def search(db, table: str, query: str, limit: int = 100) -> list[str]:
    """Ids of the rows of ``table`` (documents or measures) matching ``query``, best first."""
    fts = INDEXES[table][0]
    condition, params = row_condition(query, table, "t.")
    rank, rank_params = rank_sql(query, table, "t.")
    sql = (f'SELECT t.id FROM "{fts}" f JOIN "{table}" t ON t.rowid = f.rowid '
           f'WHERE "{fts}" MATCH :match AND {condition} ORDER BY {rank}, t.rowid LIMIT :limit')
    with _connected(db) as conn:
        register_functions(conn)
        return [row[0] for row in conn.execute(sql, {**params, **rank_params, "match": fts_query(query), "limit": limit})]
