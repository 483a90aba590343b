"""The characters of a PDF page, each with its box and font size, read from pdfium's text page in
one tight loop over pdfium's own C functions (pypdfium2's helpers cost more than the work itself).

A character is a tuple ``(centre y, x0, x1, y0, y1, size, ch)`` in PDF coordinates (origin bottom
left, y0 the bottom), in pdfium's order; pdf_lines groups them into lines and pdf_tables reads
table cells from them.
"""

from __future__ import annotations

from array import array
from ctypes import byref, c_float, c_ushort
from struct import Struct

import pypdfium2.raw as raw
from pypdfium2 import PdfiumError

from pipeline.read import pdf_ctypes

_FS_RECTF = Struct("4f")  # left, top, right, bottom: unpacked faster than a ctypes array's [:]

# every code point for which str.isspace() is true, among those page_chars keeps: read as " "
SPACES = frozenset([9, 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000])


def page_chars(page) -> tuple[list[tuple], int]:
    """The page's characters (see the module docstring) and how many could not be mapped to
    Unicode. ``page`` is pdfium's page handle (FPDF_PAGE); a PdfPage works too."""
    get_unicode = pdf_ctypes.get_unicode
    is_generated = pdf_ctypes.is_generated
    get_box = pdf_ctypes.get_loose_char_box
    get_size = pdf_ctypes.get_font_size
    tp = raw.FPDFText_LoadPage(page)  # not PdfPage.get_textpage(): see the page in pdf.read_pdf
    if not tp:
        raise PdfiumError("Failed to load text page.")  # as page.get_textpage()
    try:
        h = pdf_ctypes.handle(tp)
        n = raw.FPDFText_CountChars(tp)
        box = (c_float * 4)()  # FS_RECTF: left, top, right, bottom
        box_ref = byref(box)
        read_box = _FS_RECTF.unpack_from
        spaces = SPACES
        out = []
        append = out.append
        bad = 0
        for i, u in enumerate(_codes(tp, n) or (get_unicode(h, i) for i in range(n))):
            if not (0x21 <= u < 0xD800 or 0xF8FF < u < 0xFFFD or u > 0xFFFF):
                # rare: spaces, controls, surrogates, private use, replacement characters
                if u == 0x20:
                    if is_generated(h, i) == 1:
                        continue  # pdfium's own word and line breaks (always " ", "\r" or "\n")
                elif u != 9:  # \t is kept (as a space); \r, \n and other controls are not
                    if u == 0 or u >= 0xE000:
                        bad += 1  # no Unicode mapping (surrogate halves are skipped: astral
                        # characters are rare here)
                    continue
            if not get_box(h, i, box_ref):
                continue  # pdfium could not place this character
            left, top, right, bottom = read_box(box)
            if right < left:
                left, right = right, left
            if top < bottom:
                bottom, top = top, bottom
            size = get_size(h, i) or (top - bottom) or 10.0
            append(((bottom + top) / 2, left, right, bottom, top, size, " " if u in spaces else chr(u)))
        return out, bad
    finally:
        raw.FPDFText_ClosePage(tp)


def _codes(tp, n: int) -> array | None:
    """The code of each of the text page's ``n`` characters (what FPDFText_GetUnicode gives one at a
    time), in one call; None if pdfium's text is not one UTF-16 unit per character. (An array read
    from the buffer's bytes: slicing the ctypes buffer makes an int at a time, 30 times slower.)"""
    buffer = (c_ushort * (n + 1))()
    if raw.FPDFText_GetText(tp, 0, n, buffer) != n + 1:
        return None
    codes = array("H", bytes(buffer))
    del codes[n:]  # the terminating NUL
    return codes
