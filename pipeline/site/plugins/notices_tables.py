"""Tables for people: what the table pages, the home page and the search page show a reader.

* ``render_cell``: enumerations in Chinese with their stored value (牵头 lead, 省级 provincial);
  a unit shown with its region (县卫健委 · 泾县); long texts cut to a line that opens in place.
* ``extra_template_vars``: what the templates ``_table-table-<table>.html`` (the reader's columns
  first, the others one click away; a measure's units and deadlines), ``index.html`` (the tasks)
  and ``notices_search.html`` ask for.
* ``prepare_connection``: ``notices_doc_number(text)``, a 文号 normalised as stored, for the canned
  queries (any bracket, 03号, 第3号, no 号).
* ``/-/notices/search``: documents and measures ranked by bm25, the words marked in a snippet; OR
  and -word (``pipeline.corpus.search_syntax``).

The data is in ``pipeline/site/columns.py``, ``search_results.py`` and ``home.py``.
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import quote

import markupsafe
from datasette import hookimpl
from datasette.database import Database
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

import pipeline.site.columns as columns
import pipeline.site.home as home
import pipeline.site.search_results as search_results
from pipeline.site.addresses import doc_number_key

# Columns whose text is long enough to be cut to a line (documents.text, a measure's text …);
# titles and headings are not (they are what a reader reads, and they link to their pages).
LONG_TEXT_COLUMNS = frozenset({"text", "measure_text", "meta", "shared", "attributes", "also", "recipients",
                               "cc", "attachments", "contact", "doc_numbers", "hashes", "error"})
# Foreign keys to documents, shown as the document's 文号 linking to its page.
DOCUMENT_KEYS = frozenset({"document_id", "cited_document_id", "local_document_id", "national_document_id"})
# Foreign keys to measures, shown as the measure's heading linking to its page.
MEASURE_KEYS = frozenset({"measure_id", "local_measure_id", "national_measure_id"})
MEASURE_HEADING_SHOWN = 30
# The foreign keys of views (measures is one: schema/measures.py). SQLite declares none for a view,
# so Datasette would show its document_id as a bare id; with these it labels and links them as it
# does a table's (Database.foreign_keys_for_table is the one place it asks).
VIEW_FOREIGN_KEYS = {"measures": (("document_id", "documents", "id"), ("parent_id", "measures", "id"))}


def _with_view_foreign_keys(outbound):
    async def foreign_keys_for_table(self, table):
        found = await outbound(self, table)
        if found or table not in VIEW_FOREIGN_KEYS:
            return found
        return [{"column": column, "other_table": other, "other_column": key, "id": n, "seq": 0}
                for n, (column, other, key) in enumerate(VIEW_FOREIGN_KEYS[table])]
    foreign_keys_for_table.with_view_keys = True
    return foreign_keys_for_table


def _with_views_in_all_foreign_keys(all_keys):
    """Database.get_all_foreign_keys with an entry for each view of VIEW_FOREIGN_KEYS (a row page
    of the view asks for the keys into it)."""
    async def get_all_foreign_keys(self):
        found = await all_keys(self)
        for view, keys in VIEW_FOREIGN_KEYS.items():
            found.setdefault(view, {"incoming": [], "outgoing": [
                {"other_table": other, "column": column, "other_column": key} for column, other, key in keys]})
        return found
    get_all_foreign_keys.with_view_keys = True
    return get_all_foreign_keys


if not getattr(Database.foreign_keys_for_table, "with_view_keys", False):
    Database.foreign_keys_for_table = _with_view_foreign_keys(Database.foreign_keys_for_table)
    Database.get_all_foreign_keys = _with_views_in_all_foreign_keys(Database.get_all_foreign_keys)
DOCUMENT_TITLE_SHOWN = 24  # characters of a title shown for a document without 文号


@hookimpl
def prepare_connection(conn):
    conn.create_function("notices_doc_number", 1, doc_number_key, deterministic=True)


async def _unit_region(datasette, database: str, unit_id) -> str:
    if not database or database in home.SYSTEM_DATABASES:
        return ""
    db = datasette.get_database(database)
    try:
        result = await db.execute("SELECT region FROM units WHERE id = ?", [unit_id])
    except Exception:  # a database without units, or a query interrupted: show the name alone
        return ""
    row = result.first()
    return (row[0] or "") if row else ""


async def _document_names(datasette, database: str, document_id) -> tuple:
    """(文号, title) of a document, (None, None) when it is not there."""
    if not database or database in home.SYSTEM_DATABASES:
        return None, None
    try:
        row = (await datasette.get_database(database).execute(
            "SELECT doc_number, title FROM documents WHERE id = ?", [document_id])).first()
    except Exception:  # no documents table: the id alone
        return None, None
    return (row[0], row[1]) if row else (None, None)


async def _measure_heading(datasette, database: str, measure_id) -> Optional[str]:
    """A measure's heading, from the measures view: the stored rows Datasette labels foreign keys
    with (measure_rows) hold none (it is read from the document's text, schema/measures.py)."""
    if not database or database in home.SYSTEM_DATABASES:
        return None
    try:
        result = await datasette.get_database(database).execute("SELECT heading FROM measures WHERE id = ?", [measure_id])
    except Exception:  # a database without measures, or a query interrupted: show the id
        return None
    row = result.first()
    return row[0] if row else None


async def _document_link(datasette, database: str, document_id) -> markupsafe.Markup:
    """A document named by its 文号 (its title when it has none), linking to its page; the title
    and id in the tooltip."""
    number, title = await _document_names(datasette, database, document_id)
    shown = number or columns.shortened(title, DOCUMENT_TITLE_SHOWN) or document_id
    css = "notices-document notices-docnumber" if number else "notices-document"  # a 文号 is not broken
    return markupsafe.Markup('<a class="{}" href="{}" title="{}">{}</a>').format(
        css, _page_url(datasette, "document", document_id), f"{title or ''} ({document_id})", shown)


async def _facet_label(datasette, database, table, facet, value, label):
    """A facet value as the table's cells show it: 牵头 lead, 县卫健委 · 泾县, a document's 文号."""
    glossed = columns.gloss(table, facet, value)
    if glossed:
        return glossed
    if facet == "unit_id" and value:
        return _with_region(label, await _unit_region(datasette, database, value))
    if facet in DOCUMENT_KEYS and value:
        number, title = await _document_names(datasette, database, value)
        return number or columns.shortened(title, DOCUMENT_TITLE_SHOWN) or label
    return label


def _with_region(name, region: str) -> markupsafe.Markup:
    text = markupsafe.escape(name)
    if region:
        text += markupsafe.Markup(' <span class="notices-region">· {}</span>').format(region)
    return markupsafe.Markup(text)


def _has_column(row, name: str) -> bool:
    try:
        return name in row.keys()
    except AttributeError:
        return False


def _page_url(datasette, kind: str, item_id) -> str:
    return str(datasette.urls.path(f"-/notices/{kind}/{quote(str(item_id), safe='')}"))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    async def render():
        if isinstance(value, dict) and column == "unit_id" and table:  # a foreign key to units
            unit_id, label = value.get("value"), value.get("label") or value.get("value")
            region = await _unit_region(datasette, database, unit_id)
            url = datasette.urls.row(database, "units", tilde_encode(str(unit_id)))
            return markupsafe.Markup('<a href="{}">{}</a>').format(url, _with_region(label, region))
        if isinstance(value, dict) and table and (column in DOCUMENT_KEYS or (table, column) == ("documents", "parent_id")):
            return await _document_link(datasette, database, value.get("value"))
        if isinstance(value, dict) and table and (column in MEASURE_KEYS or (table, column) == ("measures", "parent_id")):
            measure_id = value.get("value")
            heading = value.get("label") or await _measure_heading(datasette, database, measure_id)
            return markupsafe.Markup('<a class="notices-measure" href="{}" title="{}">{}</a>').format(
                _page_url(datasette, "measure", measure_id), measure_id,
                columns.shortened(heading, MEASURE_HEADING_SHOWN) or measure_id)
        if not isinstance(value, str) or not value:
            return None
        glossed = columns.gloss(table, column, value)
        if glossed:
            return markupsafe.Markup('<span class="notices-gloss" title="{}">{}</span>').format(value, glossed)
        if table is None and column == "unit":
            try:
                unit_id = row["unit_id"]
            except (KeyError, IndexError):
                return None
            if unit_id and not _has_column(row, "region"):  # a region column says it already
                return _with_region(value, await _unit_region(datasette, database, unit_id))
        if column in columns.LISTED_COLUMNS and table:
            names = columns.listed(value)
            if names is not None:
                return columns.preview(names) or names or markupsafe.Markup("&nbsp;")
        if column in LONG_TEXT_COLUMNS:
            return columns.preview(value)
        return None

    return render


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def measure_items(rows):
        """measure id -> {"units": [(name, region, role)], "deadlines": [text]} for a table page's rows."""
        ids = [cell["raw"] for row in rows for cell in row if cell["column"] == "id"]
        if not ids or not database:
            return {}
        return await home.measure_items(datasette.get_database(database), ids)

    def by_name(items, key="name"):
        return {item[key]: item for item in items}

    async def facet_label(facet, value, label):
        return await _facet_label(datasette, database, table, facet, value, label)

    variables = {
        "notices_view": view_name,
        "notices_facet_label": facet_label,
        "notices_by_name": by_name,
        "notices_row_url": lambda table, item_id: str(datasette.urls.row(database, table, tilde_encode(str(item_id)))),
        "notices_page_url": lambda kind, item_id: _page_url(datasette, kind, item_id),
        "notices_reader_columns": columns.reader_columns,
        "notices_heading": columns.heading,
        "notices_gloss": columns.gloss,
        "notices_measure_items": measure_items,
    }
    if template == "index.html":
        async def tasks():
            return await home.tasks(datasette)
        variables["notices_tasks"] = tasks
    return variables


async def search_page(request, datasette):
    query = (request.args.get("q") or "").strip()
    database = await home.notices_database(datasette, request)
    understood = search_results.understand(query) if query else None
    found = {}
    if database is not None and understood is not None and not understood.empty:
        for table in ("measures", "documents"):
            sql, params = search_results.results_sql(table, query)
            limit = search_results.CANDIDATES_PER_TABLE
            rows = (await database.execute(sql, {**params, "match": understood.match, "limit": limit})).rows
            if len(rows) < limit:  # every row that matches: no need to count them again
                count = len(rows)
            else:
                sql, params = search_results.count_sql(table, query)
                count = (await database.execute(sql, {**params, "match": understood.match})).first()[0]
            best = search_results.headings_first([dict(row) for row in rows], understood.words)
            ids = [row["id"] for row in best]
            bodies = dict((await database.execute(search_results.bodies_sql(table, ids), ids)).rows) if ids else {}
            best = [{**row, "body": bodies.get(row["id"], "")} for row in best]
            found[table] = {"rows": search_results.with_snippets(best, understood.words), "count": count}
    name = database.name if database is not None else None
    context = {
        "query": query, "understood": understood, "found": found, "database": name,
        "table_url": lambda table: str(datasette.urls.table(name, table)) if name else "",
        "page": lambda kind, item_id: _page_url(datasette, kind, item_id),
    }
    return Response.html(await datasette.render_template("notices_search.html", context, request=request))


async def number_form(request, datasette):
    """The home page's 文号 box: ``?number=`` goes to that number's address."""
    number = (request.args.get("number") or "").strip()
    if not number:
        return Response.redirect(str(datasette.urls.instance()))
    url = _page_url(datasette, "document", number)
    if request.args.get("db"):
        url += "?db=" + quote(request.args["db"], safe="")
    return Response.redirect(url)


@hookimpl
def register_routes():
    return [(r"^/-/notices/search/?$", search_page), (r"^/-/notices/document/?$", number_form)]


@hookimpl
def extra_css_urls(datasette):
    return [str(datasette.urls.path("-/notices/static/notices_tables.css"))]
