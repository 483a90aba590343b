"""Forms found by held-out set BC (tests/data/realworld/bc*, nine notices chosen by policy topic — work safety, floods,
business environment, enrolment, fire safety, straw burning, living environment, employment, volunteering — each the
first real notice the pages corpus returned for its query, annotated before the pipeline ran on them): each test reads a
real notice of the set (named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix
never takes the general case with it."""

from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets

from test_real_forms import extracted, made_up_document

SWEEP = Path(__file__).resolve().parent / "data" / "sweep"


def _deadlines(text: str, year: int | None = 2021) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def _labels(document: dict) -> list[tuple[str, int]]:
    return [(measure["label"], measure["level"]) for measure in document["measures"]]


# ------------------------------------------------------------------ measures


def test_a_section_number_alone_over_its_heading_is_a_top_measure():
    # bc01: 01 ⏎ 总体目标和要求 ⏎ (一)总体目标。… ⏎ (二)总体要求。… (a WeChat layout of 一、)
    assert _labels(extracted("bc01")) == [("01", 1), ("(一)", 2), ("(二)", 2)]
    plan = ("为做好今年防汛工作,现制定方案如下。\n01\n工作目标\n(一)总体目标。确保安全度汛。\n(二)具体目标。确保水库不垮坝。\n"
            "02\n主要任务\n(一)落实责任。各乡镇要落实责任。\n(二)排查隐患。各单位要排查隐患。\n03\n保障措施\n(一)加强领导。各地要加强领导。\n")
    assert _labels(made_up_document(plan)) == [("01", 1), ("(一)", 2), ("(二)", 2), ("02", 1), ("(一)", 2), ("(二)", 2), ("03", 1),
                                        ("(一)", 2)]
    # a table copied one cell a line: its 01 cell has no item under its next cell, and no section starts there
    table = ("为做好今年防汛工作,现将任务分解如下。\n一、任务分解\n序号\n01\n加强水库巡查\n县水利局\n02\n清理河道\n各乡镇\n"
             "二、工作要求\n各单位要按时完成任务。\n")
    assert _labels(made_up_document(table)) == [("一、", 1), ("二、", 1)]


def test_an_outline_headings_first_sub_item_run_into_its_line_is_an_item_of_its_own():
    # the 防汛 query's first result (a masked county's emergency plan, dropped from the set as sweep page 045): 1、总则 1.1
    # 编制目的 为做好… ⏎ 1.2 编制依据 … ⏎ 1.4 工作原则 1.4.1 坚持… ⏎ 1.4.2 …
    page = (SWEEP / "045_county-flood-drought-plan-template.txt").read_text(encoding="utf-8")
    assert _labels(made_up_document(page))[:6] == [("1、", 1), ("1.1", 2), ("1.2", 2), ("1.3", 2), ("1.4", 2), ("1.4.1", 3)]
    plan = ("某镇地质灾害应急预案\n1 总则 1.1 编制目的 为及时有效处置地质灾害,制定本预案。\n1.2 适用范围 本预案适用于全镇。\n"
            "2 组织体系 2.1 指挥部 镇政府设立地质灾害应急指挥部。\n2.2 工作组 指挥部下设三个工作组。\n")
    assert _labels(made_up_document(plan)) == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1), ("2.1", 2), ("2.2", 2)]
    # a number after a heading that opens no first sub-item of it stays in the line (2.1 under 1 is no child of 1)
    other = "某镇预案\n1、总则 2.1 版标准另行发布。\n2、组织体系\n镇政府设立指挥部。\n"
    assert _labels(made_up_document(other)) == [("1、", 1), ("2、", 1)]


# ------------------------------------------------------------------ the page around the notice


def test_an_encyclopedias_infobox_under_its_summary_names_the_issuer():
    # bc03: 廣東省…方案 ⏎ (summary) ⏎ 基本介紹 ⏎ • 中文名:… ⏎ • 發布單位:廣東省人民政府辦公廳 ⏎ … 內容全文 ⏎ (the plan)
    assert extracted("bc03")["issuer"] == "廣東省人民政府辦公廳"
    page = ("某市养老服务体系建设方案\n《某市养老服务体系建设方案》是为推进养老服务体系建设制定的方案。\n基本介绍\n"
            "  • 中文名:某市养老服务体系建设方案\n  • 发布单位:湖州市人民政府办公室\n内容全文\n为推进养老服务体系建设,制定本方案。\n"
            "一、总体目标\n到2025年,建成养老服务体系。\n")
    assert made_up_document(page)["issuer"] == "湖州市人民政府办公室"
    # one bulleted field in the body is no information table
    body = ("某市养老服务体系建设方案\n为推进养老服务体系建设,制定本方案。\n  • 发布单位:湖州市人民政府办公室\n一、总体目标\n"
            "到2025年,建成养老服务体系。\n")
    assert made_up_document(body)["issuer"] is None


# ------------------------------------------------------------------ deadlines and targets


def test_a_span_of_effort_with_tongguo_and_a_monthly_end_printed_with_its_month_word():
    # bc01: 力争通过2年努力,健全完善…; bc04: 于8月至11月的每月月底前,将…函报
    assert ("通过2年努力", "relative", None) in _deadlines("力争通过2年努力,健全完善安全生产体系。")
    assert _deadlines("通过3年的建设,全县已建成10个中心。") == []
    assert _deadlines("请于每月月底前将进展情况函报我司。") == [("每月月底前", "recurring", None)]
    assert _deadlines("每季季末报送一次。") == [("每季季末", "recurring", None)]


def test_a_policy_package_named_by_its_count_of_articles_in_quotation_marks_is_no_target():
    # bc01: 贯彻落实省委、省政府安全生产″八抓20条″创新措施 (double primes as quotation marks)
    assert [target.text for target in find_targets("贯彻落实安全生产″八抓20条″创新措施,实施精准治理。")] == []
    assert [target.text for target in find_targets("认真落实“稳经济20条”政策。")] == []
    assert [target.text for target in find_targets("将全镇94条自然村分别由镇干部包干。")] == ["94条"]
