"""The body a year's work plan names in its title as the plan's owner (2017年上海市教育委员会工作要点): the issuer of a
copy that prints no signature and no 关于 title (CONVENTIONS.md C9, the issuer named in full in the title)."""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples
from pipeline.document.elements import ORGANISATION_END
from pipeline.document.publisher import PLACE_NAMED, SHORT_FORM_ISSUER

# A body's own plan or review for a year, titled by the body, its year before or after it, and the kind: 2017年上海市教育
# 委员会工作要点, 2021年度杭州市财政局重点工作计划, 上海市教育委员会2017年工作要点, 中共安徽省委教育工委2015年工作总结. The work
# points are the body's own, so the body is their author as 关于 makes the body before it (C9).
YEAR = r"(?:19|20)\d{2}\s?年度?"
PLAN_OWNER_TITLE = re.compile(
    rf"^(?:{YEAR})?(?P<owner>[\u4e00-\u9fff（）()]{{4,30}}?)(?:{YEAR})?(?:重点|重點)?工作"
    r"(?:要点|要點|计划|計劃|总结|總結|安排|思路)$")
# A scope is no body (2019年全市卫生健康工作要点, 全县…), nor a class of bodies (各乡镇…).
SCOPE_START = re.compile(r"^(?:全|各|本|我)")

EXAMPLES = {
    "PLAN_OWNER_TITLE": Examples(
        match=("2017年上海市教育委员会工作要点", "2021年度杭州市财政局重点工作计划", "上海市教育委员会2017年工作要点",
               "2015年中共安徽省委教育工委工作总结", "2017年上海市教育委員會工作要點"),
        no_match=("关于印发2017年工作要点的通知", "2017年上海市教育委员会工作要点的通知", "2017年工作要点")),
    "SCOPE_START": Examples(match=("全市卫生健康", "各乡镇"), no_match=("上海市教育委员会",)),
}


def plan_owner(title: Optional[str]) -> Optional[str]:
    """The body a work plan's title names as its owner, when it is a body's full name: one that ends as a body does and
    names its place (C9: 市教育局 without its city, and a scope such as 全市卫生健康, name no issuer)."""
    matched = PLAN_OWNER_TITLE.match(title or "")
    if not matched:
        return None
    owner = matched.group("owner")
    if SCOPE_START.match(owner) or SHORT_FORM_ISSUER.match(owner) or not ORGANISATION_END.search(owner) \
            or not PLACE_NAMED.search(owner):
        return None
    return owner
