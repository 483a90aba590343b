"""Forms found by held-out set BG (tests/data/realworld/bg*, eight notices of prefecture-level cities, their districts
and offices, each the first real notice the pages corpus returned for its city's query and not already in the sets,
annotated before the pipeline ran on them): each test reads a real notice (named in the test) and a look-alike of the
same form, or one that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.labels import match_label
from pipeline.document.lists import split_list

from test_real_forms import extracted, made_up_document


def _deadlines(text: str, year: int | None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


# ------------------------------------------------------------------ header


def test_a_title_whose_issued_name_opens_on_one_line_and_closes_on_the_next_is_one_title():
    # bg01: 鞍山市人民政府关于印发 / 《2024年市〈政府工作报告〉任务分解 / 和责任分工方案》的通知 (任务分解 reads as a type word)
    assert extracted("bg01")["title"] == "鞍山市人民政府关于印发《2024年市〈政府工作报告〉任务分解和责任分工方案》的通知"
    look_alike = ("某县人民政府关于印发\n《2023年县〈政府工作报告〉重点任务分解\n和责任分工方案》的通知\n"
                  "各乡镇人民政府,县政府各部门:\n现印发给你们,请认真贯彻落实。\n某县人民政府\n2023年3月1日\n")
    assert made_up_document(look_alike)["title"] == "某县人民政府关于印发《2023年县〈政府工作报告〉重点任务分解和责任分工方案》的通知"
    # a title closed on its own line is still a title of its own (the block ends there)
    closed = ("某县人民政府关于印发《2023年重点任务分解方案》的通知\n"
              "各乡镇人民政府,县政府各部门:\n现印发给你们,请认真贯彻落实。\n某县人民政府\n2023年3月1日\n")
    assert made_up_document(closed)["title"] == "某县人民政府关于印发《2023年重点任务分解方案》的通知"


def test_zones_and_a_class_of_places_listed_bare_are_an_entry_each():
    # bg03: 开发区、高新园(邹区镇)、各街道,区各有关单位 (a district office's recipients)
    assert json.loads(extracted("bg03")["recipients"]) == ["开发区", "高新园(邹区镇)", "各街道", "区各有关单位"]
    assert split_list("经开区、工业园、各乡镇") == ["经开区", "工业园", "各乡镇"]
    # the zones' body printed once after them keeps them one entry (C6's shared suffix)
    assert split_list("经济开发区、工业园区、农高区管委会") == ["经济开发区、工业园区、农高区管委会"]
    assert split_list("各乡镇、街道、温泉度假区计生办、计生协") == ["各乡镇、街道、温泉度假区计生办、计生协"]


def test_a_signature_by_a_short_form_without_its_place_is_the_issuer_as_printed():
    # bg06: a city daily's copy of a 通报 signed 市政府办公室 (CONVENTIONS C27: C9's null is for a title's short form)
    assert extracted("bg06")["issuer"] == "市政府办公室"
    look_alike = ("各乡镇人民政府,县直各单位:\n经检查,现将有关情况通报如下。\n望各单位认真整改。\n县政府办公室\n2019年5月6日\n")
    assert made_up_document(look_alike)["issuer"] == "县政府办公室"
    named = look_alike.replace("县政府办公室\n", "某某县人民政府办公室\n")
    assert made_up_document(named)["issuer"] == "某某县人民政府办公室"


# ------------------------------------------------------------------ measures


def test_a_table_of_contents_whose_first_heading_is_spaced_wide_is_no_measures():
    # bg03: 目   录 / 1 总   则 / 1.1  编制目的 / … (the plan's contents, the copy cut before its text)
    assert extracted("bg03")["measures"] == []
    assert match_label("1 总   则") is not None and match_label("1 总 则") is not None
    assert match_label("3 月   日") is None and match_label("2 个   月") is None  # a date or a count, no heading
    plan = ("区政府办公室关于印发《某区防汛应急预案》的通知\n各街道,区各有关单位:\n现将《某区防汛应急预案》印发给你们。\n"
            "某区人民政府办公室\n2021年5月10日\n某区防汛应急预案\n目   录\n1 总   则\n1.1  编制目的\n1.2  编制依据\n"
            "2 组织体系\n2.1  指挥机构\n1 总   则\n1.1  编制目的\n为做好防汛应急工作,制定本预案。\n")
    labels = [(m["label"], m["level"]) for m in made_up_document(plan)["measures"]]
    assert labels == [("1", 1), ("1.1", 2)]


# ------------------------------------------------------------------ deadlines


def test_a_plans_period_to_its_last_year_is_a_deadline():
    # bg04: 规划范围为赣州市全域,规划期至2025年,远期展望至2035年 (the plan's own period, C1; the label kept as r13's 实施期限至…)
    assert [(d["text"], d["date"]) for d in extracted("bg04")["deadlines"]] == [("规划期至2025年", "2025-12-31")]
    assert _deadlines("本方案实施期到2027年底。", 2024) == [("实施期到2027年底", "deadline", "2027-12-31")]
    # an outlook is no limit; a document's term of force is its lifecycle; a month and day stay UNTIL_DATE_RE's
    assert _deadlines("远期展望至2035年。", 2023) == []
    assert _deadlines("本办法有效期至2025年。", 2023) == []
    assert _deadlines("实施期限至2021年12月31日。", 2020) == [("实施期限至2021年12月31日", "deadline", "2021-12-31")]


# ------------------------------------------------------------------ targets


def test_counties_counted_bare_are_a_target():
    # bg06: 对上述3县予以通报批评
    assert [(t["text"], t["unit"]) for t in extracted("bg06")["targets"]] == [("3县", "县")]
    assert [(t.text, t.value, t.unit) for t in find_targets("全市确定5县开展试点。")] == [("5县", 5, "县")]
    # a county level, a county committee, counties and districts together: no count of counties
    assert find_targets("确定2县级示范点。") == []
    assert find_targets("全省10县区开展试点。") == []
    assert find_targets("召开3县委常委会议。") == []
    # a county's name a copy masked with a number (m18's 《88縣民族團結進步工作紀實》) counts nothing
    assert find_targets("重点推出《88縣民族團結進步工作紀實》。") == []
    assert find_targets("展板制作88县民族团结进步模范光荣榜。") == []
