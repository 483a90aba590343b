"""Normalise extracted text and keep a map back to source offsets.

Steps: invisible characters out, full-width letters and digits to ASCII, converter markup out
(markdown headings and bold, rules, ``[bookmark: …]``), lines stripped, blank lines dropped, and
paragraphs broken by a page break or a hard wrap joined again. The result has one paragraph per
line; ``origin[i]`` is the source offset of normalised character ``i``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.titles import TITLE_ENDING_RE
from extractors.vocab import Examples

from pipeline.document.elements import (
    ORGANISATION_END, BODY_NAME_END, RECIPIENTS_LINE, RED_HEADER, is_bare_recipients, is_organisation_line as is_organisation_name,
    is_masthead, is_organisation_row,
)
from pipeline.document.glued import glued_copy_breaks, spaced_first_heading_breaks, spaced_next_item_breaks
from pipeline.document.labels import OUTLINE_NOT_HEADING, match_label, starts_table_row
from pipeline.document.page_header import continuation_breaks, glued_page_headers
from pipeline.document.spam import slogan_breaks
from pipeline.document.wrapper import is_wrapper_line

INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\t]")
# Question marks a copy put for spaces it could not encode (non-breaking spaces saved as ?), at a line's
# start before its text: ???(一)第一检查督导组 · ??四、检查督导要求. Dropped, so the label starts the line.
LOST_SPACES = re.compile(r"(?m)^[ \u3000]{0,4}\?{1,8}(?=[\u4e00-\u9fff（(【〔“]|\d{4}年)")
CONVERTER_MARKUP = re.compile(
    r"\[bookmark:[^\]\n]{0,200}\]"  # [bookmark: _GoBack] left by docx → markdown converters
    r"|\*\*|__"  # **bold**
    r"|^[ \u3000]*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \u3000]*$"  # --- rules
    r"|^[ \u3000]*/?(?:p|br|div|span)>[ \u3000]*$",  # a tag that lost its <: /p> on a line of its own
    re.M,
)
# A paragraph that ends with one of these is complete; anything else may continue on the next line.
# A 文库 copy whose paragraph marks (¶) came out as the Cyrillic letter Р between sentences:
# …乱停乱放。Р四、实施步骤Р第一阶段… — each is a line break.
LOST_PARAGRAPH_MARK = re.compile(r"(?<=[\u4e00-\u9fff。！？：；…”）)、,，.:;])Р(?=[\u4e00-\u9fff（(“【〔\d])")
PARAGRAPH_END = "。！？：；…!?:;"
# A line ending in a cell border is a row of a table copied as text (索引号: | … | 发布机构: | … |, a
# title cell: …的通知 |): whole, never continued by the next line.
TABLE_ROW_END = "|｜"
# Lines that always start something new, even after an unfinished line.
BLOCK_START = re.compile(
    r"^(?:附件|抄送|抄报|联系人|联系电话|电话|传真|邮箱|电子邮箱|地址|邮编|责任单位|牵头单位|配合单位|（此件|\(此件|主题词|签发人)"
    r"|^(?:\d{4}|[〇零○0O一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日(?:印发)?$"
    r"|^[\u4e00-\u9fff]{1,12}[〔\[［（(﹝【]\s*(?:19|20)\d{2}\s*[〕\]］）)﹞】]\s*\d+\s*[号號]$"
)
# Spam a copy glued before a line's text, ending in a link: 沈阳白癜风医院 http://baidianfeng.39.net/西平县…的通知.
GLUED_LINK = re.compile(r"(?m)^[^\n]{0,30}?https?://[!-~]{4,120}/(?=[\u4e00-\u9fff])")
# A field of a record printed one a line (责任领导：… ⏎ 责任单位：… ⏎ 检查范围：…): after a field line, a line
# opening with its own short label and colon is the next field, not the rest of a wrapped value.
FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
# A Markdown heading (# 标题): a whole line, never joined to its neighbours.
# Pinyin glosses a mirror site printed after traditional characters: 辦發(fā), 專(zhuān).
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
# Glosses without tone marks (政(zheng)府(fu), 區(qu)(qu)): a pinyin syllable, initial and final, in
# half-width brackets after a character. Removed only from a text holding at least GLOSSED_TEXT of
# them: one such bracket alone may be a real note, a mirror that glosses glosses everywhere.
TONELESS_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff)])\((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)\)")
GLOSSED_TEXT = 3
# HTML markup left in a copied text (a site's export of its database field): <p style="…">, <br/>,
# <strong>. Block tags end a line, inline tags go; entities of spaces become spaces. Tag names are
# ASCII, so a nested title <政府工作报告> is never one.
HTML_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|tr|h[1-6]|table|section|article)(?:\s[^<>\n]{0,300})?/?>", re.I)
HTML_INLINE_TAG = re.compile(r"</?(?:span|strong|b|i|em|u|font|a|img|ul|ol|td|th|tbody|thead|sup|sub)(?:\s[^<>\n]{0,300})?/?>", re.I)
HTML_SPACE = re.compile(r"&(?:nbsp|ensp|emsp|#160|#12288);", re.I)
MARKED_UP = 3  # tags a text holds before it is read as markup
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \u3000]+")
SIGNATURE_DATE = re.compile(
    r"^(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$")
# A signature's date that lost its 年月日 in the copy (2018525, 2021.4.1): the line above it stands alone too.
BARE_SIGNATURE_DATE = re.compile(r"^(?:19|20)\d{2}(?:[ \u3000./-]+\d{1,2}[ \u3000./-]+\d{1,2}|\d{3,4})$")
TITLE_CLOSERS = "》〉>」』"  # a title printed in brackets: 《…的通知》 ends a title too
# A copy joined into one paragraph keeps a space where each line ended (title, recipients, body,
# signature date, 附:, the attached text's title …): a long line whose space-separated parts include
# two such elements is cut around them.
JOINED_COPY = 150  # shorter lines are a title or a sentence, never a whole copy
SPACE_RUN = re.compile(r"[ \u3000]+")
ATTACHED_MARK = re.compile(r"^附(?:件)?[：:]$")
ATTACHMENT_START = re.compile(r"^附件\s*\d{0,2}\s*[：:]")
TITLE_VERB = re.compile("关于|關於|转发|印发")
# A date glued to what stands before it on a 版记 line: the signing or printing body (桂东县人民政府办公室2017年5月27日
# 印发) or a note on how far the notice goes ((此件发至乡)    2017年6月13日). The date starts a line of its own.
GLUED_CLOSING_DATE = re.compile(
    r"(?m)^(?:[（(]此件[^）)\n]{1,12}[）)][ \u3000]*|[\u4e00-\u9fff（）()]{2,30}?" + ORGANISATION_END.pattern[:-1] + r"[ \u3000]*)"
    r"(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
    r"(?:\s*印发)?)[ \u3000]*$")
# A signature's date glued after the last sentence of a paragraph by a space, ending the line or followed by the
# attachments printed after the signature (…报送市安委会办公室。 二○一○年一月十三日; …推荐表 二〇一〇年一月五日 附件1:):
# the issuer's name was lost with the line breaks, the date is the notice's own.
DATE_AFTER_SENTENCE = re.compile(
    r"(?:[。；;]|[表单函]|\.xls|\.docx?)[ \u3000]+(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日)(?:[ \u3000]*$|[ \u3000]+(?P<attached>附件\s*\d{0,2}[:：]))", re.M)
SHORT_LINE = 20  # shorter unfinished lines are titles, headings or signatures, not broken paragraphs
HEADING_LINE = 50  # a labelled line up to this long without 。 is a heading, complete in itself

EXAMPLES = {
    "PAGE_CHUNK": Examples(match=("1、镇容和环境卫生集中整治方案", "3、。占道经营,所有临"), no_match=("一、总体要求", "(1)加强领导", "12.加强")),
    "GLUED_LABEL": Examples(match=("一、时间及阶段划分", "1、无乱停乱靠", "3、《条例》"), no_match=("1、2", "十一", "第1、2条")),
    "LOST_PARAGRAPH_MARK": Examples(match=("乱停乱放。Р四、实施步骤", "考核验收阶段Р各单位"), no_match=("РФ", "Р-1型")),
    "PINYIN_GLOSS": Examples(match=("黔府辦發(fā)〔2012〕", "財政專(zhuān)項"), no_match=("附件(a)", "PM(2.5)", "方案(试行)")),
    "TONELESS_GLOSS": Examples(match=("人民政(zheng)府", "自治區(qu)(qu)", "戰略(lve)", "壯(zhuang)族"),
                               no_match=("附件(A)", "(SO2)", "方案(试行)", "(2023—2025年)", "Word(docx)")),
    "HTML_BLOCK_TAG": Examples(match=("<p>", '<p style="text-align: right;">', "<br/>", "</p>", "<BR>"),
                               no_match=("<政府工作报告>", "<span>", "<广东省打赢蓝天保卫战实施方案>")),
    "HTML_INLINE_TAG": Examples(match=("<strong>", "</strong>", '<span style="font-size:16px">', "<b>"),
                                no_match=("<p>", "<政府工作报告>")),
    "HTML_SPACE": Examples(match=("&nbsp;", "&emsp;"), no_match=("&amp;", "nbsp")),
    "GLUED_ARTICLE_CLUE": Examples(match=("办法。第二条", "第一章总则第一条"), no_match=("第二条 为加强",)),
    "GLUED_ARTICLE": Examples(match=("制定本办法。第二条市级", "第一章总则第一条为加强", "第二章职费分工第四条", "的活动.第三条市级"),
                              no_match=("根据第五条规定", "第二条市级储备")),
    "MARKDOWN_HEADING": Examples(match=("# 中华人民共和国刑法修正案（七）", "## 第一章 总则"), no_match=("#标签", "一、总则")),
    "ATTACHED_MARK": Examples(match=("附:", "附件："), no_match=("附件:1.登记表", "附则")),
    "ATTACHMENT_START": Examples(match=("附件:山福镇突发公共事件总体应急预案", "附件2：分工表"), no_match=("附则", "附件管理")),
    "TITLE_VERB": Examples(match=("兰州市人民政府办公厅转发省…的通知", "关于国务院联合督查组对我省专项行动督查情况的通报"),
                           no_match=("各市州人民政府:",)),
    "BLOCK_START": Examples(match=("附件：1.登记表", "抄送：市委办公室", "2020年2月12日", "二〇二〇年二月十二日印发", "国开发〔2020〕3号", "桂農廳發〔2022〕149號"),
                            no_match=("各乡镇人民政府：", "一、提高站位")),
    "INVISIBLE": Examples(match=("\ufeff关于印发", "各乡镇\u200b人民政府", "\x0c"), no_match=("\u3000\u3000各乡镇", "\n")),
    "GLUED_LINK": Examples(match=("沈阳白癜风医院 http://baidianfeng.39.net/西平县防汛抗旱指挥部关于…的通知",),
                           no_match=("原文链接:https://www.pkulaw.com/lar/b64c.html", "详见http://www.gov.cn/ 。")),
    "FIELD_LINE": Examples(match=("检查范围:消防易爆物品", "责任单位：县教育局"), no_match=("各乡镇要高度重视：", "（一）目标：")),
    "LOST_SPACES": Examples(match=("???(一)第一检查督导组", "??四、检查督导要求", "??2018年5月14日"), no_match=("落落???来源", "?")),
    "ODD_SPACES": Examples(match=("国开发\u00a0〔2020〕", "\t牵头单位"), no_match=("\u3000\u3000各乡镇", "关于 印发")),
    "CONVERTER_MARKUP": Examples(match=("[bookmark: _GoBack]", "**一、总体要求**", "---", "　***　", "/p>"),
                                 no_match=("*注：", "2021-2025年", "——")),
    "WORD_GLUED_PAREN_LABEL": Examples(match=("责任部门:建工科、安全站、质监站(二)小街巷专项整治", "实施专项整治工作(一)建筑施工场地"),
                                        no_match=("具备以下条件:(一)留学人员", "提高认识;(二)加强领导")),
    "INLINE_CHUNK_NUMBER": Examples(match=("實現50公里3、飛行半徑", "2、-市綜合"), no_match=("第1条", "1.总则")),
    "SPACED_OUTLINE_LABEL": Examples(match=("邮箱:snsfb@163.com 1 总 则", "。 1.2 编制依据 根据"), no_match=("共 3 个", "2019 年", "第1.2条")),
    "SPACED_PAREN_LABEL": Examples(match=("三、有关要求 (一)高度重视", "和督查工作。 (二)明确责任"), no_match=("要求:(一)高度重视", "工作。(二)明确")),
    "HEADING_BEFORE_RUN": Examples(match=("[接上页] 三、有关要求 ",), no_match=("三、有关要求 ", "要求如下: 三、有关要求,请 ")),
    "SPACED_YAO_LABEL": Examples(match=("有關要求如下: 一要凝聚共識抓落實。", "抓落實。 二要壓實責任抓落實"),
                                  no_match=("要求:一是加强领导", "一是加强领导,二是落实责任")),
    "GLUED_CLOSING_DATE": Examples(match=("桂东县人民政府办公室2017年5月27日印发", "(此件发至乡)                  2017年6月13日",
                                           "县人大工作评议办公室 2018年8月21日"),
                                    no_match=("2017年6月13日", "县政府于2017年6月13日印发", "桂东县人民政府办公室")),
    "DATE_AFTER_SENTENCE": Examples(match=("报送市政府办公厅和市安委会办公室。 二○一○年一月十三日", "2.全省高校后勤工作先进个人推荐表 二〇一〇年一月五日 附件1: 全省"),
                                    no_match=("于2010年2月15日前报送。", "工作。 2010年3月15日前报送材料", "会议定于 2010年1月5日 召开")),
    "BARE_SIGNATURE_DATE": Examples(match=("2018525", "2021.4.1", "2017 6 23"), no_match=("2018", "2018年5月25日", "13800001111")),
    "SIGNATURE_DATE": Examples(match=("二〇一一年十月二十七日", "二○○九年六月十五日", "2016年5月28日", "2020 年 2 月 12 日"),
                               no_match=("2020年2月12日印发", "2016年5月28日前", "2016年5月")),
    "SPACE_RUN": Examples(match=("关于印发…的通知 各县(市、区)人民政府", "　　各乡镇"), no_match=("国开发〔2020〕3号",)),
    "FULL_WIDTH_ALNUM": Examples(match=("国开发〔２０２０〕３号", "ＰＭ２.５"), no_match=("（一）", "，")),
}


def _is_header_element(part: str) -> bool:
    """A part of a joined copy that is a line of its own in the notice: a signature date, an 附: mark,
    a title (关于/转发/印发 … a document type), or a recipients list (各县、区人民政府,市政府各有关部门:)."""
    if SIGNATURE_DATE.match(part) or ATTACHED_MARK.match(part):
        return True
    if len(part) <= 150 and not re.search("[。，,；;]", part) and TITLE_VERB.search(part) \
            and TITLE_ENDING_RE.search(part.rstrip(TITLE_CLOSERS)):
        return True
    recipients = RECIPIENTS_LINE.match(part)
    return bool(recipients) and all(
        name.startswith("各") or BODY_NAME_END.search(name) for name in re.split("[、，,]", recipients.group("body")))


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
    elements = [index for index, part in enumerate(parts) if _is_header_element(part)]
    if len(elements) < 2:
        return []
    # in a joined copy, an item's label, the 附件 line and the signing body start lines of their own too
    elements += [index for index, part in enumerate(parts) if index not in elements and _starts_a_line(part)]
    cuts = {spaces[index - 1].start() for index in elements if index > 0}
    cuts |= {spaces[index].start() for index in elements if index < len(spaces)}
    return sorted(cuts)


# A 办法 whose lines were joined without spaces (a 文库 copy): …制定本办法。第二条市级储备… — an article or
# chapter that starts right after a full stop, or an article right after its chapter's heading
# (第一章总则第一条…), starts a line. Only in a line holding at least GLUED_ARTICLES of them.
GLUED_ARTICLE = re.compile(
    r"(?:(?<=[。.．])|(?<=章[\u4e00-\u9fff]{2})|(?<=章[\u4e00-\u9fff]{3})|(?<=章[\u4e00-\u9fff]{4}))"
    r"(?=第[一二三四五六七八九十百零]{1,5}条)"
    r"|(?<=[。.．])(?=第[一二三四五六七八九十百零]{1,5}章)"
    r"|(?=第[一二三四五六七八九十百零]{1,5}章[\u4e00-\u9fff]{2,4}第[一二三四五六七八九十百零]{1,5}条)"
)
GLUED_ARTICLES = 3
GLUED_ARTICLE_CLUE = re.compile(r"[。.．]第|章[\u4e00-\u9fff]{2,4}第")  # what every glued article has before it


def _break_glued_articles(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Line breaks inserted before the articles and chapters of a 办法 joined into one line."""
    if "第" not in text or not GLUED_ARTICLE_CLUE.search(text):
        return text, origin
    breaks = []
    for line in re.finditer(r"[^\n]{" + str(JOINED_COPY) + r",}", text):
        found = [m.start() for m in GLUED_ARTICLE.finditer(text, line.start(), line.end()) if m.start() > line.start()]
        if len(found) >= GLUED_ARTICLES:
            breaks += found
    return _break_lines_at(text, origin, breaks)


# A 文库 copy cut into page chunks, each a long line numbered 1、 2、 3、 at its start whatever it begins
# with (2、段。第三阶段… continues the chunk before): the numbers are the site's, not the notice's.
PAGE_CHUNK = re.compile(r"(?m)^(?P<n>[1-9][0-9]?)、(?P<rest>[^\n]*)")
# A heading label glued inside a long line after a sentence's end (…方案为:一、时间及阶段划分…。二、责任区域
# 划分.三、整治要求…), or the first of its run anywhere (…及标准1、无乱停乱靠。2、无乱贴乱画。).
GLUED_LABEL = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3}|[1-9][0-9]?)、(?=[\u4e00-\u9fff“《])")
GLUED_LABEL_RUN = 3  # labels of one style counting up from 一 or 1 inside a line, at least
# 一要/一是 headings whose line breaks became spaces (…有關要求如下: 一要凝聚共識抓落實。… 二要壓實責任…): each after a
# colon or a sentence's end and a space. Without the space they are an enumeration inside a paragraph, not items.
# （一）（二）（三） headings of a copy that lost every line break (a 文库 template: …牵头领导:阮斌副局长责任部门:建工科、
# 安全站、质监站(二)小街巷专项整治…): each glued straight after a word, with a whole item between. After punctuation
# (；（二）…) they are an enumeration inside a paragraph.
WORD_GLUED_PAREN_LABEL = re.compile(r"(?<=[\u4e00-\u9fff”])[（(](?P<n>[一二三四五六七八九十])[）)](?=[\u4e00-\u9fff])")
GLUED_ITEM = 20  # characters at least between two such labels
# A plan's outline numbers whose line breaks became spaces (…邮箱:snsfb@163.com 1 总 则 1.1 编制目的 为主动预防…。 1.2
# 编制依据 根据…): each after a space, before a heading. Only a run counting on in outline order is cut.
SPACED_OUTLINE_LABEL = re.compile(rf"(?<=[ \u3000])(?P<n>[1-9][0-9]?(?:\.[1-9][0-9]?){{0,2}})[ \u3000]+(?=(?![{OUTLINE_NOT_HEADING}])[\u4e00-\u9fff])")
# （一）（二） headings whose line breaks became spaces: each after a space, the later ones after a sentence's end
# and a space (三、有关要求 (一)高度重视,加强领导。… (二)明确责任…).
SPACED_PAREN_LABEL = re.compile(r"(?<=[ \u3000])[（(](?P<n>[一二三四五六七八九十])[）)](?=[\u4e00-\u9fff])")
# The short heading such a run follows, itself after a space: … 三、有关要求 (一)…
HEADING_BEFORE_RUN = re.compile(r"[ \u3000](?P<h>[一二三四五六七八九十]{1,3}、[^\s。，,；;：:]{1,20})[ \u3000]+$")
SPACED_YAO_LABEL = re.compile(r"(?<=[。：:；;！？!?])[ \u3000]+(?P<n>[一二三四五六七八九十])(?:要|是)(?=[\u4e00-\u9fff“])")
SENTENCE_END = "。.．:：；;！？!?"


def _drop_page_chunk_numbers(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The text without a 文库 copy's page-chunk numbers (1、 2、 3、 starting its long lines in turn, the
    last chunk maybe short), each chunk after the first joined to the one before: a page's end cuts
    words (第二阶 / 2、段。), not paragraphs."""
    found = list(PAGE_CHUNK.finditer(text))
    numbers = [int(m.group("n")) for m in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) \
            or any(len(m.group("rest")) < JOINED_COPY for m in found[:-1]):
        return text, origin
    pieces, origins, last = [], [], 0
    for m in found:
        cut = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "\n" and m is not found[0] else m.start()
        pieces.append(text[last:cut])
        origins += origin[last:cut]
        last = m.start("rest")
    pieces.append(text[last:])
    origins += origin[last:]
    return "".join(pieces), origins


PAGE_CHUNK_SPAN = 200  # characters at least between two page-chunk numbers that fell inside one line
INLINE_CHUNK_NUMBER = re.compile(r"(?P<n>[1-9][0-9]?)、")


def _drop_inline_chunk_numbers(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """A 文库 copy whose page chunks were joined into one line numbered 1、 at its start, 2、 3、 … falling inside
    it a page apart, one of them at least in the middle of a sentence (…實現50公里3、飛行半徑…): the numbers go,
    and a heading label after a sentence's end in that line (…制定如下行動計劃。一、總體要求…) starts a line."""
    cuts, breaks = [], []
    for line in re.finditer(r"(?m)^1、[^\n]{" + str(2 * PAGE_CHUNK_SPAN) + r",}", text):
        inner, last = [], line.start()
        for m in INLINE_CHUNK_NUMBER.finditer(text, line.start() + 2, line.end()):
            if int(m.group("n")) == len(inner) + 2 and m.start() - last >= PAGE_CHUNK_SPAN:
                inner.append(m)
                last = m.start()
        if len(inner) >= 2 and any(text[m.start() - 1] not in SENTENCE_END for m in inner):
            cuts += [(line.start(), line.start() + 2)] + [(m.start(), m.end()) for m in inner]
            breaks += [m.start() for m in GLUED_LABEL.finditer(text, line.start() + 2, line.end())
                       if not m.group("n").isdigit() and text[m.start() - 1] in SENTENCE_END]
    if not cuts:
        return text, origin
    pieces, origins, last = [], [], 0
    for start, end in sorted(cuts + [(at, at) for at in breaks]):
        pieces.append(text[last:start])
        origins += origin[last:start]
        if start == end:  # a line break before a heading label
            pieces.append("\n")
            origins.append(origin[start])
        last = end
    pieces.append(text[last:])
    origins += origin[last:]
    return "".join(pieces), origins


def _label_number(label: str) -> int:
    return int(label) if label.isdigit() else "一二三四五六七八九十".index(label[0]) + 1 if len(label) == 1 else 0


def _glued_label_breaks(line: str, offset: int) -> list[int]:
    """Offsets where runs of glued heading labels start (see GLUED_LABEL) in one long line."""
    breaks = []
    for digits in (False, True):
        run, expected = [], 1
        for m in GLUED_LABEL.finditer(line):
            if m.group("n").isdigit() != digits or _label_number(m.group("n")) != expected:
                continue
            # after a sentence's end, maybe with the spaces a lost line break left (…落实到位。 二、参加范围)
            if expected > 1 and line[:m.start()].rstrip(" \u3000")[-1:] not in tuple(SENTENCE_END):
                continue
            run.append(m.start())
            expected += 1
        if len(run) >= GLUED_LABEL_RUN:
            breaks += [offset + at for at in run if at > 0]
    breaks += _word_glued_runs(line, offset) + _spaced_outline_run(line, offset)
    run = []  # SPACED_PAREN_LABEL counting up from （一）
    for m in SPACED_PAREN_LABEL.finditer(line):
        if _label_number(m.group("n")) == len(run) + 1 and (not run or line[:m.start()].rstrip(" \u3000")[-1:] in SENTENCE_END):
            run.append(m.start())
        elif _label_number(m.group("n")) == 1:
            run = [m.start()]
    if len(run) >= GLUED_LABEL_RUN:
        breaks += [offset + at for at in run]
        heading = HEADING_BEFORE_RUN.search(line[:run[0]])  # …[接上页] 三、有关要求 (一)…: its heading starts a line too
        if heading:
            breaks.append(offset + heading.start("h"))
    spaced = [m for m in SPACED_YAO_LABEL.finditer(line)]
    numbers = [_label_number(m.group("n")) for m in spaced]
    if len(spaced) >= GLUED_LABEL_RUN and numbers == list(range(1, len(spaced) + 1)):
        breaks += [offset + m.start("n") for m in spaced]
    return breaks


def _follows_in_outline(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """1 → 1.1 (a first child), 1.1 → 1.2 (the next sibling), 1.3 → 2 or 2.1 → 3 (the next at a level above)."""
    if number == previous + (1,):
        return True
    depth = len(number)
    return depth <= len(previous) and number[:-1] == previous[:depth - 1] and number[-1] == previous[depth - 1] + 1


def _spaced_outline_run(line: str, offset: int) -> list[int]:
    """Offsets of a run of SPACED_OUTLINE_LABEL in outline order, at least GLUED_LABEL_RUN long, a dotted one among them."""
    run, previous = [], ()
    for m in SPACED_OUTLINE_LABEL.finditer(line):
        number = tuple(int(part) for part in m.group("n").split("."))
        if not run and number in ((1,), (1, 1)) or run and _follows_in_outline(previous, number):
            run.append(m.start())
            previous = number
    dotted = any("." in m.group("n") for m in SPACED_OUTLINE_LABEL.finditer(line))
    return [offset + at for at in run] if len(run) >= GLUED_LABEL_RUN and dotted else []


def _word_glued_runs(line: str, offset: int) -> list[int]:
    """Offsets of runs of WORD_GLUED_PAREN_LABEL counting up from （一）, at least GLUED_LABEL_RUN long."""
    breaks, run = [], []
    for m in list(WORD_GLUED_PAREN_LABEL.finditer(line)) + [None]:
        number = _label_number(m.group("n")) if m else 0
        if m and number == len(run) + 1 and (not run or m.start() - run[-1] >= GLUED_ITEM):
            run.append(m.start())
            continue
        if len(run) >= GLUED_LABEL_RUN:
            breaks += [offset + at for at in run]
        run = [m.start()] if m and number == 1 else []
    return breaks


def _break_glued_labels(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Line breaks inserted before the heading labels of a copy glued into long lines."""
    breaks = []
    for line in re.finditer(r"[^\n]{" + str(JOINED_COPY) + r",}", text):
        breaks += _glued_label_breaks(line.group(), line.start())
    return _break_lines_at(text, origin, breaks)


def _cut_joined_copies(text: str) -> str:
    """The text with each joined copy's cut spaces turned into line breaks (lengths kept, so the
    origin map holds)."""
    if not any(cut_joined_copy(line) for line in text.split("\n")):
        return text
    out = []
    for line in text.split("\n"):
        chars = list(line)
        for cut in cut_joined_copy(line):
            chars[cut] = "\n"
        out.append("".join(chars))
    return "\n".join(out)


@dataclass
class Normalised:
    text: str
    origin: list[int]  # source offset of every character of text
    # Offsets in ``text`` of the lines that were level-1 Markdown headings (# 标题): a copy's
    # explicit statement of its title (legal-database exports, laws in Markdown).
    title_headings: list[int] = field(default_factory=list)
    page_issuers: list[str] = field(default_factory=list)  # issuers of page headers cut from paragraphs (page_header)

    def source_offset(self, offset: int) -> int:
        if not self.origin:
            return 0
        return self.origin[min(offset, len(self.origin) - 1)]


# Full-width digits and Latin letters (０-９ Ａ-Ｚ ａ-ｚ) to ASCII; full-width punctuation stays.
FOLD_WIDTH = {code: code - 0xFEE0 for block in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
              for code in range(block[0], block[1] + 1)}
FULL_WIDTH_ALNUM = re.compile("[" + "".join(map(chr, FOLD_WIDTH)) + "]")  # what FOLD_WIDTH folds


def _break_lines_at(text: str, origin: list[int], breaks: list[int]):
    """A line break inserted before each offset of ``breaks`` in text and its origin map together
    (the break maps to the character it stands before)."""
    if not breaks:
        return text, origin
    pieces, origins, last = [], [], 0
    for at in sorted(set(breaks)):
        pieces += [text[last:at], "\n"]
        origins += origin[last:at] + [origin[at]]
        last = at
    pieces.append(text[last:])
    origins += origin[last:]
    return "".join(pieces), origins


def _substitute(text: str, origin: list[int], pattern: re.Pattern, replacement: str):
    """Apply ``pattern.sub(replacement)`` to text and its origin map together."""
    pieces, origins, last = [], [], 0
    for found in pattern.finditer(text):
        pieces.append(text[last:found.start()])
        origins.extend(origin[last:found.start()])
        pieces.append(replacement)
        origins.extend([origin[found.start()] if found.start() < len(origin) else 0] * len(replacement))
        last = found.end()
    pieces.append(text[last:])
    origins.extend(origin[last:])
    return "".join(pieces), origins


def _is_heading(line: str) -> bool:
    return match_label(line) is not None and len(line) <= HEADING_LINE and "。" not in line


def _names_issuer_and_type(line: str) -> bool:
    """A whole title that names its issuer (阿拉善盟行政公署办公室关于印发…的通知): it starts a line of its own, even
    under a line left unfinished (a 文库's file title above it, a title with a version note: …的通知(2019修订))."""
    about = TITLE_VERB.search(line)
    return (bool(about) and about.start() >= 2 and len(line) <= JOINED_COPY and "。" not in line
            and bool(ORGANISATION_END.search(line[:about.start()].strip()))
            and bool(TITLE_ENDING_RE.search(line.rstrip(TITLE_CLOSERS).replace(" ", ""))))


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` (a page break or hard wrap between)."""
    if not previous or not line or previous[-1] in PARAGRAPH_END or previous[-1] in TABLE_ROW_END:
        return False
    # a line ending with a document type (…的通知, …管理办法) is a whole title, never continued
    # (its type may be spaced out on a line of its own: …责任分解的⏎通 知)
    if (len(previous) < SHORT_LINE or _is_heading(previous)
            or TITLE_ENDING_RE.search(previous.rstrip(TITLE_CLOSERS).rstrip(" \u3000").replace(" ", "").replace("\u3000", ""))):
        return False
    if match_label(line) or BLOCK_START.match(line) or RED_HEADER.match(line) or is_bare_recipients(previous) \
            or is_masthead(previous) or starts_table_row(previous, line) \
            or _names_issuer_and_type(line):
        return False
    if FIELD_LINE.match(previous) and FIELD_LINE.match(line):
        return False
    if is_organisation_row(previous) and is_organisation_row(line):
        return False  # joint issuers signing one or two a line
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
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        stripped = piece.strip(" \u3000")
        lead = len(piece) - len(piece.lstrip(" \u3000"))
        heading = MARKDOWN_HEADING.match(stripped)
        if heading:
            lead += heading.end()
            stripped = stripped[heading.end():]
        if stripped:
            level = heading.group().count("#") if heading else 0
            yield stripped, origin[start + lead:start + lead + len(stripped)], level
        start = end + 1


def normalise(raw: str) -> Normalised:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    origin = list(range(len(raw)))
    if len(text) != len(raw):  # \r\n collapsed: rebuild the map
        origin, position = [], 0
        while position < len(raw):
            origin.append(position)
            position += 2 if raw.startswith("\r\n", position) else 1
    text, origin = _substitute(text, origin, INVISIBLE, "")
    text, origin = _substitute(text, origin, ODD_SPACES, " ")
    if "?" in text:
        text, origin = _substitute(text, origin, LOST_SPACES, "")
    if "://" in text:
        text, origin = _substitute(text, origin, GLUED_LINK, "")
    if FULL_WIDTH_ALNUM.search(text):  # rare: a scan is much cheaper than the translation
        text = text.translate(FOLD_WIDTH)
    text, origin = _substitute(text, origin, CONVERTER_MARKUP, "")
    if "Р" in text:
        text, origin = _substitute(text, origin, LOST_PARAGRAPH_MARK, "\n")
    if "<" in text and len(HTML_BLOCK_TAG.findall(text, 0, 20000)) + len(HTML_INLINE_TAG.findall(text, 0, 20000)) >= MARKED_UP:
        text, origin = _substitute(text, origin, HTML_BLOCK_TAG, "\n")
        text, origin = _substitute(text, origin, HTML_INLINE_TAG, "")
        text, origin = _substitute(text, origin, HTML_SPACE, " ")
    if "(" in text:
        text, origin = _substitute(text, origin, PINYIN_GLOSS, "")
        if len(TONELESS_GLOSS.findall(text, 0, 20000)) >= GLOSSED_TEXT:
            text, origin = _substitute(text, origin, TONELESS_GLOSS, "")
    text, origin = _break_lines_at(text, origin, slogan_breaks(text))
    page_headers = glued_page_headers(text) if "文件" in text else []
    for header in reversed(page_headers):
        text, origin = text[:header.start] + text[header.end:], origin[:header.start] + origin[header.end:]
    text = _cut_joined_copies(text)
    text, origin = _break_lines_at(text, origin, glued_copy_breaks(text) + spaced_first_heading_breaks(text)
                                      + spaced_next_item_breaks(text))
    if "日" in text:
        text, origin = _break_lines_at(text, origin, [m.start("date") for m in GLUED_CLOSING_DATE.finditer(text)])
        glued = list(DATE_AFTER_SENTENCE.finditer(text))
        text, origin = _break_lines_at(text, origin, [m.start(group) for m in glued for group in ("date", "attached") if m.group(group)])
    text, origin = _break_glued_articles(text, origin)
    if "、" in text:
        text, origin = _drop_page_chunk_numbers(text, origin)
        text, origin = _drop_inline_chunk_numbers(text, origin)
    if "、" in text or SPACED_YAO_LABEL.search(text) or WORD_GLUED_PAREN_LABEL.search(text) or SPACED_OUTLINE_LABEL.search(text) \
            or SPACED_PAREN_LABEL.search(text):
        text, origin = _break_glued_labels(text, origin)
    if "上" in text:  # after the glued labels' breaks: the line a continuation mark opens is then the mark's paragraph
        text, origin = _break_lines_at(text, origin, continuation_breaks(text))

    # A paragraph is kept as its lines and joined once at the end (joining line by line is
    # quadratic when thousands of lines continue each other); ``continues`` is shown its _probe.
    paragraphs: list[_Paragraph] = []
    lines = list(_lines(text, origin))
    standalone = False  # the paragraph before is a Markdown heading
    for index, (line, line_origin, level) in enumerate(lines):
        heading = level > 0
        following = lines[index + 1][0] if index + 1 < len(lines) else ""
        if SIGNATURE_DATE.match(following) or BARE_SIGNATURE_DATE.match(following) or heading or standalone:
            paragraphs.append(_Paragraph(line, line_origin, level))  # a signature: the line above a date stands alone
        elif paragraphs and continues(paragraphs[-1].probe(), line):
            paragraphs[-1].add(line, line_origin)
        else:
            paragraphs.append(_Paragraph(line, line_origin))
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
    return Normalised("".join(out_text), out_origin, title_headings, [header.issuer for header in page_headers])
