"""Forms found by held-out set BK (tests/data/realworld/bk*, a rule-drawn sample of real 发文字号 — every 1,500th row of
the shared docnumbers.tsv queried as it is, the first usable notice of the results where none was the number's own — and
annotated before the pipeline ran on them): each test reads a real notice of the set (named in the test) and a
look-alike of the same form, or one that must keep its reading, so a fix never takes the general case with it."""

import json

from extractors.deadlines import find_deadlines
from pipeline.document.broken_paragraphs import continues
from pipeline.document.header_lines import doc_number_of_line

from test_real_forms import extracted, made_up_document


def _header(document: dict) -> tuple:
    return document["doc_number"], document["signed_date"], json.loads(document["recipients"])


def _deadlines(text: str, year: int) -> list[tuple]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


# ------------------------------------------------------------------ the header as copied


def test_a_number_and_date_note_in_chinese_numerals_is_the_documents_number_and_date():
    # bk01: a law site's national notice prints (国检监〔1989〕565号 一九八九年十月十六日) under its title, a blank line, then
    # its recipients: the note is the 文号 and the date, never the start of the recipients' line
    assert _header(extracted("bk01"))[:2] == ("国检监〔1989〕565号", "1989-10-16")
    assert _header(extracted("bk01"))[2][0].startswith("上海、江苏")
    notice = ("国务院关于加强森林防火工作的通知\n\n(国发〔1996〕12号 一九九六年三月一日)\n\n各省、自治区、直辖市人民政府,国务院各部委:\n\n"
              "  为做好今年的森林防火工作,现通知如下:\n")
    assert _header(made_up_document(notice)) == ("国发〔1996〕12号", "1996-03-01", ["各省、自治区、直辖市人民政府", "国务院各部委"])
    assert doc_number_of_line("(国发〔1996〕12号 一九九六年三月一日)") == "国发〔1996〕12号"


def test_a_note_of_number_and_date_stands_alone_but_a_broken_paragraph_still_joins():
    assert not continues("(国检监〔1989〕565号 一九八九年十月十六日)", "上海、江苏、浙江商检局:")
    assert not continues("(汉政发[2008]11号 2008年3月12日)", "各区人民政府:")
    # a sentence a hard wrap cut after a bracket still continues on the next line
    assert continues("各地要按照省政府的统一部署(见附件),认真组织开展农村饮水安全工程建设和管理工作(含", "小型水源工程),确保按期完成。")


# ------------------------------------------------------------------ deadlines


def test_a_day_alone_takes_the_month_its_sentence_named_before_it():
    # bk03: 要在2月15日以前補貼張榜公示結束;20日以前完成…方案編制工作,…;21日開始兌現補貼資金,3月5日以前結束
    text = "各縣(市、區)要在2月15日以前補貼張榜公示結束;20日以前完成補貼兌現方案編制工作,報省直補辦審批;21日開始兌現補貼資金,3月5日以前結束。"
    assert _deadlines(text, 2011) == [("2月15日以前", "deadline", "2011-02-15"), ("20日以前", "deadline", "2011-02-20"),
                                      ("21日開始", "start", None), ("3月5日以前", "deadline", "2011-03-05")]
    assert _deadlines("各地于5月20日前完成自查，于25日前上报市局。", 2020) == [
        ("5月20日前", "deadline", "2020-05-20"), ("25日前", "deadline", "2020-05-25")]
    assert _deadlines("请于2019年11月10日前报送方案，28号前报送总结。", 2020)[-1] == ("28号前", "deadline", "2019-11-28")


def test_a_day_alone_without_a_month_before_it_or_a_count_of_days_is_no_date():
    # no month named in the sentence (the one before ends at 。), a count of days (届满30日前), an earlier day (the next
    # month's, which the text does not say)
    assert _deadlines("请于3月10日前报送方案。20日前完成整改。", 2020) == [("3月10日前", "deadline", "2020-03-10")]
    # (届满30日前 is a count back from the event, relative: no day of a month)
    assert _deadlines("请于3月10日前报送方案，并于届满30日前申请延期。", 2020) == [("3月10日前", "deadline", "2020-03-10"),
                                                                           ("届满30日前", "relative", None)]
    assert _deadlines("5月20日前完成自查，10日起开展抽查。", 2020) == [("5月20日前", "deadline", "2020-05-20")]
