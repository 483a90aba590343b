#!/usr/bin/env python
"""Generate the reader test fixtures under tests/fixtures/ (they are committed; tests never run this).

    .venv/bin/python scripts/make_fixtures.py            # everything
    .venv/bin/python scripts/make_fixtures.py --no-pdf   # skip the LibreOffice steps

What it writes:
  docx/<stem>.docx       each sample notice in corpus/ laid out as an official document
  docx/auto_numbered.docx an invented notice using Word automatic numbering and a 任务分工 table
  pdf/<stem>.pdf, pdf/auto_numbered.pdf   the DOCX printed by ``libreoffice --headless``
  html/gov_notice.html   a gov.cn-style page (UTF-8); html/gov_notice_gbk.html the same in GBK
  text/                  sample 000 as GB18030, UTF-16 with and without BOM, UTF-8 with BOM
  bad/                   malformed inputs: empty, truncated DOCX, junk, encrypted/scanned PDF …

Needs python-docx and Pillow (both in the venv); the PDFs need LibreOffice (``apt-get install
libreoffice-writer fonts-noto-cjk``); the encrypted PDF uses LibreOffice's export password and
falls back to qpdf.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIX = ROOT / "tests" / "fixtures"
FIXED_TIME = dt.datetime(2021, 1, 1, 0, 0, 0)

FANGSONG = "仿宋"  # FangSong: body text
HEITI = "黑体"  # SimHei: first-level headings
KAITI = "楷体"  # KaiTi: second-level headings
XBS = "方正小标宋简体"  # title and red header
LATIN = "Times New Roman"

LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|\d+[．.、]|[（(]\d+[）)]|[①-⑳]|"
    r"[一二三四五六七八九十]+[要是]|第[一二三四五六七八九十百]+条)"
)
FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]")
TITLE_END = re.compile(r"(?:通知|要点|方案|意见|办法|决定|报告|规定|细则|通告|公告|批复|函)$")
DOCNO = re.compile(r"^\S{1,20}〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日(?:印发)?$")
TERMINAL = "。！？：；!?:;"


# ----------------------------------------------------------------------------------------------
# turning a sample .txt back into the paragraphs of the document it came from


def clean_lines(text: str) -> list[dict]:
    """Lines of a sample with markdown removed: {text, heading, rule} where rule marks a --- line."""
    out = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"\[bookmark:[^\]]*\]", "", raw).strip()
        if re.fullmatch(r"(?:-{3,}|\*{3,}|_{3,})", line):
            out.append({"text": "", "heading": False, "rule": True})
            continue
        heading = bool(re.match(r"^#{1,6}\s", line))
        line = re.sub(r"^#{1,6}\s*", "", line)
        out.append({"text": line, "heading": heading, "rule": False})
    return out


def visible(s: str) -> str:
    return s.replace("**", "")


def repair(lines: list[dict]) -> list[dict]:
    """Join paragraphs broken by a page break or hard wrap. Conservative: the first part must be
    a long body line not ending a sentence, the next part must not start an item, a field
    (邮箱：) or a heading."""
    paras: list[dict] = []
    for ln in lines:
        if not ln["text"]:
            if ln["rule"]:
                paras.append({"text": "", "heading": False, "rule": True})
            continue
        prev = paras[-1] if paras else None
        if prev and not prev["rule"] and not prev["heading"] and not ln["heading"]:
            pt = visible(prev["text"]).rstrip()
            nt = visible(ln["text"])
            if (
                len(pt) >= 20
                and pt[-1] not in TERMINAL
                and not (pt.endswith("”") and pt[-2:-1] in TERMINAL)
                and not LABEL.match(nt)
                and not FIELD.match(nt)
                and not TITLE_END.search(pt)
                and not DOCNO.match(pt)
                and not (LABEL.match(pt) and "。" not in pt)  # a heading line: 一、总体要求
                and "电话" not in pt[-20:]
            ):
                prev["text"] = prev["text"].rstrip() + ln["text"]
                continue
        paras.append(dict(ln))
    return paras


def roles(paras: list[dict]) -> list[tuple[str, str]]:
    """(role, text) for each paragraph: header, docno, title, body, h1, h2, sign, date, plain."""
    out: list[tuple[str, str]] = []
    i = 0
    n = len(paras)
    while i < n:
        p = paras[i]
        t = p["text"]
        if p["rule"]:
            out.append(("rule", ""))
            i += 1
            continue
        nxt = paras[i + 1]["text"] if i + 1 < n else ""
        vt = visible(t)
        if (vt.endswith("文件") and len(vt) <= 30) or (
            DOCNO.match(visible(nxt)) and len(vt) <= 30 and not DOCNO.match(vt)
        ):
            out.append(("header", vt))
        elif DOCNO.match(vt):
            out.append(("docno", vt))
            # the title: lines up to the recipients line (ends with ：)
            j = i + 1
            while j < n and paras[j]["rule"]:
                j += 1
            title = []
            while j < n and len(title) < 4:
                tj = visible(paras[j]["text"])
                if paras[j]["rule"] or tj.endswith(("：", ":")) or "。" in tj or len(tj) > 80:
                    break
                title.append(tj)
                j += 1
            if title:
                out.append(("title", "".join(title)))
                i = j
                continue
        elif TITLE_END.search(vt) and len(vt) <= 40 and not LABEL.match(vt) and "。" not in vt:
            out.append(("title", vt))
        elif re.match(r"^[一二三四五六七八九十]+、", vt) and len(vt) <= 40 and "。" not in vt:
            out.append(("h1", t))
        elif re.match(r"^[（(][一二三四五六七八九十]+[）)]", vt) and len(vt) <= 40 and "。" not in vt[:-1]:
            out.append(("h2", t))
        elif DATE.match(vt):
            out.append(("date", vt))
        elif vt.endswith("：") and out and out[-1][0] == "title":
            out.append(("recipients", t))
        elif DATE.match(visible(nxt)) and len(vt) <= 30 and "：" not in vt and "。" not in vt:
            out.append(("sign", vt))
        else:
            out.append(("body", t))
        i += 1
    return out


# ----------------------------------------------------------------------------------------------
# python-docx helpers


def set_fonts(run, east: str, size: float | None = None, bold: bool | None = None, color=None, latin=LATIN):
    run.font.name = latin
    rfonts = _rfonts(run._element.get_or_add_rPr())
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:cs"), latin)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _rfonts(rpr):
    """The run properties' font element, created when missing."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    return rfonts


def new_document() -> docx.Document:
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(20)
    normal = d.styles["Normal"]
    normal.font.name = LATIN
    normal.font.size = Pt(16)
    _rfonts(normal.element.get_or_add_rPr()).set(qn("w:eastAsia"), FANGSONG)
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    cp = d.core_properties
    cp.author = "notices fixtures"
    cp.last_modified_by = "notices fixtures"
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    add_page_number_footer(sec)
    return d


def add_field(paragraph, instr: str, placeholder: str, east=FANGSONG, size=14):
    def r(child):
        run = paragraph.add_run()
        set_fonts(run, east, size)
        run._element.append(child)
        return run

    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r(s)
    run = paragraph.add_run(placeholder)
    set_fonts(run, east, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r(e)


def add_page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("— ")
    set_fonts(run, "宋体", 14)
    add_field(fp, "PAGE", "1", east="宋体")
    run = fp.add_run(" —")
    set_fonts(run, "宋体", 14)


def bottom_border(paragraph, color="FF0000", size=12):
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "6")
    bottom.set(qn("w:color"), color)
    bdr.append(bottom)
    ppr.append(bdr)


def add_runs(paragraph, text: str, east=FANGSONG, size=16):
    """Add text, with **bold** spans as bold runs."""
    for i, chunk in enumerate(re.split(r"\*\*", text)):
        if not chunk:
            continue
        run = paragraph.add_run(chunk)
        set_fonts(run, east, size, bold=True if i % 2 == 1 else None)


def body_para(d, text, east=FANGSONG, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = d.add_paragraph()
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    add_runs(p, text, east)
    return p


def header_line(d, text: str):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    size = min(36, int(430 / max(1, len(text))))
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.space_after = Pt(18)
    run = p.add_run(text)
    set_fonts(run, XBS, size, bold=True, color="FF0000")
    return p


def docno_line(d, text: str):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    run = p.add_run(text)
    set_fonts(run, FANGSONG, 16)
    bottom_border(p)
    return p


def title_line(d, text: str):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(18)
    run = p.add_run(text)
    set_fonts(run, XBS, 22, bold=True)
    return p


def save_docx(d: docx.Document, path: Path):
    """Save with fixed ZIP timestamps so that regenerating gives the same bytes."""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = src.read(info.filename)
            if info.filename.endswith(".xml"):  # comment dates and the like: fixed, for stable bytes
                blob = re.sub(rb'w:date="[^"]*"', b'w:date="2021-01-01T00:00:00Z"', blob)
            z.writestr(zi, blob)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------
# the five samples as official documents


def sample_docx(txt: Path, out: Path) -> None:
    paras = repair(clean_lines(txt.read_text(encoding="utf-8")))
    d = new_document()
    first = True
    for role, text in roles(paras):
        if role == "rule":
            continue
        if role == "header":
            p = header_line(d, text)
            # an embedded/forwarded document starts on a new page
            p.paragraph_format.page_break_before = not first
        elif role == "docno":
            docno_line(d, text)
        elif role == "title":
            title_line(d, text)
        elif role == "h1":
            body_para(d, text, east=HEITI)
        elif role == "h2":
            body_para(d, text, east=KAITI)
        elif role == "recipients":
            body_para(d, text, indent=False)
        elif role in ("sign", "date"):
            p = body_para(d, text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(64 if role == "sign" else 48)
        else:
            body_para(d, text)
        first = False
    save_docx(d, out)


# ----------------------------------------------------------------------------------------------
# an invented notice with real Word automatic numbering and a 任务分工 table

NUMBERING_XML = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
    <w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
    <w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="楷体"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/>
    <w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/>
    <w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>
"""
SEQ_XML = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>
    <w:lvlJc w:val="center"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
"""


def add_numbering(d) -> tuple[str, str]:
    """Add the multilevel list (一、/（一）/1./①) and the 序号 list; return their numIds."""
    from lxml import etree

    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    ids = []
    for aid, nid, xml in ((900, 901, NUMBERING_XML), (910, 911, SEQ_XML)):
        an = etree.fromstring(xml.format(aid=aid))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(aid))
        num.append(ref)
        numbering.append(num)
        ids.append(str(nid))
    return ids[0], ids[1]


def numbered(d, num_id: str, ilvl: int, text: str, east=FANGSONG, bold_lead: str | None = None):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Pt(32)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    if bold_lead:
        run = p.add_run(bold_lead)
        set_fonts(run, east, 16, bold=True)
    if text:
        run = p.add_run(text)
        set_fonts(run, east, 16)
    return p


TASKS = [
    ("推行企业开办全程网上办理，将企业开办时间压缩至1个工作日以内。", "市市场监管局牵头，市税务局、市公安局配合", "2021年6月底前"),
    ("工程建设项目审批实行“一张表单”，全流程审批时间压缩至80个工作日以内。", "市发展改革委牵头，市财政局配合", "2021年6月底前"),
    ("推进不动产登记、交易和缴税“一窗受理、并行办理”，一般登记3个工作日内办结。", "市自然资源局", "2021年9月底前"),
    ("建立涉企政策“免申即享”清单，年内兑现资金不少于2000万元。", "市政务服务局牵头，各区县人民政府配合", "2021年12月底前"),
]


def auto_numbered_docx(out: Path) -> None:
    d = new_document()
    multi, seq = add_numbering(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "内部资料　注意保存"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    header_line(d, "明州市人民政府办公室文件")
    docno_line(d, "明政办〔2021〕12号")
    title_line(d, "明州市人民政府办公室关于印发2021年优化营商环境重点任务分工方案的通知")
    body_para(d, "各区县人民政府，市政府各部门：", indent=False)
    intro = body_para(
        d,
        "为深入贯彻《优化营商环境条例》，落实省政府办公厅《关于进一步优化营商环境的若干措施》（省政办〔2020〕45号）"
        "要求，经市政府同意，现就做好2021年优化营商环境工作通知如下：",
    )
    d.add_comment(intro.runs, text="请核对引用文号", author="审核人", initials="SH")

    numbered(d, multi, 0, "总体要求", east=HEITI)
    numbered(d, multi, 1, "以企业和群众办事便利为导向，对标先进地区，持续深化“放管服”改革。", KAITI, bold_lead="指导思想。")
    numbered(d, multi, 1, "到2021年底，全市营商环境评价进入全省前列，企业满意度达到90%以上。", KAITI, bold_lead="工作目标。")
    numbered(d, multi, 0, "重点任务", east=HEITI)
    numbered(d, multi, 1, "", KAITI, bold_lead="优化政务服务。")
    numbered(d, multi, 2, "推行政务服务事项“一网通办”，6月30日前实现高频事项全程网办。（责任单位：市政务服务局）")
    numbered(d, multi, 2, "压缩审批时限，承诺时限比法定时限平均压缩60%以上。（责任单位：市政务服务局、市司法局）")
    numbered(d, multi, 1, "", KAITI, bold_lead="降低企业成本。")
    numbered(d, multi, 2, "落实减税降费政策，每季度开展一次政策落实情况督查。（责任单位：市税务局、市财政局）")
    numbered(d, multi, 3, "清理规范涉企收费，公布收费目录清单。")
    numbered(d, multi, 3, "降低用电、用气成本，推动转供电环节降价政策落实到位。")
    numbered(d, multi, 2, "加大融资支持力度，新增小微企业贷款不低于50亿元。（责任单位：市地方金融监管局）")
    numbered(d, multi, 0, "保障措施", east=HEITI)
    numbered(d, multi, 1, "各责任单位要明确分管领导和具体责任人，于3月31日前报送工作方案。", KAITI, bold_lead="加强组织领导。")
    numbered(d, multi, 1, "市政府督查室每月通报任务进展，结果纳入年度绩效考核。", KAITI, bold_lead="强化督查考核。")
    body_para(d, "附件：2021年优化营商环境重点任务分工表")
    sign = body_para(d, "明州市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sign.paragraph_format.right_indent = Pt(64)
    date = body_para(d, "2021年3月5日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    date.paragraph_format.right_indent = Pt(48)

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    body_para(d, "附件", east=HEITI, indent=False)
    title_line(d, "2021年优化营商环境重点任务分工表")
    table = d.add_table(rows=1 + len(TASKS), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(14), Mm(80), Mm(38), Mm(24))
    for j, h in enumerate(("序号", "重点任务", "责任单位", "完成时限")):
        c = table.rows[0].cells[j]
        c.width = widths[j]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = c.paragraphs[0].add_run(h)
        set_fonts(run, HEITI, 12, bold=True)
    for i, (task, unit, due) in enumerate(TASKS, start=1):
        cells = table.rows[i].cells
        for j in range(4):
            cells[j].width = widths[j]
        # 序号 by automatic numbering: the cell holds no text of its own
        ppr = cells[0].paragraphs[0]._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), seq)
        numpr.append(il)
        numpr.append(ni)
        ppr.append(numpr)
        for j, text in ((1, task), (2, unit)):
            run = cells[j].paragraphs[0].add_run(text)
            set_fonts(run, FANGSONG, 12)
        if i != 2:  # row 2 shares row 1's 完成时限 through a vertical merge
            run = cells[3].paragraphs[0].add_run(due)
            set_fonts(run, FANGSONG, 12)
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                p.paragraph_format.first_line_indent = Pt(0)
    table.cell(1, 3).merge(table.cell(2, 3))
    for p in table.cell(1, 3).paragraphs[1:]:
        p._p.getparent().remove(p._p)
    save_docx(d, out)


# ----------------------------------------------------------------------------------------------
# a gov.cn-style HTML page

HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta name="ArticleTitle" content="明州市人民政府办公室关于做好2021年春季农业生产工作的通知">
<meta name="PubDate" content="2021-03-08 16:20">
<meta name="ContentSource" content="明州市人民政府办公室">
<title>明州市人民政府办公室关于做好2021年春季农业生产工作的通知_市政府办文件_明州市人民政府门户网站</title>
<link rel="stylesheet" href="/css/main.css">
<style>.nav li {{ float: left; }} .hidden-note {{ display: none; }}</style>
<script type="text/javascript">var siteName = "明州市人民政府"; document.write("脚本写入的文字");</script>
</head>
<body>
<div class="header">
  <div class="logo">明州市人民政府门户网站</div>
  <div class="search"><form action="/search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
</div>
<ul class="nav">
  <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
</ul>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 市政府办文件</div>
<div class="wrap">
<table class="bd1" cellpadding="0" cellspacing="1">
  <tr><td class="label"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td>11350100MB1234567X/2021-00123</td>
      <td class="label"><b>主题分类：</b></td><td>农业、林业、水利\\农业生产</td></tr>
  <tr><td class="label"><b>发文机关：</b></td><td>明州市人民政府办公室</td>
      <td class="label"><b>成文日期：</b></td><td>2021年03月05日</td></tr>
  <tr><td class="label"><b>标　　题：</b></td>
      <td colspan="3">明州市人民政府办公室关于做好2021年春季农业生产工作的通知</td></tr>
  <tr><td class="label"><b>发文字号：</b></td><td>明政办〔2021〕15号</td>
      <td class="label"><b>发布日期：</b></td><td>2021年03月08日</td></tr>
</table>
<div class="article">
  <h1 class="article-title">明州市人民政府办公室关于做好2021年春季农业生产工作的通知</h1>
  <div class="pages-date">2021-03-08 16:20 &nbsp; 来源：明州市人民政府办公室 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div id="UCAP-CONTENT" class="pages_content">
    <p style="text-align:center">明政办〔2021〕15号</p>
    <p>各区县人民政府，市政府各部门：</p>
    <p style="text-indent:2em">为切实抓好今年春季农业生产，确保粮食和重要农产品稳定供给，根据《中共明州市委&nbsp;明州市人民政府关于全面推进乡村振兴的实施意见》（明委发〔2021〕3号）精神，现就有关事项通知如下：</p>
    <p style="text-indent:2em"><strong>一、稳定粮食播种面积。</strong>各区县要将粮食生产目标任务分解到乡镇、落实到地块，全年粮食播种面积稳定在120万亩以上。（责任单位：市农业农村局、各区县人民政府）</p>
    <p style="text-indent:2em"><strong>二、抓好农资供应。</strong>供销部门要于3月20日前完成化肥、农药储备，确保“R&amp;D”示范基地和农户用肥需求。<br>各级市场监管部门要加强农资质量抽检，每月通报一次。</p>
    <p style="text-indent:2em"><strong>三、强化技术服务。</strong>组织200名农技人员下沉一线，开展“科技下乡”服务。</p>
    <div style="text-indent:2em">（一）推广绿色高产技术，示范面积不少于5万亩。</div>
    <div style="text-indent:2em">（二）做好病虫害监测预警，重大病虫害发生后24小时内上报。</div>
    <p>&nbsp;</p>
    <p style="text-align:right">明州市人民政府办公室</p>
    <p style="text-align:right">2021年3月5日</p>
    <p style="text-align:left">（此件公开发布）</p>
    <span class="hidden-note"></span>
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">明州市2020年农业工作总结</a></li></ul></div>
</div>
<div class="footer">
  <p>主办：明州市人民政府办公室&nbsp;&nbsp;版权所有 &copy; 2021</p>
  <p>网站标识码：3501000001&nbsp;&nbsp;闽ICP备12345678号</p>
</div>
<script>window.onload = function () {{ console.log("统计代码"); }};</script>
</body>
</html>
"""


# ----------------------------------------------------------------------------------------------
# LibreOffice


def soffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def to_pdf(docx_paths: list[Path], outdir: Path, filter_opts: str = "") -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf" + filter_opts,
            "--outdir",
            str(outdir),
            *map(str, docx_paths),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def make_encrypted_pdf(src_docx: Path, out: Path) -> bool:
    opts = ':writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},' \
           '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
    with tempfile.TemporaryDirectory() as tmp:
        try:
            to_pdf([src_docx], Path(tmp), opts)
            made = Path(tmp) / (src_docx.stem + ".pdf")
            if made.exists() and b"/Encrypt" in made.read_bytes():
                shutil.move(made, out)
                return True
        except subprocess.SubprocessError:
            pass
    qpdf = shutil.which("qpdf")
    plain = FIX / "pdf" / "000_e8ac68d63b2ecc9f.pdf"
    if qpdf and plain.exists():
        subprocess.run([qpdf, "--encrypt", "secret", "owner", "256", "--", str(plain), str(out)], check=True)
        return True
    return False


def make_scanned_pdf(out: Path) -> None:
    """An image-only page: a 'scan' of a notice with drawn lines for text and no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 250)  # A4 at 150 dpi
    draw = ImageDraw.Draw(img)
    rnd = random.Random(7)
    draw.rectangle((300, 150, 940, 210), fill=90)  # the red header, grey in a scan
    draw.line((160, 260, 1080, 260), fill=60, width=4)
    y = 330
    while y < 1600:
        x = 160 + (60 if rnd.random() < 0.2 else 0)
        width = rnd.randint(500, 920 - (x - 160))
        for cx in range(x, x + width, 34):
            draw.rectangle((cx, y, cx + 26, y + 28), fill=rnd.randint(20, 80))
        y += 56
    img.save(out, "PDF", resolution=150.0, creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple(), producer="make_fixtures")


# ----------------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-pdf", action="store_true", help="skip the steps that need LibreOffice")
    args = ap.parse_args()
    t0 = time.time()
    timings = {}

    samples = sorted(CORPUS.glob("*.txt"))
    if not samples:
        print(f"no samples in {CORPUS}", file=sys.stderr)
        return 1
    (FIX / "docx").mkdir(parents=True, exist_ok=True)
    for txt in samples:
        sample_docx(txt, FIX / "docx" / f"{txt.stem}.docx")
    auto_numbered_docx(FIX / "docx" / "auto_numbered.docx")
    timings["docx"] = time.time() - t0

    # html
    html_dir = FIX / "html"
    html_dir.mkdir(parents=True, exist_ok=True)
    (html_dir / "gov_notice.html").write_text(HTML.format(charset="utf-8"), encoding="utf-8")
    (html_dir / "gov_notice_gbk.html").write_bytes(HTML.format(charset="gb2312").encode("gbk"))

    # encodings of sample 000
    text_dir = FIX / "text"
    text_dir.mkdir(parents=True, exist_ok=True)
    sample = (CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8")
    (text_dir / "000_gb18030.txt").write_bytes(sample.encode("gb18030"))
    (text_dir / "000_utf16_bom.txt").write_bytes(sample.encode("utf-16"))  # BOM + native order (LE)
    (text_dir / "000_utf16be_nobom.txt").write_bytes(sample.encode("utf-16-be"))
    (text_dir / "000_utf8_bom.txt").write_bytes(sample.encode("utf-8-sig"))
    (text_dir / "000_crlf.md").write_bytes(sample.replace("\n", "\r\n").encode("utf-8"))

    # malformed and misnamed inputs
    bad = FIX / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    (bad / "empty.txt").write_bytes(b"")
    shutil.copyfile(FIX / "docx" / "auto_numbered.docx", bad / "docx_saved_as.pdf")
    whole = (FIX / "docx" / "000_e8ac68d63b2ecc9f.docx").read_bytes()
    (bad / "truncated.docx").write_bytes(whole[: len(whole) * 2 // 3])
    (bad / "text_saved_as.pdf").write_bytes(sample.encode("gb18030"))
    (bad / "fake.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256)) * 4)
    rnd = random.Random(20210101)
    (bad / "junk.txt").write_bytes(bytes(rnd.getrandbits(8) for _ in range(4096)))
    with zipfile.ZipFile(bad / "not_word.docx", "w") as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (2021, 1, 1, 0, 0, 0)), "<Types/>")
        z.writestr(zipfile.ZipInfo("content.xml", (2021, 1, 1, 0, 0, 0)), "<office:document-content/>")
    make_scanned_pdf(bad / "scanned.pdf")
    timings["html, text, bad"] = time.time() - t0 - timings["docx"]

    if args.no_pdf:
        print("skipping PDFs (--no-pdf)")
    elif not soffice():
        print("LibreOffice not found: PDFs not made (apt-get install libreoffice-writer fonts-noto-cjk)")
    else:
        t1 = time.time()
        docs = [FIX / "docx" / f"{t.stem}.docx" for t in samples] + [FIX / "docx" / "auto_numbered.docx"]
        to_pdf(docs, FIX / "pdf")
        timings["pdf (libreoffice)"] = time.time() - t1
        t1 = time.time()
        if not make_encrypted_pdf(FIX / "docx" / "002_9132d00a52533a65.docx", bad / "encrypted.pdf"):
            print("could not make an encrypted PDF (neither LibreOffice export nor qpdf worked)")
        timings["encrypted pdf"] = time.time() - t1

    total = time.time() - t0
    for k, v in timings.items():
        print(f"{k:>20}: {v:6.1f} s")
    print(f"{'total':>20}: {total:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
