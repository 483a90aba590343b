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

Files go in tasks of ``FILES_PER_TASK`` (a task costs the scheduler and the client a few
milliseconds of CPU, as much as a small file). Memory stays bounded: at most
``IN_FLIGHT_PER_THREAD`` tasks per worker thread are submitted ahead of the one being written, and a
result is dropped from the cluster as soon as the client has it. A task whose worker dies (killed,
out of memory, a crash in a C library) is retried once by Dask (``RETRIES``), then each of its files
alone, so only the file that kills its worker is reported as an error, like a file that cannot be
read.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import deque
from typing import Iterator, Optional

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from extractors.nlp import warm_up
from pipeline.ingest.database import is_disk_full
from pipeline.ingest.worker import default_workers, exit_with_parent, safe_process

IN_FLIGHT_PER_THREAD = 2  # tasks
FILES_PER_TASK = 4  # a task costs the scheduler a few milliseconds: several files share one
RETRIES = 1

Triple = tuple[str, Optional[dict], Optional[str]]


def dask_results(paths: list[str], workers: Optional[int] = None, scheduler=None,
                 ship_bytes: Optional[bool] = None) -> Iterator[Triple]:
    """``(path, result, error)`` for every path, in the order given, computed on Dask.

    ``scheduler``: the address of a running scheduler (``tcp://HOST:8786``), or None for a local
    cluster of ``workers`` processes (default: one per core). ``ship_bytes``: send file contents
    instead of paths; None decides by asking the workers whether they see the first file.
    """
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
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
    slots = _threads(client)
    for number, start in enumerate(range(0, len(paths), FILES_PER_TASK), start=1):
        batch = paths[start:start + FILES_PER_TASK]
        window.append((batch, _submit(client, batch, ship_bytes)))
        if number % 16 == 0:  # a cluster can grow or shrink while it works
            slots = _threads(client)
        if len(window) >= slots * IN_FLIGHT_PER_THREAD:
            yield from _collect(client, *window.popleft(), ship_bytes)
    while window:
        yield from _collect(client, *window.popleft(), ship_bytes)


def _submit(client, batch: list[str], ship_bytes: bool):
    items = [(path, _read_bytes(path) if ship_bytes else None) for path in batch]
    return client.submit(process_batch, items, pure=False, retries=RETRIES)


def _threads(client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # the scheduler is busy or gone: the next result will tell
        return 1


def _collect(client, batch: list[str], future, ship_bytes: bool) -> Iterator[Triple]:
    try:
        triples = future.result()
    except Exception as error:  # KilledWorker, a lost connection …
        if is_disk_full(error):  # a worker found no room: the disk's fault, not the files'
            raise
        if len(batch) == 1:
            triples = [(batch[0], None, f"{batch[0]}: could not be processed ({type(error).__name__}: {error})")]
        else:  # one file may have killed the worker: each file of the task again, alone
            triples = [triple for path in batch for triple in _collect(client, [path], _submit(client, [path], ship_bytes),
                                                                       ship_bytes)]
    finally:
        future.release()
    yield from triples


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


def process_batch(items: list[tuple[str, Optional[bytes]]]) -> list[Triple]:
    return [process_on_worker(path, data) for path, data in items]


def process_on_worker(path: str, data: Optional[bytes] = None) -> Triple:
    """``build.safe_process(path)``, on the shipped bytes when there are any."""
    if data is None:
        return safe_process(path)
    with tempfile.TemporaryDirectory(prefix="notices-") as folder:
        local = os.path.join(folder, os.path.basename(path) or "input")
        with open(local, "wb") as handle:
            handle.write(data)
        _, result, error = safe_process(local)
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
    """Worker plugin: when a worker joins, make it end with the process that started it (a local
    cluster's workers are started by the build, whose nannies run inside it: a killed build leaves
    no worker waiting for the scheduler to time out), and load the extractors' dictionaries, not on
    its first file."""

    idempotent = True

    def setup(self, worker=None) -> None:
        exit_with_parent()
        warm_up()
