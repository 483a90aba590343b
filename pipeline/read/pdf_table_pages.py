"""Table rows that a page break splits: Word and WPS let a row break across pages by default, so a
task whose cells run past the bottom of a page continues at the top of the next one as a row of its
own, with the 序号 cell empty (or holding the rest of a wrapped first cell) and the cells that had
already ended empty. Such a row is put back into the row it continues, so that one task stays one
measure with all its units and its deadline."""

from __future__ import annotations

import re
from itertools import zip_longest

from extractors.vocab import Examples
from pipeline.read.pdf_tables import Table

# a first cell that starts a row of its own: a number or a label (1, 12、, （三）, 一、)
ROW_LABEL_RE = re.compile(r"^\s*(?:\d+|[（(]?[一二三四五六七八九十]+[）)、]|[（(]\d+[）)])")

EXAMPLES = {
    "ROW_LABEL_RE": Examples(match=("1", "12、调查单位", "（三）", "一、年报", "(2)"),
                             no_match=("费量基层表", "", "左右。", "区发改局")),
}


def join_rows_split_by_pages(pages: list) -> None:
    """In place: where a page ends with a table and the next page begins with a table of as many
    columns whose first row continues the last row (see ``continues``), that row's cells are
    appended to the last row's and the row is dropped. Run after the running headers and page
    numbers are dropped, so that the tables are a page's last and first blocks."""
    for previous, page in zip(pages, pages[1:]):
        if not previous.blocks or not page.blocks:
            continue
        last, first = previous.blocks[-1], page.blocks[0]
        if not (isinstance(last, Table) and isinstance(first, Table)) or not last.rows or not first.rows:
            continue
        if last.ncols != first.ncols or not continues(first.rows[0], last.rows):
            continue
        last.rows[-1] = [joined(above, below) for above, below in zip_longest(last.rows[-1], first.rows[0])]
        first.rows.pop(0)
        if not first.rows:
            page.blocks.pop(0)


def continues(row: list, rows_above: list[list]) -> bool:
    """Whether ``row`` (the first row on a page) is the rest of ``rows_above[-1]``: some cell is empty
    where the row above has text (those cells ended on the page before), and its first cell is
    empty or, where the rows above open with a number or label, opens with none."""
    above = rows_above[-1]
    if not any(not (cell or "").strip() and (other or "").strip() for cell, other in zip(row, above)):
        return False
    head = (row[0] or "").strip() if row else ""
    if not head:
        return True
    labelled = [r for r in rows_above if r and r[0] and ROW_LABEL_RE.match(r[0])]
    return len(labelled) >= max(1, len(rows_above) // 2) and not ROW_LABEL_RE.match(head)


def joined(above: str | None, below: str | None) -> str | None:
    """A cell's text with its continuation on the next page (a line of its own, as a wrapped line)."""
    if not (below or "").strip():
        return above
    if not (above or "").strip():
        return below
    return f"{above}\n{below}"
