"""The corpus-wide alignment step: the ``alignments`` and ``alignment_pairs`` tables brought up to
date with the pairs of :func:`~.pairs.alignment_pairs`, aligning only the pairs that changed."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Callable, Optional

from pipeline.corpus.align.diffusion import write_diffusion
from pipeline.corpus.align.pairs import alignment_pairs
from pipeline.corpus.align.pool import aligned_chunks
from pipeline.ingest.database import connected
from schema.alignments import ALIGNMENT_PAIRS, ALIGNMENT_STORED_COLUMNS, create_alignments


def align_corpus(db, *, threshold: Optional[float] = None, workers: Optional[int] = None,
                 executor=None, meanwhile: Optional[Callable[[], None]] = None) -> int:
    """Write the ``alignments`` table for every pair of :func:`~.pairs.alignment_pairs`: one row per
    local measure and national document whose measure it implements, and ``alignment_pairs``: one
    row per pair aligned, with its relation and how many local measures it had (those that match
    nothing have no row: ``schema.alignments``). Rows of documents no longer in a pair are dropped.
    Returns the number of rows ``alignments`` holds for the pairs (written or kept).

    Incremental: document ids are digests of the files' bytes, so a pair aligned already, for the
    same relation and as many local measures as the local document has now, its rows pointing only
    at current measures, is the alignment of the same two texts and is kept; only new pairs (a
    document stored or changed since, a citation resolved differently) are aligned. With
    ``threshold`` every pair is aligned again (so is everything after ``build --fresh``; rows
    written by an older version of this module stay until then).
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
    pairs = alignment_pairs(conn)
    names = list(ALIGNMENT_STORED_COLUMNS)
    stored_pairs: set[tuple[str, str]] = set()
    kept = set() if threshold is not None else _kept_pairs(conn, pairs, stored_pairs)
    todo = [(local, national) for local, national, _ in pairs if (local, national) not in kept]
    aligned = aligned_chunks(conn, todo, threshold, workers, executor)  # hands the pairs to a pool, if any
    if meanwhile is not None:
        meanwhile()
    ordinal = {(local, national): k for k, (local, national, _) in enumerate(pairs)}
    relation_of = {(local, national): relation for local, national, relation in pairs}
    staging = _Staging(conn, names)
    staging.keep([(local, national, ordinal[(local, national)]) for local, national in kept])
    local_measures: dict[tuple[str, str], int] = {}
    for found in aligned:
        staging.add([(ordinal[pair], _alignment_values(row, pair, relation_of[pair], names))
                     for pair, rows in found.items() for row in rows if row["national_measure_id"] is not None])
        local_measures.update((pair, len(rows)) for pair, rows in found.items())
    total = staging.count()
    stored = conn.execute("SELECT COUNT(*) FROM alignments").fetchone()[0]
    if todo or stored != total:  # else the table holds exactly the kept rows, in order
        staging.replace_alignments()
    staging.drop()
    _write_pairs(conn, [(local, national, relation_of[(local, national)], local_measures.get((local, national), 0))
                        for local, national in todo], set(relation_of))
    # derived from the alignments (and citations): current with them; the rows of the documents of
    # the pairs aligned now or dropped are written again (every row after aligning everything)
    changed = {d for pair in [*todo, *(stored_pairs - kept)] for d in pair}
    write_diffusion(conn, changed, whole=threshold is not None)
    return total


def _write_pairs(conn: sqlite3.Connection, aligned: list[tuple[str, str, str, int]],
                 current: set[tuple[str, str]]) -> None:
    """``alignment_pairs``: the pairs aligned now written, those no longer current dropped."""
    with conn:
        gone = [pair for pair in conn.execute(f"SELECT local_document_id, national_document_id FROM {ALIGNMENT_PAIRS}")
                if pair not in current]
        conn.executemany(f"DELETE FROM {ALIGNMENT_PAIRS} WHERE local_document_id = ? AND national_document_id = ?", gone)
        conn.executemany(f"INSERT OR REPLACE INTO {ALIGNMENT_PAIRS} VALUES (?, ?, ?, ?)", aligned)


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
            "ON k.local = a.local_document_id AND k.national = a.national_document_id ORDER BY a.rowid")
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
    """The pairs that need no new alignment: aligned already (``alignment_pairs``) for this relation
    and as many local measures as the local document has now, their rows of ``alignments`` pointing
    only at current measures of both. ``stored_pairs``, when given, gets every pair aligned before."""
    relation_of = {(local, national): relation for local, national, relation in pairs}
    documents = {d for pair in relation_of for d in pair}
    measure_ids: dict[str, set[str]] = defaultdict(set)
    for doc_id, measure_id in conn.execute("SELECT document_id, id FROM measures"):
        if doc_id in documents:
            measure_ids[doc_id].add(measure_id)
    candidates = set()
    for local, national, relation, count in conn.execute(
            f"SELECT local_document_id, national_document_id, relation, local_measures FROM {ALIGNMENT_PAIRS}"):
        if stored_pairs is not None:
            stored_pairs.add((local, national))
        if relation_of.get((local, national)) == relation and count == len(measure_ids[local]):
            candidates.add((local, national))
    for pair_local, pair_national, local_measure, national_measure in conn.execute(
            "SELECT local_document_id, national_document_id, local_measure_id, national_measure_id FROM alignments"):
        pair = (pair_local, pair_national)
        if pair in candidates and (local_measure not in measure_ids[pair_local]
                                   or national_measure not in measure_ids[pair_national]):
            candidates.discard(pair)
    return candidates
