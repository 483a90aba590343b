"""OCR of scanned pages and photographed pages (tests/fixtures/scan/, made by
scripts/make_scan_fixtures.py from the text PDFs of tests/fixtures/pdf/): a scanned sample scores
like its text PDF, a mixed PDF OCRs only its scanned page, a photographed page gives its title and
文号, OCR misreadings are repaired where the context is certain, and the text path never loads the
OCR engine. OCR is slow (seconds a page): these tests read seven pages in all.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline.read.ocr as ocr
from pipeline.build import build
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.evaluate import evaluate
from pipeline.extract import extract_text
from pipeline.read import ReadError, read_source
from pipeline.read.ocr_repair import box_text, repair_line

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = ROOT / "tests" / "data" / "gold"
SCANNED = "000_e8ac68d63b2ecc9f"  # 5 pages; 002 is scanned too, for scripts/bench.py
MIXED = FIXTURES / "scan" / "mixed_001_ba4d4d4b2a22ff08.pdf"  # page 3 of 7 scanned
PHOTO = FIXTURES / "scan" / "photo_000_e8ac68d63b2ecc9f.png"
TOLERANCE = 0.05
COMPARED = ("measures", "assignments", "deadlines", "targets", "metadata")


def _figures(db: Path, gold: Path) -> dict[str, float]:
    result = evaluate(str(db), str(gold))
    figures = {name: score.f1 for name, score in result.scores.items()}
    figures.update({name: accuracy.accuracy for name, accuracy in result.accuracies.items()})
    return figures


@pytest.fixture(scope="module")
def scanned_and_text(tmp_path_factory):
    """The sample built from its text PDF and from its scan, each scored against its gold file."""
    folder = tmp_path_factory.mktemp("ocr")
    gold = folder / "gold"
    gold.mkdir()
    shutil.copy(GOLD / f"{SCANNED}.json", gold)
    out = {}
    for kind, path in (("text", FIXTURES / "pdf" / f"{SCANNED}.pdf"), ("scan", FIXTURES / "scan" / f"{SCANNED}.pdf")):
        db = folder / f"{kind}.db"
        report = build([str(path)], str(db), workers=1)
        assert report.exit_code == 0, report.failed
        out[kind] = (db, _figures(db, gold))
    return out


@pytest.mark.parametrize("field", COMPARED)
def test_a_scanned_sample_scores_like_its_text_pdf(scanned_and_text, field):
    text, scan = scanned_and_text["text"][1][field], scanned_and_text["scan"][1][field]
    assert text - scan <= TOLERANCE, (field, scan, text)


def test_items_of_a_scan_carry_their_ocr_confidence_and_text_items_none(scanned_and_text):
    found = {}
    for kind in ("text", "scan"):
        conn = sqlite3.connect(scanned_and_text[kind][0])
        try:
            values = [row[0] for table in ("assignments", "deadlines", "targets", "citations")
                      for row in conn.execute(f"SELECT ocr_confidence FROM {table}")]
            found[kind] = values
            if kind == "text":
                assert set(values) == {None}
            else:
                assert values and all(v is not None and 0.5 <= v <= 1.0 for v in values), values
            fmt, meta = conn.execute("SELECT format, meta FROM documents WHERE parent_id IS NULL").fetchone()
            assert fmt == "pdf"
            assert ("ocr_pages" in json.loads(meta)) is (kind == "scan")
        finally:
            conn.close()
    assert len(found["scan"]) == len(found["text"])


def test_a_mixed_pdf_ocrs_only_its_scanned_page(monkeypatch):
    calls = []
    real = ocr.recognise

    def counted(image):
        calls.append(image.shape)
        return real(image)

    monkeypatch.setattr(ocr, "recognise", counted)
    mixed = read_source(MIXED)
    text = read_source(FIXTURES / "pdf" / MIXED.name.removeprefix("mixed_"))
    assert len(calls) == 1 and mixed.meta["ocr_pages"] == [3] and mixed.meta["pages"] == 7
    start, end = mixed.page_starts[2], mixed.page_starts[3]
    # the pages around the scan are their text layer's, character for character
    assert mixed.text[:start] == text.text[: text.page_starts[2]]
    assert mixed.text[end:].lstrip("\n") == text.text[text.page_starts[3]:].lstrip("\n")
    # every OCR'd line lies on page 3, and page 3's text is what was printed there
    ranges = mixed.meta["ocr_confidence"]
    assert ranges and all(start <= a < b <= end and 0.5 <= c <= 1.0 for a, b, c in ranges)
    assert "（三）及时抓好春耕生产。" in mixed.text[start:end]
    assert "（四）积极帮助农产品销售。" in mixed.text[start:end]


def test_a_photographed_page_is_read():
    source = read_source(PHOTO)
    assert source.format == "png" and source.meta["ocr_pages"] == [1]
    header = parse(normalise(source.text).text)[0].meta
    assert header.doc_number == "闽扶办〔2020〕4号"
    assert header.title == "福建省扶贫开发领导小组办公室关于统筹做好新冠肺炎疫情防控and脱贫攻坚工作的通知"


def test_an_image_without_text_is_refused_by_name(tmp_path):
    from PIL import Image

    path = tmp_path / "blank.png"
    Image.new("L", (600, 800), 255).save(path)
    with pytest.raises(ReadError, match=r"blank\.png.*OCR found no text in this PNG image"):
        read_source(path)


@pytest.mark.parametrize("misread, printed", [
    # as RapidOCR read the scanned fixtures
    ("闽扶办〔2020]4号", "闽扶办〔2020〕4号"),
    ("渝扶组办发[2020].7号", "渝扶组办发〔2020〕7号"),
    ("一丶坚决打赢疫情防控阻击战和脱贫攻坚战", "一、坚决打赢疫情防控阻击战和脱贫攻坚战"),
    ("脱贫攻坚·要坚定信心决心，坚持", "脱贫攻坚。要坚定信心决心，坚持"),
    ("不动摇’工作总体安排部署不能变", "不动摇，工作总体安排部署不能变"),
    ('做到“战疫"和“战贫"两不误', "做到“战疫”和“战贫”两不误"),
    ("形成新的“一件事”清单，并不断扩大覆盖范围，推动“一件事“落实落地。", "形成新的“一件事”清单，并不断扩大覆盖范围，推动“一件事”落实落地。"),
    ("推出相关应用的“关怀模式““长辈模式”，让老年人", "推出相关应用的“关怀模式”“长辈模式”，让老年人"),
    ("1·采取适当方式慰问。", "1．采取适当方式慰问。"),
    ("二～加强疫情防控", "二、加强疫情防控"),
    ("：(三）及时抓好春耕生产。", "（三）及时抓好春耕生产。"),
    ("·三、把促进贫困人口就业作为重要工作来抓", "三、把促进贫困人口就业作为重要工作来抓"),
    ("各区县（自治县）“、万盛经开区", "各区县（自治县）、万盛经开区"),
    ("一2一", "—2—"),
    # a range's dash read as 一 between two numbers
    ("关于印发包头市数字政府建设行动方案（2021一2023年）的通知》", "关于印发包头市数字政府建设行动方案（2021—2023年）的通知》"),
    ("每年1一3月开展自查", "每年1—3月开展自查"),
    # years and digits
    ("二O二O年二月", "二〇二〇年二月"),
    ("2O2O年", "2020年"),
    ("于20l9年3I日前", "于2019年3I日前"),
    ("共l2l5户", "共l215户"),
    # left as printed
    ("‘放管服’改革", "‘放管服’改革"),
    ("通办“工作，推进“放管服”改革", "通办“工作，推进“放管服”改革"),  # the first “ may close a quote of the line before
    ("国发〔2019〕12号", "国发〔2019〕12号"),
    ("广州市2025年第一批户籍家庭", "广州市2025年第一批户籍家庭"),
    ("十一、加强组织领导", "十一、加强组织领导"),
    ("2025年一季度完成，5G一体化", "2025年一季度完成，5G一体化"),
])
def test_ocr_misreadings_are_repaired_where_the_context_is_certain(misread, printed):
    assert repair_line(misread) == printed


@pytest.mark.parametrize("read, printed", [
    # as RapidOCR read a scanned notice's boxes: the gap beside narrow digits read as a space
    ("2.2 人户中 2 人均年满18 周岁的家庭（夫妻除外）；", "2.2人户中2人均年满18周岁的家庭（夫妻除外）；"),
    ("2.系统随机摇房。公租房常态分配系统于 2025年3月28日上午10时", "2.系统随机摇房。公租房常态分配系统于2025年3月28日上午10时"),
    # left as read: spaces not beside a digit, or between Latin words and digits
    ("（一） 家庭保障人口为3人户及以上；", "（一） 家庭保障人口为3人户及以上；"),
    ("升级至 Windows 10", "升级至 Windows 10"),
])
def test_spaces_the_recogniser_puts_beside_digits_in_a_box_are_dropped(read, printed):
    assert box_text(read) == printed


def test_a_count_after_an_item_label_is_not_read_as_a_section_number_when_ocr_spaced_it():
    # 2.2人户… is item 2. of 2人户 (the TXT's reading); OCR's 2.2 人户 read as section 2.2 put the list a level down
    lines = ["关于推出公共租赁住房常态分配房源的通告", "（一）家庭保障人口与户型对应",
             "根据家庭保障人口与户型对应原则，两房一厅房源面向下列家庭分配：", "1.3人户家庭；",
             "2.2 人户中 2 人均年满18 周岁的家庭（夫妻除外）；", "3.2人户中父女或母子结构的家庭；"]
    text = "\n".join(box_text(line) for line in lines)
    measures = extract_text(text)["documents"][0]["measures"]
    assert [(m["label"], m["level"]) for m in measures] == [("（一）", 1), ("1.", 2), ("2.", 2), ("3.", 2)]


def test_the_text_path_never_imports_the_ocr_engine():
    code = (
        "import sys; from pipeline.read import read_source; "
        f"s = read_source({str(FIXTURES / 'pdf' / (SCANNED + '.pdf'))!r}); "
        "assert 'ocr_pages' not in s.meta; "
        "print(sorted(m for m in ('rapidocr_onnxruntime', 'onnxruntime', 'cv2') if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


# --------------------------------------------------------------------------------------------
# boxes to lines (no OCR: boxes as RapidOCR gives them, 4 corners in pixels, y down)


def _box(x0, y0, x1, y1, text, score=0.95, angle=0.0):
    """A recognised box, turned by ``angle`` radians about the origin as a tilted scan turns it."""
    import math

    cos, sin = math.cos(angle), math.sin(angle)
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return [(x * cos - y * sin, x * sin + y * cos) for x, y in corners], text, score


def test_two_columns_are_read_left_column_first_under_a_title_across_both():
    from pipeline.read.ocr_lines import page_lines

    em = 40
    boxes = [_box(300, 100, 1300, 150, "两栏排版的通知标题横跨两栏")]
    for k in range(6):
        y = 250 + k * 70
        boxes.append(_box(1000, y, 1000 + 12 * em, y + em, f"右栏第{k + 1}行文字内容继续写下去"))
        boxes.append(_box(200, y, 200 + 12 * em, y + em, f"左栏第{k + 1}行文字内容继续写下去"))
    lines = page_lines(boxes, 0, 2.0, 1000.0)
    texts = [line.text for line in lines]
    assert texts[0] == "两栏排版的通知标题横跨两栏"
    assert texts[1:7] == [f"左栏第{k}行文字内容继续写下去" for k in range(1, 7)]
    assert texts[7:] == [f"右栏第{k}行文字内容继续写下去" for k in range(1, 7)]
    # the right column is moved onto the left one's margin, so paragraphs read its indents alike
    assert {round(line.x0) for line in lines[1:]} == {100}


def test_a_tilted_page_gives_level_lines_with_their_indents_and_one_size():
    from pipeline.read.ocr_lines import page_lines

    em, angle = 40, 0.02  # about 1.1°
    boxes = []
    for k in range(8):
        y = 300 + k * 70
        indent = 2 * em if k in (0, 4) else 0
        text = "一、总体要求" if k == 4 else "各地要认真贯彻落实通知要求切实做好工作"
        width = len(text) * em
        boxes.append(_box(200 + indent, y, min(200 + indent + width, 200 + 20 * em), y + em, text, 0.9 + k / 100, angle))
    # one line split into two boxes by a wide gap: joined (spaces between Chinese dropped as in a text layer)
    boxes.append(_box(200, 300 + 8 * 70, 200 + 4 * em, 300 + 8 * 70 + em, "联系人：", angle=angle))
    boxes.append(_box(200 + 8 * em, 300 + 8 * 70, 200 + 10 * em, 300 + 8 * 70 + em, "张三", 0.7, angle))
    lines = page_lines(boxes, 0, 2.0, 1000.0)
    assert [line.text for line in lines][4] == "一、总体要求"
    assert lines[-1].text == "联系人：张三" and lines[-1].confidence == 0.7
    starts = [round(line.x0) for line in lines]
    assert starts[0] == starts[4] == starts[1] + 40 and len(set(starts[1:4] + starts[5:])) == 1
    assert len({line.size for line in lines}) == 1
    assert all(a.y0 > b.y1 for a, b in zip(lines, lines[1:]))  # top to bottom, PDF y up
