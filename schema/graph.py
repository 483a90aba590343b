"""The graph tables: ``graph_nodes`` and ``graph_edges``, the corpus graph (documents, measures,
units, documents cited but not held, and the edges between them) stored for Datasette;
``pipeline.corpus.graph`` writes them after every build."""

from __future__ import annotations

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
