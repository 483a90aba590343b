"""The forms real copies of notices take (dev sets D and E in tests/data/realworld, with their source
addresses), each read by the document stage and the extractors: one test per form, on the real text
where the form is, and on a variation of it that must not be read the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.extract import extract_text

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def real(prefix: str) -> str:
    return next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def parsed(prefix: str):
    return parse(normalise(real(prefix)).text)[0]


def labels(document) -> list[tuple[str, int]]:
    return [(measure.label, measure.level) for measure in document.measures]


def extracted(prefix: str) -> dict:
    return extract_text(real(prefix), f"{prefix}.txt")["documents"][0]


def made_up_document(text: str) -> dict:
    """The first document extracted from ``text``: a made-up variation of a real notice's form, tested beside the real one."""
    return extract_text(text, "look-alike.txt")["documents"][0]


# ------------------------------------------------------------------ the text as copied


def test_toneless_pinyin_glosses_are_removed_where_a_mirror_glosses_everything():
    document = parsed("d01")  # 政(zheng)府(fu), 區(qu)(qu)
    assert document.meta.doc_number == "桂農廳發〔2022〕149號"
    assert document.meta.recipients == ["各市、縣人民政府", "自治區人民政府各組成部門、各直屬機構"]
    assert labels(document) == [("一、", 1), ("(一)", 2)]
    # one bracket of letters alone is a note, not a gloss
    assert "(a)" in normalise("附(a)款\n").text


def test_html_markup_in_a_copied_text_is_read_as_lines():
    document = parsed("d16")
    assert (document.meta.issuer, document.meta.signed_date) == ("山西省人民政府", "2018-03-27")
    assert document.meta.recipients == ["各市、县人民政府", "省人民政府各委、办、厅、局"]
    assert labels(document) == [("一、", 1), ("二、", 1)]
    assert "<政府工作报告>" in normalise("关于印发<政府工作报告>任务分解的通知\n").text  # a nested title stays


def test_a_copy_joined_into_one_paragraph_is_cut_at_its_items_and_signature():
    document = parsed("d13")
    assert document.meta.issuer == "温州市鹿城区山福镇人民政府"
    assert labels(document) == [("1.", 1), ("1.1", 2), ("1.2", 2), ("1.3", 2), ("(1)", 3)]


def test_a_measures_text_joined_without_spaces_is_cut_before_its_articles():
    document = parsed("b14")  # …制定本办法。第二条市级储备…
    assert [m.label for m in document.measures] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    # an article cited inside a sentence is no article of the text
    assert normalise("根据第五条规定。" * 30).text.count("\n") == 0


def test_a_table_of_contents_is_no_measures():
    document = parsed("e09")  # 1.总则 / 1.1编制目的 … 8.3 before the text's own 1.总则
    assert labels(document) == [("1.", 1), ("1.1", 2), ("1.2", 2)]


def test_joint_issuers_signing_two_a_line():
    assert parsed("d21").meta.issuer.split() == [
        "三明市生态环境局", "三明市发展和改革委员会", "三明市工业和信息化局", "三明市住房和城乡建设局",
        "三明市交通运局", "三明市农业农村局", "三明市城市管理局"]
    assert len(parsed("d23").meta.issuer.split()) == 14


# ------------------------------------------------------------------ what surrounds the notice


def test_a_document_sharing_sites_notes_are_no_title_recipients_or_measures():
    document = parsed("d08")  # 温馨提示: 1.–4. download tips, the title split word by word, 范文
    assert document.meta.title == "抓好农业生产通知"
    assert document.meta.recipients == []
    assert labels(document)[0] == ("一、", 1)


def test_numbers_in_a_pages_summary_are_no_targets_of_the_notice():
    targets = extracted("d09")["targets"]  # the 概要 repeats 56万亩 … before the notice
    assert [t["text"] for t in targets] == ["56万亩", "25.7万亩", "2.3万亩", "16万亩", "12万亩", "80%以上"]
    assert all(t["measure_id"] for t in targets)


def test_a_news_lead_in_names_the_issuer_and_its_numbers_are_not_the_notices():
    document = extracted("e10")  # 日前,宜春市人民政府印發…的通知,…280萬千瓦以上… 原文如下:
    assert document["issuer"] == "宜春市人民政府"
    assert document["recipients"].startswith('["宜春經濟技術開發區管委會"')
    assert document["targets"] == [] and document["deadlines"] == []


def test_a_meta_description_glued_above_the_page_is_chrome():
    document = parsed("d18")
    assert document.meta.title == "麟游县人民政府办公室关于下达2016年农业重点工作任务的通知"
    assert document.meta.issuer == "麟游县人民政府办公室"


def test_a_sentence_ending_with_a_colon_is_no_recipients_list():
    assert parsed("d11").meta.recipients == []  # 根據…,并提出如下要求:
    assert parsed("d02").meta.recipients == ["各鎮人民政府", "沙坪街道辦事處"]


# ------------------------------------------------------------------ lists of bodies


@pytest.mark.parametrize("written, entries", [
    ("各县(市、区)发改委、工信局、住建局、交通运输局", ["各县(市、区)发改委、工信局、住建局、交通运输局"]),
    ("各市农业局(农委)、各市财政局", ["各市农业局(农委)", "各市财政局"]),
    ("省政府各廳、委和各直屬機構", ["省政府各廳、委和各直屬機構"]),
    ("長白山開發區、長春新區", ["長白山開發區", "長春新區"]),
    ("经济开发区、兖州工业园区、农高区管委会", ["经济开发区、兖州工业园区、农高区管委会"]),
    ("各县市区委、人民政府", ["各县市区委、人民政府"]),
    ("各镇人民政府,区政府相关委、办、局、街道办事处", ["各镇人民政府", "区政府相关委、办、局", "街道办事处"]),
])
def test_recipients_lists(written, entries):
    assert split_list(written) == entries


# ------------------------------------------------------------------ extractors


def test_targets_in_traditional_characters_ranges_and_shared_units():
    found = [(t.text, t.value, t.unit, t.comparator) for t in find_targets(
        "造林4000畝，種植4萬株，每人至少植樹5棵，打造3-4個樣板，濃度分別不高於53和32微克/立方米。")]
    assert found == [("4000畝", 4000, "亩", "="), ("4萬株", 40000, "株", "="), ("5棵", 5, "棵", ">="),
                     ("3-4個", 3, "个", ">="), ("53", 53, "微克每立方米", "<="), ("32微克/立方米", 32, "微克每立方米", "<=")]


def test_ordinals_outline_numbers_and_divisions_are_no_targets():
    text = "经十二届10次市政府常务会议通过。\n6.1人力资源保障\n该方案分3部分40条，第3和4条。完成40条生产线改造。"
    # 第3和4条: the list's 第 makes its second number an ordinal too (set Y's 第17、18件)
    assert [t.text for t in find_targets(text)] == ["40条"]


@pytest.mark.parametrize("text, expected", [
    ("于4月20日(星期五)前上报区督查组", ("4月20日(星期五)前", "deadline", "2007-04-20")),
    ("在每月28日15点前送县林业局", ("每月28日15点前", "recurring", None)),
    ("(本次报送于5月29日)之前", ("5月29日", "deadline", "2007-05-29")),
    ("各地上报时间截止至2012年3月1日,报送材料", ("截止至2012年3月1日", "deadline", "2012-03-01")),
    ("整治时限。从本月25日起至月底。", ("从本月25日起", "start", None)),
])
def test_deadline_forms(text, expected):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(text, 2007)][:1] == [expected]


def test_a_sent_date_needs_its_verb_and_a_clause_end():
    assert find_deadlines("报送于5月29日召开的会议的材料", 2017) == []


def test_a_bracketed_statement_followed_by_a_remark_and_one_cut_off_by_the_copy():
    text = real("d22")
    roles = {(m.raw, m.role) for m in find_assignments(text)}
    assert {("自然资源局", "cooperate"), ("各县、区人民政府(管委会)", "responsible"),
            ("发展和改革局", "lead")} <= roles
    assert not any(raw == "市公安局" for raw, _ in roles)  # its clause is cut off before its verb


def test_a_unit_named_twice_in_one_measure_is_assigned_once():
    assignments = extracted("d22")["assignments"]
    pairs = [(a["measure_id"], a["raw"], a["role"]) for a in assignments]
    assert len(pairs) == len(set(pairs))


def test_an_undated_copy_takes_the_one_year_it_writes():
    deadlines = extracted("d03")["deadlines"]
    assert ("8月底前", "2017-08-31") in [(d["text"], d["date"]) for d in deadlines]


def test_chrome_in_traditional_characters_is_chrome():
    from pipeline.document.wrapper import is_chrome
    assert is_chrome("掃描二維碼 關注我們") and is_chrome("瀏覽量: 時間:2018-11-13 15:36:26")
    assert not is_chrome("各區(市)縣政府,市政府各部門:")


# ------------------------------------------------------------------ sets H and I


def relations_of(text: str) -> dict[str, str]:
    from extractors.citations import find_citations

    return {citation.title or citation.doc_number: citation.relation for citation in find_citations(text)}


def test_every_title_of_a_long_basis_list_keeps_its_basis():
    # 依据《A》、…《G》等法律、法规,以及《H》、《I》和《J》 (h25); 根据《A》(…号),《B》(…号)和《C》 (h01)
    plan = relations_of(real("h25"))
    assert plan["国务院关于特大安全事故行政责任追究的规定"] == "basis"
    assert plan["河南省突发公共事件总体应急预案"] == "basis"
    assert all(relation == "basis" for title, relation in plan.items() if title != "淅川县森林火灾应急预案")
    subsidy = relations_of(real("h01"))
    assert subsidy["杭州市人民政府关于农村部分计划生育家庭奖励扶助制度的实施意见"] == "basis"
    # titles side by side (e07): the trigger reaches every one of them
    assert relations_of(real("e07"))["长三角区域重污染天气预警应急联动方案"] == "basis"
    # a comma then a clause of its own is no list: 根据《A》,制定《B》 leaves B cited
    assert relations_of("根据《甲省乙条例》,制定《丙市丁办法》。")["丙市丁办法"] == "cites"


def test_a_title_sent_down_is_issued_and_a_form_to_attach_is_no_reference():
    assert relations_of(real("h10"))["2023年全市卫生健康工作要点"] == "issues"  # 现将《X》下发给你们
    assert relations_of("《X市2023年工作要点》下发后,各地认真落实。")["X市2023年工作要点"] != "issues"
    attached = relations_of(real("h08"))  # 《2025年〈政府工作报告〉主要目标分解表》(附件1)
    assert not any("分解表" in title for title in attached)
    assert relations_of("填写《某某情况汇总表》报送。")  # a table named without (附件N) is still cited


def test_an_earlier_act_of_issuing_names_a_cited_notice():
    # 2020年11月…印發(fā)了《關于開展…的通知》 (i09, read without its glosses): a notice issued before
    assert relations_of(normalise(real("i09")).text)["關于開展2020年度“十大最美農村路”推選宣傳活動的通知"] == "cites"
    assert relations_of("现将《某某实施方案》印发给你们。")["某某实施方案"] == "issues"


def test_a_table_row_copied_as_text_is_never_continued_by_the_next_line():
    document = parsed("h11")  # …的通知 |  (the title cell of a table)
    assert document.meta.title.endswith("工作要点的通知")
    # as annotated: the class of places over two parts (各区、县(市)…局), then two classes each
    assert document.meta.recipients == ["各区、县(市)卫生计生局", "各直属医疗卫生计生单位", "各处室"]
    table = parsed("h18")  # 公文时效: | 有效 | 发布机构: | … |  above the recipients
    assert table.meta.recipients == ["各区县人民政府", "市新区管委会", "市政府各工作部门、直属事业单位"]


def test_what_a_portal_puts_around_a_title_and_its_date():
    quoted = parsed("h09")  # “党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《…》的通知
    assert quoted.meta.issuer == "中共静安区委办公室 静安区人民政府办公室"
    assert quoted.meta.title.startswith("中共静安区委办公室")
    assert parsed("h06").meta.signed_date == "2025-01-24"  # - 公文生成日期:2025-01-24
    law_library = parsed("i01")  # 颁布时间:… 发文单位:国务院办公厅 above the recipients
    assert law_library.meta.recipients == ["国务院有关部门"]


def test_a_news_lead_in_ending_in_its_content_follows_and_a_spaced_type():
    lead = parsed("h20")  # 近日,A、B印發《X》,內容如下。
    assert (lead.meta.title, lead.meta.issuer) == ("廣東省自然災害防治能力建設行動方案", "廣東省委辦公廳 省政府辦公廳")
    spaced = parsed("h22")  # 关于印发…的⏎通 知⏎各新区…:
    assert spaced.meta.recipients == ["各新区", "区政府各部门", "各市级垂管单位"]  # as annotated


def test_a_daily_hour_is_one_recurring_deadline():
    daily = [(d.text, d.kind) for d in find_deadlines(real("i06"), 2017)]
    assert ("每日上午12点以前", "recurring") in daily and ("每日上午11点前", "recurring") in daily
    assert ("每日", "recurring") not in daily
    assert [d.text for d in find_deadlines("每日报送一次。", 2017)] == ["每日"]
