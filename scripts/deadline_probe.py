"""A recall probe of the deadline extractor on unannotated real text.

Each text is extracted as a build would (``pipeline.extract.extract_text``); every time expression of
the kinds a notice uses to bound an act (a date or a year's end with 前/止/截止, a count of days with 内,
每月 + a day, 于…前, 到…年底, 在…之前完成, a 时限 with a value) that no extracted deadline span overlaps is a
miss — except 于/在 + an event + 前 with no count and no date, which bounds a step by no time (CONVENTIONS
C26). Misses are grouped by their shape (digits → N, the unit, the marker) and the commonest shapes are
printed with two examples each, so a form the extractor does not read shows before a held-out set has it.

Sources: the sweep pages (tests/data/sweep), the laws (../shared/realcorpus/laws, every ``--laws-step``-th
file, each cut to ``--max-chars``), and the realworld texts' sentences that no annotated deadline covers.

Usage: PYTHONPATH=. python scripts/deadline_probe.py [--top 30] [--laws-step 4] [--no-laws] [--no-realworld]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.extract import extract_text

ROOT = Path(__file__).resolve().parents[1]
SWEEP = ROOT / "tests" / "data" / "sweep"
REALWORLD = ROOT / "tests" / "data" / "realworld"
LAWS = ROOT.parent / "shared" / "realcorpus" / "laws"
if not LAWS.is_dir():
    LAWS = Path("/work/shared/realcorpus/laws")

NUM = r"(?:\d{1,4}|[一二两三四五六七八九十百〇零]{1,4})"
DAY_MARK = r"(?:前|以前|之前|止|为止|截止)"
PERIOD_END = r"(?:底|末|上旬|中旬|下旬|初)"

# the kinds of time expression a notice bounds an act with (the probe's own net, wider than the extractor's)
PROBE_FORMS: dict[str, re.Pattern] = {
    "date+marker": re.compile(
        rf"(?:{NUM}年)?(?:{NUM}月(?:份)?)(?:{NUM}[日号]|{PERIOD_END})?(?:\d{{1,2}}[:：]\d{{2}}|{NUM}[时点])?{DAY_MARK}"
        rf"|(?:{NUM}年|今年|当年|本年|明年|年)(?:底|末|年底|年末)(?:以前|之前|前|止|为止)"),
    "count+内": re.compile(rf"{NUM}(?:个)?(?:工作日|自然日|日|天|个月|月|周|星期|小时|年)(?:内|以内|之内)"),
    "every+day": re.compile(rf"每(?:个)?(?:月|季度|季|年|周|半年)(?:的)?(?:第?{NUM}(?:个工作)?[日号天]|{NUM}月{NUM}日|底|末|初)"),
    # not 关于/由于/对于/等于/低于/高于… and not a word ending in 前 (当前, 目前, 提前, 此前)
    "于…前": re.compile(r"(?<![关由对等属位基鉴至过低高])于(?![是此])[^，。；、\n]{1,16}?(?<![当目提此眼事空生])(?:前|之前|以前)"),
    "到…年底": re.compile(r"(?:到|至)(?:\d{4}年|今年|明年|本年|当年)?(?:年底|年末|底)"),
    "在…之前完成": re.compile(r"在[^，。；\n]{1,16}?(?:之前|以前|前)(?:完成|办结|报送|上报|提交)"),
    "时限/期限": re.compile(rf"(?:时限|期限)(?:一般|原则上)?(?:为|是|：|:)?\s?{NUM}\s?"
                        r"(?:个工作日|个自然日|工作日|个小时|小时|个月|日|天|周|年)"),
}

# A count or a date anywhere in an event form: 会议召开十日前, 于7月底前, 每月底前; or right after its 前
# (会议召开前一周的周五). Without either, 于/在 + event + 前 orders a step against an event but bounds it by no
# time (C26: 于拍卖前预交, 在开工前办理): no deadline, so no miss.
EVENT_FORM_KINDS = ("于…前", "在…之前完成")
TIME_IN_EVENT = re.compile(rf"{NUM}\s*(?:个)?(?:工作日|自然日|日|天|周|星期|个月|月|小时|年|号|时|点)|[年月](?:底|末|初)|旬|季度|每")
COUNT_AFTER_EVENT = re.compile(rf"\s*{NUM}\s*(?:个)?(?:工作日|自然日|日|天|周|星期|个月|月|小时|年)")

SENTENCE_END = re.compile(r"[。；！？\n]")
CN_RUN = re.compile(r"[一二两三四五六七八九十百〇零]+")


def shape_of(kind: str, match: str, count_after: str = "") -> str:
    """The form of a time expression: digits and Chinese numerals → N, free text in 于…前 → …, and the count
    printed right after an event's 前 (于期限届满前二个月: 于…前N个月)."""
    text = re.sub(r"\d+", "N", match)
    text = CN_RUN.sub("N", text.replace("一般", "\0")).replace("\0", "一般")  # 一般 is no numeral
    if kind in ("于…前", "在…之前完成"):
        head = text[0]
        tail = re.search(r"(?:之前|以前|前)(?:完成|办结|报送|上报|提交)?$", text).group(0)
        inner = text[1:-len(tail)]
        # keep the inner date's shape when it is a date, else elide it
        inner = inner if re.fullmatch(r"[N年月日号底末旬上中下初份]+", inner) else "…"
        text = head + inner + tail + CN_RUN.sub("N", re.sub(r"\d+", "N", count_after.strip()))
    return f"{kind}: {text}"


def is_countless_event_form(kind: str, match: re.Match) -> bool:
    """True for 于/在 + an event + 前 with no count and no date, before the 前 or just after it (C26)."""
    if kind not in EVENT_FORM_KINDS:
        return False
    return not TIME_IN_EVENT.search(match.group(0)) and not COUNT_AFTER_EVENT.match(match.string, match.end())


def sentence_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right = SENTENCE_END.search(text, end)
    stop = right.end() if right and right.end() - end < 200 else min(len(text), end + 200)
    return text[left:stop].strip()


def misses_in(text: str, spans: list[tuple[int, int]], covered: list[str] | None = None) -> list[tuple[str, str, str]]:
    """(shape, expression, sentence) for every probe expression no span overlaps (and, when ``covered`` is
    given, whose sentence holds none of those annotated texts)."""
    found = []
    for kind, pattern in PROBE_FORMS.items():
        for match in pattern.finditer(text):
            if is_countless_event_form(kind, match):
                continue
            after = COUNT_AFTER_EVENT.match(text, match.end()) if kind in EVENT_FORM_KINDS else None
            count_after = after.group(0) if after else ""
            start, end = match.start(), match.end() + len(count_after)
            if any(s < end and start < e for s, e in spans):
                continue
            sentence = sentence_around(text, start, end)
            if covered is not None and any(item and item in sentence for item in covered):
                continue
            found.append((shape_of(kind, match.group(0), count_after), text[start:end], sentence))
    return found


def extracted(text: str, name: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """(document text, its deadline spans) for every document the pipeline finds in ``text``."""
    result = extract_text(text, name)
    parsed = parse(normalise(text).text)
    return [(own.text, [(d["start"], d["end"]) for d in document["deadlines"]])
            for document, own in zip(result["documents"], parsed)]


def sources(args) -> list[tuple[str, str, list[str] | None]]:
    """(name, text, annotated deadline texts or None) of every text probed."""
    out = [(f"sweep/{p.name}", p.read_text(encoding="utf-8"), None) for p in sorted(SWEEP.glob("*.txt"))]
    if not args.no_laws and LAWS.is_dir():
        laws = sorted(LAWS.rglob("*.md"))[:: args.laws_step]
        out += [(f"laws/{p.name}", p.read_text(encoding="utf-8")[: args.max_chars], None) for p in laws]
    if not args.no_realworld:
        for note in sorted(REALWORLD.glob("*.json")):
            source = note.with_suffix(".txt")
            if not source.exists():
                continue
            annotation = json.loads(note.read_text(encoding="utf-8"))
            texts = [d.get("text", "") for doc in annotation.get("documents", []) for d in doc.get("deadlines", [])]
            out.append((f"realworld/{source.name}", source.read_text(encoding="utf-8"), texts))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--laws-step", type=int, default=4, help="probe every N-th law file")
    parser.add_argument("--max-chars", type=int, default=20000, help="cut each law file to this length")
    parser.add_argument("--no-laws", action="store_true")
    parser.add_argument("--no-realworld", action="store_true")
    parser.add_argument("--dump", help="write every miss as JSON lines to this file")
    args = parser.parse_args(argv)
    by_shape: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for name, text, covered in sources(args):
        for own, spans in extracted(text, name):
            for shape, expression, sentence in misses_in(own, spans, covered):
                by_shape[shape].append((name, expression, sentence))
    counts = Counter({shape: len(items) for shape, items in by_shape.items()})
    print(f"{sum(counts.values())} misses in {len(counts)} shapes")
    for shape, count in counts.most_common(args.top):
        print(f"{count:5d}  {shape}")
        for name, expression, sentence in by_shape[shape][:2]:
            print(f"         {name}: [{expression}] {sentence[:160]}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for shape, items in by_shape.items():
                for name, expression, sentence in items:
                    out.write(json.dumps({"shape": shape, "source": name, "expression": expression,
                                          "sentence": sentence}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
