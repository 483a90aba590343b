"""The table pre-check of a PDF page (pdf_paths.may_hold_table reads every object's type in bulk) gives
the rule's answer, restated here as the plain loop over pypdfium2.raw: at least 4 path objects on the
page or in a form XObject it draws. Compared on every page of the fixture PDFs and on pages that draw
those pages as form XObjects (the paths of a table then sit inside a form)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.read.pdf_paths import may_hold_table

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def paths_one_at_a_time(page) -> int:
    """The path objects on the page and in the form XObjects it draws, counted one at a time."""
    paths = 0
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            for j in range(raw.FPDFFormObj_CountObjects(obj)):
                paths += raw.FPDFPageObj_GetType(raw.FPDFFormObj_GetObject(obj, j)) == raw.FPDF_PAGEOBJ_PATH
    return paths


def test_the_pre_check_is_the_rule_on_fixture_pages():
    answers = []
    for path in sorted(FIXTURES.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            answers.append(may_hold_table(page))
            assert answers[-1] == (paths_one_at_a_time(page) >= 4), f"{path.name}:{index + 1}"
        pdf.close()
    assert True in answers and False in answers  # a page with a ruled table, and pages without


def test_the_paths_of_form_xobjects_count():
    """A page drawing fixture pages as form XObjects: the table page's paths count through its form, the
    paths of several forms add up, a page of text in a form is no table."""
    source = pdfium.PdfDocument(str(FIXTURES / "auto_numbered.pdf"))
    table_page = next(i for i in range(len(source)) if paths_one_at_a_time(source[i]) >= 4)
    text_pages = [i for i in range(len(source)) if paths_one_at_a_time(source[i]) == 0]
    target = pdfium.PdfDocument.new()
    for drawn in ([table_page], text_pages[:1], text_pages[:2], [text_pages[0], table_page]):
        page = raw.FPDFPage_New(target, 0, 595.0, 842.0)
        for index in drawn:
            form = raw.FPDF_NewFormObjectFromXObject(raw.FPDF_NewXObjectFromPage(target, source, index))
            raw.FPDFPage_InsertObject(page, form)
        assert may_hold_table(page) == (paths_one_at_a_time(page) >= 4) == (table_page in drawn), drawn
        raw.FPDF_ClosePage(page)
    target.close()
    source.close()
