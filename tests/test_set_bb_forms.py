"""Forms found by held-out set BB (tests/data/realworld/bb*, real notices held as data in public GitHub repositories — a
legal database's .txt in a word-frequency project, a policy app's JSON record, a JSP page, a crawler's .txt output — each
the first complete notice a query's hits hold, annotated before the pipeline ran on them): each test reads a real notice
of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with
it."""

from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.extract import extract_source, extract_text
from pipeline.read import read_source
from pipeline.read.web import read_html

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def _read(prefix: str) -> dict:
    """The first document of a set's file read as the build reads it (its format told by its content)."""
    return extract_source(read_source(next(REALWORLD.glob(f"{prefix}_*.txt"))))["documents"][0]


def _units(text: str) -> list[tuple[str, str]]:
    return [(found.name, found.role) for found in find_assignments(text)]


def _deadlines(text: str, year: int = 2022) -> list[tuple[str, str, str]]:
    return [(found.text, found.kind, found.date) for found in find_deadlines(text, year=year)]


# ------------------------------------------------------------------ a unit label naming the unit's duty


def test_a_label_naming_the_units_duty_between_role_and_unit_lists_them():
    # bb01: each of ninety indicators closes (6月底完成，牵头考核单位：市政府办公室、市公安局): the lead units of its assessment
    document = _read("bb01")
    units = {(unit["name"], unit["role"]) for unit in document["assignments"]}
    assert {("市政府办公室", "lead"), ("市公安局", "lead"), ("市审批服务局", "lead")} <= units
    # the same label in another plan, and a cooperating unit's label with its duty
    assert _units("1.推进项目建设。（牵头实施单位：县发改局；配合落实部门：县财政局、县自然资源局）") == [
        ("县发改局", "lead"), ("县财政局", "cooperate"), ("县自然资源局", "cooperate")]
    # a sentence naming the assessing units is no label
    assert _units("2.各牵头考核单位要按时报送考核结果。") == []


# ------------------------------------------------------------------ a month opening a bracketed time note


def test_a_month_opening_a_bracketed_time_note_is_its_tasks_limit():
    # bb01: 1．…全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局） · （6月底完成，…） · （12月取得明显成效…）
    document = _read("bb01")
    dates = {(item["text"], item["date"]) for item in document["deadlines"]}
    assert {("5月底", "2022-05-31"), ("6月底", "2022-06-30"), ("12月", "2022-12-31"), ("11月份", "2022-11-30")} <= dates
    # another plan's notes, and a step of work after a clause's end (10月底完善平台各项功能)
    assert _deadlines("3.建设信息平台。（9月底完成，责任单位：区大数据局）") == [("9月底", "deadline", "2022-09-30")]
    assert _deadlines("4.优化服务流程。（8月份取得阶段性成效，责任单位：区政务服务局）") == [("8月份", "deadline", "2022-08-31")]
    assert _deadlines("。10月底完善平台各项功能，提升治理水平。") == [("10月底", "deadline", "2022-10-31")]
    # a month in brackets reporting what was done, or with no step, is none
    assert _deadlines("5.建设平台。（6月底已完成）") == []
    assert _deadlines("6.完善制度。（6月份完善了三项制度）") == []
    assert _deadlines("7.开展培训。（3月，培训200人次）") == []


# ------------------------------------------------------------------ a server page's own tags, and a header over a roster


def test_a_server_pages_directives_are_no_text_and_a_header_over_a_long_roster_is_read():
    # bb03: <%@ page … %> <%@ taglib … %> over 临政办函[2013]89号, the title in two lines and forty-odd members, one a line,
    # with no recipients or sentence before the signature
    document = _read("bb03")
    assert document["doc_number"] == "临政办函〔2013〕89号"
    assert document["title"] == "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知"
    # the same on a PHP page: the block is no line of the text
    page = ('<?php require("../header.php") ?><html><body><div class="content"><p>关于开展安全检查的通知</p>'
            '<p>各科室：</p><p>现将有关事项通知如下。</p></div></body></html>')
    assert read_html("p.php", page.encode())[0].split("\n")[0] == "关于开展安全检查的通知"
    # a roster with no 文号 or 关于 title over it keeps no header
    roster = "\n".join(["领导小组成员名单"] + [f"成员{n}：张{n}（市{n}局）" for n in range(45)])
    assert extract_text(roster)["documents"][0]["doc_number"] is None


# ------------------------------------------------------------------ a household's size


def test_a_households_size_is_no_count_of_people():
    # bb02: （一）家庭保障人口为 3人户及以上 · 4.4人户及以上家庭如选择…
    document = _read("bb02")
    assert not any(item["unit"] == "人" and item["value"] in (3, 4) for item in document["targets"])
    assert [(t.text, t.unit) for t in find_targets("面向3人户及以上家庭配租两房一厅。")] == []
    # people counted, and a register named after them, stay counts
    assert [(t.text, t.unit) for t in find_targets("新增就业500人，其中户籍人口300人。")] == [("500人", "人"), ("300人", "人")]
