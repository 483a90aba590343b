"""Forms found by held-out set CY (tests/data/realworld/cy*, the first usable text of eight queries on the period forms of
older notices in the pages corpus, not already held, annotated before the pipeline ran on it): each test reads the real
text (named in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the
general case with it."""

from test_real_forms import real

from pipeline.extract import extract_text


def documents_of(text: str) -> list[dict]:
    return extract_text(text, "look-alike.txt")["documents"]


def header(document: dict) -> tuple:
    return document["doc_number"], document["issuer"], document["title"]


# A legal database's page holding an entry and, after it, the next entry: title / issuing-body line / title / 文号.
NEXT_ENTRY = ("某省民政厅关于做好冬春救助工作的规定\n\n某省民政厅\n\n某省民政厅关于做好冬春救助工作的规定\n\n"
              "1998年11月2日,某省民政厅\n\n各市、县民政局:\n为做好今冬明春困难群众救助工作,特制定本规定。\n"
              "一、救助范围\n1. 农村特困供养人员;\n2. 城市低保对象。上述规定请认真贯彻执行。\n\n\n"
              "关于印发《农村饮水安全工程建设管理办法》的通知\n\n{issuers}\n\n\n"
              "关于印发《农村饮水安全工程建设管理办法》的通知\n\n\n发改农经〔2007〕1752号\n\n\n\n"
              "各省、自治区、直辖市发展改革委、水利(水务)厅(局)、卫生厅(局)、\n")


def test_a_database_issuing_body_line_cut_with_deng_is_a_row_of_issuers():
    # cy01: 关于印发《国家文化科技创新工程纲要》的通知 / 科学技术部 财政部 文化部等 / 关于印发《…》的通知 / 国科发高〔2012〕759号:
    # the next entry of the page starts at its first title, its issuers the bodies the line prints, without 等
    documents = documents_of(real("cy01"))
    assert [header(document) for document in documents] == [
        (None, "全国土地资源调查办公室", "全国土地资源调查办公室关于全国土地资源调查技术指导组活动费使用管理的规定"),
        ("国科发高〔2012〕759号", "科学技术部 财政部 文化部", "关于印发《国家文化科技创新工程纲要》的通知")]
    assert not [c for c in documents[0]["citations"] if c["title"] == "国家文化科技创新工程纲要"]  # no longer in the rules
    for issuers in ("国家发展改革委 水利部 卫生部 等", "国家发展改革委　水利部　卫生部等"):  # a space before 等, full-width spaces
        look_alike = documents_of(NEXT_ENTRY.format(issuers=issuers))
        assert [header(document)[0] for document in look_alike] == [None, "发改农经〔2007〕1752号"]
        assert look_alike[1]["issuer"] == "国家发展改革委 水利部 卫生部"
        assert "农村饮水安全工程建设管理办法" not in [c["title"] for c in look_alike[0]["citations"]]


def test_one_body_and_deng_is_no_issuers_line():
    # 市教育局等 is a list's phrase (市教育局等部门), no line of joint issuers: no issuer read from it
    look_alike = documents_of(NEXT_ENTRY.format(issuers="市教育局等"))
    assert all(document["issuer"] not in ("市教育局", "市教育局等") for document in look_alike)


def test_recipients_on_the_last_line_of_a_copy_cut_inside_them():
    # cy01: the copy ends inside the next entry's recipients (…文化厅(局)、广播影视局、), before their colon
    documents = documents_of(real("cy01"))
    assert documents[1]["recipients"] == \
        '["各省、自治区、直辖市、计划单列市科技厅(委、局)、党委宣传部、财政厅(局)、文化厅(局)、广播影视局"]'
    look_alike = documents_of(NEXT_ENTRY.format(issuers="国家发展改革委 水利部 卫生部等"))
    assert look_alike[1]["recipients"] == '["各省、自治区、直辖市发展改革委、水利(水务)厅(局)、卫生厅(局)"]'
    # a title alone, then a line that is no list of bodies: no recipients
    titled = documents_of("某县人民政府关于做好防汛工作的通知\n\n做好防汛工作,确保安全度汛。\n")
    assert titled[0]["recipients"] in ("[]", None)
