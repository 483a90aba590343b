"""Short forms: ``以下简称《S》`` after a citation makes later 《S》 (or “S”) mentions citations of the same
document.

    （国发〔2020〕1号，以下简称《通知》） · （以下简称“意见”）

A 《short》 title that contracts a title cited or issued earlier in the text (its characters in order within that
title, the same document type at its end) names that document too, with no 以下简称: 《分工方案》 after
《〈政府工作报告〉2024年重点工作任务分工方案》 (not 《政府工作报告》 after it: a report is no plan).

A 《bare type》 after its issuer's name (国办《通知》, 国务院办公厅《通知》, 省政府《意见》) names the one document of that type
cited before it, as issuer and type name a 公文: 发出了《关于…的通知》(国办发〔1993〕14号)…认真贯彻国办《通知》精神. A bare type
with no issuer before it (按《通知》要求, 和《决定》的有关规定) names no document unless 以下简称 defined it (s02, ae16).

Part of ``extractors.citations``.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

from .mentions import Mention
from .fold import fold
from .titles import DOC_TITLE_ENDINGS, GENERIC_TITLE, title_core, title_key
from .vocab import Examples

# （国发〔2020〕1号，以下简称《通知》）  （以下简称“意见”）  (以下简称“《纲要》”): quotes around the brackets are the
# definition's wording; the short form is the bracketed title, used later as 《纲要》, and the mention defined is the
# bracketed one (``open`` its 《), so the quote outside it is left out of the match.
SHORT_FORM = re.compile(
    r"(?:以下简称|以下称|下称|简称)[：:]?\s*[“\"「]?(?P<open>[《“\"「])(?P<short>[^《》“”\"「」\n]{1,30})[》”\"」]"
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


# The document type a title ends in, longest first (分工方案 ends in 方案, not 案): a contraction keeps it.
TYPE_ENDING = re.compile("(?:" + "|".join(sorted(DOC_TITLE_ENDINGS, key=len, reverse=True)) + ")$")
MIN_CONTRACTION_WORDS = 2  # characters a contraction keeps before its type: 《分工方案》, not 《方案》 alone
# A contraction leaves out most of the title: at most this share of its characters is kept. A title that keeps more
# is a title in its own right, another printing or version (《山东省政府信息公开办法》 after 《山东省人民政府信息公开办法》,
# 《…应急预案》 after 《…应急预案(试行)》: annotated as documents of their own).
MAX_CONTRACTION_SHARE = 0.5


def _document_type(key: str) -> Optional[str]:
    found = TYPE_ENDING.search(title_core(key))
    return found.group() if found else None


def _contracts(short: str, full: str) -> bool:
    """Whether title key ``short`` is ``full`` with most of its characters left out: each of its characters in
    order within ``full``, both ending in the same document type, at least two characters before it."""
    kind = _document_type(short)
    if not kind or kind != _document_type(full) or len(short) > len(full) * MAX_CONTRACTION_SHARE:
        return False
    if len(title_core(short)) - len(kind) < MIN_CONTRACTION_WORDS:
        return False
    rest = iter(full)
    return all(char in rest for char in short)  # a subsequence: ``in`` consumes the iterator up to the match


def with_contractions(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each 《short》 title (no 文号) that contracts the title of an earlier mention made a
    mention of that document (its title and 文号), as a 以下简称 would."""
    result: list[Mention] = []
    # The last mention of each title key so far, in the order of their last mentions: the owner is the latest earlier
    # mention whose title the short one contracts, and a title cited a thousand times is tried once, not a thousand.
    latest_by_key: dict[str, Mention] = {}
    for mention in mentions:
        key = title_key(mention.title) if mention.title and mention.number is None else None
        owner = next((earlier for full, earlier in reversed(latest_by_key.items())
                      if key and full != key and _contracts(key, full)), None)
        kept = Mention(mention.start, mention.end, owner.title, owner.number) if owner else mention
        result.append(kept)
        if kept.title and (full := title_key(kept.title)):
            latest_by_key.pop(full, None)
            latest_by_key[full] = kept
    return result


# 《通知》 · 《实施意见》: a title that is a document type alone (``GENERIC_TITLE``), read folded.
BARE_TYPE_TITLE = re.compile(r"《(?P<type>[\u4e00-\u9fff]{1,8})》")
# The issuer's name, full or short, straight before a 《bare type》 (searched up to the 《, see ISSUER_REACH): 国办, 中办, 两办,
# 国务院办公厅, 省政府, 市委, 团中央, 教育部, 市发改委, 县财政局 …
ISSUER_BEFORE_TYPE = re.compile(r"(?:国办|中办|两办|国务院|中央|[省市县区州旗]委|[\u4e00-\u9fff]{0,12}?"
                                r"(?:人民政府|政府|办公厅|办公室|委员会|领导小组|部|委|局|厅|署|院|办))$")
ISSUER_REACH = 14  # characters before the 《 an issuer's name may take


def _bare_type_owner(seen: dict[str, tuple[str, Mention]], bare: str) -> Optional[Mention]:
    """The one document among those cited so far (``seen``: title key -> (folded core, a mention of it)) whose title ends
    in the document type ``bare``, or None when none or several do (two 通知 cited before 《通知》: the text does not say
    which)."""
    owners = [mention for key, (core, mention) in seen.items() if core.endswith(bare) and key != bare]
    return owners[0] if len(owners) == 1 else None


def with_bare_types(folded: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus each 《bare type》 (``BARE_TYPE_TITLE``) after its issuer's name (``ISSUER_BEFORE_TYPE``) and not
    yet a mention, made a mention of the one document of that type cited before it (its title and 文号), as a 以下简称 would. ``folded`` is the text in simplified characters."""
    if "《" not in folded:
        return mentions
    by_end = sorted(mentions, key=lambda m: m.end)
    starts = sorted(m.start for m in mentions)
    ends_of = {}  # a mention's start -> the furthest end of the mentions starting there
    for m in mentions:
        ends_of[m.start] = max(ends_of.get(m.start, m.end), m.end)
    seen: dict[str, tuple[str, Mention]] = {}
    added, i = [], 0
    for found in BARE_TYPE_TITLE.finditer(folded):
        while i < len(by_end) and by_end[i].end <= found.start():
            if by_end[i].title:
                seen.setdefault(title_key(by_end[i].title), (title_core(fold(by_end[i].title)), by_end[i]))
            i += 1
        before = bisect.bisect_right(starts, found.start()) - 1
        inside = before >= 0 and ends_of[starts[before]] > found.start()  # part of a mention already (以下简称's use)
        if inside or not GENERIC_TITLE.fullmatch(found["type"]) \
                or not ISSUER_BEFORE_TYPE.search(folded, max(0, found.start() - ISSUER_REACH), found.start()):
            continue
        owner = _bare_type_owner(seen, found["type"])
        if owner is not None:
            added.append(Mention(found.start(), found.end(), owner.title, owner.number))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


EXAMPLES = {
    "BARE_TYPE_TITLE": Examples(match=("国办《通知》", "省政府《实施意见》", "按照《方案》"), no_match=("《关于…的通知》",)),
    "ISSUER_BEFORE_TYPE": Examples(match=("认真贯彻国办", "学习贯彻国务院办公厅", "落实省政府", "团中央", "市发改委"),
                                   no_match=("严格按", "的有关规定和", "本")),
    "TYPE_ENDING": Examples(match=("重点工作任务分工方案", "分工方案", "条例"), no_match=("政府工作", "分工方案的")),
    "SHORT_FORM": Examples(match=("以下简称《方案》", "以下简称“意见”", "以下简称“《纲要》”", "简称\"《规划》\""), no_match=("简称",)),
    "DEFINITION_GAP": Examples(match=("（", "，")),  # fullmatched between 《X》 (or its 文号) and 以下简称
}
