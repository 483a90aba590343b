"""The ``diffusion`` table: for every higher-level notice, the lower-level notices that forward or
implement it — one row per (higher notice, lower notice) — with where and when each lower notice
was issued, how long after the higher one, and how much of it it carries.

Derived from ``documents``, ``citations``, ``measures`` and ``alignments`` by :func:`diffusion_query`
and brought up to date by the alignment step after the alignments (``pipeline.corpus.align.diffusion``),
so it is current after every build: the rows of the documents marked in :data:`DIFFUSION_CHANGES`
(by triggers, :func:`change_triggers`, and by the alignment step) are written again, the whole table
when the changes are unknown or many. A table rather than a view: the query reads every alignment
(coverage counts the sections an aligned item sits in), which a page or chart reading a few rows
should not pay for at every request. Indexed on ``higher_document_id`` and ``lower_document_id``.
Columns, in order (:data:`DIFFUSION_COLUMNS`):

``higher_document_id``, ``higher_doc_number``, ``higher_title``, ``higher_issuer``,
``higher_admin_level``, ``higher_region``, ``higher_signed_date``
    the notice implemented (the cited or copied one), as in ``documents``;
``lower_document_id``, ``lower_doc_number``, ``lower_title``, ``lower_issuer``,
``lower_admin_level``, ``lower_region``, ``lower_signed_date``
    the notice that forwards or implements it;
``relation``
    how the lower notice takes it up, the strongest of its links (``schema.relations`` order, then
    ``reuses``): ``forwards``, ``basis``, ``implements``, ``cites`` (a citation of the higher
    notice), or ``reuses`` (no citation resolved, but long passages copied: the alignment step's
    discovered pairs);
``lag_days``
    days from the higher notice to the lower one: between their signed dates when both have one,
    else their printed dates (印发日期: many copies print no 成文日期), else whichever each has
    (NULL when either notice is undated);
``higher_measures``
    the number of measures of the higher notice;
``carried_measures``
    how many of them the lower notice carries: all of them when it forwards the notice (the
    forwarded text goes down whole), else those its measures are aligned with (``alignments``:
    the matched measure and the further ones listed under ``also``), with every section an aligned
    item sits in (as ``notices compare``'s coverage counts them);
``coverage``
    ``carried_measures / higher_measures`` (0–1; NULL when the higher notice has no measures).

Which pairs: a citation from the lower notice that names the higher one (any relation but
``issues`` — a notice and the attachment it issues are one act — and those that end or change the
cited notice's force, ``schema.relations.LIFECYCLE_RELATIONS``), and every pair aligned
(``aligned_pairs``);
never a notice with itself or the notice printed inside it (the forwarded text inside a forwarding
notice cites its forwarder), nor a pair whose "lower" notice is of a higher administrative level
than the "higher" one (national > provincial > municipal > county > township; a pair with a level
unknown is kept).
"""

from __future__ import annotations

import sqlite3
from typing import Iterable

from schema.alignments import ALIGNED_PAIRS, create_alignments
from schema.relations import LIFECYCLE_RELATIONS, RELATIONS

DIFFUSION_COLUMNS = {
    "higher_document_id": str, "higher_doc_number": str, "higher_title": str, "higher_issuer": str,
    "higher_admin_level": str, "higher_region": str, "higher_signed_date": str,
    "lower_document_id": str, "lower_doc_number": str, "lower_title": str, "lower_issuer": str,
    "lower_admin_level": str, "lower_region": str, "lower_signed_date": str,
    "relation": str, "lag_days": int, "higher_measures": int, "carried_measures": int, "coverage": float,
}

#: The relation of a pair found by copied text rather than by a citation (``pipeline.corpus.align``).
REUSES = "reuses"
#: Citation relations that take a notice down to a lower level, strongest first.
DIFFUSION_RELATIONS = tuple(r for r in RELATIONS if r != "issues" and r not in LIFECYCLE_RELATIONS)
#: Administrative levels by rank (``documents.admin_level``).
LEVEL_RANK = {"national": 5, "provincial": 4, "municipal": 3, "county": 2, "township": 1}


def _rank(column: str) -> str:
    cases = " ".join(f"WHEN '{level}' THEN {rank}" for level, rank in LEVEL_RANK.items())
    return f"(CASE {column} {cases} END)"


def _relation_order(column: str) -> str:
    cases = " ".join(f"WHEN '{r}' THEN {k}" for k, r in enumerate(DIFFUSION_RELATIONS + (REUSES,)))
    return f"(CASE {column} {cases} ELSE 99 END)"


#: The columns of ``documents`` the query reads (besides ``id``); one a database lacks reads as NULL.
DOCUMENT_COLUMNS = ("doc_number", "title", "issuer", "admin_level", "region", "signed_date", "parent_id")


def diffusion_query(document_columns: Iterable[str] = DOCUMENT_COLUMNS, *, changed_only: bool = False) -> str:
    """The ``SELECT`` whose rows the table holds, in the order of :data:`DIFFUSION_COLUMNS`;
    ``document_columns``: those of :data:`DOCUMENT_COLUMNS` the database's ``documents`` has (a
    small or older database may lack some: they read as NULL). With ``changed_only``, the rows whose
    higher or lower notice is in :data:`DIFFUSION_CHANGES` only (every row of those pairs: a row
    depends on its two documents, the citations and alignments between them and the higher one's
    measures)."""
    present = set(document_columns)
    changed = f"(SELECT document_id FROM {DIFFUSION_CHANGES})"
    cited_changed = (f"AND (cited_document_id IN {changed} OR document_id IN {changed})" if changed_only else "")
    aligned_changed = (f"AND (national_document_id IN {changed} OR local_document_id IN {changed})"
                       if changed_only else "")

    def col(alias: str, name: str) -> str:
        return f"{alias}.{name}" if name in present else "NULL"

    def rank(alias: str) -> str:
        return _rank(col(alias, "admin_level"))

    # the strongest relation of a pair, by its rank (one pass over the links, where a lookup of each
    # pair's links scanned them all)
    order = _relation_order("relation")
    relation_named = " ".join(f"WHEN {k} THEN '{r}'" for k, r in enumerate(DIFFUSION_RELATIONS + (REUSES,)))
    names = ", ".join(f"'{r}'" for r in DIFFUSION_RELATIONS + (REUSES,))
    return f"""
WITH RECURSIVE links(higher_id, lower_id, relation) AS (
    SELECT cited_document_id, document_id, relation FROM citations
    WHERE cited_document_id IS NOT NULL AND relation IN ({names}) {cited_changed}
    UNION
    SELECT national_document_id, local_document_id, relation FROM {ALIGNED_PAIRS}
    WHERE relation IN ({names}) {aligned_changed}
),
pairs AS (
    SELECT higher_id, lower_id, (CASE min({order}) {relation_named} END) AS relation
    FROM links l
    WHERE higher_id != lower_id
    GROUP BY higher_id, lower_id
),
matched(lower_id, higher_id, measure_id) AS (
    SELECT local_document_id, national_document_id, national_measure_id FROM alignments
    WHERE national_measure_id IS NOT NULL {aligned_changed}
    UNION
    SELECT a.local_document_id, a.national_document_id, j.value
    FROM alignments a, json_each(CASE WHEN json_valid(a.also) THEN a.also ELSE '[]' END) j
    WHERE a.national_measure_id IS NOT NULL {aligned_changed.replace("AND (", "AND (a.").replace(" OR ", " OR a.")}
    UNION
    SELECT c.lower_id, c.higher_id, m.parent_id FROM matched c JOIN measures m ON m.id = c.measure_id
    WHERE m.parent_id IS NOT NULL
),
carried AS (
    SELECT c.lower_id, c.higher_id, COUNT(DISTINCT c.measure_id) AS n FROM matched c
    JOIN measures m ON m.id = c.measure_id AND m.document_id = c.higher_id
    GROUP BY c.lower_id, c.higher_id
),
counted AS (
    SELECT p.higher_id, p.lower_id, p.relation,
           (SELECT COUNT(*) FROM measures m WHERE m.document_id = p.higher_id) AS higher_measures,
           (SELECT n FROM carried c WHERE c.lower_id = p.lower_id AND c.higher_id = p.higher_id) AS aligned
    FROM pairs p
)
SELECT h.id AS higher_document_id, {col('h', 'doc_number')}, {col('h', 'title')}, {col('h', 'issuer')},
       {col('h', 'admin_level')}, {col('h', 'region')}, {col('h', 'signed_date')},
       l.id AS lower_document_id, {col('l', 'doc_number')}, {col('l', 'title')}, {col('l', 'issuer')},
       {col('l', 'admin_level')}, {col('l', 'region')}, {col('l', 'signed_date')},
       c.relation,
       CAST(COALESCE(julianday({col('l', 'signed_date')}) - julianday({col('h', 'signed_date')}),
                     julianday({col('l', 'printed_date')}) - julianday({col('h', 'printed_date')}),
                     julianday(COALESCE({col('l', 'signed_date')}, {col('l', 'printed_date')}))
                     - julianday(COALESCE({col('h', 'signed_date')}, {col('h', 'printed_date')}))) AS INTEGER)
           AS lag_days,
       c.higher_measures,
       CASE WHEN c.relation = 'forwards' THEN c.higher_measures ELSE COALESCE(c.aligned, 0) END
           AS carried_measures,
       CASE WHEN c.higher_measures = 0 THEN NULL
            WHEN c.relation = 'forwards' THEN 1.0
            ELSE ROUND(CAST(COALESCE(c.aligned, 0) AS REAL) / c.higher_measures, 3) END AS coverage
FROM counted c
JOIN documents h ON h.id = c.higher_id
JOIN documents l ON l.id = c.lower_id
WHERE {col('l', 'parent_id')} IS NOT h.id
  AND NOT ({rank('l')} IS NOT NULL AND {rank('h')} IS NOT NULL AND {rank('l')} > {rank('h')})
ORDER BY h.id, {col('l', 'signed_date')} IS NULL, {col('l', 'signed_date')}, l.id
"""


def _sql_type(kind: type) -> str:
    return {float: "REAL", int: "INTEGER"}.get(kind, "TEXT")


#: The documents whose rows of ``diffusion`` are out of date (``document_id`` primary key): written
#: by the triggers of :data:`CHANGE_TRIGGERS` as documents and citations change, and by the
#: alignment step for the pairs it aligned or dropped; emptied when the rows are rewritten.
DIFFUSION_CHANGES = "diffusion_changes"

_DOCUMENT_FIELDS = ("doc_number", "title", "issuer", "admin_level", "region", "signed_date", "printed_date",
                    "parent_id")


def _marked(*ids: str) -> str:
    return " ".join(f"INSERT OR IGNORE INTO {DIFFUSION_CHANGES} SELECT {i} WHERE {i} IS NOT NULL;" for i in ids)


# What changes a row of ``diffusion`` besides the alignments: its documents (stored, removed, or a
# field the row shows changed: the copies step sets ``parent_id``) and the citations between them
# (resolved anew after every build). A document's measures change only with its ``documents`` row
# (ids are digests of the text; a file read again has its rows deleted and stored again).
def change_triggers(document_fields: Iterable[str] = _DOCUMENT_FIELDS) -> dict[str, str]:
    """Trigger name -> its definition after ``CREATE TRIGGER name``; ``document_fields``: those of
    the fields a row shows that ``documents`` has."""
    present = set(document_fields)
    fields = [field for field in _DOCUMENT_FIELDS if field in present]
    return {
        "diffusion_documents_inserted": f"AFTER INSERT ON documents BEGIN {_marked('new.id')} END",
        "diffusion_documents_deleted": f"AFTER DELETE ON documents BEGIN {_marked('old.id')} END",
        "diffusion_documents_updated": (
            f"AFTER UPDATE OF {', '.join(fields)} ON documents WHEN "
            + " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)
            + f" BEGIN {_marked('old.id', 'new.id')} END"),
        "diffusion_citations_inserted": ("AFTER INSERT ON citations WHEN new.cited_document_id IS NOT NULL "
                                         f"BEGIN {_marked('new.document_id', 'new.cited_document_id')} END"),
        "diffusion_citations_deleted": ("AFTER DELETE ON citations WHEN old.cited_document_id IS NOT NULL "
                                        f"BEGIN {_marked('old.document_id', 'old.cited_document_id')} END"),
        "diffusion_citations_updated": (
            "AFTER UPDATE OF cited_document_id, relation, document_id ON citations WHEN "
            "old.cited_document_id IS NOT new.cited_document_id OR old.relation IS NOT new.relation "
            "OR old.document_id IS NOT new.document_id "
            f"BEGIN {_marked('old.document_id', 'old.cited_document_id', 'new.document_id', 'new.cited_document_id')} END"),
    }


def track_changes(conn: sqlite3.Connection) -> bool:
    """Create :data:`DIFFUSION_CHANGES` and the triggers of :func:`change_triggers` when missing
    (once ``documents`` and ``citations`` exist). Returns whether they were there already (else the
    changes before now are unknown: the table is to be written whole)."""
    made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"))
    if not {"documents", "citations"} <= set(made):
        return False
    triggers = change_triggers(row[1] for row in conn.execute("PRAGMA table_info(documents)"))
    # a trigger made before a column was added to documents misses its changes: made again
    tracked = DIFFUSION_CHANGES in made and all(made.get(name) == f"CREATE TRIGGER {name} {body}"
                                                for name, body in triggers.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS {DIFFUSION_CHANGES} (document_id TEXT PRIMARY KEY)")
    for name, body in triggers.items():
        if made.get(name) != f"CREATE TRIGGER {name} {body}":
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(f"CREATE TRIGGER {name} {body}")
    return tracked


def create_diffusion(conn: sqlite3.Connection) -> None:
    """Create the table and its indexes when missing (and ``alignments``, which its query reads),
    adding the columns an older table lacks."""
    create_alignments(conn)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'diffusion'").fetchone():
        conn.execute("DROP VIEW diffusion")  # what development versions made; the rows are derived
    cols = ", ".join(f'"{name}" {_sql_type(kind)}' for name, kind in DIFFUSION_COLUMNS.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS diffusion ({cols}, "
                 "PRIMARY KEY (higher_document_id, lower_document_id))")
    have = {row[1] for row in conn.execute("PRAGMA table_info(diffusion)")}
    for name, kind in DIFFUSION_COLUMNS.items():
        if name not in have:
            conn.execute(f'ALTER TABLE diffusion ADD COLUMN "{name}" {_sql_type(kind)}')
    conn.execute("CREATE INDEX IF NOT EXISTS idx_diffusion_lower_document_id ON diffusion (lower_document_id)")
