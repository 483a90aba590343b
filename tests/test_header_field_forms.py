"""Header fields in forms the first readers missed, each on the real text beside a look-alike: an information
table copied one cell a line (label over value), a legal database's fields glued to their labels, and a
signature's one name broken over two lines."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.document.broken_paragraphs import continues
from pipeline.document.elements import run_together_recipients
from pipeline.document.lists import split_list
from pipeline.document.structure import parse
from pipeline.document.normalise import normalise
from pipeline.document.wrapper import glued_field_values, label_cell_values
from pipeline.extract import extract_text

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def _real(prefix: str) -> str:
    return next(REALWORLD.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _first(text: str) -> dict:
    return extract_text(text)["documents"][0]


def test_a_table_copied_one_cell_a_line_reads_each_label_over_its_value():
    # aa14: 公開日期 / 2025年09月12日 is the page's date, no signing date (the table's labels are printed)
    document = _first(_real("aa14"))
    assert document["signed_date"] is None
    assert document["doc_number"] == "交辦規劃函〔2025〕1627號"
    lines = _real("aa14").splitlines()
    assert label_cell_values(lines)["公开日期"] == "2025年09月12日"


def test_a_table_whose_labels_were_lost_is_still_read_by_its_values():
    # the look-alike: the same values with no label cells between them (a07's form) give the date as 成文日期
    values = ["关于做好城乡统筹工作的通知", "113701130042070099-A/2021-4059841", "综合政务", "济长政办字〔2021〕3号",
              "长清区政府", "2021-04-01", "2021-04-01", "有效", "各街道办事处:", "现将有关事项通知如下。"]
    assert label_cell_values(values) == {}
    assert _first("\n".join(values))["signed_date"] == "2021-04-01"


def test_one_word_alone_that_is_a_label_is_no_table():
    # 来源 alone once (a section word) is not read as a label over the next line
    assert label_cell_values(["关于开展检查的通知", "来源", "各乡镇:", "现将有关事项通知如下。"]) == {}


def test_a_legal_databases_fields_glued_to_their_labels_are_read():
    document = _first(_real("aa15"))
    assert document["doc_number"] == "皖交发〔2021〕63号"
    assert document["signed_date"] == "2021-12-21"
    fields = glued_field_values(_real("aa15").splitlines())
    assert fields["时效性"] == "现行有效" and fields["发文机关"] == "中共安徽省交通运输厅党组"


def test_one_line_opening_with_a_label_word_is_no_field():
    lines = ["关于转发有关文件的通知", "各乡镇人民政府:", "来源于省厅的文件现转发给你们,请认真执行。", "名称变更的单位请及时报告。"]
    assert glued_field_values(lines) == {}


def test_a_signature_broken_over_two_lines_is_one_name():
    # aa10: 玉環市新型冠狀病毒感染的肺炎疫情 / 防控指揮部 / 2020年1月28日
    assert _first(_real("aa10"))["issuer"] == "玉環市新型冠狀病毒感染的肺炎疫情防控指揮部"


def test_a_sentence_above_a_signature_is_no_part_of_its_name():
    text = "关于做好疫情防控工作的通知\n各村(社区):\n一、加强排查。\n以上通知希遵照执行\n防控指挥部\n2020年1月28日"
    assert _first(text)["issuer"] == "防控指挥部"


def test_the_real_texts_keep_their_annotated_header():
    for prefix in ("aa10", "aa14", "aa15"):
        gold = json.loads(next(REALWORLD.glob(f"{prefix}_*.json")).read_text(encoding="utf-8"))["documents"][0]
        document = parse(normalise(_real(prefix)).text)[0]
        assert document.meta.issuer == gold["issuer"] and document.meta.doc_number == gold["doc_number"]


def test_a_place_class_then_a_class_of_bodies_by_kind_are_two_recipients():
    # aa18: 各村、企事业单位 — the villages, then enterprises and institutions
    assert json.loads(_first(_real("aa18"))["recipients"]) == ["各村", "企事业单位"]
    # the look-alike: 镇人民政府 after 各乡 is those places' body, one class
    assert split_list("各乡、镇人民政府") == ["各乡、镇人民政府"]


def test_a_committee_of_a_bracketed_place_class_and_its_government_are_one_recipient():
    # aa03: 各縣(市、區)委、人民政府 as a01's 各县市区委、人民政府
    assert json.loads(_first(_real("aa03"))["recipients"])[0] == "各縣(市、區)委、人民政府"
    # the look-alike: the committees beside a class of bodies named in full are two recipients
    assert split_list("各县(市、区)委、县直各单位") == ["各县(市、区)委", "县直各单位"]


def test_a_legal_databases_province_before_a_city_bodys_name_gives_way_to_the_signature():
    # aa06: 福建省厦门市人民政府办公厅 over the 文号, signed 厦门市人民政府办公厅
    assert _first(_real("aa06"))["issuer"] == "厦门市人民政府办公厅"


def test_a_header_name_longer_than_its_signature_by_more_than_a_province_is_kept():
    text = ("中共厦门市委办公厅\n厦委办〔2008〕5号\n关于做好信息报送工作的通知\n各区委:\n现将有关事项通知如下。\n"
            "一、加强报送。\n厦门市委办公厅\n2008年4月11日")
    assert _first(text)["issuer"] == "中共厦门市委办公厅"


def test_recipients_run_together_without_punctuation_are_cut_between_classes_of_bodies():
    # a copy that lost every mark: classes of bodies one after another, each opening as an addressee does
    text = ("中共甲县县委办公室 甲县人民政府办公室关于印发甲县农村人居环境整治方案的通知\n\n"
            "各乡镇党委政府县直各部门县级国家机关各人民团体\n\n"
            "甲县农村人居环境整治方案已经县委县政府同意现印发给你们请认真贯彻执行\n\n"
            "中共甲县县委办公室\n\n甲县人民政府办公室\n\n2021523\n\n甲县农村人居环境整治方案\n\n"
            "为加快推进农村人居环境整治结合实际制定本方案\n")
    meta = parse(normalise(text).text)[0].meta
    assert meta.recipients == ["各乡镇党委政府", "县直各部门", "县级国家机关", "各人民团体"]
    # the joint signature over its date without 年月日 stands alone under the sentence that lost its 。
    assert meta.signed_date == "2021-05-23" and meta.issuer == "中共甲县县委办公室 甲县人民政府办公室"
    assert run_together_recipients("各乡镇人民政府县人民政府各部门各企事业单位") == [
        "各乡镇人民政府", "县人民政府各部门", "各企事业单位"]  # a body's members (各部门) are not cut from it
    assert not run_together_recipients("各县人民政府办公室")  # 办公室 opens no class of bodies
    assert not run_together_recipients("各单位要认真贯彻执行县委县政府的决策部署")


def test_a_sharing_sites_note_on_the_upload_names_its_title_and_is_no_line_of_it():
    # a 文库 page shows one page of an upload: the site's note names the document in its 《》, the page shown after _页
    text = ("欢迎来到天天文库\n浏览记录\nID:51234567\n大小:18.00 KB\n页数:4页\n时间:2020-03-02\n"
            "《乡镇农村人居环境整治实施方案_页3》由会员上传分享,免费在线阅读,更多相关内容在行业资料-天天文库。\n"
            "5、开展村庄清洁行动。各村要在6月底前完成垃圾清理。责任单位:各村委会。\n")
    document = parse(normalise(text).text)[0]
    assert document.meta.title == "乡镇农村人居环境整治实施方案"
    assert "由会员上传分享" not in document.text[document.body_start:]
    # a sentence naming a document and who explains it is the notice's own
    assert parse(normalise("《市容环境整治方案》由区城管局负责解释。\n").text)[0].meta.title is None


def test_a_joint_signatures_date_without_its_characters_stands_alone_under_it():
    # a portal's copy: the joint issuers two a line, their date 2021年3月1日 printed 202131, the issued rules' title below
    text = ("机关各处室:\n\n《省民委机关公文处理办法》已经委局主任办公会研究通过。现予印发,请认真贯彻实施。\n\n"
            "                  甲省民委办公室      甲省宗教局办公室\n\n                202131\n\n"
            "省民委机关公文处理办法\n\n第一条  为规范机关公文处理工作,制定本办法。\n")
    meta = parse(normalise(text).text)[0].meta
    assert meta.signed_date == "2021-03-01" and meta.issuer == "甲省民委办公室 甲省宗教局办公室"
    assert not continues("甲省民委办公室      甲省宗教局办公室", "202131")
    # digits wrapped onto a line of their own under a sentence, not under a signature, still go on with it
    assert continues("截至目前全省已登记注册的各类宗教活动场所的编号从2021001开始到", "202131")


def test_a_download_link_naming_the_file_by_its_number_gives_the_notices_number():
    # a local portal's copy: no 文号 printed, the page's download link names the notice's file by it
    text = ("各乡镇人民政府,县政府直属各有关单位:\n"
            "根据省林业厅《关于开展林权抵押贷款工作的通知》(浙林计〔2009〕31号),现将有关事项通知如下。\n"
            "一、各乡镇要在10月底前完成林权登记。\n二○○九年九月七日\n下载阅读版本:甲政办发〔2009〕152号.pdf\n")
    assert parse(normalise(text).text)[0].meta.doc_number == "甲政办发〔2009〕152号"
    # a download named by a 文号 the text cites is that document's file, not the notice's
    cited = text.replace("甲政办发〔2009〕152号.pdf", "浙林计〔2009〕31号.pdf")
    assert parse(normalise(cited).text)[0].meta.doc_number is None


def test_a_hijacked_mirrors_casino_words_where_the_title_began_leave_no_title():
    text = ("ds足球比分开展2022年度春季造林绿化工作的通知\n各市、县(市、区)林业局:\n"
            "为做好春季造林绿化工作,现将有关事项通知如下。\n一、各地要在4月底前完成造林任务。\n")
    assert parse(normalise(text).text)[0].meta.title is None
    # a notice about football keeps its title
    genuine = text.replace("ds足球比分开展2022年度春季造林绿化工作的通知", "关于举办2022年全市校园足球联赛的通知")
    assert parse(normalise(genuine).text)[0].meta.title == "关于举办2022年全市校园足球联赛的通知"
