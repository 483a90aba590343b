"""Reading real files: text encodings, DOCX (with Word numbering and tables), PDF, HTML, and the
malformed files the reader must refuse with a message a person understands.

The fixtures under tests/fixtures/ are made by scripts/make_fixtures.py (LibreOffice printed the
PDFs); these tests only read them.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import numpy as np
import pypdfium2 as pdfium
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

import pipeline.read.word as read_docx
import pipeline.read.pdf as read_pdf
from pipeline.read.pdf_chars import SPACES, page_chars, spaces_as_blanks
from pipeline.read.pdf_tables import page_tables, table_rows
from pipeline.read.word_number_formats import format_number
from pipeline.read import (
    ReadError,
    Source,
    decode_text,
    fix_extracted_spacing,
    page_of,
    read_source,
    sniff_format,
    table_to_paragraphs,
)

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))
SAMPLE = CORPUS / "000_e8ac68d63b2ecc9f.txt"

CJK = r"[\u4e00-\u9fff]"
LABEL_AT_START = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[．.]|[①-⑳]|[一二三四五六七八九十]+要)"
)


def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def plain(text: str) -> str:
    return text.replace("**", "")


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in plain(text).split("\n") if ln.strip()]


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", plain(text))


def assert_labels_in_order(text: str, stem: str) -> None:
    """Every gold measure starts a line, in document order, and its key is in the text."""
    lines = lines_of(text)
    flat = squeeze(text)
    i = 0
    for doc in gold(stem)["documents"]:
        for m in doc["measures"]:
            label = m["label"]
            # the key is in the item's heading line or in the paragraph after it
            while i < len(lines) and not (
                lines[i].startswith(label) and squeeze(m["key"]) in squeeze("".join(lines[i : i + 2]))
            ):
                i += 1
            assert i < len(lines), f"{stem}: measure {label} {m['key']} not found in order"
            assert squeeze(m["key"]) in flat
            i += 1


# --------------------------------------------------------------------------------------------
# text files


@pytest.mark.parametrize(
    "name", ["000_gb18030.txt", "000_utf16_bom.txt", "000_utf16be_nobom.txt", "000_utf8_bom.txt", "000_crlf.md"]
)
def test_encodings_give_the_utf8_text(name):
    want = read_source(SAMPLE)
    got = read_source(FIX / "text" / name)
    assert got.text == want.text
    assert got.format == ("md" if name.endswith(".md") else "txt")
    assert got.sha256 == hashlib.sha256((FIX / "text" / name).read_bytes()).hexdigest()
    assert got.page_starts == [] and page_of(got, 10) is None


def test_text_file_is_kept_as_written():
    s = read_source(SAMPLE)
    assert s.format == "txt"
    assert s.text == SAMPLE.read_text(encoding="utf-8")  # the normaliser, not the reader, repairs it
    assert s.path == str(SAMPLE)


def test_gb18030_text_saved_as_pdf_is_read_as_text():
    s = read_source(FIX / "bad" / "text_saved_as.pdf")
    assert s.format == "txt"
    assert s.text == read_source(SAMPLE).text
    assert s.meta["encoding"] == "gb18030"


def test_decode_prefers_gb18030_for_short_gbk():
    text, enc = decode_text("x.txt", "关于做好春耕工作的通知".encode("gbk"))
    assert text == "关于做好春耕工作的通知" and enc == "gb18030"


def test_utf16_without_bom_little_endian():
    text, enc = decode_text("x.txt", "各乡镇：\n现将方案印发给你们。".encode("utf-16-le"))
    assert text == "各乡镇：\n现将方案印发给你们。"


# --------------------------------------------------------------------------------------------
# DOCX of the samples


@pytest.mark.parametrize("stem", STEMS)
def test_sample_docx_has_every_label_and_title(stem):
    s = read_source(FIX / "docx" / f"{stem}.docx")
    assert s.format == "docx" and s.page_starts == []
    assert_labels_in_order(s.text, stem)
    for doc in gold(stem)["documents"]:
        assert squeeze(doc["title"]) in squeeze(s.text)
        if doc["doc_number"]:
            assert doc["doc_number"] in s.text
    assert "[bookmark" not in s.text and not re.search(r"^#", s.text, re.M)
    assert "— 1 —" not in s.text  # footers are not body text


def test_docx_page_break_damage_is_repaired():
    s = read_source(FIX / "docx" / "000_e8ac68d63b2ecc9f.docx")
    assert "坚定“四个自信”" in s.text
    assert "动态掌握贫困户身体状况" in s.text


def test_docx_leading_bold_run_is_marked():
    s = read_source(FIX / "docx" / "003_067caed35b760fe4.docx")
    assert any(
        ln.startswith("**一要提高政治站位。**各地各部门要始终把脱贫攻坚作为极其重大的政治任务") for ln in s.text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# DOCX with Word automatic numbering and a task table

AUTO_LABELS = ["一、", "（一）", "（二）", "二、", "（一）", "1.", "2.", "（二）", "1.", "①", "②", "2.",
               "三、", "（一）", "（二）"]
AUTO_ROWS = [
    "1．推行企业开办全程网上办理，将企业开办时间压缩至1个工作日以内。"
    "（责任单位：市市场监管局牵头，市税务局、市公安局配合）（完成时限：2021年6月底前）",
    "2．工程建设项目审批实行“一张表单”，全流程审批时间压缩至80个工作日以内。"
    "（责任单位：市发展改革委牵头，市财政局配合）（完成时限：2021年6月底前）",
    "3．推进不动产登记、交易和缴税“一窗受理、并行办理”，一般登记3个工作日内办结。"
    "（责任单位：市自然资源局）（完成时限：2021年9月底前）",
    "4．建立涉企政策“免申即享”清单，年内兑现资金不少于2000万元。"
    "（责任单位：市政务服务局牵头，各区县人民政府配合）（完成时限：2021年12月底前）",
]


def auto_labels(text: str) -> list[str]:
    out = []
    for ln in lines_of(text):
        m = re.match(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.(?!\d)|[①-⑳])", ln)
        if m:
            out.append(m[0])
    return out


def test_auto_numbered_docx_labels_and_table():
    s = read_source(FIX / "docx" / "auto_numbered.docx")
    assert auto_labels(s.text) == AUTO_LABELS
    lines = lines_of(s.text)
    assert "一、总体要求" in lines and "1.推行政务服务事项“一网通办”，6月30日前实现高频事项全程网办。（责任单位：市政务服务局）" in lines
    assert "**（一）指导思想。**以企业和群众办事便利为导向，对标先进地区，持续深化“放管服”改革。" in s.text.split("\n")
    for row in AUTO_ROWS:
        assert row in lines
    assert "序号" not in s.text  # the header row is not a measure
    assert "内部资料" not in s.text  # page header
    assert "请核对引用文号" not in s.text  # comment


def test_docx_saved_as_pdf_is_read_as_docx():
    s = read_source(FIX / "bad" / "docx_saved_as.pdf")
    assert s.format == "docx"
    assert s.text == read_source(FIX / "docx" / "auto_numbered.docx").text


# --------------------------------------------------------------------------------------------
# DOCX numbering rules, on documents built here

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _element(tag: str, **attributes):
    """A WordprocessingML element with ``w:``-prefixed attributes."""
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def build_docx(tmp_path, abstract_xml: list[str], nums: list[tuple[int, int, dict]], paras, styles=None) -> Path:
    """A DOCX with the given abstractNums, nums (numId, abstractNumId, {ilvl: startOverride}) and
    paragraphs (text, numId or None, ilvl, style)."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    first = numbering.find(qn("w:num"))
    for xml in abstract_xml:
        el = etree.fromstring(f'<w:abstractNum xmlns:w="{W}" {xml}</w:abstractNum>')
        if first is not None:
            first.addprevious(el)
        else:
            numbering.append(el)
    for nid, aid, overrides in nums:
        num = _element("w:num", numId=nid)
        num.append(_element("w:abstractNumId", val=aid))
        for il, start in overrides.items():
            override = _element("w:lvlOverride", ilvl=il)
            override.append(_element("w:startOverride", val=start))
            num.append(override)
        numbering.append(num)
    for text, nid, il, style in paras:
        p = d.add_paragraph(text, style=style)
        if nid is not None:
            numbering_properties = OxmlElement("w:numPr")
            numbering_properties.append(_element("w:ilvl", val=il))
            numbering_properties.append(_element("w:numId", val=nid))
            p._p.get_or_add_pPr().append(numbering_properties)
    if styles:
        styles(d)
    path = tmp_path / "n.docx"
    d.save(path)
    return path


def lvl(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}<w:suff w:val="nothing"/></w:lvl>')


def test_numbering_restart_override_and_shared_lists(tmp_path):
    abstract = ['w:abstractNumId="50">' + lvl(0, "chineseCounting", "%1、") + lvl(1, "decimal", "%2.")
                + lvl(2, "decimalEnclosedCircle", "%3", extra='<w:lvlRestart w:val="0"/>')]
    path = build_docx(
        tmp_path,
        abstract,
        [(60, 50, {}), (61, 50, {}), (62, 50, {0: 1})],
        [
            ("甲", 60, 0, None), ("a", 60, 1, None), ("b", 60, 1, None), ("x", 60, 2, None),
            ("乙", 61, 0, None),  # same abstract list, no override: continues (二、)
            ("c", 61, 1, None),  # level 1 restarts after a level-0 item
            ("y", 61, 2, None),  # lvlRestart 0: never restarts
            ("重新开始", 62, 0, None),  # startOverride: a new list from 一
            ("无编号", None, 0, None),
        ],
    )
    assert read_source(path).text.split("\n") == ["一、甲", "1.a", "2.b", "①x", "二、乙", "1.c", "②y", "一、重新开始", "无编号"]


def test_a_list_split_at_its_next_item_continues(tmp_path):
    """LibreOffice reads a Word 97 list whose numbering restarts as one list an item (each its own list instance
    of the same form, no start override): an item right after an item of a list of the same form continues its
    numbering. A paragraph between them, an explicit start override, or another form starts anew."""
    same = ['w:abstractNumId="90">' + lvl(0, "chineseCounting", "%1、"), 'w:abstractNumId="91">' + lvl(0, "chineseCounting", "%1、"),
            'w:abstractNumId="92">' + lvl(0, "chineseCounting", "（%1）")]
    path = build_docx(
        tmp_path, same, [(95, 90, {}), (96, 91, {}), (97, 91, {0: 1}), (98, 92, {})],
        [("第三条 认定标准。", None, 0, None), ("家庭单位认定", 95, 0, None), ("现居住面积认定", 96, 0, None),
         ("第四条 申请程序。", None, 0, None), ("提出申请", 96, 0, None),  # after a paragraph: its own list goes on
         ("重新开始", 97, 0, None),  # told to start anew
         ("另一种编号", 98, 0, None)],  # another form
    )
    assert read_source(path).text.split("\n") == ["第三条 认定标准。", "一、家庭单位认定", "二、现居住面积认定", "第四条 申请程序。",
                                                "三、提出申请", "一、重新开始", "（一）另一种编号"]


def test_numbering_from_paragraph_style_and_big_ordinals(tmp_path):
    abstract = ['w:abstractNumId="70">' + lvl(0, "chineseCountingThousand", "（%1）", start=9)
                + lvl(1, "decimal", "%1.%2", extra='<w:isLgl/>')]

    def styles(d):
        st = d.styles["Heading 2"]
        ppr = st.element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        a = OxmlElement("w:numId")
        a.set(qn("w:val"), "80")
        numpr.append(a)
        ppr.append(numpr)

    path = build_docx(
        tmp_path, abstract, [(80, 70, {})],
        [("第九项", None, 0, "Heading 2"), ("第十项", None, 0, "Heading 2"), ("第十一项", None, 0, "Heading 2"),
         ("细项", 80, 1, None)],
        styles=styles,
    )
    assert read_source(path).text.split("\n") == ["（九）第九项", "（十）第十项", "（十一）第十一项", "11.1细项"]


def test_format_number():
    f = format_number
    assert [f(n, "chineseCounting") for n in (1, 10, 11, 20, 24, 99)] == ["一", "十", "十一", "二十", "二十四", "九十九"]
    assert [f(n, "chineseCountingThousand") for n in (12, 100, 101, 110, 1001)] == ["十二", "一百", "一百零一", "一百一十", "一千零一"]
    assert f(3, "decimalEnclosedCircle") == "③" and f(21, "decimalEnclosedCircle") == "21"
    assert f(4, "upperRoman") == "IV" and f(28, "lowerLetter") == "bb" and f(5, "decimalZero") == "05"
    assert f(3, "ideographTraditional") == "丙" and f(2, "chineseLegalSimplified") == "贰"


def test_docx_tables_in_document_order_and_plain_tables(tmp_path):
    d = docx.Document()
    d.add_paragraph("前文")
    t = d.add_table(rows=2, cols=3)
    for j, v in enumerate(["姓名", "单位", "电话"]):
        t.cell(0, j).text = v
    for j, v in enumerate(["张三", "市扶贫办", "12345"]):
        t.cell(1, j).text = v
    d.add_paragraph("后文")
    t2 = d.add_table(rows=3, cols=5)
    for j, v in enumerate(["序号", "工作任务", "牵头单位", "配合单位", "时间节点"]):
        t2.cell(0, j).text = v
    t2.cell(1, 0).merge(t2.cell(1, 4)).text = "一、加强组织领导"
    for j, v in enumerate(["1", "建立工作机制", "市委办", "市政府办\n市财政局", "2021年3月"]):
        t2.cell(2, j).text = v
    path = tmp_path / "t.docx"
    d.save(path)
    assert read_source(path).text.split("\n") == [
        "前文", "姓名　单位　电话", "张三　市扶贫办　12345", "后文", "一、加强组织领导",
        "1．建立工作机制（牵头单位：市委办；配合单位：市政府办；市财政局）（完成时限：2021年3月）",
    ]


def test_docx_hidden_deleted_and_textbox_text(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("可见")
    r = p.add_run("隐藏")
    r.font.hidden = True
    dele = etree.fromstring(f'<w:del xmlns:w="{W}" w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>')
    p._p.append(dele)
    ins = etree.fromstring(f'<w:ins xmlns:w="{W}" w:id="2" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>')
    p._p.append(ins)
    path = tmp_path / "h.docx"
    d.save(path)
    assert read_source(path).text == "可见插入"


# --------------------------------------------------------------------------------------------
# PDF


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [re.sub(r"[\s“”]", "", pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.parametrize("stem", STEMS + ["auto_numbered"])
def test_pdf_text(stem):
    path = FIX / "pdf" / f"{stem}.pdf"
    s = read_source(path)
    assert s.format == "pdf"
    text = s.text
    # no page-number footers or running headers
    assert not re.search(r"^[—–\-\s]*\d+[—–\-\s]*$", text, re.M)
    assert "内部资料" not in text
    # no space inside CJK words, 文号 intact
    assert not re.search(f"{CJK} +{CJK}", text)
    assert not re.search(r"〕\s+\d|\d\s+号", text)
    # the same paragraphs as the DOCX it was printed from
    from_docx = lines_of(read_source(FIX / "docx" / f"{stem}.docx").text)
    assert len(lines_of(text)) == len(from_docx)
    assert squeeze(text).replace(" ", "") == "".join(squeeze(x) for x in from_docx).replace(" ", "")


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_labels_titles_and_numbers(stem):
    s = read_source(FIX / "pdf" / f"{stem}.pdf")
    assert_labels_in_order(s.text, stem)
    for doc in gold(stem)["documents"]:
        assert squeeze(doc["title"]).replace(" ", "") in squeeze(s.text)
        if doc["doc_number"]:
            assert doc["doc_number"] in s.text


def test_pdf_docnumbers_and_joined_lines():
    s = read_source(FIX / "pdf" / "001_ba4d4d4b2a22ff08.pdf")
    assert "泾扶组〔2020〕2号" in s.text and "（国开发〔2020〕3号）" in s.text
    assert "一、深化思想认识，坚决打赢疫情防控阻击战和脱贫攻坚战" in s.text.split("\n")
    s = read_source(FIX / "pdf" / "000_e8ac68d63b2ecc9f.pdf")
    assert "闽扶办〔2020〕4号" in s.text.split("\n")
    assert "做到“两个维护”，一手抓疫情防控" in s.text  # quotes back in reading order


@pytest.mark.parametrize("stem", STEMS + ["auto_numbered"])
def test_pdf_page_starts_and_page_of(stem):
    path = FIX / "pdf" / f"{stem}.pdf"
    s = read_source(path)
    raw = pdf_pages(path)
    assert len(s.page_starts) == len(raw)
    assert s.page_starts[0] == 0 and s.page_starts == sorted(s.page_starts)
    for k, start in enumerate(s.page_starts):
        if not raw[k] or re.fullmatch(r"[—\d]+", raw[k]):
            continue  # an empty page
        head = re.sub(r"[\s“”]", "", s.text[start : start + 10])
        assert head and head[:6] in raw[k], f"page {k + 1} starts with {head!r}"
        assert page_of(s, start) == k + 1
    assert page_of(s, 0) == 1
    assert page_of(s, len(s.text)) == len(raw)
    assert page_of(s, -1) is None


def test_pdf_task_table():
    s = read_source(FIX / "pdf" / "auto_numbered.pdf")
    lines = lines_of(s.text)
    for row in AUTO_ROWS:
        assert row in lines
    assert auto_labels(s.text) == AUTO_LABELS


def test_page_of_without_pages():
    s = Source("x.txt", "txt", "0" * 64, "abc", [], {})
    assert page_of(s, 1) is None
    s = Source("x.pdf", "pdf", "0" * 64, "aaa\nbbb\nccc", [0, 4, 8], {})
    assert [page_of(s, i) for i in (0, 3, 4, 7, 8, 11)] == [1, 1, 2, 2, 3, 3]


# --------------------------------------------------------------------------------------------
# HTML

HTML_META = {
    "index_number": "11350100MB1234567X/2021-00123",
    "topic": "农业、林业、水利\\农业生产",
    "page_issuer": "明州市人民政府办公室",  # printed in the text too: the document stage decides the issuer
    "signed_date": "2021-03-05",
    "title": "明州市人民政府办公室关于做好2021年春季农业生产工作的通知",
    "doc_number": "明政办〔2021〕15号",
    "published_date": "2021-03-08",
}


@pytest.mark.parametrize("name", ["gov_notice.html", "gov_notice_gbk.html"])
def test_html_meta_and_body(name):
    s = read_source(FIX / "html" / name)
    assert s.format == "html" and s.page_starts == []
    for k, v in HTML_META.items():
        assert s.meta[k] == v, k
    # the information table leads the text, one 标签：值 line each, as a page copied by hand does
    head, _, body = s.text.partition("\n\n")
    assert head.split("\n") == ["索引号：11350100MB1234567X/2021-00123", "主题分类：农业、林业、水利\\农业生产",
                                "发文机关：明州市人民政府办公室", "成文日期：2021年03月05日",
                                "标题：明州市人民政府办公室关于做好2021年春季农业生产工作的通知",
                                "发文字号：明政办〔2021〕15号", "发布日期：2021年03月08日"]
    lines = body.split("\n")
    assert lines[0] == "明政办〔2021〕15号"
    assert "各区县人民政府，市政府各部门：" in lines
    assert lines[3].startswith("一、稳定粮食播种面积。各区县要将粮食生产目标任务分解到乡镇")
    assert "（二）做好病虫害监测预警，重大病虫害发生后24小时内上报。" in lines
    assert "各级市场监管部门要加强农资质量抽检，每月通报一次。" in lines  # <br> splits
    assert "“R&D”" in s.text  # entities decoded
    for junk in ("首页", "当前位置", "版权所有", "siteName", "统计代码", "脚本", "分享到", "打印", "相关链接",
                 "搜索", "字体", "<", "&nbsp;", "&amp;"):
        assert junk not in s.text, junk


def test_html_gbk_equals_utf8():
    a = read_source(FIX / "html" / "gov_notice.html")
    b = read_source(FIX / "html" / "gov_notice_gbk.html")
    assert a.text == b.text and b.meta["encoding"] == "gb18030"


def test_html_without_metadata_uses_largest_block(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(
        "<html><body><div class='menu'>首页 新闻</div><div><p>关于开展检查的通知</p><p>各单位：</p>"
        "<p>一、检查内容。对2021年项目开展检查。</p><table><tr><td>序号</td><td>主要任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>制定方案</td><td rowspan='2'>市发改委</td></tr><tr><td>2</td><td>组织实施</td></tr>"
        "</table></div><div class='footer'>版权</div></body></html>",
        encoding="utf-8",
    )
    s = read_source(p)
    assert s.format == "html"
    assert s.text.split("\n") == [
        "关于开展检查的通知", "各单位：", "一、检查内容。对2021年项目开展检查。",
        "1．制定方案（责任单位：市发改委）", "2．组织实施（责任单位：市发改委）",
    ]


# --------------------------------------------------------------------------------------------
# malformed files


@pytest.mark.parametrize(
    "name, problem",
    [
        ("empty.txt", "is empty"),
        ("truncated.docx", "truncated or damaged DOCX"),
        ("not_word.docx", "without word/document.xml"),
        ("junk.txt", "unknown text encoding / binary content"),
        ("encrypted.pdf", "encrypted"),
        ("scanned.pdf", "has no text layer and OCR found no text on its pages"),  # drawn bars, no characters
        ("fake.pdf", "not a valid PDF"),
    ],
)
def test_malformed_files_raise_read_error(name, problem):
    path = FIX / "bad" / name
    if not path.exists():
        pytest.skip(f"{name} was not generated")
    with pytest.raises(ReadError) as e:
        read_source(path)
    msg = str(e.value)
    assert name in msg and problem in msg
    assert e.value.path == str(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="directory"):
        read_source(tmp_path)


def test_binary_junk_without_nul_bytes(tmp_path):
    import random

    rnd = random.Random(3)
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(rnd.randrange(1, 256) for _ in range(3000)))
    with pytest.raises(ReadError, match="unknown text encoding"):
        read_source(p)


def test_file_over_100_mb(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(100 * 1024 * 1024 + 1)  # sparse: no disk used
    with pytest.raises(ReadError, match=r"huge\.txt.*too large"):
        read_source(p)


def test_docx_unpacked_size_limit(monkeypatch):
    monkeypatch.setattr(read_docx, "DOCX_MAX_UNCOMPRESSED", 10_000)
    with pytest.raises(ReadError, match="too large when unpacked"):
        read_source(FIX / "docx" / "auto_numbered.docx")


def test_zip_bomb_docx_is_refused_before_unpacking(tmp_path):
    p = tmp_path / "bomb.docx"
    src = (FIX / "docx" / "auto_numbered.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
    # rewrite the declared size of one entry in the central directory to 300 MB
    data = bytearray(p.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (300 * 1024 * 1024).to_bytes(4, "little")
    p.write_bytes(bytes(data))
    with pytest.raises(ReadError, match="too large when unpacked"):
        read_source(p)


def test_pdf_page_limit(monkeypatch):
    monkeypatch.setattr(read_pdf, "PDF_MAX_PAGES", 3)
    with pytest.raises(ReadError, match=r"too large \(5 pages"):
        read_source(FIX / "pdf" / "000_e8ac68d63b2ecc9f.pdf")


def test_old_word_doc_is_named(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError, match="old binary Word"):
        read_source(p)


# --------------------------------------------------------------------------------------------
# helpers


def test_sniffing_by_content():
    assert sniff_format(b"%PDF-1.4\n...") == "pdf"
    assert sniff_format(b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff_format(b"  <html>\n<head></head><body><p>x</p></body></html>") == "html"
    assert sniff_format("一、要求 a<b 且 c>d".encode()) == "text"


def test_fix_extracted_spacing():
    f = fix_extracted_spacing
    assert f("国开发〔2020〕3 号") == "国开发〔2020〕3号"
    assert f("国开发〔 2 0 2 0 〕 3 号") == "国开发〔2020〕3号"
    assert f("2 0 2 0 年 3 月") == "2020年3月"
    assert f("脱贫 攻坚 工作") == "脱贫攻坚工作"
    assert f("the Belt and Road 倡议") == "the Belt and Road 倡议"
    assert f("电话 1 2 3") == "电话 1 2 3"  # not a clear case: left alone


def test_table_with_split_lead_and_cooperating_columns():
    rows = [["序号", "重点任务", "责任单位", ""], ["", "", "牵头单位", "配合单位"],
            ["1", "完善制度", "市司法局", "市财政局"], ["2", "开展培训", None, "各区县"]]
    assert table_to_paragraphs(rows) == [
        "1．完善制度（牵头单位：市司法局；配合单位：市财政局）",
        "2．开展培训（牵头单位：市司法局；配合单位：各区县）",
    ]


def test_strict_ooxml_docx_is_read(tmp_path):
    """A "Strict Open XML" DOCX (other namespace names, python-docx refuses it) reads the same."""
    src = FIX / "docx" / "auto_numbered.docx"
    p = tmp_path / "strict.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                blob = blob.replace(W.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            zout.writestr(info, blob)
    assert read_source(p).text == read_source(src).text


def test_whitespace_only_and_mhtml(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b" \r\n\t\r\n")
    with pytest.raises(ReadError, match=r"blank\.txt: the file is empty"):
        read_source(p)
    p = tmp_path / "page.mht"
    p.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n")
    with pytest.raises(ReadError, match="MHTML"):
        read_source(p)


def test_pdf_spaces_are_the_whitespace_characters_kept():
    """SPACES, the code points a PDF character is read as " " for, is every code point that
    str.isspace() holds among those page_chars keeps (tab, space, and the printable range outside
    surrogates and private use)."""
    def kept(u: int) -> bool:
        return u in (9, 0x20) or 0x21 <= u < 0xD800 or 0xF8FF < u < 0xFFFD or u > 0xFFFF

    assert SPACES == {u for u in range(0x110000) if kept(u) and chr(u).isspace()}


def test_spaces_are_read_as_blanks_in_bulk():
    """spaces_as_blanks turns every code of SPACES into " " and leaves every other code as it is."""
    codes = np.arange(0x110000, dtype=np.uint32)
    blanked = spaces_as_blanks(codes.copy())
    assert blanked.tolist() == [0x20 if u in SPACES else u for u in range(0x110000)]


def test_pdf_tables_are_pdfplumbers():
    """The ruled table read from pdfium's paths and characters is the one pdfplumber itself finds
    (pdfplumber.open, pdfminer parsing the page): same cells, same texts."""
    import pdfplumber

    path = FIX / "pdf" / "auto_numbered.pdf"
    pdf = pdfium.PdfDocument(path)
    with pdfplumber.open(path) as pl:
        found = 0
        for i, pl_page in enumerate(pl.pages):
            page = pdf[i]
            height = page.get_size()[1]
            chars, _ = page_chars(page)
            ours, _ = page_tables(page, chars, i, height)
            theirs = [
                table_rows([r.cells for r in t.rows], t.extract()) for t in pl_page.find_tables()
            ]
            assert [t.rows for t in ours] == theirs
            found += len(ours)
    pdf.close()
    assert found == 1
