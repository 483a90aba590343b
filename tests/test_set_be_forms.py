"""Forms found by held-out set BE (tests/data/realworld/be*, two notices of county-level offices, each the first real
notice the pages corpus returned for its query and not already in the sets, annotated before the pipeline ran on them),
and by the sweep page (030) one of its queries gave first: each test reads a real notice (named in the test) and a
look-alike of the same form, or one that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.lists import split_list

from test_real_forms import extracted, made_up_document


def _deadlines(text: str, year: int | None) -> list[tuple[str, str]]:
    return [(item.text, item.kind) for item in find_deadlines(text, year)]


# ------------------------------------------------------------------ deadlines


def test_a_start_in_a_year_before_the_notice_is_a_practice_reported_not_a_start():
    # be01 (a 2017 call): 自2003年开始,区政府每年的实事工程都在政府门户网站上公开征询市民建议
    assert [d["text"] for d in extracted("be01")["deadlines"]] == ["截止到2017年9月22日"]
    reported = "从2010年起,我县每年举办农民运动会,已连续举办七届。"
    assert _deadlines(reported, 2018) == []
    # the notice's own year, or a later one, is a start it sets, and the yearly act after it a schedule
    assert _deadlines("自2018年开始,每年开展一次评估。", 2018) == [("自2018年开始", "start"), ("每年", "recurring")]
    assert _deadlines("从2019年1月起,各乡镇按月报送。", 2018) == [("从2019年1月起", "start"), ("按月报送", "recurring")]
    # with no year of its own the document cannot tell: the start stays
    assert ("自2003年开始", "start") in _deadlines("自2003年开始,区政府每年征询建议。", None)


# ------------------------------------------------------------------ targets


def test_ji_qi_yi_xia_is_an_upper_bound():
    # sweep 030 (Chongqing's quarry-dust 通告): 窑径3米及其以下的立窑水泥厂 (kilns of 3 metres and below)
    found = [(t.text, t.comparator) for t in find_targets("禁止区内现有的窑径3米及其以下的立窑水泥厂必须关闭。")]
    assert found == [("3米及其以下", "<=")]
    assert [(t.text, t.comparator) for t in find_targets("扶持年销售额500万元及其以上的企业。")] == [("500万元及其以上", ">=")]
    assert [(t.text, t.comparator) for t in find_targets("窑径3米以下的立窑。")] == [("3米以下", "<=")]


# ------------------------------------------------------------------ metadata


def test_a_salutations_courtesy_word_is_no_part_of_the_recipient():
    # be01: 亲爱的市民同志: (a call to the public), recipients 市民同志 as ay03's 各位村民
    assert json.loads(extracted("be01")["recipients"]) == ["市民同志"]
    assert split_list("尊敬的各位村民") == ["各位村民"]
    assert split_list("各位家长朋友") == ["各位家长朋友"]


def test_a_gambling_brand_in_the_signature_names_no_issuer():
    # be01: a hijacked mirror signs 大发欢乐生肖办公室 where the district office's name was
    assert extracted("be01")["issuer"] is None
    letter = ("各位村民:\n为做好今年的人居环境整治工作,现将有关事项通知如下。\n请各村于5月10日前完成自查。\n"
              "{}\n2019年4月8日\n")
    assert made_up_document(letter.format("幸运飞艇办公室"))["issuer"] is None
    assert made_up_document(letter.format("城关镇人民政府办公室"))["issuer"] == "城关镇人民政府办公室"
