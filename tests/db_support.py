"""Comparing whole databases: two builds of the same input must hold the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TIMESTAMPS = {"ingested_at", "at"}  # the only columns allowed to differ between two builds


def table_rows(db: Path) -> dict[str, list]:
    """Every table's rows, sorted, without timestamp columns."""
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    rows = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])") if row[1] not in TIMESTAMPS]
        rows[table] = sorted(conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"), key=repr)
    conn.close()
    return rows


def file_documents(conn: sqlite3.Connection, path: str) -> list[dict]:
    """The documents a stored file gave, outer first, whether each is the notice's row of
    ``documents`` or a copy of a notice kept from another file (``document_copies``: its rows as this
    file gave them)."""
    from pipeline.corpus.copy_rows import kept_rows

    cursor = conn.execute("SELECT * FROM documents WHERE source_path = ?", [path])
    names = [d[0] for d in cursor.description]
    found = [dict(zip(names, row)) for row in cursor.fetchall()]
    for (kept,) in conn.execute("SELECT rows FROM document_copies WHERE source_path = ?", [path]):
        found += kept_rows(kept)["documents"]
    return sorted(found, key=lambda document: (document["source_offset"] or 0, document["id"]))
