"""Seconds spent in the named parts of a build, for ``notices build --timings`` (or the environment
variable ``NOTICES_TIMINGS=1``) and the bench: where the time of adding one notice to a large
database goes, part by part, process start included.

A part is timed with ``with timed("align_corpus.pairs"):`` (a dotted name puts it under its step
when printed); a part timed twice adds up. The parts are this process's: the build resets them when
it starts."""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from typing import Iterator, Optional

_PARTS: dict[str, float] = {}


@contextmanager
def timed(name: str) -> Iterator[None]:
    _PARTS.setdefault(name, 0.0)  # listed where it starts: a part inside it comes after it
    started = time.perf_counter()
    try:
        yield
    finally:
        _PARTS[name] = _PARTS.get(name, 0.0) + time.perf_counter() - started


def record(name: str, seconds: float) -> None:
    _PARTS[name] = _PARTS.get(name, 0.0) + seconds


def parts() -> dict[str, float]:
    """The parts timed since the last :func:`reset`, in the order they were first timed."""
    return dict(_PARTS)


def reset() -> None:
    _PARTS.clear()


def seconds_since_process_start() -> Optional[float]:
    """Wall seconds since this process was started (the interpreter's own start and the imports
    before this call included), from Linux's /proc; None elsewhere."""
    try:
        with open("/proc/self/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime") as handle:
            uptime = float(handle.read().split()[0])
        # field 22 of stat (20th after the command's closing parenthesis): start, in clock ticks since boot
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def format_timings(timings: dict[str, float], step_timings: dict[str, float], part_timings: dict[str, float]) -> str:
    """The lines ``--timings`` prints: the build's phases (``timings``: start, scan, files,
    corpus_steps, total), each corpus-wide step, and under each the parts timed inside it (a part
    named ``step.part`` goes under ``step``; others under the phase they ran in)."""
    lines = ["timings (seconds):"]
    if timings.get("start") is not None:
        lines.append(f"  {'process start (interpreter, imports)':44} {timings['start']:7.2f}")
    for phase in ("scan", "files", "corpus_steps"):
        if phase in timings:
            lines.append(f"  {phase.replace('_', ' '):44} {timings[phase]:7.2f}")
        for name, seconds in part_timings.items():
            if name.split(".")[0] == phase:
                lines.append(f"    {name.split('.', 1)[1]:42} {seconds:7.2f}")
        if phase != "corpus_steps":
            continue
        for step, seconds in step_timings.items():
            lines.append(f"    {step:42} {seconds:7.2f}")
            for name, part in part_timings.items():
                if name.split(".")[0] == step:
                    lines.append(f"      {name.split('.', 1)[1]:40} {part:7.2f}")
    if "total" in timings:
        lines.append(f"  {'build (scan to end)':44} {timings['total']:7.2f}")
        if timings.get("start") is not None:
            lines.append(f"  {'end to end (process start included)':44} {timings['start'] + timings['total']:7.2f}")
    return "\n".join(lines)
