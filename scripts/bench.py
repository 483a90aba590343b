"""Benchmark of ``notices build`` (``make bench``; not a test).

Generates a corpus of distinct notices (``bench_corpus``: the sample notices of ``corpus/``
recombined and renumbered, each with a 发文字号 no other has), builds it, and prints side by side,
each section against the library that does its core work alone (what every ratio counts is printed
under the table, RATIOS_COUNT):

* TXT: notices/s and MB/s of ``notices build`` against jieba alone segmenting the same texts;
* PDF: pages/s of ``notices build`` on the same generated notices laid out and printed to PDF as the
  fixture PDFs are (LibreOffice, cached; without it copies of ``tests/fixtures/pdf/``), against
  pypdfium2 alone extracting the text of the same pages; and the PDF reader alone against
  pypdfium2 alone, in one process;
* scanned PDF: pages/s of ``notices build`` on copies of the scanned samples of
  ``tests/fixtures/scan/`` (at least ``--scans`` pages) against RapidOCR alone reading the same pages
  rendered as the reader renders them;
* peak memory: the largest sum of the resident sizes of the build process and its workers, sampled
  every 50 ms (psutil), and the largest single process (``getrusage(RUSAGE_CHILDREN).ru_maxrss``);
* the rebuild with nothing changed, the database's size against its text, and one notice more: a
  build that adds one generated notice to the database (process start included);
* one notice at large N (``--large``, default 30,000): a build that adds one generated notice to a
  database of that many, then one that removes it (``--prune``), on a copy of the database, each
  end to end with the time of every part (``notices build --timings``); the corpus and its
  database, long to build, are kept in ``--large-cache`` (default ~/.cache/notices-bench/large);
* real corpus (``--real``, default ``../shared/realcorpus/laws``): docs/s, MB/s, peak memory, the
  database's size per MB of text, and one of its files added after the others.

    .venv/bin/python scripts/bench.py [--notices 2000] [--pdfs 400] [--scans 10] [--large 30000]
                                      [--large-cache DIR] [--real DIR|none] [--keep]

(``--notices 0``, ``--pdfs 0``, ``--scans 0``, ``--large 0`` skip a section.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from bench_baselines import jieba_alone, jieba_end_to_end, mean_of, pdfium_alone, rapidocr_alone, reader_against_pdfium, rendered_pages
from bench_corpus import CACHE, PDF_FIXTURES, SCAN_FIXTURES, make_pdf_corpus, make_scan_corpus, make_txt_corpus
from tree_memory import TreeMemory

ROOT = Path(__file__).resolve().parents[1]
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

#: Each "vs" target bounds the build's time over its baseline's, end to end (see RATIOS_COUNT).
TARGETS = {"txt_notices_per_s": 100.0, "txt_vs_jieba": 1.0, "pdf_pages_per_s": 100.0, "pdf_vs_pdfium": 1.5,
           "peak_mb": 1024.0, "ocr_vs_rapidocr": 1.2, "db_per_text": 4.0, "one_notice_s": 3.0}

#: What the ratios of every section count, printed under the table.
RATIOS_COUNT = """\
Every "x" is the build's time over its baseline's on the same files (lower is better), the same way
for TXT, PDF and scanned PDF:
  end to end: `notices build` in a fresh process with a worker per core: interpreter start, imports,
    loading jieba and spaCy, the scan, reading, extracting and writing every file, the corpus-wide
    steps (TXT and PDF are the same generated notices: the steps have the same work in both);
  without corpus-wide steps: the same, up to the first corpus-wide step;
  CPU: CPU-seconds of the build and its workers over the baseline's CPU-seconds (what the cores
    share out; not changed by the number of cores, and less than the times by other work on the
    machine);
  baselines, in this process (one core, but RapidOCR's onnxruntime uses every core: the build's
    workers run one engine thread each), the library loaded before the clock starts, run once
    before and once after the build (their mean): TXT jieba.lcut of every text; PDF pypdfium2
    opening every file and extracting the text of every page; scanned PDF RapidOCR reading every
    page image as the reader renders it (rendering not timed);
  CPU against jieba end to end: the build's CPU over that of jieba segmenting the same files in
    a fresh process, its start (interpreter, import, its dictionaries) and reading counted as the
    build's are (the baseline above counts neither);
  time on idle cores, at least: the CPU ratio divided by the number of cores, the time ratio the
    build would reach if every core worked for it all the time: the time ratio cannot go below it
    on this machine, at any load (the start-up and part of the corpus-wide steps run on one core);
  CPU by part: the build's CPU per file where it is spent: the start-up, the files in the workers
    (reading, structuring, extracting) and in the client (writing them, with the full-text index),
    the corpus-wide steps in the workers (alignments) and in the client;
  CPU of the files alone: the CPU without the start-up (interpreter, imports, the scan, loading the
    extraction pipeline, up to the workers' start) and without the corpus-wide steps: the part of
    the CPU ratio that does not shrink as the corpus grows;
  PDF reader alone: pipeline.read of PDFs against pypdfium2 on the same files, CPU, both in this
    process, alternated three times (the least of each): the reading without start-up or extraction."""

#: The real corpus of the bench (1,564 laws in Markdown), where the shared material is beside the checkout.
#: PDF files of the corpus the reader alone is timed on (three times, against pypdfium2 three times).
READER_SAMPLE = 60

REAL_CORPUS = next((p for p in (ROOT.parent / "shared" / "realcorpus" / "laws",
                                ROOT.parent.parent / "shared" / "realcorpus" / "laws") if p.is_dir()), None)


# --------------------------------------------------------------------------------------------
# measuring


# what ``notices build PATH… --db DB [--fresh]`` runs, plus the report's phase timings and CPU time
# (the CPU time and the main process's peak memory are also taken when the corpus-wide steps start,
# at build.run_corpus_steps:
# the pool's workers have ended by then, so that is the files phase)
BUILD_SCRIPT = """
import json, resource, sys, time
start = time.perf_counter()
from pipeline.compiled_patterns import use_compiled_patterns
use_compiled_patterns()  # as the command line does
from pipeline.module_loading import loading_modules
with loading_modules():  # as the command line loads it
    import pipeline.build as build_module
    import pipeline.ingest.pool as pool_module

def used():
    # this process, its ended children, and its live children (the build keeps its worker pool
    # for the corpus-wide steps)
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    try:
        import psutil
        for child in psutil.Process().children(recursive=True):
            try:
                times = child.cpu_times()
                cpu += times.user + times.system
                worker_mb = max(worker_mb, child.memory_info().rss / 2**20)
            except psutil.Error:
                pass
    except ImportError:
        pass
    own = sum(getattr(resource.getrusage(resource.RUSAGE_SELF), f) for f in ("ru_utime", "ru_stime"))
    return {"cpu": cpu, "main_cpu": own, "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mb": worker_mb, "at": time.time()}

started = {}  # when the start-up is over: imports, the scan and the extraction pipeline loaded
load_extraction = pool_module.load_extraction
def extraction_loaded(*args, **kwargs):  # (warm=False: one file, extracted in this process)
    load_extraction(*args, **kwargs)
    started.setdefault("at", used())
pool_module.load_extraction = extraction_loaded

files_phase = {}
run_corpus_steps = build_module.run_corpus_steps
def corpus_steps_started(*args, **kwargs):
    files_phase.update(used())
    return run_corpus_steps(*args, **kwargs)
build_module.run_corpus_steps = corpus_steps_started

db, fresh, prune, paths = sys.argv[1], sys.argv[2] == "fresh", sys.argv[2] == "prune", sys.argv[3:]
report = build_module.build(paths, db, fresh=fresh, prune=prune)
print(json.dumps({"stored": len(report.stored), "skipped": len(report.skipped), "failed": len(report.failed),
                  "documents": report.documents, "pruned": report.pruned,
                  "timings": {k: v for k, v in report.timings.items() if v is not None},
                  "steps": report.step_timings, "parts": report.part_timings,
                  "end": used(),
                  "files_phase": files_phase or used(), "started": started.get("at"),
                  "import": time.perf_counter() - start - report.timings["total"]}))
"""


def machine_busy_seconds() -> float:
    """CPU seconds every process of the machine has used since boot (from /proc/stat), or 0."""
    try:
        with open("/proc/stat") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_build(paths: list[str], db: Path, fresh: bool = True, prune: bool = False) -> dict:
    """A build in a child process: wall time, CPU time (all processes), phase timings, peak tree RSS,
    and the CPU time other processes of the machine took meanwhile."""
    command = [sys.executable, "-c", BUILD_SCRIPT, str(db), "fresh" if fresh else "prune" if prune else "keep", *paths]
    busy = machine_busy_seconds()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMemory(process.pid) as peak:
        out, err = process.communicate()
    seconds = time.perf_counter() - start
    busy = machine_busy_seconds() - busy
    if process.returncode != 0:
        sys.exit(f"the build failed:\n{err}")
    found = json.loads(out.strip().splitlines()[-1])
    found.update(seconds=seconds, peak_tree_mb=peak.peak / 2**20, processes=peak.peak_processes,
                 cpu=found["end"]["cpu"], files_cpu=found["files_phase"]["cpu"])
    found["others_cpu"] = max(0.0, busy - found["cpu"]) if busy else None
    found["startup_cpu"] = found["started"]["cpu"] if found.get("started") else 0.0
    steps_at = found["files_phase"]["at"]
    before = [(b, n) for t, b, n in peak.timeline if t < steps_at] or [(0, 0)]
    after = [(b, n) for t, b, n in peak.timeline if t >= steps_at] or [(0, 0)]
    found["files_peak_mb"], found["files_peak_processes"] = max(before)[0] / 2**20, max(before)[1]
    found["steps_peak_mb"] = max(after)[0] / 2**20
    found["summary"] = (f"{found['stored']} stored, {found['skipped']} unchanged, {found['failed']} failed; "
                        + ", ".join(f"{k} {v:.1f} s" for k, v in found["timings"].items())
                        + (" (" + ", ".join(f"{k} {v:.1f} s" for k, v in found["steps"].items()) + ")"
                           if found.get("steps") else ""))
    return found


def against_baseline(name: str, unit: str, count: int, build: dict, baseline: tuple[float, float],
                     baseline_name: str, target: float, least_rate: float = 0.0,
                     one_core_baseline: bool = True) -> list[tuple[str, str, str, str]]:
    """The rows every section prints alike: the build's rate, time and CPU against its baseline's
    (``baseline``: seconds, CPU seconds), end to end and without the corpus-wide steps (RATIOS_COUNT).
    ``one_core_baseline``: the baseline runs on one core (its CPU is its time on an idle core), so
    the build's CPU over every core bounds the time ratio from below."""
    wall, cpu = baseline
    seconds = build["seconds"]
    files_s = build["timings"]["scan"] + build["timings"]["files"] + build["import"]
    steps = build["timings"].get("corpus_steps", 0.0)
    per_file = build["files_cpu"] - build["startup_cpu"]  # what grows with the corpus
    rows = [
        (f"{name} build, end to end", f"{_rate(count / seconds)} {unit}/s ({seconds:.1f} s)",
         f"{baseline_name}: {_rate(count / wall)} {unit}/s ({wall:.2f} s)",
         _verdict(count / seconds >= least_rate and seconds <= target * wall)),
        ("  time against the baseline", f"{seconds / wall:7.2f} x end to end, {files_s / wall:.2f} x without the "
         f"corpus-wide steps ({steps:.1f} s)", f"target {target:.1f} x end to end", ""),
        ("  CPU against the baseline", f"{build['cpu'] / cpu:7.2f} x end to end, {build['files_cpu'] / cpu:.2f} x without",
         f"{build['cpu'] / count * 1e3:.1f} and {build['files_cpu'] / count * 1e3:.1f} ms per {unit[:-1]} against "
         f"{cpu / count * 1e3:.1f} ms", ""),
    ]
    if one_core_baseline:
        rows.append(("  time on idle cores, at least", f"{build['cpu'] / CORES / cpu:7.2f} x end to end",
                     f"the CPU ratio over the {CORES} cores: what the time ratio cannot go below, whatever the load",
                     _verdict(build["cpu"] / CORES <= target * cpu)))
    if build["startup_cpu"]:
        rows.append(("  CPU of the files alone", f"{per_file / cpu:7.2f} x ({per_file / count * 1e3:.1f} ms per {unit[:-1]})",
                     f"without the start-up ({build['startup_cpu']:.1f} CPU-s) and the corpus-wide steps", ""))
    return rows + _cpu_by_part(build, count, unit[:-1], cpu)


def _cpu_by_part(build: dict, count: int, unit: str, baseline_cpu: float) -> list[tuple[str, str, str, str]]:
    """The build's CPU split where it is spent, per ``unit``: the start-up (the client alone: no
    worker yet), the files in the workers (reading, extracting) and in the client (writing), the
    corpus-wide steps in the workers (alignments) and in the client, against the baseline's."""
    started, files, end = build.get("started"), build["files_phase"], build["end"]
    if not started or "main_cpu" not in started:  # a build of one file has no workers
        return []
    workers = lambda at: at["cpu"] - at["main_cpu"]  # noqa: E731
    per = lambda seconds: seconds / count * 1e3  # noqa: E731
    return [("  CPU by part", f"start-up {per(started['cpu']):.1f}, files {per(workers(files) - workers(started)):.1f}"
             f" in workers + {per(files['main_cpu'] - started['main_cpu']):.1f} writing, corpus-wide steps"
             f" {per(workers(end) - workers(files)):.1f} in workers + {per(end['main_cpu'] - files['main_cpu']):.1f}",
             f"ms per {unit}, against {per(baseline_cpu):.1f} ms", "")]


def database_size(db: Path) -> tuple[int, float, dict[str, int]]:
    """(bytes of the database file, MB of the text of its outermost documents, bytes per table with
    its indexes, largest first) once no build has it open (its WAL checkpointed)."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        text = conn.execute("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM documents "
                            "WHERE parent_id IS NULL").fetchone()[0] / 1e6
        parts: dict[str, int] = {}
        try:
            for table, size in conn.execute(
                    "SELECT coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s "
                    "LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY 1"):
                parts[table] = size
        except sqlite3.OperationalError:  # SQLite built without the dbstat table
            pass
    finally:
        conn.close()
    return db.stat().st_size, text, dict(sorted(parts.items(), key=lambda item: -item[1]))


def one_notice(path: Path, db: Path) -> dict:
    """A build that adds the one file ``path`` to ``db``: its wall time, process start included."""
    return run_build([str(path)], db, fresh=False)


def _size_rows(label: str, db: Path) -> list[tuple[str, str, str, str]]:
    size, text, parts = database_size(db)
    ratio = size / 1e6 / text if text else float("inf")
    largest = ", ".join(f"{table} {part / 1e6:.1f}" for table, part in list(parts.items())[:6])
    return [(f"  database, {label}", f"{ratio:7.2f} x its text ({size / 1e6:.1f} MB for {text:.1f} MB of text)",
             f"largest (MB, with indexes): {largest}", _verdict(ratio <= TARGETS["db_per_text"]))]


def bench_real_corpus(folder: Path, tmp: Path, builds: list) -> list[tuple[str, str, str, str]]:
    """Every file of the real corpus but one built into an empty database, then that one added."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    held_out = files[len(files) // 2]
    corpus = tmp / "real"
    for source in files:
        if source != held_out:
            target = corpus / source.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(source, target)
    megabytes = sum(f.stat().st_size for f in files if f != held_out) / 1e6
    db = tmp / "real.db"
    build = run_build([str(corpus)], db)
    builds.append(build)
    print(f"real corpus build ({folder}): {build['summary']}\n  {_phases(build)}")
    n, seconds = build["stored"], build["seconds"]
    files_s = build["timings"]["scan"] + build["timings"]["files"] + build["import"]
    steps_cpu = build["cpu"] - build["files_cpu"]
    rows = [("real corpus build, end to end", f"{n / seconds:7.1f} docs/s {megabytes / seconds:5.2f} MB/s ({seconds:.1f} s)",
             f"{n} files, {megabytes:.1f} MB; peak {build['peak_tree_mb']:.0f} MB", ""),
            ("  without corpus-wide steps", f"{n / files_s:7.1f} docs/s {megabytes / files_s:5.2f} MB/s ({files_s:.1f} s)",
             ", ".join(f"{k} {v:.1f} s" for k, v in build["steps"].items()), ""),
            # the CPU, which the load does not change: where the time of a real corpus goes
            ("  CPU", f"{build['cpu']:7.1f} CPU-s, {build['cpu'] / megabytes:.1f} a MB",
             f"start-up {build['startup_cpu']:.1f}, files {build['files_cpu'] - build['startup_cpu']:.1f}, "
             f"corpus-wide steps {steps_cpu:.1f} ({steps_cpu / build['cpu']:.0%})", "")]
    rows += _size_rows("real corpus", db)
    added = one_notice(held_out, db)
    builds.append(added)
    rows.append(("  one notice more", f"{added['seconds']:7.2f} s", f"into {n} documents: {added['summary']}",
                 _verdict(added["seconds"] <= TARGETS["one_notice_s"])))
    return rows


def bench_large(count: int, tmp: Path, cache: Optional[Path], builds: list) -> list[tuple[str, str, str, str]]:
    """One notice added to a database of ``count`` generated notices, then removed (``--prune``), each
    a whole ``notices build`` (process start included) on a copy of the database, with the time of
    each part. The corpus and its database are made once (a long build: 10-30 minutes at 30,000 on
    2 cores) and kept in ``cache`` when given."""
    home = cache or tmp / "large"
    corpus, db = home / f"corpus{count}", home / f"large{count}.db"
    extra = home / f"one{count}" / f"{count:05d}.txt"
    if not db.exists():
        start = time.perf_counter()
        files = make_txt_corpus(corpus, count + 1)
        extra.parent.mkdir(parents=True, exist_ok=True)
        files[-1].rename(extra)
        print(f"generated {count} TXT notices for the large database in {time.perf_counter() - start:.1f} s")
        made = run_build([str(corpus)], db)
        print(f"large database ({count} notices): {made['summary']}")
    trial = tmp / "large-trial.db"
    shutil.copy(db, trial)
    _flushed(trial)
    # the notice is added from a folder of its own, whose file then goes: the removal prunes it
    folder = tmp / "one-notice"
    folder.mkdir(exist_ok=True)
    added_file = folder / extra.name
    shutil.copy(extra, added_file)
    added = run_build([str(added_file)], trial, fresh=False)
    print(f"one notice added to {count}: {added['seconds']:.2f} s end to end\n{_parts(added)}")
    added_file.unlink()
    removed = run_build([str(folder)], trial, fresh=False, prune=True)
    print(f"one notice removed from {count + 1}: {removed['seconds']:.2f} s end to end\n{_parts(removed)}")
    trial.unlink()
    builds += [added, removed]
    return [(f"{count} notices: one notice more", f"{added['seconds']:7.2f} s",
             f"end to end, process start included; {added['cpu']:.2f} CPU-s (load {os.getloadavg()[0]:.1f})",
             _verdict(added["seconds"] <= TARGETS["one_notice_s"])),
            (f"{count} notices: one notice removed", f"{removed['seconds']:7.2f} s",
             f"--prune, {removed.get('pruned', 0)} document(s); {removed['cpu']:.2f} CPU-s",
             _verdict(removed["seconds"] <= TARGETS["one_notice_s"]))]


def _flushed(path: Path) -> None:
    """Write ``path``'s pages to disk: a database just copied has gigabytes not written yet, which
    the build's first checkpoint (an fsync of the same file) would wait for and count as its own."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _parts(build: dict) -> str:
    """The build's phases, corpus-wide steps and their parts, one per line (as ``--timings`` prints them)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.timings import format_timings

    timings = dict(build["timings"], start=build["timings"].get("start", build["import"]))
    return format_timings(timings, build.get("steps", {}), build.get("parts", {}))


# --------------------------------------------------------------------------------------------


def _rate(per_second: float) -> str:
    """A rate with three significant digits at least (OCR reads a page in seconds)."""
    return f"{per_second:7.1f}" if per_second >= 100 else f"{per_second:7.3g}"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _phases(build: dict) -> str:
    t = build["timings"]
    return (f"start-up {build['import']:.1f} s + scan {t.get('scan', 0):.1f} s + files {t.get('files', 0):.1f} s"
            f" + corpus-wide steps {t.get('corpus_steps', 0):.1f} s; CPU (all processes): {build['cpu']:.1f} s,"
            f" {build['files_cpu']:.1f} s of it before the corpus-wide steps;\n  peak memory before the corpus-wide"
            f" steps {build['files_peak_mb']:.0f} MB ({build['files_peak_processes']} processes: main"
            f" {build['files_phase']['main_mb']:.0f} MB, largest worker {build['files_phase']['worker_mb']:.0f} MB),"
            f" during them {build['steps_peak_mb']:.0f} MB"
            + (f";\n  meanwhile other processes of the machine used {build['others_cpu']:.1f} CPU-s of the "
               f"{build['seconds'] * CORES:.1f} its {CORES} cores had" if build["others_cpu"] is not None else ""))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notices", type=int, default=2000, help="TXT notices to generate (default 2000)")
    # 400 notices (about 3,100 pages, six seconds of pypdfium2's CPU): with fewer, the build's fixed
    # costs (start-up, loading jieba and spaCy: two to three CPU-seconds) outweigh the pages
    parser.add_argument("--pdfs", type=int, default=400, help="PDF files to generate (default 400)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    # 10 pages: OCR takes seconds a page, and the engine's own time is measured twice beside them
    parser.add_argument("--scans", type=int, default=10, help="scanned PDF pages to OCR, at least (default 10)")
    parser.add_argument("--real", type=lambda v: Path(v) if v != "none" else None, default=REAL_CORPUS,
                        help="a folder of real notices to build, then add one of them to (default: "
                             "../shared/realcorpus/laws; none: skip)")
    parser.add_argument("--large", type=int, default=30000,
                        help="add one notice to a database of this many generated notices, then remove it "
                             "(default 30000; 0: skip; the database takes 10-30 minutes to build once)")
    parser.add_argument("--large-cache", type=Path, default=CACHE / "large",
                        help="a folder where the large corpus and its database are kept between runs "
                             "(default: large/ in NOTICES_BENCH_CACHE, ~/.cache/notices-bench: built once)")
    args = parser.parse_args(argv)

    cores = CORES
    tmp = Path(tempfile.mkdtemp(prefix="notices-bench-"))
    print(f"notices bench: {cores} cores, load average {os.getloadavg()[0]:.1f} (other work on the machine "
          f"slows every figure), Python {sys.version.split()[0]}, work folder {tmp}")
    rows: list[tuple[str, str, str, str]] = []
    builds = []
    try:
        # ---------------------------------------------------------------- TXT
        if args.notices <= 0:
            rows.append(("TXT", "skipped", "--notices 0", ""))
        else:
            txt_folder = tmp / "txt"
            start = time.perf_counter()
            files = make_txt_corpus(txt_folder, args.notices + 1)
            extra = tmp / "one" / files[-1].name  # kept out of the build, added to it after
            extra.parent.mkdir()
            files[-1].rename(extra)
            files = files[:-1]
            megabytes = sum(f.stat().st_size for f in files) / 1e6
            print(f"generated {len(files)} TXT notices, {megabytes:.1f} MB ({megabytes * 1e3 / len(files):.1f} kB each) "
                  f"in {time.perf_counter() - start:.1f} s")
            db = tmp / "txt.db"
            # jieba alone just before and just after the build, their mean the baseline: the speed of
            # a shared machine drifts, and one measure on one side of the build would take its side
            texts = [f.read_text(encoding="utf-8") for f in files]
            load_s, jieba_before = jieba_alone(texts)
            build = run_build([str(txt_folder)], db)
            builds.append(build)
            print(f"TXT build: {build['summary']}\n  {_phases(build)}")
            _, jieba_after = jieba_alone(texts)
            print(f"jieba alone: {jieba_before[0]:.1f} s before the build, {jieba_after[0]:.1f} s after "
                  f"(+{load_s:.1f} s loading its dictionaries, not counted)")
            n, seconds = len(files), build["seconds"]
            rows += against_baseline("TXT", "notices", n, build, mean_of(jieba_before, jieba_after), "jieba alone, 1 core",
                                     TARGETS["txt_vs_jieba"], TARGETS["txt_notices_per_s"])
            # the same start-up on both sides: jieba in a fresh process, loading and reading included
            whole_jieba = jieba_end_to_end(txt_folder)
            rows.append(("  CPU against jieba end to end", f"{build['cpu'] / whole_jieba:7.2f} x",
                         f"jieba in a fresh process, loading its dictionaries and reading the files: "
                         f"{whole_jieba:.1f} CPU-s", ""))
            rows.append(("  MB/s", f"{megabytes / seconds:7.2f} MB/s end to end", f"jieba alone "
                         f"{megabytes / mean_of(jieba_before, jieba_after)[0]:.2f} MB/s", ""))

            rebuild = run_build([str(txt_folder)], db, fresh=False)
            rows.append(("TXT rebuild, nothing changed", f"{rebuild['seconds']:7.2f} s",
                         f"{rebuild['skipped']} files unchanged, {rebuild['stored']} stored", _verdict(rebuild["seconds"] < 10)))
            rows += _size_rows(f"{n} generated notices", db)
            added = one_notice(extra, db)
            builds.append(added)
            rows.append(("TXT one notice more", f"{added['seconds']:7.2f} s", f"into {n}: {added['summary']}",
                         _verdict(added["seconds"] <= TARGETS["one_notice_s"])))

        # ---------------------------------------------------------------- one notice, large N
        if args.large <= 0:
            rows.append(("large database", "skipped", "--large 0", ""))
        else:
            rows += bench_large(args.large, tmp, args.large_cache, builds)

        # ---------------------------------------------------------------- real corpus
        if args.real is None:
            rows.append(("real corpus", "skipped", "no --real folder (../shared/realcorpus/laws)", ""))
        else:
            rows += bench_real_corpus(args.real, tmp, builds)

        # ---------------------------------------------------------------- PDF
        if args.pdfs <= 0:
            rows.append(("PDF", "skipped", "--pdfs 0", ""))
        elif any(PDF_FIXTURES.glob("*.pdf")):
            pdf_folder = tmp / "pdf"
            pdf_folder.mkdir()
            pdfs, what = make_pdf_corpus(pdf_folder, args.pdfs)
            print(f"PDF corpus: {what}")
            pages, pdfium_before = pdfium_alone(pdfs)  # before and after the build, as jieba
            build = run_build([str(pdf_folder)], tmp / "pdf.db")
            builds.append(build)
            print(f"PDF build: {build['summary']}\n  {_phases(build)}")
            _, pdfium_after = pdfium_alone(pdfs)
            print(f"pypdfium2 alone: {pdfium_before[0]:.2f} s before the build, {pdfium_after[0]:.2f} s after")
            rows += against_baseline("PDF", "pages", pages, build, mean_of(pdfium_before, pdfium_after),
                                     "pypdfium2 alone, 1 core", TARGETS["pdf_vs_pdfium"], TARGETS["pdf_pages_per_s"])
            sample = pdfs[:READER_SAMPLE]
            sample_pages = pdfium_alone(sample)[0]
            reader_cpu, pdfium_cpu = reader_against_pdfium(sample)
            rows.append(("  PDF reader alone, CPU", f"{reader_cpu / pdfium_cpu:7.2f} x pypdfium2 alone "
                         f"({reader_cpu / sample_pages * 1e3:.2f} ms a page against {pdfium_cpu / sample_pages * 1e3:.2f})",
                         f"{len(sample)} of the files, {sample_pages} pages, in this process", ""))
        else:
            rows.append(("PDF", "skipped", f"no fixture PDFs in {PDF_FIXTURES} (make fixtures)", ""))

        # ---------------------------------------------------------------- scanned PDF
        if args.scans <= 0:
            rows.append(("scanned PDF", "skipped", "--scans 0", ""))
        elif any(SCAN_FIXTURES.glob("0*.pdf")):
            scan_folder = tmp / "scan"
            scan_folder.mkdir()
            scans = make_scan_corpus(scan_folder, args.scans)
            images = rendered_pages(scans)
            engine_before = rapidocr_alone(images)  # before and after the build, as jieba
            build = run_build([str(scan_folder)], tmp / "scan.db")
            builds.append(build)
            print(f"scanned PDF build: {build['summary']}\n  {_phases(build)}")
            engine_after = rapidocr_alone(images)
            print(f"RapidOCR alone: {engine_before[0]:.1f} s before the build, {engine_after[0]:.1f} s after")
            rows += against_baseline("scanned PDF (OCR)", "pages", len(images), build, mean_of(engine_before, engine_after),
                                     "RapidOCR alone, every core", TARGETS["ocr_vs_rapidocr"],
                                     one_core_baseline=False)
        else:
            rows.append(("scanned PDF", "skipped", f"no scanned fixtures in {SCAN_FIXTURES} (make_scan_fixtures.py)", ""))

        # ---------------------------------------------------------------- memory
        peak = max(builds, key=lambda b: b["peak_tree_mb"])
        files_peak = max(b["files_peak_mb"] for b in builds)
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
        rows.append(("peak memory", f"{peak['peak_tree_mb']:7.0f} MB build + workers ({peak['processes']} processes)",
                     f"largest single process {largest:.0f} MB", _verdict(peak["peak_tree_mb"] < TARGETS["peak_mb"])))
        rows.append(("  without corpus-wide steps", f"{files_peak:7.0f} MB", "", _verdict(files_peak < TARGETS["peak_mb"])))
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    width = [max(len(r[i]) for r in rows) for i in range(4)]
    print()
    print(f"{'':{width[0]}}  {'notices build':{width[1]}}  {'baseline':{width[2]}}  target")
    for row in rows:
        print("  ".join(f"{cell:{width[i]}}" for i, cell in enumerate(row)).rstrip())
    print(f"\n{RATIOS_COUNT}")
    print(f"\ntargets: TXT >= {TARGETS['txt_notices_per_s']:.0f} notices/s and <= {TARGETS['txt_vs_jieba']:.1f} x jieba "
          f"alone; PDF >= {TARGETS['pdf_pages_per_s']:.0f} pages/s and <= {TARGETS['pdf_vs_pdfium']:.1f} x pypdfium2 "
          f"alone; scanned PDF <= {TARGETS['ocr_vs_rapidocr']:.1f} x RapidOCR alone; database <= "
          f"{TARGETS['db_per_text']:.0f}x its text; one notice more <= {TARGETS['one_notice_s']:.0f} s; peak < "
          f"{TARGETS['peak_mb']:.0f} MB; no-change rebuild in seconds. Load average now {os.getloadavg()[0]:.1f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
