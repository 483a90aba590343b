"""Forms found by held-out set DB (tests/data/realworld/db*, provincial departments' notices to the cities and counties
below them, ten fixed queries in the pages corpus, the first usable text of each query not already held, annotated before
the pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

import json

from test_real_forms import extracted, made_up_document

from pipeline.document.dates import parse_date


def _measures(document: dict) -> list[tuple[str, int]]:
    return [(measure["label"], measure["level"]) for measure in document["measures"]]


def test_a_pages_list_number_before_a_rules_name_is_the_entry_not_an_item():
    # db03: 安徽殡葬管理条例 (the page's heading) / ⑴ 合肥市殡葬管理办法 / 第一条 为了加强殡葬管理…第二条 …
    real = extracted("db03")
    assert real["title"] == "合肥市殡葬管理办法"
    assert _measures(real)[:2] == [("第一条", 1), ("第二条", 1)]
    assert "⑴" not in [label for label, _ in _measures(real)]
    look_alike = made_up_document(
        "城市供水条例有哪些规定\n(1) 某市城市供水管理办法\n第一条 为了加强城市供水管理,保障生活和生产用水,制定本办法。\n"
        "第二条 本办法适用于本市行政区域内的城市供水活动。\n")
    assert look_alike["title"] == "某市城市供水管理办法"
    assert _measures(look_alike) == [("第一条", 1), ("第二条", 1)]


def test_a_laws_first_chapter_over_its_first_article_is_no_list_entry():
    # a law in Markdown whose first chapter's name ends like a rules text's (一般规定, 基本规定) keeps the # line's title
    document = made_up_document(
        "# 中华人民共和国某某法\n\n2010年10月28日 第十一届全国人民代表大会常务委员会第十七次会议通过\n\n## 第一章 一般规定\n\n"
        "第一条 为了明确某某关系的法律适用,制定本法。\n\n第二条 某某关系适用的法律,依照本法确定。\n")
    assert document["title"] == "中华人民共和国某某法"
    assert _measures(document)[0] == ("第一条", 1)


def test_a_numbered_rules_name_under_a_notices_title_leaves_the_title():
    # a notice whose title is a 公文's (关于印发…的通知) keeps it, whatever its body opens with
    document = made_up_document(
        "关于印发某市城市供水管理办法的通知\n各区人民政府:\n一、某市城市供水管理办法\n第一条 为了加强城市供水管理,制定本办法。\n")
    assert document["title"] == "关于印发某市城市供水管理办法的通知"


def test_a_signatures_date_with_its_month_typed_as_a_day_is_the_date():
    # db02: 湛江市农业局 / 2018年10日11日 / (联系人:…): the signature and its date, not a run-on paragraph
    real = extracted("db02")
    assert real["signed_date"] == "2018-10-11"
    assert real["issuer"] == "湛江市农业局"
    assert parse_date("二〇一九年三日五日") == ("2019-03-05", False)
    look_alike = made_up_document(
        "关于做好春耕生产工作的通知\n\n各镇农业站:\n\n请认真做好春耕生产工作,于3月20日前报送进度。\n\n某县农业农村局\n"
        "2019年3日5日\n")
    assert look_alike["signed_date"] == "2019-03-05"
    assert look_alike["issuer"] == "某县农业农村局"
    assert json.loads(look_alike["recipients"]) == ["各镇农业站"]


def test_a_year_and_a_days_count_are_no_date():
    # only a number, 日, a number and 日 after the year read so: 2018年10日 alone, or a day count in a sentence, stay text
    assert parse_date("2018年10日") is None
    assert parse_date("2018年10日内完成") is None
    assert parse_date("2018年10日11") is None
