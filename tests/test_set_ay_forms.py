"""Forms found by held-out set AY (tests/data/realworld/ay*, four notices chosen by the level and kind of their issuing
body — a township's plan, a provincial office's plan issue, a village election committee's open letter, a group
company's rules — each the first real notice the pages corpus returned for its query, annotated before the pipeline ran
on them): each test reads a real notice of the set (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from extractors.deadlines import find_deadlines
from pipeline.document.lists import split_list

from test_real_forms import extracted, labels, made_up_document, parsed


def _deadlines(text: str, year: int = 2021) -> list[tuple[str, str, str | None]]:
    return [(item.text, item.kind, item.date) for item in find_deadlines(text, year)]


# ------------------------------------------------------------------ the page around the notice


def test_a_pages_title_with_its_information_labels_on_its_line_is_the_title():
    # ay03: 祝东村致村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:祝东村 审核:系统管理员 字号:[ ]
    document = extracted("ay03")
    assert document["title"] == "祝东村致村民选举的公开信"
    assert document["issuer"] == "祝东村村民选举委员会"
    assert document["signed_date"] == "2021-10-29"
    # a portal's notice title with its 发布时间 and 来源 after a space: the same
    page = ("首页 > 通知公告\n关于做好2020年防汛工作的通知 发布时间：2020-05-01 09:00 来源：县应急管理局 浏览次数：120\n"
            "各乡镇人民政府:\n请做好防汛工作。\n某县应急管理局\n2020年5月1日\n")
    assert made_up_document(page)["title"] == "关于做好2020年防汛工作的通知"
    # a breadcrumb or a sentence before the labels is no title
    crumb = "首页 > 通知公告 发布时间：2020-05-01 来源：县应急管理局\n各乡镇人民政府:\n请做好防汛工作。\n"
    assert made_up_document(crumb)["title"] is None


# ------------------------------------------------------------------ a copy glued into one line


def test_a_glued_title_ends_before_the_opening_sentence_glued_after_it():
    # ay04: 关于集团公司文件管理的若干规定为规范集团公司文件管理的运作程序,… (规范 is the sentence's verb, no title's type)
    assert extracted("ay04")["title"] == "关于集团公司文件管理的若干规定"
    copy = ("关于加强机关公文处理工作的规定为规范机关公文处理工作,提高办文效率,结合本单位实际,制定本规定。" + "各部门要认真执行本规定。" * 12)
    assert made_up_document(copy)["title"] == "关于加强机关公文处理工作的规定"


def test_labels_with_the_space_kept_after_them_in_a_glued_copy_are_an_outline():
    # ay04: …内部传阅文件的管理。一、 集团公司内部请示、报告的管理(一) 集团公司…。(二) 请示、报告的形成1) 部门…。2) 二级…
    # (三) 请示、报告的报批、回复与督办1) 总 (one line: each label kept the space after it)
    assert labels(parsed("ay04")) == [("一、", 1), ("(一)", 2), ("(二)", 2), ("1)", 3), ("2)", 3), ("(三)", 2), ("1)", 3)]
    body = "本办法适用于全公司。" * 8
    copy = ("关于印发车辆管理办法的通知" + body + "一、 车辆的使用(一) 公务用车由办公室统一调度,各部门用车须提前申请。"
            "(二) 车辆的维修1) 车辆维修须经办公室批准后送定点单位。2) 维修费用凭单据报销。二、 车辆的保养由驾驶员负责。")
    assert [(measure["label"], measure["level"]) for measure in made_up_document(copy)["measures"]] == [
        ("一、", 1), ("(一)", 2), ("(二)", 2), ("1)", 3), ("2)", 3), ("二、", 1)]
    # an enumeration after a colon, counting from 1) with spaces, stays inside its paragraph
    listed = "关于加强车辆管理的通知" + body + "存在的问题包括:1) 管理不到位;2) 投入不足;3) 制度不健全。各部门要认真整改。" + body
    assert made_up_document(listed)["measures"] == []


# ------------------------------------------------------------------ recipients


def test_kinds_of_bodies_after_one_unowned_ge_are_a_class_each():
    # ay02: 各区人民政府,各委、局,各直属单位 (a 各 printed once, for no owner: CONVENTIONS.md C6)
    assert extracted("ay02")["recipients"] == '["各区人民政府", "各委", "局", "各直属单位"]'
    assert split_list("各委、办、局") == ["各委", "办", "局"]
    # an owner printed before the 各 holds them together
    assert split_list("市政府各委、办、局") == ["市政府各委、办、局"]
    assert split_list("省人民政府各委、办、厅、局") == ["省人民政府各委、办、厅、局"]


# ------------------------------------------------------------------ deadlines: a programme's own schedule


def test_a_programme_launched_from_a_day_starts_then():
    # ay03: 我村的村委会换届选举工作从10月19日正式启动
    assert _deadlines("选举工作从10月19日正式启动,") == [("从10月19日正式启动", "start", None)]
    assert _deadlines("专项整治行动从2021年6月1日启动。") == [("从2021年6月1日启动", "start", None)]
    # a document coming into force is still its lifecycle
    assert _deadlines("本办法自2021年6月1日起施行。") == []


def test_a_day_named_for_the_issuers_step_is_its_date():
    # ay03: 12月 15 日为选举日
    assert _deadlines("工作从10月19日正式启动,12月 15 日为选举日,") == [
        ("从10月19日正式启动", "start", None), ("12月 15 日", "deadline", "2021-12-15")]
    assert _deadlines("6月20日为考试日,请考生提前到场。") == [("6月20日", "deadline", "2021-06-20")]
    # a day named for an occasion outside the programme
    assert _deadlines("5月12日为全国防灾减灾日,各地要开展宣传。") == []


def test_a_month_opening_a_clause_with_its_programmes_end():
    # ay03: , 12月底全面结束。
    assert _deadlines("12月 15 日为选举日, 12月底全面结束。") == [
        ("12月 15 日", "deadline", "2021-12-15"), ("12月底", "deadline", "2021-12-31")]
    assert _deadlines("活动自即日起开展,8月底结束。")[-1] == ("8月底", "deadline", "2021-08-31")
    # an end already reached is reported
    assert _deadlines("活动12月底结束了,效果良好。") == []


def test_the_dated_clauses_after_a_schedules_label_are_its_steps():
    # ay03: 具体时间安排为10月28日至29日推选产生村民选举委员会…,10月31日至11月8日进行…村民登记,公布…名单。11月9日至10日
    # 推选村(居)民代表,11月11日至14日推选确定候选人,12月  日召开全体村民大会 (a day left blank: no date)
    schedule = ("具体时间安排为10月28日至29日推选产生村民选举委员会,10月31日至11月8日进行村民登记,公布选民名单。"
                "11月9日至10日推选村民代表,11月11日至14日推选确定候选人,12月  日召开全体村民大会进行投票选举。")
    assert _deadlines(schedule) == [
        ("10月28日至29日", "deadline", "2021-10-29"), ("10月31日至11月8日", "deadline", "2021-11-08"),
        ("11月9日至10日", "deadline", "2021-11-10"), ("11月11日至14日", "deadline", "2021-11-14")]
    assert _deadlines("日程安排:3月1日报名,3月5日笔试,3月10日面试。") == [
        ("3月1日", "deadline", "2021-03-01"), ("3月5日", "deadline", "2021-03-05"), ("3月10日", "deadline", "2021-03-10")]
    # the same dates with no schedule's label, or reported done, are no steps
    assert _deadlines("10月28日推选产生村民选举委员会,10月31日进行村民登记。") == []
    assert _deadlines("时间安排:3月1日完成了报名,3月5日组织了笔试。") == []
