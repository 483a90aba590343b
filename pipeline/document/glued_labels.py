"""The heading labels of a copy glued into long lines (一、 1、 （一） 一要 1.1 inside a line) found again: a
run of them counting up starts a line at each.
"""

from __future__ import annotations

import re

from extractors.anchored_scan import finditer_after, finditer_at_first_characters, finditer_near
from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples

from pipeline.document.glued_outline import glued_outline_starts
from pipeline.document.joined_copy import LONG_LINE
from pipeline.document.labels import OUTLINE_NOT_HEADING
from pipeline.document.offset_edits import break_lines_at

# A heading label glued inside a long line after a sentence's end (…方案为:一、时间及阶段划分…。二、责任区域
# 划分.三、整治要求…), or the first of its run anywhere (…及标准1、无乱停乱靠。2、无乱贴乱画。).
GLUED_LABEL = compiled_later(r"(?P<n>[一二三四五六七八九十]{1,3}|[1-9][0-9]?)、(?=[\u4e00-\u9fff“《])")
# The same items numbered with a dot (…服务平台建设（3分）1．除涉密…。2．…): a digit and a dot before a word, never a decimal.
GLUED_DOT_LABEL = compiled_later(r"(?<![\d.．])(?P<n>[1-9][0-9]?)[.．](?=[\u4e00-\u9fff“《])")
GLUED_LABEL_RUN = 3  # labels of one style counting up from 一 or 1 inside a line, at least
# 一要/一是 headings whose line breaks became spaces (…有關要求如下: 一要凝聚共識抓落實。… 二要壓實責任…): each after a
# colon or a sentence's end and a space. Without the space they are an enumeration inside a paragraph, not items.
# （一）（二）（三） headings of a copy that lost every line break (a 文库 template: …牵头领导:阮斌副局长责任部门:建工科、
# 安全站、质监站(二)小街巷专项整治…): each glued straight after a word, with a whole item between. After punctuation
# (；（二）…) they are an enumeration inside a paragraph.
WORD_GLUED_PAREN_LABEL = compiled_later(r"(?<=[\u4e00-\u9fff”）)])[（(](?P<n>[一二三四五六七八九十])[）)](?=[\u4e00-\u9fff])")
GLUED_ITEM = 20  # characters at least between two such labels
WHOLE_COPY_SHARE = 0.75  # a line holding this share of the text at least is the whole copy glued (no line break left to tell)
# A plan's outline numbers whose line breaks became spaces (…邮箱:snsfb@163.com 1 总 则 1.1 编制目的 为主动预防…。 1.2
# 编制依据 根据…): each after a space, before a heading. Only a run counting on in outline order is cut.
SPACED_OUTLINE_LABEL = compiled_later(rf"(?<=[ \u3000])(?P<n>[1-9][0-9]?(?:\.[1-9][0-9]?){{0,2}})[ \u3000]+(?=(?![{OUTLINE_NOT_HEADING}])[\u4e00-\u9fff])")
# （一）（二） headings whose line breaks became spaces: each after a space, the later ones after a sentence's end
# and a space (三、有关要求 (一)高度重视,加强领导。… (二)明确责任…).
# A heading may open with a year (… 二、加大财政支持力度 (三)2012-2016年,省财政将…).
SPACED_PAREN_LABEL = compiled_later(r"(?<=[ \u3000])[（(](?P<n>[一二三四五六七八九十])[）)](?=[\u4e00-\u9fff]|[12][0-9]{3})")
# The short heading such a run follows, itself after a space: … 三、有关要求 (一)…
HEADING_BEFORE_RUN = compiled_later(r"[ \u3000](?P<h>[一二三四五六七八九十]{1,3}、[^\s。，,；;：:]{1,20})[ \u3000]+$")
# A heading that starts its line, its few words and a space before the line's first （N）: a heading line whose items' line
# breaks became spaces (二、加大财政支持力度 (三)…。 (四)…). Its run may count on from any number: opinions number their
# （N） on across the headings (一、… (一)… (二)… 二、… (三)…), and the heading line is the outline's already.
LINE_HEADING_BEFORE_RUN = compiled_later(r"[ \u3000]*[一二三四五六七八九十]{1,3}、[^\s。，,；;：:（(]{1,20}[ \u3000]+(?=[（(])")
# A heading's first item after its few words and the space of a lost line break (…。 五、相关要求 1、各部门涉及…): the
# item starts a line even alone (a copy cut after it), as a run of them would.
# After a sentence's end and a space the heading starts a line of its own too (…营造良好环境。 二、目标任务 1.确保火化率…).
HEADING_THEN_SPACED_FIRST = compiled_later(r"(?:^|(?<=[ \u3000。；;！？!?]))(?P<heading>[一二三四五六七八九十]{1,3}、)[^\s，,。；;：:、“”《》]{2,12}"
                                       r"[ \u3000]+(?P<label>1[、.．](?![0-9]))(?=[\u4e00-\u9fff“《])")
# A heading line whose line breaks became spaces: its label after a sentence's end and a space, its few words, a space,
# then its text (…特制定如下实施方案。 1. 指导思想 全面贯彻…): the label starts a line.
SPACED_HEADING_LINE = compiled_later(r"(?<=[。；;！？!?])[ \u3000]+(?P<label>(?:[一二三四五六七八九十]{1,3}、|[1-9][0-9]?[、.．](?![0-9])))"
                                 r"[ \u3000]*[^\s，,。；;：:、“”《》0-9]{2,12}[ \u3000]+(?=[\u4e00-\u9fff“《])")
# A numbered label after a sentence's end and a space (…道德支持。 1、掌控…; …时期新人。 2.组织系统学习。): the start of an
# item whose line break became a space, when the labels of one form count up so (1、 alone says nothing).
SPACED_LABEL = compiled_later(r"(?<=[。；;！？!?])[ \u3000]+(?P<label>(?P<n>[1-9][0-9]?)(?P<stop>[、.．])(?![0-9]))(?=[\u4e00-\u9fff“《])")
SPACED_YAO_LABEL = compiled_later(r"(?<=[。：:；;！？!?])[ \u3000]+(?P<n>[一二三四五六七八九十])(?:要|是)(?=[\u4e00-\u9fff“])")
SENTENCE_END = "。.．:：；;！？!?"
# The characters each of the spaced labels' patterns starts right after (its look-behind's): a long line is tried only
# after them (``finditer_after``), never at each of its characters as ``finditer`` tries a pattern opening with a look-behind.
SPACES = " \u3000"
STOPS_BEFORE_SPACE = "。；;！？!?"  # SPACED_HEADING_LINE's and SPACED_LABEL's
STOPS_BEFORE_YAO = "。：:；;！？!?"  # SPACED_YAO_LABEL's
# An item that closes with a bracketed note (…服务平台建设（3分） · …(责任单位:市发改委)〕 · …（25分）): the next item's label
# glued after the bracket counts on as after a sentence's end.
ITEM_NOTE_CLOSE = "）)〕】"
# A heading label with the space a copy kept after it, glued after a word or a sentence's end in a line whose breaks were
# lost (…文件的管理。一、 集团公司内部请示、报告的管理(一) 集团公司内部的请示…文件。(二) 请示、报告的形成1) 部门认为…): 一、,
# （一） or 1), then a space, then the heading's words. After a colon or a semicolon (包括:1) …;2) …) it is an enumeration.
LABEL_THEN_SPACE = compiled_later(r"(?<=[\u4e00-\u9fff”。！？!?])(?:(?P<cn>[一二三四五六七八九十])、|[（(](?P<paren>[一二三四五六七八九十])[）)]"
                              r"|(?P<digit>[1-9][0-9]?)[)）])[ \u3000]+(?=[\u4e00-\u9fff“《])")


def _label_number(label: str) -> int:
    return int(label) if label.isdigit() else "一二三四五六七八九十".index(label[0]) + 1 if len(label) == 1 else 0


def _before_spaces(line: str, at: int) -> str:
    """The character before ``at`` and the spaces before it ('' at the line's start): ``line[:at].rstrip(" \u3000")[-1:]``
    without copying the line up to ``at`` for each label of a long line."""
    while at > 0 and line[at - 1] in " \u3000":
        at -= 1
    return line[at - 1:at] if at > 0 else ""


def _list_inside_item(line: str, first: int, digits: bool) -> bool:
    """Whether a run counting up from 一 (or 1) that starts inside ``line`` is a list inside the item the line opens
    with: the line's own label is of the same style and later than the first (四、审计纪律:一、不准…。二、不准…: the
    rules of item 四, not headings of the notice)."""
    own = GLUED_LABEL.match(line, len(line) - len(line.lstrip(" \u3000")))
    return (first > 0 and own is not None and own.start() < first and own.group("n").isdigit() == digits
            and _label_number(own.group("n")) > 1)


# A colon announcing a list inside a sentence, and the semicolon between its items: a run whose first label follows the
# colon and every later one a semicolon (需要报送的材料主要包括:1、研究机构的章程;2、研究团队成员名单;3、…成果。) is one
# sentence's enumeration, printed so in the notice, not headings whose line breaks were lost: those end at a full stop
# (…及标准1、无乱停乱靠。2、无乱贴乱画。 · 方案为:一、时间及阶段划分…。二、…).
ENUMERATION_COLON = "：:"
ENUMERATION_SEMICOLON = "；;"


def _sentence_enumeration(line: str, run: list[int]) -> bool:
    """Whether a run of GLUED_LABEL starts (offsets in ``line``) is the enumeration of one sentence: the first label
    right after a colon, each later one right after a semicolon."""
    return run[0] > 0 and line[run[0] - 1] in ENUMERATION_COLON \
        and all(at > 0 and line[at - 1] in ENUMERATION_SEMICOLON for at in run[1:])


def _glued_label_breaks(line: str, offset: int, whole: bool = False) -> list[int]:
    """Offsets where runs of glued heading labels start (see GLUED_LABEL) in one long line (``whole``: the line holds
    most of the copy)."""
    breaks = []
    labels = list(finditer_near(GLUED_LABEL, line, "、", 3))  # (near its 、: its number first, tried at every character)
    for digits in (False, True):
        runs, run, expected = [], [], 1
        for m in labels:
            if m.group("n").isdigit() != digits:
                continue
            number = _label_number(m.group("n"))
            if number == 1 and len(run) >= GLUED_LABEL_RUN and _restarts_list(line, m.start()):
                # the list under the next heading counts from 1 again (二、参加范围 1、… 6、…。 三、议程内容 1、…; 2、…)
                runs.append(run)
                run, expected = [], 1
            if number != expected:
                continue
            # after a sentence's end, maybe with the spaces a lost line break left (…落实到位。 二、参加范围)
            if expected > 1 and _before_spaces(line, m.start()) not in tuple(SENTENCE_END + ITEM_NOTE_CLOSE):
                continue
            run.append(m.start())
            expected += 1
        runs.append(run)
        if digits and len(runs[0]) < GLUED_LABEL_RUN:
            runs = [_later_page_run(line, [m for m in labels if m.group("n").isdigit()])]
        for run in runs:
            if len(run) >= GLUED_LABEL_RUN and not _list_inside_item(line, run[0], digits) \
                    and not _sentence_enumeration(line, run):
                breaks += [offset + at for at in run if at > 0]
    breaks += [offset + at for at in _counting_on_from_own_label(line, labels)]
    if "." in line or "．" in line:
        breaks += [offset + at for at in _dot_label_runs(line)]
    breaks += _word_glued_runs(line, offset)
    breaks += [offset + at for at in glued_outline_starts(line, whole)]
    if " " not in line and "\u3000" not in line:
        return breaks  # the spaced labels below each follow a space
    breaks += _spaced_outline_run(line, offset)
    for m in finditer_after(HEADING_THEN_SPACED_FIRST, line, SPACES + STOPS_BEFORE_SPACE, at_start=True):
        breaks.append(offset + m.start("label"))
        if m.start("heading") > 0 and _before_spaces(line, m.start("heading")) in SENTENCE_END:
            breaks.append(offset + m.start("heading"))
    breaks += [offset + m.start("label") for m in finditer_after(SPACED_HEADING_LINE, line, STOPS_BEFORE_SPACE)]
    breaks += [offset + at for at in _spaced_label_run(line)]
    run, first = [], 1  # SPACED_PAREN_LABEL counting up from （一）, or from any number right after the line's heading
    line_heading = LINE_HEADING_BEFORE_RUN.match(line)
    for m in finditer_after(SPACED_PAREN_LABEL, line, SPACES):
        number = _label_number(m.group("n"))
        if run and number == first + len(run) and _before_spaces(line, m.start()) in SENTENCE_END:
            run.append(m.start())
        elif number == 1 or line_heading and m.start() == line_heading.end():
            run, first = [m.start()], number
    # …[接上页] 三、有关要求 (一)…: its heading starts a line too. The outline's first heading counts in the run, all
    # counting up from one (a copy cut after its （二）: …方案。 一、指导思想和工作目标 (一)指导思想 以…。 (二)工作目标…);
    # a later one (四、其它有关事项 (一)… (二)… on a continuation page) opens no outline of the copy.
    heading = HEADING_BEFORE_RUN.search(line[:run[0]]) if run else None
    opening = bool(heading) and heading.group("h").startswith("一、") or bool(line_heading) and run[:1] == [line_heading.end()]
    if len(run) >= GLUED_LABEL_RUN or len(run) + opening >= GLUED_LABEL_RUN and len(run) >= 2:
        breaks += [offset + at for at in run]
        if heading:
            breaks.append(offset + heading.start("h"))
    breaks += [offset + at for at in _label_then_space_outline(line)]
    spaced = list(finditer_after(SPACED_YAO_LABEL, line, STOPS_BEFORE_YAO))
    numbers = [_label_number(m.group("n")) for m in spaced]
    if len(spaced) >= GLUED_LABEL_RUN and numbers == list(range(1, len(spaced) + 1)):
        breaks += [offset + m.start("n") for m in spaced]
    return breaks


def _label_then_space_outline(line: str) -> list[int]:
    """Where the labels of an outline of LABEL_THEN_SPACE start: each form counting up from 1 in turn, and from 1 again
    under each new label of a form that opened before it (一、 (一) (二) 1) 2) (三) 1)); none unless GLUED_LABEL_RUN labels
    or more count so, one form reaching 2 (a 1) alone, or 一、 (一), says nothing)."""
    depths: list[str] = []  # the forms in the order they open: 一、 over （一） over 1)
    last: dict[str, int] = {}
    starts = []
    for m in finditer_near(LABEL_THEN_SPACE, line, SPACES, 3):  # (its label's space at most 3 characters on: (一) )
        form = next(name for name in ("cn", "paren", "digit") if m.group(name))
        number = int(m.group(form)) if form == "digit" else _label_number(m.group(form))
        if form not in depths:
            if number != 1:
                continue
            depths.append(form)
        elif number != last[form] + 1:
            continue
        last[form] = number
        for deeper in depths[depths.index(form) + 1:]:
            last[deeper] = 0  # the lists under it count from 1 again
        starts.append(m.start())
    return starts if len(starts) >= GLUED_LABEL_RUN and max(last.values(), default=0) >= 2 else []


def _spaced_label_run(line: str) -> list[int]:
    """Where the items of a run of SPACED_LABEL start: each label after a sentence's end and a space that is 1 or
    counts on from the one before in its form (1. then 2.), and the label one lower in the same form between them
    that a lost line break glued straight after a word (…思想1.坚持正确导向。… 2.组织系统学习: its 1.). A form whose
    labels never reach 2 is no run, save the 1 of another form right before a run, the heading it sits under."""
    starts, last = [], {}  # (offset, stop character) of each item; the last number of each stop character's run
    for m in finditer_after(SPACED_LABEL, line, STOPS_BEFORE_SPACE):
        number, stop = int(m.group("n")), m.group("stop")
        if number == 1 or last.get(stop) == number - 1:
            starts.append((m.start("label"), stop))
        elif (before := line.rfind(f"{number - 1}{stop}", starts[-1][0] if starts else 0, m.start("label"))) > 0 \
                and "\u4e00" <= line[before - 1] <= "\u9fff":
            starts += [(before, stop), (m.start("label"), stop)]
        else:
            continue
        last[stop] = number
    counted = [index for index, (_, stop) in enumerate(starts) if last[stop] >= 2]
    if counted and counted[0] > 0 and starts[counted[0] - 1][1] != starts[counted[0]][1]:
        counted.insert(0, counted[0] - 1)  # the 1、 the run's items sit under (… 1、掌控…方向,…思想1.坚持… 2.组织…)
    return [starts[index][0] for index in counted]


def _dot_label_runs(line: str) -> list[int]:
    """Offsets of runs of GLUED_DOT_LABEL counting up from 1, at least GLUED_LABEL_RUN long, each label after the first
    after a sentence's end or an item's bracketed note; a run that restarts at 1 after one finished is a new list (the
    items under the next heading), and one sentence's enumeration (:1.…;2.…;3.…) is no run."""
    runs, run = [], []
    for m in GLUED_DOT_LABEL.finditer(line):
        number = int(m.group("n"))
        if number == 1:
            runs.append(run)
            run = [m.start()]
        elif run and number == len(run) + 1 and _before_spaces(line, m.start()) in tuple(SENTENCE_END + ITEM_NOTE_CLOSE):
            run.append(m.start())
    runs.append(run)
    return [at for run in runs if len(run) >= GLUED_LABEL_RUN and not _sentence_enumeration(line, run) for at in run if at > 0]


def _counting_on_from_own_label(line: str, labels: list[re.Match]) -> list[int]:
    """Where the headings after a line's own 二、 (or later) are glued on its line after a sentence's end or an item's
    bracketed note (二、重点任务(一)…(责任单位:市政务服务中心)三、保障措施…): a copy glued into one line whose first
    headings an earlier step cut apart (at a preamble's close, after 如下:) carries the rest of its outline on the last
    one's line. Each next number in turn, counting on from the line's own; none after a 一、, which opens a list inside
    the item (二、分三步实施:一、…。二、…。三、…)."""
    indent = len(line) - len(line.lstrip(" \u3000"))
    own = labels[0] if labels and labels[0].start() == indent else None
    if own is None or own.group("n").isdigit() or _label_number(own.group("n")) < 2:
        return []
    run, expected = [], _label_number(own.group("n")) + 1
    for m in labels[1:]:
        number = 0 if m.group("n").isdigit() else _label_number(m.group("n"))
        if number == 1:
            break
        if number == expected and _before_spaces(line, m.start()) in tuple(SENTENCE_END + ITEM_NOTE_CLOSE):
            run.append(m.start())
            expected += 1
    return run


def _restarts_list(line: str, at: int) -> bool:
    """Whether a 1、 at ``at`` opens a list of its own after a finished one: after a sentence's end or a heading's
    words and the space of a lost line break (…其他会议相关人员。 三、议程内容 1、传达…)."""
    before = _before_spaces(line, at)
    return before in tuple(SENTENCE_END) or (bool(before) and line[at - 1] in " \u3000")


def _later_page_run(line: str, labels: list[re.Match]) -> list[int]:
    """Where a copy of a later page glues its items (…市容环卫局。12、临街建(构)筑物粉刷出新整治。…。13、施工工地整治。…
    14、治理乱贴乱画, v03): a run of GLUED_LABEL_RUN numbered labels or more counting up from any number, each after a
    sentence's end (or at the line's start), since the items before it are on the pages the copy lacks."""
    for first, opening in enumerate(labels):
        if opening.start() > 0 and _before_spaces(line, opening.start()) not in tuple(SENTENCE_END):
            continue
        run, expected = [], int(opening.group("n"))
        for m in labels[first:]:
            if int(m.group("n")) == expected and (m.start() == 0 or _before_spaces(line, m.start()) in tuple(SENTENCE_END)):
                run.append(m.start())
                expected += 1
        if len(run) >= GLUED_LABEL_RUN:
            return run
    return []


def _follows_in_outline(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """1 → 1.1 (a first child), 1.1 → 1.2 (the next sibling), 1.3 → 2 or 2.1 → 3 (the next at a level above)."""
    if number == previous + (1,):
        return True
    depth = len(number)
    return depth <= len(previous) and number[:-1] == previous[:depth - 1] and number[-1] == previous[depth - 1] + 1


def _spaced_outline_run(line: str, offset: int) -> list[int]:
    """Offsets of a run of SPACED_OUTLINE_LABEL in outline order, at least GLUED_LABEL_RUN long, a dotted one among them."""
    run, previous, labels = [], (), list(finditer_after(SPACED_OUTLINE_LABEL, line, SPACES))
    for m in labels:
        number = tuple(int(part) for part in m.group("n").split("."))
        if not run and number in ((1,), (1, 1)) or run and _follows_in_outline(previous, number):
            run.append(m.start())
            previous = number
    dotted = any("." in m.group("n") for m in labels)
    return [offset + at for at in run] if len(run) >= GLUED_LABEL_RUN and dotted else []


def _word_glued_runs(line: str, offset: int) -> list[int]:
    """Offsets of runs of WORD_GLUED_PAREN_LABEL counting up from （一）, at least GLUED_LABEL_RUN long."""
    breaks, run = [], []
    for m in list(finditer_at_first_characters(WORD_GLUED_PAREN_LABEL, line)) + [None]:  # (at its bracket: a look-behind first)
        number = _label_number(m.group("n")) if m else 0
        if m and number == len(run) + 1 and (not run or m.start() - run[-1] >= GLUED_ITEM):
            run.append(m.start())
            continue
        if len(run) >= GLUED_LABEL_RUN:
            breaks += [offset + at for at in run]
        run = [m.start()] if m and number == 1 else []
    return breaks


def break_glued_labels(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Line breaks inserted before the heading labels of a copy glued into long lines."""
    if not ("、" in text or SPACED_YAO_LABEL.search(text) or WORD_GLUED_PAREN_LABEL.search(text) or LABEL_THEN_SPACE.search(text)
            or SPACED_OUTLINE_LABEL.search(text) or SPACED_PAREN_LABEL.search(text)):
        return text, origin
    breaks = []
    for line in LONG_LINE.finditer(text):
        breaks += _glued_label_breaks(line.group(), line.start(), len(line.group()) >= len(text) * WHOLE_COPY_SHARE)
    return break_lines_at(text, origin, breaks)


EXAMPLES = {
    "HEADING_THEN_SPACED_FIRST": Examples(match=("自治办统筹安排会议议题。 五、相关要求 1、各部门涉及居民区书记", "三、议程内容 1、传达上级会议",
                                                 "二、目标任务 1.确保火化率"),
                                          no_match=("五、相关要求 1、2年级学生", "五、相关要求,1、各部门", "一、召开时间 一般为每月上旬", "二、目标任务 1.5倍")),
    # (a heading over its first item, 。 二、目标任务 1.确保…, is HEADING_THEN_SPACED_FIRST's)
    "SPACED_HEADING_LINE": Examples(match=("特制定如下实施方案。 1. 指导思想 全面贯彻", "营造良好环境。 二、目标任务 全面推进"),
                                    no_match=("实施方案。1. 指导思想 全面", "环境。 二、加强组织领导,全面落实", "。 1. 2019年 全市",
                                              "营造良好环境。 二、目标任务 1.确保")),
    "SPACED_LABEL": Examples(match=("道德支持。 1、掌控", "时期新人。 2.组织系统学习"), no_match=("道德支持。1、掌控", "共计 1.5万元", "。 2.5倍")),
    "ITEM_NOTE_CLOSE": Examples(match=("）", ")", "〕"), no_match=("，", "、")),
    "ENUMERATION_COLON": Examples(match=("：", ":"), no_match=("。", "；")),
    "ENUMERATION_SEMICOLON": Examples(match=("；", ";"), no_match=("。", "，")),
    "GLUED_DOT_LABEL": Examples(match=("平台建设（3分）1．除涉密", "。2.委党组纳入"), no_match=("PM2.5", "增长1.5倍", "第1.2条", "12.5%")),
    "GLUED_LABEL": Examples(match=("一、时间及阶段划分", "1、无乱停乱靠", "3、《条例》"), no_match=("1、2", "十一", "第1、2条")),
    "WORD_GLUED_PAREN_LABEL": Examples(match=("责任部门:建工科、安全站、质监站(二)小街巷专项整治", "实施专项整治工作(一)建筑施工场地",
                                               "政务服务“一网通办”（25分）（一）一体化政务服务平台"),
                                        no_match=("具备以下条件:(一)留学人员", "提高认识;(二)加强领导")),
    "SPACED_OUTLINE_LABEL": Examples(match=("邮箱:snsfb@163.com 1 总 则", "。 1.2 编制依据 根据"), no_match=("共 3 个", "2019 年", "第1.2条")),
    "LABEL_THEN_SPACE": Examples(match=("文件的管理。一、 集团公司", "报告的管理(一) 集团公司", "报告。(二) 请示", "的形成1) 部门认为"),
                                 no_match=("包括:1) 管理", "分为 一、 二类", "报告的管理(一)集团公司", "共1) 2")),
    "SPACED_PAREN_LABEL": Examples(match=("三、有关要求 (一)高度重视", "和督查工作。 (二)明确责任", "财政支持力度 (三)2012-2016年"),
                                   no_match=("要求:(一)高度重视", "工作。(二)明确", "分为 (一)3类")),
    "LINE_HEADING_BEFORE_RUN": Examples(match=("二、加大财政支持力度 (三)", "一、总体要求 (一)"),
                                        no_match=("二、加大财政支持力度,(三)", "现通知如下 (一)", "二、(三)")),
    "HEADING_BEFORE_RUN": Examples(match=("[接上页] 三、有关要求 ",), no_match=("三、有关要求 ", "要求如下: 三、有关要求,请 ")),
    "SPACED_YAO_LABEL": Examples(match=("有關要求如下: 一要凝聚共識抓落實。", "抓落實。 二要壓實責任抓落實"),
                                  no_match=("要求:一是加强领导", "一是加强领导,二是落实责任")),
}
