"""Header fields as legal databases, aggregators and essay sites present a notice, each on the real text (sets AR, AQ,
AK, AH) and beside a look-alike the reading must leave alone: a breadcrumb, a bullet or a collection label glued before
the title, an order's number in a promulgation note or a heading over two lines, a database's edition note, one label
cell over its value, an abstract field holding the notice's 文号 and recipients, a page's list above the recipients, a
title run into its 文号 and recipients by a fixed-width wrap, and recipients named by kind after one 各."""

from __future__ import annotations

from pipeline.document.header_lines import (doc_number_of_line, glued_header, promulgation, split_order_number, title_before_preamble, title_glued_to_header,
                                            title_twice_before_body)
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.outside import collection_entry_title
from pipeline.document.structure import parse, split_lines
from pipeline.document.tail import printed_line
from pipeline.document.title import clean_title
from pipeline.document.wrapper import label_cell_values

from test_real_forms import real


def _meta(prefix: str):
    return parse(normalise(real(prefix)).text)[0].meta


def _meta_of(text: str):
    return parse(normalise(text).text)[0].meta


# ------------------------------------------------------------------ what a copy glues before the title


def test_a_breadcrumb_glued_before_the_title_is_no_part_of_it():
    meta = _meta("ar01")  # EHS中国 法规首页 兰州市人民政府办公室关于印发《…》的通知
    assert meta.title == "兰州市人民政府办公室关于印发《兰州市危险化学品生产安全事故应急预案》的通知"
    # the look-alike: 首页 inside a title's own words stays
    assert _meta_of("关于加强网站首页管理的通知\n各科室:\n现将有关事项通知如下。\n").title == "关于加强网站首页管理的通知"


def test_a_bullet_before_a_titles_short_form_names_no_issuer():
    meta = _meta("ar07")  # • 市人民政府辦公室關于印發《…》的通知 over the database's 頒布單位 貴州省六盤水市人民政府辦公室
    assert meta.issuer == "六盤水市人民政府辦公室"
    assert meta.title == "市人民政府辦公室關于印發《六盤水市突發事件應急預案管理實施細則》的通知"


def test_a_collection_label_before_the_title_and_the_recipients_glued_after_it():
    meta = _meta("ar09")  # (2008年市教育局通知)关于… twice, then 关于…的通知各区教育、市局直属中学:为了…
    assert meta.title == "关于进一步规范学校学籍管理工作的通知"
    assert meta.recipients == ["各区教育", "市局直属中学"]
    # the look-alike: a sentence opening with 各 is no list of recipients
    assert glued_header("各单位要做到以下几点:一是加强领导,二是落实责任。") == (None, [])


# ------------------------------------------------------------------ orders and rules texts


def test_a_promulgation_note_gives_the_orders_number_issuer_and_date():
    meta = _meta("ar03")  # (…常务会议讨论通过2013年10月27日石家庄人民政府令第184号发布自…起施行)
    assert (meta.doc_number, meta.issuer, meta.signed_date) == ("石家庄人民政府令第184号", "石家庄人民政府", "2013-10-27")
    meta = _meta("ar12")  # (一九七九年二月十日卫生部发布), no order
    assert (meta.doc_number, meta.issuer, meta.signed_date) == (None, "卫生部", "1979-02-10")
    # the look-alike: a meeting that passed it is no promulgation (its date and body are not the order's)
    assert promulgation("(2013年10月14日市人民政府第十次常务会议讨论通过)") is None
    assert promulgation("(自2013年12月1日起施行)") is None


def test_an_orders_heading_over_its_number_and_a_databases_edition_note():
    meta = _meta("ar13")  # 中华人民共和国卫生部令 ⏎ 第 27 号; 消毒管理办法(2002年修订) over 《消毒管理办法》的修订已于…
    assert meta.doc_number == "中华人民共和国卫生部令第27号"
    assert meta.issuer == "卫生部"  # the database's issuing-body line, as l19, b03, n19 are annotated
    assert meta.title == "消毒管理办法"
    assert split_order_number(["中华人民共和国卫生部令", "第 27 号"]) == (0, "中华人民共和国卫生部令第27号")
    assert split_order_number(["关于执行命令的通知", "第 27 号"]) is None
    # the look-alikes: a text that names itself with its revision, or never names itself, keeps the note
    named = "消毒管理办法(2002年修订)\n卫生部\n《消毒管理办法(2002年修订)》现予以发布。\n第一条 为了加强消毒管理,制定本办法。\n"
    assert _meta_of(named).title == "消毒管理办法(2002年修订)"
    unnamed = "消毒管理办法(2002年修订)\n卫生部\n第一条 为了加强消毒管理,制定本办法。\n"
    assert _meta_of(unnamed).title == "消毒管理办法(2002年修订)"


# ------------------------------------------------------------------ a database's and a journal's fields


def test_one_label_cell_over_its_value_beside_a_databases_attribute_line():
    meta = _meta("ar02")  # 发布单位 ⏎ 黑龙江省人民政府 … 发布文号 暂无
    assert meta.issuer == "黑龙江省人民政府"
    # the look-alike: one word alone over a line, no database attribute beside it, is the text's own
    assert label_cell_values(["来源", "关于做好工作的通知", "各乡镇人民政府:"]) == {}


def test_an_abstract_field_holds_the_notices_number_and_recipients():
    meta = _meta("aq14")  # 摘 要: | 工商明电[2005]37号各省、自治区…工商行政管理局:2006年元旦…
    assert meta.doc_number == "工商明电〔2005〕37号"
    assert meta.recipients == ["各省、自治区、直辖市及计划单列市工商行政管理局"]


def test_a_printed_line_glued_to_its_office():
    assert _meta("ar05").printed_date == "2017-02-23"  # 環境保護部辦公廳2017年2月23日印發
    assert printed_line("環境保護部辦公廳2017年2月23日印發") == ("環境保護部辦公廳", "2017-02-23")
    assert printed_line("现将方案于2011年3月20日印发") is None


def test_a_bare_date_under_the_signatures_second_name_in_brackets():
    assert _meta("aq04").signed_date == "2025-05-06"  # 中国动物疫病预防控制中心 / (农业农村部屠宰技术中心) / 202556
    # the look-alike: a bracketed line that names no body (a note) gives the bare number no signature to stand under
    assert _meta_of("关于做好工作的通知\n各单位:\n现将有关事项通知如下。\n(请遵照执行)\n202556\n").signed_date is None


# ------------------------------------------------------------------ the header window on aggregator and essay pages


def test_a_pages_list_above_the_recipients_does_not_end_the_header():
    document = parse(normalise(real("aq09")).text)[0]  # 1. <rp id="zsypk"></rp> / 2. 旅游工作緊急通知 / … / 各省…旅游局(委):
    assert document.meta.recipients == ["各省、自治區、直轄市旅游局(委)"]
    assert [measure.label for measure in document.measures] == ["一、", "二、", "三、", "四、"]
    # the look-alike: a body that opens with its items and has no recipients keeps them
    plain = parse(normalise("一、总体要求\n坚持问题导向。\n二、主要任务\n加强监管。\n").text)[0]
    assert [measure.label for measure in plain.measures] == ["一、", "二、"]


def test_the_first_title_under_a_sites_chrome_and_lead_sentence():
    assert _meta("ak09").title == "防范非法集资宣传月活动方案"


def test_a_question_headline_and_a_news_source_are_no_title_and_no_recipients():
    assert _meta("ak01").title is None  # 苏州春节就地过年通知出了吗 苏州就地过年
    assert _meta("ak06").recipients == []  # 国务院安委办:全国燃气事故…明查暗访央视网2021-11-0700:00针对…
    # the look-alike: a named office glued before a sentence is the recipient
    assert glued_header("市直有关部门: 为切实做好防汛减灾工作,现将有关事项通知如下")[1] == ["市直有关部门"]


def test_a_title_run_into_its_number_and_recipients_by_a_fixed_width_wrap():
    meta = _meta("ah01")  # 国务院办公厅转发农业部等部门 ⏎ 《…的意见》的通知国办发[1999]79 ⏎ 号各盛自治区…:
    assert meta.title == "国务院办公厅转发农业部等部门《关于稳定基层农业技术推广体系的意见》的通知"
    assert (meta.doc_number, meta.issuer) == ("国办发〔1999〕79号", "国务院办公厅")
    assert meta.recipients == ["各盛自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    # the look-alike: words before the number that end no title
    assert title_glued_to_header("请认真贯彻落实国办发[1999]79号各项要求:加强领导") is None
    assert title_glued_to_header("国务院办公厅文件国办发[1999]79号各省人民政府:现将…转发给你们") is None  # a 版头, no title


# ------------------------------------------------------------------ recipients (CONVENTIONS.md C6)


def test_units_named_by_kind_after_one_ge_are_classes_each():
    assert _meta("aq03").recipients == ["各学院", "部门", "处", "室"]
    assert _meta("aq05").recipients == ["各所", "处", "中心"]
    # the look-alikes: an owner printed before 各 is shared (区政府各委、办、局), and a class of places over two parts
    assert split_list("市政府各委、办、局") == ["市政府各委、办、局"]
    assert split_list("各县、市、区人民政府") == ["各县、市、区人民政府"]
    assert split_list("各市(州)、縣(市、區)人民政府") == ["各市(州)、縣(市、區)人民政府"]


# ------------------------------------------------------------------ a 文库's and a portal's page around the notice


def test_a_title_printed_twice_before_the_body_over_a_file_name_with_its_year():
    assert _meta("l11").title == "镇容和环境卫生集中整治方案"  # …方案 .doc above, …方案…方案为了彻底扭转…
    assert title_twice_before_body("镇容整治方案镇容整治方案") is None  # the look-alike: no sentence after


def test_a_plans_name_run_into_its_preamble():
    assert _meta("n17").title == "諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)"
    # the look-alike: the text naming itself (本办法为…) is no title
    assert title_before_preamble("本办法为规范储备粮管理,根据有关规定制定。") is None


def test_a_page_field_over_its_value_and_a_short_form_name_no_issuer():
    assert _meta("o01").issuer is None  # - 发布: / - 满城区农业农村局: the page's publisher of a plan printed alone
    assert _meta("v05").issuer is None  # 县卫健委2021年政府工作报告任务分解 (CONVENTIONS.md C9)
    # the look-alike: a department named with its place before 关于 is the issuer
    assert _meta_of("灵璧县卫生健康委员会关于做好工作的通知\n各乡镇卫生院:\n现将有关事项通知如下。\n").issuer == "灵璧县卫生健康委员会"


def test_a_cut_headline_left_open_before_the_notices_title():
    assert _meta("s09").title == "广东省人民政府办公厅关于印发广东省进一步加鼎力度支持民间投资生长实行方案的通知"
    # the look-alike: a title that opens with the 《》 of what it names keeps it whole
    assert clean_title("《广东省民间投资条例》实施细则")[0] == "《广东省民间投资条例》实施细则"


def test_a_number_whose_serial_was_masked_and_a_series_issue_in_a_number_cell():
    assert _meta("p09").doc_number == "洋政发〔2020〕"  # alone under the title, as printed
    assert _meta("y13").doc_number == "督察通报第十七期"  # 文号 | 督察通报第十七期 | 成文日期: | …
    # the look-alikes: a bracketed year inside a sentence is no number line; a 文号 cell saying there is none gives none
    assert doc_number_of_line("根据洋政发〔2020〕的有关规定") is None
    assert _meta_of("发布单位 县人民政府\n文号 暂无\n关于做好工作的通知\n各乡镇:\n现将有关事项通知如下。\n").doc_number is None


def test_the_name_a_collection_heading_and_its_first_copys_label_share():
    assert _meta("ak04").title == "控輟保學實施方案學校"  # 控輟保學實施方案學校(五篇) … 控輟保學實施方案學校篇一
    # the look-alike: a collection whose copies carry other names gives no title
    assert collection_entry_title(split_lines("校园防范非法集资活动方案(汇总15篇)\n防范非法集资宣传月活动方案篇一\n")) is None


def test_a_news_headline_naming_what_a_body_issued_is_no_title():
    assert _meta("ar05").title is None  # …Taoyuan環保部發布環境標準制修訂辦法 over the 公告's text
    # the look-alikes: a title that issues with 关于, and a rules text's name with 发布 inside it, stay
    assert _meta_of("关于发布环境标准制修订办法的通知\n各单位:\n现将有关事项通知如下。\n").title == "关于发布环境标准制修订办法的通知"
    assert _meta_of("新闻发布会管理办法\n第一条 为规范管理,制定本办法。\n").title == "新闻发布会管理办法"
