"""The ``alignments`` table: one row per local measure and the national document whose measure it
implements (``pipeline.corpus.align.step`` writes it after every build), with ``aligned_pairs``: one
row per pair of documents aligned. Contract columns first (``../shared/SCHEMA.md``), extensions
after them.

Kept lean, as it grows with the pairs of the corpus (on the 1,564 laws it was the largest table):

* a local measure that implements nothing of the national document has no row (it had one, with
  ``national_measure_id`` NULL, which made most of the table where notices cite laws they do not
  implement): the pair's row in ``aligned_pairs`` says it was aligned, and a reader that lists
  every local measure takes them from ``measures`` (:data:`UNMATCHED_SQL`; a pair is aligned again
  whenever its documents' measures change);

* ``id`` (``<local measure>~<national document>``) is computed from the two columns it names
  (a virtual column: stored nowhere), and a unique index on those two columns keys the rows and
  serves the look-ups by local measure; the text id was stored twice before (column and key).
* ``shared`` holds each passage's offsets into the two documents' ``documents.text``, not its
  words again (the passage is ``substr(text, local_start + 1, local_end - local_start)``).
* ``national_measure_id`` is indexed only where there is one: most rows record a local measure
  that follows nothing of the national document.
"""

from __future__ import annotations

import sqlite3

ALIGNMENT_COLUMNS = {
    "id": str, "local_document_id": str, "national_document_id": str, "local_measure_id": str,
    "national_measure_id": str, "score": float, "method": str, "shared": str,
    # extensions
    "local_path": str, "national_path": str, "lexical": float, "reuse": float, "also": str,
    "relation": str,
}

#: ``id``: SQLite computes it when read (``GENERATED … VIRTUAL``): writers leave it out.
ALIGNMENT_ID_SQL = "local_measure_id || '~' || national_document_id"
ALIGNMENT_STORED_COLUMNS = tuple(name for name in ALIGNMENT_COLUMNS if name != "id")

#: Index name → what it indexes. The unique one keys the table (what ``id`` was the key of).
ALIGNMENT_INDEXES = {
    "idx_alignments_local_document_id": "alignments (local_document_id)",
    "idx_alignments_national_document_id": "alignments (national_document_id)",
    "idx_alignments_local_measure_id_national_document_id":
        "alignments (local_measure_id, national_document_id)",
    "idx_alignments_national_measure_id":
        "alignments (national_measure_id) WHERE national_measure_id IS NOT NULL",
}
_UNIQUE_INDEX = "idx_alignments_local_measure_id_national_document_id"


#: The local measures of aligned pairs that match nothing of the national document (what the rows
#: with ``national_measure_id`` NULL held): ``local_document_id``, ``national_document_id``,
#: ``local_measure_id``, ``relation``.
UNMATCHED_SQL = f"""SELECT p.local_document_id, p.national_document_id, m.id AS local_measure_id, p.relation
FROM aligned_pairs p JOIN measures m ON m.document_id = p.local_document_id
WHERE NOT EXISTS (SELECT 1 FROM alignments a WHERE a.local_measure_id = m.id
                  AND a.national_document_id = p.national_document_id)"""


def _sql_type(kind: type) -> str:
    return "REAL" if kind is float else "TEXT"


def _column_sql(name: str) -> str:
    if name == "id":
        return f'"id" TEXT GENERATED ALWAYS AS ({ALIGNMENT_ID_SQL}) VIRTUAL'
    return f'"{name}" {_sql_type(ALIGNMENT_COLUMNS[name])}'


ALIGNMENTS_SQL = f"CREATE TABLE alignments ({', '.join(_column_sql(name) for name in ALIGNMENT_COLUMNS)})"


def _has_lean_layout(conn: sqlite3.Connection) -> bool:
    """Whether the stored table computes ``id`` (``table_xinfo``'s hidden: 2 or 3 for a generated column)."""
    return any(row[1] == "id" and row[6] in (2, 3) for row in conn.execute("PRAGMA table_xinfo(alignments)"))


def create_alignments(conn: sqlite3.Connection) -> None:
    """Create the table, its indexes and ``aligned_pairs`` when missing; a table of an older layout (a
    stored ``id``, columns missing) is rebuilt in this one with its rows (the shared passages' words,
    if stored, are left as they were until the pair is aligned again). A table from before
    ``aligned_pairs`` gets its pairs from its rows (its rows of unmatched measures go when the
    step writes it next)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alignments'").fetchone()
    if not exists:
        conn.execute(ALIGNMENTS_SQL)
    elif not _has_lean_layout(conn):
        _rebuild(conn)
    for name, on in ALIGNMENT_INDEXES.items():
        unique = "UNIQUE " if name == _UNIQUE_INDEX else ""
        conn.execute(f"CREATE {unique}INDEX IF NOT EXISTS {name} ON {on}")
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [ALIGNED_PAIRS]).fetchone():
        conn.execute(ALIGNMENT_STATE_SQL[ALIGNED_PAIRS])
        conn.execute(f"INSERT INTO {ALIGNED_PAIRS} SELECT local_document_id, national_document_id, min(relation) "
                     "FROM alignments GROUP BY local_document_id, national_document_id")


def _rebuild(conn: sqlite3.Connection) -> None:
    have = {row[1] for row in conn.execute("PRAGMA table_info(alignments)")}
    copied = ", ".join(f'"{name}"' for name in ALIGNMENT_STORED_COLUMNS if name in have)
    with conn:
        conn.execute("DROP TABLE IF EXISTS alignments_rebuilt")
        conn.execute(ALIGNMENTS_SQL.replace("CREATE TABLE alignments", "CREATE TABLE alignments_rebuilt", 1))
        conn.execute(f"INSERT INTO alignments_rebuilt ({copied}) SELECT {copied} FROM alignments WHERE rowid IN "
                     "(SELECT min(rowid) FROM alignments GROUP BY local_measure_id, national_document_id) ORDER BY rowid")
        conn.execute("DROP TABLE alignments")  # and its indexes
        conn.execute("ALTER TABLE alignments_rebuilt RENAME TO alignments")


# What the alignment step needs to align only what changed without reading the table whole:
# ``aligned_pairs``, the pairs whose rows the table holds with the relation they were aligned for,
# and ``alignment_changes``, the documents whose measures were added or deleted since (marked by
# triggers: a document's measures change only with the document, or by hand). Written with the rows.
ALIGNED_PAIRS = "aligned_pairs"
ALIGNMENT_CHANGES = "alignment_changes"
ALIGNMENT_STATE_SQL = {
    ALIGNED_PAIRS: f"CREATE TABLE IF NOT EXISTS {ALIGNED_PAIRS} (local_document_id TEXT, national_document_id TEXT, "
                   "relation TEXT, PRIMARY KEY (local_document_id, national_document_id)) WITHOUT ROWID",
    ALIGNMENT_CHANGES: f"CREATE TABLE IF NOT EXISTS {ALIGNMENT_CHANGES} (document_id TEXT PRIMARY KEY) WITHOUT ROWID",
}


def alignment_change_triggers(measures: str) -> dict[str, str]:
    """The triggers on the table the measures are stored in (``measure_rows`` under the measures
    view, schema/measures.py; ``measures`` in a database that has it as a table)."""
    return {
        "alignment_measures_inserted": f"AFTER INSERT ON {measures} BEGIN INSERT OR IGNORE INTO {ALIGNMENT_CHANGES} "
                                       "VALUES (new.document_id); END",
        "alignment_measures_deleted": f"AFTER DELETE ON {measures} BEGIN INSERT OR IGNORE INTO {ALIGNMENT_CHANGES} "
                                      "VALUES (old.document_id); END",
    }


def track_alignment_changes(conn: sqlite3.Connection) -> bool:
    """Create the state tables and triggers when missing; whether they were all there already
    (else what changed since the table was written is unknown)."""
    made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"))
    measures = next((table for table in ("measure_rows", "measures") if table in made), None)
    if measures is None:
        return False
    triggers = alignment_change_triggers(measures)
    tracked = set(ALIGNMENT_STATE_SQL) <= set(made) and all(
        made.get(name) == f"CREATE TRIGGER {name} {body}" for name, body in triggers.items())
    for sql in ALIGNMENT_STATE_SQL.values():
        conn.execute(sql)
    for name, body in triggers.items():
        if made.get(name) != f"CREATE TRIGGER {name} {body}":
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(f"CREATE TRIGGER {name} {body}")
    return tracked
