"""Citations resolved again only where a change since can alter the answer (``pipeline.corpus.resolve``)
equal every citation resolved afresh, after a document is stored (that a citation's 文号 or title
names, or that comes first among those of a 文号), removed, moved inside another, or a citation edited."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from pipeline.corpus.resolve import RESOLUTION_CHANGES, resolve_citations

DOCUMENTS = [  # id, doc_number, title_key, parent_id, title, issuer
    ("d1", "国发〔2020〕1号", "关于甲的通知", None, "关于甲的通知", "国务院"),
    ("d2", "省发〔2020〕2号", "关于乙的通知", None, "关于乙的通知", "省政府"),
    ("d3", "市发〔2020〕3号", "关于丙的通知", None, "关于丙的通知", "市政府"),
    ("d0p", "国发〔2020〕1号", "关于甲的通知", "d2", "关于甲的通知", "国务院"),  # printed inside d2: d1 comes first
]
CITATIONS = [  # id, document_id, doc_number, title_key, title
    ("c1", "d2", "国发〔2020〕1号", "关于甲的通知", "关于甲的通知"),
    ("c2", "d3", "省发〔2020〕2号", None, None),
    ("c3", "d3", None, "关于乙的通知", "关于乙的通知"),
    ("c4", "d3", "国发〔2021〕9号", "关于丁的通知", "关于丁的通知"),  # names no document yet
    ("c5", "d1", None, "关于戊的通知", "关于戊的通知"),
]


def _database(path) -> sqlite_utils.Database:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, doc_number TEXT, title_key TEXT, parent_id TEXT, "
                 "title TEXT, issuer TEXT)")
    conn.execute("CREATE TABLE citations (id TEXT PRIMARY KEY, document_id TEXT, doc_number TEXT, title_key TEXT, "
                 "title TEXT, cited_document_id TEXT)")
    conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", DOCUMENTS)
    conn.executemany("INSERT INTO citations VALUES (?, ?, ?, ?, ?, NULL)", CITATIONS)
    conn.commit()
    return sqlite_utils.Database(conn)


def _cited(db: sqlite_utils.Database) -> dict:
    return dict(db.execute("SELECT id, cited_document_id FROM citations ORDER BY id").fetchall())


def _afresh(db: sqlite_utils.Database) -> dict:
    """Every citation resolved from nothing, the database left as it was."""
    kept = _cited(db)
    with db.conn:
        db.execute("UPDATE citations SET cited_document_id = NULL")
        db.execute(f"DROP TABLE {RESOLUTION_CHANGES}")  # unknown changes: every citation
    resolve_citations(db)
    found = _cited(db)
    with db.conn:
        db.conn.executemany("UPDATE citations SET cited_document_id = ? WHERE id = ?", [(v, k) for k, v in kept.items()])
    return found


CHANGES = {
    "stored, its 文号 cited": ["INSERT INTO documents VALUES ('d4', '国发〔2021〕9号', '关于己的通知', NULL, '关于己的通知', '国务院')"],
    "stored, its title cited": ["INSERT INTO documents VALUES ('d5', NULL, '关于戊的通知', NULL, '关于戊的通知', '国务院')"],
    "stored first among a 文号's": ["INSERT INTO documents VALUES ('d0', '国发〔2020〕1号', '关于甲的通知', NULL, '关于甲的通知', '国务院')"],
    "removed": ["DELETE FROM documents WHERE id = 'd1'"],
    "moved out of another": ["UPDATE documents SET parent_id = NULL WHERE id = 'd0p'"],
    "title key changed": ["UPDATE documents SET title_key = '关于戊的通知' WHERE id = 'd3'"],
    "citation edited": ["UPDATE citations SET doc_number = '省发〔2020〕2号' WHERE id = 'c4'"],
    "citation stored": ["INSERT INTO citations VALUES ('c6', 'd1', '市发〔2020〕3号', NULL, NULL, NULL)"],
}


@pytest.mark.parametrize("change", CHANGES)
def test_resolving_the_changed_citations_equals_resolving_every_one(tmp_path, change):
    db = _database(tmp_path / "r.db")
    resolve_citations(db)  # the first: every citation, the triggers made
    assert _cited(db) == _afresh(db)
    before = _cited(db)
    with db.conn:
        for sql in CHANGES[change]:
            db.execute(sql)
    assert db.execute(f"SELECT count(*) FROM {RESOLUTION_CHANGES}").fetchone()[0]
    resolve_citations(db)
    assert db.execute(f"SELECT count(*) FROM {RESOLUTION_CHANGES}").fetchone()[0] == 0
    assert _cited(db) == _afresh(db) and _cited(db) != before


def test_citations_no_change_reaches_are_left_alone(tmp_path):
    db = _database(tmp_path / "r.db")
    resolve_citations(db)
    with db.conn:
        db.execute("UPDATE citations SET cited_document_id = 'kept' WHERE id IN ('c2', 'c3')")
        db.execute(f"DELETE FROM {RESOLUTION_CHANGES}")
        db.execute("INSERT INTO documents VALUES ('d4', '国发〔2021〕9号', '关于己的通知', NULL, '关于己的通知', '国务院')")
    resolve_citations(db)
    assert _cited(db)["c4"] == "d4" and {_cited(db)[c] for c in ("c2", "c3")} == {"kept"}
