"""Bare periods (每年, 每季度) that describe rather than schedule, on the real notices where each form is."""

from __future__ import annotations

from extractors.deadlines import find_deadlines
from test_real_forms import real


def _recurring(text: str) -> list[str]:
    return [d.text for d in find_deadlines(text, 2015) if d.kind == "recurring"]


def test_a_period_whose_clause_describes_is_no_schedule():
    # ab12: 每年学院文明办花费大量时间和精力接受…检查 (what a year costs) and 每年的计划、自查报告、年终总结是最基本的工作 (what
    # they are); its 6月26日前 stays
    found = find_deadlines(real("ab12"), 2015)
    assert "每年" not in [d.text for d in found]
    assert "6月26日前" in [d.text for d in found]
    # the same periods with a duty after them are schedules
    assert _recurring("每年学院文明办组织一次检查和验收。") == ["每年"]
    assert _recurring("明确每项任务的具体责任人和每季度的形象进度,确保落实。") == ["每季度"]
    assert _recurring("每月召开一次例会,但是特殊情况可以顺延。") == ["每月"]


def _deadline_texts(prefix: str) -> list[str]:
    from pipeline.extract import extract_text
    return [d["text"] for d in extract_text(real(prefix))["documents"][0]["deadlines"]]


def test_a_headlines_limit_is_a_mention_of_its_own():
    # x14: the headline 到2020年中國將建設高標準農田4億畝 and the text's 明确到2020年 (CONVENTIONS.md C7: the title is one mention)
    assert _deadline_texts("x14").count("到2020年") == 2
    # t01: a news headline's 15分钟内必须上报 beside the text's 在发生后15分钟内 (read 15分钟内 too: C10)
    assert _deadline_texts("t01")[0] == "15分钟内"


def test_a_bare_period_in_a_title_names_the_work():
    # m13: 关于规范每周重要活动申报工作的通知 (the weekly plan of activities, the work's name, as 每周重要活动安排 in its text);
    # its schedule is the text's 每周一9:30前
    found = _deadline_texts("m13")
    assert "每周" not in found and "每周一9:30前" in found


def test_a_window_after_a_happening_is_its_length_and_after_an_act_keeps_the_act():
    from extractors.deadlines import find_deadlines
    texts = lambda t: [(d.text, d.kind) for d in find_deadlines(t, 2020)]  # noqa: E731
    # CONVENTIONS.md C10: the shared 07's 事件发生后2小时内 → 2小时内; sample 001's 资金下达后30日内 → 下达后30日内
    assert texts("紧急信息要在事件发生后2小时内报送。") == [("2小时内", "relative")]
    assert texts("险情出现后1小时内报告县防汛办。") == [("1小时内", "relative")]
    assert texts("确保各级扶贫资金下达后30日内落实到具体项目。") == [("下达后30日内", "relative")]
    assert texts("自事故发生之日起30日内提交报告。") == [("自事故发生之日起30日内", "relative")]
