"""Forms found by held-out set AK (tests/data/realworld/ak*, fourteen notices, one per everyday topic, each the first real
notice the pages corpus returned for it, annotated before the pipeline ran on them): each test reads a real notice of the
set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with it."""

import sqlite3
from pathlib import Path

import pytest

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.docnumbers import find_doc_numbers
from extractors.targets import find_targets
from extractors.titles import citation_title_keys
from pipeline.build import build
from pipeline.document.elements import is_organisation_line
from pipeline.document.header_lines import glued_header
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_wrapper_line

from test_real_forms import REALWORLD, extracted, labels, real

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def documents(text: str):
    return parse(normalise(text).text)


def targets(text: str) -> list[tuple[str, float, str, str]]:
    return [(found.text, found.value, found.unit, found.comparator) for found in find_targets(text)]


def deadlines(text: str, year=None) -> list[tuple[str, str, object]]:
    return [(found.text, found.kind, found.date) for found in find_deadlines(text, year)]


def numbers(text: str) -> list[str]:
    return [number.normalised for _, _, number in find_doc_numbers(text)]


# ------------------------------------------------------------------ documents


def test_the_rules_a_notice_issues_under_its_own_number_are_its_attachment():
    """ak08: the forum copy prints the notice (殘聯發[2021]51號 in its thread title), its five signing bodies and date, then
    the issued 辦法's name over the same 殘聯發[2021]51號: one document, the rules' 第一條 its measure. The Heilongjiang
    forward (sample 003) prints 国开发〔2020〕3号, another number, under its own: still two documents."""
    found = documents(real("ak08"))
    assert len(found) == 1 and found[0].meta.doc_number == "殘聯發〔2021〕51號"
    assert labels(found[0]) == [("第一條", 1)]
    forward = documents(next(CORPUS.glob("003_*.txt")).read_text(encoding="utf-8"))
    assert [document.meta.doc_number for document in forward] == ["黑扶组办发〔2020〕3号", "国开发〔2020〕3号"]


# ------------------------------------------------------------------ wrappers and header


def test_spam_templates_empty_elements_are_markup_not_numbered_items():
    """ak04: <legend id="ppnor"></legend> and <s id="ppnor"></s> under list numbers 1. and 2. of a spam template: markup,
    and the numbers left alone are no measures, so the plan's (一) is its top level."""
    assert labels(documents(real("ak04"))[0]) == [("(一)", 1)]
    # numbered items whose words sit inside inline markup keep their reading
    marked_up = "关于做好防汛工作的通知\n<p>各乡镇:</p><p>1. <strong>加强汛期值班值守</strong>。</p><p>2. <s>做好</s>隐患巡查排查。</p>"
    assert labels(documents(marked_up)[0]) == [("1.", 1), ("2.", 1)]


def test_a_bracketed_count_of_copies_ends_a_collection_heading_not_a_title():
    """ak09's 校园防范非法集资活动方案(汇总15篇) and ak04's 控輟保學實施方案學校(五篇): a 范文 site's collection, whose count
    is no target; a title with a bracketed note of its own keeps its reading."""
    assert is_wrapper_line("校园防范非法集资活动方案(汇总15篇)") and is_wrapper_line("控輟保學實施方案學校(五篇)")
    assert not is_wrapper_line("关于印发《某县农村公路养护管理办法(试行)》的通知")
    copy = extracted("ak09")
    assert copy["targets"] == [] and copy["title"] != "校园防范非法集资活动方案(汇总15篇)"


def test_a_news_headline_after_its_sources_colon_names_no_recipients():
    """ak06's 国务院安委办:全国燃气事故多发频发 对重点地区开展燃气安全明查暗访 (no clause after the colon) is a headline;
    recipients glued to a sentence keep their reading."""
    assert glued_header("国务院安委办:全国燃气事故多发频发 对重点地区开展燃气安全明查暗访") == (None, [])
    assert glued_header("市直有关部门: 为切实做好防汛减灾工作,现将有关事项通知如下") == (None, ["市直有关部门"])


# ------------------------------------------------------------------ references


def test_a_zihao_without_a_year_is_a_document_number():
    """ak02's 依據農業部115年2月4日農授林業字第1152420100號函 (Taiwan's form, the serial holding the ROC year) and aa06's
    (〔91〕新出图字第990号), the short year before the code; a 字 before an article number is none."""
    assert numbers(real("ak02")) == ["農授林業字第1152420100號"]
    assert "〔91〕新出图字第990号" in numbers(real("aa06"))
    assert numbers("依照文字第3条的规定") == []
    assert numbers("根据《出版管理条例》(国务院令第343号)") == ["国务院令第343号"]


# ------------------------------------------------------------------ targets and deadlines


def test_a_temperature_is_a_target():
    """ak07: 日最高气温达到40℃以上时,要停止当日室外露天作业 — a quantity with a physical unit (gold README)."""
    assert targets(real("ak07")) == [("40℃以上", 40.0, "℃", ">="), ("35℃以上", 35.0, "℃", ">=")]
    assert targets("室温保持在16℃") == [("16℃", 16.0, "℃", "=")]


def test_a_range_whose_lower_end_carries_its_unit_is_one_target_after_a_tilde_too():
    """ak13: 亩产平均提高10%~20% is read at its lower end, as 3万元-5万元 and 10%-20% are; 10～15% keeps its reading."""
    assert ("10%", 10.0, "%", ">=") in targets(real("ak13")) and not any(t[0] == "20%" for t in targets(real("ak13")))
    assert targets("提高10%-20%") == [("10%", 10.0, "%", ">=")]
    assert targets("下降10～15%") == [("10～15%", 10.0, "%", ">=")]


def test_a_forewords_heading_under_a_cover_date_is_no_limit():
    """ak14: the issued plan's cover (中华人民共和国水利部 ⏎ 二〇二一年十二月 ⏎ 前 言): no 12月前 limit; a limit's 前 on
    the next line keeps its reading."""
    assert deadlines(real("ak14"), 2021) == []
    assert deadlines("请于二〇二一年十二月\n前报送。", 2021) == [("二〇二一年十二月\n前", "deadline", "2021-12-31")]


def test_an_event_the_issuer_plans_with_niyu_is_its_schedule():
    """ak12: 區委、區政府決定,擬于12月初舉行招商引資項目集中簽約活動 (CONVENTIONS C1; no year printed, date null); an
    outside event reported with 将于 and a plan with no date are none."""
    assert ("12月初", "deadline", None) in deadlines(real("ak12"))
    assert deadlines("全国人大将于3月5日召开。", 2021) == []
    assert deadlines("我局拟于近期开展宣传活动。", 2021) == []


def test_a_signature_in_traditional_characters_ends_with_its_bodies_traditional_endings():
    """ak08: five bodies over three lines, the last 中國殘疾人聯合會 (聯合會, not 联合会): the signature is read whole; a
    line of words ending in no body's ending is no organisation."""
    assert documents(real("ak08"))[0].meta.issuer.replace(" ", "") == (
        "中共中央組織部中央機構編制委員會辦公室人力資源和社會保障部國務院國有資產監督管理委員會中國殘疾人聯合會")
    assert is_organisation_line("中國殘疾人聯合會") and not is_organisation_line("嚴格落實工作要點")


def test_departments_after_a_named_owners_department_share_the_owner():
    """ak08: 新疆生產建設兵團黨委組織部、編辦、人力資源社會保障局、國資委、殘聯 — the 兵团's departments, printed once for all
    (CONVENTIONS C6: a shared owner), one entry; two offices each named with their owner stay two."""
    assert documents(real("ak08"))[0].meta.recipients == [
        "各省、自治區、直轄市黨委組織部、編辦、人力資源社會保障廳、國資委、殘聯",
        "新疆生產建設兵團黨委組織部、編辦、人力資源社會保障局、國資委、殘聯"]
    assert split_list("省委办公厅、省政府办公厅") == ["省委办公厅", "省政府办公厅"]


# ------------------------------------------------------------------ set AK, second round


def cited_keys(text: str) -> dict[str, str]:
    """Each cited title with the key the store gives it (citation_title_keys over the notice's citations)."""
    found = [citation for citation in find_citations(text) if citation.title]
    keys = citation_title_keys([(citation.title, citation.relation) for citation in found])
    return {citation.title: key for citation, key in zip(found, keys)}


def test_one_subject_named_by_two_issuers_is_two_documents():
    """ak05: 市爱卫办印发《关于开展第31个爱国卫生月活动的通知》 (its own, issues) and 按照《全国爱卫办关于开展第31个爱国卫生月
    活动的通知》要求 (basis): two documents, two keys. A forward naming the same document with its issuer and again
    without it (nothing contradicts) keeps one key, as before."""
    keys = cited_keys(real("ak05"))
    assert keys["关于开展第31个爱国卫生月活动的通知"] != keys["全国爱卫办关于开展第31个爱国卫生月活动的通知"]
    forward = cited_keys("现将《国务院关于加强安全生产工作的通知》转发给你们,请按照《关于加强安全生产工作的通知》要求抓好落实。")
    assert len(set(forward.values())) == 1 and len(forward) == 2
    # n07: one pair of issuers written with and without its 、 is one issuer
    joint = cited_keys(real("n07"))
    assert joint["中共中央办公厅国务院办公厅印发<关于全面推行河长制的意见>的通知"] == joint[
        "中共中央办公厅、国务院办公厅印发<关于全面推行河长制的意见>的通知"]


def test_a_number_is_carried_within_one_issuer_only():
    """ah09: 《自治州關于…的實施方案》的通知》(巴政辦發〔2022〕22號) — the lost outer title's number goes to the 自治州 plan it
    issues, and the county's own plan of the same subject (若羌縣關于…) does not take it; a title written once with its
    number and once without still carries it."""
    found = {(citation.title, citation.doc_number) for citation in find_citations(normalise(real("ah09")).text)}
    assert ("自治州關于加快發展保障性租賃住房的實施方案", "巴政辦發〔2022〕22號") in found
    assert ("若羌縣關于加快發展保障性租賃住房的實施方案", None) in found
    carried = find_citations("根据《关于做好春耕工作的通知》(农发〔2020〕1号)精神,结合《关于做好春耕工作的通知》要求,")
    assert [citation.doc_number for citation in carried] == ["农发〔2020〕1号", "农发〔2020〕1号"]


def test_a_sites_menu_line_is_chrome_and_its_ages_no_targets():
    """ak01: the parenting site's menu 怀孕准备 怀孕 分娩 宝宝0-1岁 宝宝1-3岁 宝宝3-6岁 (short entries between spaces) is
    chrome, so its ages are no targets; joint signers printed on one line and a table's header row are the notice's."""
    menu = real("ak01").splitlines()[1]
    assert is_wrapper_line(menu) and "宝宝0-1岁" in menu
    assert "0-1岁" not in [target["text"] for target in extracted("ak01")["targets"]]
    assert not is_wrapper_line("国家发展改革委 教育部 科技部 工业和信息化部 财政部")
    assert not is_wrapper_line("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位")


def test_a_carousels_label_is_chrome():
    """ak02: the school page opens with • Slider (its carousel's label): chrome, no title; a sentence using the word is
    not."""
    assert is_wrapper_line(real("ak02").splitlines()[0])
    assert extracted("ak02")["title"] is None
    assert not is_wrapper_line("Slider crank mechanism")


def test_a_this_years_month_range_with_a_dash_is_a_period():
    """ak09: 要求今年4—5月在我省集中开展非法集资宣传月活动 (a forwarded campaign's period, C1): a deadline at its end; a bare
    4—5月 with no year named is not read, nor a count of months."""
    assert ("今年4—5月", "deadline", "2019-05-31") in deadlines(real("ak09"), 2019)
    assert deadlines("要求今年4—5月在我省集中开展宣传月活动。", None) == [("今年4—5月", "deadline", None)]
    assert deadlines("4—5月在我省集中开展宣传月活动。", 2019) == []
    assert [found for found in deadlines("2019年3-5个月内完成。", 2019) if found[1] == "deadline"] == []  # a length


NATIONAL_NOTICE = """{issuer}关于开展第31个爱国卫生月活动的通知

各地爱卫办：

今年4月是第31个爱国卫生月。现就有关事项通知如下：

一、突出活动主题。各地要结合实际开展活动。

{signer}
2019年3月1日
"""


@pytest.mark.parametrize("issuer, signer, basis_resolved", [
    ("全国爱卫办", "全国爱国卫生运动委员会办公室", True),  # the document ak05 names as its basis
    ("某省爱卫办", "某省爱国卫生运动委员会办公室", False),  # another issuer's notice of the same subject
])
def test_a_citation_told_apart_by_its_issuer_resolves_to_that_issuers_document(tmp_path, issuer, signer, basis_resolved):
    """ak05 built with a notice of its subject: the basis 《全国爱卫办关于…》 resolves to the 全国爱卫办's notice and the
    notice ak05 issues itself (关于开展…, no issuer named) does not; a province's notice of the subject takes the latter,
    never the basis."""
    other = tmp_path / "other.txt"
    other.write_text(NATIONAL_NOTICE.format(issuer=issuer, signer=signer), encoding="utf-8")
    build([str(next(REALWORLD.glob("ak05_*.txt"))), str(other)], str(tmp_path / "n.db"), workers=1)
    with sqlite3.connect(tmp_path / "n.db") as conn:
        other_id = conn.execute("SELECT id FROM documents WHERE title LIKE ?", [f"{issuer}%"]).fetchone()[0]
        cited = dict(conn.execute("SELECT relation, cited_document_id FROM citations WHERE document_id != ?", [other_id]))
    assert cited["basis"] == (other_id if basis_resolved else None)
    assert cited["issues"] == (None if basis_resolved else other_id)
