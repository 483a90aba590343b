"""The forms of set T (tests/data/realworld/t*, real notices with their source addresses: emergency report limits,
time-limit rules of offices, a ministry's daily report, campaign periods, livelihood project lists) that the item
extractors first misread: one test per form, on the real text where it is, and on a variation of it that must not be
read the same way."""

from __future__ import annotations

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from test_real_forms import real


def deadlines(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def texts(text: str) -> list[str]:
    return [item.text for item in find_targets(text)]


def test_the_day_of_an_event_or_the_day_after_it_after_zai():
    found = deadlines(real("t03"))  # 应在收到转办件工单的当日 … 应在答复诉求人的当天 … 在办理时限到期次日发出
    assert [item for item in found if item[0] in ("当日", "当天", "次日")] == [
        ("当日", "relative", None), ("当天", "relative", None), ("次日", "relative", None), ("次日", "relative", None)]
    # 能当天答复的当天答复: no 在 before the event, an option, not a limit
    assert deadlines("对于咨询类事项能当天答复的当天答复。") == []
    assert ("次日", "relative", None) not in deadlines("在收到工单的次日起13个工作日内办结")  # the window's start


def test_a_window_counted_from_an_events_next_day_is_relative():
    found = deadlines(real("t03"))  # 应在收到转办件工单的次日起13个工作日内办结
    assert ("13个工作日内", "relative", None) in found
    assert deadlines("审批时限为90个工作日以内。") == [("90个工作日以内", "duration", None)]  # a length, no event


def test_working_days_before_the_verb_they_bound_without_nei():
    assert ("3-5 个工作日", "relative", None) in deadlines(real("t02"))  # 不能即时办理的,要在 3-5 个工作日办结
    assert deadlines("本项目历时3-5个工作日。") == []  # no 在 and no verb it bounds


def test_a_window_whose_number_the_copy_lost():
    found = deadlines(real("t11"))  # 主管领导或督查员应在个工作日内审核批复申请人
    assert ("个工作日内", "relative", None) in found
    assert deadlines("按个工作日计算") == []


def test_a_daily_window_running_into_the_next_day():
    found = deadlines(real("t04"), 2003)  # 要将每日20时至次日20时的疫情汇总报卫生部,并于第三日中午12时前…
    assert ("每日20时至次日20时", "recurring", None) in found and ("第三日中午12时前", "relative", None) in found


def test_a_second_time_of_day_shares_the_first_ones_every_day():
    found = deadlines(real("t01"))  # 较大及以上事件每天上午8点前、下午17点前各续报1次
    assert ("每天上午8点前", "recurring", None) in found and ("下午17点前", "recurring", None) in found
    assert all(kind != "recurring" for _, kind, _ in deadlines("请于今天上午8点前、下午17点前各报送1次。"))  # no 每天


def test_a_start_at_an_hour_of_a_day():
    assert ("自9月24日22时00分起", "start", None) in deadlines(real("t08"), 2025)  # 市防指决定,自9月24日22时00分起,启动…
    assert deadlines("海安市气象台9月24日21时26分升级发布暴雨黄色预警信号。", 2025) == []  # a moment reported


def test_the_end_of_a_period_after_its_start():
    found = deadlines(real("t07"), 2015)  # 从2015年3月25日开始至2015年6月30日结束
    assert ("从2015年3月25日开始", "start", None) in found and ("至2015年6月30日", "deadline", "2015-06-30") in found
    assert deadlines("截至2015年6月30日，已完成80%。", 2015) == []  # a status, no start before it


def test_how_often_a_report_is_sent_is_no_target_and_lamps_are_counted():
    assert "1次" not in texts(real("t01"))  # 每天上午8点前、下午17点前各续报1次
    assert "3次" in texts("全年开展专项检查3次。")  # a count of inspections is still a target
    assert "1000盏" in texts(real("t06"))  # 安装太阳能路灯1000盏
