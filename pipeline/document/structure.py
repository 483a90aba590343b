"""Structure a normalised notice: split embedded documents, read the GB/T 9704 elements, build the
measure tree.

Input is the normaliser's text, one paragraph per line. A notice reads, top to bottom:
版头 (issuer + 文件), 发文字号, 标题 (one or more lines), 主送机关 (ending with ：), the body with its
numbered measures, then the 版记: 附件, 联系人, signature, 成文日期, 抄送, 印发机关 and 印发日期.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from extractors.fold import fold
from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples

from schema.models import DocumentMeta, Measure

from pipeline.document.appended import appended_entries_start
from pipeline.document.approved_issuer import issuing_body
from pipeline.document.as_written import WrittenText, meta_as_written
from pipeline.document.cell_lines import table_header_lines
from pipeline.document.copy_chrome import excerpt_lines
from pipeline.document.dates import parse_date
from pipeline.document.elements import dated_issuer, is_bare_recipients, is_complete_title, is_organisation_line, masthead_of
from pipeline.document.embedded import DATE_NOTE, DATELINE_NOTE, ISSUER_DATE_NOTE, date_under_issuers, document_starts
from pipeline.document.embedded import day_under_number_and_issuer
from pipeline.document.embedded import copy_titles, heading_copy_labels, titled_by_copy_label
from pipeline.document.glued import OPENING_SENTENCE
from pipeline.document.header import read_header
from pipeline.document.header_lines import TRAILING_DATE_NUMBER, glued_header, is_recipients_line, number_date_note
from pipeline.document.lists import joint_issuers, split_list
from pipeline.document.labels import match_label
from pipeline.document.lines import split_lines
from pipeline.document.numbered_name import entry_title, numbered_rules_name
from pipeline.document.measure_tree import (body_measures, contents_lines, heading_of, listed_title_lines,
                                            wrapper_section_after)
from pipeline.document.roundup import roundup
from pipeline.document.outside import downloaded_doc_number
from pipeline.document.printed_header import numbered_printed_line
from pipeline.document.publisher import published_by
from pipeline.document.region import admin_level_and_region
from pipeline.document.tail import (
    closing_name, dated_by_the_page, printed_under_signature, read_tail, signature_above, signature_date, signature_in_body, site_statement_start, tail_start, two_way_signature_date,
)
from pipeline.document.info_dates import document_date, info_date
from pipeline.document.wrapper import (closing_info_fields, info_value, is_info_line, is_wrapper_line,
                                       read_info_fields)

# A province's name alone (福建省, 广西壮族自治区), the whole of what a legal database puts before a city body's name.
PROVINCE = compiled_later(r"^[\u4e00-\u9fff]{1,8}?(?:省|自治区)$")
EXAMPLES = {"PROVINCE": Examples(match=("福建省", "广西壮族自治区", "黑龙江省"), no_match=("", "中共", "福建省厦门市", "国务院"))}

PAGE_DATE_LABELS = ("发布时间", "发布日期", "公开日期")  # the day the page put the notice up: on or after its signing

# An encyclopedia's infobox, printed under its headline and summary, so below where a header is looked for: two or more
# bulleted fields in a row (基本介紹 / • 中文名:廣東省…方案 / • 發布單位:廣東省人民政府辦公廳). It is the page's information
# table, as one above the title is; a single bulleted field in a body is no table.
INFOBOX_BULLET = compiled_later(r"^[ \u3000]*[•·]")
INFOBOX_SCAN = 12  # lines of the body's opening an infobox is looked for in
INFOBOX_MIN_FIELDS = 2
EXAMPLES["INFOBOX_BULLET"] = Examples(match=("  • 中文名:廣東省最佳化營商環境三年行動方案", "• 發布單位:廣東省人民政府辦公廳"),
                                      no_match=("中文名:…", "一、總體目標"))


def infobox_fields(texts: list[str]) -> dict[str, str]:
    """The fields of the first run of INFOBOX_MIN_FIELDS or more bulleted information lines in ``texts`` (the opening of
    a body), {} when there is none."""
    run: list[str] = []
    for text in texts + [""]:
        if INFOBOX_BULLET.match(text) and is_info_line(text):
            run.append(text)
            continue
        if len(run) >= INFOBOX_MIN_FIELDS:
            return read_info_fields(run)
        run = []
    return {}

# parse_date, split_lines and split_list are read from here by callers that parse a text
__all__ = ["ParsedDocument", "parse", "parse_date", "parse_document", "split_list", "split_lines"]


@dataclass
class ParsedDocument:
    start: int  # offset of this document's text in the whole normalised text
    end: int
    text: str
    meta: DocumentMeta
    measures: list[Measure] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0
    # starts of the lines of a table of contents (9.1 名词术语 / 9.2 预案管理): entries naming parts, no statements
    contents_lines: frozenset[int] = frozenset()


def parse_document(text: str, start: int, end: int, title_headings: Iterable[int] = ()) -> ParsedDocument:
    """The document at ``text[start:end]``; ``title_headings``: offsets in ``text`` of the lines that
    were level-1 Markdown headings (``Normalised.title_headings``)."""
    doc_text = text[start:end].rstrip("\n")
    lines = split_lines(doc_text)
    # a site's statement under the notice (反侵权公告:) or its encyclopedia entries on the places the notice names: the
    # page's, left outside it
    statement_at = min(site_statement_start(lines, 0), appended_entries_start(lines))
    if statement_at < len(lines):
        doc_text = doc_text[:lines[statement_at].start].rstrip("\n")
        end, lines = start + len(doc_text), lines[:statement_at]
    marked = {offset - start for offset in title_headings if start <= offset < end}
    # (a roundup's list names documents printed below it, each read where it is printed)
    listed = {lines[index].start for index in roundup(lines).entries}
    contents = frozenset(contents_lines(lines) | listed_title_lines(lines) | excerpt_lines(lines) | listed)
    header = read_header(lines, frozenset(i for i, line in enumerate(lines) if line.start in marked),
                         contents | table_header_lines(lines))
    meta = header.meta
    body_at = opening_paragraphs_start(lines, header.body_at, meta.title)
    meta.title = entry_title(meta.title, numbered_rules_name(lines, body_at))
    body_at = past_numbered_title(lines, body_at, meta.title)
    note = next((found for line in lines[:body_at] if (found := ISSUER_DATE_NOTE.match(line.text))), None)
    if note and is_organisation_line(note.group("issuer").strip()) and (date := parse_date(note.group("date"))):
        meta.issuer = meta.issuer or note.group("issuer").strip()  # the printed text's own issuer and date
        meta.signed_date = date[0]
    dated = next((found for line in lines[:body_at] if (found := DATE_NOTE.match(line.text) or DATELINE_NOTE.match(line.text.strip())
                                                      or number_date_note(line.text) or TRAILING_DATE_NUMBER.search(line.text)
                                                      or dated_issuer(line.text))), None)
    dated = dated or date_under_issuers(lines, body_at)
    if dated and not meta.signed_date and (date := parse_date(dated.group("date"))):
        meta.signed_date = date[0]  # the printed text's date under its issuers (in brackets or bare), or its dateline
    if not meta.printed_date and (printed := next((found for line in lines[:body_at] if (found := numbered_printed_line(line.text))), None)):
        meta.printed_by, meta.printed_date = meta.printed_by or printed[1], printed[2]  # the 印发 line after the 文号 over the recipients
    tail_at = tail_start(lines, body_at)
    signature = read_tail(lines[tail_at:], meta)
    if (closing := closing_name(lines[:tail_at], body_at)) is not None:
        tail_at, signature = closing, signature or lines[closing].text.strip()  # the copy's last line: its signer, undated
    body_lines = lines[body_at:tail_at]
    signature_at = signature_in_body(body_lines)
    if signature_at is not None and not meta.signed_date:
        meta.signed_date = signature_date(body_lines, signature_at)[0]
        signature = signature or signature_above(body_lines, signature_at)
        if not meta.printed_date and (printed := printed_under_signature(body_lines, signature_at)):
            meta.printed_by, meta.printed_date = meta.printed_by or printed[0], printed[1]
    meta.signed_date = meta.signed_date or document_date(header.info) or document_date(closing_info_fields([line.text for line in lines])) \
        or day_under_number_and_issuer(lines, body_at)
    masthead = masthead_of(lines[:body_at])  # a bulletin's issuing office and issue date over its title
    meta.signed_date = meta.signed_date or (masthead[1] if masthead else None)
    if not meta.signed_date and (two_way := two_way_signature_date(lines)) is not None:
        page_date = info_date(info_value(header.info, *PAGE_DATE_LABELS))
        meta.signed_date = dated_by_the_page(lines[two_way].text, page_date)
        signature = signature or signature_above(lines, two_way)
    if meta.issuer and signature and _province_added(meta.issuer, signature):
        meta.issuer = signature  # the name as the notice signs it, not as a legal database heads it
    infobox = infobox_fields([line.text for line in lines[body_at:body_at + INFOBOX_SCAN]])
    published = published_by({**infobox, **header.info}, bool(meta.recipients), meta.recipients, meta.title)
    meta.issuer = joint_issuers(issuing_body(meta.issuer or signature or _named_in_full(header.title_issuer, published)
                                             or (masthead[0] if masthead else None) or header.window_issuer or published))
    if meta.issuer and not signature:
        meta.issuer = _without_province(meta.issuer)
    meta.doc_number = meta.doc_number or downloaded_doc_number(lines, doc_text)
    meta.admin_level, meta.region = admin_level_and_region(meta.issuer, meta.doc_number)
    body_start = lines[body_at].start if body_at < len(lines) else len(doc_text)
    body_end = lines[tail_at].start - 1 if tail_at < len(lines) else len(doc_text)
    if signature_at is not None and (resumed := wrapper_section_after(lines[:body_at], body_lines, signature_at)):
        body_end, body_lines = body_lines[resumed].start - 1, body_lines[:resumed]  # the page's next section
    measures = body_measures(body_lines, body_end, signature_at)
    for measure in measures:
        own = doc_text[measure.text_start:measure.text_end]
        line_end = doc_text.find("\n", measure.start)
        label_line = doc_text[measure.start:line_end if line_end != -1 else len(doc_text)]
        measure.heading = heading_of(own, heading_only="。" not in label_line)
    return ParsedDocument(start, end, doc_text, meta, measures, body_start, body_end, contents)


# A sentence's clause break: an opening paragraph has two or more (a title or a 文号 line has none, and a list of
# bodies is told by its names: is_bare_recipients).
CLAUSE_BREAK = compiled_later(r"[，,]")
EXAMPLES["CLAUSE_BREAK"] = Examples(match=("根据区政府决策部署,为实现…", "为做好工作，现通知如下："), no_match=("街道环境整顿安排方案", "各单位：", "2021年1月4日"))
OPENING_CLAUSES = 2
# A page's field label opening a line (内容提要:…, 摘要：…): a summary the page prints, not the notice's paragraph.
FIELD_LABEL = compiled_later(r"^[\u4e00-\u9fff]{2,6}[ \u3000]*[：:]")
EXAMPLES["FIELD_LABEL"] = Examples(match=("内容提要:全面推行河长制是…", "摘要：为做好…"), no_match=("为做好工作，现通知如下：", "根据区政府决策部署,为实现…"))


def _reads_as_opening(text: str, title: str) -> bool:
    """A paragraph of the body's opening: a sentence of clauses that names no title of its own, is no list of bodies (the
    recipients, their colon lost or not), no page's field and no title (…的通知; 根据…,…制定本方案 opens a body)."""
    bare = re.sub(r"\s+", "", text)
    return (len(CLAUSE_BREAK.findall(bare)) >= OPENING_CLAUSES and title not in bare and not FIELD_LABEL.match(bare)
            and not is_wrapper_line(text) and not is_recipients_line(text) and not is_bare_recipients(text)
            and not glued_header(text)[1] and (not is_complete_title(text) or bool(OPENING_SENTENCE.match(text))))


def opening_paragraphs_start(lines: list, body_at: int, title) -> int:
    """The first body line, moved back over the body's opening paragraphs the header window kept (a 文库 copy's preamble
    between the title and 一、 that lost its closing 。: 根据区政府决策部署,…,制定本方案), so that what they set (从5月中旬至
    12月底) is the body's. Only below the line that prints the title: above it is the page around the notice."""
    bare_title = re.sub(r"\s+", "", title or "")
    if not bare_title:
        return body_at
    title_at = max((i for i, line in enumerate(lines[:body_at]) if bare_title in re.sub(r"\s+", "", line.text)
                    or (line.text.strip() and bare_title.endswith(re.sub(r"\s+", "", line.text)))), default=None)
    if title_at is None:
        return body_at
    start = body_at
    while start - 1 > title_at and _reads_as_opening(lines[start - 1].text, bare_title):
        start -= 1
    return start


def past_numbered_title(lines: list, body_at: int, title) -> int:
    """The first body line past a list number printed before the title again (a content site's entry: 中央水利建设基金财务
    管理暂行办法 ⏎ 2024-05-13 13:42 ⏎ 1. 中央水利建设基金财务管理暂行办法 ⏎ 第一条 …): the site's numbering of its entry, no
    item of the body, whose items would sit under it."""
    label = match_label(lines[body_at].text) if body_at < len(lines) and title else None
    if label is None or re.sub(r"\s+", "", lines[body_at].text[label.length:]) != re.sub(r"\s+", "", title):
        return body_at
    return body_at + 1


# A city's body headed with its province by a legal database (辽宁省沈阳市人民政府): the city's name after the province.
CITY_BODY = compiled_later(r"^(?P<province>[\u4e00-\u9fff]{1,8}?(?:省|自治区))(?P<body>[\u4e00-\u9fff]{2,6}?(?:市|州|盟|地区)[\u4e00-\u9fff]{2,20})$")
EXAMPLES["CITY_BODY"] = Examples(match=("辽宁省沈阳市人民政府", "福建省厦门市人民政府办公厅"),
                                 no_match=("辽宁省人民政府", "沈阳市人民政府", "湖北省武汉市人民政府 湖北省财政厅"))


# 政府 in a title's issuer, the short form of 人民政府 (南京市政府关于…).
SHORT_GOVERNMENT = compiled_later(r"(?<!人民)政府")
EXAMPLES["SHORT_GOVERNMENT"] = Examples(match=("南京市政府", "下陆区政府办公室"), no_match=("南京市人民政府",))


def _named_in_full(title_issuer: Optional[str], published: Optional[str]) -> Optional[str]:
    """The issuer a title names with its place but by the short form 政府 (南京市政府关于…), in full where the page's
    issuing-body field names the same body so (发布部门: 江苏省南京市人民政府, without the province a database adds: p02)."""
    if not title_issuer or not published or not SHORT_GOVERNMENT.search(title_issuer):
        return title_issuer
    full = _without_province(published)
    return full if full == SHORT_GOVERNMENT.sub("人民政府", title_issuer) else title_issuer


def _without_province(issuer: str) -> str:
    """A city's body as the conventions name it, without the province a legal database heads it with (see CITY_BODY);
    a notice signed so keeps its signature (see _province_added)."""
    found = CITY_BODY.match(issuer)
    return found.group("body") if found and is_organisation_line(found.group("body")) else issuer


def _province_added(header_issuer: str, signature: str) -> bool:
    """Whether ``header_issuer`` is ``signature`` with its province put before it: a legal database heads a city's
    notice 福建省厦门市人民政府办公厅 over the 文号 while the notice signs 厦门市人民政府办公厅; or heads it with the government
    whose office signs it (see _office_under_database_heading)."""
    prefix = header_issuer[: -len(signature)] if header_issuer.endswith(signature) else ""
    return bool(PROVINCE.match(prefix)) or _office_under_database_heading(header_issuer, signature)


# The office of a government or a committee, the whole of what a signature adds to its name (东莞市人民政府 + 办公室).
OFFICE_SUFFIX = compiled_later(r"^(?:办公室|办公厅|辦公室|辦公廳)$")
EXAMPLES["OFFICE_SUFFIX"] = Examples(match=("办公室", "办公厅", "辦公室"), no_match=("财政局", "办公室主任", ""))


def _office_under_database_heading(header_issuer: str, signature: str) -> bool:
    """Whether a legal database heads the notice with a province and a city's government (广东省东莞市人民政府) while the
    notice signs for that government's office (东莞市人民政府办公室, as its 东府办 says): the office issued it, the
    database filed it under the government."""
    for position in range(1, len(header_issuer)):
        province, city_body = header_issuer[:position], header_issuer[position:]
        if PROVINCE.match(province) and signature.startswith(city_body) and OFFICE_SUFFIX.match(signature[len(city_body):]):
            return True
    return False


def parse(text: str, title_headings: Iterable[int] = (), page_issuers: Iterable[str] = ()) -> list[ParsedDocument]:
    """Every document in a normalised text, the outer one first; ``title_headings`` as in
    :func:`parse_document`; ``page_issuers``: the issuers of page headers the normaliser cut from the text (the
    outer document's issuer when it prints no other). Read on the text folded to simplified characters, its strings
    given back as written (``pipeline.document.as_written``)."""
    folded = fold(text)
    documents = _parse(folded, title_headings, page_issuers)
    if folded is text or folded == text:
        return documents
    return [_as_written(document, text) for document in documents]


def _as_written(document: ParsedDocument, text: str) -> ParsedDocument:
    """``document``, read on the folded text, with its text and strings as ``text`` writes them."""
    written = text[document.start:document.start + len(document.text)]
    view = WrittenText(written, document.text)
    measures = [replace(measure, label=view.of(measure.label) or measure.label, heading=view.of(measure.heading))
                for measure in document.measures]
    return replace(document, text=written, meta=meta_as_written(document.meta, view), measures=measures)


def _parse(text: str, title_headings: Iterable[int], page_issuers: Iterable[str]) -> list[ParsedDocument]:
    lines = split_lines(text)
    if not lines:
        return []
    heading_copies = heading_copy_labels(lines)  # (where documents start, and their titles)
    starts = document_starts(lines, heading_copies)
    bounds = [lines[i].start for i in starts] + [len(text)]
    documents = [parse_document(text, bounds[i], bounds[i + 1], title_headings) for i in range(len(starts))]
    for document, name in zip(documents, copy_titles(lines, starts, heading_copies)):
        if name and titled_by_copy_label(document.meta.title, name):
            document.meta.title = name  # a collection's copy, numbered under the page's heading: the name they share
    page_issuer = next(iter(page_issuers), None)
    if page_issuer and not documents[0].meta.issuer:
        documents[0].meta.issuer = page_issuer
        documents[0].meta.admin_level, documents[0].meta.region = admin_level_and_region(page_issuer, documents[0].meta.doc_number)
    return documents
