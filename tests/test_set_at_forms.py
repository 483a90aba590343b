"""Forms found by held-out set AT (tests/data/realworld/at*, seven notices, one per new topic, each the first real notice
the pages corpus returned for it, annotated before the pipeline ran on them): each test reads a real notice of the set
(named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from pipeline.document.broken_paragraphs import join_paragraphs
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.extract import extract_text

from test_real_forms import extracted, real


def _joined(text: str) -> str:
    return join_paragraphs(text, list(range(len(text))))[0]


# ------------------------------------------------------------------ the text as copied


def test_an_abstract_index_mark_before_the_text_is_dropped():
    # at06: a periodical index's abstract of a notice opens with <正> glued to its 文号
    assert "<正>" not in normalise(real("at06")).text
    # the word 正 in a text stays, and so does a bracketed 正文 of a form
    assert normalise("<正文>请填写。 正是如此").text == "<正文>请填写。 正是如此"


def test_a_title_of_its_kind_alone_starts_a_line_under_an_unfinished_one():
    # at02: a writing guide's lead-in ends unfinished (… 二) above its model notice's title 放假通知
    lines = _joined(real("at02")).split("\n")
    assert "放假通知" in lines
    # a title wrapped before its kind (…防汛工作的 ⏎ 紧急通知) is still one title
    wrapped = "关于切实做好二〇二四年度全县汛期地质灾害防治和防汛抗旱工作的\n紧急通知"
    assert _joined(wrapped) == wrapped.replace("\n", "")


# ------------------------------------------------------------------ header


def test_a_model_notices_title_under_a_writing_guides_lead_in_is_the_title():
    # at02: 放假通知, no issuer, every date a blank
    document = extracted("at02")
    assert document["title"] == "放假通知"
    assert document["signed_date"] is None and document["issuer"] is None


def test_an_alliance_signs_beside_the_office_that_runs_it():
    # at07: 党委宣传部 新媒体联盟 over 2019.9.18, a date without 年月日
    document = extracted("at07")
    assert document["issuer"] == "党委宣传部 新媒体联盟"
    assert document["signed_date"] == "2019-09-18"
    # a sentence naming an alliance is no signature: the date under it stays unread
    changed = real("at07").replace("党委宣传部 新媒体联盟", "欢迎加入新媒体联盟。")
    assert extract_text(changed, "at07-changed.txt")["documents"][0]["signed_date"] is None


def test_an_abstracts_doc_number_glued_to_its_recipients_is_read():
    # at06: <正>市民发[2021]105号各区县民政局、…,各开发区相关单位:为深入贯彻…
    document = extracted("at06")
    assert document["doc_number"] == "市民发〔2021〕105号"
    assert json.loads(document["recipients"]) == ["各区县民政局、财政局、卫生健康局、残联", "各开发区相关单位"]
    # the notice's own number is no citation of it
    assert "市民发〔2021〕105号" not in [row["doc_number"] for row in document["citations"]]


def test_a_class_of_places_departments_keep_a_short_name_among_them():
    # at06: 残联 (a short name, grouped with the department before it) is the 各区县's too (CONVENTIONS.md C6)
    assert split_list("各区县民政局、财政局、卫生健康局、残联") == ["各区县民政局、财政局、卫生健康局、残联"]
    # a class of bodies named by its own 各 after the places' departments is an entry of its own
    assert split_list("各区县民政局、财政局,各开发区相关单位") == ["各区县民政局、财政局", "各开发区相关单位"]


# ------------------------------------------------------------------ deadlines


def test_a_date_before_what_is_sent_and_its_verb_of_sending_is_a_deadline():
    # at07: 请各单位于9月24日将学习情况报送党委宣传部, dated by the signature's year
    found = [(d.text, d.kind, d.date) for d in find_deadlines(real("at07"), 2019)]
    assert ("9月24日", "deadline", "2019-09-24") in found
    # the instruction's day (9月16日,习近平总书记…作出重要指示) is a past event, no limit
    assert all(text != "9月16日" for text, _, _ in found)
    # the issuer's own event announced with 将 is no sending (a schedule the notice's own-step patterns read)
    assert not [d for d in find_deadlines("学校于9月24日将学习情况通报表扬。", 2019) if d.text == "9月24日"]

