"""What a line at the top of a notice is: its 文号 (whole, in brackets, broken, an order's number), a title
or a title's continuation, its recipients (主送机关), or a header glued to the body's first paragraph."""

from __future__ import annotations

import re
from typing import Optional

from extractors.docnumbers import parse_doc_number
from extractors.fold import fold
from extractors.titles import TITLE_WORD_RE
from extractors.vocab import Examples

from pipeline.document.elements import (
    CONTENTS_HEADINGS, PEOPLE_ADDRESSEE, RECIPIENTS_LINE, SENTENCE_BEFORE_COLON, is_complete_title, names_addressees,
)
from pipeline.document.glued import OPENING_SENTENCE
from pipeline.document.labels import match_label
from pipeline.document.lists import names_a_body as _names_a_body, split_list
from pipeline.document.wrapper import is_wrapper_line

SIGNER = re.compile(r"[ \u3000]*签发人[：:].*$")  # 国发〔2020〕3号　　签发人：张三
# A 文号 whose closing bracket and 号 were lost in the copy: 曲水府发〔202321 for 曲水府发〔2023〕21号.
# or its opening bracket and 号: 甘卫职健函2024〕217 for 甘卫职健函〔2024〕217号.
BROKEN_DOC_NUMBER = re.compile(r"^(?P<code>[\u4e00-\u9fff]{1,12})(?:[〔\[［(（](?P<year>(?:19|20)\d{2})(?P<serial>\d{1,4})"
                               r"|(?P<year_b>(?:19|20)\d{2})[〕\]］)）](?P<serial_b>\d{1,4})[号號]?)$")
# A 文号 printed without its 号, the line ending in the year's closing bracket and the serial: 疫控〔2025〕73. The
# bracketed year makes it a number; the whole line must still parse as one (is_doc_number_line).
SIGN_LOST_DOC_NUMBER = re.compile(r"[〕\]］)）】]\s{0,2}\d{1,6}\s*$")
# 文号 in brackets after the title: …的通知（余府发〔2012〕3号）
TRAILING_DOC_NUMBER = re.compile(r"[（(](?P<number>[^（）()]{2,30}[〕\]］)）]\s*\d+\s*[号號])[）)]$")
# A law site's note under a title: the 文号 and the date in one pair of brackets ((汉政发[2008]11号 2008年3月12日)).
NUMBER_DATE_NOTE = re.compile(r"^[（(](?P<number>[^（）()\s]{2,30}[号號])[ \u3000]+(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[）)]$")
# An order's number printed with its 第…号 in brackets: 湖北省人民政府令(第52号) is 湖北省人民政府令第52号.
BRACKETED_DECREE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,20}令)[（(](?P<number>第\d{1,4}号)[）)]$")
# An order's or an announcement's number with the issuing body's name before 令 or 公告 (a bare 第12号 or 令第12号 names
# no series): 东莞市人民政府令第123号 · 中华人民共和国农业农村部公告第911号 · 国家税务总局公告2019年第45号.
DECREE_NUMBER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,20}?)(?:令|公告)(?:\d{4}年)?第\d+号$")
# A title line's continuation never starts with a date: 2001年1月2日…会议通过 under a law's title.
DATE_START = re.compile(r"^(?:\d{4}|[〇零○O一二三四五六七八九]{4})\s*年")
LONG_TITLE = 150  # longer lines are paragraphs, not titles
TITLE_LINE = 60  # a line of a title split over lines is no longer than this
SHORT_TITLE = 40  # a line this short ending with a document type is a title (中华人民共和国刑法)

# A line opening with a bracketed 文号 and going on with a title (see leading_doc_number).
BRACKETED_LEADING_NUMBER = re.compile(r"^[(（](?P<number>[^()（）\n]{4,30}号)[)）](?P<rest>\S.*)$")

EXAMPLES = {
    "SIGN_LOST_DOC_NUMBER": Examples(match=("疫控〔2025〕73", "晋政办发[2012]18 "), no_match=("国发〔2020〕3号", "〔2020〕12月")),
    "BRACKETED_LEADING_NUMBER": Examples(match=("(新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知",),
                                         no_match=("(新政发〔2016〕21号)", "(一)总体目标")),
    "NUMBER_DATE_NOTE": Examples(match=("(汉政发[2008]11号 2008年3月12日)", "（国发〔2020〕3号　2020年2月1日）"),
                                 no_match=("(2008年3月12日)", "(汉政发[2008]11号)", "(详见汉政发[2008]11号 2008年3月12日印发)")),
    "SIGNER": Examples(match=("国发〔2020〕3号　　签发人：张三",), no_match=("国发〔2020〕3号",)),
    "BROKEN_DOC_NUMBER": Examples(match=("曲水府发〔202321", "牟政办发〔201746", "甘卫职健函2024〕217"),
                                  no_match=("曲水府发〔2023〕21号", "〔2023", "甘卫职健函2024217")),
    "TRAILING_DOC_NUMBER": Examples(match=("关于…的通知（余府发〔2012〕3号）", "的通知(岳办发〔2017〕2号)"),
                                    no_match=("关于…的通知（试行）",)),
    "BRACKETED_DECREE": Examples(match=("湖北省人民政府令(第52号)", "湖北省人民政府令（第52号）"), no_match=("湖北省人民政府令第52号",)),
    "DECREE_NUMBER": Examples(match=("东莞市人民政府令第123号", "商务部令2007年第15号", "中华人民共和国农业农村部公告第911号", "国家税务总局公告2019年第45号"), no_match=("令第12号", "2018年第32号", "公告第3号")),
    "BRACKETED_NUMBER_START": Examples(match=("(皖政[2001]85號)各市、縣人民政府", "（国发〔2020〕3号）"), no_match=("(试行)的通知",)),
    "QUESTION_OR_EXCLAMATION": Examples(match=("小学通知格式怎么样?", "2024年放假安排出炉！"), no_match=("关于做好暑假工作的通知",)),
    "DATE_START": Examples(match=("2001年1月2日第九届全国人民代表大会常务委员会第十九次会议通过", "二〇一一年十月二十七日"),
                           no_match=("重点任务责任落实分工的通知", "关于2020年度考核工作的通知")),
    "CLAUSE_MARK": Examples(match=("为切实做好防汛减灾工作,现将", "现将有关事项通知如下。"), no_match=("全国燃气事故多发频发 对重点地区开展燃气安全明查暗访",)),
    "GLUED_RECIPIENTS": Examples(match=("各县(市、区)人民政府,市政府各部门、各直属机构:现将《…》转发给你们", "各辖市、区人民政府,市各直属单位: 现将方案印发给你们", "市直有关部门: 为切实做好防汛减灾工作"),
                                 no_match=("各县(市、区)人民政府,市政府各部门、各直属机构:", "现将有关事项通知如下:")),
}


def is_doc_number_line(text: str) -> bool:
    if "号" not in text and "號" not in text and not SIGN_LOST_DOC_NUMBER.search(text):
        return False  # the cheap test first: most lines are no number
    text = SIGNER.sub("", text)
    if len(text) > 40:
        return False
    parsed = parse_doc_number(text)
    return bool(parsed and _header_form(parsed) and len(parsed.normalised) >= len(text.replace(" ", "")) - 1)


def _header_form(parsed) -> bool:
    """A number a header gives as the document's own: a bracketed 文号, or a decree number that names
    its issuer (东莞市人民政府令第123号, 商务部令2007年第15号: the 发文字号 of an order)."""
    return parsed.form == "bracketed" or (parsed.form in ("decree", "announcement") and bool(DECREE_NUMBER.match(parsed.normalised)))


def doc_number_of_line(text: str) -> Optional[str]:
    """The 文号 a header line is: whole (国发〔2020〕3号, with or without 签发人), in brackets, or
    with its closing bracket and 号 lost (曲水府发〔202321)."""
    bare = text.strip("（()） \u3000")
    if note := NUMBER_DATE_NOTE.match(text.strip()):
        bare = note.group("number")
    if decree := BRACKETED_DECREE.match(text.strip()):
        bare = decree.group("issuer") + decree.group("number")
    if is_doc_number_line(bare):
        normalised = parse_doc_number(SIGNER.sub("", bare)).normalised
        # as printed when its 号 was left out (gold/README.md: only the brackets are normalised): 疫控〔2025〕73
        return normalised if "号" in bare or "號" in bare else normalised.rstrip("号")
    broken = BROKEN_DOC_NUMBER.match(bare)
    if broken:
        year, serial = broken.group("year") or broken.group("year_b"), broken.group("serial") or broken.group("serial_b")
        return f"{broken.group('code')}〔{year}〕{serial}号"
    return None


def leading_doc_number(text: str) -> tuple[Optional[str], str]:
    """A line that starts with the notice's 文号 and goes on with its title (京政办发〔2016〕26号《…》):
    the 文号 and the rest."""
    parsed = parse_doc_number(text[:40])
    if parsed and _header_form(parsed) and text.startswith(parsed.text) and len(text) > len(parsed.text):
        return parsed.normalised, text[len(parsed.text):].strip()
    # an aggregator's headline that puts the number in brackets before the title: (新政发〔2016〕21号)区人民政府关于…的通知
    if (bracketed := BRACKETED_LEADING_NUMBER.match(text)) and (parsed := parse_doc_number(bracketed["number"])) \
            and _header_form(parsed) and parsed.text == bracketed["number"] and is_complete_title(bracketed["rest"]):
        return parsed.normalised, bracketed["rest"].strip()
    return None, text


def looks_like_title(text: str) -> bool:
    """A line that is or begins a title: 关于 or a document type in it (or, when short, at its end:
    中华人民共和国刑法), no full stop, no numbering label."""
    if len(text) > LONG_TITLE or "。" in text or match_label(text) is not None or text.endswith((":", "：")) \
            or text.startswith(("，", ",", ":", "：")) or re.sub(r"\s+", "", text) in CONTENTS_HEADINGS:
        return False  # …详情如下: is a lead-in, :互助县… a heading's rest after its 文号
    if runs_into_its_body(text) or QUESTION_OR_EXCLAMATION.search(text) or is_tag_line(text) \
            or OPENING_SENTENCE.match(text):  # 根据…,…制定本方案 ends like a plan's name but is its opening sentence
        return False  # 小学通知格式怎么样? is a 范文 site's question over a template, no title
    return (bool(TITLE_WORD_RE.search(text)) or (len(text) <= SHORT_TITLE and is_complete_title(text))
            or _named_by_its_number(text))


# A title is a noun phrase: never a question or an exclamation (2024年放假通知,来了!).
QUESTION_OR_EXCLAMATION = re.compile(r"[?？!！]")

def is_tag_line(text: str) -> bool:
    """A site's row of tags, three titles or more set apart by spaces (实施方案 体检评估工作实施方案 住房抗震改造
    工作实施方案): no title, which is one name (joint issuers set apart so are organisations, not titles)."""
    parts = text.split()
    return len(parts) >= 3 and all(is_complete_title(part) for part in parts)


# A 文号 in brackets right after a title: …的意见(皖政[2001]85號)
BRACKETED_NUMBER_START = re.compile(r"^[（(][^（）()]{2,30}[号號][）)]")


def runs_into_its_body(text: str) -> bool:
    """A site's one-line summary of a notice: its whole title, perhaps its 文号 in brackets, then its
    recipients and the first words of its body (…的意见(皖政[2001]85號)各市、縣人民政府,…:為認真貫徹…).
    The notice's own heading is printed below it; the summary is no title line."""
    if ":" not in text and "：" not in text:  # the cheap test first: a summary holds the recipients' colon
        return False
    for word in TITLE_WORD_RE.finditer(text):
        rest = BRACKETED_NUMBER_START.sub("", text[word.end():].strip())
        if rest and is_complete_title(text[:word.end()]) and glued_header(rest)[1]:
            return True
    return False


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


# A header glued to the body in one paragraph (aggregator copies): 汕府办[2015]29号各县(市、区)人民
# 政府,市政府各部门、各直属机构:现将… — the recipients run from the first 各 to the first colon.
GLUED_RECIPIENTS = re.compile(r"^(?P<body>各[^。；！？:：“”《》\n]{1,150}?)[：:][ \u3000]*(?=\S)"
                              r"|^(?P<named>[^各。；！？:：“”《》\n，,][^。；！？:：“”《》\n]{1,60}?)[：:][ \u3000]*(?=\S)")

# What the body text after glued recipients holds and a news headline after its source's colon does not: a clause mark.
CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")


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
    # (folded: 常州經開區管委會 names a body as 管委会 does)
    if number is None and found.group("named") and not CLAUSE_MARK.search(rest, found.end()):
        return None, []  # 国务院安委办:全国燃气事故多发频发 对重点地区开展…: a news headline naming its source, no sentence after
    # a salutation to a class of people is a recipient too (各位教职员工: 根据…, 各乡镇居民、志愿者们: 为…; as07, ad06)
    if (number is None or found.group("named")) and not all(
            _names_a_body(fold(part)) or part.startswith("各") and _names_a_body(fold(part[1:]))
            or PEOPLE_ADDRESSEE.search(part) for part in recipients):
        return None, []
    return number, recipients


# ---------------------------------------------------------------- the header window


def continues_title(text: str) -> bool:
    """A line that can carry on a title begun above it (防控期间贫困人口精准帮扶和脱贫攻坚)."""
    return (len(text) <= TITLE_LINE and not re.search(r"[。，；：:,]", text) and match_label(text) is None
            and not DATE_START.match(text) and not is_wrapper_line(text))
