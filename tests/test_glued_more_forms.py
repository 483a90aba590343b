"""More forms of a copy that lost its line breaks (issue 15, the "glued" copy variant): a page's dated stamp between the
title and the text's opening sentence (pipeline.document.glued_fields), a whole copy's headings whose items open with a
date or a figure (pipeline.document.glued_outline)."""

from __future__ import annotations

from pipeline.document.normalise import normalise
from pipeline.extract import extract_text


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


# A portal's page glued into one line: the title, the posting's date and an empty counter, then the text's opening.
STAMPED_PLAN = ("大连市数字政府建设“十四五”行动方案发布日期: 2022- 04- 27 浏览次数:为加快数字政府建设,打造协同高效的数字政府,"
                "结合我市实际,制定本方案。一、总体要求以习近平新时代中国特色社会主义思想为指导,全面贯彻新发展理念。"
                "二、基本原则统一规划,创新发展。三、主要任务建设一体化政务服务平台。\n")
STAMPED_RULES = ("机关限时办结制度发布时间:2016-12-13 17:49:00为加强机关作风建设,向服务对象提供优质、高效的服务,特制订本制度。"
                 "第一条 本规定适用于机关全体工作人员。第二条 各办公室必须认真负责受理服务事项。\n")


def test_a_title_then_a_pages_dated_stamp_then_the_opening_sentence_each_start_a_line():
    got = lines(STAMPED_PLAN)
    assert got[0] == "大连市数字政府建设“十四五”行动方案"
    assert any(line.startswith("为加快数字政府建设") for line in got)
    assert extract_text(STAMPED_PLAN)["documents"][0]["title"] == "大连市数字政府建设“十四五”行动方案"
    assert lines(STAMPED_RULES)[0] == "机关限时办结制度"
    assert any(line.startswith("为加强机关作风建设") for line in lines(STAMPED_RULES))


def test_a_title_then_a_field_without_a_date_is_left_whole():
    # an undated field's value may run into the text (来源:办公室为…): nothing shows where the stamp ends
    text = "关于做好安全生产工作的通知来源:办公室为切实做好安全生产工作,现就有关事项通知如下。\n"
    assert not any(line.startswith("为切实做好") for line in lines(text))


# A short notice glued into one line, its first item opening with the day it bans burning.
DATED_FIRST_ITEM = ("关于全县禁止正月十六燃烧木柴的通知各乡镇人民政府,县政府有关部门:进入2019年以来,我县空气质量严重恶化,相较2018年同期"
                    "有持续升高的趋势,为有效减少我县的污染物排放量,降低全县的空气污染指数,特此通知如下:"
                    "一、2月20日(正月十六)早晨4时至中午12时,全县范围内禁止燃烧棉花秸秆、木柴等杂物。"
                    "二、县直各部门及各乡镇、村要通过多种形式不间断持续加强宣传教育,倡导群众度过一个健康、洁净的元宵佳节。三、县直各部门及各乡镇要提前做好工作安排,加强督导巡查。\n")


def test_a_whole_copys_first_heading_opening_with_a_date_starts_its_line_with_the_rest():
    got = lines(DATED_FIRST_ITEM)
    assert [line[:2] for line in got if line[:2] in ("一、", "二、", "三、")] == ["一、", "二、", "三、"]
    measures = extract_text(DATED_FIRST_ITEM)["documents"][0]["measures"]
    assert [measure["label"] for measure in measures] == ["一、", "二、", "三、"]


def test_a_figure_after_a_digit_label_is_no_item():
    # 1、2 and 2.5万 stay figures: only a Chinese numeral's label opens with a figure
    text = ("为做好工作,现通知如下:一、全年新增就业1、2季度各完成30%。二、新建高标准农田2.5万亩。"
            "三、各乡镇要加强督导。\n")
    assert not any(line.startswith(("2季度", "5万亩")) for line in lines(text))


# A page's HTML table printed without line breaks (a template's export glued into one line): each cell ends its line, as
# where the source prints a cell a line, so each row's unit is read with its task.
TABLE_ROWS = [("1", "县委农工部", "60", "农村生活垃圾专项治理", "1.探索实行农村生活垃圾分类试点（15分）;2.督查指导乡镇开展农村生活垃圾治理工作（45分）。"),
              ("2", "县农粮局", "30", "持续推进畜禽养殖污染控制", "1.加强监督管理，防止禁养区内已关闭的畜禽养殖场复养（10分）;2.建立畜禽养殖污染台账（20分）。"),
              ("3", "县水利局", "40", "河道采砂专项整治", "1.开展河道非法采砂专项整治行动（20分）;2.加强水资源保护（20分）。")]


def html_table(cell_break: str) -> str:
    head = ("<table><caption>某县2018年度河长制工作责任单位目标管理考核细则</caption><thead><tr><th>序号</th>" + cell_break
            + "<th>责任单位</th>" + cell_break + "<th>分值</th>" + cell_break + "<th>考核内容</th>" + cell_break
            + "<th>评分标准</th></tr></thead><tbody>")
    rows = "".join("<tr>" + cell_break.join(f"<td>{cell}</td>" for cell in row) + "</tr>" + cell_break for row in TABLE_ROWS)
    return head + rows + "</tbody></table>\n"


def test_an_html_tables_cells_printed_without_line_breaks_each_end_a_line():
    glued, printed = html_table(""), html_table("\n")
    assert "县委农工部" in lines(glued) and "60" in lines(glued)
    units = [[a["name"] for a in extract_text(text)["documents"][0]["assignments"]] for text in (glued, printed)]
    assert units[0] == units[1] and "县农粮局" in units[0]


# A duty split copied as one line and cut after its first heading: the heading and its two items, each with its units.
CUT_DUTY_SPLIT = ("各县市区人民政府,市政府各部门、各直属单位:经市政府常务会议研究,现将市政府2021年重点工作任务分解下达给你们,"
                  "请认真组织实施。牵头责任单位要强化主体责任、抓好工作统筹,及时反馈重点工作进展情况和完成情况。"
                  "一、确保完成全年主要预期目标1.地区生产总值比上年增长8.5%左右。牵头责任单位:市发展和改革委员会。"
                  "协同责任单位:市政府各部门、各直属单位。2.一般公共预算收入增长5%左右。牵头责任单位:市财政局。"
                  "协同责任单位:市发展和改革委员会、市税务局。\n")


def test_a_lone_heading_over_its_glued_items_counts_in_their_run_and_starts_a_line():
    got = lines(CUT_DUTY_SPLIT)
    assert any(line.startswith("一、确保完成全年主要预期目标") and "地区生产总值" not in line for line in got)
    assert any(line.startswith("1.地区生产总值") for line in got) and any(line.startswith("2.一般公共预算") for line in got)
    doc = extract_text(CUT_DUTY_SPLIT)["documents"][0]
    assert [measure["label"] for measure in doc["measures"]] == ["一、", "1.", "2."]


def test_a_lone_label_after_a_sentence_is_no_heading_over_a_run():
    # 一、 opening a sentence (its words hold a comma) heads no items: two items alone are too few to read
    text = CUT_DUTY_SPLIT.replace("一、确保完成全年主要预期目标", "一、确保完成全年主要预期目标,各单位要抓好落实")
    assert not any(line.startswith("1.地区生产总值") for line in lines(text))


# An emergency plan glued into one line: its outline's top numbers with a space (1 总则), its decimals without (1.1编制目的).
GLUED_PLAN_OUTLINE = ("某市危险化学品生产安全事故应急预案1 总则1.1编制目的为规范全市危险化学品生产安全事故应急工作,最大程度地预防和减少事故"
                      "及其造成的人员伤亡、财产损失,制定本预案。1.2编制依据依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》"
                      "等法律法规,制定本预案。1.3适用范围本预案适用于本市行政区域内危险化学品生产安全事故应对处置工作。2 组织体系"
                      "2.1领导机构市政府成立危险化学品生产安全事故应急指挥部。2.2工作机构应急指挥部办公室设在市应急管理局。\n")


def test_a_plans_numbered_outline_glued_without_spaces_starts_its_lines():
    got = lines(GLUED_PLAN_OUTLINE)
    for opening in ("1 总则", "1.1编制目的", "1.2编制依据", "1.3适用范围", "2 组织体系", "2.1领导机构", "2.2工作机构"):
        assert any(line.startswith(opening) for line in got), opening
    labels = [measure["label"] for measure in extract_text(GLUED_PLAN_OUTLINE)["documents"][0]["measures"]]
    assert labels[:4] == ["1", "1.1", "1.2", "1.3"]


def test_decimal_figures_inside_sentences_are_no_outline():
    text = ("为推动经济发展,结合我市实际,制定本方案。全市地区生产总值增长1.1倍,一般公共预算收入增长1.2个百分点以上,居民收入"
            "增长1.3个百分点,城镇新增就业3 万人。各单位要认真落实,确保完成全年目标任务,及时报送工作进展情况。\n")
    assert not any(line.startswith(("1.2个", "1.3个", "3 万")) for line in lines(text))


# A short notice glued into one line, its signer and date glued after its last sentence.
SIGNED_AFTER_LAST_SENTENCE = ("关于举办2017年教职工趣味运动会的通知各分工会:为增强体质,促进身心健康,经研究,拟定于2017年12月2日(星期六)上午举办"
                              "教职工趣味运动会。现将有关事项通知如下:一、比赛项目设集体项目和个人项目。二、各分工会于11月28日前报名。"
                              "三、运动会秩序册在工会网页挂出,请各分工会自行下载查看。某某学院体育运动委员会 工会2017年11月21日\n")


def test_a_signer_and_date_glued_after_the_last_sentence_are_the_signature():
    got = lines(SIGNED_AFTER_LAST_SENTENCE)
    assert "某某学院体育运动委员会 工会" in got and "2017年11月21日" in got
    assert extract_text(SIGNED_AFTER_LAST_SENTENCE)["documents"][0]["signed_date"] == "2017-11-21"


def test_a_sentence_opening_with_a_body_and_a_date_goes_on():
    text = SIGNED_AFTER_LAST_SENTENCE.replace("某某学院体育运动委员会 工会2017年11月21日", "学院工会2017年11月21日召开会议,研究了报名工作。")
    assert "学院工会" not in lines(text)


# A notice issuing a task table printed with spaces between its cells, glued into one line after its signature.
GLUED_TASK_TABLE = ("各有关部门:现将《量化指标任务分工》印发给你们,请认真贯彻落实。一、各有关部门要高度重视量化指标任务,抓紧研究制定工作方案。"
                    "二、各有关部门要按照时间节点报送进展情况。三、将加强跟踪督办,定期梳理汇总落实情况。某某省人民政府办公厅2016年4月6日"
                    "(本文有删减)量化指标任务分工序号 工 作 任 务 牵头负责部门1 居民消费价格涨幅3%左右 发展改革委"
                    "2 城镇新增就业100万人以上 人力资源社会保障厅3 安排地方专项债券400亿元 财政厅4 公路投资1650亿元 交通运输厅\n")


def test_a_spaced_tables_rows_glued_after_their_last_cells_start_lines_under_the_signature():
    got = lines(GLUED_TASK_TABLE)
    assert "序号 工 作 任 务 牵头负责部门" in got
    assert "2 城镇新增就业100万人以上 人力资源社会保障厅" in got and "4 公路投资1650亿元 交通运输厅" in got
    assert "2016年4月6日" in got
    doc = extract_text(GLUED_TASK_TABLE)["documents"][0]
    assert doc["signed_date"] == "2016-04-06"
    assert all(target["measure_id"] is None for target in doc["targets"] if target["text"] in ("100万人以上", "1650亿元"))


def test_a_number_and_a_space_inside_a_sentence_is_no_row():
    text = GLUED_TASK_TABLE.replace("1 居民消费价格涨幅3%左右 发展改革委2 城镇", "全年新增就业3 万人以上,城镇")
    assert not any(line.startswith("3 万人") for line in lines(text))
