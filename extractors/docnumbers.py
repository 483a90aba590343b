"""发文字号 (document numbers): parse one, or find every one in running text.

Three forms are read::

    bracketed     国开发〔2020〕3号   豫政 〔2010〕116号   晋政办发[2003]55号   渝府发（2022）32 号
    decree        山西省人民政府令第283号   省政府令 第12号   上海市人民政府令2018年第8号
    announcement  国家税务总局公告2019年第45号   国家税务总局2018年第32号

``issuer_code`` is everything written before the year/serial part, so that ``issuer_code`` plus the
rest gives back the number: ``豫政办`` for 豫政办〔2020〕5号, ``山西省人民政府令`` for a decree (the
令 is kept: 省政府令 and 省政府公告 are different series of the same body), ``国家税务总局公告`` or
``国家税务总局`` for an announcement.

``normalised`` has 〔〕 brackets, ASCII digits, the serial without leading zeros and no spaces or
invisible characters: 国开发〔2020〕3号, 省政府令第12号, 国家税务总局公告2019年第45号.

Noise is allowed anywhere inside a number: spaces of every kind (ASCII, NBSP, U+3000 …), zero-width
and other invisible characters, full-width digits, a line break inside the bracket/year/serial part.
In running text the left edge of the issuer is cut at verbs, particles and names that cannot belong
to a code (``按照省政府办公厅印发的闽政办〔2020〕5号`` gives 闽政办〔2020〕5号).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple, Optional

from schema.models import DocNumber

from .anchored_scan import finditer_near
from .brackets import OCR_YEAR_CLOSE, OCR_YEAR_OPEN, YEAR_CLOSE_BRACKETS, YEAR_OPEN_BRACKETS
from .fold import fold
from .vocab import Examples

# --- noise --------------------------------------------------------------------------------------

# Removed wherever they occur; they never separate words (U+200B ZERO WIDTH SPACE, U+FEFF BOM …).
INVISIBLE_CHARS = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Kept (as "\n") in running text: a code never spans a line break, so they bound the issuer.
NEWLINE_CHARS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
# ０１２ -> 012 (one character for one, so offsets survive the translation).
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# The brackets around the year (〔2020〕 [2020] （2020） ﹝2020﹞ 【2020】 〖2020〗 „2020‟; pairs need not
# match): extractors.brackets.
OPEN_BRACKETS, CLOSE_BRACKETS = YEAR_OPEN_BRACKETS, YEAR_CLOSE_BRACKETS
# 号, and 號 in traditional characters (東府〔2021〕54號).
NUMBER_SIGNS = "号號"
# Characters that stand for hidden characters of a code in published copies: **政办〔2015〕39号, ×府发.
MASK_CHARS = "*＊×xX□○〇"

# --- patterns (run on the cleaned text: no spaces or invisible characters, ASCII digits) ---------

YEAR = r"(?P<year>(?:19|20)\d\d)"
SERIAL = r"(?P<serial>\d{1,6})"
SIGN = f"[{NUMBER_SIGNS}]"
# A serial written without 号 ends at a closing bracket, a list or clause mark or 文(件): （国发〔2020〕3）.
SIGN_LEFT_OUT = rf"(?=[{re.escape(CLOSE_BRACKETS)}、，,。；;]|文)"

# 〔2020〕3号  (2020)第3号  〔2020〕\n3号 — the issuer code is read leftwards from the bracket.
BRACKETED_TAIL = re.compile(
    rf"[{re.escape(OPEN_BRACKETS)}]\n?{YEAR}\n?[{re.escape(CLOSE_BRACKETS)}]\n?第?\n?{SERIAL}(?:\n?(?P<sign>{SIGN})|{SIGN_LEFT_OUT})"
)
# The same number with its year's brackets misread or lost (OCR, copies): 国办发「2009」3号, 国办发，,2009“3号,
# 魯政辦字2020167號 (year and serial run together: the year is the first four digits). 号 is required, the serial
# at most four digits, and a code whose year lost a bracket must end as codes do (CODE_ENDINGS): a bare year and
# serial is less sure.
OCR_TAIL = re.compile(
    rf"(?P<open>[{re.escape(OCR_YEAR_OPEN)}]{{1,2}}\n?)?{YEAR}\n?(?P<close>[{re.escape(OCR_YEAR_CLOSE)}]\n?)?"
    rf"第?\n?(?P<serial>\d{{1,4}})\n?(?P<sign>{SIGN})"
)
# How far after an OCR_TAIL match's start its 号 is at most: two brackets, a year, a bracket, 第 and a serial of four,
# each but the year with a line break after it. The pattern, which may start at any digit, is tried only that far
# before a 号 (extractors.anchored_scan; tests/test_docnumbers.py checks it against finditer).
OCR_TAIL_REACH = 2 + 1 + 4 + 1 + 1 + 1 + 1 + 1 + 4 + 1
# A number whose year was lost on the way to the page, its brackets left empty (西防指[]15号, 穗民发〔〕17号), or masked
# in a template (市委办〔20**〕91号). The code is read as for any bracketed number; 号 is required. Normalised with the
# brackets' content as written (empty, or the masked year) and no year.
EMPTY_YEAR_TAIL = re.compile(
    rf"[{re.escape(OPEN_BRACKETS)}]\n?(?P<masked>(?:19|20)[{re.escape(MASK_CHARS)}]{{2}})?\n?[{re.escape(CLOSE_BRACKETS)}]"
    rf"\n?第?\n?{SERIAL}\n?(?P<sign>{SIGN})")
# A number whose bracketed year a copy replaced by one mask character (中办发*23 号, 民发*21 号: a 文库 copy's masked
# basis list). Read after a code ending as nine codes in ten do (CODE_ENDINGS); normalised as written, with no year.
STAR_YEAR_TAIL = re.compile(rf"[*＊]\n?{SERIAL}\n?(?P<sign>{SIGN})")
# The last character of nine codes in ten of the 34,434 real 文号 (/work/shared/docnumbers): 国办发, 国办函, 京政办,
# 渝府, 豫政, 沪府规, 国办电, 国函复, 鲁政办字, 省委.
CODE_ENDINGS = "发函办府政规电复字委"
# A number without 号 needs a code that reads as one: two characters at least, not ending in a word
# of time (2020年（2020）12，is a year and a table cell, not 年〔2020〕12号).
MIN_CODE_WITHOUT_SIGN = 2
TIME_WORD_ENDINGS = "年月日度期"
# What a bracketed number without 号 holds in the raw text: a digit and the bracket closing its year.
BRACKETED_TAIL_CLUE = re.compile(rf"[\d０-９]\s{{0,3}}[{re.escape(CLOSE_BRACKETS)}]")
# What every SERIES_TAIL match ends with. SERIES_TAIL may start almost anywhere (its first parts
# are optional), so scanning a text for it is slow; most texts hold no 第3号 at all, and this finds
# that fast.
SERIES_CORE = re.compile(rf"第\n?{SERIAL}\n?{SIGN}")
# 令第283号  令2018年第8号  公告2019年第45号  2018年第32号 (and, in whole strings only, 第24号).
SERIES_TAIL = re.compile(rf"(?P<kind>公告|令)?\n?(?:{YEAR}\n?年\n?)?{SERIES_CORE.pattern}")
# An order's number written with its 令 after the serial: 北京市人民政府第12號令 is the order 北京市人民政府令第12號 (the series its
# own heading prints, 北京市人民政府令 / 第277號), read only after a body's name (BODY_SUFFIX): 第3号令 alone names no series.
# The 第 is often left out in citing a ministry's order (建设部81号令, 财政部87号令): the same order, 建设部令第81号.
ORDER_AFTER_SERIAL_TAIL = re.compile(rf"第?\n?{SERIAL}\n?(?P<sign>{SIGN})\n?令")
# A 字号 without a year: the issuer's code ends in 字 and the serial follows 第 (農授林業字第1152420100號, Taiwan's form,
# whose serial holds the ROC year and runs to ten digits; 府教字第12号). The code is read leftwards as a bracketed one's.
CHARACTER_SERIES_TAIL = re.compile(rf"字\n?第\n?(?P<serial>\d{{1,12}})\n?(?P<sign>{SIGN})")
# The short year some such numbers print before their code in brackets: 〔91〕新出图字第990号 (1991).
SHORT_YEAR_BEFORE = re.compile(rf"[{re.escape(OPEN_BRACKETS)}]\d{{2,3}}[{re.escape(CLOSE_BRACKETS)}]$")

# Only for a whole string that is nothing but a damaged number: 晋政发〔2014〕号16, 晋政办发〔2012〕18.
LOOSE_BRACKETED = re.compile(
    rf"^(?P<prefix>.*?)[{re.escape(OPEN_BRACKETS)}]{YEAR}[{re.escape(CLOSE_BRACKETS)}]"
    rf"(?:{SIGN}(?P<serial>\d{{1,6}})|(?P<bare_serial>\d{{1,6}}))$"
)

# --- the left edge of the issuer -----------------------------------------------------------------

# A campaign's short name in quotes inside an issuer code: 全“讲、比”组办发[2008]6号 · 市“两违”办发〔2015〕3号 (a
# leading group's office named after its campaign). Looked for only right before a code's run.
QUOTED_IN_CODE = re.compile(r"“[\u4e00-\u9fff、]{1,8}”$")
MAX_QUOTED_IN_CODE = 10
LEVELS_BEFORE_QUOTED = "全国省市区县乡镇州盟旗"  # 全“讲、比”, 市“两违”: one character naming the level

# A periodical's issue line names its sponsor, not an issuer: 咸宁市人民政府主办2020年第2号(总第55号) is the gazette's
# second issue of 2020 (a 公报 page's masthead), whose body name ends in 办 as a 文号's issuer may (市政府办2018年第3号).
PERIODICAL_SPONSOR = re.compile(r"(?:主办|协办|承办|编印|主编|编辑|出版)$")

# Words after which a full issuer name (decree, announcement) starts: verbs and particles of the
# sentence around the number.  根据山西省人民政府令第283号 -> 山西省人民政府令;
# 号市人大公告1996年第40号 (cut by a scrape) -> 市人大公告.  和 is not here: 住房和城乡建设部令.
NAME_STOPS = (
    "根据", "按照", "依据", "依照", "遵照", "参照", "对照", "印发", "转发", "下发", "发布", "公布", "颁布",
    "贯彻", "落实", "执行", "以及", "关于", "废止", "通知", "意见", "的", "据", "以", "号", "號",
    "简称", "下称",  # （以下简称京政办字〔2017〕20号文）
)
# A reply's addressee before the number it answers: 你局黄民[2007]42号文收悉 (黄民 is the code). No code starts with
# 你 or 贵 (none of the 34,434 real 文号 does).
ADDRESSEES = tuple(f"{pronoun}{body}" for pronoun in "你贵" for body in "局厅委市县区省部院校办司处所会")

# Extra stops for a short bracketed code (豫政办, 国开发, 沪经信规): conjunctions and prepositions
# never found in codes, and body names that stand before a code (福建省人民政府闽政〔2020〕1号, 国务院国发〔1980〕121号文件:
# none of the 34,434 real 文号 holds 国务院, whose codes are 国发, 国办发, 国函).
CODE_STOPS = NAME_STOPS + (
    "人民政府", "国务院", "國務院", "办公厅", "办公室", "领导小组", "文件", "精神", "要求", "通告", "批复", "决定", "规定", "报告", "请示",
    "和", "与", "及", "将", "由", "在", "对", "为", "是", "了", "把", "从", "向", "按", "已", "即", "见",
) + ADDRESSEES



def _stop_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


NAME_STOP = _stop_pattern(NAME_STOPS)
CODE_STOP = _stop_pattern(CODE_STOPS)

# A conjunction left at the front of a name joins it to what came before: 令第283号和国家税务总局….
# (the 和 of 共和国 is not one).
LEADING_CONJUNCTION = re.compile(r"(?:以及|(?<!共)和|与|及|或)")

# A body name an announcement number without 公告 must end with (国家税务总局2018年第32号), so that
# 在2020年第1号… is not read as one.
BODY_SUFFIX = re.compile(r"(?:部|局|委|署|院|厅|办|会|行|关|府|室|中心|政府)$")

# The unit that ends a date's digits, left of a name: 2004年7月15日山东省人民政府令 (日照市 keeps its 日,
# since it follows no digit).
DATE_UNIT_AFTER_DIGITS = re.compile(r"[年月日]")

# A date written in Chinese numerals right before a code ends the run's date, not the code: the heading parenthesis
# (一九九八年九月二十三日计价格[1998]1810号) gives 计价格〔1998〕1810号. None of the 34,434 real 文号 starts with numerals and 日.
CHINESE_DATE_END = re.compile(r"[〇○零一二三四五六七八九十]{1,3}日")

MAX_ISSUER_RUN = 30  # longest CJK run looked at left of a number (宁夏回族自治区人民政府令 is 11)
MIN_CODE_AFTER_CUT = 2  # a cut at a space must leave a code of at least 2 characters (国发)
# A level's short name for its party committee or government glued before the code of its number: 县委浮字[2018]30号文件,
# 市政府芜政〔2018〕3号 (the issuer 县委, the code 浮字). Only before a code of two or more characters that starts with
# its place, not with a kind (市委办发, 市委发 and 省政府令 are codes: none of the 34,434 real 文号 starts with
# 县委/市政府… and then a place).
SHORT_ISSUER_BEFORE_CODE = re.compile(r"(?:省|市|县|区|州|盟|旗)(?:委|政府)(?=(?![办发字函电通令委府])[\u4e00-\u9fff]{2})")


EXAMPLES = {
    "INVISIBLE_CHARS": Examples(match=("\u200b", "\ufeff"), no_match=(" ", "\n")),
    "MASK_CHARS": Examples(match=("*", "×", "X"), no_match=("政", "1")),
    "BRACKETED_TAIL": Examples(
        match=("〔2020〕3号", "[2003]55号", "（2022）32号", "﹝2019﹞7号", "〖2018〗12号", "„2009‟3号",
               "〔2021〕54號", "〔2015〕第9号", "（2020）3）", "〔2012〕18，"),
        no_match=("〔2020〕", "（2020）3个", "2020年3号", "《2020》3号")),
    "BRACKETED_TAIL_CLUE": Examples(match=("2020〕", "2020 )", "２０２０】"), no_match=("2020年",)),
    "OCR_TAIL": Examples(match=("「2009」3号", "，,2009“3号", "2020167號", "“2019”12号", "〔2020〕3号"),
                         no_match=("2020年3号", "（2020）3个", "20201")),
    "STAR_YEAR_TAIL": Examples(match=("*23号", "＊21號"), no_match=("〔2020〕3号", "23号")),
    "EMPTY_YEAR_TAIL": Examples(match=("[]15号", "〔〕17号", "〔20**〕91号"), no_match=("〔2020〕3号", "()15", "〔20*〕1号")),
    "CODE_ENDINGS": Examples(match=("发", "函", "字"), no_match=("年", "路")),
    "SHORT_ISSUER_BEFORE_CODE": Examples(match=("县委浮字", "市政府芜政", "省委皖发"), no_match=("市委办发", "市委发", "省政府令", "市委办")),
    "SERIES_TAIL": Examples(match=("令第283号", "令2018年第8号", "公告2019年第45号", "2018年第32号"),
                            no_match=("第283条", "2018年8号")),
    "ORDER_AFTER_SERIAL_TAIL": Examples(match=("第12號令", "第162号令", "81号令"), no_match=("第12号", "令第12号", "第十二号令", "81号文")),
    "CHARACTER_SERIES_TAIL": Examples(match=("字第1152420100號", "字第12号"), no_match=("字第3条", "第12号", "字12号")),
    "SHORT_YEAR_BEFORE": Examples(match=("根据〔91〕", "(115)"), no_match=("〔2020〕", "91")),
    "LOOSE_BRACKETED": Examples(match=("晋政发〔2014〕号16", "晋政办发〔2012〕18"), no_match=("晋政办发〔2012〕18号",)),
    "DATE_UNIT_AFTER_DIGITS": Examples(match=("日山东省人民政府令",), no_match=("山东省人民政府令",)),
    "CHINESE_DATE_END": Examples(match=("二十三日", "〇五日"), no_match=("日照市", "节日")),
    "NAME_STOP": Examples(match=("根据", "印发的", "以下简称"), no_match=("人民政府令",)),
    "CODE_STOP": Examples(match=("人民政府", "办公厅", "国务院"), no_match=("国开发", "闽政办", "沪经信规", "国发")),
    "LEADING_CONJUNCTION": Examples(match=("和国家税务总局", "以及"), no_match=("中华人民共和国",)),
    "BODY_SUFFIX": Examples(match=("国家税务总局", "财政部", "省政府"), no_match=("截至",)),
    "QUOTED_IN_CODE": Examples(match=("全“讲、比”", "市“两违”"), no_match=("“两违”整治", "“十三五”规划“")),
    "PERIODICAL_SPONSOR": Examples(match=("咸宁市人民政府主办", "市政府办公室编印"), no_match=("市政府办", "国家税务总局")),
    "SERIES_CORE": Examples(match=("令第283号", "公告2019年第45号", "第\n24号"), no_match=("第283条", "第3款")),
    "_DROPPED_RUN": Examples(match=("国开发 〔2020〕", "\u3000\u3000", "\u200b", "\u00a0"), no_match=("\n",)),
    "_HAS_SPACE": Examples(match=("\u3000", " \u200b"), no_match=("\u200b\ufeff",)),
    "_TRANSLATED_CHAR": Examples(match=("国开发〔２０２０〕３号", "\r\n", "\u2028"), no_match=("国开发〔2020〕3号\n",)),
}


class _Found(NamedTuple):
    start: int  # in the cleaned text
    end: int
    number: DocNumber


# --- cleaning -------------------------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _is_code_char(ch: str) -> bool:
    """A character an issuer code may hold: CJK, or a mask standing for one (**政办)."""
    return _is_cjk(ch) or ch in MASK_CHARS


# Every whitespace character (``str.isspace``, which is what ``\s`` matches): Unicode has none above
# U+3000 IDEOGRAPHIC SPACE.
WHITESPACE_CHARS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())
# Runs of what cleaning drops: invisible characters and spaces of every kind but line breaks. One
# explicit class: ``[^\S\n…]`` would be the same set, but it is three times slower to scan.
_DROPPED_RUN = re.compile(
    "[" + re.escape("".join(sorted(INVISIBLE_CHARS | (set(WHITESPACE_CHARS) - NEWLINE_CHARS)))) + "]+"
)
_HAS_SPACE = re.compile(r"\s")
# Line breaks to "\n", full-width digits to ASCII: one character for one.
_CLEAN_TABLE = {ord(ch): "\n" for ch in NEWLINE_CHARS if ch != "\n"} | FULLWIDTH_DIGITS
# Any character _CLEAN_TABLE changes: most texts hold none, and a dict ``str.translate`` costs a
# lookup per character, so it only runs when this finds one.
_TRANSLATED_CHAR = re.compile("[" + re.escape("".join(sorted(map(chr, _CLEAN_TABLE)))) + "]")


class _Cleaned(NamedTuple):
    """A text without spaces and invisible characters, and the way back to the original offsets.

    The cleaned text is a sequence of pieces kept whole from the original: ``piece_starts[k]`` is
    where piece ``k`` starts in the cleaned text, ``piece_origins[k]`` where it starts in the
    original. ``gaps`` holds the cleaned positions with a space removed just before them (a weak
    word boundary in running text).
    """

    text: str
    piece_starts: list[int]
    piece_origins: list[int]
    gaps: frozenset[int]

    def original(self, position: int) -> int:
        """The original offset of the cleaned character at ``position``."""
        piece = bisect.bisect_right(self.piece_starts, position) - 1
        return self.piece_origins[piece] + position - self.piece_starts[piece]


def _clean(text: str) -> _Cleaned:
    """``text`` without spaces and invisible characters, with ASCII digits and "\n" line breaks.

    Done with one regex over the runs of dropped characters and (when needed) one
    ``str.translate``: the work in Python is per run of spaces, not per character.
    """
    pieces: list[str] = []
    piece_starts: list[int] = []
    piece_origins: list[int] = []
    gaps: list[int] = []
    length = 0  # of the cleaned text so far
    pos = 0
    for run in _DROPPED_RUN.finditer(text):
        start, end = run.span()
        if start > pos:
            pieces.append(text[pos:start])
            piece_starts.append(length)
            piece_origins.append(pos)
            length += start - pos
        if _HAS_SPACE.search(text, start, end):
            gaps.append(length)
        pos = end
    if pos < len(text):
        pieces.append(text[pos:])
        piece_starts.append(length)
        piece_origins.append(pos)
    clean = "".join(pieces)
    if _TRANSLATED_CHAR.search(clean):
        clean = clean.translate(_CLEAN_TABLE)
    return _Cleaned(clean, piece_starts, piece_origins, frozenset(gaps))


def strip_noise(s: str) -> str:
    """``s`` without any whitespace or invisible characters, with ASCII digits."""
    return "".join(ch for ch in s if ch not in INVISIBLE_CHARS and not ch.isspace()).translate(FULLWIDTH_DIGITS)


# --- the issuer left of a number ------------------------------------------------------------------


def _run_start(clean: str, end: int) -> int:
    """Start of the run of CJK characters that ends at ``end`` (at most MAX_ISSUER_RUN long)."""
    start = end
    while start > 0 and end - start < MAX_ISSUER_RUN:
        if _is_code_char(clean[start - 1]):
            start -= 1
        elif start < end and (quoted := QUOTED_IN_CODE.search(clean, max(0, start - MAX_QUOTED_IN_CODE), start)):
            # 全“讲、比”组办发[2008]6号: the campaign's quoted short name is a part of the code, and so is the level
            # before it (全, 市, 省), no more (开展“十三五”规划 is no code)
            start = quoted.start()
            if start > 0 and clean[start - 1] in LEVELS_BEFORE_QUOTED:
                start -= 1
            break
        else:
            break
    return start


def _cut_after_last(pattern: re.Pattern, run: str) -> int:
    """Where ``run`` is cut: after the last stop word in it, read in simplified characters
    (辦公廳 is 办公厅, 關於 is 关于; the fold keeps offsets)."""
    return max((m.end() for m in pattern.finditer(fold(run))), default=0)


def _code_start(clean: str, gaps: frozenset[int], start: int, end: int, running_text: bool) -> int:
    """Where a bracketed code such as 闽政办 starts inside the CJK run ``clean[start:end]``."""
    run = clean[start:end]
    cut = _cut_after_last(CODE_STOP, run)
    # a date glued before the code ends at its unit (1998年09月23日计价格[1998]1810号, 一九九八年九月二十三日计价格…), as a
    # full issuer's name does (_issuer_start)
    if start > 0 and clean[start - 1].isdigit() and DATE_UNIT_AFTER_DIGITS.match(run):
        cut = max(cut, 1)
    cut = max(cut, _cut_after_last(CHINESE_DATE_END, run))
    if cut == len(run):  # 省人民政府〔2020〕1号: keep the name rather than nothing
        cut = _cut_after_last(NAME_STOP, run)
    if cut == len(run) and not running_text:  # the whole string is the number: 工作通知〔2020〕1928号
        cut = 0
    if short := SHORT_ISSUER_BEFORE_CODE.match(fold(run), cut):
        cut = short.end()
    if running_text:
        # 福建省发改委 闽发改〔2020〕1号: a space before the last word of 2+ characters ends the
        # name before it, unless the letters are spaced out (闽 政 办〔2020〕5号).
        spaced = [i for i in range(cut + 1, len(run) - MIN_CODE_AFTER_CUT + 1) if start + i in gaps]
        if spaced:
            previous = spaced[-2] if len(spaced) > 1 else cut
            if spaced[-1] - previous >= 2:
                cut = spaced[-1]
    return start + cut


def _issuer_start(clean: str, start: int, end: int) -> int:
    """Where a full issuer name such as 山西省人民政府 starts inside ``clean[start:end]``: not at the
    unit of a date written just before it (根据2004年7月15日山东省人民政府令第172号修订)."""
    if start > 0 and clean[start - 1].isdigit() and DATE_UNIT_AFTER_DIGITS.match(clean, start, end):
        start += 1
    start += _cut_after_last(NAME_STOP, clean[start:end])
    if m := LEADING_CONJUNCTION.match(clean, start, end):
        start = m.end()
    return start


# --- building DocNumber values ---------------------------------------------------------------------


def _bracketed(written: str, code: str, year: str, serial: str, sign: Optional[str] = None) -> DocNumber:
    """``sign`` is 号 or 號 as written (a number in traditional characters stays in them: 國發〔2008〕17號)."""
    return DocNumber(
        text=written, normalised=f"{code}〔{int(year)}〕{int(serial)}{sign or '号'}", issuer_code=code or None,
        year=int(year), serial=int(serial), form="bracketed",
    )


def _without_year(written: str, code: str, serial: str, sign: str, masked: Optional[str] = None) -> DocNumber:
    """A bracketed number whose year is lost (西防指[]15号: 西防指〔〕15号) or masked (市委办〔20**〕91号), year None."""
    return DocNumber(text=written, normalised=f"{code}〔{masked or ''}〕{int(serial)}{sign}", issuer_code=code or None,
                     year=None, serial=int(serial), form="bracketed")


def _series(written: str, issuer: str, kind: Optional[str], year: Optional[str], serial: str,
            sign: Optional[str] = None) -> DocNumber:
    code = issuer + (kind or "")
    year_part = f"{int(year)}年" if year else ""
    # as written, as _bracketed keeps it (國務院令第711號; 第12號令 gives its sign, the last character being 令)
    sign = sign or ("號" if written.rstrip().endswith("號") else "号")
    form = "decree" if kind == "令" or (kind is None and year is None) else "announcement"
    return DocNumber(
        text=written, normalised=f"{code}{year_part}第{int(serial)}{sign}", issuer_code=(issuer and code) or None,
        year=int(year) if year else None, serial=int(serial), form=form,
    )


def _character_series(written: str, code: str, serial: str, sign: str) -> DocNumber:
    """A 字号 without a year (農授林業字第1152420100號), its serial as written (leading zeros and all) and 號 kept."""
    code = code.translate(TO_YEAR_BRACKETS)
    return DocNumber(text=written, normalised=f"{code}第{serial}{sign}", issuer_code=code, year=None, serial=int(serial),
                     form="decree")


# (91) and [91] before a 字号 are written 〔91〕 as a year's brackets are.
TO_YEAR_BRACKETS = str.maketrans({**{c: "〔" for c in OPEN_BRACKETS}, **{c: "〕" for c in CLOSE_BRACKETS}})


# --- scanning ---------------------------------------------------------------------------------------


def _scan(text: str, running_text: bool) -> list[tuple[int, int, DocNumber]]:
    if "号" not in text and "號" not in text and not BRACKETED_TAIL_CLUE.search(text):
        return []  # every form ends with 号 (or 號), but for a bracketed serial that leaves it out
    cleaned = _clean(text)
    clean = cleaned.text

    def span(start: int, end: int) -> tuple[int, int]:
        """The original span of ``clean[start:end]``."""
        return cleaned.original(start), cleaned.original(end - 1) + 1

    def written(start: int, end: int) -> str:
        first, last = span(start, end)
        return text[first:last]

    found: list[_Found] = []
    for m in BRACKETED_TAIL.finditer(clean):
        run = _run_start(clean, m.start())
        start = _code_start(clean, cleaned.gaps, run, m.start(), running_text)
        if start == m.start() and running_text:
            continue  # 〔2020〕3号 with no code before it
        code = clean[start:m.start()]
        if m["sign"] is None and (len(code) < MIN_CODE_WITHOUT_SIGN or code.endswith(tuple(TIME_WORD_ENDINGS))):
            continue
        found.append(_Found(start, m.end(), _bracketed(written(start, m.end()), code, m["year"], m["serial"], m["sign"])))

    bracketed_at = {f.end for f in found}
    for m in finditer_near(OCR_TAIL, clean, NUMBER_SIGNS, OCR_TAIL_REACH):
        if m.end() in bracketed_at:
            continue  # read above as written
        run = _run_start(clean, m.start())
        start = _code_start(clean, cleaned.gaps, run, m.start(), running_text)
        code = clean[start:m.start()]
        if len(code) < MIN_CODE_WITHOUT_SIGN or (not (m["open"] and m["close"]) and code[-1] not in CODE_ENDINGS):
            continue
        found.append(_Found(start, m.end(), _bracketed(written(start, m.end()), code, m["year"], m["serial"], m["sign"])))

    for m in EMPTY_YEAR_TAIL.finditer(clean):
        run = _run_start(clean, m.start())
        start = _code_start(clean, cleaned.gaps, run, m.start(), running_text)
        if start < m.start():
            found.append(_Found(start, m.end(), _without_year(written(start, m.end()), clean[start:m.start()], m["serial"],
                                                              m["sign"], m["masked"])))

    for m in STAR_YEAR_TAIL.finditer(clean) if "*" in clean or "＊" in clean else ():
        run = _run_start(clean, m.start())
        start = _code_start(clean, cleaned.gaps, run, m.start(), running_text)
        code = clean[start:m.start()].rstrip("*＊")
        if len(code) >= MIN_CODE_WITHOUT_SIGN and code[-1] in CODE_ENDINGS and start + len(code) == m.start():
            found.append(_Found(start, m.end(), DocNumber(text=written(start, m.end()), normalised=f"{code}*{int(m['serial'])}{m['sign']}",
                                                          issuer_code=code, year=None, serial=int(m["serial"]), form="bracketed")))

    series = SERIES_TAIL.finditer(clean) if SERIES_CORE.search(clean) else ()
    for m in series:
        kind, year = m["kind"], m["year"]
        if kind is None and year is None and running_text:
            continue  # a bare 第3号
        run = _run_start(clean, m.start())
        start = _issuer_start(clean, run, m.start())
        issuer = clean[start:m.start()]
        if running_text and not issuer:
            continue
        if running_text and kind is None and (not BODY_SUFFIX.search(issuer) or PERIODICAL_SPONSOR.search(issuer)):
            continue  # 截至2020年第3号… is not a number, nor a gazette's issue line 咸宁市人民政府主办2020年第2号
        found.append(_Found(start, m.end(), _series(written(start, m.end()), issuer, kind, year, m["serial"])))

    for m in ORDER_AFTER_SERIAL_TAIL.finditer(clean) if "令" in clean else ():
        run = _run_start(clean, m.start())
        start = _issuer_start(clean, run, m.start())
        issuer = clean[start:m.start()]
        if issuer and BODY_SUFFIX.search(issuer) and not PERIODICAL_SPONSOR.search(issuer):
            found.append(_Found(start, m.end(), _series(written(start, m.end()), issuer, "令", None, m["serial"], m["sign"])))

    for m in CHARACTER_SERIES_TAIL.finditer(clean):
        run = _run_start(clean, m.start())
        start = _code_start(clean, cleaned.gaps, run, m.start(), running_text)
        if start > 0 and clean[start - 1].isdigit() and DATE_UNIT_AFTER_DIGITS.match(clean, start):
            start += 1  # 115年2月4日農授林業字…: the date's 日 is no part of the code
        if short_year := SHORT_YEAR_BEFORE.search(clean, max(0, start - 5), start):
            start = short_year.start()
        code = clean[start:m.start() + 1]  # with its 字
        if len(code) > MIN_CODE_WITHOUT_SIGN:
            found.append(_Found(start, m.end(), _character_series(written(start, m.end()), code, m["serial"], m["sign"])))

    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return [(*span(f.start, f.end), f.number) for f in kept]


def find_doc_numbers(text: str) -> list[tuple[int, int, DocNumber]]:
    """Every 文号 in running text as ``(start, end, DocNumber)``, offsets into ``text``, end exclusive."""
    if not isinstance(text, str) or not text:
        return []
    return _scan(text, running_text=True)


def _parse_loose(s: str) -> Optional[DocNumber]:
    """A whole string that is a damaged number: 晋政发〔2014〕号16, 晋政办发〔2012〕18, 豫政 第24号."""
    clean = strip_noise(s)
    if m := LOOSE_BRACKETED.match(clean):
        prefix = m["prefix"]
        if prefix and all(_is_code_char(ch) for ch in prefix):
            code = prefix[_cut_after_last(CODE_STOP, prefix):] or prefix
            return _bracketed(s.strip(), code, m["year"], m["serial"] or m["bare_serial"])
    return None


def parse_doc_number(s: str) -> Optional[DocNumber]:
    """The 文号 that ``s`` is (or mainly contains); None when there is none. Never raises."""
    if not isinstance(s, str) or not s.strip():
        return None
    parsed = _parsed_doc_number(s)
    return replace(parsed) if parsed else None  # a copy: the caller may change its own


# A document's own number is parsed again by each reader of its header and rows (ten times each, measured on the
# bench's notices): parsed once.
@lru_cache(maxsize=4096)
def _parsed_doc_number(s: str) -> Optional[DocNumber]:
    found = _scan(s, running_text=False)
    if found:
        return max(found, key=lambda f: f[1] - f[0])[2]
    return _parse_loose(s)


def normalise_doc_number(s: str) -> Optional[str]:
    """``s`` as a normalised 文号 (国开发〔2020〕3号), or None when it is not one."""
    parsed = parse_doc_number(s)
    return parsed.normalised if parsed else None


def typed_doc_number(text: str) -> Optional[str]:
    """What a person typed to name a notice, as a normalised 文号 when the whole of it is one, None
    otherwise. A person often leaves out the 号 after the serial (国开发（2020）3, 第3 as well as 3):
    a whole string ending in the serial is a number."""
    text = text.strip()
    number = normalise_doc_number(text)
    if number is None and text[-1:].isdigit():
        number = normalise_doc_number(text + "号")
    return number
