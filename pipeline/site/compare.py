"""The compare page's data: a local notice beside the higher-level notice it implements.

The alignment and the coverage figure are those ``notices compare`` computes
(:func:`pipeline.corpus.align.lookup.coverage`, which runs ``align_measures``); this module only
lays them out for the page: each local measure's own words beside the national measures it is
matched with, the passages they share marked on both sides, the local measures with no national
counterpart and the national measures no local one implements.

A measure is shown by its *own* words: from its label to its first item (or its end, when it has
none), as the alignment reads it; its items have rows of their own.
"""

from __future__ import annotations

import sqlite3
from typing import Optional

from pipeline.corpus.align.lookup import coverage, find_document
from pipeline.site.sql import dict_rows
from schema.alignments import ALIGNED_PAIRS
from schema.relations import relation_rank

#: What a matched pair's score rests on, as the page says it.
METHOD_LABELS = {"both": "抄录+用词 copied text and words", "reuse": "抄录 copied text", "lexical": "用词 words"}


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
                        [name]).fetchone() is not None


def implemented_documents(conn: sqlite3.Connection, local_id: str) -> list[dict]:
    """The higher-level notices ``local_id`` was aligned with by the build (``aligned_pairs``:
    those it forwards, implements, is based on, cites or copies), strongest relation first,
    each with how many of its local measures found a counterpart there."""
    if not _has_table(conn, ALIGNED_PAIRS):
        return []
    found = dict_rows(conn, f"""
        SELECT p.national_document_id AS id, p.relation, d.doc_number, d.title, d.issuer, d.admin_level,
               (SELECT COUNT(*) FROM alignments a WHERE a.local_document_id = p.local_document_id
                AND a.national_document_id = p.national_document_id) AS matched,
               (SELECT COUNT(*) FROM measures m WHERE m.document_id = p.local_document_id) AS aligned
        FROM {ALIGNED_PAIRS} p JOIN documents d ON d.id = p.national_document_id
        WHERE p.local_document_id = ?""", [local_id])
    best: dict[str, dict] = {}
    for row in found:  # one entry per document, under its strongest relation
        kept = best.get(row["id"])
        if kept is None or relation_rank(row["relation"]) < relation_rank(kept["relation"]):
            best[row["id"]] = row
    return sorted(best.values(), key=lambda row: (relation_rank(row["relation"]), -row["matched"], row["id"]))


def marked_pieces(text: str, start: int, end: int, passages: list[tuple[int, int, str]]) -> list[dict]:
    """``text[start:end]`` cut into pieces, each ``{"text", "passage"}``: ``passage`` is the key of
    the shared passage covering it, None outside every passage. ``passages`` are (start, end, key)
    in document offsets; parts outside [start, end) are cut off, and where two overlap the earlier
    one wins."""
    cuts, covered_to = [], start
    for left, right, key in sorted(passages):
        left, right = max(left, covered_to), min(right, end)
        if right > left:
            cuts.append((left, right, key))
            covered_to = right
    pieces, at = [], start
    for left, right, key in cuts:
        if left > at:
            pieces.append({"text": text[at:left], "passage": None})
        pieces.append({"text": text[left:right], "passage": key})
        at = right
    if end > at:
        pieces.append({"text": text[at:end], "passage": None})
    return pieces


def own_span(text: str, measure: dict, first_child_start: Optional[int]) -> tuple[int, int]:
    """Where a measure's own words are in its document's ``text``: from its start to its first
    item's (or its end), without the blank lines around them."""
    start = measure["start"] or 0
    end = measure["end"] if measure["end"] is not None else start
    if first_child_start is not None and start <= first_child_start < end:
        end = first_child_start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Document:
    """One document's text and measures, for showing measures with their shared passages."""

    def __init__(self, conn: sqlite3.Connection, document_id: str):
        self.row = dict_rows(conn, "SELECT id, doc_number, title, issuer, admin_level, region, signed_date, text "
                               "FROM documents WHERE id = ?", [document_id])[0]
        self.text = self.row.pop("text") or ""
        self.measures = {m["id"]: m for m in dict_rows(
            conn, 'SELECT id, parent_id, level, label, path, heading, text, start, "end" FROM measures '
                  "WHERE document_id = ? ORDER BY start, level", [document_id])}
        self.first_child: dict[str, int] = {}
        for m in self.measures.values():
            parent, start = m["parent_id"], m["start"]
            if parent in self.measures and start is not None:
                self.first_child[parent] = min(start, self.first_child.get(parent, start))

    def block(self, measure_id: str, passages: list[tuple[int, int, str]]) -> Optional[dict]:
        """A measure as the page shows it: label, path, heading and its own words in pieces."""
        m = self.measures.get(measure_id)
        if m is None:
            return None
        if m["start"] is None:  # no offsets (a table row without them): its text, nothing marked
            pieces = [{"text": m["text"] or m["heading"] or "", "passage": None}]
        else:
            start, end = own_span(self.text, m, self.first_child.get(measure_id))
            pieces = marked_pieces(self.text, start, end, passages)
        return {"id": m["id"], "label": m["label"], "path": m["path"], "level": m["level"],
                "heading": m["heading"], "pieces": pieces}


def comparison(conn: sqlite3.Connection, local_ref: str, national_ref: str) -> dict:
    """The compare page of two documents of the database (by id or 文号): ``local`` and
    ``national`` (their header fields), ``rows`` (one per local measure: ``local`` block,
    ``national`` blocks — the matched measure and those under ``also`` —, ``score``, ``method``,
    ``copied`` characters, ``best`` candidate when unmatched), ``not_covered`` (national blocks no
    local measure implements), and the figures ``coverage``, ``national_covered``,
    ``national_total``, ``local_matched``, ``local_total``. Raises LookupError for an unknown
    document."""
    figures = coverage(conn, find_document(conn, local_ref), find_document(conn, national_ref))
    local = _Document(conn, figures["local_document_id"])
    national = _Document(conn, figures["national_document_id"])
    rows = []
    for index, row in enumerate(figures["rows"]):
        keys = [f"p{index}-{k}" for k in range(len(row["shared"]))]
        local_passages = [(s["local_start"], s["local_end"], key) for s, key in zip(row["shared"], keys)]
        national_passages = [(s["national_start"], s["national_end"], key) for s, key in zip(row["shared"], keys)]
        matched = [row["national_measure_id"]] if row["national_measure_id"] else []
        matched += [also["national_measure_id"] for also in row["also"]]
        blocks = [national.block(measure_id, national_passages) for measure_id in matched]
        best = row["candidates"][0] if row["candidates"] and not matched else None
        rows.append({
            "local": local.block(row["local_measure_id"], local_passages),
            "national": [block for block in blocks if block],
            "score": row["score"], "method": row["method"], "method_label": METHOD_LABELS.get(row["method"]),
            "copied": sum(s["local_end"] - s["local_start"] for s in row["shared"]),
            "best": best and {**best, "heading": (national.measures.get(best["national_measure_id"]) or {}).get("heading")},
        })
    return {
        "local": local.row, "national": national.row, "rows": rows,
        "not_covered": [national.block(m["id"], []) for m in figures["not_covered"]],
        "coverage": figures["coverage"], "national_covered": figures["national_covered"],
        "national_total": figures["national_total"],
        "local_matched": sum(1 for row in rows if row["national"]), "local_total": len(rows),
    }
