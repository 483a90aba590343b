"""Short forms: ``以下简称《S》`` after a citation makes later 《S》 (or “S”) mentions citations of the same
document.

    （国发〔2020〕1号，以下简称《通知》） · （以下简称“意见”）

Part of ``extractors.citations``.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

from .mentions import Mention
from .vocab import Examples

# （国发〔2020〕1号，以下简称《通知》）  （以下简称“意见”）
SHORT_FORM = re.compile(
    r"(?:以下简称|以下称|下称|简称)[：:]?\s*(?P<open>[《“\"「])(?P<short>[^《》“”\"「」\n]{1,30})[》”\"」]"
)
# What may stand between a citation and the 以下简称 that names it: 《X》（以下简称…, 《X》（国发〔2020〕1号，以下简称…
DEFINITION_GAP = re.compile(r"[\s（(\[［，,]*")
QUOTES = (("《", "》"), ("“", "”"), ('"', '"'), ("「", "」"))


def _short_form_owner(text: str, mentions: list[Mention], at: int,
                      starts: Optional[list[int]] = None) -> Optional[Mention]:
    """The citation a 以下简称 at ``at`` names: the one just before it (《X》（以下简称…).
    ``mentions`` are in text order; ``starts`` (their starts) may be passed to save building it."""
    if starts is None:
        starts = [m.start for m in mentions]
    i = bisect.bisect_right(starts, at) - 1  # the last mention that starts before ``at`` …
    while i >= 0 and mentions[i].end > at:  # … and ends before it
        i -= 1
    if i < 0:
        return None
    owner = mentions[i]
    return owner if DEFINITION_GAP.fullmatch(text, owner.end, at) else None


def _short_form_mentions(text: str, short: str, after: int) -> Iterator[tuple[int, int]]:
    for open_, close in QUOTES:
        needle = f"{open_}{short}{close}"
        i = text.find(needle, after)
        while i != -1:
            yield i, i + len(needle)
            i = text.find(needle, i + len(needle))


def with_short_forms(text: str, mentions: list[Mention], definitions: list[re.Match]) -> list[Mention]:
    """``mentions`` plus the later uses of each 以下简称《S》, which cite the document it names."""
    starts = [m.start for m in mentions]
    applied: dict[str, tuple] = {}  # short form -> (title, number) that its later uses carry now
    for definition in definitions:
        owner = _short_form_owner(text, mentions, definition.start(), starts)
        if owner is None:
            continue
        short = definition["short"]
        if applied.get(short) == (owner.title, owner.number):
            continue  # defined again for the same document: its later uses already cite it
        applied[short] = (owner.title, owner.number)
        spans = set(_short_form_mentions(text, short, definition.end()))
        mentions = [m for m in mentions if (m.start, m.end) not in spans]
        mentions += [Mention(start, end, owner.title, owner.number) for start, end in spans]
        mentions.sort(key=lambda m: m.start)
        starts = [m.start for m in mentions]
    return mentions


EXAMPLES = {
    "SHORT_FORM": Examples(match=("以下简称《方案》", "以下简称“意见”"), no_match=("简称",)),
    "DEFINITION_GAP": Examples(match=("（", "，")),  # fullmatched between 《X》 (or its 文号) and 以下简称
}
