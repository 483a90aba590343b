"""Deadline forms found by the recall probe (scripts/deadline_probe.py) on unannotated real text: each a real
example of the form the probe showed the extractor missing, and a look-alike that must not be read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractors.deadlines import find_deadlines

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import deadline_probe  # noqa: E402  (a script, not a package)


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


# C26: 于/在 + an event + 前 with no count and no date bounds a step by no time a user can date (bb02, d03, k01, t03, t11,
# x02 print it and annotate none); a site's or firm's own start of work is such an event, a school's term is not.
@pytest.mark.parametrize("text", [
    "竞买人应于拍卖前预交保证金。",
    "建设单位在开工前，应当按照国家有关规定办理工程质量监督手续。",
    "各企业应在复工前完成防疫物资储备和员工健康排查。",
    "请各单位于会议召开前报送参会人员名单。",
    "轮候家庭应在提交申请前完成家庭情况变更申报审核。",
    "承办单位必须在事项到期前，通过电子督查系统办理延期申请。",
])
def test_an_event_before_qian_with_no_count_is_no_deadline(text):
    assert read(text) == []


def test_a_calendar_event_before_qian_stays_relative():
    # realworld n10, z12: a school's term and holiday are moments of its calendar
    assert ("开学前", "relative", "before 开学") in read("各学校要在开学前进行安全自查。")
    assert ("复工后第3个工作日", "relative", "working day 3 after 复工") in read("企业应于复工后第3个工作日报送台账。")


# A count of months right after the event's 前 (laws: 海域使用管理法 第二十六条): relative, as 会议召开前一周 is; not the first
# months of a period (于今年前三个月: no event counted back from).
@pytest.mark.parametrize("text, expected", [
    ("海域使用权人应当至迟于期限届满前二个月向原批准用海的人民政府申请续期。",
     ("期限届满前二个月", "relative", "2 months before 期限届满")),
    ("承租人应当于租赁合同期满前3个月提出续租申请。", ("租赁合同期满前3个月", "relative", "3 months before 租赁合同期满")),
])
def test_a_count_of_months_after_an_events_qian_is_relative(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize("text", ["请于今年前三个月完成全部验收。", "于计划年度前两个月报送计划。", "在任期前两个月完成审计。"])
def test_the_first_months_of_a_period_are_no_count_before_an_event(text):
    assert not [d for d in read(text) if "month" in (d[2] or "")]


def test_the_probe_counts_no_countless_event_form_as_a_miss():
    # scripts/deadline_probe.py: the countless form is no miss; a count before or right after the 前 still is one
    text = "竞买人应于拍卖前预交保证金，并于会议召开十日前提交材料，至迟于期限届满前二个月申请续期。"
    shapes = [shape for shape, _, _ in deadline_probe.misses_in(text, [])]
    assert shapes == ["于…前: 于…前", "于…前: 于…前N个月"]
