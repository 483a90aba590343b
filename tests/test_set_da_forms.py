"""Forms of set DA (tests/data/realworld/da*: notices of the State Council's ministries and commissions and their
办公厅, drawn by rule): the forms of ministries' notices that the set and its queries' results show, one test each,
with real-looking examples of the form and a non-example."""

from __future__ import annotations

from pipeline.document.lists import joint_issuers
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

JOINT_MINISTRIES_NOTICE = """财政部 农业农村部关于印发《农业相关转移支付资金管理办法》的通知
财农〔2023〕11号
各省、自治区、直辖市、计划单列市财政厅（局）、农业农村（农牧）厅（局、委），新疆生产建设兵团财政局、农业农村局：
为加强农业相关转移支付资金管理，财政部、农业农村部制定了《农业相关转移支付资金管理办法》。现予印发，请遵照执行。
附件：农业相关转移支付资金管理办法
{signature}
2023年4月7日
"""


def _meta(text: str):
    return parse(normalise(text).text)[0].meta


def test_joint_issuers_a_signature_separates_by_one_ideographic_space_are_joined_by_one_space():
    # ministries' joint notices (gov.cn's policy library) sign 财政部　农业农村部: one U+3000 between the names, which a
    # padded run (财政部　　　　农业农村部) already gave as the conventions' one space
    assert joint_issuers("财政部\u3000农业农村部") == "财政部 农业农村部"
    assert joint_issuers("工业和信息化部\u3000国家发展改革委\u3000生态环境部") == "工业和信息化部 国家发展改革委 生态环境部"
    assert joint_issuers("教育部办公厅\u3000国家卫生健康委办公厅") == "教育部办公厅 国家卫生健康委办公厅"
    for signature in ("财政部\u3000农业农村部", "财政部\u3000\u3000\u3000\u3000农业农村部", "财政部 农业农村部"):
        notice = _meta(JOINT_MINISTRIES_NOTICE.format(signature=signature))
        assert (notice.issuer, notice.doc_number, notice.signed_date) == ("财政部 农业农村部", "财农〔2023〕11号", "2023-04-07")
    # not the form: a name whose characters are spaced out, and one name with an ASCII space inside a joint heading
    assert joint_issuers("国\u3000务\u3000院") == "国\u3000务\u3000院"
    assert joint_issuers("中共河南省委 河南省人民政府") == "中共河南省委 河南省人民政府"
    assert joint_issuers("县委\u3000办") == "县委\u3000办"
