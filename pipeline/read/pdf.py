"""PDF reader: text from the text layer, one paragraph per line, with page starts.

Everything comes from one pass of pypdfium2 over each page (pdfium parses the page once):

- characters: every character with its box and font size, read through pdfium's own C functions
  in one tight loop (see _fast and _chars);
- lines: characters are grouped into lines by position (not by content-stream order, which
  LibreOffice and Word scramble around quotes and Latin runs);
- tables: on pages that draw enough paths to hold a ruled table, the horizontal and vertical
  steps of those paths are the ruling lines; pdfplumber's own "lines" table finder (TableFinder,
  its default settings), fed with those lines and the characters already read, finds the cells
  and their texts. These are the tables pdfplumber finds, without pdfminer parsing the page a
  second time;
- paragraphs: lines are joined by layout (a line that stops short of the right margin, or ends
  with 。：；！？, ends a paragraph; an indented line starts one), running headers and page-number
  footers are dropped.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter, sub
from struct import Struct

from pipeline.document.labels import match_label
from pipeline.read.layout import fix_extracted_spacing, table_to_paragraphs
from pipeline.read.source import ReadError

PDF_MAX_PAGES = 2000
_LOCK = threading.Lock()  # pdfium is not thread-safe

_TERMINAL = "。：；！？!?:;"
_CLOSERS = "”’」』）)】〕》"
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~～·•\s]*\d{1,4}[-—–－~～·•\s]*"
    r"|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页"
    r"|\d+\s*/\s*\d+"
    r"|[Pp]age\s*\d+(?:\s*of\s*\d+)?"
    r"|[-—–－\s]*[一二三四五六七八九十百]+[-—–－\s]*)$"
)
_SPACE = re.compile(r" {2,}")


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class _Table:
    page: int
    rows: list
    y1: float  # top, in PDF coordinates (origin bottom left)
    ncols: int = 0


@dataclass
class _Page:
    width: float
    height: float
    blocks: list = field(default_factory=list)  # _Line and _Table, top to bottom


def read_pdf(path: str, data: bytes) -> tuple[str, list[int], dict]:
    with _LOCK:
        return _read_pdf(path, data)


def _read_pdf(path: str, data: bytes) -> tuple[str, list[int], dict]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

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
        pages: list[_Page] = []
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
                chars, bad = _chars(page, raw)
                unmapped += bad
                total += len(chars) + bad
                tables: list[_Table] = []
                boxes: list[tuple[float, float, float, float]] = []
                if chars and _may_hold_table(page, raw):
                    tables, boxes = _tables(page, raw, chars, i, h)
                if boxes:
                    chars = [c for c in chars if not _inside(c, boxes)]
                lines = _lines(chars, i)
                if not lines and not tables:
                    empty_pages.append(i + 1)
                blocks = sorted(lines + tables, key=lambda b: -(b.y1))
                pages.append(_Page(w, h, blocks))
            finally:
                raw.FPDF_ClosePage(page)
    finally:
        pdf.close()

    if total and unmapped / total > 0.5:
        raise ReadError(
            path,
            "the PDF's text layer cannot be decoded (its fonts have no Unicode mapping); OCR it first",
        )
    _drop_running_lines(pages)
    text, starts = _assemble(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        raise ReadError(path, "the PDF has no text layer (a scanned image?); OCR it first")
    meta = {"pages": len(pages)}
    if empty_pages:
        meta["pages_without_text"] = empty_pages
    return text, starts, meta


# --------------------------------------------------------------------------------------------
# characters and lines


_FAST: dict = {}
_FS_RECTF = Struct("4f")  # left, top, right, bottom: unpacked faster than a ctypes array's [:]


def _fast(raw) -> dict:
    """pdfium's functions called per character or object, as ctypes prototypes without argument
    types: the same C functions, called with pointer handles, int indexes and byref pointers, at
    a third of the cost of pypdfium2.raw's checked wrappers. PYFUNCTYPE rather than CFUNCTYPE: the
    call keeps the GIL instead of releasing and taking it again, which is about 15% of the cost of
    a call to a function that only reads a field (and read_pdf holds _LOCK anyway)."""
    if not _FAST:
        from ctypes import PYFUNCTYPE, c_double, c_int, c_uint, c_void_p, cast

        class _Pointer(c_void_p):
            """A c_void_p subclass: ctypes returns it as is (not converted to an int), ready to
            be passed on."""

        for name, restype in (
            ("FPDFText_GetUnicode", c_uint),
            ("FPDFText_IsGenerated", c_int),
            ("FPDFText_GetLooseCharBox", c_int),
            ("FPDFText_GetFontSize", c_double),
            ("FPDFPage_GetObject", _Pointer),
            ("FPDFPageObj_GetType", c_int),
            ("FPDFFormObj_CountObjects", c_int),
            ("FPDFFormObj_GetObject", _Pointer),
            ("FPDFPageObj_GetMatrix", c_int),
            ("FPDFPath_CountSegments", c_int),
            ("FPDFPath_GetPathSegment", _Pointer),
            ("FPDFPathSegment_GetPoint", c_int),
            ("FPDFPathSegment_GetType", c_int),
            ("FPDFPathSegment_GetClose", c_int),
        ):
            f = PYFUNCTYPE(restype)(cast(getattr(raw, name), c_void_p).value)
            f.argtypes = None
            _FAST[name] = f
    return _FAST


def _handle(obj):
    """A pypdfium2.raw handle as a plain c_void_p, for the prototypes of _fast."""
    from ctypes import c_void_p, cast

    return c_void_p(cast(obj, c_void_p).value)


# every code point for which str.isspace() is true, among those _chars keeps: read as " "
_SPACES = frozenset([9, 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000])


def _chars(page, raw) -> tuple[list[tuple], int]:
    """The page's characters as (centre y, x0, x1, y0, y1, size, ch) with y0 the bottom, in
    pdfium's order, and how many could not be mapped to Unicode. One tight loop over pdfium's
    own functions (see _fast): pypdfium2's helpers cost more than the work itself. page is
    pdfium's page handle (FPDF_PAGE), here and in the table functions; a PdfPage works too."""
    from ctypes import byref, c_float

    fast = _fast(raw)
    get_unicode = fast["FPDFText_GetUnicode"]
    is_generated = fast["FPDFText_IsGenerated"]
    get_box = fast["FPDFText_GetLooseCharBox"]
    get_size = fast["FPDFText_GetFontSize"]
    tp = raw.FPDFText_LoadPage(page)  # not PdfPage.get_textpage(): see the page in _read_pdf
    if not tp:
        from pypdfium2 import PdfiumError

        raise PdfiumError("Failed to load text page.")  # as page.get_textpage()
    try:
        h = _handle(tp)
        n = raw.FPDFText_CountChars(tp)
        box = (c_float * 4)()  # FS_RECTF: left, top, right, bottom
        box_ref = byref(box)
        read_box = _FS_RECTF.unpack_from
        out = []
        append = out.append
        bad = 0
        for i, u in enumerate(_codes(tp, n, raw) or (get_unicode(h, i) for i in range(n))):
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
            append(((bottom + top) / 2, left, right, bottom, top, size, " " if u in _SPACES else chr(u)))
        return out, bad
    finally:
        raw.FPDFText_ClosePage(tp)


def _codes(tp, n: int, raw) -> list[int] | None:
    """The code of each of the text page's ``n`` characters (what FPDFText_GetUnicode gives one at a
    time), in one call; None if pdfium's text is not one UTF-16 unit per character."""
    from ctypes import c_ushort

    buffer = (c_ushort * (n + 1))()
    return buffer[:n] if raw.FPDFText_GetText(tp, 0, n, buffer) == n + 1 else None


def _may_hold_table(page, raw) -> bool:
    """At least 4 path objects, on the page or in a form XObject it draws (ruled tables are drawn
    as paths; a page of text has none or a few)."""
    fast = _fast(raw)
    get_object, get_type = fast["FPDFPage_GetObject"], fast["FPDFPageObj_GetType"]
    count_form, get_form_object = fast["FPDFFormObj_CountObjects"], fast["FPDFFormObj_GetObject"]
    path, form = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    ph = _handle(page)
    paths = 0
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = get_object(ph, i)
        t = get_type(obj) if obj else None
        if t == path:
            paths += 1
            if paths >= 4:
                return True
        elif t == form:
            for j in range(count_form(obj)):
                child = get_form_object(obj, j)
                if child and get_type(child) == path:
                    paths += 1
                    if paths >= 4:
                        return True
    return False


def _inside(c: tuple, boxes) -> bool:
    cx, cy = (c[1] + c[2]) / 2, (c[3] + c[4]) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in boxes)


def _median(values: list[float]) -> float:
    """statistics.median, without its overhead (the same value: the middle of the sorted values,
    or the mean of the two middle ones)."""
    s = sorted(values)
    n = len(s)
    h = n // 2
    return s[h] if n % 2 else (s[h - 1] + s[h]) / 2


def _lines(chars: list[tuple], page: int) -> list[_Line]:
    """Group characters into lines by vertical position, then order each line left to right.

    Top to bottom, a character joins the current line if its centre is within max(2, 0.4 × its
    size) of the line's centre (the median of the centres of its first 49 characters), else it
    starts a line."""
    if not chars:
        return []
    # top to bottom; stable, so characters at the same height keep their content-stream order
    items = sorted(chars, key=_CENTRE, reverse=True)
    groups: list[list[tuple]] = []
    g: list[tuple] = []
    centre = 0.0
    for c in items:
        cy = c[0]
        tol = 0.4 * c[5]
        if not tol > 2.0:  # max(2.0, tol)
            tol = 2.0
        if groups and abs(centre - cy) <= tol:
            g.append(c)
            n = len(g)
            if n < 50:
                # the centres of a group arrive in descending order: its median is in the middle
                h = n >> 1
                centre = g[h][0] if n & 1 else (g[h - 1][0] + g[h][0]) / 2
        else:
            g = [c]
            groups.append(g)
            centre = cy
    lines = []
    for g in groups:
        g.sort(key=_X0)
        _, x0s, x1s, y0s, y1s, sizes, chs = zip(*g)
        if " " in chs:
            line = _spaced_line(g, page)
        else:
            line = _plain_line(x0s, x1s, y0s, y1s, sizes, chs, page)
        if line is not None:
            lines.append(line)
    return lines


_CENTRE = itemgetter(0)
_X0 = itemgetter(1)


def _plain_line(x0s, x1s, y0s, y1s, sizes, chs, page: int) -> _Line | None:
    """_spaced_line for a line without space characters (most lines of Chinese text), the same
    result with less work."""
    # the same line may hold two runs far apart (a two-column header): keep them as one line
    size = _median(sizes)
    text = "".join(chs)
    if len(chs) > 1:
        # justified lines spread every character: a space is a gap clearly wider than usual
        gaps = list(map(sub, x0s[1:], x1s))
        usual = max(0.0, _median(gaps))
        wide_latin = usual + 0.3 * size
        wide = usual + 0.45 * size
        if max(gaps) > min(wide_latin, wide):
            parts = [chs[0]]
            for k, gap in enumerate(gaps):
                a, b = chs[k], chs[k + 1]
                if gap > (wide_latin if a.isascii() and b.isascii() else wide):
                    parts.append(" ")
                parts.append(b)
            text = fix_extracted_spacing(_SPACE.sub(" ", "".join(parts)).strip())
            if not text:
                return None
    return _Line(page, text, min(x0s), max(x1s), _median(y0s), _median(y1s), size)


def _spaced_line(g: list[tuple], page: int) -> _Line | None:
    visible = [c for c in g if c[6] != " "]
    # the same line may hold two runs far apart (a two-column header): keep them as one line
    size = _median([c[5] for c in visible]) if visible else g[0][5]
    # justified lines spread every character: a space is a gap clearly wider than usual
    gaps = [b[1] - a[2] for a, b in zip(g, g[1:]) if a[6] != " " and b[6] != " "]
    usual = max(0.0, _median(gaps)) if gaps else 0.0
    wide_latin = usual + 0.3 * size
    wide = usual + 0.45 * size
    parts = []
    prev = None
    for c in g:
        ch = c[6]
        if ch == " ":
            parts.append(" ")
            prev = c
            continue
        if prev is not None and prev[6] != " ":
            if c[1] - prev[2] > (wide_latin if prev[6].isascii() and ch.isascii() else wide):
                parts.append(" ")
        parts.append(ch)
        prev = c
    text = fix_extracted_spacing(_SPACE.sub(" ", "".join(parts)).strip())
    if not text:
        return None
    return _Line(
        page,
        text,
        min(c[1] for c in visible),
        max(c[2] for c in visible),
        _median([c[3] for c in visible]),
        _median([c[4] for c in visible]),
        size,
    )


# --------------------------------------------------------------------------------------------
# tables: pdfplumber's "lines" table finder, fed with pdfium's paths and characters
#
# The geometry is pdfplumber's own: its TableFinder, with its default settings (TableSettings),
# runs on a stand-in for its Page (_PlumberPage) holding the one thing the finder reads of a
# page, its edges, here the ruling lines of pdfium's path objects (_page_edges). The cell texts
# are pdfplumber's extract_text of the characters _chars already read (_extract: Table.extract,
# with the characters of each row chosen here, see there). So these are the tables pdfplumber
# finds, and pdfminer never parses the page. pdfplumber's frame: y grows downwards from the top
# of the page, "top" and "bottom" are distances from its top edge.


class _PlumberPage:
    """What pdfplumber's TableFinder reads of a page: its edges (Page.edges), as pdfplumber's edge
    dicts; an edge (x0, top, x1, bottom) is horizontal when top == bottom."""

    def __init__(self, edges: list[tuple]):
        self.edges = [
            {
                "x0": x0,
                "top": top,
                "x1": x1,
                "bottom": bottom,
                "width": x1 - x0,
                "height": bottom - top,
                "orientation": "h" if top == bottom else "v",
            }
            for x0, top, x1, bottom in edges
        ]


def _tables(page, raw, chars: list[tuple], index: int, height: float) -> tuple[list[_Table], list]:
    # the first import loads pdfplumber's and pdfminer's modules (about 0.1 s, once); nothing
    # here opens or parses the PDF with pdfminer
    from pdfplumber.table import TableFinder

    finder = TableFinder(_PlumberPage(_page_edges(page, raw, height)))
    if not finder.tables:
        return [], []
    placed = _placed_chars(chars, height)
    tables, boxes = [], []
    for table in finder.tables:
        cells = [row.cells for row in table.rows]
        rows = _table_rows(cells, _extract(table, placed, finder.settings.text_settings))
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue  # a box around a paragraph, not a table
        x0, top, x1, bottom = table.bbox
        boxes.append((x0 - 1, height - bottom - 1, x1 + 1, height - top + 1))
        tables.append(_Table(index, rows, height - top, max(len(r) for r in rows)))
    return tables, boxes


# ---- cell texts


def _placed_chars(chars: list[tuple], height: float) -> list[tuple]:
    """The characters as pdfplumber's char dicts (taken as upright, as _lines takes them), in
    pdfium's order, each with its centre: (x centre, y centre from the top, char dict)."""
    out = []
    for c in chars:
        top, bottom = height - c[4], height - c[3]
        d = {"text": c[6], "x0": c[1], "x1": c[2], "top": top, "bottom": bottom, "doctop": top, "upright": True}
        out.append(((c[1] + c[2]) / 2, (top + bottom) / 2, d))
    return out


def _extract(table, placed: list[tuple], text_settings: dict) -> list[list[str | None]]:
    """pdfplumber's Table.extract(**text_settings): each cell's text is pdfplumber's extract_text
    of the characters whose centre is in the cell (x0 <= x < x1, top <= y < bottom), first
    narrowed to the row's box; "" for an empty cell, None where no cell starts.

    The one step done here rather than by pdfplumber: choosing each row's characters.
    Table.extract tests every character of the page against every row through a Python function
    that computes the character's centre each time. On pages with ruled tables of 12 to 42 rows
    and about 1000 characters, the tables took 11 to 20 ms a page with Table.extract and 7 to 12
    ms with the centres computed once here, with the same texts (checked against Table.extract on
    every table of the test PDFs)."""
    from pdfplumber.utils import extract_text

    out = []
    for row in table.rows:
        rx0, rtop, rx1, rbottom = row.bbox
        row_chars = [p for p in placed if rx0 <= p[0] < rx1 and rtop <= p[1] < rbottom]
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            x0, top, x1, bottom = cell
            inside = [p[2] for p in row_chars if x0 <= p[0] < x1 and top <= p[1] < bottom]
            texts.append(extract_text(inside, **text_settings) if inside else "")
        out.append(texts)
    return out


# ---- ruling lines


def _path_objects(page, raw):
    """(path object, its matrices innermost first) for every path on the page or in a form
    XObject it draws: the points of a path are in its own space."""
    from ctypes import byref, c_float

    fast = _fast(raw)
    get_object, get_type = fast["FPDFPage_GetObject"], fast["FPDFPageObj_GetType"]
    count_form, get_form_object = fast["FPDFFormObj_CountObjects"], fast["FPDFFormObj_GetObject"]
    get_matrix = fast["FPDFPageObj_GetMatrix"]
    path, form = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM

    def matrix(obj) -> tuple:
        m = (c_float * 6)()
        return tuple(m) if get_matrix(obj, byref(m)) else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    def walk(objects, outer: tuple):
        for obj in objects:
            t = get_type(obj) if obj else None
            if t == path:
                yield obj, (matrix(obj),) + outer
            elif t == form:
                inner = (matrix(obj),) + outer
                yield from walk([get_form_object(obj, j) for j in range(count_form(obj))], inner)

    ph = _handle(page)
    yield from walk([get_object(ph, i) for i in range(raw.FPDFPage_CountObjects(page))], ())


def _subpaths(obj, matrices: tuple, raw, height: float) -> list[list[tuple]]:
    """The path's subpaths as lists of points (x, top) in the page's frame: the end point of each
    segment (not the control points of a curve), and the start again when the subpath is closed,
    as pdfminer gives them to pdfplumber."""
    from ctypes import byref, c_float

    fast = _fast(raw)
    get_segment, get_point = fast["FPDFPath_GetPathSegment"], fast["FPDFPathSegment_GetPoint"]
    get_seg_type, get_close = fast["FPDFPathSegment_GetType"], fast["FPDFPathSegment_GetClose"]
    moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    x, y = c_float(), c_float()
    subpaths: list[list[tuple]] = []
    current: list[tuple] = []
    bezier = 0  # a curve is three segments: two control points, then its end point
    for i in range(fast["FPDFPath_CountSegments"](obj)):
        seg = get_segment(obj, i)
        if not seg or not get_point(seg, byref(x), byref(y)):
            continue
        px, py = x.value, y.value
        for a, b, c, d, e, f in matrices:
            px, py = a * px + c * py + e, b * px + d * py + f
        point = (px, height - py)
        kind = get_seg_type(seg)
        if kind == moveto:
            current = [point]
            subpaths.append(current)
            bezier = 0
            continue
        if kind == bezierto:
            bezier += 1
            if bezier % 3:
                continue
        if not current:  # a path that does not begin with a move: pdfminer ignores it
            continue
        current.append(point)
        if get_close(seg):
            current.append(current[0])
    return subpaths


def _page_edges(page, raw, height: float) -> list[tuple]:
    """Horizontal and vertical edges of the page's paths (pdfplumber's Page.edges: every straight
    horizontal or vertical step of a path)."""
    edges = []
    for obj, matrices in _path_objects(page, raw):
        for pts in _subpaths(obj, matrices, raw, height):
            if len(pts) == 2 or (len(pts) == 3 and pts[2] == pts[0]):
                # a single line (pdfminer's LTLine): pdfplumber keeps it even when slanted,
                # as a vertical edge over its bounding box
                (ax, at), (bx, bt) = pts[0], pts[1]
                edges.append((min(ax, bx), min(at, bt), max(ax, bx), max(at, bt)))
                continue
            for (ax, at), (bx, bt) in pairwise(pts):
                if ax == bx or at == bt:
                    edges.append((min(ax, bx), min(at, bt), max(ax, bx), max(at, bt)))
    return edges


# ---- cell texts by column


def _table_rows(rows: list[list[tuple | None]], texts: list[list[str | None]]) -> list[list[str | None]]:
    """Cell texts by column; a cell spanning columns repeats its text, a vertically merged
    continuation is None (as table_to_paragraphs expects). rows: the table's rows of cell boxes
    (x0, top, x1, bottom), None where no cell starts at a column (pdfplumber's Table.rows)."""
    # the x centre of each column, from cells that are present
    ncols = max(len(r) for r in texts) if texts else 0
    centres: list[float | None] = [None] * ncols
    for r in rows:
        for j, cell in enumerate(r):
            if cell is not None and j < ncols and centres[j] is None:
                centres[j] = (cell[0] + cell[2]) / 2
    out = []
    for ri, row in enumerate(texts):
        cells = rows[ri] if ri < len(rows) else [None] * len(row)
        new: list[str | None] = []
        for j, text in enumerate(row):
            if text is not None:
                new.append(text)
                continue
            # covered by a cell to the left (horizontal span) or above (vertical span)?
            k = j - 1
            while k >= 0 and (k >= len(cells) or cells[k] is None):
                k -= 1
            if k >= 0 and centres[j] is not None and cells[k][2] >= centres[j]:
                new.append(new[k])
            else:
                new.append(None)
        out.append(new)
    return out


# --------------------------------------------------------------------------------------------
# running headers and page numbers


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s", "", text))


def _drop_running_lines(pages: list[_Page]) -> None:
    candidates = []  # (page index, block, zone)
    for pi, pg in enumerate(pages):
        lines = [b for b in pg.blocks if isinstance(b, _Line)]
        if not lines:
            continue
        for b in lines[:2]:
            if b.y0 > pg.height * 0.85:
                candidates.append((pi, b, "top"))
        for b in lines[-2:]:
            if b.y1 < pg.height * 0.15:
                candidates.append((pi, b, "bottom"))
    drop = set()
    counts: dict[tuple[str, str], set[int]] = {}
    for pi, b, zone in candidates:
        if _PAGE_NUMBER.match(b.text.strip()):
            drop.add(id(b))
        else:
            counts.setdefault((zone, _mask(b.text)), set()).add(pi)
    n = len(pages)
    if n >= 2:
        for pi, b, zone in candidates:
            seen = counts.get((zone, _mask(b.text)), set())
            if len(seen) >= 2 and len(seen) >= 0.5 * n:
                drop.add(id(b))
    for pg in pages:
        pg.blocks = [b for b in pg.blocks if id(b) not in drop]


# --------------------------------------------------------------------------------------------
# paragraphs


def _mode(values: list[float], step: float = 2.0) -> float:
    buckets: dict[int, int] = {}
    for v in values:
        buckets[round(v / step)] = buckets.get(round(v / step), 0) + 1
    best = max(buckets.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return best * step


def _assemble(pages: list[_Page]) -> tuple[str, list[int]]:
    lines = [b for pg in pages for b in pg.blocks if isinstance(b, _Line)]
    if lines:
        em = _median([b.size for b in lines])
        left = _mode([b.x0 for b in lines])
        left = min((b.x0 for b in lines if abs(b.x0 - left) < 3 * em), default=left)
        full = [b.x1 for b in lines if len(b.text) >= 8]
        right = sorted(full)[int(len(full) * 0.9)] if full else max(b.x1 for b in lines)
        indented = sum(1 for b in lines if 1.5 * em <= b.x0 - left <= 2.6 * em)
        indent_style = indented >= max(2, 0.08 * len(lines))
    else:
        em, left, right, indent_style = 12.0, 0.0, 0.0, False

    pitches = []
    for pg in pages:
        ls = [b for b in pg.blocks if isinstance(b, _Line)]
        for a, b in zip(ls, ls[1:]):
            d = a.yc - b.yc
            if 0 < d < 4 * em:
                pitches.append(d)
    pitch = _median(pitches) if pitches else 1.5 * em

    def symmetric(b: _Line) -> bool:
        return abs((b.x0 - left) - (right - b.x1)) < 1.5 * b.size

    def continues(a: _Line, b: _Line) -> bool:
        """Does line b continue the paragraph of line a?"""
        if abs(a.size - b.size) > 1.0:
            return False
        at = a.text.rstrip("*")
        if a.page == b.page and (a.yc - b.yc) > 1.6 * pitch:
            return False
        if a.size >= 1.2 * em and symmetric(a) and symmetric(b) and at[-1:] not in _TERMINAL:
            return a.page == b.page  # a centred title over two lines
        ends_sentence = at.rstrip(_CLOSERS)[-1:] in _TERMINAL or at[-1:] in _TERMINAL
        short = a.x1 < right - 1.5 * em
        b_indented = b.x0 - left > 1.0 * em
        if short:
            return False
        if b_indented:
            return False
        if ends_sentence:
            # a sentence ending exactly at the margin; with first-line indents the next line
            # is still this paragraph unless it starts an item
            return indent_style and match_label(b.text) is None
        return True

    out: list[str] = []  # paragraphs
    starts: list[int | None] = []  # None: resolved when the table running over the page break is flushed
    length = 0  # len("\n".join(out))
    prev_line: _Line | None = None
    pending: _Table | None = None

    def add(para: str) -> int:
        """Append a paragraph; return its offset."""
        nonlocal length
        at = length + (1 if out else 0)
        out.append(para)
        length = at + len(para)
        return at

    def flush_table():
        nonlocal pending
        if pending is None:
            return
        first = None
        for para in table_to_paragraphs(pending.rows):
            at = add(para)
            first = at if first is None else first
        pending = None
        for k, s in enumerate(starts):
            if s is None:
                starts[k] = length + (1 if out else 0)

    for pg in pages:
        recorded = False
        for blk in pg.blocks:
            if isinstance(blk, _Table):
                if pending is not None and prev_line is None and blk.ncols == pending.ncols:
                    pending.rows.extend(_continue_rows(pending.rows, blk.rows))
                    if not recorded:
                        starts.append(None)
                        recorded = True
                else:
                    flush_table()
                    pending = _Table(blk.page, [list(r) for r in blk.rows], blk.y1, blk.ncols)
                    if not recorded:
                        starts.append(length + (1 if out else 0))
                        recorded = True
                prev_line = None
                continue
            flush_table()
            if prev_line is not None and continues(prev_line, blk):
                sep = " " if re.search(r"[A-Za-z0-9,]$", out[-1]) and re.match(r"[A-Za-z]", blk.text) else ""
                if not recorded:
                    starts.append(length + len(sep))
                    recorded = True
                out[-1] += sep + blk.text
                length += len(sep) + len(blk.text)
            else:
                at = add(blk.text)
                if not recorded:
                    starts.append(at)
                    recorded = True
            prev_line = blk
        if not recorded:  # a page without text
            starts.append(None if pending is not None else length + (1 if out else 0))
    flush_table()
    text = "\n".join(out)
    fixed = [min(max(0, s if s is not None else len(text)), len(text)) for s in starts]
    if fixed:
        fixed[0] = 0
    for k in range(1, len(fixed)):
        fixed[k] = max(fixed[k], fixed[k - 1])
    return text, fixed


def _continue_rows(rows: list, more: list) -> list:
    """Rows of a table continued on the next page. A first row with an empty first cell is the
    rest of the previous page's last row (a row broken by the page break)."""
    more = [list(r) for r in more]
    if rows and more and not (more[0][0] or "").strip() and any((c or "").strip() for c in more[0][1:]):
        last = rows[-1]
        for j, c in enumerate(more[0]):
            if j < len(last) and c:
                last[j] = (last[j] or "") + "\n" + c
        more = more[1:]
    return more
