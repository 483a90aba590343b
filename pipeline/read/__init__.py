"""Read an input file of any supported kind into plain text.

``read_source(path)`` recognises a file by its content (never by its extension, except ``.md``
versus ``.txt`` for plain text), extracts its text with one paragraph per line and returns a
:class:`Source`. Anything that cannot be read raises :class:`ReadError`, whose message is a
sentence naming the file and the problem, fit for ``ingest_errors.error``.

The format readers live beside this module: ``read_docx``, ``read_pdf`` and ``read_html``. Text
files are decoded here. Helpers the readers share (table rows to paragraphs, CJK spacing) are here
too.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 100 * 1024 * 1024  # any input larger than this is refused

__all__ = ["ReadError", "Source", "read_source", "page_of", "decode_text", "sniff_format"]


class ReadError(Exception):
    """A file that cannot be read. ``str(e)`` names the file and says what is wrong with it."""

    def __init__(self, path, message: str):
        self.path = str(path)
        self.message = message.rstrip(".")
        super().__init__(f"Cannot read {self.path}: {self.message}.")

    def __str__(self) -> str:  # keep the sentence even if args are changed
        return f"Cannot read {self.path}: {self.message}."


@dataclass
class Source:
    path: str  # as given
    format: str  # "txt", "md", "docx", "pdf", "html"
    sha256: str  # of the file's bytes
    text: str  # one paragraph per line ("\n"); blank lines allowed
    page_starts: list[int] = field(default_factory=list)  # offset where each page starts; [] if not paginated
    meta: dict = field(default_factory=dict)  # metadata found in the file itself


# --------------------------------------------------------------------------------------------
# entry points


def read_source(path: str | Path) -> Source:
    """Read ``path`` and return its text and metadata; raise :class:`ReadError` if it can't be read."""
    given = str(path)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError(given, "there is no such file") from None
    except PermissionError:
        raise ReadError(given, "permission denied") from None
    except OSError as e:
        raise ReadError(given, f"the file cannot be opened ({e.strerror or e})") from None
    if p.is_dir():
        raise ReadError(given, "it is a directory, not a file")
    if st.st_size > MAX_FILE_BYTES:
        raise ReadError(
            given,
            f"the file is too large ({st.st_size / 1024 / 1024:.0f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB)",
        )
    try:
        data = p.read_bytes()
    except PermissionError:
        raise ReadError(given, "permission denied") from None
    except OSError as e:
        raise ReadError(given, f"the file cannot be read ({e.strerror or e})") from None
    if not data:
        raise ReadError(given, "the file is empty (0 bytes)")
    if not data.strip(b" \t\r\n\x00") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise ReadError(given, "the file is empty (it holds only blank space)")

    sha = hashlib.sha256(data).hexdigest()
    fmt = sniff_format(data, given)

    if fmt == "docx":
        from pipeline.read_docx import read_docx

        text, meta = read_docx(given, data)
        pages: list[int] = []
    elif fmt == "pdf":
        from pipeline.read_pdf import read_pdf

        text, pages, meta = read_pdf(given, data)
    elif fmt == "html":
        from pipeline.read_html import read_html

        text, meta = read_html(given, data)
        pages = []
    else:
        text, encoding = decode_text(given, data)
        text = _clean_text(text)
        meta = {"encoding": encoding}
        pages = []
        ext = p.suffix.lower()
        fmt = "md" if ext in (".md", ".markdown") else "txt"

    if not text.strip():
        raise ReadError(given, f"no text could be extracted from this {fmt.upper()} file")
    return Source(path=given, format=fmt, sha256=sha, text=text, page_starts=pages, meta=meta)


def page_of(source: Source, offset: int) -> int | None:
    """The 1-based page on which ``offset`` of ``source.text`` lies; None when not paginated."""
    if not source.page_starts or offset is None or offset < 0 or offset > len(source.text):
        return None
    return max(1, bisect.bisect_right(source.page_starts, offset))


# --------------------------------------------------------------------------------------------
# format sniffing


def sniff_format(data: bytes, path: str = "") -> str:
    """"docx", "pdf", "html" or "text", from the bytes alone. Raises ReadError for a damaged DOCX
    or another binary format that can't be read (old .doc, other ZIP archives)."""
    head = data[:1024]
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise ReadError(path, "it is a truncated or damaged DOCX (the ZIP container is broken)") from None
        if "word/document.xml" in names:
            return "docx"
        if "[Content_Types].xml" in names:
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    types = z.read("[Content_Types].xml")
            except Exception:  # noqa: BLE001
                types = b""
            if b"wordprocessingml" in types:
                return "docx"
        if any(n.startswith("xl/") for n in names):
            raise ReadError(path, "it is an Excel workbook, not a Word document; only DOCX, PDF, HTML and text are read")
        if any(n.startswith("ppt/") for n in names):
            raise ReadError(path, "it is a PowerPoint file; only DOCX, PDF, HTML and text are read")
        raise ReadError(path, "it is a truncated or damaged DOCX (a ZIP archive without word/document.xml)")
    if b"%PDF-" in head:
        return "pdf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError(path, "it is an old binary Word/Office file (.doc, .wps, .xls); save it as DOCX first")
    if data[:13].lower().startswith(b"mime-version:") or data[:40].startswith(b"From: <Saved by"):
        raise ReadError(path, "it is an MHTML web archive (.mht); save the page as HTML first")
    if data[:5] == b"{\\rtf":
        raise ReadError(path, "it is an RTF file; save it as DOCX first")
    for magic, what in (
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xbc\xaf", "a 7-Zip archive"),
        (b"\x1f\x8b", "a gzip archive"),
    ):
        if data.startswith(magic):
            raise ReadError(path, f"it is {what}, not a document; an image needs OCR first")
    if _looks_like_html(data):
        return "html"
    return "text"


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|body|head)[\s>]", re.I)


def _looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:200]:
        try:
            head = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            return False
    head = head.lstrip(codecs.BOM_UTF8)
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 1 and b"</" in data[:65536]


# --------------------------------------------------------------------------------------------
# text decoding

_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "hz_gb_2312", "cp936", "euc_cn", "iso2022_cn"}


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOMs, then strict UTF-8, then BOM-less UTF-16, then charset-normalizer
    (a GB-family guess is decoded as GB18030). Returns (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass  # a BOM followed by non-UTF-8: let the detector decide
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        if data.startswith(bom) and len(data) % 4 == 0:
            try:
                return data[4:].decode(enc), enc.replace("-le", "").replace("-be", "")
            except UnicodeDecodeError:
                pass
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), "utf-16"
            except UnicodeDecodeError:
                raise ReadError(path, "unknown text encoding / binary content (a UTF-16 mark followed by invalid data)") from None
    try:
        text = data.decode("utf-8")
        if _plausible(text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        best = None
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                t = data[: len(data) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            score = _plausibility(t)
            if best is None or score > best[0]:
                best = (score, t, enc)
        if best and best[0] >= 0.97:
            return best[1], best[2]
        raise ReadError(path, "unknown text encoding / binary content (the file holds NUL bytes)")

    from charset_normalizer import from_bytes

    results = from_bytes(data)
    guesses = [m.encoding for m in results]
    best_match = results.best()
    candidates: list[str] = []
    if best_match is not None:
        enc = best_match.encoding.lower()
        candidates.append("gb18030" if enc in _GB_FAMILY else enc)
    if any(g.lower() in _GB_FAMILY for g in guesses) and "gb18030" not in candidates:
        candidates.append("gb18030")
    # Chinese government text that is not UTF-8 is nearly always GB-encoded; charset-normalizer
    # sometimes calls short GBK text Big5, cp949 or Shift-JIS. Try GB18030 as a rival.
    if "gb18030" not in candidates:
        candidates.append("gb18030")
    scored = []
    for enc in candidates:
        try:
            t = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_plausibility(t) + (0.02 if _common_hanzi_ratio(t) > 0.5 else 0), t, enc))
    if scored:
        scored.sort(key=lambda s: -s[0])
        score, text, enc = scored[0]
        if score >= 0.97:
            return text, enc
    raise ReadError(path, "unknown text encoding / binary content")


def _is_plausible_char(c: str) -> bool:
    if c in "\n\r\t\u3000\xa0":
        return True
    o = ord(c)
    if 0x20 <= o < 0x7F:
        return True
    if 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
        return True
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cs", "Co", "Cn") or c == "\ufffd":
        return False
    # letters and marks of other scripts are possible but rarer in this corpus: count them half
    return True


# The characters _is_plausible_char accepts without looking them up: nearly all of a notice.
_COMMON_CHARS = re.compile("[\n\r\t\u3000\xa0\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f]+")


def _plausibility(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    others = _COMMON_CHARS.sub("", sample)
    good = len(sample) - len(others) + sum(1 for c in others if _is_plausible_char(c))
    return good / len(sample)


def _plausible(text: str) -> bool:
    return _plausibility(text) >= 0.97


# about 500 of the most common hanzi in government writing; used to tell GB text from a mis-decode
_COMMON_HANZI = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
    "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件"
    "长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给"
    "色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白"
    "教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石"
    "记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般"
    "史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状"
    "育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞贫困攻坚疫情防控帮扶脱村乡镇贯彻落实通知意见方案要点工作"
)


def _common_hanzi_ratio(text: str) -> float:
    han = [c for c in text[:20000] if 0x4E00 <= ord(c) <= 0x9FFF]
    if not han:
        return 0.0
    return sum(1 for c in han if c in _COMMON_HANZI) / len(han)


def _clean_text(text: str) -> str:
    """Line endings to \\n, BOM and NULs removed. Nothing else: the normaliser does the rest."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return text.replace("\ufeff", "").replace("\x00", "")


# --------------------------------------------------------------------------------------------
# shared by the DOCX, PDF and HTML readers

_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
)
CJK_CLASS = f"[{_CJK}]"
_SPACE_BETWEEN_CJK = re.compile(f"(?<={CJK_CLASS})[ \t\u00a0]+(?={CJK_CLASS})")
_DOCNO_SPACES = re.compile(
    r"([〔\[［（(﹝【])\s*([12]\s*\d\s*\d\s*\d)\s*([〕\]］）)﹞】])\s*(\d+(?:\s+\d+)*)\s*号"
)
_DIGIT_SPACED = re.compile(r"(?<![\d.,])(\d(?: \d){2,})(?![\d.,])")


def _nospace(s: str) -> str:
    return re.sub(r"\s", "", s)


def fix_extracted_spacing(line: str) -> str:
    """Remove the spaces that PDF/HTML extraction puts between CJK characters and inside 文号 and
    spaced-out numbers, keeping spaces between Latin words."""
    line = _SPACE_BETWEEN_CJK.sub("", line)
    line = _DOCNO_SPACES.sub(lambda m: m[1] + _nospace(m[2]) + m[3] + _nospace(m[4]) + "号", line)

    def _digits(m: re.Match) -> str:
        joined = m[1].replace(" ", "")
        after = line[m.end() : m.end() + 2].lstrip(" ")
        before = line[max(0, m.start() - 1) : m.start()]
        if (
            re.fullmatch(r"(?:19|20)\d\d", joined)
            or (after[:1] and after[0] in "年月日号〕]］）%万亿元人户家个名倍")
            or before in ("〔", "第")
        ):
            return joined
        return m[1]

    line = _DIGIT_SPACED.sub(_digits, line)
    # "2020 年", "3 号", "〔 2020" are extraction gaps when the digits are in a Latin font
    line = re.sub(r"(\d) +(?=[年月日号〕])", r"\1", line)
    line = re.sub(r"(?<=[〔第年月]) +(?=\d)", "", line)
    return line


_HEADER_PATTERNS = {
    "seq": re.compile(r"^(?:序号|编号|序|项次)$"),
    "lead": re.compile(r"^(?:牵头(?:责任)?(?:单位|部门)|主责(?:单位|部门)|牵头)$"),
    "coop": re.compile(r"^(?:配合(?:责任)?(?:单位|部门)|协办(?:单位|部门)|参与(?:单位|部门)|协同(?:单位|部门)|配合)$"),
    "resp": re.compile(r"^(?:责任(?:单位|部门|主体)|主办(?:单位|部门)|承办(?:单位|部门)|实施(?:单位|主体)|负责(?:单位|部门))$"),
    "deadline": re.compile(r"^(?:完成(?:时限|时间|期限|时间节点)|时间(?:节点|安排|要求)|时限(?:要求)?|进度安排|推进时限)$"),
    "task": re.compile(
        r"^(?:(?:重点|工作|主要|具体|改革|年度)?任务(?:内容|名称|措施)?|工作(?:内容|措施|要求|事项)|具体(?:措施|内容|工作)|"
        r"主要(?:内容|措施)|重点工作|工作目标及措施|措施|事项|目标任务|任务分工)$"
    ),
}


def _header_key(cell: str) -> str | None:
    c = re.sub(r"[\s\u3000\xa0*]", "", cell)
    c = c.strip(":：")
    for key in ("seq", "lead", "coop", "resp", "deadline", "task"):
        if _HEADER_PATTERNS[key].match(c):
            return key
    return None


def task_header(row: list[str]) -> dict[str, int] | None:
    """If ``row`` is the header of a 任务分工 table, map column kinds to column indexes."""
    cols: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = _header_key(cell)
        if key and key not in cols:
            cols[key] = i
    if "task" in cols and ({"lead", "coop", "resp", "deadline"} & cols.keys()):
        return cols
    return None


def _clean_cell(text: str) -> str:
    """Whitespace-normalise a cell. A line break inside the text is a wrapped line: joined directly
    between CJK characters, with a space between Latin words."""
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip(" \u3000") for ln in text.split("\n")]
    out = ""
    for ln in lines:
        if not ln:
            continue
        if out and not (re.search(f"{CJK_CLASS}$", out) or re.match(f"^{CJK_CLASS}", ln)):
            out += " "
        out += ln
    return fix_extracted_spacing(out)


def table_to_paragraphs(rows: list[list[str | None]], cols: dict[str, int] | None = None) -> list[str]:
    """Turn table rows into paragraphs.

    ``rows`` holds cell texts by grid column: a cell spanning several columns repeats its text in
    each; ``None`` marks the continuation of a vertically merged cell. A 任务分工 table (a header with
    a 任务 column and a 单位 or 时限 column) gives one numbered measure per row:
    ``{序号}．{任务}（牵头单位：X；配合单位：Y）（责任单位：Z）（完成时限：W）`` with only the parts
    present. Other tables give one paragraph per row, cells joined by an ideographic space."""
    rows = [[None if c is None else _clean_cell(c) for c in row] for row in rows]
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        return []
    start = 0
    if cols is None:
        for i, row in enumerate(rows[:3]):
            cols = task_header([c or "" for c in row])
            if cols:
                start = i + 1
                # a second header row (责任单位 split into 牵头单位 / 配合单位)
                if start < len(rows):
                    extra = {}
                    for j, cell in enumerate(rows[start]):
                        key = _header_key(cell or "")
                        if key:
                            extra.setdefault(key, j)
                    nonempty = {c for c in rows[start] if c}
                    if extra and len(extra) >= len(nonempty):
                        for key, j in extra.items():
                            if key in ("lead", "coop") and cols.get("resp") == j - (1 if key == "coop" else 0):
                                cols.pop("resp", None)
                            cols[key] = j
                        start += 1
                break
    if not cols:
        out = []
        for row in rows:
            cells: list[str] = []
            for c in row:
                if c and (not cells or cells[-1] != c):
                    cells.append(c)
            if cells:
                out.append("\u3000".join(cells))
        return out

    out = []
    n = 0
    above: list[str] = []
    for row in rows[start:]:
        # vertically merged cells repeat the value above them
        row = [(above[j] if j < len(above) else "") if c is None else c for j, c in enumerate(row)]
        above = row
        if task_header(row):  # the header repeated on a following page
            continue
        get = lambda k: row[cols[k]] if k in cols and cols[k] < len(row) else ""  # noqa: E731
        filled = [c for c in row if c]
        if len(filled) > 1 and len(set(filled)) == 1:
            out.append(filled[0])  # a section row spanning the table: "一、加强组织领导"
            continue
        seq, task = get("seq").strip(), get("task")
        if not task:
            rest = [c for j, c in enumerate(row) if c and j != cols.get("seq")]
            if not rest:
                continue
            out.append("\u3000".join(([seq] if seq else []) + rest))
            continue
        seq_clean = re.sub(r"^[（(]?(.*?)[）)]?[.．、,，\s]*$", r"\1", seq)
        if re.fullmatch(r"\d+", seq_clean):
            n = int(seq_clean)
            label = f"{n}．"
        elif re.fullmatch(r"[一二三四五六七八九十百零〇]+", seq_clean):
            label = f"{seq_clean}、"
        elif seq_clean:
            label = f"{seq_clean}．"
        else:
            n += 1
            label = f"{n}．"
        para = label + task
        lead, coop, resp, due = get("lead"), get("coop"), get("resp"), get("deadline")
        units = []
        if lead:
            units.append(f"牵头单位：{lead}")
        if coop:
            units.append(f"配合单位：{coop}")
        if units:
            para += "（" + "；".join(units) + "）"
        if resp:
            para += f"（责任单位：{resp}）"
        if due:
            para += f"（完成时限：{due}）"
        out.append(para)
    return out
