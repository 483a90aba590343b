"""The gold documents of tests/data/gold with their texts, for the extractor-level gold tests.

Each source file is split into its documents by the pipeline's own normaliser and structure parser
(003 holds the Heilongjiang forward and the national notice printed inside it), so these tests never
cut a sample at a marker of their own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"


def document_year(gold_document: dict) -> Optional[int]:
    found = re.search(r"〔(\d{4})〕", gold_document.get("doc_number") or "")
    return int(found.group(1)) if found else None


def gold_documents() -> Iterator[tuple[str, dict, str, Optional[int]]]:
    """(name, gold document, its text, its year) for every gold document."""
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (CORPUS / gold["source"]).read_text(encoding="utf-8")
        parsed = parse(normalise(raw).text)
        assert len(parsed) == len(gold["documents"]), gold["source"]
        for document, part in zip(gold["documents"], parsed):
            yield document.get("doc_number") or gold["source"], document, part.text, document_year(document)


def score_against_gold(field: str, gold_key, found_keys) -> tuple[float, float, list]:
    """Precision, recall and the misses of one item kind over every gold document.

    ``gold_key(item)`` turns a gold item of ``field`` into a comparable key; ``found_keys(text, year)``
    gives the keys of what the extractor finds in that document's text."""
    expected, found, misses = Counter(), Counter(), []
    for name, document, text, year in gold_documents():
        want = Counter(gold_key(item) for item in document[field])
        got = Counter(found_keys(text, year))
        expected += want
        found += got
        misses += [(name, "missed", k) for k in want - got] + [(name, "extra", k) for k in got - want]
    matched = sum((expected & found).values())
    precision = matched / max(1, sum(found.values()))
    recall = matched / max(1, sum(expected.values()))
    print(f"\n{field}: precision {precision:.3f} recall {recall:.3f} "
          f"({matched} matched, {sum(found.values())} found, {sum(expected.values())} gold)")
    for miss in misses:
        print("  ", *miss)
    return precision, recall, misses
