"""Tests for extractors.docnumbers: concrete cases, then the 34k real numbers of tests/data/docnumbers."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extractors.docnumbers import find_doc_numbers, normalise_doc_number, parse_doc_number

DOCNUMBERS_TSV = Path(__file__).parent / "data" / "docnumbers" / "docnumbers.tsv"


# --- one string, one number ------------------------------------------------------------------------

BRACKETED_CASES = [
    # (as written, normalised, issuer_code, year, serial)
    ("国开发〔2020〕3号", "国开发〔2020〕3号", "国开发", 2020, 3),
    ("晋政办发[2003]55号", "晋政办发〔2003〕55号", "晋政办发", 2003, 55),
    ("粤府办［2019］12号", "粤府办〔2019〕12号", "粤府办", 2019, 12),
    ("川府发（2021）7号", "川府发〔2021〕7号", "川府发", 2021, 7),
    ("云政发(2018)40号", "云政发〔2018〕40号", "云政发", 2018, 40),
    ("国办函﹝2020﹞21号", "国办函〔2020〕21号", "国办函", 2020, 21),
    ("闽政办【2020】5号", "闽政办〔2020〕5号", "闽政办", 2020, 5),
    ("渝府发〔2020]18号", "渝府发〔2020〕18号", "渝府发", 2020, 18),  # mismatched pair
    ("豫政 〔2010〕116号", "豫政〔2010〕116号", "豫政", 2010, 116),  # space before the bracket
    ("渝府办发〔 2022 〕96 号", "渝府办发〔2022〕96号", "渝府办发", 2022, 96),  # spaces everywhere
    ("晋政发〔2016〕 1号", "晋政发〔2016〕1号", "晋政发", 2016, 1),
    ("\u200b渝府办发〔2019〕22号", "渝府办发〔2019〕22号", "渝府办发", 2019, 22),  # zero-width space
    ("渝府〔2023〕8号\u200b", "渝府〔2023〕8号", "渝府", 2023, 8),
    ("\u200d渝肺炎指办发〔2022〕92号", "渝肺炎指办发〔2022〕92号", "渝肺炎指办发", 2022, 92),  # ZWJ
    ("\ufeff鄂政发〔2020〕\u20602号", "鄂政发〔2020〕2号", "鄂政发", 2020, 2),  # BOM, word joiner
    ("辽政办发\u00a0〔2020〕\u30003号", "辽政办发〔2020〕3号", "辽政办发", 2020, 3),  # NBSP, U+3000
    ("国开发〔２０２０〕３号", "国开发〔2020〕3号", "国开发", 2020, 3),  # full-width digits
    ("国发〔2020〕第3号", "国发〔2020〕3号", "国发", 2020, 3),
    ("宁政办发〔2020〕03号", "宁政办发〔2020〕3号", "宁政办发", 2020, 3),
    ("渝府发〔2000〕48号〔〕", "渝府发〔2000〕48号", "渝府发", 2000, 48),  # trailing debris
    ("晋政发〔2014〕号16", "晋政发〔2014〕16号", "晋政发", 2014, 16),  # serial after 号
    ("晋政办发〔2012〕18", "晋政办发〔2012〕18号", "晋政办发", 2012, 18),  # 号 missing
]


@pytest.mark.parametrize("written,normalised,code,year,serial", BRACKETED_CASES)
def test_bracketed(written, normalised, code, year, serial):
    parsed = parse_doc_number(written)
    assert parsed is not None
    assert (parsed.normalised, parsed.issuer_code, parsed.year, parsed.serial, parsed.form) == (
        normalised, code, year, serial, "bracketed")


SERIES_CASES = [
    # (as written, normalised, issuer_code, year, serial, form)
    ("山西省人民政府令第283号", "山西省人民政府令第283号", "山西省人民政府令", None, 283, "decree"),
    ("省政府令 第12号", "省政府令第12号", "省政府令", None, 12, "decree"),
    ("重庆市人民政府令第 359 号", "重庆市人民政府令第359号", "重庆市人民政府令", None, 359, "decree"),
    ("宁夏回族自治区人民政府令第122号", "宁夏回族自治区人民政府令第122号", "宁夏回族自治区人民政府令", None, 122, "decree"),
    ("上海市人民政府令2018年第8号", "上海市人民政府令2018年第8号", "上海市人民政府令", 2018, 8, "decree"),
    ("住房和城乡建设部令第1号", "住房和城乡建设部令第1号", "住房和城乡建设部令", None, 1, "decree"),
    ("国家税务总局公告2019年第45号", "国家税务总局公告2019年第45号", "国家税务总局公告", 2019, 45, "announcement"),
    ("财政部 税务总局公告2019年第39号", "财政部税务总局公告2019年第39号", "财政部税务总局公告", 2019, 39, "announcement"),
    ("国家税务总局2018年第32号", "国家税务总局2018年第32号", "国家税务总局", 2018, 32, "announcement"),
    ("号市人大公告1996年第40号", "市人大公告1996年第40号", "市人大公告", 1996, 40, "announcement"),  # cut by the scrape
]


@pytest.mark.parametrize("written,normalised,code,year,serial,form", SERIES_CASES)
def test_decree_and_announcement(written, normalised, code, year, serial, form):
    parsed = parse_doc_number(written)
    assert parsed is not None
    assert (parsed.normalised, parsed.issuer_code, parsed.year, parsed.serial, parsed.form) == (
        normalised, code, year, serial, form)


@pytest.mark.parametrize("junk", [
    "", " ", "\u200b", "号", "〔〕", "〔2020〕", "第号", "号市人大", "2020年", "关于做好工作的通知",
    "（2020）", "[bookmark: _GoBack]", "令第号", "〔２０２０〕号", None, 3,
])
def test_junk_is_none_and_never_raises(junk):
    assert parse_doc_number(junk) is None
    assert normalise_doc_number(junk) is None


def test_normalise_doc_number():
    assert normalise_doc_number("晋政办发 [2003] 55 号") == "晋政办发〔2003〕55号"
    assert normalise_doc_number("没有文号") is None


def test_text_is_as_written():
    assert parse_doc_number("  豫政 〔2010〕116号 ").text == "豫政 〔2010〕116号"


# --- numbers in running text -----------------------------------------------------------------------


def _found(text):
    return [(text[start:end], number.normalised) for start, end, number in find_doc_numbers(text)]


@pytest.mark.parametrize("text,expected", [
    ("根据《关于做好疫情防控期间脱贫攻坚工作的通知》（国开发〔2020〕3号）要求",
     [("国开发〔2020〕3号", "国开发〔2020〕3号")]),
    ("现将国务院扶贫开发领导小组关于做好工作的通知（国开发〔2020〕3号）转发给你们",
     [("国开发〔2020〕3号", "国开发〔2020〕3号")]),
    ("按照省政府办公厅印发的闽政办〔2020〕5号文件要求", [("闽政办〔2020〕5号", "闽政办〔2020〕5号")]),
    ("根据闽政办〔2020〕5号和闽政〔2019〕12号精神", [("闽政办〔2020〕5号", "闽政办〔2020〕5号"),
                                                   ("闽政〔2019〕12号", "闽政〔2019〕12号")]),
    ("依据国发〔2019〕1号、国办发〔2019〕2号", [("国发〔2019〕1号", "国发〔2019〕1号"),
                                              ("国办发〔2019〕2号", "国办发〔2019〕2号")]),
    ("福建省人民政府闽政〔2020〕1号", [("闽政〔2020〕1号", "闽政〔2020〕1号")]),
    ("福建省发改委 闽发改〔2020〕1号", [("闽发改〔2020〕1号", "闽发改〔2020〕1号")]),
    ("闽 政 办 〔2020〕 5 号", [("闽 政 办 〔2020〕 5 号", "闽政办〔2020〕5号")]),  # letter-spaced header
    ("见渝府发\u200b〔2020〕\n18号文", [("渝府发\u200b〔2020〕\n18号", "渝府发〔2020〕18号")]),
    ("《山西省安全生产条例实施办法》（山西省人民政府令第283号）",
     [("山西省人民政府令第283号", "山西省人民政府令第283号")]),
    ("根据省政府令 第12号和国家税务总局公告2019年第45号", [("省政府令 第12号", "省政府令第12号"),
                                                          ("国家税务总局公告2019年第45号", "国家税务总局公告2019年第45号")]),
    ("按照国家税务总局2018年第32号公告", [("国家税务总局2018年第32号", "国家税务总局2018年第32号")]),
])
def test_find_in_running_text(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "截至2020年第3号台风过境", "2020年是决胜之年", "第3号", "（2020）年度", "〔2020〕3号",
    "各县（2020）", "对账销号", "12317热线",
])
def test_no_number_in_running_text(text):
    assert find_doc_numbers(text) == []


def test_offsets_survive_noise_before_the_number():
    text = "\u200b\u200b按照\u3000闽政办〔２０２０〕５号文件"
    [(start, end, number)] = find_doc_numbers(text)
    assert text[start:end] == "闽政办〔２０２０〕５号"
    assert number.normalised == "闽政办〔2020〕5号"


# --- the real numbers ------------------------------------------------------------------------------

NOISE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]")
# Independent of the parser: a CJK prefix, a four-digit year in any bracket, a serial, 号.
BRACKETED_FAMILY = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]+)[〔\[［(（﹝【](?P<year>\d{4})[〕\]］)）﹞】](?P<serial>\d+)号$")
# Serial-numbered series: anything ending in 第N号, with the year where it is written.
SERIES_FAMILY = re.compile(r"(?:(?P<year>\d{4})年)?第(?P<serial>\d+)号$")
# Scrape debris that sometimes stands before a code in the data (…的通知粤府〔2020〕1号): a parser
# that drops it is right, so a prediction equal to the code after the debris counts as correct.
DEBRIS = re.compile(r"^.*(?:的|通知|通告|批复|按照|按|根据|依据|落实|以及|废止|人民政府)")


def _rows():
    with DOCNUMBERS_TSV.open(encoding="utf-8", newline="") as f:
        return [row["doc_number"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def test_real_doc_numbers():
    bracketed_total = bracketed_ok = bracketed_verbatim = series_total = series_ok = 0
    misses = []
    for written in _rows():
        parsed = parse_doc_number(written)  # must not raise on any line
        clean = NOISE.sub("", written)
        if m := BRACKETED_FAMILY.match(clean):
            bracketed_total += 1
            prefix, year, serial = m["prefix"], int(m["year"]), int(m["serial"])
            accepted = {f"{code}〔{year}〕{serial}号" for code in (prefix, DEBRIS.sub("", prefix)) if code}
            if parsed and parsed.normalised in accepted and (parsed.year, parsed.serial) == (year, serial):
                bracketed_ok += 1
                bracketed_verbatim += parsed.issuer_code == prefix
            else:
                misses.append((written, parsed and parsed.normalised))
        elif m := SERIES_FAMILY.search(clean):
            series_total += 1
            year = int(m["year"]) if m["year"] else None
            if parsed and parsed.serial == int(m["serial"]) and parsed.year == year:
                series_ok += 1
            else:
                misses.append((written, parsed and parsed.normalised))

    bracketed_rate = bracketed_ok / bracketed_total
    series_rate = series_ok / series_total
    print(f"\nbracketed 〔YEAR〕N号: {bracketed_ok}/{bracketed_total} = {bracketed_rate:.4%}"
          f" ({bracketed_ok - bracketed_verbatim} of them with scrape debris cut off the prefix)")
    print(f"decree/announcement 第N号: {series_ok}/{series_total} = {series_rate:.4%}")
    for written, got in misses[:40]:
        print(f"  miss: {written!r} -> {got!r}")
    assert bracketed_total > 30000 and series_total > 200
    assert bracketed_rate >= 0.999
    assert series_rate >= 0.98


def test_never_raises_on_random_text():
    hypothesis = pytest.importorskip("hypothesis")
    strategies = hypothesis.strategies
    alphabet = strategies.sampled_from(list("国发办政令第号年公告和的根据〔〕[]（）()【】 \u200b\u3000\n0123456789２０"))

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(strategies.text(alphabet, max_size=40))
    def check(text):
        for start, end, number in find_doc_numbers(text):
            assert 0 <= start < end <= len(text)
            assert number.serial is not None
        parse_doc_number(text)

    check()


def test_every_real_number_still_parses():
    """Each of the 34,434 real 文号 gives a number (the one empty line of the list excepted)."""
    unparsed = [written for written in _rows() if written.strip() and parse_doc_number(written) is None]
    assert unparsed == []


# --- forms of real notices (issue 15) ---------------------------------------------------------------


@pytest.mark.parametrize("written, normalised, code", [
    ("国办发„2009‟3号", "国办发〔2009〕3号", "国办发"),  # 〔〕 in a symbol font lost on the way to a web page
    ("湘政发﹝2019﹞7号", "湘政发〔2019〕7号", "湘政发"),
    ("湘政办发〖2018〗12号", "湘政办发〔2018〕12号", "湘政办发"),
    ("粤府办 [2015] 22 号", "粤府办〔2015〕22号", "粤府办"),
    ("東府〔2021〕54號", "東府〔2021〕54號", "東府"),  # traditional characters stay as written
    ("**政办〔2015〕39号", "**政办〔2015〕39号", "**政办"),  # a masked code
    ("国办发〔2015〕第9号", "国办发〔2015〕9号", "国办发"),
])
def test_odd_forms(written, normalised, code):
    parsed = parse_doc_number(written)
    assert (parsed.normalised, parsed.issuer_code) == (normalised, code)


@pytest.mark.parametrize("text, expected", [
    ("根据国务院（国发〔2020〕3）精神", ["国发〔2020〕3号"]),  # 号 left out before the closing bracket
    ("按照国发〔2020〕3号、湘政发〔2019〕7文件要求", ["国发〔2020〕3号", "湘政发〔2019〕7号"]),
    ("2020年（2020）12，共计", []),  # a year and a number, no code
    ("目录（2020）3个", []),
])
def test_number_without_its_sign_in_running_text(text, expected):
    assert [number.normalised for _, _, number in find_doc_numbers(text)] == expected


# --- issue 15: the real numbers as OCR and careless copies print them ------------------------------

# The year's brackets as a scanner's OCR or a copy gives them (make_parity_set.py's scans; n17, a15, j11 of the real sets).
YEAR_BRACKET_DISTORTIONS = {"corner": ("「", "」"), "quotes": ("“", "”"), "ascii": ("[", "]"), "round": ("(", ")"),
                            "lost": ("", "")}


@pytest.mark.parametrize("distortion", sorted(YEAR_BRACKET_DISTORTIONS))
def test_real_numbers_with_their_year_brackets_misread(distortion):
    """Every real bracketed number, its brackets replaced, found in running text as the same number. With both brackets
    lost only codes that end as codes do (CODE_ENDINGS: nine in ten) are read, the year being less sure."""
    opening, closing = YEAR_BRACKET_DISTORTIONS[distortion]
    total = found = 0
    for written in _rows():
        m = BRACKETED_FAMILY.match(NOISE.sub("", written))
        parsed = parse_doc_number(written)
        if not m or not parsed or parsed.issuer_code != m["prefix"]:
            continue
        total += 1
        distorted = f"{m['prefix']}{opening}{m['year']}{closing}{m['serial']}号"
        hits = find_doc_numbers(f"根据{distorted}文件")
        found += len(hits) == 1 and hits[0][2].normalised == parsed.normalised
    assert total > 30000
    assert found / total >= (0.9 if distortion == "lost" else 0.999), (distortion, found, total)


@pytest.mark.parametrize("text", ["地址:广州市连新路171号", "截至2020年第3号台风", "房间20201号", "编号2020123号",
                                  "（2020）3个", "2020年3号"])
def test_no_number_without_a_code_that_reads_as_one(text):
    assert find_doc_numbers(text) == []


def test_a_number_whose_year_was_lost():
    number = parse_doc_number("西防指〔〕15号")
    assert (number.normalised, number.year, number.serial, number.issuer_code) == ("西防指〔〕15号", None, 15, "西防指")


def test_a_number_whose_year_a_template_masks():
    # d14: a 文库 template keeps the code and serial and masks the year
    number = parse_doc_number("市委办〔20**〕91号")
    assert (number.normalised, number.year, number.serial) == ("市委办〔20**〕91号", None, 91)
    assert [n.normalised for _, _, n in find_doc_numbers("根据市委办〔20**〕91号文件精神")] == ["市委办〔20**〕91号"]


def test_ocr_tail_tried_near_its_sign_finds_what_finditer_finds():
    """OCR_TAIL is tried only within OCR_TAIL_REACH before a 号 (extractors.anchored_scan): on the
    sample notices, real 文号 and dense mixes of the pieces a damaged number is made of (brackets,
    years, line breaks, 第, serials), it gives the matches ``finditer`` gives, groups and all."""
    import random

    from extractors.anchored_scan import finditer_near
    from extractors.docnumbers import NUMBER_SIGNS, OCR_TAIL, OCR_TAIL_REACH

    corpus = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "corpus").glob("*.txt"))]
    numbers = _rows()[:3000]
    pieces = ["〔", "〕", "「", "」", "“", "”", "[", "]", "(", ")", "2020", "19", "1998", "\n", "第", "3", "1234", "12345",
              "号", "號", "国发", "，", " ", "年"]
    rnd = random.Random(11)
    texts = corpus + ["，".join(numbers[k:k + 40]) for k in range(0, len(numbers), 40)]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 50))) for _ in range(3000)]
    texts += ["〔〔\n2020\n〕\n第\n1234\n号", "「「\n1998\n」\n第\n12\n號"]  # the longest reach
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in OCR_TAIL.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer_near(OCR_TAIL, text, NUMBER_SIGNS, OCR_TAIL_REACH)] == expected, text
