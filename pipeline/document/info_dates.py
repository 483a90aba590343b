"""The dates of an information table (索引号 / 成文日期 / 发布日期 … copied above or below a notice): which label's
value is the document's own date, and a table's date as ISO."""

from __future__ import annotations

import re
from typing import Optional


# The labels whose value is the document's own date (成文日期 and its variants; a legal database's 公布日期).
DOCUMENT_DATE_LABELS = ("成文日期", "成文时间", "发文日期", "公文生成日期", "颁布日期", "颁布时间", "公布日期")
# A legal or policy database's attributes of a document (效力级别 规范性文件, 时效性 现行有效): a web page's posting table
# has none. In a table holding one, the 发布日期 is the database's date of the document (made public, as its 公布日期:
# ag03's [发布日期] 2012-09-10 beside [效力级别] [时效性], d16), not the day a page put it up (CONVENTIONS.md).
# 发布文号: an industry law library's field (发布单位 / 发布文号 暂无 / 发布日期 2019-04-06 生效日期 …), no portal's label.
DATABASE_ATTRIBUTE_LABELS = ("时效性", "效力级别", "效力等级", "发布文号")
DATABASE_DATE_LABELS = ("发布日期", "发布时间")


def document_date(fields: dict[str, str]) -> Optional[str]:
    """The document's own date in an information table, as ISO: its 成文日期 (DOCUMENT_DATE_LABELS), else a legal or
    policy database's 发布日期 (DATABASE_ATTRIBUTE_LABELS); None when the table gives none (a page's 发布日期 alone)."""
    labels = DOCUMENT_DATE_LABELS
    if any(fields.get(label) for label in DATABASE_ATTRIBUTE_LABELS):
        labels += DATABASE_DATE_LABELS
    return next((date for label in labels if (date := info_date(fields.get(label)))), None)


def info_date(value: Optional[str]) -> Optional[str]:
    """An information table's date (2023-06-03, 2024年04月06日 16:40, 20060824) as ISO."""
    value = re.sub(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", r"\1-\2-\3", value or "")
    found = re.match(r"^\s*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})", value or "")
    if not found or not (1 <= int(found.group(2)) <= 12 and 1 <= int(found.group(3)) <= 31):
        return None
    return f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
