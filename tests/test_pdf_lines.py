"""PDF characters grouped into lines: pdf_lines decides most characters in bulk (by bisection), and
must group exactly as the rule does one character at a time. The rule is restated here as the
plain loop and compared on the characters of every fixture PDF and on generated pages built to
sit on the rule's edges (centres 2 apart, tolerances just above 2, sizes that mix on a line)."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.read.pdf_chars import _codes, page_chars
from pipeline.read.pdf_lines import _groups, _plain_line, group_lines

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



def fixture_groups():
    """Every line of every fixture page as group_lines builds it: its characters left to right."""
    for name, chars in fixture_pages():
        for g in _groups(sorted_top_down(chars)):
            yield name, sorted(g, key=lambda c: c[1])


def test_a_plain_line_sorted_by_x0_starts_at_its_least_x0():
    """_plain_line takes a line's first x0 for its least when the page has no NaN x0: the same
    line as min() gives, on every line of the fixture PDFs."""
    checked = 0
    for name, g in fixture_groups():
        _, x0s, x1s, y0s, y1s, sizes, chs = zip(*g)
        if " " in chs:
            continue
        assert _plain_line(x0s, x1s, y0s, y1s, sizes, chs, 1, True) == _plain_line(
            x0s, x1s, y0s, y1s, sizes, chs, 1, False), name
        checked += 1
    assert checked >= 100


def test_a_nan_x0_is_not_taken_for_the_least():
    """With a NaN x0 the sort leaves 10 first (no comparison with NaN holds): the least is min()'s, 5."""
    chars = [(700.0, 10.0, 20.0, 695.0, 705.0, 10.0, "二"), (700.0, float("nan"), 10.0, 695.0, 705.0, 10.0, "一"),
             (700.0, 5.0, 9.0, 695.0, 705.0, 10.0, "三")]
    [line] = group_lines(chars, 0)
    assert line.x0 == 5.0


def test_the_codes_read_at_once_are_those_read_one_at_a_time():
    """pdf_chars reads the text page's codes with one FPDFText_GetText call: the same codes as
    FPDFText_GetUnicode gives one character at a time, on every fixture page."""
    import pypdfium2.raw as raw

    pages = 0
    for path in sorted((FIXTURES / "pdf").glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                tp = raw.FPDFText_LoadPage(page)
                n = raw.FPDFText_CountChars(tp)
                codes = _codes(tp, n)
                assert codes is not None and list(codes) == [raw.FPDFText_GetUnicode(tp, i) for i in range(n)]
                raw.FPDFText_ClosePage(tp)
                page.close()
                pages += 1
        finally:
            pdf.close()
    assert pages >= 10


def chars_one_at_a_time(page) -> tuple[list[tuple], int]:
    """page_chars's rule restated as the plain loop over pdfium's characters: a space is kept unless
    pdfium generated it, a tab is kept as a space, other controls, surrogate halves, private use and
    replacement characters are not (0, private use and replacement counted as unmapped); each kept
    character with its loose box (the right way round) and font size (else the box's height, else
    10), left out if pdfium cannot place it."""
    import pypdfium2.raw as raw
    from ctypes import byref

    from pipeline.read.pdf_chars import SPACES

    tp = raw.FPDFText_LoadPage(page)
    out, bad = [], 0
    box = raw.FS_RECTF()
    for i in range(raw.FPDFText_CountChars(tp)):
        u = raw.FPDFText_GetUnicode(tp, i)
        if u == 0x20 and raw.FPDFText_IsGenerated(tp, i) == 1:
            continue
        if not (u in (9, 0x20) or 0x21 <= u < 0xD800 or 0xF8FF < u < 0xFFFD or u > 0xFFFF):
            bad += u == 0 or u >= 0xE000
            continue
        if not raw.FPDFText_GetLooseCharBox(tp, i, byref(box)):
            continue
        left, top, right, bottom = box.left, box.top, box.right, box.bottom
        left, right = (right, left) if right < left else (left, right)
        bottom, top = (top, bottom) if top < bottom else (bottom, top)
        size = raw.FPDFText_GetFontSize(tp, i) or (top - bottom) or 10.0
        out.append(((bottom + top) / 2, left, right, bottom, top, size, " " if u in SPACES else chr(u)))
    raw.FPDFText_ClosePage(tp)
    return out, bad


def test_page_chars_are_those_of_the_plain_loop():
    """page_chars (its codes read in one call, pdfium's functions called through bare prototypes)
    gives the characters of the plain loop over pypdfium2.raw, on every page of the fixture PDFs
    (text and scans): a guard for any faster way of reading them."""
    pages = 0
    for path in sorted((FIXTURES / "pdf").glob("*.pdf")) + sorted((FIXTURES / "scan").glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                assert page_chars(page) == chars_one_at_a_time(page), f"{path.name}:{index + 1}"
                page.close()
                pages += 1
        finally:
            pdf.close()
    assert pages >= 10


def spaced_page(rng: random.Random) -> list[tuple]:
    """generated_page's lines with spaces, Latin letters and sentence ends among the characters, gaps
    from none to several ems and some characters placed out of order (x0 ties included)."""
    chars = []
    for centre, x0, x1, y0, y1, size, _ in generated_page(rng):
        x0 = x0 * rng.choice([1.0, 1.0, 1.3, 2.5]) + rng.choice([0.0, 0.0, 5.0, -3.0])
        ch = rng.choice(["字", "字", "字", " ", "a", "。", "（", "1"])
        chars.append((centre, x0, x0 + (x1 - x0) * rng.choice([1.0, 0.5]), y0, y1, size, ch))
    return chars


def test_page_lines_from_arrays_are_group_lines():
    """group_page_lines (a page's characters as arrays) gives group_lines's lines, on every fixture page
    and on generated pages: lines of one size and mixed sizes, with spaces, wide gaps and ties."""
    from pipeline.read.pdf_chars import PageChars
    from pipeline.read.pdf_lines import group_page_lines

    pages = list(fixture_pages())
    rng = random.Random(7)
    pages += [(f"generated {k}", spaced_page(rng) if k % 2 else generated_page(rng)) for k in range(300)]
    for name, chars in pages:
        assert group_page_lines(PageChars.of(chars), 3) == group_lines(chars, 3), name


def one_size_spaced_page(rng: random.Random) -> list[tuple]:
    """Lines of one size each (a page number "— 3 —", "7. 关心…", "3000 万元"), with spaces between,
    before and after their characters, doubled, or alone on a line; centres and baselines that vary a
    little within a line, gaps narrow and wide: the lines group_page_lines measures in bulk, spaces
    and all, and those it leaves to _spaced_line."""
    chars = []
    y = 800.0
    for _ in range(rng.randint(1, 25)):
        y -= rng.choice([2.5, 14.0, 20.0, 28.0])
        size = rng.choice([10.5, 16.0, 22.0])
        x = rng.choice([0.0, 79.5, 120.0])
        for _ in range(rng.randint(1, 30)):
            ch = rng.choice(["字", "字", "字", " ", " ", "1", "a", "。", "（", "—"])
            width = size * rng.choice([1.0, 0.5, 0.25])
            shift = rng.choice([0.0, 0.0, 0.0, 0.7, -1.2])
            chars.append((y + shift, x, x + width, y + shift - size / 2, y + shift + size / 2, size, ch))
            x += width + rng.choice([0.0, 0.0, 0.5, 0.1 * size, 0.35 * size, 0.5 * size, 2 * size])
    if rng.random() < 0.2:
        chars.append((y - 30.0, 10.0, 15.0, y - 35.0, y - 25.0, 10.0, " "))  # a line of only a space
    rng.shuffle(chars)
    return chars


def test_page_lines_with_spaces_of_one_size_are_group_lines():
    """Lines with spaces measured from the arrays (their visible characters' least x0, greatest x1 and
    median y; spaces joined as _spaced_line joins them) are group_lines's, and so are those with a wide
    gap that go to _spaced_line."""
    from pipeline.read.pdf_chars import PageChars
    from pipeline.read.pdf_lines import group_page_lines

    rng = random.Random(11)
    for k in range(400):
        chars = one_size_spaced_page(rng)
        assert group_page_lines(PageChars.of(chars), 1) == group_lines(chars, 1), k


def test_page_lines_from_arrays_with_a_nan_are_group_lines():
    """A NaN coordinate leaves the page to group_lines (Python's own orders and medians with it)."""
    from pipeline.read.pdf_chars import PageChars
    from pipeline.read.pdf_lines import group_page_lines

    chars = [(700.0, 10.0, 20.0, 695.0, 705.0, 10.0, "二"), (700.0, float("nan"), 10.0, 695.0, 705.0, 10.0, "一"),
             (700.0, 5.0, 9.0, 695.0, 705.0, 10.0, "三")]
    assert group_page_lines(PageChars.of(chars), 0) == group_lines(chars, 0)


def test_page_char_arrays_are_page_chars():
    """The arrays page_char_arrays reads are page_chars's tuples, on every fixture page."""
    from pipeline.read.pdf_chars import PageChars, page_char_arrays

    for name, chars in fixture_pages():
        assert PageChars.of(chars).tuples() == chars, name
    for path in sorted((FIXTURES / "pdf").glob("*.pdf"))[:2]:
        pdf = pdfium.PdfDocument(str(path))
        page = pdf[0]
        arrays, bad = page_char_arrays(page)
        assert (arrays.tuples(), bad) == page_chars(page)
        page.close()
        pdf.close()
