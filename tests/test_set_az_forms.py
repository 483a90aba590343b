"""Forms found by held-out set AZ (tests/data/realworld/az*, notices chosen by year of issue — thirteen queries 2003年 …
2025年, the first usable notice of the year asked or the nearest — annotated before the pipeline ran on them): each test
reads a real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the
general case with it."""

from extractors.units import find_assignments
from pipeline.extract import extract_text

from test_real_forms import extracted


def _units(text: str) -> list[str]:
    return [found.raw for found in find_assignments(text)]


# ------------------------------------------------------------------ header


ORDER = ("{issuer}\n\n\n{serial}\n"
         "  《某某市城市绿化管理办法》业经2015年3月2日市人民政府第12次常务会议审议通过,现予公布,自2015年5月1日起施行。\n\n"
         "市 长 张某某\n\n二〇一五年三月十日\n\n某某市城市绿化管理办法\n\n"
         "  第一条 为了加强城市绿化管理,制定本办法。\n  第二条 本办法适用于本市城市规划区。\n")


def test_an_orders_number_left_alone_by_a_lost_heading_is_its_number():
    # az02: 辽宁省人民政府 ⏎ 第251号 ⏎ 《辽宁省农产品质量安全管理办法》业经…审议通过,现予公布,自…起施行 (the copy lost
    # the 辽宁省人民政府令 heading over the number)
    document = extracted("az02")
    assert document["doc_number"] == "第251号"
    assert document["issuer"] == "辽宁省人民政府"
    assert document["signed_date"] == "2011-01-17"
    # the same form from another government, spaces inside the number removed as for a heading over its number
    order = extract_text(ORDER.format(issuer="某某市人民政府", serial="第 36 号"), "look-alike.txt")["documents"][0]
    assert order["doc_number"] == "第36号"
    # with its heading the number keeps the heading's name; a 第N号 over a text that promulgates nothing names no series
    headed = extract_text(ORDER.format(issuer="某某市人民政府令", serial="第36号"), "look-alike.txt")["documents"][0]
    assert headed["doc_number"] == "某某市人民政府令第36号"
    notice = ORDER.format(issuer="某某市人民政府", serial="第36号").replace(
        "业经2015年3月2日市人民政府第12次常务会议审议通过,现予公布,自2015年5月1日起施行", "已经市政府同意,现印发给你们,请认真贯彻执行")
    assert extract_text(notice, "look-alike.txt")["documents"][0]["doc_number"] is None


# ------------------------------------------------------------------ assignments


def test_a_competent_authority_named_in_an_article_is_no_assignment():
    # az02: 第五条 … ⏎ 省农业行政主管部门负责制定农产品无害化处理操作规程并组织实施 (a provision of the rules, not a task)
    assert extracted("az02")["assignments"] == []
    rules = ("第七条 市城市管理部门负责本办法的组织实施。\n"
             "第八条 绿化工程竣工后应当验收。\n县城市管理局负责组织验收。\n"
             "第九条 有下列情形之一的,予以处罚:\n（一）擅自砍伐树木的;\n区园林局负责对违法行为进行查处。\n")
    assert _units(rules) == []
    # the same sentence in a plan's outline is a task with its doer, also after the rules a notice issues
    plan = "一、加强组织领导\n县应急局负责组织演练。\n"
    assert _units(plan) == ["县应急局"]
    assert _units(rules + "二、工作要求\n县城市管理局负责组织验收。\n") == ["县城市管理局"]
