"""Resolve citations to documents in the database, by 文号 or by normalised title.

Runs over the whole database after every build, so a citation written before its cited document
was ingested is resolved by a later build.
"""

from __future__ import annotations

import sqlite_utils

# Only the rows whose document changes are written (``IS NOT``): writing every citation again, the
# same value in most, made each build rewrite the whole table and its indexes, and woke the triggers
# of the steps after it (graph, diffusion) for nothing.
_BY_NUMBER = """(
    SELECT d.id FROM documents d
    WHERE d.doc_number = citations.doc_number AND d.id != citations.document_id
    ORDER BY d.parent_id IS NOT NULL, d.id LIMIT 1)"""
_BY_TITLE = """(
    SELECT d.id FROM documents d
    WHERE d.title_key = citations.title_key AND d.id != citations.document_id
    ORDER BY d.parent_id IS NOT NULL, d.id LIMIT 1)"""

RESOLVE_BY_NUMBER = f"""
UPDATE citations SET cited_document_id = {_BY_NUMBER}
WHERE doc_number IS NOT NULL AND cited_document_id IS NOT {_BY_NUMBER}
"""

RESOLVE_BY_TITLE = f"""
UPDATE citations SET cited_document_id = {_BY_TITLE}
WHERE cited_document_id IS NULL AND title_key IS NOT NULL AND {_BY_TITLE} IS NOT NULL
"""


def resolve_citations(db: sqlite_utils.Database) -> int:
    """Set ``cited_document_id`` wherever the cited document is in the database; returns how many
    citations are resolved."""
    with db.conn:
        db.execute(RESOLVE_BY_NUMBER)
        db.execute(RESOLVE_BY_TITLE)
    return db.execute("SELECT count(*) FROM citations WHERE cited_document_id IS NOT NULL").fetchone()[0]
