"""Every file, one outcome: stored, or named in ``ingest_errors`` with a sentence saying what is wrong.

A corpus of broken and awkward files (the fixtures under tests/fixtures/bad, text/, html/, pdf/, plus
files generated here: too large, unknown encoding, an image or an old .doc under a document's name …)
and the five good samples is built with ``notices build`` as a subprocess. The build must exit with 1,
store every good file (read by its content, not its extension, with the same text whatever the
encoding) and name every bad one in its output and in ``ingest_errors`` with a message specific to the
problem. No file may have two outcomes or none.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import pytest

from pipeline.read import MAX_FILE_BYTES, ReadError, read_source
from db_support import file_documents

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
_SCRIPT = Path(sys.executable).with_name("notices")
NOTICES = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "pipeline.cli"]

SAMPLE_000 = "000_e8ac68d63b2ecc9f.txt"
SAMPLE_002 = "002_9132d00a52533a65.txt"


# ---------------------------------------------------------------------------------------------------
# generated files (used when a fixture is missing, and for cases no fixture covers)


def _sample(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _docx_bytes() -> bytes:
    """A small notice as a DOCX made with python-docx."""
    import io

    import docx

    document = docx.Document()
    for line in _sample(SAMPLE_002).splitlines():
        if line.strip():
            document.add_paragraph(line.strip().replace("**", "").lstrip("# "))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _png_bytes() -> bytes:
    """A valid 1×1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
            + chunk(b"IEND", b""))


def _junk_bytes(seed: int, low: int, size: int = 4096) -> bytes:
    rnd = random.Random(seed)
    return bytes(rnd.randrange(low, 256) for _ in range(size))


def _fixture_or(relative: str, make: Optional[Callable[[], bytes]] = None) -> Callable[[], Optional[bytes]]:
    """The bytes of a committed fixture, or of ``make()`` when the fixture is missing."""
    def get() -> Optional[bytes]:
        path = FIXTURES / relative
        if path.is_file():
            return path.read_bytes()
        return make() if make else None

    return get


def _cut(relative: str, keep: float) -> Callable[[], Optional[bytes]]:
    """The first ``keep`` part of a fixture: a truncated file of its kind."""
    def get() -> Optional[bytes]:
        path = FIXTURES / relative
        if not path.is_file():
            return None
        data = path.read_bytes()
        return data[: int(len(data) * keep)]

    return get


# ---------------------------------------------------------------------------------------------------
# the cases


@dataclass
class Good:
    name: str  # file name in the build folder
    data: Callable[[], Optional[bytes]]  # None: not available here (the case is skipped)
    format: str  # documents.format / sources.format expected
    same_text_as: Optional[str] = None  # a sample whose stored text this file must give


@dataclass
class Bad:
    name: str
    data: Optional[Callable[[], Optional[bytes]]]  # None: the file does not exist (named on the command line)
    problem: str  # regex the error sentence must match
    kind: str  # files of different kinds must get different sentences


GOOD = [
    *(Good(path.name, path.read_bytes, "txt") for path in sorted(CORPUS.glob("*.txt"))),
    # encodings: the stored text is the sample's, whatever the bytes
    Good("000_gb18030.txt", _fixture_or("text/000_gb18030.txt", lambda: _sample(SAMPLE_000).encode("gb18030")),
         "txt", SAMPLE_000),
    Good("000_utf16_bom.txt", _fixture_or("text/000_utf16_bom.txt", lambda: _sample(SAMPLE_000).encode("utf-16")),
         "txt", SAMPLE_000),
    Good("000_utf16be_nobom.txt",
         _fixture_or("text/000_utf16be_nobom.txt", lambda: _sample(SAMPLE_000).encode("utf-16-be")), "txt", SAMPLE_000),
    Good("000_utf8_bom.txt",
         _fixture_or("text/000_utf8_bom.txt", lambda: _sample(SAMPLE_000).encode("utf-8-sig")), "txt", SAMPLE_000),
    Good("000_crlf.md",
         _fixture_or("text/000_crlf.md", lambda: _sample(SAMPLE_000).replace("\n", "\r\n").encode()), "md", SAMPLE_000),
    Good("002_gb18030_crlf.txt", lambda: _sample(SAMPLE_002).replace("\n", "\r\n").encode("gb18030"), "txt", SAMPLE_002),
    Good("002_utf16le_nobom.txt", lambda: _sample(SAMPLE_002).encode("utf-16-le"), "txt", SAMPLE_002),
    # content, not extension, decides the format
    Good("docx_saved_as.pdf", _fixture_or("bad/docx_saved_as.pdf", _docx_bytes), "docx"),
    # (bad/text_saved_as.pdf has the bytes of text/000_gb18030.txt: the build would skip it as a copy)
    Good("002_gb18030_saved_as.pdf", lambda: _sample(SAMPLE_002).encode("gb18030"), "txt", SAMPLE_002),
    Good("docx_saved_as.txt", _fixture_or("docx/004_12488e9fa40d88c8.docx"), "docx"),
    Good("pdf_saved_as.txt", _fixture_or("pdf/001_ba4d4d4b2a22ff08.pdf"), "pdf"),
    Good("gbk_html_saved_as.txt", _fixture_or("html/gov_notice_gbk.html"), "html"),
]

BAD = [
    Bad("empty.txt", _fixture_or("bad/empty.txt", lambda: b""), r"\bempty\b", "empty"),
    Bad("bom_only.txt", lambda: b"\xef\xbb\xbf", r"\bempty\b", "empty"),
    Bad("junk.txt", _fixture_or("bad/junk.txt", lambda: _junk_bytes(1, 0)), r"encoding|binary", "encoding"),
    Bad("high_bytes.txt", lambda: _junk_bytes(2, 0x80), r"encoding", "encoding"),
    Bad("fake.pdf", _fixture_or("bad/fake.pdf"), r"not a (?:valid )?PDF|damaged", "damaged PDF"),
    Bad("truncated.pdf", _cut("pdf/001_ba4d4d4b2a22ff08.pdf", 0.5), r"PDF.*(?:damaged|truncated)", "damaged PDF"),
    Bad("encrypted.pdf", _fixture_or("bad/encrypted.pdf"), r"encrypted|password", "encrypted"),
    Bad("scanned.pdf", _fixture_or("bad/scanned.pdf"), r"no text|scan|OCR", "scan"),
    Bad("truncated.docx", _fixture_or("bad/truncated.docx", lambda: _docx_bytes()[:3000]), r"truncated|damaged",
        "damaged DOCX"),
    Bad("not_word.docx", _fixture_or("bad/not_word.docx"), r"DOCX|Word", "damaged DOCX"),
    Bad("old_word.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048, r"old|\.doc\b", "old Word"),
    Bad("image_saved_as.pdf", _png_bytes, r"image", "image"),
    Bad("too_large.txt", lambda: None, r"too large", "too large"),  # written sparse below: MAX_FILE_BYTES + 1
    Bad("missing.txt", None, r"no such file", "missing"),
]
# A path that does not exist stops a build before it opens anything (tests/test_safety.py): the
# reader's message for it is tested below, the build's cases are the files that exist.
BUILD_BAD = [case for case in BAD if case.data is not None]


# ---------------------------------------------------------------------------------------------------
# the build


@dataclass
class Built:
    folder: Path
    db: Path
    run: subprocess.CompletedProcess
    good: dict[str, Path]  # name -> path as given to build
    bad: dict[str, Path]

    def file_documents(self, path: Path) -> list[dict]:
        conn = sqlite3.connect(self.db)
        try:
            return file_documents(conn, str(path))
        finally:
            conn.close()

    def query(self, sql: str, params=()) -> list[tuple]:
        conn = sqlite3.connect(self.db)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    folder = tmp_path_factory.mktemp("reliability") / "in"
    folder.mkdir()
    good, bad = {}, {}
    for case in GOOD:
        data = case.data()
        if data is not None:
            (folder / case.name).write_bytes(data)
            good[case.name] = folder / case.name
    for case in BUILD_BAD:
        path = folder / case.name
        if case.name == "too_large.txt":
            with open(path, "wb") as handle:
                handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
        else:
            data = case.data()
            if data is None:
                continue
            path.write_bytes(data)
        bad[case.name] = path
    db = folder.parent / "notices.db"
    run = subprocess.run([*NOTICES, "build", str(folder), "--db", str(db)],
                         capture_output=True, text=True, timeout=600)
    return Built(folder, db, run, good, bad)


def _case(built: Built, name: str, table: dict[str, Path]) -> Path:
    if name not in table:
        pytest.skip(f"{name}: its fixture is not there and cannot be generated here")
    return table[name]


def test_build_exits_1_and_counts_every_file(built):
    assert built.run.returncode == 1, built.run.stderr[-3000:]
    summary = built.run.stderr.strip().splitlines()[-1]
    assert f"{len(built.good)} files stored" in summary, summary
    assert f"{len(built.bad)} failed" in summary, summary


@pytest.mark.parametrize("case", GOOD, ids=[case.name for case in GOOD])
def test_good_file_is_stored_in_its_format(built, case):
    path = _case(built, case.name, built.good)
    assert built.query("SELECT format FROM sources WHERE path = ?", [str(path)]) == [(case.format,)]
    documents = [(d["format"], d["text"]) for d in built.file_documents(path) if d["parent_id"] is None]
    assert [fmt for fmt, _ in documents] == [case.format]
    assert documents[0][1].strip()
    assert str(path) not in built.run.stderr


@pytest.mark.parametrize("case", [c for c in GOOD if c.same_text_as], ids=[c.name for c in GOOD if c.same_text_as])
def test_encoding_does_not_change_the_text(built, case):
    path = _case(built, case.name, built.good)
    original = CORPUS / case.same_text_as
    # the texts its file gave, whether its notice is kept from it or from another copy
    texts = [[d["text"] for d in built.file_documents(file)] for file in (path, built.good[original.name])]
    assert texts[0] == texts[1]


@pytest.mark.parametrize("case", BUILD_BAD, ids=[case.name for case in BUILD_BAD])
def test_bad_file_is_named_with_its_problem(built, case):
    path = _case(built, case.name, built.bad)
    rows = built.query("SELECT error, at FROM ingest_errors WHERE path = ?", [str(path)])
    assert len(rows) == 1, f"{case.name} is not in ingest_errors"
    error, at = rows[0]
    assert str(path) in error, error  # the sentence names the file
    assert re.search(case.problem, error, re.I), error  # and says what is wrong with it
    assert error.endswith(".") and len(error) > len(str(path)) + 15, error
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", at), at
    assert any(str(path) in line and re.search(case.problem, line, re.I) for line in built.run.stderr.splitlines()), \
        built.run.stderr[-3000:]
    assert built.query("SELECT count(*) FROM documents WHERE source_path = ?", [str(path)]) == [(0,)]
    assert built.query("SELECT count(*) FROM sources WHERE path = ?", [str(path)]) == [(0,)]


def test_every_file_has_exactly_one_outcome(built):
    stored = {row[0] for row in built.query("SELECT path FROM sources")}
    failed = {row[0] for row in built.query("SELECT path FROM ingest_errors")}
    assert not stored & failed
    assert stored == {str(p) for p in built.good.values()}
    assert failed == {str(p) for p in built.bad.values()}


def test_messages_are_specific(built):
    """Different problems are told apart: no two kinds of failure share one sentence."""
    by_problem: dict[str, set[str]] = {}
    for case in BUILD_BAD:
        if case.name in built.bad:
            (error,) = built.query("SELECT error FROM ingest_errors WHERE path = ?", [str(built.bad[case.name])])[0]
            by_problem.setdefault(case.kind, set()).add(error.replace(str(built.bad[case.name]), "FILE"))
    sentences = [s for group in by_problem.values() for s in group]
    generic = [s for s in sentences if re.search(r"could not be processed|Error:|Traceback", s)]
    assert not generic, generic  # a crash in a parser is not a message for a person
    for problem, group in by_problem.items():
        others = set().union(*(g for p, g in by_problem.items() if p != problem))
        assert not group & others, (problem, group & others)


def test_database_is_sound_after_a_build_with_failures(built):
    from test_kill import assert_sound

    assert_sound(built.db)


def test_rerun_changes_nothing_and_reports_the_same_failures(built, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(built.db, db)
    before = sqlite3.connect(db).execute("SELECT count(*), group_concat(id) FROM documents").fetchone()
    run = subprocess.run([*NOTICES, "build", str(built.folder), "--db", str(db)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1
    assert "0 files stored" in run.stderr and f"{len(built.good)} unchanged" in run.stderr, run.stderr[-500:]
    assert all(str(path) in run.stderr for path in built.bad.values())
    after = sqlite3.connect(db).execute("SELECT count(*), group_concat(id) FROM documents").fetchone()
    assert after == before


# ---------------------------------------------------------------------------------------------------
# the reader on its own: every bad file raises ReadError (no other exception), read by content


@pytest.mark.parametrize("case", [c for c in BAD if c.name not in ("too_large.txt",)],
                         ids=[c.name for c in BAD if c.name not in ("too_large.txt",)])
def test_reader_raises_read_error(tmp_path, case):
    path = tmp_path / case.name
    if case.data is not None:
        data = case.data()
        if data is None:
            pytest.skip(f"{case.name}: fixture missing")
        path.write_bytes(data)
    with pytest.raises(ReadError) as raised:
        read_source(path)
    assert str(path) in str(raised.value) and re.search(case.problem, str(raised.value), re.I)


def test_reader_refuses_a_file_over_the_limit_without_reading_it(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ReadError, match="too large"):
        read_source(path)


def test_old_word_files_in_a_folder_are_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / SAMPLE_002, folder / SAMPLE_002)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048
    for name in ("notice.doc", "notice.wps"):
        (folder / name).write_bytes(ole + name.encode())  # different bytes: not copies of each other
    db = tmp_path / "n.db"
    run = subprocess.run([*NOTICES, "build", str(folder), "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 1
    conn = sqlite3.connect(db)
    errors = dict(conn.execute("SELECT path, error FROM ingest_errors"))
    conn.close()
    assert set(errors) == {str(folder / "notice.doc"), str(folder / "notice.wps")}
    assert all(re.search(r"old|\.doc\b", error) for error in errors.values()), errors
