"""The notices site in Datasette: metadata for any database name, links, and the project's pages.

* ``get_metadata``: ``datasette_metadata.json`` describes the tables and canned queries once, under
  ``"databases": {"*": …}``; Datasette has no wildcard, so this hook copies that entry to every
  database served, whatever its file is called (``canned_queries`` supplies the queries as well).
* ``render_cell``: document titles link to the document page, measure headings to the measure page,
  unit names to their deadline calendar; in query results ``*document_id``, ``*measure_id`` and
  ``unit_id`` columns become links.
* Pages (``register_routes``), every one read-only and HTML-escaped:
  ``/-/notices/document/<id>`` — the document's neighbourhood (what it forwards, implements, cites;
  who cites it) and its measure tree with units, drawn in SVG by ``static/notices_graph.js``;
  ``/-/notices/document/<id>.json`` — the same data;
  ``/-/notices/measure/<id>`` — provenance: the measure's text with units, deadlines, targets and
  citations highlighted by displaCy, each linking to its row;
  (``/-/notices/calendar`` and its iCalendar feeds: ``notices_offices.py``);
  ``/-/notices/static/<file>`` — the CSS and JS of these pages (no CDN).
  With several databases served, ``?db=NAME`` chooses one (default: the first with ``documents``).
"""

from __future__ import annotations

import copy
import functools
import json
import warnings
from pathlib import Path
from urllib.parse import quote, unquote

import markupsafe
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from spacy import displacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import pipeline.site.addresses as addresses
from pipeline.corpus.copies import canonical_id
from pipeline.corpus.graph import document_neighbourhood
from pipeline.corpus.lifecycle import document_lifecycle_view
from pipeline.site.home import SYSTEM_DATABASES, notices_database

STATIC = Path(__file__).resolve().parents[1] / "static"
CONTENT_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".json": "application/json"}

ENTITY_LABELS = {  # label: (colour, 中文, table)
    "UNIT": ("#ffd166", "责任单位", "assignments"),
    "DEADLINE": ("#ef8a8a", "时限", "deadlines"),
    "TARGET": ("#8fd19e", "指标", "targets"),
    "CITATION": ("#9ecbff", "引用", "citations"),
}
# displaCy's "span" style, as compact markup (its own templates put line breaks and indentation
# around every token's text); each label links to the item's row
SPAN_TEMPLATES = {
    "span": '<span class="notices-span" style="font-weight: bold; display: inline-block; position: relative; '
            'height: {total_height}px">{text}{span_slices}{span_starts}</span>',
    "slice": '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
             'width: calc(100% + 2px); position: absolute"></span>',
    "start": '<span class="notices-span-start" data-label="{label}" style="background: {bg}; top: {top_offset}px; '
             'height: 4px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; '
             'width: calc(100% + 2px); position: absolute"><span style="background: {bg}; z-index: 10; '
             'color: #000; top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; '
             'font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap">{label}{kb_link}</span></span>',
}
SPAN_GROUP = "items"
# Items read from scanned lines whose OCR confidence is below this are flagged on the measure page.
LOW_OCR_CONFIDENCE = 0.85
DISPLAY_VOCAB = Vocab()


# --- metadata for every database ---------------------------------------------------------------


def user_databases(datasette) -> list[str]:
    return [name for name in datasette.databases if name not in SYSTEM_DATABASES]


@hookimpl
def get_metadata(datasette, key, database, table):
    local = getattr(datasette, "_metadata_local", None) or {}
    star = (local.get("databases") or {}).get("*")
    if not star:
        return None
    return {"databases": {name: copy.deepcopy(star) for name in user_databases(datasette)}}


@hookimpl
def canned_queries(datasette, database):
    """The same canned queries again through the hook meant for them (kept by Datasette 1.0, which
    drops ``get_metadata``)."""
    local = getattr(datasette, "_metadata_local", None) or {}
    queries = ((local.get("databases") or {}).get("*") or {}).get("queries")
    if not queries or database in SYSTEM_DATABASES:
        return None
    return copy.deepcopy(queries)


# --- links ---------------------------------------------------------------------------------------


def page_url(datasette, kind: str, item_id: str, database: str = None, suffix: str = "") -> str:
    url = datasette.urls.path(f"-/notices/{kind}/{quote(str(item_id), safe='')}{suffix}")
    if database and len(user_databases(datasette)) > 1:
        url += "?db=" + quote(database, safe="")
    return str(url)


def row_url(datasette, database: str, table: str, item_id: str) -> str:
    return str(datasette.urls.row(database, table, tilde_encode(str(item_id))))


def _link(url: str, text, css: str = "") -> markupsafe.Markup:
    klass = f' class="{css}"' if css else ""
    return markupsafe.Markup(f'<a href="{markupsafe.escape(url)}"{klass}>{markupsafe.escape(text)}</a>')


DOCUMENT_COLUMNS = {"document_id", "citing_document_id", "cited_document_id", "local_document_id",
                    "national_document_id", "parent_id_document"}
MEASURE_COLUMNS = {"measure_id", "local_measure_id", "national_measure_id"}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None or value == "" or isinstance(value, (dict, bytes)):
        return None
    try:
        keys = row.keys()
    except AttributeError:
        keys = []
    if table == "documents" and column == "title" and "id" in keys:
        return _link(page_url(datasette, "document", row["id"], database), value, "notices-page")
    if table == "documents" and column == "id":
        return markupsafe.Markup(f"{markupsafe.escape(value)} ") + _link(
            page_url(datasette, "document", value, database), "⇢ 图 graph", "notices-page")
    if table == "measures" and column == "heading" and "id" in keys:
        return _link(page_url(datasette, "measure", row["id"], database), value, "notices-page")
    if table == "measures" and column == "id":
        return markupsafe.Markup(f"{markupsafe.escape(value)} ") + _link(
            page_url(datasette, "measure", value, database), "⇢ 出处 provenance", "notices-page")
    if table == "units" and column == "name":
        return markupsafe.Markup(f"{markupsafe.escape(value)} ") + _link(
            page_url(datasette, "calendar", row["id"] if "id" in keys else value, database, ".ics"),
            "日历 .ics", "notices-ics")
    if table is None and isinstance(value, str):
        if column in DOCUMENT_COLUMNS:
            return _link(page_url(datasette, "document", value, database), value)
        if column in MEASURE_COLUMNS:
            return _link(page_url(datasette, "measure", value, database), value)
        if column == "unit_id":
            return _link(row_url(datasette, database, "units", value), value)
        if column == "calendar" and value.startswith("/-/notices/calendar/") and value.endswith(".ics"):
            unit = value[len("/-/notices/calendar/"):-len(".ics")]
            return _link(page_url(datasette, "calendar", unit, database, ".ics"), "日历 .ics")
    return None


@hookimpl
def extra_css_urls(datasette):
    return [str(datasette.urls.path("-/notices/static/notices.css"))]


@hookimpl
def menu_links(datasette, actor, request):
    return [{"href": str(datasette.urls.path("-/notices/calendar")), "label": "日历 Deadline calendars"}]


# --- pages ---------------------------------------------------------------------------------------


class Missing(Exception):
    """No such document, measure, unit or file: a 404 page (Datasette's own NotFound would redirect a
    percent-encoded path to its ~-encoded form first)."""


def page(view):
    @functools.wraps(view)
    async def wrapped(request, datasette):
        try:
            return await view(request, datasette)
        except Missing as missing:
            context = {"ok": False, "error": str(missing), "status": 404, "title": "Not found"}
            return Response.html(await datasette.render_template(["404.html", "error.html"], context,
                                                                 request=request), status=404)
    return wrapped



async def _database(datasette, request):
    db = await notices_database(datasette, request)
    if db is None:
        name = request.args.get("db")
        raise Missing("No database of notices" + (f" called {name}" if name else ""))
    return db


def _rows(conn, sql, params=()):
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _tables(conn) -> set:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _json_for_script(value) -> markupsafe.Markup:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' survive."""
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return markupsafe.Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _ocr_column(conn, table: str, alias: str = "") -> str:
    """The item table's OCR confidence for a SELECT, NULL in a database built without the column."""
    columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    return f"{alias}ocr_confidence" if "ocr_confidence" in columns else "NULL AS ocr_confidence"


def entities(conn, document_id: str, start: int, end: int) -> list[dict]:
    """The extracted items of a document inside [start, end): units, deadlines, targets, citations;
    ``low_ocr`` marks an item read from scanned lines of low OCR confidence (to check on the page)."""
    tables = _tables(conn)
    items = []
    queries = {
        "UNIT": ("assignments", "SELECT a.id, a.start, a.end, a.raw AS text, a.role, a.unit_id, {ocr}, "
                                "coalesce(u.name, a.unit_id) AS detail FROM assignments a "
                                "JOIN measures m ON m.id = a.measure_id LEFT JOIN units u ON u.id = a.unit_id "
                                "WHERE m.document_id = ?"),
        "DEADLINE": ("deadlines", "SELECT id, start, end, text, kind, {ocr}, coalesce(date, rule) AS detail "
                                  "FROM deadlines WHERE document_id = ?"),
        "TARGET": ("targets", "SELECT id, start, end, text, comparator, unit, value, subject, {ocr}, "
                              "coalesce(subject, '') AS detail FROM targets WHERE document_id = ?"),
        "CITATION": ("citations", "SELECT id, start, end, text, relation, cited_document_id, {ocr}, "
                                  "coalesce(doc_number, title) AS detail FROM citations WHERE document_id = ?"),
    }
    for label, (table, sql) in queries.items():
        if table not in tables:
            continue
        ocr = _ocr_column(conn, table, "a." if label == "UNIT" else "")
        for row in _rows(conn, sql.format(ocr=ocr), [document_id]):
            if row["start"] is None or row["end"] is None:
                continue
            if row["start"] >= start and row["end"] <= end and row["end"] > row["start"]:
                low = row["ocr_confidence"] is not None and row["ocr_confidence"] < LOW_OCR_CONFIDENCE
                items.append({"label": label, "table": table, "low_ocr": low, **row})
    items.sort(key=lambda item: (item["start"], -(item["end"] - item["start"])))
    return items


def item_doc(text: str, spans: list[tuple[int, int, str, str]]) -> Doc:
    """``text`` as a Doc whose span group ``SPAN_GROUP`` holds ``spans`` (start, end, label, kb_id; offsets
    into ``text``): tokens are the text cut at every span boundary, so each span is whole tokens, and
    overlapping spans are drawn one above the other."""
    cuts = sorted({0, len(text)} | {offset for start, end, _, _ in spans for offset in (start, end)})
    words = [text[left:right] for left, right in zip(cuts, cuts[1:])]
    doc = Doc(DISPLAY_VOCAB, words=words, spaces=[False] * len(words))
    token_at = {cut: index for index, cut in enumerate(cuts)}
    doc.spans[SPAN_GROUP] = [Span(doc, token_at[start], token_at[end], label=label, kb_id=kb_id)
                             for start, end, label, kb_id in spans]
    return doc


def highlighted(datasette, database: str, text: str, start: int, end: int, items: list[dict]) -> markupsafe.Markup:
    """``text[start:end]`` with the stored ``items`` inside it drawn by displaCy's span style (text
    escaped), each label linking to its row: a span's ``kb_id`` is its row's path under the database.
    The style writes a space after each stretch of text outside every item (it assumes words are
    separated by spaces): the only characters shown that the text does not hold."""
    spans = [(item["start"] - start, item["end"] - start, item["label"],
              f"{item['table']}/{tilde_encode(str(item['id']))}")
             for item in items if start <= item["start"] < item["end"] <= end]
    database_url = str(datasette.urls.database(database)).replace("{", "{{").replace("}", "}}")
    with warnings.catch_warnings():  # displaCy warns of a text without spans; it draws it all the same
        warnings.simplefilter("ignore", UserWarning)
        html = displacy.render(
            item_doc(text[start:end], spans), style="span", page=False,
            options={"spans_key": SPAN_GROUP, "kb_url_template": database_url + "/{}", "template": SPAN_TEMPLATES,
                     "colors": {label: colour for label, (colour, _, _) in ENTITY_LABELS.items()}},
        )
    return markupsafe.Markup(html)


def _legend() -> list[dict]:
    return [{"label": label, "colour": colour, "chinese": chinese, "table": table}
            for label, (colour, chinese, table) in ENTITY_LABELS.items()]


def copies_of(conn, document_id: str) -> list[dict]:
    """The other files that carry this notice (``document_copies``): file, format, how recognised,
    the document each is printed inside."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_copies'").fetchone():
        return []  # a database built before copies were recognised
    return _rows(conn, "SELECT id, source_path, format, recognised_by, parent_id FROM document_copies "
                       "WHERE document_id = ? ORDER BY source_path, source_offset", [document_id])


@page
async def document_page(request, datasette):
    db = await _database(datasette, request)
    document_id = unquote(request.url_vars["id"])
    # the id, or a 文号 written any way (addresses): several documents of one number are listed
    address = await db.execute_fn(lambda conn: addresses.resolve(conn, document_id))
    if address.choices:
        if request.url_vars.get("format"):
            return Response.json({"doc_number": address.doc_number, "choices": address.choices})
        context = {"database": db.name, "address": address,
                   "doc_link": lambda item_id: page_url(datasette, "document", item_id, db.name)}
        return Response.html(await datasette.render_template("notices_address.html", context, request=request))
    document_id = address.document_id or document_id

    def load(conn):
        data = document_neighbourhood(conn, document_id)
        if data is None:
            return None
        text_row = conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        text = (text_row[0] if text_row else "") or ""
        data["_text"] = text
        data["_items"] = entities(conn, document_id, 0, len(text))
        data["copies"] = copies_of(conn, document_id)
        data["lifecycle"] = document_lifecycle_view(conn, document_id)  # status and timeline
        return data

    data = await db.execute_fn(load)
    if data is None:
        kept = await db.execute_fn(lambda conn: canonical_id(conn, document_id))
        if kept:  # the id of a copy of a notice kept from another file: that document's page
            return Response.redirect(page_url(datasette, "document", kept, db.name))
        raise Missing(f"No document {document_id}")
    text, items = data.pop("_text"), data.pop("_items")
    if request.url_vars.get("format"):
        return Response.json(data, headers={"Cache-Control": "no-store"})
    name = db.name

    def doc_link(item_id):
        return page_url(datasette, "document", item_id, name)

    payload = dict(data)
    payload["links"] = {
        "documents": {row_id: doc_link(row_id) for row_id in
                      [data["document"]["id"]] + [d["id"] for d in data["embedded"]]
                      + ([data["parent"]["id"]] if data["parent"] else [])
                      + [c["document_id"] for c in data["incoming"] + data["outgoing"] if c.get("document_id")]
                      + [e["document_id"] for e in data["lifecycle"]["timeline"] if e.get("document_id")]},
        "measures": {m["id"]: page_url(datasette, "measure", m["id"], name) for m in data["measures"]},
        "units": {u["id"]: row_url(datasette, name, "units", u["id"])
                  for m in data["measures"] for u in m["units"]},
    }
    context = {
        "database": name, "doc": data["document"], "data": data, "payload": _json_for_script(payload),
        "doc_link": doc_link, "row_url": lambda table, item_id: row_url(datasette, name, table, item_id),
        "measure_link": lambda item_id: page_url(datasette, "measure", item_id, name),
        "ics_link": lambda item_id: page_url(datasette, "calendar", item_id, name, ".ics"),
        "json_url": page_url(datasette, "document", document_id, name, ".json"),
        "text_html": highlighted(datasette, name, text, 0, len(text), items), "legend": _legend(),
        "script_url": str(datasette.urls.path("-/notices/static/notices_graph.js")),
    }
    return Response.html(await datasette.render_template("notices_document.html", context, request=request))


@page
async def measure_page(request, datasette):
    db = await _database(datasette, request)
    measure_id = unquote(request.url_vars["id"])

    def load(conn):
        found = _rows(conn, "SELECT m.*, d.title AS document_title, d.doc_number, d.issuer, d.text AS document_text "
                            "FROM measures m JOIN documents d ON d.id = m.document_id WHERE m.id = ?", [measure_id])
        if not found:
            return None
        measure = found[0]
        result = {"measure": measure}
        result["parent"] = (_rows(conn, "SELECT id, label, path, heading FROM measures WHERE id = ?",
                                  [measure["parent_id"]]) or [None])[0] if measure["parent_id"] else None
        result["children"] = _rows(conn, "SELECT id, label, path, heading FROM measures WHERE parent_id = ? "
                                         "ORDER BY start", [measure_id])
        start = measure["start"] if measure["start"] is not None else measure.get("text_start") or 0
        end = measure["end"] if measure["end"] is not None else measure.get("text_end") or start
        result["span"] = (start, end)
        result["items"] = entities(conn, measure["document_id"], start, end)
        result["alignments"] = []
        if "alignments" in _tables(conn):
            # each measure looked up by its id: a LEFT JOIN of the measures view (itself a join)
            # makes SQLite materialise the whole view first
            result["alignments"] = _rows(conn, """
                SELECT al.*, (SELECT label FROM measures WHERE id = al.local_measure_id) AS local_label,
                       (SELECT heading FROM measures WHERE id = al.local_measure_id) AS local_heading,
                       (SELECT label FROM measures WHERE id = al.national_measure_id) AS national_label,
                       (SELECT heading FROM measures WHERE id = al.national_measure_id) AS national_heading
                FROM alignments al
                WHERE al.local_measure_id = :id OR al.national_measure_id = :id
                ORDER BY al.score DESC""", {"id": measure_id})
        return result

    data = await db.execute_fn(load)
    if data is None:
        raise Missing(f"No measure {measure_id}")
    name = db.name
    measure = data["measure"]
    start, end = data["span"]
    text = measure.pop("document_text") or ""
    groups = {label: [item for item in data["items"] if item["label"] == label] for label in ENTITY_LABELS}
    context = {
        "database": name, "measure": measure, "parent": data["parent"], "children": data["children"],
        "groups": groups, "alignments": data["alignments"], "legend": _legend(),
        "text_html": highlighted(datasette, name, text, start, end, data["items"]),
        "doc_link": lambda item_id: page_url(datasette, "document", item_id, name),
        "measure_link": lambda item_id: page_url(datasette, "measure", item_id, name),
        "row_url": lambda table, item_id: row_url(datasette, name, table, item_id),
        "ics_link": lambda item_id: page_url(datasette, "calendar", item_id, name, ".ics"),
    }
    return Response.html(await datasette.render_template("notices_measure.html", context, request=request))


@page
async def static_file(request, datasette):
    name = request.url_vars["name"]
    path = (STATIC / name).resolve()
    if path.parent != STATIC.resolve() or not path.is_file():
        raise Missing("No such file")
    return Response(path.read_bytes(), content_type=CONTENT_TYPES.get(path.suffix, "application/octet-stream"),
                    headers={"Cache-Control": "max-age=300"})


@hookimpl
def register_routes():
    return [
        (r"^/-/notices/document/(?P<id>[^/]+?)(?P<format>\.json)?$", document_page),
        (r"^/-/notices/measure/(?P<id>[^/]+)$", measure_page),
        (r"^/-/notices/static/(?P<name>[A-Za-z0-9_][A-Za-z0-9_.-]*)$", static_file),
    ]
