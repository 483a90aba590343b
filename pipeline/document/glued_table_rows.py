"""The rows of a table printed with spaces between its cells (序号 工作任务 牵头负责部门 ⏎ 1 居民消费价格涨幅3%左右 发展改革委 ⏎
2 …) in a copy that lost its line breaks: each row's number glued after the last cell of the row before
(…涨幅3%左右 发展改革委2 城镇新增就业…). Each row starts a line again, and so does the header, as the table printed them
(pipeline.document.labels reads a row line under its header: TABLE_ROW_START, SPACED_TABLE_HEADER).
"""

from __future__ import annotations

import re

from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples

# A table's header of spaced cells (序号 文件名称 发布机关及文号 说明) with its first row's number glued after its last cell.
HEADER_THEN_FIRST_ROW = compiled_later(r"(?:序号|编号)(?:[ \u3000]+[^ \u3000\d]{1,12}){2,12}?(?P<row>1)[ \u3000]+(?=[^ \u3000\d])")
# A row's number glued after the last cell of the row before (…发展改革委2 城镇…, …〔2000〕65号说明2 关于…): after a word
# or a closing mark, a space after it and a cell's text (not a figure's unit: 3 万人 is no row).
ROW_START = compiled_later(r"(?<=[^\s\d.．,，、:：])(?P<n>[1-9][0-9]{0,2})[ \u3000]+(?=[^ \u3000\d万亿千百个人家项件次天年月日元米吨%％])")
ROW_AT_MOST = 400  # characters of one row's cells at most: a row further on is no longer this table's
ROWS_AT_LEAST = 3  # rows counting on from 1, the first under the header, before any is cut


def glued_table_row_breaks(text: str) -> list[int]:
    """Offsets in ``text`` where a glued spaced table's header and rows start (see the module): the header's start, then
    each row whose number counts on from the last within ROW_AT_MOST characters, its cells holding a space."""
    breaks = []
    for header in HEADER_THEN_FIRST_ROW.finditer(text) if "序号" in text or "编号" in text else ():
        starts, at = [header.start("row")], header.end()
        while True:
            row = next((found for found in ROW_START.finditer(text, at, at + ROW_AT_MOST)
                        if int(found.group("n")) == len(starts) + 1), None)
            if row is None or "\n" in text[starts[-1]:row.start()] or not _holds_cells(text, starts[-1], row.start()):
                break
            starts.append(row.start())
            at = row.end()
        if len(starts) >= ROWS_AT_LEAST:
            breaks += ([header.start()] if header.start() and text[header.start() - 1] != "\n" else []) + starts
    return breaks


def _holds_cells(text: str, start: int, end: int) -> bool:
    """Whether the row from ``start`` to ``end`` holds a space between cells after its number."""
    return bool(re.search(r"\S[ \u3000]+\S", text[start:end].split(None, 1)[-1] if " " in text[start:end] else ""))


EXAMPLES = {
    "HEADER_THEN_FIRST_ROW": Examples(match=("序号 工 作 任 务 牵头负责部门1 居民消费", "序号 文件名称 发布机关及文号 说明1 关于城市"),
                                      no_match=("序号:1 居民", "序号 1 2 3")),
    "ROW_START": Examples(match=("发展改革委2 城镇新增就业", "65号说明2 关于"), no_match=("新增就业3 万人", "2020 年", "1.2 编制依据")),
}
