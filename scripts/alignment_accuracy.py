"""Top-1 agreement and abstention of the measure alignment against the hand alignments of
tests/data, measures split by the pipeline's parser: the development set (hand_alignment.json and
alignment/pairs.json, which the weights and threshold were chosen on) and the held-out set
(alignment/held_out/, annotated before the aligner was run on it and never tuned on) and the
harder second held-out set (alignment/held_out_hard/: long laws and their regulations, same-topic
non-implementing pairs, county plans).

    python scripts/alignment_accuracy.py [-v] [--cv]     # -v: every miss; --cv: leave-one-pair-out over all sets
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.corpus.align.accuracy import (  # noqa: E402
    agreement_by_threshold, left_out_counts, load_examples, load_hard_held_out, load_held_out, score)


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
    held_out, hard = load_held_out(data), load_hard_held_out(data)
    report("held-out set", held_out, "-v" in argv)
    report("hard held-out set", hard, "-v" in argv)
    if "--cv" in argv:  # leave-one-pair-out over all three sets: the threshold chosen without each pair
        grid = [round(0.10 + 0.01 * k, 2) for k in range(21)]
        sets = {"development": load_examples(data, ROOT), "held-out": held_out, "hard held-out": hard}
        everything = [e for examples in sets.values() for e in examples]
        left_out = left_out_counts(agreement_by_threshold(everything, grid), grid)
        chosen = [t for _, _, t in left_out]
        print(f"leave-one-pair-out over all {len(everything)} pairs (thresholds chosen {min(chosen)}-{max(chosen)}):")
        at = 0
        for title, examples in sets.items():
            counts = left_out[at:at + len(examples)]
            at += len(examples)
            agree, total = sum(a for a, _, _ in counts), sum(n for _, n, _ in counts)
            print(f"  {title} set: top-1 {agree / total:.3f} ({agree}/{total})")
        agree, total = sum(a for a, _, _ in left_out), sum(n for _, n, _ in left_out)
        print(f"  all: top-1 {agree / total:.3f} ({agree}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
