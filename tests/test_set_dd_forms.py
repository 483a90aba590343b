"""Forms of set DD (tests/data/realworld/dd*: notices drawn by 文种 other than the plain 通知 — 批复, 复函, 决定, 通告, 公告,
函 — whose headers and recipients differ): the forms the set's queries and their probes show, one test each, with
real-looking examples of the form and a non-example."""

from __future__ import annotations

from pipeline.document.header_lines import announcement_number
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

ANNOUNCEMENT = """{heading}
{serial}
根据《中华人民共和国大气污染防治法》有关规定，为改善空气质量，现将有关事项公告如下：
一、禁燃区范围为中心城区建成区。
二、本公告自2021年7月1日起施行。
特此公告。
{signature}
2021年5月28日
"""


def _meta(text: str):
    return parse(normalise(text).text)[0].meta


def test_an_announcements_heading_over_its_serial_is_its_number_and_names_its_issuer():
    # ministries' and governments' 公告 print the body's 公告 as their heading and the serial, with its year or not, on the
    # next line (gov.cn's 中华人民共和国农业农村部公告 / 第911号, 国家税务总局公告 / 2019年第12号): the series' number, as the
    # sets annotate it when the copy prints it on one line (av02's 中华人民共和国农业农村部公告第911号), no title (ar05)
    for heading, serial, signature, number, issuer in (
            ("中华人民共和国农业农村部公告", "第911号", "农业农村部", "中华人民共和国农业农村部公告第911号", "中华人民共和国农业农村部"),
            ("国家税务总局公告", "2019年第12号", "国家税务总局", "国家税务总局公告2019年第12号", "国家税务总局"),
            ("德阳市人民政府公告", "第 3 号", "德阳市人民政府", "德阳市人民政府公告第3号", "德阳市人民政府")):
        meta = _meta(ANNOUNCEMENT.format(heading=heading, serial=serial, signature=signature))
        assert (meta.doc_number, meta.issuer, meta.title, meta.signed_date) == (number, issuer, None, "2021-05-28")
    assert announcement_number("国家税务总局公告", "2019年第12号") == "国家税务总局公告2019年第12号"
    # not the form: a title's 关于…的公告 over a serial, a 公告 no body issues, a serial in words or without 第
    assert announcement_number("德阳市人民政府关于划定高污染燃料禁燃区的公告", "第3号") is None
    assert announcement_number("国有建设用地使用权挂牌出让公告", "第3号") is None
    assert announcement_number("国家税务总局公告", "第十二号") is None
    assert announcement_number("国家税务总局公告", "2019年12号") is None
    titled = _meta(ANNOUNCEMENT.format(heading="德阳市人民政府关于划定高污染燃料禁燃区的公告", serial="德府告〔2021〕3号",
                                       signature="德阳市人民政府"))
    assert (titled.doc_number, titled.title) == ("德府告〔2021〕3号", "德阳市人民政府关于划定高污染燃料禁燃区的公告")
