"""The forms of set N (tests/data/realworld/n*, real notices with their source addresses) and the forms
left of set L that the document stage first misread: one test per form, on the real text where it is,
and on a variation of it that must not be read the same way."""

from __future__ import annotations

from pipeline.document.header import read_header
from pipeline.document.header_lines import is_recipients_line
from pipeline.document.labels import match_label
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse, split_lines
from pipeline.document.wrapper import is_chrome
from test_real_forms import labels, parsed, real


def documents(prefix: str):
    return parse(normalise(real(prefix)).text)


def test_an_outline_printed_with_a_space_is_numbered_and_its_table_of_contents_is_no_measure():
    # n16: 1 总则 … 9 名词术语 listed, then the text's own 1 总则 / 1.1 编制目的
    assert labels(parsed("n16")) == [("1", 1), ("1.1", 2), ("1.2", 2)]
    # n04: the plan glued into its letter's paragraph, its line breaks turned to spaces (…邮箱:… 1 总 则 1.1 编制目的 …)
    assert labels(parsed("n04")) == [("1", 1), ("1.1", 2), ("1.2", 2), ("1.3", 2)]
    assert len(normalise("会议共有 1 人发言, 2 人提问, 3 人列席, 参会的 1.2 万人次均已登记完毕并汇总上报。" * 3).text.split("\n")) == 1
    assert match_label("1 总 则").text == "1"
    # a count or a date after a number and a space, a row of cells, a sentence: no label
    assert match_label("2 月 20 日前完成") is None
    assert match_label("3 个工作日内") is None
    assert match_label("2 县发改局 县财政局") is None


def test_a_recipients_line_names_bodies_or_addressees_not_a_page_label_or_date_line():
    gongzhuling = documents("n02")  # 发表时间:2014-10-08 10:58:00 | 来源: between the title and the 文号
    assert len(gongzhuling) == 1
    assert gongzhuling[0].meta.doc_number == "公安委办字〔2014〕3号"
    assert gongzhuling[0].meta.title.startswith("公主岭市安委会办公室转发《国务院安委会办公室")
    assert gongzhuling[0].meta.recipients[0] == "各乡镇人民政府"
    assert parsed("n11").meta.recipients == []  # 文档名称:
    assert parsed("n25").meta.recipients == ["各县(市、区)人民政府", "市政府各部门、各直属机构"]  # 页面宽度(px):
    assert parsed("n14").meta.recipients == ["各位人大代表"]
    # a party committee and its office share the place before them; schools are bodies each
    assert parsed("n07").meta.recipients == []  # the 公示 page itself has none
    assert documents("n07")[1].meta.recipients[1] == "各街道党工委、办事处"
    assert documents("n06")[1].meta.recipients == ["各中学", "乡镇(街道)中心小学", "市直学校(幼儿园)"]
    assert not is_recipients_line("主题:")
    assert is_recipients_line("市直有关部门:")


def test_the_issuer_on_a_line_above_the_title_is_the_titles_start():
    school = parsed("n10")  # 铜冶中心校 / 关于做好…的通知: a school is an organisation
    assert (school.meta.title, school.meta.issuer) == ("铜冶中心校关于做好2014年春季开学初安全工作的通知", "铜冶中心校")
    # 瑞安市人民政府办公室 / 转发温州市推行说理性行政处罚文书 / 指导意见及操作规范的通知
    assert parsed("n24").meta.title == "瑞安市人民政府办公室转发温州市推行说理性行政处罚文书指导意见及操作规范的通知"
    # 鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…的意见的通知
    hegang = parsed("n23")
    assert hegang.meta.title == "鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"
    assert hegang.meta.issuer == "鹤岗市人民政府 鹤岗市中级人民法院"
    # a 文库's file title above a title naming its own issuer stays apart from it (n15)
    alxa = parsed("n15")
    assert alxa.meta.title == "阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知"
    assert alxa.meta.issuer == "阿拉善盟行政公署办公室"
    # a title with a version note, then the title again (a legal database): the notice's title
    assert parsed("n25").meta.title == "清远市人民政府关于印发《清远市人民政府工作规则》的通知"


def test_a_notice_printed_in_full_after_a_page_starts_at_its_title_above_its_number():
    publicity, notice = documents("n07")  # a 公示 page, then 附件: the notice with its title above 珲办发〔2017〕19号
    assert publicity.meta.doc_number is None and publicity.measures == []
    assert notice.meta.doc_number == "珲办发〔2017〕19号"
    assert notice.meta.title == "中共珲春市委办公室珲春市人民政府办公室关于印发《珲春市河(湖)长制工作实施方案》的通知"
    assert notice.meta.signed_date == "2017-06-13"  # (此件发至乡)   2017年6月13日 on one line
    assert labels(notice) == [("一、", 1), ("(一)", 2)]
    # an 附件： line above a printed notice's 版头 is no part of it (the sample 003 keeps its attachment list)


def test_a_closing_date_glued_to_its_body_or_lost_its_year_month_day_is_read():
    guidong = parsed("n09")  # 桂东县人民政府办公室2017年5月27日印发, then an aggregator's short footer lines
    assert (guidong.meta.printed_date, guidong.meta.printed_by) == ("2017-05-27", "桂东县人民政府办公室")
    assert parsed("n16").meta.signed_date == "2018-05-25"  # 东宁市人民政府办公室 / 2018525
    lines = normalise("各单位：\n请认真执行。\n(此件发至乡)   2017年6月13日\n").text.split("\n")
    assert lines[-1] == "2017年6月13日"
    # a date inside a sentence stays where it is
    assert "县政府于2017年6月13日印发" in normalise("县政府于2017年6月13日印发\n").text


def test_a_slogan_opening_the_page_leaves_the_header_to_the_title_below_it():
    # l15: a congress site's slogan (…构建和谐文明阿坝。…) first, portal lines, then the 办法's title over two lines
    assert parsed("l15").meta.title == "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法"
    # a news item opening with its headline and no notice's title below: the headline (annotated so), read from the
    # page's lines under it, not a title of the slogan kind taken from the text
    assert parsed("l16").meta.title == "柘皋鎮“四早”謀劃2017年民生工程"


def test_a_site_name_above_the_information_table_is_no_issuer():
    # 龙陵县人民政府 (the portal) above | 发布机构 龙陵县镇安镇人民政府 |
    assert parsed("n08").meta.issuer == "龙陵县镇安镇人民政府"


def test_document_sharing_and_database_pages_wrap_the_notice():
    assert parsed("n11").meta.title == "乡镇全面推行河长制实施方案"  # only the file name gives it
    assert parsed("n19").meta.doc_number == "湖北省人民政府令第52号"  # 湖北省人民政府令(第52号)
    for line in ("- 文档编号:5043956", "上傳人:Le****97", "33.20KB", "1 / 5", "广东规范性文件 > 正文阅览", "转第",
                 "无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x"):
        assert is_chrome(line), line
    assert not is_chrome("-市綜合和專業應急指揮平臺全面建成")
    # n17: a 文库 page whose chunk numbers 2、 3、 fell inside its one line, a page apart (…實現50公里3、飛行半徑…)
    zhucheng = normalise(real("n17")).text
    assert "50公里飛行半徑" in zhucheng and "2、-市" not in zhucheng
    assert labels(parsed("n17")) == [("一、", 1)]  # its heading after a sentence's end inside the joined page
    items = "".join(f"{n}、第{n}项工作要认真落实，各单位要按时完成并报送有关情况。" * 6 for n in range(1, 4))
    assert "2、" in normalise(items).text  # items after a sentence's end each: no page chunks
    header = read_header(split_lines("主题:\n关于征求意见的函\n市直有关部门:\n请于6月18日前反馈。"))
    assert header.meta.recipients == ["市直有关部门"]


def test_headings_glued_into_one_line_by_a_copy_start_lines_of_their_own():
    # l05: …有關要求如下: 一要凝聚共識抓落實。… 二要壓實責任抓落實。… 三要…
    assert labels(parsed("l05")) == [("一要", 1), ("二要", 1), ("三要", 1)]
    # l07: (一) (二) (叁) — an upper-case numeral
    assert labels(parsed("l07"))[-1] == ("(叁)", 1)
    # l13: a 文库 template without a line break: …质监站(二)小街巷专项整治…, two runs of （一）（二）（三）
    assert [label for label, _ in labels(parsed("l13"))] == ["(一)", "(二)", "(三)"] * 2
    # an enumeration inside a sentence, after punctuation or without a space, stays in its paragraph
    text = "工作要求如下:一是提高认识,加强领导。二是落实责任,强化督查。三是严格考核,确保实效。" * 3
    assert len(normalise(text).text.split("\n")) == 1
    text = "申请单位须具备以下条件:(一)在海外已有稳定的工作岗位和研究经费;(二)回国工作时间不少于一个月;(三)有合作单位。"
    assert len(normalise(text).text.split("\n")) == 1
    # m16 (set M): [接上页] 三、有关要求 (一)高度重视,加强领导。… (二)… — the line breaks became spaces
    assert labels(parsed("m16")) == [("三、", 1), ("(一)", 2), ("(二)", 2), ("(三)", 2), ("(四)", 2)]
    # j10: a page going on at (二) with (三) (四) after it, then 四、 with only (一) (二): no run from （一） of three
    assert labels(parsed("j10")) == []
    # o15 (set O): rules glued into one line whose 二、 三、 follow a sentence's end and the space a lost line break left
    assert [label for label, level in labels(parsed("o15")) if level == 1][:3] == ["一、", "二、", "三、"]


def test_a_pages_list_of_what_other_readers_opened_is_chrome():
    # n09: …2017年5月27日印发 ⏎ 85%的人还看了 ⏎ 你可能也爱看 ⏎ 附近热门土地: an aggregator's footer, no 85% target
    assert all(is_chrome(line) for line in ("85%的人还看了", "你可能也爱看", "大家还看了", "猜你喜欢"))
    # a share in a sentence, or 还看了 inside one, is the text's
    assert not any(is_chrome(line) for line in ("85%的人口已接种", "全县85%的人还看了宣传片。", "大家还看了这份通知后提出意见。"))
