"""The compare page and the dashboard in a real browser (headless Debian Chromium through
Playwright, as tests/test_browser.py), each reached by clicking from where a person starts:
the compare page from a local notice's document page, the dashboard from Datasette's menu and
from a national notice's page. Charts must be drawn (SVG with marks) with no console error or
warning; screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest

import pipeline.site.charts as charts
import pipeline.site.diffusion as diffusion
from pipeline.corpus.align.lookup import coverage, find_document
from test_browser import ARTIFACTS, Watched, browser, chromium_path, server  # noqa: F401 (fixtures)
from test_site import CORPUS, JINGXIAN, NATIONAL, build_database

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (run scripts/install_test_system_deps.sh, or set CHROMIUM=/path)")

CHARTS = ("deadlines", "offices", "issuers", "diffusion")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    conn = sqlite3.connect(build_database(tmp_path_factory, "corpus.db", [str(CORPUS)]))
    yield conn
    conn.close()


@pytest.fixture
def watched(browser):  # noqa: F811
    page = Watched(browser)
    page.warnings = []  # Vega reports a spec it had to change as a console warning
    page.page.on("console", lambda message: message.type == "warning" and page.warnings.append(message.text))
    yield page
    page.close()


def test_compare_page_from_the_document_page(server, watched, corpus):  # noqa: F811
    page = watched.page
    figures = coverage(corpus, find_document(corpus, JINGXIAN), find_document(corpus, NATIONAL))
    page.goto(f"{server.url}/{server.name}/documents?doc_number={quote(JINGXIAN)}")
    page.locator("a.notices-page").first.click()
    page.wait_for_selector("body[data-notices-drawn]")
    page.locator("a.notices-compare-link", has_text=NATIONAL).click()
    page.wait_for_url("**/-/notices/compare/**")
    # the coverage figure, as notices compare computes it
    assert page.locator("#notices-coverage strong").inner_text() == f"{figures['coverage'] * 100:.0f}%"
    assert f"{figures['national_covered']} of {figures['national_total']}" in page.locator("#notices-coverage").inner_text()
    matched = page.locator("tr.notices-matched")
    assert matched.count() == sum(1 for row in figures["rows"] if row["national_measure_id"]) >= 8
    # shared passages marked on both sides, drawn in their colour
    local_marks = page.locator("tr.notices-matched td.notices-local mark.notices-shared")
    national_marks = page.locator("tr.notices-matched td.notices-national mark.notices-shared")
    assert local_marks.count() >= 5 and national_marks.count() >= 5
    background = local_marks.first.evaluate("mark => getComputedStyle(mark).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    # pointing at a passage marks its counterpart on the other side
    key = local_marks.nth(2).get_attribute("data-passage")
    local_marks.nth(2).hover()
    counterpart = page.locator(f'td.notices-national mark.notices-shared[data-passage="{key}"]').first
    assert "notices-shared-active" in counterpart.get_attribute("class")
    # unmatched measures of both sides
    unmatched = page.locator("tr.notices-unmatched")
    assert unmatched.count() == len(figures["local_additions"]) >= 1
    assert "no national counterpart" in unmatched.first.inner_text()
    not_covered = page.locator(".notices-not-covered").inner_text()
    assert all(measure["heading"] in not_covered for measure in figures["not_covered"])
    watched.screenshot("compare_page")
    page.locator("tr.notices-matched").nth(1).scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "compare_page_rows.png"))  # what a person sees first
    # a measure's link opens its provenance page
    page.locator("td.notices-national a.notices-block-head").first.click()
    page.wait_for_url("**/-/notices/measure/**")
    assert not watched.errors, watched.errors


def _drawn(page, chart: str):
    figure = page.locator(f'figure[data-chart="{chart}"]')
    assert figure.get_attribute("data-drawn") == "true", chart
    return figure


def test_dashboard_from_the_menu(server, watched, corpus):  # noqa: F811
    page = watched.page
    page.goto(server.url)
    page.locator("details.nav-menu summary").click()
    page.locator("details.nav-menu a", has_text="Dashboard").click()
    page.wait_for_selector("body[data-notices-charts]")
    assert page.get_attribute("body", "data-notices-charts") == str(len(CHARTS))
    for chart in ("deadlines", "offices", "issuers"):
        assert _drawn(page, chart).locator("svg .mark-rect.role-mark path").count() >= 2, chart
    offices = charts.measures_per_office_rows(corpus)
    assert _drawn(page, "offices").locator("svg .mark-rect.role-mark path").count() == len(offices)
    dated = [row for row in diffusion.diffusion_rows(corpus, find_document(corpus, NATIONAL)) if row["lag_days"] is not None]
    assert _drawn(page, "diffusion").locator("svg .mark-symbol.role-mark path").count() == len(dated) >= 1
    watched.screenshot("dashboard")
    # a bar opens the measures of that office
    top = offices[0]
    page.locator('figure[data-chart="offices"] svg .mark-rect.role-mark path').first.click()
    page.wait_for_url("**/measures_for_unit?**")
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1
    assert top["unit"] in page.locator("table.rows-and-columns").inner_text()
    watched.screenshot("dashboard_office_clicked")
    # a month's bar opens that month's deadlines
    page.go_back()
    page.wait_for_selector("body[data-notices-charts]")
    first_month = charts.deadlines_per_month_rows(corpus)[0]
    page.locator('figure[data-chart="deadlines"] svg .mark-rect.role-mark path').first.click()
    page.wait_for_url("**/deadlines?**")
    dates = page.locator("table.rows-and-columns td.col-date").all_inner_texts()
    assert dates and all(date.startswith(first_month["month"]) for date in dates)
    assert len(dates) == sum(row["deadlines"] for row in charts.deadlines_per_month_rows(corpus)
                             if row["month"] == first_month["month"])
    assert not watched.errors, watched.errors
    assert not watched.warnings, watched.warnings


def test_diffusion_from_the_national_notice(server, watched, corpus):  # noqa: F811
    page = watched.page
    page.goto(f"{server.url}/{server.name}/documents?doc_number={quote(NATIONAL)}")
    page.locator("a.notices-page", has_text="国务院扶贫开发领导小组关于做好").first.click()
    page.wait_for_selector("body[data-notices-drawn]")
    page.locator("a.notices-diffusion-link").click()
    page.wait_for_selector("body[data-notices-charts]")
    rows = diffusion.diffusion_rows(corpus, find_document(corpus, NATIONAL))
    table = page.locator("table.notices-diffusion-table tbody tr")
    assert table.count() == len(rows) >= 3
    assert {row["place"] for row in rows} == {table.nth(i).locator("td").first.inner_text() for i in range(table.count())}
    dot = _drawn(page, "diffusion").locator("svg .mark-symbol.role-mark path").first
    dot.scroll_into_view_if_needed()
    watched.screenshot("dashboard_diffusion")
    # the notice picker, and a dot opens the comparison of that notice with this one
    page.select_option("#notices-notice", find_document(corpus, NATIONAL))
    page.locator(".notices-diffusion-form input[type=submit]").click()
    page.wait_for_url("**notice=*")
    page.wait_for_selector("body[data-notices-charts]")
    page.locator('figure[data-chart="diffusion"] svg .mark-symbol.role-mark path').first.click()
    page.wait_for_url("**/-/notices/compare/**")
    assert page.locator("#notices-coverage strong").inner_text().endswith("%")
    assert not watched.errors, watched.errors
    assert not watched.warnings, watched.warnings


def test_from_the_home_page(server, watched, corpus):  # noqa: F811
    page = watched.page
    page.goto(server.url + "/")
    pair = page.locator("#task-compare li", has_text=JINGXIAN).first
    pair.locator("a.notices-side-by-side").click()
    page.wait_for_url("**/-/notices/compare?*")
    figures = coverage(corpus, find_document(corpus, JINGXIAN), find_document(corpus, NATIONAL))
    assert page.locator("#notices-coverage strong").inner_text() == f"{figures['coverage'] * 100:.0f}%"
    page.go_back()
    page.locator("a.notices-dashboard-link").click()
    page.wait_for_selector("body[data-notices-charts]")
    assert page.get_attribute("body", "data-notices-charts") == str(len(CHARTS))
    watched.screenshot("home_to_dashboard")
    assert not watched.errors, watched.errors
    assert not watched.warnings, watched.warnings
