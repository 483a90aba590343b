"""A copy whose last line is its signer's name without the date (the page printed the date elsewhere, or the copy
stopped there): the body's name alone after the last sentence, the sign-off or an attachment's line is the signature
(pipeline/document/tail.py closing_name). Not a numbered item the copy cut short, a task table's last cell, a list."""

from __future__ import annotations

from pipeline.extract import extract_text

HEAD = ("转发县人民政府办公室关于进一步加强\n近期安全生产的通知\n局属各单位,全县各市政、园林施工企业,燃气单位:\n"
        "根据县人民政府办公室《关于进一步加强近期安全生产工作的通知》精神,要求各单位切实做好安全生产各项工作,并将自查情况报我局。\n")


def only_document(text: str) -> dict:
    documents = extract_text(text)["documents"]
    assert len(documents) == 1
    return documents[0]


def test_a_name_after_an_attachment_line_signs_the_copy():
    # a county bureau's forward on a news mirror: 附: the forwarded notice's name, then the bureau's name, no date
    document = only_document(HEAD + "附:县人民政府办公室《关于进一步加强近期安全生产工作的通知》\n绍兴县建设局\n")
    assert document["issuer"] == "绍兴县建设局"
    assert not any("绍兴县建设局" in measure["text"] for measure in document["measures"])


def test_a_name_after_the_last_sentence_or_the_sign_off_signs_the_copy():
    assert only_document(HEAD + "某某县教育局\n")["issuer"] == "某某县教育局"
    assert only_document(HEAD + "特此通知。\n\n某某市财政局\n")["issuer"] == "某某市财政局"


def test_a_cut_item_a_table_cell_or_a_list_is_no_signature():
    cut_item = "某某市人民政府关于加强督查工作的通知\n各县区人民政府:\n现将有关事项通知如下。\n一、明确责任。各地要抓好落实。\n第十条 加强政府\n"
    assert only_document(cut_item)["issuer"] != "第十条 加强政府"
    cell = HEAD + "责任单位:\n市财政局\n"
    assert only_document(cell)["issuer"] != "市财政局"
    # 附： alone heads the attached text, its issuers first (a judicial interpretation's 附： / 农业部 卫生部 …)
    attached = HEAD + "附：\n农业部 卫生部 国家药品监督管理局\n"
    assert only_document(attached)["issuer"] is None
    listed = HEAD + "市财政局、市教育局\n"
    assert only_document(listed)["issuer"] is None
