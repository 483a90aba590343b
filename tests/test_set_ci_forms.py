"""Forms found by held-out set CI (tests/data/realworld/ci*, every 2,000th real 发文字号 of docnumbers.tsv from line 100
queried in the pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on
it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from test_real_forms import extracted, made_up_document


def titles(document: dict) -> list[str]:
    return [citation["title"] for citation in document["citations"]]


# ------------------------------------------------------------------ the own name in 《》 under the issuer line


def test_the_rules_name_in_brackets_under_the_databases_issuer_line_is_no_citation():
    # ci02: 重庆市失业保险规定 / 重庆市人民政府 / 《重庆市失业保险规定》, then 第一条 … 根据《中华人民共和国劳动法》…
    document = extracted("ci02")
    assert document["title"] == "重庆市失业保险规定"
    assert titles(document) == ["中华人民共和国劳动法", "失业保险条例", "社会保险费征缴暂行条例"]
    look_alike = made_up_document(
        "某某市城镇供水管理办法\n\n作者:法律资料网 时间:2024-07-05 09:12:30   浏览:5120   来源:法律资料网\n下载地址: 点击此处下载\n\n"
        "某某市城镇供水管理办法\n\n某某市人民政府\n\n\n《某某市城镇供水管理办法》\n\n"
        "第一条 为加强城镇供水管理,根据《城市供水条例》,制定本办法。\n\n第二条 市水务局主管全市城镇供水工作。\n")
    assert titles(look_alike) == ["城市供水条例"]


def test_a_body_glued_before_the_same_name_in_a_sentence_still_names_another_document():
    # a city's 实施意见 implementing its province's opinion of the same name: 贯彻落实省委、省政府《关于…的实施意见》 is the
    # province's document, cited, though the city's own title shares its name
    document = made_up_document(
        "中共某某市委 某某市人民政府关于深化国有企业改革的实施意见\n\n"
        "为贯彻落实省委、省政府《关于深化国有企业改革的实施意见》,结合我市实际,提出如下实施意见。\n\n"
        "一、总体要求\n\n坚持市场化方向。\n")
    assert "关于深化国有企业改革的实施意见" in titles(document)


# ------------------------------------------------------------------ a title printed whole in 《》 under its issuer's line


def test_a_rules_name_in_brackets_under_one_issuer_line_is_the_title_and_the_line_its_issuer():
    # ci02's form without the database's 作者 line: the body's line, then the rules' name in 《》 (p14: a rules text's name
    # never carries its issuer), the name no citation of its own text
    document = made_up_document(
        "某某市人民政府\n\n《某某市城镇供水管理办法》\n\n"
        "第一条 为加强城镇供水管理,根据《城市供水条例》,制定本办法。\n\n第二条 市水务局主管全市城镇供水工作。\n")
    assert (document["title"], document["issuer"]) == ("某某市城镇供水管理办法", "某某市人民政府")
    assert titles(document) == ["城市供水条例"]


def test_a_notice_title_in_brackets_under_its_issuers_lines_is_c3s_title_block():
    # C3: issuer lines over a title opening with 关于 or 印发 start the title; the brackets hold the whole title
    document = made_up_document("某某市人民政府\n\n《关于加强城镇供水管理的通知》\n\n各区人民政府:\n\n一、加强供水设施管理。\n")
    assert (document["title"], document["issuer"]) == ("某某市人民政府关于加强城镇供水管理的通知", "某某市人民政府")
    assert titles(document) == []
    joint = made_up_document(
        "中共某某县委办公室\n某某县人民政府办公室\n\n《关于印发〈某某县春季植树造林工作方案〉的通知》\n\n各乡镇人民政府:\n\n"
        "现将《某某县春季植树造林工作方案》印发给你们,请认真贯彻执行。\n")
    assert joint["title"] == "中共某某县委办公室某某县人民政府办公室关于印发〈某某县春季植树造林工作方案〉的通知"
    assert joint["issuer"] == "中共某某县委办公室 某某县人民政府办公室"
