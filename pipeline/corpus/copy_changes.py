"""The documents the copies step (``pipeline.corpus.copies``) must look at again after a build.

Which documents are one notice, and which of them is kept, depends only on the documents that
share a 文号 or a body digest with them, directly or through others (a 文号 joins A and B, a body
B and C), and, for a notice printed inside another, on whether the notice that encloses it in its
file is kept. So when one notice is added to 30,000, only the documents reachable that way from the
new, changed or removed ones are worked out again; the rest stand as the last run left them.

What the last run saw is in ``copies_seen`` (``schema.copies_state``): each document's id and
rowid, read from the primary key's index alone (a document's row holds its whole text: reading
30,000 of them takes seconds), and each file's row of ``sources``. A document's id is made from its
file's bytes, a document stored again gets a new rowid, and a file stored again (moved: its
documents keep their ids) a new row of ``sources``, so a new, changed or removed document shows as
an id and rowid the last run did not see, one it saw that is gone, or one of a file stored again. Without that table every
document is looked at (:func:`last_seen` returns None).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Optional

from pipeline.ingest.database import in_chunks
from schema.copies_state import SEEN_COLUMNS, SEEN_SOURCES_TABLE, SEEN_TABLE, create_copies_seen

# Every document and kept copy by table, rowid and id (index-only reads of the primary keys), and
# every one the last run saw, each as one line "table rowid id" of one string: a set of 36,000 such
# strings is made and compared at a third of the cost of as many rows as tuples (0.05 CPU-s of adding
# one notice to 30,000). Document ids hold no space or line break (``pipeline.ingest.rows.document_id``).
_HELD = """SELECT group_concat(key, char(10)) FROM (
               SELECT 'documents ' || rowid || ' ' || id AS key FROM documents
               UNION ALL SELECT 'document_copies ' || rowid || ' ' || id FROM document_copies)"""
_SEEN = f"SELECT group_concat(held_in || ' ' || row || ' ' || id, char(10)) FROM {SEEN_TABLE}"

#: A document or copy as :func:`touched` follows it: id, path, embedded, 文号, body digest.
Joins = tuple[str, str, bool, Optional[str], Optional[str]]


@dataclass
class Changes:
    """What changed since the copies step last ran."""

    new: set[str]  # ids of documents and copies new or stored again
    gone: list[Joins]  # what joined the ones gone to others
    sources: list[tuple]  # rows of ``sources`` new or changed
    sources_gone: set[str]  # paths no longer in ``sources``


def last_seen(conn: sqlite3.Connection) -> Optional[Changes]:
    """What changed since the copies step last ran; None when there is no last run to start from
    (every document must be looked at)."""
    create_copies_seen(conn)
    if not all(conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in (SEEN_TABLE, SEEN_SOURCES_TABLE)):
        return None
    held, seen = _keys(conn, _HELD), _keys(conn, _SEEN)
    gone: list[Joins] = []
    for part, marks in in_chunks(sorted(_key_id(key) for key in seen - held)):
        gone += conn.execute(f"SELECT id, source_path, embedded, doc_number, text_digest FROM {SEEN_TABLE} "
                             f"WHERE id IN ({marks})", part).fetchall()
    # index lookups in C: no Python object for each of 30,000 files
    changed_sources = conn.execute(f"""SELECT s.path, s.sha256, s.ingested_at FROM sources s WHERE NOT EXISTS (
        SELECT 1 FROM {SEEN_SOURCES_TABLE} c WHERE c.path = s.path AND c.sha256 IS s.sha256
        AND c.ingested_at IS s.ingested_at)""").fetchall()
    sources_gone = {row[0] for row in conn.execute(f"""SELECT c.path FROM {SEEN_SOURCES_TABLE} c
        WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.path = c.path)""")}
    stored_again = {row[0] for row in _rows_where(conn, "source_path", {row[0] for row in changed_sources})}
    return Changes({_key_id(key) for key in held - seen} | stored_again, gone, changed_sources, sources_gone)


def _keys(conn: sqlite3.Connection, query: str) -> set[str]:
    """The lines of the one string ``query`` makes (none for no row)."""
    joined = conn.execute(query).fetchone()[0]
    return set(joined.split("\n")) if joined else set()


def _key_id(key: str) -> str:
    """The id of a line of :data:`_HELD` or :data:`_SEEN`."""
    return key.split(" ", 2)[2]


def _rows_where(conn: sqlite3.Connection, column: str, values: Iterable, embedded_only: bool = False) -> list[Joins]:
    """The documents and kept copies whose ``column`` is one of ``values`` (indexed lookups)."""
    found: list[Joins] = []
    document_extra = " AND parent_id IS NOT NULL" if embedded_only else ""
    copy_extra = " AND printed_in IS NOT NULL" if embedded_only else ""
    for part, marks in in_chunks(sorted(values)):
        found += conn.execute(
            f"SELECT id, source_path, parent_id IS NOT NULL, doc_number, text_digest FROM documents "
            f"WHERE {column} IN ({marks}){document_extra} UNION ALL "
            f"SELECT id, source_path, printed_in IS NOT NULL, doc_number, text_digest FROM document_copies "
            f"WHERE {column} IN ({marks}){copy_extra}", part + part).fetchall()
    return found


def touched(conn: sqlite3.Connection, new: set[str], gone: list[Joins]) -> set[str]:
    """The ids of the documents and kept copies that the ``new`` ones and the ``gone`` ones (from
    :func:`last_seen`) can touch: the new ones, every one sharing a 文号 or a body digest with one
    touched, and every notice printed in the file of one touched (its choice reads whether the
    notice enclosing it is kept), until none is added."""
    queue = _rows_where(conn, "id", new) + list(gone)
    ids = {row[0] for row in queue if row[0] in new}
    numbers: set[str] = set()
    digests: set[str] = set()
    paths: set[str] = set()
    while queue:
        new_numbers = {row[3] for row in queue if row[3]} - numbers
        new_digests = {row[4] for row in queue if row[4]} - digests
        new_paths = {row[1] for row in queue if row[1]} - paths
        numbers |= new_numbers
        digests |= new_digests
        paths |= new_paths
        found = (_rows_where(conn, "doc_number", new_numbers) + _rows_where(conn, "text_digest", new_digests)
                 + _rows_where(conn, "source_path", new_paths, embedded_only=True))
        queue = [row for row in found if row[0] not in ids]
        ids.update(row[0] for row in queue)
    return ids


_SEEN_NOW = """SELECT id, 'documents', rowid, source_path, parent_id IS NOT NULL, doc_number, text_digest FROM documents
               {where} UNION ALL
               SELECT id, 'document_copies', rowid, source_path, printed_in IS NOT NULL, doc_number, text_digest
               FROM document_copies {where}"""


def remember(conn: sqlite3.Connection, ids: Optional[set[str]] = None, changes: Optional[Changes] = None) -> None:
    """Write what the step saw into the copies_seen tables: every document and file (``ids``
    None), or the documents of ``ids`` and what ``changes`` found."""
    create_copies_seen(conn)
    columns = ", ".join(f'"{name}"' for name in SEEN_COLUMNS)
    if ids is None or changes is None:
        conn.execute(f"DELETE FROM {SEEN_TABLE}")
        conn.execute(f"INSERT INTO {SEEN_TABLE} ({columns}) {_SEEN_NOW.format(where='')}")
        conn.execute(f"DELETE FROM {SEEN_SOURCES_TABLE}")
        conn.execute(f"INSERT INTO {SEEN_SOURCES_TABLE} SELECT path, sha256, ingested_at FROM sources")
        return
    for part, marks in in_chunks(sorted(ids | {row[0] for row in changes.gone})):
        conn.execute(f"DELETE FROM {SEEN_TABLE} WHERE id IN ({marks})", part)
    for part, marks in in_chunks(sorted(ids)):
        conn.execute(f"INSERT OR REPLACE INTO {SEEN_TABLE} ({columns}) "
                     f"{_SEEN_NOW.format(where=f'WHERE id IN ({marks})')}", part + part)
    for part, marks in in_chunks(sorted(changes.sources_gone)):
        conn.execute(f"DELETE FROM {SEEN_SOURCES_TABLE} WHERE path IN ({marks})", part)
    conn.executemany(f"INSERT OR REPLACE INTO {SEEN_SOURCES_TABLE} VALUES (?, ?, ?)", changes.sources)
