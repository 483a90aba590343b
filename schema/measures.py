"""``measures`` (the contract's table) as a view over ``measure_rows``: a measure's text is read
where it stands in ``documents.text`` instead of being stored a second time (it was a tenth of the
database, the same characters as the documents' bodies).

``measure_rows`` holds every other column, and the UTF-8 byte offsets of the measure's text in
``documents.text`` (``text_byte_start``, ``text_byte_end``): a ``substr`` of the text as a BLOB
cuts those bytes without counting the characters before them. The contract's offsets (``start``,
``end``, ``text_start``, ``text_end``) stay character offsets.

The view can be written like the table it was: an insert, an update or a delete of ``measures``
goes to ``measure_rows`` (INSTEAD OF triggers). A text written by hand that is not the document's
(an insert without byte offsets, an update of ``text``) is kept in ``text_edited`` and read
instead. The build writes ``measure_rows`` itself. ``rowid`` is the row's rowid in
``measure_rows``: what the full-text index ``measures_zh_fts`` and Datasette's search box key it by.
"""

from __future__ import annotations

import sqlite3

#: The stored table and its columns (schema.tables.TABLES["measure_rows"] defines their types).
STORED = "measure_rows"
# columns of the view that are those of measure_rows, in the contract's order (text is computed)
_BEFORE_TEXT = ("id", "document_id", "parent_id", "level", "ordinal", "label", "path", "heading")
_AFTER_TEXT = ("start", "end", "page", "style", "text_start", "text_end")
_WRITABLE = _BEFORE_TEXT + _AFTER_TEXT


def _q(columns, alias: str = "") -> str:
    return ", ".join(f'{alias}"{c}"' for c in columns)


def derived_text(row: str, document: str) -> str:
    """The SQL of a measure's text from its row ``row`` of measure_rows and its document."""
    return (f"coalesce({row}.text_edited, CAST(substr(CAST({document}.text AS BLOB), {row}.text_byte_start + 1, "
            f"{row}.text_byte_end - {row}.text_byte_start) AS TEXT))")


# LEFT JOIN: a query that reads no text (counts, facets, headings) does not read the document at all
MEASURES_VIEW = f"""CREATE VIEW measures AS
SELECT m.rowid AS rowid, {_q(_BEFORE_TEXT, 'm.')}, {derived_text('m', 'd')} AS text, {_q(_AFTER_TEXT, 'm.')}
FROM {STORED} m LEFT JOIN documents d ON d.id = m.document_id"""

MEASURES_TRIGGERS = {
    "measures_insert": f"""CREATE TRIGGER measures_insert INSTEAD OF INSERT ON measures BEGIN
    INSERT INTO {STORED} ({_q(_WRITABLE)}, text_edited) VALUES ({_q(_WRITABLE, 'new.')}, new.text);
END""",
    # text: kept as edited only when it is no longer the document's own
    "measures_update": f"""CREATE TRIGGER measures_update INSTEAD OF UPDATE ON measures BEGIN
    UPDATE {STORED} SET {', '.join(f'"{c}" = new."{c}"' for c in _WRITABLE)},
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


def _move_rows_of_old_table(conn: sqlite3.Connection) -> None:
    have = {row[1] for row in conn.execute("PRAGMA table_info(measures)")}
    columns = [c for c in _WRITABLE if c in have]
    conn.execute(f"INSERT OR IGNORE INTO {STORED} (rowid, {_q(columns)}, text_edited) "
                 f"SELECT rowid, {_q(columns)}, text FROM measures")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'measures'"
                                ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP TABLE measures")
