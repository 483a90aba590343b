"""``measures`` (the contract's table) as a view over ``measure_rows``: a measure's text is read
where it stands in ``documents.text`` instead of being stored a second time (it was a tenth of the
database, the same characters as the documents' bodies).

``measure_rows`` holds every other column, and the UTF-8 byte offsets of the measure's text in
``documents.text`` (``text_byte_start``, ``text_byte_end``): a ``substr`` of the text as a BLOB
cuts those bytes without counting the characters before them. The contract's offsets (``start``,
``end``, ``text_start``, ``text_end``) stay character offsets. The heading (the first clause of
the text) is read from the text the same way (``heading_byte_offset`` bytes after the text's
start, ``heading_byte_length`` bytes long): stored, the headings were a twentieth of the database.
``measure_rows.heading`` holds only a heading that is not in the text (written by hand).

The view can be written like the table it was: an insert, an update or a delete of ``measures``
goes to ``measure_rows`` (INSTEAD OF triggers). A text written by hand that is not the document's
(an insert without byte offsets, an update of ``text``) is kept in ``text_edited`` and read
instead; so is a heading written by hand, in ``measure_rows.heading``. The build writes ``measure_rows`` itself. ``rowid`` is the row's rowid in
``measure_rows``: what the full-text index ``measures_zh_fts`` and Datasette's search box key it by.
"""

from __future__ import annotations

import sqlite3
from typing import Optional

from schema.search import edit_triggers

#: The stored table and its columns (schema.tables.TABLES["measure_rows"] defines their types).
STORED = "measure_rows"
# columns of the view that are those of measure_rows, in the contract's order (text is computed)
_BEFORE_HEADING = ("id", "document_id", "parent_id", "level", "ordinal", "label", "path")
_AFTER_TEXT = ("start", "end", "page", "style", "text_start", "text_end")
_WRITABLE = _BEFORE_HEADING + ("heading",) + _AFTER_TEXT


def _q(columns, alias: str = "") -> str:
    return ", ".join(f'{alias}"{c}"' for c in columns)


def derived_text(row: str, document: str) -> str:
    """The SQL of a measure's text from its row ``row`` of measure_rows and its document."""
    return (f"coalesce({row}.text_edited, CAST(substr(CAST({document}.text AS BLOB), {row}.text_byte_start + 1, "
            f"{row}.text_byte_end - {row}.text_byte_start) AS TEXT))")


def derived_heading(row: str, document: str) -> str:
    """The SQL of a measure's heading from its row ``row`` of measure_rows and its document: the
    one written by hand, else the bytes the offsets give (NULL when there are none). The document's
    text is read only for a measure that has a heading there (reading it copies the whole text)."""
    return (f"CASE WHEN {row}.heading IS NULL AND {row}.heading_byte_length IS NOT NULL "
            f"THEN CAST(substr(CAST({document}.text AS BLOB), {row}.text_byte_start + {row}.heading_byte_offset + 1, "
            f"{row}.heading_byte_length) AS TEXT) ELSE {row}.heading END")


def heading_bytes(own_text: str, heading: Optional[str]) -> tuple[Optional[int], Optional[int]]:
    """(offset, length) in UTF-8 bytes of ``heading`` in the measure's ``own_text`` (where it first
    stands), or (None, None) when there is no heading or it is not in the text."""
    at = own_text.find(heading) if heading else -1
    if at < 0:
        return None, None
    return len(own_text[:at].encode("utf-8")), len(heading.encode("utf-8"))


def document_headings(conn: sqlite3.Connection, document_id: str) -> Optional[dict[str, Optional[str]]]:
    """Measure id -> heading, for the measures of one document, its text read once (the view reads
    it for each measure, which for a law of a thousand articles is a thousand copies of its text);
    None when ``measure_rows`` has no heading offsets (a database not yet opened to write)."""
    if "heading_byte_length" not in {row[1] for row in conn.execute(f"PRAGMA table_info({STORED})")}:
        return None
    found = conn.execute("SELECT CAST(text AS BLOB) FROM documents WHERE id = ?", [document_id]).fetchone()
    text = (found and found[0]) or b""
    return {measure_id: heading if heading is not None or length is None
            else text[start + offset:start + offset + length].decode("utf-8", "replace")
            for measure_id, heading, start, offset, length in conn.execute(
                f"SELECT id, heading, text_byte_start, heading_byte_offset, heading_byte_length FROM {STORED} "
                "WHERE document_id = ?", [document_id])}


def stored_row(measure: dict) -> dict:
    """A measure's row (``pipeline.ingest.rows``: every column of the view, with the byte offsets)
    as measure_rows stores it: no text, and no heading where the offsets find it."""
    row = {k: v for k, v in measure.items() if k != "text"}
    if row.get("heading_byte_length") is not None:
        row["heading"] = None
    return row


# LEFT JOIN: a query that reads neither text nor heading (counts, facets) does not read the document
MEASURES_VIEW = f"""CREATE VIEW measures AS
SELECT m.rowid AS rowid, {_q(_BEFORE_HEADING, 'm.')}, {derived_heading('m', 'd')} AS heading,
       {derived_text('m', 'd')} AS text, {_q(_AFTER_TEXT, 'm.')}
FROM {STORED} m LEFT JOIN documents d ON d.id = m.document_id"""

MEASURES_TRIGGERS = {
    "measures_insert": f"""CREATE TRIGGER measures_insert INSTEAD OF INSERT ON measures BEGIN
    INSERT INTO {STORED} ({_q(_WRITABLE)}, text_edited) VALUES ({_q(_WRITABLE, 'new.')}, new.text);
END""",
    # text and heading: kept as edited only when they are no longer the document's own
    "measures_update": f"""CREATE TRIGGER measures_update INSTEAD OF UPDATE ON measures BEGIN
    UPDATE {STORED} SET {', '.join(f'"{c}" = new."{c}"' for c in _WRITABLE if c != "heading")},
        heading = CASE WHEN new.heading IS old.heading THEN heading ELSE new.heading END,
        heading_byte_length = CASE WHEN new.heading IS old.heading THEN heading_byte_length END,
        text_edited = CASE WHEN new.text IS old.text THEN text_edited ELSE new.text END
    WHERE rowid = old.rowid;
END""",
    "measures_delete": f"""CREATE TRIGGER measures_delete INSTEAD OF DELETE ON measures BEGIN
    DELETE FROM {STORED} WHERE rowid = old.rowid;
END""",
}


def byte_offsets(text: str, offsets: list[int]) -> list[int]:
    """The UTF-8 byte offset in ``text`` of each character offset of ``offsets`` (any order), in
    one pass over the text."""
    found: dict[int, int] = {}
    at, byte = 0, 0
    for offset in sorted(set(offsets)):
        byte += len(text[at:offset].encode("utf-8"))
        at = offset
        found[offset] = byte
    return [found[offset] for offset in offsets]


def create_measures_view(conn: sqlite3.Connection) -> None:
    """The view and its triggers, made again when they are not this version's; a database whose
    ``measures`` is still a table (an older build) has its rows moved into ``measure_rows``, each
    text kept as ``text_edited`` until its file is built again."""
    kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'measures'").fetchone()
    if kind and kind[0] == "table":
        _move_rows_of_old_table(conn)
        kind = None
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') "
                              "AND tbl_name = 'measures'"))
    if found.get("measures") == MEASURES_VIEW and all(found.get(n) == sql for n, sql in MEASURES_TRIGGERS.items()):
        return
    conn.execute("DROP VIEW IF EXISTS measures")  # its triggers go with it
    conn.execute(MEASURES_VIEW)
    for sql in MEASURES_TRIGGERS.values():
        conn.execute(sql)
    _headings_to_offsets(conn)


# The headings an older build stored, found in their measure's text (the byte search gives the
# bytes where build's character search does: a UTF-8 character's first byte never continues another)
_HEADING_AT = f"""(SELECT instr(substr(CAST(d.text AS BLOB), {STORED}.text_byte_start + 1,
    {STORED}.text_byte_end - {STORED}.text_byte_start), CAST({STORED}.heading AS BLOB))
    FROM documents d WHERE d.id = {STORED}.document_id)"""
_STORED_HEADING = "heading IS NOT NULL AND text_edited IS NULL AND heading_byte_length IS NULL"
HEADING_MIGRATION = (
    f"UPDATE {STORED} SET heading_byte_offset = {_HEADING_AT} - 1 WHERE {_STORED_HEADING}",
    f"UPDATE {STORED} SET heading_byte_length = length(CAST(heading AS BLOB)), heading = NULL "
    f"WHERE {_STORED_HEADING} AND heading_byte_offset >= 0",
    f"UPDATE {STORED} SET heading_byte_offset = NULL WHERE heading_byte_length IS NULL AND heading_byte_offset IS NOT NULL",
)


def _headings_to_offsets(conn: sqlite3.Connection) -> None:
    """Replace the headings stored in ``measure_rows`` (a database built before the view read
    them from the text) by their offsets; a measure whose text was kept as it was
    (``text_edited``) keeps its heading. The search index's edit trigger on ``measure_rows`` is
    dropped first (the headings read do not change): the next search index build makes it again
    and checks the index against the rows once."""
    if not conn.execute(f"SELECT 1 FROM {STORED} WHERE {_STORED_HEADING} LIMIT 1").fetchone():
        return
    for name in edit_triggers("measures"):
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for sql in HEADING_MIGRATION:
        conn.execute(sql)


def _move_rows_of_old_table(conn: sqlite3.Connection) -> None:
    have = {row[1] for row in conn.execute("PRAGMA table_info(measures)")}
    columns = [c for c in _WRITABLE if c in have]
    conn.execute(f"INSERT OR IGNORE INTO {STORED} (rowid, {_q(columns)}, text_edited) "
                 f"SELECT rowid, {_q(columns)}, text FROM measures")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'measures'"
                                ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP TABLE measures")
