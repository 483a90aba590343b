"""Forms found by held-out set CN (tests/data/realworld/cn*, every 2,000th real 发文字号 of docnumbers.tsv from lines 950
and 1950 queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

import json

from test_real_forms import extracted, made_up_document


def recipients(document: dict) -> list[str]:
    return json.loads(document["recipients"])


def test_a_news_lead_over_a_notice_printed_from_its_recipients_leaves_the_recipients_to_the_notice():
    # cn03: 上海市市场监督管理局印发《上海市产品质量监督抽查工作规范》 ⏎ 2023-07-05 | 查看… ⏎ 为了规范…,制定本工作规范。 ⏎
    # 各区市场监管局,临港新片区市场监管局,市局有关业务处室、执法总队、机场分局,各有关单位: ⏎ 为规范…现印发给你们,请遵照执行。
    real = extracted("cn03")
    assert recipients(real) == ["各区市场监管局", "临港新片区市场监管局", "市局有关业务处室、执法总队、机场分局", "各有关单位"]
    assert real["issuer"] == "上海市市场监督管理局"
    look_alike = made_up_document(
        "某某市交通运输局印发《某某市农村公路养护工作考核细则》\n2024-03-02 | 来源:某某交通网 |\n"
        "为规范农村公路养护考核工作,市交通运输局制定了考核细则。\n各县(市、区)交通运输局,局机关各科室:\n"
        "现将《某某市农村公路养护工作考核细则》印发给你们,请认真贯彻执行。\n某某市交通运输局\n2024年2月20日\n")
    assert recipients(look_alike) == ["各县(市、区)交通运输局", "局机关各科室"]
    # a lead whose next line is an item of the notice, not its recipients: nobody is addressed
    item_first = made_up_document(
        "某某县政府印发《关于做好春耕生产的意见》\n近日,县政府印发意见,部署春耕生产工作。\n一、各乡镇要做好以下工作:\n抓紧备耕。\n")
    assert recipients(item_first) == []
