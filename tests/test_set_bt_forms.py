"""Forms found by held-out set BT (tests/data/realworld/bt*, three notices of provincial-level governments, each the first
real notice the pages corpus returned for its province's query and not already in the sets, annotated before the pipeline
ran on them): each test reads a real notice (named in the test) and a look-alike of the same form, or one that must keep
its reading, so a fix never takes the general case with it."""

from extractors.targets import find_targets
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
