"""Shared fixtures: paths to the sample corpus and its gold (vendored in tests/data), and a database built from them."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The sample corpus built once for the whole session (read-only for tests)."""
    from pipeline.build import build

    db_path = tmp_path_factory.mktemp("corpus") / "notices.db"
    report = build([str(CORPUS)], str(db_path), workers=1)
    assert report.exit_code == 0, report.failed
    return db_path
