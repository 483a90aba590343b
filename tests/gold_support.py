"""The gold documents of ../shared/gold with their texts, for the extractor-level gold tests.

Each source file is split into its documents by the pipeline's own normaliser and structure parser
(003 holds the Heilongjiang forward and the national notice printed inside it), so these tests never
cut a sample at a marker of their own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator, Optional

from pipeline.normalise import normalise
from pipeline.structure import parse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT.parent / "shared" / "gold"


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
