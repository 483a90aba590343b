"""Which documents copy long passages from a document of a higher administrative level.

Local offices often implement a notice without citing its 文号 (落实国务院扶贫办具体工作要求); what
gives them away is the text they copy. Each document's shingles (hashed :data:`SHINGLE`-character
stretches of its normalised text, one in :data:`SHINGLE_SAMPLE` kept) are computed once, when its
file is processed (:func:`document_shingles`, by the build's workers; stored in the
``document_shingles`` table), and :func:`reuse_pairs` finds the pairs for the whole corpus at once
from those (``pipeline.compare.alignment_pairs`` calls it), so a build that adds one file does not
hash the text of every other document again.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Iterable

import numpy as np

from .text_reuse import normalised_codes

#: Shingle length (normalised characters); one shingle in :data:`SHINGLE_SAMPLE` is kept (those
#: whose hash has its top bits 0: the same shingles in every document, so shared text still shares
#: them, at an eighth of the sorting); the number of distinct kept shingles a document must share
#: with a higher-level one, beyond what it shares with its other sources, to be paired with it by
#: :func:`reuse_pairs` (80 shingles in all, about 100 copied characters, on average).
SHINGLE = 16
SHINGLE_SAMPLE = 8
MIN_SHARED_SHINGLES = 80 // SHINGLE_SAMPLE


def reuse_pairs(conn: sqlite3.Connection, ranked: dict[str, int],
                known: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """``(local, higher)`` document pairs where the local one copies long passages from a
    document of a higher administrative level. Candidates are taken highest level first, and
    each counts only the copied text that no candidate of a higher level (nor a document the
    local one cites) already accounts for: a county notice that copies the national notice is
    not paired with a provincial notice that copied the same paragraphs.

    How, without comparing every pair of documents: each document's distinct shingles (hashed
    :data:`SHINGLE`-character stretches of its normalised text) go into one array for the whole
    corpus, where sorting finds, for each shingle, the documents that have it (shingles in more than
    a tenth of the documents are formulas, not copying, and left out). A document can only be
    paired with a higher one if it shares at least :data:`MIN_SHARED_SHINGLES` of its shingles with
    higher documents in all, which a count per shingle and level tells for every document at once;
    the shingles shared with each higher document are collected only for the few that pass.

    ``ranked``: document id -> rank of its administrative level (higher is higher), for the
    documents that may be paired."""
    if len(ranked) < 2:
        return []
    names, arrays = _stored_shingles(conn, ranked)
    common = max(3, len(names) // 10)  # shingles in more documents than this are formulas
    if not arrays:
        return []
    # One entry per (shingle, document): the shingle's hash with the document's level in its
    # lowest bits, sorted: the documents that have a shingle are one run, highest level first.
    levels = np.array([7 - ranked[name] for name in names], dtype=np.uint64)
    owner = np.repeat(np.arange(len(names), dtype=np.int32), [len(a) for a in arrays])
    key = np.concatenate(arrays)
    del arrays
    key |= levels[owner]
    order = np.argsort(key)
    key, owner = key[order], owner[order]
    del order
    shingle = key >> np.uint64(3)
    group_start, group_size = _runs(shingle)
    run_start, _ = _runs(key)
    del key, _
    # the entries of a shingle before an entry: the documents of a higher level that have it
    higher = run_start - group_start
    del run_start
    higher[group_size > common] = 0  # a formula counts for no one
    del group_size
    shared_with_higher = np.bincount(owner, weights=higher, minlength=len(names))
    candidates = np.nonzero(shared_with_higher >= MIN_SHARED_SHINGLES)[0]
    if not len(candidates):
        return []
    by_owner = np.nonzero(np.isin(owner, candidates) & (higher > 0))[0]
    by_owner = by_owner[np.argsort(owner[by_owner], kind="stable")]
    owner_sorted = owner[by_owner]
    known_by_local: dict[str, set[str]] = defaultdict(set)
    for a, b in known:
        known_by_local[a].add(b)
    out = []
    for number in candidates.tolist():
        local = names[number]
        lo, hi = np.searchsorted(owner_sorted, [number, number + 1])
        hits: dict[str, set[int]] = defaultdict(set)
        for entry in by_owner[lo:hi].tolist():
            start, h = int(group_start[entry]), int(shingle[entry])
            for other in owner[start:start + int(higher[entry])].tolist():
                hits[names[other]].add(h)
        explained: set[int] = set()
        for other in known_by_local.get(local, ()):
            explained |= hits.get(other, set())
        for other in sorted(hits, key=lambda o: (-ranked[o], -len(hits[o]), o)):
            if other in known_by_local.get(local, ()):
                continue
            if len(hits[other] - explained) >= MIN_SHARED_SHINGLES:
                out.append((local, other))
            explained |= hits[other]
    return sorted(out)


def _runs(values):
    """For a sorted array, per element: where its run of equal values starts, and the run's length."""
    new = np.empty(len(values), dtype=bool)
    new[:1] = True
    np.not_equal(values[1:], values[:-1], out=new[1:])
    starts = np.flatnonzero(new).astype(np.int32)
    lengths = np.diff(np.append(starts, np.int32(len(values))))
    run = np.cumsum(new, dtype=np.int32)
    run -= 1
    return starts[run], lengths[run]


_SHINGLE_BASE = 0x9E3779B97F4A7C15  # odd: a polynomial hash modulo 2**64


def _shingle_hashes(text: str):
    """The distinct hashes of the :data:`SHINGLE`-character stretches of ``text``'s normalised
    characters (``text_reuse.normalised_text``) that are kept (one in :data:`SHINGLE_SAMPLE`;
    numpy, uint64, lowest 3 bits 0)."""
    codes = normalised_codes(text).astype(np.uint64)
    n = len(codes) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    base = np.uint64(_SHINGLE_BASE)
    hashes = codes[:n].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, SHINGLE):
            hashes *= base
            hashes += codes[offset:offset + n]
    kept = hashes[hashes < np.uint64(2**64 // SHINGLE_SAMPLE)]
    return np.unique(kept & ~np.uint64(7))  # the lowest bits carry the level in reuse_pairs




def document_shingles(text: str) -> bytes:
    """The kept shingles of a document's text, as stored in ``document_shingles.hashes``."""
    return _shingle_hashes(text or "").astype("<u8").tobytes()


def _stored_shingles(conn: sqlite3.Connection, ranked: dict[str, int]) -> tuple[list[str], list]:
    """(document ids, their shingle arrays), in the documents' order, for the ranked documents that
    have a text: as the build stored them, or computed here for documents stored before there was a
    ``document_shingles`` table."""
    stored: dict[str, np.ndarray] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_shingles'").fetchone():
        for doc_id, blob in conn.execute("SELECT document_id, hashes FROM document_shingles"):
            if doc_id in ranked and blob is not None:
                stored[doc_id] = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
    names, arrays = [], []
    for doc_id, has_text in conn.execute("SELECT id, coalesce(text, '') != '' FROM documents"):
        if doc_id not in ranked or not has_text:
            continue
        found = stored.get(doc_id)
        if found is None:
            (text,) = conn.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
            found = _shingle_hashes(text)
        names.append(doc_id)
        arrays.append(found)
    return names, arrays
