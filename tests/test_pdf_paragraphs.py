"""Lines of a PDF joined into paragraphs (pdf_paragraphs.assemble): a line that runs to the right margin
continues its paragraph, Latin words across the join get a space, and a long paragraph is joined in
time linear in its length (its end is looked at, not the whole paragraph at each line)."""

from __future__ import annotations

import time

from pipeline.read.pdf_lines import Line
from pipeline.read.pdf_paragraphs import Page, assemble

FULL_LINE = "各地区各部门要结合实际认真贯彻落实加强组织领导明确责任分工确保各项措施落到实处"


def page_of(texts: list[str], page: int = 0) -> Page:
    """Lines of one size, each running from the left margin to the right one, 20 points apart."""
    lines = [Line(page, text, 90.0, 505.0, 700.0 - 20 * k, 716.0 - 20 * k, 16.0) for k, text in enumerate(texts)]
    return Page(595.0, 842.0, lines)


def test_latin_words_across_a_join_get_a_space():
    text, starts = assemble([page_of([FULL_LINE + " covid-19", "and " + FULL_LINE, FULL_LINE + "。", FULL_LINE])])
    assert text == f"{FULL_LINE} covid-19 and {FULL_LINE}{FULL_LINE}。\n{FULL_LINE}"
    assert starts == [0]


def test_a_long_paragraph_is_joined_in_linear_time():
    """8,000 lines of one paragraph (300,000 characters over 200 pages): quadratic, it took seconds."""
    pages = [page_of([FULL_LINE] * 40, p) for p in range(200)]
    started = time.process_time()
    text, starts = assemble(pages)
    assert time.process_time() - started < 1.0
    assert text == FULL_LINE * 8000
    assert starts == [len(FULL_LINE) * 40 * p for p in range(200)]
