"""The forms of set Y (tests/data/realworld, real notices with their source addresses, held out and scored before any
change for them) that the document stage and the item extractors first misread: one test per form, on the real text
where it is, and on a look-alike that must not be read the same way."""

from __future__ import annotations

from extractors.citations import find_citations
from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.document.labels import starts_table_row
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.extract import extract_text
from test_real_forms import real


def document(text: str):
    normalised = normalise(text)
    return parse(normalised.text, normalised.title_headings, normalised.page_issuers)[0]


def labels_and_levels(parsed) -> list[tuple[str, int]]:
    return [(measure.label, measure.level) for measure in parsed.measures]


def test_a_plan_outlines_top_heading_glued_to_its_number_heads_its_decimal_items():
    rules = document(real("y11"))  # legal-database copy: 1总则 / 1.1为规范… / 1.3 … / 1.3.1功能需求原则…
    assert labels_and_levels(rules) == [("1", 1), ("1.1", 2), ("1.2", 2), ("1.3", 2), ("1.3.1", 3), ("1.3.2", 3)]
    # without a 1.1 after it, a number glued to a few words is no heading
    lone = document("各单位:\n现将有关事项通知如下:\n3县\n一、加强领导。各单位要落实。")
    assert labels_and_levels(lone) == [("一、", 1)]


def test_a_pages_publisher_cell_names_the_issuer_even_when_it_runs_into_the_pages_counters():
    assert document(real("y13")).meta.issuer == "紫阳县政府办公室"  # | 公开责任部门 | 紫阳县政府办公室 |
    town = document(real("y04"))  # 发布时间:2020-10-07  发布机构:官亭镇人民政府  浏览次数:106  字体:[  ]
    assert town.meta.issuer == "官亭镇人民政府"
    assert town.meta.title == "官亭镇调度秸秆禁烧工作"  # the headline over two information lines


def test_a_byline_row_with_cell_borders_is_no_headline():
    assert document(real("j25")).meta.title is None  # 安陸新聞網 2011-4-28 | over empty | rows


def test_the_headline_printed_again_under_its_table_leaves_the_tables_last_value_out_of_the_title():
    interpretation = document(real("y03"))  # headline / index / time / 聊城市人民政府 / headline again
    assert interpretation.meta.title == "聊城市政府副秘书长、办公室主任郭守印同志解读2020年市政府工作报告重点工作任务部门分工方案"
    # an issuer's line over a title it does not repeat still opens the title
    notice = document("聊城市人民政府\n关于做好防汛工作的通知\n各县(市、区)人民政府:\n一、加强领导。")
    assert notice.meta.title == "聊城市人民政府关于做好防汛工作的通知"


def test_a_table_copied_with_spaces_between_its_cells_gives_its_unit_columns_from_the_rows_end():
    units = {(unit["raw"], unit["role"]) for unit in extract_text(real("y07"))["documents"][0]["assignments"]}
    assert {("市水利局", "lead"), ("市发展改革委", "cooperate"), ("工业和信息化委", "cooperate"),
            ("各县(市、区)党委和人民政府", "responsible"), ("市工业和信息化委", "lead")} <= units
    assert not any(raw == "高" for raw, _ in units)  # the unit the page cut after one character is not read
    # its rows stay lines of their own
    lines = normalise(real("y07")).text.splitlines()
    assert any(line.startswith("2  严守用水") for line in lines)
    # rows under a header with no unit column, and a date after a number, give nothing
    assert find_assignments("序号 类别 主要任务\n1 加强保护 严守红线\n2 节水 落实考核") == []
    row = "1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动"
    assert starts_table_row(row, "2  严守用水 效率控制 红线") and not starts_table_row(row, "2 月 20 日前完成")
    assert not starts_table_row("1 加强水资源保护", "3 抓好工业节水")  # rows follow each other


def test_a_doer_after_a_comma_with_its_task_after_the_role_verb_is_assigned():
    found = extract_text(real("y10"))["documents"][0]["assignments"]  # …直接領導下,由國資委黨委宣傳部負責組織實施。
    assert [(unit["raw"], unit["role"]) for unit in found] == [("國資委黨委宣傳部", "responsible")]
    assert find_assignments("所需资金，由县财政负责保障。") == []  # 保障 is no task verb: funds, not a duty


def test_a_lists_later_ordinals_and_a_bound_shared_under_fenbie():
    assert [target.text for target in find_targets(real("y13"))].count("18件") == 0  # 第17、18件: ordinals
    shares = [(target.text, target.comparator) for target in find_targets(real("y07"))]
    assert ("24%", ">=") in shares and ("25%以上", ">=") in shares  # 分别下降24%、25%以上
    # without 分别 each quantity of a pair keeps its own bound (区县1亿元, 开发区2亿元以上)
    pair = [(target.text, target.comparator) for target in find_targets("对各区县、开发区新引进总投资1亿元和2亿元以上的项目")]
    assert pair == [("1亿元", "="), ("2亿元以上", ">=")]


def test_a_notice_publishing_rules_issues_them():
    relations = {citation.relation for citation in find_citations(real("y11"))
                 if citation.title == "上海市城市管理行政执法车辆、船艇配置规范(试行)"}
    assert "issues" in relations  # 关于发布《X》的通知
    assert [c.relation for c in find_citations("及时在门户网站发布《政府工作报告》全文。")] == ["cites"]


def test_each_row_of_a_measureless_task_table_assigns_its_own_units():
    found = extract_text(real("y07"))["documents"][0]["assignments"]  # three rows, 市水利局 in each of them
    assert [unit["raw"] for unit in found if unit["role"] == "lead"] == ["市水利局", "市水利局", "市工业和信息化委", "水利局"]
    assert [unit["raw"] for unit in found if unit["role"] == "responsible"].count("各县(市、区)党委和人民政府") == 3
    assert all(unit["measure_id"] is None for unit in found)
    # a unit named on two lines of one measure is still assigned once: the line stands in only where no measure is
    rows = "序号 主要任务 牵头单位\n1 严守红线 市水利局\n2 抓好节水 市水利局"
    notice = "关于做好节水工作的通知\n各县(市、区)人民政府:\n{}\n平顶山市人民政府\n2018年7月9日"
    measureless = extract_text(notice.format(rows))["documents"][0]["assignments"]
    assert [(unit["raw"], unit["measure_id"]) for unit in measureless] == [("市水利局", None), ("市水利局", None)]
    under_measure = extract_text(notice.format("一、节水。由市水利局负责。\n由市水利局负责。"))["documents"][0]["assignments"]
    assert len(under_measure) == 1 and under_measure[0]["measure_id"] is not None


def test_an_interpretations_lead_without_a_day_reports_the_notice_it_issued():
    # y03: 为…,聊城市人民政府印发了《X》(聊政发〔2020〕8号),…将有关要点解读如下 (CONVENTIONS.md C5: issues)
    cited = [(c.doc_number, c.relation) for c in find_citations(real("y03"))]
    assert cited == [("聊政发〔2020〕8号", "issues")]
    # the same report of an earlier act in a notice that reads nothing is cited
    notice = "为全面推进各项工作,市人民政府印发了《2020年重点工作任务分工方案》(聊政发〔2020〕8号),现就有关事项通知如下。"
    assert [c.relation for c in find_citations(notice)] == ["cites"]
    # an act reported as done before (已印发) is no issue, whatever follows
    earlier = "市人民政府已印发《2020年重点工作任务分工方案》,现将有关要点解读如下。"
    assert [c.relation for c in find_citations(earlier)] == ["cites"]


def test_items_named_by_the_units_that_carry_them_assign_those_units():
    # y13: 其中,由县民政局负责的第1件、县发改局负责的第4件、县税务局负责的第13件、县卫健局负责的第17、18件确定事项进展滞后
    found = [(m.name, m.role) for m in find_assignments(real("y13"))]
    assert found == [("县民政局", "responsible"), ("县发改局", "responsible"), ("县税务局", "responsible"),
                     ("县卫健局", "responsible")]
    # a unit written without its level takes the first one's
    assert [m.name for m in find_assignments("其中,由县民政局负责的第1件、发改局负责的第4件进展滞后。")] == ["县民政局", "县发改局"]
    # one unit alone, or a run not opened by 由, describes what a body handles: no duty is given
    assert find_assignments("对由县财政局负责的资金要加强监管。") == []
    assert find_assignments("县民政局负责的第1件、县发改局负责的第4件进展滞后。") == []


def test_the_issued_document_named_two_ways_by_title_and_body_is_cited_once():
    # y12: 東莞市人民政府關于印發《東莞市增加…的實施意見》的通知 over 現將《東莞市人民政府關于增加…的實施意見》印發給你們
    text = real("y12")
    own_title = "東莞市人民政府關于印發《東莞市增加中小學幼兒園學位和優質教育資源供給的實施意見》的通知"
    issued = [c.title for c in find_citations(text, own_titles=[own_title]) if c.relation == "issues"]
    assert issued == ["東莞市人民政府關于增加中小學幼兒園學位和優質教育資源供給的實施意見"]
    # a title that issues one document while the body sends two others keeps every name: nothing says which is which
    two = ("关于印发《甲市工作方案》的通知\n现将《甲市工作方案》和《甲市考核办法》印发给你们。")
    cited = [c.title for c in find_citations(two, own_titles=["关于印发《甲市工作方案》的通知"])]
    assert list(dict.fromkeys(cited)) == ["甲市工作方案", "甲市考核办法"]
    other = "关于印发《甲市工作方案》的通知\n现将《乙市工作细则》和《丙市考核办法》印发给你们。"
    assert len(find_citations(other, own_titles=["关于印发《甲市工作方案》的通知"])) == 3
