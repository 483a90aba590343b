"""Forms found by held-out set BQ (tests/data/realworld/bq*, Chinese government texts held as data in public GitHub
repositories — a county's assessment table, the static body of a JSP page; a State Council opinion, one record of a
crawled policy-text corpus — chosen by rule and annotated before the pipeline ran on them): each test reads a real notice
of the set (named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never
takes the general case with it."""

import json
from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.normalise import normalise
from pipeline.extract import extract_file, extract_text

REALWORLD = Path(__file__).parent / "data" / "realworld"


def _real_file(prefix: str) -> Path:
    return next(REALWORLD.glob(f"{prefix}_*.txt"))


def _header(text: str) -> dict:
    return extract_text(text)["documents"][0]


# ------------------------------------------------------------------ a record whose line breaks the crawler removed


def test_a_title_with_its_spaced_doc_number_on_its_line_stands_alone():
    # bq02: 国务院关于加强环境保护重点工作的意见 国发 〔2011〕 35 号 ⏎ ⏎ 各省…直属机构:　　多年来… — the title, its 文号 (spaced
    # apart by the crawl) and the recipients glued to the body; the title line never runs into the recipients
    document = extract_file(str(_real_file("bq02")))["documents"][0]
    assert document["title"] == "国务院关于加强环境保护重点工作的意见"
    assert document["doc_number"] == "国发〔2011〕35号"
    assert json.loads(document["recipients"]) == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    text = ("某市人民政府关于做好2019年防汛工作的通知 某政发 〔2019〕 12 号\n\n各区县人民政府，市政府各部门：现将有关事项通知如下。\n"
            "一、加强领导\n各地要高度重视。\n某市人民政府\n2019年5月6日\n")
    document = _header(text)
    assert (document["title"], document["doc_number"]) == ("某市人民政府关于做好2019年防汛工作的通知", "某政发〔2019〕12号")
    assert json.loads(document["recipients"]) == ["各区县人民政府", "市政府各部门"]


def test_a_title_without_its_type_still_runs_on_into_the_next_line():
    # the 文号's strip leaves a line that does not end with a type as it was: a title broken before its type is joined
    text = "某县人民政府办公室关于印发某县2020年农村人居环境整治\n工作方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n"
    assert _header(text)["title"] == "某县人民政府办公室关于印发某县2020年农村人居环境整治工作方案的通知"


def test_a_letter_spaced_signing_body_is_one_name():
    # bq02: …重大情况向国务院报告。 　　…   国  务  院  二○一一年十月十七日 — the signature glued after the last sentence, its
    # name spaced out to the date's width: the body is 国务院, not 院
    document = extract_file(str(_real_file("bq02")))["documents"][0]
    assert (document["issuer"], document["signed_date"]) == ("国务院", "2011-10-17")
    text = "关于加强安全生产工作的意见\n各乡镇人民政府：\n现提出如下意见。\n一、加强领导\n请认真落实。\n国 务 院 办 公 厅\n2018年3月2日\n"
    assert _header(text)["issuer"] == "国务院办公厅"


def test_a_spaced_document_type_or_heading_is_no_body_name():
    # a title's type spaced out (通  知) and a chapter's heading (总  则) are no body: their spaces stay
    text = "关于做好工作的\n通  知\n第一章  总  则  第一条  为加强管理，制定本办法。\n"
    assert "通  知" in normalise(text).text and "总  则" in normalise(text).text


# ------------------------------------------------------------------ a table copied one cell a line (a JSP's markup)


def test_a_jsp_tables_caption_is_its_title_and_its_label_cells_start_measures():
    # bq01: <c>县级考核依据</c> (the app's label) over <caption>石城县2018年度…考核细则</caption>, the header cells 序号 ⏎ 考核项目 ⏎
    # 各项分值 ⏎ 考核内容 ⏎ 评分标准 ⏎ 说明, then rows whose 一、 stands in a cell of its own, its heading in the next cell
    document = extract_file(str(_real_file("bq01")))["documents"][0]
    assert document["title"] == "石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则"
    level_1 = [m["text"].split("\n")[0] for m in document["measures"] if m["level"] == 1]
    assert level_1 == ["通用考核项目（全部责任单位）", "部门履职差异考核项目", "综合奖扣分项目"]
    page = ('<%@ page language="java" pageEncoding="UTF-8"%>\n<div>\n<c:if test="${show}">\n<h3>考核依据</h3>\n</c:if>\n'
            "<table>\n<caption>瑞金市2019年度安全生产工作目标考核办法</caption>\n<tr>\n<th>序号</th>\n<th>考核项目</th>\n<th>分值</th>\n"
            "<th>考核内容</th>\n<th>评分标准</th>\n</tr>\n<tr>\n<td>（一）</td>\n<td>组织领导</td>\n<td>10</td>\n<td>\n"
            "<p>1.成立领导小组（5分）；</p>\n<p>2.年内召开专题会议不少于2次（5分）。</p>\n</td>\n</tr>\n<tr>\n<td>（二）</td>\n"
            "<td>隐患排查</td>\n<td>5</td>\n<td>支持配合检查工作</td>\n</tr>\n</table>\n")
    document = _header(page)
    assert document["title"] == "瑞金市2019年度安全生产工作目标考核办法"
    assert [(m["label"], m["level"]) for m in document["measures"]] == [("（一）", 1), ("1.", 2), ("2.", 2), ("（二）", 1)]


def test_an_arabic_number_alone_is_a_rows_number_cell_not_a_label():
    # 1 ⏎ 组织领导 (a row's number cell, then its item): no measure is made of them
    text = "各乡镇：\n现将考核细则印发。\n序号\n考核项目\n分值\n备注\n1\n组织领导\n8\n2\n日常工作\n7\n"
    assert extract_text(text)["documents"][0]["measures"] == []


def test_a_number_and_the_next_cells_word_are_no_quantity():
    # bq01: 5 ⏎ 支持配合工作情况 (a row's points, then the next cell): no 5支; 5支 on one line stays a count
    assert [t.text for t in find_targets("5\n支持配合工作情况")] == []
    assert [(t.value, t.unit) for t in find_targets("配备执法记录仪5支。")] == [(5, "支")]


# ------------------------------------------------------------------ counts and the year's quota


def test_cases_are_a_unit_of_count():
    # bq01: 年内全县查处非法捕捞案件10例以上; an epidemic's bulletin's 新增确诊病例3例 likewise; 例如 opens an example
    found = [(t.value, t.unit, t.comparator) for t in find_targets("年内全县查处非法捕捞案件10例以上（含简易案件）")]
    assert found == [(10, "例", ">=")]
    assert [(t.value, t.unit) for t in find_targets("全市新增确诊病例3例。")] == [(3, "例")]
    assert all(t.unit != "例" for t in find_targets("典型案例分为2例如下："))


def test_the_years_quota_after_nian_nei_is_due_by_the_years_end():
    # bq01: 单位领导班子部署河长制相关工作，年内至少3次 · 年内全县查处非法捕捞案件10例以上 (the caption's 2018年度 gives the year)
    text = "2018年度考核细则\n单位领导班子部署河长制相关工作，年内至少3次。\n年内全县查处非法捕捞案件10例以上。\n"
    found = [(d.text, d.kind, d.date) for d in find_deadlines(text, 2018)]
    assert found.count(("年内", "deadline", "2018-12-31")) == 2


def test_a_window_of_years_or_a_scores_condition_is_no_quota():
    # v07's 对每3年内产值由3亿元以下增加到5亿元以上…的企业 (a window of years) and bq01's 年内被省、市书面通报表扬的分别奖10分
    # (a condition of the score): no deadline
    for text in ("对每3年内产值由3亿元以下增加到5亿元以上的企业给予奖励。", "2018年度细则：年内被省、市书面通报表扬的分别奖10分。"):
        assert [d.text for d in find_deadlines(text, 2018) if "年内" in d.text] == []
