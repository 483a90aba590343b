"""How the site's table pages show their columns to a person: which columns a table opens with
(``READER_COLUMNS``, in a reader's order; the others stay one click away), their Chinese headings,
English glosses of the stored enumerations (``GLOSSES``: the database keeps the English value, the
page shows 牵头 lead), and long texts cut to a line that opens in place.

Pure data and functions: the Datasette hooks are in ``plugins/notices_tables.py``.
"""

from __future__ import annotations

import json
from typing import Optional

import markupsafe

from extractors.unit_roles import COOPERATE, LEAD, RESPONSIBLE
from extractors.vocab import Examples

# The columns each table page opens with, in this order; every other column of the table (texts,
# hashes, paths, offsets) is shown after them when the reader asks for all columns. A name the
# table does not have is left out (``status`` comes with the documents' lifecycle).
# ``units`` and ``deadlines`` of measures are not columns: the page adds them from their tables.
READER_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("title", "doc_number", "issuer", "signed_date", "admin_level", "region", "status",
                  "measure_count"),
    "measures": ("label", "heading", "units", "deadlines", "document_id"),
    "units": ("name", "region", "kind", "full_name"),
    "assignments": ("unit_id", "role", "raw", "measure_id", "document_id"),
    "deadlines": ("text", "kind", "date", "rule", "measure_id", "document_id"),
    "targets": ("text", "value", "unit", "comparator", "subject", "measure_id", "document_id"),
    "citations": ("text", "relation", "doc_number", "title", "cited_document_id", "document_id"),
}
# Columns the page makes from other tables (not in the row).
COMPUTED_COLUMNS = frozenset({"units", "deadlines"})

# Chinese headings shown above the column name (the name stays: it is what SQL and filters use).
HEADINGS: dict[str, str] = {
    "title": "标题", "doc_number": "文号", "issuer": "发文机关", "signed_date": "成文日期",
    "admin_level": "层级", "region": "地区", "status": "状态", "measure_count": "措施数",
    "label": "编号", "heading": "小标题", "units": "责任单位", "deadlines": "时限", "document_id": "文件",
    "name": "单位", "kind": "类别", "full_name": "全称", "unit_id": "单位", "role": "角色", "raw": "原文",
    "measure_id": "措施", "text": "原文", "date": "日期", "rule": "规则", "value": "数值", "unit": "计量单位",
    "comparator": "比较", "subject": "对象", "relation": "关系", "cited_document_id": "被引文件",
}

# Stored value -> Chinese, per enumeration (SCHEMA.md). The page shows "中文 value".
GLOSSES: dict[str, dict[str, str]] = {
    "admin_level": {"national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级",
                    "township": "乡镇级", "unknown": "未知"},
    "role": {LEAD: "牵头", COOPERATE: "配合", RESPONSIBLE: "负责"},
    "deadline_kind": {"deadline": "期限", "recurring": "周期", "relative": "相对", "duration": "时长",
                      "start": "起始"},
    "unit_kind": {"department": "部门", "leading_group": "领导小组", "collective": "集体", "company": "企业",
                  "other": "其他"},
    "relation": {"repeals": "废止", "amends": "修改", "forwards": "转发", "issues": "印发", "basis": "根据",
                 "implements": "贯彻落实", "cites": "引用"},
    "method": {"reuse": "文字复用", "lexical": "用词相近", "both": "复用且相近"},
    # an alignment's pair of documents: a citation relation, or found by the text one copies
    "alignment_relation": {"reuses": "复用"},
    "node_kind": {"document": "文件", "measure": "措施", "unit": "单位", "reference": "未收录文件"},
}
GLOSSES["alignment_relation"].update(GLOSSES["relation"])
# a query's "kind" column: a unit's or a deadline's (their values differ)
GLOSSES["kind"] = {**GLOSSES["unit_kind"], **GLOSSES["deadline_kind"]}

# (table, column) -> the enumeration its values come from; in query results (no table) the
# column's name alone decides, where it is not ambiguous.
GLOSSED_COLUMNS: dict[tuple[Optional[str], str], str] = {
    ("documents", "admin_level"): "admin_level",
    ("units", "kind"): "unit_kind",
    ("assignments", "role"): "role",
    ("deadlines", "kind"): "deadline_kind",
    ("citations", "relation"): "relation",
    ("document_links", "relation"): "relation",
    ("alignments", "method"): "method",
    ("alignments", "relation"): "alignment_relation",
    ("graph_nodes", "kind"): "node_kind",
    ("graph_edges", "role"): "role",
    (None, "admin_level"): "admin_level",
    (None, "role"): "role",
    (None, "relation"): "alignment_relation",
    (None, "method"): "method",
    (None, "deadline_kind"): "deadline_kind",
    (None, "kind"): "kind",
}

# Columns holding a JSON array of names, shown as a list separated by ；
LISTED_COLUMNS = frozenset({"recipients", "cc", "attachments", "aliases"})

# A text cell longer than this shows its first TEXT_PREVIEW characters; a click shows the rest.
TEXT_PREVIEW = 60

EXAMPLES = {
    "READER_COLUMNS": Examples(match=("documents", "measures"), no_match=("graph_edges",)),
    "HEADINGS": Examples(match=("title", "doc_number", "heading"), no_match=("source_sha256",)),
    "GLOSSES": Examples(match=("admin_level", "role", "deadline_kind"), no_match=("format",)),
}

def gloss(table: Optional[str], column: str, value) -> Optional[str]:
    """``value`` with its Chinese name in front (``牵头 lead``), or None when the column is not an
    enumeration or the value is not one of its values (it is then shown as stored)."""
    vocabulary = GLOSSED_COLUMNS.get((table, column))
    if vocabulary is None or not isinstance(value, str):
        return None
    chinese = GLOSSES[vocabulary].get(value)
    return f"{chinese} {value}" if chinese else None


def reader_columns(table: Optional[str], present: list[str]) -> list[str]:
    """The columns ``table``'s page opens with, of those ``present`` (the row link's column first
    among them is not assumed), in the reader's order; computed columns are kept."""
    wanted = READER_COLUMNS.get(table or "", ())
    return [name for name in wanted if name in present or name in COMPUTED_COLUMNS]


def heading(column: str) -> str:
    return HEADINGS.get(column, "")


def listed(value: str) -> Optional[str]:
    """A JSON array of names (recipients, cc, attachments, aliases) as a reader writes a list:
    主送 各市、县（区）扶贫开发领导小组；省扶贫开发领导小组成员单位. None when ``value`` is not one."""
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        return None
    return "；".join(items)


def shortened(text: Optional[str], limit: int) -> Optional[str]:
    """``text`` cut to ``limit`` characters with "…"; None stays None."""
    if not text or len(text) <= limit:
        return text
    return text[:limit - 1] + "…"


def preview(text: str, limit: int = TEXT_PREVIEW) -> Optional[markupsafe.Markup]:
    """A long ``text`` as its first ``limit`` characters that open to the whole text in place (a
    ``<details>``: no script, and the text stays in the page for find-in-page and copying); None
    for a text short enough to show whole."""
    if not isinstance(text, str) or len(text) <= limit:
        return None
    head = markupsafe.escape(text[:limit])
    return markupsafe.Markup(
        f'<details class="notices-cut"><summary><span class="notices-head">{head}… <span class="notices-more">'
        f'({len(text):,} 字 · 展开 more)</span></span><span class="notices-less">收起 less</span></summary>'
        f'{markupsafe.escape(text)}</details>')
