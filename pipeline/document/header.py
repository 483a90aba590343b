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
from extractors.vocab import Examples
from schema.models import DocumentMeta

from pipeline.document.labels import match_label
from pipeline.document.elements import (
    ORGANISATION_END, RECIPIENTS_LINE, RED_HEADER, SENTENCE_BEFORE_COLON, is_bare_recipients, is_complete_title, is_organisation_line, names_addressees,
)
from pipeline.document.lists import joint_issuers, names_a_body as _names_a_body, split_list  # noqa: F401 (joint_issuers: for structure)
from pipeline.document.publisher import SHORT_FORM_ISSUER
from pipeline.document.outside import FULL_TEXT_FOLLOWS, file_name_title, news_lead_in, page_headline
from pipeline.document.wrapper import DOC_NUMBER_LABELS, PHONE_NUMBER, info_value, is_info_line, is_wrapper_line, read_info_fields

SIGNER = re.compile(r"[ \u3000]*签发人[：:].*$")  # 国发〔2020〕3号　　签发人：张三
# A 文号 whose closing bracket and 号 were lost in the copy: 曲水府发〔202321 for 曲水府发〔2023〕21号.
BROKEN_DOC_NUMBER = re.compile(r"^(?P<code>[\u4e00-\u9fff]{1,12})[〔\[［(（](?P<year>(?:19|20)\d{2})(?P<serial>\d{1,4})$")
# 文号 in brackets after the title: …的通知（余府发〔2012〕3号）
TRAILING_DOC_NUMBER = re.compile(r"[（(](?P<number>[^（）()]{2,30}[〕\]］)）]\s*\d+\s*[号號])[）)]$")
# 文号 after the title on its line, set apart by a space: …落實方案的通知 常政發〔2023〕1號
SPACED_DOC_NUMBER = re.compile(r"[ \u3000]+(?P<number>[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*[号號])$")
# A title printed in title brackets: 《北京市人民政府办公厅关于印发〈…〉的通知》
BRACKETED_TITLE = re.compile(r"^《(?P<title>.+)》$")
# An order's number printed with its 第…号 in brackets: 湖北省人民政府令(第52号) is 湖北省人民政府令第52号.
BRACKETED_DECREE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,20}令)[（(](?P<number>第\d{1,4}号)[）)]$")
# An order's number with the issuing body's name before 令 (a bare 第12号 or 令第12号 names no series).
DECREE_NUMBER = re.compile(r"^[\u4e00-\u9fff]{2,20}令(?:\d{4}年)?第\d+号$")
# What a copy prints before a title on its line: a category tag (【规范性文件】) or a place and a colon
# (北京:关于印发…); a title itself holds neither.
# What a copy puts before a title: a bracketed tag (【通知公告】), a label (标题：关于…), a site's category
# in quotes set apart by a space (“党政混合信息公开” 中共…办公室…印发《…》的通知).
TITLE_PREFIX = re.compile(
    r"^(?:【[^】]{2,8}】|[\u4e00-\u9fff]{2,6}[:：](?=关于|關於)|“[\u4e00-\u9fff]{2,12}”(?=[ \u3000])"
    r"|[\u4e00-\u9fff]{2,6}[丨｜](?=[\u4e00-\u9fff]{2,40}(?:关于|關於|關于)))[ \u3000]*")  # 政务服务丨济宁市人民政府关于…
# A cell border after a title copied from a table row (…的通知 |).
TITLE_SUFFIX = re.compile(r"[ \u3000]*[|｜][ \u3000|｜]*$")
HEADER_SCAN = 40  # the notice's header starts within this many lines of the top of a copy
LONG_TITLE = 150  # longer lines are paragraphs, not titles
TITLE_LINE = 60  # a line of a title split over lines is no longer than this
SHORT_TITLE = 40  # a line this short ending with a document type is a title (中华人民共和国刑法)
LEAD_IN_SCAN = 20  # lines after a lead-in paragraph searched for the notice's own header
ABOUT = re.compile("关于|關於|關于")  # the word between the issuer and the subject of a title
TITLE_OPENERS, TITLE_CLOSERS = "《〈<", "》〉>"
# The first word after the issuer in a title: 关于, or the verb of a forward or an issue (兰州市人民政府办公厅
# 转发省…关于…的通报的通知: the issuer ends before 转发, not before the forwarded notice's 关于).
ISSUER_ENDS = re.compile("关于|關於|關于|转发|轉發|印发|印發")
# The year a report's title gives after its author: 南县住房和城乡建设局2018年度…报告.
TITLE_YEAR = re.compile(r"(?<=[局委厅室府办处])(?:19|20)\d{2}年")
SIGNED_DATE = re.compile(r"(?:\d{4}|[〇零○O一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")  # …办事处 2018年4月26日
# A title line's continuation never starts with a date: 2001年1月2日…会议通过 under a law's title.
DATE_START = re.compile(r"^(?:\d{4}|[〇零○O一二三四五六七八九]{4})\s*年")

EXAMPLES = {
    "SIGNER": Examples(match=("国发〔2020〕3号　　签发人：张三",), no_match=("国发〔2020〕3号",)),
    "BROKEN_DOC_NUMBER": Examples(match=("曲水府发〔202321", "牟政办发〔201746"), no_match=("曲水府发〔2023〕21号", "〔2023")),
    "TRAILING_DOC_NUMBER": Examples(match=("关于…的通知（余府发〔2012〕3号）", "的通知(岳办发〔2017〕2号)"),
                                    no_match=("关于…的通知（试行）",)),
    "BRACKETED_DECREE": Examples(match=("湖北省人民政府令(第52号)", "湖北省人民政府令（第52号）"), no_match=("湖北省人民政府令第52号",)),
    "DECREE_NUMBER": Examples(match=("东莞市人民政府令第123号", "商务部令2007年第15号"), no_match=("令第12号", "2018年第32号")),
    "TITLE_PREFIX": Examples(match=("【规范性文件】长沙市人民政府办公厅关于印发…的通知", "北京:关于印发《北京市乡村振兴责任制实施细则》的通知", "政务服务丨济宁市人民政府关于持续深化改革的实施意见",
                                   "“党政混合信息公开” 中共静安区委办公室印发《…》的通知"),
                             no_match=("关于印发《要点》的通知", "《条例》:第一条", "丨关于印发方案的通知", "“十四五”规划", "“放管服”改革的通知")),
    "TITLE_SUFFIX": Examples(match=("…的通知 |", "…的通知｜"), no_match=("…的通知", "| 索引号")),
    "ISSUERS_THEN_VERB": Examples(match=("鹤岗市人民政府 鹤岗市中级人民法院印发", "省财政厅转发"), no_match=("关于印发", "现予印发,请遵照执行")),
    "ISSUER_ENDS": Examples(match=("兰州市人民政府办公厅转发省…", "中共岳阳市委办公室印发《…》", "太湖县人民政府关于印发"),
                            no_match=("商业特许经营备案管理办法",)),
    "TITLE_YEAR": Examples(match=("南县住房和城乡建设局2018年度整体支出绩效评价报告",), no_match=("关于2018年度…的通知",)),
    "TITLE_TAIL_START": Examples(match=("(2023—2025年)的通知", "的通知", "（试行）的通知"), no_match=("重点任务责任落实分工的通知", "关于…的通知")),
    "SPACED_DOC_NUMBER": Examples(match=("關于印發2023年《政府工作報告》重點任務分解落實方案的通知 常政發〔2023〕1號", "…的通知　国办发〔2020〕3号"),
                                  no_match=("…的通知(余府发〔2012〕3号)", "关于2023年1号文件的通知")),
    "BRACKETED_TITLE": Examples(match=("《北京市人民政府办公厅关于印发〈要点〉的通知》",), no_match=("关于印发《要点》的通知",)),
    "ABOUT": Examples(match=("太湖县人民政府关于印发", "貴州省人民政府辦公廳關於"), no_match=("兰州市人民政府办公厅转发省…的通报",)),
    "SIGNED_DATE": Examples(match=("闵行区古美路街道办事处 2018年4月26日", "二○一一年八月九日"), no_match=("2018年4月26日前报送",)),
    "DATE_START": Examples(match=("2001年1月2日第九届全国人民代表大会常务委员会第十九次会议通过", "二〇一一年十月二十七日"),
                           no_match=("重点任务责任落实分工的通知", "关于2020年度考核工作的通知")),
    "GLUED_RECIPIENTS": Examples(match=("各县(市、区)人民政府,市政府各部门、各直属机构:现将《…》转发给你们", "各辖市、区人民政府,市各直属单位: 现将方案印发给你们", "市直有关部门: 为切实做好防汛减灾工作"),
                                 no_match=("各县(市、区)人民政府,市政府各部门、各直属机构:", "现将有关事项通知如下:")),
}


def is_doc_number_line(text: str) -> bool:
    if "号" not in text and "號" not in text:  # the cheap test first: most lines are no number
        return False
    text = SIGNER.sub("", text)
    if len(text) > 40:
        return False
    parsed = parse_doc_number(text)
    return bool(parsed and _header_form(parsed) and len(parsed.normalised) >= len(text.replace(" ", "")) - 1)


def _header_form(parsed) -> bool:
    """A number a header gives as the document's own: a bracketed 文号, or a decree number that names
    its issuer (东莞市人民政府令第123号, 商务部令2007年第15号: the 发文字号 of an order)."""
    return parsed.form == "bracketed" or (parsed.form == "decree" and bool(DECREE_NUMBER.match(parsed.normalised)))


def doc_number_of_line(text: str) -> Optional[str]:
    """The 文号 a header line is: whole (国发〔2020〕3号, with or without 签发人), in brackets, or
    with its closing bracket and 号 lost (曲水府发〔202321)."""
    bare = text.strip("（()） \u3000")
    if decree := BRACKETED_DECREE.match(text.strip()):
        bare = decree.group("issuer") + decree.group("number")
    if is_doc_number_line(bare):
        return parse_doc_number(SIGNER.sub("", bare)).normalised
    broken = BROKEN_DOC_NUMBER.match(bare)
    if broken:
        return f"{broken.group('code')}〔{broken.group('year')}〕{broken.group('serial')}号"
    return None


def leading_doc_number(text: str) -> tuple[Optional[str], str]:
    """A line that starts with the notice's 文号 and goes on with its title (京政办发〔2016〕26号《…》):
    the 文号 and the rest."""
    parsed = parse_doc_number(text[:40])
    if parsed and _header_form(parsed) and text.startswith(parsed.text) and len(text) > len(parsed.text):
        return parsed.normalised, text[len(parsed.text):].strip()
    return None, text


def looks_like_title(text: str) -> bool:
    """A line that is or begins a title: 关于 or a document type in it (or, when short, at its end:
    中华人民共和国刑法), no full stop, no numbering label."""
    if len(text) > LONG_TITLE or "。" in text or match_label(text) is not None or text.endswith((":", "：")) \
            or text.startswith(("，", ",", ":", "：")):
        return False  # …详情如下: is a lead-in, :互助县… a heading's rest after its 文号
    return (bool(TITLE_WORD_RE.search(text)) or (len(text) <= SHORT_TITLE and is_complete_title(text))
            or _named_by_its_number(text))


def _named_by_its_number(text: str) -> bool:
    """A line that is a name and its 文号 in brackets (2021年县政府重点工作任务(华政发〔2021〕2号)): a title
    even without a document type; a sentence citing a 文号 has its punctuation."""
    trailing = TRAILING_DOC_NUMBER.search(text)
    return (bool(trailing) and trailing.start() >= 4 and not re.search(r"[，,；;：:、]", text[:trailing.start()])
            and parse_doc_number(trailing.group("number")) is not None)


def is_recipients_line(text: str) -> bool:
    found = RECIPIENTS_LINE.match(text)
    return (bool(found) and match_label(text) is None and not SENTENCE_BEFORE_COLON.search(text)
            and not is_wrapper_line(text) and names_addressees(found.group("body")))


# ---------------------------------------------------------------- recipients and 抄送 lists


# A header glued to the body in one paragraph (aggregator copies): 汕府办[2015]29号各县(市、区)人民
# 政府,市政府各部门、各直属机构:现将… — the recipients run from the first 各 to the first colon.
GLUED_RECIPIENTS = re.compile(r"^(?P<body>各[^。；！？:：“”《》\n]{1,150}?)[：:][ \u3000]*(?=\S)"
                              r"|^(?P<named>[^各。；！？:：“”《》\n，,][^。；！？:：“”《》\n]{1,60}?)[：:][ \u3000]*(?=\S)")


def glued_header(text: str) -> tuple[Optional[str], list[str]]:
    """The 文号 and recipients at the start of a body line that holds them glued to the text, or
    (None, []) when the line does not start so. Without a 文号 in front, every recipient must name
    a body (各单位要做到以下几点：… is a sentence)."""
    number, rest = leading_doc_number(text)
    found = GLUED_RECIPIENTS.match(rest)
    if not found:
        return None, []
    recipients = split_list(found.group("body") or found.group("named"))
    # 市直有关部门: 为切实… — a list not opening with 各 is read only when every part names a body
    if (number is None or found.group("named")) and not all(_names_a_body(part) or part.startswith("各") and _names_a_body(part[1:])
                                  for part in recipients):
        return None, []
    return number, recipients


# ---------------------------------------------------------------- the header window


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
    labelled = match_label(text) is not None
    return (labelled or "。" in text or len(text) > LONG_TITLE) and not is_wrapper_line(text)


def _names_a_contact(lines: list, index: int) -> bool:
    """学习成果认证服务部: over 0551-63633772: an entry of a page's contact block, not the recipients line."""
    return index + 1 < len(lines) and PHONE_NUMBER.match(lines[index + 1].text.strip()) is not None


def _window_end(lines: list, start: int) -> tuple[int, bool]:
    """Index where a header begun at ``start`` ends and whether that line is the recipients line.
    Wrapper lines do not count towards HEADER_SCAN: an information table can be long."""
    counted = 0
    for index in range(start, len(lines)):
        text = lines[index].text
        if is_recipients_line(text) and not _names_a_contact(lines, index):
            return index, True
        if _is_body_line(text):
            return index, False
        if not is_wrapper_line(text):
            counted += 1
            if counted > HEADER_SCAN:
                return start, False
    return len(lines), False


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


def header_window(lines: list) -> tuple[int, int, bool]:
    """(start, end, whether line ``end`` is the recipients line) of the notice's header. When the
    copy opens with a lead-in (a news paragraph, an encyclopaedia's summary, a table of contents)
    and no header of its own, the header is the notice's title and 文号 printed after it."""
    end, has_recipients = _window_end(lines, 0)
    if has_recipients or end >= len(lines) or _names_a_notice(lines[:end]):
        return 0, end, has_recipients
    for index in range(end, min(len(lines), end + LEAD_IN_SCAN)):
        if is_recipients_line(lines[index].text):
            break
        if _is_notice_header(lines, index):
            start = _split_title_start(lines, index)
            return (start, *_window_end(lines, start))
        if FULL_TEXT_FOLLOWS.search(lines[index].text) and index + 1 < len(lines) \
                and is_recipients_line(lines[index + 1].text):
            return index + 1, index + 1, True  # 原文如下： then the notice from its recipients
    # a site's slogan or a summary as the first line: the header is the first whole title below it — unless that
    # line is the notice itself from its recipients on (机关各部门、…: 街道…现印发给你们), whose signature and date
    # come before the title of what it issues
    if end == 0 and not glued_header(lines[0].text)[1]:
        for index in range(1, min(len(lines), LEAD_IN_SCAN)):
            text = lines[index].text
            if match_label(text) is not None or is_recipients_line(text) or SIGNED_DATE.search(text):
                break
            if not is_wrapper_line(text) and looks_like_title(text) and is_complete_title(text):
                return (index, *_window_end(lines, index))
    return 0, end, has_recipients


def continues_title(text: str) -> bool:
    """A line that can carry on a title begun above it (防控期间贫困人口精准帮扶和脱贫攻坚)."""
    return (len(text) <= TITLE_LINE and not re.search(r"[。，；：:,]", text) and match_label(text) is None
            and not DATE_START.match(text) and not is_wrapper_line(text))


def _title_candidates(texts: list[str]) -> list[tuple[str, int]]:
    """(title, index of its last line) for each block of title lines. A block starts with a title
    line or an organisation line, takes the lines that carry the title on, and ends at a line that
    completes a title; an organisation line joins the title below it."""
    candidates, block = [], []
    for index, text in enumerate(texts):
        if block and index != block[-1][0] + 1:  # a wrapper line between: the block ended there
            candidates.append(_join_block(block))
            block = []
        if text is None:
            continue
        following = texts[index + 1] if index + 1 < len(texts) else None
        # a line that opens with a title's verb (转发温州市推行… under 瑞安市人民政府办公室) begins a title
        # even when its document type is on the next line
        starts = looks_like_title(text) or is_organisation_line(text) or not block and _begins_split_title(text, following) \
            or bool(ISSUER_ENDS.match(text)) and continues_title(text) or _issuers_then_verb(text)
        carries_on = block and continues_title(text) and any(looks_like_title(t) for _, t in block)
        if starts or carries_on:
            if block and _names_its_issuer(text) and not all(is_organisation_line(t) for _, t in block):
                candidates.append(_join_block(block))  # a title naming its issuer starts anew (under a 文库's file title)
                block = []
            block.append((index, text))
            if is_complete_title(text) and not is_organisation_line(text) and not _ends_before_its_type(text, following):
                candidates.append(_join_block(block))
                block = []
            continue
        if block:
            candidates.append(_join_block(block))
        block = []
    if block:
        candidates.append(_join_block(block))
    return [(title, index) for title, index in candidates if looks_like_title(title.replace(" ", ""))]


# A title's first line that is only its issuers and the verb (鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…的通知).
ISSUERS_THEN_VERB = re.compile(r"^(?P<issuers>(?:[^，,。：:；;\s]{1,40}?(?:政府|院|局|委|厅|办|室|部|会|署|中心|小组)[ \u3000]*){1,8})"
                               r"(?:联合)?(?:印发|转发|印發|轉發)$")


def _issuers_then_verb(text: str) -> bool:
    found = ISSUERS_THEN_VERB.match(text)
    return bool(found) and all(is_organisation_line(name) for name in found.group("issuers").split())


def _begins_split_title(text: str, following: Optional[str]) -> bool:
    """A title's first line without a title word (新余市城乡建设投资(集团)), the next line completing it
    (有限公司管理办法)."""
    return (bool(following) and continues_title(text) and continues_title(following)
            and not ABOUT.search(following) and is_complete_title(following))


# The start of a title's last line that only finishes the line above: its period in brackets and its own type
# (关于印发…三年行动计划 / (2023—2025年)的通知), or the type alone (…工作方案 / 的通知).
TITLE_TAIL_START = re.compile(r"^(?:[（(][^（）()]{1,16}[）)]|的)")


def _ends_before_its_type(text: str, following: Optional[str]) -> bool:
    """A title line ending with a cited title (关于印发2022年《政府工作报告》) or an issued plan's type (关于
    印发…三年行动计划) whose own document type is on the next line (重点任务责任落实分工的通知, (2023—2025年)
    的通知): the cited title's type does not end it."""
    if not following or not continues_title(following) or ABOUT.search(following) or not is_complete_title(following):
        return False
    cited = text.rstrip().endswith(tuple(TITLE_CLOSERS)) and not text.lstrip().startswith(tuple(TITLE_OPENERS))
    return cited or bool(TITLE_TAIL_START.match(following.strip()))


def _names_its_issuer(title: str) -> bool:
    """菏泽市人民政府办公室关于…: a title line that begins with an issuer before 关于."""
    about = ABOUT.search(title)
    return bool(about) and about.start() > 0 and bool(ORGANISATION_END.search(title[:about.start()].strip()))


def _join_block(block: list[tuple[int, str]]) -> tuple[str, int]:
    lines = [text for _, text in block]
    while len(lines) > 1 and is_organisation_line(lines[0]) and _names_its_issuer(lines[1]):
        lines.pop(0)  # 山东省菏泽市人民政府办公室 above a title that names its issuer already
    joint = _leading_organisations(lines)
    # 山东省农业厅 / 山东省财政厅 / 关于…, or the departments of a forwarded 办法 above its bare title: joint issuers,
    # one a line, above the title
    if len(joint) >= 2 and len(lines) > len(joint) and (ABOUT.match(lines[len(joint)])
                                                         or is_complete_title("".join(lines[len(joint):]))):
        lines = lines[len(joint):]
    return " ".join(lines), block[-1][0]


def _leading_organisations(texts: list) -> list[str]:
    """The organisation lines at the start of ``texts`` (joint issuers print one name a line)."""
    names = []
    for text in texts:
        if not (text and is_organisation_line(text)):
            break
        names.append(text)
    return names


def _collapse_repeats(title: str) -> str:
    """A title printed twice or three times on one line counts once."""
    bare = re.sub(r"\s+", "", title)
    for times in (3, 2):
        if len(bare) % times == 0 and bare == bare[:len(bare) // times] * times:
            return title[:len(title) // times].strip() if title.count(" ") == 0 else _first_copy(title, bare, times)
    return title


def _first_copy(title: str, bare: str, times: int) -> str:
    wanted, taken = len(bare) // times, 0
    for position, char in enumerate(title):
        if not char.isspace():
            taken += 1
        if taken == wanted:
            return title[:position + 1].strip()
    return title


def _clean_title(title: str) -> tuple[str, Optional[str]]:
    """The title without a copy's prefix, title brackets, repeats and a trailing (文号); and that 文号."""
    title = TITLE_SUFFIX.sub("", TITLE_PREFIX.sub("", title.strip()))
    number = None
    trailing = TRAILING_DOC_NUMBER.search(title) or SPACED_DOC_NUMBER.search(title)
    if trailing and (parsed := parse_doc_number(trailing.group("number"))):
        number, title = parsed.normalised, title[:trailing.start()].strip()
    title = _collapse_repeats(title)
    bracketed = BRACKETED_TITLE.match(title)
    if bracketed and "》" not in bracketed.group("title"):
        title = bracketed.group("title")
    return title, number


def _balanced(title: str) -> bool:
    """Whether every title bracket opened in ``title`` is closed (a copy can lose one: …要点》的通知)."""
    return all(title.count(opening) == title.count(closing) for opening, closing in ("《》", "〈〉", "（）", "()"))


def _without_title_brackets(title: str) -> str:
    return re.sub(f"[{TITLE_OPENERS}{TITLE_CLOSERS}]", "", title)


def choose_title(candidates: list[tuple[str, int]], named: Optional[str]) -> Optional[str]:
    """The notice's title among the window's candidates: complete before incomplete, the text the
    information table names (名称/标题), the most often printed, then the last."""
    if not candidates:
        return named if named and is_complete_title(named) else None
    folded = [re.sub(r"\s+", "", title) for title, _ in candidates]
    named_folded = re.sub(r"\s+", "", named or "")

    unbracketed = [_without_title_brackets(title) for title in folded]

    def rank(item):
        # the same title printed with and without its 《》 (a page heading drops them): printed twice,
        # and the copy with the brackets is the notice's own
        position, (title, _) = item
        return (is_complete_title(title), folded[position] == named_folded, _balanced(title),
                unbracketed.count(unbracketed[position]), unbracketed[position] != folded[position], position)

    best = max(enumerate(candidates), key=rank)[1][0]
    # a copy that lost the title's beginning (常务委员会监督法 under 中华人民共和国各级人民代表大会): the
    # whole title printed elsewhere wins
    best_folded = re.sub(r"\s+", "", best)
    longer = [title for title, _ in candidates if re.sub(r"\s+", "", title).endswith(best_folded)
              and len(re.sub(r"\s+", "", title)) > len(best_folded) and is_complete_title(title)]
    if longer and folded.count(best_folded) == 1:
        best = max(longer, key=len)
    if not is_complete_title(best) and named and is_complete_title(named):
        return named
    return best


def marked_title(lines: list, end: int, headings: frozenset[int]) -> Optional[str]:
    """The title a copy marks as such: its first line that is not wrapper, when that line was a
    level-1 Markdown heading (``headings``: indices of such lines) and no longer than a title. A
    版头 set as a heading (# 国务院扶贫开发领导小组文件) is no title."""
    first = next((i for i in range(min(end + 1, len(lines))) if not is_wrapper_line(lines[i].text)), None)
    if first is None or first not in headings or len(lines[first].text) > LONG_TITLE:
        return None
    if RED_HEADER.match(lines[first].text):
        return None
    return _clean_title(lines[first].text)[0]


def read_header(lines: list, headings: frozenset[int] = frozenset()) -> Header:
    """The 版头, 发文字号, 标题 and 主送机关 at the top of a document, inside whatever wraps it.
    ``headings``: the lines that were level-1 Markdown headings (see :func:`marked_title`)."""
    meta = DocumentMeta()
    start, end, has_recipients = header_window(lines)
    info = read_info_fields([line.text for line in lines[:end]])
    texts = [line.text for line in lines[start:end]]
    header_issuer, window_issuer, kept = None, None, []
    for index, text in enumerate(texts):
        if is_wrapper_line(text):
            kept.append(None)  # keeps positions: a title block never runs across a wrapper line
            continue
        red = RED_HEADER.match(text)
        number = doc_number_of_line(text)
        if red and not TITLE_WORD_RE.search(red.group("issuer")):
            header_issuer = header_issuer or red.group("issuer")
        elif number:
            meta.doc_number = meta.doc_number or number
            if kept and kept[-1] and is_organisation_line(kept[-1]) and not header_issuer:
                header_issuer = kept[-1]  # the issuer's name above the 文号
        if red or number or text.startswith("签发人"):
            kept.append(None)
        else:
            leading, rest = leading_doc_number(text)
            if leading:
                meta.doc_number = meta.doc_number or leading
            kept.append(rest)
    candidates = _title_candidates(kept)
    cleaned = []
    for title, position in candidates:
        title, number = _clean_title(title)
        meta.doc_number = meta.doc_number or number
        cleaned.append((title, position))
    named = info_value(info, "名称", "标题")
    title = marked_title(lines, end, headings) or choose_title(cleaned, named)
    title_issuer = None
    if title:
        meta.title = re.sub(r"\s+", "", title)
        title_issuer = _issuer_of_title(title) or _issuer_of_a_fuller_copy(cleaned, meta.title)
        # an organisation line above the page's information table is the site's name (龙陵县人民政府 over a
        # table whose 发布机构 is a town): no issuer
        table_at = next((index for index, text in enumerate(texts) if is_info_line(text)), -1)
        outside = [index for index, text in enumerate(kept) if text and is_organisation_line(text)
                   and text not in title and not meta.title.startswith(text) and index > table_at]
        if outside:  # with the joint issuers printed on the lines below it
            window_issuer = " ".join(name for name in _leading_organisations(kept[outside[0]:])
                                     if name not in title)
    if has_recipients:
        meta.recipients = split_list(RECIPIENTS_LINE.match(lines[end].text).group("body"))
        body_at = end + 1
    elif end < len(lines) and end > 0 and is_bare_recipients(lines[end - 1].text):
        meta.recipients = split_list(lines[end - 1].text)
        body_at = end
    else:
        body_at = end
    if not meta.recipients and body_at < len(lines):
        number, recipients = glued_header(lines[body_at].text)
        meta.doc_number, meta.recipients = meta.doc_number or number, recipients
    if not meta.doc_number and (value := info_value(info, *DOC_NUMBER_LABELS)):
        parsed = parse_doc_number(value)
        meta.doc_number = parsed.normalised if parsed and parsed.form == "bracketed" else None
    meta.issuer = _decree_issuer(meta.doc_number, header_issuer)
    if not meta.title and (lead_in := news_lead_in(lines[:LEAD_IN_SCAN])):
        meta.title, title_issuer, lead_in_end = lead_in
        body_at = max(body_at, lead_in_end)
    if not meta.title:  # a file name in the page's wrapper, above the notice's text (an 附件 link below it is none)
        meta.title = file_name_title(lines[:min(body_at, HEADER_SCAN)]) or page_headline(lines)
    return Header(meta, body_at, info, title_issuer, window_issuer)


def _issuer_of_a_fuller_copy(candidates: list[tuple[str, int]], title: str) -> Optional[str]:
    """The issuers a copy of the chosen title prints before it (a legal database's 财政部 国家发展和改革委员会
    工业和信息化部关于开展…的通知 under two bare 关于开展…的通知): the title is the bare form, printed more."""
    for candidate, _ in candidates:
        bare = re.sub(r"\s+", "", candidate)
        if bare != title and bare.endswith(title) and (issuer := _issuer_of_title(candidate)):
            return issuer
    return None


def _issuer_of_title(title: str) -> Optional[str]:
    """The issuer a title begins with (菏泽市人民政府办公室关于…), unless it is a short form."""
    verb = ISSUER_ENDS.search(title) or TITLE_YEAR.search(title)  # …局2018年度整体支出绩效评价报告
    if not verb or verb.start() == 0:
        return None
    prefix = re.sub(r"\s+", " ", title[:verb.start()]).strip()
    if ORGANISATION_END.search(prefix) and not SHORT_FORM_ISSUER.match(prefix):
        return prefix
    return None


def _decree_issuer(doc_number: Optional[str], issuer: Optional[str]) -> Optional[str]:
    """An order's number names its issuer as the order prints it (东莞市人民政府令第123号): that name,
    over a fuller form a legal database prints above it (广东省东莞市人民政府)."""
    if not doc_number or not DECREE_NUMBER.match(doc_number):
        return issuer
    named = doc_number.split("令", 1)[0]
    return named if issuer is None or issuer.endswith(named) else issuer
