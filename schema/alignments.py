"""The ``alignments`` table: one row per local measure and national document it was aligned with
(``pipeline.corpus.align.step`` writes it after every build). Contract columns first (``../shared/
SCHEMA.md``), extensions after them."""

from __future__ import annotations

import sqlite3

ALIGNMENT_COLUMNS = {
    "id": str, "local_document_id": str, "national_document_id": str, "local_measure_id": str,
    "national_measure_id": str, "score": float, "method": str, "shared": str,
    # extensions
    "local_path": str, "national_path": str, "lexical": float, "reuse": float, "also": str,
    "relation": str,
}

ALIGNMENT_INDEXED_COLUMNS = ("local_document_id", "national_document_id", "local_measure_id",
                             "national_measure_id")


def _sql_type(kind: type) -> str:
    return "REAL" if kind is float else "TEXT"


def create_alignments(conn: sqlite3.Connection) -> None:
    """Create the table and its indexes when missing, and add the columns an older table lacks."""
    cols = ", ".join(f'"{name}" {_sql_type(kind)}{" PRIMARY KEY" if name == "id" else ""}'
                     for name, kind in ALIGNMENT_COLUMNS.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS alignments ({cols})")
    have = {row[1] for row in conn.execute("PRAGMA table_info(alignments)")}
    for name, kind in ALIGNMENT_COLUMNS.items():
        if name not in have:
            conn.execute(f'ALTER TABLE alignments ADD COLUMN "{name}" {_sql_type(kind)}')
    for column in ALIGNMENT_INDEXED_COLUMNS:
        conn.execute(f"CREATE INDEX IF NOT EXISTS idx_alignments_{column} ON alignments ({column})")
