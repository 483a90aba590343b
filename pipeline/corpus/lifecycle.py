"""Each document's status on the day of the build, and the documents that repeal it.

Runs over the whole database after the citations are resolved (``pipeline.corpus``), so the result
is the same whichever order the files were built in and after any incremental build: a repeal read
before the document it repeals was stored counts as soon as that document is.

``repealed_by``: the document of the database whose ``repeals`` citation (``acts_on`` cited) resolves
to this one, unless this one took effect after that repeal (the version it repealed was an earlier
one of the same title); of several, the one whose repeal took effect first. ``status`` on ``today``:

    repealed   a repeal has taken effect (the day the repeal gives, 《X》自2026年1月1日起停止执行, else its
               document's effective date, else its own date, is past; an undated one counts as taken effect)
    not_yet    the effective date is after today
    expired    the last day in force (expiry_date) is before today
    in_force   in force since its effective date or, when the text states none, since its own date
               (a notice is in force from its issue unless it says otherwise)
    unknown    no date to go by

The day is ``today`` when given (tests), else ``NOTICES_TODAY`` (ISO) from the environment, else the
calendar day. ``document_timeline`` gives a document's life for its page: signed, effective, amended,
repealed, expired.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Optional

import sqlite_utils

from extractors.lifecycle import DATE_PARTS_RE, parse_date
from schema.tables import TABLES

STATUSES = ("in_force", "not_yet", "expired", "repealed", "unknown")
TODAY_VARIABLE = "NOTICES_TODAY"

# Each repealing citation resolved to a document, with the day its repeal takes effect and the day
# the repealed document took effect.
REPEALS_SQL = """
SELECT c.cited_document_id, r.id, coalesce(c.takes_effect, r.effective_date, r.signed_date, r.printed_date),
       coalesce(d.effective_date, d.signed_date, d.printed_date)
FROM citations c JOIN documents r ON r.id = c.document_id JOIN documents d ON d.id = c.cited_document_id
WHERE c.relation = 'repeals' AND coalesce(c.acts_on, 'cited') = 'cited' AND c.cited_document_id != c.document_id
"""
DOCUMENTS_SQL = """
SELECT id, effective_date, expiry_date, coalesce(signed_date, printed_date), status, repealed_by FROM documents
"""


def build_day(today: Optional[date] = None) -> date:
    """The day statuses are computed for: ``today``, else $NOTICES_TODAY, else the calendar day."""
    if today is not None:
        return today
    told = os.environ.get(TODAY_VARIABLE)
    if told:
        try:
            return date.fromisoformat(told)
        except ValueError:
            raise ValueError(f"{TODAY_VARIABLE}={told!r} is not a date (YYYY-MM-DD)") from None
    return date.today()


@dataclass(frozen=True)
class Repeal:
    by: str  # the repealing document
    day: Optional[str]  # ISO, when its repeal takes effect; None when it gives no date


def repeals_this_version(repeal_day: Optional[str], cited_day: Optional[str]) -> bool:
    """Whether a repeal can be of the document it resolved to: not when that document took effect
    after the repeal (a title names every version: the trial rules of 2013 repealing the 《人民检察院
    刑事诉讼规则》 of 1999 do not repeal the rules of 2019 that bear that title)."""
    return repeal_day is None or cited_day is None or cited_day <= repeal_day


def first_repeal(repeals: list[Repeal]) -> Optional[Repeal]:
    """The repeal that took effect first (undated ones after the dated), ties by document id."""
    return min(repeals, key=lambda r: (r.day is None, r.day or "", r.by), default=None)


def status_on(today: str, effective: Optional[str], expiry: Optional[str], own_date: Optional[str],
              repeal: Optional[Repeal]) -> str:
    """A document's status on ``today`` (all dates ISO, which compare as strings)."""
    if repeal is not None and (repeal.day is None or repeal.day <= today):
        return "repealed"
    start = effective or own_date
    if start is None and expiry is None:
        return "unknown"
    if start is not None and start > today:
        return "not_yet"
    if expiry is not None and expiry < today:
        return "expired"
    return "in_force" if start is not None else "unknown"


def ensure_lifecycle_columns(db: sqlite_utils.Database) -> None:
    """A database built before these columns existed gets them (they are filled by the next build
    of each file; status and repealed_by here)."""
    for table, names in (("documents", ("effective_date", "effective_text", "expiry_date", "expiry_text", "status",
                                        "repealed_by")), ("citations", ("acts_on", "takes_effect"))):
        have = {column.name for column in db[table].columns}
        for name in names:
            if name not in have:
                db[table].add_column(name, TABLES[table]["columns"][name])


def update_lifecycle(db: sqlite_utils.Database, today: Optional[date] = None) -> int:
    """Set ``repealed_by`` and ``status`` of every document for the day of the build; returns how
    many rows changed."""
    ensure_lifecycle_columns(db)
    day = build_day(today).isoformat()
    repeals: dict[str, list[Repeal]] = {}
    for cited, by, repeal_day, cited_day in db.execute(REPEALS_SQL):
        if repeals_this_version(repeal_day, cited_day):
            repeals.setdefault(cited, []).append(Repeal(by, repeal_day))
    changes = []
    for doc_id, effective, expiry, own_date, status, repealed_by in db.execute(DOCUMENTS_SQL).fetchall():
        repeal = first_repeal(repeals.get(doc_id, []))
        new = (status_on(day, effective, expiry, own_date, repeal), repeal.by if repeal else None)
        if new != (status, repealed_by):
            changes.append((*new, doc_id))
    with db.conn:
        db.conn.executemany("UPDATE documents SET status = ?, repealed_by = ? WHERE id = ?", changes)
    return len(changes)


# --- the timeline of one document ------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _history_day(text: str, start: int) -> Optional[str]:
    """The date written on a history line before the citation at ``start`` (2014年11月1日 第十二届…
    会议《关于修改…的决定》第一次修正): the day the document was amended."""
    line_start = text.rfind("\n", 0, start) + 1
    # the last date before it: a copy may have joined the history lines into one
    written = [found.group() for found in DATE_PARTS_RE.finditer(text, line_start, start)]
    day = parse_date(written[-1]) if written else None
    return day.isoformat() if day else None


def document_timeline(conn: sqlite3.Connection, document_id: str) -> list[dict]:
    """The events of a document's life in date order (undated ones last): ``event`` (signed,
    effective, amended, repealed, expires), ``date``, ``text`` (as written, when it is a statement),
    ``document_id`` (the other document, when one acted on it)."""
    found = _rows(conn, "SELECT * FROM documents WHERE id = ?", [document_id])
    if not found:
        return []
    doc = found[0]
    events = []
    if doc.get("signed_date"):
        events.append({"event": "signed", "date": doc["signed_date"], "text": None, "document_id": None})
    if doc.get("effective_date") or doc.get("effective_text"):
        events.append({"event": "effective", "date": doc.get("effective_date"), "text": doc.get("effective_text"),
                       "document_id": None})
    # amended by other documents of the database (关于修改《X》的决定), and by the decisions its own
    # history lines name (根据…《…的决定》第二次修正): once per amending document, whichever way the two
    # name each other (the decision's day then, its effective date: the history line's date is often its
    # meeting's, 2021年4月7日 …第1835次会议《关于修改〈X〉的决定》修正，该修正自2021年4月15日施行)
    amended_by = set()
    for row in _rows(conn, """
            SELECT c.document_id AS other, coalesce(o.effective_date, o.signed_date) AS day, c.text, min(c.start)
            FROM citations c JOIN documents o ON o.id = c.document_id
            WHERE c.cited_document_id = ? AND c.relation = 'amends' AND coalesce(c.acts_on, 'cited') = 'cited'
            GROUP BY c.document_id
            """, [document_id]):  # once per amending document (its first mention), however often it names this one
        events.append({"event": "amended", "date": row["day"], "text": row["text"], "document_id": row["other"]})
        amended_by.add(row["other"])
    for row in _rows(conn, """
            SELECT cited_document_id AS other, text, start FROM citations
            WHERE document_id = ? AND relation = 'amends' AND acts_on = 'citing' ORDER BY start
            """, [document_id]):
        if row["other"] is not None and row["other"] in amended_by:
            continue
        amended_by.add(row["other"])
        events.append({"event": "amended", "date": _history_day(doc["text"] or "", row["start"]),
                       "text": row["text"], "document_id": row["other"]})
    if doc.get("repealed_by"):
        by = _rows(conn, "SELECT min(coalesce(c.takes_effect, r.effective_date, r.signed_date, r.printed_date)) AS day "
                         "FROM documents r LEFT JOIN citations c ON c.document_id = r.id AND c.relation = 'repeals' "
                         "AND c.cited_document_id = ? WHERE r.id = ?", [document_id, doc["repealed_by"]])
        events.append({"event": "repealed", "date": by[0]["day"] if by else None, "text": None,
                       "document_id": doc["repealed_by"]})
    if doc.get("expiry_date") or doc.get("expiry_text"):
        events.append({"event": "expires", "date": doc.get("expiry_date"), "text": doc.get("expiry_text"),
                       "document_id": None})
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or ""))


def document_lifecycle_view(conn: sqlite3.Connection, document_id: str) -> dict:
    """What the document page shows of a document's life: its lifecycle columns, the name of the
    document that repeals it, and its timeline with the other documents named (文号 and title)."""
    columns = ("status", "repealed_by", "effective_date", "effective_text", "expiry_date", "expiry_text")
    have = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    found = _rows(conn, f"SELECT {', '.join(c for c in columns if c in have) or 'id'} FROM documents WHERE id = ?",
                  [document_id]) if have else []
    view = {column: (found[0].get(column) if found else None) for column in columns}
    timeline = document_timeline(conn, document_id) if set(columns) <= have else []
    names = {row["id"]: " ".join(filter(None, (row["doc_number"], row["title"]))) or row["id"] for row in _rows(
        conn, "SELECT id, doc_number, title FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([e["document_id"] for e in timeline if e["document_id"]] + [view["repealed_by"]])])}
    for event in timeline:
        event["document_name"] = names.get(event["document_id"])
    view.update(timeline=timeline, repealed_by_name=names.get(view["repealed_by"]))
    return view
