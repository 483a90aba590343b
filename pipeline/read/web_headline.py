"""The notice's title printed above the article container, outside it.

Many pages print the headline in its own block over the body block (a title <div> or <h1>, often with a
发布人/时间 line under it) while the body block the reader keeps starts at the recipients: the title would be
lost with the page's chrome. The headline is the nearest title line before the body, in the page's own text:
not a link (a list of related notices), not inside a dropped, hidden or navigation element.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from bs4 import NavigableString, Tag

from extractors.titles import has_document_ending
from extractors.vocab import Examples

# How far back from the body a headline is looked for: its block's other lines (发布人：, 联络点：, 时间：…) come
# between, a page's other content lies further back.
HEADLINE_STRINGS_BACK = 12
HEADLINE_MAX_LENGTH = 100
# A title names its subject with 关于 (in either script); a sentence ends or pauses in its punctuation.
HEADLINE_SUBJECT = re.compile(r"关于|關於|關于")
SENTENCE_PUNCTUATION = re.compile(r"[。；;，,：:！？]")
_SPACES = re.compile(r"[\s\u3000\xa0]+")

EXAMPLES = {
    "HEADLINE_SUBJECT": Examples(match=("关于立即开展核查工作的通知", "關於做好防汛工作的通知"), no_match=("接访信息详情",)),
    "SENTENCE_PUNCTUATION": Examples(match=("发布人：", "现将有关事项通知如下。"), no_match=("关于做好普查工作的通知",)),
    "_SPACES": Examples(match=(" ", "\u3000", "\xa0", "\n\t"), no_match=("关",)),
}


def is_headline(text: str) -> bool:
    """Whether a page's line reads as a notice's title: 关于 and a document type at its end, no sentence in it."""
    return (len(text) <= HEADLINE_MAX_LENGTH and bool(HEADLINE_SUBJECT.search(text))
            and not SENTENCE_PUNCTUATION.search(text) and has_document_ending(text))


def headline_before(body: Tag, dropped: Callable[[Tag], bool]) -> Optional[str]:
    """The nearest title line printed before ``body`` in the page, outside it; ``dropped`` tells the elements whose
    text is no part of the page as read (navigation, hidden copies). Links are never a headline."""
    seen = 0
    for string in body.find_all_previous(string=True):
        if type(string) is not NavigableString:
            continue
        text = _SPACES.sub("", str(string))
        if not text:
            continue
        if any(parent.name == "a" or dropped(parent) for parent in string.parents if isinstance(parent, Tag)):
            continue
        if is_headline(text):
            return text
        seen += 1
        if seen >= HEADLINE_STRINGS_BACK:
            return None
    return None
