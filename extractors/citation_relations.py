"""How a notice uses what it cites: the verb after a citation (or after a list of them) or the trigger
word before it names the relation (``schema.relations``), read on the text with every citation masked.

    根据《X》（国发〔2020〕1号） basis · 认真落实A《X》和B《Y》 implements (both) · 现将《X》印发给你们 issues ·
    现将…（国开发〔2020〕3号）转发你们 forwards · 《X》同时废止 repeals · 对《X》作如下修改 amends · else cites

Part of ``extractors.citations``, which finds the citations first (``extractors.citation_mentions``).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from .lazy_patterns import compiled_later
from .fold import fold
from .basis_headings import under_basis_heading
from .brackets import closes_before
from .lifecycle_relations import lifecycle_relation
from .mentions import IMPLEMENTED_AFTER, Mention
from .vocab import Examples

# The verb right after a citation (or after a list of them) names the relation:
#   现将《X》印发给你们 · 现将…（国开发〔2020〕3号）转发你们 · 《X》已经市政府同意，现印发给你们 · 制定了《X》,印发给你们 ·
#   《X》已经…常务会议审议通过，现予印发                                                     issues, forwards
#   《X》同时废止 · 《X》自2021年1月1日起废止 · 《A》《B》不再执行 · 《X》同时失效                  repeals
#   对《X》作如下修改 · 对《X》部分条款作如下修改 · 根据《决定》第二次修正                           amends
# Not 《X》印发以来, 《X》废止后, 《X》修订工作.
# An upward report submits the document it attaches (《…方案》,经…审议通过,现随文呈报): issues, as 印发 does.
# 现将《X》下发给你们 · 《A》和《B》…现予以下发: 下发 issues what it sends, as 印发 does.
# An approval between the document and the verb that sends it: 已经市政府同意, · 业经…常务会议通过, · ,并经市委…常委会会议审议
# 通过, · 已于2009年7月27日经省林业厅批复同意实施(浙林资批〔2009〕53号), (the day, the approval's effect and its 文号 too).
# A meeting's approval whose 已经 the copy lost or masked (《X》 (略) 政府第5次常务会议审议通过,现印发给你们): the meeting
# and its 审议通过 are enough.
APPROVED = (r"(?:[，,]?(?:并|且)?(?:(?:已|业)?(?:于[^，,。；;\n《》]{1,16}?)?报?经[^，,。；;\n]{1,40}?(?:同意|通过|批准|审定|赞成)"
            r"|[^，,。；;\n《》]{1,40}?会议审议通过)"
            r"(?:实施|执行|施行)?(?:[（(][^（）()\n]{0,30}[）)])?[，,]?){0,3}")
# 现将省经贸委《X》,批转给你们: a government forwards what a body under it reported, approved, as 转发 does.
AFTER_VERBS = {"转发": "forwards", "层转": "forwards", "批转": "forwards", "印发": "issues", "呈报": "issues", "呈送": "issues", "下发": "issues"}
AFTER_VERB = compiled_later(
    r"\s*(?:[（(][^（）()\n]{0,40}[）)])?"  # （以下简称《方案》）
    # a 文号 read inside its brackets, without the title before it, then a verb amending or repealing it: .X .(长府发〔2018〕8号)
    # 作如下修改 (not an approval's number in its own bracket: …批复同意实施(浙林资批〔2009〕53号),现印发给你们)
    r"(?:[）)](?=\s*(?:[作做]如下修改|作出如下修改|修改如下|予以修改|予以废止|同时废止)))?"
    # 《A》《B》等文件 · 《A》(…号)等5件行政规范性文件予以修改 · 《A》等26项规章 (a decision's count of the documents it names first)
    r"\s*(?:等(?:[\d一二三四五六七八九十百]{1,4}(?:件|部|个|项))?(?:[\u4e00-\u9fff]{0,8}?(?:文件|规章))?)?"
    r"(?:"
    # 已(报)经市政府同意，现 · 业经…常务会议通过,现 · ,经…审议通过,现随文 · ,现
    # and a second approval: …常务会议审议通过,并经市委…常委会会议审议通过,现印发给你们
    # 《X》已修订,经县政府同意,现印发给你们: the revised text is what is sent (its revision is no relation of its own)
    r"(?:[，,]?(?:已经|已|业已|经)(?:重新)?(?:修订|修改|修正)(?:完善)?(?=[，,]))?"
    + APPROVED + r"(?:[，,。]?现|[，,](?=(?:转发|批转|印发|下发)给))?(?:随文)?(?:予以|予)?"
    # …组织制定了《A》《B》和《C》。现印发给你们: the next sentence's 现印发 sends what the last one named, unless a title
    # follows it (现印发《D》: D is sent)
    # 《A》和《B》已转发在下文: a forward printed below the notice is sent with it (已转发 alone reports an earlier act)
    r"(?:已(?=转发[在于]?(?:下文|下面|如下|文后|后面|附后)))?"
    r"(?P<verb>转发|层转|批转|印发|呈报|呈送|下发)(?!的|以来|后|之后|实施|之日|时|前|\s*《)"
    # 汇总形成了《X》,现予以公布 · 《X》…通过,现予公布 · 制定了新的《X》,现予发布: what the notice publishes, as what it
    # issues (never 公布 or 发布 alone: 《名单》公布后, 将《X》公布于众, 《X》发布以来)
    r"|" + APPROVED + r"[，,。]?现?(?:予以|予)"
    r"(?P<published>公布|发布)(?!的|以来|后|之后|前|于|会)"
    # 根据《…的决定》(豫政〔2017〕16号),此文件宣布失效: the cited act repealed the document the page prints (a portal's or a
    # database's validity note on it), as a history line's 修正 amended it
    r"|[，,]\s*(?:此|该|本)(?:文件|件)(?:已经|已)?(?:被)?(?:宣布|予以)?(?P<repealed>废止|失效|作废|停止执行)(?!的|后|之后|以来|前|时)"
    r"|(?:[，,]?自[^，,。；;\n]{1,20}?起)?(?:同时|即行|一律|宣布|予以|相应)?"
    r"(?P<repeal>废止|不再执行|停止执行|停止施行|失效|作废)(?!的|后|之后|以来|前|时)"
    r"|(?:的?(?:部分|有关|个别|相关)?(?:条款|条文|内容)|第[一二三四五六七八九十\d]{1,3}次)?"
    r"(?:(?P<amend>[作做]如下修改|作出如下修改|修改如下|[作做]如下修订|作如下修正|进行修改|予以修改|作相应修改)"
    # 根据…《…的决定》第二次修正: the cited decision amended this document (its history line)
    r"|(?P<amended>修正|修订))"
    r"(?!的|后|稿|工作|过程|中|草案|征求)"  # 形成了《X》修订草案征求意见稿: a draft of X's revision, no amendment made
    r")"
)

# The nearest of these before a citation, in the same clause, names the relation:
# 根据《X》 basis, 认真落实A《X》和B《Y》 implements (both), 关于转发《X》的通知 forwards,
# 关于废止《X》的决定 repeals, 关于修改《X》的决定 amends.
BEFORE_TRIGGERS = {
    "转发": "forwards",
    "批转": "forwards",  # 关于批转《X》的通知: the government approves and forwards its body's text
    "印发": "issues",
    # 关于发布《X》的通知: a notice that publishes rules sends them as 印发 does (发布 alone: 在网站发布《X》 is a posting)
    "关于发布": "issues",
    # 关于实行《局党组会议制度》等20项管理制度的通知: the notice puts the rules it names in force, as 印发 issues them
    "关于实行": "issues", "关于施行": "issues",
    "废止": "repeals",
    "修改": "amends", "修订": "amends", "修正": "amends",
    "贯彻落实": "implements", "认真落实": "implements", "贯彻执行": "implements", "落实": "implements",
    "贯彻": "implements",
    "根据": "basis", "按照": "basis", "依据": "basis", "依照": "basis", "遵照": "basis",
    "按": "basis",  # 按市民政局《X》确定的标准 (i10): 按照 in short
}
# A document the text takes as its ground by 以…为依据: 以《教师法》和《职业教育法》为依据 · 以《X》(…号)为依据 · 以《X》等法律法规为
# 准绳 · 可以《X》为依据 (basis, as 依据《X》 is). 以 there is a preposition opening the frame; after 予/所/加/难/足 it ends
# another word (予以, 所以, 加以, 难以, 足以). The frame's close follows the run of titles, a bracket and an 等-phrase allowed
# between.
BASIS_FRAME_OPEN = compiled_later(r"(?<![予所加难足])以[ \t\u3000]*$")
BASIS_FRAME_CLOSE = compiled_later(r"\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*(?:等[\u4e00-\u9fff、]{0,12}?)?为(?:依据|根据|准绳)")
# 按 starts other words too: 按时, 按期, 按月 (按时将《X》报送 is no basis), 按要求, 按钮.
NOT_BASIS_AFTER_AN = ("照", "时", "期", "月", "季", "年", "日", "周", "天", "次", "需", "要求", "规定", "程序",
                      "比例", "揭", "钮", "键", "摩")
# 按照省政府印发的《X》, 根据修订后的《X》, 2020年11月印发了《X》: these verbs describe the document (an
# earlier act), the relation comes from the word before them.
DESCRIBING_VERBS = ("转发", "批转", "印发", "废止", "修改", "修订", "修正")
# 今年已印发《X》, 已经转发《X》: a report of what was issued before, not the document issued with this one.
REPORTED_VERBS = ("转发", "批转", "印发")
BEFORE_TRIGGER = compiled_later(
    "|".join(
        ("(?<!已)(?<!已经)" if word in REPORTED_VERBS else "") + re.escape(word)
        + ("(?!的|后|过|了)" if word in DESCRIBING_VERBS else "")
        + (f"(?!{'|'.join(NOT_BASIS_AFTER_AN)})" if word == "按" else "")
        for word in sorted(BEFORE_TRIGGERS, key=len, reverse=True)
    )
)
# A news report's lead on the notice it reports: 日前，亳州市绿化委印发了《X》 · 近日，郑州市政府办公厅下发《X》.
# The report stands for the notice: what it says was issued is the document issued (gold: issues).
# A policy interpretation's lead gives the day instead: 2024年3月28日,高唐县人民政府印发了《X》 (a line's start: not a
# date inside a sentence).
# 日前 after a day's number is a limit (6月10日前), no 近日. A news brief gives the day without its year, as 近日 gives none, at a clause's start: 为进一步加强…,经省政府同意,6月10日,陕西省
# 下发《X》 (a year there, 2019年5月,国务院印发《X》,…, is an earlier act a notice recalls: cited).
NEWS_LEAD_ISSUED = compiled_later(
    r"(?:(?<![\d一二三四五六七八九十])日前|近日|近期|前不久|最近|(?:^|(?<=\n))\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|(?:^|(?<=[\n，,。]))\s*\d{1,2}月\d{1,2}日(?![前后起至内以之]))[，,]?\s*"
    r"[^，,。；;！!？?：:\n《》“”□]{2,40}?(?:印发|下发)了?\s*$", re.MULTILINE)
NEWS_LEAD_REACH = 60  # characters before a citation its lead may start
# Documents named first and forwarded together at the sentence's end, with no object of the 转发 of its own:
# 省文物局连续下发了《A》《B》《C》,州文物局下发了《D》,为认真贯彻落实好…通知精神,现一并转发你们 (all four forwarded) ·
# …现将上述文件转发给你们 · 领导小组印发了《X》(…号),要求…,现将该文件转发你们 · 国家减灾委员会办公室印发了《X》(…号),就…提出了
# 具体要求,现将通知层转你们 (the sentence names the document, then sends it on by a word pointing back to it).
# Not 现将《Y》转发给你们 (Y is forwarded, not what the sentence named before it).
FORWARDED_TOGETHER_LATER = compiled_later(
    r"[^。；;：:\n]{0,200}?现(?:将(?:上述|该|此|以上|这一?)?(?:文件|通知|意见|文件精神|通知精神)(?:一并)?|将上述(?:一并)?|一并"
    r"|予以一并)(?:转发|层转|转)(?:给)?你们")
# An interpretation's lead names the notice it interprets in the sentence that announces the reading, with no day
# before it: 为全面推进…工作,聊城市人民政府印发了《X》(聊政发〔2020〕8号),…将有关要点解读如下 (y03) · …印发了《X》,现将有关
# 政策解读如下. The page stands for the notice, as a news report does (CONVENTIONS.md C5: issues). The verb must end
# the clause right before the title; the reading must close the same sentence.
ISSUED_BEFORE_TITLE = compiled_later(r"(?<!已)(?<!已经)(?:印发|下发)了?[ \t\u3000]*$")
INTERPRETED_AFTER = compiled_later(r"[^。！!？?\n]{0,80}?解读如下")
# A sentence that names a document, then settles the questions of carrying it out: 国发〔1980〕121号文件批转了《X》(以下简称
# 《请示报告》),现对贯彻执行中的若干具体问题,提出如下处理意见 · 《X》已经印发,现就贯彻执行中的有关问题通知如下 · …现将贯彻落实
# 的有关问题通知如下 (implements, as 贯彻执行《X》 is: CONVENTIONS.md C20). The next clause must open with 现 and name
# the questions of its execution, so that a 现 sending or forwarding it (现印发给你们) is no such clause.
IMPLEMENTATION_QUESTIONS_LATER = compiled_later(
    r"\s*(?:[（(][^（）()\n]{0,40}[）)])?[^，,。；;\n《》]{0,12}[，,]\s*现(?:对|就|将)\s*"
    r"(?:贯彻执行|贯彻落实|贯彻实施|贯彻|执行|实施)(?:过程)?中?的?(?:若干|有关|一些|几个)?(?:具体)?问题")
# A forwarding notice whose title names the notice it forwards in plain words, that notice's 关于印发《X》 included:
# 重庆市国家税务局转发关于印发《X》的通知 · 关于转发省人民政府办公厅关于印发《X》的通知的通知 · 批转市发改委关于印发《X》的通知.
# The 印发 is the forwarded notice's act, inside the name 转发 takes as its object: this notice passes X on, it issues
# nothing (CONVENTIONS.md C5), so X is forwarded. The name runs from 转发 to 关于印发 with no clause break or other title
# (a title between is masked: □). The body's sentence puts the verb after the name: 现将省人民政府办公厅关于印发《X》的通知
# (…号)转发给你们 (FORWARDED_NOTICE_AFTER, read after the title).
FORWARDED_ISSUE_BEFORE = compiled_later(r"(?:转发|批转)[^，,。；;：:\n《》□]{0,40}?关于印发[ \t\u3000]*$")
FORWARDED_NOTICE_AFTER = compiled_later(
    r"\s*的通知\s*(?:[（(][^（）()\n]{0,30}[）)])?\s*(?:一并)?(?:转发|批转|层转)(?:给)?你们")
MAX_AFTER_VERB_DISTANCE = 80  # characters between a citation and the 转发/印发 that follows it
# 印发 and 转发 before a citation make it the document issued or forwarded only when it is the
# verb's whole object: what follows it ends the clause or the name of the notice (关于印发《X》的通知,
# 现将省政府《X》转发给你们, 转发《A》等文件). Followed by more of a name (关于印发《政府工作报告》
# 重点工作任务分工的通知, 印发2023年区《政府工作报告》确定的…方案) it is only mentioned in what is issued.
OBJECT_RELATIONS = ("issues", "forwards")
# A download link's label after the title names the file it is offered as, no more of the name: 中共中央办公厅国务院办公厅
# 印发《关于全面推行林长制的意见》pdf预览版 · …》PDF完整版 · 》word版下载 · 》全文下载 · 》(附全文). Never empty.
FILE_LABEL = (r"(?:[（(]附?全文[）)]|(?i:pdf|word|docx?|wps|ofd)[^\S\n]?(?:预览版|完整版|全文版|电子版|版)?(?:下载|预览)?"
              r"|(?:预览版|完整版|全文版|电子版)(?:下载)?|(?:全文)?下载)")
FILE_LABEL_RE = compiled_later(FILE_LABEL)
OBJECT_END = compiled_later(
    r"\s*(?:[（(][^（）()\n]{0,40}[）)])?"  # （简称《方案》）, （2020年修订）
    r"\s*(?:$|[，,。；;！!？?：:\n“”\"]"
    r"|(?=" + FILE_LABEL + r")"  # …》pdf预览版 (FILE_LABEL)
    r"|的(?:通知|函|决定|意见|批复|复函|通报|公告|通告|报告|请示|决议|命令|令)"
    r"|等|给|至|到|如下|以下|[和及与、]|以及)"
)
# A trigger that does not reach the title after it: 修订完善形成了《X》 (a verb of making between 修订 and the title:
# the title is what was made, not what is amended) · 按照职责分工将《X》…分解落实 (将/把 opens another object: the
# basis is the 职责分工, not the title).
MADE_BETWEEN = compiled_later(r"形成|制定|起草|编制|拟定|修改完善后的")
OBJECT_OPENED_BETWEEN = compiled_later(r"[将把]")
CLAUSE_BREAK = compiled_later(r"[，,。；;！!？?：:\n]")
MAX_TRIGGER_DISTANCE = 80  # characters between a trigger and the citation it governs
# A task to revise a document, a sentence of its own in a list of measures: 。修订《X》。 (u04) · ；修改完善《X》；
TASK_TO_REVISE_BEFORE = compiled_later(r"(?:^|[。；;\n])[ \t\u3000]*(?:研究|抓紧|适时|及时|加快)?(?:修订|修改|修正)(?:完善)?[ \t\u3000]*$")
TASK_END = compiled_later(r"\s*[。；;]")
# A task to issue a document later, under its step of a schedule (CONVENTIONS.md C5: a planned issue cites): 第一季度:印发《X》
# (v01) · 6月底前,印发《X》 · 上半年:印发《X》. The notice's own issue has no step before its 印发 (关于印发《X》的通知,
# 现印发《X》).
TASK_TO_ISSUE_BEFORE = compiled_later(
    r"(?:(?:季度|半年|[月旬]|月份|月底|年底|年内)[ \t\u3000]*[:：]|前[ \t\u3000]*[:：，,])[ \t\u3000]*印发[ \t\u3000]*$")

# An edition label (2004年修正) names a version of a title; its 修正 governs no citation after it
# (山东省实施《…条例》办法(2004年修正)山东省人民政府山东省实施《…条例》办法).
EDITION_LABEL_RE = compiled_later(r"[（(]\s*(?:19|20)\d{2}\s*年\s*(?:修正|修订|修改)(?:本|版)?\s*[）)]")

# 《A》和《B》, 省政府《A》、省委《B》: citations in one list share the verb that follows the list, and the
# trigger before its first item: 根据《A》（…号），《B》（…号）和《C》 (a comma right before the next
# title), 依据《A》、《B》等法律、法规，以及《C》和《D》 (a summary of the run, then 以及), 根据《A》和《B》文件精神，以及《C》
# (the run's 精神 or 要求, then 以及: only 以及 carries a list past a comma without 等).
LIST_JOINER = compiled_later(
    # a bracketed note after the title before the joiner: 《A》(2016-2020年)及《B》, 《A》(20xx-20xx年)及《B》
    r"\s*(?:[（(][^（）()\n《》]{0,40}[）)]\s*)?"
    # a bare 文号 named as a file: 按照中办发电〔2024〕38号文件、《A》(…号)以及粤委发电〔2024〕66号文件、《B》
    r"(?:文件\s*)?"
    r"(?:等[^，,。；;：:\n《》]{0,10}[，,]\s*(?=以及|和|及|与)|[^，,。；;：:\n《》]{0,10}[，,]\s*(?=以及))?"
    r"(?:以及|和|及|与|、)[^，,。；;：:\n《》]{0,25}")
COMMA_JOINER = compiled_later(r"\s*[，,]\s*")  # joins a list only when a 《title》 follows it
# A comma, then the bodies that issued the next 《title》: 贯彻落实省委、省政府《A》,省政府《B》和省政府办公厅《C》 (one list).
COMMA_ISSUER_JOINER = compiled_later(r"\s*[，,]\s*(?:[\u4e00-\u9fff]{1,10}?(?:人民政府|政府|党委|委员会|办公厅|办公室|党组|省委|市委|"
                                 r"县委|区委|厅|局|部|委)[、和及与]?){1,3}\s*")

# A step of another document's history in the bracket after its name (a decision's list of the rules it amends: 一、X(1986年
# 2月14日市人民政府京政发22号文件发布,根据1997年12月31日市人民政府第12号令第一次修改,…)): the act named after 根据 amended X
# before; the 根据 is the step's, neither this notice's basis nor an amendment of it. A law's own history, alone on its line
# under its title, follows no name (lifecycle_relations.on_history_line reads it).
AMENDMENT_STEP_AFTER = compiled_later(r"\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*第[一二三四五六七八九十\d]{1,3}次(?:修改|修正|修订)")
HISTORY_NOTE_REACH = 300  # characters from a history note's bracket to a step inside it

MASK = "□"
# A later request in the same paragraph to carry out the document named before it, by its kind's word and 精神 instead of its
# title (荆州市政府办公室印发《关于做好…的》通知。…请各县市区科协将贯彻落实荆州市政府办公室通知精神和落实情况…报市科协):
# implements, as 贯彻落实《X》 is (CONVENTIONS.md C4). 文件精神 stands for any document; another kind's word (意见精神 after a
# 通知) names another. Read on the folded text after the mention, up to the paragraph's end or the next mention.
IMPLEMENTED_BY_KIND_LATER = compiled_later(
    r"(?:贯彻落实|认真落实|贯彻执行|抓好落实)(?:好)?[^。；;\n《》]{0,16}?(?:上述|该|此)?(?P<kind>通知|文件|意见|方案|办法|决定)精神")
# The kind of document a mention names: its title's last word, or the word the copy printed after its bracket (《关于…的》通知).
MENTION_KIND = compiled_later(r"(?:通知|意见|方案|办法|决定)$")
KIND_AFTER_BRACKET = compiled_later(r"^\s{0,2}(?P<kind>通知|意见|方案|办法|决定)")


def _masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the given spans (which may overlap) blanked out, so that words inside titles
    trigger nothing. Built from slices in span order, not character by character."""
    pieces: list[str] = []
    pos = 0  # everything before it is written
    for start, end in sorted(spans):
        if end <= pos:
            continue  # inside a span already blanked
        start = max(start, pos)
        pieces += (text[pos:start], MASK * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _joined(text: str, before: Mention, mention: Mention) -> bool:
    """Whether ``mention`` goes on the list ``before`` ends: 《A》和省委《B》, and a 《title》 right after
    the one before it or after a comma: 《A》《B》, 《A》（…号），《B》."""
    if LIST_JOINER.fullmatch(text, before.end, mention.start):
        return True
    gap = text[before.end:mention.start]
    return text.startswith("《", mention.start) and (not gap.strip() or COMMA_JOINER.fullmatch(gap) is not None
                                                     or COMMA_ISSUER_JOINER.fullmatch(gap) is not None)


def _lists(text: str, mentions: list[Mention]) -> Iterator[list[Mention]]:
    """Runs of citations joined by 和/、/及: 《A》和省委《B》."""
    run: list[Mention] = []
    for mention in mentions:
        if run and not _joined(text, run[-1], mention):
            yield run
            run = []
        run.append(mention)
    if run:
        yield run


def _after_relation(verb: re.Match) -> str:
    if verb["repeal"] or verb["repealed"]:
        return "repeals"
    if verb["amend"] or verb["amended"]:
        return "amends"
    if verb["published"]:
        return "issues"
    return AFTER_VERBS[verb["verb"]]


def _trigger_before(masked: str, start: int, reach_from: Optional[int] = None, past_objects: bool = False) -> Optional[str]:
    """The relation named by the nearest trigger before ``start`` in the same clause, no further than
    MAX_TRIGGER_DISTANCE before ``reach_from`` (default ``start``): the first item of the list
    ``start`` is in, so that 依据《A》、《B》、…、《E》 reaches its 依据 from every item. A repeal or amend
    verb acts on the title right after it, not on a later one (关于修改《X》的决定…令《Y》). ``past_objects``: a
    印发/转发 that does not take the title as its whole object describes it, and the trigger before it governs
    (贯彻落实市政府办公厅转发市科委《X》(…号)文件精神: implements)."""
    reach_from = start if reach_from is None else reach_from
    window_start = max(0, reach_from - MAX_TRIGGER_DISTANCE)
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(masked, window_start, start)), default=window_start)
    # Only the nearest trigger counts: try them from the nearest back, so a long list costs one bracket scan.
    nearest = next((t for t in reversed(list(BEFORE_TRIGGER.finditer(masked, clause_start, start)))
                    if not closes_before(masked, t.end(), start)
                    and not (past_objects and BEFORE_TRIGGERS[t.group()] in OBJECT_RELATIONS)), None)
    relation = BEFORE_TRIGGERS[nearest.group()] if nearest else None
    if relation and _trigger_stops_short(relation, masked[nearest.end():reach_from]):
        return None
    return None if relation in ("repeals", "amends") and MASK in masked[nearest.end():reach_from] else relation


def _trigger_stops_short(relation: str, between: str) -> bool:
    """Whether what stands between a trigger and the title it precedes keeps the trigger off the title."""
    if relation in ("repeals", "amends"):
        return MADE_BETWEEN.search(between) is not None
    return relation == "basis" and OBJECT_OPENED_BETWEEN.search(between) is not None


# A title line wrapped after a citation: the next line goes on with the name, up to the notice's type
# (关于印发2022年《政府工作报告》⏎重点任务责任落实分工的通知). The citation is a word of that name.
WRAPPED_NAME_RE = compiled_later(
    r"[^\S\n]*\n[^\S\n]*[^，,。；;！!？?：:\n《》]{1,40}?的(?:通知|函|决定|意见|批复|复函|通报|公告|通告|报告|请示|决议)"
    r"[^\S\n]*(?:\n|$)"
)


def is_verb_object(text: str, end: int = 0) -> bool:
    """Whether a citation (or list) ending at ``end`` is the whole object of the 印发/转发 before it,
    not a word inside a longer name: 关于印发《X》的通知, but not 关于印发《政府工作报告》重点工作任务分工的通知,
    nor the same name wrapped onto the next line. (With ``end`` 0, whether ``text`` is what may follow
    such an object.)"""
    return OBJECT_END.match(text, end) is not None and WRAPPED_NAME_RE.match(text, end) is None


def _is_task_to_revise(masked: str, text: str, start: int, end: int) -> bool:
    """Whether 修订《X》 is a measure's whole sentence (…人口。修訂《湖南省戶口登記管理辦法》。(責任單位:省公安廳)): a task
    to revise the document later, not this document amending it (关于修改《X》的决定, 对《X》作如下修改)."""
    return bool(TASK_TO_REVISE_BEFORE.search(masked, max(0, start - 12), start)) and bool(TASK_END.match(text, end))


def _is_task_to_issue(masked: str, start: int) -> bool:
    """Whether 印发《X》 is a step of a schedule (第一季度:印发《X》): a task to issue the document later, not this notice
    issuing it."""
    return bool(TASK_TO_ISSUE_BEFORE.search(masked, max(0, start - 20), start))


def _issued_by_forwarded_notice(masked: str, start: int, end: int) -> bool:
    """Whether the 印发 right before the titles from ``start`` to ``end`` is inside the plain name of a notice that a 转发
    forwards, before the name (转发…关于印发《X》的通知: FORWARDED_ISSUE_BEFORE) or after it (…关于印发《X》的通知转发给你们:
    FORWARDED_NOTICE_AFTER)."""
    return bool(FORWARDED_ISSUE_BEFORE.search(masked, max(0, start - 60), start)
                or (masked.endswith("关于印发", 0, start) and FORWARDED_NOTICE_AFTER.match(masked, end)))


def _interpretation_lead(masked: str, start: int, end: int) -> bool:
    """Whether the citations from ``start`` to ``end`` are what an interpretation's lead reports issued: 印发了《X》
    right before them and 解读如下 closing their sentence."""
    return bool(ISSUED_BEFORE_TITLE.search(masked, max(0, start - 12), start)) and bool(INTERPRETED_AFTER.match(masked, end))


def _in_basis_frame(text: str, start: int, end: int) -> bool:
    """Whether the run of titles from ``start`` to ``end`` is what 以…为依据 takes as its ground (BASIS_FRAME_OPEN/CLOSE)."""
    return bool(BASIS_FRAME_OPEN.search(text, max(0, start - 4), start)) and bool(BASIS_FRAME_CLOSE.match(text, end))


def _step_of_named_history(text: str, start: int, end: int) -> bool:
    """Whether the citation at ``text[start:end]`` is the act of an amendment step (根据…第12号令第一次修改) inside a bracket
    that follows a name on its line (see AMENDMENT_STEP_AFTER)."""
    if not AMENDMENT_STEP_AFTER.match(text, end):
        return False
    window_start = max(0, start - HISTORY_NOTE_REACH)
    opened = max(text.rfind("(", window_start, start), text.rfind("（", window_start, start))
    return (opened > 0 and not text[opened - 1].isspace() and not closes_before(text, opened + 1, start)
            and "\n" not in text[opened:start])


def assign_relations(text: str, mentions: list[Mention], blanked: list[tuple[int, int]]) -> None:
    editions = [(m.start(), m.end()) for m in EDITION_LABEL_RE.finditer(text)]
    masked = _masked(text, [(m.start, m.end) for m in mentions] + blanked + editions)
    for run in _lists(text, mentions):
        verb = verb_after(text, run[-1].end)
        for mention in run:
            if verb:
                mention.relation = _after_relation(verb)
            elif FORWARDED_TOGETHER_LATER.match(text, run[-1].end):
                mention.relation = "forwards"
            else:
                news_lead = (NEWS_LEAD_ISSUED.search(masked, max(0, run[0].start - NEWS_LEAD_REACH), run[0].start)
                             or _interpretation_lead(masked, run[0].start, run[-1].end))
                relation = "issues" if news_lead else _trigger_before(masked, mention.start, run[0].start)
                # 印发/转发 govern only a whole object: in 贯彻落实A《X》、B印发《Y》 the 印发 describes 《Y》, and the
                # list's trigger (贯彻落实) is what governs it
                if relation in OBJECT_RELATIONS and not is_verb_object(text, run[-1].end):
                    relation = _trigger_before(masked, mention.start, run[0].start, past_objects=True)
                if relation is None and mention is not run[0]:  # an item after a comma: its list's trigger
                    relation = _trigger_before(masked, run[0].start)
                    if relation in OBJECT_RELATIONS and not is_verb_object(text, run[-1].end):
                        relation = None
                if relation == "amends" and _is_task_to_revise(masked, text, run[0].start, run[-1].end):
                    relation = None
                if relation == "issues" and not news_lead and _is_task_to_issue(masked, run[0].start):
                    relation = None
                if relation == "issues" and not news_lead and _issued_by_forwarded_notice(masked, run[0].start, run[-1].end):
                    relation = "forwards"
                relation = relation or ("implements" if IMPLEMENTED_AFTER.match(text, run[-1].end)
                                        or IMPLEMENTATION_QUESTIONS_LATER.match(text, run[-1].end) else None)
                relation = relation or ("basis" if _in_basis_frame(text, run[0].start, run[-1].end) else None)
                relation = relation or ("basis" if under_basis_heading(text, run[0].start) else None)
                if relation == "basis" and _step_of_named_history(text, mention.start, mention.end):
                    relation = None
                mention.relation = relation or "cites"
            lifecycle_relation(text, mention, bool(verb and (verb["amended"] or verb["repealed"])))
    for mention, following in zip(mentions, mentions[1:] + [None]):
        if mention.relation == "cites" and _implemented_by_kind_later(text, mention, following):
            mention.relation = "implements"


def _implemented_by_kind_later(text: str, mention: Mention, following: Optional[Mention]) -> bool:
    """Whether the paragraph after ``mention`` (before the next mention) asks that the document be carried out by its kind's
    word (IMPLEMENTED_BY_KIND_LATER) naming the mention's kind or 文件."""
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    if following is not None:
        end = min(end, following.start)
    later = IMPLEMENTED_BY_KIND_LATER.search(fold(text[mention.end:end]))
    if not later:
        return False
    if later.group("kind") == "文件":
        return True
    named = MENTION_KIND.search(fold(mention.title or ""))
    printed_after = KIND_AFTER_BRACKET.match(fold(text[mention.end:mention.end + 8]))
    return (named or printed_after) is not None and (named or printed_after).group(0).strip() == later.group("kind")


# A line break inside the words after a citation (a wrapped line, an OCR'd page: 已经区政府研究同⏎意，现印发) is no
# break in them, nor are the spaces OCR puts between characters (现 印 发 给 你 们); an empty line is.
WRAPPED_LINE_BREAK = compiled_later(r"[^\S\n]*\n[^\S\n]*(?!\n)|[^\S\n]+")


# A citation that took the 文号 printed in its bracket leaves the bracket open (《X》(国发〔2000〕25号 of
# 《X》(国发〔2000〕25号,以下简称《通知》)转发给你们): the rest of that bracket, its short form, stands before the verb.
# A bracket after a title that opens with the act the text was amended or made under (《X》(根据沪建研[2004]261号修正),
# 《X》（依据…号文件制定）): the 文号 there is that act's, never the title's own (no garbled code starts with 根据), and the
# words after it in the bracket are its own verb (修正: it amended X), not the rest of X's bracket.
ANOTHER_ACT_OPENS = re.compile(r"根据|根據|依据|依據|按照|依照")
OPEN_BRACKET_END = compiled_later(r"》\s*[（(](?!" + ANOTHER_ACT_OPENS.pattern + r")[^（）()\n]{0,40}$")
BRACKET_REST = compiled_later(r"[^（）()\n。]{0,30}[）)]")


def verb_after(text: str, end: int) -> Optional[re.Match]:
    """The verb right after a citation ending at ``end`` (``AFTER_VERB``), read over wrapped lines and past the rest of
    a bracket the citation opened. Only its groups are used: the match is made on the unwrapped window, not on
    ``text``."""
    if OPEN_BRACKET_END.search(text, max(0, end - 40), end) and (rest := BRACKET_REST.match(text, end)):
        end = rest.end()
    window = text[end:end + MAX_AFTER_VERB_DISTANCE]
    window = WRAPPED_LINE_BREAK.sub("", window)
    return AFTER_VERB.match(window)


def repealed_or_forwarded_after(text: str, end: int) -> bool:
    """Whether the verb right after a citation ending at ``end`` repeals or forwards it (《X》同时废止,
    现将《X》转发给你们): what a document never does to itself."""
    verb = verb_after(text, end)
    return verb is not None and (verb["repeal"] is not None or verb["verb"] == "转发")


EXAMPLES = {
    "IMPLEMENTED_BY_KIND_LATER": Examples(match=("将贯彻落实荆州市政府办公室通知精神和落实情况", "请认真贯彻落实文件精神", "抓好落实上述意见精神"),
                                          no_match=("贯彻落实党的二十大精神", "学习文件", "落实情况")),
    "MENTION_KIND": Examples(match=("关于做好春季防火工作的通知", "实施方案"), no_match=("关于做好监测评估工作的", "条例")),
    "KIND_AFTER_BRACKET": Examples(match=("通知", " 意见"), no_match=("的通知", "印发")),
    "BASIS_FRAME_OPEN": Examples(match=("，以", "要以", "以 ", "可以"), no_match=("予以", "所以", "加以", "难以")),
    "BASIS_FRAME_CLOSE": Examples(match=("为依据", "（国发〔2020〕1号）为依据", "等法律法规为准绳", "为根据"),
                                  no_match=("为指导", "为重点", "的依据", "依据")),
    "AMENDMENT_STEP_AFTER": Examples(match=("第一次修改", "第2次修正", "(…号)第三次修订"), no_match=("修改", "第一条修改为")),
    "OPEN_BRACKET_END": Examples(match=("《X》(国发〔2000〕25号", "《X》（川府发〔2016〕1号"),
                                 no_match=("《X》(国发〔2000〕25号)", "《X》", "经省林业厅批复同意实施(浙林资批〔2009〕53号",
                                           "《X》\n(根据沪建研[2004]261号")),
    "ANOTHER_ACT_OPENS": Examples(match=("根据沪建研[2004]261号修正", "依据国办发〔2010〕5号文件制定", "根據京政發22號修改"),
                                  no_match=("国发〔2020〕1号", "永村(社区)换届办〔2021〕4", "2001年5月8日市人民政府令第12号发布")),
    "BRACKET_REST": Examples(match=(",以下简称《通知》)", "，下同）"), no_match=("转发给你们", "。现印发给你们")),
    "TASK_TO_REVISE_BEFORE": Examples(match=("人口。修订", "；抓紧修改完善"), no_match=("关于修改", "决定修改")),
    "FORWARDED_ISSUE_BEFORE": Examples(
        match=("重庆市国家税务局转发关于印发", "关于转发省人民政府办公厅关于印发", "批转市发展改革委关于印发 "),
        no_match=("关于印发", "转发《A》,并关于印发", "关于转发□□□和关于印发", "转发给你们。关于印发")),
    "FORWARDED_NOTICE_AFTER": Examples(match=("的通知转发给你们", "的通知(湘政办发〔2015〕12号)转发给你们", "的通知一并转发你们"),
                                       no_match=("的通知,现转发给你们", "印发给你们", "的通知精神")),
    "TASK_END": Examples(match=("。", " ；"), no_match=("的决定",)),
    "AFTER_VERB": Examples(
        match=("印发给你们", "已经市政府同意，现印发给你们", ",印发给你们", "已报经区人民政府同意,现印发", "同时废止", "自2021年1月1日起废止",
               "不再执行", "已转发在下文", "部分条款作如下修改", "第二次修正", ",现转发给你们", ",经政府第7次常务会议审议通过,现随文呈报",
               "下发给你们", "已经委主任办公会议通过，现予以下发", "业经十二届10次市政府常务会议通过,现印发给你们",
               "已经市政府十七届61次常务会议审议通过,并经市委十三届第94次常委会会议审议通过,现印发给你们",
               "已经省人民政府赞成,现印发给你们", "。现印发给你们", "已修订,经县政府同意,现印发给你们", ",现予以公布,请你厅",
               "已经市政府常务会议通过,现予公布", ",现予发布",
               "已于2009年7月27日经省林业厅批复同意实施(浙林资批〔2009〕53号),现印发给你们",
               " (略) 政府第5次常务会议审议通过,现印发给你们", ")作如下修改 :", "等5件行政规范性文件予以修改",
               "(长春市人民政府1950年)等114件行政规范性文件予以废止", "等文件同时废止",
               "(豫政〔2017〕16号),此文件宣布失效", ",该文件已废止", ",批转给你们", "已经省政府同意,现批转给你们"),
        no_match=("印发以来", "废止后", "修订工作", "等5件文件修订工作", "修订草案征求意见稿", "呈报的", "下发后", "。现印发《X》", "公布后", "公布于众",
                  ",此文件失效后", ",本文件自印发之日起施行")),
    "BEFORE_TRIGGER": Examples(match=("根据", "认真落实", "关于转发", "关于废止", "关于修改", "现印发", "按市民政局", "关于批转"),
                               no_match=("印发的", "修订后的", "印发了", "已印发", "已经转发", "按时", "按期", "批转了", "批转的",
                                         "已批转")),
    "TASK_TO_ISSUE_BEFORE": Examples(match=("第一季度:印发", "6月底前,印发", "上半年：印发", "2023年9月:印发"),
                                     no_match=("关于印发", "现印发", "市政府办公室印发", "各区人民政府:\n现将")),
    "NEWS_LEAD_ISSUED": Examples(match=("日前,亳州市绿化委印发了", "近日,郑州市政府办公厅下发", "近日，省政府办公厅印发",
                                        "2024年3月28日,高唐县人民政府印发了", ",6月10日,陕西省下发"),
                                 no_match=("今年已印发", "近日，省政府办公厅印发的", "日前，根据", "要求于2024年3月28日印发了",
                                           ",6月10日前各县下发", "要求6月10日印发")),
    "LIST_JOINER": Examples(match=("和", "、", "以及省委", "等法律、法规,以及", "文件精神,以及", "(20xx-20xx年)及", "（2016-2020年）和", "文件、"), no_match=("。", "，制定", "等，", "文件精神,结合实际")),
    "FORWARDED_TOGETHER_LATER": Examples(match=(",州文物局下发了《D》,为认真贯彻落实好省、州文物局的通知精神,现一并转发你们", ",现将上述文件转发给你们",
                                                "(x处非联[20xx]x号),要求今年4—5月在我省集中开展非法集资宣传月活动,现将该文件转发你们",
                                                "(国减办发〔2022〕8号),就做好今年全国防灾减灾日有关事项提出了具体要求,现将通知层转你们"),
                                         no_match=(",现将《Y》转发给你们", ",现转发给你们", "现予转发")),
    "IMPLEMENTATION_QUESTIONS_LATER": Examples(
        match=("(以下简称《请示报告》),现对贯彻执行中的若干具体问题,提出如下处理意见", "已经印发,现就贯彻执行中的有关问题通知如下",
               ",现将贯彻落实的有关问题通知如下", "(国发〔2020〕3号),现就执行中的几个问题明确如下"),
        no_match=(",现印发给你们", ",现将有关问题通知如下", ",请认真贯彻执行。", "。现就贯彻执行中的有关问题通知如下")),
    "ISSUED_BEFORE_TITLE": Examples(match=("聊城市人民政府印发了", "市政府办公室下发"), no_match=("今年已印发", "印发的", "关于印发《")),
    "INTERPRETED_AFTER": Examples(match=("(聊政发〔2020〕8号),聊城市政府副秘书长郭守印同志将有关要点解读如下",
                                         ",现将有关政策解读如下"),
                                  no_match=(",请认真贯彻执行。", "将有关要点解读\n如下")),
    "COMMA_JOINER": Examples(match=("，", " , "), no_match=("、", "。")),
    "COMMA_ISSUER_JOINER": Examples(match=(",省政府", "，省委、省政府"), no_match=("、省政府", "。省政府", ",结合实际")),
    "WRAPPED_NAME_RE": Examples(match=("\n重点任务责任落实分工的通知",), no_match=("\n各苏木乡镇人民政府:", "的通知")),
    "is_verb_object": Examples(match=("的通知", "给你们", "，请认真贯彻执行", "等文件", ""),
                           no_match=("重点工作任务分工的通知", "确定的主要目标任务责任分解方案")),
    "OBJECT_END": Examples(match=("的通知", "给你们", "等文件", "，请认真贯彻执行", "(简称《方案》),对", "pdf预览版中共中央")),  # matched at a citation's end
    "FILE_LABEL_RE": Examples(match=("pdf预览版", "PDF完整版", "word版下载", "全文下载", "(附全文)", "完整版"),
                              no_match=("全文如下", "重点工作任务分工", "版本", "的通知")),
    "MADE_BETWEEN": Examples(match=("完善形成了", "后制定的"), no_match=("部分条款", "后的")),
    "OBJECT_OPENED_BETWEEN": Examples(match=("职责分工将",), no_match=("职责分工",)),
    "WRAPPED_LINE_BREAK": Examples(match=("同\n意", " \n ", "现 印"), no_match=("同意",)),
    "CLAUSE_BREAK": Examples(match=("根据省政府要求，", "经研究：", "\n"), no_match=("、", "《")),
    "EDITION_LABEL_RE": Examples(match=("办法(2004年修正)", "条例（2017年修订）", "（2019年修正本）"), no_match=("2004年修正", "（试行）")),
}
