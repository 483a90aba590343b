"""The forms of set Q (tests/data/realworld/q*, real notices with their source addresses) and of sets J and M that the
document stage first misread: one test per form, on the real text where it is, and on a variation of it that must
not be read the same way."""

from __future__ import annotations

from pipeline.document.dates import parse_date
from pipeline.document.elements import is_bare_recipients, is_complete_title
from pipeline.document.header_lines import doc_number_of_line
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.publisher import published_by
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome, is_info_line
from test_real_forms import labels, parsed, real


def documents(text: str):
    return parse(normalise(text).text)


def test_one_places_departments_named_after_it_are_one_recipient():
    assert parsed("q13").meta.recipients == [
        "各省、自治区、直辖市教育厅(教委)、疾控主管部门", "新疆生产建设兵团教育局、疾控主管部门", "有关部门(单位)教育司(局)",
        "部属各高等学校", "部省合建各高等学校"]
    # two bodies each named with their place stay two
    assert split_list("省委办公厅、省政府办公厅") == ["省委办公厅", "省政府办公厅"]
    assert split_list("新疆生产建设兵团教育局、自治区卫生健康委") == ["新疆生产建设兵团教育局", "自治区卫生健康委"]


def test_a_class_of_places_and_a_party_committee_are_no_members_of_the_body_before_them():
    assert parsed("q15").meta.recipients == ["区政府各部门", "各街道(镇)"]
    assert parsed("q07").meta.recipients == ["各乡镇党委", "街道党工委", "市直各单位党组织"]
    # the members of the body before them stay with it
    assert split_list("市政府各部门、各直属机构") == ["市政府各部门、各直属机构"]
    assert split_list("各县(市、区)发改委、工信局、住建局") == ["各县(市、区)发改委、工信局、住建局"]


def test_recipients_that_open_with_one_bodys_members_are_read_without_their_colon():
    pudong = parsed("q16")  # 区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府 (its colon lost)
    assert pudong.meta.recipients == ["区政府各委、办、局", "各管理局(管委会)", "各直属企业", "各街办事处", "镇政府"]
    assert not is_bare_recipients("省人力资源社会保障厅 省教育厅 省财政厅")
    assert not is_bare_recipients("区政府各部门要高度重视")


def test_a_signature_date_without_its_characters_that_reads_two_ways_is_dated_by_the_page():
    pudong = parsed("q16")  # 2022128 above （此件公开发布）, 发布时间 2022-01-29: 28 January, not 8 December
    assert pudong.meta.signed_date == "2022-01-28" and pudong.meta.doc_number == "浦府〔2022〕1号"
    # both readings before the page's date: left unread, the issuer above it still read (set M's m11)
    town = parsed("m11")  # 东明镇人民政府 / 2020118 on a page of 2021-01-04
    assert town.meta.signed_date is None and town.meta.issuer == "东明镇人民政府"
    # no page date: unread
    unpaged = documents("甲镇人民政府关于加强管理的通知\n各村:\n现将有关事项通知如下。\n甲镇人民政府\n2022128\n")[0]
    assert unpaged.meta.signed_date is None and unpaged.meta.issuer == "甲镇人民政府"


def test_a_date_printed_twice_on_its_line_is_read_once():
    company = parsed("q03")  # 党群工作部 / 2019年2月26日2019年2月26日
    assert (company.meta.issuer, company.meta.signed_date) == ("党群工作部", "2019-02-26")
    assert parse_date("2019年2月26日2019年2月26日") == ("2019-02-26", False)
    assert parse_date("2019年2月26日2019年3月26日") is None


def test_a_printed_text_with_its_issuers_and_bracketed_date_under_its_title_is_a_document_of_its_own():
    forward, opinion = documents(real("q08"))  # the forward's date, then 关于…的意见 / 省人力… 省财政厅 / … / (二○一○年四月二十六日)
    assert forward.meta.doc_number == "鲁政办发〔2010〕21号" and forward.measures == []
    assert forward.meta.signed_date == "2010-04-30"
    assert opinion.meta.title == "关于做好2010年普通高校毕业生就业工作的意见"
    assert opinion.meta.issuer.split() == ["省人力资源社会保障厅", "省教育厅", "省财政厅", "省地税局", "省工商局", "人民银行济南分行"]
    assert opinion.meta.signed_date == "2010-04-26"
    assert labels(opinion) == [("一、", 1), ("(一)", 2)]
    head = "甲县人民政府关于加强管理的通知\n各乡镇:\n现将办法印发给你们。\n甲县人民政府\n2010年4月30日\n"
    # an issued plan with its title alone (no issuers, no date under it) stays the notice's attachment
    assert len(documents(head + "加强管理实施办法\n一、总体要求\n各乡镇负责落实。\n")) == 1


def test_a_ministrys_department_is_an_organisation_and_names_a_joint_issuer():
    assert parsed("q13").meta.issuer == "教育部办公厅 国家疾控局综合司"


def test_a_tables_information_name_label_is_no_part_of_the_title():
    ministry = parsed("q10")  # 信息名稱(chēng): | 教育部辦公廳 … 的通知 | ||||
    assert ministry.meta.title.startswith("教育部辦公廳國家衛生健康委辦公廳國家疾病預防控制局綜合司關于印發")
    assert ministry.meta.issuer == "教育部辦公廳 國家衛生健康委辦公廳 國家疾病預防控制局綜合司"


def test_a_publishing_body_with_its_office_in_brackets_is_read_as_the_issuer():
    assert parsed("q07").meta.issuer == "广德市人民政府(办公室)"
    assert published_by({"发布机构": "广德市人民政府(办公室)"}, True) == "广德市人民政府(办公室)"
    assert published_by({"发布机构": "县人民政府(办公室)"}, True) is None  # a short form, bracket or not


def test_navigation_to_another_document_and_a_header_tables_row_are_wrapper():
    five = parsed("q14")
    assert five.meta.title == "关于印发高等学校、中小学校和托幼机构新冠肺炎疫情防控技术方案(第五版)的通知"
    assert is_chrome("← | 2021年8月20日《国家卫生健康委办公厅 教育部办公厅关于印发…(第四版)的通知》(国卫办疾控函〔2021〕455号) |")
    assert not is_chrome("根据《国家卫生健康委办公厅关于印发…的通知》(国卫办疾控函〔2021〕455号)要求,")
    assert is_info_line("关于印发…的通知 国卫办疾控函〔2022〕108号 2022年4月7日 发布机关:国家卫生健康委员会办公厅、教育部办公厅 |")
    assert not is_info_line("关于印发…的通知 |")


def test_a_number_that_lost_its_opening_bracket_and_its_hao_is_the_notices_own():
    assert parsed("j07").meta.doc_number == "甘卫职健函〔2024〕217号"  # 甘卫职健函2024〕217
    assert doc_number_of_line("浦府〔20221") == "浦府〔2022〕1号"
    assert doc_number_of_line("甘卫职健函2024217") is None  # no bracket left: no reading


def test_a_forwards_verb_and_source_before_the_title_stay_in_it():
    assert parsed("j14").meta.title == "转发医学部:关于重申北校区收发室公文交换工作规范的通知"
    assert documents("北京:关于印发《实施细则》的通知\n各区:\n现将细则印发给你们。\n")[0].meta.title == "关于印发《实施细则》的通知"


def test_a_town_named_alone_before_its_subject_names_no_issuer():
    """CONVENTIONS.md C9: a place is not a body (卢市镇关于…), nor is a short form without its place (市政府办公厅关于…);
    the same title with the body named in full gives it."""
    town = parsed("j15")  # 卢市镇关于做好2021年全国“两会”安全生产大检查的通知
    assert town.meta.title.startswith("卢市镇关于") and town.meta.issuer is None
    assert documents("各乡镇关于做好检查的通知\n一、检查时间\n")[0].meta.issuer is None
    assert documents("市政府办公厅关于做好检查的通知\n一、检查时间\n")[0].meta.issuer is None
    assert documents("卢市镇人民政府关于做好检查的通知\n一、检查时间\n")[0].meta.issuer == "卢市镇人民政府"


def test_recipients_glued_to_a_lead_in_that_ends_with_its_colon_are_read():
    changzhou = parsed("l05")  # 各轄市、區人民政府,常州經開區管委會,市各委辦局,市各直屬單位: 現將…,有關要求如下: / 一要…
    assert changzhou.meta.recipients == ["各轄市、區人民政府", "常州經開區管委會", "市各委辦局", "市各直屬單位"]
    # a table's label line is no recipients (协办单位:新区审计局、… above 进度安排)
    table = documents("光明新区民生实事(7项)\n协办单位:新区审计局、新区发展和财政局,进度安排如下:\n一、一季度完成设计。\n")[0]
    assert table.meta.recipients == []


def test_a_news_headline_ending_with_a_meetings_name_is_the_title():
    assert parsed("m08").meta.title == "市住建局深入中心城区召开物管小区创文督查整改集中约谈会"
    # a site's name ending with 会 above the same page lines stays no headline
    site = documents("市个体劳动者协会\n阅读:\n2月3日,协会召开会员大会。\n")[0]
    assert site.meta.title is None


def test_a_rule_alone_on_its_line_is_no_part_of_the_title():
    assert parsed("p15").meta.title == "印發廣東省行政過錯責任追究暫行辦法的通知"  # 粵府辦〔2008〕52號 / ━━━━ / the title
    assert is_chrome("━━━━━━━━━━━━") and not is_chrome("━━ 一、总体要求")


def test_a_table_of_contents_heading_is_no_title():
    assert not is_complete_title("目录") and is_complete_title("政府信息公开目录")
    assert parsed("m12").meta.title is None
