"""Tests for extractors.units and extractors.unit_names: scored against the gold of the sample notices, then targeted
sentences written for these tests (not taken from the samples)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractors.unit_names import (
    abbreviations,
    canonical_name,
    expand_abbreviation,
    unit_aliases,
    unit_kind,
    unit_level,
    unit_region,
)
from extractors.units import find_assignments, lead_convention

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
SAMPLES = sorted(CORPUS.glob("*.txt"))


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


def _key(name: str) -> str:
    """Names compared without spaces and with full-width brackets (the canonical form)."""
    return re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")


def _score(predicted, gold_units) -> tuple[int, int, int]:
    """True positives, predicted, gold: a prediction matches an unused gold unit of the same role
    by name or by raw (the scorer of tests/data/gold/README.md accepts either)."""
    unused = list(gold_units)
    hits = 0
    for mention in predicted:
        for unit in unused:
            if unit["role"] == mention.role and (
                _key(unit["name"]) == _key(mention.name) or _key(unit["raw"]) == _key(mention.raw)
            ):
                unused.remove(unit)
                hits += 1
                break
    return hits, len(predicted), len(gold_units)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_gold_precision_and_recall(path):
    gold_path = GOLD / (path.stem + ".json")
    text = path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold_units = [u for doc in gold["documents"] for a in doc["assignments"] for u in a["units"]]
    predicted = find_assignments(text)
    for mention in predicted:
        assert text[mention.start : mention.end] == mention.raw
    hits, n_pred, n_gold = _score(predicted, gold_units)
    precision = hits / n_pred if n_pred else 1.0
    recall = hits / n_gold if n_gold else 1.0
    print(f"{path.stem}: predicted {n_pred}, gold {n_gold}, matched {hits}, P={precision:.3f} R={recall:.3f}")
    assert precision >= 0.95, [m for m in predicted]
    assert recall >= 0.95


# --------------------------------------------------------------------------------------------
# Statement forms
# --------------------------------------------------------------------------------------------


def units(text):
    return [(m.name, m.role) for m in find_assignments(text)]


def test_offsets_point_at_raw():
    text = "（三）做好兜底保障。落实临时救助政策。（责任单位：区民政局、财政局，各街道）\n"
    found = find_assignments(text)
    assert [m.raw for m in found] == ["区民政局", "财政局", "各街道"]
    for m in found:
        assert text[m.start : m.end] == m.raw


def test_paragraph_statement_full_and_half_width_colon():
    text = (
        "（二）落实健康扶贫政策。实行先诊疗后付费。\n\n"
        "责任单位：县卫生健康局、县医疗保障局\n\n"
        "（三）加强住房安全保障。开展危房排查。\n\n"
        "责任部门:县住房和城乡建设局\n"
    )
    assert units(text) == [
        ("县卫生健康局", "responsible"),
        ("县医疗保障局", "responsible"),
        ("县住房和城乡建设局", "responsible"),
    ]


@pytest.mark.parametrize(
    "opening, closing",
    [("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】"), ("[", "]")],
)
def test_bracketed_statement(opening, closing):
    text = f"加快发展乡村旅游，打造一批精品线路。{opening}责任单位：州文化和旅游局、交通运输局{closing}下一步工作另行安排。"
    assert units(text) == [("州文化和旅游局", "responsible"), ("州交通运输局", "responsible")]


def test_lead_and_cooperate_labels_share_the_level_prefix():
    text = "（五）推进易地搬迁后续扶持。【牵头单位：省发展改革委；配合单位：财政厅、人力资源社会保障厅】"
    assert units(text) == [
        ("省发展改革委", "lead"),
        ("省财政厅", "cooperate"),
        ("省人力资源社会保障厅", "cooperate"),
    ]


def test_lead_and_cooperate_labels_on_one_line():
    text = "牵头部门：区商务局  配合部门：区农业农村局、区供销社\n"
    assert units(text) == [("区商务局", "lead"), ("区农业农村局", "cooperate"), ("区供销社", "cooperate")]


def test_verb_form_in_brackets():
    text = "组织开展线上招聘活动（市人社局牵头，市财政局、教育局配合）。"
    assert units(text) == [("市人社局", "lead"), ("市财政局", "cooperate"), ("市教育局", "cooperate")]


def test_verb_form_with_you_and_deng():
    text = "建立返贫监测预警机制（由区扶贫办牵头，区民政局、医保局等配合）。"
    found = find_assignments(text)
    assert [(m.name, m.raw, m.role) for m in found] == [
        ("区扶贫办", "区扶贫办", "lead"),
        ("区民政局", "区民政局", "cooperate"),
        ("区医保局", "医保局", "cooperate"),
    ]


def test_verb_form_single_unit():
    text = "各地要及时兑现临时救助（县民政局负责）。"
    assert units(text) == [("县民政局", "responsible")]


def test_verb_form_inside_a_labelled_list():
    text = "责任单位：市水利局牵头，市农业农村局、生态环境局配合\n"
    assert units(text) == [("市水利局", "lead"), ("市农业农村局", "cooperate"), ("市生态环境局", "cooperate")]


def test_inline_role_marker():
    text = "（责任单位：县发改委（牵头）、县财政局、县自然资源局）"
    found = find_assignments(text)
    assert [(m.name, m.role) for m in found] == [
        ("县发改委", "lead"),
        ("县财政局", "responsible"),
        ("县自然资源局", "responsible"),
    ]
    assert found[0].raw == "县发改委"


def test_brackets_that_are_not_statements():
    text = (
        "落实贫困家庭子女（含在外就学的子女）各项助学政策，动员贫困户主动配合搞好疫情防控，"
        "延长还款期限（最长不超过6个月），费用由个人承担（按规定执行）。"
    )
    assert units(text) == []


def test_salutation_is_not_a_statement():
    text = "各责任单位：\n\n现将任务分工方案印发给你们，请认真贯彻执行。\n"
    assert units(text) == []


def test_list_stops_at_other_labels_and_sentence_end():
    text = "责任单位：市交通运输局；完成时限：2020年6月底前\n（二）下一项。责任单位：市水利局。请抓好落实。"
    assert units(text) == [("市交通运输局", "responsible"), ("市水利局", "responsible")]


# --------------------------------------------------------------------------------------------
# The comma convention
# --------------------------------------------------------------------------------------------


CONVENTION_NOTICE = (
    "附件\n\n2020年农村人居环境整治重点任务分工\n\n"
    "（各项任务的责任单位中，逗号前的单位为牵头单位，逗号后的单位为配合单位）\n\n"
    "1．推进农村厕所革命。责任单位：区农业农村局、卫健局，区财政局、各镇（街道）\n\n"
    "2．治理生活污水。（责任单位：区生态环境局，区住建局、水利局）\n"
)


def test_comma_convention_makes_units_before_the_first_comma_lead():
    assert lead_convention(CONVENTION_NOTICE) == "comma"
    assert units(CONVENTION_NOTICE) == [
        ("区农业农村局", "lead"),
        ("区卫健局", "lead"),
        ("区财政局", "cooperate"),
        ("各镇（街道）", "cooperate"),
        ("区生态环境局", "lead"),
        ("区住建局", "cooperate"),
        ("区水利局", "cooperate"),
    ]


def test_comma_without_the_convention_means_nothing():
    text = CONVENTION_NOTICE.replace("（各项任务的责任单位中，逗号前的单位为牵头单位，逗号后的单位为配合单位）", "")
    assert lead_convention(text) is None
    assert {role for _, role in units(text)} == {"responsible"}


def test_convention_does_not_override_explicit_labels():
    text = "（逗号前为牵头单位）\n牵头单位：市教育局，市体育局\n配合单位：市财政局\n"
    assert units(text) == [("市教育局", "lead"), ("市体育局", "lead"), ("市财政局", "cooperate")]


def test_first_unit_convention():
    """The convention names the lead only: the others stay responsible (gold README: cooperate is for
    units the text says 配合), unless it names them too."""
    text = "说明：责任单位排在第一位的为牵头单位。\n责任单位：县商务局、县邮政管理局、县供销社\n"
    assert lead_convention(text) == "first"
    assert units(text) == [("县商务局", "lead"), ("县邮政管理局", "responsible"), ("县供销社", "responsible")]
    named = text.replace("为牵头单位。", "为牵头单位，其他为配合单位。")
    assert units(named) == [("县商务局", "lead"), ("县邮政管理局", "cooperate"), ("县供销社", "cooperate")]


def test_first_secretary_is_not_a_convention():
    assert lead_convention("驻村第一书记为牵头人，负责统筹村级事务。") is None


# --------------------------------------------------------------------------------------------
# Splitting, prefixes, aliases
# --------------------------------------------------------------------------------------------


def test_brackets_inside_a_unit_do_not_split_it():
    text = "责任单位：州扶贫办，各县（市、区）扶贫开发领导小组、各县（市）区人民政府\n"
    assert units(text) == [
        ("州扶贫办", "responsible"),
        ("各县（市、区）扶贫开发领导小组", "responsible"),
        ("各县（市）区人民政府", "responsible"),
    ]


def test_prefix_expansion_from_the_first_government_body():
    text = "责任单位：县教育局、体育局、乡村振兴局、市场监管局、扶贫开发领导小组各成员单位\n"
    found = find_assignments(text)
    assert [(m.raw, m.name) for m in found] == [
        ("县教育局", "县教育局"),
        ("体育局", "县体育局"),
        ("乡村振兴局", "县乡村振兴局"),
        ("市场监管局", "县市场监管局"),
        ("扶贫开发领导小组各成员单位", "县扶贫开发领导小组各成员单位"),
    ]


def test_prefix_from_a_named_place():
    text = "（责任单位：旌德县财政局、审计局）"
    assert units(text) == [("旌德县财政局", "responsible"), ("旌德县审计局", "responsible")]


def test_prefix_expansion_exceptions():
    text = (
        "责任单位：市商务局、邮政管理局、中国邮政集团有限公司三明市分公司、农商银行、"
        "国家统计局三明调查队、人行三明市中心支行、闽宁协作工作队、"
        "有帮扶任务的县扶贫开发领导小组、市直相关单位、各乡镇\n"
    )
    names = [name for name, _ in units(text)]
    assert names == [
        "市商务局",
        "市邮政管理局",
        "中国邮政集团有限公司三明市分公司",
        "农商银行",
        "国家统计局三明调查队",
        "人行三明市中心支行",
        "闽宁协作工作队",
        "有帮扶任务的县扶贫开发领导小组",
        "市直相关单位",
        "各乡镇",
    ]


def test_named_body_first_in_list_lends_no_prefix():
    text = "责任单位：厦门·临夏扶贫协作工作组、市扶贫办、民政局\n"
    assert [name for name, _ in units(text)] == ["厦门·临夏扶贫协作工作组", "市扶贫办", "市民政局"]


def test_alias_in_brackets_dropped_from_name_only():
    text = "（责任单位：区农业农村局(区乡村振兴局)、财政局）"
    found = find_assignments(text)
    assert [(m.raw, m.name) for m in found] == [
        ("区农业农村局(区乡村振兴局)", "区农业农村局"),
        ("财政局", "区财政局"),
    ]


def test_half_width_brackets_normalised_in_name_only():
    text = "责任单位：承担对口帮扶任务的县(市)区扶贫开发领导小组\n"
    (mention,) = find_assignments(text)
    assert mention.raw == "承担对口帮扶任务的县(市)区扶贫开发领导小组"
    assert mention.name == "承担对口帮扶任务的县（市）区扶贫开发领导小组"


def test_conjunction_splits_only_between_whole_units():
    assert units("（市委和市政府负责）") == [("市委", "responsible"), ("市政府", "responsible")]
    assert units("责任单位：各区县党委和政府，市级有关部门\n") == [
        ("各区县党委和政府", "responsible"),
        ("市级有关部门", "responsible"),
    ]


def test_conjunction_between_two_units():
    text = "（责任单位：市民政局和各县（市）区，市人力资源和社会保障局）"
    assert units(text) == [
        ("市民政局", "responsible"),
        ("各县（市）区", "responsible"),
        ("市人力资源和社会保障局", "responsible"),
    ]


def test_units_glued_by_a_joined_table_cell():
    text = "3．推进项目建设（牵头单位：市发改委市财政局；配合单位：县住建局县直相关单位）（完成时限：2020年底）"
    assert units(text) == [
        ("市发改委", "lead"),
        ("市财政局", "lead"),
        ("县住建局", "cooperate"),
        ("县直相关单位", "cooperate"),
    ]
    assert [name for name, _ in units("（责任单位：市委市直机关工委、市委宣传部）")] == ["市委市直机关工委", "市委宣传部"]


# --------------------------------------------------------------------------------------------
# Page breaks
# --------------------------------------------------------------------------------------------


def test_list_broken_after_a_separator():
    text = "责任单位：区发改委、交通运输局、\n\n住建局、城管局\n\n（九）加强监督。\n"
    assert [name for name, _ in units(text)] == ["区发改委", "区交通运输局", "区住建局", "区城管局"]


def test_list_broken_mid_name():
    text = "责任单位：县扶贫开发领导小组成员单位，有易地搬迁\n\n安置任务的乡镇人民政府\n\n（二）强化产业支撑。\n"
    found = find_assignments(text)
    assert [m.name for m in found] == ["县扶贫开发领导小组成员单位", "有易地搬迁安置任务的乡镇人民政府"]
    assert found[1].raw == "有易地搬迁\n\n安置任务的乡镇人民政府"


def test_bracket_broken_by_a_page():
    text = "做好返岗服务（责任单位：市人社局、交通\n\n运输局）。"
    assert [name for name, _ in units(text)] == ["市人社局", "市交通运输局"]


def test_complete_list_does_not_swallow_the_next_paragraph():
    text = "责任单位：县教育局、县财政局\n\n各乡镇要加强组织领导。\n\n（二）下一项工作。\n"
    assert [name for name, _ in units(text)] == ["县教育局", "县财政局"]


# --------------------------------------------------------------------------------------------
# Kinds, abbreviations, regions
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, kind",
    [
        ("市卫健委", "department"),
        ("县委组织部", "department"),
        ("省人民政府办公厅", "department"),
        ("团县委", "department"),
        ("县工商联", "department"),
        ("市供销社", "department"),
        ("人行福州中心支行", "department"),
        ("县扶贫开发领导小组", "leading_group"),
        ("福州·定西扶贫协作前方指挥部", "leading_group"),
        ("各乡镇", "collective"),
        ("各县（市）区扶贫开发领导小组", "collective"),
        ("有脱贫任务的县扶贫开发领导小组", "collective"),
        ("县直相关单位", "collective"),
        ("市扶贫开发领导小组各成员单位", "collective"),
        ("扶贫资金市直主管部门", "collective"),
        ("国网安徽省电力有限公司宣城供电公司", "company"),
        ("福建广电网络集团福州分公司", "company"),
        ("农业银行泾县支行", "company"),
        ("市慈善协会", "other"),
        ("市疾控中心", "other"),
    ],
)
def test_unit_kind(name, kind):
    assert unit_kind(name) == kind


def test_abbreviation_table_is_large_and_well_formed():
    rows = abbreviations()
    assert len({short for short, _ in rows}) >= 60
    for short, full in rows:
        assert short and full and "\t" not in short + full and short != full


@pytest.mark.parametrize(
    "name, expanded",
    [
        ("市卫健委", "市卫生健康委员会"),
        ("县人社局", "县人力资源和社会保障局"),
        ("发改委", "发展和改革委员会"),
        ("泾县教体局", "泾县教育体育局"),
        ("县地方金融监管局", "县地方金融监督管理局"),
        ("市直机关工委", "市直属机关工作委员会"),
        ("团市委", "共青团市委员会"),
        ("市委统战部", "市委统一战线工作部"),
        ("市卫生健康委员会", "市卫生健康委员会"),
        ("市交通运输局", "市交通运输局"),
        ("市人民政府办", "市人民政府办"),
    ],
)
def test_expand_abbreviation(name, expanded):
    assert expand_abbreviation(name) == expanded


def test_unit_aliases_cover_short_full_and_level_forms():
    aliases = unit_aliases("福州市卫健委")
    assert {"福州市卫健委", "福州市卫生健康委员会", "市卫健委", "市卫生健康委员会", "卫健委", "卫生健康委员会"} <= aliases
    assert {"市住建局", "住建局", "住房和城乡建设局"} <= unit_aliases("市住房和城乡建设局")
    assert {"市农业农村局", "农业农村局", "市乡村振兴办"} <= unit_aliases("市农业农村局（乡村振兴办）")
    assert {"市场监管局", "市场监督管理局"} <= unit_aliases("市场监管局")


def test_an_office_finds_its_measures_under_either_form():
    text = "（责任单位：市人力资源和社会保障局）\n（责任单位：市人社局、财政局）\n"
    office = unit_aliases("市人社局")
    assert [m.name for m in find_assignments(text) if m.name in office] == ["市人力资源和社会保障局", "市人社局"]


@pytest.mark.parametrize(
    "name, region, expected",
    [
        ("泾县卫健委", None, "泾县"),
        ("福州市扶贫办", "福建省", "福州市"),
        ("市扶贫办", "福州市", "福州市"),
        ("县直相关单位", "泾县", "泾县"),
        ("团县委", "泾县", "泾县"),
        ("省扶贫办", "宁夏回族自治区", "宁夏回族自治区"),
        ("自治区扶贫办", "广西壮族自治区", "广西壮族自治区"),
        ("市扶贫办", "泾县", None),
        ("市扶贫办", None, None),
        ("各乡镇", "泾县", None),
        ("人保福建榕城分公司", "福州市", None),
    ],
)
def test_unit_region(name, region, expected):
    assert unit_region(name, region) == expected


def test_unit_level():
    assert unit_level("市教育局") == "municipal"
    assert unit_level("泾县扶贫局") == "county"
    assert unit_level("团省委") == "provincial"
    assert unit_level("国家发展改革委") == "national"
    assert unit_level("人保福建榕城分公司") is None


def test_canonical_name():
    assert canonical_name(" 住建局 ", prefix="市") == "市住建局"
    assert canonical_name("人保福建榕城分公司", prefix="市") == "人保福建榕城分公司"
    assert canonical_name("市农业农村局（乡村振兴办）") == "市农业农村局"


# --------------------------------------------------------------------------------------------
# Real statements: excerpts of real notices (source addresses given), units and roles read by hand
# --------------------------------------------------------------------------------------------


def mentions(text):
    return [(m.name, m.raw, m.role) for m in find_assignments(text)]


def test_real_comma_convention_carries_and_leaves_the_rest_responsible():
    """../shared/realworld/01: the convention is stated inside the first list (下同) and names only the
    lead; the units after the comma are responsible (gold README), in this list and the later ones."""
    text = (
        "1. 始终坚持用习近平新时代中国特色社会主义思想武装头脑。〔责任单位:市脱贫攻坚办,各县(市、区)、"
        "市级各部门(逗号前的单位为牵头单位,下同)〕\n二、巩固脱贫成果\n"
        "3. 加强驻村帮扶管理,进一步落实“五个一”“三个一”帮扶责任。〔责任单位:市委组织部,各县(市、区)、市级各部门〕\n"
    )
    assert mentions(text) == [
        ("市脱贫攻坚办", "市脱贫攻坚办", "lead"),
        ("各县（市、区）", "各县(市、区)", "responsible"),
        ("市级各部门", "市级各部门", "responsible"),
        ("市委组织部", "市委组织部", "lead"),
        ("各县（市、区）", "各县(市、区)", "responsible"),
        ("市级各部门", "市级各部门", "responsible"),
    ]


def test_real_convention_holds_only_after_it_is_stated():
    text = (
        "1. 开展排查。〔责任单位:市民政局,各县(市、区)〕\n"
        "2. 加强帮扶。〔责任单位:市委组织部,各县(市、区)(逗号前的单位为牵头单位,下同)〕\n"
    )
    assert [role for _, _, role in mentions(text)] == ["responsible", "responsible", "lead", "responsible"]


def test_real_verb_form_with_half_width_brackets_and_commas():
    """../shared/realworld/02, a regional bureau's 工作要点: （A、B牵头，C、D配合） in half-width brackets."""
    text = "(一)确保完成脱贫摘帽任务。精准落实保障措施。(规划财务处、考评处牵头,各处室、事业单位配合)\n"
    assert mentions(text) == [
        ("规划财务处", "规划财务处", "lead"),
        ("考评处", "考评处", "lead"),
        ("各处室", "各处室", "cooperate"),
        ("事业单位", "事业单位", "cooperate"),
    ]


def test_real_lead_and_cooperate_labels_on_lines_of_their_own():
    """http://www.chuzhou.gov.cn/public/152523227/567017766.html (滁州市 2020年市政府重点工作及责任分解):
    牵头责任单位 / 协同责任单位 paragraphs after each measure; 牵头负责领导 names a person, not a unit;
    各县、市、区政府 is one unit."""
    text = (
        "1. 地区生产总值增长8%以上。\n\n牵头负责领导:金力。\n\n牵头责任单位:市发展改革委。\n\n"
        "协同责任单位:市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等,"
        "各县、市、区政府。\n\n2. 财政收入增长8%左右。\n\n牵头负责领导:金力。\n\n牵头责任单位:市财政局。\n\n"
        "协同责任单位:市税务局、滁州海关、市人行、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。\n"
    )
    assert [(name, role) for name, _, role in mentions(text)] == [
        ("市发展改革委", "lead"),
        ("市经信局", "cooperate"),
        ("市商务局", "cooperate"),
        ("市交通局", "cooperate"),
        ("市农业农村局", "cooperate"),
        ("滁州经开区管委会", "cooperate"),
        ("中新苏滁高新区管委会", "cooperate"),
        ("各县、市、区政府", "cooperate"),
        ("市财政局", "lead"),
        ("市税务局", "cooperate"),
        ("滁州海关", "cooperate"),
        ("市人行", "cooperate"),
        ("滁州经开区管委会", "cooperate"),
        ("中新苏滁高新区管委会", "cooperate"),
        ("各县、市、区政府", "cooperate"),
    ]


def test_real_labelled_list_closed_by_a_duty_verb():
    """http://law.foodmate.net/show-219854.html (四川省“十四五”现代流通体系建设实施方案): 〔责任单位:…按职责
    分工负责。…下同。〕; 商务厅 inherits 省 from the first unit."""
    text = (
        "（一）加强市场体系建设。推进高标准市场体系建设，全面融入全国统一大市场。〔责任单位:省发展改革委、"
        "省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
        "(二)优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位:省市场监管局〕\n"
    )
    assert mentions(text) == [
        ("省发展改革委", "省发展改革委", "responsible"),
        ("省市场监管局", "省市场监管局", "responsible"),
        ("省商务厅", "商务厅", "responsible"),
        ("省大数据中心", "省大数据中心", "responsible"),
        ("省市场监管局", "省市场监管局", "responsible"),
    ]


def test_real_lead_and_duty_division_in_half_width_brackets():
    """咸阳市2022年深化“放管服”改革优化营商环境工作要点 (copied from
    https://newton.com.tw/wiki/…/61994341, which prints it in traditional characters; the notice's own
    simplified text): A、B牵头, C及D按职责分工负责."""
    text = (
        "1.全面实施行政许可事项清单管理。动态调整行政许可事项清单。(市政府办公室、市行政审批制度改革工作领导小组"
        "办公室牵头,市级各有关部门及各县市区政府按职责分工负责)\n"
    )
    assert [(name, role) for name, _, role in mentions(text)] == [
        ("市政府办公室", "lead"),
        ("市行政审批制度改革工作领导小组办公室", "lead"),
        ("市级各有关部门", "responsible"),
        ("各县市区政府", "responsible"),
    ]


# --------------------------------------------------------------------------------------------
# Statement forms of real notices (sentences written for these tests)
# --------------------------------------------------------------------------------------------


def test_running_text_agent_sentence():
    text = "3.建立监测机制。由县卫健委牵头，县财政局、医保局配合，建立健全因病返贫监测机制。"
    assert units(text) == [("县卫健委", "lead"), ("县财政局", "cooperate"), ("县医保局", "cooperate")]


def test_running_text_that_assigns_nothing():
    text = "所需经费由县财政负担。由各地根据实际情况确定实施步骤，理由县政府负责解释。"
    assert units(text) == []


def test_labels_in_brackets_of_their_own():
    text = "（二）强化资金保障。【牵头单位】县财政局【配合单位】县发改委、审计局\n"
    assert units(text) == [("县财政局", "lead"), ("县发改委", "cooperate"), ("县审计局", "cooperate")]


def test_bare_role_labels_and_other_label_words():
    assert units("4.加强督查（牵头：市督查室；配合：市直有关单位）") == [
        ("市督查室", "lead"), ("市直有关单位", "cooperate")]
    assert units("7.开展检查。（承办单位：县民政局；协办单位：县财政局、县残联）") == [
        ("县民政局", "responsible"), ("县财政局", "cooperate"), ("县残联", "cooperate")]


def test_statement_in_a_heading():
    text = "（一）加强组织领导（县委组织部牵头，县直各单位配合）\n各单位要高度重视。\n"
    assert units(text) == [("县委组织部", "lead"), ("县直各单位", "cooperate")]


def test_place_prefixed_names_lend_their_place():
    text = "2.推进项目建设。\n牵头单位：泾县发改委\n配合单位：泾县卫健委、财政局\n"
    assert units(text) == [("泾县发改委", "lead"), ("泾县卫健委", "cooperate"), ("泾县财政局", "cooperate")]


def test_table_columns_headed_by_labels():
    text = (
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 开展排查 | 县应急局 | 县公安局、交通运输局 | 6月底前 |\n"
        "| 2 | 加强培训 | 县人社局 | 县教体局 | 长期 |\n\n附件2\n| 1 | 县民政局 |\n"
    )
    found = find_assignments(text)
    assert [(m.name, m.role) for m in found] == [
        ("县应急局", "lead"),
        ("县公安局", "cooperate"),
        ("县交通运输局", "cooperate"),
        ("县人社局", "lead"),
        ("县教体局", "cooperate"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.raw


def test_ranked_first_convention_forms():
    for note in ("排名第一位为牵头单位", "列第一位的为牵头单位", "第一个单位为牵头单位"):
        text = f"（{note}，下同）\n1.做好宣传。(责任单位:县委宣传部、县文明办、县教体局)\n"
        assert units(text) == [("县委宣传部", "lead"), ("县文明办", "responsible"), ("县教体局", "responsible")], note


def test_a_statement_in_traditional_characters_is_read_and_its_units_kept_as_written():
    """After the form of a real copy in traditional characters (tests/data/realworld/b06)."""
    found = find_assignments("（一）優化營商環境。（市發改委牽頭，市政府辦公室、市級各有關部門按職責分工負責）")
    assert [(m.raw, m.name, m.role) for m in found] == [
        ("市發改委", "市发改委", "lead"), ("市政府辦公室", "市政府办公室", "responsible"),
        ("市級各有關部門", "市级各有关部门", "responsible")]


def test_a_zone_named_alone_is_a_unit():
    """c03 of tests/data/realworld: the development zone, named by the zone alone, heads the 责任单位 lines
    under a 牵头单位 line (its 管委会 is meant)."""
    text = ("1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,全区经济运行各专班\n\n"
            "2.规模上工业增加值增长5%左右。\n\n牵头单位:区工信局\n\n责任单位:立山经济开发区\n\n"
            "5.一般公共预算收入增长8%左右。\n\n牵头单位:区财政局\n\n责任单位:立山经济开发区,各街道,税务局\n")
    assert [(m.name, m.role) for m in find_assignments(text)] == [
        ("区发改局", "lead"), ("立山经济开发区", "responsible"), ("全区经济运行各专班", "responsible"),
        ("区工信局", "lead"), ("立山经济开发区", "responsible"),
        ("区财政局", "lead"), ("立山经济开发区", "responsible"), ("各街道", "responsible"), ("税务局", "responsible")]


REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def test_a_first_listed_lead_convention_closing_its_own_bracket():
    """m12 of tests/data/realworld (a legal-database page): (A、B负责，排在第一位的为牵头部门，下同) states the
    convention in the first statement's own bracket; it holds for that statement and the later ones."""
    text = (REALWORLD / "m12_tianjin-medical-alliance-first-listed-lead-law-database.txt").read_text(encoding="utf-8")
    assert units(text) == [
        ("市卫生计生委", "lead"), ("市人力社保局", "responsible"),
        ("市卫生计生委", "lead"),
        ("市卫生计生委", "lead"), ("市发展改革委", "responsible"), ("市财政局", "responsible"), ("市人力社保局", "responsible")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # m18 (traditional): 具体由A负责 after a comma and at a sentence's start
        ("屆時將舉行盛大的群眾游行慶祝活動,具體由縣文體局負責。", [("縣文體局", "responsible")]),
        ("重點推出系列專題報道。由縣委宣傳部具體負責。", [("縣委宣傳部", "responsible")]),
        # a subject before 由, and a statement after a comma inside a sentence
        ("加强监测。此项工作由市民政局负责。", [("市民政局", "responsible")]),
        ("推进改革，由县发改局牵头，县财政局、县自然资源局配合，6月底前完成。",
         [("县发改局", "lead"), ("县财政局", "cooperate"), ("县自然资源局", "cooperate")]),
        # clauses joined by 、 after a role verb
        ("加强监测。由县发改局牵头、县财政局配合，于6月底前完成。", [("县发改局", "lead"), ("县财政局", "cooperate")]),
        ("（市发改委牵头、市财政局配合）", [("市发改委", "lead"), ("市财政局", "cooperate")]),
        # z06: 由A承办, B、C配合 (the 承办 unit is responsible; units without 乡 take the first one's prefix)
        ("一、治理畜牧业产品污染\n由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。\n治理工作目标:",
         [("乡三农服务中心", "responsible"), ("乡畜牧站", "cooperate"), ("卫生院", "cooperate"), ("派出所", "cooperate"),
          ("工商所", "cooperate")]),
        ("二、整治市场。由县市场监管局承办。", [("县市场监管局", "responsible")]),
        ("加强监测。由县发改局牵头，县财政局协办，于6月底前完成。", [("县发改局", "lead"), ("县财政局", "cooperate")]),
        # roles named as nouns after 为: A为承办单位，B、C为协办单位
        ("加强监测。县发改局为承办单位，县财政局、县卫健委为协办单位。",
         [("县发改局", "responsible"), ("县财政局", "cooperate"), ("县卫健委", "cooperate")]),
        ("加强监测。县发改局为牵头单位，县财政局为配合单位。", [("县发改局", "lead"), ("县财政局", "cooperate")]),
        # y02 (traditional): a sentence opening with its doer named with its level, 负责 and the task (对…进行考评)
        ("三、考評方式\n\n區政府辦公室負責對區級各部門、鎮(街道)的政務公開工作進行考評。考評采取自查自評。",
         [("區政府辦公室", "responsible")]),
        ("二、组织演练。县应急局负责组织全县应急演练。", [("县应急局", "responsible")]),
    ],
)
def test_statements_in_running_text(text, expected):
    assert [(m.raw, m.role) for m in find_assignments(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "所需资金，由县财政负责保障。",  # the clause does not end in a role verb: no statement
        "所需经费由县财政负担。",
        # m18: 由…组织 organises, it does not assign
        "由縣委宣傳部統一組織各黨委、各單位在縣政府門口兩側布置展版。",
        # look-alikes of 由A承办: an event hosted, a task done by one named after 承办 (no clause ends in the verb), a
        # role noun inside a longer phrase
        "本次会议由县政府办承办。",
        "由县文化馆承办的文艺演出将于下月举行。",
        "所需经费由县财政承担。",
        "县发改局作为承办单位的职责另行明确。",
        # look-alikes of a doer opening its sentence: a person, the issuer itself, a collective, a verb that is no task
        "主要负责人负责对本单位工作进行检查。",
        "本单位负责对接各部门。",
        "县财政局负责保障经费。",
    ],
)
def test_running_text_that_assigns_nothing(text):
    assert find_assignments(text) == []


def test_a_bracketed_statement_that_goes_on_with_when():
    """（A牵头，B配合，每月通报一次） and （A牵头，2024年底前完成）: the statement is read, the time remark left out;
    a bracket whose last clause names units without a verb is still no statement."""
    assert units("2.强化督导。（县督查室牵头，各相关单位配合，每月通报一次）") == [("县督查室", "lead"), ("各相关单位", "cooperate")]
    assert units("4.推进改革。（市发改委牵头，2024年底前完成）") == [("市发改委", "lead")]
    assert units("5.推进改革。（市发改委牵头，市财政局、市税务局）") == []


def test_a_field_label_in_brackets_ends_a_list():
    assert units("3.清理欠款。【责任单位】县财政局【完成时限】10个工作日内\n") == [("县财政局", "responsible")]


def test_set_o_duty_lines_and_a_lead_column_naming_its_head():
    # o01: a duty list, each line opening with its unit and a colon
    text = (REALWORLD / "o01_mancheng-agriculture-restructuring-township-table-2020.txt").read_text(encoding="utf-8")
    assert [(m.name, m.role) for m in find_assignments(text)] == [
        ("各乡镇", "responsible"), ("区统计局", "responsible"), ("区自然资源和规划分局", "responsible"),
        ("区农业农村局", "responsible")]
    # o21: 牵头单位及主要负责人 (the head's name after the unit), rows under a merged 大类 cell shifted by their 序号
    text = (REALWORLD / "o21_zhaoqing-livelihood-progress-table-lead-units-2020.txt").read_text(encoding="utf-8")
    assert [(m.raw, m.role) for m in find_assignments(text)] == [("市民政局", "lead")] * 4
    assert find_assignments("市财政局、市发改委：牵头做好资金保障。") and find_assignments("主要任务：负责同志要亲自抓。") == []


def _realworld_units(name: str) -> list[tuple[str, str, str]]:
    text = (REALWORLD / name).read_text(encoding="utf-8")
    return [(m.name, m.raw, m.role) for m in find_assignments(text)]


def test_set_v_duty_items_opening_with_their_units_and_a_full_stop():
    # v04 and v12: legal-database pages of duty lists, 6、区质量技监局。负责… and (二十一)市公安局。负责…; 各镇、街道 is two
    # classes (only 各县、区人民政府 shares its body), 莘庄工业区 a zone
    assert _realworld_units("v04_minhang-safe-markets-duties-continued-2012.txt") == [
        ("区质量技监局", "区质量技监局", "responsible"), ("区城管执法大队", "区城管执法大队", "responsible"),
        ("各镇", "各镇", "responsible"), ("街道", "街道", "responsible"), ("莘庄工业区", "莘庄工业区", "responsible"),
        ("区工商分局", "区工商分局", "lead")]
    assert [name for name, _, _ in _realworld_units("v12_city-integration-survey-duties-law-database-continued.txt")] == [
        "市公安局", "市教育局", "市劳动和社会保障局", "市卫生局", "市人事局", "市财政局"]
    assert units("一、健全机制。负责任地推进改革。") == [] and units("1、强化组织领导。负责同志要亲自抓。") == []
    assert units("各县、区人民政府：负责组织实施。") == [("各县、区人民政府", "responsible")]


def test_set_v_a_bracket_of_units_closing_a_measure():
    # v07: (市工信委、市財政局) after a measure's last sentence, no role word: the units are responsible
    found = _realworld_units("v07_xian-fiscal-measures-bare-unit-brackets-traditional-2018.txt")
    assert found == [("市工信委", "市工信委", "responsible"), ("市财政局", "市財政局", "responsible")] * 2
    for text in ("1.制定实施细则。（以下简称市发改委）\n", "2.深化改革。（2019年）\n", "3.印发实施。（此件公开发布）\n",
                 "4.组织实施。(市政府令第148号)\n", "5.加强协调。（市发改委、市财政局）要求各地", "6.引进企业。（中国银行股份有限公司）\n"):
        assert units(text) == [], text


def test_set_v_cooperating_labels_and_helpers():
    # v05: 牵头责任单位: / 主要协作单位: lines, the second ending in 县政府有关部门、有关直属单位 (a class of bodies keeps its
    # name: no level prefix is lent to it)
    found = _realworld_units("v05_lingbi-health-commission-report-tasks-2021.txt")
    assert found[:6] == [("县卫健委", "县卫健委", "lead"), ("县民政局", "县民政局", "lead"),
                         ("各乡镇人民政府", "各乡镇人民政府", "cooperate"), ("经济开发区管委会", "经济开发区管委会", "cooperate"),
                         ("县政府有关部门", "县政府有关部门", "cooperate"), ("有关直属单位", "有关直属单位", "cooperate")]
    assert len(found) == 6 + 4 * 5
    # v11: （省人事厅配合省委有关部门落实）: the helper cooperates, the one it helps is responsible
    assert units("将约束性指标纳入考核。(省人事厅配合省委有关部门落实)") == [("省人事厅", "cooperate"), ("省委有关部门", "responsible")]
    assert units("各部门要主动作为（积极配合上级检查）。") == []


def test_set_v_a_label_in_a_table_cell_of_its_own():
    # v01: a portal row copied as label | value cells
    assert units("重点工作: | 135.统筹违法建设治理。 |\n牵头单位: | 市城市管理综合执法局 |\n年度目标: | 完成 |") == [
        ("市城市管理综合执法局", "lead")]


def test_set_v_a_schedule_item_naming_its_doer_after_its_limit():
    # v06 (its glosses dropped, as the document stage drops them): the items around it name no role
    text = ("(一)2016年2月底前,各市州完成對所轄學前幼兒數統計摸底審核并報送省教育廳;\n"
            "(二)2016年3月10日前,省教育廳負責完成全省各市縣學前幼兒數匯總核實后報送省財政廳;\n"
            "(三)2016年3月20日前,省財政廳將所需資金下達各市州及縣市區財政部門;")
    assert [(m.name, m.raw, m.role) for m in find_assignments(text)] == [("省教育厅", "省教育廳", "responsible")]
    assert units("（一）6月底前，各乡镇负责完成摸底。\n（二）7月底前，认真负责地完成整改。") == [("各乡镇", "responsible")]


def test_set_v_a_table_copied_one_cell_a_line():
    # v02: a progress table whose cells each end a line with a bar; the 分管领导 column holds a person, and a merged
    # 全年目标任务 cell leaves every row one cell short, so cells are matched to the unit columns by what they hold
    found = _realworld_units("v02_chongchuan-livelihood-projects-progress-table-2023.txt")
    assert [(name, role) for name, _, role in found] == [
        ("城管局", "lead"), ("市政局", "responsible"), ("相关街道", "responsible"),
        ("城管局", "lead"), ("市政局", "responsible"), ("环卫处", "responsible"), ("崇川经济开发区", "responsible"),
        ("各街道", "responsible"),
        ("城管局", "lead"), ("崇川经济开发区", "responsible"), ("相关街道", "responsible")]
    # 市政局 is the works bureau, not a city body: it lends no 市 to 环卫处; 市政府 still does
    assert units("责任单位：市政府办公室、发改委") == [("市政府办公室", "responsible"), ("市发改委", "responsible")]
    # v03: 市容 (the cityscape) is no city either: 市容环卫局 after 区建设局 takes the list's 区; 市市容环卫局 keeps its 市
    assert units("（责任单位：区建设局、市容环卫局）") == [("区建设局", "responsible"), ("区市容环卫局", "responsible")]
    assert units("（责任单位：市市容环卫局、城管局）") == [("市市容环卫局", "responsible"), ("市城管局", "responsible")]


def test_set_u_a_table_copied_one_cell_a_line_without_bars():
    # u02: cells between blank lines (序号 / 主要工作举措 / 牵头单位 / 配合单位 / 责任领导), a leader's name in some rows only
    found = _realworld_units("u02_liaozhong-work-report-task-table-one-cell-a-line-2024.txt")
    assert [(name, role) for name, _, role in found] == [
        ("区农业农村局", "lead"), ("区发展改革局", "cooperate"), ("区工业和信息化局", "cooperate"), ("沈阳近海经济区管委会", "cooperate"),
        ("沈阳近海经济区管委会", "lead"), ("自然资源分局", "cooperate"), ("生态环境分局", "cooperate"), ("区发展改革局", "cooperate"),
        ("沈阳近海经济区管委会", "lead"), ("自然资源分局", "cooperate"), ("生态环境分局", "cooperate"), ("区发展改革局", "cooperate"),
        ("区工业和信息化局", "lead"), ("沈阳近海经济区管委会", "cooperate"), ("各镇政府", "cooperate")]
    # u06: cells between lines holding a bar, the lead column's name broken over two lines (牵头责任 ⏎ 部门)
    found = _realworld_units("u06_city-highway-safety-task-table-pipe-cells-2018.txt")
    assert found[:2] == [("市公路处", "市公路处", "lead"), ("各辖市（区）公路管理部门", "各辖市(区)公路管理部门", "cooperate")]
    assert len(found) == 11 and ("联合公安交管部门", "联合公安交管部门", "cooperate") in found
    # u08: a bulletin's table whose rows are measures (2.纳入… then its 责任单位 cell)
    found = _realworld_units("u08_xianning-bulletin-epidemic-policy-task-table-cells-2020.txt")
    assert [name for name, _, _ in found[:4]] == ["市税务局", "各县、市、区政府", "咸宁高新区管委会", "市经信局"]
    # look-alikes: no unit column in the header, a header of one line, a row holding two unit cells for one column with
    # another cell between them (which is the column's is not known)
    assert units("序号\n\n主要工作举措\n\n分管领导\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n2") == []
    assert units("责任单位\n1.加快构建产业体系。\n区农业农村局\n2.推进改革。\n") == []
    assert units("序号\n\n主要任务\n\n责任单位\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n2023年底\n\n区财政局\n\n2") == []
    # two unit cells one after the other under the one unit column: its cell printed a unit a line (ae03's 农业股 ⏎
    # 乡村产业发展股, annotated both)
    assert units("序号\n\n主要任务\n\n责任单位\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n区财政局\n\n2") == [
        ("区农业农村局", "responsible"), ("区财政局", "responsible")]
    # with two unit columns, a row of three unit cells still matches neither
    assert units("序号\n\n主要任务\n\n牵头单位\n\n配合单位\n\n1\n\n加快构建产业体系。\n\n区农业农村局\n\n区财政局\n\n区税务局\n\n2") == []


def test_set_u_cells_a_copy_glued_together():
    # the document stage joins a line that lacks its full stop to the next when that one opens with a digit: a unit cell
    # then runs into a leader's name, the next row's number or a time cell
    from extractors.unit_forms import _unglued_cells

    def cells(line):
        return [line[a:b] for a, b in _unglued_cells(line, 0, len(line))]

    assert cells("自然资源分局、区发展改革局冯冬昌3推动胜达再生塑料") == ["自然资源分局、区发展改革局", "冯冬昌", "3", "推动胜达再生塑料"]
    assert cells("市税务局等,各县、市、区政府,咸宁高新区管委会2020年12月") == [
        "市税务局等,各县、市、区政府,咸宁高新区管委会", "2020年12月"]
    # words, not cells: a body before a year that goes on, a sentence before a number
    assert cells("市政府2020年重点工作(预下达)一季度进展情况表") == ["市政府2020年重点工作(预下达)一季度进展情况表"]
    assert cells("由县政府2021年完成") == ["由县政府2021年完成"]
    assert cells("加快建设2个园区") == ["加快建设2个园区"]


def test_set_u_labels_that_lost_their_colon():
    # u07: a 文库 copy without its colons: 责任单位各社区居委会、… · 责任单位环卫分公司配合单位办事处、城管中队
    found = _realworld_units("u07_street-environment-duty-split-wenku-labels-without-colons.txt")
    assert found[:3] == [("各社区居委会", "各社区居委会", "responsible"), ("驻辖区单位", "驻辖区单位", "responsible"),
                         ("物业管理小区", "物业管理小区", "responsible")]
    assert found[-3:] == [("环卫分公司", "环卫分公司", "responsible"), ("办事处", "办事处", "cooperate"),
                          ("城管中队", "城管中队", "cooperate")]
    assert len(found) == 18
    # look-alikes: the label as an object, followed by a clause, by a conjunction, by a class that is no body
    for text in ("督查员可对承办单位报送的办理结果做出退办\n", "明确牵头单位和责任单位\n", "落实责任单位负责人\n",
                 "做好卫生整治,责任单位各司其职\n", "加强与责任单位的沟通联系\n", "督促承办单位及时办理\n"):
        assert units(text) == [], text


def test_set_u_a_bracket_closing_with_its_first_listed_lead_convention():
    # u12: (市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同): the units before the convention, the first leads;
    # angle brackets inside the round ones hold 各县's own enumeration
    text = "(一)健全管理体制。列入农村重点工作。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)\n(二)建立制度。"
    assert [(m.name, m.raw, m.role) for m in find_assignments(text)] == [
        ("市教育局", "市教育局", "lead"), ("市委农办", "市委农办", "responsible"),
        ("各县<市、区>人民政府", "各县<市、区>人民政府", "responsible")]
    # 下同: the convention carries to the brackets and 责任单位 lists after it
    later = "(二)建立制度。及时研究解决问题。(市教育局,市发展改革局)\n(三)加强督导。(责任单位:市财政局、市教育局)\n"
    assert units(text + later)[3:] == [("市教育局", "lead"), ("市发展改革局", "responsible"),
                                      ("市财政局", "lead"), ("市教育局", "responsible")]


def test_a_zones_party_and_administrative_committees_are_one_unit():
    # y07: 高新区党工委和管委会 (the zone's two committees); 市民政局和各县（市）区 stays two
    assert units("责任单位:城乡一体化示范区、高新区党工委和管委会\n") == [
        ("城乡一体化示范区", "responsible"), ("高新区党工委和管委会", "responsible")]
    assert units("责任单位:市民政局和各县（市）区\n") == [("市民政局", "responsible"), ("各县（市）区", "responsible")]


def test_a_spun_copys_clauses_close_with_its_swapped_verb():
    # s09 (a synonym-swapped copy: 负责→卖力, 发展→生长): its brackets assign as the notice's do
    real = Path(__file__).parent / "data" / "realworld" / "s09_guangdong-private-investment-spun-2023.txt"
    found = units(real.read_text(encoding="utf-8"))
    assert ("省生长改造委", "lead") in found and ("省能源局", "responsible") in found
    assert ("各地级以上市人民政府", "responsible") in found and not any("等" in name for name, _ in found)
    # the same words outside a closing clause name no unit
    assert units("干部群众卖力工作,成效明显。\n") == []


def test_a_steps_doer_after_its_colon():
    # x04: 第二步:由县…办公室牵头,县委督查室…对各乡(镇)…进行全面检查验收 (the helpers' clause ends in no role verb)
    text = ("第二步:由县社会主义新农村建设领导小组办公室牵头,县委督查室、县政府督查室对各乡(镇)、场新农村建设环境综合整治情况"
            "进行全面检查验收。\n")
    assert units(text) == [("县社会主义新农村建设领导小组办公室", "lead")]
    assert units("第二步:自由报名,择优录取。\n") == []


def test_a_bracket_pointing_to_an_attachment_names_no_unit():
    # x05: (各乡镇区域任务分解见附表) says where the split is; a bracket of units alone still assigns
    assert units("杂粮及油葵种植面积0.59万亩。(各乡镇区域任务分解见附表)\n") == []
    assert units("杂粮及油葵种植面积0.59万亩。(各乡镇人民政府)\n") == [("各乡镇人民政府", "responsible")]


REALWORLD_AE = Path(__file__).parent / "data" / "realworld"


def _ae(prefix: str) -> str:
    return next(REALWORLD_AE.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_leaders_posts_opening_a_bracket_are_no_units():
    # ae08 (a provincial 分工 naming each task's leaders, then its bodies): the posts are people, the bodies after them assign
    found = units(_ae("ae08"))
    assert found.count(("省科技厅", "lead")) == 3 and ("省国税局", "responsible") in found
    assert not any("省长" in name or "秘书长" in name for name, _ in found)
    assert units("建设一批项目(分管市领导负责,市发改委牵头)。") == [("市发改委", "lead")]
    # a bracket of units alone reads as before
    assert units("建设一批项目(市财政局负责,市发改委牵头)。") == [("市财政局", "responsible"), ("市发改委", "lead")]


def test_a_parts_overall_lead_and_the_first_listed_as_the_works_lead():
    # a sweep page (Zhejiang's 2014 air plan split): 一、加快调整能源结构(省发改委总牵头) · ae04: 责任单位:…(列第一位者为工作牵头
    # 单位或汇总单位,下同)
    sweep = (REALWORLD_AE.parent / "sweep" / "010_zhejiang-air-plan-division-2014.txt").read_text(encoding="utf-8")
    assert ("省发改委", "lead") in units(sweep)
    assert units("一、加快调整能源结构(省发改委总牵头)\n") == [("省发改委", "lead")]
    found = units(_ae("ae04"))
    assert found[0] == ("市经信局", "lead") and ("市财政局", "responsible") in found


def test_a_county_bureaus_sections():
    # ae03: a bureau's progress table names its 股 sections as the lead units of its rows
    found = units(_ae("ae03"))
    assert ("农田建设管理股", "lead") in found and ("农业股", "lead") in found
    # a row's lead cell printed a unit a line (农业股 ⏎ 乡村产业发展股): both lead
    assert found[4:6] == [("农业股", "lead"), ("乡村产业发展股", "lead")] and len(found) == 7
    assert units("责任单位：农田建设管理股、农业股") == [("农田建设管理股", "responsible"), ("农业股", "responsible")]


def test_a_header_cell_broken_over_two_lines():
    # ae19: a town's progress table copied one cell a line, its header 责任 ⏎ 领导 ⏎ 责任 ⏎ 科室: the 科室 column names the
    # office responsible for each row; the leader's column names people
    found = units(_ae("ae19"))
    assert found == [("白仙山水库工程政策处理工作领导小组", "responsible"), ("乡村振兴办", "responsible")]
