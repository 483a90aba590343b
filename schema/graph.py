"""The graph tables: ``graph_nodes`` and ``graph_edges``, the corpus graph (documents, measures,
units, documents cited but not held, and the edges between them) stored for Datasette;
``pipeline.corpus.graph`` writes them after every build."""

from __future__ import annotations

import sqlite3

# Keyed by the node id in the table's own B-tree (WITHOUT ROWID: no second index of every id). A
# measure node's heading is in its label, not again in its attributes; ``ref_id`` is the node id
# after its kind (computed when read: stored nowhere). Indexed only where a query needs it: the
# edges by their ends (degrees, the links between nodes in Datasette). The build's update finds a
# document's nodes and edges by ``document_id`` in one scan of each table, and an index of that
# column cost more than a tenth of the graph (a WITHOUT ROWID table's index repeats its long key).
GRAPH_NODES_SQL = """CREATE TABLE graph_nodes (
    id TEXT PRIMARY KEY, kind TEXT, label TEXT,
    ref_id TEXT GENERATED ALWAYS AS (CASE WHEN kind = 'reference' THEN NULL ELSE substr(id, instr(id, ':') + 1) END) VIRTUAL,
    document_id TEXT, in_degree INTEGER, out_degree INTEGER, cited_by INTEGER, attributes TEXT) WITHOUT ROWID"""
GRAPH_EDGES_SQL = """CREATE TABLE graph_edges (
    id INTEGER PRIMARY KEY, source TEXT REFERENCES graph_nodes(id), target TEXT REFERENCES graph_nodes(id),
    relation TEXT, role TEXT, citation_id TEXT, assignment_id TEXT, measure_id TEXT, text TEXT,
    document_id TEXT)"""
GRAPH_INDEXES = {"idx_graph_edges_source": "graph_edges (source)", "idx_graph_edges_target": "graph_edges (target)"}

# What the next update of the graph tables is to write again, marked by triggers as it happens so
# the update reads no table whole (``graph_changes``: ``kind`` 'document', 'citation' or 'unit' and
# the row's id): the documents stored, removed, with a field their node shows changed, or with rows
# of their measures, assignments or citations added or deleted; the citations that resolve elsewhere;
# the units stored or changed. Emptied when the tables are written.
GRAPH_CHANGES = "graph_changes"
GRAPH_CHANGES_SQL = (f"CREATE TABLE IF NOT EXISTS {GRAPH_CHANGES} (kind TEXT, id TEXT, PRIMARY KEY (kind, id)) "
                     "WITHOUT ROWID")
GRAPH_DOCUMENT_FIELDS = ("doc_number", "title", "issuer", "admin_level", "region", "signed_date", "parent_id")
GRAPH_UNIT_FIELDS = ("name", "kind", "region")


def _mark(kind: str, *ids: str) -> str:
    return " ".join(f"INSERT OR IGNORE INTO {GRAPH_CHANGES} SELECT '{kind}', {i} WHERE {i} IS NOT NULL;" for i in ids)


def _updated(table: str, fields: list[str], kind: str) -> str:
    return (f"AFTER UPDATE OF {', '.join(fields)} ON {table} WHEN "
            + " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields) + f" BEGIN {_mark(kind, 'old.id', 'new.id')} END")


def graph_change_triggers(columns: dict[str, set[str]]) -> dict[str, str]:
    """Trigger name -> its definition after ``CREATE TRIGGER name``; ``columns``: table -> the columns
    it has (a field a table lacks is not watched, a table missing has no triggers)."""
    triggers = {}
    if "documents" in columns:
        fields = [f for f in GRAPH_DOCUMENT_FIELDS if f in columns["documents"]]
        triggers.update({
            "graph_documents_inserted": f"AFTER INSERT ON documents BEGIN {_mark('document', 'new.id')} END",
            "graph_documents_deleted": f"AFTER DELETE ON documents BEGIN {_mark('document', 'old.id')} END",
            "graph_documents_updated": _updated("documents", fields, "document")})
    for table in ("measures", "assignments", "citations"):
        if "document_id" in columns.get(table, ()):
            triggers[f"graph_{table}_inserted"] = (f"AFTER INSERT ON {table} BEGIN "
                                                   f"{_mark('document', 'new.document_id')} END")
            triggers[f"graph_{table}_deleted"] = (f"AFTER DELETE ON {table} BEGIN "
                                                  f"{_mark('document', 'old.document_id')} END")
    if "cited_document_id" in columns.get("citations", ()):
        triggers["graph_citations_moved"] = ("AFTER UPDATE OF cited_document_id ON citations WHEN "
                                             "old.cited_document_id IS NOT new.cited_document_id "
                                             f"BEGIN {_mark('citation', 'new.id')} END")
    if "units" in columns:
        triggers.update({
            "graph_units_inserted": f"AFTER INSERT ON units BEGIN {_mark('unit', 'new.id')} END",
            "graph_units_deleted": f"AFTER DELETE ON units BEGIN {_mark('unit', 'old.id')} END",
            "graph_units_updated": _updated("units", [f for f in GRAPH_UNIT_FIELDS if f in columns["units"]], "unit")})
    return triggers


def track_graph_changes(conn: sqlite3.Connection) -> bool:
    """Create ``graph_changes`` and the triggers of :func:`graph_change_triggers` when missing;
    whether they were all there, as this version makes them (else the changes since the tables
    were written are unknown: they are written whole)."""
    made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"))
    columns = {table: {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
               for table in ("documents", "measures", "assignments", "citations", "units") if table in made}
    triggers = graph_change_triggers(columns)
    tracked = GRAPH_CHANGES in made and all(made.get(name) == f"CREATE TRIGGER {name} {body}"
                                            for name, body in triggers.items())
    conn.execute(GRAPH_CHANGES_SQL)
    for name, body in triggers.items():
        if made.get(name) != f"CREATE TRIGGER {name} {body}":
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(f"CREATE TRIGGER {name} {body}")
    return tracked
