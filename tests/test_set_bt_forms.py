"""Forms found by held-out set BT (tests/data/realworld/bt*, three notices of provincial-level governments, each the first
real notice the pages corpus returned for its province's query and not already in the sets, annotated before the pipeline
ran on them): each test reads a real notice (named in the test) and a look-alike of the same form, or one that must keep
its reading, so a fix never takes the general case with it."""

import json

from extractors.citations import find_citations
from extractors.targets import find_targets
from pipeline.document.glued import masthead_header_breaks
from pipeline.document.normalise import normalise

from test_real_forms import extracted, made_up_document


def _targets(text: str) -> list[tuple[str, str]]:
    return [(item.text, item.unit) for item in find_targets(text)]


# ------------------------------------------------------------------ header


def test_a_breadcrumb_ending_in_the_pages_headline_is_the_sites_and_the_title_is_printed_under_it():
    # bt01: 乡村研究数据库 > 地方政策 > 西藏自治区人民政府关于…的实施意见, then the title again on its own line
    document = extracted("bt01")
    assert document["title"] == "西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见"
    assert document["issuer"] == "西藏自治区人民政府"
    look_alike = made_up_document("政策库 > 地方文件 > 某省人民政府办公厅关于加强农村饮水安全工程运行管护的通知\n"
                           "某省人民政府办公厅关于加强农村饮水安全工程运行管护的通知\n各市人民政府,省政府各部门:\n"
                           "为加强农村饮水安全工程运行管护,现通知如下:\n一、落实管护责任\n二、保障运行经费\n")
    assert look_alike["title"] == "某省人民政府办公厅关于加强农村饮水安全工程运行管护的通知"
    assert look_alike["issuer"] == "某省人民政府办公厅"


def test_a_line_compared_with_a_sign_is_no_breadcrumb():
    # the breadcrumb needs two short crumbs before its headline; a figure compared with > is text
    document = made_up_document("关于做好大气污染防治工作的通知\n各县区:\n一、加强监测\nPM2.5 > 75微克每立方米的天数不超过30天,各县区要加强监测并按日报送数据。\n")
    assert document["title"] == "关于做好大气污染防治工作的通知"


# ------------------------------------------------------------------ a PDF transcription spaced throughout


SPACED = ("1 省 政 府 文 件 某 省 人 民 政 府 关 于 加 快 发 展 现 代 农 业 的 意 见 各 市 人 民 政 府 ꎬ 省 政 府 各 部 门 : "
          "为 贯 彻 落 实 «国 务 院 关 于 加 快 发 展 现 代 农 业 的 意 见» ( 国 发 号 )ꎬ 结 合 我 省 实 际 ꎬ 提 出 如 下 意 见 ꎮ "
          "到 年 底 全 省 农 作 物 耕 种 收 综 合 机 械 化 率 达 到 70% 以 上 ꎬ 新 建 高 标 准 农 田 5 万 亩 ꎮ")


def test_a_transcription_with_a_space_after_every_character_is_read_as_words():
    # bt02: a PDF-sharing site's transcript, 青 海 省 人 民 政 府 关 于 印 发 …, its comma and full stop as ꎬ and ꎮ, 《》 as «»
    document = extracted("bt02")
    assert [(item["title"], item["relation"]) for item in document["citations"]] == [
        ("青海省深入推动金融改革发展的若干政策措施", "issues"), ("关于促进金融业发展的意见", "implements")]
    text = normalise(SPACED).text
    assert "某省人民政府关于加快发展现代农业的意见" in text and "，省政府各部门:" in text
    assert "《国务院关于加快发展现代农业的意见》" in text and "。" in text and "ꎬ" not in text
    assert "70% 以上" in text or "70%以上" in text
    look_alike = made_up_document(SPACED)
    assert [item["title"] for item in look_alike["citations"]] == ["国务院关于加快发展现代农业的意见"]
    assert any(item["unit"] == "亩" and item["value"] == 50000 for item in look_alike["targets"])


def test_a_heading_or_a_signature_printed_spaced_is_not_a_transcription():
    # a short spaced run (a signature, a spaced 通 知) is left to its own readers; a line of Latin words keeps its spaces
    for text in ("通 知\n各乡镇:\n现将有关事项通知如下。\n", "国  务  院\n二○一一年十月十七日\n",
                 "Views: 9 years ago a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p\n"):
        assert normalise(text).text.replace("\n", "") == text.replace("\n", "").replace("国  务  院", "国务院")


# ------------------------------------------------------------------ targets


def test_a_rate_set_at_a_distance_from_anothers_is_no_target():
    # bt02: 存款准备金率按低于同类金融机构1个百分点执行 (a differential; a planned rise stays a target)
    assert _targets("存款准备金率按低于同类金融机构1个百分点执行。") == []
    assert _targets("贷款利率按高于同期基准利率 2个百分点确定。") == []
    assert [unit for _, unit in _targets("综合机械化率比上年提高2个百分点以上。")] == ["百分点"]


# ------------------------------------------------------------------ a first page on one line, its 版头 glued before the title


def test_a_first_page_glued_on_one_line_is_cut_at_its_masthead_title_number_and_recipients():
    # bt02: 1 省政府文件青海省人民政府关于印发…的通知青政号各市自治州人民政府，省政府各委办厅局:彻执行。… (the transcript lost the
    # line breaks with the spaces): the page's number, the 版头, the title, the 文号 as left (its figures lost), the recipients
    document = extracted("bt02")
    assert document["title"] == "青海省人民政府关于印发青海省深入推动金融改革发展若干政策措施的通知"
    assert document["issuer"] == "青海省人民政府"
    assert json.loads(document["recipients"]) == ["各市自治州人民政府", "省政府各委办厅局"]
    glued = ("1 某市人民政府文件某市人民政府关于做好2019年防汛工作的通知某政发〔2019〕12号各区县人民政府，市政府各部门：现将有关事项"
             "通知如下。\n一、加强领导\n各地要高度重视。\n某市人民政府\n2019年5月6日\n")
    document = made_up_document(glued)
    assert (document["title"], document["doc_number"], document["issuer"]) == (
        "某市人民政府关于做好2019年防汛工作的通知", "某政发〔2019〕12号", "某市人民政府")
    assert json.loads(document["recipients"]) == ["各区县人民政府", "市政府各部门"]
    spaced = ("1 某 市 人 民 政 府 文 件 某 市 人 民 政 府 关 于 做 好 防 汛 工 作 的 通 知 某 政 发 号 各 区 县 人 民 政 府 ꎬ 市 政 府 "
              "各 部 门 : 现 将 有 关 事 项 通 知 如 下 ꎮ 各 地 要 高 度 重 视 ꎬ 落 实 责 任 ꎮ")
    document = made_up_document(spaced)
    assert (document["title"], document["issuer"]) == ("某市人民政府关于做好防汛工作的通知", "某市人民政府")
    assert json.loads(document["recipients"]) == ["各区县人民政府", "市政府各部门"]


def test_a_documents_mention_or_a_masthead_on_its_own_line_is_not_cut():
    # 根据省政府文件精神 (a mention inside a sentence) opens no 版头; a 版头 already on its line keeps its reading
    assert masthead_header_breaks("根据省政府文件精神，关于做好防汛工作的通知各区县人民政府:现将有关事项通知如下。") == []
    assert masthead_header_breaks("某市人民政府文件\n某市人民政府关于做好防汛工作的通知\n各区县人民政府:\n") == []
    # no recipients after the title: a line that merely begins with a 版头-like phrase is left whole
    assert masthead_header_breaks("市档案局文件管理办法关于归档范围的规定如下。") == []


def test_a_national_title_of_the_notices_own_name_is_another_document_when_the_notice_names_its_local_issuer():
    # a province's …关于加快发展现代农业的意见 implementing 《国务院关于加快发展现代农业的意见》 (the look-alike above, now that its
    # title is read): two documents of one name; a title naming no issuer may be the national one's own, and stays its own
    body = "为贯彻落实《国务院关于加快发展现代农业的意见》，结合实际，提出如下意见。"
    assert [c.title for c in find_citations(body, own_titles=["某省人民政府关于加快发展现代农业的意见"])] == [
        "国务院关于加快发展现代农业的意见"]
    assert find_citations(body, own_titles=["关于加快发展现代农业的意见"]) == []
    assert find_citations(body, own_titles=["国务院关于加快发展现代农业的意见"]) == []


def test_an_ordinary_spaced_paragraph_is_joined_but_not_cut_as_a_header():
    # a transcript's body paragraph that names a 文件 and a 关于 title but opens with no 版头 stays one line
    spaced = ("各 地 要 认 真 学 习 省 政 府 文 件 ꎬ 贯 彻 «关 于 加 快 发 展 现 代 农 业 的 意 见» 的 要 求 ꎬ 各 部 门 要 加 强 协 作 : "
              "确 保 全 年 新 建 高 标 准 农 田 5 万 亩 以 上 ꎬ 农 作 物 耕 种 收 综 合 机 械 化 率 达 到 70% 以 上 ꎮ")
    text = normalise(spaced).text
    assert "\n" not in text.strip() and text.startswith("各地要认真学习省政府文件，贯彻《关于加快发展现代农业的意见》")
