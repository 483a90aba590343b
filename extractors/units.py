"""Responsible units: who a notice makes responsible for a measure.

Only explicit statements count (see ../shared/gold/README.md, section Assignments):

* labelled lists: ``责任单位：…`` paragraphs, ``牵头单位：… 配合单位：…``, ``责任部门``/``牵头部门``,
  also inside brackets at the end of a measure: ``（责任单位：…）`` ``〔责任单位：…〕`` ``【责任单位：…】``;
* verb forms in brackets: ``（A牵头，B、C配合）``, ``（A负责）``;
* the convention "逗号前的单位为牵头单位" (or 分号前 / 排在第一位): when a document states it anywhere,
  the units of a plain 责任单位 list before the first comma lead and the rest cooperate.

Units are split on 、，,；; outside brackets (``各县（市）区扶贫开发领导小组`` is one unit). A unit written
without its level prefix inherits the prefix of the statement's first government body
(``市教育局、住建局`` gives ``市住建局``), except companies, bodies that carry their own place, and
descriptive collectives. The canonical name drops a trailing alias in brackets and uses full-width
brackets; ``raw`` is the unit as written and ``text[start:end] == raw``.

Vocabularies live in module-level constants and in ``data/unit_abbreviations.tsv`` (short → full
department names) and ``data/policy_terms.txt`` (a jieba user dictionary, loaded into a private
tokenizer here so that results do not depend on what else was loaded into jieba).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from schema.models import UnitMention

DATA_DIR = Path(__file__).parent / "data"
ABBREVIATIONS_PATH = DATA_DIR / "unit_abbreviations.tsv"
USER_DICT_PATH = DATA_DIR / "policy_terms.txt"

# --------------------------------------------------------------------------------------------
# Vocabulary: statement forms and roles
# --------------------------------------------------------------------------------------------

# The first word of a list label decides the role of the units it lists.
LABEL_ROLES = {
    "牵头": "lead",
    "主责": "lead",
    "配合": "cooperate",
    "协办": "cooperate",
    "协助": "cooperate",
    "协同": "cooperate",
    "参与": "cooperate",
    "责任": "responsible",
}

# 责任单位： 牵头单位： 配合部门： 牵头责任单位： 责任单位（排名第一的为牵头单位）：
# The look-behind comes after the word, not before it: a pattern that starts with a literal word
# is scanned for five times faster. It looks past the word, so every word must be two characters.
assert {len(word) for word in LABEL_ROLES} == {2}
LABEL_RE = re.compile(
    r"(?P<word>" + "|".join(LABEL_ROLES) + r")"
    r"(?<![各关]..)"  # not 各责任单位： (a salutation) nor 有关责任单位
    r"(?:责任)?(?:单位|部门)"
    r"(?:[（(][^（）()\n]{0,24}[）)])?"
    r"[ \t\u3000]*[:：]"
)

# Verbs that close a clause of a bracketed assignment, longest first: （A牵头，B配合）.
ROLE_VERBS = {
    "牵头负责": "lead",
    "负责牵头": "lead",
    "牵头": "lead",
    "主责": "lead",
    "配合落实": "cooperate",
    "配合": "cooperate",
    "协助": "cooperate",
    "协办": "cooperate",
    "协同": "cooperate",
    "参与": "cooperate",
    "按职责分工负责": "responsible",
    "按职责分工落实": "responsible",
    "按职责负责": "responsible",
    "分别负责": "responsible",
    "共同负责": "responsible",
    "负责落实": "responsible",
    "具体负责": "responsible",
    "自行负责": "responsible",
    "统筹负责": "responsible",
    "负责": "responsible",
}
ROLE_VERB_TAIL_RE = re.compile("(?:" + "|".join(sorted(ROLE_VERBS, key=len, reverse=True)) + ")$")

# A role marked on one unit of a list: 市发改委（牵头）.
INLINE_ROLE_RE = re.compile(r"[（(](?P<word>牵头|配合|协助|参与)(?:单位|部门)?[）)]$")

# Where a document says which units of a list lead. The value names the separator that ends
# the lead part of a list ("first": only the first unit leads).
LEAD_CONVENTIONS = (
    (re.compile(r"(?:逗号|“，”|，号)(?:之)?前[^。；\n]{0,10}?牵头"), "comma"),
    (re.compile(r"(?:分号|“；”)(?:之)?前[^。；\n]{0,10}?牵头"), "semicolon"),
    (
        re.compile(
            r"(?:第一位|第一个|首位|首个|第一)的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
        ),
        "first",
    ),
)
LEAD_SEPARATORS = {"comma": "，,", "semicolon": "；;", "first": ""}
LEAD_WORD = "牵头"  # every pattern of LEAD_CONVENTIONS holds it
assert all(LEAD_WORD in pattern.pattern for pattern, _ in LEAD_CONVENTIONS)

# Text that a list can contain but is not a unit (a convention note inside the list).
NOT_A_UNIT_RE = re.compile(r"逗号|分号|下同|为牵头|为配合|其余|排名|排在|列第|第一位|首位")
LEADING_AGENT_RE = re.compile(r"[^由]{0,12}?(?<!自)由")  # （由A牵头） （此项工作由A负责）
CONJUNCTION_RE = re.compile(r"以及|[和及与]")  # 市民政局和各县（市）区: two units
# Units written without a separator (table cells whose lines were joined): 市发改委市财政局.
GLUED_LEFT_SUFFIXES = ("局", "委", "办", "厅", "部", "政府", "领导小组", "指挥部", "工会", "联")
GLUED_RIGHT_STARTS = "省市县区"
BARE_GENERIC_UNITS = ("政府", "人民政府", "党委", "党委政府", "部门", "单位")  # 各区县党委和政府: one unit
TRAILING_ETC = ("等相关单位", "等有关单位", "等相关部门", "等有关部门", "等单位", "等部门", "等")

# --------------------------------------------------------------------------------------------
# Vocabulary: punctuation and layout
# --------------------------------------------------------------------------------------------

OPEN_BRACKETS = "（(〔【[［﹝"
CLOSE_BRACKETS = "）)〕】]］﹞"
LIST_SEPARATORS = "、，,；;"
CLAUSE_SEPARATORS = "，,；;"
SENTENCE_ENDS = "。！？!?"
COLONS = ":："
HALF_TO_FULL_BRACKETS = str.maketrans({"(": "（", ")": "）"})

MAX_LIST_CHARS = 600  # a statement's list is never longer than this
MAX_UNIT_CHARS = 45  # nor one unit's name
MAX_BRACKET_CHARS = 200  # nor a bracketed verb-form statement

# A new paragraph that cannot continue a broken list: a measure label or another statement.
NEW_PARAGRAPH_RE = re.compile(
    r"[ \t\u3000]*(?:"
    r"[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十百]+[）)]"
    r"|\d+[、．.](?!\d)"
    r"|[（(]\d+[）)]"
    r"|[①-⑳]"
    r"|第[一二三四五六七八九十百]+[条章节]"
    r"|[一二三四五六七八九十]+[是要][^\n]{0,2}"
    r"|\*\*"
    r"|#"
    r")"
)
WHITESPACE_RE = re.compile(r"\s*")
ITEM_SPLIT_RE = re.compile(r"[、，,；;\u3000]| {2,}")

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
)
# Endings of a complete unit name (used to tell a list broken mid-name from a finished one).
UNIT_END_SUFFIXES = (
    DEPARTMENT_SUFFIXES
    + LEADING_GROUP_SUFFIXES
    + COLLECTIVE_SUFFIXES
    + OTHER_SUFFIXES
    + ("公司", "集团", "银行", "行", "社", "中心", "站", "所", "队", "院", "台", "校", "处", "科")
    + ("室", "组", "府", "党委", "支部", "机关", "村", "社区")
)

# --------------------------------------------------------------------------------------------
# Vocabulary: levels and places
# --------------------------------------------------------------------------------------------

NATIONAL_STARTS = ("国务院", "国家", "中共中央", "中央", "全国", "中国")  # bodies of the centre
LEVEL_PREFIX_CHARS = "省市县区乡镇州盟旗"  # 市教育局, 县扶贫局, 省发改委
LEVEL_PREFIX_WORDS = ("自治区", "自治州", "自治县")  # 自治区扶贫办
LEVEL_CHARS = "省市县区乡镇村"  # a name holding one of these names its own place or level
# Words whose level character is not a level: 市场监管局, 住房和城乡建设局, 农业农村局 …
NON_LEVEL_WORDS = ("市监局", "市场", "城乡", "乡村", "农村", "城市", "都市", "超市", "社区", "区域", "园区", "景区", "村镇")
NON_LEVEL_RE = re.compile("|".join(NON_LEVEL_WORDS))
LEVEL_TOKENS = ("省", "市", "县", "区", "州", "盟", "旗", "自治区", "自治州", "自治县", "镇", "乡")
CITY_OR_COUNTY_SUFFIXES = ("省", "自治区", "市", "州", "盟", "县", "旗")
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
# Statements
# --------------------------------------------------------------------------------------------


@dataclass
class _Item:
    """One unit of a list, as a span of the text, and the separator written after it."""

    start: int
    end: int
    sep_after: str = ""
    role: Optional[str] = None


def find_assignments(text: str) -> list[UnitMention]:
    """Every unit named in an explicit responsibility statement of ``text``, in text order."""
    convention = lead_convention(text)
    mentions: list[UnitMention] = []
    covered: list[tuple[int, int]] = []
    previous_end, carried_prefix = -1, None
    for label in LABEL_RE.finditer(text):
        if label.start() < previous_end:
            continue
        start = label.end()
        end = _list_end(text, start)
        role = LABEL_ROLES[label.group("word")]
        adjacent = previous_end >= 0 and not text[previous_end : label.start()].strip(" \t\u3000；;，,、")
        found, prefix = _parse_list(
            text,
            start,
            end,
            role,
            convention if role == "responsible" else None,
            carried_prefix if adjacent else None,
        )
        mentions.extend(found)
        covered.append((label.start(), end))
        previous_end, carried_prefix = end, prefix
    for start, end in _verb_brackets(text):
        if any(s <= start < e or start <= s < end for s, e in covered):
            continue
        found, _ = _parse_list(text, start, end, "responsible", None, None, require_verbs=True)
        if found:
            mentions.extend(found)
            covered.append((start, end))
    return sorted(mentions, key=lambda m: m.start)


def lead_convention(text: str) -> Optional[str]:
    """Which rule the document states for the lead units of a list: comma, semicolon, first."""
    if LEAD_WORD not in text:  # each convention names it; most texts are read once, not three times
        return None
    for pattern, name in LEAD_CONVENTIONS:
        if pattern.search(text):
            return name
    return None


# The characters _list_end acts on; it jumps from one to the next.
_LIST_END_CHARS_RE = re.compile(
    "[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + SENTENCE_ENDS + COLONS) + "\n]"
)


def _list_end(text: str, pos: int) -> int:
    """Where the list that starts at ``pos`` ends: a closing bracket, 。, a new label, the line."""
    depth = 0
    i = pos
    limit = min(len(text), pos + MAX_LIST_CHARS)
    while i < limit:
        found = _LIST_END_CHARS_RE.search(text, i, limit)
        if found is None:
            return limit
        i = found.start()
        ch = text[i]
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and ch in SENTENCE_ENDS:
            return i
        elif depth == 0 and ch in COLONS:
            return _label_start(text, pos, i)
        elif ch == "\n":
            resume = _continuation(text, pos, i)
            if resume is None:
                return i
            i = resume
            continue
        i += 1
    return i


def _label_start(text: str, floor: int, colon: int) -> int:
    """The start of the label (配合单位, 完成时限 …) that ends at ``colon``."""
    i = colon
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in LIST_SEPARATORS + SENTENCE_ENDS:
        i -= 1
    return i


def _continuation(text: str, list_start: int, newline: int) -> Optional[int]:
    """Where a list broken by a line break goes on, or None when the break ends it.

    A list goes on when the written part ends in a separator, when the next line starts with one,
    or when its last unit is unfinished (``有脱贫减贫``) and the next line finishes it.
    """
    resume = WHITESPACE_RE.match(text, newline).end()
    if resume >= len(text):
        return None
    line_end = text.find("\n", resume)
    next_line = text[resume : line_end if line_end >= 0 else len(text)]
    if NEW_PARAGRAPH_RE.match(next_line) or LABEL_RE.match(next_line):
        return None
    written = text[list_start:newline].rstrip()
    if written.endswith(tuple(LIST_SEPARATORS)) or next_line[0] in LIST_SEPARATORS:
        return resume
    last_unit = ITEM_SPLIT_RE.split(written)[-1].strip()
    head = re.split(r"[、，,；;。:：（(）)〕】\]］]", next_line, maxsplit=1)[0].strip()
    joined = re.sub(r"\s+", "", last_unit + head)
    if last_unit and head and not _looks_complete(last_unit) and len(joined) <= MAX_UNIT_CHARS:
        if _looks_complete(joined):
            return resume
    return None


_OPEN_BRACKET_RE = re.compile("[" + re.escape("".join(OPEN_BRACKETS)) + "]")
_BRACKET_RE = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")
_STATEMENT_STOP_RE = re.compile("[" + re.escape(COLONS + SENTENCE_ENDS) + "]")  # none in a verb form


def _verb_brackets(text: str) -> list[tuple[int, int]]:
    """Spans (inside the brackets) of bracketed verb-form statements: （A牵头，B配合）."""
    spans = []
    for opening in _OPEN_BRACKET_RE.finditer(text):
        i = opening.start()
        close = _matching_bracket(text, i)
        if close is None:
            continue
        if _STATEMENT_STOP_RE.search(text, i + 1, close):
            continue
        if ROLE_VERB_TAIL_RE.search(text[i + 1 : close].rstrip()):
            spans.append((i + 1, close))
    return spans


def _matching_bracket(text: str, open_at: int) -> Optional[int]:
    depth = 0
    for bracket in _BRACKET_RE.finditer(text, open_at, min(len(text), open_at + MAX_BRACKET_CHARS)):
        if bracket.group() in OPEN_BRACKETS:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return bracket.start()
    return None


# A bracket, or a separator (ITEM_SPLIT_RE): what _split_items jumps between. No separator holds a
# bracket, so a separator found here is the one ITEM_SPLIT_RE finds at the same place.
_ITEM_TOKEN_RE = re.compile(
    "(?P<open>[" + re.escape(OPEN_BRACKETS) + "])|(?P<close>[" + re.escape(CLOSE_BRACKETS) + "])"
    "|(?P<sep>" + ITEM_SPLIT_RE.pattern + ")"
)


def _split_items(text: str, start: int, end: int) -> list[_Item]:
    """The units of ``text[start:end]``, split on separators outside brackets, trimmed."""
    items: list[_Item] = []
    depth, item_start = 0, start
    for token in _ITEM_TOKEN_RE.finditer(text, start, end):
        if token["open"]:
            depth += 1
        elif token["close"]:
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(_Item(item_start, token.start(), token.group()))
            item_start = token.end()
    items.append(_Item(item_start, end))
    trimmed = [_trim(text, item) for item in items]
    return [item for item in trimmed if item.end > item.start]


def _split_conjunction(text: str, item: _Item) -> list[_Item]:
    """市民政局和各县（市）区 is two units; 住房和城乡建设局 is one (住房 is no unit)."""
    for match in CONJUNCTION_RE.finditer(text, item.start, item.end):
        left, right = text[item.start : match.start()], text[match.end() : item.end]
        if (
            _bracket_depth(left) == 0
            and right.strip() not in BARE_GENERIC_UNITS
            and _looks_complete(left)
            and _looks_complete(right)
        ):
            head = _trim(text, _Item(item.start, match.start(), "、", item.role))
            tail = _trim(text, _Item(match.end(), item.end, item.sep_after, item.role))
            return [head] + _split_conjunction(text, tail)
    return [item]


def _split_glued(text: str, item: _Item) -> list[_Item]:
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
            and _bracket_depth(left) == 0
            and _looks_complete(right)
        ):
            head = _Item(item.start, i, "、", item.role)
            return [head] + _split_glued(text, _Item(i, item.end, item.sep_after, item.role))
    return [item]


def _bracket_depth(fragment: str) -> int:
    return sum(c in OPEN_BRACKETS for c in fragment) - sum(c in CLOSE_BRACKETS for c in fragment)


def _trim(text: str, item: _Item) -> _Item:
    start, end = item.start, item.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    written = text[start:end]
    if written.endswith(TRAILING_ETC):  # one test for the usual case, a name with no 等
        for etc in TRAILING_ETC:
            if written.endswith(etc) and end - len(etc) > start:
                end -= len(etc)
                break
    return _Item(start, end, item.sep_after, item.role)


def _parse_list(
    text: str,
    start: int,
    end: int,
    role: str,
    convention: Optional[str],
    prefix: Optional[str],
    require_verbs: bool = False,
) -> tuple[list[UnitMention], Optional[str]]:
    """The units of one list with their roles; also the level prefix the list established.

    ``require_verbs`` is for bracketed verb forms: the list counts only if its clauses end in
    role verbs and every unit reads as a unit name.
    """
    items = _split_items(text, start, end)
    if not _assign_roles(text, items, role, convention) and require_verbs:
        return [], prefix
    items = [part for item in items for part in _split_conjunction(text, item)]
    items = [part for item in items for part in _split_glued(text, item)]
    mentions = []
    for item in items:
        raw = text[item.start : item.end]
        name = clean_name(raw)
        if not _is_acceptable_unit(name):
            if require_verbs:
                return [], prefix
            continue
        if prefix is None and _is_prefix_source(name):
            prefix = level_prefix(name)
        elif prefix and _needs_prefix(name):
            name = prefix + name
        role_here = item.role or role
        mention = UnitMention(name, raw, role_here, unit_kind(name), item.start, item.end)
        mentions.append(mention)
    return mentions, prefix


def _assign_roles(text: str, items: list[_Item], role: str, convention: Optional[str]) -> bool:
    """Set each item's role; True when the list is in verb form (A牵头，B配合)."""
    clauses = _clauses(items)
    verb_form = any(_clause_verb(text, clause) for clause in clauses)
    if verb_form:
        _assign_verb_roles(text, clauses, role)
    else:
        _assign_list_roles(items, role, convention)
    for item in items:
        _apply_inline_role(text, item)
    return verb_form


# The tests on a unit's name below are pure functions of the name, and the same names come back in
# list after list (and notice after notice): each is worked out once per name.
@lru_cache(maxsize=16384)
def _is_acceptable_unit(name: str) -> bool:
    return (
        bool(name)
        and len(name) <= MAX_UNIT_CHARS
        and not NOT_A_UNIT_RE.search(name)
        and _looks_complete(name)
    )


def _clauses(items: list[_Item]) -> list[list[_Item]]:
    """Items grouped into clauses: a clause ends at ，；(not at 、)."""
    clauses: list[list[_Item]] = [[]]
    for item in items:
        clauses[-1].append(item)
        if item.sep_after and item.sep_after in CLAUSE_SEPARATORS:
            clauses.append([])
    return [clause for clause in clauses if clause]


def _clause_verb(text: str, clause: list[_Item]) -> Optional[re.Match]:
    last = clause[-1]
    match = ROLE_VERB_TAIL_RE.search(text, last.start, last.end)
    if match and match.start() > last.start:
        return match
    return None


def _assign_verb_roles(text: str, clauses: list[list[_Item]], default: str) -> None:
    """（A牵头，B、C配合）: each clause takes the role of its verb; the verb and 由 are cut off.

    A clause without a verb shares the verb of the next clause that has one.
    """
    pending: list[_Item] = []
    for clause in clauses:
        pending.extend(clause)
        verb = _clause_verb(text, clause)
        if verb is None:
            continue
        clause[-1].end = verb.start()
        for item in pending:
            item.role = ROLE_VERBS[verb.group()]
        pending = []
    for item in pending:
        item.role = default
    for clause in clauses:
        first = clause[0]
        agent = LEADING_AGENT_RE.match(text, first.start, first.end)
        if agent and agent.end() < first.end:
            first.start = agent.end()
        for item in clause:
            trimmed = _trim(text, item)
            item.start, item.end = trimmed.start, trimmed.end


def _assign_list_roles(items: list[_Item], role: str, convention: Optional[str]) -> None:
    """A plain list: one role for all, or lead/cooperate by the document's stated convention."""
    if convention is None:
        for item in items:
            item.role = role
        return
    separators = LEAD_SEPARATORS[convention]
    leading = True
    for index, item in enumerate(items):
        item.role = "lead" if leading else "cooperate"
        if convention == "first" or (item.sep_after and item.sep_after in separators):
            leading = False


def _apply_inline_role(text: str, item: _Item) -> None:
    """市发改委（牵头）: the bracketed role overrides the list's and is cut off the unit."""
    match = INLINE_ROLE_RE.search(text, item.start, item.end)
    if match and match.start() > item.start:
        item.role = LABEL_ROLES[match.group("word")]
        item.end = match.start()
        while item.end > item.start and text[item.end - 1].isspace():
            item.end -= 1


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
    if prefix and _needs_prefix(name):
        name = prefix + name
    return name


@lru_cache(maxsize=16384)
def _looks_complete(name: str) -> bool:
    """Whether ``name`` reads as a whole unit name rather than a fragment of one."""
    name = re.sub(r"\s+", "", name)
    base = re.sub(r"[（(][^（）()]*[）)]$", "", name) or name
    return base.startswith("各") or base.endswith(UNIT_END_SUFFIXES) or unit_kind(base) == "company"


@lru_cache(maxsize=16384)
def unit_kind(name: str) -> str:
    """department, leading_group, collective, company or other."""
    name = clean_name(name)
    if name.startswith(COLLECTIVE_STARTS) or "的" in name or name.endswith(COLLECTIVE_SUFFIXES):
        return "collective"
    if any(marker in name for marker in COMPANY_MARKERS) and not any(b in name for b in GOVERNMENT_BANKS):
        return "company"
    if name.endswith(LEADING_GROUP_SUFFIXES):
        return "leading_group"
    if name.endswith(OTHER_SUFFIXES):
        return "other"
    if name.endswith(DEPARTMENT_SUFFIXES) or any(b in name for b in GOVERNMENT_BANKS):
        return "department"
    return "other"


def _is_descriptive(name: str) -> bool:
    """各乡镇, 有…任务的…, 相关单位: a class of bodies, not one body."""
    return name.startswith(COLLECTIVE_STARTS) or "的" in name


@lru_cache(maxsize=16384)
def _is_prefix_source(name: str) -> bool:
    """A government body written with its level prefix, whose prefix the list's others inherit."""
    prefix = level_prefix(name)
    if not prefix or unit_kind(name) == "company" or _is_descriptive(name):
        return False
    return not mentions_place(name[len(prefix) :].lstrip("委直"))


@lru_cache(maxsize=16384)
def _needs_prefix(name: str) -> bool:
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


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """A private jieba tokenizer with jieba's own dictionary only, whatever was loaded into jieba's
    default one (``pipeline.compare`` segments with it). Loading the dictionary takes about a
    second; :func:`policy_tokenizer` starts from a copy of this one instead of loading it again."""
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=1)
def policy_tokenizer():
    """A private jieba tokenizer: jieba's dictionary plus the project's user dictionary (the units
    extractor's places, the search box's words). Made from a copy of :func:`jieba_tokenizer`'s word
    table (what ``Tokenizer.initialize`` would read from jieba's cache file, in a tenth of the time)."""
    import jieba

    base = jieba_tokenizer()
    tokenizer = jieba.Tokenizer(base.dictionary)
    tokenizer.FREQ, tokenizer.total = dict(base.FREQ), base.total
    tokenizer.initialized = True
    if USER_DICT_PATH.exists():
        tokenizer.load_userdict(str(USER_DICT_PATH))
    return tokenizer


@lru_cache(maxsize=1)
def _tokenizer():
    """A jieba POS tokenizer over :func:`policy_tokenizer`.

    Its word → part-of-speech table is the one of jieba's dictionary (then the user dictionary's
    tags, merged on first use). ``jieba.posseg`` builds that table for its default tokenizer when it
    is imported, from the same dictionary file: when this import is the first, the table is copied
    instead of reading the dictionary file a second time (half a second per process)."""
    import sys

    import jieba

    jieba.setLogLevel(60)
    fresh = "jieba.posseg" not in sys.modules
    import jieba.posseg

    tokenizer = policy_tokenizer()
    default = jieba.posseg.dt
    if fresh and tokenizer.dictionary == default.tokenizer.dictionary == jieba.DEFAULT_DICT:
        pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        pos.tokenizer = tokenizer
        pos.word_tag_tab = dict(default.word_tag_tab)  # untouched: nothing could use it yet
        return pos
    return jieba.posseg.POSTokenizer(tokenizer)


@lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[tuple[str, str], ...]:
    return tuple((pair.word, pair.flag) for pair in _tokenizer().cut(name))


def _is_place_token(word: str, flag: str) -> bool:
    """A place name: tagged as one (泾县, 福州), or a longer word ending in a level (恩施州)."""
    if word in NOT_PLACES or word in LEVEL_TOKENS or word.startswith(COLLECTIVE_STARTS):
        return False
    if flag.startswith("ns"):
        return True
    return len(word) >= 3 and word.endswith(CITY_OR_COUNTY_SUFFIXES) and flag[:2] in ("nr", "nz")


def leading_place(name: str) -> Optional[str]:
    """The place a name starts with: 泾县卫健委 → 泾县, 福州·定西… → 福州, 市扶贫办 → None."""
    tokens = _tokens(name)
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
    return any(_is_place_token(word, flag) for word, flag in _tokens(name))


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
