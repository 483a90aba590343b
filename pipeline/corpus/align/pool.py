"""Aligning many pairs of documents: chunk by chunk, in a process pool when there are many.

The workers read the database themselves (read-only) and write each chunk's rows to a temporary
file, read back by the caller one chunk at a time: chunks done while the caller is busy elsewhere
(the build's ``meanwhile``) wait on disk, not in memory.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import sqlite3
import tempfile
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator, Optional

from threadpoolctl import threadpool_limits

from pipeline.corpus.align.algorithm import align_built
from pipeline.corpus.align.chunks import sharing_chunks
from pipeline.corpus.align.lookup import load_measures
from pipeline.corpus.align.measures import Measure, build_measures, pieces_of
from pipeline.corpus.align.scores import MIN_REUSE_LEN, Cache
from pipeline.corpus.text_reuse import passages_between_many, prepared_key
from pipeline.ingest.database import in_chunks
from pipeline.ingest.memory import clear_caches, release_free_memory
from pipeline.ingest.worker import default_workers, exit_with_parent

log = logging.getLogger(__name__)

Pair = tuple[str, str]  # (local document id, national document id)
Aligned = dict[Pair, list[dict]]  # the alignment rows of each pair of a chunk

#: Pairs aligned in one task: bounds the rows a worker sends back at once.
MAX_PAIRS_PER_CHUNK = 128
#: Characters of text (of the distinct documents of its pairs) a chunk holds at most: what a worker
#: computes of a chunk's texts (tokens, bigrams, 4-grams, passages' preparation) is kept for the
#: chunk, about 370 bytes a character: 128 pairs of laws (1.08 million characters) took a worker
#: from 245 to 626-651 MB, and the real corpus's build peaked at 2 GB. At this bound a chunk costs a
#: worker at most about 150 MB (at 400,000 the laws' largest chunks rose 145-180 MB, at 300,000
#: 100-150, the documents prepared 12.09 M characters instead of 11.99: chunks grown around shared
#: documents are seldom cut where it costs); a chunk of generated notices (70 pairs, one national
#: notice: 0.26 million) is not cut.
MAX_CHUNK_CHARACTERS = 300_000
#: From this many pairs to align, ``align_corpus`` uses a process pool.
PARALLEL_PAIRS = 24
#: Chunks of pairs per worker: more keep every worker busy to the end (chunks differ in cost),
#: fewer prepare each national document fewer times.
CHUNKS_PER_WORKER = 4
#: Pairs whose copied passages are found together (their Smith–Waterman alignments run as one
#: numpy batch): enough to fill the batches, few enough to hold their measures.
PAIRS_PER_BATCH = 64
#: Characters of text (of the distinct documents of its pairs) a batch of :data:`PAIRS_PER_BATCH`
#: holds at most: a batch's documents' measures are built and their copied passages found before
#: its first pair is aligned, and held until its pairs are done.
BATCH_CHARACTERS = 100_000
#: BLAS threads a worker's numpy uses while it aligns (None: the library's default, every core).
#: The pool already keeps one worker per core busy, so a worker's matrix products spreading over
#: every core only make the workers' BLAS threads spin and wait for one another: on two shared cores,
#: the 43 pairs of 67 laws and regulations took 22 s of the workers' CPU with the default against
#: 18 s with one thread (100 pairs: 26.8 s against 17.0 s), the rows the same. The
#: worker is forked with numpy loaded, so setting OPENBLAS_NUM_THREADS there would come too late;
#: threadpoolctl sets the loaded library's count for the chunk and restores it afterwards (the
#: build's own workers do other work between chunks).
WORKER_BLAS_THREADS: Optional[int] = 1


def aligned_chunks(conn: sqlite3.Connection, pairs: list[Pair], threshold: Optional[float],
                   workers: Optional[int], executor=None) -> Iterator[Aligned]:
    """:func:`~.algorithm.align_measures` for every ``(local, national)`` pair, chunk by chunk as
    they are done: in a process pool when there are many and the database is a file the pool's
    processes can read (``executor``, the build's, whose workers have jieba's dictionary loaded,
    or one made here), else here. The pool gets its work now; here the aligning happens as the
    result is read."""
    path = database_file(conn)
    workers = workers or default_workers()
    pooled = None
    sizes = document_sizes(conn, pairs)
    if workers > 1 and path and len(pairs) >= PARALLEL_PAIRS and not conn.in_transaction:
        try:
            pooled = _align_pairs_in_pool(path, pairs, threshold, workers, sizes, executor)
        except (OSError, ImportError, RuntimeError) as error:  # no fork, no processes …
            log.warning("aligning in one process (%s)", error)

    def chunks() -> Iterator[Aligned]:
        done: set[Pair] = set()
        if pooled is not None:
            try:
                for found in pooled:
                    done.update(found)
                    yield found
                return
            except (OSError, ImportError, RuntimeError) as error:  # a worker lost …
                log.warning("aligning in one process (%s)", error)
        rest = [pair for pair in pairs if pair not in done]
        for chunk in chunked(rest, MAX_PAIRS_PER_CHUNK, sizes):
            yield align_chunk(conn, chunk, threshold)

    return chunks()


def document_sizes(conn: sqlite3.Connection, pairs: list[Pair]) -> dict[str, int]:
    """The characters of the text of each document of ``pairs``."""
    sizes: dict[str, int] = {}
    for part, marks in in_chunks(sorted({d for pair in pairs for d in pair})):
        sizes.update(conn.execute(f"SELECT id, length(text) FROM documents WHERE id IN ({marks})", part))
    return sizes


def chunked(pairs: list[Pair], size: int, sizes: dict[str, int],
            most_characters: Optional[int] = None) -> list[list[Pair]]:
    """``pairs`` in their order, cut into chunks of at most ``size`` pairs whose distinct documents
    hold at most ``most_characters`` characters (default :data:`MAX_CHUNK_CHARACTERS`; a pair
    larger than that alone)."""
    most_characters = MAX_CHUNK_CHARACTERS if most_characters is None else most_characters
    chunks: list[list[Pair]] = []
    chunk: list[Pair] = []
    seen: set[str] = set()
    characters = 0
    for pair in pairs:
        new = [d for d in dict.fromkeys(pair) if d not in seen]
        more = sum(sizes.get(d) or 0 for d in new)
        if chunk and (len(chunk) >= size or characters + more > most_characters):
            chunks.append(chunk)
            chunk, seen, characters = [], set(), 0
            new = list(dict.fromkeys(pair))
            more = sum(sizes.get(d) or 0 for d in new)
        chunk.append(pair)
        seen.update(new)
        characters += more
    if chunk:
        chunks.append(chunk)
    return chunks


def align_chunk(conn: sqlite3.Connection, pairs: list[Pair], threshold: Optional[float]) -> Aligned:
    """The alignment rows of each pair, the copied passages of a batch of pairs found at once (at
    most :data:`PAIRS_PER_BATCH` pairs and :data:`BATCH_CHARACTERS` characters of documents). Each national document's measures are built once per batch (aligning only sets what
    they give already); what is computed of a document's texts (tokens, bigrams, anchors, lexicons:
    a :class:`~.scores.Cache`) and of a national document's text for the copied passages is kept
    while pairs of the chunk still need it, then dropped: a chunk grown around a shared document
    holds that document's and one partner's at a time, not every partner's to the chunk's end;
    only the tokens of each block of text and the tokens and anchors of each text are kept to the
    chunk's end, for every document of it (its documents repeat one another's blocks and texts; a
    chunk holds at most :data:`MAX_CHUNK_CHARACTERS`).
    What a pair's alignment finds does not depend on what else is kept (each cached value is a
    function of its key alone)."""
    last_pair = {doc: n for n, pair in enumerate(pairs) for doc in pair}
    national: dict[str, list[Measure]] = {}
    prepared: dict = {}  # passages_between's preparation of each national document's text
    keys: dict[str, tuple] = {}  # the key of each national document's in ``prepared``
    # a law is aligned with each regulation that cites it, a regulation with each law it cites, and
    # a document is local in one pair and national in another: one Cache a document, in either role
    caches: dict[str, Cache] = {}
    blocks: dict[str, list[str]] = {}  # the tokens of each block of text, for every document of the chunk
    texts: dict[str, dict] = {}  # the tokens and anchors of each text, for every document of the chunk
    out = {}
    k = 0
    for batch in chunked(pairs, PAIRS_PER_BATCH, document_sizes(conn, pairs), BATCH_CHARACTERS):
        kept, national = national, {}
        for _, national_id in batch:
            if national_id not in national:
                national[national_id] = kept.get(national_id) or build_measures(load_measures(conn, national_id))
        measures = [(build_measures(load_measures(conn, local_id)), national[national_id])
                    for local_id, national_id in batch]
        found = _passages_of(measures, MIN_REUSE_LEN, prepared)
        for n, ((local_id, national_id), (local, nat), passages) in enumerate(zip(batch, measures, found), start=k):
            nat_cache = caches.setdefault(national_id, Cache(blocks, texts))
            out[(local_id, national_id)] = align_built(local, nat, threshold, MIN_REUSE_LEN, nat_cache, passages,
                                                       local_cache=caches.setdefault(local_id, Cache(blocks, texts)))
            measures[n - k] = found[n - k] = None  # this pair's measures and passages: done with
            for doc in (local_id, national_id):
                if last_pair[doc] == n:
                    del caches[doc]
        keys.update((d, prepared_key([p for p, _ in pieces_of(national[d])])) for d in national if d not in keys)
        k += len(batch)
        needed = {keys[d] for d in keys if last_pair[d] >= k}
        prepared = {key: value for key, value in prepared.items() if key in needed}
    return out


def _passages_of(pairs: list[tuple[list[Measure], list[Measure]]], min_len: int,
                 prepared: dict) -> list[list[dict]]:
    """The copied passages between the measures of each ``(local, national)`` pair, as
    :func:`~.algorithm.align_measures` would find them, for all the pairs at once. ``prepared``:
    the ``passages_between`` cache (of the national documents' texts) kept by the caller."""
    pieces = []
    for local, national in pairs:
        lp, np_ = pieces_of(local), pieces_of(national)
        pieces.append(([p for p, _ in lp], [p for p, _ in np_]))
    return passages_between_many(pieces, min_len=min_len, cache=prepared)


def _align_chunk_in_worker(path: str, pairs: list[Pair], threshold: Optional[float], spill: str) -> str:
    """Align a chunk of pairs; the rows go to the file ``spill``, whose name is returned."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with threadpool_limits(limits=WORKER_BLAS_THREADS, user_api="blas"):
            aligned = align_chunk(conn, pairs, threshold)
    finally:
        conn.close()
    with open(spill, "wb") as out:
        pickle.dump(aligned, out, protocol=pickle.HIGHEST_PROTOCOL)
    del aligned
    forget_chunk()
    return spill


#: The modules whose caches a worker empties after a chunk (:func:`forget_chunk`).
CACHED_MODULES = ("pipeline.corpus.align", "extractors")


def forget_chunk() -> None:
    """What a chunk computed of its texts freed and given back to the system, not kept by the worker
    for the next chunk, whose texts are others: the caches of the aligner and the extractors it calls
    emptied (their entries, made amid the chunk's short-lived objects, pinned the heap those held),
    the chunk's measure trees (cycles: parent and children) collected now rather than in some later
    chunk, then the free heap released. Without this a worker kept the largest chunks it had
    aligned: on the laws corpus a worker went from 255 to 366 MB over its first 12 chunks."""
    clear_caches(CACHED_MODULES)
    gc.collect()
    release_free_memory()


def _align_pairs_in_pool(path: str, pairs: list[Pair], threshold: Optional[float],
                         workers: int, sizes: dict[str, int], executor=None) -> Iterator[Aligned]:
    """Every chunk of pairs handed to ``executor`` (or a pool made here) now; the aligned chunks, in
    order, as they are read back from the workers' files. ``sizes``: the characters of each
    document's text (:func:`chunked`)."""
    # pairs that share documents together, so each worker prepares a document once per chunk
    size = min(MAX_PAIRS_PER_CHUNK, max(1, -(-len(pairs) // (workers * CHUNKS_PER_WORKER))))
    chunks = sharing_chunks(pairs, size, sizes, MAX_CHUNK_CHARACTERS)
    folder = tempfile.TemporaryDirectory(prefix="notices-alignments-")
    spills = [os.path.join(folder.name, f"{n}.pickle") for n in range(len(chunks))]
    # fork: a worker made here starts with what this process has loaded already; it ends with the
    # build, however the build ends, as the build's own workers do
    pool = executor or ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                           initializer=exit_with_parent)
    try:
        aligned = pool.map(_align_chunk_in_worker, [path] * len(chunks), chunks, [threshold] * len(chunks), spills)
    except BaseException:
        if pool is not executor:
            pool.shutdown()
        folder.cleanup()
        raise
    return _read_then_shut(aligned, folder, pool if pool is not executor else None)


def _read_then_shut(spilled: Iterator[str], folder: tempfile.TemporaryDirectory,
                    pool=None) -> Iterator[Aligned]:
    """The chunks of the files named by ``spilled``, as they are read (each file removed once
    read); then ``folder`` is removed and ``pool``, if given, shut down."""
    try:
        for spill in spilled:
            with open(spill, "rb") as handle:
                found = pickle.load(handle)
            os.remove(spill)
            yield found
    finally:
        if pool is not None:
            pool.shutdown()
        folder.cleanup()


def database_file(conn: sqlite3.Connection) -> Optional[str]:
    """The file of the connection's main database; None for an in-memory or temporary one."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or None
    return None
