"""Lists of bodies in a header or 版记 (主送机关, 抄送): where one entry ends and the next begins.

A list is split on ，；, and on 、 where the part before it names a whole body. What keeps parts
together is named data with examples: a class of bodies (各市、县（区）扶贫开发领导小组), members
sharing the first part's prefix (市政府各部门、各直属机构; 省政府各厅、委和各直属机构), the
departments of one class of places (各县(市、区)发改委、工信局、住建局), a party committee and
its government or office (各县市区委、人民政府, 各街道党工委、办事处), a suffix the last part gives them all (经济开发区、
工业园区、农高区管委会). Zones named in full (岳阳经济技术开发区、南湖新区) are bodies each.
"""

from __future__ import annotations

import re

from extractors.lazy_patterns import compiled_later
from extractors.fold import fold
from extractors.vocab import Examples

from pipeline.document.elements import BODY_NAME_END

MIN_BODY_NAME = 3  # 各乡镇; shorter parts (办, 局) share the name before them
# 。 too: a 版记's 抄送 ends one group of bodies with it and starts the next (…省法院，省检察院。各民主党派省委，省工商联。)
LIST_SEPARATORS = compiled_later(r"[，,；;。]")
# A letter's courtesy word before whom it greets (亲爱的市民同志, 尊敬的各位村民): the salutation's manners, not the
# addressee's name, which is what a reader compares (各位村民 as another letter prints it bare).
COURTESY_PREFIX = compiled_later(r"^(?:尊敬的|亲爱的|親愛的)\s*")
# 市政府各工作部门、直属事业单位: a part naming the members by how they belong shares the prefix too.
MEMBER_CLASS_STARTS = ("各", "直属", "所属", "下属")
SHORT_MEMBER_CLASS = 4  # 直属机构: a part this short after 区政府各部门 shares its prefix
# A body's members named after it (市政府各部门 · 市局相关处室 · 区政府有关部门): the owner printed once, which a class of
# its members in the next part shares (CONVENTIONS.md C6).
OWNED_MEMBERS = compiled_later(r"^[\u4e00-\u9fff]{2,12}?(?:各|相关|有关)")
# 相关 or 有关 before a class of members named by how they belong (相关直属单位, 有关所属单位): the members of the body
# named before, as 各直属机构 are.
RELATED_MEMBERS = compiled_later(r"^(?:相关|有关)(?=直属|所属|下属)")
# Members named by their kind and joined to the next kind (委和各直属机构 after 省政府各厅).
JOINED_MEMBERS = compiled_later(r"^[\u4e00-\u9fff]{1,2}(?:和|及|以及)")
# A class of places at the start of the first part: 各县(市、区), 各市, 各乡镇, 各旗县.
# 各学区 · 各片区 · 各园区: districts of a service or a zone, places too (机关各科室、各学区 names two classes).
# 各镇街: the towns and the subdistricts (街道), one class of places. 各计划单列市 · 各副省级城市 · 各省辖市: cities of a
# standing, a class of places too (各计划单列市民政局、财政局: their two bureaus, one entry); 各地级以上市 (a province's
# cities at prefecture level and above: 各地级以上市科协、科技局、…、国资委, their bodies, one entry).
PLACE_CLASS = compiled_later(r"^各(?:计划单列市|副省级城市|副省级市|省辖市|地级以上市|地级市|设区的?市|街道|社区|行政村|自然村|[学片校园景]区|镇街|[省市县区乡镇旗州盟村]{1,3}|[县市区街][（(][^）)]{1,8}[）)]|街道[（(][^）)]{1,8}[）)])")
# A department named without its place (发改委, 工信局, 住建局, 交通运输局): short, a department's suffix.
# 疾控主管部门: the department of a kind, named without its place.
DEPARTMENT = compiled_later(r"^(?!各|[省市县区](?!场))[\u4e00-\u9fff]{1,6}(?:局|委|办|厅|中心|主管部门|协)$")  # 协: 计生协, 科协
# The courts, procuratorates and co-operatives every place has, named without their place like its departments
# (新疆生产建设兵团农业农村局、法院、检察院、…、供销合作社: the 兵团's bodies, the place printed once, CONVENTIONS.md C6).
PLACE_INSTITUTION = compiled_later(r"^(?:人民)?(?:法院|检察院)$|^供销(?:合作)?社$")
# A place or zone named with a department after it (温泉度假区计生办, 开发区财政局): the last of a list of places given the
# departments they all have (各乡镇、街道、温泉度假区计生办、计生协).
PLACE_THEN_DEPARTMENT = compiled_later(r"^[\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡|街道)[\u4e00-\u9fff]{1,6}(?:局|委|办|厅|中心|协)$")
# A department whose name runs longer (公共资源交易监管局, 住房城乡建设局): after a place's department, the same
# place's (CONVENTIONS.md C6: …局、公共资源交易监管局、重点工程管理局 share the place printed once).
# A department after a province or city named in full (北京市市政市容委, 重庆市市政委, 海南省水务厅): the place's own, the place
# printed with it (a name opening with 市 or 省 is a department's own word: 市政市容委, 市场监督管理局); the departments after it with no place (园林绿化局、水务局) are that place's too (CONVENTIONS.md C6).
NAMED_PLACE_DEPARTMENT = compiled_later(r"^(?![各市省县区])[\u4e00-\u9fff]{2,4}?[省市][\u4e00-\u9fff]{1,8}(?:局|委|办|厅)$")
LONG_DEPARTMENT = compiled_later(r"^(?!各|[省市县区](?!场))[\u4e00-\u9fff]{7,10}局$")
# A class of zones named by their kind alone (各新区, 各开发区): the zones' bodies, as 各乡镇 names the towns'.
ZONE_CLASS = compiled_later(r"^各(?:新区|开发区|园区|功能区|管理区|经开区|高新区)$")
# A zone named in full: 岳阳经济技术开发区, 城陵矶新港区, 南湖新区, 屈原管理区, 长白山开发区; an operating area a water or
# mining office addresses by its name (桃源县大洑溪采区, 某某矿区) and a scenic area (某某景区) too.
# A park named by its kind, short for its full name (高新园 for 高新技术产业园, 工业园), is a zone too.
ZONE = compiled_later(r"(?:开发区|经开区|經開區|高新区|新区|新港区|园区|管理区|示范区|试验区|保税区|合作区|采区|矿区|景区|度假区"
                  r"|(?:高新|产业|工业|科技|物流)园)$")
# A zone's administration committee before one of its departments (管委会社会事业局, 高新区管委经发局): the department named
# with its owner, never a bare department sharing the place of the list's first body (县(区)教体局、管委会社会事业局 are the
# counties' bureaus and the committees' bureaus, two classes).
OWNER_COMMITTEE_BEFORE = compiled_later(r"(?:管委会|管委|管理委员会)(?=[\u4e00-\u9fff]{2,8}$)")
# A zone's word before the body it names: 西洞庭管理区团(工)委, 经济开发区管委会.
ZONE_BEFORE_BODY = compiled_later(r"(?:开发区|新区|园区|管理区|示范区|试验区|保税区|合作区|度假区)(?=[^、]{1,8}$)")
# 各县市区委、人民政府 · 各街道党工委、办事处: a party committee and its government or office, one class of bodies.
COMMITTEE = compiled_later(r"(?:党委|党工委|[区县市州旗][）)]?委)$")  # 各县(市、区)委: the class's brackets before 委
GOVERNMENT = compiled_later(r"^(?:人民政府|政府|办事处|管委会)$")
# A place named alone, without a body (广德市, 宿松县): in a list it shares the body the next part names.
# A class of bodies named by their kind alone, with no place of its own (企事业单位 of 各村、企事业单位): after a class of
# places it is another class, not those places' body (镇人民政府 of 各乡、镇人民政府 is).
KIND_CLASS = compiled_later(r"^(?![省市县区乡镇村])[\u4e00-\u9fff]{0,4}(?:单位|企业|机构|组织|学校)$")
BARE_PLACE = compiled_later(r"^(?!各)[\u4e00-\u9fff]{1,5}[市县州旗盟]$")
# A class of bodies named by its kind alone, with no owner and no place (各单位、部门 · 各部门、单位): after 各 printed once
# for no one in particular, each kind is a class of its own (CONVENTIONS.md C6: a 各 alone does not join); 市直各部门、
# 单位 shares its owner 市直.
# 各学院、部门、处、室 · 各所、处、中心: a university's or an academy's units by their kinds, one class each.
# 各委、局 · 各委、办、局: a government's commissions, offices and bureaus by their kinds, with no owner printed before the
# 各 (市政府各委、办、局 is one entry: its owner printed once for all).
BARE_KIND = compiled_later(r"^(?:部门|单位|科室|处室|站所|院系|学院|系|所|处|室|科|中心|站|队|委|办|局|厅)$")
# A class of bodies that belong to no office named before them (企事业单位, 居委会, 村委会, 学校): after 机关各部门 they are
# entries of their own, where 各直属机构 and 各科室 are the 机关's members.
OWN_BODIES_CLASS = compiled_later(r"^各(?:企事业单位|企业|事业单位|居委会|村委会|居民委员会|村民委员会|学校|中小学|医院|人民团体|社会组织)$")
# A body stationed in a ministry, a department or a place (驻部监察局, 驻厅纪检组, 驻市审计办): a bare department after it
# (审计局 of 驻部监察局、审计局) is stationed there too, the 驻部 printed once for both (CONVENTIONS.md C6's shared owner).
STATIONED = compiled_later(r"^驻(?:部|委|厅|局|省|市|县|区|署|办)")
# The organisation a unit has inside it (its league committee, party committee or branch, trade union), printed once after a
# list of classes of units for all of them: 市各委办局、公司、直属单位团委(总支、支部) is the league committees of each
# (CONVENTIONS.md C6's shared suffix), as 各乡镇、县直各单位党委 is the party committees of both.
UNIT_ORGANISATION = compiled_later(r"(?:团委|团总支|团支部|团[（(]工[）)]委|党委|党总支|党支部|党组织|工会|妇委会)$")
# A class of bodies named by how they stand to the notice, not by place (有关部门, 相关单位, 各直属机构).
OTHER_BODIES = ("有关", "相关", "各", "其他", "其它")

# An office named with its alternative in brackets after the last of a run of bodies (高法院、高检院、有关人民团体办公厅(室);
# 中央宣传部、教育部、科技部办公厅(室)): the office of each, a 办公厅 for some and a 办公室 for others, the suffix printed once for
# all (CONVENTIONS.md C6's shared suffix). Read folded.
SHARED_OFFICE = compiled_later(r"(?:办公厅|办公室)[（(](?:室|厅)[）)]$")
# A body's own office ending a part (全国人大常委会办公厅, 全国政协办公厅秘书局): that part takes no suffix printed after it.
OWN_OFFICE = compiled_later(r"(?:办公厅|办公室|秘书局|秘书处|联络局)(?:[（(](?:室|厅)[）)])?$")

EXAMPLES = {
    "SHARED_OFFICE": Examples(match=("有关人民团体办公厅(室)", "国务院各部委、各直属机构办公厅（室）", "科技部办公室(厅)"),
                              no_match=("省政府办公厅", "市审计局办公室", "财政厅(局)")),
    "OWN_OFFICE": Examples(match=("全国政协办公厅", "全国人大常委会办公厅联络局", "市审计局办公室"), no_match=("高法院", "教育部", "有关人民团体")),
    "COURTESY_PREFIX": Examples(match=("亲爱的市民同志", "尊敬的各位村民", "親愛的家長"), no_match=("各位村民", "广大家长朋友")),
    "LIST_SEPARATORS": Examples(match=("各乡镇人民政府，县直各单位", "各县(市、区)人民政府;市政府各部门", "省检察院。各民主党派省委"),
                                no_match=("市政府各部门、各直属机构",)),
    "OWNED_MEMBERS": Examples(match=("市政府各部门", "市局相关处室", "区政府有关部门"), no_match=("各直属机构", "相关单位")),
    "RELATED_MEMBERS": Examples(match=("相关直属单位", "有关所属单位"), no_match=("相关单位", "有关部门", "直属单位")),
    "JOINED_MEMBERS": Examples(match=("委和各直属机构", "办及各有关单位"), no_match=("各直属机构", "县直有关单位")),
    "PLACE_CLASS": Examples(match=("各县(市、区)发改委", "各乡镇人民政府", "各市", "各计划单列市民政局", "各地级以上市科协", "各街道(镇)", "各学区", "各行政村", "各设区市住房城乡建设局", "各镇街"), no_match=("各有关单位", "市政府各部门", "各直属机构")),
    "DEPARTMENT": Examples(match=("工信局", "交通运输局", "发改委", "市场监管局", "疾控主管部门", "计生协"),
                           no_match=("管委会", "乡人民政府", "鲤城街道办事处", "各市财政局", "县财政局")),
    "PLACE_INSTITUTION": Examples(match=("法院", "检察院", "人民法院", "供销合作社", "供销社"),
                                  no_match=("最高人民法院", "中国科学院", "农民专业合作社", "市中级人民法院")),
    "PLACE_THEN_DEPARTMENT": Examples(match=("温泉度假区计生办", "开发区财政局"), no_match=("计生协", "各乡镇", "县直各单位")),
    "NAMED_PLACE_DEPARTMENT": Examples(match=("北京市市政市容委", "重庆市市政委", "海南省水务厅", "天津市财政局", "北京市教委"),
                                       no_match=("园林绿化局", "市政市容委", "城市管理局", "市场监督管理局", "各省水利厅", "县财政局")),
    "LONG_DEPARTMENT": Examples(match=("公共资源交易监管局", "公共资源交易管理局"), no_match=("各市公共资源交易监管局", "市公共资源交易中心", "县住房和城乡建设局")),
    "ZONE_CLASS": Examples(match=("各新区", "各开发区"), no_match=("各新区管委会", "南湖新区")),
    "OWNER_COMMITTEE_BEFORE": Examples(match=("管委会社会事业局", "高新区管委经发局"), no_match=("管委会", "社会事业局", "县教体局")),
    "ZONE_BEFORE_BODY": Examples(match=("西洞庭管理区团(工)委", "经济开发区管委会"), no_match=("南湖新区", "开发区建设局办公室主任会")),
    "ZONE": Examples(match=("岳阳经济技术开发区", "南湖新区", "长白山开发区", "桃源县大洑溪采区", "澧县孟姜垸采区", "高新园", "西太湖工业园"),
                     no_match=("农高区管委会", "各县(市、区)", "公园", "幼儿园")),
    "COMMITTEE": Examples(match=("各县市区委", "各乡镇党委", "各街道党工委", "各县(市、区)委"), no_match=("县发改委", "市纪委")),
    "KIND_CLASS": Examples(match=("企事业单位", "企业", "社会组织", "民办学校"), no_match=("镇人民政府", "村民委员会", "县直各单位")),
    "BARE_KIND": Examples(match=("部门", "单位", "学院", "处", "中心", "委", "局"), no_match=("各部门", "直属单位", "发改委", "财政局")),
    "PLACE_STEM": Examples(match=("琅琊", "海淀", "南谯"), no_match=("南谯区人民政府", "团委", "各单位")),
    "PLACE_LEVEL_BODY": Examples(match=("南谯区人民政府", "丰台区教委", "宿松县住房城乡建设局"), no_match=("市政府各部门", "各区人民政府")),
    "BARE_PLACE": Examples(match=("广德市", "宿松县"), no_match=("各市", "宿松县住房城乡建设局", "农高区管委会")),
    "OWN_BODIES_CLASS": Examples(match=("各企事业单位", "各居委会"), no_match=("各直属机构", "各科室", "各企事业单位负责人")),
    "STATIONED": Examples(match=("驻部监察局", "驻厅纪检组", "驻市审计办"), no_match=("本部各司局", "审计局", "驻京办事处")),
    "PLACE_START": Examples(match=("县(市)卫生计生局", "区人民政府"), no_match=("各直属机构", "卫生计生局")),
    "GOVERNMENT": Examples(match=("人民政府", "政府", "办事处"), no_match=("乡人民政府", "各街道办事处")),
    "UNIT_ORGANISATION": Examples(match=("直属单位团委", "县直各单位党委", "企业工会", "西洞庭管理区团(工)委"),
                                  no_match=("县委", "市直团工委", "各级工会组织")),
}


def split_list(body: str) -> list[str]:
    """Split a list of bodies (主送, 抄送) on ，； and on 、 where the part before it is a whole body.

    ``各市、县（区）扶贫开发领导小组`` is one class of bodies (各市 alone names none), while
    ``省委办公厅、省政府办公厅`` names two; ``市政府各部门、各直属机构`` is one entry (the parts after
    the first share its prefix 市政府).
    """
    entries = []
    for chunk in LIST_SEPARATORS.split(body.strip().rstrip("。.、")):  # 局属各单位、各科室、: a stray 、
        chunk = COURTESY_PREFIX.sub("", chunk.strip())
        if not chunk:
            continue
        parts = _shared_office_joined(_grouped(_places_joined([part.strip() for part in _split_outside_brackets(chunk)
                                                                if part.strip()])))
        if len(parts) > 1 and _separate_bodies([fold(part) for part in parts]):
            entries.extend(parts)
        else:
            entries.append(chunk)
    return entries


def _shared_office_joined(parts: list[str]) -> list[str]:
    """The run of bodies before a last part ending with an office and its alternative (SHARED_OFFICE) joined to it: 高法院、
    高检院、有关人民团体办公厅(室) is one entry, the three bodies' offices. The run stops at a part ending with an office of its
    own (全国政协办公厅、高法院、高检院办公厅(室): the first is an entry by itself)."""
    if len(parts) < 2 or not SHARED_OFFICE.search(fold(parts[-1])):
        return parts
    first = len(parts) - 1
    while first > 0 and not OWN_OFFICE.search(fold(parts[first - 1])):
        first -= 1
    return parts[:first] + ["、".join(parts[first:])]


# A place's name printed without its level word (琅琊 of 琅琊、南谯区人民政府; 海淀、朝阳 of 海淀、朝阳、丰台区教委): two or three
# characters, the level word and the body printed once after the last place of the run.
PLACE_STEM = compiled_later(r"^(?!各)[\u4e00-\u9fff]{1,2}[\u4e00-\u9fff](?<![委局办厅部会院所处室站队组社校司心位])$")
# The last place of such a run, with its level word and the body the run shares (南谯区人民政府, 丰台区教委).
PLACE_LEVEL_BODY = compiled_later(r"^[\u4e00-\u9fff]{2,3}[区县市旗]")


# The place word a part opens with when it goes on with a class of places begun before it (县(市) after 各区).
PLACE_START = compiled_later(r"^[省市县区乡镇旗州盟縣區鄉鎮]")


def _places_joined(parts: list[str]) -> list[str]:
    """A class of places named over two parts joined into one (各区、县(市)卫生计生局: the districts' and counties'
    bureaus, one class): a first part that is only a short class of places (各区, 各市) and the part after it opening
    with a place word."""
    if len(parts) > 1 and len(parts[0]) < MIN_BODY_NAME and _whole_place_class(fold(parts[0])) \
            and PLACE_START.match(parts[1]):
        return [parts[0] + "、" + parts[1]] + parts[2:]
    return parts


def _grouped(parts: list[str]) -> list[str]:
    """Parts too short to name a body (办, 局 of 区政府相关委、办、局; 局(公司) of 市各委、办、局(公司): its note in brackets
    aside) joined to the part before them, and a place named bare (广德市 of 广德市、宿松县住房城乡建设局) joined to the
    part after it, whose body it shares."""
    groups: list[str] = []
    pending = ""
    for part in parts:
        if groups and BARE_KIND.match(part) and groups[0].startswith("各") and BARE_KIND.match(groups[0][1:]) \
                and all(BARE_KIND.match(group) for group in groups[1:]):
            groups.append(part)  # 各单位、部门 · 各学院、部门、处、室: classes each, no owner printed for them
        elif groups and len(_bare(part)) < MIN_BODY_NAME and not pending:
            groups[-1] += "、" + part
        elif groups and not pending and STATIONED.match(fold(groups[-1].split("、")[0])) and _bare_department(part):
            groups[-1] += "、" + part  # 驻部监察局、审计局: both stationed in the ministry
        elif groups and not pending and OWNED_MEMBERS.search(fold(groups[-1])) and part.startswith(MEMBER_CLASS_STARTS) \
                and _member_class(fold(part)) and not OWN_BODIES_CLASS.match(fold(part)):
            groups[-1] += "、" + part  # 市政府各部门、各直属机构 after other bodies: the members of the body printed before
        elif BARE_PLACE.match(fold(part)) and _next_names_a_place_body(parts, part):
            pending += part + "、"
        elif PLACE_STEM.match(fold(part)) and not names_a_body(part) and _level_and_body_follow(parts, part):
            pending += part + "、"  # 琅琊、南谯区人民政府: the level word and the body printed once, with the last place
        elif (ZONE.search(_bare(part)) or pending and not names_a_body(part)) and _zones_body_follows(parts, part):
            pending += part + "、"  # 德山开发区、柳叶湖旅游度假区、西湖、西洞庭管理区团(工)委: the zones' body, printed once
        else:
            groups.append(pending + part)
            pending = ""
    return groups + ([pending.rstrip("、")] if pending else [])


def _separate_bodies(parts: list[str]) -> bool:
    """Whether the 、-separated ``parts`` (folded to simplified characters) name a body each."""
    if _organisation_of_each(parts):
        return False  # 市各委办局、公司、直属单位团委: the league committee of each class of units
    if all(part.startswith("各") and len(part) >= 2 for part in parts):
        return True  # 各系、各部门: a class of bodies each
    if BARE_KIND.match(parts[0][1:]) and parts[0].startswith("各") and all(BARE_KIND.match(part) for part in parts[1:]):
        return True  # 各单位、部门 (see _grouped)
    if len(parts) == 2 and PLACE_CLASS.match(parts[0]) and not _whole_place_class(parts[0]) and "、" not in parts[0] \
            and PLACE_START.match(parts[1]) and names_a_body(parts[1]) and not _bare_department(parts[1]) \
            and not _same_places_bodies(parts):
        return True  # 各区教育、市局直属中学: a body printed with its own place after the places' class shares nothing with it
    if _whole_place_class(parts[0]) and all(KIND_CLASS.match(part) for part in parts[1:]):
        return True  # 各村、企事业单位: the villages, then a class of bodies named by their kind
    if _whole_place_class(parts[0]) and KIND_CLASS.match(parts[1]) and all(names_a_body(part) for part in parts[1:-1]):
        return True  # 各行政村、生产经营单位、镇属有关部门、…: after a class of bodies named by their kind, bodies each
    if (_whole_place_class(parts[0]) or ZONE_CLASS.match(parts[0])) and "各" in parts[1][1:] \
            and all(names_a_body(part) for part in parts[1:]):
        return True  # 各新区、区政府各部门、各市级垂管单位: one body's members after the places give them no kind
    if not all(len(part) >= MIN_BODY_NAME or COMMITTEE.fullmatch(part) for part in parts):  # 各委、办、局 (县委 is a body)
        return False
    if OWNED_MEMBERS.search(parts[0]) and all(_member_class(part) and not OWN_BODIES_CLASS.match(part) for part in parts[1:]):
        # 市政府各部门、各直属机构 · 市局相关处室、相关直属单位 (机关各部门、各企事业单位、各居委会: bodies of their own after
        # the 机关's)
        return False
    if PLACE_CLASS.match(parts[0]) and all(_bare_department(_head(part)) for part in parts[1:]):
        # 各县(市、区)发改委、工信局、住建局; 各区县民政局、财政局、卫生健康局、残联 too, its short name (残联) grouped with
        # the department before it
        return False
    if NAMED_PLACE_DEPARTMENT.match(_head(parts[0])) \
            and all(_bare_department(_head(part)) and not NAMED_PLACE_DEPARTMENT.match(_head(part)) for part in parts[1:]):
        return False  # 北京市市政市容委、园林绿化局、水务局: a named city's departments, the city printed once (C6's owner)
    if not DEPARTMENT.match(parts[0]) and (_place_department(parts[0]) or _place_department(_head(parts[0]))) \
            and all(_bare_department(_head(part)) for part in parts[1:]):
        # 新疆生产建设兵团教育局、卫生健康局、疾控主管部门: one place's departments; 新疆生产建设兵团党委组织部、编办、人力资源
        # 社会保障局、国资委、残联 too, its short names (编办, 残联) grouped with the name before them
        return False
    if len(parts) >= 3 and _whole_place_class(_head(parts[0])) and PLACE_THEN_DEPARTMENT.match(parts[1]) \
            and all(_bare_department(part) for part in parts[2:]):
        # 各乡镇、街道、温泉度假区计生办、计生协: the places, the last named with the first department, then the others: the
        # departments of every place named, printed once (CONVENTIONS.md C6's shared suffix)
        return False
    if _same_places_bodies(parts):
        return False  # 各村党总支、村委会: the villages' committee, printed once for both (CONVENTIONS.md C6)
    if len(parts) == 2 and COMMITTEE.search(parts[0]) and GOVERNMENT.match(parts[1]):
        return False  # 各县市区委、人民政府 · 各街道党工委、办事处
    if _whole_place_class(parts[0]) and all(part.startswith(OTHER_BODIES) and names_a_body(part) for part in parts[1:]):
        # 各村(场)、有关部门: the villages, then a class of bodies of another kind; a named body after them gives the
        # class its kind (各区县(自治县)、万盛经开区扶贫开发领导小组), and 各市、县(区)…小组 is one class
        return True
    if all(ZONE.search(_bare(part)) or _whole_place_class(part) for part in parts) \
            and any(ZONE.search(_bare(part)) for part in parts):
        # 岳阳经济技术开发区、城陵矶新港区、南湖新区; 开发区、高新园(邹区镇)、各街道: zones, and a class of places after them, each
        # named for its own administration, no body's name printed after them for all to share
        return True
    return all(names_a_body(part) for part in parts[:-1])


def joint_issuers(names: str | None) -> str | None:
    """Joint issuers printed with 、 between them (党委办公室、院长办公室 in a signature) written as the
    conventions write joint issuers, joined by a space (one space for the run a signature line pads them
    with: 中共安徽省委教育工委      安徽省教育厅); a name with 、 inside its brackets stays whole."""
    names = _bodies_spaced_apart(re.sub(r"[ \u3000]{2,}", " ", names.strip())) if names else names
    parts = [part.strip() for part in _split_outside_brackets(names or "")]
    if len(parts) < 2 or not all(len(part) >= MIN_BODY_NAME and names_a_body(part) for part in parts):
        return names
    return " ".join(parts)


def _bodies_spaced_apart(names: str) -> str:
    """Joint issuers a signature separates by one ideographic space (财政部\u3000农业农村部, as ministries' joint notices
    print their signatures) with the conventions' one space between them, as a padded run gets; a name with its
    characters spaced out (国\u3000务\u3000院) has parts that name no body and stays as printed."""
    parts = names.split("\u3000")
    if len(parts) < 2 or not all(len(part) >= MIN_BODY_NAME and names_a_body(part) for part in parts):
        return names
    return " ".join(parts)


def _split_outside_brackets(chunk: str) -> list[str]:
    """``chunk`` split on 、 that stand outside brackets: 各县(市、区)人民政府 stays one part."""
    parts, depth, current = [], 0, ""
    for char in chunk:
        depth += char in "（("
        depth -= char in "）)" and depth > 0
        if char == "、" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]


def _organisation_of_each(parts: list[str]) -> bool:
    """Whether the last part names an organisation inside units (UNIT_ORGANISATION) after a class of units, and every part
    before it is a class of units without one of its own (市各委办局、公司 before 直属单位团委(总支、支部)): the
    organisation printed once is each class's. Named bodies before it (县委办、县政府办、县直机关工会) keep their own names."""
    last = _bare(parts[-1])
    found = UNIT_ORGANISATION.search(last)
    return bool(found) and _units_class(last[:found.start()]) \
        and all(_units_class(_head(part)) and not UNIT_ORGANISATION.search(_bare(part)) for part in parts[:-1])


def _units_class(name: str) -> bool:
    """市各委办局, 直属单位, 企业: a class of units (a 各 in it, or a kind named alone), not one named body."""
    return "各" in name or bool(KIND_CLASS.match(name))


def _member_class(part: str) -> bool:
    """各直属机构, 直属机构, 单位, 委和各直属机构: a class of members named without the body they belong to; a class
    of places (各街道(镇), 各乡镇) belongs to no body before it."""
    if PLACE_CLASS.match(part):
        return False
    part = RELATED_MEMBERS.sub("", part)  # 相关直属单位: the 直属单位 of the body before
    return part.startswith(MEMBER_CLASS_STARTS) or len(part) <= SHORT_MEMBER_CLASS or bool(JOINED_MEMBERS.match(part))


def _bare_department(part: str) -> bool:
    """工信局, 疾控主管部门, 公共资源交易监管局, 城市管理局(城管执法局): a department named without its place (its
    other name in brackets aside); a party committee (街道党工委) is none."""
    bare = _bare(part)
    return bool(DEPARTMENT.match(bare) or LONG_DEPARTMENT.match(bare) or PLACE_INSTITUTION.match(bare)) \
        and not COMMITTEE.search(bare) and not ZONE_BEFORE_BODY.search(bare) \
        and not OWNER_COMMITTEE_BEFORE.search(bare)  # 荆州开发区科协, 管委会社会事业局: the zone's own


def _head(part: str) -> str:
    """The first name of a part that _grouped joined short names to (国资委 of 国资委、残联)."""
    return part.split("、")[0]


def _place_department(part: str) -> bool:
    """新疆生产建设兵团教育局: a place's or body's name, then one of its departments (the name longer than the
    department's own, 2 to 6 characters, before a department's suffix)."""
    found = re.search(r"[\u4e00-\u9fff]{2,6}(?:局|委|办|厅|主管部门|组织部|宣传部|统战部)$", part)
    return bool(found) and found.start() >= 2 and not part.startswith("各")


def _same_places_bodies(parts: list[str]) -> bool:
    """各村党总支、村委会: a class of places with its body (各村 + 党总支), then bodies each opening with that
    same place word (村委会): the 各 printed once is theirs too. 各县(区)人民政府、管委会 and 各乡镇人民政府、街道办事处
    name another kind of body after it (two entries); 各区人民政府、区政府各部门 is another class (its own 各); a place's
    committee and government each written with the place (各区委、区政府, c06) are the two bodies by name."""
    places = PLACE_CLASS.match(parts[0])
    if not places or places.end() == len(parts[0]) or not names_a_body(parts[0]) or COMMITTEE.search(parts[0]):
        return False
    place = parts[0][1:places.end()]
    return all(len(place) == 1 and part.startswith(place) and "各" not in part and names_a_body(part)
               for part in parts[1:])


def _bare(part: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]$", "", part)


def names_a_body(part: str) -> bool:
    return bool(BODY_NAME_END.search(_bare(part)))



def _whole_place_class(part: str) -> bool:
    """各村(场), 各乡镇, 各街道: a part that is only a class of places (the bodies of those places)."""
    found = PLACE_CLASS.match(_bare(part))
    return bool(found) and found.end() == len(_bare(part))


def _zones_body_follows(parts: list[str], part: str) -> bool:
    """Whether the first part after ``part`` that names a body is a zone's (西洞庭管理区团(工)委 after 德山开发区、…、西湖): the
    zones named bare before it share it (CONVENTIONS.md C6's shared suffix)."""
    following = next((later for later in parts[parts.index(part) + 1:] if names_a_body(later)), "")
    return bool(ZONE_BEFORE_BODY.search(fold(following)))


def _level_and_body_follow(parts: list[str], part: str) -> bool:
    """Whether the first part after ``part`` that is no bare place name of its kind (see PLACE_STEM) is a place's body
    written with its level word (南谯区人民政府 after 琅琊): the names before it share the level word and the body."""
    following = next((later for later in parts[parts.index(part) + 1:]
                      if not (PLACE_STEM.match(fold(later)) and not names_a_body(later))), "")
    return bool(PLACE_LEVEL_BODY.match(fold(following))) and names_a_body(following) and not BARE_PLACE.match(fold(following))


def _next_names_a_place_body(parts: list[str], part: str) -> bool:
    """Whether the part after ``part`` is another place's body (宿松县住房城乡建设局 after 广德市): the bare place
    before it shares that body (西宁市 before 海东地区 shares none)."""
    following = parts[parts.index(part) + 1] if parts.index(part) + 1 < len(parts) else ""
    return bool(re.match(r"^[\u4e00-\u9fff]{1,5}[市县州旗盟]", fold(following))) and names_a_body(following) \
        and not BARE_PLACE.match(fold(following))
