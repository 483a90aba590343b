"""A notice's administrative level and region, read from its issuer's name (or a national 文号)."""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

NATIONAL_ISSUER = re.compile(r"^(?:国务院|国家|中共中央|中央|全国|中华人民共和国|最高人民)")
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
REGION = re.compile(
    r"^(?P<region>[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗|镇|乡|街道))(?![市县区州])"
)

EXAMPLES = {
    "NATIONAL_ISSUER": Examples(match=("国务院扶贫开发领导小组", "国家卫生健康委员会", "中共中央办公厅"),
                                no_match=("黑龙江省扶贫开发领导小组办公室", "泾县人民政府")),
    "REGION": Examples(match=("泾县人民政府", "黑龙江省扶贫开发领导小组办公室", "新疆维吾尔自治区质量技术监督局"),
                       no_match=("国务院扶贫开发领导小组",)),
}


def admin_level_and_region(issuer: Optional[str], doc_number: Optional[str]) -> tuple[str, Optional[str]]:
    if not issuer:
        if doc_number and doc_number.startswith("国"):
            return "national", None
        return "unknown", None
    if NATIONAL_ISSUER.match(issuer):
        return "national", None
    found = REGION.match(issuer)
    if not found:
        return "unknown", None
    region = found.group("region")
    if region in MUNICIPALITIES or region.endswith(("省", "自治区", "特别行政区")):
        return "provincial", region
    if region.endswith(("市", "州", "盟", "地区")):
        return "municipal", region
    if region.endswith(("县", "区", "旗")):
        return "county", region
    return "township", region
