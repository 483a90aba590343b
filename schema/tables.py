"""The SQLite schema: the contract of ``../shared/SCHEMA.md`` plus the project's own extensions.

Columns are data, so the contract can be read (and checked by a test) in one place. Contract
columns come first in each table; extensions follow them and are marked (an item's
``ocr_confidence`` is the lowest confidence of the OCR'd lines it stands on, NULL when it was read
from a text layer). The tables written by the corpus-wide steps are defined beside this module:
``schema.alignments``, ``schema.diffusion`` (higher notices and the lower ones that forward or
implement them), ``schema.graph`` and ``schema.search``; the citation relations are
``schema.relations``.
"""

from __future__ import annotations

import sqlite_utils

from schema.graph import create_graph_views
from schema.measures import create_measures_view
from schema.relations import RELATIONS

TABLES: dict[str, dict] = {
    "documents": {
        "columns": {
            "id": str, "source_path": str, "source_sha256": str, "format": str, "parent_id": str,
            "doc_number": str, "issuer": str, "title": str, "signed_date": str, "printed_date": str,
            "recipients": str, "cc": str, "admin_level": str, "region": str, "text": str,
            "effective_date": str, "effective_text": str, "expiry_date": str, "expiry_text": str,
            "status": str, "repealed_by": str,
            # extensions
            "issuer_code": str, "year": int, "serial": int, "printed_by": str, "attachments": str,
            "contact": str, "source_offset": int, "measure_count": int, "title_key": str, "meta": str,
            "text_digest": str,  # of the notice's body, for recognising copies (pipeline/corpus/copies.py)
        },
        "pk": "id",
        "foreign_keys": [("parent_id", "documents", "id"), ("repealed_by", "documents", "id")],
    },
    # The rows of the ``measures`` view (schema.measures): every column of a measure but its text,
    # which is where ``text_byte_start`` and ``text_byte_end`` say in ``documents.text``, and its
    # heading, ``heading_byte_offset`` bytes after the text's start (``heading``: one written by hand).
    "measure_rows": {
        "columns": {
            "id": str, "document_id": str, "parent_id": str, "level": int, "ordinal": int,
            "label": str, "path": str, "heading": str, "start": int, "end": int, "page": int,
            # extensions
            "style": str, "text_start": int, "text_end": int,
            "text_byte_start": int, "text_byte_end": int, "text_edited": str,
            "heading_byte_offset": int, "heading_byte_length": int,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("parent_id", "measure_rows", "id")],
    },
    "units": {
        "columns": {"id": str, "name": str, "kind": str, "region": str, "full_name": str, "aliases": str},
        "pk": "id",
    },
    "unit_aliases": {
        "columns": {"alias": str, "unit_id": str},
        "pk": ("alias", "unit_id"),
        "foreign_keys": [("unit_id", "units", "id")],
    },
    "assignments": {
        "columns": {
            "id": str, "measure_id": str, "unit_id": str, "role": str, "raw": str, "start": int,
            "end": int,
            # extensions
            "document_id": str, "page": int, "ocr_confidence": float,
        },
        "pk": "id",
        "foreign_keys": [("measure_id", "measure_rows", "id"), ("unit_id", "units", "id"),
                         ("document_id", "documents", "id")],
    },
    "deadlines": {
        "columns": {
            "id": str, "document_id": str, "measure_id": str, "text": str, "kind": str, "date": str,
            "rule": str, "start": int, "end": int,
            # extensions
            "page": int, "ocr_confidence": float,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("measure_id", "measure_rows", "id")],
    },
    "targets": {
        "columns": {
            "id": str, "document_id": str, "measure_id": str, "text": str, "value": float,
            "unit": str, "comparator": str, "subject": str, "start": int, "end": int,
            # extensions
            "scope": str, "page": int, "ocr_confidence": float,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("measure_id", "measure_rows", "id")],
    },
    "citations": {
        "columns": {
            "id": str, "document_id": str, "measure_id": str, "text": str, "doc_number": str,
            "title": str, "relation": str, "cited_document_id": str, "start": int, "end": int,
            # extensions
            "issuer_code": str, "year": int, "serial": int, "page": int, "title_key": str,
            "ocr_confidence": float, "acts_on": str, "takes_effect": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("measure_id", "measure_rows", "id"),
                         ("cited_document_id", "documents", "id")],
    },
    # extension: where a document says when it takes effect or expires (extractors/lifecycle.py), the
    # provenance of documents.effective_* and expiry_*: kind effective or expiry, the date it gives
    # (resolved against the document's own dates), what a relative one counts from and how long
    "lifecycle_statements": {
        "columns": {
            "id": str, "document_id": str, "measure_id": str, "text": str, "kind": str, "date": str,
            "anchor": str, "period": str, "start": int, "end": int, "page": int, "ocr_confidence": float,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("measure_id", "measure_rows", "id")],
    },
    "ingest_errors": {
        "columns": {"path": str, "error": str, "at": str},
        "pk": "path",
    },
    # extension: each document's text shingles, for finding the documents that copy others
    # (pipeline/corpus/shingles.py); written with the document, read by the corpus-wide alignment step
    "document_shingles": {
        "columns": {"document_id": str, "hashes": bytes},
        "pk": "document_id",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    # The other files that carry a notice of ``documents`` (pipeline/corpus/copies.py): one row per
    # copy. ``id`` is the document id the copy would have (its own file's), ``parent_id`` the
    # document of ``documents`` it is printed inside, ``printed_in`` the id its own file gives that
    # (a would-be id too); its header as its file gives it; ``rows`` all its rows (documents,
    # measures, items …, zlib-compressed JSON), put back into the tables when it becomes the
    # canonical document (the canonical's file deleted or changed).
    "document_copies": {
        "columns": {
            "document_id": str, "source_path": str, "source_sha256": str, "format": str, "parent_id": str,
            "recognised_by": str,
            # extensions
            "id": str, "printed_in": str, "source_offset": int, "doc_number": str, "issuer": str,
            "title": str, "title_key": str, "signed_date": str, "text_digest": str, "measure_count": int,
            "read_by_ocr": int, "rows": bytes,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("parent_id", "documents", "id")],
    },
    # extension: one row per input file, for incremental builds
    "sources": {
        "columns": {"path": str, "sha256": str, "format": str, "documents": int, "ingested_at": str},
        "pk": "path",
    },
}

# Tables whose rows belong to one document; deleting a document deletes these rows first.
DOCUMENT_CHILD_TABLES = ("assignments", "deadlines", "targets", "citations", "lifecycle_statements", "measure_rows",
                         "document_shingles")

INDEXES = [
    ("documents", ["source_path"]), ("documents", ["source_sha256"]),
    ("documents", ["parent_id"]), ("measure_rows", ["document_id"]), ("assignments", ["measure_id"]),
    ("assignments", ["unit_id"]), ("assignments", ["document_id"]), ("deadlines", ["document_id"]),
    ("deadlines", ["date"]), ("targets", ["document_id"]), ("citations", ["document_id"]),
    ("citations", ["doc_number"]), ("citations", ["cited_document_id"]),
    ("citations", ["title_key"]), ("unit_aliases", ["alias"]), ("lifecycle_statements", ["document_id"]),
    ("documents", ["status"]), ("documents", ["repealed_by"]),
    ("documents", ["text_digest"]), ("document_copies", ["document_id"]),
    ("document_copies", ["source_path"]), ("document_copies", ["doc_number"]), ("document_copies", ["text_digest"]),
    ("sources", ["sha256"]),  # a file moved or copied: its bytes stored under another path
    # a measure's deadlines and targets (the document page counts them for each of its measures:
    # without these, every count read the whole table, a second for a law of a thousand articles)
    ("deadlines", ["measure_id"]), ("targets", ["measure_id"]),
    # the copies printed inside a document (pipeline.corpus.align.pairs asks for every citing
    # document; without it each question reads every copy's stored rows)
    ("document_copies", ["parent_id", "document_id"]),
    # the documents of an administrative level, read from the index alone (the ranked documents of
    # pipeline.corpus.align.pairs.reuse_pairs)
    ("documents", ["admin_level", "id"]),
]


# Citations resolve to the first document with the number (or title) in this order, outer documents
# first (pipeline/corpus/resolve.py): in index order, so that a number carried by thousands of forwarded
# copies is found without sorting them for every citation.
EXPRESSION_INDEXES = {
    "idx_documents_resolve_number": "documents (doc_number, parent_id IS NOT NULL, id)",
    "idx_documents_resolve_title": "documents (title_key, parent_id IS NOT NULL, id)",
}


def _document_links_sql() -> str:
    """One row per (citing document, cited document): every mention summed up by the strongest
    relation (a notice that forwards a document and also names it in its 附件 line forwards it)."""
    rank = " ".join(f"WHEN '{relation}' THEN {i}" for i, relation in enumerate(RELATIONS))
    name = " ".join(f"WHEN {i} THEN '{relation}'" for i, relation in enumerate(RELATIONS))
    return f"""
SELECT document_id AS citing_document_id, cited_document_id, max(doc_number) AS doc_number,
       max(title) AS title, CASE min(CASE relation {rank} END) {name} END AS relation, count(*) AS mentions
FROM citations
GROUP BY document_id, coalesce(cited_document_id, doc_number, title_key, text)"""


VIEWS = {"document_links": _document_links_sql()}


#: Tables whose indexes serve queries only (the build never looks rows of them up by those columns
#: while it writes files into an empty database): a build into an empty database makes them after
#: its files (:func:`drop_query_indexes`), in one pass each, a fifth of the cost of keeping them up
#: to date row by row.
QUERY_INDEX_TABLES = ("measure_rows", "assignments", "deadlines", "targets", "citations", "unit_aliases",
                      "lifecycle_statements")


def drop_query_indexes(db: sqlite_utils.Database) -> None:
    """Drop the indexes of :data:`QUERY_INDEX_TABLES` (not their keys); :func:`create_tables`
    makes them again."""
    marks = ", ".join("?" for _ in QUERY_INDEX_TABLES)
    names = [name for (name,) in db.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        QUERY_INDEX_TABLES)]
    with db.conn:
        for name in names:
            db.execute(f'DROP INDEX "{name}"')


def create_tables(db: sqlite_utils.Database) -> None:
    """Create every table and index that does not exist yet (an existing database is kept; a
    column added to a table since it was made is added to it, empty)."""
    for name, spec in TABLES.items():
        db[name].create(
            spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"), if_not_exists=True
        )
        have = set(db[name].columns_dict)
        for column, kind in spec["columns"].items():
            if column not in have:
                db[name].add_column(column, kind)
    for table, columns in INDEXES:
        db[table].create_index(columns, if_not_exists=True)
    for name, spec in EXPRESSION_INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {spec}")
    with db.conn:
        create_measures_view(db.conn)
    create_graph_views(db.conn)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
