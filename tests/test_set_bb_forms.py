"""Forms found by held-out set BB (tests/data/realworld/bb*, real notices held as data in public GitHub repositories — a
legal database's .txt in a word-frequency project, a policy app's JSON record, a JSP page, a crawler's .txt output — each
the first complete notice a query's hits hold, annotated before the pipeline ran on them): each test reads a real notice
of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case with
it."""

from pathlib import Path

from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from extractors.units import find_assignments
from pipeline.extract import extract_source, extract_text
from pipeline.read import read_source
from pipeline.read.web import read_html

REALWORLD = Path(__file__).resolve().parent / "data" / "realworld"


def _read(prefix: str) -> dict:
    """The first document of a set's file read as the build reads it (its format told by its content)."""
    return extract_source(read_source(next(REALWORLD.glob(f"{prefix}_*.txt"))))["documents"][0]


def _units(text: str) -> list[tuple[str, str]]:
    return [(found.name, found.role) for found in find_assignments(text)]


def _deadlines(text: str, year: int = 2022) -> list[tuple[str, str, str]]:
    return [(found.text, found.kind, found.date) for found in find_deadlines(text, year=year)]


# ------------------------------------------------------------------ a unit label naming the unit's duty


def test_a_label_naming_the_units_duty_between_role_and_unit_lists_them():
    # bb01: each of ninety indicators closes (6月底完成，牵头考核单位：市政府办公室、市公安局): the lead units of its assessment
    document = _read("bb01")
    units = {(unit["name"], unit["role"]) for unit in document["assignments"]}
    assert {("市政府办公室", "lead"), ("市公安局", "lead"), ("市审批服务局", "lead")} <= units
    # the same label in another plan, and a cooperating unit's label with its duty
    assert _units("1.推进项目建设。（牵头实施单位：县发改局；配合落实部门：县财政局、县自然资源局）") == [
        ("县发改局", "lead"), ("县财政局", "cooperate"), ("县自然资源局", "cooperate")]
    # a sentence naming the assessing units is no label
    assert _units("2.各牵头考核单位要按时报送考核结果。") == []


# ------------------------------------------------------------------ a month opening a bracketed time note


def test_a_month_opening_a_bracketed_time_note_is_its_tasks_limit():
    # bb01: 1．…全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局） · （6月底完成，…） · （12月取得明显成效…）
    document = _read("bb01")
    dates = {(item["text"], item["date"]) for item in document["deadlines"]}
    assert {("5月底", "2022-05-31"), ("6月底", "2022-06-30"), ("12月", "2022-12-31"), ("11月份", "2022-11-30")} <= dates
    # another plan's notes, and a step of work after a clause's end (10月底完善平台各项功能)
    assert _deadlines("3.建设信息平台。（9月底完成，责任单位：区大数据局）") == [("9月底", "deadline", "2022-09-30")]
    assert _deadlines("4.优化服务流程。（8月份取得阶段性成效，责任单位：区政务服务局）") == [("8月份", "deadline", "2022-08-31")]
    assert _deadlines("。10月底完善平台各项功能，提升治理水平。") == [("10月底", "deadline", "2022-10-31")]
    # a month in brackets reporting what was done, or with no step, is none
    assert _deadlines("5.建设平台。（6月底已完成）") == []
    assert _deadlines("6.完善制度。（6月份完善了三项制度）") == []
    assert _deadlines("7.开展培训。（3月，培训200人次）") == []


# ------------------------------------------------------------------ a server page's own tags, and a header over a roster


def test_a_server_pages_directives_are_no_text_and_a_header_over_a_long_roster_is_read():
    # bb03: <%@ page … %> <%@ taglib … %> over 临政办函[2013]89号, the title in two lines and forty-odd members, one a line,
    # with no recipients or sentence before the signature
    document = _read("bb03")
    assert document["doc_number"] == "临政办函〔2013〕89号"
    assert document["title"] == "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知"
    # the same on a PHP page: the block is no line of the text
    page = ('<?php require("../header.php") ?><html><body><div class="content"><p>关于开展安全检查的通知</p>'
            '<p>各科室：</p><p>现将有关事项通知如下。</p></div></body></html>')
    assert read_html("p.php", page.encode())[0].split("\n")[0] == "关于开展安全检查的通知"
    # a roster with no 文号 or 关于 title over it keeps no header
    roster = "\n".join(["领导小组成员名单"] + [f"成员{n}：张{n}（市{n}局）" for n in range(45)])
    assert extract_text(roster)["documents"][0]["doc_number"] is None


# ------------------------------------------------------------------ a household's size


def test_a_households_size_is_no_count_of_people():
    # bb02: （一）家庭保障人口为 3人户及以上 · 4.4人户及以上家庭如选择…
    document = _read("bb02")
    assert not any(item["unit"] == "人" and item["value"] in (3, 4) for item in document["targets"])
    assert [(t.text, t.unit) for t in find_targets("面向3人户及以上家庭配租两房一厅。")] == []
    # people counted, and a register named after them, stay counts
    assert [(t.text, t.unit) for t in find_targets("新增就业500人，其中户籍人口300人。")] == [("500人", "人"), ("300人", "人")]


# ------------------------------------------------------------------ an outline whose top headings the crawl lost


def _levels(text: str) -> list[tuple[str, int]]:
    return [(m["label"], m["level"]) for m in extract_text(text)["documents"][0]["measures"]]


def test_items_before_the_first_surviving_top_heading_sit_under_lost_ones():
    # bb02: （一）…（三） ⏎ … ⏎ （一）家庭保障人口与户型对应 ⏎ 2.2人户中… 3.2人户中… 4.4人户… ⏎ … ⏎ 四、分配流程及时间安排 ⏎ （二）…
    # ⏎ 1.提交申请 ⏎ 2 . 系统随机摇房 ⏎ 3 . 网上选房: the crawl kept 四、 of 一、…四、, and its items' numbers glued or spaced
    levels = {(m["label"], m["level"]) for m in _read("bb02")["measures"]}
    assert {("（一）", 2), ("2.", 3), ("4.", 3), ("四、", 1), ("2 .", 3), ("3 .", 3)} <= levels
    # the (一) list starting again before the first surviving 三、 shows where the lost 二、 stood
    notice = ("关于做好安全检查的通知\n各单位：\n（一）检查范围\n全部场所。\n（二）检查内容\n消防设施。\n（一）自查阶段\n各单位自查。"
              "\n三、工作要求\n（一）加强领导\n做好检查。")
    assert _levels(notice) == [("（一）", 2), ("（二）", 2), ("（一）", 2), ("三、", 1), ("（一）", 2)]
    # one (一) list before 三、 is a list of its own (tests/test_real_forms_aa_x.py): levels by order
    single = "关于做好安全检查的通知\n各单位：\n（一）检查范围\n全部场所。\n（二）检查内容\n消防设施。\n三、工作要求\n（一）加强领导\n做好检查。"
    assert _levels(single)[0] == ("（一）", 1)
    # a notice whose own list is the (一) style, with 一、 printed from its first, keeps its levels
    whole = "关于做好安全检查的通知\n各单位：\n一、工作要求\n（一）加强领导\n做好检查。\n二、时间安排\n（一）自查\n6月底前。"
    assert _levels(whole) == [("一、", 1), ("（一）", 2), ("二、", 1), ("（一）", 2)]


def test_a_number_glued_to_a_count_opening_its_item_is_no_decimal_outline_number():
    # bb02: 2.2人户中2人均年满18周岁的家庭 ⏎ 3.2人户中父女或母子结构的家庭 (items 2. and 3., of households of 2)
    notice = "关于配租的通告\n一、配租对象\n1.单身申请人；\n2.2人户中2人均年满18周岁的家庭；\n3.3人户及以上家庭。"
    assert _levels(notice) == [("一、", 1), ("1.", 2), ("2.", 2), ("3.", 2)]
    # a plan's decimal outline, opened at its .1, keeps its numbers
    plan = "应急预案\n2 组织体系\n2.1 指挥机构\n负责指挥。\n2.2 工作组\n负责落实。"
    assert [label for label, _ in _levels(plan)][-2:] == ["2.1", "2.2"]


# ------------------------------------------------------------------ a programme's windows, waits and terms


def test_a_windows_hour_and_its_closing_within_are_part_of_the_limit():
    # bb02: 可在2025年3月20日至3月24日内…上传 · 2025年3月25日上午10时至3月27日内可选择 · （即3月31日-4月2日内）选定1套房屋
    dates = {(item["text"], item["date"]) for item in _read("bb02")["deadlines"]}
    assert {("2025年3月20日至3月24日内", "2025-03-24"), ("2025年3月25日上午10时至3月27日内", "2025-03-27"),
            ("3月31日-4月2日内", "2025-04-02")} <= dates
    assert _deadlines("请于2024年6月1日下午3时至6月10日内报送材料。", 2024) == [
        ("2024年6月1日下午3时至6月10日内", "deadline", "2024-06-10")]
    assert _deadlines("各单位于5月1日至5月10日内完成自查。", 2024) == [("5月1日至5月10日内", "deadline", "2024-05-10")]
    # a period with no year and no 内 is any period, and 内容 is no 内
    assert _deadlines("展览时间为5月1日至6月30日。", 2024) == []
    assert not any(text.endswith("内") for text, _, _ in _deadlines("请于2024年5月1日至5月10日内容核对后报送。", 2024))


def test_a_publicity_a_probation_and_a_wait_are_lengths_and_the_month_after_an_event_a_start():
    # bb02: 公示期5个工作日 · 再次参加常态分配需间隔满1年 · 自弃租的次月起重新轮候; bb04: 任…副处长（试用期一年）
    assert ("试用期一年", "duration", None) in _deadlines(open(next(REALWORLD.glob("bb04_*.txt")), encoding="utf-8").read())
    assert _deadlines("名单在网站公示，公示期5个工作日。再次申请需间隔满2年。") == [
        ("公示期5个工作日", "duration", None), ("间隔满2年", "duration", None)]
    assert _deadlines("申请人自退租的次月起停发补贴。") == [("自退租的次月起", "start", None)]
    # an age reached is no length
    assert _deadlines("年满18周岁的居民可以申请。") == []


def test_a_task_handed_over_names_its_lead():
    # bb01: 62．制定边境地区网络覆盖方案，按分工交由达茂旗牵头落实 (a banner named alone: a county, see below)
    assert _units("1．制定农村学校布局方案，按分工交由县教育局牵头落实。") == [("县教育局", "lead")]
    assert _units("2．编制规划，移交由市自然资源局负责。") == [("市自然资源局", "responsible")]
    # 自由/理由 before 负责 name no doer
    assert _units("3．群众有理由负责任地提出意见。") == []


# ------------------------------------------------------------------ a county-level place named alone as a doer


def test_a_county_level_place_named_alone_is_a_doer():
    # bb01: 按分工交由达茂旗牵头落实 (in Inner Mongolia a 旗 is a county, as 县 and 区 are)
    units = {(unit["name"], unit["role"]) for unit in _read("bb01")["assignments"]}
    assert ("达茂旗", "lead") in units
    assert _units("5．建设边境通信基站，按分工交由固阳县牵头落实。") == [("固阳县", "lead")]
    assert _units("（责任单位：东河区、青山区、九原区）") == [
        ("东河区", "responsible"), ("青山区", "responsible"), ("九原区", "responsible")]
    # a flag and a kind of area are no county: 五星红旗 is no doer alone, 山区 and 老城区 no place of government
    assert _units("由老城区负责。") == [] and _units("由山区负责。") == []
    assert _units("（责任单位：市教育局、五星红旗）") == [("市教育局", "responsible")]
    assert _units("（责任单位：市教育局、达茂旗）") == [("市教育局", "responsible"), ("达茂旗", "responsible")]


# ------------------------------------------------------------------ counts of a list, bandwidths, a qualification


def _targets(text: str) -> list[tuple[str, float, str]]:
    return [(t.text, t.value, t.unit) for t in find_targets(text)]


def test_a_count_closing_the_list_it_counts_is_a_target():
    # bb01: 涵盖话务、业务和可视化3大平台、19类功能模块
    assert {("3大平台", 3, "平台"), ("19类", 19, "类")} <= {
        (item["text"], item["value"], item["unit"]) for item in _read("bb01")["targets"]}
    assert _targets("聚焦工业、农业、服务业3大领域，建设10个园区。") == [("3大领域", 3, "领域"), ("10个", 10, "个")]
    # alone, or after a list of another length, N大X names a programme or a congress (t05's 9大工程)
    assert _targets("城乡民生基础设施建设9大工程全面有序推进。") == []
    assert _targets("深入学习党的19大精神。") == []
    assert _targets("围绕工业、农业3大领域。") == []


def test_a_bandwidth_in_a_networks_sentence_is_a_target():
    # bb01: 达到万兆到旗县区、…、20兆进牧户的带宽要求，力争实现50兆进牧户，所有牧户实现按需接入宽带网络
    assert {("20兆", 20, "兆"), ("50兆", 50, "兆")} <= {
        (item["text"], item["value"], item["unit"]) for item in _read("bb01")["targets"]}
    assert _targets("实现城区光纤网络100M入户。") == [("100M", 100, "兆")]
    # 兆 outside a network, and 兆瓦 (power), are no bandwidth
    assert _targets("完成投资2兆日元。") == []
    assert _targets("新建光伏电站装机50兆瓦。") == [("50兆瓦", 50, "兆瓦")]


def test_a_condition_all_members_of_a_household_meet_is_no_count():
    # bb02: （二） 2人户中2人均年满18周岁 （夫妻除外）
    assert not any(item["unit"] == "人" for item in _read("bb02")["targets"])
    assert _targets("申请人及配偶2人均为本市户籍的，可以申请。") == []
    # people counted stay counts
    assert _targets("共培训2人，均为本市户籍。") == [("2人", 2, "人")]


# ------------------------------------------------------------------ a housing office's own schedule


def test_an_offices_dated_steps_and_a_windows_verb_are_its_schedule():
    # bb02: 公租房常态分配系统于2025年3月28日上午10时，…自动随机摇出房屋 · 市住房保障办于2025年4月3日在…网站公示 ·
    # 申请家庭需在摇出房屋后3个工作日内… · 可在2025年3月20日-27日到保障房小区服务窗口
    found = {(item["text"], item["kind"], item["date"]) for item in _read("bb02")["deadlines"]}
    assert {("2025年3月28日上午10时", "deadline", "2025-03-28"), ("2025年4月3日", "deadline", "2025-04-03"),
            ("摇出房屋后3个工作日内", "relative", None), ("2025年3月20日-27日", "deadline", "2025-03-27")} <= found
    assert _deadlines("区住房保障中心于2024年5月10日上午9时在区政务中心公开摇号。", 2024) == [
        ("2024年5月10日上午9时", "deadline", "2024-05-10")]
    assert _deadlines("中签家庭须在选定房源后5日内签订合同。", 2024) == [("选定房源后5日内", "relative", None)]
    assert _deadlines("申报单位可在2024年6月3日-7日到区政务中心提交材料。", 2024) == [("2024年6月3日-7日", "deadline", "2024-06-07")]
    # a step the sentence reports done, a meeting's days after 在, and a subject before its event's verb are none of these
    assert _deadlines("国务院办公厅于2024年4月8日—19日组织对20个省开展了督查。", 2024) == []
    assert _deadlines("会议在2024年6月3日-4日召开。", 2024) == []
    assert _deadlines("名单确定后5日内报送。", 2024) == [("确定后5日内", "relative", None)]


# ------------------------------------------------------------------ an attachment list that lost its label


def test_an_attachment_list_cited_above_and_printed_without_its_label_is_no_measures():
    # bb02: …咨询并领取《户籍家庭公共租赁住房常态分配办理指引》（附件3）… ⏎ 1. 2025年第一批…房源简介 ⏎ 2. 保障房小区服务窗口 ⏎ …
    texts = [measure["text"] for measure in _read("bb02")["measures"]]
    assert not any(text.strip() in ("保障房小区服务窗口", "户籍家庭公共租赁住房常态分配办理指引") for text in texts)
    notice = ("关于开展评选的通知\n各单位：\n一、工作要求\n请填写《推荐表》（附件1）并报送《汇总表》（附件2）。\n"
              "1. 推荐表\n2. 汇总表\n某某局\n2024年5月1日")
    assert _levels(notice) == [("一、", 1)]
    # a numbered list of measures after a cited attachment stays measures
    steps = ("关于开展评选的通知\n各单位：\n一、工作要求\n请填写《推荐表》（附件1）。\n1. 加强领导\n2. 按时报送\n某某局")
    assert _levels(steps) == [("一、", 1), ("1.", 2), ("2.", 2)]
