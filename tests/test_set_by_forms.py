"""Forms found by held-out set BY (tests/data/realworld/by*, notices whose measures carry responsible units and time limits:
a city development and reform commission's ledger-management notice, a police unit's rectification notice to a highway
company from a model-text collection, its names masked; each the first usable notice the pages corpus returned for its
query and not already in the sets, annotated before the pipeline ran on them): each test reads a real notice (named in the
test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the general case with
it."""

import json

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets, letter_figures_read
from pipeline.document.elements import is_lone_addressee
from pipeline.document.normalise import normalise

from test_real_forms import extracted, made_up_document


def _deadlines(text: str, year=None) -> list[tuple]:
    return [(found.text, found.kind) for found in find_deadlines(text, year)]


def _targets(text: str) -> list[tuple]:
    return [(found.text, found.value, found.unit, found.comparator) for found in find_targets(text)]


# ------------------------------------------------------------------ 逐月 with its act


def test_period_by_period_with_an_act_is_a_schedule():
    # by01: 对纳入台账管理的事项实行一事一记,…和体现办结成果的资料留存被查,逐月汇总。
    assert ("逐月汇总", "recurring") in [(d["text"], d["kind"]) for d in extracted("by01")["deadlines"]]
    assert _deadlines("各乡镇要建立问题清单,逐季通报整改进展,逐月报送工作台账。") == [("逐季通报", "recurring"), ("逐月报送", "recurring")]
    # a trend over the periods, and a slogan's verb, are no schedules
    assert _deadlines("全县财政收入逐年提高,农民收入逐月递增。") == []
    assert _deadlines("坚持“年初建账、逐月查账、年底交账”。") == []


# ------------------------------------------------------------------ an event glossed in brackets before 之日起


def test_an_event_glossed_in_brackets_before_its_day_starts_a_duty_or_counts_a_window():
    # by01: …实行一事一记,从接手(接件、签收)之日起,做好进、办、出各环节登记
    assert ("从接手(接件、签收)之日起", "start") in [(d["text"], d["kind"]) for d in extracted("by01")["deadlines"]]
    assert _deadlines("承办科室自签收（接件）之日起,建立办理台账。") == [("自签收（接件）之日起", "start")]
    assert _deadlines("对群众投诉,自受理(立案、登记)之日起15日内作出处理。") == [("自受理(立案、登记)之日起15日内", "relative")]
    # the window later in the sentence is the limit, its origin no start of its own (as without the gloss)
    assert _deadlines("自受理（立案）之日起,应当在20个工作日内作出决定。") == [("20个工作日内", "relative")]


# ------------------------------------------------------------------ lengths in Latin symbols


def test_a_length_in_km_or_m_is_a_target_in_kilometres_or_metres():
    # by02: 要在来车方向距施工点2km、lkm、500m、lOOm处分别设置“前方施工、谨慎驾驶”等警示牌
    assert [(t["text"], t["value"], t["unit"]) for t in extracted("by02")["targets"]] == [
        ("2km", 2.0, "公里"), ("lkm", 1.0, "公里"), ("500m", 500.0, "米"), ("lOOm", 100.0, "米")]
    assert _targets("堤防加高1.5m以上,巡查范围延伸至下游3km。") == [("1.5m以上", 1.5, "米", ">="), ("3km", 3.0, "公里", "=")]
    # an area, a volume, a mass, a time and a speed written in Latin symbols are no lengths
    assert _targets("新建绿地500m²,蓄水20m3,用药5mg,间隔10min,限速60km/h。") == []


def test_a_figure_typed_in_look_alike_letters_is_read_after_a_figure_of_digits_in_its_list():
    assert _targets("沿线每隔50米、lOO米、l5O米设置一处警示桩。") == [
        ("50米", 50.0, "米", "="), ("lOO米", 100.0, "米", "="), ("l5O米", 150.0, "米", "=")]
    # the same length, so the targets' offsets cut them from the text as printed
    assert letter_figures_read("距路口2km、lkm处") == "距路口2km、1km处"
    # alone, or after no figure of digits, letters are no figure
    assert _targets("lOOm跑道一条") == []
    assert letter_figures_read("型号COOL、lOm") == "型号COOL、lOm"
    assert letter_figures_read("共5人、lO人") == "共5人、lO人"


# ------------------------------------------------------------------ a masked addressee with its colon lost


def test_a_run_of_asterisks_is_a_sites_mask_not_markdown_bold():
    text = normalise("****高速公路养护责任有限公司\n**一、总体要求**\n联系电话:4376****\n").text
    assert "****高速公路养护责任有限公司" in text and "4376****" in text
    assert "一、总体要求\n" in text  # bold marks in pairs are still the converter's


def test_one_body_over_a_text_that_addresses_it_by_its_kind_is_the_recipient():
    # by02: ****高速公路养护责任有限公司 / *******站以南…,特向贵公司下发此整改通知书:一、…
    assert json.loads(extracted("by02")["recipients"]) == ["****高速公路养护责任有限公司"]
    look_alike = made_up_document("责令限期整改通知书\n某某县交通运输局\n经检查,你局所属客运站存在消防通道堵塞、应急照明损坏等问题,"
                                  "现责令你局于2021年5月10日前整改完毕,并将整改情况书面报告我局。\n某某县消防救援大队\n2021年4月28日\n")
    assert json.loads(look_alike["recipients"]) == ["某某县交通运输局"]
    assert is_lone_addressee("某某建筑工程有限公司", "经查,贵公司承建的项目存在以下问题:")
    # a name the text does not address by its kind, or a list, is no lone addressee
    assert not is_lone_addressee("某某县人民政府", "你局《关于…的请示》收悉。经研究,批复如下:")
    assert not is_lone_addressee("各乡镇、县直各单位", "请贵单位高度重视。")
