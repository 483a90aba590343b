"""A document read on its text folded to simplified characters, its strings given back as the text writes them.

The document's structure (header, signature, tail, measures) is read on ``extractors.fold.fold(text)``, as every
extractor reads its text: the patterns are written once, in simplified characters, and a copy in traditional
characters (關於…的通知, 各鄉鎮人民政府:, 縣人民政府辦公室) is read as its simplified copy is. The fold keeps every offset,
so the document's bounds and its measures' spans are the written text's; what the header and signature cut out (a
title, an issuer, the recipients) is found again in the folded text and taken from the written text at the same
place, whitespace aside (a title joined from two lines). A string the reading composed rather than cut (a 文号 whose
lost 号 it supplied) keeps the characters it was given, written where the text has them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from extractors.vocab import Examples

# The brackets a composed 文号 is given (〔〕) and any the text may print in their place.
BRACKETS = "〔〕[]【】［］()（）"
LOOSE_BRACKET = "[" + re.escape(BRACKETS) + "]"

EXAMPLES = {
    "SPACE": Examples(match=("关于印发\n  实施方案", "省委办公厅 省政府办公厅"), no_match=("关于印发实施方案",)),
    "BRACKETS": Examples(match=("〔", "]", "【"), no_match=("号", "《")),
}
# A composed string is looked for printed whole, then without its last characters (the 〕号 it supplied), down to this
# many; one longer than COMPOSED_AT_MOST (no 文号) is not looked for piece by piece.
PRINTED_AT_LEAST = 4
COMPOSED_AT_MOST = 40
# What a title or a name joined from lines leaves out between its parts.
SPACE = re.compile(r"\s+")


def _without_space(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and the offset in ``text`` of each character kept."""
    kept = [index for index, character in enumerate(text) if not character.isspace()]
    return "".join(text[index] for index in kept), kept


class WrittenText:
    """The written text of a document and its folded view, to give a string read on the view back as written."""

    def __init__(self, written: str, folded: str):
        self.written, self.folded = written, folded
        self._compact: Optional[tuple[str, list[int]]] = None

    def of(self, read: Optional[str]) -> Optional[str]:
        """``read`` (a string cut from the folded view) as the written text has it there; as it is when the view
        holds it nowhere, or holds nothing the fold changed."""
        if not read:
            return read
        at = self.folded.find(read)
        if at != -1:
            return self.written[at:at + len(read)]
        compact = SPACE.sub("", read)
        if not compact:
            return read
        if self._compact is None:
            self._compact = _without_space(self.folded)
        folded_compact, offsets = self._compact
        at = folded_compact.find(compact)
        if at == -1:
            if compact != read:  # joint issuers the reading set apart by spaces, found apart: each as written
                return re.sub(r"\S+", lambda part: self.of(part.group()) or part.group(), read)
            return self._loosely_as_written(read)
        written = iter(self.written[offsets[at + index]] for index in range(len(compact)))
        # the read string's own spaces stay where they are (joint issuers set apart by one)
        return "".join(character if character.isspace() else next(written) for character in read)

    def _loosely_as_written(self, read: str) -> str:
        """A string the reading composed: a 文号 put in its standard brackets (殘聯發[2021]51號 read as 残联发〔2021〕51号),
        found with any brackets where it has its own and given back as written but for them (殘聯發〔2021〕51號); as read
        as far as the text prints it (its lost 〕号 supplied: 咸政規〔20231 read as 咸政规〔2023〕1号 is 咸政規〔2023〕1号)."""
        for printed in range(len(read), PRINTED_AT_LEAST - 1, -1) if len(read) <= COMPOSED_AT_MOST else ():
            pattern = r"\s*".join(LOOSE_BRACKET if character in BRACKETS else re.escape(character)
                                  for character in read[:printed])
            if found := re.search(pattern, self.folded):
                # one character of the match for each of ``read``'s, whitespace aside: the text's own but for brackets
                written = [character for character in self.written[found.start():found.end()] if not character.isspace()]
                return "".join(character if character in BRACKETS else own
                               for character, own in zip(read, written)) + read[printed:]
        return read

    def all_of(self, read: list[str]) -> list[str]:
        return [self.of(item) or item for item in read]


def meta_as_written(meta, text: WrittenText):
    """``meta`` (a DocumentMeta read on the folded view) with its strings as the text writes them."""
    return replace(meta, doc_number=text.of(meta.doc_number), issuer=text.of(meta.issuer), title=text.of(meta.title),
                   printed_by=text.of(meta.printed_by), contact=text.of(meta.contact), region=text.of(meta.region),
                   recipients=text.all_of(meta.recipients), cc=text.all_of(meta.cc),
                   attachments=text.all_of(meta.attachments))
