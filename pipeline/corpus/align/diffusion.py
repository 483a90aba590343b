"""The corpus-wide ``diffusion`` table (``schema.diffusion``) brought up to date from the documents,
citations, measures and alignments: run by the alignment step once the alignments are current.

Incremental: only the rows of the documents marked in ``diffusion_changes`` (by the triggers of
``schema.diffusion`` as documents and citations change, and by the alignment step for the pairs it
aligned or dropped) are written again; the whole table when the changes are not known (the first
write, or a database whose triggers were missing) or touch many documents."""

from __future__ import annotations

import sqlite3
from typing import Iterable, Optional

from pipeline.ingest.database import connected
from schema.diffusion import DIFFUSION_CHANGES, DIFFUSION_COLUMNS, create_diffusion, diffusion_query, track_changes

#: Past this share of the documents changed (and at least :data:`WHOLE_AT_LEAST`), the table is
#: written whole (one pass over every alignment costs less than looking up that many documents' rows).
WHOLE_AT_SHARE = 0.1
WHOLE_AT_LEAST = 50


def write_diffusion(db, changed: Optional[Iterable[str]] = (), *, whole: bool = False) -> int:
    """Bring the rows of ``diffusion`` up to date with their query, in one transaction (a build
    killed meanwhile leaves the previous rows and the marks). ``changed``: documents whose rows
    are to be written again besides those marked already (``None``: unknown, the whole table);
    ``whole``: write every row. Returns the number of rows."""
    with connected(db) as conn:
        return _write(conn, changed, whole)


def _write(conn: sqlite3.Connection, changed: Optional[Iterable[str]], whole: bool) -> int:
    create_diffusion(conn)
    tracked = track_changes(conn)
    whole = whole or changed is None or not tracked
    columns = ", ".join(f'"{name}"' for name in DIFFUSION_COLUMNS)
    have = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    with conn:
        if not whole:
            conn.executemany(f"INSERT OR IGNORE INTO {DIFFUSION_CHANGES} VALUES (?)", [[d] for d in changed])
            marked = conn.execute(f"SELECT COUNT(*) FROM {DIFFUSION_CHANGES}").fetchone()[0]
            documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            whole = marked > max(WHOLE_AT_LEAST, WHOLE_AT_SHARE * documents)
        if whole:
            conn.execute("DELETE FROM diffusion")
            conn.execute(f"INSERT INTO diffusion ({columns}) {diffusion_query(have)}")
        else:
            marks = f"(SELECT document_id FROM {DIFFUSION_CHANGES})"
            conn.execute(f"DELETE FROM diffusion WHERE higher_document_id IN {marks} OR lower_document_id IN {marks}")
            conn.execute(f"INSERT INTO diffusion ({columns}) {diffusion_query(have, changed_only=True)}")
        conn.execute(f"DELETE FROM {DIFFUSION_CHANGES}")
    return conn.execute("SELECT COUNT(*) FROM diffusion").fetchone()[0]
