"""``serve``: Datasette on a built database, with the project's metadata and plugins, read-only."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parent  # inside the package: an installed copy serves the same site
METADATA = SITE / "datasette_metadata.json"
PLUGINS = SITE / "plugins"
TEMPLATES = SITE / "templates"

# Safety settings: a runaway query is stopped, results are capped, nothing can be written.
SETTINGS = {"sql_time_limit_ms": "3000", "max_returned_rows": "2000", "allow_download": "off"}


def datasette_arguments(db_path: str, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    arguments = ["serve", "--immutable", str(db_path), "--host", host, "--port", str(port)]
    if METADATA.exists():
        arguments += ["--metadata", str(METADATA)]
    if PLUGINS.exists():
        arguments += ["--plugins-dir", str(PLUGINS)]
    if TEMPLATES.exists():
        arguments += ["--template-dir", str(TEMPLATES)]
    for name, value in SETTINGS.items():
        arguments += ["--setting", name, value]
    return arguments


def serve(db_path: str, port: int = 8001, host: str = "127.0.0.1") -> int:
    if not Path(db_path).exists():
        print(f"error: {db_path} does not exist; run `notices build` first", file=sys.stderr)
        return 2
    # exec: Datasette takes over this process, so a signal to `notices serve` reaches it directly
    os.execv(sys.executable, [sys.executable, "-m", "datasette", *datasette_arguments(db_path, port, host)])
