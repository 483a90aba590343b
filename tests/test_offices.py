"""Offices as people type them, dates as people type them, recurring duties as calendar recurrences:
the pure functions on the sample corpus's real units and the real notices' deadlines, then the site
(canned queries, calendar feeds parsed by ``icalendar`` and expanded by ``dateutil``)."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import icalendar
import pytest
from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings, strategies as st

from extractors.deadline_recurrences import EXAMPLES as SCHEDULE_EXAMPLES
from extractors.deadlines import find_deadlines
from extractors.recurrence import recurrence
from extractors.vocab import matches
from pipeline.site import dates as typed_dates
from pipeline.site import duties, feeds, offices
from pipeline.site.dates import DateError, read_date
from pipeline.site.offices import load_offices, resolve
from test_site import JINGXIAN, ROOT, client, corpus_db, db_name, q  # noqa: F401  (fixtures)

JINGXIAN_HEALTH = "泾县/县卫健委"
FUZHOU_HEALTH = "福州市/市卫健委"
FUZHOU_POVERTY = "福州市/市扶贫办"
REAL_TEXTS = [path for folder in ("tests/data/realworld", "tests/data/realworld_shared", "tests/data/laws", "corpus")
              for path in sorted((ROOT / folder).rglob("*")) if path.suffix in (".txt", ".md")]


@pytest.fixture(scope="module")
def units(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        return load_offices(conn)


# --- names as typed -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed,expected", [
    ("县卫健委", {JINGXIAN_HEALTH}),                       # the canonical name
    ("县卫健委 ", {JINGXIAN_HEALTH}),                      # a trailing space
    ("　县卫健委\t", {JINGXIAN_HEALTH}),                    # full-width and tab spaces
    ("泾县卫健委", {JINGXIAN_HEALTH}),                      # place + office
    ("泾县 卫健委", {JINGXIAN_HEALTH}),
    ("泾县卫生健康委员会", {JINGXIAN_HEALTH}),               # place + full name
    ("县卫生健康委员会", {JINGXIAN_HEALTH}),                 # full name
    ("宣城市泾县卫健委", {JINGXIAN_HEALTH}),                 # places above the county too
    ("縣衛健委", {JINGXIAN_HEALTH}),                        # traditional characters
    ("福州市扶贫办", {FUZHOU_POVERTY}),                      # place + office
    ("福州扶贫办", {FUZHOU_POVERTY}),                        # the city without 市
    ("福州市扶贫开发领导小组办公室", {FUZHOU_POVERTY}),        # place + full name
    ("市卫健委", {FUZHOU_HEALTH}),
    ("卫健委", {JINGXIAN_HEALTH, FUZHOU_HEALTH}),            # no place, no level: both
    ("卫健", {JINGXIAN_HEALTH, FUZHOU_HEALTH}),              # part of the name
    ("泾县卫健", {JINGXIAN_HEALTH}),                         # part of it, with the place
    ("“县卫健委”。", {JINGXIAN_HEALTH}),                     # pasted with quotes
])
def test_every_form_of_a_name_finds_the_unit(units, typed, expected):
    assert set(resolve(typed, units).ids) == expected


def test_every_unit_is_found_by_each_of_its_forms_and_with_its_place(units):
    """Each real unit of the corpus, by each of its names (canonical, full, short, as written) and by
    its region followed by each name without its level (泾县 + 卫生健康委员会)."""
    tried = 0
    for unit in units:
        for form in sorted(unit.forms):
            assert unit.id in resolve(form, units, suggest=False).ids, form
            rest = form[1:] if form[:1] in "省市县区乡镇" and offices.name_level(form) else form
            if unit.region and unit.kind == "department" and not rest.startswith(unit.region):
                assert unit.id in resolve(unit.region + rest, units, suggest=False).ids, unit.region + rest
                tried += 1
    assert tried >= 100


def test_a_level_or_place_typed_is_kept(units):
    # 县卫健委 is the county's: never the city's 市卫健委, which shares its aliases 卫健委, 卫生健康委员会
    assert FUZHOU_HEALTH not in resolve("县卫生健康委员会", units).ids
    assert JINGXIAN_HEALTH not in resolve("福州卫健委", units).ids
    # a place without that office is no match for another place's office
    chongqing = resolve("重庆市卫健委", units)
    assert chongqing.how == "none" and not chongqing.offices


def test_how_a_name_was_read(units):
    assert resolve("县卫健委", units).how == "exact"
    assert resolve("泾县卫健委", units).how == "name"
    assert resolve("卫健", units).how == "partial"
    assert resolve("  ", units).how == "empty" and not resolve("", units).offices
    assert resolve("局", units).how == "none"  # one character is part of nearly every name


@pytest.mark.parametrize("typed,first", [("泾县卫建委", JINGXIAN_HEALTH), ("县卫健局", JINGXIAN_HEALTH),
                                         ("福州市卫建委", FUZHOU_HEALTH), ("泾县扶贫办", "泾县/县扶贫局")])
def test_nothing_found_suggests_the_nearest(units, typed, first):
    found = resolve(typed, units)
    assert found.how == "none" and not found.offices
    assert found.suggestions and found.suggestions[0].id == first
    assert len(found.suggestions) <= offices.SUGGESTIONS


def test_nothing_near_suggests_nothing(units):
    assert all(offices.similarity(offices.Query.read("ABC"), unit) < offices.SUGGESTION_MIN_SCORE for unit in units)
    assert resolve("ABC", units).suggestions == ()


def test_places_and_levels_of_what_is_typed():
    assert offices.split_places("泾县卫健委") == (("泾县",), "卫健委")
    assert offices.split_places("安徽省宣城市泾县财政局") == (("安徽省", "宣城市", "泾县"), "财政局")
    assert offices.split_places("县卫健委") == ((), "县卫健委")
    assert offices.name_level("县卫健委") == offices.name_level("泾县卫健委") == "county"
    assert offices.place_level("福州") == offices.place_level("福州市") == "municipal"
    assert offices.place_core("福州市") == "福州" and offices.place_core("泾县") == "泾县"
    assert offices.clean_query(" (县卫健委) ") == "（县卫健委）"


def test_a_database_without_units_has_no_offices(tmp_path):
    with sqlite3.connect(tmp_path / "empty.db") as conn:
        assert load_offices(conn) == []
        assert resolve("泾县卫健委", []).how == "none"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("泾县福州市卫健委扶贫办局（）() 　/-·\n"), max_size=12) | st.text(max_size=12))
def test_anything_typed_is_answered(units, typed):
    found = resolve(typed, units)
    assert found.how in {"exact", "name", "partial", "none", "empty"}
    assert bool(found.offices) == (found.how in {"exact", "name", "partial"})
    assert not (found.offices and found.suggestions)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789年月日号/-.〇一二三十 "), max_size=14) | st.text(max_size=10))
def test_a_typed_date_is_a_date_or_says_why(typed):
    try:
        found = read_date(typed)
    except DateError as error:
        assert "2020年3月1日" in str(error)
    else:
        assert found is None or isinstance(found, datetime.date)


# --- dates as typed -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2020-03-01", "2020-3-1", "2020/3/1", "2020.3.1", "2020年3月1日", "2020年3月1号",
                                   "20200301", "２０２０/３/１", " 2020 年 3 月 1 日 ", "二〇二〇年三月一日", "2020年3月"])
def test_dates_in_the_forms_people_type(typed):
    assert read_date(typed) == datetime.date(2020, 3, 1)


@pytest.mark.parametrize("typed", ["2020/13/1", "2020-02-30", "3/1/2020", "明天", "2020-03-01x", "202003"])
def test_a_date_that_is_none_says_so(typed):
    with pytest.raises(DateError) as error:
        read_date(typed)
    assert typed.strip() in str(error.value) and "2020年3月1日" in str(error.value)


def test_today_is_the_day_asked():
    assert read_date("今天", today=datetime.date(2020, 3, 1)) == datetime.date(2020, 3, 1)
    assert read_date(" Today ") == datetime.date.today()


def test_nothing_typed_is_no_date():
    assert read_date("") is None and read_date("  ") is None and typed_dates.iso_date(None) is None
    assert typed_dates.iso_date("2020/13/1") is None and typed_dates.iso_date("2020/3/1") == "2020-03-01"


def test_site_module_examples():
    for module in (typed_dates, duties):
        for name, examples in module.EXAMPLES.items():
            for example in examples.match:
                assert matches(getattr(module, name), example), (module.__name__, name, example)
            for example in examples.no_match:
                assert not matches(getattr(module, name), example), (module.__name__, name, example)


# --- recurring duties -----------------------------------------------------------------------------


def occurrences(rule: str, start: datetime.date, count: int = 4) -> list[str]:
    return [day.date().isoformat() for day in list(recurrence(rule).rrule(start)[:count])]


def test_recurrences_of_written_days():
    assert occurrences("monthly by day 5", datetime.date(2020, 3, 1)) == ["2020-03-05", "2020-04-05", "2020-05-05", "2020-06-05"]
    # 每单月10日前 / 每双月5日前 (ad03): the odd or even months only
    assert occurrences("odd months by day 10", datetime.date(2020, 2, 1), 3) == ["2020-03-10", "2020-05-10", "2020-07-10"]
    assert occurrences("even months by day 5", datetime.date(2020, 2, 6), 2) == ["2020-04-05", "2020-06-05"]
    # a 30th in February is the month's last day
    assert occurrences("monthly by day 30", datetime.date(2021, 1, 1)) == ["2021-01-30", "2021-02-28", "2021-03-30", "2021-04-30"]
    assert occurrences("quarterly by day 30 of the quarter's last month", datetime.date(2020, 1, 1)) == [
        "2020-03-30", "2020-06-30", "2020-09-30", "2020-12-30"]
    assert occurrences("quarterly by day 10 of the quarter's first month", datetime.date(2020, 2, 1), 2) == [
        "2020-04-10", "2020-07-10"]
    assert occurrences("yearly by 02-29", datetime.date(2020, 1, 1), 2) == ["2020-02-29", "2021-02-28"]
    assert occurrences("yearly by the end of month 3", datetime.date(2020, 4, 1), 1) == ["2021-03-31"]
    assert occurrences("weekly on Monday", datetime.date(2020, 3, 1), 2) == ["2020-03-02", "2020-03-09"]


def test_recurrences_without_a_day_fall_at_the_end_of_their_period():
    assert occurrences("weekly report", datetime.date(2020, 3, 1), 2) == ["2020-03-06", "2020-03-13"]  # Fridays
    assert occurrences("monthly statistics and report", datetime.date(2020, 2, 3), 2) == ["2020-02-29", "2020-03-31"]
    assert occurrences("quarterly assessment", datetime.date(2020, 2, 3), 2) == ["2020-03-31", "2020-06-30"]
    assert occurrences("half-yearly report", datetime.date(2020, 2, 3), 2) == ["2020-06-30", "2020-12-31"]
    assert occurrences("every ten days", datetime.date(2020, 2, 11), 3) == ["2020-02-20", "2020-02-29", "2020-03-10"]
    assert "no day written" in recurrence("quarterly assessment").assumed
    assert recurrence("monthly by the end of the month").assumed is None  # the rule says the day
    assert recurrence("monthly by day 5").assumed is None


def test_schedules_with_no_calendar_form():
    assert recurrence("hourly") is None and recurrence("every 3 working days") is None
    assert recurrence("within 30 days after 下达") is None and recurrence(None) is None


def test_every_recurring_duty_of_the_real_notices_is_a_recurrence():
    """Each rule the deadline extractor writes, on the real notices and on the examples of each of its
    schedule patterns, reads as a recurrence (none of them is finer than a day)."""
    schedules = ("EVERY_MONTH_DAY_RE", "EVERY_PERIOD_END_RE", "EVERY_YEAR_DATE_RE", "EVERY_PERIOD_MONTH_DAY_RE",
                 "EVERY_WEEKDAY_RE", "EVERY_PERIOD_RE", "ONE_PER_RE", "PAIRED_RE", "BY_PERIOD_RE")
    texts = [path.read_text(encoding="utf-8") for path in REAL_TEXTS]
    texts += [example + "报送材料" for name in schedules for example in SCHEDULE_EXAMPLES[name].match]
    rules = {item.rule for text in texts for item in find_deadlines(text, 2020) if item.kind == "recurring"}
    assert len(rules) >= 25
    assert not {rule for rule in rules if recurrence(rule) is None}


def test_a_duty_starts_when_its_sentence_says():
    assert duties.duty_start("从3月份开始", "2020-02-18") == datetime.date(2020, 3, 1)
    assert duties.duty_start(None, "2020-02-18") == datetime.date(2020, 2, 18)
    assert duties.duty_start("自即日起", None, "2020-02-20") == datetime.date(2020, 2, 20)
    assert duties.duty_start(None, None, None, 2021) == datetime.date(2021, 1, 1)
    assert duties.duty_start(None, None) is None
    assert duties.next_due("monthly by day 5", datetime.date(2020, 3, 1), datetime.date(2020, 6, 6)) == datetime.date(2020, 7, 5)
    assert duties.next_due("monthly by day 5", datetime.date(2020, 3, 1), datetime.date(2020, 1, 1)) == datetime.date(2020, 3, 5)


def test_a_relative_deadline_names_its_event():
    assert duties.relative_to("within 30 days after 下达", "审批进度，确保各级扶贫资金") == "各级扶贫资金下达"
    assert duties.relative_to("within 5 working days after 收到通知", "各单位应当在") == "收到通知"
    assert duties.relative_to("within 2 hours", "发现疫情") is None
    assert "各级扶贫资金下达" in duties.describe("relative", "within 30 days after 下达", "，确保各级扶贫资金")
    assert "FREQ=MONTHLY;BYMONTHDAY=5" in duties.describe("recurring", "monthly by day 5")


# --- calendar feeds -------------------------------------------------------------------------------


def parsed(ics: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ics)


def expanded(event, count: int = 3) -> list[str]:
    """The first days of an event, its RRULE expanded by dateutil from the parsed feed."""
    start = event.decoded("dtstart")
    rule = event.get("rrule")
    if rule is None:
        return [start.isoformat()]
    text = rule.to_ical().decode()
    days = rrulestr(text, dtstart=datetime.datetime.combine(start, datetime.time()))
    return [day.date().isoformat() for day in list(days[:count])]


def test_a_recurring_duty_is_a_recurring_event(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        ics, resolution = feeds.office_calendar(conn, "福州卫健委", "http://example.org")
    assert resolution.ids == [FUZHOU_HEALTH]
    events = parsed(ics).walk("VEVENT")
    weekly = [event for event in events if "一周一报" in str(event["summary"])]
    assert len(weekly) == 1
    assert weekly[0]["rrule"]["FREQ"] == ["WEEKLY"] and weekly[0]["rrule"]["BYDAY"] == ["FR"]
    days = expanded(weekly[0])
    assert [datetime.date.fromisoformat(day).weekday() for day in days] == [4, 4, 4]  # Fridays, a week apart
    assert datetime.date.fromisoformat(days[1]) - datetime.date.fromisoformat(days[0]) == datetime.timedelta(days=7)
    assert "no day written" in str(weekly[0]["description"])


def test_monthly_and_quarterly_duties_of_an_office(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        ics, _ = feeds.office_calendar(conn, "福州市扶贫办")
    by_text = {}
    for event in parsed(ics).walk("VEVENT"):
        by_text[str(event["summary"]).rsplit("（", 1)[1].rstrip("）")] = expanded(event)
    assert by_text["每季度"][:2] == ["2020-03-31", "2020-06-30"]
    assert by_text["每个月"][1:3] == ["2020-02-29", "2020-03-31"]
    assert {"一周一报", "月统月报", "每个月", "每季度"} <= set(by_text)


def test_dated_deadlines_stay_single_events(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        ics, _ = feeds.office_calendar(conn, "泾县扶贫局")
    events = parsed(ics).walk("VEVENT")
    assert sorted(expanded(event)[0] for event in events) == ["2020-02-29", "2020-03-31"]
    assert all(event.get("rrule") is None for event in events)


def test_a_feed_with_nothing_in_it_still_parses(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        ics, resolution = feeds.office_calendar(conn, "泾县卫健委")
    assert resolution.ids == [JINGXIAN_HEALTH]
    calendar = parsed(ics)
    assert not calendar.walk("VEVENT")
    assert calendar.walk("VTIMEZONE")  # RFC 5545: a calendar holds at least one component
    assert str(calendar["x-wr-calname"]).startswith("县卫健委（泾县）")
    empty = parsed(feeds.to_ics([], "empty"))
    assert empty.walk("VTIMEZONE") and not empty.walk("VEVENT")


def test_event_counts_are_the_feeds_events(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        counts = feeds.event_counts(conn)
        for unit in load_offices(conn):
            assert counts.get(unit.id, 0) == len(feeds.deadline_events(conn, [unit.id])), unit.id
    assert counts[FUZHOU_POVERTY] == 5 and counts["泾县/县扶贫局"] == 2  # 4 recurring duties and 6月30日前


def test_feed_lines_and_text():
    ics = feeds.to_ics([{"deadline_id": "d1", "unit_id": "u", "unit_name": "县财政局", "date": "2021-03-31", "kind": "deadline",
                         "deadline_text": "3月底前", "measure_label": "一、", "measure_heading": "a,b;c\\d" + "时限" * 60}],
                       "x", now=datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc))
    assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))
    event = parsed(ics).walk("VEVENT")[0]
    assert str(event["summary"]).startswith("县财政局：一、 a,b;c\\d时限")  # escaped in the file, whole when parsed
    assert event.decoded("dtend") == datetime.date(2021, 4, 1)


# --- the site ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["泾县卫健委", "泾县卫生健康委员会", "县卫健委 ", "卫健", "縣衛健委"])
def test_measures_for_unit_by_any_form(client, db_name, typed):
    rows = client.rows(f"/{db_name}/measures_for_unit.json?unit={q(typed)}")
    assert {row["unit"] for row in rows} >= {"县卫健委"}
    assert {row["doc_number"] for row in rows if row["unit"] == "县卫健委"} == {JINGXIAN}


def test_measures_for_a_place_and_office(client, db_name):
    rows = client.rows(f"/{db_name}/measures_for_unit.json?unit={q('福州市扶贫办')}")
    assert rows and {(row["unit"], row["region"]) for row in rows} == {("市扶贫办", "福州市")}
    assert client.rows(f"/{db_name}/measures_for_unit.json?unit={q('泾县卫建委')}") == []


def test_query_page_suggests_the_nearest_offices(client, db_name):
    html = client.get(f"/{db_name}/measures_for_unit?unit={q('泾县卫建委')}").text
    assert "notices-office-none" in html and "县卫健委（泾县）" in html
    assert f"unit={q(JINGXIAN_HEALTH)}" in html  # the suggestion runs the query for that unit
    found = client.get(f"/{db_name}/measures_for_unit?unit={q('泾县卫健委')}").text
    assert "notices-office-name" in found and "县卫健委（泾县）" in found


def test_upcoming_deadlines_read_dates_as_typed(client, db_name):
    iso = client.rows(f"/{db_name}/upcoming_deadlines.json?after=2020-03-01")
    for typed in ("2020/3/1", "2020年3月1日", "20200301", " 2020.3.1 "):
        assert client.rows(f"/{db_name}/upcoming_deadlines.json?after={q(typed)}") == iso
    dated = [row for row in iso if row["kind"] == "deadline"]
    assert dated and all(row["date"] >= "2020-03-01" for row in dated)
    assert "2020-02-29" not in {row["date"] for row in iso}


def test_upcoming_deadlines_refuse_what_is_no_date(client, db_name):
    assert client.rows(f"/{db_name}/upcoming_deadlines.json?after={q('2020/13/1')}") == []
    html = client.get(f"/{db_name}/upcoming_deadlines?after={q('2020/13/1')}").text
    assert "notices-date-error" in html and "“2020/13/1”不是日历上的日子 is no day of the calendar" in html
    assert "notices-date-error" not in client.get(f"/{db_name}/upcoming_deadlines?after={q('2020/3/1')}").text


def test_upcoming_deadlines_of_an_office(client, db_name):
    rows = client.rows(f"/{db_name}/upcoming_deadlines.json?unit={q('泾县扶贫局')}&after=")
    assert {row["unit"] for row in rows} == {"县扶贫局"}
    assert [row["date"] for row in rows if row["kind"] == "deadline"] == ["2020-02-29", "2020-03-31"]
    relative = [row for row in rows if row["kind"] == "relative"]
    assert relative and "各级扶贫资金下达" in relative[0]["rule"]
    measures = client.rows(f"/{db_name}/measures_for_unit.json?unit={q('泾县扶贫局')}")
    assert any("下达后30日内（相对于 relative to: 各级扶贫资金下达" in (row["deadlines"] or "") for row in measures)
    weekly = client.rows(f"/{db_name}/upcoming_deadlines.json?unit={q('福州卫健委')}&after={q('2020年3月1日')}")
    assert [(row["date"], row["deadline"]) for row in weekly] == [("2020-03-06", "一周一报")]
    assert "FREQ=WEEKLY" in weekly[0]["rule"]


def test_recurring_duties_are_listed_at_their_next_occurrence(client, db_name):
    rows = client.rows(f"/{db_name}/upcoming_deadlines.json?after=2020-06-06")
    monthly = [row for row in rows if row["deadline"] == "每个月5日前"]
    assert monthly and monthly[0]["date"] == "2020-07-05" and monthly[0]["kind"] == "recurring"


def test_calendar_of_an_office_as_typed(client):
    for typed in ("泾县卫健委", "泾县卫生健康委员会", "县卫健委 ", "卫健"):
        response = client.get("/-/notices/calendar/" + q(typed) + ".ics")
        assert response.headers["content-type"].startswith("text/calendar")
        parsed(response.text)
    missing = client.get("/-/notices/calendar/" + q("泾县卫建委") + ".ics", status=404).text
    assert "县卫健委（泾县）" in missing and "/-/notices/calendar/" + q(JINGXIAN_HEALTH) + ".ics" in missing
    client.get("/-/notices/calendar/" + q(JINGXIAN_HEALTH) + ".ics")  # the suggestion's address is a feed
    index = client.get("/-/notices/calendar?q=" + q("泾县卫健委")).text
    assert "县卫健委" in index and "县扶贫局" not in index
    nothing = client.get("/-/notices/calendar?q=" + q("泾县卫建委")).text
    assert "notices-office-none" in nothing and "县卫健委（泾县）" in nothing
