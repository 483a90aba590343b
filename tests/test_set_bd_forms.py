"""Forms found by held-out set BD (tests/data/realworld/bd*, eight notices chosen by a fixed list of cities — each the first
real notice the pages corpus returned for <city>市人民政府办公室/办公厅 关于印发 通知, annotated before the pipeline ran on
them): each test reads a real notice of the set (named in the test) and a look-alike of the same form, or one that must keep
its reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.broken_paragraphs import continues
from pipeline.extract import extract_text

from test_real_forms import extracted, made_up_document, real


def _deadlines(text: str, year: int | None = 2020) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def _header(document: dict) -> tuple:
    return document["issuer"], document["title"], document["signed_date"], json.loads(document["recipients"])


def _relations(document: dict) -> list[tuple]:
    return [(citation["doc_number"], citation["relation"]) for citation in document["citations"]]


# ------------------------------------------------------------------ the header as copied


def test_a_title_with_its_date_in_brackets_on_its_line_and_recipients_glued_to_the_first_sentence():
    # bd04: an archive's print view, 哈尔滨市人民政府办公厅关于转发…的通知 ((1990年11月16日)) ⏎ 各区、…,驻哈部队: 经市政府同意,…
    assert _header(extracted("bd04")) == ("哈尔滨市人民政府办公厅", "哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知",
                                          "1990-11-16", ["各区、县(市)人民政府", "市政府各委、办、局", "中直、省属在哈单位", "驻哈部队"])
    record = ("某市人民政府关于加强城市绿化管理的决定（2005年3月1日）\n"
              "各县(区)人民政府,市政府各部门:为加强城市绿化管理,改善城市环境,现作如下决定:\n一、各地要加强领导。\n")
    assert _header(made_up_document(record)) == ("某市人民政府", "某市人民政府关于加强城市绿化管理的决定", "2005-03-01",
                                          ["各县(区)人民政府", "市政府各部门"])
    # a date inside a title's sentence, or a line that is no title, keeps its place
    sentence = "各乡镇:\n经研究,决定于2020年5月1日(星期五)召开全县安全生产会议。\n"
    assert made_up_document(sentence)["signed_date"] is None


def test_a_signature_date_that_lost_its_nian_yue_ri_in_two_digits_after_the_year():
    # bd07: …认真组织实施 (no full stop) ⏎ 南宁市兴宁区人民政府办公室 ⏎ 202091 (2020年9月1日), and a 撰写时间: information line
    document = extracted("bd07")
    assert (document["doc_number"], document["issuer"], document["signed_date"]) == (
        "南兴府办函〔2020〕58号", "南宁市兴宁区人民政府办公室", "2020-09-01")
    assert document["title"] == "南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知"
    notice = ("某县人民政府办公室关于做好春耕生产工作的通知\n各乡镇人民政府:\n经县人民政府同意,现将有关事项通知如下,请认真贯彻落实\n"
              "某县人民政府办公室\n202035\n")
    assert made_up_document(notice)["signed_date"] == "2020-03-05"
    # 202012 reads as a month of the year (December 2020), no day: no date
    month = notice.replace("202035", "202012")
    assert made_up_document(month)["signed_date"] is None


def test_a_portals_label_less_bulleted_fields_over_the_title():
    # bd06: • 005299478/2022-00137 ⏎ • 新郑市卫生健康委员会 ⏎ • 应急 ⏎ • 2022-08-10 ⏎ • 2022-08-10 ⏎ 新郑市…应急预案
    document = extracted("bd06")
    assert (document["issuer"], document["title"], document["signed_date"]) == (
        "新郑市卫生健康委员会", "新郑市突发公共事件医疗卫生救援应急预案", "2022-08-10")
    page = ("• 005307411/2021-00021\n  • 某市应急管理局\n  • 安全生产\n  • 2021-05-06\n  • 2021-05-07\n某市安全生产月活动方案\n\n"
            "一、活动主题\n遵守安全生产法,当好第一责任人。\n")
    assert _header(made_up_document(page))[:2] == ("某市应急管理局", "某市安全生产月活动方案")
    # a bulleted sentence wrapped over two lines is still one paragraph; a bulleted field ends its line
    assert continues("• 各村要在5月底前完成辖区内道路、桥梁、学校、集贸市场等人员密集场所的安全隐患排查和整改工作,", "并将结果报镇安监站。")
    assert not continues("• 005307411/2021-00021• 某市应急管理局• 2021-05-07", "某市安全生产月活动方案")


# ------------------------------------------------------------------ limits


def test_a_years_end_opening_a_clause_with_an_aim_and_a_decimal_window():
    # bd07: 2020年底,城区开办企业…等特色指标力争进入市内前列 · 开办企业0.5个工作日内完成
    assert _deadlines("二、目标任务\n2020年底,城区开办企业、获得电力等特色指标力争进入市内前列。") == [
        ("2020年底", "deadline", "2020-12-31")]
    assert _deadlines("2021年底,全市力争新增规模以上企业10家。") == [("2021年底", "deadline", "2021-12-31")]
    assert _deadlines("(一)开办企业。开办企业0.5个工作日内完成。") == [("0.5个工作日内", "relative", None)]
    assert _deadlines("接警后1.5小时内到达现场。") == [("接警后1.5小时内", "relative", None)]
    # a year's end reported (已), or before the document's year, is a point in time
    assert _deadlines("2020年底,全区已累计完成改造120户,力争明年全部完成。") == []
    assert _deadlines("2019年底,力争完成的任务均已完成。") == []


# ------------------------------------------------------------------ references


def test_a_decisions_counted_list_of_documents_it_amends_or_repeals():
    # bd03: 决定对《…的通知》(长府发〔2018〕3号)等5件行政规范性文件予以修改,对《…办法》(长春市人民政府1950年)等114件…予以废止;
    # its attachment's 二、对.长春市人民政府关于印发…的通知 .(长府发〔2018〕8号)作如下修改 (full stops for the 《》)
    relations = _relations(extracted("bd03"))
    assert ("长府发〔2018〕3号", "amends") in relations and ("长府发〔2018〕8号", "amends") in relations
    assert (None, "repeals") in relations
    decision = ("为做好规范性文件清理工作,决定对《某市城市绿化管理办法》(某府发〔2015〕3号)等12件规范性文件予以修改,"
                "对《某市集贸市场管理规定》(某府发〔2001〕9号)等8件规范性文件予以废止。")
    assert _relations(made_up_document(decision)) == [("某府发〔2015〕3号", "amends"), ("某府发〔2001〕9号", "repeals")]
    # a count of documents reported, with no verb of the decision after it, stays a citation
    report = "《某市城市绿化管理办法》(某府发〔2015〕3号)等12件文件修订工作已经启动。"
    assert _relations(made_up_document(report)) == [("某府发〔2015〕3号", "cites")]


def test_a_projection_a_criterion_of_issue_and_a_look_back_are_no_limits():
    # bd01: 到2020年,全市城乡老年人预计达到60万人 (a forecast, its word after the clause's subject)
    assert _deadlines("到2020年,全市城乡老年人预计达到60万人。", 2015) == []
    assert _deadlines("到2020年,全市力争完成老旧小区改造任务。", 2015) == [("到2020年", "deadline", "2020-12-31")]
    # bd03: 对2022年10月1日前发布的行政规范性文件进行了全面清理 (the documents reviewed, named by their day of issue);
    # its amended text's 近5年内无重大质量…事故 (the years looked back on)
    assert _deadlines("市政府对2022年10月1日前发布的行政规范性文件进行了全面清理。", 2022) == []
    assert _deadlines("对2019年底前出台的政策措施开展评估。", 2020) == []
    assert _deadlines("各县区要在6月底前印发实施方案。", 2022) == [("6月底前", "deadline", "2022-06-30")]
    assert _deadlines("申报企业近3年内无重大安全生产事故。", 2022) == []
    assert _deadlines("收到申请后3个工作日内办结。", 2022) == [("收到申请后3个工作日内", "relative", None)]


def test_a_shares_distance_from_an_average_is_no_target():
    # bd01: 占总人口的17.2%,高于全国平均水平(14.3%)近3个百分点 (u13's 高于全省平均水平1.7个百分点 too)
    found = [(target.text, target.unit) for target in find_targets("占总人口的17.2%,高于全国平均水平(14.3%)近3个百分点,其中")]
    assert found == [("17.2%", "%"), ("14.3%", "%")]
    assert [t.text for t in find_targets("增长12.7%,低于全市平均水平0.5个百分点。")] == ["12.7%"]
    # a planned rise in points stays a target
    assert [t.text for t in find_targets("到2025年,森林覆盖率比2020年提高2个百分点以上。")] == ["2个百分点以上"]


# ------------------------------------------------------------------ documents


def test_a_forward_copied_without_its_signature_prints_the_forwarded_text_under_its_issuers():
    # bd08: …市发展改革委、市综合行政执法局《贵阳市生活垃圾分类制度实施方案》已经市人民政府同意,现转发给你们,请认真贯彻执行。
    # ⏎ 贵阳市生活垃圾分类制度实施方案 ⏎ 市发展改革委、市住房城乡建设局 ⏎ 为认真贯彻落实…
    documents = extract_text(real("bd08"), "bd08.txt")["documents"]
    assert [(d["title"], d["issuer"]) for d in documents][1:] == [("贵阳市生活垃圾分类制度实施方案", "市发展改革委 市住房城乡建设局")]
    forward = ("某县人民政府办公室关于转发县教育局学校安全工作实施意见的通知\n各乡镇人民政府,县直各单位:\n"
               "县教育局《关于加强学校安全工作的实施意见》已经县人民政府同意,现转发给你们,请认真贯彻执行。\n"
               "关于加强学校安全工作的实施意见\n县教育局\n为切实加强学校安全工作,提出如下意见。\n一、落实安全责任\n各学校要落实责任。\n")
    assert [(d["title"], d["issuer"]) for d in extract_text(forward, "look-alike.txt")["documents"]] == [
        ("某县人民政府办公室关于转发县教育局学校安全工作实施意见的通知", "某县人民政府办公室"),
        ("关于加强学校安全工作的实施意见", "县教育局")]
    # the forwarded title named again in a sentence of the notice, with no issuers under it, opens nothing
    mention = forward.replace("关于加强学校安全工作的实施意见\n县教育局\n", "")
    assert len(extract_text(mention, "look-alike.txt")["documents"]) == 1
