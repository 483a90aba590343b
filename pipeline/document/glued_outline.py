"""The outline of a copy glued into long lines read across its label forms: 一、 over （一） over 1. (or 1、) over （1）,
and a plan's 1 总则 over its decimals 1.1 (1.2 …, the space after a decimal often lost: 1 总则1.1编制目的…。1.2编制依据…),
each form counting up in turn, a deeper form counting from 1 again (or on) under each new label above it.

A whole-line copy keeps a heading's first item glued to the heading's words (…基础。一、坚定政治站位1. 始终坚持…〕二、巩固
脱贫成果2. 坚持摘帽…), an item after an item's bracketed note (…牵头考核单位：市工信局）55．建设…), and numbers its items on
across the headings (…平台54．采用…): a run of one form alone, each label after a sentence's end, misses those. Here a label
starts a line when it is the next of its form (or a deeper form's 1 under a new label above it) and stands

- at the line's start (its own label, any number: a line an earlier step cut at 三、),
- after a sentence's end, an item's bracketed note or a date closing the text above (…。2. · …）3. · …:一、 · …日1、),
- after the few words of the label accepted before it (a heading's words: 一、坚定政治站位1. · 1、局党组会议制度2、),
- a plan's top number glued after its title, its first decimal after its words (…应急预案1 总则1.1编制目的…), or
- after an attachment's mark and name (附件：…考评指标一、政务服务), where the attachment's own outline counts afresh, or
- glued after a word as the next of its form's count when the label after it counts on too (items whose notes end
  without a stop: …责任单位:各开发区管委会2.规模以上工业…管委会3.固定资产投资…);

and only as part of a count: each form's labels kept are those two or more of its labels count on in turn (1. under
一、 and 2. under 二、 count on; a heading's lone （一） says nothing), in a line of GLUED_LABEL_RUN kept labels at least, the line's own
heading label counting among them (二、目標任務(一)…。(二)…).
Not an outline: one sentence's enumeration (:（一）…;（二）…;（三）…), a citation's item (第三条（一）项), a word's 一 (统一、),
a list inside the item the line opens with (2、…普查。(1)…。(2)…), a colon's list after a sentence unless the line is the
whole copy (see _counts_as_items).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from extractors.anchored_scan import finditer_at_first_characters
from extractors.chinese_numerals import standard_value
from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples

# The label forms, highest first as notices nest them; a form's depth is the order its first label opened in on the line.
# A label of Chinese numerals may open its item with a date or a figure (一、2月20日早晨…禁止燃烧…); a label of digits never
# counts before one (1、2 and 2.5万亩 are figures), nor a decimal before a unit (增长1.2倍, 2.5万亩).
OUTLINE_LABEL = compiled_later(
    r"(?:(?:(?P<cn>(?<![一二三四五六七八九十第统唯万之同逐单专整])[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十])"
    r"|(?<![条款项第])[（(](?P<paren>[一二三四五六七八九十]{1,3})[）)])(?=[ \u3000]?[\u4e00-\u9fff“《\"0-9]))"
    r"|(?:(?:(?<![\d.．A-Za-z])(?P<dot>[1-9][0-9]?)[.．](?![\d])"
    r"|(?<![\d、.．A-Za-z])(?P<comma>[1-9][0-9]?)、"
    r"|(?<![条款项第])[（(](?P<digit>[1-9][0-9]?)[）)]"
    r"|(?<![\d.．A-Za-z第])(?P<decimal>[1-9][0-9]?[.．](?P<minor>[1-9][0-9]?))(?![\d.．]|[ \u3000]?[万亿千百倍个亩元米吨]))"
    r"(?=[ \u3000]?[\u4e00-\u9fff“《\"])"
    r"|(?<![\d.．A-Za-z])(?P<top>[1-9][0-9]?)(?=[ \u3000][\u4e00-\u9fff]))")
# How notices nest the forms: 一、 over （一） over 1. or 1、 over （1）; a plan's 1 总则 over 1.1 编制目的 (its number and
# a space over its decimals, each decimal counting on its second number).
RANK = {"cn": 0, "paren": 1, "dot": 2, "comma": 2, "digit": 3, "top": 0, "decimal": 1}
LABEL_AT_MOST = 6  # characters of a label with its space and the character after it
SENTENCE_END = "。.．:：；;！？!?"
ITEM_NOTE_CLOSE = "）)〕】"
# The words of a heading (or a short item's title) between a label and the next label glued after them: a few, no
# sentence's punctuation (a note in brackets may stand among them: 综合办公室(党群工作部、监察室)).
HEADING_WORDS = compiled_later(r"^[^，,。；;！？!?]{1,40}$")
# A full date right before a label: the signature's date of the text above, the list after it glued on.
DATE_BEFORE = compiled_later(r"年[0-9〇○零一二三四五六七八九十]{1,2}月[0-9〇○零一二三四五六七八九十]{1,3}日$")
DATE_AT_MOST = 12  # characters of a date's month and day with its 年
WORDS_AT_MOST = 48  # characters at most of a heading's words or an attachment's mark and name
GLUED_LABEL_RUN = 3  # kept labels a line holds at least
ENUMERATION_COLON = "：:"
# An attachment glued after the text (…实绩考核内容。附件：…考评指标一、政务服务…): its outline counts from 一、 again.
ATTACHMENT = "附件"
ATTACHMENT_NAME = compiled_later(r"^附件[0-9]{0,2}[：:]?[^，,。；;！？!?：:]{0,40}$")  # its mark and name up to its first label
ENUMERATION_SEMICOLON = "；;"
ANNOUNCED_ITEMS = 3  # labels at least of a count a colon announces


class Label(NamedTuple):
    start: int
    end: int
    form: str
    number: int


@lru_cache(maxsize=256)
def _number(numeral: str) -> int:
    """A label's number (a long line repeats a few numerals many times)."""
    return int(numeral) if numeral.isdigit() else standard_value(numeral) or 0


def _labels(line: str) -> list[Label]:
    labels = []
    for m in finditer_at_first_characters(OUTLINE_LABEL, line):  # (its branches open with look-behinds: finditer tries every character)
        form = m.lastgroup
        number = int(m.group("minor")) if form == "decimal" else _number(m.group(form))
        if number:
            labels.append(Label(m.start(), m.end(), form, number))
    return labels


def _before_spaces(line: str, at: int) -> str:
    while at > 0 and line[at - 1] in " \u3000":
        at -= 1
    return line[at - 1:at] if at > 0 else ""


def _stands_as_label(line: str, label: Label, previous: Label | None, indent: int, attachment: int) -> bool:
    """Whether ``label`` stands where an item starts: the line's start, a sentence's end or a bracketed note, right
    after the heading words of the label accepted before it, or right after an attachment's mark and name (the last
    附件 before it at ``attachment``, -1 when none: 附件：…考评指标一、政务服务)."""
    if label.start == indent:
        return True
    if _before_spaces(line, label.start) in tuple(SENTENCE_END + ITEM_NOTE_CLOSE):
        return True
    if DATE_BEFORE.search(line, max(0, label.start - DATE_AT_MOST), label.start):
        return True  # a list glued after the date that closes the text above it (…二〇〇四年四月二十二日1、局党组会议制度2、…)
    if attachment >= 0 and _words_match(ATTACHMENT_NAME, line, attachment, label.start):
        return True
    return previous is not None and _words_match(HEADING_WORDS, line, previous.end, label.start)


def _words_match(words: re.Pattern, line: str, start: int, end: int) -> bool:
    """Whether the few characters of ``line`` from ``start`` to ``end`` are all ``words`` (a short span: the line is
    never copied far)."""
    return 0 < end - start <= WORDS_AT_MOST and bool(words.match(line[start:end]))


def _opens_its_decimals(line: str, top: Label, after: Label) -> bool:
    """Whether ``after``, the label after the top number ``top``, is that number's first decimal (1 总则1.1编制目的: 1.1
    under 1) glued after the top's heading words."""
    major = re.split("[.．]", line[after.start:after.end])[0]
    return after.form == "decimal" and after.number == 1 and major == str(top.number) \
        and _words_match(HEADING_WORDS, line, top.end, after.start)


def _between(offsets: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in [start, end) (found by bisection: a long line holds many labels)."""
    at = bisect_left(offsets, start)
    return at < len(offsets) and offsets[at] < end


def _next_of_form(labels: list[Label]) -> list[int]:
    """For each label, the number of the next label of its form on the line (0 when none), in one pass from the end."""
    nearest: dict[str, int] = {}
    numbers = [0] * len(labels)
    for index in range(len(labels) - 1, -1, -1):
        numbers[index] = nearest.get(labels[index].form, 0)
        nearest[labels[index].form] = labels[index].number
    return numbers


def _accepted(line: str) -> list[Label]:
    """The labels that count on as an outline (see the module's docstring), before the counts are checked.
    A form's 1 out of turn (a list inside an item, restarting its own form) ends what that form adds."""
    indent = len(line) - len(line.lstrip(" \u3000"))
    accepted: list[Label] = []
    depths: list[str] = []  # the forms in the order they opened
    last: dict[str, int] = {}
    under_new: dict[str, bool] = {}  # whether a label of a higher form was accepted since the form's last
    nested: set[str] = set()  # forms whose count a list inside an item restarted (四、审计纪律:一、不准…。二、…)
    attachments = [m.start() for m in re.finditer(ATTACHMENT, line)]
    labels = _labels(line)
    following = _next_of_form(labels)
    run_on: set[str] = set()  # forms whose last label was taken glued after a word, counting on (see below)
    for index, label in enumerate(labels):
        form, number = label.form, label.number
        if accepted and number == 1 and _between(attachments, accepted[-1].end, label.start):
            depths, last, under_new, nested = [], {}, {}, set()  # an attachment's own outline opens
        if form in nested:
            continue
        if form in last:
            fits = number == last[form] + 1 or number == 1 and under_new[form]
        else:
            fits = number == 1 or label.start == indent
        at = bisect_left(attachments, label.start) - 1
        if _stands_as_label(line, label, accepted[-1] if accepted else None, indent, attachments[at] if at >= 0 else -1):
            run_on.discard(form)
        elif form == "top" and index + 1 < len(labels) and _opens_its_decimals(line, label, labels[index + 1]):
            pass  # a plan's top number glued after its title (…应急预案1 总则1.1编制目的…): its first decimal follows its words
        elif form in last and number == last[form] + 1 and (form in run_on or following[index] == number + 1):
            # glued after a word (…各开发区管委会2.规模以上工业…3.固定资产投资…): the next of its form's count, the label
            # after it counting on too (or it closes such a run): the items' notes end without a stop
            run_on.add(form)
        else:
            continue
        if not fits:
            if number == 1 and form in last:
                nested.add(form)  # its later labels may count on the inner list as well as the outline: none is taken
            continue
        if form not in depths:
            depths.append(form)
        last[form], under_new[form] = number, False
        for deeper in depths[depths.index(form) + 1:]:
            under_new[deeper] = True
        accepted.append(label)
    return accepted


def _counts(line: str, accepted: list[Label], whole: bool) -> list[Label]:
    """The accepted labels that count on with another of their form (1 → 2, across the labels of higher forms), leaving
    out what a colon announces inside a sentence (see _counts_as_items)."""
    chains: dict[str, list[list[Label]]] = {}
    previous = dict(zip(accepted[1:], accepted))
    for label in accepted:
        forms = chains.setdefault(label.form, [])
        if forms and forms[-1][-1].number + 1 == label.number:
            forms[-1].append(label)
        else:
            forms.append([label])
    kept = [label for forms in chains.values() for chain in forms
            if _counts_as_items(line, chain, previous.get(chain[0]), whole) for label in chain]
    return sorted(kept)


def _counts_as_items(line: str, chain: list[Label], above: Label | None, whole: bool) -> bool:
    """Whether a chain of labels counting on are items: two at least. A colon's list after a sentence (主要用于三个方面:
    (一)用于…。(二)… · 可分为3类:1.重点人群,主要指…) is printed inline in a paragraph as often as on lines of its own: it
    counts in a line that holds the whole copy (``whole``: every line break lost, none left to tell), or under a heading's
    words (四、其他事项:(一)…。(二)…), three labels at least, unless each after the first follows a semicolon."""
    if _before_spaces(line, chain[0].start) not in tuple(ENUMERATION_COLON):
        return len(chain) >= 2
    if all(_before_spaces(line, label.start) in tuple(ENUMERATION_SEMICOLON) for label in chain[1:]):
        return False  # one sentence's enumeration (包括:1、研究机构的章程;2、研究团队成员名单;3、…。), in any copy
    return len(chain) >= ANNOUNCED_ITEMS and (whole or above is not None and _words_match(HEADING_WORDS, line, above.end, chain[0].start))


def _inside_own_item(line: str, kept: list[Label]) -> bool:
    """Whether the labels kept are a list inside the item the line opens with, after a sentence of its own (2、点、线、面地理
    实体普查。(1)点状地理实体。…(2)…: a paragraph as printed, every label kept of a form under its own), not the items of
    a heading whose line break was lost (一、总体要求(一)指导思想…(二)…: the first glued to its words)."""
    indent = len(line) - len(line.lstrip(" \u3000"))
    own = next((label for label in _labels(line[:indent + LABEL_AT_MOST]) if label.start == indent), None)
    inner = [label for label in kept if label.start > indent]
    if own is None or not inner or any(RANK[label.form] <= RANK[own.form] for label in inner):
        return False
    return not _words_match(HEADING_WORDS, line, own.end, inner[0].start)


def glued_outline_starts(line: str, whole: bool = False) -> list[int]:
    """Offsets in ``line`` (a long line of a glued copy; ``whole`` when it holds the whole copy) where the labels of its
    outline start, the line's own left out."""
    accepted = _accepted(line)
    kept = _counts(line, accepted, whole)
    indent = len(line) - len(line.lstrip(" \u3000"))
    # the line's own heading counts in the run: 二、目標任務(一)…。(二)… is a heading line whose items' breaks were lost
    own = int(bool(accepted) and accepted[0].start == indent and accepted[0] not in kept)
    heading = _lone_heading_over(line, accepted, kept, indent)
    if len(kept) + own + len(heading) < GLUED_LABEL_RUN or _inside_own_item(line, kept):
        return []
    return sorted(label.start for label in kept + heading if label.start > 0)


def _lone_heading_over(line: str, accepted: list[Label], kept: list[Label], indent: int) -> list[Label]:
    """[the heading] whose items the kept run opens with, glued after its words, when it is the one label of its form
    (a copy cut after its first heading: …请认真组织实施。一、确保完成全年主要预期目标1.地区生产总值…。2.一般公共预算…): it
    counts in the run and starts a line, as the line's own heading would. [] when the run has no such heading."""
    if not kept or kept[0].number != 1:
        return []
    at = accepted.index(kept[0])
    above = accepted[at - 1] if at else None
    if above is None or above in kept or above.start == indent or RANK[above.form] >= RANK[kept[0].form]:
        return []
    return [above] if _words_match(HEADING_WORDS, line, above.end, kept[0].start) else []


EXAMPLES = {
    "OUTLINE_LABEL": Examples(match=("一、坚定", "(一)指导思想", "1. 始终坚持", "54．采用", "1、局党组", "(1)年度", "一、2月20日", "1.1编制目的", "1 总则"),
                              no_match=("一、二级", "统一、规范", "第1.5条", "2.5万亩", "第三条(一)项", "PM2.5", "1、2", "第一、", "(1)2020年", "1.1.1", "3个")),
    "DATE_BEFORE": Examples(match=("二〇〇四年四月二十二日", "2021年3月5日"), no_match=("每日", "3月5日起")),
    "ATTACHMENT_NAME": Examples(match=("附件包头市数字政府建设考评指标", "附件1：任务分工表"), no_match=("附件：表一,表二",)),
    "HEADING_WORDS": Examples(match=("坚定政治站位", "综合办公室(党群工作部、监察室)"), no_match=("加强领导,落实责任",)),
}
