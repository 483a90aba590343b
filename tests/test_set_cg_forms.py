"""Forms found by held-out set CG (tests/data/realworld/cg*, every 2,000th real 发文字号 of docnumbers.tsv from line 1250
queried in the pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on
it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from pipeline.document.outside import ISSUED_NAMES_HEADLINE

from test_real_forms import extracted, made_up_document


def cited(document: dict) -> list[tuple[str, str]]:
    return [(citation["title"], citation["relation"]) for citation in document["citations"]]


# ------------------------------------------------------------------ a news headline over the text of what it reports issued


def test_a_headline_reporting_two_documents_issued_over_one_printed_under_its_name_titles_it_by_that_name():
    # cg01: 南京印发《关于…学校体育工作的实施意见》和《关于…学校美育工作的实施意见》 / 发布时间:… / 关于…学校体育工作的实施意见 / 为…
    document = extracted("cg01")
    assert document["title"] == "关于全面加强和改进新时代学校体育工作的实施意见"
    assert document["issuer"] is None  # 南京: a place, no body (CONVENTIONS.md C9)
    assert ("关于全面加强和改进新时代学校美育工作的实施意见", "issues") in cited(document)
    assert "关于全面加强和改进新时代学校体育工作的实施意见" not in [title for title, _ in cited(document)]


def test_a_body_reporting_one_document_issued_over_its_text_is_its_issuer():
    look_alike = made_up_document(
        "县政府办公室印发《某某县农村人居环境整治提升实施方案》\n来源:县政府办公室 发布时间:2023-04-02\n\n"
        "某某县农村人居环境整治提升实施方案\n\n为改善农村人居环境,制定本方案。\n一、总体要求\n(一)指导思想\n坚持因地制宜。\n")
    assert look_alike["title"] == "某某县农村人居环境整治提升实施方案"
    assert [measure["label"] for measure in look_alike["measures"]] == ["一、", "(一)"]


def test_a_headline_whose_documents_are_not_printed_under_their_names_keeps_its_reading():
    # a news report of two plans, no line naming either alone: the page is the report, not one of the plans
    report = made_up_document(
        "省政府办公厅印发《A省数字经济发展规划》和《A省数据要素市场建设方案》\n发布时间:2023-04-02\n\n"
        "近日,省政府办公厅印发两个文件,部署数字经济工作。规划提出,到2025年数字经济核心产业增加值占比达到10%。\n")
    assert report["title"] != "A省数字经济发展规划"
    assert ISSUED_NAMES_HEADLINE.match("中共中央辦公廳 國務院辦公廳印發《關於加強耕地保護的意見》、《耕地保護督察辦法》")
    assert not ISSUED_NAMES_HEADLINE.match("关于印发《A方案》和《B办法》的通知")  # a notice's own title
    assert not ISSUED_NAMES_HEADLINE.match("市政府印发《方案》,部署春耕")  # a lead-in sentence, no headline
