"""Ruled tables on a scanned page: a 任务分工表 printed and scanned keeps its ruling lines but loses its
cells, and read line by line its wrapped cells interleave (a task's second line beside the next
unit's first). Here the page image is turned straight by the skew measured on its text boxes, its
ruling lines are found with OpenCV (long thin runs of ink, kept by a morphological opening), and
pdfplumber's table finder — the one the text PDF reader uses (pdf_tables) — makes cells of them; each
recognised box goes to the cell holding its centre, and the table is a Table block like a text PDF's,
so that layout.table_to_paragraphs gives one measure per task row with its units and deadline."""

from __future__ import annotations

import math

import numpy as np
from pdfplumber.table import TableFinder

from pipeline.read.layout import fix_extracted_spacing
from pipeline.read.ocr_lines import Box, rows, skew, straightened
from pipeline.read.ocr_repair import repair_line
from pipeline.read.pdf_tables import Table, _PlumberPage, table_rows

INK_THRESHOLD = 160  # grey levels below this are ink (scans are toner on grey-white paper)
HORIZONTAL_MIN_POINTS = 30.0  # a horizontal rule is at least this long: longer than any stroke or dash
VERTICAL_MIN_POINTS = 18.0  # a vertical rule at least this: longer than a 16 pt character's strokes


def rotation_centre(recognised: list[tuple]) -> tuple[float, float]:
    """The point ocr_lines.straightened turns the boxes about: the middle of all their corners."""
    corners = [xy for points, text, _ in recognised if text.strip() for xy in points]
    if not corners:
        return 0.0, 0.0
    return sum(x for x, _ in corners) / len(corners), sum(y for _, y in corners) / len(corners)


def ruling_edges(image: np.ndarray, angle: float, centre: tuple[float, float], scale: float) -> list[tuple]:
    """The page's ruling lines as edges (x0, top, x1, bottom) in points from the top left, the image
    first turned by ``-angle`` about ``centre`` (the frame of the straightened boxes)."""
    import cv2  # comes with RapidOCR

    grey = image if image.ndim == 2 else cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_BGR2GRAY)
    if abs(angle) > 1e-4:
        matrix = cv2.getRotationMatrix2D(centre, math.degrees(angle), 1.0)
        grey = cv2.warpAffine(grey, matrix, (grey.shape[1], grey.shape[0]), flags=cv2.INTER_LINEAR,
                              borderValue=255)
    ink = (grey < INK_THRESHOLD).astype(np.uint8)
    edges: list[tuple] = []
    for horizontal, minimum in ((True, HORIZONTAL_MIN_POINTS), (False, VERTICAL_MIN_POINTS)):
        length = max(3, int(minimum * scale))
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            if horizontal:
                middle = (y + h / 2) / scale
                edges.append((x / scale, middle, (x + w) / scale, middle))
            else:
                middle = (x + w / 2) / scale
                edges.append((middle, y / scale, middle, (y + h) / scale))
    return edges


def cell_text(boxes: list[Box]) -> str:
    """The text of the boxes in one cell: its lines top to bottom (a wrapped cell's lines)."""
    lines = []
    for line in rows(boxes):
        text = repair_line(fix_extracted_spacing("".join(b.text for b in line)))
        if text:
            lines.append(text)
    return "\n".join(lines)


def page_tables(image: np.ndarray, recognised: list[tuple], page: int, scale: float,
                page_height: float) -> tuple[list[Table], list[tuple]]:
    """The ruled tables of a scanned page and the recognised results outside them (to be read as
    lines). ``recognised`` is RapidOCR's (points, text, score) in pixels of ``image``."""
    recognised = [r for r in recognised if r[1].strip()]
    if not recognised:
        return [], recognised
    angle = skew([r[0] for r in recognised])
    edges = ruling_edges(image, angle, rotation_centre(recognised), scale)
    if not edges:
        return [], recognised
    finder = TableFinder(_PlumberPage(edges))
    boxes = straightened(recognised, angle)  # one box per result: every text is non-empty here
    centres = [((b.x0 + b.x1) / 2 / scale, (b.top + b.bottom) / 2 / scale) for b in boxes]
    taken: set[int] = set()
    tables = []
    for found in finder.tables:
        cells = [row.cells for row in found.rows]
        texts = []
        for row in cells:
            texts.append([None if cell is None else cell_text(
                [boxes[i] for i, (cx, cy) in enumerate(centres) if cell[0] <= cx < cell[2] and cell[1] <= cy < cell[3]])
                for cell in row])
        grid = table_rows(cells, texts)
        if max((len(r) for r in grid), default=0) < 2:
            continue  # a box around a paragraph or a text box; one row of several cells is a table (the
            # rest of a row a page break split: pdf_table_pages)
        x0, top, x1, bottom = found.bbox
        taken.update(i for i, (cx, cy) in enumerate(centres) if x0 <= cx <= x1 and top <= cy <= bottom)
        tables.append(Table(page, grid, page_height - top, max(len(r) for r in grid)))
    return tables, [r for i, r in enumerate(recognised) if i not in taken]
