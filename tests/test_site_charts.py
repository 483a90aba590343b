"""The dashboard's figures (pipeline.site.charts) and the compare page's data (pipeline.site.compare)
on built databases, and both pages through Datasette's test client.

``tests/data/diffusion`` is a small made-up corpus for the diffusion of a notice: a national notice
(国办发〔2021〕5号, signed 2021-03-01); a provincial and a municipal forward and a county notice
implementing it (the municipal forward undated); a municipal notice that only mentions it (参照,
relation cites) about something else, which is not part of its diffusion.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import pipeline.site.charts as charts
import pipeline.site.diffusion as diffusion
from pipeline.corpus.align.lookup import coverage, find_document
from pipeline.site.compare import comparison, implemented_documents, marked_pieces
from test_site import HEILONGJIANG, JINGXIAN, NATIONAL, Client, build_database, make_datasette, q

DIFFUSION = Path(__file__).resolve().parent / "data" / "diffusion"
DIFFUSED = "国办发〔2021〕5号"


@pytest.fixture(scope="module")
def diffusion_db(tmp_path_factory) -> Path:
    return build_database(tmp_path_factory, "diffusion.db", [str(DIFFUSION)])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> sqlite3.Connection:
    from test_site import CORPUS

    conn = sqlite3.connect(build_database(tmp_path_factory, "corpus.db", [str(CORPUS)]))
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from test_site import CORPUS

    db = build_database(tmp_path_factory, "corpus.db", [str(CORPUS)])
    client = Client(make_datasette(db))
    yield client, db.stem
    client.loop.close()


# --- marking shared passages -----------------------------------------------------------------


def test_marked_pieces_cut_at_passages_clipped_to_the_span():
    text = "一、加强水源保护。各地要划定保护区。"
    pieces = marked_pieces(text, 2, len(text), [(0, 6, "a"), (9, 13, "b"), (11, 15, "c")])
    assert [(p["text"], p["passage"]) for p in pieces] == [
        ("加强水源", "a"), ("保护。", None), ("各地要划", "b"), ("定保", "c"), ("护区。", None)]
    assert marked_pieces(text, 3, 3, [(0, 9, "a")]) == []


@given(st.text(min_size=1, max_size=40), st.data())
def test_marked_pieces_keep_the_text_whole(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = data.draw(st.lists(st.tuples(st.integers(-3, len(text) + 3), st.integers(0, 8)), max_size=5))
    passages = [(left, left + length, f"p{n}") for n, (left, length) in enumerate(spans)]
    pieces = marked_pieces(text, start, end, passages)
    assert "".join(p["text"] for p in pieces) == text[start:end]
    assert all(p["text"] for p in pieces)
    at = start
    for piece in pieces:  # a marked piece lies inside its passage
        if piece["passage"] is not None:
            left, right, _ = next(p for p in passages if p[2] == piece["passage"])
            assert left <= at and at + len(piece["text"]) <= right
        at += len(piece["text"])


# --- the compare page's data -----------------------------------------------------------------


def test_comparison_is_notices_compare_laid_out(corpus):
    local, national = find_document(corpus, JINGXIAN), find_document(corpus, NATIONAL)
    figures = coverage(corpus, local, national)
    data = comparison(corpus, JINGXIAN, NATIONAL)
    assert (data["coverage"], data["national_covered"], data["national_total"]) == (
        figures["coverage"], figures["national_covered"], figures["national_total"])
    assert data["local_total"] == len(figures["rows"])
    assert data["local_matched"] == sum(1 for row in figures["rows"] if row["national_measure_id"])
    assert [block["id"] for block in data["not_covered"]] == [m["id"] for m in figures["not_covered"]]
    text = {doc_id: corpus.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
            for doc_id in (local, national)}
    marked_rows = 0
    for row, aligned in zip(data["rows"], figures["rows"]):
        assert row["local"]["id"] == aligned["local_measure_id"]
        local_marks = [p for p in row["local"]["pieces"] if p["passage"]]
        national_marks = [p for block in row["national"] for p in block["pieces"] if p["passage"]]
        # every marked piece is text the two share: its key names one passage of the alignment
        for piece in local_marks:
            passage = aligned["shared"][int(piece["passage"].rsplit("-", 1)[1])]
            assert piece["text"] in text[local][passage["local_start"]:passage["local_end"]]
        for piece in national_marks:
            passage = aligned["shared"][int(piece["passage"].rsplit("-", 1)[1])]
            assert piece["text"] in text[national][passage["national_start"]:passage["national_end"]]
        if local_marks and national_marks:
            marked_rows += 1
            assert {p["passage"] for p in local_marks} & {p["passage"] for p in national_marks}
        if aligned["national_measure_id"] is None:
            assert row["national"] == [] and row["best"]["national_measure_id"] == aligned["candidates"][0]["national_measure_id"]
    assert marked_rows >= 3
    # the local side shows each measure's own words: they start with its label
    assert all(row["local"]["pieces"][0]["text"].startswith(row["local"]["label"].strip()[:1])
               for row in data["rows"] if row["local"]["label"])


def test_implemented_documents_from_the_alignments(corpus):
    forwarded = implemented_documents(corpus, find_document(corpus, HEILONGJIANG))
    assert [(row["doc_number"], row["relation"]) for row in forwarded] == [(NATIONAL, "forwards")]
    assert forwarded[0]["matched"] >= 1
    assert implemented_documents(corpus, find_document(corpus, NATIONAL)) == []


# --- the dashboard's figures -----------------------------------------------------------------


def _days(later: str, earlier: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def test_diffusion_of_a_notice(diffusion_db):
    conn = sqlite3.connect(diffusion_db)
    notice = find_document(conn, DIFFUSED)
    notice_date = conn.execute("SELECT signed_date FROM documents WHERE id = ?", [notice]).fetchone()[0]
    assert notice_date == "2021-03-01"
    rows = diffusion.diffusion_rows(conn, notice)
    by_number = {row["doc_number"]: row for row in rows}
    # the three that forward or implement it; the one that only mentions it, carrying nothing, is not there
    assert set(by_number) == {"浙政办发〔2021〕12号", "湖政办发〔2021〕8号", "安政办发〔2021〕30号"}
    assert (by_number["浙政办发〔2021〕12号"]["relation"], by_number["安政办发〔2021〕30号"]["relation"]) == (
        "forwards", "implements")
    assert {row["place"]: row["level"] for row in rows} == {"浙江省": "provincial", "湖州市": "municipal",
                                                           "安吉县": "county"}
    for row in rows:
        if row["date"] is None:
            assert row["lag_days"] is None
        else:
            assert row["lag_days"] == _days(row["date"], notice_date)
        assert 0 < row["coverage"] <= 1
        if row["relation"] != "forwards":  # a forward carries the whole notice
            assert row["coverage"] == coverage(conn, row["document_id"], notice)["coverage"]
    assert by_number["湖政办发〔2021〕8号"]["lag_days"] is None  # undated: listed, not placed
    assert [row["lag_days"] for row in rows] == [19, 45, None]  # by lag, undated last
    followed = diffusion.diffusion_notices(conn)
    assert [(n["doc_number"], n["followers"]) for n in followed] == [(DIFFUSED, 3)]
    assert diffusion.has_followers(conn, notice)
    # a notice nobody follows has no diffusion
    assert diffusion.diffusion_rows(conn, find_document(conn, "浙政办发〔2021〕12号")) == []
    assert not diffusion.has_followers(conn, find_document(conn, "浙政办发〔2021〕12号"))


def test_a_database_without_the_diffusion_table(diffusion_db, tmp_path):
    old = tmp_path / "built_before_diffusion.db"
    shutil.copy(diffusion_db, old)
    with sqlite3.connect(old) as conn:
        conn.execute("DROP TABLE diffusion")
        notice = find_document(conn, DIFFUSED)
        assert diffusion.diffusion_rows(conn, notice) == [] and diffusion.diffusion_notices(conn) == []
        assert not diffusion.has_followers(conn, notice)
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the test site opens it immutable: no WAL read
    client = Client(make_datasette(old))
    try:
        html = client.get("/-/notices/dashboard").text
        assert "run <code>notices build</code> on it again" in html
        assert len(re.findall(r'class="notices-chart-spec"', html)) == 3  # the other charts are drawn
    finally:
        client.loop.close()


def test_chart_rows_count_the_tables(corpus):
    months = charts.deadlines_per_month_rows(corpus)
    dated = corpus.execute("SELECT COUNT(*) FROM deadlines WHERE kind = 'deadline' AND date IS NOT NULL").fetchone()[0]
    assert dated >= 3 and sum(row["deadlines"] for row in months) == dated
    assert all(re.fullmatch(r"\d{4}-\d{2}", row["month"]) for row in months)
    offices = charts.measures_per_office_rows(corpus)
    assert len({row["unit_id"] for row in offices}) == charts.TOP
    top = offices[0]
    assigned = corpus.execute("SELECT COUNT(DISTINCT measure_id) FROM assignments WHERE unit_id = ? AND role = ?",
                              [top["unit_id"], top["role"]]).fetchone()[0]
    assert top["measures"] == assigned
    most = corpus.execute("SELECT COUNT(DISTINCT measure_id) FROM assignments GROUP BY unit_id, role "
                          "ORDER BY 1 DESC LIMIT 1").fetchone()[0]
    assert max(row["measures"] for row in offices) == most
    issuers = charts.notices_per_issuer_year_rows(corpus)
    assert sum(row["notices"] for row in issuers) == corpus.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert {row["year"] for row in issuers} >= {"2020", charts.UNDATED}


def test_specs_hold_their_rows(corpus):
    rows = charts.deadlines_per_month_rows(corpus)
    spec = charts.deadlines_per_month_spec(rows)
    assert spec["data"]["values"][0]["month"] == rows[0]["month"] + "-01"
    assert spec["encoding"]["x"]["timeUnit"] == "utcyearmonth"
    diffusion = [{"place": "甲", "lag_days": 3, "level": "county", "relation": "forwards", "coverage": 0.5},
                 {"place": "乙", "lag_days": None, "level": "county", "relation": "forwards", "coverage": None}]
    spec = charts.diffusion_spec(diffusion, {"doc_number": DIFFUSED})
    assert spec["data"]["values"] == [{**diffusion[0], "spread": 0.0}]  # an undated notice cannot be placed
    # dots of one place spread across its band, each at its own height
    offsets = [row["spread"] for row in charts.spread([{"place": "甲"}] * 12 + [{"place": "乙"}])]
    assert len(set(offsets[:12])) == 12 and all(-0.4 <= offset < 0.4 for offset in offsets)
    assert offsets[0] == offsets[12] == 0.0
    assert DIFFUSED in spec["title"]
    json.dumps(spec)


# --- the pages -------------------------------------------------------------------------------


def test_compare_page(site, corpus):
    client, name = site
    local = find_document(corpus, JINGXIAN)
    figures = coverage(corpus, local, find_document(corpus, NATIONAL))
    html = client.get(f"/-/notices/compare/{q(local)}").text
    assert f"<strong>{figures['coverage'] * 100:.0f}%</strong>" in html
    assert f"{figures['national_covered']} of {figures['national_total']} national measures" in html
    assert html.count('class="notices-matched"') == sum(1 for r in figures["rows"] if r["national_measure_id"])
    assert html.count('class="notices-unmatched"') == len(figures["local_additions"])
    assert len(re.findall(r'<mark class="notices-shared" data-passage=', html)) >= 6
    for measure in figures["not_covered"]:
        assert measure["heading"] in html
    # by 文号, and the national notice chosen by ?national=
    by_number = client.get(f"/-/notices/compare/{q(JINGXIAN)}?national={q(NATIONAL)}").text
    assert f"<strong>{figures['coverage'] * 100:.0f}%</strong>" in by_number
    # the form's address: both as query parameters, 文号 in any brackets
    by_form = client.get("/-/notices/compare?local=" + q("泾扶组[2020]2号") + "&national=" + q(NATIONAL)).text
    assert f"<strong>{figures['coverage'] * 100:.0f}%</strong>" in by_form
    assert "Which local notice?" in client.get("/-/notices/compare?local=", status=404).text
    # a notice that implements nothing in the database says so
    assert "aligned this notice with no higher-level notice" in client.get(
        f"/-/notices/compare/{q(find_document(corpus, NATIONAL))}").text
    # mistakes are a 404 page naming what is missing, never a traceback
    assert "no document with id or 文号" in client.get("/-/notices/compare/" + q("无此文〔2020〕1号"), status=404).text
    assert "no document with id or 文号" in client.get(
        f"/-/notices/compare/{q(local)}?national=" + q("nothing"), status=404).text


def test_document_page_links_to_compare_and_diffusion(site, corpus):
    client, name = site
    local = find_document(corpus, JINGXIAN)
    html = client.get(f"/-/notices/document/{q(local)}").text
    link = re.search(r'class="notices-compare-link" href="([^"]+)"', html)
    assert link and "national=" in link.group(1)
    assert 'class="notices-diffusion-link"' not in html  # no notice in the database follows it
    assert client.get(link.group(1).replace("&amp;", "&")).status_code == 200
    national = client.get(f"/-/notices/document/{q(find_document(corpus, NATIONAL))}").text
    assert 'class="notices-compare-link"' not in national
    diffusion = re.search(r'class="notices-diffusion-link" href="([^"]+)"', national)
    assert diffusion and "notice=" in diffusion.group(1)


def test_dashboard_page(site, corpus):
    client, name = site
    html = client.get("/-/notices/dashboard").text
    specs = re.findall(r'<script type="application/json" class="notices-chart-spec">(.*?)</script>', html, re.S)
    assert len(specs) == 4  # deadlines, offices, issuers, and the diffusion of 国开发〔2020〕3号
    parsed = [json.loads(spec) for spec in specs]
    assert all(spec["data"]["values"] for spec in parsed)
    assert NATIONAL in parsed[3]["title"]
    for script in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "notices_charts.js"):
        assert f"/-/notices/static/{script}" in html
        assert client.get(f"/-/notices/static/{script}").status_code == 200
    assert "not_a_notice" in client.get("/-/notices/dashboard?notice=not_a_notice", status=404).text


def test_alignment_rows_link_to_the_compare_page(site, corpus):
    client, name = site
    html = client.get(f"/{name}/alignments?local_document_id={q(find_document(corpus, JINGXIAN))}").text
    links = re.findall(r'class="notices-compare-cell" href="([^"]+)"', html)
    assert links and all("national=" in link for link in links)
    assert re.search(r"<strong>\d+%</strong>", client.get(links[0].replace("&amp;", "&")).text)


def test_compare_page_shows_a_notice_s_markup_as_text(tmp_path_factory):
    from test_site import xss_source

    db = build_database(tmp_path_factory, "xss.db", [str(xss_source(tmp_path_factory))])
    client = Client(make_datasette(db))
    try:
        conn = sqlite3.connect(db)
        notice = conn.execute("SELECT id FROM documents").fetchone()[0]
        html = client.get(f"/-/notices/compare/{q(notice)}?national={q(notice)}").text  # itself: all shared
        assert "&lt;img src=x onerror=alert(2)&gt;" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<img src=x" not in html and "<script>alert(1)" not in html
        assert re.search(r"<strong>100%</strong>", html)
        # a database where no notice follows another: the charts it can draw, and the diffusion says so
        dashboard = client.get("/-/notices/dashboard").text
        assert "No notice in the database forwards or implements another." in dashboard
        assert len(re.findall(r'class="notices-chart-spec"', dashboard)) == 3
    finally:
        client.loop.close()


def test_the_charting_library_is_vendored_and_shipped():
    """The pages load Vega, Vega-Lite and vega-embed from the site (no CDN): each is in static/ in
    the version its README records, with its licence, and static/ and templates/ are package data."""
    import fnmatch

    tomllib = pytest.importorskip("tomllib")  # Python 3.11 on
    site = Path(charts.__file__).resolve().parent
    readme = (site / "static" / "README.md").read_text(encoding="utf-8")
    for name, package in (("vega.min.js", "vega"), ("vega-lite.min.js", "vega-lite"), ("vega-embed.min.js", "vega-embed")):
        version = re.search(rf"\| `{re.escape(name)}` \| {re.escape(package)} \| ([0-9.]+) \|", readme).group(1)
        assert f'"{version}"' in (site / "static" / name).read_text(encoding="utf-8"), name
        assert "Redistribution and use" in (site / "static" / f"{package}-LICENSE.txt").read_text(encoding="utf-8")
    pyproject = tomllib.loads((site.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["pipeline.site"]
    for folder in ("static", "templates", "plugins"):
        for path in (site / folder).iterdir():
            if path.is_file() and path.suffix != ".pyc":
                relative = f"{folder}/{path.name}"
                assert any(fnmatch.fnmatch(relative, glob) for glob in globs), relative


def test_the_page_and_notices_compare_give_one_coverage(site, tmp_path_factory):
    import subprocess
    import sys

    from test_site import CORPUS, ROOT

    client, name = site
    db = build_database(tmp_path_factory, "corpus.db", [str(CORPUS)])
    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "compare", "--db", str(db), JINGXIAN, "国开发[2020]3号"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    printed = re.search(r"coverage (\d+)%: (\d+) of (\d+) national measures implemented", run.stdout)
    html = client.get("/-/notices/compare?local=" + q(JINGXIAN)).text
    assert printed and f"<strong>{printed.group(1)}%</strong>" in html
    assert f"{printed.group(2)} of {printed.group(3)} national measures implemented" in html
    matched = re.search(r"(\d+) of (\d+) local measures matched", run.stdout)
    assert f"{matched.group(1)} of {matched.group(2)} local measures matched" in html
    for heading in re.search(r"not implemented: (.*)", run.stdout).group(1).split("; "):
        assert heading.split(" ", 1)[1] in html


def test_the_home_page_links_to_the_compare_pages_and_the_dashboard(site):
    client, name = site
    html = client.get("/").text
    pairs = re.findall(r'class="notices-side-by-side" href="([^"]+)"', html)
    assert len(pairs) == len(re.findall(r"/local_vs_national\?local=", html)) >= 2
    for url in pairs:
        assert re.search(r"<strong>\d+%</strong>", client.get(url.replace("&amp;", "&")).text)
    dashboard = re.search(r'class="notices-dashboard-link" href="([^"]+)"', html).group(1)
    assert 'class="notices-chart-spec"' in client.get(dashboard.replace("&amp;", "&")).text
