"""Forms found by held-out set BR (tests/data/realworld/br*, the lowest level of government — a town's open letter, a
township's 通告, a subdistrict's and a city's community notices — chosen by fixed pages-corpus queries and annotated before
the pipeline ran on them): each test reads a real notice of the set (named in the test) and a look-alike of the same form, or
one that must keep its reading, so a fix never takes the general case with it."""

import json
from pathlib import Path

from pipeline.document.embedded import heading_copy_labels
from pipeline.document.lines import split_lines
from pipeline.extract import extract_file, extract_text

REALWORLD = Path(__file__).parent / "data" / "realworld"


def _real_file(prefix: str) -> Path:
    return next(REALWORLD.glob(f"{prefix}_*.txt"))


# ------------------------------------------------------------------ a collection's copies numbered under the page's heading


def test_copies_numbered_under_the_pages_heading_are_documents_titled_by_it():
    # br01: 致集鎮居民的公開信 (the heading, three times), then 致集鎮居民的公開信1 over a town government's letter and
    # 致集鎮居民的公開信2 over another: two documents, each titled by the name heading and label share (C22), whatever it
    # ends with (a letter's name is no notice type)
    documents = extract_file(str(_real_file("br01")))["documents"]
    assert [document["title"] for document in documents] == ["致集鎮居民的公開信", "致集鎮居民的公開信"]
    assert documents[0]["issuer"] == "大成橋鎮人民政府"
    assert [json.loads(document["recipients"]) for document in documents] == [["集鎮廣大居民朋友們"], ["集鎮居民朋友們"]]


def test_a_dash_after_the_copys_number_is_part_of_its_label():
    # br03: 社区清理环境通知1—— and 社区清理环境通知2—— under the heading 社区清理环境通知: the second copy's items are its own,
    # and its title is the shared name, not the label with its number and dash
    documents = extract_file(str(_real_file("br03")))["documents"]
    assert [document["title"] for document in documents] == ["社区清理环境通知", "社区清理环境通知"]
    assert [len(document["measures"]) for document in documents] == [0, 4]


def test_a_collection_of_notices_numbered_with_a_colon_splits_the_same_way():
    text = ("关于做好秋季防火工作的通知\n\n关于做好秋季防火工作的通知1:\n\n各村委会:\n    请各村做好秋季防火工作。\n\n"
            "镇人民政府\n2020年9月1日\n\n关于做好秋季防火工作的通知2:\n\n各社区:\n    一、加强巡查\n    二、落实值守\n")
    documents = extract_text(text)["documents"]
    assert [document["title"] for document in documents] == ["关于做好秋季防火工作的通知"] * 2
    assert [json.loads(document["recipients"]) for document in documents] == [["各村委会"], ["各社区"]]


def test_a_name_with_a_number_is_no_label_without_the_heading_above_or_a_first_copy():
    # the name never printed alone above: a line of the text; a heading's name with a 2 but no 1: no collection
    assert heading_copy_labels(split_lines("通知如下:\n社区清理环境通知2\n")) == {}
    assert heading_copy_labels(split_lines("社区清理环境通知\n正文。\n社区清理环境通知2\n")) == {}
    assert heading_copy_labels(split_lines("社区清理环境通知\n社区清理环境通知1\n正文。\n社区清理环境通知2——\n")) \
        == {1: "社区清理环境通知", 3: "社区清理环境通知"}


def test_a_single_notice_with_numbered_attachments_stays_one_document():
    # 附件1 and 附件2 after a notice are short names, printed bare nowhere above: no copies
    text = ("关于开展环境整治的通知\n各村:\n    现将有关事项通知如下:\n    一、整治范围\n    二、工作要求\n附件1\n名单\n附件2\n表格\n")
    assert len(extract_text(text)["documents"]) == 1
