"""``notices evaluate`` is honest about what is absent: a gold document the database does not hold counts
every one of its items as missed, and a gold folder with nothing to score is an error, not a perfect score."""

from __future__ import annotations

import json
import shutil

import pytest

from gold_support import CORPUS, GOLD

from pipeline.build import build
from pipeline.cli import main
from pipeline.evaluate import METADATA_FIELDS, EvaluationError, evaluate, fold, match_documents

SAMPLES = sorted(CORPUS.glob("*.txt"))


def items_in(gold_file) -> dict[str, int]:
    """What the annotation of one source holds, counted from the JSON as gold/README.md defines it:
    every listed measure, deadline, target and reference, every unit of every assignment."""
    documents = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    return {
        "documents": len(documents),
        "measures": sum(len(d["measures"]) for d in documents),
        "assignments": sum(len(a["units"]) for d in documents for a in d["assignments"]),
        "deadlines": sum(len(d["deadlines"]) for d in documents),
        "targets": sum(len(d["targets"]) for d in documents),
        "citations": sum(len(d["references"]) for d in documents),
    }


@pytest.fixture(scope="module")
def full(corpus_db):
    return evaluate(str(corpus_db), str(GOLD))


@pytest.mark.parametrize("left_out", SAMPLES, ids=[p.stem[:3] for p in SAMPLES])
def test_a_source_missing_from_the_database_counts_all_its_items_as_missed(left_out, full, tmp_path):
    db = tmp_path / "without_one.db"
    report = build([str(p) for p in SAMPLES if p != left_out], str(db), workers=1)
    assert report.exit_code == 0 and len(report.stored) == len(SAMPLES) - 1
    result = evaluate(str(db), str(GOLD))
    missed = items_in(GOLD / f"{left_out.stem}.json")
    for name, count in missed.items():
        with_it, without = full.scores[name], result.scores[name]
        # the other sources score as before; the left-out one's items move from found to missed
        assert (without.tp, without.fn, without.fp) == (with_it.tp - count, with_it.fn + count, with_it.fp), name
        assert without.recall < with_it.recall or count == 0
    headers = missed["documents"]
    assert result.accuracies["metadata"].total == full.accuracies["metadata"].total
    assert result.accuracies["metadata"].correct == full.accuracies["metadata"].correct - headers * len(METADATA_FIELDS)
    assert result.accuracies["dates"].total == full.accuracies["dates"].total
    assert len(result.missed_documents) == headers
    assert all(label.startswith(left_out.stem) for label in result.missed_documents)


def test_verbose_names_each_missed_document(tmp_path, capsys):
    left_out = CORPUS / "003_067caed35b760fe4.txt"  # a forward printing the national notice: two documents
    db = tmp_path / "without_003.db"
    build([str(p) for p in SAMPLES if p != left_out], str(db), workers=1)
    assert main(["evaluate", str(db), str(GOLD), "-v"]) == 0
    out = capsys.readouterr().out
    for number in ("黑扶组办发〔2020〕3号", "国开发〔2020〕3号"):
        heading = f"003_067caed35b760fe4 {number}\n  document not in the database"
        assert heading in out, out


def test_a_sample_scored_against_its_own_gold_lists_no_miss(full):
    assert full.misses == [] and full.missed_documents == []


def test_a_folder_of_sources_with_their_annotations_beside_them_is_a_gold_folder(tmp_path):
    """As the real-notice sets are kept: each .txt next to its .json, with a README; only the .json
    files are annotations, and every one of them is scored."""
    folder = GOLD.parent / "realworld_shared"
    sources = sorted(folder.glob("*.txt"))
    build([str(p) for p in sources], str(tmp_path / "real.db"), workers=1)
    result = evaluate(str(tmp_path / "real.db"), str(folder))
    annotated = sum(items_in(path)["documents"] for path in folder.glob("*.json"))
    documents = result.scores["documents"]
    assert len(sources) == 8 and documents.tp + documents.fn == annotated >= len(sources)
    assert result.accuracies["metadata"].total == annotated * len(METADATA_FIELDS)


def _one_line_error(argv, capsys) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1, captured.err
    return captured.err


def test_a_missing_gold_folder_exits_2_with_one_line(corpus_db, tmp_path, capsys):
    err = _one_line_error(["evaluate", str(corpus_db), str(tmp_path / "no_such_gold")], capsys)
    assert "no_such_gold" in err
    with pytest.raises(EvaluationError):
        evaluate(str(corpus_db), str(tmp_path / "no_such_gold"))


def test_an_empty_gold_folder_exits_2(corpus_db, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("no annotations here", encoding="utf-8")
    _one_line_error(["evaluate", str(corpus_db), str(tmp_path)], capsys)


def test_a_gold_folder_none_of_whose_sources_were_built_exits_2(corpus_db, tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / "000_e8ac68d63b2ecc9f.json", gold / "999_not_built.json")
    annotation = json.loads((gold / "999_not_built.json").read_text(encoding="utf-8"))
    annotation["source"] = "999_not_built.txt"
    (gold / "999_not_built.json").write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    _one_line_error(["evaluate", str(corpus_db), str(gold)], capsys)


def test_a_json_that_is_no_annotation_is_an_error(corpus_db, tmp_path):
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(EvaluationError, match="not a gold annotation"):
        evaluate(str(corpus_db), str(tmp_path))


def _stored(doc_number=None, title=None, name=""):
    return {"doc_number": doc_number, "title": title, "id": name}


def test_a_source_split_into_too_few_documents_misses_the_one_not_named():
    forward, national = {"doc_number": "黑扶组办发〔2020〕3号"}, {"doc_number": "国开发〔2020〕3号"}
    only = _stored("国开发〔2020〕3号")
    pairs, left = match_documents([forward, national], [only])
    assert pairs == [[forward, None], [national, only]] and left == []


def test_a_document_whose_header_was_misread_is_still_its_sources_document():
    # a web copy: the pipeline took the site banner for the title and found no 文号
    gold = {"doc_number": "汕府办〔2015〕29号", "title": None}
    stored = _stored(None, "中国政府网|武汉市人民政府网")
    assert match_documents([gold], [stored]) == ([[gold, stored]], [])


def test_documents_are_named_by_number_then_title_before_place():
    unnamed, titled = {"doc_number": None, "title": None}, {"doc_number": None, "title": "关于印发工作要点的通知"}
    first, second = _stored(None, None, "first"), _stored(None, "关于印发工作要点的通知", "second")
    pairs, left = match_documents([unnamed, titled], [first, second])
    assert pairs == [[unnamed, first], [titled, second]] and left == []
    extra = _stored("闽扶办〔2020〕4号", None, "extra")
    assert match_documents([titled], [extra, second]) == ([[titled, second]], [extra])


def test_mentions_with_two_numbers_are_two_cited_documents_even_with_one_title():
    """A county's 意见 and the province's of the same name (tests/data/realworld/b16)."""
    from pipeline.evaluate import cited_groups

    def mention(number, relation):
        return {"doc_number": number, "title_key": "关于全面推进预算绩效管理的意见", "text": number,
                "relation": relation, "cited_document_id": None}

    groups = cited_groups([mention("湘政发〔2012〕33号", "basis"), mention("南政发〔2014〕7号", "basis"),
                           mention(None, "cites")])
    assert sorted(g["doc_number"] for g in groups) == ["南政发〔2014〕7号", "湘政发〔2012〕33号"]


def test_a_field_with_nothing_to_score_is_not_shown_as_a_perfect_score():
    """The samples annotate no repeal or effective date: the table names those fields as unscored
    instead of printing 1.000 for them; a field with one wrong item still shows its score."""
    from pipeline.evaluate import Evaluation

    result = Evaluation()
    result.scores["repeals"].fp = 1
    table = result.table()
    lines = {line.split()[0]: line for line in table.splitlines()}
    assert lines["repeals"].split()[1:4] == ["0.000", "1.000", "0.000"]
    assert "amends" not in lines and "effective" not in lines
    assert table.splitlines()[-1].startswith("nothing to score here:") and "amends" in table.splitlines()[-1]


def test_a_measure_read_at_another_level_is_named_among_the_misses(tmp_path):
    """A measure found at the wrong level lowers measure_levels; the misses name it (label, key, both levels) so a
    set's misses_by_document shows what to look at."""
    sample = SAMPLES[0]
    gold = tmp_path / "gold"
    gold.mkdir()
    annotation = json.loads((GOLD / f"{sample.stem}.json").read_text(encoding="utf-8"))
    measure = annotation["documents"][0]["measures"][0]
    measure["level"] += 1
    (gold / f"{sample.stem}.json").write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    shutil.copy(sample, gold / sample.name)
    db = tmp_path / "one.db"
    build([str(sample)], str(db), workers=1)
    result = evaluate(str(db), str(gold))
    assert result.accuracies["measure_levels"].correct == result.accuracies["measure_levels"].total - 1
    wanted = f"measure level: {measure['label']} {measure['key']} got {measure['level'] - 1}, gold {measure['level']}"
    assert [miss.what for miss in result.misses] == [wanted]


def test_a_key_matches_whatever_form_of_double_quotes_the_text_holds():
    # the copy's mixed pair (“12345" closed by a straight quote) in the annotation; OCR reads the print as “12345”
    key, read = "3．全面提升“12345\"政务热线服务水平", "3．全面提升“12345”政务热线服务水平。对标全国一流"
    assert fold(key) in fold(read)
    assert fold("“蒙速办”") == fold("\"蒙速办\"") == fold("＂蒙速办＂")
    assert fold("《关于印发》") != fold("“关于印发”")  # title brackets are not quotes
