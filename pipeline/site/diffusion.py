"""The diffusion of a higher-level notice, as the dashboard draws it: the lower-level notices that
forward or implement it, where, at which level, how many days later, and how much of it they carry.

Which notices, by which relation and with what coverage come from the ``diffusion`` table when the
database has one (written by the alignment step, ``schema.diffusion``), else from ``citations``
and ``alignments`` directly (:func:`_pairs_from_tables`, for a database built before that table
existed): :func:`_pairs` is the one place that chooses. Either way the page then leaves out a mere mention that carries nothing
(a ``cites`` or ``reuses`` pair none of whose measures was matched), and dates each notice by
its signed date, else its printed date (印发日期: many copies print no 成文日期), the lag in days
counted between those.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Optional

from pipeline.ingest.database import in_chunks
from schema.relations import relation_rank

#: Relations that make a notice part of another's diffusion whatever its coverage: it forwards it,
#: implements it or acts on its basis. A mention (cites) or copied text (reuses) counts when
#: some of the notice's measures were matched.
CARRYING_RELATIONS = ("forwards", "implements", "basis")
#: Citations read when there is no ``diffusion`` table (issuing one's own attachment, repealing and
#: amending are not diffusion).
CITED_RELATIONS = CARRYING_RELATIONS + ("cites",)
#: Pairs found by copied text rather than a citation (the alignment step's relation).
REUSES = "reuses"
LEVEL_RANK = {"national": 5, "provincial": 4, "municipal": 3, "county": 2, "township": 1}
#: The columns of the ``diffusion`` table (``schema.diffusion``) this module reads.
DIFFUSION_TABLE_COLUMNS = {"higher_document_id", "lower_document_id", "relation", "coverage"}


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def has_diffusion_table(conn: sqlite3.Connection) -> bool:
    """Whether the database has the ``diffusion`` table (or a view of that name) with the columns
    read here."""
    if "diffusion" not in _tables(conn):
        return False
    return DIFFUSION_TABLE_COLUMNS <= {row[1] for row in conn.execute('PRAGMA table_info("diffusion")')}


def _strongest(relations) -> str:
    return min(relations, key=lambda relation: (relation_rank(relation), relation))


def _carries(relation: str, coverage: Optional[float]) -> bool:
    return relation in CARRYING_RELATIONS or bool(coverage)


# --- which notices: the diffusion table, or the tables it is made from ------------------------------------------------------


def _coverage_by_local(conn: sqlite3.Connection, notice_id: str) -> dict[str, float]:
    """Share of the notice's measures each aligned notice covers, from the stored alignments: a
    measure is covered when a local measure is matched with it (or lists it under ``also``), and a
    section when one of its items is (the rule of ``lookup.coverage``)."""
    parents = dict(conn.execute("SELECT id, parent_id FROM measures WHERE document_id = ?", [notice_id]))
    if not parents:
        return {}
    covered: dict[str, set] = {}
    for local_id, measure_id, also in conn.execute(
            "SELECT local_document_id, national_measure_id, also FROM alignments WHERE national_document_id = ?",
            [notice_id]):
        found = covered.setdefault(local_id, set())
        for mid in [measure_id] + (json.loads(also) if also else []):
            while mid in parents and mid not in found:  # the measure and the sections it sits in
                found.add(mid)
                mid = parents[mid]
    return {local_id: round(len(ids) / len(parents), 3) for local_id, ids in covered.items()}


def _pairs_from_tables(conn: sqlite3.Connection, notice_id: str) -> dict[str, tuple[str, Optional[float]]]:
    relations: dict[str, set] = {}
    marks = ", ".join("?" for _ in CITED_RELATIONS)
    for document_id, relation in conn.execute(
            f"SELECT document_id, relation FROM citations WHERE cited_document_id = ? AND relation IN ({marks})",
            [notice_id, *CITED_RELATIONS]):
        relations.setdefault(document_id, set()).add(relation)
    coverage = {}
    if "alignments" in _tables(conn):
        for document_id, relation in conn.execute(
                "SELECT DISTINCT local_document_id, relation FROM alignments WHERE national_document_id = ?",
                [notice_id]):
            relations.setdefault(document_id, set()).add(relation or REUSES)
        coverage = _coverage_by_local(conn, notice_id)
    return {document_id: (_strongest(found), coverage.get(document_id)) for document_id, found in relations.items()}


def _pairs_from_diffusion(conn: sqlite3.Connection, notice_id: str) -> dict[str, tuple[str, Optional[float]]]:
    return {lower: (relation, coverage) for lower, relation, coverage in conn.execute(
        "SELECT lower_document_id, relation, coverage FROM diffusion WHERE higher_document_id = ?", [notice_id])}


def _pairs(conn: sqlite3.Connection, notice_id: str) -> dict[str, tuple[str, Optional[float]]]:
    """{lower notice id: (relation, coverage)} for every notice linked below ``notice_id``."""
    pairs = _pairs_from_diffusion(conn, notice_id) if has_diffusion_table(conn) else _pairs_from_tables(conn, notice_id)
    pairs.pop(notice_id, None)
    return pairs


# --- the rows the dashboard shows ----------------------------------------------------------------


def _documents(conn: sqlite3.Connection, document_ids: list[str], since: Optional[str]) -> list[dict]:
    """The documents' fields a diffusion row shows, with ``lag_days`` after the date ``since``."""
    found = []
    for ids, marks in in_chunks(document_ids):
        found += _rows(conn, f"""
            SELECT id AS document_id, doc_number, title, issuer, region, coalesce(admin_level, 'unknown') AS level,
                   parent_id, coalesce(signed_date, printed_date) AS date,
                   CAST(julianday(coalesce(signed_date, printed_date)) - julianday(?) AS INTEGER) AS lag_days
            FROM documents WHERE id IN ({marks})""", [since, *ids])
    return found


def notice_row(conn: sqlite3.Connection, notice_id: str) -> Optional[dict]:
    """The header fields of a notice whose diffusion is drawn, with its ``date`` (signed, else printed)."""
    found = _rows(conn, "SELECT id, doc_number, title, issuer, admin_level, region, "
                        "coalesce(signed_date, printed_date) AS date FROM documents WHERE id = ?", [notice_id])
    return found[0] if found else None


def diffusion_rows(conn: sqlite3.Connection, notice_id: str) -> list[dict]:
    """One row per notice that carries ``notice_id`` down: ``document_id``, ``doc_number``,
    ``title``, ``issuer``, ``region``, ``place`` (the region, else the issuer), ``level``,
    ``relation``, ``date`` (signed, else printed), ``lag_days`` (None when either notice is
    undated), ``coverage`` (share of its measures carried; None when not aligned). Never a document
    printed inside the notice, nor one of a higher level. By lag, the undated last."""
    notice = notice_row(conn, notice_id)
    if notice is None:
        return []
    pairs = {document_id: pair for document_id, pair in _pairs(conn, notice_id).items() if _carries(*pair)}
    rank = LEVEL_RANK.get(notice["admin_level"])
    rows = []
    for row in _documents(conn, list(pairs), notice["date"]):
        if row.pop("parent_id") == notice_id:
            continue
        if rank and LEVEL_RANK.get(row["level"], 0) > rank:  # a higher level does not carry it down
            continue
        row["relation"], row["coverage"] = pairs[row["document_id"]]
        row["place"] = row["region"] or row["issuer"] or row["document_id"]
        rows.append(row)
    rows.sort(key=lambda row: (row["lag_days"] is None, row["lag_days"] or 0, row["place"], row["document_id"]))
    return rows


def has_followers(conn: sqlite3.Connection, notice_id: str) -> bool:
    """Whether some notice forwards, implements or acts on the basis of ``notice_id``, or had
    measures matched with its measures: a cheap test (two index look-ups) for a link to its
    diffusion, where :func:`diffusion_rows` would read every pair."""
    carrying = ", ".join("?" for _ in CARRYING_RELATIONS)
    if conn.execute(f"SELECT 1 FROM citations WHERE cited_document_id = ? AND document_id != ? "
                    f"AND relation IN ({carrying}) LIMIT 1", [notice_id, notice_id, *CARRYING_RELATIONS]).fetchone():
        return True
    return "alignments" in _tables(conn) and conn.execute(
        "SELECT 1 FROM alignments WHERE national_document_id = ? AND national_measure_id IS NOT NULL LIMIT 1",
        [notice_id]).fetchone() is not None


def diffusion_notices(conn: sqlite3.Connection, limit: int = 200) -> list[dict]:
    """The notices whose diffusion can be drawn, most followed first: each with ``followers``, the
    notices that forward or implement it (as :func:`diffusion_rows` counts them, before the level
    and enclosure checks)."""
    carrying = ", ".join(f"'{relation}'" for relation in CARRYING_RELATIONS)
    if has_diffusion_table(conn):
        links = (f"SELECT higher_document_id AS id, lower_document_id AS follower FROM diffusion "
                 f"WHERE relation IN ({carrying}) OR coverage > 0")
    else:
        links = (f"SELECT cited_document_id AS id, document_id AS follower FROM citations "
                 f"WHERE cited_document_id IS NOT NULL AND relation IN ({carrying})")
        if "alignments" in _tables(conn):
            links += (" UNION SELECT national_document_id, local_document_id FROM alignments "
                      "WHERE national_measure_id IS NOT NULL")
    return _rows(conn, f"""
        SELECT f.id, d.doc_number, d.title, d.issuer, d.admin_level, COUNT(DISTINCT f.follower) AS followers
        FROM ({links}) f JOIN documents d ON d.id = f.id
        WHERE f.follower != f.id
        GROUP BY f.id ORDER BY followers DESC, coalesce(d.admin_level = 'national', 0) DESC, f.id LIMIT ?""",
                 [limit])
