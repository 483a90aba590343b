"""Old office formats and workbooks: .doc/.wps/.rtf converted with LibreOffice and read as DOCX, the
sample notices scoring as their DOCX; a 任务分工表 workbook (.xlsx, and .xls through LibreOffice)
giving one measure per task row; a converter that hangs, crashes or is missing costing that file
only, with one clear line. Fixtures: tests/fixtures/office/ (scripts/make_office_fixtures.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate
from pipeline.extract import extract_file
from pipeline.ingest.scan import INPUT_SUFFIXES
from pipeline.read import ReadError, read_source, sniff_format, table_to_paragraphs
from pipeline.read import convert

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
DOCX = ROOT / "tests" / "fixtures" / "docx"
GOLD = ROOT / "tests" / "data" / "gold"
SAMPLES = sorted(p.stem for p in GOLD.glob("*.json"))
NOTICES = [sys.executable, "-m", "pipeline.cli"]

needs_libreoffice = pytest.mark.skipif(
    convert.find_converter() is None,
    reason="LibreOffice is not installed (scripts/install_test_system_deps.sh installs it)")


# --------------------------------------------------------------------------------------------
# recognising the formats by their bytes


def test_formats_are_told_by_content_not_extension():
    assert sniff_format((OFFICE / "002_9132d00a52533a65.doc").read_bytes(), "x.doc") == "doc"
    # what WPS writes as .wps is a Word compound file: read as the .doc it is
    assert sniff_format((OFFICE / "002_9132d00a52533a65.wps").read_bytes(), "x.wps") == "doc"
    assert sniff_format((OFFICE / "002_9132d00a52533a65.rtf").read_bytes(), "x.doc") == "rtf"
    assert sniff_format((OFFICE / "task_table.xls").read_bytes(), "x.et") == "xls"
    assert sniff_format((OFFICE / "task_table.xlsx").read_bytes(), "x.docx") == "xlsx"


def test_build_takes_the_office_suffixes_in_folders():
    assert {".xlsx", ".xls", ".et", ".wps", ".doc", ".rtf"} <= INPUT_SUFFIXES


# --------------------------------------------------------------------------------------------
# Word formats through LibreOffice


@needs_libreoffice
@pytest.mark.parametrize("suffix", [".wps", ".rtf"])
def test_wps_and_rtf_read_as_their_docx(suffix):
    converted = read_source(OFFICE / f"002_9132d00a52533a65{suffix}")
    assert converted.text == read_source(DOCX / "002_9132d00a52533a65.docx").text
    assert converted.meta["converted"] == "LibreOffice → docx"


def _build(files: list[Path], folder: Path, db: Path) -> subprocess.CompletedProcess:
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder / path.name)
    return subprocess.run([*NOTICES, "build", str(folder), "--db", str(db), "--workers", "2"],
                          capture_output=True, text=True, timeout=900)


@needs_libreoffice
def test_doc_samples_score_within_002_of_their_docx(tmp_path):
    scores = {}
    for kind, files in (("doc", [OFFICE / f"{s}.doc" for s in SAMPLES]), ("docx", [DOCX / f"{s}.docx" for s in SAMPLES])):
        run = _build(files, tmp_path / kind, tmp_path / f"{kind}.db")
        assert run.returncode == 0, run.stderr
        scores[kind] = evaluate(str(tmp_path / f"{kind}.db"), str(GOLD)).as_dict()
    for field, docx_score in scores["docx"].items():
        value = "f1" if "f1" in docx_score else "accuracy"
        assert abs(scores["doc"][field][value] - docx_score[value]) <= 0.02, (field, scores["doc"][field], docx_score)
    assert scores["doc"]["measures"]["tp"] == scores["docx"]["measures"]["tp"] > 0


@needs_libreoffice
def test_extract_says_which_reader_it_used(tmp_path):
    run = subprocess.run([*NOTICES, "extract", str(OFFICE / "002_9132d00a52533a65.wps")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "doc (LibreOffice → docx)" in run.stderr
    assert '"reader": "doc (LibreOffice → docx)"' in run.stdout


# --------------------------------------------------------------------------------------------
# a 任务分工表 workbook

# written by hand from the workbook scripts/make_office_fixtures.py builds (its rows are the data)
EXPECTED_TASKS = [
    # (label, start of the measure's text, lead, cooperating units, deadline date, targets)
    ("1．", "全区生产总值增长7%以上", ["区发展和改革局"], ["区统计局", "区财政局"], "2023-12-31", [(7, "%", ">=")]),
    ("2．", "固定资产投资增长10%以上", ["区发展和改革局"], ["区住房和城乡建设局", "区自然资源和规划局"], "2023-12-31",
     [(10, "%", ">=")]),
    ("3．", "社会消费品零售总额增长9%左右", ["区商务局"], ["区市场监督管理局"], "2023-12-31", [(9, "%", "=")]),
    # a date cell in the 完成时限 column is the limit it stands for
    ("4．", "推进工业稳增长：新增规模以上工业企业30家以上", ["区科技和经信局"], ["区统计局"], "2023-11-30",
     [(30, "家", ">=")]),
    ("5．", "企业开办时间压缩至1个工作日内", ["区行政审批局"], ["区市场监督管理局", "区税务局"], "2023-06-30", []),
    # its 牵头单位 is merged down from the row above
    ("6．", "政务服务事项网上可办率达到95%以上", ["区行政审批局"], ["区政务服务中心"], "2023-09-30", [(95, "%", ">=")]),
    ("7．", "稳定和扩大就业：城镇新增就业5000人以上", ["区人力资源和社会保障局"], ["各街道办事处", "乡人民政府"], "2023-12-31",
     [(5000, "人", ">="), (4.5, "%", "<=")]),
]
EXPECTED_CATEGORIES = ["确保完成全年主要预期目标", "加快建设现代化产业体系", "持续保障和改善民生"]


def _check_task_table(result: dict) -> None:
    [document] = result["documents"]
    assert document["title"] == "2023年《政府工作报告》确定的主要目标任务责任分工表"
    measures = document["measures"]
    categories = [m for m in measures if m["level"] == 1]
    tasks = [m for m in measures if m["level"] == 2]
    assert [m["text"].split("\n")[0] for m in categories] == EXPECTED_CATEGORIES
    assert len(tasks) == len(EXPECTED_TASKS)
    for measure, (label, text, lead, cooperating, due, targets) in zip(tasks, EXPECTED_TASKS):
        assert measure["label"] == label and measure["text"].startswith(text), measure
        units = [(a["name"], a["role"]) for a in document["assignments"] if a["measure_id"] == measure["id"]]
        assert units == [(name, "lead") for name in lead] + [(name, "cooperate") for name in cooperating]
        dates = [d["date"] for d in document["deadlines"] if d["measure_id"] == measure["id"] and d["kind"] == "deadline"]
        assert dates == [due], (label, dates)
        found = [(t["value"], t["unit"], t["comparator"]) for t in document["targets"] if t["measure_id"] == measure["id"]]
        assert found == targets, (label, found)


def test_xlsx_task_table_gives_one_measure_per_task_row():
    result = extract_file(str(OFFICE / "task_table.xlsx"))
    assert result["reader"] == "xlsx"
    _check_task_table(result)


@needs_libreoffice
def test_xls_task_table_reads_as_its_xlsx():
    result = extract_file(str(OFFICE / "task_table.xls"))
    assert result["reader"] == "xls (LibreOffice → xlsx)"
    _check_task_table(result)


def test_group_column_with_its_number_merged_beside_it():
    """序号 and 重点任务 merged down over their 具体措施: the group is a heading 一、, its tasks 1．2．"""
    rows = [["序号", "重点任务", "具体措施", "责任单位", "时间节点"],
            ["1", "深化改革", "推进“放管服”改革", "县政务服务中心", "2024年6月底前"],
            [None, None, "完善考核机制", "县委组织部", "长期坚持"],
            ["2", "保障民生", "新建养老服务站3个", "县民政局", "2024年12月底前"],
            [None, None, "开展技能培训", "县人社局", None]]
    assert table_to_paragraphs(rows) == [
        "一、深化改革",
        "1．推进“放管服”改革（责任单位：县政务服务中心）（完成时限：2024年6月底前）",
        "2．完善考核机制（责任单位：县委组织部）（完成时限：长期坚持）",
        "二、保障民生",
        "1．新建养老服务站3个（责任单位：县民政局）（完成时限：2024年12月底前）",
        "2．开展技能培训（责任单位：县人社局）（完成时限：2024年12月底前）",
    ]


def test_two_row_header_other_columns_and_groups_numbered_by_the_seq_column():
    """责任单位 split into 牵头单位/配合单位 on a second header row; a 备注 column kept beside its task;
    once 序号 is seen numbering the groups, a group of one task is a heading too."""
    rows = [["序号", "重点工作", "工作措施", "责任单位", "责任单位", "完成时间", "备注"],
            [None, None, None, "牵头单位", "配合单位", None, None],
            ["1", "深化改革", "推进放管服改革", "县政务服务中心", "县发改局", "2024年6月30日", ""],
            [None, None, "完善考核机制", "县委组织部", "", "2024年12月31日", "长期"],
            ["2", "保障民生", "新建养老服务站3个", "县民政局", "县财政局", "2024年12月底前", ""]]
    assert table_to_paragraphs(rows) == [
        "一、深化改革",
        "1．推进放管服改革（牵头单位：县政务服务中心；配合单位：县发改局）（完成时限：2024年6月30日前）",
        "2．完善考核机制（备注：长期）（牵头单位：县委组织部）（完成时限：2024年12月31日前）",
        "二、保障民生",
        "1．新建养老服务站3个（牵头单位：县民政局；配合单位：县财政局）（完成时限：2024年12月底前）",
    ]


def test_category_rows_typed_in_one_column_are_headings():
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时间"],
            ["一、加强组织领导", "", "", "", ""],  # typed in column A, spilling over the others
            ["1", "建立工作机制", "县委办", "县政府办", "2021年3月"],
            ["", "（二）强化督查考核", "", "", ""],  # in the task column, nothing else filled
            ["2", "开展专项督查", "县督查室", "", ""]]
    assert table_to_paragraphs(rows) == [
        "一、加强组织领导",
        "1．建立工作机制（牵头单位：县委办；配合单位：县政府办）（完成时限：2021年3月）",
        "（二）强化督查考核",
        "2．开展专项督查（牵头单位：县督查室）",
    ]


# --------------------------------------------------------------------------------------------
# a converter that hangs, crashes or is missing costs that file only


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(0o755)
    return script


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_a_hanging_converter_costs_that_file_only(tmp_path):
    pids = tmp_path / "pids"
    # the fake converter and a child it starts both sleep: the whole process group must be stopped
    fake = _fake_soffice(tmp_path, f"sleep 300 &\necho $$ $! > {pids}\nwait\n")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(OFFICE / "002_9132d00a52533a65.doc", folder / "hangs.doc")
    shutil.copy(ROOT / "tests" / "fixtures" / "text" / "000_crlf.md", folder / "good.md")
    env = dict(os.environ, NOTICES_SOFFICE=str(fake), NOTICES_CONVERT_TIMEOUT="3")
    run = subprocess.run([*NOTICES, "build", str(folder), "--db", str(tmp_path / "n.db"), "--workers", "1"],
                         capture_output=True, text=True, timeout=600, env=env)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "hangs.doc" in errors[0] and "within 3 s" in errors[0], run.stderr
    assert "1 files stored" in run.stderr
    assert pids.exists() and not any(_alive(int(pid)) for pid in pids.read_text().split())


def test_a_crashing_converter_gives_one_clear_error(tmp_path, monkeypatch):
    fake = _fake_soffice(tmp_path, "echo 'Segmentation fault (core dumped)' >&2\nexit 139\n")
    monkeypatch.setenv("NOTICES_SOFFICE", str(fake))
    with pytest.raises(ReadError) as caught:
        read_source(OFFICE / "task_table.xls")
    message = str(caught.value)
    assert "task_table.xls" in message and "old binary Excel file" in message
    assert "exited with status 139: Segmentation fault" in message and "Error" not in message


def test_missing_libreoffice_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.delenv("NOTICES_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on it
    monkeypatch.setattr(convert, "_KNOWN_LOCATIONS", ())
    for name in ("002_9132d00a52533a65.doc", "002_9132d00a52533a65.rtf", "task_table.xls"):
        with pytest.raises(ReadError, match="libreoffice-writer-nogui libreoffice-calc-nogui"):
            read_source(OFFICE / name)
    # the .xlsx needs no converter
    assert read_source(OFFICE / "task_table.xlsx").format == "xlsx"
