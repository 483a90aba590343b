"""The measure tree of a notice's body: numbered items at every level, without attachment lists, tables of
contents and closing paragraphs; a plan printed after the signature or under 附件1： in a tree of its own."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from extractors.vocab import Examples
from schema.models import Measure

from pipeline.document.cell_lines import row_cell_breaks
from pipeline.document.elements import is_complete_title, is_organisation_line
from pipeline.document.labels import (SPACED_TABLE_HEADER, dotted_count_labels, glued_outline_labels,
                                      lost_article_labels, match_label, run_in_child_at, section_number_labels,
                                      wraps_cell_list)
from pipeline.document.lines import Line
from pipeline.document.tail import ATTACHMENT_HEADING, ATTACHMENT_ITEM, ATTACHMENT_LINE, signature_date

# The same heading with the attachment's name after it (附件1:…决定废止的政策性文件目录(28件)): a printed attachment only when its
# table's header row follows (序号 文件名称 …), else a line of the notice's list of attachments (附件1：登记表).
NAMED_ATTACHMENT_HEADING = re.compile(r"^[ \u3000]*附件[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]*[：:][^。\n]{2,60}$")
# A paragraph after the last measure that speaks to the whole notice, not to that measure: a request to the recipients
# (请各…, 各单位务必…, 请于7月20日前将意见建议发送至…: a time limit for all the notice asks), an exhortation (各乡镇要高度重视…), the notice's own words (本通知…, 以上…, 特此…). A step with its
# time or its object right after the modal (各村民小组须在12月2日下午前将…报…, 各单位要于…前…) is a duty of the measure it is
# printed under, as it is under any other measure; the subject runs to the first modal only, never past it to a later one.
CLOSING_CUES = re.compile(
    r"^(?:各(?:(?!务必|应当|要|应|须|请)[^。；]){0,30}(?:务必|请|(?:应当|要|应|须)(?![在于於将將]))"
    r"|[请請](?:各|你们|你們|[于於在][ \u3000]*(?:\d{4}年)?\d{1,2}月)|本(?:通知|意见|方案|办法|规定|细则|要点)"
    r"|以上|特此|如有|执行中|实施中|对(?:执行|实施)中)"
)

# After a last measure printed as a whole paragraph, a paragraph addressed to the recipients with its time limit first
# (各单位一周内(5月30日前)做好…, 各县区于6月10日前将…) sets the notice's closing step, not that measure's.
ADDRESSED_TIME_LIMIT = re.compile(
    r"^各[\u4e00-\u9fff、]{1,12}?(?:在|于|於)?[ \u3000]*"
    r"(?:[一二两三四五六七八九十\d]{1,3}[ \u3000]*(?:个)?(?:周|星期|天|日|工作日|个工作日|月)[以之]?内"
    r"|(?:\d{4}年)?\d{1,2}月\d{1,2}日[前之以])"
)

# A portal's row copied as its field's name and a cell (重点工作: | 135.统筹违法建设治理… |): the cell starts the item,
# its number after the border (v01 of tests/data/realworld), as a number starting a line does.
FIELD_CELL_ROW = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:][ \u3000]*[|｜][ \u3000]*(?=\S)")

EXAMPLES = {
    "ADDRESSED_TIME_LIMIT": Examples(match=("各单位一周内(5月30日前)做好志愿者注册", "各县区于6月10日前将总结报市局", "各学院在3个工作日内报送"),
                                     no_match=("各单位要高度重视", "各单位负责人于会后传达", "各地5月份以来")),
    "FIELD_CELL_ROW": Examples(match=("重点工作: | 135.统筹违法建设治理与城市更新", "牵头单位: | 市城市管理综合执法局"),
                               no_match=("| 135.统筹", "1. 重点工作: 统筹")),
    "ANNOUNCES_LIST": Examples(match=("监督流程包括设备、管网的检修等项目:", "请各单位于月底前报送以下材料："),
                               no_match=("按时报送。", "重要说明:", "附件:1.登记表")),
    "NAMED_ATTACHMENT_HEADING": Examples(match=("附件1:达州市人民政府决定废止的政策性文件目录(28件)", "  附件2：重点任务分解表"),
                                         no_match=("附件1：", "附件：1.登记表", "附件1：请于5月10日前报送。")),
    "CITED_ATTACHMENT_RE": Examples(match=("领取《户籍家庭公共租赁住房常态分配办理指引》（附件3）", "保障房小区服务窗口（附件2）",
                                           "填写登记表(附件 4)"), no_match=("保障房小区服务窗口（附表2）", "详见附件1")),
    "CONTENTS_PUNCTUATION": Examples(match=("1.总则。", "一、要求："), no_match=("1.1编制目的",)),
    "CONTENTS_HEADING": Examples(match=("目 录", "目    錄", "  录", "目次"), no_match=("目录如下：", "名录", "附录")),
    "OUTLINE_SEPARATOR": Examples(match=("1.总则", "1、总则", "2.1.适用范围"), no_match=("1.1编制目的", "1 总则", "2021年")),
    "DOT_LEADER": Examples(match=("1.1编制目的…………………1", "2组织指挥体系及职责………2", "第一章 总则......3"), no_match=("1.1编制目的", "2021-2025")),
    "CLOSING_CUES": Examples(match=("各乡镇要高度重视，认真抓好落实。", "请各单位于5月8日前报送。", "本通知自印发之日起施行。",
                                    "请于7月20日前将意见建议发送至省政协研究室", "請於5月10日前報送",
                                    "以上工作请认真落实。", "各建筑业企业要认真贯彻执行《统计法》"),
                             no_match=("加强组织领导。", "（一）提高政治站位", "各村民小组须在12月2日下午前将调查表报村委会",
                                       "各乡(镇)须在12月3日下午5时前将汇总表报县统计局", "各单位要于5月8日前报送",
                                       "请在确保安全的前提下开展活动")),
}


def heading_of(own_text: str, heading_only: bool) -> Optional[str]:
    first_line = own_text.split("\n", 1)[0]
    if heading_only:
        return first_line.strip("。：: ") or None
    clause = first_line.split("。", 1)[0]
    if clause != first_line and len(clause) <= 40:
        return clause.strip() or None
    return None


# Numbering styles that divide a text without being measures: 第一章, 第一节 (the gold convention:
# articles are level-1 measures under no chapter measure).
DIVISION_STYLES = ("chapter", "section")


def attachment_list_lines(lines: list[Line]) -> set[int]:
    """Offsets of the lines that go on an attachment list wherever it stands (附件：1.登记表 then
    2.申报单, 3.通知单: short numbered lines without a sentence), which are no measures."""
    listed: set[int] = set()
    in_list = False
    for line in lines:
        attachment = ATTACHMENT_LINE.match(line.text)
        if attachment:
            body = attachment.group("body").strip(" \u3000：:")
            in_list = not body or match_label(body) is not None  # 附件： alone, its names below
        elif in_list and match_label(line.text) and len(line.text) <= ATTACHMENT_ITEM and "。" not in line.text:
            listed.add(line.start)
        else:
            in_list = False
    return listed


# An attachment's name cited with its number, the words before the bracket (their end the name): 保障房小区服务窗口（附件2） ·
# 领取《…办理指引》（附件3）.
CITED_ATTACHMENT_RE = re.compile(
    r"(?P<words>[^\s（()《》，,。；;：:]{2,60})》?[ \u3000]{0,2}[（(][ \u3000]{0,2}附[ \u3000]?件[ \u3000]{0,2}(?P<number>\d{1,2})[）)]")


def _cited_attachments(lines: list[Line]) -> dict[int, list[tuple[int, str]]]:
    """Each attachment number cited in the text: the line offset and the words naming it."""
    cited: dict[int, list[tuple[int, str]]] = {}
    for line in lines:
        if "附" in line.text:  # (the pattern's 附件: a line that says only 文件 is not tried, at every character)
            for found in CITED_ATTACHMENT_RE.finditer(line.text):
                cited.setdefault(int(found.group("number")), []).append((line.start, found.group("words")))
    return cited


def unlabelled_attachment_lines(lines: list[Line]) -> set[int]:
    """Offsets of an attachment list that lost its 附件: label in the copy (a crawled record ending 1. …房源简介 ⏎
    2. 保障房小区服务窗口 ⏎ 3. …办理指引 ⏎ 4. …资料清单 over its signature): short numbered lines 1 to N in a row, no
    sentence, at least one of them named above it as the attachment of its number (保障房小区服务窗口（附件2）). A numbered
    list of measures is never so cited."""
    cited = _cited_attachments(lines)
    if not cited:
        return set()
    listed: set[int] = set()
    run: list[tuple[Line, str]] = []
    for line in lines + [Line("", -1)]:
        text = line.text.strip()
        label = match_label(text) if text and len(text) <= ATTACHMENT_ITEM and "。" not in text else None
        if label is not None and label.ordinal == len(run) + 1:
            run.append((line, text[label.length:].strip()))
            continue
        if len(run) >= 2 and any(name and at < run[0][0].start and words.endswith(name)
                                 for number, (_, name) in enumerate(run, 1) for at, words in cited.get(number, ())):
            listed |= {item.start for item, _ in run}
        run = [(line, text[label.length:].strip())] if label is not None and label.ordinal == 1 else []
    return listed


CONTENTS_RUN = 6  # numbered headings in a row, with nothing between them, make a table of contents
CONTENTS_ENTRY = 30  # a contents entry is a short heading without punctuation
CONTENTS_PUNCTUATION = re.compile(r"[。，；：:,;]")
# A contents heading alone on its line, spaced (目    錄) or with its 目 lost (录): the numbered headings right under it
# are a table of contents even when the copy ends before the text they list.
CONTENTS_HEADING = re.compile(r"^[ \u3000]*(?:目[ \u3000]*[录錄次]|[录錄])[ \u3000]*$")
# A contents entry's dot leader and page number (1.1编制目的…………………1): no part of its heading. (Its first leader
# character written alone: a pattern that opens with a character class is looked for by that class, a third of the
# time of trying a repeat at every character of every line.)
DOT_LEADER = re.compile(r"[.．…·_—\-][.．…·_—\-]{2,}[ \u3000]*\d{0,4}[ \u3000]*$")
CONTENTS_UNDER_HEADING = 2  # numbered headings in a row under a contents heading make a table of contents
# An outline number's separator (1 总则 in the contents, 1.总则 or 1、总则 in the text; not the dot inside 1.1): the
# contents and the text print the same heading with their own spacing and separator.
OUTLINE_SEPARATOR = re.compile(r"^(\d+(?:[.．]\d+)*)[.．、](?!\d)")


def entry_key(text: str) -> str:
    """A numbered heading as the contents and the text both print it: its number and words, without spaces, the
    separator after the number or a dot leader (1 总则, 1.总则 and 1. 总则…………3 are one heading; 1.1编制目的 keeps its 1.1)."""
    bare = re.sub(r"[ \u3000\t]+", "", DOT_LEADER.sub("", text))
    return OUTLINE_SEPARATOR.sub(r"\1", bare)


def _continues_list_above(lines: list[Line], first: int) -> bool:
    """Whether the numbered line at ``first``, under a contents heading, counts on the list printed right above that
    heading (15、考勤管理制度 ⏎ 目录 ⏎ 16、安全卫生制度: a 文库 page's word dropped inside a list): a table of contents
    opens with its own first entry, never with the next item of the list before it."""
    above, below = (match_label(lines[first - 2].text) if first >= 2 else None), match_label(lines[first].text)
    return (above is not None and below is not None and above.style == below.style
            and below.ordinal == above.ordinal + 1)


def contents_lines(lines: list[Line]) -> set[int]:
    """Offsets of the lines of a table of contents (1.总则 / 1.1编制目的 / … / 8.3预案实施时间 before
    the text itself): at least CONTENTS_RUN short numbered headings in a row, the first of them printed
    again further down, where the text begins. They are no measures."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines + [Line("", -1)]):
        text = DOT_LEADER.sub("", line.text)
        # a short line first (most are long): 4响应工作……14, a glued number's entry, is one too
        if (text and len(text) <= CONTENTS_ENTRY and not CONTENTS_PUNCTUATION.search(text)
                and (match_label(text) or DOT_LEADER.search(line.text))):
            run.append(index)
            continue
        if len(run) >= CONTENTS_UNDER_HEADING and (
                (run[0] > 0 and CONTENTS_HEADING.match(lines[run[0] - 1].text)
                 and not _continues_list_above(lines, run[0]))  # under a contents heading
                or sum(bool(DOT_LEADER.search(lines[i].text)) for i in run) >= CONTENTS_UNDER_HEADING):  # led
            first = entry_key(lines[run[0]].text)
            # the text's own 1.总则 printed again below the contents ends them
            again = next((j for j in range(1, len(run)) if entry_key(lines[run[j]].text) == first), len(run))
            found |= {lines[i].start for i in run[:again]}
            run = []
            continue
        if len(run) < CONTENTS_RUN:
            run = []
            continue
        first = entry_key(lines[run[0]].text) if run else None
        # the text's own 1.总则, printed again with its own spacing or separator (1 总则 in the contents)
        again = next((j for j in range(1, len(run)) if entry_key(lines[run[j]].text) == first), None)
        if again is not None and again >= CONTENTS_RUN:
            found |= {lines[i].start for i in run[:again]}
        elif len(run) >= CONTENTS_RUN and any(len(later.text) <= 2 * CONTENTS_ENTRY and entry_key(later.text) == first
                                            for later in lines[run[-1] + 1:]):
            found |= {lines[i].start for i in run}
        run = []
    return found


SECTION_LINE = 12  # a bulletin contents' section name (市政府文件, 重点工作) is no longer


def listed_title_lines(lines: list[Line]) -> set[int]:
    """Offsets of the lines of a bulletin's or a collection's contents: under a contents heading (目录), the titles of
    the documents of the issue (市人民政府关于印发…的通知 / …的通报) with the short section names between them
    (市政府文件), up to the last title. They name documents printed elsewhere: none is the header of the text below,
    nor a statement of it."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not CONTENTS_HEADING.match(line.text):
            continue
        run: list[int] = []
        titles = 0
        for later in lines[index + 1:]:
            text = later.text.strip()
            if not text or "。" in text or match_label(text) is not None:
                break
            if len(text) > SECTION_LINE and is_complete_title(text):  # 工作措施 is a table's header cell
                run.append(later.start)
                titles = len(run)
            elif len(text) <= SECTION_LINE and not CONTENTS_PUNCTUATION.search(text):
                run.append(later.start)
            else:
                break
        if titles >= CONTENTS_UNDER_HEADING:
            found |= set(run[:titles])
    return found


# The usual order of an outline's numbering styles, the top first (一、 above （一） above 1. above （1） above ①).
OUTLINE_ORDER = ("cn_comma", "cn_paren", "arabic_dot", "arabic_paren", "circled")


def _lost_heading(found: list) -> tuple[list[str], int]:
    """(the style above, how many items open the fragment) when a copy opens inside a list under a heading its page
    lost ((五) 切实加强… with no (一) to (四) and no 三、; 6、区质量技监局。… with no 1、 to 5、 and no 四、): the next
    item of another style is a heading of a higher style in the outline, itself past its list's first (四、时间安排,
    五、工作安排). The opening items sit one level below that style, under no parent; ([], 0) when the copy opens
    otherwise. A copy opening at its list's first item lost its headings only when that list starts again before the
    heading above ((一)…(三) ⏎ (一)… then 四、分配流程: a crawl that kept 四、 of 一、…四、, the restart where a lost 二、
    stood); (一)… then 五、 alone is a list of its own above the outline."""
    if not found or found[0][1].style not in OUTLINE_ORDER:
        return [], 0
    first_style = found[0][1].style
    restarted = found[0][1].ordinal > 1  # an opening past its list's first needs no restart
    for number, (_, label) in enumerate(found[1:], start=1):
        if label.style in OUTLINE_ORDER and OUTLINE_ORDER.index(label.style) > OUTLINE_ORDER.index(first_style):
            continue  # the opening items' own sub-items ((三)… / 1.检查验收分两步进行 before 五、): still inside the fragment
        if label.style == first_style:
            restarted = restarted or label.ordinal == 1
        elif not restarted:
            return [], 0
        else:
            above = label.style in OUTLINE_ORDER and OUTLINE_ORDER.index(label.style) < OUTLINE_ORDER.index(first_style)
            return ([label.style], number) if above and label.ordinal > 1 else ([], 0)
    return [], 0


# The end of a sentence announcing a list (…监督流程包括设备、管网的检修等项目:): a list restarted at 1 under it, in the
# style of the items around it, is the current item's sub-list. A short heading with a colon (重要说明:) heads a list
# of its own instead, beside the one before it (k08).
ANNOUNCING_SENTENCE = 12  # characters at least before the colon: shorter is a heading
ANNOUNCES_LIST = re.compile(r"[^：:]{" + str(ANNOUNCING_SENTENCE) + r",}[：:][ \u3000]*$")
SUB_LIST = "/sub"  # the style name of such a sub-list (arabic_dot/sub): a level of its own below its item


def _nested_styles(lines: list[Line], found: list) -> list[str]:
    """The style each found label takes in the tree: its own, or that style's SUB_LIST when the label restarts its style
    at 1 under a line announcing a list (2、…修改为… ⏎ …包括…项目: ⏎ 1、… 2、…), while the restarted run counts on."""
    before = {line.start: lines[index - 1].text if index else "" for index, line in enumerate(lines)}
    styles, last, nested = [], {}, {}  # last ordinal of each style's list; of each open sub-list
    for position, (line, label) in enumerate(found):
        style = label.style
        if style in nested and label.ordinal == nested[style] + 1:
            nested[style] = label.ordinal
            styles.append(style + SUB_LIST)
            continue
        nested.pop(style, None)
        if label.ordinal == 1 and last.get(style, 0) >= 1 and (ANNOUNCES_LIST.search(before.get(line.start, ""))
                                                             or _restarted_with_another_stop(found, position, label)):
            nested[style] = 1
            styles.append(style + SUB_LIST)
            continue
        last[style] = label.ordinal
        styles.append(style)
    return styles


def _restarted_with_another_stop(found: list, position: int, label) -> bool:
    """1、掌控…方向 ⏎ 1.坚持正确导向 ⏎ 2.组织系统学习: a 1 right under the 1 of its style written with another stop (、 and .)
    is no sibling of it (a list never restarts at its first item): the first item's sub-list."""
    if position == 0:
        return False
    previous = found[position - 1][1]
    return previous.style == label.style and previous.ordinal == 1 and previous.text[-1:] != label.text[-1:]


def _first_heading_restyled(found: list) -> list:
    """The found labels with a first heading numbered in a lower style read in the style of the heading after it: a 1
    straight before the first label of a style higher in OUTLINE_ORDER, and that label a 2 (1. 指导思想 ⏎ 二、目标任务):
    the list's 一 written as 1, never a list of one item under a 一、 the copy lacks."""
    for index, ((_, first), (_, second)) in enumerate(zip(found, found[1:])):
        if first.ordinal == 1 and second.ordinal == 2 and first.style in OUTLINE_ORDER and second.style in OUTLINE_ORDER \
                and OUTLINE_ORDER.index(second.style) < OUTLINE_ORDER.index(first.style) \
                and all(label.style != second.style for _, label in found[:index]):
            return found[:index] + [(found[index][0], replace(first, style=second.style))] + found[index + 1:]
    return found


def _field_cell(line: Line) -> Line:
    """A row's cell that starts with a numbering label, as a line of its own (FIELD_CELL_ROW); any other line as it is."""
    row = FIELD_CELL_ROW.match(line.text)
    if row and match_label(line.text[row.end():]):
        return Line(line.text[row.end():], line.start + row.end())
    return line


def _run_in_pieces(line: Line) -> list[Line]:
    """A line holding an outline heading and its first sub-item run in after it (1、总则 1.1 编制目的 为做好…), as the two
    lines the copy joined; any other line as it is."""
    at = run_in_child_at(line.text)
    if at is None:
        return [line]
    return [Line(line.text[:at].rstrip(" \u3000"), line.start), Line(line.text[at:], line.start + at)]


def _listed_names_reprinted(lines: list[Line], found: list) -> set[int]:
    """Starts of the first labelled lines under an unlabelled line that repeats the name of an item listed above
    (1、局党组会议制度 … 5、岗位责任制度 … 20、… ⏎ 岗位责任制度 ⏎ 一、办公室): the listed rules' own text printed after
    the list, its headings at the top of an outline of their own, never items of the list's last entry."""
    names, reopened, pending = set(), set(), False
    labelled = {line.start: label for line, label in found}
    for line in lines:
        label = labelled.get(line.start)
        if label is None:
            pending = pending or line.text.strip() in names
            continue
        if pending:
            reopened.add(line.start)
            pending = False
        name = line.text[label.length:].strip()
        if name and len(name) <= CONTENTS_ENTRY and not CONTENTS_PUNCTUATION.search(name):
            names.add(name)
    return reopened


def parse_measures(lines: list[Line], body_end: int) -> list[Measure]:
    """The measure tree from body lines; levels by order of first appearance of each numbering style."""
    lines = [piece for line in lines for piece in _run_in_pieces(_field_cell(line))]
    listed = attachment_list_lines(lines) | unlabelled_attachment_lines(lines) | contents_lines(lines)
    listed |= {line.start for previous, line in zip(lines, lines[1:]) if wraps_cell_list(previous.text, line.text)}
    texts = [line.text for line in lines]
    # 十九条 … after 十八条 … (their 第 lost), 1总则 above 1.1 … (its space lost), 2.2人户… as item 2 glued to
    # a count, and 01 over its heading
    context_labels = (lost_article_labels(texts) | glued_outline_labels(texts) | dotted_count_labels(texts)
                      | section_number_labels(texts))
    labelled = [(line, label) for index, line in enumerate(lines)
                if line.start not in listed and (label := context_labels.get(index) or match_label(line.text))]
    found = _first_heading_restyled([(line, label) for line, label in labelled if label.style not in DIVISION_STYLES])
    divisions = [line.start for line, label in labelled if label.style in DIVISION_STYLES]
    measures: list[Measure] = []
    style_levels, opening = _lost_heading(found)
    stack: list[Optional[int]] = [None] * len(style_levels)  # indexes of open measures, one per level (None: a lost heading)
    styles = _nested_styles(lines, found)
    if opening:  # the opening items sit under the heading the page lost, their own sub-items under them
        style_levels.append(styles[0])
    previous_start = -1
    reopened = _listed_names_reprinted(lines, found)
    for style, (line, label) in zip(styles, found):
        if line.start in reopened:
            style_levels[:], stack[:] = [], []  # the text of a listed item printed under its name: a tree of its own
        if style == "article" and style_levels[:1] != [style] \
                and any(previous_start < start < line.start for start in divisions):
            # 第X条 after a chapter or section heading is a rules text's top measure (only divisions stand above it): a copy
            # opening inside an article (its (一)…(四) under a lost 第七条, then 第四章, 第八条) closes those items. Not an
            # article quoted under an item of an amending decision (一、将第五条修改为: ⏎ 第五条 …), with no division before it
            style_levels[:] = []
        previous_start = line.start
        if style in style_levels:
            depth = style_levels.index(style)
            del style_levels[depth + 1:]
        else:
            style_levels.append(style)
            depth = len(style_levels) - 1
        del stack[depth:]
        parent = stack[-1] if stack else None
        measure = Measure(
            label=label.text, level=depth + 1, ordinal=label.ordinal, style=label.style,
            start=line.start, end=body_end, text_start=line.start + label.length, text_end=body_end,
            parent=parent,
        )
        measures.append(measure)
        if parent is not None:
            measures[parent].children.append(len(measures) - 1)
        stack.append(len(measures) - 1)
    # A measure ends where the next one of its level or higher starts (one pass with a stack: a
    # search from each measure is quadratic in a text of thousands of items).
    open_measures: list[Measure] = []
    for later in measures:
        while open_measures and open_measures[-1].level >= later.level:
            open_measures.pop().end = later.start
        open_measures.append(later)
    for measure in measures:  # and at the next 第…章 or 第…节 heading
        following = bisect.bisect_right(divisions, measure.start)
        if following < len(divisions):
            measure.end = min(measure.end, divisions[following])
    _end_at_row_cells(measures, [(lines[index].start, lines[row].start) for index, row in row_cell_breaks(texts)])
    for measure in measures:
        first_child = measures[measure.children[0]].start if measure.children else measure.end
        measure.text_end = min(first_child, measure.end)
    for measure in measures:
        parent_path = measures[measure.parent].path if measure.parent is not None else ""
        measure.path = f"{parent_path}.{measure.ordinal}" if parent_path else str(measure.ordinal)
    return measures


def _end_at_row_cells(measures: list[Measure], breaks: list[tuple[int, int]]) -> None:
    """Each measure numbered inside a table row's cells (it starts after the row's number) ends at the row's next number
    cell (``breaks``: (offset of the number cell, offset of the row), in order; see ``row_cell_breaks``), unless a
    child of it starts after that cell."""
    at = [offset for offset, _ in breaks]
    for measure in measures:
        following = bisect.bisect_right(at, measure.start)
        if following == len(at) or not breaks[following][1] < measure.start or at[following] >= measure.end:
            continue
        if not measure.children or measures[measure.children[-1]].start < at[following]:
            measure.end = at[following]


def closing_start(lines: list[Line], measures: list[Measure], body_end: int) -> int:
    """Offset where the closing paragraphs after the last measure begin (body_end when none)."""
    if not measures:
        return body_end
    last = measures[-1]
    after = [line for line in lines if last.start < line.start < body_end]
    label_line = next(line for line in reversed(lines) if line.start <= last.start)  # a row's cell: inside its line
    heading_only = "。" not in label_line.text
    candidates = after[1:] if heading_only else after
    for line in candidates:
        if CLOSING_CUES.match(line.text) or (not heading_only and ADDRESSED_TIME_LIMIT.match(line.text)):
            return line.start
    return body_end


def _measures_of(lines: list[Line], end: int) -> list[Measure]:
    """The measures of a run of body lines ending at offset ``end``, without its closing paragraphs."""
    measures = parse_measures(lines, end)
    measures_end = closing_start(lines, measures, end)
    return parse_measures(lines, measures_end - 1) if measures_end < end else measures


def _concatenate(first: list[Measure], second: list[Measure]) -> list[Measure]:
    """Two measure trees as one list: the second's parent and child indexes shifted past the first."""
    shift = len(first)
    for measure in second:
        measure.parent = measure.parent + shift if measure.parent is not None else None
        measure.children = [child + shift for child in measure.children]
    return first + second


def heads_printed_table(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is a printed attachment's heading with its name (附件1:…目录) over its table's header row."""
    return (index + 1 < len(lines) and NAMED_ATTACHMENT_HEADING.match(lines[index].text) is not None
            and SPACED_TABLE_HEADER.match(lines[index + 1].text.strip()) is not None)


def _measures_by_attachment(lines: list[Line], end: int) -> list[Measure]:
    """The measures of a run of body lines, a printed attachment's (after its heading 附件1：) in a
    tree of their own: the notice's last measure ends where the attachment begins."""
    starts = [i for i, line in enumerate(lines) if i and (ATTACHMENT_HEADING.match(line.text) or heads_printed_table(lines, i))]
    bounds = [0, *starts, len(lines)]
    measures: list[Measure] = []
    for first, after in zip(bounds, bounds[1:]):
        part_end = lines[after].start - 1 if after < len(lines) else end
        measures = _concatenate(measures, _measures_of(lines[first:after], part_end))
    return measures


def wrapper_section_after(before_body: list[Line], body_lines: list[Line], signature_at: int) -> Optional[int]:
    """The index in ``body_lines`` where the text around the notice takes up its own numbering again after the
    notice's signature: the first numbered line after the signature, when its label is the next one after a label
    printed above the notice's header, in the same style (a writing guide's ② 拟写一份转发性的通知 over the model notice,
    its ③ 层层转发的公文格式 after the model's signature and date). What follows is the guide's, not the notice's: a plan
    the notice prints after its signature numbers its own items from the start (一、, 第一条), never on from the page's."""
    sections = {(label.style, label.ordinal + 1) for line in before_body if (label := match_label(line.text.strip()))}
    if not sections:
        return None
    for index in range(signature_at + 1, len(body_lines)):
        if label := match_label(body_lines[index].text.strip()):
            return index if (label.style, label.ordinal) in sections else None
    return None


def body_measures(lines: list[Line], body_end: int, signature_at: Optional[int]) -> list[Measure]:
    """The body's measures. A plan or table printed after the notice's signature is a part of the
    notice with its own numbering: its measures start their own tree, not children of the notice's
    last measure; so is an attachment printed under its heading (附件1：)."""
    if signature_at is None or signature_at + 1 >= len(lines):
        return _measures_by_attachment(lines, body_end)
    notice_end = lines[signature_at].start - 1
    while signature_at > 0 and is_organisation_line(lines[signature_at - 1].text):
        signature_at -= 1
        notice_end = lines[signature_at].start - 1
    after = [line for line in lines if line.start > notice_end]
    after = after[next((i for i, line in enumerate(after) if signature_date([line], 0) is None), 0):]
    before = [line for line in lines if line.start < notice_end]
    return _concatenate(_measures_by_attachment(before, notice_end), _measures_by_attachment(after, body_end))
