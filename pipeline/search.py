"""Chinese full-text search: jieba-segmented FTS5 indexes of documents and measures.

SQLite's tokenizers cannot search Chinese: ``unicode61`` takes a whole run of Han characters as one
token, and ``trigram`` cannot match a two-character word such as 扶贫. So the text is segmented with
jieba (the project's user dictionary loaded) and stored with spaces between the words in FTS5 tables
(``documents_zh_fts``, ``measures_zh_fts``) whose rowid is the rowid of the indexed row. Datasette's
table search is pointed at them by ``fts_table`` in ``datasette_metadata.json``, and the Datasette
plugin ``pipeline/datasette_plugins/notices.py`` replaces ``escape_fts()`` — the SQL function
Datasette wraps around every ``?_search=`` — with :func:`fts_query`, which segments the query the
same way.

Indexing is "search mode": every word is stored, and after a word of three or more characters also
each dictionary word inside it, so 扶贫小额信贷 is found by 扶贫小额信贷, 小额信贷, 扶贫, 小额 and 信贷
(jieba's own ``cut_for_search`` only adds the two- and three-character words inside).

:func:`build_search_index` is a post-build step: idempotent and incremental (a row is segmented again
only when its text, or the dictionary, changed).
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
import unicodedata
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

USER_DICTIONARY = Path(__file__).resolve().parents[1] / "extractors" / "data" / "policy_terms.txt"
INDEX_VERSION = "zh-search-1"

# table -> (FTS5 table, indexed columns)
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "documents": ("documents_zh_fts", ("title", "doc_number", "issuer", "text")),
    "measures": ("measures_zh_fts", ("heading", "text")),
}

_lock = threading.Lock()
_WORD = re.compile(r"\w", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


_segmenter = None


def segmenter():
    """A private jieba tokenizer with the project's user dictionary (loading it takes about a second)."""
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                if USER_DICTIONARY.exists():
                    tokenizer.load_userdict(str(USER_DICTIONARY))
                _segmenter = tokenizer
    return _segmenter


@lru_cache(maxsize=1)
def dictionary_version() -> str:
    digest = hashlib.sha1(INDEX_VERSION.encode())
    if USER_DICTIONARY.exists():
        digest.update(USER_DICTIONARY.read_bytes())
    return digest.hexdigest()[:12]


def _is_word(token: str) -> bool:
    return bool(_WORD.search(token))


def _clean(token: str) -> str:
    # FTS5 syntax characters never reach the index or a query
    return unicodedata.normalize("NFKC", token).replace('"', "").strip()


def words(text: str) -> list[str]:
    """jieba's precise segmentation of ``text``, punctuation and spaces dropped, full-width folded."""
    if not text:
        return []
    tokens = (_clean(token) for token in segmenter().cut(unicodedata.normalize("NFKC", text)))
    return [token for token in tokens if token and _is_word(token)]


def inner_words(word: str) -> list[str]:
    """Dictionary words of two or more characters inside ``word`` (``word`` itself excluded), in order."""
    if len(word) < 3:
        return []
    freq = segmenter().FREQ
    found = []
    for start in range(len(word)):
        for end in range(start + 2, len(word) + 1):
            if end - start == len(word):
                continue
            piece = word[start:end]
            if freq.get(piece):
                found.append(piece)
    return found


def index_tokens(text: str) -> list[str]:
    """The tokens stored for ``text``: each word followed by the dictionary words inside it."""
    tokens = []
    for word in words(text):
        tokens.append(word)
        tokens.extend(inner_words(word))
    return tokens


def segment_for_index(text: str) -> str:
    return " ".join(index_tokens(text or ""))


def _finer(word: str) -> list[str]:
    """``word`` split into shorter dictionary words (forward maximum matching), or [] if it cannot be."""
    if len(word) < 3 or not _HAN.search(word):
        return []
    freq = segmenter().FREQ
    pieces, start = [], 0
    while start < len(word):
        for end in range(min(len(word), start + len(word) - 1), start, -1):
            piece = word[start:end]
            if end - start == 1 or (freq.get(piece) and piece != word):
                pieces.append(piece)
                start = end
                break
    if len(pieces) < 2 or any(len(piece) < 2 for piece in pieces):
        return []
    return pieces


def _quote(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def fts_query(query) -> str:
    """An FTS5 MATCH expression for a search box query: every word must occur.

    Terms are joined with an explicit ``AND`` (FTS5 has no implicit AND before a bracket).
    The query is segmented like the index; a long word may also match as the phrase of its parts
    (小额信贷 → ``("小额信贷" OR "小额 信贷")``), for texts where jieba cut it differently. Quotes and
    FTS5 operators typed by the user are treated as plain text.
    """
    if query is None:
        return '""'
    terms = []
    for word in words(str(query)):
        finer = _finer(word)
        if finer:
            terms.append(f'({_quote(word)} OR {_quote(" ".join(finer))})')
        else:
            terms.append(_quote(word))
    return " AND ".join(terms) if terms else '""'


# --- the index ---------------------------------------------------------------------------------


@contextmanager
def _connected(db) -> Iterator[sqlite3.Connection]:
    """A connection to ``db``: a sqlite3 connection, a sqlite_utils Database or a path (opened and closed here)."""
    if isinstance(db, sqlite3.Connection):
        yield db
    elif hasattr(db, "conn"):  # sqlite_utils.Database
        yield db.conn
    else:
        conn = sqlite3.connect(str(db))
        try:
            yield conn
        finally:
            conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _digest(values: Iterable) -> str:
    digest = hashlib.sha1(dictionary_version().encode())
    for value in values:
        digest.update(b"\x1f" + (str(value) if value is not None else "").encode("utf-8", "replace"))
    return digest.hexdigest()[:16]


def _ensure_fts(conn: sqlite3.Connection, fts: str, columns: tuple[str, ...]) -> None:
    wanted = ["id", "digest", *columns]
    if _columns(conn, fts) == wanted:
        return
    conn.execute(f'DROP TABLE IF EXISTS "{fts}"')
    spec = ", ".join(['id UNINDEXED', 'digest UNINDEXED', *[f'"{c}"' for c in columns]])
    conn.execute(f'CREATE VIRTUAL TABLE "{fts}" USING fts5({spec}, tokenize="unicode61")')


def _rows(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> Iterator[tuple]:
    present = set(_columns(conn, table))
    select = ", ".join(f'"{c}"' if c in present else "NULL" for c in columns)
    yield from conn.execute(f'SELECT rowid, id, {select} FROM "{table}"')


def build_search_index(db) -> dict[str, int]:
    """Bring the segmented FTS5 tables up to date with documents and measures; returns rows re-indexed."""
    with _connected(db) as conn:
        return _build_search_index(conn)


def _build_search_index(conn: sqlite3.Connection) -> dict[str, int]:
    changed: dict[str, int] = {}
    for table, (fts, columns) in INDEXES.items():
        if not _columns(conn, table):
            continue
        with conn:
            _ensure_fts(conn, fts, columns)
            indexed = {rowid: (row_id, digest) for rowid, row_id, digest
                       in conn.execute(f'SELECT rowid, id, digest FROM "{fts}"')}
            seen, count = set(), 0
            for rowid, row_id, *values in _rows(conn, table, columns):
                seen.add(rowid)
                digest = _digest(values)
                if indexed.get(rowid) == (row_id, digest):
                    continue
                if rowid in indexed:
                    conn.execute(f'DELETE FROM "{fts}" WHERE rowid = ?', [rowid])
                placeholders = ", ".join("?" for _ in range(len(columns) + 3))
                conn.execute(f'INSERT INTO "{fts}" (rowid, id, digest, {", ".join(chr(34) + c + chr(34) for c in columns)}) '
                             f'VALUES ({placeholders})',
                             [rowid, row_id, digest, *(segment_for_index(v) for v in values)])
                count += 1
            for rowid in set(indexed) - seen:
                conn.execute(f'DELETE FROM "{fts}" WHERE rowid = ?', [rowid])
                count += 1
        changed[table] = count
    return changed


def search(db, table: str, query: str, limit: int = 100) -> list[str]:
    """Ids of the rows of ``table`` (documents or measures) matching ``query``, best first."""
    fts = INDEXES[table][0]
    sql = (f'SELECT t.id FROM "{fts}" f JOIN "{table}" t ON t.rowid = f.rowid '
           f'WHERE "{fts}" MATCH ? ORDER BY bm25("{fts}") LIMIT ?')
    with _connected(db) as conn:
        return [row[0] for row in conn.execute(sql, [fts_query(query), limit])]
