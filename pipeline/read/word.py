"""DOCX reader: the body of a Word document as text, one paragraph per line.

This module opens the package (a ZIP whose unpacked size is capped by DOCX_MAX_UNCOMPRESSED), finds
the main document part and its styles and numbering through the relationships, reads "Strict Open
XML" documents by their transitional names, and takes the title and author from the core
properties (python-docx). The body is read by word_body: paragraphs and tables in document order,
Word automatic numbering turned back into the label a reader sees (word_numbering), a paragraph's
leading bold run wrapped in ``**`` so that bold ``一要…。`` headings stay recognisable (the
normaliser strips the markup). Headers, footers, comments, footnotes, deleted text and field codes
are left out. Tables go through :func:`pipeline.read.layout.table_to_paragraphs`.
"""

from __future__ import annotations

import io
import zipfile

import docx
from lxml import etree

from pipeline.read.source import ReadError
from pipeline.read.word_body import BodyReader
from pipeline.read.word_numbering import Numbering
from pipeline.read.word_styles import Styles
from pipeline.read.word_xml import PKG_REL, R_NS, STRICT_R, STRICT_W, W, w

DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024


def read_docx(path: str, data: bytes) -> tuple[str, dict]:
    """The document's body as text, one paragraph per line, and its core title and author."""
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
        core = docx.Document(io.BytesIO(data)).core_properties
        meta = {k: v for k, v in (("core_title", core.title), ("core_author", core.author)) if v}
    except Exception:  # noqa: BLE001 - python-docx raises KeyError, ValueError, PackageNotFoundError …
        pass

    doc = part(main)
    body = doc.find(w("body"))
    if body is None:
        raise ReadError(path, f"it is a truncated or damaged DOCX ({main} has no body)")
    rels = _relationships(part, main)
    styles = Styles(part(rels.get("styles")))
    numbering = Numbering(part(rels.get("numbering")), styles)
    reader = BodyReader(styles, numbering)
    lines = reader.blocks(body)
    return "\n".join(lines), meta


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
