"""The dashboard's data and its charts: what each picture counts, read from the database, and the
Vega-Lite specification that draws it (the library is served with the site: ``static/``).

* deadlines per month (dated deadlines, by the issuing notice's level);
* measures per office (the units with most measures assigned, by role);
* notices per issuer and year (the year signed, else printed);
* the diffusion of a higher-level notice: the lower-level notices that forward or implement it,
  where and how many days later, and how much of it they cover (rows: ``pipeline.site.diffusion``).

Each ``*_rows`` function takes a sqlite3 connection and returns plain rows; each ``*_spec``
function takes rows and returns a Vega-Lite spec with the rows inline (no request to make).
"""

from __future__ import annotations

import sqlite3
from typing import Optional

from pipeline.site.sql import dict_rows

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # an identifier: never fetched
#: The most bars a ranking chart draws (the rest are in the tables).
TOP = 25
UNDATED = "不详"
LEVELS = ("national", "provincial", "municipal", "county", "township", "unknown")
#: An axis of counts: whole numbers only.
COUNT_AXIS = {"tickMinStep": 1, "format": "d"}
#: The height of one bar (or row of dots) in pixels.
BAND = 22
#: The diffusion chart's least height: room for its legends when few places are drawn.
MIN_DIFFUSION_HEIGHT = 220
#: Spreads the dots of one place evenly across its band (:func:`spread`).
GOLDEN = 0.6180339887
#: The chart font: the CJK font the site's pages use.
FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, sans-serif"


# --- what each chart counts --------------------------------------------------------------------


def deadlines_per_month_rows(conn: sqlite3.Connection) -> list[dict]:
    """Dated deadlines (kind ``deadline``) per month and level of the notice that sets them."""
    return dict_rows(conn, """
        SELECT substr(dl.date, 1, 7) AS month, coalesce(d.admin_level, 'unknown') AS level, COUNT(*) AS deadlines
        FROM deadlines dl JOIN documents d ON d.id = dl.document_id
        WHERE dl.kind = 'deadline' AND dl.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
        GROUP BY month, level ORDER BY month, level""")


def measures_per_office_rows(conn: sqlite3.Connection, top: int = TOP) -> list[dict]:
    """The ``top`` units with the most measures assigned, one row per unit and role."""
    return dict_rows(conn, """
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
    return dict_rows(conn, f"""
        WITH dated AS (
            SELECT coalesce(issuer, '{UNDATED}') AS issuer,
                   coalesce(substr(coalesce(signed_date, printed_date), 1, 4), '{UNDATED}') AS year
            FROM documents),
        ranked AS (SELECT issuer, COUNT(*) AS total FROM dated GROUP BY issuer ORDER BY total DESC, issuer LIMIT ?)
        SELECT d.issuer, d.year, COUNT(*) AS notices, r.total
        FROM dated d JOIN ranked r ON r.issuer = d.issuer
        GROUP BY d.issuer, d.year ORDER BY r.total DESC, d.issuer, d.year""", [top])


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
                     "y": {"field": "deadlines", "type": "quantitative", "aggregate": "sum", "title": "时限 deadlines",
                           "axis": COUNT_AXIS},
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
                     "x": {"field": "measures", "type": "quantitative", "aggregate": "sum", "title": "措施 measures",
                           "axis": COUNT_AXIS},
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
                     "x": {"field": "notices", "type": "quantitative", "aggregate": "sum", "title": "通知 notices",
                           "axis": COUNT_AXIS},
                     "color": {"field": "year", "type": "ordinal", "title": "年 year", "scale": {"scheme": "viridis"}},
                     "href": {"field": "href"},
                 })


def spread(rows) -> list[dict]:
    """The rows, each with ``spread`` in [-0.4, 0.4): where its dot sits across its place's band, so
    that notices of one place issued the same day do not hide one another. The k-th notice of a
    place gets the fractional part of k times the golden ratio (evenly spread, the same on every
    drawing); the first sits in the middle."""
    seen: dict = {}
    out = []
    for row in rows:
        k = seen[row["place"]] = seen.get(row["place"], -1) + 1
        out.append({**row, "spread": round(0.8 * (((k * GOLDEN) + 0.5) % 1) - 0.4, 3)})
    return out


def diffusion_spec(rows: list[dict], notice: Optional[dict] = None) -> dict:
    """A dot per dated notice: how many days after the notice it was issued (x), where (y), at
    which level (colour), by which relation (shape), covering how much (size); the notice's own
    date is the rule at 0."""
    dated = spread(row for row in rows if row["lag_days"] is not None)
    title = "扩散 Diffusion" + (f" · {notice.get('doc_number') or notice.get('title') or ''}" if notice else "")
    dots = {"mark": {"type": "point", "filled": True, "tooltip": True, "opacity": 0.85},
            "encoding": {
                "x": {"field": "lag_days", "type": "quantitative", "title": "发文晚于原文 days after the notice",
                      "scale": {"zero": True, "nice": True, "padding": 12}},
                "y": {"field": "place", "type": "nominal", "title": None, "sort": {"field": "lag_days", "op": "min"}},
                "yOffset": {"field": "spread", "type": "quantitative", "scale": {"domain": [-0.5, 0.5]}},
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
    height = max(MIN_DIFFUSION_HEIGHT, 2 * _bands(dated, "place"))  # two bands: room to spread the dots
    return _spec(title, dated, height=height, layer=[zero, dots])
