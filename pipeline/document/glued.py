"""Where a copy that lost its line breaks is cut back into the lines of a notice (文库 and aggregator copies
glued into one line). Each function gives offsets in the text before which a line starts; the normaliser
breaks the lines there.

- the labels of a page's information table glued to their values and to each other
  (…的通知政策法规司2006-08-24颁布日期:20060824实施日期:20060824颁布单位:国务院国发[2006]29号各省…): each
  label starts a line, the title before them ends at its document type, and a 文号 glued after the last
  label's value (an issuer's name or a date) starts a line, so the header reads it with the recipients;
- the recipients glued after the 文号 that ends a glued header (…20号各省、自治区…厅(局、委):开展…);
- a glued header printed 文号 first, then its title naming its subject with 关于, then its recipients
  (…密级: 莒政办发电20181号抄送:莒县人民政府办公室关于…的通知各乡镇人民政府、…管委:为进一步…): each starts a line;
- the title a glued copy opens with, naming its subject with 关于 or followed by a 文库 page's number
  (2021年乡镇安全生产大检查方案4进入四月以来,…): it ends at its document type;
- the first heading of a list announced by 如下: (…通知如下:一、分工原则…。二、…), and the （一）（二） after
  sentence ends under it, however few;
- the text after a policy library's [摘要] label (…[摘要] 各市(地)、县(市)人民政府(行署),…:);
- a heading's first （一） glued after its words when （二） starts a later line under it (二、重点内容(一)编制…);
- a first heading 一、 after a sentence's end and a space (…用好。 一、严格控制…) when the next heading that
  starts a line is 二、, or when its few heading words end at a space of their own (…制定本方案。 一、整治目标 通过三年时间…:
  a heading line whose break was lost).
"""

from __future__ import annotations

import re

from extractors.anchored_scan import finditer_at_first_characters
from extractors.docnumbers import find_doc_numbers
from extractors.lazy_patterns import compiled_later
from extractors.titles import TITLE_ENDING_RE
from extractors.vocab import Examples

from pipeline.document.announced import ANNOUNCING_COLON
from pipeline.document.elements import is_organisation_line
from pipeline.document.wrapper import info_label_spans, is_chrome

# A bracketed 文号 inside a line: its code's characters (maybe with an issuer's name glued before), year, serial.
GLUED_DOC_NUMBER = compiled_later(r"(?P<code>[\u4e00-\u9fff]{1,16})[〔\[［(（【][ \u3000]*(?:19|20)\d{2}[ \u3000]*[〕\]］)）】]"
                              r"[ \u3000]*\d{1,5}[ \u3000]*[号號]")
# The recipients glued after a 文号 that ends the header of a glued copy: …的通知农办科〔2019〕20号各省、自治区、直辖市农业
# 农村(农牧)厅(局、委):开展… (a recipient opener 各… up to its colon).
RECIPIENTS_AFTER_NUMBER = compiled_later(r"(?<=[号號])[ \u3000]*(?=各[^。；;，,\n]{1,60}?[:：])")
ABOUT = compiled_later("关于|關於|關于")
# A label whose value is empty, between a glued header's 文号 and its title (…莒政办发电20181号抄送:莒县人民政府办公室关于…).
EMPTY_LABEL = compiled_later(r"[\u4e00-\u9fff]{2}[:：]")
# The recipients that open right after a glued title, up to their colon (commas inside: 各乡镇人民政府、街道办事处,县…管委:).
RECIPIENTS_OPENING = compiled_later(r"各[^。；;!?！？\n]{1,80}?[:：]")
HEADER_REACH = 300  # a glued header's 文号 stands within so many characters of its line's start
# The first heading of a list announced by 如下: in a whole copy glued into one line (…通知如下:一、… · a legal database's
# copy keeps its spaces and may name what follows: …提出如下实施意见: 一、总体要求): a whole copy's 一、, though the copy
# (an abstract) was cut before its 二、; a short line's needs its list to count on (announced.announced_list_breaks).
ANNOUNCED_HEADING = compiled_later(ANNOUNCING_COLON.pattern + r"(?P<label>一、)(?![一二三四五六七八九十]、)(?=[\u4e00-\u9fff“《])")
# The next heading of an announced list, glued after a sentence's end: …确保全镇安全生产形势平稳。二、突出重点
SENTENCE_GLUED_HEADING = compiled_later(r"(?<=。)(?P<n>[二三四五六七八九十])、(?=[\u4e00-\u9fff“《])")
# A （一） glued after a sentence's end, under a heading of a glued copy.
SENTENCE_GLUED_PAREN_LABEL = compiled_later(r"(?<=。)[（(](?P<n>[一二三四五六七八九十])[）)](?=[\u4e00-\u9fff])")
# 一、 after a sentence's end and a lost line break's space(s), inside a paragraph.
SPACED_FIRST_HEADING = compiled_later(r"(?<=[。；;！？!?])[ \u3000]+(?P<label>一、)(?=[\u4e00-\u9fff“《])")
# A heading's words up to the space of its lost line break: short, without punctuation (整治目标 · 指导思想和工作目标).
HEADING_WORDS_THEN_SPACE = compiled_later(r"[^\s，,。；;：:！？!?、“”《》]{2,20}[ \u3000]+(?=\S)")
# A heading's first （一） glued straight after its words: 二、重点内容(一)编制年度实施方案。 (a legal database's flattened
# copy), cut there when a later line under the heading starts with （二）.
HEADING_THEN_FIRST_PAREN = compiled_later(r"^[ \u3000]*[一二三四五六七八九十]{1,3}、[^\s，,。；;：:（()）]{2,12}(?P<label>[（(]一[）)])"
                                      r"(?=[\u4e00-\u9fff])")
# The （一） every match of HEADING_THEN_FIRST_PAREN holds: the lines without one are not tried.
FIRST_PAREN = compiled_later(r"[（(]一[）)]")
SECOND_PAREN_LINE = compiled_later(r"^[ \u3000]*[（(]二[）)]")
# The （一）'s own run-in heading, a few words closed by a full stop, and its paragraph after it on the line (四、补贴政策(一)
# 补贴标准。改炕补贴…): an item, heading and text, however the copy was cut after it, where no （二） line is left to confirm
# the list. Closing the line (二、重点内容(一)编制年度实施方案。) it may be the heading's own note: it waits for its （二）.
RUN_IN_HEADING = compiled_later(r"[^\s，,。；;：:（()）、]{2,12}[。．](?=[\u4e00-\u9fff“《])")
# A policy library's abstract label before the notice's opening (recipients first): [摘要] 各市(地)、县(市)人民政府(行署),…:
ABSTRACT_LABEL = compiled_later(r"^[ \u3000]*[\[【](?:摘要|内容摘要)[\]】][ \u3000]*(?=\S)")
PAREN_ONE = compiled_later(r"[（(]一[）)]")
LINE_START_SECOND_HEADING = compiled_later(r"^[一二三四五六七八九十]{1,3}、")
# The next item of a numbered list glued after a sentence's end by the spaces of a lost line break, on its first
# item's line (1、对限时办结事项…以备检查。         2、对限时办结的事项…).
SPACED_NEXT_ITEM = compiled_later(r"(?<=[。；;！？!?])[ \u3000]{2,}(?P<label>(?P<n>[1-9][0-9]?)[、.．])(?=[\u4e00-\u9fff“《])")
FIRST_ITEM = compiled_later(r"^[ \u3000]*1[、.．](?=[\u4e00-\u9fff“《])")
# Any item of a numbered list starting its line, and the items after it glued on the same line by the space of a lost
# line break, after whatever closed the item before (…材料。(10分) 4.班主任會議。… · 19、回访调研制度 20、局长接待日制度).
LINE_ITEM = compiled_later(r"^[ \u3000]*(?P<n>[1-9][0-9]?)[、.．](?=[\u4e00-\u9fff“《])")
SPACED_ITEM = compiled_later(r"(?<=\S)[ \u3000]+(?P<label>(?P<n>[1-9][0-9]?)[、.．])(?=[\u4e00-\u9fff“《])")
# A first （一） and its short heading closing a paragraph after a space (…各為100分。(不含加分) (一)班主任常規工作考核(100分)),
# the items of its list starting the next lines (1.大課間…): the heading's line break was lost.
TRAILING_FIRST_PAREN = compiled_later(r"(?<=\S)[ \u3000]+(?P<label>[（(]一[）)])[^\s。；;：:！？!?，,]{2,30}$")
# A space inside a title's type (…的通 知: a print's letter-spaced type) joins it: the type still ends the title.
SPACE_INSIDE = compiled_later(r"[ \u3000]+")
TITLE_BREAKS = compiled_later(r"[。，,；;：:！？!?]")  # a title has none of these
# A news report's 全文如下: with the notice glued after it (…根据通知,由国务院副总理张高丽任组长。全文如下:国务院办公厅关于…).
GLUED_FULL_TEXT = compiled_later(r"(?:全文|原文|详情|詳情)如下[:：][ \u3000]*(?=[\u4e00-\u9fff《])")
GLUED_TITLE = (6, 80)  # shortest and longest title a glued copy opens with
GLUED_COPY = 150  # a line shorter than this is a paragraph, never a whole copy

# The words a preamble's opening sentence starts with (根据区政府决策部署,… · 为切实加强…,): a sentence, never a title.
OPENING_WORDS = "根据|按照|依据|为了|为进一步|为切实|为"
OPENING_SENTENCE = compiled_later(r"^(?:%s)[^，,。\n]{2,40}[，,]" % OPENING_WORDS)
# A plan's title glued to its opening sentence (a 文库 copy lost the line break: 街道环境整顿安排方案根据区政府决策部署,…):
# a title ending in a plan's or rule's type, no punctuation in it, then the opening words of a preamble and a clause.
TITLE_THEN_OPENING = compiled_later(
    r"^(?P<title>[^，,、。：:；;\s《》]{4,40}?(?:方案|计划|要点|办法|细则|规定|意见|通知))"
    r"(?P<opening>%s)[^，,。\n]{2,40}[，,]" % OPENING_WORDS
)
TITLE_GLUE_SCAN = 20  # the title is among the copy's first lines
# A title printed with its date in brackets after it on its line, as an archive or a legal database prints its records
# (哈尔滨市人民政府办公厅关于转发…的通知 ((1990年11月16日)) · 关于…的决定（2005年3月1日）): the date is the document's, a note
# of its own under the title (embedded.DATE_NOTE).
TITLE_THEN_DATE = compiled_later(r"[ \u3000]*(?P<date>[（(]{1,2}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[）)]{1,2})[ \u3000]*$")
# The recipients and the notice's first sentence on one line, a space or none after the colon (…,驻哈部队: 经市政府同意,现将…):
# a copy that lost the line break after the recipients, which open with 各 and hold no sentence's end nor its verbs (各地要…:).
RECIPIENTS_THEN_OPENING = compiled_later(
    r"^[ \u3000]*各(?:(?!要|应|须|请|将)[^。；;：:！？!?\n]){1,150}?[:：][ \u3000]*(?P<opening>(?:%s|经|现将|现就|近年来|近期)[^，,。\n]{2,40}[，,])" % OPENING_WORDS)
# The names of the public letters a body addresses to the people it serves (祝东村致村民选举的公开信, 致全县人民的一封信,
# …倡议书): a page's title as a notice's type is, though no notice's type.
PUBLIC_LETTER_ENDINGS = ("公开信", "一封信", "倡议书", "慰问信", "告知书")
INFO_AFTER_TITLE = 2  # information labels at least after a page's title on its line
# A page's summary of a text's opening words after its label on its line (概要:县农业局冬季农业工作方案…制订此方案。一、任务目标…,
# maybe glued after the page's chrome: …阅读:6633概要:…): the page's, repeated in full below, so never cut into headings.
SUMMARY_LINE = compiled_later(r"(?:概要|摘要|导语|导读|内容简介|内容提要|核心提示)[:：】]")
SUMMARY_REACH = 300  # characters at most from a summary's label to the sentence it cut (the full text may follow on its line)
# The types of text a preamble's closing sentence announces (制定本方案, 提出如下实施意见).
PREAMBLE_TYPES = "(?:方案|措施|办法|意见|计划|细则|规定|要点|规则)"
# A first heading 一、 glued straight after the sentence that closes a preamble (…结合全市实际,制定本措施。一、总体要求…):
# the sentence says the text that follows is the document's, so its 一、 opens the list though no 二、 follows in the line.
# So does a news brief's sentence that names the notice it reports issued, its items quoted after it (经省政府同意,6月10日,陕西省
# 下发《关于…有关事项通知》。一、各级行政区划调整…). The closing sentence announces the text as its own or as what
# follows: 制定(制订)本/此…方案, 提出(制定)如下(以下)…意见, …分工方案如下. So does the request that closes the sentence issuing the
# document it names (现将《X》印发给你们,请认真贯彻执行。 · 现将《X》予以发布,请结合实际,认真贯彻执行。): what follows it is the
# notice's own requirements (an abstract's one paragraph, cut before its 二、). Not a sentence naming no document (…任务分解
# 下达,请认真抓好落实。): a page's summary of the opening may print it glued, the text again in full below.
ISSUED_THEN_REQUEST = (r"》[^。；;\n《》]{0,12}?(?:印发|转发|下发|下达|发布|公布)[^。；;\n《》]{0,30}?请[^。；;\n]{0,20}?"
                       r"(?:贯彻执行|遵照执行|认真执行|贯彻落实|抓好落实|组织实施)")
PREAMBLE_CLOSE_THEN_HEADING = compiled_later(
    r"(?:制[定订](?:本|此)[\u4e00-\u9fff]{0,6}?" + PREAMBLE_TYPES + r"|(?:提出|制[定订]|作出)(?:如下|以下)[\u4e00-\u9fff]{0,6}?"
    + PREAMBLE_TYPES + r"|(?:制[定订]|提出)[\u4e00-\u9fff]{0,6}?" + PREAMBLE_TYPES + r"如下|(?:印发|下发)了?《[^《》\n]{2,80}》"
    r"|" + ISSUED_THEN_REQUEST + r")"
    r"[。.:：](?P<label>一、)(?![一二三四五六七八九十])(?=[\u4e00-\u9fff“《])")
# A whole first page on one line, its 版头 glued before the title (a transcription that lost the PDF's line breaks with its
# spaces: 1 省政府文件青海省人民政府关于印发…的通知青政号各市自治州人民政府，省政府各委办厅局:…): the page's number, the 版头
# (…文件) and then a title that names its subject with 关于.
MASTHEAD_THEN_TITLE = compiled_later(
    r"^(?P<page>\d{1,3}[ \u3000]+)?(?P<masthead>[\u4e00-\u9fff]{2,20}?文件)[ \u3000]*(?=[\u4e00-\u9fff]{2,30}?(?:关于|關於))")
# What stands between such a title and its recipients: its 文号, whole or as the copy left it (青政号: its year and number
# were figures the transcription lost), then the recipients (各…:).
NUMBER_THEN_RECIPIENTS = compiled_later(r"(?P<number>[^\s，,。；;:：各]{1,16}?[号號])?[ \u3000]*(?=各[^。；;!?！？\n]{1,80}?[:：])")

EXAMPLES = {
    "OPENING_SENTENCE": Examples(match=("根据区政府决策部署,为实现创建全国文明城市新要求,…制定本方案",),
                                 no_match=("关于根据…调整补助标准的通知", "为民办实事项目实施方案")),
    "SUMMARY_LINE": Examples(match=("概要:县农业局冬季农业工作方案", "内容提要：为"), no_match=("一、概要", "工作概要")),
    "PREAMBLE_CLOSE_THEN_HEADING": Examples(match=("结合全市实际,制定本措施。一、总体要求深入贯彻", "特制定本实施方案。一、总体要求",
                                                  "制定本实施方案:一、指导思想 以", "陕西省下发《关于加强行政区划管理的通知》。一、各级",
                                                  "现提出如下实施意见。一、把握总体要求", "结合我镇工作,制订此方案。一、任务目标",
                                                  "现提出以下意见。一、重大意义", "特制定分工方案如下。一、今年经济社会",
                                                  "现将《湖北省生态保护红线》予以发布,请结合实际,认真贯彻执行。一、提高政治站位",
                                                  "现将《实施方案》印发给你们,请认真贯彻执行。一、加强组织领导"),
                                            no_match=("制定本方案。 一、整治目标", "制定本措施。一、二类", "下发《通知》后。一、",
                                                      "提出如下要求。一、", "各地要按照方案如下。一、",
                                                      "请认真贯彻执行。一、", "》印发给你们,请认真贯彻执行。一是加强",
                                                      "任务分解下达,请认真抓好落实。一、加强领导")),
    "TITLE_THEN_OPENING": Examples(match=("街道环境整顿安排方案根据区政府决策部署,为实现创建全国文明城市新要求,",
                                          "学校安全工作实施方案为切实加强校园安全管理,"),
                                   no_match=("关于印发实施方案的通知", "根据区政府决策部署,制定本方案。", "要按照方案要求,认真组织实施。",
                                             "1、镇容和环境卫生集中整治方案为了彻底扭转镇区“脏、乱、差”现象,")),
    "SPACED_NEXT_ITEM": Examples(match=("以备检查。         2、对限时办结的事项",), no_match=("以备检查。2、对限时办结", "共 2、3 项", "检查。  2020年")),
    "FIRST_ITEM": Examples(match=("1、对限时办结事项",), no_match=("11、对", "1.5倍")),
    "LINE_ITEM": Examples(match=("3.上交各種材料。", "19、回访调研制度"), no_match=("1.5倍", "(一)班主任")),
    "SPACED_ITEM": Examples(match=("材料。(10分) 4.班主任會議", "回访调研制度 20、局长接待日制度"),
                            no_match=("增长 4.5%", "共 2、3项", "材料。4.班主任")),
    "TRAILING_FIRST_PAREN": Examples(match=("各為100分。(不含加分) (一)班主任常規工作考核(100分)",),
                                     no_match=("(一)班主任常規工作考核", "分为 (一)职责,(二)权限", "考核。(一)班主任")),
    "GLUED_DOC_NUMBER": Examples(match=("国务院国发[2006]29号各省", "汕府办[2015]29号", "東府〔2021〕54號"),
                                 no_match=("2006年8月24日", "第29号")),
    "ANNOUNCED_HEADING": Examples(match=("现就有关事项通知如下:一、分工原则", "意见如下：一、“三农”工作", "并提出如下实施意见: 一、总体要求",
                                         "有关问题通知如下。一、提高对进一步加强酒类产销管理工作重要性的认识"),
                                  no_match=("通知如下:", "如下:一、二、三级")),
    "SENTENCE_GLUED_HEADING": Examples(match=("形势平稳。二、突出重点",), no_match=("形势平稳。一、突出", "二、突出重点", "形势平稳,二、突出")),
    "SENTENCE_GLUED_PAREN_LABEL": Examples(match=("保障顺利实施。(一)明确政府职责", "不作分解。（二）落实责任主体"),
                                           no_match=("分为:(一)职责", "顺利实施。 (一)明确")),
    "SPACED_FIRST_HEADING": Examples(match=("切实把款发好、用好。 一、严格控制", "抓好落实。\u3000一、加强领导"),
                                     no_match=("用好。一、严格控制", "分为 一、二类")),
    "HEADING_WORDS_THEN_SPACE": Examples(match=("整治目标 通过三年时间", "指导思想和工作目标 (一)"),
                                         no_match=("严格控制人员,加强管理。", "整治目标", "一、 二")),
    "HEADING_THEN_FIRST_PAREN": Examples(match=("二、重点内容(一)编制年度实施方案。",),
                                         no_match=("二、重点内容,(一)编制", "为落实二、重点内容(一)编制", "二、(一)编制")),
    "RUN_IN_HEADING": Examples(match=("补贴标准。改炕补贴", "加强领导．各地要"), no_match=("编制年度实施方案,明确", "补贴按照规定执行",
                                                                              "编制年度实施方案。", "是。")),
    "FIRST_PAREN": Examples(match=("二、重点内容(一)编制", "（一）"), no_match=("(二)", "(一", "一)")),
    "SECOND_PAREN_LINE": Examples(match=("(二)建立资源台账。", "（二）"), no_match=("(三)建立", "一是(二)")),
    "ABSTRACT_LABEL": Examples(match=("[摘要] 各市(地)、县(市)人民政府(行署),省政府各有关直属单位:", "【摘要】各乡镇:"),
                               no_match=("摘要:本文", "[摘要]", "各乡镇:[摘要] ")),
    "PAREN_ONE": Examples(match=("(一)指导思想", "（一）"), no_match=("(二)", "一、")),
    "LINE_START_SECOND_HEADING": Examples(match=("二、灾区的房屋修复", "十一、其他"), no_match=("（二）加强", "2、要求")),
    "EMPTY_LABEL": Examples(match=("抄送:", "签发："), no_match=("抄送", "送:")),
    "RECIPIENTS_OPENING": Examples(match=("各乡镇人民政府、街道办事处,县经济开发区管委:", "各省、自治区、直辖市人民政府："),
                                   no_match=("各乡镇要加强领导。", "乡镇人民政府:")),
    "RECIPIENTS_AFTER_NUMBER": Examples(match=("农办科〔2019〕20号各省、自治区、直辖市农业农村(农牧)厅(局、委):开展",),
                                        no_match=("农办科〔2019〕20号文件要求,各省要", "20号各项工作,要抓紧。")),
    "ABOUT": Examples(match=("国务院关于落实", "關於"), no_match=("有关",)),
    "GLUED_FULL_TEXT": Examples(match=("张高丽任组长。全文如下:国务院办公厅关于成立", "原文如下：关于"), no_match=("全文如下:", "内容如下: 1")),
    "PUBLIC_LETTER_ENDINGS": Examples(match=("公开信", "一封信", "倡议书"), no_match=("通知", "来信")),
    "TITLE_THEN_DATE": Examples(match=("的通知 ((1990年11月16日))", "的决定（2005年3月1日）"),
                                no_match=("的通知", "(1990年11月16日)印发", "（2005年3月）")),
    "RECIPIENTS_THEN_OPENING": Examples(match=("各区、县(市)人民政府,市政府各委、办、局,驻哈部队: 经市政府同意,现将…",
                                               "各乡镇人民政府,县直各单位:为切实做好防汛工作,现将…"),
                                        no_match=("各区、县(市)人民政府,市政府各委、办、局:", "各地要按照要求:经审核,…",
                                                  "各乡镇。经市政府同意,现将")),
    "MASTHEAD_THEN_TITLE": Examples(match=("1 省政府文件青海省人民政府关于印发", "某市人民政府办公室文件某市人民政府办公室关于"),
                                    no_match=("关于印发文件的通知", "根据省政府文件精神，关于")),
    "NUMBER_THEN_RECIPIENTS": Examples(match=("青政号各市自治州人民政府，省政府各委办厅局:", "各县区人民政府:"),
                                       no_match=("青政号。", "青政号各地要加强领导。")),
    "SPACE_INSIDE": Examples(match=("通 知", "决\u3000\u3000定"), no_match=("通知",)),
    "TITLE_BREAKS": Examples(match=("进入四月以来,", "如下:"), no_match=("国务院关于落实《纲要》的通知",)),
}


def _issuer_then_number(value: str) -> int:
    """Where the 文号 glued after an information value starts (国务院国发[2006]29号: at 国发, after the issuer's
    name; 20060824国发…: after the date), or -1 when the value holds no 文号 or nothing before it."""
    found = GLUED_DOC_NUMBER.search(value)
    if not found:
        return -1
    code_at = found.start("code")
    for cut in range(found.end("code") - 2, code_at, -1):  # the longest issuer's name, two code characters left at least
        if is_organisation_line(value[code_at:cut]):
            return cut
    return code_at if value[:code_at].strip(" \u3000:：") else -1


def glued_title_end(head: str) -> int:
    """The end of the title ``head`` opens with, at its document type, when more text is glued after it: the
    longest such prefix of its run without punctuation, its 《》 balanced; 0 when none. The one-character types
    (法, 令) end no glued title: glued to more text they are parts of words (政策法规司). A type followed by a preamble's
    opening words ends it there (…若干规定为规范集团公司…的运作程序,: the title is not …规定为规范, whose 规范 is the
    opening sentence's verb)."""
    opening = TITLE_THEN_OPENING.match(head)
    if opening and TITLE_ENDING_RE.search(opening.group("title")):
        return opening.end("title")
    run = TITLE_BREAKS.split(head, 1)[0][:GLUED_TITLE[1]]
    for end in range(len(run), GLUED_TITLE[0] - 1, -1):
        prefix = run[:end]
        ending = TITLE_ENDING_RE.search(SPACE_INSIDE.sub("", prefix)) if not prefix[-1].isspace() else None
        if ending and len(ending.group()) > 1 and prefix.count("《") == prefix.count("》") and end < len(head):
            return end
    return 0


def _opens_with_title(line: str, title_end: int) -> bool:
    """Whether a glued line's prefix up to ``title_end`` is its title: it names its subject with 关于, or a
    文库 page's number or date is glued after it (…大检查方案4进入四月以来); 根据第五条规定。 is a sentence."""
    return bool(ABOUT.search(line[:title_end])) or line[title_end:title_end + 1].isdigit()


def _glued_label(line: str, start: int, previous_end: int) -> bool:
    """A label glued to the value before it: after a digit or a bracket (…2006-08-24颁布日期:), or after the
    previous label's value with no space between. A label word after other characters of one word that a
    space opens (内容分类: after 索引号: 0029…) is a longer label, not a glued one."""
    if start == 0 or line[start - 1] in " \u3000|":
        return False
    return not "\u4e00" <= line[start - 1] <= "\u9fff" or previous_end > 0 and not re.search(r"[ \u3000|]", line[previous_end:start])


# What ends an information label marked by its colon (文号:, 颁布日期：, 索引号|).
LABEL_MARKS = ":：|"


def glued_info_breaks(line: str) -> list[int]:
    """Breaks in one line holding two or more information labels, one at least glued to the text before it."""
    if sum(map(line.count, LABEL_MARKS)) < 2:
        return []  # each label info_label_spans finds ends at a colon or pipe of its own (folding keeps them)
    spans = info_label_spans(line)
    glued = [start for number, (start, _) in enumerate(spans) if _glued_label(line, start, spans[number - 1][1] if number else 0)]
    if len(spans) < 2 or not glued:
        return []
    breaks = list(glued)
    if (title_end := glued_title_end(line[:spans[0][0]])) and title_end < spans[0][0]:
        breaks.append(title_end)
    last_value = spans[-1][1]
    if (number_at := _issuer_then_number(line[last_value:])) > 0:
        breaks.append(last_value + number_at)
    return breaks


def _recipients_after_number(line: str) -> list[int]:
    """The break before recipients glued after a 文号 (RECIPIENTS_AFTER_NUMBER), at the first such 文号 of the line."""
    if "各" not in line or ("号" not in line and "號" not in line):  # what both patterns need: most lines are done here
        return []
    for number in GLUED_DOC_NUMBER.finditer(line):
        if found := RECIPIENTS_AFTER_NUMBER.match(line, number.end()):
            return [found.end()]
    return []


def _title_after_number(line: str) -> list[int]:
    """Breaks around a glued header printed in its own order, 文号 then title then recipients (…密级: 莒政办发电20181号
    抄送:莒县人民政府办公室关于…的通知各乡镇人民政府、…管委:为进一步…): before and after the 文号, after an empty label
    between, and at the title's end. The title names its subject with 关于 and the recipients open right after it."""
    if "各" not in line or not ABOUT.search(line, 0, HEADER_REACH):
        return []
    for start, end, _ in find_doc_numbers(line[:HEADER_REACH]):
        label = EMPTY_LABEL.match(line, end)
        title_at = label.end() if label else end
        title_end = glued_title_end(line[title_at:])
        if title_end and _opens_with_title(line[title_at:], title_end) \
                and RECIPIENTS_OPENING.match(line, title_at + title_end):
            return [at for at in (start, end, title_at, title_at + title_end) if at > 0]
    return []


def _number_after_title(line: str) -> list[int]:
    """Breaks around a glued header printed title first, then its 文号 (bare or in brackets), then its recipients
    (…关于印发…应急预案的通知荥政办〔2015〕67号各乡镇人民政府,各街道办事处,…:《…》已经…): at the title's end and after
    the 文号. The title names its subject with 关于 and opens the line; the recipients open right after the 文号."""
    if "各" not in line or not ABOUT.search(line, 0, GLUED_TITLE[1]):
        return []
    title_end = glued_title_end(line)
    if not title_end or not _opens_with_title(line, title_end):
        return []
    for start, end, _ in find_doc_numbers(line[title_end:title_end + HEADER_REACH]):
        bracketed = line[title_end + start - 1:title_end + start] in "(（" and line[title_end + end:title_end + end + 1] in ")）"
        if start > int(bracketed):
            return []  # other words between the title and the 文号: no header of this form
        number_end = title_end + end + int(bracketed)
        if RECIPIENTS_OPENING.match(line, number_end):
            return [title_end, number_end]
        return []
    return []


def glued_header_breaks(text: str) -> list[int]:
    """Offsets in ``text`` around the parts of a glued header printed 文号 first (see _title_after_number) or title first
    (_number_after_title). Read after a 文库 copy's page-chunk numbers are dropped: the chunks are told by their long
    lines, which these breaks would cut."""
    breaks, offset = [], 0
    for line in text.split("\n"):
        # the three parts on one line show it glued
        breaks += [offset + at for at in _title_after_number(line) or _number_after_title(line)]
        offset += len(line) + 1
    return breaks


def full_text_breaks(line: str) -> list[int]:
    """Breaks around a notice glued after a report's 全文如下: at its start, and at its title's end when it opens
    with one naming its subject with 关于 (国务院办公厅关于成立…的通知各省、自治区…:)."""
    found = GLUED_FULL_TEXT.search(line)
    if not found:
        return []
    rest = line[found.end():]
    title_end = glued_title_end(rest)
    return [found.end()] + ([found.end() + title_end] if title_end and _opens_with_title(rest, title_end) else [])


def glued_heading_breaks(line: str) -> list[int]:
    """Breaks before a first heading announced by 如下: inside one line, the 二、 三、 … after sentence ends that
    follow it, and the （一）（二）… after sentence ends (two at least, counting up from （一））."""
    announced = ANNOUNCED_HEADING.search(line)
    if not announced:
        return []
    breaks, run = [announced.start("label")], []
    for found in SENTENCE_GLUED_HEADING.finditer(line, announced.end()):  # 二、 三、 … of the announced list
        if "一二三四五六七八九十".index(found.group("n")) == len(breaks):
            breaks.append(found.start())
    for found in SENTENCE_GLUED_PAREN_LABEL.finditer(line, announced.end()):
        if "一二三四五六七八九十".index(found.group("n")) == len(run):
            run.append(found.start())
    return breaks + (run if len(run) >= 2 else [])


def glued_copy_breaks(text: str) -> list[int]:
    """Offsets in ``text`` where lines of a copy glued into long lines start (see the module's docstring)."""
    breaks, offset, opening = [], 0, True
    for line in text.split("\n"):
        if len(line) >= GLUED_COPY:
            found = glued_info_breaks(line)
            if opening and not found and (title_end := glued_title_end(line)) and _opens_with_title(line, title_end):
                found = [title_end]  # the copy opens with its title (under a 文库's slogan or chrome at most)
            breaks += [offset + at for at in found + glued_heading_breaks(line) + full_text_breaks(line)
                       + _recipients_after_number(line)]
        # the copy's text opens at its first line that is not chrome
        opening = opening and (not line.strip() or len(line) < GLUED_COPY and is_chrome(line.strip()))
        offset += len(line) + 1
    return sorted(set(breaks))


def _spaced_heading(line: str) -> list[int]:
    """The offset in ``line`` of a 一、 after a sentence's end and spaces whose few heading words end at a space of their
    own (a heading line whose break was lost), unless a spaced （一） follows its words."""
    first = SPACED_FIRST_HEADING.search(line)
    words = first and HEADING_WORDS_THEN_SPACE.match(line, first.end("label"))
    if not words or PAREN_ONE.match(line, words.end()):
        return []  # 一、指导思想和工作目标 (一)…: the heading opens a spaced run, which glued_labels breaks with it (ae13)
    return [first.start("label")]


def spaced_first_heading_breaks(text: str) -> list[int]:
    """Offsets of a 一、 after a sentence's end and a space inside a line whose next line-starting heading is 二、, and
    of the heading ``_spaced_heading`` finds."""
    lines = text.split("\n")
    breaks, offset = [], 0
    for index, line in enumerate(lines):
        if "一、" not in line:  # what SPACED_FIRST_HEADING (here and in _spaced_heading) needs: most lines are done here
            offset += len(line) + 1
            continue
        found = SPACED_FIRST_HEADING.search(line)
        if found and not line.startswith("一、"):
            following = next((later for later in lines[index + 1:] if LINE_START_SECOND_HEADING.match(later.lstrip(" \u3000"))), "")
            if following.startswith("二、"):
                breaks.append(offset + found.start("label"))
        breaks += [offset + at for at in _spaced_heading(line)]
        offset += len(line) + 1
    return sorted(set(breaks))


def glued_first_paren_breaks(text: str) -> list[int]:
    """Offsets of a heading's first （一） glued after its words (HEADING_THEN_FIRST_PAREN) when a later line under the same
    heading (before the next 二、) starts with （二）, or when the （一） opens a run-in heading of its own (RUN_IN_HEADING).
    Only the lines holding a （一） (FIRST_PAREN, which every match holds) are tried."""
    breaks, tried = [], -1
    for mark in FIRST_PAREN.finditer(text):
        start = text.rfind("\n", 0, mark.start()) + 1
        if start == tried:
            continue  # a second （一） on a line tried
        tried, end = start, text.find("\n", start)
        line = text[start:] if end == -1 else text[start:end]
        found = HEADING_THEN_FIRST_PAREN.match(line)
        if found and RUN_IN_HEADING.match(line, found.end("label")):
            breaks.append(start + found.start("label"))
        elif found:
            for later in [] if end == -1 else text[end + 1:].split("\n"):
                if SECOND_PAREN_LINE.match(later):
                    breaks.append(start + found.start("label"))
                if SECOND_PAREN_LINE.match(later) or LINE_START_SECOND_HEADING.match(later.lstrip(" \u3000")):
                    break
    return breaks


def abstract_label_breaks(text: str) -> list[int]:
    """Offsets of the text after a policy library's [摘要] label (ABSTRACT_LABEL): the notice's opening starts a line."""
    breaks, offset = [], 0
    for line in text.split("\n"):
        if found := ABSTRACT_LABEL.match(line):
            breaks.append(offset + found.end())
        offset += len(line) + 1
    return breaks


def spaced_next_item_breaks(text: str) -> list[int]:
    """Offsets of 2、 3、 … glued after sentence ends and spaces on the line of their list's 1、, in turn."""
    breaks, offset = [], 0
    for line in text.split("\n"):
        if FIRST_ITEM.match(line):
            breaks += [offset + start for start in _counting_on(SPACED_NEXT_ITEM, line, 2)]
        offset += len(line) + 1
    return breaks


def spaced_item_breaks(text: str) -> list[int]:
    """Offsets of the items glued after a space on the line of the item before them (SPACED_ITEM), counting on from
    the number the line starts with: 3.… (10分) 4.… starts 4. on a line; 共 2、3项 and 增长 4.5% count on nothing."""
    breaks, offset = [], 0
    for line in text.split("\n"):
        if own := LINE_ITEM.match(line):
            breaks += [offset + start for start in _counting_on(SPACED_ITEM, line, int(own.group("n")) + 1, own.end())]
        offset += len(line) + 1
    return breaks


def _counting_on(item: re.Pattern, line: str, expected: int, start: int = 0) -> list[int]:
    """Where the labels ``item`` finds on ``line`` (from ``start``) count on from ``expected`` in turn, one by one:
    a number out of turn is a figure of the text, not the next item."""
    starts = []
    for found in item.finditer(line, start):
        if int(found.group("n")) == expected:
            starts.append(found.start("label"))
            expected += 1
    return starts


def trailing_first_paren_breaks(text: str) -> list[int]:
    """Offsets of a first （一） heading closing a line after a space (TRAILING_FIRST_PAREN) when the next line opens the
    list under it with 1、 or 1."""
    lines = text.split("\n")
    following = _next_nonblank_lines(lines)
    breaks, offset = [], 0
    for index, line in enumerate(lines):
        found = TRAILING_FIRST_PAREN.search(line) if "一）" in line or "一)" in line else None  # (what it needs, first)
        if found and FIRST_ITEM.match(following[index]):
            breaks.append(offset + found.start("label"))
        offset += len(line) + 1
    return breaks


def _next_nonblank_lines(lines: list[str]) -> list[str]:
    """For each line, the first non-blank line after it ("" when none), found in one pass from the end so that a
    text of many blank lines stays linear."""
    following, nearest = [""] * len(lines), ""
    for index in range(len(lines) - 1, -1, -1):
        following[index] = nearest
        if lines[index].strip():
            nearest = lines[index]
    return following



def preamble_close_heading_breaks(text: str) -> list[int]:
    """Offsets of a first heading glued after a preamble's closing sentence (PREAMBLE_CLOSE_THEN_HEADING), and of the
    二、 三、 … glued after sentence ends on its line that count on from it (…制定本实施方案:一、指导思想…任务。二、工作目标…)."""
    if not any(word in text for word in ("制定", "制订", "印发", "下发", "如下", "以下", "请")):
        return []
    breaks = []
    for found in finditer_at_first_characters(PREAMBLE_CLOSE_THEN_HEADING, text):  # (no prefix finditer scans for)
        if SUMMARY_LINE.search(text, max(text.rfind("\n", 0, found.start()) + 1, found.start() - SUMMARY_REACH), found.start()):
            continue  # a page's summary of the opening, printed again in full below it
        line_end = text.find("\n", found.end())
        run = [found.start("label")]
        for later in SENTENCE_GLUED_HEADING.finditer(text, found.end(), line_end if line_end >= 0 else len(text)):
            if "一二三四五六七八九十".index(later.group("n")) == len(run):
                run.append(later.start())
        breaks += run
    return breaks


def titled_info_line_breaks(text: str) -> list[int]:
    """Offsets of the information labels a portal prints after its page's title and a space on the title's line (祝东村致
    村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:祝东村 …; 关于…的通知 发布时间：… 来源：…): the labels start a line,
    so the title stands alone. Only a title's words before them (6 to 80 characters, no sentence's punctuation, ending
    in a document's type or a public letter's name), among the first lines."""
    breaks, offset = [], 0
    for line in text.split("\n")[:TITLE_GLUE_SCAN]:
        spans = info_label_spans(line) if len(line) < GLUED_COPY else []
        head = line[:spans[0][0]] if len(spans) >= INFO_AFTER_TITLE else ""
        title = head.strip(" \u3000")
        if head.endswith((" ", "\u3000")) and GLUED_TITLE[0] <= len(title) <= GLUED_TITLE[1] and not TITLE_BREAKS.search(title) \
                and (TITLE_ENDING_RE.search(title) or title.endswith(PUBLIC_LETTER_ENDINGS)):
            breaks.append(offset + spans[0][0])
        offset += len(line) + 1
    return breaks


def glued_opening_breaks(text: str) -> list[int]:
    """Offsets of the opening sentence a copy glued to its title (see TITLE_THEN_OPENING) on the first lines."""
    breaks, offset = [], 0
    for line in text.split("\n")[:TITLE_GLUE_SCAN]:
        found = TITLE_THEN_OPENING.match(line)
        if found and TITLE_ENDING_RE.search(found.group("title")):
            breaks.append(offset + found.start("opening"))
        offset += len(line) + 1
    return breaks


def titled_date_breaks(text: str) -> list[int]:
    """Offsets of the bracketed date printed after a title on its line (see TITLE_THEN_DATE), among the first lines: the
    date starts a line, so the title stands alone and the date is read as the document's."""
    breaks, offset = [], 0
    for line in text.split("\n")[:TITLE_GLUE_SCAN]:
        found = TITLE_THEN_DATE.search(line)
        title = line[:found.start()].strip(" \u3000") if found else ""
        if found and GLUED_TITLE[0] <= len(title) <= GLUED_TITLE[1] and not TITLE_BREAKS.search(title) \
                and TITLE_ENDING_RE.search(title):
            breaks.append(offset + found.start("date"))
        offset += len(line) + 1
    return breaks


def masthead_header_breaks(text: str) -> list[int]:
    """Offsets around the parts of a first page glued on one line (MASTHEAD_THEN_TITLE): after the page's number and the
    版头, at the title's end, after the 文号 and the recipients' colon, so each is read on its own line as printed."""
    breaks, offset = [], 0
    for line in text.split("\n")[:TITLE_GLUE_SCAN]:
        found = MASTHEAD_THEN_TITLE.match(line)
        title_end = glued_title_end(line[found.end():]) if found else 0
        after = NUMBER_THEN_RECIPIENTS.match(line, found.end() + title_end) if title_end else None
        if after:
            recipients = RECIPIENTS_OPENING.match(line, after.end())
            cuts = [found.end("page") if found.group("page") else 0, found.end("masthead"), found.end() + title_end,
                    after.end("number") if after.group("number") else 0, recipients.end()]
            breaks += [offset + at for at in cuts if 0 < at < len(line)]
        offset += len(line) + 1
    return breaks


def recipients_opening_breaks(text: str) -> list[int]:
    """Offsets of the first sentence glued after the recipients' colon (see RECIPIENTS_THEN_OPENING), among the first lines."""
    breaks, offset = [], 0
    for line in text.split("\n")[:TITLE_GLUE_SCAN]:
        if found := RECIPIENTS_THEN_OPENING.match(line):
            breaks.append(offset + found.start("opening"))
        offset += len(line) + 1
    return breaks
