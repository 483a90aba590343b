"""Tables for people (issue 18): the table pages open with what a reader reads, enumerations in
Chinese, units with their region, 文号 as addresses, ranked search with marked snippets, OR and
exclusion, canned queries without their SQL, a home page of tasks. On the sample corpus, through
Datasette's test client with the configuration ``notices serve`` uses (fixtures of test_site)."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from test_site import (HEILONGJIANG, JINGXIAN, NATIONAL, Client, client, corpus_db, db_name, make_datasette,  # noqa: F401
                       q, xss_db)

from extractors.docnumbers import normalise_doc_number
from extractors.unit_roles import COOPERATE, LEAD, RESPONSIBLE
from pipeline.corpus.search import fts_query, parse_query, search
from pipeline.corpus.search_syntax import hit_spans, snippet_pieces
from extractors.docnumbers import typed_doc_number as as_doc_number
from pipeline.site.columns import GLOSSED_COLUMNS, GLOSSES, READER_COLUMNS, gloss, listed, preview
from schema.relations import RELATIONS

DOCNUMBERS_TSV = Path(__file__).parent / "data" / "docnumbers" / "docnumbers.tsv"
NATIONAL_TITLE = "国务院扶贫开发领导小组关于做好新冠肺炎疫情防控期间脱贫攻坚工作的通知"


def header_columns(page: str) -> list[str]:
    """The data-column of every header cell of the page's table, in order."""
    return re.findall(r'<th [^>]*data-column="([^"]+)"', page)


def raw_columns(page: str) -> set[str]:
    return set(re.findall(r'<th [^>]*class="col-[^"]* notices-raw"[^>]*data-column="([^"]+)"', page))


# --- the table pages ------------------------------------------------------------------------------


def test_documents_table_opens_with_what_a_reader_reads(client, corpus_db, db_name):
    page = client.get(f"/{db_name}/documents").text
    headers = header_columns(page)
    assert headers[:5] == ["title", "doc_number", "issuer", "signed_date", "admin_level"]
    # every column is on the page, the texts, hashes and paths hidden until asked for
    with sqlite3.connect(corpus_db) as conn:
        stored = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        texts = [row[0] for row in conn.execute("SELECT text FROM documents")]
    assert set(headers) == stored
    assert {"text", "source_path", "source_sha256", "source_offset", "title_key", "meta"} <= raw_columns(page)
    assert not {"title", "doc_number", "issuer"} & raw_columns(page)
    assert 'id="notices-all-columns"' in page and 'for="notices-all-columns"' in page
    # a full text is cut to a line that opens in place: all of it is in the page
    assert page.count('<details class="notices-cut">') >= len(texts)
    unescaped = html.unescape(page)
    assert all(text in unescaped for text in texts)
    assert "省级 provincial" in page and "国家级 national" in page
    assert "Suggested facets" not in page  # the metadata's facets only


def test_measures_table_shows_units_and_deadlines(client, db_name):
    page = client.get(f"/{db_name}/measures?heading={q('加快扶贫项目建设')}").text
    assert header_columns(page)[:2] == ["label", "heading"]
    assert re.search(r'责任单位<br><span class="notices-column-name">units</span>', page)
    assert re.search(r'时限<br><span class="notices-column-name">deadlines</span>', page)
    row = page[page.index("<tbody>"):]
    row = row[row.index("加快扶贫项目建设"):]
    row = row[:row.index("</tr>")]
    assert "县扶贫局 · 泾县" in row and "县财政局 · 泾县" in row
    assert "2月底前 → 2020-02-29" in row
    assert JINGXIAN in row  # the document by its 文号
    assert "text" in raw_columns(page)


def test_measures_without_heading_show_their_text(corpus_db, tmp_path):
    copy = tmp_path / "headless.db"
    shutil.copy(corpus_db, copy)
    conn = sqlite3.connect(copy)
    with conn:
        measure_id, text = conn.execute("SELECT id, text FROM measures WHERE heading = '加快扶贫项目建设'").fetchone()
        conn.execute("UPDATE measures SET heading = NULL WHERE id = ?", [measure_id])
    conn.close()
    other = Client(make_datasette(copy))
    try:
        page = other.get(f"/headless/measures?id={q(measure_id)}").text
    finally:
        other.loop.close()
    # the row's text stands in for the heading, linking to the measure's page
    assert re.search(f'<a class="notices-page" href="/-/notices/measure/{measure_id}">' + re.escape(text[:20]), page)


def test_documents_without_title_show_their_text(corpus_db, tmp_path):
    copy = tmp_path / "untitled.db"
    shutil.copy(corpus_db, copy)
    conn = sqlite3.connect(copy)
    with conn:
        document_id, text = conn.execute("SELECT id, text FROM documents WHERE doc_number = ?", [JINGXIAN]).fetchone()
        conn.execute("UPDATE documents SET title = NULL WHERE id = ?", [document_id])
    conn.close()
    other = Client(make_datasette(copy))
    try:
        page = other.get(f"/untitled/documents?id={q(document_id)}").text
    finally:
        other.loop.close()
    assert re.search(f'<a class="notices-page notices-untitled" href="/-/notices/document/{document_id}">'
                     + re.escape("（无标题 untitled） " + html.escape(text[:10])), page)


def test_enumerations_are_shown_in_chinese_with_the_stored_value(client, corpus_db, db_name):
    assert "负责 responsible" in client.get(f"/{db_name}/assignments").text
    deadlines = client.get(f"/{db_name}/deadlines").text
    assert "周期 recurring" in deadlines and "时长 duration" in deadlines
    citations = client.get(f"/{db_name}/citations").text
    assert "转发 forwards" in citations and "根据 basis" in citations
    assert "县级 county" in client.get(f"/{db_name}/citing_documents?doc_number={q(NATIONAL)}").text
    # facets too, and the filter still uses the stored value
    facets = client.get(f"/{db_name}/deadlines").text
    assert re.search(r'href="[^"]*kind=recurring[^"]*">周期 recurring</a>', facets)


def test_document_and_measure_pages_gloss_their_enumerations(client, corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        national = conn.execute("SELECT id FROM documents WHERE doc_number = ?", [NATIONAL]).fetchone()[0]
        measure = conn.execute("SELECT id FROM measures WHERE heading = '加快扶贫项目建设'").fetchone()[0]
    document_page = client.get(f"/-/notices/document/{national}").text
    assert "国家级 national" in document_page
    assert re.search(r'relation-forwards">转发 forwards</span>', document_page)
    measure_page = client.get(f"/-/notices/measure/{measure}").text
    assert "<td>负责 responsible</td>" in measure_page and "<td>期限 deadline</td>" in measure_page


def test_chosen_columns_are_shown_as_chosen(client, db_name):
    page = client.get(f"/{db_name}/documents?_col=text&_col=title").text
    assert "notices-raw" not in page and header_columns(page) == ["id", "text", "title"]


def test_every_stored_enumeration_value_has_its_chinese_name(corpus_db):
    assert set(RELATIONS) <= set(GLOSSES["relation"])
    assert {LEAD, COOPERATE, RESPONSIBLE} == set(GLOSSES["role"])
    assert {"national", "provincial", "municipal", "county", "township", "unknown"} == set(GLOSSES["admin_level"])
    assert {"deadline", "recurring", "relative", "duration", "start"} == set(GLOSSES["deadline_kind"])
    with sqlite3.connect(corpus_db) as conn:
        for (table, column), vocabulary in GLOSSED_COLUMNS.items():
            if table is None:
                continue
            for (value,) in conn.execute(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" != \'\''):
                assert gloss(table, column, value), (table, column, value)
    assert gloss("documents", "admin_level", "provincial") == "省级 provincial"
    assert gloss("documents", "admin_level", "galactic") is None  # unknown values are shown as stored
    assert gloss("documents", "format", "txt") is None


def test_reader_columns_exist_in_the_tables(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        for table, wanted in READER_COLUMNS.items():
            stored = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            missing = set(wanted) - stored - {"units", "deadlines", "status"}
            assert not missing, (table, missing)


def test_units_carry_their_region(client, db_name):
    assignments = client.get(f"/{db_name}/assignments?unit_id={q('泾县/县卫健委')}").text
    assert '县卫健委 <span class="notices-region">· 泾县</span>' in assignments
    # in query results, beside the unit's name: in its region column, else after the name
    rows = client.rows(f"/{db_name}/measures_for_unit.json?unit={q('县卫健委')}")
    assert rows and {(row["unit"], row["region"]) for row in rows} == {("县卫健委", "泾县")}
    workload = client.get(f"/{db_name}/unit_workload").text
    assert re.search(r'<td class="col-unit[^"]*">县卫健委</td>\s*<td class="col-kind[^"]*">.{0,120}?部门 department.{0,20}?</td>\s*'
                     r'<td class="col-region[^"]*">泾县</td>', workload)
    # the facet of units on assignments names the region too
    assert re.search(r'市扶贫办 <span class="notices-region">· 福州市</span></a> \d+', client.get(f"/{db_name}/assignments").text)


def test_row_pages_show_every_column(client, corpus_db, db_name):
    with sqlite3.connect(corpus_db) as conn:
        document_id, text = conn.execute("SELECT id, text FROM documents WHERE doc_number = ?", [NATIONAL]).fetchone()
    page = client.get(f"/{db_name}/documents/{document_id}").text
    assert "notices-raw" not in page and "source_sha256" in page
    assert text in html.unescape(page)


def test_lists_of_names_read_as_lists(client, corpus_db, db_name):
    with sqlite3.connect(corpus_db) as conn:
        document_id, recipients = conn.execute("SELECT id, recipients FROM documents WHERE recipients LIKE '[\"%' "
                                               "LIMIT 1").fetchone()
    page = client.get(f"/{db_name}/documents?id={q(document_id)}").text
    assert html.escape("；".join(json.loads(recipients)), quote=False) in page
    assert listed('["县财政局", "县扶贫局"]') == "县财政局；县扶贫局" and listed("[]") == ""
    assert listed("not a list") is None and listed("[1, 2]") is None and listed("[broken") is None


def test_long_texts_are_cut_and_short_ones_are_not():
    assert preview("短文本") is None
    long_text = "各单位要<高度重视>" * 20
    cut = str(preview(long_text))
    assert cut.startswith('<details class="notices-cut"><summary>') and "&lt;高度重视&gt;" in cut
    assert "<高度重视>" not in cut
    assert html.unescape(re.sub(r"<summary>.*</summary>", "", cut).replace('<details class="notices-cut">', "")
                         .replace("</details>", "")) == long_text


# --- canned queries and the home page ---------------------------------------------------------------


def test_canned_queries_open_without_their_sql(client, db_name):
    page = client.get(f"/{db_name}/measures_for_unit?unit={q('县卫健委')}").text
    body = page[page.index("<body"):]  # (the browser tab's title holds the query's start)
    assert "WITH wanted AS" not in body and "_show_sql=1" in body
    shown = client.get(f"/{db_name}/measures_for_unit?unit={q('县卫健委')}&_show_sql=1").text
    assert "WITH wanted AS" in html.unescape(shown[shown.index("<body"):])


def test_every_canned_query_hides_its_sql():
    from pipeline.site.serve import METADATA
    import json

    queries = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["*"]["queries"]
    assert queries and all(query.get("hide_sql") for query in queries.values()), \
        [name for name, query in queries.items() if not query.get("hide_sql")]


def test_home_page_leads_with_the_tasks(client, db_name):
    page = client.get("/").text
    tasks = [page.index(f'id="task-{name}"') for name in ("office", "search", "compare", "browse")]
    assert max(tasks) < page.index("notices-all-tables")
    assert f'action="/{db_name}/measures_for_unit"' in page and 'value="泾县/县卫健委"' in page
    assert 'action="/-/notices/search"' in page and 'action="/-/notices/document"' in page
    # the aligned pairs, by their 文号
    assert f"{JINGXIAN} ⇢ {NATIONAL}" in page and f"{HEILONGJIANG} ⇢ {NATIONAL}" in page
    # issuers with their years, each year a filter of the documents table
    assert "国务院扶贫开发领导小组</a>" in page
    year_links = re.findall(r'<a class="notices-year" href="([^"]+)"', page)
    assert year_links
    for link in year_links:
        assert client.json(html.unescape(link).replace("/documents?", "/documents.json?") + "&_size=0")[
            "filtered_table_rows_count"] >= 1


# --- 文号 as addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize("written", [NATIONAL, "国开发〔2020〕03号", "国开发〔2020〕第3号", "国开发〔2020〕3",
                                     "国开发[2020]3号", "国开发(2020)3号", "国开发（2020）第03", "国开发【2020】003号",
                                     " 国开发 〔2020〕 3 号"])
def test_a_doc_number_is_an_address(client, written):
    page = client.get(f"/-/notices/document/{q(written)}").text
    assert f'<h1 class="notices-title">{NATIONAL_TITLE}</h1>' in page
    data = client.json(f"/-/notices/document/{q(written)}.json")
    assert data["document"]["doc_number"] == NATIONAL


def test_the_number_box_goes_to_the_address(client):
    response = client.get(f"/-/notices/document?number={q('国开发[2020]03')}", status=302)
    assert response.headers["location"] == f"/-/notices/document/{q('国开发[2020]03')}"


def test_an_unknown_number_is_not_found(client):
    page = client.get(f"/-/notices/document/{q('国开发〔2019〕99号')}", status=404).text
    assert "No document 国开发〔2019〕99号" in page


def test_a_number_several_documents_carry_lists_them(corpus_db, tmp_path):
    copy = tmp_path / "two.db"
    shutil.copy(corpus_db, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE documents SET doc_number = ? WHERE doc_number = ?", [NATIONAL, JINGXIAN])
    conn.close()  # the site reads the database immutable: the change must be in the file, not the WAL
    other = Client(make_datasette(copy))
    try:
        page = other.get(f"/-/notices/document/{q('国开发[2020]3号')}").text
        assert "2 份文件使用此文号" in page
        assert NATIONAL_TITLE in page and "关于切实做好新冠肺炎疫情防控期间脱贫攻坚工作的通知" in page
        assert len(other.json(f"/-/notices/document/{q(NATIONAL)}.json")["choices"]) == 2
    finally:
        other.loop.close()


@pytest.mark.parametrize("number", ["国开发〔2020〕03号", "国开发〔2020〕第3号", "国开发[2020]3"])
def test_canned_queries_read_any_way_of_writing_a_number(client, db_name, number):
    rows = client.rows(f"/{db_name}/citing_documents.json?doc_number={q(number)}")
    assert {(JINGXIAN, "basis"), (HEILONGJIANG, "forwards")} <= {(row["doc_number"], row["relation"]) for row in rows}
    aligned = client.rows(f"/{db_name}/local_vs_national.json?local={q(JINGXIAN.replace('〔', '(').replace('〕', ')'))}"
                          f"&national={q(number)}")
    assert aligned and all(row["local_document"] == JINGXIAN for row in aligned)


def variants(number: str) -> list[str]:
    """Ways people write a bracketed 文号: other brackets, a zero-padded serial, 第, no 号."""
    match = re.fullmatch(r"(.+?)〔(\d{4})〕(\d+)号", number)
    code, year, serial = match.groups()
    return [f"{code}[{year}]{serial}号", f"{code}（{year}）{serial}号", f"{code}〔{year}〕0{serial}号",
            f"{code}〔{year}〕第{serial}号", f"{code}〔{year}〕{serial}", f"{code}({year})第0{serial}"]


def test_real_numbers_are_found_however_written():
    """Every bracketed number of the real list (every 7th), written the ways people write it,
    gives the number as the database stores it."""
    with open(DOCNUMBERS_TSV, encoding="utf-8") as handle:
        numbers = [row["doc_number"] for row in csv.DictReader(handle, delimiter="\t")]
    stored = [normalise_doc_number(number) for number in numbers[::7]]
    checked = 0
    for number in stored:
        if not number or not re.fullmatch(r"[^〔〕]+〔\d{4}〕\d+号", number):
            continue
        for written in variants(number):
            assert as_doc_number(written) == number, (written, number)
        checked += 1
    assert checked > 3000


# --- search ----------------------------------------------------------------------------------------


def measure_texts(corpus_db) -> dict[str, str]:
    with sqlite3.connect(corpus_db) as conn:
        return {row_id: text for row_id, text in
                conn.execute("SELECT id, coalesce(heading, '') || ' ' || coalesce(text, '') FROM measures")}


@pytest.mark.parametrize("query, wanted", [
    ("小额信贷 OR 就业", lambda t: "小额信贷" in t or "就业" in t),
    ("扶贫 -疫情", lambda t: "扶贫" in t and "疫情" not in t),
    ("就业 | 信贷 NOT 疫情", lambda t: ("就业" in t or "信贷" in t) and "疫情" not in t),
    ("扶贫 就业 OR 小额信贷 -返岗", lambda t: (("扶贫" in t and "就业" in t) or "小额信贷" in t) and "返岗" not in t),
    ('"小额信贷"', lambda t: "小额信贷" in t),
])
def test_or_and_exclusion_find_exactly_those_rows(corpus_db, query, wanted):
    texts = measure_texts(corpus_db)
    expected = {row_id for row_id, text in texts.items() if wanted(text)}
    assert expected and expected != set(texts), query
    assert set(search(corpus_db, "measures", query, limit=10_000)) == expected


def test_queries_are_read_as_typed():
    parsed = parse_query("扶贫 信贷 OR 就业 -疫情")
    assert parsed.groups == [["扶贫", "信贷"], ["就业"]] and parsed.excluded == ["疫情"]
    assert parse_query('"小额信贷政策" NOT 疫情').groups == [["小额信贷政策"]]
    for nothing in ["-疫情", "OR", "NOT", "", '"', "*", "（"]:
        assert fts_query(nothing) == '""'  # matches nothing, fails never
    assert fts_query("扶贫 OR") == fts_query("扶贫") == '"扶贫"'


def test_snippet_marks_every_occurrence_it_shows(corpus_db):
    for text in measure_texts(corpus_db).values():
        spans = hit_spans(text, ["扶贫", "信贷"])
        pieces = snippet_pieces(text, spans, context=20)
        assert all(piece in ("扶贫", "信贷") for piece, hit in pieces if hit)
        shown = "".join(piece for piece, _ in pieces)
        for part in shown.split("…"):
            assert part in text  # nothing is shown that the text does not hold
        # every occurrence shown is marked (the words cannot overlap themselves)
        assert not any("扶贫" in piece or "信贷" in piece for piece, hit in pieces if not hit)
        assert any(hit for _, hit in pieces) == bool(spans)
    assert snippet_pieces("", []) == []


def test_search_page_ranks_and_marks(client, corpus_db):
    page = client.get(f"/-/notices/search?q={q('就业')}").text
    results = re.findall(r'<a class="notices-result" href="/-/notices/measure/([^"]+)">(.*?)</a>', page, re.S)
    texts = measure_texts(corpus_db)
    assert {measure_id for measure_id, _ in results} == {row_id for row_id, text in texts.items() if "就业" in text}
    # a hit in the heading counts more: those measures come first
    in_heading = ["<mark>就业</mark>" in title for _, title in results]
    assert any(in_heading) and in_heading == sorted(in_heading, reverse=True)
    assert set(re.findall(r"<mark>(.*?)</mark>", page)) == {"就业"}
    assert "措施 Measures (15)" in page


def test_search_page_reads_or_and_exclusion_back(client, corpus_db):
    page = client.get(f"/-/notices/search?q={q('小额信贷 OR 就业 -疫情')}").text
    assert "<strong>小额信贷</strong> or <strong>就业</strong>" in page and "without <strong>疫情</strong>" in page
    expected = {row_id for row_id, text in measure_texts(corpus_db).items()
                if ("小额信贷" in text or "就业" in text) and "疫情" not in text}
    assert f"措施 Measures ({len(expected)})" in page
    nothing = client.get(f"/-/notices/search?q={q('-疫情')}").text
    assert "Nothing to look for" in nothing
    for odd in ['"', "NEAR(", "<b>", "扶贫 OR", "*"]:
        assert "<b>" not in client.get(f"/-/notices/search?q={q(odd)}").text.split("</form>", 1)[1]


def test_table_search_offers_the_ranked_page(client, db_name):
    page = client.get(f"/{db_name}/measures?_search={q('小额信贷')}").text
    assert f'href="/-/notices/search?q={q("小额信贷")}"' in page


def test_notice_text_is_escaped_on_the_new_pages(xss_db):
    """A notice holding <script> and <img onerror> in its title and text: the home page, the
    tables, the search page and the 文号 address show that text and never as markup."""
    xss = Client(make_datasette(xss_db))
    try:
        pages = [xss.get("/").text, xss.get("/xss/documents").text, xss.get("/xss/measures").text,
                 xss.get(f"/-/notices/search?q={q('安全管理')}").text,
                 xss.get(f"/-/notices/search?q={q('<script>alert(1)</script> 测试')}").text,
                 xss.get(f"/-/notices/document/{q('泾政办(2021)9')}").text]
    finally:
        xss.loop.close()
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1]  # the title, as text
    assert "&lt;img src=x onerror=alert(2)&gt;" in pages[3]  # in a snippet
