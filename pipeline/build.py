"""``build``: bring a database up to date with a set of files and folders.

New and changed files are processed (in a process pool when there are several), unchanged ones
(same bytes) skipped, each file written in its own transaction; a file that cannot be read is recorded
in ``ingest_errors`` and never stops the others. After the files, the steps that look across the whole
corpus run: citation resolution, alignments, search index, graph.
"""

from __future__ import annotations

import hashlib
import os
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .process import process_file
from .read import ReadError
from .resolve import resolve_citations
from .store import open_database, record_error, stored_sha256, write_file_result

INPUT_SUFFIXES = {".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".text"}
MAX_IN_FLIGHT_PER_WORKER = 4  # bounded queue: memory does not grow with the corpus


@dataclass
class BuildReport:
    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def iter_input_files(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, and inside folders every file with a notice-like suffix, sorted."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in INPUT_SUFFIXES and not found.name.startswith("."):
                    yield str(found)
        else:
            yield str(path)


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


def _results(paths: list[str], workers: int) -> Iterator[tuple[str, Optional[dict], Optional[str]]]:
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            yield _safe_process(path)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending, queue = set(), iter(paths)
        for path in queue:
            pending.add(pool.submit(_safe_process, path))
            if len(pending) >= workers * MAX_IN_FLIGHT_PER_WORKER:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        for future in pending:
            yield future.result()


def _progress(total: int):
    if not sys.stderr.isatty() or total < 2:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="build")


# Steps over the whole corpus after the files are in; other modules add theirs here.
POST_BUILD_STEPS: list[Callable] = []


def build(paths: Iterable[str], db_path: str, fresh: bool = False, workers: Optional[int] = None,
          scheduler: Optional[str] = None, use_dask: bool = False) -> BuildReport:
    """Bring ``db_path`` up to date with ``paths`` (files or folders).

    Extraction runs in a process pool of ``workers`` (default: every core), or on Dask: a cluster at
    ``scheduler``, or a local cluster of ``workers`` when ``use_dask``. Writing stays here.
    """
    db = open_database(db_path, fresh=fresh)
    report = BuildReport()
    todo = []
    seen_hashes: dict[str, str] = {}
    for path in iter_input_files(paths):
        sha = file_sha256(path)
        if sha and (sha == stored_sha256(db, path) or sha in seen_hashes):
            report.skipped.append(path)
            continue
        if sha and _same_bytes_elsewhere(db, sha, path):
            report.skipped.append(path)
            continue
        if sha:
            seen_hashes[sha] = path
        todo.append(path)

    workers = workers or os.cpu_count() or 1
    produce = _results
    if scheduler or use_dask:
        from .distributed import dask_results

        produce = lambda paths, workers: dask_results(paths, workers, scheduler)  # noqa: E731
    bar = _progress(len(todo))
    for path, result, error in produce(todo, workers):
        if error:
            record_error(db, path, error)
            report.failed.append((path, error))
        else:
            report.documents += write_file_result(db, result)
            report.stored.append(path)
        if bar:
            bar.update(1)
    if bar:
        bar.close()

    resolve_citations(db)
    for step in _post_build_steps():
        step(db)
    return report


def _same_bytes_elsewhere(db, sha: str, path: str) -> bool:
    row = db.execute("SELECT path FROM sources WHERE sha256 = ? AND path != ?", [sha, path]).fetchone()
    return row is not None and os.path.exists(row[0])


def _post_build_steps() -> list[Callable]:
    """The corpus-wide steps, imported late so a missing optional part never breaks a build."""
    steps = list(POST_BUILD_STEPS)
    try:
        from .compare import align_corpus

        steps.append(align_corpus)
    except ImportError:
        pass
    return steps
