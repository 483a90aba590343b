"""Forms found by held-out set CB (tests/data/realworld/cb*, chosen by nobody: the 发文字号 on every 2000th line of the real
发文字号 list, searched exactly as written, the first real text of each query's results taken whatever it is; five texts:
安徽's budget rules and 滁州's land-price rules and 金华's proposal-handling rules on a legal database, 河南's work-report task
split flattened into one paragraph, 湖北's justice department's 通告 without a heading): each test reads the real text (named
in the test) and a look-alike of the same form, or one that must keep its reading, so a fix never takes the general case
with it."""

from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.document.joined_copy import cut_joined_copy
from pipeline.document.lists import split_list
from pipeline.document.title import title_over_number

from pipeline.extract import extract_text
from test_real_forms import extracted, made_up_document


def units(text: str) -> list[tuple[str, str]]:
    return [(unit.raw, unit.name) for unit in find_assignments(text)]


# ------------------------------------------------------------------ a title run over spaces in a one-paragraph copy


def test_a_title_broken_by_spaces_and_its_number_cut_a_joined_copy_into_lines():
    # cb02: 河南省人民政府 关于明确…2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将…: the copy's line breaks turned to
    # spaces, the title over two of them, no signature or recipients to mark the header
    document = extracted("cb02")
    assert document["doc_number"] == "豫政〔2023〕5号"
    assert document["title"] == "河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知"
    assert [(m["label"], m["level"]) for m in document["measures"]][:3] == [("一、", 1), ("(一)", 2), ("1.", 3)]
    look_alike = made_up_document(
        "某某市人民政府办公室 关于印发某某市2024年 防汛工作方案的通知 某政办〔2024〕12号 现将《某某市2024年防汛工作方案》印发给你们,"
        "请认真贯彻执行。各县区要在5月底前完成隐患排查,确保安全度汛,切实保障人民群众生命财产安全。 一、总体要求 (一)工作目标。 "
        "1.全面排查隐患。(市水利局牵头) 2.落实防汛责任。(市应急局负责)")
    assert look_alike["doc_number"] == "某政办〔2024〕12号"
    assert look_alike["title"] == "某某市人民政府办公室关于印发某某市2024年防汛工作方案的通知"


def test_a_title_alone_in_a_long_paragraph_cuts_nothing():
    # one title-like run and no other header element: a sentence with spaces, not a joined copy
    line = ("省政府办公厅印发的 关于做好 防汛工作的通知 已经转发,各地要认真落实,加强值班值守,及时报告险情,确保人民群众生命财产"
            "安全和社会大局稳定,做到思想到位、措施到位、责任到位,坚决防止发生重大人员伤亡和财产损失,全力以赴做好今年汛期各项"
            "工作任务,不得麻痹大意,对工作不力的单位和个人严肃追责问责。")
    assert cut_joined_copy(line) == []


# ------------------------------------------------------------------ an attachment's name after the text is no title


def test_the_attachment_line_of_a_headless_notice_is_no_title():
    # cb03: a 通告 printed from its first sentence, its 附件:… line (the catalogue's name) and the name again under 附件:
    document = extracted("cb03")
    assert document["title"] is None
    assert document["issuer"] == "湖北省司法厅"
    look_alike = made_up_document(
        "根据有关规定,现将2023年度通过审核的项目名单予以公布,特此公告。\n对名单有异议的,请于公告之日起7日内反映。\n"
        "附件:某某市2023年度通过审核的项目名单\n某某市发展和改革委员会\n2024年1月5日\n附件:\n某某市2023年度通过审核的项目名单\n")
    assert look_alike["title"] is None


# ------------------------------------------------------------------ the notice's title over the rules it issues


def test_the_notice_issuing_the_rules_a_database_heads_its_page_with_is_the_title():
    # cb04: 滁州市…确定办法 (the page's heading, twice) over the database's issuing-body line and 关于印发滁州市…确定办法的通知
    assert extracted("cb04")["title"] == "关于印发滁州市国有建设用地使用权公开出让底价确定办法的通知"
    candidates = [("某某市物业管理办法", 0), ("某某市物业管理办法", 3), ("某某省某某市人民政府 关于印发某某市物业管理办法的通知", 5)]
    kept = ["某某市物业管理办法", None, None, "某某市物业管理办法", "某某省某某市人民政府", "关于印发某某市物业管理办法的通知", None]
    assert title_over_number(candidates, kept, 6, "某某市物业管理办法") == "关于印发某某市物业管理办法的通知"
    # the same title printed whole over its number, the headline its short form: no change (the chosen title stays)
    same = [("关于加强物业管理的通知", 0), ("关于加强物业管理的通知", 1)]
    assert title_over_number(same, ["关于加强物业管理的通知", "关于加强物业管理的通知", None], 2, "关于加强物业管理的通知") is None


# ------------------------------------------------------------------ recipients: places sharing a body, members of a body


def test_places_printed_without_their_level_share_the_body_after_the_last():
    # cb04: 琅琊、南谯区人民政府、市政府各部门、各直属机构 (one 、 list): the two districts' governments, then the city
    # government's departments and its directly affiliated bodies (CONVENTIONS C6)
    assert split_list("琅琊、南谯区人民政府、市政府各部门、各直属机构") == ["琅琊、南谯区人民政府", "市政府各部门、各直属机构"]
    assert split_list("海淀、朝阳、丰台区教委") == ["海淀、朝阳、丰台区教委"]
    assert split_list("各区人民政府、市政府各部门、各直属机构") == ["各区人民政府", "市政府各部门、各直属机构"]
    # a body's own bodies stay apart from its members' class (OWN_BODIES_CLASS)
    assert split_list("机关各部门、各企事业单位、各居委会") == ["机关各部门", "各企事业单位", "各居委会"]


# ------------------------------------------------------------------ 由A会同B…等部门 after what it settles


def test_a_joint_doers_clause_after_its_subject_assigns_every_body():
    # cb04: 出让底价由市国土局会同市发改、规划、财政、监察、土地储备中心等部门共同确定 (CONVENTIONS C21), the departments after
    # 市发改 named by their field, 等部门 printed once for them
    assert units("第五条 国有建设用地使用权出让底价由市国土局会同市发改、规划、财政、监察、土地储备中心等部门共同确定。") == [
        ("市国土局", "市国土局"), ("市发改", "市发改"), ("规划", "市规划"), ("财政", "市财政"), ("监察", "市监察"),
        ("土地储备中心", "市土地储备中心")]
    assert units("补助标准由县财政局会同县民政局、县人社局等部门核定。") == [
        ("县财政局", "县财政局"), ("县民政局", "县民政局"), ("县人社局", "县人社局")]


def test_a_joint_clause_without_its_closing_class_or_fields_outside_such_a_list_assign_nothing():
    # C21: without 等部门 nothing closes the list (a rules article's 由省财政部门会同省物价部门审批)
    assert units("第八条 收费标准由市财政局会同市物价局审批。") == []
    # a field word in a sentence is no department: 加大财政、金融支持力度
    assert units("各地要加大财政、金融支持力度,由市财政局负责。") == [("市财政局", "市财政局")]


# ------------------------------------------------------------------ a package of measures named by its count


def test_a_package_named_by_its_count_before_its_kind_is_no_target():
    # cb02: 2.落实好提振市场信心90条措施: the measures' name
    assert extracted("cb02")["targets"] == []
    assert [t.text for t in find_targets("认真落实稳经济33条政策措施,全年新增就业5000人以上。")] == ["5000人以上"]
    # a count of other things with 条 stays a target
    assert [t.value for t in find_targets("新建农村公路3条,改造危桥12座。")] == [3, 12]


def test_a_list_of_documents_in_force_printed_a_cell_a_line_opens_no_document():
    # A cleanup announcement's attached list (序号 | 名称 | 文号 | 有效期, a cell a line): a 文号 cell between other cells is
    # the list's entry, no printed notice's header (once cb03's 附件 line ended the header search, the announcement no
    # longer took the first row's 文号 as its own, and the row was read as a notice printed in full: lifecycle m15).
    text = ("某某市商务局关于现行有效规范性文件的公告\n根据有关规定，现将本局现行有效规范性文件目录予以公布。\n特此公告。\n"
            "附件: 现行有效规范性文件目录\n某某市商务局\n2023年12月28日\n序号 |\n名称 |\n文号 |\n有效期 |\n1 |\n"
            "某某市专项资金实施细则 |\n某商务规〔2019〕3号 |\n自2019年7月11日起实施,有效期5年 |\n2 |\n"
            "某某市商务局关于印发《某某市若干措施》的通知 |\n某商务规〔2022〕2号 |\n自2022年2月12日起施行,有效期5年 |\n")
    documents = extract_text(text, "look-alike.txt")["documents"]
    assert len(documents) == 1 and documents[0]["doc_number"] is None
    # a notice printed in full after the signature, its 文号 a line of its own, still opens a document
    printed = ("某某市商务局关于转发某某通知的通知\n各区商务部门:\n现将《某某省商务厅关于做好某某工作的通知》转发给你们，请认真贯彻执行。\n"
               "某某市商务局\n2023年12月28日\n某某省商务厅关于做好某某工作的通知\n某商发〔2023〕5号\n各市商务局:\n一、做好某某工作。\n")
    assert len(extract_text(printed, "look-alike.txt")["documents"]) == 2
