"""The sanity sweep: the pipeline over many unannotated real notices (tests/data/sweep, each page's
address in SOURCES.tsv), every extraction held to the invariants of tests/sweep_checks.py.

No gold is needed: each check only says that a value is certainly wrong (a title with 打印 in it, a
责任单位 with 负责 in it, a deadline outside its measure …). The sweep must give no violation but
those in ``KNOWN_OPEN``, each a known open fault with its reason; a fault fixed is taken off the list
(the test fails while it is still listed, so the list never outlives its faults)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import sweep_checks
from sweep_checks import BAD_EXAMPLES, CHECKS, GOOD_EXAMPLES, cases_of, violations

SWEEP = Path(__file__).resolve().parent / "data" / "sweep"
FILES = sorted(SWEEP.glob("*.txt"))

# (file, check) → why it is still open. The document stage (title, 文号, issuer) is pipeline/document/.
KNOWN_OPEN: dict[tuple[str, str], str] = {}


def test_every_check_catches_its_bad_example():
    caught = {name for name, case in BAD_EXAMPLES if CHECKS[name](case)}
    assert caught == {name for name, _ in BAD_EXAMPLES}
    assert set(CHECKS) <= {name for name, _ in BAD_EXAMPLES}, "every check has a known-bad example"


def test_every_pattern_of_the_checks_reads_its_examples():
    patterns = {name[: -len("_EXAMPLES")]: examples for name, examples in vars(sweep_checks).items()
                if name.endswith("_EXAMPLES") and isinstance(examples, dict)}
    assert {name for name, value in vars(sweep_checks).items() if isinstance(value, re.Pattern)} == set(patterns)
    for name, examples in patterns.items():
        pattern = getattr(sweep_checks, name)
        assert all(pattern.search(text) for text in examples["match"]), name
        assert not any(pattern.search(text) for text in examples["no_match"]), name


def test_no_check_rejects_a_good_example():
    for case in GOOD_EXAMPLES:
        assert violations(case) == {}


def test_the_sweep_set_is_real_and_sourced():
    sources = dict(line.split("\t") for line in (SWEEP / "SOURCES.tsv").read_text(encoding="utf-8").splitlines())
    assert len(FILES) >= 50
    assert {path.name for path in FILES} == set(sources)
    assert all(address.startswith("http") for address in sources.values())
    annotated = {json.loads(path.read_text(encoding="utf-8")).get("source_url")
                 for path in SWEEP.parent.glob("realworld*/*.json")}
    assert annotated.isdisjoint(sources.values()), "a sweep page is an annotated one too"


def sweep_violations() -> dict[tuple[str, str], list[str]]:
    found = {}
    for path in FILES:
        try:
            cases = cases_of(str(path))
        except Exception as error:  # a crash is a violation of its own, reported with the others
            found[(path.name, "crash")] = [repr(error)]
            continue
        for case in cases:
            for name, messages in violations(case).items():
                found.setdefault((path.name, name), []).extend(messages)
    return found


@pytest.fixture(scope="module")
def found():
    return sweep_violations()


def test_the_sweep_has_no_violation_but_the_known_open_ones(found):
    new = {key: messages for key, messages in found.items() if key not in KNOWN_OPEN}
    assert new == {}


def test_every_known_open_violation_is_still_there(found):
    fixed = [key for key in KNOWN_OPEN if key not in found]
    assert fixed == [], "fixed: take these off KNOWN_OPEN"
