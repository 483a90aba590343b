"""Normalise extracted text and keep a map back to source offsets.

Steps: invisible characters out, full-width letters and digits to ASCII, a badly mapped font's characters restored
(``font_glyphs``) and a transcription's marks (``spaced_text``), converter markup out
(markdown headings and bold, rules, ``[bookmark: …]``), HTML markup and pinyin glosses a copy left in
its text out (``html_markup``, ``pinyin_glosses``), a 范文 site's number after a copy's title out (``copy_numbers``), a letter-spaced body's name joined (``spaced_names``), lines a copy
glued together cut apart again
(``joined_copy``, ``glued``, ``glued_labels``, ``page_chunks``, ``page_header``, ``spam``), lines stripped,
blank lines dropped, and paragraphs broken by a page break or a hard wrap joined again
(``broken_paragraphs``). The result has one paragraph per line; ``origin[i]`` is the source offset of
normalised character ``i``; every step edits text and map together (``offset_edits``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.anchored_scan import finditer_at_first_characters
from extractors.vocab import Examples

from pipeline.document.announced import announced_list_breaks
from pipeline.document.beside_name import body_beside_name_breaks
from pipeline.document.broken_paragraphs import join_paragraphs
from pipeline.document.copy_numbers import drop_copy_numbers
from pipeline.document.font_glyphs import restore_mismapped_glyphs
from pipeline.document.glued import (
    abstract_label_breaks, glued_copy_breaks, glued_first_paren_breaks, glued_header_breaks, glued_opening_breaks,
    masthead_header_breaks, preamble_close_heading_breaks,
    recipients_opening_breaks, spaced_first_heading_breaks, spaced_item_breaks, spaced_next_item_breaks, titled_date_breaks,
    titled_info_line_breaks, trailing_first_paren_breaks,
)
from pipeline.document.glued_crumbs import glued_crumb_breaks
from pipeline.document.glued_fields import glued_field_breaks
from pipeline.document.glued_labels import break_glued_labels
from pipeline.document.glued_recipients import glued_recipients_breaks
from pipeline.document.glued_table_rows import glued_table_row_breaks
from pipeline.document.html_markup import drop_html_markup
from pipeline.document.joined_copy import break_glued_articles, break_glued_dates, cut_joined_copies, glued_signature_breaks
from pipeline.document.offset_edits import break_lines_at, substitute
from pipeline.document.page_chunks import drop_inline_chunk_numbers, drop_page_chunk_numbers
from pipeline.document.page_header import continuation_breaks, glued_page_headers
from pipeline.document.pinyin_glosses import drop_pinyin_glosses
from pipeline.document.spaced_names import join_spaced_body_names
from pipeline.document.spaced_text import join_letter_spaced_lines, restore_transcription_marks
from pipeline.document.spam import FORUM_JAMMER_RUN, forum_jammer_runs, slogan_breaks

INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Emoji a spam copy scatters through the text, between a label's number and its 、 too (1🏄🏼♀️、学生须到…, 2☝、因故…,
# 教职工🍫:): no part of any word, dropped with the skin tones, variation selectors, joiners and symbols they head (🏄🏼♀️,
# 🧑🏽🚒), as are a symbol in emoji presentation (♀️, ⬅️: its U+FE0F) and the pointing hands and gender signs. Read before
# INVISIBLE takes a joiner out of a sequence. Circled numbers (①, U+2460…) and ★ alone are not emoji here.
EMOJI = re.compile("[\U0001F000-\U0001FAFF](?:[\U0001F3FB-\U0001F3FF\ufe0f\u200d]|[\u2600-\u27bf\u2b00-\u2bff]\ufe0f?)*"
                   "|[\u2600-\u27bf\u2b00-\u2bff]\ufe0f|[\u261a-\u261f\u2640\u2642]")
# The characters an emoji of EMOJI starts with: a scan for one of them is a fifth of the cost of EMOJI's own scan of a
# text that has none (most texts).
EMOJI_START = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27bf\u2b00-\u2bff]")
ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\t]")
# Marks a copying site scattered through the text to defeat scrapers, after words and inside names and
# labels (各省@@、自治区@@、直辖市人民政府@@ · 一@@、总体要求@@ · 二@@十@@@@大精神): no part of any word, dropped. A
# run of two or more; one @ (an e-mail address) stays, and so does a run inside an ASCII word.
SCRAPER_MARKS = re.compile(r"@{2,}(?![A-Za-z0-9])|(?<![A-Za-z0-9])@{2,}")
# Question marks a copy put for spaces it could not encode (non-breaking spaces saved as ?), at a line's
# start before its text: ???(一)第一检查督导组 · ??四、检查督导要求 · a signature's indent, spaces left among
# them (????…??? ?泰州市人民政府, ????…? 2018年12月24日) · a blank line saved as ? alone. Dropped, so the label,
# the signature or the date starts the line (the signature is read only from a line that is its name).
LOST_SPACES = re.compile(r"(?m)^[ \u3000]{0,4}(?:\?[ \u3000]{0,2}){1,60}(?=[\u4e00-\u9fff（(【〔“]|\d{4}年|$)")
CONVERTER_MARKUP = re.compile(
    r"\[bookmark:[^\]\n]{0,200}\]"  # [bookmark: _GoBack] left by docx → markdown converters
    # **bold**; not a year's masked digits (市委办〔20**〕91号), nor a run of three or more, a site's mask over a name or a
    # number (****高速公路养护责任有限公司, 4376****, 负责人:***), which Markdown's bold marks never make
    r"|(?<![\d*])\*\*(?!\*)|(?<!\d)__"
    r"|^[ \u3000]*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \u3000]*$"  # --- rules
    r"|^[ \u3000]*/?(?:p|br|div|span)>[ \u3000]*$",  # a tag that lost its <: /p> on a line of its own
    re.M,
)
# What every match of CONVERTER_MARKUP holds, one of them at least: looked for first, since the pattern's own scan of a
# text with none (most texts) tries each of its branches at every character.
CONVERTER_MARKS = ("[bookmark:", "**", "__", "---", "===", "p>", "br>", "div>", "span>")
# The mark an index of periodicals (CNKI and the sites that copy it) puts before an abstract taken from the text's
# own opening words (<正>市民发[2021]105号各区县民政局…:为深入贯彻…): no part of the text, dropped.
ABSTRACT_BODY_MARK = re.compile(r"[<＜〈]正[>＞〉]")
# A 文库 copy whose paragraph marks (¶) came out as the Cyrillic letter Р between sentences:
# …乱停乱放。Р四、实施步骤Р第一阶段… — each is a line break.
LOST_PARAGRAPH_MARK = re.compile(r"(?<=[\u4e00-\u9fff。！？：；…”）)、,，.:;])Р(?=[\u4e00-\u9fff（(“【〔\d])")
# Spam a copy glued before a line's text, ending in a link: 沈阳白癜风医院 http://baidianfeng.39.net/西平县…的通知.
GLUED_LINK = re.compile(r"(?m)^[^\n]{0,30}?https?://[!-~]{4,120}/(?=[\u4e00-\u9fff])")

# Full-width digits and Latin letters (０-９ Ａ-Ｚ ａ-ｚ) to ASCII; full-width punctuation stays.
FOLD_WIDTH = {code: code - 0xFEE0 for block in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
              for code in range(block[0], block[1] + 1)}
FULL_WIDTH_ALNUM = re.compile("[" + "".join(map(chr, FOLD_WIDTH)) + "]")  # what FOLD_WIDTH folds

# A breadcrumb copied as a numbered list (1. 首页 / 2. 信息公开 / 3. 政策法规 / 4. 县规范性文...): a list whose first
# item is the site's home page is its navigation, not the notice's items; joined back into the one breadcrumb line
# it was (首页 > 信息公开 > …), which the wrapper reads as chrome.
NUMBERED_BREADCRUMB = re.compile(r"(?m)^[ \u3000]*1[.．、][ \u3000]*(?:网站首页|首页|首頁|網站首頁)[ \u3000]*"
                                 r"(?:\n[ \u3000]*(?:[2-9]|1\d)[.．、][ \u3000]*[^\n。，,；;:：]{1,20})+$")
BREADCRUMB_ITEM_BREAK = re.compile(r"\n[ \u3000]*\d{1,2}[.．、][ \u3000]*")
BREADCRUMB_FIRST_LABEL = re.compile(r"^[ \u3000]*1[.．、][ \u3000]*")

EXAMPLES = {
    "NUMBERED_BREADCRUMB": Examples(match=("1. 首页\n  2. 信息公开\n  3. 政策法规\n  4. 县规范性文...",),
                                    no_match=("1. 首页建设要简洁\n2. 栏目设置要合理。", "1. 总则\n2. 组织机构")),
    "BREADCRUMB_ITEM_BREAK": Examples(match=("\n  2. 信息公开",), no_match=("\n二、信息公开",)),
    "BREADCRUMB_FIRST_LABEL": Examples(match=("1. 首页",), no_match=("首页",)),
    "ABSTRACT_BODY_MARK": Examples(match=("<正>市民发[2021]105号各区县民政局", "摘要:＜正＞为加强"), no_match=("正文", "<正文>", "正>")),
    "LOST_PARAGRAPH_MARK": Examples(match=("乱停乱放。Р四、实施步骤", "考核验收阶段Р各单位"), no_match=("РФ", "Р-1型")),
    "INVISIBLE": Examples(match=("\ufeff关于印发", "各乡镇\u200b人民政府", "\x0c"), no_match=("\u3000\u3000各乡镇", "\n")),
    "GLUED_LINK": Examples(match=("沈阳白癜风医院 http://baidianfeng.39.net/西平县防汛抗旱指挥部关于…的通知",),
                           no_match=("原文链接:https://www.pkulaw.com/lar/b64c.html", "详见http://www.gov.cn/ 。")),
    "LOST_SPACES": Examples(match=("???(一)第一检查督导组", "??四、检查督导要求", "??2018年5月14日", "????????????? ?泰州市人民政府",
                                   "????????? 2018年12月24日", "?"), no_match=("落落???来源", "?1", "?? 1、")),
    "EMOJI": Examples(match=("1🏄🏼♀\ufe0f、学生", "教职工🍫:", "两系🧑🏽🚒", "2☝、因故", "除外⬅\ufe0f,"),
                      no_match=("①加强领导", "★重点", "（一）", "㈠")),
    "EMOJI_START": Examples(match=("🏄", "☝", "⬅\ufe0f", "♀"), no_match=("①", "（一）", "㈠")),
    "ODD_SPACES": Examples(match=("国开发\u00a0〔2020〕", "\t牵头单位"), no_match=("\u3000\u3000各乡镇", "关于 印发")),
    "CONVERTER_MARKUP": Examples(match=("[bookmark: _GoBack]", "**一、总体要求**", "---", "　***　", "/p>"),
                                 no_match=("*注：", "2021-2025年", "——", "市委办〔20**〕91号", "****高速公路养护责任有限公司", "负责人:***”")),
    "FULL_WIDTH_ALNUM": Examples(match=("国开发〔２０２０〕３号", "ＰＭ２.５"), no_match=("（一）", "，")),
    "SCRAPER_MARKS": Examples(match=("各省@@、自治区@@", "一@@、总体要求@@", "二@@十@@@@大精神"),
                              no_match=("gjsgh@gpnu.edu.cn", "a@@b", "@")),
}


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


def normalise(raw: str) -> Normalised:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    origin = list(range(len(raw)))
    if len(text) != len(raw):  # \r\n collapsed: rebuild the map
        origin, position = [], 0
        while position < len(raw):
            origin.append(position)
            position += 2 if raw.startswith("\r\n", position) else 1
    if EMOJI_START.search(text) and EMOJI.search(text):
        text, origin = substitute(text, origin, EMOJI, "")
    text, origin = substitute(text, origin, INVISIBLE, "")
    text, origin = substitute(text, origin, ODD_SPACES, " ")
    if "@@" in text:
        text, origin = substitute(text, origin, SCRAPER_MARKS, "")
    if "?" in text:
        text, origin = substitute(text, origin, LOST_SPACES, "")
    if " " in text and (jammer := forum_jammer_runs(text)):  # a forum's anti-scraping strings (spam.FORUM_JAMMER_RUN)
        text, origin = substitute(text, origin, FORUM_JAMMER_RUN, "", jammer)
    if "://" in text:
        text, origin = substitute(text, origin, GLUED_LINK, "")
    if FULL_WIDTH_ALNUM.search(text):  # rare: a scan is much cheaper than the translation
        text = text.translate(FOLD_WIDTH)
    text = restore_mismapped_glyphs(text)  # one character for one: the map stays
    text = restore_transcription_marks(text)  # so too
    if any(mark in text for mark in CONVERTER_MARKS):
        text, origin = substitute(text, origin, CONVERTER_MARKUP, "", finditer_at_first_characters(CONVERTER_MARKUP, text))
    if "正" in text:
        text, origin = substitute(text, origin, ABSTRACT_BODY_MARK, "")
    if "Р" in text:
        text, origin = substitute(text, origin, LOST_PARAGRAPH_MARK, "\n")
    if "首" in text:
        text, origin = join_numbered_breadcrumbs(text, origin)
    text, origin = drop_html_markup(text, origin)
    text, origin = drop_pinyin_glosses(text, origin)
    text, origin = drop_copy_numbers(text, origin)  # after the glosses: the title line it closes is then whole
    text, origin = break_lines_at(text, origin, slogan_breaks(text))
    page_headers = glued_page_headers(text) if "文件" in text else []
    for header in reversed(page_headers):
        text, origin = text[:header.start] + text[header.end:], origin[:header.start] + origin[header.end:]
    if text.count(" ") >= 40:  # a PDF transcription's line, a space after every character (spaced_text)
        text, origin = join_letter_spaced_lines(text, origin)
    text, origin = join_spaced_body_names(text, origin)  # before a joined copy is cut at its spaces (国  务  院)
    text = cut_joined_copies(text)
    text, origin = break_lines_at(text, origin, glued_signature_breaks(text))  # first: the printed text's title then starts a line
    # a page's tools, database fields and stamps glued around the header's elements: these then open and close lines
    text, origin = break_lines_at(text, origin, glued_field_breaks(text))
    text, origin = break_lines_at(text, origin, glued_copy_breaks(text) + spaced_first_heading_breaks(text)
                                     + spaced_next_item_breaks(text) + glued_first_paren_breaks(text) + abstract_label_breaks(text)
                                     + glued_opening_breaks(text) + preamble_close_heading_breaks(text) + titled_info_line_breaks(text)
                                     + spaced_item_breaks(text) + trailing_first_paren_breaks(text) + titled_date_breaks(text)
                                     + recipients_opening_breaks(text) + announced_list_breaks(text) + masthead_header_breaks(text)
                                     + body_beside_name_breaks(text) + glued_table_row_breaks(text))
    text, origin = break_glued_dates(text, origin)
    text, origin = break_glued_articles(text, origin)
    if "、" in text:
        text, origin = drop_page_chunk_numbers(text, origin)
        text, origin = drop_inline_chunk_numbers(text, origin)
    text, origin = break_lines_at(text, origin, glued_crumb_breaks(text))
    text, origin = break_lines_at(text, origin, glued_header_breaks(text))
    text, origin = break_lines_at(text, origin, glued_recipients_breaks(text))  # after the header's other parts are cut
    text, origin = break_glued_labels(text, origin)
    # again on the lines the glued labels started: a heading found there may carry its （一） glued after its words
    text, origin = break_lines_at(text, origin, glued_first_paren_breaks(text))
    # after the glued labels' breaks: the line a continuation mark opens is then the mark's paragraph (its words searched
    # first: 接上页, 续上页 and their variants)
    if "接上" in text or "续上" in text or "續上" in text:
        text, origin = break_lines_at(text, origin, continuation_breaks(text))
    text, origin, title_headings = join_paragraphs(text, origin)
    return Normalised(text, origin, title_headings, [header.issuer for header in page_headers])


def join_numbered_breadcrumbs(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Each breadcrumb copied as a numbered list (see NUMBERED_BREADCRUMB) as one line: 首页 > 信息公开 > …"""
    pieces, origins, last = [], [], 0
    for found in NUMBERED_BREADCRUMB.finditer(text):
        run, run_origin = substitute(found.group(), origin[found.start():found.end()], BREADCRUMB_ITEM_BREAK, " > ")
        run, run_origin = substitute(run, run_origin, BREADCRUMB_FIRST_LABEL, "")
        pieces += [text[last:found.start()], run]
        origins += origin[last:found.start()] + run_origin
        last = found.end()
    return "".join(pieces) + text[last:], origins + origin[last:]
