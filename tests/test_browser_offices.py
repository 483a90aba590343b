"""Offices in a real browser (``notices serve`` and headless Debian Chromium through Playwright, as
tests/test_browser.py): a clerk types their office as they know it into the canned queries' forms
and the calendar page, is offered the nearest offices when the name is unknown, and subscribes to a
feed whose recurring duties are recurring events. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import datetime
from urllib.parse import quote

import icalendar
from dateutil.rrule import rrulestr

from test_browser import browser, pytestmark, server, watched  # noqa: F401  (fixtures, the Chromium skip)


def run_query(page, base: str, query: str, **values):
    page.goto(f"{base}/{query}")
    for name, value in values.items():
        page.fill(f'form.sql input[name="{name}"]', value)
    page.locator('form.sql input[type="submit"]').first.click()
    page.wait_for_load_state("load")


def table_text(page) -> str:
    table = page.locator("table.rows-and-columns")
    return table.inner_text() if table.count() else ""


def test_an_office_typed_as_known_finds_its_measures(server, watched):
    page = watched.page
    base = f"{server.url}/{server.name}"
    for typed in ("泾县卫健委 ", "泾县卫生健康委员会", "卫健"):
        run_query(page, base, "measures_for_unit", unit=typed)
        assert "县卫健委" in table_text(page), typed
        assert "县卫健委（泾县）" in page.locator(".notices-office-note").inner_text()
    watched.screenshot("offices_measures_for_unit_partial")
    run_query(page, base, "measures_for_unit", unit="福州市扶贫办")
    assert "市扶贫办" in table_text(page) and "福州市" in table_text(page)
    assert not watched.errors, watched.errors


def test_an_unknown_office_is_offered_the_nearest(server, watched):
    page = watched.page
    base = f"{server.url}/{server.name}"
    run_query(page, base, "measures_for_unit", unit="泾县卫建委")
    assert page.locator("p.zero-results").count() == 1
    note = page.locator(".notices-office-none")
    assert "泾县卫建委" in note.inner_text()
    watched.screenshot("offices_suggestions")
    note.locator("a", has_text="县卫健委（泾县）").first.click()
    page.wait_for_load_state("load")
    assert "县卫健委" in table_text(page)
    assert page.locator('form.sql input[name="unit"]').input_value() == "泾县/县卫健委"
    assert not watched.errors, watched.errors


def test_deadlines_of_an_office_from_a_date_as_typed(server, watched):
    page = watched.page
    base = f"{server.url}/{server.name}"
    run_query(page, base, "upcoming_deadlines", unit="福州卫健委", after="2020/3/1")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1
    text = table_text(page)
    assert "2020-03-06" in text and "一周一报" in text and "FREQ=WEEKLY" in text
    watched.screenshot("offices_upcoming_weekly")
    run_query(page, base, "upcoming_deadlines", unit="泾县扶贫局", after="2020年3月1日")
    text = table_text(page)
    assert "2020-03-31" in text and "2020-02-29" not in text
    assert "各级扶贫资金下达" in text  # the relative deadline says what it counts from
    watched.screenshot("offices_upcoming_relative")
    run_query(page, base, "upcoming_deadlines", unit="", after="2020/13/1")
    assert "is no day of the calendar" in page.locator(".notices-date-error").inner_text()
    watched.screenshot("offices_upcoming_bad_date")
    assert not watched.errors, watched.errors


def test_the_calendar_of_an_office_as_typed(server, watched):
    page = watched.page
    page.goto(f"{server.url}/-/notices/calendar")
    page.fill('input[name="q"]', "福州卫健委")
    page.press('input[name="q"]', "Enter")
    page.wait_for_url("**q=*")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1 and "市卫健委" in rows.first.inner_text()
    watched.screenshot("offices_calendar_search")
    feed = page.request.get(server.url + rows.first.locator("a", has_text=".ics").get_attribute("href"))
    assert feed.ok and feed.headers["content-type"].startswith("text/calendar")
    events = icalendar.Calendar.from_ical(feed.text()).walk("VEVENT")
    weekly = [event for event in events if event.get("rrule")]
    assert weekly
    start = datetime.datetime.combine(weekly[0].decoded("dtstart"), datetime.time())
    days = list(rrulestr(weekly[0]["rrule"].to_ical().decode(), dtstart=start)[:3])
    assert [day.weekday() for day in days] == [4, 4, 4]
    # a feed by the name as typed, and a 404 page offering the nearest offices
    assert page.request.get(f"{server.url}/-/notices/calendar/{quote('泾县卫健委')}.ics").ok
    page.goto(f"{server.url}/-/notices/calendar/{quote('泾县卫建委')}.ics")
    assert "泾县卫建委" in page.locator("h1").inner_text()
    suggestion = page.locator(".notices-suggestions a", has_text="县卫健委（泾县）").first
    watched.screenshot("offices_calendar_404")
    assert page.request.get(server.url + suggestion.get_attribute("href")).ok
    assert not [error for error in watched.errors if "404" not in error], watched.errors
