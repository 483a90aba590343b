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

from .lazy_patterns import compiled_later
from .lifecycle_dates import WRITTEN_DATE, parse_date
from .mentions import Mention, clean_title
from .titles import has_document_ending
from .vocab import Examples

# A heading line that opens a list, by what happens to what it lists.
# (A sentence about 下列/以下 documents is a heading too: 国务院决定对下列25部行政法规予以废止。)
# (A heading may run on into its rows on one line: …宣布失效：1.关于…的通知（…）2.…)
ROWS_FOLLOW = r"(?=\s*(?:1[．.、]|[（(]一[）)]|一、|《))"
REPEAL_HEADING_RE = compiled_later(
    r"(?:废止|失效|停止执行|不再执行)[^。\n]{0,40}?(?:[：:]\s*$|目录|清单|名单|[（(]\s*\d+\s*件\s*[）)]\s*$)"
    r"|(?:废止|失效|停止执行|不再执行)[^。\n]{0,40}?[：:]" + ROWS_FOLLOW +
    r"|(?:下列|以下)[^。\n]{0,40}?(?:废止|失效|停止执行|不再执行)[。：:]?\s*$"
)
AMEND_HEADING_RE = compiled_later(r"(?:修改|修订|修正)[^。\n]{0,40}?(?:[：:]\s*$|目录|清单|[：:]" + ROWS_FOLLOW + ")"
                              r"|(?:下列|以下)[^。\n]{0,40}?(?:修改|修订|修正)[。：:]?\s*$")
KEEP_HEADING_RE = compiled_later(r"(?:继续有效|予以保留|保留|现行有效|继续执行)[^。\n]{0,60}?(?:[：:]\s*$|目录|清单|名单)"
                             r"|(?:下列|以下)[^。\n]{0,40}?(?:继续有效|予以保留|保留)[。：:]?\s*$")
MAX_HEADING_CHARS = 160  # a longer line is running text, not a list's heading
# The words without one of which a line is no heading, and no row with a result cell.
HEADING_WORDS = compiled_later(r"废止|失效|停止执行|不再执行|修改|修订|修正|继续有效|保留|现行有效|继续执行")
RESULT_WORDS = compiled_later(r"(?:废止|失效|停止执行|不再执行|有效|继续执行|保留|修改|修订)[\s|｜。]*(?:\n|$)")
HEADING_RELATIONS = ((KEEP_HEADING_RE, None), (REPEAL_HEADING_RE, "repeals"), (AMEND_HEADING_RE, "amends"))

# The start of a list row: its number, or the title straight away.
ROW_START_RE = compiled_later(
    r"[^\S\n]*(?:(?:\d{1,4}|[一二三四五六七八九十]{1,4})[．.、,，]|[（(](?:\d{1,4}|[一二三四五六七八九十]{1,4})[）)]"
    r"|\d{1,4}[^\S\n]+|《)"
)
# A row's document named without 《》: from after the row's number to its end, or up to the number
# cell (达市府发〔2000〕65号) or the next cell (two spaces, a tab, a |).
# A short bracket may be part of the name (（试行）, （2020年版）); a note after it is not (（1985年…发布）).
BARE_ROW_TITLE_RE = compiled_later(
    r"[^\S\n]*(?P<title>[^\s《》|，,。；;：:（(]{4,80}?(?:[（(][^（）()\n]{1,8}[）)])?)(?=[^\S\n]|$|\||[（(])", re.M)

# A cleanup table's result cell ending a row: 1 关于…的通知 X政发〔2015〕1号 废止 · | 继续有效 |.
ROW_RESULT_RE = compiled_later(
    r"(?:^|(?<=[\s|｜]))(?:拟|予以|决定)?(?P<result>宣布失效|废止|失效|停止执行|不再执行|继续有效|继续执行|有效|保留|修改|修订)"
    r"[\s|｜。]*$")
RESULT_RELATIONS = {"宣布失效": "repeals", "废止": "repeals", "失效": "repeals", "停止执行": "repeals",
                    "不再执行": "repeals", "修改": "amends", "修订": "amends"}

# A note in brackets ending a row's name: （1985年4月1日国务院发布）, (国发〔1985〕12号).
ROW_NOTE_RE = compiled_later(r"[（(][^（）()]{1,60}[）)]$")

# A table row's name cell before its number cell: 1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号.
BARE_TITLE_BEFORE_RE = compiled_later(r"(?:^|(?<=[\s|]))(?:\d{1,4}[^\S\n]+|\d{1,4}[、.．])?(?P<title>[^\s《》|，,。；;：:()（）]{4,80}?)[^\S\n]*$")

# An article amended in place, written after the citation (and its number's brackets): 《X》第七条修改为 · 《X》第七条中增加 ·
# 《X》第十条第四项修改为 · 《X》第三条中的“、利用”删除 · 对《X》(国税发[1999]171号)第三章第六条第五款“…”内容,现修订为 (修定 is
# the variant spelling of 修订 that tax and trade notices of the 1990s and 2000s print).
ARTICLE_AMEND_RE = compiled_later(
    r"\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*第[一二三四五六七八九十百\d]{1,5}(?:条|款|项|章|节)[^。；;\n《》]{0,80}?"
    r"(?:修改为|改为|修订为|修定为|中增加|后增加|增加一|删去|删除)"
)
# After a citation, the decision's own amendment of it: 《X》根据本决定作相应修改，重新公布.
AMENDED_BY_THIS_RE = compiled_later(r"\s*(?:[，,])?根据本决定(?:作|做)?(?:相应(?:的)?)?(?:修改|修正|修订)")
# Before a citation: 删去《X》第三条 · 将《X》第七条 (its article's amendment follows).
ARTICLE_AMEND_BEFORE_RE = compiled_later(r"(?:删去|删除)\s*$")

# A law's history line: 2014年11月1日 第十二届…会议《关于修改<…>的决定》第一次修正 · 1999年12月25日 …会议
# 通过的《中华人民共和国刑法修正案》. An amending act named there amended this document.
# How far into its history line a citation may stand: the history lines of the 1,564 real laws hold at most about 150
# characters; 4,000 leaves room for a whole history printed as one paragraph.
MAX_HISTORY_LINE_CHARS = 4000
HISTORY_LINE_RE = compiled_later(r"[^\S\n]*(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日[^\n]{0,80}?会议")
AMENDING_TITLE_RE = compiled_later(r"修正案|关于修改|修改[^《》]{0,60}决定")

# The day a repeal takes effect, written after the repealed document (and its number's brackets):
# 《X》（X发〔2019〕1号）自2026年1月1日起停止执行 · 《X》于2025年12月31日废止.
REPEAL_DAY_AFTER_RE = compiled_later(r"\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*[，,]?\s*(?:自|于|从)\s*(?P<date>" + WRITTEN_DATE
                                 + r")\s*(?:起)?\s*(?:同时)?(?:停止执行|停止施行|停止适用|不再执行|废止|失效)")

# A citation that is a word of a document's name written without 《》 on a list's line: 深圳市商务局关于
# 废止《深圳市加工贸易业务管理指导办法》等规范性文件的决定 | (a row of a list of documents in force). The
# name's 废止 is that decision's act, not the list's: the citation only cites. Before it on its line (or
# cell), the name's opening up to the citation; after it, the rest of the name up to its ending.
NAME_OPENING_BEFORE_RE = compiled_later(r"关于[^《》\n|｜。；;，,]{0,12}$")
NAME_ENDING_AFTER_RE = compiled_later(r"[^\n|｜。；;，,]{0,60}?的(?:决定|通知|意见|批复|公告|通告|函)")
NAME_REACH = 40  # characters before a citation its name's opening may start

# A title of placeholders names no document (原《×××规定》即行废止: an explainer's model clause).
PLACEHOLDER_TITLE_RE = compiled_later(r"[×╳＊*]{2,}|[XxＸｘ]{2,}|某某|△△")

# A sentence that reports another body's act, not this document's.
REPORT_RE = compiled_later(
    r"记者|获悉|据悉|据了解|据介绍|报道|新华社|日电|已被|已经被|已于[^。；;\n]{0,20}(?:废止|失效|修改|修订|修正)"
    r"|已(?:经)?(?:宣布)?(?:废止|失效|修改|修订|修正)|已(?:经)?(?:停止执行|不再执行)"
)
SENTENCE_BREAK = compiled_later(r"[。；;！!？?\n]")

# A document that explains or reports on another: its title (…的政策解读, …答记者问), or its opening
# sentence (现将有关政策解读如下, 现就《决定》的有关情况说明如下).
REPORTING_TITLE_RE = compiled_later(r"(?:解读|解读材料|答记者问|新闻发布会?|情况说明|起草说明)[\s)）]*$")
REPORTING_OPENING_RE = compiled_later(r"(?:现将|现就)[^。\n]{0,120}?(?:解读|说明)如下"
                                  r"|就[^。\n]{0,120}?(?:回答了?记者(?:的)?提问|答记者问)")
# A news item's dateline or lead in its opening (新华社北京10月23日电, 新华网北京1月23日电(记者 …),
# 本报讯, 原标题:): it reports what others did.
NEWS_OPENING_RE = compiled_later(r"(?:新华社|新华网|中新社|中新网|人民网|央视网|新華社|新華網)[^。\n]{0,16}?[电電]"
                             r"|本报讯|本報訊|原标题[:：]")
# Material quoted from elsewhere, its source after it on a line of its own or after the last sentence
# (…为应纳税所得额。”摘编自 中国人大网(2011年6月30日): a copy may have joined the lines).
QUOTED_SOURCE_WORDS = ("摘编自", "摘自", "转载自")
QUOTED_SOURCE_RE = compiled_later(r"(?:^|\n|[。！!？?”])[^\S\n]*(?:" + "|".join(QUOTED_SOURCE_WORDS) + r")[^\S\n]*\S")
OPENING_CHARS = 400  # how far into the text its opening sentence is looked for


def reports_on_others(text: str, own_titles) -> bool:
    """Whether the document explains or reports on another (a policy interpretation, a drafting
    explanation, a press conference, answers to reporters, a news item, quoted material): its repeal
    and amend verbs describe that one's acts."""
    return (any(REPORTING_TITLE_RE.search(title) for title in own_titles if title)
            or REPORTING_OPENING_RE.search(text, 0, OPENING_CHARS) is not None
            or NEWS_OPENING_RE.search(text, 0, OPENING_CHARS) is not None
            or any(word in text for word in QUOTED_SOURCE_WORDS)  # (the pattern is tried at every character)
            and QUOTED_SOURCE_RE.search(text) is not None)


def only_cited(mentions: list[Mention]) -> None:
    """Every repeal and amendment among ``mentions`` made a plain citation (a report's)."""
    for mention in mentions:
        if mention.relation in LIFECYCLE_RELATIONS:
            mention.relation, mention.acts_on = "cites", None


def _lines(text: str, start: int = 0, stop: Optional[int] = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that starts in ``text[start:stop]`` (``start`` a line's start)."""
    stop = len(text) if stop is None else stop
    while start < stop:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        yield start, end
        start = end + 1


def _lines_with(text: str, words: re.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) of each line holding one of ``words``, in order: the only lines worth matching
    the heading and row patterns on (found in one pass, rather than trying each line)."""
    last = -1
    for found in words.finditer(text):
        start = text.rfind("\n", 0, found.start()) + 1
        if start != last:
            end = text.find("\n", found.start())
            yield start, len(text) if end == -1 else end
            last = start


# A title inside a line: its words (关于废止…的决定) are its name, no heading of a list
# (…印发了《…关于废止或宣布失效一批…文件的决定》(南政规〔2025〕1号),现将有关政策解读如下:).
TITLE_IN_LINE_RE = compiled_later(r"《[^《》\n]{1,120}》")
TITLE_FILLER = "□"


def _titles_blanked(line: str) -> str:
    """``line`` with the words inside its 《titles》 replaced, same length (offsets kept)."""
    return TITLE_IN_LINE_RE.sub(lambda m: "《" + TITLE_FILLER * (len(m.group()) - 2) + "》", line)


def list_regions(text: str) -> Iterator[tuple[int, int, Optional[str]]]:
    """(start, end, relation) of each list: from the end of its heading to the next heading. A heading
    may have lost its line break to the table after it (…目录(28件)序号 文件名称 …), so the list starts
    where the heading's words end. A heading's words inside a title on the line do not count."""
    opened: Optional[tuple[int, Optional[str]]] = None
    for start, end in _lines_with(text, HEADING_WORDS):
        line = _titles_blanked(text[start:end])
        if not line.strip():
            continue
        for pattern, relation in HEADING_RELATIONS:
            found = pattern.search(line)
            if found and found.end() <= MAX_HEADING_CHARS:
                if opened:
                    yield opened[0], start, opened[1]
                opened = (start + found.end(), relation)
                break
    if opened:
        yield opened[0], len(text), opened[1]


def list_rows(text: str, region_start: int, region_end: int) -> Iterator[tuple[int, int, int]]:
    """Every row of a list: (line start, line end, where its name starts, after the row number)."""
    first_line = text.rfind("\n", 0, region_start) + 1
    for start, end in _lines(text, first_line, region_end):
        if start < region_start:
            continue
        row = ROW_START_RE.match(text, start, end)
        if row:
            yield start, end, row.end() - 1 if row.group().endswith("《") else row.end()


def bare_title_before(text: str, region_start: int, number_start: int) -> Optional[tuple[int, str]]:
    """A table row's name cell right before its number cell: (start, title), or None."""
    found = BARE_TITLE_BEFORE_RE.search(text, max(region_start, number_start - 90), number_start)
    if found is None or not has_document_ending(found["title"]):
        return None
    return found.start("title"), found["title"]


MAX_REMARK_CHARS = 200  # how far back a remark's bracket is looked for (a line may be a whole text)


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` is inside an unclosed （ or ( on its line (a remark: (…原《城市规划法》已废止)),
    other than the bracket a document's number is printed in right after its name."""
    line = text[max(text.rfind("\n", 0, at) + 1, at - MAX_REMARK_CHARS):at]
    if line.count("（") + line.count("(") <= line.count("）") + line.count(")"):
        return False
    return bool(line[max(line.rfind("（"), line.rfind("(")) + 1:].strip())


def result_rows(text: str) -> Iterator[tuple[int, int, int, Optional[str]]]:
    """The rows of a cleanup table that say each row's result in their last cell, wherever they are:
    (line start, line end, where the name starts, relation: None for kept)."""
    for start, end in _lines_with(text, RESULT_WORDS):
        row = ROW_START_RE.match(text, start, end)
        result = row and ROW_RESULT_RE.search(text, row.end(), end)
        if result:
            name_start = row.end() - 1 if row.group().endswith("《") else row.end()
            yield start, result.start(), name_start, RESULT_RELATIONS.get(result["result"])


def bare_row_title(text: str, name_start: int, end: int) -> Optional[tuple[int, int, str]]:
    """A row's document named without 《》 at ``name_start``: (start, end, title), or None. A note in
    brackets after the name (中华人民共和国…条例（1985年4月1日国务院发布）) is not part of it."""
    found = BARE_ROW_TITLE_RE.match(text, name_start, end)
    if found is None:
        return None
    title = found["title"]
    if not has_document_ending(title) and (note := ROW_NOTE_RE.search(title)):
        title = title[:note.start()]
    if not has_document_ending(title):
        return None
    return found.start("title"), found.start("title") + len(title), title


def amends_in_place(text: str, start: int, end: int) -> bool:
    """Whether the citation at ``text[start:end]`` names a document one of whose articles is amended
    right there (将《X》第七条修改为, 删去《X》第三条)."""
    return (ARTICLE_AMEND_RE.match(text, end) is not None or AMENDED_BY_THIS_RE.match(text, end) is not None
            or ARTICLE_AMEND_BEFORE_RE.search(text, max(0, start - 4), start) is not None)


def on_history_line(text: str, start: int) -> bool:
    """Whether ``start`` is on a history line of the document (a date, then a meeting that adopted or
    amended it)."""
    reach = max(0, start - MAX_HISTORY_LINE_CHARS)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return False  # no line start within reach: running text, and a search to the text's start per citation is quadratic
    return HISTORY_LINE_RE.match(text, line_start, start) is not None


def reported(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` reports another body's act (记者获悉, 已废止)."""
    breaks_before = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 120), start)]
    sentence_start = breaks_before[-1] if breaks_before else max(0, start - 120)
    after = SENTENCE_BREAK.search(text, end, end + 120)
    sentence_end = after.start() if after else min(len(text), end + 120)
    return REPORT_RE.search(text, sentence_start, sentence_end) is not None


def with_list_rows(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in text order, each listed document marked with its list's relation (``listed``):
    the first document of each row (a row may name it without 《》: 1．关于…的决定), and each 文号 of the
    list outside a remark's brackets (a table's number cell; its name cell before it is its title)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    added: list[Mention] = []
    starts = [m.start for m in mentions]
    for line_start, line_end, name_start, relation in result_rows(folded):
        _mark_row(text, folded, mentions, starts, added, (line_start, line_end, name_start), relation)
    for region_start, region_end, relation in list_regions(folded):
        for row in list_rows(folded, region_start, region_end):
            _mark_row(text, folded, mentions, starts, added, row, relation)
        for mention in mentions[bisect.bisect_left(starts, region_start):bisect.bisect_left(starts, region_end)]:
            if mention.listed is None and _in_listed_name(folded, mention):
                mention.listed = ""  # a word of a listed document's name: it only cites
                continue
            if mention.number is None or mention.listed is not None or _in_brackets(folded, mention.start):
                continue
            if mention.title is None and (bare := bare_title_before(folded, region_start, mention.start)):
                mention.start, mention.title = bare[0], clean_title(bare[1])
            mention.listed = relation or ""
    return sorted(mentions + added, key=lambda m: m.start)


def _in_listed_name(folded: str, mention: Mention) -> bool:
    """Whether ``mention`` is a word of a document's name written without 《》 on a list's line
    (…关于废止《X》等规范性文件的决定), not a document the list itself names."""
    line_start = folded.rfind("\n", 0, mention.start) + 1
    opening = NAME_OPENING_BEFORE_RE.search(folded, max(line_start, mention.start - NAME_REACH), mention.start)
    return opening is not None and NAME_ENDING_AFTER_RE.match(folded, mention.end) is not None


def _mark_row(text: str, folded: str, mentions: list[Mention], starts: list[int], added: list[Mention],
              row: tuple[int, int, int], relation: Optional[str]) -> None:
    """The document a row lists gets the row's relation: its first mention when the row starts with
    it, else the title its name cell gives without 《》 (taking the number cell after it, if any)."""
    line_start, line_end, name_start = row
    on_row = mentions[bisect.bisect_left(starts, line_start):bisect.bisect_left(starts, line_end)]
    first = on_row[0] if on_row else None
    if first is not None and first.listed is not None:
        return  # listed already (a result cell and a list heading both say)
    if first is not None and not text[name_start:first.start].strip():
        first.listed = relation or ""
    elif first is None or first.number is None:
        bare = bare_row_title(folded, name_start, line_end)
        if bare is not None:
            added.append(Mention(bare[0], bare[1], clean_title(text[bare[0]:bare[1]]), listed=relation or ""))
    elif (bare := bare_title_before(folded, name_start, first.start)) is not None and first.title is None:
        first.start, first.title, first.listed = bare[0], clean_title(bare[1]), relation or ""


# A citation joined to documents it does not name before the verb (沪府规〔2018〕22号及延期文件同时废止 ·
# 《X》及其配套文件一并废止): the verb repeals it as well.
JOINED_REPEAL_AFTER_RE = compiled_later(r"\s*(?:及|和|以及)(?:其)?[^。；;，,\n《》]{0,8}?文件\s*(?:同时|一并|即行)?"
                                    r"(?:废止|停止执行|不再执行|失效)(?!的|后|之后|以来|前|时)")


def lifecycle_relation(text: str, mention: Mention, amended_by_it: bool) -> None:
    """Repeals and amends beyond the verb next to a citation: a list's heading decides for its rows,
    an article amended in place amends, a report of another body's act only cites; and which
    document's force changes (``acts_on``). ``amended_by_it``: the verb after the citation says the cited act changed
    this document: a history line's 修正 (the cited decision amended it) or a validity note's 此文件宣布失效 (repealed it,
    whatever line prints the note, and no report of another body's act: the act is on this document)."""
    repealed_it = amended_by_it and mention.relation == "repeals"
    if mention.relation == "cites" and JOINED_REPEAL_AFTER_RE.match(text, mention.end):
        mention.relation = "repeals"
    if mention.title and PLACEHOLDER_TITLE_RE.search(mention.title):
        mention.relation = "cites" if mention.relation in LIFECYCLE_RELATIONS else mention.relation
    elif mention.listed is not None:
        kept = "cites" if mention.relation in LIFECYCLE_RELATIONS else mention.relation
        mention.relation = mention.listed or kept
    elif mention.relation not in LIFECYCLE_RELATIONS and amends_in_place(text, mention.start, mention.end):
        mention.relation = "amends"
    elif repealed_it:
        pass  # the note's act on this document stands: no history line's amendment, no report of another body's act
    elif on_history_line(text, mention.start):
        # an amending act named there amended this document; any other act there was only adopted
        # (a describing word before it, 会议修订 ending the line above, governs nothing)
        amending = bool(mention.title) and AMENDING_TITLE_RE.search(mention.title) is not None
        if amending or amended_by_it:
            mention.relation, amended_by_it = "amends", True
        elif mention.relation in LIFECYCLE_RELATIONS:
            mention.relation = "cites"
    elif mention.relation in LIFECYCLE_RELATIONS and reported(text, mention.start, mention.end):
        mention.relation = "cites"
    if mention.relation in LIFECYCLE_RELATIONS:
        mention.acts_on = "citing" if amended_by_it and mention.listed is None else "cited"
    if mention.relation == "repeals" and (day := REPEAL_DAY_AFTER_RE.match(text, mention.end)):
        stops = parse_date(day["date"])
        mention.takes_effect = stops.isoformat() if stops else None


EXAMPLES = {
    "JOINED_REPEAL_AFTER_RE": Examples(match=("及延期文件同时废止", "及其配套文件一并废止"),
                                       no_match=("及延期文件同时废止的", "等规定执行")),
    "REPEAL_HEADING_RE": Examples(
        match=("附件1:达州市人民政府决定废止的政策性文件目录(28件)", "自本法施行之日起，予以废止：",
               "国务院决定对下列25部行政法规予以废止。", "决定对以下2件规范性文件宣布失效：1.关于",
               "下列文件宣布失效：", "市政府决定废止的规章目录"),
        no_match=("原《关于加强扶贫工作的通知》同时废止。",)),
    "AMEND_HEADING_RE": Examples(match=("修改下列地方性法规:", "决定修改的规章目录"), no_match=("作如下修改。",)),
    "KEEP_HEADING_RE": Examples(match=("下列补充规定和决定予以保留，其中…适用本法规定：", "继续有效的规范性文件目录"),
                                no_match=("予以废止：",)),
    "ROW_START_RE": Examples(match=("1．关于禁毒的决定", "1 关于城市规划建设管理规定的通知", "（一）《X》", "《X》"),
                             no_match=("序号 文件名称",)),
    "BARE_ROW_TITLE_RE": Examples(match=("关于城市规划建设管理规定的通知 达市府发〔2000〕65号", "某条例（1985年4月1日国务院发布）")),
    "HEADING_WORDS": Examples(match=("予以废止：", "继续有效的规范性文件目录"), no_match=("印发给你们",)),
    "RESULT_WORDS": Examples(match=("榕政〔2015〕1号 废止\n", "| 继续有效 |"), no_match=("废止的决定\n",)),
    "ROW_NOTE_RE": Examples(match=("中华人民共和国某条例（1985年4月1日国务院发布）",), no_match=("某办法",)),
    "AMENDED_BY_THIS_RE": Examples(match=("根据本决定作相应修改", "，根据本决定作相应的修改"), no_match=("根据本决定执行",)),
    "ROW_RESULT_RE": Examples(match=("X政发〔2015〕1号 废止", "| 继续有效 |", "已完成任务 宣布失效"),
                              no_match=("予以废止的决定", "关于废止部分规章的通知")),
    "RESULT_RELATIONS": Examples(match=("废止", "宣布失效", "修改"), no_match=("继续有效",)),
    "BARE_TITLE_BEFORE_RE": Examples(match=("说明1 关于城市规划建设管理规定的通知 ",), no_match=("(原《城市规划法》已废止) ",)),
    "ARTICLE_AMEND_RE": Examples(match=("第七条中增加一项", "第七条 项修改为", "第十条第四项修改为",
                                        "(国税发[1999]171号)第三章第六条第五款“批准书复印件”内容,现修定为", "第五条修订为"),
                                 no_match=("第七条规定", "第三条。修改为", "(国税发[1999]171号)第三章第六条规定执行", "第二条修订")),
    "ARTICLE_AMEND_BEFORE_RE": Examples(match=("删去",), no_match=("根据",)),
    "HISTORY_LINE_RE": Examples(match=("2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议",),
                                no_match=("根据2014年11月1日的决定",)),
    "AMENDING_TITLE_RE": Examples(match=("中华人民共和国刑法修正案（二）", "关于修改部分法律的决定"),
                                  no_match=("关于惩治骗购外汇、逃汇和非法买卖外汇犯罪的决定",)),
    "REPEAL_DAY_AFTER_RE": Examples(match=("（X发〔2019〕1号）自2026年1月1日起停止执行", "于2025年12月31日废止"),
                                    no_match=("同时废止", "自本决定公布之日起废止")),
    "NAME_OPENING_BEFORE_RE": Examples(match=("深圳市商务局关于废止", "关于修改"), no_match=("决定废止", "关于印发《X》的通知，")),
    "NAME_ENDING_AFTER_RE": Examples(match=("等规范性文件的决定 |", "的通知"), no_match=("同时废止。", "，现予公布")),
    "PLACEHOLDER_TITLE_RE": Examples(match=("×××规定", "XX市关于XX的通知", "某某办法"),
                                     no_match=("关于印发2021年工作要点的通知", "二○○九年版")),
    "REPORT_RE": Examples(match=("记者昨日从省政府获悉", "原《城市规划法》已废止", "已被《X》修改"),
                          no_match=("同时废止", "予以废止")),
    "SENTENCE_BREAK": Examples(match=("。", "\n"), no_match=("，",)),
    "TITLE_IN_LINE_RE": Examples(match=("印发了《南平市人民政府关于废止或宣布失效一批文件的决定》",), no_match=("下列文件予以废止：",)),
    "TITLE_FILLER": Examples(match=("□",), no_match=("废",)),
    "REPORTING_TITLE_RE": Examples(match=("《镇江市人民政府关于废止部分市政府行政规范性文件的决定》的政策解读", "市司法局负责人答记者问"),
                                   no_match=("关于废止部分规范性文件的决定", "解读工作方案的通知")),
    "REPORTING_OPENING_RE": Examples(match=("现将有关政策解读如下:", "现就《决定》的有关情况说明如下:",
                                            "负责人就《决定》的有关问题回答了记者的提问"),
                                     no_match=("现将《办法》印发给你们", "说明如下", "就有关问题通知如下")),
    "NEWS_OPENING_RE": Examples(match=("新华社北京10月23日电", "新華網北京1月23日電(記者", "原标题:李克强签署国务院令"),
                                no_match=("国务院办公厅关于印发", "新华社区居委会")),
    "QUOTED_SOURCE_RE": Examples(match=("\n摘编自 中国人大网(2011年6月30日)", "摘自《孙中山全集》", "所得额。”摘编自 中国人大网"),
                                 no_match=("\n来源:法律资料网", "本文摘自")),
}
