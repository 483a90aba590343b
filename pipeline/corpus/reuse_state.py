"""The last search for copied text (``pipeline.corpus.shingles.reuse_pairs``), as the tables of
``schema.shingles`` keep it: the documents it was over, the pairs it found and the citation pairs
it was given. The next search starts from it when the corpus only gained a few documents."""

from __future__ import annotations

import sqlite3
from typing import Iterable, Optional

from pipeline.ingest.database import in_chunks
from schema.shingles import REUSE_DOCUMENTS, REUSE_FOUND, REUSE_TABLES_SQL

_REUSES, _CITED = "reuses", "cited"


class LastSearch:
    """Read and write the last search's tables on ``conn`` (the caller commits)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def _exists(self) -> bool:
        names = {name for (name,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", [REUSE_DOCUMENTS, REUSE_FOUND])}
        return names == {REUSE_DOCUMENTS, REUSE_FOUND}

    def documents(self) -> Optional[dict[str, int]]:
        """id -> level of the documents the last search was over; None when there was none."""
        if not self._exists():
            return None
        return dict(self.conn.execute(f"SELECT id, level FROM {REUSE_DOCUMENTS}"))

    def found(self) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
        """(the citation pairs the last search was given, the pairs it found)."""
        cited: set[tuple[str, str]] = set()
        found: list[tuple[str, str]] = []
        for local, other, relation in self.conn.execute(f"SELECT local, other, relation FROM {REUSE_FOUND}"):
            if relation == _CITED:
                cited.add((local, other))
            else:
                found.append((local, other))
        return cited, found

    def _create(self) -> None:
        for sql in REUSE_TABLES_SQL.values():
            self.conn.execute(sql)

    def _write_cited(self, known: Iterable[tuple[str, str]]) -> None:
        self.conn.execute(f"DELETE FROM {REUSE_FOUND} WHERE relation = ?", [_CITED])
        self.conn.executemany(f"INSERT OR IGNORE INTO {REUSE_FOUND} VALUES (?, ?, '{_CITED}')", sorted(known))

    def replace(self, documents: dict[str, int], known: Iterable[tuple[str, str]],
                found: list[tuple[str, str]]) -> None:
        """The search just made over the whole corpus (``documents``: id -> level)."""
        self._create()
        self.conn.execute(f"DELETE FROM {REUSE_DOCUMENTS}")
        self.conn.execute(f"DELETE FROM {REUSE_FOUND}")
        self.conn.executemany(f"INSERT INTO {REUSE_DOCUMENTS} VALUES (?, ?)", documents.items())
        self.conn.executemany(f"INSERT OR IGNORE INTO {REUSE_FOUND} VALUES (?, ?, '{_REUSES}')", found)
        self._write_cited(known)

    def update(self, added: dict[str, int], known: Iterable[tuple[str, str]], judged: set[str],
               found: list[tuple[str, str]]) -> None:
        """The search just made by looking up the documents ``added`` (id -> level): the pairs of
        the documents ``judged`` are those of ``found``, the others' stay."""
        self.conn.executemany(f"INSERT INTO {REUSE_DOCUMENTS} VALUES (?, ?)", added.items())
        for part, marks in in_chunks(sorted(judged)):
            self.conn.execute(f"DELETE FROM {REUSE_FOUND} WHERE relation = ? AND local IN ({marks})",
                              [_REUSES, *part])
        self.conn.executemany(f"INSERT OR IGNORE INTO {REUSE_FOUND} VALUES (?, ?, '{_REUSES}')",
                              [pair for pair in found if pair[0] in judged])
        self._write_cited(known)
