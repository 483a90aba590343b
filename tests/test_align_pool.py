"""The alignment pool's workers: numpy's BLAS on WORKER_BLAS_THREADS threads while a chunk is
aligned (the rows equal those aligned in one process: test_compare), the count restored after; the
caches the chunk filled emptied after it."""

from __future__ import annotations

import pickle
import sqlite3
from functools import lru_cache

from threadpoolctl import threadpool_info, threadpool_limits

from pipeline.corpus.align import features, kinds
from pipeline.corpus.align import pool as align_pool
from pipeline.ingest.memory import clear_caches


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


def test_a_worker_empties_the_caches_its_chunk_filled(tmp_path, monkeypatch):
    db = tmp_path / "n.db"
    sqlite3.connect(db).close()

    def filling(conn, pairs, threshold):  # what aligning a chunk leaves in the aligner's caches
        features.comparable("第一条 为了规范行政许可，制定本条例。")
        kinds.offence_bigrams("违反本条例规定，擅自从事经营活动的")
        return {("l", "n"): []}

    monkeypatch.setattr(align_pool, "align_chunk", filling)
    align_pool._align_chunk_in_worker(str(db), [("l", "n")], None, str(tmp_path / "0.pickle"))
    assert features.comparable.cache_info().currsize == 0
    assert kinds.offence_bigrams.cache_info().currsize == 0


@lru_cache(maxsize=8)
def _square(n: int) -> int:
    return n * n


@lru_cache(maxsize=1)
def _loaded_once() -> list:  # a model or table: kept
    return [1, 2, 3]


def test_clear_caches_empties_the_bounded_caches_of_the_packages_named_only():
    _square(3), _square(4), _loaded_once()
    assert clear_caches(("tests.test_align_pool_elsewhere",)) == 0
    assert _square.cache_info().currsize == 2
    assert clear_caches((__name__,)) == 2
    assert _square.cache_info().currsize == 0 and _loaded_once.cache_info().currsize == 1
    assert _square(5) == 25  # the cache works on
