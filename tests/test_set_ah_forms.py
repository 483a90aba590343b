"""Forms found by held-out set AH (tests/data/realworld/ah*, layered notices annotated before the pipeline ran on them):
each test reads a real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never
takes the general case with it."""

import sqlite3

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.units import find_assignments
from pipeline.document.dates import parse_date
from pipeline.document.lists import split_list
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


def test_a_schedule_tables_month_cells_are_the_notices_own_steps():
    """ah08: 专项整治行业名称 | 时间安排 | 责任单位 | then a row a month (烟花爆竹 | 1月份 | 安监站 安监所 |): each month a
    campaign period, its limit the month's last day (CONVENTIONS.md C18); q07: the same column copied a cell a line."""
    text = real("ah08")
    months = [d for d in find_deadlines(text, 2017) if d.text.endswith("月份")]
    assert [d.text for d in months] == [f"{n}月份" for n in range(1, 13)]
    assert months[1].date == "2017-02-28" and months[-1].date == "2017-12-31"
    assert all(text[d.start:d.end] == d.text and d.kind == "deadline" for d in months)
    q07 = [d for d in find_deadlines(real("q07"), 2023) if d.text == "6月"]
    assert [(d.kind, d.date) for d in q07] == [("deadline", "2023-06-30")]
    # a month in a column that is no time column (a count of months, a name), or a table without a header, gives nothing
    other = "项目 | 周期 | 责任单位 |\n培训 | 3月份 | 县人社局 |\n"
    assert not [d for d in find_deadlines(other, 2017) if d.text == "3月份"]
    headless = "培训 | 3月份 | 县人社局 |\n"
    assert not find_deadlines(headless, 2017)


def test_a_period_scheduled_for_a_programme_is_a_deadline_whole():
    """ah02: 中国政府网、国务院客户端定于4月1日到5月31日组织开展…在线学习活动 (the recipients to take part): the period
    whole, its end the limit; an outside meeting the notice only reports stays none (C1)."""
    found = [(d.text, d.date) for d in find_deadlines(real("ah02"), 2017)]
    assert ("4月1日到5月31日", "2017-05-31") in found and ("到5月31日", "2017-05-31") not in found
    reported = "全国人大将于3月5日召开第十三届全国人民代表大会第一次会议,各单位要认真学习。"
    assert not find_deadlines(reported, 2018)


def test_notices_forwarded_below_the_notice_are_forwarded():
    """ah02: 省政府办公厅印发的《A》和省煤炭地质局办公室印发的《B》已转发在下文: both forwarded; 已经转发《X》 alone reports an
    earlier act (cites)."""
    relations = {c.title: c.relation for c in find_citations(real("ah02"))}
    assert relations == {"关于做好2017年政府工作报告在线学习答题活动的通知": "forwards",
                         "关于参加2017年政府工作报告在线学习答题活动的通知": "forwards"}
    earlier = "我局已转发《关于做好防汛工作的通知》,请继续抓好落实。"
    assert [c.relation for c in find_citations(earlier)] == ["cites"]


def test_a_bodys_related_members_after_it_are_one_recipient():
    """ah06: 各區市場監管局，市局相關處室、相關直屬單位: the 直屬單位 are the 市局's, one entry (CONVENTIONS.md C6, as
    市政府各部门、各直属机构); 相关单位 after a class of places is another class."""
    assert documents(real("ah06"))[0].meta.recipients == ["各區市場監管局", "市局相關處室、相關直屬單位"]
    assert split_list("区政府有关部门、有关直属单位") == ["区政府有关部门、有关直属单位"]
    assert split_list("各乡镇、相关单位") == ["各乡镇", "相关单位"]


def test_a_unit_glued_to_one_the_table_prints_alone_is_two():
    """ah08: | 文化站 派出所工商质监所 | with | 工商质监所 安监站 | in another row: 派出所 and 工商质监所. A name whose end the
    table never prints alone stays whole."""
    names = [m.name for m in find_assignments(real("ah08"))]
    assert "派出所" in names and "派出所工商质监所" not in names and names.count("工商质监所") == 2
    kept = "任务 | 责任单位 |\n巡查 | 文化站 县公安局交警大队 |\n整治 | 安监站 交警中队 |\n"
    assert "县公安局交警大队" in [m.name for m in find_assignments(kept)]
    # a body with its place before a unit the table prints alone is that unit's owner
    owned = "任务 | 责任单位 |\n巡查 | 文化站 县公安局派出所 |\n整治 | 安监站 派出所 |\n"
    assert "县公安局派出所" in [m.name for m in find_assignments(owned)]


def test_a_templates_placeholder_date_is_a_date_line_without_a_date():
    """ah14: 北京市教育委員會 / 20XX年X月XX日 closes a model notice in a writing guide: a signature's date line, no date."""
    assert parse_date("20XX年X月XX日") == (None, False)
    assert parse_date("2006年9月1日") == ("2006-09-01", False)
    assert parse_date("20xx年的冬季农业生产以扩种油菜为重点") is None
    assert documents(real("ah14"))[0].meta.signed_date is None
