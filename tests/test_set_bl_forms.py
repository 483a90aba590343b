"""Forms found by held-out set BL (tests/data/realworld/bl*, policy texts held as data in public code repositories —
a policy index's Markdown file, a policy app's JSON record — chosen by rule over the code index and annotated before the
pipeline ran on them): each test reads a real notice of the set (named in the test) and a look-alike of the same form, or
one that must keep its reading, so a fix never takes the general case with it."""

import json
from pathlib import Path

from extractors.citations import find_citations
from pipeline.document.wrapper import is_chrome
from pipeline.extract import extract_file, extract_text
from pipeline.read import read_source

REALWORLD = Path(__file__).parent / "data" / "realworld"


def _real_file(prefix: str) -> Path:
    return next(REALWORLD.glob(f"{prefix}_*.txt"))


def _relations(text: str) -> dict[str, str]:
    return {citation.title: citation.relation for citation in find_citations(text)}


# ------------------------------------------------------------------ the copy as a data file holds it


def test_a_notice_saved_as_one_json_record_is_read_as_its_body_field():
    # bl02: a policy app's record {"id":…,"title":…,"documentNo":…,"excerpt":…,"fullText":"关于印发《…》的通知\n教职成〔2000〕9号
    # \n各省…"} on one line, its paragraphs escaped: the notice is the fullText, its escapes decoded
    source = read_source(_real_file("bl02"))
    assert source.meta["json_field"] == "fullText"
    assert source.text.startswith("关于印发《关于进一步加强中\n等职业教育")
    document = extract_file(str(_real_file("bl02")))["documents"][0]
    assert document["doc_number"] == "教职成〔2000〕9号"
    assert json.loads(document["recipients"]) == ["各省、自治区、直辖市教育厅（教委）", "各全国重点建设职教师资基地"]


def test_a_crawlers_record_in_an_array_of_one_is_read_too(tmp_path):
    body = ("各区县人民政府，市政府各部门：\n现将《某市防汛应急预案》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2021年5月20日\n"
            "某市防汛应急预案\n一、总则\n为做好防汛工作，制定本预案。\n二、组织体系\n市防汛指挥部负责全市防汛工作。\n")
    record = [{"title": "某市人民政府办公室关于印发某市防汛应急预案的通知", "url": "http://www.example.gov.cn/1.html",
               "content": body * 2, "publish_time": "2021-05-20"}]
    path = tmp_path / "record.txt"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    source = read_source(path)
    assert source.text == body * 2 and source.meta["json_field"] == "content"


def test_a_json_dataset_of_many_records_or_of_comparable_texts_stays_as_it_is(tmp_path):
    body = "各区县人民政府：\n现将有关事项通知如下。\n" * 12
    for value in ([{"content": body}, {"content": body}], {"summary": body, "content": body + body}):
        path = tmp_path / "data.txt"
        text = json.dumps(value, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        source = read_source(path)
        assert "json_field" not in source.meta and source.text == text


# ------------------------------------------------------------------ the copy's own notes


def test_a_copys_licence_note_under_the_copyright_law_is_no_citation_of_the_notice():
    # bl01: a Markdown index quotes its note over each text: > 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的
    # 文件不适用著作权法。 — the repository's statement about what it may copy, not the notice's reference
    document = extract_file(str(_real_file("bl01")))["documents"][0]
    assert [citation["title"] for citation in document["citations"]] == ["中华人民共和国文物保护法"]
    assert is_chrome("> 根据《中华人民共和国著作权法》第五条，本站收录的法律法规和规范性文件不适用著作权法，可自由转载。")
    assert is_chrome("依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。")
    # the law named by a notice's own duty stays its text
    assert not is_chrome("各单位要依照《中华人民共和国著作权法》加强作品版权保护，不适用的情形除外。")
    assert not is_chrome("> 各单位要依照《中华人民共和国著作权法》加强版权保护。")
    # a breadcrumb's second line keeps its own > (u13's 当前位置:首页 ⏎ > 政务公开 > 工作报告)
    assert is_chrome("> 政务公开 > 工作报告")


# ------------------------------------------------------------------ relations


def test_a_document_taken_as_the_ground_by_yi_wei_yiju_is_the_basis():
    # bl02: 以《教师法》和《职业教育法》为依据 (the 意见's guiding idea): both laws the ground of what follows
    document = extract_file(str(_real_file("bl02")))["documents"][0]
    relations = {(citation["title"], citation["relation"]) for citation in document["citations"]}
    # the mention in the frame is basis (the others: 1、's cited mention, 12、's 贯彻落实《教师法》); basis, the stronger,
    # is the document's relation
    assert {("教师法", "basis"), ("职业教育法", "basis")} <= relations
    assert _relations("本预案以《中华人民共和国突发事件应对法》（主席令第69号）为依据，结合本县实际制定。") == {
        "中华人民共和国突发事件应对法": "basis"}
    assert _relations("要以《安全生产法》《消防法》等法律法规为准绳，严格执法。") == {"安全生产法": "basis", "消防法": "basis"}
    assert _relations("县级可以《某县防汛应急预案》为依据，制定乡镇预案。") == {"某县防汛应急预案": "basis"}
    # the same frame with another close, or the title made the object of 作为, grounds nothing
    assert _relations("各地要以《关于加强安全生产工作的实施方案》为重点，抓好落实。") == {"关于加强安全生产工作的实施方案": "cites"}
    assert _relations("将《某市安全生产管理办法》作为依据。") == {"某市安全生产管理办法": "cites"}
