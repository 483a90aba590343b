"""The cosines of every (local, national) pair of vectors, with the local vectors made dense a block
of rows at a time.

The lexical and headings' scores are products ``rows @ columns.T`` of dense matrices whose width is
the tokens (or bigrams) both documents have: a long law against another, 1,335 measures × 4,000
shared bigrams, made the local side's dense matrix 43 MB, a worker's largest transient after the
copied passages. Built and multiplied :data:`BLOCK_CELLS` at a time, it is a few MB.

The product of a block of rows is the product of those rows in the whole: BLAS computes each cell
as the same sum over the shared width, whatever rows are beside it, as long as the blocks keep the
rows in the same groups of its kernel (OpenBLAS's x86 double kernels take 4 or 8 rows at a time, the
last few rows of the matrix apart): blocks of a multiple of :data:`BLOCK_ROWS_MULTIPLE` rows keep
them, and the scores are the same bit for bit (``tests/test_align_blocks.py``). A matrix of fewer
cells than a block is multiplied whole, as before.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

#: Cells (8 bytes each) of the dense rows made at once.
BLOCK_CELLS = 1 << 19
#: A block's rows are a multiple of this (see the module: the kernel's groups of rows kept).
BLOCK_ROWS_MULTIPLE = 64


def block_rows(n_rows: int, width: int, cells: int = BLOCK_CELLS) -> int:
    """Rows of a block of ``width`` columns: about ``cells`` cells, a multiple of
    :data:`BLOCK_ROWS_MULTIPLE` (at least one multiple); ``n_rows`` (the whole) when it fits."""
    if n_rows * width <= cells:
        return max(1, n_rows)
    return max(BLOCK_ROWS_MULTIPLE, cells // max(1, width) // BLOCK_ROWS_MULTIPLE * BLOCK_ROWS_MULTIPLE)


def blocked_product(n_rows: int, width: int, rows_of: Callable[[int, int], np.ndarray],
                    columns: np.ndarray, cells: int = BLOCK_CELLS) -> np.ndarray:
    """``rows @ columns.T`` (``columns`` ``width`` wide), where ``rows`` is the matrix of ``n_rows``
    rows whose rows ``a`` to ``b`` ``rows_of(a, b)`` makes: made a block of :func:`block_rows` at a
    time."""
    out = np.empty((n_rows, columns.shape[0]))
    step = block_rows(n_rows, width, cells)
    for start in range(0, n_rows, step):
        end = min(n_rows, start + step)
        np.matmul(rows_of(start, end), columns.T, out=out[start:end])
    return out
