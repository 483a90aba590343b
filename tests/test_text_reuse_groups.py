"""The seed runs' groups and the passages kept of text reuse (pipeline.corpus.text_reuse) are
those of the rules their docstrings state, checked against the rules applied pair by pair."""

from __future__ import annotations

import random

from pipeline.corpus.text_reuse import CLUSTER_REACH, _clusters, _distinct


def _groups_pair_by_pair(runs, max_gap):
    """Each run joined with every earlier run within reach that the gaps allow; the connected sets."""
    group = list(range(len(runs)))

    def root(x):
        while group[x] != x:
            x = group[x]
        return x

    for n, (s2, _, d2) in enumerate(runs):
        for m in range(n):
            s1, e1, d1 = runs[m]
            if (s2 - s1 <= CLUSTER_REACH and s2 - e1 <= max_gap and abs(d1 - d2) <= max_gap
                    and (s2 - d2) - (e1 - d1) <= max_gap):
                group[root(n)] = root(m)
    found = {}
    for n, run in enumerate(runs):
        found.setdefault(root(n), []).append(run)
    return list(found.values())


def _kept_pair_by_pair(found):
    found = sorted(found, key=lambda h: (-h["matches"], h["a_start"], h["b_start"], h["a_end"], h["b_end"]))
    kept = []
    for h in found:
        if not any(k["a_start"] <= h["a_start"] and h["a_end"] <= k["a_end"]
                   and k["b_start"] <= h["b_start"] and h["b_end"] <= k["b_end"] for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: (h["a_start"], h["b_start"]))


def test_clusters_are_the_pairwise_rule():
    rng = random.Random(3)
    for _ in range(400):
        span, diagonals = rng.choice([60, 600, 6000]), rng.choice([10, 100, 3000])
        runs = []
        for _ in range(rng.randint(0, 60)):
            start = rng.randint(0, span)
            runs.append((start, start + rng.randint(6, 60), rng.randint(-diagonals, diagonals)))
        runs.sort()  # as _seed_runs gives them: by start, end, diagonal
        gap = rng.choice([0, 1, 5, 30])
        assert _clusters(runs, gap) == _groups_pair_by_pair(runs, gap)


def test_distinct_keeps_the_passages_no_better_one_holds():
    rng = random.Random(4)
    for _ in range(400):
        span = rng.choice([30, 300])
        found = []
        for n in range(rng.randint(0, 50)):
            a, b, length = rng.randint(0, span), rng.randint(0, span), rng.randint(1, 40)
            found.append({"a_start": a, "a_end": a + length, "b_start": b,
                          "b_end": b + max(1, length + rng.randint(-3, 3)), "matches": rng.randint(1, 40), "n": n})
        assert _distinct([dict(h) for h in found]) == _kept_pair_by_pair(found)
