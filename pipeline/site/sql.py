"""What the site's pages share in reading the database."""

from __future__ import annotations

import sqlite3


def dict_rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    """The rows of a query as dicts by column name (whatever the connection's row factory)."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
