"""Where a page's breadcrumb glued to the notice's title is cut back into lines (the 归档时间:…当前位置: 首页 > … >
政策法规中共岳阳市委办公室…的通知(岳办发〔2017〕2号)来源:… form of copies that lost the header's line breaks, issue 15).

A portal prints its breadcrumb, then the notice's title, then the page's fields (来源:, 时间:, 浏览:) each on a line;
glued, they run into one. Breaks, on a line of the copy's first lines that holds a breadcrumb:

- before the breadcrumb's label (当前位置:, 您的位置:) when other chrome is glued before it (归档时间:2018-11-21当前位置:);
- where the title starts after the last crumb: right after the last separator (» 法律法规 »关于…), or, when the last
  crumb runs into the title without one (> 政策法规中共岳阳市委办公室…), where a name the copy prints on a line of its own
  (its signature, its issuer's line) starts within a crumb's length of the separator;
- where the title ends: at its document type, with a bracketed 文号 printed after it (…的通知(岳办发〔2017〕2号)), when a
  page's field label follows (来源:, 作者:, 时间:) or the line ends;
- before the title printed again later on the line (…下载地址: 点击此处下载关于…的通知), the page's heading over its text.

An aggregator prints the title in 《》 with its fields, then the notice's own header (鲁政发〔2014〕20号《山东省人民政府关于…
的实施意见》浏览量: 时间:2016-01-17 23:45:19山东省人民政府关于…的实施意见鲁政发〔2014〕20号): the title printed again
on the line starts one, and what is glued after it (its 文号, its recipients) another.
"""

from __future__ import annotations

import re

from extractors.docnumbers import find_doc_numbers
from extractors.lazy_patterns import compiled_later
from extractors.titles import TITLE_ENDING_RE
from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line
from pipeline.document.wrapper import INFO_LABEL

# The label a breadcrumb opens with, or its first crumb (首页 >).
CRUMB_LABEL = compiled_later(r"(?:您[\u4e00-\u9fff]{0,6}?位置|当前(?:所在)?位置|所在位置)[ \u3000]*[:：]"
                             r"|(?:网站)?首[页頁][ \u3000]*(?:>|»|＞|›)")
CRUMB_SEPARATOR = compiled_later(r"[ \u3000]*(?:>|»|＞|›)+[ \u3000]*")
# A page's field after the title (来源: 岳阳市政府门户网, 作者:法律资料网, 发布日期: 2017/11/27).
PAGE_FIELD_LABEL = compiled_later(
    r"[ \u3000•·|]*(?:文章来源|信息来源|来源|作者|发布时间|发布日期|更新时间|时间|日期|浏览次数|浏览量|浏览|阅读次数|阅读|点击|字号|字体)"
    r"[ \u3000]*[:：]")
# A 文号 the page prints in brackets after the title: kept with it (…的通知(岳办发〔2017〕2号)).
BRACKETED_NUMBER = compiled_later(r"[（(][^（）()\s]{2,30}[〕\]］)）]?\d{0,4}[号號][）)]")
# The end of a place's or a state's name, which a longer organisation's name goes on after (湖北省, 中华人民共和国).
NAME_START_END = compiled_later(r"[省市县縣区區州国國旗盟镇鎮乡鄉]$")
ABOUT = compiled_later(r"关于|關於|關于")
CRUMB_REACH = 80
NUMBER_REACH = 40  # the longest 文号  # a breadcrumb's label stands within so many characters of its line's start
CRUMB_LENGTH = 30  # the longest crumb between two separators
LAST_CRUMB = 12  # the longest section name a last crumb glued to the title holds
TITLE_LENGTH = (6, 120)
SCAN_LINES = 20  # the page's header is among the copy's first lines
NAME_LINE = 30  # the longest line taken as a name the copy prints alone (signature, issuer)

# A page's heading: the title in 《》, ending in its document type (《…关于深化预算管理制度改革的实施意见》).
BOOK_TITLE = compiled_later(r"《(?P<title>[^《》\n]{6,120})》")

INNER_MARKS = {"〈": "[〈《]", "〉": "[〉》]"}

EXAMPLES = {
    "CRUMB_LABEL": Examples(match=("当前位置:", "您的位置: ", "您现在所在的位置：", "首页 >", "首頁»"),
                            no_match=("位置", "首页", "所在单位:")),
    "CRUMB_SEPARATOR": Examples(match=(" > ", "»", " >> "), no_match=("-", "/")),
    "PAGE_FIELD_LABEL": Examples(match=("来源:", "文章来源: ", "作者:", "时间:", "• 发布日期:", "浏览量:", "字体:【"),
                                 no_match=("来源于", "根据:")),
    "NAME_START_END": Examples(match=("中华人民共和国", "湖北省"), no_match=("政策法规", "本局文件")),
    "ABOUT": Examples(match=("关于",), no_match=("有关",)),
    "BOOK_TITLE": Examples(match=("《山东省人民政府关于深化预算管理制度改革的实施意见》",), no_match=("《纲要》",)),
    "BRACKETED_NUMBER": Examples(match=("(岳办发〔2017〕2号)", "(劳社厅函[2007]120号)"),
                                 no_match=("(试行)", "(2020―2022年)")),
}


def name_lines(text: str) -> list[str]:
    """The organisations' names the copy prints on lines of their own (its signature, its issuer's line)."""
    names = {line.strip() for line in text.split("\n") if 2 < len(line.strip()) <= NAME_LINE}
    return [name for name in names if is_organisation_line(name)]


def title_end_before_fields(rest: str) -> int:
    """The end of the title ``rest`` opens with: the first document type, a bracketed 文号 after it included, that a
    page's field label, an information table's label (…的通知索引号:…) or the line's end follows (a type inside the title, …方案的通知, has more title after it); 0 when none."""
    for end in range(TITLE_LENGTH[0], min(len(rest), TITLE_LENGTH[1]) + 1):
        prefix = rest[:end]
        ending = TITLE_ENDING_RE.search(prefix)
        if not ending or len(ending.group()) < 2 or prefix.count("《") != prefix.count("》"):
            continue
        number = BRACKETED_NUMBER.match(rest, end)
        if number:
            end = number.end()
        if end == len(rest.rstrip()) or PAGE_FIELD_LABEL.match(rest, end) or INFO_LABEL.match(rest, end):
            return end
    return 0


def _title_start(crumb: str, names: list[str]) -> int:
    """Where the title starts in the last crumb's text: at a name the copy prints alone, within LAST_CRUMB characters,
    when the words before it are a section's name (政策法规), not the start of a longer name (中华人民共和国 before 商业部)."""
    found = [at for name in names if 0 < (at := crumb.find(name, 0, LAST_CRUMB + len(name))) <= LAST_CRUMB
             and not NAME_START_END.search(crumb[:at])]
    return min(found, default=0)


def _line_breaks(line: str, names: list[str]) -> list[int]:
    label = CRUMB_LABEL.search(line, 0, CRUMB_REACH)
    if not label:
        return []
    separators = list(CRUMB_SEPARATOR.finditer(line, label.start()))
    if not separators:
        return []
    # the last separator of the breadcrumb: the next ones a crumb's length apart at most
    last = separators[0]
    for separator in separators[1:]:
        if separator.start() - last.end() > CRUMB_LENGTH:
            break
        last = separator
    rest = line[last.end():]
    title_end = title_end_before_fields(rest)
    start = _title_start(rest[:title_end], names) if title_end else 0
    if not title_end or title_end - start < TITLE_LENGTH[0]:
        return []
    title_at, end_at = last.end() + start, last.end() + title_end
    title = line[title_at:end_at]
    again = line.find(title, end_at)
    # the title's start is known: a name the copy prints alone starts it, or the last separator is right before a title
    # naming its subject with 关于 or printed again on the line (a last crumb glued to a title is no title: 本局文件湖州市…)
    if not (start > 0 or ABOUT.match(rest) or again > end_at):
        return []
    # something glued to the title: the last crumb before it, or a page field after it (a breadcrumb whose last crumb is
    # the page's headline, on a line of its own, is left as it is)
    if not (start > 0 or title_end < len(rest.rstrip())):
        return []
    breaks = [title_at, end_at]
    if label.start() > 0:
        breaks.append(label.start())
    if again > end_at:
        breaks.append(again)
    return [at for at in breaks if 0 < at < len(line)]


def _spaced_pattern(title: str) -> re.Pattern:
    """``title`` with spaces allowed between its characters (…方案( 试行)的通知 printed again as …方案(试行)的通知), and the
    〈〉 a title in 《》 prints for its inner marks printed 《》 again (实施〈西部大开发规划〉 as 实施《西部大开发规划》)."""
    return re.compile("[ \u3000]*".join(INNER_MARKS.get(char, re.escape(char)) for char in title if not char.isspace()))


def _opens_the_line(before: str) -> bool:
    """Whether the page's heading in 《》 opens its line, its 文号 alone before it (鲁政发〔2014〕20号《…》): a 《》 after
    other words is a text the title names (…关于印发《…办法》的通知)."""
    if not before.strip():
        return True
    numbers = find_doc_numbers(before)
    return len(numbers) == 1 and numbers[0][0] == 0 and not before[numbers[0][1]:].strip()


def _repeated_title_breaks(line: str) -> list[int]:
    """Breaks around the title printed again after the page's heading 《title》 on ``line``: before it, and after it when
    more is glued (its 文号, its recipients)."""
    heading = BOOK_TITLE.search(line, 0, CRUMB_REACH)
    if not heading or not TITLE_ENDING_RE.search(heading.group("title")) or not _opens_the_line(line[:heading.start()]):
        return []
    again = _spaced_pattern(heading.group("title")).search(line, heading.end())
    if not again:
        return []
    start, end = again.start(), again.end()
    if line[start - 1:start] == "《" and line[end:end + 1] == "》":  # printed in 《》 again: the marks go with it
        start, end = start - 1, end + 1
    number_end = next((end + found_end for found_start, found_end, _ in find_doc_numbers(line[end:end + NUMBER_REACH])
                       if found_start == 0), end)  # its 文号 printed right after it, then its recipients
    return [at for at in (heading.end(), start, end, number_end) if 0 < at < len(line.rstrip())]


def glued_crumb_breaks(text: str) -> list[int]:
    """Offsets in ``text`` where the parts of a breadcrumb glued to the notice's title start lines (see the module)."""
    names = None
    breaks, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        if number >= SCAN_LINES:
            break
        if CRUMB_LABEL.search(line, 0, CRUMB_REACH):
            names = name_lines(text) if names is None else names
            breaks += [offset + at for at in _line_breaks(line, names)]
        elif "《" in line:
            breaks += [offset + at for at in _repeated_title_breaks(line)]
        offset += len(line) + 1
    return breaks
