"""OCR of one page image with RapidOCR (PP-OCR's Chinese detection, direction and recognition
models, shipped inside the rapidocr-onnxruntime wheel: nothing is downloaded at run time), and the
pages that need it: a PDF page whose text layer is missing (almost no characters under an image
that covers the page) or cannot be decoded (most of its glyphs have no Unicode mapping).

The engine is made once per process, on the first page that needs it (``engine``); its result per
page is a list of lines (ocr_lines) and the text assembled from them keeps each line's confidence
(``confidence_ranges``).
"""

from __future__ import annotations

import multiprocessing

import numpy as np

from pipeline.read.ocr_lines import OcrLine, page_lines
from pipeline.read.ocr_repair import box_text
from pipeline.read.ocr_tables import page_tables
from pipeline.read.pdf_table_pages import join_rows_split_by_pages
from pipeline.read.pdf_lines import Line, median
from pipeline.read.pdf_paragraphs import Page, assemble, drop_running_lines
from pipeline.read.pdf_tables import Table

OCR_DPI = 200  # pages are rendered at this resolution: body text 40-odd pixels high
MIN_TEXT_CHARS = 10  # a page with fewer visible characters than this has no text layer to speak of
MIN_IMAGE_COVER = 0.3  # …when images cover at least this share of it
MIN_IMAGE_SIDE = 16  # pixels: anything smaller holds no readable character

_ENGINE = None


def engine():
    """The process's RapidOCR engine."""
    global _ENGINE
    if _ENGINE is None:
        # imported on the first page that needs OCR, not with this module: onnxruntime, OpenCV and
        # the models cost a text-only build a third of a second and 100 MB per worker for nothing
        from rapidocr_onnxruntime import RapidOCR

        # in a build's worker process, one thread: the pool has a worker per core, and an engine
        # per worker using every core would have their threads contend; alone, every core
        threads = {"intra_op_num_threads": 1} if multiprocessing.parent_process() is not None else {}
        _ENGINE = RapidOCR(**threads)
    return _ENGINE


def recognise(image: np.ndarray) -> list[tuple]:
    """(4 corner points, text, confidence) of each text box RapidOCR finds in ``image`` (an
    H×W×3 BGR array or an H×W grey one)."""
    if image.shape[0] < MIN_IMAGE_SIDE or image.shape[1] < MIN_IMAGE_SIDE:
        return []
    ocr = engine()
    import cv2  # OpenCV comes with RapidOCR, imported by it above

    # a 3×3 median removes the specks of a scan, which the recogniser reads as marks (、 as ：)
    image = cv2.medianBlur(np.ascontiguousarray(image), 3)
    if image.ndim == 2:
        image = np.repeat(image[:, :, None], 3, axis=2)
    result, _ = ocr(image)
    return [(points, text, score) for points, text, score in (result or [])]


def ocr_image_lines(image: np.ndarray, page: int, scale: float, page_height: float) -> list:
    """The blocks of ``image``, a page rendered at ``scale`` pixels per point, top to bottom: its
    ruled tables (ocr_tables) and the lines of the text outside them."""
    recognised = [(points, box_text(text), score) for points, text, score in recognise(image)]
    tables, outside = page_tables(image, recognised, page, scale, page_height)
    lines = page_lines(outside, page, scale, page_height)
    return sorted(lines + tables, key=lambda block: -block.y1) if tables else lines


def needs_ocr(visible_chars: int, unmapped: int, image_cover: float) -> bool:
    """Whether a PDF page is read by OCR rather than from its text layer."""
    if unmapped > visible_chars:
        return True  # glyphs without Unicode: the layer is there but cannot be read
    return visible_chars < MIN_TEXT_CHARS and image_cover >= MIN_IMAGE_COVER


def confidence_ranges(text: str, lines: list[Line]) -> list[list]:
    """[start, end, confidence] in ``text`` of each OCR'd line among ``lines`` (every line of the
    document in reading order, each found in ``text`` after the one before it)."""
    ranges = []
    at = 0
    for line in lines:
        found = text.find(line.text, at)
        if found < 0:
            continue  # a running header dropped, or spacing changed in the join: not in the text
        at = found + len(line.text)
        if isinstance(line, OcrLine):
            ranges.append([found, at, round(line.confidence, 3)])
    return ranges


def assembled(pages: list[Page]) -> tuple[str, list[int], list[list]]:
    """The text of ``pages`` (text pages and OCR'd pages alike: running lines dropped, lines joined
    into paragraphs by pdf_paragraphs), where each page starts, and the confidence ranges of the
    OCR'd lines in it."""
    align_margins(pages)
    drop_running_lines(pages)
    join_rows_split_by_pages(pages)
    text, starts = assemble(pages)
    lines = [b for pg in pages for b in pg.blocks if isinstance(b, Line)]
    return text, starts, confidence_ranges(text, lines)


def align_margins(pages: list[Page]) -> None:
    """Move the lines of each OCR'd page, in place, so that its left margin is the document's: a
    sheet lies a little further left or right on the scanner each time, and paragraph assembly
    reads indents against one margin. The document's margin is its text pages' when it has some,
    else the median of its scanned pages'."""
    ocr_pages = [pg for pg in pages if any(isinstance(b, OcrLine) for b in pg.blocks)
                 and all(isinstance(b, (OcrLine, Table)) for b in pg.blocks)]
    margins = {id(pg): page_margin([b for b in pg.blocks if isinstance(b, OcrLine)]) for pg in ocr_pages}
    text_lines = [b for pg in pages for b in pg.blocks if isinstance(b, Line) and not isinstance(b, OcrLine)]
    target = page_margin(text_lines) if text_lines else median(list(margins.values())) if margins else 0.0
    for pg in ocr_pages:
        shift = target - margins[id(pg)]
        for line in pg.blocks:
            if isinstance(line, OcrLine):
                line.x0 += shift
                line.x1 += shift


def page_margin(lines: list[Line]) -> float:
    """Where most lines start: the most common start (to a third of an em), its lines' median."""
    em = median([b.size for b in lines])
    step = em / 3
    buckets: dict[int, list[float]] = {}
    for b in lines:
        buckets.setdefault(round(b.x0 / step), []).append(b.x0)
    most = max(buckets.values(), key=lambda xs: (len(xs), -min(xs)))
    return median(most)


def visible(chars: list[tuple]) -> int:
    return sum(1 for c in chars if not c[6].isspace())

