"""The search index's entries, made per file: each document's index text prepared in the build's
workers (:func:`index_rows`) and written by the client with the document (:func:`store_indexed`);
rows taken out of the index before the build deletes them (:func:`forget_documents`).
See ``pipeline.corpus.search`` for the design of the index."""

from __future__ import annotations

import bisect
import hashlib
import re
import sqlite3
import weakref
from typing import Iterable, Iterator, Optional

import numpy

from extractors.vocab import Examples
from pipeline.document.normalise import FOLD_WIDTH, FULL_WIDTH_ALNUM
from pipeline.ingest.database import in_chunks as _in_chunks
from schema.search import (CODES_VIEW, CODES_VIEW_SQL, EDITS_TABLE, FTS_CODES, INDEXES, NAMED_STATE_TABLE_SQL,
                           STATE_TABLE, STATE_TABLE_SQL, fts_sql, state_table_migration)

#: Part of every index row's digest: a new version (a new way of indexing) re-indexes every row.
INDEX_VERSION = "zh-bigrams-1"

#: A run of the characters the FTS5 tokenizer ``unicode61`` keeps (letters and digits; it takes
#: everything else, punctuation and spaces, as separators).
TOKEN_RUN = re.compile(r"[^\W_]+")

EXAMPLES = {"TOKEN_RUN": Examples(match=("扶贫", "PM2", "2020年"), no_match=("，", " ", "_", "〔"))}


def index_tokens(text: Optional[str]) -> list[str]:
    """The index's tokens of ``text``: every pair of neighbouring characters inside a run of
    letters and digits, and the run's last character alone (so that every character begins a
    token: a one-character word is found as a prefix), full-width letters and digits folded."""
    if not text:
        return []
    if FULL_WIDTH_ALNUM.search(text):  # rare after pipeline.document.normalise, which folds them too
        text = text.translate(FOLD_WIDTH)
    return [run[i:i + 2] for run in TOKEN_RUN.findall(text) for i in range(len(run))]


def index_text(text: Optional[str]) -> str:
    """``text`` as the index holds it: its :func:`index_tokens` between spaces, which ``unicode61``
    takes one token each (it folds case itself).

    The same string as ``" ".join(index_tokens(text))``, made for the whole text at once (numpy)
    rather than one token at a time: every row a build indexes passes here (a document's text, then
    each of its measures', units' … again), a tenth of a TXT notice's time one token at a time.
    Texts shorter than WHOLE_TEXT_AT are made a token at a time: numpy's fixed cost is larger there."""
    if not text or len(text) < WHOLE_TEXT_AT:
        return " ".join(index_tokens(text))
    return _whole_text_tokens(text)[0]


def _whole_text_tokens(text: str) -> tuple[str, "numpy.ndarray", "numpy.ndarray"]:
    """(:func:`index_text` of ``text``, made at once, the offset of every character that begins a
    token, whether each of those tokens has a second character)."""
    if FULL_WIDTH_ALNUM.search(text):
        text = text.translate(FOLD_WIDTH)  # one character for one: the offsets stay
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    kinds = _CHAR_KINDS[codes]
    if not kinds.all():
        _learn_kinds(numpy.unique(codes[kinds == 0]).tolist())
        kinds = _CHAR_KINDS[codes]
    in_run = numpy.append(kinds == _RUN_CHAR, False)  # one past the end: no run goes on there
    starts = numpy.flatnonzero(in_run)  # every character of a run begins a token
    if not starts.size:
        return "", starts, starts.astype(bool)
    # each token as three code points: its character, the next one if the run goes on (else a
    # placeholder taken out after), a space
    tokens = numpy.empty((starts.size, 3), dtype=numpy.uint32)
    tokens[:, 0] = codes[starts]
    goes_on = in_run[starts + 1]
    tokens[:, 1] = _NO_CHAR
    tokens[goes_on, 1] = codes[starts[goes_on] + 1]
    tokens[:, 2] = 0x20
    flat = tokens.ravel()
    return flat[flat != _NO_CHAR][:-1].tobytes().decode("utf-32-le"), starts, goes_on


class PassageIndex:
    """A text's :func:`index_text`, and that of any passage of it, cut from the text's own: the
    tokens of a passage are those of the text that begin in it, the last one cut to its first
    character where the passage ends inside a run. A measure's text is a passage of its
    document's, and making each measure's again, one at a time, cost four times the document's."""

    def __init__(self, text: str):
        self.text = text
        self.index, self.starts, self.goes_on = _whole_text_tokens(text)
        # where each token begins in the index: after the tokens before it and a space each
        widths = self.goes_on.astype(numpy.int64) + 2
        self.at = numpy.cumsum(widths) - widths

    def of(self, spans: list[tuple[int, int]]) -> list[str]:
        """:func:`index_text` of ``text[start:end]`` for each ``(start, end)`` of ``spans``."""
        if not spans or not self.starts.size:
            return [""] * len(spans)
        bounds = numpy.array(spans, dtype=numpy.int64).reshape(-1, 2)
        first = self.starts.searchsorted(bounds[:, 0])
        last = self.starts.searchsorted(bounds[:, 1]) - 1  # -1: no token before the end
        some = last >= first
        last = numpy.maximum(last, 0)
        two = self.goes_on[last] & (self.starts[last] + 1 < bounds[:, 1])
        begin = self.at[numpy.minimum(first, self.starts.size - 1)].tolist()
        finish = (self.at[last] + 1 + two).tolist()
        return [self.index[b:e] if ok else "" for b, e, ok in zip(begin, finish, some.tolist())]

    def of_texts(self, passages: list[Optional[str]], near: list[int]) -> list[str]:
        """:func:`index_text` of each of ``passages``: cut from the text's where the text holds it
        (looked for from ``near``, then from its start: its tokens are those of its characters
        alone, wherever it is found), else made again."""
        found = []
        for passage, hint in zip(passages, near):
            at = -1
            if passage:
                at = self.text.find(passage, hint) if 0 <= hint <= len(self.text) else -1
                at = self.text.find(passage) if at < 0 else at
            found.append(at)
        spans = [(at, at + len(passage)) for passage, at in zip(passages, found) if at >= 0]
        cut = iter(self.of(spans))
        return [next(cut) if at >= 0 else index_text(passage) for passage, at in zip(passages, found)]


#: Characters from which index_text makes the whole text at once (measured: the same time both ways
#: at about 160 characters)
WHOLE_TEXT_AT = 256

#: What index_text knows of each code point: 0 not seen yet, _RUN_CHAR a character TOKEN_RUN takes,
#: 2 any other (filled in as characters are first seen, from TOKEN_RUN itself; the pages of the
#: table never touched are never resident).
_CHAR_KINDS = numpy.zeros(0x110000, dtype=numpy.uint8)
_RUN_CHAR = 1
_NO_CHAR = 0xFFFFFFFF  # no code point


def _learn_kinds(codes: list[int]) -> None:
    """The kinds of the code points ``codes``, not seen before, kept in the table."""
    for code in codes:
        _CHAR_KINDS[code] = _RUN_CHAR if TOKEN_RUN.fullmatch(chr(code)) else 2


#: The column whose text holds the others' as a rule (a measure's heading is the first clause of its
#: text; a document's title, number and issuer are printed in its text).
_WHOLE_TEXT = "text"


def indexed_texts(columns: tuple[str, ...], values: list, text_index: Optional[str] = None) -> list[str]:
    """The texts the index holds for a row's ``values`` of ``columns``: each as :func:`index_text`
    makes it, except that a value found inside the row's ``text`` is not indexed again (a search
    finds the row by its text: indexing a heading twice made a quarter of the measures' index).
    ``text_index``: the index text of the ``text`` value, made already (:class:`PassageIndex`)."""
    whole = values[columns.index(_WHOLE_TEXT)] if _WHOLE_TEXT in columns else None
    return [(text_index if text_index is not None else index_text(value)) if column == _WHOLE_TEXT
            else "" if value and whole and str(value) in whole else index_text(value)
            for column, value in zip(columns, values)]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _digest(row_id: str, values: Iterable) -> int:
    """64 bits of the SHA-1 of the index version, the row's id and its indexed values."""
    digest = hashlib.sha1(INDEX_VERSION.encode())
    for value in (row_id, *values):
        digest.update(b"\x1f" + (str(value) if value is not None else "").encode("utf-8", "replace"))
    return int.from_bytes(digest.digest()[:8], "little", signed=True)


def _ensure_fts(conn: sqlite3.Connection, table: str) -> None:
    """The FTS table of ``table`` and the index state, created (or made again, empty, when they
    are not of this version)."""
    fts, columns = INDEXES[table]
    _ensure_state_table(conn)
    wanted = fts_sql(table, fts, columns)
    found = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [fts]).fetchone()
    if found and found[0] == wanted:
        return
    conn.execute(f'DROP TABLE IF EXISTS "{fts}"')
    conn.execute(wanted)
    conn.execute(f"DELETE FROM {STATE_TABLE} WHERE fts_code = ?", [FTS_CODES[fts]])


def _ensure_state_table(conn: sqlite3.Connection) -> None:
    """The state table, as this version makes it: one that names each row's FTS table is
    given codes instead; one of an older version (rows' ids and text digests) is dropped with the
    FTS tables it describes, which are then made again."""
    found = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [STATE_TABLE]).fetchone()
    if found and found[0] == NAMED_STATE_TABLE_SQL:
        for sql in state_table_migration():
            conn.execute(sql)
    elif found and found[0] != STATE_TABLE_SQL.replace(" IF NOT EXISTS", ""):
        conn.execute(f"DROP TABLE {STATE_TABLE}")
        for fts, _ in INDEXES.values():
            conn.execute(f'DROP TABLE IF EXISTS "{fts}"')
    conn.execute(STATE_TABLE_SQL)
    found = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [CODES_VIEW]).fetchone()
    if not found or found[0] != CODES_VIEW_SQL:
        conn.execute(f"DROP VIEW IF EXISTS {CODES_VIEW}")
        conn.execute(CODES_VIEW_SQL)


def _state(conn: sqlite3.Connection, fts: str, rowids: list[int]) -> dict[int, int]:
    """indexed rowid -> digest, for those of ``rowids`` that ``fts`` holds."""
    found: dict[int, int] = {}
    for part, marks in _in_chunks(rowids):
        found.update(conn.execute(
            f"SELECT indexed_rowid, digest FROM {STATE_TABLE} WHERE fts_code = ? AND indexed_rowid IN ({marks})",
            [FTS_CODES[fts], *part]))
    return found


def _reset(conn: sqlite3.Connection, fts: str) -> None:
    """Empty the index of ``fts`` (its rows are all indexed again by :func:`build_search_index`)."""
    conn.execute(f"INSERT INTO \"{fts}\" (\"{fts}\") VALUES ('delete-all')")
    conn.execute(f"DELETE FROM {STATE_TABLE} WHERE fts_code = ?", [FTS_CODES[fts]])
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [EDITS_TABLE]).fetchone():
        conn.execute(f"DELETE FROM {EDITS_TABLE} WHERE fts = ?", [fts])


def _index(conn: sqlite3.Connection, fts: str, columns: tuple[str, ...], entries: list[tuple]) -> None:
    """Index ``(rowid, id, digest, index_text values…)`` entries (rows not indexed yet)."""
    names = ", ".join(f'"{c}"' for c in columns)
    conn.executemany(f'INSERT INTO "{fts}" (rowid, {names}) VALUES (?, {", ".join("?" for _ in columns)})',
                     [(entry[0], *entry[3:]) for entry in entries])
    conn.executemany(f"INSERT INTO {STATE_TABLE} (fts_code, indexed_rowid, digest) VALUES (?, ?, ?)",
                     [(FTS_CODES[fts], entry[0], entry[2]) for entry in entries])


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
        if state[rowid] != _digest(row_id, values):
            _reset(conn, fts)  # changed by hand since it was indexed: what to remove is unknown
            return
        conn.execute(delete, [rowid, *indexed_texts(columns, values)])
    for part, marks in _in_chunks(list(state)):
        conn.execute(f"DELETE FROM {STATE_TABLE} WHERE fts_code = ? AND indexed_rowid IN ({marks})",
                     [FTS_CODES[fts], *part])


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
    FTS tables: table -> ``(id, digest, indexed column values…)``. Runs in the build's workers.
    Each document's text is made into index tokens once (:class:`PassageIndex`): its measures'
    texts, passages of it, are cut from it."""
    documents = {row["id"]: PassageIndex(row["text"]) for row in rows.get("documents", ()) if row.get("text")}
    out: dict[str, list[tuple]] = {}
    for table, (_, columns) in INDEXES.items():
        table_rows = rows.get(table, ())
        text_indexes = _text_indexes(table_rows, documents) if _WHOLE_TEXT in columns else [None] * len(table_rows)
        out[table] = [
            (row["id"], _digest(row["id"], values), *indexed_texts(columns, values, text_index))
            for row, text_index in zip(table_rows, text_indexes)
            for values in [[row.get(column) for column in columns]]
        ]
    return out


def _text_indexes(rows: list[dict], documents: dict[str, PassageIndex]) -> list[Optional[str]]:
    """:func:`index_text` of each row's ``text``, cut from its document's (``None``: no document to
    cut it from): a document's own is its index; a measure's, a passage of it near its
    ``text_start``."""
    found: list[Optional[str]] = [None] * len(rows)
    passages: dict[str, list[int]] = {}  # document id -> the rows whose text is a passage of it
    for k, row in enumerate(rows):
        document = documents.get(row.get("document_id", row["id"]))
        if document is None or not row.get("text"):
            continue
        if row["text"] is document.text:
            found[k] = document.index
        else:
            passages.setdefault(row.get("document_id", row["id"]), []).append(k)
    for document_id, ks in passages.items():
        cut = documents[document_id].of_texts([rows[k]["text"] for k in ks],
                                              [rows[k].get("text_start") or 0 for k in ks])
        for k, index in zip(ks, cut):
            found[k] = index
    return found


#: Index entries wait in the client until this many documents have some, then go into the FTS
#: tables in one statement per table: FTS5 writes its pending terms out at every savepoint (the
#: build has one per file), which made writing them with each file three times as costly.
STORE_EVERY = 64


#: The characters of index text held back (:func:`store_indexed` with ``hold``) at most, about
#: 2 bytes each: past it, a likely copy's entries are written like the others' (and taken out again
#: if it is one), so that a corpus of many copies does not hold its index in memory.
HELD_CHARACTERS = 16_000_000


_waiting: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # database -> index entries
_held: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # database -> [characters, entries]


def store_indexed(db, indexed: dict[str, list[tuple]], hold: bool = False) -> None:
    """Keep the entries of :func:`index_rows` of a document just stored in ``db`` (the build's
    ``sqlite_utils.Database``) for the FTS tables, and write what waits every :data:`STORE_EVERY`
    documents; :func:`build_search_index` writes the rest. Entries that never get written (a build
    killed, a file's transaction rolled back after them) are made by :func:`build_search_index`
    like those of an older database.

    ``hold``: the document may be a copy of another (``store``: it shares a 文号 or a body digest
    with one): its entries wait until :func:`write_held` (``build_search_index``, after the copies
    step), which drops those of the copies set aside then: a copy's entries written with it were
    taken out of the index again by the copies step (FTS5 ``delete``: every token of the document
    looked up again), a third of the client's time in the corpus steps when a fifth of the corpus
    was copies."""
    try:
        waiting = _waiting.setdefault(db, [])
    except TypeError:  # a plain connection: write now
        _write_indexed(_connection_of(db), [indexed])
        return
    if hold and _hold(db, indexed):
        return
    waiting.append(indexed)
    if len(waiting) >= STORE_EVERY:
        _store_waiting(db)


def _hold(db, indexed: dict[str, list[tuple]]) -> bool:
    """Hold ``indexed`` back for :func:`write_held`, if :data:`HELD_CHARACTERS` leaves room."""
    held = _held.setdefault(db, [0, []])
    characters = sum(len(text or "") for entries in indexed.values() for entry in entries for text in entry[2:])
    if held[0] + characters > HELD_CHARACTERS:
        return False
    held[0] += characters
    held[1].append(indexed)
    return True


def write_held(db) -> None:
    """Write the entries :func:`store_indexed` held back and those waiting (the entries of rows no
    longer stored, the copies set aside meanwhile, are dropped)."""
    if not _is_weakrefable(db):
        return  # a path: no build wrote through it
    held = _held.pop(db, None)
    waiting = _waiting.pop(db, None) or []
    if held or waiting:
        with _connection_of(db) as conn:
            _write_indexed(conn, waiting + (held[1] if held else []))


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


#: FTS5's ``automerge`` setting (its default): how many segments of a level are merged as rows are
#: written. A build into an empty database sets it to 0 while it writes its files (FTS5 still merges
#: when a level holds ``crisismerge`` segments) and merges each index into one at its end
#: (``pipeline.corpus.search.merge_segments``): the merging of segments the optimize makes again
#: took a fifth of the client's writing of the index (500 generated notices: 0.48 to 0.58 CPU-s
#: against 0.63 to 0.86, the optimize 0.07 either way).
AUTOMERGE = 4


def pause_merging(conn: sqlite3.Connection) -> None:
    """No automatic merging of the FTS tables' segments (a build into an empty database, which
    merges them at its end): :func:`resume_merging` undoes it."""
    with conn:
        for table in INDEXES:
            _ensure_fts(conn, table)
            _set_automerge(conn, INDEXES[table][0], 0)


def resume_merging(conn: sqlite3.Connection) -> None:
    """FTS5's automatic merging back, where :func:`pause_merging` (of this build, or of a build
    that was stopped) left it off."""
    for fts, _ in INDEXES.values():
        config = f"{fts}_config"
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [config]).fetchone():
            continue
        found = conn.execute(f"SELECT v FROM \"{config}\" WHERE k = 'automerge'").fetchone()
        if found and found[0] != AUTOMERGE:
            _set_automerge(conn, fts, AUTOMERGE)


def _set_automerge(conn: sqlite3.Connection, fts: str, value: int) -> None:
    conn.execute(f'INSERT INTO "{fts}" ("{fts}", rank) VALUES (\'automerge\', ?)', [value])


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
