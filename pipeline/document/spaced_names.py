"""A body's name printed letter-spaced (国  务  院, 办 公 室) taken back to one word, keeping the origin map.

Official documents space out the characters of a short signing body's name so that it spans the width of its date
below (国  务  院 over 二○一一年十月十七日). A copy that keeps the spaces, or glues the signature to the last
sentence (…重大情况向国务院报告。   国  务  院  二○一一年十月十七日), leaves each character a word of its own: a
line cut at the spaces then takes 院 alone for the signing body. Only a run whose characters joined make a body's
name (its end 院, 厅, 局, 办公室 …) is joined; a spaced-out document type (通 知) or a heading (总 则) is no body.
"""

from __future__ import annotations

import re

from extractors.anchored_scan import finditer_near
from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line
from pipeline.document.offset_edits import substitute

# Single characters each set apart by spaces, the run itself standing apart from the words around it.
LETTER_SPACED_RUN = re.compile(r"(?<![^ \u3000\n])[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){2,11}(?=[ \u3000\n]|$)")
INNER_SPACE = re.compile(r"[ \u3000]+")

EXAMPLES = {
    "LETTER_SPACED_RUN": Examples(match=("国  务  院", "报告。   国  务  院  二○一一年十月十七日", "办 公 室"),
                                  no_match=("国务院", "国务 院", "通 知", "国  务  院二○一一年")),
    "INNER_SPACE": Examples(match=("  ", "\u3000"), no_match=("",)),
}


def spaced_body_names(text: str) -> list[tuple[int, int]]:
    """The spans of the letter-spaced runs in ``text`` that are a body's name once joined."""
    # tried only before a space (a run's first character has one after it): its look-behind first, finditer would try
    # the pattern at every character
    return [(found.start(), found.end()) for found in finditer_near(LETTER_SPACED_RUN, text, " \u3000", 1)
            if is_organisation_line(INNER_SPACE.sub("", found.group()))]


def join_spaced_body_names(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text with the spaces inside each letter-spaced body's name taken out."""
    spans = spaced_body_names(text)
    if not spans:
        return text, origin
    spaces = [space for start, end in spans for space in INNER_SPACE.finditer(text, start, end)]
    return substitute(text, origin, INNER_SPACE, "", spaces)
