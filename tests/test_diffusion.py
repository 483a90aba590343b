"""The ``diffusion`` view (schema/diffusion.py): each higher-level notice with the lower-level notices
that forward or implement it, their region, level, dates, lag and coverage."""

from __future__ import annotations

import sqlite3
from datetime import date

from pipeline.corpus.align.lookup import coverage
from pipeline.corpus.align.step import align_corpus
from schema.diffusion import DIFFUSION_COLUMNS, LEVEL_RANK
from test_compare import _database

SIGNED = {"nat": "2020-02-01", "hlj": "2020-02-05", "jx": "2020-02-20", "fj": "2020-02-12", "waste": "2020-03-01"}


def _dated_database(tmp_path) -> sqlite3.Connection:
    """test_compare's small database (黑扶组办发 forwarding 国开发〔2020〕3号 printed inside it, 泾扶组
    citing it as its basis, 闽扶办 copying it, an unrelated notice) with the columns the view reads."""
    conn = sqlite3.connect(_database(tmp_path / "n.db"))
    for column in ("title", "region", "signed_date"):
        conn.execute(f"ALTER TABLE documents ADD COLUMN {column} TEXT")
    for doc_id, signed in SIGNED.items():
        conn.execute("UPDATE documents SET signed_date = ?, region = ? WHERE id = ?", [signed, f"region of {doc_id}", doc_id])
    conn.commit()
    align_corpus(conn)
    return conn


def _rows(conn: sqlite3.Connection) -> dict[str, dict]:
    cur = conn.execute("SELECT * FROM diffusion")
    names = [c[0] for c in cur.description]
    assert names == list(DIFFUSION_COLUMNS)
    return {row["lower_document_id"]: row for row in (dict(zip(names, values)) for values in cur)}


def test_a_national_notice_with_the_notices_that_forward_implement_or_copy_it(tmp_path):
    conn = _dated_database(tmp_path)
    rows = _rows(conn)
    assert set(rows) == {"hlj", "jx", "fj"}  # not the unrelated notice, not the national one itself
    assert {row["higher_document_id"] for row in rows.values()} == {"nat"}
    assert rows["hlj"]["relation"] == "forwards"
    assert rows["jx"]["relation"] == "basis"  # also cites it: the strongest relation is kept
    assert rows["fj"]["relation"] == "reuses"  # no resolved citation: found by copied text
    total = conn.execute("SELECT COUNT(*) FROM measures WHERE document_id = 'nat'").fetchone()[0]
    for lower, row in rows.items():
        assert row["lower_region"] == f"region of {lower}" and row["lower_signed_date"] == SIGNED[lower]
        assert row["lag_days"] == (date.fromisoformat(SIGNED[lower]) - date.fromisoformat(SIGNED["nat"])).days
        assert row["higher_measures"] == total
        assert row["higher_doc_number"] == "国开发〔2020〕3号" and row["higher_admin_level"] == "national"
    # a forward carries the whole notice
    assert rows["hlj"]["carried_measures"] == total and rows["hlj"]["coverage"] == 1.0


def test_coverage_is_what_notices_compare_counts(tmp_path):
    conn = _dated_database(tmp_path)
    rows = _rows(conn)
    db = conn.execute("PRAGMA database_list").fetchone()[2]
    for lower, number in (("jx", "泾扶组〔2020〕2号"), ("fj", "闽扶办〔2020〕4号")):
        expected = coverage(db, number, "国开发〔2020〕3号")
        assert rows[lower]["carried_measures"] == expected["national_covered"]
        assert rows[lower]["coverage"] == expected["coverage"]
        assert 0 < rows[lower]["coverage"] < 1


def test_a_higher_level_notice_is_never_the_lower_one(tmp_path):
    conn = _dated_database(tmp_path)
    # 泾扶组 (county) cited by the provincial 闽扶办: a lower notice cited by a higher one is no diffusion
    conn.execute("INSERT INTO citations (id, document_id, doc_number, relation, cited_document_id) "
                 "VALUES ('c9', 'fj', '泾扶组〔2020〕2号', 'cites', 'jx')")
    # and a lifecycle or issuing relation takes nothing down
    conn.execute("INSERT INTO citations (id, document_id, doc_number, relation, cited_document_id) "
                 "VALUES ('c10', 'jx', '闽扶办〔2020〕4号', 'repeals', 'fj')")
    conn.commit()
    pairs = {(r[0], r[1]) for r in conn.execute("SELECT higher_document_id, lower_document_id FROM diffusion")}
    assert ("jx", "fj") not in pairs and ("fj", "jx") not in pairs
    assert ("nat", "jx") in pairs
    for higher, lower in conn.execute("SELECT higher_admin_level, lower_admin_level FROM diffusion"):
        assert LEVEL_RANK[lower] <= LEVEL_RANK[higher]


def test_the_samples_build_has_the_view(corpus_db):
    conn = sqlite3.connect(corpus_db)
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT lower_doc_number, relation, lower_admin_level, lower_region, coverage, carried_measures, "
        "higher_measures FROM diffusion WHERE higher_doc_number = '国开发〔2020〕3号'")}
    assert rows["黑扶组办发〔2020〕3号"][0] == "forwards" and rows["黑扶组办发〔2020〕3号"][3] == 1.0
    relation, level, region, share, carried, total = rows["泾扶组〔2020〕2号"]
    assert relation == "basis" and level == "county" and region == "泾县"
    assert 0 < share < 1 and share == round(carried / total, 3)


def test_the_table_follows_the_corpus_at_every_alignment_step(tmp_path):
    conn = _dated_database(tmp_path)
    assert set(_rows(conn)) == {"hlj", "jx", "fj"}
    # 泾扶组 removed (as --prune does): its row goes at the next step, the others stay as they were
    before = {k: v for k, v in _rows(conn).items() if k != "jx"}
    for table, column in (("documents", "id"), ("measures", "document_id"), ("citations", "document_id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} = 'jx'")
    conn.commit()
    align_corpus(conn)
    assert _rows(conn) == before
    # a database whose documents lack a column the table shows (an older one): NULL there
    assert _rows(conn)["hlj"]["higher_title"] is None


def test_a_second_step_keeps_one_table(tmp_path):
    """The table is made once and rewritten: a second and third step give the same rows."""
    conn = _dated_database(tmp_path)
    first = _rows(conn)
    align_corpus(conn)
    align_corpus(conn)
    assert _rows(conn) == first
    assert conn.execute("SELECT type FROM sqlite_master WHERE name = 'diffusion'").fetchone() == ("table",)


def test_the_lag_compares_like_dates(corpus_db):
    """国开发〔2020〕3号 prints only its 印发 date (2020-02-13); 闽扶办〔2020〕4号 was signed on 02-12 and
    printed on 02-13: the lag compares the printed dates (0 days), not its signing with the national
    printing (−1); 泾扶组, with no date at all, has none."""
    conn = sqlite3.connect(corpus_db)
    lags = dict(conn.execute("SELECT lower_doc_number, lag_days FROM diffusion "
                             "WHERE higher_doc_number = '国开发〔2020〕3号'"))
    assert lags["闽扶办〔2020〕4号"] == 0
    assert lags["泾扶组〔2020〕2号"] is None
