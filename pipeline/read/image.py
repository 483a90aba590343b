"""Image files (PNG, JPEG, TIFF — a scan or a photographed page) read by OCR: one page per image,
or per frame of a multi-page TIFF, or per page-high piece of a long image (pages stacked into one
picture, a long screenshot: page_slices), each turned upright as its EXIF orientation says, then read
and assembled as the scanned pages of a PDF are (pipeline.read.ocr).
"""

from __future__ import annotations

import io
import warnings

import numpy as np

from pipeline.read.ocr import assembled, ocr_image_lines
from pipeline.read.pdf_paragraphs import Page
from pipeline.read.source import ReadError

A4_WIDTH_POINTS = 595.0  # an image without a resolution is taken as a page this wide
A4_HEIGHT_RATIO = 842.0 / 595.0
TALL_RATIO = 2.0  # an image more than twice as tall as wide holds more than a page (a long screenshot)
CUT_SEARCH = 0.25  # a cut is looked for within a quarter of a page's height of the page's end
INK_LEVEL = 160  # grey levels below this are ink
BLANK_ROW_INK = 0.003  # a row with less ink than this share of its pixels is blank (specks aside)
IMAGE_MAX_PAGES = 200
IMAGE_MAX_PIXELS = 60_000_000  # a larger image is refused, not decoded (a decompression bomb)


def read_image(path: str, data: bytes, kind: str) -> tuple[str, list[int], dict]:
    """The image's text (one paragraph per line), where each page starts, and metadata (the
    format, the page count, the confidence of each line as in read_pdf)."""
    from PIL import Image, ImageOps, ImageSequence  # Pillow is only needed here

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
            picture.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ReadError(path, f"the {kind.upper()} image is too large to read") from None
    except Exception:  # noqa: BLE001 — Pillow raises many kinds for a damaged file
        raise ReadError(path, f"it is not a valid {kind.upper()} image (the file is damaged or truncated)") from None
    pages = []
    for index, frame in enumerate(ImageSequence.Iterator(picture)):
        if index >= IMAGE_MAX_PAGES:
            raise ReadError(path, f"the {kind.upper()} image has more than {IMAGE_MAX_PAGES} pages")
        if frame.width * frame.height > IMAGE_MAX_PIXELS:
            raise ReadError(path, f"the {kind.upper()} image is too large to read ({frame.width}×{frame.height} pixels)")
        upright = ImageOps.exif_transpose(frame).convert("RGB")
        scale = upright.width / A4_WIDTH_POINTS  # pixels per point
        bgr = np.asarray(upright)[:, :, ::-1]
        for top, bottom in page_slices(np.asarray(upright.convert("L"))):
            height = (bottom - top) / scale
            piece = np.ascontiguousarray(bgr[top:bottom])
            pages.append(Page(A4_WIDTH_POINTS, height, ocr_image_lines(piece, len(pages), scale, height)))
    text, starts, confidence = assembled(pages)
    if not text.strip():
        raise ReadError(path, f"OCR found no text in this {kind.upper()} image")
    meta = {"pages": len(pages), "image": kind, "ocr_pages": list(range(1, len(pages) + 1)),
            "ocr_confidence": confidence}
    return text, starts, meta


def page_slices(grey: np.ndarray) -> list[tuple[int, int]]:
    """The rows (top, bottom) of each page of an image: the whole image, or for a long image (pages
    stacked into one picture, a long screenshot) pieces about an A4 page high, each cut at the blank
    row nearest a page's end, so that no line of text is cut and each piece's running header and
    page number sit at its edges, where they are dropped as on a PDF's pages."""
    height, width = grey.shape[:2]
    if height <= TALL_RATIO * width:
        return [(0, height)]
    page = int(width * A4_HEIGHT_RATIO)
    blank = (grey < INK_LEVEL).sum(axis=1) <= BLANK_ROW_INK * width
    cuts = [0]
    while height - cuts[-1] > page * (1 + CUT_SEARCH):
        want = cuts[-1] + page
        window = range(max(cuts[-1] + 1, want - int(page * CUT_SEARCH)), min(height - 1, want + int(page * CUT_SEARCH)))
        candidates = [row for row in window if blank[row]]
        cuts.append(min(candidates, key=lambda row: abs(row - want)) if candidates else want)
    return list(zip(cuts, cuts[1:] + [height]))
