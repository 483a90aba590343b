"""Forms found by held-out set BW (tests/data/realworld/bw*, the city governments of the provincial capitals and their
offices and departments: 南昌's 十三五 plan outline after a power-news lead, 贵阳's office notice issuing its meteorological
emergency plan, a 昆明 bureau's page of the city's 2019 action plan; each the first such text the pages corpus returned for
its city's query and not already in the sets, annotated before the pipeline ran on them): each test reads a real notice
(named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the general
case with it."""

from extractors.citations import find_citations

from test_real_forms import extracted, made_up_document


def _cited_titles(document: dict) -> list[str]:
    return [citation["title"] for citation in document["citations"]]


# ------------------------------------------------------------------ a plan naming itself with its period


def test_a_plan_naming_itself_with_its_period_inserted_cites_no_document():
    # bw01: 南昌市国民经济和社会发展第十三个五年规划纲要 over 《南昌市国民经济和社会发展第十三个五年(2016-2020)规划纲要》(以下称《规划纲要》)
    assert _cited_titles(extracted("bw01")) == ["中共南昌市委关于制定国民经济和社会发展第十三个五年规划的建议"]
    look_alike = made_up_document("某某市生态环境保护规划\n第一章 规划背景\n《某某市生态环境保护规划（2021—2025年）》(以下简称《规划》)"
                                  "根据《某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制,是全市生态环境保护工作的"
                                  "行动指南。\n")
    assert _cited_titles(look_alike) == ["某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"]


def test_a_plan_titled_with_its_period_named_without_it_cites_no_document():
    text = "为推进全市文化事业发展,制定《某某市文化发展行动方案》,现就实施本方案提出如下要求。"
    assert find_citations(text, own_titles=("某某市文化发展行动方案（2021-2025年）",)) == []


def test_a_plan_citing_its_earlier_edition_still_cites_it():
    # two periods name two editions: the plan for 2021-2025 citing the one for 2016-2020 cites it
    text = "《某某市文化发展行动方案（2016-2020年）》实施以来,全市文化事业取得长足进步。"
    citations = find_citations(text, own_titles=("某某市文化发展行动方案（2021-2025年）",))
    assert [citation.title for citation in citations] == ["某某市文化发展行动方案（2016-2020年）"]
    # and a plan of another name with a period is another document
    other = find_citations("依据《某某市体育发展规划（2016-2020年）》,", own_titles=("某某市文化发展规划",))
    assert [citation.title for citation in other] == ["某某市体育发展规划（2016-2020年）"]


# ------------------------------------------------------------------ a news lead's figures over the full text


def test_a_news_leads_figures_over_the_plan_printed_after_it_are_no_targets():
    # bw01: the power-news lead paraphrases the plan (扩建容量为680MW; …4座500千伏变电站), then 全文入下: and the plan: the
    # lead is the page's words (bp01's practice), the plan's own figures are its targets
    assert extracted("bw01")["targets"] == []
    look_alike = made_up_document("环保网获悉,《某某市污水处理提质增效行动方案》发布,方案提出新建污水处理厂5座,新增处理能力20万吨/日。"
                                  "全文如下:\n某某市污水处理提质增效行动方案\n一、工作目标\n到2022年底,全市新建污水管网120公里。\n")
    assert [target["text"] for target in look_alike["targets"]] == ["120公里"]
