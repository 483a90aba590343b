"""A printed page's header glued into a paragraph where a PDF's page broke (…对有明确时间节点的重许昌市人民政府文件
许政〔2020〕21号大工作实行专项督查…): the issuer's 版头 (X文件) with a 文号, no words of the sentence. It is cut out
of the text (the sentence joins again and its 文号 is no citation) and its issuer kept as evidence for a notice that
prints no other."""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line

# 文件 and a bracketed 文号 glued after it, inside a line (the issuer's name is found before it, see _issuer_start).
GLUED_PAGE_HEADER = re.compile(r"(?<=[\u4e00-\u9fff])文件(?P<number>(?P<code>[\u4e00-\u9fff]{1,12})[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*[号號])")
# A printed page's mark that its text goes on from the page before ([接上页] (五)切实加强…): alone on its line, the
# label after it starts the line it opens.
CONTINUATION_MARK = re.compile(r"(?m)^[ \u3000]*[\[【（(]?[ \u3000]*(?:接上页|接上頁|续上页|續上頁|接上一页)[ \u3000]*[\]】）)]?[ \u3000]*")
# An item's label after a sentence's end inside a line: 。 (三)坚持…, 。 四、其它有关事项
ITEM_INSIDE = re.compile(r"[。；;][ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
ISSUER_REACH = 30  # the issuer's name is no longer than this

EXAMPLES = {
    "ITEM_INSIDE": Examples(match=("宁缺毋滥。 (三)坚持面向基层", "报送。四、其它有关事项"), no_match=("(五) 切实加强动态报告工作", "分为一、二类")),
    "CONTINUATION_MARK": Examples(match=("[接上页] (五) 切实加强动态报告工作", "【续上页】", "接上頁"), no_match=("各单位接上级通知后", "(五) 切实加强")),
    "GLUED_PAGE_HEADER": Examples(match=("时间节点的重许昌市人民政府文件许政〔2020〕21号大工作",),
                                  no_match=("许昌市人民政府文件", "按照许政〔2020〕21号文件")),
}


class PageHeader(NamedTuple):
    start: int
    end: int
    issuer: str
    number: str


def _issuer_start(text: str, at: int, code: str) -> int:
    """Where the issuer's name before ``at`` starts: at the code's first character (许 of 许政 in 许昌市人民政府), the
    name an organisation's; -1 when none is. A 文号's code opens with its issuer's short name."""
    for start in range(max(0, at - ISSUER_REACH), at - 1):
        if text[start] == code[0] and is_organisation_line(text[start:at]):
            return start
    return -1


def glued_page_headers(text: str) -> list[PageHeader]:
    """The page headers glued inside the lines of ``text`` (a line that is one is a 版头, read by the header)."""
    found = []
    for match in GLUED_PAGE_HEADER.finditer(text):
        start = _issuer_start(text, match.start(), match.group("code"))
        if start > 0 and text[start - 1] != "\n" and match.end() < len(text) and text[match.end()] != "\n":
            found.append(PageHeader(start, match.end(), text[start:match.start()], match.group("number")))
    return found


def continuation_breaks(text: str) -> list[int]:
    """Offsets in ``text`` after each page's continuation mark that has text after it on its line, unless more
    items follow inside that line (…宁缺毋滥。 (三)坚持…: a copy glued into one line, whose items are not read, nor
    is the first)."""
    breaks = []
    for found in CONTINUATION_MARK.finditer(text):
        line_end = text.find("\n", found.end())
        rest = text[found.end():len(text) if line_end == -1 else line_end]
        if rest and not ITEM_INSIDE.search(rest):
            breaks.append(found.end())
    return breaks
