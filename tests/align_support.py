"""The texts of the hand-aligned sets (tests/data/alignment/<set>) as the aligner's measures, for the tests of
its features."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from pipeline.corpus.align.accuracy import measures_of_text

ALIGNMENT = Path(__file__).resolve().parent / "data" / "alignment"
HARD = ALIGNMENT / "held_out_hard"
TAX = ALIGNMENT / "held_out_tax"
COUNTERESPIONAGE = ALIGNMENT / "held_out_counterespionage"
LAWS = ALIGNMENT / "laws"
BY_RULE = ALIGNMENT / "held_out_by_rule"
BY_RULE_3 = ALIGNMENT / "held_out_by_rule_3"
BY_RULE_4 = ALIGNMENT / "held_out_by_rule_4"


def set_measures(folder: Path, name: str, prefix: str = "X") -> list[dict]:
    """The measures of the file ``name`` of the hand-aligned set in ``folder``, their ids starting with ``prefix``."""
    return measures_of_text((folder / name).read_text(encoding="utf-8"), prefix)


hard_measures = partial(set_measures, HARD)
tax_measures = partial(set_measures, TAX)
counterespionage_measures = partial(set_measures, COUNTERESPIONAGE)
law_measures = partial(set_measures, LAWS)
by_rule_measures = partial(set_measures, BY_RULE)
by_rule_3_measures = partial(set_measures, BY_RULE_3)
by_rule_4_measures = partial(set_measures, BY_RULE_4)
