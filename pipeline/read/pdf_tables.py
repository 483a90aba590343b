"""Ruled tables of a PDF page: pdfplumber's "lines" table finder, fed with pdfium's paths and
characters.

The geometry is pdfplumber's own: its TableFinder, with its default settings (TableSettings), runs
on a stand-in for its Page (_PlumberPage) holding the one thing the finder reads of a page, its
edges, here the ruling lines of pdfium's path objects (pdf_paths.page_edges). The cell texts are
pdfplumber's extract_text of the characters pdf_chars already read (_extract: Table.extract, with
the characters of each row chosen here, see there). So these are the tables pdfplumber finds, and
pdfminer never parses the page. pdfplumber's frame: y grows downwards from the top of the page,
"top" and "bottom" are distances from its top edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from pdfplumber.table import TableFinder
from pdfplumber.utils import extract_text

from pipeline.read.pdf_paths import page_edges


@dataclass
class Table:
    page: int
    rows: list  # cell texts by column, as table_to_paragraphs takes them
    y1: float  # top, in PDF coordinates (origin bottom left)
    ncols: int = 0


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


def page_tables(page, chars: list[tuple], index: int, height: float) -> tuple[list[Table], list]:
    """The tables of the page with index ``index`` and the boxes (x0, y0, x1, y1, in PDF
    coordinates) they cover; ``chars`` are the page's characters (pdf_chars.page_chars)."""
    finder = TableFinder(_PlumberPage(page_edges(page, height)))
    if not finder.tables:
        return [], []
    placed = _placed_chars(chars, height)
    tables, boxes = [], []
    for table in finder.tables:
        cells = [row.cells for row in table.rows]
        rows = table_rows(cells, _extract(table, placed, finder.settings.text_settings))
        if max((len(r) for r in rows), default=0) < 2:
            continue  # a box around a paragraph, not a table (one row of several cells is: the rest of
            # a row that a page break split, see pdf_table_pages)
        x0, top, x1, bottom = table.bbox
        boxes.append((x0 - 1, height - bottom - 1, x1 + 1, height - top + 1))
        tables.append(Table(index, rows, height - top, max(len(r) for r in rows)))
    return tables, boxes


def in_boxes(c: tuple, boxes) -> bool:
    """Whether character ``c``'s centre lies in one of ``boxes`` (x0, y0, x1, y1)."""
    cx, cy = (c[1] + c[2]) / 2, (c[3] + c[4]) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in boxes)


# ---- cell texts


def _placed_chars(chars: list[tuple], height: float) -> list[tuple]:
    """The characters as pdfplumber's char dicts (taken as upright, as pdf_lines takes them), in
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


# ---- cell texts by column


def table_rows(rows: list[list[tuple | None]], texts: list[list[str | None]]) -> list[list[str | None]]:
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
