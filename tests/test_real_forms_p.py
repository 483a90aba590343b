"""The forms of set P (tests/data/realworld/p*, real notices with their source addresses) that the document stage
first misread: one test per form, on the real text where it is, and on a variation of it that must not be read
the same way."""

from __future__ import annotations

from pipeline.document.glued import glued_copy_breaks, glued_info_breaks, spaced_first_heading_breaks
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import info_labels, read_info_fields
from test_real_forms import labels, parsed, real


def documents(text: str):
    return parse(normalise(text).text)


def test_a_forwarded_measure_printed_after_the_date_under_its_own_issuers_is_a_document_of_its_own():
    forward, forwarded = documents(real("p14"))  # 二〇〇九年八月三十日 / 沧州市发展改革委 / … / 支持农村邮政物流发展实施办法 / 第一条…
    assert forward.meta.doc_number == "沧政办字〔2009〕120号" and forward.measures == []
    assert forward.meta.signed_date == "2009-08-30"
    assert forwarded.meta.title == "支持农村邮政物流发展实施办法"
    assert forwarded.meta.issuer.split() == ["沧州市发展改革委", "沧州市邮政局", "沧州市财政局", "沧州市农业局",
                                             "沧州市商务局", "沧州市工商局", "沧州市国税局", "沧州市文化局"]
    assert labels(forwarded) == [("第一条", 1), ("第二条", 1), ("第三条", 1)]
    head = "甲县人民政府关于加强管理的通知\n各乡镇:\n现将有关事项通知如下。\n甲县人民政府\n2009年8月30日\n"
    # an issued plan printed after the date without issuers of its own is the notice's attachment, not a document
    assert len(documents(head + "加强管理实施办法\n第一条 为加强管理,制定本办法。\n第二条 各乡镇负责落实。\n")) == 1
    # issuers and a title after the date, then a sentence: no measure opens a document there
    assert len(documents(head + "甲县财政局\n甲县农业局\n加强管理实施办法\n请各单位认真执行。\n")) == 1


def test_information_labels_glued_to_their_values_and_each_other_start_lines():
    state_council = parsed("p03")  # …的通知政策法规司2006-08-24颁布日期:20060824实施日期:20060824颁布单位:国务院国发[2006]29号各省…
    assert state_council.meta.doc_number == "国发〔2006〕29号"
    assert state_council.meta.issuer == "国务院"
    assert state_council.meta.title == ("国务院关于落实《中华人民共和国国民经济和社会发展第十一个五年规划纲要》"
                                        "主要目标和任务工作分工的通知")
    assert state_council.meta.recipients == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert state_council.meta.signed_date == "2006-08-24"
    # 如下:一、 announces the list; (一) (二) after sentence ends are its sub-headings
    assert labels(state_council) == [("一、", 1), ("(一)", 2), ("(二)", 2)]
    line = "颁布日期:20060824实施日期:20060824颁布单位:国务院国发[2006]29号各省人民政府:"
    assert [line[at:at + 4] for at in glued_info_breaks(line)] == ["实施日期", "颁布单位", "国发[2"]
    # a page's table with its labels apart (spaces between), or one label in a sentence: nothing to cut
    assert glued_info_breaks("索引号: 002975282/2017-00124 内容分类: 本单位文件") == []
    assert glued_info_breaks("请在申报表的文号:一栏中填写本单位发文的编号并加盖公章。") == []


def test_a_glued_copy_opens_with_its_title_and_its_announced_headings():
    plan = parsed("p11")  # 2021年乡镇安全生产大检查方案4进入四月以来,… 通知如下:一、统一思想…。二、突出重点…
    assert plan.meta.title == "2021年乡镇安全生产大检查方案"
    assert labels(plan) == [("一、", 1), ("二、", 1)]
    # a long first sentence ending in a document type is no title; 如下:一、二、三级 is an enumeration
    assert glued_copy_breaks("根据第五条规定。" * 30) == []
    assert glued_copy_breaks("具体等级划分如下:一、二、三级医院分别执行不同标准。" * 8) == []


def test_a_file_number_label_gives_the_doc_number():
    assert "文件编号" in info_labels("文件编号: 牟政发〔2017〕20号 发布日期: 2017-04-24")
    assert read_info_fields(["文件编号: 牟政发〔2017〕20号 发布日期: 2017-04-24"])["文件编号"] == "牟政发〔2017〕20号"
    assert parsed("p01").meta.doc_number == "牟政发〔2017〕20号"


def test_a_first_heading_after_a_sentence_end_and_a_space_starts_a_line_when_the_next_heading_is_two():
    relief = parsed("p13")  # …切实把款发好、用好。 一、严格控制使用范围,坚持专款专用。 / … / 二、灾区的房屋修复…
    assert [label for label, _ in labels(relief)][:3] == ["一、", "二、", "三、"]
    text = "目前寒冬逼近,望抓紧安排。 一、严格控制使用范围。\n要把救济款用于重灾区。\n{}、灾区的房屋修复要发动群众。\n"
    assert spaced_first_heading_breaks(text.format("二")) == [text.index("一、")]
    # the next heading that starts a line is 三、: the 一、 is a cross-reference or an enumeration, not the first heading
    assert spaced_first_heading_breaks(text.format("三")) == []


def test_a_databases_issuing_body_field_names_in_full_the_body_a_title_shortens():
    # p02: 南京市政府关于分解落实…的通知 ⏎ 发布部门: 江苏省南京市人民政府 ⏎ 发布文号: 宁政发[2006]275号
    assert parsed("p02").meta.issuer == "南京市人民政府"
    page = "杭州市政府关于做好防汛工作的通知\n发布部门: 浙江省杭州市人民政府\n发布文号: 杭政发[2006]27号\n各区县人民政府:\n现通知如下。\n"
    assert parse(normalise(page).text)[0].meta.issuer == "杭州市人民政府"
    # a field naming another body leaves the title's name as printed
    other = "杭州市政府关于做好防汛工作的通知\n发布部门: 浙江省杭州市财政局\n发布文号: 杭政发[2006]27号\n各区县人民政府:\n现通知如下。\n"
    assert parse(normalise(other).text)[0].meta.issuer == "杭州市政府"
