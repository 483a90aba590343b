"""The extractors as spaCy pipeline components: each a registered factory (``@Language.factory``)
whose component runs one extractor on the ``Doc`` and writes its items as ``doc.spans[<kind>]``.

Every span carries its item: ``span._.item`` is the dataclass of ``schema.models`` the extractor
returned (a ``UnitMention``, ``Deadline``, ``Target`` or ``Citation``), and each field of those
dataclasses is a span attribute read from it — ``span._.role``, ``span._.kind``, ``span._.date`` (ISO),
``span._.value``, ``span._.unit``, ``span._.comparator``, ``span._.relation``, ``span._.serial`` … —
``None`` where the item has no such field. A span's ``start_char``/``end_char`` are its item's
``start``/``end``: a component refuses an item whose offsets fall inside a token.

The items themselves live in ``doc._.items[<kind>]`` and a span finds its own by the index it was
given as ``span.id``: spaCy keys a span's extension values by its character offsets alone, so two
items at the same offsets (two kinds, or one unit with two roles) would otherwise share one value.

What the extractors need to know of the document is set on the Doc before the pipeline runs
(``extractors.nlp.analyse``): ``doc._.year``, the year deadlines without one are read in, and
``doc._.own_numbers`` and ``doc._.own_titles``, the document's own 文号 and title (from its header),
which citations never cite, and ``doc._.own_dates``, its (signed, printed) dates, which 自印发之日起施行
counts from.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Callable

import extractors.spacy_import  # noqa: F401  (first: spaCy without its command line)
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.lifecycle import find_lifecycle
from extractors.targets import find_targets
from extractors.units import find_assignments
from schema.models import Citation, Deadline, LifecycleStatement, Target, UnitMention

# component (factory) name -> the span group it writes, in pipeline order
COMPONENTS = {
    "notice_assignments": "assignments",
    "notice_deadlines": "deadlines",
    "notice_targets": "targets",
    "notice_citations": "citations",
    "notice_lifecycle": "lifecycle_statements",
}
ITEM_CLASSES = (UnitMention, Deadline, Target, Citation, LifecycleStatement)
# the span already has these: its text, start_char and end_char
SPAN_OWN_FIELDS = {"text", "start", "end"}
# text and the Doc (its year, its own numbers) -> items; each extractor reads what it needs of the Doc
Finder = Callable[[str, Doc], list]


def item_of(span: Span):
    """The item a component stored for ``span`` (``None`` for a span no component made)."""
    items = (span.doc._.items or {}).get(span.label_)
    if items is None or not 0 <= span.id < len(items):
        return None
    return items[span.id]


def items_of(doc: Doc, kind: str) -> list:
    """The items of ``doc.spans[kind]``, in the same order, each at its span's offsets (what
    ``span._.item`` gives span by span, without spaCy's extension look-ups for each)."""
    return doc._.items[kind]


def _field_getter(name: str) -> Callable[[Span], object]:
    return lambda span: getattr(item_of(span), name, None)


def _register_extensions() -> None:
    if not Doc.has_extension("year"):
        Doc.set_extension("year", default=None)
    if not Doc.has_extension("own_numbers"):
        Doc.set_extension("own_numbers", default=())
    if not Doc.has_extension("own_titles"):
        Doc.set_extension("own_titles", default=())
    if not Doc.has_extension("own_dates"):
        Doc.set_extension("own_dates", default=(None, None))
    if not Doc.has_extension("items"):
        Doc.set_extension("items", default=None)
    if not Doc.has_extension("plain_text"):
        Doc.set_extension("plain_text", default=None)
    if not Span.has_extension("item"):
        Span.set_extension("item", getter=item_of)
    for cls in ITEM_CLASSES:
        for field in fields(cls):
            if field.name not in SPAN_OWN_FIELDS and not Span.has_extension(field.name):
                Span.set_extension(field.name, getter=_field_getter(field.name))


_register_extensions()


def text_of(doc: Doc) -> str:
    """The Doc's text: the copy its tokenizer kept when it has one (``doc.text`` joins every token
    again on each access, a millisecond for a notice of one token per character)."""
    plain = doc._.plain_text
    return plain if plain is not None else doc.text


def store_items(doc: Doc, kind: str, items: list) -> Doc:
    """``items`` as ``doc.spans[kind]``, each span labelled ``kind`` with its index as ``span.id``."""
    if doc._.items is None:
        doc._.items = {}
    doc._.items[kind] = items
    spans = []
    one_token_per_character = len(doc) == len(text_of(doc))
    label = doc.vocab.strings.add(kind)  # the label's hash, looked up once (a string is looked up for each span)
    for index, item in enumerate(items):
        if one_token_per_character:  # token i is character i: no search for the tokens
            span = Span(doc, item.start, item.end, label=label, span_id=index)
        else:
            span = doc.char_span(item.start, item.end, label=kind, span_id=index)
        if span is None:
            raise ValueError(f"{kind} item at {item.start}-{item.end} ({item.text!r}) does not fall on token "
                             "boundaries: the tokenizer must cut the text at every character")
        spans.append(span)
    doc.spans[kind] = spans
    return doc


class ItemSpans:
    """A pipeline component: one extractor's items on the Doc as ``doc.spans[kind]``."""

    def __init__(self, kind: str, find: Finder):
        self.kind = kind
        self.find = find

    def __call__(self, doc: Doc) -> Doc:
        return store_items(doc, self.kind, self.find(text_of(doc), doc))


@Language.factory("notice_assignments")
def make_assignments(nlp: Language, name: str) -> ItemSpans:
    return ItemSpans("assignments", lambda text, doc: find_assignments(text))


@Language.factory("notice_deadlines")
def make_deadlines(nlp: Language, name: str) -> ItemSpans:
    # 下周三前 counts from the notice's own date: its signing date, else its printing date
    return ItemSpans("deadlines", lambda text, doc: find_deadlines(
        text, doc._.year, next((day for day in (doc._.own_dates or ()) if day), None)))


@Language.factory("notice_targets")
def make_targets(nlp: Language, name: str) -> ItemSpans:
    return ItemSpans("targets", lambda text, doc: find_targets(text, own_titles=doc._.own_titles or ()))


@Language.factory("notice_citations")
def make_citations(nlp: Language, name: str) -> ItemSpans:
    return ItemSpans("citations", lambda text, doc: find_citations(
        text, own_numbers=doc._.own_numbers or (), own_titles=doc._.own_titles or ()))


class LifecycleSpans(ItemSpans):
    """The lifecycle component: besides its own spans, it takes back from the deadlines what is the
    document's own term (本办法有效期5年, 自2021年1月1日起施行): a fact about the notice's force, not a
    time limit on a measure that an office's calendar should carry."""

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        if "deadlines" in doc.spans and doc.spans[self.kind]:
            terms = [(span.start_char, span.end_char) for span in doc.spans[self.kind]]
            kept = [item for item in doc._.items["deadlines"]
                    if not any(item.start < end and start < item.end for start, end in terms)]
            if len(kept) < len(doc._.items["deadlines"]):
                store_items(doc, "deadlines", kept)
        return doc


@Language.factory("notice_lifecycle")
def make_lifecycle(nlp: Language, name: str) -> ItemSpans:
    return LifecycleSpans("lifecycle_statements",
                          lambda text, doc: find_lifecycle(text, *(doc._.own_dates or (None, None))))
