"""A notice's title among the lines of its header window: title blocks (a title split over lines, joint
issuers one a line above it, a 文库's file title), cleaned of a copy's tags, brackets, repeats and trailing
文号, and the issuer a title names before 关于."""

from __future__ import annotations

import re
from typing import Optional

from extractors.docnumbers import parse_doc_number
from extractors.fold import fold
from extractors.titles import PAGE_TITLE_NOTE, SPACED_DOC_NUMBER, title_key
from extractors.unit_names import leading_place
from extractors.vocab import Examples

from pipeline.document.beside_name import TITLE_WORD, is_rules_name
from pipeline.document.elements import ORGANISATION_END, RED_HEADER, is_complete_title, is_masthead, is_organisation_line, cut_issuer_row
from pipeline.document.header_lines import LONG_TITLE, TRAILING_DATE_NUMBER, TRAILING_DOC_NUMBER, continues_title, looks_like_title
from pipeline.document.publisher import SHORT_FORM_ISSUER
from pipeline.document.wrapper import is_wrapper_line

# A title printed in title brackets: 《北京市人民政府办公厅关于印发〈…〉的通知》
BRACKETED_TITLE = re.compile(r"^《(?P<title>.+)》$")
# What a copy prints before a title on its line: a category tag (【规范性文件】) or a place and a colon
# (北京:关于印发…); a title itself holds neither.
# What a copy puts before a title: a bracketed tag (【通知公告】), a label (标题：关于…), a site's category
# in quotes set apart by a space (“党政混合信息公开” 中共…办公室…印发《…》的通知).
TITLE_PREFIX = re.compile(
    r"^(?:【[^】]{2,8}】|【[^】]{9,20}】(?=[^\s】]{2,40}?(?:关于|關於|關于))|(?!转发|轉發)[\u4e00-\u9fff]{2,6}[:：](?=关于|關於)|“[\u4e00-\u9fff]{2,12}”(?=[ \u3000])"
    r"|[\u4e00-\u9fff]{2,6}[丨｜](?=[\u4e00-\u9fff]{2,40}(?:关于|關於|關于))"  # 政务服务丨济宁市人民政府关于…
    r"|\[[\u4e00-\u9fff]{2,8}\](?=[ \u3000]|关于|關於|關于)"  # a forum board's label: [城市建设] 国务院办公厅关于…, a site's tag: [住建部]关于…
    r"|(?:问题|题目|试题|题干)[ \u3000]+(?=\S)"
    r"|(?:范文|范文资料|范例|模板|例文)[:：]"
    # a breadcrumb glued before the page's title, its crumbs set apart by spaces (EHS中国 法规首页 兰州市…的通知)
    r"|(?:[^\s]{1,20}[ \u3000]+){0,3}[^\s]{0,8}(?:首页|首頁|主页|主頁)[ \u3000]+(?=\S)"
    r"|[•·▪◆■●][ \u3000]*"
    # a collection's label in brackets before a title, its year and kind (2008年市教育局通知)关于…
    r"|[（(](?:19|20)\d{2}年[^（）()]{1,12}[）)](?=关于|關於|關于))[ \u3000]*")  # a list's bullet before a title (• 市人民政府辦公室關于…)  # a 范文 site's label: 范文资料:全县…实施方案  # an exam site's label: 问题    ××省人民政府关于…
# A 范文 site's number after a copy's title (实行交通管制的通告『范文21』, 國慶節期間的交通通告 篇1, 交通管制通告1, 县区推行河长制的
# 方案一, 幼兒園愛國衛生月活動方案【1】) and a
# table of contents' word after the title of what it lists (…应急预案目录): no part of the title.
COPY_NUMBER = re.compile(r"[ \u3000]*(?:[『【\[](?:范文|模板|范例|例文)?\d{1,3}[』】\]]|篇[一二三四五六七八九十\d]{1,3}|\d{1,2}|目录|目錄"
                         # the copy's number in words glued after a type: 县区推行河长制的方案一
                         r"|(?<=方案|通知|通告|意见|预案)[一二三四五六七八九十])$")
# A file's list number before its heading, zero-padded as a folder's listing pads it (03城市供水价格管理办法(…), 01 关于…的通知,
# 002.…实施方案): an upload's or an archive's numbering of its files, no part of the title. A title's own figures never
# start with 0 (2021年…, 110宣传日…, 12345热线…), nor does a date's month before 年/月/日.
FILE_LIST_NUMBER = re.compile(r"^0\d{1,2}[ \u3000._、．-]?(?=[\u4e00-\u9fff])(?![年月日号號])")
# A wiki's note of the place a text belongs to, in brackets after its title and a space (…的通告(第6號) (玉環市)): no part
# of the title, which closes before the space (…的通知(试行) and …的通告(长垣市交通管理局) keep theirs).
PLACE_NOTE = re.compile(r"[ \u3000]+[（(][\u4e00-\u9fff]{1,8}(?:省|市|县|區|区|州|旗|盟|縣)[）)]$")
# A cell border after a title copied from a table row (…的通知 |); a 文库 file's extension (…整治方案 .doc).
TITLE_SUFFIX = re.compile(r"[ \u3000]*[|｜][ \u3000|｜]*$|[ \u3000]*\.(?:docx?|pdf|wps|txt)$", re.I)
ABOUT = re.compile("关于|關於|關于")  # the word between the issuer and the subject of a title
TITLE_VERB = re.compile("关于|關於|關于|印发|印發|转发|轉發|下发|下發")  # what opens a title's subject
TITLE_OPENERS, TITLE_CLOSERS = "《〈<", "》〉>"
# The first word after the issuer in a title: 关于, or the verb of a forward or an issue (兰州市人民政府办公厅
# 转发省…关于…的通报的通知: the issuer ends before 转发, not before the forwarded notice's 关于).
ISSUER_ENDS = re.compile("关于|關於|關于|转发|轉發|印发|印發")
# What ends the issuer's name a title begins with: ISSUER_ENDS, or a headline's 下发 (安平县防汛抗旱指挥部紧急下发…的通知: the
# body that sent the notice down, an urgent one's 紧急 before the verb). Not a news headline's 住建部下发通知 (a notice it reports,
# not names: no issuer, as j24 is annotated).
TITLE_ISSUER_VERB = re.compile(ISSUER_ENDS.pattern + "|(?:紧急|緊急)?(?:下发|下發)(?!了?(?:通知|文件))")
# The year a report's title gives after its author: 南县住房和城乡建设局2018年度…报告.
TITLE_YEAR = re.compile(r"(?<=[局委厅室府办处])(?:19|20)\d{2}年")
# A plan's period printed alone on the line under its name (南京市生态河湖行动计划 / (2018-2020年)): the end of the name, as
# the same period printed on the name's line is (…实施方案(2019-2020年)); a title block closed at the name takes it.
PERIOD_LINE = re.compile(r"^\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:[-—–－~～―]{1,2}|至)\s*(?:19|20)\d{2}\s*年?\s*[）)]\s*$")

EXAMPLES = {
    "TITLE_PREFIX": Examples(match=("【规范性文件】长沙市人民政府办公厅关于印发…的通知", "北京:关于印发《北京市乡村振兴责任制实施细则》的通知", "政务服务丨济宁市人民政府关于持续深化改革的实施意见",
                                   "“党政混合信息公开” 中共静安区委办公室印发《…》的通知", "[城市建设] 国务院办公厅关于2024年部分节假日安排的通知", "[住建部]关于做好农民工工资支付工作的通知", "【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知",
                                   "问题                ××省人民政府关于表彰全省民族团结进步模范个人的决定",
                                   "范文资料:全县重大政策宣传解读工作实施方案", "EHS中国 法规首页 兰州市人民政府办公室关于印发《预案》的通知",
                                   "• 市人民政府辦公室關于印發《細則》的通知", "(2008年市教育局通知)关于进一步规范学校学籍管理工作的通知"),
                             no_match=("关于印发《要点》的通知", "《条例》:第一条", "【市政府重点工作及责任分解的工作安排】", "丨关于印发方案的通知", "转发医学部:关于重申公文交换工作规范的通知", "“十四五”规划", "“放管服”改革的通知", "问题清单整改方案",
                                       "关于加强网站首页管理的通知")),
    "COPY_NUMBER": Examples(match=("实行交通管制的通告『范文21』", "國慶節期間的交通通告 篇1", "交通管制通告1", "涿鹿县煤矿事故灾难应急预案目录",
                                   "县区推行河长制的方案一", "2021幼兒園愛國衛生月活動方案【1】", "春季开学安全工作方案【3】"),
                            no_match=("关于2023年1号文件的通知", "产业结构调整指导目录（2024年本）", "关于落实“一法一方案一”的通知")),
    "FILE_LIST_NUMBER": Examples(match=("03城市供水价格管理办法", "01 关于做好防汛工作的通知", "002.乡镇安全生产实施方案", "07、学校食品安全管理制度"),
                                 no_match=("2021年防汛工作方案", "110宣传日活动方案", "12345热线管理办法", "03月工作安排的通知", "3城市规划")),
    "PLACE_NOTE": Examples(match=("關於加強疫情防控工作的通告(第6號) (玉環市)", "关于…的通知　（余姚县）"),
                           no_match=("关于…的通知(试行)", "关于…的通告(长垣市交通管理局)", "关于…的通知(玉环市)")),
    "TITLE_SUFFIX": Examples(match=("…的通知 |", "…的通知｜", "2022年镇容和环境卫生集中整治方案 .doc"), no_match=("…的通知", "| 索引号", "关于.doc格式的通知")),
    "ISSUERS_THEN_VERB": Examples(match=("鹤岗市人民政府 鹤岗市中级人民法院印发", "省财政厅转发"), no_match=("关于印发", "现予印发,请遵照执行")),
    "TITLE_ISSUER_VERB": Examples(match=("安平县防汛抗旱指挥部紧急下发撤离…的通知", "市农业局下发…的通知", "太湖县人民政府关于印发"),
                                  no_match=("做好防汛工作的通知", "住建部下发通知 综合管廊建设进展一周一报")),
    "ISSUER_ENDS": Examples(match=("兰州市人民政府办公厅转发省…", "中共岳阳市委办公室印发《…》", "太湖县人民政府关于印发"),
                            no_match=("商业特许经营备案管理办法",)),
    "TITLE_YEAR": Examples(match=("南县住房和城乡建设局2018年度整体支出绩效评价报告",), no_match=("关于2018年度…的通知",)),
    "PERIOD_LINE": Examples(match=("(2018-2020年)", "（2021—2025年）", "(2008—2012年)", " (2023年-2025年) ", "（2019至2020年）"),
                            no_match=("(2018-2020年)的通知", "(试行)", "2018-2020年", "（2020年）")),
    "TITLE_TAIL_START": Examples(match=("(2023—2025年)的通知", "的通知", "（试行）的通知"), no_match=("重点任务责任落实分工的通知", "关于…的通知")),
    "BRACKETED_TITLE": Examples(match=("《北京市人民政府办公厅关于印发〈要点〉的通知》",), no_match=("关于印发《要点》的通知",)),
    "TITLE_VERB": Examples(match=("关于印发", "转发省政府", "印發"), no_match=("县级考核依据", "新余市城乡建设投资(集团)")),
    "ISSUING_ACT": Examples(match=("关于印发滁州市…办法的通知", "关于转发市财政局…的通知", "关于批转…规定的通知"),
                            no_match=("关于加强预算管理的通知",)),
    "ABOUT": Examples(match=("太湖县人民政府关于印发", "貴州省人民政府辦公廳關於"), no_match=("兰州市人民政府办公厅转发省…的通报",)),
}


def title_candidates(texts: list[str]) -> list[tuple[str, int]]:
    """(title, index of its last line) for each block of title lines. A block starts with a title
    line or an organisation line, takes the lines that carry the title on, and ends at a line that
    completes a title; an organisation line joins the title below it."""
    candidates, block, period_at = [], [], None
    for index, text in enumerate(texts):
        if index == period_at:
            continue  # the period line a title block above took
        if block and index != block[-1][0] + 1:  # a wrapper line between: the block ended there
            candidates.append(_join_block(block))
            block = []
        if text is None or is_masthead(text):
            if block:  # a bulletin's masthead ends a block as a wrapper line does
                candidates.append(_join_block(block))
                block = []
            continue
        following = texts[index + 1] if index + 1 < len(texts) else None
        # a line that opens with a title's verb (转发温州市推行… under 瑞安市人民政府办公室) begins a title
        # even when its document type is on the next line
        # (国务院办公厅转发农业部等部门 / 《关于…的意见》的通知: an issuer, its verb and the forwarded notice's issuers begin one)
        starts = looks_like_title(text) or is_organisation_line(text) or not block and _begins_split_title(text, following) \
            or bool(ISSUER_ENDS.match(text)) and continues_title(text) or _issuers_then_verb(text) \
            or not block and continues_title(text) and issuer_of_title(text) is not None
        carries_on = block and continues_title(text) and any(looks_like_title(t) for _, t in block)
        if starts or carries_on:
            if block and _names_its_issuer(text) and not all(is_organisation_line(t) for _, t in block):
                candidates.append(_join_block(block))  # a title naming its issuer starts anew (under a 文库's file title)
                block = []
            elif block and text in texts[:block[0][0]] and all(is_organisation_line(t) for _, t in block):
                block = []  # the page's headline again under its table, whose last value is the body above it
            block.append((index, text))
            if is_complete_title(_without_date_number_note(text)) and not is_organisation_line(text) and not _ends_before_its_type(text, following) \
                    and not _leaves_its_bracket_open(block, following):
                if following is not None and PERIOD_LINE.match(following):
                    period_at = index + 1
                    block.append((period_at, following))
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
def _without_date_number_note(text: str) -> str:
    """``text`` without the (date 文号) note a file's heading ends with (TRAILING_DATE_NUMBER): the heading is a whole title,
    ending its block, so the text's own name printed under it is a candidate of its own."""
    return TRAILING_DATE_NUMBER.sub("", text) if text.endswith((")", "）")) else text


ISSUERS_THEN_VERB = re.compile(r"^(?P<issuers>(?:[^，,。：:；;\s]{1,40}?(?:政府|院|局|委|厅|办|室|部|会|署|中心|小组)[ \u3000]*){1,8})"
                               r"(?:联合)?(?:印发|转发|印發|轉發)$")


def _issuers_then_verb(text: str) -> bool:
    found = ISSUERS_THEN_VERB.match(text)
    return bool(found) and all(is_organisation_line(name) for name in found.group("issuers").split())


def _begins_split_title(text: str, following: Optional[str]) -> bool:
    """A title's first line without a title word (新余市城乡建设投资(集团)), the next line completing it
    (有限公司管理办法). A complete title that opens with its place (石城县2018年度…考核细则) starts anew under a line that
    names no place and no title verb (a page's label, 县级考核依据): no split title's second line opens so."""
    return (bool(following) and continues_title(text) and continues_title(following)
            and not ABOUT.search(following) and is_complete_title(following)
            and not (leading_place(following) and not leading_place(text) and not TITLE_VERB.search(text)))


# The start of a title's last line that only finishes the line above: its period in brackets and its own type
# (关于印发…三年行动计划 / (2023—2025年)的通知), or the type alone (…工作方案 / 的通知).
TITLE_TAIL_START = re.compile(r"^(?:[（(][^（）()]{1,16}[）)]|的)")


def _leaves_its_bracket_open(block: list[tuple[int, str]], following: Optional[str]) -> bool:
    """A title block whose 《 is not closed yet (鞍山市人民政府关于印发 / 《2024年市〈政府工作报告〉任务分解 / 和责任分工方案》的通知):
    the issued plan's name, and the title with it, go on on the next line, whatever type word the line ends with."""
    joined = "".join(text for _, text in block)
    return bool(following) and continues_title(following) and joined.count("《") > joined.count("》") \
        and "》" in following


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


def _joint_list_goes_on(organisations: str, title: str) -> bool:
    """Whether an organisation line above a title that names its issuers is the first line of those issuers: the title
    opens with several names set apart by spaces (工業和信息化部 公安部 …關于印發…) and the line above names others
    (農業農村部 最高人民法院 最高人民檢察院): seven joint issuers printed over two lines. One issuer under a fuller
    form of its own name (山东省菏泽市人民政府办公室 over 菏泽市人民政府办公室关于…) is a repeat, no list."""
    about = ABOUT.search(title)
    named = title[:about.start()].split() if about else []
    if len(named) < 2 or not all(is_organisation_line(name) for name in named):
        return False
    return not any(name in organisations or organisations in name for name in named)


def _join_block(block: list[tuple[int, str]]) -> tuple[str, int]:
    lines = [text for _, text in block]
    while len(lines) > 1 and is_organisation_line(lines[0]) and _names_its_issuer(lines[1]) \
            and not _joint_list_goes_on(lines[0], lines[1]):
        lines.pop(0)  # 山东省菏泽市人民政府办公室 above a title that names its issuer already
    # 山东省农业厅 / 山东省财政厅 / 关于…: issuer lines above the title's first words start the title (a 标题 is
    # issuer + subject + type; CONVENTIONS.md C3); issuer_of_title reads them back as the issuers. The departments
    # of a forwarded 办法 above its bare name (…实施办法, no 关于 or 印发) are its issuers only: a rules text's name
    # never carries its issuer (p14)
    joint = leading_organisations(lines)
    if joint and len(lines) > len(joint):
        lines = joint + [_unbracketed(line) for line in lines[len(joint):]]
    rest = lines[len(joint):]
    if joint and rest and not ISSUER_ENDS.match(rest[0]) and is_complete_title("".join(rest)) \
            and (len(joint) >= 2 or _a_bracketed_name_alone(rest) or is_rules_name("".join(rest))):
        lines = rest  # (one body over a 公文's title starts it, C3's issuer block; over a rules name it is no part)
    return " ".join(lines), block[-1][0]


def _a_bracketed_name_alone(rest: list[str]) -> bool:
    """One line printed whole in 《》 under an issuer's line (重庆市人民政府 / 《重庆市失业保险规定》): a rules text's name, which
    never carries its issuer (p14's form, read for one issuer line where its brackets set the name apart)."""
    return len(rest) == 1 and bool(BRACKETED_TITLE.match(rest[0].strip())) and "》" not in rest[0].strip()[1:-1]


def _unbracketed(line: str) -> str:
    """A title line printed whole in 《》 under its issuer's line, opening with 关于, 转发 or 印发 (某某市人民政府 /
    《关于…的通知》): C3's title block without the brackets, which hold the whole title, not a document it cites
    (BRACKETED_TITLE: one pair, nothing outside it). A rules text's name in 《》 (《某某市…规定》) is no 公文 title its
    issuer starts, and stays as printed."""
    bracketed = BRACKETED_TITLE.match(line.strip())
    inner = bracketed.group("title") if bracketed else ""
    return inner if inner and "》" not in inner and ISSUER_ENDS.match(inner) else line


def leading_organisations(texts: list) -> list[str]:
    """The organisation lines at the start of ``texts`` (joint issuers print one name a line)."""
    names = []
    for text in texts:
        if not (text and is_organisation_line(text)):
            break
        names.append(cut_issuer_row(text) or text)  # a database's row cut with 等: the bodies it prints
    return names


SHORTEST_CUT_COPY = 6  # characters of a cut copy of the title glued before the whole one, at least


def _collapse_repeats(title: str) -> str:
    """A title printed twice or three times on one line counts once; so does a title glued after a copy of it that lost
    its beginning (乡2020年…实施方案XX乡2020年…实施方案, a 文库's cut file name before the plan's name): the whole copy."""
    bare = re.sub(r"\s+", "", title)
    for times in (3, 2):
        if len(bare) % times == 0 and bare == bare[:len(bare) // times] * times:
            return title[:len(title) // times].strip() if title.count(" ") == 0 else _first_copy(title, bare, times)
    for cut in range(SHORTEST_CUT_COPY, len(bare) // 2):
        if bare.endswith(bare[:cut]) and is_complete_title(bare[:cut]) and is_complete_title(bare[cut:]):
            return bare[cut:]
    return _after_a_cut_headline(_own_title_after_file_name(title))


def _after_a_cut_headline(title: str) -> str:
    """A page's headline cut short and left open (《广东省进一步…生长实行) glued before the notice's title, which names
    what it issues in the same words (广东省人民政府办公厅关于印发广东省进一步…生长实行方案的通知): that title, from the longest
    cut its own words hold on."""
    bare = re.sub(r"\s+", "", title)
    if not bare.startswith("《") or "》" in bare[:SHORTEST_CUT_COPY + 1]:
        return title
    for end in range(len(bare) - SHORTEST_CUT_COPY, SHORTEST_CUT_COPY, -1):
        cut, rest = bare[1:end], bare[end:]
        if "》" not in cut and cut in rest and ABOUT.search(rest) and is_complete_title(rest) and issuer_of_title(rest):
            return rest
    return title


MIN_REPEATED_TITLE = 6  # a repeated tail shorter than this is no title (…工作方案方案)


def _own_title_after_file_name(title: str) -> str:
    """A 文库 copy's file name glued to the document's own title, which the name ends with (2020年家庭医生签约服务方案 +
    家庭医生签约服务方案: the name adds the year): the document's own title, the second (the converse of a cut copy
    before the whole title, which _collapse_repeats reads above)."""
    if any(char.isspace() for char in title):
        return title
    for cut in range(len(title) // 2 + 1, len(title) - MIN_REPEATED_TITLE + 1):
        own = title[cut:]
        if title[:cut].endswith(own) and is_complete_title(own):
            return own
    return title


def _first_copy(title: str, bare: str, times: int) -> str:
    wanted, taken = len(bare) // times, 0
    for position, char in enumerate(title):
        if not char.isspace():
            taken += 1
        if taken == wanted:
            return title[:position + 1].strip()
    return title


def clean_title(title: str) -> tuple[str, Optional[str]]:
    """The title without a copy's prefix, title brackets, repeats and a trailing (文号); and that 文号."""
    title = PAGE_TITLE_NOTE.sub("", TITLE_SUFFIX.sub("", TITLE_PREFIX.sub("", title.strip())))
    number = None
    trailing = TRAILING_DOC_NUMBER.search(title) or SPACED_DOC_NUMBER.search(title)
    if trailing and (parsed := parse_doc_number(trailing.group("number"))):
        number, title = parsed.normalised, title[:trailing.start()].strip()
    title = _collapse_repeats(title)
    if (place := PLACE_NOTE.search(title)) and is_complete_title(title[:place.start()]):
        title = title[:place.start()]
    if (numbered := COPY_NUMBER.search(title)) and is_complete_title(title[:numbered.start()]):
        title = title[:numbered.start()]
    if (listed := FILE_LIST_NUMBER.match(title)) and is_complete_title(title[listed.end():]):
        title = title[listed.end():]
    bracketed = BRACKETED_TITLE.match(title)
    if bracketed and "》" not in bracketed.group("title"):
        title = bracketed.group("title")
    return title, number


TABLE_NAME = 60  # a table's 名称 value longer than this is no name (a paragraph the copy ran into the cell)


def _table_name(named: str) -> bool:
    """A table's 名称 value that reads as a name: words, no sentence's punctuation, no number of its own alone."""
    return 4 <= len(named) <= TABLE_NAME and not re.search(r"[。，,；;：:！？!?]", named) and bool(re.search(r"[\u4e00-\u9fff]{4}", named))


def _balanced(title: str) -> bool:
    """Whether every title bracket opened in ``title`` is closed (a copy can lose one: …要点》的通知)."""
    return all(title.count(opening) == title.count(closing) for opening, closing in ("《》", "〈〉", "（）", "()"))


def _without_title_brackets(title: str) -> str:
    return re.sub(f"[{TITLE_OPENERS}{TITLE_CLOSERS}]", "", title)


SHORTENED_NAME_ENDING = 4  # characters a shortened name shares with the end of the full one (突发公共事件总体应急预案), at least


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with words of its name left out: the same first character, the same ending (its
    subject and type), and every character of ``short`` in ``full`` in order (金华开发区突发公共事件总体应急预案 for
    金华经济技术开发区管委会突发公共事件总体应急预案): a page's table and headline shorten the name
    a document prints in full over its text."""
    if len(short) >= len(full) or short[:1] != full[:1] or short[-SHORTENED_NAME_ENDING:] != full[-SHORTENED_NAME_ENDING:]:
        return False
    remaining = iter(full)
    return all(character in remaining for character in short)


def choose_title(candidates: list[tuple[str, int]], named: Optional[str]) -> Optional[str]:
    """The notice's title among the window's candidates: complete before incomplete, the text the
    information table names (名称/标题), the most often printed, then the last."""
    if not candidates:  # the name the page's table gives the document, with or without a document type (…部室简介)
        return named if named and (is_complete_title(named) or _table_name(named)) else None
    folded = [re.sub(r"\s+", "", title) for title, _ in candidates]
    named_folded = re.sub(r"\s+", "", named or "")

    unbracketed = [_without_title_brackets(title) for title in folded]

    def runs_two_together(title: str) -> bool:
        # another candidate's title with a second heading glued after it (新乡长垣市关于…的通告(长垣市交通管理局) and
        # 关于…的通告 joined when a copy lost the line break between them)
        return any(title != other and title.startswith(other) and is_complete_title(title[len(other):])
                   for other in folded if is_complete_title(other))

    def rank(item):
        # the same title printed with and without its 《》 (a page heading drops them): printed twice,
        # and the copy with the brackets is the notice's own
        position, (title, _) = item
        return (is_complete_title(title), not runs_two_together(folded[position]), folded[position] == named_folded, _balanced(title),
                unbracketed.count(unbracketed[position]), unbracketed[position] != folded[position], position)

    best = max(enumerate(candidates), key=rank)[1][0]
    # a copy that lost the title's beginning (常务委员会监督法 under 中华人民共和国各级人民代表大会): the
    # whole title printed elsewhere wins
    best_folded = re.sub(r"\s+", "", best)
    longer = [title for title, _ in candidates if re.sub(r"\s+", "", title).endswith(best_folded)
              and len(re.sub(r"\s+", "", title)) > len(best_folded) and is_complete_title(title)
              and not _acts_on_rules(re.sub(r"\s+", "", title), best_folded)]
    if longer and folded.count(best_folded) == 1:
        best = max(longer, key=len)
    elif own_issuers := [title for title in longer if _issuers_before(title, best_folded)]:
        # a page's headline printed twice without its issuers over the notice's own title line that prints them (民政部、
        # 人事部关于…的通知 under 关于…的通知 twice, ce02): the title is the issuer and subject (CONVENTIONS C3)
        best = own_issuers[-1]
    # the name a page's table and headline shorten, printed in full by the document's own heading below them
    below = max(position for title, position in candidates if re.sub(r"\s+", "", title) == re.sub(r"\s+", "", best))
    fuller = [title for title, position in candidates if position > below and is_complete_title(title)
              and abbreviates(re.sub(r"\s+", "", best), re.sub(r"\s+", "", title))]
    if fuller:
        best = fuller[-1]
    if not is_complete_title(best) and named and is_complete_title(named):
        return named
    return best


def _acts_on_rules(headline: str, name: str) -> bool:
    """Whether ``headline`` is a page's headline naming the act on the rules text ``name`` heads (转发山西省住房和城乡建设厅
    城镇燃气经营许可管理办法 over the rules headed 城镇燃气经营许可管理办法): the verb opens it, with no issuer before it, so it is
    no fuller copy of the rules' name, which carries no issuer (CONVENTIONS.md C3)."""
    verb = TITLE_WORD.match(headline)
    return bool(verb) and is_rules_name(name) and headline.endswith(name)


def _issuers_before(title: str, shorter: str) -> bool:
    """Whether ``title`` is ``shorter`` (space-free) with its issuer's name before it, printed on the title's own line: no
    space in it, so no database's issuing-body line set before a headline (湖北省武汉市人民政府 关于批转…, s06)."""
    if re.search(r"\s", title.strip()):
        return False
    issuer = issuer_of_title(title)
    return bool(issuer) and title.strip() == issuer + shorter


def title_over_number(candidates: list[tuple[str, int]], kept: list[Optional[str]], number_at: Optional[int],
                      chosen: Optional[str]) -> Optional[str]:
    """The notice's own 公文 title (关于…) printed straight over its 文号, the last of its header before the recipients (the
    order of GB/T 9704's 标题, 发文字号, 主送机关), when the title chosen by the window's counts names another text: a legal
    database heads the page with the rules the notice forwards, twice (武汉市…管理规定(2005年) over 关于批转…规定的通知 /
    武政〔2005〕32号 / 各区人民政府…:, s06). ``kept``: the window's lines, None for the 文号's and for wrapper lines;
    ``number_at``: the 文号's line among them."""
    if number_at is None or any(kept[number_at + 1:]) or not chosen:
        return None
    at = next((i for i, (_, position) in enumerate(candidates) if position == number_at - 1), None)
    own = candidates[at][0] if at is not None else None
    if own and at >= 2 and candidates[at - 1][0] in [title for title, _ in candidates[:at - 1]] \
            and " " in own and is_organisation_line(own.split(" ", 1)[0]):
        # a legal database's issuing-body line between its two copies of the headline and the notice's own title (湖北省
        # 武汉市人民政府 ⏎ 关于批转…, CONVENTIONS C3): the database's field, no part of the title
        own = own.split(" ", 1)[1]
    if own is None or "关于" not in fold(own) or not is_complete_title(own) or title_key(own) == title_key(chosen) \
            or title_key(chosen) in (title_key(own) or "") and not _issues_text(title_key(own), title_key(chosen)):
        return None
    return own


# The act of a notice whose title names the text it brings out (关于印发…办法的通知, 关于转发…): the text named after it is
# that text, another document than the notice.
ISSUING_ACT = re.compile("印发|转发|批转|发布")


def _issues_text(own: str, chosen: str) -> bool:
    """Whether the notice's own title ``own`` (title_key form) issues or forwards the text ``chosen`` names: a legal
    database heading its page with the rules' name (滁州市…确定办法 over 关于印发滁州市…确定办法的通知)."""
    return any(own.startswith(chosen, act.end()) or own.startswith("《" + chosen, act.end())
               for act in ISSUING_ACT.finditer(own))


def marked_title(lines: list, end: int, headings: frozenset[int]) -> Optional[str]:
    """The title a copy marks as such: its first line that is not wrapper, when that line was a
    level-1 Markdown heading (``headings``: indices of such lines) and no longer than a title. A
    版头 set as a heading (# 国务院扶贫开发领导小组文件) is no title."""
    first = next((i for i in range(min(end + 1, len(lines))) if not is_wrapper_line(lines[i].text)), None)
    if first is None or first not in headings or len(lines[first].text) > LONG_TITLE:
        return None
    if RED_HEADER.match(lines[first].text):
        return None
    return clean_title(lines[first].text)[0]


def issuer_of_a_fuller_copy(candidates: list[tuple[str, int]], title: str) -> Optional[str]:
    """The issuers a copy of the chosen title prints before it (a legal database's 财政部 国家发展和改革委员会
    工业和信息化部关于开展…的通知 under two bare 关于开展…的通知): the title is the bare form, printed more."""
    for candidate, _ in candidates:
        bare = DASH_RUN.sub("-", re.sub(r"\s+", "", candidate))
        if bare != DASH_RUN.sub("-", title) and bare.endswith(DASH_RUN.sub("-", title)) \
                and (issuer := issuer_of_title(candidate)):
            return issuer
    return None


# A run of dashes of any kind: a portal's headline writes 实施计划(2021--2025年) over the notice's (2021-2025年).
DASH_RUN = re.compile(r"[-—–－─]+")
EXAMPLES["DASH_RUN"] = Examples(match=("--", "—", "－"), no_match=("一", "至"))


def issuer_of_title(title: str) -> Optional[str]:
    """The issuer a title begins with (菏泽市人民政府办公室关于…), unless it is a short form without its place
    (省人民政府, 市政府办公厅) or a place alone (卢市镇, 望都县): neither is a 发文机关's full name (CONVENTIONS.md C9)."""
    verb = TITLE_ISSUER_VERB.search(title) or TITLE_YEAR.search(title)  # …局2018年度整体支出绩效评价报告
    if not verb or verb.start() == 0:
        return None
    prefix = TITLE_PREFIX.sub("", re.sub(r"\s+", " ", title[:verb.start()]).strip())  # a copy's bullet or tag is no name
    if ORGANISATION_END.search(prefix) and not SHORT_FORM_ISSUER.match(prefix):
        return prefix
    return None


# A site's tag before a title naming the body it files the notice under ([住建部]关于做好…的通知): the issuer,
# when it is a body's name (a column's tag, [城市建设] or 【通知公告】, names none).
TITLE_TAG = re.compile(r"^[\[【](?P<name>[\u4e00-\u9fff]{2,12})[\]】]")
EXAMPLES["TITLE_TAG"] = Examples(match=("[住建部]关于做好2021年元旦春节期间有关工作的通知", "【教育部】关于…的通知"),
                                 no_match=("关于印发《要点》的通知", "〔2021〕5号"))


def issuer_of_tag(candidates: list[tuple[str, int]], title: str) -> Optional[str]:
    """The body a site's tag before the chosen title names ([住建部]关于…): see TITLE_TAG."""
    for candidate, _ in candidates:
        tagged = TITLE_TAG.match(candidate.strip())
        if tagged and re.sub(r"\s+", "", clean_title(candidate)[0]) == title and is_organisation_line(tagged.group("name")):
            return tagged.group("name")
    return None


# The words before a 《title》 that make it the document a notice acts on (為落實《X》, 根据《X》, 按照…《X》): a line
# printing that title alone above the body is a link to X, not the notice's own title (av03's 《關于發行消費券…的通知》
# over 為落實《關于發行消費券…的通知》(魯商字〔2020〕36號)).
ACTS_ON_BEFORE = re.compile(r"(?:落实|落實|根据|根據|按照|依据|依據|贯彻|貫徹|执行|執行|转发|轉發)[^《》。\n]{0,12}$")
EXAMPLES["ACTS_ON_BEFORE"] = Examples(match=("為落實", "根据省政府办公厅", "贯彻落实"), no_match=("现将", "印发了", "为落实。"))
BODY_PROBE = 600  # the body's opening, where a notice names what it acts on


def acted_on_by_body(title: str, body: str) -> bool:
    """Whether the body's opening names ``title`` in 《》 as the document it acts on (see ACTS_ON_BEFORE)."""
    opening = re.sub(r"\s+", "", body[:BODY_PROBE])
    at = opening.find(f"《{title}》")
    return at >= 0 and bool(ACTS_ON_BEFORE.search(opening[:at]))


def other_title(candidates: list[tuple[str, int]], title: str, named: Optional[str]) -> Optional[str]:
    """The best complete title among ``candidates`` other than ``title`` (printed with or without its 《》), or None."""
    others = [(text, position) for text, position in candidates
              if _without_title_brackets(re.sub(r"\s+", "", text)) != title]
    best = choose_title(others, named) if others else None
    return best if best and is_complete_title(best) else None
