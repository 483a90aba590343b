"""Pinyin glosses a mirror site printed after the characters of a notice taken out, keeping the origin map.
"""

from __future__ import annotations

import re

from extractors.anchored_scan import finditer_at_first_characters
from extractors.fold import TONE_MARKS
from extractors.vocab import Examples

from pipeline.document.offset_edits import substitute

# Pinyin glosses a mirror site printed after traditional characters: 辦發(fā), 專(zhuān), and in full-width brackets when
# the copy's punctuation is full-width (國（guó）務（wù）院, 區（qū）).
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[" + TONE_MARKS + r"])[a-zü" + TONE_MARKS + r"]{1,7}[)）]")
# Glosses without tone marks (政(zheng)府(fu), 區(qu)(qu)): a pinyin syllable, initial and final, in
# brackets (half- or full-width) after a character. Removed only from a text holding at least GLOSSED_TEXT of
# them: one such bracket alone may be a real note, a mirror that glosses glosses everywhere.
TONELESS_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff)）])[(（](?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)[)）]")
GLOSSED_TEXT = 3
# What every gloss of both kinds opens with: a bracket and a lowercase pinyin letter. A text without one (most texts) has
# no gloss, told by one scan for it before the patterns are tried at each of its brackets.
GLOSS_OPENING = re.compile(r"[(（][a-zü" + TONE_MARKS + r"]")


def drop_pinyin_glosses(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text without its tone-marked glosses, and without its toneless ones when it holds at least
    GLOSSED_TEXT of them in its first 20,000 characters."""
    if not GLOSS_OPENING.search(text):
        return text, origin
    # the patterns tried only at a "(" (finditer_at_first_characters): their look-behind first, finditer would try
    # them at every character
    text, origin = substitute(text, origin, PINYIN_GLOSS, "", finditer_at_first_characters(PINYIN_GLOSS, text))
    if sum(1 for _ in finditer_at_first_characters(TONELESS_GLOSS, text[:20000])) >= GLOSSED_TEXT:
        text, origin = substitute(text, origin, TONELESS_GLOSS, "", finditer_at_first_characters(TONELESS_GLOSS, text))
    return text, origin


EXAMPLES = {
    "GLOSS_OPENING": Examples(match=("辦發(fā)", "國（guó）", "政(zheng)府"), no_match=("方案（试行）", "附件(A)", "(2023—2025年)")),
    "PINYIN_GLOSS": Examples(match=("黔府辦發(fā)〔2012〕", "財政專(zhuān)項", "國（guó）務（wù）院辦公廳"),
                             no_match=("附件(a)", "PM(2.5)", "方案(试行)", "方案（试行）", "附件（a）")),
    "TONELESS_GLOSS": Examples(match=("人民政(zheng)府", "自治區(qu)(qu)", "戰略(lve)", "壯(zhuang)族", "農業（ye）農村（cun）"),
                               no_match=("附件(A)", "(SO2)", "方案(试行)", "(2023—2025年)", "Word(docx)", "附件（A）", "方案（试行）")),
}
