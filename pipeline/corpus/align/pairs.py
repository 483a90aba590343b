"""The pairs of documents worth aligning: a local notice and the higher-level notice it forwards,
implements, is based on or cites, or copies long passages from."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

import pipeline.corpus.shingles as shingles
from pipeline.corpus.align import citation_pairs
from pipeline.ingest.database import connected, read_transaction
from pipeline.timings import timed
from schema.relations import LIFECYCLE_RELATIONS, RELATIONS
from schema.tables import DOCUMENT_SUMMARY_INDEX

#: The citations whose citing document may implement the cited one: every relation but those that
#: end or change the cited one's force (a notice that repeals another implements none of it).
ALIGNED_RELATIONS = tuple(relation for relation in RELATIONS if relation not in LIFECYCLE_RELATIONS)
LEVEL_RANK = {"national": 5, "provincial": 4, "municipal": 3, "county": 2, "township": 1}
#: Documents looked up, and cited documents read with the citations, kept for the next questions:
#: the documents cited most, national notices, stay.
CITED_KEPT = 4096


def alignment_pairs(db, *, discover: bool = True, remember: bool = False,
                    measures_changed: Optional[str] = None) -> list[tuple[str, str, str]]:
    """``(local document id, national document id, relation)`` for every pair worth aligning.

    From each citation that names a document of the database with one of the
    :data:`ALIGNED_RELATIONS` (forwards, issues, basis, implements, cites), the citing document is
    aligned with the cited one, except when

    * the cited document is the citing one or encloses it (a forwarded notice printed inside a
      forwarding one does not implement its forwarder; the forwarder's own measures do implement
      the forwarded notice, so that pair is kept);
    * the citing document *issues* the cited one as its own attachment (a notice and the plan it
      publishes are one act, not an implementation);
    * the cited document is of a lower administrative level than the citing one;
    * either has no measures.

    A citing notice that issues attachments of its own (其实施方案 printed inside it) has those
    aligned with the cited document too: the measures are usually in the attachment.

    With ``discover``, a document that copies long passages from a document of a higher
    administrative level is paired with it as well, relation ``reuses`` (see
    :func:`reuse_pairs`): local notices often implement a notice without citing its 文号
    (落实国务院扶贫办具体工作要求).

    ``remember`` (the build's alignment step): the pairs made from citations are kept in the
    database (:mod:`~.citation_pairs`) and only the citations whose answer a change since can alter
    are judged again; ``measures_changed``: the table of the documents whose measures changed since
    (``alignment_changes``), when its triggers were there (else every citation is judged).
    """
    with connected(db) as conn:
        return _alignment_pairs(conn, discover, remember, measures_changed)


def _alignment_pairs(conn: sqlite3.Connection, discover: bool, remember: bool = False,
                     measures_changed: Optional[str] = None) -> list[tuple[str, str, str]]:
    documents = _Documents(conn)
    issued = set(conn.execute("SELECT DISTINCT document_id, cited_document_id FROM citations "
                              "WHERE relation = 'issues' AND cited_document_id IS NOT NULL"))

    def encloses(outer: str, inner: str) -> bool:
        seen = set()
        p = documents.parent_of(inner)
        while p and p not in seen:
            if p == outer:
                return True
            seen.add(p)
            p = documents.parent_of(p)
        return False

    def own_attachment(doc: str, child: str) -> bool:
        of_doc, of_child = documents.get(doc), documents.get(child)
        return bool(of_doc and of_child) and (of_child.parent_id == doc or documents.copy_printed_in(child, doc)) and (
            (doc, child) in issued or bool(of_doc.issuer) and of_doc.issuer == of_child.issuer)

    def judged(sources: Optional[list[str]]) -> list[tuple[str, str, str, str]]:
        return _judged_citations(conn, documents, encloses, own_attachment, sources)

    with timed("align_corpus.pairs.citations"):
        if remember:
            pairs = _remembered_pairs(conn, judged, measures_changed)
        else:
            pairs = {}
            for _, local, national, relation in judged(None):
                pairs.setdefault((local, national), relation)
    if discover:
        with timed("align_corpus.pairs.copied_text"):
            found = reuse_pairs(conn, set(pairs))
        for local, national in found:
            if not encloses(national, local) and not own_attachment(local, national):
                pairs.setdefault((local, national), "reuses")
    return [(a, b, rel) for (a, b), rel in sorted(pairs.items())]


def _remembered_pairs(conn: sqlite3.Connection, judged, measures_changed: Optional[str]) -> dict[tuple[str, str], str]:
    """The pairs made from citations, the citations of the documents marked since the last build
    judged again (:mod:`~.citation_pairs`), every one when the changes are not known; the rows kept
    brought up to date."""
    tracked = citation_pairs.track_changes(conn) and measures_changed is not None
    marked = citation_pairs.marked_documents(conn, measures_changed) if tracked else []
    sources = citation_pairs.sources_to_judge(conn, marked) if tracked else None
    citation_pairs.write_pairs(conn, sources, judged(sources), marked)
    return citation_pairs.stored_pairs(conn)


def _judged_citations(conn: sqlite3.Connection, documents: "_Documents", encloses, own_attachment,
                      sources: Optional[list[str]]) -> list[tuple[str, str, str, str]]:
    """``(citing document, local, national, relation)`` of every pair the citations of ``sources``
    (None: every document) make, in the order they are judged in; a citing document's pair once,
    with the relation of its first citation of it."""
    made: dict[tuple[str, str, str], str] = {}
    only = "" if sources is None else "AND document_id IN (SELECT value FROM json_each(?)) "
    # a pair cited with several relations takes that of the citation stored first (the first in
    # the citing text): ordered by it, not left to the plan (read from the citations' covering index,
    # the rows come in the order of their relations)
    # a lookup or more per citing and cited document: one read transaction for them all
    with read_transaction(conn):
        for citing, cited, relation, *both in conn.execute(documents.with_citations(
                "SELECT document_id, cited_document_id, relation, min(rowid) AS first FROM citations "
                f"WHERE cited_document_id IS NOT NULL AND relation IN ({','.join('?' * len(ALIGNED_RELATIONS))}) "
                f"{only}GROUP BY document_id, cited_document_id, relation"),
                [*ALIGNED_RELATIONS, *([] if sources is None else [json.dumps(sources)])]).fetchall():
            of_citing, of_cited = documents.given(citing, both[:4], cited, both[4:])
            if citing == cited:
                continue
            # (most documents are printed inside none and print none: the questions whose answer
            # needs a parent or a copy printed inside are asked only of those that have one)
            if of_citing.parent_id and encloses(cited, citing):
                continue
            if ((of_cited.parent_id == citing or documents.copy_printed_in(cited, citing))
                    and own_attachment(citing, cited)):
                continue
            lc = LEVEL_RANK.get(of_citing.admin_level or "")
            ln = LEVEL_RANK.get(of_cited.admin_level or "")
            if lc and ln and ln < lc:
                continue
            if not of_cited.has_measures:
                continue
            if of_citing.has_measures:
                made.setdefault((citing, citing, cited), relation)
            if citing in documents.own_children or citing in documents.copies_in:
                for child in documents.children_of(citing):
                    if child != cited and own_attachment(citing, child) and documents.get(child).has_measures:
                        made.setdefault((citing, child, cited), relation)
    return [(source, local, national, relation) for (source, local, national), relation in made.items()]


class _Document(NamedTuple):
    parent_id: Optional[str]
    admin_level: Optional[str]
    issuer: Optional[str]
    has_measures: bool


class _Documents:
    """What :func:`alignment_pairs` asks of a document, looked up when asked (the corpus is not held
    in memory; the documents cited most, national notices, stay in a small cache). Which documents
    are printed inside which is read once, from the indexes: a question per citation cost a query
    each, the most of the step at 30,000 notices."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._looked_up = lru_cache(maxsize=CITED_KEPT)(self._get)
        self.get = self._known_or_looked_up
        # the documents of the citation rows being judged: their citing one's, the cited ones'
        self._citing: dict[str, _Document] = {}
        self._cited: dict[str, _Document] = {}
        self.own_children: dict[str, list[str]] = defaultdict(list)
        for parent_id, child in conn.execute(
                "SELECT parent_id, id FROM documents WHERE parent_id IS NOT NULL ORDER BY parent_id, rowid"):
            self.own_children[parent_id].append(child)
        self.copies_in: dict[str, list[str]] = defaultdict(list)
        # a database written before copies were recognised has no copies to look at
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_copies'").fetchone():
            for parent_id, copy in conn.execute(
                    "SELECT DISTINCT parent_id, document_id FROM document_copies "
                    "WHERE parent_id IS NOT NULL AND document_id IS NOT NULL ORDER BY parent_id, document_id"):
                self.copies_in[parent_id].append(copy)
        # looked up in the documents' summary index when the database has it (SQLite's planner takes
        # the key's index, then reads the row: a page read per document, the rows spread over the
        # whole database, where the summary index holds them all in a few hundred pages)
        self._summary = summary = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                               [DOCUMENT_SUMMARY_INDEX]).fetchone()
        self._lookup = ("SELECT parent_id, admin_level, issuer, EXISTS (SELECT 1 FROM measures m "
                        "WHERE m.document_id = d.id) FROM documents d "
                        + (f"INDEXED BY {DOCUMENT_SUMMARY_INDEX} " if summary else "") + "WHERE id = ?")

    def with_citations(self, grouped: str) -> str:
        """SQL: the rows of ``grouped`` (citing, cited, relation, first: the citation groups), in the
        order they are judged in, each with the :class:`_Document` fields of its citing then its cited
        document, those of the database alone: one query, where a lookup per document cost more than
        the rest of the citations' part (13,600 at 30,000 notices)."""
        fields = lambda d: (f"{d}.parent_id, {d}.admin_level, {d}.issuer, "  # noqa: E731
                            f"EXISTS (SELECT 1 FROM measures m WHERE m.document_id = {d}.id)")
        indexed = f"INDEXED BY {DOCUMENT_SUMMARY_INDEX} " if self._summary else ""
        return (f"SELECT g.document_id, g.cited_document_id, g.relation, {fields('a')}, {fields('b')} "
                f"FROM ({grouped}) g JOIN documents a {indexed}ON a.id = g.document_id "
                f"JOIN documents b {indexed}ON b.id = g.cited_document_id "
                "ORDER BY g.document_id, g.cited_document_id, g.first")

    def given(self, citing: str, of_citing: tuple, cited: str, of_cited: tuple) -> tuple[_Document, _Document]:
        """The documents of a row of :meth:`with_citations`, which :meth:`get` answers from then on
        for the citing document (its rows come together) and for the cited ones (often the same few
        national notices)."""
        if citing not in self._citing:
            self._citing = {citing: _Document(*of_citing[:3], bool(of_citing[3]))}
        if cited not in self._cited:
            if len(self._cited) >= CITED_KEPT:
                self._cited.clear()
            self._cited[cited] = _Document(*of_cited[:3], bool(of_cited[3]))
        return self._citing[citing], self._cited[cited]

    def _known_or_looked_up(self, doc_id: str) -> Optional[_Document]:
        return self._citing.get(doc_id) or self._cited.get(doc_id) or self._looked_up(doc_id)

    def _get(self, doc_id: str) -> Optional[_Document]:
        row = self.conn.execute(self._lookup, [doc_id]).fetchone()
        return _Document(row[0], row[1], row[2], bool(row[3])) if row else None

    def parent_of(self, doc_id: str) -> Optional[str]:
        found = self.get(doc_id)
        return found.parent_id if found else None

    def copy_printed_in(self, doc_id: str, parent_id: str) -> bool:
        """Whether a copy of ``doc_id`` is printed inside ``parent_id`` (a plan issued by a notice
        and also published on its own is kept from its own file: ``pipeline.corpus.copies``)."""
        return doc_id in self.copies_in.get(parent_id, ())

    def children_of(self, doc_id: str) -> list[str]:
        """The documents printed inside ``doc_id``: its own, then those kept from another file
        whose copy it prints."""
        return self.own_children.get(doc_id, []) + self.copies_in.get(doc_id, [])


def reuse_pairs(db, known: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """``(local, higher)`` document pairs where the local one copies long passages from a document
    of a higher administrative level (:func:`pipeline.corpus.shingles.reuse_pairs`), among the
    documents with measures; ``known``: pairs already made (from citations)."""
    rank = " ".join(f"WHEN '{level}' THEN {rank}" for level, rank in LEVEL_RANK.items())
    ranked = (f"SELECT id, CASE admin_level {rank} END AS rank FROM documents d WHERE admin_level IN "
              f"({', '.join(repr(level) for level in LEVEL_RANK)}) "
              "AND EXISTS (SELECT 1 FROM measures m WHERE m.document_id = d.id)")
    with connected(db) as conn:
        return shingles.reuse_pairs(conn, shingles.RankedQuery(ranked), known)
