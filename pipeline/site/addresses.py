"""A 文号 is an address: ``/-/notices/document/国开发〔2020〕3号`` opens the notice of that number.

The part after ``document/`` is a document's id or a 文号 written any way people write one: any
bracket (〔〕 [] () （） 【】), a serial with zeros or 第 (03号, 第3号), without 号, with spaces; it is
normalised by ``extractors.docnumbers`` (the 文号 of the database are stored normalised), so every
way of writing a number finds the same rows. Several documents may carry one 文号 (a notice and
its copy printed inside a forward): the page then lists them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Optional

from extractors.docnumbers import typed_doc_number


@dataclass
class Address:
    """What an address names: one document (``document_id``), several (``choices``: rows with id,
    doc_number, title, issuer, signed_date, parent_id) or none; ``doc_number`` as normalised."""

    document_id: Optional[str] = None
    doc_number: Optional[str] = None
    choices: list[dict] = field(default_factory=list)


def doc_number_key(text) -> Optional[str]:
    """A 文号 as the database stores it, or the text trimmed when it is not one (an id, a title): the
    SQL function ``notices_doc_number`` the canned queries compare with."""
    if text is None:
        return None
    return typed_doc_number(str(text)) or str(text).strip()


def resolve(conn: sqlite3.Connection, address: str) -> Address:
    """The document(s) ``address`` names: an id first, then a 文号; top-level documents before those
    printed inside others, then by date."""
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", [address]).fetchone():
        return Address(document_id=address)
    number = typed_doc_number(address)
    if not number:
        return Address()
    cursor = conn.execute(
        "SELECT id, doc_number, title, issuer, signed_date, parent_id FROM documents WHERE doc_number = ? "
        "ORDER BY parent_id IS NOT NULL, signed_date, id", [number])
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    if len(rows) == 1:
        return Address(document_id=rows[0]["id"], doc_number=number)
    return Address(doc_number=number, choices=rows)
