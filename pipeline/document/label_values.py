"""A page's information table printed one field a line pair: each label alone at the end of its line, its value alone on
the line under it (• 公开方式: ⏎ 主动公开, • 发布机构: ⏎ 金华经济技术开发区). The value line is information as its label's
line is: no line of a title block (主动公开 would run into the headline under it as one title), nor the notice's own
text. Two kinds of value line stay: a 文号, the notice's own wherever it stands and read as every 文号 is (- 來源: ⏎
甘政發〔2012〕120號; 成文日期: ⏎ 牟政办发〔201746, printed under the table's last, empty label), and the value of a label that
names the document (名称, 标题, 内容概述): the title the table names, or the notice's own heading printed under an empty
内容概述 (a03). A line that reads as a title (关于, a document type: looks_like_title) is no value either: a label left
empty in its table (主题词: ⏎ 国务院关于…) is followed by the headline, which a label's value (a kind, a body, a date) never
reads as."""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

from pipeline.document.header_lines import doc_number_of_line, looks_like_title
from pipeline.document.wrapper import info_label_spans, info_labels, is_info_line

# The labels whose value names the document itself: its value line is a title line too.
NAMING_LABELS = ("名称", "标题", "文件名称", "文件标题", "信息名称", "内容概述", "内容概况")
# A line ending with its label's colon (and a cell border or bullet spaces after it): the value is on the next line.
OPEN_LABEL_END = re.compile(r"[:：][ \u3000|]*$")

EXAMPLES = {
    "OPEN_LABEL_END": Examples(match=("• 公开方式:", "发布机构：", "成文日期: |"), no_match=("• 公开方式:主动公开", "发布机构 金华经济技术开发区")),
}


def _open_label(line: Optional[str]) -> Optional[str]:
    """The label that ends ``line`` with its colon and no value after it (• 公开方式:), else None."""
    if not line or not OPEN_LABEL_END.search(line) or not is_info_line(line):
        return None
    spans = info_label_spans(line)
    if not spans or line[spans[-1][1]:].strip(" \u3000|:："):
        return None
    return info_labels(line)[-1]


def values_under_labels(texts: list[Optional[str]]) -> frozenset[int]:
    """Indexes of the lines of ``texts`` that are the value of the label closing the line above (see the module's
    docstring), labels that name the document excepted (NAMING_LABELS). ``texts``: lines, None for those left out."""
    rows = set()
    for index in range(1, len(texts)):
        label, value = _open_label(texts[index - 1]), texts[index]
        if label and label not in NAMING_LABELS and value and value.strip() and not info_labels(value) \
                and not doc_number_of_line(value) and not looks_like_title(value):
            rows.add(index)
    return frozenset(rows)
