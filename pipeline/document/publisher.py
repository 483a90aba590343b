"""Which body a web page's information names as the notice's source, read only when the notice prints no
issuer of its own (no signature, title issuer or issuer line).

A page names bodies in three kinds of cell: the issuer's own label (发文机关), the page's publisher
(发布机构: the office that runs the portal, often printed as a short form, 县人民政府办公室 for a notice of
华容县政府) and the source line under the title (来源：华容县政府 2021-03-23). A short form without its
place (县人民政府办公室, 市政府) is the portal's office, not a name the notice prints, so the next cell is
read; a source line's value often runs on into the page's counters (信息来源: 芜湖市教育局阅读次数:), so
only the body's name at its start is taken."""

from __future__ import annotations

import re
from typing import Optional

from extractors.fold import fold
from extractors.vocab import Examples

from pipeline.document.elements import ORGANISATION_END, is_organisation_line
from pipeline.document.wrapper import info_value

# Cells that name the notice's issuer or the page's publisher, the issuer's own label first.
PUBLISHER_LABELS = ("发文机关", "发文机构", "發文機關", "发文单位", "发布机构", "发布单位", "發布機構", "发布部门",
                    "公开责任部门")  # the body that answers for the page's disclosure: its publisher
# Cells that name where the page's text comes from (a body, a website or a newspaper).
SOURCE_LABELS = ("信息来源", "来源", "來源")
# A body named without its place (市人民政府, 区政府办公室): a short form, not the full name a notice
# prints in its signature or 版头, so no issuer by itself.
# A zone's committee named by the zone's kind alone (合作区管委会办公室, 开发区管委会) is as short: which 合作区?
# An autonomous prefecture (州) and a banner (旗) name their governments as a city and a county do (州人民政府, 旗政府); a
# league's or a 地区's government is an agency of its region, the 行政公署 (行署), as short without the league's name
# (盟行政公署, 地区行署, a gazette's red head 行政公署文件): which league?
SHORT_FORM_GOVERNMENT = (r"[省市县区州旗](?:人民政府|政府|委员会|委|人大常委会)"
                         r"|(?:盟|地区)?(?:行政公署|行署)"
                         r"|(?:合作区|开发区|经开区|高新区|新区|园区|管理区|示范区|试验区)(?:管委会|管理委员会)")
SHORT_FORM_ISSUER = re.compile(r"^(?:" + SHORT_FORM_GOVERNMENT
                               # a department after the bare level of place (县卫健委, 区教育局, 州教育局, 盟财政局; C9)
                               + r"|[省市县区州旗盟][^\s省市县区州旗盟镇乡村人政（）()]{1,6}(?:局|委|厅|办)$)")
# A body's name that says where it is (芜湖市教育局, 华容县政府, 国家发展改革委): a source line's bare 卫生健康局
# is a department of whichever body runs the site, named too short to be an issuer.
# A source that is a website (宜兴市人民政府网站, 中国政府网): the page's publisher, no body.
WEBSITE = re.compile(r"(?:网站|網站|门户网|門戶網|政府网|政府網)$")
PLACE_NAMED = re.compile(r"[省市县縣区區镇鎮乡鄉州旗盟村]|国家|國家|中国|中國|中华|中華|中共|国务院|國務院")

EXAMPLES = {
    "PLACE_NAMED": Examples(match=("芜湖市教育局", "华容县政府", "国家发展改革委", "中共安徽省委教育工委"), no_match=("卫生健康局", "教育局")),
    "DROPPED_PEOPLES": Examples(match=("省政府", "市政府办公室"), no_match=("省人民政府", "县人民政府办公室")),
    "WEBSITE": Examples(match=("宜兴市人民政府网站", "中国政府网"), no_match=("华容县政府", "芜湖市教育局")),
    "SHORT_FORM_ISSUER": Examples(match=("市人民政府", "区人民政府办公室", "县政府", "县人民政府办公室", "合作区管委会办公室", "开发区管委会",
                                         "县卫健委", "区教育局", "州人民政府办公室", "旗政府", "行政公署", "盟行政公署办公室",
                                         "地区行署", "行署办公室", "州教育局", "盟卫健委"),
                                  no_match=("市中区人民政府", "市中区人民政府办公室", "县卫健委2021年", "灵璧县卫生健康委员会", "襄阳市人民政府", "镇巴县人民政府", "市扶贫攻坚领导小组", "华容县政府",
                                            "南湖新区管委会", "丹东边境经济合作区管委会办公室",
                                            "兴安盟行政公署", "阿里地区行政公署办公室", "恩施土家族苗族自治州人民政府", "科尔沁右翼中旗人民政府",
                                            "延边州教育局", "锡盟行署")),
}

# A government's short form drops 人民 (省政府, 市政府办公室): its full name says 人民政府.
DROPPED_PEOPLES = re.compile(r"(?<!人民)政府")


def names_short_form(full: str, short: str) -> bool:
    """Whether ``full`` is the body that ``short``, a short form without its place, stands for: 浙江省人民政府 for 省人民政府
    and for 省政府 (an order numbered 省政府令第69号 under a database's 浙江省人民政府), 东莞市人民政府办公室 for 市政府办公室."""
    return bool(SHORT_FORM_ISSUER.match(short)) and (full.endswith(short) or full.endswith(DROPPED_PEOPLES.sub("人民政府", short)))


def _body_at_start(value: str) -> Optional[str]:
    """The longest start of ``value`` (up to a space) that is a body's full name: 芜湖市教育局 of
    芜湖市教育局阅读次数:编辑:…, 华容县政府 of 华容县政府   2021-03-23 10:56."""
    head = re.split(r"[ \u3000|:：]", value.strip(), maxsplit=1)[0]
    if WEBSITE.search(head):
        return None  # 来源:宜兴市人民政府网站 names the site that posted the page, not a body that sent it
    for end in range(len(head), 1, -1):
        name = head[:end]
        if ORGANISATION_END.search(name) and is_organisation_line(name) and not SHORT_FORM_ISSUER.match(name) \
                and PLACE_NAMED.search(name):
            return name
    return None


# The levels of place a class of recipients names before the kind of body (各乡镇人民政府: 乡 and 镇, then 人民政府).
PLACE_LEVELS = re.compile(r"^[省市县区乡镇村旗州盟、（()）]+")
EXAMPLES["PLACE_LEVELS"] = Examples(match=("乡镇人民政府", "县(市、区)人民政府"), no_match=("有关部门",))


def _one_of_the_recipients(name: str, recipients: list[str]) -> bool:
    """Whether the body ``name`` is one of a class the notice is addressed to (上莊鎮人民政府 among 各鄉鎮人民政府):
    a page's publisher the notice writes to did not send it."""
    name = fold(name)
    for recipient in recipients:
        recipient = fold(recipient)
        if not recipient.startswith("各"):
            continue
        levels = PLACE_LEVELS.match(recipient[1:])
        kind = recipient[1 + levels.end():] if levels else ""
        if levels and len(kind) >= 2 and name.endswith(kind) and len(name) > len(kind) \
                and name[-len(kind) - 1] in levels.group():
            return True
    return False


# The end of a body's place, before its own name (怀远县|农业农村局, 芜湖市|教育局).
PLACE_END = "省市县縣区區镇鎮乡鄉州旗盟"
SHORTEST_OWN_NAME = 3  # a body's name without its place, at least (教育局)


def _title_opens_with(title: Optional[str], body: str) -> bool:
    """Whether a report's title opens with the body ``body`` names, in full or without its place (农业农村局2023年
    11月…完成情况 under 来源: 怀远县农业农村局): the body reports its own work."""
    if not title:
        return False
    if title.startswith(body):
        return True
    return any(body[at - 1] in PLACE_END and len(body) - at >= SHORTEST_OWN_NAME and title.startswith(body[at:])
               and is_organisation_line(body[at:]) for at in range(1, len(body)))


def published_by(info: dict[str, str], addressed: bool, recipients: tuple[str, ...] | list[str] = (),
                 title: Optional[str] = None) -> Optional[str]:
    """The body the page's information names as the notice's issuer or publisher (| 发布机构 | 龙陵县象达镇
    人民政府 |), when the cell holds a body's full name rather than a website (县政府网站), a short form
    (县人民政府办公室) or a sentence; or else, for a notice ``addressed`` to recipients (one body sent it),
    its source (来源：华容县政府). A plan printed alone names no sender: its source is the department
    that posted it (来源: 湘阴县住房和城乡建设局 above a 县 plan), not always the body that issued it — unless its
    ``title`` opens with that body's name (a body's report on its own work)."""
    value = info_value(info, *PUBLISHER_LABELS)
    value = re.sub(r"\s+", " ", value).strip() if value else None
    # 广德市人民政府(办公室): a body with the office that runs its site in brackets
    named = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", value) if value else None
    # a cell naming no place (政府办) is the portal's office too, not a name the notice prints
    if value and _one_of_the_recipients(named, list(recipients)):
        value = None  # the town's portal posting its county's notice to the towns: the publisher, no issuer
    if value and is_organisation_line(named) and not SHORT_FORM_ISSUER.match(named) and PLACE_NAMED.search(named):
        return value
    if value and (body := _body_at_start(value)):
        return body  # a row whose cell runs on into the page's counters (官亭镇人民政府  浏览次数:106  字体:)
    source = info_value(info, *SOURCE_LABELS)
    body = _body_at_start(source) if source else None
    return body if body and (addressed or _title_opens_with(title, body)) else None
