"""``serve``: Datasette on a built database, with the project's metadata and plugins, read-only.

The database is served read-only but not immutable (Datasette opens it ``mode=ro``): a build may
write it while it is served. The build writes in WAL mode, so each request reads the last committed
state — the old rows until a file's transaction commits, the new ones after — and never a half-written
page; ``build --fresh`` puts its new database in place in one transaction (SQLite's backup API,
``pipeline.ingest.database.install_database``). No restart is needed to see a rebuild.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parent  # inside the package: an installed copy serves the same site
METADATA = SITE / "datasette_metadata.json"
PLUGINS = SITE / "plugins"
TEMPLATES = SITE / "templates"

# Safety settings: a runaway query is stopped, results are capped, nothing can be written.
# Facets are those of the metadata: Datasette's suggestions (source_sha256, cc …) are noise to a reader.
SETTINGS = {"sql_time_limit_ms": "3000", "max_returned_rows": "2000", "allow_download": "off",
            "suggest_facets": "off"}


def datasette_arguments(db_path: str, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    # not --immutable: an immutable database is read without its WAL, so a build's commits would
    # not be seen and pages written since start would read as corrupt
    arguments = ["serve", str(db_path), "--host", host, "--port", str(port)]
    if METADATA.exists():
        arguments += ["--metadata", str(METADATA)]
    if PLUGINS.exists():
        arguments += ["--plugins-dir", str(PLUGINS)]
    if TEMPLATES.exists():
        arguments += ["--template-dir", str(TEMPLATES)]
    for name, value in SETTINGS.items():
        arguments += ["--setting", name, value]
    return arguments


def port_problem(host: str, port: int) -> str:
    """Why ``host:port`` cannot be served, or "" when it can (checked before Datasette starts: its
    own failure is a traceback)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        return f"{host} is not an address to serve on ({error.strerror}); use --host 127.0.0.1 or 0.0.0.0"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return f"port {port} is in use on {host}; serve on another with --port {port + 1}"
            return f"cannot serve on {host}:{port} ({error.strerror}); choose another --host or --port"
    return ""


def serve(db_path: str, port: int = 8001, host: str = "127.0.0.1") -> int:
    if not Path(db_path).exists():
        print(f"error: {db_path} does not exist; run `notices build` first", file=sys.stderr)
        return 2
    problem = port_problem(host, port)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    # exec: Datasette takes over this process, so a signal to `notices serve` reaches it directly
    os.execv(sys.executable, [sys.executable, "-m", "datasette", *datasette_arguments(db_path, port, host)])
