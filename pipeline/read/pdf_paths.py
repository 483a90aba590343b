"""The ruling lines of a PDF page: the horizontal and vertical steps of its path objects, as
pdfplumber's Page.edges gives them, read from pdfium's path objects (pdfminer never parses the page).

Points are in pdfplumber's frame: x from the left, "top" the distance from the page's top edge.
"""

from __future__ import annotations

from ctypes import byref, c_float
from itertools import pairwise, repeat

import pypdfium2.raw as raw

from pipeline.read import pdf_ctypes

_PATH, _FORM = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
_MOVETO, _BEZIERTO = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def may_hold_table(page) -> bool:
    """At least 4 path objects, on the page or in a form XObject it draws (ruled tables are drawn
    as paths; a page of text has none or a few)."""
    # every object's type read by mapping the prototypes over the page's objects (no Python per
    # object: a page of text holds a text object per run of text, about 170 on the bench's pages)
    ph = pdf_ctypes.handle(page)
    objects = list(map(pdf_ctypes.get_object, repeat(ph), range(raw.FPDFPage_CountObjects(page))))
    types = list(map(pdf_ctypes.get_object_type, objects))  # a NULL object's type is FPDF_PAGEOBJ_UNKNOWN
    paths = types.count(_PATH)
    if paths >= 4 or _FORM not in types:
        return paths >= 4
    count_form, get_form_object = pdf_ctypes.count_form_objects, pdf_ctypes.get_form_object
    for form in (obj for obj, t in zip(objects, types) if t == _FORM):
        children = map(get_form_object, repeat(form), range(count_form(form)))
        paths += list(map(pdf_ctypes.get_object_type, children)).count(_PATH)
        if paths >= 4:
            return True
    return False


def page_edges(page, height: float) -> list[tuple]:
    """Horizontal and vertical edges (x0, top, x1, bottom) of the page's paths (pdfplumber's
    Page.edges: every straight horizontal or vertical step of a path)."""
    edges = []
    for obj, matrices in _path_objects(page):
        for pts in _subpaths(obj, matrices, height):
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


def _matrix(obj) -> tuple:
    m = (c_float * 6)()
    return tuple(m) if pdf_ctypes.get_matrix(obj, byref(m)) else _IDENTITY


def _path_objects(page):
    """(path object, its matrices innermost first) for every path on the page or in a form
    XObject it draws: the points of a path are in its own space."""
    get_object, get_type = pdf_ctypes.get_object, pdf_ctypes.get_object_type
    count_form, get_form_object = pdf_ctypes.count_form_objects, pdf_ctypes.get_form_object

    def walk(objects, outer: tuple):
        for obj in objects:
            t = get_type(obj) if obj else None
            if t == _PATH:
                yield obj, (_matrix(obj),) + outer
            elif t == _FORM:
                inner = (_matrix(obj),) + outer
                yield from walk([get_form_object(obj, j) for j in range(count_form(obj))], inner)

    ph = pdf_ctypes.handle(page)
    yield from walk([get_object(ph, i) for i in range(raw.FPDFPage_CountObjects(page))], ())


def _subpaths(obj, matrices: tuple, height: float) -> list[list[tuple]]:
    """The path's subpaths as lists of points (x, top) in the page's frame: the end point of each
    segment (not the control points of a curve), and the start again when the subpath is closed,
    as pdfminer gives them to pdfplumber."""
    get_segment, get_point = pdf_ctypes.get_segment, pdf_ctypes.get_point
    get_seg_type, get_close = pdf_ctypes.get_segment_type, pdf_ctypes.get_close
    x, y = c_float(), c_float()
    subpaths: list[list[tuple]] = []
    current: list[tuple] = []
    bezier = 0  # a curve is three segments: two control points, then its end point
    for i in range(pdf_ctypes.count_segments(obj)):
        seg = get_segment(obj, i)
        if not seg or not get_point(seg, byref(x), byref(y)):
            continue
        px, py = x.value, y.value
        for a, b, c, d, e, f in matrices:
            px, py = a * px + c * py + e, b * px + d * py + f
        point = (px, height - py)
        kind = get_seg_type(seg)
        if kind == _MOVETO:
            current = [point]
            subpaths.append(current)
            bezier = 0
            continue
        if kind == _BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue
        if not current:  # a path that does not begin with a move: pdfminer ignores it
            continue
        current.append(point)
        if get_close(seg):
            current.append(current[0])
    return subpaths
