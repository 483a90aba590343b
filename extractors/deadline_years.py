"""The year a notice's deadlines are read in when they write none (8月底前, 7月15日前) and its header gives no
date or 文号 to take it from: the evidence the copy itself prints (gold README: the date's year is taken from
the document).

``text_year(text, title)`` is the document's year from its text: the period its title names (关于印发2019年…工作
要点的通知), or a title line of its text does (2018年《制度汇编》修改内容讨论稿, under a 文库 file name), else the one
year its text is written in (2017年 as a year, a page date such as 2011-4-28 or 截止:2019-06-18), leaving out what is
no evidence of it: the reader's clock a page prints (今天是:2025年12月06日, a 文库's 上传时间, a posting stamp to the
second), the start of a past period (2003年以来), a year something was already done in (2020年已达标), a year compared with (相较2018年同期) and a later limit's year beside
今年; else, when the text writes no year at all, the latest year of a 文号 it cites (a notice is not older than what
it cites: 根据…(昆政发〔2016〕13号),…5月底前).

``sentence_year(text, at)`` is the year written nearest before ``at`` in its sentence (启动2019年…建设,确保在8月
底前): for a document whose text names several years, the year the deadline's own sentence plans for.
"""

from __future__ import annotations

import re
from typing import Optional

from .lazy_patterns import compiled_later
from .docnumbers import find_doc_numbers
from .fold import fold
from .titles import DOC_TITLE_ENDINGS
from .vocab import Examples

# A year written in the text (2017年): a copy without date or 文号 that names one year only is of that
# year (本年度林区公路项目…8月底前 in a notice that speaks of 我县2017年脱贫攻坚).
WRITTEN_YEAR = compiled_later(r"(?<!\d)((?:19|20)\d{2})\s?年")
# A full date printed with digits only: a page's date (安陆新闻网 2011-4-28), a form's 截止:2019-06-18.
NUMERIC_DATE_YEAR = compiled_later(r"(?<![\d.\-/])((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)")
# The reader's or the uploader's clock that a page prints with its date: no evidence of the notice's year.
PAGE_CLOCK = compiled_later(r"(?:今天是|今日是|当前时间|当前日期|上传时间|上传日期|下载时间)\s?[:：]?\s?"
                        r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}")
# A site's posting stamp, to the second (2023-01-03 20:20:12 第一文档网, 时间:2022-03-10 11:02:00 导语:…网友上传): when a
# page copied the notice, often years after it was written.
POSTING_STAMP = compiled_later(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s{0,3}\d{1,2}:\d{2}:\d{2}")
# The start of a past period (2003年以来, 2018年度以来): the notice is later than it. Not 进入2019年以来 (since this year
# began: the notice's own year).
PAST_START_YEAR = compiled_later(r"(?<!进入)(?<!进入\s)(?:19|20)\d{2}\s?年度?(?:以来|来)")
# A year something was already done in (对2020年已达标的…街(镇)进行提档升级, 2018年已完成): a past year the notice builds
# on, not the year it is written in.
PAST_DONE_YEAR = compiled_later(r"(?:19|20)\d{2}\s?年度?\s?(?:已经|已)")
# A year a figure is compared with (相较2018年同期, 比2010年下降, 与2020年相比): a past base, not the document's year.
COMPARED_YEAR = compiled_later(r"(?:比|较|較|与|與)\s?(?:19|20)\d{2}\s?年\s?(?:同期|相比|比)?")
# A year written as a limit's year (到2025年 · 2025年年底前 · 2025年底): in a text that also says 今年, a later year.
LIMIT_YEAR = compiled_later(r"到\s?(?:19|20)\d{2}\s?年|(?:19|20)\d{2}\s?年\s?年?[底末]")
# Verbs whose object is a period reported on (报送2017年…水平, 填写2016年、2017年…水平表): figures of a year past, due after it,
# so no year of the notice's limits (CONVENTIONS.md C28). Each two characters (a look-behind's alternatives).
REPORTING_VERBS = ("报送", "上报", "填报", "填写", "统计", "报告")
# The years the title names as a period: 2018年《制度汇编》…, 关于印发2019年…工作要点的通知, 2019—2021年行动计划. Not
# 到2025年 (a limit the plan sets), nor 2003年以来, nor the period a report is asked for (统计报送2017年主要粮食作物…的通知).
TITLE_YEAR = compiled_later(r"(?<![到\d])(?<!" + "|".join(REPORTING_VERBS) + r")((?:19|20)\d{2})\s?(?:年|[-—–~～至到]\s?(?:19|20)\d{2}\s?年)(?!以来|来)")
# What stands before a year of a period reported on, in a sentence: the reporting verb, and the other years of its list
# (认真填写2016年、2017年区县…水平表: both). Searched up to the year's start.
REPORTED_YEAR_BEFORE = compiled_later(r"(?:" + "|".join(REPORTING_VERBS) + r")\s?(?:(?:19|20)\d{2}\s?年度?\s?[、和及与至]\s?){0,3}$")
# A line printing a title that opens with its year, when the stored title is something else (a 文库 file name):
# 2018年《制度汇编》修改内容讨论稿 · 2019年全县安全生产工作要点. Its end is a document type or a draft's 稿.
YEAR_TITLE_LINE = compiled_later(r"^[ \t\u3000]*((?:19|20)\d{2})\s?年(?!以来|来)[^\n。，,；;：:]{2,40}?(?:" + "|".join(sorted(DOC_TITLE_ENDINGS, key=len, reverse=True))
                             + r"|稿)[ \t\u3000]*$", re.M)
# A year a model text masked (20XX年度, 20××年, 二〇XX年): the text writes its year, unknown, so no cited 文号's year
# stands in for it (a 20XX plan citing 宿政发[1999]88号 is no plan of 1999).
MASKED_YEAR = compiled_later(r"(?:19|20)[xX×Ｘ＊*]{2}\s?年")
# The end of a sentence, where a year written before a deadline stops being its year.
SENTENCE_END = compiled_later(r"[。！？!?\n]")
# A year compared with (比2015年增长, 较2010年下降, 与2019年同期): a base, not the year planned for.
BASE_YEAR_BEFORE = "比较与同"
THIS_YEAR = "今年"
YEAR_SCAN = 4000  # characters of the text read for its written years
SENTENCE_SCAN = 160  # characters before a deadline read for its sentence's year

EXAMPLES = {
    "WRITTEN_YEAR": Examples(match=("我县2017年脱贫攻坚", "2020 年"), no_match=("20xx年", "12017年", "2017-05-29")),
    "NUMERIC_DATE_YEAR": Examples(match=("安陆新闻网 2011-4-28", "截止:2019-06-18", "2019/6/18", "2017.8.1日文件"),
                                  no_match=("2019-13-01", "电话:2019-6", "12019-06-18", "1.2019.6.18")),
    "PAGE_CLOCK": Examples(match=("今天是:2025年12月06日", "上传时间:2023-02-02", "今天是 2024-5-1"),
                           no_match=("发布时间:2016-05-19", "2025年12月06日")),
    "POSTING_STAMP": Examples(match=("2023-01-03 20:20:12   第一文档网", "时间:2022-03-10 11:02:00"),
                              no_match=("安陆新闻网 2011-4-28", "2019-06-18 上午")),
    "PAST_START_YEAR": Examples(match=("2003年以来", "2018年度以来"), no_match=("2003年完成", "2003年", "进入2019年以来")),
    "PAST_DONE_YEAR": Examples(match=("对 2020 年已达标的", "2018年已完成", "2019年度已经建成"),
                               no_match=("2020年达标", "2020年底前已", "2021年目标")),
    "COMPARED_YEAR": Examples(match=("相較2018年同期", "比2010年下降", "与2020年相比"), no_match=("进入2019年以来", "2019年第一季度")),
    "LIMIT_YEAR": Examples(match=("到2025年", "2025年年底前", "2021年底"), no_match=("2021年5月", "今年年底前")),
    "TITLE_YEAR": Examples(match=("2018年《制度汇编》修改内容讨论稿", "关于印发2019年工作要点的通知", "2019-2021年行动计划"),
                           no_match=("到2025年建成", "2003年以来工作回顾", "12019年", "统计报送2017年主要粮食作物机械化水平的通知")),
    "YEAR_TITLE_LINE": Examples(match=("2018年《制度汇编》修改内容讨论稿", "\n2019年全县安全生产工作要点\n"),
                                no_match=("2018年完成了全部任务,制定方案", "2003年以来工作总结", "2019年工作要点已印发给各单位。")),
    "REPORTED_YEAR_BEFORE": Examples(match=("认真填写", "认真填写2016年、", "报送2020年度和"),
                                     no_match=("启动", "认真填写表格,", "2016年、")),
    "MASKED_YEAR": Examples(match=("20XX年度", "20××年", "20xx 年"), no_match=("2020年", "XX年", "20XX")),
    "SENTENCE_END": Examples(match=("。", "\n", "！"), no_match=("，", "；")),
}


def text_year(text: Optional[str], title: Optional[str] = None) -> Optional[int]:
    """The document's year from what its title and text print, None when they give no single year."""
    if title and len(named := {int(year) for year in TITLE_YEAR.findall(fold(title))}) == 1:
        return named.pop()
    scanned = fold(POSTING_STAMP.sub("", PAGE_CLOCK.sub("", text[:YEAR_SCAN]))) if text else ""
    if len(lines := {int(year) for year in YEAR_TITLE_LINE.findall(scanned)}) == 1:
        return lines.pop()
    scanned = COMPARED_YEAR.sub("", PAST_DONE_YEAR.sub("", PAST_START_YEAR.sub("", scanned)))
    written = set(WRITTEN_YEAR.findall(scanned)) | set(NUMERIC_DATE_YEAR.findall(scanned))
    if THIS_YEAR in scanned and not WRITTEN_YEAR.search(LIMIT_YEAR.sub("", scanned)):
        return None  # 今年年底前…；2025年年底前…: the one year written is a later limit's, not this year
    if len(written) == 1:
        return int(written.pop())
    if not written and not MASKED_YEAR.search(scanned) and (cited := cited_years(scanned)):
        return max(cited)
    return None


def cited_years(text: str) -> list[int]:
    """The years of the 文号 ``text`` cites (昆政发〔2016〕13号, 杭政办函【2005】108号, 東府〔2021〕54號; extractors.docnumbers):
    what the notice cites is never later than the notice."""
    return [number.year for _, _, number in find_doc_numbers(text) if number.year]


def sentence_year(text: str, at: int) -> Optional[int]:
    """The year written nearest before ``at`` within its sentence, unless it is compared with (比2015年),
    a past period's start (2003年以来), a page's clock or a period reported on (填写2017年…水平表)."""
    start = max(0, at - SENTENCE_SCAN)
    ends = [match.end() for match in SENTENCE_END.finditer(text, start, at)]
    start = ends[-1] if ends else start
    before = text[start:at]
    for match in reversed(list(WRITTEN_YEAR.finditer(before))):
        if match.start() and before[match.start() - 1] in BASE_YEAR_BEFORE:
            continue
        if PAST_START_YEAR.match(before, match.start()) or PAGE_CLOCK.search(before[max(0, match.start() - 8):]) \
                or REPORTED_YEAR_BEFORE.search(before, 0, match.start()):
            continue
        return int(match.group(1))
    return None
