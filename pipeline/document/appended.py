"""Where a copying site's own material appended under a notice begins: encyclopedia entries on the places the
notice names (趙縣位于華北平原中南部,…縣域總面積675平方公里… / 無極縣位于河北省中部,…郵編:052460。代碼:130130。區號:0311。
拼音:WujiXian), printed by an exam or news site after a naming notice. Their figures (area, population, villages,
postcode) are the site's, not the notice's; what is read from the notice stops above them.

The form: the page's last lines, each an entry's lead sentence (a place, then 位于 or 地处: how an encyclopedia opens
its article on a place), about two or more places, or one entry carrying the fields of a gazetteer's infobox (邮编:,
代码:, 区号:, 拼音:). A notice's own words on a place (二、基本情况 / 沁县位于上党盆地北部, 我乡位于…) stand under its
heading and describe one place; an attachment (附件：各县基本情况) is the notice's and is never cut."""

from __future__ import annotations

import re

from extractors.fold import fold
from extractors.vocab import Examples

from pipeline.document.labels import match_label
from pipeline.document.lines import Line
from pipeline.document.tail import ATTACHMENT_LINE, ATTACHMENT_MARK

# An encyclopedia article's lead sentence on a place, on folded text: the place's name, then where it lies (a notice's
# own 我县位于, 本市地处 speaks of itself).
ENTRY_LEAD = re.compile(r"^[|｜ \u3000]*(?![我本全该各此][县市区旗州盟镇乡])(?P<place>[\u4e00-\u9fff]{1,10}?(?:自治县|自治州|自治旗|县|市|区|旗|州|盟|镇|乡))"
                        r"(?:位于|地处)")
# A field of a gazetteer's infobox on a place, with its value (邮编:052460, 区号:0311, 拼音:WujiXian): a notice
# writes its own postcode on a contact line, never beside a place's dialling code and pinyin.
GAZETTEER_FIELD = re.compile(r"(?:邮编|邮政编码|区号|电话区号|行政代码|区划代码|代码|拼音)[ \u3000]*[:：][ \u3000]*[0-9A-Za-z]")
# A line holding only a table's cell border between the entries.
CELL_BORDER = re.compile(r"^[|｜ \u3000]*$")

EXAMPLES = {
    "ENTRY_LEAD": Examples(match=("赵县位于华北平原中南部,距省会石家庄市区30公里", "无极县位于河北省中部,太行山山前平原", "| 雄县地处冀中平原",
                                  "恩施土家族苗族自治州位于湖北省西南部"),
                           no_match=("各县要位于前列", "一、赵县位于华北平原", "我县位于上党盆地北部", "县城位于", "位于县城的企业")),
    "GAZETTEER_FIELD": Examples(match=("邮编:052460", "区号:0311", "拼音:WujiXian", "代码：130130"),
                                no_match=("邮编", "拼音输入", "区号与电话", "代码审查")),
    "CELL_BORDER": Examples(match=("|", " ｜ ", ""), no_match=("| 赵县 |",)),
}
LEAD_PREFIX = 20  # the place and 位于 stand within the line's first characters: only they are folded
INFOBOX_FIELDS = 2  # one entry with so many fields of an infobox is an encyclopedia's, even alone
ENTRY_PLACES = 2  # entries on so many different places, one after another at the page's end, are a site's list


def _entry(text: str) -> tuple[str, int] | None:
    """(place, count of infobox fields) of an encyclopedia entry's line, None for any other line."""
    found = ENTRY_LEAD.match(fold(text[:LEAD_PREFIX]))
    return (found["place"], len(GAZETTEER_FIELD.findall(fold(text)))) if found else None


def appended_entries_start(lines: list[Line]) -> int:
    """The first line of a site's encyclopedia entries closing the page (see the module's note); len(lines) when
    there are none, or when they stand under a heading or an attachment of the notice."""
    index, places, fields = len(lines), set(), 0
    while index > 0 and (CELL_BORDER.match(lines[index - 1].text)
                         or (entry := _entry(lines[index - 1].text)) is not None):
        if not CELL_BORDER.match(lines[index - 1].text):
            places.add(entry[0])
            fields = max(fields, entry[1])
        index -= 1
    if index == 0 or index == len(lines) or (len(places) < ENTRY_PLACES and fields < INFOBOX_FIELDS):
        return len(lines)  # no notice above them, no entries, or one place described without an infobox
    above = lines[index - 1].text.strip()
    if match_label(above) is not None and "。" not in above:
        return len(lines)  # a heading of the notice's own (二、各县基本情况) over its words on each place
    if any(ATTACHMENT_LINE.match(line.text.strip()) or ATTACHMENT_MARK.match(line.text.strip()) for line in lines[:index]):
        return len(lines)  # printed in an attachment: the notice's
    return index
