"""Forms found by held-out set AR (tests/data/realworld/ar*, notices as legal databases and aggregators present them):
each test reads a real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never
takes the general case with it."""

from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.info_dates import document_date
from pipeline.document.wrapper import is_info_line, read_info_fields

from test_real_forms import real


def documents(text: str):
    return parse(normalise(text).text)


def test_a_law_librarys_numbered_fields_are_its_information_not_the_notices_body():
    """ar07 and ar14: 1. 【頒布時間】… 3. 【發文號】… 7. 【法規全文】, then the title four times and the 文号: one document,
    dated by its 颁布时间 where the copy prints no date of its own (ar14 is cut before its signature)."""
    for name in ("ar07", "ar14"):
        assert len(documents(real(name))) == 1, name
    meta = documents(real("ar14"))[0].meta
    assert (meta.doc_number, meta.signed_date) == ("國發〔2021〕26號", "2021-11-15")
    # a numbered item that opens with a bracketed word of the notice's own is no field, and stays a measure
    text = "关于做好防汛工作的通知\n各镇街:\n1. 【重要】巡查河道。\n2. 落实值班。\n"
    assert not is_info_line("1. 【重要】巡查河道。")
    assert [measure.label for measure in documents(text)[0].measures] == ["1.", "2."]


def test_an_industry_law_librarys_field_block_dates_the_document():
    """ar02: 发布单位 / … / 发布文号 暂无 / 发布日期 2019-04-06 生效日期 2019-04-06: the library's 发布日期 is the
    document's date (a database's attributes, as 时效性), not the page's posting stamp above it (2019-04-08 16:37:35)."""
    assert documents(real("ar02"))[0].meta.signed_date == "2019-04-06"
    # a portal's table with the same 发布日期 but no database field dates the page only
    fields = read_info_fields(["索引号: 001-2019-00012", "发布日期 2019-04-06 生效日期 2019-04-06"])
    assert fields.get("发布日期") and document_date(fields) is None


def test_a_line_ending_with_a_web_address_is_not_continued_by_the_recipients():
    """ar04: 备注 http://www.smx.gov.cn/…/59576.htm, then the notice's recipients: they stay the recipients."""
    meta = documents(real("ar04"))[0].meta
    assert meta.recipients == ["各县(市、区)人民政府", "开发区、产业集聚区管理委员会", "市人民政府各部门"]
    # a sentence with an address inside it, broken after the address's line, is still one paragraph
    text = normalise("各有关单位：\n请登录 http://www.example.gov.cn 下载申报表格,各单位认真填写并加盖公章后于\n5月10日前报送市教育局。\n").text
    assert "加盖公章后于5月10日前报送" in text
