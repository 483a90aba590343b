"""Write one file's rows into the database in one transaction, replacing what that file left before.

Writing is the one part of a build that never runs in parallel (the client writes what the workers
send), so it is kept cheap: WAL journal with ``synchronous=NORMAL`` (a commit appends to the WAL
without waiting for the disk; a crash loses at most the last commits, never a file's integrity), one
prepared ``INSERT`` per table run with ``executemany`` instead of sqlite-utils' per-call table
introspection (under 1 ms per file, where introspection took about 10 ms), and the path → sha256 map of ``sources``
read once per build instead of one query per file.
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import time
import weakref
from contextlib import contextmanager
from typing import Iterator, Optional

import sqlite_utils

from pipeline.ingest.search_index import forget_documents, store_indexed
from schema.measures import stored_row
from schema.tables import DOCUMENT_CHILD_TABLES

ITEM_TABLES = ("assignments", "deadlines", "targets", "citations", "lifecycle_statements")


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def stored_sources(db: sqlite_utils.Database) -> dict[str, str]:
    """Every stored file: path → sha256 of the bytes it was built from (one query for the build)."""
    return dict(db.execute("SELECT path, sha256 FROM sources").fetchall())


# --------------------------------------------------------------------------------------------
# prepared statements


#: Values SQLite stores as they are; the workers send only these (``process`` encodes lists as JSON).
PLAIN_TYPES = frozenset({str, int, float, bool, bytes, type(None)})


def _value(value: object) -> object:
    """What sqlite-utils would store: lists, tuples and dicts as JSON."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


class _Statements:
    """The columns of each table and the SQL to insert into it, looked up once per connection."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = weakref.proxy(db)  # the registry below is keyed weakly by ``db``: no strong cycle
        self.columns: dict[str, tuple[str, ...]] = {}
        self.sql: dict[tuple, str] = {}

    def table_columns(self, table: str) -> tuple[str, ...]:
        if table not in self.columns:
            self.columns[table] = tuple(row[1] for row in self.db.execute(f"PRAGMA table_info([{table}])"))
        return self.columns[table]

    def insert(self, table: str, rows: list[dict], conflict: str = "", pk: tuple[str, ...] = ()) -> None:
        """``rows`` into ``table``; a key the table has no column for adds the column (as sqlite-utils'
        ``alter=True`` does). ``conflict``: "" (plain insert), "ignore" or "update" (upsert on ``pk``:
        the columns the rows give are updated, the others kept, as sqlite-utils' ``upsert`` does)."""
        if not rows:
            return
        keys = set().union(*rows)
        if not keys <= set(self.table_columns(table)):
            self.db[table].add_missing_columns(rows)
            self.columns.pop(table)
        columns = tuple(c for c in self.table_columns(table) if c in keys)
        key = (table, conflict, columns)
        sql = self.sql.get(key)
        if sql is None:
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            verb = "INSERT OR IGNORE" if conflict == "ignore" else "INSERT"
            sql = f"{verb} INTO [{table}] ({names}) VALUES ({marks})"
            updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in pk)
            if conflict == "update" and updates:
                sql += f" ON CONFLICT ({', '.join(f'[{c}]' for c in pk)}) DO UPDATE SET {updates}"
            elif conflict == "update":
                sql = sql.replace("INSERT", "INSERT OR IGNORE", 1)
            self.sql[key] = sql
        values = [tuple(map(row.get, columns)) for row in rows]
        if not {type(value) for row in values for value in row} <= PLAIN_TYPES:
            values = [tuple(map(_value, row)) for row in values]
        self.db.conn.executemany(sql, values)


_STATEMENTS: "weakref.WeakKeyDictionary[sqlite_utils.Database, _Statements]" = weakref.WeakKeyDictionary()


def _statements(db: sqlite_utils.Database) -> _Statements:
    found = _STATEMENTS.get(db)
    if found is None:
        found = _STATEMENTS[db] = _Statements(db)
    return found


# --------------------------------------------------------------------------------------------
# whether the corpus-wide steps (citation resolution, alignments …) have seen the last write
#
# Kept in SQLite's ``user_version`` header field (no table to show in Datasette): 0 for a database
# that never recorded it, _STEPS_PENDING from the transaction that writes a file until the steps
# complete, _STEPS_DONE after. A build that stores nothing skips the steps only on _STEPS_DONE, so a
# build killed after its files and before its steps has them run by the next build.

_STEPS_PENDING, _STEPS_DONE = 1, 2


def _mark_corpus_steps_pending(conn: sqlite3.Connection) -> None:
    """In the file's transaction (rolled back with it). Writing the header field costs more than
    reading it, and after the first file of a batch it holds the value already."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != _STEPS_PENDING:
        conn.execute(f"PRAGMA user_version = {_STEPS_PENDING}")


def corpus_steps_pending(db: sqlite_utils.Database) -> bool:
    return db.execute("PRAGMA user_version").fetchone()[0] != _STEPS_DONE


def mark_corpus_steps_done(db: sqlite_utils.Database) -> None:
    with db.conn:
        db.conn.execute(f"PRAGMA user_version = {_STEPS_DONE}")


# --------------------------------------------------------------------------------------------
# one file


def _delete_documents_of(db: sqlite_utils.Database, path: str) -> None:
    conn = db.conn
    # the copies this file carried go with it (their rows are held in document_copies alone); the
    # documents they were copies of stay, and the corpus-wide step recognises copies again
    conn.execute("DELETE FROM document_copies WHERE source_path = ?", [path])
    ids = [row[0] for row in conn.execute("SELECT id FROM documents WHERE source_path = ?", [path])]
    if not ids:
        return  # a new file: nothing to replace
    marks = ", ".join("?" for _ in ids)
    forget_documents(conn, ids)  # out of the search index while their indexed values are at hand
    for table in DOCUMENT_CHILD_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", ids)
    # citations elsewhere that pointed at these documents are resolved again after the build
    conn.execute(f"UPDATE citations SET cited_document_id = NULL WHERE cited_document_id IN ({marks})", ids)
    # and so are the repeals among them (the lifecycle step sets repealed_by and status again)
    conn.execute(f"UPDATE documents SET repealed_by = NULL WHERE repealed_by IN ({marks})", ids)
    conn.execute("DELETE FROM documents WHERE source_path = ? AND parent_id IS NOT NULL", [path])
    conn.execute("DELETE FROM documents WHERE source_path = ?", [path])


def _write_rows(db: sqlite_utils.Database, result: dict) -> int:
    statements = _statements(db)
    source = result["source"]
    _mark_corpus_steps_pending(db.conn)
    _delete_documents_of(db, source["path"])
    # The same bytes stored under another path: the build only processes them again when that path
    # is gone (a moved or renamed file), so its rows, which carry the same ids, go.
    for (moved,) in db.conn.execute("SELECT path FROM sources WHERE sha256 = ? AND path != ?",
                                    [source["sha256"], source["path"]]).fetchall():
        _delete_documents_of(db, moved)
        db.conn.execute("DELETE FROM sources WHERE path = ?", [moved])
    for rows in result["documents"]:
        statements.insert("documents", rows["documents"])
        # the measures view reads each text and heading from documents.text (schema/measures.py)
        statements.insert("measure_rows", [stored_row(m) for m in rows["measures"]])
        statements.insert("units", list(rows["units"].values()), conflict="update", pk=("id",))
        statements.insert("unit_aliases", rows["unit_aliases"], conflict="ignore")
        for table in ITEM_TABLES:
            statements.insert(table, rows[table])
        statements.insert("document_shingles", rows.get("document_shingles", []))
        if rows.get("search"):  # the full-text index rows the worker prepared (pipeline.corpus.search)
            store_indexed(db, rows["search"], hold=_may_be_a_copy(db.conn, rows["documents"]))
    statements.insert(
        "sources",
        [{"path": source["path"], "sha256": source["sha256"], "format": source["format"],
          "documents": len(result["documents"]), "ingested_at": now()}],
        conflict="update", pk=("path",),
    )
    db.conn.execute("DELETE FROM ingest_errors WHERE path = ?", [source["path"]])
    return len(result["documents"])


# A document stored with a 文号 or a body digest another document or kept copy has: the copies step
# (pipeline.corpus.copies) compares those alone. Each lookup is one of the tables' indexes.
_SHARED_KEY_SQL = """
SELECT EXISTS (SELECT 1 FROM documents WHERE doc_number = :number AND id != :id)
    OR EXISTS (SELECT 1 FROM documents WHERE text_digest = :digest AND :digest != '' AND id != :id)
    OR EXISTS (SELECT 1 FROM document_copies WHERE doc_number = :number)
    OR EXISTS (SELECT 1 FROM document_copies WHERE text_digest = :digest AND :digest != '')"""


def _may_be_a_copy(conn: sqlite3.Connection, documents: list[dict]) -> bool:
    """Whether the document just stored may be recognised as a copy by the copies step: its search
    index entries are then held back until that step has run (``store_indexed``)."""
    return any(conn.execute(_SHARED_KEY_SQL, {"id": row["id"], "number": row.get("doc_number"),
                                              "digest": row.get("text_digest")}).fetchone()[0]
               for row in documents)


def _record_error(db: sqlite_utils.Database, path: str, error: str) -> None:
    # Nothing already stored is lost: a file that was read before and is now unreadable keeps the
    # documents of its last good version, and the error says so.
    stored = db.conn.execute("SELECT ingested_at FROM sources WHERE path = ?", [path]).fetchone()
    if stored:
        error = f"{error.rstrip()} The version stored on {stored[0]} is kept."
    _statements(db).insert("ingest_errors", [{"path": path, "error": error, "at": now()}],
                           conflict="update", pk=("path",))


def sources_gone(db: sqlite_utils.Database, folders: list[str]) -> list[str]:
    """The stored files inside ``folders`` (the folders a build was given) that are no longer there
    (moved, renamed or deleted). Files elsewhere are not this build's to judge: a database may hold
    several folders, built one at a time, and a relative path stored from another working directory
    does not exist from this one."""
    from pathlib import Path

    prefixes = tuple(str(Path(folder)).rstrip(os.sep) + os.sep for folder in folders)
    if not prefixes:
        return []
    return [path for (path,) in db.execute("SELECT path FROM sources ORDER BY path").fetchall()
            if path.startswith(prefixes) and not os.path.exists(path)]


def prune_sources(db: sqlite_utils.Database, paths: list[str]) -> int:
    """Remove the files ``paths`` from the database, in one transaction: their documents with every
    row that belongs to them (measures, items, shingles, search entries) and their ``sources`` and
    ``ingest_errors`` rows. The corpus-wide steps, marked pending here, then drop the graph nodes
    and alignments of the documents gone. The number of documents removed."""
    conn = db.conn
    folders = {os.path.dirname(path) for path in paths}  # errors of files gone from the same folders
    errors_gone = [path for (path,) in conn.execute("SELECT path FROM ingest_errors")
                   if os.path.dirname(path) in folders and not os.path.exists(path)]
    conn.execute("BEGIN")
    with conn:  # committed, or rolled back on any error
        removed = 0
        _mark_corpus_steps_pending(conn)
        for path in errors_gone:
            conn.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
        for path in paths:
            removed += conn.execute("SELECT (SELECT count(*) FROM documents WHERE source_path = ?) + "
                                    "(SELECT count(*) FROM document_copies WHERE source_path = ?)",
                                    [path, path]).fetchone()[0]
            _delete_documents_of(db, path)
            conn.execute("DELETE FROM sources WHERE path = ?", [path])
            conn.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
    return removed


class BatchWriter:
    """Writes files as they come, several files per transaction, each file still all or nothing.

    Every file is written inside its own savepoint: if writing it fails, the savepoint is rolled back
    and the files before it in the transaction are kept. The transaction is committed every
    ``max_files`` files or ``max_seconds`` seconds (and on ``close``), so a killed build loses at most
    the files of the last open transaction, which a re-run processes again. A commit in WAL mode
    with ``synchronous=NORMAL`` is cheap; grouping saves the rest of the per-commit cost (WAL frame
    headers, the checkpoint check) on a corpus of many small files.

    While it writes, the connection keeps its temporary files in memory (``temp_store=MEMORY``): a
    savepoint copies each page it changes first (the page as the savepoint found it, for its
    rollback) into a statement journal, which SQLite spills to a temporary file past 64 KB, as a
    file's rows do, at every file (500 generated notices written: 55,460 ``pwrite`` calls, 35,000 of
    them to that file; 20,236 kept in memory, the same rows). The journal holds at most the pages
    one file changes; the setting is put back on ``close``, before the corpus-wide steps make their
    large temporary tables.
    """

    def __init__(self, db: sqlite_utils.Database, max_files: int = 64, max_seconds: float = 1.0):
        self.db, self.max_files, self.max_seconds, self._clock = db, max_files, max_seconds, time.monotonic
        self.pending = 0
        self.opened = 0.0
        self._temp_store = db.conn.execute("PRAGMA temp_store").fetchone()[0]
        db.conn.execute("PRAGMA temp_store = MEMORY")

    def _begin(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")
            self.opened = self._clock()
            self.pending = 0

    def write(self, result: dict) -> int:
        return self._guarded(_write_rows, result)

    def error(self, path: str, message: str) -> None:
        self._guarded(_record_error, path, message)

    def _guarded(self, write, *args):
        self._begin()
        conn = self.db.conn
        conn.execute("SAVEPOINT notices_file")
        try:
            value = write(self.db, *args)
        except BaseException:
            conn.execute("ROLLBACK TO notices_file")
            conn.execute("RELEASE notices_file")
            raise
        conn.execute("RELEASE notices_file")
        self.pending += 1
        if self.pending >= self.max_files or self._clock() - self.opened >= self.max_seconds:
            self.commit()
        return value

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.commit()
        self.pending = 0

    def close(self) -> None:
        self.commit()
        self.db.conn.execute(f"PRAGMA temp_store = {int(self._temp_store)}")

    def __enter__(self) -> "BatchWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

