"""Chinese full-text search: FTS5 indexes of documents and measures, one token per character.

SQLite's tokenizers cannot search Chinese: ``unicode61`` takes a whole run of Han characters as one
token, and ``trigram`` cannot match a two-character word such as 扶贫. So the index holds every
character of the text as a token (full-width letters and digits folded, a space between
characters) in FTS5 tables (``documents_zh_fts``, ``measures_zh_fts``) whose rowid is the rowid of
the indexed row, and a query is segmented into words with jieba (the project's user dictionary
loaded), each word searched as the phrase of its characters: 小额信贷 finds 扶贫小额信贷 and
小额信贷风险补偿金; 扶贫 信贷 finds the rows that have both words anywhere. That is the design of the
``simple`` SQLite tokenizer (wangfenjin/simple: per-character index, jieba for queries): a word is
found wherever its characters stand together in the text, whatever way a segmenter would have cut
the text around it, and indexing costs no segmentation at all (segmenting every notice with jieba
took as long as all the extractors together). Ranking is FTS5's ``bm25`` over the phrases. The FTS
tables are external-content tables over ``documents`` and ``measures``: they hold the index only.

Datasette's table search is pointed at these tables by ``fts_table`` in ``datasette_metadata.json``,
and the Datasette plugin ``pipeline/site/plugins/notices_search.py`` replaces ``escape_fts()``
— the SQL function Datasette wraps around every ``?_search=`` — with :func:`fts_query`.

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

from extractors.segment import words
from pipeline.corpus import search_syntax
from pipeline.document.normalise import FOLD_WIDTH
from pipeline.ingest.database import connected as _connected
from pipeline.ingest.search_index import (_columns, _connection_of, _digest, _ensure_fts, _index,
                                          _is_weakrefable, _reset, _select_list, _store_waiting, _waiting,
                                          index_text, indexed_texts)
from schema.search import EDITS_TABLE, EDITS_TABLE_SQL, INDEXES, STATE_TABLE, edit_triggers

def _phrase(word: str) -> str:
    """An FTS5 phrase matching ``word`` wherever its characters stand together in a text."""
    return '"' + index_text(word).replace('"', "") + '"'


def fts_query(query) -> str:
    """An FTS5 MATCH expression for a search box query (``pipeline.corpus.search_syntax``): every
    word must occur, ``OR`` between alternatives, ``-word`` excluded, "…" the characters together.

    The query is segmented with jieba; each word is the phrase of its characters, and the phrases
    are joined with an explicit ``AND`` (FTS5 has no implicit AND before a bracket). Quotes, brackets
    and FTS5's other operators typed by the user are plain text.
    """
    if query is None:
        return '""'
    return search_syntax.fts_match(parse_query(query), _phrase)


def parse_query(query) -> search_syntax.Query:
    return search_syntax.parse(query, words)


def fold_for_matching(text: str) -> str:
    """``text`` as the index compares it (full-width letters and digits folded, case folded), one
    character for one: where a query word stands in it is where it stands in ``text``."""
    folded = text.translate(FOLD_WIDTH)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)  # İ lowers to two


def build_search_index(db, check_edits: bool = True) -> dict[str, int]:
    """Bring the FTS5 tables up to date with documents and measures; returns the rows indexed here
    (rows the build's workers prepared are written, not counted). ``check_edits``: look for rows
    changed or deleted by hand since they were indexed (every indexed row is read); a build into
    an empty database, whose every row it indexed itself, skips that."""
    if _is_weakrefable(db) and db in _waiting:
        with _connection_of(db) as conn:
            _store_waiting(db)
    with _connected(db) as conn:
        return _build_search_index(conn, check_edits)


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
            if check_edits and (_edited(conn, fts) if recording else _index_is_stale(conn, table)):
                _reset(conn, fts)
            changed[table] = _index_unindexed(conn, table)
    return changed


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
           f"LEFT JOIN {STATE_TABLE} s ON s.fts = ? AND s.indexed_rowid = t.rowid "
           f"WHERE t.rowid > ? AND s.indexed_rowid IS {'NOT ' if indexed else ''}NULL ORDER BY t.rowid LIMIT ?")
    after = -(2**63)
    while True:
        batch = conn.execute(sql, [fts, after, INDEX_BATCH]).fetchall()
        if not batch:
            return
        yield batch
        after = batch[-1][0]


def _index_is_stale(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the index holds a row that is no longer there as it was indexed."""
    fts, _ = INDEXES[table]
    if conn.execute(f'SELECT 1 FROM {STATE_TABLE} s LEFT JOIN "{table}" t ON t.rowid = s.indexed_rowid '
                    "WHERE s.fts = ? AND t.rowid IS NULL LIMIT 1", [fts]).fetchone():
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
    sql = (f'SELECT t.id FROM "{fts}" f JOIN "{table}" t ON t.rowid = f.rowid '
           f'WHERE "{fts}" MATCH ? ORDER BY bm25("{fts}") LIMIT ?')
    with _connected(db) as conn:
        return [row[0] for row in conn.execute(sql, [fts_query(query), limit])]
