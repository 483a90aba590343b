"""The site's tasks done in a real browser (headless Debian Chromium through Playwright), by
clicking and typing from the home page: an office's measures, a search with OR and exclusion, a
notice opened by its 文号 written loosely, a local notice against the one it implements, notices by
issuer and year; and the documents and measures tables at a height a person can read (the full
texts one click away). Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

from test_browser import browser, server, watched  # noqa: F401  (fixtures)
from test_browser import chromium_path  # noqa: F401
from test_browser import pytestmark  # noqa: F401  (skipped without Chromium)
from test_site import HEILONGJIANG, JINGXIAN, NATIONAL

NATIONAL_TITLE = "国务院扶贫开发领导小组关于做好新冠肺炎疫情防控期间脱贫攻坚工作的通知"
# The documents table of 6 notices whose texts are 4,000-11,000 characters each: every text in a
# cell made the page tens of thousands of pixels tall.
DOCUMENTS_PAGE_MAX_HEIGHT = 3000
MEASURE_ROW_MAX_HEIGHT = 160  # px on average: a heading, its units and deadlines


def page_height(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


def test_my_offices_measures(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.fill("#notices-unit", "县卫健委")
    page.locator("#task-office input[type=submit][value*='Its measures']").click()
    page.wait_for_url("**/measures_for_unit?unit=*")
    table = page.locator("table.rows-and-columns")
    assert JINGXIAN in table.inner_text()
    assert "泾县" in table.locator("td.col-region").first.inner_text()  # the unit with its region
    assert "负责 responsible" in table.inner_text()  # the role in Chinese
    assert page.locator("pre.sql, textarea#sql-editor").count() == 0  # no wall of SQL above the form
    watched.screenshot("task_office_measures")
    # and its deadlines
    page.goto(server.url + "/")
    page.fill("#notices-unit", "县扶贫局")
    page.locator("#task-office input[type=submit][value*='Its deadlines']").click()
    page.wait_for_url("**/upcoming_deadlines?*")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "2020-02-29" in table and "县扶贫局" in table
    watched.screenshot("task_office_deadlines")
    assert not watched.errors, watched.errors


def test_search_with_or_and_exclusion(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.fill("#notices-q", "小额信贷 OR 就业 -疫情")
    page.locator("#task-search form").first.locator("input[type=submit]").click()
    page.wait_for_url("**/-/notices/search?q=*")
    results = page.locator(".notices-search-measures .notices-results > li")
    assert results.count() >= 3
    marks = page.locator(".notices-snippet mark, .notices-result mark").all_inner_texts()
    assert marks and set(marks) <= {"小额信贷", "就业"}
    assert "疫情" not in " ".join(page.locator(".notices-snippet").all_inner_texts())
    watched.screenshot("task_search")
    # a result opens its measure, the words in its text
    results.first.locator("a.notices-result").click()
    page.wait_for_selector(".notices-span-start, .notices-text")
    text = page.locator(".notices-text").inner_text()
    assert "小额信贷" in text or "就业" in text
    assert not watched.errors, watched.errors


def test_open_a_notice_by_its_number(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.fill("#notices-number", "国开发(2020)第03")
    page.locator("#task-search form").nth(1).locator("input[type=submit]").click()
    page.wait_for_selector("body[data-notices-drawn]")
    assert page.locator("h1.notices-title").inner_text() == NATIONAL_TITLE
    assert NATIONAL in page.locator("dl.notices-elements").inner_text()
    watched.screenshot("task_number")
    assert not watched.errors, watched.errors


def test_compare_a_local_notice(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.locator("#task-compare a", has_text=f"{JINGXIAN} ⇢ {NATIONAL}").click()
    page.wait_for_url("**/local_vs_national?*")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() >= 5
    assert JINGXIAN in page.locator("table.rows-and-columns").inner_text()
    watched.screenshot("task_compare")
    # the form, with the numbers typed any way
    page.goto(server.url + "/")
    page.fill("#notices-local", HEILONGJIANG.replace("〔", "[").replace("〕", "]"))
    page.fill("#notices-national", "国开发（2020）3")
    page.locator("#task-compare input[type=submit]").click()
    page.wait_for_url("**/-/notices/compare?*")  # the side-by-side page, the numbers read as typed
    assert HEILONGJIANG in page.locator("body").inner_text()
    assert page.locator("#notices-coverage strong").inner_text().endswith("%")
    assert not watched.errors, watched.errors


def test_browse_by_issuer_and_year(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    entry = page.locator("#task-browse li", has_text="国务院扶贫开发领导小组")
    entry.locator("a.notices-year").first.click()
    page.wait_for_url("**/documents?issuer=*")
    table = page.locator("table.rows-and-columns").inner_text()
    assert NATIONAL_TITLE in table and "国家级 national" in table
    assert page.locator("table.rows-and-columns tbody tr").count() == 1
    watched.screenshot("task_browse")
    assert not watched.errors, watched.errors


def test_documents_table_is_readable(server, watched):
    page = watched.page
    page.goto(f"{server.url}/{server.name}/documents")
    headers = page.locator("table.rows-and-columns thead th:visible").all_inner_texts()
    assert [h.split()[0] for h in headers[:5]] == ["标题", "文号", "发文机关", "成文日期", "层级"]
    assert not page.locator("th[data-column=text]").is_visible()
    assert not page.locator("th[data-column=source_sha256]").is_visible()
    height = page_height(page)
    assert height < DOCUMENTS_PAGE_MAX_HEIGHT, height
    watched.screenshot("documents_table")
    # every column one click away, each full text one more
    page.locator("label[for=notices-all-columns]").click()
    assert page.locator("th[data-column=source_sha256]").is_visible()
    cut = page.locator("td.col-text details.notices-cut").first
    assert cut.is_visible()
    before = page_height(page)
    cut.locator("summary").click()
    assert cut.evaluate("node => node.open")
    assert page_height(page) > before  # the whole text is shown in place
    watched.screenshot("documents_all_columns")
    cut.locator("summary", has_text="收起 less").click()  # and folds again
    assert not cut.evaluate("node => node.open")
    # every text open: the height the table had with the texts in its cells
    page.evaluate("document.querySelectorAll('td.col-text details.notices-cut').forEach(d => d.open = true)")
    assert page_height(page) > 3 * DOCUMENTS_PAGE_MAX_HEIGHT
    assert not watched.errors, watched.errors


def test_measures_table_is_readable(server, watched):
    page = watched.page
    page.goto(f"{server.url}/{server.name}/measures")
    headers = page.locator("table.rows-and-columns thead th:visible").all_inner_texts()
    assert [h.split()[0] for h in headers[:4]] == ["编号", "小标题", "责任单位", "时限"]
    rows = page.locator("table.rows-and-columns tbody tr")
    table_height = page.locator("table.rows-and-columns").bounding_box()["height"]
    assert table_height / rows.count() < MEASURE_ROW_MAX_HEIGHT, (table_height, rows.count())
    assert not page.locator("th[data-column=text]").is_visible()
    watched.screenshot("measures_table")
    # a unit chip names its region and opens the unit
    chip = page.locator("td.col-units a.notices-unit", has_text="县卫健委 · 泾县").first
    chip.click()
    page.wait_for_url("**/units/**")
    assert "县卫健委" in page.locator("table.rows-and-columns").inner_text()
    assert not watched.errors, watched.errors
