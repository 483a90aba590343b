"""Forms found by held-out set BH (tests/data/realworld/bh*, chosen by the year the notice was written — fourteen queries
<year>年 关于 的通知 办公厅, the nearest year where none gave its own — and annotated before the pipeline ran on them): each
test reads a real notice of the set (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from pipeline.document.embedded import database_title_copy_above, date_under_issuers
from pipeline.document.lists import split_list
from pipeline.document.lines import split_lines
from pipeline.extract import extract_text

from test_real_forms import extracted, made_up_document, real


def _documents(prefix: str) -> list[dict]:
    return extract_text(real(prefix), f"{prefix}.txt")["documents"]


def _header(document: dict) -> tuple:
    return document["issuer"], document["title"], document["signed_date"], json.loads(document["recipients"])


# ------------------------------------------------------------------ the header as copied


def test_a_date_alone_under_the_issuers_below_the_title_is_the_documents_date():
    # bh02: a legal database's copy of the two general offices' 规定: 关于…的规定 ⏎ 中共中央办公厅 国务院办公厅 ⏎ 2010年7月11日 ⏎ 第一条 …
    assert _header(extracted("bh02"))[:3] == ("中共中央办公厅 国务院办公厅", "关于领导干部报告个人有关事项的规定", "2010-07-11")
    rules = ("关于加强机关公务用车管理的若干规定\n\n某省委办公厅 某省人民政府办公厅\n二○○六年三月二十日\n\n"
             "第一条 为加强机关公务用车管理,制定本规定。\n\n第二条 本规定适用于全省各级机关。\n")
    assert made_up_document(rules)["signed_date"] == "2006-03-20"


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


# ------------------------------------------------------------------ a database page of several entries


def test_a_database_entrys_title_over_its_issuing_body_line_starts_the_next_document():
    # bh03: a law site's page, a 1963 reply then 下载地址 and the next entry as the database prints it: its title, the
    # issuing body, the title again, its 文号: the second document opens at the first copy of its title (not at the body line,
    # which would put the body before 关于 as the title's issuer and leave the first copy, and its 《》, in the reply)
    found = _documents("bh03")
    assert [(d["title"], d["signed_date"]) for d in found] == [
        ("内务部关于工作人员自动离职后又参加工作其连续工龄的计算问题的复函(摘录)", "1963-02-01"),
        ("关于印发《住房和城乡建设部城市建设司2011年工作要点》的通知", "2011-02-23")]
    assert not found[0]["citations"]
    page = ("关于调整差旅费标准的复函\n\n某省财政厅\n\n\n关于调整差旅费标准的复函\n某省财政厅\n\n某市财政局:\n"
            "一、同意你局意见。\n\n1998年5月4日\n下载地址: 点击此处下载\n\n"
            "关于做好防汛工作的通知\n\n某省水利厅\n\n\n关于做好防汛工作的通知\n\n某水发[2001]5号\n\n各市水利局:\n"
            "  现就做好防汛工作通知如下。\n\n      某省水利厅\n\n      二〇〇一年五月六日\n")
    found = extract_text(page, "look-alike.txt")["documents"]
    assert [(d["title"], d["issuer"], d["signed_date"]) for d in found] == [
        ("关于调整差旅费标准的复函", "某省财政厅", "1998-05-04"), ("关于做好防汛工作的通知", "某省水利厅", "2001-05-06")]


def test_a_title_printed_once_over_its_issuer_and_number_keeps_its_start():
    # the same backing-up with no second copy of the title: 某省水利厅 / 关于…的通知 / 某水发[2001]5号 opens at the issuer
    lines = split_lines("某省水利厅\n关于做好防汛工作的通知\n某水发[2001]5号")
    assert database_title_copy_above(lines, 0) == 0
    lines = split_lines("关于做好防汛工作的通知\n某省水利厅\n关于做好防汛工作的通知\n某水发[2001]5号")
    assert database_title_copy_above(lines, 1) == 0


# ------------------------------------------------------------------ recipients


def test_a_named_citys_departments_after_it_are_one_recipient():
    # bh03: 北京市市政市容委、园林绿化局、水务局,天津市市容园林委、水务局 (the city printed once for its bureaus: C6's owner)
    assert json.loads(_documents("bh03")[1]["recipients"])[2:4] == ["北京市市政市容委、园林绿化局、水务局", "天津市市容园林委、水务局"]
    assert split_list("重庆市市政委、园林事业管理局,海南省水务厅") == ["重庆市市政委、园林事业管理局", "海南省水务厅"]
    assert split_list("杭州市教育局、财政局、人力社保局") == ["杭州市教育局、财政局、人力社保局"]
    # each part with its own place names a body by itself; a department's own 市 (市政市容委) is no place
    assert split_list("北京市财政局、天津市财政局") == ["北京市财政局", "天津市财政局"]
    assert split_list("市政市容委、园林绿化局") == ["市政市容委", "园林绿化局"]
