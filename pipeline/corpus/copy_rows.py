"""A document's rows taken out of the tables people read, kept whole, and put back.

A copy of a notice (``pipeline.corpus.copies``) is not a row of ``documents``, but the rows its
file gave (the document, its measures, assignments, deadlines, targets, citations, shingles) are
kept in its ``document_copies`` row, compressed: when the canonical document's file is deleted or
changed, the copy becomes the canonical document again with everything it had, without its file
being read again (a scan's OCR, a LibreOffice conversion). Every column of those tables is kept,
whoever added it, so a column added later travels too.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import zlib

from pipeline.ingest.search_index import forget_documents
from schema.tables import DOCUMENT_CHILD_TABLES

#: How a bytes value (a document's shingles) is written in the JSON of the kept rows.
_BYTES_KEY = "$base64"


def _encode(value):
    return {_BYTES_KEY: base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _decode(value):
    return base64.b64decode(value[_BYTES_KEY]) if isinstance(value, dict) and _BYTES_KEY in value else value


def _table_rows(conn: sqlite3.Connection, table: str, where: str, params: list) -> dict:
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE {where} ORDER BY rowid', params)
    columns = [d[0] for d in cursor.description]
    return {"columns": columns, "rows": [[_encode(v) for v in row] for row in cursor.fetchall()]}


def take_out(conn: sqlite3.Connection, document_id: str) -> bytes:
    """Remove document ``document_id`` and every row that belongs to it from the tables (and the
    search index); returns those rows, compressed, for :func:`put_back`. Citations elsewhere that
    named it are cleared (resolution finds the canonical document for them); documents printed
    inside it keep their parent for ``copies`` to point at the canonical one."""
    kept = {"documents": _table_rows(conn, "documents", "id = ?", [document_id])}
    for table in DOCUMENT_CHILD_TABLES:
        kept[table] = _table_rows(conn, table, "document_id = ?", [document_id])
    forget_documents(conn, [document_id])  # out of the index while its indexed values are there
    for table in DOCUMENT_CHILD_TABLES:
        conn.execute(f'DELETE FROM "{table}" WHERE document_id = ?', [document_id])
    conn.execute("UPDATE citations SET cited_document_id = NULL WHERE cited_document_id = ?", [document_id])
    conn.execute("DELETE FROM documents WHERE id = ?", [document_id])
    return zlib.compress(json.dumps(kept, ensure_ascii=False).encode("utf-8"), 6)


def kept_rows(kept: bytes) -> dict[str, list[dict]]:
    """The rows :func:`take_out` returned: table -> its rows as dicts (a copy's document as its own
    file gave it, for a reader of ``document_copies.rows``)."""
    tables = json.loads(zlib.decompress(kept).decode("utf-8"))
    return {table: [dict(zip(found["columns"], map(_decode, row))) for row in found["rows"]]
            for table, found in tables.items()}


def put_back(conn: sqlite3.Connection, kept: bytes) -> None:
    """Insert the rows :func:`take_out` returned (the columns the tables still have; the search
    index takes them at its next update, ``pipeline.corpus.search``)."""
    tables = kept_rows(kept)
    # "measures": rows kept by an older version, with their text, put back through the view
    for table in ("documents", *DOCUMENT_CHILD_TABLES, "measures"):
        found = tables.get(table)
        if not found:
            continue
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        columns = [column for column in found[0] if column in have]
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        verb = "INSERT" if table == "measures" else "INSERT OR REPLACE"  # a view takes no conflict clause
        conn.executemany(f'{verb} INTO "{table}" ({names}) VALUES ({marks})',
                         [[row[column] for column in columns] for row in found])
