"""C33 of tests/data/realworld/CONVENTIONS.md: a clause naming a work first and its body after 由 with 负责 alone (no 牵头)
states who is competent for the work and is no assignment; the same order dividing the work with 牵头 (or C21's 会同…等部门),
a 由 clause opening its sentence or a clause after a comma, and a demonstrative naming the item's own work stay read. The
examples are the sets' own clauses (ce02, the shared 07_xinjiang, ad08, x03, c04, ce05, r14, m18) and look-alikes of them."""

import pytest

from test_real_forms import extracted
from test_set_ce_forms import roles


@pytest.mark.parametrize("text", [
    # ce02 (a ministries' notice), the shared 07_xinjiang (a notice on publicity work), ad08 and x03 (campaign notices)
    "四、全国性社会团体从离、退休人员中聘任的社会团体专职工作人员,其人事管理工作由被聘人员原单位人事部门负责,具体管理办法另行规定。",
    "鉴于各地州市局“三定”方案尚未实施，新闻宣传工作仍由法规（科）处具体负责。",
    "为保障这项工作的顺利开展,各级清理整顿工作由公安和工商行政管理部门具体负责,劳动、教育等部门按照职责分工做好配合协助工作。",
    "(一)加强领导,精心组织。城乡环境卫生清洁工程由各级政府负责组织,实行统一领导,统一指挥。",
    "环境影响报告表、登记表原则上由区级负责审批。",
    # look-alikes: a named body with its level, 统一负责, 负责组织实施, a rules article
    "二、项目验收工作由市住建局统一负责,6月底前完成。",
    "（三）日常管理工作由县民政局负责组织实施。",
    "第八条 全市殡葬改革的监督检查工作由市民政局具体负责。",
])
def test_a_work_named_first_then_its_body_with_fuze_alone_is_no_assignment(text):
    assert roles(text) == []


def test_ce02s_item_names_its_competent_body_and_assigns_nothing():
    assert extracted("ce02")["assignments"] == []


def test_the_same_order_dividing_the_work_with_qiantou_is_an_assignment():
    # ce05's 勘察设计工作由省计委牵头,…参加 and C21's 会同…等部门 (cb04) keep their reading
    assert roles("二、验收工作由市住建局牵头,市财政局、市审计局参加,6月底前完成。") == [
        ("市住建局", "lead"), ("市财政局", "cooperate"), ("市审计局", "cooperate")]
    assert roles("具体组织工作由县教育局牵头,县财政局配合。") == [("县教育局", "lead"), ("县财政局", "cooperate")]
    assert [raw for raw, _ in roles("补助标准由县财政局会同县民政局、县人社局等部门核定。")] == ["县财政局", "县民政局", "县人社局"]


def test_a_doers_clause_opening_its_sentence_or_after_a_comma_is_an_assignment():
    # r14's item opening with its doer, m18's 具體由…負責 after the item's sentence, ce05's …,由主管部门…负责督促检查
    assert roles("1.由保洁公司负责组织各村保洁人员,按区域清扫。") == [("保洁公司", "responsible")]
    assert roles("每天由一個黨委組織展演一臺文藝晚會。具體由縣文體局負責。") == [("縣文體局", "responsible")]
    assert roles("本县的森林火灾应急处置工作,由县应急管理局负责。") == [("县应急管理局", "responsible")]


def test_a_demonstrative_naming_the_items_own_work_is_an_assignment():
    assert roles("该项工作由县教育局负责。") == [("县教育局", "responsible")]
    assert roles("此项任务由市民政局具体负责。") == [("市民政局", "responsible")]


def test_a_responsible_person_after_the_agent_mark_is_no_unit():
    assert roles("工作方案纸质稿须由各部门负责人签名并加盖部门公章后报送。") == []
    assert roles("办公室成员由各成员单位相关科室负责同志担任。") == []
