"""The graph views: ``graph_nodes`` and ``graph_edges``, the corpus graph (documents, measures,
units, documents cited but not held, and the edges between them) for Datasette and SQL.

They are views over the contract tables, not tables: every label, attribute, end and degree is a
column of ``documents``, ``measure_rows`` (the measures), ``units``, ``assignments`` or
``citations``, or is counted from them when read. Stored, they were a sixth of the database, a
copy of those columns and of their ids, and every build had to bring them up to date.
``pipeline.corpus.graph.build_graph`` makes the same graph in networkx from the same tables
(``notices graph``); tests/test_graph.py checks they agree.

Nodes: ``document:<id>``, ``measure:<id>``, ``unit:<id>`` and ``reference:<文号 or title>``. Edges:
``contains`` (a document → its top-level measures and the documents printed inside it, a measure
→ its child measures), ``assigned`` (measure → unit) and one edge per citation (its relation;
reversed for a law's history line, where the cited act amended the citing document). An edge's
``id`` is the rowid of the row that makes it times four, plus the place of its table in that
list: stable while the row is.
"""

from __future__ import annotations

from schema.measures import derived_heading
from schema.relations import LIFECYCLE_RELATIONS, RELATIONS

#: The edges that make a document cite another (``cited_by``) and lie downstream of it: every
#: citation relation but those that end or change the cited document's force (repeals, amends).
CITATION_RELATIONS = tuple(relation for relation in RELATIONS if relation not in LIFECYCLE_RELATIONS)
_CITATION_RELATIONS_SQL = ", ".join(f"'{relation}'" for relation in CITATION_RELATIONS)

# A citation's relation as the graph names it, and the node it points to: the document it resolves
# to when that is in the database, else the reference named by its 文号 or title.
_RELATION = "coalesce(nullif(c.relation, ''), 'cites')"
_REFERENCE_KEY = "'reference:' || coalesce(nullif(c.doc_number, ''), nullif(c.title, ''), '?')"
_CITED_NODE = f"CASE WHEN cited.id IS NOT NULL THEN 'document:' || cited.id ELSE {_REFERENCE_KEY} END"
# acts_on 'citing': the cited act amended the citing document (a law's history line): the edge
# runs from the cited node to the citing document
_REVERSED = "c.acts_on IS 'citing'"
_FORWARD = "c.acts_on IS NOT 'citing'"
_UNRESOLVED = "(c.cited_document_id IS NULL OR c.cited_document_id NOT IN (SELECT id FROM documents))"

GRAPH_EDGES_VIEW = f"""CREATE VIEW graph_edges AS
SELECT d.rowid * 4 AS id, 'document:' || d.parent_id AS source, 'document:' || d.id AS target,
       'contains' AS relation, NULL AS role, NULL AS citation_id, NULL AS assignment_id, NULL AS measure_id,
       NULL AS text, d.id AS document_id
FROM documents d WHERE d.parent_id IN (SELECT id FROM documents)
UNION ALL
SELECT m.rowid * 4 + 1, CASE WHEN m.parent_id IS NOT NULL THEN 'measure:' || m.parent_id
                             ELSE 'document:' || m.document_id END,
       'measure:' || m.id, 'contains', NULL, NULL, NULL, NULL, NULL, m.document_id
FROM measure_rows m
UNION ALL
SELECT a.rowid * 4 + 2, 'measure:' || a.measure_id, 'unit:' || a.unit_id, 'assigned', nullif(a.role, ''), NULL,
       a.id, NULL, nullif(a.raw, ''), m.document_id
FROM assignments a JOIN measure_rows m ON m.id = a.measure_id
UNION ALL
SELECT c.rowid * 4 + 3, CASE WHEN {_REVERSED} THEN {_CITED_NODE} ELSE 'document:' || c.document_id END,
       CASE WHEN {_REVERSED} THEN 'document:' || c.document_id ELSE {_CITED_NODE} END,
       {_RELATION}, NULL, c.id, NULL, nullif(c.measure_id, ''), nullif(c.text, ''), c.document_id
FROM citations c JOIN documents citing ON citing.id = c.document_id
LEFT JOIN documents cited ON cited.id = c.cited_document_id"""

# The degrees of a document node, each counted with an index (citations by document_id and by
# cited_document_id, documents by parent_id, measures by document_id).
_DOCUMENT_IN = f"""
    EXISTS (SELECT 1 FROM documents p WHERE p.id = d.parent_id)
    + (SELECT count(*) FROM citations c JOIN documents citing ON citing.id = c.document_id
       WHERE c.cited_document_id = d.id AND {_FORWARD})
    + (SELECT count(*) FROM citations c WHERE c.document_id = d.id AND {_REVERSED})"""
_DOCUMENT_OUT = f"""
    (SELECT count(*) FROM documents e WHERE e.parent_id = d.id)
    + (SELECT count(*) FROM measure_rows m WHERE m.document_id = d.id AND m.parent_id IS NULL)
    + (SELECT count(*) FROM citations c WHERE c.document_id = d.id AND {_FORWARD})
    + (SELECT count(*) FROM citations c JOIN documents citing ON citing.id = c.document_id
       WHERE c.cited_document_id = d.id AND {_REVERSED})"""
# the documents citing it (each once) by the relations of CITATION_RELATIONS, itself left out
_DOCUMENT_CITED_BY = f"""
    (SELECT count(DISTINCT source) FROM (
        SELECT 'document:' || c.document_id AS source FROM citations c
        JOIN documents citing ON citing.id = c.document_id
        WHERE c.cited_document_id = d.id AND {_FORWARD} AND c.document_id != d.id
          AND {_RELATION} IN ({_CITATION_RELATIONS_SQL})
        UNION ALL
        SELECT {_CITED_NODE} FROM citations c LEFT JOIN documents cited ON cited.id = c.cited_document_id
        WHERE c.document_id = d.id AND {_REVERSED} AND cited.id IS NOT d.id
          AND {_RELATION} IN ({_CITATION_RELATIONS_SQL})))"""

# The documents cited and not in the database, one node per 文号 or title, named as their first
# citation names them.
_REFERENCES = f"""
SELECT key AS id, 'reference' AS kind, max(CASE WHEN nth = 1 THEN label END) AS label, NULL AS ref_id,
       NULL AS document_id, sum(NOT reversed) AS in_degree, sum(reversed) AS out_degree,
       count(DISTINCT CASE WHEN NOT reversed AND relation IN ({_CITATION_RELATIONS_SQL}) THEN document_id END)
           AS cited_by,
       max(CASE WHEN nth = 1 THEN attributes END) AS attributes
FROM (SELECT {_REFERENCE_KEY} AS key, {_RELATION} AS relation, {_REVERSED} AS reversed, c.document_id,
             coalesce(nullif(c.doc_number, ''), nullif(c.title, '')) AS label,
             json_patch('{{}}', json_object('doc_number', nullif(c.doc_number, ''), 'title', nullif(c.title, '')))
                 AS attributes,
             row_number() OVER (PARTITION BY {_REFERENCE_KEY} ORDER BY c.id) AS nth
      FROM citations c JOIN documents citing ON citing.id = c.document_id
      WHERE {_UNRESOLVED})
GROUP BY key"""

# "" counts as missing, as in pipeline.corpus.graph._clean; a measure's heading is in its label
# (read from its document's text: each branch of the CASE reads it once).
_HEADING = derived_heading("m", "md")

GRAPH_NODES_VIEW = f"""CREATE VIEW graph_nodes AS
SELECT 'document:' || d.id AS id, 'document' AS kind, coalesce(nullif(d.doc_number, ''), nullif(d.title, ''), d.id)
           AS label, d.id AS ref_id, d.id AS document_id, {_DOCUMENT_IN} AS in_degree, {_DOCUMENT_OUT} AS out_degree,
       {_DOCUMENT_CITED_BY} AS cited_by,
       json_patch('{{}}', json_object('title', nullif(d.title, ''), 'doc_number', nullif(d.doc_number, ''),
                  'issuer', nullif(d.issuer, ''), 'admin_level', nullif(d.admin_level, ''),
                  'region', nullif(d.region, ''), 'signed_date', nullif(d.signed_date, ''))) AS attributes
FROM documents d
UNION ALL
SELECT 'measure:' || m.id, 'measure',
       CASE WHEN coalesce(m.label, '') = '' THEN coalesce(nullif({_HEADING}, ''), m.id)
            ELSE m.label || coalesce(' ' || nullif({_HEADING}, ''), '') END, m.id, m.document_id, 1,
       (SELECT count(*) FROM measure_rows k WHERE k.parent_id = m.id)
       + (SELECT count(*) FROM assignments a WHERE a.measure_id = m.id), 0,
       CASE WHEN m.level IS NULL THEN CASE WHEN coalesce(m.path, '') = '' THEN '{{}}' ELSE json_object('path', m.path) END
            WHEN coalesce(m.path, '') = '' THEN json_object('level', m.level)
            ELSE json_object('path', m.path, 'level', m.level) END  -- json_patch's work, without parsing
FROM measure_rows m LEFT JOIN documents md ON md.id = m.document_id
UNION ALL
SELECT 'unit:' || u.id, 'unit', coalesce(nullif(u.name, ''), u.id), u.id, NULL,
       (SELECT count(*) FROM assignments a JOIN measure_rows m ON m.id = a.measure_id WHERE a.unit_id = u.id), 0, 0,
       json_patch('{{}}', json_object('unit_kind', nullif(u.kind, ''), 'region', nullif(u.region, '')))
FROM units u
UNION ALL
SELECT 'unit:' || a.unit_id, 'unit', a.unit_id, a.unit_id, NULL, count(*), 0, 0, '{{}}'  -- named, missing from units
FROM assignments a JOIN measure_rows m ON m.id = a.measure_id
WHERE a.unit_id NOT IN (SELECT id FROM units) GROUP BY a.unit_id
UNION ALL
SELECT * FROM ({_REFERENCES})"""

GRAPH_VIEWS = {"graph_nodes": GRAPH_NODES_VIEW, "graph_edges": GRAPH_EDGES_VIEW}

#: The index a measure node's out-degree is counted with (its child measures): of the measures
#: that have a parent only.
GRAPH_INDEXES = {"idx_measure_rows_parent_id": "measure_rows (parent_id) WHERE parent_id IS NOT NULL"}

#: The number of rows of each view, counted from the tables (counting a view computes its degrees).
GRAPH_COUNTS_SQL = f"""SELECT
    (SELECT count(*) FROM documents) + (SELECT count(*) FROM measure_rows) + (SELECT count(*) FROM units)
    + (SELECT count(DISTINCT a.unit_id) FROM assignments a JOIN measure_rows m ON m.id = a.measure_id
       WHERE a.unit_id NOT IN (SELECT id FROM units))
    + (SELECT count(DISTINCT {_REFERENCE_KEY}) FROM citations c JOIN documents citing ON citing.id = c.document_id
       WHERE {_UNRESOLVED}),
    (SELECT count(*) FROM documents WHERE parent_id IN (SELECT id FROM documents)) + (SELECT count(*) FROM measure_rows)
    + (SELECT count(*) FROM assignments a JOIN measure_rows m ON m.id = a.measure_id)
    + (SELECT count(*) FROM citations c JOIN documents citing ON citing.id = c.document_id)"""


def create_graph_views(conn) -> None:
    """The views and their index, made again when they are not this version's (a database built by
    an older version has graph_nodes and graph_edges as tables, which go)."""
    with conn:  # (a build into an empty database drops the index with the measures' others, then makes it again)
        for name, on in GRAPH_INDEXES.items():
            conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name IN ('graph_nodes', 'graph_edges')"))
    if all(found.get(name) == sql for name, sql in GRAPH_VIEWS.items()):
        return
    with conn:
        for name in GRAPH_VIEWS:
            kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()
            if kind:
                conn.execute(f"DROP {'VIEW' if kind[0] == 'view' else 'TABLE'} {name}")
        # what kept the stored tables up to date: the changes its triggers marked
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name GLOB 'graph_*'").fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')
        conn.execute("DROP TABLE IF EXISTS graph_changes")
        for sql in GRAPH_VIEWS.values():
            conn.execute(sql)
