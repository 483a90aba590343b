"""A copy whose lines were joined into long ones cut back into lines: a copy joined into one paragraph with a
space where each line ended (cut around its header elements), a 办法 joined without spaces (cut before its
articles), and a closing date glued to what stands before it.
"""

from __future__ import annotations

import re

from extractors.anchored_scan import finditer_after, finditer_at_first_characters
from extractors.lazy_patterns import compiled_later
from extractors.titles import TITLE_ENDING_RE
from extractors.vocab import Examples

from pipeline.document.dates import MONTH_SIGN
from pipeline.document.elements import BODY_NAME_END, ORGANISATION_END, RECIPIENTS_LINE, is_organisation_line as is_organisation_name
from pipeline.document.header_lines import is_doc_number_line
from pipeline.document.labels import chinese_to_int, match_label
from pipeline.document.offset_edits import break_lines_at

SIGNATURE_DATE = compiled_later(
    r"^(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*" + MONTH_SIGN
    + r"\s*[\d一二三四五六七八九十]{1,3}\s*日$")
TITLE_CLOSERS = "》〉>」』"  # a title printed in brackets: 《…的通知》 ends a title too
# A copy joined into one paragraph keeps a space where each line ended (title, recipients, body,
# signature date, 附:, the attached text's title …): a long line whose space-separated parts include
# two such elements is cut around them.
JOINED_COPY = 150  # shorter lines are a title or a sentence, never a whole copy
# A line of JOINED_COPY characters or more. Tried at the lines' starts only: unanchored, a shorter line is tried again at
# each of its characters (a match starts at a line's start either way).
LONG_LINE = compiled_later(r"(?m)^[^\n]{" + str(JOINED_COPY) + r",}")
SPACE_RUN = compiled_later(r"[ \u3000]+")
ATTACHED_MARK = compiled_later(r"^附(?:件)?[：:]$")
ATTACHMENT_START = compiled_later(r"^附件\s*\d{0,2}\s*[：:]")
TITLE_VERB = compiled_later("关于|關於|转发|印发|下发|下發")  # a headline's 下发 too: 安平县防汛抗旱指挥部紧急下发…的通知
# What a body's name then a date opens with (a necessary condition, tried as a look-ahead before the patterns below): a
# run of the name's characters (Han and brackets), the spaces the pattern allows after it, then the date's year in digits
# or in numerals with its 年. Without it each place tried runs every length of name against every ending of
# ORGANISATION_END before failing: most of the cost of these scans, at each sentence's or line's start.
NAME_RUN = r"[\u4e00-\u9fff（）()]*"
YEAR_START = r"(?:\d|[〇零○0O一二三四五六七八九]{4}\s*年)"
# A date glued to what stands before it on a 版记 line: the signing or printing body (桂东县人民政府办公室2017年5月27日
# 印发) or a note on how far the notice goes ((此件发至乡)    2017年6月13日). The date starts a line of its own.
GLUED_CLOSING_DATE = compiled_later(
    r"(?m)^(?=[（(]此件|" + NAME_RUN + r"[ \u3000]*" + YEAR_START + r")(?:[（(]此件[^）)\n]{1,12}[）)][ \u3000]*|[\u4e00-\u9fff（）()]{2,30}?" + ORGANISATION_END.pattern[:-1] + r"[ \u3000]*)"
    r"(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
    r"(?:\s*印发)?)[ \u3000]*(?:[|｜][ \u3000]*)?$")  # a table cell's right border after it (外国语学院党委 二0一五年十月八日 |)
# A signature's date glued after the last sentence of a paragraph by a space, ending the line or followed by the
# attachments printed after the signature (…报送市安委会办公室。 二○一○年一月十三日; …推荐表 二〇一〇年一月五日 附件1:):
# the issuer's name was lost with the line breaks, the date is the notice's own.
DATE_AFTER_SENTENCE = compiled_later(
    r"(?:[。；;]|[表单函]|\.xls|\.docx?)[ \u3000]+(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日)(?:[ \u3000]*$|[ \u3000]+(?P<attached>附件\s*\d{0,2}[:：]))", re.M)

FULL_DATE = r"(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
# What may follow a signature's date glued inside a line: the line's end, a note on how far the notice goes (此件公开发布)
# the page's chrome (扫一扫在手机打开当前页, a portal's labels and tools in 【】: 【相关附件】, 【打印本页】【关闭窗口】) or the
# attachment printed after the signature (…2025年1月7日附件中洲街道…方案为…) — never a sentence's words (2024年5月2日召开,
# 2024年5月2日前).
AFTER_SIGNATURE = r"(?P<after>[ \u3000]*(?:$|(?P<note>[（(]此[件页][^）)\n]{1,12}[）)])|扫一扫|【[\u4e00-\u9fff]{2,8}】|附件))"
# A signature glued after the last sentence of a copy that lost its line breaks: the signing body straight after the
# sentence's 。 and its date after it (…请结合实际认真贯彻落实。滨州市人民政府办公室2024年11月21日(此件公开发布)滨州市…).
SENTENCE_ENDS = "。！!"  # what a glued signature follows
SENTENCE_THEN_SIGNATURE = compiled_later(
    r"(?<=[" + SENTENCE_ENDS + r"])(?=" + NAME_RUN + YEAR_START + ")"
    + r"(?P<issuer>[\u4e00-\u9fff（）()]{2,30}?" + ORGANISATION_END.pattern[:-1] + r")(?P<date>" + FULL_DATE + ")"
    + AFTER_SIGNATURE, re.M)
# The same signature (or its date alone) with the text it issues glued after its date (…现印发给你们,请认真贯彻执行。荥阳市
# 人民政府办公室2015年11月16日荥阳市气象灾害应急预案1总则… · …请认真抓好落实。2022年4月14日包头市…考评办法一、…): what follows the date is cut off only when it opens with a title the notice named in
# 《》 before the signature (glued_signature_breaks), never with a sentence's words.
# Joint signers stand side by side, a space between (广西壮族自治区农业农村厅 广西壮族自治区财政厅2022年11月22日…); the title
# after the date may open with a year (…2023年4月26日2023年全市卫生健康工作要点…).
SIGNER = r"[\u4e00-\u9fff（）()]{2,30}?" + ORGANISATION_END.pattern[:-1]
SENTENCE_THEN_SIGNATURE_THEN_TEXT = compiled_later(
    r"(?<=[" + SENTENCE_ENDS + r"])(?=[\u4e00-\u9fff（）() \u3000]*" + YEAR_START + ")"
    + r"(?P<issuer>(?:" + SIGNER + r"[ \u3000]{1,4}){0,3}" + SIGNER + r")?(?P<date>" + FULL_DATE + ")"
    r"(?=\S)")
BRACKET_OPEN = compiled_later(r"[(（]")
ISSUED_TITLE_WORDS = 6  # characters at least of an issued title's words before its bracket
INNER_TITLE_MARKS = str.maketrans("〈〉", "《》")
NAMED_TITLE = compiled_later(r"《(?P<title>[^《》\n]{4,80})》")
NAMED_BEFORE = 3000  # characters before the signature in which the issued text's title is looked for
# A signature glued after the name of the attachment the notice closes with (…,附件:国务院办公厅…典型经验做法国务院办公厅
# 督查室2024年5月2日扫一扫…): where the signing body starts inside is told by its name's opening (see _signing_body_start).
ATTACHMENT_THEN_SIGNATURE = compiled_later(
    r"附件[ \u3000]*\d{0,2}[ \u3000]*[:：][ \u3000]*(?P<named>[^\n。，,；;：:]{8,100}?)(?P<date>" + FULL_DATE + ")" + AFTER_SIGNATURE, re.M)
ATTACHMENT_NAME = 4  # characters at least of the attachment's name before the signing body
NATIONAL_BODY = compiled_later(r"(?:国务院|国家|中共中央|全国|中华人民共和国|最高人民)")
# A local body's place name at its start: 宁波市 of 宁波市人民政府办公厅 (it must be printed in the text before as well).
PLACE_OPENING = compiled_later(r"[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗)")


def _is_header_element(part: str) -> bool:
    """A part of a joined copy that is a line of its own in the notice: a signature date, an 附: mark,
    a title (关于/转发/印发 … a document type), or a recipients list (各县、区人民政府,市政府各有关部门:)."""
    if SIGNATURE_DATE.match(part) or ATTACHED_MARK.match(part):
        return True
    if len(part) <= 150 and not re.search("[。，,；;]", part) and TITLE_VERB.search(part) \
            and TITLE_ENDING_RE.search(part.rstrip(TITLE_CLOSERS)):
        return True
    recipients = RECIPIENTS_LINE.match(part)
    if not recipients:
        return False
    names = re.split("[、，,]", recipients.group("body"))
    # (a list opening with a class of bodies and closing with a body's name is one too, whatever stands between:
    # 各省、自治區、直轄市林業廳(局),內蒙古吉林、龍江、大興安嶺森工(林業)集團公司,新疆生產建設兵團林業局:)
    return all(name.startswith("各") or BODY_NAME_END.search(name) for name in names) \
        or len(names) > 2 and names[0].startswith("各") and bool(BODY_NAME_END.search(names[-1]))


TITLE_PARTS = 3  # a title's lines a joined copy keeps apart by spaces, at most (关于明确…2023年 重点工作责任单位的通知)


def _title_over_parts(parts: list[str], elements: list[int]) -> list[int]:
    """The indexes of the parts that together print a title a joined copy broke where its lines broke (河南省人民政府 关于
    明确政府工作报告提出的2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将…): two or three parts, none a header element of
    its own, the first opening its subject with 关于/转发/印发 and the last closing on a document type, together a title
    line (see _is_header_element)."""
    for first, part in enumerate(parts):
        if first in elements or not TITLE_VERB.search(part):
            continue
        for last in range(first + 1, min(first + TITLE_PARTS, len(parts))):
            if last in elements:
                break
            if _is_header_element("".join(parts[first:last + 1])):
                return list(range(first, last + 1))
    return []


def _starts_a_line(part: str) -> bool:
    """A part of a joined copy (known to be one) that starts a line of the notice: a numbered item
    (1.总则, (1)以人为本), an 附件 line, or an organisation name (the signature above its date)."""
    return match_label(part) is not None or bool(ATTACHMENT_START.match(part)) or is_organisation_name(part)


def cut_joined_copy(line: str) -> list[int]:
    """Offsets in ``line`` of the spaces where a copy joined into one paragraph is cut back into its
    lines: before and after each header element (see _is_header_element), when it holds two."""
    if len(line) <= JOINED_COPY or " " not in line and "\u3000" not in line:
        return []
    spaces = list(SPACE_RUN.finditer(line))
    bounds = [0] + [space.end() for space in spaces]
    ends = [space.start() for space in spaces] + [len(line)]
    parts = [line[start:end] for start, end in zip(bounds, ends)]
    elements = [index for index, part in enumerate(parts) if _is_header_element(part) or is_doc_number_line(part)]
    elements += _title_over_parts(parts, elements)
    if len(elements) < 2:
        return []
    # in a joined copy, an item's label, the 附件 line and the signing body start lines of their own too
    elements += [index for index, part in enumerate(parts) if index not in elements and _starts_a_line(part)]
    cuts = {spaces[index - 1].start() for index in elements if index > 0}
    cuts |= {spaces[index].start() for index in elements if index < len(spaces)}
    # an item's label standing alone before its text (…辦法   第一章 總 則   第一條 為加強…): a line starts at the label
    cuts |= {spaces[index - 1].start() for index in range(1, len(parts) - 1)
             if index not in elements and _label_alone(parts[index], parts[index + 1])}
    return sorted(cuts)


def _label_alone(part: str, following: str) -> bool:
    """Whether ``part`` is an item's whole label, its text the part after it (第一條 before 為加強…)."""
    label = match_label(part + " " + following)
    return label is not None and label.text == part


# A 办法 whose lines were joined without spaces (a 文库 copy): …制定本办法。第二条市级储备… — an article or
# chapter that starts right after a full stop, or an article right after its chapter's heading
# (第一章总则第一条…), starts a line. Only in a line holding at least GLUED_ARTICLES of them.
GLUED_ARTICLE = compiled_later(
    r"(?:(?<=[。.．])|(?<=章[\u4e00-\u9fff]{2})|(?<=章[\u4e00-\u9fff]{3})|(?<=章[\u4e00-\u9fff]{4})"
    r"|(?<=章[ \u3000][\u4e00-\u9fff]{2})|(?<=章[ \u3000][\u4e00-\u9fff]{3})|(?<=章[ \u3000][\u4e00-\u9fff]{4}))"
    r"(?=第[一二三四五六七八九十百零]{1,5}[条條])"
    r"|(?<=[。.．])(?=第[一二三四五六七八九十百零]{1,5}章)"
    r"|(?=第[一二三四五六七八九十百零]{1,5}章[ \u3000]?[\u4e00-\u9fff]{2,4}[ \u3000]?第[一二三四五六七八九十百零]{1,5}[条條])"
)
GLUED_ARTICLES = 3
GLUED_ARTICLE_CLUE = compiled_later(r"[。.．]第|章[ \u3000]?[\u4e00-\u9fff]{2,8}[ \u3000]?第")  # what every glued article has before it
# The first article glued after the title or the date that opens a 办法 (…管理办法第一条 为了加强… · …委务会议通过)第一条 根据…):
# no full stop before it, so it starts a line only when the next article glued after a full stop follows it.
FIRST_ARTICLE = compiled_later(r"第[一1][条條]")
# A chapter's heading with its first article glued after it (第一章总则第一条为规范… · 第三章投资管理第七条… ·
# 第二章水价分类与构成第六条…), opening a line or run on after the sentence or the 《name》 before it (…制定的《城市供水价格管理
# 办法》第一章总则第一条为规范…): the copy lost the breaks around them, whatever the length of the line or the number of
# articles glued in it; the article starts a line of its own, as in a copy that keeps its breaks. A chapter's words stand
# between: a sentence citing an article names its chapter by number alone (依照第二章第四条的规定).
CHAPTER_THEN_ARTICLE = compiled_later(
    r"(?m)(?:^[ \u3000]*|(?<=[。》]))第[一二三四五六七八九十百零]{1,5}章[ \u3000]?(?:(?!的)[\u4e00-\u9fff]){2,8}[ \u3000]?"
    r"(?=第[一二三四五六七八九十百零]{1,5}[条條])")  # a heading's words, never a phrase's 的 (第一章规定的第三条)


# Any article, with where it stands: at a line's start (after its indent) or glued after a full stop (a sentence after it may
# name it: 第八条规定的…, 第八条所称…, no start of its own).
ARTICLE_AT = compiled_later(r"(?m)(?:^[ \u3000]*|(?P<glued>(?<=[。.．])))第(?P<n>[一二三四五六七八九十百零]{1,5})[条條]"
                            r"(?![ \u3000]?(?:规定|規定|所称|所稱))")


def break_glued_articles(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Line breaks inserted before the articles and chapters of a 办法 joined into one line."""
    if "第" not in text or not GLUED_ARTICLE_CLUE.search(text):
        return text, origin
    breaks = []
    for line in LONG_LINE.finditer(text):
        found = [m.start() for m in GLUED_ARTICLE.finditer(text, line.start(), line.end()) if m.start() > line.start()]
        if found and text.startswith(("第二条", "第二條"), found[0]):
            first = [m.start() for m in FIRST_ARTICLE.finditer(text, line.start(), found[0])]  # the nearest before it
            found = first[-1:] + found if first and first[-1] > line.start() else found
        if len(found) >= GLUED_ARTICLES:
            breaks += found
    breaks += [heading.end() for heading in CHAPTER_THEN_ARTICLE.finditer(text)]
    return break_lines_at(text, origin, breaks + _next_articles_glued(text, set(breaks)))


def _next_articles_glued(text: str, breaks: set[int]) -> list[int]:
    """Starts of the articles glued after a full stop that continue the count of the article before them (…支出。第八条
    中央水利建设基金不得用于… under 第七条, in a short line no other glued article shares): the copy lost the break
    before the next article; an article named out of its order (…。第五条规定的…, under 第七条) is a sentence's."""
    glued, last = [], None
    for found in ARTICLE_AT.finditer(text):
        number = chinese_to_int(found.group("n"))
        if found.group("glued") is not None and found.start() not in breaks:
            if number is None or last is None or number != last + 1:
                continue
            glued.append(found.start())
        last = number
    return glued


def cut_joined_copies(text: str) -> str:
    """The text with each joined copy's cut spaces turned into line breaks (lengths kept, so the
    origin map holds)."""
    # (only the lines long enough to be a joined copy are looked at, see cut_joined_copy)
    cuts = [line.start() + cut for line in LONG_LINE.finditer(text)
            for cut in cut_joined_copy(line.group())]
    if not cuts:
        return text
    chars = list(text)
    for cut in cuts:
        chars[cut] = "\n"
    return "".join(chars)



def _signing_body_start(text: str, named_at: int, date_at: int) -> int:
    """Where the signing body glued after an attachment's name starts (the first that leaves ATTACHMENT_NAME characters
    of the name before it): a national body's opening, or a place's name the text printed before the attachment; -1
    when none is (an attachment's name ending in a body's name with no date after it never comes here). An attachment the
    notice named in 《》 before ends where its name as named ends (…制定了《中洲街道…工作方案》,印发给你们…附件:中洲街道…工作方案
    阳江市江城区中洲街道办事处2025年1月7日)."""
    for named in NAMED_TITLE.finditer(text, max(0, named_at - NAMED_BEFORE), named_at):
        end = named_at + len(named.group("title"))
        if text.startswith(named.group("title"), named_at) and end < date_at and is_organisation_name(text[end:date_at]):
            return end
    for start in range(named_at + ATTACHMENT_NAME, date_at - 3):
        body = text[start:date_at]
        if not is_organisation_name(body):
            continue
        if NATIONAL_BODY.match(body):
            return start
        place = PLACE_OPENING.match(body)
        if place and place.group() in text[:named_at]:
            return start
    return -1


def _as_printed(title: str) -> list[str]:
    """A title named in 《》 as its own page prints it: as named, and with the 〈〉 of a title named inside it printed 《》
    (现将《昌吉州落实〈自治区…规划〉实施方案》印发 names the text printed 昌吉州落实《自治区…规划》实施方案)."""
    return [title, title.translate(INNER_TITLE_MARKS)] if "〈" in title else [title]


def _signature_before_issued_text(text: str) -> list[int]:
    """Breaks around a signature glued between the notice's last sentence and the text it issues, whose title the
    notice named in 《》 (SENTENCE_THEN_SIGNATURE_THEN_TEXT): before the signing body, its date, the title and, when
    the title is printed as named, the text after it. The title may be printed with its period's dash in another form
    ((2018—2020年) named, (2018-2020年) printed): its words before the bracket are enough to know it."""
    breaks = []
    for found in finditer_after(SENTENCE_THEN_SIGNATURE_THEN_TEXT, text, SENTENCE_ENDS):  # (its look-behind's marks)
        after = found.end("date")
        named = [title for m in NAMED_TITLE.finditer(text, max(0, found.start() - NAMED_BEFORE), found.start())
                 for title in _as_printed(m.group("title"))]
        whole = [title for title in named if text.startswith(title, after)]
        if whole or any(len(core := BRACKET_OPEN.split(title, 1)[0]) >= ISSUED_TITLE_WORDS and text.startswith(core, after)
                        for title in named):
            breaks += [at for at in (found.start("issuer"), found.start("date"), after) if at >= 0]
            breaks += [after + max(map(len, whole))] if whole else []
    return breaks


def glued_signature_breaks(text: str) -> list[int]:
    """Offsets where a signature glued inside a line (SENTENCE_THEN_SIGNATURE, ATTACHMENT_THEN_SIGNATURE) is cut into
    its lines: the signing body, its date, and what follows the date (a note, the printed text's title, the chrome)."""
    if "日" not in text:
        return []
    breaks = []
    for found in finditer_after(SENTENCE_THEN_SIGNATURE, text, SENTENCE_ENDS):  # (its look-behind's marks)
        breaks += [found.start("issuer"), found.start("date")]
        breaks += [found.end("date")] if found.group("after").strip() else []
        breaks += [found.end("note")] if found.group("note") and found.end("note") < len(text) and text[found.end("note")] != "\n" else []
    if "《" in text:
        breaks += _signature_before_issued_text(text)
    for found in ATTACHMENT_THEN_SIGNATURE.finditer(text):
        start = _signing_body_start(text, found.start("named"), found.start("date"))
        if start != -1:
            breaks += [start, found.start("date")] + ([found.end("date")] if found.group("after").strip() else [])
    return breaks


def break_glued_dates(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Line breaks inserted before a closing date glued to its 版记 line (GLUED_CLOSING_DATE) and before a
    signature's date glued after a sentence, with the attachments after it (DATE_AFTER_SENTENCE)."""
    if "日" not in text:
        return text, origin
    # (finditer itself: its time is in the issuer's words tried at each line's start, which finditer_after tries too)
    text, origin = break_lines_at(text, origin, [m.start("date") for m in GLUED_CLOSING_DATE.finditer(text)])
    glued = list(finditer_at_first_characters(DATE_AFTER_SENTENCE, text))  # (no prefix finditer scans for)
    return break_lines_at(text, origin, [m.start(group) for m in glued for group in ("date", "attached") if m.group(group)])


EXAMPLES = {
    "LONG_LINE": Examples(match=("各" * 150, "一、总体要求\n" + "各" * 200), no_match=("各" * 149, ("各" * 100 + "\n") * 3)),
    "GLUED_ARTICLE_CLUE": Examples(match=("办法。第二条", "第一章总则第一条", "第一章 总则第一条"), no_match=("第二条 为加强",)),
    "CHAPTER_THEN_ARTICLE": Examples(match=("第一章总则第一条为规范", "第三章投资管理第七条产业", "第二章 职责分工 第四条",
                                           "第二章水价分类与构成第六条", "管理办法》第一章总则第一条为规范"),
                                     no_match=("第一章总则", "依照第二章第四条的规定", "第一章规定的第三条")),
    "ARTICLE_AT": Examples(match=("第七条 用于", "  第八条 不得", "支出。第八条 中央"), no_match=("依照第五条", "。第八条规定的", "。第八条所称")),
    "FIRST_ARTICLE": Examples(match=("管理办法第一条 为了加强", "限時辦結制第一條"), no_match=("第十一条", "第一章")),
    "GLUED_ARTICLE": Examples(match=("制定本办法。第二条市级", "第一章总则第一条为加强", "第二章职费分工第四条", "的活动.第三条市级",
                                     "按時辦結。第六條", "第一章 总则第一条 为促进"),
                              no_match=("根据第五条规定", "第二条市级储备")),
    "ATTACHED_MARK": Examples(match=("附:", "附件："), no_match=("附件:1.登记表", "附则")),
    "ATTACHMENT_START": Examples(match=("附件:山福镇突发公共事件总体应急预案", "附件2：分工表"), no_match=("附则", "附件管理")),
    "TITLE_VERB": Examples(match=("兰州市人民政府办公厅转发省…的通知", "关于国务院联合督查组对我省专项行动督查情况的通报",
                                  "安平县防汛抗旱指挥部紧急下发撤离行洪区村庄四类人员的通知"),
                           no_match=("各市州人民政府:",)),
    "GLUED_CLOSING_DATE": Examples(match=("桂东县人民政府办公室2017年5月27日印发", "(此件发至乡)                  2017年6月13日",
                                           "县人大工作评议办公室 2018年8月21日", "外国语学院党委 二0一五年十月八日 |"),
                                    no_match=("2017年6月13日", "县政府于2017年6月13日印发", "桂东县人民政府办公室")),
    "DATE_AFTER_SENTENCE": Examples(match=("报送市政府办公厅和市安委会办公室。 二○一○年一月十三日", "2.全省高校后勤工作先进个人推荐表 二〇一〇年一月五日 附件1: 全省"),
                                    no_match=("于2010年2月15日前报送。", "工作。 2010年3月15日前报送材料", "会议定于 2010年1月5日 召开")),
    "SENTENCE_THEN_SIGNATURE": Examples(
        match=("认真贯彻落实。滨州市人民政府办公室2024年11月21日(此件公开发布)滨州市进一步完善", "做好工作。县政府办公室2020年3月1日",
               "特此通知。上海市财政局2022年7月22日【相关附件】", "请认真抓好落实。某镇人民政府2025年1月7日附件1:工作方案"),
        no_match=("认真贯彻落实。县政府办公室2024年11月21日召开会议", "认真贯彻落实。滨州市人民政府办公室 2024年11月21日前报送")),
    "SENTENCE_THEN_SIGNATURE_THEN_TEXT": Examples(
        match=("认真贯彻执行。荥阳市人民政府办公室2015年11月16日荥阳市气象灾害应急预案1总则", "请认真抓好落实。2022年4月14日包头市2022年",
               "请认真组织实施。广西壮族自治区农业农村厅 广西壮族自治区财政厅2022年11月22日广西壮族自治区高标准农田",
               "请认真贯彻执行。湖州市卫生健康委员会2023年4月26日2023年全市卫生健康工作要点"),
        no_match=("认真贯彻执行。荥阳市人民政府办公室2015年11月16日\n", "认真贯彻执行。荥阳市人民政府办公室2015年11月16日 ")),
    "BRACKET_OPEN": Examples(match=("(", "（"), no_match=("〔",)),
    "NAMED_TITLE": Examples(match=("现将《荥阳市气象灾害应急预案》印发给你们",), no_match=("《》", "《法》")),
    "ATTACHMENT_THEN_SIGNATURE": Examples(
        match=("附件:国务院办公厅优化营商环境专项督查发现的典型经验做法国务院办公厅督查室2024年5月2日扫一扫在手机打开当前页",
               "附件:中洲街道安全生产隐患排查整治专项行动工作方案阳江市江城区中洲街道办事处2025年1月7日附件中洲街道安全生产"),
        no_match=("附件:报名表请于2024年5月2日前报送", "附件:名单。县政府办公室2024年5月2日")),
    "NATIONAL_BODY": Examples(match=("国务院办公厅督查室", "国家卫生健康委员会办公厅"), no_match=("宁波市人民政府",)),
    "PLACE_OPENING": Examples(match=("宁波市人民政府办公厅", "泾县人民政府"), no_match=("国务院办公厅",)),
    "SIGNATURE_DATE": Examples(match=("二〇一一年十月二十七日", "二○○九年六月十五日", "2016年5月28日", "2020 年 2 月 12 日"),
                               no_match=("2020年2月12日印发", "2016年5月28日前", "2016年5月")),
    "SPACE_RUN": Examples(match=("关于印发…的通知 各县(市、区)人民政府", "　　各乡镇"), no_match=("国开发〔2020〕3号",)),
}
