"""The texts of the hard held-out alignment (tests/data/alignment/held_out_hard) as the aligner's
measures, for the tests of its features."""

from __future__ import annotations

from pathlib import Path

from pipeline.corpus.align.accuracy import measures_of_text

HARD = Path(__file__).resolve().parent / "data" / "alignment" / "held_out_hard"


def hard_measures(name: str, prefix: str = "X") -> list[dict]:
    """The measures of the hard set's file ``name``, their ids starting with ``prefix``."""
    return measures_of_text((HARD / name).read_text(encoding="utf-8"), prefix)


TAX = HARD.parent / "held_out_tax"


def tax_measures(name: str, prefix: str = "X") -> list[dict]:
    """The measures of the tax held-out set's file ``name`` (tests/data/alignment/held_out_tax)."""
    return measures_of_text((TAX / name).read_text(encoding="utf-8"), prefix)


COUNTERESPIONAGE = HARD.parent / "held_out_counterespionage"


def counterespionage_measures(name: str, prefix: str = "X") -> list[dict]:
    """The measures of the counter-espionage held-out set's file ``name``
    (tests/data/alignment/held_out_counterespionage)."""
    return measures_of_text((COUNTERESPIONAGE / name).read_text(encoding="utf-8"), prefix)


LAWS = HARD.parent / "laws"


def law_measures(name: str, prefix: str = "X") -> list[dict]:
    """The measures of the laws development set's file ``name`` (tests/data/alignment/laws)."""
    return measures_of_text((LAWS / name).read_text(encoding="utf-8"), prefix)


BY_RULE = HARD.parent / "held_out_by_rule"


def by_rule_measures(name: str, prefix: str = "X") -> list[dict]:
    """The measures of the chosen-by-rule held-out set's file ``name``
    (tests/data/alignment/held_out_by_rule)."""
    return measures_of_text((BY_RULE / name).read_text(encoding="utf-8"), prefix)
