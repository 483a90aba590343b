"""The pipeline scored against the hand annotations in ../shared/gold (not against its own output)."""

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
    assert evaluation.scores[field].f1 >= 0.95, [m for m in evaluation.misses if field[:-1] in m]


def test_deadlines_f1(evaluation):
    assert evaluation.scores["deadlines"].f1 >= 0.90


@pytest.mark.parametrize("field", ["roles", "relations", "deadline_dates", "deadline_kinds"])
def test_accuracies(evaluation, field):
    assert evaluation.accuracies[field].accuracy >= 0.95


def test_every_citation_of_a_document_in_the_corpus_is_resolved(evaluation):
    resolved = evaluation.accuracies["citations_resolved"]
    assert resolved.total >= 2 and resolved.accuracy == 1.0
