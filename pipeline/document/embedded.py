"""Notices printed in full inside another (a forwarded notice, an issued plan with its own header after the
signature): where each document of a text starts."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from extractors.docnumbers import find_doc_numbers
from extractors.vocab import Examples

from pipeline.document.elements import RED_HEADER, is_bare_recipients, is_organisation_line, is_organisation_row
from pipeline.document.elements import is_complete_title
from pipeline.document.header import header_window
from pipeline.document.header_lines import continues_title, is_doc_number_line, is_recipients_line, looks_like_title
from pipeline.document.labels import match_label, opens_first_measure
from pipeline.document.lines import Line
from pipeline.document.outside import NEWS_FULL_TEXT_LEAD
from pipeline.document.roundup import roundup
from pipeline.document.info_dates import info_date
from pipeline.document.wrapper import CELL_END, is_info_line
from pipeline.document.tail import ATTACHMENT_LINE, ATTACHMENT_MARK, MAX_JOINT_ISSUERS, NOTE_LINE, signature_date

# A printed text's issuer and date in brackets under its title: (新余市国有资产监督管理委员会 2008年10月6日).
ISSUER_DATE_NOTE = re.compile(
    r"^[（(](?P<issuer>[^\d（）()]{2,40}?)[ \u3000]*"
    r"(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)[）)]$")
# A printed text's date alone in brackets, under its issuers below its title: (二○一○年四月二十六日).
DATE_NOTE = re.compile(
    r"^[（(]{1,2}(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)[）)]{1,2}$")
# A printed text's dateline under its title: the day and 于 the place it was issued (2018年4月14日于北京市), the form the
# central bodies' opinions are reprinted in; the day is the document's date. A sentence that goes on (…于北京召开会议) is
# body, not a dateline: the place ends the line.
DATELINE_NOTE = re.compile(
    r"^(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)"
    r"[ \u3000]*于[ \u3000]*[\u4e00-\u9fff]{2,10}$")
# A printed text's date alone on its line, bare (no brackets, nothing after the day): the line under its issuers below its
# title (中共中央办公厅 国务院办公厅 / 2010年7月11日), the form the central offices' rules and opinions are reprinted in.
BARE_DAY_LINE = re.compile(
    r"^(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)$")
# A day written with dashes alone on its line (2002-3-11): read only as the last line of a source's header block under
# the document's 文号 and issuer (国税函[2002]197号 / 国家税务总局 / 2002-3-11, the form a tax or legal database prints its
# document's number, issuer and date in), where the day is the document's own; a dashed day under a title or alone is a
# page's posting date.
DASHED_DAY_LINE = re.compile(r"^(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})$")
# A 范文 site's label over one copy of a collection: 節約用水的通告 篇2 · 防汛通知 篇一 · 秸秆禁烧通知书范文二 (a name, then 篇
# or a model word and the copy's number, alone on its line). A second label, in a document that opened under one, starts the
# next copy: each its own document.
COPY_LABEL = re.compile(r"^[ \u3000]*[^。，,；;：:!！?？\s]{2,40}[ \u3000]*(?:篇|范文|範文|模板|范例|範例|例文)"
                        r"[一二三四五六七八九十\d]{1,3}[ \u3000]*$")
# A collection page's label numbering a copy by the page's own heading (致集鎮居民的公開信1 under the heading 致集鎮居民的公開信,
# 社区清理环境通知2—— under 社区清理环境通知): the heading's name, the copy's number, a dash or a colon, alone on its line. Read
# only where the name was printed alone above (see heading_copy_labels): a name and a number are no label by themselves.
HEADING_COPY_LABEL = re.compile(r"^(?P<name>[^\s。，,；;：:!！?？]{4,40}?)(?P<number>\d{1,2})(?:——|—|-{2,3}|[:：])?$")
HEADING_COPY_LABEL_MOST = 40 + 2 + 3  # the longest line HEADING_COPY_LABEL matches: name, number, ---
EMBEDDED_HEADER = 10  # lines of title before a printed notice's own 文号, recipients or note
PAGE_ITEM_HEADER = 6  # lines between a page item's information line and its recipients (issuer, date, counter)
# A document named by its title in 《》 (现将《国务院办公厅关于禁止非法买卖人民币的通知》(…)转发给你们): a forward may print
# the named notice straight after its own paragraph, with no signature or date between them.
NAMED_TITLE = re.compile(r"[《](?P<title>[^《》\n]{4,120})[》]")
# The verb of a notice forwarding a text it names (现转发给你们, 现将《X》转发给你们, 轉發).
FORWARDING = re.compile(r"转发|轉發")

EXAMPLES = {
    "ITEM_LINE": Examples(match=("1、制定依据发生了重大变化。", "2. 根据现行规划"), no_match=("2008年3月", "一、总则")),
    "ISSUER_DATE_NOTE": Examples(match=("(新余市国有资产监督管理委员会 2008年10月6日)", "（市人民政府办公室 二○○八年九月二十二日）"),
                                 no_match=("(2023年6月21日前完成)", "（此件公开发布）")),
    "NAMED_TITLE": Examples(match=("现将《国务院办公厅关于禁止非法买卖人民币的通知》(国办发明", "《關於做好招生工作的通知》"),
                            no_match=("关于禁止非法买卖人民币的通知", "《通知》")),
    "COPY_LABEL": Examples(match=("節約用水的通告 篇2", "防汛通知 篇一", "城市垃圾分类方案篇3", "秸秆禁烧通知书范文二", "放假通知模板3"),
                           no_match=("特此通知。篇1", "第一篇", "节约用水的通告(精选5篇)", "旅游工作緊急通知范文", "范文一",
                                     "转发性通知范文二:")),
    "HEADING_COPY_LABEL": Examples(match=("致集鎮居民的公開信1", "社区清理环境通知2——", "关于做好防汛工作的通知3:"),
                                   no_match=("附件1", "社区清理环境通知", "2022年工作要点", "联系电话:13800000000")),
    "FORWARDING": Examples(match=("已经省人民政府同意,现转发给你们", "現轉發給你們"), no_match=("现印发给你们",)),
    "DATELINE_NOTE": Examples(match=("2018年4月14日于北京市", "二〇一八年四月十四日 于北京"),
                              no_match=("2018年4月14日于北京召开了全国会议,部署工作", "2018年4月14日", "(2018年4月14日)")),
    "BARE_DAY_LINE": Examples(match=("2010年7月11日", "二○一○年七月十一日", "2010 年 7 月 11 日"),
                              no_match=("(2010年7月11日)", "2010年7月11日于北京", "2010年7月", "2010-07-11")),
    "DASHED_DAY_LINE": Examples(match=("2002-3-11", "2021-04-01"), no_match=("2002-3-11 10:20", "2002年3月11日", "发布日期:2002-3-11")),
    "DATE_NOTE": Examples(match=("(二○一○年四月二十六日)", "（2010年4月26日）", "((1990年11月16日))"), no_match=("(2023年6月21日前完成)", "(新余市国资委 2008年10月6日)")),
}


def opens_own_header(text: str) -> bool:
    """A line under a title that only a notice's own header has: its 文号, its recipients, or its
    issuer and date in brackets (an issued plan printed after the signature has none of them)."""
    return bool(is_doc_number_line(text) or is_recipients_line(text) or is_bare_recipients(text)
                or ISSUER_DATE_NOTE.match(text))


def notice_after_signature(lines: list[Line], index: int) -> Optional[int]:
    """Where a notice printed in full after a signature begins, looking from line ``index`` (after a
    （此件公开发布） note or an 附: mark): its issuers, one a line, and its title (over one or more
    lines), then a line of its own header (see opens_own_header); None when no such header follows."""
    while index < len(lines) and (NOTE_LINE.match(lines[index].text) or ATTACHMENT_MARK.match(lines[index].text)):
        index += 1
    issuers = _issuer_lines(lines, index)
    printed: list[str] = []
    for position in range(index + issuers, min(len(lines), index + issuers + EMBEDDED_HEADER)):
        text = lines[position].text
        if printed and is_complete_title("".join(printed)):
            own = opens_own_header(text) or issuers and opens_first_measure(text) or _signed_under_title(lines, position)
            return index if own else None
        if not (continues_title(text) or not printed and looks_like_title(text)):
            return None
        printed.append(text)
    return None


def _signed_under_title(lines: list[Line], index: int) -> bool:
    """Issuer lines from line ``index`` (joint issuers, several a line) and then the printed text's date alone
    in brackets: 省人力资源社会保障厅 省教育厅 省财政厅 / 省地税局 省工商局 人民银行济南分行 / (二○一○年四月二十六日)."""
    issuers = _issuer_lines(lines, index)
    return issuers > 0 and index + issuers < len(lines) and bool(DATE_NOTE.match(lines[index + issuers].text))


def date_under_issuers(lines: list[Line], end: int) -> Optional[re.Match]:
    """The date of a printed text given in its header, before line ``end`` (its body): a day alone on its line right
    under a line of its issuers (中共中央办公厅 国务院办公厅 / 2010年7月11日). A day under any other line (a title, a
    page's information line) is not read here."""
    for index in range(1, min(end, len(lines))):
        if (found := BARE_DAY_LINE.match(lines[index].text.strip())) and is_organisation_row(lines[index - 1].text):
            return found
    return None


def day_under_number_and_issuer(lines: list[Line], end: int) -> Optional[str]:
    """The document's date (ISO) in a source's header block before line ``end`` (its body): a dashed day alone on its
    line right under a line of its issuer that is right under its 文号 (国税函[2002]197号 / 国家税务总局 / 2002-3-11). A
    dashed day under any other line (a title, a site's name) is a page's date and not read here."""
    for index in range(2, min(end, len(lines))):
        if (found := DASHED_DAY_LINE.match(lines[index].text.strip())) and is_organisation_row(lines[index - 1].text) \
                and is_doc_number_line(lines[index - 2].text.strip()):
            return info_date(found.group("date"))
    return None


def _issuer_lines(lines: list[Line], index: int) -> int:
    """How many organisation lines, one issuer a line, stand from line ``index`` on."""
    count = 0
    while index + count < len(lines) and count < MAX_JOINT_ISSUERS and is_organisation_line(lines[index + count].text):
        count += 1
    return count


def _next_item_of_the_page(lines: list[Line], index: int) -> bool:
    """Whether line ``index``, inside a document's body, is a page's information line (发布时间:… 来源:… 浏览次数:…) over
    another notice's recipients a few lines below it, with no sentence between (only its issuer, date and counter, one a
    line): the page's next item, a document of its own (the head of a 公告 printed above the notice the page is for)."""
    if not is_info_line(lines[index].text):
        return False
    for later in lines[index + 1:index + 1 + PAGE_ITEM_HEADER]:
        if is_recipients_line(later.text):
            return True
        if "。" in later.text or match_label(later.text) is not None:
            return False
    return False


def _prints_named_notice(lines: list[Line], index: int, named: set[str]) -> bool:
    """Whether line ``index`` is the title of a notice the document named in 《》 above it, printed in full from
    here: the whole title alone on its line, then a line of its own header (its recipients or 文号). A forward
    copied without its signature prints the forwarded notice straight after its own paragraph (陕政办发〔1997〕41号
    … 现将《国务院办公厅关于禁止非法买卖人民币的通知》(…)转发给你们 / 国务院办公厅关于禁止非法买卖人民币的通知 / 各省、…:)."""
    if not named:  # (asked of every body line: the line's text without its spaces made only when a title is named)
        return False
    text = re.sub(r"\s", "", lines[index].text)
    return (text in named and is_complete_title(text) and index + 1 < len(lines)
            and opens_own_header(lines[index + 1].text))


def _forwarded_under_its_issuers(lines: list[Line], index: int, forwarded: set[str],
                                 forwarding_titles: tuple[str, ...] = ()) -> Optional[int]:
    """Where a forwarded text printed after the forwarding notice's signature begins, looking from line ``index``: the
    title the notice forwards by name (…《关于开展…的实施意见》已经省人民政府同意,现转发给你们), or names after 转发 in its
    own title (…办公厅转发市财政局关于X试行办法的通知 over X试行办法), alone on its line, with its issuing department(s) on
    the lines under it (关于开展…的实施意见 / 省人力资源社会保障厅 / 为贯彻落实…): a text with a header of its own, its own
    document (c02's 通报). None otherwise; a 办法 printed without its issuers stays in the forwarding notice (aa06)."""
    while index < len(lines) and (NOTE_LINE.match(lines[index].text) or ATTACHMENT_MARK.match(lines[index].text)):
        index += 1
    if index + 1 >= len(lines):
        return None
    title = re.sub(r"\s", "", lines[index].text)
    named = title in forwarded or any(title in forwarding for forwarding in forwarding_titles)
    return index if named and is_complete_title(title) and _issuer_lines(lines, index + 1) else None


def forwarded_in_title(text: str) -> Optional[str]:
    """What a header line forwards by its title, spaces removed: the words after 转发 (…办公厅转发市财政局关于X办法的通知
    gives 市财政局关于X办法的通知, which holds the forwarded text's own name X办法); None for a line that forwards nothing."""
    found = FORWARDING.search(text)
    return re.sub(r"\s", "", text[found.end():]) if found else None


def database_title_copy_above(lines: list[Line], begin: int) -> int:
    """Where a notice whose top is line ``begin`` starts when a legal database prints its entry as title / issuing body /
    title (关于印发…的通知 / 住房和城乡建设部 / 关于印发…的通知 / 建城综函[2011]18号): at the first copy of the title, the
    entry's own, which the document before never holds. ``begin`` itself when the line above is not that copy."""
    if 0 < begin < len(lines) - 1 and is_organisation_line(lines[begin].text.strip()) \
            and re.sub(r"\s", "", lines[begin - 1].text) == re.sub(r"\s", "", lines[begin + 1].text):
        return begin - 1
    return begin


def _heads_a_notice(text: str) -> bool:
    """A line printed above a notice's 文号 as its top: a 版头, the issuer, or the title (not an 附件： line)."""
    return bool(RED_HEADER.match(text) or is_organisation_line(text)
                or looks_like_title(text) and is_complete_title(text) and not ATTACHMENT_LINE.match(text))


def _numbers(text: str) -> set[str]:
    """The 文号 a line prints, normalised."""
    return {number.normalised for _, _, number in find_doc_numbers(text)}


def _leading_number(text: str) -> set[str]:
    """The 文号 a header line opens with (殘聯發[2021]51號 | 關于印發…, or the 文号 line itself): the document's own, not a
    number its title or a page's headline cites after other words (关于转发…的通知(国办发〔2020〕3号))."""
    start = len(text) - len(text.lstrip())
    return {number.normalised for begin, _, number in find_doc_numbers(text) if begin == start}


def _repeats_own_number(lines: list[Line], begin: int, own_numbers: set[str]) -> bool:
    """Whether the header printed from line ``begin`` gives the 文号 of the document it stands in: the rules that
    document issues, printed after its signature under their name and the same number, are its attachment."""
    for line in lines[begin:begin + MAX_JOINT_ISSUERS + EMBEDDED_HEADER + 1]:
        if is_doc_number_line(line.text):
            numbers = _numbers(line.text)
            return bool(numbers) and numbers <= own_numbers
    return False


def heading_copy_labels(lines: list[Line]) -> dict[int, str]:
    """The labels numbering a collection's copies by the page's heading (see HEADING_COPY_LABEL), by line index, each with
    the name they share: the name printed alone on an earlier line, and a copy of that name numbered 1 (a heading's name
    with a number 3 alone counts nothing: no collection)."""
    printed: set[str] = set()
    labels: dict[int, tuple[str, int]] = {}
    for index, line in enumerate(lines):
        text = "".join(line.text.split())  # without its whitespace (str.split's is re's \s)
        if len(text) > HEADING_COPY_LABEL_MOST:
            continue  # neither a label nor a name one could share: every line of a body
        if (found := HEADING_COPY_LABEL.match(text)) and found["name"] in printed:
            labels[index] = (found["name"], int(found["number"]))
        printed.add(text)
    numbered_from_one = {name for name, number in labels.values() if number == 1}
    return {index: name for index, (name, _) in labels.items() if name in numbered_from_one}


def copy_titles(lines: list[Line], starts: list[int], labels: dict[int, str]) -> list[Optional[str]]:
    """For each document (from its start to the next), the name a collection's heading and the label numbering its copy
    share (``labels``: heading_copy_labels of ``lines``), or None: the copy's title (CONVENTIONS C22), whatever the name
    ends with (致集鎮居民的公開信, a letter's, as 社区清理环境通知)."""
    at = sorted(labels)
    ends = starts[1:] + [len(lines)]
    firsts = (bisect_left(at, first) for first in starts)  # each document's first label, by one search a document
    return [labels[at[found]] if found < len(at) and at[found] < end else None for found, end in zip(firsts, ends)]


def titled_by_copy_label(title: Optional[str], name: str) -> bool:
    """Whether a header's title is missing or is the copy's label itself (社区清理环境通知2——), not a title of its own."""
    return not title or bool((found := HEADING_COPY_LABEL.match(re.sub(r"\s+", "", title))) and found["name"] == name)


# A numbered item's label opening a line (1、制定依据…): a list's, never the first line of a notice under its 文号.
ITEM_LINE = re.compile(r"^[ \u3000]*[1-9]\d?[、.．](?!\d)")


def _item_follows(lines: list[Line], index: int) -> bool:
    """Whether the 文号 line ``index`` is a list's entry, no notice's header: the line after it opens a numbered item (a
    table of repealed documents glued into lines: …的通知 / 达市府发〔2000〕65号 / 1、制定依据发生了重大变化), or it is a
    cell of a table row, its neighbours cells too (a list of documents in force, a cell a line: 1 | / …实施细则 | /
    深商务规〔2019〕3号 | / 自2019年7月11日起实施,有效期5年 |)."""
    following = next((line.text for line in lines[index + 1:index + 3] if line.text.strip()), "")
    return ITEM_LINE.match(following) is not None or _table_cell_between_cells(lines, index)


def _table_cell_between_cells(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` and the nearest non-empty lines on either side of it end as a table's cells (CELL_END)."""
    before = next((line.text for line in reversed(lines[max(0, index - 2):index]) if line.text.strip()), "")
    after = next((line.text for line in lines[index + 1:index + 3] if line.text.strip()), "")
    return all(CELL_END.search(text) for text in (before, lines[index].text, after))


def document_starts(lines: list[Line], heading_copies: dict[int, str]) -> list[int]:
    """Line indexes where a document starts: the first, and each later one that opens a notice
    printed in full inside another (a forwarded notice or an attachment): a 版头 or 发文字号 line, or
    a title with a header of its own after the signature (see notice_after_signature). A document's
    own header window (its wrapper, information table and title lines) opens no other. ``heading_copies``:
    heading_copy_labels of ``lines``."""
    starts = [0]
    seen_body = False
    named: set[str] = set()  # titles the current document names in 《》 (see _prints_named_notice)
    forwarded: set[str] = set()  # those of them it forwards (named on a line that says 转发)
    forwarding_titles: list[str] = []  # what its header's title lines name after 转发 (see forwarded_in_title)
    own_numbers: set[str] = set()  # the 文号 the current document's header prints
    header_end = header_window(lines)[1]
    labelled = False  # the current document opened under a copy's label (COPY_LABEL, heading_copy_labels)
    listed = roundup(lines)  # a roundup's list names the documents printed below it: no body before them
    for index, line in enumerate(lines):
        titles = {re.sub(r"\s", "", found.group("title")) for found in NAMED_TITLE.finditer(line.text)}
        named |= titles
        if titles and FORWARDING.search(line.text):  # (a line naming no title forwards none)
            forwarded |= titles
        if COPY_LABEL.match(line.text) or index in heading_copies:
            if labelled and index > starts[-1]:
                starts.append(index)  # the next copy of a 范文 collection
                named, forwarded, own_numbers, seen_body = set(), set(), set(), False
                forwarding_titles = []
                header_end = index + header_window(lines[index:])[1]
                continue
            labelled = True
        if index < header_end:
            own_numbers |= _leading_number(line.text)
            if (forwarded_name := forwarded_in_title(line.text)) and looks_like_title(line.text):
                forwarding_titles.append(forwarded_name)
            continue
        if index in listed.entries:
            continue
        if not seen_body and NEWS_FULL_TEXT_LEAD.match(line.text.strip()):
            continue  # a news page's lead over the notice it prints in full: the page's, no body of a document before it
        if not seen_body:  # a paragraph of text counts as body too (a 公示 presenting the notice it prints below)
            seen_body = is_recipients_line(line.text) or match_label(line.text) is not None or "。" in line.text
            continue
        begin = None
        if _prints_named_notice(lines, index, named) or _next_item_of_the_page(lines, index):
            begin = index
        elif index > 0 and FORWARDING.search(lines[index - 1].text) \
                and _forwarded_under_its_issuers(lines, index, forwarded) == index:
            begin = index  # a forward copied without its signature: the forwarded text under its issuers right after
        elif is_doc_number_line(line.text) and not _item_follows(lines, index):
            begin = index
            while begin > index - 2 and begin > 0 and (_heads_a_notice(lines[begin - 1].text) or begin - 1 in listed.headings):
                begin -= 1  # its 版头, issuer or title printed above the 文号
                if RED_HEADER.match(lines[begin].text):
                    break
            begin = database_title_copy_above(lines, begin)
        elif (date := signature_date(lines, index)) and not date[1]:
            begin = notice_after_signature(lines, index + 1)
            if begin is None:
                begin = _forwarded_under_its_issuers(lines, index + 1, forwarded, tuple(forwarding_titles))
        if begin is not None and _repeats_own_number(lines, begin, own_numbers):
            begin = None  # the notice's own 文号 again, under the name of the rules it issues: its attachment
        if begin is not None:
            if begin > starts[-1]:
                starts.append(begin)
                named, forwarded = set(), set()  # the new document's own names (its forwarded notices) from here
                forwarding_titles = []
                own_numbers = set()
                seen_body = False
                header_end = begin + header_window(lines[begin:])[1]
    return starts
