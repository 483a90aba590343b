"""The measure alignment against the hand alignments of tests/data (hand_alignment.json: two sample
notices against 国开发〔2020〕3号; alignment/pairs.json: real local notices against the notice each
implements and against notices of the same genre they do not), measures split by the pipeline's
parser. scripts/alignment_accuracy.py prints the same figures and every miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.corpus.align.accuracy import load_examples, score

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def examples():
    return load_examples(ROOT / "tests" / "data", ROOT)


def test_the_hand_set_reaches_beyond_the_samples(examples):
    assert len(examples) >= 15
    assert sum(len(e.gold) for e in examples) >= 55
    assert sum(1 for e in examples for p in e.primary.values() if p is None) >= 15  # real non-matches


def test_top1_agreement_floor(examples):
    result = score(examples)
    assert result.top1 >= 0.92, result.misses


def test_abstention_is_precise_and_catches_non_matches(examples):
    result = score(examples)
    assert result.abstention_precision >= 0.9, result.misses
    assert result.abstention_recall >= 0.85, result.misses


def test_a_notice_of_another_matter_matches_nothing(examples):
    """Work rules against open-government points: every measure abstains."""
    unrelated = [e for e in examples if e.name.startswith("l_zhenba") and "open_government" in e.name]
    assert unrelated
    result = score(unrelated)
    assert result.abstained == result.total == 5


def test_the_shipped_threshold_is_where_calibration_puts_it(examples):
    """calibrate_threshold over the whole hand set: the best agreement is reached by a stretch of
    thresholds, and the shipped one agrees within one measure of the best."""
    from pipeline.corpus.align.algorithm import THRESHOLD, align_measures, calibrate_threshold

    grid = [round(0.14 + 0.02 * k, 2) for k in range(9)]  # 0.14 … 0.30
    best, agreement = calibrate_threshold([(e.local, e.national, e.gold) for e in examples], grid)
    assert agreement >= 0.92
    shipped = score(examples, lambda local, national: align_measures(local, national, threshold=THRESHOLD))
    assert shipped.agree >= agreement * shipped.total - 1
    assert abs(best - THRESHOLD) <= 0.06
