"""The pairs made from citations, kept between builds by the citing document that made them, so a
build that adds or changes a few documents judges again only the citations whose answer they can
change (:func:`~.pairs.alignment_pairs` judged every citation of the corpus: 0.26-0.35 CPU-s at 30,000
notices, for one notice added).

``citation_pairs``: one row per pair a citing document makes (``source_document_id``: its own
measures' pair, or one of the attachments it issues), with the relation of its first citation
of the pair. A pair made by several documents takes the relation of the least citing document's
(the order the pairs were judged in: by citing document, cited document, citation).

``citation_pair_changes``: the documents marked by triggers since the rows were written. What a
citing document's pairs depend on, and what marks it:

* its citations resolved (document, cited document, relation): a citation stored, removed or
  resolved differently marks its citing document;
* its own fields and those of the documents it cites (``parent_id``, ``admin_level``, ``issuer``,
  its measures): a document stored, removed or with such a field changed is marked, and so is its
  parent (whose attachments it may be); the documents citing a marked one are judged again; a
  document's measures change only with the document, or by hand (``alignment_changes``, read too);
* the documents it is printed inside (a pair with a document enclosing it is none): the documents
  under a marked one are judged again;
* the copies printed inside it (``document_copies``): a copy stored, moved or removed marks its
  document and the one it is printed in.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Optional

CITATION_PAIRS = "citation_pairs"
CITATION_PAIR_CHANGES = "citation_pair_changes"
#: Past this share of the documents to judge again (and at least :data:`WHOLE_AT_LEAST`), every
#: citation is judged (one pass costs less than that many documents' rows replaced).
WHOLE_AT_SHARE = 0.1
WHOLE_AT_LEAST = 50

STATE_SQL = {
    CITATION_PAIRS: f"CREATE TABLE IF NOT EXISTS {CITATION_PAIRS} (local_document_id TEXT, national_document_id TEXT, "
                    "source_document_id TEXT, relation TEXT, "
                    "PRIMARY KEY (local_document_id, national_document_id, source_document_id)) WITHOUT ROWID",
    CITATION_PAIR_CHANGES: f"CREATE TABLE IF NOT EXISTS {CITATION_PAIR_CHANGES} (document_id TEXT PRIMARY KEY) "
                           "WITHOUT ROWID",
    "idx_citation_pairs_source": f"CREATE INDEX IF NOT EXISTS idx_citation_pairs_source ON {CITATION_PAIRS} "
                                 "(source_document_id)",
}


def _marked(*ids: str) -> str:
    return " ".join(f"INSERT OR IGNORE INTO {CITATION_PAIR_CHANGES} SELECT {i} WHERE {i} IS NOT NULL;" for i in ids)


def _changed(fields: Iterable[str]) -> str:
    return " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)


_DOCUMENT_FIELDS = ("id", "parent_id", "admin_level", "issuer")
_CITATION_FIELDS = ("document_id", "cited_document_id", "relation")
_COPY_FIELDS = ("document_id", "parent_id")


def change_triggers(tables: set[str]) -> dict[str, str]:
    """Trigger name -> its definition after ``CREATE TRIGGER name``, for those of ``documents``,
    ``citations`` and ``document_copies`` that are in ``tables``."""
    triggers = {}
    if "documents" in tables:
        triggers.update({
            "citation_pairs_documents_inserted": f"AFTER INSERT ON documents BEGIN {_marked('new.id', 'new.parent_id')} END",
            "citation_pairs_documents_deleted": f"AFTER DELETE ON documents BEGIN {_marked('old.id', 'old.parent_id')} END",
            "citation_pairs_documents_updated": (
                f"AFTER UPDATE OF {', '.join(_DOCUMENT_FIELDS)} ON documents WHEN {_changed(_DOCUMENT_FIELDS)} "
                f"BEGIN {_marked('old.id', 'new.id', 'old.parent_id', 'new.parent_id')} END"),
        })
    if "citations" in tables:  # a citation resolved to no document makes no pair
        triggers.update({
            "citation_pairs_citations_inserted": ("AFTER INSERT ON citations WHEN new.cited_document_id IS NOT NULL "
                                                  f"BEGIN {_marked('new.document_id')} END"),
            "citation_pairs_citations_deleted": ("AFTER DELETE ON citations WHEN old.cited_document_id IS NOT NULL "
                                                 f"BEGIN {_marked('old.document_id')} END"),
            "citation_pairs_citations_updated": (
                f"AFTER UPDATE OF {', '.join(_CITATION_FIELDS)} ON citations WHEN {_changed(_CITATION_FIELDS)} "
                f"BEGIN {_marked('old.document_id', 'new.document_id')} END"),
        })
    if "document_copies" in tables:
        triggers.update({
            "citation_pairs_copies_inserted": ("AFTER INSERT ON document_copies "
                                               f"BEGIN {_marked('new.document_id', 'new.parent_id')} END"),
            "citation_pairs_copies_deleted": ("AFTER DELETE ON document_copies "
                                              f"BEGIN {_marked('old.document_id', 'old.parent_id')} END"),
            "citation_pairs_copies_updated": (
                f"AFTER UPDATE OF {', '.join(_COPY_FIELDS)} ON document_copies WHEN {_changed(_COPY_FIELDS)} "
                f"BEGIN {_marked('old.document_id', 'new.document_id', 'old.parent_id', 'new.parent_id')} END"),
        })
    return triggers


def track_changes(conn: sqlite3.Connection) -> bool:
    """Create the state tables and the triggers when missing; whether they were all there already
    (else what changed since the rows were written is unknown: every citation is to be judged)."""
    made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')"))
    triggers = change_triggers(set(made))
    tracked = set(STATE_SQL) <= set(made) and all(
        made.get(name) == f"CREATE TRIGGER {name} {body}" for name, body in triggers.items())
    for sql in STATE_SQL.values():
        conn.execute(sql)
    for name, body in triggers.items():
        if made.get(name) != f"CREATE TRIGGER {name} {body}":
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(f"CREATE TRIGGER {name} {body}")
    return tracked


_AFFECTED = """
WITH RECURSIVE marked(id) AS (SELECT value FROM json_each(:marked)),
under(id) AS (SELECT id FROM marked UNION SELECT d.id FROM documents d JOIN under u ON d.parent_id = u.id)
SELECT id FROM under
UNION SELECT document_id FROM citations WHERE cited_document_id IN (SELECT id FROM marked)
UNION SELECT parent_id FROM documents WHERE id IN (SELECT id FROM marked) AND parent_id IS NOT NULL
"""
# (a database written before copies were recognised has no copies)
_PRINTING_COPIES = """
UNION SELECT parent_id FROM document_copies WHERE document_id IN (SELECT id FROM marked) AND parent_id IS NOT NULL
"""


def marked_documents(conn: sqlite3.Connection, also: str) -> list[str]:
    """The documents marked since the rows were written, and those of table ``also`` (the documents
    whose measures changed, ``alignment_changes``) when it exists."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    marked = {doc for (doc,) in conn.execute(f"SELECT document_id FROM {CITATION_PAIR_CHANGES}")}
    if also in tables:
        marked |= {doc for (doc,) in conn.execute(f"SELECT document_id FROM {also}")}
    return sorted(marked)


def sources_to_judge(conn: sqlite3.Connection, marked: list[str]) -> Optional[list[str]]:
    """The citing documents whose pairs may differ from their rows (see the module's docstring);
    None when so many that every citation is better judged again."""
    if not marked:
        return []
    copies = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_copies'").fetchone()
    query = _AFFECTED + (_PRINTING_COPIES if copies else "")
    sources = sorted(row[0] for row in conn.execute(query, {"marked": json.dumps(marked)}) if row[0] is not None)
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return None if len(sources) > max(WHOLE_AT_LEAST, WHOLE_AT_SHARE * documents) else sources


def stored_pairs(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(local, national) -> relation of every pair the rows hold: that of the least citing document."""
    pairs: dict[tuple[str, str], str] = {}
    for local, national, relation in conn.execute(
            f"SELECT local_document_id, national_document_id, relation FROM {CITATION_PAIRS} "
            "ORDER BY local_document_id, national_document_id, source_document_id"):
        pairs.setdefault((local, national), relation)
    return pairs


def write_pairs(conn: sqlite3.Connection, sources: Optional[list[str]], rows: list[tuple[str, str, str, str]],
                marked: list[str]) -> None:
    """In one transaction: the rows of ``sources`` (None: every row) replaced by ``rows`` (source,
    local, national, relation), and the marks read (``marked``) cleared: a mark made since stays."""
    with conn:
        if sources is None:
            conn.execute(f"DELETE FROM {CITATION_PAIRS}")
        else:
            conn.execute(f"DELETE FROM {CITATION_PAIRS} WHERE source_document_id IN (SELECT value FROM json_each(?))",
                         [json.dumps(sources)])
        conn.executemany(f"INSERT OR IGNORE INTO {CITATION_PAIRS} (source_document_id, local_document_id, "
                         "national_document_id, relation) VALUES (?, ?, ?, ?)", rows)
        if sources is None:
            conn.execute(f"DELETE FROM {CITATION_PAIR_CHANGES}")
        else:
            conn.execute(f"DELETE FROM {CITATION_PAIR_CHANGES} WHERE document_id IN (SELECT value FROM json_each(?))",
                         [json.dumps(marked)])
