"""The metadata forms left in sets M, O, L and J (tests/data/realworld, real notices with their source
addresses) that the document stage misread: one test per form, on the real text where it is, and on a
variation of it that must not be read the same way."""

from __future__ import annotations

from pipeline.document.elements import is_organisation_line
from pipeline.document.lists import joint_issuers, split_list
from pipeline.document.normalise import normalise
from pipeline.document.publisher import published_by
from pipeline.document.structure import parse, parse_date
from pipeline.document.wrapper import is_chrome
from test_real_forms import extracted, parsed, real


def test_an_addressed_notice_without_an_issuer_of_its_own_takes_the_pages_source_not_a_short_form_publisher():
    # m01: • 发布机构:县人民政府办公室 (the portal's office, a short form) and 来源:华容县政府 under the title
    huarong = parsed("m01")
    assert (huarong.meta.issuer, huarong.meta.title, huarong.meta.doc_number) == (
        "华容县政府", "2021年县政府重点工作任务", "华政发〔2021〕2号")
    # m03: 信息来源: 芜湖市教育局阅读次数:… — the body's name at the start of the value
    assert parsed("m03").meta.issuer == "芜湖市教育局"
    # a plan printed alone names no sender: its source line is the department that posted it (o13)
    assert parsed("o13").meta.issuer is None
    # a source named without its place (来源:卫生健康局, j07) or a website is no issuer
    assert published_by({"来源": "卫生健康局 浏览次数:"}, addressed=True) is None
    assert published_by({"来源": "县政府网站"}, addressed=True) is None
    assert published_by({"发布机构": "县人民政府办公室"}, addressed=False) is None
    assert published_by({"发布机构": "龙陵县象达镇人民政府"}, addressed=False) == "龙陵县象达镇人民政府"


def test_a_signature_date_that_lost_its_year_month_and_day_marks_above_a_publication_note():
    # m03: 2024327 / (此件主动公开), the issuer's name lost
    assert parsed("m03").meta.signed_date == "2024-03-27"
    # the same digits in a paragraph's place, with no note under them, are no date
    text = "各单位:\n现将有关事项通知如下。\n2024327\n一、总体要求\n加强管理。"
    assert parse(normalise(text).text)[0].meta.signed_date is None


def test_a_title_split_over_lines_keeps_its_first_line():
    # o09: 关于印发新乡市…三年行动计划 / (2023—2025年)的通知 — the plan's type does not end the title
    assert parsed("o09").meta.title == "关于印发新乡市公共卫生体系建设三年行动计划(2023—2025年)的通知"
    # o14: under a news lead-in, 國家發展改革委關于支持優質企業直接融資 / 進一步增強…的通知 above its 文号
    ndrc = parsed("o14")
    assert ndrc.meta.title == "國家發展改革委關于支持優質企業直接融資進一步增強企業債券服務實體經濟能力的通知"
    assert ndrc.meta.issuer == "國家發展改革委"
    # two whole titles on two lines stay two candidates: the second is not read as the first's tail
    two = parse(normalise("关于印发工作方案的通知\n关于做好防汛工作的通知\n各乡镇:\n现将有关事项通知如下。").text)[0]
    assert two.meta.title in ("关于印发工作方案的通知", "关于做好防汛工作的通知")


def test_a_graphics_caption_and_a_portal_channel_are_no_title_or_issuer():
    # o08: 榆林市榆阳区人民政府 / 关于…的实施意见, then 图解 | 榆林市…实施意见
    yuyang = parsed("o08")
    assert yuyang.meta.title == "榆林市榆阳区人民政府关于推进健康榆阳行动的实施意见"
    assert yuyang.meta.issuer == "榆林市榆阳区人民政府"
    assert is_chrome("图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见")
    assert not is_chrome("图解政策要点,便于群众理解。")
    # m26: 省厅文件 (a channel) above the joint issuers' title; a contact block (学习成果认证服务部: / 0551-63633772)
    anhui = parsed("m26")
    assert anhui.meta.title == "中共安徽省委教育工委安徽省教育厅关于印发2015年工作要点的通知"
    assert anhui.meta.issuer == "中共安徽省委教育工委 安徽省教育厅"
    assert anhui.meta.recipients[0] == "各市、省直管县教育局"
    # a recipients line over a paragraph, not a phone number, is still the recipients line
    letter = parse(normalise("关于做好防汛工作的通知\n学习成果认证服务部:\n现将有关事项通知如下。").text)[0]
    assert letter.meta.recipients == ["学习成果认证服务部"]


def test_joint_issuers_printed_with_a_pause_mark_and_recipients_that_are_each_a_class():
    assert parsed("m14").meta.issuer == "党委办公室 院长办公室"  # m14's signature 党委办公室、院长办公室
    assert joint_issuers("党委办公室、院长办公室") == "党委办公室 院长办公室"
    assert joint_issuers("县委、县政府") == "县委、县政府"  # short forms: one name as printed
    assert joint_issuers("各县(市、区)人民政府") == "各县(市、区)人民政府"
    assert split_list("各系、各部门") == ["各系", "各部门"]  # m13
    assert split_list("市政府各部门、各直属机构") == ["市政府各部门、各直属机构"]


def test_a_signature_date_glued_into_a_paragraph_or_under_attachment_names_or_without_its_year_mark():
    # m16 and j10: a 法律 database's continued page, its lines joined (…办公室。 二○一○年一月十三日)
    assert parsed("m16").meta.signed_date == "2010-01-13"
    assert parsed("j10").meta.signed_date == "2010-01-05"
    # j02: 二○一一年五月四日 under the attachments' file names, above 地区: / 标签: / 反对 0举报 0 …
    assert parsed("j02").meta.signed_date == "2011-05-04"
    assert is_chrome("反对 0举报 0 收藏 0 打赏 0") and not is_chrome("反对浪费,支持节约。")
    # j21: 20181月2日
    assert parse_date("20181月2日") == ("2018-01-02", False)
    assert parse_date("二〇一八一月二日") is None
    # o05: a legal database's 颁布日期 is the document's date
    assert parsed("o05").meta.signed_date == "2012-03-16"
    # a due date after a sentence's end is no signature date
    due = parse(normalise("各单位:\n请按时报送。 2010年3月15日前报送材料,逾期不再受理。").text)[0]
    assert due.meta.signed_date is None


def test_a_pages_headline_over_its_own_lines_is_the_title_when_the_header_gives_none():
    # l16: 柘皋鎮“四早”謀劃2017年民生工程 / 發布時間:… 來源:本站 閱讀次數:… / the text
    assert parsed("l16").meta.title == "柘皋鎮“四早”謀劃2017年民生工程"
    # a first line that is a sentence, or one with no page line under it, is no headline
    assert parse(normalise("今天天气很好,我们开会。\n发布时间:2017-10-26 11:46:39\n为做好工作,提出要求。").text)[0].meta.title is None
    assert parse(normalise("柘皋镇民生工程\n为做好工作,提出要求。\n一、早谋划。").text)[0].meta.title is None


def test_a_section_signing_the_notice_is_its_issuer_and_a_subject_is_no_organisation():
    # o03: 海陵区教育局基建科 安保科 over 2018年6月22日; k09: 教务科 over 2024-2-26
    assert parsed("o03").meta.issuer == "海陵区教育局基建科 安保科"
    assert parsed("k09").meta.issuer == "教务科"
    assert not is_organisation_line("各学科") and not is_organisation_line("全日制本科")


def test_a_template_pages_headline_is_no_title_of_the_copy_below_it():
    # d14: 社区活动通知 ⏎ 时间:… ⏎ 社区活动通知模板 ⏎ …以下是小编为您带来的社区活动通知模板 ⏎ 社区活动通知模板一: ⏎ recipients:
    # the headline names a kind of notice the site offers a model of, not the copy's 标题 (CONVENTIONS C22)
    assert parsed("d14").meta.title is None
    template = "放假通知\n\n时间:2021-08-31\n\n放假通知范文\n\n各科室:\n\n根据国务院办公厅通知精神,现将放假安排通知如下:\n\n一、中秋节放假一天。\n"
    assert parse(normalise(template).text)[0].meta.title is None
    # the headline printed again, bare, over the copy's text is the copy's title (i07's 做好市场监测日报工作通知)
    copy = "放假通知\n\n时间:2021-08-31\n\n放假通知\n\n各科室:\n\n根据国务院办公厅通知精神,现将放假安排通知如下:\n\n一、中秋节放假一天。\n"
    assert parse(normalise(copy).text)[0].meta.title == "放假通知"
    assert parsed("i07").meta.title == "做好市场监测日报工作通知"


def test_labelled_unit_lines_under_a_headline_are_statements_not_header_lines():
    # m07: 光明新区2017年民生实事:公园建设和环境提升(7项) ⏎ 内衣基地…提升工程 ⏎ 牵头单位:   新区城市管理局 ⏎ 协办单位:   新区审计局、
    # 新区发展和财政局、马田办事处 ⏎ 进度安排: the unit lines are the project's assignment, not a title
    project = extracted("m07")
    assert {(unit["name"], unit["role"]) for unit in project["assignments"]} == {
        ("新区城市管理局", "lead"), ("新区审计局", "cooperate"), ("新区发展和财政局", "cooperate"), ("马田办事处", "cooperate")}
    page = ("城区2017年民生实事:道路改造和环境提升(3项)\n城区主干道路面改造和排水管网更新工程\n"
            "责任单位:   区住房和城乡建设局、区财政局、区城市管理局\n进度安排\n第一季度:完成设计。\n")
    lines = normalise(page).text.split("\n")
    assert lines[:4] == ["城区2017年民生实事:道路改造和环境提升(3项)", "城区主干道路面改造和排水管网更新工程",
                         "责任单位:   区住房和城乡建设局、区财政局、区城市管理局", "进度安排"]
    # a unit list wrapped inside a name still goes on (…、市发展和改 ⏎ 革委)
    wrapped = normalise("责任单位:市教育局、市财政局、市人力资源社会保障局、市发展和改\n革委\n").text
    assert wrapped.split("\n")[0] == "责任单位:市教育局、市财政局、市人力资源社会保障局、市发展和改革委"


def test_the_notices_own_title_over_its_number_beats_a_databases_headline_printed_twice():
    # s06: …管理规定(2005年) (twice, the database's) ⏎ 湖北省武汉市人民政府 (its issuing-body field) ⏎ 关于批转…规定的通知 ⏎
    # 武政〔2005〕32 号 ⏎ 各区人民政府,市人民政府各部门:
    assert parsed("s06").meta.title == "关于批转武汉市高级中等学校招生统一考试管理规定的通知"
    page = ("某市某某管理规定(2005年)\n来源:法律资料网\n某市某某管理规定(2005年)\n某省某市人民政府\n"
            "关于批转某市某某管理规定的通知\n某政〔2005〕3号\n各区人民政府:\n现转发给你们,请遵照执行。\n")
    assert parse(normalise(page).text)[0].meta.title == "关于批转某市某某管理规定的通知"
    # a line ending with a type and its trailer is whole: the lines below are not its rest
    assert normalise(page).text.split("\n")[2] == "某市某某管理规定(2005年)"
    # the same title over the number as the headline keeps the headline's reading (with its issuer)
    same = ("某市人民政府关于批转某市某某管理规定的通知\n来源:法律资料网\n关于批转某市某某管理规定的通知\n某政〔2005〕3号\n"
            "各区人民政府:\n现转发给你们,请遵照执行。\n")
    assert parse(normalise(same).text)[0].meta.title == "某市人民政府关于批转某市某某管理规定的通知"
