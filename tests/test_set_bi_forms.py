"""Forms found by held-out set BI (tests/data/realworld/bi*, two notices on who does what by when — a district centre's
publicity of a rectification task, a county's supervision time limits copied from a forum — each the first real notice the
pages corpus returned for its query and not already in the sets, annotated before the pipeline ran on them): each test reads
a real notice (named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes
the general case with it."""

from extractors.deadlines import find_deadlines
from pipeline.document.normalise import normalise
from pipeline.document.spam import FORUM_JAMMER_RUN, _is_jammer, forum_jammer_runs

from test_real_forms import extracted, made_up_document


def _deadlines(text: str, year: int | None) -> list[tuple[str, str]]:
    return [(item.text, item.kind) for item in find_deadlines(text, year)]


# ------------------------------------------------------------------ the text as copied


def test_a_forums_jammer_strings_are_dropped_so_the_label_after_them_starts_its_line():
    # bi02 (Discuz's hidden strings kept by the copy): 6 K$ f7 g y& E3 C! u' n' M(五)省长、市长、县长信箱办理…
    assert [m["label"] for m in extracted("bi02")["measures"]] == ["(三)", "(四)", "(五)"]
    copied = ("一、总体要求\n各单位要认真落实。3 Y) Z0 B k' Z0 C\n"
              "5 K$ f7 g y& E3 C! u' n' M二、工作措施\n加强督查。\n"
              "c% R2 x# T7 q! W4 h1、建立台账制度。")
    text = normalise(copied).text
    assert "K$" not in text and "Y)" not in text and "c%" not in text
    assert "\n二、工作措施" in text and "\n1、建立台账制度" in text
    assert [m["label"] for m in made_up_document(copied)["measures"]][:2] == ["一、", "二、"]
    # ASCII that is the text's own stays: figures in a row, initials, a table's bars, a standard's number
    for kept in ("分值 10 20 30 40 50 分", "A B C D E 五档", "| 1 | 2 | 3 | 4 |", "按 GB/T 9704-2012 排版", "PM2.5 O3 NO2 SO2 CO"):
        assert normalise(kept).text == kept


def test_the_jammer_runs_are_those_the_pattern_finds_anywhere():
    # forum_jammer_runs tries FORUM_JAMMER_RUN only next to a space: the same runs as finditer at every character
    texts = ("各单位要认真落实。3 Y) Z0 B k' Z0 C\n5 K$ f7 g y& E3 C! u' n' M二、工作措施", "c% R2 x# T7 q! W4 h1、建立台账制度。",
             "发生。, m p, ]6 C3 R4 H9 u", "0 u) q& ?, k# W, N/ ]& j", "分值 10 20 30 40 50 分", "A B C D E 五档",
             "ab cd ef gh ij", "a b c d e(一)加强", "xy  a b c d e f")
    for text in texts:
        assert [run.span() for run in forum_jammer_runs(text)] == \
            [run.span() for run in FORUM_JAMMER_RUN.finditer(text) if _is_jammer(run.group())]


# ------------------------------------------------------------------ metadata


def test_a_publicity_and_a_case_report_are_titles():
    # bi01: 关于铁东区中央生态环境保护督察“回头看”反馈问题整改任务(序号十)整改情况的公示情况说明
    assert extracted("bi01")["title"].endswith("整改情况的公示情况说明")
    publicity = ("关于2023年度优秀共产党员拟表彰对象的公示\n根据…要求,经各支部推荐,现将拟表彰对象予以公示。\n"
                 "公示时间:2023年6月20日至6月26日。\n中共某某镇委员会\n2023年6月19日")
    assert made_up_document(publicity)["title"] == "关于2023年度优秀共产党员拟表彰对象的公示"
    report = "关于某某路段积水问题整改的情况说明\n经查,该路段排水管网老化。\n某某区住房和城乡建设局\n2022年7月5日"
    assert made_up_document(report)["title"] == "关于某某路段积水问题整改的情况说明"


# ------------------------------------------------------------------ deadlines


def test_how_long_a_publicity_stays_posted_is_no_limit():
    # bi01: 现对…整改完成情况进行公示。…公示时间:2019年12月13日至2019年12月19日,共7天。
    assert [d["text"] for d in extracted("bi01")["deadlines"]] == ["每月"]
    own = "现将拟推荐名单予以公示。公示时间:2023年6月20日至6月26日。如有异议,请来电反映。"
    assert _deadlines(own, 2023) == []
    # a notice that announces a list's publicity to come keeps it as a step of its programme (C1)
    announced = "评审结束后,名单将在校园网公示,公示时间:2023年6月20日至6月26日。"
    assert [kind for _, kind in _deadlines(announced, 2023)] == ["deadline"]


def test_bu_zhun_chao_guo_is_a_length_limit():
    # bi02: (五)…承办单位按照督查督办单要求时限办理,原则上不准超过5个工作日。
    assert ("不准超过5个工作日", "duration") in _deadlines("承办单位按要求时限办理,原则上不准超过5个工作日。", None)
    assert ("不能超过3天", "duration") in _deadlines("每次请假不能超过3天。", None)
    assert ("不得超过15个工作日", "duration") in _deadlines("审批时间不得超过15个工作日。", None)


def test_a_start_from_an_event_that_a_window_counts_from_is_the_windows_origin():
    # bi02 (三): 原则上自会议决定之日起,各办理单位在5个工作日内报告落实情况
    assert _deadlines("原则上自会议决定之日起,各办理单位在5个工作日内报告落实情况。", None) == [("5个工作日内", "relative")]
    assert ("20个工作日内", "relative") in _deadlines("自受理申请之日起,行政机关应当在20个工作日内作出决定。", None)
    assert not any(kind == "start" for _, kind in _deadlines("自受理申请之日起,行政机关应当在20个工作日内作出决定。", None))
    # a start from an event with no window in its sentence stays a start (k03)
    assert _deadlines("自本通告发布之日起,所涉及整治的单位和个人须自行清理。", 2026) == [("自本通告发布之日起", "start")]


def test_a_count_of_days_under_a_comparator_is_no_length_limit():
    # e02, which 不能超过 first read as a limit: 优良天数比率不低于92.5%(即全年污染天数不能超过27天)
    assert "不能超过27天" not in [d["text"] for d in extracted("e02")["deadlines"]]
    assert _deadlines("(即全年污染天数不能超过27天),细颗粒物", 2021) == []
    assert _deadlines("全市重污染天数不超过5天。", 2021) == []
    assert _deadlines("每次请假天数以外,病假期限不超过2周。", None) == [("不超过2周", "duration")]
