"""Incremental builds: unchanged files skipped, a changed file's rows replaced whole, ids stable,
``--fresh`` starting over, each file all or nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.cli import main
from pipeline.ingest.rows import process_file
from extractors.segment import words
from pipeline.corpus.search import build_search_index, search
from pipeline.ingest.database import open_database
from pipeline.ingest.store import BatchWriter
from db_support import table_rows

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ITEM_TABLES = ("assignments", "deadlines", "targets", "citations")


def orphans(db: Path) -> list[tuple[str, int]]:
    """Rows whose document, measure or parent is gone, by table: none in a sound database."""
    conn = sqlite3.connect(db)
    checks = {
        "measures": "document_id NOT IN (SELECT id FROM documents)",
        "measures (parent)": "parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM measures)",
        "documents (parent)": "parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM documents)",
        "documents (source)": "source_path NOT IN (SELECT path FROM sources)",
        **{table: "document_id NOT IN (SELECT id FROM documents) OR "
                  "(measure_id IS NOT NULL AND measure_id NOT IN (SELECT id FROM measures))" for table in ITEM_TABLES},
        "citations (cited)": "cited_document_id IS NOT NULL AND cited_document_id NOT IN (SELECT id FROM documents)",
    }
    found = []
    for name, condition in checks.items():
        table = name.split()[0]
        count = conn.execute(f"SELECT count(*) FROM {table} WHERE {condition}").fetchone()[0]
        if count:
            found.append((name, count))
    conn.close()
    return found


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def ids(db: Path, table: str, where: str = "", args=()) -> set[str]:
    conn = sqlite3.connect(db)
    found = {row[0] for row in conn.execute(f"SELECT id FROM {table} {where}", args)}
    conn.close()
    return found


def test_rebuild_with_nothing_changed_skips_every_file(corpus, tmp_path):
    db = tmp_path / "n.db"
    first = build([str(corpus)], str(db), workers=1)
    assert len(first.stored) == 5 and not first.skipped
    before = table_rows(db)
    again = build([str(corpus)], str(db), workers=1)
    assert again.stored == [] and again.failed == [] and len(again.skipped) == 5
    assert "corpus_steps" not in again.timings  # nothing changed: the corpus-wide steps are not run again
    assert table_rows(db) == before


def test_a_changed_file_replaces_its_rows_without_orphans(corpus, tmp_path, monkeypatch):
    db = tmp_path / "n.db"
    build([str(corpus)], str(db), workers=1)
    changed = corpus / "001_ba4d4d4b2a22ff08.txt"
    conn = sqlite3.connect(db)
    old_ids = {row[0] for row in conn.execute("SELECT id FROM documents WHERE source_path = ?", [str(changed)])}
    others_before = conn.execute("SELECT count(*) FROM measures m JOIN documents d ON d.id = m.document_id "
                                 "WHERE d.source_path != ?", [str(changed)]).fetchone()[0]
    conn.close()

    text = changed.read_text(encoding="utf-8")
    lines = text.split("\n")
    kept = [line for line in lines if not line.startswith("三、")]  # a measure heading gone
    assert len(kept) < len(lines)
    changed.write_text("\n".join(kept) + "\n（责任单位：县财政局；完成时限：2020年12月底前）\n", encoding="utf-8")

    resets = []  # a table's whole search index made again: what to take out of it was lost
    monkeypatch.setattr("pipeline.ingest.search_index._reset", lambda conn, fts: resets.append(fts))
    report = build([str(corpus)], str(db), workers=1)
    assert report.stored == [str(changed)] and len(report.skipped) == 4
    assert orphans(db) == []
    conn = sqlite3.connect(db)
    new_ids = {row[0] for row in conn.execute("SELECT id FROM documents WHERE source_path = ?", [str(changed)])}
    assert new_ids and not new_ids & old_ids  # the ids follow the bytes
    for table in ("measures", *ITEM_TABLES):
        stale = conn.execute(f"SELECT count(*) FROM {table} WHERE document_id IN ({','.join('?' * len(old_ids))})",
                             sorted(old_ids)).fetchone()[0]
        assert stale == 0, table
    sha = conn.execute("SELECT sha256 FROM sources WHERE path = ?", [str(changed)]).fetchone()[0]
    assert all(doc_id.startswith(f"doc-{sha[:16]}") for doc_id in new_ids)
    others_after = conn.execute("SELECT count(*) FROM measures m JOIN documents d ON d.id = m.document_id "
                                "WHERE d.source_path != ?", [str(changed)]).fetchone()[0]
    assert others_after == others_before
    conn.close()
    assert any("县财政局" in unit for unit in ids(db, "units"))
    # the replaced rows left the search index with the values they were indexed with: nothing
    # had to be indexed again, and every row a search finds holds the words searched for
    assert resets == [] and build_search_index(str(db)) == {"documents": 0, "measures": 0}
    removed = next(line for line in lines if line.startswith("三、"))
    query = removed[2:12]
    conn = sqlite3.connect(db)
    for measure_id in search(str(db), "measures", query):
        heading, body = conn.execute("SELECT heading, text FROM measures WHERE id = ?", [measure_id]).fetchone()
        assert all(word in f"{heading or ''} {body or ''}" for word in words(query)), measure_id
    conn.close()


def test_same_input_gives_the_same_ids_and_rows(corpus, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    build([str(corpus)], str(one), workers=1)
    build([str(corpus)], str(two))  # the process pool
    for table in ("documents", "measures", *ITEM_TABLES, "units"):
        assert ids(one, table) == ids(two, table), table
    assert table_rows(one) == table_rows(two)


def test_fresh_starts_an_empty_database(corpus, tmp_path):
    db = tmp_path / "n.db"
    build([str(corpus)], str(db), workers=1)
    only = corpus / "000_e8ac68d63b2ecc9f.txt"
    assert main(["build", str(only), "--db", str(db), "--fresh"]) == 0
    conn = sqlite3.connect(db)
    assert [row[0] for row in conn.execute("SELECT path FROM sources")] == [str(only)]
    assert {row[0] for row in conn.execute("SELECT source_path FROM documents")} == {str(only)}
    conn.close()
    assert orphans(db) == []
    # and a fresh build of everything equals a build into a new database
    assert main(["build", str(corpus), "--db", str(db), "--fresh"]) == 0
    new = tmp_path / "new.db"
    build([str(corpus)], str(new), workers=1)
    assert table_rows(db) == table_rows(new)


def test_a_copy_of_a_stored_file_is_skipped(corpus, tmp_path):
    db = tmp_path / "n.db"
    build([str(corpus)], str(db), workers=1)
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(corpus / "002_9132d00a52533a65.txt", copy)
    report = build([str(corpus), str(copy)], str(db), workers=1)
    assert report.stored == [] and str(copy) in report.skipped


def test_each_file_is_all_or_nothing_when_several_share_a_transaction(corpus, tmp_path):
    db_path = tmp_path / "n.db"
    db = open_database(str(db_path))
    first, second, third = (process_file(str(p)) for p in sorted(corpus.glob("*.txt"))[:3])
    broken = dict(second)
    broken["documents"] = [dict(rows) for rows in second["documents"]]
    measures = broken["documents"][0]["measures"]
    broken["documents"][0]["measures"] = measures + measures[:1]  # a duplicate primary key, after some rows
    with BatchWriter(db, max_files=100) as writer:
        # the savepoints' journal kept in memory while the writer writes (rolled back from there)
        assert db.execute("PRAGMA temp_store").fetchone()[0] == 2
        writer.write(first)
        with pytest.raises(sqlite3.IntegrityError):
            writer.write(broken)
        writer.write(third)
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 0  # SQLite's default again after it
    conn = sqlite3.connect(db_path)
    stored = {row[0] for row in conn.execute("SELECT path FROM sources")}
    assert stored == {first["source"]["path"], third["source"]["path"]}
    assert conn.execute("SELECT count(*) FROM documents WHERE source_path = ?",
                        [second["source"]["path"]]).fetchone()[0] == 0
    conn.close()
    assert orphans(db_path) == []


def test_a_build_killed_before_the_corpus_steps_has_them_run_by_the_next(corpus, tmp_path, monkeypatch):
    import pipeline.corpus as corpus_steps

    db = tmp_path / "n.db"

    def killed(db):
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus_steps, "resolve_citations", killed)
    with pytest.raises(KeyboardInterrupt):
        build([str(corpus)], str(db), workers=1)
    monkeypatch.undo()
    report = build([str(corpus)], str(db), workers=1)
    assert report.stored == [] and len(report.skipped) == 5
    assert "corpus_steps" in report.timings
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM citations WHERE cited_document_id IS NOT NULL").fetchone()[0] > 0
    conn.close()


def _dies_on_002(path: str):
    """Stands in for ``worker.safe_process`` in the pool's workers: a crash in a C library."""
    import os

    import pipeline.ingest.pool as pool_module

    if path.endswith("002_9132d00a52533a65.txt"):
        os._exit(3)
    return pool_module.__dict__["_real_safe_process"](path)


def test_a_file_that_kills_its_worker_fails_alone(corpus, tmp_path, monkeypatch):
    import multiprocessing

    import pipeline.ingest.pool as pool_module

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in reaches the workers by fork")
    monkeypatch.setitem(pool_module.__dict__, "_real_safe_process", pool_module.safe_process)
    monkeypatch.setattr(pool_module, "safe_process", _dies_on_002)
    db = tmp_path / "n.db"
    report = build([str(corpus)], str(db), workers=2)
    assert [Path(path).name for path, _ in report.failed] == ["002_9132d00a52533a65.txt"]
    assert "worker process died" in report.failed[0][1]
    assert len(report.stored) == 4 and orphans(db) == []


def test_a_moved_file_keeps_its_ids_and_leaves_nothing_behind(corpus, tmp_path):
    db = tmp_path / "n.db"
    build([str(corpus)], str(db), workers=1)
    before = ids(db, "documents")
    old = corpus / "003_067caed35b760fe4.txt"
    new = corpus / "renamed.txt"
    old.rename(new)
    report = build([str(corpus)], str(db), workers=1)
    assert report.stored == [str(new)] and report.failed == []
    assert ids(db, "documents") == before
    conn = sqlite3.connect(db)
    assert str(old) not in {row[0] for row in conn.execute("SELECT path FROM sources")}
    assert {row[0] for row in conn.execute("SELECT DISTINCT source_path FROM documents")} == \
        {str(p) for p in corpus.glob("*.txt")}
    conn.close()
    assert orphans(db) == []


#: What the corpus-wide steps keep to start the next build from (the last search for copied text,
#: the changes their triggers marked, what the copies step last saw, the search index's state): a
#: database brought up to date file by file need not hold what a full build left there.
BOOKKEEPING = ("reuse_documents", "reuse_found", "reuse_near_formulas", "reuse_gone", "aligned_pairs",
               "alignment_changes", "graph_changes", "diffusion_changes", "copies_seen", "copies_seen_sources",
               "search_index_rows", "search_index_edits", "shingle_index", "shingle_index_documents")


def test_adding_changing_and_removing_files_gives_the_tables_of_a_full_build(corpus, tmp_path, monkeypatch):
    """A notice added (the national one the others cite and copy: citations resolve to it, pairs
    appear, graph edges move to it), one changed, one removed with --prune, each by a build of its
    own: every table then holds what a full build of the same files holds (the graph edges but for
    their ids), and the steps took the incremental paths (no whole search for copied text, no
    whole write of the graph tables or alignments)."""
    import pipeline.corpus.align.step as align_step
    import pipeline.corpus.shingles as shingles

    national = next(path for path in corpus.glob("*.txt") if "国开发〔2020〕3号" in path.read_text(encoding="utf-8")[:300])
    kept = national.read_bytes()
    national.unlink()
    db = tmp_path / "n.db"
    assert build([str(corpus)], str(db), workers=1).exit_code == 0
    whole = []
    for module, name in ((shingles, "_reuse_pairs"), (align_step, "_write_whole")):  # (the graph: views)
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, real=real, name=name: whole.append(name) or real(*args))

    national.write_bytes(kept)
    assert build([str(corpus)], str(db), workers=1).exit_code == 0
    changed = sorted(path for path in corpus.glob("*.txt") if path != national)[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n六、其他事项。本通知自印发之日起施行。\n", encoding="utf-8")
    assert build([str(corpus)], str(db), workers=1).exit_code == 0
    removed = sorted(path for path in corpus.glob("*.txt") if path != national)[-1]
    removed.unlink()
    assert build([str(corpus)], str(db), workers=1, prune=True).pruned
    assert whole == []
    monkeypatch.undo()

    full = tmp_path / "full.db"
    assert build([str(corpus)], str(full), workers=1).exit_code == 0
    got, expected = table_rows(db), table_rows(full)
    assert set(got) == set(expected)
    with sqlite3.connect(db) as one, sqlite3.connect(full) as two:
        assert one.execute("SELECT count(*) FROM alignments").fetchone()[0] > 0
        edges = "SELECT source, target, relation, role, citation_id, assignment_id, measure_id, text, document_id FROM graph_edges"
        assert sorted(one.execute(edges)) == sorted(two.execute(edges))
    # (the full-text index's own tables hold its segments as the inserts came: the same index; the
    # units are a dictionary of every office named, kept when the files naming one go, as are
    # their nodes in the graph)
    for table in {table for table in got if "_fts" not in table} - set(BOOKKEEPING) - {
            "graph_edges", "graph_nodes", "units", "unit_aliases"}:
        assert got[table] == expected[table], table
    nodes = "SELECT id, kind, label, ref_id, document_id, in_degree, out_degree, cited_by, attributes FROM graph_nodes"
    with sqlite3.connect(db) as one, sqlite3.connect(full) as two:
        got_nodes, expected_nodes = sorted(one.execute(nodes), key=repr), sorted(two.execute(nodes), key=repr)
    assert [row for row in got_nodes if row[1] != "unit"] == [row for row in expected_nodes if row[1] != "unit"]
    assert {row[0] for row in got_nodes if row[1] == "unit"} >= {row[0] for row in expected_nodes if row[1] == "unit"}
    # the state the next build starts from is that of a full build too
    for table in ("reuse_found", "aligned_pairs", "reuse_documents"):
        assert got[table] == expected[table], table
