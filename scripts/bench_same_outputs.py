"""Two built databases compared: to prove that a change to how the build runs (not to what it
finds) leaves the database the same (not a test).

    .venv/bin/python scripts/bench_same_outputs.py OLD.db NEW.db [--queries 400]

Every table's rows are compared as a multiset (rowids aside, and the columns that hold the time
of the build, :data:`TIME_COLUMNS`); the FTS5 tables, whose internal layout (segments, the order
entries were written in) may differ, are compared by what they find: a battery of queries made
from the databases' own titles and measures (jieba words, pairs of them, single characters), each
run through ``pipeline.corpus.search.search`` and as the bare FTS5 MATCH, on documents and
measures. The differences are named and the exit status is 1.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys

#: Columns that hold when the build ran, not what it found.
TIME_COLUMNS = {"ingested_at", "at", "built_at", "updated_at", "created_at", "status_date", "as_of"}


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables: FTS5 tables and their shadow tables aside."""
    fts = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    return [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not any(name == f or name.startswith(f + "_") for f in fts)]


def table_digests(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    out = {}
    for table in _tables(conn):
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")') if row[1] not in TIME_COLUMNS]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = sorted(repr(row) for row in conn.execute(f'SELECT {names} FROM "{table}"'))
        out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16])
    return out


def queries(conn: sqlite3.Connection, count: int) -> list[str]:
    """Queries made from the database's texts, the same for any database of the same rows."""
    import jieba

    texts = [t for (t,) in conn.execute("SELECT title FROM documents WHERE title IS NOT NULL ORDER BY id")]
    texts += [t for (t,) in conn.execute("SELECT text FROM measures ORDER BY id")][::7]
    found: list[str] = []
    for k, text in enumerate(texts):
        words = [w for w in jieba.lcut(text[:200]) if len(w.strip()) >= 2]
        if not words:
            continue
        found.append(words[k % len(words)])
        found.append(" ".join(words[(k + 1) % len(words)::max(1, len(words) // 2)][:2]))
        found.append(words[(k + 2) % len(words)][0])
    found += ["扶贫", "小额信贷", "-扶贫 资金", "\"工作 要点\"", "通知 OR 意见", "2020年", "ＰＭ2.5"]
    return list(dict.fromkeys(found))[:count]


def search_results(path: str, battery: list[str]) -> dict[tuple[str, str, str], list]:
    from pipeline.corpus.search import fts_query, search
    from schema.search import INDEXES

    conn = sqlite3.connect(path)
    out = {}
    for table, (fts, _) in INDEXES.items():
        for query in battery:
            out[("search", table, query)] = search(path, table, query, limit=100000)
            out[("match", table, query)] = sorted(r[0] for r in conn.execute(
                f'SELECT t.id FROM "{fts}" f JOIN "{table}" t ON t.rowid = f.rowid WHERE "{fts}" MATCH ?',
                [fts_query(query)]))
    conn.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args(argv)
    old, new = sqlite3.connect(args.old), sqlite3.connect(args.new)
    differ = []
    old_tables, new_tables = table_digests(old), table_digests(new)
    for table in sorted(set(old_tables) | set(new_tables)):
        if old_tables.get(table) != new_tables.get(table):
            differ.append(f"table {table}: {old_tables.get(table)} against {new_tables.get(table)}")
    battery = queries(old, args.queries)
    old_found, new_found = search_results(args.old, battery), search_results(args.new, battery)
    hits = sum(len(v) for v in old_found.values())
    for key in old_found:
        if old_found[key] != new_found[key]:
            differ.append(f"{key}: {len(old_found[key])} hits against {len(new_found[key])}")
    print(f"{len(old_tables)} tables, {len(battery)} queries x {len(old_found) // len(battery)} ways, "
          f"{hits} hits: {'the same' if not differ else f'{len(differ)} differences'}")
    for line in differ[:50]:
        print("  " + line)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
