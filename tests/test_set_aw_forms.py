"""Forms found by held-out set AW (tests/data/realworld/aw*, twelve notices, one per kind of document offices act on —
分工, 要点, 清单, 考核办法, 细则, 办法, 实施意见, 行动计划, 督查, 整改, 台账 — each the first real notice the pages corpus
returned for its query, annotated before the pipeline ran on them): each test reads a real notice of the set (named in
the test) and a look-alike that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.extract import extract_text

from test_real_forms import extracted, labels, parsed, real


def _labels_of(text: str) -> list[tuple[str, int]]:
    return labels(parse(normalise(text).text)[0])


def _units(text: str) -> list[tuple[str, str]]:
    return [(mention.name, mention.role) for mention in find_assignments(text)]


# ------------------------------------------------------------------ measures of copies that lost line breaks


def test_a_contents_word_dropped_inside_a_counting_list_is_no_table_of_contents():
    # aw10: 15、考勤管理制度 ⏎ 目录 ⏎ 16、安全卫生制度 … the page's word inside the list of twenty rules
    found = labels(parsed("aw10"))
    assert [label for label, _ in found][:20] == [f"{n}、" for n in range(1, 21)]
    # a real table of contents under its heading, opening at its own first entry, stays none
    contents = "关于印发应急预案的通知\n各乡镇:\n现将预案印发给你们。\n目录\n1、总则\n2、组织体系\n3、预警\n1、总则\n为做好应急工作,制定本预案。\n"
    assert _labels_of(contents) == [("1、", 1)]


def test_items_glued_after_a_space_and_a_closing_first_heading_start_lines():
    # aw03: …各為100分。(不含加分) (一)班主任常規工作考核(100分) ⏎ 1.… ⏎ 3.…(10分) 4.班主任會議。…
    assert labels(parsed("aw03")) == [("一、", 1), ("(一)", 2)] + [(f"{n}.", 3) for n in range(1, 10)]
    # aw10: 19、回访调研制度 20、局长接待日制度
    assert ("20、", 1) in labels(parsed("aw10"))
    # a number after a space that counts on nothing stays in its sentence
    text = normalise("一、工作目标\n1.全年增长 4.5%以上,共 2、3项任务。\n2.加强领导\n").text
    assert "全年增长 4.5%以上,共 2、3项任务。" in text


# ------------------------------------------------------------------ documents


def test_a_forwarded_text_printed_under_its_title_and_issuer_line_is_its_own_document():
    # aw05: 省人力资源社会保障厅《关于开展…的实施意见》…现转发给你们 / signature, date / the title / 省人力资源社会保障厅 / 为贯彻落实…
    documents = extract_text(real("aw05"), "aw05.txt")["documents"]
    assert [(document["title"], document["issuer"]) for document in documents] == [
        (None, "山西省人民政府办公厅"),
        ("关于开展“创业型城市(县)和农村劳动力转移就业示范县(市)”创建活动的实施意见", "省人力资源社会保障厅")]
    # the plan a notice issues, printed after its signature under its title and department, stays in the notice (o09)
    issued = ("各乡镇人民政府:\n现将《全县秸秆禁烧工作实施方案》印发给你们,请认真贯彻执行。\n某县人民政府办公室\n2020年3月1日\n"
              "全县秸秆禁烧工作实施方案\n县生态环境局\n为做好秸秆禁烧工作,制定本方案。\n一、工作目标\n全面禁烧。\n")
    assert len(extract_text(issued, "look-alike.txt")["documents"]) == 1


# ------------------------------------------------------------------ assignments


def test_division_of_work_items_name_their_doers_with_huitong():
    # aw08: 由發展改革委會同中央農辦、農業部…等部門研究提出落實意見 · 由國土資源部會同農業部等部門負責落實
    units = [assignment["name"] for assignment in extracted("aw08")["assignments"]]
    assert units[:3] == ["发展改革委", "中央农办", "农业部"] and units[-2:] == ["国土资源部", "农业部"]
    assert _units("(二)关于划定永久基本农田的问题,由国土资源部会同农业部等部门负责落实。") == [("国土资源部", "responsible"), ("农业部", "responsible")]
    # 会同 without 等部门 closing the list, and no role verb: a sentence, no statement
    assert _units("(二)关于补助的问题,由市教育局会同市财政局制定补助方案。") == []


# ------------------------------------------------------------------ citations, deadlines, targets


def test_treaties_are_cited_documents():
    # aw06: 遵照我國政府簽署的聯合國《兒童權利公約》、《消除對婦女一切形式歧視公約》…
    titles = {citation.title for citation in find_citations(real("aw06"))}
    assert {"兒童權利公約", "消除對婦女一切形式歧視公約", "打擊跨國有組織犯罪公約"} <= titles


def test_a_notice_putting_named_rules_in_force_issues_them():
    # aw10: 关于实行《局党组会议制度》等20项管理制度的通知
    assert [(c.title, c.relation) for c in find_citations("关于实行《局党组会议制度》等20项管理制度的通知")] == [
        ("局党组会议制度", "issues")]
    assert [c.relation for c in find_citations("各单位要认真实行《劳动合同法》。")] == ["cites"]


def test_an_english_line_above_the_title_is_no_part_of_it():
    # aw10: HR Planning System Integration and Upgrading Research of ⏎ A Suzhou Institution ⏎ 关于实行《局党组会议制度》等20项管理 ⏎ 制度的通知
    assert extracted("aw10")["title"] == "关于实行《局党组会议制度》等20项管理制度的通知"


def test_rules_in_force_from_a_day_are_no_start():
    # aw10: …20项管理制度经…研究同意,自2004年4月23日起正式实行。
    assert find_deadlines("新修订的20项管理制度经领导小组研究同意,自2004年4月23日起正式实行。", 2004) == []
    # 实行 with an object starts a duty
    assert [d.kind for d in find_deadlines("自2020年1月1日起实行垃圾分类。", 2020)] == ["start"]


def test_slogans_counted_with_digits_are_no_targets():
    # aw12: 树牢“4个意识”,坚定“4个自信” (a copy that rewrote 四个 as 4个)
    assert find_targets("以各类文明创建活动为载体,树牢“4个意识”,坚定“4个自信”,做到“两个保护”。") == []
    assert [(t.value, t.unit) for t in find_targets("今年新建4个村级服务中心。")] == [(4, "个")]


# ------------------------------------------------------------------ headers (issue 15: what AW still missed)


def test_joint_issuers_printed_over_two_lines_above_a_title_naming_the_second_are_all_issuers():
    # aw01: 農業農村部 最高人民法院 最高人民檢察院 ⏎ 工業和信息化部 公安部 …總社 ⏎ 關于印發《…》的通知 (seven issuers)
    document = extracted("aw01")
    assert document["issuer"].split() == ["農業農村部", "最高人民法院", "最高人民檢察院", "工業和信息化部", "公安部",
                                          "國家市場監督管理總局", "中華全國供銷合作總社"]
    assert document["title"].startswith("農業農村部最高人民法院最高人民檢察院工業和信息化部")
    # one issuer under a fuller form of its own name is a repeat, not a first line of issuers
    repeat = ("山东省菏泽市人民政府办公室\n菏泽市人民政府办公室关于印发《菏泽市秸秆禁烧工作方案》的通知\n各县区人民政府:\n"
              "现将方案印发给你们。\n")
    document = extract_text(repeat, "look-alike.txt")["documents"][0]
    assert (document["title"], document["issuer"]) == ("菏泽市人民政府办公室关于印发《菏泽市秸秆禁烧工作方案》的通知", "菏泽市人民政府办公室")


def test_a_places_court_procuratorate_and_cooperative_named_without_the_place_are_one_recipient():
    # aw01: …,新疆生產建設兵團農業農村局、法院、檢察院、工業和信息化局、公安局、市場監督管理局、供銷合作社: (the 兵团 printed once)
    assert json.loads(extracted("aw01")["recipients"])[1] == "新疆生產建設兵團農業農村局、法院、檢察院、工業和信息化局、公安局、市場監督管理局、供銷合作社"
    # the national court and procuratorate, named in full, are two bodies
    assert split_list("最高人民法院、最高人民检察院") == ["最高人民法院", "最高人民检察院"]


def test_a_databases_province_and_government_heading_yields_to_the_signing_office():
    # aw04: 广东省东莞市人民政府 ⏎ 东府办[2005]42号 … signed 东莞市人民政府办公室
    assert extracted("aw04")["issuer"] == "东莞市人民政府办公室"
    # a department signing under the government's heading is no office of it: the heading's government stays
    heading = ("关于印发某办法的通知\n广东省东莞市人民政府\n东府〔2005〕9号\n关于印发某办法的通知\n各镇人民政府:\n现印发给你们。\n"
               "东莞市财政局\n二○○五年六月二十八日\n")
    assert extract_text(heading, "look-alike.txt")["documents"][0]["issuer"] == "广东省东莞市人民政府"


def test_a_plan_printed_under_an_attachment_mark_after_a_news_lead_is_no_title_of_the_page():
    # aw06: 中新網…國務院辦公廳近日印發《…行動計劃(2008-2012年)》。… ⏎ 附: ⏎ 中國反對拐賣婦女兒童行動計劃 ⏎ (2008—2012年)
    assert extracted("aw06")["title"] is None
    # the plan printed straight under the lead, with no 附:, is still the page's notice (its title with the period printed
    # on the line under its name, as cs04's: tests/test_set_cs_forms.py)
    lead = ("中新网12月20日电 国务院办公厅近日印发《全国农村改革行动计划(2008-2012年)》。\n全国农村改革行动计划\n(2008—2012年)\n"
            "为推进农村改革,制定本行动计划。\n一、背景\n近年来,改革取得成效。\n")
    assert extract_text(lead, "look-alike.txt")["documents"][0]["title"] == "全国农村改革行动计划(2008—2012年)"


# ------------------------------------------------------------------ deadlines and levels


def test_a_routine_assessments_name_with_its_period_is_no_schedule():
    # aw03: 考核內容包括班主任常規工作考核和班級每日常規考核,總分為200分,…各為100分
    assert not [item for item in extracted("aw03")["deadlines"] if item["text"] == "每日"]
    # a daily routine check of something, the act's object after it, is a schedule still
    assert [item.rule for item in find_deadlines("值周教师每日常规检查各班卫生。", 2020)] == ["daily inspection"]


def test_the_text_of_a_listed_rule_printed_under_its_name_opens_an_outline_of_its_own():
    # aw10: 1、局党组会议制度 … 20、局长接待日制度 ⏎ 岗位责任制度 ⏎ 一、办公室 … 二、技术处
    found = labels(parsed("aw10"))
    assert ("一、", 1) in found and ("二、", 1) in found and ("20、", 1) in found
    # a heading line naming no listed item keeps the items under the list's last entry
    under = "各处室:\n现将制度印发给你们。\n1、局党组会议制度\n2、岗位责任制度\n主要职责\n一、办公室\n负责文件收发。\n"
    assert _labels_of(under) == [("1、", 1), ("2、", 1), ("一、", 2)]


def test_a_machine_rewritten_one_line_copys_headings_start_lines():
    # aw12: …道德支持。 1、掌控…方向,深入学习…思想1.坚持正确导向。把…新人。 2.组织系统学习。组织…
    assert labels(parsed("aw12")) == [("1、", 1), ("1.", 2), ("2.", 2)]
    # a 1. restarting a list under another heading (二、) is that heading's first item, as always
    assert _labels_of("各单位:\n一、甲\n1、做好甲项。\n2、做好乙项。\n二、乙\n1.做好丙项。\n2.做好丁项。\n") == [
        ("一、", 1), ("1、", 2), ("2、", 2), ("二、", 1), ("1.", 2), ("2.", 2)]
    # a number after a sentence's end and a space that counts nothing stays in its sentence
    assert "。 2.5倍" in normalise("一、目标\n" + "全市推进生态环境保护工作,持续改善环境质量。" * 6 + " 2.5倍以上。\n").text
