"""What keeps adding one notice cheap: the reads of the citation pairs in one transaction, and the
aligner loaded only when a pair needs aligning."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from pipeline.ingest.database import read_transaction

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus"  # the five samples


def test_read_transaction_begins_and_ends_its_own_and_leaves_a_callers_open(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    with read_transaction(conn):
        assert conn.in_transaction
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert not conn.in_transaction
    # a caller's write stays the caller's: neither committed nor ended by the reads
    conn.execute("INSERT INTO t VALUES (1)")
    with read_transaction(conn):
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (1,)
    assert conn.in_transaction
    conn.rollback()
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)


_BUILD_AND_LIST = """
import json, sys
from pipeline.build import build
report = build(sys.argv[2:], sys.argv[1])
print(json.dumps({"stored": len(report.stored), "failed": report.failed,
                  "aligner": "pipeline.corpus.align.pool" in sys.modules}))
"""


def _build(db: Path, *paths: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _BUILD_AND_LIST, str(db), *map(str, paths)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_build_with_no_pair_to_align_does_not_load_the_aligner_and_one_with_pairs_does(tmp_path):
    samples = sorted(SAMPLES.glob("*.txt"))
    db = tmp_path / "one.db"
    alone = _build(db, samples[0])
    assert alone["stored"] == 1 and not alone["failed"]
    assert not alone["aligner"]  # one notice: nothing to align it with
    assert sqlite3.connect(db).execute("SELECT count(*) FROM aligned_pairs").fetchone() == (0,)
    every = _build(tmp_path / "all.db", *samples)
    pairs = sqlite3.connect(tmp_path / "all.db").execute("SELECT count(*) FROM aligned_pairs").fetchone()[0]
    assert every["aligner"] == (pairs > 0)


def test_modules_load_without_the_collector_and_stay_frozen_after():
    import gc

    from pipeline.module_loading import loading_modules

    frozen = gc.get_freeze_count()
    with loading_modules():
        assert not gc.isenabled()
        loaded = [{"object": [k]} for k in range(1000)]  # what a module's body leaves behind (the collector tracks a
            # dict only once it holds a container: {"object": k} alone would not be counted)
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(loaded)
    # a caller that runs without the collector keeps it off, and nothing is frozen for it
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        with loading_modules():
            pass
        assert not gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()
