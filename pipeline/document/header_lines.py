"""What a line at the top of a notice is: its 文号 (whole, in brackets, broken, an order's number), a title
or a title's continuation, its recipients (主送机关), or a header glued to the body's first paragraph."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractors.brackets import YEAR_CLOSE_BRACKETS
from extractors.docnumbers import parse_doc_number
from extractors.fold import fold
from extractors.titles import TITLE_WORD_RE
from extractors.unit_roles import LABEL_RE as UNIT_LABEL_RE
from extractors.vocab import Examples

from pipeline.document.elements import (
    CONTENTS_HEADINGS, PEOPLE_ADDRESSEE, RECIPIENTS_LINE, RED_HEADER, SENTENCE_BEFORE_COLON, is_complete_title, is_organisation_line,
    names_addressees,
)
from pipeline.document.glued import OPENING_SENTENCE
from pipeline.document.labels import match_label
from pipeline.document.lists import names_a_body as _names_a_body, split_list
from pipeline.document.printed_header import numbered_printed_line
from pipeline.document.wrapper import info_label_spans, is_info_line, is_wrapper_line

SIGNER = re.compile(r"[ \u3000]*签发人[：:].*$")  # 国发〔2020〕3号　　签发人：张三
# A 文号 whose closing bracket and 号 were lost in the copy: 曲水府发〔202321 for 曲水府发〔2023〕21号.
# or its opening bracket and 号: 甘卫职健函2024〕217 for 甘卫职健函〔2024〕217号.
BROKEN_DOC_NUMBER = re.compile(r"^(?P<code>[\u4e00-\u9fff]{1,12})(?:[〔\[［(（](?P<year>(?:19|20)\d{2})(?P<serial>\d{1,4})"
                               r"|(?P<year_b>(?:19|20)\d{2})[〕\]］)）](?P<serial_b>\d{1,4})[号號]?)$")
# A 文号 printed without its 号, the line ending in the year's closing bracket and the serial: 疫控〔2025〕73. The
# bracketed year makes it a number; the whole line must still parse as one (is_doc_number_line).
SIGN_LOST_DOC_NUMBER = re.compile(r"[〕\]］)）】]\s{0,2}\d{1,6}\s*$")
# A 文号 whose serial the page masked or lost, alone on its line under the title: 洋政发〔2020〕 (kept as printed).
SERIAL_LOST_DOC_NUMBER = re.compile(r"^(?P<code>[\u4e00-\u9fff]{2,12})[〔\[［](?P<year>(?:19|20)\d{2})[〕\]］]$")
# A table's 文号 cell holding a series and its issue's number, no bracketed year (文号 | 督察通报第十七期).
SERIES_NUMBER = re.compile(r"^[\u4e00-\u9fff]{2,20}第[\d一二三四五六七八九十百零〇]{1,6}[号號期]$")
# 文号 in brackets after the title: …的通知（余府发〔2012〕3号）, its year in any bracket a 文号 takes (a news site's
# …的通知(沪食药监餐饮【2017】268号), ﹝2019﹞, 〖2020〗: extractors.brackets).
TRAILING_DOC_NUMBER = re.compile(
    rf"[（(](?P<number>[^（）()]{{2,30}}[{re.escape(YEAR_CLOSE_BRACKETS)}]\s*\d+\s*[号號])[）)]$")
# A law site's note under a title: the 文号 and the date in one pair of brackets, the date in Arabic or Chinese numerals
# ((汉政发[2008]11号 2008年3月12日), (国检监〔1989〕565号 一九八九年十月十六日): the older national texts print the latter).
_NOTE_DAY = (r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
             r"|[一二][〇零○九][〇零○一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
NUMBER_DATE_NOTE = re.compile(rf"^[（(](?P<number>[^（）()\s]{{2,30}}[号號])[ \u3000]+(?P<date>{_NOTE_DAY})[）)]$")
# The same note with the date first, a space between or none (a file's heading glued to it: (1998年09月23日计价格[1998]1810号),
# (2008年3月12日 汉政发[2008]11号)): the date is the document's, the number its 文号.
DATE_NUMBER_NOTE = re.compile(rf"^[（(](?P<date>{_NOTE_DAY})[ \u3000]*(?P<number>[^（）()\s\d][^（）()\s]{{0,19}}[〔\[［【〖][^（）()\s]{{1,12}}[号號])[）)]$")


# The date-first note glued after the name it dates (城市供水价格管理办法(1998年09月23日计价格[1998]1810号)): a file's or a
# database's heading, its number read with the title (title.clean_title), its date the document's.
TRAILING_DATE_NUMBER = re.compile(DATE_NUMBER_NOTE.pattern.replace("^", "(?<=[\u4e00-\u9fff》])", 1))


def number_date_note(text: str) -> Optional[re.Match]:
    """A law site's note of a 文号 and a date in one pair of brackets, in either order (NUMBER_DATE_NOTE, DATE_NUMBER_NOTE)."""
    return NUMBER_DATE_NOTE.match(text) or DATE_NUMBER_NOTE.match(text)
# An order's number printed with its 第…号 in brackets: 湖北省人民政府令(第52号) is 湖北省人民政府令第52号.
BRACKETED_DECREE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,20}令)[（(](?P<number>第\d{1,4}号)[）)]$")
# An order's or an announcement's number with the issuing body's name before 令 or 公告 (a bare 第12号 or 令第12号 names
# no series): 东莞市人民政府令第123号 · 中华人民共和国农业农村部公告第911号 · 国家税务总局公告2019年第45号.
DECREE_NUMBER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,20}?)(?:令|公告)(?:\d{4}年)?第\d+号$")
# A rules text's promulgation note under its title: the day and the body that promulgated it, with the order's number
# when an order did ((2013年10月14日…常务会议讨论通过2013年10月27日石家庄人民政府令第184号发布自…起施行),
# (一九七九年二月十日卫生部发布)). The body holds no digit, so a meeting's 通过 before a second date is never read as it.
_NOTE_DATE = r"(?:\d{4}|[〇零○O一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日"
PROMULGATION_NOTE = re.compile(rf"^[（(][^（）()]*?(?P<date>{_NOTE_DATE})[ \u3000]*(?P<issuer>[\u4e00-\u9fff]{{2,30}}?)"
                               r"(?P<order>令(?:\d{4}年)?第[ \u3000]*\d{1,4}[ \u3000]*号)?(?:发布|公布|颁布|發布|公佈|頒布)")
# An order's heading printed over two lines, the body's order and its number (中华人民共和国卫生部令 / 第 27 号).
ORDER_HEADING = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,30}令)$")
ORDER_SERIAL = re.compile(r"^第[ \u3000]*(?P<serial>\d{1,4})[ \u3000]*(?P<mark>[号號])$")
# An announcement's heading printed over two lines, the body's 公告 and its number, the year before 第 or not (中华人民共和国
# 农业农村部公告 / 第911号; 国家税务总局公告 / 2019年第12号): the series 中华人民共和国农业农村部公告第911号, as an order's.
# The heading names a body (checked by the caller): a title's 关于…的公告 over a 第3号 is no series.
ANNOUNCEMENT_HEADING = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,30})(?P<kind>公告)$")
ANNOUNCEMENT_SERIAL = re.compile(r"^(?P<year>\d{4}年)?第[ \u3000]*(?P<serial>\d{1,4})[ \u3000]*(?P<mark>[号號])$")
# The sentence by which an order promulgates its rules: 《X》业经…审议通过,现予公布,自…起施行 · 现予发布 · 现发布施行.
PROMULGATION_SENTENCE = re.compile(r"^[ \u3000]*《[^》]{2,60}》[^。]{0,120}?现(?:予以|予)?(?:公布|发布|颁布|發布|公佈|頒布)")
# A title line's continuation never starts with a date: 2001年1月2日…会议通过 under a law's title.
DATE_START = re.compile(r"^(?:\d{4}|[〇零○O一二三四五六七八九]{4})\s*年")
LONG_TITLE = 150  # longer lines are paragraphs, not titles
# A line cut short with an ellipsis (…签署战略合作协......): a page's teaser of an article, whose words run on elsewhere;
# a title is printed whole.
CUT_SHORT = re.compile(r"(?:…|\.{3,}|。{2,})[ \u3000]*$")
TITLE_LINE = 60  # a line of a title split over lines is no longer than this
SHORT_TITLE = 40  # a line this short ending with a document type is a title (中华人民共和国刑法)

# What a sentence says after a document's 文号 that it names as its subject (国务院国发〔1980〕121号文件批转了…,
# 粤府〔2003〕30号文规定…, …号的规定): the 文号 cited at the head of the body's first sentence, not the notice's own
# before its title.
NUMBER_AS_SUBJECT = re.compile(r"^(?:文件|文|的)")

# The dash an aggregator's headline prints between the notice's 文号 and its title (临安委〔2011〕3号—临海市…的通知).
NUMBER_TITLE_DASH = re.compile(r"^(?:—{1,2}|―{1,2}|[-–－])[ \u3000]*")
# A line opening with a bracketed 文号 and going on with a title (see leading_doc_number).
BRACKETED_LEADING_NUMBER = re.compile(r"^[(（](?P<number>[^()（）\n]{4,30}号)[)）](?P<rest>\S.*)$")

EXAMPLES = {
    "CUT_SHORT": Examples(match=("中國航空器材集團與海爾中央空調簽署戰略合作協......", "关于印发2020年工作要点的通……", "签署战略合作协…"),
                          no_match=("关于……的通知", "关于印发2020年工作要点的通知", "1.1编制目的…………1")),
    "SERIAL_LOST_DOC_NUMBER": Examples(match=("洋政发〔2020〕", "湘政办发[2019]"), no_match=("洋政发〔2020〕3号", "〔2020〕", "2020年")),
    "SERIES_NUMBER": Examples(match=("督察通报第十七期", "简报第3期", "某某局令第5号"), no_match=("督察通报", "第十七期", "暂无")),
    "PROMULGATION_NOTE": Examples(match=("(2013年10月14日市第十三届人民政府第十次常务会议讨论通过2013年10月27日石家庄人民政府令第184号发布自2013年12月1日起施行)",
                                         "(一九七九年二月十日卫生部发布)", "（2002年3月28日卫生部令第27号公布）"),
                                  no_match=("(2013年10月14日市人民政府常务会议讨论通过)", "2013年10月27日石家庄人民政府令第184号发布",
                                            "(自2013年12月1日起施行)")),
    "ORDER_HEADING": Examples(match=("中华人民共和国卫生部令", "湖北省人民政府令"), no_match=("第27号", "关于执行命令的通知")),
    "PROMULGATION_SENTENCE": Examples(
        match=("《辽宁省农产品质量安全管理办法》业经2011年1月7日辽宁省第十一届人民政府第44次常务会议审议通过,现予公布,自2011年2月20日起施行。",
               "《东莞市重大危险源安全监督管理办法》已经市人民政府同意,现予发布。", "  《某市物业管理办法》已经市政府常务会议通过,现发布施行。"),
        no_match=("现将《某某办法》印发给你们,请认真贯彻执行。", "《某某办法》自2011年2月20日起施行。")),
    "ANNOUNCEMENT_HEADING": Examples(match=("中华人民共和国农业农村部公告", "国家税务总局公告"), no_match=("第911号", "中华人民共和国卫生部令")),
    "ANNOUNCEMENT_SERIAL": Examples(match=("第911号", "2019年第12号", "第 45 号"), no_match=("第二十七号", "2019年12号", "第3条")),
    "ORDER_SERIAL": Examples(match=("第 27 号", "第184号"), no_match=("第二十七号", "第27号令")),
    "SIGN_LOST_DOC_NUMBER": Examples(match=("疫控〔2025〕73", "晋政办发[2012]18 "), no_match=("国发〔2020〕3号", "〔2020〕12月")),
    "NUMBER_AS_SUBJECT": Examples(match=("文件批转了民政部、国家劳动总局、财政部和教育部《关于…的请示报告》", "文规定,", "的规定执行"),
                                  no_match=("《关于印发2020年工作要点的通知》", "关于做好文物保护工作的通知")),
    "NUMBER_TITLE_DASH": Examples(match=("—临海市安全生产委员会关于印发《办法》的通知", "-县人民政府关于…的通知"),
                                  no_match=(":互助县人民政府关于…的通知", "临海市安全生产委员会关于…的通知")),
    "BRACKETED_LEADING_NUMBER": Examples(match=("(新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知",),
                                         no_match=("(新政发〔2016〕21号)", "(一)总体目标")),
    "DATE_NUMBER_NOTE": Examples(match=("(1998年09月23日计价格[1998]1810号)", "（2008年3月12日 汉政发〔2008〕11号）",
                                       "(一九八九年十月十六日 国检监〔1989〕565号)"),
                                 no_match=("(汉政发[2008]11号 2008年3月12日)", "(2008年3月12日)", "(2008年3月12日第3号)")),
    "TRAILING_DATE_NUMBER": Examples(match=("城市供水价格管理办法(1998年09月23日计价格[1998]1810号)",),
                                     no_match=("(1998年09月23日计价格[1998]1810号)", "管理办法(计价格[1998]1810号)")),
    "NUMBER_DATE_NOTE": Examples(match=("(汉政发[2008]11号 2008年3月12日)", "（国发〔2020〕3号　2020年2月1日）",
                                        "(国检监〔1989〕565号 一九八九年十月十六日)", "（国发〔1996〕12号　一九九六年三月一日）"),
                                 no_match=("(2008年3月12日)", "(汉政发[2008]11号)", "(详见汉政发[2008]11号 2008年3月12日印发)",
                                           "(一九八九年十月十六日)", "(国发〔1996〕12号 十月十六日)")),
    "SIGNER": Examples(match=("国发〔2020〕3号　　签发人：张三",), no_match=("国发〔2020〕3号",)),
    "BROKEN_DOC_NUMBER": Examples(match=("曲水府发〔202321", "牟政办发〔201746", "甘卫职健函2024〕217"),
                                  no_match=("曲水府发〔2023〕21号", "〔2023", "甘卫职健函2024217")),
    "TRAILING_DOC_NUMBER": Examples(match=("关于…的通知（余府发〔2012〕3号）", "的通知(岳办发〔2017〕2号)",
                                           "的通知(沪食药监餐饮【2017】268号)", "的通知(粤府办﹝2019﹞5号)"),
                                    no_match=("关于…的通知（试行）",)),
    "BRACKETED_DECREE": Examples(match=("湖北省人民政府令(第52号)", "湖北省人民政府令（第52号）"), no_match=("湖北省人民政府令第52号",)),
    "DECREE_NUMBER": Examples(match=("东莞市人民政府令第123号", "商务部令2007年第15号", "中华人民共和国农业农村部公告第911号", "国家税务总局公告2019年第45号"), no_match=("令第12号", "2018年第32号", "公告第3号")),
    "BRACKETED_NUMBER_START": Examples(match=("(皖政[2001]85號)各市、縣人民政府", "（国发〔2020〕3号）"), no_match=("(试行)的通知",)),
    "QUESTION_OR_EXCLAMATION": Examples(match=("小学通知格式怎么样?", "2024年放假安排出炉！", "苏州春节就地过年通知出了吗 苏州就地过年"),
                                        no_match=("关于做好暑假工作的通知", "关于吗啡类药品管理的通知")),
    "DATE_START": Examples(match=("2001年1月2日第九届全国人民代表大会常务委员会第十九次会议通过", "二〇一一年十月二十七日"),
                           no_match=("重点任务责任落实分工的通知", "关于2020年度考核工作的通知")),
    "CLAUSE_MARK": Examples(match=("为切实做好防汛减灾工作,现将", "现将有关事项通知如下。"), no_match=("全国燃气事故多发频发 对重点地区开展燃气安全明查暗访",)),
    "TITLE_NUMBER_RECIPIENTS": Examples(match=("《关于稳定基层农业技术推广体系的意见》的通知国办发[1999]79号各盛自治区、直辖市人民政府,国务院各部委:农业部",),
                                        no_match=("现将通知转发。国办发[1999]79号各省人民政府:", "关于…的通知国办发[1999]79号")),
    "TWICE_BEFORE_BODY": Examples(match=("镇容和环境卫生集中整治方案镇容和环境卫生集中整治方案为了彻底扭转镇区现象,重塑",),
                                  no_match=("镇容和环境卫生集中整治方案", "镇容整治方案镇容整治方案", "关于…的通知各乡镇:")),
    "TITLE_BEFORE_PREAMBLE": Examples(match=("諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)為提高突發事件應急保障能力和水平,根據",),
                                      no_match=("本办法为规范管理,制定", "为提高应急保障能力,根据")),
    "DATELINE": Examples(match=("央视网2021-11-0700:00", "2021-11-07"), no_match=("2021-2022年", "2021年11月7日")),
    "TITLE_BEFORE_GLUED": Examples(match=("关于进一步规范学校学籍管理工作的通知各区教育、市局直属中学:为了促进",),
                                   no_match=("关于进一步规范学校学籍管理工作的通知", "各区教育、市局直属中学:", "关于各区教育工作的通知")),
    "GLUED_RECIPIENTS": Examples(match=("各县(市、区)人民政府,市政府各部门、各直属机构:现将《…》转发给你们", "各辖市、区人民政府,市各直属单位: 现将方案印发给你们", "市直有关部门: 为切实做好防汛减灾工作"),
                                 no_match=("各县(市、区)人民政府,市政府各部门、各直属机构:", "现将有关事项通知如下:")),
}


# Asked of the same lines by the header's and the embedded documents' readers: answered once.
@lru_cache(maxsize=8192)
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


@lru_cache(maxsize=4096)
def doc_number_of_line(text: str) -> Optional[str]:
    """The 文号 a header line is: whole (国发〔2020〕3号, with or without 签发人), in brackets, or
    with its closing bracket and 号 lost (曲水府发〔202321)."""
    bare = text.strip("（()） \u3000")
    if note := number_date_note(text.strip()):
        bare = note.group("number")
    if printed := numbered_printed_line(text):
        bare = printed[0]  # the 文号 before the 印发 line (its office and day are read by the structure)
    if decree := BRACKETED_DECREE.match(text.strip()):
        bare = decree.group("issuer") + decree.group("number")
    if is_doc_number_line(bare):
        normalised = parse_doc_number(SIGNER.sub("", bare)).normalised
        # as printed when its 号 was left out (gold/README.md: only the brackets are normalised): 疫控〔2025〕73
        return normalised if "号" in bare or "號" in bare else normalised.rstrip("号")
    if lost := SERIAL_LOST_DOC_NUMBER.match(bare):
        return f"{lost['code']}〔{lost['year']}〕"
    broken = BROKEN_DOC_NUMBER.match(bare)
    if broken:
        year, serial = broken.group("year") or broken.group("year_b"), broken.group("serial") or broken.group("serial_b")
        return f"{broken.group('code')}〔{year}〕{serial}号"
    return None


def leading_doc_number(text: str) -> tuple[Optional[str], str]:
    """A line that starts with the notice's 文号 and goes on with its title (京政办发〔2016〕26号《…》):
    the 文号 and the rest."""
    parsed = parse_doc_number(text[:40])
    if parsed and _header_form(parsed) and text.startswith(parsed.text) and len(text) > len(parsed.text) \
            and not NUMBER_AS_SUBJECT.match(text[len(parsed.text):].strip()):
        rest = text[len(parsed.text):].strip()
        if (dash := NUMBER_TITLE_DASH.match(rest)) and is_complete_title(rest[dash.end():]):
            rest = rest[dash.end():]  # an aggregator's headline joining the number to the title: 临安委〔2011〕3号—…的通知
        return parsed.normalised, rest
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
            or OPENING_SENTENCE.match(text) or CUT_SHORT.search(text):  # 根据…,…制定本方案 ends like a plan's name but is its opening sentence
        return False  # 小学通知格式怎么样? is a 范文 site's question over a template, no title
    return (bool(TITLE_WORD_RE.search(text)) or (len(text) <= SHORT_TITLE and is_complete_title(text))
            or _named_by_its_number(text))


# A title is a noun phrase: never a question or an exclamation (2024年放假通知,来了!).
# 苏州春节就地过年通知出了吗 苏州就地过年: a question's particle ending a clause.
QUESTION_OR_EXCLAMATION = re.compile(r"[?？!！]|[吗嗎](?=[ \u3000]|$)")

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
            and not is_wrapper_line(text) and names_addressees(found.group("body")) and not _ends_with_info_label(text))


LEAD_LINES = 4  # a news lead's paragraphs at most between its headline's page and the notice's recipients


def recipients_under_lead(lines: list, body_at: int) -> Optional[tuple[list[str], int]]:
    """(the recipients, the index of the line after them) of a notice that a news page prints from its recipients on,
    under a lead of its own (上海市市场监督管理局印发《…工作规范》 ⏎ 为了规范…,制定本工作规范。 ⏎ 各区市场监管局,…,各有关单位: ⏎
    为规范…现印发给你们): the lead's paragraphs from ``body_at`` (sentences, no numbered item, at most LEAD_LINES) are the
    page's words, and the line addressing bodies after them opens the notice. None when an item, a line that is no
    sentence, or nothing addressed comes first (a body sentence ending in 如下: is no recipients line)."""
    for index in range(body_at, min(len(lines), body_at + LEAD_LINES + 1)):
        text = lines[index].text
        if index > body_at and is_recipients_line(text):
            return split_list(RECIPIENTS_LINE.match(text).group("body")), index + 1
        if match_label(text) is not None or "。" not in text and not is_wrapper_line(text):
            return None
    return None


def opens_on_page_fields(title: Optional[str], lines: list) -> bool:
    """An untitled copy that opens on a page's information field (生效日期:2016-05-04 ⏎ 补贴对象: 1、在本市… ⏎ 补贴金额: … ⏎
    各区(县)科委、各有关科技企业: ⏎ 为大力实施…): a policy site's summary of the notice over its recipients, read as a news page's
    lead is (recipients_under_lead)."""
    first = next((line.text for line in lines if line.text.strip()), "")
    return not title and is_info_line(first)


def _ends_with_info_label(text: str) -> bool:
    """An information table's label closing the line, its value on the next (意见征集发布机构: ⏎ 宣城市卫生健康委员会, a glued
    copy's 发布机构 cut off the section name before it): a field, though it names a body's kind."""
    spans = info_label_spans(text)
    return bool(spans) and spans[-1][1] >= len(text.rstrip())


# A header glued to the body in one paragraph (aggregator copies): 汕府办[2015]29号各县(市、区)人民
# 政府,市政府各部门、各直属机构:现将… — the recipients run from the first 各 to the first colon.
GLUED_RECIPIENTS = re.compile(r"^(?P<body>各[^。；！？:：“”《》\n]{1,150}?)[：:][ \u3000]*(?=\S)"
                              r"|^(?P<named>[^各。；！？:：“”《》\n，,][^。；！？:：“”《》\n]{1,60}?)[：:][ \u3000]*(?=\S)")

# A title with 关于 glued before the recipients' first 各 (关于进一步规范学校学籍管理工作的通知各区教育、市局直属中学:为了…): an
# aggregator's one paragraph of title, recipients and body; the recipients start at the 各.
TITLE_BEFORE_GLUED = re.compile(r"^(?:关于|關於|關于)[^，,。；;：:“”\n]{2,80}?的(?:通知|通告|通报|通報|意见|意見|决定|決定|批复|批復|函)(?=各)")
# A title's last words, the 文号 and the recipients run into one paragraph by a copy wrapped at a fixed width (《关于稳定…
# 的意见》的通知国办发[1999]79号各盛自治区、…:农业部…): the 文号 glued between a title's end and the recipients' 各.
TITLE_NUMBER_RECIPIENTS = re.compile(r"^(?P<words>[^。，,；;：:]{3,90}?)(?P<year>[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\d{1,4}[号號])(?=各)")
NUMBER_CODE = 2, 12  # the shortest and the longest code of a 文号 before its bracketed year (国办发)
# A title printed twice and run into the body's first sentence by a 文库 copy (镇容…整治方案镇容…整治方案为了彻底扭转…,…).
TWICE_BEFORE_BODY = re.compile(r"^(?P<title>[^\s。，,；;：:“”《》]{4,60}?)(?P=title)(?=[^。\n]{0,200}[，,。])")
# A plan's name run into its preamble by a 文库 copy (諸城市…行動計劃(2021-2022年)為提高突發事件應急保障能力和水平,根據…): the
# name ends where the preamble's first word starts; never a reference to the text itself (本办法, 该方案).
TITLE_BEFORE_PREAMBLE = re.compile(r"^(?![本该該此])(?P<title>[^\s。，,；;：:“”]{4,80}?)(?=(?:为|為|根据|根據|按照|依据|依據)[^。\n]{2,200}?[，,])")
# A news page's dateline (央视网2021-11-0700:00): a headline after a source's colon runs into it before any clause.
DATELINE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
# What the body text after glued recipients holds and a news headline after its source's colon does not: a clause mark.
CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")


def glued_header(text: str) -> tuple[Optional[str], list[str]]:
    """The 文号 and recipients at the start of a body line that holds them glued to the text, or
    (None, []) when the line does not start so. Without a 文号 in front, every recipient must name
    a body (各单位要做到以下几点：… is a sentence)."""
    number, rest = leading_doc_number(text)
    if titled := TITLE_BEFORE_GLUED.match(rest):
        rest = rest[titled.end():]
    found = GLUED_RECIPIENTS.match(rest)
    if not found or UNIT_LABEL_RE.match(rest):  # 协办单位:新区审计局、…: a statement's label, no one addressed
        return None, []
    recipients = split_list(found.group("body") or found.group("named"))
    # 市直有关部门: 为切实… — a list not opening with 各 is read only when every part names a body
    # (folded: 常州經開區管委會 names a body as 管委会 does)
    clause = CLAUSE_MARK.search(rest, found.end())
    if number is None and found.group("named") and (not clause or DATELINE.search(rest, found.end(), clause.start())):
        # 国务院安委办:全国燃气事故多发频发 对重点地区开展…: a news headline naming its source, no sentence after, or its
        # site's dateline before the first clause (…明查暗访央视网2021-11-0700:00针对今年以来,…)
        return None, []
    # a salutation to a class of people is a recipient too (各位教职员工: 根据…, 各乡镇居民、志愿者们: 为…; as07, ad06)
    if (number is None or found.group("named")) and not all(names_a_body_or_class(part) for part in recipients) \
            and not (found.group("body") and _class_then_bodies(recipients)):
        return None, []
    return number, recipients


SHORT_CLASS = 8  # a class of places printed short before named bodies (各区教育), no sentence


def names_a_body_or_class(part: str) -> bool:
    return _names_a_body(fold(part)) or part.startswith("各") and _names_a_body(fold(part[1:])) or bool(PEOPLE_ADDRESSEE.search(part))


def _class_then_bodies(recipients: list[str]) -> bool:
    """各区教育、市局直属中学: a short class first (its body's name cut short by the copy), then bodies each — a list, where a
    sentence (各单位要做到以下几点) is one part."""
    return len(recipients) >= 2 and len(recipients[0]) <= SHORT_CLASS and all(names_a_body_or_class(part) for part in recipients[1:])


# ---------------------------------------------------------------- the header window


def continues_title(text: str) -> bool:
    """A line that can carry on a title begun above it (防控期间贫困人口精准帮扶和脱贫攻坚)."""
    return (len(text) <= TITLE_LINE and not re.search(r"[。，；：:,]", text) and match_label(text) is None
            and not DATE_START.match(text) and not is_wrapper_line(text))


def promulgation(text: str) -> Optional[tuple[str, Optional[str], str]]:
    """(body, the order's 文号 or None, the date as printed) of a promulgation note (see PROMULGATION_NOTE); None when
    the line is none or the body it names is no organisation."""
    found = PROMULGATION_NOTE.match(text.strip())
    if not found or not is_organisation_line(found["issuer"]):
        return None
    order = re.sub(r"[ \u3000]", "", found["order"]) if found["order"] else None
    return found["issuer"], found["issuer"] + order if order else None, found["date"]


def split_order_number(texts: list) -> Optional[tuple[int, str]]:
    """(index of its first line, the 文号) of an order's heading printed over two lines (see ORDER_HEADING):
    中华人民共和国卫生部令 / 第 27 号 is 中华人民共和国卫生部令第27号; a copy in traditional script keeps its 號 (北京市人民政府令 /
    第277號), as its other 文号 are kept as printed."""
    for index in range(len(texts) - 1):
        heading, serial = ORDER_HEADING.match((texts[index] or "").strip()), ORDER_SERIAL.match((texts[index + 1] or "").strip())
        if heading and serial:
            return index, f"{heading['issuer']}第{serial['serial']}{serial['mark']}"
        if number := announcement_number(texts[index] or "", texts[index + 1] or ""):
            return index, number
    return None


def announcement_number(heading_line: str, serial_line: str) -> Optional[str]:
    """The number of an announcement whose heading, a body's name and 公告, is printed over its serial (see
    ANNOUNCEMENT_HEADING): 国家税务总局公告 / 2019年第12号 is 国家税务总局公告2019年第12号; None when the lines are not so."""
    heading, serial = ANNOUNCEMENT_HEADING.match(heading_line.strip()), ANNOUNCEMENT_SERIAL.match(serial_line.strip())
    if not heading or not serial or "关于" in heading["body"] or not is_organisation_line(heading["body"]):
        return None
    return f"{heading['body']}{heading['kind']}{serial['year'] or ''}第{serial['serial']}{serial['mark']}"


def bare_order_serial(texts: list, following: str) -> Optional[tuple[int, str]]:
    """(index, the number as printed) of an order's number left alone by a copy that lost the order's heading (see
    ORDER_HEADING): 第251号 as the header's last line, the order's promulgation sentence next (PROMULGATION_SENTENCE).
    Both are needed: a bare 第N号 names no series, and only an order's text goes on by promulgating its rules."""
    if not texts or not PROMULGATION_SENTENCE.match(following or ""):
        return None
    serial = ORDER_SERIAL.match((texts[-1] or "").strip())
    return (len(texts) - 1, re.sub(r"[ \u3000]", "", serial.group(0))) if serial else None


def title_glued_to_header(text: str) -> Optional[tuple[str, str, list[str]]]:
    """(the title's words, the 文号, the recipients) of a line that runs a title's end into its 文号 and recipients (see
    TITLE_NUMBER_RECIPIENTS); None when the line is not so or the words before the number end no title."""
    found = TITLE_NUMBER_RECIPIENTS.match(text)
    if not found:
        return None
    words = found["words"]
    for code in range(NUMBER_CODE[0], min(NUMBER_CODE[1], len(words) - 2) + 1):  # the shortest code that ends a title
        title = words[:-code]
        if is_complete_title(title) and not RED_HEADER.match(title) and re.fullmatch(r"[\u4e00-\u9fff]+", words[-code:]):
            number, recipients = glued_header(text[len(title):])
            return (title, number, recipients) if number and recipients else None
    return None


def title_twice_before_body(text: str) -> Optional[str]:
    """The title a line prints twice before the body's first sentence (see TWICE_BEFORE_BODY), when it is a whole one."""
    found = TWICE_BEFORE_BODY.match(text)
    return found["title"] if found and is_complete_title(found["title"]) else None


def title_before_preamble(text: str) -> Optional[str]:
    """The name a line prints before its preamble (see TITLE_BEFORE_PREAMBLE), when it is a whole title."""
    found = TITLE_BEFORE_PREAMBLE.match(text)
    return found["title"] if found and is_complete_title(found["title"]) and looks_like_title(found["title"]) else None
