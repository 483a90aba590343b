"""Connections to the database: opened for a build (WAL, the schema created), or borrowed from
whatever a caller holds (a path, a sqlite3 connection, a sqlite_utils Database)."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

import sqlite_utils

from schema.tables import create_tables


@contextmanager
def connected(db) -> Iterator[sqlite3.Connection]:
    """A connection to ``db``: a sqlite3 connection, a sqlite_utils Database or a path (opened and
    closed here)."""
    if isinstance(db, sqlite3.Connection):
        yield db
    elif hasattr(db, "conn"):  # sqlite_utils.Database
        yield db.conn
    else:
        conn = sqlite3.connect(str(db))
        try:
            yield conn
        finally:
            conn.close()


#: Values bound in one ``IN (…)`` (well under SQLite's limit on parameters).
IN_CHUNK = 500


def in_chunks(values: list) -> Iterator[tuple[list, str]]:
    """``values`` in chunks of :data:`IN_CHUNK`, each with its ``?, ?, …`` placeholders."""
    for start in range(0, len(values), IN_CHUNK):
        part = values[start:start + IN_CHUNK]
        yield part, ", ".join("?" for _ in part)


def open_database(path: str, fresh: bool = False) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path, recreate=fresh)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")  # 64 MB of page cache for the index updates
    create_tables(db)
    return db
