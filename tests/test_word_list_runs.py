"""A list of a lower heading level split where another list's items interrupt it (（一）, its 1. 2., then （二） in a
list of its own that starts at 一): how LibreOffice reads a Word 97 file's lists (its own .doc export of the
format parity set's bb01 and bb02 reads so). The split list goes on with its form's count under the same heading;
a higher heading, a typed one, or an attachment's first line starts it anew, as does the text's own restart with
no lower items between."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml

from pipeline.read import read_source

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FORMS = {"一、": ("chineseCounting", "%1、"), "（一）": ("chineseCounting", "（%1）"), "1.": ("decimal", "%1.")}


def word_file(path, paragraphs: list[tuple[str | None, str]]) -> str:
    """A DOCX whose every numbered paragraph is in a list of its own (one abstract each, starting at 1, no start
    override), as LibreOffice reads back a split list; (form, text), form None for a plain paragraph. Returns the
    text read."""
    document = docx.Document()
    abstracts, nums = [], []
    for form, text in paragraphs:
        p = document.add_paragraph(text)
        if form is None:
            continue
        number = len(nums) + 1
        fmt, lvl_text = FORMS[form]
        abstracts.append(f'<w:abstractNum w:abstractNumId="{number}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                         f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/><w:suff w:val="nothing"/></w:lvl>'
                         f'</w:abstractNum>')
        nums.append(f'<w:num w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>')
        p._p.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'))
    document.part.numbering_part._element = parse_xml(f'<w:numbering {W_NS}>{"".join(abstracts)}{"".join(nums)}</w:numbering>')
    document.save(path)
    return read_source(path).text


def test_a_list_split_by_a_lower_list_goes_on_under_the_same_heading(tmp_path):
    text = word_file(tmp_path / "split.docx", [
        ("一、", "政务服务一网通办"), ("（一）", "一体化政务服务平台建设"), ("1.", "推进事项网上办理"),
        ("1.", "推进数据共享"), ("（一）", "政务服务便民热线升级"), ("1.", "提升热线服务水平"),
        ("一、", "政府治理一网统管"), ("（一）", "探索数字财政应用场景")])
    assert [line[:4] for line in text.splitlines() if line] == [
        "一、政务", "（一）一", "1.推进", "2.推进", "（二）政", "1.提升", "二、政府", "（一）探"]


def test_a_higher_heading_typed_or_an_attachment_starts_the_list_anew(tmp_path):
    text = word_file(tmp_path / "restarts.docx", [
        ("（一）", "总体目标"), ("1.", "到2025年"), (None, "二、主要任务"), ("（一）", "完善制度"),
        ("1.", "健全机制"), (None, "附件"), (None, "考评指标"), ("（一）", "平台建设"), ("1.", "事项办理"),
        (None, "第二条 申请条件。"), ("一、", "家庭成员具有本市常住户口"), ("（一）", "享受最低生活保障"),
        (None, "第三条 认定标准。"), ("一、", "家庭单位认定")])
    assert [line[:4] for line in text.splitlines() if line] == [
        "（一）总", "1.到2", "二、主要", "（一）完", "1.健全", "附件", "考评指标", "（一）平", "1.事项",
        "第二条 ", "一、家庭", "（一）享", "第三条 ", "一、家庭"]


def test_the_texts_own_restart_with_no_lower_items_between_stays(tmp_path):
    """（一）（二） then a paragraph and （一） again: the text restarts its list there (its heading lost), no lower
    list interrupted it."""
    text = word_file(tmp_path / "own_restart.docx", [
        ("（一）", "家庭保障人口为3人户及以上"), ("（一）", "2人户中2人均年满18周岁"), (None, "轮候家庭情况发生变化的，应当申报。"),
        ("（一）", "家庭保障人口与户型对应")])
    assert [line[:3] for line in text.splitlines() if line] == ["（一）", "（二）", "轮候家", "（一）"]
