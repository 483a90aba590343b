"""``build``: bring a database up to date with a set of files and folders.

New and changed files are processed (in a process pool when there are several), unchanged ones
(same bytes) skipped, each file written in its own transaction; a file that cannot be read is recorded
in ``ingest_errors`` and never stops the others. After the files, the steps that look across the whole
corpus run: citation resolution, alignments, search index, graph.

Scale. The pool has one worker per core; each worker loads the extractors' dictionaries once, when
it starts (``extractors.nlp.warm_up``: jieba's dictionary and the spaCy pipeline, about two
seconds), and the pool is kept after the files for the alignments
(``corpus.align.step.align_corpus`` runs in it, its workers have the dictionary already).
Files are submitted in input order with at most ``MAX_IN_FLIGHT_PER_WORKER`` per worker in flight,
and their results written in that same order as they come back (a bounded reorder window), so
memory does not grow with the corpus and the database is the same whatever the number of workers.
The client alone writes: several files per transaction (``store.BatchWriter``), each file in its
own savepoint. Unchanged files are found with one query (path → sha256 of every stored file), so a
rebuild with nothing changed costs a hash of every file (under a second for 10,000 notices); the
corpus-wide steps are then skipped too, unless the build that last wrote files did not complete
them (``store.corpus_steps_pending``). After a few files, the citations are resolved again and
judged for alignment again only where the changed documents can alter the answer (triggers keep
what changed: ``corpus.resolve``, ``corpus.align.citation_pairs``).

Where the time goes (``scripts/bench.py``'s "CPU by part": 1,000 generated notices of 11 kB, 2 shared
cores, CPU per notice; jieba alone segments one in about 10.5 ms): the start-up about 2.3 CPU-s (imports
1.2, jieba's dictionaries 0.9, spaCy's pipeline), then per notice about 11 ms in a worker (the spaCy
Doc and the extractors half of it, deadlines and units the largest; normalising 1.6, structure 1.4, the
search index's text 0.5, shingles 0.4, reading 0.2) and 2 to 3 ms in the client writing it (SQLite: the
full-text index about half; written without FTS5's automatic merging into an empty database, its
segments merged once at the end, about 0.15 ms per notice); then the corpus-wide steps, about 6 ms per
notice in the workers (the alignments: about 9 ms of CPU per aligned pair) and about 1 in the client
(the copies step: a document sharing a 文号 or body digest with a stored one has its full-text
entries held back until that step has run, so a copy's entries are never written then deleted), the
search index and graph tables written meanwhile.
"""

from __future__ import annotations

import os
import time
from typing import Iterable, Optional

from pipeline import timings
from pipeline.timings import timed
from pipeline.corpus import run_corpus_steps
from pipeline.corpus.lifecycle import update_lifecycle
from pipeline.ingest.memory import release_free_memory
from pipeline.ingest.pool import WorkerPool, query_indexes_made_after, store_files
from pipeline.ingest.scan import BuildReport, files_to_build, iter_input_files
from pipeline.ingest.database import (UserError, build_lock, check_database_to_write, fresh_path_beside,
                                     install_database, open_database, remove_database_files)
from pipeline.ingest.store import corpus_steps_pending, mark_corpus_steps_done, prune_sources, sources_gone
from pipeline.ingest.worker import default_workers

__all__ = ["build", "BuildReport", "iter_input_files", "UserError"]


def check_inputs(paths: list[str]) -> None:
    """Every path given exists: a mistyped one stops the build before anything is opened."""
    missing = [path for path in paths if not os.path.exists(path)]
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise UserError(f"{missing[0]}{more}: no such file or folder; nothing was built")


def build(paths: Iterable[str], db_path: str, fresh: bool = False, workers: Optional[int] = None,
          scheduler: Optional[str] = None, use_dask: bool = False, prune: bool = False) -> BuildReport:
    """Bring ``db_path`` up to date with ``paths`` (files or folders).

    Extraction runs in a process pool of ``workers`` (default: every core), or on Dask: a cluster at
    ``scheduler``, or a local cluster of ``workers`` when ``use_dask``. Writing stays here.

    Checked first, before anything is opened: every path exists, the database (if there is one) is
    a notices database, no other build is writing it (``UserError`` otherwise). ``fresh``: the new
    database is built beside the old one and put in its place only when the build completed and
    stored something; else the old one stays as it was. ``prune``: the documents of stored files
    that no longer exist are removed (without it they are only counted, ``report.gone``).
    """
    timings.reset()
    process_start = timings.seconds_since_process_start()
    paths = list(paths)
    check_inputs(paths)
    check_database_to_write(db_path)
    with build_lock(db_path):
        if not fresh:
            return _with_start(_build_into(paths, db_path, workers, scheduler, use_dask, prune), process_start)
        temp = fresh_path_beside(db_path)
        try:
            report = _with_start(_build_into(paths, temp, workers, scheduler, use_dask, prune), process_start)
            if report.stored or not os.path.exists(db_path):
                install_database(temp, db_path)
            else:
                report.kept_old = True
        finally:
            remove_database_files(temp)
        return report


def _with_start(report: BuildReport, process_start) -> BuildReport:
    """The report with the seconds from the process's start to the build's (``start``) and the
    parts timed meanwhile (``pipeline.timings``)."""
    report.timings["start"] = process_start
    report.part_timings = timings.parts()
    return report


def _build_into(paths: list[str], db_path: str, workers: Optional[int], scheduler: Optional[str],
                use_dask: bool, prune: bool) -> BuildReport:
    started = time.perf_counter()
    db = open_database(db_path)
    try:
        return _run(db, paths, workers, scheduler, use_dask, prune, started)
    finally:
        db.conn.close()  # the last connection: SQLite checkpoints and removes the WAL


def _run(db, paths: list[str], workers: Optional[int], scheduler: Optional[str], use_dask: bool, prune: bool,
         started: float) -> BuildReport:
    report = BuildReport()
    todo = files_to_build(db, iter_input_files(paths), report)
    release_free_memory()
    report.timings["scan"] = time.perf_counter() - started

    workers = workers or default_workers()
    pool = WorkerPool(workers)
    into_empty = bool(todo) and not db.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()[0]
    try:
        with query_indexes_made_after(db, into_empty):
            store_files(db, todo, workers, scheduler, use_dask, pool, report)
        # after the files: a file moved inside the folders was replaced by its new path already
        report.gone = sources_gone(db, [path for path in paths if os.path.isdir(path)])
        if prune and report.gone:
            with timed("files.prune"):
                report.pruned, report.gone = prune_sources(db, report.gone), []
        report.timings["files"] = time.perf_counter() - started - report.timings["scan"]
        # The corpus-wide steps read the whole database: after a build that changed nothing, and
        # whose predecessor completed them, they would give what the database already holds.
        if report.stored or report.pruned or corpus_steps_pending(db):
            steps = time.perf_counter()
            if run_corpus_steps(db, report, pool, into_empty):
                mark_corpus_steps_done(db)  # else they stay pending: the next build runs them again
            report.timings["corpus_steps"] = time.perf_counter() - steps
            report.notice_copies = db.execute("SELECT count(*) FROM document_copies").fetchone()[0]
        else:  # nothing changed, but the day may have: the statuses are those of the build's day
            update_lifecycle(db)
    finally:
        pool.close()
    report.timings["total"] = time.perf_counter() - started
    return report
