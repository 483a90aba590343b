"""Header forms: a headline's title that names its issuer before 下发 (X紧急下发…的通知), and a 文库 file's name printed as a
line over the text's own title (a file's name, not the title)."""

from __future__ import annotations

import json

from pipeline.extract import extract_text


def first(text: str) -> dict:
    doc = extract_text(text)
    return doc["documents"][0] if "documents" in doc else doc


def test_the_body_a_title_names_before_its_sent_down_verb_is_its_issuer():
    doc = first("安平县防汛抗旱指挥部紧急下发撤离行洪区村庄四类人员的通知\n各战区指挥部、各乡镇政府:\n"
                "根据当前气象、水文条件,各乡镇要立即组织群众撤离,务于今晚20:00前完成。\n")
    assert doc["issuer"] == "安平县防汛抗旱指挥部"
    assert first("某某市农业局下发关于做好春耕生产工作的通知\n各乡镇:\n一、做好农资供应。\n二、加强技术指导。\n")["issuer"] == "某某市农业局"


def test_a_news_headline_reporting_a_notice_names_no_issuer():
    doc = first("住建部下发通知 综合管廊规划建设进展信息一周一报\n住房城乡建设部近日下发通知,要求各地每周报送综合管廊建设进展。\n")
    assert doc["issuer"] is None


def test_a_joined_copy_opening_with_such_a_title_reads_its_recipients():
    line = ("安平县防汛抗旱指挥部紧急下发撤离行洪区村庄四类人员的通知 7月24日15时13分,县防汛抗旱指挥部发布紧急通知:各战区指挥长要马上行动,"
            "确保任务完成! 各战区指挥部、各乡镇政府: 根据省市领导指示,结合当前气象、水文条件,县防汛抗旱指挥部命令:相关乡镇政府立即组织"
            "村庄内所有老弱病残群众撤离,务于今晚20:00前完成。")
    assert json.loads(first(line + "\n")["recipients"]) == ["各战区指挥部", "各乡镇政府"]


def test_a_file_name_printed_over_the_title_is_no_title():
    text = ("生物化工制度汇编修改征求意见版本 1.docx\n- 上传时间:2023-02-02\n生物化工制度汇编修改征求意见版本1\n"
            "2018年《制度汇编》修改内容讨论稿\n为提高公司《制度汇编》的可行性,拟对《制度汇编》作如下修改,请各位员工认真审阅。\n"
            "1、第二篇第四章第三十三条添加第二段。\n2、第二篇第四章第三十五条修改。\n")
    assert first(text)["title"] == "2018年《制度汇编》修改内容讨论稿"
    # a file named as its title: the title
    named = "关于做好防汛工作的通知.docx\n关于做好防汛工作的通知\n各乡镇:\n一、加强值班。\n二、做好转移。\n"
    assert first(named)["title"] == "关于做好防汛工作的通知"
