"""Forms found by held-out set AB (tests/data/realworld/ab*, chosen by the issuer's kind): each test reads a real notice
of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with
it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.document.wrapper import is_chrome

from test_real_forms import real


def parsed(text: str):
    return parse(normalise(text).text)[0]


def levels(document) -> list[tuple[str, int]]:
    return [(measure.label, measure.level) for measure in document.measures]


def test_a_legal_databases_glued_fields_in_traditional_characters_are_no_red_header():
    """ab01: 效力級別國務院規范性文件 (a field glued to its label) is not the 版头 of 效力級別國務院規范性."""
    meta = parsed(real("ab01")).meta
    assert (meta.issuer, meta.doc_number, meta.signed_date) == ("國務院辦公廳", "國辦發〔2006〕23號", "2006-03-30")
    # a real 版头 (X文件) above a notice without such fields still names its issuer
    meta = parsed("永川区人民政府文件\n永川府发〔2021〕3号\n关于做好防汛工作的通知\n各镇街:\n一、巡查河道。\n").meta
    assert meta.issuer == "永川区人民政府"


def test_a_portals_file_title_label_is_no_part_of_the_title():
    """ab07: 文件标题: 县人民政府关于印发《浠水县人民政府工作规则》的通知 in a county portal's information table."""
    meta = parsed(real("ab07")).meta
    assert meta.title == "县人民政府关于印发《浠水县人民政府工作规则》的通知"
    assert meta.doc_number == "浠政发〔2017〕1号"
    # a title that speaks of a file's title keeps its words
    meta = parsed("县人民政府办公室关于规范文件标题格式的通知\n各乡镇:\n一、标题要准确。\n").meta
    assert meta.title == "县人民政府办公室关于规范文件标题格式的通知"


def test_a_wenku_pages_bulleted_tips_and_a_legal_databases_publication_date():
    """ab06: - 1、下载文档前请自行甄别… - 3、如文档侵犯您的权益… above •【公布日期】2011.10.12 •【字号】津科创[2011]224号."""
    meta = parsed(real("ab06")).meta
    assert (meta.doc_number, meta.signed_date, meta.recipients) == ("津科创〔2011〕224号", "2011-10-12", ["各有关单位"])
    # a bulleted item of a notice's own list is no tip; a signed date wins over the page's publication date
    assert is_chrome("- 3、如文档侵犯您的权益,请联系客服反馈") and not is_chrome("- 1、各学校要认真组织自查,发现问题及时反馈。")
    document = parsed("公布日期:2011-10-20\n县教育局关于报送材料的通知\n各学校:\n一、各学校要认真组织自查。\n"
                      "县教育局\n2011年10月12日\n")
    assert document.meta.signed_date == "2011-10-12"


def test_a_cc_lines_groups_end_with_a_full_stop():
    """ab03: 抄送:…省法院,省检察院。各民主党派省委,省工商联。"""
    assert parsed(real("ab03")).meta.cc[-3:] == ["省检察院", "各民主党派省委", "省工商联"]
    assert split_list("市政府各部门、各直属机构。") == ["市政府各部门、各直属机构"]


def test_a_plans_top_heading_glued_to_its_number_ends_the_title_above_it():
    """ab09: the title printed twice, then 1总则 over 1.1制定目的: the title once, 1 总则 the first measure."""
    document = parsed(real("ab09"))
    assert document.meta.title == "重庆市万州区龙驹镇2023年突发事件总体应急预案(暂行)"
    assert levels(document)[:3] == [("1", 1), ("1.1", 2), ("1.2", 2)]
    # a line opening with a number and a word, with no 1.1 below it, stays in its paragraph
    document = parsed("关于做好防汛工作的通知\n各乡镇:\n请于\n3日内报送材料。\n")
    assert document.measures == []


def test_a_list_restarted_under_a_sentence_announcing_it_is_a_sub_list():
    """ab13: 2、…修改为… then …监督流程包括设备、管网的检修、工程安装、焊接施工等项目: and 1、 to 4、 under it."""
    assert levels(parsed(real("ab13"))) == [("1、", 1), ("2、", 1), ("1、", 2), ("2、", 2), ("3、", 2), ("4、", 2)]
    # a short heading with a colon (重要说明:) heads a second list beside the first (k08)
    document = parsed("关于借用教室的通知\n各学院:\n1.登录系统。\n2.提交申请。\n重要说明:\n1.仅限教学活动。\n2.如实填写。\n")
    assert levels(document) == [("1.", 1), ("2.", 1), ("1.", 1), ("2.", 1)]


def test_an_emergency_orders_limit_tonight():
    """ab16: 务于今晚20:00前撤离全部老弱病残群众和五保户."""
    found = find_deadlines(real("ab16"), None)
    assert [(deadline.text, deadline.kind) for deadline in found] == [("今晚20:00前", "deadline")]
    assert find_deadlines("今晚有暴雨,各乡镇做好值班。", 2016) == []


def test_a_years_end_before_a_count_added_is_a_limit():
    """ab10: 年内新增入统企业5家以上 (the year's quota, due by its end), as 年内完成."""
    found = find_deadlines("③负责党建工作无差错,年内新增入统企业5家以上;", 2019)
    assert [(deadline.text, deadline.date) for deadline in found] == [("年内", "2019-12-31")]
    assert find_deadlines("2019年底,全省新增就业1万人。", 2019) == []


def test_a_class_of_districts_after_a_bodys_offices_is_a_second_entry():
    """ab08: 机关各科室、各学区 (an education bureau's offices, then its school districts: two classes of bodies)."""
    assert parsed(real("ab08")).meta.recipients == ["机关各科室", "各学区", "县直属各学校", "乡镇中小学", "幼儿园"]
    # a body's offices and its direct members stay one entry
    assert split_list("县教育局各科室、各直属单位") == ["县教育局各科室、各直属单位"]


def test_a_basis_list_runs_on_past_its_summary_and_a_comma_to_its_yiji():
    """ab04: 根据《A》(水建管[2013]169号)和《B》文件精神,以及《C》(…)、《D》(…)和《E》(…)的安排和要求: all five basis."""
    found = find_citations(real("ab04"))
    assert {citation.relation for citation in found} == {"basis"} and len({c.title for c in found}) == 5
    # without 以及 a comma ends the list: what follows is not under 根据
    found = find_citations("根据《县防汛工作要点》文件精神,各乡镇要学习《县防汛应急预案》。")
    assert [(c.title, c.relation) for c in found] == [("县防汛工作要点", "basis"), ("县防汛应急预案", "cites")]


def test_a_title_another_body_issued_under_the_notices_own_name_and_a_list_of_issuers_and_titles():
    """ab11: 中共天水市委 天水市人民政府关于深化国有企业改革的实施意见 implementing 省委、省政府《关于深化国有企业改革的实施意见》,
    省政府《…》和省政府办公厅《…》: the province's opinion of the same name is cited, and all three are implemented."""
    own = "中共天水市委天水市人民政府关于深化国有企业改革的实施意见"
    found = find_citations(real("ab11"), own_titles=[own])
    assert [(c.title, c.relation) for c in found] == [
        ("关于深化国有企业改革的实施意见", "implements"), ("关于改革和完善国有资产管理体制的实施意见", "implements"),
        ("关于转发省政府国资委以管资本为主推进职能转变方案的通知", "implements")]
    # the notice's own title named by its own issuer is itself, no citation
    text = "中共天水市委 天水市人民政府《关于深化国有企业改革的实施意见》已经研究同意。"
    assert find_citations(text, own_titles=[own]) == []
    # a comma after a title's requirement, then a body acting, ends the list
    found = find_citations("为贯彻落实《国务院关于加强安全生产的通知》要求,县政府印发了《县安全生产实施方案》。")
    assert found[0].relation == "implements" and found[1].relation != "implements"


def test_a_forward_describing_the_title_leaves_it_to_the_verb_before_it():
    """ab06: 为贯彻落实市政府办公厅转发市科委《X》(津政办发[2010]117号)文件精神 (implements) and 按照市政府办公厅转发市科委《X》
    (…)文件要求 (basis): the 转发 names how X came, not what this notice does with it."""
    found = find_citations(real("ab06"))
    assert {c.relation for c in found if c.doc_number == "津政办发〔2010〕117号"} == {"implements", "basis"}
    # a 转发 taking the title as its whole object still forwards it
    [citation] = find_citations("现将市政府办公厅转发市科委《关于支持科技园区发展的意见》转发给你们,请认真执行。")
    assert citation.relation == "forwards"


def test_a_list_the_notice_publishes_is_issued():
    """ab02: 匯總形成了《2021年全國大型灌區名錄》,現予以公布 (the list the notice publishes, as 现印发)."""
    [citation] = find_citations(real("ab02"))
    assert citation.relation == "issues"
    # a list published earlier and spoken of (公布后) is only cited
    [citation] = find_citations("《2020年全国大型灌区名录》公布后,各地要加强管理。")
    assert citation.relation == "cites"
