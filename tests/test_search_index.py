"""The lean search index (pipeline.corpus.search, pipeline.corpus.search_check): pairs of characters
without positions find candidates, each checked against the row's own text, so that every way of
searching (the Python ``search``, Datasette's table search, the search page, the canned query)
returns exactly the rows holding the words, also when a row holds a word's pairs apart."""

from __future__ import annotations

import re
import shutil
import sqlite3

from test_site import Client, corpus_db, make_datasette, q  # noqa: F401  (fixtures)

from pipeline.corpus.search import build_search_index, fts_query, search

#: 小额 (小额担保), 额信 (余额信息), 信贷 (信贷管理): every pair of 小额信贷, the word nowhere.
PAIRS_APART = "提供小额担保，公开余额信息，加强信贷管理。"
#: A full-width number and letters: found by the word as typed in ASCII, either case.
FULL_WIDTH = "推进ＰＭ２.５治理。"


def _edited_copy(corpus_db, tmp_path) -> tuple[str, str, str]:
    """A copy of the sample database with one measure holding PAIRS_APART and another FULL_WIDTH
    (edited by hand, then indexed again): (path, the first measure's id, the second's)."""
    copy = tmp_path / "edited.db"
    shutil.copy(corpus_db, copy)
    with sqlite3.connect(copy) as conn:
        apart, wide = [row[0] for row in conn.execute(
            "SELECT id FROM measures WHERE text NOT LIKE '%小额信贷%' AND text NOT LIKE '%PM2.5%' "
            "AND coalesce(heading, '') NOT LIKE '%小额信贷%' ORDER BY id LIMIT 2")]
        conn.execute("UPDATE measures SET text = ? WHERE id = ?", [PAIRS_APART, apart])
        conn.execute("UPDATE measures SET text = ? WHERE id = ?", [FULL_WIDTH, wide])
    build_search_index(str(copy))
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # Datasette opens it immutable: no WAL read
    return str(copy), apart, wide


def _holding(db: str, word: str) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row_id for row_id, text in conn.execute(
            "SELECT id, coalesce(heading, '') || ' ' || coalesce(text, '') FROM measures") if word in text}


def test_a_row_holding_a_words_pairs_apart_is_a_candidate_and_never_a_result(corpus_db, tmp_path):
    db, apart, wide = _edited_copy(corpus_db, tmp_path)
    with sqlite3.connect(db) as conn:
        candidates = {row[0] for row in conn.execute(
            "SELECT m.id FROM measures_zh_fts f JOIN measures m ON m.rowid = f.rowid WHERE measures_zh_fts MATCH ?",
            [fts_query("小额信贷")])}
    expected = _holding(db, "小额信贷")
    assert apart in candidates and expected and expected < candidates  # the index alone finds too much
    assert set(search(db, "measures", "小额信贷", limit=10_000)) == expected
    # an exclusion of a long word is checked too: the row holding its pairs apart is kept
    assert apart in search(db, "measures", "担保 -小额信贷", limit=10_000)
    assert apart not in search(db, "measures", "担保 -小额", limit=10_000)
    # full-width letters and digits, and letter case, are folded on both sides
    for query in ("PM2.5", "pm2.5", "ＰＭ２.５"):
        assert search(db, "measures", query) == [wide], query


def test_the_site_and_datasette_return_exactly_the_rows_holding_the_words(corpus_db, tmp_path):
    db, apart, wide = _edited_copy(corpus_db, tmp_path)
    expected = _holding(db, "小额信贷")
    client = Client(make_datasette(db))
    name = re.sub(r"\.db$", "", db.rsplit("/", 1)[1])
    try:
        table = client.json(f"/{name}/measures.json?_search={q('小额信贷')}&_size=max&_shape=objects")
        assert {row["id"] for row in table["rows"]} == expected
        assert table["filtered_table_rows_count"] == len(expected)
        canned = client.json(f"/{name}/search_measures.json?q={q('小额信贷')}&_shape=objects")
        assert {row["measure_id"] for row in canned["rows"]} == expected
        page = client.get(f"/-/notices/search?q={q('小额信贷')}").text
        assert f"措施 Measures ({len(expected)})" in page and apart not in page
        wide_page = client.get(f"/-/notices/search?q={q('pm2.5')}").text
        assert "措施 Measures (1)" in wide_page and wide in wide_page
    finally:
        client.loop.close()


def test_a_state_table_naming_its_fts_tables_is_given_their_codes(corpus_db, tmp_path):
    """A database whose index state named each row's FTS table keeps its indexes: the rows move to
    the codes (search_index_tables names them), nothing is indexed again, every search still works."""
    from schema.search import FTS_CODES, NAMED_STATE_TABLE_SQL, STATE_TABLE

    copy = tmp_path / "named.db"
    shutil.copy(corpus_db, copy)
    with sqlite3.connect(copy) as conn:
        before = sorted(conn.execute(f"SELECT fts_code, indexed_rowid, digest FROM {STATE_TABLE}"))
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                                    f"'%{STATE_TABLE}%'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(f"ALTER TABLE {STATE_TABLE} RENAME TO coded")
        conn.execute(NAMED_STATE_TABLE_SQL)
        conn.execute(f"INSERT INTO {STATE_TABLE} SELECT t.fts, c.indexed_rowid, c.digest FROM coded c "
                     "JOIN search_index_tables t ON t.fts_code = c.fts_code")
        conn.execute("DROP TABLE coded")
        measure, words = conn.execute("SELECT id, substr(text, 3, 6) FROM measures WHERE length(text) > 40 "
                                      "ORDER BY id LIMIT 1").fetchone()
    assert len(before) > 100 and {code for code, *_ in before} == set(FTS_CODES.values())
    assert build_search_index(str(copy)) == {"documents": 0, "measures": 0}
    with sqlite3.connect(copy) as conn:
        assert sorted(conn.execute(f"SELECT fts_code, indexed_rowid, digest FROM {STATE_TABLE}")) == before
        assert dict(conn.execute("SELECT fts, fts_code FROM search_index_tables")) == FTS_CODES
    assert measure in search(str(copy), "measures", words)


def test_a_build_into_an_empty_database_merges_each_index_into_one_segment(tmp_path, monkeypatch):
    """The index is written in batches of documents (a segment each); the build merges them, and
    finds what it found before."""
    from pathlib import Path

    from pipeline.build import build
    from pipeline.ingest import search_index

    monkeypatch.setattr(search_index, "STORE_EVERY", 1)  # a segment per document
    samples = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
    db = tmp_path / "merged.db"
    assert build([str(p) for p in samples], str(db), workers=1).exit_code == 0
    with sqlite3.connect(db) as conn:
        for fts in ("documents_zh_fts", "measures_zh_fts"):
            assert conn.execute(f"SELECT count(DISTINCT segid) FROM {fts}_idx").fetchone() == (1,)
        measure, words = conn.execute("SELECT id, substr(text, 3, 6) FROM measures WHERE length(text) > 40 "
                                      "ORDER BY id LIMIT 1").fetchone()
    assert measure in search(str(db), "measures", words)
    # an incremental build adds segments without merging them all again (a notice of its own: a copy of a
    # stored one is held out of the index until the copies step sets it aside)
    more = tmp_path / "more.txt"
    real = sorted((Path(__file__).resolve().parent / "data" / "realworld").glob("u0*.txt"))[0]
    more.write_text(real.read_text(encoding="utf-8"), encoding="utf-8")
    assert build([str(p) for p in samples] + [str(more)], str(db), workers=1).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT segid) FROM measures_zh_fts_idx").fetchone()[0] > 1


def _index_contents(db) -> tuple[list, dict]:
    """The state rows and, per FTS table, each token with the number of rows holding it."""
    from schema.search import INDEXES, STATE_TABLE

    with sqlite3.connect(db) as conn:
        state = sorted(conn.execute(f"SELECT fts_code, indexed_rowid, digest FROM {STATE_TABLE}"))
        tokens = {}
        for fts, _ in INDEXES.values():
            conn.execute(f"CREATE VIRTUAL TABLE temp.vocab_{fts} USING fts5vocab(main, '{fts}', 'row')")
            tokens[fts] = sorted(conn.execute(f"SELECT term, doc FROM temp.vocab_{fts}"))
    return state, tokens


def _rows_added_by_hand(db, delete_one: bool) -> tuple[str, str]:
    """A document and a measure inserted with plain SQL (no index entries), copies of stored ones
    with a text of their own; ``delete_one``: a stored measure deleted too (as many rows as before)."""
    import sqlite_utils

    hand = sqlite_utils.Database(db)
    document = dict(next(hand.query("SELECT * FROM documents ORDER BY id LIMIT 1")))
    document.update(id="hand-document", text=document["text"] + "\n手工加入的鲟鱼保护条款。", text_digest=None)
    hand["documents"].insert(document)
    measure = dict(next(hand.query("SELECT * FROM measure_rows ORDER BY id LIMIT 1")))
    measure.update(id="hand-measure", heading=None, heading_byte_length=None, text_edited="保护中华鲟鱼类资源。")
    hand["measure_rows"].insert(measure)
    if delete_one:
        hand.execute("DELETE FROM measure_rows WHERE id = (SELECT max(id) FROM measure_rows WHERE id != 'hand-measure')")
    hand.conn.commit()
    hand.close()
    return "hand-document", "hand-measure"


def test_rows_stored_without_index_entries_are_indexed_as_a_whole_rebuild_indexes_them(corpus_db, tmp_path):
    """The index is known whole by counting its rows (no row read) only while no edit is recorded:
    rows inserted without their entries are found and indexed, a delete that leaves as many rows as
    state rows makes the index again; either way the index is the one made from scratch."""
    from pipeline.ingest.search_index import _reset
    from schema.search import INDEXES

    for delete_one in (False, True):
        copy = tmp_path / f"hand-{delete_one}.db"
        shutil.copy(corpus_db, copy)
        document, measure = _rows_added_by_hand(str(copy), delete_one)
        changed = build_search_index(str(copy))
        assert changed["documents"] >= 1 and changed["measures"] >= 1
        if not delete_one:
            assert changed == {"documents": 1, "measures": 1}
        assert document in search(str(copy), "documents", "鲟鱼")
        assert measure in search(str(copy), "measures", "中华鲟")
        assert build_search_index(str(copy)) == {"documents": 0, "measures": 0}

        whole = tmp_path / f"whole-{delete_one}.db"
        shutil.copy(copy, whole)
        with sqlite3.connect(whole) as conn:
            for fts, _ in INDEXES.values():
                _reset(conn, fts)
        build_search_index(str(whole))
        assert _index_contents(copy) == _index_contents(whole)


def test_a_build_into_an_empty_database_leaves_the_index_merging_again(corpus_db, tmp_path):
    """The build writes its index without FTS5's automatic merging (``pause_merging``) and merges it
    at its end: the database it leaves merges as any other, also one whose build was stopped before
    its search index step (the next one turns merging on again), and searches find the same rows."""
    from pipeline.ingest.search_index import AUTOMERGE, pause_merging

    def automerge(db: str) -> list:
        with sqlite3.connect(db) as conn:
            return [conn.execute(f"SELECT v FROM {fts}_config WHERE k = 'automerge'").fetchone()
                    for fts in ("documents_zh_fts", "measures_zh_fts")]

    assert automerge(corpus_db) == [(AUTOMERGE,), (AUTOMERGE,)]
    db = str(tmp_path / "stopped.db")
    shutil.copy(corpus_db, db)
    with sqlite3.connect(db) as conn:
        pause_merging(conn)
    assert automerge(db) == [(0,), (0,)]
    build_search_index(db)
    assert automerge(db) == [(AUTOMERGE,), (AUTOMERGE,)]
    assert set(search(db, "measures", "扶贫", limit=10000)) == _holding(db, "扶贫") != set()
