"""The units extractor's shortcuts give what the long way gives, on real notices: the first words a name's
leading place is read from, the role-noun sentences a text without a role noun is spared, the space-table
lines skipped under no header."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.segment import first_tagged_words, tagged_words
from extractors.unit_roles import ROLE_NOUN_RE, ROLE_NOUN_SENTENCE_RE
from extractors.unit_tables import _space_cells, SPACE_CELL_GAP_RE
from extractors.units import _inside_any, find_assignments

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("realworld*/*.txt"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [path.read_text(encoding="utf-8", errors="replace") for path in TEXTS]
    assert len(found) >= 5
    return found


def test_first_tagged_words_are_the_first_of_all(texts):
    names = {mention.name for text in texts for mention in find_assignments(text)}
    names |= {mention.raw for text in texts for mention in find_assignments(text)}
    assert len(names) > 50
    for name in names:
        assert first_tagged_words(name, 2) == tagged_words(name)[:2], name
    assert first_tagged_words("", 2) == ()


def test_role_noun_sentences_hold_a_role_noun(texts):
    for text in texts + ["县发改局为承办单位，县财政局为协办单位。", "。各单位要落实责任。"]:
        if not ROLE_NOUN_RE.search(text):
            assert not list(ROLE_NOUN_SENTENCE_RE.finditer(text))


def test_inside_any_is_the_scan_of_every_span(texts):
    agent = re.compile(r"由[^，。\n]{2,8}")
    for text in texts:
        spans = list(agent.finditer(text))
        for pos in range(0, len(text), 7):
            assert _inside_any(spans, pos) == any(s.start() <= pos <= s.end() for s in spans)


def test_space_cells_without_spaces_is_the_regex_split(texts):
    for text in texts[:20]:
        pos = 0
        for line in text.splitlines(keepends=True):
            start, end = pos, pos + len(line.rstrip("\r\n"))
            pos += len(line)
            spans, at = [], start
            for gap in SPACE_CELL_GAP_RE.finditer(text, start, end):
                if gap.start() > at:
                    spans.append((at, gap.start()))
                at = gap.end()
            if end > at:
                spans.append((at, end))
            assert _space_cells(text, start, end) == spans
