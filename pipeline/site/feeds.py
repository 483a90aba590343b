"""iCalendar (RFC 5545) feeds of the deadlines and recurring duties an office is responsible for.

A deadline belongs to a unit when the unit is assigned the measure the deadline is in, a measure
inside it, or a measure around it (same document, measure paths one a prefix of the other): a
deadline written in 一、 applies to the units of （一）, and a unit named after 一、 answers for the
deadlines of its items. Events are all-day:

* a dated deadline (kind ``deadline``): one event on its date;
* a recurring duty (kind ``recurring``: 每个月5日前, 一周一报, 每季度): one recurring event, its RRULE
  from ``extractors.recurrence``, starting at its first occurrence on or after the duty starts
  (``pipeline.site.duties``); what the rule leaves unsaid (no day written) is in its description.

Written with the ``icalendar`` package (escaping, folding, RRULE). Every feed holds the VTIMEZONE of
Asia/Shanghai, so that a feed with no events is still a calendar with a component, as RFC 5545
requires. The site serves them at ``/-/notices/calendar/<unit>.ics`` (``plugins/notices_offices.py``),
the unit written as people type it (``pipeline.site.offices``).
"""

from __future__ import annotations

import datetime
import hashlib
from typing import Iterable, Optional
from urllib.parse import quote

import icalendar

from extractors.recurrence import recurrence
from pipeline.ingest.database import connected as _connected
from pipeline.site import duties
from pipeline.site.offices import Resolution, load_offices, resolve

PRODID = "-//notices//Chinese policy notices deadlines//ZH"
TIMEZONE = "Asia/Shanghai"

# Dated deadlines and recurring duties with the units assigned to related measures of the same
# document; ``started`` is the text of a start (从3月份开始) just before a duty in its sentence.
RELATED_UNITS_SQL = """
SELECT dl.id AS deadline_id, dl.kind, dl.date, dl.rule, dl.text AS deadline_text, dl.document_id, dl.measure_id,
       u.id AS unit_id, coalesce(u.name, a.unit_id) AS unit_name, u.region AS unit_region, a.role,
       m.label AS measure_label, m.path AS measure_path, m.heading AS measure_heading,
       m.text AS measure_text, d.title AS document_title, d.doc_number, d.issuer,
       d.signed_date, d.printed_date, d.year AS document_year,
       CASE WHEN dl.kind = 'recurring' THEN (
         SELECT s.text FROM deadlines s
         WHERE s.document_id = dl.document_id AND s.kind = 'start' AND s.end <= dl.start
           AND dl.start - s.end <= 20 AND instr(substr(d.text, s.end + 1, dl.start - s.end), '。') = 0
         ORDER BY s.end DESC LIMIT 1) END AS started
FROM deadlines dl
JOIN documents d ON d.id = dl.document_id
JOIN measures m ON m.id = dl.measure_id
JOIN measures am ON am.document_id = m.document_id
     AND (am.path = m.path OR am.path LIKE m.path || '.%' OR m.path LIKE am.path || '.%')
JOIN assignments a ON a.measure_id = am.id
LEFT JOIN units u ON u.id = a.unit_id
WHERE ((dl.kind = 'deadline' AND dl.date IS NOT NULL AND dl.date != '') OR dl.kind = 'recurring')
  AND a.unit_id IN ({placeholders})
ORDER BY dl.date, dl.id, a.unit_id
"""


def deadline_events(db, unit_ids: Iterable[str]) -> list[dict]:
    """One event per (deadline, unit); a unit assigned several related measures gets the deadline once.
    A recurring duty's event has ``starts`` (when the duty starts) and ``first`` (its first occurrence);
    one whose rule has no calendar form (每小时) is left out."""
    unit_ids = list(unit_ids)
    if not unit_ids:
        return []
    with _connected(db) as conn:
        cursor = conn.execute(RELATED_UNITS_SQL.format(placeholders=", ".join("?" for _ in unit_ids)), unit_ids)
        names = [d[0] for d in cursor.description]
        fetched = cursor.fetchall()
    events, seen = [], set()
    for values in fetched:
        row = dict(zip(names, values))
        if (row["deadline_id"], row["unit_id"]) in seen:
            continue
        seen.add((row["deadline_id"], row["unit_id"]))
        if row["kind"] == "recurring":
            row["starts"] = duties.duty_start(row["started"], row["signed_date"], row["printed_date"],
                                              row["document_year"])
            row["first"] = duties.first_due(row["rule"], row["starts"])
            if row["first"] is None:
                continue
        events.append(row)
    return events


# The (deadline, unit) pairs of every feed, for counting: RELATED_UNITS_SQL without the texts.
EVENT_PAIRS_SQL = """
SELECT DISTINCT dl.id, dl.kind, dl.rule, a.unit_id
FROM deadlines dl
JOIN measures m ON m.id = dl.measure_id
JOIN measures am ON am.document_id = m.document_id
     AND (am.path = m.path OR am.path LIKE m.path || '.%' OR m.path LIKE am.path || '.%')
JOIN assignments a ON a.measure_id = am.id
WHERE (dl.kind = 'deadline' AND dl.date IS NOT NULL AND dl.date != '') OR dl.kind = 'recurring'
"""


def event_counts(db) -> dict[str, int]:
    """How many deadlines and recurring duties (with a calendar form) each unit's feed holds."""
    counts: dict[str, int] = {}
    with _connected(db) as conn:
        for _, kind, rule, unit_id in conn.execute(EVENT_PAIRS_SQL):
            if kind == "deadline" or recurrence(rule) is not None:
                counts[unit_id] = counts.get(unit_id, 0) + 1
    return counts


def _uid(event: dict) -> str:
    unit = hashlib.sha1(str(event.get("unit_id")).encode("utf-8")).hexdigest()[:10]
    return f"{event['deadline_id']}-{unit}@notices"


def _description(event: dict) -> str:
    found = recurrence(event.get("rule")) if event.get("kind") == "recurring" else None
    when = (f"定期 recurring: {event.get('deadline_text')} → {event.get('rule')}, from {event['starts'].isoformat()}"
            if found else f"时限 deadline: {event.get('deadline_text')} → {event.get('date')}")
    return "\n".join(part for part in (
        f"{event.get('document_title') or ''} {event.get('doc_number') or ''}".strip(),
        f"发文机关 issuer: {event['issuer']}" if event.get("issuer") else None,
        f"责任单位 unit: {event.get('unit_name')} ({event.get('role') or 'responsible'})",
        when,
        found.assumed if found else None,
        (event.get("measure_text") or "")[:600] or None,
    ) if part)


def event_component(event: dict, stamp: datetime.datetime, base_url: str = "") -> Optional[icalendar.Event]:
    """The VEVENT of one deadline or recurring duty of one unit, None when it has no day."""
    found = recurrence(event.get("rule")) if event.get("kind") == "recurring" else None
    day = event.get("first") if found else duties.iso(event.get("date"))
    if not day:
        return None
    measure = " ".join(part for part in (event.get("measure_label"), event.get("measure_heading")) if part)
    component = icalendar.Event()
    component.add("uid", _uid(event))
    component.add("dtstamp", stamp)
    component.add("dtstart", day)
    component.add("dtend", day + datetime.timedelta(days=1))
    if found:
        component.add("rrule", found.ical())
    component.add("summary", f"{event.get('unit_name')}：{measure or event.get('document_title')}"
                             f"（{event.get('deadline_text')}）")
    component.add("description", _description(event))
    component.add("transp", "TRANSPARENT")
    component.add("categories", [event.get("unit_name") or ""])
    if base_url and event.get("measure_id"):
        component.add("url", f"{base_url.rstrip('/')}/-/notices/measure/{quote(str(event['measure_id']), safe='')}")
    return component


def to_ics(events: list[dict], name: str, base_url: str = "", now: Optional[datetime.datetime] = None) -> str:
    """An iCalendar document: the time zone, and one all-day VEVENT per event that has a day."""
    stamp = (now or datetime.datetime.now(datetime.timezone.utc)).astimezone(datetime.timezone.utc)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIMEZONE)
    calendar.add("refresh-interval", datetime.timedelta(days=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "P1D")
    calendar.add_component(icalendar.Timezone.from_tzid(TIMEZONE))
    for event in events:
        component = event_component(event, stamp, base_url)
        if component is not None:
            calendar.add_component(component)
    return calendar.to_ical().decode("utf-8")


def calendar_name(resolution: Resolution) -> str:
    names = "、".join(office.label for office in resolution.offices)
    return f"{names} 时限 deadlines"


def office_calendar(db, typed: str, base_url: str = "", now: Optional[datetime.datetime] = None):
    """(the iCalendar feed of the units ``typed`` names, or None, and the resolution: its
    ``suggestions`` when no unit has that name)."""
    with _connected(db) as conn:
        resolution = resolve(typed, load_offices(conn))
        if not resolution.offices:
            return None, resolution
        events = deadline_events(conn, resolution.ids)
    return to_ics(events, calendar_name(resolution), base_url, now), resolution


def unit_calendar(db, unit: str, base_url: str = "") -> Optional[str]:
    """The iCalendar feed of ``unit`` (as typed), or None when no unit has that name."""
    return office_calendar(db, unit, base_url)[0]
