"""Statements that name their units without a list label, found as spans of the text with the role
each form gives (``extractors.units`` reads the units of every span as it reads any list):

* an item of a duty list that opens with its units: ``区统计局：负责将…`` · ``6、区质量技监局。负责规范…`` ·
  ``（二十一）市公安局。负责对…`` · ``市财政局、市发改委：牵头做好…`` (the item's label, the units, a colon or a
  full stop, then 负责 or 牵头);
* an item of a schedule that opens with its limit, then its units and 负责: ``（二）2016年3月10日前，省教育厅负责完成…``;
* a measure closed by a bracket that lists its units and nothing else: ``…工业经济发展。（市工信委、市财政局）``
  (responsible: the bracket stands where ``（责任单位：…）`` stands in other notices);
* a table copied one cell a line (``牵头 单位 |`` ⏎ ``责任主体与协同单位 |`` ⏎ … ``24 |`` ⏎ ``优化…交通组织。 |`` ⏎
  ``徐国江 |`` ⏎ ``城管局 |`` ⏎ ``市政局、相关街道 |``): a merged cell leaves a row short, so a row's cells are matched to the
  header's unit columns by what they hold — the cells that read as lists of units, in order, when there are as many as
  unit columns (the head's name in a 分管领导 column is no unit);
* a bracket in which some units help another: ``（省人事厅配合省委有关部门落实）`` (the helpers cooperate, the
  one helped is responsible).

The last two are read only when every part of them reads as a unit's name, so that a bracket of any
other kind after a sentence (``（试行）`` ``（以下简称市发改委）`` ``（2019年）``) is never taken for one.
"""

from __future__ import annotations

import re

from .anchored_scan import finditer_after
from .lazy_patterns import compiled_later
from extractors.unit_lists import cut_by_text_end, split_items
from extractors.unit_names import UNIT_END_SUFFIXES, clean_name, looks_complete, unit_kind
from extractors.unit_roles import COLUMN_LABEL_RE, COOPERATE, LABEL_ROLES, LEAD, RESPONSIBLE, ROW_NUMBER_RE, column_role
from extractors.vocab import Examples

# An item label that can open a duty item: （二十一） (3) 6、 6. 一、
ITEM_LABEL = r"(?:[（(][一二三四五六七八九十百]{1,4}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、)"
# A line of a duty list that opens with its units, then a colon or a full stop, then the duty's verb.
DUTY_LINE_RE = compiled_later(
    r"(?m)^[ \t\u3000]*" + ITEM_LABEL + r"?[ \t\u3000]*"
    r"(?P<unit>[^\s:：，,。；;！？!?（）()《》“”\d]{2,40}?)[ \t\u3000]*(?P<mark>[:：。])[ \t\u3000]*(?P<verb>负责|牵头)"
)
DUTY_VERB_ROLES = {"负责": RESPONSIBLE, "牵头": LEAD}
# An item of a schedule that opens with its limit, then its units and the duty: （二）2016年3月10日前，省教育厅负责完成…
SCHEDULED_DUTY_RE = compiled_later(
    r"(?m)^[ \t\u3000]*" + ITEM_LABEL + r"[ \t\u3000]*[^，,。；;\n]{2,24}?前[，,][ \t\u3000]*"
    r"(?P<unit>[^\s:：，,。；;！？!?（）()《》“”\d]{2,30}?)(?P<verb>负责|牵头)(?=[\u4e00-\u9fff])"
)

# A bracket that closes a measure's last sentence and its line: 。（市工信委、市财政局）⏎. A unit may carry its alias
# in brackets of its own (省发改委(省能源局)), and the bracket may end with the notice's convention for such lists, stated
# once for all that follow (。列第一位者为牵头部门,下同 · ,排名第一位为牵头单位,下同): the convention is no unit
# (``extractors.units`` applies it); it is the clause that states it, so the units before it are not cut short.
CLAUSE_ENDS = "。；;！？!?"  # what a bracket of units closing a measure follows
UNITS_BRACKET_RE = compiled_later(
    r"(?<=[" + CLAUSE_ENDS + r"])[ \t\u3000]*[（(](?P<units>(?:[^（）()\n]|[（(][^（）()\n]{1,20}[）)]){2,80}?)"
    r"(?P<note>[。，,；;][^（）()\n，,；;。]*?(?:[为是]牵头(?:单位|部门)?|下同)[^（）()\n]*)?[）)][ \t\u3000]*(?=\n|$)"
)
# Words of a bracket that explains or qualifies rather than assigns: 以下简称… 含… 详见… and a pointer to an attachment
# (见附件, 见附表, 见附录: 各乡镇区域任务分解见附表 names where the split is, not who does it).
NOT_AN_ASSIGNMENT_RE = compiled_later(r"简称|称为|即|含|包括|详见|见附|下同|指|除外|试行|草案|暂行")

# A bracket whose units help another: （省人事厅配合省委有关部门落实） （县财政局协助县教育局做好）
HELPER_BRACKET_RE = compiled_later(
    r"[（(](?P<helpers>[^（）()，,。；;:：\n]{2,60}?)(?:配合|协助)(?P<helped>[^（）()，,。；;:：\n]{2,40}?)"
    r"(?:落实|实施|推进|做好|开展|完成|负责|办理)?[）)]"
)


def _all_units(text: str, start: int, end: int, strict: bool) -> bool:
    """Whether every item of ``text[start:end]`` reads as a unit's name; ``strict``: as a government body,
    a leading group, a class of bodies or a zone, never a company or a bare word."""
    items = split_items(text, start, end)
    if not items:
        return False
    for item in items:
        name = clean_name(text[item.start : item.end])
        if not name or len(name) > 30 or not looks_complete(name):
            return False
        if strict and unit_kind(name) == "company":
            return False
    return True


def _names_a_duty(text: str) -> bool:
    """Whether ``text`` holds a duty verb (DUTY_VERB_ROLES), which every duty line and scheduled duty ends on: the
    patterns, tried at every line, need not scan a text without one."""
    return any(verb in text for verb in DUTY_VERB_ROLES)


def duty_line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the units opening each item of a duty list."""
    spans = []
    if not _names_a_duty(text):
        return spans
    for line in DUTY_LINE_RE.finditer(text):
        start, end = line.span("unit")
        # after a full stop the units must all read as units (健全机制。负责… is a sentence, not a duty item)
        if line.group("mark") != "。" or _all_units(text, start, end, strict=False):
            spans.append((start, end, DUTY_VERB_ROLES[line.group("verb")]))
    return spans


def scheduled_duty_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the units of schedule items that open with their limit (（二）3月10日前，省教育厅负责…)."""
    spans = []
    if not _names_a_duty(text):
        return spans
    for item in SCHEDULED_DUTY_RE.finditer(text):
        start, end = item.span("unit")
        if _all_units(text, start, end, strict=True):
            spans.append((start, end, DUTY_VERB_ROLES[item.group("verb")]))
    return spans


def units_bracket_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the units in a bracket that closes a measure and holds nothing but units."""
    spans = []
    for bracket in finditer_after(UNITS_BRACKET_RE, text, CLAUSE_ENDS):  # (its look-behind's marks)
        start, end = bracket.span("units")
        if not NOT_AN_ASSIGNMENT_RE.search(text, start, end) and _all_units(text, start, end, strict=True):
            spans.append((start, end, RESPONSIBLE))
    return spans


def helper_bracket_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the helpers (cooperate) and of the unit they help (responsible)."""
    spans = []
    for bracket in HELPER_BRACKET_RE.finditer(text):
        (a, b), (c, d) = bracket.span("helpers"), bracket.span("helped")
        if _all_units(text, a, b, strict=True) and _all_units(text, c, d, strict=True):
            spans += [(a, b, COOPERATE), (c, d, RESPONSIBLE)]
    return spans


# A label in a table cell of its own, its list in the next cell: 牵头单位: | 市城市管理综合执法局 |
CELL_SEPARATOR_RE = compiled_later(r"[ \t\u3000]*\|[ \t\u3000]*")


def skip_cell_separator(text: str, pos: int) -> int:
    """Where a labelled list starts when the label ends its cell (``牵头单位: | 市…局 |``): after the bar."""
    bar = CELL_SEPARATOR_RE.match(text, pos)
    return bar.end() if bar else pos


def cell_end(text: str, start: int, end: int) -> int:
    """A list never runs past the bar that ends its table cell."""
    bar = text.find("|", start, end)
    return bar if bar >= 0 else end


# A line of a table copied one cell a line: the cell, then the bar(s) that close it (an empty cell is a bar alone).
CELL_LINE_RE = compiled_later(r"^(?P<cell>[^|\n]*?)[ \t\u3000]*\|+[ \t\u3000]*$")


def _unit_column_role(cell: str):
    """The role of a header cell that names a unit column (牵头 单位 · 责任主体与协同单位), or None."""
    cell = re.sub(r"\s+", "", cell)
    label = COLUMN_LABEL_RE.fullmatch(cell)
    if label:
        return column_role(label)
    if cell.endswith(("单位", "部门")):
        words = sorted((cell.find(word), word) for word in LABEL_ROLES if word in cell)
        return LABEL_ROLES[words[0][1]] if words else None
    return None


def _cell_line_runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive one-cell lines, each cell as a span (its text without the closing bars)."""
    runs, run, pos = [], [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        cell = CELL_LINE_RE.match(body)
        if cell:
            run.append((pos + cell.start("cell"), pos + cell.end("cell")))
        elif run:
            runs.append(run)
            run = []
        pos += len(line)
    return runs + [run] if run else runs


def cell_line_table_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the unit cells of tables copied one cell a line."""
    if "|" not in text:
        return []
    spans = []
    for run in _cell_line_runs(text):
        numbers = [i for i, (a, b) in enumerate(run) if ROW_NUMBER_RE.fullmatch(text, a, b)]
        if not numbers:
            continue
        roles = [role for a, b in run[: numbers[0]] if (role := _unit_column_role(text[a:b]))]
        if not roles:
            continue
        for first, last in zip(numbers, numbers[1:] + [len(run)]):
            cells = [(a, b) for a, b in run[first + 1 : last] if b > a and _all_units(text, a, b, strict=True)]
            if len(cells) == len(roles):
                spans += [(a, b, role) for (a, b), role in zip(cells, roles)]
    return spans


# A line that only separates the cells of a table copied one cell a line (序号 ⏎ | ⏎ 任务事项 ⏎ | ⏎ 牵头责任 ⏎ 部门 ⏎ |):
# the lines between two such lines are one cell.
BAR_LINE_RE = compiled_later(r"[ \t\u3000]*\|+[ \t\u3000]*")
# A cell that opens a row of such a table: the row's number alone (12), or a measure's label (2.纳入… · (一)加强…)
# when the table's rows are the notice's measures.
ROW_START_RE = compiled_later(r"[ \t\u3000]*(?:\d{1,3}[ \t\u3000]*$|" + ITEM_LABEL + ")")
HEADER_CELL_CHARS = 12  # a header cell names a column: 序号 · 主要工作举措 · 牵头单位 · 责任领导
HEADER_MIN_CELLS = 3  # and a header has several: one short line that says 责任单位 is no table
# A line that could name a unit column, with the line before it (a header cell broken over two, a blank line between
# allowed): short, ending in 单位, 部门, 科室, 处室 or 主体 (牵头单位 · 主要参与部门 · 牵头责任 ⏎ 部门 · 责任 ⏎ ⏎ 科室 · 实施主体).
# Its characters may be set apart by spaces (责  任  单  位).
HEADER_LINE_RE = compiled_later(
    r"(?m)^[ \t\u3000]*(?:[^\n]{0,10}\n(?:[ \t\u3000]*\n)?)?[^\n]{0,10}"
    r"(?:单[ \t\u3000]*位|部[ \t\u3000]*门|科[ \t\u3000]*室|处[ \t\u3000]*室|主[ \t\u3000]*体)[ \t\u3000]*$")
# A unit cell of a narrow column broken over short lines (市政 ⏎ 府办 ⏎ 公厅): at most this many pieces of at most
# BROKEN_PIECE_CHARS characters each.
BROKEN_CELL_PIECES = 3
# A numbered row's cell of the one unit column printed a unit a line (农业股 ⏎ 乡村产业发展股): at most this many lines, each
# one name without spaces.
MAX_UNITS_A_LINE = 4
BROKEN_PIECE_CHARS = 4


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Where a copy joined a unit cell to the cells after it (a line not closed by punctuation runs into the next, which opens
# with a digit): …沈阳近海经济区管委会2加快安徽节源… · …区发展改革局冯冬昌3推动… · …咸宁高新区管委会2020年12月.
GLUED_DIGIT_RE = compiled_later(r"(?<=[\u4e00-\u9fff])(?=\d)")
# The next row's number glued to its first cell (2加快…), not a quantity or a date (2020年12月, 24个项目).
GLUED_ROW_NUMBER_RE = compiled_later(r"\d{1,3}(?=[\u4e00-\u9fff])(?![年月日号时个项次家人户万亿元天周名条件份所座度])")
# A time cell glued after the units, closing the line: 2020年12月 · 2021年6月底前.
TIME_CELL_RE = compiled_later(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|中旬|上旬|下旬)?(?:前|以前)?[ \t\u3000]*")
# A person's name in a leader's column, glued after the units (区发展改革局冯冬昌): two or three characters.
TRAILING_NAME_RE = compiled_later(r"[\u4e00-\u9fff]{2,3}$")


def _units_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(end of the units, end of a leader's name after them) when ``text[start:end]`` is a unit cell, or one with a
    person's name glued after its last unit; else None."""
    name = TRAILING_NAME_RE.search(text, start, end)
    # tried first: 各镇政府(街道办事处)冯冬昌 reads whole as a class of bodies (各…), the name is still no part of it
    if name and not name.group().endswith(UNIT_END_SUFFIXES) and _all_units(text, start, name.start(), strict=True):
        return name.start(), end
    if _all_units(text, start, end, strict=True):
        return end, end
    return None


def _unglued_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line: the line, or the cells a copy joined in it (a unit cell, a name, the next row's number,
    the rest)."""
    for glue in GLUED_DIGIT_RE.finditer(text, start, end):
        number = GLUED_ROW_NUMBER_RE.match(text, glue.start(), end)
        if not number and not TIME_CELL_RE.fullmatch(text, glue.start(), end):
            continue  # 市政府2020年重点工作 · 由县政府2021年完成: words, not cells
        units = _units_before(text, start, glue.start())
        if units:
            cells = [(start, units[0])] + ([(units[0], units[1])] if units[1] > units[0] else [])
            rest = number.end() if number else glue.start()
            return cells + ([(glue.start(), rest)] if number else []) + _unglued_cells(text, rest, end)
    return [(start, end)] if end > start else []


def bare_cells(text: str) -> list[tuple[int, int]]:
    """The cells of text copied one cell a line with no bar closing a cell: each non-blank line, or, when lines
    holding only a bar separate the cells, the lines between two bars (a header cell broken over two lines is one
    cell). Text whose lines hold bars among words is left to the pipe and cell-line forms."""
    lines = _lines(text)
    bars = [BAR_LINE_RE.fullmatch(text, a, b) is not None for a, b in lines]
    if any("|" in text[a:b] for (a, b), bar in zip(lines, bars) if not bar):
        return []
    if sum(bars) < HEADER_MIN_CELLS:
        return [cell for a, b in lines if text[a:b].strip() for cell in _unglued_cells(text, *_strip(text, a, b))]
    cells, group = [], []
    for (a, b), bar in zip(lines + [(len(text), len(text))], bars + [True]):
        if bar and group:
            cells.append(_strip(text, group[0][0], group[-1][1]))
            group = []
        elif not bar and text[a:b].strip():
            group.append((a, b))
    return cells


def _joined_header_cells(header: list[str]) -> list[str]:
    """The header's cells, a cell broken over two lines joined again where neither half names a unit column and the
    whole does (责任 ⏎ 科室 → 责任科室; 责任 ⏎ 领导 stays two cells, naming none)."""
    joined: list[str] = []
    for name in header:
        if joined and not _unit_column_role(joined[-1]) and not _unit_column_role(name) \
                and _unit_column_role(joined[-1] + name):
            joined[-1] += name
        else:
            joined.append(name)
    return joined


def _mended_cell(text: str, cells: list[tuple[int, int]], at: int) -> int:
    """How many cells from ``at`` on make one unit cell broken over short lines (市政 ⏎ 府办 ⏎ 公厅 → 市政府办公厅):
    short pieces, none a row's start, the first no unit by itself (公厅 may read as one), their joined text a unit's;
    1 when none."""
    if _all_units(text, *cells[at], strict=True):
        return 1
    for count in range(BROKEN_CELL_PIECES, 1, -1):
        pieces = cells[at:at + count]
        if len(pieces) < count or any(len(text[a:b].strip()) > BROKEN_PIECE_CHARS or ROW_START_RE.match(text[a:b])
                                      for a, b in pieces):
            continue
        joined = "".join(re.sub(r"\s+", "", text[a:b]) for a, b in pieces)
        if _all_units(joined, 0, len(joined), strict=True) and not _unit_column_role(joined):
            return count
    return 1


def _cut_last_cell(text: str, start: int, end: int) -> bool:
    """Whether the cell ``text[start:end]`` is a unit cut by the end of the copy (the table's last cell, 市发 for 市发改委):
    read as printed (CONVENTIONS.md C29)."""
    name = clean_name(text[start:end])
    return bool(name) and cut_by_text_end(text, end, name)


def _one_after_another(placed: list[tuple[int, int]]) -> bool:
    """Whether cells placed at (index, count) follow each other with no other cell between (农业股 ⏎ 乡村产业发展股: one
    lead cell of two units printed a unit a line, where the table has one unit column)."""
    return all(index + count == following for (index, count), (following, _) in zip(placed, placed[1:]))


def bare_cell_table_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the unit cells of tables copied one cell a line without closing bars (序号 ⏎ 主要工作举措 ⏎
    牵头单位 ⏎ 配合单位 ⏎ 责任领导 ⏎ 1 ⏎ 加快构建… ⏎ 区农业农村局 ⏎ 区发展改革局、… — blank lines or bar lines between cells).
    The header is the run of short cells before the first row; a row opens with its number or a measure's label, and its
    cells that read as lists of units are matched to the unit columns in order when there are as many as columns
    (a leader's name, a time cell or a merged cell leaves the others in place). A table without row numbers (牵头单位 ⏎
    目标任务 ⏎ 责任单位 ⏎ 市政 ⏎ 府办 ⏎ 公厅 ⏎ 强化行政监督… ⏎ 市直各单位) opens its row at the first unit cell under the
    header, a unit cell broken over short lines joined again once the header is read."""
    # a line naming a unit column, alone or with the line above it (牵头责任 ⏎ 部门)
    if not any(_unit_column_role(line.group()) or _unit_column_role(line.group().rsplit("\n", 1)[-1])
               for line in HEADER_LINE_RE.finditer(text)):
        return []  # no line names a unit column: most notices stop here
    spans: list[tuple[int, int, str]] = []
    roles: list[str] = []
    header: list[str] = []
    row = None  # the unit cells of the row being read, once a header named unit columns
    row_cells: list[tuple[int, int]] = []  # where each of them is in ``cells``: (index, count)
    numbered = False  # whether the row opened with its number (not at its first unit cell, in a table without numbers)

    def close_row() -> None:
        if row is not None and roles and len(row) == len(roles):
            spans.extend((a, b, role) for (a, b), role in zip(row, roles))
        elif numbered and row and len(roles) == 1 and _one_after_another(row_cells) \
                and len(row) <= MAX_UNITS_A_LINE and not any(re.search(r"\s", text[a:b]) for a, b in row):
            spans.extend((a, b, roles[0]) for a, b in row)  # the one unit column's cell over lines, a unit a line

    cells, at = bare_cells(text), 0
    while at < len(cells):
        # once the header names a unit column (its own cells may be broken too: 责任 ⏎ 科室)
        named_so_far = roles or any(_unit_column_role(name) for name in _joined_header_cells(header))
        count = _mended_cell(text, cells, at) if named_so_far else 1
        (a, _), (_, b) = cells[at], cells[at + count - 1]
        at += count
        cell = text[a:b]
        if ROW_START_RE.match(cell):
            close_row()
            named = [role for name in _joined_header_cells(header) if (role := _unit_column_role(name))]
            if len(header) >= HEADER_MIN_CELLS and named:
                roles = named
            header, row, row_cells, numbered = [], ([] if roles else None), [], True
            continue
        if row is None and not _unit_column_role(cell) \
                and (count > 1 or len(header) >= HEADER_MIN_CELLS and _all_units(text, a, b, strict=True)):
            named = [role for name in _joined_header_cells(header) if (role := _unit_column_role(name))]
            if named:  # a table without row numbers: its first row opens at its first unit cell
                roles, header, row, row_cells, numbered = named, [], [], [], False
        if row is not None and (count > 1 or _all_units(text, a, b, strict=True) or _cut_last_cell(text, a, b)):
            row.append((a, b))
            row_cells.append((at - count, count))
            continue
        compact = re.sub(r"\s+", "", cell)
        header = header + [compact] if len(compact) <= HEADER_CELL_CHARS else []
    close_row()
    return spans


# A list label that lost its colon, glued to the words before it and to its list, which runs to the line's end or to the
# next such label: …整治活动责任单位各社区居委会、驻辖区单位 · …积存垃圾责任单位环卫分公司配合单位办事处、城管中队 (a 文库
# copy whose punctuation was dropped). Not 各责任单位 nor 有关责任单位 (salutations), as for labels with a colon.
COLONLESS_LABEL_RE = compiled_later(
    r"(?P<word>" + "|".join(LABEL_ROLES) + r")(?<![各关对向由与和及给把从督促]..)(?:责任)?(?:单位|部门)(?=[\u4e00-\u9fff])"
)  # nor the object of a preposition or a verb: 对承办单位报送的… · 督促承办单位及时办理


# What a label's words go on with when they are no label (明确牵头单位和责任单位): a conjunction or a particle, or another
# label closing the line.
LIST_OPENS_AS_WORDS_RE = compiled_later(r"[和及与或的等]")
LABEL_AT_LINE_END_RE = compiled_later(r"(?:" + "|".join(LABEL_ROLES) + r")(?:责任)?(?:单位|部门)$")


def _all_named_units(text: str, start: int, end: int) -> bool:
    """Whether every item of ``text[start:end]`` ends as a unit's name ends (局, 委, 公司, 居委会, 小区 …): stricter than
    looks_complete, which takes any 各… for a class of bodies (各司其职 is none)."""
    items = split_items(text, start, end)
    for item in items:
        name = re.sub(r"[（(][^（）()]*[）)]$", "", clean_name(text[item.start : item.end]))
        if (not name or len(name) > 30 or "的" in name  # 报送的办理结果做出退办 is a clause, not a unit
                or not (name.endswith(UNIT_END_SUFFIXES) or unit_kind(name) == "company")):
            return False
    return bool(items)


def colonless_label_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the lists after labels without a colon, read when every list of the line names units."""
    if not COLONLESS_LABEL_RE.search(text):
        return []
    spans = []
    for a, b in _lines(text):
        labels = list(COLONLESS_LABEL_RE.finditer(text, a, b))
        lists = [(label.end(), after.start() if after else b, LABEL_ROLES[label.group("word")])
                 for label, after in zip(labels, labels[1:] + [None])]
        if lists and all(_all_named_units(text, start, end) and not LIST_OPENS_AS_WORDS_RE.match(text, start)
                         and not LABEL_AT_LINE_END_RE.search(text, start, end)
                         for start, end, _ in lists):
            spans += lists
    return spans


# A unit column's name printed as the merged cell that opens the first of its rows (1 ⏎ 重点考核部门 ⏎ 县委农工部 ⏎ 60 ⏎ …):
# an assessment table whose header cell (考核项目) spans that group cell and the units' cells beside it.
GROUP_CELL_RE = compiled_later(
    r"(?m)^[ \t\u3000]*\d{1,3}[ \t\u3000]*\n(?:[ \t\u3000|]*\n)*" + COLUMN_LABEL_RE.pattern + r"$")
# A heading in Chinese numerals opening a cell (三、综合奖扣分项目 · （二）…): the rows above it are done.
CHINESE_HEADING_CELL_RE = compiled_later(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,4}[）)]|[一二三四五六七八九十]{1,3}、)")


def group_cell_table_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of the unit cells of a table copied one cell a line whose unit column is named by the merged
    cell opening its first row (1 ⏎ 重点考核部门 ⏎ 县委农工部 ⏎ 60 ⏎ … ⏎ 2 ⏎ 县农粮局 ⏎ …) rather than in its header: the
    row numbered N opens with its number, then (in the group's first row) the group cell, then its unit cell; each next
    row, numbered one more (or the same again: a copy's slip), opens with its number and its unit cell. A row whose cell after the number is no unit's
    name (15 ⏎ 持续推进…: a sub-row's points) is passed; a heading in Chinese numerals (三、…) or a number out of order
    ends the group."""
    if not GROUP_CELL_RE.search(text):
        return []
    cells = bare_cells(text)
    spans: list[tuple[int, int, str]] = []
    role, last = None, 0
    for at, (a, b) in enumerate(cells[:-1]):
        if not ROW_NUMBER_RE.fullmatch(text, a, b):
            if CHINESE_HEADING_CELL_RE.match(text, a, b):
                role = None  # a heading (三、综合奖扣分项目): the group's rows are done
            continue
        following = cells[at + 1]
        label = COLUMN_LABEL_RE.fullmatch(text, *following)
        if label and at + 2 < len(cells) and _all_units(text, *cells[at + 2], strict=True):
            role, last = column_role(label), int(text[a:b])
            spans.append((*cells[at + 2], role))
        elif role and int(text[a:b]) in (last, last + 1) and _all_units(text, *following, strict=True):
            last = int(text[a:b])
            spans.append((*following, role))
    return spans


def unlabelled_statement_spans(text: str) -> list[tuple[int, int, str]]:
    """Every span of these forms, in text order."""
    forms = (duty_line_spans, scheduled_duty_spans, helper_bracket_spans, units_bracket_spans, cell_line_table_spans,
             bare_cell_table_spans, group_cell_table_spans, colonless_label_spans)
    return sorted(span for form in forms for span in form(text))


EXAMPLES = {
    "DUTY_LINE_RE": Examples(
        match=("区统计局:负责将调减的面积", "各乡镇：负责结合", "市财政局、市发改委：牵头做好", "6、区质量技监局。负责规范市场计量行为",
               "(二十一)市公安局。负责对市区", "8、各镇、街道、莘庄工业区。负责将"),
        no_match=("主要任务：加强", "一、负责同志：", "(三)检查验收阶段(9-10月)。由区工商分局牵头"),
    ),
    "duty_line_spans": Examples(
        match=("6、区质量技监局。负责规范市场计量行为", "区统计局：负责将调减的面积落实到统计数据中"),
        no_match=("一、健全机制。负责任地推进改革", "1、强化组织领导。负责同志要"),
    ),
    "SCHEDULED_DUTY_RE": Examples(
        match=("(二)2016年3月10日前,省教育厅负责完成全省", "（一）6月底前，各乡镇负责完成摸底"),
        no_match=("(三)2016年3月20日前,省财政厅将所需资金下达", "（二）6月底前，完成面上调研任务，各部门负责"),
    ),
    "scheduled_duty_spans": Examples(
        match=("(二)2016年3月10日前,省教育厅负责完成全省",), no_match=("（一）6月底前，认真负责地完成",)),
    "UNITS_BRACKET_RE": Examples(
        match=("有效吸引社会资本投资工业经济发展。(市工信委、市财政局)", "加强监测。（县卫健局）\n",
               "负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)",
               "列入农村重点工作。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)\n"),
        no_match=("(市工信委、市財政局)。", "制定本意见（试行）"),
    ),
    "NOT_AN_ASSIGNMENT_RE": Examples(match=("以下简称市发改委", "含开发区", "各乡镇区域任务分解见附表", "分工见附件2"),
                                     no_match=("市工信委、市财政局", "各乡镇人民政府")),
    "units_bracket_spans": Examples(
        match=("工业经济发展。(市工信委、市财政局)", "整治到位。（县住建局、县城管局，各乡镇人民政府）",
               "负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)"),
        no_match=("印发实施。（以下简称市发改委）", "深化改革。（2019年）", "见附件。（此件公开发布）",
                  "组织实施。(市政府令第148号)", "负增长。(加强监测(试行)。列第一位者为牵头部门,下同)"),
    ),
    "CELL_LINE_RE": Examples(match=("牵头 单位 |", "城管局 |", "||", "|"), no_match=("| 1 | 城管局 |", "城管局")),
    "_unit_column_role": Examples(match=("牵头 单位", "责任主体与协同单位", "配合单位"), no_match=("分管 领导", "主要任务", "序号")),
    "cell_line_table_spans": Examples(
        match=("序号 |\n主要任务 |\n分管 领导 |\n牵头 单位 |\n协同单位 |\n24 |\n优化交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |",),
        no_match=("序号 |\n主要任务 |\n分管 领导 |\n24 |\n优化交通组织。 |\n徐国江 |",
                  "序号 |\n牵头 单位 |\n协同单位 |\n24 |\n城管局 |"),
    ),
    "BAR_LINE_RE": Examples(match=("|", " || "), no_match=("城管局", "、")),  # used whole: a line that is only a bar
    "HEADER_LINE_RE": Examples(match=("牵头单位", "主要参与部门", "牵头责任\n部门", "责任\n\n科室", "责  任  单  位", "实施主体"), no_match=("牵头单位:区发改局", "各有关单位要认真落实这项工作")),
    "ROW_START_RE": Examples(match=("24", "2.纳入工信部支持", "(一)加强财税支持", "一、加大财政金融支持力度"),
                             no_match=("2020年12月", "市发改委", "24个项目")),
    "bare_cell_table_spans": Examples(
        match=("序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n责任领导\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n"
               "区发展改革局、区工业和信息化局\n\n2",
               "序号\n|\n任务事项\n|\n牵头责任\n部门\n|\n主要参与部门\n|\n1\n|\n危桥改造\n|\n市公路处\n|\n各辖市(区)公路管理部门\n|",
               "牵头单位\n\n目   标   任   务\n\n责  任  单  位\n\n市政\n\n府办\n\n公厅\n\n强化行政监督,主动接受社会公众监督\n\n市直各单位"),
        no_match=("序号\n\n主要工作举措\n\n分管领导\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n2",
                  "责任单位\n1.加快构建产业体系。\n区农业农村局\n2.推进改革。",
                  "序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n2"),
    ),
    "group_cell_table_spans": Examples(
        match=("序号\n考核项目\n分值\n考核内容\n1\n重点考核部门\n县委农工部\n60\n农村生活垃圾专项治理\n2\n县农粮局\n30\n畜禽养殖污染控制",
               "1\n被考核单位\n区教育局\n20\n义务教育均衡发展\n2\n区卫健委\n20"),
        no_match=("1\n重点考核部门\n60\n农村生活垃圾专项治理\n2\n持续推进畜禽养殖污染控制",
                  "1\n考核内容\n县委农工部\n60")),
    "CHINESE_HEADING_CELL_RE": Examples(match=("三、综合奖扣分项目", "（二）加强监管"), no_match=("1.探索实行", "12")),
    "GROUP_CELL_RE": Examples(match=("1\n重点考核部门\n", "3\n\n责任单位"), no_match=("1\n考核项目", "重点考核部门")),
    "GLUED_DIGIT_RE": Examples(match=("管委会2加快", "冯冬昌3推动"), no_match=("2020年", "市发改委")),
    "GLUED_ROW_NUMBER_RE": Examples(match=("2加快安徽节源", "12推动"), no_match=("2020年12月", "24个项目", "12月")),
    "TIME_CELL_RE": Examples(match=("2020年12月", "2021年6月底前"), no_match=("全年",)),
    "TRAILING_NAME_RE": Examples(match=("区发展改革局冯冬昌",), no_match=("市发改委、",)),
    "COLONLESS_LABEL_RE": Examples(match=("整治活动责任单位各社区居委会", "责任单位环卫分公司配合单位办事处"),
                                   no_match=("各责任单位要", "有关责任单位：", "牵头单位：市发改委", "明确责任单位")),
    "LIST_OPENS_AS_WORDS_RE": Examples(match=("和责任单位", "的沟通"), no_match=("环卫公司",)),
    "LABEL_AT_LINE_END_RE": Examples(match=("和责任单位",), no_match=("环卫分公司", "责任单位环卫公司")),
    "colonless_label_spans": Examples(
        match=("垃圾日产日清责任单位城管科、各社区居委会,环卫公司\n", "积存垃圾责任单位环卫分公司配合单位办事处、城管中队"),
        no_match=("明确牵头单位和责任单位", "责任单位负责人要到位", "做好卫生整治,责任单位各司其职\n",
                  "对承办单位报送的办理结果做出退办\n", "督查员审核承办单位报送的办理结果做出退办\n",
                  "加强与责任单位的沟通联系", "配合单位积极配合")),
    "CELL_SEPARATOR_RE": Examples(match=(" | 市城市管理综合执法局 |",), no_match=("市城市管理综合执法局",)),
    "HELPER_BRACKET_RE": Examples(
        match=("（省人事厅配合省委有关部门落实）", "(县财政局协助县教育局做好)"),
        no_match=("（A牵头，B配合）", "（市财政局配合）"),
    ),
    "helper_bracket_spans": Examples(
        match=("（省人事厅配合省委有关部门落实）",), no_match=("（积极配合上级检查）", "（加强协调配合各方工作）")),
}
