"""The pipeline scored against the hand annotations in tests/data/gold (not against its own output)."""

import pytest

from pipeline.evaluate import evaluate


@pytest.fixture(scope="module")
def evaluation(corpus_db, gold_dir):
    result = evaluate(str(corpus_db), str(gold_dir))
    print("\n" + result.table())
    return result


def test_every_document_is_found(evaluation):
    assert evaluation.scores["documents"].f1 == 1.0


def test_measures(evaluation):
    assert evaluation.scores["measures"].f1 >= 0.98
    assert evaluation.accuracies["measure_levels"].accuracy >= 0.98


def test_metadata_and_dates(evaluation):
    assert evaluation.accuracies["metadata"].accuracy >= 0.95
    assert evaluation.accuracies["dates"].accuracy >= 0.95


@pytest.mark.parametrize("field", ["assignments", "targets", "citations"])
def test_items_f1(evaluation, field):
    assert evaluation.scores[field].f1 >= 0.95, [str(m) for m in evaluation.misses if field[:-1] in m.what]


def test_deadlines_f1(evaluation):
    assert evaluation.scores["deadlines"].f1 >= 0.90


@pytest.mark.parametrize("field", ["roles", "relations", "deadline_dates", "deadline_kinds"])
def test_accuracies(evaluation, field):
    assert evaluation.accuracies[field].accuracy >= 0.95


def test_every_citation_of_a_document_in_the_corpus_is_resolved(evaluation):
    resolved = evaluation.accuracies["citations_resolved"]
    assert resolved.total >= 2 and resolved.accuracy == 1.0


def test_the_samples_score_perfectly_on_every_field(evaluation):
    """The honest evaluate counts every gold item of the samples; each field is perfect on them."""
    imperfect = {name: round(s.f1, 3) for name, s in evaluation.scores.items() if s.f1 < 1.0}
    imperfect |= {name: round(a.accuracy, 3) for name, a in evaluation.accuracies.items() if a.accuracy < 1.0}
    assert imperfect == {}, [str(m) for m in evaluation.misses]
    assert evaluation.scores["measures"].tp > 0 and evaluation.accuracies["metadata"].total > 0
