"""The steps that look across the whole corpus, run after a build's files are stored, in this order:
copies of one notice recognised (one document kept per notice), citations resolved to documents,
then any registered step (``POST_BUILD_STEPS``: each document's status and the documents that repeal
it, which need the resolved citations), then the measure-by-measure alignments, with the search index
and the graph tables written meanwhile (they read none of the alignments, and the two cores are busy
then where one would wait for the other).
A step that fails is reported and does not stop the others; it runs again at the next build."""

from __future__ import annotations

import sqlite3
import time
from typing import Callable, Optional

from pipeline.corpus.align import step as align_step
from pipeline.corpus.copies import recognise_copies
from pipeline.corpus.graph import write_graph_tables
from pipeline.corpus.lifecycle import update_lifecycle
from pipeline.corpus.resolve import resolve_citations
from pipeline.corpus.search import build_search_index
from pipeline.ingest.database import connected, is_disk_full
from pipeline.ingest.memory import release_free_memory
from pipeline.ingest.pool import WorkerPool
from pipeline.ingest.scan import BuildReport

# Steps over the whole corpus after the files are in and their citations resolved, before the
# alignments; other modules add theirs here.
POST_BUILD_STEPS: list[Callable] = [update_lifecycle]


def release_cache(db) -> None:
    """The pages the build's connection cached for a step (up to its ``cache_size``, 64 MB, and as
    much for temporary tables: filled by a step over a large corpus, by the search index's writing
    while the workers align) given back, then the free heap: the next step reads what it needs again
    (from the system's file cache). Without this the build process kept them through the alignments,
    where the workers' memory peaks: its share grew with the corpus (every 4th law 269 MB at the
    peak, the whole laws corpus 356 midway through the alignments). A connection that cannot shrink
    (closed, busy) keeps its pages: nothing is lost but the memory."""
    try:
        with connected(db) as conn:
            conn.execute("PRAGMA shrink_memory")
    except sqlite3.Error:
        pass
    release_free_memory()


def run_corpus_steps(db, report: BuildReport, pool: Optional[WorkerPool] = None, into_empty: bool = False) -> bool:
    """Every corpus-wide step; one that fails is reported and does not stop the others.
    ``pool``: the build's workers, for the steps that run in processes. The search index and the
    graph tables are written while the workers align (they read none of the alignments): the two
    cores are busy then, where one would wait for the other. ``into_empty``: the build wrote every
    row of the database (the search index has no hand edits to look for)."""
    failures: list[tuple[str, str]] = []

    def run(step: Callable, *args, **kwargs) -> float:
        started = time.perf_counter()
        try:
            step(db, *args, **kwargs)
        except Exception as problem:  # the stored files stay; the step is retried by the next build
            if is_disk_full(problem):  # not the step's fault: the build ends with the one line it gets
                raise
            failures.append((f"<{step.__name__}>", f"the corpus-wide step {step.__name__} failed "
                             f"({type(problem).__name__}: {problem}); it runs again at the next build"))
        release_cache(db)
        report.step_timings[step.__name__] = time.perf_counter() - started
        return report.step_timings[step.__name__]

    # copies first: every later step reads the canonical document of each notice only
    for step in [recognise_copies, resolve_citations, *POST_BUILD_STEPS]:
        run(step)
    meanwhile_steps = [(build_search_index, {"check_edits": not into_empty, "merge": into_empty}), (write_graph_tables, {"counted": False})]
    meanwhile_seconds = 0.0

    def meanwhile() -> None:
        nonlocal meanwhile_seconds
        while meanwhile_steps:
            step, kwargs = meanwhile_steps.pop(0)
            meanwhile_seconds += run(step, **kwargs)

    # in the build's workers, which have jieba's dictionary loaded
    aligning = run(align_step.align_corpus, executor=pool and pool.full(), workers=pool and pool.workers,
                   meanwhile=meanwhile)
    report.step_timings[align_step.align_corpus.__name__] = aligning - meanwhile_seconds
    meanwhile()  # when the alignments failed before they began
    report.failed.extend(failures)
    return not failures
