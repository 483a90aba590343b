"""Forms found by held-out set CK (tests/data/realworld/ck*, every 2,000th real 发文字号 of docnumbers.tsv from lines 600
and 1600 queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from extractors.docnumbers import parse_doc_number
from pipeline.document.header import REPORTED_NOTICE
from pipeline.document.header_lines import leading_doc_number
from pipeline.document.spam import is_spam_line

from test_real_forms import extracted, made_up_document


def cited(document: dict) -> list[tuple[object, object, str]]:
    return [(citation["doc_number"], citation["title"], citation["relation"]) for citation in document["citations"]]


# ------------------------------------------------------------------ the header: a mirror's keyword line, a reporting headline


def test_a_keyword_line_split_by_the_ideograph_bar_is_a_mirrors_chrome():
    # ck04: 亚洲一区在线日韩在线尤物丨亚洲va成无码人在线观看天堂丨… over 新聞中心 / 政策法規 / the headline
    assert is_spam_line("亚洲一区在线日韩在线尤物丨亚洲va成无码人在线观看天堂丨国产xxxxx在线观看免费丨午夜无码无遮挡在线视频")
    assert is_spam_line("涩涩屋网站 I 无码色偷偷亚洲国内自拍 I 四虎成人在线播放 I 日韩av免费片 I 欧美一区二区二区")
    # a site's navigation with the same bar names no spam words; a notice's sentence keeps its bar
    assert not is_spam_line("首页丨政务公开丨政策法规丨通知公告")
    assert not is_spam_line("各县(市、区)人民政府丨市政府各部门")


def test_a_headline_reporting_a_body_publishing_a_notice_by_its_title_gives_the_title_and_the_issuer():
    # ck04: 發改委發布關于2018年光伏發電項目價格政策的通知 over the notice's recipients
    document = extracted("ck04")
    assert document["title"] == "關于2018年光伏發電項目價格政策的通知"
    assert document["issuer"] == "發改委"
    look_alike = made_up_document(
        "新闻中心\n\n政策法规\n\n国家税务总局发布关于进一步优化办税缴费服务的通知\n\n各省、自治区、直辖市税务局:\n"
        "为进一步优化服务,现就有关事项通知如下:\n一、简化申报程序。\n二、压缩办理时限。\n")
    assert look_alike["title"] == "关于进一步优化办税缴费服务的通知"
    assert look_alike["issuer"] == "国家税务总局"


def test_a_title_whose_publishing_verb_follows_its_about_keeps_its_reading():
    # 关于发布…的通知 is a notice publishing something (its 发布 after 关于); 印发 before 关于 is a title's own verb
    assert not REPORTED_NOTICE.match("国家能源局关于发布能源行业标准的通知")
    assert not REPORTED_NOTICE.match("鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知")
    document = made_up_document(
        "国家能源局关于发布能源行业标准的通知\n国能发科技〔2023〕1号\n各有关单位:\n现将有关标准予以发布。\n国家能源局\n2023年1月5日\n")
    assert document["title"] == "国家能源局关于发布能源行业标准的通知"
    assert document["issuer"] == "国家能源局"


# ------------------------------------------------------------------ a 文号 heading the body's first sentence


def test_a_number_cited_as_the_subject_of_the_first_sentence_is_no_own_number():
    # ck03: 国务院国发〔1980〕121号文件批转了…《…请示报告》(以下简称《请示报告》),现对贯彻执行中的若干具体问题,提出如下处理意见:
    document = extracted("ck03")
    assert document["doc_number"] is None
    assert ("国发〔1980〕121号", None, "cites") in cited(document)
    assert parse_doc_number("国务院国发〔1980〕121号").normalised == "国发〔1980〕121号"  # the State Council's name, then its code
    assert leading_doc_number("国发〔1980〕121号文件批转了《关于某某问题的请示报告》,现提出如下意见:")[0] is None
    assert leading_doc_number("粤府〔2003〕30号文规定的项目,一律取消。")[0] is None
    # a line opening with the notice's own number and going on with its title keeps it
    assert leading_doc_number("京政办发〔2016〕26号《北京市人民政府办公厅关于某某工作的通知》")[0] == "京政办发〔2016〕26号"


def test_a_document_whose_carrying_out_the_next_clause_settles_is_implemented():
    # ck03: 《关于普通高等学校毕业生工资待遇问题的请示报告》(以下简称《请示报告》),现对贯彻执行中的若干具体问题,提出如下处理意见
    assert ("关于普通高等学校毕业生工资待遇问题的请示报告" in [title for _, title, relation in cited(extracted("ck03"))
                                                         if relation == "implements"])
    look_alike = made_up_document(
        "关于贯彻执行有关问题的通知\n各县人民政府:\n省政府印发了《某某省农村公路养护管理办法》(某政发〔2019〕5号),现就贯彻执行中的有关问题"
        "通知如下:\n一、明确养护责任。\n")
    assert ("某政发〔2019〕5号", "某某省农村公路养护管理办法", "implements") in cited(look_alike)
    # a document the next clause sends on is issued, not implemented; a new sentence is no clause of the citing one
    issued = made_up_document("各县人民政府:\n《某某县农村公路养护管理办法》已经县政府同意,现印发给你们,请认真贯彻执行。\n")
    assert [relation for _, _, relation in cited(issued)] == ["issues"]
    reported = made_up_document("各县人民政府:\n《某某省农村公路养护管理办法》施行以来成效明显。现就贯彻执行中的有关问题通知如下:\n"
                                "一、明确养护责任。\n")
    assert [relation for _, _, relation in cited(reported)] == ["cites"]
