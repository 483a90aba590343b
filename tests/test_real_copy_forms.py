"""The forms of set L (tests/data/realworld/l*, real notices with their source addresses) that the
pipeline first misread: one test per form, on the real text where it is, and on a variation of it
that must not be read the same way."""

from __future__ import annotations

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome
from test_real_forms import extracted, labels, parsed


def test_the_issuer_printed_only_in_a_portal_cell_is_read_from_it():
    # | 发布机构: 宣城市卫生健康委员会 | and no signature, no issuer in the title
    assert parsed("l01").meta.issuer == "宣城市卫生健康委员会"
    assert parsed("k04").meta.issuer == "龙陵县象达镇人民政府"
    # a cell naming the website is no issuer (a03: 发文机构 县政府网站)
    assert parsed("a03").meta.issuer is None
    # the notice's own signature wins over the page's office (a04: 发布机构 太湖县人民政府办公室)
    assert parsed("a04").meta.issuer == "太湖县人民政府"


def test_party_branches_campuses_and_short_zone_names_are_bodies_of_a_recipients_list():
    assert parsed("l09").meta.recipients == ["各党总支", "直属党支部"]
    assert parsed("l08").meta.recipients == ["各直属党组织", "各直属部门"]
    assert parsed("l01").meta.recipients == ["宣州区人民政府", "宣城经开区", "合工大宣城校区", "宣城职业技术学院", "市直有关单位"]
    # zones sharing the 管委会 the last one names stay one entry
    assert split_list("济宁高新区、太白湖新区、济宁经济技术开发区管委会") == ["济宁高新区、太白湖新区、济宁经济技术开发区管委会"]


def test_a_channel_label_before_a_title_and_a_spaced_doc_number_after_it_are_no_part_of_it():
    jining = parsed("l02")  # 政务服务丨济宁市人民政府关于…
    assert jining.meta.title == "济宁市人民政府关于持续深化“市县同权”改革的实施意见"
    assert jining.meta.issuer == "济宁市人民政府"
    changzhou = parsed("l05")  # …落實方案的通知 常政發〔2023〕1號 |
    assert changzhou.meta.doc_number == "常政發〔2023〕1號"
    assert changzhou.meta.title == "關于印發2023年《政府工作報告》重點任務分解落實方案的通知"


def test_a_page_number_between_dashes_is_not_read_into_the_unit_above_it():
    units = [assignment["raw"] for assignment in extracted("l12")["assignments"]]
    assert "各街道党工委" in units and not any("—" in unit for unit in units)
    assert "— — — 3 —" not in normalise("协办单位：区委编办、各街道党工委\n— — — 3 —\n2.以区域化党建为重点\n").text.split("\n")[0]


def test_copies_and_photos_handed_in_are_no_targets():
    assert find_targets("现场观看照片3-5张等") == []
    assert find_targets("事迹材料各一式3份") == []
    assert [target.value for target in find_targets("发放宣传资料5000份")] == [5000]


def test_a_lost_paragraph_mark_of_a_wenku_copy_is_a_line_break():
    assert labels(parsed("l14")) == [("四、", 1), ("五、", 1), ("(一)", 2), ("(二)", 2), ("(三)", 2)]
    assert normalise("РФ 标准\n").text == "РФ 标准"  # a Cyrillic letter in Latin text stays


def test_a_wenku_copy_in_numbered_page_chunks_is_joined_and_its_glued_labels_start_lines():
    assert labels(parsed("l11")) == [("一、", 1), ("二、", 1), ("三、", 1)] + [(f"{n}、", 2) for n in range(1, 7)]
    # a plain list of short numbered lines is the notice's own numbering
    short = parsed_text("各单位：\n1、加强领导。\n2、落实责任。\n")
    assert labels(short) == [("1、", 1), ("2、", 1)]
    # labels counting up inside an ordinary paragraph without sentence ends before them stay in it
    assert "\n" not in normalise("坚持一、二、三产业融合发展" * 12).text


def test_a_later_pages_items_glued_into_its_chunks_start_lines_from_their_own_number():
    # v03: page 2 of a 文库 copy, its items 12、13、14、 each after a sentence's end inside the joined chunks
    assert labels(parsed("v03")) == [("12、", 1), ("13、", 1), ("14、", 1)]
    # numbers counting up after other text, with no sentence's end before them, stay in their paragraph
    assert "\n" not in normalise("重点整治12、临街建筑,13、施工工地,14、乱贴乱画等问题,按第12、13、14条处理。" * 6).text


def parsed_text(text: str):
    return parse(normalise(text).text)[0]


def test_the_day_or_period_a_phase_opens_with_is_its_limit():
    deadlines = {(d["text"], d["date"]) for d in extracted("l11")["deadlines"]}
    assert {("2 月 20 日", "2022-02-20"), ("2 月 23 日至 2 月 25 日", "2022-02-25"), ("2 月 26 日", "2022-02-26")} <= deadlines
    # a bare period that no phase names is a period of anything
    assert find_deadlines("2月23日至2月25日,全镇开展整治。", year=2022) == []


def test_a_channel_word_above_a_title_is_no_part_of_it():
    assert parsed("l17").meta.title == "中华思源工程基金会行政管理制度"  # 信息公开 / 中华思源…制度
    assert is_chrome("信息公开") and is_chrome("通知公告")
    assert not is_chrome("关于做好2024年政务公开工作的通知")  # a title naming the channel's work is a title


def test_joint_issuers_printed_before_one_copy_of_a_title_are_its_issuers():
    # a legal database: the bare title twice, then 财政部 国家发展和改革委员会 工业和信息化部 / 关于开展…的通知 joined
    document = parsed("l10")
    assert document.meta.title == "关于开展1.6升及以下节能环保汽车推广工作的通知"
    assert document.meta.issuer == "财政部 国家发展和改革委员会 工业和信息化部"
