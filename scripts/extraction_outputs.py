"""Every row the build makes of a set of files, one JSON line per file: to prove that a change to how
extraction runs (not to what it finds) leaves its output byte for byte the same (not a test).

    .venv/bin/python scripts/extraction_outputs.py OUT.jsonl [--laws 300] [--generated 100]
    .venv/bin/python scripts/extraction_outputs.py NEW.jsonl --against OLD.jsonl

The files: the sample notices (``/work/shared/corpus`` beside the checkout, else ``corpus/``), every
text of ``tests/data/realworld*/``, the first ``--laws`` of the real corpus (in path order) and
``--generated`` notices of the bench's generated corpus, the PDFs of ``tests/fixtures/pdf/`` and the first
``--pdfs`` of the bench's printed PDFs (its cache, when it has been made). Each line holds a file's
``process_source(…, search_rows=True)`` (what a build worker returns), keys sorted. With
``--against``, the files whose lines differ are named and the exit status is 1. Run the old code
and the new one with their own ``PYTHONPATH``; the CPU time of the extraction is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else ROOT.parent.parent / "shared"


def inputs(laws: int, generated: int, scratch: Path, pdfs: int = 0) -> list[Path]:
    samples = SHARED / "corpus" if (SHARED / "corpus").is_dir() else ROOT / "corpus"
    paths = sorted(samples.glob("*.txt"))
    paths += sorted(p for folder in sorted((ROOT / "tests" / "data").glob("realworld*")) for p in folder.glob("*.txt"))
    real = SHARED / "realcorpus" / "laws"
    if laws and real.is_dir():
        paths += sorted(p for p in real.rglob("*") if p.is_file())[:laws]
    if generated:
        sys.path.insert(0, str(ROOT / "scripts"))
        from bench_corpus import make_txt_corpus
        paths += make_txt_corpus(scratch, generated)
    paths += sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))
    if pdfs:
        sys.path.insert(0, str(ROOT / "scripts"))
        from bench_corpus import CACHE
        paths += sorted((CACHE / "pdf").glob("*.pdf"))[:pdfs]
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, help="an earlier output to compare with, line by line")
    parser.add_argument("--laws", type=int, default=300)
    parser.add_argument("--generated", type=int, default=100)
    parser.add_argument("--pdfs", type=int, default=100, help="printed PDFs of the bench's cache (if made)")
    args = parser.parse_args()

    from pipeline.ingest.rows import process_source
    from pipeline.read import read_source
    from extractors.nlp import warm_up
    warm_up()

    # the same folder on every run: a file's path is in its rows
    paths = inputs(args.laws, args.generated, Path(tempfile.gettempdir()) / "extraction-outputs-generated",
                   args.pdfs)
    cpu = reading = 0.0
    with args.out.open("w", encoding="utf-8") as out:
        for path in paths:
            started = time.process_time()
            source = read_source(path)
            reading += time.process_time() - started
            started = time.process_time()
            rows = process_source(source, search_rows=True)
            cpu += time.process_time() - started
            out.write(json.dumps({"file": str(path), "rows": rows}, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    print(f"{len(paths)} files, reading {reading:.2f} s CPU, extraction {cpu:.2f} s CPU "
          f"({1000 * cpu / len(paths):.1f} ms per file)")
    if not args.against:
        return 0
    new = args.out.read_text(encoding="utf-8").splitlines()
    old = args.against.read_text(encoding="utf-8").splitlines()
    differing = [json.loads(a)["file"] for a, b in zip(new, old) if a != b]
    if len(new) != len(old):
        print(f"{len(new)} lines against {len(old)}")
    for name in differing:
        print(f"differs: {name}")
    print("identical" if not differing and len(new) == len(old) else f"{len(differing)} files differ")
    return 1 if differing or len(new) != len(old) else 0


if __name__ == "__main__":
    sys.exit(main())
