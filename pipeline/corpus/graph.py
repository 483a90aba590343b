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

``build_graph(db)`` reads the contract tables; ``graph_nodes`` and ``graph_edges`` (``schema.graph``) are
views of the same graph over the same tables, for Datasette and SQL (``graph_table_rows`` gives
their rows from a networkx graph, for comparing them); ``export_graph(db_path, format, output)`` writes GraphML, GEXF or node-link JSON (for D3) for
``notices graph``. :func:`document_neighbourhood` is what the site's document page draws.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from pipeline.ingest.database import connected as _connected
from schema.measures import document_headings
from schema.graph import CITATION_RELATIONS, GRAPH_COUNTS_SQL, create_graph_views

if TYPE_CHECKING:  # networkx is imported where a graph is built: a build only makes sure of the views
    import networkx as nx

_CONTRACT_TABLES = {"documents", "measures", "units", "assignments", "citations"}
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
    import networkx as nx

    start = document_node(document_id)
    if start not in graph:
        return []
    citations = nx.DiGraph()
    citations.add_edges_from((target, source) for source, target, _ in citation_edges(graph))
    if start not in citations:
        return []
    return sorted(node for node in nx.descendants(citations, start) if node.startswith("document:"))


# --- tables ------------------------------------------------------------------------------------

def write_graph_tables(db, incremental: bool = True, counted: bool = True) -> dict[str, int]:
    """Make sure ``graph_nodes`` and ``graph_edges`` are the views of ``schema.graph`` (a database
    built by an older version has them as tables, which go); returns their counts. The views read
    the contract tables whenever they are queried, so there is nothing to bring up to date after a
    build. ``incremental`` is kept for callers of the time the graph was stored; ``counted``: the
    counts are returned (else an empty dict)."""
    with _connected(db) as conn:
        create_graph_views(conn)
        return _graph_counts(conn) if counted else {}


def _graph_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The views' counts, from the tables they are made of (counting the views computes every
    degree)."""
    if not _CONTRACT_TABLES <= _tables(conn):
        return {"nodes": 0, "edges": 0}
    return dict(zip(("nodes", "edges"), conn.execute(GRAPH_COUNTS_SQL).fetchone()))


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
    headings = document_headings(conn, document_id)  # the document's text read once, not once a measure
    measures = _rows(conn, f"""
        SELECT m.id, m.parent_id, m.level, m.label, m.path, {'NULL' if headings is not None else 'm.heading'} AS heading,
               (SELECT count(*) FROM deadlines x WHERE x.measure_id = m.id) AS deadlines,
               (SELECT count(*) FROM targets x WHERE x.measure_id = m.id) AS targets
        FROM {'measure_rows' if headings is not None else 'measures'} m WHERE m.document_id = ?
        ORDER BY m.start, m.id""", [document_id])
    for measure in measures if headings is not None else ():
        measure["heading"] = headings.get(measure["id"])
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
