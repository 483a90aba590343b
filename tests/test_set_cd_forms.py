"""Forms found by held-out set CD (tests/data/realworld/cd*, every 2,000th real 发文字号 of docnumbers.tsv queried in the
pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on it): each test
reads the real text (named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix
never takes the general case with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from pipeline.document.lines import split_lines
from pipeline.document.roundup import roundup

from test_real_forms import extract_text, extracted, made_up_document, real as real_text

ROUNDUP = ("多项政策 助力开局\n作者:本站编辑 2025-03-02 09:10:11\n近日,省、市连续发布多项惠企政策文件:\n"
           "1.关于印发《加快发展现代服务业若干措施》的通知\n2.关于进一步做好稳就业工作的通知\n"
           "3.关于印发杭州市数字经济发展行动方案的通知\n一起来看↓\n"
           "1.浙江省人民政府办公厅关于印发《加快发展现代服务业若干措施》的通知\n浙政办发〔2025〕7号\n"
           "各市、县(市、区)人民政府,省政府直属各单位:\n《加快发展现代服务业若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n")


# ------------------------------------------------------------------ a roundup of documents printed in full


def test_a_roundups_list_is_no_document_and_an_entry_printed_again_titles_the_document_under_it():
    # cd01: 近日,国办、财政部、省、市连续发布多项惠企政策文件: ⏎ 一、关于印发《…清单》的通知 … 十三、… ⏎ 一起来看↓ ⏎
    # 一、国务院办公厅关于印发《…清单》的通知 ⏎ 国办函〔2026〕2 ⏎ 各省、…:
    real = extract_text(real_text("cd01"), "cd01.txt")["documents"]
    assert len(real) == 1
    assert real[0]["title"] == "国务院办公厅关于印发《“高效办成一件事”2026年度第一批重点事项清单》的通知"
    assert real[0]["issuer"] == "国务院办公厅" and real[0]["measures"] == []
    look_alike = extract_text(ROUNDUP, "look-alike.txt")["documents"]
    assert len(look_alike) == 1
    assert look_alike[0]["title"] == "浙江省人民政府办公厅关于印发《加快发展现代服务业若干措施》的通知"
    assert look_alike[0]["doc_number"] == "浙政办发〔2025〕7号" and look_alike[0]["measures"] == []
    # the list's other titles name documents printed elsewhere: no citations of this one
    assert {citation["title"] for citation in look_alike[0]["citations"]} == {"加快发展现代服务业若干措施"}


def test_a_numbered_list_of_titles_printed_nowhere_else_is_no_roundup():
    # a repeal decision's rows, or a plan's list of the documents it builds on, are the text's own list
    rows = split_lines("现决定废止下列文件:\n一、关于加强城市管理的通知\n二、关于做好防汛工作的通知\n三、关于印发某某办法的通知\n"
                       "以上文件自公布之日起废止。\n")
    assert roundup(rows).entries == frozenset()
    # an entry printed again with no 文号 or recipients under it heads no document
    again = split_lines("一、关于加强城市管理的通知\n二、关于做好防汛工作的通知\n三、关于印发某某办法的通知\n"
                        "一、市政府关于加强城市管理的通知\n为加强城市管理,现通知如下。\n")
    assert roundup(again).headings == {}


# ------------------------------------------------------------------ a validity note naming the act that repealed the page's document


def test_a_validity_note_naming_the_act_that_repealed_this_document_is_a_repeal_acting_on_it():
    # cd02's information table: 时  效 根据《河南省人民政府关于公布省政府规范性文件清理结果的决定》(豫政〔2017〕16号),此文件宣布失效。
    citations = {citation["doc_number"]: (citation["relation"], citation["acts_on"])
                 for citation in extracted("cd02")["citations"]}
    assert citations["豫政〔2017〕16号"] == ("repeals", "citing")
    look_alike = [(citation.doc_number, citation.relation, citation.acts_on) for citation in find_citations(
        "根据《某市人民政府关于废止部分规范性文件的决定》(某政发〔2019〕3号),该文件已废止。")]
    assert look_alike == [("某政发〔2019〕3号", "repeals", "citing")]


def test_a_document_repealed_by_the_notice_itself_is_still_repealed_by_it():
    # the notice's own repeal (《X》同时废止) acts on the cited document; a basis whose 此文件 is followed by no repeal stays basis
    assert [(c.relation, c.acts_on) for c in find_citations("《某市城市管理办法》(某政发〔2010〕1号)同时废止。")] \
        == [("repeals", "cited")]
    assert [c.relation for c in find_citations("根据《某市城市管理办法》(某政发〔2010〕1号),此文件失效后不再执行。")] == ["basis"]


# ------------------------------------------------------------------ a period whose work the notice asks done


def test_the_period_whose_work_the_notice_asks_done_is_a_deadline_at_its_end():
    # cd02: 做好第二季度经济工作,各级、各部门要… (豫政〔2015〕24号)
    assert [(d.text, d.kind, d.date) for d in find_deadlines("做好第二季度经济工作,各级、各部门要深入贯彻。", 2015)] \
        == [("第二季度", "deadline", "2015-06-30")]
    assert [(d.text, d.date) for d in find_deadlines("各地要扎实做好下半年各项工作。", 2020)] == [("下半年", "2020-12-31")]


def test_a_summary_of_the_periods_work_or_a_figure_of_it_is_no_deadline():
    # a period reported on (CONVENTIONS C28) and a figure of a period set no limit
    assert find_deadlines("请做好上半年工作总结。", 2020) == []
    assert find_deadlines("做好第二季度经济工作情况的分析。", 2020) == []
    assert find_deadlines("第二季度全市经济增长5%。", 2020) == []


def test_made_up_document_reads_the_first_of_a_roundup():
    assert made_up_document(ROUNDUP)["issuer"] == "浙江省人民政府办公厅"
