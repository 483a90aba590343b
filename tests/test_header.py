"""The header found inside real copies' wrappers: each text below is taken from a real copy in
tests/data/realworld (named in the test) and the asserted fields are its hand annotation."""

from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse


def parse_text(text: str):
    return parse(normalise(text).text)


def test_information_table_in_brackets_lost_brackets_and_bare_signature_date():
    # a05: a township page; the 文号 lost 〕 and 号, the title split before 通知, the date its 年月日
    [document] = parse_text("""您当前的位置:首页 >政务公开 >法定主动公开内容 >应急预案

[ 索引号 ] 1150022873659872X5/2023-00005 [ 发文字号 ] 曲水府发〔2023〕21号
[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案
[ 发布机构 ] 梁平区曲水镇政府
[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03

重庆市梁平区曲水镇人民政府关于印发曲水镇自然灾害救助应急预案的通知


曲水府发〔202321


重庆市梁平区曲水镇人民政府

关于印发曲水镇自然灾害救助应急预案的

各村(社区),办所中心,镇属(驻镇)单位:

    为进一步建立健全应对突发自然灾害紧急救助体系和运行机制,经镇政府同意,现将《曲水镇自然灾害救助应急预案》印发给你们,请遵照执行。

重庆市梁平区曲水镇人民政府

                                                                                                       2023515

(此件公开发布)

重庆市梁平区曲水镇

自然灾害救助应急预案

1 总则
""")
    meta = document.meta
    assert meta.doc_number == "曲水府发〔2023〕21号"
    assert meta.title == "重庆市梁平区曲水镇人民政府关于印发曲水镇自然灾害救助应急预案的通知"
    assert meta.issuer == "重庆市梁平区曲水镇人民政府"
    assert meta.recipients == ["各村(社区)", "办所中心", "镇属(驻镇)单位"]
    assert meta.signed_date == "2023-05-15"  # the signature's date, not the table's 成文日期


TITLE_TWICE_AND_SPACED_LABELS = """区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知

区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知

2023-01-05 10:00 区人民政府办公室
索 引 号 MB1534522/2023-05475 发文日期 2023-01-03
发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号
分   类 政务公开 有 效 性 有效

各街道办事处、乡人民政府,区人民政府各部门、各直属机构:

2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:

一、各责任单位要高度重视,切实加强领导,并于2023年1月15日前将工作方案报区人民政府办公室。

二、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围。

蔡甸区人民政府办公室

2023年1月3日    


2023年区《政府工作报告》确定的主要目标任务责任分解方案

一、2023年全区经济社会发展的主要预期目标

(一)地区生产总值增长7%以上

责任单位:区发展和改革局
"""


def test_title_printed_twice_spaced_table_labels_and_plan_after_the_signature():
    # a06: a district page; the plan printed after the signature is numbered on its own
    [document] = parse_text(TITLE_TWICE_AND_SPACED_LABELS)
    meta = document.meta
    assert meta.title == "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知"
    assert meta.doc_number == "蔡政办〔2023〕1号"
    assert meta.issuer == "蔡甸区人民政府办公室"  # the signature, not the page's 发布机构
    assert meta.signed_date == "2023-01-03"
    assert meta.recipients == ["各街道办事处", "乡人民政府", "区人民政府各部门、各直属机构"]
    assert [(m.label, m.level) for m in document.measures] == [("一、", 1), ("二、", 1), ("一、", 1), ("(一)", 2)]
    assert "蔡甸区人民政府办公室" not in document.text[document.measures[1].start:document.measures[1].end]


def test_aggregator_wrapper_title_three_times_and_articles_under_chapters():
    # a13: a legal-information aggregator; 第一章 divides, the articles are the level-1 measures
    [document] = parse_text("""您的位置: 首页 » 法律资料网 » 法律法规 »

菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知

作者:法律资料网 时间:2024-07-01 16:20:34  浏览:9319   来源:法律资料网
下载地址: 点击此处下载

菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知

山东省菏泽市人民政府办公室


菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知

菏政办发〔2009〕72号


各县区人民政府,市政府各部门,市属各企业,各大中专院校:
  《菏泽市扩大内需投资项目管理办法》已经市政府同意,现印发给你们,请认真贯彻执行。

二○○九年十月二十九日

菏泽市扩大内需投资项目管理办法

  第一章  总 则
  第一条 为加强扩大内需投资项目(以下简称项目)的建设管理,制定本办法。
  第二条 本办法适用于中央扩大内需投资项目。
  第二章  职责
  第三条 市发展改革委负责项目的综合协调。
""")
    meta = document.meta
    assert meta.title == "菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知"
    assert meta.doc_number == "菏政办发〔2009〕72号"
    assert meta.issuer == "菏泽市人民政府办公室"
    assert meta.signed_date == "2009-10-29"
    assert meta.recipients == ["各县区人民政府", "市政府各部门", "市属各企业", "各大中专院校"]
    assert [(m.label, m.level) for m in document.measures] == [("第一条", 1), ("第二条", 1), ("第三条", 1)]
    second = document.measures[1]
    assert "第二章" not in document.text[second.start:second.end]


def test_doc_number_glued_to_the_bracketed_title():
    # b09: a policy aggregator heads the page with the 文号 glued to the 《title》
    [document] = parse_text("""京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》

《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
京政办发〔2016〕26号
各区人民政府,市政府各委、办、局,各市属机构:
《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。
北京市人民政府办公厅
2016年5月28日
""")
    meta = document.meta
    assert meta.doc_number == "京政办发〔2016〕26号"
    assert meta.title == "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知"
    assert meta.issuer == "北京市人民政府办公厅"
    assert meta.recipients == ["各区人民政府", "市政府各委、办、局", "各市属机构"]
    assert meta.signed_date == "2016-05-28"


def test_encyclopaedia_lead_in_before_the_traditional_notice():
    # b13: an encyclopaedia page in traditional characters; its summary comes before the notice
    [document] = parse_text("""安徽省大氣污染防治行動計畫實施方案

2013年12月30日,安徽省人民政府以皖政〔2013〕89號印發《安徽省大氣污染防治行動計畫實施方案》。該《實施方案》分總體目標、主要任務、保障機制3部分。

基本介紹

  • 中文名:安徽省大氣污染防治行動計畫實施方案
  • 印發機關:安徽省人民政府
  • 文號:皖政〔2013〕89號
  • 印發時間:2013年12月30日
通知,實施方案,一、總體目標,二、主要任務,三、保障機制,附屬檔案,

通知

安徽省人民政府關於印發安徽省大氣污染防治行動計畫實施方案的通知
皖政〔2013〕89號
各市、縣人民政府,省政府各部門、各直屬機構
現將《安徽省大氣污染防治行動計畫實施方案》印發給你們,請認真貫徹執行。
安徽省人民政府
2013年12月30日
""")
    meta = document.meta
    assert meta.doc_number == "皖政〔2013〕89號"
    assert meta.title == "安徽省人民政府關於印發安徽省大氣污染防治行動計畫實施方案的通知"
    assert meta.issuer == "安徽省人民政府"
    assert meta.recipients == ["各市、縣人民政府", "省政府各部門、各直屬機構"]
    assert meta.signed_date == "2013-12-30"


def test_joint_signature_title_with_its_doc_number_in_brackets():
    # a01: a city page; the title carries the 文号 in brackets, two offices sign
    [document] = parse_text("""归档时间:2018-11-21
当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规

中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)

来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【
视力保护色:
浏览量:

各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:

《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。

中共岳阳市委办公室

岳阳市人民政府办公室

2017年1月10日
""")
    meta = document.meta
    assert meta.doc_number == "岳办发〔2017〕2号"
    assert meta.title == "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"
    assert meta.issuer == "中共岳阳市委办公室 岳阳市人民政府办公室"
    assert meta.signed_date == "2017-01-10"


def test_bullet_table_with_values_on_the_next_line_and_a_title_without_notice():
    # a03: a county page; labels and values on separate lines, 发文日期 the only date
    [document] = parse_text("""返回顶部

镇巴县人民政府工作规则

  • 索引号:

    6107280000/2024-001005
  • 主题分类:

  • 来源:

  • 发文机构:

    县政府网站
  • 发文字号:

    镇政发〔2024〕7号
  • 发文日期:

    2024年04月06日 16:40
  • 有效性:

  • 发布日期:

    2024年04月06日 16:34
  • 内容概述:

镇巴县人民政府工作规则

第一章总则

一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。

二、县政府工作的指导思想是,以习近平新时代中国特色社会主义思想为指导。
""")
    meta = document.meta
    assert meta.title == "镇巴县人民政府工作规则"
    assert meta.doc_number == "镇政发〔2024〕7号"
    assert meta.signed_date == "2024-04-06"
    assert meta.recipients == []
    assert [(m.label, m.level) for m in document.measures] == [("一、", 1), ("二、", 1)]


def test_recipients_without_their_colon_are_not_glued_to_the_body():
    # b05: a district page; the recipients line lost its colon
    [document] = parse_text("""您当前所在位置:

广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知

  • 2020-11-13 14:42
  • 来源:广安区人民政府
  • 分享到:

广安区府办发〔202026

广安市广安区人民政府办公室

关于印发广安市广安区城市精细化管理

实施细则的通知

各街道办事处,区级各部门,官盛新区管委会

《广安市广安区城市精细化管理实施细则》已经六届区政府第56次常务会审议通过,现印发你们,请认真遵照执行。

广安市广安区人民政府办公室

2020年10月28日
""")
    meta = document.meta
    assert meta.doc_number == "广安区府办发〔2020〕26号"
    assert meta.title == "广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知"
    assert meta.recipients == ["各街道办事处", "区级各部门", "官盛新区管委会"]
    assert meta.signed_date == "2020-10-28"


def test_markdown_law_title_stays_apart_from_its_promulgation_lines():
    # tests/data/laws: the # line is the title; 2001年…通过 below it is no part of it
    [document] = parse_text("""# 最高人民检察院关于工人等非监管机关在编监管人员私放在押人员行为和失职致使在押人员脱逃行为适用法律问题的解释

2001年1月2日最高人民检察院第九届检察委员会第七十九次会议通过

<!-- INFO END -->

第一条 工人等非监管机关在编的监管人员私放在押人员的,依照刑法第四百条第一款的规定定罪处罚。
""")
    assert document.meta.title == ("最高人民检察院关于工人等非监管机关在编监管人员私放在押人员行为和失职致使在押人员脱逃"
                                   "行为适用法律问题的解释")
    assert [m.label for m in document.measures] == ["第一条"]


def test_member_classes_after_a_body_share_its_prefix():
    # a11, a15, b03: 区政府各部门、直属机构 is one entry; a08: 、 inside brackets splits nothing
    assert split_list("区政府各部门、直属机构") == ["区政府各部门、直属机构"]
    assert split_list("省政府各厅委、各直属机构") == ["省政府各厅委、各直属机构"]
    assert split_list("各县(市、区)人民政府、德阳经济技术开发区管委会、德阳高新技术产业开发区管委会,市级各部门") == [
        "各县(市、区)人民政府", "德阳经济技术开发区管委会", "德阳高新技术产业开发区管委会", "市级各部门"]


def test_parenthesised_ideograph_numbering():
    # shared realworld 04 (pkulaw): ㈠ items under an article
    [document] = parse_text("""各县（区）人民政府，管委会，市政府各部门，市直各单位：
现将《新余市绿色建筑管理办法》印发给你们，请认真贯彻执行。
第十条 绿色建筑重点推广以下技术：
㈠ 新型节能建筑体系；
㈡ 暖通空调制冷系统；
""")
    assert [(m.label, m.level) for m in document.measures] == [("第十条", 1), ("㈠", 2), ("㈡", 2)]


def test_a_header_glued_to_the_body_gives_its_number_and_recipients():
    """../shared/realworld/08, an aggregator's copy: 文号, recipients and text in one paragraph."""
    from pipeline.document.header_lines import glued_header

    line = ("汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将《广东省人民政府办公厅转发国务院办公厅"
            "转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知》(粤府办[2015]22号)转发给你们")
    assert glued_header(line) == ("汕府办〔2015〕29号", ["各县(市、区)人民政府", "市政府各部门、各直属机构"])
    assert glued_header("各单位要做到以下几点：一是提高认识。") == (None, [])


def test_an_order_number_is_the_number_of_the_order_it_heads():
    """c07 and c08, legal-aggregator copies of orders: the 政府令/部令 number alone on its line, and glued
    to the title it publishes."""
    [dongguan] = parse_text("""东莞市重大危险源安全监督管理办法

广东省东莞市人民政府


东莞市人民政府令第123号



《东莞市重大危险源安全监督管理办法》已经市人民政府同意,现予发布。



市 长 袁宝成

二○一二年五月三十日
""")
    assert dongguan.meta.doc_number == "东莞市人民政府令第123号"
    assert dongguan.meta.signed_date == "2012-05-30"
    [mofcom] = parse_text("""商业特许经营备案管理办法

作者:法律资料网 时间:2024-06-29 05:22:41  浏览:8257   来源:法律资料网
下载地址: 点击此处下载

商业特许经营备案管理办法

商务部


商务部令2007年第15号 商业特许经营备案管理办法

  《商业特许经营备案管理办法》已于2007年4月6日经中华人民共和国商务部第六次部务会讨论通过,现予以公布,自2007年5月1日起施行。

      部 长:薄熙来

      二〇〇七年四月三十日
""")
    assert mofcom.meta.doc_number == "商务部令2007年第15号"
    assert mofcom.meta.title == "商业特许经营备案管理办法"


def test_a_copys_prefix_before_the_title_is_no_part_of_it():
    """c10: a category tag in 【】 before the title; c06: a place and a colon before it, and the title's
    note of adoption in brackets on the next line (not the start of the recipients)."""
    [changsha] = parse_text("""【规范性文件】长沙市人民政府办公厅关于印发长沙市有效降低疫情影响稳定经济运行实施方案的通知
各区县(市)人民政府,市直机关各单位:
《长沙市有效降低疫情影响稳定经济运行实施方案》已经市人民政府同意,现印发给你们,
""")
    assert changsha.meta.title == "长沙市人民政府办公厅关于印发长沙市有效降低疫情影响稳定经济运行实施方案的通知"
    assert changsha.meta.issuer == "长沙市人民政府办公厅"
    [beijing] = parse_text("""北京:关于印发《北京市乡村振兴责任制实施细则》的通知
(2023年6月21日中共北京市委常委会会议审议批准 2023年7月20日中共北京市委办公厅、北京市人民政府办公厅发布)
各区委、区政府,市委各部委办,市各国家机关,各国有企业,各人民团体,各高等院校:
经市委、市政府同意,现将《北京市乡村振兴责任制实施细则》印发给你们,请认真遵照执行。
中共北京市委办公厅
北京市人民政府办公厅
2023年7月20日
""")
    assert beijing.meta.title == "关于印发《北京市乡村振兴责任制实施细则》的通知"
    assert beijing.meta.recipients == ["各区委", "区政府", "市委各部委办", "市各国家机关", "各国有企业", "各人民团体", "各高等院校"]
    assert beijing.meta.signed_date == "2023-07-20"


def test_a_source_line_of_a_mirror_is_no_part_of_the_recipients():
    """c14: 来自:<site> 时间:<date> between the page title and the recipients."""
    [document] = parse_text("""市人民政府关于进一步优化营商环境的实施方案

来自:襄阳市政府门户网站 时间:2018-11-22

各县(市、区)人民政府、开发区管委会,市直各单位:

为深入贯彻落实《湖北省人民政府关于进一步优化营商环境的若干意见》,积极营造公平、透明、可预期的营商环境。
""")
    assert document.meta.recipients == ["各县(市、区)人民政府", "开发区管委会", "市直各单位"]


def test_a_title_over_three_lines_starting_with_its_issuer_and_a_date_only_signature():
    """c05: the issuer's line, a line ending with the cited 《政府工作报告》 and the line with the
    notice's own type form one title; the signature is a date alone, with a (联系人…) line, a
    (此件公开发布) note and a share line under it."""
    [notice] = parse_text("""鄂温克族自治旗人民政府办公室
关于印发2022年《政府工作报告》
重点任务责任落实分工的通知
各苏木乡镇人民政府,旗政府各部门,驻鄂温克族自治旗有关单位:
经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们,请结合实际,认真贯彻落实。
一、各地区、各部门要高度重视《政府工作报告》重点任务责任落实工作,主要领导要亲自抓、负总责。
二、旗政府督查室要加强对重点工作的日常调度,建立重点任务落实台账。
此通知
附件:2022年《政府工作报告》重点任务落实推进情况表
2022年2月21日
(联系人:白文俊、巴义日,联系电话:8812822,电子邮箱:ewkdc@163.com)
(此件公开发布)
用微信扫描二维码分享至好友和朋友圈
""")
    assert notice.meta.title == "鄂温克族自治旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知"
    assert notice.meta.issuer == "鄂温克族自治旗人民政府办公室"
    assert notice.meta.signed_date == "2022-02-21"
    assert [m.label for m in notice.measures] == ["一、", "二、"]


def test_a_news_lead_in_names_the_notice_and_its_issuers():
    """c13: a news page prints the plan without its title after 近日，A、B印发了《X》… 《X》全文如下。"""
    [plan] = parse_text("""近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,并发出通知,要求各区县各部门结合实际认真抓好贯彻落实。
《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。
为深入贯彻落实中共中央办公厅、国务院办公厅印发的《关于推进以县城为重要载体的城镇化建设的意见》,结合我市实际,制定本实施方案。
一、总体要求
以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。
二、分类引导区县城发展方向
""")
    assert plan.meta.title == "重庆市推进以区县城为重要载体的城镇化建设实施方案"
    assert plan.meta.issuer == "中共重庆市委办公厅 重庆市人民政府办公厅"
    assert plan.text[plan.body_start:].startswith("为深入贯彻落实")  # the lead-in is no part of the plan
    assert [m.label for m in plan.measures] == ["一、", "二、"]


def test_the_title_with_its_brackets_over_the_same_title_glued_to_the_number_without_them():
    """c03: under the red header the title prints 《…》; the page heading repeats it glued to the
    文号 without them."""
    [notice] = parse_text("""鞍山市立山区人民政府文件
鞍立政发〔2023〕2号
立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知
鞍立政发〔2023〕2号立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知
立山经济开发区,各街道办事处,各区直部门,各有关单位:
经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请结合实际,认真贯彻落实。
""")
    assert notice.meta.title == "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"
    assert (notice.meta.doc_number, notice.meta.issuer) == ("鞍立政发〔2023〕2号", "鞍山市立山区人民政府")


def test_an_order_names_its_issuer_over_the_databases_fuller_form():
    """c07: the legal database prints 广东省东莞市人民政府 above the order; the order's number and
    text name 东莞市人民政府, the name as the notice prints it (gold README: full name as printed)."""
    [order] = parse_text("""东莞市重大危险源安全监督管理办法
广东省东莞市人民政府
东莞市人民政府令第123号
《东莞市重大危险源安全监督管理办法》已经市人民政府同意,现予发布。
市 长 袁宝成
二○一二年五月三十日
""")
    assert (order.meta.doc_number, order.meta.issuer) == ("东莞市人民政府令第123号", "东莞市人民政府")
    assert order.meta.signed_date == "2012-05-30"


def test_a_title_naming_its_issuer_without_a_place_gives_no_issuer():
    """c14: 市人民政府关于… names no city; with no full name printed anywhere the issuer is unknown
    rather than a short form (a06 prints 区人民政府办公室 in its title and its full name in the signature)."""
    [plan] = parse_text("""市人民政府关于进一步优化营商环境的实施方案
来自:襄阳市政府门户网站 时间:2018-11-22
各县(市、区)人民政府、开发区管委会,市直各单位:
为深入贯彻落实《湖北省人民政府关于进一步优化营商环境的若干意见》,特制定本实施方案。
一、总体要求
""")
    assert plan.meta.title == "市人民政府关于进一步优化营商环境的实施方案"
    assert plan.meta.issuer is None
    assert plan.meta.recipients == ["各县(市、区)人民政府", "开发区管委会", "市直各单位"]
