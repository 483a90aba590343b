"""The document-stage forms of sets R and T (tests/data/realworld, real notices with their source addresses) that the
header and the measure tree first misread: one test per form, on the real text where it is, and on a look-alike that
must not be read the same way."""

from __future__ import annotations

from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome
from pipeline.extract import extract_text
from test_real_forms import REALWORLD, real


def document(text: str):
    normalised = normalise(text)
    return parse(normalised.text, normalised.title_headings, normalised.page_issuers)[0]


def labels_and_levels(parsed) -> list[tuple[str, int]]:
    return [(measure.label, measure.level) for measure in parsed.measures]


def test_a_page_printing_the_notice_in_full_is_titled_by_the_notice_not_by_the_headline_reporting_it():
    farmland = document(real("r07"))  # headline 中共中央辦公廳 國務院辦公廳印發《X》, lead-in …印發了《X》… 《X》全文如下。
    assert farmland.meta.title == "逐步把永久基本農田建成高標準農田實施方案"
    assert farmland.meta.issuer == "中共中央辦公廳 國務院辦公廳"
    # the same headline over a report that does not print the notice keeps the headline
    report = "省政府办公厅印发《若干措施》\n发布时间:2024-05-06 来源:省政府网\n近日,省政府办公厅印发了《若干措施》,提出十条举措。\n一、加强领导。各地要抓好落实。"
    assert document(report).meta.title == "省政府办公厅印发《若干措施》"


def test_a_news_headline_over_the_reports_opening_paragraph_is_the_title():
    toilets = document(real("r15"))  # 今年唐山市將完成37萬座農廁改造任務 / 從唐山市有關部門獲悉,…
    assert toilets.meta.title == "今年唐山市將完成37萬座農廁改造任務"
    assert [target["text"] for target in extract_text(real("r15"))["documents"][0]["targets"]][:1] == ["37萬座"]
    # a short first line over a paragraph that is no news report is no headline
    assert document("工作要求\n为进一步强化服务意识,决定实行限时办结制度。\n一、限时办结具体事项。").meta.title is None


def test_a_headline_under_the_sites_breadcrumb_or_over_a_time_written_day_first():
    assert document(real("t02")).meta.title == "限时办结制"  # 当前位置: 首页 > … / 限时办结制 / 来源: 办公室发布时间:…
    assert document(real("t12")).meta.title == "大足区增强“三个意识”做好2016年教育工作"  # … / 18.02.2016  18:44
    assert is_chrome("18.02.2016  18:44") and not is_chrome("18.02.2016年度预算执行情况")


def test_a_mirrors_keyword_line_and_a_sites_name_are_no_part_of_the_title():
    assert document(real("r10")).meta.title == "廣州發布深化生活垃圾分類處理三年行動計劃"  # spam, 央廣網, headline
    assert is_chrome("一本一道久久a久久精品蜜桃_亚洲精选一区二区_久久伊人资源站_三区精品视频观看")
    assert not is_chrome("各县(市、区)人民政府,市政府各部门,各直属机构")  # a comma-separated list of bodies
    assert not is_chrome("国家电网")


def test_a_wenku_slogan_glued_before_the_title_or_the_recipients_stands_alone():
    assert document(real("t07")).meta.title == "望都县关于开展城市管理春风行动的实施方案"  # 精选优质文档-倾情为你奉上望都县关于…
    assert document(real("l13")).meta.recipients[0].startswith("局机关各科室")  # 下载后可任意编辑…方案范文局机关各科室、…
    # the words inside a sentence are no slogan
    assert "下载后可任意编辑" in normalise("附件为表格,各单位下载后可任意编辑。").text


def test_a_page_header_glued_into_a_paragraph_gives_the_issuer_and_is_no_citation():
    xuchang = extract_text(real("r12"))["documents"][0]  # …时间节点的重许昌市人民政府文件许政〔2020〕21号大工作实行…
    assert xuchang["issuer"] == "许昌市人民政府" and xuchang["doc_number"] == "许政〔2020〕20号"
    assert all(citation["doc_number"] != "许政〔2020〕21号" for citation in xuchang["citations"])
    assert "时间节点的重大工作" in normalise(real("r12")).text
    # a 文号 named after 文件 in a sentence by a body whose name does not open its code is cited as written
    cited = extract_text("各单位:\n根据市政府文件许政〔2020〕21号要求,做好工作。")["documents"][0]
    assert [citation["doc_number"] for citation in cited["citations"]] == ["许政〔2020〕21号"]


def test_a_label_after_a_pages_continuation_mark_starts_a_measure_under_its_lost_heading():
    # r03: [接上页] (五) 切实加强动态报告工作 … 四、时间安排 (一)…: (五) sits under a heading of the page before
    assert labels_and_levels(document(real("r03")))[:3] == [("(五)", 2), ("四、", 1), ("(一)", 2)]
    # j10: the whole fragment glued into one line, items inside it: none read, the first neither
    assert document(real("j10")).measures == []


def test_articles_that_lost_their_di_in_a_run():
    assert [label for label, _ in labels_and_levels(document(real("t11")))][:5] == ["十八条", "十九条", "二十条", "二十一条", "二十二条"]
    # one such line alone is no article
    assert document("各单位:\n十八条 规定的情形,从其规定。\n请遵照执行。").measures == []


def test_a_second_item_glued_on_its_first_items_line_after_spaces():
    measures = labels_and_levels(document(real("t02")))  # 1、…以备检查。         2、对限时办结的事项…
    assert measures[-3:] == [("1、", 2), ("2、", 2), ("3、", 2)]
    # a 2、 glued without the spaces of a lost line break stays inside its paragraph
    assert labels_and_levels(document("一、要求\n1、做好检查。2、加强管理。")) == [("一、", 1), ("1、", 2)]


def test_an_information_table_whose_labels_the_copy_lost_is_read_by_its_values():
    # a07: 113701130042070099-A/2021-4059841 / 综合政务 / 济长政办字〔2021〕3号 / 长清区政府 / 2021-04-01 / 2021-04-01 / 有效
    assert document(real("a07")).meta.signed_date == "2021-04-01"
    # j21: • 005307319/2018-00011• 新密市统计局• 通知 / • 2018-01-02 … (the values joined on one line with their bullets)
    assert document(real("j21")).meta.issuer == "新密市统计局"
    # a run of short lines without an index number is no table: no date read from it
    assert document("通知\n综合政务\n2021-04-01\n有效\n各单位:\n请做好工作。").meta.signed_date is None


def test_joint_issuers_signing_two_a_line():
    # w01: twelve departments, two a line with spaces between and blank lines between the rows, then the date
    issuers = document(real("w01")).meta.issuer.split(" ")
    assert len(issuers) == 12 and issuers[:2] == ["青海省卫生厅", "青海省发展和改革委员会"]
    # a sentence with two bodies in it is no signature row
    assert document("各单位:\n请县教育局  县财政局配合做好。\n2020年1月2日").meta.issuer is None


def test_a_recipients_line_longer_than_two_hundred_characters_with_customs_and_army_corps():
    recipients = document(real("w01")).meta.recipients
    assert len(recipients) == 17 and recipients[-4:] == ["西宁海关", "武警青海总队", "青海机场有限公司", "青藏铁路公司"]


def test_a_date_under_an_indent_saved_as_question_marks():
    mudanjiang = document(real("w04"))  # 牡丹江市人民政府辦公室 / ??2018年5月14日
    assert (mudanjiang.meta.issuer, mudanjiang.meta.signed_date) == ("牡丹江市人民政府辦公室", "2018-05-14")
    assert "是否?2018年" in normalise("是否?2018年").text  # a question mark inside a line stays


def test_a_portals_line_naming_itself_and_the_paper_it_reprints_is_chrome():
    henan = document(real("w03"))  # 中央政府門戶網站 www.gov.cn   2006年06月2日   來源:河南日報 above the issuers and title
    assert henan.meta.issuer == "中共河南省委 河南省人民政府"
    assert henan.meta.title == "中共河南省委河南省人民政府關於增強自主創新能力建設創新型河南的決定"
    assert not is_chrome("2006年5月22日来源于群众的反映,要及时处理。")


def test_a_publishers_cell_naming_no_place_is_no_issuer():
    assert document(real("w06")).meta.issuer is None  # 发布机构 | 政府办 |, the title's 区人民政府办公室 (short forms)
    assert document("发布机构:龙陵县象达镇人民政府\n关于做好防汛工作的通知\n各村委会:\n请做好防汛工作。").meta.issuer == "龙陵县象达镇人民政府"


def test_a_headline_under_an_ad_line_and_the_breadcrumb():
    assert document(real("w07")).meta.title == "我国将开展安全生产大检查综合督查"  # spaces inside removed


def test_a_bulletins_masthead_a_forum_boards_label_and_a_read_aloud_button_are_no_part_of_the_title():
    sweep = REALWORLD.parent / "sweep"
    shouxian = document(real("cv01"))  # 寿县人民政府督查室           2022年8月19 (sweep 034 until set CV annotated it)
    assert shouxian.meta.title == "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报"
    forum = document(next(sweep.glob("027_*.txt")).read_text(encoding="utf-8"))  # [城市建设] 国务院办公厅关于…的通知
    assert forum.meta.title == "国务院办公厅关于2024年部分节假日安排的通知"
    assert document(next(sweep.glob("008_*.txt")).read_text(encoding="utf-8")).meta.title is None  # 朗读 over a 通告
    # an office's name with its date in a sentence, and a bracketed note before a title, are kept
    assert document("[注] 关于做好防汛工作的通知\n各村委会:\n请做好防汛工作。").meta.title == "[注]关于做好防汛工作的通知"


def test_a_law_sites_note_of_the_number_and_the_date_under_the_title():
    hanzhong = extract_text(next((REALWORLD.parent / "sweep").glob("041_*.txt")).read_text(encoding="utf-8"))["documents"][0]
    assert (hanzhong["doc_number"], hanzhong["signed_date"]) == ("汉政发〔2008〕11号", "2008-03-12")  # (汉政发[2008]11号 2008年3月12日)
    assert hanzhong["citations"] == []  # its own number, no citation
    # a sentence in brackets naming another notice's number and date is no such note
    cited = document("关于做好工作的通知\n各单位:\n(详见汉政发[2008]11号 2008年3月12日印发)\n请遵照执行。")
    assert cited.meta.doc_number is None


def test_a_fragments_first_items_sit_under_the_heading_its_page_lost():
    # v04 opens at 6、 (its 1、 to 5、 and their 四、 on an earlier page), then 五、工作安排 / (一)…
    assert labels_and_levels(document(real("v04")))[:4] == [("6、", 2), ("7、", 2), ("8、", 2), ("五、", 1)]
    # an item of a lower style after the opening ones is under them, not above them
    fragment = "(五)加强报告。每周报送一次。\n3.各县要及时报送。\n(六)加强督查。各地要开展督查。"
    assert labels_and_levels(document(fragment)) == [("(五)", 1), ("3.", 2), ("(六)", 1)]
