"""Forms found by held-out set DF (tests/data/realworld/df*, real notices found by 文号 queries in the pages corpus, the
first usable text of each query not already held, annotated before the pipeline ran on it): each test reads the real text
(named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the
general case with it."""

from test_real_forms import extracted, made_up_document


def _cited_numbers(document: dict) -> list:
    return [citation["doc_number"] for citation in document["citations"]]


def test_a_number_appended_to_the_headline_in_lenticular_brackets_is_the_notices_own():
    # df02: a news site's headline …餐饮单位名单的通知(沪食药监餐饮【2017】268号), then its date stamp, recipients and body
    real = extracted("df02")
    assert real["doc_number"] == "沪食药监餐饮〔2017〕268号"
    assert real["title"] == "上海市食品药品监督管理局关于下发2018年第一批可能存在较高食品安全风险餐饮单位名单的通知"
    assert "沪食药监餐饮〔2017〕268号" not in _cited_numbers(real)
    for number, normalised in (("粤府办【2019】5号", "粤府办〔2019〕5号"), ("粤府办﹝2019﹞5号", "粤府办〔2019〕5号")):
        look_alike = made_up_document(
            f"广东省人民政府办公厅关于做好2019年春节期间安全生产工作的通知({number})\n\n2019/01/20 来源:广东省政府网\n\n"
            "各地级以上市人民政府,省政府各部门:\n  为做好春节期间安全生产工作,现就有关事项通知如下。\n\n"
            "  广东省人民政府办公厅\n\n  2019年1月18日\n")
        assert look_alike["doc_number"] == normalised
        assert look_alike["title"] == "广东省人民政府办公厅关于做好2019年春节期间安全生产工作的通知"


def test_a_bracket_after_the_headline_that_is_no_number_stays_in_the_title():
    # (试行) and a batch's name in brackets are the title's own words, whatever bracket follows them
    document = made_up_document(
        "某市人民政府关于印发某市餐饮单位风险分级管理办法(试行)的通知(2018年第一批)\n\n各区人民政府:\n"
        "  现将《某市餐饮单位风险分级管理办法(试行)》印发给你们,请认真执行。\n\n  某市人民政府\n\n  2018年1月5日\n")
    assert document["doc_number"] is None
    assert document["title"].endswith("(2018年第一批)")
