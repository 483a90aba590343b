"""pipeline.corpus.shingles.reuse_pairs against a plain definition of the pairs it finds, on a generated
corpus of notices that copy passages from notices of higher levels."""

import random
import sqlite3
from collections import Counter

import pytest

import pipeline.corpus.shingles as shingles
from pipeline.corpus.shingles import MIN_SHARED_SHINGLES, reuse_pairs
from pipeline.document.fingerprint import shingle_hashes as _shingle_hashes

LEVELS = {"national": (5, 6), "provincial": (4, 12), "county": (2, 60)}  # level -> (rank, notices)
ALPHABET = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def _generated_corpus(seed: int) -> tuple[dict[str, str], dict[str, int]]:
    """Notices of three levels, each of the lower ones made of passages of notices of the level just
    above (so a county notice that copies a provincial one also copies the national passages the
    provincial one copied, and two provincial notices often copied the same ones) and of its own
    text (random characters)."""
    rng = random.Random(seed)
    texts: dict[str, str] = {}
    ranked: dict[str, int] = {}
    above: list[str] = []
    for level, (rank, count) in LEVELS.items():
        made = []
        for n in range(count):
            parts = [_own_text(rng)]
            for source in rng.sample(above, min(len(above), rng.randint(1, 2))):
                start = rng.randrange(len(texts[source]) // 3)
                parts += [texts[source][start:start + rng.randint(300, 900)], _own_text(rng)]
            doc_id = f"{level}-{n}"
            texts[doc_id], ranked[doc_id] = "".join(parts), rank
            made.append(doc_id)
        above = made
    return texts, ranked


def _own_text(rng: random.Random) -> str:
    return "".join(rng.choices(ALPHABET, k=rng.randint(50, 300)))


def _pairs_by_definition(texts: dict[str, str], ranked: dict[str, int],
                         known: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs, from every document's set of shingles: a document is judged against the higher
    ones it shares shingles with (formulas, in more than a tenth of the documents, left out),
    those it cites first, then by level, shingles shared and id; each is paired when it shares
    enough shingles that none judged before it had."""
    own = {doc: set(_shingle_hashes(text).tolist()) for doc, text in texts.items()}
    in_documents = Counter(h for hashes in own.values() for h in hashes)
    common = max(3, len(texts) // 10)
    out = []
    for local, hashes in own.items():
        kept = {h for h in hashes if in_documents[h] <= common}
        found = {other: kept & own[other] for other in own if ranked[other] > ranked[local]}
        found = {other: shared for other, shared in found.items() if shared}
        if sum(len(shared) for shared in found.values()) < MIN_SHARED_SHINGLES:
            continue
        cited = [other for other in found if (local, other) in known]
        explained = set().union(*(found[other] for other in cited))
        for other in sorted(found, key=lambda o: (-ranked[o], -len(found[o]), o)):
            if other in cited:
                continue
            if len(found[other] - explained) >= MIN_SHARED_SHINGLES:
                out.append((local, other))
            explained |= found[other]
    return sorted(out)


def _changing_corpus(tmp_path, monkeypatch, seed: int):
    """A generated corpus in random order, an empty database for it, the list that records each
    search over the whole corpus, and ``add(docs)``, which stores documents with their shingles."""
    from pipeline.document.fingerprint import document_shingles

    texts, ranked = _generated_corpus(seed)
    rng = random.Random(seed)
    order = list(texts)
    rng.shuffle(order)
    conn = sqlite3.connect(tmp_path / "corpus.db")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.execute("CREATE TABLE document_shingles (document_id TEXT PRIMARY KEY, hashes BLOB)")
    searched_whole = []
    whole = shingles._reuse_pairs
    monkeypatch.setattr(shingles, "_reuse_pairs", lambda *args: searched_whole.append(1) or whole(*args))

    def add(docs):
        conn.executemany("INSERT INTO documents VALUES (?, ?)", [(doc, texts[doc]) for doc in docs])
        conn.executemany("INSERT INTO document_shingles VALUES (?, ?)",
                         [(doc, document_shingles(texts[doc])) for doc in docs])
        conn.commit()

    return texts, ranked, rng, order, conn, searched_whole, add


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reuse_pairs_are_the_pairs_of_the_definition(tmp_path, monkeypatch, seed):
    texts, ranked = _generated_corpus(seed)
    rng = random.Random(seed)
    conn = sqlite3.connect(tmp_path / "corpus.db")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO documents VALUES (?, ?)", texts.items())
    everything = _pairs_by_definition(texts, ranked, set())
    assert len(everything) >= 10  # the generated copying is found
    known = set(rng.sample(everything, len(everything) // 3))
    expected = _pairs_by_definition(texts, ranked, known)
    assert reuse_pairs(conn, ranked) == everything
    assert reuse_pairs(conn, ranked, known) == expected
    # in many ranges of hash values, and in small slices of shared shingles: the same pairs
    monkeypatch.setattr(shingles, "ENTRIES_PER_PASS", 500)
    assert reuse_pairs(conn, ranked, known) == expected
    # from a query instead of a mapping; nothing left behind on the connection
    conn.execute("CREATE TABLE levels (id TEXT, rank INTEGER)")
    conn.executemany("INSERT INTO levels VALUES (?, ?)", ranked.items())
    conn.commit()
    assert reuse_pairs(conn, shingles.RankedQuery("SELECT id, rank FROM levels"), known) == expected
    assert not conn.in_transaction
    assert conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []


def test_copied_text_counts_for_the_notice_cited_first_then_the_higher_then_the_closer(tmp_path):
    """Text that several higher notices have counts for one of them: a notice the copying one
    cites, else the one of the highest level, else the one it shares most with."""
    rng = random.Random(0)
    a, b, d, p1_own, p2_own, c_own = (_own_text(rng) + _own_text(rng) for _ in range(6))
    texts = {
        "national": a + b,
        "provincial-1": a + d + p1_own,
        "provincial-2": d + p2_own,  # copies d from provincial-1
        "county-1": a + p1_own + c_own,  # copies provincial-1, and so the national notice's a
        "county-2": d + p2_own + c_own,  # copies provincial-2, and so the d it shares with provincial-1
    }
    ranked = {"national": 5, "provincial-1": 4, "provincial-2": 4, "county-1": 2, "county-2": 2}
    for n in range(40):  # unrelated notices: text in five notices is not a formula
        texts[f"other-{n}"], ranked[f"other-{n}"] = _own_text(rng) * 2, 2
    conn = sqlite3.connect(tmp_path / "corpus.db")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO documents VALUES (?, ?)", texts.items())
    expected = [("county-1", "national"), ("county-1", "provincial-1"), ("county-2", "provincial-2"),
                ("provincial-1", "national")]
    assert reuse_pairs(conn, ranked) == expected == _pairs_by_definition(texts, ranked, set())
    # county-1 cites provincial-1: a is accounted for by the notice it cites
    cited = {("county-1", "provincial-1")}
    assert reuse_pairs(conn, ranked, cited) == [("county-2", "provincial-2"), ("provincial-1", "national")]


@pytest.mark.parametrize("seed", [4, 5])
def test_documents_added_are_looked_up_and_give_the_pairs_of_the_definition(tmp_path, monkeypatch, seed):
    """A build that adds a few documents looks their shingles up in the others' (the last search
    kept in reuse_documents and reuse_found) instead of searching the whole corpus again: after
    every addition, in any order and at any level, and with citation pairs that come and go, the
    pairs are those of the definition; a document removed makes the whole corpus searched again."""
    texts, ranked, rng, order, conn, searched_whole, add = _changing_corpus(tmp_path, monkeypatch, seed)

    start = 55
    add(order[:start])
    everything = _pairs_by_definition(texts, ranked, set())
    steps = 0
    while start < len(order):
        step = order[start:start + rng.choice([1, 1, 2, 3])]
        add(step)
        start += len(step)
        held = {doc: ranked[doc] for doc in order[:start]}
        known = {pair for pair in everything if pair[0] in held and pair[1] in held and rng.random() < 0.3}
        expected = _pairs_by_definition({doc: texts[doc] for doc in held}, held, known)
        assert reuse_pairs(conn, held, known) == expected
        steps += 1
    assert len(searched_whole) < steps / 2  # most additions were looked up
    # the last search is kept as it found it: asked again, nothing is searched
    searched_whole.clear()
    assert reuse_pairs(conn, ranked, known) == expected and not searched_whole
    # a document removed whose shingles were not saved (its row of document_shingles stays): the
    # whole corpus is searched again, with the same result as a new search
    gone = order[-1]
    conn.execute("DELETE FROM documents WHERE id = ?", [gone])
    conn.commit()
    held = {doc: rank for doc, rank in ranked.items() if doc != gone}
    known = {pair for pair in known if gone not in pair}
    assert reuse_pairs(conn, held, known) == _pairs_by_definition(
        {doc: texts[doc] for doc in held}, held, known) and searched_whole


@pytest.mark.parametrize("seed", [6, 7])
def test_documents_removed_and_added_are_looked_up_and_give_the_pairs_of_the_definition(tmp_path, monkeypatch, seed):
    """Documents removed (their shingles saved by a trigger as their row goes) are looked up as
    added ones are, in the same build or another, at any level, with the formula count falling
    as the corpus shrinks: after every change the pairs are those of the definition, and the whole
    corpus is searched only when the count moved past the shingles kept near it."""
    from pipeline.corpus.reuse_state import LastSearch
    texts, ranked, rng, order, conn, searched_whole, add = _changing_corpus(tmp_path, monkeypatch, seed)

    def remove(docs):
        for doc in docs:
            conn.execute("DELETE FROM document_shingles WHERE document_id = ?", [doc])
            conn.execute("DELETE FROM documents WHERE id = ?", [doc])
        conn.commit()

    held = order[:70]
    add(held)
    # the same citations throughout: a document is judged again because of what was removed
    cited = {pair for pair in _pairs_by_definition(texts, ranked, set()) if rng.random() < 0.2}
    reuse_pairs(conn, {doc: ranked[doc] for doc in held})
    searched_whole.clear()
    outside = order[70:]
    steps = 0
    for _ in range(24):
        gone = rng.sample(held, rng.choice([1, 1, 2, 3]))
        remove(gone)
        held = [doc for doc in held if doc not in gone]
        if outside and rng.random() < 0.4:  # sometimes a document comes in the same build
            add([outside[0]])
            held.append(outside.pop(0))
        now = {doc: ranked[doc] for doc in held}
        known = {pair for pair in cited if pair[0] in now and pair[1] in now}
        assert reuse_pairs(conn, now, known) == _pairs_by_definition({doc: texts[doc] for doc in held}, now, known)
        steps += 1
        # the state kept is the state of a search over the whole corpus
        assert not conn.execute("SELECT count(*) FROM reuse_gone").fetchone()[0]
        assert {doc for (doc,) in conn.execute("SELECT id FROM reuse_documents")} == set(held)
    assert len(searched_whole) < steps / 2  # most removals were looked up
    # the shingles kept near the count are those a search over the whole corpus keeps
    last = LastSearch(conn, shingles.NEAR_FORMULA, shingles.lowest_near)
    looked_up_near = last.near()
    conn.execute("DELETE FROM reuse_documents")
    monkeypatch.setattr(shingles, "looked_up", lambda *args: None)
    reuse_pairs(conn, {doc: ranked[doc] for doc in held}, known)
    low = last.near_from()
    assert {h: n for h, n in looked_up_near.items() if low < n} == last.near()


def test_a_removed_notice_hands_its_copied_text_to_the_next_higher_one(tmp_path, monkeypatch):
    """A county notice copies a passage the provincial notice copied from the national one: the
    national one claims it (the highest level first). Once the national notice is removed, the
    provincial one does, and the county notice is paired with it, looked up, not searched again."""
    from pipeline.document.fingerprint import document_shingles

    rng = random.Random(11)
    passage = "".join(rng.choices(ALPHABET, k=600))
    texts = {"national": _own_text(rng) + passage + _own_text(rng),
             "provincial": _own_text(rng) + passage + _own_text(rng),
             "county": _own_text(rng) + passage + _own_text(rng)}
    texts.update({f"other-{n}": _own_text(rng) for n in range(20)})  # the formula count stays put
    ranked = {"national": 5, "provincial": 4, "county": 2, **{f"other-{n}": 2 for n in range(20)}}
    conn = sqlite3.connect(tmp_path / "corpus.db")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.execute("CREATE TABLE document_shingles (document_id TEXT PRIMARY KEY, hashes BLOB)")
    conn.executemany("INSERT INTO documents VALUES (?, ?)", texts.items())
    conn.executemany("INSERT INTO document_shingles VALUES (?, ?)",
                     [(doc, document_shingles(text)) for doc, text in texts.items()])
    conn.commit()
    assert reuse_pairs(conn, ranked) == [("county", "national"), ("provincial", "national")]
    conn.execute("DELETE FROM document_shingles WHERE document_id = 'national'")
    conn.execute("DELETE FROM documents WHERE id = 'national'")
    conn.commit()
    del ranked["national"]
    searched = []
    whole = shingles._reuse_pairs
    monkeypatch.setattr(shingles, "_reuse_pairs", lambda *args: searched.append(1) or whole(*args))
    assert reuse_pairs(conn, ranked) == [("county", "provincial")]
    assert not searched


@pytest.mark.parametrize("kept", ["no shingles table", "shingles stored", "shingle index"])
def test_the_ranked_documents_with_a_text_are_numbered_in_the_order_of_their_ids(tmp_path, monkeypatch, kept):
    """Numbered: each ranked document of the database that has a text (told by its stored shingles,
    else by its text), whatever keeps the shingles; not a document without a text, nor an id the
    database does not hold."""
    from pipeline.corpus import shingle_index
    from pipeline.document.fingerprint import document_shingles

    texts, _ = _generated_corpus(4)
    with_text = sorted(texts)[:5]
    conn = sqlite3.connect(tmp_path / "numbered.db")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO documents VALUES (?, ?)",
                     [(doc, texts[doc]) for doc in with_text] + [("a-empty", ""), ("b-none", None)])
    if kept != "no shingles table":
        conn.execute("CREATE TABLE document_shingles (document_id TEXT PRIMARY KEY, hashes BLOB)")
        # the last document has no row (stored before there were shingles): its text tells
        conn.executemany("INSERT INTO document_shingles VALUES (?, ?)",
                         [(doc, document_shingles(texts[doc])) for doc in with_text[:-1]] + [("a-empty", b"")])
    monkeypatch.setattr(shingle_index, "KEEP_FROM_ENTRIES", 0 if kept == "shingle index" else 10**12)
    conn.commit()
    ranked = {doc: 3 for doc in [*with_text, "a-empty", "b-none", "not-stored"]}
    corpus = shingles._ShingleSource(conn, ranked)
    try:
        assert corpus.indexed == (kept == "shingle index")
        assert corpus.ids == sorted(with_text) and corpus.number == {doc: n for n, doc in enumerate(sorted(with_text))}
        assert corpus.count == len(with_text) and set(corpus.computed) == ({4} if kept != "no shingles table" else set(range(5)))
    finally:
        corpus.close()


@pytest.mark.parametrize("seed", range(40))
def test_the_first_claimer_of_each_shingle_is_that_of_the_six_key_sort(seed):
    """Per (candidate, shingle), the element first by (not cited, level, most shared, other document),
    ties to the element given first: packed into one integer, and by the sort on all six keys when
    they do not fit (a corpus numbered past 2**58 documents)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n, count = int(rng.integers(1, 400)), int(rng.integers(2, 40))
    local, other = rng.integers(0, count, n), rng.integers(0, count, n)
    shingle = rng.integers(0, 6, n).astype(np.uint64) << np.uint64(int(rng.integers(0, 58)))
    ranks = (rng.integers(0, 2, n).astype(bool), rng.integers(0, 5, n).astype(np.uint64), -rng.integers(1, 30, n), other)
    order = np.lexsort((other, ranks[2], ranks[1], ranks[0], shingle, local))
    new = np.r_[True, (local[order][1:] != local[order][:-1]) | (shingle[order][1:] != shingle[order][:-1])]
    expected = np.sort(order[new])
    assert np.array_equal(np.sort(shingles._first_of_each(local, shingle, ranks, count)), expected)
    assert np.array_equal(np.sort(shingles._first_of_each(local, shingle, ranks, 2**62)), expected)
