"""Forms found by held-out set BA (tests/data/realworld/ba*, ten notices chosen by the issuing department's line of work —
emergency, environment, education, transport, civil affairs, culture and tourism, veterans, forestry, water, commerce —
each the first real notice the pages corpus returned for its query, annotated before the pipeline ran on them): each
test reads a real notice of the set (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines

from test_real_forms import extracted, made_up_document


def _deadlines(text: str, year: int | None = 2021) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


def _relations(citations) -> list[tuple[str | None, str | None, str]]:
    return [(citation.title, citation.doc_number, citation.relation) for citation in citations]


# ------------------------------------------------------------------ the page around the notice


def test_a_news_lead_with_the_issuer_before_its_time_names_the_document_it_prints():
    # ba10: 商務部鄭重聲明 ⏎ 商務部網站 ⏎ 2024-09-02 18:38:32 ⏎ 商務部網站消息,商務部消費促進司9月2日發布《鄭重聲明》: ⏎ (its text)
    document = extracted("ba10")
    assert document["title"] == "鄭重聲明"
    assert document["issuer"] == "商務部消費促進司"
    # the agencies' order (issuer, then 日前/近日 or the day, then 印发) with the text after 全文如下
    page = ("新华社北京1月15日电 国务院办公厅日前印发《关于加强县级医院建设的意见》。全文如下:\n各省、自治区、直辖市人民政府:\n"
            "为加强县级医院建设,现提出如下意见。\n一、总体要求\n坚持公益性。\n国务院办公厅\n2024年1月10日\n")
    assert made_up_document(page)["title"] == "关于加强县级医院建设的意见"
    # a report on a notice that does not print it (no 全文如下, no colon after the name) keeps no title from the lead
    report = ("国务院办公厅日前印发《关于加强县级医院建设的意见》,要求各地加大投入。\n记者了解到,全国已有多个省份出台配套措施。\n"
              "专家表示,县级医院是群众看病的第一站。\n")
    assert made_up_document(report)["title"] != "关于加强县级医院建设的意见"


# ------------------------------------------------------------------ references


def test_a_title_printed_with_another_documents_number_is_that_document_though_its_name_is_the_notices():
    # ba05: 寧政辦發〔2018〕47號《南京市人民政府辦公廳關于加強…的實施意見》 over 根據《國務院辦公廳…的意見》(國辦發〔2017〕35號)、
    # 《省政府辦公廳關于加強…的實施意見》(蘇政辦發〔2017〕138號): the province's opinion, named as the city's own is
    document = extracted("ba05")
    assert {(reference["doc_number"], reference["relation"]) for reference in document["citations"]} == {
        ("國辦發〔2017〕35號", "basis"), ("蘇政辦發〔2017〕138號", "basis")}
    text = ("市政发〔2020〕5号《某市人民政府关于推进全民健身的实施意见》\n各县(区)人民政府:\n"
            "根据《省人民政府关于推进全民健身的实施意见》(省政发〔2019〕8号)要求,结合我市实际,提出如下实施意见。\n"
            "本《某市人民政府关于推进全民健身的实施意见》自印发之日起施行。\n")
    found = _relations(find_citations(text, own_numbers=["市政发〔2020〕5号"]))
    assert found == [("省人民政府关于推进全民健身的实施意见", "省政发〔2019〕8号", "basis")]  # its own title, twice, none


# ------------------------------------------------------------------ deadlines


def test_a_plans_own_period_after_its_label_is_its_limit():
    # ba09: 本规划是…的水利专项规划…规划期从2011年到2015年。
    assert [(d["text"], d["date"]) for d in extracted("ba09")["deadlines"]] == [("2011年到2015年", "2015-12-31")]
    assert _deadlines("本规划期为2021—2025年,展望到2035年。", 2021)[0] == ("2021—2025年", "deadline", "2025-12-31")
    assert ("2019年至2021年", "deadline", "2021-12-31") in _deadlines("本方案实施期自2019年至2021年。", 2019)
    # a counted period is no limit
    assert _deadlines("统计时间为2011-2013年,全省共新建学校12所。", 2014) == []


def test_the_two_halves_of_a_year_set_out_as_two_steps_are_its_phases():
    # ba03: 上半年組織好教育局機關的學習活動,下半年在教育系統全面推開 (the copy lost the plan's year: no date)
    assert [(d["text"], d["date"]) for d in extracted("ba03")["deadlines"]] == [("上半年", None), ("下半年", None)]
    assert _deadlines("上半年开展调查摸底,下半年在全县推广试点经验。", 2020) == [
        ("上半年", "deadline", "2020-06-30"), ("下半年", "deadline", "2020-12-31")]
    # halves a report compares set no limit
    assert _deadlines("上半年全市已组织集中学习,下半年在系统内全面推开。", 2020) == []
    assert _deadlines("上半年各项工作平稳推进,下半年同比增长明显。", 2020) == []
