"""The body of a copy that lost its line breaks (issue 15, the "glued" copy variant): its numbered measures found inside
the long line across their label forms (pipeline.document.glued_outline) and its articles (joined_copy.GLUED_ARTICLE),
so that assignments, deadlines and targets attach to the right measures; and the inline lists that stay in their
sentence."""

from __future__ import annotations

from pipeline.document.glued_outline import glued_outline_starts
from pipeline.document.normalise import normalise
from pipeline.extract import extract_text


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


def starting(text: str, *openings: str) -> bool:
    got = lines(text)
    return all(any(line.startswith(opening) for line in got) for opening in openings)


# A work plan copied as one line: each heading's first item glued to its words, the items numbered on across the headings,
# each closing with its responsibility note in brackets.
GLUED_WORK_PLAN = (
    "为做好2021年农村工作,结合全县实际,制定本要点。一、稳定粮食生产1. 全面落实粮食安全责任制,确保粮食播种面积稳定在45万亩以上。"
    "〔责任单位:县农业农村局,各乡镇人民政府〕二、加强农田建设2. 新建高标准农田2万亩,年底前完成验收。〔责任单位:县农业农村局〕"
    "3. 实施耕地质量提升工程,改良土壤1万亩。〔责任单位:县农业农村局、县财政局〕4. 加强农田水利设施管护,6月底前完成汛前检查。"
    "〔责任单位:县水利局〕\n")


def test_a_headings_first_item_glued_to_its_words_and_items_numbered_across_headings_start_lines():
    assert starting(GLUED_WORK_PLAN, "一、稳定粮食生产", "1. 全面落实", "二、加强农田建设", "2. 新建高标准农田", "3. 实施耕地",
                    "4. 加强农田水利")


def test_the_items_of_a_glued_plan_carry_their_own_units_and_deadlines():
    doc = extract_text(GLUED_WORK_PLAN)["documents"][0]
    measures = {measure["text"][:6]: measure for measure in doc["measures"]}
    assert set(measures) >= {"全面落实粮食", "新建高标准农", "加强农田水利"}


def test_items_numbered_on_after_a_subheading_glued_to_its_words_start_lines():
    # the count goes on under a new heading and its （一）, each item closing with a bracketed note
    text = ("一、政务服务（25分）（一）一体化平台建设（3分）1．完成平台适老化改造，适应特殊群体需求。（5月底完成，牵头单位：市审批服务局）2．推进电子证照"
            "共享应用，实现高频证照免提交。（6月底完成，牵头单位：市审批服务局）二、政府治理（25分）（一）建设城市大脑（5分）3．完成城市"
            "运行体征感知平台建设。（11月底完成，牵头单位：市工信局）4．开展智慧城市二期建设。（持续推进，牵头单位：市工信局）\n")
    assert starting(text, "二、政府治理", "3．完成城市", "4．开展智慧城市")


def test_an_attachments_outline_counts_from_its_first_heading_again():
    text = ("一、考评对象各区人民政府和市直各部门。二、考评内容年度重点任务和重点项目。三、考评方式采取日常监测和实地调研相结合的方式。"
            "附件：数字政府建设考评指标一、政务服务（25分）（一）平台建设（3分）1．完成平台改造。（5月底完成）2．推进证照共享。"
            "（6月底完成）二、政府治理（25分）（一）城市大脑（5分）3．建设感知平台。（11月底完成）\n")
    assert starting(text, "一、政务服务（25分）", "二、政府治理（25分）", "3．建设感知平台")


def test_a_list_of_short_titles_glued_one_after_another_starts_lines():
    text = ("经局务会研究,现将修订后的各项管理制度印发施行。1、局党组会议制度2、局长办公会议制度3、局务会制度4、岗位责任制度"
            "5、首问负责制度6、限时办结制度7、服务承诺制度8、失职追究制度。各处室要认真执行,确保各项制度落实到位,切实提高工作效率,"
            "对执行不力的单位和个人,局机关作风暨效能建设领导小组办公室将予以通报批评,并纳入年度考核。\n")
    assert starting(text, "2、局长办公会议制度", "5、首问负责制度", "8、失职追究制度")


def test_glued_articles_after_the_title_and_in_traditional_characters_start_lines():
    text = ("辦事公開制度第一條 為規範辦事公開工作,提高行政效能,制定本制度。第二條 各單位應當公開辦事依據、程序和時限。第三條 "
            "對即辦事項應當場辦結,不得拖延,並按相關規定明確限時辦結的時間。第四條 對辦事民眾訴求事項,無正當理由不準延時辦理,如特殊情況"
            "確需延時辦理,經辦人要報領導審批,並告知當事人延時辦理的理由。第五條 本制度自發布之日起施行。\n")
    assert starting(text, "第一條 為規範", "第二條 各單位", "第三條 對即辦", "第五條 本制度")
    spaced = ("某某市人民政府工作规则第一章 总则第一条 为规范市政府工作,提高行政效能,制定本规则。第二条 市政府工作坚持依法行政。"
              "第三条 市政府实行市长负责制,市长领导市政府的全面工作,副市长协助市长工作,按分工负责分管工作,受市长委托负责其他方面的"
              "工作或者专项任务。第四条 市政府组成人员要带头遵守宪法和法律。\n")
    assert starting(spaced, "第一条 为规范市政府工作")


def test_a_colons_list_under_a_headings_words_starts_lines():
    text = ("三、比赛时间上午8:30开始,请各分工会按时到达比赛场地,做好赛前准备。四、其他事项:(一)各分工会要组织好本单位参赛队员。(二)工会将为各分工会提供部分比赛器材。"
            "(三)比赛将严格执行竞赛规程,确保运动会规范、紧凑、顺利地进行。(四)各分工会要根据各比赛项目的比赛时间,妥善安排好参赛队员的"
            "组织工作。\n")
    assert starting(text, "(一)各分工会", "(二)工会将", "(三)比赛将")


def test_inline_lists_stay_in_their_sentence():
    # one sentence's enumeration after a colon, items closing with semicolons
    enumeration = ("根据工作需要,现将有关事项通知如下,需要报送的材料主要包括:1、研究机构的章程;2、研究团队成员名单;3、近三年取得的主要研究"
                   "成果。请各单位于3月19日前将材料报送科研处,逾期不报的视为放弃,特此通知,请各单位认真组织,按时报送有关材料。\n")
    assert glued_outline_starts(enumeration.strip(), whole=True) == []
    # a colon's list after a sentence in a paragraph of a notice that kept its line breaks
    paragraph = ("根据文件规定扶贫专项资金主要用于三个方面:(一)用于扶持贫困户发展特色优势产业,补助标准视申报情况而定。(二)用于贫困村"
                 "基础设施建设,补助标准视申报情况而定。(三)用于贫困户小额信贷贴息,贴息标准按省有关规定执行。")
    assert glued_outline_starts(paragraph) == []
    # a list inside the item the line opens with, after a sentence of its own
    inside = ("2、点、线、面地理实体普查。(1)点状地理实体。包括村委会,社区居委会,城镇居民点,农村居民点等。(2)线状地理实体。包括公路、"
              "铁路、管道、道路、大型桥梁、隧道等。(3)面状地理实体。包括行政区域、开发区、水库、公园、风景区等。")
    assert glued_outline_starts(inside) == []
    # a list inside an item restarting its own form: its numbers are not the outline's
    rules = ("四、审计纪律:一、不准由被审计单位报销费用。二、不准接受被审计单位赠送的礼品礼金。三、不准参加被审计单位安排的宴请。"
             "四、不准利用审计工作知悉的秘密谋取利益。五、不准利用审计职权干预被审计单位的资金管理。六、不准向被审计单位推销商品。")
    assert glued_outline_starts(rules) == []


def test_figures_words_and_citations_are_no_labels():
    text = ("一、总体要求按照统一、规范、高效的原则,依照条例第三条(一)项规定推进工作,面积达到2.5万亩,PM2.5浓度下降5.2%。"
            "二、重点任务加强领导,落实责任。三、保障措施强化督查,确保实效。\n")
    got = lines(text)
    assert not any(line.startswith(("、规范", "(一)项", "5万亩", "5浓度")) for line in got)


def test_items_counting_on_after_their_unnamed_notes_start_lines():
    # each item closes with its lead and joint units, no stop after them: the next number glued after a word counts on
    text = ("现就市《政府工作报告》任务制定分工方案如下。一、主要预期目标1.地区生产总值增长6%。牵头单位:市发展改革委责任单位:各县(市)区"
            "政府2.规模以上工业增加值增长6%。牵头单位:市工业和信息化局责任单位:各县(市)区政府3.固定资产投资增长10%以上。牵头单位:"
            "市发展改革委责任单位:各县(市)区政府4.社会消费品零售总额增长9%。牵头单位:市商务局\n")
    assert starting(text, "1.地区生产总值", "2.规模以上工业", "3.固定资产投资", "4.社会消费品")
    # a figure after a word that no later label counts on from is no item
    figures = ("一、工作目标全年完成造林任务,其中人工造林面积达到3.5万亩,完成率达到100%。二、工作措施加强组织领导,各乡镇要落实责任,"
               "按期完成任务2.各部门要密切配合,形成工作合力。三、保障措施强化督查考核,对工作不力的单位予以通报,确保各项任务落到实处。")
    assert all(line.startswith(("一、", "二、", "三、")) for line in lines(figures + "\n"))


def test_a_heading_line_with_its_first_item_glued_to_its_words_and_the_next_after_a_stop_is_cut():
    # a copy cut into heading lines by earlier steps: the heading's own label counts in the run with its two items
    text = ("一、指导思想以改善民生为主题,统筹推进农村基础设施建设。\n二、目标任务(一)农村街巷硬化全覆盖工程:年内完成197个村街巷硬化任务,"
            "实现全覆盖。(二)农村便民连锁超市全覆盖工程:年内新建便民连锁超市120个,提前一年实现全覆盖,方便群众生活,各乡镇要认真组织实施,"
            "确保按期完成各项建设任务,县直有关部门要加强指导和督查,对进度滞后的乡镇要及时通报,限期整改,确保两项工程年底前全部完成。\n")
    assert starting(text, "二、目标任务", "(一)农村街巷硬化", "(二)农村便民连锁超市")
