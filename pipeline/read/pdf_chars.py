"""The characters of a PDF page, each with its box and font size, read from pdfium's text page with
pdfium's own C functions called from C (map over bare prototypes: no Python bytecode per call) and
the boxes turned the right way round for the whole page at once.

A character is a tuple ``(centre y, x0, x1, y0, y1, size, ch)`` in PDF coordinates (origin bottom
left, y0 the bottom), in pdfium's order; pdf_lines groups them into lines and pdf_tables reads
table cells from them. page_char_arrays gives the same characters as arrays (PageChars), from
which pdf_lines groups a page of text without an object per character.
"""

from __future__ import annotations

from ctypes import byref, c_float, c_ushort
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pypdfium2.raw as raw
from pypdfium2 import PdfiumError

from pipeline.read import pdf_ctypes

# every code point for which str.isspace() is true, among those page_chars keeps: read as " "
SPACES = frozenset([9, 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000])
# which codes are spaces, by code (a code past the table's end is none)
_IS_SPACE = np.zeros(max(SPACES) + 2, bool)
_IS_SPACE[list(SPACES)] = True


@dataclass
class PageChars:
    """A page's characters as arrays (float64, one item a character, in pdfium's order) and their
    text (one character each, every space as " "): what page_chars gives as tuples, kept in arrays
    so that a page of text is grouped into lines without an object per character (pdf_lines)."""

    centre: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    y0: np.ndarray
    y1: np.ndarray
    size: np.ndarray
    text: str

    def __len__(self) -> int:
        return len(self.text)

    @classmethod
    def of(cls, chars: list[tuple]) -> PageChars:
        """The arrays of characters given as page_chars's tuples."""
        columns = [np.array(c, np.float64) for c in list(zip(*chars))[:6]] if chars else [np.zeros(0)] * 6
        return cls(*columns, "".join(c[6] for c in chars))

    def tuples(self) -> list[tuple]:
        """The characters as page_chars's tuples."""
        return list(zip(self.centre.tolist(), self.x0.tolist(), self.x1.tolist(), self.y0.tolist(),
                        self.y1.tolist(), self.size.tolist(), self.text))


def page_chars(page) -> tuple[list[tuple], int]:
    """The page's characters (see the module docstring) and how many could not be mapped to
    Unicode. ``page`` is pdfium's page handle (FPDF_PAGE); a PdfPage works too."""
    chars, bad = page_char_arrays(page)
    return chars.tuples(), bad


def page_char_arrays(page) -> tuple[PageChars, int]:
    """The page's characters as arrays, and how many could not be mapped to Unicode. ``page`` is
    pdfium's page handle (FPDF_PAGE); a PdfPage works too.

    Kept: the printable characters outside surrogates, private use and replacement characters, a
    space unless pdfium generated it (its word and line breaks), a tab (as a space); 0, private use
    and replacement characters are counted as unmapped. A kept character is left out if pdfium
    cannot place it; its size is its font size, else its box's height, else 10."""
    tp = raw.FPDFText_LoadPage(page)  # not PdfPage.get_textpage(): see the page in pdf.read_pdf
    if not tp:
        raise PdfiumError("Failed to load text page.")  # as page.get_textpage()
    try:
        h = pdf_ctypes.handle(tp)
        n = max(0, raw.FPDFText_CountChars(tp))
        codes = _codes(tp, n) if n else np.zeros(0, np.uint32)
        if codes is None:
            codes = np.fromiter(map(pdf_ctypes.get_unicode, repeat(h), range(n)), np.uint32, n)
        keep, bad = _kept(h, codes)
        indexes = np.flatnonzero(keep).tolist()
        placed = list(map(pdf_ctypes.get_loose_char_box, repeat(h), indexes, _BOXES.refs(len(indexes))))
        size = np.fromiter(map(pdf_ctypes.get_font_size, repeat(h), indexes), np.float64, len(indexes))
        # FS_RECTF: left, top, right, bottom (copied: the buffer is read again on the next page)
        left, top, right, bottom = _BOXES.read(len(indexes)).T
        text = spaces_as_blanks(codes[keep]).astype("<u4").tobytes().decode("utf-32-le")
        if 0 in placed:  # pdfium could not place these characters: left out
            ok = np.array(placed) != 0
            left, top, right, bottom, size = left[ok], top[ok], right[ok], bottom[ok], size[ok]
            text = "".join(ch for ch, p in zip(text, placed) if p)
        # each box the right way round (a NaN compares false: left as it is); pdfium's boxes nearly always are
        flip = right < left
        if flip.any():
            left, right = np.where(flip, right, left), np.where(flip, left, right)
        flip = top < bottom
        if flip.any():
            bottom, top = np.where(flip, top, bottom), np.where(flip, bottom, top)
        if not size.all():  # no font size: the box's height, else 10 (as ``size or height or 10.0``)
            height = top - bottom
            size = np.where(size != 0, size, np.where(height != 0, height, 10.0))
        return PageChars((bottom + top) / 2, left, right, bottom, top, size, text), bad
    finally:
        raw.FPDFText_ClosePage(tp)


def spaces_as_blanks(codes: np.ndarray) -> np.ndarray:
    """The codes (uint32) with every space of SPACES as " " (0x20), in place: in bulk, where the text's
    str.translate would look each character up in a dict (about as many instructions, but 30 µs more CPU
    a page of 480 characters: 1.4% of pypdfium2's own time on it)."""
    codes[_IS_SPACE[np.minimum(codes, len(_IS_SPACE) - 1)]] = 0x20
    return codes


def _kept(h, codes: np.ndarray) -> tuple[np.ndarray, int]:
    """Which characters are kept (see page_chars) and how many are unmapped. Nearly every character
    is printable and decided in bulk; the rest (spaces and line breaks, mostly) one by one."""
    keep = ((codes >= 0x21) & (codes < 0xD800)) | ((codes > 0xF8FF) & (codes < 0xFFFD)) | (codes > 0xFFFF)
    bad = 0
    is_generated = pdf_ctypes.is_generated
    rare = np.flatnonzero(~keep)
    for i, u in zip(rare.tolist(), codes[rare].tolist()):
        if u == 0x20:
            keep[i] = is_generated(h, i) != 1  # pdfium's own word and line breaks are " ", "\r" or "\n"
        elif u == 9:
            keep[i] = True  # \t is kept (as a space); \r, \n and other controls are not
        elif u == 0 or u >= 0xE000:
            bad += 1  # no Unicode mapping (surrogate halves are skipped: astral characters are rare here)
    return keep, bad


def _codes(tp, n: int) -> np.ndarray | None:
    """The code of each of the text page's ``n`` characters (what FPDFText_GetUnicode gives one at a
    time), in one call; None if pdfium's text is not one UTF-16 unit per character."""
    buffer = (c_ushort * (n + 1))()
    if raw.FPDFText_GetText(tp, 0, n, buffer) != n + 1:
        return None
    return np.frombuffer(buffer, np.uint16, n).astype(np.uint32)


class _BoxBuffer:
    """One buffer of FS_RECTF boxes that pdfium writes a page's character boxes into, with a pointer
    argument to each box made once (byref at its offset), so that the boxes are read by mapping the
    prototype over the pointers. Grown as a page needs; used under pdf.read_pdf's lock."""

    def __init__(self):
        self._buffer = (c_float * 0)()
        self._refs: list = []

    def refs(self, count: int) -> list:
        """Pointers to the first ``count`` boxes (the list may be longer)."""
        if count > len(self._refs):
            capacity = max(count, 2 * len(self._refs), 1024)
            self._buffer = (c_float * (4 * capacity))()
            self._refs = [byref(self._buffer, 16 * k) for k in range(capacity)]
        return self._refs

    def read(self, count: int) -> np.ndarray:
        """The first ``count`` boxes as rows of four float64 (a copy)."""
        return np.frombuffer(self._buffer, np.float32, 4 * count).reshape(count, 4).astype(np.float64)


_BOXES = _BoxBuffer()
