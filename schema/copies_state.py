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


def create_copies_seen(conn: sqlite3.Connection) -> None:
    """Create the table when missing."""
    columns = ", ".join(f'"{name}"{" PRIMARY KEY" if name == "id" else ""}' for name in SEEN_COLUMNS)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {SEEN_TABLE} ({columns})")
