"""Turn one input file into the rows of every table: read → normalise → structure → extract (the
spaCy pipeline of ``extractors.nlp``: the rows of items are made from the ``Doc``'s span groups).

``process_file`` is pure (no database): it runs in worker processes and returns plain dicts, which
``store.BatchWriter`` writes in one transaction. For the build it also prepares, in the
worker, what the Chinese full-text index holds of each document and measure (``rows["search"]``,
see ``pipeline.corpus.search``), so the client does not have to.
"""

from __future__ import annotations

import bisect
import heapq
import json
import re
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path
from typing import Optional

from extractors.citations import title_key
from extractors.titles import citation_title_keys
from extractors.deadline_recurrences import bare_period
from extractors.deadline_years import text_year
from extractors.docnumbers import parse_doc_number
from extractors.lifecycle import document_lifecycle
from extractors.components import items_of
from extractors.nlp import analyse
from extractors.unit_roles import BRACKETED_LABEL_RE, LABEL_RE
from extractors.units import unit_aliases, unit_region
from extractors.vocab import Examples
from schema.measures import byte_offsets, heading_bytes
from schema.models import Measure

from pipeline.document.lines import split_lines
from pipeline.document.normalise import normalise
from pipeline.document.outside import is_cut_link_line, page_headline
from pipeline.document.wrapper import is_wrapper_line
from pipeline.read import Source, read_source
from pipeline.ingest.search_index import index_rows
from pipeline.document.fingerprint import shingles_and_digest
from pipeline.ingest.store import PLAIN_TYPES
from pipeline.document.structure import ParsedDocument, parse

ITEM_KINDS = ("assignments", "deadlines", "targets", "citations", "lifecycle_statements")
ID_PREFIX = {"deadlines": "d", "targets": "t", "citations": "c", "assignments": "a", "lifecycle_statements": "l"}
# Items taken wherever the copy prints them: a page's information table (实施日期, 废止时间) and a
# news lead-in say when the notice itself is in force, and its extractor only takes statements about
# the document itself.
KINDS_READ_AROUND_THE_BODY = ("lifecycle_statements",)
YEAR_IN_DATE = re.compile(r"^(\d{4})-")
# A line of the notice's attachment list copied as a file's name: 附件:东卫函〔2016〕94号.pdf, 粤卫通〔2016〕4号.pdf. Site chrome
# elsewhere (a 文库 page's download name), in the body it names an attached document by its 文号, a citation.
ATTACHED_FILE_LINE = re.compile(r"^(?:附件[\d一二三四五六七八九十]{0,2}[:：]?[ \u3000]*)?(?P<name>[^\s:：]{1,80})\.(?:docx?|pdf|wps|xlsx?)$")
# A document's dates are stored ISO (YYYY-MM-DD).
EXAMPLES = {"YEAR_IN_DATE": Examples(match=("2020-02-12", "2016-05-28"), no_match=("2020年2月12日", "20-02-12")),
            "ATTACHED_FILE_LINE": Examples(match=("附件:东卫函〔2016〕94号.pdf", "粤卫通〔2016〕4号.pdf", "附件2：申报表.docx"),
                                           no_match=("下载地址: 点击此处下载", "附件:申报表"))}


def document_id(sha256: str, index: int) -> str:
    """Stable: the same bytes give the same ids on every build; embedded documents get a suffix."""
    return f"doc-{sha256[:16]}" + (f"-{index}" if index else "")


def unit_id(name: str, region: Optional[str]) -> str:
    """One row per unit and region: 市扶贫办 of 福州市 is not 市扶贫办 of 重庆市."""
    return f"{region}/{name}" if region and not name.startswith(region) else name


def document_year(meta, text: Optional[str] = None) -> Optional[int]:
    """The year the document's undated deadlines are read in: its own dates', else its 文号's, else what its
    title and text print (``extractors.deadline_years``)."""
    for date in (meta.signed_date, meta.printed_date):
        if date and (found := YEAR_IN_DATE.match(date)):
            return int(found.group(1))
    if meta.doc_number and (parsed := parse_doc_number(meta.doc_number)) and parsed.year:
        return parsed.year
    return text_year(text, getattr(meta, "title", None))


def lowest_measure(measures: list[Measure], offset: int) -> Optional[int]:
    """Index of the deepest measure whose span contains ``offset`` (the first of the deepest)."""
    best = None
    for index, measure in enumerate(measures):
        if measure.start <= offset < measure.end and (best is None or measure.level > measures[best].level):
            best = index
    return best


#: From this many offsets lowest_measures sweeps (measured on 150 laws of 60 measures on average:
#: 2 offsets 1.2 ms one at a time against 3.2 ms swept, 11 offsets 4.4 against 4.1, 50 offsets
#: 13.8 against 4.8).
SWEEP_FROM = 12


def lowest_measures(measures: list[Measure], offsets: list[int]) -> list[Optional[int]]:
    """:func:`lowest_measure` of each offset, in one sweep over the offsets in order: the measures
    begun by then in a heap, deepest (then first) on top, those ended by then taken off the top.
    One offset at a time looks at every measure: items times measures, a law's hundreds of each;
    for fewer than SWEEP_FROM offsets that is still the cheaper way (the sweep sorts the measures)."""
    if len(offsets) < SWEEP_FROM:
        return [lowest_measure(measures, offset) for offset in offsets]
    by_start = sorted(range(len(measures)), key=lambda index: measures[index].start)
    found: list[Optional[int]] = [None] * len(offsets)
    begun: list[tuple[int, int]] = []  # (-level, index)
    k = 0
    for at in sorted(range(len(offsets)), key=offsets.__getitem__):
        offset = offsets[at]
        while k < len(by_start) and measures[by_start[k]].start <= offset:
            heapq.heappush(begun, (-measures[by_start[k]].level, by_start[k]))
            k += 1
        while begun and measures[begun[0][1]].end <= offset:  # ended: the offsets after it are later
            heapq.heappop(begun)
        found[at] = begun[0][1] if begun else None
    return found


def _on_a_statement_line(text: str, offset: int) -> bool:
    """Whether ``offset``'s line is an assignment statement of its own: (责任单位：…), 【牵头单位】…."""
    line_start = text.rfind("\n", 0, offset) + 1
    line = text[line_start:offset].lstrip(" \u3000（(〔")
    return bool(LABEL_RE.match(line) or BRACKETED_LABEL_RE.match(line))


def statement_measures(measures: list[Measure], text: str, offsets: list[int]) -> list[Optional[int]]:
    """The measure each assignment statement (at ``offsets`` in ``text``) belongs to: the deepest
    measure around it, except that a statement on a line of its own after the last sub-item of a
    measure, when no other sub-item of it has a statement, covers the whole measure (1.完善预案体系
    (1)…(4)… then (责任单位:…): the units are those of 1., not of (4))."""
    lowest = lowest_measures(measures, offsets)
    stated = set(lowest)
    owners = []
    for offset, index in zip(offsets, lowest):
        measure = measures[index] if index is not None else None
        parent = measures[measure.parent] if measure and measure.parent is not None else None
        if (parent and len(parent.children) > 1 and parent.children[-1] == index
                and not stated.intersection(parent.children[:-1])
                and text.rfind("\n", 0, offset) >= measure.start and _on_a_statement_line(text, offset)):
            index = measure.parent
        owners.append(index)
    return owners


class PageMap:
    """Page numbers for document offsets, through the normaliser's map back to the source."""

    def __init__(self, source: Source, origin: list[int]):
        self.page_starts = source.page_starts
        self.origin = origin

    def page(self, offset_in_whole_text: int) -> Optional[int]:
        if not self.page_starts or not self.origin:
            return None
        source_offset = self.origin[min(offset_in_whole_text, len(self.origin) - 1)]
        return bisect.bisect_right(self.page_starts, source_offset)


class OcrConfidence:
    """The OCR confidence of a stretch of document text: the lowest of the OCR'd lines of the source
    it overlaps (``source.meta["ocr_confidence"]``: [start, end, confidence] in the source's text,
    in order), None when it overlaps none (read from a text layer)."""

    def __init__(self, source: Source, origin: list[int]):
        ranges = (source.meta or {}).get("ocr_confidence") or []
        self.starts = [r[0] for r in ranges]
        self.ranges = ranges
        self.origin = origin

    def lowest(self, start: int, end: int) -> Optional[float]:
        """For the offsets [start, end) of the whole normalised text."""
        if not self.ranges or not self.origin or end <= start:
            return None
        last = len(self.origin) - 1
        first, final = self.origin[min(start, last)], self.origin[min(end - 1, last)]
        k = max(0, bisect.bisect_right(self.starts, first) - 1)
        found = [r[2] for r in self.ranges[k:bisect.bisect_right(self.starts, final)] if r[1] > first and r[0] <= final]
        return min(found) if found else None


def document_rows(source: Source, parsed: ParsedDocument, index: int, parent_id: Optional[str], pages: PageMap,
                  confidence: Optional[OcrConfidence] = None) -> dict:
    meta = parsed.meta
    doc_id = document_id(source.sha256, index)
    number = parse_doc_number(meta.doc_number) if meta.doc_number else None
    file_meta = source.meta or {}
    document = {
        "id": doc_id, "source_path": source.path, "source_sha256": source.sha256, "format": source.format,
        "parent_id": parent_id,
        "doc_number": meta.doc_number or (index == 0 and _normalised(file_meta.get("doc_number"))) or None,
        "issuer": meta.issuer or (file_meta.get("issuer") if index == 0 else None),
        "title": meta.title or (file_meta.get("title") if index == 0 else None),
        "signed_date": meta.signed_date or (file_meta.get("signed_date") if index == 0 else None),
        "printed_date": meta.printed_date,
        "recipients": json.dumps(meta.recipients, ensure_ascii=False),
        "cc": json.dumps(meta.cc, ensure_ascii=False),
        "admin_level": meta.admin_level, "region": meta.region, "text": parsed.text,
        "issuer_code": number.issuer_code if number else None,
        "year": number.year if number else None, "serial": number.serial if number else None,
        "printed_by": meta.printed_by, "attachments": json.dumps(meta.attachments, ensure_ascii=False),
        "contact": meta.contact, "source_offset": parsed.start, "measure_count": len(parsed.measures),
        "title_key": title_key(meta.title or file_meta.get("title") or ""),
        "meta": json.dumps(file_meta, ensure_ascii=False) if index == 0 and file_meta else None,
    }
    # (the shingles and the digest from one normalisation of the text)
    shingles, document["text_digest"] = shingles_and_digest(parsed.text, [(m.start, m.end) for m in parsed.measures],
                                                            meta.title or file_meta.get("title"))
    measure_ids = [f"{doc_id}-m{number:03d}" for number in range(1, len(parsed.measures) + 1)]
    own_texts = [_stripped_span(parsed.text, measure.text_start, measure.text_end) for measure in parsed.measures]
    in_bytes = byte_offsets(parsed.text, [offset for span in own_texts for offset in span])
    headings_at = [heading_bytes(parsed.text[start:end], measure.heading)
                   for (start, end), measure in zip(own_texts, parsed.measures)]
    measures = [
        {
            "id": measure_ids[i], "document_id": doc_id,
            "parent_id": measure_ids[measure.parent] if measure.parent is not None else None,
            "level": measure.level, "ordinal": measure.ordinal, "label": measure.label, "path": measure.path,
            "heading": measure.heading, "text": parsed.text[own_texts[i][0]:own_texts[i][1]],
            "start": measure.start, "end": measure.end, "page": pages.page(parsed.start + measure.start),
            "style": measure.style, "text_start": measure.text_start, "text_end": measure.text_end,
            # where the text is in documents.text, for the measures view (schema/measures.py)
            "text_byte_start": in_bytes[2 * i], "text_byte_end": in_bytes[2 * i + 1],
            "heading_byte_offset": headings_at[i][0], "heading_byte_length": headings_at[i][1],
        }
        for i, measure in enumerate(parsed.measures)
    ]

    # the document's own 文号 and title are never among its citations, wherever they are printed
    doc = analyse(parsed.text, document_year(meta, parsed.text), own_numbers=(document["doc_number"],) if document["doc_number"] else (),
                  own_titles=(document["title"],) if document["title"] else (),
                  own_dates=(document["signed_date"], document["printed_date"]))
    # when it is in force, as its text says; the status on the day of the build is the corpus step's
    # (pipeline.corpus.lifecycle), since a repeal may come in any later file
    document.update(document_lifecycle(items_of(doc, "lifecycle_statements")),
                    status="unknown", repealed_by=None)
    rows = {"documents": [document], "measures": measures, "units": {},
            "document_shingles": [{"document_id": doc_id, "hashes": shingles}]}
    aliases_of: dict[str, list[str]] = {}  # unit id -> its aliases, as the unit row holds them
    on_wrapper: dict[int, bool] = {}  # line start -> whether the line is site chrome or page information
    title_line = _title_line(parsed.text, parsed.body_start, document["title"])
    # a deadline in the title (综合管廊…进展信息一周一报, 到2020年中国将建设…) is one mention of it (CONVENTIONS.md C7), read where
    # the title line is the title alone: a copy glued into one line has its body's limits on that line too. A bare period
    # there (关于规范每周重要活动申报工作的通知) is part of the name of the work, as 每周重要活动安排 in a text is
    headline = title_line if title_line and _only_the_title(parsed.text[title_line[0]:title_line[1]], document["title"]) \
        else None if document["title"] else _news_headline_line(parsed.text, parsed.body_start)
    for kind in ITEM_KINDS:
        rows[kind] = []
        # the items of doc.spans[kind], each at its span's offsets (read from the items themselves:
        # span._.item costs two of spaCy's extension look-ups per span)
        # a target of the title is read on the line nearest the body that prints it, even where that line is a page's
        # information table (标  题: 关于印发…等5项规章制度的通知, ac04: the only copy of the title), once (C7)
        items = [item for item in items_of(doc, kind) if kind in KINDS_READ_AROUND_THE_BODY
                 or _amended_this_document(kind, item)
                 or (kind == "targets" and title_line is not None and title_line[0] <= item.start < title_line[1]
                     and item.start < parsed.body_start)
                 or (kind == "citations" and item.start >= parsed.body_start and _names_an_attached_file(parsed.text, item))
                 or (not _on_wrapper_line(parsed.text, item.start, on_wrapper)
                     and not _on_contents_line(parsed.text, item.start, parsed.contents_lines)
                     and (kind == "citations" or item.start >= parsed.body_start
                          or (kind == "deadlines" and headline is not None
                              and headline[0] <= item.start < headline[1] and not bare_period(item.text))))]
        # not in a news lead-in; a bare period in a title names the work's kind (关于规范每周重要活动申报工作的通知)
        offsets = [item.start for item in items]
        owners = (statement_measures(parsed.measures, parsed.text, offsets) if kind == "assignments"
                  else lowest_measures(parsed.measures, offsets))
        if kind == "assignments":  # a unit named twice in one measure, in the same role, is one assignment
            items, owners = _first_of_each_assignment(items, owners, parsed.text)
        # one subject named by two issuers is two documents (citation_title_keys)
        keys = citation_title_keys([(item.title, item.relation) for item in items]) if kind == "citations" else []
        for number_in_doc, (item, where) in enumerate(zip(items, owners)):
            row = _as_row(item)
            row.update(
                start=item.start, end=item.end,
                id=f"{doc_id}-{ID_PREFIX[kind]}{number_in_doc + 1}",
                measure_id=measures[where]["id"] if where is not None else None,
                document_id=doc_id,
                page=pages.page(parsed.start + item.start),
                ocr_confidence=confidence.lowest(parsed.start + item.start, parsed.start + item.end)
                if confidence else None,
            )
            if kind == "assignments":
                unit, aliases = _unit_row(item, meta.region)
                rows["units"][unit["id"]] = unit
                aliases_of[unit["id"]] = aliases
                row["unit_id"] = unit["id"]
                for key in ("name", "kind"):
                    row.pop(key)
            if kind == "citations":
                row["cited_document_id"] = None
                row["title_key"] = keys[number_in_doc]
            rows[kind].append(row)
    rows["unit_aliases"] = [{"alias": alias, "unit_id": unit_id}
                            for unit_id, aliases in aliases_of.items() for alias in aliases]
    return rows


def _stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of ``text`` without the whitespace at either end (what ``str.strip`` leaves)."""
    own = text[start:end]
    kept = own.strip()
    if not kept:
        return start, start
    lead = len(own) - len(own.lstrip())
    return start + lead, start + lead + len(kept)


def _first_of_each_assignment(items: list, owners: list, text: str) -> tuple[list, list]:
    """The assignments without the repeats of a (measure, unit, role) already assigned: a measure
    that names 市生态环境局 as its lead in two statements assigns it once. Outside every measure the
    line stands in for the measure: a measureless task table's rows (序号 … 牵头单位 参与单位, one row a
    line) each assign their units, as the rows of an XLSX 任务分工表 (a measure a row) do."""
    seen, kept_items, kept_owners = set(), [], []
    for item, owner in zip(items, owners):
        line = text.rfind("\n", 0, item.start) if owner is None else None
        key = (owner, line, item.name, item.role)
        if key not in seen:
            seen.add(key)
            kept_items.append(item)
            kept_owners.append(owner)
    return kept_items, kept_owners


def _amended_this_document(kind: str, item) -> bool:
    """An act that amended this document, named on its history note ((1998年…令第96号发布 根据2004年…
    令第172号修订), a line the wrapper filter takes for a title's note): part of the document's own
    record, kept wherever it is printed."""
    return kind == "citations" and item.acts_on == "citing"


# The most lines a title is printed over in a header (山东省人民政府 / 关于济南槐荫工业园区等11家 / 工业园区更名的通知).
MAX_TITLE_LINES = 4


def _title_line(text: str, body_start: int, title: Optional[str]) -> Optional[tuple[int, int]]:
    """The span of the header line nearest the body that prints the whole title (a headline's 96300亩, a
    notice's 47项民生实事 are targets of the document; a copy of the title in a page's information table
    is not read twice), else of the fewest lines nearest the body that print it (a title broken over lines,
    ab03's …等11家 / 工业园区更名的通知: CONVENTIONS.md C7)."""
    bare = re.sub(r"\s+", "", title or "")
    for lines in range(1, MAX_TITLE_LINES + 1):  # one line first; else a title printed over a few lines
        end = body_start
        while bare and end > 0:
            start = end
            for _ in range(lines):
                start = text.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
            if bare in re.sub(r"\s+", "", text[start:end]):
                return start, end
            end = text.rfind("\n", 0, end - 1) + 1
    return None


HEADLINE_SLACK = 12  # characters a title line may hold besides the title (a date, a site's name)


HEADLINE_READ_ON = 400  # characters after the body's start read to tell a headline (its news opening, its page lines)


def _news_headline_line(text: str, body_start: int) -> Optional[tuple[int, int]]:
    """The span of a page's headline over a notice it reports, where the notice has no title (住建部下發通知 綜合管廊
    規劃建設進展信息一周一報 over its news report): the limit it states is the notice's, one mention of it (C7), as a
    title line's is."""
    lines = split_lines(text[:body_start + HEADLINE_READ_ON])  # the page's own lines under it tell a headline
    headline = page_headline(lines)
    return next(((line.start, line.start + len(line.text)) for line in lines
                 if headline and line.start < body_start and line.text.strip() == headline), None)


def _only_the_title(lines: str, title: Optional[str]) -> bool:
    """Whether the title's lines hold little else than the title (a headline, not a copy glued into one line)."""
    return len(re.sub(r"\s+", "", lines)) <= len(re.sub(r"\s+", "", title or "")) + HEADLINE_SLACK


NEXT_LINE_CHARS = 80  # after a line, read for the next line that is not blank to tell a cut link's title from a title going on (is_cut_link_line)


def _on_wrapper_line(text: str, offset: int, known: dict[int, bool]) -> bool:
    """Whether ``offset`` is on a line of the page around the notice (a 概要 repeating its numbers, a
    关键词 line, an information table): what is found there is no item of the notice. ``known``
    keeps each line's answer."""
    start = text.rfind("\n", 0, offset) + 1
    if start not in known:
        end = text.find("\n", offset)
        end = end if end >= 0 else len(text)
        next_line = text[end:end + NEXT_LINE_CHARS].lstrip().split("\n", 1)[0]  # past blank lines
        known[start] = is_wrapper_line(text[start:end]) or is_cut_link_line(text[start:end], next_line)
    return known[start]


def _names_an_attached_file(text: str, citation) -> bool:
    """Whether ``citation`` is a 文号 alone that names an attached file (see ATTACHED_FILE_LINE): chrome to the wrapper
    test, in the notice's body or attachment list a document of its own. A title in a file's name (附件:关于印发《…》的通知.doc)
    stays the attachment's own name."""
    if citation.title or not citation.doc_number:
        return False
    start = text.rfind("\n", 0, citation.start) + 1
    end = text.find("\n", citation.start)
    found = ATTACHED_FILE_LINE.match(text[start:end if end >= 0 else len(text)].strip())
    return bool(found) and found.group("name") == text[citation.start:citation.end]


def _on_contents_line(text: str, offset: int, contents_lines: frozenset[int]) -> bool:
    """Whether ``offset`` is on a line of a table of contents (9.1 名词术语 is no target of 9.1 名): an entry names
    a part of the text, whose own statements are read where the part is printed."""
    return bool(contents_lines) and text.rfind("\n", 0, offset) + 1 in contents_lines


def _as_row(item) -> dict:
    """``dataclasses.asdict`` for the flat item dataclasses, without its recursive deep copy (a tenth
    of the time); a nested value falls back to ``asdict``."""
    row = {name: getattr(item, name) for name in _field_names(type(item))}
    if not all(type(value) in PLAIN_TYPES for value in row.values()):
        return asdict(item)
    return row


@lru_cache(maxsize=64)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _normalised(doc_number: Optional[str]) -> Optional[str]:
    parsed = parse_doc_number(doc_number) if doc_number else None
    return parsed.normalised if parsed else None


def _unit_row(item, document_region: Optional[str]) -> tuple[dict, list[str]]:
    """The unit row of an assignment, and its aliases (copies: the caller's own)."""
    unit, aliases = _unit_row_of(item.name, item.raw, item.kind, document_region)
    return dict(unit), list(aliases)


# The same units come back in notice after notice, and in measure after measure of one: their rows (the aliases
# sorted and written as JSON) made once per worker.
@lru_cache(maxsize=16384)
def _unit_row_of(name: str, raw: str, kind: Optional[str], document_region: Optional[str]) -> tuple[dict, tuple[str, ...]]:
    aliases = sorted(_aliases(name) | {raw})
    region = _region(name, document_region)
    return {
        "id": unit_id(name, region), "name": name, "kind": kind, "region": region,
        "aliases": json.dumps(aliases, ensure_ascii=False),
    }, tuple(aliases)


# The same units come back in notice after notice; their aliases (tried against every known
# abbreviation) and region are functions of the name alone: worked out once per worker.
@lru_cache(maxsize=16384)
def _aliases(name: str) -> frozenset[str]:
    return frozenset(unit_aliases(name))


@lru_cache(maxsize=16384)
def _region(name: str, document_region: Optional[str]) -> Optional[str]:
    return unit_region(name, document_region)


def process_source(source: Source, search_rows: bool = False) -> dict:
    """All rows for one read file: its documents (outer first) and their items; with
    ``search_rows``, also each document's full-text index rows (``rows["search"]``)."""
    normalised = normalise(source.text)
    pages = PageMap(source, normalised.origin)
    confidence = OcrConfidence(source, normalised.origin)
    parsed_documents = parse(normalised.text, normalised.title_headings, normalised.page_issuers)
    result = {"source": {"path": source.path, "sha256": source.sha256, "format": source.format}, "documents": []}
    outer_id = None
    for index, parsed in enumerate(parsed_documents):
        rows = document_rows(source, parsed, index, outer_id if index else None, pages, confidence)
        if search_rows:
            rows["search"] = index_rows(rows)
        if index == 0:
            outer_id = rows["documents"][0]["id"]
        result["documents"].append(rows)
    return result


def process_file(path: str) -> dict:
    return process_source(read_source(Path(path)), search_rows=True)
