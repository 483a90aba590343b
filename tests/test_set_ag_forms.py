"""Forms found by held-out set AG (tests/data/realworld/ag*, sixteen notices on everyday topics annotated before the
pipeline ran on them): each test reads a real notice of the set (named in the test) and a look-alike that must keep its
reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome

from test_real_forms import labels, real


def parsed(text: str):
    return parse(normalise(text).text)[0]


def deadlines(text: str, year=None) -> list[tuple[str, str, object]]:
    return [(found.text, found.kind, found.date if found.kind == "deadline" else found.rule)
            for found in find_deadlines(text, year)]


def relations(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for citation in find_citations(normalise(text).text):
        if citation.title:
            found.setdefault(citation.title, citation.relation)
    return found


# ------------------------------------------------------------------ measures


def test_a_heading_printed_with_its_words_up_to_a_lost_break_starts_its_line():
    """ag06: a 文库 copy glued into one line, …制定本方案。 一、整治目标 通过三年时间…, cut before any 二、; ae13's …特制定本
    行动方案。 一、指导思想和工作目标 (一)指导思想 以… keeps its reading as a spaced run (pipeline.document.glued_labels)."""
    assert labels(parsed(real("ag06"))) == [("一、", 1)]
    assert labels(parsed(real("ae13"))) == [("一、", 1), ("(一)", 2), ("(二)", 2)]
    # a 一、 after a sentence's end whose words run on into a clause is a list inside the sentence, not a heading
    prose = "为做好工作,制定本方案。 一、二类企业要在年底前完成整改,三类企业明年完成,各乡镇要加强督促检查,确保整改到位," * 3
    assert labels(parsed(prose)) == []


# ------------------------------------------------------------------ deadlines


def test_a_span_to_get_something_done_after_tongguo_is_relative():
    """ag06: 通过三年时间,强化源头治理… is the plan's horizon, as 用三年时间 (CONVENTIONS C2)."""
    assert ("通过三年时间", "relative") in [(text, kind) for text, kind, _ in deadlines(real("ag06"), 2020)]
    assert deadlines("该方案经常务会议审议通过。三年时间内未发生事故。", 2020) == []


def test_the_issuers_assessment_at_the_years_end_is_its_own_schedule():
    """ag08: 對推動遲緩落實不力的在年底考核中扣分: the county bureau's year-end assessment (CONVENTIONS C1)."""
    found = deadlines(normalise(real("ag08")).text, 2021)
    assert ("年底", "deadline", "2021-12-31") in found and ("2021年4月1日前", "deadline", "2021-04-01") in found
    # a step reported as held in a month is no schedule
    assert deadlines("在5月检查中发现问题12个。", 2021) == []


# ------------------------------------------------------------------ targets


def test_a_rainfall_in_millimetres_is_a_quantity():
    """ag01: 其中 252 個鄉鎮降雨量超過 100 毫米."""
    found = {(target.value, target.unit, target.comparator) for target in find_targets(normalise(real("ag01")).text)}
    assert (100, "毫米", ">") in found and (252, "个", "=") in found
    assert [target.unit for target in find_targets("道路宽度为12米。")] == ["米"]


# ------------------------------------------------------------------ relations


def test_documents_named_first_and_forwarded_together_at_the_sentences_end():
    """ag08: 省文物局連續下發了《A》《B》《C》,州文物局下發了《D》,為認真貫徹落實好…通知精神,現一併轉發你們: all four are
    forwarded (the bureaus' earlier issue is no issue of this notice)."""
    found = relations(real("ag08"))
    forwarded = [title for title, relation in found.items() if relation == "forwards"]
    assert len(forwarded) == 4 and any(title.startswith("楚雄州文物局") for title in forwarded)
    # a forward with an object of its own forwards that object only
    text = "根据《甲办法》要求,现将《乙通知》转发给你们,请遵照执行。"
    assert relations(text) == {"甲办法": "basis", "乙通知": "forwards"}


def test_a_bracketed_note_after_a_title_keeps_its_list_under_one_verb():
    """ag07: 为贯彻落实《A》(国办发〔20xx〕26号)、《B》(20xx-20xx年)及《C》相关要求: C implements too."""
    found = relations(real("ag07"))
    assert found["成都市餐厨垃圾管理办法"] == "implements" and found["成都市生活垃圾分类实施方案"] == "implements"
    assert relations("为贯彻落实《甲方案》(2016-2020年)和《乙办法》,制定本方案。") == {"甲方案": "implements", "乙办法": "implements"}


def test_a_numbered_list_inside_an_items_line_is_no_headings():
    """ag10: 四、审计纪律:一、不准由被审计单位…。二、不准接受…。…八、…: the audit rules of item 四, not eight headings of
    the announcement."""
    assert labels(parsed(real("ag10"))) == [("一、", 1), ("二、", 1), ("三、", 1), ("四、", 1)]
    # a glued copy whose line opens with its own 一、 keeps the run of its headings
    glued = "一、总体要求。" + "要加强领导,明确责任,确保各项工作落到实处。" * 9 + "二、工作任务。" + "要抓好落实。" * 9 + "三、保障措施。要加强督查。"
    assert [label for label, _ in labels(parsed(glued))] == ["一、", "二、", "三、"]


def test_a_headings_first_paren_item_glued_after_its_words():
    """ag04: a legal database's flattened copy, 二、重点内容(一)编制年度实施方案。 with (二)建立资源台账。 on a later line."""
    assert labels(parsed(real("ag04"))) == [("一、", 1), ("二、", 1), ("(一)", 2), ("(二)", 2)]
    # without a (二) under it the (一) stays in its line: a heading's bracket, not an item
    alone = "一、总则\n要加强领导。\n二、重点内容(一)编制年度实施方案。\n要抓紧编制。\n三、保障措施\n要加强督查。\n"
    assert [label for label, _ in labels(parsed(alone))] == ["一、", "二、", "三、"]


# ------------------------------------------------------------------ header


def test_a_model_text_sites_collection_heading_and_lead_are_the_sites():
    """ag01: 實用的防汛通知9篇 over the site's lead (…小編精心整理的防汛通知9篇…) and 防汛通知 篇1: the collection's heading
    and lead are the site's (no title, no 9篇 target); the copy's label names it, as the sweep's 081 (篇1)."""
    text = normalise(real("ag01")).text
    document = parse(text)[0]
    assert document.meta.title == "防汛通知"
    assert document.meta.recipients == ["各市州、縣(市、區)教育(體育)局"]
    assert text[document.body_start:].startswith("6 月 22 日以來")  # the site's lead is no part of the body
    # a title whose count is its subject's own keeps it: 关于表彰9篇优秀论文的通知 names no collection
    assert parsed("关于表彰9篇优秀论文的通知\n各学院:\n一、表彰名单。\n").meta.title == "关于表彰9篇优秀论文的通知"


def test_a_copys_number_in_words_after_its_type_is_no_part_of_its_title():
    """ag09: 县区推行河长制的方案一, the site's first copy of the plans it collects."""
    assert parsed(real("ag09")).meta.title == "县区推行河长制的方案"


def test_a_policy_librarys_abstract_label_is_no_part_of_the_recipients_line():
    """ag03: [摘要] 各市(地)、县(市)人民政府(行署),省政府各有关直属单位: 中秋节和国庆节…"""
    document = parsed(real("ag03"))
    assert document.meta.recipients == ["各市(地)、县(市)人民政府(行署)", "省政府各有关直属单位"]
    assert document.meta.title == "黑龙江省人民政府办公厅关于做好中秋节和国庆节期间食品安全工作的通知"


def test_recipients_glued_after_the_number_that_ends_a_glued_header():
    """ag04: a legal database's export in one line, …的通知农办科〔2019〕20号各省、自治区、直辖市农业农村(农牧)厅(局、委):开展…"""
    document = parsed(real("ag04"))
    assert document.meta.recipients == ["各省、自治区、直辖市农业农村(农牧)厅(局、委)"]
    assert document.meta.doc_number == "农办科〔2019〕20号"


def test_the_years_ahead_named_as_a_stage_are_no_limit():
    """ag14: 从现在起到2020年,廊坊正处于推动科学发展、实现富民强市…的关键时期."""
    assert [text for text, _, _ in deadlines(normalise(real("ag14")).text, 2010)] == []
    assert deadlines("到2020年,全市森林覆盖率达到40%。", 2018) == [("到2020年", "deadline", "2020-12-31")]


def test_a_model_text_sites_numbered_entry_for_a_copy_is_the_sites():
    """ag02: 1.关于加强节日期间安全生产工作的通知 篇一 under the collection's heading: no measure 1. of any document."""
    found = [label for document in parse(normalise(real("ag02")).text) for label, _ in labels(document)]
    assert found == ["一、", "二、"]
    assert [label for label, _ in labels(parsed("关于做好防汛工作的通知\n各乡镇:\n1.加强领导,落实责任。\n2.做好准备。\n"))] == ["1.", "2."]


# ------------------------------------------------------------------ glued and wrapped copies (issue 15)


def test_a_signature_glued_after_the_last_sentence_starts_its_lines():
    """m22: an aggregator's copy in one line, …请结合实际认真贯彻落实。滨州市人民政府办公室2024年11月21日(此件公开发布)滨州市
    进一步完善…: the signature, its date and the note start lines, so the date is the notice's
    (pipeline.document.joined_copy)."""
    document = parsed(real("m22"))
    assert document.meta.signed_date == "2024-11-21"
    assert document.meta.issuer == "滨州市人民政府办公室"
    lines = normalise(real("m22")).text.split("\n")
    assert lines[lines.index("滨州市人民政府办公室") + 1:][:2] == ["2024年11月21日", "(此件公开发布)"]
    # a body's name and a day inside a sentence (a meeting held that day) stay one line
    sentence = "各乡镇:请认真贯彻落实。县政府办公室2024年11月21日召开会议,部署冬季安全生产工作,各单位要抓好落实。"
    assert normalise(sentence).text == sentence


def test_a_first_heading_glued_after_a_preambles_closing_sentence():
    """m22: …结合全市实际,制定本措施。一、总体要求深入贯彻…: the preamble says what follows is the document, so its lone 一、
    opens the list (到2025年 and 到2035年 are then under it)."""
    assert labels(parsed(real("m22"))) == [("一、", 1)]
    # a list of classes after the sentence is no heading
    prose = "为做好工作,制定本方案。一、二类企业要在年底前完成整改,三类企业明年完成,各乡镇要加强督促检查,确保整改到位。"
    assert labels(parsed("关于整改工作的通知\n各乡镇:\n" + prose + "\n")) == []


def test_a_signature_glued_after_the_attachments_name():
    """ag12: …成效,附件:国务院办公厅优化营商环境专项督查发现的典型经验做法国务院办公厅督查室2024年5月2日扫一扫在手机打开当前页。
    The signing body starts at a national body's opening after the attachment's name (a local one at a place the text
    printed before)."""
    document = parsed(real("ag12"))
    assert document.meta.issuer == "国务院办公厅督查室"
    assert document.meta.signed_date == "2024-05-02"
    # a deadline after an attachment's name, and a local body whose place the text never printed, stay unbroken
    for line in ("各单位要抓好落实,附件:报名汇总表请于2024年5月2日前报送县教育局。",
                 "各单位要抓好落实,附件:报名汇总表宁波市人民政府办公厅2024年5月2日扫一扫在手机打开当前页。"):
        assert normalise(line).text == line


def test_a_policy_librarys_date_field_is_the_documents_date():
    """ag03: [发布日期] 2012-09-10 [发布机构] … / [效力级别] 规范性文件 … [时效性] Effective under the abstract: a policy
    library's date of the document, as a legal database's 【公布日期】 (ac08), not a page's posting date (CONVENTIONS.md)."""
    assert parsed(real("ag03")).meta.signed_date == "2012-09-10"
    assert parsed(real("ac08")).meta.signed_date == "2008-12-04"
    # a web page's 发布日期 under the text, with no database attribute beside it, is the page's day
    page = "关于做好防汛工作的通知\n各乡镇:\n一、加强领导,落实责任。\n二、做好准备。\n发布日期:2023-08-01 来源:县应急局\n"
    assert parsed(page).meta.signed_date is None


def test_a_model_text_sites_lead_presenting_the_text_is_the_sites():
    """ag02: …,下面是关于高度重视和切实加强“五一”节日期间安全生产工作的通知详细内容。 under an article's headline: the site's
    lead, so the headline and lead open no document before the notice."""
    documents = parse(normalise(real("ag02")).text)
    assert [document.meta.doc_number for document in documents] == ["办改字〔2017〕56号"]
    assert not is_chrome("现将有关事项通知如下,以下为具体内容。")
