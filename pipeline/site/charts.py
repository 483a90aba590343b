"""The dashboard's data and its charts: what each picture counts, read from the database, and the
Vega-Lite specification that draws it (the library is served with the site: ``static/``).

* deadlines per month (dated deadlines, by the issuing notice's level);
* measures per office (the units with most measures assigned, by role);
* notices per issuer and year (the year signed, else printed);
* the diffusion of a higher-level notice: the lower-level notices that forward or implement it,
  where and how many days later, and how much of it they cover.

Each ``*_rows`` function takes a sqlite3 connection and returns plain rows; each ``*_spec``
function takes rows and returns a Vega-Lite spec with the rows inline (no request to make).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Optional

from pipeline.ingest.database import in_chunks
from schema.relations import strongest_relation

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # an identifier: never fetched
#: The most bars a ranking chart draws (the rest are in the tables).
TOP = 25
UNDATED = "不详"
LEVELS = ("national", "provincial", "municipal", "county", "township", "unknown")
LEVEL_RANK = {level: rank for rank, level in enumerate(reversed(LEVELS[:-1]), start=1)}  # national 5 … township 1
#: Citations that make the citing notice part of a notice's diffusion: it forwards or implements
#: it, or acts on its basis (a plain mention is not enough; nor issuing it as one's own attachment).
DIFFUSION_RELATIONS = ("forwards", "implements", "basis")
#: The height of one bar (or row of dots) in pixels.
BAND = 22
#: The diffusion chart's least height: room for its legends when few places are drawn.
MIN_DIFFUSION_HEIGHT = 220
#: The chart font: the CJK font the site's pages use.
FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, sans-serif"


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


# --- what each chart counts --------------------------------------------------------------------


def deadlines_per_month_rows(conn: sqlite3.Connection) -> list[dict]:
    """Dated deadlines (kind ``deadline``) per month and level of the notice that sets them."""
    return _rows(conn, """
        SELECT substr(dl.date, 1, 7) AS month, coalesce(d.admin_level, 'unknown') AS level, COUNT(*) AS deadlines
        FROM deadlines dl JOIN documents d ON d.id = dl.document_id
        WHERE dl.kind = 'deadline' AND dl.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
        GROUP BY month, level ORDER BY month, level""")


def measures_per_office_rows(conn: sqlite3.Connection, top: int = TOP) -> list[dict]:
    """The ``top`` units with the most measures assigned, one row per unit and role."""
    return _rows(conn, """
        WITH counted AS (
            SELECT a.unit_id, coalesce(a.role, 'responsible') AS role, COUNT(DISTINCT a.measure_id) AS measures
            FROM assignments a GROUP BY a.unit_id, role),
        ranked AS (
            SELECT unit_id, SUM(measures) AS total FROM counted GROUP BY unit_id
            ORDER BY total DESC, unit_id LIMIT ?)
        SELECT c.unit_id, coalesce(u.name, c.unit_id) AS unit, u.region, c.role, c.measures, r.total
        FROM counted c JOIN ranked r ON r.unit_id = c.unit_id LEFT JOIN units u ON u.id = c.unit_id
        ORDER BY r.total DESC, c.unit_id, c.role""", [top])


def notices_per_issuer_year_rows(conn: sqlite3.Connection, top: int = TOP) -> list[dict]:
    """Notices per issuer (the ``top`` issuers with most) and year signed, else printed."""
    return _rows(conn, f"""
        WITH dated AS (
            SELECT coalesce(issuer, '{UNDATED}') AS issuer,
                   coalesce(substr(coalesce(signed_date, printed_date), 1, 4), '{UNDATED}') AS year
            FROM documents),
        ranked AS (SELECT issuer, COUNT(*) AS total FROM dated GROUP BY issuer ORDER BY total DESC, issuer LIMIT ?)
        SELECT d.issuer, d.year, COUNT(*) AS notices, r.total
        FROM dated d JOIN ranked r ON r.issuer = d.issuer
        GROUP BY d.issuer, d.year ORDER BY r.total DESC, d.issuer, d.year""", [top])


# --- diffusion ---------------------------------------------------------------------------------


def _coverage_by_local(conn: sqlite3.Connection, notice_id: str) -> dict[str, float]:
    """Share of the notice's measures each aligned local notice covers, from the stored alignments:
    a national measure is covered when a local measure is matched with it (or lists it under
    ``also``), and a section when one of its items is (the rule of ``lookup.coverage``)."""
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


def diffusion_rows(conn: sqlite3.Connection, notice_id: str) -> list[dict]:
    """The notices that carry ``notice_id`` downwards: one row per lower-level (or same-level)
    notice that forwards it, implements it or acts on its basis (its citations), or whose measures
    the build matched with its measures (``alignments``: a notice copying it without citing it).
    Each row: ``document_id``, ``doc_number``, ``title``, ``issuer``, ``region``, ``level``,
    ``relation``, ``date`` (signed, else printed), ``lag_days`` (from the notice's own date; None
    when either is undated), ``coverage`` (share of the notice's measures it covers; None when it
    was not aligned). A document printed inside the notice (its attachment) is not its diffusion.

    This is the one place the dashboard reads diffusion from; computed here from ``citations`` and
    ``alignments``."""
    tables = _tables(conn)
    notice = _rows(conn, "SELECT id, admin_level, coalesce(signed_date, printed_date) AS date FROM documents "
                         "WHERE id = ?", [notice_id])
    if not notice:
        return []
    relations: dict[str, set] = {}
    marks = ", ".join("?" for _ in DIFFUSION_RELATIONS)
    for document_id, relation in conn.execute(
            f"SELECT document_id, relation FROM citations WHERE cited_document_id = ? AND relation IN ({marks})",
            [notice_id, *DIFFUSION_RELATIONS]):
        relations.setdefault(document_id, set()).add(relation)
    if "alignments" in tables:
        for document_id, relation in conn.execute(
                "SELECT DISTINCT local_document_id, relation FROM alignments "
                "WHERE national_document_id = ? AND national_measure_id IS NOT NULL", [notice_id]):
            relations.setdefault(document_id, set()).add(relation or "reuses")
    relations.pop(notice_id, None)
    coverage = _coverage_by_local(conn, notice_id) if "alignments" in tables else {}
    rank = LEVEL_RANK.get(notice[0]["admin_level"])
    rows = []
    for row in _documents(conn, list(relations), notice[0]["date"]):
        if row["parent_id"] == notice_id:
            continue
        if rank and LEVEL_RANK.get(row["level"], 0) > rank:  # a higher level does not carry it down
            continue
        found = relations[row["document_id"]]
        known = [relation for relation in found if relation in DIFFUSION_RELATIONS]
        row["relation"] = strongest_relation(known) if known else sorted(found)[0]
        row["coverage"] = coverage.get(row["document_id"])
        row["place"] = row["region"] or row["issuer"] or row["document_id"]
        del row["parent_id"]
        rows.append(row)
    rows.sort(key=lambda row: (row["lag_days"] is None, row["lag_days"] or 0, row["place"]))
    return rows


def notice_row(conn: sqlite3.Connection, notice_id: str) -> Optional[dict]:
    """The header fields of a notice whose diffusion is drawn, with its ``date`` (signed, else printed)."""
    found = _rows(conn, "SELECT id, doc_number, title, issuer, admin_level, region, "
                        "coalesce(signed_date, printed_date) AS date FROM documents WHERE id = ?", [notice_id])
    return found[0] if found else None


def diffusion_notices(conn: sqlite3.Connection, limit: int = 200) -> list[dict]:
    """Higher-level notices that lower-level ones cite as forwarded, implemented or basis, or were
    aligned with: the notices whose diffusion can be drawn, most followed first (``followers``)."""
    union = [f"SELECT cited_document_id AS id, document_id AS follower FROM citations "
             f"WHERE cited_document_id IS NOT NULL AND relation IN ({', '.join(repr(r) for r in DIFFUSION_RELATIONS)})"]
    if "alignments" in _tables(conn):
        union.append("SELECT national_document_id, local_document_id FROM alignments "
                     "WHERE national_measure_id IS NOT NULL")
    return _rows(conn, f"""
        SELECT f.id, d.doc_number, d.title, d.issuer, d.admin_level, COUNT(DISTINCT f.follower) AS followers
        FROM ({' UNION '.join(union)}) f JOIN documents d ON d.id = f.id
        WHERE f.follower != f.id
        GROUP BY f.id ORDER BY followers DESC, coalesce(d.admin_level = 'national', 0) DESC, f.id LIMIT ?""",
                 [limit])


# --- the charts --------------------------------------------------------------------------------


def _spec(title: str, values: list[dict], **encoding_and_more) -> dict:
    # the width of the page, the height of the data (a band per bar)
    return {"$schema": VEGA_LITE_SCHEMA, "title": title, "data": {"values": values}, "width": "container",
            "autosize": {"type": "fit-x", "contains": "padding"},
            "config": {"font": FONT, "axis": {"labelLimit": 260}}, **encoding_and_more}


def _bands(rows: list[dict], field: str) -> int:
    """The height of a chart with a band per distinct ``field``: a number, not Vega-Lite's
    ``{"step": …}``, which cannot go with a width that fits the page (Vega-Lite drops the fit)."""
    return BAND * max(1, len({row[field] for row in rows}))


def deadlines_per_month_spec(rows: list[dict]) -> dict:
    values = [{**row, "month": row["month"] + "-01"} for row in rows]
    return _spec("时限 · 每月 Deadlines per month", values, height=260, mark={"type": "bar", "tooltip": True},
                 encoding={
                     "x": {"field": "month", "type": "temporal", "timeUnit": "utcyearmonth", "title": "月份 month",
                           "axis": {"format": "%Y-%m"}},
                     "y": {"field": "deadlines", "type": "quantitative", "aggregate": "sum", "title": "时限 deadlines"},
                     "color": {"field": "level", "type": "nominal", "title": "层级 level", "scale": {"domain": list(LEVELS)}},
                     "href": {"field": "href"},
                 })


def measures_per_office_spec(rows: list[dict]) -> dict:
    values = [{**row, "label": f"{row['unit']}（{row['region']}）" if row.get("region") else row["unit"]}
              for row in rows]
    return _spec("措施 · 责任单位 Measures per office", values, height=_bands(values, "label"),
                 mark={"type": "bar", "tooltip": True},
                 encoding={
                     "y": {"field": "label", "type": "nominal", "title": None,
                           "sort": {"field": "total", "order": "descending"}},
                     "x": {"field": "measures", "type": "quantitative", "aggregate": "sum", "title": "措施 measures"},
                     "color": {"field": "role", "type": "nominal", "title": "角色 role",
                               "scale": {"domain": ["lead", "responsible", "cooperate"]}},
                     "href": {"field": "href"},
                 })


def notices_per_issuer_year_spec(rows: list[dict]) -> dict:
    return _spec("通知 · 发文机关与年份 Notices per issuer and year", rows, height=_bands(rows, "issuer"),
                 mark={"type": "bar", "tooltip": True},
                 encoding={
                     "y": {"field": "issuer", "type": "nominal", "title": None,
                           "sort": {"field": "total", "order": "descending"}},
                     "x": {"field": "notices", "type": "quantitative", "aggregate": "sum", "title": "通知 notices"},
                     "color": {"field": "year", "type": "ordinal", "title": "年 year", "scale": {"scheme": "viridis"}},
                     "href": {"field": "href"},
                 })


def diffusion_spec(rows: list[dict], notice: Optional[dict] = None) -> dict:
    """A dot per dated notice: how many days after the notice it was issued (x), where (y), at
    which level (colour), by which relation (shape), covering how much (size); the notice's own
    date is the rule at 0."""
    dated = [row for row in rows if row["lag_days"] is not None]
    title = "扩散 Diffusion" + (f" · {notice.get('doc_number') or notice.get('title') or ''}" if notice else "")
    dots = {"mark": {"type": "point", "filled": True, "tooltip": True, "opacity": 0.85},
            "encoding": {
                "x": {"field": "lag_days", "type": "quantitative", "title": "发文晚于原文 days after the notice",
                      "scale": {"zero": True, "nice": True, "padding": 12}},
                "y": {"field": "place", "type": "nominal", "title": None, "sort": {"field": "lag_days"}},
                "color": {"field": "level", "type": "nominal", "title": "层级 level", "scale": {"domain": list(LEVELS)}},
                "shape": {"field": "relation", "type": "nominal", "title": "关系 relation"},
                "size": {"field": "coverage", "type": "quantitative", "title": "覆盖 coverage",
                         "scale": {"domain": [0, 1], "range": [60, 400]},
                         "legend": {"values": [0.25, 0.5, 1], "format": ".0%"}},
                "href": {"field": "href"},
                "tooltip": [{"field": "place", "title": "地区 place"}, {"field": "doc_number", "title": "文号"},
                            {"field": "title", "title": "标题"}, {"field": "date", "title": "日期 date"},
                            {"field": "lag_days", "title": "天 days"}, {"field": "relation", "title": "关系"},
                            {"field": "coverage", "title": "覆盖 coverage", "format": ".0%"}],
            }}
    zero = {"data": {"values": [{"lag_days": 0}]}, "mark": {"type": "rule", "color": "#888", "strokeDash": [4, 3]},
            "encoding": {"x": {"field": "lag_days", "type": "quantitative"}}}
    return _spec(title, dated, height=max(MIN_DIFFUSION_HEIGHT, _bands(dated, "place")), layer=[zero, dots])
