"""One notice, one document: the files that carry the same notice recognised, one of them kept.

The same notice comes as TXT, DOCX and PDF, or printed inside several forwards and on its own. Each
file is read and stored on its own (``pipeline.ingest``); this corpus-wide step, run before
citations are resolved, recognises the documents that are one notice and keeps one of them,
the canonical document, in ``documents``; the others go to ``document_copies`` (which file, which
format, how recognised), with their rows kept there (``copy_rows``) so that a copy becomes the
canonical document again, with its measures and items, when the canonical one's file is deleted or
changed. Everything downstream (citations, alignments, graph, search, the site's lists, counts and
calendars, ``notices compare``) reads ``documents`` and so sees each notice once.

Why a corpus step and not at store time: which copy is canonical depends on every file that carries
the notice, and must not depend on the order the files came in, in one build or over many; here
the choice is made again from all of them (the stored documents and the kept copies) at every
build, so the same files always give the same canonical document.

Recognised as one notice (conservatively: a false merge loses a notice):

* ``same_number``: the same normalised 文号, and titles that agree (the same title key, or nearly
  the same characters with the same numbers: an OCR slip), no conflicting issuer or date;
* ``same_text``: the same body (``fingerprint.body_digest``: the measures' text, at least
  :data:`~pipeline.document.fingerprint.MIN_BODY_CHARS` characters), no conflicting 文号, issuer,
  title or date.

Two documents of one file are never copies of each other. The canonical document of a group: a
notice standing on its own before one printed inside another, one whose enclosing notice is itself
canonical, a file read from its text before one read by OCR, more measures, more of the header
(文号, issuer, title, date) read, the format
(:data:`FORMAT_PREFERENCE`), then the path: properties of the files alone.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable, Optional

from extractors.vocab import Examples
from pipeline.corpus.copy_changes import last_seen, remember, touched
from pipeline.corpus.copy_rows import put_back, take_out
from pipeline.document.fingerprint import body_digest
from pipeline.ingest.database import connected, in_chunks

#: Formats in the order their copy is preferred as the canonical document (a PDF keeps the page of
#: every item; Word files their numbering); others after these, by name.
FORMAT_PREFERENCE = ("pdf", "docx", "html", "md", "txt", "doc", "wps", "rtf", "xlsx", "xls", "et")

#: Titles this similar (difflib ratio), with the same numbers in them, are one title misread.
TITLE_SIMILARITY = 0.9

DIGITS = re.compile(r"\d+")  # the numbers of a title (its year, its 第N批)
SPACES = re.compile(r"\s+")  # ignored when issuers and dates are compared
EXAMPLES = {
    "DIGITS": Examples(match=("2020年工作要点", "第3批"), no_match=("工作要点", "二〇二〇年")),
    "SPACES": Examples(match=("福建省 扶贫办", "a\tb"), no_match=("福建省扶贫办",)),
}


@dataclass
class Member:
    """A document or a kept copy: what recognising and choosing need of it."""

    id: str
    source_path: str
    source_sha256: str
    format: str
    embedded: bool
    doc_number: Optional[str]
    issuer: Optional[str]
    title: Optional[str]
    title_key: Optional[str]
    signed_date: Optional[str]
    text_digest: Optional[str]
    measure_count: int
    read_by_ocr: bool
    source_offset: int
    parked: bool  # held in document_copies now
    canonical_of: Optional[str]  # for a kept copy: the document it was a copy of


# --------------------------------------------------------------------------------------------
# recognising


def _same_or_unknown(a: Optional[str], b: Optional[str]) -> bool:
    return not a or not b or SPACES.sub("", a) == SPACES.sub("", b)


def titles_agree(a: Member, b: Member) -> bool:
    """Both titles known and the same title: the same key, or nearly the same characters with the
    same numbers (国开发 2020 and 2021 工作要点 are two notices)."""
    if not a.title_key or not b.title_key:
        return False
    if a.title_key == b.title_key:
        return True
    return (DIGITS.findall(a.title_key) == DIGITS.findall(b.title_key)
            and SequenceMatcher(None, a.title_key, b.title_key, autojunk=False).ratio() >= TITLE_SIMILARITY)


def conflict(a: Member, b: Member) -> bool:
    """Whether ``a`` and ``b`` cannot be one notice: from one file (a forward and the notice it
    prints are two notices), or a different issuer, date, 文号 or title where both have one."""
    return (a.source_path == b.source_path or not _same_or_unknown(a.issuer, b.issuer)
            or not _same_or_unknown(a.signed_date, b.signed_date) or not _same_or_unknown(a.doc_number, b.doc_number)
            or bool(a.title_key and b.title_key and not titles_agree(a, b)))


def how_same(a: Member, b: Member) -> Optional[str]:
    """``same_number``, ``same_text`` or None: whether ``a`` and ``b`` carry one notice."""
    if conflict(a, b):
        return None
    if a.doc_number and a.doc_number == b.doc_number and titles_agree(a, b):
        return "same_number"
    if a.text_digest and a.text_digest == b.text_digest:
        return "same_text"
    return None


def _known(value: Optional[str]) -> Optional[str]:
    """A header value as :func:`_same_or_unknown` compares it; None when unknown."""
    return SPACES.sub("", value) if value else None


class _Group:
    """Members recognised as one notice, with what :func:`conflict` reads of them gathered: no two
    members of a group conflict, so the group has one known issuer, date and 文号 at most, distinct
    paths, and titles that agree pairwise. Whether a member of one group conflicts with a member
    of another is then read from the two summaries, without comparing every pair of members (a
    bucket of hundreds of documents with one body made that quadratic in the group's size)."""

    __slots__ = ("members", "paths", "issuer", "date", "number", "title_keys")

    def __init__(self, m: Member):
        self.members = [m]
        self.paths = {m.source_path}
        self.issuer, self.date, self.number = _known(m.issuer), _known(m.signed_date), _known(m.doc_number)
        self.title_keys = {m.title_key} if m.title_key else set()

    def conflicts_with(self, other: "_Group", keys_agree) -> bool:
        return (any(a is not None and b is not None and a != b for a, b in (
                    (self.issuer, other.issuer), (self.date, other.date), (self.number, other.number)))
                or not self.paths.isdisjoint(other.paths)
                or any(not keys_agree(a, b) for a in self.title_keys for b in other.title_keys))

    def absorb(self, other: "_Group") -> None:
        self.members.extend(other.members)
        self.paths |= other.paths
        self.title_keys |= other.title_keys
        self.issuer = self.issuer if self.issuer is not None else other.issuer
        self.date = self.date if self.date is not None else other.date
        self.number = self.number if self.number is not None else other.number


def _title_keys_agree() -> Callable[[str, str], bool]:
    """:func:`titles_agree` on two title keys, each pair worked out once."""
    known: dict[tuple[str, str], bool] = {}

    def agree(a: str, b: str) -> bool:
        pair = (a, b) if a <= b else (b, a)
        if pair not in known:
            known[pair] = a == b or (DIGITS.findall(a) == DIGITS.findall(b) and SequenceMatcher(
                None, a, b, autojunk=False).ratio() >= TITLE_SIMILARITY)
        return known[pair]
    return agree


def groups_of(members: list[Member]) -> list[list[Member]]:
    """The members that carry one notice, grouped; every member is in one group, alone when it has
    no copy. Members are compared within a 文号 or a body digest only, in the order of their ids
    (the groups depend on the set of members alone), and two groups are joined only when no
    member of one conflicts with a member of the other: A and B of one 文号, B and C of one body,
    are not one notice when A and C name different issuers."""
    members = sorted(members, key=lambda m: m.id)
    group_of: dict[str, _Group] = {m.id: _Group(m) for m in members}
    buckets: dict[tuple, list[Member]] = {}
    for m in members:
        if m.doc_number:
            buckets.setdefault(("number", m.doc_number), []).append(m)
        if m.text_digest:
            buckets.setdefault(("text", m.text_digest), []).append(m)
    keys_agree = _title_keys_agree()
    for key in sorted(buckets):
        bucket = buckets[key]
        # each join makes the bucket's groups one fewer; when one is left there is nothing to
        # compare (a 文号 that thousands of copies share would otherwise be every pair of them)
        apart = len({id(group_of[m.id]) for m in bucket})
        for i, a in enumerate(bucket):
            if apart == 1:
                break
            for b in bucket[i + 1:]:
                first, second = group_of[a.id], group_of[b.id]
                if first is second or first.conflicts_with(second, keys_agree) or not how_same(a, b):
                    continue  # the groups' conflict first: cheaper than how_same, and either keeps them apart
                first.absorb(second)
                for m in second.members:
                    group_of[m.id] = first
                apart -= 1
    unique = {id(group): group.members for group in group_of.values()}
    return sorted(unique.values(), key=lambda group: min(m.id for m in group))


# --------------------------------------------------------------------------------------------
# choosing


def _format_rank(fmt: str) -> tuple:
    return (FORMAT_PREFERENCE.index(fmt), "") if fmt in FORMAT_PREFERENCE else (len(FORMAT_PREFERENCE), fmt)


def preference(m: Member, enclosing_canonical: bool = True) -> tuple:
    """Sort key: the first member of a group is its canonical document."""
    header_missing = sum(not value for value in (m.doc_number, m.issuer, m.title, m.signed_date))
    return (m.embedded, not enclosing_canonical, m.read_by_ocr, -m.measure_count, header_missing,
            _format_rank(m.format), m.source_path, m.source_offset, m.id)


def choose(groups: list[list[Member]], outer_of: dict[str, str],
           settled: Optional[dict[str, str]] = None) -> dict[str, Member]:
    """Member id -> the canonical member of its group. Groups with a notice standing on its own
    are decided first (their canonical one is such a notice); then in the others, all printed
    inside other notices, one whose enclosing notice is canonical is preferred, so that a forward
    and the notice it prints are kept from the same file. ``settled``: enclosing notices that are
    not members, -> the id of their canonical document as stored (one not named is kept)."""
    settled = settled or {}
    canonical: dict[str, Member] = {}
    standing = [g for g in groups if any(not m.embedded for m in g)]
    printed = [g for g in groups if all(m.embedded for m in g)]
    for group in standing:
        best = min(group, key=preference)
        canonical.update((m.id, best) for m in group)
    for group in printed:
        def kept_with_enclosing(m: Member) -> bool:
            outer = outer_of.get(m.id)
            if outer is None:
                return True
            return canonical[outer].id == outer if outer in canonical else settled.get(outer, outer) == outer
        best = min(group, key=lambda m: preference(m, kept_with_enclosing(m)))
        canonical.update((m.id, best) for m in group)
    return canonical


# --------------------------------------------------------------------------------------------
# reading the members


# ``+parent_id IS NULL`` below: the outer document of a file is found by its path (indexed); the
# index on parent_id would list every outer document of the corpus instead.
_OCR_META = "coalesce(json_extract(o.meta, '$.ocr_pages'), '[]') NOT IN ('[]', '')"

_DOCUMENT_MEMBERS = f"""
SELECT d.id, d.source_path, d.source_sha256, d.format, d.parent_id IS NOT NULL, d.doc_number, d.issuer, d.title,
       d.title_key, d.signed_date, d.text_digest, coalesce(d.measure_count, 0),
       coalesce((SELECT {_OCR_META} FROM documents o WHERE o.source_path = d.source_path AND +o.parent_id IS NULL),
                (SELECT c.read_by_ocr FROM document_copies c WHERE c.source_path = d.source_path
                 AND c.printed_in IS NULL), 0),
       coalesce(d.source_offset, 0), 0, NULL
FROM documents d"""
_COPY_MEMBERS = """
SELECT id, source_path, source_sha256, format, printed_in IS NOT NULL, doc_number, issuer, title, title_key,
       signed_date, text_digest, coalesce(measure_count, 0), coalesce(read_by_ocr, 0), coalesce(source_offset, 0),
       1, document_id
FROM document_copies"""

# The documents worth comparing (sharing a 文号 or a body digest with another document or copy),
# and every kept copy (one whose canonical document is gone is a group of its own).
_CANDIDATES = f"""
WITH keys AS (
    SELECT doc_number AS k, 'n' AS kind FROM documents WHERE doc_number IS NOT NULL
    UNION ALL SELECT doc_number, 'n' FROM document_copies WHERE doc_number IS NOT NULL
    UNION ALL SELECT text_digest, 't' FROM documents WHERE text_digest != ''
    UNION ALL SELECT text_digest, 't' FROM document_copies WHERE text_digest != ''),
shared AS (SELECT k, kind FROM keys GROUP BY k, kind HAVING count(*) > 1)
{_DOCUMENT_MEMBERS}
WHERE d.doc_number IN (SELECT k FROM shared WHERE kind = 'n') OR d.text_digest IN (SELECT k FROM shared WHERE kind = 't')
UNION ALL {_COPY_MEMBERS}
"""


def _fill_digests(conn: sqlite3.Connection) -> set[str]:
    """The body digest of documents stored before it was computed at ingest; returns their ids."""
    missing = conn.execute("SELECT id, text, title FROM documents WHERE text_digest IS NULL").fetchall()
    for doc_id, text, title in missing:
        spans = conn.execute('SELECT start, "end" FROM measures WHERE document_id = ?', [doc_id]).fetchall()
        conn.execute("UPDATE documents SET text_digest = ? WHERE id = ?", [body_digest(text, spans, title), doc_id])
    return {doc_id for doc_id, _, _ in missing}


def _member(row: tuple) -> Member:
    return Member(*row[:4], bool(row[4]), *row[5:12], bool(row[12]), row[13], bool(row[14]), row[15])


def _members(conn: sqlite3.Connection, ids: Optional[set[str]] = None) -> list[Member]:
    """Every document worth comparing and every kept copy (``ids`` None), or those of ``ids``."""
    if ids is None:
        return [_member(row) for row in conn.execute(_CANDIDATES)]
    found: list[Member] = []
    for part, marks in in_chunks(sorted(ids)):
        found += [_member(row) for row in conn.execute(
            f"{_DOCUMENT_MEMBERS} WHERE d.id IN ({marks}) UNION ALL {_COPY_MEMBERS} WHERE id IN ({marks})", part + part)]
    return found


def _outer_documents(conn: sqlite3.Connection, members: list[Member]) -> tuple[dict[str, str], dict[str, str]]:
    """Embedded member id -> the id of the outer document of its file (stored or kept); and each
    of those outer documents -> the id of its canonical document as stored (itself when it is in
    ``documents``), for the ones the step does not work out again."""
    paths = sorted({m.source_path for m in members if m.embedded})
    outer_by_path: dict[str, str] = {}
    settled: dict[str, str] = {}
    for part, marks in in_chunks(paths):
        for path, outer, canonical in conn.execute(
                f"SELECT source_path, id, id FROM documents WHERE +parent_id IS NULL AND source_path IN ({marks}) "
                f"UNION ALL SELECT source_path, id, document_id FROM document_copies WHERE printed_in IS NULL "
                f"AND source_path IN ({marks})", part + part):
            outer_by_path[path] = outer
            settled[outer] = canonical
    outer_of = {m.id: outer_by_path[m.source_path] for m in members if m.embedded and m.source_path in outer_by_path}
    return outer_of, settled


# --------------------------------------------------------------------------------------------
# applying


def _park(conn: sqlite3.Connection, m: Member, canonical: Member, recognised_by: str, outer: Optional[str]) -> None:
    kept = take_out(conn, m.id)
    conn.execute(
        "INSERT OR REPLACE INTO document_copies (id, document_id, source_path, source_sha256, format, parent_id, "
        "recognised_by, printed_in, source_offset, doc_number, issuer, title, title_key, signed_date, text_digest, "
        "measure_count, read_by_ocr, rows) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [m.id, canonical.id, m.source_path, m.source_sha256, m.format, recognised_by, outer if m.embedded else None,
         m.source_offset, m.doc_number, m.issuer, m.title, m.title_key, m.signed_date, m.text_digest,
         m.measure_count, int(m.read_by_ocr), kept])


def _promote(conn: sqlite3.Connection, m: Member) -> None:
    (kept,) = conn.execute("SELECT rows FROM document_copies WHERE id = ?", [m.id]).fetchone()
    put_back(conn, kept)
    conn.execute("DELETE FROM document_copies WHERE id = ?", [m.id])


def _recognised_by(m: Member, canonical: Member) -> str:
    return how_same(m, canonical) or ("same_number" if m.doc_number and m.doc_number == canonical.doc_number
                                      else "same_text")


def _point_at_canonical_parents(conn: sqlite3.Connection, paths: Optional[set[str]] = None) -> None:
    """Every document printed inside another, and every copy, names as its parent the canonical
    document of the notice that encloses it in its file (a forward kept from its PDF encloses the
    notice printed in its TXT copy, if that one is kept). Only the documents whose parent is not
    their own file's outer document are looked at (an index lookup each); ``paths``: only those of
    these files (the ones whose documents the step looked at: no other parent changed)."""
    moved_sql = """SELECT d.id, d.source_path FROM documents d WHERE +d.parent_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = d.parent_id AND p.source_path = d.source_path
                        AND p.parent_id IS NULL)"""
    point_copies = """UPDATE document_copies SET parent_id = coalesce(
                          (SELECT id FROM documents WHERE id = document_copies.printed_in),
                          (SELECT c.document_id FROM document_copies c WHERE c.id = document_copies.printed_in))
                      WHERE printed_in IS NOT NULL"""
    if paths is None:
        moved = conn.execute(moved_sql).fetchall()
        conn.execute(point_copies)
    else:
        moved = []
        for part, marks in in_chunks(sorted(paths)):
            moved += conn.execute(f"{moved_sql} AND d.source_path IN ({marks})", part).fetchall()
            conn.execute(f"{point_copies} AND source_path IN ({marks})", part)
    for doc_id, path in moved:
        outer = (conn.execute("SELECT id FROM documents WHERE source_path = ? AND +parent_id IS NULL", [path]).fetchone()
                 or conn.execute("SELECT document_id FROM document_copies WHERE source_path = ? AND printed_in IS NULL",
                                 [path]).fetchone())
        if outer:
            conn.execute("UPDATE documents SET parent_id = ? WHERE id = ?", [outer[0], doc_id])


def recognise_copies(db, everything: bool = False) -> dict[str, int]:
    """The corpus-wide step: documents that carry one notice found, the canonical one of each kept
    in ``documents``, the others moved to (or kept in) ``document_copies``; a kept copy whose
    canonical document is gone, or that is now preferred, put back. Only the documents that the
    ones new, changed or removed since the last run can touch are looked at
    (``pipeline.corpus.copy_changes``): the others stand as that run left them. ``everything``:
    look at every document (what a first run does). Returns counts: ``copies`` (rows of
    document_copies), ``parked``, ``promoted``, ``looked_at`` (documents and copies compared)."""
    with connected(db) as conn:
        with conn:
            return _recognise(conn, everything)


def _recognise(conn: sqlite3.Connection, everything: bool = False) -> dict[str, int]:
    filled = _fill_digests(conn)
    changed = None if everything else last_seen(conn)
    ids = None if changed is None else touched(conn, changed.new | filled, changed.gone)
    members = _members(conn, ids)
    outer_of, settled = _outer_documents(conn, members)
    canonical = choose(groups_of(members), outer_of, settled)
    parked = promoted = 0
    for m in sorted(members, key=lambda m: m.id):  # the canonical documents back in first
        if canonical[m.id].id == m.id and m.parked:
            _promote(conn, m)
            promoted += 1
    for m in sorted(members, key=lambda m: m.id):
        best = canonical[m.id]
        if best.id == m.id:
            continue
        how = _recognised_by(m, best)
        if not m.parked:
            _park(conn, m, best, how, outer_of.get(m.id))
            parked += 1
        elif m.canonical_of != best.id:
            conn.execute("UPDATE document_copies SET document_id = ?, recognised_by = ? WHERE id = ?",
                         [best.id, how, m.id])
    _point_at_canonical_parents(conn, None if ids is None else {m.source_path for m in members})
    remember(conn, ids, changed)
    count = conn.execute("SELECT count(*) FROM document_copies").fetchone()[0]
    return {"copies": count, "parked": parked, "promoted": promoted, "looked_at": len(members)}


def canonical_id(db, document_id: str) -> Optional[str]:
    """The id of the document of ``documents`` that ``document_id`` is (itself) or is a copy of."""
    with connected(db) as conn:
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone():
            return document_id
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "document_copies" not in tables:
            return None
        row = conn.execute("SELECT document_id FROM document_copies WHERE id = ?", [document_id]).fetchone()
        return row[0] if row else None


