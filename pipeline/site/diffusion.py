"""The diffusion of a higher-level notice, as the dashboard draws it: the lower-level notices that
forward or implement it, where, at which level, how many days later, and how much of it they carry.

Which notices, by which relation and with what coverage: the ``diffusion`` table the alignment step
writes after every build (``schema.diffusion``). The page leaves out a mere mention or copy that
carries nothing (a ``cites`` or ``reuses`` pair none of whose measures was matched), and dates
each notice by its signed date, else its printed date (印发日期: many copies print no 成文日期),
and shows the table's ``lag_days`` (signed dates compared when both have one, else printed).

A database built before the table existed has none: the dashboard then says to rebuild it.
"""

from __future__ import annotations

import sqlite3
from typing import Optional

from pipeline.ingest.database import in_chunks
from pipeline.site.sql import dict_rows

#: Relations that make a notice part of another's diffusion whatever its coverage: it forwards it,
#: implements it or acts on its basis. A mention (cites) or copied text (reuses) counts when
#: some of the notice's measures were matched.
CARRYING_RELATIONS = ("forwards", "implements", "basis")
#: The columns of the ``diffusion`` table (``schema.diffusion``) this module reads.
DIFFUSION_TABLE_COLUMNS = {"higher_document_id", "lower_document_id", "relation", "coverage", "lag_days"}
#: The pairs :func:`diffusion_rows` shows, as SQL over the ``diffusion`` table.
CARRIES = f"(relation IN ({', '.join(repr(r) for r in CARRYING_RELATIONS)}) OR coverage > 0)"


def has_diffusion_table(conn: sqlite3.Connection) -> bool:
    """Whether the database has the ``diffusion`` table with the columns read here."""
    return DIFFUSION_TABLE_COLUMNS <= {row[1] for row in conn.execute('PRAGMA table_info("diffusion")')}


def _documents(conn: sqlite3.Connection, document_ids: list[str]) -> list[dict]:
    """The documents' fields a diffusion row shows."""
    found = []
    for ids, marks in in_chunks(document_ids):
        found += dict_rows(conn, f"""
            SELECT id AS document_id, doc_number, title, issuer, region, coalesce(admin_level, 'unknown') AS level,
                   coalesce(signed_date, printed_date) AS date
            FROM documents WHERE id IN ({marks})""", ids)
    return found


def notice_row(conn: sqlite3.Connection, notice_id: str) -> Optional[dict]:
    """The header fields of a notice whose diffusion is drawn, with its ``date`` (signed, else printed)."""
    found = dict_rows(conn, "SELECT id, doc_number, title, issuer, admin_level, region, "
                        "coalesce(signed_date, printed_date) AS date FROM documents WHERE id = ?", [notice_id])
    return found[0] if found else None


def diffusion_rows(conn: sqlite3.Connection, notice_id: str) -> list[dict]:
    """One row per notice that carries ``notice_id`` down: ``document_id``, ``doc_number``,
    ``title``, ``issuer``, ``region``, ``place`` (the region, else the issuer), ``level``,
    ``relation``, ``date`` (signed, else printed), ``lag_days`` (None when either notice is
    undated), ``coverage`` (share of its measures carried). By lag, the undated last."""
    notice = notice_row(conn, notice_id)
    if notice is None or not has_diffusion_table(conn):
        return []
    pairs = {lower: (relation, coverage, lag_days) for lower, relation, coverage, lag_days in conn.execute(
        f"SELECT lower_document_id, relation, coverage, lag_days FROM diffusion "
        f"WHERE higher_document_id = ? AND {CARRIES}", [notice_id])}
    pairs.pop(notice_id, None)
    rows = []
    for row in _documents(conn, list(pairs)):
        row["relation"], row["coverage"], row["lag_days"] = pairs[row["document_id"]]
        row["place"] = row["region"] or row["issuer"] or row["document_id"]
        rows.append(row)
    rows.sort(key=lambda row: (row["lag_days"] is None, row["lag_days"] or 0, row["place"], row["document_id"]))
    return rows


def has_followers(conn: sqlite3.Connection, notice_id: str) -> bool:
    """Whether some notice carries ``notice_id`` down (one index look-up: the document page asks)."""
    return has_diffusion_table(conn) and conn.execute(
        f"SELECT 1 FROM diffusion WHERE higher_document_id = ? AND lower_document_id != ? AND {CARRIES} LIMIT 1",
        [notice_id, notice_id]).fetchone() is not None


def diffusion_notices(conn: sqlite3.Connection, limit: int = 200) -> list[dict]:
    """The notices whose diffusion can be drawn, most followed first, each with ``followers``: the
    notices that carry it down (as :func:`diffusion_rows` counts them)."""
    if not has_diffusion_table(conn):
        return []
    return dict_rows(conn, f"""
        SELECT f.higher_document_id AS id, d.doc_number, d.title, d.issuer, d.admin_level,
               COUNT(DISTINCT f.lower_document_id) AS followers
        FROM diffusion f JOIN documents d ON d.id = f.higher_document_id
        WHERE f.lower_document_id != f.higher_document_id AND {CARRIES}
        GROUP BY f.higher_document_id
        ORDER BY followers DESC, coalesce(d.admin_level = 'national', 0) DESC, f.higher_document_id LIMIT ?""",
                 [limit])
