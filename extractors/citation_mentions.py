"""Where a notice mentions another document: every 《title》 that names a document, every 文号 not the
notice's own, and the joining of a title with its 文号.

    根据《…的通知》（国开发〔2020〕3号）                 one mention: title and number
    国务院关于…的通知（国发〔2020〕1号）                   a title without 《》 before its bracketed number
    关于转发《国务院扶贫开发领导小组<关于…的通知>》的通知    nested brackets: one title
    现将南教综[2007]224号文《关于…的通知》转发给你们         one mention: number, then its title
    按照闽政办〔2020〕5号文件                            number only
    现将东宁市干旱灾害应急预案》印发给你们                a title whose 《 was lost: from the clause's verb on
    现将《…公文处理细则及文种式样》印发给你们               what 印发/转发 sends is a document, whatever it ends in

Titles are stored without the outer 《》, with inner brackets as written and with spaces and line
breaks removed. A title written elsewhere with its 文号 carries that 文号 at every mention.

Part of ``extractors.citations``.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

from schema.models import DocNumber

from .brackets import CLOSE_BRACKETS, OPEN_BRACKETS
from .citation_relations import ANOTHER_ACT_OPENS, is_verb_object, verb_after
from .docnumbers import INVISIBLE_CHARS
from .fold import fold
from .mentions import NOISE_CHARS, Mention, clean_title, is_cited_title
from .titles import GENERIC_TITLE, TITLE_NOISE, TITLE_TRAILER, has_document_ending, title_core, title_issuer, title_key
from .vocab import Examples

# Where a title written without 《》 cannot reach back past: punctuation, other titles.
BARE_TITLE_BOUNDARY = re.compile(r"[，,。；;！!？?：:\n《》“”]|[）)](?=\s*\d{1,3}[．.、])")
# 《…分解表》（附件1）: a table or form the document attaches, named where it is to be used; not a
# reference to another document (gold/README.md: an attachment only named is not a document).
ATTACHMENT_NOTE = re.compile(r"[^\S\n]*[（(]附件[^\S\n]*[\d一二三四五六七八九十]{0,3}[）)]")
# A form or table the document attaches, pointed to where it is used (报送《…报表目录》里面所要求的…报表(见附件), x09): the
# pointer closes the title's clause.
SEE_ATTACHMENT_IN_CLAUSE = re.compile(r"[^，,。；;！!？?：:\n《》]{0,30}?[（(]见附[件表][^\S\n]*[\d一二三四五六七八九十]{0,3}[）)]")
# The name of an attachment the document lists (附件1:广德市2023年度新闻发布工作计划表 · 附件：1.X · 附件2 on its own
# line with the name under it): a 《title》 of the same name in the text is that attachment (q07's 各承办单位根据《…计划表》).
ATTACHMENT_NAME_LINE = re.compile(
    r"^[^\S\n]*附[^\S\n]?件[^\S\n]*\d{0,2}[^\S\n]*[：:]?[^\S\n]*(?:\n[^\S\n]*)?(?:\d{1,2}[.．、][^\S\n]*)?"
    r"《?(?P<name>[^\n：:《》]{4,80}?)》?[^\S\n]*$", re.MULTILINE)
# A draft's name (《农药登记管理办法(修订草案征求意见稿)》, …(送审稿)): a document sent out for comment, attached to the
# notice asking for them, is cited as a document (n04, ab14), never one of the notice's own forms. Read folded.
DRAFT_NAME = re.compile(r"(?:征求意见稿|草案|送审稿|讨论稿|意见稿)[）)]?$")
# The end of a 公文's title (GB/T 9704 types) after 关于: 海淀区教委关于全力做好…工作的通知. With the issuer before 关于
# (``title_issuer``) it names another body's document, never one of the notice's own forms or tables (…计划表, …登记表).
OTHER_BODYS_DOCUMENT = re.compile(r"关于[^《》\n]{2,120}?的(?:通知|意见|决定|通报|批复|复函|函|公告|通告|报告|请示|决议|命令)$")
MAX_TITLE_CHARS = 200  # a 《 with no matching 》 within this many characters is not a title
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a title may wrap a line, never a paragraph
# The issue number of a numbered series, written after the title: 《环境保护部公告(2011年第73号)》,
# 《财政部公告（2019年第39号）》. It identifies the document as a 文号 does.
NUMBERED_TRAILER = re.compile(r"[（(][^（）()]{0,12}第\s{0,2}\d{1,4}\s{0,2}号[）)]$")
# What may stand between a 文号 and the 《title》 of the same document printed after it: 南教综[2007]224号文《…》,
# 国发〔2020〕1号文件《…》, 京政办发〔2016〕26号《…》. A comma or a word between them makes two documents.
NUMBER_TITLE_GAP = re.compile(r"[\s\u200b\ufeff]*(?:文件|文)?[\s\u200b\ufeff]*")
# (国发〔2007〕24号文件) · (…号文): the word for the document written inside the number's bracket.
NUMBER_WORD_INSIDE = re.compile(r"文件|文")
NUMBER_GAP_CHARS = 4  # how far before a title its 文号 may end: 文件 and a space or two
# A title whose 《 was lost (a copy's or the OCR's slip: 现将国防科技工业标准制定工作程序(试行)》印发给你们) starts
# after the clause's first verb that takes a document, else at the clause's start (a line opening with the title).
ORPHAN_TITLE_BOUNDARY_CHARS = frozenset("，,。；;！!？?：:\n《》")
ORPHAN_TITLE_BOUNDARY = re.compile("[" + re.escape("".join(sorted(ORPHAN_TITLE_BOUNDARY_CHARS))) + "]")
ORPHAN_TITLE_LEAD = re.compile(
    r"(?:现将|将|把|根据|按照|依据|依照|参照|遵照|贯彻落实|认真落实|落实|贯彻|执行|(?:关于)?(?:印发|转发|下发)了?)")
MAX_ORPHAN_TITLE_CHARS = 80
MIN_ORPHAN_TITLE_CHARS = 4
# A title whose 《》 were printed or read (OCR) as the inner brackets or corner brackets: 根据〈北京市2016年政务公开工作要点〉,
# 根据<国务院关于加强安全生产工作的决定>, 「…實施方案」. Read outside every 《…》 only, and only as a document's title.
ALT_TITLE = re.compile(r"〈[^〈〉《》\n]{2,120}〉|<[^<>《》\n]{2,120}>|「[^「」《》\n]{2,120}」")
# 关于印发《X》的通知 · 现将《X》印发 · 转发《X》: the verb right before a title (with at most a space) that sends it.
# The openers and closers an inner title's 〈〉 may be misread as (OCR), or written with.
MISREAD_OPENERS, MISREAD_CLOSERS = "（(〈<", "）)〉>"
SENDING_VERB_BEFORE = re.compile(r"(?:印发|转发|下发)\s?$")
# What the notice publishes now (现将《X》予以发布 · 《X》已经…通过,现予公布) is a document it sends, whatever its name ends in (a red
# line, a list, a catalogue): the title is the object of 将, or 现 stands between it and the verb. Not a medium it
# publishes through (通过《南方日报》予以公布: neither).
PUBLISHED_OBJECT_BEFORE = re.compile(r"将\s?$")


def _title_spans(text: str, folded: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, inner start) of every outermost 《…》, nested 《…《…》…》 included, end past the 》,
    and of every title whose 《 was lost (``_orphan_start``), in text order."""
    # The 》 that closes each 《, found in one pass (a stack), so that a long run of unclosed 《
    # costs linear time instead of a scan of MAX_TITLE_CHARS per 《.
    closing: dict[int, int] = {}
    open_at: list[int] = []
    orphans: list[int] = []  # a 》 with no 《 open before it
    for found in re.finditer("[《》]", text):
        if found.group() == "《":
            open_at.append(found.start())
        elif open_at:
            closing[open_at.pop()] = found.end()
        else:
            orphans.append(found.start())
    spans = []
    i = text.find("《")
    while i != -1:
        end = closing.get(i)
        if end is not None and end - i > MAX_TITLE_CHARS:
            end = None
        if end is not None and not PARAGRAPH_BREAK.search(text, i, end):
            spans.append((i, end, i + 1))
            i = text.find("《", end)
        else:
            i = text.find("《", i + 1)
    for close in orphans:
        before = bisect.bisect_left(spans, (close,)) - 1  # the title closed last before this 》
        if before >= 0 and (merged := _inner_misread(text, spans[before], close)):
            spans[before] = merged  # 《区（政府工作报告》确定的…方案》: one title, its inner 〈〉 misread
            continue
        start = _orphan_start(folded, close)
        if start is not None:
            spans.append((start, close + 1, start))
    if "〈" in text or "<" in text or "「" in text:
        outer = [(start, end) for start, end, _ in spans]
        spans += [(m.start(), m.end(), m.start() + 1) for m in ALT_TITLE.finditer(text)
                  if not any(start <= m.start() < end for start, end in outer)]
    yield from sorted(spans)


def _inner_misread(text: str, span: tuple[int, int, int], close: int) -> Optional[tuple[int, int, int]]:
    """The title ``span`` runs on to the 》 at ``close`` when its inner title's 〈 was read as another opener and its 〉
    as 》 (OCR: 《区（政府工作报告》确定的…方案》): the span holds an opener it never closes, and nothing but words stands
    between its end and ``close``."""
    start, end, inner = span
    if end > close or close - start > MAX_TITLE_CHARS or ORPHAN_TITLE_BOUNDARY.search(text, end, close):
        return None
    return (start, close + 1, inner) if _unclosed_opener(text[inner:end - 1]) is not None else None


def _unclosed_opener(title: str) -> Optional[int]:
    """Where the last opener of ``title`` that nothing after it closes is (（, (, 〈, <), or None."""
    depth = 0
    for i in range(len(title) - 1, -1, -1):
        if title[i] in MISREAD_CLOSERS:
            depth += 1
        elif title[i] in MISREAD_OPENERS:
            if depth == 0:
                return i
            depth -= 1
    return None


def repaired_inner_title(title: str) -> str:
    """A title whose inner 〈…〉 OCR read as （…》 written back as 〈…〉: 区（政府工作报告》确定的… gives 区〈政府工作报告〉确定的…."""
    close = title.find("》")
    if close == -1:
        return title
    opener = _unclosed_opener(title[:close])
    if opener is None:
        return title
    return f"{title[:opener]}〈{title[opener + 1:close]}〉{title[close + 1:]}"


def _orphan_start(folded: str, close: int) -> Optional[int]:
    """Where the title closed at ``close`` by a 》 with no 《 starts: after the first verb of its clause
    that takes a document (现将, 根据, 印发 …), else at the clause's start; None when too short or long."""
    floor = max(0, close - MAX_ORPHAN_TITLE_CHARS)
    # the clause's start: past the last boundary before ``close``, looked for backwards (a run of 》 finds one at once,
    # where a forward scan would pass every boundary of the reach for each 》)
    start = next((index + 1 for index in range(close - 1, floor - 1, -1) if folded[index] in ORPHAN_TITLE_BOUNDARY_CHARS), floor)
    if start == floor and floor > 0:
        return None  # no clause start within reach: running text, not a title
    lead = ORPHAN_TITLE_LEAD.search(folded, start, close)
    if lead:
        start = lead.end()
    while start < close and folded[start].isspace():
        start += 1
    if close - start < MIN_ORPHAN_TITLE_CHARS:
        return None
    if lead is None:
        # No verb to start from (2025年区〈政府工作报告〉确定的…方案》已经区人民政府同意): only when the text prints the same
        # title elsewhere (its own title line), else a clause start may be a list of recipients run into it
        key = title_key(folded[start:close])
        if not key or key not in TITLE_NOISE.sub("", folded[:start] + "\n" + folded[close + 1:]):
            return None
    return start


def _is_sent(text: str, start: int, end: int, title: str) -> bool:
    """Whether the title at ``text[start:end]`` is what a 印发/转发/下发 sends (现将《X》印发给你们,
    关于印发《X》的通知) or what the notice publishes now (现将《X》予以发布): a document, whatever its name ends in
    (…细则及文种式样, …工作事项, …生态保护红线), unless it is a bare type (《通知》)."""
    if GENERIC_TITLE.fullmatch(title_core(title)):
        return False
    verb = verb_after(text, end)
    if verb and verb["verb"]:
        return True
    if verb and verb["published"] and ("现" in verb.group(0) or PUBLISHED_OBJECT_BEFORE.search(text, max(0, start - 2), start)):
        return True  # 现将《X》予以发布 · 《X》…通过,现予公布
    return SENDING_VERB_BEFORE.search(text, max(0, start - 3), start) is not None and is_verb_object(text, end)


# --- numbers ------------------------------------------------------------------------------------------


# What may stand in a title's bracket before the part of a garbled 文号 that was read: (永村(社区)换届办〔2021〕4)号
# (read from 换届办). Never a clause's punctuation or another title: (见附件,国办发〔2020〕1号) is no number's code.
GARBLED_CODE_PREFIX = re.compile(r"[^\s，,。；;：:、《》“”\"]{1,12}")


def _skip_noise(text: str, i: int) -> int:
    noise = NOISE_CHARS.match(text, i)
    return noise.end() if noise else i


def _number_after_title(text: str, title_end: int, numbers: dict[int, tuple[int, DocNumber]]):
    """The 文号 written right after a title, in brackets or not, as ``(end, DocNumber)`` with
    ``end`` past the closing bracket when there is one."""
    i = _skip_noise(text, title_end)
    opened = i < len(text) and text[i] in OPEN_BRACKETS
    if opened:
        i = _skip_noise(text, i + 1)
    if i not in numbers and opened and not ANOTHER_ACT_OPENS.match(text, i):
        # (a bracket opening with 根据 names another act: ANOTHER_ACT_OPENS)
        # (永村(社区)换届办〔2021〕4)号: a garbled code whose start the 文号 reader did not take (its bracket closed
        # inside it) is still the number in the title's bracket
        prefix = GARBLED_CODE_PREFIX.match(text, i)
        i = next((j for j in range(i + 1, prefix.end() + 1) if j in numbers), i) if prefix else i
    if i not in numbers:
        return None
    end, number = numbers[i]
    after = _skip_noise(text, end)
    if opened and (word := NUMBER_WORD_INSIDE.match(text, after)):
        after = _skip_noise(text, word.end())  # (国发〔2007〕24号文件): the bracket still closes on the number
    if opened and after < len(text) and text[after] in CLOSE_BRACKETS:
        end = after + 1
    return end, number


def _bare_title_before(text: str, folded: str, start: int, end: int, number: DocNumber) -> Optional[Mention]:
    """A title written without 《》 before its bracketed number: 国务院关于…的通知（国发〔2020〕1号）.
    The title is taken from its 关于 on; the citation covers title and number. ``folded`` is
    ``text`` in simplified characters (what is matched); the title is cut from ``text``."""
    i = start
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in INVISIBLE_CHARS):
        i -= 1
    if i == 0 or text[i - 1] not in OPEN_BRACKETS:
        return None
    window_start = max(0, i - 1 - MAX_TITLE_CHARS)
    clause_start = max((m.end() for m in BARE_TITLE_BOUNDARY.finditer(folded, window_start, i - 1)),
                       default=window_start)
    about = folded.find("关于", clause_start, i - 1)
    if about == -1:
        return None
    title = clean_title(text[about:i - 1])
    if not has_document_ending(title):
        return None
    after = _skip_noise(text, end)
    if after < len(text) and text[after] in CLOSE_BRACKETS:
        end = after + 1
    return Mention(about, end, title, number)


def _number_before_title(text: str, title_start: int, number_ends: dict[int, int]) -> Optional[int]:
    """The start of the 文号 printed right before a title (南教综[2007]224号文《…》), or None."""
    i = title_start
    while i > 0 and title_start - i <= NUMBER_GAP_CHARS:
        if i in number_ends and NUMBER_TITLE_GAP.fullmatch(text, i, title_start):
            return number_ends[i]
        i -= 1
    return None


# The end of an issuing notice's title whose 《 was lost, right after the title it issues: 《自治州关于…的实施方案》的通知》
# (巴政办发〔2022〕22号) (its 关于印发 left out too). The 文号 after it is the one the issued title is cited by, as when the
# brackets nest (《关于印发〈X〉的通知》(…号), one citation).
LOST_OUTER_TITLE_END = re.compile(r"\s{0,2}的\s{0,2}(?:通知|决定|批复|函)\s{0,2}》")


def title_mentions(text: str, folded: str, numbers: dict, skip: set[tuple[int, int]]) -> list[Mention]:
    """Every 《document title》, with the 文号 that follows it when there is one, else the one right
    before it. ``folded`` is ``text`` in simplified characters (what is matched)."""
    mentions = []
    number_ends = {end: start for start, (end, _) in numbers.items()}
    for start, end, inner in _title_spans(text, folded):
        title = repaired_inner_title(clean_title(text[inner:end - 1]))
        if (start, end) in skip or not title or ATTACHMENT_NOTE.match(text, end):
            continue
        if not (is_cited_title(text, start, end, title) or _is_sent(folded, start, end, fold(title))):
            continue
        mention = Mention(start, end, title)
        issuing = LOST_OUTER_TITLE_END.match(folded, end)
        if found := _number_after_title(text, end, numbers) or (issuing and _number_after_title(text, issuing.end(), numbers)):
            mention.end, mention.number = found
        elif (number_start := _number_before_title(text, start, number_ends)) is not None:
            mention.start, mention.number = number_start, numbers[number_start][1]
        mentions.append(mention)
    return mentions


def own_attachments(folded: str, mentions: list[Mention]) -> set[str]:
    """The title keys of the forms and tables this document attaches: a title its attachment list names, or one whose
    clause points to the attachment (…(见附件)). ``without_attachments`` drops their mentions once relations are read.
    Another body's 公文 the list names (附件:1、《海淀区教委关于…的通知》, ``OTHER_BODYS_DOCUMENT``) is a document of its
    own the notice passes on, not a form of the notice."""
    names = {title_key(clean_title(m.group("name"))) for m in ATTACHMENT_NAME_LINE.finditer(folded)
             if not _other_bodys_document(clean_title(m.group("name")))
             and not DRAFT_NAME.search(clean_title(m.group("name")))} if "附" in folded else set()
    return names | {title_key(m.title) for m in mentions if m.title and SEE_ATTACHMENT_IN_CLAUSE.match(folded, m.end)}


def _other_bodys_document(name: str) -> bool:
    """Whether an attachment's name is the title of another body's 公文: its issuer, then 关于…, then a 公文's type."""
    return bool(title_issuer(name)) and OTHER_BODYS_DOCUMENT.search(name) is not None


def without_attachments(mentions: list[Mention], attached: set[str]) -> list[Mention]:
    """``mentions`` less those of a title this document attaches (``own_attachments``): a form or table of its own, named
    where it is to be used, is no other document. A title the notice issues or forwards stays, at every mention
    (关于印发《X》的通知 … 附件：X: X is the document issued)."""
    if not attached:
        return mentions
    sent = {title_key(m.title) for m in mentions if m.title and m.relation in ("issues", "forwards")}
    return [m for m in mentions if not (m.title and not m.number and title_key(m.title) in attached - sent)]


def number_mentions(text: str, folded: str, numbers: dict, titled: list[Mention]) -> list[Mention]:
    """Every 文号 not already part of a title mention (after it, or inside it: 《关于废止闽政〔2010〕5号的通知》)."""
    mentions = []
    for start, (end, number) in numbers.items():
        if any(m.start <= start < m.end for m in titled):
            continue
        mentions.append(_bare_title_before(text, folded, start, end, number) or Mention(start, end, None, number))
    return mentions


def carry_trailers(mentions: list[Mention]) -> None:
    """A title cited somewhere with its issue number (《…公告(2011年第73号)》) is that document at every
    mention without it, when the text gives it one such number. Other trailers name versions
    (《…预案(试行)》 replaces the 《…预案》 it repeals) and are not carried."""
    full: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.title and NUMBERED_TRAILER.search(mention.title):
            full.setdefault(title_key(NUMBERED_TRAILER.sub("", mention.title)), set()).add(mention.title)
    if not full:
        return
    for mention in mentions:
        if mention.title and not TITLE_TRAILER.search(mention.title):
            titles = full.get(title_key(mention.title), ())
            if len(titles) == 1:
                mention.title = next(iter(titles))


def carry_numbers(mentions: list[Mention]) -> None:
    """A title given with its 文号 somewhere carries that 文号 at every mention (the last given).
    Not across issuers: 《若羌县关于…的实施方案》 does not take the number of 《自治州关于…的实施方案》(巴政办发〔2022〕22号)."""
    known = [(title_key(m.title), title_issuer(m.title), m.number) for m in mentions if m.title and m.number]
    for mention in mentions:
        if mention.title and not mention.number:
            key, issuer = title_key(mention.title), title_issuer(mention.title)
            mention.number = next((number for other_key, other_issuer, number in reversed(known) if other_key == key
                                   and not (issuer and other_issuer and issuer != other_issuer)), None)


EXAMPLES = {
    "GARBLED_CODE_PREFIX": Examples(match=("永村(社区)",), no_match=(",", "《》", " ")),
    "BARE_TITLE_BOUNDARY": Examples(match=("，", "》", "）2."), no_match=("的", "）")),
    "SEE_ATTACHMENT_IN_CLAUSE": Examples(match=("里面所要求的建筑业统计报表(见附件)", "（见附表2）"),
                                         no_match=("报送统计报表,见附件", "(附件1)", "》(见附件")),
    "ATTACHMENT_NAME_LINE": Examples(match=("附件1:广德市2023年度新闻发布工作计划表", "附件：1.信息宣传联络员登记表", "附件2\n工作任务分解表",
                                            "附件:《审核表样式》"),
                                     no_match=("附件1", "附件：", "请于5月底前报送附件材料")),
    "OTHER_BODYS_DOCUMENT": Examples(match=("海淀区教委关于全力做好“清剿火患”战役,坚决保卫全国“两会”消防安全工作的通知",),
                                     no_match=("广德市2023年度新闻发布工作计划表", "关于X工作的实施方案", "关于印发X的通知书")),
    "DRAFT_NAME": Examples(match=("农药登记管理办法(修订草案征求意见稿)", "管理条例（送审稿）", "实施方案征求意见稿"),
                           no_match=("信息宣传联络员登记表", "草案起草说明", "关于征求意见的函")),
    "ATTACHMENT_NOTE": Examples(match=("（附件1）", "(附件 2)", "（附件）"), no_match=("（国发〔2020〕1号）", "附件1")),
    "PARAGRAPH_BREAK": Examples(match=("》\n\n《", "的通知\n　　\n各县"), no_match=("关于印发《政府工作报告》\n重点任务",)),
    "NUMBER_TITLE_GAP": Examples(match=("文", "文件", " 文 ")),  # fullmatched: tests/test_citations.py has what it is not
    "ALT_TITLE": Examples(match=("〈北京市2016年政务公开工作要点〉", "<国务院关于加强安全生产工作的决定>", "「實施方案」"),
                          no_match=("《关于〈X〉的通知》", "<p>")),
    "ORPHAN_TITLE_BOUNDARY": Examples(match=("，", "\n", "《"), no_match=("“", "的")),
    "ORPHAN_TITLE_LEAD": Examples(match=("现将", "根据", "关于印发", "印发了"), no_match=("经市政府同意",)),
    "SENDING_VERB_BEFORE": Examples(match=("关于印发", "转发 "), no_match=("印发的",)),
    "PUBLISHED_OBJECT_BEFORE": Examples(match=("现将", "并将 "), no_match=("通过", "将在")),
    "NUMBER_WORD_INSIDE": Examples(match=("文件)", "文）"), no_match=("号)",)),
    "LOST_OUTER_TITLE_END": Examples(match=("的通知》(巴政办发〔2022〕22号)", "的 通知》"), no_match=("的通知精神", "》的通知")),
    "NUMBERED_TRAILER": Examples(match=("中华人民共和国环境保护部公告(2011年第73号)", "财政部公告（2019年第39号）"),
                                 no_match=("牟定县突发环境事件应急预案(试行)", "产业目录（2020年版）")),
}
