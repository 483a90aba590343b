"""Forms found by held-out set CM (tests/data/realworld/cm*, every 2,000th real 发文字号 of docnumbers.tsv from lines 850
and 1850 queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from test_real_forms import extracted, made_up_document


def cited(document: dict) -> list[tuple[object, object, str]]:
    return [(citation["doc_number"], citation["title"], citation["relation"]) for citation in document["citations"]]


def documents_named(document: dict) -> set[tuple[object, object]]:
    """The documents the citations name (each mention of one is a citation of its own)."""
    return {(number, title) for number, title, _ in cited(document)}


def test_a_short_form_defined_in_quotes_around_its_brackets_names_the_document_it_follows():
    # cm02: 批准的《上海市国民经济和社会发展第十二个五年规划纲要》(以下简称“《纲要》”)…实施好《纲要》…落实《纲要》
    real = extracted("cm02")
    assert documents_named(real) == {(None, "上海市国民经济和社会发展第十二个五年规划纲要")}  # no document 《纲要》 of its own
    assert (None, "上海市国民经济和社会发展第十二个五年规划纲要", "implements") in cited(real)
    look_alike = made_up_document(
        "某某县人民政府关于做好规划实施工作的通知\n各乡镇人民政府:\n为贯彻落实《某某县国土空间总体规划(2021-2035年)》"
        "(某政发〔2023〕8号,以下简称“《规划》”),现就有关事项通知如下:\n一、按照《规划》要求,抓紧编制乡镇规划。\n")
    assert documents_named(look_alike) == {("某政发〔2023〕8号", "某某县国土空间总体规划(2021-2035年)")}
    assert cited(look_alike)[0][2] == "implements"
    # the plain quoted short form keeps its reading: “意见” after the document it names
    plain = made_up_document(
        "各乡镇人民政府:\n根据《某某市关于加强农村公路养护的意见》(以下简称“意见”),结合实际,按照“意见”要求,现通知如下:\n"
        "一、落实养护责任。\n")
    assert documents_named(plain) == {(None, "某某市关于加强农村公路养护的意见")}


def test_a_text_approved_and_forwarded_by_pizhuan_is_forwarded():
    # cm01: 现将省经贸委《关于进一步加快我省中小企业改革发展的若干政策意见》,批转给你们,请认真贯彻执行。
    assert cited(extracted("cm01")) == [(None, "关于进一步加快我省中小企业改革发展的若干政策意见", "forwards")]
    look_alike = made_up_document(
        "各县(区)人民政府,市政府各部门:\n市发展改革委《关于加快发展现代物流业的实施意见》已经市政府同意,现批转给你们,"
        "请结合实际认真贯彻执行。\n")
    assert [relation for _, _, relation in cited(look_alike)] == ["forwards"]
    before = made_up_document("关于批转《某某市城市管理综合执法实施办法》的通知\n各区人民政府:\n现将该办法印发给你们。\n")
    assert ("某某市城市管理综合执法实施办法", "forwards") in [(title, relation) for _, title, relation in cited(before)]
    # a past act of 批转 reported in the text describes the document, it is not what this notice forwards
    reported = made_up_document(
        "各县人民政府:\n省政府已批转《某某省农村公路养护管理办法》,各地要认真组织实施。现就有关事项通知如下:\n一、明确责任。\n")
    assert [relation for _, _, relation in cited(reported)] == ["cites"]
