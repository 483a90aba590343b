"""The real 发文字号 list through `notices extract --lines`, as a user normalising a column would run it."""

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

DOCNUMBERS_TSV = Path(__file__).resolve().parent / "data" / "docnumbers" / "docnumbers.tsv"
NOISE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]")
# Independent of the parser: PREFIX, a bracketed year, a serial, 号.
BRACKETED = re.compile(r"^(?P<prefix>[\u4e00-\u9fff]+)[〔\[［（(﹝【](?P<year>(?:19|20)\d\d)[〕\]］）)﹞】]第?0*(?P<serial>\d+)号$")
SERIES = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]+?)(?:令|公告)?(?:(?P<year>(?:19|20)\d\d)年)?第(?P<serial>\d+)号$")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    lines = [row.split("\t", 1)[1] for row in DOCNUMBERS_TSV.read_text(encoding="utf-8").splitlines()[1:]]
    column = tmp_path_factory.mktemp("dn") / "column.txt"
    column.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "--lines", str(column)],
                         capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == len(lines)  # one object per line, no crash on any
    return rows


def expected(text: str):
    clean = unicodedata.normalize("NFKC", NOISE.sub("", text))
    return BRACKETED.match(clean), SERIES.match(clean)


def test_bracketed_numbers_parse_exactly(extracted):
    total = exact = 0
    for row in extracted:
        bracketed, _ = expected(row["text"])
        if not bracketed:
            continue
        total += 1
        parsed = row["doc_number"] or {}
        code = parsed.get("issuer_code") or ""
        # a scrape sometimes left words in front (的通知沪府发〔2009〕40号): the code is what ends the prefix
        exact += (
            len(code) >= 2 and bracketed["prefix"].endswith(code)
            and parsed.get("normalised") == f"{code}〔{bracketed['year']}〕{int(bracketed['serial'])}号"
            and (parsed.get("year"), parsed.get("serial")) == (int(bracketed["year"]), int(bracketed["serial"]))
        )
    print(f"\nPREFIX〔YEAR〕N号: {exact}/{total} = {exact / total:.4%}")
    assert total > 30000 and exact / total >= 0.999


def test_decree_and_announcement_forms(extracted):
    total = right = 0
    for row in extracted:
        bracketed, series = expected(row["text"])
        if bracketed or not series:
            continue
        total += 1
        parsed = row["doc_number"] or {}
        year = int(series["year"]) if series["year"] else None
        right += parsed.get("serial") == int(series["serial"]) and parsed.get("year") == year
    print(f"\ndecree/announcement: {right}/{total} = {right / total:.4%}")
    assert total > 200 and right / total >= 0.98


def test_each_line_gets_the_whole_extraction(tmp_path):
    """`extract --lines` on a column of task rows: units with their roles, deadlines and targets of each
    line, not only its 文号 (after the form of the real task splits in tests/data/realworld)."""
    column = tmp_path / "rows.txt"
    column.write_text("（牵头单位：县发改委；配合单位：县财政局；完成时限：2020年6月底前）全县完成造林5万亩以上\n"
                      "国开发〔2020〕3号\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "--lines", str(column)],
                         capture_output=True, text=True, timeout=120)
    first, second = (json.loads(line) for line in run.stdout.splitlines())
    assert [(u["name"], u["role"]) for u in first["assignments"]] == [("县发改委", "lead"), ("县财政局", "cooperate")]
    assert [(d["text"], d["date"]) for d in first["deadlines"]] == [("2020年6月底前", "2020-06-30")]
    assert [(t["value"], t["unit"], t["comparator"]) for t in first["targets"]] == [(50000, "亩", ">=")]
    assert second["doc_number"]["normalised"] == "国开发〔2020〕3号" and second["assignments"] == []
