"""Forms found by held-out set BB (tests/data/realworld/bb*, real notices held as data in public GitHub repositories — a
legal database's .txt in a word-frequency project, a policy app's JSON record, a JSP page, a crawler's .txt output — each
the first complete notice a query's hits hold, annotated before the pipeline ran on them): each test reads a real notice
of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with
it."""

from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.units import find_assignments
from pipeline.extract import extract_source
from pipeline.read import read_source

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
