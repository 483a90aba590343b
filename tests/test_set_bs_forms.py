"""Forms found by held-out set BS (tests/data/realworld/bs*, notices of national ministries, each the first real notice the
pages corpus returned for a fixed ministry's query and not already in the sets, annotated before the pipeline ran on them):
each test reads a real notice (named in the test) and a look-alike of the same form, or one that must keep its reading, so a
fix never takes the general case with it."""

from extractors.deadlines import find_deadlines

from test_real_forms import extracted


def _deadlines(text: str, year: int | None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def _document_deadlines(prefix: str) -> list[tuple[str, str | None]]:
    return [(deadline["text"], deadline["date"]) for deadline in extracted(prefix)["deadlines"]]


# ------------------------------------------------------------------ deadlines


def test_a_publicity_posted_under_the_rules_it_names_keeps_its_period_out_of_the_deadlines():
    # bs01: …?,F(xiàn)按相關規(guī)定予以公示,公示時間為2022年2月21日-2022年2月28日 (its 现 garbled by the copy's glosses)
    assert _document_deadlines("bs01") == []
    look_alike = ("经专家评审,拟推荐以下10家企业为省级专精特新示范企业。现按照有关规定予以公示,公示时间为2023年5月10日至"
                  "2023年5月16日。如有异议,请于公示期内以书面形式反馈。")
    assert _deadlines(look_alike, 2023) == []
    lost_now = "拟确定下列5个县为试点县,按相关规定予以公示,公示时间为2023年5月10日-2023年5月16日。"
    assert _deadlines(lost_now, 2023) == []


def test_a_publicity_announced_for_later_keeps_its_period_as_a_step():
    # the notice is no publicity: its list will be posted, a step of its programme (C1)
    later = "请各地于5月5日前报送推荐材料。评审结果将按规定予以公示,公示时间为2023年5月10日至2023年5月16日。"
    assert ("2023年5月10日至2023年5月16日", "deadline", "2023-05-16") in _deadlines(later, 2023)


def test_a_cut_off_label_is_no_part_of_its_date():
    # bs02: 徵求意見截止時間為2024年7月12日 (a ministry office's call for comments)
    assert _document_deadlines("bs02") == [("2024年7月12日", "2024-07-12")]
    assert _deadlines("报名截止日期：2023年5月31日。", 2023) == [("2023年5月31日", "deadline", "2023-05-31")]
    # 截止到 and 截至 are the limit's own words, and stay
    assert _deadlines("截止到3月15日,各地要完成排查。", 2023) == [("截止到3月15日", "deadline", "2023-03-15")]
    assert _deadlines("请于截至2023年6月30日前完成。", 2023)[0][0].startswith("截至")
