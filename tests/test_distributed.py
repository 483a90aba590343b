"""The build on Dask (``pipeline.ingest.cluster``) writes the database the single-process build writes.

The cluster is a LocalCluster inside the test process (``processes=False``: two worker threads), so
the test is quick; it goes through the same scheduler address a remote cluster gives
(``build(..., scheduler=ADDRESS)``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import LocalCluster  # noqa: E402

from pipeline.build import build  # noqa: E402
from pipeline.ingest.worker import safe_process as _safe_process  # noqa: E402
from pipeline.ingest.cluster import dask_results  # noqa: E402
from db_support import table_rows  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as running:
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "corpus"
    shutil.copytree(CORPUS, folder)
    (folder / "empty.txt").write_bytes(b"")  # an error travels back as an error
    return folder


@pytest.fixture(scope="module")
def single_process_db(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("single") / "single.db"
    report = build([str(corpus)], str(db), workers=1)
    assert len(report.stored) == 5 and len(report.failed) == 1
    return db


def test_dask_build_writes_the_single_process_database(cluster, corpus, single_process_db, tmp_path):
    db = tmp_path / "dask.db"
    report = build([str(corpus)], str(db), scheduler=cluster.scheduler_address)
    assert len(report.stored) == 5 and [Path(p).name for p, _ in report.failed] == ["empty.txt"]
    expected, got = table_rows(single_process_db), table_rows(db)
    assert set(got) == set(expected)
    for table in expected:
        assert got[table] == expected[table], table
    assert got["documents"] and got["measure_rows"] and got["assignments"]  # measures is a view over measure_rows


def test_results_come_in_input_order_with_errors_in_place(cluster, corpus):
    paths = sorted(str(p) for p in corpus.iterdir())
    triples = list(dask_results(paths, scheduler=cluster.scheduler_address))
    assert [path for path, _, _ in triples] == paths
    for path, result, error in triples:
        assert (result is None) == path.endswith("empty.txt") == (error is not None)
    assert "empty" in dict((p, e) for p, _, e in triples)[str(corpus / "empty.txt")]


def test_shipped_bytes_give_the_results_read_by_path(cluster, corpus):
    """Workers without the client's filesystem get the bytes; the rows name the client's paths."""
    paths = sorted(str(p) for p in corpus.iterdir()) + [str(corpus / "missing.txt")]
    shipped = list(dask_results(paths, scheduler=cluster.scheduler_address, ship_bytes=True))
    assert shipped == [_safe_process(path) for path in paths]
    stored = [result for _, result, _ in shipped if result]
    assert all(r["source"]["path"].startswith(str(corpus)) for r in stored)
    assert all(rows["documents"][0]["source_path"] == r["source"]["path"] for r in stored for rows in r["documents"])


class _Future:
    def __init__(self, outcome):
        self.outcome = outcome

    def result(self):
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome

    def release(self):
        pass


class _Client:
    """Stands in for a dask Client whose task of several files lost its worker: each file alone
    succeeds except the one that kills its worker again."""

    def submit(self, function, items, **options):
        [(path, _)] = items
        if path == "kills.txt":
            return _Future(RuntimeError("KilledWorker"))
        return _Future([(path, {"ok": True}, None)])


def test_a_task_whose_worker_died_is_retried_file_by_file():
    from pipeline.ingest.cluster import _collect

    batch = ["a.txt", "kills.txt", "b.txt"]
    triples = list(_collect(_Client(), batch, _Future(RuntimeError("KilledWorker")), ship_bytes=False))
    assert [path for path, _, _ in triples] == batch
    assert [error is None for _, _, error in triples] == [True, False, True]
    assert "KilledWorker" in triples[1][2]
