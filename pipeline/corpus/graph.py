"""The graph of the corpus: documents, measures, units and the references between them (networkx).

Nodes (``kind``):

* ``document:<id>`` — a row of ``documents``;
* ``measure:<id>`` — a row of ``measures``;
* ``unit:<id>`` — a row of ``units``;
* ``reference:<文号 or title>`` — a document cited but not in the database.

Edges (``relation``, also the edge key):

* a citation relation (``schema.relations.RELATIONS``: ``cites``, ``forwards``, ``implements``,
  ``repeals`` …) — document → document or reference, one per row of ``citations`` (attributes
  ``citation_id``, ``measure_id``, ``text``);
* ``contains`` — document → its top-level measures, measure → child measure, and a document → the
  documents printed inside it (forwarded, attached);
* ``assigned`` — measure → unit, with the ``role`` (responsible, lead, cooperate) and ``raw`` text.

``build_graph(db)`` reads the contract tables; ``write_graph_tables(db)`` (a post-build step) stores
the same graph as ``graph_nodes`` and ``graph_edges`` (``schema.graph``) so it can be queried in Datasette (in SQL,
from the same tables: see ``graph_table_rows``; after the first build, only what the documents
stored or removed since touch is written again: each edge knows its ``document_id``);
``export_graph(db_path, format, output)`` writes GraphML, GEXF or node-link JSON (for D3) for
``notices graph``. :func:`document_neighbourhood` is what the site's document page draws.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from pipeline.ingest.database import connected as _connected
from schema.graph import GRAPH_CHANGES, GRAPH_EDGES_SQL, GRAPH_INDEXES, GRAPH_NODES_SQL, track_graph_changes
from schema.relations import LIFECYCLE_RELATIONS, RELATIONS

if TYPE_CHECKING:  # networkx is imported where a graph is built: a build writes the tables in SQL
    import networkx as nx

#: The edges that make a document cite another (``cited_by``, :func:`most_cited_documents`) and lie
#: downstream of it (:func:`implementation_chain`): every citation relation but those that end or
#: change the cited document's force (repeals, amends).
CITATION_RELATIONS = tuple(relation for relation in RELATIONS if relation not in LIFECYCLE_RELATIONS)
FORMATS = ("graphml", "gexf", "json")


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _clean(attributes: dict) -> dict:
    """GraphML and GEXF take str, int, float and bool only: drop the missing values."""
    return {key: value for key, value in attributes.items() if value is not None and value != ""}


def document_node(document_id: str) -> str:
    return f"document:{document_id}"


def measure_node(measure_id: str) -> str:
    return f"measure:{measure_id}"


def unit_node(unit_id: str) -> str:
    return f"unit:{unit_id}"


def reference_node(doc_number: Optional[str], title: Optional[str]) -> str:
    return f"reference:{doc_number or title or '?'}"


def build_graph(db) -> nx.MultiDiGraph:
    """The corpus as a directed multigraph (see the module's docstring for nodes and edges)."""
    with _connected(db) as conn:
        return _build_graph(conn)


def _build_graph(conn: sqlite3.Connection) -> nx.MultiDiGraph:
    import networkx as nx

    tables = _tables(conn)
    graph = nx.MultiDiGraph()
    for row in _rows(conn, "SELECT id, doc_number, title, issuer, admin_level, region, signed_date, parent_id "
                           "FROM documents ORDER BY id"):
        graph.add_node(document_node(row["id"]), **_clean({
            "kind": "document", "ref_id": row["id"], "label": row["doc_number"] or row["title"] or row["id"],
            "title": row["title"], "doc_number": row["doc_number"], "issuer": row["issuer"],
            "admin_level": row["admin_level"], "region": row["region"], "signed_date": row["signed_date"],
        }))
    for row in _rows(conn, "SELECT id, parent_id FROM documents WHERE parent_id IS NOT NULL ORDER BY id"):
        if graph.has_node(document_node(row["parent_id"])):
            graph.add_edge(document_node(row["parent_id"]), document_node(row["id"]), key="contains",
                           relation="contains")
    for row in _rows(conn, "SELECT id, document_id, parent_id, level, label, path, heading FROM measures "
                           "ORDER BY document_id, start, id"):
        graph.add_node(measure_node(row["id"]), **_clean({
            "kind": "measure", "ref_id": row["id"], "document_id": row["document_id"],
            "label": " ".join(part for part in (row["label"], row["heading"]) if part) or row["id"],
            "heading": row["heading"], "path": row["path"], "level": row["level"],
        }))
        parent = measure_node(row["parent_id"]) if row["parent_id"] else document_node(row["document_id"])
        graph.add_edge(parent, measure_node(row["id"]), key="contains", relation="contains")
    if "units" in tables:
        for row in _rows(conn, "SELECT id, name, kind, region FROM units ORDER BY id"):
            graph.add_node(unit_node(row["id"]), **_clean({
                "kind": "unit", "ref_id": row["id"], "label": row["name"] or row["id"],
                "unit_kind": row["kind"], "region": row["region"],
            }))
    if "assignments" in tables:
        for row in _rows(conn, "SELECT id, measure_id, unit_id, role, raw FROM assignments ORDER BY id"):
            source, target = measure_node(row["measure_id"]), unit_node(row["unit_id"])
            if not graph.has_node(source):
                continue
            if not graph.has_node(target):
                graph.add_node(target, kind="unit", ref_id=row["unit_id"], label=row["unit_id"])
            graph.add_edge(source, target, key=f"assigned:{row['id']}", **_clean({
                "relation": "assigned", "role": row["role"], "raw": row["raw"], "assignment_id": row["id"],
            }))
    if "citations" in tables:
        acts_on = "acts_on" if "acts_on" in _columns(conn, "citations") else "NULL AS acts_on"
        for row in _rows(conn, "SELECT id, document_id, measure_id, text, doc_number, title, relation, "
                               f"cited_document_id, {acts_on} FROM citations ORDER BY id"):
            source = document_node(row["document_id"])
            if not graph.has_node(source):
                continue
            if row["cited_document_id"] and graph.has_node(document_node(row["cited_document_id"])):
                target = document_node(row["cited_document_id"])
            else:
                target = reference_node(row["doc_number"], row["title"])
                if not graph.has_node(target):
                    graph.add_node(target, **_clean({
                        "kind": "reference", "label": row["doc_number"] or row["title"],
                        "doc_number": row["doc_number"], "title": row["title"],
                    }))
            relation = row["relation"] or "cites"
            if row["acts_on"] == "citing":  # 根据《…的决定》修正: the cited act amended the citing document
                source, target = target, source
            graph.add_edge(source, target, key=f"{relation}:{row['id']}", **_clean({
                "relation": relation, "citation_id": row["id"], "measure_id": row["measure_id"],
                "text": row["text"],
            }))
    return graph


# --- analyses ----------------------------------------------------------------------------------


def citation_edges(graph: nx.MultiDiGraph):
    for source, target, data in graph.edges(data=True):
        if data.get("relation") in CITATION_RELATIONS:
            yield source, target, data


def most_cited_documents(graph: nx.MultiDiGraph, n: int = 10) -> list[dict]:
    """Documents and references cited by the most other documents (each citing document counted once)."""
    citing: dict[str, set] = {}
    relations: dict[str, Counter] = {}
    for source, target, data in citation_edges(graph):
        if source == target:
            continue
        citing.setdefault(target, set()).add(source)
        relations.setdefault(target, Counter())[data["relation"]] += 1
    ranked = sorted(citing, key=lambda node: (-len(citing[node]), node))[:n]
    return [{"node": node, "label": graph.nodes[node].get("label"), "kind": graph.nodes[node].get("kind"),
             "cited_by": len(citing[node]), "relations": dict(relations[node])} for node in ranked]


def units_with_most_measures(graph: nx.MultiDiGraph, n: int = 10) -> list[dict]:
    """Units assigned the most measures, with the count per role."""
    measures: dict[str, set] = {}
    roles: dict[str, Counter] = {}
    for source, target, data in graph.edges(data=True):
        if data.get("relation") == "assigned":
            measures.setdefault(target, set()).add(source)
            roles.setdefault(target, Counter())[data.get("role", "responsible")] += 1
    ranked = sorted(measures, key=lambda node: (-len(measures[node]), node))[:n]
    return [{"node": node, "label": graph.nodes[node].get("label"), "measures": len(measures[node]),
             "roles": dict(roles[node])} for node in ranked]


def implementation_chain(graph: nx.MultiDiGraph, document_id: str) -> list[str]:
    """Every document that forwards, implements, is based on or cites ``document_id``, directly or
    through other documents (the documents downstream of it)."""
    start = document_node(document_id)
    if start not in graph:
        return []
    import networkx as nx

    citations = nx.DiGraph()
    citations.add_edges_from((target, source) for source, target, _ in citation_edges(graph))
    if start not in citations:
        return []
    return sorted(node for node in nx.descendants(citations, start) if node.startswith("document:"))


# --- tables ------------------------------------------------------------------------------------

def write_graph_tables(db, incremental: bool = True, counted: bool = True) -> dict[str, int]:
    """Bring ``graph_nodes`` and ``graph_edges`` up to date with the current graph (idempotent).

    ``incremental``: when the tables are there, only what changed since they were written changes
    (the nodes and edges of the documents stored, removed or changed, the edges of citations that
    resolve elsewhere now, the unit and reference nodes those reach, the degrees of the nodes they
    touch), as triggers marked it (``schema.graph.GRAPH_CHANGES``); else, or when the changes are
    not known (a database whose triggers are missing), they are written again. Returns the number
    of nodes and edges (``counted``; else an empty dict: counting reads both tables whole)."""
    with _connected(db) as conn:
        if not (incremental and _graph_tables_current(conn) and _update_graph_tables(conn)):
            _write_graph_tables(conn)
        return _graph_counts(conn) if counted else {}


# The tables hold what :func:`graph_table_rows` makes of :func:`build_graph`'s graph, written by SQL
# over the contract tables (building the networkx graph of a large corpus in Python only to store it
# took longer than every other corpus-wide step together); tests/test_graph.py checks they agree.
# Each piece is owned by a document (``{owned:column}`` filters on it: every row, or those of the
# documents in ``temp.graph_changed``; ``{moved:column}``, the citations in ``temp.graph_moved``)
# or shared (unit and reference nodes: compared with the current ones at every update).
# Nodes: (id, kind, label, document_id, attributes), ``ref_id`` computed from ``id`` (schema.graph);
# "" counts as missing, as in _clean.
_OWNED_NODES = ["""
SELECT 'document:' || id, 'document', coalesce(nullif(doc_number, ''), nullif(title, ''), id), id,
       json_patch('{}', json_object('title', nullif(title, ''), 'doc_number', nullif(doc_number, ''),
                  'issuer', nullif(issuer, ''), 'admin_level', nullif(admin_level, ''),
                  'region', nullif(region, ''), 'signed_date', nullif(signed_date, '')))
FROM documents WHERE {owned:id}""", """
SELECT 'measure:' || id, 'measure',
       CASE WHEN coalesce(label, '') != '' AND coalesce(heading, '') != '' THEN label || ' ' || heading
            ELSE coalesce(nullif(label, ''), nullif(heading, ''), id) END, document_id,
       json_patch('{}', json_object('path', nullif(path, ''), 'level', level))
FROM measures WHERE {owned:document_id}"""]
_SHARED_NODES = ["""
SELECT 'unit:' || id, 'unit', coalesce(nullif(name, ''), id), NULL,
       json_patch('{}', json_object('unit_kind', nullif(kind, ''), 'region', nullif(region, '')))
FROM units""", """
SELECT DISTINCT 'unit:' || a.unit_id, 'unit', a.unit_id, NULL, '{}'  -- named, missing from units
FROM assignments a JOIN measures m ON m.id = a.measure_id
WHERE a.unit_id NOT IN (SELECT id FROM units)""", """
SELECT key, 'reference', coalesce(nullif(doc_number, ''), nullif(title, '')), NULL,
       json_patch('{}', json_object('doc_number', nullif(doc_number, ''), 'title', nullif(title, '')))
FROM (SELECT 'reference:' || coalesce(nullif(doc_number, ''), nullif(title, ''), '?') AS key, doc_number, title,
             row_number() OVER (PARTITION BY coalesce(nullif(doc_number, ''), nullif(title, ''), '?')
                                ORDER BY id) AS nth
      FROM citations  -- documents cited and not in the database, as their first citation names them
      WHERE document_id IN (SELECT id FROM documents)
        AND (cited_document_id IS NULL OR cited_document_id NOT IN (SELECT id FROM documents)))
WHERE nth = 1"""]

# Edges: (source, target, relation, role, citation_id, assignment_id, measure_id, text, document_id),
# ``document_id`` the document whose rows make the edge; every piece is owned.
# A citation's edge goes where the citation resolves, which another document can change: made again
# for the citing documents in ``temp.graph_changed`` and for the citations in ``temp.graph_moved``.
_CITATION_TARGET = """CASE WHEN cited.id IS NOT NULL THEN 'document:' || cited.id
            ELSE 'reference:' || coalesce(nullif(c.doc_number, ''), nullif(c.title, ''), '?') END"""
_EDGES = ["""
SELECT 'document:' || parent_id, 'document:' || id, 'contains', NULL, NULL, NULL, NULL, NULL, id
FROM documents WHERE parent_id IN (SELECT id FROM documents) AND {owned:id}""", """
SELECT CASE WHEN parent_id IS NOT NULL THEN 'measure:' || parent_id ELSE 'document:' || document_id END,
       'measure:' || id, 'contains', NULL, NULL, NULL, NULL, NULL, document_id
FROM measures WHERE {owned:document_id}""", """
SELECT 'measure:' || a.measure_id, 'unit:' || a.unit_id, 'assigned', nullif(a.role, ''), NULL, a.id, NULL,
       nullif(a.raw, ''), m.document_id
FROM assignments a JOIN measures m ON m.id = a.measure_id WHERE {owned:m.document_id}""", f"""
SELECT CASE WHEN c.acts_on = 'citing' THEN {_CITATION_TARGET} ELSE 'document:' || c.document_id END,
       CASE WHEN c.acts_on = 'citing' THEN 'document:' || c.document_id ELSE {_CITATION_TARGET} END,
       coalesce(nullif(c.relation, ''), 'cites'), NULL, c.id, NULL, nullif(c.measure_id, ''), nullif(c.text, ''),
       c.document_id
FROM citations c JOIN documents citing ON citing.id = c.document_id
LEFT JOIN documents cited ON cited.id = c.cited_document_id
WHERE {{owned:c.document_id}} OR {{moved:c.id}}"""]

_NODE_COLUMNS = "id, kind, label, document_id, attributes"
_EDGE_COLUMNS = "source, target, relation, role, citation_id, assignment_id, measure_id, text, document_id"
_CITATION_RELATIONS_SQL = ", ".join(f"'{relation}'" for relation in CITATION_RELATIONS)
_CONTRACT_TABLES = {"documents", "measures", "units", "assignments", "citations"}


def _select(pieces: list[str], changed_only: bool) -> str:
    """The pieces as one SELECT: every row, or (``changed_only``) the owned rows of the documents
    in ``temp.graph_changed`` (and the citations in ``temp.graph_moved``) and every shared one."""
    tables = {"owned": "temp.graph_changed", "moved": "temp.graph_moved"}

    def filtered(piece: str) -> str:
        return re.sub(r"\{(owned|moved):([\w.]+)\}", lambda m: (f"{m.group(2)} IN (SELECT id FROM {tables[m.group(1)]})"
                                                              if changed_only else "1"), piece)
    return "\nUNION ALL".join(filtered(piece) for piece in pieces)


_NODES_SELECT = _select(_OWNED_NODES + _SHARED_NODES, changed_only=False)
_EDGES_SELECT = _select(_EDGES, changed_only=False)


def _write_graph_tables(conn: sqlite3.Connection) -> dict[str, int]:
    tables = _tables(conn)
    with conn:
        track_graph_changes(conn)  # from now on, what changes is marked; what was marked is written now
        conn.execute(f"DELETE FROM {GRAPH_CHANGES}")
        conn.execute("DROP TABLE IF EXISTS graph_edges")
        conn.execute("DROP TABLE IF EXISTS graph_nodes")
        conn.execute(GRAPH_NODES_SQL)
        conn.execute(GRAPH_EDGES_SQL)
        if not _CONTRACT_TABLES <= tables:
            return {"nodes": 0, "edges": 0}
        conn.execute(f"INSERT INTO graph_edges ({_EDGE_COLUMNS}) {_EDGES_SELECT}")
        for name, on in GRAPH_INDEXES.items():
            conn.execute(f"CREATE INDEX {name} ON {on}")
        conn.execute(f"""
            WITH n ({_NODE_COLUMNS}) AS ({_NODES_SELECT}),
            into_node AS (SELECT target AS id, count(*) AS edges FROM graph_edges GROUP BY target),
            out_of_node AS (SELECT source AS id, count(*) AS edges FROM graph_edges GROUP BY source),
            citing AS (SELECT target AS id, count(DISTINCT source) AS documents FROM graph_edges
                       WHERE source != target AND relation IN ({_CITATION_RELATIONS_SQL}) GROUP BY target)
            INSERT INTO graph_nodes (id, kind, label, document_id, in_degree, out_degree, cited_by, attributes)
            SELECT n.id, n.kind, n.label, n.document_id, coalesce(into_node.edges, 0),
                   coalesce(out_of_node.edges, 0), coalesce(citing.documents, 0), n.attributes
            FROM n LEFT JOIN into_node USING (id) LEFT JOIN out_of_node USING (id) LEFT JOIN citing USING (id)""")
    return _graph_counts(conn)


def _graph_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {"nodes": conn.execute("SELECT count(*) FROM graph_nodes").fetchone()[0],
            "edges": conn.execute("SELECT count(*) FROM graph_edges").fetchone()[0]}


def _graph_tables_current(conn: sqlite3.Connection) -> bool:
    """The tables are there, written by this version (edges know their document), with their indexes."""
    tables = _tables(conn)
    if not _CONTRACT_TABLES | {"graph_nodes", "graph_edges"} <= tables:
        return False
    columns = {row[1] for row in conn.execute("PRAGMA table_info(graph_edges)")}
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    nodes_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'graph_nodes'").fetchone()[0]
    return "document_id" in columns and set(GRAPH_INDEXES) <= indexes and nodes_sql == GRAPH_NODES_SQL


# The nodes of each document in ``temp.graph_changed`` as the tables hold them (found from its
# document node along the ``contains`` edges it owns: the edges' ends are indexed, their
# ``document_id`` is not), then the edges it owns (each touches one of its nodes) and those of the
# citations in ``temp.graph_moved`` (from their citing document's node).
_OWNED_NODES_NOW = f"""
WITH RECURSIVE owned (document_id, node) AS (
    SELECT id, 'document:' || id FROM temp.graph_changed
    UNION SELECT o.document_id, e.target FROM owned o CROSS JOIN graph_edges e ON e.source = o.node
          WHERE e.relation = 'contains' AND e.document_id = o.document_id)
INSERT OR IGNORE INTO temp.graph_owned SELECT document_id, node FROM owned"""
# (CROSS JOIN: the few marked rows first, then the edges by their indexed ends; the planner knows
# nothing of the temporary tables' sizes and would read every edge)
_OLD_EDGES = """
SELECT e.id FROM temp.graph_owned o CROSS JOIN graph_edges e ON e.source = o.node WHERE e.document_id = o.document_id
UNION SELECT e.id FROM temp.graph_owned o CROSS JOIN graph_edges e ON e.target = o.node WHERE e.document_id = o.document_id
UNION SELECT e.id FROM temp.graph_moved m CROSS JOIN citations c ON c.id = m.id
      CROSS JOIN graph_edges e ON e.source = 'document:' || c.document_id WHERE e.citation_id = m.id
UNION SELECT e.id FROM temp.graph_moved m CROSS JOIN citations c ON c.id = m.id
      CROSS JOIN graph_edges e ON e.target = 'document:' || c.document_id WHERE e.citation_id = m.id"""
# The unit and reference nodes among ``temp.graph_touched`` as they are now: a unit of ``units``, a
# unit an assignment names that ``units`` lacks, a document cited and not held (named as its first
# citation names it), read from the edges that reach it (as the full write reads them from the
# citations whose edges these are).
_SHARED_NOW = """
SELECT 'unit:' || u.id, 'unit', coalesce(nullif(u.name, ''), u.id), NULL,
       json_patch('{}', json_object('unit_kind', nullif(u.kind, ''), 'region', nullif(u.region, '')))
FROM temp.graph_touched t JOIN units u ON u.id = substr(t.id, 6) WHERE t.id LIKE 'unit:%'
UNION ALL
SELECT t.id, 'unit', substr(t.id, 6), NULL, '{}' FROM temp.graph_touched t
WHERE t.id LIKE 'unit:%' AND substr(t.id, 6) NOT IN (SELECT id FROM units)
  AND EXISTS (SELECT 1 FROM graph_edges e WHERE e.target = t.id AND e.relation = 'assigned')
UNION ALL
SELECT t.id, 'reference', coalesce(nullif(c.doc_number, ''), nullif(c.title, '')), NULL,
       json_patch('{}', json_object('doc_number', nullif(c.doc_number, ''), 'title', nullif(c.title, '')))
FROM temp.graph_touched t JOIN citations c ON c.id = (
    SELECT min(citation_id) FROM (SELECT citation_id FROM graph_edges WHERE target = t.id AND citation_id IS NOT NULL
                                  UNION ALL
                                  SELECT citation_id FROM graph_edges WHERE source = t.id AND citation_id IS NOT NULL))
WHERE t.id LIKE 'reference:%'"""


def _update_graph_tables(conn: sqlite3.Connection) -> bool:
    """The incremental write of :func:`write_graph_tables`, from the changes the triggers marked;
    False (and nothing changed) when they are not known."""
    if not track_graph_changes(conn):
        return False
    temp = {**dict.fromkeys(("changed", "moved", "touched"), "id TEXT PRIMARY KEY"), "old_edges": "id INTEGER PRIMARY KEY",
            "owned": "document_id TEXT, node TEXT, PRIMARY KEY (node, document_id)",
            "shared": "id TEXT PRIMARY KEY, kind, label, document_id, attributes"}
    for name, columns in temp.items():
        conn.execute(f"DROP TABLE IF EXISTS temp.graph_{name}")
        conn.execute(f"CREATE TEMP TABLE graph_{name} ({columns})")
    if conn.in_transaction:
        conn.commit()
    conn.execute("SAVEPOINT graph_update")  # all of it or nothing, whatever the connection's mode
    try:
        # the documents marked and those printed inside them; the citations that resolve elsewhere
        conn.execute(f"INSERT OR IGNORE INTO temp.graph_changed SELECT id FROM {GRAPH_CHANGES} WHERE kind = 'document'")
        conn.execute("INSERT OR IGNORE INTO temp.graph_changed SELECT id FROM documents "
                     "WHERE parent_id IN (SELECT id FROM temp.graph_changed)")
        conn.execute(f"INSERT OR IGNORE INTO temp.graph_moved SELECT id FROM {GRAPH_CHANGES} WHERE kind = 'citation'")
        conn.execute(f"INSERT OR IGNORE INTO temp.graph_touched SELECT 'unit:' || id FROM {GRAPH_CHANGES} "
                     "WHERE kind = 'unit'")
        # out: the nodes and edges of those documents and the edges of those citations
        conn.execute(_OWNED_NODES_NOW)
        conn.execute(f"INSERT INTO temp.graph_old_edges {_OLD_EDGES}")
        conn.execute("INSERT OR IGNORE INTO temp.graph_touched SELECT source FROM graph_edges WHERE id IN "
                     "(SELECT id FROM temp.graph_old_edges) UNION SELECT target FROM graph_edges WHERE id IN "
                     "(SELECT id FROM temp.graph_old_edges)")
        conn.execute("DELETE FROM graph_edges WHERE id IN (SELECT id FROM temp.graph_old_edges)")
        conn.execute("DELETE FROM graph_nodes WHERE id IN (SELECT node FROM temp.graph_owned) AND "
                     "document_id IN (SELECT document_id FROM temp.graph_owned o WHERE o.node = graph_nodes.id)")
        # in: theirs again, from the current rows
        newest = conn.execute("SELECT coalesce(max(id), 0) FROM graph_edges").fetchone()[0]
        conn.execute(f"INSERT INTO graph_edges ({_EDGE_COLUMNS}) {_select(_EDGES, changed_only=True)}")
        conn.execute("INSERT OR IGNORE INTO temp.graph_touched SELECT source FROM graph_edges WHERE id > ? "
                     "UNION SELECT target FROM graph_edges WHERE id > ?", [newest, newest])
        conn.execute(f"INSERT INTO graph_nodes ({_NODE_COLUMNS}, in_degree, out_degree, cited_by) "
                     f"SELECT *, 0, 0, 0 FROM ({_select(_OWNED_NODES, changed_only=True)})")
        conn.execute("INSERT OR IGNORE INTO temp.graph_touched SELECT node FROM temp.graph_owned UNION "
                     "SELECT 'document:' || id FROM temp.graph_changed UNION SELECT 'measure:' || id FROM measures "
                     "WHERE document_id IN (SELECT id FROM temp.graph_changed)")
        # the unit and reference nodes they reach, as they are now
        conn.execute(f"INSERT INTO temp.graph_shared {_SHARED_NOW}")
        conn.execute("""DELETE FROM graph_nodes WHERE id IN (SELECT id FROM temp.graph_touched)
            AND kind IN ('unit', 'reference') AND NOT EXISTS (
            SELECT 1 FROM temp.graph_shared s WHERE s.id = graph_nodes.id AND s.kind = graph_nodes.kind
            AND s.label IS graph_nodes.label AND s.attributes IS graph_nodes.attributes)""")
        conn.execute(f"INSERT INTO graph_nodes ({_NODE_COLUMNS}, in_degree, out_degree, cited_by) "
                     "SELECT *, 0, 0, 0 FROM temp.graph_shared WHERE id NOT IN (SELECT id FROM graph_nodes)")
        conn.execute(f"""UPDATE graph_nodes SET
            in_degree = (SELECT count(*) FROM graph_edges e WHERE e.target = graph_nodes.id),
            out_degree = (SELECT count(*) FROM graph_edges e WHERE e.source = graph_nodes.id),
            cited_by = (SELECT count(DISTINCT e.source) FROM graph_edges e WHERE e.target = graph_nodes.id
                        AND e.source != e.target AND e.relation IN ({_CITATION_RELATIONS_SQL}))
            WHERE id IN (SELECT id FROM temp.graph_touched)""")
        conn.execute(f"DELETE FROM {GRAPH_CHANGES}")
        kept = True
    except sqlite3.IntegrityError:  # a node the tables hold that the marks did not lead to: written whole
        kept = False
    except BaseException:
        kept = False
        raise
    finally:
        if not kept:
            conn.execute("ROLLBACK TO graph_update")
        conn.execute("RELEASE graph_update")
        for name in temp:
            conn.execute(f"DROP TABLE IF EXISTS temp.graph_{name}")
        if conn.in_transaction:
            conn.commit()
    return kept


def graph_table_rows(graph: nx.MultiDiGraph) -> tuple[list[tuple], list[tuple]]:
    """The rows of ``graph_nodes`` and ``graph_edges`` (without the edges' ids) for ``graph``, as
    :func:`write_graph_tables` writes them from the database; ``attributes`` as a dict."""
    cited_by: dict[str, set] = {}
    for source, target, _ in citation_edges(graph):
        if source != target:
            cited_by.setdefault(target, set()).add(source)
    core = {"kind", "label", "ref_id", "document_id"}
    in_label = {"measure": {"heading"}}  # a measure's label is its printed label and heading
    nodes = [(node, data.get("kind"), data.get("label"), data.get("ref_id"),
              data.get("document_id") if data.get("kind") == "measure" else (
                  data.get("ref_id") if data.get("kind") == "document" else None),
              graph.in_degree(node), graph.out_degree(node), len(cited_by.get(node, ())),
              {k: v for k, v in data.items() if k not in core and k not in in_label.get(data.get("kind"), ())})
             for node, data in graph.nodes(data=True)]
    edges = [(source, target, data.get("relation"), data.get("role"), data.get("citation_id"),
              data.get("assignment_id"), data.get("measure_id"), data.get("text") or data.get("raw"))
             for source, target, data in graph.edges(data=True)]
    return nodes, edges


# --- export ------------------------------------------------------------------------------------


def node_link(graph: nx.MultiDiGraph) -> dict:
    """Node-link data as D3 expects it: ``nodes`` with ``id``, ``links`` with ``source``/``target``."""
    import networkx as nx

    return nx.node_link_data(graph, edges="links")


def export_graph(db_path: str, format: str = "graphml", output: str = "-") -> None:
    """Write the graph of ``db_path`` as GraphML, GEXF or node-link JSON to ``output`` ("-": stdout)."""
    if format not in FORMATS:
        raise ValueError(f"unknown graph format {format!r}; use one of {', '.join(FORMATS)}")
    if not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path} does not exist; run `notices build` first")
    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        graph = build_graph(conn)
    finally:
        conn.close()
    if format == "json":
        text = json.dumps(node_link(graph), ensure_ascii=False, indent=1)
        if output == "-":
            try:
                sys.stdout.write(text + "\n")
                sys.stdout.flush()
            except BrokenPipeError:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        else:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        return
    import networkx as nx

    writer = nx.write_graphml if format == "graphml" else nx.write_gexf
    if output != "-":
        writer(graph, output)
        return
    try:
        sys.stdout.flush()
        writer(graph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # `notices graph … | head`: the reader has gone, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


# --- the site's document page ------------------------------------------------------------------


def document_neighbourhood(db, document_id: str) -> Optional[dict[str, Any]]:
    """A document with what it cites (by relation), who cites it, the documents it is printed in or
    prints, and its measure tree with the units assigned: what the document page draws."""
    with _connected(db) as conn:
        return _document_neighbourhood(conn, document_id)


def _document_neighbourhood(conn: sqlite3.Connection, document_id: str) -> Optional[dict[str, Any]]:
    documents = _rows(conn, "SELECT id, doc_number, title, issuer, admin_level, region, signed_date, parent_id "
                            "FROM documents WHERE id = ?", [document_id])
    if not documents:
        return None
    document = documents[0]
    columns = "id, doc_number, title, issuer, admin_level, signed_date"
    parent = None
    if document["parent_id"]:
        found = _rows(conn, f"SELECT {columns} FROM documents WHERE id = ?", [document["parent_id"]])
        parent = found[0] if found else None
    embedded = _rows(conn, f"SELECT {columns} FROM documents WHERE parent_id = ? ORDER BY source_offset, id",
                     [document_id])
    outgoing = _rows(conn, """
        SELECT c.id AS citation_id, c.relation, c.text, c.doc_number, c.title, c.measure_id,
               d.id AS document_id, d.doc_number AS document_number, d.title AS document_title,
               d.issuer AS document_issuer
        FROM citations c LEFT JOIN documents d ON d.id = c.cited_document_id
        WHERE c.document_id = ? ORDER BY c.start""", [document_id])
    incoming = _rows(conn, """
        SELECT c.id AS citation_id, c.relation, c.text, c.measure_id,
               d.id AS document_id, d.doc_number AS document_number, d.title AS document_title,
               d.issuer AS document_issuer
        FROM citations c JOIN documents d ON d.id = c.document_id
        WHERE (c.cited_document_id = :id
               OR (c.cited_document_id IS NULL AND :number IS NOT NULL AND c.doc_number = :number))
          AND c.document_id != :id
        ORDER BY d.signed_date, d.id, c.start""", {"id": document_id, "number": document["doc_number"]})
    measures = _rows(conn, """
        SELECT m.id, m.parent_id, m.level, m.label, m.path, m.heading,
               (SELECT count(*) FROM deadlines x WHERE x.measure_id = m.id) AS deadlines,
               (SELECT count(*) FROM targets x WHERE x.measure_id = m.id) AS targets
        FROM measures m WHERE m.document_id = ? ORDER BY m.start, m.id""", [document_id])
    units: dict[str, list] = {}
    for row in _rows(conn, """
            SELECT a.measure_id, a.unit_id, a.role, coalesce(u.name, a.unit_id) AS name
            FROM assignments a JOIN measures m ON m.id = a.measure_id LEFT JOIN units u ON u.id = a.unit_id
            WHERE m.document_id = ? ORDER BY a.start""", [document_id]):
        units.setdefault(row["measure_id"], []).append(
            {"id": row["unit_id"], "name": row["name"], "role": row["role"]})
    for measure in measures:
        measure["units"] = units.get(measure["id"], [])
    return {"document": document, "parent": parent, "embedded": embedded, "outgoing": outgoing,
            "incoming": incoming, "measures": measures}
