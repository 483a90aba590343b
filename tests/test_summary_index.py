"""The documents' summary index (schema.tables.DOCUMENT_SUMMARY_INDEX): the steps that read short
columns of many documents (lifecycle statuses, the citation pairs to align) read them from it alone,
and find what they find without it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import sqlite_utils
from test_site import corpus_db  # noqa: F401  (fixture)

from pipeline.corpus.align.pairs import _Documents, alignment_pairs
from pipeline.corpus.lifecycle import DOCUMENTS_SQL, update_lifecycle
from schema.tables import DOCUMENT_SUMMARY_INDEX


def _copies(corpus_db, tmp_path) -> tuple[str, str]:
    """Two copies of the sample database: with the summary index, and without it."""
    kept, dropped = tmp_path / "kept.db", tmp_path / "dropped.db"
    shutil.copy(corpus_db, kept)
    shutil.copy(corpus_db, dropped)
    with sqlite3.connect(dropped) as conn:
        conn.execute(f"DROP INDEX {DOCUMENT_SUMMARY_INDEX}")
    return str(kept), str(dropped)


def test_statuses_are_read_from_the_summary_index_and_are_those_the_rows_give(corpus_db, tmp_path):
    kept, dropped = _copies(corpus_db, tmp_path)
    with sqlite3.connect(kept) as conn:
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + DOCUMENTS_SQL))
    assert f"COVERING INDEX {DOCUMENT_SUMMARY_INDEX}" in plan
    statuses = {}
    for path in (kept, dropped):
        for day in (date(2000, 1, 1), date(2100, 1, 1)):  # statuses change both ways
            assert update_lifecycle(sqlite_utils.Database(path), today=day) > 0
            with sqlite3.connect(path) as conn:
                statuses.setdefault(path, []).append(sorted(conn.execute("SELECT id, status, repealed_by FROM documents")))
    assert statuses[kept] == statuses[dropped] and statuses[kept][0] != statuses[kept][1]


def test_the_pairs_to_align_are_looked_up_in_the_summary_index_and_are_those_the_rows_give(corpus_db, tmp_path):
    kept, dropped = _copies(corpus_db, tmp_path)
    with sqlite3.connect(kept) as conn:
        lookup = _Documents(conn)._lookup
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + lookup, ["x"]))
    assert f"COVERING INDEX {DOCUMENT_SUMMARY_INDEX}" in plan
    found = {path: alignment_pairs(path) for path in (kept, dropped)}
    assert found[kept] == found[dropped] and any(relation != "reuses" for _, _, relation in found[kept])


def test_a_pair_cited_with_several_relations_takes_the_relation_of_its_first_citation(tmp_path):
    """Whatever order an index gives the citations in: 黑龙江's notice forwards the national one,
    then names it as its basis; the pair is aligned as forwarding (read through an index of the
    citations by relation, 'basis' came first)."""
    from test_compare import _database

    conn = sqlite3.connect(_database(tmp_path / "n.db"))
    conn.execute("INSERT INTO citations (id, document_id, doc_number, relation, cited_document_id) "
                 "VALUES ('c0', 'hlj', '国开发〔2020〕3号', 'basis', 'nat')")
    for index in ("", "CREATE INDEX by_relation ON citations (document_id, cited_document_id, relation)"):
        if index:
            conn.execute(index)
        assert ("hlj", "nat", "forwards") in alignment_pairs(conn, discover=False)
