"""The baselines of ``scripts/bench.py``: each library doing its part of the work alone, in the
bench's own process, the library loaded before the clock starts, timed in wall and CPU seconds —
jieba segmenting the TXT notices, pypdfium2 extracting the PDFs' text, RapidOCR reading the scanned
pages — and the PDF reader alone against pypdfium2 alone on the same files."""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    """Wall and CPU seconds of this process from ``start()`` to ``stop()``."""

    def start(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def stop(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def mean_of(*runs: tuple[float, float]) -> tuple[float, float]:
    return sum(r[0] for r in runs) / len(runs), sum(r[1] for r in runs) / len(runs)


def jieba_alone(texts: list[str]) -> tuple[float, tuple[float, float]]:
    """(seconds to load jieba and the user dictionary, (seconds, CPU seconds) to segment every text)
    on one core."""
    import jieba

    jieba.setLogLevel(60)
    start = time.perf_counter()
    jieba.initialize()
    user_dictionary = ROOT / "extractors" / "data" / "policy_terms.txt"
    if user_dictionary.exists():
        jieba.load_userdict(str(user_dictionary))
    loaded = time.perf_counter()
    clock = Clock().start()
    for text in texts:
        jieba.lcut(text)
    return loaded - start, clock.stop()


# jieba segmenting every file of a folder as ``notices build`` starts: in a fresh process, the
# interpreter, the import and the dictionaries' loading included; its CPU seconds printed
JIEBA_END_TO_END = """
import resource, sys
from pathlib import Path
import jieba
jieba.setLogLevel(60)
jieba.initialize()
if Path(sys.argv[2]).exists():
    jieba.load_userdict(sys.argv[2])
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    jieba.lcut(path.read_text(encoding="utf-8"))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_utime + usage.ru_stime)
"""


def jieba_end_to_end(folder: Path) -> float:
    """CPU seconds of jieba segmenting every ``.txt`` file of ``folder`` end to end, as the build
    is counted: a fresh process (interpreter start, import, loading its dictionaries, reading the
    files) on one core."""
    import subprocess
    import sys

    user_dictionary = ROOT / "extractors" / "data" / "policy_terms.txt"
    out = subprocess.run([sys.executable, "-c", JIEBA_END_TO_END, str(folder), str(user_dictionary)],
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def pdfium_alone(paths: list[Path]) -> tuple[int, tuple[float, float]]:
    """(pages, (seconds, CPU seconds)) for pypdfium2 to open every PDF and extract the text of every
    page, one core."""
    import pypdfium2 as pdfium

    pages = 0
    clock = Clock().start()
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
    return pages, clock.stop()


def reader_against_pdfium(paths: list[Path], rounds: int = 3) -> tuple[float, float]:
    """(CPU seconds of pipeline.read reading ``paths``, of pypdfium2 alone extracting their text),
    both in this process, alternated ``rounds`` times, the least of each: the reader's own cost,
    without start-up, extraction or writing."""
    from pipeline.read import read_source

    reader, pdfium = [], []
    for _ in range(rounds):
        clock = Clock().start()
        for path in paths:
            read_source(str(path))
        reader.append(clock.stop()[1])
        pdfium.append(pdfium_alone(paths)[1][1])
    return min(reader), min(pdfium)


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


def rapidocr_alone(images: list) -> tuple[float, float]:
    """(seconds, CPU seconds) for RapidOCR alone (its engine made first, not timed) to read every image."""
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()
    clock = Clock().start()
    for image in images:
        engine(np.repeat(image[:, :, None], 3, axis=2) if image.ndim == 2 else image)
    return clock.stop()
