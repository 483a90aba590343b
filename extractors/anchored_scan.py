"""A pattern's matches found by trying it only within reach of its anchors: what
``pattern.finditer(text)`` gives, at a fraction of the cost for a pattern that may start almost
anywhere (an optional year, a count) but always has one of a few characters (or words) at most
``reach`` characters after its start (a 月 after the year and month, a 内 at the end of a window).

``finditer`` tries such a pattern at every position of the text; :func:`finditer_near` tries it only
at the positions from which an anchor is within reach, in order, which gives exactly the same
matches (the deadline patterns' anchors are checked against ``finditer`` by tests/test_deadlines.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence


@lru_cache(maxsize=None)
def anchor_re(anchors: Sequence[str]) -> re.Pattern:
    """Where any of ``anchors`` (characters or words) starts, overlapping occurrences included: a
    word's first character with the rest in a look-ahead, so that each match is one character long."""
    if all(len(anchor) == 1 for anchor in anchors):
        return re.compile("[" + re.escape("".join(anchors)) + "]")
    return re.compile("|".join(re.escape(word[0]) + f"(?={re.escape(word[1:])})" for word in anchors))


def finditer_near(pattern: re.Pattern, text: str, anchors: Sequence[str], reach: int) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match has one of ``anchors`` starting at
    most ``reach`` characters after the match's start."""
    match_at = pattern.match
    pos = 0  # where the next match may start: after the last match and the positions tried
    for anchor in anchor_re(anchors).finditer(text):
        at = anchor.start()
        p = max(pos, at - reach)
        while p <= at:
            found = match_at(text, p)
            if found is None:
                p += 1
                continue
            yield found
            p = max(found.end(), p + 1)
        pos = p
