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

from extractors.chinese_numerals import numeral_value
from extractors.vocab import Examples

# with the upper-case forms of financial writing a label may take ((叁), 贰、)
CHINESE_DIGITS = "一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾"
CHINESE_NUMERAL = f"[{CHINESE_DIGITS}]+"

# Characters after a decimal number that make it a quantity (1.5倍, 2.5万元), not an outline number. A
# line that starts with a number and a Chinese word is a heading (3.1日常监测, 6.1人力资源保障), so only
# multipliers and money count here.
QUANTITY_WORDS = "万亿千百倍元"
# What follows a number and a space when it is a quantity or a date, not an outline heading (2 月, 3 个, 5 万元).
OUTLINE_NOT_HEADING = "年月日时点分秒天周个人户家项条次万亿千百元倍吨亩米号级层岁届期批"
# The rest of such a paragraph: a short heading without punctuation, its characters maybe spaced (总 则), never a
# row of cells (县发改局 县财政局) or a count of people (5 名干部; 名词术语 is a heading).
OUTLINE_HEADING = (rf"(?![{OUTLINE_NOT_HEADING}]|名(?!词))(?:[\u4e00-\u9fff（）()、]{{1,24}}"
                   r"|[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,3})$")  # 总 则, or 总   则 spaced wider

# name, pattern — examples in the comments
NUMBERING_STYLES: list[tuple[str, str]] = [
    ("chapter", rf"第(?P<n>{CHINESE_NUMERAL})章[ \u3000]*"),  # 第一章 总则
    ("section", rf"第(?P<n>{CHINESE_NUMERAL})[节節][ \u3000]*"),  # 第二节 第二節
    ("article", rf"第(?P<n>{CHINESE_NUMERAL})[条條](?:之[一二三四五六七八九十]+)?[ \u3000]*"),  # 第十二条 第一條 第五条之一
    ("cn_comma", rf"(?P<n>{CHINESE_NUMERAL})(?:[、．]|\.(?![0-9]))[ \u3000]*"),  # 一、 二． 三.
    ("cn_paren", rf"(?:[（(][ \u3000]*(?P<n>{CHINESE_NUMERAL})[ \u3000]*[）)]|(?P<p>[\u3220-\u3229]))[ \u3000、．.]*"),  # （一） (二) ㈠
    # 1． 2. 3、 1﹒ ⒈, and 2.2018年民生实事 (a year after the dot), never 1.5倍; a crawl's 2 . 系统随机摇房 (a space before
    # the dot, and one after it)
    ("arabic_dot", r"(?:(?P<n>[0-9]{1,3})(?:[．.、﹒]|[ \u3000][．.][ \u3000])(?!(?![0-9]{4}年)[0-9%])|(?P<f>[\u2488-\u249b]))[ \u3000]*"),
    # outline numbers of plans (预案): 1.1 目的依据 · 2.3.1 预警分级 — the depth is the style, the last number the
    # ordinal; never 1.5倍 or 2.5万元 (a unit or multiplier after)
    ("decimal2", r"[0-9]{1,2}\.(?P<n>[0-9]{1,2})(?![0-9.%％" + QUANTITY_WORDS + r"])[ \u3000]*"),
    ("decimal3", r"[0-9]{1,2}\.[0-9]{1,2}\.(?P<n>[0-9]{1,2})(?![0-9.%％" + QUANTITY_WORDS + r"])[ \u3000]*"),
    ("arabic_paren", r"(?:[（(][ \u3000]*(?P<n>[0-9]{1,3})[ \u3000]*[）)]|(?P<q>[\u2474-\u2487]))[ \u3000、．.]*"),  # （1） (2) ⑴
    ("arabic_close", r"(?P<n>[0-9]{1,3})[）)][ \u3000]*"),  # 1） 2)
    ("circled", r"(?P<n>[\u2460-\u2473])[ \u3000]*"),  # ① ②
    # the top level of a plan's outline printed with a space and no stop (1 总则 above 1.1 编制目的): only when the
    # paragraph is that short heading alone, never a count or a date (2 月 20 日, 3 个工作日)
    ("arabic_space", r"(?P<n>[1-9][0-9]?)[ \u3000]+(?=" + OUTLINE_HEADING + ")"),
    ("cn_yao", rf"(?P<n>{CHINESE_NUMERAL})(?:要|是)(?=[\u4e00-\u9fff“])"),  # 一要提高… 二是加强…
]

# The characters each style's pattern can start with.
ARABIC_DIGITS = "0123456789"
CIRCLED_NUMBERS = "".join(map(chr, range(0x2460, 0x2474)))  # ① … ⑳
PARENTHESISED_IDEOGRAPHS = "".join(map(chr, range(0x3220, 0x322A)))  # ㈠ … ㈩, read as （一） … （十）
PARENTHESISED_DIGITS = "".join(map(chr, range(0x2474, 0x2488)))  # ⑴ … ⒇, read as （1） … （20）
DIGITS_WITH_STOP = "".join(map(chr, range(0x2488, 0x249C)))  # ⒈ … ⒛, read as 1. … 20.
OPENING_PARENS = "（("
STYLE_FIRST_CHARS = {
    "chapter": "第", "section": "第", "article": "第",
    "cn_comma": CHINESE_DIGITS, "cn_yao": CHINESE_DIGITS,
    "cn_paren": OPENING_PARENS + PARENTHESISED_IDEOGRAPHS, "arabic_paren": OPENING_PARENS + PARENTHESISED_DIGITS,
    "arabic_dot": ARABIC_DIGITS + DIGITS_WITH_STOP, "arabic_close": ARABIC_DIGITS,
    "decimal2": ARABIC_DIGITS, "decimal3": ARABIC_DIGITS, "arabic_space": ARABIC_DIGITS,
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


# The same few numerals come back on every label and date: their values are kept (cn2an, which reads
# the rarer forms, validates and parses each one anew: half of what labelling a notice cost).
@lru_cache(maxsize=4096)
def chinese_to_int(numeral: str) -> Optional[int]:
    return numeral_value(numeral.replace("两", "二"), "normal")


# The one-character numbers (㈠ ⑴ ⒈) and the first of their run, which is number 1.
SINGLE_CHARACTER_NUMBERS = {"p": 0x3220, "q": 0x2474, "f": 0x2488}


def _number(found: re.Match) -> tuple[str, Optional[int]]:
    """The number group of a label match, and its value when it is a one-character number."""
    for group, first in SINGLE_CHARACTER_NUMBERS.items():
        if group in found.re.groupindex and found.group(group):
            return found.group(group), ord(found.group(group)) - first + 1
    return found.group("n"), None


def _ordinal(style: str, number: str) -> Optional[int]:
    if number.isascii() and number.isdigit():
        return int(number)
    if style == "circled":
        return ord(number) - 0x245F
    return chinese_to_int(number)


# A telephone number's area code in brackets before its digits ((028)86604546, (010) 6655 8899, a contact line of a page's
# masthead or a notice's 联系电话): no label numbers an item with a leading zero.
AREA_CODE = re.compile(r"^[（(]0\d{2,3}[）)][ \u3000]*[-－—]?[ \u3000]*\d{3,4}")


# A notice's paragraphs are looked at several times (by the normaliser, then for the document's
# bounds, its header and its measures): each is matched once. Labels are immutable.
@lru_cache(maxsize=2048)
def match_label(paragraph: str) -> Optional[Label]:
    """The numbering label at the start of ``paragraph``, or None."""
    if paragraph[:2] in ("(0", "（0") and AREA_CODE.match(paragraph):
        return None
    for style, pattern in _STYLES_BY_FIRST_CHAR.get(paragraph[:1], ()):
        found = pattern.match(paragraph)
        if not found:
            continue
        number, single = _number(found)
        ordinal = single or _ordinal(style, number)
        if ordinal is None or ordinal <= 0:
            continue
        if found.end() >= len(paragraph.rstrip()):
            continue  # a label with nothing after it is not an item
        return Label(style, found.group(0).strip(" \u3000"), ordinal, found.end())
    return None


# The numbering of a first measure that opens a document printed after a signature under its own issuers and
# title, with no 文号 or recipients of its own (a forwarded 办法 under its departments, one a line).
FIRST_MEASURE_STYLES = ("article", "chapter", "cn_comma")


def opens_first_measure(text: str) -> bool:
    """A paragraph that opens a document's body with its first measure: 第一条…, 第一章…, 一、…"""
    label = match_label(text)
    return label is not None and label.ordinal == 1 and label.style in FIRST_MEASURE_STYLES


EXAMPLES = {
    "AREA_CODE": Examples(match=("(028)86604546", "（010）6655 8899", "(0551)-63633772"), no_match=("(1)明确责任", "(10)加强督查", "（一）加强领导")),
    "TABLE_ROW_START": Examples(match=("1 加强水资源保 护", "2  严守用水"), no_match=("2 月 20 日", "1.1目的", "2020 年")),
    "SPACED_TABLE_HEADER": Examples(match=("序号 类别 主要任务 细化措施 牵头单位",), no_match=("序号", "序号:1")),
    "GLUED_OUTLINE_TOP": Examples(match=("1总则", "2组织指挥体系及职责"), no_match=("3个工作日内", "2月20日", "1总则要求各单位认真落实,确保完成。")),
    "COUNT_AFTER_DOT": Examples(match=("2.2人户中2人均年满18周岁的家庭", "4.4人户及以上家庭"), no_match=("2.1人员分工", "3.1日常监测", "2.3.1 预警分级")),
    "LOST_ARTICLE": Examples(match=("十八条 督查事项办理。", "二十一条 反馈。", "条五条 市级行政许可项目管理机关为"), no_match=("十八条规定", "第十八条 督查", "三条措施")),
    "match_label": Examples(
        match=("一、总体要求", "（一）加强领导", "(一)加强领导", "㈠ 新型节能建筑体系", "⑴ 加强协调", "⒈ 全省生产总值",
               "1﹒全省生产总值增长7%以上", "1. 完善机制", "（1）明确责任", "① 完善", "一是加强领导", "第一條 為了使規範性檔案",
               "第二节 职责", "第一百零三条之一 本法", "2.2018年民生十件实事任务分解表", "1.1目的依据", "2.3.1 预警分级", "3.1日常监测", "6.1人力资源保障",
               "1 总则", "9 名词术语", "2 组织指挥体系及职责", "(叁)请各单位高度重视", "贰、工作要求", "2 . 系统随机摇房"),
        no_match=("(028)86604546", "(028)86605625(传真)", "1.5倍以上", "一是", "第一条", "2020年", "一方面要加强", "2.2018", "3.20%", "1.5倍以上", "2.5万元", "3.5%以上", "2 . 5万元",
                  "2 月 20 日", "3 个工作日内", "1 总则要求各单位认真落实,确保完成。", "2 县发改局 县财政局"),
    ),
}


# The top of a plan's outline whose space the copy lost (1总则 above 1.1为规范…), read only when the next numbered
# paragraph opens that number's first decimal item: alone, 1总则 could be a count or a cell.
GLUED_OUTLINE_TOP = re.compile(r"^(?P<n>[1-9][0-9]?)(?=" + OUTLINE_HEADING + ")")


# The styles of an outline's top numbers (1.总则, 1 总则) a glued number (2组织体系) may be one of, its dot or space lost.
OUTLINE_TOP_STYLES = ("arabic_dot", "arabic_space")


def glued_outline_labels(texts: list[str]) -> dict[int, Label]:
    """{index: label} of the paragraphs of ``texts`` that are a plan outline's top heading glued to its number
    (1总则), when the next paragraph with a label is that number's first decimal item (1.1…). Its style is that of the
    outline's previous top number when that is the one before it (1.总则 … 2组织指挥体系 … 3.预警: the copy lost 2's dot,
    and 2 is 1.'s sibling, not an item under 1.4), else a number and space's."""
    labels: dict[int, Label] = {}
    for index, text in enumerate(texts):
        if not (found := GLUED_OUTLINE_TOP.match(text)) or match_label(text) is not None:
            continue
        after = next((label for later in texts[index + 1:] if (label := match_label(later))), None)
        if after is not None and after.style == "decimal2" and after.text.startswith(found.group("n") + ".1"):
            number = int(found.group("n"))
            labels[index] = Label(_previous_top_style(texts, index, number, labels), found.group("n"), number, found.end())
    return labels


def _previous_top_style(texts: list[str], index: int, number: int, glued: dict[int, Label]) -> str:
    """The style of the outline's top number before paragraph ``index`` when it is ``number`` - 1 (1. over a glued 2),
    else arabic_space. The search goes back only to the nearest top number of either style."""
    for earlier in range(index - 1, -1, -1):
        label = glued.get(earlier) or match_label(texts[earlier])
        if label is not None and label.style in OUTLINE_TOP_STYLES:
            return label.style if label.ordinal == number - 1 else "arabic_space"
    return "arabic_space"


# A number and its dot glued to a count that opens the item (2.2人户中2人均年满18周岁的家庭: item 2., a household of 2): it
# reads as a decimal outline number 2.2, which an outline never opens with past its .1. ``n`` is the item's number.
COUNT_AFTER_DOT = re.compile(r"^(?P<n>[1-9][0-9]?)\.(?P<m>[2-9]|[1-9][0-9])(?=[" + OUTLINE_NOT_HEADING + "])")


def dotted_count_labels(texts: list[str]) -> dict[int, Label]:
    """{index: label} of the paragraphs of ``texts`` read as a decimal outline number (2.2, 3.2, 4.4) that are an
    arabic item number glued to a count opening its text (2.人户… ⏎ 3.2人户… ⏎ 4.4人户…): the decimal's sub-number is
    past .1, no earlier paragraph opens that number's .1, and a unit of count follows it (人, 户, 个, 年 …)."""
    labels, opened = {}, set()
    for index, text in enumerate(texts):
        found = COUNT_AFTER_DOT.match(text)
        label = match_label(text)
        if label is not None and label.style == "decimal2" and label.ordinal == 1:
            opened.add(label.text.split(".")[0])
        if found and label is not None and label.style == "decimal2" and found.group("n") not in opened:
            labels[index] = Label("arabic_dot", found.group("n") + ".", int(found.group("n")), len(found.group("n")) + 1)
    return labels


# A row of a table copied with spaces between its cells (1 加强水资源保护 严守… 市水利局 …) and the header above its
# first row (序号 类别 主要任务 … 牵头单位): each row is a line of its own, never joined to the row before.
TABLE_ROW_START = re.compile(r"^(?P<n>[1-9][0-9]{0,2})[ \u3000]+(?=[^ \u3000\d" + OUTLINE_NOT_HEADING + "])")
SPACED_TABLE_HEADER = re.compile(r"^(?:序号|编号)(?:[ \u3000]+[^ \u3000]{1,12}){2,}")


def starts_table_row(previous: str, line: str) -> bool:
    """Whether ``line`` is the next numbered row of a space-separated table whose header or previous row opens the
    paragraph ``previous``: 1 under 序号 …, N under N-1."""
    row = TABLE_ROW_START.match(line)
    if not row:
        return False
    if int(row.group("n")) == 1:
        return bool(SPACED_TABLE_HEADER.match(previous))
    before = TABLE_ROW_START.match(previous)
    return bool(before) and int(before.group("n")) == int(row.group("n")) - 1


def wraps_cell_list(previous: str, line: str) -> bool:
    """Whether ``line``, numbered N (2、 2.), goes on with a list that the row ``previous`` of a space-separated table
    started in a cell after the row's own number: 1 关于…的通知 达市府发〔2000〕65号 1、制定依据发生了重大变化。 ⏎
    2、根据现行…政策。 The cell wrapped onto a line of its own; its item is no measure of the notice, as the 1、 printed
    inside the row is none."""
    row = TABLE_ROW_START.match(previous)
    label = match_label(line)
    if not row or label is None or label.style != "arabic_dot" or label.ordinal < 2:
        return False
    stop = re.escape(label.text[-1])
    return re.search(rf"(?<![0-9.．]){label.ordinal - 1}{stop}", previous[row.end():]) is not None


# An article whose 第 the copy lost (十八条 督查事项办理。…) or misprinted as 条 (条五条 市级行政许可项目管理机关为…), read only
# in a run: see lost_article_labels.
LOST_ARTICLE = re.compile(rf"^[条條]?(?P<n>{CHINESE_NUMERAL})[条條][ \u3000]+(?=[\u4e00-\u9fff])")
LOST_ARTICLE_RUN = 3  # consecutive articles that make a run without a 第X条 before them


def lost_article_labels(texts: list[str]) -> dict[int, Label]:
    """{index: label} of the paragraphs of ``texts`` that open with an article whose 第 was lost (十九条 延期处理。),
    when they continue the numbering of a 第X条 printed before them or make a run of LOST_ARTICLE_RUN consecutive
    articles; a 十八条 alone (a law's article named at a line's start) is no article."""
    lost = {}
    for index, text in enumerate(texts):
        if (found := LOST_ARTICLE.match(text)) and (ordinal := chinese_to_int(found.group("n"))):
            lost[index] = Label("article", found.group(0).strip(" \u3000"), ordinal, found.end())
    if not lost:
        return {}
    labels, run, anchored, previous = {}, [], False, None
    for index, text in enumerate(texts):
        label = lost.get(index) or match_label(text)
        if label is None or label.style != "article":
            continue
        if index not in lost:  # a 第X条 as printed
            run, anchored, previous = [], True, label.ordinal
            continue
        if previous is None or label.ordinal != previous + 1:
            run, anchored = [], False
        run.append((index, label))
        previous = label.ordinal
        if anchored or len(run) >= LOST_ARTICLE_RUN:
            labels.update(run)
    return labels


# A section number printed alone on its line over its heading, two digits with a leading zero, as WeChat layouts print a
# plan's parts (01 ⏎ 总体目标和要求 ⏎ (一)总体目标。…, then 02 ⏎ 主要任务): read only in a run from 01, whose heading line has
# its first item under it, each next number the one after the previous with its heading under it. Alone, a 01 line is a
# table's cell or a page's counter.
SECTION_NUMBER = re.compile(r"^[ \u3000]*(?P<n>0[1-9]|[1-9][0-9])[ \u3000]*$")
SECTION_HEADING = re.compile(r"^[ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff、（）() \u3000]{1,23}$")
EXAMPLES["SECTION_NUMBER"] = Examples(match=("01", " 02 ", "12"), no_match=("1", "001", "01总体目标", "2025"))
EXAMPLES["SECTION_HEADING"] = Examples(match=("总体目标和要求", "主要任务"), no_match=("(一)总体目标。深入学习", "总体目标。确保安全度汛", "2025年"))


def section_number_labels(texts: list[str]) -> dict[int, Label]:
    """{index: label} of the paragraphs of ``texts`` that are a section's number alone over its heading (see
    SECTION_NUMBER); the label's text is the number as printed, its item's text the heading and what follows."""
    labels: dict[int, Label] = {}
    expected = 1
    for index, text in enumerate(texts):
        found = SECTION_NUMBER.match(text)
        if not found or int(found.group("n")) != expected or not found.group("n").startswith("0") and expected == 1:
            continue
        if index + 1 >= len(texts) or not SECTION_HEADING.match(texts[index + 1]):
            continue
        first_item = match_label(texts[index + 2]) if index + 2 < len(texts) else None
        if expected == 1 and (first_item is None or first_item.ordinal != 1):
            continue
        labels[index] = Label("section_number", found.group("n"), expected, found.end())
        expected += 1
    return labels


# The first item of an outline heading run into its parent's line (1、总则 1.1 编制目的 为做好… · 1.4 工作原则 1.4.1 坚持…):
# the parent's number and a short heading, then a space and the number that opens the parent's first sub-item (n.1 under
# n, n.m.1 under n.m). The sub-item's number says where the line breaks; other numbers after a heading stay in it.
RUN_IN_PARENT = re.compile(r"^(?P<n>[1-9][0-9]?(?:\.[1-9][0-9]?)?)(?:[、．.][ \u3000]*|[ \u3000]+)"
                           r"[\u4e00-\u9fff][\u4e00-\u9fff、]{1,11}[ \u3000]+")
EXAMPLES["RUN_IN_PARENT"] = Examples(match=("1、总则 1.1", "1.4 工作原则 1.4.1", "2 组织体系 2.1"),
                                     no_match=("1.1 编制目的为做好水旱灾害", "一、总则 (一)", "1、总则1.1"))


def run_in_child_at(text: str) -> Optional[int]:
    """The offset in ``text`` of the first sub-item run into its parent heading's line (see RUN_IN_PARENT), or None."""
    parent = RUN_IN_PARENT.match(text)
    if not parent:
        return None
    child = match_label(text[parent.end():])
    if child is None or child.ordinal != 1 or not child.text.startswith(parent.group("n") + "."):
        return None
    return parent.end() if child.text.count(".") == parent.group("n").count(".") + 1 else None
