"""The spaCy pipeline of the build: registered components, one token per character, and the stored
items equal to the spans of the Doc the pipeline makes from each document's text."""

import sqlite3
from types import SimpleNamespace

from spacy.language import Language

from extractors.components import COMPONENTS, ItemSpans, store_items
from extractors.nlp import CharTokenizer, analyse, get_nlp
from pipeline.ingest.rows import ID_PREFIX, ITEM_KINDS, document_year
from schema.models import UnitMention

# what each stored row says of its item, besides its offsets, and the span attribute that says it
ROW_ATTRIBUTES = {
    "assignments": ("raw", "role"),
    "deadlines": ("text", "kind", "date", "rule"),
    "targets": ("text", "value", "unit", "comparator", "subject", "scope"),
    "citations": ("text", "doc_number", "title", "relation", "issuer_code", "year", "serial", "acts_on"),
    "lifecycle_statements": ("text", "kind", "date", "anchor", "period"),
}


def test_the_pipeline_is_the_registered_factories_in_order():
    nlp = get_nlp()
    assert nlp.pipe_names == list(COMPONENTS)
    assert set(COMPONENTS.values()) == set(ITEM_KINDS)
    for name in nlp.pipe_names:
        assert name in Language.factories
        assert nlp.get_pipe_meta(name).factory == name
        assert isinstance(nlp.get_pipe(name), ItemSpans)
    assert isinstance(nlp.tokenizer, CharTokenizer)
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "notices.char_tokenizer.v1"


def test_one_token_per_character_whatever_the_character():
    text = "一、 加强领导\n\n\t（牵头单位：市发改委）　全角空格  two  spaces 𠮷\r\n\x00end"
    doc = get_nlp().make_doc(text)
    assert doc.text == text and len(doc) == len(text)
    assert [(token.idx, token.text) for token in doc] == list(enumerate(text))
    assert all(doc.char_span(start, end) is not None
               for start in range(len(text)) for end in range(start + 1, len(text) + 1))


def test_a_lone_surrogate_keeps_every_offset():
    text = "国发〔2019〕12号\ud800文件"
    doc = analyse(text, 2019)
    surrogate = text.index("\ud800")
    assert len(doc) == len(text) and doc[surrogate].text == "\ufffd" and doc[surrogate + 1].idx == surrogate + 1
    assert [(span.start_char, span.end_char, span._.doc_number) for span in doc.spans["citations"]] == [
        (0, surrogate, "国发〔2019〕12号")]


def test_spans_carry_their_items():
    text = ("根据《国务院关于加强工作的意见》（国发〔2019〕12号）精神，现通知如下：\n"
            "一、加强组织领导。到2020年底，全市贫困人口减少50%以上。"
            "（牵头单位：市发改委；配合单位：市财政局；完成时限：2020年6月底前）\n")
    doc = analyse(text, 2020)
    assert [(span.text, span._.role, span._.kind) for span in doc.spans["assignments"]] == [
        ("市发改委", "lead", "department"), ("市财政局", "cooperate", "department")]
    assert [(span.text, span._.kind, span._.date) for span in doc.spans["deadlines"]] == [
        ("到2020年底", "deadline", "2020-12-31"), ("2020年6月底前", "deadline", "2020-06-30")]
    assert [(span.text, span._.value, span._.unit, span._.comparator) for span in doc.spans["targets"]] == [
        ("50%以上", 50.0, "%", ">=")]
    [citation] = doc.spans["citations"]
    assert (citation._.title, citation._.doc_number, citation._.relation, citation._.year, citation._.serial) == (
        "国务院关于加强工作的意见", "国发〔2019〕12号", "basis", 2019, 12)
    for kind in ITEM_KINDS:
        for span in doc.spans[kind]:
            assert span.label_ == kind
            assert (span._.item.start, span._.item.end) == (span.start_char, span.end_char)
    # a span no component made has no item
    assert doc[0:2]._.item is None and doc[0:2]._.role is None


def test_only_the_named_components_run():
    text = "根据《国务院关于加强工作的意见》（国发〔2019〕12号），2020年6月底前完成。"
    doc = analyse(text, 2020, only=("notice_citations",))
    assert list(doc.spans) == ["citations"] and len(doc.spans["citations"]) == 1


def test_items_at_the_same_offsets_keep_their_own_attributes():
    # spaCy keys span extension values by offsets: the item is found by the span's id instead
    doc = get_nlp().make_doc("市发改委牵头")
    same_place = [UnitMention("市发改委", "市发改委", "lead", "department", 0, 4),
                  UnitMention("市发改委", "市发改委", "responsible", "department", 0, 4)]
    store_items(doc, "assignments", same_place)
    assert [span._.role for span in doc.spans["assignments"]] == ["lead", "responsible"]


def _year(document: dict):
    meta = SimpleNamespace(signed_date=document["signed_date"], printed_date=document["printed_date"],
                           doc_number=document["doc_number"])
    return document_year(meta)


def _stored(conn, kind: str, document_id: str) -> list[dict]:
    """The document's rows of ``kind`` in the order the pipeline made them (their id's number)."""
    conn.row_factory = sqlite3.Row
    rows = [dict(row) for row in conn.execute(f"SELECT * FROM {kind} WHERE document_id = ?", [document_id])]
    prefix = f"{document_id}-{ID_PREFIX[kind]}"
    return sorted(rows, key=lambda row: int(row["id"][len(prefix):]))


def test_every_stored_item_is_its_span(corpus_db):
    conn = sqlite3.connect(corpus_db)
    conn.row_factory = sqlite3.Row
    documents = [dict(row) for row in conn.execute("SELECT * FROM documents")]
    assert len(documents) >= 5
    checked = dict.fromkeys(ITEM_KINDS, 0)
    for document in documents:
        text = document["text"]
        doc = analyse(text, _year(document), own_dates=(document["signed_date"], document["printed_date"]))
        for kind in ITEM_KINDS:
            stored = _stored(conn, kind, document["id"])
            spans = list(doc.spans[kind])
            assert [(row["start"], row["end"]) for row in stored] == [(s.start_char, s.end_char) for s in spans]
            for row, span in zip(stored, spans):
                assert doc.char_span(row["start"], row["end"]) is not None
                assert span.text == text[row["start"]:row["end"]]
                assert {name: row[name] for name in ROW_ATTRIBUTES[kind]} == {
                    name: getattr(span._.item, name) for name in ROW_ATTRIBUTES[kind]}
            checked[kind] += len(stored)
    # the samples state no lifecycle: tests/test_lifecycle.py checks those rows on its own set
    assert all(count > 0 for kind, count in checked.items() if kind != "lifecycle_statements"), checked


def test_a_limit_counted_from_the_notice_is_dated_from_its_own_date():
    """下周三前 (l22 of tests/data/realworld) in a notice signed on Thursday 24 March 2016 is Wednesday 30 March;
    the deadlines component takes the signing date, else the printing date, from the Doc."""
    text = "各街道：\n请于下周三前完成整改。\n"
    signed = analyse(text, 2016, own_dates=("2016-03-24", None))
    printed = analyse(text, 2016, own_dates=(None, "2016-03-25"))
    undated = analyse(text, 2016)
    assert [(s.text, s._.kind, s._.date) for s in signed.spans["deadlines"]] == [("下周三前", "deadline", "2016-03-30")]
    assert [s._.date for s in printed.spans["deadlines"]] == ["2016-03-30"]
    assert [s._.date for s in undated.spans["deadlines"]] == [None]
