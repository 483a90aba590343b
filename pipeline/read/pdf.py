"""PDF reader: the document opened and checked, its pages read into blocks, the text assembled.

Everything comes from one pass of pypdfium2 over each page (pdfium parses the page once):

- characters: every character with its box and font size (pdf_chars, through pdfium's own C
  functions, pdf_ctypes);
- lines: characters grouped into lines by position (pdf_lines);
- tables: on pages that draw enough paths to hold a ruled table, pdfplumber's "lines" table
  finder fed with the ruling lines of those paths (pdf_paths) and the characters already read
  (pdf_tables); the characters inside a table are left out of the lines;
- paragraphs: running headers and page numbers dropped, lines joined by layout (pdf_paragraphs).

A page without a usable text layer (almost no characters under an image covering it: a scan; or
glyphs mostly without Unicode mapping) is rendered and read by OCR instead (pipeline.read.ocr); a
page with a text layer never is.

Refused with a ReadError: a damaged or encrypted file, no pages or more than PDF_MAX_PAGES, or no
text found either way.
"""

from __future__ import annotations

import re
import threading
from ctypes import byref, c_float

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.module_loading import collector_paused
from pipeline.read.ocr import MIN_TEXT_CHARS, OCR_DPI, assembled, needs_ocr, ocr_image_lines, visible
from pipeline.read.pdf_chars import page_char_arrays
from pipeline.read.pdf_lines import group_lines, group_page_lines
from pipeline.read.pdf_paragraphs import Page, assemble, drop_running_lines
from pipeline.read.pdf_paths import may_hold_table
from pipeline.read.pdf_table_pages import join_rows_split_by_pages
from pipeline.read.pdf_tables import Table, in_boxes, page_tables
from pipeline.read.source import ReadError

PDF_MAX_PAGES = 2000
_LOCK = threading.Lock()  # pdfium is not thread-safe


def read_pdf(path: str, data: bytes) -> tuple[str, list[int], dict]:
    """The PDF's text (one paragraph per line), the offset where each page starts, and metadata
    (the page count, the pages without text, the pages read by OCR with the confidence of each of
    their lines as [start, end, confidence] in the text)."""
    # The collector paused: reading makes a tuple per character (hundreds a page) that holds no reference cycle, and in a
    # process holding the loaded pipeline (about two million objects) the collector's passes over them cost about 8 %.
    with _LOCK, collector_paused():
        return _read_pdf(path, data)


def _read_pdf(path: str, data: bytes) -> tuple[str, list[int], dict]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise ReadError(path, "the PDF is encrypted (password-protected); save an unprotected copy") from None
        if code == raw.FPDF_ERR_SECURITY:
            raise ReadError(path, "the PDF is encrypted with an unsupported security handler") from None
        raise ReadError(path, "it is not a valid PDF (the file is damaged or truncated)") from None
    try:
        n = len(pdf)
        if n == 0:
            raise ReadError(path, "the PDF has no pages")
        if n > PDF_MAX_PAGES:
            raise ReadError(path, f"the PDF is too large ({n} pages; the limit is {PDF_MAX_PAGES})")
        pages: list[Page] = []
        unmapped = total = 0
        empty_pages = []
        ocr_pages = []
        for i in range(n):
            # pdfium's own page handle, passed to the functions below: pypdfium2's PdfPage (pdf[i])
            # adds about 0.1 ms a page of bookkeeping (weak references, finalizers)
            page = raw.FPDF_LoadPage(pdf, i)
            if not page:
                raise pdfium.PdfiumError("Failed to load page.")  # as pdf[i]
            try:
                w, h = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                chars, bad = page_char_arrays(page)
                # a page of mapped text (nearly every page) is never looked at further
                shown = visible(chars.tuples()) if bad or len(chars) < MIN_TEXT_CHARS else MIN_TEXT_CHARS
                cover = image_cover(page, w, h) if shown < MIN_TEXT_CHARS else 0.0
                if needs_ocr(shown, bad, cover):
                    lines = ocr_pdf_page(pdf, i, h)
                    ocr_pages.append(i + 1)
                    if not lines:
                        empty_pages.append(i + 1)
                    pages.append(Page(w, h, lines))
                    continue
                unmapped += bad
                total += len(chars) + bad
                tables: list[Table] = []
                boxes: list[tuple[float, float, float, float]] = []
                if len(chars) and may_hold_table(page):
                    listed = chars.tuples()
                    tables, boxes = page_tables(page, listed, i, h)
                # the characters inside a table are left out of the lines (rare: as tuples)
                if boxes:
                    lines = group_lines([c for c in listed if not in_boxes(c, boxes)], i)
                else:
                    lines = group_page_lines(chars, i)
                if not lines and not tables:
                    empty_pages.append(i + 1)
                blocks = sorted(lines + tables, key=lambda b: -(b.y1))
                pages.append(Page(w, h, blocks))
            finally:
                raw.FPDF_ClosePage(page)
    finally:
        pdf.close()

    if total and unmapped / total > 0.5:
        raise ReadError(
            path,
            "the PDF's text layer cannot be decoded (its fonts have no Unicode mapping); OCR it first",
        )
    confidence = []
    if ocr_pages:
        text, starts, confidence = assembled(pages)
    else:
        drop_running_lines(pages)
        join_rows_split_by_pages(pages)
        text, starts = assemble(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        if ocr_pages:
            raise ReadError(path, "the PDF has no text layer and OCR found no text on its pages")
        raise ReadError(path, "the PDF has no text layer and no page image to OCR")
    meta = {"pages": len(pages)}
    if empty_pages:
        meta["pages_without_text"] = empty_pages
    if ocr_pages:
        meta["ocr_pages"] = ocr_pages
        meta["ocr_confidence"] = confidence
    return text, starts, meta


def image_cover(page, width: float, height: float) -> float:
    """The share of the page that its image objects cover (overlaps counted twice, at most 1)."""
    area = 0.0
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        if raw.FPDFPageObj_GetBounds(obj, byref(left), byref(bottom), byref(right), byref(top)):
            w = min(right.value, width) - max(left.value, 0.0)
            h = min(top.value, height) - max(bottom.value, 0.0)
            if w > 0 and h > 0:
                area += w * h
    return min(1.0, area / (width * height)) if width > 0 and height > 0 else 0.0


def ocr_pdf_page(pdf, index: int, height: float) -> list:
    """The lines of page ``index`` rendered at OCR_DPI and read by OCR."""
    scale = OCR_DPI / 72
    page = pdf[index]
    try:
        bitmap = page.render(scale=scale, grayscale=True)
        image = bitmap.to_numpy()
    finally:
        page.close()
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    return ocr_image_lines(image, index, scale, height)
