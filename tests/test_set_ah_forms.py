"""Forms found by held-out set AH (tests/data/realworld/ah*, layered notices annotated before the pipeline ran on them):
each test reads a real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never
takes the general case with it."""

import sqlite3

from extractors.units import find_assignments
from pipeline.document.elements import is_organisation_line
from pipeline.document.normalise import normalise
from pipeline.build import build
from pipeline.document.structure import parse
from pipeline.ingest.rows import ATTACHED_FILE_LINE

from test_real_forms import REALWORLD, real


def documents(text: str):
    return parse(normalise(text).text)


def test_a_forward_printing_the_named_notice_straight_after_its_paragraph_splits_there():
    """ah01: 陕政办发〔1997〕41号 / recipients / 现将《国务院办公厅关于禁止非法买卖人民币的通知》(…)转发给你们… / the forwarded
    notice's title alone on its line / its own recipients: no signature or date between the two."""
    docs = documents(real("ah01"))
    assert [d.meta.doc_number for d in docs[1:]] == ["陕政办发〔1997〕41号", None]
    forwarded = docs[2].meta
    assert forwarded.title == "国务院办公厅关于禁止非法买卖人民币的通知"
    assert forwarded.recipients == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert docs[1].meta.recipients == ["各市、县(区)人民政府", "省人民政府各工作部门、各直属机构"]
    # the named title printed again without a header of its own under it is a line of the forward, not a notice
    named_again = ("各乡镇人民政府:\n现将《关于做好防汛工作的通知》转发给你们,请认真贯彻执行。\n关于做好防汛工作的通知\n"
                   "请各乡镇于6月1日前报送。\n")
    assert len(documents(named_again)) == 1
    # a title never named above is no forwarded notice either, whatever follows it
    unnamed = ("各乡镇人民政府:\n现将有关文件转发给你们,请认真贯彻执行。\n关于做好防汛工作的通知\n各村委会:\n一、加强领导。\n")
    assert len(documents(unnamed)) == 1


def test_twelve_joint_issuers_one_a_line_with_the_league_centre_sign_together():
    """ah04: 住房和城鄉建設部 … 共青團中央 / 中華全國供銷合作總社 / 2020年11月27日: the League's centre ends an organisation,
    so the signature is the twelve of them, not the last line alone."""
    meta = documents(real("ah04"))[0].meta
    assert meta.issuer.split()[0] == "住房和城鄉建設部" and "共青團中央" in meta.issuer
    assert meta.issuer.endswith("中華全國供銷合作總社") and meta.signed_date == "2020-11-27"
    assert meta.cc == ["各省、自治區、直轄市黨委"]
    assert is_organisation_line("中共中央") and is_organisation_line("共青团中央")
    assert not is_organisation_line("中央") and not is_organisation_line("贯彻落实党中央决策部署。")


def test_a_table_unit_cell_whose_names_spaces_alone_separate_is_a_list():
    """ah08: 烟花爆竹 | 1月份 | 安监站 安监所 | and 交通运输 | 12月份 | 超限站 公路站 交警六中队 |: each name its own unit."""
    names = [m.name for m in find_assignments(real("ah08"))]
    assert {"安监站", "安监所", "超限站", "公路站", "交警六中队", "文化站", "卫生院"} <= set(names)
    assert "安监站 安监所" not in names
    # a name a space breaks (市发展 改革委: its parts are no names) stays one unit
    broken = "任务 | 责任单位 |\n加强管理 | 市发展 改革委 |\n"
    assert [m.name for m in find_assignments(broken)] == ["市发展改革委"]


def test_a_doc_number_named_as_an_attached_files_name_is_cited(tmp_path):
    """ah03: 附件:东卫函〔2016〕94号.pdf / 粤卫通〔2016〕4号.pdf: file names to the wrapper test, 文号 of attached documents in
    the notice's attachment list, stored as its citations."""
    source = next(REALWORLD.glob("ah03_*.txt"))
    build([str(source)], str(tmp_path / "n.db"), workers=1)
    with sqlite3.connect(tmp_path / "n.db") as conn:
        stored = [row[0] for row in conn.execute("SELECT doc_number FROM citations ORDER BY start")]
    assert stored == ["东卫函〔2016〕94号", "粤卫通〔2016〕4号"]
    assert all(ATTACHED_FILE_LINE.match(line) for line in real("ah03").splitlines()[2:4])
    # a page's download link is no attached file
    assert not ATTACHED_FILE_LINE.match("下载地址: 点击此处下载")
