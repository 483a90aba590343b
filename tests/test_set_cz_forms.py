"""Forms found by held-out set CZ (tests/data/realworld/cz*, every 2,000th real 发文字号 of docnumbers.tsv from line 650, then
from line 1650, queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must
keep its reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations

from test_real_forms import extracted, made_up_document


def relations_by_title(text: str) -> dict:
    return {citation.title: citation.relation for citation in find_citations(text)}


def test_a_document_issued_by_the_notice_a_title_forwards_is_forwarded():
    # cz01: 重庆市国家税务局转发关于印发《纳税人财务会计报表报送管理办法》的通知: the 印发 is the forwarded notice's act,
    # inside the plain name that 转发 takes as its object; this notice issues nothing (CONVENTIONS.md C5)
    real = extracted("cz01")
    relations = {citation["title"]: citation["relation"] for citation in real["citations"]}
    assert relations["纳税人财务会计报表报送管理办法"] == "forwards"
    look_alike = made_up_document(
        "关于转发省人民政府办公厅关于印发《湖南省农村公路养护管理办法》的通知的通知\n\n各乡镇人民政府,县直各单位:\n\n"
        "现将省人民政府办公厅关于印发《湖南省农村公路养护管理办法》的通知转发给你们,请认真贯彻执行。\n")
    assert {c["relation"] for c in look_alike["citations"] if c["title"] == "湖南省农村公路养护管理办法"} == {"forwards"}
    assert relations_by_title("批转市发展改革委关于印发《节能降耗工作方案》的通知") == {"节能降耗工作方案": "forwards"}
    # the body's order: the name first, then the 转发 that sends it on
    assert relations_by_title("现将国家税务总局关于印发《纳税服务工作规范》的通知(国税发〔2005〕165号)转发给你们,请遵照执行。")[
        "纳税服务工作规范"] == "forwards"


def test_a_document_a_notice_issues_itself_stays_issued():
    # 关于印发《X》的通知 with no 转发 before it, or a 转发 of another clause, or of another title: the notice issues X
    assert relations_by_title("关于印发《湖南省农村公路养护管理办法》的通知") == {"湖南省农村公路养护管理办法": "issues"}
    assert relations_by_title("现转发给你们。关于印发《节能降耗工作方案》的通知") == {"节能降耗工作方案": "issues"}
    assert relations_by_title("现将《节能降耗工作方案》印发给你们,请认真贯彻执行。") == {"节能降耗工作方案": "issues"}
    assert relations_by_title("关于转发《安全生产通知》和关于印发《节能降耗工作方案》的通知") == {
        "安全生产通知": "forwards", "节能降耗工作方案": "issues"}
