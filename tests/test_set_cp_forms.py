"""Forms found by held-out set CP (tests/data/realworld/cp*, every 2,000th real 发文字号 of docnumbers.tsv from lines 50
and 1050 queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations
from pipeline.read import read_source
from pipeline.read.text import decode_text, plausible_with_lost_characters
from test_real_forms import REALWORLD, extracted, made_up_document


def references(document: dict) -> list[tuple[str, str]]:
    return [(citation["title"], citation["relation"]) for citation in document["citations"]]


def labels(document: dict) -> list[tuple[str, int]]:
    return [(measure["label"], measure["level"]) for measure in document["measures"]]


def test_a_utf8_copy_whose_lost_characters_are_replacement_characters_is_text():
    # cp02: a spam page printing a notice with runs of U+FFFD (a site's mis-decoded bytes) every few characters
    source = read_source(next(REALWORLD.glob("cp02_*.txt")))
    assert "织制定了《药物警戒体系主文件撰写指南》,现予发" in source.text and source.meta["encoding"] == "utf-8"
    lost = "\ufffd" * 12 + " " + "\ufffd" * 7
    look_alike = ("关于做好春季森林防火" + lost + "工作的通知\n各乡镇人民政府:\n为切实做好" + lost + "春季森林防火工作,"
                  + lost + "现将有关事项通知如下。" + lost).encode("utf-8")
    assert decode_text("look-alike.txt", look_alike) == (look_alike.decode("utf-8"), "utf-8")
    # the rest must be Chinese text: replacement characters alone, or with Latin mojibake between them, are no notice
    assert not plausible_with_lost_characters("\ufffd" * 200)
    assert not plausible_with_lost_characters(("\ufffd" * 5 + "Ã¤Â¸Â­Ã¦") * 20)
    assert not plausible_with_lost_characters("关于做好春季森林防火工作的通知")  # none lost: the plain check decides


def test_what_the_notice_publishes_now_is_a_document_whatever_its_name_ends_in():
    # cp01: 《湖北省生态保护红线划定方案》已制定完成并经国务院同意。现将《湖北省生态保护红线》予以发布,请结合实际,认真贯彻执行。
    assert ("湖北省生态保护红线", "issues") in references(extracted("cp01"))
    look_alike = find_citations("各区人民政府:\n《某某市城市开发边界》已经市政府常务会议审议通过,现予公布。\n")
    assert [(c.title, c.relation) for c in look_alike] == [("某某市城市开发边界", "issues")]
    assert [(c.title, c.relation) for c in find_citations("并将《某某县生态保护红线》予以发布。")] == [("某某县生态保护红线", "issues")]
    # a medium the results are published through is no document of the notice
    assert find_citations("评选结果将通过《南方日报》予以公布。") == []


def test_a_first_heading_glued_after_an_issuing_notices_closing_request_is_a_measure():
    # cp01 (an abstract, one paragraph cut before its 二、): …现将《湖北省生态保护红线》予以发布,请结合实际,认真贯彻执行。一、提高政治站位。
    assert labels(extracted("cp01")) == [("一、", 1)]
    look_alike = made_up_document(
        "某某县人民政府办公室关于印发某某县农村人居环境整治实施方案的通知各乡镇人民政府,县直各单位:现将《某某县农村人居环境整治"
        "实施方案》印发给你们,请认真贯彻执行。一、加强组织领导。各乡镇要成立工作专班,明确分管领导和工作人员,确保整治工作有序推进。\n")
    assert labels(look_alike) == [("一、", 1)]
    # an enumeration after the request (一是…) is no heading
    enumeration = made_up_document(
        "各乡镇人民政府,县直各单位:现将《某某县农村人居环境整治实施方案》印发给你们,请认真贯彻执行。一是加强组织领导,二是强化督查考核。\n")
    assert labels(enumeration) == []
