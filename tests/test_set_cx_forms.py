"""Forms found by held-out set CX (tests/data/realworld/cx*, notices of the lowest levels of government and of public
institutions, eight fixed queries in the pages corpus, the first usable text of each query not already held, annotated
before the pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or
one that must keep its reading, so a fix never takes the general case with it."""

import json

from test_real_forms import extracted, made_up_document

from pipeline.document.copy_numbers import drop_copy_numbers


def test_a_collections_number_after_a_copys_title_is_no_part_of_the_title():
    # cx02: 關于中小學散放暑假的通知【大全】 / … / 關于2017年中小學散放暑假的通知【1】 / 各縣市區教育(體)局,…:
    real = extracted("cx02")
    assert real["title"] == "關于2017年中小學散放暑假的通知"
    assert json.loads(real["recipients"])[0] == "各縣市區教育(體)局"
    look_alike = made_up_document(
        "秋季开学工作通知【精选】\n\n小编为大家整理了秋季开学工作通知,供大家参考。\n\n"
        "关于做好2019年秋季开学工作的通知【2】\n\n各乡镇中心学校,县直各学校:\n\n"
        "为做好秋季开学工作,现将有关事项通知如下:\n\n一、做好开学准备\n")
    assert look_alike["title"] == "关于做好2019年秋季开学工作的通知"
    assert json.loads(look_alike["recipients"]) == ["各乡镇中心学校", "县直各学校"]


def test_a_number_in_brackets_closing_a_line_that_is_no_title_stays():
    # a reference list's or a body line's 【1】 is no copy number: only a complete title's line loses it
    text = "参考文献【1】\n关于做好防汛工作的通知【大全】\n"
    assert drop_copy_numbers(text, list(range(len(text))))[0] == text
    titled = "关于做好防汛工作的通知【篇3】\n各村:\n"
    dropped, origin = drop_copy_numbers(titled, list(range(len(titled))))
    assert dropped == "关于做好防汛工作的通知\n各村:\n"
    assert origin[dropped.index("\n")] == titled.index("\n")  # the map still points each character at its source
