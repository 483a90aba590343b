"""The characters of a PDF page, each with its box and font size, read from pdfium's text page with
the fewest Python steps per character: the page's text in one call, and each kept character's box
and font size by pdfium's own C functions mapped over the characters (no Python loop per character;
pypdfium2's helpers cost more than the work itself).

A character is a tuple ``(centre y, x0, x1, y0, y1, size, ch)`` in PDF coordinates (origin bottom
left, y0 the bottom), in pdfium's order; pdf_lines groups them into lines and pdf_tables reads
table cells from them.
"""

from __future__ import annotations

import re
from array import array
from ctypes import byref, c_float, c_ushort
from itertools import compress, repeat

import numpy as np
import pypdfium2.raw as raw
from pypdfium2 import PdfiumError

from extractors.vocab import Examples
from pipeline.read import pdf_ctypes

# every code point for which str.isspace() is true, among those page_chars keeps: read as " "
SPACES = frozenset([9, 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000])
# the characters kept as they are (but those of SPACES, read as " "): printable, outside surrogates,
# private use and the replacement characters; the others (spaces, tabs, controls, unmapped glyphs:
# a few a line, mostly pdfium's own line breaks) are looked at one by one
NOT_PLAIN_RE = re.compile("[^\x21-\ud7ff\uf900-\ufffc\U00010000-\U0010ffff]")
OTHER_SPACE_RE = re.compile("[" + "".join(chr(u) for u in sorted(SPACES) if u > 0x20) + "]")

EXAMPLES = {
    "NOT_PLAIN_RE": Examples(match=(" ", "\t", "\r", "\ue000", "\ufffd", "\ud800"), no_match=("通", "a", "\u3000", "𠀀")),
    "OTHER_SPACE_RE": Examples(match=("\u3000", "\xa0", "\u2003"), no_match=(" ", "\t", "a")),
}


def page_chars(page) -> tuple[list[tuple], int]:
    """The page's characters (see the module docstring) and how many could not be mapped to
    Unicode. ``page`` is pdfium's page handle (FPDF_PAGE); a PdfPage works too."""
    tp = raw.FPDFText_LoadPage(page)  # not PdfPage.get_textpage(): see the page in pdf.read_pdf
    if not tp:
        raise PdfiumError("Failed to load text page.")  # as page.get_textpage()
    try:
        h = pdf_ctypes.handle(tp)
        text = _text(tp, h, raw.FPDFText_CountChars(tp))
        kept, chs, bad = _kept(h, text)
        return _boxed(h, kept, chs), bad
    finally:
        raw.FPDFText_ClosePage(tp)


def _kept(h, text: str) -> tuple[list[int], str, int]:
    """The indexes of the characters kept, their text (spaces as " "), and how many characters have
    no Unicode mapping: a space is kept unless pdfium made it (its word and line breaks: always " ",
    "\\r" or "\\n"), a tab is kept as a space, other controls, surrogate halves (astral characters are
    rare here), private use and replacement characters are not; those without a mapping (0, private
    use, replacement) are counted."""
    is_generated = pdf_ctypes.is_generated
    kept: list[int] = []
    parts: list[str] = []
    bad = start = 0
    for m in NOT_PLAIN_RE.finditer(text):
        i = m.start()
        kept.extend(range(start, i))
        parts.append(text[start:i])
        start = i + 1
        u = ord(m[0])
        if u == 9 or (u == 0x20 and is_generated(h, i) != 1):
            kept.append(i)
            parts.append(" ")
        elif u == 0 or u >= 0xE000:
            bad += 1
    kept.extend(range(start, len(text)))
    parts.append(text[start:])
    return kept, OTHER_SPACE_RE.sub(" ", "".join(parts)), bad


def _boxed(h, kept: list[int], chs: str) -> list[tuple]:
    """The characters ``kept`` (their text ``chs``) with their loose boxes and font sizes (a size
    of 0 taken as the box's height, or 10); those pdfium cannot place left out."""
    n = len(kept)
    buffer = (c_float * (4 * n))()  # FS_RECTF each: left, top, right, bottom
    placed = list(map(pdf_ctypes.get_loose_char_box, repeat(h, n), kept, map(byref, repeat(buffer, n), range(0, 16 * n, 16))))
    sizes = list(map(pdf_ctypes.get_font_size, repeat(h, n), kept))
    # as Python floats: each float32 widened to a double, the centre's sum and half in doubles
    lefts, tops, rights, bottoms = np.frombuffer(buffer, np.float32).reshape(-1, 4).astype(np.float64).T
    lefts, rights = _ordered(lefts, rights)
    bottoms, tops = _ordered(bottoms, tops)
    centres = ((bottoms + tops) / 2).tolist()
    bottoms, tops = bottoms.tolist(), tops.tolist()
    if 0.0 in sizes:  # rare: no font size
        sizes = [s or (t - b) or 10.0 for s, b, t in zip(sizes, bottoms, tops)]
    chars = zip(centres, lefts.tolist(), rights.tolist(), bottoms, tops, sizes, chs)
    return list(compress(chars, placed)) if 0 in placed else list(chars)


def _ordered(low, high):
    """``low`` and ``high`` swapped where ``high`` is less (a box given the wrong way round; a NaN
    compares as not less)."""
    swapped = high < low
    if not swapped.any():
        return low, high
    return np.where(swapped, high, low), np.where(swapped, low, high)


def _text(tp, h, n: int) -> str:
    """The text page's ``n`` characters as a string of ``n`` (one code point each: what
    FPDFText_GetUnicode gives one at a time)."""
    codes = _codes(tp, n)
    if codes is not None:
        text = codes.tobytes().decode("utf-16-le", "surrogatepass")
        if len(text) == n:  # no surrogate pair (joined in one character by the decoding)
            return text
    else:
        codes = map(pdf_ctypes.get_unicode, repeat(h, n), range(n))
    return "".join(map(chr, codes))


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
