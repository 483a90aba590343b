"""Forms found by held-out set CF (tests/data/realworld/cf*, every 2,000th real 发文字号 of docnumbers.tsv from line 250
queried in the pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on
it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from pipeline.document.wrapper import label_cell_values

from test_real_forms import extracted, made_up_document

# ------------------------------------------------------------------ a table's empty last cell over the notice's title

COUNTY_PAGE = (
    "索引号 11330782MB1234567X/2021-00012 发布机构 某某县人民政府\n成文日期 2021-03-02 发布日期 2021-03-05 主题分类 农业、林业\n"
    "发文字号 某政发〔2021〕5号 有效性\n索引号 11330782MB1234567X/2021-00012\n发布机构 某某县人民政府\n成文日期 2021-03-02\n"
    "发文字号 某政发〔2021〕5号\n有效性\n\n某某县人民政府关于做好春耕生产工作的通知\n\n各乡镇人民政府,县政府各部门:\n"
    "为做好今年春耕生产工作,现将有关事项通知如下:\n一、加强农资供应保障\n各乡镇要组织好种子、化肥调运。\n某某县人民政府\n2021年3月2日\n")


def test_the_title_under_a_tables_empty_last_cell_is_the_notices_title():
    # cf01: 发文字号 渝中府发〔2024〕8号 / 有效性 (empty) / ⏎ / 重庆市渝中区人民政府关于印发《…》的通知: the title is no validity
    assert extracted("cf01")["title"] == (
        "重庆市渝中区人民政府关于印发《重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告》的通知")
    document = made_up_document(COUNTY_PAGE)  # a title short enough to be a cell's value
    assert (document["title"], document["doc_number"]) == ("某某县人民政府关于做好春耕生产工作的通知", "某政发〔2021〕5号")
    traditional = made_up_document(COUNTY_PAGE.replace("有效性\n\n", "时效性\n\n").replace("关于做好春耕生产工作", "關於做好春耕生產工作"))
    assert traditional["title"] == "某某县人民政府關於做好春耕生產工作的通知"


def test_a_cell_printed_one_a_line_keeps_its_value_and_a_title_label_its_title():
    title = "某某县人民政府关于做好春耕生产工作的通知"
    assert label_cell_values(["发文字号", "某政发〔2021〕5号", "公文种类", "通知", "有效性", "", title]) == {
        "发文字号": "某政发〔2021〕5号", "公文种类": "通知"}  # the empty cell takes no title; 通知 is 公文种类's value
    assert label_cell_values(["发文字号", "某政发〔2021〕5号", "标题", title, "有效性", "有效"]) == {
        "发文字号": "某政发〔2021〕5号", "标题": title, "有效性": "有效"}


# ------------------------------------------------------------------ a site's list number before the title printed again


def test_a_list_number_before_the_title_printed_again_is_no_item():
    # cf04: 中央水利建设基金财务管理暂行办法 ⏎ 2024-05-13 13:42 ⏎ 1. 中央水利建设基金财务管理暂行办法 ⏎ 第一条 …
    measures = extracted("cf04")["measures"]
    assert [(measure["label"], measure["level"]) for measure in measures][:2] == [("第一条", 1), ("第二条", 1)]
    look_alike = made_up_document(
        "某某市城市道路挖掘管理办法\n2023-04-10 09:15\n1、某某市城市道路挖掘管理办法\n第一条 为加强城市道路挖掘管理,制定本办法。\n"
        "第二条 本办法适用于本市城市道路。\n")
    assert [(measure["label"], measure["level"]) for measure in look_alike["measures"]] == [("第一条", 1), ("第二条", 1)]
    kept = made_up_document(
        "某某市城市道路挖掘管理办法\n1. 总则\n第一条 为加强城市道路挖掘管理,制定本办法。\n第二条 本办法适用于本市城市道路。\n")
    assert [measure["label"] for measure in kept["measures"]][:1] == ["1."]  # a numbered heading of its own stays an item


# ------------------------------------------------------------------ the next article glued after a full stop


def test_the_next_article_glued_after_a_full_stop_starts_a_line():
    # cf04:   其中用于应急度汛的支出是指…支出。第八条 中央水利建设基金不得用于以下方面的开支: (under 第七条, a short line)
    labels = [measure["label"] for measure in extracted("cf04")["measures"]]
    assert labels == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条"]
    look_alike = made_up_document(
        "某某县农村公路养护管理办法\n第一条 为加强农村公路养护管理,制定本办法。\n第二条 县交通运输局负责全县农村公路养护的监督管理。\n"
        "  其中乡道、村道的日常养护由乡镇负责。第三条 养护资金实行专款专用。\n")
    assert [measure["label"] for measure in look_alike["measures"]] == ["第一条", "第二条", "第三条"]


def test_an_article_named_out_of_its_order_after_a_full_stop_starts_no_line():
    document = made_up_document(
        "某某县农村公路养护管理办法\n第一条 为加强农村公路养护管理,制定本办法。\n第二条 县交通运输局负责全县农村公路的监督管理。\n"
        "  违反本办法的,依法处理。第五条规定的情形除外。第二条 所称农村公路,是指县道、乡道和村道。\n")
    assert [measure["label"] for measure in document["measures"]] == ["第一条", "第二条"]
