"""The build on a Dask cluster: workers turn files into rows, the client writes them.

``dask_results(paths, workers, scheduler)`` yields the same ``(path, result, error)`` triples, in
the same order, as the process pool of ``build._results``, so ``build`` writes the same database
whichever runs the files:

* ``notices build corpus --db notices.db --scheduler tcp://HOST:8786`` uses a running cluster
  (``dask scheduler`` on HOST, ``dask worker tcp://HOST:8786 --nworkers N --nthreads 1`` on each
  machine: the pipeline is pure Python, so threads buy nothing under the GIL; a process per core);
* ``notices build corpus --db notices.db --workers N`` starts a local cluster of N worker processes.

Files. When every worker sees the client's files under the same paths (a shared filesystem, e.g.
NFS or the same machine), workers read them by path: only paths travel, and the results. When they
do not (checked once, on the first file), the client reads each file and ships its bytes; the worker
processes them from a temporary copy with the same name, and every mention of that copy in the
result is replaced by the client's path. Either way the database gets the client's paths.

Workers need the project installed (same version as the client) and nothing else: each loads the
extractors' dictionaries once, when it joins (a worker plugin), as the pool initializer does.

Memory stays bounded: at most ``IN_FLIGHT_PER_THREAD`` files per worker thread are submitted ahead
of the one being written, and a result is dropped from the cluster as soon as the client has it.
A file whose worker dies (killed, out of memory, a crash in a C library) is reported as an error for
that file, like a file that cannot be read; Dask retries it first on another worker (``RETRIES``).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import deque
from typing import Iterator, Optional

from distributed.diagnostics.plugin import WorkerPlugin

IN_FLIGHT_PER_THREAD = 4
RETRIES = 1

Triple = tuple[str, Optional[dict], Optional[str]]


def dask_results(paths: list[str], workers: Optional[int] = None, scheduler=None,
                 ship_bytes: Optional[bool] = None) -> Iterator[Triple]:
    """``(path, result, error)`` for every path, in the order given, computed on Dask.

    ``scheduler``: the address of a running scheduler (``tcp://HOST:8786``), or None for a local
    cluster of ``workers`` processes (default: one per core). ``ship_bytes``: send file contents
    instead of paths; None decides by asking the workers whether they see the first file.
    """
    from distributed import Client

    from .build import default_workers

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.WARNING)
        client = Client(cluster)
    try:
        client.register_plugin(WarmUp(), name="notices-warm-up")
        if ship_bytes is None:
            ship_bytes = bool(paths) and cluster is None and not _workers_see(client, paths[0])
        yield from _submit_in_order(client, paths, ship_bytes)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _submit_in_order(client, paths: list[str], ship_bytes: bool) -> Iterator[Triple]:
    window: deque = deque()
    for path in paths:
        data = _read_bytes(path) if ship_bytes else None
        future = client.submit(process_on_worker, path, data, pure=False, retries=RETRIES)
        window.append((path, future))
        # a cluster can grow or shrink while it works: look at its size as it goes
        if len(window) >= max(1, _threads(client)) * IN_FLIGHT_PER_THREAD:
            yield _collect(*window.popleft())
    while window:
        yield _collect(*window.popleft())


def _threads(client) -> int:
    try:
        return sum(client.nthreads().values())
    except Exception:  # the scheduler is busy or gone: the next result will tell
        return 1


def _collect(path: str, future) -> Triple:
    try:
        return future.result()
    except Exception as error:  # KilledWorker, a lost connection …
        return path, None, f"{path}: could not be processed ({type(error).__name__}: {error})"
    finally:
        future.release()


def _read_bytes(path: str) -> Optional[bytes]:
    """The file's bytes, or None when the client cannot read it (the worker then reports why, in
    the reader's words, as the single-process build does)."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _file_size(path: str) -> Optional[int]:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def _workers_see(client, path: str) -> bool:
    """Whether every worker sees ``path`` with the size the client sees."""
    size = _file_size(path)
    if size is None:
        return True  # the client cannot read it either: nothing to ship
    answers = client.run(_file_size, path)
    return bool(answers) and all(found == size for found in answers.values())


# --------------------------------------------------------------------------------------------
# on the workers


def process_on_worker(path: str, data: Optional[bytes] = None) -> Triple:
    """``build._safe_process(path)``, on the shipped bytes when there are any."""
    from .build import _safe_process

    if data is None:
        return _safe_process(path)
    with tempfile.TemporaryDirectory(prefix="notices-") as folder:
        local = os.path.join(folder, os.path.basename(path) or "input")
        with open(local, "wb") as handle:
            handle.write(data)
        _, result, error = _safe_process(local)
    return path, _replace_path(result, local, path), error.replace(local, path) if error else None


def _replace_path(value, local: str, path: str):
    """``value`` with every string equal to ``local`` (the temporary copy) replaced by ``path``."""
    if isinstance(value, str):
        return path if value == local else value
    if isinstance(value, dict):
        return {key: _replace_path(item, local, path) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_path(item, local, path) for item in value]
    return value


class WarmUp(WorkerPlugin):
    """Worker plugin: load the extractors' dictionaries when a worker joins, not on its first file."""

    idempotent = True

    def setup(self, worker=None) -> None:
        from .nlp import warm_up

        warm_up()
