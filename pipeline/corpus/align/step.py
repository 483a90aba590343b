"""The corpus-wide alignment step: the ``alignments`` table brought up to date with the pairs of
:func:`~.pairs.alignment_pairs`, aligning only the pairs that changed."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Callable, Optional

from pipeline.corpus.align.diffusion import write_diffusion
from pipeline.corpus.align.pairs import alignment_pairs
from pipeline.ingest.database import connected
from pipeline.timings import timed
from schema.alignments import (ALIGNED_PAIRS, ALIGNMENT_CHANGES, ALIGNMENT_STORED_COLUMNS, create_alignments,
                               track_alignment_changes)


def align_corpus(db, *, threshold: Optional[float] = None, workers: Optional[int] = None,
                 executor=None, meanwhile: Optional[Callable[[], None]] = None) -> int:
    """Write the ``alignments`` table for every pair of :func:`~.pairs.alignment_pairs`: one row per
    local measure and national document whose measure it implements (a local measure that
    implements nothing of it has no row; the pair is in ``aligned_pairs``). Rows of documents no
    longer in a pair are dropped. Returns the number of rows the table holds for the pairs.

    Incremental: document ids are digests of the files' bytes, so a pair aligned already for the
    same relation, neither document's measures changed since, is the alignment of the same two
    texts and is kept; only new pairs (a document stored or changed since,
    a citation resolved differently) are aligned. With ``threshold`` every pair is aligned again
    (so is everything after ``build --fresh``; rows written by an older version of this module stay
    until then).
    Many pairs are aligned in a pool of ``workers`` processes (default: every core), or in
    ``executor`` (the build passes its own pool); the rows are the same, in the same order,
    whatever the number. Rows go to a temporary table as chunks of pairs are done, and from there
    into ``alignments`` in the pairs' order, so memory does not grow with the corpus.
    ``meanwhile`` is called once the pairs are handed to the pool, before their rows are read (the
    build writes its search index and graph tables then)."""
    with connected(db) as conn:
        return _align_corpus(conn, threshold, workers, executor, meanwhile)


def _align_corpus(conn: sqlite3.Connection, threshold: Optional[float], workers: Optional[int],
                  executor, meanwhile: Optional[Callable[[], None]]) -> int:
    create_alignments(conn)
    measures_tracked = track_alignment_changes(conn)
    tracked = measures_tracked and threshold is None
    with timed("align_corpus.pairs"):
        pairs = alignment_pairs(conn, remember=True, measures_changed=ALIGNMENT_CHANGES if measures_tracked else None)
    relation_of = {(local, national): relation for local, national, relation in pairs}
    stored_pairs: set[tuple[str, str]] = set()
    with timed("align_corpus.kept_pairs"):
        if tracked:  # from the pairs aligned last time and the documents marked since
            kept, dropped, marked = _kept_since(conn, relation_of)
        else:
            kept = set() if threshold is not None else _kept_pairs(conn, pairs, stored_pairs)
    todo = [(local, national) for local, national, _ in pairs if (local, national) not in kept]
    # The pool's workers read the database on their own connections, so aligned_chunks aligns here,
    # on one core, while this connection has a transaction open: on a new database the one that
    # made the tables (aligned_pairs filled from the rows) was still open, and every fresh build
    # aligned in its main process. What it wrote is made, not half-done work: committed.
    if conn.in_transaction:
        conn.commit()
    aligned = _aligned(conn, todo, threshold, workers, executor)  # hands the pairs to a pool, if any
    if meanwhile is not None:
        meanwhile()
    if tracked:
        with timed("align_corpus.writing"):
            total = _write_changes(conn, dropped, marked, aligned, relation_of)
        changed = {d for pair in [*todo, *dropped] for d in pair} | marked
    else:
        total = _write_whole(conn, pairs, kept, todo, aligned)
        # the rows of the documents of the pairs aligned now or dropped are written again below
        changed = {d for pair in [*todo, *(stored_pairs - kept)] for d in pair}
    # derived from the alignments (and citations): current with them (every row after aligning everything)
    with timed("align_corpus.diffusion"):
        write_diffusion(conn, changed, whole=threshold is not None)
    return total


def _aligned(conn: sqlite3.Connection, todo: list, threshold: Optional[float], workers: Optional[int], executor):
    """The rows of the pairs ``todo``, chunk by chunk (:func:`~.pool.aligned_chunks`); none to align, none."""
    if not todo:
        return iter(())
    # deferred on purpose: the aligner and its scoring modules (0.1 s CPU to import) are loaded only
    # when a pair needs aligning, which most one-notice builds do not
    from pipeline.corpus.align.pool import aligned_chunks

    return aligned_chunks(conn, todo, threshold, workers, executor)


def _write_whole(conn: sqlite3.Connection, pairs: list[tuple[str, str, str]], kept: set, todo: list,
                 aligned) -> int:
    """The table written again in the pairs' order (the kept rows copied), and the state the next
    build starts from (``schema.alignments.ALIGNED_PAIRS``, marks cleared)."""
    names = list(ALIGNMENT_STORED_COLUMNS)
    ordinal = {(local, national): k for k, (local, national, _) in enumerate(pairs)}
    relation_of = {(local, national): relation for local, national, relation in pairs}
    with timed("align_corpus.staging_kept"):
        staging = _Staging(conn, names)
        staging.keep([(local, national, ordinal[(local, national)]) for local, national in kept])
    with timed("align_corpus.aligning"):
        for found in aligned:
            staging.add([(ordinal[pair], _alignment_values(row, pair, relation_of[pair], names))
                         for pair, rows in found.items() for row in _matched(rows)])
    with timed("align_corpus.writing"):
        total = staging.count()
        stored = conn.execute("SELECT COUNT(*) FROM alignments").fetchone()[0]
        if todo or stored != total:  # else the table holds exactly the kept rows, in order
            staging.replace_alignments()
        staging.drop()
        with conn:
            conn.execute(f"DELETE FROM {ALIGNED_PAIRS}")
            conn.executemany(f"INSERT INTO {ALIGNED_PAIRS} VALUES (?, ?, ?)", pairs)
            conn.execute(f"DELETE FROM {ALIGNMENT_CHANGES}")
    return total


def _kept_since(conn: sqlite3.Connection, relation_of: dict) -> tuple[set, set, set]:
    """(pairs kept, pairs whose rows go, documents marked) from the pairs aligned last time
    (``ALIGNED_PAIRS``) and the documents whose measures changed since (``ALIGNMENT_CHANGES``): a
    pair is kept when it was aligned for the same relation and neither document is marked (its
    rows are the alignment of the same two texts: document ids are digests of the files' bytes)."""
    marked = {doc for (doc,) in conn.execute(f"SELECT document_id FROM {ALIGNMENT_CHANGES}")}
    kept, dropped = set(), set()
    for local, national, relation in conn.execute(f"SELECT * FROM {ALIGNED_PAIRS}"):
        pair = (local, national)
        if relation_of.get(pair) == relation and local not in marked and national not in marked:
            kept.add(pair)
        else:
            dropped.add(pair)
    return kept, dropped, marked


def _write_changes(conn: sqlite3.Connection, dropped: set, marked: set, aligned, relation_of: dict) -> int:
    """In one transaction: the rows of the ``dropped`` pairs and of the ``marked`` documents out, the
    rows of the pairs aligned now in, the state of :func:`_kept_since` brought up to date. Returns
    the number of rows the table holds."""
    names = list(ALIGNMENT_STORED_COLUMNS)
    columns, marks = ", ".join(f'"{n}"' for n in names), ", ".join("?" for _ in names)
    if conn.in_transaction:
        conn.commit()
    with conn:
        conn.executemany("DELETE FROM alignments WHERE local_document_id = ? AND national_document_id = ?",
                         sorted(dropped))
        conn.executemany(f"DELETE FROM {ALIGNED_PAIRS} WHERE local_document_id = ? AND national_document_id = ?",
                         sorted(dropped))
        # (the documents marked: what _kept_since read, in the table still)
        for column in ("local_document_id", "national_document_id"):
            conn.execute(f"DELETE FROM alignments WHERE {column} IN (SELECT document_id FROM {ALIGNMENT_CHANGES})")
            conn.execute(f"DELETE FROM {ALIGNED_PAIRS} WHERE {column} IN (SELECT document_id FROM {ALIGNMENT_CHANGES})")
        for found in aligned:
            conn.executemany(f"INSERT OR REPLACE INTO alignments ({columns}) VALUES ({marks})", [
                _alignment_values(row, pair, relation_of[pair], names)
                for pair, rows in found.items() for row in _matched(rows)])
            conn.executemany(f"INSERT OR REPLACE INTO {ALIGNED_PAIRS} VALUES (?, ?, ?)",
                             [(*pair, relation_of[pair]) for pair in found])
        conn.execute(f"DELETE FROM {ALIGNMENT_CHANGES}")
    return conn.execute("SELECT COUNT(*) FROM alignments").fetchone()[0]


def _matched(rows: list[dict]) -> list[dict]:
    """The alignment rows stored: those of local measures that implement a national one (a pair's
    other local measures are its local document's measures that have none: ``aligned_pairs``
    records that the pair was aligned)."""
    return [row for row in rows if row["national_measure_id"] is not None]


def _alignment_values(row: dict, pair: tuple[str, str], relation: str, names: list[str]) -> list:
    """The values of a row of ``alignments`` (in the order of ``names``) for an alignment row: the
    shared passages as their offsets (their words are in ``documents.text``), JSON without spaces."""
    local_id, national_id = pair
    values = {
        "local_document_id": local_id, "national_document_id": national_id,
        "local_measure_id": row["local_measure_id"],
        "national_measure_id": row["national_measure_id"], "score": row["score"],
        "method": row["method"],
        "shared": _compact_json([{key: value for key, value in passage.items() if key != "text"}
                                 for passage in row["shared"]]),
        "local_path": row["local_path"], "national_path": row["national_path"],
        "lexical": row["lexical"], "reuse": row["reuse"],
        "also": _compact_json([a["national_measure_id"] for a in row["also"]]),
        "relation": relation,
    }
    return [values[n] for n in names]


def _compact_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _Staging:
    """The rows of the next ``alignments`` table, each with the number of its pair, in temporary
    tables (on disk when large: SQLite's temporary store)."""

    def __init__(self, conn: sqlite3.Connection, names: list[str]):
        self.conn, self.names = conn, names
        self.columns = ", ".join(f'"{n}"' for n in names)
        self.drop()
        conn.execute(f"CREATE TEMP TABLE alignments_next (pair_number INTEGER, {self.columns})")
        conn.execute("CREATE TEMP TABLE alignments_kept (local TEXT, national TEXT, pair_number INTEGER, "
                     "PRIMARY KEY (local, national))")

    def keep(self, pairs: list[tuple[str, str, int]]) -> None:
        """Stage the stored rows of these pairs, in their stored order."""
        stored = ", ".join(f'a."{n}"' for n in self.names)
        self.conn.executemany("INSERT INTO alignments_kept VALUES (?, ?, ?)", pairs)
        self.conn.execute(
            f"INSERT INTO alignments_next SELECT k.pair_number, {stored} "
            "FROM alignments a JOIN alignments_kept k "
            "ON k.local = a.local_document_id AND k.national = a.national_document_id "
            "WHERE a.national_measure_id IS NOT NULL ORDER BY a.rowid")
        self.conn.commit()

    def add(self, rows: list[tuple[int, list]]) -> None:
        marks = ", ".join("?" for _ in range(len(self.names) + 1))
        self.conn.executemany(f"INSERT INTO alignments_next VALUES ({marks})",
                              [(number, *values) for number, values in rows])
        self.conn.commit()

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM alignments_next").fetchone()[0]

    def replace_alignments(self) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM alignments")
            self.conn.execute(f"INSERT OR REPLACE INTO alignments ({self.columns}) SELECT {self.columns} "
                              "FROM alignments_next ORDER BY pair_number, rowid")

    def drop(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.alignments_next")
        self.conn.execute("DROP TABLE IF EXISTS temp.alignments_kept")


def _kept_pairs(conn: sqlite3.Connection, pairs: list[tuple[str, str, str]],
                stored_pairs: Optional[set[tuple[str, str]]] = None) -> set[tuple[str, str]]:
    """The pairs that need no new alignment: their stored rows are there for this relation, one for
    each current measure of the local document, pointing only at current measures of the national
    one (a table written before unmatched measures were left out: it has their rows; one without
    them, its state lost, has every pair aligned again). ``stored_pairs``, when given, gets every
    pair the table holds rows of."""
    relation_of = {(local, national): relation for local, national, relation in pairs}
    documents = {d for pair in relation_of for d in pair}
    measure_ids: dict[str, set[str]] = defaultdict(set)
    for doc_id, measure_id in conn.execute("SELECT document_id, id FROM measures"):
        if doc_id in documents:
            measure_ids[doc_id].add(measure_id)
    stored: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for pair_local, pair_national, local_measure, national_measure, relation in conn.execute(
            "SELECT local_document_id, national_document_id, local_measure_id, national_measure_id, "
            "relation FROM alignments"):
        if stored_pairs is not None:
            stored_pairs.add((pair_local, pair_national))
        if (pair_local, pair_national) in relation_of:
            stored[(pair_local, pair_national)].append((local_measure, national_measure, relation))
    kept = set()
    for pair, rows in stored.items():
        local, national = pair
        locals_ = [local_measure for local_measure, _, _ in rows]
        if (len(locals_) == len(measure_ids[local]) and set(locals_) == measure_ids[local]
                and all(relation == relation_of[pair] for _, _, relation in rows)
                and all(national_measure is None or national_measure in measure_ids[national]
                        for _, national_measure, _ in rows)):
            kept.add(pair)
    return kept
