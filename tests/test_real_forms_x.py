"""The forms of set X (tests/data/realworld/x*, real notices with their source addresses, chosen for their time
limits and physical targets) that the deadline and target extractors first misread: one test per form, on the
real text where it is, and on a variation of it that must not be read the same way."""

from __future__ import annotations

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from test_real_forms import real



def deadlines(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def targets(text: str) -> list[tuple[str, float, str]]:
    return [(item.text, item.value, item.unit) for item in find_targets(text)]


def test_a_period_in_brackets_after_a_phase_heading_and_its_name_is_the_phase_limit():
    # 第二阶段:集中整治(5月15日至11月底) … 第三阶段:总结评比(12月上旬) (the page gives no year: undated)
    found = deadlines(real("x03"))
    assert ("5月15日至11月底", "deadline", None) in found and ("12月上旬", "deadline", None) in found
    assert ("5月15日至11月底", "deadline", "2009-11-30") in deadlines("第二阶段:集中整治(5月15日至11月底)。", 2009)
    # the same brackets with no phase before them: a period of anything, not read
    assert deadlines("开展集中整治(5月15日至11月底)。", 2009) == []
    assert deadlines("第二阶段:集中整治(5月1日)。", 2009) == []  # a day alone is no phase's period


def test_dates_opening_the_paragraphs_of_a_schedule_section_are_its_steps_limits():
    # 三、调减完成时限 / 2017年3月,调整乡镇…规划 / 2017年4—5月,按照确定的…规划
    found = deadlines(real("x05"), 2017)
    assert ("2017年3月", "deadline", "2017-03-31") in found and ("2017年4—5月", "deadline", "2017-05-31") in found
    # the same paragraphs under a heading that names no schedule report what was done
    report = "一、工作回顾\n\n2017年3月,调整乡镇规划,确定重点区域。\n\n2017年4—5月,开展技术培训。"
    assert deadlines(report, 2018) == []


def test_the_same_day_as_an_obligation_after_a_modal_is_a_limit():
    # 第六條 當日的閱件、辦件必須當日呈閱、注批 (the second 當日 only: the first names the day's files)
    found = [item for item in find_deadlines(real("x10"), None) if item.text == "當日"]
    assert [(item.kind, item.rule) for item in found] == [("relative", "on the day of the event")]
    assert real("x10")[found[0].start - 2:found[0].start] == "必須"
    assert deadlines("當日的閱件由辦公室登記。") == []


def test_how_many_there_are_per_year_is_a_count_not_a_schedule():
    # 每年約有3200多萬農民從中直接受益 (the beneficiaries a year, not a yearly duty)
    assert not [item for item in deadlines(real("x14")) if item[1] == "recurring"]
    # a length of time each day is a daily duty: 保证学生每天有1小时体育活动的时间 (学校体育工作条例)
    assert ("每天", "recurring", None) in deadlines("保证学生每天有1小时体育活动的时间(含体育课)。")
    assert ("每年", "recurring", None) in deadlines("每年有2次检查。")


def test_a_weight_in_jin_is_a_physical_target():
    assert ("810億斤", 81000000000.0, "斤") in targets(real("x14"))  # 累计新增糧食生產能力810億斤
    assert ("100公斤以上", 100.0, "公斤") in targets(real("x14"))  # 公斤 is still read whole


def test_the_copies_an_issuing_line_printed_are_no_target():
    # 水城县统计局办公室  2011年3月20日印发  (共印45份)
    assert not [item for item in targets(real("x08")) if item[2] == "份"]
    assert ("5000份", 5000.0, "份") in targets("印发宣传资料5000份。")  # copies a measure makes are one


def test_a_range_whose_lower_end_has_its_own_unit_is_at_least_that_end():
    # 給予3萬元-5萬元的資金支持 (the lower end is the target, as 3-4个's)
    found = [(item.text, item.value, item.comparator) for item in find_targets(real("x07"))]
    assert ("3萬元", 30000.0, ">=") in found and ("3000萬元", 30000000.0, "=") in found
    assert [(item.value, item.comparator) for item in find_targets("拨付3万元-5月底前到位")] == [(30000.0, "=")]


def test_the_period_a_phase_opens_with_and_a_period_after_cong_are_limits():
    # set U's u07 (a 文库 copy): 从5月中旬至12月底,在辖区内开展… · 第二阶段,5月中旬至12月中旬,全面实施 · 第三阶段,12月下旬,检查验收
    found = deadlines(real("u07"), 2019)
    for item in [("5月中旬至12月底", "deadline", "2019-12-31"), ("5月中旬到12月下旬", "deadline", "2019-12-31"),
                 ("5月中旬至12月中旬", "deadline", "2019-12-20"), ("12月下旬", "deadline", "2019-12-31")]:
        assert item in found
    assert deadlines("从5月中旬至12月底的数据显示,水质稳定。", 2019) == []  # what the period counts
    assert deadlines("第三阶段,检查验收。12月下旬,召开总结会。", 2019) == []  # no period after the phase's comma


def test_what_was_done_by_a_date_or_issued_in_a_month_is_no_limit():
    # set Z: z04's 上述59个项目已于7月底前全部整改到位 (done by then) · z09's 2012年9月印发的《…预案》 (when the old plan was issued)
    assert not [item for item in deadlines(real("z04"), 2020) if item[0] == "7月底前"]
    assert not [item for item in deadlines(real("z09"), 2018) if item[0] == "2012年9月"]
    assert ("7月底前", "deadline", "2020-07-31") in deadlines("上述项目要于7月底前全部整改到位。", 2020)
    assert ("4月底", "deadline", "2020-04-30") in deadlines("，4月底印发实施方案。", 2020)


def test_school_holidays_are_calendar_events_and_two_windows_share_one_zai():
    # z12: 在寒假前和开学前集中精力对学生宿舍…排查
    found = [(item.text, item.kind) for item in find_deadlines(real("z12"), 2016)]
    assert ("寒假前", "relative") in found and ("开学前", "relative") in found
    assert deadlines("寒假前完成的报告") == []  # no 在/于: a description


def test_an_outline_number_a_space_before_its_heading_is_no_target():
    # z07's contents: 9.1 名词术语解释 (a heading's number, not 9.1名)
    assert not [item for item in targets(real("z07")) if item[2] == "名"]
    assert ("2.5 公里", 2.5, "公里") in targets("新建道路2.5 公里。")  # inside a sentence a decimal keeps its unit
