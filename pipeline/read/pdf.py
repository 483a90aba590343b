"""PDF reader: the document opened and checked, its pages read into blocks, the text assembled.

Everything comes from one pass of pypdfium2 over each page (pdfium parses the page once):

- characters: every character with its box and font size (pdf_chars, through pdfium's own C
  functions, pdf_ctypes);
- lines: characters grouped into lines by position (pdf_lines);
- tables: on pages that draw enough paths to hold a ruled table, pdfplumber's "lines" table
  finder fed with the ruling lines of those paths (pdf_paths) and the characters already read
  (pdf_tables); the characters inside a table are left out of the lines;
- paragraphs: running headers and page numbers dropped, lines joined by layout (pdf_paragraphs).

Refused with a ReadError: a damaged or encrypted file, no pages or more than PDF_MAX_PAGES, a text
layer whose fonts mostly have no Unicode mapping, or no text layer at all.
"""

from __future__ import annotations

import re
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.read.pdf_chars import page_chars
from pipeline.read.pdf_lines import group_lines
from pipeline.read.pdf_paragraphs import Page, assemble, drop_running_lines
from pipeline.read.pdf_paths import may_hold_table
from pipeline.read.pdf_tables import Table, in_boxes, page_tables
from pipeline.read.source import ReadError

PDF_MAX_PAGES = 2000
_LOCK = threading.Lock()  # pdfium is not thread-safe


def read_pdf(path: str, data: bytes) -> tuple[str, list[int], dict]:
    """The PDF's text (one paragraph per line), the offset where each page starts, and metadata
    (the page count, the pages without text)."""
    with _LOCK:
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
        for i in range(n):
            # pdfium's own page handle, passed to the functions below: pypdfium2's PdfPage (pdf[i])
            # adds about 0.1 ms a page of bookkeeping (weak references, finalizers)
            page = raw.FPDF_LoadPage(pdf, i)
            if not page:
                raise pdfium.PdfiumError("Failed to load page.")  # as pdf[i]
            try:
                w, h = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                chars, bad = page_chars(page)
                unmapped += bad
                total += len(chars) + bad
                tables: list[Table] = []
                boxes: list[tuple[float, float, float, float]] = []
                if chars and may_hold_table(page):
                    tables, boxes = page_tables(page, chars, i, h)
                if boxes:
                    chars = [c for c in chars if not in_boxes(c, boxes)]
                lines = group_lines(chars, i)
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
    drop_running_lines(pages)
    text, starts = assemble(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        raise ReadError(path, "the PDF has no text layer (a scanned image?); OCR it first")
    meta = {"pages": len(pages)}
    if empty_pages:
        meta["pages_without_text"] = empty_pages
    return text, starts, meta
