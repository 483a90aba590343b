"""``measures`` as a view over ``measure_rows`` (schema/measures.py): each measure's text is read from
its document's text, stored once; the view reads, and can be written, as the table it was; a
database whose measures are still a table is moved to the view with its rows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.ingest.database import open_database
from pipeline.ingest.rows import process_file
from schema.measures import byte_offsets, document_headings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus"
# real notices whose texts mix Chinese, ASCII and full-width characters (their byte offsets differ
# from their character offsets by varying amounts)
REAL = sorted((ROOT / "tests" / "data" / "lifecycle").glob("l*.md"))[:3]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    for path in [*sorted(SAMPLES.glob("*.txt")), *REAL]:
        shutil.copy(path, folder / path.name)
    db = tmp_path_factory.mktemp("db") / "n.db"
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    return db


def test_a_measure_reads_its_own_text_from_its_document(built):
    conn = sqlite3.connect(built)
    rows = conn.execute("SELECT m.text, m.text_start, m.text_end, d.text FROM measures m "
                        "JOIN documents d ON d.id = m.document_id").fetchall()
    assert len(rows) > 100 and {Path(p).suffix for (p,) in conn.execute("SELECT source_path FROM documents")} >= {".txt", ".md"}
    for text, start, end, document in rows:
        assert text == document[start:end].strip()  # the contract: the item's own text, label and children excluded
    assert any(text and not text.isascii() and any(c.isascii() and c.isalnum() for c in text) for text, *_ in rows)


def test_the_text_is_stored_once(built):
    conn = sqlite3.connect(built)
    assert conn.execute("SELECT type FROM sqlite_master WHERE name = 'measures'").fetchone() == ("view",)
    stored = [row[1] for row in conn.execute("PRAGMA table_info(measure_rows)")]
    assert "text" not in stored
    assert conn.execute("SELECT count(*) FROM measure_rows WHERE text_edited IS NOT NULL").fetchone()[0] == 0
    # the view reads as the table did: the contract's columns, under their names
    columns = [row[1] for row in conn.execute("PRAGMA table_info(measures)")]
    assert ["id", "document_id", "parent_id", "level", "ordinal", "label", "path", "heading", "text", "start",
            "end", "page"] == [c for c in columns if c not in ("rowid", "style", "text_start", "text_end")]


def test_the_view_can_be_written_as_the_table_was(built, tmp_path):
    copy = tmp_path / "edit.db"
    shutil.copy(built, copy)
    conn = sqlite3.connect(copy)
    measure, document, text = conn.execute("SELECT id, document_id, text FROM measures ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE measures SET heading = '改过的小标题' WHERE id = ?", [measure])
    assert conn.execute("SELECT heading, text FROM measures WHERE id = ?", [measure]).fetchone() == ("改过的小标题", text)
    assert conn.execute("SELECT text_edited FROM measure_rows WHERE id = ?", [measure]).fetchone() == (None,)
    conn.execute("UPDATE measures SET text = text || '（补充）' WHERE id = ?", [measure])
    assert conn.execute("SELECT text FROM measures WHERE id = ?", [measure]).fetchone() == (text + "（补充）",)
    conn.execute("INSERT INTO measures (id, document_id, level, label, text) VALUES ('hand-1', ?, 1, '九、', '手工补录的措施')",
                 [document])
    assert conn.execute("SELECT level, label, text FROM measures WHERE id = 'hand-1'").fetchone() == (1, "九、", "手工补录的措施")
    conn.execute("DELETE FROM measures WHERE id IN ('hand-1', ?)", [measure])
    assert conn.execute("SELECT count(*) FROM measure_rows WHERE id IN ('hand-1', ?)", [measure]).fetchone() == (0,)


def test_a_database_whose_measures_are_a_table_gets_the_view(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.execute('CREATE TABLE measures (id TEXT PRIMARY KEY, document_id TEXT, parent_id TEXT, level INTEGER, '
                 'ordinal INTEGER, label TEXT, path TEXT, heading TEXT, text TEXT, start INTEGER, "end" INTEGER, '
                 'page INTEGER)')
    conn.execute("INSERT INTO documents VALUES ('d', '一、加强领导。各地要落实责任。')")
    conn.execute("INSERT INTO measures VALUES ('d-m001', 'd', NULL, 1, 1, '一、', '1', '加强领导', "
                 "'加强领导。各地要落实责任。', 0, 15, NULL)")
    conn.commit()
    conn.close()
    open_database(str(db)).conn.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT type FROM sqlite_master WHERE name = 'measures'").fetchone() == ("view",)
    assert conn.execute("SELECT id, heading, text, \"end\" FROM measures").fetchall() == [
        ("d-m001", "加强领导", "加强领导。各地要落实责任。", 15)]


def test_byte_offsets():
    text = "一、ABC：２０２０年第3条"
    offsets = [0, 2, 5, 6, len(text), 3]
    assert byte_offsets(text, offsets) == [len(text[:k].encode("utf-8")) for k in offsets]


def test_the_heading_is_read_from_the_text_as_the_extractor_gave_it(built):
    """The view's heading is, for every measure of the samples and the real notices, the heading the
    structure parser gave (what measure_rows stored before the headings were read from the text);
    measure_rows stores none of them."""
    conn = sqlite3.connect(built)
    paths = [path for (path,) in conn.execute("SELECT path FROM sources ORDER BY path")]
    extracted = {measure["id"]: measure["heading"] for path in paths
                 for rows in process_file(path)["documents"] for measure in rows["measures"]}
    viewed = dict(conn.execute("SELECT id, heading FROM measures"))
    assert viewed == extracted
    assert sum(heading is not None for heading in viewed.values()) > 100
    assert conn.execute("SELECT count(*) FROM measure_rows WHERE heading IS NOT NULL").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM measure_rows WHERE heading_byte_length IS NOT NULL").fetchone()[0] == \
        sum(heading is not None for heading in viewed.values())
    # the document page reads them with its document's text once: the same values
    for (document,) in conn.execute("SELECT id FROM documents"):
        assert document_headings(conn, document) == {k: v for k, v in viewed.items() if k.startswith(document + "-m")}


def test_a_heading_written_by_hand_or_removed_is_kept(built, tmp_path):
    copy = tmp_path / "edit.db"
    shutil.copy(built, copy)
    conn = sqlite3.connect(copy)
    first, second = conn.execute("SELECT id FROM measures WHERE heading IS NOT NULL ORDER BY id LIMIT 2").fetchall()
    conn.execute("UPDATE measures SET heading = NULL WHERE id = ?", first)
    conn.execute("UPDATE measures SET label = '（九）' WHERE id = ?", second)  # another column: the heading stays read
    heading = conn.execute("SELECT heading FROM measures WHERE id = ?", second).fetchone()[0]
    assert conn.execute("SELECT heading FROM measures WHERE id = ?", first).fetchone() == (None,)
    assert heading and conn.execute("SELECT heading FROM measure_rows WHERE id = ?", second).fetchone() == (None,)
    assert document_headings(conn, first[0].rsplit("-m", 1)[0])[first[0]] is None


def test_a_database_that_stored_the_headings_gets_their_offsets(built, tmp_path):
    """A database built before (headings in measure_rows, no offsets, the view reading them) is moved
    to the offsets when opened to write: the same headings, none stored, the search index kept."""
    from pipeline.corpus.search import build_search_index

    copy = tmp_path / "older.db"
    shutil.copy(built, copy)
    conn = sqlite3.connect(copy)
    before = dict(conn.execute("SELECT id, heading FROM measures"))
    indexed = conn.execute("SELECT count(*) FROM search_index_rows").fetchone()[0]
    conn.execute("UPDATE measure_rows SET heading = (SELECT v.heading FROM measures v WHERE v.rowid = measure_rows.rowid)")
    conn.execute("UPDATE measure_rows SET heading_byte_offset = NULL, heading_byte_length = NULL")
    conn.execute("DROP VIEW measures")
    conn.execute("CREATE VIEW measures AS SELECT m.rowid AS rowid, m.id, m.document_id, m.heading FROM measure_rows m")
    conn.commit()
    conn.close()
    open_database(str(copy)).conn.close()
    conn = sqlite3.connect(copy)
    assert dict(conn.execute("SELECT id, heading FROM measures")) == before
    assert conn.execute("SELECT count(*) FROM measure_rows WHERE heading IS NOT NULL").fetchone() == (0,)
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0}  # nothing to index again
    assert conn.execute("SELECT count(*) FROM search_index_rows").fetchone()[0] == indexed
