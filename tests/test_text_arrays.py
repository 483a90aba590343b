"""The texts made on code points (numpy) for speed are the strings the character-by-character
definitions give: a document's compared characters (``fingerprint.normalised_text``), on the
samples, the real notices and the odd characters a damaged or foreign file brings (lone
surrogates, characters beyond the BMP, full-width letters and digits, every skipped and folded
character)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document.fingerprint import (_FOLD_TABLE, _SKIPPED_RUN, SKIPPED_CHARS, body_digest, document_shingles,
                                           normalised_text, shingles_and_digest)

ROOT = Path(__file__).resolve().parents[1]
REAL = sorted(p for folder in (ROOT / "tests" / "data").glob("realworld*") for p in folder.glob("*.txt"))
ODD = [
    "各区（县）人民政府：\ud800现将《通知》印发\udfff给你们。" * 20,  # lone surrogates
    "\U00020000𠀀中\U0010ffff文号：国办发〔2020〕3号" * 30,  # beyond the BMP
    "ＡＢＣ１２３　“一、”‘二’「三」【四】《五》〈六〉、" * 30,  # full width, quotes and brackets
    "".join(sorted(SKIPPED_CHARS)) * 40 + "**一、总体要求**\r\n\u200b## 第一章" * 20,
    "".join(chr(c) for c in range(1, 0x10000)),  # every character of the BMP, surrogates included
    "短文本",
]


def _texts():
    yield from (pytest.param(p.read_text(encoding="utf-8"), id=p.name) for p in sorted((ROOT / "corpus").glob("*.txt")))
    yield from (pytest.param(p.read_text(encoding="utf-8"), id=p.name) for p in REAL)
    yield from (pytest.param(text, id=f"odd{i}") for i, text in enumerate(ODD))


@pytest.mark.parametrize("text", list(_texts()))
def test_compared_characters_as_one_by_one(text):
    assert normalised_text(text) == _SKIPPED_RUN.sub("", text).translate(_FOLD_TABLE)



def _each_alone(text, spans, title):
    """(document_shingles, body_digest) of the text, each made on its own, or the error the first raises."""
    try:
        return document_shingles(text), body_digest(text, spans, title)
    except UnicodeError as error:
        return type(error)


def _together(text, spans, title):
    try:
        return shingles_and_digest(text, spans, title)
    except UnicodeError as error:
        return type(error)


@pytest.mark.parametrize("text", list(_texts()))
def test_shingles_and_digest_as_each_alone(text):
    """The body's compared characters cut from the whole text's are those of the body made alone: its measures'
    stretch, the text after its title, a body too short for a digest, bounds past the text's end or crossed."""
    title = text[20:40] or None
    for spans, named in [([], None), ([], title), ([(0, len(text))], None), ([(30, 250), (120, 900)], title),
                         ([(len(text) + 5, len(text) + 9)], None), ([(400, 100)], None), ([(0, 199)], None)]:
        assert _together(text, spans, named) == _each_alone(text, spans, named)
