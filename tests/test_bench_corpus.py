"""The benchmark's generated corpus (scripts/bench_corpus.py): distinct notices, so that the TXT and
PDF builds of ``make bench`` have the same corpus-wide work and neither is charged for copies."""

import sqlite3
import sys
from pathlib import Path

from extractors.docnumbers import parse_doc_number
from pipeline.build import build

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import bench_corpus  # noqa: E402  (a script module, beside bench.py)


def test_the_ith_notice_does_not_depend_on_the_count():
    # the PDF corpus prints the first --pdfs notices of the TXT corpus: the same notices
    assert bench_corpus.generated_notices(3) == bench_corpus.generated_notices(12)[:3]


def test_every_generated_notice_has_a_doc_number_no_other_has():
    numbers = []
    for text in bench_corpus.generated_notices(40):
        found = next(bench_corpus.DOC_NUMBER.finditer(text))
        line = text[text.rfind("\n", 0, found.start()) + 1:text.find("\n", found.end())]
        parsed = parse_doc_number(line.strip())
        assert parsed is not None, line
        numbers.append(parsed.normalised)
    assert len(set(numbers)) == len(numbers)


def test_a_build_of_generated_notices_keeps_every_one(tmp_path):
    # a notice printed inside several of them (the national notice a sample forwards) is one notice,
    # as in any corpus; the generated notices themselves are never copies of each other
    files = bench_corpus.make_txt_corpus(tmp_path / "corpus", 12)
    db = tmp_path / "bench.db"
    report = build([str(tmp_path / "corpus")], str(db), workers=1)
    assert report.exit_code == 0, report.failed
    conn = sqlite3.connect(db)
    try:
        kept = conn.execute("SELECT count(*) FROM documents WHERE parent_id IS NULL").fetchone()[0]
        set_aside = conn.execute("SELECT count(*) FROM document_copies WHERE parent_id IS NULL").fetchone()[0]
    finally:
        conn.close()
    assert (kept, set_aside) == (len(files), 0)
