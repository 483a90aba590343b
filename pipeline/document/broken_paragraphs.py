"""Paragraphs broken by a page break or a hard wrap joined again: whether a line continues the paragraph
above it (``continues``), and the joining of a text's lines into one paragraph a line.
"""

from __future__ import annotations

import re

from extractors.titles import PAGE_TITLE_NOTE, SPACED_DOC_NUMBER, TITLE_ENDING_RE, TITLE_TRAILER
from extractors.vocab import Examples

from extractors.fold import fold
from extractors.unit_names import looks_complete, unit_kind
from extractors.unit_roles import LABEL_RE as UNIT_LABEL_RE

from pipeline.document.cell_lines import BARE_HEADING_LABEL, header_cell_indexes
from pipeline.document.dates import MONTH_SIGN
from pipeline.document.elements import (
    BODY_NAME_END, LIST_PARTS, ORGANISATION_END, RED_HEADER, dated_issuer, is_bare_recipients, is_masthead, is_organisation_line,
    is_organisation_row,
)
from pipeline.document.header_lines import TRAILING_DATE_NUMBER, is_recipients_line, number_date_note
from pipeline.document.joined_copy import JOINED_COPY, SIGNATURE_DATE, TITLE_CLOSERS, TITLE_VERB
from pipeline.document.labels import glued_outline_labels, match_label, starts_table_row
from pipeline.document.measure_tree import CONTENTS_HEADING
from pipeline.document.outside import is_cut_link_line
from pipeline.document.printed_header import is_printed_line
from pipeline.document.tail import MAX_JOINT_ISSUERS
from pipeline.document.wrapper import is_wrapper_line

# A paragraph that ends with one of these is complete; anything else may continue on the next line.
PARAGRAPH_END = "。！？：；…!?:;"
# A line ending in a cell border is a row of a table copied as text (索引号: | … | 发布机构: | … |, a
# title cell: …的通知 |): whole, never continued by the next line.
TABLE_ROW_END = "|｜"
# Lines that always start something new, even after an unfinished line.
BLOCK_START = re.compile(
    r"^(?:附件|抄送|抄报|联系人|联系电话|电话|传真|邮箱|电子邮箱|地址|邮编|责任单位|牵头单位|配合单位|（此件|\(此件|主题词|签发人)"
    r"|^(?:\d{4}|[〇零○0O一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}" + MONTH_SIGN + r"[\d一二三四五六七八九十]{1,3}日(?:印发)?$"
    r"|^[\u4e00-\u9fff]{1,12}[〔\[［（(﹝【]\s*(?:19|20)\d{2}\s*[〕\]］）)﹞】]\s*\d+\s*[号號]$"
)
# A sentence that states when something takes effect, opening with its short subject (政策自2018年1月1日起执行，…,
# 本决定自公布之日起施行): a new sentence of its own, so the line above it ended its paragraph even without its 。
# (…给予财政补助 ⏎ 政策自2018年1月1日起执行). A wrapped line opening with 自 inside a word (坚定"四 ⏎ 个自信") goes on.
TERM_SENTENCE = re.compile(
    r"^[\u4e00-\u9fff]{1,6}自\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
    r"|[\u4e00-\u9fff]{1,4}之日)\s*起"
)
# A cell of a table copied one cell a line that opens with a digit: a row's number alone (2) or a time cell
# (2020年12月, 2021年6月底前). It starts a cell of its own, never the rest of the unit cell above it; a wrapped
# sentence's line opening with a figure (5 个工作日内不能办结的) goes on.
DIGIT_CELL = re.compile(
    r"^(?:\d{1,3}[.、．]?"
    r"|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份|底|初|中旬|上旬|下旬|末)?(?:前|以前|之前)?"
    r"(?:\s*[-—至~～]\s*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:份|底|初|中旬|上旬|下旬|末)?(?:前|以前|之前)?)?)$"
)
# A cell holding only a person's name (a leader's column: 冯冬昌), two or three characters with nothing else.
NAME_CELL = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
# The separators of a cell listing units (区发展改革局、区工业和信息化局,咸宁高新区管委会).
UNIT_LIST_SEPARATOR = re.compile(r"[、，,]")
# A note in brackets after a unit's name (各镇政府(街道办事处)): the name is read without it.
UNIT_NOTE = re.compile(r"[（(][^（）()]{1,20}[）)]$")
# Brackets and quotes that may close a sentence after its 。 (…的余额。） / …。”): the sentence before them is complete.
SENTENCE_CLOSERS = "）)”’」』》〉"
# A field of a record printed one a line (责任领导：… ⏎ 责任单位：… ⏎ 检查范围：…): after a field line, a line
# opening with its own short label and colon is the next field, not the rest of a wrapped value.
FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
# A Markdown heading (# 标题): a whole line, never joined to its neighbours.
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \u3000]+")
# A title that is only the notice's kind, perhaps with a word before it (放假通知 · 紧急通知 · 通知 · 公告): a writing guide
# or a school's page prints no more above its model notice. It starts a line of its own even under a line left unfinished
# (…以下有范文可供参考: 1 放假通知 一、中秋节:… 二 ⏎ 放假通知); a title wrapped before its kind (…防汛工作的 ⏎ 紧急通知)
# still goes on (see _opens_on_its_kind).
KIND_ONLY_TITLE = re.compile(r"^(?![的之和与及])[\u4e00-\u9fff]{0,4}(?:通知|通告|公告|启事|啟事)$")
# A title line that stops at its 关于: a title's rest names a subject and a kind, never a list of bodies closed by a colon.
CUT_AT_ABOUT = re.compile(r"(?:关于|關於|关於)[ \u3000]*$")
# A line that leaves a title open: its 关于 not yet closed by a kind, or a 的 or 之 that the next line's kind completes.
OPEN_TITLE_END = re.compile(r"(?:关于|關於|关於|[的之])[^。！？：；!?:;]{0,40}$|[的之]$")
# A signature's date that lost its 年月日 in the copy (2018525, 2021.4.1, 202091 for 2020年9月1日): the line above it stands
# alone too. Two digits after the year never 10–12 (202012 is a month, December 2020).
BARE_SIGNATURE_DATE = re.compile(r"^(?:19|20)\d{2}(?:[ \u3000./-]+\d{1,2}[ \u3000./-]+\d{1,2}|\d{3,4}|(?!1[0-2]$)\d{2})$")
# A line ending with a web address (备注 http://www.smx.gov.cn/…/59576.htm, a law library's source field): the address
# ends it; a next line opening with a character (各县(市、区)人民政府,…:) is no rest of it. A wrapped address goes on in
# ASCII, and is still joined. A site's name with its bare domain (中金国研智库网 www.zjgyzk.cn) ends a line so too.
URL_END = re.compile(r"(?:https?://|(?<![!-~])www\.)[!-~]+$")
# A line ending with a labelled telephone or fax number (a site's bar: 傳真:0635-8336665 24H電話:0635-8681234): the
# number ends it, as an address does; a next line opening with a character (the notice's title) is no rest of it.
CJK = re.compile(r"[\u4e00-\u9fff]")
PHONE_END = re.compile(r"(?:电话|電話|传真|傳真|热线|熱線|手机|手機|Tel|TEL)[:：]?[ \u3000]*[（(]?\d{3,4}[）)]?[-－—]?\d{7,8}$")
# A bulleted field value ending a line (• 新郑市卫生健康委员会 · • 应急 · • 2022-08-10: a portal's information table whose
# labels were lost, one value a bullet): the values are the table's, the next line (the page's title) no rest of them.
BULLET_VALUE_END = re.compile(r"[•·][ \u3000]*[^•·。，,；;：:！？!?\s]{1,30}$")
# A heading that ends with the count of the items under it (公园建设和环境提升(7项), 重点工作(共12项)): whole, as a title is;
# the project named on the next line is the first of its items, no rest of it.
COUNTED_HEADING_END = re.compile(r"[（(]共?\d{1,3}(?:项|個|个|条|條|件|类|類)[）)]$")
# A title printed without its issuer, whole on its line (关于加快推进…互认的通知): opens with 关于, no sentence's punctuation.
# Under a line that names no body and no title verb (a page's lead, a hijacked mirror's question line: 未提交…信息,之后为什么
# 会跳入登记时间) it starts a line of its own; a title wrapped before its 关于 (…人民政府办公室 ⏎ 关于…, …转发市政府 ⏎ 关于…)
# still goes on, and title_candidates joins its issuer block (C3).
HEADLESS_TITLE = re.compile(r"^(?:关于|關於|关於)[^。！？；!?;：:]{2,80}$")
SHORT_LINE = 20  # shorter unfinished lines are titles, headings or signatures, not broken paragraphs
HEADING_LINE = 50  # a labelled line up to this long without 。 is a heading, complete in itself


def _is_heading(line: str) -> bool:
    return match_label(line) is not None and len(line) <= HEADING_LINE and "。" not in line


def _names_issuer_and_type(line: str) -> bool:
    """A whole title that names its issuer (阿拉善盟行政公署办公室关于印发…的通知): it starts a line of its own, even
    under a line left unfinished (a 文库's file title above it, a title with a version note: …的通知(2019修订))."""
    about = TITLE_VERB.search(line)
    return (bool(about) and about.start() >= 2 and len(line) <= JOINED_COPY and "。" not in line
            and bool(ORGANISATION_END.search(line[:about.start()].strip()))
            and bool(TITLE_ENDING_RE.search(line.rstrip(TITLE_CLOSERS).replace(" ", ""))))


def _headless_title_under_a_lead(previous: str, line: str) -> bool:
    """Whether ``line`` is a whole title without its issuer (HEADLESS_TITLE, ending with a document type) under a line that
    is no part of a title: it names no body at its end and holds no title verb."""
    return (bool(HEADLESS_TITLE.match(line)) and bool(TITLE_ENDING_RE.search(_title_words(line)))
            and not TITLE_VERB.search(previous) and not ORGANISATION_END.search(previous.rstrip(" \u3000")))


def _opens_on_its_kind(previous: str, line: str) -> bool:
    """Whether ``line`` is a title of its kind alone (see KIND_ONLY_TITLE) under a line that leaves no title open."""
    return bool(KIND_ONLY_TITLE.match(line)) and not OPEN_TITLE_END.search(previous[-42:])


def _is_unit_cell(text: str) -> bool:
    """A cell listing units and nothing else (自然资源分局、生态环境分局、区发展改革局): whole in itself."""
    return all(part and is_organisation_line(UNIT_NOTE.sub("", part)) for part in UNIT_LIST_SEPARATOR.split(text))


def _is_table_unit_cell(text: str) -> bool:
    """A cell of a table's unit column (市直各单位, 市政府办公厅、市财政局): every part a unit's whole name, no company."""
    parts = UNIT_LIST_SEPARATOR.split(text)
    return all(part and len(part) <= 30 and looks_complete(part) and unit_kind(part) != "company" for part in parts)


# The end of a recipients line wrapped inside its last body's name: the rest of the name and the list's colon
# (…、經濟開發 ⏎ 區管委會:).
RECIPIENTS_TAIL = re.compile(r"^[^、,，;；。:：\s]{1,12}[：:]$")


def _finishes_a_recipient(previous: str, line: str) -> bool:
    """Whether ``line`` finishes the last body's name of a recipients list wrapped inside that name (各鄉鎮人民政府,…、
    經濟開發 ⏎ 區管委會:): the name is a body's only when joined."""
    if not RECIPIENTS_TAIL.match(line):
        return False
    last = LIST_PARTS.split(previous)[-1].strip()
    return bool(last) and not BODY_NAME_END.search(fold(last)) and bool(BODY_NAME_END.search(fold(last + line[:-1])))


def _title_words(line: str) -> str:
    """``line`` (a line's text, no line break in it) read as a title: without the 文号 and the page's note after it
    (SPACED_DOC_NUMBER, PAGE_TITLE_NOTE), its closing brackets and spaces, then the trailer it ends with (TITLE_TRAILER).
    Each pattern matches only at the line's end: it is tried only on a line ending as its match does (号, a bracket), not
    at each character of every line."""
    if line.endswith(("号", "號")):
        line = SPACED_DOC_NUMBER.sub("", line)
    if line.endswith((")", "）")):
        line = TRAILING_DATE_NUMBER.sub("", PAGE_TITLE_NOTE.sub("", line))
    line = line.rstrip(TITLE_CLOSERS).rstrip(" \u3000").replace(" ", "").replace("\u3000", "")
    return TITLE_TRAILER.sub("", line) if line.endswith((")", "）")) else line


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` (a page break or hard wrap between)."""
    if not previous or not line:
        return False
    if BARE_HEADING_LABEL.match(previous) and match_label(line) is None and not BLOCK_START.match(line) \
            and not DIGIT_CELL.match(line):
        return True  # a table copied one cell a line: the label's cell, then its heading's (二、 ⏎ 部门履职差异考核项目)
    if previous[-1] in PARAGRAPH_END or previous[-1] in TABLE_ROW_END:
        return False
    closed = previous.rstrip(SENTENCE_CLOSERS)
    if closed != previous and closed and closed[-1] in PARAGRAPH_END:
        return False  # a sentence closed inside its bracket or quote (…的余额。）)
    if TERM_SENTENCE.match(line) or DIGIT_CELL.match(line) or CONTENTS_HEADING.match(line):
        return False  # …; a contents heading (目录) under a bulletin's issue line heads a list of its own
    if NAME_CELL.match(line) and not ORGANISATION_END.search(line) and _is_unit_cell(previous):
        return False  # a unit cell, then a leader's name in the next column (…区发展改革局 ⏎ 冯冬昌)
    # a line ending with a document type (…的通知, …管理办法) is a whole title, never continued
    # (its type may be spaced out on a line of its own: …责任分解的⏎通 知; a site's (全文) after it: …规划纲要(全文); its own
    # 文号 after it: …的意见 国发 〔2011〕 35 号)
    if (len(previous) < SHORT_LINE or _is_heading(previous)
            or TITLE_ENDING_RE.search(_title_words(previous))):
        return False
    if match_label(line) or BARE_HEADING_LABEL.match(line) or BLOCK_START.match(line) or RED_HEADER.match(line) \
            or is_bare_recipients(previous) and not _finishes_a_recipient(previous, line) \
            or is_masthead(previous) or dated_issuer(previous) or starts_table_row(previous, line) \
            or _names_issuer_and_type(line) or _opens_on_its_kind(previous, line) or _headless_title_under_a_lead(previous, line):
        return False
    if CUT_AT_ABOUT.search(previous) and is_recipients_line(line):
        return False  # a title the copy cut after its 关于, over the recipients (…办公厅关于 ⏎ 各省、自治区、直辖市…局:)
    if number_date_note(previous) or is_printed_line(previous):
        return False  # a law site's (文号 date) note under the title, a 印发 line (文号 office day印发): header lines
    if FIELD_LINE.match(previous) and FIELD_LINE.match(line):
        return False
    if COUNTED_HEADING_END.search(previous) or (label := UNIT_LABEL_RE.match(previous)) and _is_unit_cell(previous[label.end():].strip()):
        return False  # …(7项) heads its items; 协办单位: 新区审计局、…、马田办事处 ends on a whole unit (a heading below starts anew)
    if "\u4e00" <= line[0] <= "\u9fff" and not CJK.search(previous):
        return False  # a paragraph all in Latin script (a 文库 page's English title) is not the Chinese line's start
    if (URL_END.search(previous) or PHONE_END.search(previous) or BULLET_VALUE_END.search(previous)) \
            and "\u4e00" <= line[0] <= "\u9fff":
        return False
    if is_organisation_row(previous) and (is_organisation_row(line) or BARE_SIGNATURE_DATE.match(line)):
        return False  # joint issuers signing one or two a line, and their date that lost its 年月日 (… 安徽省宗教局办公室 ⏎ 202131)
    if is_cut_link_line(previous, line):
        return False  # a link's title the page cut after its inner title (…印发《X》的), a headline under it
    # site chrome and information-table lines stand alone (checked last: the costliest test)
    return not (is_wrapper_line(previous) or is_wrapper_line(line))


class _Paragraph:
    """A paragraph being built from lines, without copying it at every line added."""

    # ``continues`` looks at the start (a label) and the end (punctuation, a title word) of the
    # paragraph and at its length only up to HEADING_LINE: its first and last PROBE_CHARS
    # characters decide as well as the whole.
    PROBE_CHARS = 64

    def __init__(self, line: str, origin: list[int], level: int = 0):
        self.pieces, self.origin, self.length = [line], list(origin), len(line)
        self.level = level  # the Markdown heading level of its line, 0 for none
        self.head, self.tail = line[:self.PROBE_CHARS], line[-self.PROBE_CHARS:]

    def add(self, line: str, origin: list[int]) -> None:
        self.pieces.append(line)
        self.origin.extend(origin)
        self.length += len(line)
        if len(self.head) < self.PROBE_CHARS:
            self.head = (self.head + line)[:self.PROBE_CHARS]
        self.tail = (self.tail + line)[-self.PROBE_CHARS:]

    def probe(self) -> str:
        """The paragraph itself when short, else its first and last PROBE_CHARS characters."""
        if self.length <= 2 * self.PROBE_CHARS:
            return "".join(self.pieces)
        return self.head + self.tail


def _lines(text: str, origin: list[int]):
    """(line, its origin, its Markdown heading level or 0) for every non-blank line, stripped."""
    start, marked = 0, "#" in text  # (a text without a # has no Markdown heading to look for on each line)
    for piece in text.split("\n"):
        end = start + len(piece)
        stripped = piece.strip(" \u3000")
        lead = len(piece) - len(piece.lstrip(" \u3000"))
        heading = MARKDOWN_HEADING.match(stripped) if marked else None
        if heading:
            lead += heading.end()
            stripped = stripped[heading.end():]
        if stripped:
            level = heading.group().count("#") if heading else 0
            yield stripped, origin[start + lead:start + lead + len(stripped)], level
        start = end + 1


def _is_signature_date(line: str) -> bool:
    return bool(SIGNATURE_DATE.match(line) or BARE_SIGNATURE_DATE.match(line))


def _opens_joint_signature(lines: list[tuple[str, list[int], int]], index: int) -> bool:
    """Whether line ``index`` is the first of joint issuers signing one a line over their date (中共永德县委办公室 ⏎
    永德县人民政府办公室 ⏎ 2021416): it stands alone, though the sentence above lost its 。 in the copy."""
    if not is_organisation_row(lines[index][0]):
        return False
    for below in range(index + 1, min(index + 1 + MAX_JOINT_ISSUERS, len(lines))):
        text = lines[below][0]
        if _is_signature_date(text):
            return below > index + 1
        if not is_organisation_row(text):
            return False
    return False


def join_paragraphs(text: str, origin: list[int]) -> tuple[str, list[int], list[int]]:
    """The text with one paragraph a line (lines a page break or hard wrap cut joined again, see ``continues``),
    its origin map, and the offsets of the paragraphs that were level-1 Markdown headings."""
    # A paragraph is kept as its lines and joined once at the end (joining line by line is
    # quadratic when thousands of lines continue each other); ``continues`` is shown its _probe.
    paragraphs: list[_Paragraph] = []
    lines = list(_lines(text, origin))
    standalone = False  # the paragraph before is a Markdown heading
    header_cells = header_cell_indexes([line for line, _, _ in lines])  # a table's header cells, one a line
    first_header_cell = min(header_cells, default=len(lines))
    for index, (line, line_origin, level) in enumerate(lines):
        heading = level > 0
        following = lines[index + 1][0] if index + 1 < len(lines) else ""
        # A line joins the paragraph above when that paragraph goes on in it (``continues``: asked first, since most
        # paragraphs end with their sentence and it answers them at once) and nothing makes the line stand alone: a
        # signature's date under it (the line above a date is a signature), a header cell, or the first of joint
        # signers; under a table's header copied one cell a line, a unit cell is a cell of its own, never the end of
        # the task cell above it (…接受新闻媒体和社会公众监督 ⏎ 市直各单位); 1总则 over 1.1制定目的 opens a plan's outline,
        # never the end of a title above it.
        if not heading and not standalone and paragraphs and continues(paragraphs[-1].probe(), line) \
                and not (_is_signature_date(following) or index in header_cells
                         or first_header_cell < index and _is_table_unit_cell(line) or _opens_joint_signature(lines, index)) \
                and not glued_outline_labels([line, following]):
            paragraphs[-1].add(line, line_origin)
        else:
            paragraphs.append(_Paragraph(line, line_origin, level))
        standalone = heading

    out_text, out_origin, title_headings, at = [], [], [], 0
    for index, paragraph in enumerate(paragraphs):
        if index:
            out_text.append("\n")
            out_origin.append(paragraph.origin[0] if paragraph.origin else 0)
            at += 1
        if paragraph.level == 1:
            title_headings.append(at)
        out_text.extend(paragraph.pieces)
        out_origin.extend(paragraph.origin)
        at += sum(map(len, paragraph.pieces))
    return "".join(out_text), out_origin, title_headings


EXAMPLES = {
    "CJK": Examples(match=("Research of关于",), no_match=("A Suzhou Institution",)),
    "PHONE_END": Examples(match=("歡迎,請登錄 傳真:0635-8336665 24H電話:0635-8681234", "联系电话:0571-87654321"),
                          no_match=("电话:12345", "联系电话:0571-87654321。", "2020年")),
    "BULLET_VALUE_END": Examples(match=("• 005299478/2022-00137 • 新郑市卫生健康委员会 • 2022-08-10", "• 应急"),
                                 no_match=("• 各单位要加强领导,", "加强领导•", "• 加强 领导")),
    "URL_END": Examples(match=("备注 http://www.smx.gov.cn/gk/xxgk03/xxgk0303/59576.htm", "来源:https://a.cn/x?id=1", "中金国研智库网 www.zjgyzk.cn"),
                        no_match=("备注 http://www.smx.gov.cn/ 各县人民政府", "请登录网站查询。")),
    "RECIPIENTS_TAIL": Examples(match=("區管委會:", "管委会："), no_match=("各乡镇、县直各单位：", "现将有关事项通知如下", "区管委会")),
    "MARKDOWN_HEADING": Examples(match=("# 中华人民共和国刑法修正案（七）", "## 第一章 总则"), no_match=("#标签", "一、总则")),
    "BLOCK_START": Examples(match=("附件：1.登记表", "抄送：市委办公室", "2020年2月12日", "二〇二〇年二月十二日印发", "国开发〔2020〕3号", "桂農廳發〔2022〕149號"),
                            no_match=("各乡镇人民政府：", "一、提高站位")),
    "TERM_SENTENCE": Examples(match=("政策自2018年1月1日起执行，有效期至2020年12月31日。", "本决定自公布之日起生效。", "本办法自2021年起施行"),
                              no_match=("个自信”、做到“两个维护”", "自2019年1月1日起停止执行。", "自5月1日起变更为：", "摘编自 中国人大网(2011年6月30日)")),
    "DIGIT_CELL": Examples(match=("2", "12", "3、", "2020年12月", "2021年6月底前", "2020年12月-2021年6月", "2022年"),
                           no_match=("5 个工作日内不能办结的", "2020年12月31日前完成。", "1 关于城市规划建设管理规定的通知", "2018525")),
    "NAME_CELL": Examples(match=("冯冬昌", "王强"), no_match=("冯冬昌。", "区农业农村局", "牵头负责全区的整治工作")),
    "UNIT_NOTE": Examples(match=("各镇政府(街道办事处)", "市教育局（牵头）"), no_match=("市教育局", "(一)加强")),
    "UNIT_LIST_SEPARATOR": Examples(match=("、", ",", "，"), no_match=("。", " ")),
    "COUNTED_HEADING_END": Examples(match=("光明新区2017年民生实事:公园建设和环境提升(7项)", "重点工作(共12项)"),
                                    no_match=("完成以下任务(一)", "各县(市", "建设7项")),
    "FIELD_LINE": Examples(match=("检查范围:消防易爆物品", "责任单位：县教育局"), no_match=("各乡镇要高度重视：", "（一）目标：")),
    "KIND_ONLY_TITLE": Examples(match=("放假通知", "紧急通知", "通知", "公告"), no_match=("的通知", "和通告", "关于放假的通知", "通知如下:")),
    "HEADLESS_TITLE": Examples(match=("关于加快推进“防疫健康信息码”跨地区互通互认的通知", "關於做好春節期間安全生產工作的通知"),
                               no_match=("关于做好防汛工作,各乡镇要高度重视。", "现将关于开展检查的通知如下", "关于下列事项:")),
    "CUT_AT_ABOUT": Examples(match=("食品药品监管总局办公厅关于", "某某县人民政府關於 "), no_match=("关于做好防汛工作", "关于印发方案的通知")),
    "OPEN_TITLE_END": Examples(match=("关于做好防汛工作", "…做好防汛工作的", "贯彻落实意见之"),
                               no_match=("以下有范文可供参考: 1 放假通知 一、中秋节: x月x日至x日放假调休,x天。 二",)),
    "BARE_SIGNATURE_DATE": Examples(match=("2018525", "2021.4.1", "2017 6 23", "202091"),
                                    no_match=("2018", "2018年5月25日", "13800001111", "202012", "20209")),
}
