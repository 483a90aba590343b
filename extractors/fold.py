"""Traditional characters folded to simplified, one character for one, for MATCHING only.

Real notices reach us in traditional characters too (mirror sites, Hong Kong and Taiwan copies,
converted legal databases): 根據《…辦法》, 關於印發…的通知, 現將…轉發給你們. The extractors' patterns are
written in simplified characters; they match ``fold(text)``, and every offset they find is an offset
of the text as written, because the fold never changes the length: each character maps to exactly
one character. What is stored (a citation's text and title, a deadline's text) is cut from the text
as written.

The table is OpenCC's character table (``TSCharacters.txt``, traditional → simplified), as shipped
by the ``opencc-python-reimplemented`` package: a maintained table of some 4,000 characters rather
than a hand list. Where OpenCC gives several simplified candidates the first, its context-free
default, is taken (於 → 于, 乾 → 干); where that default is the character itself (瞭, 藉, 覆) the
character is left as it is. Phrase tables (檔案 → 文件) are not used: they change lengths.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Iterable

import numpy

from extractors.vocab import Examples

# The tone-marked vowels of a pinyin reading, which a mirror site glosses characters with (辦發(fā)).
TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A character a copy lost where the text shows it was: the replacement character, or a glossed mirror's character lost
# with its gloss's opening bracket, one ? left before the reading (請(qǐng) printed ?qǐng)). A pattern (a regex fragment).
LOST_CHARACTER = r"(?:\ufffd|\?(?=[a-zü]*[" + TONE_MARKS + r"])[a-zü" + TONE_MARKS + r"]{1,7}\))"
LOST_CHARACTER_RE = re.compile(LOST_CHARACTER)

# OpenCC's traditional → simplified character table: "<traditional>\t<simplified> [<alternative> …]",
# found where the package is installed (its converter, which this does not use, is not imported).
TABLE_PATH = Path(importlib.util.find_spec("opencc").submodule_search_locations[0]) / "dictionary" / "TSCharacters.txt"

EXAMPLES = {
    "LOST_CHARACTER_RE": Examples(match=("\ufffd", "?qǐng)", "?bào)"), no_match=("?", "吗?)", "(what?ok)", "(bào)")),
    "has_traditional": Examples(
        match=("根據", "關於印發", "轉發", "辦法", "條例", "實施方案", "計畫", "號", "廢止", "貫徹落實", "以下簡稱"),
        no_match=("根据", "关于印发", "通知", "2020年6月底前", "著", "瞭解")),
}


UNICODE_SIZE = 0x110000
SHORT_TEXT = 200  # shorter texts (titles, codes) are folded by str.translate: no array to set up


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """code point of a traditional character -> its simplified character."""
    table: dict[int, str] = {}
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        traditional, _, candidates = line.partition("\t")
        simplified = candidates.split(" ")[0] if candidates else ""
        # one character for one, or the offsets would move
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional:
            table[ord(traditional)] = simplified
    return table


def fold_table() -> dict[int, str]:
    """The character table itself (for ``str.translate``), to merge with a caller's own additions."""
    return _table()


@lru_cache(maxsize=1)
def _code_point_map() -> numpy.ndarray:
    """code point -> the code point it folds to (itself for all but the table's characters)."""
    mapping = numpy.arange(UNICODE_SIZE, dtype=numpy.uint32)
    for code_point, simplified in _table().items():
        mapping[code_point] = ord(simplified)
    return mapping


def any_character_re(codes: Iterable[int]) -> re.Pattern:
    """A pattern that finds any character of ``codes`` (a translation table's keys), to spare ``str.translate`` (a
    dictionary look-up for every character) a text that holds none: those of the Basic Multilingual Plane as one class
    (a bitmap), any character beyond it as another (a class mixing the two is tried range by range, slower than
    the translation itself)."""
    basic = "".join(re.escape(chr(code)) for code in sorted(codes) if code < 0x10000)
    return re.compile(f"[{basic}]|[\U00010000-\U0010FFFF]" if basic else "[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _foldable_re() -> re.Pattern:
    return any_character_re(_table())


def fold(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones; same length, same offsets.

    A long text is folded on its code points as an array (numpy): one look-up pass, a twentieth of
    ``str.translate``'s cost, and a text in simplified characters (nearly every text) comes back as
    it is; so does a short one (a look for the table's characters: a seventh of the translation)."""
    if len(text) < SHORT_TEXT:
        return text.translate(_table()) if _foldable_re().search(text) else text
    return _fold_long(text)


# A document's text is folded by several extractors in turn (deadlines, targets, citations, lifecycle): once.
LONG_TEXTS_KEPT = 2


@lru_cache(maxsize=LONG_TEXTS_KEPT)
def _fold_long(text: str) -> str:
    """:func:`fold` of a text of SHORT_TEXT characters or more."""
    code_points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    folded = _code_point_map()[code_points]
    if numpy.array_equal(folded, code_points):
        return text
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


@lru_cache(maxsize=1)
def _traditional_of() -> dict[str, tuple[str, ...]]:
    """simplified character -> the traditional characters the table folds to it (发 -> 發 髮)."""
    forms: dict[str, list[str]] = {}
    for code_point, simplified in sorted(_table().items()):
        forms.setdefault(simplified, []).append(chr(code_point))
    return {simplified: tuple(traditional) for simplified, traditional in forms.items()}


def spellings(words: Iterable[str]) -> tuple[str, ...]:
    """Every way of writing ``words`` that folds to one of them (工作要点 -> 工作要点, 工作要點), each word first as given:
    a vocabulary written in simplified characters made to read lines as written, in either script. Read from the
    fold's own table, so a pattern built on these and a pattern run on ``fold(text)`` agree."""
    spelt: dict[str, None] = {}
    for word in words:
        for characters in product(*((character, *_traditional_of().get(character, ())) for character in word)):
            spelt.setdefault("".join(characters))
    return tuple(spelt)


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a traditional character that the fold changes."""
    return fold(text) != text
