"""The title vocabulary: what a document's title ends with, and which 《…》 name documents.

One definition for every module that recognises titles: citations (which 《…》 are documents), the
header (which line is the notice's title), line joining (a line ending in a document type is a
whole title, not a wrapped line).

    《国务院关于做好…的通知》   《2020年脱贫攻坚工作要点》   《传染病防治法》   《稳就业十条》   documents
    《人民日报》 《求是》 《新闻联播》                                               not documents
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractors.fold import fold, spellings
from extractors.vocab import Examples

# A document title ends in one of these (after any trailer such as （试行）), or contains 关于.
DOC_TITLE_ENDINGS = (
    "通知", "意见", "方案", "办法", "规定", "决定", "要点", "规划", "计划", "措施", "细则", "条例", "法",
    "纲要", "通报", "报告", "批复", "函", "指南", "标准", "目录", "清单", "公告", "通告", "决议", "规则",
    "规范", "准则", "导则", "守则", "指引", "预案", "名单", "名录", "章程", "制度", "规程", "须知", "大纲",
    "解释", "解答", "修正案", "安排", "答复", "复函",  # judicial interpretations, amendments, arrangements
    "战略", "纪要",  # 《乡村振兴战略(2018-2022年)》, 《…会议纪要》
    "示范文本",  # a model contract a ministry publishes: 《建设工程施工合同示范文本》
    "工作总结", "备忘录",  # 《2016年…工作总结》 issued with the year's work points, 《…共建…示范区备忘录》
    "公约", "公約",  # treaties a plan follows: 遵照…联合国《儿童权利公约》、《消除对妇女一切形式歧视公约》
    # a duty split printed as its own document: 《2020年政府工作报告重点工作责任分解》,
    # 《…重点工作任务分工》, 《<政府工作报告>任务分解表》, 《…重点任务清单表》
    "分解", "分工", "分解表", "分工表", "任务表", "责任表", "清单表", "一览表", "汇总表", "进度表", "计划表",
    # what an office posts for objections and what it reports on a case: 关于…拟推荐对象的公示, 关于…整改任务整改情况的公示情况说明
    "公示", "情况说明",
)
# The same types as a copy in traditional characters writes them (工作要點, 名單, 實施細則), spelt from the fold's own
# table (extractors.fold.spellings), for the header's line patterns (TITLE_ENDING_RE), which read lines as written;
# the checks below read titles folded. 計畫 and 答覆 are Taiwan's words for 计划 and 答复 (a phrase, not a character, apart).
DOC_TITLE_ENDINGS = spellings(DOC_TITLE_ENDINGS) + ("計畫", "答覆")
# Names of documents that a heading also ends in (（三）健全考核评价体系, （二）申报条件, 三、资料汇编): a 《title》 ending in one
# is a document (《全国文明城市测评体系》, 《…考核指标体系》, 《浙江省教育强县评定条件》, 《制度汇编》, and an indicator set a
# title or a naming is measured by: 《四川省省级生态县建设指标》, 《…考核评价指标》), a line ending in one is not
# yet a title line, so they are not DOC_TITLE_ENDINGS.
CITED_TITLE_ENDINGS = ("测评体系", "指标体系", "评价体系", "考核体系", "评估体系", "条件", "汇编", "指标")
# The same endings as a pattern: a title line ends with one (the header, line joining).
TITLE_ENDING_RE = re.compile("(?:" + "|".join(sorted(DOC_TITLE_ENDINGS, key=len, reverse=True)) + ")$")
# A word that marks a line as (part of) a title: 关于 or a document type anywhere in it. The
# one-character types (法, 函) are left out: inside running text they are parts of words (依法, 方法).
TITLE_WORD_RE = re.compile(
    "|".join(spellings(["关于"])) + "|" + "|".join(sorted((word for word in DOC_TITLE_ENDINGS if len(word) > 1), key=len, reverse=True)))

# 《稳就业十条》, 《支持中小企业的二十条》: numbered policy packages.
NUMBERED_PACKAGE = re.compile(r"[一二三四五六七八九十百\d]+条(?:政策)?(?:措施)?$")
# Trailers after the document type: 《…办法（试行）》, 《…目录（2020年版）》, 《…（征求意见稿）》,
# 《…方案(2023—2025年)》.
TITLE_TRAILER = re.compile(r"[（(][^（）()]{1,12}[）)]$")
# A site's note after the title it heads a page with (…规划纲要(全文), …的意见（附全文）): the page printing the whole text,
# no part of the title. Line joining reads the title's type before it; the header leaves it out of the title.
PAGE_TITLE_NOTE = re.compile(r"[ \u3000]*[（(](?:附?全文|原文|全文[发發]布)[）)]$")
# The title's own 文号 after it on its line, set apart by a space (…落實方案的通知 常政發〔2023〕1號); a crawled copy may space
# the 文号's parts apart too (…的意见 国发 〔2011〕 35 号). Line joining reads the title's type before it; the header takes
# it as the document's 文号.
SPACED_DOC_NUMBER = re.compile(r"[ \u3000]+(?P<number>[\u4e00-\u9fff]{1,12}[ \u3000]?[〔\[［(（][ \u3000]?(?:19|20)\d{2}[ \u3000]?[〕\]］)）]"
                               r"[ \u3000]?\d{1,4}[ \u3000]?[号號])$")
# A trailer that is another document type, offered as an alternative to the first (《统计调查制度(方案)》: a survey's 制度 or
# its 方案): the name of a kind of document that each reader writes for itself (an application's materials), no document.
ALTERNATIVE_TYPE_TRAILER = re.compile(r"[（(](?:方案|办法|制度|细则|规定|意见|计划|规划|措施|标准|要点|预案)[）)]$")  # read folded
# A model text's trailer (《中小学生校外培训服务合同(示范文本)》): the published model, a document though its core (…合同)
# ends in no document type. Read folded.
MODEL_TEXT_TRAILER = re.compile(r"[（(]示范文本[）)]$")
# Closing brackets of an inner title at the end: 《国务院…<关于…的通知>》.
INNER_CLOSERS = ">〉》」』"
# 《通知》, 《实施方案》, 《指导意见》 alone name no document unless 以下简称 defined them.
GENERIC_TITLE = re.compile(
    r"(?:实施|工作|指导|管理|暂行|若干|具体|有关)*"
    r"(?:通知|意见|方案|办法|规定|决定|细则|措施|条例|规划|计划|要点|通报|报告|批复|函|政策)"
)
# A run of three or more characters written twice in a row, a copying slip that names no other
# document: 《新余市新余市绿色建筑管理办法》 is 《新余市绿色建筑管理办法》. title_key writes it once.
DOUBLED_RUN = re.compile(r"([\u4e00-\u9fff]{3,12}?)\1")
# What title_key leaves out: spaces, quotes and title brackets of every kind, and a template's blanks (区____年…方案).
TITLE_NOISE = re.compile(r"[\s《》〈〉<>“”\"'‘’「」『』_＿]")
# Brackets and dashes written in either width, or read so by OCR: 行动计划(2022-2024) and 行动计划（2022—2024） are one
# title. title_key writes them one way.
TITLE_WIDTHS = {"（": "(", "）": ")", "［": "[", "］": "]", "—": "-", "–": "-", "―": "-", "－": "-", "─": "-"}
_WIDTH_TABLE = str.maketrans(TITLE_WIDTHS)

EXAMPLES = {
    "SPACED_DOC_NUMBER": Examples(match=("關于印發2023年《政府工作報告》重點任務分解落實方案的通知 常政發〔2023〕1號", "…的通知　国办发〔2020〕3号",
                                         "国务院关于加强环境保护重点工作的意见 国发 〔2011〕 35 号"),
                                  no_match=("…的通知(余府发〔2012〕3号)", "关于2023年1号文件的通知", "…的意见国发〔2011〕35号")),
    "ISSUER_JOINERS": Examples(match=("、", "和", "<"), no_match=("办", "关")),
    "PAGE_TITLE_NOTE": Examples(match=("西藏自治区“十三五”时期国民经济和社会发展规划纲要(全文)", "关于…的意见（附全文）", "…的通知 (原文)"),
                                no_match=("…管理办法（试行）", "…的通知", "全文")),
    "DOC_TITLE_ENDINGS": Examples(match=("通知", "办法", "法", "预案", "战略", "分解表", "分工", "公约", "公示", "情况说明", "要點", "名單", "計畫", "細則", "工作總結"),
                                  no_match=("报", "日报", "表", "分", "说明")),
    "has_document_ending": Examples(
        match=("周口市規範性檔案管理規定", "2020年政府工作报告重点工作责任分解", "<政府工作报告>任务分解表",
               "谯城区2020年度政府工作报告重点工作任务分解表", "乡村振兴战略(2018-2022年)", "中小学生校外培训服务合同(示范文本)",
               "全国文明城市测评体系", "全國文明城市測評體系", "四川省省级生态县建设指标"),
        no_match=("人民日报", "代表", "政府工作报告重点工作", "现代产业体系")),
    "CITED_TITLE_ENDINGS": Examples(match=("测评体系", "指标体系", "条件", "汇编", "指标"), no_match=("体系", "产业体系")),
    "is_document_title": Examples(match=("國務院關於加強市縣政府依法行政的決定", "實施方案細則"),
                                  no_match=("實施方案", "实施方案", "求是", "统计调查制度(方案)")),
    "TITLE_ENDING_RE": Examples(
        match=("关于印发2020年工作要点的通知", "新余市绿色建筑管理办法", "中华人民共和国节约能源法",
               "最高人民法院关于审理名誉权案件若干问题的解释", "中华人民共和国刑法修正案", "周口市規範性檔案管理規定",
               "2020年全市脫貧攻堅工作要點", "區級優秀志願者名單"),
        no_match=("人民日报", "各县（区）人民政府：", "通知如下")),
    "TITLE_WORD_RE": Examples(match=("关于进一步加强新闻宣传工作", "实施方案", "周口市人民政府關於印發", "周口市規範性檔案管理規定"), no_match=("各县（区）人民政府、管委会", "依法行政")),
    "NUMBERED_PACKAGE": Examples(match=("稳就业十条", "支持中小企业的二十条措施", "促消费12条"),
                                 no_match=("第十条规定",)),
    "MODEL_TEXT_TRAILER": Examples(match=("中小学生校外培训服务合同(示范文本)", "服务合同（示范文本）"),
                                   no_match=("服务合同", "管理办法(试行)", "示范文本的通知")),
    "TITLE_TRAILER": Examples(match=("管理办法（试行）", "行动方案(2022—2025年)", "产业目录（2020年版）"),
                              no_match=("管理办法",)),
    "ALTERNATIVE_TYPE_TRAILER": Examples(match=("统计调查制度(方案)", "安全管理办法（细则）"),
                                         no_match=("管理办法（试行）", "行动方案(2022—2025年)", "实施方案(代拟稿)", "统计调查制度")),
    "GENERIC_TITLE": Examples(match=("实施方案", "通知", "指导意见"), no_match=("人民日报",)),
    "DOUBLED_RUN": Examples(match=("新余市新余市绿色建筑管理办法", "省人民政府省人民政府关于"),
                            no_match=("一村一品", "中华人民共和国节约能源法", "十三五规划", "人人人")),
    "TITLE_WIDTHS": Examples(match=("（", "—"), no_match=("(", "关")),
    "TITLE_NOISE": Examples(match=("《", "<", "〉", " ", "“", "____"), no_match=("（", "关")),
}


def title_core(title: str) -> str:
    """The title without trailers and closing inner brackets: …办法（试行）> gives …办法."""
    return TITLE_TRAILER.sub("", title.rstrip(INNER_CLOSERS)).rstrip(INNER_CLOSERS)


def has_document_ending(title: str) -> bool:
    """Whether ``title`` ends in a document type (after any trailer), in either script."""
    folded = fold(title)
    core = title_core(folded)
    return core.endswith(DOC_TITLE_ENDINGS + CITED_TITLE_ENDINGS) or bool(NUMBERED_PACKAGE.search(core)) \
        or bool(MODEL_TEXT_TRAILER.search(folded.rstrip(INNER_CLOSERS)))


def is_document_title(title: str) -> bool:
    """Whether a 《title》 names a document (notice, plan, opinion, law …) rather than a book or paper.
    Traditional characters are read folded: 《實施方案》 is as generic as 《实施方案》."""
    folded = fold(title)
    if GENERIC_TITLE.fullmatch(title_core(folded)) or ALTERNATIVE_TYPE_TRAILER.search(folded.rstrip(INNER_CLOSERS)):
        return False
    return "关于" in folded or has_document_ending(folded)


# A document's titles are keyed again and again (each 《title》 against every earlier one, the rows, the
# corpus): each title once per process, as long as it is among the last TITLES_KEPT.
TITLES_KEPT = 4096


@lru_cache(maxsize=TITLES_KEPT)
def title_key(title: Optional[str]) -> Optional[str]:
    """What identifies a title when resolving and comparing: from its first 关于 on (the issuer
    written before it is often left out when it is cited), without spaces, quotes or title brackets,
    in simplified characters (國務院關於… and 国务院关于… are one title), a doubled run once."""
    if not title:
        return None
    bare = _bare_title(title)
    if "关于" in bare:
        bare = bare[bare.index("关于"):]
    return bare or None


def _bare_title(title: str) -> str:
    return DOUBLED_RUN.sub(r"\1", TITLE_NOISE.sub("", fold(title)).translate(_WIDTH_TABLE))


# What joins two issuers named before one 关于, left out when issuers are compared: 、 , 和 及 与, and the bracket of an
# inner title opening after 印发 (中共中央办公厅、国务院办公厅印发<关于…>).
ISSUER_JOINERS = re.compile(r"[、，,和及与<〈《「\s]")


def title_issuer(title: Optional[str]) -> Optional[str]:
    """The issuer a title names before its first 关于 (全国爱卫办 in 全国爱卫办关于开展…的通知), in the form
    ``title_key`` reads it; None when the title names none (关于开展…的通知, 2020年工作要点)."""
    if not title:
        return None
    bare = _bare_title(title)
    if "关于" not in bare:
        return None
    # 中共中央办公厅、国务院办公厅 and 中共中央办公厅国务院办公厅 are one pair of issuers
    return ISSUER_JOINERS.sub("", bare[:bare.index("关于")]) or None


# What a notice does to a text of its own (印发 its 方案) against what it does to another body's (根据, 转发):
# one title can not be both in one notice, so 市爱卫办印发《关于开展…的通知》 and 按照《全国爱卫办关于开展…的通知》
# 要求 are two documents of one subject.
OWN_TEXT_RELATIONS = frozenset({"issues"})
OTHERS_TEXT_RELATIONS = frozenset({"basis", "forwards"})


def _contradict(first: tuple[Optional[str], str], second: tuple[Optional[str], str]) -> bool:
    """Whether two mentions of one subject (``(issuer named, relation)``) are two documents: both name an
    issuer and the issuers differ, or one is the notice's own text and the other another body's."""
    (issuer_a, relation_a), (issuer_b, relation_b) = first, second
    if issuer_a and issuer_b:
        return issuer_a != issuer_b
    relations = {relation_a, relation_b}
    return bool(relations & OWN_TEXT_RELATIONS and relations & OTHERS_TEXT_RELATIONS)


def citation_title_keys(mentions: list[tuple[Optional[str], str]]) -> list[Optional[str]]:
    """The key of each ``(title, relation)`` a notice cites: ``title_key`` (so a title named with and without
    its issuer is one document), except that a title naming its issuer keeps the issuer in its key when
    another mention of the same subject in the notice is another document (``_contradict``): 全国爱卫办关于
    开展第31个爱国卫生月活动的通知 (its basis) beside the 关于开展第31个爱国卫生月活动的通知 it issues itself."""
    keys = [title_key(title) for title, _ in mentions]
    readings = [(title_issuer(title), relation) for title, relation in mentions]
    for i, (title, _) in enumerate(mentions):
        if readings[i][0] and any(keys[j] == keys[i] and j != i and _contradict(readings[i], readings[j])
                                  for j in range(len(mentions))):
            keys[i] = _bare_title(title)
    return keys


def issuer_title_key(title: Optional[str]) -> Optional[str]:
    """A title's key with the issuer it names kept (what ``citation_title_keys`` gives a title told apart)."""
    return _bare_title(title) or None if title else None
