"""Which citations repeal or amend, beyond the verb written next to them (``extractors.citations``).

Lists under a heading that says what happens to them: every row names one document, and the heading
gives the relation of all of them.

    下列规章予以废止： / 附件1：…决定废止的政策性文件目录(28件) / 宣布失效的文件目录        repeals
    修改下列地方性法规： / 决定修改的规章目录                                         amends
    下列…予以保留： / 继续有效的规范性文件目录 / 现行有效规章目录                        (ends a list)

A row is a line that starts with its number (1． 1、 （一） or a table's 1 followed by a space) or
with the title. Only the row's first document is the one listed; a later one on the line is a remark
(说明: …原《城市规划法》已废止). A row may name a document without 《》: 1．关于…的决定 (a title with
a document's ending), or 1 关于…的通知 达市府发〔2000〕65号 (a cleanup table's name and number cells).

An article amended in place: 将《X》第七条修改为 · 在《X》第七条中增加一项 · 删去《X》第三条 amends X.

A report of what another body did is no repeal by this document: 记者获悉…废止, 据悉, 《X》已废止,
已被《Y》废止 (in a decision's remarks or a news item) — those citations only cite.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

from schema.relations import LIFECYCLE_RELATIONS

from .mentions import Mention, clean_title
from .titles import has_document_ending
from .vocab import Examples

# A heading line that opens a list, by what happens to what it lists.
REPEAL_HEADING_RE = re.compile(
    r"(?:废止|失效|停止执行|不再执行)[^。\n]{0,40}?(?:[：:]\s*$|目录|清单|名单|[（(]\s*\d+\s*件\s*[）)]\s*$)"
)
AMEND_HEADING_RE = re.compile(r"(?:修改|修订|修正)[^。\n]{0,40}?(?:[：:]\s*$|目录|清单)")
KEEP_HEADING_RE = re.compile(r"(?:继续有效|予以保留|保留|现行有效|继续执行)[^。\n]{0,60}?(?:[：:]\s*$|目录|清单|名单)")
MAX_HEADING_CHARS = 160  # a longer line is running text, not a list's heading
HEADING_RELATIONS = ((KEEP_HEADING_RE, None), (REPEAL_HEADING_RE, "repeals"), (AMEND_HEADING_RE, "amends"))

# The start of a list row: its number, or the title straight away.
ROW_START_RE = re.compile(
    r"[^\S\n]*(?:(?:\d{1,4}|[一二三四五六七八九十]{1,4})[．.、,，]|[（(](?:\d{1,4}|[一二三四五六七八九十]{1,4})[）)]"
    r"|\d{1,4}[^\S\n]+|《)"
)
# A row's document named without 《》: from after the row's number to its end, or up to the number
# cell (达市府发〔2000〕65号) or the next cell (two spaces, a tab, a |).
BARE_ROW_TITLE_RE = re.compile(r"[^\S\n]*(?P<title>[^\s《》|，,。；;：:]{4,80}?)(?=[^\S\n]|$|\|)", re.M)

# An article amended in place, written after the citation: 《X》第七条修改为 · 《X》第七条中增加 ·
# 《X》第十条第四项修改为 · 《X》第三条中的“、利用”删除.
ARTICLE_AMEND_RE = re.compile(
    r"\s*第[一二三四五六七八九十百\d]{1,5}(?:条|款|项|章|节)[^。；;\n《》]{0,40}?"
    r"(?:修改为|改为|中增加|后增加|增加一|删去|删除)"
)
# Before a citation: 删去《X》第三条 · 将《X》第七条 (its article's amendment follows).
ARTICLE_AMEND_BEFORE_RE = re.compile(r"(?:删去|删除)\s*$")

# A sentence that reports another body's act, not this document's.
REPORT_RE = re.compile(
    r"记者|获悉|据悉|据了解|据介绍|报道|新华社|日电|已被|已经被|已于[^。；;\n]{0,20}(?:废止|失效|修改|修订|修正)"
    r"|已(?:经)?(?:宣布)?(?:废止|失效|修改|修订|修正)|已(?:经)?(?:停止执行|不再执行)"
)
SENTENCE_BREAK = re.compile(r"[。；;！!？?\n]")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for found in re.finditer("\n", text):
        yield start, found.start()
        start = found.end()
    yield start, len(text)


def heading_relation(line: str) -> tuple[bool, Optional[str]]:
    """Whether ``line`` is a list's heading, and the relation of what it lists (None: kept)."""
    line = line.strip()
    if not line or len(line) > MAX_HEADING_CHARS:
        return False, None
    for pattern, relation in HEADING_RELATIONS:
        if pattern.search(line):
            return True, relation
    return False, None


def list_rows(text: str) -> Iterator[tuple[int, int, int, Optional[str]]]:
    """Every row of a list under a heading: (line start, line end, where its name starts (after the
    row number), relation). A list runs from its heading to the next heading."""
    relation: Optional[str] = None
    open_ = False
    for start, end in _lines(text):
        is_heading, kind = heading_relation(text[start:end])
        if is_heading:
            open_, relation = True, kind
            continue
        if not open_:
            continue
        row = ROW_START_RE.match(text, start, end)
        if row:
            name_start = row.end() - 1 if row.group().endswith("《") else row.end()
            yield start, end, name_start, relation


def bare_row_title(text: str, name_start: int, end: int) -> Optional[tuple[int, int, str]]:
    """A row's document named without 《》 at ``name_start``: (start, end, title), or None."""
    found = BARE_ROW_TITLE_RE.match(text, name_start, end)
    if found is None or not has_document_ending(found["title"]):
        return None
    return found.start("title"), found.end("title"), found["title"]


def amends_in_place(text: str, start: int, end: int) -> bool:
    """Whether the citation at ``text[start:end]`` names a document one of whose articles is amended
    right there (将《X》第七条修改为, 删去《X》第三条)."""
    return (ARTICLE_AMEND_RE.match(text, end) is not None
            or ARTICLE_AMEND_BEFORE_RE.search(text, max(0, start - 4), start) is not None)


def reported(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` reports another body's act (记者获悉, 已废止)."""
    breaks_before = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 120), start)]
    sentence_start = breaks_before[-1] if breaks_before else max(0, start - 120)
    after = SENTENCE_BREAK.search(text, end, end + 120)
    sentence_end = after.start() if after else min(len(text), end + 120)
    return REPORT_RE.search(text, sentence_start, sentence_end) is not None


def with_list_rows(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in text order, each list row's document marked with the list's relation
    (``listed``), and the rows that name theirs without 《》 added (1．关于…的决定,
    1 关于…的通知 达市府发〔2000〕65号: the number's mention gets the title of its name cell)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    added: list[Mention] = []
    for line_start, line_end, name_start, relation in list_rows(folded):
        on_row = mentions[bisect.bisect_left(starts, line_start):bisect.bisect_left(starts, line_end)]
        first = on_row[0] if on_row else None
        if first is None or (first.title is None and text[name_start:first.start].strip()):
            bare = bare_row_title(folded, name_start, line_end)
            if bare is None:
                continue
            start, end, _ = bare
            if first is not None and first.title is None and not text[end:first.start].strip():
                first.start, first.title = start, clean_title(text[start:end])
            else:
                first = Mention(start, end, clean_title(text[start:end]))
                added.append(first)
        elif text[name_start:first.start].strip():
            continue  # the row names its document in words that are no title; a remark cites another
        first.listed = relation or ""
    return sorted(mentions + added, key=lambda m: m.start)


def lifecycle_relation(text: str, mention: Mention, amended_by_it: bool) -> None:
    """Repeals and amends beyond the verb next to a citation: a list's heading decides for its rows,
    an article amended in place amends, a report of another body's act only cites; and which
    document's force changes (``acts_on``). ``amended_by_it``: the verb after the citation is a
    history line's 修正 (the cited decision amended this document)."""
    if mention.listed is not None:
        kept = "cites" if mention.relation in LIFECYCLE_RELATIONS else mention.relation
        mention.relation = mention.listed or kept
    elif mention.relation not in LIFECYCLE_RELATIONS and amends_in_place(text, mention.start, mention.end):
        mention.relation = "amends"
    elif mention.relation in LIFECYCLE_RELATIONS and reported(text, mention.start, mention.end):
        mention.relation = "cites"
    if mention.relation in LIFECYCLE_RELATIONS:
        mention.acts_on = "citing" if amended_by_it and mention.listed is None else "cited"


EXAMPLES = {
    "REPEAL_HEADING_RE": Examples(
        match=("附件1:达州市人民政府决定废止的政策性文件目录(28件)", "自本法施行之日起，予以废止：",
               "下列文件宣布失效：", "市政府决定废止的规章目录"),
        no_match=("原《关于加强扶贫工作的通知》同时废止。",)),
    "AMEND_HEADING_RE": Examples(match=("修改下列地方性法规:", "决定修改的规章目录"), no_match=("作如下修改。",)),
    "KEEP_HEADING_RE": Examples(match=("下列补充规定和决定予以保留，其中…适用本法规定：", "继续有效的规范性文件目录"),
                                no_match=("予以废止：",)),
    "ROW_START_RE": Examples(match=("1．关于禁毒的决定", "1 关于城市规划建设管理规定的通知", "（一）《X》", "《X》"),
                             no_match=("序号 文件名称",)),
    "BARE_ROW_TITLE_RE": Examples(match=("关于城市规划建设管理规定的通知 达市府发〔2000〕65号",)),
    "ARTICLE_AMEND_RE": Examples(match=("第七条中增加一项", "第七条 项修改为", "第十条第四项修改为"),
                                 no_match=("第七条规定", "第三条。修改为")),
    "ARTICLE_AMEND_BEFORE_RE": Examples(match=("删去",), no_match=("根据",)),
    "REPORT_RE": Examples(match=("记者昨日从省政府获悉", "原《城市规划法》已废止", "已被《X》修改"),
                          no_match=("同时废止", "予以废止")),
    "SENTENCE_BREAK": Examples(match=("。", "\n"), no_match=("，",)),
}
