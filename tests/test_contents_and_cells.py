"""A table of contents, a bulletin's list of titles and a table's header cells copied one a line are no header of the
notice and hold none of its items; a plan's title glued to its opening sentence is cut from it. Each on the real
copy beside a look-alike that keeps its reading."""

import json
from pathlib import Path

from pipeline.document.glued import glued_opening_breaks
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.ingest.rows import process_file

REALWORLD = Path(__file__).parent / "data" / "realworld"


def _one(prefix: str) -> Path:
    return next(REALWORLD.glob(f"{prefix}_*.txt"))


def _document(prefix: str):
    normalised = normalise(_one(prefix).read_text(encoding="utf-8"))
    return parse(normalised.text, normalised.title_headings, normalised.page_issuers)[0]


def _gold_title(prefix: str):
    return json.loads(next(REALWORLD.glob(f"{prefix}_*.json")).read_text(encoding="utf-8"))["documents"][0]["title"]


def _line(document, start: int) -> str:
    end = document.text.find("\n", start)
    return document.text[start:end if end >= 0 else len(document.text)]


def _targets(path: Path) -> list[str]:
    document = process_file(str(path))["documents"][0]
    text = document["documents"][0]["text"]
    return [text[row["start"]:row["end"]] for row in document["targets"]]


def test_items_on_contents_lines_are_dropped_but_the_texts_own_lines_keep_theirs(tmp_path):
    # z07's copy ends in its contents: 9.1 名词术语解释 is an entry, no target 9.1名
    document = _document("z07")
    assert any(_line(document, start).startswith("9.1 名词术语") for start in document.contents_lines)
    assert not any(target.startswith("9.1") for target in _targets(_one("z07")))
    # the same contents followed by the plan's text: the text's own 9.1 and its figures are read
    whole = tmp_path / "z07_with_text.txt"
    whole.write_text(_one("z07").read_text(encoding="utf-8").rstrip() + "\n\n1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n"
                     "9 附则\n9.1 名词术语解释\n全县组建抢险队伍3支，队员120名。\n", encoding="utf-8")
    targets = _targets(whole)
    assert "120名" in targets and "3支" in targets
    # at most the text's own heading 9.1 名词术语解释 (the target extractor's reading), never the contents' entry
    assert targets.count("9.1 名") <= 1


def test_a_bulletins_contents_are_no_header():
    # u08: 目录 under the bulletin's issue line, then 市政府文件 and eight titles: none is this notice's title or issuer
    document = _document("u08")
    assert document.meta.title is None and document.meta.issuer is None
    listed = [_line(document, start) for start in sorted(document.contents_lines)]
    assert listed[0] == "市政府文件" and len(listed) == 9
    assert "工作措施" not in listed  # the task table's header below the contents is no title


def test_a_table_header_cell_is_no_headline_but_a_headline_over_its_date_line_is():
    assert _document("u06").meta.title is None  # 序号 ⏎ | ⏎ 任务事项: cells
    assert _document("u13").meta.title == _gold_title("u13")  # headline ⏎ 发布日期:… ⏎ 分享: ⏎ 序号


def test_a_plan_title_glued_to_its_opening_sentence():
    assert _document("u07").meta.title == _gold_title("u07") == "街道环境整顿安排方案"
    # the same form in other 文库 copies keeps its title; a chunk number's line (1、…方案为了…) is left to its own reader
    assert _document("t07").meta.title == _gold_title("t07")
    assert _document("m10").meta.title == _gold_title("m10")
    assert glued_opening_breaks("1、镇容和环境卫生集中整治方案为了彻底扭转镇区“脏、乱、差”现象,重塑…") == []


def test_a_rows_cell_opening_with_a_number_is_a_measure_but_a_cell_without_one_is_none():
    # v01: a portal's task row copied as 重点工作: | 135.… |, its quarters and lead unit in the cells below it
    document = _document("v01")
    (measure,) = document.measures
    assert (measure.label, measure.level) == ("135.", 1)
    assert document.text[measure.start:measure.text_start] == "135."
    assert document.text[measure.text_start:].startswith("统筹违法建设治理与城市更新")
    # the same row with a cell holding no number (牵头单位: | 市城市管理…), or a number after a border alone: no measure
    for text in ("重点工作: | 统筹违法建设治理与城市更新。 |\n牵头单位: | 市城市管理综合执法局 |\n",
                 "| 135.统筹违法建设治理与城市更新。 |\n"):
        assert parse(normalise(text).text)[0].measures == []
