"""Where a build's memory goes: a build of a chosen subset of a corpus, each process's memory sampled
with the build's phases marked.

    python scripts/bench_memory.py FOLDER [--every N] [--db FILE] [--json OUT]

The files of FOLDER, sorted by path, every N-th of them (a fixed rule: the same subset for any tree),
are built into an empty database by ``pipeline.build.build`` in a child process, as the command line
builds them. Meanwhile every process of the build is sampled (``tree_memory.TreeMemory``, as
``scripts/bench.py`` samples): its resident size (RSS) every 50 ms, and every half second its
proportional and unique sizes (PSS, USS, from ``/proc/PID/smaps``: a forked worker's pages still
shared with the build process are counted in full by each process's RSS, once in all by the sum of
PSS, not at all by USS). The child marks when each corpus-wide step starts and ends, and each
worker when it starts and ends a chunk of pairs to align (its pairs, their documents' characters,
its RSS then). Printed: the peak of each measure over the whole build and within each phase, with
each process's share at the RSS peak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tree_memory import TreeMemory

ROOT = Path(__file__).resolve().parent.parent

# the child: a build as the command line runs it, the steps and the workers' chunks marked in a file
CHILD = r"""
import json, os, sys, time
from pipeline.module_loading import loading_modules
with loading_modules():
    import pipeline.build as build_module
    import pipeline.corpus as corpus
    import pipeline.corpus.align.step as align_step
    import pipeline.corpus.align.pool as align_pool
marks = open(sys.argv[2], "a", buffering=1)

def mark(what, **more):
    marks.write(json.dumps({"t": time.time(), "pid": os.getpid(), "what": what, **more}) + "\n")

def marked(name, function):
    def run(*args, **kwargs):
        mark("start " + name)
        try:
            return function(*args, **kwargs)
        finally:
            mark("end " + name)
    run.__name__ = function.__name__
    return run

for name in ("recognise_copies", "resolve_citations", "build_search_index", "write_graph_tables"):
    setattr(corpus, name, marked(name, getattr(corpus, name)))
corpus.POST_BUILD_STEPS[:] = [marked(f.__name__, f) for f in corpus.POST_BUILD_STEPS]
align_step.align_corpus = marked("align_corpus", align_step.align_corpus)
corpus.run_corpus_steps = marked("corpus_steps", corpus.run_corpus_steps)
build_module.run_corpus_steps = corpus.run_corpus_steps

in_worker = align_pool._align_chunk_in_worker
def chunk_marked(path, pairs, threshold, spill):
    import psutil
    sizes = align_pool.document_sizes(__import__("sqlite3").connect(f"file:{path}?mode=ro", uri=True), pairs)
    rss = psutil.Process().memory_info().rss
    cpu = sum(psutil.Process().cpu_times()[:2])
    try:  # the peak resident size (VmHWM) counted from here
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass
    try:
        return in_worker(path, pairs, threshold, spill)
    finally:
        with open("/proc/self/status") as handle:
            hwm = next(int(line.split()[1]) * 1024 for line in handle if line.startswith("VmHWM"))
        mark("chunk", pairs=len(pairs), characters=sum(sizes.values()), rss=rss, peak=hwm,
             after=psutil.Process().memory_info().rss, cpu=sum(psutil.Process().cpu_times()[:2]) - cpu)
align_pool._align_chunk_in_worker = chunk_marked

paths = json.loads(open(sys.argv[3]).read())
mark("start build")
report = build_module.build(paths, sys.argv[1], fresh=True)
mark("end build", stored=len(report.stored), steps=report.step_timings)
"""


def subset(folder: Path, every: int) -> list[str]:
    """Every ``every``-th file of ``folder``, sorted by path."""
    return [str(p) for p in sorted(p for p in folder.rglob("*") if p.is_file())][::every]


def phases(marks: list[dict], main_pid: int) -> list[tuple[str, float, float]]:
    """``(name, start, end)`` of the files phase and of each corpus-wide step run in the main process."""
    starts, found = {}, []
    for m in marks:
        if m["pid"] != main_pid:
            continue
        kind, _, name = m["what"].partition(" ")
        if kind == "start":
            starts[name] = m["t"]
        elif name in starts:
            found.append((name, starts.pop(name), m["t"]))
    build = next(((s, e) for n, s, e in found if n == "build"), None)
    steps = next(((s, e) for n, s, e in found if n == "corpus_steps"), None)
    if build and steps:
        found.append(("files", build[0], steps[0]))
    return [p for p in found if p[0] not in ("build",)]


def peaks(samples, start: float = 0.0, end: float = float("inf")) -> dict:
    """The largest sums of RSS, PSS and USS between ``start`` and ``end``, the largest single RSS,
    and each process's RSS at the peak of the sum."""
    best: dict = {"rss": 0, "pss": 0, "uss": 0, "largest": 0, "at_peak": {}}
    for t, found in samples:
        if not start <= t <= end or not found:
            continue
        rss = sum(f["rss"] for f in found.values())
        if rss > best["rss"]:
            best["rss"], best["at_peak"] = rss, {pid: f["rss"] for pid, f in found.items()}
        best["largest"] = max(best["largest"], max(f["rss"] for f in found.values()))
        if all("pss" in f for f in found.values()):
            best["pss"] = max(best["pss"], sum(f["pss"] for f in found.values()))
            best["uss"] = max(best["uss"], sum(f["uss"] for f in found.values()))
    return best


def megabytes(value: int) -> str:
    return f"{value / 2**20:6.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--every", type=int, default=1, help="every N-th file, sorted by path (default: all)")
    parser.add_argument("--db", type=Path, help="the database to build (default: a temporary file)")
    parser.add_argument("--json", type=Path, help="write the samples and marks here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        paths = subset(args.folder, args.every)
        listed, marks_file = Path(tmp) / "paths.json", Path(tmp) / "marks.jsonl"
        listed.write_text(json.dumps(paths))
        db = args.db or Path(tmp) / "memory.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(marks_file), str(listed)],
                                   cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        with TreeMemory(process.pid, full_every=10) as sampler:
            _, err = process.communicate()
        seconds = time.perf_counter() - started
        if process.returncode:
            sys.exit(f"the build failed:\n{err}")
        marks = [json.loads(line) for line in marks_file.read_text().splitlines()]
    print(f"{len(paths)} files (every {args.every}th of {args.folder}), {seconds:.0f} s")
    print(f"{'':24}{'sum RSS':>8}{'sum PSS':>8}{'sum USS':>8}{'largest':>8}  MB; RSS of each process at the peak")
    whole = peaks(sampler.samples)
    for name, start, end in [("whole build", 0.0, float("inf"))] + phases(marks, process.pid):
        found = peaks(sampler.samples, start, end)
        shares = ", ".join(megabytes(v).strip() + (" (main)" if pid == process.pid else "")
                           for pid, v in sorted(found["at_peak"].items(), key=lambda item: -item[1]))
        print(f"  {name[:22]:22}{megabytes(found['rss'])}  {megabytes(found['pss'])}  {megabytes(found['uss'])}"
              f"  {megabytes(found['largest'])}  {shares}")
    chunks = sorted((m for m in marks if m["what"] == "chunk"), key=lambda m: -m["peak"])
    if chunks:
        print(f"  {len(chunks)} chunks aligned, {sum(m['cpu'] for m in chunks):.0f} CPU-s in all,"
              f" {sum(m['characters'] for m in chunks) / 1e6:.1f} M characters prepared")
        print(f"  the workers' largest (MB: peak RSS in the chunk, RSS before and"
              f" after it; the chunk's pairs and characters):")
        for m in chunks[:6]:
            print(f"    {megabytes(m['peak'])}  before {megabytes(m['rss']).strip()}, after {megabytes(m['after']).strip()};"
                  f" {m['pairs']} pairs, {m['characters'] / 1e3:.0f} k characters")
    if args.json:
        args.json.write_text(json.dumps({"samples": sampler.samples, "marks": marks, "main": process.pid,
                                         "peak": whole["rss"]}))


if __name__ == "__main__":
    main()
