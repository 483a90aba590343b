"""Header forms found by the sanity sweep (tests/data/sweep): each test reads the head of a real sweep
page (named in the test) and a look-alike that must keep its reading, so a fix never takes the general
case with it."""

from pathlib import Path

from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

SWEEP = Path(__file__).resolve().parent / "data" / "sweep"


def parse_text(text: str):
    return parse(normalise(text).text)


def sweep_page(prefix: str) -> str:
    [path] = SWEEP.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def first(text: str):
    return parse_text(text)[0].meta


def test_a_sites_one_line_summary_above_the_heading_is_no_title():
    """014: the page repeats the title, 文号, recipients and first words on one line above the heading."""
    meta = first(sweep_page("014"))
    assert meta.title == "安徽省人民政府關于實施《國務院關于基礎教育改革與發展的決定》的意見"
    assert (meta.doc_number, meta.issuer) == ("皖政〔2001〕85號", "安徽省人民政府")
    # a look-alike: the title line alone, then the recipients on their own line, is read as before
    meta = first("县人民政府关于做好防汛工作的通知\n(县政发〔2021〕5号)\n各乡镇人民政府:\n一、巡查河道。\n")
    assert (meta.title, meta.doc_number) == ("县人民政府关于做好防汛工作的通知", "县政发〔2021〕5号")


def test_a_question_heading_over_a_template_is_no_title():
    """015: a 范文 site asks 小学通知格式怎么样? over the notice it shows, which prints no title of its own."""
    assert first(sweep_page("015")).title is None
    meta = first("县教育局关于做好暑假工作的通知\n各学校:\n一、做好安全教育。\n")
    assert meta.title == "县教育局关于做好暑假工作的通知"


def test_the_line_under_a_summary_label_is_the_sites_summary():
    """025: 内容提要 alone on its line over 刚刚 国务院办公厅公布了…; the page prints no title of the notice."""
    meta = first(sweep_page("025"))
    assert meta.title is None and meta.issuer == "国务院办公厅"
    # without the label the same kind of line under a title leaves the title alone
    meta = first("国务院办公厅关于2024年部分节假日安排的通知\n各省、自治区、直辖市人民政府:\n一、元旦:1月1日放假。\n")
    assert meta.title == "国务院办公厅关于2024年部分节假日安排的通知"


def test_an_exam_sites_question_label_is_no_part_of_title_or_issuer():
    """009: 问题 and a run of spaces before the title of a model answer."""
    meta = first(sweep_page("009"))
    assert meta.title == "××省人民政府关于表彰全省民族团结进步模范个人的决定"
    assert meta.issuer == "××省人民政府"
    # 问题 as the first word of a title's subject stays
    meta = first("县人民政府关于问题清单整改的通知\n各乡镇:\n一、整改。\n")
    assert meta.title == "县人民政府关于问题清单整改的通知"


def test_an_image_placeholder_ends_a_title_block_and_the_plan_under_a_news_report_is_the_document():
    """037: 图片 between the headline and the report; the plan's own title printed alone under the lead."""
    meta = first(sweep_page("037"))
    assert meta.title == "大理州推进乡村建设行动实施方案"
    assert meta.issuer == "中共大理州委办公室 大理州人民政府办公室"


def test_a_notice_glued_after_a_reports_full_text_line():
    """020: a news copy with its line breaks lost: …全文如下:国务院办公厅关于成立…的通知各省、…:为加强…"""
    meta = first(sweep_page("020"))
    assert meta.title == "国务院办公厅关于成立第一次全国地理国情普查领导小组的通知"
    assert meta.issuer == "国务院办公厅"
    assert meta.recipients[0] == "各省、自治区、直辖市人民政府"


def test_template_numbers_and_collection_headings_are_no_part_of_a_title():
    """072, 073, 076, 081: 『范文21』, 篇1, a bare 1 after the type, …合集15篇, (通用15篇); 057: …预案目录."""
    assert first(sweep_page("072")).title == "实行交通管制的通告"
    assert first(sweep_page("073")).title == "交通管制通告"
    assert first(sweep_page("076")).title is None
    assert first(sweep_page("081")).title == "國慶節期間的交通通告"
    assert first(sweep_page("057")).title == "涿鹿县煤矿事故灾难应急预案"
    # a number that is the subject's own stays: 关于2023年1号文件的通知; a 目录 that is a title's own type stays
    assert first("关于落实2023年1号文件的通知\n各乡镇:\n一、落实。\n").title == "关于落实2023年1号文件的通知"


def test_a_row_of_tags_and_a_templates_label_are_no_title():
    """055: 实施方案 体检评估工作实施方案 住房抗震改造工作实施方案 is the page's tags; 范文资料: labels the title."""
    assert first(sweep_page("055")).title == "全县重大政策宣传解读工作实施方案"
    # a title a copy spaced out (关于印发 《…方案》 的通知) is no tag row: its parts are no titles
    meta = first("县人民政府关于印发 《县防汛工作实施方案》 的通知\n各乡镇:\n一、做好备汛。\n")
    assert meta.title == "县人民政府关于印发《县防汛工作实施方案》的通知"


def test_a_heading_run_into_the_next_gives_way_to_the_heading_alone():
    """074: 新乡长垣市关于实施交通管制的通告(长垣市交通管理局) glued to 关于实施交通管制的通告 under a time-stamp line."""
    meta = first(sweep_page("074"))
    assert meta.title == "新乡长垣市关于实施交通管制的通告(长垣市交通管理局)"
    assert meta.issuer == "长垣市公安局"
