"""Read an input file of any supported kind into plain text.

``read_source(path)`` recognises a file by its content (never by its extension, except ``.md``
versus ``.txt`` for plain text), extracts its text with one paragraph per line and returns a
:class:`Source`. Anything that cannot be read raises :class:`ReadError`, whose message is a
sentence naming the file and the problem, fit for ``ingest_errors.error``.

One entry module per format: ``text`` (TXT/Markdown in any common encoding), ``word`` (DOCX; its
parts in ``word_*``: XML names, styles, automatic numbering, number formats, body, tables), ``pdf``
(its parts in ``pdf_*``: characters, ruling lines, tables, lines, paragraphs), ``web`` (HTML pages);
``sheet`` (XLSX workbooks, 任务分工表 above all), ``convert`` (.doc/.wps/.rtf and .xls/.et converted
with LibreOffice to DOCX/XLSX, then read by ``word`` or ``sheet``); ``layout`` holds what they share
(table rows to paragraphs, CJK spacing) and ``source`` the :class:`Source` they give and the
:class:`ReadError` they raise. Scanned pages and images are read by OCR: ``ocr`` (the engine, the
pages that need it), ``ocr_lines`` (boxes to lines), ``ocr_repair`` (misreadings), ``image``
(PNG, JPEG, TIFF files).
"""

from __future__ import annotations

import codecs
import hashlib
import importlib
import io
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Iterable


from extractors.vocab import Examples
from pipeline.read.json_record import record_body
from pipeline.read.layout import fix_extracted_spacing, table_to_paragraphs
from pipeline.read.source import MAX_FILE_BYTES, ReadError, Source, page_of
from pipeline.read.text import clean_text, decode_text

__all__ = ["ReadError", "Source", "read_source", "page_of", "decode_text", "sniff_format", "MAX_FILE_BYTES",
           "fix_extracted_spacing", "table_to_paragraphs", "load_readers"]

# The readers that load libraries of their own, by the extension of the files they read: the PDF reader
# (pypdfium2, pdfplumber, pdfminer) takes 0.16 CPU-s to import in a process that holds the extraction pipeline.
READER_MODULES = {".pdf": "pipeline.read.pdf"}


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

    pages: list[int] = []
    # each format's reader imported when a file of that format comes (a build adding one TXT file
    # loads no DOCX, HTML, PDF or OCR library)
    if fmt in ("docx", *CONVERTED_TO):
        from pipeline.read.convert import convert_with_libreoffice
        from pipeline.read.sheet import read_workbook
        from pipeline.read.word import read_docx
    if fmt == "docx":
        text, meta = read_docx(given, data)
    elif fmt in CONVERTED_TO:  # old office formats: LibreOffice's DOCX/XLSX read as those are
        target = CONVERTED_TO[fmt]
        converted = convert_with_libreoffice(given, data, fmt, target)
        text, meta = read_docx(given, converted) if target == "docx" else read_workbook(given, converted)
        meta["converted"] = f"LibreOffice → {target}"
    elif fmt == "xlsx":
        from pipeline.read.sheet import read_workbook

        text, meta = read_workbook(given, data)
    elif fmt == "pdf":
        from pipeline.read.pdf import read_pdf

        text, pages, meta = read_pdf(given, data)
    elif fmt in IMAGE_FORMATS:
        from pipeline.read.image import read_image

        text, pages, meta = read_image(given, data, fmt)
    elif fmt == "html":
        from pipeline.read.web import read_html

        text, meta = read_html(given, data)
    else:
        text, encoding = decode_text(given, data)
        text = clean_text(text)
        meta = {"encoding": encoding}
        if body := record_body(text):  # a crawler's or app's JSON record: the notice is its body field
            meta["json_field"], text = body
        ext = p.suffix.lower()
        fmt = "md" if ext in (".md", ".markdown") else "txt"

    if not text.strip():
        raise ReadError(given, f"no text could be extracted from this {fmt.upper()} file")
    return Source(path=given, format=fmt, sha256=sha, text=text, page_starts=pages, meta=meta)


def load_readers(paths: Iterable[str]) -> None:
    """Import the readers of READER_MODULES that ``paths`` will need, told by their extensions: in a
    build's process before it forks its workers, which then share them rather than each importing its own
    at its first such file. A hint only: a file's format is sniffed from its bytes when it is read, and a
    reader not loaded here is imported then."""
    wanted = {module for path in paths if (module := READER_MODULES.get(os.path.splitext(path)[1].lower()))}
    for module in sorted(wanted):
        importlib.import_module(module)


# --------------------------------------------------------------------------------------------
# format sniffing

# page images read by OCR, by their first bytes
IMAGE_MAGIC = ((b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"))
IMAGE_FORMATS = frozenset(kind for _, kind in IMAGE_MAGIC)

# formats read after LibreOffice converts them, and what it converts them to
CONVERTED_TO = {"doc": "docx", "wps": "docx", "rtf": "docx", "xls": "xlsx", "et": "xlsx"}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Office 97-2003 and WPS


def sniff_format(data: bytes, path: str = "") -> str:
    """"docx", "xlsx", "pdf", "html", "text", or one of the formats LibreOffice converts ("doc",
    "wps", "rtf", "xls", "et"), from the bytes (the extension only tells apart compound files that
    name no Word or Excel stream), or an image read by OCR ("png", "jpeg", "tiff"). Raises ReadError
    for a damaged DOCX or another format that can't be read (PowerPoint, archives, GIF)."""
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
            return "xlsx"
        if any(n.startswith("ppt/") for n in names):
            raise ReadError(path, "it is a PowerPoint file; only Word, Excel, PDF, HTML and text files are read")
        raise ReadError(path, "it is a truncated or damaged DOCX (a ZIP archive without word/document.xml)")
    if b"%PDF-" in head:
        return "pdf"
    if data[:8] == OLE2_MAGIC:
        return _compound_file_kind(data, path)
    if data[:13].lower().startswith(b"mime-version:") or data[:40].startswith(b"From: <Saved by"):
        raise ReadError(path, "it is an MHTML web archive (.mht); save the page as HTML first")
    if data[:5] == b"{\\rtf":
        return "rtf"
    for magic, kind in IMAGE_MAGIC:
        if data.startswith(magic):
            return kind
    for magic, what in (
        (b"GIF8", "a GIF image"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xbc\xaf", "a 7-Zip archive"),
        (b"\x1f\x8b", "a gzip archive"),
    ):
        if data.startswith(magic):
            raise ReadError(path, f"it is {what}, not a document")
    if _looks_like_html(data):
        return "html"
    return "text"


def _stream_named(data: bytes, name: str) -> bool:
    """Whether a compound file's directory holds a stream called ``name`` (entry names are
    UTF-16LE, ended by a NUL character)."""
    return (name.encode("utf-16-le") + b"\x00\x00") in data


def _compound_file_kind(data: bytes, path: str) -> str:
    """Which program wrote an OLE2 compound file: "doc" (a WordDocument stream: Word 97-2003, and
    what WPS Office writes as .wps), "xls" (a Workbook or Book stream: Excel, WPS's .et), else by
    extension "et" or "wps" (Kingsoft's or Works' own formats, which LibreOffice also imports)."""
    if _stream_named(data, "EncryptedPackage"):
        raise ReadError(path, "it is a password-protected Office document; save it without a password first")
    if _stream_named(data, "WordDocument"):
        return "doc"
    if _stream_named(data, "Workbook") or _stream_named(data, "Book"):
        return "xls"
    if _stream_named(data, "PowerPoint Document"):
        raise ReadError(path, "it is a PowerPoint file; only Word, Excel, PDF, HTML and text files are read")
    return "et" if Path(path).suffix.lower() in (".et", ".ett", ".xls", ".xlt") else "wps"


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|body|head)[\s>]", re.I)

EXAMPLES = {  # tried on the examples' UTF-8 bytes (extractors.vocab.matches)
    "_HTML_START": Examples(
        match=("<!DOCTYPE html><html><body>x</body></html>", "  <html>\n<head></head><body><p>x</p></body></html>",
               '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from url -->\n<html lang="zh-CN">'),
        no_match=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document>', "关于印发《要点》的通知\n<html>")),
    "_HTML_TAGS": Examples(match=("<body>", '<HTML lang="zh-CN">', "<head>\n"), no_match=('<header class="top">', "<p>")),
}


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
