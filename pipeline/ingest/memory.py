"""Giving memory a step has freed back to the system.

glibc keeps the blocks freed by a step (the large arrays of reuse discovery, batches of rows) in
the process, where the next step reuses only some of them: without this, a process would keep the
largest size any of its steps reached. The build calls :func:`release_free_memory` after its scan
and after each corpus-wide step (after finding the pairs to align at 30,000 notices: 47 MB held
instead of 84).
"""

from __future__ import annotations

import ctypes
import sys
from functools import lru_cache
from typing import Callable, Optional


@lru_cache(maxsize=1)
def _malloc_trim() -> Optional[Callable[[int], int]]:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def release_free_memory() -> None:
    """Return the free memory of the process's heap to the system (glibc); elsewhere, nothing."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def clear_caches(packages: tuple[str, ...]) -> int:
    """Empty the bounded ``functools.lru_cache`` of more than one entry of every function of the
    loaded modules of ``packages`` (those that fill with the texts read; not a model or table loaded
    once, nor an unbounded cache of one entry per pattern); returns the entries dropped. The caches
    are pure (a value a function of its key), so what is computed after is the same. For a process
    that goes on to other texts: entries kept from the last ones, made while that work's short-lived
    objects were allocated around them, pin the heap those objects held (Python gives its 1 MiB
    arenas back only when empty)."""
    dropped = 0
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(p + ".") for p in packages):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and hasattr(value, "cache_clear") and (info().maxsize or 1) > 1:
                dropped += info().currsize
                value.cache_clear()
    return dropped
