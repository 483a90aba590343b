"""Where a notice names itself, never a citation: its own 文号 printed where a header puts it (alone on its
line, after a 文号 label, glued to the recipients) and its own title (printed against its own 文号, or
given as the header's title).

Part of ``extractors.citations``.
"""

from __future__ import annotations

import re
from typing import Iterable

from .brackets import CLOSE_BRACKETS, OPEN_BRACKETS
from .citation_relations import repealed_or_forwarded_after
from .docnumbers import INVISIBLE_CHARS
from .fold import fold
from .mentions import NOISE_CHARS, Mention
from .titles import title_issuer, title_key
from .vocab import Examples

# The line around a header number may hold nothing else but markup, 签发人 and the brackets it is
# printed in under the title: （余府发〔2012〕3号）.
HEADER_LINE_NOISE = re.compile(r"[\s#*>_|\-" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]+")
# A label of a metadata line or table cell before the number: 文    号 武扶组〔2020〕6号 · 【发文字号】… ·
# 发文字号：…  The number it labels is the document's own.
# A header's other labels glued before it with their values lost (a 文库 copy: 等级:平急 密级: 莒政办发电20181号抄送:…)
# label it as well.
OWN_NUMBER_LABEL = re.compile(r"(?:发文字号|发文文号|文\s{0,6}号|字\s{0,6}号|密\s{0,6}级|签\s{0,6}发\s{0,6}人)[\s:：|】\]]{0,6}$")
LABEL_LOOKBACK = 20
# The date a portal prints on the number's line (川办函〔2015〕160号 2015年9月1日 · (汉政发[2008]11号 2008年3月12日)):
# the line is still the header's.
HEADER_LINE_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# The number at the start of a line glued to the recipients that follow it (a copy that lost its line
# breaks): 汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将…
RECIPIENTS_AFTER = re.compile(r"[^\S\n]*各[^。；;\n《》“”]{1,80}?[：:]")
# What a portal prints between the number and the recipients its copy runs into it: its date and a status note
# (川办函〔2015〕160号 2015年9月1日(已失效)各市(州)人民政府,…:).
BEFORE_RECIPIENTS = re.compile(r"[^\S\n]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?[^\S\n]*(?:[（(][^（）()\n]{1,10}[）)])?")
# What may open the line of a number glued to the recipients, besides markup: a database's abstract field (摘 要: |
# 工商明电[2005]37号各省、自治区…:), or the notice's own title glued before it in a copy wrapped at a fixed width
# (《关于稳定基层农业技术推广体系的意见》的通知国办发[1999]79⏎号各省…:). A title's type ends the words before it.
GLUED_HEADER_BEFORE_NUMBER = re.compile(
    r"[^\S\n|]*\|?[^\S\n]*(?:摘\s{0,3}要|内\s{0,3}容\s{0,3}摘\s{0,3}要|正\s{0,3}文|全\s{0,3}文)[^\S\n]*[:：]?[^\S\n]*\|?[^\S\n]*"
    r"|[^\n。；;，,]{0,120}的(?:通知|意见|决定|通报|批复|函|公告|通告|报告|决议|命令)[^\S\n]*")
# A draft's note closing a title (《天津市…工作方案(征求意见稿)》 in a news lead over the plan's own name line, which prints
# the note on a line of its own): the draft of a document is that document.
DRAFT_NOTE = re.compile(r"[ \u3000]*[（(](?:征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|草案)[）)]$")
# The period a plan's name prints in brackets, inside or after it (第十三个五年(2016-2020)规划纲要, 行动方案（2021—2025年）):
# a copy may name the plan with it or without it, the same document.
PERIOD_NOTE = re.compile(r"[ \u3000]*[（(][ \u3000]*(?:19|20)\d{2}[ \u3000]*年?[ \u3000]*[-－—–~～至到]{1,2}[ \u3000]*"
                         r"(?:(?:19|20)\d{2}|\d{2})[ \u3000]*年?[ \u3000]*[）)]")
MAX_HEADER_LINE_CHARS = 200  # a longer line around a number is running text
NON_SPACE = re.compile(r"\S")


def _is_header_number(text: str, start: int, end: int) -> bool:
    """A number alone on its line (or with 签发人) in a longer text: the document's own 文号."""
    # Bounded, so that a text of thousands of numbers is not read whole for each of them.
    floor = max(0, start - MAX_HEADER_LINE_CHARS)
    line_start = text.rfind("\n", floor, start) + 1
    line_end = text.find("\n", end, end + MAX_HEADER_LINE_CHARS)
    if (line_start == 0 and floor > 0) or (line_end == -1 and end + MAX_HEADER_LINE_CHARS < len(text)):
        return False  # a line this long is running text, not a header line
    line_end = len(text) if line_end == -1 else line_end
    rest = HEADER_LINE_NOISE.sub("", text[line_start:start] + text[end:line_end])
    rest = HEADER_LINE_DATE.sub("", NOISE_CHARS.sub("", rest))  # invisible characters too, and the line's date
    alone = not rest or "签发人" in rest
    if alone and _after_title(text, line_start):
        return False  # 《…》\n（国发〔2020〕1号）: a cited title's number on the next line
    return alone and bool(NON_SPACE.search(text, 0, line_start) or NON_SPACE.search(text, line_end))


def _after_title(text: str, at: int) -> bool:
    """Whether the last visible character before ``at`` closes a 《title》."""
    i = at
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in INVISIBLE_CHARS):
        i -= 1
    return i > 0 and text[i - 1] == "》"


def _is_labelled_number(text: str, start: int) -> bool:
    """A number after a metadata label (文号, 发文字号): the document's own."""
    return OWN_NUMBER_LABEL.search(text, max(0, start - LABEL_LOOKBACK), start) is not None


def _is_number_before_recipients(text: str, start: int, end: int) -> bool:
    """A number that starts its line and runs straight into the recipients: the notice's header."""
    between = BEFORE_RECIPIENTS.match(text, end)
    if RECIPIENTS_AFTER.match(text, between.end() if between else end) is None:
        return False
    # Bounded, as in _is_header_number: a line this long before the number is running text.
    floor = max(0, start - MAX_HEADER_LINE_CHARS)
    line_start = text.rfind("\n", floor, start) + 1
    if line_start == 0 and floor > 0:
        return False
    before = text[line_start:start]
    return not HEADER_LINE_NOISE.sub("", before) or GLUED_HEADER_BEFORE_NUMBER.fullmatch(before) is not None


def is_own_number(text: str, start: int, end: int) -> bool:
    """Whether the 文号 at ``text[start:end]`` is where the document states its own number: alone on
    its header line, after a metadata label, or glued to the recipients. Never a citation."""
    return (_is_header_number(text, start, end) or _is_labelled_number(text, start)
            or _is_number_before_recipients(text, start, end))


def glued_to(text: str, mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether one of ``spans`` (文号) is printed right after ``mention``, with only spaces, line
    breaks and brackets between (《…》 then （京政办发〔2016〕26号） on the next line), or right before it
    on its line (京政办发〔2016〕26号《…》). Not a number ending the line above: a header number may be
    followed by the issued document's title (（余府发〔2012〕3号） then 《…办法》已经市政府同意，现印发给你们)."""
    if not spans:
        return False
    after = HEADER_LINE_NOISE.match(text, mention.end)
    after = after.end() if after else mention.end
    before = mention.start
    while before > 0 and text[before - 1] != "\n" and HEADER_LINE_NOISE.fullmatch(text, before - 1, before):
        before -= 1
    return any(start == after or end == before for start, end in spans)


def without_own_title(text: str, mentions: list[Mention], own_spans: list[tuple[int, int]]) -> list[Mention]:
    """``mentions`` less the document's own title: a title printed against its own 文号, and every
    other mention of that title that carries no 文号 of another document (a title printed with another 文号 is
    that document, whatever its name: a city's 实施意见 of one title_key with the province's 《省政府办公厅关于…的
    实施意见》(苏政办发〔2017〕138号) it implements)."""
    own_keys = {title_key(m.title) for m in mentions if glued_to(text, m, own_spans)}
    return [m for m in mentions if m.number is not None or title_key(m.title) not in own_keys] if own_keys else mentions


def without_titles(text: str, mentions: list[Mention], titles: Iterable[str]) -> list[Mention]:
    """``mentions`` less those of one of ``titles`` (compared by ``title_key``) that carry no 文号:
    a title printed with a 文号 of another document is that other document, whatever its name, and so
    is the one it repeals (2005年…印发的《交通警察道路执勤执法工作规范》同时废止: the previous version) or
    forwards (a forward whose page prints the forwarded title: 现将省委宣传部《X》转发给你们), and one a body names
    before it that the notice's own title does not open with (贯彻落实省委、省政府《关于深化国有企业改革的实施意见》
    in 中共天水市委天水市人民政府关于深化国有企业改革的实施意见: the province's opinion of that name)."""
    titles = [title for title in titles if title]
    keys = {key for key in map(title_key, titles + [INNER_TITLE.sub("", t) for t in titles if INNER_TITLE.search(t)]
                                + [PERIOD_NOTE.sub("", t) for t in titles if PERIOD_NOTE.search(t)]) if key}
    if not keys:
        return mentions
    without_period = {title_key(title) for title in titles if not PERIOD_NOTE.search(title)}
    return [m for m in mentions if m.number is not None or not _names_own_title(m.title, keys, without_period)
            or repealed_or_forwarded_after(text, m.end) or _named_by_another_body(text, m.start, titles)
            or _issued_by_another_place(m.title, titles)]


def _names_own_title(title: str | None, keys: set[str], without_period: set[str]) -> bool:
    """Whether a 《title》 names one of the notice's own titles (``keys``, each with its period left out as well): as
    printed, less a draft's note, or less a period the own title does not print (《X(2016-2020)规划纲要》 in a plan
    titled X规划纲要). Two periods name two editions (a 2021-2025 plan citing its 2016-2020 one): a title whose period
    differs from the own title's is another document."""
    bare = _without_draft_note(title)
    if title_key(bare) in keys:
        return True
    return bool(bare) and PERIOD_NOTE.search(bare) is not None and title_key(PERIOD_NOTE.sub("", bare)) in without_period


def _without_draft_note(title: str | None) -> str | None:
    """A 《title》 less its draft's note (DRAFT_NOTE): the draft of the document a page prints is that document."""
    return DRAFT_NOTE.sub("", title) if title else title


def _issued_by_another_place(title: str | None, own_titles: list[str]) -> bool:
    """Whether a 《title》 opens with a place's issuer other than the one every own title opens with: a city's
    鹤岗市人民政府关于全面加强防震减灾工作的意见 implementing its province's 《黑龙江省人民政府关于全面加强防震减灾工作的意见》
    (one title_key, two documents); or with a national body where every own title names an issuer of its own, none
    national (a province's …省人民政府关于加快发展现代农业的意见 implementing 《国务院关于加快发展现代农业的意见》; an own title
    naming no issuer, 关于…, may be the national one's). A title or own title without a leading place (市政府关于…)
    decides nothing."""
    cited_title = fold(title or "")
    if NATIONAL_ISSUER.match(cited_title):
        issuers = [title_issuer(own_title) for own_title in own_titles]
        return bool(issuers) and all(issuer and not NATIONAL_ISSUER.match(issuer + "关于") for issuer in issuers)
    cited = LEADING_PLACE.match(cited_title)
    own = [LEADING_PLACE.match(fold(own_title)) for own_title in own_titles]
    return bool(cited) and bool(own) and all(found and found["place"] != cited["place"] for found in own)


def _named_by_another_body(text: str, start: int, titles: list[str]) -> bool:
    """Whether a body is named right before the 《title》 at ``start`` that none of the notice's own ``titles`` opens
    with (its own issuer before its own title names itself)."""
    found = ISSUER_BEFORE_TITLE.search(text, max(0, start - ISSUER_LOOKBACK), start)
    if not found:
        return False
    issuers = [issuer for issuer in re.split(r"[、和及与]", found.group("issuer")) if issuer]
    return not any(title.startswith(issuer) or issuer in title.split("关于")[0] for issuer in issuers for title in titles)


# A title named inside the notice's own title (关于落实国务院《政府工作报告》重点工作任务分工的通知): a page that read its
# <政府工作报告> as markup names the notice without it (天津市人民政府发布了《关于落实国务院重点工作任务分工的通知》), the same
# notice.
INNER_TITLE = re.compile(r"(?<=.)[《〈<][^《》〈〉<>]{2,40}[》〉>](?=.)")


# The one document an own title says the notice issues: 东莞市人民政府关于印发《东莞市增加…的实施意见》的通知.
OWN_TITLE_ISSUES = re.compile(r"印发《(?P<issued>[^《》]{4,120})》的通知$")


# What follows a title named in a notice's own title: 关于印发《X》的通知 (a body's mention is followed by anything else).
IN_OWN_TITLE_AFTER = re.compile(r"\s*的通知")


def without_the_title_name_of_the_issued(text: str, mentions: list[Mention], own_titles: Iterable[str]) -> list[Mention]:
    """``mentions`` less the name the notice's own title gives the one document it issues, when the body issues that
    document under another name: 关于印发《东莞市增加…的实施意见》的通知 over 现将《东莞市人民政府关于增加…的实施意见》印发给你们
    (y12) is one document named two ways, cited once, by the name the body sends. Only where the title issues one
    document, the title's name is printed only in the title (…》的通知) and never numbered, and the body issues exactly
    one document."""
    issued = {title_key(found["issued"]) for found in (OWN_TITLE_ISSUES.search(fold(own)) for own in own_titles if own)
              if found}
    if len(issued) != 1:
        return mentions
    key = next(iter(issued))
    named = [m for m in mentions if m.title and title_key(m.title) == key]
    if not named or any(m.number or not IN_OWN_TITLE_AFTER.match(text, m.end) for m in named):
        return mentions
    body_issues = {title_key(m.title) for m in mentions
                   if m.title and m.relation == "issues" and not IN_OWN_TITLE_AFTER.match(text, m.end)}
    if len(body_issues) != 1 or key in body_issues:
        return mentions
    return [m for m in mentions if m not in named]


# Bodies named right before a 《title》 (省委、省政府《…》, 省政府办公厅《…》): who issued the document cited. Glued to it, on its
# line (\Z, not $, which also matches before a line break): a body on the line above is a header's issuer line (a legal
# database's 重庆市人民政府 over the rules' name printed again as 《重庆市失业保险规定》), no body naming a title in a sentence.
ISSUER_BEFORE_TITLE = re.compile(r"(?P<issuer>(?:[\u4e00-\u9fff]{1,12}?(?:人民政府|政府|党委|委员会|办公厅|办公室|党组|省委|市委|县委|"
                                 r"区委|厅|局|部|委)[、和及与]?){1,3})\Z")
ISSUER_LOOKBACK = 30
# A place's name opening an issuer before 关于 (黑龙江省人民政府关于…, 鹤岗市人民政府关于…): two to six characters and the
# level that ends them, then the body and 关于 within the issuer's length.
LEADING_PLACE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|省|市|州|盟|县|旗))[^关《》]{0,16}关于")
# A national issuer opening a title before its 关于 (国务院关于… · 国务院办公厅关于… · 中共中央 国务院关于…): no place's.
NATIONAL_ISSUER = re.compile(r"(?:中共中央|国务院|全国人民代表大会|中华人民共和国)[^关《》]{0,16}关于")

EXAMPLES = {
    "GLUED_HEADER_BEFORE_NUMBER": Examples(match=("摘 要: | ", "《关于稳定基层农业技术推广体系的意见》的通知"),
                                           no_match=("现将有关事项通知如下,", "根据《X》")),
    "INNER_TITLE": Examples(match=("关于落实国务院《政府工作报告》重点工作任务分工的通知", "关于落实<政府工作报告>的通知"),
                            no_match=("《政府工作报告》", "关于做好春耕生产工作的通知")),
    "DRAFT_NOTE": Examples(match=("天津市城镇老旧小区更新改造工作方案(征求意见稿)", "社会信用条例（草案）"),
                           no_match=("管理办法(试行)", "行动方案(2020-2022年)", "征求意见稿的通知")),
    "PERIOD_NOTE": Examples(match=("第十三个五年(2016-2020)规划纲要", "行动方案（2021—2025年）", "规划(2016～2020年)",
                                   "规划 (2021-35年)"),
                            no_match=("管理办法(试行)", "2016-2020年规划", "实施方案(2019年)", "(2016-2020年度)")),
    "IN_OWN_TITLE_AFTER": Examples(match=("的通知", " 的通知"), no_match=("印发给你们",)),
    "OWN_TITLE_ISSUES": Examples(match=("东莞市人民政府关于印发《东莞市增加中小学幼儿园学位的实施意见》的通知",),
                                 no_match=("关于转发《省政府关于X的通知》的通知", "关于印发《A》的通知》")),
    "NATIONAL_ISSUER": Examples(match=("国务院关于加快发展现代农业的意见", "国务院办公厅关于加强节能工作的通知", "中共中央 国务院关于…"),
                                no_match=("某省人民政府关于加快发展现代农业的意见", "关于落实国务院部署的通知")),
    "LEADING_PLACE": Examples(match=("黑龙江省人民政府关于全面加强防震减灾工作的意见", "鹤岗市人民政府关于全面加强防震减灾工作的意见"),
                              no_match=("市政府关于授予肖颖等同志见义勇为称号的决定", "关于印发《江西省全民健身实施计划》的通知")),
    "ISSUER_BEFORE_TITLE": Examples(match=("贯彻落实省委、省政府", "和省政府办公厅"),
                                    no_match=("结合我市实际", "根据", "重庆市人民政府\n", "山西省人民政府\n")),
    "OWN_NUMBER_LABEL": Examples(match=("文    号 ", "【发文字号】", "发文字号：", "密级: "), no_match=("文件", "密级:秘密 ")),
    "RECIPIENTS_AFTER": Examples(match=("各县(市、区)人民政府,市政府各部门、各直属机构:",), no_match=("文件指出：",)),
    "BEFORE_RECIPIENTS": Examples(match=(" 2015年9月1日(已失效)",)),  # matched at the number's end; may be empty
    "HEADER_LINE_DATE": Examples(match=("2015年9月1日",), no_match=("2015年9月",)),
    "HEADER_LINE_NOISE": Examples(match=("（", " ", "#"), no_match=("号",)),
    "NON_SPACE": Examples(match=("国开发〔2020〕3号",), no_match=("\n　　 \t",)),
}
