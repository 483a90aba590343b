"""iCalendar (RFC 5545) feeds of the dated deadlines a unit is responsible for.

A deadline belongs to a unit when the unit is assigned the measure the deadline is in, a measure
inside it, or a measure around it (same document, measure paths one a prefix of the other): a
deadline written in 一、 applies to the units of （一）, and a unit named after 一、 answers for the
deadlines of its items. Only deadlines with a date (kind ``deadline``) become events: all-day events
on that date. Written by hand: no dependency.

The site serves them at ``/-/notices/calendar/<unit>.ics`` (see the Datasette plugin).
"""

from __future__ import annotations

import datetime
import hashlib
from typing import Iterable, Optional
from urllib.parse import quote
from pipeline.ingest.database import connected as _connected

PRODID = "-//notices//Chinese policy notices deadlines//ZH"

# Deadlines (with a date) and the units assigned to related measures of the same document.
RELATED_UNITS_SQL = """
SELECT dl.id AS deadline_id, dl.date, dl.text AS deadline_text, dl.document_id, dl.measure_id,
       u.id AS unit_id, coalesce(u.name, a.unit_id) AS unit_name, a.role,
       m.label AS measure_label, m.path AS measure_path, m.heading AS measure_heading,
       m.text AS measure_text, d.title AS document_title, d.doc_number, d.issuer
FROM deadlines dl
JOIN documents d ON d.id = dl.document_id
JOIN measures m ON m.id = dl.measure_id
JOIN measures am ON am.document_id = m.document_id
     AND (am.path = m.path OR am.path LIKE m.path || '.%' OR m.path LIKE am.path || '.%')
JOIN assignments a ON a.measure_id = am.id
LEFT JOIN units u ON u.id = a.unit_id
WHERE dl.date IS NOT NULL AND dl.date != '' AND a.unit_id IN ({placeholders})
ORDER BY dl.date, dl.id, a.unit_id
"""


def resolve_units(db, unit: str) -> list[tuple[str, str]]:
    """(id, name) of the units called ``unit``: by id or canonical name, else by alias or raw form."""
    with _connected(db) as conn:
        rows = conn.execute("SELECT id, name FROM units WHERE id = ? OR name = ? ORDER BY id", [unit, unit]).fetchall()
        if not rows:
            rows = conn.execute(
                "SELECT DISTINCT u.id, u.name FROM units u WHERE u.id IN "
                "(SELECT unit_id FROM unit_aliases WHERE alias = ? UNION SELECT unit_id FROM assignments WHERE raw = ?) "
                "ORDER BY u.id", [unit, unit]).fetchall()
    return [(row[0], row[1]) for row in rows]


def deadline_events(db, unit_ids: Iterable[str]) -> list[dict]:
    """One event per (deadline, unit); a unit assigned several related measures gets the deadline once."""
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
        events.append(row)
    return events


# --- RFC 5545 -----------------------------------------------------------------------------------


def escape_text(value) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (§3.1), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _date(value: str) -> Optional[datetime.date]:
    try:
        return datetime.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def _uid(event: dict) -> str:
    unit = hashlib.sha1(str(event.get("unit_id")).encode("utf-8")).hexdigest()[:10]
    return f"{event['deadline_id']}-{unit}@notices"


def to_ics(events: list[dict], name: str, base_url: str = "", now: Optional[datetime.datetime] = None) -> str:
    """An iCalendar document with one all-day VEVENT per event."""
    stamp = (now or datetime.datetime.now(datetime.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(name)}", "X-WR-TIMEZONE:Asia/Shanghai",
             "REFRESH-INTERVAL;VALUE=DURATION:P1D", "X-PUBLISHED-TTL:P1D"]
    for event in events:
        day = _date(event.get("date") or "")
        if not day:
            continue
        measure = " ".join(part for part in (event.get("measure_label"), event.get("measure_heading")) if part)
        summary = f"{event.get('unit_name')}：{measure or event.get('document_title')}（{event.get('deadline_text')}）"
        description = "\n".join(part for part in (
            f"{event.get('document_title') or ''} {event.get('doc_number') or ''}".strip(),
            f"发文机关 issuer: {event['issuer']}" if event.get("issuer") else None,
            f"责任单位 unit: {event.get('unit_name')} ({event.get('role') or 'responsible'})",
            f"时限 deadline: {event.get('deadline_text')} → {event.get('date')}",
            (event.get("measure_text") or "")[:600] or None,
        ) if part)
        lines += ["BEGIN:VEVENT", f"UID:{escape_text(_uid(event))}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
                  f"DTEND;VALUE=DATE:{(day + datetime.timedelta(days=1)).strftime('%Y%m%d')}",
                  f"SUMMARY:{escape_text(summary)}", f"DESCRIPTION:{escape_text(description)}",
                  "TRANSP:TRANSPARENT", f"CATEGORIES:{escape_text(event.get('unit_name'))}"]
        if base_url and event.get("measure_id"):
            lines.append(f"URL:{base_url.rstrip('/')}/-/notices/measure/{_url_quote(event['measure_id'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def _url_quote(value: str) -> str:
    return quote(str(value), safe="")


def unit_calendar(db, unit: str, base_url: str = "") -> Optional[str]:
    """The iCalendar feed of ``unit`` (id, name or alias), or None when no unit has that name."""
    with _connected(db) as conn:
        units = resolve_units(conn, unit)
        if not units:
            return None
        events = deadline_events(conn, [unit_id for unit_id, _ in units])
    name = "、".join(name or unit_id for unit_id, name in units)
    return to_ics(events, f"{name} 时限 deadlines", base_url)
