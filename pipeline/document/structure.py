"""Structure a normalised notice: split embedded documents, read the GB/T 9704 elements, build the
measure tree.

Input is the normaliser's text, one paragraph per line. A notice reads, top to bottom:
版头 (issuer + 文件), 发文字号, 标题 (one or more lines), 主送机关 (ending with ：), the body with its
numbered measures, then the 版记: 附件, 联系人, signature, 成文日期, 抄送, 印发机关 and 印发日期.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from extractors.vocab import Examples
from schema.models import DocumentMeta, Measure

from pipeline.document.labels import Label, chinese_to_int, match_label, opens_first_measure
from pipeline.document.elements import RED_HEADER, is_bare_recipients, is_organisation_line
from pipeline.document.header import (
    continues_title, header_window, is_complete_title, is_doc_number_line, is_recipients_line, looks_like_title,
    joint_issuers, read_header, split_list,
)
from pipeline.document.publisher import published_by
from pipeline.document.wrapper import info_date, info_value, is_chrome

DATE = re.compile(
    r"^(?P<y>\d{4}|[〇零○0O一二三四五六七八九]{4})(?:\s*年|(?<=\d))\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日(?P<printed>\s*印发)?$"
)
CC_LINE = re.compile(r"^(?:抄送|抄报)[：:](?P<body>.+)$")
ATTACHMENT_LINE = re.compile(r"^(?:附\s?件\s*\d*\s*[：:]?|附[：:])(?P<body>.*)$")  # 附件：1．… or 附: before a printed text
ATTACHMENT_MARK = re.compile(r"^附(?:件)?\s*[：:]?$")  # 附: alone, above the text it attaches
# The heading of one printed attachment, alone on its line: 附件1：, 附件 2, 附件一
ATTACHMENT_HEADING = re.compile(r"^附件[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]*[：:]?$")
# (联系人:白文俊…); a table pads its labels with spaces (联 系 人:)
CONTACT_LINE = re.compile(r"^[（(]?(?:联\s?系\s?人|联\s?系\s?电\s?话|电\s?话|传\s?真|邮\s?箱|电子邮箱|联系方式|地\s?址|邮\s?编)\s*[：:]")
SUBJECT_WORDS_LINE = re.compile(r"^主\s?题\s?词\s*[：:]")  # the 版记's 主题词：环保 污染物 通知
NOTE_LINE = re.compile(r"^[（(](?:此件|此页)[^）)]*[）)]$")  # （此件依申请公开）
SIGN_OFF = re.compile(r"^(?:特此通知|特此通报|此复)。?$")
# A paragraph after the last measure that speaks to the whole notice, not to that measure.
CLOSING_CUES = re.compile(
    r"^(?:各[^。；]{0,30}?(?:要|务必|应当|应|须|请)|请各|请你们|本(?:通知|意见|方案|办法|规定|细则|要点)"
    r"|以上|特此|如有|执行中|实施中|对(?:执行|实施)中)"
)
NATIONAL_ISSUER = re.compile(r"^(?:国务院|国家|中共中央|中央|全国|中华人民共和国|最高人民)")
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
REGION = re.compile(
    r"^(?P<region>[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗|镇|乡|街道))(?![市县区州])"
)
# A date without 年月日 (2023515, { 2017 6 23): the year, then month and day digits.
BARE_DATE = re.compile(r"^[^\d\u4e00-\u9fff]{0,3}(?P<y>(?:19|20)\d{2})[ \u3000./-]*(?P<rest>\d{1,2}[ \u3000./-]*\d{1,2}|\d{3,4})$")
# A printed text's issuer and date in brackets under its title: (新余市国有资产监督管理委员会 2008年10月6日).
ISSUER_DATE_NOTE = re.compile(
    r"^[（(](?P<issuer>[^\d（）()]{2,40}?)[ \u3000]*"
    r"(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)[）)]$")
EMBEDDED_HEADER = 10  # lines of title before a printed notice's own 文号, recipients or note

EXAMPLES = {
    "DATE": Examples(match=("2020年2月12日", "二〇二〇年二月十二日", "二○一二年一月九日", "2020年3月1日印发", "20181月2日"),
                     no_match=("2020年是全面建成小康社会之年", "2月20日前", "二〇二〇二月十二日")),
    "CC_LINE": Examples(match=("抄送：市委办公室，市人大常委会办公室。", "抄报:省扶贫办"), no_match=("抄送单位", "各乡镇：")),
    "ATTACHMENT_LINE": Examples(match=("附件：1.信息宣传联络员登记表", "附件2：工作任务分解表", "附件", "附：通报", "附 件:强度表"),
                                no_match=("附表", "一、附件管理")),
    "ATTACHMENT_MARK": Examples(match=("附:", "附件：", "附件"), no_match=("附件：1.登记表", "附件1：")),
    "ATTACHMENT_HEADING": Examples(match=("附件1：", "附件 2", "附件一"), no_match=("附件：", "附件：1.登记表", "附件1：登记表")),
    "CONTACT_LINE": Examples(match=("联系人：邹思媛", "联系电话：0991-2817458", "(联系人:白文俊,电话:12345)", "联 系 人:总量处 杨 华"),
                             no_match=("各联系单位：", "一、联系群众")),
    "CONTENTS_PUNCTUATION": Examples(match=("1.总则。", "一、要求："), no_match=("1.1编制目的",)),
    "SUBJECT_WORDS_LINE": Examples(match=("主题词:环保 污染物 强度 通知", "主 题 词：扶贫"), no_match=("主题教育",)),
    "NOTE_LINE": Examples(match=("（此件公开发布）", "(此件依申请公开)"), no_match=("（此件公开发布", "（一）加强领导")),
    "SIGN_OFF": Examples(match=("特此通知。", "特此通报", "此复"), no_match=("特此通知如下：",)),
    "CLOSING_CUES": Examples(match=("各乡镇要高度重视，认真抓好落实。", "请各单位于5月8日前报送。", "本通知自印发之日起施行。",
                                    "以上工作请认真落实。"),
                             no_match=("加强组织领导。", "（一）提高政治站位")),
    "NATIONAL_ISSUER": Examples(match=("国务院扶贫开发领导小组", "国家卫生健康委员会", "中共中央办公厅"),
                                no_match=("黑龙江省扶贫开发领导小组办公室", "泾县人民政府")),
    "REGION": Examples(match=("泾县人民政府", "黑龙江省扶贫开发领导小组办公室", "新疆维吾尔自治区质量技术监督局"),
                       no_match=("国务院扶贫开发领导小组",)),
    "BARE_DATE": Examples(match=("2023515", "{ 2017 6 23", "2021.4.1"), no_match=("2020年2月12日", "12345678901")),
    "ISSUER_DATE_NOTE": Examples(match=("(新余市国有资产监督管理委员会 2008年10月6日)", "（市人民政府办公室 二○○八年九月二十二日）"),
                                 no_match=("(2023年6月21日前完成)", "（此件公开发布）")),
}
MAX_JOINT_ISSUERS = 16  # organisation lines above a signature date read as one joint signature (十四部门 print two a line)
ATTACHMENT_ITEM = 60  # longest line still read as one entry of an attachment list


@dataclass
class Line:
    text: str
    start: int  # offset of the line in the document text


@dataclass
class ParsedDocument:
    start: int  # offset of this document's text in the whole normalised text
    end: int
    text: str
    meta: DocumentMeta
    measures: list[Measure] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0


def split_lines(text: str, base: int = 0) -> list[Line]:
    lines, position = [], 0
    for piece in text.split("\n"):
        if piece:
            lines.append(Line(piece, base + position))
        position += len(piece) + 1
    return lines


def _year(text: str) -> int:
    """2020 or 二〇二〇 as an integer."""
    if text.isdigit():
        return int(text)
    digits = text.translate(str.maketrans({"零": "〇", "○": "〇", "0": "〇", "O": "〇"}))
    return int("".join(str("〇一二三四五六七八九".index(char)) for char in digits))


def parse_date(text: str) -> Optional[tuple[str, bool]]:
    """An ISO date and whether it is an 印发 date, for a line that is only a date."""
    found = DATE.match(text.strip())
    if not found:
        return None
    year = _year(found.group("y"))
    month = int(found.group("m")) if found.group("m").isdigit() else chinese_to_int(found.group("m"))
    day = int(found.group("d")) if found.group("d").isdigit() else chinese_to_int(found.group("d"))
    if not (month and day and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", bool(found.group("printed"))


def _month_day(rest: str) -> Optional[tuple[int, int]]:
    """Month and day from what follows the year in a date that lost its 年月日: 6 23, 515 (5-15);
    None when the digits split into a valid month and day in more than one way (111)."""
    parts = re.findall(r"\d+", rest)
    if len(parts) == 2:
        splits = [(int(parts[0]), int(parts[1]))]
    elif len(parts) == 1 and 2 <= len(parts[0]) <= 4:
        digits = parts[0]
        splits = [(int(digits[:cut]), int(digits[cut:])) for cut in (1, 2) if cut < len(digits) and len(digits) - cut <= 2]
    else:
        return None
    valid = [(month, day) for month, day in splits if 1 <= month <= 12 and 1 <= day <= 31]
    return valid[0] if len(valid) == 1 else None


def parse_bare_date(text: str) -> Optional[str]:
    """A signature date whose 年月日 were lost in the copy (2023515, { 2017 6 23): read only where a
    signature's date stands, under the issuer's name."""
    found = BARE_DATE.match(text.strip())
    if not found or not (month_day := _month_day(found.group("rest"))):
        return None
    return f"{found.group('y')}-{month_day[0]:02d}-{month_day[1]:02d}"


def _under_signature(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` stands under an organisation line (a （此件公开发布） note between)."""
    above = index - 1
    if above > 0 and NOTE_LINE.match(lines[above].text):
        above -= 1
    return above >= 0 and is_organisation_line(lines[above].text)


def signature_date(lines: list[Line], index: int) -> Optional[tuple[str, bool]]:
    """The date on line ``index``: a date line, or a bare date under an organisation line or above a
    （此件主动公开） note (2024327: a signature's date whose issuer was lost with its 年月日)."""
    date = parse_date(lines[index].text)
    above_note = index + 1 < len(lines) and NOTE_LINE.match(lines[index + 1].text)
    if date or index == 0 or not (_under_signature(lines, index) or above_note):
        return date
    bare = parse_bare_date(lines[index].text)
    return (bare, False) if bare else None


def signature_above(lines: list[Line], index: int) -> Optional[str]:
    """The issuer names printed above the date at ``index``: one organisation line, or several for a
    joint notice (joined with a space, as the names are printed)."""
    names = []
    while index > 0 and is_organisation_line(lines[index - 1].text) and len(names) < MAX_JOINT_ISSUERS:
        index -= 1
        names.insert(0, lines[index].text)
    return " ".join(names) or None


# ---------------------------------------------------------------- embedded documents


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
            return index if opens_own_header(text) or issuers and opens_first_measure(text) else None
        if not (continues_title(text) or not printed and looks_like_title(text)):
            return None
        printed.append(text)
    return None


def _issuer_lines(lines: list[Line], index: int) -> int:
    """How many organisation lines, one issuer a line, stand from line ``index`` on."""
    count = 0
    while index + count < len(lines) and count < MAX_JOINT_ISSUERS and is_organisation_line(lines[index + count].text):
        count += 1
    return count


def _heads_a_notice(text: str) -> bool:
    """A line printed above a notice's 文号 as its top: a 版头, the issuer, or the title (not an 附件： line)."""
    return bool(RED_HEADER.match(text) or is_organisation_line(text)
                or looks_like_title(text) and is_complete_title(text) and not ATTACHMENT_LINE.match(text))


def document_starts(lines: list[Line]) -> list[int]:
    """Line indexes where a document starts: the first, and each later one that opens a notice
    printed in full inside another (a forwarded notice or an attachment): a 版头 or 发文字号 line, or
    a title with a header of its own after the signature (see notice_after_signature). A document's
    own header window (its wrapper, information table and title lines) opens no other."""
    starts = [0]
    seen_body = False
    header_end = header_window(lines)[1]
    for index, line in enumerate(lines):
        if index < header_end:
            continue
        if not seen_body:  # a paragraph of text counts as body too (a 公示 presenting the notice it prints below)
            seen_body = is_recipients_line(line.text) or match_label(line.text) is not None or "。" in line.text
            continue
        begin = None
        if is_doc_number_line(line.text):
            begin = index
            while begin > index - 2 and begin > 0 and _heads_a_notice(lines[begin - 1].text):
                begin -= 1  # its 版头, issuer or title printed above the 文号
                if RED_HEADER.match(lines[begin].text):
                    break
        elif (date := signature_date(lines, index)) and not date[1]:
            begin = notice_after_signature(lines, index + 1)
        if begin is not None:
            if begin > starts[-1]:
                starts.append(begin)
                seen_body = False
                header_end = begin + header_window(lines[begin:])[1]
    return starts


# ---------------------------------------------------------------- 版记


def is_tail_line(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if signature_date(lines, index) or CC_LINE.match(text) or CONTACT_LINE.match(text) or NOTE_LINE.match(text) \
            or SUBJECT_WORDS_LINE.match(text):
        return True
    if ATTACHMENT_LINE.match(text) and (text.startswith("附件：") or text.startswith("附件:") or len(text) < 60):
        return True
    if SIGN_OFF.match(text):
        return True
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return is_organisation_line(text) and bool(
        parse_date(following) or parse_bare_date(following) or is_organisation_line(following))


def _attachment_list_start(lines: list[Line], index: int, body_at: int) -> Optional[int]:
    """Where an attachment list ending at line ``index`` begins: ``附件：1．…`` followed by short
    numbered lines ``2．…`` (which are not measures)."""
    while index > body_at:
        text = lines[index].text
        if ATTACHMENT_LINE.match(text):
            return index
        if not (match_label(text) and len(text) <= ATTACHMENT_ITEM and "。" not in text):
            return None
        index -= 1
    return None


FOOTER_NOISE = 12  # a short unpunctuated line among the page's footer chrome (宁波, 相关文章) is footer too
FOOTER_RUN = 6  # so many such lines after the closing date (你可能也爱看, 最新资讯, 加载中...) are a footer by themselves


def _is_footer_noise(text: str) -> bool:
    return (len(text) <= FOOTER_NOISE and not re.search(r"[。，；：:,]", text) and not parse_date(text)
            and not is_organisation_line(text) and match_label(text) is None)


def footer_start(lines: list[Line], body_at: int) -> int:
    """Where the page's footer begins: a run of chrome lines (下载地址, 相关文章, 第1页共2页) and
    short lines among them at the end of the text; len(lines) when there is none."""
    index, chrome_seen = len(lines), False
    while index > body_at:
        text = lines[index - 1].text
        if is_chrome(text):
            chrome_seen = True
        elif not _is_footer_noise(text):
            break
        index -= 1
    # a run of short lines after the closing date is the page's footer even without chrome words
    after_date = len(lines) - index >= FOOTER_RUN and index > body_at and parse_date(lines[index - 1].text)
    return index if chrome_seen or after_date else len(lines)


def tail_start(lines: list[Line], body_at: int) -> int:
    index = footer_start(lines, body_at)
    while index > body_at:
        if is_tail_line(lines, index - 1):
            index -= 1
        elif (start := _attachment_list_start(lines, index - 1, body_at)) is not None:
            index = start
        else:
            break
    return index


def read_tail(lines: list[Line], meta: DocumentMeta) -> Optional[str]:
    """The 版记 into ``meta``; returns the signature (the issuer names above the 成文日期)."""
    signature = None
    for index, line in enumerate(lines):
        text = line.text
        date = signature_date(lines, index)
        previous = lines[index - 1].text if index else ""
        if date:
            iso, printed = date
            if printed:
                meta.printed_date = meta.printed_date or iso
                if is_organisation_line(previous):
                    meta.printed_by = previous
            else:
                meta.signed_date = meta.signed_date or iso
                signature = signature or signature_above(lines, index)
        elif cc := CC_LINE.match(text):
            meta.cc = split_list(cc.group("body"))
        elif CONTACT_LINE.match(text):
            meta.contact = f"{meta.contact} {text}" if meta.contact else text
        elif (attachment := ATTACHMENT_LINE.match(text)) and attachment.group("body").strip():
            meta.attachments.append(attachment.group("body").strip())
        elif meta.attachments and match_label(text) and len(text) <= ATTACHMENT_ITEM:
            meta.attachments.append(text)  # 2．春耕生产情况统计表, under 附件：1．…
    return signature


def signature_in_body(lines: list[Line]) -> Optional[int]:
    """A notice whose issued plan or attachment is printed after its signature: the index of the
    signature's date inside the body — under an organisation line, or a date line standing alone
    before any numbered item (the issuer's name lost in the copy)."""
    seen_item = False
    for index, line in enumerate(lines):
        date = signature_date(lines, index)
        if date and not date[1] and (not seen_item or (index and is_organisation_line(lines[index - 1].text))):
            return index
        seen_item = seen_item or match_label(line.text) is not None
    return None


def admin_level_and_region(issuer: Optional[str], doc_number: Optional[str]) -> tuple[str, Optional[str]]:
    if not issuer:
        if doc_number and doc_number.startswith("国"):
            return "national", None
        return "unknown", None
    if NATIONAL_ISSUER.match(issuer):
        return "national", None
    found = REGION.match(issuer)
    if not found:
        return "unknown", None
    region = found.group("region")
    if region in MUNICIPALITIES or region.endswith(("省", "自治区", "特别行政区")):
        return "provincial", region
    if region.endswith(("市", "州", "盟", "地区")):
        return "municipal", region
    if region.endswith(("县", "区", "旗")):
        return "county", region
    return "township", region


# ---------------------------------------------------------------- measures


def _heading(own_text: str, heading_only: bool) -> Optional[str]:
    first_line = own_text.split("\n", 1)[0]
    if heading_only:
        return first_line.strip("。：: ") or None
    clause = first_line.split("。", 1)[0]
    if clause != first_line and len(clause) <= 40:
        return clause.strip() or None
    return None


# Numbering styles that divide a text without being measures: 第一章, 第一节 (the gold convention:
# articles are level-1 measures under no chapter measure).
DIVISION_STYLES = ("chapter", "section")


def attachment_list_lines(lines: list[Line]) -> set[int]:
    """Offsets of the lines that go on an attachment list wherever it stands (附件：1.登记表 then
    2.申报单, 3.通知单: short numbered lines without a sentence), which are no measures."""
    listed: set[int] = set()
    in_list = False
    for line in lines:
        attachment = ATTACHMENT_LINE.match(line.text)
        if attachment:
            body = attachment.group("body").strip(" \u3000：:")
            in_list = not body or match_label(body) is not None  # 附件： alone, its names below
        elif in_list and match_label(line.text) and len(line.text) <= ATTACHMENT_ITEM and "。" not in line.text:
            listed.add(line.start)
        else:
            in_list = False
    return listed


CONTENTS_RUN = 6  # numbered headings in a row, with nothing between them, make a table of contents
CONTENTS_ENTRY = 30  # a contents entry is a short heading without punctuation
CONTENTS_PUNCTUATION = re.compile(r"[。，；：:,;]")


def contents_lines(lines: list[Line]) -> set[int]:
    """Offsets of the lines of a table of contents (1.总则 / 1.1编制目的 / … / 8.3预案实施时间 before
    the text itself): at least CONTENTS_RUN short numbered headings in a row, the first of them printed
    again further down, where the text begins. They are no measures."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines + [Line("", -1)]):
        text = line.text
        if text and len(text) <= CONTENTS_ENTRY and match_label(text) and not CONTENTS_PUNCTUATION.search(text):
            run.append(index)
            continue
        if len(run) < CONTENTS_RUN:
            run = []
            continue
        first = lines[run[0]].text if run else None
        again = next((j for j in range(1, len(run)) if lines[run[j]].text == first), None)  # the text's own 1.总则
        if again is not None and again >= CONTENTS_RUN:
            found |= {lines[i].start for i in run[:again]}
        elif len(run) >= CONTENTS_RUN and any(later.text == first for later in lines[run[-1] + 1:]):
            found |= {lines[i].start for i in run}
        run = []
    return found


def parse_measures(lines: list[Line], body_end: int) -> list[Measure]:
    """The measure tree from body lines; levels by order of first appearance of each numbering style."""
    listed = attachment_list_lines(lines) | contents_lines(lines)
    labelled = [(line, label) for line in lines if line.start not in listed and (label := match_label(line.text))]
    found = [(line, label) for line, label in labelled if label.style not in DIVISION_STYLES]
    divisions = [line.start for line, label in labelled if label.style in DIVISION_STYLES]
    measures: list[Measure] = []
    stack: list[int] = []  # indexes of open measures, one per level
    style_levels: list[str] = []
    for line, label in found:
        if label.style in style_levels:
            depth = style_levels.index(label.style)
            del style_levels[depth + 1:]
        else:
            style_levels.append(label.style)
            depth = len(style_levels) - 1
        del stack[depth:]
        parent = stack[-1] if stack else None
        measure = Measure(
            label=label.text, level=depth + 1, ordinal=label.ordinal, style=label.style,
            start=line.start, end=body_end, text_start=line.start + label.length, text_end=body_end,
            parent=parent,
        )
        measures.append(measure)
        if parent is not None:
            measures[parent].children.append(len(measures) - 1)
        stack.append(len(measures) - 1)
    # A measure ends where the next one of its level or higher starts (one pass with a stack: a
    # search from each measure is quadratic in a text of thousands of items).
    open_measures: list[Measure] = []
    for later in measures:
        while open_measures and open_measures[-1].level >= later.level:
            open_measures.pop().end = later.start
        open_measures.append(later)
    for measure in measures:  # and at the next 第…章 or 第…节 heading
        following = bisect.bisect_right(divisions, measure.start)
        if following < len(divisions):
            measure.end = min(measure.end, divisions[following])
    for measure in measures:
        first_child = measures[measure.children[0]].start if measure.children else measure.end
        measure.text_end = min(first_child, measure.end)
    for measure in measures:
        parent_path = measures[measure.parent].path if measure.parent is not None else ""
        measure.path = f"{parent_path}.{measure.ordinal}" if parent_path else str(measure.ordinal)
    return measures


def closing_start(lines: list[Line], measures: list[Measure], body_end: int) -> int:
    """Offset where the closing paragraphs after the last measure begin (body_end when none)."""
    if not measures:
        return body_end
    last = measures[-1]
    after = [line for line in lines if last.start < line.start < body_end]
    label_line = next(line for line in lines if line.start == last.start)
    heading_only = "。" not in label_line.text
    candidates = after[1:] if heading_only else after
    for line in candidates:
        if CLOSING_CUES.match(line.text):
            return line.start
    return body_end


def _measures_of(lines: list[Line], end: int) -> list[Measure]:
    """The measures of a run of body lines ending at offset ``end``, without its closing paragraphs."""
    measures = parse_measures(lines, end)
    measures_end = closing_start(lines, measures, end)
    return parse_measures(lines, measures_end - 1) if measures_end < end else measures


def _concatenate(first: list[Measure], second: list[Measure]) -> list[Measure]:
    """Two measure trees as one list: the second's parent and child indexes shifted past the first."""
    shift = len(first)
    for measure in second:
        measure.parent = measure.parent + shift if measure.parent is not None else None
        measure.children = [child + shift for child in measure.children]
    return first + second


def _measures_by_attachment(lines: list[Line], end: int) -> list[Measure]:
    """The measures of a run of body lines, a printed attachment's (after its heading 附件1：) in a
    tree of their own: the notice's last measure ends where the attachment begins."""
    starts = [i for i, line in enumerate(lines) if i and ATTACHMENT_HEADING.match(line.text)]
    bounds = [0, *starts, len(lines)]
    measures: list[Measure] = []
    for first, after in zip(bounds, bounds[1:]):
        part_end = lines[after].start - 1 if after < len(lines) else end
        measures = _concatenate(measures, _measures_of(lines[first:after], part_end))
    return measures


def body_measures(lines: list[Line], body_end: int, signature_at: Optional[int]) -> list[Measure]:
    """The body's measures. A plan or table printed after the notice's signature is a part of the
    notice with its own numbering: its measures start their own tree, not children of the notice's
    last measure; so is an attachment printed under its heading (附件1：)."""
    if signature_at is None or signature_at + 1 >= len(lines):
        return _measures_by_attachment(lines, body_end)
    notice_end = lines[signature_at].start - 1
    while signature_at > 0 and is_organisation_line(lines[signature_at - 1].text):
        signature_at -= 1
        notice_end = lines[signature_at].start - 1
    after = [line for line in lines if line.start > notice_end]
    after = after[next((i for i, line in enumerate(after) if signature_date([line], 0) is None), 0):]
    before = [line for line in lines if line.start < notice_end]
    return _concatenate(_measures_by_attachment(before, notice_end), _measures_by_attachment(after, body_end))


def parse_document(text: str, start: int, end: int, title_headings: Iterable[int] = ()) -> ParsedDocument:
    """The document at ``text[start:end]``; ``title_headings``: offsets in ``text`` of the lines that
    were level-1 Markdown headings (``Normalised.title_headings``)."""
    doc_text = text[start:end].rstrip("\n")
    lines = split_lines(doc_text)
    marked = {offset - start for offset in title_headings if start <= offset < end}
    header = read_header(lines, frozenset(i for i, line in enumerate(lines) if line.start in marked))
    meta, body_at = header.meta, header.body_at
    note = next((found for line in lines[:body_at] if (found := ISSUER_DATE_NOTE.match(line.text))), None)
    if note and is_organisation_line(note.group("issuer").strip()) and (date := parse_date(note.group("date"))):
        meta.issuer = meta.issuer or note.group("issuer").strip()  # the printed text's own issuer and date
        meta.signed_date = date[0]
    tail_at = tail_start(lines, body_at)
    signature = read_tail(lines[tail_at:], meta)
    body_lines = lines[body_at:tail_at]
    signature_at = signature_in_body(body_lines)
    if signature_at is not None and not meta.signed_date:
        meta.signed_date = signature_date(body_lines, signature_at)[0]
        signature = signature or signature_above(body_lines, signature_at)
    meta.signed_date = meta.signed_date or info_date(info_value(header.info, "成文日期", "成文时间", "发文日期", "公文生成日期", "颁布日期", "颁布时间"))
    meta.issuer = joint_issuers(meta.issuer or signature or header.title_issuer or header.window_issuer or published_by(header.info, bool(meta.recipients)))
    meta.admin_level, meta.region = admin_level_and_region(meta.issuer, meta.doc_number)
    body_start = lines[body_at].start if body_at < len(lines) else len(doc_text)
    body_end = lines[tail_at].start - 1 if tail_at < len(lines) else len(doc_text)
    measures = body_measures(body_lines, body_end, signature_at)
    for measure in measures:
        own = doc_text[measure.text_start:measure.text_end]
        line_end = doc_text.find("\n", measure.start)
        label_line = doc_text[measure.start:line_end if line_end != -1 else len(doc_text)]
        measure.heading = _heading(own, heading_only="。" not in label_line)
    return ParsedDocument(start, end, doc_text, meta, measures, body_start, body_end)


def parse(text: str, title_headings: Iterable[int] = ()) -> list[ParsedDocument]:
    """Every document in a normalised text, the outer one first; ``title_headings`` as in
    :func:`parse_document`."""
    lines = split_lines(text)
    if not lines:
        return []
    starts = document_starts(lines)
    bounds = [lines[i].start for i in starts] + [len(text)]
    return [parse_document(text, bounds[i], bounds[i + 1], title_headings) for i in range(len(starts))]
