"""Forms the copy variants of the annotated notices showed the pipeline missing (scripts/make_copy_variants.py,
issue 15): the same notice copied with its line breaks lost, its punctuation full-width, its header glued."""

from __future__ import annotations

from extractors.fold import fold
from pipeline.document.as_written import WrittenText
from pipeline.document.normalise import normalise
from pipeline.extract import extract_text

GLUED_PLAN = (
    "为推进政务服务提质增效,结合我市实际,制定本方案。一、工作目标到2023年底,政务服务事项全部实现网上可办,企业和群众办事更加便捷"
    "高效。二、重点任务(一)加快推进政务服务标准化建设,年底前完成全市政务服务事项清单梳理和办事指南编制工作(责任单位:市政务服务中心)"
    "(二)深化“一网通办”改革,推动高频政务服务事项全程网办、跨省通办(责任单位:市大数据局)(三)完善政务服务好差评制度,差评整改率"
    "达到100%(责任单位:市政务服务中心)三、保障措施各单位要加强组织领导,确保各项任务落到实处。\n")


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


def test_items_glued_after_their_bracketed_notes_start_lines():
    # each item of a copy that lost its line breaks closes with its responsibility note in brackets: the next item's
    # label glued after the bracket starts a line as it would after a full stop
    got = lines(GLUED_PLAN)
    assert "(二)深化“一网通办”改革,推动高频政务服务事项全程网办、跨省通办(责任单位:市大数据局)" in got
    assert any(line.startswith("(三)完善政务服务好差评制度") for line in got)


def test_the_next_headings_on_the_line_of_a_heading_cut_apart_before_start_lines():
    # the preamble's close cut 一、 and 二、 apart; 三、 glued after an item's note on 二、's line counts on from it
    assert any(line.startswith("三、保障措施") for line in lines(GLUED_PLAN))


def test_a_list_inside_an_item_does_not_count_on_from_the_items_label():
    text = ("二、实施步骤全县农村人居环境整治工作分三个阶段进行,各乡镇要按照时间节点有序推进,确保整治工作取得实效,分步实施:一、动员部署"
            "阶段,各乡镇制定方案,召开动员会议,广泛宣传发动群众参与整治工作;二、集中整治阶段,各乡镇全面开展清理整治;三、巩固提升阶段,"
            "建立长效管护机制,巩固整治成果。\n")
    assert not any(line.startswith("三、巩固提升阶段") for line in lines(text))


def test_a_bracketed_note_inside_a_sentence_starts_no_heading():
    text = ("根据《建设工程质量管理条例》(2019年修订)一、二类项目由市住建局负责审查,三类项目由县区住建部门负责审查,审查结果报市住建局备案"
            "(备案表见附件1)二、三类项目的审查时限按省有关规定执行。各单位要认真落实,确保审查工作规范有序开展,及时报送审查情况。\n")
    assert lines(text) == [text.strip()]


def test_pinyin_glosses_in_full_width_brackets_are_dropped():
    # a glossed mirror copy whose punctuation is full-width glosses in full-width brackets too
    text = "國（guó）務（wù）院辦公廳關（guān）于印發（fā）《辦法》的通知\n各省、自治區（qū）、直轄市人民政府：\n"
    assert lines(text)[:2] == ["國務院辦公廳關于印發《辦法》的通知", "各省、自治區、直轄市人民政府："]
    toneless = "各省、自治（zhi）區、直轄市農業（ye）農村（cun）廳（局）：\n"
    assert lines(toneless)[0] == "各省、自治區、直轄市農業農村廳（局）："
    assert lines("实施方案（试行）和附件（a）\n")[0] == "实施方案（试行）和附件（a）"


def test_a_header_glued_title_first_then_its_number_then_its_recipients_is_read():
    text = ("荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知荥政办〔2015〕67号各乡镇人民政府,各街道办事处,市人民政府有关部门,"
            "各有关单位:《荥阳市气象灾害应急预案》已经市人民政府同意,现印发给你们,请结合实际,认真贯彻执行。\n荥阳市人民政府办公室\n"
            "2015年11月16日\n")
    doc = extract_text(text)["documents"][0]
    assert doc["doc_number"] == "荥政办〔2015〕67号"
    assert doc["title"] == "荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知"
    assert doc["recipients"] == '["各乡镇人民政府", "各街道办事处", "市人民政府有关部门", "各有关单位"]'
    bracketed = ("海南省人民政府办公厅关于印发道路交通安全专项整治工作方案(试行)的通知(琼府办〔2018〕48号)各市、县、自治县人民政府,"
                 "省政府直属各单位:《工作方案(试行)》已经省政府同意,现印发给你们,请认真组织实施。\n")
    assert lines(bracketed)[:2] == ["海南省人民政府办公厅关于印发道路交通安全专项整治工作方案(试行)的通知", "(琼府办〔2018〕48号)"]


def test_a_sentence_naming_a_notice_and_its_number_is_no_glued_header():
    # the title must open the line and the recipients follow the 文号 at once
    text = ("按照《关于印发应急预案的通知》荥政办〔2015〕67号要求,各乡镇人民政府,各街道办事处:请于月底前报送演练情况。\n")
    assert lines(text) == [text.strip()]


def test_a_signature_glued_before_the_text_it_issues_is_read():
    # the issued text's title, named in 《》 by the notice, glued after the signature's date: signature, date and title
    # each on a line (its dash printed in another form than named, its date without a signing body)
    text = ("各县区人民政府:现将《海东市打赢蓝天保卫战三年行动实施方案(2018—2020年)》印发给你们,请认真组织实施。海东市人民政府2019年3月"
            "13日海东市打赢蓝天保卫战三年行动实施方案(2018-2020年)为深入贯彻落实党中央、国务院决策部署,制定本方案。\n")
    assert lines(text)[2:4] == ["海东市人民政府", "2019年3月13日"]
    assert extract_text(text)["documents"][0]["signed_date"] == "2019-03-13"
    bare = ("各旗县区人民政府:现将《包头市2022年数字政府建设考评办法》印发给你们，请认真抓好落实。2022年4月14日包头市2022年数字政府建设"
            "考评办法一、考评对象\n")
    assert lines(bare)[2:5] == ["2022年4月14日", "包头市2022年数字政府建设考评办法", "一、考评对象"]


def test_a_date_glued_before_a_sentences_words_stays_in_its_sentence():
    text = "现将《防汛工作方案》印发给你们,请认真组织实施。县政府办公室2024年5月2日召开会议部署防汛工作方案落实。\n"
    assert lines(text) == ["现将《防汛工作方案》印发给你们,请认真组织实施。县政府办公室2024年5月2日召开会议部署防汛工作方案落实。"]


def test_a_first_heading_glued_after_a_preamble_announcing_the_text_starts_a_line():
    # 提出如下实施意见。 · 制订此方案。 · 制定分工方案如下。 announce the text that follows: its 一、 opens the list
    for close in ("现提出如下实施意见。", "结合我镇工作实际,制订此方案。", "现制定分工方案如下。"):
        text = ("为加快推进全市养老服务体系建设,根据国家和省有关文件精神," + close + "一、总体要求以习近平新时代中国特色社会主义思想为指导,"
                "全面落实积极应对人口老龄化国家战略。二、主要任务(一)加快发展居家养老服务,到2025年,社区养老服务设施覆盖率达到100%。\n")
        assert any(line.startswith("一、总体要求") for line in lines(text)), close
    # a request is no announcement of the text (…提出如下要求。 一、 may be a list inside a paragraph)
    asked = ("为做好防汛工作,现提出如下要求。一、高度重视,各乡镇要落实防汛责任,加强值班值守,确保安全度汛,及时报告汛情险情和处置情况,"
             "各有关部门要按照职责分工做好物资储备,做好转移安置准备工作,确保人民群众生命财产安全。\n")
    assert lines(asked) == [asked.strip()]


def test_a_pages_summary_of_the_opening_is_not_cut_into_headings():
    text = ("概要:县农业局冬季农业工作方案冬季农业与春、夏农业同等重要,是确保农产品有效供给的重要途径。切实搞好冬季农业生产工作,制订此方案。"
            "一、任务目标今年冬季农业生产以大力扩大播种面积\n县农业局冬季农业工作方案\n")
    assert lines(text)[0].startswith("概要:") and "一、任务目标" in lines(text)[0]
    glued = "当前位置:公文写作网常用公文工作方案» 正文[10-05 23:18:02] 阅读:6633" + text
    assert "一、任务目标" in lines(glued)[0]


def test_dot_numbered_items_glued_after_sentence_ends_and_score_notes_start_lines():
    text = ("一、政务服务(40分)(一)一体化政务服务平台建设（3分）1．除涉密事项外全部事项纳入平台办理,未纳入的每项扣0.5分。2．政务服务事项"
            "标准化,按省统一标准梳理事项清单和办事指南,未完成的扣2分。3．好差评制度落实,差评整改率达到100%,未达到的扣1分。4．政务服务事项"
            "网上可办率达到90%以上,每低1个百分点扣0.5分。\n")
    got = lines(text)
    # the heading's one (一) starts a line of its own too, its items counting in the run of 1．…4． (glued_outline)
    assert got[:2] == ["一、政务服务(40分)", "(一)一体化政务服务平台建设（3分）"]
    assert [line[:2] for line in got[2:]] == ["1．", "2．", "3．", "4．"]
    # one sentence's enumeration (:1.…;2.…;3.…) stays one line, and decimals are no labels
    listed = ("需要报送的材料主要包括:1.研究机构的章程;2.研究团队成员名单;3.近三年研究成果清单,由各院系汇总后统一报送科研处,联系人张老师,"
              "请按时报送,逾期不候,报送材料须加盖公章,电子版同时发送至科研处邮箱,纸质材料一式两份,增长1.5倍。2.5倍以上的另行说明。\n")
    assert lines(listed) == [listed.strip()]


def test_a_glued_header_whose_title_type_is_letter_spaced_is_read():
    # a print letter-spaces the type (通 知): glued to its 文号 and recipients, the type still ends the title
    text = ("平阳县人民政府办公室关于印发平阳县防汛防台应急预案的通 知平政办〔2019〕12号各乡镇人民政府,县政府直属各单位:"
            "《平阳县防汛防台应急预案》已经县人民政府同意,现印发给你们,请认真贯彻执行。\n平阳县人民政府办公室\n2019年5月6日\n")
    doc = extract_text(text)["documents"][0]
    assert doc["doc_number"] == "平政办〔2019〕12号"
    assert doc["title"] == "平阳县人民政府办公室关于印发平阳县防汛防台应急预案的通知"
    assert doc["recipients"] == '["各乡镇人民政府", "县政府直属各单位"]'


def test_a_spaced_word_that_is_no_type_ends_no_glued_title():
    # 方 面 is no document type: the line stays whole
    text = "关于进一步加强各方 面工作的若干措 施落实情况平政办〔2019〕12号各乡镇人民政府:请于月底前报送。\n"
    assert lines(text)[0].startswith("关于进一步加强各方 面工作")


def test_a_breadcrumb_glued_to_the_title_is_cut_at_the_titles_start_and_end():
    # the last crumb runs into the title: it starts at the name the notice is signed with, ends before the page's fields
    text = ("归档时间:2019-03-02当前位置: 首页 > 政务公开 > 政策文件衡阳市人民政府办公室关于印发衡阳市城区停车管理办法的通知"
            "(衡政办发〔2018〕9号)\n来源:衡阳市政府门户网 日期:2018-05-12 17:08\n各县市区人民政府,市直各单位:\n"
            "《衡阳市城区停车管理办法》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n衡阳市人民政府办公室\n2018年5月10日\n")
    assert lines(text)[:3] == ["归档时间:2019-03-02", "当前位置: 首页 > 政务公开 > 政策文件",
                               "衡阳市人民政府办公室关于印发衡阳市城区停车管理办法的通知(衡政办发〔2018〕9号)"]
    doc = extract_text(text)["documents"][0]
    assert doc["title"] == "衡阳市人民政府办公室关于印发衡阳市城区停车管理办法的通知"
    # a law site's breadcrumb, its title right after the last », the page's fields and the title again glued after it
    law_site = ("您的位置: 首页 » 法律资料网 » 法律法规 »关于做好城市桥梁安全检查工作的通知时间:2024-07-22 07:04:51 来源: 法律资料网"
                " 阅读:8304下载地址: 点击此处下载关于做好城市桥梁安全检查工作的通知\n\n住房和城乡建设部\n\n"
                "关于做好城市桥梁安全检查工作的通知\n\n各省、自治区建设厅:\n为确保城市桥梁安全运行,现就有关事项通知如下:\n")
    assert lines(law_site)[:4] == ["您的位置: 首页 » 法律资料网 » 法律法规 »", "关于做好城市桥梁安全检查工作的通知",
                                   "时间:2024-07-22 07:04:51 来源: 法律资料网 阅读:8304下载地址: 点击此处下载",
                                   "关于做好城市桥梁安全检查工作的通知"]


def test_a_breadcrumb_whose_last_crumb_is_no_known_title_start_stays_whole():
    # no name of the copy's own starts the title after the section's name (本局文件), and a place's name before a
    # signature's shorter name (中华人民共和国 before 商业部) is the name's start, no crumb
    text = ("当前位置: 首页>政务频道 >政务公开 >本局文件湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知• 时间:2023-05-04\n"
            "各区县卫生健康局:\n现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。\n湖州市卫生健康委员会\n")
    assert lines(text)[0].endswith("• 时间:2023-05-04")
    own_line = "当前位置: 首页 > 政务公开 > 关于印发2023年全市卫生健康工作要点的通知"
    assert lines(own_line + "\n各区县卫生健康局:\n")[0] == own_line


def test_a_title_printed_again_after_the_pages_heading_in_book_marks_starts_a_line():
    # an aggregator's heading 《title》 and fields, then the notice's own title, 文号 and recipients, glued into one line
    text = ("晋政发〔2016〕12号《山西省人民政府关于深化〈行政审批制度〉改革的实施意见》浏览量:  时间:2016-05-17 23:45:19"
            "山西省人民政府关于深化《行政审批制度》改革的实施意见晋政发〔2016〕12号各市人民政府,省政府各部门:\n"
            "为深化行政审批制度改革,提出如下意见。\n")
    assert lines(text)[:4] == ["晋政发〔2016〕12号《山西省人民政府关于深化〈行政审批制度〉改革的实施意见》",
                               "浏览量:  时间:2016-05-17 23:45:19", "山西省人民政府关于深化《行政审批制度》改革的实施意见",
                               "晋政发〔2016〕12号"]
    doc = extract_text(text)["documents"][0]
    assert doc["title"] == "山西省人民政府关于深化《行政审批制度》改革的实施意见"
    assert doc["doc_number"] == "晋政发〔2016〕12号"


def test_a_text_named_in_book_marks_inside_a_title_is_no_pages_heading():
    # 《…办法》 after 关于印发 is the text the title names: its name printed again in the letter starts no line
    text = ("鞍政发〔2024〕1号鞍山市人民政府关于印发《鞍山市城区停车管理办法》的通知各县(市)区人民政府:"
            "《鞍山市城区停车管理办法》已经市政府同意,现印发给你们。\n")
    assert "鞍山市人民政府关于印发《鞍山市城区停车管理办法》的通知" in lines(text)
    assert "《鞍山市城区停车管理办法》" not in lines(text)


def test_a_number_in_a_glued_list_of_repealed_documents_opens_no_notice():
    # a 文号 line followed by a numbered reason is a list's entry; a 文号 line followed by recipients opens a notice
    listed = ("泸州市人民政府关于废止部分规范性文件的决定\n泸州市人民政府\n各县(区)人民政府,市级各部门:\n"
              "经清理,决定废止下列文件。\n关于城市规划建设管理规定的通知\n泸市府发〔2001〕65号\n1、制定依据发生了重大变化。\n"
              "关于加强城区商品市场管理的通知\n泸市府发〔2001〕71号\n1、已被新规定替代。\n")
    assert len(extract_text(listed)["documents"]) == 1
    printed = ("泸州市人民政府办公室关于转发省政府通知的通知\n各县(区)人民政府:\n现将省政府通知转发给你们,请认真贯彻执行。\n"
               "泸州市人民政府办公室\n2001年5月6日\n四川省人民政府\n川府发〔2001〕12号\n各市(州)人民政府:\n为加强管理,现通知如下。\n")
    assert len(extract_text(printed)["documents"]) == 2


# Copies in traditional characters (mirror sites, Hong Kong and Taiwan copies): the header and signature are read on the
# text folded to simplified characters, as every extractor reads it, and their strings are given back as written.
TRADITIONAL_NOTICE = (
    "洪山縣人民政府辦公室關於印發2025年重點工作任務分解的通知\n洪政辦〔2025〕1號\n各鄉鎮人民政府,縣政府各部門:\n"
    "現將《2025年重點工作任務分解》印發給你們,請結合實際,認真貫徹執行。\n洪山縣人民政府辦公室\n2025年1月10日\n")


def test_a_notice_in_traditional_characters_is_read_as_its_simplified_copy_and_given_back_as_written():
    doc = extract_text(TRADITIONAL_NOTICE)["documents"][0]
    assert doc["title"] == "洪山縣人民政府辦公室關於印發2025年重點工作任務分解的通知"
    assert doc["doc_number"] == "洪政辦〔2025〕1號"
    assert doc["recipients"] == '["各鄉鎮人民政府", "縣政府各部門"]'
    assert doc["issuer"] == "洪山縣人民政府辦公室" and doc["signed_date"] == "2025-01-10"
    simplified = extract_text(fold(TRADITIONAL_NOTICE))["documents"][0]  # the same reading, in its own characters
    assert simplified["issuer"] == "洪山县人民政府办公室" and simplified["recipients"] == '["各乡镇人民政府", "县政府各部门"]'


def test_a_title_ending_in_a_types_traditional_form_is_read():
    text = ("2020年全縣安全生產工作要點\n為切實做好今年全縣安全生產工作,確保全縣安全生產形勢穩定,制定本要點。\n一、總體要求\n"
            "堅持安全發展理念,落實安全生產責任制。\n")
    assert extract_text(text)["documents"][0]["title"] == "2020年全縣安全生產工作要點"


def test_a_title_joined_from_two_lines_is_given_back_as_written():
    view = WrittenText("國務院辦公廳關於印發\n  實施方案的通知", fold("國務院辦公廳關於印發\n  實施方案的通知"))
    assert view.of("国务院办公厅关于印发实施方案的通知") == "國務院辦公廳關於印發實施方案的通知"
    assert view.of("国务院 办公厅") == "國務院 辦公廳"
    assert view.of("〔2025〕1号") == "〔2025〕1号"  # composed, not in the text: as read


def test_a_teaser_cut_short_with_an_ellipsis_is_no_title():
    # a spam lead over a headless copy: its line runs on elsewhere (……); either script
    text = ("引言8月7日,中國航空器材集團能源管理有限責任公司與海爾中央空調簽署戰略合作協......\n"
            "各市、縣人民政府,省人民政府各委、辦、廳、局:\n現將《山西省打贏藍天保衛戰三年行動計劃》印發給你們,請認真貫徹執行。\n"
            "山西省人民政府\n2018年7月29日\n")
    assert extract_text(text)["documents"][0]["title"] is None
    assert extract_text(fold(text))["documents"][0]["title"] is None


def test_an_attachments_title_split_under_its_heading_is_no_title_of_a_headless_notice():
    text = ("經各地推薦,通過評審的方式擬確定北京市大興區等10個市入選推薦名單。現按相關規定予以公示,公示時間為2022年2月21日-2022年2月28日。\n"
            "聯系方式:010-68205105\n附件1:2021年度工業穩增長成效明顯市擬入選推薦名單.docx\n附件1\n2021年度工業穩增長和轉型升級成效\n"
            "明顯市(州)擬入選推薦名單\n序號 |\n市(州) |\n1 |\n北京市大興區 |\n")
    assert extract_text(text)["documents"][0]["title"] is None
    assert extract_text(fold(text))["documents"][0]["title"] is None


def test_a_string_composed_by_the_reading_is_given_back_as_far_as_the_text_prints_it():
    written = "殘聯發[2021]51號 咸政規〔20231 2022年1號 廣東省委辦公廳、省政府辦公廳"  # the lost 〕号 are not printed: as read
    view = WrittenText(written, fold(written))
    assert view.of("残联发〔2021〕51号") == "殘聯發〔2021〕51號"
    assert view.of("咸政规〔2023〕1号") == "咸政規〔2023〕1号"
    assert view.of("广东省委办公厅 省政府办公厅") == "廣東省委辦公廳 省政府辦公廳"  # joint issuers found apart


def test_a_doc_number_under_a_page_field_left_empty_is_the_notices_own():
    text = ("- 時間:2012-10-24\n- 來源:\n甘政發〔2012〕120號\n各市、自治州人民政府,省政府各部門:\n"
            "為貫徹落實《國務院關于深入推進義務教育均衡發展的意見》精神,現提出如下意見:\n一、充分認識推進義務教育均衡發展的重要性\n")
    assert extract_text(text)["documents"][0]["doc_number"] == "甘政發〔2012〕120號"
    assert extract_text(fold(text))["documents"][0]["doc_number"] == "甘政发〔2012〕120号"


def test_a_promulgation_note_of_a_text_amended_since_gives_it_no_order():
    text = ("寧波市政府信息公開規定\n(2004年10月8日市人民政府令第124號發布,根據2008年4月16日《關于修改〈寧波市政府信息公開規定〉的決定》"
            "做相應的修改,重新公布。)\n第一章 總則\n第一條 為了保障公民、法人和其他組織的知情權,制定本規定。\n")
    assert extract_text(fold(text))["documents"][0]["doc_number"] is None
    unamended = "寧波市政府信息公開規定\n(2004年10月8日市人民政府令第124號發布)\n第一章 總則\n第一條 為了保障知情權,制定本規定。\n"
    assert extract_text(unamended)["documents"][0]["doc_number"] == "市人民政府令第124號"
