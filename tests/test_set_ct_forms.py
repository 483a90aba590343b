"""Forms found by held-out set CT (tests/data/realworld/ct*, every 2,000th real 发文字号 of docnumbers.tsv from line 400,
then from line 1400, queried in the pages corpus, the first usable text of each query not already held, annotated before
the pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.docnumbers import find_doc_numbers

from test_real_forms import extracted, made_up_document


def numbers(text: str) -> list[str]:
    return [number.normalised for _, _, number in find_doc_numbers(text)]


# ------------------------------------------------------------------ a date glued before a 文号


def test_a_date_glued_before_a_number_is_no_part_of_its_code():
    # ct01: (1998年09月23日计价格[1998]1810号) under the file's heading; 一九九八年九月二十三日计价格【1998】1810号文印发了…
    # (both are the rules' own number, its 文号, no citation: test_set_left_forms)
    assert extracted("ct01")["doc_number"] == "计价格〔1998〕1810号"
    assert numbers("(2008年3月12日汉政发[2008]11号)") == ["汉政发〔2008〕11号"]
    assert numbers("经二〇一五年六月五日京政办发〔2015〕20号文件同意") == ["京政办发〔2015〕20号"]
    # a code that starts with 日 as its place's name keeps it (日照市: 日政发), and so does one after a word
    assert numbers("根据日政发〔2020〕3号文件") == ["日政发〔2020〕3号"]
    assert numbers("按照闽政办〔2020〕5号要求") == ["闽政办〔2020〕5号"]


# ------------------------------------------------------------------ a chapter's heading run on with its first article


def test_a_chapter_heading_run_on_after_a_name_or_with_a_long_heading_starts_its_article():
    # ct01: …制定的《城市供水价格管理办法》第一章总则第一条为规范… · 第二章水价分类与构成第六条城市供水实行分类水价。
    labels = [measure["label"] for measure in extracted("ct01")["measures"]]
    assert labels == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条"]
    look_alike = made_up_document(
        "某某县农村公路养护管理办法\n县政府印发了《某某县农村公路养护管理办法》第一章总则第一条为加强农村公路养护管理,制定本办法。\n"
        "第二条本办法适用于本县农村公路。\n第二章资金筹集与使用第三条县财政每年安排养护资金。\n第四条乡镇负责日常养护。\n")
    assert [measure["label"] for measure in look_alike["measures"]] == ["第一条", "第二条", "第三条", "第四条"]


def test_an_article_cited_after_a_name_and_its_chapter_by_number_starts_no_line():
    # 依照《办法》第二章第四条: a chapter named by its number alone, no heading's words between
    document = made_up_document(
        "某某县农村公路养护管理办法\n第一条 为加强农村公路养护管理,制定本办法。\n"
        "第二条 违反本办法的,依照《某某县公路条例》第二章第四条的规定处理。\n")
    assert [measure["label"] for measure in document["measures"]] == ["第一条", "第二条"]


# ------------------------------------------------------------------ a copy's last line cut inside a sentence


def test_a_sentence_cut_before_a_body_at_the_copys_end_is_no_signature():
    # ct01: …第七条城市供水价格由供水成本、费用、税金和利润构成。 ⏎ 成本和费用按国家财政主管部 (the excerpt's end)
    assert extracted("ct01")["issuer"] is None
    cut = made_up_document("某某县关于做好秋季防火工作的通知\n各乡镇:\n一、加强领导。各乡镇要落实责任。\n该项工作的经费由县财政局")
    assert cut["issuer"] is None
    signed = made_up_document("关于做好秋季防火工作的通知\n各乡镇:\n一、加强领导。各乡镇要落实责任。\n某某县人民政府")
    assert signed["issuer"] == "某某县人民政府"


# ------------------------------------------------------------------ a (date 文号) note under a rules text's name


def test_a_note_giving_the_date_before_the_number_dates_and_numbers_the_document():
    # ct01's heading: 03城市供水价格管理办法(1998年09月23日计价格[1998]1810号); a law site prints the same note on a line
    # of its own under the name, the date first ((汉政发[2008]11号 2008年3月12日) is the other order, read before)
    own_line = made_up_document(
        "某某市城市供水价格管理办法\n(2008年3月12日 某政发[2008]11号)\n第一条 为规范城市供水价格,制定本办法。\n")
    assert (own_line["doc_number"], own_line["signed_date"]) == ("某政发〔2008〕11号", "2008-03-12")
    glued = made_up_document("城市供水价格管理办法(1998年09月23日计价格[1998]1810号)\n第一条为规范城市供水价格,制定本办法。\n")
    assert (glued["title"], glued["doc_number"], glued["signed_date"]) == (
        "城市供水价格管理办法", "计价格〔1998〕1810号", "1998-09-23")
    number_first = made_up_document(
        "某某市城市供水价格管理办法\n(某政发[2008]11号 2008年3月12日)\n第一条 为规范城市供水价格,制定本办法。\n")
    assert (number_first["doc_number"], number_first["signed_date"]) == ("某政发〔2008〕11号", "2008-03-12")


# ------------------------------------------------------------------ a policy page's fields over an untitled notice


def test_the_recipients_under_a_policy_pages_fields_open_the_untitled_notice():
    # ct02: 生效日期:2016-05-04 ⏎ 补贴对象: 1、在本市… ⏎ 补贴金额: 1、技术创新项目:… ⏎ 各区(县)科委、各有关科技企业: ⏎ 为大力…
    assert json.loads(extracted("ct02")["recipients"]) == ["各区(县)科委", "各有关科技企业"]
    look_alike = made_up_document(
        "发布日期:2019-03-01\n申报对象: 本市注册的中小企业。\n支持方式: 每家企业补助20万元。\n各区商务委、各有关企业:\n"
        "为支持中小企业发展,现将有关事项通知如下:\n一、支持重点\n重点支持外贸企业。\n")
    assert json.loads(look_alike["recipients"]) == ["各区商务委", "各有关企业"]
    # a titled notice keeps its header as read: the field reading is for a copy that prints no title
    titled = made_up_document("关于做好2019年中小企业补助申报工作的通知\n各区商务委:\n为支持中小企业发展,现将有关事项通知如下:\n")
    assert json.loads(titled["recipients"]) == ["各区商务委"]
