"""The networkx graph of the sample corpus, its tables, its analyses and its exports."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter

import networkx as nx
import pytest

from pipeline.corpus.graph import (build_graph, document_neighbourhood, export_graph, implementation_chain,
                            graph_table_rows, most_cited_documents, units_with_most_measures,
                            write_graph_tables)
from pipeline.ingest.database import open_database
from schema.relations import RELATIONS
from test_site import CORPUS, HEILONGJIANG, JINGXIAN, NATIONAL, ROOT, build_database


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    return build_database(tmp_path_factory, "corpus.db", [str(CORPUS)])


@pytest.fixture(scope="module")
def conn(corpus_db):
    conn = sqlite3.connect(corpus_db)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def graph(conn):
    return build_graph(conn)


def count(conn, sql, params=()):
    return conn.execute(sql, params).fetchone()[0]


def doc_id(conn, number):
    return conn.execute("SELECT id FROM documents WHERE doc_number = ?", [number]).fetchone()[0]


def test_nodes_are_the_rows(conn, graph):
    kinds = Counter(data["kind"] for _, data in graph.nodes(data=True))
    assert kinds["document"] == count(conn, "SELECT count(*) FROM documents")
    assert kinds["measure"] == count(conn, "SELECT count(*) FROM measures")
    assert kinds["unit"] == count(conn, "SELECT count(*) FROM units")
    unresolved = count(conn, "SELECT count(DISTINCT coalesce(doc_number, title)) FROM citations "
                             "WHERE cited_document_id IS NULL")
    assert kinds["reference"] == unresolved > 0


def test_edges(conn, graph):
    relations = Counter(data["relation"] for _, _, data in graph.edges(data=True))
    assert relations["assigned"] == count(conn, "SELECT count(*) FROM assignments")
    assert relations["contains"] == (count(conn, "SELECT count(*) FROM measures")
                                     + count(conn, "SELECT count(*) FROM documents WHERE parent_id IS NOT NULL"))
    # every citation is an edge of its relation
    assert sum(relations[r] for r in RELATIONS) == count(conn, "SELECT count(*) FROM citations")

    national, jingxian, heilongjiang = (f"document:{doc_id(conn, n)}" for n in (NATIONAL, JINGXIAN, HEILONGJIANG))
    assert "basis" in {d["relation"] for d in graph.get_edge_data(jingxian, national).values()}
    assert {"forwards", "contains"} <= {d["relation"] for d in graph.get_edge_data(heilongjiang, national).values()}
    # every measure hangs from its document through contains edges
    for node, data in graph.nodes(data=True):
        if data["kind"] == "measure":
            assert nx.has_path(graph, f"document:{data['document_id']}", node)
    assigned = [(s, t, d) for s, t, d in graph.edges(data=True) if d["relation"] == "assigned"]
    assert all(graph.nodes[t]["kind"] == "unit" and d["role"] for s, t, d in assigned)
    assert any(graph.nodes[t].get("label", graph.nodes[t].get("name")) == "县卫健委" for s, t, d in assigned)


def test_analyses(conn, graph):
    top = most_cited_documents(graph, 3)
    assert top[0]["node"] == f"document:{doc_id(conn, NATIONAL)}" and top[0]["cited_by"] == 2
    busiest = units_with_most_measures(graph, 1)[0]
    expected = conn.execute("SELECT unit_id, count(DISTINCT measure_id) AS n FROM assignments "
                            "GROUP BY unit_id ORDER BY n DESC, unit_id LIMIT 1").fetchone()
    assert (busiest["node"], busiest["measures"]) == (f"unit:{expected[0]}", expected[1])
    downstream = implementation_chain(graph, doc_id(conn, NATIONAL))
    assert {f"document:{doc_id(conn, JINGXIAN)}", f"document:{doc_id(conn, HEILONGJIANG)}"} <= set(downstream)


def test_graph_tables_are_idempotent(corpus_db, tmp_path, graph):
    import shutil

    copy = tmp_path / "graph.db"
    shutil.copy(corpus_db, copy)
    first = write_graph_tables(str(copy))
    second = write_graph_tables(str(copy))
    assert first == second == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    conn = sqlite3.connect(copy)
    assert count(conn, "SELECT count(*) FROM graph_nodes") == graph.number_of_nodes()
    assert count(conn, "SELECT count(*) FROM graph_edges") == graph.number_of_edges()
    assert count(conn, "SELECT cited_by FROM graph_nodes WHERE label = ?", [NATIONAL]) == 2
    # the build wrote them too
    built = sqlite3.connect(corpus_db)
    assert count(built, "SELECT count(*) FROM graph_edges") == graph.number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export(corpus_db, tmp_path, graph, fmt):
    output = tmp_path / f"graph.{fmt}"
    export_graph(str(corpus_db), fmt, str(output))
    if fmt == "graphml":
        read = nx.read_graphml(output)
    elif fmt == "gexf":
        read = nx.read_gexf(output)
    else:
        data = json.loads(output.read_text(encoding="utf-8"))
        assert {"nodes", "links"} <= set(data) and all("id" in n for n in data["nodes"])
        assert all({"source", "target"} <= set(link) for link in data["links"])
        read = nx.node_link_graph(data, edges="links")
    assert read.number_of_nodes() == graph.number_of_nodes()
    assert read.number_of_edges() == graph.number_of_edges()


def test_cli_writes_to_stdout(corpus_db):
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "graph", "--db", str(corpus_db),
                             "--format", "json"], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert any(node["id"] == "unit:泾县/县卫健委" for node in data["nodes"])
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "graph", "--db", str(corpus_db),
                             "--format", "graphml", "-o", "-"], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith(b"<?xml")


def test_document_neighbourhood(conn):
    data = document_neighbourhood(conn, doc_id(conn, NATIONAL))
    assert {(c["document_number"], c["relation"]) for c in data["incoming"]} >= {(JINGXIAN, "basis"),
                                                                              (HEILONGJIANG, "forwards")}
    assert data["parent"]["doc_number"] == HEILONGJIANG
    assert document_neighbourhood(conn, "no-such-document") is None


def test_graph_tables_hold_the_networkx_graph(conn, graph):
    """write_graph_tables writes in SQL what graph_table_rows makes of build_graph's graph."""
    nodes, edges = graph_table_rows(graph)
    stored_nodes = [(*row[:-1], json.loads(row[-1])) for row in conn.execute(
        "SELECT id, kind, label, ref_id, document_id, in_degree, out_degree, cited_by, attributes FROM graph_nodes")]
    assert sorted(stored_nodes, key=str) == sorted(nodes, key=str)
    stored_edges = conn.execute("SELECT source, target, relation, role, citation_id, assignment_id, measure_id, "
                                "text FROM graph_edges").fetchall()
    assert sorted(stored_edges, key=str) == sorted(edges, key=str)
    assert {row[1] for row in stored_nodes} == {"document", "measure", "unit", "reference"}


def _graph_rows(db) -> tuple[list, list]:
    conn = sqlite3.connect(db)
    nodes = conn.execute("SELECT id, kind, label, ref_id, document_id, in_degree, out_degree, cited_by, attributes "
                         "FROM graph_nodes ORDER BY id").fetchall()
    edges = sorted(conn.execute("SELECT source, target, relation, role, citation_id, assignment_id, measure_id, "
                                "text, document_id FROM graph_edges").fetchall(), key=str)
    conn.close()
    return nodes, edges


def test_graph_views_follow_the_notices_added_and_changed(tmp_path):
    """A build that adds a notice (Heilongjiang's, which prints the national notice the others cite:
    their citations now point at it) and changes another: the views show what the networkx graph
    of the new tables is, with nothing written for them."""
    import shutil

    from pipeline.build import build

    folder = tmp_path / "corpus"
    folder.mkdir()
    samples = sorted(CORPUS.glob("*.txt"))
    national = next(path for path in samples if HEILONGJIANG in path.read_text(encoding="utf-8")[:200])
    for path in samples:
        if path != national:
            shutil.copy(path, folder / path.name)
    db = tmp_path / "n.db"
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    before_nodes, _ = _graph_rows(db)
    assert any(node[0] == f"reference:{NATIONAL}" for node in before_nodes)

    shutil.copy(national, folder / national.name)
    changed = folder / samples[-1].name if samples[-1] != national else folder / samples[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n六、其他事项。本通知自印发之日起施行。\n",
                       encoding="utf-8")
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    nodes, edges = _graph_rows(db)
    assert not any(node[0] == f"reference:{NATIONAL}" for node in nodes)  # the national notice is in now
    expected_nodes, expected_edges = graph_table_rows(build_graph(db))
    assert sorted([(*row[:-1], json.loads(row[-1])) for row in nodes], key=str) == sorted(expected_nodes, key=str)
    assert sorted((row[:-1] for row in edges), key=str) == sorted(expected_edges, key=str)
    assert write_graph_tables(str(db)) == {"nodes": len(nodes), "edges": len(edges)}


def test_a_database_with_graph_tables_gets_the_views(corpus_db, tmp_path, graph):
    """A database built when the graph was stored (graph_nodes and graph_edges tables) has them
    replaced by the views when it is opened for a build."""
    import shutil

    copy = tmp_path / "old.db"
    shutil.copy(corpus_db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP VIEW graph_nodes")
        conn.execute("DROP VIEW graph_edges")
        conn.execute("CREATE TABLE graph_nodes (id TEXT PRIMARY KEY, kind TEXT, label TEXT)")
        conn.execute("CREATE TABLE graph_edges (id INTEGER PRIMARY KEY, source TEXT, target TEXT)")
    open_database(str(copy)).conn.close()
    conn = sqlite3.connect(copy)
    assert {row[0] for row in conn.execute("SELECT type FROM sqlite_master WHERE name IN ('graph_nodes', 'graph_edges')")} == {"view"}
    assert count(conn, "SELECT count(*) FROM graph_edges") == graph.number_of_edges()


def _same_as_the_networkx_graph(db) -> None:
    nodes, edges = _graph_rows(db)
    expected_nodes, expected_edges = graph_table_rows(build_graph(db))
    assert sorted([(*row[:-1], json.loads(row[-1])) for row in nodes], key=str) == sorted(expected_nodes, key=str)
    assert sorted((row[:-1] for row in edges), key=str) == sorted(expected_edges, key=str)


def test_graph_views_follow_removals_and_hand_edits(tmp_path):
    """The national notice removed (--prune: the citations that pointed at it point at a reference
    node again), put back, a measure deleted by hand and a unit renamed by hand: the views show the
    networkx graph of the tables each time, with nothing written for them."""
    import shutil

    from pipeline.build import build

    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    db = tmp_path / "n.db"
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    national = next(path for path in folder.glob("*.txt") if HEILONGJIANG in path.read_text(encoding="utf-8")[:200])
    kept = national.read_bytes()
    national.unlink()
    assert build([str(folder)], str(db), workers=1, prune=True).pruned
    nodes, _ = _graph_rows(db)
    assert any(node[0] == f"reference:{NATIONAL}" for node in nodes)
    _same_as_the_networkx_graph(db)
    national.write_bytes(kept)
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    _same_as_the_networkx_graph(db)
    with sqlite3.connect(db) as conn:
        (measure,) = conn.execute("SELECT id FROM measures WHERE parent_id IS NOT NULL LIMIT 1").fetchone()
        conn.execute("DELETE FROM assignments WHERE measure_id = ?", [measure])
        conn.execute("DELETE FROM measures WHERE id = ?", [measure])
        (unit,) = conn.execute("SELECT unit_id FROM assignments LIMIT 1").fetchone()
        conn.execute("UPDATE units SET name = name || '（改）' WHERE id = ?", [unit])
    _same_as_the_networkx_graph(db)
    assert count(sqlite3.connect(db), "SELECT count(*) FROM graph_nodes WHERE label LIKE '%（改）'") == 1


def test_a_history_line_amendment_points_from_the_amending_act(tmp_path):
    """A law's history line (根据…《…的决定》第一次修正) is stored as its citation with acts_on
    'citing': the cited decision amended the law, so the edge runs decision → law, in the networkx
    graph and in the graph tables alike; an outgoing amendment would run the other way."""
    from pipeline.build import build

    law = ROOT / "tests" / "data" / "lifecycle" / "l06_resident-id-card-law-2011.md"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / law.name).write_bytes(law.read_bytes())
    db = tmp_path / "law.db"
    build([folder], db)
    conn = sqlite3.connect(db)
    (law_id,) = conn.execute("SELECT id FROM documents").fetchone()
    history = conn.execute("SELECT id FROM citations WHERE relation = 'amends' AND acts_on = 'citing'").fetchall()
    assert history
    graph = build_graph(db)
    amends = [(source, target) for source, target, data in graph.edges(data=True) if data["relation"] == "amends"]
    assert amends and all(target == f"document:{law_id}" and source.startswith("reference:") for source, target in amends)
    stored = conn.execute("SELECT source, target FROM graph_edges WHERE relation = 'amends'").fetchall()
    assert sorted(stored) == sorted(amends)
