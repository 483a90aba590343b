"""Edits to a text and its origin map together (``origin[i]`` is the source offset of character ``i``): the
normaliser's steps change the text through these, so every character still maps back to its source.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

def break_lines_at(text: str, origin: list[int], breaks: list[int]):
    """A line break inserted before each offset of ``breaks`` in text and its origin map together
    (the break maps to the character it stands before)."""
    if not breaks:
        return text, origin
    pieces, origins, last = [], [], 0
    for at in sorted(set(breaks)):
        pieces += [text[last:at], "\n"]
        origins += origin[last:at] + [origin[at]]
        last = at
    pieces.append(text[last:])
    origins += origin[last:]
    return "".join(pieces), origins


def substitute(text: str, origin: list[int], pattern: re.Pattern, replacement: str,
               matches: Optional[Iterable[re.Match]] = None):
    """Apply ``pattern.sub(replacement)`` to text and its origin map together (``matches``: the pattern's matches
    in ``text`` found another way than ``pattern.finditer``, the same ones)."""
    pieces, origins, last = [], [], 0
    for found in pattern.finditer(text) if matches is None else matches:
        pieces.append(text[last:found.start()])
        origins.extend(origin[last:found.start()])
        pieces.append(replacement)
        origins.extend([origin[found.start()] if found.start() < len(origin) else 0] * len(replacement))
        last = found.end()
    if not pieces:
        return text, origin  # nothing to replace (most texts, for most patterns): no copy of the map
    pieces.append(text[last:])
    origins.extend(origin[last:])
    return "".join(pieces), origins
