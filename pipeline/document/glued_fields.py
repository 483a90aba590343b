"""Where the header of a copy that lost its line breaks is cut at what a page printed around the notice's own elements
(issue 15: 文号, title, recipients glued to a page's tools, a legal database's fields, a page's time stamp and source).

A page prints its tools, a database its fields, a portal the time and source of its posting, each on a line of its
own beside the notice's header; glued, they run into it. Breaks, on the copy's first lines:

- after a page's reader tools glued before the 文号 or the recipients (朗读苍政办〔2007〕24号苍南县…, 朗读各乡镇人民政府,…:);
- before each field of a legal database's header (【法宝引证码】CLI.1.304262【时效性】尚未施行运城市…), and after the last
  field's value when it has a value's shape (a citation code, a link, a validity, a date, a 文号) and more is glued after it;
- around the time stamp and page fields glued between a title and its 文号 or the title printed again (…的通知2021年12月22日
  21:14来源:河南政府网豫政〔2021〕34号 · …的通知2017-11-21交通运输部办公厅关于…的通知): at the title's end, before each
  field, before and after the 文号 or the repeated title. Only when all between is a stamp: a title followed by a date
  in a sentence (…的通知2021年12月22日起施行) is left alone;
- between a title printed twice in a row (…的通知包头市人民政府办公室关于…的通知包府办发〔2022〕43号…).
"""

from __future__ import annotations

from extractors.docnumbers import find_doc_numbers
from extractors.lazy_patterns import compiled_later
from extractors.titles import DOC_TITLE_ENDINGS, TITLE_ENDING_RE
from extractors.vocab import Examples

from pipeline.document.glued import GLUED_DOC_NUMBER, RECIPIENTS_OPENING, TITLE_BREAKS
from pipeline.document.glued_crumbs import PAGE_FIELD_LABEL
from pipeline.document.wrapper import LEGAL_DATABASE_LABELS, PAGE_TOOLS

SCAN_LINES = 20  # the page's header is among the copy's first lines
FIELD_GAP = 80  # the longest value between two fields of a legal database's header
STAMP_REACH = 60  # the longest stamp (time, source) between a title and its 文号
TITLE_LENGTH = (6, 120)

# A run of reader tools opening a line (朗读, 打印本页 收藏).
PAGE_TOOL_RUN = compiled_later(r"^[ \u3000]*(?:(?:%s)[ \u3000|]*)+" % PAGE_TOOLS)
# A legal database's field label (【时效性】) or its link's (原文链接:).
LEGAL_DATABASE_FIELD = compiled_later(r"【(?:%s)】|原文链接[ \u3000]*[:：]" % LEGAL_DATABASE_LABELS)
# A document's type of two characters or more, where a title may end (通知, 实施方案; 法 and 令 are parts of words).
TITLE_ENDING_WORD = compiled_later("|".join(sorted((word for word in DOC_TITLE_ENDINGS if len(word) > 1), key=len, reverse=True)))
# A date as a page or a database prints it, with its clock time (2021年12月22日21:14, 2017-11-21, 06.05.2014 20:16).
PAGE_DATE = (r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
             r"(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?")
# The shapes of a database field's value, whatever is glued after it: a citation code, a link, a validity, a date.
LEGAL_DATABASE_VALUE = compiled_later(r"[ \u3000]*(?:CLI(?:\.\d+)+|https?://[!-~]+|现行有效|尚未施行|已被修改|部分失效|已失效"
                                      r"|失效|已废止|" + PAGE_DATE + ")")
# What a page prints between a title and its 文号: dates and labelled fields with short values, nothing else.
STAMP = compiled_later(r"(?:[ \u3000|•·]*(?:%s|%s[^:：。，,；;]{0,30}?))+" % (PAGE_DATE, PAGE_FIELD_LABEL.pattern))
STAMP_PART = compiled_later(r"%s|%s" % (PAGE_DATE, PAGE_FIELD_LABEL.pattern))
# The end of a site's or a paper's name (河南政府网, 河南日报), which a 文号's code glued after it is no part of.
SOURCE_NAME_END = compiled_later(r"(?:网站|网|門戶|门户|日报|报|客户端)(?=[\u4e00-\u9fff]{2,}$)")

EXAMPLES = {
    "PAGE_TOOL_RUN": Examples(match=("朗读苍政办〔2007〕24号", "打印本页 收藏各乡镇"), no_match=("各乡镇人民政府", "关于保存档案的通知")),
    "LEGAL_DATABASE_FIELD": Examples(match=("【法宝引证码】CLI.1.304262", "【时效性】尚未施行", "原文链接：https://"),
                                     no_match=("【摘要】", "法宝引证码")),
    "LEGAL_DATABASE_VALUE": Examples(match=("CLI.12.5115678原文链接", "https://www.pkulaw.com/lar/ea52.html包头市", "尚未施行运城市",
                                            "2017-04-13"), no_match=("运城市人民政府",)),
    "STAMP": Examples(match=("2021年12月22日21:14来源:河南政府网", "2017-11-21", "06.05.2014  20:16", "来源:新华网 时间:2020-01-02"),
                      no_match=("各乡镇人民政府:",)),
    "TITLE_ENDING_WORD": Examples(match=("的通知", "实施方案"), no_match=("依法",)),
    "STAMP_PART": Examples(match=("来源:", "2021年12月22日21:14"), no_match=("来源于",)),
    "SOURCE_NAME_END": Examples(match=("河南政府网豫政", "人民日报国发"), no_match=("河南政府网", "豫政")),
}


def _legal_database_breaks(line: str) -> list[int]:
    """Before each field of the run a legal database's header opens ``line`` with, and after the last field's value."""
    first = LEGAL_DATABASE_FIELD.match(line, len(line) - len(line.lstrip(" \u3000")))
    if not first:
        return []
    breaks, last = [], first
    for field in LEGAL_DATABASE_FIELD.finditer(line, first.end()):
        if field.start() - last.end() > FIELD_GAP:
            break
        breaks.append(field.start())
        last = field
    value = LEGAL_DATABASE_VALUE.match(line, last.end())
    if value and line[value.end():].strip():
        breaks.append(value.end())
    return breaks


def _page_tool_breaks(line: str) -> list[int]:
    """After the reader tools opening ``line`` when the 文号 or the recipients are glued after them."""
    tools = PAGE_TOOL_RUN.match(line)
    if tools and (GLUED_DOC_NUMBER.match(line, tools.end()) or RECIPIENTS_OPENING.match(line, tools.end())):
        return [tools.end()]
    return []


def _number_start(line: str, start: int, end: int) -> int:
    """Where the 文号 found at ``start`` starts once a source's name glued before its code is left out (河南政府网豫政〔…)."""
    code = GLUED_DOC_NUMBER.match(line, start, end)
    name = code and max((found.end() for found in SOURCE_NAME_END.finditer(code.group("code"))), default=0)
    return start + name if name else start


def _title_then_stamp(line: str) -> int:
    """The end of the title ``line`` opens with where a stamp's date or field follows it: the first document type (of two
    characters or more) so followed, no sentence's punctuation before it, its 《》 balanced; 0 when none."""
    run = TITLE_BREAKS.split(line[:TITLE_LENGTH[1]], 1)[0]
    for ending in TITLE_ENDING_WORD.finditer(run):
        end, prefix = ending.end(), run[:ending.end()]
        if end >= TITLE_LENGTH[0] and prefix.count("《") == prefix.count("》") and STAMP_PART.match(line, end):
            return end
    return 0


def _stamp_breaks(line: str) -> list[int]:
    """Around a time stamp and page fields between the title ``line`` opens with and its 文号 or the title again."""
    title_end = _title_then_stamp(line)
    if not title_end:
        return []
    title, reach = line[:title_end], title_end + STAMP_REACH
    again = line.find(title, title_end, reach + len(title))
    numbers = find_doc_numbers(line[title_end:reach])
    number = (title_end + numbers[0][0], title_end + numbers[0][1]) if numbers else None
    if number and (again < 0 or number[0] < again):
        anchor = (_number_start(line, *number), number[1])
    elif again > 0:
        anchor = (again, again + len(title))
    else:
        anchor = (len(line.rstrip()),) * 2
    if not STAMP.fullmatch(line, title_end, anchor[0]):
        return []
    parts = [found.start() for found in STAMP_PART.finditer(line, title_end, anchor[0])]
    return [at for at in {title_end, *parts, *anchor} if 0 < at < len(line.rstrip())]


def _doubled_title_breaks(line: str) -> list[int]:
    """Between a title printed twice in a row opening ``line``, and after the second when more is glued."""
    for end in range(TITLE_LENGTH[0], min(TITLE_LENGTH[1], len(line) // 2) + 1):
        if line[end] == line[0] and line.startswith(line[:end], end) and TITLE_ENDING_RE.search(line[:end]) \
                and line[:end].count("《") == line[:end].count("》"):
            return [at for at in (end, 2 * end) if at < len(line.rstrip())]
    return []


def _piece_breaks(line: str) -> list[int]:
    return _stamp_breaks(line) or _doubled_title_breaks(line)


def glued_field_breaks(text: str) -> list[int]:
    """Offsets in ``text`` where the parts of a header glued to a page's tools, fields and stamps start lines (see the
    module): the tools' and database fields' breaks first, then the stamps and doubled titles in the pieces they leave."""
    breaks, offset = [], 0
    for line in text.split("\n")[:SCAN_LINES]:
        cuts = sorted(set(_page_tool_breaks(line) + _legal_database_breaks(line)))
        for start, end in zip([0, *cuts], [*cuts, len(line)]):
            cuts += [start + at for at in _piece_breaks(line[start:end])]
        breaks += [offset + at for at in cuts]
        offset += len(line) + 1
    return breaks
