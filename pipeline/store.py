"""Write one file's rows into the database in one transaction, replacing what that file left before."""

from __future__ import annotations

import datetime
import json
from typing import Optional

import sqlite_utils

from schema.tables import DOCUMENT_CHILD_TABLES, create_tables


def open_database(path: str, fresh: bool = False) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path, recreate=fresh)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    create_tables(db)
    return db


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def stored_sha256(db: sqlite_utils.Database, path: str) -> Optional[str]:
    row = db.execute("SELECT sha256 FROM sources WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def _delete_documents_of(db: sqlite_utils.Database, path: str) -> None:
    of_path = "SELECT id FROM documents WHERE source_path = ?"
    for table in DOCUMENT_CHILD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE document_id IN ({of_path})", [path])
    # citations elsewhere that pointed at these documents are resolved again after the build
    db.execute(f"UPDATE citations SET cited_document_id = NULL WHERE cited_document_id IN ({of_path})", [path])
    db.execute("DELETE FROM documents WHERE source_path = ? AND parent_id IS NOT NULL", [path])
    db.execute("DELETE FROM documents WHERE source_path = ?", [path])


def write_file_result(db: sqlite_utils.Database, result: dict) -> int:
    """Store every document of one file; returns how many documents were written."""
    source = result["source"]
    with db.conn:  # one transaction: a killed build leaves the file's old rows or its new ones
        _delete_documents_of(db, source["path"])
        for rows in result["documents"]:
            db["documents"].insert_all(rows["documents"], alter=True)
            db["measures"].insert_all(rows["measures"], alter=True)
            if rows["units"]:
                db["units"].upsert_all(rows["units"].values(), pk="id", alter=True)
                db["unit_aliases"].upsert_all(
                    [{"alias": alias, "unit_id": unit["id"]}
                     for unit in rows["units"].values() for alias in _json_list(unit["aliases"])],
                    pk=("alias", "unit_id"),
                )
            for table in ("assignments", "deadlines", "targets", "citations"):
                if rows[table]:
                    db[table].insert_all(rows[table], alter=True)
        db["sources"].upsert(
            {"path": source["path"], "sha256": source["sha256"], "format": source["format"],
             "documents": len(result["documents"]), "ingested_at": now()},
            pk="path",
        )
        db.execute("DELETE FROM ingest_errors WHERE path = ?", [source["path"]])
    return len(result["documents"])


def record_error(db: sqlite_utils.Database, path: str, error: str) -> None:
    with db.conn:
        db["ingest_errors"].upsert({"path": path, "error": error, "at": now()}, pk="path")


def _json_list(text: str) -> list:
    return json.loads(text) if text else []
