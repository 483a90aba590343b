"""How the aligner reads a law's structure on the real laws and regulations of the alignment sets: a
schedule appended after the last article is nobody's words, a paragraph after a list's last item
belongs to the article introducing the list, and a list of amounts is matched by its lead-in."""

from __future__ import annotations

from pipeline.corpus.align.algorithm import align_measures
from pipeline.corpus.align.kinds import EFFECTIVE_KIND, kind_of
from pipeline.corpus.align.measures import build_measures, without_schedule

from align_support import HARD, TAX, tax_measures
from pipeline.corpus.align.accuracy import measures_of_text


def _by_path(measures: list[dict]) -> dict:
    return {m.path: m for m in build_measures(measures)}


def test_the_tax_tables_after_the_last_article_are_cut_from_it():
    income = _by_path(tax_measures("n_individual_income_tax_law_2018.txt"))
    assert income["22"].own == "本法自公布之日起施行。"  # not 个人所得税税率表一（综合所得适用）…
    assert kind_of(income["22"]) == EFFECTIVE_KIND
    vessel = _by_path(tax_measures("n_vehicle_vessel_tax_law_2019.txt"))
    assert vessel["13"].own.endswith("同时废止。") and "税目税额表" not in vessel["13"].own
    environment = measures_of_text((HARD.parent / "laws" / "n_environmental_tax_law_2018.txt").read_text("utf-8"), "N")
    last = _by_path(environment)["28"]
    assert last.own == "本法自2018年1月1日起施行。"  # 附表一 环境保护税税目税额表 cut


def test_a_schedule_is_cut_only_after_the_first_paragraph_and_only_at_a_title_line():
    text = "车船的适用税额依照本法所附《车船税税目税额表》执行。\n船舶的具体适用税额由国务院确定。"
    assert without_schedule(text) == text  # the schedule named inside a sentence
    assert without_schedule("本办法自印发之日起施行。\n附件：1. 任务分工表，请认真落实。") \
        == "本办法自印发之日起施行。\n附件：1. 任务分工表，请认真落实。"
    assert without_schedule("本法自公布之日起施行。\n附：\n车船税税目税额表\n乘用车 每辆 60元至360元") == "本法自公布之日起施行。"
    assert without_schedule("车船税税目税额表") == "车船税税目税额表"  # a text that is only a title keeps it


def test_the_paragraph_after_a_lists_last_item_goes_back_to_its_article():
    income = _by_path(tax_measures("n_individual_income_tax_law_2018.txt"))
    assert income["4.10"].own == "国务院规定的其他免税所得。"
    assert "前款第十项免税规定，由国务院报全国人民代表大会常务委员会备案" in income["4"].own
    assert income["10.7"].own == "国务院规定的其他情形。"
    assert "全员全额扣缴申报" in income["10"].own
    # the paragraph keeps its place in the document: its piece's offset points at its words
    text = (TAX / "n_individual_income_tax_law_2018.txt").read_text(encoding="utf-8")
    from pipeline.document.normalise import normalise
    normalised = normalise(text).text
    words, offset = income["4"].pieces[-1]
    assert normalised[offset:offset + len(words)] == words


def test_an_item_of_a_list_of_multi_paragraph_items_keeps_its_paragraphs():
    measures = [
        {"id": "1", "path": "1", "level": 1, "label": "一、", "heading": "", "text": "主要任务：", "start": 0},
        {"id": "1.1", "path": "1.1", "level": 2, "label": "（一）", "heading": "",
         "text": "加强统筹。\n各地要建立机制。", "start": 10},
        {"id": "1.2", "path": "1.2", "level": 2, "label": "（二）", "heading": "",
         "text": "强化保障。\n各地要落实经费。", "start": 40},
    ]
    by_path = _by_path(measures)
    assert by_path["1.2"].own == "强化保障。\n各地要落实经费。" and by_path["1"].own == "主要任务："


def test_a_list_of_amounts_is_matched_by_its_lead_in():
    local = tax_measures("l_vehicle_vessel_tax_regulation_2019.txt", "L")
    national = tax_measures("n_vehicle_vessel_tax_law_2019.txt", "N")
    by_path = _by_path(local)
    assert by_path["4"].lists_values() and by_path["5"].lists_values()  # 机动船舶 / 游艇具体适用税额为：
    assert not by_path["3"].lists_values() and not by_path["7"].lists_values()
    rows = {r["local_path"]: r["national_path"] for r in align_measures(local, national)}
    # the law's 第二条: 船舶的具体适用税额由国务院在…税额幅度内确定
    assert rows["4"] == rows["5"] == "2"


def test_enacting_clauses_are_matched_to_enacting_clauses():
    """根据《中华人民共和国车船税法》…，制定本条例 shares the law's title with every article of the law;
    as an enacting clause it takes the law's 国务院根据本法制定实施条例, not the taxpayer article 第一条."""
    from pipeline.corpus.align.kinds import ENACTING_KIND, ORDINARY_KIND

    local = tax_measures("l_vehicle_vessel_tax_regulation_2019.txt", "L")
    national = tax_measures("n_vehicle_vessel_tax_law_2019.txt", "N")
    law = _by_path(national)
    assert kind_of(law["12"]) == ENACTING_KIND and kind_of(law["1"]) == ORDINARY_KIND
    assert kind_of(_by_path(local)["1"]) == ENACTING_KIND
    rows = {r["local_path"]: r["national_path"] for r in align_measures(local, national)}
    assert rows["1"] == "12"
    assert rows["27"] == "13"  # the effective-date clauses, the law's schedule cut


def test_a_short_list_item_implements_what_its_lead_in_implements():
    """档案服务企业应当具备下列条件： (一)具有企业法人资格和相应的经营范围； — the item's few words match
    no article of the archives law; the lead-in matches the law's 第二十四条 on archive service firms."""
    from pipeline.corpus.align.accuracy import load_law_development

    laws = load_law_development(HARD.parents[1])
    archives = next(e for e in laws if e.name.startswith("l_archives"))
    rows = {r["local_path"]: r for r in align_measures(archives.local, archives.national)}
    assert rows["28"]["national_path"] == "24"
    assert rows["28.1"]["national_path"] == "24"
    long_item = [m for m in build_measures(archives.local) if m.parent is not None and m.length >= 30
                 and m.parent.text.rstrip().endswith("：")]
    assert long_item  # a long item keeps its own match, whatever its lead-in's
    assert any(rows[m.path]["national_path"] != rows[m.parent.path]["national_path"] for m in long_item)


def _chosen(rows: list[dict], path: str):
    return next(r["national_path"] for r in rows if r["local_path"] == path)


def test_a_lead_in_that_restates_a_law_article_takes_it_over_its_items_votes():
    # 第二十五条 取得综合所得需要办理汇算清缴的情形包括： restates the law's 第十一条 (需要办理汇算清缴的); its
    # items (专项附加扣除, 预扣预缴) share words with the law's 第六条 on deductions and voted for it.
    rows = align_measures(tax_measures("l_individual_income_tax_regulation_2018.txt", "L"),
                          tax_measures("n_individual_income_tax_law_2018.txt", "N"))
    assert _chosen(rows, "25") == "11"


def test_a_lead_in_closest_to_one_item_of_the_article_its_items_take_implements_the_article():
    # 第十九条 有下列情形之一的，…用人单位可以与劳动者解除…劳动合同： is closest to the law's 39 (四); its
    # fourteen items take 36, 39 (一) (二) …, 40, 41: the article, not its fourth item.
    rows = align_measures(measures_of_text((HARD / "l_labour_contract_regulation_2008.txt").read_text("utf-8"), "L"),
                          measures_of_text((HARD / "n_labour_contract_law_2012.txt").read_text("utf-8"), "N"))
    assert _chosen(rows, "19") == "39"
