"""Numbering labels that start a measure: 一、 （一） 1． （1） ① 一要 一是 第一条 …

Each style is named data: a regex anchored at the start of a paragraph with a group ``n`` holding
the number. The structure parser gives levels by order of first appearance, so the order here only
decides which style wins when two could match the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import cn2an

CHINESE_DIGITS = "一二三四五六七八九十百零〇两"
CHINESE_NUMERAL = f"[{CHINESE_DIGITS}]+"

# name, pattern — examples in the comments
NUMBERING_STYLES: list[tuple[str, str]] = [
    ("chapter", rf"第(?P<n>{CHINESE_NUMERAL})章[ \u3000]*"),  # 第一章 总则
    ("section", rf"第(?P<n>{CHINESE_NUMERAL})节[ \u3000]*"),  # 第二节
    ("article", rf"第(?P<n>{CHINESE_NUMERAL})条[ \u3000]*"),  # 第十二条
    ("cn_comma", rf"(?P<n>{CHINESE_NUMERAL})(?:[、．]|\.(?![0-9]))[ \u3000]*"),  # 一、 二． 三.
    ("cn_paren", rf"[（(][ \u3000]*(?P<n>{CHINESE_NUMERAL})[ \u3000]*[）)][ \u3000、．.]*"),  # （一） (二)
    ("arabic_dot", r"(?P<n>[0-9]{1,3})[．.、](?![0-9%])[ \u3000]*"),  # 1． 2. 3、
    ("arabic_paren", r"[（(][ \u3000]*(?P<n>[0-9]{1,3})[ \u3000]*[）)][ \u3000、．.]*"),  # （1） (2)
    ("arabic_close", r"(?P<n>[0-9]{1,3})[）)][ \u3000]*"),  # 1） 2)
    ("circled", r"(?P<n>[\u2460-\u2473])[ \u3000]*"),  # ① ②
    ("cn_yao", rf"(?P<n>{CHINESE_NUMERAL})(?:要|是)(?=[\u4e00-\u9fff“])"),  # 一要提高… 二是加强…
]

# The characters each style's pattern can start with.
ARABIC_DIGITS = "0123456789"
CIRCLED_NUMBERS = "".join(map(chr, range(0x2460, 0x2474)))  # ① … ⑳
OPENING_PARENS = "（("
STYLE_FIRST_CHARS = {
    "chapter": "第", "section": "第", "article": "第",
    "cn_comma": CHINESE_DIGITS, "cn_yao": CHINESE_DIGITS,
    "cn_paren": OPENING_PARENS, "arabic_paren": OPENING_PARENS,
    "arabic_dot": ARABIC_DIGITS, "arabic_close": ARABIC_DIGITS,
    "circled": CIRCLED_NUMBERS,
}


def _styles_by_first_char() -> dict[str, list[tuple[str, re.Pattern]]]:
    """First character of a paragraph -> the styles (in the order above) that can start with it:
    a paragraph is tried against two or three patterns, not ten, and most against none."""
    styles: dict[str, list[tuple[str, re.Pattern]]] = {}
    for name, pattern in NUMBERING_STYLES:
        compiled = re.compile(pattern)
        for char in STYLE_FIRST_CHARS[name]:
            styles.setdefault(char, []).append((name, compiled))
    return styles


_STYLES_BY_FIRST_CHAR = _styles_by_first_char()


@dataclass(frozen=True)
class Label:
    style: str
    text: str  # the label as printed, e.g. （十二）
    ordinal: int
    length: int  # characters the label (and the spaces after it) take


# The same few numerals come back on every label and date: cn2an validates and parses each one
# anew (half of what labelling a notice costs), so its answers are kept.
@lru_cache(maxsize=4096)
def chinese_to_int(numeral: str) -> Optional[int]:
    try:
        return int(cn2an.cn2an(numeral.replace("两", "二"), "normal"))
    except (ValueError, KeyError, TypeError):
        return None


def _ordinal(style: str, number: str) -> Optional[int]:
    if number.isascii() and number.isdigit():
        return int(number)
    if style == "circled":
        return ord(number) - 0x245F
    return chinese_to_int(number)


# A notice's paragraphs are looked at several times (by the normaliser, then for the document's
# bounds, its header and its measures): each is matched once. Labels are immutable.
@lru_cache(maxsize=2048)
def match_label(paragraph: str) -> Optional[Label]:
    """The numbering label at the start of ``paragraph``, or None."""
    for style, pattern in _STYLES_BY_FIRST_CHAR.get(paragraph[:1], ()):
        found = pattern.match(paragraph)
        if not found:
            continue
        ordinal = _ordinal(style, found.group("n"))
        if ordinal is None or ordinal <= 0:
            continue
        if found.end() >= len(paragraph.rstrip()):
            continue  # a label with nothing after it is not an item
        return Label(style, found.group(0).strip(" \u3000"), ordinal, found.end())
    return None
