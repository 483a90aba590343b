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
and the Datasette plugin ``pipeline/datasette_plugins/notices_search.py`` replaces ``escape_fts()``
— the SQL function Datasette wraps around every ``?_search=`` — with :func:`fts_query`.

:func:`build_search_index` is a post-build step: idempotent and incremental (a row is indexed again
only when its text, or :data:`INDEX_VERSION`, changed). The build's workers prepare each document's
index entries (:func:`index_rows`) and the client stores them with the document
(:func:`store_indexed`, called by ``store``), with the rowid the document and its measures got;
:func:`build_search_index` then finds those rows up to date and only indexes rows that have none
(databases built before). A row changed or deleted by hand makes its table's index again (see
:data:`STATE_TABLE`).

The jieba tokenizer is the one the units extractor loads (``extractors.units.policy_tokenizer``):
one dictionary per process. :func:`jieba_cut` (jieba's precise mode, in about three quarters of the
time) is also what ``pipeline.compare`` segments with, with jieba's own dictionary.
"""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
import threading
import unicodedata
import weakref
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from .normalise import FOLD_WIDTH, FULL_WIDTH_ALNUM
from .store import connected as _connected
from .store import in_chunks as _in_chunks

#: Part of every index row's digest: a new version (a new way of indexing) re-indexes every row.
INDEX_VERSION = "zh-chars-2"

# table -> (FTS5 table, indexed columns)
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "documents": ("documents_zh_fts", ("title", "doc_number", "issuer", "text")),
    "measures": ("measures_zh_fts", ("heading", "text")),
}

_lock = threading.Lock()
_WORD = re.compile(r"\w", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


_segmenter = None


def segmenter():
    """A private jieba tokenizer with the project's user dictionary (loading it takes about a second):
    the units extractor's (``extractors.units.policy_tokenizer``), so a build worker loads one."""
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                from extractors.units import (
                    policy_tokenizer,  # jieba + the user dictionary
                )

                _segmenter = policy_tokenizer()
    return _segmenter


@lru_cache(maxsize=1)
def _block_re() -> re.Pattern:
    """jieba's split of a text into blocks that it segments one by one."""
    import jieba

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
    through jieba itself. Also used by ``pipeline.compare`` with jieba's own dictionary."""
    tokenizer.check_initialized()
    words: list[str] = []
    for block in _block_re().split(text):
        if block:
            words.extend(jieba_cut_block(tokenizer, block))
    return words


def jieba_cut_block(tokenizer, block: str) -> list[str]:
    """:func:`jieba_cut` of one piece of ``_block_re().split(text)`` (an initialised tokenizer)."""
    if _block_re().match(block):
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
    import jieba.finalseg

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
    return [block for block in _block_re().split(unicodedata.normalize("NFKC", text)) if block]


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


_TOKEN_SEPARATOR = " "


def index_text(text: Optional[str]) -> str:
    """``text`` as the index holds it: full-width letters and digits folded to ASCII, a space
    between characters, so that the FTS5 tokenizer ``unicode61`` takes each character as a token
    (and drops punctuation and spaces; it folds case itself)."""
    if not text:
        return ""
    if FULL_WIDTH_ALNUM.search(text):  # rare after pipeline.normalise, which folds them too
        text = text.translate(FOLD_WIDTH)
    return _TOKEN_SEPARATOR.join(text)


def _phrase(word: str) -> str:
    """An FTS5 phrase matching ``word`` wherever its characters stand together in a text."""
    return '"' + index_text(word).replace('"', "") + '"'


def fts_query(query) -> str:
    """An FTS5 MATCH expression for a search box query: every word must occur.

    The query is segmented with jieba; each word is the phrase of its characters, and the phrases
    are joined with an explicit ``AND`` (FTS5 has no implicit AND before a bracket). Quotes and FTS5
    operators typed by the user are treated as plain text.
    """
    if query is None:
        return '""'
    terms = [_phrase(word) for word in words(str(query))]
    return " AND ".join(terms) if terms else '""'


# --- the index ---------------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _digest(values: Iterable) -> str:
    digest = hashlib.sha1(INDEX_VERSION.encode())
    for value in values:
        digest.update(b"\x1f" + (str(value) if value is not None else "").encode("utf-8", "replace"))
    return digest.hexdigest()[:16]


# Every FTS table is an external-content table over the rows it indexes: it stores the index only,
# not a second, spaced-out copy of every text (a third of the database before). Such a table is
# told what to remove with the values it indexed, so STATE_TABLE keeps, for each indexed row, its
# id and the digest of the values indexed (with INDEX_VERSION): a row is removed from the index
# with its current values only when they are still those (the build does it before it deletes or
# replaces a file's rows: :func:`forget_documents`). A row changed or deleted behind the index's
# back (by hand) cannot be removed exactly: the table's whole index is then made again. Such edits
# are recorded as they happen, in EDITS_TABLE, by triggers on the indexed tables (an edit of an
# indexed row: the build takes a row out of the index before it deletes it), so finding them does
# not read every row; a database whose triggers are new is checked once by reading its rows.
STATE_TABLE = "search_index_rows"
EDITS_TABLE = "search_index_edits"


def _fts_sql(table: str, fts: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return (f'CREATE VIRTUAL TABLE "{fts}" USING fts5({names}, content="{table}", content_rowid="rowid", '
            f'tokenize="unicode61")')


def _ensure_fts(conn: sqlite3.Connection, table: str) -> None:
    """The FTS table of ``table`` and the index state, created (or made again, empty, when they
    are not of this version)."""
    fts, columns = INDEXES[table]
    conn.execute(f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (fts TEXT, indexed_rowid INTEGER, id TEXT, "
                 "digest TEXT, PRIMARY KEY (fts, indexed_rowid))")
    wanted = _fts_sql(table, fts, columns)
    found = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [fts]).fetchone()
    if found and found[0] == wanted:
        return
    conn.execute(f'DROP TABLE IF EXISTS "{fts}"')
    conn.execute(wanted)
    conn.execute(f"DELETE FROM {STATE_TABLE} WHERE fts = ?", [fts])


def _state(conn: sqlite3.Connection, fts: str, rowids: list[int]) -> dict[int, tuple[str, str]]:
    """indexed rowid -> (id, digest), for those of ``rowids`` that ``fts`` holds."""
    found: dict[int, tuple[str, str]] = {}
    for part, marks in _in_chunks(rowids):
        found.update((rowid, (row_id, digest)) for rowid, row_id, digest in conn.execute(
            f"SELECT indexed_rowid, id, digest FROM {STATE_TABLE} WHERE fts = ? AND indexed_rowid IN ({marks})",
            [fts, *part]))
    return found


def _reset(conn: sqlite3.Connection, fts: str) -> None:
    """Empty the index of ``fts`` (its rows are all indexed again by :func:`build_search_index`)."""
    conn.execute(f"INSERT INTO \"{fts}\" (\"{fts}\") VALUES ('delete-all')")
    conn.execute(f"DELETE FROM {STATE_TABLE} WHERE fts = ?", [fts])
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [EDITS_TABLE]).fetchone():
        conn.execute(f"DELETE FROM {EDITS_TABLE} WHERE fts = ?", [fts])


def _index(conn: sqlite3.Connection, fts: str, columns: tuple[str, ...], entries: list[tuple]) -> None:
    """Index ``(rowid, id, digest, index_text values…)`` entries (rows not indexed yet)."""
    names = ", ".join(f'"{c}"' for c in columns)
    conn.executemany(f'INSERT INTO "{fts}" (rowid, {names}) VALUES (?, {", ".join("?" for _ in columns)})',
                     [(entry[0], *entry[3:]) for entry in entries])
    conn.executemany(f"INSERT INTO {STATE_TABLE} (fts, indexed_rowid, id, digest) VALUES (?, ?, ?, ?)",
                     [(fts, *entry[:3]) for entry in entries])


def _unindex(conn: sqlite3.Connection, table: str, where: str, params: list) -> None:
    """Take the rows of ``table`` that match ``where`` out of its index, before they are deleted."""
    fts, columns = INDEXES[table]
    if conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN (?, ?)", [fts, STATE_TABLE]).fetchone()[0] < 2:
        return  # nothing indexed yet
    rows = list(_rows(conn, table, columns, where, params))
    state = _state(conn, fts, [row[0] for row in rows])
    names = ", ".join(f'"{c}"' for c in columns)
    delete = (f'INSERT INTO "{fts}" ("{fts}", rowid, {names}) '
              f'VALUES (\'delete\', ?, {", ".join("?" for _ in columns)})')
    for rowid, row_id, *values in rows:
        if rowid not in state:
            continue
        if state[rowid] != (row_id, _digest(values)):
            _reset(conn, fts)  # changed by hand since it was indexed: what to remove is unknown
            return
        conn.execute(delete, [rowid, *(index_text(value) for value in values)])
    for part, marks in _in_chunks(list(state)):
        conn.execute(f"DELETE FROM {STATE_TABLE} WHERE fts = ? AND indexed_rowid IN ({marks})", [fts, *part])


def forget_documents(conn: sqlite3.Connection, document_ids: list[str]) -> None:
    """Take these documents and their measures out of the search index (``store`` calls it before
    it deletes or replaces them)."""
    marks = ", ".join("?" for _ in document_ids)
    _unindex(conn, "measures", f"document_id IN ({marks})", document_ids)
    _unindex(conn, "documents", f"id IN ({marks})", document_ids)


def _select_list(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], alias: str = "") -> str:
    """The ``columns`` of ``table`` for a SELECT, NULL for those it does not have."""
    present = set(_columns(conn, table))
    return ", ".join(f'{alias}"{c}"' if c in present else "NULL" for c in columns)


def _rows(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], where: str = "",
          params: Iterable = ()) -> Iterator[tuple]:
    select = _select_list(conn, table, columns)
    yield from conn.execute(f'SELECT rowid, id, {select} FROM "{table}"' + (f" WHERE {where}" if where else ""),
                            list(params))


def index_rows(rows: dict) -> dict[str, list[tuple]]:
    """For one document's rows (``process_file``: ``documents``, ``measures`` …), the entries of its
    FTS tables: table -> ``(id, digest, indexed column values…)``. Runs in the build's workers."""
    out: dict[str, list[tuple]] = {}
    for table, (_, columns) in INDEXES.items():
        out[table] = [
            (row["id"], _digest(values), *(index_text(value) for value in values))
            for row in rows.get(table, ())
            for values in [[row.get(column) for column in columns]]
        ]
    return out


#: Index entries wait in the client until this many documents have some, then go into the FTS
#: tables in one statement per table: FTS5 writes its pending terms out at every savepoint (the
#: build has one per file), which made writing them with each file three times as costly.
STORE_EVERY = 64
_waiting: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # database -> index entries


def store_indexed(db, indexed: dict[str, list[tuple]]) -> None:
    """Keep the entries of :func:`index_rows` of a document just stored in ``db`` (the build's
    ``sqlite_utils.Database``) for the FTS tables, and write what waits every :data:`STORE_EVERY`
    documents; :func:`build_search_index` writes the rest. Entries that never get written (a build
    killed, a file's transaction rolled back after them) are made by :func:`build_search_index`
    like those of an older database."""
    try:
        waiting = _waiting.setdefault(db, [])
    except TypeError:  # a plain connection: write now
        _write_indexed(_connection_of(db), [indexed])
        return
    waiting.append(indexed)
    if len(waiting) >= STORE_EVERY:
        _store_waiting(db)


def _store_waiting(db) -> None:
    waiting = _waiting.pop(db, None) if _is_weakrefable(db) else None
    if waiting:
        _write_indexed(_connection_of(db), waiting)


def _is_weakrefable(db) -> bool:
    try:
        weakref.ref(db)
    except TypeError:
        return False
    return True


def _connection_of(db) -> sqlite3.Connection:
    return db.conn if hasattr(db, "conn") else db


def _write_indexed(conn: sqlite3.Connection, batch: list[dict[str, list[tuple]]]) -> None:
    """Write index entries under the rowids their documents and measures have now (entries of rows
    that are not, or no longer, stored are dropped)."""
    for table, (fts, columns) in INDEXES.items():
        entries = [entry for indexed in batch for entry in indexed.get(table, ())]
        if not entries:
            continue
        _ensure_fts(conn, table)
        rowids: dict[str, int] = {}
        for part, marks in _in_chunks([entry[0] for entry in entries]):
            rowids.update(conn.execute(f'SELECT id, rowid FROM "{table}" WHERE id IN ({marks})', part))
        rows = [(rowids[entry[0]], *entry) for entry in entries if entry[0] in rowids]
        if _state(conn, fts, [row[0] for row in rows]):
            # a rowid indexed before, whose row went without being taken out (deleted by hand):
            # what to remove is unknown, the table is indexed again by build_search_index
            _reset(conn, fts)
        _index(conn, fts, columns, rows)


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


def _edit_triggers(table: str) -> dict[str, str]:
    """Trigger name -> its SQL: an update of an indexed column, or a delete, of an indexed row of
    ``table`` is written to :data:`EDITS_TABLE`."""
    fts, columns = INDEXES[table]
    indexed = f"EXISTS (SELECT 1 FROM {STATE_TABLE} WHERE fts = '{fts}' AND indexed_rowid = old.rowid)"
    record = f"INSERT INTO {EDITS_TABLE} (fts, indexed_rowid) VALUES ('{fts}', old.rowid)"
    names = ", ".join(f'"{c}"' for c in ("id", *columns))
    return {f"{table}_search_edited": f'CREATE TRIGGER "{table}_search_edited" AFTER UPDATE OF {names} '
                                      f'ON "{table}" WHEN {indexed} BEGIN {record}; END',
            f"{table}_search_deleted": f'CREATE TRIGGER "{table}_search_deleted" AFTER DELETE ON "{table}" '
                                       f"WHEN {indexed} BEGIN {record}; END"}


def _edits_recorded(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the triggers of ``table`` are there, as this version makes them."""
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [table]))
    return all(found.get(name) == sql for name, sql in _edit_triggers(table).items())


def _record_edits(conn: sqlite3.Connection, table: str) -> None:
    conn.execute(f"CREATE TABLE IF NOT EXISTS {EDITS_TABLE} (fts TEXT, indexed_rowid INTEGER)")
    for name, sql in _edit_triggers(table).items():
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        conn.execute(sql)


def _edited(conn: sqlite3.Connection, fts: str) -> bool:
    return bool(conn.execute(f"SELECT 1 FROM {EDITS_TABLE} WHERE fts = ? LIMIT 1", [fts]).fetchone())


def _rows_with_state(conn: sqlite3.Connection, table: str, indexed: bool) -> Iterator[list[tuple]]:
    """Batches of ``(rowid, id, values…, indexed id, indexed digest)`` for the rows of ``table``
    that are in its index (``indexed``) or not, by rowid."""
    fts, columns = INDEXES[table]
    select = _select_list(conn, table, columns, alias="t.")
    sql = (f'SELECT t.rowid, t.id, {select}, s.id, s.digest FROM "{table}" t '
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
        for _, row_id, *values, indexed_id, indexed_digest in batch:
            if (indexed_id, indexed_digest) != (row_id, _digest(values)):
                return True  # changed
    return False


def _index_unindexed(conn: sqlite3.Connection, table: str) -> int:
    """Index the rows of ``table`` its index does not hold; returns how many."""
    fts, columns = INDEXES[table]
    count = 0
    for batch in _rows_with_state(conn, table, indexed=False):
        entries = [(rowid, row_id, _digest(values), *(index_text(value) for value in values))
                   for rowid, row_id, *values, _, _ in batch]
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
