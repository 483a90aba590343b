"""The document stage against the annotation conventions of tests/data/realworld/CONVENTIONS.md (C3, C6, C9,
C11): each test reads real notices of the sets (named in the test) and a look-alike that must keep its other
reading, so a convention is followed as a form and not for one file."""

from pipeline.document.lists import split_list
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse

from test_real_forms import real


def documents(text: str):
    return parse(normalise(text).text)


def test_issuer_lines_one_a_line_above_the_subject_start_the_title():
    """C3: g01's two issuers one a line over 关于印发…, and z01's with blank lines between, are the title's start
    and the issuers."""
    xiongan = documents(real("g01"))[0].meta
    assert xiongan.title == "中共河北雄安新区工作委员会河北雄安新区管理委员会关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知"
    assert xiongan.issuer == "中共河北雄安新区工作委员会 河北雄安新区管理委员会"
    laisu = documents(real("z01"))[0].meta
    assert laisu.title.startswith("中共重庆市永川区来苏镇委员会重庆市永川区来苏镇人民政府关于印发《来苏镇第十一届")
    # one issuer over 关于 is the same form
    one = documents("武汉市教育局\n关于做好招生工作的通知\n各区教育局:\n一、加强组织。\n")[0].meta
    assert (one.title, one.issuer) == ("武汉市教育局关于做好招生工作的通知", "武汉市教育局")
    # an issuer's line above a title that names its issuer already is not printed twice
    named = documents("菏泽市人民政府办公室\n菏泽市人民政府办公室关于做好招生工作的通知\n各县区人民政府:\n一、加强组织。\n")[0].meta
    assert named.title == "菏泽市人民政府办公室关于做好招生工作的通知"
    # p14: eight departments over a forwarded 办法's bare name (no 关于) are its issuers, not its title's start
    rules = documents(real("p14"))[1].meta
    assert rules.title == "支持农村邮政物流发展实施办法" and rules.issuer.startswith("沧州市发展改革委 沧州市邮政局")


def test_recipients_sharing_a_place_or_owner_printed_once_are_one_entry():
    """C6: z01's 各村党总支、村委会 (the villages' bodies), z04's 各设区市住房城乡建设局(建委)、清欠办 (the cities'), z05's
    bureaus after 各市 one entry each; 各县（区）人民政府、管委会 (04_xinyu) and 各乡镇人民政府、街道办事处 split."""
    assert documents(real("z01"))[0].meta.recipients == ["各村党总支、村委会"]
    assert documents(real("z04"))[0].meta.recipients == ["各设区市住房城乡建设局(建委)、清欠办"]
    z05 = documents(real("z05"))[0].meta.recipients
    assert z05[0] == "各市住房城鄉建設局(城鄉建設局)、公共資源交易監管局、重點工程管理局、城市管理局(城管執法局)"
    assert len(z05) == 3
    assert split_list("各县（区）人民政府、管委会") == ["各县（区）人民政府", "管委会"]
    assert split_list("各乡镇人民政府、街道办事处") == ["各乡镇人民政府", "街道办事处"]
    assert split_list("各区人民政府、区政府各部门") == ["各区人民政府", "区政府各部门"]  # a class of its own
    assert split_list("各区委、区政府") == ["各区委", "区政府"]  # c06: a committee and a government, each by its name


def test_a_short_form_or_a_place_before_the_subject_names_no_issuer():
    """C9: j15's 卢市镇关于… and ab05's 市政府办公厅关于… name no issuer; a full name in the title does."""
    assert documents(real("j15"))[0].meta.issuer is None
    assert documents(real("ab05"))[0].meta.issuer is None
    assert documents("望都县关于开展春风行动的通知\n一、加强组织。\n")[0].meta.issuer is None
    assert documents("望都县人民政府关于开展春风行动的通知\n一、加强组织。\n")[0].meta.issuer == "望都县人民政府"


def test_a_heading_the_copy_cut_after_a_character_is_a_measure():
    """C11: aa04's 二、堅 and ab09's 1.4.1以, where the copy ends, are measures at their numbers' levels; a number
    inside a sentence is none."""
    gansu = [(m.label, m.level) for m in documents(real("aa04"))[0].measures]
    assert gansu == [("一、", 1), ("二、", 1)]
    assert [(m.label, m.level) for m in documents(real("ab09"))[0].measures][-2:] == [("1.4", 2), ("1.4.1", 3)]
    cut = documents("关于做好检查的通知\n各乡镇:\n一、加强组织\n做好检查。\n二、堅\n")[0]
    assert [m.label for m in cut.measures] == ["一、", "二、"]
    bare = documents("关于做好检查的通知\n各乡镇:\n一、加强组织\n做好检查。\n二、\n")[0]  # v09: nothing left to key
    assert [m.label for m in bare.measures] == ["一、"]
    inside = documents("关于做好检查的通知\n各乡镇:\n一、加强组织\n完成率达到1.5以上。\n")[0]
    assert [m.label for m in inside.measures] == ["一、"]
