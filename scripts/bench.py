"""Benchmark of ``notices build`` (``make bench``; not a test).

Generates a large corpus in a temporary folder by recombining and renumbering the sample notices of
``corpus/`` (each notice keeps the structure of one sample, some of its sentences are swapped for
sentences of the others, and its 发文字号 gets a year and serial no other notice has), then prints side
by side:

* TXT: notices/s and MB/s of ``notices build`` end to end (a fresh database, every core, the time of
  the whole command: start-up, loading dictionaries, processing, writing, the corpus-wide steps)
  against jieba alone segmenting the same texts on one core (the mean of a run just before and one
  just after the build);
* PDF: pages/s of ``notices build`` on copies of the fixture PDFs of ``tests/fixtures/pdf/`` (each
  copy made unique by a trailing PDF comment) against pypdfium2 alone extracting the text of the
  same pages on one core (the mean of a run just before and one just after the build); skipped
  with a message when there are no fixture PDFs;
* scanned PDF: pages/s of ``notices build`` on copies of the scanned samples of
  ``tests/fixtures/scan/`` (at least ``--scans`` pages) against RapidOCR alone reading the same pages
  rendered as the reader renders them (the mean of a run just before and one just after the build);
  the goal: the pipeline adds at most 20% to the engine's own time;
* peak memory: the largest sum of the resident sizes of the build process and its workers, sampled
  every 50 ms (psutil), and the largest single process (``getrusage(RUSAGE_CHILDREN).ru_maxrss``);
* the rebuild with nothing changed, the database's size against its text, and one notice more: a
  build that adds one generated notice to the database (process start included);
* one notice at large N (``--large``, default 30,000): a build that adds one generated notice to a
  database of that many, then one that removes it (``--prune``), on a copy of the database, each
  end to end with the time of every part (``notices build --timings``); the corpus and its
  database, long to build, are kept in ``--large-cache`` when given;
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
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
SAMPLES = ROOT / "corpus"
PDF_FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
DOC_NUMBER = re.compile(r"〔(\d{4})〕(\d+)号")

SCAN_FIXTURES = ROOT / "tests" / "fixtures" / "scan"

TARGETS = {"txt_notices_per_s": 100.0, "pdf_pages_per_s": 100.0, "pdf_vs_pdfium": 1.5, "peak_mb": 1024.0,
           "ocr_added": 0.20, "db_per_text": 4.0, "one_notice_s": 3.0}

#: The real corpus of the bench (1,564 laws in Markdown), where the shared material is beside the checkout.
REAL_CORPUS = next((p for p in (ROOT.parent / "shared" / "realcorpus" / "laws",
                                ROOT.parent.parent / "shared" / "realcorpus" / "laws") if p.is_dir()), None)


# --------------------------------------------------------------------------------------------
# corpus


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。\n]+。", text) if 12 <= len(s) <= 160]


def make_txt_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """``count`` notices in ``folder`` (100 per subfolder), each unique, each with its own 文号."""
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not samples:
        sys.exit(f"no sample notices in {SAMPLES}")
    pool = [s for text in samples for s in _sentences(text)]
    written = []
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        lines = samples[i % len(samples)].split("\n")
        # renumber: the first 文号 of the header gets a year and serial unique in the corpus
        for n, line in enumerate(lines[:20]):
            if DOC_NUMBER.search(line):
                year, serial = 2005 + (i // len(samples)) % 20, 1000 + i
                lines[n] = DOC_NUMBER.sub(f"〔{year}〕{serial}号", line, count=1)
                break
        # recombine: in body paragraphs, swap a sentence for one of another notice, sometimes add one
        for n in range(12, len(lines)):
            sentences = _sentences(lines[n])
            if not sentences or rng.random() > 0.5:
                continue
            old = rng.choice(sentences)
            new = rng.choice(pool)
            lines[n] = lines[n].replace(old, new, 1)
            if rng.random() < 0.2:
                lines[n] += rng.choice(pool)
        path = folder / f"{i // 100:03d}" / f"{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")
        written.append(path)
    return written


def make_pdf_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the fixture PDFs, each made unique by a comment after ``%%EOF``."""
    fixtures = sorted(PDF_FIXTURES.glob("*.pdf"))
    written = []
    for i in range(count):
        source = fixtures[i % len(fixtures)]
        path = folder / f"{i:05d}_{source.name}"
        path.write_bytes(source.read_bytes() + f"\n% bench copy {i}\n".encode())
        written.append(path)
    return written


def make_scan_corpus(folder: Path, pages: int) -> list[Path]:
    """Copies of the scanned sample PDFs (image only) holding at least ``pages`` pages, each unique."""
    import pypdfium2 as pdfium

    fixtures = sorted(SCAN_FIXTURES.glob("0*.pdf"))
    written, total = [], 0
    while total < pages:
        source = fixtures[len(written) % len(fixtures)]
        path = folder / f"{len(written):05d}_{source.name}"
        path.write_bytes(source.read_bytes() + f"\n% bench copy {len(written)}\n".encode())
        written.append(path)
        total += len(pdfium.PdfDocument(str(path)))
    return written


# --------------------------------------------------------------------------------------------
# measuring


class PeakRss:
    """Largest sum of RSS over a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval, self.peak, self.peak_processes = pid, interval, 0, 0
        self.timeline: list[tuple[float, int, int]] = []  # (time, bytes, processes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total, count = 0, 0
            try:
                for process in [root] + root.children(recursive=True):
                    try:
                        total += process.memory_info().rss
                        count += 1
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            self.timeline.append((time.time(), total, count))
            if total > self.peak:
                self.peak, self.peak_processes = total, count
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# what ``notices build PATH… --db DB [--fresh]`` runs, plus the report's phase timings and CPU time
# (the CPU time and the main process's peak memory are also taken when the corpus-wide steps start:
# the pool's workers have ended by then, so that is the files phase)
BUILD_SCRIPT = """
import json, resource, sys, time
start = time.perf_counter()
import pipeline.build as build_module
import pipeline.corpus as corpus_steps

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
    return {"cpu": cpu, "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mb": worker_mb, "at": time.time()}

files_phase = {}
resolve = corpus_steps.resolve_citations
def resolve_citations(db):
    files_phase.update(used())
    return resolve(db)
corpus_steps.resolve_citations = resolve_citations

db, fresh, prune, paths = sys.argv[1], sys.argv[2] == "fresh", sys.argv[2] == "prune", sys.argv[3:]
report = build_module.build(paths, db, fresh=fresh, prune=prune)
print(json.dumps({"stored": len(report.stored), "skipped": len(report.skipped), "failed": len(report.failed),
                  "documents": report.documents, "pruned": report.pruned,
                  "timings": {k: v for k, v in report.timings.items() if v is not None},
                  "steps": report.step_timings, "parts": report.part_timings,
                  "end": used(),
                  "files_phase": files_phase or used(),
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
    with PeakRss(process.pid) as peak:
        out, err = process.communicate()
    seconds = time.perf_counter() - start
    busy = machine_busy_seconds() - busy
    if process.returncode != 0:
        sys.exit(f"the build failed:\n{err}")
    found = json.loads(out.strip().splitlines()[-1])
    found.update(seconds=seconds, peak_tree_mb=peak.peak / 2**20, processes=peak.peak_processes,
                 cpu=found["end"]["cpu"], files_cpu=found["files_phase"]["cpu"])
    found["others_cpu"] = max(0.0, busy - found["cpu"]) if busy else None
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


def jieba_alone(texts: list[str]) -> tuple[float, float]:
    """(seconds to load jieba and the user dictionary, seconds to segment every text) on one core."""
    import jieba

    jieba.setLogLevel(60)
    start = time.perf_counter()
    jieba.initialize()
    user_dictionary = ROOT / "extractors" / "data" / "policy_terms.txt"
    if user_dictionary.exists():
        jieba.load_userdict(str(user_dictionary))
    loaded = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return loaded - start, time.perf_counter() - loaded


def pdfium_alone(paths: list[Path]) -> tuple[int, float]:
    """(pages, seconds) for pypdfium2 to open every PDF and extract the text of every page, one core."""
    import pypdfium2 as pdfium

    pages = 0
    start = time.perf_counter()
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages, time.perf_counter() - start


def rendered_pages(paths: list[Path]) -> list:
    """Every page of ``paths`` rendered as the reader renders a page for OCR (not timed)."""
    import pypdfium2 as pdfium

    from pipeline.read.ocr import OCR_DPI

    images = []
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            images.append(pdf[index].render(scale=OCR_DPI / 72, grayscale=True).to_numpy())
        pdf.close()
    return images


def rapidocr_alone(images: list) -> float:
    """Seconds for RapidOCR alone (its engine made first, not timed) to read every image."""
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()
    start = time.perf_counter()
    for image in images:
        engine(np.repeat(image[:, :, None], 3, axis=2) if image.ndim == 2 else image)
    return time.perf_counter() - start


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
    rows = [("real corpus build, end to end", f"{n / seconds:7.1f} docs/s {megabytes / seconds:5.2f} MB/s ({seconds:.1f} s)",
             f"{n} files, {megabytes:.1f} MB; peak {build['peak_tree_mb']:.0f} MB", ""),
            ("  without corpus-wide steps", f"{n / files_s:7.1f} docs/s {megabytes / files_s:5.2f} MB/s ({files_s:.1f} s)",
             ", ".join(f"{k} {v:.1f} s" for k, v in build["steps"].items()), "")]
    rows += _size_rows("real corpus", db)
    added = one_notice(held_out, db)
    builds.append(added)
    rows.append(("  one notice more", f"{added['seconds']:7.2f} s", f"into {n} documents: {added['summary']}",
                 _verdict(added["seconds"] <= TARGETS["one_notice_s"])))
    return rows


def bench_large(count: int, tmp: Path, cache: Optional[Path]) -> list[tuple[str, str, str, str]]:
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
    added = run_build([str(extra)], trial, fresh=False)
    print(f"one notice added to {count}: {added['seconds']:.2f} s end to end\n{_parts(added)}")
    # removed: the file of the notice just added is gone from the folder the build is given
    gone = tmp / "removed"
    gone.mkdir(exist_ok=True)
    moved = gone / extra.name
    shutil.copy(extra, moved)
    run_build([str(moved)], trial, fresh=False)  # stored from this folder (no timing taken)
    moved.unlink()
    removed = run_build([str(gone)], trial, fresh=False, prune=True)
    print(f"one notice removed from {count + 1}: {removed['seconds']:.2f} s end to end\n{_parts(removed)}")
    trial.unlink()
    return [(f"{count} notices: one notice more", f"{added['seconds']:7.2f} s", "end to end, process start included",
             _verdict(added["seconds"] <= TARGETS["one_notice_s"])),
            (f"{count} notices: one notice removed", f"{removed['seconds']:7.2f} s",
             f"--prune, {removed.get('pruned', 0)} document(s)", _verdict(removed["seconds"] <= TARGETS["one_notice_s"]))]


def _parts(build: dict) -> str:
    """The build's phases, corpus-wide steps and their parts, one per line (as ``--timings`` prints them)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.timings import format_timings

    timings = dict(build["timings"], start=build["timings"].get("start", build["import"]))
    return format_timings(timings, build.get("steps", {}), build.get("parts", {}))


# --------------------------------------------------------------------------------------------


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
    # 400 files (about 2,800 pages, five seconds of pypdfium2): with fewer, the build's fixed costs
    # (start-up, each worker loading jieba's dictionary: about two seconds) outweigh the pages
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
    parser.add_argument("--large-cache", type=Path, default=None,
                        help="a folder where the large corpus and its database are kept between runs")
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
            cpu = time.process_time()
            load_s, jieba_before = jieba_alone(texts)
            jieba_cpu_before = time.process_time() - cpu - load_s
            build = run_build([str(txt_folder)], db)
            builds.append(build)
            print(f"TXT build: {build['summary']}\n  {_phases(build)}")
            cpu_after = time.process_time()
            _, jieba_after = jieba_alone(texts)
            jieba_cpu = (time.process_time() - cpu_after + jieba_cpu_before) / 2
            jieba_s = (jieba_before + jieba_after) / 2
            print(f"jieba alone: {jieba_before:.1f} s before the build, {jieba_after:.1f} s after")
            n, seconds = len(files), build["seconds"]
            files_s = build["timings"]["scan"] + build["timings"]["files"] + build["import"]
            txt_rate, jieba_rate = n / seconds, n / jieba_s
            rows.append(("TXT build, end to end", f"{txt_rate:7.1f} notices/s {megabytes / seconds:5.2f} MB/s ({seconds:.1f} s)",
                         f"jieba alone, 1 core: {jieba_rate:6.1f} notices/s {megabytes / jieba_s:5.2f} MB/s ({jieba_s:.1f} s)",
                         _verdict(txt_rate >= TARGETS["txt_notices_per_s"] and txt_rate >= jieba_rate)))
            rows.append(("  without corpus-wide steps", f"{n / files_s:7.1f} notices/s {megabytes / files_s:5.2f} MB/s ({files_s:.1f} s)",
                         f"(+{load_s:.1f} s loading jieba)", _verdict(n / files_s >= TARGETS["txt_notices_per_s"]
                                                                      and n / files_s >= jieba_rate)))
            rows.append(("  same, if the cores were free", f"{n / (build['files_cpu'] / cores):7.1f} notices/s "
                         f"(files-phase CPU / {cores} cores: a projection)", "", ""))
            rows.append(("  CPU per notice", f"{build['files_cpu'] / n * 1e3:7.1f} ms without the corpus-wide steps, "
                         f"{build['cpu'] / n * 1e3:.1f} ms with", f"{jieba_cpu / n * 1e3:6.1f} ms", ""))

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
            rows += bench_large(args.large, tmp, args.large_cache)

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
            pdfs = make_pdf_corpus(pdf_folder, args.pdfs)
            pages, pdfium_before = pdfium_alone(pdfs)  # before and after the build, as jieba
            build = run_build([str(pdf_folder)], tmp / "pdf.db")
            builds.append(build)
            print(f"PDF build: {build['summary']}\n  {_phases(build)}")
            _, pdfium_after = pdfium_alone(pdfs)
            pdfium_s = (pdfium_before + pdfium_after) / 2
            print(f"pypdfium2 alone: {pdfium_before:.2f} s before the build, {pdfium_after:.2f} s after")
            seconds = build["seconds"]
            files_s = build["timings"]["scan"] + build["timings"]["files"] + build["import"]
            pdf_rate, pdfium_rate = pages / seconds, pages / pdfium_s
            rows.append(("PDF build, end to end", f"{pdf_rate:7.1f} pages/s ({len(pdfs)} files, {pages} pages, {seconds:.1f} s)",
                         f"pypdfium2 alone, 1 core: {pdfium_rate:6.1f} pages/s ({pdfium_s:.2f} s)",
                         _verdict(pdf_rate >= TARGETS["pdf_pages_per_s"]
                                  and pdf_rate * TARGETS["pdf_vs_pdfium"] >= pdfium_rate)))
            rows.append(("  without corpus-wide steps", f"{pages / files_s:7.1f} pages/s ({files_s:.1f} s)",
                         f"pypdfium2 {pdfium_rate / (pages / files_s):.1f}x faster",
                         _verdict(pages / files_s >= TARGETS["pdf_pages_per_s"]
                                  and pages / files_s * TARGETS["pdf_vs_pdfium"] >= pdfium_rate)))
            rows.append(("  same, if the cores were free", f"{pages / (build['files_cpu'] / cores):7.1f} pages/s "
                         f"(files-phase CPU / {cores} cores: a projection)", "", ""))
            rows.append(("  CPU per page", f"{build['files_cpu'] / pages * 1e3:7.1f} ms without the corpus-wide steps, "
                         f"{build['cpu'] / pages * 1e3:.1f} ms with", f"{pdfium_s / pages * 1e3:6.1f} ms", ""))
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
            engine_s = (engine_before + engine_after) / 2
            print(f"RapidOCR alone: {engine_before:.1f} s before the build, {engine_after:.1f} s after")
            pages, seconds = len(images), build["seconds"]
            files_s = build["timings"]["scan"] + build["timings"]["files"] + build["import"]
            added = files_s / engine_s - 1
            rows.append(("scanned PDF build, end to end", f"{pages / seconds:7.2f} pages/s ({len(scans)} files, {pages} pages, "
                         f"{seconds:.1f} s)", f"RapidOCR alone: {pages / engine_s:5.2f} pages/s ({engine_s:.1f} s)",
                         _verdict(seconds / engine_s - 1 <= TARGETS["ocr_added"])))
            rows.append(("  without corpus-wide steps", f"{pages / files_s:7.2f} pages/s ({files_s:.1f} s)",
                         f"the pipeline adds {added:+.0%} to the engine", _verdict(added <= TARGETS["ocr_added"])))
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
    print(f"\ntargets: TXT >= {TARGETS['txt_notices_per_s']:.0f} notices/s and >= jieba alone; PDF >= "
          f"{TARGETS['pdf_pages_per_s']:.0f} pages/s and within {TARGETS['pdf_vs_pdfium']:.1f}x of pypdfium2; database <= "
          f"{TARGETS['db_per_text']:.0f}x its text; one notice more <= {TARGETS['one_notice_s']:.0f} s; peak < "
          f"{TARGETS['peak_mb']:.0f} MB; no-change rebuild in seconds; scanned PDF: the pipeline adds at most "
          f"{TARGETS['ocr_added']:.0%} to RapidOCR's own time. Load average now {os.getloadavg()[0]:.1f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
