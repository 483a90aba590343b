"""HTML markup left in a copied text (a site's export of its database field) taken out, keeping the origin map.
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

from pipeline.document.offset_edits import substitute

# HTML markup left in a copied text (a site's export of its database field): <p style="…">, <br/>,
# <strong>. Block tags end a line (a table's <caption>, its title, too), inline tags go; entities of spaces become spaces. Tag names are
# ASCII, so a nested title <政府工作报告> is never one.
HTML_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|tr|h[1-6]|table|caption|section|article)(?:\s[^<>\n]{0,300})?/?>", re.I)
# Spam templates scatter empty elements with random ids among the lines (<legend id="ppnor"></legend>, <s id="…"></s>,
# <small id="…"><menu id="…"></menu></small>): they go as inline tags do.
HTML_INLINE_TAG = re.compile(r"</?(?:span|strong|b|i|em|u|font|a|img|ul|ol|td|th|tbody|thead|sup|sub|"
                             r"legend|input|s|small|menu|ins|del|dl|dt|dd|label|abbr|big|cite|code|var|nobr|center)"
                             r"(?:\s[^<>\n]{0,300})?/?>", re.I)
# A table cell's end with the next cell's start right after it (<td>1</td><td>县委农工部</td><td>60</td>: a page's table printed
# without line breaks): each cell then ends its line, as it does where the source prints a cell a line.
HTML_CELL_BOUNDARY = re.compile(r"</t[dh]>[ \t\u3000]*(?=<t[dh][\s>])", re.I)
HTML_SPACE = re.compile(r"&(?:nbsp|ensp|emsp|#160|#12288);", re.I)
# Any other element's tag in a text read as markup: a template's own elements (a JSP page's <c>县级考核依据</c>, <c:if …>,
# <jsp:include …/>), <link …>, <thead>. A tag name is ASCII letters, with a prefix (c:, o:) allowed; a nested title
# (<政府工作报告>) is never one.
OTHER_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?::[A-Za-z][A-Za-z0-9-]{0,20})?(?:\s[^<>\n]{0,300})?/?>")
MARKED_UP = 3  # tags a text holds before it is read as markup


def drop_html_markup(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text without its HTML markup when it holds at least MARKED_UP tags in its first 20,000 characters:
    block tags become line breaks, inline tags go, entities of spaces become spaces."""
    if "<" not in text or len(HTML_BLOCK_TAG.findall(text, 0, 20000)) + len(HTML_INLINE_TAG.findall(text, 0, 20000)) < MARKED_UP:
        return text, origin
    text, origin = substitute(text, origin, HTML_CELL_BOUNDARY, "\n")
    text, origin = substitute(text, origin, HTML_BLOCK_TAG, "\n")
    text, origin = substitute(text, origin, HTML_INLINE_TAG, "")
    text, origin = substitute(text, origin, OTHER_TAG, "")
    return substitute(text, origin, HTML_SPACE, " ")


EXAMPLES = {
    "HTML_BLOCK_TAG": Examples(match=("<p>", '<p style="text-align: right;">', "<br/>", "</p>", "<BR>", "<caption>", "</caption>"),
                               no_match=("<政府工作报告>", "<span>", "<广东省打赢蓝天保卫战实施方案>")),
    "HTML_INLINE_TAG": Examples(match=("<strong>", "</strong>", '<span style="font-size:16px">', "<b>",
                                       '<legend id="ppnor">', '<s id="ppnor">', "</menu>", '<input id="ppnor">'),
                                no_match=("<p>", "<政府工作报告>", "<section>", "<script>")),
    "OTHER_TAG": Examples(match=("<c>", "</c>", '<jsp:include page="/a.jsp">', "</jsp:include>", '<link href="a.css" rel="stylesheet">',
                                 "<o:p>", "<c:if test=\"${x}\">"),
                          no_match=("<政府工作报告>", "<<条例>>", "< 5", "<%=request %>")),
    "HTML_CELL_BOUNDARY": Examples(match=("</td><td>", "</th> <th width=\"15%\">", "</TD><TD class='left'>"),
                                   no_match=("</td>\n<td>", "</td></tr>", "</td><tr>")),
    "HTML_SPACE": Examples(match=("&nbsp;", "&emsp;"), no_match=("&amp;", "nbsp")),
}
