"""Forms found by held-out set AL (tests/data/realworld/al*, real notices held as data in public GitHub repositories — a
crawled SQL record, a JSP page's sample content, a JS data record, a company's PHP news page, a bilingual JSP page — each
the first hit of a query in the search library's file tools, annotated before the pipeline ran on them): each test reads a
real notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general
case with it."""

from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.extract import extract_source, extract_text
from pipeline.read import read_source
from pipeline.read.web import read_html

from test_real_forms import real

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def _read(prefix: str) -> dict:
    """The first document of a set's file read as the build reads it (its format told by its content)."""
    return extract_source(read_source(next(REALWORLD.glob(f"{prefix}_*.txt"))))["documents"][0]


def _units(text: str) -> list[tuple[str, str]]:
    return [(found.name, found.role) for found in find_assignments(text)]


# ------------------------------------------------------------------ a page's headline outside its body block


PAGE = ('<html><head><title>某某网络管理平台</title></head><body><div class="head"><h3>信息详情</h3>'
        '<div class="summary">{headline}<p>发布人：<span>张某</span> 时间：<span>7月8号</span></p></div>'
        '<div class="box">各乡镇人民政府，县直各部门：<br />为做好防汛工作，现将有关事项通知如下。<br />'
        '<b>一、加强值班</b>各单位要严格执行24小时值班制度。<br />特此通知。</div></div></body></html>')


def test_a_headline_printed_over_the_body_block_leads_the_text():
    # al02: 接访信息详情 ⏎ 关于立即开展落实民生19项核查点情况意见通知 ⏎ 发布人：刘东 … 时间：7月8号, then the block of the
    # notice from its recipients (the reader keeps the block, the headline stood outside it)
    document = _read("al02")
    assert document["title"] == "关于立即开展落实民生19项核查点情况意见通知"
    # the same form on another page: the headline leads the text, the 发布人 line and the section heading stay out
    text, _ = read_html("p.html", PAGE.format(headline="关于做好汛期值班工作的通知").encode())
    assert text.split("\n")[:2] == ["关于做好汛期值班工作的通知", "各乡镇人民政府，县直各部门："]
    # a link before the body (a list of related notices) is no headline, nor a line that is no title
    linked = PAGE.format(headline='<a href="/n/1.html">关于做好汛期值班工作的通知</a>')
    assert read_html("p.html", linked.encode())[0].split("\n")[0] == "各乡镇人民政府，县直各部门："
    assert read_html("p.html", PAGE.format(headline="防汛工作专栏").encode())[0].split("\n")[0] == "各乡镇人民政府，县直各部门："
    # a body that prints its title itself keeps it once
    inside = PAGE.format(headline="关于做好汛期值班工作的通知").replace('<div class="box">', '<div class="box">关于做好汛期值班工作的通知<br />')
    assert read_html("p.html", inside.encode())[0].count("关于做好汛期值班工作的通知") == 1


# ------------------------------------------------------------------ 由 a long list of doers 牵头 a task, others 配合


def test_a_long_list_of_doers_leading_a_task_and_the_others_cooperating():
    # al02: 由所涉及的省政府办公厅、住房城乡建设厅、…、人力资源社会保障厅等省级主管部门（单位）牵头完成自查报告，其他相关部门
    # （单位）配合 (fifteen bodies before 牵头, the task after it, the others' clause after the task)
    units = _units(_read_text("al02"))
    assert units[0] == ("省政府办公厅", "lead") and ("省住房城乡建设厅", "lead") in units
    assert ("省人力资源社会保障厅", "lead") in units and units[-1] == ("其他相关部门", "cooperate")
    assert len(units) == 16
    # the same form with other bodies, the list closed by 等市直有关部门(单位)
    look_alike = ("三、工作要求。由市发展改革委、市财政局、市自然资源局、市生态环境局、市住房城乡建设局、市交通运输局、市水利局、"
                  "市农业农村局等市直有关部门(单位)牵头完成实施细则，各县区人民政府配合，于5月底前报市政府。")
    assert _units(look_alike) == [("市发展改革委", "lead"), ("市财政局", "lead"), ("市自然资源局", "lead"),
                                  ("市生态环境局", "lead"), ("市住房城乡建设局", "lead"), ("市交通运输局", "lead"),
                                  ("市水利局", "lead"), ("市农业农村局", "lead"), ("各县区人民政府", "cooperate")]
    # a short doer's task and the others after it; a clause after the task that names no role stays out
    assert _units("督查重点，由省政府办公厅牵头组织自查，省财政厅配合。") == [("省政府办公厅", "lead"), ("省财政厅", "cooperate")]
    assert _units("由县财政局负责完成资金拨付，确保按期到位。") == [("县财政局", "responsible")]
    # a role verb far off, across commas, is another clause's: no list of doers
    assert _units("，由各地结合实际确定具体的实施步骤和工作安排，确保各项工作落到实处、取得实效，市直部门负责") == []


def _read_text(prefix: str) -> str:
    return read_source(next(REALWORLD.glob(f"{prefix}_*.txt"))).text


# ------------------------------------------------------------------ a heading naming the issuer's event's time


def test_a_heading_naming_the_events_time_dates_it_on_the_next_line():
    # al03: 一、比赛时间、地点 ⏎ 2019年11月12日，北三楼会议室。 (the school's own contest, C1)
    deadlines = extract_text(real("al03"), "al03.txt")["documents"][0]["deadlines"]
    assert [(d["text"], d["date"]) for d in deadlines] == [("2019年11月12日", "2019-11-12")]
    # the same form in another school's notice: 三、活动时间 ⏎ 10月17日下午第二节课, the year the notice's
    found = find_deadlines("为提高学生书写水平，学校决定举行硬笔书法活动。\n三、活动时间\n10月17日下午第二节课\n四、活动内容\n", 2019)
    assert [(d.text, d.date) for d in found] == [("10月17日下午", "2019-10-17")]
    # a sentence that ends its line at 时间 is no heading, though it names the issuer's step (检查)
    assert find_deadlines("各单位要认真组织检查，合理安排时间\n10月17日召开全县大会\n", 2019) == []


# ------------------------------------------------------------------ a count of provinces


def test_a_count_of_provinces_written_with_sheng_is_a_target():
    # al05: 涉及北京、天津、…和陕西等10省（市），草原面积2960.82万公顷 · …和云南等15省（市、区）
    targets = [(t["text"], t["value"], t["unit"]) for t in _read("al05")["targets"]]
    assert ("10省", 10, "省") in targets and ("15省", 15, "省") in targets
    assert [(t.text, t.value, t.unit) for t in find_targets("试点范围覆盖东部沿海6省（市），带动农户3万户。")] == [
        ("6省", 6, "省"), ("3万户", 30000, "户")]
    # a figure glued to a body's name is no count of provinces; 省级, 省委 and 省份 name no provinces counted so
    for text in ("202131省民委(省宗教局)重大事项", "创建2省级示范区", "全国31省份"):
        assert find_targets(text) == [], text
