"""Repairs of what OCR misreads in a notice, where the context leaves one reading: the brackets of a
文号's year (〔2020】), letters in a year (2O20年, 二O二O年), a letter l or I among digits, and the
punctuation PP-OCR's recogniser confuses with look-alikes (丶 for 、, · or ° for 。, ’ for ，, straight
quotes or a closing quote read as an opening one, a label's dot or mixed brackets, a speck read as a mark, a mark before a line's start, the
dashes around a page number, 一 for a range's dash between numbers). Applied to each OCR'd line before the lines are joined, never to a text layer.
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

CJK = "\u4e00-\u9fff"
# a 文号's year between brackets the recogniser reads as any kind (〔2020】4号, [2020〕4号, [2020]：7号),
# or as two (〔[2023]2号: the bracket's two strokes read as two marks), or the closing one lost to a
# space (〔2023 2号), a stray mark before the serial:
# 〔2020〕 was printed
DOC_NUMBER_YEAR_RE = re.compile(
    rf"(?<=[{CJK}])[〔\[【［(（〖{{]{{1,2}}((?:19|20)\d{{2}})(?:[〕\]】］)）〗}}]{{1,2}}|\s+(?=\d))\s*[.·:：,，、]?\s*(?=\d{{1,5}}\s*号)"
)
# a year in digits next to 年 with a letter O for a 0: 2O20年
YEAR_LETTER_O_RE = re.compile(r"(?<![A-Za-z0-9])[12](?=\d{0,2}[Oo])[0-9Oo]{3}(?=\s*年)")
# a year in Chinese numerals next to 年 with a letter O or a circle for 〇: 二O二O年, 二○二一年
NUMERAL_YEAR_O_RE = re.compile(r"[一二](?=[一二三四五六七八九〇○Oo]{0,2}[Oo○])[一二三四五六七八九〇○Oo]{3}(?=\s*年)")
# a letter l or I between two digits: 20l9, 3I5
DIGIT_LETTER_ONE_RE = re.compile(r"(?<=\d)[lI|](?=\d)")
# the radical 丶 (never written in a notice) for the enumeration comma 、
RADICAL_COMMA_RE = re.compile("丶")
# a middle dot after a Chinese character, ending the line or before the next sentence: a misread
# 。 (a middle dot between Chinese characters separates the parts of a transliterated foreign
# name, which notices barely have)
DOT_FULL_STOP_RE = re.compile(rf"(?<=[{CJK}”）])[·•・°](?=[{CJK}“（]|$)")
# a closing single quote between Chinese characters with no opening ‘ before it: a misread ，
QUOTE_COMMA_RE = re.compile(rf"(?<=[{CJK}])’(?=[{CJK}“]|$)")
STRAIGHT_QUOTE_RE = re.compile('"')
# a closing quote read as an opening one: “ after a short quoted phrase opened by “ in the same line, with
# no mark between them (推动“一件事“落实落地, “关怀模式““长辈模式”); a phrase with a comma or a full stop in it
# is not taken for one (the first “ may then close a quote begun on the line before)
OPENING_FOR_CLOSING_RE = re.compile(r"“[^“”\"，,。；;：:、！？]{1,20}(“)")
# marks that never start a line in Chinese typesetting (避头点), read from a speck before its start
LINE_START_MARK_RE = re.compile(r"^[，。：；、,.:;·•・°]+\s*(?=\S)")
# a numbering label 1． opening a line with its dot read as a middle dot, a colon or a degree sign
LABEL_DOT_RE = re.compile(rf"^(\d{{1,2}})[·•・°:：](?=[{CJK}])")
# a numbering label 一、 opening a line with its 、 read as another mark
LABEL_COMMA_RE = re.compile(rf"^([一二三四五六七八九十]{{1,3}})[～~丶,，.·:：°](?=[{CJK}])")
# an opening quote before a mark that never follows one: a speck read as “
QUOTE_BEFORE_MARK_RE = re.compile("“(?=[、，。；：])")
# a numbering label opening a line between brackets of two widths: (三）, （12)
LABEL_BRACKETS_RE = re.compile(r"^(?:\(([一二三四五六七八九十]{1,3}|\d{1,2})）|（([一二三四五六七八九十]{1,3}|\d{1,2})\))")
# the character 一 between two numbers: a range's dash, which the recogniser reads as the one stroke it
# looks like (行动方案（2021一2023年）, 1一3月); never a numeral there (第一, 十一, 一、 have no digit on each side)
DIGITS_DASH_RE = re.compile(r"(?<=\d)[ \u3000]*一[ \u3000]*(?=\d)")
# a space the recogniser puts inside a box's text between a digit and a Chinese character, where the
# narrow digits leave a gap the print has no space in (2.2 人户中 2 人均年满18 周岁, 于 2025年3月): left, it
# parts a label from its count (2.2 人户 read as section 2.2, not item 2. of 2人户); a space between boxes is
# the page's own and is not looked at here
BOX_DIGIT_SPACE_RE = re.compile(rf"(?<=\d) +(?=[{CJK}])|(?<=[{CJK}]) +(?=\d)")
# a line that is only a page number between dashes, the dashes read as 一 or -: —1—
PAGE_NUMBER_DASHES_RE = re.compile(r"^[-一—－]\s*\d{1,4}\s*[-一—－]$")

EXAMPLES = {
    "DOC_NUMBER_YEAR_RE": Examples(match=("闽扶办〔2020】4号", "国发[2019〕12号", "渝扶组办发[2020].7号", "京政发【2021〕3 号",
                                          "鞍立政发〔[2023]2号", "遂府函〔[2019]〕55号", "鞍立政发〔2023 2号"),
                                   no_match=("闽扶办〔2020〕", "2020】4月", "〔2020】4个", "闽扶办〔2020 4个")),
    "YEAR_LETTER_O_RE": Examples(match=("2O20年", "2o21年", "20O9 年"), no_match=("2020年", "2O20", "X2O20年")),
    "NUMERAL_YEAR_O_RE": Examples(match=("二O二O年", "二○二一年", "一九九O年"), no_match=("二〇二〇年", "二O二O", "三O年")),
    "DIGIT_LETTER_ONE_RE": Examples(match=("20l9", "3I5号"), no_match=("l9", "App1e", "2019")),
    "RADICAL_COMMA_RE": Examples(match=("一丶总体要求",), no_match=("一、总体要求",)),
    "DOT_FULL_STOP_RE": Examples(match=("脱贫攻坚·要坚定", "抓落地·", "获得感°帮扶"), no_match=("1·25", "A·B")),
    "QUOTE_COMMA_RE": Examples(match=("不动摇’工作", "抓落地’"), no_match=("Let’s", "放管服’。")),
    "STRAIGHT_QUOTE_RE": Examples(match=('“战疫"和',), no_match=("“战疫”和",)),
    "OPENING_FOR_CLOSING_RE": Examples(match=("推动“一件事“落实落地", "“关怀模式““长辈模式”"),
                                       no_match=("推动“一件事”落实落地", "通办“工作，推进“放管服”改革", "“一件事”“一次办”")),
    "LINE_START_MARK_RE": Examples(match=("：(三）及时", "，各地", "·三、把促进"), no_match=("（三）及时", "。")),
    "LABEL_DOT_RE": Examples(match=("1·采取适当方式", "12：探索", "3°加强"), no_match=("1．采取", "2020：", "1·5")),
    "LABEL_COMMA_RE": Examples(match=("二～加强疫情防控", "三，落实"), no_match=("二、加强", "二〇二〇年", "一是")),
    "QUOTE_BEFORE_MARK_RE": Examples(match=("（自治县）“、万盛",), no_match=("“四个意识”、坚定",)),
    "LABEL_BRACKETS_RE": Examples(match=("(三）及时", "（12)加强"), no_match=("（三）及时", "(3)加强", "x(三）")),
    "DIGITS_DASH_RE": Examples(match=("行动方案（2021一2023年）", "1一3月", "2022 一 2025年"),
                               no_match=("第一批", "十一、", "2025年一季度", "5G一体化", "一2一三")),
    "BOX_DIGIT_SPACE_RE": Examples(match=("2.2 人户中", "年满18 周岁", "系统于 2025年"),
                                   no_match=("2.2人户中", "2 . 系统", "Windows 10", "（一） 家庭")),
    "PAGE_NUMBER_DASHES_RE": Examples(match=("-1一", "一2一", "— 12 —"), no_match=("一2一三", "一、", "12")),
}


def box_text(text: str) -> str:
    """``text`` (what the recogniser read in one box) without the spaces it put beside digits."""
    return BOX_DIGIT_SPACE_RE.sub("", text) if " " in text else text


def repair_line(text: str) -> str:
    """``text`` (one OCR'd line) with the misreadings above repaired."""
    text = LINE_START_MARK_RE.sub("", text)
    text = LABEL_DOT_RE.sub(r"\1．", text)
    text = LABEL_COMMA_RE.sub(r"\1、", text)
    text = QUOTE_BEFORE_MARK_RE.sub("", text)
    text = LABEL_BRACKETS_RE.sub(lambda m: f"（{m.group(1) or m.group(2)}）", text)
    text = YEAR_LETTER_O_RE.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), text)
    text = NUMERAL_YEAR_O_RE.sub(lambda m: re.sub("[Oo○]", "〇", m.group()), text)
    text = DIGIT_LETTER_ONE_RE.sub("1", text)
    text = DOC_NUMBER_YEAR_RE.sub(_doc_number_year, text)
    text = RADICAL_COMMA_RE.sub("、", text)
    text = DOT_FULL_STOP_RE.sub("。", text)
    text = _quotes(text)
    if "“" in text:
        text = OPENING_FOR_CLOSING_RE.sub(lambda m: m.group()[:-1] + "”", text)
    if PAGE_NUMBER_DASHES_RE.match(text):
        return re.sub("[-一－]", "—", text)
    return DIGITS_DASH_RE.sub("—", text)


def _doc_number_year(m: re.Match) -> str:
    return f"〔{m.group(1)}〕"


def _quotes(text: str) -> str:
    """Straight double quotes as the curly quote their place asks for (opening, or closing an open
    “), and a ’ closing no ‘ as ，."""
    if '"' not in text and "’" not in text:
        return text
    out = []
    double_open = single_open = False
    for k, ch in enumerate(text):
        if ch == '"':
            ch = "”" if double_open else "“"
        if ch == "’" and not single_open and QUOTE_COMMA_RE.match(text, k):
            ch = "，"
        if ch in "“”":
            double_open = ch == "“"
        elif ch in "‘’":
            single_open = ch == "‘"
        out.append(ch)
    return "".join(out)
