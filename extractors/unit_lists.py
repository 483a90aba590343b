"""A list of units as written → its items: split on separators outside brackets, on 和/及 between two
whole units, between units glued by a joined table cell; trimmed of spaces and a trailing 等.

The items are spans of the text (``text[item.start:item.end]`` is the unit as written); the
statements that hold these lists are read in ``extractors.units``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extractors.brackets import CLOSE_BRACKETS, OPEN_BRACKETS  # noqa: F401  (units reads them from here too)
from extractors.unit_names import NON_LEVEL_RE, level_prefix, looks_complete
from extractors.unit_roles import NOT_A_UNIT_RE
from extractors.vocab import Examples

# 市民政局和各县（市）区: two units; so is 国土资源部会同农业部 (the first doing the task together with the second)
CONJUNCTION_RE = re.compile(r"以及|会同|會同|[和及与]")
# Units written without a separator (table cells whose lines were joined): 市发改委市财政局.
GLUED_LEFT_SUFFIXES = ("局", "委", "办", "厅", "部", "政府", "领导小组", "指挥部", "工会", "联")
GLUED_RIGHT_STARTS = "省市县区"
# A list's unit with the next sentence or heading glued after it, its punctuation lost in a collapsed copy:
# 责任部门:园林局配合做好专项整治工作 (a 文库 page's paragraphs joined) is 园林局.
GLUED_TASK_RE = re.compile(r"配合|负责|牵头|协助|做好|抓好|加强|推进|落实|开展|组织|确保|完成|加快|严格|认真|切实|积极|进一步")
# 各区县党委和政府 · 高新区党工委和管委会: one unit (the second body has no name of its own, it is the first's place's)
BARE_GENERIC_UNITS = ("政府", "人民政府", "党委", "党委政府", "部门", "单位", "管委会", "管理委员会")
BARE_LEVELS = tuple("省市县区乡镇旗")  # 各县、市、区政府: 市 alone is a level in an enumeration, not a unit
# 各县、区人民政府 · 相关市、县政府 · 有关县、区政府: a class of levels before the body they share, named by 各 or by the
# qualifier that picks some of them.
LEVEL_CLASS_QUALIFIERS = ("各", "相关", "有关")
LEVEL_CLASSES = tuple(qualifier + level for qualifier in LEVEL_CLASS_QUALIFIERS
                      for level in BARE_LEVELS + ("乡镇", "县市", "市县", "县区", "区县"))
# Places listed before the government they share (哈尔滨、黑河、绥芬河市政府 · 南京、苏州市人民政府): a bare place name is no
# unit, it joins the list's next item when that names a city's, county's or district's government.
PLACE_LIST_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
SHARED_GOVERNMENT_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}[市县区旗](?:人民)?政府")
SHARED_GOVERNMENT_PLACES = 8  # places at most in such a run (a list of a province's cities), so no long list is read twice
# A note on what a unit includes, after it in brackets: 各区人民政府〈含开发区、风景区〉 · 各县（含功能区） — the unit is what
# the note is about (the note's bodies are named by it, not assigned on their own).
NOTE_OPENERS, NOTE_CLOSERS = OPEN_BRACKETS + "〈<", CLOSE_BRACKETS + "〉>"  # angle brackets nest inside round ones
INCLUSION_NOTE_RE = re.compile(r"[（(〈<［\[]\s{0,2}(?:含|包括|包含|不含)")
# The 等 that closes a list, with the class it stands for: 等相关单位 · 等部门 · 等 · and the class named with its level
# (能源局等省有关部门, 等市直相关单位, 等省级主管部门), its other name in brackets after it (等省级主管部门（单位）, 等市直有关部门
# (单位)); a level alone after 等 is no class of units (临泉、阜南等县 keeps its 县).
TRAILING_ETC_RE = re.compile(
    r"等(?:(?:(?:[省市县区乡镇](?:直|级)?|各级)?(?:相关|有关|主管))?(?:单位|部门)(?:[（(](?:单位|部门)[）)])?)?$")
# A relative clause over a list's bodies, no part of the first one's name: 由所涉及的省政府办公厅、住房城乡建设厅…牵头 (the
# bodies the matter concerns) · 涉及到的县直部门负责.
LIST_QUALIFIER_RE = re.compile(r"^(?:所|其)?涉及(?:到)?的")

# Punctuation
LIST_SEPARATORS = "、，,；;"
CLAUSE_SEPARATORS = "，,；;"
SENTENCE_ENDS = "。！？!?"
COLONS = ":："
ITEM_SPLIT_RE = re.compile(r"[、，,；;\u3000]| {2,}")


@dataclass
class Item:
    """One unit of a list, as a span of the text, and the separator written after it."""

    start: int
    end: int
    sep_after: str = ""
    role: Optional[str] = None


# A bracket, or a separator (ITEM_SPLIT_RE): what split_items jumps between. No separator holds a
# bracket, so a separator found here is the one ITEM_SPLIT_RE finds at the same place. Angle brackets count: a
# list inside round brackets writes a unit's own brackets as angles (…，各县<市、区>人民政府，排名第一位为牵头单位).
_ITEM_TOKEN_RE = re.compile(
    "(?P<open>[" + re.escape(NOTE_OPENERS) + "])|(?P<close>[" + re.escape(NOTE_CLOSERS) + "])"
    "|(?P<sep>" + ITEM_SPLIT_RE.pattern + ")"
)


def split_items(text: str, start: int, end: int) -> list[Item]:
    """The units of ``text[start:end]``, split on separators outside brackets, trimmed."""
    items: list[Item] = []
    depth, item_start = 0, start
    for token in _ITEM_TOKEN_RE.finditer(text, start, end):
        if token["open"]:
            depth += 1
        elif token["close"]:
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(Item(item_start, token.start(), token.group()))
            item_start = token.end()
    items.append(Item(item_start, end))
    trimmed = [trim(text, item) for item in items]
    return join_level_runs(text, [item for item in trimmed if item.end > item.start])


def join_level_runs(text: str, items: list[Item]) -> list[Item]:
    """各县、市、区政府 is one unit (the governments of the counties, cities and districts): an item that
    is a bare level character is no unit, it joins the items on either side of it; so does a class of
    levels before the body they share (各县、区人民政府)."""
    joined: list[Item] = []
    extend_next = in_place_run = False
    for index, item in enumerate(items):
        bare = text[item.start : item.end] in BARE_LEVELS
        # 各县、区人民政府: 各县 takes the next only when that next opens with a level (各镇、街道 is two classes)
        takes_next = extend_next and text[item.start] in BARE_LEVELS
        if joined and (bare or takes_next) and joined[-1].sep_after == "、":
            joined[-1].end, joined[-1].sep_after = item.end, item.sep_after
            extend_next, in_place_run = bare, False
        elif joined and in_place_run and joined[-1].sep_after == "、":  # 哈尔滨、黑河、绥芬河市政府: the places' run goes on
            joined[-1].end, joined[-1].sep_after = item.end, item.sep_after
            extend_next, in_place_run = False, _place_before_shared_government(text, items, index)
        else:
            joined.append(item)
            extend_next = text[item.start : item.end] in LEVEL_CLASSES  # 各县、区人民政府: 各县 takes the next
            in_place_run = _place_before_shared_government(text, items, index)
    return joined


def _place_before_shared_government(text: str, items: list[Item], index: int) -> bool:
    """Whether ``items[index]`` is a bare place name in a run of them joined by 、 that ends in a government they share
    (哈尔滨、黑河、绥芬河市政府): every item up to that government a short name that is no unit."""
    for item in items[index : index + SHARED_GOVERNMENT_PLACES + 1]:
        name = text[item.start : item.end]
        if SHARED_GOVERNMENT_RE.search(name):  # (a list's last item still holds its verb: 绥芬河市政府负责)
            return item is not items[index]
        if item.sep_after != "、" or not PLACE_LIST_RE.search(name) or looks_complete(name):
            return False
    return False


def split_conjunction(text: str, item: Item) -> list[Item]:
    """市民政局和各县（市）区 is two units; 住房和城乡建设局 is one (住房 is no unit)."""
    for match in CONJUNCTION_RE.finditer(text, item.start, item.end):
        left, right = text[item.start : match.start()], text[match.end() : item.end]
        if (
            bracket_depth(left) == 0
            and right.strip() not in BARE_GENERIC_UNITS
            and looks_complete(left)
            and (looks_complete(right) or bool(BARE_FUNCTION_RE.match(right.split("、")[0].strip())))
        ):
            head = trim(text, Item(item.start, match.start(), "、", item.role))
            tail = trim(text, Item(match.end(), item.end, item.sep_after, item.role))
            return [head] + split_conjunction(text, tail)
    return [item]


def split_glued(text: str, item: Item) -> list[Item]:
    """市发改委市财政局 (a table cell's lines joined) is two units; 市委宣传部 is one, and so is
    市委市直机关工委 (the party committee's working committee for municipal organs)."""
    for i in range(item.start + 2, item.end - 2):
        if text[i] not in GLUED_RIGHT_STARTS:
            continue
        left, right = text[item.start : i], text[i : item.end]
        if (
            left.endswith(GLUED_LEFT_SUFFIXES)
            and not (left.endswith(text[i] + "委") and right[1:2] == "直")
            and not NON_LEVEL_RE.match(right)
            and bracket_depth(left) == 0
            and looks_complete(right)
        ):
            head = Item(item.start, i, "、", item.role)
            return [head] + split_glued(text, Item(i, item.end, item.sep_after, item.role))
    return [item]


def cut_glued_task(text: str, item: Item) -> Item:
    """The unit at the head of ``item`` when a task is glued after it (园林局配合做好专项整治工作 → 园林局);
    ``item`` itself when it reads as a unit already or no whole unit name comes before such a word."""
    raw = text[item.start : item.end]
    if looks_complete(raw):
        return item
    for match in GLUED_TASK_RE.finditer(raw):
        head = raw[: match.start()].rstrip()
        if len(head) >= 2 and bracket_depth(head) == 0 and looks_complete(head):
            return Item(item.start, item.start + len(head), item.sep_after, item.role)
    return item


# A unit cut by the end of the copy, the page ending inside its name (责任单位:省發展改革, 市发 and nothing after it): read
# as printed, however short, when it opens with a level prefix and any character of the name is left after it, all
# words (CONVENTIONS.md C29: what the copy left, as a cut heading's key, C11); a level alone (责任单位:市) names nothing.
CUT_NAME_STEM_RE = re.compile(r"^[\u4e00-\u9fff]{1,20}$")


def cut_by_text_end(text: str, end: int, name: str) -> bool:
    """Whether ``name``, ending at ``end``, is a unit's name cut off by the end of ``text``."""
    prefix = level_prefix(name)
    return (bool(prefix) and not text[end:].strip() and not NOT_A_UNIT_RE.search(name)
            and CUT_NAME_STEM_RE.match(name[len(prefix):]) is not None)


def bracket_depth(fragment: str) -> int:
    return sum(c in OPEN_BRACKETS for c in fragment) - sum(c in CLOSE_BRACKETS for c in fragment)


def trim(text: str, item: Item) -> Item:
    start, end = item.start, item.end
    note = INCLUSION_NOTE_RE.search(text, start, end)
    if note and note.start() > start and _note_is_trailing(text, note.start(), end):
        end = note.start()  # 各区人民政府〈含开发区、…〉: the unit is what the note is about
    while start < end and text[start].isspace():
        start += 1
    if qualifier := LIST_QUALIFIER_RE.match(text[start:end]):
        start += qualifier.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    written = text[start:end]
    if "等" in written and (etc := TRAILING_ETC_RE.search(written)) and etc.start() > 0:
        end = start + etc.start()
    return Item(start, end, item.sep_after, item.role)



def _note_is_trailing(text: str, start: int, end: int) -> bool:
    """Whether the bracket opened at ``start`` closes only at ``end`` (or not at all, the list cut off)."""
    depth = 0
    for at in range(start, end):
        depth += (text[at] in NOTE_OPENERS) - (text[at] in NOTE_CLOSERS)
        if depth == 0:
            return not text[at + 1:end].strip()
    return True


# The fields a list closed by 等部门 names its departments by (由市国土局会同市发改、规划、财政、监察…等部门共同确定): each word
# the department of that field, the kind word printed once after the list. Only such a list reads them (财政、金融支持 is
# no list of bodies).
FUNCTION_STEMS = ("发改", "发展改革", "财政", "规划", "监察", "国土", "自然资源", "住建", "建设", "城建", "房管", "环保", "生态环境",
                  "公安", "教育", "民政", "人社", "劳动", "卫生", "卫健", "农业", "农委", "水利", "水务", "交通", "商务",
                  "审计", "税务", "国税", "地税", "工商", "市场监管", "质监", "物价", "林业", "文化", "体育", "统计",
                  "城管", "司法", "经信", "工信", "科技", "安监", "应急", "国资", "金融", "人防", "消防", "电力", "供电")
BARE_FUNCTION_RE = re.compile(r"^[省市县区]?(?:" + "|".join(FUNCTION_STEMS) + r")$")
# The class word closing such a list (…监察、土地储备中心等部门).
CLASS_CLOSURE_RE = re.compile(r"等(?:有关|相关)?(?:部门|单位)$")


def names_a_field(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``name``, an item of the list ``text[start:end]``, is a department named by its field (规划, 市发改) in a list
    the text closes with 等部门: the department of that field (CONVENTIONS C29: annotated as printed)."""
    return bool(BARE_FUNCTION_RE.match(name)) and bool(CLASS_CLOSURE_RE.search(text[start:end].rstrip()))


EXAMPLES = {
    "BARE_FUNCTION_RE": Examples(match=("规划", "市发改", "财政", "监察", "县国土"), no_match=("财政局", "市财政资金", "规划设计", "各部门")),
    "CLASS_CLOSURE_RE": Examples(match=("市发改、规划、财政等部门", "国土等相关单位"), no_match=("等部门研究", "有关部门")),
    "TRAILING_ETC_RE": Examples(match=("能源局等省有关部门", "市财政局等相关单位", "交通局等部门", "交通局等", "民政局等市直相关单位",
                                       "财政厅等省级主管部门（单位）", "教育局等市直有关部门(单位)"),
                                no_match=("临泉、阜南等县", "各高等学校", "省有关部门", "县直主管部门")),
    "CUT_NAME_STEM_RE": Examples(match=("发展改革", "财政厅预算", "发"), no_match=("", "加强（监管）", "发展改革（")),
    "LIST_QUALIFIER_RE": Examples(match=("所涉及的省政府办公厅", "涉及到的县直部门"), no_match=("省政府办公厅", "所属各单位")),
    "INCLUSION_NOTE_RE": Examples(match=("〈含开发区、", "（含功能区）", "(包括各开发区)"), no_match=("（市、区）", "含山县")),
    "GLUED_TASK_RE": Examples(match=("园林局配合做好专项整治工作", "县财政局负责"), no_match=("市园林局", "县应急管理局")),
    "BARE_GENERIC_UNITS": Examples(match=("政府", "管委会"), no_match=("市财政局", "各县（市）区")),
    "BARE_LEVELS": Examples(match=("市", "区", "县"), no_match=("市政府", "各县")),
    "LEVEL_CLASSES": Examples(match=("各县", "各乡镇", "相关市", "有关县区"), no_match=("各县政府", "县", "相关部门")),
    "SHARED_GOVERNMENT_RE": Examples(match=("绥芬河市政府", "苏州市人民政府", "固阳县政府"), no_match=("市政府", "省政府", "市财政局")),
    "PLACE_LIST_RE": Examples(match=("哈尔滨", "黑河"), no_match=("市", "哈尔滨市发展和改革委员会")),
    "CONJUNCTION_RE": Examples(match=("市民政局和各县（市）区", "市级各有关部门及各县市区政府", "国土资源部会同农业部"),
                               no_match=("市民政局、财政局",)),
    "ITEM_SPLIT_RE": Examples(match=("区发改委、交通运输局", "市脱贫攻坚办,各县", "牵头部门：区商务局  配合部门"),
                              no_match=("各县（市）区人民政府",)),
    "_ITEM_TOKEN_RE": Examples(match=("各县（市）区", "区发改委、交通运输局", "市脱贫攻坚办,各县", "各县<市、区>人民政府"),
                               no_match=("市民政局",)),
}

