"""When documents are in force: effective and expiry statements (extractors/lifecycle.py), repeals and
amendments (extractors/citations.py with extractors/lifecycle_relations.py), and each document's status
on the day of the build (pipeline/corpus/lifecycle.py), on real texts: the lifecycle set
(tests/data/lifecycle: 21 texts with hand annotations, and held-out batches of 28, h*, 31, j*, 32, k*, 28, m*, 30, n*,
31, q*, 16, s*, and 3, t*, chosen by rules stated before reading them) and two
versions of real rules, the later repealing the earlier (tests/data/lifecycle_versions)."""

from __future__ import annotations

import json
import re
import shutil
from urllib.parse import quote
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from extractors.citations import find_citations
from extractors.lifecycle import document_lifecycle, find_lifecycle
from pipeline.build import build
from pipeline.corpus.lifecycle import Repeal, document_timeline, status_on, update_lifecycle
from pipeline.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data"
LIFECYCLE = DATA / "lifecycle"
# two versions of real rules, the later repealing the earlier (tests/data/lifecycle_versions/README.md)
VERSIONS = DATA / "lifecycle_versions"
PAIR = {"old.md": VERSIONS / "old.md", "new.md": VERSIONS / "new.md"}

# Floors of the lifecycle set, not goals: raise them as the pipeline improves, never lower one to pass.
# Raised from 0.95 to 1.0: the whole set and each held-out batch score 1.000 on every field since the eighth
# batch's change (s*, chosen by rule: effective 0.923 before, 1.000 after; README.md). The ninth batch (t*, chosen by
# rule for the expiry forms) states nothing and found nothing: no floor to raise, its fields held to UNSTATED.
FLOORS = {"repeals": 1.0, "amends": 1.0, "effective": 1.0, "expiry": 1.0}


def _sources() -> list[Path]:
    return [LIFECYCLE / json.loads(p.read_text(encoding="utf-8"))["source"] for p in sorted(LIFECYCLE.glob("*.json"))]


@pytest.fixture(scope="module")
def lifecycle_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("lifecycle") / "notices.db"
    report = build([str(p) for p in _sources()], str(db), workers=1)
    assert report.exit_code == 0, report.failed
    return db


def test_the_set_holds_real_texts_of_every_kind():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("*.json"))]
    assert len(golds) >= 15 and all(g["source_url"] and (LIFECYCLE / g["source"]).is_file() for g in golds)
    documents = [d for g in golds for d in g["documents"]]
    assert sum(bool(d["repeals"]) for d in documents) >= 5 and sum(bool(d["amends"]) for d in documents) >= 4
    assert sum(bool(d["effective_text"]) for d in documents) >= 8
    negatives = [d for d in documents if not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"])]
    assert len(negatives) >= 5


def test_the_lifecycle_set_scores_above_its_floors(lifecycle_db):
    result = evaluate(str(lifecycle_db), str(LIFECYCLE))
    print(result.table())
    for field, floor in FLOORS.items():
        assert result.scores[field].f1 >= floor, f"{field}: {result.scores[field].f1:.3f}\n{result.misses_by_document()}"
        assert result.scores[field].tp > 0
    assert result.accuracies["acts_on"].accuracy == 1.0 and result.accuracies["acts_on"].total >= 30  # 95/95 since s*
    assert result.scores["documents"].f1 == 1.0


# Each held-out batch (README.md) and how many texts it holds at least.
HELD_OUT_BATCHES = {"h": 20, "j": 30, "k": 30, "m": 28, "n": 30, "q": 31, "s": 16, "t": 3}
# Fields a batch holds no statement of (s*: every 100th text of the laws collection, chosen by rule, not by
# content; none states a term of its own), t* (the first new real text of each of twenty pages-corpus queries for
# the expiry forms: three openings that state nothing): nothing may be found there, and nothing can be scored right.
UNSTATED = {"s": {"expiry"}, "t": {"repeals", "amends", "effective", "expiry"}}
def _held_out_result(lifecycle_db, tmp_path, batch):
    held_out = sorted(LIFECYCLE.glob(f"{batch}*.json"))
    assert len(held_out) >= HELD_OUT_BATCHES[batch]
    assert all(json.loads(p.read_text(encoding="utf-8"))["held_out"] for p in held_out)
    gold = tmp_path / "held_out"
    gold.mkdir()
    for path in held_out:
        shutil.copy(path, gold / path.name)
    return evaluate(str(lifecycle_db), str(gold))


@pytest.mark.parametrize("batch", sorted(HELD_OUT_BATCHES))
def test_each_held_out_batch_scores_above_the_floors_on_its_own(lifecycle_db, tmp_path, batch):
    """The h* … n* texts were collected and annotated after the extractors were written, and scored
    before any change (README.md): each batch must keep the floors by itself, not only inside the set."""
    result = _held_out_result(lifecycle_db, tmp_path, batch)
    print(f"held-out batch {batch}*:\n{result.table()}")  # each batch's figures on their own (pytest -s)
    for field, floor in FLOORS.items():
        score = result.scores[field]
        if field in UNSTATED.get(batch, ()):
            assert score.tp == score.fn == score.fp == 0, f"{field}\n{result.misses_by_document()}"
            continue
        assert score.f1 >= floor, f"{field}: {score.f1:.3f}\n{result.misses_by_document()}"
        assert score.tp > 0
    assert result.scores["documents"].f1 == 1.0




def test_the_eighth_batch_is_chosen_by_its_rule_and_its_figures_before_changes_stay_recorded():
    """What the s* floors stand on: every 100th text of the laws collection in path order (1st, 101st, …), so
    laws, regulations and interpretations as the collection holds them, not texts sought for their statements:
    articles' days, head lines 施行/实施 with no article, 自发布/公布之日起施行 dated by a head publication line (one
    a joint decree), repeals by title after a day and issuer (one the document's own title), history lines naming
    amending decisions (one title three times), and texts with no statement (a standard, approved provisions,
    a provision on when interpretations in general take effect)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("s*.json"))]
    assert len(golds) == 16 and all(g["held_out"] and "realcorpus/laws" in g["source_url"] for g in golds)
    documents = [d for g in golds for d in g["documents"]]
    assert sum(len(d["repeals"]) for d in documents) >= 5 and sum(len(d["amends"]) for d in documents) >= 7
    assert sum(bool(d["effective_text"]) for d in documents) >= 13 and not any(d["expiry_text"] for d in documents)
    negatives = [d for d in documents if not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"])]
    assert len(negatives) >= 3
    readme = (LIFECYCLE / "README.md").read_text(encoding="utf-8")
    assert "`s*`" in readme and "effective 0.923" in readme and "every 100th" in readme


def test_the_ninth_batch_keeps_its_rule_and_its_figures_before_changes_stay_recorded():
    """What the t* batch stands on: for each of twenty queries of the issue's expiry forms, the first pages-corpus
    result that is a real notice or rule text not already in the sets, its query, rank and skipped ranks in its
    source_url. The pages corpus keeps page openings, and none it returned reaches a notice's own term: three
    negatives, which must stay without any statement found (UNSTATED)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("t*.json"))]
    assert len(golds) == 3 and all(g["held_out"] and "pages corpus" in g["source_url"] for g in golds)
    assert all(re.search(r"query \d+ of the t\* rule, 「[^」]+」, rank \d+", g["source_url"]) for g in golds)
    documents = [d for g in golds for d in g["documents"]]
    assert not any(d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"] for d in documents)
    readme = (LIFECYCLE / "README.md").read_text(encoding="utf-8")
    assert "`t*`" in readme and "Twenty queries" in readme and "documents 0.857" in readme
    assert "Conventions for the days" in readme and "2025-12-31 (not 2026-01-01)" in readme


def test_the_seventh_batch_holds_every_kind_and_its_figures_before_changes_stay_recorded():
    """What the q* floors stand on: amending decisions of the courts and the rules they amended (as amended,
    their history naming the decision), repeals by title and by 不再执行, 执行/试行/暂行 clauses, a record's
    试行期两年, history lines, and negatives (news of others' acts and terms, a cleanup's counts, licences,
    a ban's start, openings without a statement)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("q*.json"))]
    documents = [d for g in golds for d in g["documents"]]
    assert sum(len(d["amends"]) for d in documents) >= 9 and sum(len(d["repeals"]) for d in documents) >= 2
    assert sum(bool(d["effective_text"]) for d in documents) >= 15 and sum(bool(d["expiry_text"]) for d in documents) >= 1
    assert any(a["acts_on"] == "citing" for d in documents for a in d["amends"])
    negatives = [d for d in documents if not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"])]
    assert len(negatives) >= 12
    texts = [(LIFECYCLE / g["source"]).read_text(encoding="utf-8") for g in golds]
    assert sum(bool(re.search("有效期|试行期", text)) for text in texts) >= 6 and any("不再执行" in text for text in texts)
    readme = (LIFECYCLE / "README.md").read_text(encoding="utf-8")
    assert "`q*`" in readme and "effective 0.897" in readme and "expiry 0.000" in readme and "effective 0.333" in readme


def test_the_sixth_batch_holds_own_terms_and_negatives_of_every_kind_and_its_figures_before_changes_stay_recorded():
    """What the n* floors stand on: a document's own term in notices, records and summaries (有效期至…, 有效期五年,
    有效期5年, 有效期2年 with no day to count from), repeals by title and by number (one a bare 文号 joined to
    unnamed documents), history-line amendments, and negatives that name a 有效期 or a period that is not the
    document's (reports of others' terms, a table of others' windows, a licence, an authorisation, permits,
    registrations, measures' periods) or a document it does not repeal (与本通知不一致的，以本通知为准)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("n*.json"))]
    documents = [d for g in golds for d in g["documents"]]
    assert sum(bool(d["expiry_text"]) for d in documents) >= 8 and sum(bool(d["effective_text"]) for d in documents) >= 18
    assert sum(bool(d["expiry_text"]) and d["expiry_date"] is None for d in documents) >= 1
    assert sum(len(d["repeals"]) for d in documents) >= 8 and sum(len(d["amends"]) for d in documents) >= 2
    assert any(r["title"] is None and r["doc_number"] for d in documents for r in d["repeals"])
    negatives = [d for d in documents if not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"])]
    assert len(negatives) >= 10
    texts = [(LIFECYCLE / g["source"]).read_text(encoding="utf-8") for g in golds]
    assert sum(bool(re.search("有效期|实施期限|执行期限", text)) for text in texts) >= 20
    readme = (LIFECYCLE / "README.md").read_text(encoding="utf-8")
    assert "`n*`" in readme and "repeals 0.933" in readme and "effective 0.667" in readme and "expiry 0.750" in readme


def test_the_fourth_batch_holds_every_kind_and_its_figures_before_changes_stay_recorded():
    """What the k* floors stand on: an amending decision, a repeal notice with its list, labels, decrees,
    the Republic's calendar, a stop day, and negatives (explainers, reports, licences, questions); the
    README keeps the figures the batch scored before the changes it led to."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("k*.json"))]
    documents = [d for g in golds for d in g["documents"]]
    assert sum(len(d["repeals"]) for d in documents) >= 4 and sum(len(d["amends"]) for d in documents) >= 1
    assert sum(bool(d["effective_text"]) for d in documents) >= 9 and sum(bool(d["expiry_text"]) for d in documents) >= 1
    assert sum(not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"]) for d in documents) >= 18
    readme = (LIFECYCLE / "README.md").read_text(encoding="utf-8")
    assert "`k*`" in readme and "repeals 0.889" in readme and "effective 0.667" in readme


def test_the_fifth_batch_holds_every_kind_and_its_figures_before_changes_stay_recorded():
    """What the m* floors stand on: decrees and notices with their terms, an amending decision, a
    decree's repeal, histories in the Republic's calendar, and negatives that name a 有效期 that is not
    the document's (a cleanup list's rows, permits, licences, vouchers, test scores, general rules)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("m*.json"))]
    documents = [d for g in golds for d in g["documents"]]
    assert sum(bool(d["effective_text"]) for d in documents) >= 11 and sum(bool(d["expiry_text"]) for d in documents) >= 2
    assert sum(len(d["repeals"]) for d in documents) >= 1 and sum(len(d["amends"]) for d in documents) >= 1
    negatives = [d for d in documents if not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"])]
    assert len(negatives) >= 15
    texts = [(LIFECYCLE / g["source"]).read_text(encoding="utf-8") for g in golds]
    assert sum("有效期" in text for text in texts) >= 10  # texts naming a validity, the notice's own or not
    readme = (LIFECYCLE / "README.md").read_text(encoding="utf-8")
    assert "`m*`" in readme and "repeals 0.667" in readme and "effective 0.909" in readme and "expiry 0.800" in readme


def test_the_third_batch_holds_positives_in_notices_and_negatives_of_every_kind():
    """What the j* floors stand on: repeals stated by notices (not only by laws), amending decisions,
    a notice's own term, and negatives (news, answers to reporters, quoted material, licence validity)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LIFECYCLE.glob("j*.json"))]
    documents = [d for g in golds for d in g["documents"]]
    assert sum(len(d["repeals"]) for d in documents) >= 6 and sum(len(d["amends"]) for d in documents) >= 2
    assert sum(bool(d["expiry_text"]) for d in documents) >= 2 and sum(bool(d["effective_text"]) for d in documents) >= 15
    assert sum(not (d["repeals"] or d["amends"] or d["effective_text"] or d["expiry_text"]) for d in documents) >= 12


def test_every_lifecycle_statement_keeps_its_provenance(lifecycle_db):
    conn = sqlite3.connect(lifecycle_db)
    conn.row_factory = sqlite3.Row
    documents = {row["id"]: row for row in conn.execute("SELECT * FROM documents")}
    statements = conn.execute("SELECT * FROM lifecycle_statements").fetchall()
    assert len(statements) >= 10
    for row in statements:
        assert documents[row["document_id"]]["text"][row["start"]:row["end"]] == row["text"]
    for document in documents.values():
        if document["effective_text"]:  # the column's phrase is one of its statements
            assert any(s["document_id"] == document["id"] and s["text"] == document["effective_text"]
                       and s["kind"] == "effective" for s in statements)
    # a statement inside an article belongs to it: 第一百零三条 本法自1990年10月1日起施行
    law = conn.execute("SELECT l.measure_id, m.label FROM lifecycle_statements l JOIN measures m ON m.id = l.measure_id "
                       "WHERE l.text = '自1990年10月1日起施行'").fetchone()
    assert law["label"] == "第一百零三条"


# --- the extractor on the forms the issue names and on what is not a statement of the document ---------


@pytest.mark.parametrize("text,signed,expected", [
    ("本通知自印发之日起施行。", "2021-03-05", ("2021-03-05", None)),
    ("本通知自发布之日起施行。", None, (None, None)),  # no own date: not computable
    ("本办法自2021年1月1日起施行。", None, ("2021-01-01", None)),
    ("本办法自发布之日起30日后施行，有效期2年。", "2021-03-05", ("2021-04-04", "2023-04-03")),
    ("本办法自2021年1月1日起施行，有效期5年。", None, ("2021-01-01", "2025-12-31")),
    ("本意见自印发之日起实施，有效期至2025年12月31日。", "2021-06-01", ("2021-06-01", "2025-12-31")),
    ("本规定自2020年3月1日起试行，试行期两年。", None, ("2020-03-01", "2022-02-28")),
    ("本办法有效期5年，自2021年3月1日起计算。", None, (None, "2026-02-28")),
    ("本办法自公布之日起施行，有效期至2025年底。", "2021-01-10", ("2021-01-10", "2025-12-31")),
    ("本办法有效期为2021年1月1日至2025年12月31日。", None, (None, "2025-12-31")),
    ("本政策自2022年1月1日起执行，执行期限三年。", None, ("2022-01-01", "2024-12-31")),
    ("第九十三条 本规定自2022年5月1日起施行。", None, ("2022-05-01", None)),
    ("九、本修正案自公布之日起施行。", "2005-02-28", ("2005-02-28", None)),
    ("2013年11月18日 施行\n", None, ("2013-11-18", None)),  # a regulation's history line
    # held-out forms (h07, h09, h22, h13, h25): a slip of 至 for 自, a copy that lost its punctuation,
    # 实行 for 施行, a rule's own publication note, a title printed after its own dates in brackets
    ("此办法至发布之日起施行", "2021-03-05", ("2021-03-05", None)),
    ("本制度自发布之日起执行如有政策变化将适时作出调整", "2021-03-05", ("2021-03-05", None)),
    ("三、本规定自颁布之日起实行,解释权在教务处", "2021-03-05", ("2021-03-05", None)),
    ("(2002年10月14日市人民政府令第46號公布,自2002年11月15日起施行)", None, ("2002-11-15", None)),
    ("（2024年2月18日起施行，有效期至2029年2月17日）上海市市场监督管理局关于全面深化经营主体退出便利化改革的意见", None,
     ("2024-02-18", "2029-02-17")),
    # third held-out batch (j04, j08, j11, j10): a decree 现发布 whose clause wraps a line, a rule's own
    # note without a comma before its day, a name with a qualifier (本管理办法), five years from its date
    ("现发布《国务院行政机构设置和编制管理条例》,自\n发布之日起施行。", "1997-08-03", ("1997-08-03", None)),
    ("(1994年1月17日湖南省第八届人民代表大会常务委员会第六次会议通过 1994年2月1日起施行)", None, ("1994-02-01", None)),
    ("本管理办法自印发之日起执行，原《重庆市住房公积金二手房贷款办法》（渝公积金发〔2004〕427号）停止执行。", "2016-08-23",
     ("2016-08-23", None)),
    ("第十五条 本实施细则自发布之日起施行，有效期5年。", "2023-12-31", ("2023-12-31", "2028-12-30")),
    # fourth held-out batch (k01, k03, k07, k08, k09, k10): labels with a compact date or none of 日, the
    # Republic's calendar (its short years in a text dated in it), 自公布日施行, the day a publication note
    # gives to 自发布之日起 (never an approval's line before it), a stop day (the day before is the last)
    ("生效日期:2018年03月27\n时效性 :现行有效", None, ("2018-03-27", None)),
    ("颁布日期:20020329  实施日期:20020401", None, ("2002-04-01", None)),
    ("中華民國107年11月28日總統華總一義字第10700127991號令制定公布全文十三條,自公布日施行", None, ("2018-11-28", None)),
    ("中華民國89年12月30日行政院新聞局正版三字第19392號令訂定發布全文七點;並自90年1月1日起實施", None, ("2001-01-01", None)),
    ("1989年9月30日 国务院批准\n\n1990年1月1日 国家统计局令第1号发布  自发布之日施行", "2020-01-01", ("1990-01-01", None)),
    ("1.中華民國九十八年三月三日法務部法矯字第 0980900758 號函訂定發布 全文 6 點 2.中華民國一百年一月一日停止適用 "
     "中華民國九十九年十二月二十八日法務部法矯字第 0990904201 號函自 一百年一月一日停止適用", None, (None, "2010-12-31")),
    # fifth held-out batch (m01, m02, m09): a notice's own term after its ban period, a half-width comma,
    # a history whose entries run on one line, the order publishing 本次修正条文 and its day
    ("二、2018年10月23日0时至2018年11月12日24时期间，在本市禁止无人机等“低慢小”航空器飞行、施放。\n"
     "三、违反本通告规定的，依据相关法律法规予以处罚。本通告自2018年10月23日起施行，有效期至2018年11月12日。", None,
     ("2018-10-23", "2018-11-12")),
    ("本实施细则自2024年9月27日起施行,有效期至2025年3月31日。", None, ("2024-09-27", "2025-03-31")),
    ("1.中華民國九十年十一月十二日總統(90)華總一義字第 9000222690 號 令制定公布全文 10 條;施行日期,由行政院以命令定之 "
     "中華民國九十年十二月十七日行政院台九十內字第 074237 號令發布本 次修正條文自九十年十二月十六日施行", None, ("2001-12-16", None)),
    # sixth held-out batch (n01, n03, n06, n10, n13): the standards the notice sets as subject (上述…标准),
    # a record's line 自…起施行，有效期五年, a title standing as subject, 本指引, a rule's head publication line
    ("二、上述失业保险金支付标准自2026年7月1日起执行。本通知有效期至2028年6月30日。", None, ("2026-07-01", "2028-06-30")),
    ("新公规〔2025〕1号\n新疆维吾尔自治区公安厅\n自2025年4月15日起施行，有效期五年；具体失效日发布前由复核管理员依据官方口径确认。", None,
     ("2025-04-15", "2030-04-14")),
    ("武汉市促进人工智能产业发展若干政策措施，自2025年3月19日起施行，有效期2年", None, ("2025-03-19", "2027-03-18")),
    ("第七十六条 本指引自颁布之日起施行，《银行业金融机构信息系统风险管理指引》（银监发〔2006〕63号）同时废止。", "2009-06-01",
     ("2009-06-01", None)),
    ("# 旅馆业治安管理办法\n\n1987年9月23日 国务院批准\n\n1987年11月10日 公安部发布\n\n<!-- INFO END -->\n\n"
     "第二十条 本办法自公布之日起施行。", None, ("1987-11-10", None)),
    # eighth batch (s15): a joint decree's head line, its issuers joined by 、, dates 自发布之日起施行; several
    # ministries' joint decree alike; an approval line alone gives no publication day
    ("# 中华人民共和国红十字标志使用办法\n\n1996年1月29日 中华人民共和国国务院、中华人民共和国中央军事委员会令第194号发布　\n\n"
     "<!-- INFO END -->\n\n第二十四条 本办法自发布之日起施行。", None, ("1996-01-29", None)),
    ("# 某某违法违纪行为处分暂行规定\n\n1999年1月25日 监察部、人事部、中国人民银行、海关总署、国家外汇管理局令第7号发布\n\n"
     "<!-- INFO END -->\n\n第十条 本规定自发布之日起施行。", None, ("1999-01-25", None)),
    ("# 某某计量器具管理规定\n\n1986年5月12日 国务院批准　\n\n<!-- INFO END -->\n\n十、本规定自发布之日起施行。", None,
     (None, None)),
    # the same head lines elsewhere in the laws collection: joint issuers one to a line, no issuer, a note trailing
    # the line; not an approval line over its publishers (the day approved is not the day published)
    ("# 某某管理办法\n\n1984年1月7日 国务院\n\n中央军委发布\n\n<!-- INFO END -->\n第十条 本办法自发布之日起施行。", None,
     ("1984-01-07", None)),
    ("# 某某条例\n1980年12月27日 国家经济委员会\n国家基本建设委员会\n国家档案局发布\n发布之日施行\n<!-- INFO END -->\n"
     "第三十条 本条例自发布之日起施行。", None, ("1980-12-27", None)),
    ("# 某某规定\n\n1982年9月20日 发布\n\n<!-- INFO END -->\n\n十二、本规定自发布之日起施行。", None, ("1982-09-20", None)),
    ("# 某某暂行规定\n\n1987年6月17日 国务院批准　\n\n1987年8月27日 国家外汇管理局发布  根据\n\n<!-- INFO END -->\n\n"
     "第十二条 本规定自发布之日起施行。", None, ("1987-08-27", None)),
    ("# 某某办法\n\n1981年10月13日 国务院批准\n\n文化部\n\n海关总署发布\n\n<!-- INFO END -->\n第九条 本办法自发布之日起施行。", None,
     (None, None)),
    # expiry in the forms notices use besides (the issue's list)
    ("本意见有效期自2021年1月1日起计算，有效期5年。", None, (None, "2025-12-31")),
    ("本政策自发布之日起实施，有效期暂定3年。", "2021-03-05", ("2021-03-05", "2024-03-04")),
    ("本通知有效期延长至2025年12月31日。", None, (None, "2025-12-31")),
    ("本规定自2023年1月1日起施行，至2027年12月31日废止。", None, ("2023-01-01", "2027-12-31")),
    ("本办法自公布之日起施行，2025年12月31日废止。", "2021-01-10", ("2021-01-10", "2025-12-31")),
    ("本通知自2026年1月1日起停止执行。", None, (None, "2025-12-31")),
    ("本办法试行期为二年，自2021年1月1日起至2022年12月31日止。", None, (None, "2022-12-31")),
    ("以上政策自2021年1月1日起执行，有效期3年。", None, ("2021-01-01", "2023-12-31")),
    ("本办法自公布之日起30日后施行，有效期2年。", None, (None, None)),  # counted from a day not known
    # a bounded period (暂行…至…止), a run to its last day, a term of years, an extension of its own term
    ("本暂行办法自2020年1月1日起至2021年12月31日止执行。", None, ("2020-01-01", "2021-12-31")),
    ("本通知自二○二○年一月一日起至二○二一年十二月三十一日止执行。", None, ("2020-01-01", "2021-12-31")),
    ("本通知自2022年1月1日起执行至2024年12月31日。", None, ("2022-01-01", "2024-12-31")),
    ("本政策自2021年1月1日起试行至2022年12月31日。", None, ("2021-01-01", "2022-12-31")),
    ("本方案实施期限为2021—2025年。", None, (None, "2025-12-31")),
    ("本办法自2019年1月1日起施行，有效期至2023年12月31日。有效期延长至2025年12月31日。", None, ("2019-01-01", "2025-12-31")),
    # another rule's note in the decision's list gives no day to the decision's own 自公布之日起 (h01)
    ("二、《常州市生活垃圾分类管理办法》(2018年11月23日常州市人民政府令第8号发布)\n本决定自公布之日起施行。", None, (None, None)),
    # seventh batch (q03, q10, q15, q30), as the pipeline reads them: history lines run together on one line, its
    # last entry the 施行 day (taken over 自公布之日 counted from the 公布 entry); a record's trial mark with its
    # term; an amended rule's head 施行 line (the amended text's day) beside the rules' own article
    ("2018年7月30日 最高人民法院审判委员会第1745次会议2018年10月19日 最高人民检察院第十三届检察委员会第七次会议通过"
     "2018年12月1日 施行\n<!-- INFO END -->\n根据司法实践情况，现决定对《…》作如下修改：", None, ("2018-12-01", None)),
    ("2005年12月12日 最高人民法院审判委员会第1373次会议通过2006年1月11日 最高人民法院公告公布2006年1月23日 施行\n"
     "<!-- INFO END -->\n第二十条 本解释自公布之日起施行。", None, ("2006-01-23", None)),
    ("2005年12月12日 最高人民法院审判委员会第1373次会议通过2006年1月11日 最高人民法院公告公布\n<!-- INFO END -->\n"
     "第二十条 本解释自公布之日起施行。", None, ("2006-01-11", None)),
    ("公布日期: 2024-11-22\n生效日期: 2025-01-01\n时效性: 有效\n备注: 行政规范性文件（试行，试行期两年）；低空飞行服务保障办法",
     None, ("2025-01-01", "2026-12-31")),
    ("2017年11月20日 最高人民法院审判委员会第1727次会议通过2021年11月15日 最高人民法院审判委员会第1850次会议通过"
     "2022年1月1日 施行\n<!-- INFO END -->\n第九条 本规定自2018年1月1日起施行，本院以前发布的司法解释与本规定不一致的，以本规定为准。",
     None, ("2018-01-01", None)),
    ("2021年11月15日 最高人民法院审判委员会第1850次会议通过2021年12月1日 施行\n<!-- INFO END -->\n"
     "第十九条 本规定施行后人民法院正在审理的一审、二审案件适用本规定。", None, ("2021-12-01", None)),
    # the expiry forms of issue 19 (the t* batch found no text stating one: checked here as forms), each as an
    # office writes it; the last day is the day before the term's end (README.md, conventions for the days)
    ("本通知自2023年1月1日起施行，有效期5年。", None, ("2023-01-01", "2027-12-31")),
    ("本办法自2021年3月1日起施行，有效期至二〇二五年十二月三十一日止。", None, ("2021-03-01", "2025-12-31")),
    ("本通知自印发之日起施行，有效期截至2025年12月31日。", "2021-05-08", ("2021-05-08", "2025-12-31")),
    ("本办法有效期自印发之日起计算，为期3年。", "2021-05-08", (None, "2024-05-07")),
    ("本办法自2021年1月1日起施行，有效期自施行之日起计算，有效期3年。", None, ("2021-01-01", "2023-12-31")),
    ("本暂行办法自2022年7月1日起施行，有效期2年。", None, ("2022-07-01", "2024-06-30")),
    ("本实施方案自印发之日起实施，有效期三年。", "2022-03-15", ("2022-03-15", "2025-03-14")),
    ("本通告自2021年1月1日起施行，有效期6个月。", None, ("2021-01-01", "2021-06-30")),
    # the term named by the period of any verb of force, with or without 限 (TERM_NOUNS)
    ("本办法自2021年1月1日起试行，试行期限为两年。", None, ("2021-01-01", "2022-12-31")),
    ("本办法暂行期限为两年，自2021年1月1日起施行。", None, ("2021-01-01", "2022-12-31")),
    ("本规定自2021年1月1日起施行，施行期为三年。", None, ("2021-01-01", "2023-12-31")),
    # a verb of trial and its term after the day it starts (TERM_VERBS): 试行/暂行 N年
    ("本办法自2021年1月1日起试行两年。", None, ("2021-01-01", "2022-12-31")),
    ("本规定自发布之日起暂行二年，期满后另行规定。", "2021-04-01", ("2021-04-01", "2023-03-31")),
    ("本办法自2021年1月1日起施行，暂行二年。", None, ("2021-01-01", "2022-12-31")),
])
def test_effective_and_expiry_dates(text, signed, expected):
    columns = document_lifecycle(find_lifecycle(text, signed_date=signed))
    assert (columns["effective_date"], columns["expiry_date"]) == expected


@pytest.mark.parametrize("text", [
    "十六周岁以上公民的居民身份证的有效期为十年、二十年、长期。",  # the card's validity (l06)
    "收到申请的卫生主管部门对具备本条例规定条件的，准予延续，延续执业注册有效期为5年。",  # a registration's
    "《放射性药品使用许可证》有效期为5年，期满前6个月，医疗单位应当重新提出申请。",  # a licence's
    "自2003年9月1日起,全市禁止生产实心粘土砖。",  # an obligation's start
    "根据自2021年1月1日起施行的《中华人民共和国民法典》，制定本办法。",  # another document's date
    "与本通知不一致的，以本通知为准。",
    "2 (2019年12月12日市政府令第2号公布  自2020年1月12日起施行) 下载文字版 下载图片版",  # a list row: another rule's
    "三月一日起执行的法规",  # a tag about regulations
    "食品经营许可证的有效期为5年。适用于餐饮服务、食品销售、单位食堂等主体。",  # a licence's (h19)
    # another body's act and its day, reported (j24), and a licence's renewal term (j25)
    "会议决定对《中华人民共和国人口与计划生育法》作出了修改，计划生育新政策2016年1月1日起施行。",
    "确因特殊情况需要延长勘查期限的,可申请一次探矿权延续,批准有效期不超过2年。",
    # fourth batch: a report of another's order (k15), another document's extended term, a day before
    # another document's title, a model clause with placeholders (k13)
    "全国人大常委会在2020年6月30日表决通过该法律草案后,国家主席当日即签署第49号主席令予以公布实施,整个过程",
    "经研究，《X市人才政策》（X政发〔2019〕3号）有效期延长至2025年12月31日。",
    "根据2021年1月1日废止的《X办法》第三条处理。",
    "例如:“本规定自某年某月某日起执行,原《×××规定》即行废止。”",
    # fifth batch: a cleanup list's rows, each cell its document's term (m15); rules about documents in
    # general (m16); a permit's, a licence's, a voucher's, test scores' validity (m17-m21)
    "序号 |\n名称 |\n文号 |\n有效期 |\n1 |\n深圳市中央外经贸发展专项资金服务贸易创新发展资金实施细则 |\n深商务规〔2019〕3号 |\n"
    "自2019年7月11日起实施,有效期5年 |\n6 |\n深商务规〔2021〕2号 |\n自2021年7月1日起实施,有效期至2025年10月25日 |",
    "六、 规范性文件的施行日期应当如何规定?\n应当自公布之日起30日后施行。\n九、 规范性文件有效期如何确定?\n"
    "规范性文件有效期一般为5年,暂行办法、暂行规定有效期为2年。",
    "有效期为5年的港澳居民来往内地通行证收费260元港币；有效期为10年的港澳居民来往内地通行证收费390元港币。",
    "含漱剂（药品生产许可证有效期至2020年12月31日，企业应在许可证有效期内开展经营活动）。",
    "1. 秋果酒店电子房券兑换码有效期至2020年12月31日，请在有效期内兑换，过期作废；",
    "TOEFL有效期2年，GRE有效期5年。因此请合理安排考试时间，务必保证申请时成绩有效。",
    "自2021年1月1日起至2021年12月31日止实施专项整治行动。",  # an action's period, not the document's
    # seventh batch: a day run onto a sentence that is no history line (q* forms' counterpart), a trial
    # term inside a cited title, news of a notice's term (q16), a history line's amendment day (q28)
    "经市政府常务会议审议通过2019年1月1日 施行\n",
    "根据《X市低空飞行服务保障办法（试行，试行期两年）》，制定本细则。",
    "据了解，15项“互联网+”医疗服务价格项目已于8月26日起施行，有效期5年。",
    "2021年4月7日 最高人民法院审判委员会第1835次会议《关于修改〈X〉的决定》修正，该修正自2021年4月15日施行\n",
    # sixth batch: articles reporting others' documents and their terms (n20), notes on what an official
    # text says (n23), a dealer authorisation's validity (n24), a measure's period (n19)
    "深圳市工业和信息化局印发《打造人工智能先锋城市项目扶持计划操作规程（2026年修订版）》，政策自2026年5月1日起施行，"
    "有效期至2027年6月30日。\n《深圳市青年人才住房支持实施办法》自2026年1月1日起施行，有效期5年，核心是解决首次来深青年人才住房需求。",
    "注册信息变化后应在5个工作日内申请变更。\n官方正文规定自发布之日起施行，有效期五年。信息公开页所列2024-09-13为制发日期。",
    "V-KOOL官方授权经销商 · 授权编号：VKWF0286 · 有效期至2026年12月31日",
    # a summary of another body's policy, its bare name after the report (n29)
    "贵阳国家高新区管委会发布了《贵阳国家高新区关于进一步加快高新技术企业培育的政策》，旨在加快高新技术企业的培育。"
    "政策自发布之日起施行，有效期3年，适用于注册、税收、统计关系在贵阳国家高新区的企业",
    "一、自本通知发布之日起至2017年6月30日，单位及个人的住房公积金缴存基数原则上不超过本市统计部门公布的2015年度全市在岗职工月平均工资的3倍。",
    # issue 19's forms' counterparts: a trial's or a measure's period without a count, a plan's years as an object
    "试行期满后，由市财政局会同有关部门进行评估。",
    "施行期间遇到的问题，请及时向市司法局反映。",
    "自2021年1月1日起试行5年规划编制工作。",
])
def test_what_is_not_the_documents_own_lifecycle(text):
    assert find_lifecycle(text, signed_date="2021-01-01") == []


@pytest.mark.parametrize("text,expected", [
    ("本办法自2021年1月1日起施行，《福州市扶贫资金管理办法》（榕政〔2015〕3号）同时废止。", [("repeals", "cited")]),
    ("原《关于加强扶贫工作的通知》不再执行。", [("repeals", "cited")]),
    ("对《福建省水利工程管理办法》部分条款作如下修改：", [("amends", "cited")]),
    ("2.将《甘肃省气象条例》第七条 项修改为：", [("amends", "cited")]),
    ("2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议《关于修改<中华人民共和国行政诉讼法>的决定》第一次修正",
     [("amends", "citing")]),
    # a report of what another body did (a remark in a cleanup table, a news item) repeals nothing
    ("(2008年3月新的《城乡规划法》正式实施后,原《城市规划法》已废止)", [("cites", None), ("cites", None)]),
    ("记者昨日从省政府获悉,《吉林省人民政府关于修改、废止部分政府规章和公布现行有效规章目录的决定》已经省政府常务会议通过",
     [("cites", None)]),
    ("本规定生效后，以前制定的规定与本规定不一致的，以本规定为准。", []),
    # a model clause's placeholder names no document (k13); a repeal notice's list with numbers (k11)
    ("例如:“本规定自某年某月某日起执行,原《×××规定》即行废止。”", [("cites", None)]),
    ("市人民政府决定废止《张家界市城市房屋拆迁管理办法》等4个文件。\n  附件:废止文件目录\n"
     "  1、《大庸市人民政府关于在城市规划区实行统一征地的通知》(大政发[1992]20号,1992年7月28日发文)\n",
     [("repeals", "cited"), ("repeals", "cited")]),
    # third held-out batch: a decree naming its decision after the decision's title line, which amends
    # the law, not the decree's title (j17); a number in small brackets ﹝﹞ (j15)
    ("全国人民代表大会常务委员会关于修改《中华人民共和国个人所得税法》的决定(2011)中华人民共和国主席令（第四十八号）"
     "《全国人民代表大会常务委员会关于修改＜中华人民共和国个人所得税法＞的决定》已由…会议于2011年6月30日通过，现予公布",
     [("amends", "cited"), ("cites", None)]),
    ("本办法自发布之日起施行。原《施工现场质量安全定期检查评价暂行规定》（中国化学集团安发﹝2011﹞187号）同时废止。",
     [("repeals", "cited")]),
    # sixth held-out batch: a bare 文号 joined to documents it does not name (n04); a precedence clause that
    # names the earlier notice it overrides where they differ, repealing nothing (n18)
    ("自2025年5月1日起施行，有效期至2030年4月30日；沪府规〔2018〕22号及延期文件同时废止。", [("repeals", "cited")]),
    ("本通知自2021年9月1日起施行。《国家新闻出版署关于防止未成年人沉迷网络游戏工作的通知》（国新出发〔2019〕34号）相关规定与本通知"
     "不一致的，以本通知为准。", [("cites", None)]),
    # what others did, in a news item (j20), answers to reporters (j22) and quoted material (j23)
    ("新华社北京10月23日电 国务院总理李克强日前签署国务院令。\n在取消行政审批事项方面,通过修改《导游人员管理条例》、"
     "《气象灾害防御条例》等15部行政法规的35个条款,取消了20项行政许可项目。", [("cites", None), ("cites", None)]),
    ("国务院法制办公室负责人就《决定》的有关问题回答了记者的提问。答:经研究,下列7件行政法规决定予以废止:"
     " 一是《关于各地厂矿对于法定假日工资发放办法的决定》。", [("cites", None)]),
    ("6月30日，全国人大常委会第二十一次会议决定对《中华人民共和国个人所得税法》作如下修改：一、第三条第一项修改为：“……。”"
     "摘编自 中国人大网(2011年6月30日)", [("cites", None)]),
])
def test_repeal_and_amend_relations(text, expected):
    assert [(c.relation, c.acts_on) for c in find_citations(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a rule's history note names, by number only, the decree that revised it (h17)
    ("(1998年11月17日山东省人民政府令第96号发布 根据2004年7月15日山东省人民政府令第172号修订)",
     [("山东省人民政府令第96号", "cites", None), ("山东省人民政府令第172号", "amends", "citing")]),
    # a list's rows, merged on one line by the copy: the 修订 of row 1's note governs nothing after it (h15)
    ("1 (2019年9月19日市政府令第1号公布  根据2021年2月22日第一次修订) 下载文字版 下载图片版2 (2019年12月12日市政府令第2号公布"
     "  自2020年1月12日起施行) 下载文字版",
     [("市政府令第1号", "cites", None), ("市政府令第2号", "cites", None)]),
    # an edition label (2004年修正) is no amendment of the title after it (h17's merged title lines)
    ("山东省实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)山东省人民政府山东省实施《食盐加碘消除碘缺乏危害管理条例》办法",
     [(None, "cites", None), (None, "cites", None)]),
    # 废止 inside a cited title makes no list heading of the line (h05); the interpretation's lead (…印发了《X》(文号),
    # 现将有关政策解读如下) reports the notice it reads issued (CONVENTIONS.md C5: issues, as t13's and y03's)
    ("南平市人民政府于2025年12月9日印发了《南平市人民政府关于废止或宣布失效一批市政府行政规范性文件的决定》(南政规〔2025〕1号),"
     "现将有关政策解读如下:\n《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》(国办发〔2018〕37号)相关规定",
     [("南政规〔2025〕1号", "issues", None), ("国办发〔2018〕37号", "cites", None)]),
])
def test_history_notes_rows_and_titles_in_held_out_texts(text, expected):
    assert [(c.doc_number, c.relation, c.acts_on) for c in find_citations(text)] == expected


def test_an_interpretation_of_a_repeal_decision_repeals_nothing_itself():
    text = ("三、主要内容\n本次专项清理共废止市政府行政规范性文件3部,其中:\n"
            "《镇江市城市管理相对集中行政处罚权试行办法》,因内容表述与新修订的上位法不相符,予以废止。\n")
    assert [c.relation for c in find_citations(text)] == ["repeals"]  # as a decision's own list, it repeals
    own = ["《镇江市人民政府关于废止部分市政府行政规范性文件的决定》的政策解读"]  # the interpretation's title (h04)
    assert [(c.relation, c.acts_on) for c in find_citations(text, own_titles=own)] == [("cites", None)]


def test_a_list_under_a_heading_gives_its_relation_to_each_row():
    text = ("全国人民代表大会常务委员会制定的下列条例、补充规定和决定，已纳入本法或者已不适用，自本法施行之日起，予以废止：\n\n"
            "1．中华人民共和国惩治军人违反职责罪暂行条例\n\n2．关于严惩严重破坏经济的罪犯的决定\n\n## 附件二\n\n"
            "全国人民代表大会常务委员会制定的下列补充规定和决定予以保留，其中，有关行政处罚和行政措施的规定继续有效：\n\n"
            "1．关于禁毒的决定\n")
    assert [(c.title, c.relation) for c in find_citations(text)] == [
        ("中华人民共和国惩治军人违反职责罪暂行条例", "repeals"), ("关于严惩严重破坏经济的罪犯的决定", "repeals"),
        ("关于禁毒的决定", "cites")]


@pytest.mark.parametrize("text,expected", [
    # a State Council-style decision: a sentence heading (对下列…予以废止。), bare titles with notes
    ("国务院决定：\n一、对下列2部行政法规予以废止。\n1.中华人民共和国进出口商品检验法实施条例（1992年10月7日国务院批准）\n"
     "2.国务院关于加强外国人来华管理的规定\n二、对下列行政法规的部分条款予以修改。\n"
     "1.将《中华人民共和国矿产资源法实施细则》第五条修改为：“……”\n2.《城市房地产开发经营管理条例》根据本决定作相应修改，重新公布。\n",
     [("中华人民共和国进出口商品检验法实施条例", "repeals"), ("国务院关于加强外国人来华管理的规定", "repeals"),
      ("中华人民共和国矿产资源法实施细则", "amends"), ("城市房地产开发经营管理条例", "amends")]),
    # a heading running on into its rows on one line, each row a title and its number in brackets
    ("经市政府同意，决定对以下2件规范性文件宣布失效：1.关于做好甲工作的通知（榕政〔2012〕3号）2.关于做好乙工作的通知（榕政〔2013〕4号）",
     [("关于做好甲工作的通知", "repeals"), ("关于做好乙工作的通知", "repeals")]),
    ("据悉，省政府日前印发《关于废止部分规范性文件的决定》，决定废止《福建省甲办法》等10件文件。",
     []),  # a report of another body's repeal
    # a list of documents in force whose row is a repeal decision's name: its 废止 is that decision's (m15)
    ("现将我局现行有效的部门规范性文件目录予以公布。\n序号 |\n名称 |\n2 |\n"
     "深圳市商务局关于废止《深圳市加工贸易业务管理指导办法》等规范性文件的决定 |\n深商务规〔2019〕4号 |\n/ |\n", []),
    # the State Council's decree and its regulation's last article (m03)
    ("第二十六条　本条例自2018年1月1日起施行。2003年1月2日国务院公布的《排污费征收使用管理条例》同时废止。",
     [("排污费征收使用管理条例", "repeals")]),
])
def test_repeal_and_amend_decisions(text, expected):
    assert [(c.title, c.relation) for c in find_citations(text) if c.relation in ("repeals", "amends")] == expected


def test_a_cleanup_table_gives_each_row_its_result():
    # the shape of a cleanup table copied from a web page (one row a line, the result in the last cell)
    text = ("附件：市政府规范性文件清理结果目录\n序号 文件名称 文号 清理结果\n"
            "1 关于加强城市管理的通知 榕政〔2015〕1号 废止\n"
            "2 关于印发福州市扶贫资金管理办法的通知 榕政〔2016〕3号 继续有效\n"
            "3 关于做好春耕工作的意见 榕政〔2017〕5号 修改\n"
            "4 《福州市公共租赁住房管理办法》 榕政〔2018〕7号 宣布失效\n")
    assert [(c.title, c.doc_number, c.relation) for c in find_citations(text)] == [
        ("关于加强城市管理的通知", "榕政〔2015〕1号", "repeals"),
        ("关于印发福州市扶贫资金管理办法的通知", "榕政〔2016〕3号", "cites"),
        ("关于做好春耕工作的意见", "榕政〔2017〕5号", "amends"),
        ("福州市公共租赁住房管理办法", "榕政〔2018〕7号", "repeals")]


# --- status -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("dates,repeal,expected", [
    (("2021-01-01", None, None), None, "in_force"),
    (("2030-01-01", None, None), None, "not_yet"),
    (("2021-01-01", "2023-12-31", None), None, "expired"),
    ((None, None, "2020-05-01"), None, "in_force"),  # no effective statement: in force from its own date
    ((None, None, None), None, "unknown"),
    (("2021-01-01", None, None), Repeal("doc-b", "2023-01-01"), "repealed"),
    (("2021-01-01", None, None), Repeal("doc-b", "2030-01-01"), "in_force"),  # the repeal takes effect later
    (("2021-01-01", None, None), Repeal("doc-b", None), "repealed"),  # an undated repeal counts
])
def test_status_on_a_day(dates, repeal, expected):
    assert status_on("2024-06-01", *dates, repeal) == expected


def _statuses(db: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT source_path, status, repealed_by, id FROM documents").fetchall()
    ids = {Path(path).name: doc_id for path, _, _, doc_id in rows}
    return {Path(path).name: (status, next((n for n, i in ids.items() if i == by), None)) for path, status, by, _ in rows}


def _folder(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(PAIR[name], folder / name)
    return folder


@pytest.mark.parametrize("order", [("old.md", "new.md"), ("new.md", "old.md"), (("old.md", "new.md"),)])
def test_status_is_the_same_whichever_order_the_documents_were_built_in(tmp_path, monkeypatch, order):
    monkeypatch.setenv("NOTICES_TODAY", "2024-06-01")
    db = tmp_path / "notices.db"
    for step in order:
        names = step if isinstance(step, tuple) else (step,)
        assert build([str(_folder(tmp_path, *names))], str(db), workers=1).exit_code == 0
    # the trial rules of 2013 are repealed by the rules of 2019; those name their own predecessor of
    # 1999 by the same title, which is no repeal of the 2019 rules
    assert _statuses(db) == {"old.md": ("repealed", "new.md"), "new.md": ("in_force", None)}


@pytest.mark.parametrize("first", ["old.md", "new.md"])
def test_a_repeal_that_gives_its_own_day_takes_effect_on_that_day_whichever_order(tmp_path, monkeypatch, first):
    """《X》（…号）自2030年1月1日起停止执行: X stays in force until that day, not from the repealing
    document's own effective day (the real rules of 2019, their repeal clause given a day of its own)."""
    new = PAIR["new.md"].read_text(encoding="utf-8").replace(
        "（高检发释字〔2012〕2号）同时废止", "（高检发释字〔2012〕2号）自2030年1月1日起停止执行")
    assert "自2030年1月1日起停止执行" in new
    texts = {"old.md": PAIR["old.md"].read_text(encoding="utf-8"), "new.md": new}
    db = tmp_path / "notices.db"
    for name in (first, "new.md" if first == "old.md" else "old.md"):  # one incremental build per file
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        (folder / name).write_text(texts[name], encoding="utf-8")
        monkeypatch.setenv("NOTICES_TODAY", "2024-06-01")
        assert build([str(folder)], str(db), workers=1).exit_code == 0
    conn = sqlite3.connect(db)
    assert ("2030-01-01",) in conn.execute("SELECT takes_effect FROM citations WHERE relation = 'repeals'").fetchall()
    assert _statuses(db)["old.md"] == ("in_force", "new.md")  # repealed by it, not yet
    update_lifecycle(sqlite_utils.Database(db), today=date(2030, 1, 1))
    assert _statuses(db)["old.md"] == ("repealed", "new.md")


# a rule of 1999 (h26), the decision that amended it in 2009 (p02) and a repeal decision whose rules are
# not in the database (h01): real texts of the held-out batch and the first set
AMENDED_PAIR = ("h26_shijiazhuang-village-archives-rules-1999.txt", "p02_shijiazhuang-amend-decision-2009.txt",
                "h01_changzhou-repeal-two-rules-2024.txt")


@pytest.mark.parametrize("order", [AMENDED_PAIR, AMENDED_PAIR[::-1], (AMENDED_PAIR[1], AMENDED_PAIR[2], AMENDED_PAIR[0])])
def test_an_amended_rule_keeps_its_status_and_timeline_whichever_order_it_was_built_in(tmp_path, monkeypatch, order):
    monkeypatch.setenv("NOTICES_TODAY", "2024-06-01")
    db = tmp_path / "notices.db"
    for name in order:  # one build per file: each later file is an incremental build
        folder = tmp_path / name.split("_")[0]
        folder.mkdir()
        shutil.copy(LIFECYCLE / name, folder / name)
        assert build([str(folder)], str(db), workers=1).exit_code == 0
    assert _statuses(db) == {AMENDED_PAIR[0]: ("in_force", None), AMENDED_PAIR[1]: ("in_force", None),
                             AMENDED_PAIR[2]: ("unknown", None)}  # no date in its excerpt to go by
    conn = sqlite3.connect(db)
    ids = {Path(path).name: doc_id for doc_id, path in conn.execute("SELECT id, source_path FROM documents")}
    amended = conn.execute("SELECT DISTINCT cited_document_id FROM citations WHERE document_id = ? AND relation = 'amends'",
                           [ids[AMENDED_PAIR[1]]]).fetchall()
    assert amended == [(ids[AMENDED_PAIR[0]],)]
    # the amending decision appears once in the rule's life, however often it names the rule
    assert [(e["event"], e["date"], e["document_id"]) for e in document_timeline(conn, ids[AMENDED_PAIR[0]])] == [
        ("signed", "1999-08-13", None), ("effective", "1999-10-01", None), ("amended", "2009-07-01", ids[AMENDED_PAIR[1]])]


# an SPC interpretation as amended (q28: its history line names the amending decision, 该修正自2021年4月15日施行)
# and the amending decision (q05): each names the other, the decision in its body, the rule on its history line
SPC_AMENDED_PAIR = ("q28_spc-concealing-proceeds-interpretation-amended-2021.md",
                    "q05_spc-amend-concealing-proceeds-interpretation-2021.md")


@pytest.mark.parametrize("order", [SPC_AMENDED_PAIR, SPC_AMENDED_PAIR[::-1], (SPC_AMENDED_PAIR,)])
def test_a_rule_and_its_amending_decision_naming_each_other_whichever_order(tmp_path, monkeypatch, order):
    monkeypatch.setenv("NOTICES_TODAY", "2024-06-01")
    db = tmp_path / "notices.db"
    for step in order:
        names = step if isinstance(step, tuple) else (step,)
        folder = tmp_path / names[0].split("_")[0]
        folder.mkdir()
        for name in names:
            shutil.copy(LIFECYCLE / name, folder / name)
        assert build([str(folder)], str(db), workers=1).exit_code == 0
    rule, decision = SPC_AMENDED_PAIR
    # the rule states no day of its own (an adoption line; 2021年4月15日 is the amendment's): no status to
    # give; the decision in force since its day; neither repealed
    assert _statuses(db) == {rule: ("unknown", None), decision: ("in_force", None)}
    conn = sqlite3.connect(db)
    ids = {Path(path).name: doc_id for doc_id, path in conn.execute("SELECT id, source_path FROM documents")}
    assert conn.execute("SELECT effective_date FROM documents WHERE id = ?", [ids[decision]]).fetchone() == ("2021-04-15",)
    # the decision once in the rule's life, on the day it took effect, however the two name each other
    assert [(e["event"], e["date"], e["document_id"]) for e in document_timeline(conn, ids[rule])] == [
        ("amended", "2021-04-15", ids[decision])]


def test_status_follows_the_day_of_the_build_and_a_pruned_repeal(tmp_path, monkeypatch):
    db = tmp_path / "notices.db"
    folder = _folder(tmp_path, "old.md", "new.md")
    monkeypatch.setenv("NOTICES_TODAY", "2019-06-01")  # before the 2019 rules take effect
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    assert _statuses(db) == {"old.md": ("in_force", "new.md"), "new.md": ("not_yet", None)}
    monkeypatch.setenv("NOTICES_TODAY", "2020-01-02")  # nothing changed but the day
    assert build([str(folder)], str(db), workers=1).exit_code == 0
    assert _statuses(db) == {"old.md": ("repealed", "new.md"), "new.md": ("in_force", None)}
    (folder / "new.md").unlink()
    assert build([str(folder)], str(db), workers=1, prune=True).exit_code == 0
    assert _statuses(db) == {"old.md": ("in_force", None)}


def test_the_timeline_of_a_document(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTICES_TODAY", "2024-06-01")
    db = tmp_path / "notices.db"
    assert build([str(_folder(tmp_path, "old.md", "new.md"))], str(db), workers=1).exit_code == 0
    conn = sqlite3.connect(db)
    old_id = conn.execute("SELECT id FROM documents WHERE source_path LIKE '%old.md'").fetchone()[0]
    new_id = conn.execute("SELECT id FROM documents WHERE source_path LIKE '%new.md'").fetchone()[0]
    events = [(e["event"], e["date"], e["document_id"]) for e in document_timeline(conn, old_id)]
    assert ("effective", "2013-01-01", None) in events and events[-1] == ("repealed", "2019-12-30", new_id)
    assert update_lifecycle(sqlite_utils.Database(db), today=date(2024, 6, 1)) == 0  # nothing to change


def test_the_timeline_of_an_amended_law(lifecycle_db):
    conn = sqlite3.connect(lifecycle_db)
    law = conn.execute("SELECT id FROM documents WHERE title = '中华人民共和国行政诉讼法'").fetchone()[0]
    assert [(e["event"], e["date"]) for e in document_timeline(conn, law)] == [
        ("effective", "1990-10-01"), ("amended", "2014-11-01"), ("amended", "2017-06-27")]


# --- the site -----------------------------------------------------------------------------------------


def test_the_document_page_shows_status_and_timeline_and_the_facet_and_query_work(tmp_path, monkeypatch):
    from test_site import Client, make_datasette

    monkeypatch.setenv("NOTICES_TODAY", "2024-06-01")
    db = tmp_path / "versions.db"
    assert build([str(_folder(tmp_path, "old.md", "new.md"))], str(db), workers=1).exit_code == 0
    conn = sqlite3.connect(db)
    old_id = conn.execute("SELECT id FROM documents WHERE source_path LIKE '%old.md'").fetchone()[0]
    new_id = conn.execute("SELECT id FROM documents WHERE source_path LIKE '%new.md'").fetchone()[0]
    client = Client(make_datasette(db))
    try:
        page = client.get(f"/-/notices/document/{quote(old_id, safe='')}").text
        assert "status-repealed" in page and "沿革 Timeline" in page
        assert "2019-12-30" in page and "「自2013年1月1日起施行」" in page
        assert f"/-/notices/document/{quote(new_id, safe='')}" in page  # a link to the repealing rules
        facets = client.json(f"/{db.stem}/documents.json?_facet=status")["facet_results"]
        counts = {row["value"]: row["count"] for row in (facets.get("results") or facets)["status"]["results"]}
        assert counts == {"repealed": 1, "in_force": 1}
        statements = client.rows(f"/{db.stem}/lifecycle_statements.json?kind=effective")
        assert {"自2013年1月1日起施行", "自2019年12月30日起施行"} <= {row["text"] for row in statements}
    finally:
        client.loop.close()


def test_measures_in_force_for_a_unit_leave_out_documents_not_in_force(corpus_db, tmp_path):
    from test_site import Client, make_datasette

    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    conn = sqlite3.connect(db)
    unit, = conn.execute("SELECT u.name FROM assignments a JOIN units u ON u.id = a.unit_id "
                         "GROUP BY u.name ORDER BY count(DISTINCT a.document_id) DESC, u.name LIMIT 1").fetchone()
    every = {row[0] for row in conn.execute(
        "SELECT DISTINCT a.document_id FROM assignments a JOIN units u ON u.id = a.unit_id WHERE u.name = ?", [unit])}
    repealed = sorted(every)[0]
    with conn:
        conn.execute("UPDATE documents SET status = 'in_force'")
        conn.execute("UPDATE documents SET status = 'repealed' WHERE id = ?", [repealed])
    conn.close()
    client = Client(make_datasette(db))
    try:
        def documents(query: str) -> set:
            return {row["document_id"] for row in client.rows(f"/{db.stem}/{query}.json?unit={quote(unit)}")}

        assert every <= documents("measures_for_unit")
        assert documents("measures_in_force_for_unit") == documents("measures_for_unit") - {repealed}
    finally:
        client.loop.close()


def test_statuses_of_the_lifecycle_set_on_a_day(lifecycle_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(lifecycle_db, db)
    update_lifecycle(sqlite_utils.Database(db), today=date(2021, 6, 1))
    status = {Path(path).stem[:3]: value for path, value in
              sqlite3.connect(db).execute("SELECT source_path, status FROM documents")}
    assert status["r03"] == "expired"  # 废止时间: 2020-01-23 on its information table
    assert status["l05"] == "not_yet"  # 自2022年5月1日起施行
    assert status["l01"] == "in_force" and status["p02"] == "in_force"
    assert status["p10"] == "unknown"  # no date to count its 30 days from


def test_looking_only_around_the_words_finds_what_a_whole_scan_finds(monkeypatch):
    import extractors.lifecycle as lifecycle

    texts = [p.read_text(encoding="utf-8") for p in sorted(LIFECYCLE.glob("*.*")) if p.suffix in (".txt", ".md")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "laws").rglob("*.md"))]
    around = [find_lifecycle(text, "2020-01-01") for text in texts]
    monkeypatch.setattr(lifecycle, "_around", lambda pattern, words, keeps, text, reach: pattern.finditer(text))
    assert [find_lifecycle(text, "2020-01-01") for text in texts] == around
    assert sum(map(len, around)) >= 40


def test_a_documents_own_term_is_not_a_deadline_of_its_measures():
    """本办法自…起施行，有效期…: the notice's own force, which an office's calendar must not carry as a
    time limit; a measure's deadline beside it stays a deadline."""
    from extractors.nlp import analyse

    real = (LIFECYCLE / "p10_pvmeng-tag-30-days-2-years.txt").read_text(encoding="utf-8")
    text = real + "\n各县区要在2021年3月底前完成自查。"
    doc = analyse(text, 2021)
    terms = [(s.start_char, s.end_char) for s in doc.spans["lifecycle_statements"]]
    assert {s.text for s in doc.spans["lifecycle_statements"]} >= {"有效期2年"}
    assert [s.text for s in doc.spans["deadlines"]] == ["2021年3月底前"]
    assert not any(d.start_char < end and start < d.end_char for d in doc.spans["deadlines"] for start, end in terms)


@pytest.mark.parametrize("term", ["本通知有效期延长至2025年12月31日。", "本通知自2026年1月1日起停止执行。",
                                  "本办法试行期为二年，自2021年1月1日起至2022年12月31日止。",
                                  "本意见有效期自2021年1月1日起计算，有效期5年。"])
def test_the_issues_forms_of_a_documents_own_term_are_no_deadlines(term):
    """The expiry forms of the fourth round (extended, stopped on a day, a period with both ends) are the
    notice's own term, not a time limit of its measures; the measure's deadline beside them stays."""
    from extractors.nlp import analyse

    doc = analyse("一、各县区要在2021年3月底前完成自查。\n二、" + term, 2021)
    assert [s.text for s in doc.spans["deadlines"]] == ["2021年3月底前"]
    assert [s._.item.kind for s in doc.spans["lifecycle_statements"]] == ["expiry"]
