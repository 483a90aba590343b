"""Whether a local document shows any sign of implementing the national one as a whole.

Two long texts of one field share their vocabulary: the working-hours measures of 1995 and the
labour-contract law both speak of 职工, 工作时间, 用人单位 and 施行, a procurement regulation and the
bidding law both of 招标文件, 投标保证金 and 评标. Measure by measure, the words then find a
"match" for almost every local measure, some scoring as high as true ones. A local document that
does implement a national one shows it somewhere: it copies passages (a sentence, a clause), or it
cites the national articles (:mod:`.references`). When a long local document does neither for even
one measure in ten, the pair is taken to be two texts of one field: each local measure keeps only
its own specific evidence (copied passages, shared anchors, consistent article references), which
the bag of words cannot fake.

A short text (a page's opening of three measures that rewords everything) is no evidence either way
(:data:`MIN_MEASURES`): it is judged on its words as before.
"""

from __future__ import annotations

import numpy as np

from pipeline.corpus.align.measures import Measure

#: Fewer local measures with words of their own than this: the pair is judged measure by measure.
MIN_MEASURES = 8
#: A local measure shows implementation when it copies this much of a national one (the reuse
#: score, :mod:`.scores`) ...
COPY_EVIDENCE = 0.08
#: ... and a pair is taken to be unrelated when fewer than this share of its local measures do (or
#: cite national articles).
UNRELATED_SHARE = 0.1


def looks_unrelated(local: list[Measure], reuse: "np.ndarray | list[list[float]]", citing: int) -> bool:
    """Whether the pair shows no sign of implementation (see the module): ``reuse`` is the reuse
    score of every (local, national) pair, ``citing`` the number of local measures citing
    national articles by a consistent name."""
    worded = [m for m in local if not m.heading_only()]
    if len(worded) < MIN_MEASURES:
        return False
    copying = sum(1 for m in worded if len(reuse[m.n]) and np.max(reuse[m.n]) >= COPY_EVIDENCE)
    return copying + citing < UNRELATED_SHARE * len(worded)
