"""Deadline forms found by the recall probe (scripts/deadline_probe.py) on unannotated real text: each a real
example of the form the probe showed the extractor missing, and a look-alike that must not be read."""

from __future__ import annotations

import pytest

from extractors.deadlines import find_deadlines


def read(text: str) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.kind, d.rule) for d in find_deadlines(text, 2020)]


# A length counted back from an event, the count before the 前 (laws: 全国人民代表大会常务委员会议事规则, 刑事诉讼法's
# 解释): relative, from the event (as 会议召开前一周, the count after the 前, already is).
@pytest.mark.parametrize("text, expected", [
    ("提请常务委员会会议审议的议案，应当在会议召开十日前提交常务委员会。",
     ("会议召开十日前", "relative", "10 days before 会议召开")),
    ("至迟于案件审理期限届满十五日以前书面请求移送。",
     ("案件审理期限届满十五日以前", "relative", "15 days before 案件审理期限届满")),
    ("各参赛学校务必于活动开始3个工作日前报送参赛名单。",
     ("活动开始3个工作日前", "relative", "3 working days before 活动开始")),
    ("请于合同到期3个月前向区住建局提出续租申请。",
     ("合同到期3个月前", "relative", "3 months before 合同到期")),
])
def test_a_count_before_an_event_is_relative(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize("text", [
    "该项目已于三天前提交。",                # no event: a past day
    "双方于会议召开3日前后多次协商。",       # 前后: around the event
    "证明在5月10日前后收取过服务费。",       # a date, and 前后
])
def test_no_event_or_around_it_is_no_count_before_an_event(text):
    assert not [d for d in read(text) if d[1] == "relative"]


def test_a_yearly_window_after_yu_is_recurring():
    # laws: 企业信息公示暂行条例 第八条 (an annual report's filing period)
    text = "企业应当于每年1月1日至6月30日，通过企业信用信息公示系统向工商行政管理部门报送上一年度年度报告。"
    assert ("每年1月1日至6月30日", "recurring", "yearly from 01-01 to 06-30") in read(text)


def test_a_season_of_a_timetable_is_no_yearly_window():
    # realworld k08: a classroom timetable's seasons, no 于/在 before them
    assert read("开放时间 | 每年10月1日-次年4月30日 | 8:00-22:00 |") == []
    assert not [d for d in read("夏季作息 每年5月1日-9月30日 |") if "yearly from" in (d[2] or "")]


# A process's 时限 given as a length with 为 (laws: 医疗器械注册与备案管理办法): a duration, its name kept, as C12's 期限为3年.
@pytest.mark.parametrize("text, expected", [
    ("医疗器械临床试验申请的技术审评时限为60日。", ("时限为60日", "duration", "for 60 days")),
    ("不动产首次登记的办理时限为5个工作日。", ("时限为5个工作日", "duration", "for 5 working days")),
])
def test_a_time_limit_with_wei_is_a_duration(text, expected):
    assert expected in read(text)


def test_an_overrun_of_a_time_limit_is_no_duration():
    # realworld t03: how far a case overran its limit, a condition of a penalty
    assert read("经一次催办仍超过办理时限5个工作日且不报告说明理由的，由督查组书面通报批评。") == []


# A named length with 一般 before its 为 (laws: 城乡规划法, 公安机关适用继续盘问规定): the length as a rule, a duration
# with its name, as 期限为3年; a comparator after 一般 keeps its own reading (C12: from the comparator).
@pytest.mark.parametrize("text, expected", [
    ("城市总体规划、镇总体规划的规划期限一般为二十年。", ("期限一般为二十年", "duration", "for 20 years")),
    ("继续盘问的时限一般为十二小时。", ("时限一般为十二小时", "duration", "for 12 hours")),
    ("行政规范性文件有效期一般不得超过5年。", ("不得超过5年", "duration", "at most 5 years")),
])
def test_a_length_as_a_rule_is_a_duration(text, expected):
    assert expected in read(text)
