"""Forms found by held-out set AU (tests/data/realworld/au*, the first real notice the pages corpus gave per new topic):
each test reads a real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never
takes the general case with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.title import clean_title

from test_real_forms import real


def documents(text: str):
    return parse(normalise(text).text)


def deadlines(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def citations(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(found.doc_number, found.title, found.relation) for found in find_citations(text)]


def test_each_copy_label_of_a_model_text_collection_opens_its_own_document():
    """au05: 節約用水的通告(精選5篇), then 篇1 (a company office's notice, signed 綜合部 over a date without a year) and
    篇2 (a city's 通告): two documents, each titled by its label, the first signed by 綜合部 and addressed to 別墅人員."""
    first, second = documents(real("au05"))
    assert (first.meta.title, first.meta.issuer, first.meta.recipients, first.meta.signed_date) == (
        "節約用水的通告", "綜合部", ["別墅人員"], None)
    assert [m.label for m in first.measures] == ["1、", "2、", "3、"]
    assert second.meta.title == "節約用水的通告" and [m.label for m in second.measures] == ["一、", "二、"]
    # one label alone opens no second document
    text = "防汛通知 篇1\n各镇:\n一、巡查河道。\n二、落实值班。\n特此通知。\n"
    assert len(documents(text)) == 1


def test_two_signature_lines_over_the_date_are_joint_issuers_a_group_among_them():
    """au04: 后勤服务集团 / 校长办公室 / 2016年4月27日: both sign (集团 names a body); 各单位、部门 two classes (C6)."""
    meta = documents(real("au04"))[0].meta
    assert (meta.issuer, meta.recipients, meta.signed_date) == ("后勤服务集团 校长办公室", ["各单位", "部门"], "2016-04-27")
    # a sentence line above the date is no signature
    text = "关于做好春耕的通知\n各镇:\n请做好春耕准备工作。\n各镇要加强组织领导\n2016年4月27日\n"
    assert documents(text)[0].meta.issuer is None


def test_named_operating_areas_are_recipients_each():
    """au11: 桃源县大洑溪采区、汉寿金石垸采区、澧县孟姜垸采区: three sand-mining areas, three entries."""
    assert documents(real("au11"))[0].meta.recipients == [
        "各区县(市)水利局", "常德经济技术开发区农村工作办公室", "桃源县大洑溪采区", "汉寿金石垸采区", "澧县孟姜垸采区", "局属相关单位"]
    # the departments of one class of places stay one entry
    assert split_list("各县(市、区)发改委、工信局、住建局") == ["各县(市、区)发改委、工信局、住建局"]


def test_a_file_name_glued_to_the_documents_own_title_gives_the_own_title():
    """au10: 2020年家庭医生签约服务方案家庭医生签约服务方案 (a 文库's file name, then the plan's own title)."""
    assert documents(real("au10"))[0].meta.title == "家庭医生签约服务方案"
    assert clean_title("关于做好工作的通知关于做好工作的通知")[0] == "关于做好工作的通知"
    assert clean_title("某某县关于开展安全检查活动的通知")[0] == "某某县关于开展安全检查活动的通知"


def test_the_campaign_period_from_now_to_a_month_is_one_limit():
    """au01: 自即日起至2025年3月,在全街开展…专项行动: one period, due on the month's last day (C1)."""
    assert ("自即日起至2025年3月", "deadline", "2025-03-31") in deadlines(real("au01"))
    assert deadlines("自即日起,各单位要加强值守。", 2025) == [("自即日起", "start", None)]


def test_a_booking_period_is_relative_and_a_comparison_is_none():
    """au04: 市内用车,须提前1天预约;…须提前2天预约: how long before the trip the booking is due."""
    found = deadlines(real("au04"), 2016)
    assert ("提前1天", "relative", None) in found and ("提前2天", "relative", None) in found
    assert deadlines("今年春播比去年提前10天完成。", 2016) == []


def test_a_yearly_step_before_a_holiday_is_one_schedule():
    """au09: 每年春节前,…公开发表两封慰问信 (recurring), and its 于1月25日前 dated by the page's year."""
    found = deadlines(real("au09"), 2017)
    assert ("每年春节前", "recurring", None) in found and ("1月25日前", "deadline", "2017-01-25") in found
    assert deadlines("春节前完成整改。", 2017) == [("春节前", "deadline", None)]


def test_a_date_before_a_goal_to_reach_is_a_limit_and_a_residence_length_no_duration():
    """au10: 截止到2020年10月31日,全县…签服务率要到达90以上 (a limit); 常住6个月以上户籍或非户籍居民 (who is served)."""
    found = deadlines(real("au10"))
    assert ("截止到2020年10月31日", "deadline", "2020-10-31") in found
    assert not any(text == "6个月以上" for text, _, _ in found)
    # a figure measured on the day stays a status; a length an act must last stays a duration
    assert deadlines("截止2015年12月31日,全市户籍人口531.59万人。", 2015) == []
    assert deadlines("连续3个月以上未报送的,予以通报。", 2015) == [("3个月以上", "duration", None)]


def test_a_window_from_the_notices_own_publication_is_read_from_its_verb():
    """au05: 自本通告發布之日起15日內到…補辦相關手續 → 發布之日起15日內 (C10: the event's subject left out)."""
    assert ("發布之日起15日內", "relative", None) in deadlines(real("au05"))
    assert deadlines("自收到申请之日起15个工作日内完成审核。", 2020) == [("自收到申请之日起15个工作日内", "relative", None)]


def test_a_plan_made_then_sent_with_a_comma_is_issued_and_a_basis_list_runs_past_bare_numbers():
    """au01: 制定了《中洲街道…工作方案》,印发给你们 (issues); 按照中办发电〔2024〕38号文件、《A》(…)以及粤委发电〔2024〕66号
    文件、《B》(…)、《C》(…)、《D》(…)精神: every item basis."""
    found = citations(real("au01"))
    assert (None, "中洲街道安全生产和自然灾害隐患排查整治专项行动工作方案", "issues") in found
    assert {relation for number, _, relation in found if number} == {"basis"} and len(found) == 7
    # a title after a comma in another sentence is no object of 印发给
    assert citations("学习了《安全生产法》,印发的材料要妥善保管。") == [(None, "安全生产法", "cites")]


def test_the_bureaus_of_a_class_of_cities_of_one_standing_are_one_entry():
    """au12: 各计划单列市民政局、财政局: the cities' two bureaus, printed with the place once (C6), between two other entries."""
    assert documents(real("au12"))[0].meta.recipients == [
        "各省、自治区、直辖市民政厅(局)、财政厅(局)", "各计划单列市民政局、财政局", "新疆生产建设兵团民政局、财务局"]
    # a class of places and a class of bodies of another kind stay two entries
    assert split_list("各计划单列市、有关部门") == ["各计划单列市", "有关部门"]
