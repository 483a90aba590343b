"""What runs in a build's worker process: one file read, structured and extracted, its errors
turned into one line (a bug in a parser never stops the other files)."""

from __future__ import annotations

import os
from typing import Optional

from extractors.nlp import warm_up
from pipeline.ingest.rows import process_file
from pipeline.read import ReadError


def safe_process(path: str) -> tuple[str, Optional[dict], Optional[str]]:
    try:
        return path, process_file(path), None
    except ReadError as error:
        return path, None, str(error)
    except Exception as error:  # a bug in a parser must not stop the other files
        return path, None, f"{path}: could not be processed ({type(error).__name__}: {error})"


def init_worker() -> None:
    """Pool initializer: load the dictionaries and tables the extractors load lazily, once per worker."""
    warm_up()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
