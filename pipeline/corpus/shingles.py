"""Which documents copy long passages from a document of a higher administrative level.

Local offices often implement a notice without citing its 文号 (落实国务院扶贫办具体工作要求); what
gives them away is the text they copy. Each document's shingles (hashed :data:`SHINGLE`-character
stretches of its normalised text, one in :data:`SHINGLE_SAMPLE` kept) are computed once, when its
file is processed (:func:`document_shingles`, by the build's workers; stored in the
``document_shingles`` table), and :func:`reuse_pairs` finds the pairs for the whole corpus at once
from those (``pipeline.corpus.align.pairs.alignment_pairs`` calls it), so a build that adds one file does not
hash the text of every other document again.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from itertools import compress
from typing import Iterable, Iterator, Mapping, Optional, Union

import numpy as np

from pipeline.corpus.reuse_lookup import NEAR_FORMULA, formula_count, looked_up, lowest_near
from pipeline.corpus.reuse_state import LastSearch
from pipeline.corpus import shingle_index
from pipeline.ingest.database import in_chunks
from pipeline.document.fingerprint import KEPT_HASHES, SHINGLE, SHINGLE_SAMPLE, shingle_hashes
from pipeline.timings import timed
from schema.shingles import SHINGLE_INDEX_DOCUMENTS

MIN_SHARED_SHINGLES = 80 // SHINGLE_SAMPLE


#: Shingle entries (document, shingle) sorted together in one pass of :func:`reuse_pairs`: the
#: corpus's shingles are taken in as many ranges of hash values as it takes to stay under this
#: (about 50 bytes of working memory each), and the candidates judged in groups of about as many
#: shared shingles, so memory does not grow with the corpus.
ENTRIES_PER_PASS = 500_000


class RankedQuery(str):
    """An SQL query that selects ``id`` and ``rank`` of rows of ``documents`` (its ids are not
    looked up there again), each document once: the ``ranked`` of :func:`reuse_pairs`."""


Ranked = Union[Mapping[str, int], Iterable[tuple[str, int]], RankedQuery]


def reuse_pairs(conn: sqlite3.Connection, ranked: Ranked,
                known: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """``(local, higher)`` document pairs where the local one copies long passages from a
    document of a higher administrative level. Candidates are taken highest level first, and
    each counts only the copied text that no candidate of a higher level (nor a document the
    local one cites) already accounts for: a county notice that copies the national notice is
    not paired with a provincial notice that copied the same paragraphs.

    How, without comparing every pair of documents: the documents' distinct shingles (hashed
    :data:`SHINGLE`-character stretches of their normalised text) go into one array per range of
    hash values, where sorting finds, for each shingle, the documents that have it (shingles in more
    than a tenth of the documents are formulas, not copying, and left out). A document can only be
    paired with a higher one if it shares at least :data:`MIN_SHARED_SHINGLES` of its shingles with
    higher documents in all, which a count per shingle and level tells for every document at once.
    A second round over the ranges writes out, for those that pass, each of their shingles with
    every higher document that has it, to a temporary file per group of candidates; each group
    is then judged on its own: the shingles each candidate shares with each higher document are
    counted, then the ones each higher document accounts for. (Memory holds one range or one
    group at a time, never the pairs of the whole corpus.)

    ``ranked``: document id -> rank of its administrative level (higher is higher), for the
    documents that may be paired: a mapping, ``(id, rank)`` pairs or a :class:`RankedQuery` that
    selects them (the documents are numbered in the order of their ids as one query gives them: the
    corpus's ids and levels are held, not its texts or shingles)."""
    with timed("align_corpus.pairs.copied_text.numbering"):  # (the shingle index brought up to date first)
        corpus = _ShingleSource(conn, ranked)
    known = set(known)
    try:
        last = LastSearch(conn, NEAR_FORMULA, lowest_near)
        with timed("align_corpus.pairs.copied_text.looked_up"):
            found = looked_up(corpus, last, known, _judged_pairs)
        if found is None:
            near: dict[int, int] = {}
            with timed("align_corpus.pairs.copied_text.whole_search"):
                found = _reuse_pairs(corpus, known, near) if corpus.count >= 2 else []
            last.replace(corpus.documents(), known, found, formula_count(corpus.count), near)
        corpus._end_transaction()
        return found
    finally:
        corpus.close()


def _judged_pairs(corpus: "_ShingleSource", owner, shingle, judged, common: int, known_codes) -> list[tuple[str, str]]:
    """The pairs of the documents ``judged``, from the entries (every document's) of all their shingles."""
    shared = _SharedShingles(corpus, None, common, entries=(owner, shingle))
    elements = np.bincount(shared.owner, weights=shared.higher, minlength=corpus.count).astype(np.int64)
    candidates = judged[elements[judged] >= MIN_SHARED_SHINGLES]
    if not len(candidates):
        return []
    parts = [(pairs, shared.shingle[entries]) for entries, pairs in shared.shared_pairs(candidates)]
    pairs, shingles_ = (np.concatenate(column) for column in zip(*parts))
    return corpus.named_pairs(_claiming_pairs(pairs, shingles_, corpus, known_codes))


def _reuse_pairs(corpus: "_ShingleSource", known: Iterable[tuple[str, str]],
                 near: Optional[dict] = None) -> list[tuple[str, str]]:
    """The pairs of :func:`reuse_pairs`, from the whole corpus; ``near`` gets the shingles near the
    formula count (shingle -> documents that have it: ``reuse_lookup.NEAR_FORMULA`` over it,
    ``NEAR_BELOW_FORMULA`` under it)."""
    common = formula_count(corpus.count)  # shingles in more documents than this are formulas
    # First round: for every document, its elements: (shingle, higher document that has it) pairs;
    # the candidates are those with enough. The elements found are kept while they fit in one group.
    elements = np.zeros(corpus.count, dtype=np.int64)
    first_round: Optional[list] = []
    for k in range(len(corpus.ranges)):
        shared = _SharedShingles(corpus, k, common)
        if near is not None:
            near.update(shared.near)
        elements += np.bincount(shared.owner, weights=shared.higher, minlength=corpus.count).astype(np.int64)
        if first_round is not None and elements.sum() <= ENTRIES_PER_PASS:
            first_round += [(pairs, shared.shingle[entries]) for entries, pairs in shared.shared_pairs()]
        else:
            first_round = None
    candidates = np.nonzero(elements >= MIN_SHARED_SHINGLES)[0]
    if not len(candidates):
        return []
    if first_round is not None:
        pairs, shingle = (np.concatenate(column) for column in zip(*first_round))
        of_candidates = np.isin(corpus.pair_of(pairs)[0], candidates)
        groups = iter([(pairs[of_candidates], shingle[of_candidates])])
    else:
        groups = _candidate_groups(corpus, common, candidates, elements)
    known_codes = corpus.pair_codes(known)
    found = np.concatenate([_claiming_pairs(pairs, shingle, corpus, known_codes) for pairs, shingle in groups])
    return sorted(corpus.named_pairs(found))


def _candidate_groups(corpus: "_ShingleSource", common: int, candidates, elements) -> Iterator[tuple]:
    """The candidates' elements (pair codes, shingles) in groups of consecutive candidates with about
    :data:`ENTRIES_PER_PASS` elements in all: a second round over the ranges writes each element to
    the file of its candidate's group, then the groups are read one at a time."""
    group_of = np.full(corpus.count, -1, dtype=np.int64)
    group_of[candidates] = (np.cumsum(elements[candidates]) - elements[candidates]) // ENTRIES_PER_PASS
    for k in range(len(corpus.ranges)):
        shared = _SharedShingles(corpus, k, common)
        for entries, pairs in shared.shared_pairs(candidates):
            corpus.append_elements(group_of[corpus.pair_of(pairs)[0]], pairs, shared.shingle[entries])
    for group in range(int(group_of.max()) + 1):
        yield corpus.elements(group)


def _claiming_pairs(pairs, shingle, corpus: "_ShingleSource", known_codes):
    """The pairs made from ``pairs`` (a pair code per element: a candidate's shingle, ``shingle``,
    that the pair's higher document has): each shingle a candidate shares is claimed by the first
    of the documents that have it, in the order the pairs are judged in (documents it cites first,
    then by level, by shingles shared, by id); a pair is made when its higher document claims at
    least :data:`MIN_SHARED_SHINGLES` shingles. Shingles claimed by a document the candidate cites
    count for no pair."""
    codes, shared = np.unique(pairs, return_counts=True)
    shared = shared[np.searchsorted(codes, pairs)]  # per element: the shingles its pair shares
    local, other = corpus.pair_of(pairs)
    not_cited = ~np.isin(pairs, known_codes)
    # (documents are numbered in the order of their ids: ``other`` orders them by id)
    first = _first_of_each(local, shingle, (not_cited, corpus.levels[other], -shared, other), corpus.count)
    codes, claimed = np.unique(pairs[first[not_cited[first]]], return_counts=True)
    return codes[claimed >= MIN_SHARED_SHINGLES]


def _first_of_each(local, shingle, ranks: tuple, count: int):
    """Per (``local``, ``shingle``) group of elements, the element that comes first by ``ranks``
    (not cited, level, fewest shared last, other document: arrays of non-negative integers but the
    third, non-positive, the last below ``count``); ties go to the element given first. The ranks are
    packed into one integer and each group's least found by one pass over the elements sorted by
    group (0.01 CPU-s for 300,000 elements, where sorting them by all six keys took 0.06); when
    they do not fit in 63 bits, by that sort."""
    not_cited, level, fewer, other = (np.asarray(rank).astype(np.int64) for rank in ranks)
    fewer = fewer - (fewer.min() if len(fewer) else 0)  # most shared first, as 0, 1, …
    widths = [1, _bits(level), _bits(fewer), _bits(np.array([max(count - 1, 0)]))]
    if sum(widths) > 63:
        order = np.lexsort((other, fewer, level, not_cited, shingle, local))
        local, shingle = local[order], shingle[order]
        return order[np.r_[True, (local[1:] != local[:-1]) | (shingle[1:] != shingle[:-1])]]
    packed = np.zeros(len(local), dtype=np.int64)
    for rank, width in zip((not_cited, level, fewer, other), widths):
        packed = (packed << width) | rank
    order = np.lexsort((shingle, local))  # by group, each group's elements in the order given
    local, shingle, packed = local[order], shingle[order], packed[order]
    starts = np.flatnonzero(np.r_[True, (local[1:] != local[:-1]) | (shingle[1:] != shingle[:-1])])
    if not len(starts):
        return order[:0]
    least = np.minimum.reduceat(packed, starts)
    at_least = np.flatnonzero(packed == np.repeat(least, np.diff(np.r_[starts, len(packed)])))
    group = np.searchsorted(starts, at_least, side="right")
    return order[at_least[np.r_[True, group[1:] != group[:-1]]]]  # (the first of equal ranks)


def _bits(values) -> int:
    """The bits the largest of ``values`` (non-negative integers) takes, at least one."""
    return max(int(values.max()) if len(values) else 0, 1).bit_length()


class _ShingleSource:
    """The ranked documents that have a text and their shingles, range by range of hash values: as
    the build stored them, or computed (once) for documents stored before there was a
    ``document_shingles`` table. The documents are numbered from 0 in the order of their ids
    (:attr:`ids`, :attr:`number`); here only numpy arrays, indexed by those numbers.

    The shingles are read from the database once and written out, range by range, to temporary
    files (:meth:`entries` reads one range's file): reading every document's shingles again for
    each range made finding the pairs grow with the square of the corpus."""

    def __init__(self, conn: sqlite3.Connection, ranked: Ranked):
        self.conn = conn
        # the index's writes open a transaction: ended here unless the caller had one open
        self._ends_transactions = not conn.in_transaction
        self.stored = bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_shingles'").fetchone())
        # the index is kept only for a corpus large enough to pay for its room
        self.indexed = self.stored and shingle_index.worth_keeping(conn)
        with timed("align_corpus.pairs.copied_text.index_synced"):
            if self.indexed:
                shingle_index.synced(conn)
            elif self.stored:
                shingle_index.dropped(conn)
        self._end_transaction()
        # id -> level in the order of the numbers, read once: the levels' array, the numbers of the ids
        # and the look-up of what changed since the last search (:meth:`documents`) are made from it
        # (built a column at a time: a loop over the rows cost about 0.02 CPU-s more at 30,000 notices)
        ids, levels, unstored = self._numbered(ranked)
        self._levels_of: dict[str, int] = dict(zip(ids, levels))
        self.ids = list(self._levels_of)
        self.number = dict(zip(self.ids, range(len(self.ids))))
        self.count = len(self.ids)
        self.levels = np.fromiter(self._levels_of.values(), dtype=np.uint64, count=self.count)
        self.computed: dict[int, np.ndarray] = {}
        for part, marks in in_chunks(unstored):
            for doc, text in self.conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", part):
                self.computed[self.number[doc]] = shingle_hashes(text)
        self._ranged: Optional[tuple[list[tuple[int, int]], int]] = None  # (ranges, step), on first use
        self._folder = None  # the temporary files of the ranges, written on first use
        self._key_numbers: Optional[np.ndarray] = None  # the shingle index's keys -> numbers, on first use

    def _numbered(self, ranked: Ranked) -> tuple[list[str], list[int], list[str]]:
        """The ids and levels of the ranked documents of the database with a text, in the order of the
        ids (their numbers), and the ids of those whose shingles are not stored; ``level`` is the rank
        turned around (0 is the highest), so that it sorts first. One query, numbered here: a temporary
        table of the numbers and its two indexes cost twice as much, and the joins with it more (30,000
        rows each at 30,000 notices)."""
        if isinstance(ranked, RankedQuery):  # (run on its own, first: flattened into this one, the
            # query read each document's row for its level, a random page read per document, where
            # alone it reads an index; its ids are those of rows of documents, not looked up again)
            numbered = self.conn.execute(f"WITH ranked AS MATERIALIZED ({ranked}) "
                                         "SELECT id, 7 - rank FROM ranked ORDER BY id").fetchall()
        else:  # (a mapping or pairs: an id given twice takes its last rank)
            self.conn.execute(f"DROP TABLE IF EXISTS {_RANKED}")
            self.conn.execute(f"CREATE TABLE {_RANKED} (id TEXT PRIMARY KEY, rank INTEGER)")
            self.conn.executemany(f"INSERT OR REPLACE INTO {_RANKED} VALUES (?, ?)",
                                  ranked.items() if isinstance(ranked, Mapping) else ranked)
            numbered = self.conn.execute(f"SELECT id, 7 - rank FROM {_RANKED} "
                                         "WHERE id IN (SELECT id FROM documents) ORDER BY id").fetchall()
            self.conn.execute(f"DROP TABLE {_RANKED}")
            self._end_transaction()
        ids, levels = (list(column) for column in zip(*numbered)) if numbered else ([], [])
        stored = self._stored_counts()
        counts = [stored.get(doc) for doc in ids]
        # a document with stored shingles has a text: only the others' rows are read (reading every
        # ranked document's row cost a random page read each, 30,000 at 30,000 notices)
        uncounted = [doc for doc, count in zip(ids, counts) if not count]  # (count None or 0)
        if uncounted:
            texted = self._with_text(uncounted)
            kept = [bool(count) or doc in texted for doc, count in zip(ids, counts)]
            ids, levels, counts = (list(compress(column, kept)) for column in (ids, levels, counts))
        return ids, levels, [doc for doc, count in zip(ids, counts) if count is None]

    def _stored_counts(self) -> dict[str, Optional[int]]:
        """Document id -> how many shingles it has stored (the shingle index's count of them, or the
        bytes of its stored shingles; None when its row holds none); a document without a row has its
        shingles computed from its text. One count tells both whether they are stored and whether
        the document has a text. Read in one pass over the table: a look-up per ranked document (two
        searches of an index each), with the check that it is a row of documents, made the numbering's
        SQL cost about 0.03 CPU-s more at 30,000 notices (0.10 against 0.07)."""
        if self.indexed:
            return dict(self.conn.execute(f"SELECT id, shingles FROM {SHINGLE_INDEX_DOCUMENTS}"))
        if self.stored:  # (length() of a blob reads its row's header, not the blob's pages)
            return dict(self.conn.execute("SELECT document_id, length(hashes) FROM document_shingles"))
        return {}

    def _with_text(self, ids: list[str]) -> set[str]:
        """Those of the documents ``ids`` that have a text."""
        found: set[str] = set()
        for part, marks in in_chunks(ids):
            found.update(doc for (doc,) in self.conn.execute(
                f"SELECT id FROM documents WHERE id IN ({marks}) AND coalesce(text, '') != ''", part))
        return found

    def pair_codes(self, pairs: Iterable[tuple[str, str]]):
        """The sorted codes of the pairs of document ids (those of numbered documents)."""
        number = self.number
        return np.unique(np.fromiter((self.pair_code(number[a], number[b]) for a, b in pairs
                                      if a in number and b in number), dtype=np.int64))

    def _end_transaction(self) -> None:
        if self._ends_transactions and self.conn.in_transaction:
            self.conn.commit()

    def named_pairs(self, codes) -> list[tuple[str, str]]:
        """The pairs of document ids of ``codes``."""
        local, other = self.pair_of(np.asarray(codes, dtype=np.int64))
        ids = self.ids
        return [(ids[a], ids[b]) for a, b in zip(local.tolist(), other.tolist())]

    def close(self) -> None:
        """Remove the temporary files."""
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def pair_code(self, local, other):
        """The code of the pair of documents (numbers, or numpy arrays of them)."""
        return local * self.count + other

    def pair_of(self, code):
        """The two document numbers of a pair code (or of each of an array of codes)."""
        return divmod(code, self.count)

    @property
    def ranges(self) -> list[tuple[int, int]]:
        if self._ranged is None:
            self._ranged = self._ranges()
        return self._ranged[0]

    @property
    def step(self) -> int:
        return self.ranges and self._ranged[1]

    def _ranges(self) -> tuple[list[tuple[int, int]], int]:
        """Ranges of hash values, each with about :data:`ENTRIES_PER_PASS` entries at the most, and
        their width."""
        entries = sum(len(a) for a in self.computed.values())
        if self.stored:
            entries += (self.conn.execute("SELECT coalesce(sum(length(hashes)), 0) FROM document_shingles")
                        .fetchone()[0] // 8)
        passes = max(1, -(-entries // ENTRIES_PER_PASS))
        step = -(-KEPT_HASHES // passes)
        return [(k * step, min(KEPT_HASHES, (k + 1) * step)) for k in range(passes)], step

    def entries(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, shingles): an entry per shingle of a document in the ``k``-th range."""
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="notices-shingles-")
            self._write_ranges()
        found = _read(self._scratch_file(f"{k}.entries"), _ENTRY)
        return found["document"], found["shingle"].astype(np.uint64)

    def append_elements(self, groups, pairs, shingles) -> None:
        """Append each element (a pair code and a shingle) to the file of its group."""
        elements = np.empty(len(pairs), dtype=_ELEMENT)
        elements["pair"], elements["shingle"] = pairs, shingles
        order = np.argsort(groups, kind="stable")
        groups, elements = groups[order], elements[order]
        starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]]) if len(groups) else []
        for start, stop in zip(starts, [*starts[1:], len(groups)]):
            _append(self._scratch_file(f"{groups[start]}.elements"), elements[start:stop])

    def elements(self, group: int) -> tuple[np.ndarray, np.ndarray]:
        """(pair codes, shingles) of the elements appended to ``group``."""
        found = _read(self._scratch_file(f"{group}.elements"), _ELEMENT)
        return found["pair"], found["shingle"]

    def _scratch_file(self, name: str) -> str:
        return os.path.join(self._folder.name, name)

    def _write_ranges(self) -> None:
        """Every document's shingles, read once, appended to the file of their range, a batch of
        about :data:`ENTRIES_PER_PASS` entries at a time."""
        batch: list[tuple[int, np.ndarray]] = []
        size = 0
        for number, hashes in self._documents():
            batch.append((number, hashes))
            size += len(hashes)
            if size >= ENTRIES_PER_PASS:
                self._append_to_ranges(batch)
                batch, size = [], 0
        self._append_to_ranges(batch)

    def documents(self) -> dict[str, int]:
        """id -> level of the numbered documents, in the order of their numbers."""
        return dict(self._levels_of)

    def named(self, numbers) -> list[str]:
        """The ids of the documents numbered ``numbers``, each once, in the order of their numbers."""
        return [self.ids[n] for n in sorted({int(n) for n in numbers})]

    def hashes_of(self, numbers) -> np.ndarray:
        """The distinct shingles of the documents numbered ``numbers``, sorted."""
        numbers = [int(n) for n in numbers]
        found = [self.computed[n] for n in numbers if n in self.computed]
        if self.stored:
            for part, marks in in_chunks([self.ids[n] for n in numbers if n not in self.computed]):
                found += [np.frombuffer(blob, dtype="<u8") for (blob,) in self.conn.execute(
                    f"SELECT hashes FROM document_shingles WHERE hashes IS NOT NULL AND document_id IN ({marks})", part)]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)

    def entries_with(self, wanted) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, positions in ``wanted``): an entry per shingle of ``wanted`` (sorted)
        a document has: looked up in the shingle index for the stored documents when it is kept
        (only the entries of those shingles are read), else found among every document's shingles
        read once; found among the shingles computed for the documents without stored ones."""
        if not self.indexed:
            return _entries_among(self._documents(), wanted)
        owners, positions = _entries_among(self.computed.items(), wanted)
        if len(wanted):
            if self._key_numbers is None:
                self._key_numbers = shingle_index.numbers_by_key(self.conn, self.number)
            indexed = shingle_index.entries_with(self.conn, wanted, number_of=self._key_numbers)
            owners, positions = np.concatenate([owners, indexed[0]]), np.concatenate([positions, indexed[1]])
        return owners, positions

    def _documents(self) -> Iterator[tuple[int, np.ndarray]]:
        yield from self.computed.items()
        if self.stored:
            number = self.number
            for doc, blob in self.conn.execute("SELECT document_id, hashes FROM document_shingles "
                                               "WHERE hashes IS NOT NULL"):
                n = number.get(doc)
                if n is not None and n not in self.computed:
                    yield n, np.frombuffer(blob, dtype="<u8")

    def _append_to_ranges(self, batch: list[tuple[int, np.ndarray]]) -> None:
        if not batch:
            return
        entries = np.empty(sum(len(hashes) for _, hashes in batch), dtype=_ENTRY)
        entries["document"] = np.repeat([number for number, _ in batch], [len(hashes) for _, hashes in batch])
        entries["shingle"] = np.concatenate([hashes for _, hashes in batch])
        in_range = entries["shingle"] // np.uint64(self.step)
        order = np.argsort(in_range, kind="stable")
        entries, in_range = entries[order], in_range[order]
        cuts = np.searchsorted(in_range, np.arange(len(self.ranges) + 1))
        for k in range(len(self.ranges)):
            if cuts[k] < cuts[k + 1]:
                _append(self._scratch_file(f"{k}.entries"), entries[cuts[k]:cuts[k + 1]])


def _entries_among(documents, wanted) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, positions in ``wanted``, sorted): an entry per shingle of ``wanted`` that
    one of ``documents`` ((number, shingles) pairs) has, from their shingles read once (nothing is sorted)."""
    owners, shingles_ = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    batch: list[tuple[int, np.ndarray]] = []
    size = 0
    # a bit per stretch of hash values that holds a wanted shingle: most entries are told apart
    # by one look in it, and only the few in such a stretch are searched for
    marked = np.zeros(1 << _FILTER_BITS, dtype=bool)
    marked[wanted >> np.uint64(_FILTER_SHIFT)] = True

    def take() -> None:
        if not batch or not len(wanted):
            return
        hashes = np.concatenate([h for _, h in batch])
        maybe = np.flatnonzero(marked[hashes >> np.uint64(_FILTER_SHIFT)])
        at = np.minimum(np.searchsorted(wanted, hashes[maybe]), len(wanted) - 1)
        hit = wanted[at] == hashes[maybe]
        # the document of each entry found: where it falls among the documents' ends
        ends = np.cumsum([len(h) for _, h in batch])
        numbers = np.array([n for n, _ in batch], dtype=np.int64)
        owners.append(numbers[np.searchsorted(ends, maybe[hit], side="right")])
        shingles_.append(at[hit])

    for number, hashes in documents:
        batch.append((number, hashes))
        size += len(hashes)
        if size >= ENTRIES_PER_PASS:
            take()
            batch, size = [], 0
    take()
    return np.concatenate(owners).astype(np.int64), np.concatenate(shingles_).astype(np.int64)


#: The filter of :func:`_entries_among`: a bit per 2**_FILTER_SHIFT hash values (kept
#: shingles hash below KEPT_HASHES, 2**61), a table of a million bits (a megabyte: in the cache).
_FILTER_BITS = 20
_FILTER_SHIFT = (KEPT_HASHES - 1).bit_length() - _FILTER_BITS

#: A temporary table of the ranked documents, when they are given as a mapping or pairs.
_RANKED = "temp.reuse_ranked"

#: An entry of a range file: a shingle and the number of the document that has it.
_ENTRY = np.dtype([("shingle", "<u8"), ("document", "<i4")])
#: An element of a group file: the code of a (candidate, higher document) pair and a shingle of the
#: candidate's that the higher document has.
_ELEMENT = np.dtype([("pair", "<i8"), ("shingle", "<u8")])


def _append(path: str, records) -> None:
    with open(path, "ab") as out:
        records.tofile(out)


def _read(path: str, dtype):
    return np.fromfile(path, dtype=dtype) if os.path.exists(path) else np.zeros(0, dtype=dtype)


class _SharedShingles:
    """For one range of hash values: every (shingle, document) entry, sorted, and for each entry
    how many documents of a higher level have its shingle (0 for a formula)."""

    def __init__(self, corpus: _ShingleSource, k: Optional[int], common: int, entries=None):
        owner, key = corpus.entries(k) if entries is None else (entries[0], entries[1].copy())
        # One entry per (shingle, document): the shingle's hash with the document's level in its
        # lowest bits, sorted: the documents that have a shingle are one run, highest level first.
        key |= corpus.levels[owner]
        order = np.argsort(key)
        key, self.owner = key[order], owner[order]
        del order, owner
        self.shingle = key >> np.uint64(3)
        self.group_start, group_size = _runs(self.shingle)
        run_start, _ = _runs(key)
        del key, _
        # the entries of a shingle before an entry: the documents of a higher level that have it
        self.higher = run_start - self.group_start
        del run_start
        self.higher[group_size > common] = 0  # a formula counts for no one
        self.pair_code = corpus.pair_code
        # the formulas and the shingles a few documents short of one, with their counts (what the
        # next searches need: which turn into or out of formulas, which stay formulas)
        near = group_size > lowest_near(common)
        self.near = dict(zip((self.shingle[near] << np.uint64(3)).tolist(), group_size[near].tolist()))

    def shared_pairs(self, candidates=None, at_most: int = ENTRIES_PER_PASS):
        """For the entries (of ``candidates``, or of every document) whose shingle a higher document
        has: ``(entry, pair code of the entry's document and that document)`` arrays, one element
        per such document, grouped by entry, in slices of about ``at_most`` elements."""
        wanted = self.higher > 0
        if candidates is not None:
            wanted &= np.isin(self.owner, candidates)
        entries = np.nonzero(wanted)[0]
        sizes = self.higher[entries].astype(np.int64)
        ends = np.cumsum(sizes)
        start = 0
        while start < len(entries):
            stop = max(start + 1, int(np.searchsorted(ends, (ends[start - 1] if start else 0) + at_most, "right")))
            part, part_sizes = entries[start:stop], sizes[start:stop]
            element_entry = np.repeat(part, part_sizes)
            offsets = np.arange(len(element_entry)) - np.repeat(np.cumsum(part_sizes) - part_sizes, part_sizes)
            others = self.owner[self.group_start[element_entry] + offsets]
            locals_ = self.owner[element_entry].astype(np.int64)
            yield element_entry, self.pair_code(locals_, others)
            start = stop


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


