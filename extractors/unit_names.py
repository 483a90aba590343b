"""Unit names: what a responsible unit's name says — its kind, its level and place, its canonical
and alternative forms.

* **kind** (:func:`unit_kind`): department, leading_group, collective, company or other, by the
  name's start and ending;
* **level and place** (:func:`level_prefix`, :func:`unit_level`, :func:`unit_region`): the level
  prefix a name is written with (市教育局 → 市, 泾县卫健委 → 泾县), tried with jieba's place tags
  (``extractors.segment``) for places the level characters do not give;
* **forms** (:func:`canonical_name`, :func:`expand_abbreviation`, :func:`unit_aliases`): the name
  without alias or spaces, short ↔ full department names from ``data/unit_abbreviations.tsv``.

Every function here is a pure function of a name; the statements that name units are read in
``extractors.units``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from extractors.segment import first_tagged_words, tagged_words
from extractors.vocab import Examples

ABBREVIATIONS_PATH = Path(__file__).parent / "data" / "unit_abbreviations.tsv"
HALF_TO_FULL_BRACKETS = str.maketrans({"(": "（", ")": "）"})

# --------------------------------------------------------------------------------------------
# Vocabulary: kinds of unit (tested in this order: collective, company, leading group,
# department; anything else is "other")
# --------------------------------------------------------------------------------------------

COLLECTIVE_STARTS = ("各", "有关", "相关", "其他", "其它", "所有", "全体", "有", "承担", "负有")
COLLECTIVE_SUFFIXES = ("成员单位", "单位", "部门", "乡镇", "街道", "成员")
COMPANY_MARKERS = ("公司", "集团", "银行", "农商行", "信用社", "农信社", "有限", "股份")
GOVERNMENT_BANKS = ("人民银行", "人行")
LEADING_GROUP_SUFFIXES = (
    "领导小组",
    "指挥部",
    "工作组",
    "行动组",
    "工作专班",
    "专班",
    "联席会议",
)
OTHER_SUFFIXES = ("协会", "学会", "商会", "研究会", "基金会", "医院", "学校", "大学", "报社")
DEPARTMENT_SUFFIXES = (
    "局",
    "委",
    "办",
    "厅",
    "部",
    "署",
    "办公室",
    "委员会",
    "会",
    "联",
    "协",
    "供销社",
    "合作社",
    "政府",
    "法院",
    "检察院",
    "海关",
)
# Zones run by a 管委会 are named by the zone alone in duty lists (责任单位:立山经济开发区,各街道): a
# development zone, high-tech zone, new district, industrial park, bonded or pilot zone.
ZONE_SUFFIXES = ("开发区", "高新区", "经开区", "新区", "园区", "工业区", "工业园", "产业园", "保税区", "试验区",
                 "示范区", "合作区", "度假区")
# Endings of a complete unit name (used to tell a list broken mid-name from a finished one).
UNIT_END_SUFFIXES = (
    DEPARTMENT_SUFFIXES
    + LEADING_GROUP_SUFFIXES
    + COLLECTIVE_SUFFIXES
    + OTHER_SUFFIXES
    + ZONE_SUFFIXES
    + ("公司", "集团", "银行", "行", "社", "中心", "站", "所", "队", "院", "台", "校", "处", "科")
    + ("股",)  # a county bureau's sections, as a city's 科: 农田建设管理股、农业股 (a bureau's task table, ae03)
    + ("室", "组", "府", "党委", "支部", "机关", "村", "社区")
    + ("小区",)  # residential compounds answer for their own grounds in street offices' plans: 物业管理小区
)

# --------------------------------------------------------------------------------------------
# Vocabulary: levels and places
# --------------------------------------------------------------------------------------------

NATIONAL_STARTS = ("国务院", "国家", "中共中央", "中央", "全国", "中国")  # bodies of the centre
LEVEL_PREFIX_CHARS = "省市县区乡镇州盟旗"  # 市教育局, 县扶贫局, 省发改委
LEVEL_PREFIX_WORDS = ("自治区", "自治州", "自治县")  # 自治区扶贫办
LEVEL_CHARS = "省市县区乡镇村"  # a name holding one of these names its own place or level
# Words whose level character is not a level: 市场监管局, 住房和城乡建设局, 农业农村局 …
# 市政局 (municipal works) is no city body; 市政府 and 市政协 are: the words are patterns.
NON_LEVEL_WORDS = ("市监局", "市场", "市政(?!府|协)", "市容", "城乡", "乡村", "农村", "城市", "都市", "超市", "社区", "区域", "园区", "景区",
                   "村镇")
NON_LEVEL_RE = re.compile("|".join(NON_LEVEL_WORDS))
LEVEL_TOKENS = ("省", "市", "县", "区", "州", "盟", "旗", "自治区", "自治州", "自治县", "镇", "乡")
CITY_OR_COUNTY_SUFFIXES = ("省", "自治区", "市", "州", "盟", "县", "旗")
# The levels of a county: 县, and in Inner Mongolia 旗, as a city's 区 (达茂旗, 固阳县, 青山区).
COUNTY_SUFFIXES = ("县", "旗", "区")
# Endings that make a name no county: flags (五星红旗, 国旗, 党旗), a county's class (贫困县, 示范县). A kind or a part of an
# area is excluded as a whole word (NOT_COUNTY_WORDS): 山区, but 青山区 is a district.
NOT_COUNTY_ENDINGS = ("红旗", "国旗", "党旗", "团旗", "队旗", "彩旗", "锦旗", "军旗", "会旗", "校旗", "困县", "范县", "点县",
                      "强县", "大县")
NOT_COUNTY_WORDS = frozenset({"老城区", "主城区", "新城区", "城区", "山区", "牧区", "林区", "矿区", "库区", "灾区", "市区", "辖区",
                              "景区", "湖区", "老区", "特区", "禁区", "郊区", "校区", "片区", "街区", "重点区", "示范区", "试验区",
                              "保护区", "功能区", "生态区"})
PLACE_SUFFIXES = ("省", "自治区", "市", "州", "盟", "县", "旗", "区", "镇", "乡", "街道")
# Words jieba tags as places that are not places in a unit's name.
NOT_PLACES = {"城市", "海洋", "直属机关", "开区", "中央", "国家", "全国", "中华", "新区"}
# The level of a unit named with a bare level character, in documents.admin_level terms.
LEVEL_NAMES = {
    "省": "provincial",
    "市": "municipal",
    "州": "municipal",
    "盟": "municipal",
    "县": "county",
    "区": "county",
    "旗": "county",
    "乡": "township",
    "镇": "township",
}
# The level character a region's name ends with, as written in a unit's name.
REGION_LEVEL_ENDINGS = (
    ("自治区", "省"),
    ("自治州", "州"),
    ("自治县", "县"),
    ("省", "省"),
    ("市", "市"),
    ("州", "州"),
    ("盟", "盟"),
    ("县", "县"),
    ("旗", "旗"),
    ("区", "区"),
    ("镇", "镇"),
    ("乡", "乡"),
)


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def clean_name(raw: str) -> str:
    """A unit's name without spaces or line breaks, a trailing alias, or half-width brackets."""
    name = re.sub(r"\s+", "", raw)
    name = drop_alias(name)
    return name.translate(HALF_TO_FULL_BRACKETS)


def drop_alias(name: str) -> str:
    """``市农业农村局（乡村振兴办）`` → ``市农业农村局``; ``各县（市、区）`` is kept whole."""
    base, alias = _split_alias(name)
    return base if alias else name


def _split_alias(name: str) -> tuple[str, Optional[str]]:
    match = re.fullmatch(r"(.+?)[（(]([^（）()]+)[）)]", name)
    if not match:
        return name, None
    base, alias = match.groups()
    if not base.endswith(UNIT_END_SUFFIXES) or not alias.strip(LEVEL_PREFIX_CHARS + "、,，"):
        return name, None
    return base, alias


def canonical_name(raw: str, prefix: Optional[str] = None) -> str:
    """The canonical name of one unit; ``prefix`` is the level prefix of its list, if any."""
    name = clean_name(raw)
    if prefix and needs_prefix(name):
        name = prefix + name
    return name


@lru_cache(maxsize=16384)
def looks_complete(name: str) -> bool:
    """Whether ``name`` reads as a whole unit name rather than a fragment of one."""
    name = re.sub(r"\s+", "", name)
    base = re.sub(r"[（(][^（）()]*[）)]$", "", name) or name
    return base.startswith("各") or base.endswith(UNIT_END_SUFFIXES) or unit_kind(base) == "company" or is_county(base)


@lru_cache(maxsize=16384)
def is_county(name: str) -> bool:
    """A county-level place named alone, standing for its government as a doer (按分工交由达茂旗牵头落实 · 责任单位:固阳县、
    青山区): a place name of its own before 县, 旗 or 区, not a flag (五星红旗) nor a part of a place (老城区, 山区)."""
    return (len(name) >= 3 and name.endswith(COUNTY_SUFFIXES) and not name.endswith(NOT_COUNTY_ENDINGS)
            and name not in NOT_COUNTY_WORDS and leading_place(name) == name)


@lru_cache(maxsize=16384)
def unit_kind(name: str) -> str:
    """department, leading_group, collective, company or other: the first of these tests that holds."""
    name = clean_name(name)
    for kind, test in UNIT_KIND_TESTS:
        if test(name):
            return kind
    return "other"


def is_collective(name: str) -> bool:
    """A class of bodies: 各乡镇, 有帮扶任务的…, 市扶贫开发领导小组各成员单位."""
    return name.startswith(COLLECTIVE_STARTS) or "的" in name or name.endswith(COLLECTIVE_SUFFIXES)


def is_government_bank(name: str) -> bool:
    """The central bank's branches are government bodies: 人行三明市中心支行."""
    return any(bank in name for bank in GOVERNMENT_BANKS)


def is_company(name: str) -> bool:
    return any(marker in name for marker in COMPANY_MARKERS) and not is_government_bank(name)


def is_leading_group(name: str) -> bool:
    return name.endswith(LEADING_GROUP_SUFFIXES)


def is_other_body(name: str) -> bool:
    """Associations, hospitals, schools: named bodies that are not government departments."""
    return name.endswith(OTHER_SUFFIXES)


def is_department(name: str) -> bool:
    return name.endswith(DEPARTMENT_SUFFIXES) or is_government_bank(name)


UNIT_KIND_TESTS = (
    ("collective", is_collective),
    ("company", is_company),
    ("leading_group", is_leading_group),
    ("other", is_other_body),
    ("department", is_department),
)


def _is_descriptive(name: str) -> bool:
    """各乡镇, 有…任务的…, 相关单位: a class of bodies, not one body."""
    return name.startswith(COLLECTIVE_STARTS) or "的" in name


@lru_cache(maxsize=16384)
def is_prefix_source(name: str) -> bool:
    """A government body written with its level prefix, whose prefix the list's others inherit."""
    prefix = level_prefix(name)
    if not prefix or unit_kind(name) == "company" or _is_descriptive(name):
        return False
    return not mentions_place(name[len(prefix) :].lstrip("委直"))


@lru_cache(maxsize=16384)
def needs_prefix(name: str) -> bool:
    """A government body written without level or place: 住建局, 扶贫开发领导小组各成员单位."""
    return not (
        level_prefix(name)
        or name.startswith(NATIONAL_STARTS)
        or mentions_place(name)
        or _is_descriptive(name)
        or unit_kind(name) == "company"
    )


# --------------------------------------------------------------------------------------------
# Levels, places, regions
# --------------------------------------------------------------------------------------------


def _is_place_token(word: str, flag: str) -> bool:
    """A place name: tagged as one (泾县, 福州), or a longer word ending in a level (恩施州)."""
    if word in NOT_PLACES or word in LEVEL_TOKENS or word.startswith(COLLECTIVE_STARTS):
        return False
    if flag.startswith("ns"):
        return True
    return len(word) >= 3 and word.endswith(CITY_OR_COUNTY_SUFFIXES) and flag[:2] in ("nr", "nz")


def leading_place(name: str) -> Optional[str]:
    """The place a name starts with: 泾县卫健委 → 泾县, 福州·定西… → 福州, 市扶贫办 → None."""
    tokens = first_tagged_words(name, 2)
    if not tokens:
        return None
    word, flag = tokens[0]
    following = tokens[1][0] if len(tokens) > 1 else ""
    if _is_place_token(word, flag):
        return word + following if following in LEVEL_TOKENS and not word.endswith(PLACE_SUFFIXES) else word
    if len(word) >= 2 and following in LEVEL_TOKENS and not re.search(r"[各有的直全本]", word):
        return word + following  # a place jieba does not know, written with its level: 旌德县
    return None


@lru_cache(maxsize=16384)
def level_prefix(name: str) -> Optional[str]:
    """The level prefix a name is written with: 市 (市教育局), 泾县 (泾县扶贫局), else None."""
    name = clean_name(name)
    if not name:
        return None
    if name.startswith(LEVEL_PREFIX_WORDS):
        return name[:3]
    if name[0] in LEVEL_PREFIX_CHARS and not NON_LEVEL_RE.match(name):
        return name[0]
    place = leading_place(name)
    if place and place.endswith(PLACE_SUFFIXES):
        return place
    return None


@lru_cache(maxsize=16384)
def mentions_place(name: str) -> bool:
    """Whether a name carries a place or level of its own anywhere (…县扶贫开发领导小组, 福州·定西…)."""
    masked = NON_LEVEL_RE.sub("", name)
    if any(ch in LEVEL_CHARS for ch in masked):
        return True
    return any(_is_place_token(word, flag) for word, flag in tagged_words(name))


def unit_level(name: str) -> Optional[str]:
    """national, provincial, municipal, county or township, when the name says; else None."""
    name = clean_name(name)
    if name.startswith(NATIONAL_STARTS) and unit_kind(name) != "company":
        return "national"
    if name.startswith("团") and name[1:2] in LEVEL_NAMES:  # 团市委
        return LEVEL_NAMES[name[1]]
    prefix = level_prefix(name)
    if not prefix:
        return None
    level_char = _region_level_char(prefix)
    return LEVEL_NAMES.get(level_char) if level_char else None


def unit_region(name: str, document_region: Optional[str] = None) -> Optional[str]:
    """Best-effort region of a unit.

    A unit written with its place gives that place (泾县卫健委 → 泾县). A unit written with a bare
    level (市扶贫办, 县直相关单位, 团县委) is in ``document_region`` when that region is of the same
    level (福州市 for 市…); otherwise, and for units with neither, the region is unknown (None).
    """
    name = clean_name(name)
    if not name:
        return None
    prefix = level_prefix(name)
    if prefix and len(prefix) > 1 and prefix not in LEVEL_PREFIX_WORDS:
        return prefix
    level_char = _region_level_char(prefix) if prefix else None
    if name.startswith("团") and name[1:2] in LEVEL_PREFIX_CHARS:
        level_char = name[1]
    if level_char and document_region and _region_level_char(document_region) == level_char:
        return document_region
    return None


def _region_level_char(region: str) -> Optional[str]:
    for ending, level_char in REGION_LEVEL_ENDINGS:
        if region.endswith(ending):
            return level_char
    return None


# --------------------------------------------------------------------------------------------
# Abbreviations
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def abbreviations() -> tuple[tuple[str, str], ...]:
    """(short, full) rows of ``data/unit_abbreviations.tsv``, in file order."""
    rows = []
    for line in ABBREVIATIONS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, full = line.split("\t")[:2]
        if (short, full) != ("short", "full"):
            rows.append((short.strip(), full.strip()))
    return tuple(rows)


def _valid_remainder(remainder: str) -> bool:
    """What may stand before a department's name: nothing, a level, a place, a party committee."""
    if not remainder or remainder[-1] in LEVEL_PREFIX_CHARS + "委直":
        return True
    return remainder.endswith(PLACE_SUFFIXES) or leading_place(remainder) == remainder


def _replace_suffix(name: str, old: str, new: str) -> Optional[str]:
    if name.endswith(old) and _valid_remainder(name[: len(name) - len(old)]):
        return name[: len(name) - len(old)] + new
    return None


def expand_abbreviation(name: str) -> str:
    """``市卫健委`` → ``市卫生健康委员会``; a name with no known short form is returned as it is."""
    name = clean_name(name)
    for short, full in sorted(abbreviations(), key=lambda row: -len(row[0])):
        if name.endswith(full):
            return name
        expanded = _replace_suffix(name, short, full)
        if expanded:
            return expanded
    return name


def unit_aliases(name: str) -> set[str]:
    """Every form an office could search a unit by: short and full, with and without level.

    ``市卫健委`` gives 市卫健委, 市卫生健康委员会, 卫健委, 卫生健康委员会 (and 市卫生健康委 …);
    ``福州市卫健委`` also gives 市卫健委; a bracketed alias (``市农业农村局（乡村振兴办）``) gives
    its own forms (市乡村振兴办, 乡村振兴办).
    """
    written = re.sub(r"\s+", "", name).translate(HALF_TO_FULL_BRACKETS)
    base, alias = _split_alias(written)
    names = {base}
    if alias:
        names.add((level_prefix(base) or "") + alias)
    forms = set()
    for each in names:
        forms |= _abbreviation_forms(each)
    for form in list(forms):
        forms |= _level_forms(form)
    forms.discard("")
    return forms


def _abbreviation_forms(name: str) -> set[str]:
    forms = {name, expand_abbreviation(name)}
    for form in list(forms):
        for short, full in abbreviations():
            for old, new in ((full, short), (short, full)):
                replaced = _replace_suffix(form, old, new)
                if replaced:
                    forms.add(replaced)
    return forms


def _level_forms(name: str) -> set[str]:
    """The name without its level prefix, and with a bare level instead of a place."""
    prefix = level_prefix(name)
    if not prefix:
        return set()
    rest = name[len(prefix) :]
    forms = set()
    if len(prefix) > 1:
        level_char = _region_level_char(prefix)
        if level_char:
            forms.add(level_char + rest)
    bare = rest[1:] if rest.startswith(("委", "直")) and len(rest) > 2 else rest
    if len(bare) >= 2:
        forms.add(bare)
    return forms


# Examples of each vocabulary, through the test that reads it (units from the sample notices and from
# real notices: ../shared/realworld, and task-division notices of city and county governments).
EXAMPLES = {
    "is_county": Examples(match=("达茂旗", "固阳县", "青山区", "东河区"),
                          no_match=("五星红旗", "红旗", "国旗", "老城区", "山区", "重点区", "旗帜", "全县", "住建局")),
    "NOT_COUNTY_ENDINGS": Examples(match=("红旗", "困县"), no_match=("茂旗", "阳县")),
    "NOT_COUNTY_WORDS": Examples(match=("老城区", "山区"), no_match=("青山区", "东河区")),
    "is_collective": Examples(
        match=("各县（市、区）", "市级各部门", "扶贫专项市级部门", "有帮扶任务的县扶贫开发领导小组", "市直各有关单位", "各处室"),
        no_match=("市脱贫攻坚办", "县扶贫开发领导小组"),
    ),
    "is_company": Examples(
        match=("中国邮政集团有限公司三明市分公司", "国网安徽省电力有限公司宣城供电公司", "农业银行泾县支行", "县农商行"),
        no_match=("人行三明市中心支行", "中国人民银行福州中心支行", "市金融办"),
    ),
    "ZONE_SUFFIXES": Examples(match=("开发区", "高新区", "园区", "工业区"), no_match=("区", "街道")),
    "is_government_bank": Examples(match=("人行三明市中心支行", "中国人民银行泾县支行"), no_match=("农业银行泾县支行",)),
    "is_leading_group": Examples(
        match=("县扶贫开发领导小组", "福州·定西扶贫协作前方指挥部", "市行政审批制度改革工作领导小组", "省食品安全工作专班"),
        no_match=("市行政审批制度改革工作领导小组办公室",),
    ),
    "is_other_body": Examples(match=("市慈善协会", "县人民医院", "福建农林大学"), no_match=("市疾控中心", "市卫健委")),
    "is_department": Examples(
        match=("市卫健委", "县委组织部", "省人民政府办公厅", "滁州经开区管委会", "县工商联", "市供销社",
               "市中级人民法院", "滁州海关"),
        no_match=("市疾控中心", "规划财务处"),
    ),
    "looks_complete": Examples(
        match=("市脱贫攻坚办", "各县(市、区)", "规划财务处", "事业单位", "中新苏滁高新区管委会", "人保福建榕城分公司",
               "立山经济开发区", "岳阳经济技术开发区", "苏州工业园区"),
        no_match=("有易地搬迁", "交通", "市发", "立山经济开发"),
    ),
    "NON_LEVEL_RE": Examples(match=("市场监管局", "住房和城乡建设局", "农业农村局", "城市管理局", "市政局", "市容环卫局"),
                             no_match=("市教育局", "县民政局", "市政府办公室", "市政协")),
    "level_prefix": Examples(
        match=("市教育局", "泾县卫健委", "自治区扶贫办", "旌德县财政局", "福州市扶贫办"),
        no_match=("市场监管局", "卫健委", "各乡镇", "国家发展改革委", "城市管理局"),
    ),
    "leading_place": Examples(
        match=("泾县卫健委", "旌德县财政局", "福州市扶贫办", "福州·定西扶贫协作前方指挥部"),
        no_match=("市扶贫办", "国家发展改革委", "城市管理局", "各乡镇"),
    ),
    "mentions_place": Examples(
        match=("有帮扶任务的县扶贫开发领导小组", "福州·定西扶贫协作前方指挥部", "泾县卫健委", "扶贫专项市级部门"),
        no_match=("住建局", "扶贫开发领导小组各成员单位", "市场监管局", "国家统计局三明调查队"),
    ),
    "needs_prefix": Examples(
        match=("住建局", "市场监管局", "扶贫开发领导小组各成员单位", "医保局"),
        no_match=("人保福建榕城分公司", "各乡镇", "国家统计局三明调查队", "市扶贫办", "泾县卫健委"),
    ),
    "is_prefix_source": Examples(
        match=("市教育局", "泾县卫健委", "自治区扶贫办", "旌德县财政局"),
        no_match=("厦门·临夏扶贫协作工作组", "各县（市、区）", "有帮扶任务的县扶贫开发领导小组", "住建局"),
    ),
}
