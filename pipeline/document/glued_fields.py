"""Where the header of a copy that lost its line breaks is cut at what a page printed around the notice's own elements
(issue 15: 文号, title, recipients glued to a page's tools, a legal database's fields, a page's time stamp and source).

A page prints its tools, a database its fields, a portal the time and source of its posting, each on a line of its
own beside the notice's header; glued, they run into it. Breaks, on the copy's first lines:

- after a site's language switch opening the copy (ENGLISH限时办结制度…), after a page's reader tools glued before the 文号 or the recipients (朗读苍政办〔2007〕24号苍南县…, 朗读各乡镇人民政府,…:);
- before each field of a legal database's header (【法宝引证码】CLI.1.304262【时效性】尚未施行运城市…), and after the last
  field's value when it has a value's shape (a citation code, a link, a validity, a date, a 文号) and more is glued after it;
- around the time stamp and page fields glued between a title and its 文号 or the title printed again (…的通知2021年12月22日
  21:14来源:河南政府网豫政〔2021〕34号 · …的通知2017-11-21交通运输部办公厅关于…的通知): at the title's end, before each
  field, before and after the 文号 or the repeated title (after a title printed again right after the 文号, the
  headline's 【政策】 label left out). Only when all between is a stamp: a title followed by a date
  in a sentence (…的通知2021年12月22日起施行) is left alone;
- after a page's own stamp opening the line (歸檔時間:2021年12月27日【政策】廣州市…的實施意見…), and before it when a pirate
  mirror's keyword line is glued before it (…,色干网新在线观看歸檔時間:…);
- between a title printed twice in a row (…的通知包头市人民政府办公室关于…的通知包府办发〔2022〕43号…);
- around a title printed again after its issuer's name, as a legal database heads its text (…的通知住房和城乡建设部关于…的通知
  建办城函〔2009〕146号…);
- around a title between a section's name and its 文号 or a dash and its 文号 (法规库国务院办公厅关于…的通知国办函[2016]38号,
  …的实施意见——乌党发〔2015〕21号为加快…), a 版头 then its 文号 then the title, a 文号 and colon heading the title;
- around a signed date glued after the last sentence (…请认真组织实施。二○○九年九月七日下载阅读版本:…), printed twice, or
  after a signer glued to an attachment's name (…。附件:…防控指引某综合组2022年12月26日…), after a news lead's
  内容如下。 and a 范文 site's intro before its first copy's label (…小编精心整理的防汛通知9篇,…参考。防汛通知 篇1各市州…:).
"""

from __future__ import annotations

import re

from extractors.docnumbers import find_doc_numbers
from extractors.fold import fold
from extractors.lazy_patterns import compiled_later
from extractors.titles import DOC_TITLE_ENDINGS, TITLE_ENDING_RE
from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line
from pipeline.document.glued import GLUED_DOC_NUMBER, OPENING_WORDS, RECIPIENTS_OPENING, TITLE_BREAKS, glued_title_end
from pipeline.document.glued_crumbs import (
    ABOUT, BOOK_TITLE, CRUMB_SEPARATOR, NAME_START_END, PAGE_FIELD_LABEL, name_lines, title_end_before_fields,
)
from pipeline.document.outside import ISSUER_FIRST_LEAD_IN, NEWS_LEAD_IN
from pipeline.document.spam import SPAM_LINE_LENGTH, is_spam_line
from pipeline.document.wrapper import INFO_LABEL, INFO_LABEL_WORDS, LEGAL_DATABASE_LABELS, PAGE_TOOLS, SITE_GREETING, info_label_spans

SCAN_LINES = 20  # the page's header is among the copy's first lines
FIELD_GAP = 80  # the longest value between two fields of a legal database's header
STAMP_REACH = 60  # the longest stamp (time, source) between a title and its 文号
REPEAT_REACH = 400  # a site's lead between a title and its repeat is a few sentences at most
ISSUER_BETWEEN = 30  # the longest issuer's name printed between a title and its repeat
HEADER_REACH = 120  # a glued header's first 文号 and a breadcrumb's last separator stand within so many characters
TITLE_LENGTH = (6, 120)

# A run of reader tools opening a line (朗读, 打印本页 收藏).
PAGE_TOOL_RUN = compiled_later(r"^[ \u3000]*(?:(?:%s)[ \u3000|]*)+" % PAGE_TOOLS)
# A site's language switch opening the copy, glued before the title or a breadcrumb (ENGLISH限时办结制度发布时间:…,
# English Version | 繁體中文首页>…): its other language's page, no word of the notice.
# English in capitals or as a link's words (English Version, English |): a word of the notice's own is written so
# within its words (English角活动).
LANGUAGE_LINK = compiled_later(r"^[ \u3000]*(?:ENGLISH|English[ \u3000]?Version|English(?=[ \u3000]*[|/])|繁體中文|繁体中文|简体中文)"
                               r"(?:[ \u3000|/]*(?:ENGLISH|English|繁體中文|繁体中文|简体中文))*[ \u3000|/]*(?=[\u4e00-\u9fff])")
# A legal database's field label (【时效性】) or its link's (原文链接:).
LEGAL_DATABASE_FIELD = compiled_later(r"【(?:%s)】|原文链接[ \u3000]*[:：]" % LEGAL_DATABASE_LABELS)
# A document's type of two characters or more, where a title may end (通知, 实施方案; 法 and 令 are parts of words).
TITLE_ENDING_WORD = compiled_later("|".join(sorted((word for word in DOC_TITLE_ENDINGS if len(word) > 1), key=len, reverse=True)))
# A date as a page or a database prints it, with its clock time (2021年12月22日21:14, 2017-11-21, 06.05.2014 20:16; a
# space after a dash as some pages space it: 2022- 04- 27).
PAGE_DATE = (r"(?:(?:19|20)\d{2}(?:[-/][ \u3000]?|[.年])\d{1,2}(?:[-/][ \u3000]?|[.月])\d{1,2}日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
             r"(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?")
# The shapes of a database field's value, whatever is glued after it: a citation code, a link, a validity, a date.
LEGAL_DATABASE_VALUE = compiled_later(r"[ \u3000]*(?:CLI(?:\.\d+)+|https?://[!-~]+|现行有效|尚未施行|已被修改|部分失效|已失效"
                                      r"|失效|已废止|" + PAGE_DATE + ")")
# A page's own stamp, its value a date (归档时间:2021年12月27日, 发布时间:2021-08-26 10:49:18): the time the portal archived or
# posted the page, which it prints on a line of its own above the notice's heading (folded to simplified characters).
OPENING_PAGE_STAMP = compiled_later(r"(?:归档时间|归档日期|发布时间|发布日期|更新时间|更新日期)[ \u3000]*[:：][ \u3000]*" + PAGE_DATE)
# What goes on with the date rather than starting a heading glued to it: a space (the page's next field), a range, a
# limit, a weekday in brackets, a sentence's punctuation (…2021年3月1日至3月5日, …起施行, …前报送, …(星期一)).
DATE_GOES_ON = compiled_later(r"[\s至到起前后止~～\-—－、，,。；;：:（(]|以[前后来]")
# A page's section label in 【】 before the title it heads (【政策】廣州市…的實施意見, 【通知公告】…), which the title printed again
# under the page's fields goes without.
SECTION_LABEL = compiled_later(r"^[ \u3000]*【[^【】\s]{1,8}】[ \u3000]*")
# What a page prints between a title and its 文号: dates and labelled fields with short values, nothing else.
STAMP = compiled_later(r"(?:[ \u3000|•·]*(?:%s|%s[^:：。，,；;]{0,30}?))+" % (PAGE_DATE, PAGE_FIELD_LABEL.pattern))
STAMP_PART = compiled_later(r"%s|%s" % (PAGE_DATE, PAGE_FIELD_LABEL.pattern))
# The text's opening sentence glued after a page's stamp (…行动方案发布日期: 2022-04-27 浏览次数:为加快数字政府建设,…): its
# purpose or basis to the first comma, as a preamble opens (OPENING_WORDS).
TEXT_OPENING = compiled_later(r"(?:%s)[^，,。：:\n]{2,40}[，,]" % OPENING_WORDS)
# An information table's label of three characters or more glued to its value without a colon (发文机关国务院办公厅, 时效性现行有效:
# a legal database's fields glued into one line); shorter ones (文号, 来源, 标题) are words of values too.
COLONLESS_LABEL = compiled_later(r"(?:%s)(?![ \u3000:：|])" % "|".join(
    re.escape(word) for word in sorted({word for word in INFO_LABEL_WORDS if len(word) >= 3}, key=len, reverse=True)))
COLONLESS_LABELS = 3  # labels at least, the first opening the line: a table, not a sentence naming one
SENTENCE_MARK = compiled_later("[，,。；;]")  # no table's values hold these
PAGE_DATE_VALUE = compiled_later(PAGE_DATE)
LAST_VALUE = 16  # the longest value (a 公开方式's, a 责任处室's) glued before a title
TABLE_REACH = 300  # a glued table's labels stand within so many characters of its line's start
# A site's greeting, its first site's name, then a 文号's code and bracket (folded to simplified characters).
GREETING_BEFORE_CODE = compiled_later(r"^[ \u3000]*(?P<greeting>%s)[\u4e00-\u9fff]{2,16}[〔\[［(（【]" % SITE_GREETING)
# The end of a site's or a paper's name (河南政府网, 河南日报), which a 文号's code glued after it is no part of.
SOURCE_NAME_END = compiled_later(r"(?:网站|网|門戶|门户|日报|报|客户端)(?=[\u4e00-\u9fff]{2,}$)")

# A dash a journal's or a site's heading prints between the title and its 文号 (…的实施意见——乌党发〔2015〕21号).
TITLE_NUMBER_DASH = compiled_later(r"[ \u3000]*(?:——|—|－－|--)[ \u3000]*")
SECTION_WORD = compiled_later(r"[\u4e00-\u9fff]")
SECTION_NAME = 12  # the longest section's name a page prints glued before the title (法规库, 正文, 政策文件)
# A 版头 (…办公室文件) opening the line with its 文号 glued after it, then the title (國資委黨委辦公室文件國資黨辦宣傳[2009]33號
# 關于…): folded to simplified characters.
MASTHEAD_THEN_NUMBER = compiled_later(r"^[ \u3000]*(?P<masthead>[\u4e00-\u9fff]{2,20}?文件)(?=%s)" % GLUED_DOC_NUMBER.pattern)
# A 文号 a page prints as its heading's first part, a colon between it and the title (互政办函〔2023〕223号:互助…的通知).
NUMBER_COLON = compiled_later(r"%s[ \u3000]*[:：][ \u3000]*" % GLUED_DOC_NUMBER.pattern)

# A notice's date as its signature prints it (2022年4月14日, 二○○七年二月十五日: pipeline.document.dates.DATE's shape).
SIGNED_DATE = compiled_later(r"(?:\d{4}|[〇零○0O一二三四五六七八九]{4})[ \u3000]*年[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
                             r"[ \u3000]*月[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*日")
# What a signed date closes: a sentence's end, or an attachment's note after it (…主要依据。附:…普及程度指标).
BEFORE_SIGNED_DATE = compiled_later(r"[。！!]|[。！!]附件?[ \u3000]*[:：][^。，,；;:：]{1,60}")
NOTE_REACH = 64  # an attachment's note between the last sentence and the date is a name's length at most
# What follows a signed date, not a sentence: a page's label (下载阅读版本:, 责任编辑：), the page going on after the notice,
# or the note on the notice's publication under its signature ((此件主动公开), pipeline.document.tail's NOTE_LINE).
AFTER_SIGNED_DATE = compiled_later(r"[ \u3000]*(?:[（(【]?[\u4e00-\u9fff]{2,8}[:：]|[（(](?:此件|本文)[^（）()]{1,12}[）)])")
# The signer between the last sentence and the date (…请各分工会自行下载查看。广东技术师范学院体育运动委员会工 会2017年11月21日):
# a name's characters, a seal's note in brackets after it allowed (…综合组(国家卫生健康委代章)).
SIGNER_THEN_DATE = compiled_later(r"(?P<signer>[^。，,；;：:！？!?《》“”()（）\d]{2,40}?)(?P<seal>[（(][^（）()]{1,12}[）)])?[ \u3000]*$")
# An attachment's note between the last sentence and the signer (…请及时反馈。附件:3.…防控指引国务院…综合组(…代章)2022年…):
# its name ends at its document type, the signer follows; no sentence's or field's mark inside it.
ATTACHMENT_NOTE = compiled_later(r"[。！!]附件?[ \u3000]*[:：]")
NOTE_MARK = compiled_later(r"[。，,；;:：]")
SIGNER_REACH = NOTE_REACH + 60  # an attachment's name and its signer's (a seal's note after it) between a sentence and the date

# Where a news report's lead announcing the notice ends (…印发《…方案》，内容如下。, …全文如下：): the notice's text follows.
LEAD_CLOSE = compiled_later(r"(?:全文|原文|详情|内容)如下[。：:][ \u3000]*")
LEAD_REACH = 600  # a lead's sentences before its 全文如下 are a paragraph at most

# A 范文 site's intro offering the copies below it, to its sentence's end (下面是小编精心整理的防汛通知9篇,欢迎大家借鉴与参考,
# 希望对大家有所帮助。 · 下面学习啦小编给大家分享一些秸秆禁烧通知书,提供给大家参阅。), folded to simplified characters.
EDITOR_INTRO = compiled_later(r"(?:小编|编辑)(?:为|给)?(?:您|你|大家)?(?:精心)?(?:整理|收集|带来|分享|推荐)[^。！!]{0,120}[。！!]")
# The label of the site's first copy (防汛通知 篇1, 秸秆禁烧通知书范文一), the recipients glued after it.
COPY_LABEL_THEN_RECIPIENTS = compiled_later(
    r"[ \u3000]*[^\s。，,；;：:]{2,40}?[ \u3000]*(?:篇|范文)(?:[一二三四五六七八九十]{1,3}|\d{1,3})(?=%s)" % RECIPIENTS_OPENING.pattern)

EXAMPLES = {
    "PAGE_TOOL_RUN": Examples(match=("朗读苍政办〔2007〕24号", "打印本页 收藏各乡镇"), no_match=("各乡镇人民政府", "关于保存档案的通知")),
    "LANGUAGE_LINK": Examples(match=("ENGLISH限时办结制度", "English Version | 繁體中文首页", "简体中文 English 当前位置"),
                              no_match=("English角活动安排", "ENGLISH test", "繁体字使用规定", "关于ENGLISH培训的通知")),
    "LEGAL_DATABASE_FIELD": Examples(match=("【法宝引证码】CLI.1.304262", "【时效性】尚未施行", "原文链接：https://"),
                                     no_match=("【摘要】", "法宝引证码")),
    "LEGAL_DATABASE_VALUE": Examples(match=("CLI.12.5115678原文链接", "https://www.pkulaw.com/lar/ea52.html包头市", "尚未施行运城市",
                                            "2017-04-13"), no_match=("运城市人民政府",)),
    "STAMP": Examples(match=("2021年12月22日21:14来源:河南政府网", "2017-11-21", "06.05.2014  20:16", "来源:新华网 时间:2020-01-02"),
                      no_match=("各乡镇人民政府:",)),
    "OPENING_PAGE_STAMP": Examples(match=("归档时间:2021年12月27日", "发布时间：2021-08-26 10:49:18", " 发布日期: 2017/11/27"),
                                   no_match=("时间:2021年3月1日", "发布时间:", "成文日期:2021年12月27日", "归档时间:2021年")),
    "DATE_GOES_ON": Examples(match=("至3月5日", "起施行", "前报送", "(星期一)", " 来源:", "以来"), no_match=("【政策】", "广州市", "关于")),
    "SECTION_LABEL": Examples(match=("【政策】广州市人民政府办公厅关于", "【通知公告】关于"), no_match=("广州市【政策】", "【】关于")),
    "TITLE_ENDING_WORD": Examples(match=("的通知", "实施方案"), no_match=("依法",)),
    "TEXT_OPENING": Examples(match=("为加快数字政府建设,", "根据省政府部署,"), no_match=("为民服务", "为此。")),
    "STAMP_PART": Examples(match=("来源:", "2021年12月22日21:14"), no_match=("来源于",)),
    "GREETING_BEFORE_CODE": Examples(match=("欢迎访问广西方略土地规划设计有限公司官方网站桂农厅发〔2022〕149号",),
                                     no_match=("欢迎访问本网站", "国网浙江电力发〔2020〕1号")),
    "COLONLESS_LABEL": Examples(match=("发文机关国务院办公厅", "时效性现行有效", "索引号000014349/2023-91150"),
                                no_match=("发文机关:国务院办公厅", "文号豫政〔2021〕34号", "索引号 0001")),
    "SENTENCE_MARK": Examples(match=("审核,", "为准。"), no_match=("现行有效",)),
    "PAGE_DATE_VALUE": Examples(match=("2022-12-02", "2006年03月30日", "06.05.2014 20:16", "2022- 04- 27"), no_match=("2022年", "2022- 4")),
    "SECTION_WORD": Examples(match=("法规库",), no_match=("1 ",)),
    "TITLE_NUMBER_DASH": Examples(match=("——", " — ", "--"), no_match=("-", "、")),
    "MASTHEAD_THEN_NUMBER": Examples(match=("国资委党委办公室文件国资党办宣传[2009]33号关于",),
                                     no_match=("国资委党委办公室文件关于", "文件国发〔2020〕1号")),
    "NUMBER_COLON": Examples(match=("互政办函〔2023〕223号:互助", "国发〔2020〕1号： 关于"), no_match=("国发〔2020〕1号各省:",)),
    "SIGNED_DATE": Examples(match=("2022年4月14日", "二○○七年二月十五日"), no_match=("2022年4月", "4月14日")),
    "BEFORE_SIGNED_DATE": Examples(match=("。", "。附:苍南县各乡镇2007年度义务教育普及程度指标"), no_match=("附:", "附件")),
    "AFTER_SIGNED_DATE": Examples(match=("下载阅读版本:", " 责任编辑：", "(此件主动公开)", "(本文有删减)", "(原标题:商务部郑重声明)", "【责任编辑:"),
                                  no_match=("起施行", "召开会议,", "(星期一)")),
    "SIGNER_THEN_DATE": Examples(match=("广东技术师范学院体育运动委员会工 会", "国务院联防联控机制综合组(国家卫生健康委代章)"),
                                 no_match=("请认真贯彻执行。", "(此件公开)")),
    "ATTACHMENT_NOTE": Examples(match=("。附件:", "。附:", "。附件 ："), no_match=("附件:", "。附件")),
    "NOTE_MARK": Examples(match=("，", ":"), no_match=("、",)),
    "LEAD_CLOSE": Examples(match=("内容如下。", "全文如下：", "原文如下: "), no_match=("如下", "通知如下:")),
    "EDITOR_INTRO": Examples(match=("小编精心整理的防汛通知9篇,欢迎大家借鉴与参考。", "小编给大家分享一些秸秆禁烧通知书,提供给大家参阅。"),
                             no_match=("编辑部要认真审核,", "小编")),
    "COPY_LABEL_THEN_RECIPIENTS": Examples(match=("防汛通知 篇1各市州教育局:", "秸秆禁烧通知书范文一各镇人民政府:"),
                                           no_match=("防汛通知 篇1为做好防汛工作,", "各镇人民政府:")),
    "SOURCE_NAME_END": Examples(match=("河南政府网豫政", "人民日报国发"), no_match=("河南政府网", "豫政")),
}


def _legal_database_breaks(line: str) -> list[int]:
    """Before each field of the run a legal database's header opens ``line`` with, and after the last field's value (its
    labels and values matched folded to simplified characters: 【時效性】現行有效)."""
    line = fold(line)
    first = LEGAL_DATABASE_FIELD.match(line, len(line) - len(line.lstrip(" \u3000")))
    if not first:
        return []
    breaks, last = [], first
    for field in LEGAL_DATABASE_FIELD.finditer(line, first.end()):
        if field.start() - last.end() > FIELD_GAP:
            break
        breaks.append(field.start())
        last = field
    value = LEGAL_DATABASE_VALUE.match(line, last.end())
    if value and line[value.end():].strip():
        breaks.append(value.end())
    return breaks


def _opening_stamp_breaks(line: str) -> list[int]:
    """After a page's stamp opening ``line`` (matched folded to simplified characters: 歸檔時間) when what is glued right after
    its date is no more of the date's sentence or of the page's fields (歸檔時間:2021年12月27日【政策】廣州市…的實施意見…):
    the heading, a section's label or the notice's 文号 starts a line of its own, as the page prints it. A pirate mirror's
    keyword line glued before the stamp (…,麻豆久久精品国产av,色干网新在线观看歸檔時間:…) is cut off it too."""
    folded = fold(line[:SPAM_LINE_LENGTH + STAMP_REACH])
    stamp = OPENING_PAGE_STAMP.search(folded)
    if not stamp or (folded[:stamp.start()].strip(" \u3000") and not is_spam_line(folded[:stamp.start()])):
        return []
    if stamp.end() == len(folded) or DATE_GOES_ON.match(folded, stamp.end()):
        return []
    return [at for at in (stamp.start(), stamp.end()) if at > 0]


def _page_tool_breaks(line: str) -> list[int]:
    """After the reader tools opening ``line`` (matched folded to simplified characters: 打印本頁) when the 文号 or the
    recipients are glued after them."""
    line = fold(line)
    tools = PAGE_TOOL_RUN.match(line)
    if tools and (GLUED_DOC_NUMBER.match(line, tools.end()) or RECIPIENTS_OPENING.match(line, tools.end())):
        return [tools.end()]
    return []


def _language_link_breaks(line: str) -> list[int]:
    """After a site's language switch opening ``line`` (ENGLISH限时办结制度…): the copy's own first words follow it."""
    link = LANGUAGE_LINK.match(line)
    return [link.end()] if link else []


def _number_start(line: str, start: int, end: int) -> int:
    """Where the 文号 found at ``start`` starts once a source's name glued before its code is left out (河南政府网豫政〔…)."""
    code = GLUED_DOC_NUMBER.match(line, start, end)
    name = code and max((found.end() for found in SOURCE_NAME_END.finditer(code.group("code"))), default=0)
    return start + name if name else start


def _title_then_stamp(line: str) -> int:
    """The end of the title ``line`` opens with where a stamp's date or field follows it: the first document type (of two
    characters or more) so followed, no sentence's punctuation before it, its 《》 balanced; 0 when none."""
    run = TITLE_BREAKS.split(line[:TITLE_LENGTH[1]], 1)[0]
    for ending in TITLE_ENDING_WORD.finditer(run):
        end, prefix = ending.end(), run[:ending.end()]
        if end >= TITLE_LENGTH[0] and prefix.count("《") == prefix.count("》") and STAMP_PART.match(line, end):
            return end
    return 0


def _stamp_breaks(line: str) -> list[int]:
    """Around a time stamp and page fields between the title ``line`` opens with and what the header goes on with: its
    文号, the title again, the recipients (…的通知发布时间:2021-04-01 09:11信息来源: 芜湖市人民政府阅读次数:各县市区人民政府,…:),
    or the line's end. The first of them before which all is a stamp is taken. Read folded to simplified characters
    (…的實施意見2021-08-26 10:49:18 來源:廣州市人民政府辦公廳穗府辦規〔2021〕12號: the types and labels are simplified words)."""
    line = fold(line)
    title_end = _title_then_stamp(line)
    if not title_end:
        return []
    title, reach = line[:title_end], title_end + STAMP_REACH
    label = SECTION_LABEL.match(title)
    title = title[label.end():] if label else title  # printed again without the page's section label
    again = line.find(title, title_end, reach + len(title))
    anchors = [(again, again + len(title))] if again > 0 else []
    anchors += [(_number_start(line, title_end + start, title_end + end), title_end + end)
                for start, end, _ in find_doc_numbers(line[title_end:reach])[:1]]
    anchors += [(at, at) for at in range(title_end, min(reach, len(line))) if line[at] == "各" and RECIPIENTS_OPENING.match(line, at)][:1]
    anchors += _dated_stamp_then_opening(line, title_end, reach)
    anchors.append((len(line.rstrip()),) * 2)
    anchor = next((anchor for anchor in sorted(anchors) if STAMP.fullmatch(line, title_end, anchor[0])), None)
    if not anchor:
        return []
    parts = [found.start() for found in STAMP_PART.finditer(line, title_end, anchor[0])]
    # the title printed again right after the 文号 (…來源:…辦公廳穗府辦規〔2021〕12號廣州市…的實施意見各區人民政府,…:) ends
    # there too: the recipients glued after it start their line
    repeat_end = again + len(title) if again > 0 and not line[anchor[1]:again].strip(" \u3000") else 0
    return [at for at in {title_end, *parts, *anchor, repeat_end} if 0 < at < len(line.rstrip())]


def _dated_stamp_then_opening(line: str, title_end: int, reach: int) -> list[tuple[int, int]]:
    """[(at, at)] where the text's opening sentence starts glued after a page's stamp that holds a date (…的通知发布时间:
    2016-12-13 17:49:00为加强…,), the stamp alone between it and the title's end; [] when none. Undated fields before a
    sentence (…的通知来源:办公室为…) say less: a value may run into the text."""
    for opening in TEXT_OPENING.finditer(line, title_end, reach + TITLE_LENGTH[1]):
        if opening.start() > reach:
            break
        if STAMP.fullmatch(line, title_end, opening.start()) and PAGE_DATE_VALUE.search(line, title_end, opening.start()):
            return [(opening.start(), opening.start())]
    return []


def _repeated_title_breaks(line: str) -> list[int]:
    """Around the title ``line`` opens with printed again after a site's words, when its 文号 or its recipients follow the
    repeat (低收入困難家庭認定標準通知前言:本站為你精心整理了…歡迎咨詢。低收入困難家庭認定標準通知各區、縣級市人民政府,…:)."""
    title_end = glued_title_end(line)
    if title_end < TITLE_LENGTH[0]:
        return []
    again = line.find(line[:title_end], title_end + 1, REPEAT_REACH)
    while again > 0:
        repeat_end = again + title_end
        numbers = find_doc_numbers(line[repeat_end:repeat_end + STAMP_REACH])
        after = repeat_end + numbers[0][1] if numbers and numbers[0][0] == 0 else repeat_end
        if RECIPIENTS_OPENING.match(line, after):
            return [at for at in (title_end, again, repeat_end, after) if at < len(line.rstrip())]
        again = line.find(line[:title_end], repeat_end, REPEAT_REACH)
    return []


def _doubled_title_at(line: str, start: int) -> list[int]:
    """Before, between and after a title printed twice in a row from ``start`` (what is glued after it starts a line)."""
    for length in range(TITLE_LENGTH[0], min(TITLE_LENGTH[1], (len(line) - start) // 2) + 1):
        title, middle = line[start:start + length], start + length
        if line[middle] == line[start] and line.startswith(title, middle) and TITLE_ENDING_RE.search(title) \
                and title.count("《") == title.count("》"):
            return [at for at in (start, middle, middle + length) if 0 < at < len(line.rstrip())]
    return []


def _doubled_title_breaks(line: str) -> list[int]:
    """Around a title printed twice in a row opening ``line`` or right after a breadcrumb's separator (当前位置: 资讯>
    重庆市…的通知重庆市…的通知各区县…:)."""
    starts = [0, *(found.end() for found in CRUMB_SEPARATOR.finditer(line, 0, HEADER_REACH))]
    return next((found for start in starts if (found := _doubled_title_at(line, start))), [])


def _title_issuer_title_breaks(line: str) -> list[int]:
    """Around a title printed again after its issuer's name (a legal database's heading over its text: …的通知住房和城乡建设部
    关于…的通知建办城函…, 关于…的通知安徽省人民政府办公厅关于…的通知…, its title naming the issuer or not): before the
    issuer, the title again and what follows it. Title ends (a document's type) stand at both ends; the name between is an
    organisation's."""
    ends = [found.end() for found in TITLE_ENDING_WORD.finditer(line, 0, REPEAT_REACH)]
    for first, second in ((a, b) for a in ends for b in ends if TITLE_LENGTH[0] < b - a <= ISSUER_BETWEEN + TITLE_LENGTH[1]):
        for issuer_end in range(first + 2, min(first + ISSUER_BETWEEN, second - TITLE_LENGTH[0]) + 1):
            title = line[issuer_end:second]
            issuer, start = line[first:issuer_end], first - len(title)
            if line.startswith(title, start) and is_organisation_line(issuer) and not TITLE_ENDING_WORD.search(issuer) \
                    and title.count("《") == title.count("》") and (start == 0 or line[start - 1] != issuer[-1]):
                # (a type in the name: the title's own end is further on; the same character before both titles: they
                # are longer, a title opening with its issuer's name printed twice, 区人民政府办公室关于…区人民政府办公室关于…)
                return [at for at in (start, first, issuer_end, second) if 0 < at < len(line.rstrip())]
    return []


def _greeting_then_number_breaks(line: str) -> list[int]:
    """Before the 文号 a site's greeting is glued to (歡迎訪問…有限公司官方網站桂農廳發〔2022〕149號各市…): the greeting up to its
    first site's name, the 文号's code (two characters at least) after it."""
    numbers = find_doc_numbers(line[:HEADER_REACH])
    greeting = numbers and GREETING_BEFORE_CODE.match(fold(line[:numbers[0][1]]))
    return [greeting.end("greeting")] if greeting else []


def _book_title_then_number_breaks(line: str) -> list[int]:
    """After an aggregator's heading in 《》 opening ``line`` and after the 文号 glued to it, when the recipients follow
    (《…的通知》吉辦發〔2017〕49號各市(州)黨委和人民政府,…:): the heading is the title, as printed again it would be."""
    heading = BOOK_TITLE.match(line)
    if not heading or not TITLE_ENDING_RE.search(heading.group("title")):
        return []
    numbers = find_doc_numbers(line[heading.end():heading.end() + STAMP_REACH])
    if not numbers or numbers[0][0] != 0 or not RECIPIENTS_OPENING.match(line, heading.end() + numbers[0][1]):
        return []
    return [heading.end(), heading.end() + numbers[0][1]]


def _colonless_table_breaks(line: str) -> list[int]:
    """Before each label of an information table glued into ``line`` without colons (發文機關國務院辦公廳發文日期2006年03月30日
    時效性現行有效發文字號國辦發〔2006〕23號…), and before the recipients glued after the last label's value."""
    folded = fold(line[:TABLE_REACH])
    labels = list(COLONLESS_LABEL.finditer(folded))
    if len(labels) < COLONLESS_LABELS or folded[:labels[0].start()].strip(" \u3000•·") \
            or SENTENCE_MARK.search(folded, labels[0].end(), labels[-1].start()):
        return []  # words before the first label, or a sentence's punctuation between labels: a sentence naming them
    breaks = [label.start() for label in labels[1:]]
    last = labels[-1].end()
    date = PAGE_DATE_VALUE.match(line, last)
    if date and line[date.end():].strip():
        breaks.append(date.end())  # a date value ends where its shape does (成文日期2022-12-02市人民政府办公室关于…)
    recipients = next((at for at in range(last, min(last + FIELD_GAP, len(line)))
                       if line[at] == "各" and RECIPIENTS_OPENING.match(line, at)), 0)
    return breaks + ([recipients] if recipients else [])


def _table_value_then_title_breaks(line: str, names: list[str]) -> list[int]:
    """Around the title glued after the last value of an information table (…公开方式: 主动公开 责任处室: 安监所牟山镇人民政府
    关于…的通知): it starts at a name the copy prints alone (its signature, its issuer's line) a short value's length after
    the last colon, the value no start of a longer name (…省, …市), and ends at its type where a page's or the table's field
    follows or the line ends."""
    spans = info_label_spans(line[:TABLE_REACH])
    if len(spans) < 2:
        return []
    after = spans[-1][1]
    found = [at for name in names if (at := line.find(name, after, after + TABLE_REACH)) > 0]
    at = min(found, default=0)
    value_start = max(line.rfind(":", after, at), line.rfind("：", after, at), after - 1) + 1 if at else 0
    value = line[value_start:at].strip(" \u3000")
    if not value or at - value_start > LAST_VALUE or NAME_START_END.search(value):
        return []
    title_end = title_end_before_fields(line[at:])
    return [at for at in (at, at + title_end) if at < len(line.rstrip())] if title_end >= TITLE_LENGTH[0] else []


def _number_after(line: str, end: int) -> tuple[int, int]:
    """(start, end) of the 文号 glued at ``end`` of ``line``, a dash allowed before it; (0, 0) when none."""
    dash = TITLE_NUMBER_DASH.match(line, end)
    start = dash.end() if dash else end
    number = GLUED_DOC_NUMBER.match(line, start)
    return (start, number.end()) if number else (0, 0)


def _title_then_number_at(line: str, at: int) -> list[int]:
    """At the end of the title starting at ``at`` and around the 文号 glued after it (a dash allowed between): its first
    type (of two characters or more) a 文号 follows, whose code holds no type (…分工的通知国办函: the title goes on to
    通知), its 《》 balanced. A 文号 without a dash is a heading's only when a page's field, an information table's label
    or the recipients follow it, or the line ends (a sentence cites a title's 文号 in brackets or goes on: 根据…的通知
    国办函[2016]38号精神); [] when none."""
    for ending in TITLE_ENDING_WORD.finditer(line, at, at + TITLE_LENGTH[1]):
        number_start, number_end = _number_after(line, ending.end())
        title = line[at:ending.end()]
        if not number_end or TITLE_ENDING_WORD.search(line, number_start, number_end) or title.count("《") != title.count("》"):
            continue
        rest = line[number_end:]
        if number_start == ending.end() and rest.strip() and not (
                PAGE_FIELD_LABEL.match(rest) or INFO_LABEL.match(rest) or RECIPIENTS_OPENING.match(rest)):
            return []
        return [ending.end(), number_start, number_end]
    return []


def _sectioned_title_then_number_breaks(line: str, names: list[str]) -> list[int]:
    """Around a title glued between a section's name and its 文号 (法规库国务院办公厅关于…的通知国办函[2016]38号颁布时间:…,
    …>正文中共乌兰察布市委 乌兰察布市人民政府关于…的实施意见——乌党发〔2015〕21号为加快…): it ends as _title_then_number_at
    says and starts at a name the copy prints alone within SECTION_NAME characters of the line's start or a breadcrumb's
    last separator, the words before it no start of a longer name (…省, …市). A dash before the 文号 marks a heading
    wherever the title starts: the title's end and the 文号 are cut then, its start left to the breadcrumb's reader."""
    starts = [0, *(found.end() for found in CRUMB_SEPARATOR.finditer(line, 0, HEADER_REACH))]
    start = starts[-1]
    found = [at for name in names if start < (at := line.find(name, start, start + SECTION_NAME + len(name))) <= start + SECTION_NAME]
    at = min(found, default=0)
    about = ABOUT.search(line, at, at + TITLE_LENGTH[1]) if at else None
    # a section's words before the name (a page's number is none), no 版头 after it (…文件某市人民政府关于: masthead_header_breaks)
    if about and SECTION_WORD.search(line, start, at) and not NAME_START_END.search(line[start:at]) \
            and "文件" not in line[at:about.start()]:
        cuts = _title_then_number_at(line, at)
        return [cut for cut in (at, *cuts) if 0 < cut < len(line.rstrip())] if cuts else []
    dash = TITLE_NUMBER_DASH.search(line, start, start + TITLE_LENGTH[1] + SECTION_NAME)
    cuts = _title_then_number_at(line, start) if dash and ABOUT.search(line, start, dash.start()) else []
    return [cut for cut in cuts if 0 < cut < len(line.rstrip()) and cuts[0] == dash.start()]


def _masthead_then_number_breaks(line: str) -> list[int]:
    """After a 版头 opening ``line``, after the 文号 glued to it and at the end of the title glued after the 文号
    (國資委黨委辦公室文件國資黨辦宣傳[2009]33號關于推薦…的通知在京中央企業黨委(黨組):…): the 版头's organisation named
    before 文件."""
    folded = fold(line)
    masthead = MASTHEAD_THEN_NUMBER.match(folded)
    if not masthead or not is_organisation_line(masthead.group("masthead")[:-2]):
        return []
    number = GLUED_DOC_NUMBER.match(folded, masthead.end())
    title_end = glued_title_end(folded[number.end():])
    if not title_end:
        return []
    return [at for at in (masthead.end(), number.end(), number.end() + title_end) if at < len(line.rstrip())]


def _number_colon_title_breaks(line: str) -> list[int]:
    """Around a 文号 and its colon heading the title (…发布日期:2023-11-17互政办函〔2023〕223号:互助土族自治县人民政府办公室
    关于转发…的通知浏览:…), at the title's end where a page's field follows: the colon is a heading's, not a label's. The
    文号 is cut off what stands before it when no word is (a date value, the line's start)."""
    for number in NUMBER_COLON.finditer(line, 0, TABLE_REACH):
        title_end = title_end_before_fields(line[number.end():])
        if title_end < TITLE_LENGTH[0] or not ABOUT.search(line, number.end(), number.end() + title_end):
            continue
        before = number.start() if number.start() and not line[number.start() - 1].isalpha() else 0
        return [at for at in (before, number.end(), number.end() + title_end) if 0 < at < len(line.rstrip())]
    return []


def _closes_the_text(line: str, end: int, named: list[tuple[int, str]]) -> bool:
    """Whether what follows a date ending at ``end`` shows it closes the notice: the line's end, a page's label, a
    publication note, or the heading of the text the notice issues, one of the ``named`` (start, name) in 《》 before it,
    alone or with the text glued after it (…将《包头市2022年数字政府建设考评办法》印发给你们,…落实。2022年4月14日包头市
    2022年数字政府建设考评办法一、…); a sentence goes on after a date otherwise (…前报送工作方案)."""
    rest = line[end:end + TITLE_LENGTH[1]].rstrip()  # a heading is a title's length at most
    return not line[end:].strip() or bool(AFTER_SIGNED_DATE.match(rest)) \
        or any(start < end and rest.startswith(name) for start, name in named)


def _repeated_date_end(line: str, date: re.Match) -> int:
    """The end of ``date`` printed again right after itself (…办公厅2017年4月13日2017年4月13日运城市…: a database printed the
    signature's date and its own record's; no sentence repeats a date), else ``date``'s own end."""
    again = SIGNED_DATE.match(line, date.end())
    same = again and again.group().replace(" ", "").replace("\u3000", "") == date.group().replace(" ", "").replace("\u3000", "")
    return again.end() if same else date.end()


def _attachment_signer_breaks(line: str, date_start: int) -> list[int]:
    """Before the signer glued between an attachment's note and the date at ``date_start``, and before its seal's note
    (…反馈。附件:3.…防控指引国务院应对…综合组(国家卫生健康委代章)2022年12月26日): after the latest document type of the
    note's name from which an organisation's name runs to the date; [] when none."""
    note = ATTACHMENT_NOTE.search(line, max(0, date_start - SIGNER_REACH), date_start)
    if not note:
        return []
    for ending in reversed(list(TITLE_ENDING_WORD.finditer(line, note.end(), date_start))):
        signer = SIGNER_THEN_DATE.match(line, ending.end(), date_start)
        if not NOTE_MARK.search(line, note.end(), ending.end()) and signer \
                and is_organisation_line(fold(signer.group("signer").strip(" \u3000"))):
            return [ending.end(), *([signer.start("seal")] if signer.group("seal") else [])]
    return []


def _signed_date_breaks(line: str) -> list[int]:
    """Around the signature's date glued after the opening's last sentence (…请认真组织实施。二○○九年九月七日下载阅读版本:…,
    …主要依据。附:…普及程度指标二○○七年二月十五日), and before its signer glued between them (…。商务部消费促进司2024年9月2日
    (原标题:…)) or an attachment's note (…。附件:…防控指引国务院…综合组2022年…): a date after a sentence's end, an
    attachment's note or an organisation's name that closes the text. A
    sentence opening with a date goes on (。2022年4月14日起施行, 。2022年4月14日,市政府召开…); a date printed twice in a row
    closes the text whatever follows, and its repeat is cut off too."""
    named = [(book.start(), book.group("title")) for book in BOOK_TITLE.finditer(line)]
    for date in SIGNED_DATE.finditer(line):
        start = line.rfind("。", max(0, date.start() - NOTE_REACH), date.start())
        end = _repeated_date_end(line, date)
        if not (end > date.end() or _closes_the_text(line, date.end(), named)):
            continue
        dates = (date.start(), date.end(), end)
        if signer_breaks := _attachment_signer_breaks(line, date.start()):
            return sorted({at for at in (*signer_breaks, *dates) if at < len(line.rstrip())})
        if start >= 0 and BEFORE_SIGNED_DATE.fullmatch(line, start, date.start()):
            return sorted({at for at in dates if at < len(line.rstrip())})
        signer = SIGNER_THEN_DATE.match(line, start + 1, date.start()) if start >= 0 else None
        if signer and signer.group("signer").strip(" \u3000") and is_organisation_line(fold(signer.group("signer").strip(" \u3000"))):
            return sorted({at for at in (start + 1, *dates) if at < len(line.rstrip())})
    return []


def _news_lead_breaks(line: str) -> list[int]:
    """After a news report's lead glued before the notice's text (近日,廣東省委辦公廳、省政府辦公廳印發《…行動方案》,內容如下。
    為深入貫徹…): the line opens with a lead that reports the notice issued (pipeline.document.outside's NEWS_LEAD_IN, its
    issuer first or after the time), and its 全文如下 or 内容如下 ends it."""
    folded = fold(line[:LEAD_REACH])
    if not (NEWS_LEAD_IN.match(folded) or ISSUER_FIRST_LEAD_IN.match(folded)):
        return []
    close = LEAD_CLOSE.search(folded)
    return [close.end()] if close and close.end() < len(line.rstrip()) else []


def _essay_intro_breaks(line: str) -> list[int]:
    """After a 范文 site's intro glued before its first copy's label and after the label, when the copy's recipients
    follow it (…下面是小编精心整理的防汛通知9篇,欢迎大家借鉴与参考。防汛通知 篇1各市州、县(市、区)教育(体育)局:…)."""
    folded = fold(line[:LEAD_REACH + TITLE_LENGTH[1]])
    for intro in EDITOR_INTRO.finditer(folded, 0, LEAD_REACH):
        label = COPY_LABEL_THEN_RECIPIENTS.match(folded, intro.end())
        if label:
            return [intro.end(), label.end()]
    return []


def _piece_breaks(line: str, names: list[str]) -> list[int]:
    return _colonless_table_breaks(line) or _masthead_then_number_breaks(line) or _number_colon_title_breaks(line) \
        or _sectioned_title_then_number_breaks(line, names) or _table_value_then_title_breaks(line, names) or _stamp_breaks(line) or _doubled_title_breaks(line) or _title_issuer_title_breaks(line) or _repeated_title_breaks(line) or _greeting_then_number_breaks(line) \
        or _book_title_then_number_breaks(line)


def glued_field_breaks(text: str) -> list[int]:
    """Offsets in ``text`` where the parts of a header glued to a page's tools, fields and stamps start lines (see the
    module): the tools' and database fields' breaks first, then the stamps and doubled titles in the pieces they leave."""
    breaks, offset, names = [], 0, None
    for line in text.split("\n")[:SCAN_LINES]:
        if names is None and (":" in line or "：" in line or GLUED_DOC_NUMBER.search(line, 0, HEADER_REACH)):
            names = name_lines(text)  # once, for the first line that may hold a table's labels or a 文号
        cuts = sorted(set(_language_link_breaks(line) + _page_tool_breaks(line) + _legal_database_breaks(line)
                          + _opening_stamp_breaks(line)))
        for start, end in zip([0, *cuts], [*cuts, len(line)]):
            piece = line[start:end]
            cuts += [start + at for at in _piece_breaks(piece, names or []) + _signed_date_breaks(piece) + _news_lead_breaks(piece)
                     + _essay_intro_breaks(piece)]
        breaks += [offset + at for at in cuts]
        offset += len(line) + 1
    return breaks
