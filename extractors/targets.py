"""Numeric targets in a notice: counts, money, shares and multiples written with Arabic digits.

``find_targets(text)`` returns one :class:`~schema.models.Target` per quantity, such as ``4557户``,
``1250万元`` (value 12500000, unit 元), ``80%以上`` (>=), ``3.33 亿元以上`` or ``45.2 万`` followed by
已脱贫建档立卡贫困人口 (unit 人, read from the counted noun because none is written).

A quantity is a number, an optional multiplier (万, 亿, 千), an optional 余/多 and a unit of count,
money, share or multiple (QUANTITY_RE; the forms and vocabularies are ``extractors.targets_forms``). Its
comparator comes from the words right after it (``以上``) or, failing that, from the words before it in the
same clause (``不低于我市最低工资标准 50%``). What is not a target:

* years, dates, durations and periods (2020年, 6月30日, 12 周, 6 个月): their units are no count units;
* phone numbers, hotlines, mobiles, e-mail addresses, version numbers: no unit, or excluded spans;
* 文号 (〔2020〕3号), 《titles》, quoted codes (“456”): excluded spans (EXCLUDED_SPAN_RES);
* ordinals (第1批, 第 24 次) and numbering labels (``1．`` ``（2）``);
* Chinese-numeral slogans (五个一, 六大任务): no Arabic digits.

All quantifiers are bounded or followed by literals, so nothing backtracks badly on long lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Iterable, Iterator, Optional

from schema.models import Target

from .anchored_scan import finditer_at_first_characters
from .fold import fold
from .targets_forms import (
    AGE_GROUP_AFTER_RE, ARTICLE_UNITS, ATTACHMENTS_AFTER_RE, AVERAGE_GAP_BEFORE_RE, AVERAGE_GAP_UNITS, RATE_OFFSET_BEFORE_RE,
    BANDWIDTH_CONTEXT_RE, BANDWIDTH_UNITS, CEILING_NAMED_AFTER_RE, CLAUSE_START_RE, LIST_SEPARATOR_RE, LISTED_KIND_PREFIX, LISTED_KINDS,
    MEMBERS_ALL_AFTER_RE, SENTENCE_STOP_RE, SENTENCE_WINDOW,
    CODE_LENGTH_AFTER_RE, COMPARED_FIGURE_AFTER_RE, COMPARED_FIGURE_BEFORE_RE, COUNTED_NOUN_BEFORE_RE,
    WORDS_OBJECT_LISTED_RE,
    COUNT_OF_KINDS_AFTER_RE, COUNTY_COUNT_BEFORE_RE, PLACE_COUNT_UNITS, DEGREE_CONTEXT_RE, DEGREE_UNIT, DIVISION_BEFORE_RE,
    EXCLUDED_SPAN_RES, HEAD_NOUN_RE,
    HOURS_UNITS, HOUSEHOLD_SIZE_AFTER_RE, KEPT_AT_RE, FIGURE_LIST_RE, LETTER_DIGITS, LISTED_FIGURE_RE, KIND_UNITS, TEMPERATURE_RE,
    LINE_START_RE, MAX_MODIFIERS, MEASURE_AFTER_RE, MEETING_ATTENDEES_AFTER_RE, MOBILE_RE, MODIFIER_TAIL_RE,
    MULTIPLIERS, NOUN_UNITS, ORDINAL_BEFORE_RE, ORDINAL_LIST_BEFORE_RE, OUTLINE_NUMBER_RE, PER_BEFORE_RE, SLOGAN_AFTER_RE,
    PHONE_BEFORE_RE, PHRASE_BREAK, POST_COMPARATORS, PRE_COMPARATORS, PRE_COMPARATOR_RE, PRE_WINDOW, QUANTITY_RE,
    PROVINCE_COUNT_MAX, PROVINCE_UNIT, RANGE_HIGH_AFTER_RE, RANK_BEFORE_RE, RANK_MODIFIES_AFTER_RE, RANK_MOVE_BEFORE_RE, RANK_UNITS, REPORT_TIMES_BEFORE_RE,
    SCOPE_LOOKBACK, SCOPE_RE, SHARED_COMPARATOR_LIST_RE, SHARED_POST_LIST_RE, SHARED_UNIT_BEFORE_RE, SHARED_WINDOW, STRICT,
    SUBMISSION_BEFORE_RE, SUBMISSION_UNITS, UNIT_NAMES,
)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


class _Spans:
    """Excluded spans, sorted by start once, with the running maximum of their ends: whether a
    stretch overlaps any of them is one bisection (they may overlap each other)."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        # the spans starting before ``end``; one of them overlaps if the furthest end passes ``start``
        before = bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def _excluded_spans(text: str, own_titles: frozenset[str] = frozenset()) -> _Spans:
    """The spans no target is read in; a 《title》 that is the notice's own title (``own_titles``, folded, without
    spaces) is not one of them: its quantities are the notice's (n26's 《…等17个街道办事处为…的通报》, CONVENTIONS.md C7)."""
    return _Spans(
        match.span()
        for pattern, clue in EXCLUDED_SPAN_RES
        if clue is None or clue.search(text)
        for match in pattern.finditer(text)
        if not own_titles or re.sub(r"\s+", "", match.group()[1:-1]) not in own_titles
    )


def _inside(start: int, end: int, spans: _Spans) -> bool:
    return spans.overlaps(start, end)


def _value(number: str, mult: Optional[str]) -> Optional[float]:
    try:
        amount = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    if mult:
        amount *= MULTIPLIERS[mult]
    return float(amount)


def _clause_before(text: str, start: int, window: int = PRE_WINDOW) -> int:
    """Where the clause holding ``start`` begins, at most ``window`` characters back."""
    low = max(0, start - window)
    stops = list(CLAUSE_START_RE.finditer(text, low, start))
    return stops[-1].end() if stops else low


def _pre_comparator(text: str, start: int) -> Optional[str]:
    """The comparator nearest before ``start`` in its clause, with no other number in between but the
    quantities of a list it heads (分别不低于24%和30%, 控制在5万吨、4.5万吨和0.5万吨: each is bounded)."""
    found = list(PRE_COMPARATOR_RE.finditer(text, _clause_before(text, start), start))
    nearest = found[-1] if found else None
    between = text[nearest.end():start] if nearest else ""
    if nearest is None or (re.search(r"\d", between) and not SHARED_COMPARATOR_LIST_RE.fullmatch(between)):
        return None
    if COMPARED_FIGURE_BEFORE_RE.search(between) and COMPARED_FIGURE_AFTER_RE.match(text, start):
        return None  # 超过全国(16.1%)的平均水平: the bracket gives what is compared its figure, which is not bounded
    if WORDS_OBJECT_LISTED_RE.fullmatch(between):
        return None  # 高于经济增长、4个结构性指标: the comparator bounds the words, the list's next item is not bounded
    return PRE_COMPARATORS[nearest.group()]


def _comparator(match: re.Match, text: str, start: Optional[int] = None) -> str:
    if match.group("post"):
        bound = POST_COMPARATORS[match.group("post")]
        inclusion = match.group("incl_before") or match.group("incl_after") or ""
        restated = match.group("incl_before_n") or match.group("incl_after_n")
        if restated and Decimal(restated) != Decimal(match.group("number").replace(",", "")):
            return bound  # (不含5亩) after 6亩以下 restates no bound of this one: it says nothing of it
        return STRICT.get(bound, bound) if "不含" in inclusion else bound
    if CEILING_NAMED_AFTER_RE.match(text, match.end()):
        return "<="  # 5万吨的总量控制目标: the figure is a cap, whatever verb reports on it (突破) before
    before = _pre_comparator(text, match.start() if start is None else start)
    clause = text[_clause_before(text, match.start()):match.start()]
    if before and match.group("unit") == DEGREE_UNIT and KEPT_AT_RE.search(clause) and TEMPERATURE_RE.search(clause):
        return "="  # 空调控制在26度: a temperature set, not a ceiling (cooling keeps above it, heating below)
    if before:
        return before
    if start is None and (shared := SHARED_POST_LIST_RE.match(text, match.end())) \
            and "分别" in text[_clause_before(text, match.start()):match.start()]:
        return POST_COMPARATORS[shared.group("post")]  # 24% of 分别下降24%、25%以上 (without 分别, 区县1亿元和开发区2亿元以上 pairs)
    if match.group("low") or match.group("approx") or match.group("approx2") \
            or (match.group("unit") and RANGE_HIGH_AFTER_RE.match(text, match.end())):
        # 3-4个 and 3万元-5万元 (a range: its lower end), 3000余人, 7600多名: at least that many (the annotation conventions have no strict ">" for
        # these: ../shared/realworld/02 gives 7600多名 ">=")
        return ">="
    return "="


def _phrase_after(text: str, end: int, limit: int = 12) -> str:
    """The words after a quantity up to the first break, 的 skipped: 的岗位补贴 → 岗位补贴."""
    position = end
    while position < len(text) and position < end + 3 and (text[position].isspace() or text[position] == "的"):
        position += 1
    phrase = []
    for char in text[position:position + limit]:
        if char in PHRASE_BREAK or char.isdigit():
            break
        phrase.append(char)
    return "".join(phrase)


def _phrase_before(text: str, start: int, limit: int = 12) -> str:
    """The words right before a quantity, back to the first break; empty when they are the unit of
    an earlier number (4557户14157人: 户 belongs to 4557)."""
    position = start
    while position > 0 and start - position < 3 and text[position - 1].isspace():
        position -= 1
    phrase = []
    for char in reversed(text[max(0, position - limit):position]):
        if char.isdigit():
            return ""
        if char in PHRASE_BREAK:
            break
        phrase.append(char)
    return "".join(reversed(phrase))


def _noun_phrase_ending(words: str) -> Optional[str]:
    """The head noun at the end of ``words`` with up to two modifiers: 新建扶贫车间 → 扶贫车间."""
    head = MODIFIER_TAIL_RE.search(words)
    if not head or not HEAD_NOUN_RE.fullmatch(head.group()):
        return None
    begin = head.start()
    for _ in range(MAX_MODIFIERS):
        modifier = MODIFIER_TAIL_RE.search(words[:begin])
        if not modifier:
            break
        begin = modifier.start()
    return words[begin:]


def _noun_phrase_starting(words: str) -> Optional[str]:
    """The shortest start of ``words`` ending in a head noun, plus any head nouns right after it:
    省定贫困村医保 → 省定贫困村, 岗位补贴 → 岗位补贴, 专技人员选派任务 → 专技人员."""
    head = HEAD_NOUN_RE.search(words)
    if not head or head.start() > 10:
        return None
    end = head.end()
    while (following := HEAD_NOUN_RE.match(words, end)) is not None:
        end = following.end()
    return _noun_phrase_ending(words[:end]) or words[:end]


def _subject(text: str, match: re.Match) -> Optional[str]:
    after = _noun_phrase_starting(_phrase_after(text, match.end()))
    if after:
        return after
    return _noun_phrase_ending(_phrase_before(text, match.start()))


def _unit_from_noun(text: str, end: int) -> Optional[str]:
    """The unit of a bare 万/亿 from the noun it counts: 45.2 万已脱贫建档立卡贫困人口 → 人."""
    phrase = _phrase_after(text, end, limit=16)
    heads = [found.group() for found in HEAD_NOUN_RE.finditer(phrase) if found.group() in NOUN_UNITS]
    return NOUN_UNITS[heads[-1]] if heads else None


def _unit_from_noun_before(text: str, start: int) -> Optional[str]:
    """The unit of a bare 万/亿 from the noun before it that it counts, with only a verb of reaching between:
    全市户籍人口531.59万 → 人 · 80岁以上老年人预计将达到17.6万左右 → 人. Not across a clause (人口增长较快,增加3万)."""
    found = COUNTED_NOUN_BEFORE_RE.search(text, _clause_before(text, start), start)
    return NOUN_UNITS[found.group("noun")] if found else None


def _scope(text: str, start: int) -> Optional[str]:
    found = SCOPE_RE.search(text, max(0, start - SCOPE_LOOKBACK), start)
    return re.sub(r"\s+", "", found.group()) if found else None




def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, at most SENTENCE_WINDOW characters either side."""
    low, high = max(0, start - SENTENCE_WINDOW), min(len(text), end + SENTENCE_WINDOW)
    stops_before = list(SENTENCE_STOP_RE.finditer(text, low, start))
    stop_after = SENTENCE_STOP_RE.search(text, end, high)
    return text[stops_before[-1].end() if stops_before else low:stop_after.start() if stop_after else high]


def _closes_list(text: str, start: int, count: str) -> bool:
    """Whether the clause before ``start`` ends with a list of as many items as ``count`` (话务、业务和可视化 before
    3大平台): the count sums up the list rather than naming a programme."""
    clause = text[_clause_before(text, start):start]
    separators = len(LIST_SEPARATOR_RE.findall(clause))
    return separators > 0 and "、" in clause and str(separators + 1) == count


def _is_listed_kind(unit: Optional[str]) -> bool:
    """Whether ``unit`` is N大's kind of thing (大平台), not 大项 or 大类, counts read wherever they stand."""
    return bool(unit) and unit.startswith(LISTED_KIND_PREFIX) and unit[len(LISTED_KIND_PREFIX):] in LISTED_KINDS


def _unit_name(unit: Optional[str]) -> Optional[str]:
    """The unit as annotated: 个 小时 is 小时, ％ is %."""
    unit = re.sub(r"\s", "", unit) if unit else unit
    return UNIT_NAMES.get(unit, unit)


def _is_excluded(text: str, match: re.Match, spans: _Spans) -> bool:
    """Whether the quantity ``match`` is no target: in an excluded span, an ordinal, a phone number."""
    start, number = match.start(), match.group("number")
    before = text[max(0, start - 8):start]
    if _inside(start, match.end("number"), spans):
        return True
    if ORDINAL_BEFORE_RE.search(before) or PHONE_BEFORE_RE.search(before) \
            or ORDINAL_LIST_BEFORE_RE.search(text, max(0, start - 24), start):
        return True
    if OUTLINE_NUMBER_RE.match(text, start) and LINE_START_RE.search(before):
        return True  # 6.1人力资源保障: the outline number of a heading, not 6.1 people
    if match.group("unit") in ARTICLE_UNITS and DIVISION_BEFORE_RE.search(before):
        return True
    if match.group("unit") in SUBMISSION_UNITS and SUBMISSION_BEFORE_RE.search(before):
        return True
    if match.group("unit") == "次" and REPORT_TIMES_BEFORE_RE.search(before):
        return True
    if (match.group("unit") in RANK_UNITS and RANK_BEFORE_RE.search(before)
            and RANK_MODIFIES_AFTER_RE.match(text, match.end())):
        return True  # 前10位的项目: the rank selects, it is not reached
    if match.group("unit") in RANK_UNITS and RANK_MOVE_BEFORE_RE.search(before):
        return True  # 比去年同期提升5位: places moved in a ranking
    if match.group("unit") in AVERAGE_GAP_UNITS and AVERAGE_GAP_BEFORE_RE.search(text, max(0, start - 32), start):
        return True  # 高于全省平均水平1.7个百分点: a share's distance from an average, reported
    if match.group("unit") in AVERAGE_GAP_UNITS and RATE_OFFSET_BEFORE_RE.search(text, max(0, start - 24), start):
        return True  # 按低于同类金融机构1个百分点执行: a rate set at a distance from another's
    if match.group("unit") == "位" and CODE_LENGTH_AFTER_RE.match(text, match.end()):
        return True  # 由5位字符组成: a code's length
    if match.group("unit") in ("个", "份", "件") and ATTACHMENTS_AFTER_RE.match(text, match.end()):
        return True  # 共 2 个附件: the page's list of attachments
    if match.group("unit") in ("名", "人") and MEETING_ATTENDEES_AFTER_RE.match(text, match.end()):
        return True  # 1名领导固定列席会议: who attends
    if match.group("unit") == "人" and HOUSEHOLD_SIZE_AFTER_RE.match(text, match.end()):
        return True  # 3人户及以上: a household's size
    if match.group("unit") == "人" and MEMBERS_ALL_AFTER_RE.match(text, match.end()):
        return True  # 2人均年满18周岁: who qualifies
    if _is_listed_kind(match.group("unit")) and not _closes_list(text, start, number):
        return True  # 9大工程全面推进: a programme's name
    if match.group("unit") in BANDWIDTH_UNITS \
            and not BANDWIDTH_CONTEXT_RE.search(_sentence_around(text, start, match.end())):
        return True  # 兆 outside a network's sentence
    if match.group("unit") in KIND_UNITS and COUNT_OF_KINDS_AFTER_RE.match(text, match.end()):
        return True  # 10类点位 78个: the 78 sites are the figure
    if match.group("unit") == "个" and SLOGAN_AFTER_RE.match(text, match.end()):
        return True  # “4个意识”: a slogan
    if PER_BEFORE_RE.search(text, max(0, start - 12), start):
        return True  # 每300至500户: the size a standard is counted per
    if _unit_name(match.group("unit")) in HOURS_UNITS and _pre_comparator(text, start) != ">=":
        return True  # 1小时内, 24小时值班: a limit or a duty's length, no amount to reach
    if match.group("unit") == PROVINCE_UNIT and float(number.replace(",", "")) > PROVINCE_COUNT_MAX:
        return True  # 202131省民委…: a figure glued to a body's name, no count of provinces
    if match.group("unit") in PLACE_COUNT_UNITS and not COUNTY_COUNT_BEFORE_RE.search(text, max(0, start - 6), start) \
            and not _closes_list(text, start, number):
        return True  # 《88县民族团结…》: a masked county's name, no count of counties (城关、…、甘溪5镇 counts its list)
    if match.group("unit") == DEGREE_UNIT and not DEGREE_CONTEXT_RE.search(text, _clause_before(text, start), start):
        return True  # 倾斜30度: an angle, no temperature or power to keep to
    if match.group("unit") == "岁" and AGE_GROUP_AFTER_RE.match(text, match.end()):
        return True  # 5岁以下儿童: a group's name
    return MOBILE_RE.fullmatch(number) is not None


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def _quantities(text: str, own_titles: frozenset[str] = frozenset()) -> Iterator[Target]:
    spans: Optional[_Spans] = None  # found on the first quantity with a unit (many texts have none)
    for match in finditer_at_first_characters(QUANTITY_RE, text):  # at its digits: a look-ahead first, finditer tries every character
        unit, mult = match.group("unit"), match.group("mult")
        if unit is None and mult is not None and not MEASURE_AFTER_RE.match(text, match.end()):
            unit = _unit_from_noun(text, match.end()) or _unit_from_noun_before(text, match.start())
        if unit is None:
            continue
        if spans is None:
            spans = _excluded_spans(text, own_titles)
        if _is_excluded(text, match, spans):
            continue
        value = _value(match.group("low") or match.group("number"), mult)
        if value is None:
            continue
        shared = SHARED_UNIT_BEFORE_RE.search(text, max(0, match.start() - SHARED_WINDOW), match.start())
        if shared and (ORDINAL_BEFORE_RE.search(text, max(0, shared.start() - 3), shared.start())
                       or _inside(shared.start(), shared.end(), spans)):
            shared = None  # 第3和4条: ordinals
        if shared and unit:
            # 分别不高于53和32微克/立方米: 53 has the unit and the comparator of 32
            first = _value(shared.group("number"), mult)
            if first is not None:
                yield Target(
                    text=shared.group("number"), start=shared.start(), end=shared.start() + len(shared.group("number")),
                    value=first, unit=_unit_name(unit), comparator=_comparator(match, text, shared.start()),
                    subject=_subject(text, match), scope=_scope(text, shared.start()),
                )
        yield Target(
            text=match.group(), start=match.start(), end=match.end(), value=value,
            unit=_unit_name(unit),
            comparator=_comparator(match, text, shared.start() if shared else None),
            subject=_subject(text, match), scope=_scope(text, match.start()),
        )


def letter_figures_read(text: str) -> str:
    """``text`` with each figure typed in the letters l and O that follows a figure of digits in its list of lengths read
    as digits (2km、lkm → 2km、1km; FIGURE_LIST_RE), the same length, so a target's offsets still cut it from the text as
    printed."""
    if "l" not in text and "O" not in text:
        return text
    chars: Optional[list[str]] = None
    for run in FIGURE_LIST_RE.finditer(text):
        vouched = False  # whether a figure of digits came before in the list
        for item in LISTED_FIGURE_RE.finditer(text, run.start(), run.end()):
            figure = item.group("figure")
            if figure.isdigit():
                vouched = True
            elif vouched:
                chars = chars or list(text)
                chars[item.start("figure"):item.end("figure")] = figure.translate(LETTER_DIGITS)
    return "".join(chars) if chars else text


def find_targets(text: str, own_titles: Iterable[str] = ()) -> list[Target]:
    """Every numeric target in ``text``, in text order. ``own_titles`` are the notice's own titles (its header
    title): printed in 《》, the title is still read (a title's quantity is a mention of its own, C7), while
    another document's 《title》 is not.

    The patterns read the text folded to simplified characters (``extractors.fold``: 4萬株, 2000畝,
    10個 are read as 4万株, 2000亩, 10个); each target's text is cut from ``text`` as written, its unit
    and subject are the simplified words, as every unit is stored."""
    folded = letter_figures_read(fold(text))
    own = frozenset(re.sub(r"\s+", "", fold(title)) for title in own_titles if title)
    targets = list(_quantities(folded, own))
    if folded is text or folded == text:
        return targets
    return [replace(target, text=text[target.start:target.end]) for target in targets]
