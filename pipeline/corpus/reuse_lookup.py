"""The search for copied text (``pipeline.corpus.shingles.reuse_pairs``) done by looking up what
changed since the last search (kept by ``pipeline.corpus.reuse_state``) instead of sorting the
shingles of the whole corpus again: the shingles of the documents added and of the documents
removed (saved by a trigger as they were deleted) are looked up in every document's, and only the
documents whose pairs they can change are judged again.

A document's pairs depend on its shingles, on the documents that have each of them (their number,
for formulas, and those of a higher level) and on the documents it cites. A document added or
removed changes those of the documents that share a shingle with it when it is of a higher level
than them (it may claim the shingle, or it claimed it) or when it makes the shingle a formula or
stops it being one; a citation pair that came or went changes those of its citing document; and
the count that makes a shingle a formula (a tenth of the documents) moves with the corpus, which
turns the shingles just over or just under it (kept with their counts, :data:`NEAR_FORMULA`,
:data:`NEAR_BELOW_FORMULA`)."""

from __future__ import annotations

from typing import Callable, Optional

import numpy as np

from pipeline.corpus.reuse_state import LastSearch

#: Documents added or removed since the last search that are looked up rather than the whole corpus
#: searched again: at most this many, or a twentieth of the corpus if that is more.
LOOKED_UP_AT_MOST = 200

#: The count that makes a shingle a formula (a tenth of the documents) grows with the corpus, and a
#: shingle of that many documents, none of them added, stops being one: the search over the whole
#: corpus keeps the shingles of up to this many documents more than that count, and the documents
#: are looked up until the count has grown by as much (ten times as many documents added).
NEAR_FORMULA = 50
#: The same below the count, for a corpus that loses documents: a shingle a few documents short of
#: a formula becomes one when the count falls (one less for every ten documents removed). Kept
#: small: in a small corpus most shared shingles are a few documents short of the count.
NEAR_BELOW_FORMULA = 5


def formula_count(documents: int) -> int:
    """Shingles in more documents than this are formulas, not copying (a tenth of the documents)."""
    return max(3, documents // 10)


def lowest_near(searched_at: int) -> int:
    """Shingles in more documents than this (and at most ``searched_at + NEAR_FORMULA``) are kept
    with their counts: the counts below it are never a formula's (the count never falls under 3)."""
    return max(3, searched_at - NEAR_BELOW_FORMULA)


def looked_up(corpus, last: LastSearch, known: set, judge: Callable) -> Optional[list[tuple[str, str]]]:
    """The pairs of ``reuse_pairs`` from those of the last search (``last``), when the corpus changed
    little since: ``corpus`` is the shingle source of ``pipeline.corpus.shingles``, ``judge(corpus,
    owner, shingle, judged, common, known_codes)`` the pairs of the documents ``judged`` from the
    entries of all their shingles. None when the whole corpus must be searched (a document's level
    changed, a removed document's shingles were not saved, the formula count moved too far, no last
    search or one kept without every formula, or too much changed)."""
    then = last.documents()
    searched_at = then is not None and last.searched_at()
    if then is None or searched_at is None:
        return None
    # a state written before every formula was kept with it is replaced by a whole search, once:
    # looked up, it would have the entries of every formula read (most of the index's, at 30,000
    # notices) at each build
    if not last.holds_every_formula():
        return None
    now = corpus.documents()
    common, common_then = formula_count(corpus.count), formula_count(len(then))
    # (a document of another level: one of the (id, level) pairs not held then whose id was there;
    # the pairs compared as sets, in C)
    if (not last.near_from() <= min(common, common_then) <= max(common, common_then) <= searched_at + NEAR_FORMULA
            or any(doc in then for doc, _ in now.items() - then.items())):
        return None
    gone = [doc for doc in then if doc not in now]
    saved = last.gone(gone)
    added = np.array([n for n, doc in enumerate(now) if doc not in then], dtype=np.int64)
    if len(saved) < len(gone) or len(added) + len(gone) > max(LOOKED_UP_AT_MOST, corpus.count // 20):
        return None  # a removed document's shingles unknown, or much changed: the whole corpus is searched
    cited_then, found_then = last.found()
    number = corpus.number  # id -> number, the order of ``now``
    rejudged = {number[local] for local, _ in known ^ cited_then if local in number}
    if not len(added) and not rejudged and not gone:
        return sorted(found_then)
    near = last.near()
    low, high = sorted((common_then, common))
    gone_hashes = [np.frombuffer(saved[doc], dtype="<u8") for doc in gone]
    added_hashes = [corpus.hashes_of([n]) for n in added]
    # formulas then and now, whatever was added or removed, count for no pair and turn into nothing:
    # their entries (most of the corpus's, when documents share a template) are never read
    formulas, counted = _formulas(near, added_hashes, gone_hashes, common_then, common)
    # the shingles of the added and removed documents, and those that became or stopped being
    # formulas as the count moved
    looked_up_ = np.setdiff1d(np.union1d(np.union1d(_concatenated(added_hashes), _concatenated(gone_hashes)), np.array(
        [h for h, documents in near.items() if low < documents <= high], dtype=np.uint64)), formulas, assume_unique=True)
    owner, which = corpus.entries_with(looked_up_)
    gone_entries = np.concatenate([np.zeros(0, dtype=np.uint64), *gone_hashes]).astype(np.uint64)  # a document's each
    gone_levels = np.repeat(np.array([then[doc] for doc in gone], dtype=np.int64), [len(h) for h in gone_hashes])
    kept = np.isin(gone_entries, looked_up_)
    gone_which, gone_levels = np.searchsorted(looked_up_, gone_entries[kept]), gone_levels[kept]
    counted.update(zip(looked_up_.tolist(), np.bincount(which, minlength=len(looked_up_)).tolist()))
    judged = np.union1d(added, np.fromiter(rejudged, dtype=np.int64, count=len(rejudged)))
    judged = np.union1d(judged, _touched(corpus, owner, which, len(looked_up_), added, (gone_which, gone_levels),
                                         common_then, common))
    if len(judged) > max(LOOKED_UP_AT_MOST, corpus.count // 4):
        return None
    wanted = np.setdiff1d(corpus.hashes_of(judged), formulas, assume_unique=True)
    if len(np.setdiff1d(wanted, looked_up_, assume_unique=True)):
        owner, which = corpus.entries_with(wanted)
    else:  # the documents judged have no shingle but those looked up: the entries are at hand
        at = np.searchsorted(looked_up_, wanted)  # wanted is a subset of looked_up_
        position = np.full(len(looked_up_), -1, dtype=np.int64)
        position[at] = np.arange(len(wanted))
        owner, which = owner[position[which] >= 0], position[which][position[which] >= 0]
    in_documents = np.bincount(which, minlength=len(wanted))
    counted.update(zip(wanted.tolist(), in_documents.tolist()))
    # a formula counts for no pair: its entries (most of them, when documents share a template) go
    not_formula = in_documents[which] <= common
    judged_ids, gone_ids = set(corpus.named(judged)), set(gone)
    # (only the known pairs of the documents judged can be among the pairs judged: coding all of
    # them, 13,600 at 30,000 notices, cost more than the judging)
    known_judged = [pair for pair in known if pair[0] in judged_ids]
    found = sorted([pair for pair in found_then if pair[0] not in judged_ids and not gone_ids.intersection(pair)]
                   + judge(corpus, owner[not_formula], wanted[which[not_formula]], judged, common,
                           corpus.pair_codes(known_judged)))
    last.update({doc: now[doc] for doc in corpus.named(added)}, known, judged_ids, found, counted, gone)
    return found


def _concatenated(arrays: list) -> np.ndarray:
    """The distinct shingles of several documents, sorted."""
    return np.unique(np.concatenate([np.zeros(0, dtype=np.uint64), *arrays]).astype(np.uint64))


def _formulas(near: dict[int, int], added: list, gone: list, common_then: int, common: int) -> tuple:
    """(the shingles of ``near`` that were formulas at the last search and are now, sorted; shingle ->
    documents that have it now, for them), their counts brought up to date with the shingles of the
    documents ``added`` and ``gone`` (each document's distinct shingles)."""
    if not near:
        return np.zeros(0, dtype=np.uint64), {}
    shingles = np.fromiter(near.keys(), dtype=np.uint64, count=len(near))
    order = np.argsort(shingles)
    shingles, then = shingles[order], np.fromiter(near.values(), dtype=np.int64, count=len(near))[order]
    now = then.copy()
    for documents, sign in ((added, 1), (gone, -1)):
        values, counts = np.unique(np.concatenate([np.zeros(0, dtype=np.uint64), *documents]).astype(np.uint64),
                                   return_counts=True)
        at = np.minimum(np.searchsorted(values, shingles), max(len(values) - 1, 0))
        if len(values):
            now += sign * np.where(values[at] == shingles, counts[at], 0)
    formula = (then > common_then) & (now > common)
    return shingles[formula], dict(zip(shingles[formula].tolist(), now[formula].tolist()))


def _touched(corpus, owner, which, looked_up: int, added, gone: tuple, common_then: int, common: int):
    """The documents (other than ``added``) whose pairs the ``added`` and removed ones may change, from
    the entries (``owner``, ``which`` of the ``looked_up`` shingles) of every document for the shingles
    looked up and those of the removed documents (``gone``: positions of their shingles and their
    levels): those that have a shingle an added document of a higher level has (not a formula now),
    or a removed document of a higher level had (not a formula then), or a shingle that became or
    stopped being a formula (more or fewer documents have it, or the count that makes one moved)."""
    gone_which, gone_levels = gone
    is_added = np.zeros(corpus.count, dtype=bool)
    is_added[added] = True
    entry_added = is_added[owner]
    in_documents = np.bincount(which, minlength=looked_up)
    before = (in_documents - np.bincount(which[entry_added], minlength=looked_up)
              + np.bincount(gone_which, minlength=looked_up))
    highest_added = np.full(looked_up, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(highest_added, which[entry_added], corpus.levels[owner[entry_added]].astype(np.int64))
    highest_gone = np.full(looked_up, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(highest_gone, gone_which, gone_levels)
    turned = (before > common_then) != (in_documents > common)
    level = corpus.levels[owner].astype(np.int64)
    claimable = (((level > highest_added[which]) & (in_documents[which] <= common))
                 | ((level > highest_gone[which]) & (before[which] <= common_then)))
    return np.unique(owner[~entry_added & (claimable | turned[which])])
