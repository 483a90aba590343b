"""What the home page and the table pages ask the database: the tasks a person comes for (an
office's measures and deadlines, search, a local notice against the one it implements, notices by
issuer and year) and a measure's units and deadlines beside it in the measures table.

Every query runs through Datasette (its time limit applies); one that fails or runs out of time
leaves its part of the page out rather than the page.
"""

from __future__ import annotations

import json
from typing import Optional

SYSTEM_DATABASES = {"_internal", "_memory"}
ISSUERS_SHOWN = 40  # the most prolific issuers, with their years
UNITS_OFFERED = 3000  # names offered as the office box is typed in (a <datalist>)
PAIRS_SHOWN = 50

# A notice's year: its signing date's, else its 文号's (many copies print no date); ``by`` says
# which, so that the year's link filters on that column.
ISSUER_YEARS_SQL = """SELECT issuer, max(admin_level) AS admin_level, max(region) AS region, year, by,
  count(*) AS documents
FROM (SELECT issuer, admin_level, region,
        CASE WHEN signed_date != '' THEN substr(signed_date, 1, 4) ELSE CAST(year AS TEXT) END AS year,
        CASE WHEN signed_date != '' THEN 'signed_date' WHEN year IS NOT NULL THEN 'year' END AS by
      FROM documents WHERE issuer IN (
        SELECT issuer FROM documents WHERE issuer IS NOT NULL AND issuer != ''
        GROUP BY issuer ORDER BY count(*) DESC, issuer LIMIT :shown))
GROUP BY issuer, year, by ORDER BY issuer, year"""
# Every year (by signing date, else by 文号), newest first.
YEARS_SQL = """SELECT year, by, count(*) AS documents FROM (
  SELECT CASE WHEN signed_date != '' THEN substr(signed_date, 1, 4) ELSE CAST(year AS TEXT) END AS year,
         CASE WHEN signed_date != '' THEN 'signed_date' WHEN year IS NOT NULL THEN 'year' END AS by
  FROM documents) WHERE year IS NOT NULL GROUP BY year, by ORDER BY year DESC, by"""
ISSUER_ORDER_SQL = """SELECT issuer, count(*) AS documents FROM documents
WHERE issuer IS NOT NULL AND issuer != '' GROUP BY issuer ORDER BY documents DESC, issuer LIMIT :shown"""
UNITS_SQL = "SELECT id, name, region FROM units ORDER BY name, region LIMIT :shown"
# The tables a reader opens, in this order, on the home page (the others are on the database page).
MAIN_TABLES = ("documents", "measures", "units", "assignments", "deadlines", "targets", "citations", "alignments")
TABLES_SQL = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
PAIRS_SQL = """SELECT p.local_document_id, p.national_document_id, p.pairs,
  ld.doc_number AS local_number, ld.title AS local_title, ld.issuer AS local_issuer,
  nd.doc_number AS national_number, nd.title AS national_title
FROM (SELECT local_document_id, national_document_id, count(*) AS pairs FROM alignments
      WHERE national_measure_id IS NOT NULL GROUP BY local_document_id, national_document_id) p
JOIN documents ld ON ld.id = p.local_document_id JOIN documents nd ON nd.id = p.national_document_id
ORDER BY ld.signed_date DESC, ld.id LIMIT :shown"""
COUNTS_SQL = """SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM measures) AS measures,
  (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM deadlines WHERE date IS NOT NULL) AS dated_deadlines"""
MEASURE_UNITS_SQL = """SELECT a.measure_id, a.role, a.unit_id, coalesce(u.name, a.unit_id) AS name, u.region
FROM assignments a LEFT JOIN units u ON u.id = a.unit_id
WHERE a.measure_id IN (SELECT value FROM json_each(:ids)) ORDER BY a.measure_id, a.start"""
MEASURE_DEADLINES_SQL = """SELECT measure_id, text, kind, date FROM deadlines
WHERE measure_id IN (SELECT value FROM json_each(:ids)) ORDER BY measure_id, start"""


async def notices_database(datasette, request=None):
    """The database of notices a page shows: ``?db=`` or the first served that has documents; None
    when none does. With a request, the reader must be allowed to see its documents (Datasette's
    permissions: a Forbidden error otherwise)."""
    wanted = request.args.get("db") if request is not None else None
    for name in ([wanted] if wanted else list(datasette.databases)):
        if name in SYSTEM_DATABASES or name not in datasette.databases:
            continue
        db = datasette.get_database(name)
        if await db.table_exists("documents"):
            if request is not None:
                await datasette.ensure_permissions(request.actor, [
                    ("view-table", (name, "documents")), ("view-database", name), "view-instance"])
            return db
    return None


async def _rows(db, sql: str, params: dict) -> Optional[list[dict]]:
    try:
        result = await db.execute(sql, params)
    except Exception:  # a table missing from an older database, or the time limit: leave the part out
        return None
    return [dict(row) for row in result.rows]


def issuers_by_year(rows: list[dict], order: list[str]) -> list[dict]:
    """One entry per issuer, in ``order``: its level, region, total and ``years`` (year, by: the
    column it was read from, documents)."""
    issuers: dict[str, dict] = {name: {"issuer": name, "years": [], "documents": 0} for name in order}
    for row in rows:
        entry = issuers.get(row["issuer"])
        if entry is None:
            continue
        entry.update(admin_level=row["admin_level"], region=row["region"])
        entry["years"].append({"year": row["year"], "by": row["by"], "documents": row["documents"]})
        entry["documents"] += row["documents"]
    return [entry for entry in issuers.values() if entry["documents"]]


async def tasks(datasette) -> Optional[dict]:
    """What the home page's tasks need from the first database of notices; None when none is served."""
    db = await notices_database(datasette)
    if db is None:
        return None
    counts = await _rows(db, COUNTS_SQL, {})
    order = await _rows(db, ISSUER_ORDER_SQL, {"shown": ISSUERS_SHOWN}) or []
    issuer_years = await _rows(db, ISSUER_YEARS_SQL, {"shown": ISSUERS_SHOWN}) or []
    return {
        "database": db.name,
        "counts": counts[0] if counts else {},
        "issuers": issuers_by_year(issuer_years, [row["issuer"] for row in order]),
        "years": await _rows(db, YEARS_SQL, {}) or [],
        "units": await _rows(db, UNITS_SQL, {"shown": UNITS_OFFERED}) or [],
        "pairs": await _rows(db, PAIRS_SQL, {"shown": PAIRS_SHOWN}) or [],
        "tables": [name for name in MAIN_TABLES if name in {row["name"] for row in await _rows(db, TABLES_SQL, {}) or []}],
    }


async def measure_items(db, measure_ids: list[str]) -> dict[str, dict]:
    """measure id -> its ``units`` (rows: role, unit_id, name, region) and ``deadlines`` (rows:
    text, kind, date), as written in the measure itself."""
    ids = json.dumps(measure_ids, ensure_ascii=False)
    items: dict[str, dict] = {measure_id: {"units": [], "deadlines": []} for measure_id in measure_ids}
    for row in await _rows(db, MEASURE_UNITS_SQL, {"ids": ids}) or []:
        items[row["measure_id"]]["units"].append(row)
    for row in await _rows(db, MEASURE_DEADLINES_SQL, {"ids": ids}) or []:
        items[row["measure_id"]]["deadlines"].append(row)
    return items
