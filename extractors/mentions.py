"""A mention of another document while ``extractors.citations`` reads a text: where it is, the title and
文号 it gives, and how the text uses it. Shared by the modules that read citations (``citation_mentions``,
``own_references``, ``short_forms``, ``citation_relations``) and by ``lifecycle_relations``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .lazy_patterns import compiled_later
from schema.models import DocNumber

from .docnumbers import INVISIBLE_CHARS
from .fold import fold
from .titles import is_document_title
from .vocab import Examples


@dataclass
class Mention:
    start: int
    end: int
    title: Optional[str] = None
    number: Optional[DocNumber] = None
    relation: str = "cites"
    acts_on: Optional[str] = None  # for repeals and amends: "cited" or "citing" (Citation.acts_on)
    listed: Optional[str] = None  # the row of a list under a heading: its relation ("" when kept)
    takes_effect: Optional[str] = None  # for repeals: the day the text gives them (Citation.takes_effect)


# Spaces of every kind (``\s`` is ``str.isspace``) and invisible characters: what titles are
# stored without.
NOISE_CHARS = compiled_later(r"[\s" + re.escape("".join(sorted(INVISIBLE_CHARS))) + "]+")

# How the text uses a mention, read after it when no verb stands before it: 抓好《政府工作报告》的贯彻落实 ·
# 《X》的落实工作 · 为及时掌握《X》(以下简称《意见》)贯彻落实情况 · 《X》落实情况 (implements: the notice follows how X is carried out),
# also for a part of the year (对《政府工作报告》上半年落实情况进行了专项督查 · 《X》一季度贯彻落实情况 · 《X》2022年度落实情况: a
# progress report follows the carrying out period by period).
IMPLEMENTED_AFTER = compiled_later(r"\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*(?:的(?:贯彻落实|贯彻执行|落实工作|贯彻实施)"
                               r"|(?:(?:\d{4}年度?|今年|本年度?)?(?:上半年|下半年|前三季度|第?[一二三四1-4]季度)"
                               r"|\d{4}年度)?的?(?:贯彻落实|贯彻执行|贯彻实施|落实)(?:情况|工作))")


# A recurring schedule's name is no document: 《每周会议安排》 · 《每周重要活动安排》 · 《本周工作日程》.
PERIODIC_SCHEDULE_TITLE = compiled_later(r"^(?:每|本|下)(?:周|日|天|月|旬)[\u4e00-\u9fff、]{0,16}?(?:安排|日程|计划表|活动表)$")
# What the recipients are to write and send is a deliverable, not a document the text cites: 将《2005年环保专项
# 行动工作总结》和《环保专项行动三年工作总结》报省环保专项行动领导小组办公室 · 把《自查报告》于6月30日前报送.
# Read before the title (将/把, and any titles joined to it) and after it (joined titles, a bracket, a date, the verb).
DELIVERABLE_BEFORE = compiled_later(r"(?:将|把)\s{0,2}(?:《[^《》\n]{1,80}》\s{0,2}(?:和|及|与|、)\s{0,2})*$")
DELIVERABLE_AFTER = compiled_later(
    r"(?:\s{0,2}(?:和|及|与|、)\s{0,2}《[^《》\n]{1,80}》)*\s{0,2}(?:[（(][^（）()\n]{0,20}[）)])?"
    r"[^，。；;,\n《》]{0,16}?(?:报送|上报|报至|报给|报|提交|交至|交|发送|送至|送)(?![告道纸刊名])"
)
DELIVERABLE_WINDOW = 40  # how far before a title its 将 may stand (the titles joined to it included)


# A writing guide's formula for a kind of title, its parts named and joined by +: 「发文机关+关于转发+原文标题+文种」. It
# names no document (《关于“互联网+政务服务”的指导意见》 does: no part of it is a placeholder).
TITLE_FORMULA = compiled_later(r"(?:发文机关|发文单位|机关名称|事由|文种|原文标题|原标题|被转发文件标题)\s*[+＋]"
                           r"|[+＋]\s*(?:发文机关|事由|文种|原文标题|原标题|被转发文件标题)")


# A name in 《》 without a document's type, joined to a document's title before it and sharing its requirements (落实《…实施方案》和
# 《“小金库”专项治理工作》的各项要求): the requirements are documents', so the name is one's too. A book beside a document with no
# requirements after them (学习《条例》和《习近平谈治国理政》) stays none.
JOINED_TO_TITLE_BEFORE = compiled_later(r"《(?P<other>[^《》\n]{2,80})》\s{0,2}(?:和|及|与|以及|、)\s{0,2}$")
REQUIREMENTS_AFTER = compiled_later(r"\s{0,2}的?(?:各项|有关|相关)?(?:要求|精神|规定|部署)")
JOINED_WINDOW = 90  # how far before a title the joined title may start
# A document's type printed right after the closing bracket of its name: 关于《农作物秸秆禁烧和综合利用》工作方案的文件精神 (the
# copy bracketed the subject only; the name is a plan's). Not 规定 or 通知, which follow a title as verbs (《…法》规定).
TYPE_AFTER_NAME = compiled_later(r"\s{0,2}(?:(?:工作|实施|行动|试点)(?:方案|意见|要点|计划)|方案|意见|办法|细则|规划)")


def _shares_a_documents_requirements(text: str, start: int, end: int, title: str) -> bool:
    """Whether a 《name》 with no document type is joined to a document's title and its requirements (see JOINED_TO_TITLE_BEFORE)."""
    joined = JOINED_TO_TITLE_BEFORE.search(text, max(0, start - JOINED_WINDOW), start)
    return bool(joined) and is_document_title(joined["other"]) and bool(REQUIREMENTS_AFTER.match(text, end))


def is_cited_title(text: str, start: int, end: int, title: str) -> bool:
    """Whether the 《title》 at ``text[start:end]`` names a document the text cites: a document's title
    (``extractors.titles``) or a name sharing one's requirements, not a recurring schedule's name, not a deliverable the
    recipients send, not a title's formula (TITLE_FORMULA)."""
    if not (is_document_title(title) or _shares_a_documents_requirements(text, start, end, title)
            or TYPE_AFTER_NAME.match(text, end)) \
            or PERIODIC_SCHEDULE_TITLE.fullmatch(title) or TITLE_FORMULA.search(fold(title)):
        return False
    before = DELIVERABLE_BEFORE.search(text, max(0, start - DELIVERABLE_WINDOW), start)
    return not (before and DELIVERABLE_AFTER.match(text, end))


# The pinyin a glossed copy prints after a character (關(guān)于修改〈寧波市政府信息公開規(guī)定〉的決定): lower-case
# letters with one tone mark at least, so that (PPP) or (试行) are never taken for one.
PINYIN_GLOSS = compiled_later(r"[（(](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[）)]")


def clean_title(inner: str) -> str:
    """A title as stored: without spaces, line breaks, invisible characters and pinyin glosses."""
    return PINYIN_GLOSS.sub("", NOISE_CHARS.sub("", inner))


EXAMPLES = {
    "TITLE_FORMULA": Examples(match=("发文机关+关于转发+原文标题+文种", "发文机关＋事由＋文种"),
                              no_match=("关于加快推进“互联网+政务服务”工作的指导意见", "关于转发《X》的通知")),
    "PERIODIC_SCHEDULE_TITLE": Examples(match=("每周会议安排", "每周重要活动安排", "本周工作日程"),
                                        no_match=("2021年龙子湖区新闻发布会计划", "每周会议安排管理办法")),
    "DELIVERABLE_BEFORE": Examples(match=("并于11月10日前将", "将《2005年工作总结》和"), no_match=("现将文件", "根据")),
    "DELIVERABLE_AFTER": Examples(match=("和《环保专项行动三年工作总结》报省环保办", "于6月30日前报送", "报市政府审批"),
                                  no_match=("转发给你们", "印发给你们", "的通知")),
    "JOINED_TO_TITLE_BEFORE": Examples(match=("为落实《关于开展专项治理违规收送礼金礼券购物卡工作的实施方案》和", "《意见》、"),
                                       no_match=("《意见》要求", "《意见》")),
    "REQUIREMENTS_AFTER": Examples(match=("的各项要求", "精神", "的有关规定"), no_match=("的通知", "报送")),
    "TYPE_AFTER_NAME": Examples(match=("工作方案的文件精神", "实施意见", "管理办法"), no_match=("规定,", "通知如下", "的通知", "要求", "要点摘编")),
    "PINYIN_GLOSS": Examples(match=("(guān)", "（fā）", "(lǜ)"), no_match=("(PPP)", "(试行)", "(de)", "(2020)")),
    "NOISE_CHARS": Examples(match=("\u200b", "　", "\ufeff"), no_match=("关于印发",)),
    "IMPLEMENTED_AFTER": Examples(match=("的贯彻落实", "（以下简称《报告》）的贯彻落实", "的落实工作", "(以下简称《意见》)贯彻落实情况",
                                        "落实情况", "上半年落实情况", "一季度贯彻落实情况", "2022年度落实情况"),
                                 no_match=("的通知", "贯彻落实", "落实到位", "上半年完成", "上半年")),
}
