"""The corpora ``scripts/bench.py`` builds: generated TXT notices, the same notices printed to PDF,
copies of the scanned samples.

The TXT notices recombine and renumber the sample notices of ``corpus/``: each keeps the structure
of one sample, some of its sentences are swapped for sentences of the others, and its 发文字号 gets
a year and serial no other notice has, so that every generated notice is a notice of its own.

The PDF notices are the same generated notices (the first ``count`` of them, the same generator
and seed), laid out as official documents as the fixture PDFs are (``make_fixtures.sample_docx``)
and printed by LibreOffice. Distinct notices, not copies of the fixtures: a corpus of copies of a
few PDFs would make the copies step set all but a few of them aside, work that the TXT corpus never
asks for, and the PDF build would be charged for it. LibreOffice takes up to a second a notice,
so printed PDFs are kept in a cache folder by the digest of their text and made once
(``NOTICES_BENCH_CACHE``, default ``~/.cache/notices-bench``). Without LibreOffice the PDF corpus
falls back to copies of the fixture PDFs, and the bench says so.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus"
PDF_FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
SCAN_FIXTURES = ROOT / "tests" / "fixtures" / "scan"
DOC_NUMBER = re.compile(r"〔(\d{4})〕(\d+)号")
CACHE = Path(os.environ.get("NOTICES_BENCH_CACHE", Path.home() / ".cache" / "notices-bench"))
PRINT_BATCH = 50  # notices per LibreOffice run (one start-up of LibreOffice for each batch)


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。\n]+。", text) if 12 <= len(s) <= 160]


def generated_notices(count: int, seed: int = 0) -> list[str]:
    """``count`` notices, each unique, each with its own 文号 (the i-th is the same for any count)."""
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not samples:
        sys.exit(f"no sample notices in {SAMPLES}")
    pool = [s for text in samples for s in _sentences(text)]
    notices = []
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
        notices.append("\n".join(lines))
    return notices


def make_txt_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """``count`` generated notices in ``folder`` (100 per subfolder)."""
    written = []
    for i, text in enumerate(generated_notices(count, seed)):
        path = folder / f"{i // 100:03d}" / f"{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def make_pdf_corpus(folder: Path, count: int) -> tuple[list[Path], str]:
    """``count`` generated notices as PDFs in ``folder``, and what they are (a line for the bench)."""
    from pipeline.read.convert import find_converter  # the reader's own choice of LibreOffice

    soffice = find_converter()
    if soffice is None:
        return (fixture_copies(folder, count),
                "copies of the fixture PDFs (no LibreOffice to print distinct notices: the copies step "
                "sets all but a few aside, which a corpus of distinct notices never asks for)")
    texts = generated_notices(count)
    cache = CACHE / "pdf"
    cache.mkdir(parents=True, exist_ok=True)
    cached = [cache / f"{hashlib.sha256(text.encode()).hexdigest()[:24]}.pdf" for text in texts]
    missing = [(text, path) for text, path in zip(texts, cached) if not path.exists()]
    if missing:
        print(f"printing {len(missing)} generated notices to PDF with LibreOffice (kept in {cache}) …", flush=True)
    for start in range(0, len(missing), PRINT_BATCH):
        _print_pdfs(soffice, missing[start:start + PRINT_BATCH])
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i, source in enumerate(cached):
        path = folder / f"{i:05d}.pdf"
        shutil.copyfile(source, path)
        written.append(path)
    return written, f"the first {count} generated TXT notices laid out as the fixture PDFs and printed by LibreOffice"


def _print_pdfs(soffice: str, notices: list[tuple[str, Path]]) -> None:
    """Each (text, target) laid out as an official document and printed to its target PDF."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_fixtures import sample_docx  # the fixture PDFs' layout

    with tempfile.TemporaryDirectory(prefix="notices-bench-print-") as work:
        work_dir = Path(work)
        documents = []
        for text, target in notices:
            txt = work_dir / f"{target.stem}.txt"
            txt.write_text(text, encoding="utf-8")
            documents.append(work_dir / f"{target.stem}.docx")
            sample_docx(txt, documents[-1])
        subprocess.run([soffice, f"-env:UserInstallation={(work_dir / 'profile').as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work_dir / "pdf"), *map(str, documents)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60 * len(documents))
        for _, target in notices:
            printed = work_dir / "pdf" / f"{target.stem}.pdf"
            if not printed.exists():
                sys.exit(f"LibreOffice did not print {target.stem} to PDF")
            shutil.move(printed, target.with_suffix(".part"))
            os.replace(target.with_suffix(".part"), target)  # a cached file is whole or absent


def fixture_copies(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the fixture PDFs, each made unique by a comment after ``%%EOF``."""
    fixtures = sorted(PDF_FIXTURES.glob("*.pdf"))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        source = fixtures[i % len(fixtures)]
        path = folder / f"{i:05d}_{source.name}"
        path.write_bytes(source.read_bytes() + f"\n% bench copy {i}\n".encode())
        written.append(path)
    return written


def make_scan_corpus(folder: Path, pages: int, files: int = 2) -> list[Path]:
    """Copies of the scanned sample PDFs (image only) holding at least ``pages`` pages, each unique,
    and at least ``files`` of them (a build of one file runs in its own process, without workers)."""
    import pypdfium2 as pdfium

    fixtures = sorted(SCAN_FIXTURES.glob("0*.pdf"))
    written, total = [], 0
    while total < pages or len(written) < files:
        source = fixtures[len(written) % len(fixtures)]
        path = folder / f"{len(written):05d}_{source.name}"
        path.write_bytes(source.read_bytes() + f"\n% bench copy {len(written)}\n".encode())
        written.append(path)
        total += len(pdfium.PdfDocument(str(path)))
    return written
