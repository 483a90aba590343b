"""C25 of tests/data/realworld/CONVENTIONS.md on short copies: a heading number run on after 如下: on the same line is a
measure when the labels count on from it (on its line or at the start of the next lines), however short the line; a lone
一、 with nothing after it in turn, or a figure after the colon, is not. The examples are shortened from the realworld
sets' notices (ax03, p11, t07, av10, aq14) as a short page or an abstract prints them."""

from pipeline.document.announced import announced_list_breaks
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse


def measures(text: str) -> list[tuple[str, int]]:
    return [(found.label, found.level) for found in parse(normalise(text).text)[0].measures]


def measure_starts(text: str) -> list[str]:
    normalised = normalise(text).text
    return [normalised[found.text_start:found.text_start + 6] for found in parse(normalised)[0].measures]


def test_a_first_heading_run_on_after_the_colon_is_a_measure_when_the_next_line_counts_on():
    notice = ("各县(区)市场监管局:\n为保障元旦、春节期间节日市场繁荣稳定,现将有关事项通知如下：一、加强食品市场监管。\n"
              "二、加强价格监督检查。\n特此通知。\n")
    assert measures(notice) == [("一、", 1), ("二、", 1)]
    assert measure_starts(notice)[0] == "加强食品市场"


def test_a_whole_short_notice_on_one_line_gives_each_heading_in_turn():
    notice = ("各旗县区人力资源和社会保障局:经自治区人民政府同意,现将有关事宜通知如下:一、提高最低工资标准。"
              "二、最低工资标准包含个人缴费部分。三、本通知自2025年1月1日起执行。\n")
    assert measures(notice) == [("一、", 1), ("二、", 1), ("三、", 1)]


def test_the_announcing_words_may_name_the_list_and_a_space_may_follow_the_colon():
    assert measures("结合我县实际,特制定方案如下:一、指导思想。二、工作目标。\n") == [("一、", 1), ("二、", 1)]
    assert measures("现提出如下实施意见: 一、总体要求。二、主要任务。\n") == [("一、", 1), ("二、", 1)]
    assert measures("有关要求如下：一、活动主题 弘扬雷锋精神 二、活动时间 3月5日至4月30日\n") == [("一、", 1), ("二、", 1)]


def test_the_other_first_level_labels_count_on_as_well():
    assert measures("现就有关事项通知如下：（一）统一思想,提高认识。（二）落实责任,强化督查。\n") == [("（一）", 1), ("（二）", 1)]
    assert measures("现就有关事项通知如下：1.成立检查组。\n2.开展全面排查。\n") == [("1.", 1), ("2.", 1)]
    assert measures("现将有关要求通知如下:1、加强领导;2、落实责任。\n") == [("1、", 1), ("2、", 1)]
    assert measures("经研究,制定办法如下:第一条 为规范公文处理,制定本办法。第二条 本办法适用于县直各单位。\n") == [
        ("第一条", 1), ("第二条", 1)]


def test_a_sublist_under_the_first_item_is_passed_over_to_find_the_next():
    notice = ("现就进一步做好安全生产大检查有关事项通知如下:一、统一思想,提高认识\n（一）成立领导小组。\n（二）制定检查方案。\n"
              "二、突出重点,全面排查\n")
    assert [label for label, level in measures(notice) if level == 1] == ["一、", "二、"]


def test_a_lone_first_heading_or_a_figure_after_the_colon_is_no_measure():
    assert measures("为做好防汛工作,现将有关事项通知如下：一、加强领导。\n请认真贯彻执行。\n") == []
    assert measures("全县工作任务如下：1个目标、3项任务、5项措施。\n") == []
    assert measures("现将全县造林情况通报如下：2021年全县共完成造林3万亩。\n") == []
    assert measures("医院分级如下:一、二、三级医院分别执行不同的收费标准。\n") == []
    assert announced_list_breaks("现通知如下：一、加强领导。\n（二）落实责任。\n") == []  # not the same kind of label
    assert announced_list_breaks("现通知如下：1.加强领导。\n3.落实责任。\n") == []  # out of turn
    far = "现通知如下：一、加强领导。\n" + "各地要认真落实。\n" * 80 + "二、落实责任。\n"
    assert announced_list_breaks(far) == []  # a 二、 of another list far below


def test_labels_in_the_words_of_a_sentence_count_on_nothing():
    assert announced_list_breaks("具体分工如下：一、二类地区由市里负责,三类地区由县里负责。\n") == []
    assert announced_list_breaks("现通知如下：一、依照第二条规定,二、三级单位自行负责。\n") == []


def test_a_long_line_of_many_spaces_after_the_colon_stays_linear():
    text = "现将有关事项通知如下：一、加强领导" + " " * 100_000 + "二、落实责任\n"
    assert len(announced_list_breaks(text)) == 2
    assert announced_list_breaks("如下：一、加强领导。\n" * 10_000) == []
