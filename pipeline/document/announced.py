"""Where the list that 如下: (or 如下。) announces starts when its first item runs on after the colon on the same line (现将有关事项通知
如下：一、加强食品市场监管。二、… · 特制定方案如下:1.加强领导。\\n2.…): a copy, long or short, that lost the line break the
colon announces. The first label starts a line when the labels count on from it in sequence, on its line (after a
sentence's end or a space) or at the start of the next line that opens with a label; so do the ones on its line. A lone
一、 with nothing after it in turn, or a figure after the colon (如下：1个目标… · 如下：2021年…), starts nothing
(CONVENTIONS.md C25; a whole glued copy's lone 一、 is glued.glued_heading_breaks's).
"""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

from pipeline.document.labels import chinese_to_int

# What announces a list: 如下, maybe a few words naming it (通知如下 · 意见如下 · 提出如下实施意见), its colon; or 如下 closing
# its sentence with a full stop (有关问题通知如下。一、提高…认识: the same announcement, its items printed under it).
ANNOUNCING_COLON = re.compile(r"如下(?:[\u4e00-\u9fff]{0,6}[ \u3000]*[:：]|[。．])[ \u3000]*")
# A label of a list's first level, by kind: 一、 · （一） · 1. 1、 · 第一条; an item's words after it (a space at most), never
# a figure's (1.5倍 · 1个目标 · 2021年) nor a run of numerals (一、二、三级).
LIST_LABEL = re.compile(r"(?:(?P<comma>[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十]{1,3}、)|[（(](?P<paren>[一二三四五六七八九十]{1,3})[）)]"
                        r"|(?P<arabic>[1-9][0-9]?)[、.．]|第(?P<article>[一二三四五六七八九十百]{1,4})条)"
                        r"(?=[ \u3000]?[\u4e00-\u9fff“《])")
# What a later label of the list on the same line follows: a sentence's end or the space of a lost line break (…加强领导。
# 二、… · …活动主题 弘扬雷锋精神 二、…), never words (分为一、二类 · 依照第二条).
BEFORE_LATER_LABEL = "。；;！？!? \u3000"
LINE_LABEL = re.compile(r"[ \u3000]*(?:%s)" % LIST_LABEL.pattern)  # a label opening a line
RUN_SCAN = 60  # lines at most from the announcing one to the list's next label (its first item's lines between)

EXAMPLES = {
    "ANNOUNCING_COLON": Examples(match=("现将有关事项通知如下：", "提出如下实施意见: ", "要求如下:", "有关问题通知如下。"),
                                 no_match=("如下所述", "以下:", "如下实施意见。")),
    "LIST_LABEL": Examples(match=("一、加强领导", "（一）加强", "(二) 落实", "1.加强", "2、落实", "第一条 为了"),
                           no_match=("1.5倍", "1个目标", "2021年", "一是加强", "（1）加强")),
    "LINE_LABEL": Examples(match=("二、加强价格监督", "\u3000\u3000（二）落实责任", "2.开展排查"), no_match=("全县共2.5万亩", "一是加强")),
}


def _kind_and_number(found: re.Match) -> tuple[str, Optional[int]]:
    """The kind of a LIST_LABEL match (the group that holds its number) and its number."""
    for kind in ("comma", "paren", "arabic", "article"):
        if (number := found.group(kind)) is not None:
            return kind, int(number) if number.isdigit() else chinese_to_int(number)
    return "", None


def _run_on_line(line: str, start: int, end: int, kind: str) -> list[int]:
    """Offsets of the later labels of ``kind`` in ``line[start:end]`` that count on from 2 in turn."""
    starts, expected = [], 2
    for found in LIST_LABEL.finditer(line, start, end):
        if line[found.start() - 1] in BEFORE_LATER_LABEL and _kind_and_number(found) == (kind, expected):
            starts.append(found.start())
            expected += 1
    return starts


def _next_labels(lines: list[str]) -> list[dict[str, tuple[int, int]]]:
    """For each line, the index and number of the first line after it opening with a label of each kind, found in one
    pass from the end (the labels of a list under the first item, （一） under 一、, are passed over by kind)."""
    following, nearest = [{}] * len(lines), {}
    for index in range(len(lines) - 1, -1, -1):
        following[index] = nearest
        if found := LINE_LABEL.match(lines[index]):
            kind, number = _kind_and_number(found)
            nearest = {**nearest, kind: (index, number)}
    return following


def _counts_on_below(following: dict[str, tuple[int, int]], index: int, kind: str) -> bool:
    """Whether the next line opening with a label of ``kind`` (``following``, from _next_labels) is the list's 2, near."""
    next_index, next_number = following.get(kind, (0, None))
    return next_number == 2 and next_index - index <= RUN_SCAN


def announced_list_breaks(text: str) -> list[int]:
    """Offsets of the first label run on after 如下: and of its line's later labels in turn, when the list counts on."""
    if "如下" not in text:
        return []
    lines = text.split("\n")
    following = _next_labels(lines)
    breaks, offset = [], 0
    for index, line in enumerate(lines):
        colons = list(ANNOUNCING_COLON.finditer(line)) if "如下" in line else []
        for number, colon in enumerate(colons):
            first = LIST_LABEL.match(line, colon.end())
            kind, value = _kind_and_number(first) if first else ("", None)
            if value != 1:
                continue
            last = number + 1 == len(colons)  # the next lines follow the line's last list only
            later = _run_on_line(line, first.end(), colons[number + 1].start() if not last else len(line), kind)
            if later or last and _counts_on_below(following[index], index, kind):
                breaks += [offset + at for at in [first.start()] + later]
        offset += len(line) + 1
    return breaks
