"""Two documents of the database compared: documents named by id or 文号, their measures read for
the alignment, and the alignment and coverage of one pair (what ``notices compare`` shows)."""

from __future__ import annotations

import re
from typing import Optional

from extractors.brackets import YEAR_CLOSE_BRACKETS, YEAR_OPEN_BRACKETS
from extractors.docnumbers import typed_doc_number
from extractors.vocab import Examples
from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.copies import canonical_id
from pipeline.ingest.database import connected

#: A 文号's year in any of its brackets, with spaces inside.
BRACKETED_YEAR = re.compile(rf"[{re.escape(YEAR_OPEN_BRACKETS)}]\s*(\d{{4}})\s*[{re.escape(YEAR_CLOSE_BRACKETS)}]")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

EXAMPLES = {"BRACKETED_YEAR": Examples(match=("〔2020〕", "[ 2020 ]", "（2020）", "„2009‟", "【2020〕"),
                                       no_match=("〔20〕", "《2020》", "2020年"))}


def normalise_ref(ref: str) -> str:
    """A 文号 with its year brackets as 〔〕 and no spaces: 国开发[2020]3号 → 国开发〔2020〕3号."""
    ref = re.sub(r"[\s\u200b\ufeff]", "", str(ref)).translate(_FULL_WIDTH_DIGITS)
    return BRACKETED_YEAR.sub(r"〔\1〕", ref)


def find_document(db, ref: str) -> str:
    """The id of the document ``ref`` names: a document id (a copy's: the canonical document) or a
    文号 (any brackets). When several documents carry the number, the one with the most measures.
    Raises LookupError."""
    with connected(db) as conn:
        found = canonical_id(conn, ref)  # a document's id, or a copy's: the document kept for it
        if found:
            return found
        # the number as written, and as the 文号 parser reads it when it is one
        candidates = {normalise_ref(ref)} | ({typed_doc_number(ref)} - {None})
        marks = ",".join("?" * len(candidates))
        row = conn.execute(
            f"SELECT d.id FROM documents d WHERE d.doc_number IN ({marks}) ORDER BY "
            "(SELECT COUNT(*) FROM measures m WHERE m.document_id = d.id) DESC, d.id LIMIT 1",
            list(candidates)).fetchone()
    if row:
        return row[0]
    raise LookupError(f"no document with id or 文号 {ref!r} in the database")


def _locate(doc_text: str, piece: Optional[str], start: int, end: Optional[int]) -> Optional[int]:
    if not piece or not doc_text:
        return None
    end = len(doc_text) if end is None else end
    at = doc_text.find(piece, max(0, start), end + len(piece))
    return at if at >= 0 else None


def load_measures(db, document_id: str) -> list[dict]:
    """The measures of a document as dicts for :func:`~.algorithm.align_measures`, with
    ``text_start`` and ``heading_start`` found in ``documents.text``."""
    with connected(db) as conn:
        found = conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        cur = conn.execute(
            "SELECT id, parent_id, level, ordinal, label, path, heading, text, start, \"end\" "
            "FROM measures WHERE document_id = ? ORDER BY start, level", [document_id])
        names = [c[0] for c in cur.description]
        rows = cur.fetchall()
    doc_text = (found[0] if found else "") or ""
    measures = []
    for values in rows:
        m = dict(zip(names, values))
        start = m["start"] or 0
        for key, piece in (("text_start", m["text"]), ("heading_start", m["heading"])):
            at = _locate(doc_text, piece, start, m["end"])
            if at is not None:
                m[key] = at
        measures.append(m)
    return measures


def compare_documents(db, local_ref: str, national_ref: str, *,
                      threshold: Optional[float] = None) -> list[dict]:
    """:func:`~.algorithm.align_measures` for two documents of the database, named by id or 文号.
    Each row also has ``local_document_id`` and ``national_document_id``; offsets are into each
    document's ``documents.text``."""
    with connected(db) as conn:
        local_id = find_document(conn, local_ref)
        national_id = find_document(conn, national_ref)
        rows = align_measures(load_measures(conn, local_id), load_measures(conn, national_id),
                              threshold=threshold)
    for row in rows:
        row["local_document_id"] = local_id
        row["national_document_id"] = national_id
    return rows


def coverage(db, local_ref: str, national_ref: str) -> dict:
    """How much of the national document the local one implements.

    Returns ``local_document_id``, ``national_document_id``, ``national_total``,
    ``national_covered`` (count), ``coverage`` (share of national measures covered),
    ``not_covered`` (national measures no local measure implements: a section counts as covered
    when it or one of its items is matched), ``local_additions`` (local measures with no national
    counterpart) and ``rows`` (the alignment)."""
    with connected(db) as conn:
        local_id = find_document(conn, local_ref)
        national_id = find_document(conn, national_ref)
        national = load_measures(conn, national_id)
        local = load_measures(conn, local_id)
    rows = align_measures(local, national)
    direct = set()
    for row in rows:
        if row["national_measure_id"] is not None:
            direct.add(row["national_measure_id"])
            direct.update(a["national_measure_id"] for a in row["also"])
    by_id = {m["id"]: m for m in national}
    covered = set(direct)
    for mid in direct:  # a matched item covers the sections it sits in
        p = by_id.get(mid, {}).get("parent_id")
        while p and p not in covered:
            covered.add(p)
            p = by_id.get(p, {}).get("parent_id")

    def brief(m: dict) -> dict:
        return {"id": m["id"], "path": m["path"], "label": m["label"],
                "heading": m.get("heading") or (m.get("text") or "")[:40]}

    local_by_id = {m["id"]: m for m in local}
    return {
        "local_document_id": local_id,
        "national_document_id": national_id,
        "national_total": len(national),
        "national_covered": len(covered),
        "coverage": round(len(covered) / len(national), 3) if national else 0.0,
        "not_covered": [brief(m) for m in national if m["id"] not in covered],
        "local_additions": [brief(local_by_id[r["local_measure_id"]]) for r in rows
                            if r["national_measure_id"] is None],
        "rows": rows,
    }

