"""The time cells of a schedule table the notice prints (for ``extractors.deadlines``, CONVENTIONS.md C18): each row's
period, a cell holding a date alone (1月份 · 6月 · 9月中旬 · 2017年3月) under a column headed by a time label
(时间安排 · 时间 · 完成时间), is a step of the notice's own programme, its limit the last day of the period:

* a table copied a row a line, its cells closed by bars: 专项整治行业名称 | 时间安排 | 责任单位 | ⏎ 烟花爆竹 | 1月份 | 安监站 |;
* a table copied a cell a line: 序号 | ⏎ 发布主题 | ⏎ 时间 | ⏎ 承办单位 | ⏎ 1 | ⏎ 广德市“便民停车…” | ⏎ 6月 | ⏎ 市城管局 |,
  each row opened by its number and holding as many cells as the header.

A row's cell that holds more than a date (6月底前完成 is read by the other patterns), or a table without such a column,
gives nothing.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from schema.models import Deadline

from .deadline_own_schedule import SCHEDULE_DATE_RE, dated
from .vocab import Examples

# What closes a cell in a table copied as text: every row and cell line below holds one.
CELL_BAR = "|"
# A table row copied on one line, its cells closed by bars: 烟花爆竹 | 1月份 | 安监站 安监所 |.
TABLE_ROW_RE = re.compile(r"^[^|\n]*(?:\|[^|\n]*)+\|[ \t\u3000]*$", re.MULTILINE)
# A line of a table copied one cell a line: the cell, then the bar that closes it. The indent is taken
# whole (a lookahead and its backreference: an atomic group), so a long line of spaces fails at once
# instead of being shared between the indent, the cell and the space before the bar in every way.
CELL_LINE_RE = re.compile(
    r"^(?=(?P<indent>[ \t\u3000]*))(?P=indent)(?P<cell>[^|\n]*?)[ \t\u3000]*\|[ \t\u3000]*$", re.MULTILINE)
# The cell that opens a row of a table copied one cell a line: the row's number alone.
ROW_NUMBER_RE = re.compile(r"^\d{1,3}$")
# A header cell naming a schedule's time column: 时间安排 · 时间 · 完成时间 · 整治时间 · 时间节点 · 进度安排.
TIME_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:时间|时限|进度)(?:安排|节点|要求)?$")


def _cell_date(text: str, start: int, cell: str, year: Optional[int]) -> Optional[Deadline]:
    """The limit a time cell holds when it holds a month's date alone."""
    match = SCHEDULE_DATE_RE.fullmatch(cell)
    if not match or match.group("month") is None or not (found := dated(match, year)):
        return None
    return Deadline(text=found.text, start=start, end=start + len(found.text), kind="deadline", date=found.date,
                    rule=found.rule)


def _row_cells(row: re.Match) -> list[tuple[int, str]]:
    """(start, text) of each cell of a table row, its spaces stripped; the empty piece after the last bar dropped."""
    cells, at = [], row.start()
    for piece in row.group().split("|")[:-1]:
        stripped = piece.strip()
        cells.append((at + piece.find(stripped) if stripped else at, stripped))
        at += len(piece) + 1
    return cells


def _row_tables(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if CELL_BAR not in text:  # every row holds one; most notices print no bars, and the scan tries every line
        return
    time_column, width, last_end = None, 0, -2
    for row in TABLE_ROW_RE.finditer(text):
        cells = _row_cells(row)
        if row.start() != last_end + 1:  # a line that is no row ends the table
            time_column = None
        last_end = row.end()
        columns = [index for index, (_, cell) in enumerate(cells) if TIME_COLUMN_RE.fullmatch(cell)]
        if columns and len(cells) > 1:
            time_column, width = columns[0], len(cells)
        elif time_column is not None and len(cells) == width and (found := _cell_date(text, *cells[time_column], year)):
            yield found


def _cell_runs(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of consecutive one-cell lines, each cell as (start, text)."""
    run: list[tuple[int, str]] = []
    last_end = -2
    for line in CELL_LINE_RE.finditer(text):
        if line.start() != last_end + 1 and run:
            yield run
            run = []
        run.append((line.start("cell"), line.group("cell")))
        last_end = line.end()
    if run:
        yield run


def _cell_tables(text: str, year: Optional[int]) -> Iterator[Deadline]:
    if CELL_BAR not in text:  # every cell line ends in one (see _row_tables)
        return
    for run in _cell_runs(text):
        numbers = [index for index, (_, cell) in enumerate(run) if ROW_NUMBER_RE.fullmatch(cell)]
        if not numbers:
            continue
        header = run[: numbers[0]]
        columns = [index for index, (_, cell) in enumerate(header) if TIME_COLUMN_RE.fullmatch(cell)]
        if not columns or len(header) < 2:
            continue
        for first, last in zip(numbers, numbers[1:] + [len(run)]):
            row = run[first:last]
            if len(row) == len(header) and (found := _cell_date(text, *row[columns[0]], year)):
                yield found


TABLE_FINDERS = [_row_tables, _cell_tables]


EXAMPLES = {
    "TABLE_ROW_RE": Examples(match=("烟花爆竹 | 1月份 | 安监站 安监所 |", "专项整治行业名称 | 时间安排 | 责任单位 |"),
                             no_match=("烟花爆竹 1月份", "| 1月份")),
    "CELL_LINE_RE": Examples(match=("6月 |", "时间 |", "广德市“便民停车 让城市更有温度” |"), no_match=("6月", "a | b |")),
    "ROW_NUMBER_RE": Examples(match=("1", "12"), no_match=("6月", "一")),
    "TIME_COLUMN_RE": Examples(match=("时间安排", "时间", "完成时间", "时间节点", "进度安排"),
                               no_match=("责任单位", "工作时间表述清楚")),
}
