"""Forms found by held-out set AX (tests/data/realworld/ax*, twelve notices chosen by region and level — 贵州, 甘肃,
内蒙古, 宁夏, 青海, 西藏, 吉林, 江西, 新疆, 海南, 黑龙江, 重庆 — each the first real notice the pages corpus returned for
its query, annotated before the pipeline ran on them): each test reads a real notice of the set (named in the test) and
a look-alike that must keep its reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from pipeline.extract import extract_text

from test_real_forms import extracted, labels, parsed, real


def _relations(text: str) -> list[tuple[str, str]]:
    return [(citation.title, citation.relation) for citation in find_citations(text)]


# ------------------------------------------------------------------ the page around the notice


def test_a_sites_statement_after_the_closing_date_is_outside_the_notice():
    # ax07: …2022年4月28日 ⏎ (editor line) ⏎ 反侵權公告: ⏎ 一、任何單位… 二、… 三、… (the newspaper's own, citing 《著作權法》)
    document = extracted("ax07")
    assert document["measures"] == []
    assert document["citations"] == []
    assert document["issuer"] == "吉林市新型冠狀病毒肺炎疫情防控工作領導小組辦公室"
    assert document["signed_date"] == "2022-04-28"
    # the notice's own items before its closing date stay, and so does a 声明 the notice itself makes in its body
    notice = ("各乡镇人民政府:\n现将有关事项通知如下:\n一、版权声明\n各单位要依照《中华人民共和国著作权法》做好工作。\n"
              "二、加强宣传\n要广泛宣传。\n某县人民政府\n2022年4月28日\n")
    kept = extract_text(notice, "look-alike.txt")["documents"][0]
    assert [measure["label"] for measure in kept["measures"]] == ["一、", "二、"]
    assert [citation["title"] for citation in kept["citations"]] == ["中华人民共和国著作权法"]


def test_a_masked_signature_names_no_issuer():
    # ax05: 青政办〔2023〕28号 … (略) 人民政府办公厅 ⏎ 2023年3月24日: a bidding site masked the province
    document = extracted("ax05")
    assert document["issuer"] is None
    assert document["signed_date"] == "2023-03-24"
    # the same signature printed whole is the issuer
    whole = real("ax05").replace("(略) 人民政府办公厅", "青海省人民政府办公厅")
    assert extract_text(whole, "look-alike.txt")["documents"][0]["issuer"] == "青海省人民政府办公厅"


# ------------------------------------------------------------------ relations


def test_a_meetings_approval_without_its_jingguo_still_issues():
    # ax05: 《国际生态旅游目的地青海湖示范区创建工作方案》 (略) 政府第5次常务会议审议通过,现印发给你们
    relations = [relation for title, relation in _relations(real("ax05")) if title == "国际生态旅游目的地青海湖示范区创建工作方案"]
    assert relations and set(relations) == {"issues"}
    # with its 已经 the same; a report on how X was carried out, passed by no meeting, is still only mentioned
    assert _relations("《A实施方案》已经县政府第5次常务会议审议通过,现印发给你们。") == [("A实施方案", "issues")]
    assert _relations("《A实施方案》执行情况良好,现印发B。") == [("A实施方案", "cites")]


# ------------------------------------------------------------------ deadlines


def test_how_long_a_publicity_notice_stays_posted_is_no_start():
    # ax11: 公示期:即日起5個工作日 (ax08: 公示时间自公示之日起5个工作日): how long the notice is posted, no limit on an act
    assert extracted("ax11")["deadlines"] == []
    assert extracted("ax08")["deadlines"] == []
    # 即日起 opening an act still starts it
    assert [(d.text, d.kind) for d in find_deadlines("经研究决定,即日起对照标准开展自查。", 2020)] == [("即日起", "start")]


def test_standards_applied_from_a_day_start_then():
    # ax03: 四、调整后的全日制月最低工资标准和…标准自2025年12月1日起执行。 (the standards bind employers: a start, C1/lifecycle)
    found = [(d["text"], d["kind"]) for d in extracted("ax03")["deadlines"]]
    assert found == [("自2025年12月1日起执行", "start")]
    # the notice's own coming into force stays lifecycle
    assert find_deadlines("本通知自2025年12月1日起执行。", 2025) == []


def test_glued_items_of_a_portal_list_are_measures():
    # ax03: 现将有关事宜通知如下:一、提高最低工资标准。…详见附件。二、最低工资标准,… 五、各盟市…
    assert labels(parsed("ax03")) == [(label, 1) for label in ("一、", "二、", "三、", "四、", "五、")]


def test_a_news_lead_whose_dateline_lost_its_day_still_names_the_notice_printed_below():
    # ax02: 日期,中共甘肅省委 甘肅省人民政府出臺《X》指出,… ⏎ … ⏎ 全文如下: ⏎ 為貫徹落實…
    document = extracted("ax02")
    assert document["title"] == "貫徹落實中央關于新時代推進西部大開發形成新格局決策部署的實施意見"
    assert document["issuer"] == "中共甘肅省委 甘肅省人民政府"
    assert all(citation["relation"] != "issues" for citation in document["citations"])
    # a lead that is no news of an issue (a label and a sentence reporting a meeting) names no notice
    meeting = real("ax02").replace("出臺《", "召開會議,學習《", 1)
    assert extract_text(meeting, "look-alike.txt")["documents"][0]["title"] != document["title"]
