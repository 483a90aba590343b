"""The ``diffusion`` table rewritten for the changed documents only equals the table written whole,
after documents are removed, added, and citations resolved differently."""

from __future__ import annotations

import sqlite3

from pipeline.corpus.align.diffusion import write_diffusion
from pipeline.corpus.align.step import align_corpus
from schema.diffusion import DIFFUSION_CHANGES, diffusion_query
from test_diffusion import _dated_database


def _stored(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT * FROM diffusion ORDER BY higher_document_id, lower_document_id").fetchall()


def _whole(conn: sqlite3.Connection) -> list[tuple]:
    have = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    return conn.execute(f"SELECT * FROM ({diffusion_query(have)}) ORDER BY 1, 8").fetchall()


def _copy_document(conn: sqlite3.Connection, source: str, new_id: str) -> None:
    """Store ``source``'s document, measures and citations again under ``new_id`` (a new file)."""
    for table, key in (("documents", "id"), ("measures", "document_id"), ("citations", "document_id")):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        values = ", ".join(
            "?" if c == key else ("id || '-copy'" if c == "id" and table != "documents" else f'"{c}"') for c in columns)
        conn.execute(f"INSERT INTO {table} SELECT {values} FROM {table} WHERE {key} = ?", [new_id, source])
    conn.commit()


def test_a_change_rewrites_the_rows_of_its_documents_only(tmp_path):
    conn = _dated_database(tmp_path)
    assert _stored(conn) == _whole(conn) and len(_stored(conn)) == 3
    # rows of documents that do not change are left alone: altered here so that a rewrite would show
    conn.execute("UPDATE diffusion SET lag_days = -999")
    conn.execute("UPDATE documents SET signed_date = '2021-01-01' WHERE id = 'waste'")  # in no row
    conn.commit()
    align_corpus(conn)
    assert {row[15] for row in _stored(conn)} == {-999}
    assert conn.execute(f"SELECT COUNT(*) FROM {DIFFUSION_CHANGES}").fetchone()[0] == 0
    write_diffusion(conn, whole=True)
    assert _stored(conn) == _whole(conn)


def test_removing_a_document_equals_the_whole_table(tmp_path):
    conn = _dated_database(tmp_path)
    for table, column in (("documents", "id"), ("measures", "document_id"), ("citations", "document_id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} = 'jx'")
    conn.commit()
    align_corpus(conn)
    assert _stored(conn) == _whole(conn) and {row[7] for row in _stored(conn)} == {"hlj", "fj"}


def test_adding_a_document_and_resolving_citations_again_equal_the_whole_table(tmp_path):
    conn = _dated_database(tmp_path)
    _copy_document(conn, "jx", "jx2")
    align_corpus(conn)
    assert {row[7] for row in _stored(conn)} == {"hlj", "jx", "jx2", "fj"}
    assert _stored(conn) == _whole(conn)
    # a citation no longer resolved (its cited document gone elsewhere): the pair it made goes
    conn.execute("UPDATE citations SET cited_document_id = NULL WHERE document_id = 'jx2'")
    conn.commit()
    align_corpus(conn)
    assert _stored(conn) == _whole(conn)
    # a field a row shows changed on a document
    conn.execute("UPDATE documents SET signed_date = '2020-04-01' WHERE id = 'jx'")
    conn.commit()
    align_corpus(conn)
    assert _stored(conn) == _whole(conn)
    assert {row[7]: row[15] for row in _stored(conn)}["jx"] == 60


def test_unknown_changes_write_the_whole_table(tmp_path):
    """A database whose change triggers are gone (made by an older version) is written whole."""
    conn = _dated_database(tmp_path)
    conn.execute("UPDATE diffusion SET lag_days = -999")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.commit()
    write_diffusion(conn, [])
    assert _stored(conn) == _whole(conn)
    assert all(row[15] != -999 for row in _stored(conn))
