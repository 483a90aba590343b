"""What runs in a build's worker process: one file read, structured and extracted, its errors
turned into one line (a bug in a parser never stops the other files)."""

from __future__ import annotations

import os
import threading
import time
from typing import Optional

from pipeline.ingest.database import is_disk_full
from pipeline.module_loading import loading_modules
from pipeline.read import ReadError


def load_extraction(warm: bool = True) -> None:
    """Load the extraction pipeline (spaCy, jieba's dictionaries: a second or two) in this process.
    The build calls it before it starts its pool, whose workers, forked, share what it loaded:
    loaded once, not once per worker, and never by a build that finds nothing to extract.
    ``warm=False`` (files extracted in this process, no worker to share with): the pipeline built,
    and what its extractors load on first use (jieba's dictionaries, almost a second) left to the
    first file that needs it, which many notices never do."""
    with loading_modules():
        from extractors.nlp import get_nlp, warm_up  # deferred on purpose: see the docstring
        import pipeline.ingest.rows  # noqa: F401  (the extraction modules, spaCy among them)

        if warm:
            warm_up()
        else:
            get_nlp()


def safe_process(path: str) -> tuple[str, Optional[dict], Optional[str]]:
    from pipeline.ingest.rows import process_file  # deferred on purpose: see load_extraction

    try:
        return path, process_file(path), None
    except ReadError as error:
        return path, None, str(error)
    except OSError as error:
        if is_disk_full(error):  # no room for a temporary file: the disk's fault, not the file's
            raise
        return path, None, f"{path}: could not be processed ({type(error).__name__}: {error})"
    except Exception as error:  # a bug in a parser must not stop the other files
        return path, None, f"{path}: could not be processed ({type(error).__name__}: {error})"


#: Seconds between a worker's looks at its parent.
PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(interval: float = PARENT_CHECK_SECONDS) -> None:
    """End this process when the process that started it dies, however it dies (``kill -9``
    included: no Python code of the parent runs then, and a worker would otherwise stay, busy,
    holding the database open). A daemon thread watches the parent's process id, which changes
    to the reaper's when the parent is gone; Linux's ``PR_SET_PDEATHSIG`` is not used: it follows the
    parent *thread* that forked, and the pool forks from whichever thread submits."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)  # no cleanup to wait for: the parent that would take our results is gone

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def init_worker() -> None:
    """Pool initializer: exit with the build; the extraction pipeline loaded (at once when the
    worker was forked from a process that had loaded it: see load_extraction)."""
    exit_with_parent()
    load_extraction()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
