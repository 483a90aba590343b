"""Recipients glued after what the header printed before them (issue 15, pipeline/document/glued_recipients.py): a
title's type, a 文号, a bracket's close, a page field's value or empty label — cut off so the recipients stand on a line
of their own and are read, opening with 各 or not; a sentence's or a table label's colon is left alone."""

from __future__ import annotations

from pipeline.document.glued_recipients import glued_recipients_breaks
from pipeline.document.header_lines import is_recipients_line
from pipeline.document.normalise import normalise
from pipeline.extract import extract_text

SIGNATURE = "\n某某县人民政府办公室\n2021年3月15日\n"


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


def recipients(text: str) -> str:
    return extract_text(text)["documents"][0]["recipients"]


def test_recipients_not_opening_with_ge_glued_after_the_title_are_read():
    text = ("某发〔2021〕5号中共某某县委某某县人民政府关于印发《乡村振兴实施方案》的通知雄县、容城、安新县委和人民政府,县直各部门:"
            "现将《乡村振兴实施方案》印发给你们,请结合实际认真贯彻执行。" + SIGNATURE)
    assert lines(text)[1] == "雄县、容城、安新县委和人民政府,县直各部门:"
    assert recipients(text) == '["雄县、容城、安新县委和人民政府", "县直各部门"]'


def test_recipients_glued_after_the_number_are_read_and_the_number_stands_alone():
    text = ("安徽省人民政府办公厅关于印发省级预算管理办法的通知皖政办〔2008〕33号省政府各部门、各直属机构:经省政府同意,现将《办法》"
            "印发给你们,请认真贯彻执行。" + SIGNATURE)
    assert lines(text)[:3] == ["安徽省人民政府办公厅关于印发省级预算管理办法的通知", "皖政办〔2008〕33号", "省政府各部门、各直属机构:"]
    # places sharing one body's name, after a 文号: one recipient
    shared = "关于做好桥梁隐患处置工作的通知建办城函〔2009〕146号四川、甘肃、陕西省建设厅:目前,灾区受损桥梁处置工作取得进展。\n"
    assert "四川、甘肃、陕西省建设厅:" in lines(shared)


def test_recipients_glued_after_a_page_fields_value_or_empty_label_are_read():
    dated = "颁布日期:2021-12-31生效日期:2021-12-31各县、区人民政府,市政府各部门:现将《应急预案》印发给你们,请认真贯彻执行。\n"
    assert "各县、区人民政府,市政府各部门:" in lines(dated)
    empty = "来源:某某市政府门户网 字号:【视力保护色:浏览量:各县市区委、人民政府,市直各单位:《实施意见》已经市委同意,现印发给你们。\n"
    assert "各县市区委、人民政府,市直各单位:" in lines(empty)
    # a bracket closing the 文号 before them, never one inside the first recipient's name
    bracketed = "山东省农业厅关于实行旬报制度的通知(鲁农函字〔2009〕42号)各市农业局:根据要求,现将有关事项通知如下。"
    assert bracketed[glued_recipients_breaks(bracketed)[-2]:].startswith("各市农业局:")
    assert "各县(市)区人民政府,市政府各部门:" in lines("关于印发分工方案的通知各县(市)区人民政府,市政府各部门:现将《方案》印发给你们,请认真执行。\n")


def test_a_sentences_or_a_tables_colon_is_no_recipients():
    # a sentence's colon, a clock's, a field's label with its value after it: no recipients cut
    assert glued_recipients_breaks("经研究决定,现将有关事项通知如下:一、提高认识,加强领导。") == []
    assert glued_recipients_breaks("各学院教务员要统计好本学院学生情况,并于8月30日(周日)20:00点前报送教务处。") == []
    assert glued_recipients_breaks("应急预案发布机构: 某某县人民政府 主题分类: 其他名称: 关于印发预案的通知") == []
    # recipients printed on their own line end the search: nothing after them is cut
    assert glued_recipients_breaks("各学院:\n根据学校安排,现将暑假工作通知如下:一、放假安排,各学院要统计好学生情况。") == []
    # an information table's label closing its line is a field, though it names a body's kind
    assert not is_recipients_line("意见征集发布机构:") and is_recipients_line("县直各单位：")
