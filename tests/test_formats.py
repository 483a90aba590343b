"""Real files end to end: DOCX and PDF versions of the samples score like the TXT; the auto-numbered
DOCX with its 任务分工 table, the gov.cn-style HTML page and legacy encodings extract what they hold."""

import json
import sqlite3
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.evaluate import evaluate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TOLERANCE = 0.02


def built(tmp_path_factory, paths, name):
    db = tmp_path_factory.mktemp(name) / "notices.db"
    report = build([str(p) for p in paths], str(db), workers=1)
    assert report.exit_code == 0, report.failed
    return db


def figures(db, gold_dir) -> dict:
    result = evaluate(str(db), str(gold_dir))
    figures = {name: score.f1 for name, score in result.scores.items()}
    figures.update({name: acc.accuracy for name, acc in result.accuracies.items()})
    return figures


@pytest.fixture(scope="module")
def txt_figures(corpus_db, gold_dir):
    return figures(corpus_db, gold_dir)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_docx_and_pdf_versions_score_like_the_txt(kind, tmp_path_factory, gold_dir, txt_figures):
    samples = sorted((FIXTURES / kind).glob("0*." + kind))
    assert len(samples) == 5
    got = figures(built(tmp_path_factory, samples, kind), gold_dir)
    for field, value in txt_figures.items():
        assert value - got[field] <= TOLERANCE, (kind, field, got[field], value)


def test_pdf_measures_and_items_keep_their_page(tmp_path_factory):
    db = built(tmp_path_factory, [FIXTURES / "pdf" / "004_12488e9fa40d88c8.pdf"], "pages")
    conn = sqlite3.connect(db)
    pages = [row[0] for row in conn.execute("SELECT page FROM measures ORDER BY start")]
    assert None not in pages and pages == sorted(pages) and pages[-1] > pages[0]
    for table in ("assignments", "deadlines", "targets", "citations"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE page IS NULL").fetchone()[0] == 0, table


@pytest.fixture(scope="module")
def misc_db(tmp_path_factory):
    paths = [FIXTURES / "docx" / "auto_numbered.docx", FIXTURES / "html" / "gov_notice.html"]
    conn = sqlite3.connect(built(tmp_path_factory, paths, "misc"))
    conn.row_factory = sqlite3.Row
    return conn


def document(conn, fmt):
    return conn.execute("SELECT * FROM documents WHERE format = ?", [fmt]).fetchone()


def test_auto_numbered_docx_gives_the_labels_a_reader_sees(misc_db):
    doc = document(misc_db, "docx")
    assert doc["doc_number"] and doc["title"] and doc["signed_date"]
    labels = [row["label"] for row in misc_db.execute(
        "SELECT label FROM measures WHERE document_id = ? ORDER BY start", [doc["id"]])]
    assert labels[:5] == ["一、", "（一）", "（二）", "二、", "（一）"]
    assert {"1.", "①", "三、"} <= set(labels)
    levels = dict(misc_db.execute("SELECT label, max(level) FROM measures WHERE document_id = ? GROUP BY label",
                                  [doc["id"]]).fetchall())
    assert levels["一、"] == 1 and levels["（一）"] == 2 and levels["①"] > levels["1."]


def test_task_table_rows_become_measures_with_units_and_deadlines(misc_db):
    doc = document(misc_db, "docx")
    rows = misc_db.execute(
        "SELECT m.label, u.name, a.role, (SELECT group_concat(d.date) FROM deadlines d WHERE d.measure_id = m.id) "
        "AS dates FROM assignments a JOIN units u ON u.id = a.unit_id JOIN measures m ON m.id = a.measure_id "
        "WHERE a.document_id = ? AND a.role IN ('lead', 'cooperate')", [doc["id"]]).fetchall()
    leads = [row for row in rows if row["role"] == "lead"]
    assert leads and all(row["dates"] for row in leads)
    assert {row["role"] for row in rows} == {"lead", "cooperate"}


def test_gov_cn_html_page_fills_the_document_row_from_its_header(misc_db):
    doc = document(misc_db, "html")
    meta = json.loads(doc["meta"])
    assert doc["doc_number"] == meta["doc_number"] and doc["issuer"] and doc["signed_date"]
    assert {"index_number", "topic"} <= set(meta)
    text = doc["text"]
    assert "首页" not in text and "<script" not in text and "function" not in text
    count = misc_db.execute("SELECT count(*) FROM measures WHERE document_id = ?", [doc["id"]]).fetchone()[0]
    assert count >= 3
    assert misc_db.execute("SELECT count(*) FROM deadlines WHERE document_id = ?", [doc["id"]]).fetchone()[0] >= 1


@pytest.mark.parametrize("name", ["000_gb18030.txt", "000_utf16_bom.txt", "000_utf8_bom.txt", "000_utf16be_nobom.txt"])
def test_legacy_encodings_ingest_the_same_as_utf8(name, tmp_path_factory, corpus_db):
    db = built(tmp_path_factory, [FIXTURES / "text" / name], "enc")
    conn, reference = sqlite3.connect(db), sqlite3.connect(corpus_db)
    query = "SELECT doc_number, title, text FROM documents WHERE doc_number = '闽扶办〔2020〕4号'"
    assert conn.execute(query).fetchall() == reference.execute(query).fetchall()
    count = "SELECT count(*) FROM {} WHERE document_id IN (SELECT id FROM documents WHERE doc_number = '闽扶办〔2020〕4号')"
    for table in ("measures", "targets"):
        assert conn.execute(count.format(table)).fetchone() == reference.execute(count.format(table)).fetchone()
