"""Top-1 agreement and abstention of the measure alignment against the hand alignments of
tests/data, measures split by the pipeline's parser: the development set (hand_alignment.json and
alignment/pairs.json, which the weights and threshold were chosen on) and the held-out set
(alignment/held_out/, annotated before the aligner was run on it and never tuned on).

    python scripts/alignment_accuracy.py [-v]     # -v: every miss
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.corpus.align.accuracy import load_examples, load_held_out, score  # noqa: E402


def report(title: str, examples, verbose: bool) -> None:
    result = score(examples)
    print(f"{title}: pairs {len(examples)}, local measures {result.total}")
    print(f"  top-1 agreement {result.top1:.3f} ({result.agree}/{result.total})")
    print(f"  abstention precision {result.abstention_precision:.3f} "
          f"({result.abstained_rightly}/{result.abstained}), recall {result.abstention_recall:.3f} "
          f"({result.should_abstain_caught}/{result.should_abstain})")
    if verbose:
        for miss in result.misses:
            print("  miss:", *miss)


def main(argv: list[str]) -> int:
    data = ROOT / "tests" / "data"
    report("development set", load_examples(data, ROOT), "-v" in argv)
    report("held-out set", load_held_out(data), "-v" in argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
