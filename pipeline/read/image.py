"""Image files (PNG, JPEG, TIFF — a scan or a photographed page) read by OCR: one page per image,
or per frame of a multi-page TIFF, each turned upright as its EXIF orientation says, then read and
assembled as the scanned pages of a PDF are (pipeline.read.ocr).
"""

from __future__ import annotations

import io
import warnings

import numpy as np

from pipeline.read.ocr import assembled, ocr_image_lines
from pipeline.read.pdf_paragraphs import Page
from pipeline.read.source import ReadError

A4_WIDTH_POINTS = 595.0  # an image without a resolution is taken as a page this wide
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
        height = upright.height / scale
        pages.append(Page(A4_WIDTH_POINTS, height, ocr_image_lines(bgr, index, scale, height)))
    text, starts, confidence = assembled(pages)
    if not text.strip():
        raise ReadError(path, f"OCR found no text in this {kind.upper()} image")
    meta = {"pages": len(pages), "image": kind, "ocr_pages": list(range(1, len(pages) + 1)),
            "ocr_confidence": confidence}
    return text, starts, meta
