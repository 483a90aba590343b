"""A 范文 or 大全 site's number after one copy's title taken out: 关于2017年中小学放暑假的通知【1】 under the page's
heading 关于中小学放暑假的通知【大全】, …实施方案【2】, …的通知【篇3】. The number is the site's count of the copies it
collected, no word of the issuer's title; left in, the title line no longer ends with its document type, and the copy's
title is lost to the page's heading and glued to the recipients under it.
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

from pipeline.document.elements import is_complete_title
from pipeline.document.offset_edits import substitute

# The copy's number in 【】 closing its line (篇 before the number as some sites print it). Dropped only after a complete
# title (see drop_copy_numbers): a reference list's 【1】 or a heading's 【通知】 label stays.
COPY_NUMBER_MARK = re.compile(r"(?m)(?<=\S)[ \u3000]*【篇?\d{1,2}】[ \u3000]*$")

EXAMPLES = {
    "COPY_NUMBER_MARK": Examples(match=("关于2017年中小学放暑假的通知【1】", "防汛工作实施方案 【12】", "关于做好秋季开学工作的通知【篇3】"),
                                 no_match=("关于中小学放暑假的通知【大全】", "【1】关于做好防汛工作的通知", "2017年【1】号")),
}


def _line_before(text: str, at: int) -> str:
    """The text of the line ``at`` is on, up to ``at``."""
    return text[text.rfind("\n", 0, at) + 1:at]


def drop_copy_numbers(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text without the copy numbers (COPY_NUMBER_MARK) that close a complete title's line (…的通知【1】)."""
    if "】" not in text:
        return text, origin
    found = [mark for mark in COPY_NUMBER_MARK.finditer(text) if is_complete_title(_line_before(text, mark.start()))]
    return substitute(text, origin, COPY_NUMBER_MARK, "", found) if found else (text, origin)
