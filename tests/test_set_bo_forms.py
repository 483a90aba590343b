"""Forms found by held-out set BO (tests/data/realworld/bo*, recurring operational topics of local government work —
straw burning, winter heating, campus safety, the patriotic health month, the census, the energy-saving week — chosen by
twelve fixed pages-corpus queries and annotated before the pipeline ran on them): each test reads a real notice of the set
(named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the general
case with it."""

import json
from pathlib import Path

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.wrapper import is_chrome
from pipeline.extract import extract_file, extract_text

REALWORLD = Path(__file__).parent / "data" / "realworld"


def _real_file(prefix: str) -> Path:
    return next(REALWORLD.glob(f"{prefix}_*.txt"))


def _deadlines(text: str, year: int | None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def _targets(text: str) -> list[tuple[str, float, str, str]]:
    return [(item.text, item.value, item.unit, item.comparator) for item in find_targets(text)]


# ------------------------------------------------------------------ a 范文 page of several copies


def test_each_copy_under_a_model_label_is_a_document_of_its_own():
    # bo01: 秸秆禁烧通知书 twice, the site's lead (下面学习啦小编给大家分享…), then 秸秆禁烧通知书范文一 / 范文二 / 范文三 over three
    # notices: three documents, none titled by the site's headline (C22), the first addressed to 各镇人民政府
    documents = extract_file(str(_real_file("bo01")))["documents"]
    assert len(documents) == 3
    assert [document["title"] for document in documents] == [None, None, None]
    assert json.loads(documents[0]["recipients"]) == ["各镇人民政府"]
    assert documents[1]["issuer"] == "达浒镇人民政府" and json.loads(documents[1]["recipients"]) == ["各位村民朋友们"]


def test_a_collection_of_model_texts_under_numbered_labels_splits_the_same_way():
    text = ("放假通知\n放假通知\n下面小编为大家带来放假通知范文,欢迎阅读。\n放假通知模板1\n各科室:\n根据安排,国庆节放假7天。\n"
            "特此通知。\n办公室\n放假通知模板2\n全体员工:\n元旦放假1天,请做好值班安排。\n特此通知。\n人事部\n")
    documents = extract_text(text)["documents"]
    assert len(documents) == 2
    assert [json.loads(document["recipients"]) for document in documents] == [["各科室"], ["全体员工"]]


def test_a_single_template_label_with_its_colon_opens_no_second_document():
    # ah01's 转发性通知范文二: and d14's 社区活动通知模板一: keep their readings: a label with a colon is the site's note
    text = "社区活动通知\n社区活动通知模板一:\n各社区:\n一、工作目标\n全面清理卫生死角。\n二、工作要求\n按时完成。\n"
    assert len(extract_text(text)["documents"]) == 1


def test_a_headline_printed_twice_in_a_row_is_one_headline_of_a_template_page():
    # bo01's 秸秆禁烧通知书 ⏎ 秸秆禁烧通知书 (the page's title and its heading) over copies labelled 范文N: no title; i07's
    # headline printed again over the copy's text (not in a row) stays the copy's title
    text = "做好市场监测日报工作通知\n时间:2022-03-10\n做好市场监测日报工作通知\n根据要求,现将有关工作通知如下:\n一、启动日报制度\n"
    assert extract_text(text)["documents"][0]["title"] == "做好市场监测日报工作通知"


def test_a_sites_lead_that_shares_its_copies_is_chrome_in_either_script():
    assert is_chrome("为切实做好秸秆禁烧工作,相关部门发出了相应的通知。下面学习啦小编给大家分享一些秸秆禁烧通知书,提供给大家参阅。")
    assert is_chrome("下面學習啦小編給大家帶來禁止焚燒秸稈的通告,供大家參考!")
    assert not is_chrome("由县融媒体中心编辑推荐优秀作品,于5月底前报送。")


def test_a_copys_number_in_brackets_is_no_part_of_its_title():
    # bo04: 2021幼兒園愛國衛生月活動方案【1】, the 范文 site's first copy of the plan
    document = extract_file(str(_real_file("bo04")))["documents"][0]
    assert document["title"] == "2021幼兒園愛國衛生月活動方案"
    text = "春季开学安全工作方案【3】\n为做好春季开学安全工作,特制定本方案。\n一、工作目标\n确保开学安全。\n"
    assert extract_text(text)["documents"][0]["title"] == "春季开学安全工作方案"


# ------------------------------------------------------------------ the signature


def test_a_department_signing_under_the_bare_level_of_its_place_is_the_issuer():
    # bo06: 省新闻出版局 over 2012年6月12日 (as z08's 县防汛抗旱指挥部办公室 and n14's 县人大工作评议办公室); a government's office
    # signing so (市政府办公室, bg06) is its issuer as printed too (CONVENTIONS C27)
    document = extract_file(str(_real_file("bo06")))["documents"][0]
    assert document["issuer"] == "省新闻出版局" and document["signed_date"] == "2012-06-12"
    template = "关于开展安全检查的通知\n各单位:\n请各单位做好安全检查工作。\n特此通知\n{}\n2019年3月1日\n"
    assert extract_text(template.format("市城市管理局"))["documents"][0]["issuer"] == "市城市管理局"
    assert extract_text(template.format("县广播电视局"))["documents"][0]["issuer"] == "县广播电视局"
    assert extract_text(template.format("市政府办公室"))["documents"][0]["issuer"] == "市政府办公室"


# ------------------------------------------------------------------ the notice's own schedule (C1)


def test_a_period_opening_an_item_with_zi_is_the_notices_campaign():
    # bo01: 一、自5月1日至12月31日,我县…全面实行秸秆禁烧管理 (no year printed: date null)
    assert _deadlines("一、自5月1日至12月31日,我县城关、吕河5镇全境全面实行秸秆禁烧管理。", None) == [
        ("5月1日至12月31日", "deadline", None)]
    assert _deadlines("从6月1日至8月31日,全市开展防溺水专项整治。", 2020) == [("6月1日至8月31日", "deadline", "2020-08-31")]


def test_a_period_a_report_opens_is_no_limit():
    assert _deadlines("自1月1日至6月30日,全县共查处秸秆焚烧案件12起。", 2019) == []
    assert _deadlines("自3月1日至5月31日,各乡镇开展了排查。", 2019) == []
    assert _deadlines("自2012年2月1日至2017年1月31日施行。", 2012) == []


def test_a_decided_day_of_the_issuers_own_act_is_its_schedule():
    # bo02: 市委市政府决定于10月18日提前向中心城区…开栓供热, a notice of 2024-10-16
    assert _deadlines("市委市政府决定于10月18日提前向中心城区具备条件的供热区域开栓供热。", 2024) == [
        ("10月18日", "deadline", "2024-10-18")]
    assert _deadlines("我局决定于9月27日启动节日市场监测日报制度。", 2017) == [("9月27日", "deadline", "2017-09-27")]
    assert _deadlines("经研究,决定于2024年1月1日起施行。", 2024) == []  # its start, another pattern's


def test_a_campaign_week_named_after_its_dates_is_the_notices_period():
    # bo06: 6月11日至17日是“节能宣传活动周”,在此期间,各单位要…
    assert _deadlines("根据部署,6月11日至17日是“节能宣传活动周”,在此期间,各单位要做好宣传工作。", 2012) == [
        ("6月11日至17日", "deadline", "2012-06-17")]
    assert _deadlines("9月15日至21日为全市禁毒宣传周。", 2021) == [("9月15日至21日", "deadline", "2021-09-21")]
    assert _deadlines("5月12日是全国防灾减灾日。", 2021) == []
    assert _deadlines("6月是全省节能宣传周,希望各部门做好如下节能工作。", 2015) == []  # aq05: the occasion's month


def test_a_start_whose_clause_reports_the_work_done_is_no_start():
    # bo05: 從10月份開始,我區150多名普查員…開展了逐戶摸底登記工作 (a step held since October, in a November notice)
    assert _deadlines("從10月份開始,我區150多名普查員在全區范圍內開展了逐戶摸底登記工作。", 2020) == []
    assert _deadlines("从10月份开始,各村要及时了解外出人员情况。", 2020) == [("从10月份开始", "start", None)]


# ------------------------------------------------------------------ targets


def test_a_count_closing_a_list_of_as_many_towns_is_a_target():
    # bo01: 我县城关、吕河、白柳、构元、甘溪5镇全境
    assert _targets("我县城关、吕河、白柳、构元、甘溪5镇全境实行禁烧。") == [("5镇", 5.0, "镇", "=")]
    assert _targets("对上述3乡予以通报。") == [("3乡", 3.0, "乡", "=")]
    assert _targets("城关、吕河5镇全境") == []  # two names, not five: a place's name, no count
    assert _targets("全县2乡镇") == []


def test_a_length_bounding_the_area_around_a_place_is_a_ceiling():
    # bo01: 高速路周边2公里范围内, 设施周边500米范围内 (d08's 公路两边100米范围内); the bounding words are the target's, as 以下 is
    assert _targets("高速路周边2公里范围内、加油站周边500米范围内全面实行禁烧。") == [
        ("2公里范围内", 2.0, "公里", "<="), ("500米范围内", 500.0, "米", "<=")]
    assert _targets("新建公路2公里。") == [("2公里", 2.0, "公里", "=")]


def test_the_latin_symbols_of_short_lengths_are_units():
    # bo01: 水稻机收留茬高度在18cm以下,油菜留茬高度控制在25cm以下
    assert _targets("水稻机收留茬高度在18cm以下,油菜留茬高度控制在25cm以下") == [
        ("18cm以下", 18.0, "厘米", "<="), ("25cm以下", 25.0, "厘米", "<=")]
    assert _targets("降雨量达到50mm以上") == [("50mm以上", 50.0, "毫米", ">=")]


# ------------------------------------------------------------------ references


def test_a_name_in_brackets_with_its_plans_type_after_them_is_a_reference():
    # bo01: 根据…关于《农作物秸秆禁烧和综合利用》工作方案的文件精神
    citations = find_citations("根据长沙市和浏阳市政府关于《农作物秸秆禁烧和综合利用》工作方案的文件精神,镇政府决定开展禁烧。")
    assert [(citation.title, citation.relation) for citation in citations] == [("农作物秸秆禁烧和综合利用", "basis")]
    assert find_citations("学习《论语》规定的礼仪,阅读《人民日报》要点摘编。") == []
