"""The site in a real browser: ``notices serve`` in a subprocess, driven by headless Debian Chromium
through Playwright. Search, a canned query, the document graph page (no console errors), the
provenance page, and escaping: a notice containing <script> and <img onerror> must show that text
and run nothing. Screenshots go to tests/artifacts/ (gitignored).

Skipped, with the reason, only when Chromium is not installed (``make test`` installs it:
scripts/install_test_system_deps.sh).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from test_site import CORPUS, HEILONGJIANG, JINGXIAN, NATIONAL, ROOT, build_database, xss_source

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path():
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                      shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (run scripts/install_test_system_deps.sh, or set CHROMIUM=/path)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``notices serve`` on a free port, in its own process group (serve starts Datasette as a child)."""

    def __init__(self, db: Path, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.name = db.stem
        self.log = open(log, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "serve", "--db", str(db), "--port", str(self.port)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if self.process.poll() is not None or time.time() > deadline:
                    self.stop()
                    raise RuntimeError(f"notices serve did not start: {log.read_text(errors='replace')}")
                time.sleep(0.25)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_database(tmp_path_factory, "corpus.db", [str(CORPUS)])
    running = Server(db, tmp_path_factory.mktemp("serve") / "serve.log")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory):
    db = build_database(tmp_path_factory, "xss.db", [str(xss_source(tmp_path_factory))])
    running = Server(db, tmp_path_factory.mktemp("serve-xss") / "serve.log")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright  # pip install playwright; its browsers are not needed

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records console errors, uncaught exceptions, dialogs and failed requests."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        self.page = self.context.new_page()
        self.errors, self.dialogs = [], []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        self.page.on("requestfailed", lambda request: self.errors.append(f"failed: {request.url}"))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def screenshot(self, name):
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.close()


def test_search_box(server, watched):
    page = watched.page
    page.goto(f"{server.url}/{server.name}/measures")
    page.fill('input[name="_search"]', "小额信贷")
    page.press('input[name="_search"]', "Enter")
    page.wait_for_url("**_search=*")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() >= 4
    assert "小额信贷" in page.locator("table.rows-and-columns").inner_text()
    watched.screenshot("search_measures")
    page.goto(f"{server.url}/{server.name}/documents?_search={quote('扶贫')}")
    assert page.locator("table.rows-and-columns tbody tr").count() >= 5
    assert not watched.errors, watched.errors


def test_canned_query(server, watched):
    page = watched.page
    page.goto(f"{server.url}/{server.name}/measures_for_unit")
    page.fill('input[name="unit"]', "县卫健委")
    page.locator('form input[type="submit"]').first.click()
    page.wait_for_url("**unit=*")
    table = page.locator("table.rows-and-columns").inner_text()
    assert JINGXIAN in table and "县卫健委" in table
    watched.screenshot("canned_measures_for_unit")
    page.goto(f"{server.url}/{server.name}/citing_documents?doc_number={quote('国开发[2020]3号')}")
    table = page.locator("table.rows-and-columns").inner_text()
    assert JINGXIAN in table and HEILONGJIANG in table and "forwards" in table and "basis" in table
    assert not watched.errors, watched.errors


def test_graph_page(server, watched):
    page = watched.page
    page.goto(f"{server.url}/{server.name}/documents?doc_number={quote(NATIONAL)}")
    page.locator("a.notices-page", has_text="国务院扶贫开发领导小组关于做好").first.click()
    page.wait_for_selector("body[data-notices-drawn]")
    nodes = page.locator("#notices-neighbourhood svg .notices-node")
    assert nodes.count() >= 4  # itself, the two citing notices, what it implements, its parent
    labels = page.locator("#notices-neighbourhood svg").text_content()
    assert JINGXIAN in labels and HEILONGJIANG in labels
    assert page.locator("#notices-neighbourhood svg .notices-edge").count() >= 3
    measures = page.locator("#notices-tree svg .notices-measure-link")
    assert measures.count() >= 10
    watched.screenshot("document_graph")
    # a box is a link to that document's page
    page.locator("#notices-neighbourhood svg a.notices-node", has_text=JINGXIAN).first.click()
    page.wait_for_selector("body[data-notices-drawn]")
    assert JINGXIAN in page.locator("h1, dl").first.inner_text() + page.locator("dl").inner_text()
    assert page.locator("#notices-tree svg .notices-chip", has_text="县卫健委").count() >= 1
    watched.screenshot("document_graph_jingxian")
    assert not watched.errors, watched.errors


def test_provenance_page(server, watched):
    page = watched.page
    page.goto(f"{server.url}/{server.name}/measures?heading={quote('加快扶贫项目建设')}")
    page.locator("a.notices-page", has_text="加快扶贫项目建设").first.click()
    page.wait_for_selector(".notices-span-start")  # displaCy's span style: one start per stored item
    assert page.locator('.notices-span-start[data-label="DEADLINE"]').count() >= 2
    assert page.locator('.notices-span-start[data-label="UNIT"]').count() >= 3
    watched.screenshot("measure_provenance")
    page.locator(".notices-span", has_text="2月底前").locator('.notices-span-start[data-label="DEADLINE"] a').first.click()
    page.wait_for_url("**/deadlines/**")
    assert "2020-02-29" in page.locator("table.rows-and-columns").inner_text()
    assert not watched.errors, watched.errors


def test_notice_text_never_runs(xss_server, watched):
    page = watched.page
    base = f"{xss_server.url}/{xss_server.name}"
    page.goto(f"{base}/documents")
    page.locator("a.notices-page").first.click()
    page.wait_for_selector("body[data-notices-drawn]")
    page.locator("details.notices-fulltext summary").click()
    body = page.locator("body").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert "<script>alert(1)</script>" in page.locator("#notices-neighbourhood svg").text_content() or \
        "<script>alert(1)" in page.locator("#notices-neighbourhood svg").text_content()
    watched.screenshot("xss_document")
    visited = [f"{base}/documents", f"{base}/measures", f"{base}/measures?_search={quote('安全管理')}",
               f"{base}/measures_for_unit?unit={quote('县卫健委')}"]
    for url in visited:
        page.goto(url)
        page.wait_for_load_state("load")
    page.goto(f"{base}/measures?_search={quote('安全管理')}")
    page.locator("a.notices-page", has_text="安全管理").first.click()
    page.wait_for_selector(".notices-span-start")
    assert "<img src=x onerror=alert(2)>" in page.locator(".notices-text").inner_text()
    assert "<script>alert(1)</script>" in page.locator(".notices-text").inner_text()
    watched.screenshot("xss_measure")
    page.wait_for_timeout(300)
    assert page.locator('img[src="x"]').count() == 0
    assert watched.dialogs == []
    assert not [e for e in watched.errors if "alert" in e], watched.errors
