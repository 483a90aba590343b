"""The spaCy pipeline: a blank ``zh`` language with the jieba segmenter and one component per
extractor.

Each component runs its extractor on ``doc.text`` and stores the items twice: the dataclasses with
their exact character offsets in ``doc._.items[kind]`` (what the database gets), and a
``doc.spans[kind]`` group aligned to jieba tokens (what displaCy draws). The pipeline is built once
per process (``get_nlp``): loading jieba's dictionary is the slow part.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments

USER_DICTIONARY = Path(__file__).resolve().parents[1] / "extractors" / "data" / "policy_terms.txt"

if not Doc.has_extension("items"):
    Doc.set_extension("items", default=None)
if not Doc.has_extension("year"):
    Doc.set_extension("year", default=None)

# component name -> (item kind, extractor taking (text, doc))
EXTRACTORS = {
    "notice_assignments": ("assignments", lambda doc: find_assignments(doc.text)),
    "notice_deadlines": ("deadlines", lambda doc: find_deadlines(doc.text, doc._.year)),
    "notice_targets": ("targets", lambda doc: find_targets(doc.text)),
    "notice_citations": ("citations", lambda doc: find_citations(doc.text)),
}


def _store(doc: Doc, kind: str, items: list) -> Doc:
    if doc._.items is None:
        doc._.items = {}
    doc._.items[kind] = items
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[kind] = spans
    return doc


def _make_component(name: str, kind: str, extractor):
    @Language.component(name)
    def component(doc: Doc) -> Doc:
        return _store(doc, kind, extractor(doc))

    return component


for _name, (_kind, _extractor) in EXTRACTORS.items():
    if _name not in Language.factories:
        _make_component(_name, _kind, _extractor)


def load_user_dictionary() -> None:
    if USER_DICTIONARY.exists():
        jieba.load_userdict(str(USER_DICTIONARY))


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    jieba.setLogLevel(60)
    load_user_dictionary()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str, year: int | None) -> Doc:
    """Segment ``text`` and run every extractor on it."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.year = year
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
