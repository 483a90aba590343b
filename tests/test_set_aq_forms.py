"""Forms found by held-out set AQ (tests/data/realworld/aq*, fourteen notices, one per new everyday topic, each the first
real notice the pages corpus returned for it, annotated before the pipeline ran on them): each test reads a real notice of
the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.deadline_years import text_year
from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.header_lines import doc_number_of_line
from pipeline.document.normalise import normalise
from pipeline.extract import extract_text

from test_real_forms import extracted, labels, parsed, real


# ------------------------------------------------------------------ the text as copied


def test_a_scraper_guards_marks_scattered_through_the_text_are_dropped():
    # aq06: the State Council's plan with @@ after most words, inside the recipients, the labels and the title
    assert "@@" not in normalise(real("aq06")).text
    document = extracted("aq06")
    assert document["issuer"] == "国务院" and document["signed_date"] == "2023-11-30"
    assert json.loads(document["recipients"]) == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert labels(parsed("aq06")) == [("一、", 1), ("(一)", 2), ("(二)", 2)]


def test_an_e_mail_address_keeps_its_at_sign():
    # aq10: the union's mailbox in the registration request, one @ between ASCII words
    assert "gjsgh@gpnu.edu.cn" in normalise(real("aq10")).text


# ------------------------------------------------------------------ header


def test_a_doc_number_printed_without_its_sign_is_the_notices_number():
    # aq04: 疫控〔2025〕73 alone on its line under the title, its 号 left out: kept as printed (gold/README.md)
    assert extracted("aq04")["doc_number"] == "疫控〔2025〕73"
    # printed whole it keeps its 号; a year and a cell ending in a bracket and digits are no number
    assert doc_number_of_line("疫控〔2025〕73号") == "疫控〔2025〕73号"
    assert doc_number_of_line("2020年（2020）12") is None


# ------------------------------------------------------------------ deadlines


def test_a_year_something_was_already_done_in_is_not_the_notices_year():
    # aq11: a plan with no date or 文号 whose one written year is 对 2020 年已达标的…街(镇): its 12 月底前 has no year
    assert text_year(real("aq11")) is None
    assert [row["date"] for row in extracted("aq11")["deadlines"]] == [None, None, None, None]
    # the same text with the year as a year it plans for (2020 年达标) is of that year
    assert text_year(real("aq11").replace("年已达标", "年达标")) == 2020


def test_the_issuers_own_event_announced_with_its_date_is_a_deadline():
    # aq10: 拟定于2017年12月2日(星期六)上午举办2017年教职工趣味运动会, the union's own meet (C1)
    found = [(d.text, d.kind, d.date) for d in find_deadlines(real("aq10"), 2017)]
    assert ("2017年12月2日(星期六)上午", "deadline", "2017-12-02") in found
    # an event already held (举办了) is no step of the programme
    assert find_deadlines("工会已于2017年12月2日举办了教职工趣味运动会。", 2017) == []


def test_a_closing_paragraph_addressed_to_the_recipients_with_its_limit_first_is_the_notices():
    # aq12: after 2、及时做好…工作。…(a whole paragraph), 各单位一周内(5月30日前)做好志愿者注册… closes the notice
    deadlines = {d["text"]: d["measure_id"] for d in extracted("aq12")["deadlines"]}
    assert deadlines["一周内"] is None and deadlines["5月30日前"] is None
    # under a last item that is a heading only, the same paragraph is that item's step
    text = "各学院:\n一、做好志愿者注册工作。\n二、及时记录时长\n各单位一周内(5月30日前)做好志愿者注册。\n"
    assert {d["text"]: d["measure_id"] for d in extract_text(text, "look.txt")["documents"][0]["deadlines"]}["一周内"]


def test_a_yearly_amount_per_head_is_a_rate_not_a_schedule():
    # aq12: “每年人均参加志愿者服务活动的时间应不低于25小时”的要求: 每年 is the rate's period, no duty recurs
    assert [d.text for d in find_deadlines(real("aq12"), 2018) if d.kind == "recurring"] == []
    # a duty done every year stays a schedule
    assert [d.kind for d in find_deadlines("各单位每年开展志愿服务活动。", 2018)] == ["recurring"]


# ------------------------------------------------------------------ targets


def test_hours_to_reach_are_a_target_and_an_hours_limit_is_not():
    # aq12: 每年人均参加志愿者服务活动的时间应不低于25小时 … 时长不低于10个小时: amounts of hours to reach
    found = {(t.value, t.unit, t.comparator) for t in find_targets(real("aq12"))}
    assert {(25, "小时", ">="), (10, "小时", ">="), (5, "次", ">=")} <= found
    # hours without a floor are a limit or a duty's length (t01's 发生后1小时内, t08's 24小时专人值班)
    assert [t for t in find_targets(real("t01")) + find_targets(real("t08")) if t.unit == "小时"] == []
    assert find_targets("审批时间不超过2小时。") == []


def test_a_count_in_bu_is_a_target_and_bu_of_a_word_is_not():
    # aq11: 继续推进既有住宅增设电梯,12 月底前开工建设 200部
    assert (200, "部") in {(t.value, t.unit) for t in find_targets(real("aq11"))}
    # 17部门, 4部分 and 11部委 are words, not counts (e07's 《浙江省生态环境厅等17部门关于…》)
    assert find_targets("全文共4部分,由11部委和17部门联合部署。") == []


# ------------------------------------------------------------------ citations


def test_a_doc_number_closing_a_title_inside_its_brackets_is_the_citations_number():
    # aq02's attachment list: 《海淀区教育委员会办公室关于进一步加强交通安全工作的通知(海办发【2012】4号)》
    cited = {(c.doc_number, c.title) for c in find_citations(real("aq02"))}
    assert ("海办发〔2012〕4号", "海淀区教育委员会办公室关于进一步加强交通安全工作的通知") in cited
    # a bracketed part of a title that is no 文号 stays in it: 《…办法(试行)》
    assert [c.title for c in find_citations("根据《上海市档案管理办法(试行)》执行。")] == ["上海市档案管理办法(试行)"]
