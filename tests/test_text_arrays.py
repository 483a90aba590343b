"""The texts made on code points (numpy) for speed are the strings the character-by-character
definitions give: a document's compared characters (``fingerprint.normalised_text``), on the
samples, the real notices and the odd characters a damaged or foreign file brings (lone
surrogates, characters beyond the BMP, full-width letters and digits, every skipped and folded
character)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document.fingerprint import _FOLD_TABLE, _SKIPPED_RUN, SKIPPED_CHARS, normalised_text

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

