"""Top-1 agreement and abstention of the measure alignment against the hand alignments of
tests/data, measures split by the pipeline's parser: the development set (hand_alignment.json and
alignment/pairs.json, which the weights and threshold were chosen on) and the held-out set
(alignment/held_out/, annotated before the aligner was run on it and never tuned on) and the
harder second held-out set (alignment/held_out_hard/: long laws and their regulations, same-topic
non-implementing pairs, county plans) and the third (alignment/held_out_tax/: two tax laws and their
regulations) and the fourth (alignment/held_out_counterespionage/: the counter-espionage rules against
their law, and against the state-secrets law they do not implement) and the fifth
(alignment/held_out_by_rule/: two regulations and their laws picked by a rule stated in its pairs.json,
annotated before the first score) and the sixth (alignment/held_out_by_rule_2/: the next two regulations by that rule)
and the seventh (alignment/held_out_by_rule_3/: the two after those) and the eighth
(alignment/held_out_by_rule_4/: the rule's last pick and the first of its stated extension).

    python scripts/alignment_accuracy.py [-v] [--cv]     # -v: every miss; --cv: leave-one-pair-out over all sets,
                                                        #   threshold, order weight and hub weight all chosen without each pair
    python scripts/alignment_accuracy.py --cv --threshold-only   # ... the threshold alone chosen, the weights as shipped
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.corpus.align.accuracy import (  # noqa: E402
    agreement_by_threshold, left_out_all, left_out_counts, load_counterespionage_held_out, load_examples,
    load_hard_held_out, load_held_out, load_law_development, load_rule_group, load_tax_held_out, score)


#: The order weights tried by ``--cv`` (1: the order ignored).
ORDER_WEIGHTS = [1.0, 0.8, 0.7, 0.6, 0.5]
#: The hub weights tried by ``--cv`` (0: a hub's match needs no more than any other).
HUB_WEIGHTS = [0.0, 0.5, 1.0, 1.5, 2.0]


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


#: Every hand-aligned group: {name used by --cv: (title of its report, its loader)}, in report order.
GROUPS = {
    "development": ("development set", lambda data: load_examples(data, ROOT)),
    "laws development": ("laws development set", load_law_development),
    "held-out": ("held-out set", load_held_out),
    "hard held-out": ("hard held-out set", load_hard_held_out),
    "tax held-out": ("tax held-out set", load_tax_held_out),
    "counter-espionage held-out": ("counter-espionage held-out set", load_counterespionage_held_out),
    "chosen-by-rule held-out": ("held-out set chosen by rule",
                                lambda data: load_rule_group(data, "held_out_by_rule")),
    "second chosen-by-rule held-out": ("second held-out set chosen by rule",
                                       lambda data: load_rule_group(data, "held_out_by_rule_2")),
    "third chosen-by-rule held-out": ("third held-out set chosen by rule",
                                      lambda data: load_rule_group(data, "held_out_by_rule_3")),
    "fourth chosen-by-rule held-out": ("fourth held-out set chosen by rule",
                                       lambda data: load_rule_group(data, "held_out_by_rule_4")),
}


def main(argv: list[str]) -> int:
    data = ROOT / "tests" / "data"
    sets = {name: load(data) for name, (_, load) in GROUPS.items()}
    for name, (title, _) in GROUPS.items():
        report(title, sets[name], "-v" in argv)
    if "--cv" in argv:  # leave-one-pair-out over all the sets: the parameters chosen without each pair
        grid = [round(0.10 + 0.01 * k, 2) for k in range(21)]
        everything = [e for examples in sets.values() for e in examples]
        if "--threshold-only" in argv:
            left_out = left_out_counts(agreement_by_threshold(everything, grid), grid)
        else:  # every parameter chosen without the pair left out: threshold, order weight, hub weight
            left_out = left_out_all(everything, grid, ORDER_WEIGHTS, HUB_WEIGHTS)
            print("(order weight, hub weight) chosen:", sorted({row[3] for row in left_out}))
        chosen = [row[2] for row in left_out]
        print(f"leave-one-pair-out over all {len(everything)} pairs (thresholds chosen {min(chosen)}-{max(chosen)}):")
        at = 0
        for title, examples in sets.items():
            counts = left_out[at:at + len(examples)]
            at += len(examples)
            agree, total = sum(row[0] for row in counts), sum(row[1] for row in counts)
            print(f"  {title} set: top-1 {agree / total:.3f} ({agree}/{total})")
        agree, total = sum(row[0] for row in left_out), sum(row[1] for row in left_out)
        print(f"  all: top-1 {agree / total:.3f} ({agree}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
