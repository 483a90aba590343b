"""The ``copies_seen`` table: what the copies step (``pipeline.corpus.copies``) last looked at, one
row per document or kept copy: which table held it and under which rowid (a document stored again,
its file re-read, gets another), and the values that join it to others (its file, 文号 and body
digest), for finding what it touched once it is gone. The next run compares the tables with it and
works out again only the notices the new, changed or removed documents can touch; without it (a
database from before it, or emptied) every notice is worked out again. An extension, not a table
people read."""

from __future__ import annotations

import sqlite3

SEEN_TABLE = "copies_seen"

#: ``held_in``: "documents" or "document_copies"; ``row``: its rowid there.
SEEN_COLUMNS = ("id", "held_in", "row", "source_path", "embedded", "doc_number", "text_digest")

#: The files as ``sources`` held them at the last run: a file stored again (moved, its documents
#: keeping their ids under another path) shows by its row, whatever rowids its documents got.
SEEN_SOURCES_TABLE = "copies_seen_sources"
SEEN_SOURCES_COLUMNS = ("path", "sha256", "ingested_at")


def create_copies_seen(conn: sqlite3.Connection) -> None:
    """Create the tables when missing."""
    columns = ", ".join(f'"{name}"{" PRIMARY KEY" if name == "id" else ""}' for name in SEEN_COLUMNS)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {SEEN_TABLE} ({columns})")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {SEEN_SOURCES_TABLE} (path PRIMARY KEY, sha256, ingested_at)")
