"""Targets: scored against the gold of the sample notices, then one test per rule and exclusion."""

from __future__ import annotations

import random
import re
import time

import pytest
from hypothesis import given, settings, strategies as st

from gold_support import score_against_gold

from extractors.targets import find_targets

MIN_PRECISION = MIN_RECALL = 0.95


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def key(text: str, value: float, unit: str, comparator: str) -> tuple:
    return squash(text), round(float(value), 6), unit, comparator


def test_gold_precision_and_recall():
    precision, recall, misses = score_against_gold(
        "targets", lambda t: key(t["text"], t["value"], t["unit"], t["comparator"]),
        lambda text, _: [key(t.text, t.value, t.unit, t.comparator) for t in find_targets(text)],
    )
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, misses


def one(text: str):
    items = find_targets(text)
    assert len(items) == 1, items
    item = items[0]
    assert text[item.start:item.end] == item.text
    return item


# --- quantities -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, written, value, unit",
    [
        ("全县共有脱贫户3218户。", "3218户", 3218, "户"),
        ("全年培训农村劳动力5600人。", "5600人", 5600, "人"),
        ("安排衔接资金2380万元。", "2380万元", 23_800_000, "元"),
        ("累计发放小额信贷4.65 亿元。", "4.65 亿元", 465_000_000, "元"),
        ("开发乡村公益性岗位 350 个。", "350 个", 350, "个"),
        ("选派 120 名科技特派员。", "120 名", 120, "名"),
        ("开展技能培训 3500 人次。", "3500 人次", 3500, "人次"),
        ("村集体经济收入增长到原来的1.5倍。", "1.5倍", 1.5, "倍"),
        ("新建村级卫生室 45 所。", "45 所", 45, "所"),
        ("脱贫人口人均收入增幅高出全省平均水平2个百分点。", "2个百分点", 2, "百分点"),
        ("全市已有1,250户完成改造。", "1,250户", 1250, "户"),
        ("覆盖３２个村。", "３２个", 32, "个"),  # full-width digits, as in raw Word text
        ("年度任务：完成危房改造 860 户。", "860 户", 860, "户"),
        ("目标：5000人", "5000人", 5000, "人"),
    ],
)
def test_quantity(sentence, written, value, unit):
    item = one(sentence)
    assert (item.text, item.value, item.unit, item.comparator) == (written, value, unit, "=")


def test_bare_wan_takes_its_unit_from_the_counted_noun():
    item = one("要确保 12.6 万脱贫人口不返贫。")
    assert (item.text, item.value, item.unit) == ("12.6 万", 126_000, "人")
    assert one("带动 3.5万农户增收。").unit == "户"


def test_wan_before_a_measure_is_a_physical_target_not_a_count_of_the_noun():
    # ../shared/gold/README.md: physical measures are targets (5万亩); 贫困户 after it is not its unit.
    item = one("新建高标准农田5万亩，惠及贫困户。")
    assert (item.text, item.value, item.unit) == ("5万亩", 50_000, "亩")


# --- physical measures (real sentences from government plans) ------------------------------------


@pytest.mark.parametrize(
    "sentence, written, value, unit, comparator",
    [
        ("全县完成高标准农田建设55000亩。", "55000亩", 55_000, "亩", "="),
        ("细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下。", "29微克每立方米以下", 29, "微克每立方米", "<="),
        ("PM2.5平均浓度下降到35微克/立方米。", "35微克/立方米", 35, "微克每立方米", "="),
        ("大型公共建筑（单体建筑面积2万平方米以上）", "2万平方米以上", 20_000, "平方米", ">="),
        ("建筑面积15万平方米以上的住宅小区", "15万平方米以上", 150_000, "平方米", ">="),
        ("淘汰10蒸吨及以下燃煤小锅炉。", "10蒸吨及以下", 10, "蒸吨", "<="),
        ("新增污水处理能力43.5万立方米/日。", "43.5万立方米/日", 435_000, "立方米/日", "="),
        ("新建配套管网385公里。", "385公里", 385, "公里", "="),
        ("新增造林面积1.2万公顷。", "1.2万公顷", 12_000, "公顷", "="),
        ("新增风电装机容量5万千瓦。", "5万千瓦", 50_000, "千瓦", "="),
        ("削减煤炭消费总量300万吨。", "300万吨", 3_000_000, "吨", "="),
        ("新增供水能力2000立方米。", "2000立方米", 2_000, "立方米", "="),
    ],
)
def test_physical_measures(sentence, written, value, unit, comparator):
    item = one(sentence)
    assert (item.text, item.value, item.unit, item.comparator) == (written, value, unit, comparator)


@pytest.mark.parametrize(
    "sentence, written, comparator",
    [
        ("职工人数30人(含)以下的小微企业", "30人(含)以下", "<="),
        ("安置残疾人50人以上（含）的单位", "50人以上（含）", ">="),
        ("贷款额度10万元以下(不含)的", "10万元以下(不含)", "<"),
        ("从业人员100人以上(不含)的企业", "100人以上(不含)", ">"),
    ],
)
def test_thresholds_that_say_whether_they_count_themselves(sentence, written, comparator):
    item = one(sentence)
    assert (item.text, item.comparator) == (written, comparator)


# --- comparators ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, written, comparator",
    [
        ("农村义务教育巩固率达到95%以上。", "95%以上", ">="),
        ("全年转移就业不少于2000人。", "2000人", ">="),
        ("补贴标准不低于当地最低工资标准的 60%。", "60%", ">="),
        ("每个县至少建成3个示范基地。", "3个", ">="),
        ("贫困发生率降至2%以下。", "2%以下", "<="),
        ("单户贷款不超过5万元。", "5万元", "<="),
        ("误差控制在 3% 以内。", "3% 以内", "<="),
        ("年人均纯收入低于6000元的农户纳入监测。", "6000元", "<"),
        ("对人均收入不足5000元的脱贫户重点帮扶。", "5000元", "<"),
        ("全市消费扶贫销售额超过 1.2 亿元。", "1.2 亿元", ">"),
        ("全县共有帮扶干部3000余人。", "3000余人", ">="),
        ("劳务输出达到 1.8 万人。", "1.8 万人", "="),  # 达到 is not among the gold README's >= words
        ("每户补助不高于1000元。", "1000元", "<="),
    ],
)
def test_comparator(sentence, written, comparator):
    item = one(sentence)
    assert (item.text, item.comparator) == (written, comparator)


def test_bu_di_yu_is_not_di_yu():
    assert one("工资不低于2000元。").comparator == ">="
    assert one("工资低于2000元。").comparator == "<"


def test_comparator_of_another_number_does_not_carry_over():
    items = find_targets("不少于10家企业参与，带动200户")
    assert [(t.text, t.comparator) for t in items] == [("10家", ">="), ("200户", "=")]


# --- subject and scope ------------------------------------------------------------------------


def test_subject_before_the_quantity():
    assert one("新建扶贫车间 12 个以上。").subject == "扶贫车间"


def test_subject_after_the_quantity():
    assert one("覆盖 150 个脱贫村医保报销点").subject == "脱贫村"
    assert one("确保70%以上的衔接资金用于产业发展。").subject == "衔接资金"
    assert one("完成 88 名专技人员选派任务。").subject == "专技人员"


def test_scope_in_parentheses():
    items = find_targets("采购农副产品 5000 万元以上（各县（市）区 500 万元）。")
    assert [(t.text, t.scope) for t in items] == [("5000 万元以上", None), ("500 万元", "各县（市）区")]


def test_scope_per_household():
    assert one("对搬迁户每户 2000元 给予补助。").scope == "每户"


# --- what is not a target ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "2021年是巩固拓展脱贫攻坚成果的关键一年。",  # year
        "请于2021年3月15日前报送。",  # date
        "可开具 12 周以内的长期处方，还款期限最长不超过 6 个月。",  # durations
        "资金下达后30日内落实到项目，5个工作日内反馈。",  # periods
        "举报电话：12317，联系人手机：13912345678。",  # phone numbers
        "公布 12317 扶贫监督举报电话。",  # hotline
        "根据《关于做好2021年脱贫人口100%全覆盖工作的通知》（甘乡振发〔2021〕15号）要求，",  # title, 文号
        "这是第1批试点，也是第 24 次联席会议。",  # ordinals
        "1．加强组织领导\n（2）压实工作责任",  # numbering labels
        "开展“五个一”帮扶，聚焦“六大任务”。",  # Chinese-numeral slogans
        "深化“456”协作模式和“3+X”机制。",  # quoted codes
        "材料发送至 fpb2021@163.com 邮箱。",  # e-mail
        "系统升级到V2.3.1版本，平台3.0版上线。",  # versions
        "各乡镇于3月1日召开会议。",  # a bare date
    ],
)
def test_not_targets(sentence):
    assert find_targets(sentence) == []


# --- robustness -------------------------------------------------------------------------------

NASTY_PIECES = ["1", "2", "0", ".", ",", "万", "亿", "元", "人", "个", "月", "%", "以上", "不低于", "低于", "第",
                "各", "县", "（", "）", "“", "”", "《", "》", "@", "a", " ", "\n", "，", "。", "的", "贫困", "人口",
                "电话", "-", "v", "户", "次", "余", "多", "企业"]


def test_random_text_runs_fast_and_keeps_offsets():
    rng = random.Random(11)
    text = "".join(rng.choice(NASTY_PIECES) for _ in range(60_000))
    began = time.process_time()
    items = find_targets(text)
    assert time.process_time() - began < 10
    for item in items:
        assert text[item.start:item.end] == item.text


@pytest.mark.parametrize("piece", ["1" * 50_000, "1." * 30_000, "1,000" * 10_000, "a" * 50_000 + "@",
                                   "《" + "1人" * 20_000, "各" * 30_000, " " * 50_000, "万" * 30_000])
def test_long_repetitions_run_fast(piece):
    began = time.process_time()
    find_targets(piece)
    assert time.process_time() - began < 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NASTY_PIECES), max_size=40).map("".join))
def test_never_raises_and_offsets_hold(text):
    for item in find_targets(text):
        assert text[item.start:item.end] == item.text


# --- dev set C of tests/data/realworld --------------------------------------------------------------


def test_a_bracketed_note_restating_the_bound_is_one_strict_target():
    # c04: 6亩以下(不含6亩) is less than 6 亩, one target (the note's 6亩 is the same bound, not another)
    sentence = "2. 提高土地审批效率。辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。"
    assert [(t.value, t.unit, t.comparator) for t in find_targets(sentence)] == [(6, "亩", "<")]
    assert [(t.value, t.comparator) for t in find_targets("参保职工50人以上（含50人）的企业")] == [(50, ">=")]


def test_a_note_naming_another_number_changes_nothing():
    # a note that does not restate the bound is no inclusion of it
    assert [(t.value, t.comparator) for t in find_targets("6亩以下(不含5亩)的地块")] == [(6, "<=")]


def test_set_o_ages_per_mille_and_square_metres():
    # o08: an age is a target, an age bounding a group of people names the group
    text = "人均预期寿命达到78.5岁,婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万"
    assert [(t.text, t.value, t.unit) for t in find_targets(text)] == [
        ("78.5岁", 78.5, "岁"), ("4.0‰", 4.0, "‰"), ("4.5‰", 4.5, "‰")]
    # o20: 平米 is 平方米
    assert [(t.value, t.unit, t.comparator) for t in find_targets("社區綜合服務設施面積達到每百戶30平米以上;")] == [
        (30, "平方米", ">=")]
    assert find_targets("60岁以上老年人") == []


@pytest.mark.parametrize(
    "text, comparators",
    [
        ("全区居民健康素养水平分别不低于24%和30%。", [">=", ">="]),  # o07
        ("二氧化硫、化学需氧量和氨氮排放量分别控制在5万吨、4.5万吨和0.5万吨的目标", ["<=", "<=", "<="]),  # o18
        ("完成造林5万亩,其中不低于3万亩为生态林", ["=", ">="]),  # the list rule needs the numbers joined
    ],
)
def test_a_comparator_heading_a_list_bounds_each_of_its_quantities(text, comparators):
    assert [t.comparator for t in find_targets(text)] == comparators


@pytest.mark.parametrize(
    "text, read",
    [
        ("完成测评10类点位 78个,居民小区45个。", ["78个", "45个"]),  # m08: the kinds sort the 78 sites
        ("集中整治10类问题,确保完成。", ["10类"]),  # a count of kinds alone is read
        ("共 2 个附件:", []),  # j13: the page's count of attachments
        ("新建2个附属设施。", ["2个"]),
        ("邀请市人大常委会、市政协、市人武部1名领导固定列席会议。", []),  # l04: a meeting's attendance
        ("每村配备1名专职人员。", ["1名"]),
    ],
)
def test_counts_that_describe_rather_than_set_a_figure(text, read):
    assert [t.text for t in find_targets(text)] == read


@pytest.mark.parametrize(
    "text, read",
    [
        # ae13: a boiler's capacity per hour; ae03: a crop's yield per 亩
        ("禁止新建、扩建35蒸吨/小时以下的高污染燃料锅炉。", [("35蒸吨/小时以下", 35, "蒸吨/小时", "<=")]),
        ("调查队上报450.03公斤/亩,较去年增长2.1%", [("450.03公斤/亩", 450.03, "公斤/亩", "="), ("2.1%", 2.1, "%", "=")]),
        # ae03: cases dealt with and sample sets taken, in a progress cell
        ("查处违法行为31起,立案31起,结案18起。水稻抽样25组,玉米16组。",
         [("31起", 31, "起", "="), ("31起", 31, "起", "="), ("18起", 18, "起", "="), ("25组", 25, "组", "="), ("16组", 16, "组", "=")]),
        # not a count: a heading's label glued to its words, an index table's cell
        ("2 组织指挥", []), ("附件3起草说明", []), ("000014349/2014-00044 组配分类", []),
    ],
)
def test_rates_per_hour_and_per_mu_and_counts_of_cases(text, read):
    assert [(t.text, t.value, t.unit, t.comparator) for t in find_targets(text)] == read


def test_a_distance_bound_with_a_bare_within():
    """A length followed by a bare 内 (廊道15公里内, 500米内设置): within it. After a count 内 starts a word (内设机构), after
    hours it is a limit's window, and a length's 内部 is no bound."""
    def bounds(text):
        return [(t.text, t.comparator) for t in find_targets(text)]

    assert ("15公里内", "<=") in bounds("计划创建省级森林城镇4个,其中江淮运河生态廓道15公里内2个;")
    assert ("500米内", "<=") in bounds("在主要道路两侧500米内设置监测点3个。")
    assert ("2千米内", "<=") in bounds("饮用水水源地2千米内禁止新建养殖场。")
    assert bounds("精简5个内设机构。") == [("5个", "=")]
    assert ("500米", "=") in bounds("建设500米内部道路。")


def test_degrees_of_a_temperature_or_of_power():
    """度 is a unit where its clause names a temperature or power (空调控制在26度, 节约用电5000度); a temperature kept at
    (控制在) a degree is a setting, =. Elsewhere a digit's 度 is an angle's (倾斜30度) or 度 opens a word."""
    def bounds(text):
        return [(t.text, t.unit, t.comparator) for t in find_targets(text)]

    assert bounds("2、办公用空调严格控制在26度,使用空调时切记关窗、门;") == [("26度", "度", "=")]
    assert ("26度", "度", ">=") in bounds("夏季室内空调温度设置不得低于26度,冬季不得高于20度。")
    assert bounds("全年用电量控制在5000度。") == [("5000度", "度", "<=")]
    assert bounds("屋面倾斜30度。") == []
    assert bounds("2019年度完成3个项目。") == [("3个", "个", "=")]


def test_a_count_inside_a_short_quoted_name_is_no_target():
    """加强“重点工作5张报表”督查: the count names a programme; a quoted sentence with its bound is a target still."""
    assert find_targets("加强“重点工作5张报表”督查督促,每月评选出优秀单位。") == []
    assert [t.text for t in find_targets("提出“开工建设城市地下综合管廊2000公里以上”的目标。")] == ["2000公里以上"]
