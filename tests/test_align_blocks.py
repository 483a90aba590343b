"""The products of :mod:`pipeline.corpus.align.blocks`: the same as the whole matrices', bit for bit."""

import numpy as np
from threadpoolctl import threadpool_limits

from pipeline.corpus.align.blocks import BLOCK_ROWS_MULTIPLE, block_rows, blocked_product


def _sparse(rng, rows: int, width: int) -> np.ndarray:
    return rng.random((rows, width)) * (rng.random((rows, width)) < 0.02)


def test_block_rows_whole_when_it_fits_else_a_multiple_of_the_kernel_groups():
    assert block_rows(100, 50, cells=10_000) == 100
    assert block_rows(0, 50, cells=10_000) == 1
    step = block_rows(1_335, 4_000, cells=1 << 19)
    assert step % BLOCK_ROWS_MULTIPLE == 0 and step * 4_000 <= 1 << 19
    assert block_rows(1_000, 1_000_000, cells=1 << 19) == BLOCK_ROWS_MULTIPLE  # one multiple at least


def test_blocked_product_is_the_whole_product_bit_for_bit():
    rng = np.random.default_rng(7)
    # a long law's measures against another's (the shapes of the laws' long pairs), and a tail of rows
    for rows, columns, width in [(1_335, 484, 4_000), (1_275, 792, 1_500), (131, 40, 900)]:
        a, b = _sparse(rng, rows, width), _sparse(rng, columns, width)
        with threadpool_limits(limits=1, user_api="blas"):  # as the aligning workers run
            whole = a @ b.T
            blocked = blocked_product(rows, width, lambda s, e: a[s:e], b, cells=1 << 16)
        assert np.array_equal(whole, blocked)


def test_small_matrix_is_one_block():
    a, b = np.arange(6.0).reshape(2, 3), np.arange(9.0).reshape(3, 3)
    calls = []

    def rows_of(s, e):
        calls.append((s, e))
        return a[s:e]

    assert np.array_equal(blocked_product(2, 3, rows_of, b), a @ b.T)
    assert calls == [(0, 2)]
