"""A line a PDF transcription printed with a space between every character (青 海 省 人 民 政 府 关 于 印 发 …), taken
back to words, keeping the origin map; and the punctuation such a transcription's font put as other characters.

Sites that show a PDF's text layer as a page (a document-sharing site's "Transcription") often get one glyph a word:
the whole text comes out as one line of characters each set apart by a space. Read as it is, no title, 文号, recipient
or heading is found (every word is one character). Only a line that is spaced so throughout is joined: most of its
Chinese characters stand apart by one space, and it is long (a signature printed letter-spaced, 国  务  院, is
``spaced_names``' work). A space between two Chinese characters or marks goes; one beside a digit or a Latin letter
stays (1 个, 70% ꎮ), as the extractors read a number set apart from its unit.

The same copies write the PDF font's comma and full stop as the Yi syllables ꎬ and ꎮ (U+A3AC, U+A3AE), and its
title brackets 《》 as guillemets « »: stand-ins no Chinese notice writes for themselves, restored one character for
one (the map stays).
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

from pipeline.document.offset_edits import substitute

# A Chinese character, a full-width mark or a title bracket (or its guillemet stand-in).
_WIDE = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef«»《》"
# One space between two such characters, or between one and an ASCII mark the transcription printed for the PDF's
# full-width one (厅 局 : 彻, ( 青 政 号 )).
_MARKS = ":;,()!?"
LETTER_GAP = re.compile(f"(?<=[{_WIDE}]) (?=[{_WIDE}{_MARKS}])|(?<=[{_MARKS}]) (?=[{_WIDE}])")
CHINESE_CHARACTER = re.compile("[\u4e00-\u9fff]")
MIN_GAPS = 40  # a line with fewer is a heading or a signature printed spaced, not a transcription
MIN_GAP_SHARE = 0.7  # of its Chinese characters, those a gap follows: a body text spaced throughout
# The transcription's stand-ins and what they stand for.
STAND_INS = {"ꎬ": "，", "ꎮ": "。"}
# A guillemet opening a Chinese title («青海省…措施»): a stand-in for 《, its closing » for 》.
GUILLEMET_TITLE = re.compile(f"«(?=[\u4e00-\u9fff])[^«»\n]{{1,120}}»")

EXAMPLES = {
    "LETTER_GAP": Examples(match=("青 海", "府 ，", "« 青", "政 «", "局 : 彻", "( 青", "号 )"), no_match=("青海", "1 个", "70% 。", "a b", "a : b")),
    "CHINESE_CHARACTER": Examples(match=("青", "府"), no_match=("，", "1", "a")),
    "GUILLEMET_TITLE": Examples(match=("«青海省深入推动金融改革发展的若干政策措施»", "«关于促进金融业发展的意见»"),
                                no_match=("«Le Monde»", "«»", "《意见》")),
}


def _letter_spaced(line: str) -> bool:
    gaps = len(LETTER_GAP.findall(line))
    return gaps >= MIN_GAPS and gaps >= MIN_GAP_SHARE * len(CHINESE_CHARACTER.findall(line))


def join_letter_spaced_lines(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text with the gaps of every letter-spaced line (see the module's docstring) taken out."""
    gaps, start = [], 0
    for line in text.split("\n"):
        if line.count(" ") >= MIN_GAPS and _letter_spaced(line):
            gaps += list(LETTER_GAP.finditer(text, start, start + len(line)))
        start += len(line) + 1
    if not gaps:
        return text, origin
    return substitute(text, origin, LETTER_GAP, "", gaps)


def restore_transcription_marks(text: str) -> str:
    """``text`` with a transcription's stand-in marks restored (one character for one)."""
    if "ꎬ" in text or "ꎮ" in text:
        text = text.translate(str.maketrans(STAND_INS))
    if "«" in text:
        text = GUILLEMET_TITLE.sub(lambda found: "《" + found.group()[1:-1] + "》", text)
    return text
