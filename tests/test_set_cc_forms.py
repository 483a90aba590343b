"""Forms found by held-out set CC (tests/data/realworld/cc*, every 2,000th real 发文字号 of docnumbers.tsv from line 1000
queried in the pages corpus, the first usable text of each query not already held, annotated before the pipeline ran on
it): each test reads the real text (named in the test) and a look-alike of the same form, or one that must keep its
reading, so a fix never takes the general case with it."""

from extractors.citations import find_citations

from test_real_forms import extracted, made_up_document

LETTER = ("您的位置: 首页 » 法律资料网 » 法律法规 »\n\n{title}\n\n作者:法律资料网 时间:2024-07-04 03:20:06   浏览:9467   来源:法律资料网\n"
          "下载地址: 点击此处下载\n\n{title}\n\n{issuer}\n\n\n{title}\n\n{header}\n各省、自治区、直辖市商务主管部门:\n"
          "为方便企业办理有关手续,现将有关事项通知如下。\n以上,请遵照执行。\n")
TITLE = "商务部关于加工贸易企业办理有关手续问题的通知"


# ------------------------------------------------------------------ a source's header block: 文号 / issuer / dashed day


def test_a_dashed_day_under_the_number_and_issuer_of_a_databases_header_block_is_the_documents_date():
    # cc03: 国税函[2002]197号 ⏎ 国家税务总局 ⏎ 2002-3-11, then the recipients; the page's own stamp (时间:2024-07-04…) is
    # the site's, and the letter has no signature
    assert extracted("cc03")["signed_date"] == "2002-03-11"
    look_alike = made_up_document(LETTER.format(title=TITLE, issuer="商务部", header="商资函[2005]36号\n商务部\n2005-4-8"))
    assert look_alike["signed_date"] == "2005-04-08"


def test_a_dashed_day_under_a_title_or_a_sites_name_is_no_documents_date():
    # a page's posting day under the title (no 文号 above an issuer line) names no day the document was signed
    under_title = made_up_document(LETTER.format(title=TITLE, issuer="商务部", header="2005-4-8"))
    assert under_title["signed_date"] is None
    under_site = made_up_document(LETTER.format(title=TITLE, issuer="商务部", header="法律资料网\n2005-4-8"))
    assert under_site["signed_date"] is None


# ------------------------------------------------------------------ an article amended in place after the cited 文号


def test_a_clause_of_a_cited_notice_changed_after_its_number_is_amended():
    # cc03: 对《国家税务总局关于印发〈…试行办法〉的通知》(国税发[1999]171号)第三章第六条第五款“…”内容,现修定为“…”
    relations = {citation.doc_number: citation.relation for citation in find_citations(
        "对《国家税务总局关于印发〈外商投资企业采购国产设备退税管理试行办法〉的通知》(国税发[1999]171号)第三章第六条第五款"
        "“外经贸部项目批准书复印件”内容,现修定为“外经贸部及其授权主管部门批准的项目批准书复印件”。")}
    assert relations == {"国税发〔1999〕171号": "amends"}
    # a real-looking name: a 某某 title is a placeholder, never amended (PLACEHOLDER_TITLE_RE)
    look_alike = {citation.doc_number: citation.relation for citation in find_citations(
        "经研究,将《湖南省农村公路养护管理办法》(湘政办发〔2015〕12号)第十条第二款修订为:“县级人民政府负责本辖区农村公路养护。”")}
    assert look_alike == {"湘政办发〔2015〕12号": "amends"}


def test_an_article_of_a_cited_notice_only_applied_is_no_amendment():
    # an article named after the number and applied as it stands (按…第三章第六条规定执行) changes nothing
    relations = {citation.doc_number: citation.relation for citation in find_citations(
        "请按照《湖南省农村公路养护管理办法》(湘政办发〔2015〕12号)第十条规定执行。")}
    assert relations == {"湘政办发〔2015〕12号": "basis"}
