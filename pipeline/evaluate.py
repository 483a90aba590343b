"""``evaluate``: score a built database against hand annotations (``../shared/gold``).

Conventions are those of ``gold/README.md``: a gold measure is found by a measure whose text contains
its key; items are tied to measures through ``measure_key``; units match by name or raw; text is
compared without whitespace and with full/half-width forms folded. Scores are micro-averaged over all
gold files whose source was built into the database.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extractors.citations import strongest_relation, title_key

F1_FIELDS = ["documents", "measures", "assignments", "deadlines", "targets", "citations"]
ACCURACY_FIELDS = ["metadata", "dates", "measure_levels", "roles", "deadline_kinds", "deadline_dates",
                   "target_comparators", "relations", "citations_resolved"]
METADATA_FIELDS = ["doc_number", "issuer", "title", "recipients", "cc"]
DATE_FIELDS = ["signed_date", "printed_date"]


def fold(text) -> str:
    """Compare-form: NFKC (full/half width folded), no whitespace."""
    if text is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in F1_FIELDS})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in ACCURACY_FIELDS})
    misses: list[str] = field(default_factory=list)  # human-readable misses, for debugging

    def as_dict(self) -> dict:
        out = {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                      "tp": s.tp, "fp": s.fp, "fn": s.fn} for name, s in self.scores.items()}
        out.update({name: {"accuracy": round(a.accuracy, 4), "correct": a.correct, "total": a.total}
                    for name, a in self.accuracies.items()})
        return out

    def table(self) -> str:
        lines = [f"{'field':<20}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>5}{'fn':>5}"]
        for name, s in self.scores.items():
            lines.append(f"{name:<20}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
        lines.append(f"{'field':<20}{'accuracy':>10}{'correct':>10}{'total':>8}")
        for name, a in self.accuracies.items():
            lines.append(f"{name:<20}{a.accuracy:>10.3f}{a.correct:>10}{a.total:>8}")
        return "\n".join(lines)


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params)]


def _match_documents(gold_docs: list[dict], predicted: list[dict]):
    pairs, unmatched = [], list(predicted)
    for gold in gold_docs:
        found = next((p for p in unmatched if gold.get("doc_number") and fold(p["doc_number"]) == fold(gold["doc_number"])), None)
        found = found or next((p for p in unmatched if fold(p["title"]) == fold(gold.get("title"))), None)
        if found:
            unmatched.remove(found)
        pairs.append((gold, found))
    return pairs, unmatched


def _measure_for_key(measures: list[dict], key: Optional[str]) -> Optional[str]:
    """The id of the measure whose own text contains ``key`` (the deepest when several do)."""
    if key is None:
        return None
    folded = fold(key)
    hits = [m for m in measures if folded in fold(m["text"])]
    return max(hits, key=lambda m: m["level"])["id"] if hits else "missing"


def _pair(gold_items, predicted_items, same) -> tuple[list, list, list]:
    """Greedy one-to-one pairing; returns (pairs, unmatched gold, unmatched predicted)."""
    remaining, pairs, missed = list(predicted_items), [], []
    for gold in gold_items:
        found = next((p for p in remaining if same(gold, p)), None)
        if found is None:
            missed.append(gold)
        else:
            remaining.remove(found)
            pairs.append((gold, found))
    return pairs, missed, remaining


def _count(score: Score, pairs, missed, extra) -> None:
    score.tp += len(pairs)
    score.fn += len(missed)
    score.fp += len(extra)


def evaluate_document(result: Evaluation, conn, gold: dict, doc: dict) -> None:
    doc_id = doc["id"]
    for name in METADATA_FIELDS:
        value = doc[name]
        if name in ("recipients", "cc"):
            ok = [fold(v) for v in json.loads(value or "[]")] == [fold(v) for v in gold.get(name) or []]
        else:
            ok = fold(value) == fold(gold.get(name))
        result.accuracies["metadata"].add(ok)
        if not ok:
            result.misses.append(f"{gold.get('doc_number')} {name}: got {value!r}, gold {gold.get(name)!r}")
    for name in DATE_FIELDS:
        ok = (doc[name] or None) == gold.get(name)
        result.accuracies["dates"].add(ok)
        if not ok:
            result.misses.append(f"{gold.get('doc_number')} {name}: got {doc[name]!r}, gold {gold.get(name)!r}")

    measures = _rows(conn, "SELECT * FROM measures WHERE document_id = ? ORDER BY start", [doc_id])
    pairs, missed, extra = _pair(
        gold.get("measures", []), measures,
        lambda g, p: fold(g["key"]) in fold(p["text"]) and fold(g["label"]) == fold(p["label"]),
    )
    _count(result.scores["measures"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["measure_levels"].add(g["level"] == p["level"])
    result.misses += [f"{gold.get('doc_number')} measure missed: {g['label']} {g['key']}" for g in missed]
    result.misses += [f"{gold.get('doc_number')} measure extra: {p['label']} {p['text'][:30]}" for p in extra]

    key_to_measure = lambda key: _measure_for_key(measures, key)  # noqa: E731

    gold_assignments = [
        {**unit, "measure_id": key_to_measure(entry.get("measure_key"))}
        for entry in gold.get("assignments", []) for unit in entry["units"]
    ]
    predicted = _rows(conn, "SELECT a.*, u.name FROM assignments a JOIN units u ON u.id = a.unit_id "
                            "WHERE a.document_id = ?", [doc_id])
    pairs, missed, extra = _pair(
        gold_assignments, predicted,
        lambda g, p: g["measure_id"] == p["measure_id"]
        and bool({fold(g["name"]), fold(g["raw"])} & {fold(p["name"]), fold(p["raw"])}),
    )
    _count(result.scores["assignments"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["roles"].add(g["role"] == p["role"])
    result.misses += [f"{gold.get('doc_number')} assignment missed: {g['raw']}" for g in missed]
    result.misses += [f"{gold.get('doc_number')} assignment extra: {p['raw']}" for p in extra]

    gold_deadlines = [{**d, "measure_id": key_to_measure(d.get("measure_key"))} for d in gold.get("deadlines", [])]
    predicted = _rows(conn, "SELECT * FROM deadlines WHERE document_id = ?", [doc_id])
    pairs, missed, extra = _pair(
        gold_deadlines, predicted,
        lambda g, p: fold(g["text"]) == fold(p["text"]) and g["measure_id"] == p["measure_id"],
    )
    _count(result.scores["deadlines"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["deadline_kinds"].add(g["kind"] == p["kind"])
        if g["kind"] == "deadline":
            result.accuracies["deadline_dates"].add(g.get("date") == p["date"])
    result.misses += [f"{gold.get('doc_number')} deadline missed: {g['text']}" for g in missed]
    result.misses += [f"{gold.get('doc_number')} deadline extra: {p['text']}" for p in extra]

    gold_targets = [{**t, "measure_id": key_to_measure(t.get("measure_key"))} for t in gold.get("targets", [])]
    predicted = _rows(conn, "SELECT * FROM targets WHERE document_id = ?", [doc_id])
    pairs, missed, extra = _pair(
        gold_targets, predicted,
        lambda g, p: abs(float(g["value"]) - float(p["value"])) < 1e-6 and fold(g["unit"]) == fold(p["unit"])
        and g["measure_id"] == p["measure_id"],
    )
    _count(result.scores["targets"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["target_comparators"].add(g["comparator"] == p["comparator"])
    result.misses += [f"{gold.get('doc_number')} target missed: {g['text']}" for g in missed]
    result.misses += [f"{gold.get('doc_number')} target extra: {p['text']}" for p in extra]

    evaluate_citations(result, conn, gold, doc_id)


def cited_groups(citations: list[dict]) -> list[dict]:
    """Mentions of the same document merged: one entry per cited document, strongest relation."""
    groups: dict[str, dict] = {}
    for citation in citations:
        identity = citation["doc_number"] or citation["title_key"] or citation["text"]
        group = groups.setdefault(identity, {"doc_number": None, "title_keys": set(), "relations": set(),
                                             "cited_document_id": None})
        group["doc_number"] = group["doc_number"] or citation["doc_number"]
        group["cited_document_id"] = group["cited_document_id"] or citation["cited_document_id"]
        if citation["title_key"]:
            group["title_keys"].add(citation["title_key"])
        group["relations"].add(citation["relation"])
    # a title mentioned alone and with its number elsewhere is one document
    merged: list[dict] = []
    for group in sorted(groups.values(), key=lambda g: g["doc_number"] is None):
        twin = next((m for m in merged if m["title_keys"] & group["title_keys"]), None)
        if twin:
            twin["title_keys"] |= group["title_keys"]
            twin["relations"] |= group["relations"]
            twin["doc_number"] = twin["doc_number"] or group["doc_number"]
        else:
            merged.append(group)
    for group in merged:
        group["relation"] = strongest_relation(group["relations"])
    return merged


def evaluate_citations(result: Evaluation, conn, gold: dict, doc_id: str) -> None:
    predicted = cited_groups(_rows(conn, "SELECT * FROM citations WHERE document_id = ?", [doc_id]))
    pairs, missed, extra = _pair(
        gold.get("references", []), predicted,
        lambda g, p: (g.get("doc_number") and fold(g["doc_number"]) == fold(p["doc_number"]))
        or (g.get("title") and title_key(g["title"]) in p["title_keys"]),
    )
    _count(result.scores["citations"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["relations"].add(g["relation"] == p["relation"])
        in_corpus = g.get("doc_number") and conn.execute(
            "SELECT 1 FROM documents WHERE doc_number = ?", [g["doc_number"]]).fetchone()
        if in_corpus:
            result.accuracies["citations_resolved"].add(p["cited_document_id"] is not None)
    result.misses += [f"{gold.get('doc_number')} citation missed: {g.get('doc_number')} {g.get('title')}" for g in missed]
    result.misses += [f"{gold.get('doc_number')} citation extra: {p['doc_number']} {p['title_keys']}" for p in extra]


def evaluate(db_path: str, gold_dir: str) -> Evaluation:
    result = Evaluation()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    documents = _rows(conn, "SELECT * FROM documents ORDER BY source_path, source_offset")
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        stem = Path(gold.get("source") or gold_file.stem).stem
        predicted = [d for d in documents if Path(d["source_path"]).stem == stem]
        if not predicted:
            continue  # this source was not built into the database
        pairs, extra = _match_documents(gold["documents"], predicted)
        score = result.scores["documents"]
        score.tp += sum(1 for _, doc in pairs if doc)
        score.fn += sum(1 for _, doc in pairs if not doc)
        score.fp += len(extra)
        for gold_doc, doc in pairs:
            if doc:
                evaluate_document(result, conn, gold_doc, doc)
            else:
                result.misses.append(f"{stem}: document missed {gold_doc.get('doc_number')}")
    conn.close()
    return result
