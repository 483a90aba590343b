"""Where the recipients of a copy that lost its line breaks start, glued after whatever the header printed before them
(issue 15): the title's type (…关于印发《…实施方案》的通知雄县、容城、安新县委和人民政府,新区各部门:现将…), the 文号
(…皖政办〔2008〕33号省政府各部门、各直属机构:经省政府同意,…), a page's tools (…的通知打印 纠错分享到区政府各部门…:),
a bracket's close ((鲁农函字〔2009〕42号)各市农业局:根据…), a page field's value (生效日期:2021-12-31各县、区人民政府,…:),
a field's empty value (浏览量:各县市区委、人民政府,…:) or a field's value naming a body the header named before (发文单位:国务院办公厅国务院有关部门:).

The recipients are the run of names before a colon with no sentence's mark in it; read back from the colon, the run's
first name is cut where the text glued before it ends: after the last document type, 文号, figure or bracket in it
(those never end a recipient's name). The cut is kept only when what starts there up to the
colon is a recipients line (a list naming bodies, opening with 各 or every part naming a body) and a clause follows the
colon, so a sentence's colon (现将有关事项通知如下:), a field's label (发布机构: 某某县人民政府 主题分类:) or a list of words
is left alone. The recipients are cut off the first sentence after them too: they stand on a line of their own, as printed.
"""

from __future__ import annotations

from extractors.docnumbers import find_doc_numbers
from extractors.lazy_patterns import compiled_later
from extractors.titles import TITLE_ENDING_RE, TITLE_WORD_RE
from extractors.unit_roles import LABEL_RE as UNIT_LABEL_RE
from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line
from pipeline.document.header_lines import is_recipients_line, names_a_body_or_class
from pipeline.document.lists import split_list
from pipeline.document.wrapper import PAGE_TOOLS, info_label_spans

NUMBER_REACH = 40  # the longest 文号 glued before the recipients
HEADER_REACH = 2000  # characters from the copy's start in which its header's recipients stand (after a page's chrome)
# A recipients' colon inside a line, the run of names read back from it: no sentence's or title's mark in the run
# (a title's 《》 and quotes, a field's colon, a table's pipe stop it), at most a long list's length.
# A colon between figures is a clock's (20:00).
RECIPIENTS_RUN = compiled_later(r"[^。；;！!？?：:“”《》|\n【】]{1,149}[^\d。；;！!？?：:“”《》|\n【】][：:](?=[ \u3000]*\S)")
# What may end the text a recipient's first name is glued after: a figure, a latin letter, a bracket's close, a space.
# A figure before 号 is a 文号's serial, ending no glued text but the 文号 (read whole: find_doc_numbers).
GLUE_END = compiled_later(r"[0-9A-Za-z)）〕\]］}】 \u3000](?![号號])")
# A bracket closing a 文号 or a date ((鲁农函字〔2009〕42号)各市农业局, (国检监〔1989〕565号 一九八九年十月十六日)上海…): glued
# text; a bracket of place words closes inside a recipient's name (各县(市)区人民政府, 各区县(市)人民政府).
# An outline's label ((一)教职工:8月28日召开…) is no glued text either: a heading's words follow it.
NAME_BRACKET = compiled_later(r"[(（](?:[^()（）0-9〇○一二三四五六七八九]{1,8}|[一二三四五六七八九十\d]{1,3})[)）]$")
# A page's reader tools (打印 打印纠错 纠错分享到) between the title and the recipients: glued text when they follow the
# title's type or a space (a word like 保存 inside a name is the name's: 各档案保存单位).
PAGE_TOOL_RUN = compiled_later(r"(?:(?:%s)[ \u3000|]*)+" % PAGE_TOOLS)
LIST_SEPARATORS = compiled_later(r"[,，、]")
LIST_COMMA = compiled_later(r"[,，]")
MARKUP_END = compiled_later(r"[\"']\s*/?>\s*$")  # a tag's attribute closing the line (…,...">)
# The notice's first sentence after the recipients' colon: a clause's mark before any other colon.
CLAUSE_AFTER = compiled_later(r"[^:：\n]{1,200}?[，,。]")

EXAMPLES = {
    "RECIPIENTS_RUN": Examples(match=("的通知雄县、容城、安新县委和人民政府,新区各部门:现将", "2021-12-31各县、区人民政府,市政府各部门:现将"),
                               no_match=("办法》的通知", "通知如下。一、", "各县:", "8月30日(周日)20:00点前")),
    "GLUE_END": Examples(match=("1", ")", "）", "〕", " "), no_match=("号", "知", "，", "5号")),
    "NAME_BRACKET": Examples(match=("各县(市)", "各区县（市）", "人民政府(管委会)", "（一）", "(2)"), no_match=("(鲁农函字〔2009〕42号)", "(一九八九年十月十六日)")),
    "MARKUP_END": Examples(match=('健康发展,...">', "发展' />"), no_match=("现将《方案》印发给你们。", "<正>")),
    "PAGE_TOOL_RUN": Examples(match=("打印 打印纠错 纠错分享到", "关闭窗口"), no_match=("区政府各部门", "各管委会")),
    "LIST_COMMA": Examples(match=(",", "，"), no_match=("、",)),
    "LIST_SEPARATORS": Examples(match=(",", "，", "、"), no_match=(":", "。")),
    "CLAUSE_AFTER": Examples(match=("现将《方案》印发给你们,", "《办法》已经同意,"), no_match=(" 某某县人民政府 主题分类:", "。")),
}


def _glue_ends(first: str) -> list[int]:
    """Offsets in ``first`` (the run's first name with what is glued before it) where the glued text may end: after
    a document type (通知, 实施意见), a 文号, a figure, a bracket's close or a page's tool (…的通知打印 纠错分享到区政府各部门);
    latest first."""
    ends = [found.end() for found in TITLE_WORD_RE.finditer(first) if TITLE_ENDING_RE.search(found.group())]
    ends += [tools.end() for tools in PAGE_TOOL_RUN.finditer(first)
             if tools.start() in ends or tools.start() and first[tools.start() - 1] in " \u3000|"]
    ends += [end for _, end, _ in find_doc_numbers(first)]
    ends += [found.end() for found in GLUE_END.finditer(first) if not NAME_BRACKET.search(first, 0, found.end())]
    return sorted({end for end in ends if 0 < end < len(first)}, reverse=True)


def _field_value_ends(before: str, first: str) -> list[int]:
    """Offsets in ``first`` (the run's first name, right after a field's colon) where the field's value may end: after a
    body's name the header printed ``before`` the field (法规库国务院办公厅关于…的通知…发文单位:国务院办公厅国务院有关部门:为…:
    the issuing body, named in the title); longest first."""
    return [end for end in range(len(first) - 1, 1, -1)
            if first[:end] in before and is_organisation_line(first[:end])]


def _reads_as_recipients(run: str) -> bool:
    """Whether ``run`` (up to its colon) is a recipients line: a list naming bodies, opening with 各 or every part naming
    a body or a class of people (县级有关部门: 为… is read only so), or places sharing one body's name (四川、甘肃、陕西省
    建设厅)."""
    if not is_recipients_line(run) or UNIT_LABEL_RE.search(run):
        return False  # a task's 牵头单位:市发改委责任单位: is its fields' labels
    return run.startswith("各") or all(names_a_body_or_class(part) for part in split_list(run[:-1])) \
        or not LIST_COMMA.search(run) and names_a_body_or_class(run[:-1])


def _recipients_start(line: str, run_start: int, colon: int, before: str = "") -> int:
    """Where the recipients of the run ``line[run_start:colon]`` start inside it: at the latest glue end of its first name
    from which the run reads as recipients (or at its start when it opens the line or follows a field's colon or a
    table's pipe, or after the value of a field the line or the text ``before`` it ends with); -1 when none does or no
    clause follows the colon (a field's label: 发布机构: 某某县人民政府 主题分类:)."""
    clause = CLAUSE_AFTER.match(line, colon + 1)
    if not clause:
        return -1
    first_end = LIST_SEPARATORS.search(line, run_start, colon)
    first = line[run_start:first_end.start() if first_end else colon]
    starts = [run_start + end for end in _glue_ends(first)]
    if not starts and (line[:run_start].rstrip() or before.rstrip())[-1:] in (":", "："):
        starts = [run_start + end for end in _field_value_ends(before + line[:run_start], first)]
    if not starts and (run_start == 0 or line[run_start - 1] in ":：|]】"):
        starts.append(run_start)  # a field's empty value or a table's cell before it: the run is the recipients whole
    return next((start for start in starts if _reads_as_recipients(line[start:colon + 1])), -1)


def _line_recipients(line: str, before: str = "") -> tuple[int, int]:
    """(where the recipients on ``line`` start, their colon) for its first run that reads so (0 when the line opens with
    them), or (-1, -1)."""
    if ":" not in line and "：" not in line:
        return -1, -1
    for run in RECIPIENTS_RUN.finditer(line):
        if (start := _recipients_start(line, run.start(), run.end() - 1, before)) >= 0:
            return start, run.end() - 1
    return -1, -1


def _number_before(line: str, start: int) -> int:
    """The start of a 文号 ending at ``start`` (…的通知皖政办〔2008〕33号省政府各部门…: cut off the title too, so the 文号
    stands on a line of its own and is read, not joined to the title as a wrapped line's end), or -1."""
    reach = max(0, start - NUMBER_REACH)
    before = line[reach:start]
    return next((reach + begin for begin, end, _ in find_doc_numbers(before) if end == len(before)), -1)


def glued_recipients_breaks(text: str) -> list[int]:
    """Offsets in ``text`` where recipients glued after a header's other parts start a line (see the module), on the
    lines within HEADER_REACH of the copy's start: the first such cut only, the notice's own recipients."""
    offset = 0
    for line in text.split("\n"):
        if offset >= HEADER_REACH:
            break
        if _reads_as_recipients(line.strip()) and not info_label_spans(line):
            return []  # the recipients on a line of their own, as printed (a table's 发布机构: is a label)
        if MARKUP_END.search(line):
            offset += len(line) + 1
            continue  # a page's markup (a meta tag's summary of the notice, printed again below): left whole
        start, colon = _line_recipients(line[:HEADER_REACH], text[:offset])
        if start >= 0:  # (0: a line opening with them, nothing glued before)
            return [offset + at for at in (_number_before(line, start), start, colon + 1) if at > 0] if start > 0 else []
        offset += len(line) + 1
    return []
