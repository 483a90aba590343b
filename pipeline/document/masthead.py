"""The issuers a 版头 names when it is a table whose 文件 cell stands beside the first name (a joint 版头 read from a
PDF: the cell's top line A文件, the names stacked under it, then the 文号), and the first name read whole when its cell
wrapped it over two lines (广东技术师范学院体育运动委 文件 / 员会 / 工会 / 广师工〔2017〕55号); or beside the last
name (the 文件 cell merged down beside the stack read after it, as a Word table's: A / B 文件).
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from extractors.vocab import Examples

from pipeline.document.elements import ORGANISATION_END, is_organisation_line

STACKED_NAMES = 4  # joint issuers stacked under a 版头's first line, at most
# A name stacked under the 版头: one organisation's, no punctuation or space in it.
STACKED_NAME = re.compile(r"^[\u4e00-\u9fff（）()·]{2,30}$")

# A 版头 line whose word is a cell of its own beside the name (a table's, read with a space between): the form whose
# stacked names may stand above it. A 版头 typed as one line (某某市人民政府办公室文件) has none.
WORD_BESIDE_NAME = re.compile(r"[^\s][ \u3000]+(?:文件|令)$")

EXAMPLES = {
    "STACKED_NAME": Examples(match=("工会", "员会", "某某市教育局"), no_match=("签发人:张三", "各分工会:", "市财政局 市教育局")),
    "WORD_BESIDE_NAME": Examples(match=("乌兰察布市人民政府\u3000文件", "工会 文件", "某某市人民政府  令"),
                                 no_match=("某某市人民政府办公室文件", "文件", "某某市人民政府令")),
}


def wraps_onto(name: str, line: str) -> bool:
    """Whether ``line`` is the rest of ``name`` wrapped inside its cell: the organisation's ending word that closes them
    read together starts in ``name`` (委 / 员会: 委员会; 人 / 民政府: 人民政府), where a name of its own under it ends
    with its own ending word (委员会 / 工会)."""
    ending = ORGANISATION_END.search(name + line)
    return ending is not None and ending.start() < len(name)


def masthead_issuers(issuer: str, below: list[str], is_number_line: Callable[[str], Optional[str]]) -> tuple[str, int]:
    """The issuers a 版头 line (its issuer ``issuer``, X文件) names with the lines ``below`` it: the names stacked under it
    up to the 文号 line, each an organisation's name, the first completing ``issuer`` when it wraps onto it (see
    wraps_onto); joined by a space, as the annotations write joint issuers. Returns them and how many lines below
    were read (0 and ``issuer`` when the lines under the 版头 are not such a stack followed by the 文号)."""
    stack = []
    for line in below[:STACKED_NAMES + 1]:
        text = line.strip()
        if is_number_line(text):
            break
        if not STACKED_NAME.match(text):
            return issuer, 0
        stack.append(text)
    else:
        return issuer, 0
    names = [issuer]
    for text in stack:
        if len(names) == 1 and wraps_onto(names[0], text):
            names[0] += text
        elif is_organisation_line(text):
            names.append(text)
        else:
            return issuer, 0
    return " ".join(names), len(stack)


def names_stacked_above(issuer: str, above: list[Optional[str]]) -> tuple[str, int]:
    """The issuers of a 版头 line (its issuer ``issuer``, B文件) whose word stands beside the last of the names stacked
    over it (A / B 文件: the word's cell merged down beside the stack, read after it): the lines right ``above`` it, each
    an organisation's name, that start the header (nothing read above them; ``None`` marks a line read as no text of
    the header), joined by a space before ``issuer``. Returns them and how many lines above were read (``issuer`` and 0
    when the lines above are no such stack)."""
    stack: list[str] = []
    for text in reversed(above):
        if text is None:
            break
        name = text.strip()
        if len(stack) == STACKED_NAMES - 1 or not STACKED_NAME.match(name) or not is_organisation_line(name) \
                or name == issuer:
            return issuer, 0
        stack.insert(0, name)
    return (" ".join(stack + [issuer]), len(stack)) if stack else (issuer, 0)
