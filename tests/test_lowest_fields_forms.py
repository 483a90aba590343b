"""General forms behind the lowest fields of the realworld sets (issue 15's lowest-fields round): each a real-looking
example of the form, and a look-alike that must keep its reading."""

from __future__ import annotations

import json

import pytest

from extractors.citations import find_citations
from extractors.targets import find_targets
from pipeline.document.glued import glued_header_breaks
from pipeline.extract import extract_text


def comparators(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.comparator) for t in find_targets(text)]


# u13: a comparator whose object is words closed by 、 bounds those words, not the figure opening the list's next item.
@pytest.mark.parametrize("text, expected", [
    ("确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长。", ("4个", "=")),
    ("力争增速不低于全省平均水平、3个重点园区全部通过验收。", ("3个", "=")),
])
def test_a_figure_after_a_comparators_listed_words_is_not_bounded(text, expected):
    assert expected in comparators(text)


@pytest.mark.parametrize("text, expected", [
    ("分别不低于24%、30%。", ("30%", ">=")),  # a list of figures shares its comparator
    ("二氧化硫控制在5万吨、4.5万吨和0.5万吨。", ("4.5万吨", "<=")),
])
def test_a_list_of_figures_after_a_comparator_still_shares_it(text, expected):
    assert expected in comparators(text)


# d08: a distance with 范围内 after it bounds from above, as 15公里内 does (o11).
@pytest.mark.parametrize("text, expected", [
    ("我镇境内立肇公路两边100米范围内的田地原则上要全部种油菜。", ("100米范围内", "<=")),
    ("学校周边200米范围以内不得设立网吧。", ("200米范围以内", "<=")),
    ("江淮运河生态廓道15公里内2个。", ("15公里内", "<=")),
])
def test_a_distance_within_a_range_is_a_ceiling(text, expected):
    assert expected in comparators(text)


def test_a_count_before_a_range_word_is_no_distance():
    # 范围内 after a count of things, not a length: the count keeps its own reading
    assert ("5个", "=") in comparators("全县5个范围内的试点村均已完成改造。")


# j04: a range of a count written with 至 or 到 is read at its lower end, >=, as 1-3个 and 3-5名 are (o15, av07).
@pytest.mark.parametrize("text, expected", [
    ("对符合条件的学校进行命名表彰，并推荐1至3所参加市上的评审。", ("1至3所", 1.0, ">=")),
    ("每个街道确定2到3个试点社区。", ("2到3个", 2.0, ">=")),
    ("工作队由3至5名干部组成。", ("3至5名", 3.0, ">=")),
])
def test_a_range_with_zhi_or_dao_is_read_at_its_lower_end(text, expected):
    assert expected in [(t.text, t.value, t.comparator) for t in find_targets(text)]


@pytest.mark.parametrize("text, expected", [
    ("农村居民人均收入增长至5万元。", ("5万元", 5e4, "=")),  # 至 after a verb: the figure reached
    ("综合覆盖率提高到80%。", ("80%", 80.0, "=")),
])
def test_zhi_or_dao_after_a_verb_is_no_range(text, expected):
    assert expected in [(t.text, t.value, t.comparator) for t in find_targets(text)]


# n14: a level's short name for its committee or government glued before a 文号's code names the issuer, not the code.
@pytest.mark.parametrize("text, number", [
    ("按照县委浮字[2018]30号文件精神和2018年评议工作安排,", "浮字〔2018〕30号"),
    ("根据市政府芜政〔2018〕3号文件要求,", "芜政〔2018〕3号"),
    ("根據縣委浮字〔2018〕30號文件精神,", "浮字〔2018〕30號"),
])
def test_a_short_issuer_before_a_code_is_no_part_of_it(text, number):
    assert number in [c.doc_number for c in find_citations(text)]


@pytest.mark.parametrize("text, number", [
    ("根据市委办发〔2017〕5号文件,", "市委办发〔2017〕5号"),  # 市委办发 is a code: a kind after 市委, not a place
    ("根据市委办〔20**〕91号文件,", "市委办〔20**〕91号"),
])
def test_a_code_starting_with_a_short_issuer_and_its_kind_stays_whole(text, number):
    assert number in [c.doc_number for c in find_citations(text)]


NEWS_PAGE = """首页 > 新闻中心 > 工作动态
省教育厅发出通知 {headline}
发布时间:2021-03-02 10:12   来源:省教育厅   浏览次数:
记者从省教育厅获悉,省教育厅近日发出通知,要求各地全面开展中小学校园安全隐患排查整治。各市教育局要在每月5日前将上月排查整治情况报送省教育厅。
"""


def test_a_limit_in_the_headline_over_a_reported_notice_is_read():
    # j24: a news page's headline reporting a notice (no title of the notice) states its rhythm; read once (C7)
    documents = extract_text(NEWS_PAGE.format(headline="中小学校园安全隐患排查情况一月一报"))["documents"]
    assert [d["title"] for d in documents] == [None]
    assert ("一月一报", "recurring") in [(x["text"], x["kind"]) for x in documents[0]["deadlines"]]


def test_a_bare_period_in_such_a_headline_is_no_limit():
    # a bare period there names the work (规范每周重要活动申报), as in a title
    documents = extract_text(NEWS_PAGE.format(headline="规范每周重要活动申报工作"))["documents"]
    assert "每周" not in [x["text"] for x in documents[0]["deadlines"]]


# h24: a 文库 copy glued into one line whose header is printed in its own order, 文号 then title then recipients (a
# 明传电报's labels before them): each part starts a line, so the header reads the number, the title and the recipients.
GLUED_HEADER_COPY = ("付费下载\n下载本文档\n"
                     "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n"
                     "1、发往:见报头 签批:张明等级:平急 密级: 临政办发电20193号抄送:临县人民政府办公室关于进一步做好防汛值班工作的通知"
                     "各乡镇人民政府、街道办事处,县政府各部门单位,县经济开发区管委:为切实做好今年汛期值班工作,确保全县防汛指挥调度"
                     "高效顺畅、汛情信息报送及时准确,根据上级有关规定,"
                     "现将有关事宜通知如下: 一、严格执行24小时值班制度。各单位要安排领导带班,值班人员坚守岗位,不得脱岗漏岗。"
                     "带班领导要掌握全县雨情、水情、工情和险情,及时研究部署防汛工作,对值班中发现的问题要及时处理,不得\n"
                     "2、推诿拖延。二、及时报送汛情信息。遇有突发险情,要第一时间向县防汛办报告,并在1小时内报送书面材料。\n")


def test_a_glued_header_printed_number_first_is_read():
    documents = extract_text(GLUED_HEADER_COPY)["documents"]
    assert [(d["doc_number"], d["title"]) for d in documents] == \
        [("临政办发电〔2019〕3号", "临县人民政府办公室关于进一步做好防汛值班工作的通知")]
    assert json.loads(documents[0]["recipients"]) == ["各乡镇人民政府", "街道办事处", "县政府各部门单位", "县经济开发区管委"]


def test_a_number_in_a_sentence_before_a_title_is_no_header():
    # a sentence citing a 文号 and then naming a notice: no recipients open after the title, no header is cut out
    line = ("根据省政府办公厅临政办发〔2019〕3号文件精神,县人民政府办公室关于进一步做好防汛值班工作的通知已经印发,"
            "请各单位认真贯彻执行,切实做好今年汛期值班工作,确保信息报送及时准确,遇有突发险情要第一时间向县防汛办报告。")
    assert glued_header_breaks(line) == []
