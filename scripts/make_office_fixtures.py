#!/usr/bin/env python
"""Generate the office-format fixtures under tests/fixtures/office/ (committed; tests never run this).

    .venv/bin/python scripts/make_office_fixtures.py

What it writes:
  <stem>.doc, <stem>.rtf   each sample DOCX in tests/fixtures/docx/ (000-004) saved by LibreOffice as
                           Word 97-2003 and as RTF
  <stem>.wps               sample 002's .doc under the .wps extension: for many files that is what WPS
                           Office writes (a Word 97 compound file named .wps), so the reader must
                           tell it by its content
  task_table.xlsx          a 任务分工表 built with openpyxl: an 附件 label and a merged title row, a
                           header row, category rows (merged across the table, and one typed in the
                           first column only), a 重点任务 column merged down beside its 具体措施, a
                           牵头单位 merged over two rows, a deadline stored as a date; wording taken
                           from real notices in tests/data/realworld (a06 Caidian, a17 Anhui)
  task_table.xls           the same workbook saved by LibreOffice as Excel 97-2003

Needs LibreOffice (Debian: libreoffice-writer-nogui libreoffice-calc-nogui) and openpyxl.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.read.convert import convert_with_libreoffice, find_converter  # noqa: E402

DOCX = ROOT / "tests" / "fixtures" / "docx"
OUT = ROOT / "tests" / "fixtures" / "office"
SAMPLES = ("000_e8ac68d63b2ecc9f", "001_ba4d4d4b2a22ff08", "002_9132d00a52533a65", "003_067caed35b760fe4",
           "004_12488e9fa40d88c8")
WPS_SAMPLE = "002_9132d00a52533a65"

TITLE = "2023年《政府工作报告》确定的主要目标任务责任分工表"
HEADER = ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")
# rows below the header: ("category", text) spans the table; ("spill", text) is typed in column A
# only; ("task", seq, group, measure, lead, cooperating, deadline) with None where a merge above
# continues (group or lead)
ROWS = [
    ("category", "一、确保完成全年主要预期目标"),
    ("task", 1, "主要预期目标", "全区生产总值增长7%以上", "区发展和改革局", "区统计局、区财政局", "2023年12月底前"),
    ("task", 2, None, "固定资产投资增长10%以上", "区发展和改革局", "区住房和城乡建设局、区自然资源和规划局", "2023年12月底前"),
    ("task", 3, None, "社会消费品零售总额增长9%左右", "区商务局", "区市场监督管理局", "2023年12月底前"),
    ("category", "二、加快建设现代化产业体系"),
    ("task", 4, "推进工业稳增长", "新增规模以上工业企业30家以上", "区科技和经信局", "区统计局", dt.datetime(2023, 11, 30)),
    ("task", 5, "优化营商环境", "企业开办时间压缩至1个工作日内", "区行政审批局", "区市场监督管理局、区税务局", "2023年6月底前"),
    ("task", 6, None, "政务服务事项网上可办率达到95%以上", None, "区政务服务中心", "2023年9月底前"),
    ("spill", "三、持续保障和改善民生"),
    ("task", 7, "稳定和扩大就业", "城镇新增就业5000人以上，城镇登记失业率控制在4.5%以内", "区人力资源和社会保障局",
     "各街道办事处、乡人民政府", "2023年12月31日前"),
]


def convert(source: Path, target: str, out: Path) -> None:
    kind = source.suffix.lstrip(".")
    out.write_bytes(convert_with_libreoffice(str(source), source.read_bytes(), kind, target))
    print(f"wrote {out.relative_to(ROOT)}")


def task_table_xlsx(out: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务分工"
    width = len(HEADER)
    sheet.append(["附件"])
    sheet.append([TITLE])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet["A2"].font = Font(name="方正小标宋简体", size=18)
    sheet["A2"].alignment = Alignment(horizontal="center")
    sheet.append(list(HEADER))
    task_rows: dict[int, list] = {}  # sheet row -> the task's cells (None: merged with the cell above)
    for kind, *cells in ROWS:
        row = sheet.max_row + 1
        if kind == "task":
            sheet.append(["" if c is None else c for c in cells])
            task_rows[row] = cells
            if isinstance(cells[-1], dt.datetime):
                sheet.cell(row, width).number_format = "yyyy/m/d"
        else:
            sheet.append([cells[0]])
            if kind == "category":
                sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    for row, cells in task_rows.items():
        for column, value in enumerate(cells, start=1):
            if value is not None and (row + 1) in task_rows and task_rows[row + 1][column - 1] is None:
                last = row + 1
                while (last + 1) in task_rows and task_rows[last + 1][column - 1] is None:
                    last += 1
                sheet.merge_cells(start_row=row, start_column=column, end_row=last, end_column=column)
    for column, chars in zip("ABCDEF", (6, 16, 40, 18, 30, 16)):
        sheet.column_dimensions[column].width = chars
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    book.properties.title = TITLE
    book.save(out)
    print(f"wrote {out.relative_to(ROOT)}")


def main() -> int:
    if find_converter() is None:
        print("LibreOffice is needed (Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)",
              file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for stem in SAMPLES:
        for target in ("doc", "rtf"):
            convert(DOCX / f"{stem}.docx", target, OUT / f"{stem}.{target}")
    shutil.copyfile(OUT / f"{WPS_SAMPLE}.doc", OUT / f"{WPS_SAMPLE}.wps")
    print(f"wrote {(OUT / f'{WPS_SAMPLE}.wps').relative_to(ROOT)}")
    task_table_xlsx(OUT / "task_table.xlsx")
    convert(OUT / "task_table.xlsx", "xls", OUT / "task_table.xls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
