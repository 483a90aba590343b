"""Invariants that hold for any correct extraction of any notice, checked without hand annotations.

The sweep (tests/test_sweep.py) runs the pipeline over many unannotated real notices
(tests/data/sweep) and applies every check here to what it extracted. A check never says what the
right value is, only that a value is certainly wrong: a title with 打印 in it, a 责任单位 with 负责 in it,
a deadline outside its measure, a measure that runs into the 抄送 line. So a violation is a gross
failure a user would see at once, and zero violations is a floor, not a score.

Each check is a function ``(case) -> list[str]`` (one message per violation) listed in ``CHECKS``
with examples of what it must catch (``BAD_EXAMPLES``, run by tests/test_sweep.py) and of what it
must let through (``GOOD_EXAMPLES``), so a check that cannot fail, or that fails on correct output,
is itself caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from extractors.docnumbers import normalise_doc_number, parse_doc_number


@dataclass
class Case:
    """One extracted document with the text its offsets point into (``text``) and the whole file
    (``source``, which the title and dates are looked for in: a title may be above the part the
    document starts at)."""

    source: str
    text: str
    document: dict
    measures: list = field(default_factory=list)
    assignments: list = field(default_factory=list)  # each with "name", the unit's name
    deadlines: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    citations: list = field(default_factory=list)


# --- vocabularies -----------------------------------------------------------------------------------

# Words of a web page's furniture: never part of a notice's title.
CHROME_WORDS = ("打印", "关闭", "字体", "字号", "当前位置", "您的位置", "你的位置", "分享", "浏览次数", "浏览量",
                "阅读次数", "访问量", "点击数", "发布时间", "发布日期", "来源:", "来源:", "首页", "返回", "下载",
                "收藏", "扫一扫", "二维码", "【大】", "【中】", "【小】", "索引号", "上一篇", "下一篇", "温馨提示",
                "朗读", "内容提要", "阅读模式", "复制链接", "发新帖", "责任编辑", "图片", "范文", "合集")

# A title never opens with a bracketed label: a forum's board ([城市建设]) or a site's column (【要闻】).
LABEL_OPENING = re.compile(r"^\s*[\[【][^\]】]{1,8}[\]】]")
LABEL_OPENING_EXAMPLES = {"match": ["[城市建设]国务院办公厅关于2024年部分节假日安排的通知", "【要闻】关于…的通知"],
                          "no_match": ["关于印发《X》的通知", "〔2021〕5号"]}

# A title is a noun phrase: never a question, an exclamation or more than one sentence.
TITLE_SENTENCE_MARKS = re.compile(r"[?？!！。]|\d{4}年\d{1,2}月\d{1,2}(?:日)?(?!\d)")
# A full date in it is a dateline run into the title (督查室2022年8月19关于印发…的通报).
TITLE_SENTENCE_MARKS_EXAMPLES = {"match": ["小学通知格式怎么样?", "2024年放假通知,来了!", "督查室2022年8月19关于印发…的通报"],
                                 "no_match": ["关于印发《X(试行)》的通知"]}

# A title never ends with a 范文 site's number of its copy (交通管制通告1, 交通通告 篇1) or a contents heading's 目录.
TITLE_COPY_NUMBER = re.compile(r"(?:篇[一二三四五六七八九十\d]{1,3}|(?<![\d年第])\d{1,2}|[预方办法要则]案?目录)$")
TITLE_COPY_NUMBER_EXAMPLES = {"match": ["交通管制通告合集15篇交通管制通告1", "國慶節期間的交通通告篇1", "涿鹿县煤矿事故灾难应急预案目录"],
                              "no_match": ["关于落实2023年1号文件的通知", "产业结构调整指导目录", "关于印发《X(2021—2025)》的通知"]}

# A title names what the notice is about; it never reports that a notice was sent (农业农村部办公厅下发通知要求 不误农时…,
# 省政府发出紧急通知): a verb of sending with 通知 as its object is a news headline's, no notice's own title.
TITLE_REPORTS_A_NOTICE = re.compile(r"(?:下发|下發|发出|發出|印发了|印發了)(?:紧急|緊急)?通知(?!书|書|的)")
TITLE_REPORTS_A_NOTICE_EXAMPLES = {"match": ["农业农村部办公厅下发通知要求不误农时抓好春耕备耕", "省政府发出紧急通知部署防汛"],
                                   "no_match": ["关于印发《X》的通知", "关于转发省政府办公厅关于…的通知的通知", "关于印发通知书格式的通知",
                                                "县政府办公室转发市政府下发通知的通知"]}

# A title's brackets pair: 《X》, (试行); an unpaired one is a cut heading run into the next.
TITLE_BRACKET_PAIRS = (("《", "》"), ("〈", "〉"), ("(", ")"), ("（", "）"))

# A measure with a labelled list of units (责任单位：X) has an assignment: the label says it outright.
UNIT_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主办|承办)(?:单位|部门)[:：]\s*[^\s:：,，。;；)）]{2}")
UNIT_LABEL_EXAMPLES = {"match": ["(牵头单位:市发改委;配合单位:市财政局)", "责任单位:区发展和改革局"],
                       "no_match": ["各责任单位要于2022年2月15日前", "牵头单位:", "责任单位要高度重视"]}

# A title longer than this is only right when the text has a line as long holding it.
MAX_TITLE_CHARS = 80

# Sentence punctuation: never inside the name of a body (、 and · are: 省发展改革委、省财政厅 is two
# bodies of a joint issue, written on one line).
SENTENCE_PUNCTUATION = re.compile(r"[,,。;;::!!??]")
SENTENCE_PUNCTUATION_EXAMPLES = {"match": ["各县区要加强领导,确保", "负责:", "完成。"],
                                 "no_match": ["省发展改革委、省财政厅", "县人民政府办公室"]}

# Verbs and modal words a 责任单位 never holds: a name with one is a sentence cut at the wrong place.
UNIT_VERBS = re.compile(r"负责|做好|抓好|加强|推进|落实|确保|开展|组织实施|按照|根据|要求|应当|必须|进一步|实行|完成")
UNIT_VERBS_EXAMPLES = {"match": ["各地要做好", "县财政局负责", "按照要求"],
                       "no_match": ["县发展和改革局", "市住房城乡建设局", "各乡镇人民政府", "县应急管理局"]}

MAX_UNIT_CHARS = 30

# The lines that close a notice: a measure never runs into them.
CLOSING_LINE = re.compile(r"^\s*(?:抄送|抄报|主送)[::]|^.{2,40}?\d{4}年\d{1,2}月\d{1,2}日印发\s*$|^\s*[((]此件(?:公开发布|主动公开|依申请公开|不予公开)[))]")
CLOSING_LINE_EXAMPLES = {"match": ["抄送:县委各部门,县人大常委会办公室。", "县人民政府办公室   2021年3月5日印发",
                                   "(此件公开发布)"],
                         "no_match": ["各单位于2021年3月5日前报送。", "抄送材料的份数以通知为准"]}

# A line that is a 发文字号 and nothing else, or the 文号 field of a page's information table.
DOC_NUMBER_FIELD = re.compile(r"(?:发文字号|文\s*号)\s*[]:】:|]?\s*(\S[^|\t]*?号)\b")
DOC_NUMBER_FIELD_EXAMPLES = {"match": ["[ 发文字号 ] 曲水府发〔2023〕21号", "文    号 蔡政办〔2023〕1号", "文号:京政发〔2020〕3号"],
                             "no_match": ["文号:", "编号 3"]}

# The line under a title giving its number in brackets, perhaps with its date: (汉政发[2008]11号 2008年3月12日).
BRACKETED_NUMBER_LINE = re.compile(r"^[((]\s*(\S+?号)\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*[))]$")
BRACKETED_NUMBER_LINE_EXAMPLES = {"match": ["(汉政发[2008]11号 2008年3月12日)", "(皖政[2001]85號)".replace("號", "号")],
                                  "no_match": ["(此件公开发布)", "(国务院令第711号)的规定"]}

# How far into a text a bare 文号 line counts as the notice's own (the head of a page: chrome, title,
# number, recipients). Below it a bare number is more often an attachment's or a quoted notice's.
HEAD_LINES = 25
BODY_LINE_CHARS = 60

# Dates later than the build day by more than this are wrong unless the text has their year.
FUTURE_MARGIN = timedelta(days=366)
EARLIEST_DATE = date(1949, 10, 1)

# 〇 is often typed as ○, O or o (二O一一年).
CHINESE_DIGITS = str.maketrans("〇○Oo零一二三四五六七八九", "00000123456789")


# --- helpers ----------------------------------------------------------------------------------------

def squeeze(text: str) -> str:
    """Text without spaces or line breaks, with the title brackets folded (〈〉 and <> are 《》 nested)."""
    text = re.sub(r"\s+", "", text)
    return text.translate(str.maketrans("〈〉<>", "《》《》"))


def years_written(text: str) -> set[int]:
    """Every four-digit year in the text, in Arabic or Chinese digits (二〇二一年)."""
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)}
    for chinese in re.findall(r"[〇○Oo零一二三四五六七八九]{4}(?=年)", text):
        years.add(int(chinese.translate(CHINESE_DIGITS)))
    return years


def own_doc_number_lines(text: str) -> list[str]:
    """The 文号 the text gives for itself: a line of its head that is only a 文号, or the 文号 field of an
    information table. The head ends at the first paragraph of running text (a line of 60 characters or
    more with a 。): a number below it is more often an attachment's or a forwarded notice's."""
    found = []
    for index, line in enumerate(text.splitlines()):
        stripped = line.strip(" \u3000\t|")
        if len(stripped) >= BODY_LINE_CHARS and "。" in stripped:
            break
        field_match = DOC_NUMBER_FIELD.search(line)
        if field_match and parse_doc_number(field_match.group(1).strip()):
            found.append(field_match.group(1).strip())
        elif index < HEAD_LINES and is_bare_doc_number(stripped):
            found.append(stripped)
    return found


def is_bare_doc_number(line: str) -> bool:
    """A line that is a 文号 and nothing more (〔2021〕5号 alone, not 《条例》(国务院令第711号)), or the
    bracketed line under a title that gives the 文号 with the date: (汉政发[2008]11号 2008年3月12日)."""
    line = BRACKETED_NUMBER_LINE.sub(r"\1", line)
    parsed = parse_doc_number(line) if line and len(line) <= 30 else None
    return bool(parsed) and len(re.sub(r"\s", "", parsed.text)) >= len(re.sub(r"\s", "", line)) - 2


def in_span(inner: dict, outer: dict) -> bool:
    return outer["start"] <= inner["start"] and inner["end"] <= outer["end"]


# --- the checks -------------------------------------------------------------------------------------

def title_has_no_chrome(case: Case) -> list[str]:
    title = case.document.get("title") or ""
    return [f"title has page chrome {word!r}: {title!r}" for word in CHROME_WORDS if word in title][:1]


def title_is_a_title(case: Case) -> list[str]:
    title = case.document.get("title") or ""
    if LABEL_OPENING.search(title):
        return [f"title opens with a page label: {title!r}"]
    if TITLE_SENTENCE_MARKS.search(title):
        return [f"title is a sentence or holds a dateline: {title!r}"]
    if TITLE_REPORTS_A_NOTICE.search(title):
        return [f"title reports a notice being sent (a news headline): {title!r}"]
    if TITLE_COPY_NUMBER.search(title):
        return [f"title ends with a copy's number or a contents heading's word: {title!r}"]
    for opening, closing in TITLE_BRACKET_PAIRS:
        if title.count(opening) != title.count(closing):
            return [f"title's {opening}{closing} do not pair (two headings run together?): {title!r}"]
    return []


def title_not_overlong(case: Case) -> list[str]:
    title = case.document.get("title") or ""
    if len(title) <= MAX_TITLE_CHARS:
        return []
    if any(len(line.strip()) >= len(title) and squeeze(title) in squeeze(line) for line in case.source.splitlines()):
        return []
    return [f"title of {len(title)} characters, longer than any line of the text holding it: {title[:40]!r}…"]


def title_in_text(case: Case) -> list[str]:
    title = case.document.get("title")
    # the document text is the source as the readers cleaned it (glosses of a traditional copy removed …)
    if not title or squeeze(title) in squeeze(case.source) or squeeze(title) in squeeze(case.text):
        return []
    return [f"title is not in the text: {title!r}"]


def own_doc_number_found(case: Case) -> list[str]:
    """When the head gives the notice's 文号, the document has one (not necessarily that one: a page
    may show the number of the notice it forwards as well)."""
    lines = own_doc_number_lines(case.text)
    if not lines or case.document.get("doc_number") or case.document.get("parent_id"):
        return []
    return [f"the text gives a 文号 ({lines[0]!r}) but the document has none"]


def no_self_citation(case: Case) -> list[str]:
    own = normalise_doc_number(case.document.get("doc_number") or "")
    if not own:
        return []
    return [f"cites its own 文号 {own}: {c['text']!r}" for c in case.citations
            if c.get("doc_number") and normalise_doc_number(c["doc_number"]) == own]


def issuer_is_a_body(case: Case) -> list[str]:
    issuer = case.document.get("issuer") or ""
    problems = []
    if SENTENCE_PUNCTUATION.search(issuer):
        problems.append(f"issuer has sentence punctuation: {issuer!r}")
    if re.search(r"关于|通知|意见|办法|方案", issuer):
        problems.append(f"issuer holds a title word: {issuer!r}")
    return problems


def dates_are_real(case: Case, today: Optional[date] = None) -> list[str]:
    today = today or date.today()
    written = years_written(case.source)
    parsed = parse_doc_number(case.document.get("doc_number") or "")
    number_year = int(parsed.year) if parsed and parsed.year else None
    problems = []
    for name in ("signed_date", "printed_date", "effective_date", "expiry_date"):
        value = case.document.get(name)
        if not value:
            continue
        try:
            day = date.fromisoformat(value)
        except ValueError:
            problems.append(f"{name} {value!r} is not a date")
            continue
        if day < EARLIEST_DATE:
            problems.append(f"{name} {value} is before 1949")
        elif day > today + FUTURE_MARGIN and day.year not in written:
            problems.append(f"{name} {value} is in the future and its year is not in the text")
        elif number_year and name in ("signed_date", "printed_date") and abs(day.year - number_year) > 1:
            problems.append(f"{name} {value} is far from the year of its 文号 {case.document['doc_number']}")
    for deadline in case.deadlines:
        value = deadline.get("date")
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                problems.append(f"deadline date {value!r} ({deadline['text']!r}) is not a date")
    return problems


def units_are_bodies(case: Case) -> list[str]:
    problems = []
    for name in sorted({a["name"] for a in case.assignments}):
        if UNIT_VERBS.search(name):
            problems.append(f"unit has a verb: {name!r}")
        elif SENTENCE_PUNCTUATION.search(name):
            problems.append(f"unit has sentence punctuation: {name!r}")
        elif len(name) > MAX_UNIT_CHARS:
            problems.append(f"unit of {len(name)} characters: {name!r}")
    return problems


def items_inside_their_measures(case: Case) -> list[str]:
    """A deadline or target of a measure is a span of that measure's text, and says what the text says."""
    measures = {m["id"]: m for m in case.measures}
    problems = []
    for kind, items in (("deadline", case.deadlines), ("target", case.targets)):
        for item in items:
            if case.text[item["start"]:item["end"]] != item["text"]:
                problems.append(f"{kind} {item['text']!r} is not the text at its offsets")
            measure = measures.get(item.get("measure_id"))
            if measure and not in_span(item, measure):
                problems.append(f"{kind} {item['text']!r} lies outside its measure {measure['label']}")
    return problems


def labelled_units_found(case: Case) -> list[str]:
    """A measure whose own text labels a unit list (责任单位：…) has an assignment, on itself, an item of it
    or a measure it belongs to (a list after a group's last item is the group's)."""
    assigned = {a.get("measure_id") for a in case.assignments}
    parents = {m["id"]: m.get("parent_id") for m in case.measures}
    holding = set()  # every measure with an assignment on itself or below it
    for measure_id in assigned:
        while measure_id:
            holding.add(measure_id)
            measure_id = parents.get(measure_id)
    problems = []
    for measure in case.measures:
        lineage, measure_id = set(), measure["id"]
        while measure_id:
            lineage.add(measure_id)
            measure_id = parents.get(measure_id)
        if measure["id"] in holding or lineage & assigned:
            continue
        label = UNIT_LABEL.search(case.text, measure["start"], measure["end"])
        if label:
            problems.append(f"measure {measure['label']} labels units ({label.group()!r}) but has no assignment")
    return problems


def measures_stop_before_closing_lines(case: Case) -> list[str]:
    problems = []
    for measure in case.measures:
        body = case.text[measure["start"]:measure["end"]]
        for line in body.splitlines()[1:]:
            if CLOSING_LINE.search(line):
                problems.append(f"measure {measure['label']} runs into a closing line: {line.strip()[:30]!r}")
                break
    return problems


Check = Callable[[Case], list[str]]

CHECKS: dict[str, Check] = {
    "title_chrome": title_has_no_chrome,
    "title_form": title_is_a_title,
    "title_length": title_not_overlong,
    "title_in_text": title_in_text,
    "doc_number_found": own_doc_number_found,
    "doc_number_self_citation": no_self_citation,
    "issuer_body": issuer_is_a_body,
    "dates_real": dates_are_real,
    "unit_body": units_are_bodies,
    "unit_label_found": labelled_units_found,
    "items_in_measure": items_inside_their_measures,
    "measure_tail": measures_stop_before_closing_lines,
}


def violations(case: Case) -> dict[str, list[str]]:
    """Every check's messages for one case (checks with none left out)."""
    found = {name: check(case) for name, check in CHECKS.items()}
    return {name: messages for name, messages in found.items() if messages}


# --- examples: each check on output it must reject, and on output it must accept ---------------------

_SOURCE = "当前位置:首页>通知\n县政府办〔2021〕5号\n县人民政府办公室关于做好防汛工作的通知\n各乡镇:\n一、巡查河道,6月1日前完成。(责任单位:县水利局)\n县人民政府办公室\n2021年5月6日\n抄送:县委办。\n"
_TITLE = "县人民政府办公室关于做好防汛工作的通知"
_MEASURE = {"id": "m1", "label": "一、", "start": _SOURCE.index("一、"), "end": _SOURCE.index("县人民政府办公室\n2021")}
_DEADLINE_START = _SOURCE.index("6月1日前")


def _case(**changes) -> Case:
    document = {"title": _TITLE, "doc_number": "县政府办〔2021〕5号", "issuer": "县人民政府办公室",
                "signed_date": "2021-05-06", "printed_date": None, "effective_date": None, "expiry_date": None,
                "parent_id": None}
    document.update(changes.pop("document", {}))
    fields = {"source": _SOURCE, "text": _SOURCE, "document": document, "measures": [_MEASURE],
              "assignments": [{"name": "县水利局", "measure_id": "m1"}],
              "deadlines": [{"text": "6月1日前", "start": _DEADLINE_START, "end": _DEADLINE_START + 5,
                             "measure_id": "m1", "date": "2021-06-01"}],
              "targets": [], "citations": []}
    fields.update(changes)
    return Case(**fields)


GOOD_EXAMPLES = [_case()]

# (check name, a case it must reject)
BAD_EXAMPLES = [
    ("title_chrome", _case(document={"title": "当前位置:首页>通知 " + _TITLE})),
    ("title_form", _case(document={"title": "[防汛]" + _TITLE})),
    ("title_form", _case(document={"title": "防汛通知怎么写?"})),
    ("title_form", _case(document={"title": _TITLE + "篇2"})),
    ("title_form", _case(document={"title": "县人民政府办公室下发通知要求做好防汛工作"})),
    ("title_form", _case(document={"title": "《县防汛工作方案县人民政府办公室关于印发县防汛工作方案的通知"})),
    ("title_length", _case(document={"title": _TITLE * 5})),
    ("title_in_text", _case(document={"title": "县人民政府关于做好抗旱工作的通知"})),
    ("doc_number_found", _case(document={"doc_number": None})),
    ("doc_number_self_citation", _case(citations=[{"text": "(县政府办〔2021〕5号)", "doc_number": "县政府办〔2021〕5号"}])),
    ("issuer_body", _case(document={"issuer": "各乡镇:一、县水利局负责巡查"})),
    ("dates_real", _case(document={"signed_date": "2081-05-06"})),
    ("dates_real", _case(document={"signed_date": "2019-05-06"})),  # 县政府办〔2021〕5号 signed in 2019
    ("dates_real", _case(document={"signed_date": "2021-02-30"})),
    ("unit_body", _case(assignments=[{"name": "县水利局负责巡查", "measure_id": "m1"}])),
    ("unit_label_found", _case(assignments=[])),
    ("unit_body", _case(assignments=[{"name": "县水利局、县应急管理局、县自然资源局、县住房城乡建设局、县交通运输局",
                                      "measure_id": "m1"}])),
    ("items_in_measure", _case(deadlines=[{"text": "2021年5月6日", "start": _SOURCE.index("2021年5月6日"),
                                           "end": _SOURCE.index("2021年5月6日") + 9, "measure_id": "m1", "date": "2021-05-06"}])),
    ("items_in_measure", _case(deadlines=[{"text": "6月1日前", "start": 3, "end": 8, "measure_id": "m1", "date": "2021-06-01"}])),
    ("measure_tail", _case(measures=[{**_MEASURE, "end": len(_SOURCE)}])),
]


# --- running the pipeline ---------------------------------------------------------------------------

def cases_of(path: str) -> list[Case]:
    """Every document the pipeline finds in the file at ``path``, as a :class:`Case`."""
    from pipeline.ingest.rows import process_source
    from pipeline.read import read_source

    source = read_source(path)
    cases = []
    for rows in process_source(source)["documents"]:
        document = dict(rows["documents"][0])
        units = rows["units"]
        assignments = [{**a, "name": units[a["unit_id"]]["name"]} for a in rows["assignments"]]
        cases.append(Case(source=source.text, text=document.pop("text"), document=document,
                          measures=rows["measures"], assignments=assignments, deadlines=rows["deadlines"],
                          targets=rows["targets"], citations=rows["citations"]))
    return cases
