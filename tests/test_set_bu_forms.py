"""Forms found by held-out set BU (tests/data/realworld/bu*, notices of autonomous prefectures' and leagues' governments,
each the first such notice the pages corpus returned for its query and not already in the sets, annotated before the
pipeline ran on them): each test reads a real notice (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from pipeline.document.publisher import SHORT_FORM_ISSUER

from test_real_forms import extracted, made_up_document


# ------------------------------------------------------------------ a league's or a prefecture's government named short


def test_a_red_head_naming_the_leagues_government_without_the_league_leaves_the_issuer_to_the_title():
    # bu01: a league's gazette prints the red head 行政公署文件 over 兴安盟行政公署关于表彰奖励…的决定 (兴署发〔2019〕1号)
    document = extracted("bu01")
    assert document["issuer"] == "兴安盟行政公署"
    assert document["title"] == "兴安盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定"
    look_alike = made_up_document("行署文件\n\n某某盟行政公署关于做好春季防火工作的通知\n(某署发〔2021〕5号)\n各旗县市人民政府,盟直有关部门:\n"
                           "为做好春季防火工作,现通知如下:\n一、加强巡查\n二、落实责任\n")
    assert look_alike["issuer"] == "某某盟行政公署"
    prefecture = made_up_document("州人民政府文件\n\n某某自治州人民政府关于加强草原保护的通知\n各县市人民政府,州直各部门:\n"
                           "为加强草原保护,现通知如下:\n一、落实禁牧\n二、加强监测\n")
    assert prefecture["issuer"] == "某某自治州人民政府"


def test_a_leagues_or_prefectures_government_named_in_full_keeps_its_red_head():
    # the league's or the prefecture's name makes the 行政公署 or the 州人民政府 a full name: its red head is the issuer
    document = made_up_document("某某盟行政公署办公室文件\n\n关于做好春季防火工作的通知\n各旗县市人民政府,盟直有关部门:\n"
                         "为做好春季防火工作,现通知如下:\n一、加强巡查\n")
    assert document["issuer"] == "某某盟行政公署办公室"
    for short in ("行政公署", "行署", "盟行政公署", "地区行署办公室", "州人民政府", "州政府办公室", "旗人民政府", "州教育局", "旗卫健委"):
        assert SHORT_FORM_ISSUER.match(short), short
    for full in ("兴安盟行政公署", "阿里地区行政公署", "巴音郭楞蒙古自治州人民政府", "科尔沁右翼中旗人民政府", "延边州教育局"):
        assert not SHORT_FORM_ISSUER.match(full), full

