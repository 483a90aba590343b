"""The year a copy's undated deadlines (8月底前, 7月15日前) are read in when its header prints no date or 文号: what
the copy itself prints (extractors.deadline_years), on the real notices where each form is."""

from __future__ import annotations

from types import SimpleNamespace

from extractors.deadline_years import sentence_year, text_year
from extractors.deadlines import find_deadlines
from pipeline.extract import extract_text
from pipeline.ingest.rows import document_year
from test_real_forms import extracted, real


def _dates(prefix: str) -> dict[str, str | None]:
    return {d["text"]: d["date"] for d in extract_text(real(prefix))["documents"][0]["deadlines"] if d["kind"] == "deadline"}


def test_a_past_periods_start_is_not_the_documents_year():
    # j22: 2003年以来重点工作落实情况 (a past period's start) beside 《2005年环保专项行动工作总结》 due 11月10日
    text = real("j22")
    assert text_year(text) == 2005
    assert text_year(text.replace("2005年环保", "2006年环保")) == 2006  # the year read is the one printed
    assert _dates("j22")["7月15日前"] == "2005-07-15"


def test_a_pages_printed_date_gives_the_year():
    # j25: a news page's dateline 安陆新闻网 2011-4-28 over a check 到4月30日结束
    assert text_year(real("j25")) == 2011
    assert _dates("j25")["到4月30日"] == "2011-04-30"


def test_the_readers_clock_is_no_evidence():
    # n04: 今天是:2025年12月06日 (the day the page was read) above the form's 截止:2019-06-18
    text = real("n04")
    assert text_year(text) == 2019
    assert text_year(text.replace("截止:2019-06-18", "")) is None  # the clock alone says nothing of the notice
    assert _dates("n04")["6月18日(星期二)上午下班前"] == "2019-06-18"


def test_a_posting_stamp_is_no_evidence():
    # d07 and i07: templates a site posted (2023-01-03 20:20:12 第一文档网, 时间:2022-03-10 11:02:00): their limits stay
    # undated, as annotated
    assert text_year(real("d07")) is None and text_year(real("i07")) is None
    assert text_year("安陆新闻网 2011-4-28\n检查到4月30日结束") == 2011  # a dateline without the hour is the page's date


def test_a_title_line_with_its_year_gives_the_year():
    # ab13: a 文库 copy stored under its file name, its own title line 2018年《制度汇编》修改内容讨论稿 over 结合2017年…
    text = real("ab13")
    assert text_year(text) == 2018
    assert text_year(text, title="2019年《制度汇编》修改内容讨论稿") == 2019  # the stored title first
    assert text_year(text.replace("讨论稿", "讨论稿的说明。")) is None  # a sentence, no title line: 2017 and 2018


def test_a_cited_numbers_year_when_no_year_is_written():
    # c04: a district's measures whose only year is the 文号 of the city's measures they implement (昆政发〔2016〕13号)
    assert text_year(real("c04")) == 2016
    assert _dates("c04")["5月底前"] == "2016-05-31"
    assert text_year("根据(昆政发〔2016〕13号),2017年5月底前完成。") == 2017  # a written year first


def test_the_sentences_year_dates_a_limit_in_a_text_of_several_years():
    # x12: 我县2018年度完成… (what was done) and 启动2019年乡镇集镇公厕建设,确保在8月底前…;5月底前…
    text = real("x12")
    assert text_year(text) is None
    at = text.index("8月底前")
    assert sentence_year(text, at) == 2019
    assert sentence_year("与2018年同期相比,8月底前完成", 12) is None  # a base year compared with
    assert {d.text: d.date for d in find_deadlines(text, None)} == {
        "8月底前": "2019-08-31", "5月底前": "2019-05-31", "7月底前": "2019-07-31"}


def test_the_header_still_comes_first():
    dated = SimpleNamespace(signed_date="2016-03-01", printed_date=None, doc_number=None, title="2018年工作要点")
    assert document_year(dated, "2018年工作要点") == 2016


def test_a_season_named_by_its_years_is_no_limit():
    # h16: 2020-2021年秋冬季是第4个攻坚季 in a plan of 2020 (the title's year): a season's name, no limit at 2021's end
    found = find_deadlines(real("h16"), 2020)
    assert "2020-2021年" not in [d.text for d in found]
    assert [d.date for d in find_deadlines("。2020-2021年全面完成改造任务", 2020)] == ["2021-12-31"]


def test_a_plans_years_in_a_document_of_unknown_year():
    # r09: news of a plan, no date: 《方案》明确,市本级将加快…,2022年新增…850吨/日;…2023年新增…;…确保2025年新增…
    found = {d.text: d.date for d in find_deadlines(real("r09"), None)}
    assert (found["2022年"], found["2023年"], found["2025年"]) == ("2022-12-31", "2023-12-31", "2025-12-31")
    # r10: 明确从2019年到2021年,…,2021年生活垃圾回收利用率将达到40%以上
    assert _dates("r10")["2021年"] == "2021-12-31"
    # ac14: 现将我省2022年统计年报…通知如下 states the notice's own act, no plan
    assert "2022年" not in [d.text for d in find_deadlines(real("ac14"), None)]
    # a year's report with no plan stated before it stays a report
    assert find_deadlines("全县去年工作回顾。2018年新增就业岗位1200个。", None) == []


def test_a_reported_years_title_is_not_the_documents_year():
    # r01: 統計報送2017年主要糧食作物…水平的通知 asks for 2017's figures, due 1月20日前 of the year after: the title's 2017 is
    # not the year the limit is in (left undated)
    assert text_year(real("r01"), title="重慶市統計報送2017年主要糧食作物耕種收綜合機械化水平的通知") is None
    assert text_year("", title="关于做好2017年主要粮食作物机械化工作的通知") == 2017


def test_a_reported_year_in_the_deadlines_sentence_is_not_its_year():
    # r01: 認真填寫2016年、2017年區縣農作物耕種收綜合機械化水平表(附件2),…於1月20日前…報市農委: the years of the figures
    # filled in, due after them (CONVENTIONS.md C28): the limit stays undated
    assert [(d["text"], d["date"]) for d in extracted("r01")["deadlines"]] == [("1月20日前", None)]
    reported = "请各区县认真填报2019年度工作总结,于1月10日前报送市局。"
    assert sentence_year(reported, reported.index("1月10日")) is None
    # the year the sentence plans for still dates it, also after other words
    planned = "各区县要认真组织2019年美丽乡村建设,于8月底前完成。"
    assert sentence_year(planned, planned.index("8月底")) == 2019


def test_the_documents_own_year_with_its_verb_inside_a_sentence():
    # f04: a plan of 2015 (川辦函〔2015〕54號): 繼續開展農村土地承包經營權確權登記頒證,2015年完成75%以上的確權登記
    found = {d.text: d.date for d in find_deadlines(real("f04"), 2015)}
    assert found["2015年"] == "2015-12-31"
    # a report of the year, the year opening a title or a line, and a year as a name are no limits
    for text in ("全县继续推进,2015年完成了75%的确权登记。", "2015年完成确权登记工作方案\n", "2015年是全面建成小康社会的关键之年。"):
        assert "2015年" not in [d.text for d in find_deadlines(text, 2015)], text
    assert [d.date for d in find_deadlines("继续推进确权登记,2015年完成75%以上的确权登记。", 2015)] == ["2015-12-31"]
