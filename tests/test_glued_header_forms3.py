"""More headers and signatures glued into one line (issue 15, pipeline/document/glued_fields.py and
glued_recipients.py): a signed date printed twice, ... each cut off so the header's and signature's fields read."""

from __future__ import annotations

from pipeline.document.normalise import normalise
from pipeline.extract import extract_text


def lines(text: str) -> list[str]:
    return normalise(text).text.split("\n")


def in_turn(got: list[str], wanted: list[str]) -> bool:
    """Whether ``wanted`` are lines of ``got`` one after another."""
    return any(got[at:at + len(wanted)] == wanted for at in range(len(got)))


def test_a_signed_date_printed_twice_closes_the_text():
    # a database prints the signature's date and its record's own, then the attachment issued glued after them
    text = ("各县(市、区)人民政府,市直各有关单位:经市人民政府同意,现将《某市应急体系建设规划》责任分解印发给你们,请认真组织实施。"
            "某市人民政府办公厅2017年4月13日2017年4月13日某市应急体系建设规划责任分解为提高应对突发事件的能力,制定本分解。\n")
    assert in_turn(lines(text), ["某市人民政府办公厅", "2017年4月13日", "2017年4月13日"])
    assert extract_text(text)["documents"][0]["signed_date"] == "2017-04-13"
    # in Chinese numerals, after the sentence's end without a signer
    numerals = "各乡镇:现将方案印发给你们,请认真执行。二○○九年九月七日二○○九年九月七日某县防汛工作方案为做好防汛工作,制定本方案。\n"
    assert in_turn(lines(numerals), ["二○○九年九月七日", "二○○九年九月七日"])
    # two different dates in a row are a sentence's span, not a signature
    span = "各单位要认真执行。2017年4月13日2017年5月13日期间开展专项检查工作。\n"
    assert lines(span) == [span.strip()]
