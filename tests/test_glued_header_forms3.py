"""More headers and signatures glued into one line (issue 15, pipeline/document/glued_fields.py and
glued_recipients.py): a signed date printed twice, a field's value or a page's tools glued before the recipients, a
site's language switch before the title, a signer after an attachment's name, a signature before the issued text's
heading glued to its text: each cut off so the header's and signature's fields read."""

from __future__ import annotations

from pipeline.document.normalise import normalise
from pipeline.extract import extract_text


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


def in_turn(got: list[str], wanted: list[str]) -> bool:
    """Whether ``wanted`` are lines of ``got`` one after another."""
    return any(got[at:at + len(wanted)] == wanted for at in range(len(got)))


def test_a_signed_date_printed_twice_closes_the_text():
    # a database prints the signature's date and its record's own, then the attachment issued glued after them
    text = ("各县(市、区)人民政府,市直各有关单位:经市人民政府同意,现将《某市应急体系建设规划》责任分解印发给你们,请认真组织实施。"
            "某市人民政府办公厅2017年4月13日2017年4月13日某市应急体系建设规划责任分解为提高应对突发事件的能力,制定本分解。\n")
    assert in_turn(lines(text), ["某市人民政府办公厅", "2017年4月13日", "2017年4月13日"])
    assert extract_text(text)["documents"][0]["signed_date"] == "2017-04-13"
    # in Chinese numerals, after the sentence's end without a signer
    numerals = "各乡镇:现将方案印发给你们,请认真执行。二○○九年九月七日二○○九年九月七日某县防汛工作方案为做好防汛工作,制定本方案。\n"
    assert in_turn(lines(numerals), ["二○○九年九月七日", "二○○九年九月七日"])
    # two different dates in a row are a sentence's span, not a signature
    span = "各单位要认真执行。2017年4月13日2017年5月13日期间开展专项检查工作。\n"
    assert lines(span) == [span.strip()]


def recipients(text: str) -> str:
    return extract_text(text)["documents"][0]["recipients"]


def test_a_fields_value_glued_to_the_recipients_is_cut_off():
    # a legal database's issuing-body field, its value the body the title names, glued to the recipients
    text = ("法规库某省人民政府办公厅关于印发重点工作任务分工的通知某政办函[2016]38号颁布时间:2016-04-06 发文单位:某省人民政府办公厅"
            "省政府有关部门:为切实抓好重点工作的贯彻落实,经省政府同意,现将《任务分工》印发给你们。\n")
    assert recipients(text) == '["省政府有关部门"]'
    # an author's field naming the office the page's header printed, opening with 各
    office = ("学校主页| 加入收藏科研处当前位置: 首页 >> 通知公告 >> 正文关于报送研究机构材料的通知发布日期:2018-03-13 作者:科研处"
              "各院系:为了进一步规范我校研究机构的管理,现将有关事项通知如下。\n")
    assert recipients(office) == '["各院系"]'
    # the field's label ending the line before
    label_line = "某省人民政府办公厅关于做好安全生产工作的通知\n发文单位:\n某省人民政府办公厅省政府有关部门:为做好安全生产工作,现将有关事项通知如下。\n"
    assert recipients(label_line) == '["省政府有关部门"]'
    # recipients after a field's colon naming no body printed before are read whole
    whole = "某县人民政府关于做好防汛工作的通知发布日期:2021-05-06 来源:各乡镇人民政府,县直各单位:为做好今年防汛工作,现将有关事项通知如下。\n"
    assert recipients(whole) == '["各乡镇人民政府", "县直各单位"]'


def test_a_sites_language_switch_opening_the_copy_is_cut_off():
    text = ("ENGLISH限时办结制度发布时间:2016-12-13 17:49:00为加强机关作风建设,提供优质、高效的服务,特制订本制度。"
            "第一条 本规定适用于机关全体工作人员。\n")
    assert lines(text)[0] == "ENGLISH"
    assert extract_text(text)["documents"][0]["title"] == "限时办结制度"
    assert lines("English Version | 繁體中文当前位置: 首页 > 通知公告\n")[0] == "English Version | 繁體中文"
    # an English word inside the notice's first words is its own
    for kept in ("关于举办ENGLISH角活动的通知\n", "English角活动安排如下。\n"):
        assert lines(kept)[0] == kept.strip()


def test_a_pages_tools_between_the_title_and_the_recipients_are_cut_off():
    # a portal's table, the title and its buttons glued before the recipients
    text = ("索引号 11500103009283772K/2024-00006 发布机构 某区人民政府成文日期 2024-02-09 发布日期 2024-02-22 发文字号 某府发〔2024〕8号"
            "某区人民政府关于印发2024年计划的通知打印 打印纠错 纠错分享到区政府各部门、各管委会,各街道办事处,有关单位:《2024年计划》已经批准,"
            "现印发给你们,请认真抓好落实。\n")
    assert recipients(text) == '["区政府各部门、各管委会", "各街道办事处", "有关单位"]'
    table = "索引号 11500103009283772K/2024-00006 发布机构 某县人民政府成文日期 2024-02-09 发文字号 某府发〔2024〕8号"
    closed = table + "某县人民政府关于做好防汛工作的通知关闭窗口各乡镇人民政府:为做好今年防汛工作,现将有关事项通知如下。\n"
    assert recipients(closed) == '["各乡镇人民政府"]'
    # a tool's word inside a recipient's name is the name's
    kept = table + "某区档案局关于做好档案移交工作的通知各档案保存单位:为做好档案移交工作,现将有关事项通知如下。\n"
    assert recipients(kept) == '["各档案保存单位"]'


def test_a_signer_glued_after_an_attachments_name_is_cut():
    text = ("各省、自治区、直辖市联防联控机制:现将《监测方案》等3个文件印发给你们,请认真组织实施。如有相关建议,请及时反馈机制综合组。"
            "附件:3.重点人群、重点机构、重点场所疫情防控指引某联防联控机制综合组(某卫生健康委代章)2022年12月26日举报电话:12318\n")
    assert in_turn(lines(text), ["某联防联控机制综合组", "(某卫生健康委代章)", "2022年12月26日"])
    assert extract_text(text)["documents"][0]["signed_date"] == "2022-12-26"
    # an attachment's name alone before the date: no signer, the date is cut as before
    bare = "各乡镇:现将方案印发给你们,请认真执行。附件:某县防汛工作方案2023年5月6日\n"
    assert lines(bare)[-1] == "2023年5月6日"
    # a date in a sentence after an attachment's name is no signature
    sentence = "各单位:请认真执行。附件:某县防汛工作方案某县人民政府2023年5月6日起施行,原方案同时废止。\n"
    assert lines(sentence) == [sentence.strip()]


def test_a_signature_before_the_issued_texts_heading_glued_to_its_text_is_cut():
    # the text issued named in 《》, printed after the signature with its own text glued after its heading
    text = ("各市、县人民政府,省政府各部门:现将省经贸委《关于进一步加快中小企业改革发展的若干政策意见》,批转给你们,请认真贯彻执行。"
            "某省人民政府 二00一年九月一日关于进一步加快中小企业改革发展的若干政策意见(省经贸委 二00一年八月七日)中小企业是国民经济的重要组成部分。\n")
    assert in_turn(lines(text), ["某省人民政府", "二00一年九月一日"])
    assert extract_text(text)["documents"][0]["issuer"] == "某省人民政府"
    # a date opening a sentence on a text not named in 《》 before goes on
    sentence = "各单位:现将《工作方案》印发给你们,请认真执行。某市人民政府2023年4月26日关于开展检查的情况如下。\n"
    assert "2023年4月26日" not in lines(sentence)
