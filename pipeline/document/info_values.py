"""A page's information table copied without its labels (索引号, 主题分类, 发文机关, 成文日期 … lost, their values
left one a line above or below the title: 113701130042070099-A/2021-4059841 / 综合政务 / 济长政办字〔2021〕3号 / 长清区政府 /
2021-04-01 / 2021-04-01 / 有效). The values are read by their form: the body's name is the 发文机关, the first date the
成文日期 (portals list it before the 发布日期)."""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line
from pipeline.document.header_lines import doc_number_of_line
from pipeline.document.info_dates import info_date
from pipeline.document.wrapper import LABEL_CELLS, label_cells

# A value's bullet or cell border, before or after it.
VALUE_MARKS = re.compile(r"^[ \u3000•·\-*|]+|[ \u3000|]+$")
# A portal's index number (索引号): a code without a Chinese character.
INDEX_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z/\-—_.]{7,60}$")
# A category or status value (综合政务, 通知, 有效): a short word.
SHORT_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
VALUE_LENGTH = 30  # a value of such a table is no longer than this
VALUES = 5  # values a run holds at least, one of them an index number and one a date

EXAMPLES = {
    "VALUE_MARKS": Examples(match=("• 新密市统计局", "长清区政府 |"), no_match=("新密市统计局",)),
    "INDEX_NUMBER": Examples(match=("113701130042070099-A/2021-4059841", "005307319/2018-00011"), no_match=("2021-04-01号文", "综合政务")),
    "SHORT_VALUE": Examples(match=("综合政务", "有效", "通知"), no_match=("关于印发全市服务业统计报表报送时间的通知",)),
}


def _kind(value: str) -> Optional[str]:
    if not value:
        return None
    if info_date(value) and len(value) <= 20:
        return "date"
    if INDEX_NUMBER.match(value):
        return "index"
    if len(value) > VALUE_LENGTH:
        return None
    if doc_number_of_line(value):
        return "number"
    if is_organisation_line(value):
        return "body"
    return "word" if SHORT_VALUE.match(value) else None


def unlabelled_info(texts: list[str]) -> dict[str, str]:
    """{label: value} for the 发文机关 and 成文日期 of the first run of unlabelled table values in ``texts``."""
    if len(label_cells(texts)) >= LABEL_CELLS:
        return {}  # the labels stand one a line beside their values: read by them (wrapper.label_cell_values)
    run: list[tuple[str, str]] = []
    # values a copy joined on one line keep their bullets: • 005307319/2018-00011• 新密市统计局• 通知
    values = [VALUE_MARKS.sub("", value) for text in texts for value in (re.split(r"(?<=\S)[•·](?=[ \u3000]*\S)", text))]
    for value in values + [""]:
        kind = _kind(value)
        if kind:
            run.append((kind, value))
            continue
        kinds = [kind for kind, _ in run]
        if len(run) >= VALUES and "index" in kinds and "date" in kinds:
            fields = {"成文日期": next(value for kind, value in run if kind == "date")}
            bodies = [value for kind, value in run if kind == "body"]
            if len(bodies) == 1:
                fields["发文机关"] = bodies[0]
            return fields
        run = []
    return {}
