"""The lean layout of the ``alignments`` table (schema.alignments): a table written by an older
version is rebuilt in it with its rows, ``id`` reads as before though it is stored nowhere, and the
readers' look-ups (the measure page, the compare page, the notice's aligned documents) find their
rows through an index, not by reading the whole table."""

from __future__ import annotations

import json
import sqlite3

import pytest

from schema.alignments import ALIGNMENT_INDEXES, create_alignments

OLD_LAYOUT = """CREATE TABLE alignments ("id" TEXT PRIMARY KEY, "local_document_id" TEXT,
    "national_document_id" TEXT, "local_measure_id" TEXT, "national_measure_id" TEXT, "score" REAL,
    "method" TEXT, "shared" TEXT)"""
OLD_ROWS = [
    ("jx-m001~nat", "jx", "nat", "jx-m001", "nat-m001", 0.93, "both",
     json.dumps([{"local_start": 3, "local_end": 9, "national_start": 5, "national_end": 11, "text": "脱贫攻坚工作"}],
                ensure_ascii=False)),
    ("jx-m002~nat", "jx", "nat", "jx-m002", None, 0.12, None, "[]"),
]


def _old_database() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(OLD_LAYOUT)
    conn.execute("CREATE INDEX idx_alignments_local_measure_id ON alignments (local_measure_id)")
    conn.executemany("INSERT INTO alignments VALUES (?, ?, ?, ?, ?, ?, ?, ?)", OLD_ROWS)
    conn.commit()
    return conn


def test_an_older_table_is_rebuilt_with_its_rows_and_ids():
    conn = _old_database()
    create_alignments(conn)
    rows = conn.execute("SELECT id, local_document_id, national_document_id, local_measure_id, "
                        "national_measure_id, score, method, shared FROM alignments ORDER BY rowid").fetchall()
    assert rows == OLD_ROWS
    columns = {row[1]: row[6] for row in conn.execute("PRAGMA table_xinfo(alignments)")}
    assert columns["id"] in (2, 3)  # generated: computed when read
    assert {"relation", "also", "lexical"} <= set(columns)  # the extensions the old table lacked
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(ALIGNMENT_INDEXES) <= indexes and "idx_alignments_local_measure_id" not in indexes
    create_alignments(conn)  # idempotent
    assert conn.execute("SELECT count(*) FROM alignments").fetchone()[0] == 2
    # its pairs are recorded from its rows (the row of the unmatched measure goes at the next write)
    assert conn.execute("SELECT * FROM aligned_pairs").fetchall() == [("jx", "nat", None)]


def test_a_pair_is_stored_once():
    conn = _old_database()
    create_alignments(conn)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO alignments (local_document_id, national_document_id, local_measure_id) "
                      "VALUES ('jx', 'nat', 'jx-m001')")
    conn.execute("INSERT OR REPLACE INTO alignments (local_document_id, national_document_id, local_measure_id, score) "
                 "VALUES ('jx', 'nat', 'jx-m001', 0.5)")
    assert conn.execute("SELECT score FROM alignments WHERE id = 'jx-m001~nat'").fetchall() == [(0.5,)]


@pytest.mark.parametrize("where", [
    "local_measure_id = :id OR national_measure_id = :id",  # the measure page
    "local_document_id = :id",  # the compare page's aligned documents
    "national_document_id = :id",  # the compare query, by national notice
])
def test_the_readers_look_ups_use_an_index(where):
    conn = _old_database()
    create_alignments(conn)
    plan = " | ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM alignments WHERE {where}",
                                                      {"id": "jx-m001"}))
    assert "USING INDEX" in plan and "SCAN alignments" not in plan, plan
