"""The compare page and the dashboard of the notices site (Datasette plugin).

* ``/-/notices/compare/<local>`` (or ``/-/notices/compare?local=``, what a form sends) — a local
  notice beside a higher-level notice it implements (``?national=`` chooses which; each by id or
  文号; default: the one of strongest relation): each local measure beside the national measures
  it is matched with, shared passages marked on both sides, unmatched measures of both, and the
  coverage figure — ``notices compare``'s alignment and coverage (``pipeline.site.compare``);
* ``/-/notices/dashboard`` — charts drawn in the browser by Vega-Lite, served with the site
  (``static/vega*.min.js``, no CDN): deadlines per month, measures per office, notices per issuer
  and year, and the diffusion of a higher-level notice (``?notice=``, id or 文号)
  (``pipeline.site.charts``); every bar and dot links to the rows it counts;
* the document page links to both: ``compare_links`` (the notices it implements) and
  ``diffusion_link`` (when other notices carry it down), given to its template; each row of the
  ``alignments`` table links to its compare page; Datasette's menu to the dashboard.

Pages are read-only; text is escaped by the templates and chart data is JSON inside
``<script type="application/json">``.
"""

from __future__ import annotations

from urllib.parse import unquote, urlencode

import markupsafe
from datasette import hookimpl
from datasette.utils.asgi import Response

import pipeline.site.charts as charts
from pipeline.corpus.align.lookup import find_document
from pipeline.site.compare import comparison, implemented_documents
from pipeline.site.diffusion import diffusion_notices, diffusion_rows, has_diffusion_table, has_followers, notice_row
from pipeline.site.plugins.notices_site import Missing, _database, _json_for_script, page, page_url, user_databases

VEGA_SCRIPTS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "notices_charts.js")


def _static(datasette, name: str) -> str:
    return str(datasette.urls.path(f"-/notices/static/{name}"))


def _with_query(url: str, **params) -> str:
    query = urlencode({key: value for key, value in params.items() if value})
    return url + (("&" if "?" in url else "?") + query if query else "")


def compare_url(datasette, database: str, local_id: str, national_id: str = None) -> str:
    return _with_query(page_url(datasette, "compare", local_id, database), national=national_id)


def dashboard_url(datasette, database: str, notice_id: str = None) -> str:
    url = str(datasette.urls.path("-/notices/dashboard"))
    return _with_query(url, db=database if len(user_databases(datasette)) > 1 else None, notice=notice_id)


@page
async def compare_page(request, datasette):
    db = await _database(datasette, request)
    # /-/notices/compare/<local>, or ?local= (what a form sends), each an id or a 文号
    local_ref = unquote(request.url_vars.get("id") or "").strip() or (request.args.get("local") or "").strip()
    national_ref = (request.args.get("national") or "").strip() or None
    if not local_ref:
        raise Missing("Which local notice? Give its id or 文号: /-/notices/compare?local=泾扶组〔2020〕2号")

    def load(conn):
        try:
            local_id = find_document(conn, local_ref)
            implemented = implemented_documents(conn, local_id)
            chosen = national_ref or (implemented[0]["id"] if implemented else None)
            return local_id, implemented, comparison(conn, local_id, chosen) if chosen else None
        except LookupError as error:  # an unknown id or 文号: the 404 page names it
            raise Missing(str(error)) from None

    local_id, implemented, data = await db.execute_fn(load)
    name = db.name
    local_doc = await db.execute("SELECT id, doc_number, title FROM documents WHERE id = ?", [local_id])
    context = {
        "database": name, "local_doc": dict(local_doc.first()), "implemented": implemented, "data": data,
        "doc_link": lambda item_id: page_url(datasette, "document", item_id, name),
        "measure_link": lambda item_id: page_url(datasette, "measure", item_id, name),
        "compare_link": lambda national_id: compare_url(datasette, name, local_id, national_id),
        "alignments_url": _with_query(str(datasette.urls.table(name, "alignments")), local_document_id=local_id,
                                      national_document_id=data and data["national"]["id"]),
        "script_url": _static(datasette, "notices_compare.js"),
    }
    return Response.html(await datasette.render_template("notices_compare.html", context, request=request))


def _linked(rows: list[dict], make) -> list[dict]:
    """The rows with an ``href`` each (a chart's marks link to it)."""
    return [{**row, "href": make(row)} for row in rows]


@page
async def dashboard_page(request, datasette):
    db = await _database(datasette, request)
    name = db.name
    notice_ref = request.args.get("notice")

    def load(conn):
        notices = diffusion_notices(conn)
        notice_id = notices[0]["id"] if notices else None
        if notice_ref:
            try:
                notice_id = find_document(conn, notice_ref)
            except LookupError as error:
                raise Missing(str(error)) from None
        notice = notice_row(conn, notice_id) if notice_id else None
        return {"deadlines": charts.deadlines_per_month_rows(conn),
                "offices": charts.measures_per_office_rows(conn),
                "issuers": charts.notices_per_issuer_year_rows(conn),
                "notices": notices, "notice": notice, "diffusion_table": has_diffusion_table(conn),
                "diffusion": diffusion_rows(conn, notice_id) if notice_id else []}

    data = await db.execute_fn(load)
    database_url = str(datasette.urls.database(name))

    def table_url(table: str, **params) -> str:
        return database_url + "/" + table + "?" + urlencode(params)

    deadlines = _linked(data["deadlines"], lambda row: table_url(
        "deadlines", kind="deadline", date__startswith=row["month"], _sort="date"))
    offices = _linked(data["offices"], lambda row: table_url(
        "measures_for_unit", unit=row["unit_id"]))
    issuers = _linked(data["issuers"], lambda row: table_url(
        "documents", issuer=row["issuer"]) if row["issuer"] != charts.UNDATED else table_url(
        "documents", issuer__isnull=1))
    notice = data["notice"]
    followers = _linked(data["diffusion"], lambda row: compare_url(
        datasette, name, row["document_id"], notice["id"]) if row["coverage"] is not None else page_url(
        datasette, "document", row["document_id"], name))
    chart_specs = {
        "deadlines": charts.deadlines_per_month_spec(deadlines) if deadlines else None,
        "offices": charts.measures_per_office_spec(offices) if offices else None,
        "issuers": charts.notices_per_issuer_year_spec(issuers) if issuers else None,
        "diffusion": charts.diffusion_spec(followers, notice) if any(
            row["lag_days"] is not None for row in followers) else None,
    }
    context = {
        "database": name, "specs": {key: spec and _json_for_script(spec) for key, spec in chart_specs.items()},
        "notices": data["notices"], "notice": notice, "diffusion": followers,
        "diffusion_table": data["diffusion_table"],
        "dashboard_link": lambda notice_id: dashboard_url(datasette, name, notice_id),
        "doc_link": lambda item_id: page_url(datasette, "document", item_id, name),
        "scripts": [_static(datasette, script) for script in VEGA_SCRIPTS],
    }
    return Response.html(await datasette.render_template("notices_dashboard.html", context, request=request))


@hookimpl
def extra_template_vars(template, request, datasette):
    """The document page's links to the compare pages of the notices it implements and to its
    diffusion on the dashboard."""
    if template != "notices_document.html" or request is None or "id" not in request.url_vars:
        return None

    async def links():
        db = await _database(datasette, request)
        document_id = unquote(request.url_vars["id"])

        def load(conn):
            return implemented_documents(conn, document_id), has_followers(conn, document_id)

        implemented, followed = await db.execute_fn(load)
        return {
            "compare_links": [{**row, "url": compare_url(datasette, db.name, document_id, row["id"])}
                              for row in implemented],
            "diffusion_link": dashboard_url(datasette, db.name, document_id) if followed else None,
        }
    return links


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """In the ``alignments`` table, the local notice links to its comparison with the national one."""
    if table != "alignments" or column != "local_document_id" or not value or not isinstance(value, str):
        return None
    try:
        national_id = row["national_document_id"]
    except (KeyError, IndexError, TypeError):
        return None
    url = compare_url(datasette, database, value, national_id if isinstance(national_id, str) else None)
    return markupsafe.Markup('{} <a class="notices-compare-cell" href="{}">⇄ 对照 compare</a>').format(value, url)


@hookimpl
def extra_css_urls(datasette):
    return [_static(datasette, "notices_compare.css")]


@hookimpl
def menu_links(datasette, actor, request):
    return [{"href": str(datasette.urls.path("-/notices/dashboard")), "label": "图表 Dashboard"}]


@hookimpl
def register_routes():
    return [
        (r"^/-/notices/compare/(?P<id>[^/]+)$", compare_page),
        (r"^/-/notices/compare/?$", compare_page),
        (r"^/-/notices/dashboard/?$", dashboard_page),
    ]
