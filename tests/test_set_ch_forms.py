"""Forms found by held-out set CH (tests/data/realworld/ch*, every 2,000th real 发文字号 of docnumbers.tsv from line 1750
queried in the pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on
it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from pipeline.document.beside_name import body_beside_name_breaks
from pipeline.document.wrapper import is_chrome

from test_real_forms import extracted, made_up_document


# ------------------------------------------------------------------ a portal's search form over the page's headline


def test_a_portals_search_form_labels_are_chrome():
    # ch02: 城区住房和城乡建设局 / 搜索位置 / 匹配度 / 排序 / 转发…办法: the last label was read as the headline's first word
    for label in ("搜索位置", "匹配度", "排序", "全文检索", "站内搜索 高级检索", "按时间排序"):
        assert is_chrome(label), label
    assert not is_chrome("排序靠后的单位要作出书面说明")
    assert not is_chrome("搜索引擎优化服务合同")


# ------------------------------------------------------------------ a rules text's body beside its bare name


def test_the_body_beside_a_rules_texts_name_is_its_issuer_and_the_name_its_title():
    # ch02: 转发山西省住房和城乡建设厅城镇燃气经营许可管理办法 (the page's headline) over 山西省住房和城乡建设厅 ⏎ spaces ⏎
    # 城镇燃气经营许可管理办法 on one line, then 第一条
    document = extracted("ch02")
    assert (document["title"], document["issuer"]) == ("城镇燃气经营许可管理办法", "山西省住房和城乡建设厅")
    look_alike = made_up_document(
        "某某县人民政府门户网站\n转发某某市财政局市级储备粮管理办法\n发布日期: 2023-05-06\n"
        "某某市财政局          某某市市级储备粮管理办法\n第一条 为加强市级储备粮管理,制定本办法。\n"
        "第二条 本办法适用于市级储备粮的储存和轮换。\n")
    assert (look_alike["title"], look_alike["issuer"]) == ("某某市市级储备粮管理办法", "某某市财政局")


def test_a_body_beside_a_notices_title_or_an_article_is_not_cut():
    # a 公文's title carries its issuer (关于印发…办法的通知), and an article's number is no body: neither line is cut
    assert body_beside_name_breaks("某某市人民政府  关于印发某某市市级储备粮管理办法的通知\n") == []
    assert body_beside_name_breaks("第一条  为加强管理,制定本办法。\n") == []
    assert body_beside_name_breaks("某某市财政局  某某市市级储备粮管理办法\n") == [len("某某市财政局  ")]


def test_one_body_over_a_rules_texts_name_is_its_issuer_only():
    # the line broken or printed so from the start: one department over the rules' bare name (p14's joint departments, one)
    document = made_up_document(
        "某某市财政局\n某某市市级储备粮管理办法\n第一条 为加强市级储备粮管理,制定本办法。\n第二条 本办法适用于市级储备粮。\n")
    assert (document["title"], document["issuer"]) == ("某某市市级储备粮管理办法", "某某市财政局")
    # over a 公文's title without 关于 the body starts the title (CONVENTIONS.md C3)
    plan = made_up_document("某某县教育局\n2019年工作要点\n一、加强师资队伍建设。\n二、推进课程改革。\n")
    assert plan["title"] == "某某县教育局2019年工作要点"
