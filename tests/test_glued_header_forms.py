"""Headers glued into one line with what a page printed around them (issue 15, pipeline/document/glued_fields.py): a
page's reader tools, a site's greeting, a legal database's fields, a page's time stamp and source, a title printed
twice or again after a site's lead, an aggregator's heading in 《》 — each cut off so 文号, title and recipients read."""

from __future__ import annotations

from pipeline.document.normalise import normalise
from pipeline.extract import extract_text

SIGNATURE = "\n河南省人民政府\n2021年12月22日\n"


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


def in_turn(got: list[str], wanted: list[str]) -> bool:
    """Whether ``wanted`` are lines of ``got`` one after another."""
    return any(got[at:at + len(wanted)] == wanted for at in range(len(got)))


def header(text: str) -> dict:
    doc = extract_text(text)["documents"][0]
    return {field: doc[field] for field in ("doc_number", "title", "recipients")}


def test_a_page_tool_glued_before_the_number_is_cut_off():
    text = ("朗读豫政〔2021〕12号河南省人民政府关于印发河南省防汛应急预案的通知各省辖市人民政府,省人民政府各部门:现将《河南省防汛应急预案》"
            "印发给你们,请认真贯彻执行。" + SIGNATURE)
    assert header(text) == {"doc_number": "豫政〔2021〕12号", "title": "河南省人民政府关于印发河南省防汛应急预案的通知",
                            "recipients": '["各省辖市人民政府", "省人民政府各部门"]'}
    # before the recipients of a copy that lost its title
    assert lines("打印本页 收藏各乡镇人民政府,县政府直属各单位:现将有关事项通知如下。\n")[:2] == [
        "打印本页 收藏", "各乡镇人民政府,县政府直属各单位:现将有关事项通知如下。"]


def test_a_word_of_the_notice_like_a_tool_stays():
    # 保存 opening a sentence is the notice's word, not a page's button: nothing of a 文号 or recipients follows it
    text = "保存期限为三十年,各单位要认真执行。\n"
    assert lines(text) == [text.strip()]


def test_a_sites_greeting_glued_before_the_number_is_cut_off():
    text = ("欢迎访问某某土地规划设计有限公司官方网站桂农厅发〔2022〕149号各市、县人民政府,自治区人民政府各组成部门:经自治区人民政府同意,"
            "现将《行动方案》印发给你们,请认真组织实施。\n")
    assert lines(text)[0] == "欢迎访问某某土地规划设计有限公司官方网站" and lines(text)[1].startswith("桂农厅发〔2022〕149号")
    assert header(text)["doc_number"] == "桂农厅发〔2022〕149号"
    # a 文号 whose code holds 网 is no greeting's end
    assert lines("国网浙江电力发〔2020〕1号各单位:请认真执行。\n")[0].startswith("国网浙江电力发〔2020〕1号")


def test_a_legal_databases_fields_are_cut_off_the_title():
    text = ("【法宝引证码】CLI.1.304262【时效性】尚未施行运城市人民政府办公厅关于印发应急体系建设规划责任分解的通知运城市人民政府办公厅"
            "关于印发应急体系建设规划责任分解的通知各县(市、区)人民政府,各开发区管委会:经市人民政府同意,现将责任分解印发给你们。\n")
    assert lines(text)[:4] == ["【法宝引证码】CLI.1.304262", "【时效性】尚未施行", "运城市人民政府办公厅关于印发应急体系建设规划责任分解的通知",
                               "运城市人民政府办公厅关于印发应急体系建设规划责任分解的通知"]
    linked = ("【法宝引证码】 CLI.12.5115678原文链接：https://www.pkulaw.com/lar/ea52.html包头市人民政府办公室关于印发《考评办法》的通知"
              "包府办发〔2022〕43号各旗、县、区人民政府，市直有关部门：按照要求，现将《考评办法》印发给你们。\n")
    assert header(linked) == {"doc_number": "包府办发〔2022〕43号", "title": "包头市人民政府办公室关于印发《考评办法》的通知",
                              "recipients": '["各旗、县、区人民政府", "市直有关部门"]'}


def test_a_time_stamp_and_source_between_the_title_and_its_number_are_cut_off():
    text = ("河南省人民政府关于印发兰考县总体方案的通知2021年12月22日21:14来源:河南政府网豫政〔2021〕34号\n"
            "各省辖市人民政府,省人民政府各部门:\n现将《兰考县总体方案》印发给你们,请认真贯彻执行。" + SIGNATURE)
    assert lines(text)[:4] == ["河南省人民政府关于印发兰考县总体方案的通知", "2021年12月22日21:14", "来源:河南政府网",
                               "豫政〔2021〕34号"]
    assert header(text) == {"doc_number": "豫政〔2021〕34号", "title": "河南省人民政府关于印发兰考县总体方案的通知",
                            "recipients": '["各省辖市人民政府", "省人民政府各部门"]'}


def test_a_stamp_before_the_title_again_or_the_recipients_is_cut_off():
    again = ("交通运输部办公厅关于做好科技统计工作的通知2017-11-21交通运输部办公厅关于做好科技统计工作的通知各省、自治区、直辖市交通运输厅"
             "(局、委),部属有关单位:根据统计报表制度,现将有关事项通知如下。\n")
    assert lines(again)[:3] == ["交通运输部办公厅关于做好科技统计工作的通知", "2017-11-21", "交通运输部办公厅关于做好科技统计工作的通知"]
    fields = ("芜湖市人民政府关于2021年重点工作及责任分解的通知发布时间:2021-04-01 09:11信息来源: 芜湖市人民政府阅读次数: 字体:【"
              "各县市区人民政府,市政府各部门:2021年是实施“十四五”规划的开局之年。\n")
    assert lines(fields)[0] == "芜湖市人民政府关于2021年重点工作及责任分解的通知"
    assert any(line.startswith("各县市区人民政府,市政府各部门:") for line in lines(fields))


def test_a_title_holding_a_date_or_a_source_is_no_stamp():
    # the date inside a title, a 来源 of the title's words, a date opening a sentence after the title: no page's stamp
    for text in ("关于2021年12月22日起调整公交线路的通知各区人民政府:经市政府同意,现将有关事项通知如下。\n",
                 "关于规范财政资金来源的通知各乡镇人民政府,县直各单位:为规范资金管理,现将有关事项通知如下。\n",
                 "关于实施新办法的通知2021年12月22日起施行,各单位要认真执行。\n"):
        assert not any(line.startswith(("2021年12月22日", "来源")) for line in lines(text)), text


def test_a_title_printed_again_after_a_sites_lead_starts_its_own_line():
    text = ("低收入困难家庭认定标准通知前言:本站为你精心整理了低收入困难家庭认定标准通知范文,希望能为你的创作提供参考价值,欢迎咨询。"
            "低收入困难家庭认定标准通知各区、县级市人民政府,市政府各部门、各直属机构:\n为进一步保障我市生活困难的城镇居民的基本生活。\n")
    assert "低收入困难家庭认定标准通知" in lines(text)[:4]
    assert any(line.startswith("各区、县级市人民政府") for line in lines(text))
    # the title's words named again in a sentence, no recipients after them: the line stays
    named = "关于印发实施方案的通知为贯彻落实关于印发实施方案的通知精神,各地要抓紧落实。\n"
    assert not any(line.startswith("关于印发实施方案的通知精神") for line in lines(named))


def test_a_title_printed_twice_after_a_breadcrumb_is_cut():
    text = ("当前位置: 资讯> 重庆市统计报送主要粮食作物机械化水平的通知重庆市统计报送主要粮食作物机械化水平的通知各区县(自治县)农委,"
            "万盛经开区农林局:根据考核工作的通知要求,现将相关工作通知如下:\n")
    assert header(text)["title"] == "重庆市统计报送主要粮食作物机械化水平的通知"
    assert header(text)["recipients"] == '["各区县(自治县)农委", "万盛经开区农林局"]'


def test_an_aggregators_heading_in_book_marks_then_the_number_is_read():
    text = ("《中共吉林省委办公厅吉林省人民政府办公厅印发〈关于加强乡镇政府服务能力建设的实施意见〉的通知》吉办发〔2017〕49号各市(州)党委"
            "和人民政府,省委各部、委:《关于加强乡镇政府服务能力建设的实施意见》已经省委、省政府同意,现印发给你们。\n")
    assert lines(text)[1] == "吉办发〔2017〕49号"
    assert header(text)["doc_number"] == "吉办发〔2017〕49号"
    # a 《》 naming a text inside a sentence is no heading
    named = "《关于加强乡镇政府服务能力建设的实施意见》吉办发〔2017〕49号文件要求,各地要抓紧落实。\n"
    assert lines(named) == [named.strip()]


def test_an_information_table_glued_without_colons_is_cut_at_its_labels():
    text = ("發文機關國務院辦公廳發文日期2006年03月30日時效性現行有效發文字號國辦發〔2006〕23號施行日期2006年03月30日效力級別國務院"
            "規范性文件各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:為進一步做好相關工作,經國務院批準,現就有關事項通知如下:\n")
    assert lines(text)[:3] == ["發文機關國務院辦公廳", "發文日期2006年03月30日", "時效性現行有效"]
    assert any(line.startswith("各省、自治區、直轄市人民政府,國務院各部委") for line in lines(text))
    assert extract_text(text)["documents"][0]["doc_number"] == "國辦發〔2006〕23號"
    # a date value ends where its shape does, the title glued after it
    dated = "索引号000014349/2023-91150发文机关六盘水市人民政府办公室成文日期2022-12-02市人民政府办公室关于印发方案的通知\n"
    assert lines(dated)[-1] == "市人民政府办公室关于印发方案的通知"


def test_a_sentence_naming_table_labels_is_no_table():
    text = "发文机关要严格审核,成文日期以签发日期为准,发文字号由办公室统一编排。\n"
    assert lines(text) == [text.strip()]


def test_a_title_glued_after_a_tables_last_value_starts_at_the_issuers_name():
    text = ("当前位置: 首页> 政府信息公开 > 本单位文件索引号: 002975282/2017-00124 文件编号: 牟政发〔2017〕20号 发布日期: 2017-04-24"
            "公开方式: 主动公开 责任处室: 安监所牟山镇人民政府关于加强“五一节”期间安全生产工作的通知\n各行政村、生产经营单位:\n"
            "现将有关事项通知如下。\n牟山镇人民政府\n2017年4月24日\n")
    assert "牟山镇人民政府关于加强“五一节”期间安全生产工作的通知" in lines(text)
    # a title that is the value of the table's own 标题: stays with its label
    titled = ("索引号: 0001/2020-1 发布机构: 湖北省人民政府办公厅 标题:湖北省人民政府办公厅关于做好防汛工作的通知\n各市:\n现通知如下。\n"
              "湖北省人民政府办公厅\n2020年1月1日\n")
    assert lines(titled)[0].endswith("标题:湖北省人民政府办公厅关于做好防汛工作的通知")


def test_a_title_glued_after_a_breadcrumb_ends_before_a_tables_label():
    text = ("牟定县人民政府首页 >> 公开信息内容牟定县人民政府办公室关于印发突发环境事件应急预案(试行)的通知索引号:11532323015172622Y-/2018-1220012"
            " 公文目录:应急管理 发文日期:2017年06月28日\n各乡镇人民政府:\n现将预案印发给你们。\n牟定县人民政府办公室\n2017年6月23日\n")
    assert "牟定县人民政府办公室关于印发突发环境事件应急预案(试行)的通知" in lines(text)


def test_a_legal_databases_fields_and_page_tools_in_traditional_characters_are_cut_off():
    # the labels and tools are matched folded to simplified characters (pipeline.document.as_written's fold)
    text = ("【法寶引證碼】CLI.1.304262【時效性】現行有效運城市人民政府辦公廳關於印發應急規劃的通知各縣(市、區)人民政府:"
            "經市人民政府同意,現將規劃印發給你們。\n")
    assert lines(text)[:2] == ["【法寶引證碼】CLI.1.304262", "【時效性】現行有效"]
    assert lines(text)[2].startswith("運城市人民政府辦公廳關於印發應急規劃的通知")
    tools = "打印本頁 收藏各鄉鎮人民政府,縣政府直屬各單位:現將有關事項通知如下。\n"
    assert lines(tools)[0] == "打印本頁 收藏"
    # a traditional sentence opening with a tool's word stays
    assert lines("保存期限為三十年,各單位要認真執行。\n") == ["保存期限為三十年,各單位要認真執行。"]


def test_a_sections_name_before_the_title_and_its_number_is_cut_off():
    text = ("政策文件湖北省人民政府办公厅关于做好春季防汛工作的通知鄂政办函〔2020〕12号发布时间:2020-03-01 来源:省政府办公厅\n"
            "各市、州、县人民政府:\n现将有关事项通知如下。\n湖北省人民政府办公厅\n2020年3月1日\n")
    assert lines(text)[:3] == ["政策文件", "湖北省人民政府办公厅关于做好春季防汛工作的通知", "鄂政办函〔2020〕12号"]
    assert header(text)["doc_number"] == "鄂政办函〔2020〕12号"
    # a sentence citing the title and its number goes on after the number: no heading
    cited = ("根据湖北省人民政府办公厅关于做好春季防汛工作的通知鄂政办函〔2020〕12号精神,各地要抓紧落实。\n"
             "湖北省人民政府办公厅\n2020年3月1日\n")
    assert lines(cited)[0].startswith("根据湖北省人民政府办公厅关于")


def test_a_number_after_a_dash_is_cut_off_the_title():
    text = ("您所在的位置:首页>期刊栏目>正文某某市人民政府关于加快发展养老服务业的实施意见——某政发〔2015〕21号为加快建立养老服务体系,"
            "结合我市实际,现提出如下意见。\n一、重要意义\n")
    assert "某政发〔2015〕21号" in lines(text)
    assert lines(text)[0].endswith("关于加快发展养老服务业的实施意见")
    # a dash inside a sentence, no 文号 after it, is left
    plain = "关于加快发展养老服务业的实施意见——全市上下要抓紧落实。\n"
    assert lines(plain) == [plain.strip()]


def test_a_masthead_then_its_number_then_the_title_are_cut():
    text = ("國資委黨委辦公室文件國資黨辦宣傳[2009]33號關于推薦2009年度首都文明單位的通知在京中央企業黨委(黨組):根據有關要求,"
            "現將有關事項通知如下:\n一、組織實施\n")
    assert lines(text)[:3] == ["國資委黨委辦公室文件", "國資黨辦宣傳[2009]33號", "關于推薦2009年度首都文明單位的通知"]
    # 文件 ending a sentence's words before a cited number is no masthead
    cited = "根据上级文件国发〔2020〕1号关于做好工作的通知要求,各单位要认真落实。\n"
    assert lines(cited) == [cited.strip()]


def test_a_number_printed_before_the_title_with_a_colon_is_cut():
    text = ("发布日期:2023-11-17互政办函〔2023〕223号:互助县人民政府办公室关于转发柴油货车污染治理实施方案的通知浏览:[]次\n"
            "各乡镇人民政府:\n现转发给你们。\n互助县人民政府办公室\n2023年11月16日\n")
    assert "互政办函〔2023〕223号:" in lines(text)
    assert "互助县人民政府办公室关于转发柴油货车污染治理实施方案的通知" in lines(text)
    # a 文号 and colon before a sentence is no heading
    said = "国发〔2020〕1号:各地要认真落实,不得延误。\n"
    assert lines(said) == [said.strip()]


def test_a_signed_date_glued_after_the_last_sentence_starts_its_own_line():
    text = ("某政办〔2009〕146号各乡镇人民政府,县政府直属各单位:《试点方案》已经省林业厅批复同意,现印发给你们,请认真组织实施。"
            "二○○九年九月七日下载阅读版本:某政办〔2009〕146号.pdf\n")
    assert "二○○九年九月七日" in lines(text)
    assert extract_text(text)["documents"][0]["signed_date"] == "2009-09-07"
    noted = ("各乡镇人民政府:现将指标下达给你们,请抓好落实。附:各乡镇2007年度义务教育普及程度指标二○○七年二月十五日\n")
    assert lines(noted)[-1] == "二○○七年二月十五日"
    issued = "各区人民政府:现将《某市2022年数字政府建设考评办法》印发给你们,请认真抓好落实。2022年4月14日某市2022年数字政府建设考评办法\n"
    assert lines(issued)[-2:] == ["2022年4月14日", "某市2022年数字政府建设考评办法"]
    noted_public = "各区人民政府:现将《实施方案》印发给你们,请认真贯彻执行。2023年1月6日(此件主动公开)\n"
    assert "2023年1月6日" in lines(noted_public)


def test_a_signature_glued_before_the_text_it_issues_is_cut_in_its_other_forms():
    # joint signers side by side, a space between, then the date and the issued text's title
    joint = ("各市、县人民政府:现将《某省高标准农田建设提升行动方案(2023—2025年)》印发给你们,请认真组织实施。某省农业农村厅 某省财政厅"
             "2022年11月22日某省高标准农田建设提升行动方案(2023—2025年)为认真贯彻落实…\n")
    assert in_turn(lines(joint), ["某省农业农村厅 某省财政厅", "2022年11月22日", "某省高标准农田建设提升行动方案(2023—2025年)"])
    assert extract_text(joint)["documents"][0]["signed_date"] == "2022-11-22"
    # the issued title opening with a year, right after the date
    yearly = "委属各单位:现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。某市卫生健康委员会2023年4月26日2023年全市卫生健康工作要点2023年全市…\n"
    assert in_turn(lines(yearly), ["某市卫生健康委员会", "2023年4月26日", "2023年全市卫生健康工作要点"])
    # a title named with 〈〉 inside its 《》, printed on its own with 《》
    nested = ("各县市人民政府:《某州落实〈自治区城乡社区服务体系建设规划〉实施方案》已经研究同意,现印发你们,请认真抓好落实。某州人民政府办公室"
              "2023年5月6日某州落实《自治区城乡社区服务体系建设规划》实施方案一、工作目标…\n")
    assert in_turn(lines(nested), ["某州人民政府办公室", "2023年5月6日", "某州落实《自治区城乡社区服务体系建设规划》实施方案"])
    # a date opening a sentence that names no issued text stays in it
    meeting = "各单位:现将《工作要点》印发给你们,请认真执行。某市人民政府办公室2023年4月26日2023年度会议召开情况如下。\n"
    assert lines(meeting)[-1].endswith("请认真执行。某市人民政府办公室2023年4月26日2023年度会议召开情况如下。")


def test_a_signature_glued_between_the_attachments_name_and_the_attachment_is_cut():
    # the attachment named in 《》 before, its name after 附件:, the signing body, the date, then the attachment printed
    text = ("各村(社区):结合街道实际制定了《某街道隐患排查整治专项行动工作方案》,印发给你们,请认真抓好落实。附件:某街道隐患排查整治专项行动工作方案"
            "某市某区某街道办事处2025年1月7日附件某街道隐患排查整治专项行动工作方案为深入贯彻落实…\n")
    assert in_turn(lines(text), ["某市某区某街道办事处", "2025年1月7日"])
    assert extract_text(text)["documents"][0]["signed_date"] == "2025-01-07"
    # a date in a sentence after an attachment's name is no signature
    sentence = "附件:某街道隐患排查整治专项行动工作方案某街道办事处2025年1月7日附件材料报送情况如下。\n"
    assert "2025年1月7日" not in lines(sentence)


def test_a_title_printed_again_after_its_issuers_name_is_cut():
    # a legal database's heading: the title, the issuer's name, the title again (naming the issuer or not), then the 文号
    text = ("您的位置: 首页 » 法律法规 »关于做好桥梁隐患处置工作的通知住房和城乡建设部关于做好桥梁隐患处置工作的通知建办城函〔2009〕146号"
            "四川、甘肃、陕西省建设厅:目前,灾区受损桥梁隐患处置工作取得了较大进展,现将有关事项通知如下。\n")
    assert in_turn(lines(text), ["关于做好桥梁隐患处置工作的通知", "住房和城乡建设部", "关于做好桥梁隐患处置工作的通知", "建办城函〔2009〕146号"])
    assert header(text) == {"doc_number": "建办城函〔2009〕146号", "title": "关于做好桥梁隐患处置工作的通知",
                            "recipients": '["四川、甘肃、陕西省建设厅"]'}
    named = "点击此处下载某省人民政府办公厅关于印发预算管理办法的通知某省人民政府办公厅某省人民政府办公厅关于印发预算管理办法的通知某政办〔2008〕33号\n"
    assert in_turn(lines(named), ["某省人民政府办公厅关于印发预算管理办法的通知", "某省人民政府办公厅", "某省人民政府办公厅关于印发预算管理办法的通知"])
    # a title opening with its issuer's name printed twice in a row is no issuer between two titles
    twice = "来源:某区人民政府办公室区人民政府办公室关于印发分工方案的通知区人民政府办公室关于印发分工方案的通知各街道办事处:现将方案印发给你们,请认真执行。\n"
    assert "区人民政府" not in lines(twice)


def test_a_sentence_opening_with_a_date_is_no_signature():
    for text in ("各单位要认真执行。2022年4月14日起施行,原办法同时废止。\n", "现将有关事项通知如下。2022年4月14日,市政府召开专题会议研究。\n",
                 "各单位要认真执行。2022年4月14日前报送工作方案\n"):
        assert lines(text) == [text.strip()], text


def test_a_news_lead_glued_before_the_notices_text_is_cut_off():
    text = ("近日,某省委办公厅、省政府办公厅印发《某省自然灾害防治能力建设行动方案》,内容如下。为深入贯彻党的十九大精神,"
            "建立高效科学的自然灾害防治体系,制定本方案。\n一、工作目标\n")
    assert lines(text)[0].endswith("内容如下。") and lines(text)[1].startswith("为深入贯彻")
    assert extract_text(text)["documents"][0]["title"] == "某省自然灾害防治能力建设行动方案"
    # a notice's own sentence announcing what follows is no news lead
    body = "各单位:现将《实施方案》印发给你们,内容如下。请认真贯彻执行,抓好落实。\n"
    assert not any(line.startswith("请认真贯彻执行") for line in lines(body))


def test_an_essay_sites_intro_glued_before_its_first_copy_is_cut_off():
    text = ("随着社会发展,能够利用到通知的场合越来越多。下面是小编精心整理的防汛通知9篇,欢迎大家借鉴与参考,希望对大家有所帮助。"
            "防汛通知 篇1各市州教育局,各有关学校:近期我省部分地区出现暴雨,现将有关事项通知如下:\n一、加强值守\n")
    assert lines(text)[1] == "防汛通知 篇1"
    assert extract_text(text)["documents"][0]["recipients"] == '["各市州教育局", "各有关学校"]'
    # an editor named in a notice's sentence, no copy's label after it: the line stays
    said = "请各单位编辑整理好材料后报送。各乡镇人民政府要认真落实。\n"
    assert lines(said) == [said.strip()]
