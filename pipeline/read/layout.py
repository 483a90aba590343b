"""Helpers the format readers share: spacing of text extracted from layouts (PDF, HTML) and task
tables turned into paragraphs."""

from __future__ import annotations

import re

from extractors.lazy_patterns import compiled_later
from extractors.unit_roles import COLUMN_NAME_QUALIFIERS, COLUMN_NAMES
from extractors.vocab import Examples




# --------------------------------------------------------------------------------------------
# shared by the DOCX, PDF and HTML readers

_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
)
CJK_CLASS = f"[{_CJK}]"
_SPACE_BETWEEN_CJK = compiled_later(f"(?<={CJK_CLASS})[ \t\u00a0]+(?={CJK_CLASS})")
_DOCNO_SPACES = compiled_later(
    r"([〔\[［（(﹝【])\s*([12]\s*\d\s*\d\s*\d)\s*([〕\]］）)﹞】])\s*(\d+(?:\s+\d+)*)\s*号"
)
_DIGIT_SPACED = compiled_later(r"(?<![\d.,])(\d(?: \d){2,})(?![\d.,])")


def _nospace(s: str) -> str:
    return re.sub(r"\s", "", s)


def fix_extracted_spacing(line: str) -> str:
    """Remove the spaces that PDF/HTML extraction puts between CJK characters and inside 文号 and
    spaced-out numbers, keeping spaces between Latin words."""
    line = _SPACE_BETWEEN_CJK.sub("", line)
    line = _DOCNO_SPACES.sub(lambda m: m[1] + _nospace(m[2]) + m[3] + _nospace(m[4]) + "号", line)

    def _digits(m: re.Match) -> str:
        joined = m[1].replace(" ", "")
        after = line[m.end() : m.end() + 2].lstrip(" ")
        before = line[max(0, m.start() - 1) : m.start()]
        if (
            re.fullmatch(r"(?:19|20)\d\d", joined)
            or (after[:1] and after[0] in "年月日号〕]］）%万亿元人户家个名倍")
            or before in ("〔", "第")
        ):
            return joined
        return m[1]

    line = _DIGIT_SPACED.sub(_digits, line)
    # "2020 年", "3 号", "〔 2020" are extraction gaps when the digits are in a Latin font
    line = re.sub(r"(\d) +(?=[年月日号〕])", r"\1", line)
    line = re.sub(r"(?<=[〔第年月]) +(?=\d)", "", line)
    return line


# --------------------------------------------------------------------------------------------
# tables: rows of cell texts by grid column (DOCX, HTML, PDF and spreadsheet tables alike)

_HEADER_PATTERNS = {
    "seq": compiled_later(r"^(?:序号|编号|序|项次)$"),
    "lead": compiled_later(r"^(?:牵头(?:责任)?(?:单位|部门)|主责(?:单位|部门)|牵头)$"),
    "coop": compiled_later(r"^(?:配合(?:责任)?(?:单位|部门)|协办(?:单位|部门)|参与(?:单位|部门)|协同(?:责任)?(?:单位|部门)|配合)$"),
    # and the names of unit columns that label no list in running text (实施主体, 考核单位: extractors.unit_roles)
    "resp": compiled_later(r"^(?:责任(?:单位|部门|主体)|主办(?:单位|部门)|承办(?:单位|部门)|实施(?:单位|主体)|负责(?:单位|部门)"
                           r"|(?:" + "|".join(COLUMN_NAME_QUALIFIERS) + r")?(?:" + "|".join(COLUMN_NAMES) + r"))$"),
    "deadline": compiled_later(r"^(?:完成(?:时限|时间|期限|时间节点)|时间(?:节点|安排|要求)|时限(?:要求)?|进度安排|推进时限)$"),
    "task": compiled_later(
        r"^(?:(?:重点|工作|主要|具体|改革|年度)?任务(?:内容|名称|措施)?|工作(?:内容|措施|要求|事项)|具体(?:措施|内容|工作)|"
        r"主要(?:内容|措施)|重点工作|工作目标及措施|措施|事项|目标任务|任务分工|考核(?:内容|指标))$"
    ),
}

# a task cell that opens with a heading label and fills no other column is a category row that
# groups the tasks below it
CATEGORY_LABEL_RE = compiled_later(r"^(?:[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十百零〇]+[）)]|第[一二三四五六七八九十百零〇]+(?:部分|章|节|篇|类|项|、))")
# a 序号 cell holding only a number or label, not text that spilled over from a category row
SEQ_LABEL_RE = compiled_later(r"^[（(]?(?:\d+|[一二三四五六七八九十百零〇]+)[）)]?[.．、,，\s]*$")

# a 序号 cell that prints its number in brackets, （一） or (1)
BRACKETED_SEQ_RE = compiled_later(r"^\s*[（(]\s*(?:\d+|[一二三四五六七八九十百零〇]+)\s*[）)]")

# a deadline cell holding only a day (an Excel date cell, "2023年11月30日"): the column makes it a
# limit, written "…日前" as the notices write one, so the deadline extractor reads it as a limit and
# not as a point in time. (A month alone, "2021年3月", is left as written: the deadline extractor
# reads no bare date or month as a limit, even after 完成时限, which is its own open question.)
BARE_DATE_RE = compiled_later(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")

EXAMPLES = {
    "BRACKETED_SEQ_RE": Examples(match=("（一）", "(1)", "（ 3 ）"), no_match=("1", "一、", "1）")),
    "BARE_DATE_RE": Examples(match=("2023年11月30日", "2024年1月5日"), no_match=("2023年6月", "2023年12月31日前", "长期坚持")),
    "CATEGORY_LABEL_RE": Examples(match=("一、确保完成全年主要预期目标", "（二）深化改革", "第三部分 保障措施", "十二．优化营商环境"),
                                  no_match=("1．加快项目建设", "推进一、二产业融合", "第一时间报送")),
    "SEQ_LABEL_RE": Examples(match=("1", "12.", "（3）", "一、", "七"), no_match=("一、确保完成全年主要预期目标", "2023年")),
    "_SPACE_BETWEEN_CJK": Examples(match=("脱贫 攻坚 工作", "关\u00a0于"), no_match=("the Belt and Road 倡议", "2020 年")),
    "_DOCNO_SPACES": Examples(match=("国开发〔 2 0 2 0 〕 3 号", "国开发〔2020〕3 号"), no_match=("（2020）3个", "〔 2 0 2 0 〕")),
    "_DIGIT_SPACED": Examples(match=("2 0 2 0 年 3 月", "电话 1 2 3"), no_match=("12 34", "1.2 3 4", "3 月")),
}

_CN_DIGITS = "零一二三四五六七八九"


def _header_key(cell: str) -> str | None:
    c = re.sub(r"[\s\u3000\xa0*]", "", cell)
    c = c.strip(":：")
    for key in ("seq", "lead", "coop", "resp", "deadline", "task"):
        if _HEADER_PATTERNS[key].match(c):
            return key
    return None


def task_header(row: list[str]) -> dict[str, int] | None:
    """If ``row`` is the header of a 任务分工 table, map column kinds to column indexes. Of two task
    columns with different headings (重点任务 then 具体措施) the left one is the ``group`` that
    gathers several rows and the right one the ``task`` of each row."""
    cols: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = _header_key(cell)
        if key == "task" and "task" in cols and "group" not in cols and cell != row[cols["task"]]:
            cols["group"], cols["task"] = cols["task"], i
        elif key and key not in cols:
            cols[key] = i
    if "task" in cols and ({"lead", "coop", "resp", "deadline"} & cols.keys()):
        return cols
    return None


def find_task_header(rows: list[list[str | None]], within: int = 3) -> tuple[int, int, dict[str, int]] | None:
    """The first 任务分工 header among the first ``within`` rows: (its row, the first task row,
    column kinds). A second header row that splits 责任单位 into 牵头单位 / 配合单位 is taken in."""
    for i, row in enumerate(rows[:within]):
        cols = task_header([c or "" for c in row])
        if not cols:
            continue
        start = i + 1
        if start < len(rows):
            extra: dict[str, int] = {}
            for j, cell in enumerate(rows[start]):
                key = _header_key(cell or "")
                if key:
                    extra.setdefault(key, j)
            nonempty = {c for c in rows[start] if c}
            if extra and len(extra) >= len(nonempty):
                for key, j in extra.items():
                    if key in ("lead", "coop") and cols.get("resp") == j - (1 if key == "coop" else 0):
                        cols.pop("resp", None)
                    cols[key] = j
                start += 1
        return i, start, cols
    return None


def _clean_cell(text: str) -> str:
    """Whitespace-normalise a cell. A line break inside the text is a wrapped line: joined directly
    between CJK characters, with a space between Latin words."""
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip(" \u3000") for ln in text.split("\n")]
    out = ""
    for ln in lines:
        if not ln:
            continue
        if out and not (re.search(f"{CJK_CLASS}$", out) or re.match(f"^{CJK_CLASS}", ln)):
            out += " "
        out += ln
    return fix_extracted_spacing(out)


def distinct_cells(row: list[str | None]) -> list[str]:
    """A row's filled cells, a cell spanning several columns once."""
    cells: list[str] = []
    for c in row:
        if c and (not cells or cells[-1] != c):
            cells.append(c)
    return cells


def table_to_paragraphs(rows: list[list[str | None]], cols: dict[str, int] | None = None) -> list[str]:
    """Turn table rows into paragraphs.

    ``rows`` holds cell texts by grid column: a cell spanning several columns repeats its text in
    each; ``None`` marks the continuation of a vertically merged cell. A 任务分工 table (a header with
    a 任务 column and a 单位 or 时限 column) gives one numbered measure per row:
    ``{序号}．{任务}（牵头单位：X；配合单位：Y）（责任单位：Z）（完成时限：W）`` with only the parts
    present; a category row (spanning the table, or only a labelled text) and a group column's
    text (重点任务 beside 具体措施) are headings above the measures they gather. Other tables give
    one paragraph per row, cells joined by an ideographic space."""
    rows = [[None if c is None else _clean_cell(c) for c in row] for row in rows]
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        return []
    start = 0
    other_columns: dict[int, str] = {}
    if cols is None:
        found = find_task_header(rows)
        if found:
            header, start, cols = found
            other_columns = _other_columns(rows[header:start], cols)
    if not cols:
        return ["\u3000".join(cells) for cells in map(distinct_cells, _last_column_merged_down_read_last(rows)) if cells]
    return _task_rows(rows[start:], cols, other_columns)


def _last_column_merged_down_read_last(rows: list[list[str | None]]) -> list[list[str | None]]:
    """A last column that is one cell merged down the whole table, beside cells stacked in rows (a
    joint 版头: the issuers stacked, 文件 or 令 beside them all), is read after the stack: the rows
    without it, its text at the end of the last row."""
    if len(rows) < 2 or any(len(row) != len(rows[0]) for row in rows) or len(rows[0]) < 2:
        return rows
    last = rows[0][-1]
    if not last or any(row[-1] is not None for row in rows[1:]) or not all(any(row[:-1]) for row in rows):
        return rows
    return [row[:-1] for row in rows[:-1]] + [rows[-1][:-1] + [last]]


def _other_columns(header_rows: list[list[str | None]], cols: dict[str, int]) -> dict[int, str]:
    """The headed columns that are no role, deadline or task (工作目标, 备注, 责任领导 …) by index,
    with their heading (the lowest header row's, the most specific)."""
    taken = set(cols.values())
    width = max(len(row) for row in header_rows)
    names: dict[int, str] = {}
    for j in range(width):
        heading = next((row[j] for row in reversed(header_rows) if j < len(row) and row[j]), "")
        heading = re.sub(r"[\s\u3000:：]", "", heading)
        if j not in taken and heading and all(heading != names_j for names_j in names.values()):
            names[j] = heading
    return names


def _task_rows(raw_rows: list[list[str | None]], cols: dict[str, int], other_columns: dict[int, str]) -> list[str]:
    """The paragraphs of a 任务分工 table's rows below its header; the other headed columns' texts
    follow the task as （heading：text）."""
    filled_rows = _fill_merged(raw_rows)
    out: list[str] = []
    n = 0
    group = None
    seq_numbers_groups = _seq_numbers_groups(raw_rows, cols)
    for index, row in enumerate(filled_rows):
        if task_header(row):  # the header repeated on a following page
            continue
        get = lambda k: row[cols[k]] if k in cols and cols[k] < len(row) else ""  # noqa: E731
        filled = [c for c in row if c]
        if len(filled) > 1 and len(set(filled)) == 1:
            out.append(filled[0])  # a section row spanning the table: "一、加强组织领导"
            continue
        seq, task = get("seq").strip(), get("task")
        details = [get(k) for k in ("lead", "coop", "resp", "deadline")]
        if "group" in cols and get("group") and get("group") != group:
            group = get("group")
            run = _run_length(filled_rows, index, cols["group"])
            seq_is_groups = seq_numbers_groups and bool(seq)
            if run > 1 or not task or seq_is_groups:
                out.append(_group_heading(group, seq if seq_is_groups else ""))
                n = 0 if seq_is_groups else n
            else:  # a group of one task: its heading is the start of the task's text
                task = f"{group}：{task}" if task else group
            if seq_is_groups:
                seq = ""
        elif "group" in cols and _is_continuation(raw_rows, index, cols.get("seq")):
            seq = ""  # the group's number, merged down beside its tasks
        if not task:
            rest = [c for j, c in enumerate(row) if c and j != cols.get("seq") and j != cols.get("group")]
            if rest:
                out.append("\u3000".join(([seq] if seq else []) + distinct_cells(rest)))
            elif seq and not SEQ_LABEL_RE.match(seq):
                out.append(seq)  # a category typed in the first column, spilling over the others
            continue
        if not seq and not any(details) and CATEGORY_LABEL_RE.match(task):
            out.append(task)  # a category row in the task column
            continue
        label, n = _task_label(seq, n)
        others = "".join(f"（{name}：{row[j]}）" for j, name in other_columns.items() if j < len(row) and row[j])
        out.append(label + task + others + _details(*details))
    return out


def _seq_numbers_groups(rows: list[list[str | None]], cols: dict[str, int]) -> bool:
    """Whether the 序号 column numbers the groups: merged down beside a group over its tasks."""
    if "group" not in cols or "seq" not in cols:
        return False
    return any(_is_continuation(rows, i, cols["seq"]) and _is_continuation(rows, i, cols["group"])
               for i in range(len(rows)))


def _fill_merged(rows: list[list[str | None]]) -> list[list[str]]:
    """Rows with each vertically merged cell's continuation holding the text above it."""
    out: list[list[str]] = []
    above: list[str] = []
    for row in rows:
        row = [(above[j] if j < len(above) else "") if c is None else c for j, c in enumerate(row)]
        above = row
        out.append(row)
    return out


def _run_length(rows: list[list[str]], index: int, column: int) -> int:
    """How many rows from ``index`` on hold the same text in ``column``."""
    value = rows[index][column]
    end = index
    while end < len(rows) and column < len(rows[end]) and rows[end][column] == value:
        end += 1
    return end - index


def _is_continuation(rows: list[list[str | None]], index: int, column: int | None) -> bool:
    return column is not None and index < len(rows) and column < len(rows[index]) and rows[index][column] is None


def _group_heading(group: str, seq: str) -> str:
    """A group's text as a heading; a number merged beside it becomes its 一、 label (its tasks are
    numbered 1．2．… below it)."""
    if not seq or CATEGORY_LABEL_RE.match(group):
        return group
    number = re.sub(r"^[（(]?(.*?)[）)]?[.．、,，\s]*$", r"\1", seq)
    if re.fullmatch(r"\d+", number):
        number = _chinese_number(int(number))
    return f"{number}、{group}" if number else group


def _chinese_number(value: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十 (a heading label; larger numbers stay digits)."""
    if not 0 < value < 100:
        return str(value)
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def _task_label(seq: str, n: int) -> tuple[str, int]:
    """The measure's label from its 序号 (or the next number when it has none) and the count. A
    bracketed 序号 keeps its brackets: （一） and （1） are labels of their own level, not 一、 or 1．."""
    seq_clean = re.sub(r"^[（(]?(.*?)[）)]?[.．、,，\s]*$", r"\1", seq)
    bracketed = BRACKETED_SEQ_RE.match(seq) is not None
    if re.fullmatch(r"\d+", seq_clean):
        return (f"（{int(seq_clean)}）" if bracketed else f"{int(seq_clean)}．"), int(seq_clean)
    if re.fullmatch(r"[一二三四五六七八九十百零〇]+", seq_clean):
        return (f"（{seq_clean}）" if bracketed else f"{seq_clean}、"), n
    if seq_clean:
        return f"{seq_clean}．", n
    return f"{n + 1}．", n + 1


def _as_limit(due: str) -> str:
    """A deadline cell's text, a bare date written as the limit it is."""
    return due + "前" if BARE_DATE_RE.match(due) else due


def _details(lead: str, coop: str, resp: str, due: str) -> str:
    """（牵头单位：X；配合单位：Y）（责任单位：Z）（完成时限：W）, the parts present."""
    units = [f"{name}：{value}" for name, value in (("牵头单位", lead), ("配合单位", coop)) if value]
    text = "（" + "；".join(units) + "）" if units else ""
    if resp:
        text += f"（责任单位：{resp}）"
    if due:
        text += f"（完成时限：{_as_limit(due)}）"
    return text
