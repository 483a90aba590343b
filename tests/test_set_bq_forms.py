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
from pipeline.read.layout import table_to_paragraphs

from test_real_forms import made_up_document

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


# ------------------------------------------------------------------ a table's column of responsible units

NOTICE_HEAD = ("某区人民政府办公室关于印发2021年重点工作任务分解表的通知\n各街道办事处，区政府各部门：\n"
               "现将任务分解表印发给你们，请认真贯彻落实。\n某区人民政府办公室\n2021年3月1日\n附件\n2021年重点工作任务分解表\n")


def _assigned(document: dict) -> list[tuple[str, str, str | None]]:
    """(unit, role, the first line of its measure's text) of each assignment."""
    measures = {m["id"]: m["text"].split("\n")[0] for m in document["measures"]}
    return [(a["raw"], a["role"], measures.get(a["measure_id"])) for a in document["assignments"]]


def test_an_assessment_tables_group_cell_names_the_unit_column_of_its_rows():
    # bq01: 1 ⏎ 重点考核部门 ⏎ 县委农工部 ⏎ 60 ⏎ … ⏎ 2 ⏎ 县农粮局 ⏎ … ⏎ 14 ⏎ 一般考核部门 ⏎ 县委组织部 …: the header's 考核项目 spans the
    # group cell (rowspan 18) and the department's; each row's department is responsible for the row, held by 二、 (the
    # criteria 1. 2. 3. inside a row's cell end with the row)
    document = extract_file(str(_real_file("bq01")))["documents"][0]
    assigned = _assigned(document)
    assert len(assigned) == 31 and {measure for _, _, measure in assigned} == {"部门履职差异考核项目"}
    assert {role for _, role, _ in assigned} == {"responsible"}
    assert [unit for unit, _, _ in assigned][:3] == ["县委农工部", "县农粮局", "县工信局"]
    assert assigned[-1][0] == "县能源办"  # numbered 30 again after 县工业园区管委会's 30: the copy's slip
    page = ("某县2020年度生态环境保护目标责任考核细则\n<table>\n<tr>\n<th>序号</th>\n<th colspan=\"2\">考核项目</th>\n<th>分值</th>\n"
            "<th>考核内容</th>\n</tr>\n<tr>\n<td>一、</td>\n<td colspan=\"2\">部门履职考核项目</td>\n<td>100</td>\n</tr>\n"
            "<tr>\n<td>1</td>\n<td rowspan=\"3\">被考核单位</td>\n<td>县生态环境局</td>\n<td>40</td>\n<td>\n"
            "<p>1.完成大气污染防治任务（20分）；</p>\n<p>2.年内查处环境违法案件5件以上（20分）。</p>\n</td>\n</tr>\n"
            "<tr>\n<td>2</td>\n<td>县住建局</td>\n<td>30</td>\n<td>\n<p>1.城市污水处理率达到90%以上（30分）。</p>\n</td>\n</tr>\n"
            "<tr>\n<td>3</td>\n<td>县交通运输局</td>\n<td>30</td>\n<td>\n<p>治理道路扬尘（30分）。</p>\n</td>\n</tr>\n"
            "<tr>\n<td>二、</td>\n<td colspan=\"2\">综合奖扣分项目</td>\n<td>\n<p>被省级通报表扬的奖5分。</p>\n</td>\n</tr>\n</table>\n")
    document = made_up_document(page)
    assert _assigned(document) == [(unit, "responsible", "部门履职考核项目") for unit in ("县生态环境局", "县住建局", "县交通运输局")]


def test_a_group_cell_over_no_units_and_units_under_no_unit_column_assign_nothing():
    # the group cell's rows hold tasks, not units; a 考核项目 column that lists departments names no duty of theirs
    cells = "序号\n考核项目\n分值\n考核内容\n1\n重点考核部门\n农村生活垃圾专项治理\n60\n2\n持续推进畜禽养殖污染控制\n30\n"
    assert made_up_document(NOTICE_HEAD + cells)["assignments"] == []
    assert made_up_document(NOTICE_HEAD + "序号 | 考核项目 | 分值\n1 | 县委农工部 | 60\n2 | 县农粮局 | 30\n")["assignments"] == []


def test_a_unit_column_under_its_other_names_assigns_each_rows_units_and_its_time_column_the_deadline():
    # 实施主体, 责任主体, 考核单位 head a unit column as 责任单位 does: as a pipe table, tab-separated rows, one cell a line
    pipes = ("序号 | 工作任务 | 实施主体 | 完成时限\n--- | --- | --- | ---\n1 | 完成老旧小区改造20个 | 区住建局 | 2021年10月底前\n"
             "2 | 新建5G基站100个 | 区工信局、区通信办 | 2021年12月底前\n")
    document = made_up_document(NOTICE_HEAD + pipes)
    assert [(a["raw"], a["role"]) for a in document["assignments"]] == [
        ("区住建局", "responsible"), ("区工信局", "responsible"), ("区通信办", "responsible")]
    assert [d["text"] for d in document["deadlines"]] == ["2021年10月底前", "2021年12月底前"]
    tabs = "序号\t考核指标\t分值\t考核单位\n1\t义务教育巩固率达到95%\t10\t县教育局\n2\t新增城镇就业2000人\t10\t县人社局\n"
    assert [a["raw"] for a in made_up_document(NOTICE_HEAD + tabs)["assignments"]] == ["县教育局", "县人社局"]
    lines = "序号\n重点任务\n责任主体\n完成时限\n1\n完成老旧小区改造20个\n区住建局\n2021年10月\n2\n新建5G基站100个\n区工信局\n2021年12月\n"
    assert [a["raw"] for a in made_up_document(NOTICE_HEAD + lines)["assignments"]] == ["区住建局", "区工信局"]


def test_a_word_or_excel_tables_assessment_columns_make_measures_with_their_units():
    # the cells of a DOCX/XLSX table: 考核内容 is the task, 考核单位 its units, 完成时限 its limit
    rows = [["序号", "考核内容", "分值", "考核单位", "完成时限"], ["1", "城市污水处理率达到90%以上", "20", "县住建局", "2021年12月底前"]]
    assert table_to_paragraphs(rows) == ["1．城市污水处理率达到90%以上（分值：20）（责任单位：县住建局）（完成时限：2021年12月底前）"]
    assert table_to_paragraphs([["序号", "考核内容", "分值"], ["1", "城市污水处理率达到90%以上", "20"]])[1] == "1　城市污水处理率达到90%以上　20"


def test_items_numbered_in_a_rows_cell_end_with_the_row():
    # bq01: 2.推广生物农药…（10分）。 ⏎ 15 ⏎ 持续开展渔业资源保护专项整治 ⏎ …年内全县查处非法捕捞案件10例以上: the number cell (a
    # sub-row's points) ends the item, the quota is the row's, under 二、
    document = extract_file(str(_real_file("bq01")))["documents"][0]
    measures = {m["id"]: m["label"] + m["text"].split("\n")[0] for m in document["measures"]}
    assert [(t["text"], measures[t["measure_id"]]) for t in document["targets"] if t["unit"] == "例"][0] == (
        "10例以上", "二、部门履职差异考核项目")
    # a number alone once in running text (no run of rows 1, 2 …) ends nothing
    text = "关于加强管理的通知\n各乡镇：\n一、加强领导\n1.成立领导小组，\n3\n年内召开会议不少于2次。\n2.落实经费。\n"
    assert "年内召开会议" in made_up_document(text)["measures"][1]["text"]
