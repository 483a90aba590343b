"""Patterns compiled on first use (extractors.lazy_patterns) act as the patterns they stand for."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from extractors.lazy_patterns import compiled_later

ROOT = Path(__file__).resolve().parents[1]


def test_a_lazy_pattern_is_compiled_on_first_use_and_then_answers_as_the_pattern():
    source = r"(?P<year>\d{4})年(?P<month>\d{1,2})月"
    lazy, plain = compiled_later(source, re.M), re.compile(source, re.M)
    assert lazy._compiled is None and lazy.pattern == source  # the source needs no compiling
    text = "自2021年3月起，至2022年12月止"
    assert lazy.search(text).groupdict() == plain.search(text).groupdict()
    assert lazy._compiled is not None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("", text) == plain.sub("", text) and lazy.split(text) == plain.split(text)
    assert lazy.match(text, 1).span() == plain.match(text, 1).span() and lazy.fullmatch(text) is None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (plain.flags, plain.groups, dict(plain.groupindex))
    assert lazy.search.__self__ is lazy.compiled()  # later calls go straight to the compiled pattern


def test_warm_up_compiles_every_lazy_pattern_and_one_notice_alone_compiles_only_what_it_uses():
    code = ("import sys; from extractors import lazy_patterns; from pipeline.extract import extract_text; "
            "extract_text(open(sys.argv[1], encoding='utf-8').read()); "
            "alone = sum(p._compiled is not None for p in lazy_patterns._ALL); "
            "from extractors.nlp import warm_up; warm_up(); "
            "print(alone, sum(p._compiled is not None for p in lazy_patterns._ALL), len(lazy_patterns._ALL))")
    sample = sorted((ROOT / "corpus").glob("*.txt"))[0]
    done = subprocess.run([sys.executable, "-c", code, str(sample)], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    alone, warmed, defined = map(int, done.stdout.split()[-3:])
    assert 0 < alone < defined and warmed == defined

