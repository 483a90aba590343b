"""Forms found by held-out set AE (tests/data/realworld/ae*, annotated before the pipeline ran on them) in the document
stage and the unit tables: each test reads a real notice of the set (named in the test) and a look-alike that must keep
its reading, so a fix never takes the general case with it."""

from extractors.unit_forms import bare_cell_table_spans
from extractors.units import find_assignments
from pipeline.document.broken_paragraphs import join_paragraphs
from pipeline.document.normalise import normalise
from pipeline.document.publisher import published_by
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome

from test_real_forms import real


def parsed(text: str):
    return parse(normalise(text).text)[0]


def labels(document) -> list[tuple[str, int]]:
    return [(measure.label, measure.level) for measure in document.measures]


# ------------------------------------------------------------------ glued headings


def test_a_plans_first_heading_and_two_subheadings_after_spaces_are_headings():
    """ae13: …特制定本行动方案。 一、指导思想和工作目标 (一)指导思想 以习近平…幸福感。 (二)工作目标 到2020年… (a plan glued
    into one line after a news lead, cut after its (二)): 一、 and its (一) (二) count up from one together."""
    document = parsed(real("ae13"))
    assert labels(document) == [("一、", 1), ("(一)", 2), ("(二)", 2)]
    assert document.measures[2].heading.startswith("工作目标")
    # a later heading with two (一)(二) after it on a continuation page opens no outline of the copy (j10)
    later = ("[接上页] 各单位要认真组织申报工作,按时报送材料,确保申报工作顺利进行,不得弄虚作假,一经发现取消资格。 四、其它有关事项 "
             "(一)经省教育厅审定后,拟表彰的候选名单将在网站公示一周,公示期间受理来电来访。 (二)请各单位按时将申报材料报送,逾期不再受理。\n")
    assert labels(parsed(later)) == []


# ------------------------------------------------------------------ header


def test_a_browser_pages_own_title_with_its_sites_name_is_chrome():
    """ae08: 《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站 above the title printed again: the page's own
    title is the site's, no part of the notice's title."""
    assert parsed(real("ae08")).meta.title == "《政府工作报告》重点工作部门分工的意见"
    assert is_chrome("关于印发…的通知_中国政府网")
    # a title whose last words after a dash name a grid or a net, not a website, stays a title
    assert not is_chrome("关于加快建设坚强智能电网的意见-国家电网")
    assert not is_chrome("关于印发“十四五”互联网发展规划的通知")


def test_a_column_label_in_brackets_glued_before_the_title_is_no_part_of_it():
    """ae18: 【市政府重点工作及责任分解】滁州市人民政府关于2020年…的通知: the site's column, longer than a short tag, before a
    title naming its subject with 关于."""
    document = parsed(real("ae18"))
    assert document.meta.title == "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"
    assert document.meta.issuer == "滁州市人民政府"
    # a bracketed heading of the same length over no 关于 title is kept as it is printed
    kept = "【市政府重点工作及责任分解工作方案】\n各乡镇人民政府:\n一、加强领导。\n"
    assert parsed(kept).meta.title != "市政府重点工作及责任分解工作方案"


def test_a_tables_header_cells_under_a_title_are_the_body():
    """ae19: 泗洲头镇2024年度重点工作计划二季度执行情况 ⏎ 序号 ⏎ 重点工作 ⏎ 责任 ⏎ 领导 ⏎ 责任 ⏎ 科室 …: the header cells ran on
    into the title (which ends in no document type) and a leading group in the first row was read as the issuer."""
    document = parsed(real("ae19"))
    assert document.meta.title == "泗洲头镇2024年度重点工作计划二季度执行情况"
    assert document.meta.issuer is None
    assert "\n序号\n" in "\n" + normalise(real("ae19")).text
    # short lines that name no columns still join: a title broken over two lines
    text, _, _ = join_paragraphs("泗洲头镇2024年度重点工作计划二季度执行情\n况\n", list(range(32)))
    assert text == "泗洲头镇2024年度重点工作计划二季度执行情况"


def test_a_signature_indented_with_question_marks_is_read():
    """ae11: ????…??? ?泰州市人民政府 ⏎ ????…? 2018年12月24日: non-breaking spaces saved as ?, spaces among them."""
    document = parsed(real("ae11"))
    assert document.meta.issuer == "泰州市人民政府"
    assert document.meta.signed_date == "2018-12-24"
    # a question mark inside a line is the text's own
    assert "是否达标?" in normalise("各单位是否达标?\n").text


def test_a_reports_source_is_its_issuer_when_its_title_opens_with_that_body():
    """ae03: 农业农村局2023年11月承担政府重点工作完成情况 under 来源: 怀远县农业农村局: the bureau reports its own work."""
    assert parsed(real("ae03")).meta.issuer == "怀远县农业农村局"
    info = {"来源": "湘阴县住房和城乡建设局"}
    # a plan printed alone, its source the department that posted it, names no issuer (C9) ...
    assert published_by(info, False, [], "湘阴县城乡环境整治实施方案") is None
    # ... unless its title opens with that body's name, in full or without its place
    assert published_by(info, False, [], "住房和城乡建设局2023年工作总结") == "湘阴县住房和城乡建设局"
    assert published_by(info, False, [], "湘阴县住房和城乡建设局2023年工作总结") == "湘阴县住房和城乡建设局"


# ------------------------------------------------------------------ unit tables


def test_a_table_without_row_numbers_and_a_broken_lead_cell_is_read():
    """ae15: 牵头单位 ⏎ 目   标   任   务 ⏎ 责  任  单  位 ⏎ 市政 ⏎ 府办 ⏎ 公厅 ⏎ 强化行政监督… ⏎ 市直各单位 (a legal database's
    copy of the attached table)."""
    body = normalise(real("ae15")).text
    roles = {(found.raw.replace("\n", ""), found.role) for found in find_assignments(body)}
    assert {("市政府办公厅", "lead"), ("市直各单位", "responsible")} <= roles
    # short pieces that join into no unit stay apart, and a header naming no unit column reads nothing
    assert bare_cell_table_spans("牵头单位\n\n目标任务\n\n责任单位\n\n加强\n\n监督\n\n强化行政监督\n\n市直各单位") == []
    assert bare_cell_table_spans("序号\n\n目标任务\n\n完成时间\n\n市政\n\n府办\n\n公厅\n\n强化行政监督") == []
