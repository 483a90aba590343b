"""Connections to the database: opened for a build (WAL, the schema created), or borrowed from
whatever a caller holds (a path, a sqlite3 connection, a sqlite_utils Database)."""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import contextmanager
from typing import Iterator

import sqlite_utils

from schema.tables import create_tables


@contextmanager
def connected(db) -> Iterator[sqlite3.Connection]:
    """A connection to ``db``: a sqlite3 connection, a sqlite_utils Database or a path (opened and
    closed here)."""
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


@contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """Many small reads as one read transaction (unless ``conn`` has one open already): in WAL mode
    a query outside a transaction takes and releases the WAL index's locks on its own, two system
    calls and a check of the index each (13,600 document lookups when pairing citations at 30,000
    notices). Nothing may be written inside."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.commit()  # ends the read


#: Values bound in one ``IN (…)`` (well under SQLite's limit on parameters).
IN_CHUNK = 500


def in_chunks(values: list) -> Iterator[tuple[list, str]]:
    """``values`` in chunks of :data:`IN_CHUNK`, each with its ``?, ?, …`` placeholders."""
    for start in range(0, len(values), IN_CHUNK):
        part = values[start:start + IN_CHUNK]
        yield part, ", ".join("?" for _ in part)


def open_database(path: str, fresh: bool = False) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path, recreate=fresh)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")  # 64 MB of page cache for the index updates
    # and as much for the temporary tables (the documents numbered for the copied-text search, the
    # alignments staged): with SQLite's default 2 MB they went out to a file and were read back,
    # 10,000 page reads and 2,000 writes an add at 30,000 notices
    db.execute("PRAGMA temp.cache_size=-65536")
    create_tables(db)
    return db


# --------------------------------------------------------------------------------------------
# the database as a user names it: checked before anything is written, opened read-only to read


class UserError(Exception):
    """A failure the user can cause and fix (a mistyped path, a file that is no notices database, a
    build already running): the command line prints it as one line and exits 2, no traceback."""


#: Tables every notices database has; a SQLite file without them is someone else's database.
NOTICES_TABLES = ("documents", "sources")


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` is a write that found no room: SQLite's SQLITE_FULL, or an I/O error on
    write (what a file-size limit or a failing disk gives), or the OS's no space / file too large."""
    if isinstance(error, sqlite3.Error):
        text, code = str(error), getattr(error, "sqlite_errorname", "")
        return code == "SQLITE_FULL" or "full" in text or code.startswith("SQLITE_IOERR")
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def _uri(path: str, mode: str) -> str:
    from urllib.parse import quote

    return f"file:{quote(os.path.abspath(path))}?mode={mode}"


def check_notices_database(conn: sqlite3.Connection, path: str, empty_is_fine: bool = False) -> None:
    """Raise ``UserError`` unless ``conn`` is a readable notices database (or an empty SQLite file,
    when ``empty_is_fine``: a build makes its tables)."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:  # "file is not a database", "database disk image is malformed"
        raise UserError(f"{path} is not a SQLite database or is corrupt ({error}); "
                        f"give the path of a database `notices build` wrote") from None
    if empty_is_fine and not tables:
        return
    missing = [table for table in NOTICES_TABLES if table not in tables]
    if missing:
        raise UserError(f"{path} is a SQLite database but not a notices database (no {', '.join(missing)} "
                        f"table); give the path of a database `notices build` wrote")


def open_read_only(path: str) -> sqlite3.Connection:
    """A read-only connection to the notices database at ``path`` (``mode=ro``: a missing file is
    never created). Raises ``UserError`` when it is missing, not SQLite, corrupt or not ours."""
    if not os.path.isfile(path):
        raise UserError(f"{path}: no such database; build it first with `notices build FOLDER --db {path}`")
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    except sqlite3.Error as error:
        raise UserError(f"{path} cannot be opened ({error})") from None
    try:
        check_notices_database(conn, path)
    except UserError:
        conn.close()
        raise
    return conn


def check_database_to_write(path: str) -> None:
    """Before a build touches ``path``: its folder exists, and a file already there is a notices
    database (or an empty SQLite file). Nothing is created here."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UserError(f"{path}: the folder {folder} does not exist")
    if os.path.isdir(path):
        raise UserError(f"{path} is a folder; --db takes the path of a database file")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return
    try:  # rw, not ro: the build writes it anyway, and closing the last rw connection removes -wal, -shm
        conn = sqlite3.connect(_uri(path, "rw"), uri=True)
    except sqlite3.Error as error:
        raise UserError(f"{path} cannot be opened for writing ({error})") from None
    try:
        check_notices_database(conn, path, empty_is_fine=True)
    finally:
        conn.close()


# --------------------------------------------------------------------------------------------
# one build at a time, and --fresh built beside the database


@contextmanager
def build_lock(path: str) -> Iterator[None]:
    """Held for the whole of a build of ``path``; a second build of it refuses at once (two
    builds' batches interleaved would each see half of the other's files). The lock is an
    ``flock`` on ``PATH.build-lock``, which the kernel releases however the build ends; the file
    holds the build's process id for the message and is removed when the build ends."""
    import fcntl

    lock_path = f"{path}.build-lock"
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise UserError(f"another build (process {holder}) is writing {path}; "
                            "wait for it to finish, then run this build again") from None
        try:  # the build before may have removed the file between our open and our lock
            current = os.stat(lock_path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        os.close(fd)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    try:
        yield
    finally:
        try:
            os.unlink(lock_path)
        except OSError:
            pass
        os.close(fd)


SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def remove_database_files(path: str) -> None:
    for name in (path, *(path + side for side in SQLITE_SIDE_FILES)):
        try:
            os.unlink(name)
        except FileNotFoundError:
            pass


def fresh_path_beside(path: str) -> str:
    """A new, unused file name in the folder of ``path`` for a ``--fresh`` build (same file
    system: the finished database is moved into place, never copied across devices)."""
    import tempfile

    folder, name = os.path.split(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".fresh", dir=folder)
    os.close(fd)
    return temp


def install_database(built: str, path: str) -> None:
    """Put the finished database ``built`` (closed: no WAL left) at ``path``, atomically.

    No database at ``path``: ``os.replace``. A database there, which may be open — served by
    ``notices serve`` or read by another command: its pages are replaced by the new ones with
    SQLite's backup API in one write transaction, so a reader sees the old database or the new one,
    never a mix, and keeps its connection. Renaming over a database in use would leave its readers
    on the old file while they share ``-wal`` and ``-shm`` with the new one, which corrupts it."""
    if not os.path.exists(path):
        remove_database_files(path)  # a -wal or -shm without its database belongs to nothing
        os.replace(built, path)
        return
    source = sqlite3.connect(_uri(built, "ro"), uri=True)
    target = sqlite3.connect(path, timeout=60)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    remove_database_files(built)
