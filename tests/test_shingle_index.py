"""The shingle index (pipeline.corpus.shingle_index): the documents that have a shingle looked up in
it are those a read of every document's shingles finds, it follows document_shingles as documents
come and go, and the pairs of copied text found by looking the changes up in it are those of a
search over the whole corpus, on a generated corpus of a few hundred notices."""

import random
import sqlite3

import numpy as np
import pytest

import pipeline.corpus.shingles as shingles
from pipeline.corpus import shingle_index
from pipeline.corpus.shingles import _entries_among, reuse_pairs
from pipeline.document.fingerprint import document_shingles

ALPHABET = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
#: level -> (rank, notices): a mid-size corpus, most of it county notices
LEVELS = {"national": (5, 8), "provincial": (4, 40), "county": (2, 320)}


def _corpus(seed: int) -> tuple[dict[str, str], dict[str, int]]:
    """Notices that copy passages of notices of the level above, some with a boilerplate passage
    that a fifth of them share (its shingles are formulas, in more than a tenth of the documents)."""
    rng = random.Random(seed)
    boilerplate = _random_text(rng, 400)
    texts: dict[str, str] = {}
    ranked: dict[str, int] = {}
    above: list[str] = []
    for level, (rank, count) in LEVELS.items():
        made = []
        for n in range(count):
            parts = [_random_text(rng, rng.randint(50, 300))]
            if rng.random() < 0.2:
                parts.append(boilerplate)
            for source in rng.sample(above, min(len(above), rng.randint(0, 2))):
                start = rng.randrange(len(texts[source]) // 3)
                parts += [texts[source][start:start + rng.randint(200, 900)], _random_text(rng, 80)]
            doc = f"{level}-{n:03d}"
            texts[doc], ranked[doc] = "".join(parts), rank
            made.append(doc)
        above = made
    return texts, ranked


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(ALPHABET, k=length))


def _database(path, texts: dict[str, str], docs) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
    conn.execute("CREATE TABLE document_shingles (document_id TEXT PRIMARY KEY, hashes BLOB)")
    _add(conn, texts, docs)
    return conn


def _add(conn, texts, docs) -> None:
    conn.executemany("INSERT INTO documents VALUES (?, ?)", [(doc, texts[doc]) for doc in docs])
    conn.executemany("INSERT INTO document_shingles VALUES (?, ?)", [(doc, document_shingles(texts[doc])) for doc in docs])
    conn.commit()


def _remove(conn, docs) -> None:
    for doc in docs:
        conn.execute("DELETE FROM document_shingles WHERE document_id = ?", [doc])
        conn.execute("DELETE FROM documents WHERE id = ?", [doc])
    conn.commit()


def _indexed(conn) -> set[tuple[int, str]]:
    """(shingle, document) for every entry of the index."""
    ids = dict(conn.execute("SELECT key, id FROM shingle_index_documents"))
    return {(shingle, ids[key]) for shingle, documents in conn.execute("SELECT shingle, documents FROM shingle_index")
            for key in np.frombuffer(documents, dtype="<u4").tolist()}


def _stored(conn) -> set[tuple[int, str]]:
    """(shingle, document) for every stored shingle, unpacked from document_shingles."""
    return {(h, doc) for doc, blob in conn.execute("SELECT document_id, hashes FROM document_shingles")
            for h in np.frombuffer(blob, dtype="<u8").tolist()}


def _whole_search(conn, ranked, known) -> list[tuple[str, str]]:
    """The pairs a search over the whole corpus finds, on a copy of the database without the last
    search's state."""
    copy = sqlite3.connect(":memory:")
    conn.backup(copy)
    for table in ("reuse_documents", "reuse_found", "reuse_near_formulas", "reuse_gone"):
        copy.execute(f"DROP TABLE IF EXISTS {table}")
    return reuse_pairs(copy, ranked, known)


def test_the_index_finds_the_entries_a_read_of_every_documents_shingles_finds(tmp_path):
    texts, _ = _corpus(21)
    conn = _database(tmp_path / "c.db", texts, texts)
    shingle_index.synced(conn)
    assert _indexed(conn) == _stored(conn)
    conn.execute("CREATE TEMP TABLE numbers (n INTEGER PRIMARY KEY, id TEXT UNIQUE)")
    conn.executemany("INSERT INTO temp.numbers VALUES (?, ?)", enumerate(sorted(texts)))
    every = [(n, np.frombuffer(blob, dtype="<u8")) for n, blob in conn.execute(
        "SELECT r.n, s.hashes FROM document_shingles s JOIN temp.numbers r ON r.id = s.document_id")]
    rng = random.Random(21)
    for _ in range(8):
        # the shingles of a few documents (some of them the boilerplate's, in many documents) and
        # some that no document has
        wanted = np.unique(np.concatenate([*(hashes for _, hashes in rng.sample(every, 3)),
                                           np.array([8 * rng.randrange(1 << 40) for _ in range(20)], dtype=np.uint64)]))
        looked_up = shingle_index.entries_with(conn, wanted, "temp.numbers")
        read = _entries_among(every, wanted)
        assert len(looked_up[0]) > len(wanted) // 2
        assert sorted(zip(*(a.tolist() for a in looked_up))) == sorted(zip(*(a.tolist() for a in read)))


@pytest.mark.parametrize("keep_from", ["always", "midway", "never"])
def test_pairs_looked_up_in_the_index_are_those_of_a_whole_search(tmp_path, monkeypatch, keep_from):
    """Documents added one or a few at a time, and removed (their shingles saved by the trigger, or
    not: the row deleted while the trigger was off), at every level, with a few documents whose
    shingles were never stored (computed from their texts): after each build the pairs
    looked up are those a search over the whole corpus finds, the index (when the corpus is large
    enough to keep one: from the start, from a build midway, or never) holds every stored shingle
    and no other, and most builds were looked up, not searched whole."""
    texts, ranked = _corpus(22)
    rng = random.Random(22)
    order = list(texts)
    rng.shuffle(order)
    held, outside = order[:330], order[330:]
    conn = _database(tmp_path / "c.db", texts, held)
    # documents stored before their shingles were: computed from their texts, never in the index
    unstored = held[:5]
    conn.executemany("DELETE FROM document_shingles WHERE document_id = ?", [(doc,) for doc in unstored])
    conn.commit()
    stored_entries = conn.execute("SELECT sum(length(hashes)) / 8 FROM document_shingles").fetchone()[0]
    monkeypatch.setattr(shingle_index, "KEEP_FROM_ENTRIES",
                        {"always": 0, "midway": stored_entries * 21 // 20, "never": 1 << 62}[keep_from])
    kept = []
    everything = _whole_search(conn, ranked, set())
    assert len(everything) >= 40  # the generated copying is found
    cited = set(rng.sample(everything, len(everything) // 5))
    searched_whole = []
    whole = shingles._reuse_pairs
    monkeypatch.setattr(shingles, "_reuse_pairs", lambda corpus, *args: (
        corpus.conn is conn and searched_whole.append(1)) or whole(corpus, *args))  # (not the copies')
    reuse_pairs(conn, {doc: ranked[doc] for doc in held}, cited)
    searched_whole.clear()
    steps = 0
    while outside:
        coming = [outside.pop() for _ in range(min(len(outside), rng.choice([1, 1, 2, 4])))]
        _add(conn, texts, coming)
        held += coming
        if rng.random() < 0.4:
            gone = rng.sample([doc for doc in held if doc not in unstored], rng.choice([1, 2]))
            if rng.random() < 0.3:  # removed unseen by the trigger: the index is read whole for it
                conn.execute("DROP TRIGGER IF EXISTS shingle_index_gone")
                conn.execute("DROP TRIGGER reuse_shingles_gone")
            _remove(conn, gone)
            held = [doc for doc in held if doc not in gone]
        now = {doc: ranked[doc] for doc in held}
        known = {pair for pair in cited if pair[0] in now and pair[1] in now}
        assert reuse_pairs(conn, now, known) == _whole_search(conn, now, known)
        kept.append(bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'shingle_index'").fetchone()))
        if kept[-1]:
            assert _indexed(conn) == _stored(conn)
        steps += 1
    assert steps >= 10 and len(searched_whole) < steps / 2
    assert {"always": all(kept), "midway": not kept[0] and kept[-1], "never": not any(kept)}[keep_from]


def test_keys_taken_out_of_a_row_as_setdiff1d_would():
    """A row's keys without some (a document removed): what np.setdiff1d gives, for rows sorted with
    each key once (as the index writes them) and for a row that is not (sorted again)."""
    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 50, 3000):
        held = np.unique(rng.integers(0, 10_000, size)).astype(shingle_index.KEY)
        for taken in (0, 1, 5):
            keys = np.unique(np.r_[rng.choice(held, min(taken, len(held)), replace=False) if len(held) else [],
                                   rng.integers(0, 10_000, taken)]).astype(shingle_index.KEY)
            expected = np.setdiff1d(held, keys)
            assert shingle_index._without(held, keys).tobytes() == expected.tobytes()
    unsorted = np.array([5, 3, 9, 3], dtype=shingle_index.KEY)
    assert shingle_index._without(unsorted, np.array([9], dtype=shingle_index.KEY)).tolist() == [3, 5]
