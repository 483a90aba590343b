"""Offices on the site: what a clerk types (泾县卫健委, 福州市扶贫办, 卫健) finds their measures, deadlines
and calendar; when nothing matches, the nearest offices are suggested.

* SQL functions (``prepare_connection``), for the canned queries of ``datasette_metadata.json``:
  ``notices_office_ids(typed)`` — the ids of the units ``typed`` names, a JSON array
  (``pipeline.site.offices.resolve``; use ``json_each``); ``notices_date(typed)`` — a date as typed
  (2020/3/1, 2020年3月1日, 20200301, 今天) in ISO form, NULL when empty or no date (the query page says why);
  ``notices_next_due(rule, started, signed_date, printed_date, year, after)`` — a recurring duty's next
  occurrence on or after ``after``; ``notices_deadline_note(kind, rule, text_before)`` — what a
  recurring or relative deadline is (its RRULE; the event it counts from).
* The query page (``extra_template_vars``, shown by ``templates/query.html``): for a canned query that
  takes an office, which units the text was read as, or the nearest ones, each a link running the
  query for it; for one that takes a date, the sentence saying why what was typed is no date.
* Pages: ``/-/notices/calendar`` (every unit's feed, ``?q=`` to find one) and
  ``/-/notices/calendar/<office>.ics`` (the feed of the units the name resolves to; a 404 page with
  the nearest offices when none).
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import quote, unquote, urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from extractors.segment import tagged_words
from pipeline.site import duties, feeds
from pipeline.site.dates import DateError, iso_date, read_date
from pipeline.site.home import SYSTEM_DATABASES, notices_database
from pipeline.site.offices import Resolution, load_offices, resolve

# Canned queries whose parameter names an office, and those whose parameter is a date.
OFFICE_PARAMETERS = {"measures_for_unit": "unit", "upcoming_deadlines": "unit"}
DATE_PARAMETERS = {"upcoming_deadlines": "after"}


# --- SQL functions ---------------------------------------------------------------------------------


class OfficeCache:
    """A connection's units and the names resolved against them, read again when the database
    changed (a build while the site is up: ``PRAGMA data_version`` moves when another connection
    commits). SQLite may call a function once per row: the answer for a name is kept."""

    def __init__(self, conn):
        self.conn = conn
        self.version = None
        self.offices = []
        self.resolved = {}

    def current(self):
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.offices, self.version, self.resolved = load_offices(self.conn), version, {}
        return self.offices

    def ids(self, typed):
        offices = self.current()
        if typed not in self.resolved:
            # no suggestions here: the page works them out outside the query's time limit
            self.resolved[typed] = json.dumps(resolve(typed, offices, suggest=False).ids, ensure_ascii=False)
        return self.resolved[typed]


def next_due(rule, started, signed_date, printed_date, year, after):
    start = duties.duty_start(started, signed_date, printed_date, year)
    found = duties.next_due(rule, start, duties.iso(after))
    return found.isoformat() if found else None


@hookimpl
def prepare_connection(conn, database, datasette):
    offices = OfficeCache(conn)
    conn.create_function("notices_office_ids", 1, offices.ids)
    conn.create_function("notices_date", 1, iso_date)  # not deterministic: 今天 is today
    conn.create_function("notices_next_due", 6, next_due, deterministic=True)
    conn.create_function("notices_deadline_note", 3, duties.describe, deterministic=True)


@hookimpl
def startup(datasette):
    async def warm_up():
        # the place names in what people type are read by jieba's part-of-speech tagger, whose
        # dictionaries take seconds to load: before the first query (whose time limit would stop it)
        await asyncio.get_running_loop().run_in_executor(None, tagged_words, "泾县卫健委")
    return warm_up


# --- the query page ----------------------------------------------------------------------------------


def query_url(datasette, database: str, query: str, request, parameter: str, value: str) -> str:
    arguments = {key: request.args.get(key) for key in request.args if key != parameter}
    arguments[parameter] = value
    return str(datasette.urls.database(database)) + "/" + tilde_encode(query) + "?" + urlencode(arguments)


def office_note(datasette, database, query, request, parameter, resolution: Resolution) -> dict:
    """What the query page says about the office typed: the units it was read as, or the nearest."""
    def entry(office):
        return {"label": office.label, "url": query_url(datasette, database, query, request, parameter, office.id),
                "ics": calendar_url(datasette, office.id, database)}
    return {"typed": resolution.typed.strip(), "how": resolution.how,
            "offices": [entry(office) for office in resolution.offices],
            "suggestions": [entry(office) for office in resolution.suggestions]}


@hookimpl
def extra_template_vars(template, database, request, datasette):
    if template != "query.html" or request is None or not database:
        return None
    query = unquote(request.url_vars.get("table") or "")
    office_parameter, date_parameter = OFFICE_PARAMETERS.get(query), DATE_PARAMETERS.get(query)
    if not office_parameter and not date_parameter:
        return None

    async def variables():
        found = {}
        typed = (request.args.get(office_parameter) or "") if office_parameter else ""
        if typed.strip():
            db = datasette.get_database(database)
            resolution = await db.execute_fn(lambda conn: resolve(typed, load_offices(conn)))
            found["notices_office"] = office_note(datasette, database, query, request, office_parameter, resolution)
        if date_parameter:
            try:
                read_date(request.args.get(date_parameter))
            except DateError as error:
                found["notices_date_error"] = str(error)
        return found

    return variables


# --- calendar pages ----------------------------------------------------------------------------------


def user_databases(datasette) -> list[str]:
    return [name for name in datasette.databases if name not in SYSTEM_DATABASES]


def calendar_url(datasette, unit: str, database: str = None) -> str:
    url = str(datasette.urls.path(f"-/notices/calendar/{quote(str(unit), safe='')}.ics"))
    if database and len(user_databases(datasette)) > 1:
        url += "?db=" + quote(database, safe="")
    return url


async def missing(datasette, request, message: str, suggestions=(), database=None):
    context = {"message": message, "database": database,
               "suggestions": [{"label": office.label, "ics": calendar_url(datasette, office.id, database)}
                               for office in suggestions],
               "index": str(datasette.urls.path("-/notices/calendar"))}
    html = await datasette.render_template("notices_calendar_missing.html", context, request=request)
    return Response.html(html, status=404)


async def calendar_feed(request, datasette):
    db = await notices_database(datasette, request)
    if db is None:
        return await missing(datasette, request, "No database of notices")
    typed = unquote(request.url_vars["unit"])
    base_url = f"{request.scheme}://{request.host}" if request.host else ""
    ics, resolution = await db.execute_fn(lambda conn: feeds.office_calendar(conn, typed, base_url))
    if ics is None:
        return await missing(datasette, request, f"No office called “{typed.strip()}”", resolution.suggestions, db.name)
    filename = quote(f"{resolution.cleaned or 'calendar'}.ics")
    return Response(ics, content_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f"inline; filename*=UTF-8''{filename}"})


async def calendar_index(request, datasette):
    db = await notices_database(datasette, request)
    if db is None:
        return await missing(datasette, request, "No database of notices")
    typed = request.args.get("q") or ""

    def load(conn):
        offices = load_offices(conn)
        return offices, feeds.event_counts(conn), (resolve(typed, offices) if typed.strip() else None)

    offices, counts, resolution = await db.execute_fn(load)
    shown = resolution.offices if resolution else offices

    def row(office):
        return {"id": office.id, "name": office.name, "label": office.label, "kind": office.kind,
                "region": office.region, "deadlines": counts.get(office.id, 0),
                "ics": calendar_url(datasette, office.id, db.name),
                "row": str(datasette.urls.row(db.name, "units", tilde_encode(office.id)))}

    rows = sorted((row(office) for office in shown),
                  key=lambda r: (-r["deadlines"], r["region"] or "", r["name"] or ""))
    context = {"database": db.name, "units": rows, "q": typed, "resolution": resolution,
               "typed_ics": calendar_url(datasette, typed.strip(), db.name),
               "suggestions": [row(office) for office in resolution.suggestions] if resolution else []}
    return Response.html(await datasette.render_template("notices_calendar.html", context, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/notices/calendar/?$", calendar_index),
        (r"^/-/notices/calendar/(?P<unit>[^/]+)\.ics$", calendar_feed),
    ]


@hookimpl
def extra_css_urls(datasette):
    return [str(datasette.urls.path("-/notices/static/notices_offices.css"))]
