"""Word automatic numbering turned back into the label a reader sees (一、 （一） 1. ①): the lists
of numbering.xml (abstract definitions, their instances and level overrides, lists linked through a
numbering style) and the counters that advance as numbered paragraphs come in document order."""

from __future__ import annotations

import re

from extractors.vocab import Examples
from pipeline.read.word_number_formats import format_number
from pipeline.read.word_styles import Styles
from pipeline.read.word_xml import onoff, to_int, val, w

# in a level's text (w:lvlText), "%2" stands for the counter of level 2 (the first level is 1)
LEVEL_PLACEHOLDER_RE = re.compile(r"%([1-9])")

# The levels of a 公文's numbered headings (GB/T 9704: 一、 over （一） over 1. over （1）; a rule's 第X章/条 over them
# all), told by a label's form, highest first: a list of a lower level goes on under one heading of a higher level,
# and restarts under the next.
LABEL_LEVELS = (
    re.compile(r"^第[一二三四五六七八九十百零〇\d]+(?:章|节|条|部分)"),
    re.compile(r"^[一二三四五六七八九十百]+、"),
    re.compile(r"^[（(][一二三四五六七八九十百]+[）)]"),
    re.compile(r"^\d{1,3}[.．、]"),
    re.compile(r"^[（(]\d{1,3}[）)]"),
)
# an attachment's first line (附件, 附件2：): the lists after it are the attachment's own
ATTACHMENT_LINE_RE = re.compile(r"^\s*附件\s*\d{0,2}\s*[:：]?\s*$")

EXAMPLES = {
    "LEVEL_PLACEHOLDER_RE": Examples(match=("%1、", "（%2）", "%1.%2"), no_match=("%0", "1.", "（一）")),
    "ATTACHMENT_LINE_RE": Examples(match=("附件", "附件2：", "附件 1"), no_match=("附件：1.考评指标", "附件所列单位")),
}


def label_level(text: str) -> int | None:
    """The heading level a label's form gives (0: 第X条, 1: 一、, 2: （一）, 3: 1., 4: （1）); None for another form."""
    return next((level for level, form in enumerate(LABEL_LEVELS) if form.match(text)), None)


class Level:
    """One level of a list definition (w:lvl): start value, number format, label text, suffix."""

    __slots__ = ("start", "fmt", "text", "restart", "legal", "suff", "pstyle", "bold")

    def __init__(self, el):
        self.start = to_int(val(el.find(w("start"))), 1)
        self.fmt = val(el.find(w("numFmt")), "decimal")
        self.text = val(el.find(w("lvlText")))
        r = val(el.find(w("lvlRestart")))
        self.restart = to_int(r, None) if r is not None else None
        self.legal = bool(onoff(el.find(w("isLgl"))))
        self.suff = val(el.find(w("suff")), "tab")
        self.pstyle = val(el.find(w("pStyle")))
        self.bold = onoff(el.find(f"{w('rPr')}/{w('b')}"))


class Numbering:
    """The document's lists (numbering.xml) and their counters; ``label`` advances them."""

    def __init__(self, root, styles: Styles):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> numbering style id
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self.styles = styles
        self.counters: dict[object, list[int | None]] = {}
        self.started: set[tuple[str, int]] = set()
        # the paragraph before, when numbered: (its counters' key, level, number format, label text, number)
        self.previous: tuple[object, int, str, str | None, int] | None = None
        # each label form's last number and whether items of a lower heading level came since, while no
        # heading of a higher level did: (number format, label text) -> [number, lower items since]
        self.runs: dict[tuple[str, str | None], list] = {}
        if root is None:
            return
        for an in root.iter(w("abstractNum")):
            aid = an.get(w("abstractNumId"))
            self.abstract[aid] = {to_int(lv.get(w("ilvl")), 0): Level(lv) for lv in an.findall(w("lvl"))}
            link = val(an.find(w("numStyleLink")))
            if link:
                self.style_link[aid] = link
        for num in root.iter(w("num")):
            nid = num.get(w("numId"))
            aid = val(num.find(w("abstractNumId")))
            starts, levels = {}, {}
            for ov in num.findall(w("lvlOverride")):
                il = to_int(ov.get(w("ilvl")), 0)
                so = ov.find(w("startOverride"))
                if so is not None:
                    starts[il] = to_int(val(so), 1)
                lv = ov.find(w("lvl"))
                if lv is not None:
                    levels[il] = Level(lv)
                    if il not in starts and lv.find(w("start")) is not None:
                        starts[il] = levels[il].start
            self.nums[nid] = (aid, starts, levels)

    def _levels(self, aid: str | None, depth=0) -> dict[int, Level]:
        if aid in self.style_link and depth < 3:
            np_ = self.styles.numpr(self.style_link[aid])
            if np_ and np_[0] in self.nums:
                return self._levels(self.nums[np_[0]][0], depth + 1)
        return self.abstract.get(aid, {})

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        aid = self.nums.get(num_id, (None,))[0]
        for il, lv in self._levels(aid).items():
            if style_id and lv.pstyle == style_id:
                return il
        return 0

    def unnumbered(self, text: str = "") -> None:
        """A paragraph without a label came: the next list's first item follows no item. A label typed in its
        text is a heading of its level as a numbered one is; an attachment's first line ends every run."""
        self.previous = None
        if ATTACHMENT_LINE_RE.match(text):
            self.runs.clear()
        elif (level := label_level(text.lstrip("*").strip())) is not None:
            self._heading_came(level)

    def _heading_came(self, level: int) -> None:
        """An item of heading level ``level``: lists of lower levels start anew after it, lists of higher levels
        have had an item under them."""
        for form, run in list(self.runs.items()):
            form_level = label_level(form[1])
            if form_level is not None and form_level > level:
                del self.runs[form]
            elif form_level is not None and form_level < level:
                run[1] = True

    def _run_next(self, form: tuple[str, str | None], lvl: Level) -> int | None:
        """The number of a list's first item that goes on with the last list of its label form: the list starts at
        its beginning with no start override, and since that form's last item came items of a lower heading level
        and none of a higher one (（一）, its 1. 2., then （一） again under the same 一、). No office restarts a
        list under the same heading; LibreOffice splits a Word 97 list so where another list's items interrupt it
        (reading its own .doc, its items from there on count from 一 again). None when the item starts its list."""
        run = self.runs.get(form)
        if run is None or not run[1] or lvl.start != 1:
            return None
        return run[0] + 1

    def _split_list_next(self, key: object, ilvl: int, lvl: Level) -> int | None:
        """The number of a list's first item that continues the list of the paragraph right before it: an item of
        another list of the same form (level, number format, label text) with no paragraph between, and this list
        not told to start anew (no start override). No office restarts a list at its next paragraph; LibreOffice
        splits a Word 97 list so (a list whose numbering restarts read back as one list an item), and its items
        would all read 一、. None when the item starts its list."""
        before = self.previous
        if before is None or before[0] == key or before[1:4] != (ilvl, lvl.fmt, lvl.text) or lvl.fmt in ("none", "bullet"):
            return None
        return before[4] + 1 if before[4] is not None else None

    def label(self, num_id: str, ilvl: int) -> tuple[str, str, bool | None] | None:
        """Advance the counters for a numbered paragraph; return (label, suffix, bold)."""
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        aid, starts, over = self.nums[num_id]
        levels = dict(self._levels(aid))
        levels.update(over)
        if ilvl not in levels:
            return None
        key = ("num", num_id) if (starts or over) else ("abs", aid)
        counters = self.counters.setdefault(key, [None] * 10)
        lvl = levels[ilvl]
        form_text = _first_label(lvl)
        if ilvl in starts and (num_id, ilvl) not in self.started:
            counters[ilvl] = starts[ilvl]
        elif counters[ilvl] is None:
            counters[ilvl] = self._split_list_next(key, ilvl, lvl) or self._run_next((lvl.fmt, form_text), lvl) \
                or lvl.start
        else:
            counters[ilvl] += 1
        self.started.add((num_id, ilvl))
        level = label_level(form_text) if form_text else None
        if level is not None:
            self._heading_came(level)
            self.runs[(lvl.fmt, form_text)] = [counters[ilvl], False]
        for d in range(ilvl + 1, 10):
            dl = levels.get(d)
            v = dl.restart if dl is not None and dl.restart is not None else d
            if v != 0 and ilvl < v:
                counters[d] = None
                self.started.discard((num_id, d))
        self.previous = (key, ilvl, lvl.fmt, lvl.text, counters[ilvl])
        if lvl.fmt == "none" or lvl.text is None:
            return "", lvl.suff, lvl.bold
        if lvl.fmt == "bullet":
            t = lvl.text
            return ("•" if not t or any(0xE000 <= ord(c) <= 0xF8FF for c in t) else t), lvl.suff, lvl.bold

        def sub(m: re.Match) -> str:
            k = int(m[1]) - 1
            ref = levels.get(k)
            if ref is None:
                return ""
            value = counters[k] if counters[k] is not None else ref.start
            fmt = "decimal" if lvl.legal and k != ilvl else ref.fmt
            return format_number(value, fmt)

        return LEVEL_PLACEHOLDER_RE.sub(sub, lvl.text), lvl.suff, lvl.bold


def _first_label(lvl: Level) -> str | None:
    """The label a level prints for its first item (（一）, 1.), when it holds its own number only; else None."""
    if lvl.text is None or lvl.fmt in ("none", "bullet") or len(LEVEL_PLACEHOLDER_RE.findall(lvl.text)) != 1:
        return None
    return LEVEL_PLACEHOLDER_RE.sub(lambda m: format_number(1, lvl.fmt), lvl.text)
