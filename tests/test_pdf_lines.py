"""PDF characters grouped into lines: pdf_lines decides most characters in bulk (by bisection), and
must group exactly as the rule does one character at a time. The rule is restated here as the
plain loop and compared on the characters of every fixture PDF and on generated pages built to
sit on the rule's edges (centres 2 apart, tolerances just above 2, sizes that mix on a line)."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.read.pdf_chars import page_chars
from pipeline.read.pdf_lines import _groups

FIXTURES = Path(__file__).parent / "fixtures"  # pdf/: the fixture PDFs LibreOffice printed


def one_at_a_time(items: list[tuple]) -> list[list[tuple]]:
    """The rule: top to bottom, a character joins the current group if its centre is within
    max(2, 0.4 × its size) of the group's centre (the median of its first 49 centres)."""
    groups: list[list[tuple]] = []
    centre = 0.0
    for c in items:
        tol = max(2.0, 0.4 * c[5])
        if groups and abs(centre - c[0]) <= tol:
            g = groups[-1]
            g.append(c)
            first = sorted((x[0] for x in g[:49]), reverse=True)
            n = len(first)
            centre = first[n // 2] if n % 2 else (first[n // 2 - 1] + first[n // 2]) / 2
        else:
            groups.append([c])
            centre = c[0]
    return groups


def sorted_top_down(chars: list[tuple]) -> list[tuple]:
    return sorted(chars, key=lambda c: c[0], reverse=True)


def fixture_pages():
    for path in sorted((FIXTURES / "pdf").glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                chars, _ = page_chars(page)
                page.close()
                if chars:
                    yield f"{path.name}:{index + 1}", chars
        finally:
            pdf.close()


def test_fixture_pages_group_as_one_at_a_time():
    pages = list(fixture_pages())
    assert len(pages) >= 10
    for name, chars in pages:
        items = sorted_top_down(chars)
        assert _groups(items) == one_at_a_time(items), name


def generated_page(rng: random.Random) -> list[tuple]:
    """Lines of characters whose centres wander around the line's, some lines close enough to the
    next that the tolerance decides, sizes from 3 (tolerance 2) to 20 mixed on a line."""
    chars = []
    y = 800.0
    for _ in range(rng.randint(1, 30)):
        y -= rng.choice([1.0, 1.999, 2.0, 2.001, 2.5, 4.0, 6.0, 14.0, 28.0])
        for k in range(rng.randint(1, 60)):
            size = rng.choice([3.0, 5.0, 5.0025, 10.0, 16.0, 20.0])
            centre = y + rng.choice([0.0, 0.0, -0.3, 0.2, -1.0, -1.999, -2.0, -2.001, rng.uniform(-3, 1)])
            chars.append((centre, 10.0 * k, 10.0 * k + size, centre - size / 2, centre + size / 2, size, "字"))
    rng.shuffle(chars)
    return chars


@pytest.mark.parametrize("seed", range(300))
def test_generated_pages_group_as_one_at_a_time(seed):
    items = sorted_top_down(generated_page(random.Random(seed)))
    assert _groups(items) == one_at_a_time(items)


def test_a_nan_centre_is_grouped_one_at_a_time():
    chars = [(700.0, 0.0, 10.0, 695.0, 705.0, 10.0, "一"), (float("nan"), 10.0, 20.0, 0.0, 0.0, 10.0, "二"),
             (699.5, 20.0, 30.0, 694.5, 704.5, 10.0, "三")]
    items = sorted_top_down(chars)
    assert [[c[6] for c in g] for g in _groups(items)] == [[c[6] for c in g] for g in one_at_a_time(items)]

