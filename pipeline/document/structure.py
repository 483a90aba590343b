"""Structure a normalised notice: split embedded documents, read the GB/T 9704 elements, build the
measure tree.

Input is the normaliser's text, one paragraph per line. A notice reads, top to bottom:
版头 (issuer + 文件), 发文字号, 标题 (one or more lines), 主送机关 (ending with ：), the body with its
numbered measures, then the 版记: 附件, 联系人, signature, 成文日期, 抄送, 印发机关 and 印发日期.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.docnumbers import parse_doc_number
from schema.models import DocumentMeta, Measure

from pipeline.document.labels import Label, chinese_to_int, match_label

RED_HEADER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()·、]{2,40}?)\s*文件$")  # 国务院扶贫开发领导小组文件
DATE = re.compile(
    r"^(?P<y>\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日(?P<printed>\s*印发)?$"
)
RECIPIENTS_LINE = re.compile(r"^(?P<body>[^。；！？]{2,200})[：:]$")  # 各乡镇、县直各单位：
TITLE_WORDS = re.compile(r"关于|通知|意见|方案|要点|办法|规定|决定|通报|批复|报告|规划|计划|细则|条例|纲要")
ORGANISATION_END = re.compile(
    r"(?:办公室|办公厅|领导小组|指挥部|政府|委员会|人民政府|局|厅|办|部|委|院|中心|公司|小组|会|处|室|所|署|社|联|党组)$"
)
CC_LINE = re.compile(r"^(?:抄送|抄报)[：:](?P<body>.+)$")
ATTACHMENT_LINE = re.compile(r"^附件\s*\d*\s*[：:]?(?P<body>.*)$")
CONTACT_LINE = re.compile(r"^(?:联系人|联系电话|电话|传真|邮箱|电子邮箱|联系方式|地址|邮编)\s*[：:]")
NOTE_LINE = re.compile(r"^[（(](?:此件|此页)[^）)]*[）)]$")  # （此件依申请公开）
SIGN_OFF = re.compile(r"^(?:特此通知|特此通报|此复)。?$")
# A paragraph after the last measure that speaks to the whole notice, not to that measure.
CLOSING_CUES = re.compile(
    r"^(?:各[^。；]{0,30}?(?:要|务必|应当|应|须|请)|请各|请你们|本(?:通知|意见|方案|办法|规定|细则|要点)"
    r"|以上|特此|如有|执行中|实施中|对(?:执行|实施)中)"
)
MIN_BODY_NAME = 3  # 各乡镇; shorter parts (办, 局) share the name before them
LIST_SEPARATORS = re.compile(r"[，,；;]")
NATIONAL_ISSUER = re.compile(r"^(?:国务院|国家|中共中央|中央|全国|中华人民共和国|最高人民)")
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
REGION = re.compile(
    r"^(?P<region>[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗|镇|乡|街道))(?![市县区州])"
)
ATTACHMENT_ITEM = 60  # longest line still read as one entry of an attachment list
SIGNER = re.compile(r"[ \u3000]*签发人[：:].*$")  # 国发〔2020〕3号　　签发人：张三
MAX_HEADER_LINES = 8  # the title and recipients come within this many lines of the top


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


def is_doc_number_line(text: str) -> bool:
    if "号" not in text:  # the cheap test first: most lines are no number
        return False
    text = SIGNER.sub("", text)
    if len(text) > 40 or "号" not in text:
        return False
    parsed = parse_doc_number(text)
    return bool(parsed and parsed.form == "bracketed" and len(parsed.normalised) >= len(text.replace(" ", "")) - 1)


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


def is_organisation_line(text: str) -> bool:
    return len(text) <= 40 and not re.search(r"[。，；：:,]", text) and bool(ORGANISATION_END.search(text))


# ---------------------------------------------------------------- embedded documents


def document_starts(lines: list[Line]) -> list[int]:
    """Line indexes where a document starts: the first, and each later 版头 or 发文字号 line that opens
    a notice printed in full inside another (a forwarded notice or an attachment)."""
    starts = [0]
    seen_body = False
    for index, line in enumerate(lines):
        if not seen_body:
            seen_body = bool(RECIPIENTS_LINE.match(line.text)) or match_label(line.text) is not None
            continue
        if is_doc_number_line(line.text):
            begin = index
            if index > 0 and (RED_HEADER.match(lines[index - 1].text) or is_organisation_line(lines[index - 1].text)):
                begin = index - 1
            if begin > starts[-1]:
                starts.append(begin)
                seen_body = False
    return starts


# ---------------------------------------------------------------- 版头 and 标题


def split_list(body: str) -> list[str]:
    """Split a list of bodies (主送, 抄送) on ，； and on 、 where the part before it is a whole body.

    ``各市、县（区）扶贫开发领导小组`` is one class of bodies (各市 alone names none), while
    ``省委办公厅、省政府办公厅`` names two.
    """
    entries = []
    for chunk in LIST_SEPARATORS.split(body.strip().rstrip("。.")):
        chunk = chunk.strip()
        if not chunk:
            continue
        parts = [part.strip() for part in chunk.split("、") if part.strip()]
        whole_names = all(len(part) >= MIN_BODY_NAME for part in parts)  # not 各委、办、局
        if len(parts) > 1 and whole_names and all(_names_a_body(part) for part in parts[:-1]):
            entries.extend(parts)
        else:
            entries.append(chunk)
    return entries


def _names_a_body(part: str) -> bool:
    bare = re.sub(r"[（(][^）)]*[）)]$", "", part)
    return bool(ORGANISATION_END.search(bare) or re.search(r"(?:单位|乡镇|街道|部门|机构|企业)$", bare))


def read_header(lines: list[Line]) -> tuple[DocumentMeta, int]:
    """The 版头, 发文字号, 标题 and 主送机关 at the top; returns them and the index of the first body line."""
    meta = DocumentMeta()
    index = 0
    header_issuer = None
    limit = min(len(lines), MAX_HEADER_LINES)
    while index < limit:
        text = lines[index].text
        red = RED_HEADER.match(text)
        if red and not TITLE_WORDS.search(red.group("issuer")):
            header_issuer = red.group("issuer")
        elif is_doc_number_line(text):
            meta.doc_number = parse_doc_number(SIGNER.sub("", text)).normalised
        elif text.startswith("签发人"):
            pass
        elif is_organisation_line(text) and index + 1 < len(lines) and is_doc_number_line(lines[index + 1].text):
            header_issuer = text
        else:
            break
        index += 1

    recipients_at = next(
        (i for i in range(index, min(len(lines), index + MAX_HEADER_LINES))
         if RECIPIENTS_LINE.match(lines[i].text) and match_label(lines[i].text) is None),
        None,
    )
    if recipients_at is not None and recipients_at > index:
        title_lines = lines[index:recipients_at]
        body_at = recipients_at + 1
        meta.recipients = split_list(RECIPIENTS_LINE.match(lines[recipients_at].text).group("body"))
    elif recipients_at == index:  # no title printed
        title_lines, body_at = [], index + 1
        meta.recipients = split_list(RECIPIENTS_LINE.match(lines[index].text).group("body"))
    else:
        title_lines = lines[index:index + 1] if index < len(lines) and _looks_like_title(lines[index].text) else []
        body_at = index + len(title_lines)
    for line in [line for line in title_lines if is_doc_number_line(line.text)]:  # 文号 under the title
        meta.doc_number = meta.doc_number or parse_doc_number(SIGNER.sub("", line.text)).normalised
        title_lines.remove(line)
    if title_lines:
        meta.title = re.sub(r"\s+", "", "".join(line.text for line in title_lines))
    meta.issuer = header_issuer
    return meta, body_at


def _looks_like_title(text: str) -> bool:
    return len(text) <= 80 and "。" not in text and bool(TITLE_WORDS.search(text)) and match_label(text) is None


# ---------------------------------------------------------------- 版记


def is_tail_line(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if parse_date(text) or CC_LINE.match(text) or CONTACT_LINE.match(text) or NOTE_LINE.match(text):
        return True
    if ATTACHMENT_LINE.match(text) and (text.startswith("附件：") or text.startswith("附件:") or len(text) < 60):
        return True
    if SIGN_OFF.match(text):
        return True
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return is_organisation_line(text) and bool(parse_date(following) or is_organisation_line(following))


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


def tail_start(lines: list[Line], body_at: int) -> int:
    index = len(lines)
    while index > body_at:
        if is_tail_line(lines, index - 1):
            index -= 1
        elif (start := _attachment_list_start(lines, index - 1, body_at)) is not None:
            index = start
        else:
            break
    return index


def read_tail(lines: list[Line], meta: DocumentMeta) -> None:
    signature = None
    for index, line in enumerate(lines):
        text = line.text
        date = parse_date(text)
        previous = lines[index - 1].text if index else ""
        if date:
            iso, printed = date
            if printed:
                meta.printed_date = meta.printed_date or iso
                if is_organisation_line(previous):
                    meta.printed_by = previous
            else:
                meta.signed_date = meta.signed_date or iso
                if is_organisation_line(previous):
                    signature = signature or previous
        elif cc := CC_LINE.match(text):
            meta.cc = split_list(cc.group("body"))
        elif CONTACT_LINE.match(text):
            meta.contact = f"{meta.contact} {text}" if meta.contact else text
        elif (attachment := ATTACHMENT_LINE.match(text)) and attachment.group("body").strip():
            meta.attachments.append(attachment.group("body").strip())
        elif meta.attachments and match_label(text) and len(text) <= ATTACHMENT_ITEM:
            meta.attachments.append(text)  # 2．春耕生产情况统计表, under 附件：1．…
    meta.issuer = meta.issuer or signature
    if not meta.issuer and meta.title and "关于" in meta.title:
        prefix = meta.title.split("关于", 1)[0]
        meta.issuer = prefix if prefix and ORGANISATION_END.search(prefix) else None


def _read_signature_in_body(lines: list[Line], meta: DocumentMeta) -> None:
    """A notice whose attachment is printed after its signature: the signature block is inside."""
    for previous, line in zip(lines, lines[1:]):
        date = parse_date(line.text)
        if date and not date[1] and is_organisation_line(previous.text):
            meta.signed_date = date[0]
            meta.issuer = meta.issuer or previous.text
            return


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


def parse_measures(lines: list[Line], body_end: int) -> list[Measure]:
    """The measure tree from body lines; levels by order of first appearance of each numbering style."""
    found: list[tuple[Line, Label]] = [(line, label) for line in lines if (label := match_label(line.text))]
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


def parse_document(text: str, start: int, end: int) -> ParsedDocument:
    doc_text = text[start:end].rstrip("\n")
    lines = split_lines(doc_text)
    meta, body_at = read_header(lines)
    tail_at = tail_start(lines, body_at)
    read_tail(lines[tail_at:], meta)
    if not meta.signed_date:
        _read_signature_in_body(lines[body_at:tail_at], meta)
    meta.admin_level, meta.region = admin_level_and_region(meta.issuer, meta.doc_number)
    body_start = lines[body_at].start if body_at < len(lines) else len(doc_text)
    body_end = lines[tail_at].start - 1 if tail_at < len(lines) else len(doc_text)
    body_lines = [line for line in lines[body_at:tail_at]]
    measures = parse_measures(body_lines, body_end)
    measures_end = closing_start(body_lines, measures, body_end)
    if measures_end < body_end:
        measures = parse_measures(body_lines, measures_end - 1)
    for measure in measures:
        own = doc_text[measure.text_start:measure.text_end]
        line_end = doc_text.find("\n", measure.start)
        label_line = doc_text[measure.start:line_end if line_end != -1 else len(doc_text)]
        measure.heading = _heading(own, heading_only="。" not in label_line)
    return ParsedDocument(start, end, doc_text, meta, measures, body_start, body_end)


def parse(text: str) -> list[ParsedDocument]:
    """Every document in a normalised text, the outer one first."""
    lines = split_lines(text)
    if not lines:
        return []
    starts = document_starts(lines)
    bounds = [lines[i].start for i in starts] + [len(text)]
    return [parse_document(text, bounds[i], bounds[i + 1]) for i in range(len(starts))]
