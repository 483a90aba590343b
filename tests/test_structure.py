"""The structure parser on real notice text: GB/T 9704 elements, every numbering style, embedded
documents, page-break repair."""

from pathlib import Path

import pytest

from pipeline.document.normalise import normalise
from pipeline.document.structure import parse, split_list

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def parse_file(stem: str):
    text = next(CORPUS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")
    return parse(normalise(text).text)


def parse_text(text: str):
    return parse(normalise(text).text)


def labels(document):
    return [(m.label, m.level) for m in document.measures]


# ------------------------------------------------------------------ document elements


def test_red_header_number_title_recipients_signature_cc_and_printing():
    [document] = parse_file("000")
    meta = document.meta
    assert meta.issuer == "福建省扶贫开发领导小组办公室"
    assert meta.doc_number == "闽扶办〔2020〕4号"
    assert meta.title == "福建省扶贫开发领导小组办公室关于统筹做好新冠肺炎疫情防控and脱贫攻坚工作的通知"
    assert meta.recipients == ["各市、县（区）扶贫开发领导小组", "省扶贫开发领导小组成员单位"]
    assert meta.signed_date == "2020-02-12"
    assert meta.printed_date == "2020-02-13"
    assert meta.printed_by == "福建省扶贫开发领导小组办公室"
    assert meta.cc == ["国务院扶贫办", "省委办公厅", "省政府办公厅", "省医保局"]
    assert (meta.admin_level, meta.region) == ("provincial", "福建省")


def test_title_across_several_lines_and_issuer_from_signature():
    [document] = parse_file("002")
    assert document.meta.title == "关于扎实做好新型冠状病毒肺炎疫情防控期间贫困人口精准帮扶和脱贫攻坚有关工作的通知"
    assert document.meta.issuer == "重庆市扶贫开发领导小组办公室"
    assert document.meta.signed_date == "2020-02-09"
    assert document.meta.admin_level == "provincial"  # 重庆市 is a municipality under the central government


def test_issuer_line_without_wen_jian_and_recipients_split_on_whole_bodies():
    [document] = parse_file("004")
    assert document.meta.issuer == "福州市扶贫开发领导小组"
    assert document.meta.recipients == [
        "各县（市）区扶贫开发领导小组", "市扶贫开发领导小组各成员单位", "市直有关单位", "福州·定西扶贫协作前方指挥部"]
    assert (document.meta.admin_level, document.meta.region) == ("municipal", "福州市")


def test_forwarded_notice_printed_inside_becomes_its_own_document():
    outer, inner = parse_file("003")
    assert outer.meta.doc_number == "黑扶组办发〔2020〕3号"
    assert outer.meta.title == "关于转发《国务院扶贫开发领导小组<关于做好新冠肺炎疫情防控期间脱贫攻坚工作的通知>》的通知"
    assert outer.meta.contact.startswith("联系人：喻明元")
    assert outer.meta.attachments and "国开发〔2020〕3号" in outer.meta.attachments[0]
    assert inner.meta.doc_number == "国开发〔2020〕3号"
    assert inner.meta.issuer == "国务院扶贫开发领导小组"
    assert inner.meta.printed_date == "2020-02-13"
    assert inner.meta.cc == ["国家医保局", "各省、自治区、直辖市和新疆生产建设兵团扶贫办（局）、协作办"]
    assert inner.meta.admin_level == "national"
    assert "国务院扶贫开发领导小组文件" not in outer.text


def test_an_attachment_that_is_only_a_title_stays_in_its_notice():
    documents = parse_file("004")
    assert len(documents) == 1
    assert len(documents[0].measures) == 32


def test_split_list_keeps_classes_of_bodies_together():
    assert split_list("各乡镇、县直各单位") == ["各乡镇", "县直各单位"]
    assert split_list("各市、县（区）人民政府，省直各单位") == ["各市、县（区）人民政府", "省直各单位"]


# ------------------------------------------------------------------ numbering styles


def test_chinese_comma_and_parenthesised_numbers_with_runs_across_sections():
    [document] = parse_file("004")
    got = labels(document)
    assert got[:4] == [("一、", 1), ("（一）", 2), ("(二)", 2), ("（三）", 2)]
    assert ("（四）", 2) in got and got[got.index(("二、", 1)) + 1] == ("（四）", 2)
    fourth = next(m for m in document.measures if m.label == "（四）")
    assert fourth.ordinal == 4 and fourth.path == "2.4"
    assert document.measures[-1].label == "（二十五）" and document.measures[-1].ordinal == 25


def test_arabic_numbers_with_full_and_half_width_dots():
    [document] = parse_file("002")
    got = labels(document)
    assert ("1．", 2) in got and ("7.", 2) in got and ("23．", 2) in got
    assert sum(1 for _, level in got if level == 1) == 7 and len(got) == 30


def test_yi_yao_headings_in_bold_markup():
    outer, _ = parse_file("003")
    assert labels(outer) == [("一要", 1), ("二要", 1), ("三要", 1), ("四要", 1)]
    assert outer.measures[0].heading == "提高政治站位"


def test_yi_shi_article_circled_and_parenthesised_arabic():
    text = (
        "某市人民政府办公室文件\n某政办〔2021〕12号\n关于加强安全生产工作的实施意见\n各区人民政府，市直各单位：\n"
        "为加强安全生产，提出如下意见。\n"
        "第一条 为了规范管理，制定本办法。\n"
        "（1）建立台账。每月更新一次。\n"
        "①排查隐患。\n②整改落实。\n"
        "（2）加强检查。\n"
        "第二条 本办法自发布之日起施行。\n"
        "一是压实责任。各单位要落实主体责任。\n二是强化督导。\n"
    )
    [document] = parse_text(text)
    assert labels(document) == [
        ("第一条", 1), ("（1）", 2), ("①", 3), ("②", 3), ("（2）", 2), ("第二条", 1), ("一是", 2), ("二是", 2)]


def test_enumeration_inside_a_paragraph_is_not_a_measure():
    text = "关于做好春耕工作的通知\n各乡镇：\n一、抓好生产\n要做到三点：一是备种，二是备肥，三是备机。\n"
    [document] = parse_text(text)
    assert labels(document) == [("一、", 1)]


def test_measure_spans_text_and_heading():
    [document] = parse_file("001")
    first = next(m for m in document.measures if m.label == "（一）")
    own = document.text[first.text_start:first.text_end]
    assert own.startswith("全力保障生命安全和身体健康。")
    assert own.rstrip().endswith("（责任单位：县卫健委、县医保局、县民政局、各乡镇）")
    assert first.heading == "全力保障生命安全和身体健康"
    section = next(m for m in document.measures if m.label == "二、")
    assert section.heading == "紧抓关键重点，扎实推进疫情防控和脱贫攻坚各项工作"
    assert section.end == next(m for m in document.measures if m.label == "三、").start


def test_closing_paragraph_after_the_last_measure_is_outside_it():
    _, national = parse_file("003")
    last = national.measures[-1]
    assert last.label == "五、"
    assert "2月20日前" not in national.text[last.start:last.end]


# ------------------------------------------------------------------ normalisation


def test_page_break_inside_a_sentence_is_repaired():
    text = normalise((CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8")).text
    assert "坚定“四个自信”" in text
    assert "“搬得出、稳得住、能致富”" in text


def test_page_break_inside_a_unit_list_is_repaired():
    text = normalise(next(CORPUS.glob("004_*.txt")).read_text(encoding="utf-8")).text
    assert "水利局、农业农村局、文旅局" in text
    assert "有脱贫减贫任务的县扶贫开发领导小组" in text


def test_normalised_offsets_map_back_to_the_source():
    raw = next(CORPUS.glob("003_*.txt")).read_text(encoding="utf-8")
    result = normalise(raw)
    position = result.text.index("一要提高政治站位")
    assert raw[result.origin[position]:result.origin[position] + 4] == "一要提高"
    assert "**" not in result.text and "#" not in result.text


@pytest.mark.parametrize("markup", ["[bookmark: _GoBack]", "\u200b", "\ufeff"])
def test_converter_markup_and_invisible_characters_are_removed(markup):
    result = normalise(f"一、总体要求\n{markup}23．提供保险。")
    assert result.text == "一、总体要求\n23．提供保险。"


def test_attachment_list_and_signer_are_not_body():
    text = (
        "某省农业农村厅文件\n某农发〔2021〕8号　　签发人：王某\n关于开展春季农业生产督导的通知\n各市、县（市、区）农业农村局：\n"
        "为抓好春耕生产，现将有关事项通知如下。\n一、督导内容\n检查种子、化肥储备。\n二、工作要求\n各地于3月31日前报送总结。\n"
        "附件：1．督导检查表\n2．春耕生产情况统计表\n某省农业农村厅\n2021年3月1日\n"
    )
    [document] = parse_text(text)
    assert document.meta.doc_number == "某农发〔2021〕8号"
    assert document.meta.title == "关于开展春季农业生产督导的通知"
    assert labels(document) == [("一、", 1), ("二、", 1)]
    assert document.meta.attachments == ["1．督导检查表", "2．春耕生产情况统计表"]
    assert document.meta.signed_date == "2021-03-01" and document.meta.issuer == "某省农业农村厅"


def test_signature_before_an_attachment_printed_in_full():
    text = (
        "某市人民政府办公室\n某政办〔2022〕15号\n某市人民政府办公室关于印发某市稳就业工作方案的通知\n各县（市、区）人民政府：\n"
        "《某市稳就业工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "某市人民政府办公室\n2022年4月2日\n"
        "附件\n某市稳就业工作方案\n一、总体要求\n坚持就业优先。\n二、主要任务\n（一）扩大岗位供给。新增就业1000人以上。\n"
        "抄送：市委办公室。\n某市人民政府办公室\n2022年4月3日印发\n"
    )
    [document] = parse_text(text)
    assert document.meta.signed_date == "2022-04-02"
    assert document.meta.printed_date == "2022-04-03"
    assert document.meta.cc == ["市委办公室"]
    assert labels(document) == [("一、", 1), ("二、", 1), ("（一）", 2)]


def test_signature_after_a_paragraph_ending_in_a_bracket_and_shared_suffix_recipients():
    text = (
        "关于进一步优化营商环境的若干措施\n各区人民政府，市政府各委、办、局：\n"
        "1.建立月调度机制，每月10日前报送进展情况。（市发展改革委牵头，市财政局、市统计局配合）\n"
        "上海市人民政府办公厅\n2023年3月1日\n"
    )
    [document] = parse_text(text)
    assert document.meta.recipients == ["各区人民政府", "市政府各委、办、局"]
    assert document.meta.issuer == "上海市人民政府办公厅"
    assert (document.meta.admin_level, document.meta.region) == ("provincial", "上海市")
    assert document.text.splitlines()[-2] == "上海市人民政府办公厅"


def test_chinese_numeral_with_ascii_dot_and_arabic_with_closing_bracket():
    text = "关于做好防汛工作的通知\n各镇街：\n一.压实责任\n1）落实包保。\n2）加强巡查。\n二.做好准备\n"
    [document] = parse_text(text)
    assert labels(document) == [("一.", 1), ("1）", 2), ("2）", 2), ("二.", 1)]


def test_doc_number_printed_under_the_title():
    text = ("关于做好2022年春季学期开学工作的通知\n市教发〔2022〕3号\n各区教育局，市直各学校：\n"
            "为做好春季开学工作，现将有关事项通知如下。\n一、做好返校准备\n各校于2月10日前完成校园消杀。\n")
    [document] = parse_text(text)
    assert document.meta.title == "关于做好2022年春季学期开学工作的通知"
    assert document.meta.doc_number == "市教发〔2022〕3号"


def test_a_level_one_markdown_heading_is_the_title_the_copy_marks():
    """A case from the laws corpus: its # line is the title, not the 裁判要点 heading below it."""
    raw = ("# 吴小秦诉陕西广电网络传媒（集团）股份有限公司捆绑交易纠纷案\n\n裁判要点\n\n"
           "1.经营者滥用市场支配地位，违背交易相对人意愿搭售商品的，属于违法行为。\n")
    normalised = normalise(raw)
    assert parse(normalised.text, normalised.title_headings)[0].meta.title == \
        "吴小秦诉陕西广电网络传媒（集团）股份有限公司捆绑交易纠纷案"


def test_a_red_header_set_as_a_markdown_heading_is_not_the_title():
    raw = ("# 黑龙江省扶贫开发领导小组办公室文件\n\n黑扶组办发〔2020〕3号\n\n"
           "## 关于做好脱贫攻坚工作的通知\n\n各市（地）扶贫开发领导小组：\n\n现将有关事项通知如下。\n")
    normalised = normalise(raw)
    meta = parse(normalised.text, normalised.title_headings)[0].meta
    assert meta.title == "关于做好脱贫攻坚工作的通知" and meta.doc_number == "黑扶组办发〔2020〕3号"


def test_an_attachment_list_before_a_printed_attachment_is_no_measure():
    """After ../shared/realworld/07: 附件：1.… 2.… 3.…, then 附件1： and its table printed."""
    raw = ("关于加强信息宣传工作的通知\n各单位：\n一、提高认识\n做好宣传工作。\n二、落实要求\n按时报送。\n"
           "附件：1.信息宣传联络员登记表\n2.申请宣传申报单\n3.协助宣传报道通知单\n"
           "附件1：\n信息宣传联络员登记表\n填报单位\n")
    labels = [m.label for m in parse(normalise(raw).text)[0].measures]
    assert labels == ["一、", "二、"]


# ---------------------------------------------------------------- notices printed after a signature


def test_a_forwarded_notice_after_the_signature_with_joint_issuers_one_a_line():
    """c01: a county forward copied from its recipients on; the provincial notice printed after its
    signature, its two issuers one a line over a title on three lines, its own recipients."""
    forward, forwarded = parse_text("""各镇政府、各街道办事处、各园区管委会:
6月20日,省农业厅、省财政厅联合下发了《关于深入推进农村一二三产业融合发展做好产业兴村强县示范行动项目申报工作的通知》,现转发给你们。
1、绿色循环优质高效特色农业促进项目申报材料报送至县农业局发展规划科,联系人:田英才,电话:6552712。
2、农村一二三产业融合兴村强县示范行动项目申报材料报送至县农业局产业化办公室,联系人:孟军,电话:6552711。
金乡县农业局 金乡县财政局
2018年6月22日
山东省农业厅
山东省财政厅
关于深入推进农村一二三产业融合发展
做好产业兴村强县示范行动项目
申报工作的通知
各市农业局(农委)、各市财政局:
为助力实施乡村振兴战略,现将项目申报工作有关事项通知如下。
一、总体要求
(一)指导思想
""")
    assert (forward.meta.issuer, forward.meta.signed_date) == ("金乡县农业局 金乡县财政局", "2018-06-22")
    assert labels(forward) == [("1、", 1), ("2、", 1)]
    assert forwarded.meta.issuer == "山东省农业厅 山东省财政厅"  # CONVENTIONS.md C3: the issuer lines start the title
    assert forwarded.meta.title == "山东省农业厅山东省财政厅关于深入推进农村一二三产业融合发展做好产业兴村强县示范行动项目申报工作的通知"
    assert forwarded.meta.recipients == ["各市农业局(农委)", "各市财政局"]
    assert labels(forwarded) == [("一、", 1), ("(一)", 2)]


def test_a_forwarded_rule_after_a_date_only_signature_with_its_issuer_and_date_in_brackets():
    """c09: the forwarded 管理办法 printed after the forward's date, its title over two lines, the
    issuing commission and its date in brackets under it."""
    forward, rules = parse_text("""新余市人民政府办公室关于转发新余市城乡建设投资(集团)有限公司管理办法和新余市国有资产经营有限责任公司管理办法的通知
余府办发〔2008〕52号
各县(区)人民政府、管委会,市政府各部门,市直各单位:
经市七届人民政府第26次常务会议研究同意,现将新余市国有资产监督管理委员会制定的《新余市城乡建设投资(集团)有限公司管理办法》转发给你们,请认真遵照执行。


二○○八年十月十四日


新余市城乡建设投资(集团)

有限公司管理办法

(新余市国有资产监督管理委员会 2008年10月6日)

第一条 为加强新余市城乡建设投资(集团)有限公司(以下简称市城投公司)的规范管理,优化投融资方式,实
""")
    assert (forward.meta.doc_number, forward.meta.signed_date) == ("余府办发〔2008〕52号", "2008-10-14")
    assert forward.measures == []
    assert rules.meta.title == "新余市城乡建设投资(集团)有限公司管理办法"
    assert (rules.meta.issuer, rules.meta.signed_date, rules.meta.doc_number) == ("新余市国有资产监督管理委员会", "2008-10-06", None)
    assert labels(rules) == [("第一条", 1)]


def test_a_plan_issued_after_the_signature_stays_part_of_the_notice():
    """c03: the issued 方案 after the signature has a title but no header of its own (no 文号,
    recipients or issuer note): it is the notice's attachment, not a document."""
    [notice] = parse_text("""鞍山市立山区人民政府文件
鞍立政发〔2023〕2号
立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知
立山经济开发区,各街道办事处,各区直部门,各有关单位:
经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请结合实际,认真贯彻落实。
立山区人民政府
2023年3月28日
(此件公开发布)
立山区政府2023年重点工作
任务分解和责任分工方案
为全面贯彻落实党的二十大精神,现就全区2023年重点工作,制定分工方案如下。
一、经济社会发展的主要预期目标
1.努力实现地区生产总值增长6.2%左右。
牵头单位:区发改局
""")
    assert (notice.meta.issuer, notice.meta.signed_date) == ("鞍山市立山区人民政府", "2023-03-28")
    assert labels(notice) == [("一、", 1), ("1.", 2)]


def test_a_copy_joined_into_one_paragraph_is_read_as_its_lines():
    """c02: a law site's copy with every line joined by a space: the forward's header and date, then
    附: and the forwarded 通报 with its own recipients."""
    forward, bulletin = parse_text(
        "兰州市人民政府办公厅转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动督查情况的通报的通知 "
        "各县、区人民政府,市政府各有关部门: 2005年11月11日至14日, 国务院联合督查组在对我省环保专项行动督查期间,"
        "利用两天时间,对我市环保专项行动进行了现场检查。现将省环保专项行动联席会议办公室《关于国务院联合督查组对我省专项行动"
        "督查情况的通报》转发给你们,确保环保专项行动真正落到实处,见到实效。 二○○五年十一月二十一日 附: "
        "关于国务院联合督查组对我省专项行动督查情况的通报 各市州人民政府: 根据《国务院办公厅关于深入开展整治违法排污企业"
        "保障群众健康环保专项行动的通知》要求,国务院联合督查组于11月11日至14日对我省环保专项行动工作进行了督查。 |")
    assert forward.meta.title == "兰州市人民政府办公厅转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动督查情况的通报的通知"
    assert forward.meta.issuer == "兰州市人民政府办公厅"  # before 转发, not before the forwarded title's 关于
    assert forward.meta.recipients == ["各县、区人民政府", "市政府各有关部门"]
    assert forward.meta.signed_date == "2005-11-21"
    assert bulletin.meta.title == "关于国务院联合督查组对我省专项行动督查情况的通报"
    assert (bulletin.meta.issuer, bulletin.meta.recipients) == (None, ["各市州人民政府"])


def test_a_long_paragraph_with_spaces_but_one_header_element_is_not_cut():
    """A body paragraph with stray spaces and a date in it stays one paragraph: cutting needs two
    header elements (a05-style body text)."""
    paragraph = ("2005年11月11日至14日, 国务院联合督查组在对我省环保专项行动督查期间,利用两天时间,对我市环保专项行动进行了"
                 "现场检查,并听取了市政府的工作汇报。 11月14日,督查组向省、市政府反馈了督查意见,要求各地认真整改,确保环保专项"
                 "行动真正落到实处,见到实效,各县区要在规定时间内报送整改情况。")
    assert normalise(paragraph).text == paragraph


def test_an_attachment_printed_under_its_heading_is_a_tree_of_its_own():
    """The attachment's task rows (附件1： then 1．… 2．…) are not children of the notice's last
    measure, and the notice's last measure ends where the attachment begins."""
    raw = ("关于印发优化营商环境工作方案的通知\n各部门：\n一、总体要求\n做好工作。\n二、保障措施\n（一）加强组织领导\n"
           "各部门要高度重视。\n（二）强化督查考核\n定期督查。\n附件1：\n重点任务清单\n"
           "1．推行企业开办全程网上办理，6月30日前完成。\n2．压缩审批时限。\n")
    text = normalise(raw).text
    measures = parse(text)[0].measures
    assert [(m.label, m.level) for m in measures] == [("一、", 1), ("二、", 1), ("（一）", 2), ("（二）", 2), ("1．", 1), ("2．", 1)]
    last_of_notice = measures[3]
    assert "附件1" not in text[last_of_notice.start:last_of_notice.end]
