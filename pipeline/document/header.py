"""The header of a notice found inside whatever wraps it: 版头, 发文字号, 标题, 主送机关.

The top of a real copy mixes the notice's header with its wrapper (site chrome, an information
table, an aggregator's repeated title). Each line gets a role — wrapper (chrome or information,
see ``wrapper``), 版头, 文号, 签发人, organisation, title text, recipients, body — and the header is
read from the roles rather than from positions:

- the header window runs from the top to the recipients line (主送机关) or the first body line;
- the title is chosen among the window's title blocks: a complete title (ending with a document
  type) before an incomplete one, the one printed most often, then the last;
- the information table's labelled values (文号, 成文日期, 名称) are evidence used when the notice's
  own lines give none: 发布机构 names the page's publisher and 发布日期 the page's date, so neither is
  read as the issuer or the 成文日期.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.docnumbers import parse_doc_number
from extractors.titles import TITLE_WORD_RE
from extractors.unit_roles import LABEL_RE as UNIT_LABEL_RE
from extractors.vocab import Examples
from schema.models import DocumentMeta

from pipeline.document.cell_lines import header_cell_indexes
from pipeline.document.dates import parse_date
from pipeline.document.elements import (
    GAMBLING_BRAND, ORGANISATION_END, RECIPIENTS_LINE, RED_HEADER, fuller_print_above, is_bare_recipients, is_complete_title, is_lone_addressee, is_organisation_line, run_together_recipients,
)
from pipeline.document.header_lines import (
    DECREE_NUMBER, LONG_TITLE, SERIES_NUMBER, TITLE_LINE, continues_title, doc_number_of_line, glued_header, is_recipients_line, leading_doc_number, looks_like_title,
    bare_order_serial, opens_on_page_fields, promulgation, recipients_under_lead, split_order_number, title_before_preamble, title_glued_to_header,
    title_twice_before_body,
)
from pipeline.document.info_values import unlabelled_info
from pipeline.document.label_values import values_under_labels
from pipeline.document.labels import glued_outline_labels, match_label
from pipeline.document.lists import split_list
from pipeline.document.masthead import WORD_BESIDE_NAME, masthead_issuers, names_stacked_above
from pipeline.document.publisher import SHORT_FORM_ISSUER, names_short_form
from pipeline.document.roundup import roundup
from pipeline.document.joined_copy import ATTACHMENT_START
from pipeline.document.tail import ATTACHMENT_HEADING, ATTACHMENT_MARK
from pipeline.document.outside import (FULL_TEXT_FOLLOWS, LEAD_PARAGRAPHS, collection_entry_title, full_text_lead_end, file_name_stem, file_name_stems, file_name_title,
                                      heading_named_by_headline,
                                      names_a_template_only, news_lead_in, page_headline)
from pipeline.document.plan_owner import plan_owner
from pipeline.document.title import (
    title_over_number,
    ABOUT, acted_on_by_body, choose_title, clean_title, issuer_of_a_fuller_copy, issuer_of_tag, issuer_of_title, leading_organisations,
    marked_title, other_title, title_candidates,
)
from pipeline.document.wrapper import (DOC_NUMBER_LABELS, PHONE_NUMBER, SUMMARY_LABEL, glued_field_lines, info_value, is_info_line,
                                       is_wrapper_line, label_cell_rows, navigation_rows, read_info_fields, section_names)

HEADER_SCAN = 40  # the notice's header starts within this many lines of the top of a copy
LEAD_IN_SCAN = 20  # lines after a lead-in paragraph searched for the notice's own header
SIGNED_DATE = re.compile(r"(?:\d{4}|[〇零○O一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")  # …办事处 2018年4月26日

# A news headline reporting that a notice was issued (中共中央辦公廳 國務院辦公廳印發《…實施方案》): no notice's title,
# which would end with its own type (关于印发《X》的通知).
NEWS_HEADLINE = re.compile(r"^(?!关于|關於)[^《》]{2,60}?(?:联合)?(?:印发|印發|发布|發布|出台)了?《(?P<title>[^《》]{4,100})》$")

# The same headline naming what was issued without its 《》 (環保部發布環境標準制修訂辦法): a title names its subject after
# 关于 (关于发布…办法的通知), never after its issuer's 发布.
BARE_NEWS_HEADLINE = re.compile(r"^(?!.*(?:关于|關於|關于))(?P<issuer>[^《》]{2,60}?)(?:联合)?(?:印发|印發|发布|發布|出台|公布|公佈)(?!会|會)了?[^《》的]{4,60}"
                                r"(?:办法|辦法|规定|規定|条例|條例|细则|細則|方案|意见|意見|标准|標準|规划|規劃|计划|計劃)$")

# A headline reporting that a body sent or published a notice (下发, 发出, 发布: a reporter's verbs; 印发 is a title's own,
# 鹤岗市人民政府 鹤岗市中级人民法院印发关于…的意见的通知, and a title's 发布 comes after its 关于, 关于发布…的通知), naming the notice by its title (教育部下发关于做好…的通知) or not at
# all (农业农村部办公厅下发通知要求 不误农时抓好春耕备耕): the body is the issuer, the title is only what follows
# the verb, and a notice named only as 通知 has no title here.
REPORTED_NOTICE = re.compile(r"^(?!关于|關於|關于)(?P<issuer>[^《》“”，,。：:\s]{2,40}?)(?:联合)?(?:下发|下發|发出|發出|发布|發布)了?"
                             r"(?:(?P<title>(?:关于|關於|關于)[^《》]{2,100}的(?:通知|意见|意見|决定|決定|通报|通報|函))"
                             r"|(?:紧急|緊急)?(?:通知|文件)(?!书|書|的))")
# A page's field whose whole value is a 发文字号 (作者:安委办〔2015〕19号 on a site that files the 文号 as the
# author): the notice's number when its header prints none.
PAGE_FIELD = re.compile(r"(?:^|[ \u3000|])[\u4e00-\u9fff]{1,6}[:：][ \u3000]*(?P<value>[^ \u3000|:：]{4,30})(?=$|[ \u3000|])")

# A title glued before the first recipient with a space (see read_header): no punctuation in the title part.
TITLE_BEFORE_RECIPIENTS = re.compile(r"^(?P<title>[^\s,，、;；:：]{4,80}(?:通知|意见|意見|方案|办法|辦法|规定|規定|决定|決定|通报|通報"
                                     r"|要点|要點|细则|細則|计划|計劃|规划|規劃|措施|批复|批復|函))[ \u3000]+(?P<first>各\S.*)$")

# A gazette's line of the notice's 文号, its date and its status, run onto the recipients by the copy: 川办函〔2015〕160号
# 2015年9月1日(已失效)各市(州)人民政府,…:
_STATUS_NOTE = r"[（(](?:已失效|已废止|已廢止|失效|废止|現行有效|现行有效|有效)[）)]"
NUMBER_DATE_STATUS = re.compile(rf"^(?:(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)[ \u3000]*(?:{_STATUS_NOTE})?|{_STATUS_NOTE})[ \u3000]*")
# A preamble that says the text below it is the document named above it (为…,结合我区实际,制定本方案。): a plan printed
# under a lead-in (a 文库's slogans, a news report) opens with it or with its first heading.
OWN_TEXT_PREAMBLE = re.compile(r"^(?:为|為|根据|根據|按照|依据|依據)[^。\n]{2,200}?制定(?:本|此)[\u4e00-\u9fff]{0,6}?"
                               r"(?:方案|措施|办法|辦法|意见|意見|计划|計劃|细则|細則|规定|規定|要点|要點|规则|規則)")
FIRST_HEADING = re.compile(r"^[ \u3000]*一[、，,.．]")
# A page's field label alone over its value (- 发布: / - 满城区农业农村局): the value is the page's publisher or source, no
# issuer line of the notice.
PAGE_FIELD_LABEL = re.compile(r"^[-•·*]?[ \u3000]*(?:发布|发布者|发布人|发布单位|发布机构|来源|信息来源|稿源|作者|编辑)[ \u3000]*[:：]$")
# A database's edition note after a rules text's title (消毒管理办法(2002年修订)): no part of the title when the text names
# itself without it (《消毒管理办法》的修订已于…通过); a plan titled with its revision (《…应急预案(2024年修订)》) keeps it.
REVISION_NOTE = re.compile(r"[（(](?:19|20)\d{2}年(?:修订|修正|修改|修订版|修正版)[）)]$")
REVISION_SCAN = 20  # lines below the header searched for the text naming itself
# A journal's or a library's abstract field holding the notice's opening: its 文号 and recipients glued to the body
# (摘 要: | 工商明电[2005]37号各省、自治区…工商行政管理局:2006年元旦…). The field is the site's, its value the notice's.
ABSTRACT_FIELD = re.compile(r"^[ \u3000|]*(?:摘[ \u3000]*要|内容摘要|内容提要|摘[ \u3000]*要[ \u3000]*内[ \u3000]*容)[ \u3000]*[:：】][ \u3000|]*(?P<value>\S.*)$")

EXAMPLES = {
    "AMENDED_SINCE": Examples(match=("(2004年10月8日市人民政府令第124号发布,根据2008年4月16日《关于修改〈宁波市政府信息公开规定〉的决定》做相应的修改,重新公布。)",),
                              no_match=("（2002年3月28日卫生部令第27号公布）", "(2013年10月27日石家庄人民政府令第184号发布自2013年12月1日起施行)")),
    "SENTENCE_MARK": Examples(match=("各有关单位:", "经研究,现将", "一是加强领导;二是"), no_match=("2021年度工业稳增长和转型升级成效", "(州)")),
    "OWN_TEXT_PREAMBLE": Examples(match=("为深入贯彻落实…新冠疫苗接种工作部署,结合我区实际,制定本方案。", "根据上级要求,特制定此实施方案:"),
                                  no_match=("为加快构筑免疫“防火墙”,让我们积极行动起来!", "各地要制定本地实施方案。",
                                            "为做好工作,现通知如下。制定本方案")),
    "FIRST_HEADING": Examples(match=("一、总体要求", "一.指导思想"), no_match=("二、总体要求", "一是加强领导")),
    "PAGE_FIELD_LABEL": Examples(match=("- 发布:", "来源：", "• 发布机构:"), no_match=("各乡镇:", "发布:满城区农业农村局", "主送机关:")),
    "MARKUP_RESIDUE": Examples(match=('<rp id="zsypk"></rp>', "<br/>"), no_match=("旅游工作緊急通知", "<<条例>>")),
    "ABSTRACT_FIELD": Examples(match=("摘 要: | 工商明电[2005]37号各省、自治区、直辖市工商行政管理局:2006年元旦…", "内容提要:各乡镇人民政府:为…"),
                               no_match=("摘要", "摘要和附件", "各乡镇人民政府:")),
    "REVISION_NOTE": Examples(match=("消毒管理办法(2002年修订)", "条例（2011年修正）"), no_match=("应急预案(2024年修订)的通知", "办法(试行)")),
    "TITLE_BEFORE_RECIPIENTS": Examples(match=("含山县2005-2006年度农田水利基本建设实施意见 各乡镇人民政府",),
                                        no_match=("各乡镇人民政府", "县政府各部门 各直属机构", "市直 各单位")),
    "NUMBER_DATE_STATUS": Examples(match=("2015年9月1日(已失效)各市(州)人民政府", "(现行有效)各县人民政府"), no_match=("各市(州)人民政府", "(一)各县人民政府")),
    "REPORTED_NOTICE": Examples(match=("教育部下发关于做好2015年寒假春节期间有关工作的通知", "农业农村部办公厅下发通知要求 不误农时抓好春耕备耕",
                                       "省政府办公厅发出紧急通知", "發改委發布關于2018年光伏發電項目價格政策的通知",
                                       "国家税务总局发布关于进一步优化办税缴费服务的通知"),
                                no_match=("关于印发《若干措施》的通知", "教育部关于做好寒假工作的通知", "关于印发通知书格式的通知",
                                          "鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知",
                                          "关于转发省政府办公厅发出通知的通知", "县政府办公室转发市政府下发通知的通知",
                                          "市政府办公室关于转发省政府下发的通知的通知", "国家能源局关于发布能源行业标准的通知",
                                          "新闻发布会通知")),
    "PAGE_FIELD": Examples(match=("作者:安委办〔2015〕19号   文章来源:国务院安委会办公室", "编号:928920"),
                           no_match=("作者 安委办〔2015〕19号", "各乡镇人民政府:")),
    "BARE_NEWS_HEADLINE": Examples(match=("環保部發布環境標準制修訂辦法", "省政府印发乡村振兴实施方案"),
                                   no_match=("关于发布环境标准制修订办法的通知", "市政府关于印发实施方案的通知", "新闻发布会管理办法")),
    "NEWS_HEADLINE": Examples(match=("中共中央辦公廳國務院辦公廳印發《逐步把永久基本農田建成高標準農田實施方案》", "省政府办公厅印发《若干措施》"),
                              no_match=("关于印发《若干措施》的通知", "省政府办公厅印发《若干措施》的通知", "关于印发《要点》")),
    "SIGNED_DATE": Examples(match=("闵行区古美路街道办事处 2018年4月26日", "二○一一年八月九日"), no_match=("2018年4月26日前报送",)),
}



@dataclass
class Header:
    meta: DocumentMeta
    body_at: int  # index of the first body line
    info: dict[str, str] = field(default_factory=dict)  # the information table's labelled values
    title_issuer: Optional[str] = None  # the issuer printed before 关于 in the title
    window_issuer: Optional[str] = None  # an organisation line of the header outside the title


def _is_body_line(text: str) -> bool:
    """A line of the notice's body: a numbered item, or a sentence (。) that is not a title; never a
    wrapper line (a 文库's numbered download tips are no items)."""
    labelled = match_label(text) is not None or UNIT_LABEL_RE.match(text) is not None  # 牵头单位: 新区城市管理局: a statement
    return (labelled or "。" in text or len(text) > LONG_TITLE) and not is_wrapper_line(text)


def _names_a_contact(lines: list, index: int) -> bool:
    """学习成果认证服务部: over 0551-63633772: an entry of a page's contact block, not the recipients line."""
    return index + 1 < len(lines) and PHONE_NUMBER.match(lines[index + 1].text.strip()) is not None


# Markup a page's script left where a list entry's text was (1. <rp id="zsypk"></rp>).
MARKUP_RESIDUE = re.compile(r"(?:<[a-zA-Z/][^<>\n]{0,200}>[ \u3000]*)+")


def _page_list_entry(text: str) -> bool:
    """A numbered entry of a page's list above a notice (1. <rp id="zsypk"></rp> · 2. 旅游工作緊急通知): its label over
    markup, over nothing, or over a title; it ends the header window only if no recipients line follows."""
    label = match_label(text)
    if label is None or "。" in text:
        return False
    rest = text[label.length:].strip()
    return not rest or bool(MARKUP_RESIDUE.fullmatch(rest)) or (looks_like_title(rest) and is_complete_title(rest))


def _window_end(lines: list, start: int) -> tuple[int, bool]:
    """Index where a header begun at ``start`` ends and whether that line is the recipients line.
    Wrapper lines do not count towards HEADER_SCAN: an information table can be long. A page's list entries (see
    _page_list_entry) are passed over when the recipients line follows within LEAD_IN_SCAN lines of the first."""
    counted, listed, last_listed = 0, None, None
    for index in range(start, len(lines)):
        text = lines[index].text
        if is_recipients_line(text) and not _names_a_contact(lines, index):
            return index, True
        if run_together_recipients(text):  # recipients that lost their punctuation, colon and all: the body follows
            return index + 1, False
        if listed is not None and index - listed > LEAD_IN_SCAN:
            return listed, False
        if _is_body_line(text) or _opens_an_outline(lines, index):
            if _page_list_entry(text) and (last_listed is None or index == last_listed + 1):
                listed, last_listed = index if listed is None else listed, index  # one run of entries
                continue
            return (index if listed is None else listed), False
        if not is_wrapper_line(text):
            counted += 1
            if counted > HEADER_SCAN:
                return _leading_header_end(lines, start), False
    return (len(lines) if listed is None else listed), False


def _leading_header_end(lines: list, start: int) -> int:
    """Where a header ends that no recipients line or body sentence closes within HEADER_SCAN lines: after the 文号 and
    title lines it opens with, when they name a notice (临政办函[2013]89号 ⏎ …关于成立…领导小组的通知 over a long list of
    the group's members, one a line); else at ``start`` (no header)."""
    index = start
    while index < len(lines) and (is_wrapper_line(text := lines[index].text) or doc_number_of_line(text)
                                  or looks_like_title(text) or continues_title(text)):
        index += 1
    return index if index > start and _names_a_notice(lines[start:index]) else start


def _opens_an_outline(lines: list, index: int) -> bool:
    """A plan outline's top heading glued to its number over its first decimal item (1总则 / 1.1制定目的): the body's
    first line, no header line."""
    return index + 1 < len(lines) and bool(glued_outline_labels([lines[index].text, lines[index + 1].text]))


def _is_notice_header(lines: list, index: int) -> bool:
    """A complete title line followed within a few title or wrapper lines by a 文号 or recipients."""
    text = lines[index].text
    if not (looks_like_title(text) and is_complete_title(text)):
        return False
    for following in lines[index + 1:index + 4]:
        other = following.text
        if doc_number_of_line(other) or is_recipients_line(other) or is_bare_recipients(other):
            return True
        if not (looks_like_title(other) or continues_title(other) or is_wrapper_line(other)):
            return False
    return False


def _opens_its_text(lines: list, index: int) -> bool:
    """A complete title line (its tail, such as (征求意见稿), on the line below at most) straight above the text it names:
    a preamble saying so (OWN_TEXT_PREAMBLE) or the first heading 一、. A plan printed under a lead-in (a 文库's slogans, a
    news report on it) has no 文号 or recipients to mark its header."""
    text = lines[index].text
    if is_wrapper_line(text) or not (looks_like_title(text) and is_complete_title(text)):
        return False
    following = index + 1
    if following < len(lines) and continues_title(lines[following].text) and not _is_body_line(lines[following].text):
        following += 1  # 天津市…工作方案 ⏎ (征求意见稿)
    opening = lines[following].text if following < len(lines) else ""
    return bool(FIRST_HEADING.match(opening) or OWN_TEXT_PREAMBLE.match(opening))


# A promulgation note that goes on to the text's later amendment (…令第124号发布,根据2008年…《…的决定》做相应的修改,重新公布):
# its order promulgated the first version, not the text printed under it, which no order of its own numbers.
AMENDED_SINCE = re.compile(r"根据[^()（）]{0,80}?(?:修改|修正|修订)")


def _page_field_value(label: str, text: str) -> bool:
    """Whether ``text`` is the value of a page's field label on the line above (来源: ⏎ 县政府办): never a 文号, which
    is the notice's own, printed under a field the page left empty (来源: ⏎ 甘政发〔2012〕120号)."""
    return bool(PAGE_FIELD_LABEL.match(label.strip())) and not doc_number_of_line(text)


# A sentence's or a list's punctuation, which no title line holds.
SENTENCE_MARK = re.compile(r"[。，；：:,;]")


def _attached(lines: list, index: int) -> bool:
    """Whether the title at ``index`` is printed under an attachment's mark (附: or 附件1 alone on its line): a text the
    page attaches after its lead-in (a news report's 附: and the plan it reports, a publicity's 附件1 and its list), no
    header of the page's own notice. A title split over two lines has its first line between (附件1 ⏎ 2021年度…成效 ⏎
    明显市(州)拟入选推荐名单)."""
    above = index - 1
    if above > 0 and _begins_a_title(lines[above].text) and not _is_attachment_mark(lines[above].text):
        above -= 1
    return above >= 0 and _is_attachment_mark(lines[above].text)


def _is_attachment_mark(text: str) -> bool:
    return bool(ATTACHMENT_MARK.match(text.strip()) or ATTACHMENT_HEADING.match(text.strip()))


def _begins_a_title(text: str) -> bool:
    """A line that can be a split title's first part: short, no sentence's punctuation, no label, no whole title. It may
    open with its year (2021年度…), which a line carrying a title on (continues_title) may not: there a year opens a date."""
    return len(text) <= TITLE_LINE and not SENTENCE_MARK.search(text) and match_label(text) is None \
        and not is_complete_title(text)


def _split_title_start(lines: list, index: int) -> int:
    """The first line of a title whose last line is ``index``: the lines above that begin it without
    completing it (國家發展改革委關于支持優質企業直接融資 / 進一步增強…的通知)."""
    while index > 0 and looks_like_title(lines[index - 1].text) and continues_title(lines[index - 1].text) \
            and not is_complete_title(lines[index - 1].text):
        index -= 1
    return index


def _names_a_notice(lines: list) -> bool:
    """Whether header lines hold a notice's own header: a 文号, or a title with 关于."""
    return any(doc_number_of_line(line.text) or (ABOUT.search(line.text) and looks_like_title(line.text))
               for line in lines if not is_wrapper_line(line.text))


def _after_full_text_lead(lines: list, end: int) -> Optional[int]:
    """The line under a news page's lead announcing the notice in full (its line, or its paragraphs over a 全文如下: line:
    outside.full_text_lead_end), where a header window
    begun at the top stops, when the notice's own 文号 or recipients follow within LEAD_IN_SCAN lines: the headline
    and the lead above it are the page's."""
    lead = full_text_lead_end([line.text for line in lines[end:end + LEAD_PARAGRAPHS + 1]])
    if lead is None:
        return None
    following = lines[end + lead + 1:end + lead + 1 + LEAD_IN_SCAN]
    return end + lead + 1 if any(doc_number_of_line(line.text) or is_recipients_line(line.text) for line in following) else None


def header_window(lines: list) -> tuple[int, int, bool]:
    """(start, end, whether line ``end`` is the recipients line) of the notice's header. When the
    copy opens with a lead-in (a news paragraph, an encyclopaedia's summary, a table of contents)
    and no header of its own, the header is the notice's title and 文号 printed after it."""
    end, has_recipients = _window_end(lines, 0)
    if (after_lead := _after_full_text_lead(lines, end)) is not None:
        return (after_lead, *_window_end(lines, after_lead))
    if has_recipients or end >= len(lines) or _names_a_notice(lines[:end]):
        return 0, end, has_recipients
    printed = roundup(lines).headings  # a roundup's first document under its list (see roundup)
    if printed and (first := min(printed)) >= end \
            and not any(is_recipients_line(line.text) for line in lines[end:first]):
        return (first, *_window_end(lines, first))
    for index in range(end, min(len(lines), end + LEAD_IN_SCAN)):
        if is_recipients_line(lines[index].text):
            break
        if (_is_notice_header(lines, index) or _opens_its_text(lines, index)) and not _attached(lines, index):
            start = _split_title_start(lines, index)
            return (start, *_window_end(lines, start))
        if FULL_TEXT_FOLLOWS.search(lines[index].text) and index + 1 < len(lines) \
                and is_recipients_line(lines[index + 1].text):
            return index + 1, index + 1, True  # 原文如下： then the notice from its recipients
    # a site's slogan or a summary as the first line: the header is the first whole title below it — unless that
    # line is the notice itself from its recipients on (机关各部门、…: 街道…现印发给你们), whose signature and date
    # come before the title of what it issues
    # (the slogan or summary under the page's chrome alone: 校园…方案(汇总15篇) / 时间:… / 此外,…不妨参考下面的范文 / 防范…方案)
    if end < len(lines) and all(is_wrapper_line(line.text) for line in lines[:end]) and not glued_header(lines[end].text)[1]:
        for index in range(end + 1, min(len(lines), end + LEAD_IN_SCAN)):
            text = lines[index].text
            if match_label(text) is not None or is_recipients_line(text) or SIGNED_DATE.search(text) \
                    or ATTACHMENT_START.match(text.strip()):
                break  # (附件:… lists what the text attaches, after its end: a name there is an attachment's, cb03)
            if not is_wrapper_line(text) and looks_like_title(text) and is_complete_title(text) and not _attached(lines, index):
                return (index, *_window_end(lines, index))
    return 0, end, has_recipients


def _before_table_header(lines: list, start: int, end: int, has_recipients: bool) -> tuple[int, int, bool]:
    """The header window cut at a table header copied one cell a line under the title (…二季度执行情况 ⏎ 序号 ⏎ 重点工作
    ⏎ 责任 ⏎ 科室 …): the table is the body, and a unit in its rows is no issuer of the page."""
    cells = header_cell_indexes([line.text for line in lines[start:end]])
    if not cells or min(cells) == 0:
        return start, end, has_recipients
    return start, start + min(cells), False


def read_header(lines: list, headings: frozenset[int] = frozenset(), contents: frozenset[int] = frozenset()) -> Header:
    """The 版头, 发文字号, 标题 and 主送机关 at the top of a document, inside whatever wraps it.
    ``headings``: the lines that were level-1 Markdown headings (see :func:`marked_title`); ``contents``: the starts of
    the lines of a table of contents (a bulletin's list of the titles it prints: none is this notice's header)."""
    meta = DocumentMeta()
    start, end, has_recipients = _before_table_header(lines, *header_window(lines))
    info = read_info_fields([line.text for line in lines[:end]])
    for label, value in unlabelled_info([line.text for line in lines[:end]]).items():
        info.setdefault(label, value)  # a table whose labels the copy lost: its values by their form
    texts = [line.text for line in lines[start:end]]
    glued_fields = glued_field_lines([line.text for line in lines[:end]])
    header_issuer, window_issuer, kept, number_at = None, None, [], None
    navigation, cells, sections = navigation_rows(texts), label_cell_rows(texts) | values_under_labels(texts), \
        section_names([line.text for line in lines[:end]])
    order_at, order_number = split_order_number(texts) \
        or bare_order_serial(texts, lines[end].text if end < len(lines) else "") or (None, None)
    stacked_under: set[int] = set()  # the names stacked under a joint 版头's first line (read with it)
    listed = roundup(lines).headings  # a roundup's label over the title of a document it prints
    for index, text in enumerate(texts):
        if start + index in listed:
            text = text[listed[start + index]:]
        if index in stacked_under:
            kept.append(None)
            continue
        if order_at is not None and index in (order_at, order_at + 1):
            meta.doc_number = meta.doc_number or order_number
            kept.append(None)  # an order's heading over its number: no title, no issuer line
            continue
        if is_wrapper_line(text) or index in navigation or index in cells or text in glued_fields or text.strip() in sections \
                or index and (SUMMARY_LABEL.match(texts[index - 1].strip()) or _page_field_value(texts[index - 1], text)) \
                or lines[start + index].start in contents:
            kept.append(None)  # keeps positions: a title block never runs across a wrapper line
            continue
        red = RED_HEADER.match(text)
        number = doc_number_of_line(text)
        if red and not TITLE_WORD_RE.search(red.group("issuer")) and not SHORT_FORM_ISSUER.fullmatch(red.group("issuer").strip()):
            # (a portal's section 市政府文件 over its table is no 版头: a short form without its place names no issuer, C9)
            if not header_issuer:
                header_issuer, stacked = masthead_issuers(red.group("issuer"), texts[index + 1:], doc_number_of_line)
                stacked_under.update(range(index + 1, index + 1 + stacked))
                if not stacked and WORD_BESIDE_NAME.search(text):
                    header_issuer, above = names_stacked_above(header_issuer, kept)
                    kept[len(kept) - above:] = [None] * above
        elif number:
            meta.doc_number = meta.doc_number or number
            number_at = index if number_at is None else number_at
            if kept and kept[-1] and is_organisation_line(kept[-1]) and not header_issuer:
                header_issuer = fuller_print_above(kept[-1], kept[:-1]) or kept[-1]  # the issuer's name above the 文号
        if red or number or text.startswith("签发人"):
            kept.append(None)
        else:
            leading, rest = leading_doc_number(text)
            if leading:
                meta.doc_number = meta.doc_number or leading
            kept.append(rest)
    glued_title = title_glued_to_header(lines[end].text) if not has_recipients and start < end < len(lines) else None
    if glued_title:  # the title's last words over the 文号 and recipients, one paragraph: they end the title block
        kept.append(glued_title[0])
        meta.doc_number, meta.recipients = meta.doc_number or glued_title[1], glued_title[2]
    elif not has_recipients and end < len(lines) and (twice := title_twice_before_body(lines[end].text)):
        kept.extend([None, twice, None, twice])  # printed twice over the body's first words: two copies, blocks of their own
    candidates = title_candidates(_without_file_names(kept, lines[:end]))
    if not has_recipients and end < len(lines) and not any(is_complete_title(title) for title, _ in candidates) \
            and (named := title_before_preamble(lines[end].text)):
        candidates.append((named, len(kept)))  # a plan's name run into its preamble, no other whole title above it
    cleaned = []
    for title, position in candidates:
        title, number = clean_title(title)
        meta.doc_number = meta.doc_number or number
        cleaned.append((title, position))
    named = info_value(info, "名称", "标题", "信息名称")
    title = marked_title(lines, end, headings) or choose_title(cleaned, named)
    if has_recipients and (own := title_over_number(cleaned, kept, number_at, title)):
        title = own  # the notice's own title over its 文号 and recipients, not the database's headline (s06)
    if title and names_a_template_only(title, lines[:end + 2]):
        title = None  # a template page's headline (社区活动通知 over 社区活动通知模板一:), no title of the copy (C22)
    title_issuer = None
    if title:
        meta.title = re.sub(r"\s+", "", title)
        title_issuer = issuer_of_title(title) or issuer_of_a_fuller_copy(cleaned, meta.title) \
            or issuer_of_tag(candidates, meta.title) or plan_owner(meta.title)
        # an organisation line above the page's information table is the site's name (龙陵县人民政府 over a
        # table whose 发布机构 is a town): no issuer
        table_at = next((index for index, text in enumerate(texts) if is_info_line(text)), -1)
        outside = [index for index, text in enumerate(kept) if text and is_organisation_line(text)
                   and text not in title and not meta.title.startswith(text) and index > table_at]
        if outside:  # with the joint issuers printed on the lines below it
            window_issuer = " ".join(name for name in leading_organisations(kept[outside[0]:])
                                     if name not in title)
    if has_recipients:
        number, date, body = _number_before_recipients(RECIPIENTS_LINE.match(lines[end].text).group("body"))
        meta.doc_number, meta.signed_date = meta.doc_number or number, meta.signed_date or date
        meta.recipients = split_list(body)
        body_at = end + 1
    elif 0 < end <= len(lines) and is_bare_recipients(lines[end - 1].text):  # (a copy may end with them, cut)
        meta.recipients = run_together_recipients(lines[end - 1].text) or split_list(lines[end - 1].text)
        body_at = end
    elif end < len(lines) and end > 0 and lines[end - 1].text.strip() != header_issuer \
            and is_lone_addressee(lines[end - 1].text, lines[end].text):
        meta.recipients = [lines[end - 1].text.strip()]  # one body the text addresses as 贵公司, its colon lost
        body_at = end
    else:
        body_at = end
    if not meta.recipients and body_at < len(lines):
        number, recipients = glued_header(lines[body_at].text)
        meta.doc_number, meta.recipients = meta.doc_number or number, recipients
    if not meta.recipients and start < end == body_at and lines[end - 1].text.startswith("各") \
            and (glued := glued_header(lines[end - 1].text))[1]:
        # the recipients glued to a lead-in that ends with its colon (…市各直屬單位: 現將…印發給你們,有關要求如下:)
        # above the first item: the last line of the header window, no title
        meta.doc_number, meta.recipients = meta.doc_number or glued[0], glued[1]
        body_at = end - 1
    if not meta.recipients and (abstract := _glued_in_an_abstract(lines[start:end + 1])):
        meta.doc_number, meta.recipients = meta.doc_number or abstract[0], abstract[1]
    if meta.title and body_at < len(lines) \
            and acted_on_by_body(meta.title, "".join(line.text for line in lines[body_at:body_at + 3])) \
            and (own := other_title(cleaned, meta.title, named)):
        meta.title = re.sub(r"\s+", "", own)  # a link to what the notice implements is not its title (see ACTS_ON_BEFORE)
        title_issuer = issuer_of_title(own)
    if meta.recipients and (glued := TITLE_BEFORE_RECIPIENTS.match(meta.recipients[0])) \
            and is_complete_title(glued["title"]) and (not meta.title or meta.title == glued["title"]):
        # a legal database's one-line copy: the title, a space and the recipients (含山县…实施意见 各乡镇人民政府,…:)
        meta.title, meta.recipients = glued["title"], [glued["first"]] + meta.recipients[1:]
    if not meta.doc_number and (value := info_value(info, *DOC_NUMBER_LABELS)):
        parsed = parse_doc_number(value)
        meta.doc_number = parsed.normalised if parsed and parsed.form == "bracketed" \
            else value.strip() if SERIES_NUMBER.match(value.strip()) else None  # 督察通报第十七期: a series' issue
    meta.doc_number = meta.doc_number or _doc_number_in_page_fields(lines[:end])
    if note := next((found for line in lines[start:end] if (found := promulgation(line.text)) and not AMENDED_SINCE.search(line.text)), None):
        # a rules text's promulgation note: the body and the day that promulgated it, and its order's number
        # (a note naming the body by its short form, 省人民政府令第18号发布, names no issuer: CONVENTIONS.md C9)
        meta.doc_number = meta.doc_number or note[1]
        header_issuer = header_issuer or (None if SHORT_FORM_ISSUER.match(note[0]) else note[0])
        meta.signed_date = meta.signed_date or (parse_date(note[2]) or (None,))[0]
    if not header_issuer and window_issuer and meta.doc_number and (decree := DECREE_NUMBER.match(meta.doc_number)) \
            and (decree["issuer"].endswith(window_issuer) or names_short_form(window_issuer, decree["issuer"])):
        # a database's issuing-body line over the order, as l19, b03, n19 annotate it; over an order numbered with the
        # short form (省人民政府令第18号, 省政府令第69号), the line names the province the short form leaves out
        header_issuer = window_issuer
    meta.issuer = _decree_issuer(meta.doc_number, header_issuer)
    if (not meta.title or NEWS_HEADLINE.match(meta.title)) and (lead_in := news_lead_in(lines[:LEAD_IN_SCAN])) \
            and (not meta.title or NEWS_HEADLINE.match(meta.title).group("title") == re.sub(r"\s+", "", lead_in[0])):
        # a news page printing the notice in full: the notice's own title, not the headline reporting it (A印发《X》)
        meta.title, title_issuer, lead_in_end = lead_in
        body_at = max(body_at, lead_in_end)
    elif meta.title and start > 0 and not title_issuer and (lead_in := news_lead_in(lines[:LEAD_IN_SCAN])) \
            and re.sub(r"\s+", "", lead_in[0] or "") == meta.title:
        title_issuer = lead_in[1]  # the plan printed under the lead that names its issuers (近日,A、B印发了《X》)
    elif meta.title and (named := heading_named_by_headline(meta.title, lines[:LEAD_IN_SCAN])):
        meta.title, title_issuer, heading_end = named  # a headline reporting its issue (南京印发《X》和《Y》) over X's text
        body_at = max(body_at, heading_end)
    if meta.title and GAMBLING_BRAND.search(meta.title):
        meta.title = None  # a hijacked mirror's words where the title began: the notice's title is not printed
        if title_issuer and GAMBLING_BRAND.search(title_issuer):
            title_issuer = None  # nor its issuer (8522澳门新葡亰官网食品药品监管总局办公厅关于: the brand glued before it)
    if meta.title and (headline := BARE_NEWS_HEADLINE.match(meta.title)) and ORGANISATION_END.search(headline["issuer"]):
        meta.title = None  # a news headline reporting what a body issued (環保部發布…辦法), no title of the notice
    if meta.title and (revision := REVISION_NOTE.search(meta.title)) \
            and _names_itself(lines[:body_at + REVISION_SCAN], meta.title[:revision.start()]):
        meta.title = meta.title[:revision.start()]
    if not meta.title:  # a file name in the page's wrapper, above the notice's text (an 附件 link below it is none)
        outside_title = file_name_title(lines[:min(body_at, HEADER_SCAN)]) or page_headline(lines) \
            or collection_entry_title(lines[:body_at + LEAD_IN_SCAN])
        meta.title = re.sub(r"\s+", "", outside_title) if outside_title else None  # as every title: without spaces
    if meta.title and (reported := REPORTED_NOTICE.match(meta.title)) and is_organisation_line(reported.group("issuer")):
        # a headline reporting the notice: its issuer when it names the notice by its title (a news report of a notice
        # it does not name, 住建部下發通知 綜合管廊…一周一報, is annotated with neither, j24)
        meta.title = reported.group("title")
        title_issuer = reported.group("issuer") if meta.title else title_issuer
    if not meta.recipients and (meta.title and NEWS_HEADLINE.match(meta.title) or opens_on_page_fields(meta.title, lines)) \
            and (under := recipients_under_lead(lines, body_at)):
        meta.recipients, body_at = under  # a news headline (A印发《X》) and its lead over the notice from its recipients on
    return Header(meta, body_at, info, title_issuer, window_issuer)


def _without_file_names(kept: list[Optional[str]], lines: list) -> list[Optional[str]]:
    """The header's lines with a 文库 file's name (生物化工制度汇编修改征求意见版本 1.docx, and the same name printed as a line
    over the text's own title, 生物化工制度汇编修改征求意见版本1 over 2018年《制度汇编》修改内容讨论稿) set apart as wrapper lines:
    a file's name, not the text's title nor a part of it, when it is no complete title and another line is left."""
    stems = file_name_stems(lines)
    if not stems:
        return kept
    names = [text is not None and not is_complete_title(text) and (file_name_stem(text) or re.sub(r"\s+", "", text)) in stems
             for text in kept]
    if all(name or text is None for name, text in zip(names, kept)):
        return kept
    return [None if name else text for name, text in zip(names, kept)]


def _glued_in_an_abstract(lines: list) -> Optional[tuple[Optional[str], list[str]]]:
    """(文号, recipients) glued at the start of an abstract field's value (see ABSTRACT_FIELD); None when no abstract
    opens so. Without a 文号 the recipients must open with 各 (an abstract's own summary names no addressees)."""
    for line in lines:
        if (found := ABSTRACT_FIELD.match(line.text)) and (glued := glued_header(found["value"]))[1] \
                and (glued[0] or glued[1][0].startswith("各")):
            return glued
    return None


def _names_itself(lines: list, title: str) -> bool:
    """Whether ``lines`` name ``title`` in title brackets (《消毒管理办法》的修订已于…)."""
    named = f"《{title}》"
    return any(named in re.sub(r"\s+", "", line.text) for line in lines)


def _number_before_recipients(body: str) -> tuple[Optional[str], Optional[str], str]:
    """(文号, ISO date, the recipients) of a recipients line a gazette's number line ran onto (see NUMBER_DATE_STATUS);
    (None, None, body) when the line opens with no 文号."""
    number, rest = leading_doc_number(body)
    if number is None:
        return None, None, body
    found = NUMBER_DATE_STATUS.match(rest)
    if not found:
        return number, None, rest
    date = parse_date(found.group("date")) if found.group("date") else None
    return number, date[0] if date else None, rest[found.end():]


def _doc_number_in_page_fields(lines: list) -> Optional[str]:
    """The 发文字号 a page prints as the whole value of one of its own fields (作者:安委办〔2015〕19号); never
    a 文号 inside a longer value (上一篇:关于…(国办发〔2021〕5号)), which names another document."""
    for line in lines:
        if not is_wrapper_line(line.text):
            continue
        for found in PAGE_FIELD.finditer(line.text):
            parsed = parse_doc_number(found.group("value"))
            if parsed and parsed.form == "bracketed" and parsed.text.strip() == found.group("value"):
                return parsed.normalised
    return None


def _decree_issuer(doc_number: Optional[str], issuer: Optional[str]) -> Optional[str]:
    """An order's number names its issuer as the order prints it (东莞市人民政府令第123号): that name,
    over a fuller form a legal database prints above it (广东省东莞市人民政府). A number that names its issuer by a short
    form without its place (省人民政府令第18号 in a promulgation note) names no 发文机关 (CONVENTIONS.md C9): the fuller
    form stays (江西省人民政府)."""
    if not doc_number or not (decree := DECREE_NUMBER.match(doc_number)):
        return issuer
    named = decree.group("issuer")
    if issuer and SHORT_FORM_ISSUER.match(named):
        return issuer
    return named if issuer is None or issuer.endswith(named) else issuer
