"""The stored shingles indexed by shingle (``schema.shingles.SHINGLE_INDEX``): the documents that
have a few shingles (those of a document added or removed) are looked up in it, where finding them
meant reading every document's shingles (4–6 s at 30,000 notices, whatever was added).

The index is derived from ``document_shingles`` and brought up to date by :func:`synced` before each
search for copied text: the documents stored since are added to it, those deleted since taken out
(by their shingles, which a trigger saves as their row goes; by reading the whole index when they
were not saved). Document ids name a content (``pipeline.ingest.rows.document_id``): a document
kept under its id keeps its shingles, so the ids tell what changed.

It is kept only while the corpus stores :data:`KEEP_FROM_ENTRIES` shingles or more
(:func:`worth_keeping`); a smaller corpus reads every document's shingles, which costs less than
the index's room."""

from __future__ import annotations

import sqlite3
from typing import Mapping, Optional

import numpy as np

from pipeline.ingest.database import in_chunks
from schema.shingles import (REUSE_GONE, REUSE_TABLES_SQL, SHINGLE_INDEX, SHINGLE_INDEX_DOCUMENTS,
                             SHINGLE_INDEX_GONE_TRIGGER_SQL, SHINGLE_INDEX_SQL)

#: The stored shingle entries from which the index is kept. It takes about 15 bytes an entry where
#: ``document_shingles`` takes 8, and it saves reading every document's shingles (about 0.1 s CPU a
#: million entries): on the 1,564 laws (1.1 million entries) it would add 16.7 MB, two thirds of
#: their text, to save a tenth of a second; at 30,000 notices (12 million) it saves seconds an add
#: for 58 MB of 3 GB.
KEEP_FROM_ENTRIES = 4_000_000
#: Index entries taken in per batch when many documents come in at once (a first build).
ENTRIES_PER_BATCH = 1_000_000
#: Shingles per look-up statement (SQLite allows 32,766 variables).
SHINGLES_PER_QUERY = 5_000
#: A document's key as the index's rows hold it.
KEY = np.dtype("<u4")


def worth_keeping(conn: sqlite3.Connection) -> bool:
    """Whether the corpus stores enough shingles for the index to pay for its room (the index's own
    count when it is kept: reading every row's length costs what the index saves)."""
    if conn.execute(f"SELECT 1 FROM sqlite_master WHERE name = '{SHINGLE_INDEX_DOCUMENTS}'").fetchone():
        entries = conn.execute(f"SELECT coalesce(sum(shingles), 0) FROM {SHINGLE_INDEX_DOCUMENTS}").fetchone()[0]
        # (the ids found on the index of document_shingles, then only their rows read: a scan of
        # the table read every row, 120 MB at 30,000 notices, to find the one added)
        added = conn.execute(f"SELECT coalesce(sum(length(hashes)), 0) / 8 FROM document_shingles WHERE document_id "
                             f"IN (SELECT document_id FROM document_shingles WHERE document_id "
                             f"NOT IN (SELECT id FROM {SHINGLE_INDEX_DOCUMENTS}))").fetchone()[0]
        return entries + added >= KEEP_FROM_ENTRIES
    entries = conn.execute("SELECT coalesce(sum(length(hashes)), 0) / 8 FROM document_shingles").fetchone()[0]
    return entries >= KEEP_FROM_ENTRIES


def dropped(conn: sqlite3.Connection) -> None:
    """Remove the index (the corpus has shrunk below :data:`KEEP_FROM_ENTRIES`, or never reached it)."""
    conn.execute("DROP TRIGGER IF EXISTS shingle_index_gone")
    for table in SHINGLE_INDEX_SQL:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def synced(conn: sqlite3.Connection) -> None:
    """Bring the index up to date with ``document_shingles`` (the caller commits)."""
    for sql in (*SHINGLE_INDEX_SQL.values(), REUSE_TABLES_SQL[REUSE_GONE], SHINGLE_INDEX_GONE_TRIGGER_SQL):
        conn.execute(sql)
    # (ids only: the index of document_shingles answers without reading a row's shingles)
    gone = [doc for (doc,) in conn.execute(
        f"SELECT id FROM {SHINGLE_INDEX_DOCUMENTS} WHERE id NOT IN (SELECT document_id FROM document_shingles)")]
    added = [doc for (doc,) in conn.execute(
        f"SELECT document_id FROM document_shingles WHERE document_id NOT IN (SELECT id FROM {SHINGLE_INDEX_DOCUMENTS})")]
    if gone:
        _take_out(conn, gone)
    if added:
        _put_in(conn, added)


def _take_out(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Remove the documents ``ids`` and their entries from the index."""
    keys: dict[str, int] = {}
    saved: dict[str, bytes] = {}
    for part, marks in in_chunks(ids):
        keys.update(conn.execute(f"SELECT id, key FROM {SHINGLE_INDEX_DOCUMENTS} WHERE id IN ({marks})", part))
        saved.update(conn.execute(f"SELECT id, hashes FROM {REUSE_GONE} WHERE id IN ({marks}) "
                                  "AND hashes IS NOT NULL", part))
    entries = [(np.frombuffer(hashes, dtype="<u8"), keys[doc]) for doc, hashes in saved.items()]
    _change(conn, _grouped(entries), adding=False)
    unsaved = np.array(sorted(keys[doc] for doc in ids if doc not in saved), dtype=KEY)
    if len(unsaved):  # their shingles unknown: every row is read
        rows = conn.execute(f"SELECT shingle, documents FROM {SHINGLE_INDEX}").fetchall()
        changed = [(shingle, np.setdiff1d(np.frombuffer(documents, dtype=KEY), unsaved).tobytes())
                   for shingle, documents in rows if np.isin(np.frombuffer(documents, dtype=KEY), unsaved).any()]
        _write(conn, changed)
    for part, marks in in_chunks(ids):
        conn.execute(f"DELETE FROM {SHINGLE_INDEX_DOCUMENTS} WHERE id IN ({marks})", part)


def _put_in(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Add the documents ``ids`` (rows of ``document_shingles``) and their entries to the index."""
    entries: list[tuple[np.ndarray, int]] = []
    size = 0
    for part, marks in in_chunks(ids):
        conn.execute(f"INSERT INTO {SHINGLE_INDEX_DOCUMENTS} (id, shingles) SELECT document_id, length(hashes) / 8 "
                     f"FROM document_shingles WHERE document_id IN ({marks})", part)
        for key, blob in conn.execute(
                f"SELECT k.key, s.hashes FROM document_shingles s JOIN {SHINGLE_INDEX_DOCUMENTS} k "
                f"ON k.id = s.document_id WHERE s.document_id IN ({marks}) AND s.hashes IS NOT NULL", part):
            entries.append((np.frombuffer(blob, dtype="<u8"), key))
            size += len(blob) // 8
            if size >= ENTRIES_PER_BATCH:
                _change(conn, _grouped(entries), adding=True)
                entries, size = [], 0
    _change(conn, _grouped(entries), adding=True)


def _grouped(entries: list[tuple[np.ndarray, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct shingles, sorted; where each one's keys start in the next; the keys), from
    (shingles, document key) pairs."""
    shingle = np.concatenate([np.zeros(0, dtype=np.uint64), *(hashes for hashes, _ in entries)])
    key = np.repeat(np.array([key for _, key in entries], dtype=KEY), [len(hashes) for hashes, _ in entries])
    order = np.lexsort((key, shingle))
    shingle, key = shingle[order], key[order]
    starts = np.flatnonzero(np.r_[True, shingle[1:] != shingle[:-1]]) if len(shingle) else np.zeros(0, dtype=np.int64)
    return shingle[starts], starts, key


def _change(conn: sqlite3.Connection, grouped: tuple, adding: bool) -> None:
    """Add the keys of ``grouped`` (:func:`_grouped`) to their shingles' rows, or take them out."""
    shingles, starts, keys = grouped
    ends = np.r_[starts[1:], len(keys)] * KEY.itemsize
    starts = starts * KEY.itemsize
    packed = keys.astype(KEY).tobytes()
    for first in range(0, len(shingles), SHINGLES_PER_QUERY):
        part = shingles[first:first + SHINGLES_PER_QUERY]
        held = dict(_rows_with(conn, part))
        rows = []
        for at, shingle in enumerate(part.tolist(), first):
            mine, before = packed[starts[at]:ends[at]], held.get(shingle)
            if before is None:  # (a new shingle: most of them, in a first build)
                rows.append((shingle, mine if adding else b""))
            elif adding and _last_key(before) < _first_key(mine):
                # keys after those held (a document added gets the highest key): appended, not sorted
                # again with them (0.15 CPU-s of adding one notice to 30,000)
                rows.append((shingle, before + mine))
            elif adding:
                rows.append((shingle, np.union1d(np.frombuffer(before, dtype=KEY), np.frombuffer(mine, dtype=KEY)).tobytes()))
            else:
                rows.append((shingle, _without(np.frombuffer(before, dtype=KEY), np.frombuffer(mine, dtype=KEY)).tobytes()))
        _write(conn, rows)


def _without(held: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """``np.setdiff1d(held, keys)``: a row's keys but ``keys``. A row holds its keys sorted, each once,
    so those of ``keys`` are only taken out, not the row sorted again (setdiff1d's sort of rows of
    thousands of keys was most of removing one notice from the index at 30,000)."""
    if len(held) > 1 and not (held[1:] > held[:-1]).all():  # (never, as the rows are written)
        return np.setdiff1d(held, keys)
    return held[~np.isin(held, keys)]


def _first_key(packed: bytes) -> int:
    return int.from_bytes(packed[:KEY.itemsize], "little")


def _last_key(packed: bytes) -> int:
    return int.from_bytes(packed[-KEY.itemsize:], "little")


def _write(conn: sqlite3.Connection, rows: list[tuple[int, bytes]]) -> None:
    """Rows of the index (a shingle and its documents' keys, packed); one with no keys is deleted."""
    conn.executemany(f"INSERT OR REPLACE INTO {SHINGLE_INDEX} VALUES (?, ?)", [row for row in rows if row[1]])
    conn.executemany(f"DELETE FROM {SHINGLE_INDEX} WHERE shingle = ?", [(shingle,) for shingle, keys in rows if not keys])


def _rows_with(conn: sqlite3.Connection, shingles: np.ndarray):
    """(shingle, documents blob) of the rows of ``shingles`` (at most :data:`SHINGLES_PER_QUERY`)."""
    values = shingles.astype(np.int64).tolist()
    return conn.execute(f"SELECT shingle, documents FROM {SHINGLE_INDEX} WHERE shingle IN "
                        f"({', '.join('?' * len(values))})", values) if values else iter(())


def key_numbers(conn: sqlite3.Connection, numbers: str) -> np.ndarray:
    """The number in the table ``numbers`` (n, id) of each indexed document, by its key (-1 if none)."""
    number_of = np.full(_top_key(conn) + 1, -1, dtype=np.int64)
    for key, number in conn.execute(f"SELECT k.key, r.n FROM {SHINGLE_INDEX_DOCUMENTS} k JOIN {numbers} r ON r.id = k.id"):
        number_of[key] = number
    return number_of


def numbers_by_key(conn: sqlite3.Connection, number: Mapping[str, int]) -> np.ndarray:
    """The number (``number``: id -> number) of each indexed document, by its key (-1 if none): what
    :func:`key_numbers` gives, from numbers held in memory."""
    rows = conn.execute(f"SELECT key, id FROM {SHINGLE_INDEX_DOCUMENTS}").fetchall()
    keys = np.fromiter((key for key, _ in rows), dtype=np.int64, count=len(rows))
    number_of = np.full(int(keys.max(initial=0)) + 1, -1, dtype=np.int64)
    number_of[keys] = np.fromiter((number.get(doc, -1) for _, doc in rows), dtype=np.int64, count=len(rows))
    return number_of


def entries_with(conn: sqlite3.Connection, wanted: np.ndarray, numbers: Optional[str] = None,
                 number_of: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, positions in ``wanted``): an entry per shingle of ``wanted`` (sorted, distinct)
    that an indexed document numbered in the table ``numbers`` (n, id) has. ``number_of``: the
    :func:`key_numbers` of ``numbers`` (or :func:`numbers_by_key`), when the caller keeps it for several
    look-ups."""
    if number_of is None:
        number_of = key_numbers(conn, numbers)
    shingles: list[int] = []
    blobs: list[bytes] = []
    for start in range(0, len(wanted), SHINGLES_PER_QUERY):
        for shingle, documents in _rows_with(conn, wanted[start:start + SHINGLES_PER_QUERY]):
            shingles.append(shingle)
            blobs.append(documents)
    keys = np.frombuffer(b"".join(blobs), dtype=KEY)
    position = np.searchsorted(wanted, np.array(shingles, dtype=np.int64).astype(np.uint64))
    position = np.repeat(position, [len(blob) // KEY.itemsize for blob in blobs])
    owner = number_of[keys]
    return owner[owner >= 0], position[owner >= 0].astype(np.int64)


def _top_key(conn: sqlite3.Connection) -> int:
    return conn.execute(f"SELECT coalesce(max(key), 0) FROM {SHINGLE_INDEX_DOCUMENTS}").fetchone()[0]
