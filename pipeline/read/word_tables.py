"""DOCX tables: a w:tbl as rows of cell texts by grid column, as layout.table_to_paragraphs takes
them (a cell spanning columns repeats its text; None continues a vertically merged cell)."""

from __future__ import annotations

import re
from typing import Callable

from extractors.vocab import Examples
from pipeline.read.word_xml import TC, TR, children, to_int, val, w

# a cell's paragraphs are joined into one text: with "；" unless the first ends a clause or the
# next opens a bracket
CLAUSE_END_RE = re.compile(r"[。；;，,、：:！？!?）)]$")
OPEN_BRACKET_START_RE = re.compile(r"^[（(]")

EXAMPLES = {
    "CLAUSE_END_RE": Examples(match=("加强领导。", "牵头单位：", "（市发改委）", "责任单位,"), no_match=("市发改委", "2020年")),
    "OPEN_BRACKET_START_RE": Examples(match=("（一）加强领导", "(1) 完善"), no_match=("一、加强领导", "市（区）")),
}


def table_grid(tbl, read_blocks: Callable) -> list[list[str | None]]:
    """The table's rows of cell texts by grid column; ``read_blocks`` reads a cell's paragraphs
    and nested tables into lines (the body reader's ``blocks``)."""
    grid: list[list[str | None]] = []
    for tr in children(tbl, TR):
        row: list[str | None] = []
        trpr = tr.find(w("trPr"))
        before = to_int(val(trpr.find(w("gridBefore"))), 0) if trpr is not None else 0
        row.extend([""] * before)
        for tc in children(tr, TC):
            tcpr = tc.find(w("tcPr"))
            span = 1
            vmerge_continue = False
            if tcpr is not None:
                span = max(1, to_int(val(tcpr.find(w("gridSpan"))), 1))
                vm = tcpr.find(w("vMerge"))
                if vm is not None and val(vm, "continue") != "restart":
                    vmerge_continue = True
                hm = tcpr.find(w("hMerge"))
                if hm is not None and val(hm, "continue") != "restart" and row:
                    row.append(row[-1])
                    continue
            if vmerge_continue:
                row.extend([None] * span)
                continue
            text = cell_text(read_blocks(tc))
            row.extend([text] * span)
        grid.append(row)
    return grid


def cell_text(lines: list[str]) -> str:
    """A cell's lines as one text, bold markup removed."""
    parts = [ln.strip() for ln in lines]
    parts = [ln for ln in parts if ln]
    out = ""
    for ln in parts:
        if out and not (CLAUSE_END_RE.search(out) or OPEN_BRACKET_START_RE.match(ln)):
            out += "；"
        out += ln
    return out.replace("**", "")
