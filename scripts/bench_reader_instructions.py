"""The PDF reader alone against pypdfium2 alone in instructions counted by valgrind (callgrind), which
the machine's load does not disturb, unlike CPU time (not a test).

    .venv/bin/python scripts/bench_reader_instructions.py [PDF ...]

Without PDFs: the first 20 (by name) of the bench's generated PDFs (scripts/bench.py keeps them in
~/.cache/notices-bench/pdf). Each side runs in a process of its own under valgrind, after the same
imports; a third process that only imports is subtracted from both, so that the figures are the
reading alone (pipeline.read.read_source; bench_baselines.pdfium_alone). A run takes a few minutes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import CACHE  # noqa: E402

DEFAULT_COUNT = 20
MODES = ("import", "reader", "pdfium")


def run(mode: str, paths: list[str]) -> None:
    """In the process valgrind counts: the imports, then the reading of ``mode``."""
    from bench_baselines import pdfium_alone

    from pipeline.read import read_source
    import pipeline.read.pdf  # noqa: F401  (imported by both sides, not counted)

    if mode == "reader":
        for path in paths:
            read_source(path)
    elif mode == "pdfium":
        pdfium_alone([Path(p) for p in paths])


def instructions(mode: str, paths: list[str]) -> int:
    """Instructions of this script run in ``mode`` under callgrind (hash seed fixed)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, __file__, "--mode", mode, *paths]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main(argv: list[str]) -> None:
    if argv[:1] == ["--mode"]:
        run(argv[1], argv[2:])
        return
    paths = argv or [str(p) for p in sorted((CACHE / "pdf").glob("*.pdf"))[:DEFAULT_COUNT]]
    if not paths:
        sys.exit(f"no PDFs given and none in {CACHE / 'pdf'} (run scripts/bench.py once)")
    counts = {mode: instructions(mode, paths) for mode in MODES}
    reader, pdfium = counts["reader"] - counts["import"], counts["pdfium"] - counts["import"]
    print(f"{len(paths)} PDFs: reader {reader / 1e6:.1f} M instructions, pypdfium2 {pdfium / 1e6:.1f} M, "
          f"ratio {reader / pdfium:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
