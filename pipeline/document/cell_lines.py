"""The header row of a table copied one cell a line (序号 ⏎ 重点工作 ⏎ 工作措施 ⏎ 责任单位 ⏎ 备注): a run of short cells
naming the table's columns. None of them is a title line of the notice (工作措施 ends like a title, 任务 ⏎ 工作措施
would run into one) or its issuer, and none continues the paragraph above it (a title without its type:
…二季度执行情况 ⏎ 序号 ⏎ 重点工作 ⏎ 责任 ⏎ 领导 …). A column's name may be broken over two cells' lines (责任 ⏎ 科室).

The body rows of such a table, numbered by a number alone on its line (1 ⏎ … ⏎ 2 ⏎ …): the items numbered inside a
row's cells end with the row (row_cell_breaks)."""

from __future__ import annotations

import re

from extractors.unit_forms import CHINESE_HEADING_CELL_RE
from extractors.vocab import Examples

from pipeline.document.lines import Line

# A column's name in a task or progress table's header: a row number, a remark, a time limit, a leader, a unit column.
# An assessment table's columns too: what is assessed, its points and its scoring (考核项目 ⏎ 各项分值 ⏎ 考核内容 ⏎ 评分标准 ⏎ 说明).
COLUMN_NAME = re.compile(
    r"^(?:序号|编号|备注|说明|完成时限|完成时间|时间节点|时限要求|进展情况|责任领导|牵头领导|分管领导|责任人"
    r"|(?:考核|考评|评分|检查)(?:项目|内容|标准|要点|方式|细则)|(?:各项)?分值|评分办法"
    r"|[\u4e00-\u9fff]{0,6}(?:单位|部门|科室))$"
)
# A heading's label in Chinese numerals printed alone on its line (一、, （三）, (十二)): a table copied one cell a line puts
# the heading's words on the next line (broken_paragraphs joins them). It opens a body row, so it ends a header's run.
# An Arabic number alone (1, 2.) is a row's number cell (DIGIT_CELL), no label.
BARE_HEADING_LABEL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])$")
# A line holding only the border between two cells (|): no cell, it neither starts nor ends a run.
CELL_BORDER = re.compile(r"^[|｜ \u3000]+$")
# A cell holding only a number, alone on its line: a row's number (12) or another number cell of the row (its points, 60).
NUMBER_CELL = re.compile(r"^[ \u3000]*(?P<n>\d{1,3})[ \u3000]*$")
ROWS_IN_A_RUN = 2  # numbered rows that make a table's run (1 then 2): a number alone on a line once is no table
HEADER_CELL = 8  # a header cell is at most this long
HEADER_CELLS = 3  # header cells in a row, at least
COLUMN_NAMES = 2  # of which at least this many name a column

EXAMPLES = {
    "COLUMN_NAME": Examples(match=("序号", "责任单位", "牵头责任部门", "备注", "主要参与部门", "责任科室", "考核内容", "评分标准",
                                   "各项分值", "说明"),
                            no_match=("工作措施", "市人民政府关于印发…的通知", "各县、市、区政府", "考核细则的说明", "评分")),
    "BARE_HEADING_LABEL": Examples(match=("一、", "（三）", "(十二)", "二．"), no_match=("1.", "一、加强领导", "第一条", "（1）", "十一")),
    "NUMBER_CELL": Examples(match=("12", " 3 "), no_match=("1.", "2020年", "1234", "一")),
    "CELL_BORDER": Examples(match=("|", " | "), no_match=("序号", "| 序号 |")),
}


def _column_names(cells: list[str]) -> int:
    """How many columns the header cells name, a name broken over two cells (责任 ⏎ 科室) counted once."""
    named, at = 0, 0
    while at < len(cells):
        if COLUMN_NAME.match(cells[at]):
            named, at = named + 1, at + 1
        elif at + 1 < len(cells) and COLUMN_NAME.match(cells[at] + cells[at + 1]):
            named, at = named + 1, at + 2
        else:
            at += 1
    return named


def _spaceless_length(text: str) -> int:
    """The length of ``text`` without its spaces and ideographic spaces (counted: most lines are long, and removing
    them from every line to measure it cost more than the rest of the test)."""
    return len(text) - text.count(" ") - text.count("\u3000")


def header_cell_indexes(texts: list[str]) -> set[int]:
    """Indexes in ``texts`` of the lines of a table header copied one cell a line: HEADER_CELLS short lines or more in a
    row (border lines between them), COLUMN_NAMES of them naming a column."""
    found: set[int] = set()
    run: list[int] = []
    # (a line without spaces, most of them, is its own text: not run through the pattern)
    texts = [re.sub(r"(?<=\S)[ \u3000]+(?=\S)", "", text) if len(text) <= 3 * HEADER_CELL and (" " in text or "\u3000" in text)
             else text for text in texts]
    for index, raw in enumerate(texts + ["。"]):
        text = raw.strip()
        if CELL_BORDER.match(text):
            continue
        # a column's name may be spaced out over its cell (目   标   任   务): its characters counted
        if _spaceless_length(text) <= HEADER_CELL and not re.search(r"[。，；：:,;、]", text) and not BARE_HEADING_LABEL.match(text):
            run.append(index)
            continue
        if len(run) >= HEADER_CELLS and _column_names([texts[at].strip() for at in run]) >= COLUMN_NAMES:
            found |= set(run)
        run = []
    return found


def table_header_lines(lines: list[Line]) -> set[int]:
    """Starts of the lines of a table header copied one cell a line (see header_cell_indexes)."""
    return {lines[index].start for index in header_cell_indexes([line.text for line in lines])}


def _row_lines(texts: list[str]) -> set[int]:
    """Indexes of the row numbers of tables copied one cell a line: runs of numbers alone on their lines, each opening at
    a 1 and going on with every number one more than the run's last (a cell's points between two rows, 60, stand
    aside), of at least ROWS_IN_A_RUN rows."""
    runs: list[list[int]] = []
    last = 0
    for index, text in enumerate(texts):
        if not (found := NUMBER_CELL.match(text)):
            continue
        number = int(found.group("n"))
        if number == 1:
            runs.append([index])
            last = 1
        elif runs and number == last + 1:
            runs[-1].append(index)
            last = number
    return {index for run in runs if len(run) >= ROWS_IN_A_RUN for index in run}


def row_cell_breaks(texts: list[str]) -> list[tuple[int, int]]:
    """(index, row) of the number cells of tables copied one cell a line whose rows are numbered (1 ⏎ 重点考核部门 ⏎
    县委农工部 ⏎ 60 ⏎ 1.探索… ⏎ 2.完善… ⏎ 2 ⏎ 县农粮局 ⏎ 30 ⏎ … ⏎ 15 ⏎ …), each with the index of the row it closes a part
    of: the items numbered inside a row's cells after that row's number end at the next number cell, the row's next
    part (15: a sub-row's points) or the next row (2). A paragraph never goes on past a number alone on its line. A
    table's first row (1) closes nothing (the heading above the table stays open), nor does a number after a heading
    in Chinese numerals that ends the table (三、…)."""
    rows = _row_lines(texts)
    breaks: list[tuple[int, int]] = []
    current = None  # the row whose cells the lines belong to
    for index, text in enumerate(texts):
        if CHINESE_HEADING_CELL_RE.match(text):  # 三、综合奖扣分项目: the table's rows above it are done
            current = None
            continue
        found = NUMBER_CELL.match(text)
        if not found:
            continue
        if current is not None and not (index in rows and found.group("n") == "1"):
            breaks.append((index, current))
        if index in rows:
            current = index
    return breaks
