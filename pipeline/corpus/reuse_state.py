"""The last search for copied text (``pipeline.corpus.shingles.reuse_pairs``), as the tables of
``schema.shingles`` keep it: the documents it was over, the pairs it found and the citation pairs
it was given. The next search starts from it when the corpus only gained a few documents."""

from __future__ import annotations

import sqlite3
from typing import Callable, Iterable, Optional

from pipeline.ingest.database import in_chunks
from schema.shingles import (REUSE_DOCUMENTS, REUSE_FOUND, REUSE_GONE, REUSE_GONE_TRIGGER_SQL, REUSE_NEAR,
                             REUSE_TABLES_SQL)

_REUSES, _CITED = "reuses", "cited"
_SEARCHED_AT = -1  # the row of REUSE_NEAR that holds the formula count of the last whole search
_NEAR_FROM = -2  # the row of REUSE_NEAR that holds the count above which shingles are kept
_EVERY_FORMULA = -3  # the row of REUSE_NEAR there when it holds every shingle above that count


class LastSearch:
    """Read and write the last search's tables on ``conn`` (the caller commits)."""

    def __init__(self, conn: sqlite3.Connection, near_span: int, near_from: Callable[[int], int]):
        self.conn = conn
        self.near_span = near_span  # how far over the formula count REUSE_NEAR keeps shingles
        self.lowest_near = near_from  # the formula count of a whole search -> the count above which they are kept

    def _exists(self) -> bool:
        names = {name for (name,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)",
            [REUSE_DOCUMENTS, REUSE_FOUND, REUSE_NEAR])}
        return names == {REUSE_DOCUMENTS, REUSE_FOUND, REUSE_NEAR}

    def documents(self) -> Optional[dict[str, int]]:
        """id -> level of the documents the last search was over; None when there was none."""
        if not self._exists():
            return None
        return dict(self.conn.execute(f"SELECT id, level FROM {REUSE_DOCUMENTS}"))

    def found(self) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
        """(the citation pairs the last search was given, the pairs it found)."""
        return self._cited(), self.conn.execute(f"SELECT local, other FROM {REUSE_FOUND} WHERE relation IS NOT ?",
                                                [_CITED]).fetchall()

    def _cited(self) -> set[tuple[str, str]]:
        return set(self.conn.execute(f"SELECT local, other FROM {REUSE_FOUND} WHERE relation = ?", [_CITED]))

    def _create(self) -> None:
        for sql in REUSE_TABLES_SQL.values():
            self.conn.execute(sql)
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_shingles'").fetchone():
            self.conn.execute(REUSE_GONE_TRIGGER_SQL)

    def gone(self, ids: list[str]) -> dict[str, bytes]:
        """The shingles saved as they were deleted, of those of the documents ``ids`` that have them."""
        if not ids or not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [REUSE_GONE]).fetchone():
            return {}
        found: dict[str, bytes] = {}
        for part, marks in in_chunks(ids):
            found.update(self.conn.execute(f"SELECT id, hashes FROM {REUSE_GONE} WHERE id IN ({marks})", part))
        return found

    def holds_every_formula(self) -> bool:
        """Whether REUSE_NEAR holds every shingle over the count of :meth:`near_from` (an older table
        held those a few documents over the formula count only)."""
        return bool(self.conn.execute(f"SELECT 1 FROM {REUSE_NEAR} WHERE shingle = ?", [_EVERY_FORMULA]).fetchone())

    def near_from(self) -> int:
        """The count above which REUSE_NEAR holds every shingle (those under it never turn into a
        formula before the next whole search); an older table kept none under the formula count."""
        found = self.conn.execute(f"SELECT documents FROM {REUSE_NEAR} WHERE shingle = ?", [_NEAR_FROM]).fetchone()
        return found[0] if found else (self.searched_at() or 0)

    def _write_cited(self, known: Iterable[tuple[str, str]]) -> None:
        """The citation pairs held made ``known``: those that went deleted, those that came inserted
        (not all 13,600 of 30,000 notices deleted and inserted again at each build)."""
        known, held = set(known), self._cited()
        self.conn.executemany(f"DELETE FROM {REUSE_FOUND} WHERE local = ? AND other = ? AND relation = '{_CITED}'",
                              sorted(held - known))
        self.conn.executemany(f"INSERT OR IGNORE INTO {REUSE_FOUND} VALUES (?, ?, '{_CITED}')", sorted(known - held))

    def searched_at(self) -> Optional[int]:
        """The formula count of the last search over the whole corpus."""
        found = self.conn.execute(f"SELECT documents FROM {REUSE_NEAR} WHERE shingle = ?", [_SEARCHED_AT]).fetchone()
        return found[0] if found else None

    def near(self) -> dict[int, int]:
        """shingle -> documents that have it, for the shingles just over the formula count."""
        return dict(self.conn.execute(f"SELECT shingle, documents FROM {REUSE_NEAR} WHERE shingle >= 0"))

    def replace(self, documents: dict[str, int], known: Iterable[tuple[str, str]],
                found: list[tuple[str, str]], common: int, near: dict[int, int]) -> None:
        """The search just made over the whole corpus (``documents``: id -> level; ``common``: the
        formula count; ``near``: the shingles just over it, with the documents that have them)."""
        self._create()
        for table in (REUSE_DOCUMENTS, REUSE_FOUND, REUSE_NEAR, REUSE_GONE):
            self.conn.execute(f"DELETE FROM {table}")
        self.conn.executemany(f"INSERT INTO {REUSE_NEAR} VALUES (?, ?)", [
            (_SEARCHED_AT, common), (_NEAR_FROM, self.lowest_near(common)), (_EVERY_FORMULA, 1), *near.items()])
        self.conn.executemany(f"INSERT INTO {REUSE_DOCUMENTS} VALUES (?, ?)", documents.items())
        self.conn.executemany(f"INSERT OR IGNORE INTO {REUSE_FOUND} VALUES (?, ?, '{_REUSES}')", found)
        self._write_cited(known)

    def update(self, added: dict[str, int], known: Iterable[tuple[str, str]], judged: set[str],
               found: list[tuple[str, str]], counted: dict[int, int], gone: Iterable[str] = ()) -> None:
        """The search just made by looking up the documents ``added`` (id -> level) and ``gone``
        (removed): the pairs of the documents ``judged`` are those of ``found``, the others' stay;
        ``counted``: shingle -> documents that have it now, for the shingles looked up (kept when
        near the count)."""
        self._create()
        gone = sorted(gone)
        self.conn.executemany(f"INSERT INTO {REUSE_DOCUMENTS} VALUES (?, ?)", added.items())
        for part, marks in in_chunks(gone):
            self.conn.execute(f"DELETE FROM {REUSE_DOCUMENTS} WHERE id IN ({marks})", part)
            self.conn.execute(f"DELETE FROM {REUSE_FOUND} WHERE local IN ({marks})", part)
            self.conn.execute(f"DELETE FROM {REUSE_FOUND} WHERE other IN ({marks})", part)
        # looked up now, or saved and then stored again (a file moved): none is gone any more
        self.conn.execute(f"DELETE FROM {REUSE_GONE}")
        low = self.near_from()
        for part, marks in in_chunks(list(counted)):
            self.conn.execute(f"DELETE FROM {REUSE_NEAR} WHERE shingle IN ({marks})", part)
        self.conn.executemany(f"INSERT INTO {REUSE_NEAR} VALUES (?, ?)", [(h, n) for h, n in counted.items() if low < n])
        for part, marks in in_chunks(sorted(judged)):
            self.conn.execute(f"DELETE FROM {REUSE_FOUND} WHERE relation = ? AND local IN ({marks})",
                              [_REUSES, *part])
        self.conn.executemany(f"INSERT OR IGNORE INTO {REUSE_FOUND} VALUES (?, ?, '{_REUSES}')",
                              [pair for pair in found if pair[0] in judged])
        self._write_cited(known)
