"""Resolve citations to documents in the database, by 文号 or by normalised title.

Runs after every build, so a citation written before its cited document was ingested is resolved
by a later build. Only the citations whose answer can have changed are resolved again: those of
the documents stored, changed or removed since, those that cite such a document, and those whose
文号 or title key is such a document's (:data:`RESOLUTION_CHANGES`, written by triggers, holds them
with the 文号 and title key they had); every citation when the changes are not known (the first
build that resolves them so).
"""

from __future__ import annotations

import sqlite3

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

# What a citation's answer depends on: the documents of its 文号 or title key (their ids, whether
# each is printed inside another), its own document and fields. A document stored, removed, or
# with one of those fields changed is written here with its 文号 and title key (the old and the new
# ones), a citation stored or edited with its document.
RESOLUTION_CHANGES = "citation_resolution_changes"
_CHANGES_SQL = f"CREATE TABLE IF NOT EXISTS {RESOLUTION_CHANGES} (document_id TEXT, doc_number TEXT, title_key TEXT)"
_DOCUMENT_FIELDS = ("id", "doc_number", "title_key", "parent_id")
_CITATION_FIELDS = ("document_id", "doc_number", "title_key", "title")


def _logged(row: str) -> str:
    return f"INSERT INTO {RESOLUTION_CHANGES} VALUES ({row}.id, {row}.doc_number, {row}.title_key);"


def _changed(fields: tuple[str, ...]) -> str:
    return " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)


CHANGE_TRIGGERS = {
    "resolution_documents_inserted": f"AFTER INSERT ON documents BEGIN {_logged('new')} END",
    "resolution_documents_deleted": f"AFTER DELETE ON documents BEGIN {_logged('old')} END",
    "resolution_documents_updated": (f"AFTER UPDATE OF {', '.join(_DOCUMENT_FIELDS)} ON documents "
                                     f"WHEN {_changed(_DOCUMENT_FIELDS)} BEGIN {_logged('old')} {_logged('new')} END"),
    "resolution_citations_inserted": (f"AFTER INSERT ON citations BEGIN INSERT INTO {RESOLUTION_CHANGES} "
                                      "VALUES (new.document_id, NULL, NULL); END"),
    "resolution_citations_updated": (f"AFTER UPDATE OF {', '.join(_CITATION_FIELDS)} ON citations "
                                     f"WHEN {_changed(_CITATION_FIELDS)} BEGIN INSERT INTO {RESOLUTION_CHANGES} "
                                     "VALUES (old.document_id, NULL, NULL), (new.document_id, NULL, NULL); END"),
}

# The citations to resolve again, from the changes up to rowid :last.
_TO_RESOLVE = f"""CREATE TEMP TABLE citations_to_resolve AS
WITH changed AS (SELECT * FROM {RESOLUTION_CHANGES} WHERE rowid <= :last)
SELECT id FROM citations WHERE document_id IN (SELECT document_id FROM changed)
UNION SELECT id FROM citations WHERE cited_document_id IN (SELECT document_id FROM changed)
UNION SELECT id FROM citations WHERE doc_number IN (SELECT doc_number FROM changed)
UNION SELECT id FROM citations WHERE title_key IN (SELECT title_key FROM changed)"""
_ONLY_THOSE = " AND id IN (SELECT id FROM temp.citations_to_resolve)"


# Citations whose key kept the issuer its title names (extractors.titles.citation_title_keys: the notice named another
# document of the same subject), still unresolved: the key holds 关于 after the issuer.
_TOLD_APART = """SELECT id, document_id, title FROM citations
WHERE cited_document_id IS NULL AND title_key LIKE '_%关于%' AND title_key NOT LIKE '关于%'"""
_SAME_SUBJECT = """SELECT id, title, issuer FROM documents WHERE title_key = ? AND id != ?
ORDER BY parent_id IS NOT NULL, id"""


_SIBLINGS = """SELECT id FROM citations WHERE document_id = ? AND title_key = ? AND id != ?"""


def _names_issuer(issuer: str, title: str, issuer_field: str) -> bool:
    return issuer in (title_issuer(title), title_issuer(f"{issuer_field or ''}关于"))


def _resolve_by_issuer_and_title(db: sqlite_utils.Database, changed: "Changes") -> None:
    """A citation told apart by its issuer (全国爱卫办关于开展…的通知) goes to the document of its subject whose title or
    issuer names the same issuer; the notice's other mention of that subject (the 关于开展…的通知 it issues itself) to a
    document of the subject that does not, or to none."""
    for citation_id, document_id, title in db.execute(_TOLD_APART).fetchall():
        issuer, subject = title_issuer(title), title_key(title)
        if not changed.reach(citation_id, subject):
            continue
        candidates = db.execute(_SAME_SUBJECT, [subject, document_id]).fetchall()
        named = next((c for c, c_title, c_issuer in candidates if _names_issuer(issuer, c_title, c_issuer)), None)
        other = next((c for c, c_title, c_issuer in candidates if not _names_issuer(issuer, c_title, c_issuer)), None)
        db.execute("UPDATE citations SET cited_document_id = ? WHERE id = ?", [named, citation_id])
        for (sibling,) in db.execute(_SIBLINGS, [document_id, subject, citation_id]).fetchall():
            db.execute("UPDATE citations SET cited_document_id = ? WHERE id = ?", [other, sibling])


class Changes:
    """The citations to resolve again: every one (``known`` False), or those of ``citations`` and
    those told apart by an issuer whose subject is one of ``title_keys``."""

    def __init__(self, known: bool, citations: frozenset = frozenset(), title_keys: frozenset = frozenset()):
        self.known, self.citations, self.title_keys = known, citations, title_keys

    def reach(self, citation_id: str, subject: str) -> bool:
        return not self.known or citation_id in self.citations or subject in self.title_keys


def track_changes(conn: sqlite3.Connection) -> bool:
    """Create :data:`RESOLUTION_CHANGES` and its triggers when missing; whether they were all there
    (else what changed since the citations were last resolved is unknown)."""
    made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"))
    tracked = RESOLUTION_CHANGES in made and all(made.get(name) == f"CREATE TRIGGER {name} {body}"
                                                 for name, body in CHANGE_TRIGGERS.items())
    conn.execute(_CHANGES_SQL)
    for name, body in CHANGE_TRIGGERS.items():
        if made.get(name) != f"CREATE TRIGGER {name} {body}":
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(f"CREATE TRIGGER {name} {body}")
    return tracked


def _changes(conn: sqlite3.Connection, tracked: bool, last: int) -> Changes:
    """The citations to resolve again (in ``temp.citations_to_resolve`` too) from the changes up to
    rowid ``last``."""
    if not tracked:
        return Changes(False)
    conn.execute("DROP TABLE IF EXISTS temp.citations_to_resolve")
    conn.execute(_TO_RESOLVE, {"last": last})
    citations = frozenset(row[0] for row in conn.execute("SELECT id FROM temp.citations_to_resolve"))
    title_keys = frozenset(row[0] for row in conn.execute(
        f"SELECT DISTINCT title_key FROM {RESOLUTION_CHANGES} WHERE rowid <= ? AND title_key IS NOT NULL", [last]))
    return Changes(True, citations, title_keys)


def resolve_citations(db: sqlite_utils.Database) -> int:
    """Set ``cited_document_id`` wherever the cited document is in the database; returns how many
    citations are resolved."""
    tracked = track_changes(db.conn)
    with db.conn:
        last = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {RESOLUTION_CHANGES}").fetchone()[0]
        if tracked and not last:  # nothing changed since the last resolution
            return _resolved_count(db)
        changed = _changes(db.conn, tracked, last)
        only = _ONLY_THOSE if changed.known else ""
        db.execute(RESOLVE_BY_NUMBER + only)
        db.execute(RESOLVE_BY_TITLE + only)
        _resolve_by_issuer_and_title(db, changed)
        # the step's own updates changed no field the triggers watch: the rows read are all done
        db.execute(f"DELETE FROM {RESOLUTION_CHANGES} WHERE rowid <= ?", [last])
        db.execute("DROP TABLE IF EXISTS temp.citations_to_resolve")
    return _resolved_count(db)


def _resolved_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM citations WHERE cited_document_id IS NOT NULL").fetchone()[0]
