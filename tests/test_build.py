"""`notices build` as a user runs it: exit status, errors named, other files stored, the CLI."""

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

NOTICES = [sys.executable, "-m", "pipeline.cli"]


def test_unreadable_file_is_reported_and_the_others_go_in(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not a whole zip file")
    db = tmp_path / "n.db"
    run = subprocess.run([*NOTICES, "build", str(folder), "--db", str(db)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "empty.txt" in run.stderr and "broken.docx" in run.stderr
    conn = sqlite3.connect(db)
    errors = dict(conn.execute("SELECT path, error FROM ingest_errors"))
    assert {p.rsplit("/", 1)[-1] for p in errors} == {"empty.txt", "broken.docx"}
    assert all(len(sentence) > 20 for sentence in errors.values())
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 5


def test_every_contract_table_and_column_exists(corpus_db):
    contract = {
        "documents": "id source_path source_sha256 format parent_id doc_number issuer title signed_date "
                     "printed_date recipients cc admin_level region text",
        "measures": "id document_id parent_id level ordinal label path heading text start end page",
        "units": "id name kind region",
        "assignments": "measure_id unit_id role raw start end",
        "deadlines": "id document_id measure_id text kind date rule start end",
        "targets": "id document_id measure_id text value unit comparator subject start end",
        "citations": "id document_id measure_id text doc_number title relation cited_document_id start end",
        "ingest_errors": "path error at",
    }
    conn = sqlite3.connect(corpus_db)
    for table, columns in contract.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        assert set(columns.split()) <= present, (table, set(columns.split()) - present)


def test_offsets_point_at_the_text_they_claim(corpus_db):
    conn = sqlite3.connect(corpus_db)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    for table in ("deadlines", "targets", "citations"):
        for doc_id, text, start, end in conn.execute(f'SELECT document_id, text, start, "end" FROM {table}'):
            assert texts[doc_id][start:end] == text, (table, text)
    for doc_id, raw, start, end in conn.execute('SELECT document_id, raw, start, "end" FROM assignments'):
        assert texts[doc_id][start:end] == raw


def test_embedded_document_has_its_parent(corpus_db):
    conn = sqlite3.connect(corpus_db)
    rows = conn.execute("SELECT d.doc_number, p.doc_number FROM documents d JOIN documents p ON p.id = d.parent_id")
    assert list(rows) == [("国开发〔2020〕3号", "黑扶组办发〔2020〕3号")]


def test_extract_prints_documents_measures_and_items():
    text = (CORPUS / "001_ba4d4d4b2a22ff08.txt").read_text(encoding="utf-8")
    run = subprocess.run([*NOTICES, "extract"], input=text, capture_output=True, text=True, check=True)
    [document] = json.loads(run.stdout)["documents"]
    assert document["doc_number"] == "泾扶组〔2020〕2号"
    assert len(document["measures"]) == 16
    assert {"县卫健委", "各乡镇"} <= {a["name"] for a in document["assignments"]}
    assert any(d["date"] == "2020-02-29" for d in document["deadlines"])
    assert document["citations"][0]["doc_number"] == "国开发〔2020〕3号"


def test_extract_lines_normalises_a_column_of_doc_numbers():
    lines = "豫政 〔2010〕116号\n晋政办发[2003]55号\n\u200b国开发（2020）3号\n号市人大公告\n"
    run = subprocess.run([*NOTICES, "extract", "--lines"], input=lines, capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["doc_number"]["normalised"] if r["doc_number"] else None for r in rows] == [
        "豫政〔2010〕116号", "晋政办发〔2003〕55号", "国开发〔2020〕3号", None]
    assert rows[0]["doc_number"]["year"] == 2010 and rows[0]["doc_number"]["serial"] == 116


def test_compare_reports_the_paragraphs_copied_from_the_national_notice(corpus_db):
    run = subprocess.run([*NOTICES, "compare", "--db", str(corpus_db), "泾扶组〔2020〕2号", "国开发[2020]3号",
                          "--passages"], capture_output=True, text=True, check=True)
    assert "2020年是决胜全面建成小康社会、决战脱贫攻坚之年" in run.stdout
    assert "摒弃滥食野生动物陋习" in run.stdout
    assert "copied passages" in run.stderr


def test_a_copy_of_a_stored_file_is_named_and_stored_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    original = CORPUS / "002_9132d00a52533a65.txt"
    shutil.copy(original, folder / "a.txt")
    shutil.copy(original, folder / "b.txt")
    db = tmp_path / "n.db"
    run = subprocess.run([*NOTICES, "build", str(folder), "--db", str(db)], capture_output=True, text=True)
    assert run.returncode == 0
    assert f"{folder / 'b.txt'} has the same bytes as {folder / 'a.txt'}" in run.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_a_failing_corpus_step_is_reported_and_retried(tmp_path, monkeypatch):
    import pipeline.build as build_module
    import pipeline.corpus as corpus_steps

    def broken_step(db):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(corpus_steps, "POST_BUILD_STEPS", [broken_step])
    db = tmp_path / "n.db"
    report = build_module.build([str(CORPUS / "002_9132d00a52533a65.txt")], str(db), workers=1)
    assert report.exit_code == 1 and "broken_step" in report.failed[0][1] and "disk on fire" in report.failed[0][1]
    assert report.stored  # the file is in all the same
    monkeypatch.setattr(corpus_steps, "POST_BUILD_STEPS", [])
    again = build_module.build([str(CORPUS / "002_9132d00a52533a65.txt")], str(db), workers=1)
    assert again.exit_code == 0 and "corpus_steps" in again.timings  # pending steps ran again


def test_shingles_are_stored_with_each_document_and_give_the_pairs_the_texts_give(corpus_db, tmp_path,
                                                                                 monkeypatch):
    """The build's workers hash each document's shingles once (pipeline.corpus.shingles); reuse_pairs
    finds the same pairs from them as from the texts (a database built before the table existed)."""
    from pipeline.corpus.align.pairs import LEVEL_RANK, reuse_pairs
    from pipeline.corpus.shingles import _ShingleSource
    from pipeline.document.fingerprint import document_shingles

    def _ranked(conn):
        return {doc: LEVEL_RANK[level] for doc, level in conn.execute("SELECT id, admin_level FROM documents")
                if LEVEL_RANK.get(level or "")}

    conn = sqlite3.connect(corpus_db)
    stored = dict(conn.execute("SELECT document_id, hashes FROM document_shingles"))
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    conn.close()
    assert stored.keys() == texts.keys()
    assert all(stored[doc] == document_shingles(text) and stored[doc] for doc, text in texts.items())
    with sqlite3.connect(corpus_db) as source, sqlite3.connect(tmp_path / "old.db") as conn:
        source.backup(conn)
        from_stored = reuse_pairs(conn)
        assert from_stored  # the local notices copy paragraphs of the national one
        # in many ranges of hash values (what bounds its memory on a large corpus): the same pairs
        monkeypatch.setattr("pipeline.corpus.shingles.ENTRIES_PER_PASS", 300)
        assert len(_ShingleSource(conn, _ranked(conn)).ranges) > 5
        assert reuse_pairs(conn) == from_stored
        conn.execute("DROP TABLE document_shingles")
        assert reuse_pairs(conn) == from_stored


def test_an_empty_database_gets_its_query_indexes_after_its_files(tmp_path, monkeypatch):
    """Into an empty database the files go in without the query indexes, which are made after them,
    also when the build is interrupted."""
    import pipeline.build as build_module
    from pipeline.ingest.store import BatchWriter
    from schema.tables import QUERY_INDEX_TABLES

    def indexes(db):
        marks = ", ".join("?" for _ in QUERY_INDEX_TABLES)
        with sqlite3.connect(db) as conn:
            return {row[0] for row in conn.execute(
                f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks})", QUERY_INDEX_TABLES)}

    db = tmp_path / "n.db"
    seen_while_writing = []
    real_write = BatchWriter.write

    def write(self, result):
        seen_while_writing.append({row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'assignments'")})
        return real_write(self, result)

    monkeypatch.setattr(BatchWriter, "write", write)
    report = build_module.build([str(CORPUS)], str(db), workers=1)
    assert report.exit_code == 0 and seen_while_writing
    assert all(not any(name.startswith("idx_") for name in seen) for seen in seen_while_writing)
    complete = indexes(db)
    assert {"idx_assignments_unit_id", "idx_measure_rows_document_id", "idx_citations_doc_number"} <= complete

    def interrupted(self, result):
        raise KeyboardInterrupt

    monkeypatch.setattr(BatchWriter, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_module.build([str(CORPUS)], str(tmp_path / "killed.db"), workers=1)
    assert indexes(tmp_path / "killed.db") == complete


def test_the_search_index_and_graph_tables_are_written_when_the_alignments_fail(tmp_path, monkeypatch):
    """They are written while the workers align; a failing alignment step must not take them along."""
    import pipeline.build as build_module

    def align_corpus(db, **options):
        raise RuntimeError("no alignments today")

    monkeypatch.setattr("pipeline.corpus.align.step.align_corpus", align_corpus)
    db = tmp_path / "n.db"
    report = build_module.build([str(CORPUS)], str(db), workers=1)
    assert report.exit_code == 1 and [name for name, _ in report.failed] == ["<align_corpus>"]
    assert {"build_search_index", "write_graph_tables"} <= set(report.step_timings)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM graph_nodes").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM measures_zh_fts WHERE measures_zh_fts MATCH '扶贫'").fetchone()[0] > 0


def test_folders_give_their_notices_in_path_order_without_following_links(tmp_path):
    """A folder's notices in the order their paths sort (a subfolder's where its name sorts), other
    files and hidden ones left out, a link to a folder not followed (as Path.rglob)."""
    from pipeline.build import iter_input_files

    for name in ["b.txt", "a/z.docx", "a/b/c.pdf", "a.txt", "A.md", "c/.hidden.txt", "c/notes.csv", "c/d.HTML",
                 "c/e.xlsx"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    expected = [str(p) for p in sorted(tmp_path.rglob("*")) if p.is_file() and not p.name.startswith(".")
                and p.suffix.lower() in {".txt", ".docx", ".pdf", ".md", ".html", ".xlsx"}]  # paths sort by their parts
    found = list(iter_input_files([str(tmp_path), str(tmp_path / "b.txt")]))
    assert found == expected + [str(tmp_path / "b.txt")]
    assert str(tmp_path / "a" / "b" / "c.pdf") in found and not any("linked" in path for path in found)
