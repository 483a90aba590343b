"""Resolve citations to documents in the database, by 文号 or by normalised title.

Runs over the whole database after every build, so a citation written before its cited document
was ingested is resolved by a later build.
"""

from __future__ import annotations

import sqlite_utils

from extractors.titles import title_issuer, title_key

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


# Citations whose key kept the issuer its title names (extractors.titles.citation_title_keys: the notice named another
# document of the same subject), still unresolved: the key holds 关于 after the issuer.
_TOLD_APART = """SELECT id, document_id, title FROM citations
WHERE cited_document_id IS NULL AND title_key LIKE '_%关于%' AND title_key NOT LIKE '关于%'"""
_SAME_SUBJECT = """SELECT id, title, issuer FROM documents WHERE title_key = ? AND id != ?
ORDER BY parent_id IS NOT NULL, id"""


_SIBLINGS = """SELECT id FROM citations WHERE document_id = ? AND title_key = ? AND id != ?"""


def _names_issuer(issuer: str, title: str, issuer_field: str) -> bool:
    return issuer in (title_issuer(title), title_issuer(f"{issuer_field or ''}关于"))


def _resolve_by_issuer_and_title(db: sqlite_utils.Database) -> None:
    """A citation told apart by its issuer (全国爱卫办关于开展…的通知) goes to the document of its subject whose title or
    issuer names the same issuer; the notice's other mention of that subject (the 关于开展…的通知 it issues itself) to a
    document of the subject that does not, or to none."""
    for citation_id, document_id, title in db.execute(_TOLD_APART).fetchall():
        issuer, subject = title_issuer(title), title_key(title)
        candidates = db.execute(_SAME_SUBJECT, [subject, document_id]).fetchall()
        named = next((c for c, c_title, c_issuer in candidates if _names_issuer(issuer, c_title, c_issuer)), None)
        other = next((c for c, c_title, c_issuer in candidates if not _names_issuer(issuer, c_title, c_issuer)), None)
        db.execute("UPDATE citations SET cited_document_id = ? WHERE id = ?", [named, citation_id])
        for (sibling,) in db.execute(_SIBLINGS, [document_id, subject, citation_id]).fetchall():
            db.execute("UPDATE citations SET cited_document_id = ? WHERE id = ?", [other, sibling])


def resolve_citations(db: sqlite_utils.Database) -> int:
    """Set ``cited_document_id`` wherever the cited document is in the database; returns how many
    citations are resolved."""
    with db.conn:
        db.execute(RESOLVE_BY_NUMBER)
        db.execute(RESOLVE_BY_TITLE)
        _resolve_by_issuer_and_title(db)
    return db.execute("SELECT count(*) FROM citations WHERE cited_document_id IS NOT NULL").fetchone()[0]
