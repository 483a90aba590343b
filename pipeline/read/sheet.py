"""XLSX workbooks (openpyxl), above all 任务分工表: title rows, a header row (序号, 重点任务, 具体措施,
牵头单位, 配合单位, 完成时限 … in any order and wording), merged cells, category rows, one task a row.

Each visible sheet becomes rows of cell texts by column in the form
:func:`pipeline.read.layout.table_to_paragraphs` takes from DOCX, HTML and PDF tables (a merged
range's top-left text repeated across its first row, ``None`` below it), so a task table gives
one numbered measure per task row with its units, deadline and targets. The rows above a task
table's header are the title lines (the workbook's title, an 附件 label, a date line).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from extractors.vocab import Examples
from pipeline.read.layout import distinct_cells, find_task_header, table_to_paragraphs
from pipeline.read.source import ReadError

# how many rows above a task table's header may be title rows (附件, the title, a subtitle, a
# 填报单位/date line, blank rows already dropped)
HEADER_SEARCH_ROWS = 8
# an 附件 label above a title: a line of its own, not the title
ATTACHMENT_LABEL_RE = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*[:：]?$")

EXAMPLES = {
    "ATTACHMENT_LABEL_RE": Examples(match=("附件", "附件1", "附 件：", "附件二"),
                                    no_match=("附件1：2023年重点工作任务分工表", "附则")),
}


def read_workbook(path: str, data: bytes) -> tuple[str, dict]:
    """The text of every visible sheet of the XLSX ``data`` and the workbook's metadata."""
    try:
        import openpyxl
    except ImportError:  # a dependency of the package; named when an install lacks it
        raise ReadError(path, "it is an Excel workbook and the openpyxl package is not installed (pip install openpyxl)") from None
    try:
        # not read-only: merged ranges are only known to a fully loaded sheet
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as e:
        raise ReadError(path, f"it is a damaged Excel workbook ({type(e).__name__})") from None
    lines: list[str] = []
    title = ""
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":  # hidden sheets hold lookup lists, not the document
            continue
        sheet_lines, sheet_title = sheet_paragraphs(sheet_rows(sheet))
        if lines and sheet_lines:
            lines.append("")
        lines.extend(sheet_lines)
        title = title or sheet_title
    meta: dict = {}
    if title:
        meta["title"] = title
    props = book.properties
    if props is not None and props.title:
        meta["core_title"] = props.title
    return "\n".join(lines), meta


def sheet_paragraphs(rows: list[list[str | None]]) -> tuple[list[str], str]:
    """A sheet's paragraphs and its title (the rows above a task table's header, "" if none)."""
    rows = [r for r in rows if any(c for c in r)]
    found = find_task_header(rows, within=HEADER_SEARCH_ROWS)
    if not found:
        return table_to_paragraphs(rows), ""
    header_row = found[0]
    title_lines = ["\u3000".join(distinct_cells(row)) for row in rows[:header_row]]
    title_lines = [line for line in title_lines if line]
    title = next((line for line in title_lines if not ATTACHMENT_LABEL_RE.match(line)), "")
    # the header search above only looks at a table's first rows: hand it the table from its header
    return title_lines + table_to_paragraphs(rows[header_row:]), title


def sheet_rows(sheet) -> list[list[str | None]]:
    """The sheet's rows of cell texts by column: a merged range's top-left text across its first
    row and ``None`` in the rows below (a vertical merge's continuation); hidden rows and columns
    left out, as Excel shows none of them."""
    texts = [[cell_text(cell) for cell in row] for row in sheet.iter_rows()]
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(texts):
            continue
        value = texts[top][left] if left < len(texts[top]) else ""
        for r in range(top, min(merged.max_row, len(texts))):
            for c in range(left, min(merged.max_col, len(texts[r]))):
                texts[r][c] = value if r == top else None
    hidden_rows = {i - 1 for i, dim in sheet.row_dimensions.items() if dim.hidden}
    hidden_cols = _hidden_columns(sheet)
    rows = [[c for j, c in enumerate(row) if j not in hidden_cols] for i, row in enumerate(texts) if i not in hidden_rows]
    width = max((j + 1 for row in rows for j, c in enumerate(row) if c), default=0)
    return [row[:width] for row in rows]


def _hidden_columns(sheet) -> set[int]:
    hidden: set[int] = set()
    for dim in sheet.column_dimensions.values():
        if dim.hidden and dim.min and dim.max:
            hidden.update(range(dim.min - 1, dim.max))
    return hidden


def cell_text(cell) -> str:
    """A cell's value as the sheet shows it: whole numbers without ".0", percentages as 12%,
    dates as 2023年6月30日 (the form the deadline extractor reads)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.year}年{value.month}月{value.day}日{value.hour}时{value.minute:02d}分"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if "%" in (cell.number_format or ""):
            return f"{_number(value * 100)}%"
        return _number(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"
