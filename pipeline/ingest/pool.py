"""The build's process pool: files submitted in input order with a bounded number in flight, their
results given back in that order, a worker that dies costing only the file that killed it; and the
loop that writes each file's rows as its result comes (``store_files``)."""

from __future__ import annotations

import sqlite3
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Iterable, Iterator, Optional

from tqdm import tqdm

from pipeline.ingest.database import is_disk_full
from pipeline.ingest.scan import BuildReport
from pipeline.ingest.search_index import pause_merging
from pipeline.ingest.store import BatchWriter
from pipeline.ingest.worker import init_worker, load_extraction, safe_process
from pipeline.module_loading import loading_modules
from pipeline.read import load_readers
from pipeline.timings import timed
from schema.tables import create_tables, drop_query_indexes

MAX_IN_FLIGHT_PER_WORKER = 16  # bounded queue (memory does not grow with the corpus), deep enough that


class WorkerPool:
    """The build's worker processes, made on first use (each loads the extractors' dictionaries
    once) and kept after the files for the corpus-wide steps that run in processes (alignments)."""

    def __init__(self, workers: int):
        self.workers = workers
        self.size = 0  # workers in the current pool: fewer than asked when there were fewer files
        self.executor: Optional[ProcessPoolExecutor] = None

    def get(self, at_most: int, paths: Iterable[str] = ()) -> ProcessPoolExecutor:
        """The pool (made if there is none, with the readers ``paths`` need loaded before its workers fork)."""
        if self.executor is None:
            self.size = max(1, min(self.workers, at_most))
            self.executor = _pool(self.size, paths)
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


def results(paths: list[str], workers: int,
             pool: Optional[WorkerPool] = None) -> Iterator[tuple[str, Optional[dict], Optional[str]]]:
    """``(path, result, None)`` or ``(path, None, error)`` for every path, in the order given.

    When a worker dies (killed, out of memory, a crash in a C library), the pool is lost with every
    file in flight; those files are run again one at a time in a fresh worker, so only the file that
    kills its worker is reported as failed, and the build goes on with a new pool."""
    if workers <= 1 or len(paths) <= 1:
        if paths:
            with timed("files.load_extraction"):
                load_extraction(warm=False)  # (nothing forked shares it: loaded as files need it)
        for path in paths:
            with timed("files.extract"):
                found = safe_process(path)
            yield found
        return
    owned = pool is None  # else the caller keeps the pool for after the files
    pool = pool or WorkerPool(workers)
    todo, window = deque(paths), deque()
    try:
        while todo or window:
            executor = pool.get(len(todo) + len(window), todo)
            while todo and len(window) < workers * MAX_IN_FLIGHT_PER_WORKER:
                path = todo.popleft()
                window.append((path, executor.submit(safe_process, path)))
            path, future = window.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                pool.lost()
                suspects = [path] + [waiting for waiting, _ in window]
                window.clear()
                yield from _one_at_a_time(suspects)
            except Exception as error:  # the result could not be sent back
                if is_disk_full(error):  # a worker found the disk full: so will every file after it
                    raise
                yield path, None, _could_not(path, error)
    finally:
        if owned:
            pool.close()


def _pool(workers: int, paths: Iterable[str] = ()) -> ProcessPoolExecutor:
    load_extraction()  # here, once: the workers forked below share it
    with loading_modules():
        load_readers(paths)  # and the readers of the files they are given
    return ProcessPoolExecutor(max_workers=workers, initializer=init_worker)


def _one_at_a_time(paths: list[str]) -> Iterator[tuple[str, Optional[dict], Optional[str]]]:
    pool = None
    try:
        for path in paths:
            pool = pool or _pool(1, paths)
            try:
                yield pool.submit(safe_process, path).result()
            except BrokenProcessPool as error:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
                yield path, None, _could_not(path, error, "its worker process died")
            except Exception as error:
                if is_disk_full(error):
                    raise
                yield path, None, _could_not(path, error)
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _could_not(path: str, error: BaseException, why: str = "") -> str:
    return f"{path}: could not be processed ({why or f'{type(error).__name__}: {error}'})"


def _progress(total: int):
    if not sys.stderr.isatty() or total < 2:
        return None
    return tqdm(total=total, unit="file", desc="build")


@contextmanager
def query_indexes_made_after(db, into_empty: bool) -> Iterator[None]:
    """Files written into an empty database go in without its query indexes, made after them
    (``schema.tables.QUERY_INDEX_TABLES``), also when the build is interrupted; and without FTS5's
    automatic merging of the search index's segments, merged into one at the end
    (``search_index.pause_merging``: the search index step turns the merging on again)."""
    if not into_empty:
        yield
        return
    drop_query_indexes(db)
    pause_merging(db.conn)
    try:
        yield
    finally:
        create_tables(db)


def store_files(db, todo: list[str], workers: int, scheduler: Optional[str], use_dask: bool,
                 pool: "WorkerPool", report: BuildReport) -> None:
    """Process ``todo`` (in ``pool``, or on Dask) and write each file's rows as they come."""
    produce = lambda paths, workers: results(paths, workers, pool)  # noqa: E731
    if scheduler or use_dask:
        from pipeline.ingest.cluster import dask_results  # dask.distributed: seconds to import, for cluster builds only

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
