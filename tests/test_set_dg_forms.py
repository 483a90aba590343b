"""Forms found by held-out set DG (tests/data/realworld/dg*, real notices found by 文号 queries in the pages corpus, the
first usable text of each query not already held, annotated before the pipeline ran on it): each test reads the real text
(named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the
general case with it."""

import json

from test_real_forms import extracted, made_up_document


def test_a_headline_joining_the_number_to_the_title_by_a_dash_gives_the_title_without_it():
    # dg01: an aggregator's headline 临安委〔2011〕3号—临海市安全生产委员会关于印发《…》的通知, over the notice's own lines
    real = extracted("dg01")
    assert real["doc_number"] == "临安委〔2011〕3号"
    assert real["issuer"] == "临海市安全生产委员会"
    assert real["title"] == "临海市安全生产委员会关于印发《2011年度市级单位安全生产综合目标管理责任制考核办法》的通知"
    for dash in ("—", "——", "-"):
        look_alike = made_up_document(
            f"椒政办发〔2009〕12号{dash}台州市椒江区人民政府办公室关于做好2009年防汛工作的通知\n\n"
            "各街道办事处,区政府各部门:\n  为做好今年防汛工作,现就有关事项通知如下。\n\n"
            "  台州市椒江区人民政府办公室\n\n  2009年3月2日\n")
        assert look_alike["doc_number"] == "椒政办发〔2009〕12号"
        assert look_alike["title"] == "台州市椒江区人民政府办公室关于做好2009年防汛工作的通知"
        assert look_alike["issuer"] == "台州市椒江区人民政府办公室"


def test_a_printing_line_after_the_number_over_the_recipients_is_read_and_stays_out_of_them():
    # dg01: 临安委〔2011〕3号  临海市安全生产委员会办公室  2011年5月18日印发 ⏎ 市级各有关单位:
    real = extracted("dg01")
    assert json.loads(real["recipients"]) == ["市级各有关单位"]
    assert real["printed_date"] == "2011-05-18"
    look_alike = made_up_document(
        "台州市椒江区人民政府办公室关于做好2009年防汛工作的通知\n\n"
        "椒政办发〔2009〕12号   台州市椒江区人民政府办公室   2009年3月4日印发\n\n"
        "各街道办事处,区政府各部门:\n  为做好今年防汛工作,现就有关事项通知如下。\n\n"
        "  台州市椒江区人民政府办公室\n\n  2009年3月2日\n")
    assert look_alike["doc_number"] == "椒政办发〔2009〕12号"
    assert look_alike["printed_date"] == "2009-03-04"
    assert look_alike["signed_date"] == "2009-03-02"
    assert json.loads(look_alike["recipients"]) == ["各街道办事处", "区政府各部门"]


def test_a_number_line_without_a_printing_office_and_day_prints_no_date():
    # a 文号 alone over the recipients (the common header) still gives no 印发 day
    document = made_up_document(
        "台州市椒江区人民政府办公室关于做好2009年防汛工作的通知\n\n椒政办发〔2009〕12号\n\n"
        "各街道办事处,区政府各部门:\n  为做好今年防汛工作,现就有关事项通知如下。\n\n"
        "  台州市椒江区人民政府办公室\n\n  2009年3月2日\n")
    assert document["doc_number"] == "椒政办发〔2009〕12号"
    assert document["printed_date"] is None
    assert json.loads(document["recipients"]) == ["各街道办事处", "区政府各部门"]
