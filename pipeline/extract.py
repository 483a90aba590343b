"""``extract``: the structure and items of one text or file, as JSON-ready dicts (no database)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from extractors.docnumbers import parse_doc_number
from extractors.nlp import analyse

from pipeline.corpus.lifecycle import build_day, status_on
from pipeline.ingest.rows import process_source
from pipeline.read import Source, read_source

ITEM_TABLES = ("measures", "assignments", "deadlines", "targets", "citations", "lifecycle_statements")


def extract_text(text: str, path: str = "<stdin>") -> dict:
    """Every document in ``text`` with its fields, measure tree and extracted items."""
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_source(Source(path=path, format="txt", sha256=sha256, text=text, page_starts=[], meta={}))


def extract_file(path: str) -> dict:
    """As :func:`extract_text`, for a file of any kind ``build`` reads (by the same readers), with
    the reader that read it; raises :class:`pipeline.read.ReadError` when it cannot be read."""
    source = read_source(path)
    return {"reader": reader_name(source), **extract_source(source)}


def reader_name(source: Source) -> str:
    """The reader that gave ``source``: its format, and the conversion before it if there was one
    ("doc (LibreOffice → docx)")."""
    converted = source.meta.get("converted")
    return f"{source.format} ({converted})" if converted else source.format


def extract_source(source: Source) -> dict:
    result = process_source(source)
    documents = []
    for rows in result["documents"]:
        document = dict(rows["documents"][0])
        document.pop("text")
        # its status today as far as its own text tells (a build also knows the documents repealing it)
        document["status"] = status_on(build_day().isoformat(), document["effective_date"], document["expiry_date"],
                                       document["signed_date"] or document["printed_date"], None)
        for table in ITEM_TABLES:
            document[table] = rows[table]
        for assignment in document["assignments"]:
            assignment["name"] = rows["units"][assignment["unit_id"]]["name"]
        documents.append(document)
    return {"documents": documents}


LINE_ITEMS = ("assignments", "deadlines", "targets", "citations", "lifecycle_statements")


def extract_line(line: str) -> dict:
    """One short text (a 发文字号 cell, a task row, a sentence): the 文号 it is, if it is one, and every
    item the extractors find in it — units, deadlines, targets, citations, lifecycle statements — with
    their offsets."""
    parsed = parse_doc_number(line)
    doc = analyse(line, None)  # a span group lives only as long as its Doc: items are read here
    return {
        "text": line,
        "doc_number": asdict(parsed) if parsed else None,
        **{kind: [asdict(span._.item) for span in doc.spans[kind]] for kind in LINE_ITEMS},
    }
