"""Helpers the format readers share: spacing of text extracted from layouts (PDF, HTML) and task
tables turned into paragraphs."""

from __future__ import annotations

import re




# --------------------------------------------------------------------------------------------
# shared by the DOCX, PDF and HTML readers

_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
)
CJK_CLASS = f"[{_CJK}]"
_SPACE_BETWEEN_CJK = re.compile(f"(?<={CJK_CLASS})[ \t\u00a0]+(?={CJK_CLASS})")
_DOCNO_SPACES = re.compile(
    r"([〔\[［（(﹝【])\s*([12]\s*\d\s*\d\s*\d)\s*([〕\]］）)﹞】])\s*(\d+(?:\s+\d+)*)\s*号"
)
_DIGIT_SPACED = re.compile(r"(?<![\d.,])(\d(?: \d){2,})(?![\d.,])")


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


_HEADER_PATTERNS = {
    "seq": re.compile(r"^(?:序号|编号|序|项次)$"),
    "lead": re.compile(r"^(?:牵头(?:责任)?(?:单位|部门)|主责(?:单位|部门)|牵头)$"),
    "coop": re.compile(r"^(?:配合(?:责任)?(?:单位|部门)|协办(?:单位|部门)|参与(?:单位|部门)|协同(?:单位|部门)|配合)$"),
    "resp": re.compile(r"^(?:责任(?:单位|部门|主体)|主办(?:单位|部门)|承办(?:单位|部门)|实施(?:单位|主体)|负责(?:单位|部门))$"),
    "deadline": re.compile(r"^(?:完成(?:时限|时间|期限|时间节点)|时间(?:节点|安排|要求)|时限(?:要求)?|进度安排|推进时限)$"),
    "task": re.compile(
        r"^(?:(?:重点|工作|主要|具体|改革|年度)?任务(?:内容|名称|措施)?|工作(?:内容|措施|要求|事项)|具体(?:措施|内容|工作)|"
        r"主要(?:内容|措施)|重点工作|工作目标及措施|措施|事项|目标任务|任务分工)$"
    ),
}


def _header_key(cell: str) -> str | None:
    c = re.sub(r"[\s\u3000\xa0*]", "", cell)
    c = c.strip(":：")
    for key in ("seq", "lead", "coop", "resp", "deadline", "task"):
        if _HEADER_PATTERNS[key].match(c):
            return key
    return None


def task_header(row: list[str]) -> dict[str, int] | None:
    """If ``row`` is the header of a 任务分工 table, map column kinds to column indexes."""
    cols: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = _header_key(cell)
        if key and key not in cols:
            cols[key] = i
    if "task" in cols and ({"lead", "coop", "resp", "deadline"} & cols.keys()):
        return cols
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


def table_to_paragraphs(rows: list[list[str | None]], cols: dict[str, int] | None = None) -> list[str]:
    """Turn table rows into paragraphs.

    ``rows`` holds cell texts by grid column: a cell spanning several columns repeats its text in
    each; ``None`` marks the continuation of a vertically merged cell. A 任务分工 table (a header with
    a 任务 column and a 单位 or 时限 column) gives one numbered measure per row:
    ``{序号}．{任务}（牵头单位：X；配合单位：Y）（责任单位：Z）（完成时限：W）`` with only the parts
    present. Other tables give one paragraph per row, cells joined by an ideographic space."""
    rows = [[None if c is None else _clean_cell(c) for c in row] for row in rows]
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        return []
    start = 0
    if cols is None:
        for i, row in enumerate(rows[:3]):
            cols = task_header([c or "" for c in row])
            if cols:
                start = i + 1
                # a second header row (责任单位 split into 牵头单位 / 配合单位)
                if start < len(rows):
                    extra = {}
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
                break
    if not cols:
        out = []
        for row in rows:
            cells: list[str] = []
            for c in row:
                if c and (not cells or cells[-1] != c):
                    cells.append(c)
            if cells:
                out.append("\u3000".join(cells))
        return out

    out = []
    n = 0
    above: list[str] = []
    for row in rows[start:]:
        # vertically merged cells repeat the value above them
        row = [(above[j] if j < len(above) else "") if c is None else c for j, c in enumerate(row)]
        above = row
        if task_header(row):  # the header repeated on a following page
            continue
        get = lambda k: row[cols[k]] if k in cols and cols[k] < len(row) else ""  # noqa: E731
        filled = [c for c in row if c]
        if len(filled) > 1 and len(set(filled)) == 1:
            out.append(filled[0])  # a section row spanning the table: "一、加强组织领导"
            continue
        seq, task = get("seq").strip(), get("task")
        if not task:
            rest = [c for j, c in enumerate(row) if c and j != cols.get("seq")]
            if not rest:
                continue
            out.append("\u3000".join(([seq] if seq else []) + rest))
            continue
        seq_clean = re.sub(r"^[（(]?(.*?)[）)]?[.．、,，\s]*$", r"\1", seq)
        if re.fullmatch(r"\d+", seq_clean):
            n = int(seq_clean)
            label = f"{n}．"
        elif re.fullmatch(r"[一二三四五六七八九十百零〇]+", seq_clean):
            label = f"{seq_clean}、"
        elif seq_clean:
            label = f"{seq_clean}．"
        else:
            n += 1
            label = f"{n}．"
        para = label + task
        lead, coop, resp, due = get("lead"), get("coop"), get("resp"), get("deadline")
        units = []
        if lead:
            units.append(f"牵头单位：{lead}")
        if coop:
            units.append(f"配合单位：{coop}")
        if units:
            para += "（" + "；".join(units) + "）"
        if resp:
            para += f"（责任单位：{resp}）"
        if due:
            para += f"（完成时限：{due}）"
        out.append(para)
    return out
