"""DOCX reader: the body of a Word document as text, one paragraph per line.

Paragraphs and tables come in document order. Word automatic numbering is turned back into the
label a reader sees (一、 （一） 1. ①). A paragraph's leading bold run is wrapped in ``**`` so that
bold ``一要…。`` headings stay recognisable (the normaliser strips the markup). Headers, footers,
comments, footnotes, deleted text and field codes are left out. Tables go through
:func:`pipeline.read.table_to_paragraphs`.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from pipeline.read.layout import table_to_paragraphs
from pipeline.read.source import ReadError

DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_w = lambda tag: f"{{{W}}}{tag}"  # noqa: E731

P, R, T, TBL, TR, TC, SDT = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc"), _w("sdt")
_FALSE = {"0", "false", "off", "none"}


def _val(el, default=None):
    if el is None:
        return default
    return el.get(_w("val"), default)


def _onoff(el) -> bool | None:
    if el is None:
        return None
    return _val(el, "true").lower() not in _FALSE


def read_docx(path: str, data: bytes) -> tuple[str, dict]:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ReadError(path, "it is a truncated or damaged DOCX (the ZIP container is broken)") from None
    total = sum(i.file_size for i in infos)
    if total > DOCX_MAX_UNCOMPRESSED:
        raise ReadError(
            path,
            f"the DOCX is too large when unpacked ({total / 1024 / 1024:.0f} MB; the limit is "
            f"{DOCX_MAX_UNCOMPRESSED // 1024 // 1024} MB)",
        )
    names = {i.filename for i in infos}

    def raw_part(name: str) -> bytes | None:
        if name not in names:
            return None
        try:
            raw = z.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, NotImplementedError) as e:
            raise ReadError(path, f"it is a truncated or damaged DOCX ({name} cannot be unpacked: {e})") from None
        # "Strict Open XML" documents use other namespace names for the same vocabulary
        return raw.replace(STRICT_W.encode(), W.encode()).replace(STRICT_R.encode(), R_NS.encode())

    def part(name: str | None):
        raw = raw_part(name) if name else None
        if raw is None:
            return None
        try:
            return etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=False, huge_tree=True, no_network=True))
        except etree.XMLSyntaxError as e:
            raise ReadError(path, f"it is a truncated or damaged DOCX ({name} is not well-formed XML: {e})") from None

    main = _main_part(part, names)
    if main is None:
        raise ReadError(path, "it is a truncated or damaged DOCX (no word/document.xml inside)")

    meta: dict = {}
    try:  # python-docx reads the core properties; a package it rejects (.dotx, .docm) is still read
        import docx

        core = docx.Document(io.BytesIO(data)).core_properties
        meta = {k: v for k, v in (("core_title", core.title), ("core_author", core.author)) if v}
    except Exception:  # noqa: BLE001 - python-docx raises KeyError, ValueError, PackageNotFoundError …
        pass

    doc = part(main)
    body = doc.find(_w("body"))
    if body is None:
        raise ReadError(path, f"it is a truncated or damaged DOCX ({main} has no body)")
    rels = _relationships(part, main)
    styles = _Styles(part(rels.get("styles")))
    numbering = _Numbering(part(rels.get("numbering")), styles)
    reader = _BodyReader(styles, numbering)
    lines = reader.blocks(body)
    return "\n".join(lines), meta


PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def _main_part(part, names: set[str]) -> str | None:
    """The main document part named by _rels/.rels (word/document.xml nearly always)."""
    rels = part("_rels/.rels") if "_rels/.rels" in names else None
    if rels is not None:
        for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in names:
                    return target
    return "word/document.xml" if "word/document.xml" in names else None


def _relationships(part, main: str) -> dict[str, str]:
    """Part names of the main part's styles and numbering, by relationship type."""
    folder, _, file = main.rpartition("/")
    rels = part(f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels")
    out = {"styles": f"{folder}/styles.xml" if folder else "styles.xml",
           "numbering": f"{folder}/numbering.xml" if folder else "numbering.xml"}
    if rels is None:
        return out
    for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if kind in ("styles", "numbering") and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            if target.startswith("/"):
                out[kind] = target.lstrip("/")
            else:
                parts = (folder.split("/") if folder else []) + target.split("/")
                norm: list[str] = []
                for p in parts:
                    if p == "..":
                        if norm:
                            norm.pop()
                    elif p and p != ".":
                        norm.append(p)
                out[kind] = "/".join(norm)
    return out


# --------------------------------------------------------------------------------------------
# styles


class _Styles:
    def __init__(self, root):
        self.by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        self.default_bold = False
        if root is None:
            return
        for st in root.iter(_w("style")):
            sid = st.get(_w("styleId"))
            if sid:
                self.by_id[sid] = st
                if st.get(_w("type")) == "paragraph" and (st.get(_w("default")) or "").lower() in ("1", "true", "on"):
                    self.default_para = sid
        rpr = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        if rpr is not None:
            self.default_bold = bool(_onoff(rpr.find(_w("b"))))

    def chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            yield st
            sid = _val(st.find(_w("basedOn")))

    def bold(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            b = _onoff(st.find(f"{_w('rPr')}/{_w('b')}"))
            if b is not None:
                return b
        return None

    def numpr(self, sid: str | None):
        """(numId, ilvl) from a paragraph style chain; ilvl may be None."""
        for st in self.chain(sid):
            np_ = st.find(f"{_w('pPr')}/{_w('numPr')}")
            if np_ is not None:
                num = _val(np_.find(_w("numId")))
                lvl = _val(np_.find(_w("ilvl")))
                if num is not None:
                    return num, (int(lvl) if lvl and lvl.isdigit() else None)
        return None


# --------------------------------------------------------------------------------------------
# numbering


class _Level:
    __slots__ = ("start", "fmt", "text", "restart", "legal", "suff", "pstyle", "bold")

    def __init__(self, el):
        self.start = _int(_val(el.find(_w("start"))), 1)
        self.fmt = _val(el.find(_w("numFmt")), "decimal")
        self.text = _val(el.find(_w("lvlText")))
        r = _val(el.find(_w("lvlRestart")))
        self.restart = _int(r, None) if r is not None else None
        self.legal = bool(_onoff(el.find(_w("isLgl"))))
        self.suff = _val(el.find(_w("suff")), "tab")
        self.pstyle = _val(el.find(_w("pStyle")))
        self.bold = _onoff(el.find(f"{_w('rPr')}/{_w('b')}"))


def _int(s, default):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default


class _Numbering:
    def __init__(self, root, styles: _Styles):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> numbering style id
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles = styles
        self.counters: dict[object, list[int | None]] = {}
        self.started: set[tuple[str, int]] = set()
        if root is None:
            return
        for an in root.iter(_w("abstractNum")):
            aid = an.get(_w("abstractNumId"))
            self.abstract[aid] = {_int(lv.get(_w("ilvl")), 0): _Level(lv) for lv in an.findall(_w("lvl"))}
            link = _val(an.find(_w("numStyleLink")))
            if link:
                self.style_link[aid] = link
        for num in root.iter(_w("num")):
            nid = num.get(_w("numId"))
            aid = _val(num.find(_w("abstractNumId")))
            starts, levels = {}, {}
            for ov in num.findall(_w("lvlOverride")):
                il = _int(ov.get(_w("ilvl")), 0)
                so = ov.find(_w("startOverride"))
                if so is not None:
                    starts[il] = _int(_val(so), 1)
                lv = ov.find(_w("lvl"))
                if lv is not None:
                    levels[il] = _Level(lv)
                    if il not in starts and lv.find(_w("start")) is not None:
                        starts[il] = levels[il].start
            self.nums[nid] = (aid, starts, levels)

    def _levels(self, aid: str | None, depth=0) -> dict[int, _Level]:
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
        if ilvl in starts and (num_id, ilvl) not in self.started:
            counters[ilvl] = starts[ilvl]
        elif counters[ilvl] is None:
            counters[ilvl] = lvl.start
        else:
            counters[ilvl] += 1
        self.started.add((num_id, ilvl))
        for d in range(ilvl + 1, 10):
            dl = levels.get(d)
            v = dl.restart if dl is not None and dl.restart is not None else d
            if v != 0 and ilvl < v:
                counters[d] = None
                self.started.discard((num_id, d))
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

        return re.sub(r"%([1-9])", sub, lvl.text), lvl.suff, lvl.bold


_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def _cn_counting(n: int) -> str:
    """Word's chineseCounting: 一 … 十, 十一, 二十, 九十九; above 99 digit by digit."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else _CN_DIGITS[t]) + "十" + (_CN_DIGITS[u] if u else "")
    return "".join(_CN_DIGITS[int(d)] for d in str(n))


def _cn_thousand(n: int, digits=_CN_DIGITS, units=("", "十", "百", "千"), zero="零") -> str:
    """Word's chineseCountingThousand: 一百零一, 一千一百一十; 十一 without a leading 一."""
    if n <= 0 or n >= 10000:
        return str(n)
    s = str(n)
    out = []
    pending_zero = False
    for i, d in enumerate(s):
        d = int(d)
        pos = len(s) - 1 - i
        if d == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(zero)
            pending_zero = False
        out.append(digits[d] + units[pos])
    r = "".join(out)
    if digits is _CN_DIGITS and 10 <= n < 20:
        r = r[1:]
    return r


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_CN_CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a Word numFmt."""
    f = (fmt or "decimal")
    if f in ("chineseCounting", "japaneseCounting", "ideographDigital", "taiwaneseCounting", "koreanCounting"):
        if f == "ideographDigital":
            return "".join(_CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
        return _cn_counting(n)
    if f in ("chineseCountingThousand", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        return _cn_thousand(n)
    if f in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        return _cn_thousand(n, digits=_CN_LEGAL, units=("", "拾", "佰", "仟"))
    if f == "decimalEnclosedCircle" or f == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if f == "decimalEnclosedParen":
        return _PAREN[n - 1] if 1 <= n <= 20 else f"({n})"
    if f == "decimalEnclosedFullstop":
        return _FULLSTOP[n - 1] if 1 <= n <= 20 else f"{n}."
    if f == "ideographEnclosedCircle":
        return _CN_CIRCLED[n - 1] if 1 <= n <= 10 else _cn_counting(n)
    if f == "ideographTraditional":
        return _TIANGAN[n - 1] if 1 <= n <= 10 else str(n)
    if f == "ideographZodiac":
        return _DIZHI[n - 1] if 1 <= n <= 12 else str(n)
    if f == "decimalFullWidth" or f == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if f == "decimalZero":
        return f"{n:02d}"
    if f == "upperRoman":
        return _roman(n)
    if f == "lowerRoman":
        return _roman(n).lower()
    if f == "upperLetter":
        return _letter(n)
    if f == "lowerLetter":
        return _letter(n).lower()
    if f == "ordinal":
        return f"{n}."
    return str(n)


# --------------------------------------------------------------------------------------------
# body


class _BodyReader:
    def __init__(self, styles: _Styles, numbering: _Numbering):
        self.styles = styles
        self.numbering = numbering

    # block level ---------------------------------------------------------------------------
    def blocks(self, container) -> list[str]:
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == P:
                lines.extend(self.paragraph(child))
            elif tag == TBL:
                lines.extend(self.table(child))
            elif tag in (SDT,):
                content = child.find(_w("sdtContent"))
                if content is not None:
                    lines.extend(self.blocks(content))
            elif tag in (_w("customXml"), _w("ins"), _w("moveTo"), _w("smartTag")):
                lines.extend(self.blocks(child))
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = child.find(f"{{{MC}}}Choice")
                if chosen is None:
                    chosen = child.find(f"{{{MC}}}Fallback")
                if chosen is not None:
                    lines.extend(self.blocks(chosen))
        return lines

    # paragraphs -----------------------------------------------------------------------------
    def paragraph(self, p) -> list[str]:
        ppr = p.find(_w("pPr"))
        style_id = _val(ppr.find(_w("pStyle"))) if ppr is not None else None
        if style_id is None:
            style_id = self.styles.default_para
        # a paragraph whose mark and runs are all hidden is not shown
        segments: list[tuple[str, bool]] = []
        boxes: list[str] = []
        para_bold = self.styles.bold(style_id)
        self._inline(p, segments, boxes, para_bold)
        text = "".join(s for s, _ in segments)

        label = None
        num = None
        if ppr is not None:
            np_ = ppr.find(_w("numPr"))
            if np_ is not None:
                nid = _val(np_.find(_w("numId")))
                il = _val(np_.find(_w("ilvl")))
                if nid is None:
                    sn = self.styles.numpr(style_id)
                    nid = sn[0] if sn else None
                num = (nid, int(il) if il and il.isdigit() else None)
        if num is None:
            sn = self.styles.numpr(style_id)
            if sn:
                num = sn
        if num and num[0] not in (None, "0"):
            nid, il = num
            if il is None:
                il = self.numbering.level_for_style(nid, style_id)
            label = self.numbering.label(nid, il)

        body = self._with_bold(segments)
        out = list(boxes)
        if label is not None and label[0]:
            lab, suff, _bold = label
            sep = " " if suff == "space" else ""
            if suff == "tab" and re.search(r"[0-9A-Za-z.)]$", lab) and re.match(r"[0-9A-Za-z]", text.lstrip("*")):
                sep = " "
            if body.startswith("**"):
                body = "**" + lab + sep + body[2:]
            else:
                body = lab + sep + body
        elif not text.strip() and not out:
            return [""]
        out.extend(body.split("\n"))
        return out

    def _with_bold(self, segments: list[tuple[str, bool]]) -> str:
        text = "".join(s for s, _ in segments)
        if not text.strip():
            return text
        # leading run of bold segments (whitespace does not break it)
        lead = ""
        i = 0
        while i < len(segments) and (segments[i][1] or not segments[i][0].strip()):
            lead += segments[i][0]
            i += 1
        rest = "".join(s for s, _ in segments[i:])
        if not lead.strip() or not rest.strip() or "\n" in lead:
            return text
        stripped = lead.rstrip()
        lead_ws = lead[: len(lead) - len(lead.lstrip())]
        return lead_ws + "**" + stripped.strip() + "**" + lead[len(stripped):] + rest

    def _run_bold(self, r, para_bold) -> bool:
        rpr = r.find(_w("rPr"))
        if rpr is not None:
            b = _onoff(rpr.find(_w("b")))
            if b is not None:
                return b
            rs = _val(rpr.find(_w("rStyle")))
            if rs:
                b = self.styles.bold(rs)
                if b is not None:
                    return b
        if para_bold is not None:
            return para_bold
        return self.styles.default_bold

    def _inline(self, el, segments, boxes, para_bold):
        for child in el:
            tag = child.tag
            if tag == R:
                self._run(child, segments, boxes, para_bold)
            elif tag in (_w("hyperlink"), _w("ins"), _w("moveTo"), _w("smartTag"), _w("customXml"),
                         _w("fldSimple"), _w("bdo"), _w("dir")):
                self._inline(child, segments, boxes, para_bold)
            elif tag == SDT:
                content = child.find(_w("sdtContent"))
                if content is not None:
                    self._inline(content, segments, boxes, para_bold)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = child.find(f"{{{MC}}}Choice")
                if chosen is None:
                    chosen = child.find(f"{{{MC}}}Fallback")
                if chosen is not None:
                    self._inline(chosen, segments, boxes, para_bold)
            elif tag in (f"{{{M}}}oMath", f"{{{M}}}oMathPara"):
                segments.append(("".join(t.text or "" for t in child.iter(f"{{{M}}}t")), False))
            # w:del, w:moveFrom, w:pPr, bookmarks, proofErr, commentRangeStart … carry no shown text

    def _run(self, r, segments, boxes, para_bold):
        rpr = r.find(_w("rPr"))
        if rpr is not None and _onoff(rpr.find(_w("vanish"))):
            return
        bold = self._run_bold(r, para_bold)
        buf = []
        for c in r:
            tag = c.tag
            if tag == T:
                buf.append(c.text or "")
            elif tag in (_w("tab"), _w("ptab")):
                buf.append("\t")
            elif tag == _w("br"):
                if c.get(_w("type")) not in ("page", "column"):
                    buf.append("\n")
            elif tag == _w("cr"):
                buf.append("\n")
            elif tag == _w("noBreakHyphen"):
                buf.append("-")
            elif tag == _w("sym"):
                ch = c.get(_w("char")) or ""
                try:
                    code = int(ch, 16)
                except ValueError:
                    continue
                if 0xF000 <= code <= 0xF0FF:
                    code -= 0xF000
                    if code < 0x20:
                        continue
                    buf.append("•" if code in (0xB7, 0xA7, 0x6C, 0x6E) else "")
                else:
                    buf.append(chr(code))
            elif tag in (_w("drawing"), _w("pict"), _w("object")) or tag == f"{{{MC}}}AlternateContent":
                self._boxes(c, boxes)
        if buf:
            segments.append(("".join(buf), bold))

    def _boxes(self, el, boxes):
        """Text boxes inside a drawing: their paragraphs, once (the mc:Fallback copy is skipped)."""
        if el.tag == f"{{{MC}}}AlternateContent":
            chosen = el.find(f"{{{MC}}}Choice")
            if chosen is None:
                chosen = el.find(f"{{{MC}}}Fallback")
            if chosen is not None:
                for c in chosen:
                    self._boxes(c, boxes)
            return
        if el.tag == _w("txbxContent"):
            boxes.extend(line for line in self.blocks(el) if line.strip())
            return
        for c in el:
            self._boxes(c, boxes)

    # tables -----------------------------------------------------------------------------------
    def table(self, tbl) -> list[str]:
        grid: list[list[str | None]] = []
        for tr in self._rows(tbl):
            row: list[str | None] = []
            trpr = tr.find(_w("trPr"))
            before = _int(_val(trpr.find(_w("gridBefore"))), 0) if trpr is not None else 0
            row.extend([""] * before)
            for tc in self._cells(tr):
                tcpr = tc.find(_w("tcPr"))
                span = 1
                vmerge_continue = False
                if tcpr is not None:
                    span = max(1, _int(_val(tcpr.find(_w("gridSpan"))), 1))
                    vm = tcpr.find(_w("vMerge"))
                    if vm is not None and _val(vm, "continue") != "restart":
                        vmerge_continue = True
                    hm = tcpr.find(_w("hMerge"))
                    if hm is not None and _val(hm, "continue") != "restart" and row:
                        row.append(row[-1])
                        continue
                if vmerge_continue:
                    row.extend([None] * span)
                    continue
                text = self._cell_text(tc)
                row.extend([text] * span)
            grid.append(row)
        return table_to_paragraphs(grid)

    def _rows(self, tbl):
        return _children(tbl, TR)

    def _cells(self, tr):
        return _children(tr, TC)

    def _cell_text(self, tc) -> str:
        parts = [ln.strip() for ln in self.blocks(tc)]
        parts = [ln for ln in parts if ln]
        out = ""
        for ln in parts:
            if out:
                if re.search(r"[。；;，,、：:！？!?）)]$", out) or re.match(r"^[（(]", ln):
                    pass
                else:
                    out += "；"
            out += ln
        return out.replace("**", "")


def _children(parent, tag):
    """The ``tag`` children of ``parent``, also those wrapped in a content control or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, _w("customXml")):
            inner = child.find(_w("sdtContent")) if child.tag == SDT else child
            if inner is not None:
                yield from (c for c in inner if c.tag == tag)
