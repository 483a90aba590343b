"""Loading many modules at once without the garbage collector's passes over them.

Loading a stage (the build's modules; spaCy and the extractors) allocates about 170,000 objects that
live as long as the process and frees almost none: the collector, which runs every 700 allocations
and now and then over everything, found nothing to free and cost 0.2 s CPU of a one-notice build
(14 % of the loading). While :func:`loading_modules` runs the collector is off; at its end what was
loaded is frozen (``gc.freeze``: moved out of the collector's view for good, as the Python
documentation advises before forking workers, which then share those pages untouched) and the
collector is on again."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused(freeze_after: bool = False) -> Iterator[None]:
    """The cyclic collector off while a block allocates many objects that hold no reference cycle (its
    passes would free nothing); with ``freeze_after``, what the block left alive is frozen at its end."""
    if not gc.isenabled():  # a caller's own pause, or a program that runs without the collector
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if freeze_after:
            gc.freeze()
        gc.enable()


def loading_modules():
    """The context in which a stage's modules are loaded (see the module's docstring)."""
    return collector_paused(freeze_after=True)
