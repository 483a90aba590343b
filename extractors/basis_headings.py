"""Documents listed under a plan's basis heading: 1.2 编制依据 ⏎ 宪法及《中华人民共和国突发事件应对法》和《…总体应急预案》等。

An emergency plan, a programme or a set of rules often states what it rests on as a section of its own, the heading naming
the relation (编制依据, 制定依据, 依据) and its text a bare list of documents with no verb: the heading is the 依据 that the
README's basis takes from 根据/依据 in a sentence. Part of ``extractors.citation_relations``.
"""

from __future__ import annotations

import re

from .vocab import Examples

# A section label before a heading: 1.2 · 1. · (二) · 二、 · 第二条.
_LABEL = (r"(?:\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
          r"|第[一二三四五六七八九十\d]{1,3}[条节])")
# The basis heading alone on its line (1.2 编制依据, （二）制定依据, 依据:), or opening the line before the list (编制依据:《X》).
BASIS_HEADING = re.compile(
    rf"^[^\S\n]*(?:{_LABEL})?[^\S\n]*(?:编制|制定|制订|修订|工作|主要|法律|政策)?依据[^\S\n]*(?:[：:][^\S\n]*)?$")
# A line that is another heading, not a line of the list under the basis heading: short, no citation, no sentence mark.
OTHER_HEADING = re.compile(r"^[^\S\n]*[^《》。，,；;、\n]{1,24}$")
MAX_LIST_LINES = 12  # lines of the list between the heading and the citation, at most
LIST_REACH = 2000  # characters before a citation looked at for its heading

EXAMPLES = {
    "BASIS_HEADING": Examples(match=("1.2 编制依据", "（二）制定依据", "1.2编制依据", "编制依据：", "二、工作依据", "依据"),
                              no_match=("1.3 适用范围", "依据《X》制定本预案", "编制依据和原则说明如下。", "法律依据不足的")),
    "OTHER_HEADING": Examples(match=("1.3 适用范围", "（三）工作原则"),
                              no_match=("1.《中华人民共和国安全生产法》;", "宪法及《X》等。", "各乡镇、各部门要高度重视")),
}


def under_basis_heading(text: str, start: int) -> bool:
    """Whether the citation at ``start`` stands in the list under a basis heading: the words before it on its line are the
    heading (编制依据：《X》), or a line above, at most MAX_LIST_LINES lines up and with no other heading between, is one. Only
    the LIST_REACH characters before the citation are read: a text of many citations on few lines stays linear."""
    lines = text[max(0, start - LIST_REACH):start].split("\n")
    if BASIS_HEADING.match(lines[-1]):
        return True
    for line in reversed(lines[-1 - MAX_LIST_LINES:-1]):
        if BASIS_HEADING.match(line):
            return True
        if line.strip() and OTHER_HEADING.match(line):
            return False
    return False
