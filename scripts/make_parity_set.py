#!/usr/bin/env python
"""The format parity set: twelve real notices of tests/data/realworld (scripts/parity_notices.py) in
the forms offices send them, each beside a copy of its hand annotation, so that every format can be
scored against the same annotation (tests/test_format_parity.py builds it once per session).

    .venv/bin/python scripts/make_parity_set.py OUT_DIR [--formats txt,docx,doc,wps,pdf,scan,xlsx,longimage] [--held-out | --newest-held-out | --round3-held-out]

OUT_DIR/<format>/<stem>.<ext> and OUT_DIR/<format>/gold/<stem>.json, for the formats:
  txt    the notice's own lines as plain text (UTF-8): the baseline every other format is held to
  docx   as Word writes an official document (python-docx): the red 版头 in a text box or a borderless
         table, the 文号 line and a red rule, the title in 22 pt, body in 16 pt on a 28 pt line; items
         numbered by Word's automatic numbering (the label is list formatting, not text: one list per
         label form, restarted where the copy restarts it); task tables as Word tables with a category
         row merged across and a 牵头单位 merged down over the rows it leads; "— 3 —" page numbers in
         the footer and the issuer in the header; 附件 on a new page after the signature
  doc    the DOCX saved by LibreOffice as Word 97-2003
  wps    the .doc under the .wps name (what WPS Office writes for many files)
  pdf    the DOCX printed to PDF by LibreOffice (the page numbers and header on every page)
  scan   those PDF pages rendered at 150 dpi, grey, tilted 0.3-1.2°, speckled, JPEG-compressed, as an
         image-only PDF
  longimage  four of them (LONG_IMAGE_STEMS) as one tall JPEG of their pages at 150 dpi, as notices are
         passed around on phones (长图; a PNG decodes to the same pixels)
  xlsx   the notices with a task table (five): a workbook as offices make one (openpyxl): a title row
         merged across, the header row, category rows merged across, 牵头单位 merged down, complete
         dates as Excel dates, a notes row, each part of the table after the first on a sheet of its
         own, Excel's blank Sheet2 and Sheet3; scored against the annotation cut to what the table
         holds (its measures and their items, the documents its text cites, the workbook's title; the
         covering notice's header fields are not in it, nor the year that dated its deadlines)

Deterministic (a fixed seed for the scans, fixed document properties); needs LibreOffice for doc, wps,
pdf and scan (Debian: libreoffice-writer-nogui, installed by scripts/install_test_system_deps.sh).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parity_notices as pn  # noqa: E402

FORMATS = ("txt", "docx", "doc", "wps", "pdf", "scan", "xlsx", "longimage")
NEEDS_LIBREOFFICE = {"doc", "wps", "pdf", "scan", "longimage"}
# the notices also sent as one long image (four: OCR is slow): a header, task tables, page numbers
LONG_IMAGE_STEMS = ("a06", "c03", "c15", "k01")
SCAN_DPI = 150
RED = "C00000"
FIXED_TIME = dt.datetime(2024, 1, 1)


# --------------------------------------------------------------------------------------------
# DOCX


def write_docx(notice: pn.Notice, out: Path, variant: int) -> None:
    """The notice as Word writes an official document; ``variant`` picks the header form."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = document.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    lists = WordLists()
    gold = notice.annotation["documents"][0]
    ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
             "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

    def paragraph(text: str, align="justify", size=None, font=None, color=None, indent=True):
        p = document.add_paragraph()
        p.alignment = ALIGN[align]
        if indent and align == "justify":
            p.paragraph_format.first_line_indent = Pt(32)
        if text:
            run = p.add_run(text)
            if size:
                run.font.size = Pt(size)
            if font:
                run.font.name = font
                run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
        return p

    heads = [b.text for b in notice.blocks if b.kind == "head"]
    if heads:
        issuers, word = heads[0].split(), masthead_word(heads[1])
        if variant % 2 == 0:
            masthead_textbox(document, issuers, word, parse_xml)
        else:
            masthead_table(document, issuers, word, Pt, RGBColor)
        number = paragraph(heads[1], align="center", indent=False)
        red_rule(number, parse_xml)
        paragraph("")
    for block in notice.blocks:
        if block.kind == "head":
            continue
        if block.kind == "title":
            paragraph(block.text, align="center", size=22, font="方正小标宋简体", indent=False)
        elif block.kind == "item":
            p = paragraph(block.text)
            lists.number(p, block.label, parse_xml)
        elif block.kind == "sign":
            p = paragraph(block.text, align="right", indent=False)
            p.paragraph_format.right_indent = Pt(64)
        elif block.kind == "pagebreak":
            document.add_page_break()
            paragraph("附件", align="justify", font="黑体", indent=False)
        elif block.kind == "table":
            task_table(document, block, Pt)
        else:
            paragraph(block.text, align=block.align)
    lists.write(document, parse_xml)
    page_numbers(section, parse_xml)
    if variant % 3 == 0 and gold.get("issuer"):
        header = section.header.paragraphs[0]
        header.text = gold["issuer"].split()[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    props = document.core_properties
    props.author, props.created, props.modified, props.last_modified_by = "", FIXED_TIME, FIXED_TIME, ""
    document.save(out)


def qn(name: str) -> str:
    from docx.oxml.ns import qn as docx_qn
    return docx_qn(name)


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"'


def red_run(text: str, size_half_points: int) -> str:
    return (f'<w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:color w:val="{RED}"/><w:spacing w:val="20"/>'
            f'<w:sz w:val="{size_half_points}"/></w:rPr><w:t>{text}</w:t></w:r>')


# an order's number is its bare 第N号 (政府令 are numbered in one series): its 版头 reads <issuer>令
ORDER_NUMBER_RE = re.compile(r"第\d+号")


def masthead_word(number: str) -> str:
    """The word after the issuer in the 版头: 令 over an order's number, else 文件."""
    return "令" if ORDER_NUMBER_RE.fullmatch(number) else "文件"


def masthead_textbox(document, issuers: list[str], word: str, parse_xml) -> None:
    """The 版头 in a text box (a VML shape), as many offices' templates hold it."""
    inner = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{red_run(name + word, 52)}</w:p>'
                    for name in issuers)
    height = 70 * len(issuers)
    shape = (f'<w:p {W_NS} {V_NS}><w:r><w:pict><v:shape id="masthead" type="#_x0000_t202" '
             f'style="position:absolute;margin-left:0;margin-top:0;width:442pt;height:{height}pt;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:line;mso-wrap-style:square" '
             f'stroked="f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
             f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r></w:p>')
    document.element.body.append(parse_xml(shape))
    # keep the body's sectPr last
    body = document.element.body
    body.append(body.sectPr) if body.sectPr is not None else None


def masthead_table(document, issuers: list[str], word: str, Pt, RGBColor) -> None:
    """The 版头 in a borderless table: the issuers stacked on the left, 文件 on the right merged down
    beside them (the joint issuers' form), or one cell for one issuer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from docx.shared import Cm

    table = document.add_table(rows=len(issuers), cols=2)
    table.autofit = False
    for row, name in zip(table.rows, issuers):
        cell = row.cells[0]
        cell.text = ""
        run = cell.paragraphs[0].add_run(name)
        run.font.size, run.font.color.rgb = Pt(26), RGBColor.from_string(RED)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table.columns[0].width, table.columns[1].width = Cm(12.6), Cm(3)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(12.6), Cm(3)
    right = table.cell(0, 1)
    if len(issuers) > 1:
        right = right.merge(table.cell(len(issuers) - 1, 1))
    run = right.paragraphs[0].add_run(word)
    run.font.size, run.font.color.rgb = Pt(26), RGBColor.from_string(RED)


def red_rule(paragraph, parse_xml) -> None:
    """The red line under the 文号 (the paragraph's bottom border)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {W_NS}><w:bottom w:val="single" w:sz="24" w:space="6" w:color="{RED}"/></w:pBdr>'))


def page_numbers(section, parse_xml) -> None:
    """"— 3 —" in the footer, the number a PAGE field."""
    footer = section.footer.paragraphs[0]
    footer._p.append(parse_xml(
        f'<w:pPr {W_NS}><w:jc w:val="center"/></w:pPr>'))
    footer._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'))
    footer._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
    footer._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'))


class WordLists:
    """Word's automatic numbering for the items: one list definition per label form (一、 （一） 1. 1、
    （1）), a new list instance starting at the item's number wherever the count does not go on."""

    def __init__(self):
        self.forms: dict[tuple, int] = {}  # (format, open, end) -> abstractNumId
        self.instances: list[tuple[int, int, int]] = []  # (numId, abstractNumId, start)
        self.current: dict[tuple, tuple[int, int]] = {}  # form -> (numId, last value)

    def number(self, paragraph, label: tuple, parse_xml) -> None:
        fmt, opening, value, end = label
        form = (fmt, opening, end)
        abstract = self.forms.setdefault(form, len(self.forms) + 1)
        num_id, last = self.current.get(form, (None, None))
        if num_id is None or value != last + 1:
            num_id = len(self.instances) + 1
            self.instances.append((num_id, abstract, value))
        self.current[form] = (num_id, value)
        ppr = paragraph._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    def write(self, document, parse_xml) -> None:
        abstracts = "".join(
            f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{opening}%1{end}"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>'
            for (fmt, opening, end), aid in self.forms.items())
        # as Word writes them: a list's first instance plain, each restart its own instance overriding
        # the start
        firsts = {aid: nid for nid, aid, _ in reversed(self.instances)}
        nums = "".join(
            f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
            + ("" if firsts[aid] == nid and start == 1 else
               f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>')
            + '</w:num>'
            for nid, aid, start in self.instances)
        part = document.part.numbering_part
        part._element = parse_xml(f'<w:numbering {W_NS}>{abstracts}{nums}</w:numbering>')


def task_table(document, table_block: pn.Block, Pt) -> None:
    """A Word table: the header row, category rows merged across, a unit column's cell merged down
    over the following rows that hold the same units (a 牵头单位 leading several tasks)."""
    width = len(table_block.header)
    table = document.add_table(rows=1 + len(table_block.rows), cols=width)
    table.style = "Table Grid"

    def put(cell, text, bold=False):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.font.size, run.bold = Pt(12), bold

    for j, name in enumerate(table_block.header):
        put(table.cell(0, j), name, bold=True)
    rows = table_block.rows
    for i, row in enumerate(rows, start=1):
        if row[0] == "category":
            merged = table.cell(i, 0).merge(table.cell(i, width - 1))
            put(merged, row[1], bold=True)
            continue
        for j, text in enumerate(row):
            put(table.cell(i, j), text)
    merge_columns = [j for j, name in enumerate(table_block.header) if "单位" in name or "领导" in name]
    for j in merge_columns:
        i = 0
        while i < len(rows):
            end = i
            while (end + 1 < len(rows) and rows[i][0] != "category" and rows[end + 1][0] != "category"
                   and rows[end + 1][j] == rows[i][j] and rows[i][j]):
                end += 1
            if end > i:
                for k in range(i + 2, end + 2):
                    table.cell(k, j).text = ""
                merged = table.cell(i + 1, j).merge(table.cell(end + 1, j))
                put(merged, rows[i][j])
            i = end + 1


# --------------------------------------------------------------------------------------------
# XLSX


FULL_DATE_RE = re.compile(r"^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日前?$")


def write_xlsx(notice: pn.Notice, out: Path) -> dict | None:
    """The notice's task table as a workbook; returns the annotation cut to it (None: no table)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    title, table = pn.workbook_table(notice)
    if table is None:
        return None
    gold = notice.annotation["documents"][0]
    if not title or title.startswith(("新安晚报", "据")):
        title = gold.get("title") or title
    book = openpyxl.Workbook()
    book.remove(book.active)
    parts = sheet_parts(table.rows)
    for number, rows in enumerate(parts, start=1):
        task_sheet(book.create_sheet(f"任务分工{number}" if len(parts) > 1 else "任务分工"),
                   title if number == 1 else "", table.header, rows, Alignment, Font)
    for name in ("Sheet2", "Sheet3"):  # the blank sheets a new Excel workbook comes with
        book.create_sheet(name)
    book.properties.title = title
    book.properties.created = book.properties.modified = FIXED_TIME
    book.save(out)
    return table_annotation(notice.annotation, title, table)


def sheet_parts(rows: list) -> list[list]:
    """The table's rows split at its second and later category rows: one sheet each, as offices
    put 年报 and 定报, or each part of a plan, on sheets of their own."""
    parts: list[list] = [[]]
    for row in rows:
        if row[0] == "category" and any(r[0] != "category" for r in parts[-1]):
            parts.append([])
        parts[-1].append(row)
    return parts


def task_sheet(sheet, title: str, header: list[str], rows: list, Alignment, Font) -> None:
    """One sheet of the task table: a title row merged across (on the first sheet), the header,
    category rows merged across, units merged down over the rows they lead, complete dates as
    Excel dates, a notes row."""
    width = len(header)
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet["A1"].font = Font(name="方正小标宋简体", size=18)
        sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(list(header))
    first = sheet.max_row + 1
    for row in rows:
        r = sheet.max_row + 1
        if row[0] == "category":
            sheet.append([row[1]])
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            continue
        cells: list = [int(row[0]) if row[0].isdigit() else row[0]] + list(row[1:])
        for j, text in enumerate(cells):
            if isinstance(text, str) and (m := FULL_DATE_RE.match(text)):
                cells[j] = dt.datetime(int(m[1]), int(m[2]), int(m[3]))
        sheet.append(cells)
        for j, value in enumerate(cells, start=1):
            if isinstance(value, dt.datetime):
                sheet.cell(r, j).number_format = "yyyy/m/d"
    for j, name in enumerate(header, start=1):  # a unit cell merged down over the rows it leads
        if "单位" not in name and "领导" not in name:
            continue
        r = first
        while r <= sheet.max_row:
            value = sheet.cell(r, j).value
            end = r
            while value and end + 1 <= sheet.max_row and sheet.cell(end + 1, j).value == value:
                end += 1
            if end > r:
                for k in range(r + 1, end + 1):
                    sheet.cell(k, j).value = None
                sheet.merge_cells(start_row=r, start_column=j, end_row=end, end_column=j)
            r = end + 1
    sheet.append(["注：请各单位认真组织实施。"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")


def table_annotation(annotation: dict, title: str, table: pn.Block) -> dict:
    """The hand annotation cut to what a workbook of ``table`` holds: the measures whose key is in a
    row (a row's label is its 序号, a number as the table prints it, 1．), their units, deadlines and
    targets; the workbook's title; no 文号, issuer, recipients or dates (the covering notice's)."""
    texts = [pn.fold(row[1] if row[0] == "category" else "".join(row)) for row in table.rows]
    gold = copy.deepcopy(annotation["documents"][0])
    kept = []
    for measure in gold["measures"]:
        if any(pn.fold(measure["key"]) in text for text in texts):
            if table.header[0] == "序号" and re.fullmatch(r"\d+[.．、﹒]", measure["label"]):
                measure["label"] = measure["label"][:-1] + "."
            kept.append(measure)
    keys = {m["key"] for m in kept}
    gold["measures"] = kept
    for name in ("assignments", "deadlines", "targets"):
        gold[name] = [item for item in gold.get(name) or [] if item.get("measure_key") in keys]
    for deadline in gold["deadlines"]:  # a date the notice's year gave: a table alone does not print it
        if deadline.get("date") and not re.search(r"(?:19|20)\d\d", deadline["text"]):
            deadline["date"] = None
    held = pn.fold(title) + "".join(texts)
    # the documents the table's text cites (not the plan the covering notice issues: the table is it)
    references = [ref for ref in gold.get("references") or [] if ref.get("title") and ref.get("relation") != "issues"
                  and pn.fold(ref["title"]) in held]
    gold.update(doc_number=None, issuer=None, title=title, signed_date=None, printed_date=None,
                recipients=[], cc=None, references=references)
    return {**annotation, "documents": [gold]}


# --------------------------------------------------------------------------------------------
# LibreOffice and scans


def soffice_convert(sources: list[Path], target: str, outdir: Path) -> None:
    """Convert ``sources`` with one LibreOffice run (its own profile: nothing shared with a user's)."""
    from pipeline.read.convert import find_converter

    program = find_converter()
    if program is None:
        raise RuntimeError("LibreOffice is needed (Debian: apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="parity-profile-") as profile:
        subprocess.run([program, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(outdir), *map(str, sources)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def scan_pdf(pdf: Path, out: Path, rng: random.Random) -> None:
    """The PDF's pages as a desk scanner gives them: an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    document = pdfium.PdfDocument(str(pdf))
    pages = []
    try:
        for page in document:
            image = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
            image = image.point(lambda v: 25 + v * 0.88)
            image = image.rotate(rng.uniform(0.3, 1.2) * rng.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=248)
            draw = ImageDraw.Draw(image)
            for _ in range(image.width * image.height // 5000):
                x, y = rng.randrange(image.width), rng.randrange(image.height)
                draw.point((x, y), fill=rng.choice((50, 90, 120, 240)))
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=60)
            pages.append(Image.open(io.BytesIO(buffer.getvalue())))
    finally:
        document.close()
    pages[0].save(out, "PDF", resolution=SCAN_DPI, save_all=True, append_images=pages[1:])


def long_image(pdf: Path, out: Path) -> None:
    """The PDF's pages stacked into one tall JPEG, as a notice is passed around on phones (长图)."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = [page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()
    tall = Image.new("L", (pages[0].width, sum(p.height for p in pages)), 255)
    top = 0
    for page in pages:
        tall.paste(page, (0, top))
        top += page.height
    tall.save(out, "JPEG", quality=75)


# --------------------------------------------------------------------------------------------


def generate(out: Path, formats=FORMATS, stems=None) -> dict[str, Path]:
    """Write the parity set under ``out``; returns each format's folder (gold/ inside it)."""
    formats = list(formats)
    if any(f in NEEDS_LIBREOFFICE for f in formats) and "docx" not in formats:
        formats.append("docx")
    if ("scan" in formats or "longimage" in formats) and "pdf" not in formats:
        formats.append("pdf")
    folders = {fmt: out / fmt for fmt in formats}
    for folder in folders.values():
        (folder / "gold").mkdir(parents=True, exist_ok=True)
    notices = [pn.notice(stem) for stem in (stems or pn.PARITY)]
    for variant, notice in enumerate(notices):
        def annotate(fmt: str, ext: str, annotation: dict | None = None):
            annotation = dict(annotation or notice.annotation, source=f"{notice.stem}.{ext}")
            (folders[fmt] / "gold" / f"{notice.stem}.json").write_text(
                json.dumps(annotation, ensure_ascii=False, indent=1), encoding="utf-8")

        if "txt" in formats:
            (folders["txt"] / f"{notice.stem}.txt").write_text("\n".join(pn.text_lines(notice)) + "\n", encoding="utf-8")
            annotate("txt", "txt")
        if "docx" in formats:
            write_docx(notice, folders["docx"] / f"{notice.stem}.docx", variant)
            annotate("docx", "docx")
        if "xlsx" in formats:
            cut = write_xlsx(notice, folders["xlsx"] / f"{notice.stem}.xlsx")
            if cut is not None:
                annotate("xlsx", "xlsx", cut)
    docx_files = sorted(folders["docx"].glob("*.docx")) if "docx" in folders else []
    if "doc" in formats or "wps" in formats:
        doc_folder = folders.get("doc", out / "doc")
        doc_folder.mkdir(parents=True, exist_ok=True)
        soffice_convert(docx_files, "doc", doc_folder)
        for notice in notices:
            if "doc" in formats:
                shutil.copy(folders["docx"] / "gold" / f"{notice.stem}.json", doc_folder / "gold" / f"{notice.stem}.json")
            if "wps" in formats:
                shutil.copy(doc_folder / f"{notice.stem}.doc", folders["wps"] / f"{notice.stem}.wps")
                shutil.copy(folders["docx"] / "gold" / f"{notice.stem}.json", folders["wps"] / "gold" / f"{notice.stem}.json")
    if "pdf" in formats:
        soffice_convert(docx_files, "pdf", folders["pdf"])
        rng = random.Random(15)
        for notice in notices:
            shutil.copy(folders["docx"] / "gold" / f"{notice.stem}.json", folders["pdf"] / "gold" / f"{notice.stem}.json")
            if "scan" in formats:
                scan_pdf(folders["pdf"] / f"{notice.stem}.pdf", folders["scan"] / f"{notice.stem}.pdf", rng)
                shutil.copy(folders["docx"] / "gold" / f"{notice.stem}.json", folders["scan"] / "gold" / f"{notice.stem}.json")
            if "longimage" in formats and notice.stem[:3] in LONG_IMAGE_STEMS:
                long_image(folders["pdf"] / f"{notice.stem}.pdf", folders["longimage"] / f"{notice.stem}.jpg")
                annotation = json.loads((folders["docx"] / "gold" / f"{notice.stem}.json").read_text(encoding="utf-8"))
                (folders["longimage"] / "gold" / f"{notice.stem}.json").write_text(
                    json.dumps({**annotation, "source": f"{notice.stem}.jpg"}, ensure_ascii=False, indent=1), encoding="utf-8")
    return folders


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--held-out", action="store_true",
                        help="the held-out notices (parity_notices.HELD_OUT) instead of the twelve")
    parser.add_argument("--newest-held-out", action="store_true",
                        help="the second held-out group, of the newest sets (parity_notices.HELD_OUT_NEWEST)")
    parser.add_argument("--round3-held-out", action="store_true",
                        help="the third held-out group, of this round's sets (parity_notices.HELD_OUT_ROUND3)")
    args = parser.parse_args()
    groups = {"held_out": pn.HELD_OUT, "newest_held_out": pn.HELD_OUT_NEWEST, "round3_held_out": pn.HELD_OUT_ROUND3}
    chosen = [stems for flag, stems in groups.items() if getattr(args, flag)]
    stems = list(chosen[0]) if chosen else None
    folders = generate(args.out, args.formats.split(","), stems=stems)
    for fmt, folder in folders.items():
        print(f"{fmt}: {len(list((folder / 'gold').glob('*.json')))} notices in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
