"""The corpus-wide ``diffusion`` table (``schema.diffusion``) rewritten from the documents, citations,
measures and alignments: run by the alignment step once the alignments are current."""

from __future__ import annotations

import sqlite3

from pipeline.ingest.database import connected
from schema.diffusion import DIFFUSION_COLUMNS, create_diffusion, diffusion_query


def write_diffusion(db) -> int:
    """Replace the rows of ``diffusion`` with those of its query, in one transaction (a build
    killed meanwhile leaves the previous rows). Returns the number of rows."""
    with connected(db) as conn:
        return _write(conn)


def _write(conn: sqlite3.Connection) -> int:
    create_diffusion(conn)
    columns = ", ".join(f'"{name}"' for name in DIFFUSION_COLUMNS)
    with conn:
        conn.execute("DELETE FROM diffusion")
        have = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        conn.execute(f"INSERT INTO diffusion ({columns}) {diffusion_query(have)}")
    return conn.execute("SELECT COUNT(*) FROM diffusion").fetchone()[0]
