"""Forms found by held-out set AD (tests/data/realworld/ad*, annotated before the pipeline ran on them): each test reads a
real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general
case with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from pipeline.document.broken_paragraphs import continues
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.ingest.rows import document_year
from schema.models import DocumentMeta

from test_real_forms import real


def parsed(text: str):
    return parse(normalise(text).text)[0]


def deadlines(text: str, year=None) -> list[tuple[str, str, object]]:
    return [(found.text, found.kind, found.date if found.kind == "deadline" else found.rule)
            for found in find_deadlines(text, year)]


# ------------------------------------------------------------------ header


def test_a_table_copied_one_cell_a_line_is_no_title_block():
    """ad15: 主题词 / 动态;交通运输安全;报送;通知;案例 / 机构分类 / 安全与质量监督管理司 / … / 公文类型 / 部函 under the
    page's title: the cells ran on into a "title" ending with 函; the title is the page's first line."""
    document = parsed(real("ad15"))
    assert document.meta.title == "关于切实加强交通运输安全生产动态信息报送工作的通知"
    assert document.meta.doc_number == "交安委办函〔2010〕4号"
    assert document.meta.issuer is None  # 机构分类 classifies the page by a department: no issuer
    # one label cell alone is no table: the line under it stays a line of the notice (here its title)
    single = "主题词\n关于做好防汛工作的通知\n各乡镇人民政府:\n一、加强领导。\n"
    assert parsed(single).meta.title == "关于做好防汛工作的通知"


def test_a_breadcrumbs_section_printed_over_the_page_is_no_title():
    """ad05: 当前位置 : 首页 > 规章制度 > 正文, then 规章制度 twice over 关于规范校园网公告公示发布的通知: printed most often,
    the section's name is still no title."""
    assert parsed(real("ad05")).meta.title == "关于规范校园网公告公示发布的通知"
    # the breadcrumb's last crumb can be the page's own title: kept
    own = "当前位置: 首页 > 政策文件 > 关于做好防汛工作的通知\n关于做好防汛工作的通知\n各乡镇人民政府:\n一、加强领导。\n"
    assert parsed(own).meta.title == "关于做好防汛工作的通知"


def test_recipients_wrapped_inside_a_units_name_are_joined():
    """ad01: 各鄉鎮人民政府,縣對口有關單位、縣政府有關部門、經濟開發 ⏎ 區管委會:"""
    assert parsed(real("ad01")).meta.recipients == ["各鄉鎮人民政府", "縣對口有關單位", "縣政府有關部門", "經濟開發區管委會"]
    assert continues("各乡镇人民政府,县直有关单位、县政府有关部门、经济开发", "区管委会:")
    # a list whose last name is whole stands alone: the short line after it with a colon is another line
    assert not continues("各乡镇人民政府,县直有关单位、县政府有关部门、开发区管委会", "区管委会:")
    assert not continues("各乡镇人民政府,县直有关单位、县政府有关部门、经济开发", "区管委会要做好以下工作:")


def test_a_zones_committee_named_by_its_kind_is_no_issuer():
    """ad11: 合作区管委会办公室关于成立…的通知 (which 合作区? C9); the zone named in full is one."""
    document = parsed(real("ad11"))
    assert document.meta.issuer is None
    assert document.meta.recipients == ["各镇街", "区直各部门"]
    assert document.meta.doc_number == "丹合管办发〔2017〕8号"
    full = "丹东边境经济合作区管委会办公室关于成立领导小组的通知\n各镇街、区直各部门:\n一、主要职责。\n"
    assert parsed(full).meta.issuer == "丹东边境经济合作区管委会办公室"


def test_a_list_part_with_its_note_in_brackets_is_as_short_as_its_name():
    """ad12: 市各委、办、局(公司) is one entry (局 with its note), 各镇街 a class of places (ad11)."""
    assert split_list("各乡镇人民政府,各园区(街道)管委会(办事处),市各委、办、局(公司),市各直属单位") == [
        "各乡镇人民政府", "各园区(街道)管委会(办事处)", "市各委、办、局(公司)", "市各直属单位"]
    assert split_list("各镇街、区直各部门") == ["各镇街", "区直各部门"]
    # ad04: 各单位、部门, a 各 printed once for no owner: two classes (C6); an owner printed once keeps them one entry
    assert parsed(real("ad04")).meta.recipients == ["各单位", "部门"]
    assert split_list("市直各部门、单位") == ["市直各部门、单位"]
    # a short part's own body name in brackets stays a body of its own
    assert split_list("区政府各委、办、局") == ["区政府各委、办、局"]
    assert split_list("县教育局、县财政局(国资办)") == ["县教育局", "县财政局(国资办)"]


def test_a_one_line_copy_joined_with_space_runs_keeps_its_date_and_articles():
    """ad09: the whole notice on one line, paragraphs set apart by runs of spaces: recipients (a list whose middle names
    are not bodies: 內蒙古吉林、龍江、大興安嶺森工(林業)集團公司), 二〇一一年五月四日, then 第一章 總 則   第一條 為加強…"""
    document = parsed(real("ad09"))
    assert document.meta.signed_date == "2011-05-04"
    assert ("第一條", 1) in [(measure.label, measure.level) for measure in document.measures]


# ------------------------------------------------------------------ citations and deadlines


def test_a_forward_whose_bracket_defines_a_short_form():
    """ad08: 现将《X》(国发〔2000〕25号,以下简称《通知》)转发给你们: forwards, as without the short form."""
    text = real("ad08")
    found = [citation.relation for citation in find_citations(text) if citation.title == "国务院关于加强出入境中介活动管理的通知"]
    assert found[0] == "forwards"  # the mention with its 文号; 按照《通知》要求 later is the same document's basis
    # a 文号 in a bracket of its own (an approval's number) stays cited: the 印发 after it sends the plan, not the approval
    approval = "《永嘉县森林采伐管理改革试点方案》已于2009年7月27日经省林业厅批复同意实施(浙林资批〔2009〕53号),现印发给你们。"
    numbers = {citation.doc_number: citation.relation for citation in find_citations(approval) if citation.doc_number}
    assert numbers["浙林资批〔2009〕53号"] == "cites"


def test_reporting_days_in_odd_months_from_a_month_on():
    """ad03: 2017年1月起,每單月10日前將進展情況表…報送 (a start, then odd months by day 10)."""
    found = deadlines(real("ad03"))
    assert ("2017年1月起", "start", "from 2017年1月") in found
    assert ("每單月10日前", "recurring", "odd months by day 10") in found
    # a month inside a sentence after 于 is no start of a clause
    assert not [item for item in deadlines("该项工作于2017年1月起步。") if item[1] == "start"]


def test_a_campaign_to_the_end_of_this_year_and_a_ban_of_some_hours():
    """ad08: 从现在起至今年年底,各地要…清理整顿; ad01: 2月20日(正月十六)早晨4時至中午12時,全縣范圍內禁止燃燒."""
    assert ("从现在起至今年年底", "deadline", None) in deadlines(real("ad08"))
    assert ("2月20日(正月十六)早晨4時至中午12時", "deadline", "2019-02-20") in deadlines(real("ad01"), 2019)
    assert deadlines("今年年底,全省已建成10个基地。", 2019) == []  # a point in time, no period from now


def test_a_window_the_events_are_counted_over_is_no_limit():
    """ad14: 6个月内发生2次及以上重大安全生产事故 (a condition); 6个月内完成整改 is a limit."""
    assert not [item for item in deadlines(real("ad14")) if item[0] == "6个月内"]
    assert ("6个月内", "relative", "within 6 months") in deadlines("请在6个月内完成整改。")


def test_a_year_a_figure_is_compared_with_is_not_the_documents():
    """ad01: 進入2019年以來,…相較2018年同期有持續升高的趨勢 — no date or 文号: the notice is of 2019 (its ban day's year)."""
    assert document_year(DocumentMeta(), real("ad01")) == 2019
    # two years neither compared: no year can be told
    assert document_year(DocumentMeta(), "进入2019年以来,…2018年的工作已经总结。2月20日前报送。") is None
