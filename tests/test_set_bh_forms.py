"""Forms found by held-out set BH (tests/data/realworld/bh*, chosen by the year the notice was written — fourteen queries
<year>年 关于 的通知 办公厅, the nearest year where none gave its own — and annotated before the pipeline ran on them): each
test reads a real notice of the set (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from pipeline.document.embedded import date_under_issuers
from pipeline.document.lines import split_lines
from pipeline.extract import extract_text

from test_real_forms import extracted


def _document(text: str) -> dict:
    return extract_text(text, "look-alike.txt")["documents"][0]


def _header(document: dict) -> tuple:
    return document["issuer"], document["title"], document["signed_date"], json.loads(document["recipients"])


# ------------------------------------------------------------------ the header as copied


def test_a_date_alone_under_the_issuers_below_the_title_is_the_documents_date():
    # bh02: a legal database's copy of the two general offices' 规定: 关于…的规定 ⏎ 中共中央办公厅 国务院办公厅 ⏎ 2010年7月11日 ⏎ 第一条 …
    assert _header(extracted("bh02"))[:3] == ("中共中央办公厅 国务院办公厅", "关于领导干部报告个人有关事项的规定", "2010-07-11")
    rules = ("关于加强机关公务用车管理的若干规定\n\n某省委办公厅 某省人民政府办公厅\n二○○六年三月二十日\n\n"
             "第一条 为加强机关公务用车管理,制定本规定。\n\n第二条 本规定适用于全省各级机关。\n")
    assert _document(rules)["signed_date"] == "2006-03-20"


def test_a_date_under_a_title_or_an_information_line_is_not_a_date_under_issuers():
    # the form needs the issuers' line right above the day: a headline's day, or a page's 来源 line's, is not it
    for header in ("关于做好春季防火工作的通知\n2019年3月1日", "来源:某县人民政府\n2019年3月1日"):
        lines = split_lines(header)
        assert date_under_issuers(lines, len(lines)) is None
    lines = split_lines("关于做好春季防火工作的通知\n某县人民政府办公室\n2019年3月1日")
    assert date_under_issuers(lines, len(lines))["date"] == "2019年3月1日"


# ------------------------------------------------------------------ deadlines


def test_a_window_counted_from_receipt_keeps_its_zi():
    # bh01: 可以自收到书面答复之日起30日内向…申请复查 (自 right before the event's verb stays, v07's 自簽約之日起兩年內)
    assert [(item.text, item.kind) for item in find_deadlines(
        "信访人不服的,可以自收到书面答复之日起30日内向上一级行政机关申请复查。", 2011)] == [("自收到书面答复之日起30日内", "relative")]
    assert [(item.text, item.kind) for item in find_deadlines(
        "当事人可以自收到处理决定之日起15日内提出异议。", 2011)] == [("自收到处理决定之日起15日内", "relative")]
