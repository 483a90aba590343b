"""Safe to run every week: every command checks its inputs before it touches anything, a failure a
user can cause is one line (no traceback) and exit 2, a database being served can be rebuilt, deleted
files are reported and pruned, and a killed build leaves no process behind.

Each test runs the real ``notices`` command on the sample notices (``corpus/``) or variants of them
(``test_kill.make_corpus``), in seconds.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from test_kill import CORPUS, NOTICES, assert_sound, make_corpus, stored_sources

GOLD = Path(__file__).resolve().parent / "data" / "gold"


def notices(*arguments: str, timeout: float = 300, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*NOTICES, *map(str, arguments)], capture_output=True, text=True, timeout=timeout,
                          **options)


def one_line_error(run: subprocess.CompletedProcess, *words: str) -> str:
    """The run failed with exit 2 and one line on stderr, naming ``words``, no traceback."""
    assert run.returncode == 2, (run.returncode, run.stderr[-2000:])
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def count(db: Path, sql: str, params=()) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def files_beside(db: Path) -> set[str]:
    return {path.name for path in db.parent.iterdir()}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    """The five samples built once; tests copy it before they change anything."""
    db = tmp_path_factory.mktemp("safety") / "notices.db"
    run = notices("build", CORPUS, "--db", db)
    assert run.returncode == 0, run.stderr[-3000:]
    return db


@pytest.fixture
def db(sample_db, tmp_path) -> Path:
    copy = tmp_path / "notices.db"
    shutil.copy(sample_db, copy)
    return copy


# ---------------------------------------------------------------------------------------------------
# 1. inputs checked before anything is touched; --fresh replaces the database only when it completed


def test_fresh_with_a_mistyped_path_keeps_the_database(db):
    documents, before = count(db, "SELECT count(*) FROM documents"), db.read_bytes()
    listed = files_beside(db)
    run = notices("build", CORPUS.parent / "corpsu", "--db", db, "--fresh")
    one_line_error(run, "corpsu", "no such file or folder")
    assert db.read_bytes() == before and count(db, "SELECT count(*) FROM documents") == documents == 6
    assert files_beside(db) == listed  # no temporary database, no lock left


def test_a_missing_input_path_creates_no_database(tmp_path):
    run = notices("build", CORPUS, tmp_path / "missing.txt", "--db", tmp_path / "new.db")
    one_line_error(run, "missing.txt")
    assert list(tmp_path.iterdir()) == []


def test_fresh_replaces_the_database_when_the_build_completes(db, tmp_path):
    only = tmp_path / "only"
    only.mkdir()
    shutil.copy(CORPUS / "002_9132d00a52533a65.txt", only)
    run = notices("build", only, "--db", db, "--fresh")
    assert run.returncode == 0, run.stderr[-2000:]
    assert count(db, "SELECT count(*) FROM sources") == 1
    assert count(db, "SELECT count(*) FROM documents WHERE source_path = ?", [str(only / "002_9132d00a52533a65.txt")]) == 1
    assert_sound(db)
    assert {name for name in files_beside(db) if name.startswith(".") or name.endswith("lock")} == set()


def test_fresh_that_stores_nothing_keeps_the_database(db, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_bytes(b"")  # a file that cannot be stored
    before = db.read_bytes()
    run = notices("build", empty, "--db", db, "--fresh")
    assert run.returncode == 1 and "is kept as it was" in run.stderr, run.stderr[-2000:]
    assert db.read_bytes() == before


def test_fresh_failing_half_way_keeps_the_database(db, tmp_path):
    """A full disk (a file-size limit) stops a --fresh build: the old database is whole and no
    temporary file is left."""
    before = db.read_bytes()
    listed = files_beside(db)
    run = run_limited(["build", CORPUS, "--db", db, "--fresh"], limit_kb=200)
    assert run.returncode != 0
    assert db.read_bytes() == before
    assert files_beside(db) == listed


# ---------------------------------------------------------------------------------------------------
# 2. read-only commands never create a database; what is not a notices database is named


READ_ONLY_COMMANDS = {
    "compare": lambda db: ["compare", "国发〔2016〕1号", "国发〔2016〕2号", "--db", db],
    "compare --passages": lambda db: ["compare", "a", "b", "--db", db, "--passages"],
    "graph": lambda db: ["graph", "--db", db],
    "evaluate": lambda db: ["evaluate", db, GOLD],
    "serve": lambda db: ["serve", "--db", db, "--port", "1"],
}


@pytest.mark.parametrize("command", sorted(READ_ONLY_COMMANDS))
def test_read_only_command_on_a_missing_database_creates_nothing(command, tmp_path):
    missing = tmp_path / "typo.db"
    one_line_error(notices(*READ_ONLY_COMMANDS[command](missing)), str(missing), "no such database")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content, problem", [
    (b"these are my notes, not a database\n" * 40, "not a SQLite database or is corrupt"),
    (b"SQLite format 3\x00" + b"\xff" * 4000, "not a SQLite database or is corrupt"),
    (None, "not a notices database"),  # a SQLite database of someone else's tables
])
@pytest.mark.parametrize("command", ["graph", "compare", "evaluate", "build"])
def test_a_file_that_is_not_a_notices_database_is_named(command, content, problem, tmp_path):
    path = tmp_path / "other.db"
    if content is None:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE expenses (amount)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    arguments = ["build", CORPUS, "--db", path] if command == "build" else READ_ONLY_COMMANDS[command](path)
    one_line_error(notices(*arguments), str(path), problem)
    assert path.read_bytes() == before


def test_unknown_document_number_in_compare(sample_db):
    line = one_line_error(notices("compare", "国发〔2099〕99号", "国发〔2016〕1号", "--db", sample_db), "国发〔2099〕99号")
    assert "no document" in line


def test_port_in_use_suggests_another(sample_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        one_line_error(notices("serve", "--db", sample_db, "--port", port, timeout=30), f"port {port}", "--port")


# ---------------------------------------------------------------------------------------------------
# 6. a full disk, two builds at once


def run_limited(arguments: list, limit_kb: int) -> subprocess.CompletedProcess:
    """``notices`` with the shell's file-size limit (``ulimit -f``) standing in for a full disk."""
    command = " ".join(f"'{a}'" for a in [*NOTICES, *map(str, arguments)])
    return subprocess.run(["bash", "-c", f"ulimit -f {limit_kb}; exec {command}"], capture_output=True, text=True,
                          timeout=300)


def test_disk_full_is_one_line_and_a_rerun_completes(sample_db, tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 30)
    db = tmp_path / "n.db"
    shutil.copy(sample_db, db)  # 5 files stored; the 30 new ones do not fit under the limit
    run = run_limited(["build", folder, "--db", db], limit_kb=os.path.getsize(db) // 1024 + 300)
    one_line_error(run, "disk is full", str(db), "run the build again")
    stored = stored_sources(db)
    assert 5 <= stored < 35, stored
    assert_sound(db)
    rerun = notices("build", folder, "--db", db)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"{35 - stored} files stored" in rerun.stderr, rerun.stderr
    assert stored_sources(db) == 35
    assert_sound(db)


def test_a_second_build_of_the_same_database_refuses(tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 40)
    db = tmp_path / "n.db"
    first = subprocess.Popen([*NOTICES, "build", folder, "--db", db], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not Path(f"{db}.build-lock").exists():
            assert first.poll() is None and time.monotonic() < deadline, "the first build did not start"
            time.sleep(0.05)
        second = notices("build", CORPUS, "--db", db)
        one_line_error(second, "another build", str(db), "wait for it to finish")
        assert first.wait(timeout=300) == 0, first.stderr.read()[-2000:]
    finally:
        if first.poll() is None:
            first.kill()
    assert stored_sources(db) == 40 and count(db, "SELECT count(*) FROM documents WHERE source_path LIKE ?",
                                              [f"{CORPUS}%"]) == 0
    assert_sound(db)
    assert not Path(f"{db}.build-lock").exists()


# ---------------------------------------------------------------------------------------------------
# 4. deleted files: reported, and removed with --prune


def test_deleted_files_are_reported_then_pruned(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    db = tmp_path / "n.db"
    assert notices("build", folder, "--db", db).returncode == 0
    elsewhere = tmp_path / "elsewhere"  # another folder built into the same database, later gone too
    make_corpus(elsewhere, 1)
    assert notices("build", elsewhere, "--db", db).returncode == 0
    shutil.rmtree(elsewhere)
    gone = folder / "003_067caed35b760fe4.txt"  # it holds a forwarded notice: two documents
    ids = [row[0] for row in sqlite3.connect(db).execute("SELECT id FROM documents WHERE source_path = ?", [str(gone)])]
    assert len(ids) == 2
    assert count(db, "SELECT count(*) FROM alignments WHERE national_document_id IN (?, ?) "
                     "OR local_document_id IN (?, ?)", ids * 2) > 0, "the test needs an alignment to see go"
    gone.unlink()

    run = notices("build", folder, "--db", db)
    assert run.returncode == 0 and "1 stored files no longer exist" in run.stderr and "--prune" in run.stderr, run.stderr
    assert count(db, "SELECT count(*) FROM documents WHERE source_path = ?", [str(gone)]) == 2  # kept

    run = notices("build", folder, "--db", db, "--prune")
    assert run.returncode == 0 and "pruned: 2 documents removed" in run.stderr, run.stderr
    marks = "?, ?"
    for sql in (f"SELECT count(*) FROM documents WHERE id IN ({marks})",
                f"SELECT count(*) FROM measures WHERE document_id IN ({marks})",
                f"SELECT count(*) FROM documents_zh_fts WHERE rowid NOT IN (SELECT rowid FROM documents)",
                f"SELECT count(*) FROM graph_nodes WHERE document_id IN ({marks})",
                f"SELECT count(*) FROM graph_edges WHERE document_id IN ({marks})",
                f"SELECT count(*) FROM alignments WHERE national_document_id IN ({marks}) "
                f"OR local_document_id IN ({marks})"):
        params = ids * sql.count(marks)
        assert count(db, sql, params) == 0, sql
    assert count(db, "SELECT count(*) FROM sources WHERE path = ?", [str(gone)]) == 0
    # the folder not given to these builds is not theirs to judge: its file stays
    assert count(db, "SELECT count(*) FROM documents") == 4 + 1
    assert count(db, "SELECT count(*) FROM sources WHERE path LIKE ?", [f"{elsewhere}%"]) == 1
    assert_sound(db)
    again = notices("build", folder, "--db", db)
    assert "no longer exist" not in again.stderr and "0 files stored" in again.stderr, again.stderr


# ---------------------------------------------------------------------------------------------------
# 5. kill -9 of a build leaves no process


def session_processes(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getsid(int(entry.name)) == session:
                    found.append(int(entry.name))
            except (ProcessLookupError, PermissionError):
                pass
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="processes are listed from /proc")
@pytest.mark.parametrize("pool", [[], ["--workers", "2"]], ids=["process pool", "local Dask cluster"])
def test_a_build_killed_with_sigkill_leaves_no_worker(pool, tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 60)
    db = tmp_path / "n.db"
    build = subprocess.Popen([*NOTICES, "build", folder, "--db", db, *pool], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored_sources(db) < 3:  # the workers are running
            assert build.poll() is None and time.monotonic() < deadline, "the build ended before it was killed"
            time.sleep(0.05)
        assert len(session_processes(build.pid)) >= 2, "no worker process to leave behind"
        build.send_signal(signal.SIGKILL)  # the build alone: its workers are not signalled
        build.wait(timeout=10)
        # a worker notices within a second; a Dask nanny and its worker take longer on a busy machine
        deadline = time.monotonic() + 30
        while session_processes(build.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert session_processes(build.pid) == []
    finally:
        try:
            os.killpg(build.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert_sound(db)


# ---------------------------------------------------------------------------------------------------
# 3. rebuilding the database that is being served


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str, timeout: float = 30) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


class Hammer:
    """Threads requesting ``urls`` one after another until stopped; every failure kept. Each
    pauses ``PAUSE`` between requests: the point is requests during every moment of a build, not a
    load test (on a busy 2-core machine a saturated site would hit Datasette's 3-second query limit)."""

    PAUSE = 0.02

    def __init__(self, urls: list[str], threads: int = 2):
        self.urls, self.failures, self.done = urls, [], 0
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(threads)]

    def run(self, offset: int) -> None:
        i = offset
        while not self.stopping.is_set():
            url = self.urls[i % len(self.urls)]
            i += 1
            try:
                get(url)
                self.done += 1
                time.sleep(self.PAUSE)
            except urllib.error.HTTPError as error:  # a 4xx or 5xx: what the site said
                self.failures.append((url, f"{error.code}: {error.read()[:300]!r}"))
            except Exception as error:  # a refused or dropped connection …
                self.failures.append((url, repr(error)))

    def __enter__(self) -> "Hammer":
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


def served_paths(base: str) -> set[str]:
    import json

    return {row["path"] for row in json.loads(get(f"{base}/notices/sources.json?_shape=array&_size=max"))}


def wait_for(condition, seconds: float, what: str) -> float:
    """Poll ``condition`` until it holds; the seconds it took."""
    started = time.monotonic()
    while not condition():
        assert time.monotonic() - started < seconds, f"{what}: not within {seconds} s"
        time.sleep(0.1)
    return time.monotonic() - started


def test_a_served_database_shows_each_rebuild_and_no_request_fails(sample_db, tmp_path):
    db = tmp_path / "notices.db"
    shutil.copy(sample_db, db)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*NOTICES, "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(lambda: _answers(f"{base}/-/versions.json"), 90, "the site did not start")
        small, larger = tmp_path / "small", tmp_path / "larger"
        make_corpus(small, 1)
        make_corpus(larger, 40)
        # a document in every version of the database served (the --fresh build below keeps the samples)
        some_document = sqlite3.connect(db).execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
        urls = [f"{base}/", f"{base}/notices/documents.json?_size=10&_col=title",
                f"{base}/notices/measures.json?_size=20", f"{base}/notices/measures.json?_search={quote('工作')}",
                f"{base}/notices/sources.json?_shape=array&_size=max", f"{base}/-/notices/document/{some_document}.json"]
        with Hammer(urls) as hammer:
            # a small build: one file added
            run = notices("build", CORPUS, small, "--db", db)
            assert run.returncode == 0, run.stderr[-2000:]
            wait_for(lambda: len(served_paths(base)) == 6, 5, "the file added is not served")
            # a larger one, served as its files are committed
            build = subprocess.Popen([*NOTICES, "build", *map(str, (CORPUS, small, larger)), "--db", str(db)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            while build.poll() is None:
                assert len(served_paths(base)) >= 6  # never less than before
                time.sleep(0.2)
            assert build.returncode == 0, build.stderr.read()[-2000:]
            distinct = len({path.read_bytes() for folder in (CORPUS, small, larger) for path in folder.iterdir()})
            wait_for(lambda: len(served_paths(base)) == distinct, 5, "the files added are not served")
            # a --fresh build put in place of the served database
            run = notices("build", CORPUS, "--db", db, "--fresh")
            assert run.returncode == 0, run.stderr[-2000:]
            wait_for(lambda: served_paths(base) == {str(CORPUS / name) for name in os.listdir(CORPUS)}, 5,
                     "the fresh database is not served")
            time.sleep(1)  # requests after the builds too
        assert hammer.failures == [], hammer.failures[:5]
        assert hammer.done > 50, hammer.done
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert_sound(db)


def _answers(url: str) -> bool:
    try:
        get(url, timeout=5)
        return True
    except (urllib.error.URLError, OSError):
        return False


def test_a_full_disk_in_a_corpus_wide_step_is_the_same_one_line(tmp_path, monkeypatch, capsys):
    """The disk fills while a corpus-wide step writes (not while the files are stored): the build
    ends with the disk-full line and exit 2, not as a failed step with exit 1; the files stay stored
    and the next build runs the steps it missed."""
    import pipeline.corpus
    from pipeline.cli import main

    def disk_full(db, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    db = tmp_path / "n.db"
    with monkeypatch.context() as patch:
        patch.setattr(pipeline.corpus, "resolve_citations", disk_full)
        assert main(["build", str(CORPUS), "--db", str(db)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[-1].startswith("error: the disk is full") and "Traceback" not in "\n".join(lines)
    assert stored_sources(db) == 5
    assert count(db, "SELECT count(*) FROM citations WHERE cited_document_id IS NOT NULL") == 0
    assert main(["build", str(CORPUS), "--db", str(db)]) == 0
    assert count(db, "SELECT count(*) FROM citations WHERE cited_document_id IS NOT NULL") > 0
    assert_sound(db)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_a_worker_that_finds_the_disk_full_ends_the_build_not_the_file(monkeypatch, code):
    # a worker's temporary file (a conversion, a cache) that finds no room is the disk's fault: the
    # build must end with the disk-full line, not store the file as unreadable and go on failing
    import pipeline.ingest.rows as rows
    from pipeline.ingest.worker import safe_process

    def no_room(path):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(rows, "process_file", no_room)
    with pytest.raises(OSError):
        safe_process("any.txt")


def test_a_worker_that_cannot_open_a_file_reports_that_file(monkeypatch):
    import pipeline.ingest.rows as rows
    from pipeline.ingest.worker import safe_process

    def denied(path):
        raise PermissionError(errno.EACCES, "Permission denied", path)

    monkeypatch.setattr(rows, "process_file", denied)
    path, result, error = safe_process("locked.txt")
    assert result is None and error.startswith("locked.txt: could not be processed (PermissionError")


# A worker process of its own (a build in this process may reuse a pool forked before any patch).
FULL_AT_THE_FOURTH = """
import errno, os, sys
import pipeline.ingest.rows as rows
folder, db = sys.argv[1:3]
fourth = sorted(os.path.join(folder, name) for name in os.listdir(folder))[3]
read = rows.process_file
def full_at_the_fourth(path):
    if os.path.abspath(path) == os.path.abspath(fourth):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return read(path)
rows.process_file = full_at_the_fourth
from pipeline.cli import main  # after the patch: the in-process reader imports process_file by name
sys.exit(main(["build", folder, "--db", db]))  # the process pool (--workers N is a Dask cluster)
"""


def test_a_build_whose_worker_finds_the_disk_full_says_so_and_keeps_what_it_stored(tmp_path):
    import sys

    folder = tmp_path / "in"
    make_corpus(folder, 6)
    db = tmp_path / "n.db"
    run = subprocess.run([sys.executable, "-c", FULL_AT_THE_FOURTH, str(folder), str(db)], capture_output=True,
                         text=True, timeout=300)
    one_line_error(run, "disk is full", str(db), "run the build again")
    assert 1 <= stored_sources(db) <= 3  # what was stored before it stays; the file is no error row
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0
