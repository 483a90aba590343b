"""The forms a numeric target is written in, and the contexts whose numbers are none: the vocabularies and
patterns ``extractors.targets`` reads quantities with (units of count, money, share and physical measure, the
comparators before and after a quantity, the spans and neighbours that make a number no target, the nouns a
quantity counts). Data with examples, kept apart from the reading so either can change alone."""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_patterns import compiled_later
from .vocab import Examples

GAP = r"[^\S\n]{0,3}"  # converted files put spaces inside quantities: 3.33 亿元以上, 30% 以上; never a paragraph's break (5 ⏎ 支持…)

# ---------------------------------------------------------------------------------------------
# The quantity
# ---------------------------------------------------------------------------------------------

# What N大 counts when it closes a list of as many things as it counts: 涵盖话务、业务和可视化3大平台 · 聚焦工业、农业和服务业
# 3大领域. Alone, N大X is a programme's or a slogan's name, no count to reach (t05's 9大工程全面有序推进, y03's 对9大主题进行
# 细化分解, 党的19大精神 with its numeral written as digits).
LISTED_KINDS = ("平台", "工程", "行动", "体系", "板块", "领域", "系统", "模块", "中心", "产业", "任务", "功能", "片区", "园区",
                "基地", "专项", "主题", "类别", "方面", "环节")
LISTED_KIND_PREFIX = "大"
# The items of a list in the clause before a count: 话务、业务和可视化 (three). 和/及/与 join its last item.
LIST_SEPARATOR_RE = compiled_later(r"[、和及与]")
# Bandwidth: 兆 (and 兆比特, Mbps, M) after a figure is a line's speed in a sentence about a network (万兆到旗县区、…、20兆进
# 牧户的带宽要求 · 力争实现50兆进牧户,…按需接入宽带网络 · 100M光纤入户); elsewhere 兆 is a rare numeral or a letter a code's.
BANDWIDTH_UNITS = ("兆", "兆比特", "Mbps", "M")
# What counts the counties before a bare 3县 (上述3县, 等5县, 共12县, 涉及8县): without it the number is a county's name a
# copy masked (《88县民族团结进步工作纪实》), not a count.
COUNTY_UNIT = "县"
PLACE_COUNT_UNITS = (COUNTY_UNIT, "镇", "乡")
COUNTY_COUNT_BEFORE_RE = compiled_later(r"(?:上述|以上|前述|这|等|共|共计|涉及|覆盖|其中|全省|全市|全州|选取|确定|抽取|首批)\s{0,2}$")
BANDWIDTH_CONTEXT_RE = compiled_later(r"带宽|宽带|网络|网速|光纤|光网|速率|千兆|万兆|百兆|上网|入户|接入")
SENTENCE_STOP_RE = compiled_later(r"[。；;！？!?\n]")
SENTENCE_WINDOW = 80

# Units of count, money, share and multiple, longest first; a count of tasks or kinds may carry its size (9大项、60小项
# are 项, 3大类 类, 43子类 类: a census's subclasses). 个 is no unit before a time word
# (6 个月, 5个工作日 are durations); 期间 and 位数 are words, not counts.
UNITS = (
    r"个百分点|百分点|人次|户次|家次|大项|小项|大类|小类|子类|元|人|户|家|名|[%％‰]|倍|所|座|项|处|套|台|辆|张|头|只|批|场|次|"
    # a count of the things a list names (话务、业务和可视化3大平台): read only where it closes such a list (LISTED_KINDS)
    r"大(?:" + "|".join(LISTED_KINDS) + r")|"
    # a bandwidth (20兆进牧户, 100M光纤): read only in a sentence about a network (BANDWIDTH_CONTEXT_RE); not 兆瓦, 兆帕
    r"兆比特|Mbps|兆(?![瓦帕焦赫伏])|M(?![A-Za-z])|"
    r"期(?!间)|条|件|份|位(?!数)|支|篇|门|种|类|村|间|株|棵|盏|岁|"
    # provinces counted as a plan's regions are: 涉及…等10省（市） · 15省（市、区） (not 2省级示范, 3省委, 31省份)
    r"省(?![级委政长属直会份])|"
    # counties counted as a bulletin counts the places it names: 对上述3县予以通报批评 (not 3县级, 2县委, 10县区 or 5县市:
    # counties and districts together, a class the count does not name alone); read only after a word that counts or
    # points back (COUNTY_COUNT_BEFORE_RE)
    r"县(?![级委政长属直会区市城域乡镇])|"
    # towns and townships counted as the counties are (上述3镇), or closing a list of as many names (城关、吕河、白柳、构元、甘溪
    # 5镇全境): PLACE_COUNT_UNITS (not 3镇级, 2乡镇: 乡镇 is read as neither)
    r"镇(?![级委政长属直会区街])|乡(?![级委政长属直会镇村土亲])|"
    # books and certificates: 取得军工资质8本以上 (not 2本科, 3本市, 5本级: 本 opening another word)
    r"本(?![科市地区县省级部单人次届年月期轮周土身])|"
    # cases and sample sets of an inspection's report: 查处违法行为31起, 水稻抽样25组 (not 1组织机构, 00044 组配分类, 3起草)
    r"起(?![草步点止算始来诉])|组(?![织配成建长员合团别])|"
    # cases counted as an inspection's or a clinic's are: 查处非法捕捞案件10例以上, 出现1例未处理 (not 例如, 例外, 例会, 例行)
    r"例(?![如外会行子证题])|"
    # a count of lifts, films or handsets: 开工建设 200部 (not 17部门, 4部分, 11部委, 部署, 部长)
    r"部(?![门分委署长位队件级属])|"
    # hours to reach, a time not a limit: 时长不低于10个小时 (kept only after a floor comparator, see HOURS_UNITS)
    r"个\s{0,3}小时|小时|学时|课时|"
    # degrees of a temperature (空调温度控制在26度) or kilowatt-hours (节约用电100度): kept only in a clause that names one
    # (DEGREE_CONTEXT_RE); elsewhere a digit's 度 is an angle's, or 度 opens a word (3度假村)
    r"度(?![假过])|"
    r"个(?!\s{0,3}(?:多|半)?(?:月|工作日|自然日|小时|钟头|星期|季度|年头|世纪))"
)
# Units of physical measure (../shared/gold/README.md): area, volume, mass, power, length and
# concentration (a rainfall in 毫米: 降雨量超过 100 毫米), and rates per day, hour or year (100万吨/年 of a plant's capacity, 35蒸吨/小时 of a boiler's) or per 亩
# (a crop's yield: 450.03公斤/亩), and temperature (a heat rule's 日最高气温达到40℃以上). Longest first, so 平方公里 is not
# read as 公里.
PHYSICAL_UNITS = (
    "微克每立方米", "微克/立方米", "毫克每立方米", "毫克/立方米", "毫克/升", "立方米/日", "立方米/天", "立方米/秒",
    "吨/日", "吨/天", "吨/年", "立方米/年", "蒸吨/小时", "吨/小时", "公斤/亩", "千克/亩", "斤/亩", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "兆瓦", "公顷", "蒸吨", "公里", "千米",
    "公斤", "千克", "斤", "吨", "亩", "平米", "毫米", "厘米", "米", "℃",
    # the Latin symbols of the lengths (留茬高度在18cm以下, 降雨量50mm以上, 距施工点2km、500m处设置警示牌)
    "cm", "mm", "km", "m",
)
# The same measure written two ways is one unit: 微克/立方米 is 微克每立方米, 18cm is 18厘米, 2km is 2公里.
PHYSICAL_UNIT_NAMES = {"微克/立方米": "微克每立方米", "毫克/立方米": "毫克每立方米", "平米": "平方米", "cm": "厘米", "mm": "毫米",
                       "km": "公里", "m": "米"}
# A Latin symbol is the length only when no letter, digit, exponent or rate follows it: 500m² and 20m3 are areas and
# volumes, 5mg a mass, 10min a time, 60km/h a speed, none of them a length.
LATIN_UNIT_END = r"(?![A-Za-z0-9²³/])"
PHYSICAL_UNIT_RE = "|".join(re.escape(unit) + (LATIN_UNIT_END if unit.isascii() else "")
                            for unit in sorted(PHYSICAL_UNITS, key=len, reverse=True))
# A figure typed with the look-alike letters l and O for the digits 1 and 0 (lkm, lOOm), read as digits when it follows, in
# one list, a figure of digits with a unit of measure (距施工点2km、lkm、500m、lOOm处; 每隔50米、lOO米): the list says it is a
# figure. Not a word of letters elsewhere (lOOm alone, a code, COOL): nothing vouches for it. A run of such a list (up to
# twenty items) is read at once; its items, in order, by LISTED_FIGURE_RE.
LISTED_FIGURE = r"[\dlO]{1,6}\s{0,2}(?:" + PHYSICAL_UNIT_RE + r")"
FIGURE_LIST_RE = compiled_later(
    r"(?<![A-Za-z\d.])" + LISTED_FIGURE + r"(?:\s{0,2}[、，,]\s{0,2}" + LISTED_FIGURE + r"){1,20}")
LISTED_FIGURE_RE = compiled_later(r"(?P<figure>[\dlO]{1,6})\s{0,2}(?:" + PHYSICAL_UNIT_RE + r")")
LETTER_DIGITS = str.maketrans({"l": "1", "O": "0"})
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}

# Whether a bound counts itself, written beside 以上/以下: 30人(含)以下 · 50人以上（含） · 10万元以下(不含) ·
# 6亩以下(不含6亩), where the note restates the bound (``incl_n``, its number): one bound, not two targets.
INCLUSION = (r"(?P<incl>[（(]\s{0,2}(?:不含|含)"
             r"(?:本数|(?P<incl_n>\d+(?:\.\d+)?)\s{0,2}(?:万|亿|千)?\s{0,2}(?:[\u4e00-\u9fff]{1,6}|[%％]))?\s{0,2}[）)])")
INCLUSION_RE = compiled_later(INCLUSION)

# What a clause names when its 度 is a temperature's or a kilowatt-hour's: an air conditioner or heating, a temperature, power.
DEGREE_UNIT = "度"
# A temperature kept at a setting (空调控制在26度, 温度设定在26度): the setting, = (power kept under a figure is a ceiling).
KEPT_AT_RE = compiled_later(r"控制在|设定在|设置在|保持在|调至|调到")
TEMPERATURE_RE = compiled_later(r"温度|气温|室温|水温|体温|空调|暖气|冷气|供暖|供热")
DEGREE_CONTEXT_RE = compiled_later(TEMPERATURE_RE.pattern + r"|用电|电量|节电|耗电|电费|千瓦")

# A distance bound with a bare 内 after its length (廊道15公里内, 500米内): within it. Only after a length: after a count 内
# starts a word (5个内设机构); after a length 内 may start one too (内部), after hours it is a limit's window (1小时内, see HOURS_UNITS).
DISTANCE_WITHIN_RE = compiled_later(r"(?<=公里|千米|\d米)(?:范围(?:以|之)?)?内(?![部容外涵])")

# 4557户 · 14157人 · 1250万元 · 80%以上 · 28 家以上 · 3.33 亿元以上 · 45.2 万 · 1,200人 · 3000余人 · 1万多元
QUANTITY_RE = compiled_later(
    r"(?=\d)"  # says nothing new (a number starts with a digit), but the scan is four times faster
    # not the tail of a longer number (1,200), code, address, time (9:30), version, or the upper end of a range whose
    # lower end carries its unit (20% of 10%~20%: the range is read at its lower end, as 3万元-5万元)
    r"(?<![\d.\-/@#A-Za-z_~～])(?<!\d,)(?<!\d:)"
    # the lower end of a range (3-4个, 10～15%, 1至3所, 3到5名): the target is at least that
    r"(?:(?P<low>\d+(?:\.\d+)?)" + GAP + r"(?:[-—～~]|至|到)" + GAP + r"(?=\d))?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\.\d|\d|,\d{3})"
    r"(?:" + GAP + r"(?P<approx>余|多))?"
    r"(?:" + GAP + r"(?P<mult>万亿|千万|百万|亿|万|千)(?![米克瓦伏])(?:" + GAP + r"(?P<approx2>余|多))?)?"
    r"(?:" + GAP + r"(?P<unit>" + PHYSICAL_UNIT_RE + "|" + UNITS + r"))?"
    r"(?:" + GAP + INCLUSION.replace("incl", "incl_before") + r")?"
    r"(?:" + GAP + r"(?P<post>及其?以上|以上|及其?以下|以下|以内|之内|左右|" + DISTANCE_WITHIN_RE.pattern + r"))?"
    r"(?:" + GAP + INCLUSION.replace("incl", "incl_after") + r")?"
)
UNIT_NAMES = {"％": "%", "个百分点": "百分点", "大项": "项", "小项": "项", "大类": "类", "小类": "类", "子类": "类",
              "个小时": "小时", "兆比特": "兆", "Mbps": "兆", "M": "兆"} | PHYSICAL_UNIT_NAMES | {
              LISTED_KIND_PREFIX + kind: kind for kind in LISTED_KINDS}
# Hours are a target only as an amount to reach (每年人均…不低于25小时, 时长不少于10个小时): without a floor before them
# they are a limit or a duty's length (发生后1小时内, 24小时专人值班), which gold/README.md counts among durations.
# Lessons (学时, 课时) are counted teaching, never a clock's window: a target under a ceiling too (一次缴纳不得累计60课时).
HOURS_UNITS = ("小时",)

# Words after the quantity, and what they compare.
# 及其以下 (窑径3米及其以下: "3 metres and below") is 及以下 with its pronoun written out.
POST_COMPARATORS = {"及以上": ">=", "及其以上": ">=", "以上": ">=", "及以下": "<=", "及其以下": "<=", "以下": "<=",
                    "以内": "<=", "之内": "<=", "内": "<=", "左右": "=",
                    # a distance's 范围内: within that far (两边100米范围内, 周边500米范围以内)
                    "范围内": "<=", "范围以内": "<=", "范围之内": "<="}

# 以上(不含) is more than, 以下(不含) less than.
STRICT = {">=": ">", "<=": "<"}

# Words before the quantity, in the same clause, nearest one counts:
# 不少于1250万元 · 不低于我市最低工资标准 50% · 人均纯收入低于8400元 · 超过90% · 最多3人.
# The negated forms come first, and the bare ones refuse a preceding 不, so 不低于 is never 低于.
PRE_COMPARATOR_RE = compiled_later(
    r"不少于|不低于|不小于|不得少于|不得低于|至少|最少|起码|(?<!下)达到|"
    r"不超过|不得超过|不得累计|不高于|不多于|不大于|最多|最高|控制在|"
    r"(?<!不)低于|(?<!不)少于|(?<!不)小于|不足|不到|"
    r"(?<!不)超过|(?<!不)高于|(?<!不)多于|(?<!不)大于|突破|"
    # 超 and 不超 written right before the figure, short for 超过 and 不超过 (普及率超70% · 规模超1000亿元 · 每户不超2人); only
    # there: elsewhere 超 opens a word (超市2家, 超额完成, 超标排放) that bounds nothing
    r"不超(?=" + GAP + r"$)|(?<!不)超(?=" + GAP + r"$)"
)
PRE_COMPARATORS = {
    "不少于": ">=", "不低于": ">=", "不小于": ">=", "不得少于": ">=", "不得低于": ">=", "至少": ">=",
    "最少": ">=",
    "起码": ">=",  # 起码 (最起码) is 至少: at least (检查组应起码由2名执法人员组成, 最起码配备1名专职人员)
    "达到": "=",  # reaching a figure is the figure (gold README: only 以上, 不少于, 不低于, 至少 are >=)
    "不超过": "<=", "不得超过": "<=", "不得累计": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=", "最多": "<=",
    "最高": "<=", "控制在": "<=",
    "低于": "<", "少于": "<", "小于": "<", "不足": "<", "不到": "<",
    "超过": ">", "高于": ">", "多于": ">", "大于": ">", "突破": ">", "不超": "<=", "超": ">",
}
# A figure the words after it name as a ceiling: 5万吨的总量控制目标, 排放总量控制指标, 100万元的上限 (CONVENTIONS C24). It is
# bounded from above whatever verb reports on it before (已突破…5万吨的总量控制目标: the cap was exceeded; the cap is <=).
# Not a bare 的总量 (a total) nor 的控制目标 of a share (下降20%的控制目标 is a reduction to reach, not a ceiling).
CEILING_NAMED_AFTER_RE = compiled_later(
    r"\s{0,2}的?\s{0,2}(?:[\u4e00-\u9fff]{0,4}?总量控制(?:目标|指标|任务)|[\u4e00-\u9fff]{0,2}?上限)")
# A figure in brackets after the thing a comparator names is that thing's own figure, not a bound: 超过全国(16.1%)的平均水平
# (the national share is 16.1%). The words before the bracket, and the figure's closing bracket after it.
COMPARED_FIGURE_BEFORE_RE = compiled_later(r"[\u4e00-\u9fff]\s{0,2}[（(]\s{0,2}$")
# A comparator's object of words closed by an enumeration comma before the figure: 高于经济增长、4个结构性指标均实现… (the
# comparator bounds 经济增长, a list's first item; the figure opens the next item). Words, then 、, then at most a space.
WORDS_OBJECT_LISTED_RE = compiled_later(r"^[^\d\s、，,。；;]*[\u4e00-\u9fff][^\d、，,。；;]*、\s{0,2}$")
COMPARED_FIGURE_AFTER_RE = compiled_later(r"\d+(?:\.\d+)?\s{0,2}(?:万|亿)?\s{0,2}(?:[%％‰]|[\u4e00-\u9fff]{1,3})?\s{0,2}[）)]")
CLAUSE_START_RE = compiled_later(r"[，。；：！？,;!?\n]")
PRE_WINDOW = 24  # how far back a comparator may stand

# The upper end of a range whose lower end carries its own multiplier and unit: 3万元-5万元 · 20人至50人 (the target is
# at least the lower end, as 3-4个's). Not 3万元-5月 (no unit after the second number).
RANGE_HIGH_AFTER_RE = compiled_later(
    GAP + r"[-—～~至到]" + GAP + r"\d+(?:\.\d+)?" + GAP + r"(?:万亿|千万|百万|亿|万|千)?" + GAP
    + r"(?:" + PHYSICAL_UNIT_RE + "|" + UNITS + r")"
)

# ---------------------------------------------------------------------------------------------
# Contexts that are never targets
# ---------------------------------------------------------------------------------------------

# A policy package named by its count of articles, in quotation marks (“”, or the double primes ″″ some pages print for
# them): “八抓20条”创新措施 · “稳经济20条” · ″金融16条″: the package's name, no quantity to reach. Not a count of things
# quoted for emphasis without 条 (“新建100个”), nor 条 outside quotation marks (将全镇94条自然村).
PACKAGE_NAME_RE = compiled_later(r"[“″\"][\u4e00-\u9fff]{0,8}\d{1,3}\s{0,2}条[\u4e00-\u9fff]{0,4}[”″\"]")

# A package named by its count of articles before the kind of text it is, without quotation marks (落实好提振市场信心90条
# 措施, 稳经济33条政策措施): the measures' name, no quantity to reach. A count of other things (94条自然村, 3条道路) stays.
PACKAGE_BEFORE_KIND_RE = compiled_later(r"\d{1,3}\s{0,2}[条條](?:政策)?(?:措施|举措|舉措)")

# A short quoted name holding a small count (加强“重点工作5张报表”督查, 树牢“4个意识”): a programme's or a slogan's name,
# no quantity to reach. Not a quoted sentence (“开工建设综合管廊2000公里以上”: longer, with its bound).
QUOTED_NAME_RE = compiled_later(r"“(?=[^“”\n]{2,12}”)(?![^”\n]*(?:以上|以下|以内|不少于|不低于|不超过|达到))"
                            r"[\u4e00-\u9fff]{0,10}\d{1,2}[\u4e00-\u9fff]{1,10}”")

# Spans whose numbers are no targets, each with, for the costly patterns, a clue: a pattern every
# match holds that is much faster to look for (a text without it is not scanned for the pattern).
EXCLUDED_SPAN_RES = [
    (compiled_later(r"《[^《》\n]{0,200}》"), None),  # titles: 《关于印发2020年…的通知》
    (compiled_later(r"[〔\[［（(﹝【]\s{0,2}(?:19|20)\d{2}\s{0,2}[〕\]］）)﹞】]\s{0,2}\d{1,5}\s{0,2}号"), None),  # 文号 〔2020〕3号
    (compiled_later(r"“[\dA-Za-z.+\-%％]{1,12}”|\"[\dA-Za-z.+\-%％]{1,12}\""), None),  # quoted codes: “456”
    (PACKAGE_NAME_RE, compiled_later("条")),  # “八抓20条”: a package's name
    (PACKAGE_BEFORE_KIND_RE, compiled_later("措施|举措|舉措")),  # 90条措施: the same, unquoted, before its kind
    (QUOTED_NAME_RE, compiled_later("“")),  # a short quoted name holding a count: “重点工作5张报表”, “4个意识”
    (compiled_later(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}", re.A), compiled_later("@")),  # e-mail addresses
    (compiled_later(r"(?:https?://|www\.)[\w\-./?=&%#:]{1,200}", re.A), compiled_later(r"://|www\.")),  # web addresses
    # versions: V2.3 · 3.1.2 · 3.0版 (the look-ahead changes nothing but halves the scan's cost)
    (compiled_later(
        r"(?=[vV\d])"
        r"(?:[vV]\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?:\.\d{1,3}){2,3}|\d{1,3}\.\d{1,3}\s{0,2}版)"
    ), compiled_later(r"\d\.\d")),
]
# A number right after these words is a phone or hotline number: 电话：12317 · 拨打12345热线.
PHONE_BEFORE_RE = compiled_later(r"(?:电话|热线|手机|传真|拨打|号码|邮编|QQ|微信)[号：:\s]{0,3}$")
MOBILE_RE = compiled_later(r"1[3-9]\d{9}")
# A bare number joined by 和/、/与 to the quantity after it shares its unit: 分别不高于53和32微克/立方米.
SHARED_UNIT_BEFORE_RE = compiled_later(r"(?<![\d.,\-/])(?P<number>\d+(?:\.\d+)?)\s{0,2}(?:和|与|及|或)\s{0,2}$")
SHARED_WINDOW = 16
# The quantities of a list between a comparator and the last of them, which share it: 24%和 (不低于24%和30%) ·
# 5万吨、4.5万吨和 (控制在5万吨、4.5万吨和0.5万吨). Each item is a number with its unit and a joining word.
SHARED_COMPARATOR_LIST_RE = compiled_later(
    r"(?:\s{0,2}\d+(?:\.\d+)?\s{0,2}(?:万|亿|千)?\s{0,2}(?:[%％‰]|" + PHYSICAL_UNIT_RE + "|" + UNITS + r")\s{0,2}(?:和|与|及|、)){1,6}\s{0,2}"
)
# The quantities of a list after a quantity, up to the bound after the last of them, which all share it when the
# clause says 分别: 、25%以上 (分别下降24%、25%以上: 24% is bounded too) · 和30人以下.
SHARED_POST_LIST_RE = compiled_later(
    r"(?:\s{0,2}(?:和|与|及|、)\s{0,2}\d+(?:\.\d+)?\s{0,2}(?:万|亿|千)?\s{0,2}(?:[%％‰]|" + PHYSICAL_UNIT_RE + "|" + UNITS + r")){1,6}"
    r"\s{0,2}(?P<post>及其?以上|以上|及其?以下|以下|以内)"
)
# An age bounding a group of people is the group's name, not a target: 5岁以下儿童死亡率 · 60岁以上老年人.
AGE_GROUP_AFTER_RE = compiled_later(r"\s{0,2}(?:及|的)?\s{0,2}(?:儿童|婴幼儿|幼儿|婴儿|老年人|老人|人口|人群|居民|妇女|学生|青少年|少年|孕产妇|男性|女性)")
# An outline number at the start of a line, the heading's words after it: 6.1人力资源保障, 8.1名词术语, 9.1 名词术语解释.
OUTLINE_NUMBER_RE = compiled_later(r"\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \u3000]{0,2}[\u4e00-\u9fff])")
LINE_START_RE = compiled_later(r"(?:^|\n)[ \u3000]*$")
# 第1批 · 第 24 次 · 十二届10次 (the tenth meeting of the twelfth term): ordinals.
ORDINAL_BEFORE_RE = compiled_later(r"[第届]\s{0,2}$")
# The later numbers of a list of ordinals share its 第: 第17、18件 · 第3和4条.
ORDINAL_LIST_BEFORE_RE = compiled_later(r"第\s{0,2}\d+(?:\s{0,2}[、和与及]\s{0,2}\d+){0,8}\s{0,2}[、和与及]\s{0,2}$")
# 共7章40条 · 分总体目标、主要任务、保障机制3部分40條: how a text is divided, not a target.
DIVISION_BEFORE_RE = compiled_later(r"(?:章|节|部分)\s{0,2}$")
ARTICLE_UNITS = ("条", "款", "项")
# Numbering labels need no rule: the number of （2）, (3), 1． or 1、 is followed by a bracket or a
# dot, never by a unit, so QUANTITY_RE finds no target in them.
# A bare 万/亿 before a physical measure is no count: 5万亩, 3万吨, 2万平方米.
MEASURE_AFTER_RE = compiled_later(r"\s{0,3}(?:[亩吨米斤克升方度瓦]|平方|立方|公里|千米|公斤|千克)")

# ---------------------------------------------------------------------------------------------
# Counted nouns: for the unit of a bare 万/亿 (45.2 万已脱贫建档立卡贫困人口 → 人) and for the subject
# ---------------------------------------------------------------------------------------------

# The noun a quantity counts, when it names its unit: head noun → unit.
NOUN_UNITS = {
    "人口": "人", "人员": "人", "劳动力": "人", "群众": "人", "农民工": "人", "农民": "人", "学生": "人",
    "儿童": "人", "老人": "人", "老年人": "人", "干部": "人", "职工": "人", "患者": "人", "居民": "人", "毕业生": "人",
    "人才": "人", "带头人": "人", "户": "户", "家庭": "户", "农户": "户", "企业": "家", "公司": "家",
    "合作社": "家", "元": "元", "资金": "元", "捐款": "元",
}
# Head nouns that can be a subject (what is counted), longest first in the pattern.
HEAD_NOUNS = sorted(
    set(NOUN_UNITS) | {
        "车间", "基地", "贫困村", "村", "乡镇", "项目", "岗位", "补贴", "贷款", "产品", "专柜", "学校", "医院",
        "卫生室", "园区", "组织", "工程", "设施", "对象", "贫困户", "资产", "示范点", "教师", "医生", "书记",
        "工作队", "队员", "技术人员", "专技人员", "处方", "保险", "救助金", "补助", "奖补",
    },
    key=lambda word: (-len(word), word),  # (ties in one order: the same pattern in every process)
)
HEAD_NOUN_RE = compiled_later("|".join(HEAD_NOUNS))
# Words that may stand before a head noun inside its phrase: 建档立卡贫困人口, 省定贫困村, 对口帮扶资金.
MODIFIERS = sorted(
    {"建档立卡", "贫困", "脱贫", "扶贫", "帮扶", "对口", "省定", "市定", "专技", "党政", "致富", "创业",
     "龙头", "农业", "农村", "城镇", "特色", "农副", "公益", "公益性", "岗位", "就业", "易地", "搬迁",
     "边缘", "低收入", "困难", "残疾", "留守", "返乡", "技能", "专业", "新型", "经营", "协作", "消费",
     "临时", "基层", "驻村", "产业", "社会", "财政", "专项", "增资", "重点", "示范", "衔接", "项目"} | set(HEAD_NOUNS),
    key=lambda word: (-len(word), word),
)
MODIFIER_TAIL_RE = compiled_later("(?:" + "|".join(MODIFIERS) + ")$")
# Characters that end a noun phrase when reading after a quantity.
PHRASE_BREAK = set("的了在按于向和与及或将把被由从，。；：、！？（）() \n\t\u3000“”")
MAX_MODIFIERS = 2

# A scope right before the quantity: （各县（市）区 3000 万元） · 每人 500元 · 每户每年 2000元.
# The noun a bare 万/亿 right after it counts, with only a verb of reaching or a hedge between (户籍人口531.59万 ·
# 老年人预计将达到17.6万): the unit when none is written after the number.
COUNTED_NOUN_BEFORE_RE = compiled_later(
    r"(?P<noun>" + "|".join(sorted(NOUN_UNITS, key=len, reverse=True)) + r")"
    r"(?:\s|预计|将|有可能|可能|会|达到|达|为|约|共计|共|总计|已经|已|增至|增加到|增长到|仍|还|大约){0,5}$"
)

SCOPE_RE = compiled_later(
    r"(?:(?:各|每个?)(?:乡镇|省|市|县|区|乡|镇|村|地|单位|部门|企业|学校|户|人|家|名|年|月)"
    r"(?:\s{0,3}[（(][\u4e00-\u9fff]{1,3}[）)])?(?:\s{0,3}(?:区|级|市|县))?){1,2}\s{0,3}$"
)
SCOPE_LOOKBACK = 16

# Copies and photos handed in with a submission are how much to send, not a target: 一式3份, 照片3-5张,
# 事迹材料各1份, 近期彩色照片3张; nor are the copies an 印发 line says were printed: (共印45份).
# The count may stand in brackets after the thing with its bound: 发布会现场照片(不低于8张,包括全景和特写).
SUBMISSION_BEFORE_RE = compiled_later(
    r"(?:一式|共印|照片|相片|图片|复印件|原件|材料各?|各)(?:\s{0,2}[（(]\s{0,2}(?:不少于|不低于|至少|不超过|不多于)?)?\s{0,2}$")
SUBMISSION_UNITS = ("份", "张", "張", "套", "本")
# How often a report is sent in a schedule is its rhythm (the schedule is a recurring limit), not a target:
# 每天上午8点前、下午17点前各续报1次 · 每月反馈1次 · 每周调度2次.
REPORT_TIMES_BEFORE_RE = compiled_later(r"(?:报|报告|反馈|汇报|调度)\s{0,2}$")


# A rank that picks out the things a measure is about is no target of it: 对绩效评价结果前10位的项目给予奖补 ·
# 排名后3名的乡镇 (a rank to reach, 进入全省前10位, is one).
RANK_BEFORE_RE = compiled_later(r"[前后]\s{0,2}$")
# A move in a ranking is no count either: 居全省第6位,比去年同期提升5位 · 排名上升3名 (places gained or lost).
RANK_MOVE_BEFORE_RE = compiled_later(r"(?:提升|上升|提高|前移|前进|进位|下降|下滑|后退|后移|退后)\s{0,2}$")
RANK_UNITS = ("位", "名")
# A share's distance from an average, reported: 高于全省平均水平1.7个百分点 · 高于全国平均水平(14.3%)近3个百分点 (a status, as a rank
# is; a planned rise, 提高5个百分点以上, stays a target).
AVERAGE_GAP_BEFORE_RE = compiled_later(
    r"(?:高于|低于|超过|超出|领先|落后)[^，,。；;\n\d]{0,12}?平均(?:水平|值|数)?(?:[（(][^（）()\n]{0,12}[）)])?\s{0,2}(?:近|约|达)?\s{0,2}$")
AVERAGE_GAP_UNITS = ("个百分点", "百分点")
# A rate fixed at a distance from another's, the rule for setting it: 存款准备金率按低于同类金融机构1个百分点执行 · 利率按高于
# 同期基准利率2个百分点确定 (a differential, no quantity to reach, as a reported distance from an average is none).
RATE_OFFSET_BEFORE_RE = compiled_later(r"按\s{0,2}(?:低于|高于)[^，,。；;\n\d]{1,16}?\s{0,2}$")
RANK_MODIFIES_AFTER_RE = compiled_later(r"\s{0,2}的")
# A code's length in characters is no count of anything a measure makes: 地区及部门编号:由5位字符组成.
CODE_LENGTH_AFTER_RE = compiled_later(r"\s{0,2}(?:字符|数字|字母|数码|编码|代码|编号|代号|号码|码)")
# A quantity right after 每 is the size a ratio or a standard is counted per, not a target: 每300至500户设置1个 ·
# 每100名学生配备 (each 300 to 500 households: a siting standard); 每年完成37万座 and 每人补助500元 are read.
# A count of the files attached is how the page lists them, not a target: 共 2 个附件: · 附件3份.
ATTACHMENTS_AFTER_RE = compiled_later(r"\s{0,2}(?:附件|附表)")
# Who sits in on a meeting is its attendance, not a target: 邀请市人大常委会…1名领导固定列席会议 · 各派2名代表出席会议
# (每村配备1名专职人员 and 选派10名干部驻村 are read).
MEETING_ATTENDEES_AFTER_RE = compiled_later(r"[\u4e00-\u9fff]{0,8}?(?:列席|出席|参加会议|参会)")
# A household's size, named by its number of members: 3人户及以上 · 2人户中2人均年满18周岁 · 单人户 (a class of households an
# allocation rule names, no count of people). 户籍 (人户分离's 人户 aside) is the register, not a household: 500人户籍 stays.
HOUSEHOLD_SIZE_AFTER_RE = compiled_later(r"户(?!籍|口)")
# A condition all of a group's members meet, written N人均 + a state: 2人户中2人均年满18周岁 · 申请人及配偶2人均为本市户籍 (who
# qualifies, no count to reach; 人均 per head has no count before it: 人均可支配收入).
MEMBERS_ALL_AFTER_RE = compiled_later(r"均\s{0,2}(?:年满|为|系|属于|具有|持有|具备|符合|已|未|无)")
# A count of kinds right before what it counts and that count is no target of its own: 测评10类点位 78个 (the kinds
# sort the 78 sites, the figure read); a count of kinds alone (整治10类问题, 分为3大类) is read.
KIND_UNITS = ("类", "种", "大类", "小类", "子类")
# A count of provinces is at most the country's 34 provincial units: 10省（市）, 31省; a longer figure before 省 is another
# number glued to a body's name (a date's digits 202131 over 省民委(省宗教局)…, the copy's lines joined).
PROVINCE_UNIT, PROVINCE_COUNT_MAX = "省", 34
COUNT_OF_KINDS_AFTER_RE = compiled_later(r"[\u4e00-\u9fff]{1,4}\s{0,2}\d+(?:\.\d+)?\s{0,2}(?:个|处|家|项|件|所|户|人|名|座|条)")
PER_BEFORE_RE = compiled_later(r"每\s{0,2}(?:\d+(?:\.\d+)?\s{0,2}(?:至|到|-|—|~|～)\s{0,2})?$")
# A political slogan's count written with digits (a copy that turned numerals into digits): 树牢“4个意识”, 坚定“4个自信”,
# 做到“2个维护”, “4个全面”: the slogan's name, no quantity to reach.
SLOGAN_AFTER_RE = compiled_later(r"(?:意识|自信|维护|确立|全面)(?![\u4e00-\u9fff]{0,2}(?:项目|工程|单位))")


EXAMPLES = {
    "PACKAGE_BEFORE_KIND_RE": Examples(match=("90条措施", "33条政策措施", "20條舉措"), no_match=("94条自然村", "3条道路", "20条")),
    "PACKAGE_NAME_RE": Examples(match=("“八抓20条”", "″八抓20条″", "“稳经济20条”", "“20条”"),
                                no_match=("“新建100个”", "将全镇94条自然村", "“八抓”20条")),
    "QUANTITY_RE": Examples(match=("4557户", "3米及其以下", "1250万元", "80%以上", "3.33 亿元以上", "5万亩", "30人(含)以下", "3-4个", "年底,50平方公里以上",
                                   "100万吨/年", "9大项", "1000盏", "35蒸吨/小时以下", "450.03公斤/亩", "31起", "25组", "40℃以上",
                                   "200部", "3大平台", "20兆", "10个小时", "25小时", "8本以上", "10省（市）", "15公里内", "500米内", "10例以上"),
                            no_match=("PM", "第")),
    "QUOTED_NAME_RE": Examples(match=("加强“重点工作5张报表”督查", "树牢“4个意识”"),
                               no_match=("“开工建设城市地下综合管廊2000公里以上”", "“新增就业10万人以上”", "“456”")),
    "TEMPERATURE_RE": Examples(match=("办公用空调", "室内温度"), no_match=("全年节约用电",)),
    "CEILING_NAMED_AFTER_RE": Examples(match=("的总量控制目标", "的排放总量控制指标", "的上限", "上限"),
                                       no_match=("的总量", "的控制目标", "的目标任务")),
    "KEPT_AT_RE": Examples(match=("空调严格控制在", "温度设定在", "调至"), no_match=("不得低于", "不超过")),
    "DEGREE_CONTEXT_RE": Examples(match=("办公用空调严格控制在", "夏季室内温度不低于", "全年节约用电"), no_match=("倾斜角", "力度", "年度")),
    "DISTANCE_WITHIN_RE": Examples(match=("公里内", "千米内", "0米内", "0米范围内", "公里范围以内"),
                                   no_match=("个内", "公里内部", "小时内", "米内", "米范围")),
    "WORDS_OBJECT_LISTED_RE": Examples(match=("经济增长、", "全省平均水平、 "), no_match=("5万吨、", "经济增长", "30%和")),
    "PHYSICAL_UNITS": Examples(match=("亩", "公顷", "平方米", "吨", "蒸吨", "立方米", "千瓦", "公里", "微克每立方米",
                                      "微克/立方米", "平米", "吨/年", "斤", "蒸吨/小时", "公斤/亩", "毫米", "℃", "km", "m"),
                               no_match=("度", "个")),
    "FIGURE_LIST_RE": Examples(match=("2km、lkm", "500m、lOOm", "50米、lOO米"), no_match=("lOOm", "2km、COOL", "5人、lO人")),
    "LISTED_FIGURE_RE": Examples(match=("lOOm", "2km", "50米"), no_match=("COOL", "lO人")),
    "INCLUSION_RE": Examples(match=("(含)", "（含）", "(不含)", "(不含6亩)", "（含50人）", "(不含100万元)"),
                             no_match=("（试行）", "(不含税)")),
    "PRE_COMPARATOR_RE": Examples(match=("不少于", "不低于", "控制在", "超过", "不得累计", "起码", "最起码", "普及率超",
                                            "每户不超 "), no_match=("达标", "起步", "超市", "超额完成")),
    "PHONE_BEFORE_RE": Examples(match=("电话：", "拨打"), no_match=("完成",)),
    "SHARED_COMPARATOR_LIST_RE": Examples(match=("24%和", "5万吨、4.5万吨和", " 30 人、"), no_match=("24%，", "2019年和")),
    "SHARED_POST_LIST_RE": Examples(match=("、25%以上", "和30人以下"), no_match=("，25%以上", "、25%")),
    "MEMBERS_ALL_AFTER_RE": Examples(match=("均年满18周岁", "均为本市户籍", "均具有本市户籍"), no_match=("均可支配收入", "参加培训")),
    "LISTED_KINDS": Examples(match=("平台", "领域", "工程"), no_match=("精神", "会")),
    "LIST_SEPARATOR_RE": Examples(match=("话务、业务", "业务和可视化"), no_match=("话务业务",)),
    "BANDWIDTH_UNITS": Examples(match=("兆", "Mbps", "M"), no_match=("兆瓦", "G")),
    "BANDWIDTH_CONTEXT_RE": Examples(match=("20兆进牧户的带宽要求", "按需接入宽带网络", "100M光纤入户"),
                                     no_match=("新增5G基站1000座", "完成投资2兆日元")),
    "SENTENCE_STOP_RE": Examples(match=("。", "；", "\n"), no_match=("，",)),
    "HOUSEHOLD_SIZE_AFTER_RE": Examples(match=("户及以上", "户中2人均年满18周岁"), no_match=("户籍", "户口", "，")),
    "AGE_GROUP_AFTER_RE": Examples(match=("儿童死亡率", "老年人", "的妇女"), no_match=("，", "以上")),
    "SHARED_UNIT_BEFORE_RE": Examples(match=("分别不高于53和", "30与"), no_match=("2019年和", "1,200和")),
    "OUTLINE_NUMBER_RE": Examples(match=("6.1人力资源保障", "2.3.1预警分级", "9.1 名词术语解释"), no_match=("6人", "1,200人", "6 人")),
    "LINE_START_RE": Examples(match=("\n", "\n  ", ""), no_match=("达到",)),
    "DIVISION_BEFORE_RE": Examples(match=("共7章", "3部分"), no_match=("共",)),
    "RANK_BEFORE_RE": Examples(match=("绩效评价结果前", "排名后 "), no_match=("全省", "以前10")),
    "AVERAGE_GAP_BEFORE_RE": Examples(match=("高于全省平均水平", "高于全国平均水平(14.3%)近", "低于全市平均"),
                                      no_match=("比2015年提高", "高于", "平均水平提高")),
    "RATE_OFFSET_BEFORE_RE": Examples(match=("存款准备金率按低于同类金融机构", "利率按高于同期基准利率 "),
                                      no_match=("比2015年提高", "按照", "低于同类金融机构", "按低于")),
    "RANK_MOVE_BEFORE_RE": Examples(match=("比去年同期提升", "排名上升 "), no_match=("提升至", "全省")),
    "RANK_MODIFIES_AFTER_RE": Examples(match=("的项目", " 的乡镇"), no_match=("。", "以内")),
    "ORDINAL_LIST_BEFORE_RE": Examples(match=("第17、", "第3和", "第1、2、"), no_match=("第17", "17、")),
    "ORDINAL_BEFORE_RE": Examples(match=("第", "第 ", "十二届"), no_match=("共",)),
    "RANGE_HIGH_AFTER_RE": Examples(match=("-5万元", "至50人", " — 5 万元"), no_match=("-5月", "至2020年")),
    "SUBMISSION_BEFORE_RE": Examples(match=("各一式", "(共印", "现场观看照片", "事迹材料各", "近期彩色照片", "发布会现场照片(不低于"),
                                     no_match=("发放宣传资料", "印发宣传资料", "培训", "张贴宣传海报(不低于")),
    "CODE_LENGTH_AFTER_RE": Examples(match=("字符组成", "数字编码", " 码"), no_match=("专家", "的")),
    "SLOGAN_AFTER_RE": Examples(match=("意识”", "自信", "维护”"), no_match=("项目", "全面建设项目", "村")),
    "ATTACHMENTS_AFTER_RE": Examples(match=("附件:", " 附表"), no_match=("项目", "附属设施")),
    "MEETING_ATTENDEES_AFTER_RE": Examples(match=("领导固定列席会议", "代表出席", "分管负责同志参加会议"),
                                           no_match=("专职人员", "干部驻村", "干部参加培训")),
    "COUNT_OF_KINDS_AFTER_RE": Examples(match=("点位 78个", "问题点位120处"), no_match=("问题", "问题，全部整改到位", "点位全部达标")),
    "PER_BEFORE_RE": Examples(match=("按照每", "每300至", "每 300-"), no_match=("每年完成", "每人补助", "全市")),
    "REPORT_TIMES_BEFORE_RE": Examples(match=("各续报", "每月反馈", "每周调度 "), no_match=("培训", "开展检查")),
    "MEASURE_AFTER_RE": Examples(match=("亩", "平方米", "公里"), no_match=("人",)),
    "COUNTED_NOUN_BEFORE_RE": Examples(match=("全市户籍人口", "80岁以上老年人预计将达到"), no_match=("全市", "人口增长较快，增加")),
    "COMPARED_FIGURE_BEFORE_RE": Examples(match=("全国(", "全省平均水平（"), no_match=("(", " （", "全国")),  # read after the comparator
    "COMPARED_FIGURE_AFTER_RE": Examples(match=("16.1%)", "3.2万人）"), no_match=("16.1%", "16.1%以上")),
    "COUNTY_COUNT_BEFORE_RE": Examples(match=("对上述", "江西、湖南等", "全省共"), no_match=("重点推出《", "展板制作", "对")),
    "SCOPE_RE": Examples(match=("每人 ", "各县（市）区 "), no_match=("全市",)),
    "CLAUSE_START_RE": Examples(match=("，", "：", "\n"), no_match=("、", "（")),
    "MOBILE_RE": Examples(match=("18245323188", "13912345678"), no_match=("12317", "0991-2817458", "6552712")),
    "HEAD_NOUN_RE": Examples(match=("建档立卡贫困人口", "扶贫车间", "专技人员", "省定贫困村"), no_match=("工作要点", "脱贫攻坚")),
    "MODIFIER_TAIL_RE": Examples(match=("新建扶贫车间", "建档立卡", "省定贫困村"), no_match=("新建扶贫车间的",)),
}
