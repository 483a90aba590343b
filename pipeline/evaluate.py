"""``evaluate``: score a built database against hand annotations (``tests/data/gold``).

Conventions are those of ``gold/README.md``: a gold measure is found by a measure whose text contains
its key; items are tied to measures through ``measure_key``; units match by name or raw; text is
compared without whitespace and with full/half-width forms folded. Scores are micro-averaged over every
gold file of the folder.

Honest about what is absent: a gold document the database does not hold (its source was not built,
or the source yielded fewer documents than its gold lists; see ``match_documents``) counts every one
of its items as missed (``fn``) and every one of its metadata fields and dates as wrong. The accuracies
of attributes of matched items (levels, roles, kinds, comparators, relations) stay over matched items,
as they are for a found document whose items are missed: those misses are already in the items' F1.
A gold folder that is missing, holds no annotation, or none of whose sources are in the database is an
error (``EvaluationError``), not a perfect score. A file that carries a copy of a notice kept from
another file (``document_copies``) is scored with that canonical document: it is what the database
holds for it.

Lifecycle annotations (``tests/data/lifecycle``: ``"scope": "lifecycle"``, only these fields scored)
give per document ``effective_date``/``effective_text``, ``expiry_date``/``expiry_text`` (null when the
text states none; a date null when the text gives no way to compute it) and the documents it
``repeals`` and ``amends`` (``title``, ``doc_number``, and for amends ``acts_on``: cited, or citing for a
history line's amending act). ``repeals`` and ``amends`` are scored as cited documents (F1, matched by
文号 or title as references are), ``effective`` and ``expiry`` as one statement per document (F1: a
stated date must be the day, an uncomputable one the phrase), ``acts_on`` as accuracy.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extractors.titles import issuer_title_key, title_key
from schema.relations import strongest_relation

F1_FIELDS = ["documents", "measures", "assignments", "deadlines", "targets", "citations"]
ACCURACY_FIELDS = ["metadata", "dates", "measure_levels", "roles", "deadline_kinds", "deadline_dates",
                   "target_comparators", "relations", "citations_resolved"]
METADATA_FIELDS = ["doc_number", "issuer", "title", "recipients", "cc"]
DATE_FIELDS = ["signed_date", "printed_date"]
# scored where an annotation gives them (a gold document with the key), so other sets are unaffected
LIFECYCLE_F1_FIELDS = ["repeals", "amends", "effective", "expiry"]
LIFECYCLE_ACCURACY_FIELDS = ["acts_on"]
LIFECYCLE_SCOPE = "lifecycle"


# Double quotes in any form as one: a copy mixes them (“12345" closed by a straight quote) and OCR reads
# “ ” and " alike from the print, so the form is no part of what a key or a label says.
QUOTE_FORMS = str.maketrans({"“": '"', "”": '"'})


def fold(text) -> str:
    """Compare-form: NFKC (full/half width folded), double quotes in one form, no whitespace."""
    if text is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)).translate(QUOTE_FORMS))


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


class EvaluationError(ValueError):
    """Nothing to score: no gold folder, no annotation in it, no database, or none of its sources built."""


@dataclass(frozen=True)
class Miss:
    """One thing the database got wrong, under the gold document it belongs to."""

    document: str  # the gold document: its source and its 文号 or title
    what: str  # "measure missed: 一、 提高政治站位", "deadline extra: …", "not in the database: …"

    def __str__(self) -> str:
        return f"{self.document}: {self.what}"


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {
        name: Score() for name in F1_FIELDS + LIFECYCLE_F1_FIELDS})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {
        name: Accuracy() for name in ACCURACY_FIELDS + LIFECYCLE_ACCURACY_FIELDS})
    misses: list[Miss] = field(default_factory=list)
    missed_documents: list[str] = field(default_factory=list)  # gold documents the database does not hold

    def score(self, name: str) -> float:
        """The field's one figure: F1 for an item kind, accuracy for the rest."""
        return self.scores[name].f1 if name in self.scores else self.accuracies[name].accuracy

    def as_dict(self) -> dict:
        out = {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                      "tp": s.tp, "fp": s.fp, "fn": s.fn} for name, s in self.scores.items()}
        out.update({name: {"accuracy": round(a.accuracy, 4), "correct": a.correct, "total": a.total}
                    for name, a in self.accuracies.items()})
        return out

    def table(self) -> str:
        """The scores as a table; a field with nothing to score in this set (no item annotated and none
        found: the lifecycle fields outside the lifecycle set) is named on one line below it rather
        than shown as a perfect score."""
        lines = [f"{'field':<20}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>5}{'fn':>5}"]
        unscored = []
        for name, s in self.scores.items():
            if s.tp + s.fp + s.fn == 0:
                unscored.append(name)
                continue
            lines.append(f"{name:<20}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
        lines.append(f"{'field':<20}{'accuracy':>10}{'correct':>10}{'total':>8}")
        for name, a in self.accuracies.items():
            if a.total == 0:
                unscored.append(name)
                continue
            lines.append(f"{name:<20}{a.accuracy:>10.3f}{a.correct:>10}{a.total:>8}")
        if unscored:
            lines.append(f"nothing to score here: {', '.join(unscored)}")
        return "\n".join(lines)

    def misses_by_document(self) -> str:
        """What was missed, grouped under each gold document (in the order they were scored)."""
        grouped: dict[str, list[str]] = {}
        for miss in self.misses:
            grouped.setdefault(miss.document, []).append(miss.what)
        return "\n".join(f"{document}\n" + "\n".join(f"  {what}" for what in whats)
                         for document, whats in grouped.items())


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params)]


def _same_number(gold: dict, stored: dict) -> bool:
    return bool(fold(gold.get("doc_number"))) and fold(stored["doc_number"]) == fold(gold["doc_number"])


def _same_title(gold: dict, stored: dict) -> bool:
    # an empty title names nothing: two documents without a title are not thereby the same one
    return bool(fold(gold.get("title"))) and fold(stored["title"]) == fold(gold["title"])


def match_documents(gold_docs: list[dict], stored_docs: list[dict]) -> tuple[list[list], list[dict]]:
    """The gold documents of one source paired with its stored documents: by 文号, else by title; the
    gold documents still unpaired then take the stored ones left in text order (both lists are in text
    order), since a document is the same document whether or not its header was read right — the
    header's errors count in metadata, and a document is missed only when the source yields too few.
    Returns [gold, stored or None] pairs and the stored documents left over."""
    unmatched, pairs = list(stored_docs), []
    for gold in gold_docs:
        found = next((s for s in unmatched if _same_number(gold, s)), None) \
            or next((s for s in unmatched if _same_title(gold, s)), None)
        if found:
            unmatched.remove(found)
        pairs.append([gold, found])
    for pair in pairs:
        if pair[1] is None and unmatched:
            pair[1] = unmatched.pop(0)
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


def evaluate_document(result: Evaluation, conn, gold: dict, doc: dict, label: str, scope: Optional[str] = None) -> None:
    """Score one stored document against the gold document it was matched to (``scope`` lifecycle:
    only its lifecycle fields)."""
    evaluate_lifecycle(result, conn, gold, doc, label)
    if scope == LIFECYCLE_SCOPE:
        return
    doc_id = doc["id"]
    for name in METADATA_FIELDS:
        value = doc[name]
        if name in ("recipients", "cc"):
            ok = [fold(v) for v in json.loads(value or "[]")] == [fold(v) for v in gold.get(name) or []]
        else:
            ok = fold(value) == fold(gold.get(name))
        result.accuracies["metadata"].add(ok)
        if not ok:
            result.misses.append(Miss(label, f"{name}: got {value!r}, gold {gold.get(name)!r}"))
    for name in DATE_FIELDS:
        ok = (doc[name] or None) == gold.get(name)
        result.accuracies["dates"].add(ok)
        if not ok:
            result.misses.append(Miss(label, f"{name}: got {doc[name]!r}, gold {gold.get(name)!r}"))

    measures = _rows(conn, "SELECT * FROM measures WHERE document_id = ? ORDER BY start", [doc_id])
    pairs, missed, extra = _pair(
        gold.get("measures", []), measures,
        lambda g, p: fold(g["key"]) in fold(p["text"]) and fold(g["label"]) == fold(p["label"]),
    )
    _count(result.scores["measures"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["measure_levels"].add(g["level"] == p["level"])
        if g["level"] != p["level"]:
            result.misses.append(Miss(label, f"measure level: {g['label']} {g['key']} got {p['level']}, gold {g['level']}"))
    result.misses += [Miss(label, f"measure missed: {g['label']} {g['key']}") for g in missed]
    result.misses += [Miss(label, f"measure extra: {p['label']} {p['text'][:30]}") for p in extra]

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
    result.misses += [Miss(label, f"assignment missed: {g['raw']}") for g in missed]
    result.misses += [Miss(label, f"assignment extra: {p['raw']}") for p in extra]

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
    result.misses += [Miss(label, f"deadline missed: {g['text']}") for g in missed]
    result.misses += [Miss(label, f"deadline extra: {p['text']}") for p in extra]

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
    result.misses += [Miss(label, f"target missed: {g['text']}") for g in missed]
    result.misses += [Miss(label, f"target extra: {p['text']}") for p in extra]

    evaluate_citations(result, conn, gold, doc_id, label)


def cited_groups(citations: list[dict]) -> list[dict]:
    """Mentions of the same document merged: one entry per cited document, strongest relation."""
    groups: dict = {}
    # a title both issued and repealed by number-less mentions names two editions (现将修订后的《X》印发给你们 … 2017年印发的
    # 《X》同时废止): its repealing mentions are the old edition's
    relations_by_title: dict[str, set] = {}
    for citation in citations:
        if not citation["doc_number"] and citation["title_key"]:
            relations_by_title.setdefault(citation["title_key"], set()).add(citation["relation"])
    two_editions = {key for key, relations in relations_by_title.items() if {"issues", "repeals"} <= relations}
    for citation in citations:
        identity = citation["doc_number"] or citation["title_key"] or citation["text"]
        if not citation["doc_number"] and citation["title_key"] in two_editions and citation["relation"] == "repeals":
            identity = ("old edition", identity)
        group = groups.setdefault(identity, {"doc_number": None, "title_keys": set(), "relations": set(),
                                             "cited_document_id": None, "acts_on": set()})
        if citation.get("acts_on"):
            group["acts_on"].add(citation["acts_on"])
        group["doc_number"] = group["doc_number"] or citation["doc_number"]
        group["cited_document_id"] = group["cited_document_id"] or citation["cited_document_id"]
        if citation["title_key"]:
            group["title_keys"].add(citation["title_key"])
        group["relations"].add(citation["relation"])
    # a title mentioned alone and with its number elsewhere is one document
    merged: list[dict] = []
    for group in sorted(groups.values(), key=lambda g: g["doc_number"] is None):
        # ... but two 文号 are two documents, whatever their titles (two 关于全面推进预算绩效管理的意见), and so are a
        # document the notice issues and one of the same name it repeals (the new edition and the old)
        twin = next((m for m in merged if m["title_keys"] & group["title_keys"]
                     and not (m["doc_number"] and group["doc_number"] and m["doc_number"] != group["doc_number"])
                     and not _new_and_old_edition(m, group)), None)
        if twin:
            twin["title_keys"] |= group["title_keys"]
            twin["relations"] |= group["relations"]
            twin["acts_on"] |= group["acts_on"]
            twin["doc_number"] = twin["doc_number"] or group["doc_number"]
        else:
            merged.append(group)
    for group in merged:
        group["relation"] = strongest_relation(group["relations"])
    return merged


def _new_and_old_edition(one: dict, other: dict) -> bool:
    """Whether of two groups of mentions of one name, one is issued and the other repealed, never both (a notice never
    issues what it repeals: 制定了新的《X》,现予发布 … 《X》(…号)同时废止)."""
    def issued_only(group):
        return "issues" in group["relations"] and "repeals" not in group["relations"]

    def repealed_only(group):
        return "repeals" in group["relations"] and "issues" not in group["relations"]
    return (issued_only(one) and repealed_only(other)) or (repealed_only(one) and issued_only(other))


def evaluate_citations(result: Evaluation, conn, gold: dict, doc_id: str, label: str) -> None:
    predicted = cited_groups(_rows(conn, "SELECT * FROM citations WHERE document_id = ?", [doc_id]))
    told_apart = {key for p in predicted for key in p["title_keys"]}

    def same_title(g: dict, p: dict) -> bool:
        # a gold title naming its issuer goes to the group keyed with that issuer when the store told one apart
        # (citation_title_keys), else to its subject's group
        own = issuer_title_key(g["title"])
        return own in p["title_keys"] or (own not in told_apart and title_key(g["title"]) in p["title_keys"])

    def same_number(g: dict, p: dict) -> bool:
        return bool(g.get("doc_number") and p["doc_number"] and fold(g["doc_number"]) == fold(p["doc_number"]))

    # by 文号 first, so that a title named twice for two documents (an edition issued, the old one repealed) pairs its
    # numbered reference with the numbered group
    by_number, gold_left, predicted_left = _pair(gold.get("references", []), predicted, same_number)
    by_title, missed, extra = _pair(gold_left, predicted_left,
                                    lambda g, p: bool(g.get("title") and same_title(g, p)))
    pairs = by_number + by_title
    _count(result.scores["citations"], pairs, missed, extra)
    for g, p in pairs:
        result.accuracies["relations"].add(g["relation"] == p["relation"])
        if g["relation"] != p["relation"]:
            result.misses.append(Miss(label, f"relation: {g.get('doc_number')} {g.get('title')} got {p['relation']}, "
                                             f"gold {g['relation']}"))
        in_corpus = g.get("doc_number") and conn.execute(
            "SELECT 1 FROM documents WHERE doc_number = ?", [g["doc_number"]]).fetchone()
        if in_corpus:
            result.accuracies["citations_resolved"].add(p["cited_document_id"] is not None)
    result.misses += [Miss(label, f"citation missed: {g.get('doc_number')} {g.get('title')}") for g in missed]
    result.misses += [Miss(label, f"citation extra: {p['doc_number']} {p['title_keys']}") for p in extra]


def _same_document(gold: dict, predicted: dict) -> bool:
    return bool((gold.get("doc_number") and fold(gold["doc_number"]) == fold(predicted["doc_number"]))
                or (gold.get("title") and title_key(gold["title"]) in predicted["title_keys"]))


def _same_statement(gold: dict, doc: dict, kind: str) -> bool:
    if gold.get(f"{kind}_date"):
        return gold[f"{kind}_date"] == doc.get(f"{kind}_date")
    written, stated = fold(gold.get(f"{kind}_text")), fold(doc.get(f"{kind}_text"))
    return bool(stated) and not doc.get(f"{kind}_date") and (written in stated or stated in written)


def evaluate_lifecycle(result: Evaluation, conn, gold: dict, doc: dict, label: str) -> None:
    """The lifecycle fields a gold document annotates: its effective and expiry statements, the
    documents it repeals and amends."""
    for kind in ("effective", "expiry"):
        if f"{kind}_text" not in gold:
            continue
        stated, written = bool(doc.get(f"{kind}_text")), bool(gold.get(f"{kind}_text"))
        same = stated and written and _same_statement(gold, doc, kind)
        result.scores[kind].tp += same
        result.scores[kind].fp += stated and not same
        result.scores[kind].fn += written and not same
        if not same and (stated or written):
            result.misses.append(Miss(label, f"{kind}: got {doc.get(f'{kind}_date')} {doc.get(f'{kind}_text')!r}, "
                                             f"gold {gold.get(f'{kind}_date')} {gold.get(f'{kind}_text')!r}"))
    relations = [relation for relation in ("repeals", "amends") if relation in gold]
    if not relations:
        return
    groups = cited_groups(_rows(conn, "SELECT * FROM citations WHERE document_id = ?", [doc["id"]]))
    for relation in relations:
        predicted = [group for group in groups if group["relation"] == relation]
        pairs, missed, extra = _pair(gold.get(relation) or [], predicted, _same_document)
        _count(result.scores[relation], pairs, missed, extra)
        for g, p in pairs:
            result.accuracies["acts_on"].add(p["acts_on"] == {g.get("acts_on") or "cited"})
        result.misses += [Miss(label, f"{relation} missed: {g.get('doc_number')} {g.get('title')}") for g in missed]
        result.misses += [Miss(label, f"{relation} extra: {p['doc_number']} {p['title_keys']}") for p in extra]


def gold_items(gold: dict) -> dict[str, int]:
    """How many items of each F1 field one gold document holds (what it counts when it is missed)."""
    return {"measures": len(gold.get("measures") or []),
            "assignments": sum(len(entry["units"]) for entry in gold.get("assignments") or []),
            "deadlines": len(gold.get("deadlines") or []),
            "targets": len(gold.get("targets") or []),
            "citations": len(gold.get("references") or [])}


def count_missed_document(result: Evaluation, gold: dict, label: str) -> None:
    """A gold document the database does not hold: every item missed, every header field wrong."""
    items = gold_items(gold)
    for name, count in items.items():
        result.scores[name].fn += count
    for name in ("repeals", "amends"):
        result.scores[name].fn += len(gold.get(name) or [])
    for name in ("effective", "expiry"):
        result.scores[name].fn += bool(gold.get(f"{name}_text"))
    for _ in METADATA_FIELDS:
        result.accuracies["metadata"].add(False)
    for _ in DATE_FIELDS:
        result.accuracies["dates"].add(False)
    result.missed_documents.append(label)
    counted = ", ".join(f"{name} {count}" for name, count in items.items() if count) or "no items"
    result.misses.append(Miss(label, f"document not in the database: counted as missed ({counted}, "
                                     f"metadata fields {len(METADATA_FIELDS)}, dates {len(DATE_FIELDS)})"))


def document_label(source: str, gold: dict, index: int) -> str:
    """How a gold document is named in misses: its source, and its 文号, title or place there."""
    return f"{source} {gold.get('doc_number') or gold.get('title') or f'document {index + 1}'}"


def load_gold(gold_dir) -> list[tuple[str, dict]]:
    """(source stem, annotation) for every gold file of ``gold_dir``; a folder that is missing or holds
    none is an error, since scoring nothing would print perfect scores."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise EvaluationError(f"no gold folder at {folder}")
    annotations = []
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise EvaluationError(f"{path} is not JSON: {error}") from error
        if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
            raise EvaluationError(f"{path} is not a gold annotation (no documents list)")
        annotations.append((Path(gold.get("source") or path.stem).stem, gold))
    if not annotations:
        raise EvaluationError(f"no gold annotations (*.json) in {folder}")
    return annotations


def evaluate(db_path: str, gold_dir: str) -> Evaluation:
    """Score the database at ``db_path`` against every annotation in ``gold_dir`` (a folder of gold
    JSON files, which may hold their .txt sources beside them). Raises ``EvaluationError`` when there is
    nothing to score: no folder, no annotation, or no annotated source in the database."""
    annotations = load_gold(gold_dir)
    if not Path(db_path).is_file():
        raise EvaluationError(f"no database at {db_path}")
    result = Evaluation()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        documents = _rows(conn, "SELECT * FROM documents ORDER BY source_path, source_offset")
        by_source: dict[str, list[dict]] = {}
        for document in documents:
            by_source.setdefault(Path(document["source_path"]).stem, []).append(document)
        for path, document in _copies(conn):
            held = by_source.setdefault(Path(path).stem, [])
            if all(d["id"] != document["id"] for d in held):  # not when its sibling file (same stem) holds it
                held.append(document)
                held.sort(key=lambda d: d["source_offset"] or 0)
        if not any(stem in by_source for stem, _ in annotations):
            raise EvaluationError(f"none of the {len(annotations)} sources annotated in {gold_dir} is in {db_path}")
        for stem, gold in annotations:
            evaluate_source(result, conn, stem, gold, by_source.get(stem, []))
    finally:
        conn.close()
    return result


def _copies(conn) -> list[tuple[str, dict]]:
    """(file, document) for each file that carries a copy of a notice (``document_copies``): the
    database's answer for that file is the canonical document, placed where the copy stands in it."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_copies'").fetchone():
        return []
    found = []
    for row in _rows(conn, "SELECT c.source_path AS copy_path, c.source_offset AS copy_offset, d.* "
                           "FROM document_copies c JOIN documents d ON d.id = c.document_id "
                           "ORDER BY c.source_path, c.source_offset"):
        path, offset = row.pop("copy_path"), row.pop("copy_offset")
        found.append((path, {**row, "source_offset": offset}))
    return found


def evaluate_source(result: Evaluation, conn, stem: str, gold: dict, stored: list[dict]) -> None:
    """Score the stored documents of one source (none when it was not built) against its gold file."""
    pairs, extra = match_documents(gold["documents"], stored)
    score = result.scores["documents"]
    score.tp += sum(1 for _, doc in pairs if doc)
    score.fn += sum(1 for _, doc in pairs if not doc)
    score.fp += len(extra)
    for index, (gold_doc, doc) in enumerate(pairs):
        label = document_label(stem, gold_doc, index)
        if doc:
            evaluate_document(result, conn, gold_doc, doc, label, gold.get("scope"))
        else:
            count_missed_document(result, gold_doc, label)
    for doc in extra:
        result.misses.append(Miss(f"{stem} {doc['doc_number'] or doc['title'] or doc['id']}",
                                  "document extra: not in the gold"))
