"""The notice's own schedule (CONVENTIONS.md C1) and the spans to reach a result (C2), on the real texts of our
sets where they are, each beside a look-alike that must not be read the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.deadlines import find_deadlines
from pipeline.document.normalise import normalise

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def real(prefix: str) -> str:
    """A set's text as the pipeline reads it (a copy's pinyin glosses taken out)."""
    return normalise(next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")).text


def deadlines(text: str, year: int | None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


@pytest.mark.parametrize("prefix, year, expected", [
    ("e03", 2021, ("2022年3月上旬", "deadline", "2022-03-10")),  # 我部将于…组织专家…进行评审
    ("e05", 2021, ("2022年3月上旬", "deadline", "2022-03-10")),
    ("n06", 2007, ("9月中旬", "deadline", "2007-09-20")),  # 市教育局将在9月中旬组织…抽查
    ("k02", 2018, ("7月2日-7月13日", "deadline", "2018-07-13")),  # 期末考试将于…举行
    ("k02", 2018, ("9月2日至9月6日", "deadline", "2018-09-06")),  # 缓考考试将于…进行
    ("ab08", 2011, ("5月26日(周四)下午至27日上午", "deadline", "2011-05-27")),  # 评估验收组将于…视察
    ("x04", 2010, ("2010年8月上旬", "deadline", "2010-08-10")),  # 检查验收…时间分别为…和…
    ("x04", 2010, ("2010年12月上旬", "deadline", "2010-12-10")),
    ("x04", 2010, ("2010年7月", "deadline", "2010-07-31")),  # …和2010年11月为全县…整治月
    ("x04", 2010, ("2010年11月", "deadline", "2010-11-30")),
    ("y01", 2023, ("6月下旬", "deadline", "2023-06-30")),  # 市政务公开办将于6月下旬…开展正式测评
    ("y01", 2023, ("6月2日", "deadline", "2023-06-02")),
    ("y02", 2022, ("12月底", "deadline", "2022-12-31")),  # 考評于12月底進行
    ("y10", 2009, ("今年第四季度", "deadline", "2009-12-31")),  # 首都文明委將于今年第四季度評選表彰
])
def test_the_issuers_own_steps_are_deadlines(prefix, year, expected):
    assert expected in deadlines(real(prefix), year)


@pytest.mark.parametrize("sentence", [
    "十三届全国人大一次会议将于3月5日召开。",  # an outside event the notice reports (l07, l09): no step of its own
    "国务院督查组于5月26日对我县进行了检查。",  # a step already held
    "检查组将于5月26日进行了检查。",  # 了 in the clause: a report
    "2010年7月和2010年11月,全县完成整治村屯120个。",  # months of what was done, no campaign named
    "工作安排。会议时间为2010年8月上旬。",  # a time label with no step of the issuer's named before it
])
def test_look_alikes_of_the_own_schedule_are_not_read_as_it(sentence):
    assert deadlines(sentence, 2010) == []


def test_a_time_label_after_the_step_it_times():
    assert deadlines("检查验收工作。时间为2010年8月上旬。", 2010) == [("2010年8月上旬", "deadline", "2010-08-10")]


def test_a_date_after_will_with_its_own_limit_word_is_read_by_its_own_pattern():
    # 将于…前 is a limit of the recipients' (DATE_BEFORE_RE), not a step of the issuer's: read once, as before
    assert deadlines("检查组将于3月1日前完成抽查。", 2020) == [("3月1日前", "deadline", "2020-03-01")]


@pytest.mark.parametrize("prefix, year, expected", [
    ("aa12", 2019, ("經過3年努力", "relative", None)),
    ("u04", 2024, ("經過5年的努力", "relative", None)),
])
def test_a_span_of_effort_is_relative(prefix, year, expected):
    assert expected in deadlines(real(prefix), year)


def test_look_alikes_of_a_span_of_effort():
    assert deadlines("经过3年的发展,全市经济总量翻番。", 2019) == []  # no effort: a report of growth
    assert deadlines("经过5年的努力,我市已建成一批示范区。", 2019) == []  # the span is over: what was done
    assert deadlines("用3年时间,全市达到80%以上。", 2019) == [("用3年时间", "relative", None)]  # the same span, 用…时间
