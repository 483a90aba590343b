"""A joint 版头 read from a PDF, its 文件 cell beside the first name (A文件 / B / 文号): the names stacked under the
版头 line are its joint issuers, and a name its cell wrapped over two lines is read whole."""

from __future__ import annotations

from pipeline.document.masthead import masthead_issuers, wraps_onto
from pipeline.document.header_lines import doc_number_of_line
from pipeline.extract import extract_text

BODY = ("各分工会:\n为增强体质,经研究,拟定于2017年12月2日上午举办教职工趣味运动会。现将有关事项通知如下:\n"
        "一、比赛时间:12月2日上午\n二、比赛地点:田径场\n")


def issuer_of(head: str) -> str | None:
    doc = extract_text(head + BODY)
    return (doc["documents"][0] if "documents" in doc else doc)["issuer"]


def test_a_name_wrapped_in_its_cell_is_read_whole_with_the_names_stacked_under_it():
    assert issuer_of("广东技术师范学院体育运动委文件\n员会\n工会\n广师工〔2017〕55号\n") == "广东技术师范学院体育运动委员会 工会"
    assert issuer_of("某某县人文件\n民政府\n某某县人民武装部\n某政发〔2020〕3号\n") == "某某县人民政府 某某县人民武装部"


def test_joint_issuers_stacked_under_the_first_line():
    assert issuer_of("某某市财政局文件\n某某市教育局\n某财发〔2020〕12号\n") == "某某市财政局 某某市教育局"


def test_a_lone_masthead_keeps_its_issuer():
    assert issuer_of("某某市财政局文件\n某财发〔2020〕12号\n") == "某某市财政局"
    # a line under the 版头 that is no name: no stack (the 版头's issuer alone)
    assert masthead_issuers("某某市财政局", ["签发人:张三", "某财发〔2020〕12号"], doc_number_of_line) == ("某某市财政局", 0)
    # no 文号 after the names: they are not the 版头's
    assert masthead_issuers("某某市财政局", ["工会", "各分工会:"], doc_number_of_line) == ("某某市财政局", 0)


def test_wraps_onto():
    assert wraps_onto("体育运动委", "员会") and wraps_onto("某某县人", "民政府")
    assert not wraps_onto("体育运动委员会", "工会") and not wraps_onto("某某市财政局", "某某市教育局")


def test_joint_issuers_stacked_over_the_line_whose_word_stands_beside_them():
    """A joint 版头 as a table, 文件 one cell merged down beside the stacked names and read after them (A / B　文件):
    the names above are its issuers too, as the annotations write joint issuers."""
    assert issuer_of("中共某某市委\n某某市人民政府\u3000文件\n某党发〔2015〕21号\n") == "中共某某市委 某某市人民政府"
    assert issuer_of("某某市财政局\n某某市教育局\n某某市人力资源和社会保障局 文件\n某财发〔2020〕12号\n") \
        == "某某市财政局 某某市教育局 某某市人力资源和社会保障局"
    # a 版头 typed as one line (no cell of its own for 文件): a name over it is no part of it
    assert issuer_of("某某市人民政府\n某某市人民政府办公室文件\n某政办发〔2020〕3号\n") == "某某市人民政府办公室"
    # a line above that is no organisation's name: the 版头's issuer alone
    assert issuer_of("关于加强管理的通知\n某某市财政局\u3000文件\n某财发〔2020〕12号\n") == "某某市财政局"
