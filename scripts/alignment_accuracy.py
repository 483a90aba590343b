"""Top-1 agreement and abstention of the measure alignment against the hand alignments of
tests/data (hand_alignment.json and alignment/pairs.json), measures split by the pipeline's parser.

    python scripts/alignment_accuracy.py [-v]     # -v: every miss
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.corpus.align.accuracy import load_examples, score  # noqa: E402


def main(argv: list[str]) -> int:
    examples = load_examples(ROOT / "tests" / "data", ROOT)
    result = score(examples)
    print(f"pairs {len(examples)}, local measures {result.total}")
    print(f"top-1 agreement {result.top1:.3f} ({result.agree}/{result.total})")
    print(f"abstention precision {result.abstention_precision:.3f} "
          f"({result.abstained_rightly}/{result.abstained}), recall {result.abstention_recall:.3f} "
          f"({result.should_abstain_caught}/{result.should_abstain})")
    if "-v" in argv:
        for miss in result.misses:
            print("miss:", *miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
