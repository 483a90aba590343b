"""The forms of set R (tests/data/realworld/r*, real notices with their source addresses, chosen for their time
limits, duty lines and physical-unit targets) that the item extractors first misread: one test per form, on the
real text where it is, and on a variation of it that must not be read the same way."""

from __future__ import annotations

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments
from test_real_forms import real


def deadlines(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def test_the_months_in_brackets_after_a_phase_name_are_the_phase_limit():
    found = deadlines(real("r03"), 2009)  # (一)动员部署阶段(5月) … (二)摸底和集中整治阶段(5月-8月) … (四)总结阶段(11月)
    for phase in [("5月", "deadline", "2009-05-31"), ("5月-8月", "deadline", "2009-08-31"),
                  ("8月-11月", "deadline", "2009-11-30"), ("11月", "deadline", "2009-11-30")]:
        assert phase in found
    assert deadlines("各县召开会议(5月)，部署工作。", 2009) == []  # a month in brackets with no phase before it
    assert deadlines("整治阶段(5月1日)", 2009) == []  # a day, not a month: the bracketed range's form, not this one


def test_two_dates_after_one_yu_share_the_verb_after_the_second():
    found = deadlines(real("r03"), 2009)  # 并分别于6月底和7月底报送阶段性报告
    assert ("6月底", "deadline", "2009-06-30") in found and ("7月底", "deadline", "2009-07-31") in found
    assert deadlines("分别于6月底和7月底召开调度会", 2009) == []  # no verb of completion: meetings, not limits
    # a report of what was handed over, the verb not right after the second date
    assert deadlines("分别于2015年7月、2016年10月向宁某某交付两套房屋", 2017) == []


def test_a_year_heading_its_sentence_before_a_comma_with_a_base_year_compared():
    # 2015 年,单位地区生产总值能耗比 2010 年下降 16% (a plan of 2011 whose copy gives no date: the year unknown)
    assert ("2015 年", "deadline", "2015-12-31") in deadlines(real("r05"))
    assert deadlines("2010 年,单位地区生产总值能耗比 2015 年下降 16%。") == []  # the base year is later: no target year
    assert deadlines("2015年,全省召开了节能减排工作会议。") == []  # no comparison and no year of the notice


def test_a_window_of_whole_years_after_cong():
    found = deadlines(real("r10"), 2019)  # 明确从2019年到2021年,广州将通过三年行动
    assert ("2019年到2021年", "deadline", "2021-12-31") in found
    assert ("到2021年", "deadline", "2021-12-31") in found  # 到2021年力爭…: the later sentence's own target year
    assert [text for text, _, _ in found].count("到2021年") == 1  # not again inside the window


def test_a_date_with_qi_opening_a_clause_is_a_start_and_a_period_of_a_measure_carried_out_a_limit():
    found = deadlines(real("r13"), 2021)
    assert ("2021年5月1日起", "start", None) in found  # …实施至2021年4月30日,2021年5月1日起按照…执行
    # 2021年5月1日至2022年4月30日实施阶段性下调工傷保險費率50%的政策: the measure's period, a limit
    assert ("2021年5月1日至2022年4月30日", "deadline", "2022-04-30") in found
    # the old policy's own term is no limit (实施至 after 政策)
    assert not any(text.endswith("至2021年4月30日") for text, _, _ in found)
    assert deadlines("本办法自2021年5月1日至2022年4月30日实施。", 2021) == []  # a document in force
    assert deadlines("。2021年5月1日起施行。", 2021) == []


def test_a_note_of_what_a_unit_includes_is_not_part_of_its_name():
    text = real("r11")  # (牵头单位:市发改委;责任单位:各区人民政府〈含开发区、   (cut off)
    assert ("各区人民政府", "responsible") in {(m.raw, m.role) for m in find_assignments(text)}
    closed = find_assignments("责任单位：各县（市、区）人民政府（含功能区），市财政局。")
    assert [m.name for m in closed] == ["各县（市、区）人民政府", "市财政局"]  # 各县（市、区） is the name's own bracket


def test_an_item_opening_with_you_and_its_doer():
    found = find_assignments(real("r14"))  # 四、责任分工: 1.由保洁公司负责组织各村保洁人员,…
    assert [(m.raw, m.role) for m in found] == [("保洁公司", "responsible")]
    assert find_assignments("所需资金，由县财政负责保障。") == []  # after a comma: the clause must end in its verb


def test_capacities_per_year_and_counts_of_tasks_with_their_size():
    found = {(t.text, t.value, t.unit) for t in find_targets(real("r09"))}
    assert ("100万吨/年", 1000000, "吨/年") in found and ("850吨/日", 850, "吨/日") in found
    counted = {(t.text, t.value, t.unit) for t in find_targets(real("r10"))}
    assert ("9大項", 9, "项") in counted and ("60小項", 60, "项") in counted
    assert find_targets("六大任务") == []  # a slogan in Chinese numerals
