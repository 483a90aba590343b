"""The structure reader on real laws and regulations in Markdown (tests/data/laws, a sample of the
shared corpus of 1,564; scripts/check_laws.py --all runs on all of them where they exist): nothing
fails, the title is the # line, every line that starts with 第…条 is a measure with that label."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_laws.py"
_spec = importlib.util.spec_from_file_location("check_laws", SCRIPT)
check_laws = importlib.util.module_from_spec(_spec)
sys.modules["check_laws"] = check_laws  # dataclasses look their module up there
_spec.loader.exec_module(check_laws)
SAMPLE = check_laws.SAMPLE


def test_the_sample_is_here():
    assert len([path for path in SAMPLE.rglob("*.md") if path.name != "README.md"]) >= 40


def test_laws_titles_and_articles():
    figures = check_laws.Figures()
    for path in sorted(SAMPLE.rglob("*.md")):
        if path.name != "README.md":
            check_laws.check_file(path, figures, full_pipeline=False)
    assert not figures.failed, figures.failed
    assert figures.articles > 1000  # the sample holds real articles to check
    assert figures.title_share() == 1.0, figures.title_misses  # a # line is the title the copy marks
    assert figures.article_share() >= check_laws.ARTICLE_SHARE, figures.article_misses[:20]
