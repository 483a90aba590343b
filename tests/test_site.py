"""The Datasette site on the sample corpus: metadata, Chinese search, canned queries, pages, calendar.

Every request goes through Datasette's own test client with the configuration ``notices serve``
uses (immutable database, datasette_metadata.json, plugins, templates, settings).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from pipeline.site.serve import METADATA, PLUGINS, SETTINGS, TEMPLATES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
JINGXIAN = "泾扶组〔2020〕2号"
HEILONGJIANG = "黑扶组办发〔2020〕3号"
NATIONAL = "国开发〔2020〕3号"

XSS_NOTICE = """泾政办〔2021〕9号

泾县人民政府办公室关于做好<script>alert(1)</script>测试工作的通知

各乡镇人民政府，县政府各部门：
    为做好测试工作，现将有关事项通知如下：
    一、加强<img src=x onerror=alert(2)>安全管理
    各单位要高度重视<script>alert(1)</script>页面安全，2021年3月31日前完成自查。（责任单位：县卫健委、县数据资源管理局）
    二、落实扶贫小额信贷政策
    对受疫情影响的贫困户，扶贫小额信贷还款期限延长6个月。（责任单位：县财政局）

泾县人民政府办公室
2021年1月5日
"""


def build_database(tmp_path_factory, name: str, paths: list[str]) -> Path:
    """Build once per test session (shared by the site, graph and browser tests), with the CLI."""
    folder = tmp_path_factory.getbasetemp() / "site-databases"
    folder.mkdir(exist_ok=True)
    db = folder / name
    if not db.exists():
        result = subprocess.run([sys.executable, "-m", "pipeline.cli", "build", *paths, "--db", str(db), "--fresh"],
                                cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
    return db


def xss_source(tmp_path_factory) -> Path:
    folder = tmp_path_factory.getbasetemp() / "xss-notice"
    folder.mkdir(exist_ok=True)
    path = folder / "xss_notice.txt"
    path.write_text(XSS_NOTICE, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    return build_database(tmp_path_factory, "corpus.db", [str(CORPUS)])


@pytest.fixture(scope="session")
def xss_db(tmp_path_factory) -> Path:
    return build_database(tmp_path_factory, "xss.db", [str(xss_source(tmp_path_factory))])


def make_datasette(*paths: Path):
    from datasette.app import Datasette

    settings = {name: int(value) if value.isdigit() else value for name, value in SETTINGS.items()}
    settings.update({name: False for name, value in SETTINGS.items() if value == "off"})
    return Datasette(immutables=[str(p) for p in paths], metadata=json.loads(METADATA.read_text(encoding="utf-8")),
                     plugins_dir=str(PLUGINS), template_dir=str(TEMPLATES), settings=settings)


class Client:
    """Synchronous calls to Datasette's test client."""

    def __init__(self, datasette):
        self.datasette = datasette
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(datasette.invoke_startup())

    def get(self, path: str, status: int = 200):
        response = self.loop.run_until_complete(self.datasette.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:2000])
        return response

    def json(self, path: str):
        return self.get(path).json()

    def rows(self, path: str) -> list[dict]:
        separator = "&" if "?" in path else "?"
        return self.json(f"{path}{separator}_shape=array&_size=max")


@pytest.fixture(scope="session")
def client(corpus_db):
    client = Client(make_datasette(corpus_db))
    yield client
    client.loop.close()


@pytest.fixture(scope="session")
def db_name(corpus_db) -> str:
    return corpus_db.stem


def q(value: str) -> str:
    return quote(value, safe="")


# --- metadata ------------------------------------------------------------------------------------


def test_site_metadata(client):
    metadata = client.json("/-/metadata.json")
    assert "Chinese policy notices" in metadata["title"]
    assert metadata["license"] and metadata["license_url"] and metadata["source"]
    assert metadata.get("description") or metadata.get("description_html")


def test_every_table_and_column_is_described(client, corpus_db, db_name):
    conn = sqlite3.connect(corpus_db)
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'")]
    assert {"documents", "measures", "units", "assignments", "deadlines", "targets", "citations",
            "graph_nodes", "graph_edges"} <= set(tables)
    metadata = client.datasette.metadata("tables", database=db_name)
    missing = []
    for table in tables:
        described = metadata.get(table) or {}
        if not described.get("description"):
            missing.append(table)
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        missing += [f"{table}.{column}" for column in columns if not (described.get("columns") or {}).get(column)]
    assert not missing, f"describe these in datasette_metadata.json: {missing}"


def test_facets_sorts_and_labels(client, db_name):
    documents = client.json(f"/{db_name}/documents.json?_size=1")
    assert {"issuer", "admin_level"} <= set(documents["facet_results"])
    assert client.json(f"/{db_name}/units.json?_size=1")["facet_results"].keys() >= {"kind"}
    assert client.json(f"/{db_name}/assignments.json?_size=1")["facet_results"].keys() >= {"role"}
    assert client.json(f"/{db_name}/citations.json?_size=1")["facet_results"].keys() >= {"relation"}
    assert client.json(f"/{db_name}/targets.json?_size=1")["facet_results"].keys() >= {"unit"}
    # foreign keys show names: a measure's document shows its title, an assignment's unit its name
    measures = client.json(f"/{db_name}/measures.json?_labels=on&_shape=array&_size=5")
    titles = {row["document_id"]["label"] for row in measures}
    assert any("通知" in title for title in titles)
    assignment = client.json(f"/{db_name}/assignments.json?_labels=on&_shape=array&_size=1")[0]
    assert assignment["unit_id"]["label"]
    html = client.get(f"/{db_name}/measures").text
    assert "data-column-description=" in html


def test_metadata_applies_to_a_database_of_any_name(corpus_db, tmp_path):
    other = tmp_path / "my-notices_2024.db"
    shutil.copy(corpus_db, other)
    other_client = Client(make_datasette(other))
    try:
        rows = other_client.rows("/my-notices_2024/measures_for_unit.json?unit=" + q("县卫健委"))
        assert rows
        searched = other_client.json("/my-notices_2024/measures.json?_search=" + q("小额信贷") + "&_size=0")
        assert searched["filtered_table_rows_count"] >= 4
    finally:
        other_client.loop.close()


# --- search --------------------------------------------------------------------------------------


def search_count(client, db_name, table, query):
    data = client.json(f"/{db_name}/{table}.json?_search={q(query)}&_size=0")
    return data["filtered_table_rows_count"]


def test_chinese_search_on_measures(client, db_name):
    assert search_count(client, db_name, "measures", "小额信贷") >= 4
    assert search_count(client, db_name, "measures", "扶贫") >= 10
    # a word inside a longer dictionary word (扶贫小额信贷) is found
    rows = client.rows(f"/{db_name}/measures.json?_search={q('小额信贷')}")
    assert all("小额信贷" in (row["text"] or "") or "小额信贷" in (row["heading"] or "") for row in rows)
    assert search_count(client, db_name, "measures", "信贷") >= 4


def test_search_finds_exactly_the_rows_holding_the_words(corpus_db):
    """The index has a token per character and a query word is a phrase: a word is found in every
    row where its characters stand together, and only there; several words must all occur."""
    from pipeline.corpus.search import search

    conn = sqlite3.connect(corpus_db)
    rows = conn.execute("SELECT id, coalesce(heading, '') || ' ' || coalesce(text, '') FROM measures").fetchall()
    conn.close()
    for query, words in [("小额信贷", ["小额信贷"]), ("扶贫", ["扶贫"]), ("贷", ["贷"]),
                         ("易地扶贫搬迁", ["易地扶贫搬迁"]), ("疫情 就业", ["疫情", "就业"])]:
        expected = {row_id for row_id, text in rows if all(word in text for word in words)}
        assert expected, query
        assert set(search(corpus_db, "measures", query, limit=10_000)) == expected, query


def test_chinese_search_on_documents(client, db_name):
    assert search_count(client, db_name, "documents", "扶贫") >= 5
    assert search_count(client, db_name, "documents", "疫情防控") >= 5
    rows = client.rows(f"/{db_name}/documents.json?_search={q('黑龙江省')}")
    assert any(row["doc_number"] == HEILONGJIANG for row in rows)


def test_search_box_is_shown_and_odd_queries_are_safe(client, db_name):
    html = client.get(f"/{db_name}/measures").text
    assert 'name="_search"' in html
    for query in ['"', "扶贫 OR", "NEAR(", "*", "（", "<b>"]:
        client.get(f"/{db_name}/measures.json?_search={q(query)}")
    assert client.rows(f"/{db_name}/search_measures.json?q={q('小额信贷')}")


# --- canned queries ------------------------------------------------------------------------------


def test_measures_for_unit(client, db_name):
    rows = client.rows(f"/{db_name}/measures_for_unit.json?unit={q('县卫健委')}")
    assert rows and all(row["doc_number"] == JINGXIAN for row in rows)
    assert {"role", "document", "deadlines", "targets", "measure_id", "heading"} <= set(rows[0])
    # by full name or abbreviation, through unit_aliases
    by_alias = client.rows(f"/{db_name}/measures_for_unit.json?unit={q('县卫生健康委员会')}")
    assert {row["measure_id"] for row in rows} <= {row["measure_id"] for row in by_alias}
    finance = client.rows(f"/{db_name}/measures_for_unit.json?unit={q('县扶贫局')}")
    assert any("2020-02-29" in (row["deadlines"] or "") for row in finance)
    assert client.rows(f"/{db_name}/measures_for_unit.json?unit={q('不存在的单位')}") == []


def test_upcoming_deadlines(client, db_name):
    rows = client.rows(f"/{db_name}/upcoming_deadlines.json?after=2020-03-01")
    assert rows and all(row["date"] >= "2020-03-01" for row in rows if row["kind"] != "relative")
    assert {"2020-03-31", "2020-06-30"} <= {row["date"] for row in rows}
    assert any(row["unit"] == "县扶贫局" and row["date"] == "2020-03-31" for row in rows)
    everything = client.rows(f"/{db_name}/upcoming_deadlines.json?after=")
    assert {row["date"] for row in everything} >= {"2020-02-20", "2020-02-29"}


@pytest.mark.parametrize("number", [NATIONAL, "国开发[2020]3号", "国开发(2020)3号", "国开发（2020）3号", " 国开发【2020】3号"])
def test_citing_documents(client, db_name, number):
    rows = client.rows(f"/{db_name}/citing_documents.json?doc_number={q(number)}")
    found = {(row["doc_number"], row["relation"]) for row in rows}
    assert (JINGXIAN, "basis") in found
    assert (HEILONGJIANG, "forwards") in found
    assert NATIONAL not in {row["doc_number"] for row in rows}


def test_local_vs_national(client, db_name):
    rows = client.rows(f"/{db_name}/local_vs_national.json?local={q(JINGXIAN)}&national={q('国开发[2020]3号')}")
    assert rows
    assert all(row["local_document"] == JINGXIAN for row in rows)
    assert any(row["national_heading"] and row["local_heading"] for row in rows)
    assert {"score", "method", "local_label", "national_label"} <= set(rows[0])


def test_unit_workload_and_documents_by_issuer(client, db_name):
    rows = client.rows(f"/{db_name}/unit_workload.json")
    assert rows[0]["measures"] >= rows[-1]["measures"]
    assert any(row["unit"] == "县卫健委" and row["measures"] >= 1 for row in rows)
    issuers = client.rows(f"/{db_name}/documents_by_issuer.json")
    assert sum(row["documents"] for row in issuers) == 6
    assert any(row["issuer"] == "国务院扶贫开发领导小组" for row in issuers)


def test_canned_query_results_link_to_pages(client, db_name):
    html = client.get(f"/{db_name}/citing_documents?doc_number={q(NATIONAL)}").text
    assert "/-/notices/document/" in html
    html = client.get(f"/{db_name}/unit_workload").text
    assert "/-/notices/calendar/" in html


# --- pages ---------------------------------------------------------------------------------------


def document_id(client, db_name, number):
    return client.rows(f"/{db_name}/documents.json?doc_number={q(number)}")[0]["id"]


def test_document_rows_link_to_the_document_page(client, db_name):
    national = document_id(client, db_name, NATIONAL)
    assert f'/-/notices/document/{national}"' in client.get(f"/{db_name}/documents").text
    assert f'/-/notices/document/{national}"' in client.get(f"/{db_name}/documents/{national}").text


def test_document_page_neighbourhood(client, db_name):
    national = document_id(client, db_name, NATIONAL)
    data = client.json(f"/-/notices/document/{national}.json")
    incoming = {(row["document_number"], row["relation"]) for row in data["incoming"]}
    assert (JINGXIAN, "basis") in incoming and (HEILONGJIANG, "forwards") in incoming
    assert data["parent"]["doc_number"] == HEILONGJIANG
    assert data["measures"] and all("units" in m for m in data["measures"])
    html = client.get(f"/-/notices/document/{national}").text
    assert "notices_graph.js" in html and 'id="notices-data"' in html
    assert JINGXIAN in html and "basis" in html
    heilongjiang = client.json(f"/-/notices/document/{document_id(client, db_name, HEILONGJIANG)}.json")
    assert any(row["relation"] == "forwards" and row["document_id"] == national for row in heilongjiang["outgoing"])
    assert [e["id"] for e in heilongjiang["embedded"]] == [national]
    jingxian = client.json(f"/-/notices/document/{document_id(client, db_name, JINGXIAN)}.json")
    assert any(u["name"] == "县卫健委" for m in jingxian["measures"] for u in m["units"])
    script = client.get("/-/notices/static/notices_graph.js")
    assert "javascript" in script.headers["content-type"] and "createElementNS" in script.text
    client.get("/-/notices/static/notices.css")
    for escape in ("..%2Fsearch.py", "..%2F..%2Fpyproject.toml", "notices.css%00"):
        response = client.loop.run_until_complete(client.datasette.client.get("/-/notices/static/" + escape))
        assert response.status_code != 200
    client.get("/-/notices/document/no-such-document", status=404)


def test_measure_page_provenance(client, db_name):
    jingxian = document_id(client, db_name, JINGXIAN)
    rows = client.rows(f"/{db_name}/measures.json?document_id={jingxian}&heading={q('加快扶贫项目建设')}")
    measure = rows[0]["id"]
    html = client.get(f"/-/notices/measure/{measure}").text
    assert 'class="spans"' in html  # displaCy's span style
    # every stored item inside the measure is drawn, overlapping ones included, each linking to its row
    start, end = rows[0]["start"], rows[0]["end"]
    for label, table in (("UNIT", "assignments"), ("DEADLINE", "deadlines"), ("TARGET", "targets"),
                         ("CITATION", "citations")):
        stored = [row for row in client.rows(f"/{db_name}/{table}.json?document_id={jingxian}")
                  if start <= row["start"] < row["end"] <= end]
        assert html.count(f'data-label="{label}"') == len(stored)
        assert all(f'href="/{db_name}/{table}/{row["id"]}"' in html for row in stored)
    assert html.count('data-label="DEADLINE"') >= 2 and html.count('data-label="UNIT"') >= 3
    assert f"/{db_name}/deadlines/{jingxian}-d2" in html
    assert "/-/notices/calendar/" in html
    assert f'/-/notices/measure/{measure}"' in client.get(f"/{db_name}/measures?document_id={jingxian}").text
    client.get("/-/notices/measure/no-such-measure", status=404)


def test_a_measure_key_is_shown_by_its_heading(client, db_name, corpus_db):
    """A measure_id cell names its measure by its heading (read from the text: measure_rows, which
    Datasette labels foreign keys from, stores none), linking to its page."""
    from pipeline.site.plugins.notices_tables import MEASURE_HEADING_SHOWN

    with sqlite3.connect(corpus_db) as conn:
        measure, heading = conn.execute("SELECT m.id, m.heading FROM deadlines x JOIN measures m ON m.id = x.measure_id "
                                        "WHERE m.heading IS NOT NULL ORDER BY x.id LIMIT 1").fetchone()
        assert conn.execute("SELECT heading FROM measure_rows WHERE id = ?", [measure]).fetchone() == (None,)
    html = client.get(f"/{db_name}/deadlines?measure_id={q(measure)}").text
    shown = heading if len(heading) <= MEASURE_HEADING_SHOWN else heading[:MEASURE_HEADING_SHOWN]
    assert f'href="/-/notices/measure/{measure}" title="{measure}">{shown}' in html


def test_calendar(client):
    ics = client.get("/-/notices/calendar/" + q("县扶贫局") + ".ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    body = ics.content.decode("utf-8")
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") and body.endswith("END:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") == body.count("END:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20200229" in body and "DTSTART;VALUE=DATE:20200331" in body
    lines = body.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert all("\n" not in line for line in lines)
    unfolded = body.replace("\r\n ", "")
    assert "SUMMARY:县扶贫局：（五） 加快扶贫项目建设（2月底前）" in unfolded
    assert "UID:" in unfolded and "DTSTAMP:" in unfolded and "DTEND;VALUE=DATE:20200301" in unfolded
    # by alias, and an empty but valid feed for a unit without dated deadlines
    assert client.get("/-/notices/calendar/" + q("县扶贫开发局") + ".ics").text.count("BEGIN:VEVENT") == 2
    empty = client.get("/-/notices/calendar/" + q("县卫健委") + ".ics").text
    assert "BEGIN:VCALENDAR" in empty and "BEGIN:VEVENT" not in empty
    client.get("/-/notices/calendar/" + q("没有这个单位") + ".ics", status=404)
    index = client.get("/-/notices/calendar").text
    assert "县扶贫局" in index and ".ics" in index


def test_calendar_text_escaping():
    from pipeline.site.feeds import to_ics

    ics = to_ics([{"deadline_id": "d1", "unit_id": "u", "unit_name": "县财政局", "date": "2021-03-31",
                   "deadline_text": "3月底前", "measure_label": "一、", "measure_heading": "a,b;c\\d" + "时限" * 60}], "x")
    assert all(len(part.encode("utf-8")) <= 75 for part in ics.split("\r\n"))
    unfolded = ics.replace("\r\n ", "")
    assert "DTEND;VALUE=DATE:20210401" in ics and "a\\,b\\;c\\\\d时限" in unfolded


# --- escaping ------------------------------------------------------------------------------------


def test_document_text_is_escaped_everywhere(xss_db):
    xss = Client(make_datasette(xss_db))
    name = xss_db.stem
    try:
        documents = xss.rows(f"/{name}/documents.json")
        assert any("<script>alert(1)</script>" in (row["text"] or "") for row in documents)
        doc = documents[0]["id"]
        measures = xss.rows(f"/{name}/measures.json?document_id={doc}")
        pages = [f"/-/notices/document/{doc}", f"/{name}/documents", f"/{name}/documents/{doc}",
                 f"/{name}/measures", f"/{name}/measures_for_unit?unit={q('县卫健委')}",
                 f"/{name}/measures?_search={q('安全管理')}"]
        pages += [f"/-/notices/measure/{m['id']}" for m in measures]
        for page in pages:
            html = xss.get(page).text
            assert "<script>alert(1)" not in html, page
            assert "<img src=x" not in html and "<img src=\"x\"" not in html, page
        measure_page = xss.get(f"/-/notices/measure/{measures[0]['id']}").text
        assert "&lt;img src=x onerror=alert(2)&gt;" in measure_page
        document_page = xss.get(f"/-/notices/document/{doc}").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document_page
        data_json = document_page.split('id="notices-data">', 1)[1].split("</script>", 1)[0]
        assert "<" not in data_json and "alert(1)" in json.loads(data_json)["document"]["title"]
    finally:
        xss.loop.close()


def test_search_words_are_jiebas_words():
    """The index segments block by block with its own walk of jieba's dictionary
    (``search._cut_block``): the words must be those of ``jieba.cut`` on the whole text."""
    import unicodedata

    from extractors.segment import _clean, _is_word, segmenter, words

    def jiebas(text: str) -> list[str]:
        tokens = (_clean(token) for token in segmenter().cut(unicodedata.normalize("NFKC", text)))
        return [token for token in tokens if token and _is_word(token)]

    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    texts += [XSS_NOTICE, "落实扶贫小额信贷政策", "ＡＢＣ２０２０年 COVID-19 3.5% 旌德县和泾县", ""]
    for text in texts:
        assert words(text) == jiebas(text)
        assert all(words(line) == jiebas(line) for line in text.splitlines())


def conn_count(path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_search_index_is_incremental(corpus_db, tmp_path):
    from pipeline.corpus.search import build_search_index, fts_query, index_text, search

    copy = tmp_path / "index.db"
    shutil.copy(corpus_db, copy)
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0}  # the build made it
    conn = sqlite3.connect(copy)
    measure = conn.execute("SELECT id FROM measures ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("UPDATE measures SET text = text || '推进量子纠缠通信试点' WHERE id = ?", [measure])
    conn.commit()
    conn.close()
    # a row changed by hand cannot be taken out of the index by its old values: the table's
    # index is made again
    measures = conn_count(copy, "SELECT count(*) FROM measures")
    assert build_search_index(str(copy)) == {"documents": 0, "measures": measures}
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0}
    assert search(str(copy), "measures", "量子纠缠") == [measure]
    # one token per pair of neighbouring characters (and a run's last character); a query word is
    # looked up as its pairs (a one-character word as a prefix), operators are text
    assert index_text("落实ＡＢＣ扶贫，小额") == "落实 实A AB BC C扶 扶贫 贫 小额 额"
    assert fts_query('小额信贷" OR *') == '("小额" AND "额信" AND "信贷") AND "or"'
    assert fts_query("贷") == '"贷"*'
    # a word is found inside longer words and however a segmenter would cut the text around it
    for query in ("子纠", "纠缠通信", "通信试点 量子"):
        assert search(str(copy), "measures", query) == [measure], query
    assert search(str(copy), "measures", "量子雷达") == []  # every word must occur


def test_search_index_finds_hand_edits_without_reading_every_row(corpus_db, tmp_path, monkeypatch):
    """Edits by hand are recorded by triggers as they happen: the build reads every indexed row only
    in a database whose triggers are new (made before them, or by an older version)."""
    import pipeline.corpus.search as search_module
    from pipeline.corpus.search import build_search_index

    copy = tmp_path / "edits.db"
    shutil.copy(corpus_db, copy)
    measures = conn_count(copy, "SELECT count(*) FROM measures")
    read_every_row = []
    real = search_module._index_is_stale
    monkeypatch.setattr(search_module, "_index_is_stale",
                        lambda conn, table: read_every_row.append(table) or real(conn, table))
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0} and read_every_row == []
    with sqlite3.connect(copy) as conn:  # deleted by hand: the index is made again
        conn.execute("DELETE FROM measures WHERE id = (SELECT max(id) FROM measures)")
    assert build_search_index(str(copy)) == {"documents": 0, "measures": measures - 1}
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0} and read_every_row == []
    with sqlite3.connect(copy) as conn:  # no triggers when the row was edited: every row is read
        conn.execute('DROP TRIGGER "documents_search_edited"')
        conn.execute("UPDATE documents SET title = title || '（修订）' WHERE rowid = 1")
    documents = conn_count(copy, "SELECT count(*) FROM documents")
    assert build_search_index(str(copy)) == {"documents": documents, "measures": 0}
    assert read_every_row == ["documents"]


def test_items_read_with_low_ocr_confidence_are_flagged_on_the_measure_page(corpus_db, tmp_path):
    """The measure page marks an item whose scanned lines the OCR read with low confidence, and no
    other (a text-layer item has no confidence; a confident one is not flagged)."""
    scanned = tmp_path / "scanned.db"
    shutil.copy(corpus_db, scanned)
    with sqlite3.connect(scanned) as conn:
        measure, = conn.execute("SELECT m.id FROM measures m JOIN deadlines d ON d.measure_id = m.id "
                                "WHERE d.text = '2月底前' LIMIT 1").fetchone()
        conn.execute("UPDATE deadlines SET ocr_confidence = 0.41 WHERE text = '2月底前' AND measure_id = ?", [measure])
        conn.execute("UPDATE deadlines SET ocr_confidence = 0.99 WHERE text = '3月底前' AND measure_id = ?", [measure])
    with sqlite3.connect(scanned) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the test's Datasette opens it immutable: no WAL read
    page = Client(make_datasette(scanned))
    try:
        html = page.get(f"/-/notices/measure/{measure}").text
    finally:
        page.loop.close()
    assert html.count('class="notices-low-ocr"') == 1 and "OCR confidence 0.41" in html


def test_a_search_index_of_the_older_state_table_is_made_again_once(corpus_db, tmp_path):
    """A database whose index state kept each row's id and a text digest (before the state table was
    made lean) gets its indexes made again, once, and every row is found once."""
    from pipeline.corpus.search import build_search_index, fts_query, search
    from schema.search import STATE_TABLE

    copy = tmp_path / "older.db"
    shutil.copy(corpus_db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(f"ALTER TABLE {STATE_TABLE} RENAME TO lean_state")
        conn.execute(f"CREATE TABLE {STATE_TABLE} (fts TEXT, indexed_rowid INTEGER, id TEXT, digest TEXT, "
                     "PRIMARY KEY (fts, indexed_rowid))")
        conn.execute(f"INSERT INTO {STATE_TABLE} SELECT t.fts, s.indexed_rowid, 'x', 'y' FROM lean_state s "
                     "JOIN search_index_tables t ON t.fts_code = s.fts_code")
        conn.execute("DROP TABLE lean_state")
        measure, words = conn.execute("SELECT id, substr(text, 3, 6) FROM measures WHERE length(text) > 40 "
                                      "ORDER BY id LIMIT 1").fetchone()
    counts = {table: conn_count(copy, f"SELECT count(*) FROM {table}") for table in ("documents", "measures")}
    assert build_search_index(str(copy)) == counts
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0}
    assert conn_count(copy, "SELECT count(*) FROM measures_zh_fts WHERE measures_zh_fts MATCH '" +
                      fts_query(words).replace("'", "''") + "'") >= 1
    assert measure in search(str(copy), "measures", words)
    assert conn_count(copy, f"SELECT count(*) FROM {STATE_TABLE}") == sum(counts.values())


def test_a_value_inside_the_rows_text_is_indexed_once():
    """A measure's heading is the first clause of its text, a document's title and number are printed
    in it: the index holds them once, in the text (the search above still finds every row)."""
    from pipeline.ingest.search_index import indexed_texts

    columns = ("heading", "text")
    assert indexed_texts(columns, ["加强组织领导", "加强组织领导。各地要建立工作机制"]) == [
        "", "加强 强组 组织 织领 领导 导 各地 地要 要建 建立 立工 工作 作机 机制 制"]
    assert indexed_texts(columns, ["组织保障", "各地要建立"]) == ["组织 织保 保障 障", "各地 地要 要建 建立 立"]
    assert indexed_texts(("title", "doc_number", "issuer", "text"),
                         ["关于做好就业工作的通知", "国办发〔2020〕6号", None, "国办发〔2020〕6号\n关于做好就业工作的通知"]
                         ) == ["", "", "", "国办 办发 发 20 02 20 0 6号 号 关于 于做 做好 好就 就业 业工 工作 作的 的通 通知 知"]
