"""Forms of time limits (and two target forms) that the held-out real sets (tests/data/realworld: ae, ag, aq, ar, u)
still missed after their first fixes: one test per form, on the real text where it is (read from the file, not
copied), and on a look-alike that must not be read the same way."""

from __future__ import annotations

from extractors.deadline_years import text_year
from extractors.deadlines import find_deadlines
from extractors.recurrence import recurrence
from extractors.targets import find_targets
from test_real_forms import real


def found(text: str, year: int | None = None) -> dict[str, tuple[str, str | None]]:
    return {item.text: (item.kind, item.date) for item in find_deadlines(text, year)}


def rules(text: str, year: int | None = None) -> dict[str, str | None]:
    return {item.text: item.rule for item in find_deadlines(text, year)}


def test_a_span_made_use_of_to_reach_a_plans_aim_is_relative():
    # ar06: …為主要內容,利用3年時間,大力開展健康教育與健康促進活動 (C2, with its verb)
    assert found(real("ar06"))["利用3年時間"] == ("relative", None)
    # c02: how long a past inspection took, reported with 了: no limit
    assert not any("两天" in text for text in found(real("c02"), 2005))
    assert found("督查组利用两天时间,对我市环保专项行动进行了现场检查。", 2005) == {}
    # a purpose's 为了 after the span is no report
    assert found("争取利用两年左右的时间,为了实现目标而努力。", 2020) == {"利用两年左右的时间": ("relative", None)}


def test_the_start_of_each_term_is_a_schedule_of_its_own():
    # ar09: 每学期初各级教育行政部门应组织专项检查 (the office's own recurring inspection): not 每学期 alone
    items = rules(real("ar09"), 2008)
    assert items["每学期初"] == "each term, early in the term" and "每学期" not in items
    assert rules("每年年初制定年度计划。", 2020) == {"每年年初": "yearly, early in the year"}
    # 初 opening another word: 初中 (junior school), 初步 (preliminary)
    assert "每年初中" not in rules("每年初中毕业生人数约3000人。", 2020)
    assert "每月初步" not in rules("每月初步审核一次。", 2020)
    # its calendar: the end of the period's first month, and it says so (a term's first months are the school's)
    assert recurrence("each term, early in the term").bymonth == (3, 9)
    assert recurrence("yearly, early in the year").bymonth == (1,)
    assert recurrence("yearly, early in the year").assumed
    assert recurrence("yearly").bymonth == (12,)


def test_a_time_label_with_a_plans_word_before_its_date_and_hours():
    # aq10: 一、比赛时间:拟定12月2日(周六)上午8:30—12:00 (the meet, the union's own programme, C1: the hours in the day's text)
    items = found(real("aq10"), 2017)
    assert items["12月2日(周六)上午8:30—12:00"] == ("deadline", "2017-12-02")
    # …组织工作通知(含秩序册)拟在11月29日(周三)在校园网…挂出 (the issuer posting what its recipients fetch)
    assert items["11月29日(周三)"] == ("deadline", "2017-11-29")
    # a time label of no step of the issuer's own, and a posting already made, stay unread
    assert found("一、发布时间:拟定12月2日", 2017) == {}
    assert found("通知已于11月29日(周三)在校园网挂出了。", 2017) == {}


def test_how_long_the_notice_itself_stays_posted_is_no_start():
    # ag10: 本公告公示期间自被审计单位接到审计通知书之日起至审计结束 (the announcement's publicity, as its coming into force)
    assert not any("审计通知书之日起" in text for text in found(real("ag10"), 2019))
    # the same start without the publicity's name is one
    assert found("自被审计单位接到审计通知书之日起,各单位应提供资料。", 2019) == {
        "自被审计单位接到审计通知书之日起": ("start", None)}


def test_a_practice_of_periodic_acts_the_notice_sets_up():
    # ae15: 市政府将对…进行跟踪督查,实行季度通报、年度考核 (the issuer's own schedule, C1: each act recurring)
    items = rules(real("ae15"), 2012)
    assert items["季度通报"] == "quarterly bulletin" and items["年度考核"] == "yearly appraisal"
    assert rules("实行月度调度和季度讲评制度。", 2020) == {"月度调度": "monthly dispatch", "季度讲评": "quarterly review"}
    # an existing review named, no practice set up
    assert rules("并将目标任务完成情况纳入年度考核。", 2020) == {}


def test_the_documents_own_year_heading_a_sentence_before_its_verb_of_completing():
    # ae11 (2018): (三)優化產業布局。2018年,完成全市“三線一單”…
    assert found(real("ae11"), 2018)["2018年"] == ("deadline", "2018-12-31")
    # u03 (2025): …工程为牵引。2025年,力争全社会研发投入强度达到2.95% (an aim for the year, not annotated)
    assert "2025年" not in found(real("u03"), 2025)
    # a report of the year, and another year than the document's
    assert found("布局。2018年,完成了全市“三线一单”编制。", 2018) == {}
    assert "2017年" not in found("布局。2017年,完成全市“三线一单”编制。", 2018)


def test_a_date_alone_in_a_task_tables_remarks_column():
    # u08: 责任单位 ⏎ 备注 ⏎ … ⏎ 市税务局等,各县、市、区政府,咸宁高新区管委会 ⏎ 2020年12月 (the row's time)
    assert found(real("u08"), 2020)["2020年12月"] == ("deadline", "2020-12-31")
    table = "工作措施\n责任单位\n备注\n加强财税支持\n市财政局\n2020年6月底前\n"
    assert found(table, 2020) == {"2020年6月底前": ("deadline", "2020-06-30")}
    # a full day alone after such a table is a signature's date; without the remarks column no cell is read
    assert found(table + "咸宁市人民政府\n2020年3月20日\n", 2020) == {"2020年6月底前": ("deadline", "2020-06-30")}
    assert found("工作措施\n责任单位\n加强财税支持\n市财政局\n2020年12月\n", 2020) == {}


def test_the_year_of_a_cited_number_read_by_the_number_reader():
    # ad11 writes no year but in its damaged 文号 (辽政发〔201681号: a bracket lost), which the 文号 reader restores
    assert text_year(real("ad11")) == 2017
    assert text_year("根据《通知》(杭政办函【2005】108号),请于5月底前报送。") == 2005
    assert text_year("根据…(昆政发〔2016〕13号),…5月底前") == 2016
    assert text_year("请于5月底前报送。") is None


def test_books_and_certificates_counted_and_places_moved_in_a_ranking():
    # u13: 取得军工资质8本以上 (a count in 本); 居全省第6位,比去年同期提升5位 (a rank's move: no target)
    targets = {target.text: (target.unit, target.comparator) for target in find_targets(real("u13"))}
    assert targets["8本以上"] == ("本", ">=")
    assert "5位" not in targets
    assert find_targets("招收2本科学生。") == [] and find_targets("排名上升3名。") == []
    assert [target.text for target in find_targets("新增3名专职人员。")] == ["3名"]
