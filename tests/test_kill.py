"""No loss: a build killed half-way leaves a sound database that a re-run completes.

`notices build` writes each file all or nothing (a savepoint per file inside transactions of a few
dozen files: a kill loses at most the files of the open transaction). Here it is started as a
subprocess on a corpus of a few hundred distinct files, killed with SIGKILL once some files are
stored, and the database is checked: SQLite integrity, no orphan rows, every stored document whole.
A re-run must then finish (exit 0, every file stored) with exactly the rows of a clean build of the
same corpus. Re-ingesting a changed file must replace its rows and leave nothing of the old version.

NOTICES_KILL_FILES sets the corpus size (default 300).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_SCRIPT = Path(sys.executable).with_name("notices")
NOTICES = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "pipeline.cli"]

FILES = int(os.environ.get("NOTICES_KILL_FILES", "300"))
KILL_AFTER = max(5, FILES // 10)  # sources stored before the kill
BUILD_TIMEOUT = 900  # seconds; a build of FILES files takes about a minute

OWN_NUMBER = re.compile(r"〔(20\d\d)〕(\d+)号")
ITEM_TABLES = ("measures", "assignments", "deadlines", "targets", "citations")
# Tables whose rows must be identical after kill + re-run and after a clean build. Not ``units``:
# a unit row shared by many files takes its region from whichever file wrote it last.
COMPARED_TABLES = ("documents", *ITEM_TABLES)


# ---------------------------------------------------------------------------------------------------
# the corpus and the checks


def variant(text: str, i: int) -> str:
    """Sample ``text`` made distinct: its own 文号 gets serial 100+i and a note line is added."""
    text = OWN_NUMBER.sub(lambda m: f"〔{m[1]}〕{100 + i}号", text, count=1)
    return text.rstrip("\n") + f"\n\n（此件第{i}份，依申请公开）\n"


def make_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    samples = sorted(CORPUS.glob("*.txt"))
    assert len(samples) == 5, samples
    paths = []
    for i in range(count):
        sample = samples[i % len(samples)]
        path = folder / f"{i:03d}_{sample.name}"
        path.write_text(variant(sample.read_text(encoding="utf-8"), i), encoding="utf-8")
        paths.append(path)
    return paths


def run_build(folder: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NOTICES, "build", str(folder), "--db", str(db), *extra],
                          capture_output=True, text=True, timeout=BUILD_TIMEOUT)


def scalar(conn: sqlite3.Connection, sql: str, params=()):
    return conn.execute(sql, params).fetchone()[0]


def orphans(conn: sqlite3.Connection) -> dict[str, list]:
    """Rows that point at nothing, by check; an empty dict when the database is sound."""
    checks = {
        f"{table} without document": f"SELECT id FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)"
        for table in ITEM_TABLES
    }
    checks.update({
        "measures with a missing parent":
            "SELECT id FROM measures WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM measures)",
        "items with a missing measure": " UNION ALL ".join(
            f"SELECT id FROM {table} WHERE measure_id IS NOT NULL AND measure_id NOT IN (SELECT id FROM measures)"
            for table in ("assignments", "deadlines", "targets", "citations")),
        "assignments without unit": "SELECT id FROM assignments WHERE unit_id NOT IN (SELECT id FROM units)",
        "documents with a missing parent":
            "SELECT id FROM documents WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM documents)",
        "documents without sources row":
            "SELECT id FROM documents WHERE source_path NOT IN (SELECT path FROM sources)",
        "documents of another version of their file":
            "SELECT d.id FROM documents d JOIN sources s ON s.path = d.source_path WHERE d.source_sha256 != s.sha256",
        "sources whose documents are not all there":  # kept, or copies of a notice kept from another file
            "SELECT s.path FROM sources s WHERE s.documents != "
            "(SELECT count(*) FROM documents d WHERE d.source_path = s.path) + "
            "(SELECT count(*) FROM document_copies c WHERE c.source_path = s.path)",
        "copies of a missing document":
            "SELECT id FROM document_copies WHERE document_id NOT IN (SELECT id FROM documents)",
        "citations resolved to a missing document":
            "SELECT id FROM citations WHERE cited_document_id IS NOT NULL "
            "AND cited_document_id NOT IN (SELECT id FROM documents)",
    })
    found = {name: [row[0] for row in conn.execute(sql).fetchmany(5)] for name, sql in checks.items()}
    return {name: rows for name, rows in found.items() if rows}


def assert_sound(db: Path) -> None:
    """Integrity, no orphans, every stored document whole."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert orphans(conn) == {}
        broken = conn.execute(
            "SELECT d.id, d.measure_count, (SELECT count(*) FROM measures m WHERE m.document_id = d.id) AS n "
            "FROM documents d WHERE d.measure_count != n"
        ).fetchall()
        assert broken == [], f"documents stored without all their measures: {broken[:5]}"
    finally:
        conn.close()


def table_rows(db: Path, table: str) -> set[tuple]:
    conn = sqlite3.connect(db)
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        listed = ", ".join(f'"{c}"' for c in sorted(columns))
        return set(conn.execute(f"SELECT {listed} FROM {table}"))
    finally:
        conn.close()


def table_ids(db: Path, table: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}
    finally:
        conn.close()


def stored_sources(db: Path) -> int:
    """Files stored so far, read while the build writes (0 until the table exists)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return scalar(conn, "SELECT count(*) FROM sources")
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the build and the worker processes it started (its own process group)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=30)


# ---------------------------------------------------------------------------------------------------
# tests


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("kill") / "in"
    make_corpus(folder, FILES)
    return folder


@pytest.fixture(scope="module")
def clean_db(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    run = run_build(corpus, db)
    assert run.returncode == 0, run.stderr[-3000:]
    return db


def build_and_kill(corpus: Path, db: Path, stored_before_kill: int) -> Optional[int]:
    """Start a build and SIGKILL it once ``stored_before_kill`` files are stored; its exit status,
    -SIGKILL, or None when it finished first."""
    process = subprocess.Popen([*NOTICES, "build", str(corpus), "--db", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + BUILD_TIMEOUT
        while stored_sources(db) < stored_before_kill:
            if process.poll() is not None:
                return None if process.returncode == 0 else process.returncode
            assert time.monotonic() < deadline, "the build stored too few files in time"
            time.sleep(0.05)
        if process.poll() is not None:
            return None if process.returncode == 0 else process.returncode
        kill_group(process)
        return process.returncode
    finally:
        if process.poll() is None:
            kill_group(process)


def test_killed_build_leaves_a_sound_database_and_a_rerun_completes_it(corpus, clean_db, tmp_path):
    db = tmp_path / "killed.db"
    # 1. killed while storing files
    assert build_and_kill(corpus, db, KILL_AFTER) == -signal.SIGKILL, "the build ended before it could be killed"
    stored = stored_sources(db)
    assert KILL_AFTER <= stored < FILES, f"killed after {stored} of {FILES} files: not mid-way"
    assert_sound(db)

    # 2. the re-run, killed again once every file is in: in the corpus-wide steps (citation
    #    resolution, alignment, search index) if it is not finished by then
    status = build_and_kill(corpus, db, FILES)
    assert status in (None, -signal.SIGKILL), status
    assert stored_sources(db) == FILES
    assert_sound(db)

    # 3. a last run completes it: nothing to store, the corpus-wide steps again
    rerun = run_build(corpus, db)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "0 files stored" in rerun.stderr and f"{FILES} unchanged" in rerun.stderr, rerun.stderr[-500:]
    assert_sound(db)
    conn = sqlite3.connect(db)
    assert scalar(conn, "SELECT count(*) FROM ingest_errors") == 0
    conn.close()

    for table in COMPARED_TABLES:
        assert table_ids(db, table) == table_ids(clean_db, table), table
        assert table_rows(db, table) == table_rows(clean_db, table), table
    assert table_ids(db, "units") == table_ids(clean_db, "units")


def test_rerun_after_a_kill_skips_what_was_stored(corpus, tmp_path):
    db = tmp_path / "killed.db"
    assert build_and_kill(corpus, db, KILL_AFTER) == -signal.SIGKILL
    stored = stored_sources(db)
    conn = sqlite3.connect(db)
    before = dict(conn.execute("SELECT path, ingested_at FROM sources"))
    conn.close()
    # a build of only the files already stored: all unchanged, nothing rewritten
    stored_paths = sorted(before)
    run = subprocess.run([*NOTICES, "build", *stored_paths, "--db", str(db)], capture_output=True, text=True,
                         timeout=BUILD_TIMEOUT)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "0 files stored" in run.stderr and f"{stored} unchanged" in run.stderr, run.stderr[-500:]
    conn = sqlite3.connect(db)
    assert dict(conn.execute("SELECT path, ingested_at FROM sources")) == before
    conn.close()


def test_clean_build_is_sound_and_complete(corpus, clean_db):
    assert_sound(clean_db)
    assert stored_sources(clean_db) == FILES
    conn = sqlite3.connect(clean_db)
    # 003 holds an embedded notice: FILES // 5 files give two documents each, and the embedded
    # notice, the same national notice in each, is one document with FILES // 5 - 1 copies
    assert scalar(conn, "SELECT count(*) FROM documents") == FILES + 1
    assert scalar(conn, "SELECT count(*) FROM document_copies") == FILES // 5 - 1
    assert scalar(conn, "SELECT count(DISTINCT doc_number) FROM documents WHERE parent_id IS NULL") == FILES
    conn.close()


# ---------------------------------------------------------------------------------------------------
# re-ingesting a changed file


@pytest.fixture
def small(tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    db = tmp_path / "n.db"
    run = run_build(folder, db)
    assert run.returncode == 0, run.stderr[-3000:]
    return folder, db


def ids_of(db: Path, path: Path) -> dict[str, set[str]]:
    """The ids of every row that belongs to the documents of ``path``."""
    conn = sqlite3.connect(db)
    try:
        docs = {r[0] for r in conn.execute("SELECT id FROM documents WHERE source_path = ?", [str(path)])}
        marks = ",".join("?" * len(docs))
        out = {"documents": docs}
        for table in ITEM_TABLES:
            out[table] = {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE document_id IN ({marks})",
                                                     sorted(docs))}
        return out
    finally:
        conn.close()


def all_ids(db: Path) -> dict[str, set[str]]:
    return {table: table_ids(db, table) for table in ("documents", *ITEM_TABLES)}


def test_changed_file_replaces_its_rows_without_orphans(small, tmp_path):
    folder, db = small
    # 003 forwards an embedded notice: two documents. Cut it down to the outer notice's first
    # measures, so the new version has fewer documents, measures and items than the old one.
    path = folder / "003_067caed35b760fe4.txt"
    old_text = path.read_text(encoding="utf-8")
    before, old = all_ids(db), ids_of(db, path)
    assert len(old["documents"]) == 2 and old["measures"]

    cut = old_text.index("# 国务院扶贫开发领导小组文件")  # the forwarded notice's red header
    new_text = old_text[:cut].rstrip() + "\n\n（此件修订）\n"
    path.write_text(new_text, encoding="utf-8")
    run = run_build(folder, db)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "1 files stored" in run.stderr and "4 unchanged" in run.stderr, run.stderr[-500:]

    assert_sound(db)
    new = ids_of(db, path)
    assert len(new["documents"]) == 1 and new["documents"].isdisjoint(old["documents"])
    after = all_ids(db)
    for table, ids in old.items():
        assert not (ids & after[table]), f"{table} of the old version left behind"
        assert after[table] == (before[table] - ids) | new[table], table  # the other files untouched

    # and back: the first version again gives its first ids again
    path.write_text(old_text, encoding="utf-8")
    assert run_build(folder, db).returncode == 0
    assert_sound(db)
    assert all_ids(db) == before


def test_file_fixed_after_an_error_loses_its_error(small):
    folder, db = small
    path = folder / "later.txt"
    path.write_bytes(b"")
    run = run_build(folder, db)
    assert run.returncode == 1 and "later.txt" in run.stderr
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT path FROM ingest_errors")] == [str(path)]
    conn.close()

    path.write_text((CORPUS / "002_9132d00a52533a65.txt").read_text(encoding="utf-8").replace("7号", "8号", 1),
                    encoding="utf-8")
    run = run_build(folder, db)
    assert run.returncode == 0, run.stderr[-3000:]
    conn = sqlite3.connect(db)
    assert scalar(conn, "SELECT count(*) FROM ingest_errors") == 0
    assert scalar(conn, "SELECT count(*) FROM documents WHERE source_path = ?", [str(path)]) == 1
    conn.close()
    assert_sound(db)


def test_file_that_became_unreadable_keeps_its_last_good_version(small):
    """Nothing already stored is lost: the error is recorded and says the earlier version is kept."""
    folder, db = small
    path = folder / "000_e8ac68d63b2ecc9f.txt"
    path.write_bytes(b"\x00" * 10)
    run = run_build(folder, db)
    assert run.returncode == 1 and path.name in run.stderr
    conn = sqlite3.connect(db)
    [error] = [row[0] for row in conn.execute("SELECT error FROM ingest_errors WHERE path = ?", [str(path)])]
    assert path.name in error and "is kept" in error
    assert scalar(conn, "SELECT count(*) FROM documents WHERE source_path = ?", [str(path)]) == 1
    conn.close()
    assert_sound(db)
