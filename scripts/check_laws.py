"""Check the structure reader on real laws and regulations in Markdown (no annotation needed).

Each file starts with ``# <title>``; every line that starts with 第…条 is an article. Figures:
- files that fail (an exception anywhere from normalising to extracting the items);
- titles: the share of files whose first document's title is the ``#`` line;
- articles: the share of 第…条 lines that are measures with that label.

    python scripts/check_laws.py [folder ...] [--limit N] [--structure-only] [-v]

Without a folder it reads tests/data/laws (the vendored sample), and /work/shared/realcorpus/laws
when that exists and ``--all`` is given. Exit status 1 when a threshold is not met.
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.document.normalise import normalise  # noqa: E402
from pipeline.document.structure import parse  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "laws"
FULL = Path("/work/shared/realcorpus/laws")
TITLE_SHARE, ARTICLE_SHARE = 0.99, 0.995  # the thresholds of issue 15
# A line that starts with an article label: 第十二条, 第一百零三条之一 (Markdown bold or spaces before).
ARTICLE_LINE = re.compile(r"^[ \u3000*]*(?P<label>第[一二三四五六七八九十百千零〇两]+条(?:之[一二三四五六七八九十]+)?)")
TITLE_LINE = re.compile(r"^#[ \u3000]+(?P<title>.+?)\s*$")


@dataclass
class Figures:
    files: int = 0
    failed: list[str] = field(default_factory=list)
    titles_right: int = 0
    titled: int = 0
    articles: int = 0
    articles_found: int = 0
    title_misses: list[str] = field(default_factory=list)
    article_misses: list[str] = field(default_factory=list)

    def title_share(self) -> float:
        return self.titles_right / self.titled if self.titled else 1.0

    def article_share(self) -> float:
        return self.articles_found / self.articles if self.articles else 1.0

    def passed(self) -> bool:
        return not self.failed and self.title_share() >= TITLE_SHARE and self.article_share() >= ARTICLE_SHARE

    def report(self) -> str:
        return (f"files {self.files}, failed {len(self.failed)}\n"
                f"titles that are the # line: {self.titles_right}/{self.titled} = {self.title_share():.4f}"
                f" (need {TITLE_SHARE})\n"
                f"第…条 lines that are measures: {self.articles_found}/{self.articles} = {self.article_share():.4f}"
                f" (need {ARTICLE_SHARE})")


def _fold(text: str) -> str:
    """A title to compare: without spaces, Markdown emphasis, and the 、 between joint issuers (the
    heading prints 最高人民法院、最高人民检察院关于…, the text 最高人民法院 最高人民检察院 关于…)."""
    return re.sub(r"[\s*、]", "", text or "")


def check_file(path: Path, figures: Figures, full_pipeline: bool) -> None:
    raw = path.read_text(encoding="utf-8")
    figures.files += 1
    try:
        normalised = normalise(raw)
        text = normalised.text
        documents = parse(text, normalised.title_headings)
        if full_pipeline:
            from pipeline.extract import extract_text
            extract_text(raw, str(path))
    except Exception:  # a failure is a figure here, reported with its traceback
        figures.failed.append(f"{path}: {traceback.format_exc(limit=3)}")
        return
    title_line = next((TITLE_LINE.match(line) for line in raw.splitlines() if line.strip()), None)
    if title_line:
        figures.titled += 1
        got = documents[0].meta.title if documents else None
        if _fold(got) == _fold(title_line.group("title")):
            figures.titles_right += 1
        else:
            figures.title_misses.append(f"{path.name}: got {got!r}")
    labels = {}
    for document in documents:
        for measure in document.measures:
            labels.setdefault(document.start + measure.start, measure.label)
    starts = {}
    position = 0
    for line in text.split("\n"):
        starts[position] = line
        position += len(line) + 1
    measure_starts = set(labels)
    for start, line in starts.items():
        found = ARTICLE_LINE.match(line)
        if not found:
            continue
        figures.articles += 1
        if start in measure_starts and labels[start].startswith(found.group("label")):
            figures.articles_found += 1
        else:
            figures.article_misses.append(f"{path.name}: {line[:40]}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--all", action="store_true", help=f"also {FULL} when it exists")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--structure-only", action="store_true", help="normalise and parse only, no item extraction")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    folders = args.folders or [SAMPLE] + ([FULL] if args.all and FULL.is_dir() else [])
    paths = sorted(path for folder in folders for path in folder.rglob("*.md") if path.name != "README.md")
    if args.limit:
        paths = paths[:args.limit]
    figures = Figures()
    for path in paths:
        check_file(path, figures, full_pipeline=not args.structure_only)
    print(figures.report())
    if args.verbose:
        for line in figures.failed + figures.title_misses[:50] + figures.article_misses[:100]:
            print("  " + line)
    return 0 if figures.passed() else 1


if __name__ == "__main__":
    sys.exit(main())
