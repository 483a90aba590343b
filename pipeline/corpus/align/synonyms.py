"""Synonyms: words of one meaning written differently on the two sides of a pair.

A regulation restates its law in the words of its own day: 任何单位和个人有权向…统计机构举报统计违法
行为 implements the statistics law's 任何单位和个人有权检举统计中弄虚作假等违法行为, 坚持和加强党的领导
the archives law's 坚持中国共产党对档案工作的领导. The lexical comparison reads each word of
``pipeline/corpus/data/synonyms.txt`` as the canonical word of its line (:func:`with_synonyms`,
called by :func:`~.features.comparable`), so both sides share the token and its bigrams.
"""

from __future__ import annotations

import re
from pathlib import Path

from extractors.vocab import Examples

SYNONYMS_FILE = Path(__file__).resolve().parents[1] / "data" / "synonyms.txt"


def read_synonyms(path: Path) -> dict[str, str]:
    """Canonical word by each of its synonyms: a line is the canonical word then its synonyms,
    whitespace-separated; ``#`` starts a comment line."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        for word in words[1:]:
            out[word] = words[0]
    return out


#: Canonical word by synonym (the data file).
CANONICAL = read_synonyms(SYNONYMS_FILE)
#: Any synonym of the file, the longest first (so a long synonym is not read as a short one inside it).
SYNONYM = re.compile("|".join(map(re.escape, sorted(CANONICAL, key=len, reverse=True)))) if CANONICAL \
    else re.compile(r"(?!x)x")

EXAMPLES = {
    "SYNONYM": Examples(match=("有权检举统计违法行为", "坚持中国共产党对档案工作的领导"),
                        no_match=("举报", "党的领导", "检查")),
}


def with_synonyms(text: str) -> str:
    """``text`` with each synonym (:data:`SYNONYM`) replaced by its canonical word."""
    return SYNONYM.sub(lambda m: CANONICAL[m.group(0)], text)
