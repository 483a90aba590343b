"""The pairs made from citations, judged again only for the documents a change can alter
(``pipeline.corpus.align.citation_pairs``), equal those of every citation judged, after each kind
of change that alters a pair: a citation stored or resolved differently, a cited document's field,
a document moved inside another, a copy printed inside one, measures removed, a document removed."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.corpus.align import citation_pairs
from pipeline.corpus.align.pairs import alignment_pairs
from pipeline.corpus.align.step import align_corpus
from schema.alignments import ALIGNMENT_CHANGES
from test_compare import _database


def _remembered(conn: sqlite3.Connection) -> list[tuple]:
    return alignment_pairs(conn, discover=False, remember=True, measures_changed=ALIGNMENT_CHANGES)


def _judged_whole(conn: sqlite3.Connection) -> list[tuple]:
    return alignment_pairs(conn, discover=False)


def _rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(f"SELECT * FROM {citation_pairs.CITATION_PAIRS} ORDER BY 1, 2, 3").fetchall()


@pytest.fixture()
def conn(tmp_path):
    conn = sqlite3.connect(_database(tmp_path / "n.db"))
    conn.execute("CREATE TABLE document_copies (id TEXT PRIMARY KEY, document_id TEXT, parent_id TEXT)")
    conn.commit()
    align_corpus(conn)  # the first: every citation judged, the state and its triggers made
    yield conn
    conn.close()


CHANGES = {
    "citation stored": ["INSERT INTO citations (id, document_id, relation, cited_document_id) "
                        "VALUES ('c6', 'fj', 'implements', 'nat')"],
    "citation resolved": ["UPDATE citations SET cited_document_id = 'nat' WHERE id = 'c5'"],
    "citation unresolved": ["UPDATE citations SET cited_document_id = NULL WHERE id = 'c2'"],
    "relation changed": ["UPDATE citations SET relation = 'repeals' WHERE id = 'c2'"],
    "cited document's level": ["UPDATE documents SET admin_level = 'county' WHERE id = 'nat'"],
    "citing document's level": ["UPDATE documents SET admin_level = 'national' WHERE id = 'jx'"],
    "moved inside another": ["UPDATE documents SET parent_id = 'jx' WHERE id = 'hlj'"],
    "moved out": ["UPDATE documents SET parent_id = NULL WHERE parent_id IS NOT NULL"],
    "issuer": ["UPDATE documents SET issuer = 'x' WHERE id IN ('hlj', 'nat')"],
    "copy printed inside": ["INSERT INTO document_copies VALUES ('k1', 'fj', 'jx')",
                            "INSERT INTO citations (id, document_id, relation, cited_document_id) "
                            "VALUES ('c7', 'jx', 'implements', 'nat')"],
    "measures removed": ["DELETE FROM measures WHERE document_id = 'nat'"],
    "document removed": ["DELETE FROM documents WHERE id = 'jx'", "DELETE FROM measures WHERE document_id = 'jx'",
                         "DELETE FROM citations WHERE document_id = 'jx'"],
}


@pytest.mark.parametrize("change", CHANGES)
def test_pairs_judged_for_the_changed_documents_equal_every_citation_judged(conn, change):
    assert _remembered(conn) == _judged_whole(conn)
    before = _judged_whole(conn)
    for sql in CHANGES[change]:
        conn.execute(sql)
    conn.commit()
    marked = citation_pairs.marked_documents(conn, ALIGNMENT_CHANGES)
    assert marked and citation_pairs.sources_to_judge(conn, marked) is not None  # judged in part, not whole
    assert _remembered(conn) == _judged_whole(conn)
    assert conn.execute(f"SELECT count(*) FROM {citation_pairs.CITATION_PAIR_CHANGES}").fetchone()[0] == 0
    kept = _rows(conn)
    conn.execute(f"DELETE FROM {citation_pairs.CITATION_PAIR_CHANGES}")
    conn.execute(f"DROP TABLE {citation_pairs.CITATION_PAIRS}")  # unknown state: every citation judged
    conn.commit()
    assert _remembered(conn) == _judged_whole(conn) and _rows(conn) == kept
    if change in ("citation resolved", "cited document's level", "measures removed", "document removed",
                  "citation unresolved", "relation changed"):
        assert _judged_whole(conn) != before  # the change did alter a pair


def test_an_unchanged_database_judges_no_citation(conn):
    conn.execute(f"UPDATE {citation_pairs.CITATION_PAIRS} SET relation = 'kept'")
    conn.commit()
    assert {relation for _, _, relation in _remembered(conn)} == {"kept"}


# Changes whose documents to judge again are found only by one of the module's rules (the others
# do not reach them): (what the database holds first, the change).
REACHED_BY_ONE_RULE = {
    # 国开发 printed inside 黑扶组办发 and issued by it, which cites 闽扶办: the attachment's pair with
    # 闽扶办 is its parent's to make; its measures removed by hand mark it alone
    "the parent of a marked attachment": (
        ["DELETE FROM citations WHERE id = 'c1'", "UPDATE documents SET issuer = '扶贫办' WHERE id IN ('hlj', 'nat')",
         "INSERT INTO citations (id, document_id, relation, cited_document_id) VALUES ('c8', 'hlj', 'cites', 'fj')"],
        ["DELETE FROM measures WHERE document_id = 'nat'"]),
    # 闽扶办's copy printed inside 泾扶组, which cites 国开发: the copy's pair is 泾扶组's to make
    "the document a marked copy is printed inside": (
        ["INSERT INTO document_copies VALUES ('k1', 'fj', 'jx')", "UPDATE documents SET issuer = '扶贫办' WHERE id IN ('jx', 'fj')"],
        ["DELETE FROM measures WHERE document_id = 'fj'"]),
    # 国开发 (inside 黑扶组办发) cites the notice 泾扶组 is printed inside; 黑扶组办发 moved inside 泾扶组:
    # 国开发 is now enclosed by the notice it cites, which neither moved document is
    "the documents under a marked one": (
        ["DELETE FROM citations WHERE id = 'c3'", "UPDATE documents SET admin_level = NULL",
         "UPDATE documents SET parent_id = 'waste' WHERE id = 'jx'",
         "INSERT INTO citations (id, document_id, relation, cited_document_id) VALUES ('c9', 'nat', 'cites', 'waste')"],
        ["UPDATE documents SET parent_id = 'jx' WHERE id = 'hlj'"]),
}


@pytest.mark.parametrize("reached", REACHED_BY_ONE_RULE)
def test_every_rule_finds_documents_to_judge_again(conn, reached):
    first, change = REACHED_BY_ONE_RULE[reached]
    for sql in first:
        conn.execute(sql)
    conn.commit()
    before = _remembered(conn)
    assert before == _judged_whole(conn)
    for sql in change:
        conn.execute(sql)
    conn.commit()
    assert _judged_whole(conn) != before  # the change alters a pair
    assert _remembered(conn) == _judged_whole(conn)
