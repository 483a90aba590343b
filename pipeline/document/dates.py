"""Dates as a notice prints them: a signature's 成文日期 line (2020年2月12日, 二〇二〇年二月十二日, …印发) and
one whose 年月日 were lost in the copy (2023515)."""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

from pipeline.document.labels import chinese_to_int

# The month's 月, or a 日 typed for it (2018年10日11日: a signature's date as a copy prints it) where a day and its 日
# follow: a line of a year, a number, 日, a number and 日 has no other reading than that date.
MONTH_SIGN = r"(?:月|日(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日))"
DATE = re.compile(
    r"^(?P<y>\d{4}|[〇零○0O一二三四五六七八九]{4})(?:\s*年|(?<=\d))\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*"
    + MONTH_SIGN +
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日(?P<printed>\s*印[发發])?$"
)
# A date without 年月日 (2023515, { 2017 6 23): the year, then month and day digits.
BARE_DATE = re.compile(r"^[^\d\u4e00-\u9fff]{0,3}(?P<y>(?:19|20)\d{2})[ \u3000./-]*(?P<rest>\d{1,2}[ \u3000./-]*\d{1,2}|\d{3,4})$")

# A template's placeholder for the signature's date (20XX年X月XX日, ××××年×月×日): a date line that names no day. It
# ends the notice as a date does (a writing guide goes on after its model notice), and gives no date.
PLACEHOLDER_DATE = re.compile(r"^(?:19|20)?[xX×Ｘ*＊○〇]{2,4}\s*年\s*[xX×Ｘ*＊○〇\d]{1,2}\s*月\s*[xX×Ｘ*＊○〇\d]{1,2}\s*日$")

# Two or more question marks ending a line: spaces a copy read in the wrong encoding.
MOJIBAKE_SPACES = re.compile(r"(?<=[日发發])[?？]{2,}$")
# A table cell's right border after the date, the copy's cell edge (二0一五年十月八日 |): no part of the line.
CELL_EDGE_AFTER = re.compile(r"(?<=[日发發])[ \u3000]*[|｜]$")

EXAMPLES = {
    "MOJIBAKE_SPACES": Examples(match=("2022年4月20日???",), no_match=("2022年4月20日?", "???")),
    "CELL_EDGE_AFTER": Examples(match=("二0一五年十月八日 |", "2020年1月28日｜"), no_match=("2020年1月28日", "| 2020年")),
    "DATE": Examples(match=("2020年2月12日", "二〇二〇年二月十二日", "二○一二年一月九日", "2020年3月1日印发", "2017年2月23日印發", "20181月2日",
                           "2018年10日11日"),
                     no_match=("2020年是全面建成小康社会之年", "2月20日前", "二〇二〇二月十二日", "2018年10日")),
    "PLACEHOLDER_DATE": Examples(match=("20XX年X月XX日", "××××年×月×日", "20xx年3月XX日"),
                                 no_match=("2020年2月12日", "20xx年的冬季农业生产", "X月XX日前")),
    "BARE_DATE": Examples(match=("2023515", "{ 2017 6 23", "2021.4.1"), no_match=("2020年2月12日", "12345678901")),
}


def _year(text: str) -> int:
    """2020 or 二〇二〇 as an integer."""
    if text.isdigit():
        return int(text)
    digits = text.translate(str.maketrans({"零": "〇", "○": "〇", "0": "〇", "O": "〇"}))
    return int("".join(str("〇一二三四五六七八九".index(char)) for char in digits))


def parse_date(text: str) -> Optional[tuple[Optional[str], bool]]:
    """An ISO date and whether it is an 印发 date, for a line that is only a date (or the same date printed
    twice, 2019年2月26日2019年2月26日: a copy that doubled the signature's date); (None, False) for a template's
    placeholder (20XX年X月XX日): a signature's date line that gives no date."""
    if "日" not in text:  # every date and placeholder ends in 日: most lines, asked line by line, are done here
        return None
    # A copy that turned the spaces after the date into question marks (2022年4月20日???: a page's &nbsp; read in
    # the wrong encoding): they are no part of the line
    text = CELL_EDGE_AFTER.sub("", MOJIBAKE_SPACES.sub("", text.strip()))
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= 8 and text[:half] == text[half:]:
        text = text[:half]
    if PLACEHOLDER_DATE.match(text):
        return None, False
    found = DATE.match(text)
    if not found:
        return None
    year = _year(found.group("y"))
    month = int(found.group("m")) if found.group("m").isdigit() else chinese_to_int(found.group("m"))
    day = int(found.group("d")) if found.group("d").isdigit() else chinese_to_int(found.group("d"))
    if not (month and day and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", bool(found.group("printed"))


def _month_day(rest: str) -> Optional[tuple[int, int]]:
    """Month and day from what follows the year in a date that lost its 年月日: 6 23, 515 (5-15);
    None when the digits split into a valid month and day in more than one way (111)."""
    valid = _month_days(rest)
    return valid[0] if len(valid) == 1 else None


def _month_days(rest: str) -> list[tuple[int, int]]:
    """Every valid (month, day) the digits after a year can be read as: 128 is 1-28 or 12-8."""
    parts = re.findall(r"\d+", rest)
    if len(parts) == 2:
        splits = [(int(parts[0]), int(parts[1]))]
    elif len(parts) == 1 and 2 <= len(parts[0]) <= 4:
        digits = parts[0]
        splits = [(int(digits[:cut]), int(digits[cut:])) for cut in (1, 2) if cut < len(digits) and len(digits) - cut <= 2]
    else:
        return []
    return [(month, day) for month, day in splits if 1 <= month <= 12 and 1 <= day <= 31]


def parse_bare_date(text: str) -> Optional[str]:
    """A signature date whose 年月日 were lost in the copy (2023515, { 2017 6 23): read only where a
    signature's date stands, under the issuer's name."""
    found = BARE_DATE.match(text.strip())
    if not found or not (month_day := _month_day(found.group("rest"))):
        return None
    return f"{found.group('y')}-{month_day[0]:02d}-{month_day[1]:02d}"


def bare_date_readings(text: str) -> list[str]:
    """Every ISO date a date without 年月日 can be (2022128: 2022-01-28 and 2022-12-08)."""
    found = BARE_DATE.match(text.strip())
    if not found:
        return []
    return [f"{found.group('y')}-{month:02d}-{day:02d}" for month, day in _month_days(found.group("rest"))]
