"""The page-chunk numbers of a 文库 copy (1、 2、 3、 the site put at the start of each page's text) taken out,
the chunks joined again.
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

from pipeline.document.glued_labels import GLUED_LABEL, SENTENCE_END
from pipeline.document.joined_copy import JOINED_COPY

# A 文库 copy cut into page chunks, each a long line numbered 1、 2、 3、 at its start whatever it begins
# with (2、段。第三阶段… continues the chunk before): the numbers are the site's, not the notice's.
PAGE_CHUNK = re.compile(r"(?m)^(?P<n>[1-9][0-9]?)、(?P<rest>[^\n]*)")


def _has_first_chunk(text: str) -> bool:
    """Whether a line of ``text`` opens with 1、, as the first of a copy's page chunks does (both forms below): told by a
    search for the string, not by the patterns' line-start scans, tried at every character."""
    return text.startswith("1、") or "\n1、" in text


def drop_page_chunk_numbers(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text without a 文库 copy's page-chunk numbers (1、 2、 3、 starting its long lines in turn, the
    last chunk maybe short), each chunk after the first joined to the one before: a page's end cuts
    words (第二阶 / 2、段。), not paragraphs."""
    if not _has_first_chunk(text):
        return text, origin
    found = list(PAGE_CHUNK.finditer(text))
    numbers = [int(m.group("n")) for m in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) \
            or any(len(m.group("rest")) < JOINED_COPY for m in found[:-1]):
        return text, origin
    pieces, origins, last = [], [], 0
    for m in found:
        cut = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "\n" and m is not found[0] else m.start()
        pieces.append(text[last:cut])
        origins += origin[last:cut]
        last = m.start("rest")
    pieces.append(text[last:])
    origins += origin[last:]
    return "".join(pieces), origins


PAGE_CHUNK_SPAN = 200  # characters at least between two page-chunk numbers that fell inside one line
INLINE_CHUNK_NUMBER = re.compile(r"(?P<n>[1-9][0-9]?)、")


def drop_inline_chunk_numbers(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """A 文库 copy whose page chunks were joined into one line numbered 1、 at its start, 2、 3、 … falling inside
    it a page apart, one of them at least in the middle of a sentence (…實現50公里3、飛行半徑…): the numbers go,
    and a heading label after a sentence's end in that line (…制定如下行動計劃。一、總體要求…) starts a line."""
    if not _has_first_chunk(text):
        return text, origin
    cuts, breaks = [], []
    for line in re.finditer(r"(?m)^1、[^\n]{" + str(2 * PAGE_CHUNK_SPAN) + r",}", text):
        inner, last = [], line.start()
        for m in INLINE_CHUNK_NUMBER.finditer(text, line.start() + 2, line.end()):
            if int(m.group("n")) == len(inner) + 2 and m.start() - last >= PAGE_CHUNK_SPAN:
                inner.append(m)
                last = m.start()
        if len(inner) >= 2 and any(text[m.start() - 1] not in SENTENCE_END for m in inner):
            cuts += [(line.start(), line.start() + 2)] + [(m.start(), m.end()) for m in inner]
            breaks += [m.start() for m in GLUED_LABEL.finditer(text, line.start() + 2, line.end())
                       if not m.group("n").isdigit() and text[m.start() - 1] in SENTENCE_END]
    if not cuts:
        return text, origin
    pieces, origins, last = [], [], 0
    for start, end in sorted(cuts + [(at, at) for at in breaks]):
        pieces.append(text[last:start])
        origins += origin[last:start]
        if start == end:  # a line break before a heading label
            pieces.append("\n")
            origins.append(origin[start])
        last = end
    pieces.append(text[last:])
    origins += origin[last:]
    return "".join(pieces), origins


EXAMPLES = {
    "PAGE_CHUNK": Examples(match=("1、镇容和环境卫生集中整治方案", "3、。占道经营,所有临"), no_match=("一、总体要求", "(1)加强领导", "12.加强")),
    "INLINE_CHUNK_NUMBER": Examples(match=("實現50公里3、飛行半徑", "2、-市綜合"), no_match=("第1条", "1.总则")),
}
