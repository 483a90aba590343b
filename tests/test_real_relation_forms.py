"""Citation and relation forms of the held-out real sets (AD, AG, AK, AQ, AR, AH; tests/data/realworld) that the
citation extractor first misread: one test per form, on the real text where it is, and on a look-alike that must not be
read the same way."""

from __future__ import annotations

from extractors.citations import find_citations
from extractors.docnumbers import normalise_doc_number
from extractors.titles import title_key
from pipeline.evaluate import cited_groups
from schema.relations import strongest_relation
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from test_real_forms import extracted, parsed, real


def relations(text: str) -> list[tuple[str, str]]:
    return [(c.title or c.doc_number, c.relation) for c in find_citations(text)]


def parsed_text(text: str):
    return parse(normalise(text).text)[0]


def stored_relations(prefix: str) -> dict[str, str]:
    """A real file's citations as the pipeline stores them (glosses and wrappers removed first): title or 文号 → the
    strongest relation of its mentions."""
    found: dict[str, list[str]] = {}
    for citation in extracted(prefix)["citations"]:
        found.setdefault(citation["title"] or citation["doc_number"], []).append(citation["relation"])
    return {name: strongest_relation(mentioned) for name, mentioned in found.items()}


def test_a_download_links_label_after_the_title_ends_the_object_of_its_issuing_verb():
    # ag15: the site's two link texts, …印发《X》pdf预览版…印发《X》pdf完整版 glued on one line
    assert set(relations(real("ag15"))) == {("关于全面推行林长制的意见", "issues")}
    assert relations("国务院办公厅印发《关于X的意见》word版下载") == [("关于X的意见", "issues")]
    # more of a name after the title: the title is only a word of what is issued
    assert relations("关于印发《政府工作报告》重点工作任务分工的通知") == [("政府工作报告", "cites")]


def test_the_implementation_followed_up_after_the_title_implements_it():
    # ad03: 为及时掌握《…的通知》(以下简称《意见》)贯彻落实情况 (the notice sets up reports on how it is carried out)
    assert stored_relations("ad03")["中共中央辦公廳國務院辦公廳印發<關于全面推行河長制的意見>的通知"] == "implements"
    assert relations("为全面掌握《2015年工作要点》落实情况,现通知如下") == [("2015年工作要点", "implements")]
    # 落实 of something else after the title does not implement it
    assert relations("对照《2015年工作要点》,抓好整改落实") == [("2015年工作要点", "cites")]


def test_a_document_named_then_sent_on_by_a_word_pointing_back_to_it_is_forwarded():
    # ak09: 领导小组印发了《X》(x处非联[20xx]x号),要求…,现将该文件转发你们
    assert relations(real("ak09")) == [("xx省20xx年的通知", "forwards")]
    # aq13: 国家减灾委员会办公室印发了《X》(国减办发〔2022〕8号),就…提出了具体要求,现将通知层转你们
    assert ("关于做好2022年全国防灾减灾日有关工作的通知", "forwards") in relations(real("aq13"))
    # a news lead with nothing sent on stays the notice issuing it (CONVENTIONS.md C5)
    assert relations("近日,省政府办公厅印发了《关于X的通知》,要求各地认真组织实施。") == [("关于X的通知", "issues")]
    # the sentence sends another document by its own title: that one is forwarded, not the one named before it
    assert relations("近日,省厅印发了《甲方案》,现将《乙通知》转发给你们") == [("甲方案", "issues"), ("乙通知", "forwards")]


def test_a_new_edition_issued_is_not_the_old_edition_of_the_same_name_it_repeals():
    # ar05: 制定了新的《X》,现予发布 … 《X》(國家環境保護總局公告2006年第41號)…同時廢止
    citations = find_citations(real("ar05"))
    issued = [c for c in citations if c.relation == "issues"]
    assert issued and all(c.title == "國家環境保護標準制修訂工作管理辦法" and c.doc_number is None for c in issued)
    groups = {(g["doc_number"], g["relation"]) for g in cited_groups(
        [{**c.__dict__, "title_key": c.title, "cited_document_id": None} for c in citations])}
    assert (None, "issues") in groups and ("國家環境保護總局公告2006年第41號", "repeals") in groups
    # the same title given its number once and mentioned again is still one document, with the number carried
    one = find_citations("根据《甲办法》(国发〔2006〕4号)制定本细则。各地要执行《甲办法》。")
    assert [c.doc_number for c in one] == ["国发〔2006〕4号", "国发〔2006〕4号"]


def test_what_the_notice_publishes_with_fabu_is_issued_but_a_posting_is_not():
    assert relations("制定了《某某管理办法》,现予发布。") == [("某某管理办法", "issues")]
    assert relations("《某某管理办法》发布以来,各地认真执行。") == [("某某管理办法", "cites")]


def test_an_announcement_number_keeps_its_sign_as_written():
    assert normalise_doc_number("國家環境保護總局公告2006年第41號") == "國家環境保護總局公告2006年第41號"
    assert normalise_doc_number("国家税务总局公告2019年第45号") == "国家税务总局公告2019年第45号"


def test_another_bodys_notice_in_the_attachment_list_is_cited_but_the_notices_own_form_is_not():
    # aq02: 附件: 1、《海淀区教委关于全力做好“清剿火患”战役,坚决保卫全国“两会”消防安全工作的通知》
    titles = [c.title for c in find_citations(real("aq02"))]
    assert "海淀区教委关于全力做好“清剿火患”战役,坚决保卫全国“两会”消防安全工作的通知" in titles
    own_form = "请各单位填写《信息员登记表》,于5月底前报送。\n附件:1、《信息员登记表》"
    assert find_citations(own_form) == []


def test_an_evaluation_system_named_in_brackets_is_a_document():
    # aq12: 根据《全国文明城市测评体系》,“每年人均参加志愿者服务活动的时间应不低于25小时”的要求
    assert ("全国文明城市测评体系", "basis") in relations(real("aq12"))
    assert relations("加快构建《现代产业体系》") == []  # a 体系 that names no document


def test_the_notices_own_number_glued_to_its_recipients_after_an_abstract_label_or_its_title_is_no_citation():
    # aq14: 摘 要: | 工商明电[2005]37号各省、自治区、直辖市及计划单列市工商行政管理局:…
    assert [c.doc_number for c in find_citations(real("aq14"))] == []
    # ah01: a copy wrapped at a fixed width, …意见》的通知国办发[1999]79⏎号各盛自治区、…:
    assert "国办发〔1999〕79号" not in [c.doc_number for c in find_citations(real("ah01"))]
    # a number cited in a sentence before recipients' words is still cited
    cited = find_citations("根据国发〔2020〕1号文件精神,各县要抓好落实:")
    assert [c.doc_number for c in cited] == ["国发〔2020〕1号"]


def test_a_guides_next_section_after_the_model_notices_signature_is_no_part_of_the_notice():
    # ah14: ② 擬寫一份轉發性的通知 over the model notice; after its signature and placeholder date, ③ 層層轉發的公文格式 and
    # the guide's 一、標題怎麼寫 go on
    model = parsed("ah14")
    assert [(m.label, m.level) for m in model.measures] == [("一、", 1), ("二、", 1)]
    # a plan printed after the signature numbers its items from the start: still the notice's
    issued = ("② 拟写一份通知\n关于印发X方案的通知\n各单位:\n现将《X方案》印发给你们。\n一、加强领导。各单位要落实。\n"
              "某某局\n2020年3月1日\nX方案\n一、总体要求。要做好。\n二、主要任务。要抓好。\n")
    assert [m.label for m in parsed_text(issued).measures] == ["一、", "一、", "二、"]
    # a writing guide's formula for a forward's title names no document
    assert relations("标题一般由「发文机关+关于转发+原文标题+文种」组成") == []
    assert relations("根据《关于加快推进“互联网+政务服务”工作的指导意见》") == [
        ("关于加快推进“互联网+政务服务”工作的指导意见", "basis")]


def test_a_revised_edition_issued_and_the_old_one_repealed_by_the_same_title_are_two_documents():
    # z11: 现将修订后的《遂川县防汛抗旱应急预案》印发给你们 … 2017年6月23日…印发的《遂川县防汛抗旱应急预案》同时废止
    citations = find_citations(real("z11"))
    assert {(c.title, c.relation) for c in citations} == {("遂川县防汛抗旱应急预案", "issues"),
                                                          ("遂川县防汛抗旱应急预案", "repeals")}
    rows = [{**c.__dict__, "title_key": c.title, "cited_document_id": None} for c in citations]
    assert sorted(g["relation"] for g in cited_groups(rows)) == ["issues", "repeals"]
    # a title issued and cited again later is one document
    again = find_citations("现将《甲预案》印发给你们。各地要按照《甲预案》做好准备。")
    rows = [{**c.__dict__, "title_key": c.title, "cited_document_id": None} for c in again]
    assert [g["relation"] for g in cited_groups(rows)] == ["issues"]


def test_conditions_and_compilations_in_brackets_are_documents_and_a_templates_blanks_no_part_of_a_title_key():
    # aa01: 根据《浙江省教育强县评定条件》; ab13: 拟对《制度汇编》作如下修改
    assert ("浙江省教育强县评定条件", "basis") in relations(real("aa01"))
    assert ("制度汇编", "amends") in relations(real("ab13"))
    # l13: a 文库 template's 《区____年创建全国文明城市专项整治总体方案》: the blanks are no part of what identifies it
    assert title_key("区____年创建全国文明城市专项整治总体方案") == title_key("区年创建全国文明城市专项整治总体方案")
    assert title_key("区2019年创建全国文明城市专项整治总体方案") != title_key("区年创建全国文明城市专项整治总体方案")


def test_a_templates_masked_year_survives_the_markdown_cleanup():
    # d14: 根据市委办〔20**〕91号文件精神 (a template masks the year; ** is not Markdown bold after a digit)
    assert [(c["doc_number"], c["relation"]) for c in extracted("d14")["citations"]] == [("市委办〔20**〕91号", "basis")]
    assert "一、总体要求" in normalise("**一、总体要求**\n").text.splitlines()


def test_an_approval_with_its_day_effect_and_number_before_the_issuing_verb():
    # ac01: 《永嘉县森林采伐管理改革试点方案》已于2009年7月27日经省林业厅批复同意实施(浙林资批〔2009〕53号),现印发给你们
    assert ("永嘉县森林采伐管理改革试点方案", "issues") in relations(real("ac01"))
    # a report of an approval with no verb sending the document
    assert relations("《甲方案》已于2009年7月27日经省林业厅批复同意实施。各地要抓好落实。") == [("甲方案", "cites")]


def test_emoji_scattered_through_a_spam_copy_are_dropped_so_labels_start_their_lines():
    # k07: 1🏄🏼♀️、学生须到院系辅导员办理报到…  2☝、因故不能按时到校注册者♂️,…
    measures = [(m.label, m.level) for m in parsed("k07").measures]
    assert measures[:6] == [("一、", 1), ("(一)", 2), ("(二)", 2), ("1、", 3), ("2、", 3), ("3、", 3)]
    text = normalise("（一）教职工🍫:8月28日召开会议。\n①加强领导★重点\n").text
    assert text.rstrip("\n") == "（一）教职工:8月28日召开会议。\n①加强领导★重点"  # circled numbers and ★ stay


def test_an_article_after_a_chapter_heading_is_a_top_measure_even_after_items_of_a_lost_article():
    # m06: a law site's second page opens inside a lost 第七条 with (一)…(四), then 第四章 工作要求, 第八条 …
    assert [(m.label, m.level) for m in parsed("m06").measures] == [
        ("(一)", 1), ("(二)", 1), ("(三)", 1), ("(四)", 1), ("第八条", 1), ("第九条", 1), ("第十条", 1)]
    # an article quoted under an amending decision's item, no chapter before it, stays under that item
    amending = "各单位:\n现决定修改如下:\n一、将第五条修改为:\n第五条 各单位应当按月报送。\n二、删去第七条。\n"
    assert [(m.label, m.level) for m in parsed_text(amending).measures] == [("一、", 1), ("第五条", 2), ("二、", 1)]


def test_a_list_under_the_next_heading_of_a_glued_copy_counts_from_one_again():
    # o15: one line, single spaces for line breaks: 二、参加范围 1、…; … 6、…。 三、议程内容 1、…; 2、…; … 5、其他议题。 …
    # 五、相关要求 1、各部门涉及…(cut)
    labels = [(m.label, m.level) for m in parsed("o15").measures]
    assert labels[8:14] == [("三、", 1), ("1、", 2), ("2、", 2), ("3、", 2), ("4、", 2), ("5、", 2)]
    assert labels[-2:] == [("五、", 1), ("1、", 2)]
    # a heading's words then a number that is no item (1、2年级) stay on the heading's line
    look_alike = "各单位:\n现通知如下:\n一、参加人员 1、2年级学生参加。\n二、时间安排 另行通知。\n"
    assert [m.label for m in parsed_text(look_alike).measures] == ["一、", "二、"]


def test_an_article_whose_di_was_misprinted_as_tiao_continues_the_run():
    # b11: 第四条 … then 条五条 市级行政许可项目管理机关为…
    labels = [(m.label, m.level) for m in parsed("b11").measures if m.style == "article"]
    assert ("条五条", 1) in labels and labels.index(("条五条", 1)) == labels.index(("第四条", 1)) + 1
    # alone, with no 第X条 before it, it is no article
    assert [m.label for m in parsed_text("各单位:\n现通知如下:\n条五条 市级项目管理机关为法制办。\n").measures] == []


def test_a_name_joined_to_a_documents_title_and_sharing_its_requirements_is_a_document():
    # i02: 为落实《关于开展专项治理违规收送礼金礼券购物卡工作的实施方案》和《“小金库”专项治理工作》的各项要求: both implemented
    assert ("“小金库”专项治理工作", "implements") in {(c["title"], c["relation"]) for c in extracted("i02")["citations"]}
    joined = "根据《关于加强安全生产工作的意见》和《安全生产专项整治三年行动》的部署,现通知如下。"
    assert [c.title for c in find_citations(joined)] == ["关于加强安全生产工作的意见", "安全生产专项整治三年行动"]
    # a book beside a document, or a name with no requirements after it, stays no document
    assert [c.title for c in find_citations("认真学习《条例》和《习近平谈治国理政》。")] == []
    assert [c.title for c in find_citations("落实《关于加强安全生产工作的意见》和《安全生产专项整治三年行动》。")] == [
        "关于加强安全生产工作的意见"]
