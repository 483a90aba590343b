"""The memory of a process and its descendants, sampled in a thread while it runs: what
``scripts/bench.py`` (the peak of the summed resident size) and ``scripts/bench_memory.py`` (each
process's resident, proportional and unique sizes) both measure.

    with TreeMemory(process.pid) as memory:
        process.communicate()
    memory.peak, memory.timeline, memory.samples
"""

from __future__ import annotations

import threading
import time
from typing import Optional

try:
    import psutil
except ImportError:  # the benchmarks run without it, their memory figures left at 0
    psutil = None


class TreeMemory:
    """Each process of the tree rooted at ``pid``: its RSS every ``interval`` seconds and, when
    ``full_every`` is given, its PSS and USS (from ``/proc/PID/smaps``, slower to read) every
    ``full_every``-th sample. ``samples``: ``(time, {pid: {"rss": …[, "pss": …, "uss": …]}})``."""

    def __init__(self, pid: int, interval: float = 0.05, full_every: Optional[int] = None):
        self.pid, self.interval, self.full_every = pid, interval, full_every
        self.samples: list[tuple[float, dict[int, dict[str, int]]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        if psutil is None:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        n = 0
        while not self._stop.is_set():
            full = self.full_every is not None and n % self.full_every == 0
            n += 1
            try:
                processes = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            self.samples.append((time.time(), _sizes(processes, full)))
            self._stop.wait(self.interval)

    @property
    def timeline(self) -> list[tuple[float, int, int]]:
        """``(time, summed RSS, processes)`` of each sample."""
        return [(t, sum(f["rss"] for f in found.values()), len(found)) for t, found in self.samples]

    @property
    def peak(self) -> int:
        """The largest summed RSS (bytes)."""
        return max((total for _, total, _ in self.timeline), default=0)

    @property
    def peak_processes(self) -> int:
        """The processes counted at the largest summed RSS (the first such sample)."""
        return max(self.timeline, key=lambda sample: sample[1], default=(0, 0, 0))[2]

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _sizes(processes: list, full: bool) -> dict[int, dict[str, int]]:
    """Each live process's RSS (and PSS, USS when ``full``); those gone meanwhile left out."""
    found: dict[int, dict[str, int]] = {}
    for process in processes:
        try:
            if full:
                info = process.memory_full_info()
                found[process.pid] = {"rss": info.rss, "pss": info.pss, "uss": info.uss}
            else:
                found[process.pid] = {"rss": process.memory_info().rss}
        except psutil.Error:
            pass
    return found
