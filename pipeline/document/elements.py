"""The GB/T 9704 elements a single line can be recognised as, shared by the normaliser (which must not
join them to their neighbours) and the header and 版记 readers: 版头, organisation names, 主送机关."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from extractors.fold import fold
from extractors.titles import TITLE_ENDING_RE, title_core
from extractors.vocab import Examples

# The 版头 of a red-header document: the issuer's name and 文件 on a line of their own (国务院文件 at the
# shortest: a portal's channel 省厅文件 names no issuer).
RED_HEADER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()·、]{3,40}?)\s*文件$")
ORGANISATION_END = re.compile(
    r"(?:办公室|办公厅|领导小组|指挥部|政府|委员会|人民政府|局|厅|办|部|委|院|中心|公司|司|小组|会|处|室|所|署|社|联|党组"  # 司: a ministry's department (国家疾控局综合司)
    r"|银行|分行|支行"  # joint issuers with the central bank's branch: 人民银行济南分行
    r"|总队|支队|大队|總隊|支隊|大隊"  # enforcement and fire units issue notices too: 成都市旅游执法支队
    r"|校|小学|中学|大学|幼儿园"  # schools issue notices too: 铜冶中心校, 九都中心小学
    r"|集团|集團"  # a university's or a company's group signs too: 后勤服务集团
    r"|(?<![学本专工理文百预])科"  # a bureau's or a college's section signs too (基建科, 教务科), not a subject (学科, 本科)
    r"|(?:共青团|共青團|团|團|中共|党|黨)中央"  # the League's and the Party's centre sign joint notices (共青团中央)
    # a mechanism's or a headquarters' working group signs its notices (国务院联防联控机制综合组, 市指挥部专家组); 组 alone ends
    # words that are no body (分组, 第一组)
    r"|(?:综合|工作|专家|督导|督查|检查|巡查|调查|指导|协调|联络|宣传|保障|救治|綜合|專家|督導|檢查|調查|指導|協調|聯絡|宣傳)[组組]"
    r"|联盟|聯盟"  # an alliance of bodies signs with its members' office (党委宣传部 新媒体联盟)
    r"|辦公室|辦公廳|領導小組|委員會|廳|辦|黨組|會|聯|處"  # traditional forms: 中國殘疾人聯合會, 省殘聯, 秘書處
    r"|(?<![妥])(?:协|協))$"  # a mass organisation named short, as 残联 is: 科协, 计生协, 消协, 荊州開發區科協
)
CONTENTS_HEADINGS = ("目录", "目次", "目錄")  # a table of contents' heading alone: no title, though 录 ends 名录
RECIPIENTS_LINE = re.compile(r"^(?P<body>[^。；！？]{2,400})[：:]$")  # 各乡镇、县直各单位：
# A line ending with a colon that is a sentence, not a list of bodies: 现就…通知如下： · 根据…，并提出如下要求：
SENTENCE_BEFORE_COLON = re.compile(r"如下[\u4e00-\u9fff]{0,4}[：:]$|^(?:为了|为进一步|为切实|为认真|为贯彻|为做好|为加强|为推进|根据|根據|按照|依据|依據|现将|現將|现就|現就|当前|當前|近日|近期"
    r"|[经經](?:研究|[^济濟营營贸貿信开開，,：:]{1,12}(?:同意|研究)))")
# Recipients printed without their colon: a list of bodies, the first a class of bodies (各…).
# 各… or the members of one body (区政府各委、办、局,各管理局…): a list that opens with a class of bodies
BARE_RECIPIENTS = re.compile(r"^(?P<body>(?:[\u4e00-\u9fff]{1,6}?)?各[^。；！？:：“”《》]{2,200})$")
# The end of a body's name in a list: an organisation, or a class of them (各直属单位, 有关部门).
# 各镇街 (Chongqing's towns and subdistricts) is a class of places as 各乡镇 is. Party branches (各党总支、
# 直属党支部) and a university's campus or a development zone named short (宣城经开区,
# 合工大宣城校区) end a body's name too.
BODY_NAME_END = re.compile(r"(?:单位|單位|乡镇|街道|镇街|部门|部門|机构|機構|企业|院校|学校|學校|小学|小學|中学|中學|国小|國小|国中|國中|幼儿园|幼兒園"
                           r"|医院|醫院|党组织|黨組織|党总支|黨總支"
                           r"|党支部|黨支部|校区|校區|经开区|經開區|海关|海關"
                           r"|(?<=[省市县区州旗縣區])(?:人大|政协|政協)"  # a place's congress and CPPCC named short: 县人大, 市政协
                           r"|" + ORGANISATION_END.pattern[3:-2] + r")$")
LIST_PARTS = re.compile(r"[，,；;、]")
# Recipients run together by a copy that lost all their punctuation (各乡党委政府县委各部门县级国家机关各人民团体各企事业单位):
# classes of bodies one after another, each opening as an addressee does (各, 有关, 中央, 驻 or a level's place word: 县委各部门)
# and ending with a class word; cut only where one such part ends and the next opens, each of five characters or more (so
# 县人民政府各部门 is not cut before 各部门, nor 各县人民政府办公室 before 办公室, which opens no part).
_RUN_PART_START = r"(?:各|有关|有關|中央|驻|駐|[省市县区乡镇州盟旗縣區鄉鎮])"
_RUN_PART_END = (r"(?:单位|單位|部门|部門|政府|机关|機關|团体|團體|企业|企業|乡镇|鄉鎮|街道|机构|機構|学校|學校|医院|醫院|办事处|辦事處"
                 r"|管委会|管委會)")
# no cut before 各 and a class word alone (县人民政府各部门, 县直各单位: the members of the body named before)
_RUN_PART_NEXT = rf"(?!各[\u4e00-\u9fff]?{_RUN_PART_END}(?:$|{_RUN_PART_START})){_RUN_PART_START}"
RUN_TOGETHER_PART = re.compile(rf"{_RUN_PART_START}[\u4e00-\u9fff]{{2,20}}?{_RUN_PART_END}(?=$|{_RUN_PART_NEXT})")
RUN_TOGETHER_RECIPIENTS = re.compile(rf"^各(?:[\u4e00-\u9fff]{{2,20}}?{_RUN_PART_END}(?={_RUN_PART_NEXT}){_RUN_PART_START}){{2,}}"
                                     rf"[\u4e00-\u9fff]{{2,20}}?{_RUN_PART_END}$")
# Who else a notice can be addressed to: a class of bodies (各…, 有关…, 全体…) or of people (各位人大代表, 全体党员,
# 学生家长, 省政协委员: a congress or CPPCC office writes to its members). A line ending with a colon that names none of
# them is a label (主题:, 文档名称:, 页面宽度(px):) or a page's date line (发表时间:2014-10-08 10:58:00 | 来源:), not the
# recipients.
# A class of people addressed by what they are, with the plural 们 a salutation may add (志愿者们, 各位教职员工).
PEOPLE_ADDRESSEE = re.compile(
    r"(?:代表|委员|同志|老师|教师|家长|学生|师生|同学|村民|居民|群众|人员|员工|职工|党员|干部|朋友|会员|成员|负责人|书记|长|农户|企业"
    r"|志愿者)们?$"
)
ADDRESSEE = re.compile(r"^(?:各|有关|全体|全市|全县|全区|全镇|全乡|全校|尊敬的|亲爱的)|" + PEOPLE_ADDRESSEE.pattern)
TRAILING_NOTE = re.compile(r"[（(][^）)]{1,10}[）)]$")  # 各乡镇(街道), 各县(市、区)
UNCLOSED_BRACKET = re.compile(r"[（(][^）)]*$")  # 区政府各部门(单位 — a copy that lost the closing bracket

# How a notice to one body addresses it in its text: 贵 or 你 and the last word of its name (特向贵公司下发此整改通知书, 请你局
#于…报送, 貴單位). A line naming one body with its colon lost, over a text that addresses it so, is its recipient
# (is_lone_addressee).
ADDRESSED_AS = re.compile(r"[贵你貴](?P<kind>公司|集团|集團|单位|單位|局|厅|廳|委|院|校|中心|站|所|厂|廠|医院|醫院|协会|協會|镇|鎮|乡|鄉|村|社区|社區)")
ADDRESSEE_TEXT_SCAN = 300  # how far into the text its address is looked for: the opening sentences
ONE_NAME_LINE = re.compile(r"^[^\s，,。；;：:、！!？?“”《》()（）]{4,40}$")

EXAMPLES = {
    "NOT_IN_A_NAME": Examples(match=("各乡镇人民政府：", "加强领导，落实责任。", "青海省卫生厅,青海省财政厅"),
                              no_match=("青海省卫生厅  青海省发展和改革委员会", "中共永德县委办公室", "某某县交通运输局(牵头)")),
    "ADDRESSED_AS": Examples(match=("特向贵公司下发此整改通知书", "请你局于5月10日前报送", "貴單位"), no_match=("你们", "贵州省", "各单位")),
    "ONE_NAME_LINE": Examples(match=("****高速公路养护责任有限公司", "某某县交通运输局"), no_match=("各乡镇、县直各单位", "现通知如下:")),
    "DATED_ISSUER_LINE": Examples(match=("1993年3月13日,中华人民共和国商业部", "2002年5月8日，国家经济贸易委员会", "1995年1月3日 国务院办公厅"),
                                  no_match=("1993年3月13日", "1993年3月13日,市政府召开常务会议,研究工作", "(2018年4月14日)")),
    "MASTHEAD": Examples(match=("寿县人民政府督查室           2022年8月19", "县政府办公室  2020年3月"), no_match=("寿县人民政府督查室", "关于2022年8月19日放假的通知")),
    "SIGNATURE_GAP": Examples(match=("青海省卫生厅                        青海省发展和改革委员会",), no_match=("中共河南省委 河南省人民政府",)),
    "RED_HEADER": Examples(match=("国务院扶贫开发领导小组文件", "湖南省人民政府办公厅文件", "国务院文件"),
                           no_match=("关于印发有关文件的通知", "各单位要认真学习文件。", "省厅文件")),
    "ORGANISATION_END": Examples(match=("国家疾控局综合司", "省地税局 省工商局 人民银行济南分行", "武汉市扶贫攻坚领导小组", "贵州省人民政府辦公廳", "县卫健委", "铜冶中心校", "九都中心小学", "海陵区教育局基建科 安保科", "教务科", "成都市旅游执法支队", "共青團中央", "中國殘疾人聯合會", "省殘聯", "后勤服务集团", "党委宣传部 新媒体联盟", "市科协", "荊州開發區科協", "疫情联防联控机制综合组", "市指挥部專家組"),
                                 no_match=("工作要点", "加强安全教育", "各学科", "全日制本科", "中央", "互相妥协", "第一组", "按要求分组")),
    "TRAILING_NOTE": Examples(match=("各乡镇(街道)", "各县（市、区）"), no_match=("(街道)各乡镇",)),
    "RECIPIENTS_LINE": Examples(match=("各乡镇、县直各单位：", "各县(市、区)人民政府,市政府各部门:"), no_match=("现通知如下。",)),
    "SENTENCE_BEFORE_COLON": Examples(match=("当前正值时节,经镇政府研究,现就抓好冬季农业生产工作通知如下:", "经市政府同意,现将有关事项通知:",
                                              "根據省綠化委下發的《…》文件精神,并提出如下要求:", "为认真贯彻落实州人民政府安排,特提出如下意见:"),
                                       no_match=("各乡镇人民政府,县直各单位:", "经济开发区、工业园区管委会:", "为民服务中心:", "经信委、发改委:")),
    "BARE_RECIPIENTS": Examples(match=("各街道办事处,区级各部门,官盛新区管委会", "区政府各委、办、局,各管理局(管委会),各直属企业"),
                                no_match=("各单位要高度重视。", "省人力资源社会保障厅 省教育厅 省财政厅")),
    "BODY_NAME_END": Examples(match=("市直各单位", "官盛新区管委会", "省政府各部門", "各市管学校", "各直属党组织", "各党总支",
                                      "直属党支部", "合工大宣城校区", "宣城经开区", "各中小学", "各中心國小、國中", "各镇街"), no_match=("加强管理", "各县(市、区)")),
    "PEOPLE_ADDRESSEE": Examples(match=("各位教职员工", "志愿者们", "各乡镇居民", "省政协委员", "各位常委会委员"),
                                 no_match=("各单位要做到以下几点", "各镇街", "省政协专门委员会")),
    "ADDRESSEE": Examples(match=("各位人大代表", "有关单位", "全体党员", "学生家长", "尊敬的各位村民"),
                          no_match=("主题", "文档名称", "页面宽度(px)", "发表时间:2014-10-08 10:58:00 | 来源")),
    "RUN_TOGETHER_RECIPIENTS": Examples(match=("各乡党委政府县委各部门县级国家机关各人民团体各企事业单位中央市驻永德单位",
                                                "各镇人民政府各街道办事处县直各单位"),
                                         no_match=("各乡镇人民政府县直各单位", "各单位要高度重视安全生产工作", "各县人民政府办公室",
                                                   "各乡镇、县直各单位")),
    "RUN_TOGETHER_PART": Examples(match=("县委各部门", "各企事业单位"), no_match=("办公室", "各单位")),
    "LIST_PARTS": Examples(match=("各街道办事处,区级各部门", "各乡镇、县直各单位"), no_match=("各县(市区)人民政府",)),
    "UNCLOSED_BRACKET": Examples(match=("区政府各部门(单位",), no_match=("各县(市、区)人民政府",)),
    "GAMBLING_BRAND": Examples(match=("大发欢乐生肖办公室", "金沙博彩", "大发快三研究中心", "幸运飞艇", "ds足球比分报送2021年度总结的通知",
                                      "8522澳门新葡亰官网食品药品监管总局办公厅", "澳门新葡京"),
                               no_match=("大发展办公室", "福利彩票发行中心", "棋牌运动管理中心", "金沙县人民政府")),
    "SUBJECT_BEFORE_DASH": Examples(match=("吉林大豆目标价格改革试点-吉林物价局", "春季防火工作方案_某某县林业局"),
                                    no_match=("中国-东盟博览会秘书处", "某某县林业局")),
    "CUT_ISSUER_ROW": Examples(match=("科学技术部 财政部 文化部等", "国家计委 财政部 等", "教育部　人力资源社会保障部　财政部等"),
                               no_match=("市教育局等", "国家计委、财政部等", "科学技术部 财政部 文化部")),
    "MASKED_NAME": Examples(match=("(略) 人民政府办公厅", "（略）市教育局"), no_match=("领导小组(略称)", "青海省人民政府办公厅")),
}


# A name a copy masked ((略) 人民政府办公厅: a bidding site hiding the place) names no body: its place is lost.
MASKED_NAME = re.compile(r"[（(]\s*略\s*[）)]")
# A hijacked mirror puts a casino's or lottery game's brand where the page named its body (发布机构: 金沙博彩, a signature
# 大发欢乐生肖办公室) or began its title (ds足球比分报送…的通知, the issuer and 关于 replaced): no body's name, however it
# ends, and no title. The brands are the gambling vocabulary such mirrors use.
# Not 彩票, 棋牌 or a place (福利彩票发行中心, 棋牌运动管理中心 and 金沙县 are bodies and places).
# 葡京 (Macau's Lisboa casino; a mirror spells it 新葡亰 too: 8522澳门新葡亰官网) names nothing else.
GAMBLING_BRAND = re.compile(r"博彩|时时彩|快三|欢乐生肖|幸运飞艇|六合彩|娱乐城|百家乐|大发(?=快三|欢乐生肖|彩票|娱乐)|足球比分|葡[京亰]")

# A page's or an upload's title with its source after a dash (吉林大豆目标价格改革试点-吉林物价局): a subject of six characters
# or more before the dash, itself no body's name, is no part of an organisation's; a name joined by a short one
# (中国-东盟博览会秘书处) is one.
SUBJECT_BEFORE_DASH = re.compile(r"^(?P<subject>[^-－—–_|]{6,}?)[ \u3000]*[-－—–_|]")


def _subject_then_source(text: str) -> bool:
    found = SUBJECT_BEFORE_DASH.match(text)
    return bool(found) and not ORGANISATION_END.search(found["subject"])


# Asked of the same lines by the header, the tail, the embedded documents' and the paragraphs' readers: answered once.
# The longest line that can be one organisation's name.
MAX_NAME_CHARS = 40
# Punctuation no organisation's name holds (a sentence's, a list's, a label's colon).
NOT_IN_A_NAME = re.compile(r"[。，；：:,]")


@lru_cache(maxsize=8192)
def is_organisation_line(text: str) -> bool:
    return _names_bodies(text) or cut_issuer_row(text) is not None


def _names_bodies(text: str) -> bool:
    return len(text) <= MAX_NAME_CHARS and not NOT_IN_A_NAME.search(text) and bool(ORGANISATION_END.search(text)) \
        and not MASKED_NAME.search(text) and not GAMBLING_BRAND.search(text) and not _subject_then_source(text)


# A legal database's line of a document's joint issuers cut after the first few, the others behind 等 (科学技术部 财政部
# 文化部等, 国家计委 财政部 等): a row of issuers like any other, the bodies it prints. Two names at least, each a body's by
# itself: one name and 等 (市教育局等) is a list's phrase in a sentence, no issuers' line.
CUT_ISSUER_ROW = re.compile(r"^(?P<names>\S+(?:[ \u3000]+\S+)+?)[ \u3000]*等$")


def cut_issuer_row(text: str) -> "str | None":
    """The bodies a database's issuing-body line cut with 等 prints, spaces between them (see CUT_ISSUER_ROW), else None."""
    found = CUT_ISSUER_ROW.match(text.strip()) if text.rstrip().endswith("等") else None  # (asked of every line)
    names = found["names"].split() if found else []
    return " ".join(names) if names and all(_names_bodies(name) for name in names) else None


def fuller_print_above(name: str, above: list) -> "str | None":
    """The same body's full name printed on an organisation line of ``above``, when ``name`` is its short print with 人民
    left out (山西省政府 under a legal database's 山西省人民政府): the 发文机关 by its full name (README), the short one being
    the source's own line under the database's; without the province a database adds before a city's name (湖南省长沙市人民政府
    over 长沙市政府 gives 长沙市人民政府, CONVENTIONS C3)."""
    for line in reversed(above):
        if line and "人民政府" in line and is_organisation_line(line):
            full = next((line[at:] for at in range(len(line)) if line[at:].replace("人民政府", "政府") == name), None)
            if full and full != name:
                return full
    return None


# A legal database's line of date and issuer under a document's title (1993年3月13日,中华人民共和国商业部): the day the
# document was made and the body that made it, a line of its own (no recipients run on from it).
DATED_ISSUER_LINE = re.compile(
    r"^(?P<date>(?:\d{4}|[〇零○0O一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)"
    r"(?:[ \u3000]*[，,][ \u3000]*|[ \u3000]+)(?P<issuer>[^\d，,。；;：:\s]{2,40})$")


def dated_issuer(text: str) -> "re.Match | None":
    """The match of a database's date and issuer line (see DATED_ISSUER_LINE) whose issuer is a body's name, else None."""
    found = DATED_ISSUER_LINE.match(text.strip())
    return found if found and is_organisation_line(found["issuer"]) else None


# The spaces between joint issuers signing two a line (青海省卫生厅            青海省发展和改革委员会).
SIGNATURE_GAP = re.compile(r"[ \u3000]{2,}")


def is_organisation_row(text: str) -> bool:
    """One organisation's name, or joint issuers printed two or more a line with spaces between them."""
    # (asked of every line a paragraph is joined from: a part longer than any name is none, answered without the
    # cache, which would hash the whole paragraph and keep it; a line with a sentence's punctuation, most lines, has a
    # part that is no name: answered by one scan)
    return not NOT_IN_A_NAME.search(text) and all(len(part) <= MAX_NAME_CHARS and is_organisation_line(part) for part in SIGNATURE_GAP.split(text.strip()))


# A bulletin's masthead: the issuing office and the issue's date on one line, spaces between (寿县人民政府督查室
# 2022年8月19), above the title of that issue.
MASTHEAD = re.compile(r"^(?P<issuer>[^\s，,。：:]{2,30})[ \u3000]{2,}"
                      r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日?)?$")


def is_masthead(text: str) -> bool:
    found = MASTHEAD.match(text.strip())
    return bool(found) and is_organisation_line(found.group("issuer"))


def masthead_of(lines: list) -> Optional[tuple[str, Optional[str]]]:
    """The issuing office and the issue's day (ISO; None when the masthead gives a month only) of the first bulletin
    masthead among ``lines`` (寿县政务督查 / 20期 / 寿县人民政府督查室  2022年8月19 over the issue's title): a 简报 or
    督查通报 prints its issuer and date there, not under a signature. A day the copy lost its 日 from is still the day."""
    for line in lines:
        found = MASTHEAD.match(line.text.strip())
        if found and is_organisation_line(found["issuer"]):
            day = None
            if found["day"]:
                try:
                    day = date(int(found["year"]), int(found["month"]), int(found["day"])).isoformat()
                except ValueError:
                    day = None  # 2022年2月30: no day
            return found["issuer"], day
    return None


def names_addressees(body: str) -> bool:
    """Whether a recipients line's text names at least one body or class of addressees (see ADDRESSEE), read
    folded to simplified characters (別墅人員 names its 人员 as 别墅人员 does)."""
    parts = [TRAILING_NOTE.sub("", UNCLOSED_BRACKET.sub("", part).strip()) for part in LIST_PARTS.split(fold(body))]
    return any(part and (BODY_NAME_END.search(part) or ADDRESSEE.search(part)) for part in parts)


def run_together_recipients(text: str) -> list[str]:
    """The parts of recipients run together without punctuation (see RUN_TOGETHER_RECIPIENTS); [] for any other line."""
    text = text.strip()
    if not RUN_TOGETHER_RECIPIENTS.match(text):
        return []
    return [found.group() for found in RUN_TOGETHER_PART.finditer(text)]


def is_bare_recipients(text: str) -> bool:
    """各街道办事处,区级各部门,官盛新区管委会: a list of bodies only, its colon lost."""
    if run_together_recipients(text):
        return True
    if not BARE_RECIPIENTS.match(text):
        return False
    parts = [UNCLOSED_BRACKET.sub("", part).strip() for part in LIST_PARTS.split(text)]
    named = [part for part in parts if part]
    # 各乡镇(街道): a body with its kind in brackets after it
    bare = [TRAILING_NOTE.sub("", part) for part in named]
    return len(named) >= 2 and all(BODY_NAME_END.search(part) or len(part) <= 4 for part in bare)


def is_complete_title(text: str) -> bool:
    """A title that ends with its document type (…的通知, …管理办法), or a 版头 (…文件)."""
    core = title_core(re.sub(r"\s+", "", text))
    if core in CONTENTS_HEADINGS:
        return False
    return bool(TITLE_ENDING_RE.search(core)) or bool(RED_HEADER.match(core))


def is_lone_addressee(line: str, text: str) -> bool:
    """****高速公路养护责任有限公司 over 特向贵公司下发此整改通知书: a line naming one body, its colon lost, that the text below
    addresses by the last word of its name (ADDRESSED_AS) — the notice's one recipient. Not a name the text does not
    address (an issuer's line over 你局…: 人民政府 is no 局), nor a list."""
    name = line.strip()
    if not ONE_NAME_LINE.match(name) or not BODY_NAME_END.search(name):
        return False
    return any(name.endswith(found.group("kind")) for found in ADDRESSED_AS.finditer(text[:ADDRESSEE_TEXT_SCAN]))
