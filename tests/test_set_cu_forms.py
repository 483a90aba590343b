"""Forms found by held-out set CU (tests/data/realworld/cu*, every 2,000th real 发文字号 of docnumbers.tsv from lines 550
and 1550 queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from test_real_forms import extracted, made_up_document


def test_a_work_plan_titled_by_its_body_names_its_issuer():
    # cu02: 2017年上海市教育委员会工作要点 over its preamble and items, no signature, no 关于 title
    assert extracted("cu02")["issuer"] == "上海市教育委员会"
    look_alike = made_up_document(
        "杭州市财政局2021年重点工作计划\n\n2021年,全市财政工作要坚持稳中求进工作总基调。\n\n"
        "一、深化预算管理制度改革\n\n1.加强预算绩效管理。全面实施预算绩效管理,提高资金使用效益。\n")
    assert look_alike["issuer"] == "杭州市财政局"
    # a scope is no body, and a department without its place names no issuer (C9)
    scope = made_up_document(
        "2019年全市卫生健康工作要点\n\n一、深化医药卫生体制改革\n\n1.推进分级诊疗制度建设。\n")
    assert scope["issuer"] is None
    short = made_up_document(
        "2020年市教育局工作要点\n\n一、全面加强党的建设\n\n1.加强理论学习。\n")
    assert short["issuer"] is None
