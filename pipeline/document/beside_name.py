"""A rules text's issuer printed on the same line as the rules' bare name, a run of spaces between.

A rules text (办法, 规定, 细则 …) is headed by its name, which carries no issuer (CONVENTIONS.md C3: the body printed over
it is its issuer only). A portal that lays the heading out in a table's cells, or a copy that lost the line break,
prints the body and the name side by side: 山西省住房和城乡建设厅                     城镇燃气经营许可管理办法. The line is
cut before the name, so the body is read as the organisation line over the rules' name that the heading is.
"""

from __future__ import annotations

import re

from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line

# The types of a rules text, whose name never carries its issuer (a 公文's title does: 关于…的通知, 实施方案, 意见).
RULES_TYPE = r"(?:办法|辦法|规定|規定|细则|細則|规则|規則|条例|條例|规程|規程|规范|規範|准则|準則)"
RULES_NAME = compiled_later(rf"^[^\s，,。；;:：、《》]{{2,60}}{RULES_TYPE}(?:[（(][^（）()\s]{{1,10}}[）)])?$")
# A title's verb or 关于: a name holding one is a 公文's title (关于印发…办法的通知), not a rules text's bare name.
TITLE_WORD = compiled_later(r"关于|關於|關于|印发|印發|转发|轉發|批转|批轉|发布|發布")
# The body, a run of two spaces or more, the name (the body's name has no space of its own: a joint line of
# issuers, 教育部 财政部, is read by the joint-issuer readers).
BODY_BESIDE_NAME = compiled_later(r"^[ \u3000]*(?P<body>[^\s，,。；;:：、《》]{3,40})[ \u3000]{2,}(?P<name>\S(?:[^\n]{0,80}\S)?)[ \u3000]*$")
HEADER_LINES = 20  # a heading is among the copy's first lines
HEADING_LINE = 200  # characters at most of a line holding a body and a rules name (the spaces between them included)

EXAMPLES = {
    "RULES_NAME": Examples(match=("城镇燃气经营许可管理办法", "支持农村邮政物流发展实施办法", "市级储备粮管理规定(试行)", "宗教事務條例"),
                           no_match=("关于印发城镇燃气经营许可管理办法的通知", "2021年工作要点", "城镇燃气经营许可管理办法 第一条")),
    "TITLE_WORD": Examples(match=("转发山西省住房和城乡建设厅城镇燃气经营许可管理办法", "关于印发…办法的通知", "發布"),
                           no_match=("城镇燃气经营许可管理办法",)),
    "BODY_BESIDE_NAME": Examples(match=("山西省住房和城乡建设厅                     城镇燃气经营许可管理办法", "杭州市人民政府  杭州市户外广告设置管理办法"),
                                 no_match=("山西省住房和城乡建设厅城镇燃气经营许可管理办法", "教育部 财政部关于…的通知", "第一条为加强管理")),
}


def is_rules_name(text: str) -> bool:
    """A rules text's bare name: its type at the end, no title verb or 关于 (see RULES_NAME)."""
    name = text.strip(" \u3000")
    return bool(RULES_NAME.match(name)) and not TITLE_WORD.search(name)


def body_beside_name_breaks(text: str) -> list[int]:
    """Offsets of the rules' name printed after its body and a run of spaces, among the copy's first lines: the name
    then starts a line under the body's, as the heading prints them."""
    breaks, offset = [], 0
    for line in text.split("\n")[:HEADER_LINES]:
        found = BODY_BESIDE_NAME.match(line) if len(line) <= HEADING_LINE else None
        if found and is_organisation_line(found["body"]) and is_rules_name(found["name"]):
            breaks.append(offset + found.start("name"))
        offset += len(line) + 1
    return breaks
