"""The spaCy pipeline: a blank ``zh`` language with the jieba segmenter and one component per
extractor.

Each component runs its extractor on ``doc.text`` and stores the items twice: the dataclasses with
their exact character offsets in ``doc._.items[kind]`` (what the database gets), and a
``doc.spans[kind]`` group aligned to jieba tokens (what displaCy draws). The pipeline is built once
per process (``get_nlp``): loading jieba's dictionary is the slow part.

The build needs only the items, never the tokens, so it calls ``extract_items``: the same extractors
in the same order on the same text, without segmenting it. Segmenting a notice with jieba and
building its ``Doc`` cost about 30 ms per notice, more than all the extractors together, and
importing spaCy costs about 2 s per process; so spaCy is imported only when a ``Doc`` is asked for
(``analyse``, ``get_nlp``), for displaCy and for anyone who wants the tokens.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

USER_DICTIONARY = Path(__file__).resolve().parents[1] / "extractors" / "data" / "policy_terms.txt"

# component name -> (item kind, extractor taking (text, year))
EXTRACTORS = {
    "notice_assignments": ("assignments", lambda text, year: find_assignments(text)),
    "notice_deadlines": ("deadlines", lambda text, year: find_deadlines(text, year)),
    "notice_targets": ("targets", lambda text, year: find_targets(text)),
    "notice_citations": ("citations", lambda text, year: find_citations(text)),
}


def extract_items(text: str, year: int | None) -> dict[str, list]:
    """Every extractor on ``text``: item kind -> items, exactly what ``analyse(text, year)._.items``
    holds, without segmenting the text (what the build uses)."""
    return {kind: extractor(text, year) for kind, extractor in EXTRACTORS.values()}


# A short notice that makes every extractor load what it loads lazily (units: its jieba POS
# tokenizer and abbreviation table; deadlines, targets, citations: their patterns).
WARM_UP_TEXT = (
    "福州市人民政府办公厅关于印发2020年工作要点的通知\n"
    "根据《国务院关于加强工作的意见》（国发〔2019〕12号）精神，现通知如下：\n"
    "一、加强组织领导。到2020年底，全市贫困人口减少50%以上。"
    "（牵头单位：市发改委、泾县卫健委；配合单位：市财政局，各县（市）区人民政府；完成时限：2020年6月底前）\n"
)


def warm_up() -> None:
    """Load everything the extractors load on first use, so a worker pays for it once, up front."""
    extract_items(WARM_UP_TEXT, 2020)


# --------------------------------------------------------------------------------------------
# the spaCy side, imported on first use


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


def _make_component(name: str, kind: str, extractor) -> None:
    from spacy.language import Language

    @Language.component(name)
    def component(doc: Doc) -> Doc:
        # ``doc.text`` joins every token again on each access: read it once
        return _store(doc, kind, extractor(doc.text, doc._.year))


def _register() -> None:
    """The ``Doc`` extensions and one pipeline component per extractor (once per process)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    for extension in ("items", "year"):
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)
    for name, (kind, extractor) in EXTRACTORS.items():
        if name not in Language.factories:
            _make_component(name, kind, extractor)


def load_user_dictionary() -> None:
    import jieba

    if USER_DICTIONARY.exists():
        jieba.load_userdict(str(USER_DICTIONARY))


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    import jieba
    import spacy

    _register()
    jieba.setLogLevel(60)
    load_user_dictionary()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str, year: int | None) -> Doc:
    """Segment ``text`` and run every extractor on it: a ``Doc`` with ``doc._.items`` and spans."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.year = year
    for kind, items in extract_items(text, year).items():
        _store(doc, kind, items)
    return doc
