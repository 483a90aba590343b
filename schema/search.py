"""The search index's tables: one FTS5 table per searched table (external content: it holds the
index only), the state of what is indexed, and the triggers that record hand edits of indexed rows.
``pipeline.ingest.search_index`` and ``pipeline.corpus.search`` write them."""

from __future__ import annotations

# table -> (FTS5 table, indexed columns)
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "documents": ("documents_zh_fts", ("title", "doc_number", "issuer", "text")),
    "measures": ("measures_zh_fts", ("heading", "text")),
}


# An indexed table that is a view (schema/measures.py): the table its rows are stored in, and the
# columns of it whose change changes the values indexed (the text is read from the document's).
STORED_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "measures": ("measure_rows", ("id", "document_id", "heading", "heading_byte_offset", "heading_byte_length",
                                  "text_edited", "text_byte_start", "text_byte_end")),
}

#: The code each FTS table has in :data:`STATE_TABLE` (a name in every row was a twentieth of the
#: database's search index); codes 0 and 1 take no bytes in a SQLite record. :data:`CODES_VIEW`
#: names them.
FTS_CODES: dict[str, int] = {"documents_zh_fts": 0, "measures_zh_fts": 1}


# Every FTS table holds, for each token (a pair of neighbouring characters: pipeline.corpus.search),
# the rows that have it and nothing else (detail=none: no columns, no positions, a seventh of the
# size of a per-character index with positions), and not the rows' lengths (columnsize=0: they serve
# only FTS5's bm25, which such an index cannot compute well); a search checks its candidates against
# the rows' own text (pipeline.corpus.search_check), which makes it exact and ranks them.
# Every FTS table is an external-content table over the rows it indexes: it stores the index only,
# not a second, spaced-out copy of every text (a third of the database before). Such a table is
# told what to remove with the values it indexed, so STATE_TABLE keeps, for each indexed row, the
# digest of its id and the values indexed (with INDEX_VERSION): a row is removed from the index
# with its current values only when they are still those (the build does it before it deletes or
# replaces a file's rows: :func:`forget_documents`). A row changed or deleted behind the index's
# back (by hand) cannot be removed exactly: the table's whole index is then made again. Such edits
# are recorded as they happen, in EDITS_TABLE, by triggers on the indexed tables (an edit of an
# indexed row: the build takes a row out of the index before it deletes it), so finding them does
# not read every row; a database whose triggers are new is checked once by reading its rows.
STATE_TABLE = "search_index_rows"


EDITS_TABLE = "search_index_edits"

# One row per indexed row, keyed by (FTS table's code, rowid) in the table's own B-tree (WITHOUT
# ROWID: no second index of the key); the digest (64 bits) covers the row's id with its values, so
# the id is not kept.
STATE_TABLE_SQL = (f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (fts_code INTEGER, indexed_rowid INTEGER, "
                   "digest INTEGER, PRIMARY KEY (fts_code, indexed_rowid)) WITHOUT ROWID")
# The state table as versions before the codes made it (the FTS table's name in every row)
NAMED_STATE_TABLE_SQL = (f"CREATE TABLE {STATE_TABLE} (fts TEXT, indexed_rowid INTEGER, digest INTEGER, "
                         "PRIMARY KEY (fts, indexed_rowid)) WITHOUT ROWID")

CODES_VIEW = "search_index_tables"
CODES_VIEW_SQL = f"CREATE VIEW {CODES_VIEW} AS " + " UNION ALL ".join(
    f"SELECT {code} AS fts_code, '{fts}' AS fts" for fts, code in FTS_CODES.items())


def state_table_migration() -> list[str]:
    """The statements that turn the state table of :data:`NAMED_STATE_TABLE_SQL` into this
    version's, every row kept under its table's code (rows of a table no longer indexed go). The
    edit triggers, which read the table, go first (``pipeline.corpus.search`` makes them again, and
    then checks each index against its rows once)."""
    old = f"{STATE_TABLE}_named"
    code = " ".join(f"WHEN '{fts}' THEN {number}" for fts, number in FTS_CODES.items())
    triggers = [f'DROP TRIGGER IF EXISTS "{name}"' for table in INDEXES for name in edit_triggers(table)]
    return [*triggers, f"ALTER TABLE {STATE_TABLE} RENAME TO {old}", STATE_TABLE_SQL,
            f"INSERT INTO {STATE_TABLE} (fts_code, indexed_rowid, digest) SELECT CASE fts {code} END, "
            f"indexed_rowid, digest FROM {old} WHERE fts IN ({', '.join(repr(f) for f in FTS_CODES)})",
            f"DROP TABLE {old}"]
EDITS_TABLE_SQL = f"CREATE TABLE IF NOT EXISTS {EDITS_TABLE} (fts TEXT, indexed_rowid INTEGER)"


def fts_sql(table: str, fts: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return (f'CREATE VIRTUAL TABLE "{fts}" USING fts5({names}, content="{table}", content_rowid="rowid", '
            f'tokenize="unicode61", detail="none", columnsize=0)')


def edit_triggers(table: str) -> dict[str, str]:
    """Trigger name -> its SQL: an update of an indexed column, or a delete, of an indexed row of
    ``table`` is written to :data:`EDITS_TABLE`."""
    fts, columns = INDEXES[table]
    stored, watched = STORED_COLUMNS.get(table, (table, ("id", *columns)))
    indexed = f"EXISTS (SELECT 1 FROM {STATE_TABLE} WHERE fts_code = {FTS_CODES[fts]} AND indexed_rowid = old.rowid)"
    record = f"INSERT INTO {EDITS_TABLE} (fts, indexed_rowid) VALUES ('{fts}', old.rowid)"
    names = ", ".join(f'"{c}"' for c in watched)
    return {f"{table}_search_edited": f'CREATE TRIGGER "{table}_search_edited" AFTER UPDATE OF {names} '
                                      f'ON "{stored}" WHEN {indexed} BEGIN {record}; END',
            f"{table}_search_deleted": f'CREATE TRIGGER "{table}_search_deleted" AFTER DELETE ON "{stored}" '
                                       f"WHEN {indexed} BEGIN {record}; END"}
