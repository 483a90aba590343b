"""Item forms that the held-out sets (tests/data/realworld q, r, v) and the sweep (tests/data/sweep) showed missed or
misread by the extractors of units, targets and deadlines: one test per form, on the real text where it is, and on a
look-alike that must not be read the same way."""

from __future__ import annotations

import datetime
from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.recurrence import recurrence
from extractors.targets import find_targets
from extractors.units import find_assignments, lead_convention
from pipeline.document.pinyin_glosses import PINYIN_GLOSS

DATA = Path(__file__).resolve().parent / "data"


def real(folder: str, prefix: str) -> str:
    (path,) = (DATA / folder).glob(prefix + "*.txt")
    return path.read_text(encoding="utf-8")


def units(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_assignments(text)]


def targets(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.unit) for t in find_targets(text)]


# ---------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------


def test_a_first_listed_lead_convention_with_zhe_governs_the_bare_bracket_it_closes_and_those_after():
    # sweep 010 (浙政办发〔2014〕89号): (省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同) — the convention in the
    # bracket's last clause, one unit with its alias in brackets of its own; the part's heading above names the body
    # leading the whole part (一、加快调整能源结构(省发改委总牵头))
    text = real("sweep", "010")
    assert lead_convention(text) == "first"
    found = find_assignments(text)
    assert [(m.name, m.raw, m.role) for m in found] == [
        ("省发改委", "省发改委", "lead"),
        ("省经信委", "省经信委", "lead"), ("省发改委", "省发改委(省能源局)", "responsible")]
    assert all(text[m.start:m.end] == m.raw for m in found)
    # 下同: a bare bracket after it has its first unit lead too; with no convention stated, both are responsible
    stated = "列第一位者为牵头部门,下同。\n1.加强监测。(省环保厅、省公安厅)\n"
    assert units(stated) == [("省环保厅", "lead"), ("省公安厅", "responsible")]
    assert units("1.加强监测。(省环保厅、省公安厅)\n") == [("省环保厅", "responsible"), ("省公安厅", "responsible")]
    # look-alikes: 者 naming no lead, and a bracket that holds no units before the convention
    assert lead_convention("列第一位者为先进单位，下同") is None
    assert units("1.加强监测。(加强监测(试行)。列第一位者为牵头部门,下同)\n") == []


def test_a_unit_cut_by_the_end_of_the_copy_is_read_as_printed():
    # v10: the copy ends inside the unit's name (責任單位:省發(fā)展改革, the page cut after it); its glosses dropped as
    # the document stage drops them
    text = PINYIN_GLOSS.sub("", real("realworld", "v10"))
    found = find_assignments(text)
    assert [(m.name, m.raw, m.role) for m in found] == [("省发展改革", "省發展改革", "responsible")]
    # however short the part the copy left (CONVENTIONS.md C29): u09's last unit of a list, u11's lead in a bracket the
    # copy's end left open, u13's last cell of a table copied one cell a line
    assert units("責任單位:省財\n") == [("省财", "responsible")]
    assert units("责任单位:市发改委、市经信局、市协") == [("市发改委", "responsible"), ("市经信局", "responsible"),
                                                      ("市协", "responsible")]
    assert units("1. 菏泽市实现重大突破,形成一批经验。(牵头单位:市发") == [("市发", "lead")]
    table = "序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n1\n\n确保增长7%左右。\n\n增长6%。\n\n市发改委\n\n2\n\n推进军民融合。\n\n已办理。\n\n市发"
    assert units(table) == [("市发改委", "responsible"), ("市发", "responsible")]
    # look-alikes: the same fragment with text after it (not cut: no unit), a level with nothing of a name after it, and
    # a complete list
    assert units("責任單位:省發展改革\n2.加快建設。\n") == []
    assert units("責任單位:省\n") == []
    assert units("责任单位:省财政厅、省发展改革") == [("省财政厅", "responsible"), ("省发展改革", "responsible")]


# ---------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------


def test_photos_handed_in_with_their_bound_in_brackets_are_no_target():
    # q07: 4.发布会现场照片(不低于8张,包括全景和特写): what to hand in, as 照片3张 is
    text = real("realworld", "q07")
    assert "不低于8张" in text and ("8张", "张") not in targets(text)
    assert targets("每村张贴宣传海报(不低于8张)") == [("8张", "张")]


def test_a_codes_length_in_characters_is_no_target():
    # q09: 地区及部门编号:由5位字符组成 (an information catalogue's code)
    text = real("realworld", "q09")
    assert "5位字符" in text and targets(text) == []
    assert targets("共培养5位专家") == [("5位", "位")]


def test_the_size_a_standard_is_counted_per_is_no_target():
    # r09: 城市居民小区按照每300至500户且步行不超过3至5分钟…设置 (a siting standard); its capacities are read
    text = real("realworld", "r09")
    found = targets(text)
    assert ("500户", "户") not in found and ("850吨/日", "吨/日") in found and len(found) == 6
    assert targets("每100名学生配备1名校医") == [("1名", "名")]
    assert targets("每年完成37萬座，每人补助500元") == [("37萬座", "座"), ("500元", "元")]
    assert targets("全市建成500户示范") == [("500户", "户")]


# ---------------------------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------------------------


def test_each_school_term_is_a_recurring_duty_shown_at_the_usual_ends_of_the_terms():
    # q12 (traditional): 學校要通過多種形式每學期至少開展一次傳染病宣傳教育, read through the fold
    text = real("realworld", "q12")
    found = [d for d in find_deadlines(text, 2021, None) if d.kind == "recurring"]
    assert [(d.text, d.rule) for d in found] == [("每學期", "each term")]
    # a term's dates are each school's calendar: shown at the usual ends of the terms, and said to be assumed
    term = recurrence("each term")
    assert [day.date().isoformat() for day in term.rrule(datetime.date(2021, 3, 1))[:3]] == [
        "2021-07-31", "2022-01-31", "2022-07-31"] and "校历" in term.assumed
    assert [(d.text, d.rule) for d in find_deadlines("学校每学年组织一次体检。", 2021, None)] == [("每学年", "each school year")]
    # look-alikes: 每学科, 每名学生 are no periods
    assert find_deadlines("每学科配备2名教师，每名学生配备1套教材。", 2021, None) == []
