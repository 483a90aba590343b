"""Forms of set DC (tests/data/realworld/dc*: notices on the newest policy topics, 2022-2025, drawn by rule): the forms
their misses showed, one test each, with real-looking examples of the form and a non-example."""

from __future__ import annotations

from extractors.targets import find_targets


def _read(text: str) -> list[tuple[str, float, str, str]]:
    return [(t.text, t.value, t.unit, t.comparator) for t in find_targets(text)]


def test_a_bare_chao_before_the_figure_bounds_it_from_below_strictly():
    # plans of 2023-2025 write 超 for 超过 right before a goal's figure: 普及率超70%, 规模超1000亿元, 增长超5%
    assert _read("新一代智能终端、智能体等应用普及率超70%，智能经济核心产业规模快速增长。") == [("70%", 70.0, "%", ">")]
    assert _read("到2026年，全省低空经济规模超1000亿元。") == [("1000亿元", 1.0e11, "元", ">")]
    assert _read("全年社会消费品零售总额增长超 5%。") == [("5%", 5.0, "%", ">")]
    # and 不超 for 不超过: a ceiling
    assert _read("每户家庭补贴名额不超2台。") == [("2台", 2.0, "台", "<=")]
    # the long forms read as before
    assert _read("应用普及率超过90%。") == [("90%", 90.0, "%", ">")]
    assert _read("培训人数不超过50人。") == [("50人", 50.0, "人", "<=")]


def test_chao_opening_a_word_bounds_nothing():
    # 超 as the first character of a word before the figure (超市, 超额, 超标) is no comparator
    assert _read("社区新建便民超市2家。") == [("2家", 2.0, "家", "=")]
    assert _read("超额完成30%。") == [("30%", 30.0, "%", "=")]
    # a 超 farther back, with words between it and the figure, is not this form
    assert _read("普及率超过全省平均水平，达到70%。")[0][3] != ">"
