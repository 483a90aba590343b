"""The alignment pool's workers: numpy's BLAS on WORKER_BLAS_THREADS threads while a chunk is
aligned (the rows equal those aligned in one process: test_compare), the count restored after."""

from __future__ import annotations

import pickle
import sqlite3

from threadpoolctl import threadpool_info, threadpool_limits

from pipeline.corpus.align import pool as align_pool


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_a_worker_aligns_on_one_blas_thread_and_gives_the_count_back(tmp_path, monkeypatch):
    db = tmp_path / "n.db"
    sqlite3.connect(db).close()
    seen = []

    def recording(conn, pairs, threshold):  # what the worker's chunk is aligned under
        seen.append(_blas_threads())
        return {("l", "n"): []}

    monkeypatch.setattr(align_pool, "align_chunk", recording)
    with threadpool_limits(limits=2, user_api="blas"):  # a build's worker, on two threads before
        before = _blas_threads()
        spill = align_pool._align_chunk_in_worker(str(db), [("l", "n")], None, str(tmp_path / "0.pickle"))
        after = _blas_threads()
    assert before and set(before) == {2}
    assert seen == [[align_pool.WORKER_BLAS_THREADS] * len(before)] and align_pool.WORKER_BLAS_THREADS == 1
    assert after == before
    with open(spill, "rb") as handle:
        assert pickle.load(handle) == {("l", "n"): []}
