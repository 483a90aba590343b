"""Forms found by held-out set CO (tests/data/realworld/co*, every 2,000th real 发文字号 of docnumbers.tsv from lines 450
and 1450 queried in the pages corpus, the first usable text of each query not already held, annotated before the
pipeline ran on it): each test reads the real text (named in the test) and a look-alike of the same form, or one that
must keep its reading, so a fix never takes the general case with it."""

from test_real_forms import extracted, made_up_document


def limits(document: dict) -> list[tuple[str, str, object]]:
    return [(deadline["text"], deadline["kind"], deadline["date"]) for deadline in document["deadlines"]]


def test_a_day_the_issuer_fixes_for_putting_its_own_system_into_use_is_a_deadline():
    # co03: 财政部建立了“中央单位政府采购评审专家库”(以下简称专家库),并定于2004年12月1日正式启用。
    assert ("2004年12月1日", "deadline", "2004-12-01") in limits(extracted("co03"))
    look_alike = made_up_document(
        "某某市财政局关于启用新版非税收入管理系统的通知\n各县(区)财政局,市直各预算单位:\n"
        "为规范非税收入征缴管理,我局开发了新版非税收入管理系统,将于2021年7月1日正式启用。请各单位做好数据迁移准备。\n")
    assert ("2021年7月1日", "deadline", "2021-07-01") in limits(look_alike)
    # a day from which a system is used (起) is read by the start patterns, not as the issuer's own step
    from_day = made_up_document(
        "各县(区)财政局:\n新版系统自2021年7月1日起启用,旧版系统同时停止使用。\n")
    assert all(kind != "deadline" for _, kind, _ in limits(from_day))


def test_executing_the_notice_itself_from_a_year_is_its_effect_not_a_start():
    # co03: 中央一级预算单位、中央政府集中采购机构从2004年开始执行本通知规定。中央二级预算单位…从2006年开始执行本通知规定。
    assert [kind for _, kind, _ in limits(extracted("co03"))] == ["deadline"]
    look_alike = made_up_document(
        "各乡镇人民政府:\n一、县直各单位从2022年1月1日起执行本办法,各乡镇从2023年起执行本办法。\n")
    assert all(kind != "start" for _, kind, _ in limits(look_alike))
    # a duty that starts from a day, with no document as the object, keeps its start
    duty = made_up_document("各乡镇人民政府:\n一、从2022年1月1日起执行新的补助标准,按月发放到户。\n")
    assert any(kind == "start" for _, kind, _ in limits(duty))
