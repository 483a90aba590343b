"""Unit columns of tables copied as text: rows whose cells a pipe or a tab separates (| 牵头单位 | 配合单位 |), and
rows whose cells only spaces separate (序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位), whose text cells hold
spaces of their own (加强水资源保 护, a cell's line break): there the unit columns closing the header are counted
from the row's end."""

from __future__ import annotations

import re

from extractors.unit_roles import (
    COLUMN_LABEL_RE,
    NUMBER_COLUMN_RE,
    PERSON_AFTER_UNIT_RE,
    ROW_NUMBER_RE,
    TABLE_CELL_SEPARATORS,
    column_role,
)
from extractors.unit_names import looks_complete
from extractors.vocab import Examples

# A run of spaces between the cells of a row copied without borders.
SPACE_CELL_GAP_RE = re.compile(r"[ \u3000]+")
# A unit cell holds a list of names, never a sentence: a row whose last cells hold one is not read by position.
SENTENCE_IN_CELL_RE = re.compile(r"[。；;：:]")

EXAMPLES = {
    "SPACE_CELL_GAP_RE": Examples(match=(" ", "\u3000\u3000", "   "), no_match=("、", "|")),
    "SENTENCE_IN_CELL_RE": Examples(match=("推进。", "牵头：市水利局"), no_match=("市发展改革委、工业和信息化委等",)),
    "PLACED_OWNER_RE": Examples(match=("县公安局派出所", "镇政府"), no_match=("派出所工商质监所", "文化站")),
}


def _cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The cells of the row ``text[start:end]`` as spans; a leading and a trailing pipe open no cell."""
    bounds = [start - 1] + [i for i in range(start, end) if text[i] == separator] + [end]
    spans = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    if separator == "|" and spans and not text[spans[0][0] : spans[0][1]].strip():
        spans = spans[1:]
    if separator == "|" and spans and not text[spans[-1][0] : spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


def table_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of every unit cell under a header row with label columns."""
    if not any(sep in text for sep in TABLE_CELL_SEPARATORS):
        return []
    found = []
    columns: dict[int, tuple[str, bool]] = {}  # column → (role, whether it names a person too)
    separator, number_at = "", 0
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        row_separator = next((sep for sep in TABLE_CELL_SEPARATORS if sep in line), "")
        if not row_separator:
            columns = {}
            continue
        cells = _cells(text, start, end, row_separator)
        labels = [(index, COLUMN_LABEL_RE.fullmatch(text, a, b)) for index, (a, b) in enumerate(cells)]
        header = {index: (column_role(match), bool(match.group("person"))) for index, match in labels if match}
        if header:
            columns, separator = header, row_separator
            number_at = next((i for i, (a, b) in enumerate(cells) if NUMBER_COLUMN_RE.fullmatch(text, a, b)), 0)
            continue
        if not columns or row_separator != separator or set(line.strip()) <= set("|-: \t"):
            continue
        # a row that opens with its number under a header whose 序号 is not first lacks the merged cells before it
        shift = number_at if cells and ROW_NUMBER_RE.fullmatch(text, *cells[0]) else 0
        for index, (role, person) in columns.items():
            if 0 <= index - shift < len(cells) and text[cells[index - shift][0] : cells[index - shift][1]].strip():
                a, b = cells[index - shift]
                named = PERSON_AFTER_UNIT_RE.search(text, a, b) if person else None  # 市民政局 伍泽国
                found.append((a, named.start() if named else b, role))
    return found


def _space_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between runs of spaces."""
    span = text[start:end]
    if " " not in span and "\u3000" not in span:  # most lines: one cell, no regex scan
        return [(start, end)] if end > start else []
    spans, pos = [], start
    for gap in SPACE_CELL_GAP_RE.finditer(text, start, end):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    if end > pos:
        spans.append((pos, end))
    return spans


def space_table_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the unit cells of a table copied with spaces between its cells: under a header that
    opens with its number column (序号) and closes with unit columns (牵头单位 参与单位 责任单位), each row opening
    with its number gives its last cells to those columns, counted from the row's end (a text cell may hold
    spaces, a unit cell never does)."""
    found, roles = [], []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not roles and line.count(" ") + line.count("\u3000") < 2:
            continue  # under no header, a line of fewer than three cells changes nothing (most lines)
        if any(sep in line for sep in TABLE_CELL_SEPARATORS):
            roles = []  # a row with borders: read by its separators (table_cells)
            continue
        cells = _space_cells(text, start, end)
        if len(cells) < 3:
            roles = [] if cells and not ROW_NUMBER_RE.fullmatch(text, *cells[0]) else roles
            continue
        labels = [COLUMN_LABEL_RE.fullmatch(text, a, b) for a, b in cells]
        closing = 0
        while closing < len(labels) and labels[len(labels) - 1 - closing]:
            closing += 1
        if closing and NUMBER_COLUMN_RE.fullmatch(text, *cells[0]) and closing < len(cells):
            roles = [column_role(match) for match in labels[len(labels) - closing:]]
            continue
        if not roles or not ROW_NUMBER_RE.fullmatch(text, *cells[0]) or len(cells) <= len(roles):
            continue
        unit_cells = cells[len(cells) - len(roles):]
        if any(SENTENCE_IN_CELL_RE.search(text, a, b) for a, b in unit_cells):
            continue
        found += [(a, b, role) for (a, b), role in zip(unit_cells, roles)]
    return found


def spaced_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a unit cell that spaces alone separate (| 安监站 安监所 |, | 超限站 公路站 交警六中队 |): each
    part a whole unit name; otherwise the cell's own span (a name broken by a space, 市发展 改革委, is one list)."""
    parts = _space_cells(text, start, end)
    if len(parts) > 1 and all(looks_complete(text[a:b]) for a, b in parts):
        return parts
    return [(start, end)]



MIN_GLUED_NAME = 3  # a name this long or longer that a table prints alone (工商质监所; not 办, 局)
# A name opening with its place (县公安局, 镇政府): before a unit the table prints alone, it is that unit's owner
# (县公安局派出所: the county bureau's station), not a unit glued to it.
PLACED_OWNER_RE = re.compile(r"^[省市县区镇乡街村州旗盟縣區鄉鎮]")


def unglued_names(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The names of each of a table's unit names (``spans``), a name glued to another that the same table prints alone
    cut in two (| 文化站 派出所工商质监所 | with | 工商质监所 安监站 | in another row: 派出所 and 工商质监所) when what is
    left is a whole unit name too. A name whose end the table never prints alone stays whole (县公安局交警大队), and so
    does one opening with its place (县公安局派出所: the bureau's own station)."""
    alone = {text[a:b].strip() for a, b in spans}
    names: list[list[tuple[int, int]]] = []
    for a, b in spans:
        name = text[a:b].strip()
        known = next((other for other in sorted(alone, key=len, reverse=True) if other != name
                      and len(other) >= MIN_GLUED_NAME and name.endswith(other) and looks_complete(name[:-len(other)])
                      and not PLACED_OWNER_RE.match(name)),
                     None)
        cut = a + text[a:b].rfind(known) if known else None
        names.append([(a, cut), (cut, b)] if cut else [(a, b)])
    return names
