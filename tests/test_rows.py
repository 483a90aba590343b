"""Rows made from a parsed document: which measure an item belongs to."""

from pathlib import Path
from types import SimpleNamespace

from pipeline.extract import extract_text
from pipeline.ingest.rows import document_year

# After the form of a real 责任分解 notice (../shared/realworld/05: 1.完善应急预案体系, its
# sub-items (1)–(4), then one (责任单位:…) line for all of them).
SPLIT_DUTIES = """关于印发应急体系建设规划责任分解的通知
各县(市、区)人民政府：
现将责任分解印发给你们。
(一)“一案三制”建设
1.完善应急预案体系
(1)加强应急预案管理,规范应急预案编制。
(2)推进政府及其部门应急预案“精编化”。
(责任单位:市应急局、各县(市、区)人民政府)
2.健全应急管理体制
(1)完善应急管理领导机构。
(责任单位:市应急局)
(2)健全基层应急管理组织。
(责任单位:市民政局)
"""


def _owners(text: str) -> list[tuple[str, str]]:
    document = extract_text(text)["documents"][0]
    labels = {m["id"]: m["label"] + (m["heading"] or "") for m in document["measures"]}
    return [(a["raw"], labels.get(a["measure_id"])) for a in document["assignments"]]


def test_a_statement_after_the_last_sub_item_covers_the_measure():
    assert _owners(SPLIT_DUTIES)[:2] == [("市应急局", "1.完善应急预案体系"), ("各县(市、区)人民政府", "1.完善应急预案体系")]


def test_sub_items_with_statements_of_their_own_keep_them():
    assert _owners(SPLIT_DUTIES)[2:] == [("市应急局", "(1)完善应急管理领导机构"), ("市民政局", "(2)健全基层应急管理组织")]


REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def test_a_year_written_only_as_a_later_limits_is_not_the_documents():
    undated = SimpleNamespace(signed_date=None, printed_date=None, doc_number=None)
    # o22: a news copy without a date that says 今年年底前 and 2025年年底前: this year is not 2025
    text = (REALWORLD / "o22_zhengzhou-rural-construction-news-traditional-2021.txt").read_text(encoding="utf-8")
    assert document_year(undated, text) is None
    assert document_year(undated, "今年年底前完成规划编制;2022年5月召开推进会") == 2022
    assert document_year(undated, "按照我县2017年脱贫攻坚的总体部署,8月底前全部完工") == 2017
    assert document_year(undated, "2025年年底前建成100个精品村") == 2025  # no 今年: nothing tells it apart


def test_the_title_line_gives_its_targets_once():
    # o19: the title printed in a portal's information block twice and then as the page's title: 47项 once from
    # the title line, once from the body
    text = (REALWORLD / "o19_xuancheng-livelihood-projects-lead-units-portal-2024.txt").read_text(encoding="utf-8")
    targets = [t["text"] for t in extract_text(text)["documents"][0]["targets"]]
    assert targets.count("47项") == 2 and "4.3万人" in targets
    # o11: a news headline's areas
    text = (REALWORLD / "o11_bozhou-afforestation-news-2021.txt").read_text(encoding="utf-8")
    assert [t["text"] for t in extract_text(text)["documents"][0]["targets"]][:3] == ["96300亩", "8500亩", "96300亩"]


def _targets_of(prefix: str) -> list[str]:
    text = next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return [t["text"] for t in extract_text(text)["documents"][0]["targets"]]


def test_a_title_broken_over_lines_or_printed_in_brackets_gives_its_targets():
    # CONVENTIONS.md C7: ab03's title printed over three lines (山东省人民政府 / 关于…等11家 / 工业园区更名的通知), n26's
    # in 《》 on its own line: the title's count once, the body's once
    assert _targets_of("ab03").count("11家") == 2
    assert _targets_of("n26").count("17個") == 2
    # … while the quantity of another document's 《title》 is still no target
    text = "关于做好工作的通知\n各县:\n根据《关于命名等17个街道办事处为示范街道的通报》,现通知如下。\n"
    assert extract_text(text)["documents"][0]["targets"] == []


def test_a_title_printed_only_in_a_pages_information_table_gives_its_targets():
    # ac04: 标  题: 关于印发《…》等5项规章制度的通知 is the only copy of the title (C7: read once); the 政策咨询电话 on the
    # table's next line is still no target
    assert _targets_of("ac04").count("5项") == 1
    # o19: a title printed in the information block and again as the page's title is read once, from the line nearest
    # the body
    assert _targets_of("o19").count("47项") == 2


def test_lowest_measures_in_one_sweep_equal_each_offset_looked_up_on_real_notices():
    """lowest_measures (a sweep, the build's) gives lowest_measure (every measure looked at) of
    every offset of real notices and laws: nested articles, items, measures ending where the next
    begins, offsets outside every measure, offsets in any order and repeated."""
    import random

    from pipeline.document.normalise import normalise
    from pipeline.document.structure import parse
    from pipeline.ingest.rows import lowest_measure, lowest_measures

    root = Path(__file__).resolve().parents[1]
    shared = root.parent / "shared" if (root.parent / "shared").is_dir() else root.parent.parent / "shared"
    files = sorted((root / "corpus").glob("*.txt")) + sorted((root / "tests" / "data").glob("realworld*/*.txt"))
    files += sorted(p for p in (shared / "realcorpus" / "laws").rglob("*.md"))[:12]
    rng = random.Random(7)
    compared = 0
    for path in files:
        text = normalise(path.read_text(encoding="utf-8")).text
        for document in parse(text):
            measures = document.measures
            if not measures:
                continue
            offsets = [rng.randrange(-2, len(text) + 2) for _ in range(300)]
            offsets += [m.start for m in measures] + [m.end for m in measures] + [m.end - 1 for m in measures]
            rng.shuffle(offsets)
            assert lowest_measures(measures, offsets) == [lowest_measure(measures, o) for o in offsets], path
            compared += len(offsets)
    assert compared > 10_000
