"""The 版记 under a notice's body: its signature (issuer names above the 成文日期), 抄送, contact, attachment
list and notes, and where the page's footer begins below them."""

from __future__ import annotations

import re
from typing import Optional

from extractors.fold import fold
from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples
from schema.models import DocumentMeta

from pipeline.document.dates import bare_date_readings, parse_bare_date, parse_date
from pipeline.document.elements import SIGNATURE_GAP, is_organisation_line, is_organisation_row
from pipeline.document.labels import match_label
from pipeline.document.lines import Line
from pipeline.document.lists import split_list
from pipeline.document.copy_chrome import forum_reply_start, related_list_start
from pipeline.document.wrapper import is_chrome

CC_LINE = re.compile(r"^(?:抄送|抄报)[：:](?P<body>.+)$")
ATTACHMENT_LINE = re.compile(r"^(?:附\s?件\s*\d*\s*[：:]?|附[：:])(?P<body>.*)$")  # 附件：1．… or 附: before a printed text
ATTACHMENT_MARK = re.compile(r"^附(?:件)?\s*[：:]?$")  # 附: alone, above the text it attaches
# The heading of one printed attachment, alone on its line: 附件1：, 附件 2, 附件一
ATTACHMENT_HEADING = re.compile(r"^附件[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]*[：:]?$")
# (联系人:白文俊…); a table pads its labels with spaces (联 系 人:)
CONTACT_LINE = re.compile(r"^[（(]?(?:联\s?系\s?人|联\s?系\s?电\s?话|电\s?话|传\s?真|邮\s?箱|电子邮箱|联系方式|地\s?址|邮\s?编)\s*[：:]")
SUBJECT_WORDS_LINE = re.compile(r"^主\s?题\s?词\s*[：:]")  # the 版记's 主题词：环保 污染物 通知
NOTE_LINE = re.compile(r"^[（(](?:此件|此页)[^）)]*[）)]$")  # （此件依申请公开）
# The body whose seal stands for a signing body that has none of its own, in brackets under the signature (国务院联防联控
# 机制综合组 / （国家卫生健康委代章）, 领导小组办公室 / （县农业农村局代章）): a note on the seal, no name of the issuer.
SEAL_PROXY_LINE = re.compile(r"^[（(][^（）()]{2,30}代章[）)]$")
# The 版记's 印发 line with the printing office and the date on one line, perhaps with the count of copies:
# 水城县统计局办公室              2011年3月20日印发                              (共印45份)
PRINTED_LINE = re.compile(r"^(?P<office>[\u4e00-\u9fff（）()]{2,40}?[室廳厅局委处處科部心府会會])[ \u3000]*"
                          r"(?P<date>(?:\d{4}|[〇零○O一二三四五六七八九]{4})[ \u3000]*年\S{2,10}日[ \u3000]*印[发發])"
                          r"(?:[ \u3000]*[（(]共印\d{1,5}份[）)])?$")
# The head of a site's own statement printed under the notice (a newspaper's 反侵權公告 with its own 一、二、三、, a
# portal's 版权与免责声明): from it on the page speaks, not the notice. Read after the notice's closing date only.
SITE_STATEMENT_HEAD = re.compile(r"^(?:反侵权公告|版权声明|版权申明|版权与免责声明|免责声明|郑重声明)[:：]?$")
STATEMENT_HEAD_LENGTH = 20  # a closing date line (二〇二一年十二月三十一日) and a statement's head are no longer
SIGN_OFF = re.compile(r"^(?:特此通知|特此通报|此复)。?$")
# A signature's date that prints no year (綜合部 / 8月18日, a 范文 copy's office notice): it closes the signature, whose
# names are the issuer, while the signed date stays unknown.
YEARLESS_DATE_LINE = re.compile(
    r"^[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*月[ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*[日号][ \u3000]*$")

# The first part of a signature's one name broken over two lines (玉環市新型冠狀病毒感染的肺炎疫情 / 防控指揮部): words
# only, opening with a place (市, 县, 区 …), no organisation by itself; the line under it ends the name.
# A State Council body's name needs no place: it opens with 国务院 (国务院应对新型冠状病毒感染 / 疫情联防联控机制综合组). Not
# 全国 or 国家, which open a page's link line as often (全国志愿服务信息系统操作视频在线观看, over aq12's 校文明办).
BROKEN_NAME_START = re.compile(r"^(?!.*各)(?:[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡)"
                              r"|国务院|國務院)[\u4e00-\u9fff]{2,20}$")

EXAMPLES = {
    "SITE_STATEMENT_HEAD": Examples(match=("反侵权公告:", "版权与免责声明：", "免责声明"),
                                    no_match=("关于反侵权工作的公告", "各单位要做好版权声明工作。")),
    "SEAL_PROXY_LINE": Examples(match=("(国家卫生健康委代章)", "（县农业农村局代章）"), no_match=("(此件公开发布)", "(农业农村部屠宰技术中心)", "国家卫生健康委代章")),
    "BROKEN_NAME_START": Examples(match=("玉環市新型冠狀病毒感染的肺炎疫情", "椒江区新型冠状病毒感染的肺炎疫情", "国务院应对新型冠状病毒感染"),
                                  no_match=("以上通知希遵照执行", "请各区认真贯彻执行", "玉环市人民政府,", "2020年1月28日",
                                            "全国志愿服务信息系统操作视频在线观看")),
    "CC_LINE": Examples(match=("抄送：市委办公室，市人大常委会办公室。", "抄报:省扶贫办"), no_match=("抄送单位", "各乡镇：")),
    "ATTACHMENT_LINE": Examples(match=("附件：1.信息宣传联络员登记表", "附件2：工作任务分解表", "附件", "附：通报", "附 件:强度表"),
                                no_match=("附表", "一、附件管理")),
    "ATTACHMENT_HEADING": Examples(match=("附件1：", "附件 2", "附件一"), no_match=("附件：", "附件：1.登记表", "附件1：登记表")),
    "ATTACHMENT_MARK": Examples(match=("附:", "附件：", "附件"), no_match=("附件：1.登记表", "附件1：")),
    "CONTACT_LINE": Examples(match=("联系人：邹思媛", "联系电话：0991-2817458", "(联系人:白文俊,电话:12345)", "联 系 人:总量处 杨 华"),
                             no_match=("各联系单位：", "一、联系群众")),
    "SUBJECT_WORDS_LINE": Examples(match=("主题词:环保 污染物 强度 通知", "主 题 词：扶贫"), no_match=("主题教育",)),
    "NOTE_LINE": Examples(match=("（此件公开发布）", "(此件依申请公开)"), no_match=("（此件公开发布", "（一）加强领导")),
    "PRINTED_LINE": Examples(match=("水城县统计局办公室              2011年3月20日印发                              (共印45份)",
                                    "市政府办公室 2020年3月1日印发", "環境保護部辦公廳2017年2月23日印發"),
                             no_match=("2011年3月20日印发", "现将方案于 2011年3月20日印发", "市政府办公室 2020年3月1日印发的方案")),
    "SECOND_NAME": Examples(match=("(农业农村部屠宰技术中心)", "（市应急管理局）"), no_match=("农业农村部屠宰技术中心", "(一)")),
    "YEARLESS_DATE_LINE": Examples(match=("8月18日", "十二月一日", " 6 月 5 日"), no_match=("2016年8月18日", "8月18日前", "8月18日召开")),
    "SIGN_OFF": Examples(match=("特此通知。", "特此通报", "此复"), no_match=("特此通知如下：",)),
}
MAX_JOINT_ISSUERS = 16  # organisation lines above a signature date read as one joint signature (十四部门 print two a line)
ATTACHMENT_ITEM = 60  # longest line still read as one entry of an attachment list


# A body's second name in brackets under its first in a signature (中国动物疫病预防控制中心 / (农业农村部屠宰技术中心)).
SECOND_NAME = re.compile(r"^[（(](?P<name>[^（）()]{2,30})[）)]$")


def _under_signature(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` stands under an organisation line (a （此件公开发布） note or the body's second name in
    brackets between)."""
    above = index - 1
    if above > 0 and NOTE_LINE.match(lines[above].text):
        above -= 1
    if above > 0 and SEAL_PROXY_LINE.match(lines[above].text.strip()):
        above -= 1
    if above > 0 and _second_name(lines[above].text):
        above -= 1
    return above >= 0 and is_organisation_line(lines[above].text)


def signature_date(lines: list[Line], index: int) -> Optional[tuple[str, bool]]:
    """The date on line ``index``: a date line, or a bare date under an organisation line or above a
    （此件主动公开） note (2024327: a signature's date whose issuer was lost with its 年月日)."""
    date = parse_date(lines[index].text)
    if date or index == 0:
        return date
    # the line itself first: it is seldom a bare date, and where it is not, what stands around it does not matter
    bare = parse_bare_date(lines[index].text)
    if not bare:
        return None
    above_note = index + 1 < len(lines) and NOTE_LINE.match(lines[index + 1].text)
    return (bare, False) if _under_signature(lines, index) or above_note else None


def two_way_signature_date(lines: list[Line]) -> Optional[int]:
    """The line of a signature's date without 年月日 that reads two ways (2022128 above （此件公开发布）: 1-28 or
    12-8; 2020118 under 东明镇人民政府), which signature_date leaves unread."""
    for index in range(1, len(lines)):
        above_note = index + 1 < len(lines) and NOTE_LINE.match(lines[index + 1].text)
        if (above_note or _under_signature(lines, index)) and len(bare_date_readings(lines[index].text)) > 1:
            return index
    return None


def dated_by_the_page(text: str, page_date: Optional[str]) -> Optional[str]:
    """The reading of a two-way date (see two_way_signature_date) that the page's publication date allows:
    the only one not after ``page_date``; None when both are (2020118 on a page of 2021-01-04)."""
    earlier = [reading for reading in bare_date_readings(text) if page_date and reading <= page_date]
    return earlier[0] if len(earlier) == 1 else None


def signature_above(lines: list[Line], index: int) -> Optional[str]:
    """The issuer names printed above the date at ``index``: one organisation line, or several for a
    joint notice (joined with a space, as the names are printed)."""
    names = []
    if index > 1 and SEAL_PROXY_LINE.match(lines[index - 1].text.strip()):
        index -= 1  # the seal's note between the names and the date
    while index > 0 and is_organisation_row(lines[index - 1].text) and len(names) < MAX_JOINT_ISSUERS:
        index -= 1
        names[:0] = SIGNATURE_GAP.split(lines[index].text.strip())  # two a line: each name in turn
    if len(names) == 1 and index > 0 and (start := _broken_name_start(lines[index - 1].text.strip(), names[0])):
        names[0] = start + names[0]
    return " ".join(names) or None


def _broken_name_start(text: str, name: str) -> Optional[str]:
    """``text`` when it is the first part of ``name`` broken over two lines (see BROKEN_NAME_START)."""
    joined = is_organisation_line(text + name)
    return text if BROKEN_NAME_START.match(text) and not is_organisation_line(text) and joined else None

def is_tail_line(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if signature_date(lines, index) or CC_LINE.match(text) or CONTACT_LINE.match(text) or NOTE_LINE.match(text) \
            or SUBJECT_WORDS_LINE.match(text):
        return True
    if ATTACHMENT_LINE.match(text) and (text.startswith("附件：") or text.startswith("附件:") or len(text) < 60):
        return True
    if SIGN_OFF.match(text):
        return True
    if YEARLESS_DATE_LINE.match(text) and _under_signature(lines, index):
        return True
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if _broken_name_start(text.strip(), following.strip()) and is_tail_line(lines, index + 1):
        return True  # the first part of the signature's name broken over two lines
    if (_second_name(text) or SEAL_PROXY_LINE.match(text.strip())) and index > 0 \
            and is_organisation_line(lines[index - 1].text):
        return True  # the body's second name, or its seal's note, in brackets under the signature's first
    return is_organisation_row(text) and bool(
        parse_date(following) or parse_bare_date(following) or YEARLESS_DATE_LINE.match(following)
        or is_organisation_row(following) or _second_name(following) or SEAL_PROXY_LINE.match(following.strip()))


def _second_name(text: str) -> bool:
    return bool((second := SECOND_NAME.match(text.strip())) and is_organisation_line(second["name"]))


def _attachment_list_start(lines: list[Line], index: int, body_at: int) -> Optional[int]:
    """Where an attachment list ending at line ``index`` begins: ``附件：1．…`` followed by short
    numbered lines ``2．…`` (which are not measures)."""
    while index > body_at:
        text = lines[index].text
        if ATTACHMENT_LINE.match(text):
            return index
        if not (match_label(text) and len(text) <= ATTACHMENT_ITEM and "。" not in text):
            return None
        index -= 1
    return None


FOOTER_NOISE = 12  # a short unpunctuated line among the page's footer chrome (宁波, 相关文章) is footer too
FOOTER_RUN = 6  # so many such lines after the closing date (你可能也爱看, 最新资讯, 加载中...) are a footer by themselves


def _is_footer_noise(text: str) -> bool:
    return (len(text) <= FOOTER_NOISE and not re.search(r"[。，；：:,]", text) and not parse_date(text)
            and not is_organisation_line(text) and match_label(text) is None)


def site_statement_start(lines: list[Line], body_at: int) -> int:
    """The line of a site's statement head (SITE_STATEMENT_HEAD) after a closing date; len(lines) when there is none."""
    dated = False
    for index in range(body_at, len(lines)):
        text = lines[index].text.strip()
        if len(text) > STATEMENT_HEAD_LENGTH:
            continue  # neither a date line nor a head: most lines, left unfolded
        if dated and SITE_STATEMENT_HEAD.match(fold(text)):
            return index
        dated = dated or parse_date(text) is not None
    return len(lines)


def footer_start(lines: list[Line], body_at: int) -> int:
    """Where the page's footer begins: a run of chrome lines (下载地址, 相关文章, 第1页共2页) and
    short lines among them at the end of the text, or above them a related-reading list or a forum's replies (whatever
    follows those is the page's too); len(lines) when there is none."""
    texts = [line.text for line in lines]
    cut = min(start for start in (related_list_start(texts, body_at), forum_reply_start(texts, body_at), len(lines))
              if start is not None)
    index, chrome_seen = cut, cut < len(lines)
    while index > body_at:
        text = lines[index - 1].text
        if is_chrome(text):
            chrome_seen = True
        elif not _is_footer_noise(text):
            break
        index -= 1
    # a run of short lines after the closing date is the page's footer even without chrome words
    after_date = len(lines) - index >= FOOTER_RUN and index > body_at and parse_date(lines[index - 1].text)
    return index if chrome_seen or after_date else len(lines)


def tail_start(lines: list[Line], body_at: int) -> int:
    index = footer_start(lines, body_at)
    while index > body_at:
        if is_tail_line(lines, index - 1):
            index -= 1
        elif (start := _attachment_list_start(lines, index - 1, body_at)) is not None:
            index = start
        else:
            break
    return index


def read_tail(lines: list[Line], meta: DocumentMeta) -> Optional[str]:
    """The 版记 into ``meta``; returns the signature (the issuer names above the 成文日期)."""
    signature = None
    for index, line in enumerate(lines):
        text = line.text
        date = signature_date(lines, index)
        previous = lines[index - 1].text if index else ""
        if date:
            iso, printed = date
            if printed:
                meta.printed_date = meta.printed_date or iso
                if is_organisation_line(previous):
                    meta.printed_by = previous
            else:
                meta.signed_date = meta.signed_date or iso
                signature = signature or signature_above(lines, index)
        elif YEARLESS_DATE_LINE.match(text) and _under_signature(lines, index):
            signature = signature or signature_above(lines, index)
        elif printed := printed_line(text):
            meta.printed_date = meta.printed_date or printed[1]
            meta.printed_by = meta.printed_by or printed[0]
        elif cc := CC_LINE.match(text):
            meta.cc = split_list(cc.group("body"))
        elif CONTACT_LINE.match(text):
            meta.contact = f"{meta.contact} {text}" if meta.contact else text
        elif (attachment := ATTACHMENT_LINE.match(text)) and attachment.group("body").strip():
            meta.attachments.append(attachment.group("body").strip())
        elif meta.attachments and match_label(text) and len(text) <= ATTACHMENT_ITEM:
            meta.attachments.append(text)  # 2．春耕生产情况统计表, under 附件：1．…
    return signature


def printed_line(text: str) -> Optional[tuple[str, str]]:
    """(office, ISO date) of a 印发 line printing both (see PRINTED_LINE); the office must name an organisation."""
    found = PRINTED_LINE.match(text.strip())
    if not found or not is_organisation_line(found.group("office")) or not (date := parse_date(found.group("date"))):
        return None
    return found.group("office"), date[0]


PRINTED_LINE_GAP = 3  # the 印发 line stands within so many lines under the signature's date (主题词, 抄送 between)


def printed_under_signature(lines: list[Line], signature_at: int) -> Optional[tuple[str, str]]:
    """The 印发 line under a signature found inside the body (the issued text printed after it): see printed_line."""
    for line in lines[signature_at + 1:signature_at + 1 + PRINTED_LINE_GAP]:
        if printed := printed_line(line.text):
            return printed
    return None


def signature_in_body(lines: list[Line]) -> Optional[int]:
    """A notice whose issued plan or attachment is printed after its signature: the index of the
    signature's date inside the body — under an organisation line, or a date line standing alone
    before any numbered item (the issuer's name lost in the copy)."""
    seen_item = False
    for index, line in enumerate(lines):
        date = signature_date(lines, index)
        if date and not date[1] and (not seen_item or (index and is_organisation_line(lines[index - 1].text))):
            return index
        seen_item = seen_item or match_label(line.text) is not None
    return None


# What a signature printed without its date follows at the end of a copy: a sentence's end, the sign-off, or an
# attachment's line (…并将自查情况报我局。 / 附:《…的通知》 / 绍兴县建设局: the date left on the page, not in the copy).
CLOSES_BEFORE_NAME = compiled_later(r"(?:[。！!]|特此通知|特此通报|此复)[”\"]?\s*$")
EXAMPLES["CLOSES_BEFORE_NAME"] = Examples(match=("并将自查情况报我局。", "特此通知", "请遵照执行！"),
                                          no_match=("责任单位：市财政局、", "一、加强领导", "附件：1.登记表"))


# A clause's preposition or verb before the body a line ends with (成本和费用按国家财政主管部, 该项工作由县教育局, 请各部门): the
# line is a sentence the copy cut, not a signature; no body's name holds these words (自由贸易区 aside), while a signature is
# a name alone.
CLAUSE_BEFORE_BODY = compiled_later(r"[按把请须]|(?<!自)由|会同|會同")
EXAMPLES["CLAUSE_BEFORE_BODY"] = Examples(match=("成本和费用按国家财政主管部", "该项工作由县教育局", "资金由市财政局会同市发改委"),
                                          no_match=("中国(上海)自由贸易试验区管理委员会", "国家发展计划委员会", "江西省人民政府"))


def closing_name(lines: list[Line], body_at: int) -> Optional[int]:
    """The index of a signature printed without its date as the copy's last line: one body's name alone (no list, no
    colon, no numbered item cut short: 第十条 加强政府) after the body's last sentence, its sign-off or an attachment's
    line; None otherwise (a task table's last cell, 市财政局, follows no sentence end)."""
    filled = [index for index in range(body_at, len(lines)) if lines[index].text.strip()]
    if len(filled) < 2:
        return None
    last, before = filled[-1], lines[filled[-2]].text.strip()
    text = lines[last].text.strip()
    if not is_organisation_line(text) or match_label(text) or SIGNATURE_GAP.search(text) or re.search(r"[：:、，,]", text) \
            or CLAUSE_BEFORE_BODY.search(text):
        return None
    named_attachment = ATTACHMENT_LINE.match(before) and not ATTACHMENT_MARK.match(before)  # 附： alone heads what follows
    return last if CLOSES_BEFORE_NAME.search(before) or named_attachment else None
