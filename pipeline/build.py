"""``build``: bring a database up to date with a set of files and folders.

New and changed files are processed (in a process pool when there are several), unchanged ones
(same bytes) skipped, each file written in its own transaction; a file that cannot be read is recorded
in ``ingest_errors`` and never stops the others. After the files, the steps that look across the whole
corpus run: citation resolution, alignments, search index, graph.

Scale. The pool has one worker per core; each worker loads the extractors' dictionaries once, when
it starts (``nlp.warm_up``: jieba's dictionary, about a second), and the pool is kept after the files
for the alignments (``compare.align_corpus`` runs in it, its workers have the dictionary already).
Files are submitted in input order with at most ``MAX_IN_FLIGHT_PER_WORKER`` per worker in flight,
and their results written in that same order as they come back (a bounded reorder window), so
memory does not grow with the corpus and the database is the same whatever the number of workers.
The client alone writes: several files per transaction (``store.BatchWriter``), each file in its
own savepoint. Unchanged files are found with one query (path → sha256 of every stored file), so a
rebuild with nothing changed costs a hash of every file (under a second for 10,000 notices); the
corpus-wide steps are then skipped too, unless the build that last wrote files did not complete
them (``store.corpus_steps_pending``).

Where the time goes (``scripts/bench.py``: 2,000 notices of 11 kB, 2 cores; the machine's speed
varies by a third from run to run): per notice about 5 ms of CPU in a worker (the extractors and
structure half of it, then normalising, the search index's text, shingles, reading) and about 4.5 ms
in the client writing it (SQLite: the full-text index about a third); each worker's start about a
second; then the corpus-wide steps, of which the alignments are most (about 9 ms of CPU per aligned
pair, jieba segmentation of the local measures nearly half of it), with the search index and the
graph tables written meanwhile.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from schema.tables import create_tables, drop_query_indexes

from .memory import release_free_memory
from .process import process_file
from .read import ReadError
from .resolve import resolve_citations
from .store import BatchWriter, corpus_steps_pending, mark_corpus_steps_done, open_database, stored_sources

# In folders, files with these endings are taken (the reader decides the format by content; old
# binary Word files are taken so that they are named in the errors, not silently left out).
INPUT_SUFFIXES = {".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".text", ".doc", ".wps", ".rtf"}
MAX_IN_FLIGHT_PER_WORKER = 16  # bounded queue (memory does not grow with the corpus), deep enough that
# a slow file at the head of the queue does not leave the other workers idle


@dataclass
class BuildReport:
    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    copies: list[tuple[str, str]] = field(default_factory=list)  # (path, path stored with the same bytes)
    failed: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds: scan, files, corpus_steps, total
    step_timings: dict[str, float] = field(default_factory=dict)  # seconds per corpus-wide step

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def iter_input_files(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, and inside folders every file with a notice-like suffix, sorted (as
    their paths sort: a folder's entries by name, each subfolder's files where its name sorts)."""
    for given in paths:
        if Path(given).is_dir():
            yield from _files_under(given)
        else:
            yield str(Path(given))


def _files_under(folder: str) -> Iterator[str]:
    """One folder at a time (a large corpus's paths are never all in memory at once)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):  # as Path.rglob: a link to a folder is not followed
            yield from _files_under(entry.path)
        elif (entry.is_file() and os.path.splitext(entry.name)[1].lower() in INPUT_SUFFIXES
              and not entry.name.startswith(".")):
            yield str(Path(entry.path))


def file_sha256(path: str) -> Optional[str]:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None  # the reader reports the problem in its own words
    return digest.hexdigest()


def _safe_process(path: str) -> tuple[str, Optional[dict], Optional[str]]:
    try:
        return path, process_file(path), None
    except ReadError as error:
        return path, None, str(error)
    except Exception as error:  # a bug in a parser must not stop the other files
        return path, None, f"{path}: could not be processed ({type(error).__name__}: {error})"


def _init_worker() -> None:
    """Pool initializer: load the dictionaries and tables the extractors load lazily, once per worker."""
    from .nlp import warm_up

    warm_up()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class WorkerPool:
    """The build's worker processes, made on first use (each loads the extractors' dictionaries
    once) and kept after the files for the corpus-wide steps that run in processes (alignments)."""

    def __init__(self, workers: int):
        self.workers = workers
        self.size = 0  # workers in the current pool: fewer than asked when there were fewer files
        self.executor: Optional[ProcessPoolExecutor] = None

    def get(self, at_most: int) -> ProcessPoolExecutor:
        if self.executor is None:
            self.size = max(1, min(self.workers, at_most))
            self.executor = _pool(self.size)
        return self.executor

    def full(self) -> Optional[ProcessPoolExecutor]:
        """The pool, if it is running with every worker asked for."""
        return self.executor if self.executor is not None and self.size == self.workers else None

    def lost(self) -> None:
        """A worker died: the pool is unusable; the next ``get`` makes a new one."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _results(paths: list[str], workers: int,
             pool: Optional[WorkerPool] = None) -> Iterator[tuple[str, Optional[dict], Optional[str]]]:
    """``(path, result, None)`` or ``(path, None, error)`` for every path, in the order given.

    When a worker dies (killed, out of memory, a crash in a C library), the pool is lost with every
    file in flight; those files are run again one at a time in a fresh worker, so only the file that
    kills its worker is reported as failed, and the build goes on with a new pool."""
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            yield _safe_process(path)
        return
    owned = pool is None  # else the caller keeps the pool for after the files
    pool = pool or WorkerPool(workers)
    todo, window = deque(paths), deque()
    try:
        while todo or window:
            executor = pool.get(len(todo) + len(window))
            while todo and len(window) < workers * MAX_IN_FLIGHT_PER_WORKER:
                path = todo.popleft()
                window.append((path, executor.submit(_safe_process, path)))
            path, future = window.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                pool.lost()
                suspects = [path] + [waiting for waiting, _ in window]
                window.clear()
                yield from _one_at_a_time(suspects)
            except Exception as error:  # the result could not be sent back
                yield path, None, _could_not(path, error)
    finally:
        if owned:
            pool.close()


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)


def _one_at_a_time(paths: list[str]) -> Iterator[tuple[str, Optional[dict], Optional[str]]]:
    pool = None
    try:
        for path in paths:
            pool = pool or _pool(1)
            try:
                yield pool.submit(_safe_process, path).result()
            except BrokenProcessPool as error:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
                yield path, None, _could_not(path, error, "its worker process died")
            except Exception as error:
                yield path, None, _could_not(path, error)
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _could_not(path: str, error: BaseException, why: str = "") -> str:
    return f"{path}: could not be processed ({why or f'{type(error).__name__}: {error}'})"


def _progress(total: int):
    if not sys.stderr.isatty() or total < 2:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="build")


# Steps over the whole corpus after the files are in and their citations resolved, before the
# alignments; other modules add theirs here.
POST_BUILD_STEPS: list[Callable] = []


def build(paths: Iterable[str], db_path: str, fresh: bool = False, workers: Optional[int] = None,
          scheduler: Optional[str] = None, use_dask: bool = False) -> BuildReport:
    """Bring ``db_path`` up to date with ``paths`` (files or folders).

    Extraction runs in a process pool of ``workers`` (default: every core), or on Dask: a cluster at
    ``scheduler``, or a local cluster of ``workers`` when ``use_dask``. Writing stays here.
    """
    started = time.perf_counter()
    db = open_database(db_path, fresh=fresh)
    report = BuildReport()
    todo = files_to_build(db, iter_input_files(paths), report)
    release_free_memory()
    report.timings["scan"] = time.perf_counter() - started

    workers = workers or default_workers()
    pool = WorkerPool(workers)
    into_empty = bool(todo) and not db.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()[0]
    try:
        with _query_indexes_made_after(db, into_empty):
            _store_files(db, todo, workers, scheduler, use_dask, pool, report)
        report.timings["files"] = time.perf_counter() - started - report.timings["scan"]
        # The corpus-wide steps read the whole database: after a build that changed nothing, and
        # whose predecessor completed them, they would give what the database already holds.
        if report.stored or corpus_steps_pending(db):
            steps = time.perf_counter()
            if run_corpus_steps(db, report, pool, into_empty):
                mark_corpus_steps_done(db)  # else they stay pending: the next build runs them again
            report.timings["corpus_steps"] = time.perf_counter() - steps
    finally:
        pool.close()
    report.timings["total"] = time.perf_counter() - started
    return report


@contextmanager
def _query_indexes_made_after(db, into_empty: bool) -> Iterator[None]:
    """Files written into an empty database go in without its query indexes, made after them
    (``schema.tables.QUERY_INDEX_TABLES``), also when the build is interrupted."""
    if not into_empty:
        yield
        return
    drop_query_indexes(db)
    try:
        yield
    finally:
        create_tables(db)


def _store_files(db, todo: list[str], workers: int, scheduler: Optional[str], use_dask: bool,
                 pool: "WorkerPool", report: BuildReport) -> None:
    """Process ``todo`` (in ``pool``, or on Dask) and write each file's rows as they come."""
    produce = lambda paths, workers: _results(paths, workers, pool)  # noqa: E731
    if scheduler or use_dask:
        from .distributed import dask_results

        produce = lambda paths, workers: dask_results(paths, workers, scheduler)  # noqa: E731
    bar = _progress(len(todo))
    with BatchWriter(db) as writer:
        for path, result, error in produce(todo, workers):
            if error:
                writer.error(path, error)
                report.failed.append((path, error))
            else:
                try:
                    report.documents += writer.write(result)
                    report.stored.append(path)
                except sqlite3.Error as problem:  # rolled back: the file's old rows, if any, stay
                    error = f"{path}: could not be stored ({type(problem).__name__}: {problem})"
                    writer.error(path, error)
                    report.failed.append((path, error))
            if bar:
                bar.update(1)
    if bar:
        bar.close()


def files_to_build(db, paths: Iterable[str], report: BuildReport) -> list[str]:
    """The paths whose bytes are not in the database yet; the others go to ``report.skipped``.

    A file is unchanged when its sha256 is the one stored for its path, or is stored for another
    path that still exists (a copy), or is the sha256 of a file earlier in this build."""
    stored = stored_sources(db)  # one query for the whole build
    stored_paths_of: dict[str, list[str]] = {}
    for stored_path, stored_sha in stored.items():
        stored_paths_of.setdefault(stored_sha, []).append(stored_path)
    todo: list[str] = []
    seen_hashes: dict[str, str] = {}  # sha256 -> the first path with those bytes in this build
    for path in paths:
        sha = file_sha256(path)
        if sha and sha == stored.get(path):
            report.skipped.append(path)
            continue
        copy_of = seen_hashes.get(sha) or _same_bytes_elsewhere(stored_paths_of, sha, path)
        if sha and copy_of:
            report.skipped.append(path)
            report.copies.append((path, copy_of))
            continue
        if sha:
            seen_hashes[sha] = path
        todo.append(path)
    return todo


def _same_bytes_elsewhere(stored_paths_of: dict[str, list[str]], sha: str, path: str) -> Optional[str]:
    """A stored path that still exists and holds the same bytes, if any."""
    return next((other for other in stored_paths_of.get(sha, ()) if other != path and os.path.exists(other)), None)


def run_corpus_steps(db, report: BuildReport, pool: Optional[WorkerPool] = None, into_empty: bool = False) -> bool:
    """Every corpus-wide step; one that fails is reported and does not stop the others.
    ``pool``: the build's workers, for the steps that run in processes. The search index and the
    graph tables are written while the workers align (they read none of the alignments): the two
    cores are busy then, where one would wait for the other. ``into_empty``: the build wrote every
    row of the database (the search index has no hand edits to look for)."""
    from . import compare
    from .graph import write_graph_tables
    from .search import build_search_index

    failures: list[tuple[str, str]] = []

    def run(step: Callable, *args, **kwargs) -> float:
        started = time.perf_counter()
        try:
            step(db, *args, **kwargs)
        except Exception as problem:  # the stored files stay; the step is retried by the next build
            failures.append((f"<{step.__name__}>", f"the corpus-wide step {step.__name__} failed "
                             f"({type(problem).__name__}: {problem}); it runs again at the next build"))
        release_free_memory()
        report.step_timings[step.__name__] = time.perf_counter() - started
        return report.step_timings[step.__name__]

    for step in [resolve_citations, *POST_BUILD_STEPS]:
        run(step)
    meanwhile_steps = [(build_search_index, {"check_edits": not into_empty}), (write_graph_tables, {})]
    meanwhile_seconds = 0.0

    def meanwhile() -> None:
        nonlocal meanwhile_seconds
        while meanwhile_steps:
            step, kwargs = meanwhile_steps.pop(0)
            meanwhile_seconds += run(step, **kwargs)

    # in the build's workers, which have jieba's dictionary loaded
    aligning = run(compare.align_corpus, executor=pool and pool.full(), workers=pool and pool.workers,
                   meanwhile=meanwhile)
    report.step_timings[compare.align_corpus.__name__] = aligning - meanwhile_seconds
    meanwhile()  # when the alignments failed before they began
    report.failed.extend(failures)
    return not failures
