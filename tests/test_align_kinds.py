"""A measure's kind (penalty article, effective-date clause, stock opening section, ordinary) on the
real laws and notices of the hard held-out alignment, and what the kind does to the alignment: a
local duty is not matched to the penalty article enforcing it, and the reworded 指导思想 / 总体要求 of
a notice that implements nothing abstains."""

from __future__ import annotations


import pytest

from pipeline.corpus.align.accuracy import load_hard_held_out, score
from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.kinds import (CROSS_KIND_WEIGHT, FRAGMENT_WEIGHT, EFFECTIVE_KIND, INTERPRETING_KIND, ORDINARY_KIND,
                                         PENALTY_KIND, STOCK_KIND, in_glossary, kind_of, kind_weights, offence_bigrams, offence_of,
                                         penalty_list_item, same_offence, with_cited_articles)
from pipeline.corpus.align.measures import build_measures

from align_support import HARD, hard_measures, law_measures


def _kinds(name: str) -> dict[str, str]:
    measures = build_measures(hard_measures(name))
    return {m.path: kind_of(m) for m in measures}


def test_the_articles_of_a_law_by_kind():
    law = _kinds("n_labour_contract_law_2012.txt")
    assert law["89"] == PENALTY_KIND  # 违反本法规定未向劳动者出具…证明，由劳动行政部门责令改正
    assert law["50"] == ORDINARY_KIND  # the duty it enforces: 用人单位应当…出具…证明
    assert law["98"] == EFFECTIVE_KIND  # 本法自2008年1月1日起施行
    counts = {k: list(law.values()).count(k) for k in (PENALTY_KIND, EFFECTIVE_KIND, STOCK_KIND)}
    assert counts[EFFECTIVE_KIND] == 1 and counts[STOCK_KIND] == 0
    assert 5 <= counts[PENALTY_KIND] <= 20  # its 法律责任 chapter, not its duties
    assert list(law.values()).count(ORDINARY_KIND) > 0.8 * len(law)


def test_stock_sections_and_their_items_in_simplified_and_traditional_characters():
    xinyu = _kinds("l_xinyu_open_government_points_2023.txt")
    assert xinyu["1"] == xinyu["1.1"] == xinyu["1.2"] == STOCK_KIND  # 总体要求: 指导思想, 工作目标
    assert xinyu["2"] == ORDINARY_KIND
    mongolia = _kinds("l_inner_mongolia_wage_arrears_opinions_2016.txt")
    assert mongolia["1"] == mongolia["1.1"] == STOCK_KIND  # 總體要求, 指導思想


def test_pairs_of_different_kinds_are_discounted():
    law = build_measures(hard_measures("n_labour_contract_law_2012.txt", "N"))
    by_path = {m.path: m for m in law}
    pair = [by_path["50"]], [by_path["89"], by_path["50"]]
    weights = kind_weights(*pair, [[0.0, 0.0]])
    assert weights.tolist() == [[CROSS_KIND_WEIGHT, 1.0]]


def _one(text: str, path: str = "1"):
    return build_measures([{"id": path, "path": path, "level": 1, "label": "", "heading": None, "text": text,
                            "start": 0}])[0]


def test_who_interprets_a_text_is_a_kind_of_its_own():
    """本条例由国务院水行政主管部门负责解释 names the department every article of the law gives a task: against
    those articles it is discounted, against the higher text's own interpretation clause it is not."""
    measures = build_measures(hard_measures("l_working_hours_public_bodies_measures_1995.txt", "L"))
    provisions = build_measures(hard_measures("n_working_hours_provisions_1995.txt", "N"))
    ours = next(m for m in measures if "负责解释" in m.own)
    theirs = next(n for n in provisions if "负责解释" in n.own)
    assert kind_of(ours) == kind_of(theirs) == INTERPRETING_KIND  # 本办法由人事部负责解释 · 本规定由劳动部、人事部负责解释；…
    interpreting = _one("本条例由国务院水行政主管部门负责解释。")
    task = _one("国务院水行政主管部门应当定期组织全国水土流失调查并公告调查结果。", "2")
    assert kind_of(task) == ORDINARY_KIND
    assert kind_weights([interpreting], [task, theirs], [[0.0, 0.0]]).tolist() == [[CROSS_KIND_WEIGHT, 1.0]]


@pytest.fixture(scope="module")
def hard():
    return load_hard_held_out(HARD.parents[1])


def test_reworded_stock_sections_of_unrelated_notices_abstain(hard):
    """The 总体要求 of notices that implement nothing of the national one scored 0.18-0.75 with its
    总体要求 on their words alone."""
    for e in hard:
        if not e.name.startswith(("l_xinyu", "l_fujian")):
            continue
        stock = {m.id for m in build_measures(e.local) if kind_of(m) == STOCK_KIND}
        assert stock
        judged = [e.gold[i] for i in stock if i in e.gold]
        assert judged and all(None in g for g in judged)
        result = score([e])
        assert not [miss for miss in result.misses if miss[1].startswith("1")], result.misses


def _built(name: str, prefix: str) -> dict:
    return {m.path: m for m in build_measures(hard_measures(name, prefix))}


def test_a_whole_article_against_a_short_list_item_is_discounted_a_list_item_is_not():
    law = _built("n_labour_contract_law_2012.txt", "N")
    regulation = _built("l_labour_contract_regulation_2008.txt", "L")
    # 用人单位出具的解除、终止劳动合同的证明，应当写明劳动合同期限… against 劳动合同期限； (17's item) and
    # against the whole article 50 it implements; an item of the regulation's own list (19.3,
    # 严重违反用人单位的规章制度的；) against the law's item it copies (39.2).
    weights = kind_weights([regulation["24"], regulation["19.3"]], [law["17.3"], law["50"], law["39.2"]],
                           [[0.0] * 3, [0.0] * 3])
    assert weights.tolist() == [[FRAGMENT_WEIGHT, 1.0, FRAGMENT_WEIGHT], [1.0, 1.0, 1.0]]


def test_a_law_article_defining_a_term_is_implemented_by_a_definition_not_by_every_use_of_the_term():
    # 法 48 本法所称县级以上人民政府统计机构，是指… names the body every regulation article names; the
    # regulation's 第五条 (不得组织实施营利性统计调查) implements nothing of the law and matched 48.
    from pipeline.corpus.align.accuracy import load_law_development
    from pipeline.corpus.align.scores import score_matrices
    example = next(e for e in load_law_development(HARD.parent.parent) if "statistics" in e.name)
    local, national = build_measures(example.local), build_measures(example.national)
    reuse = score_matrices(local, national, 12)[2]
    weights = kind_weights(local, national, reuse)
    by_path = {m.path: m.n for m in local}
    definition = next(n.n for n in national if n.path == "48")
    assert weights[by_path["5"]][definition] == CROSS_KIND_WEIGHT
    # a local text that explains a term (环境保护税法第十三条所称…浓度值，是指…) keeps its full weight
    # against the law's definition (法 3 本法所称应税污染物，是指…)
    example = next(e for e in load_law_development(HARD.parent.parent) if "environmental" in e.name)
    local, national = build_measures(example.local), build_measures(example.national)
    weights = kind_weights(local, national, score_matrices(local, national, 12)[2])
    definition = next(n.n for n in national if n.path == "3")
    explaining = [m for m in local if "所称" in m.own and ("是指" in m.own or "包括" in m.own)]
    assert len(explaining) >= 3 and all(weights[m.n][definition] == 1.0 for m in explaining)
    assert weights[next(m.n for m in local if m.path == "24")][definition] == CROSS_KIND_WEIGHT


def test_penalties_are_read_by_their_form_without_an_offence_word():
    # 条例 41 组织实施营利性统计调查的，由本级人民政府…责令改正 and 51 统计违法行为涉嫌犯罪的，…移送司法机关
    # punish without 违反 or 未按; the law's 47 构成犯罪的，依法追究刑事责任 likewise. 条例 5, the duty
    # 41 enforces, is none.
    from pipeline.corpus.align.accuracy import load_law_development
    example = next(e for e in load_law_development(HARD.parent.parent) if "statistics" in e.name)
    local = {m.path: kind_of(m) for m in build_measures(example.local)}
    national = {m.path: kind_of(m) for m in build_measures(example.national)}
    assert local["41"] == local["51"] == national["47"] == PENALTY_KIND
    assert local["5"] == ORDINARY_KIND


def _law_pair_texts(prefix: str, local_path: str, national_path: str) -> tuple[str, str]:
    from pathlib import Path

    from pipeline.corpus.align.accuracy import load_law_development
    example = next(e for e in load_law_development(Path(__file__).parent / "data") if e.name.startswith(prefix))
    local = next(m["text"] for m in example.local if m["path"] == local_path)
    national = next(m["text"] for m in example.national if m["path"] == national_path)
    return local, national


def test_two_penalty_articles_are_discounted_when_their_offences_differ():
    """The state-secrets regulation's 第四十二条 (a classified system put to use untested) and the law's
    第四十九条 (a major leak; classifying wrongly) share only their sanctions' wording (对直接负责的
    主管人员和其他直接责任人员…给予处分): no implementation (the hand alignment: none or 法 23). Its
    第四十四条 and the law's 第五十一条 punish the same 滥用职权、玩忽职守、徇私舞弊 of the authority."""
    apart = _law_pair_texts("l_state_secrets", "42", "49")
    alike = _law_pair_texts("l_state_secrets", "44", "51")
    assert "涉密" in offence_bigrams(apart[0]) and "单位" not in offence_bigrams(apart[1])  # stock words out
    assert not same_offence(*apart)
    assert same_offence(*alike)
    # the law's catch-all (违反本法规定，构成犯罪的) names no offence of its own: no discount
    assert same_offence("统计违法行为涉嫌犯罪的，县级以上人民政府统计机构应当将案件移送司法机关处理。",
                        "违反本法规定，构成犯罪的，依法追究刑事责任。")
    local = build_measures([{"id": "L:1", "path": "1", "level": 1, "label": "第一条", "heading": "",
                             "text": apart[0], "start": 0},
                            {"id": "L:2", "path": "2", "level": 1, "label": "第二条", "heading": "",
                             "text": alike[0], "start": 200}])
    national = build_measures([{"id": "N:1", "path": "1", "level": 1, "label": "第一条", "heading": "",
                                "text": apart[1], "start": 0},
                               {"id": "N:2", "path": "2", "level": 1, "label": "第二条", "heading": "",
                                "text": alike[1], "start": 400}])
    weights = kind_weights(local, national, [[0.0, 0.0], [0.0, 0.0]])
    assert weights[0][0] == CROSS_KIND_WEIGHT and weights[1][1] == 1.0


def test_the_items_of_a_penalty_articles_list_are_offences():
    law = build_measures(law_measures("n_statistics_law_2009.txt", "N"))
    kinds = {m.path: kind_of(m) for m in law}
    # 第三十八条 …有下列行为之一的，由本级人民政府…责令改正…： (四)要求统计调查对象…提供不真实的统计资料的；
    assert kinds["38"] == PENALTY_KIND
    assert [kinds[f"38.{k}"] for k in range(1, 6)] == [PENALTY_KIND] * 5
    assert not any(penalty_list_item(m) for m in law if m.parent is None)
    labour = _kinds("n_labour_contract_law_2012.txt")
    # 第四十四条 有下列情形之一的，劳动合同终止： its items are the cases, no offences
    assert labour["44"] == ORDINARY_KIND
    assert {labour[p] for p in labour if p.startswith("44.")} == {ORDINARY_KIND}


def test_a_duty_is_discounted_against_an_offence_item_that_shares_its_words():
    law = build_measures(law_measures("n_statistics_law_2009.txt", "N"))
    regulation = build_measures(law_measures("l_statistics_regulation_2017.txt", "L"))
    duty = next(m for m in regulation if m.path == "34")  # …应当加强统计基础工作，为履行法定的统计资料报送义务…
    offence = next(n for n in law if n.path == "38.4")  # 要求统计调查对象…提供不真实的统计资料的；
    weights = kind_weights([duty], law, [[0.0] * len(law)])
    assert weights[0][offence.n] == CROSS_KIND_WEIGHT
    assert weights[0][next(n for n in law if n.path == "7").n] == 1.0  # the duty of the law's 第七条


def test_an_offence_is_read_up_to_its_sanction():
    """An offence is every condition before the clause that sanctions it (several offences of one
    sentence), not the authority between the last condition and the sanction; a fine schedule that
    cites its law's article (依照《渔业法》第二十八条规定处以罚款的) names no offence; a sanction word inside a
    condition (不依法给予处分的) is part of the offence."""
    several = offence_bigrams("炸鱼、毒鱼的，违反关于禁渔区、禁渔期的规定进行捕捞的，在内陆水域处五十元至五千元罚款")
    assert {"炸鱼", "毒鱼", "禁渔", "捕捞"} <= several and "内陆" not in several
    assert offence_of("未取得国家颁发的有关合格证书的，有下列行为之一，县级以上地方人民政府卫生行政部门应当予以制止") \
        == "未取得国家颁发的有关合格证书"
    assert not offence_bigrams("依照《渔业法》第二十八条规定处以罚款的，按下列规定执行：")
    assert not offence_bigrams("情节严重的，并可以没收渔具和渔船。")
    assert "处分" in offence_bigrams("机关、单位对违反保密规定的人员不依法给予处分的，保密行政管理部门应当建议纠正")
    # a penalty list's item is an offence by itself
    assert "阻碍" in offence_bigrams("拒绝、阻碍渔政检查人员依法执行职务的")


def test_a_penalty_for_breaking_an_article_of_its_own_text_punishes_what_that_article_forbids():
    """违反本实施细则第十六条规定，没收渔获物… names its offence by its own article's number: read with that
    article's words, it punishes foreign-invested enterprises fishing the near seas, the law's
    foreigners entering its waters (第四十六条), not fishing against a licence's terms (第四十二条)."""
    def article(k, number, text):
        return {"id": f"L:{number}", "path": str(number), "level": 1, "label": f"第{number}条", "heading": "",
                "text": text, "start": 100 * k}
    local = build_measures([article(0, "十六", "在中华人民共和国管辖水域，外商投资的渔业企业，未经国务院有关主管部门批准，不得从事近海捕捞业。"),
                            article(1, "三十六", "外商投资的渔业企业，违反本实施细则第十六条规定，没收渔获物和违法所得，可以并处三千元至五万元罚款。")])
    penalty = with_cited_articles(local[1].own, local)
    assert "近海捕捞业" in penalty
    foreigners = ("外国人、外国渔船违反本法规定，擅自进入中华人民共和国管辖水域从事渔业生产和渔业资源调查活动的，"
                  "责令其离开或者将其驱逐，可以没收渔获物、渔具，并处五十万元以下的罚款。")
    licence = ("违反捕捞许可证关于作业类型、场所、时限和渔具数量的规定进行捕捞的，没收渔获物和违法所得，"
               "可以并处五万元以下的罚款；情节严重的，并可以没收渔具，吊销捕捞许可证。")
    assert same_offence(penalty, foreigners) and not same_offence(penalty, licence)


def test_an_entry_into_force_clause_that_repeals_the_text_it_replaces_is_of_the_effective_kind():
    """A new regulation's last article sets its date and repeals its predecessor, whose title shares
    the law's words on the regulation (国务院根据本法制定实施办法): it implements the law's entry into force."""
    from align_support import by_rule_4_measures

    repealing = _one("本办法自2004年7月1日起施行。1993年7月19日国务院发布的《中华人民共和国归侨侨眷权益保护法实施办法》同时废止。")
    assert kind_of(repealing) == EFFECTIVE_KIND
    assert kind_of(_one("本条例自2024年3月1日起施行。《中华人民共和国档案法实施办法》同时废止。")) == EFFECTIVE_KIND
    # a second sentence that repeals nothing is not the clause
    assert kind_of(_one("本办法自发布之日起施行。各地要结合实际制定具体措施，抓好落实。")) == ORDINARY_KIND
    local = by_rule_4_measures("l_returned_overseas_chinese_measures_2004.txt", "L")
    national = by_rule_4_measures("n_returned_overseas_chinese_law_2009.txt", "N")
    rows = {r["local_path"]: r for r in align_measures(local, national)}
    assert rows["30"]["national_path"] == "30"  # 本法自1991年1月1日起施行, not 29 国务院根据本法制定实施办法


def test_a_glossary_is_implemented_by_a_text_that_defines_not_by_every_use_of_its_terms():
    """本规定下列用语的含义是： and its items (（一）…(以下简称国际联网)，是指…) define the terms every article uses:
    an article of the implementing measures that uses them (专业计算机信息网络…不得经营国际互联网络业务) is
    discounted against them, a local glossary item is not."""
    from align_support import by_rule_3_measures

    national = build_measures(by_rule_3_measures("n_internet_interconnection_provisions_1997.txt", "N"))
    glossary = [n for n in national if n.path == "3" or n.path.startswith("3.")]
    assert len(glossary) >= 3 and all(in_glossary(n) for n in glossary)
    assert not in_glossary(next(n for n in national if n.path == "5"))  # (以下简称领导小组): a duty naming its body
    using = _one("进行国际联网的专业计算机信息网络不得经营国际互联网络业务。")
    local_glossary = build_measures([
        {"id": "g", "path": "2", "level": 1, "label": "第二条", "heading": None, "text": "本办法下列用语的含义：", "start": 0},
        {"id": "g1", "path": "2.1", "level": 2, "label": "（一）", "heading": None,
         "text": "专业计算机信息网络，是指为行业服务的专用计算机信息网络；", "start": 20, "parent_id": "g"}])
    weights = kind_weights([using, local_glossary[1]], glossary, [[0.0] * len(glossary)] * 2)
    assert weights[0].tolist() == [CROSS_KIND_WEIGHT] * len(glossary)
    assert weights[1].tolist() == [1.0] * len(glossary)
    local = by_rule_3_measures("l_internet_interconnection_measures_1998.txt", "L")
    rows = {r["local_path"]: r for r in align_measures(local, by_rule_3_measures(
        "n_internet_interconnection_provisions_1997.txt", "N"))}
    assert rows["21"]["national_path"] is None  # implements nothing of the provisions; matched 3 on their terms
