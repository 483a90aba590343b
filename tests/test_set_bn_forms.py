"""Forms found by held-out set BN (tests/data/realworld/bn*, six texts chosen by a fixed list of county- and district-level
department kinds — each the first real government text the pages corpus returned for its query and not already in the
sets, annotated before the pipeline ran on them): each test reads a real text of the set (named in the test) and a
look-alike of the same form, or one that must keep its reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations
from extractors.docnumbers import find_doc_numbers
from pipeline.extract import extract_text

from test_real_forms import real


def _documents(text: str, name: str = "look-alike.txt") -> list[dict]:
    return extract_text(text, name)["documents"]


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(number.text, number.normalised) for _, _, number in find_doc_numbers(text)]


# ------------------------------------------------------------------ references


def test_an_order_cited_by_its_serial_and_order_sign_without_di_is_the_bodys_order():
    # bn01: 《实施工程建设强制性标准监督规定》(建设部81号令), beside 《建筑工程质量管理条例》(国务院第279号令)
    cited = {(c.title, c.doc_number) for c in find_citations(real("bn01"))}
    assert ("实施工程建设强制性标准监督规定", "建设部令第81号") in cited
    assert ("建筑工程质量管理条例", "国务院令第279号") in cited
    assert _numbers("依据《财政部门监督办法》(财政部69号令)的规定") == [("财政部69号令", "财政部令第69号")]
    assert _numbers("按照原国家安全监管总局16号令要求") == [("原国家安全监管总局16号令", "原国家安全监管总局令第16号")]
    # a serial with no body before it, after a body that is none (部门), or with no 令 after it is no order
    assert _numbers("请于本月3号令各单位上报") == []
    assert _numbers("公安部门2号令") == []
    assert _numbers("建设部81号文") == []


# ------------------------------------------------------------------ deadlines


def test_a_publicitys_posting_period_is_no_deadline():
    # bn02: 公示时间:2017年10月9日~13日。 bn05: 公示期为2024年11月27日至2024年12月3日。 (bi01, ax08, ax11: how long the 公示 is posted)
    for prefix in ("bn02", "bn05"):
        assert _documents(real(prefix), f"{prefix}.txt")[0]["deadlines"] == []
    look_alike = ("某县教育局关于拟推荐市级文明校园的公示\n经学校申报、专家评审,拟推荐某县第一中学为市级文明校园,现予以公示。\n"
                  "公示期为2023年5月8日至2023年5月12日。公示期间如有异议,请以书面形式向县教育局反映。\n联系电话:0551-1234567\n"
                  "某县教育局\n2023年5月8日")
    assert _documents(look_alike)[0]["deadlines"] == []
    # a limit on an act in the same notice stays one
    asked = look_alike.replace("请以书面形式向县教育局反映", "请于2023年5月12日前以书面形式向县教育局反映")
    assert [d["text"] for d in _documents(asked)[0]["deadlines"]] == ["2023年5月12日前"]


def test_a_holiday_period_for_a_visit_names_no_limit():
    # bn03: 关于在“六一”儿童节期间对本区社会孤儿进行走访慰问的通知 … 在“六一”儿童节期间,各街道、镇社保科要组织人员… (ak01's 两节期间)
    document = _documents(real("bn03"), "bn03.txt")[0]
    assert document["deadlines"] == []
    assert [(t["text"], t["comparator"]) for t in document["targets"]] == [("100元", "=")]


# ------------------------------------------------------------------ documents and measures


def test_a_reply_printed_twice_by_an_aggregator_is_one_document():
    # bn04: 朗读 ⏎ 县水务局: ⏎ 鉴于… ⏎ 特此批复。 ⏎ 二OO五年四月二十九日 ⏎ (the paragraph, 特此批复 and the date again) ⏎ 信息来源:县政府办公室
    documents = _documents(real("bn04"), "bn04.txt")
    assert len(documents) == 1
    assert (documents[0]["issuer"], documents[0]["signed_date"]) == (None, "2005-04-29")


def test_a_heading_number_after_te_zuo_ru_xia_tong_zhi_on_the_same_line_is_a_measure():
    # bn06: …特作如下通知: 一、优抚安置工作是关系国家经济建设…的大事。 (C25: 通知如下:一、, 如下实施意见: 一、)
    assert [m["label"] for m in _documents(real("bn06"), "bn06.txt")[0]["measures"]] == ["一、"]
    look_alike = ("各乡镇人民政府,县直各单位: 为做好今年防汛工作,特作如下通知: 一、加强组织领导。各乡镇要成立防汛指挥机构。 "
                  "二、落实防汛责任。各单位要明确责任人。")
    assert [m["label"] for m in _documents(look_alike)[0]["measures"]] == ["一、", "二、"]
