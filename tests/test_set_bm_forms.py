"""Forms found by held-out set BM (tests/data/realworld/bm*, five notices of party and mass organisations, a CPPCC office
and a State Council reply to the disabled persons' federation, each the first real notice the pages corpus returned for its
query and not already in the sets, annotated before the pipeline ran on them): each test reads a real notice (named in the
test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from pipeline.document.lists import split_list

from test_real_forms import extracted, made_up_document


def _deadlines(text: str, year: int | None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def _relations(document: dict) -> list[tuple[str, str]]:
    return [(citation["title"], citation["relation"]) for citation in document["citations"]]


def _closing_deadlines(document: dict) -> list[tuple[str, bool]]:
    """Each deadline's text and whether it is tied to a measure."""
    return [(deadline["text"], deadline["measure_id"] is not None) for deadline in document["deadlines"]]


# ------------------------------------------------------------------ header


def test_a_salutation_to_the_members_of_a_congress_or_cppcc_is_the_recipients():
    # bm03: 省政協委員: (a provincial CPPCC office asking its members for opinions)
    assert json.loads(extracted("bm03")["recipients"]) == ["省政協委員"]
    look_alike = ("市政协委员:\n根据市政协2023年工作安排,现就有关事项征求意见。请于6月10日前将意见发送至市政协研究室。\n"
                  "政协某某市委员会办公室\n2023年5月20日\n")
    assert json.loads(made_up_document(look_alike)["recipients"]) == ["市政协委员"]
    # a label ending with a colon still names no one
    label = "主要内容:\n根据市政协2023年工作安排,现就有关事项征求意见。\n政协某某市委员会办公室\n2023年5月20日\n"
    assert json.loads(made_up_document(label)["recipients"]) == []


def test_a_mass_organisation_named_short_with_xie_is_a_body_of_its_own_in_a_list():
    # bm02: 各縣市區科協、荊州開發區科協 (a class of places' associations, then a zone's own)
    assert json.loads(extracted("bm02")["recipients"]) == ["各縣市區科協", "荊州開發區科協"]
    assert split_list("各县区科协、某某高新区科协") == ["各县区科协", "某某高新区科协"]
    # the departments of one class of places keep it one entry (C6's shared owner), 科协 among them
    assert split_list("各地级以上市科协、科技局、发展改革局(委)、国资委") == ["各地级以上市科协、科技局、发展改革局(委)、国资委"]
    assert split_list("各县(市、区)发改委、工信局、住建局") == ["各县(市、区)发改委、工信局、住建局"]


def test_a_league_or_party_committee_printed_once_after_classes_of_units_is_each_ones():
    # bm01: 市各委办局、公司、直属单位团委(总支、支部) (the league committees of each class of units, C6's shared suffix)
    assert json.loads(extracted("bm01")["recipients"]) == ["各辖市、区团委", "市各委办局、公司、直属单位团委(总支、支部)"]
    assert split_list("各乡镇、县直各单位党委") == ["各乡镇、县直各单位党委"]
    assert split_list("市直各部门、企业工会") == ["市直各部门、企业工会"]
    # named bodies before a union keep their own names: the 机关's union is no one else's
    assert split_list("县委办、县政府办、县直机关工会") == ["县委办", "县政府办", "县直机关工会"]
    # a class with its own committee before another class's
    assert split_list("各乡镇党委、县直各单位党组织") == ["各乡镇党委", "县直各单位党组织"]


# ------------------------------------------------------------------ deadlines


def test_a_yearly_day_named_for_an_observance_is_no_schedule():
    # bm04: 同意自2017年起,將每年8月25日設立為“殘疾預防日” (the day designated; only the start from 2017 is a limit)
    assert [(deadline["text"], deadline["kind"]) for deadline in extracted("bm04")["deadlines"]] == [("自2017年起", "start")]
    assert _deadlines("每年3月12日为植树节。", 2020) == []
    assert _deadlines("经国务院同意,将每年11月9日定为“全国消防日”。", 2020) == []
    # a step's day is a schedule still, as is a yearly date with its 前
    assert _deadlines("每年1月10日为报送日。", 2020) == [("每年1月10日", "recurring", None)]
    assert _deadlines("各单位每年6月30日前报送上半年总结。", 2020) == [("每年6月30日前", "recurring", None)]


def test_a_meeting_the_issuer_plans_for_a_half_year_is_its_deadline():
    # bm03: 根據省政協2024年工作安排,擬於下半年召開省政協專門委員會工作會議 (C1: the issuer's own meeting; C23: the half's end)
    assert ("下半年", "deadline", "2024-12-31") in [(d["text"], d["kind"], d["date"]) for d in extracted("bm03")["deadlines"]]
    assert _deadlines("根据市委2023年工作安排,拟于上半年召开全市组织工作会议。", 2023) == [("上半年", "deadline", "2023-06-30")]
    assert _deadlines("我局拟于2023年6月10日召开工作推进会。", 2023) == [("2023年6月10日", "deadline", "2023-06-10")]
    # another body's meeting that a notice reports is no step of its own
    assert _deadlines("全国人大将于3月5日召开。", 2023) == []


def test_a_month_set_for_a_programme_step_after_zai_is_its_deadline():
    # bm05: 在5月份安排臨安電視台綜合頻道黃金時間播放紅十字公益宣傳片 (C1: a step of the notice's own 博爱月, the month's end)
    assert ("5月份", "deadline", "2018-05-31") in [(d["text"], d["kind"], d["date"]) for d in extracted("bm05")["deadlines"]]
    assert _deadlines("各镇(街道)要在9月组织开展应急救护培训。", 2019) == [("9月", "deadline", "2019-09-30")]
    # a step already held, or a month a finding is dated by, is none
    assert _deadlines("我会在6月份组织开展了专项检查。", 2019) == []
    assert _deadlines("在5月检查中发现部分单位台账不全。", 2019) == []


def test_a_request_with_its_date_after_the_last_item_is_the_notices_closing_step():
    # bm03: 1.…2.…3.…⏎請於7月20日前將意見建議發送至省政協研究室理論處 (the letter's limit, not item 3's)
    assert ("7月20日前", False) in _closing_deadlines(extracted("bm03"))
    look_alike = ("各学院:\n请围绕以下内容提出意见:\n1.学院在课程建设方面的做法。\n2.存在的困难和问题。\n"
                  "请于5月10日前将意见发送至教务处。\n某某大学教务处\n2023年4月20日\n")
    assert ("5月10日前", False) in _closing_deadlines(made_up_document(look_alike))
    # a request that opens with its condition, not its date, goes on with the last item
    condition = look_alike.replace("请于5月10日前将意见发送至教务处。", "请在做好安全工作的同时于5月10日前完成整改。")
    assert ("5月10日前", True) in _closing_deadlines(made_up_document(condition))


def test_a_date_whose_verb_a_glossed_copy_lost_before_the_body_reported_to_is_a_deadline():
    # bm02: 以書面形式于11月10日?qǐng)?bào)市科協普及部 (請報, each character lost with its gloss's bracket): CONVENTIONS.md C31
    assert ("11月10日", "deadline", "2016-11-10") in [(d["text"], d["kind"], d["date"]) for d in extracted("bm02")["deadlines"]]
    look_alike = ("各县林业局:\n請於5月10日?qǐng)?bào)市林業局造林處。\n某市林業局(jú)\n2020年4月1日\n")
    assert ("5月10日", "deadline", "2020-05-10") in [(d["text"], d["kind"], d["date"])
                                                    for d in made_up_document(look_alike)["deadlines"]]
    # lost characters before the place of an event, and lost characters closing the clause with no body: no limit
    assert _deadlines("于11月10日\ufffd市科协召开会议。", 2016) == []
    assert _deadlines("于11月10日\ufffd\ufffd。", 2016) == []


# ------------------------------------------------------------------ references


def test_a_document_carried_out_by_its_kinds_word_later_in_the_paragraph_is_implemented():
    # bm02: 荊州市人民政府辦公室印發《關于做好…工作的》通知。…將貫徹落實荊州市政府辦公室通知精神和落實情況…報市科協
    assert _relations(extracted("bm02")) == [("關于做好公民科學素質監測評估工作的", "implements")]
    look_alike = ("各县市区林业局:\n省政府办公厅近日印发了《关于加强春季森林防火工作的通知》,请各地认真贯彻落实文件精神,"
                  "于5月10日前报告落实情况。\n某市林业局\n2020年4月1日\n")
    assert _relations(made_up_document(look_alike)) == [("关于加强春季森林防火工作的通知", "implements")]
    # the kind's word of another document (通知精神 after an 意见) names no back reference
    other_kind = look_alike.replace("工作的通知》", "工作的意见》").replace("文件精神", "通知精神")
    assert _relations(made_up_document(other_kind)) == [("关于加强春季森林防火工作的意见", "cites")]
    # carrying out something else (党的二十大精神) leaves the mention a citation
    other_object = look_alike.replace("文件精神", "党的二十大精神")
    assert _relations(made_up_document(other_object)) == [("关于加强春季森林防火工作的通知", "cites")]
