"""The body of a DOCX as lines, in document order: paragraphs with their automatic-numbering
labels, runs (text, tabs, breaks, symbols; hidden and deleted text left out), the leading bold run
of a paragraph wrapped in ``**``, text boxes, content controls and tables (word_tables)."""

from __future__ import annotations

import re

from extractors.vocab import Examples
from pipeline.read.layout import table_to_paragraphs
from pipeline.read.word_numbering import Numbering
from pipeline.read.word_styles import Styles
from pipeline.read.word_tables import table_grid
from pipeline.read.word_xml import ALTERNATE_CONTENT, M, P, R, SDT, TBL, T, chosen_content, onoff, val, w

# a label followed by a tab is set off from the text by a space when both sides are Latin or
# digits ("1.\tPlan" -> "1. Plan"); before Chinese text the tab leaves nothing ("一、\t加强" -> "一、加强")
LATIN_LABEL_END_RE = re.compile(r"[0-9A-Za-z.)]$")
LATIN_TEXT_START_RE = re.compile(r"^[0-9A-Za-z]")

EXAMPLES = {
    "LATIN_LABEL_END_RE": Examples(match=("1.", "(a)", "A", "2"), no_match=("一、", "（一）", "①")),
    "LATIN_TEXT_START_RE": Examples(match=("Plan", "2020年"), no_match=("加强领导", " Plan")),
}

# block containers whose children are read as if they were in the body
_BLOCK_WRAPPERS = (w("customXml"), w("ins"), w("moveTo"), w("smartTag"))
# inline containers whose runs are read; w:del, w:moveFrom, w:pPr, bookmarks, proofErr,
# commentRangeStart … carry no shown text
_INLINE_WRAPPERS = (w("hyperlink"), w("ins"), w("moveTo"), w("smartTag"), w("customXml"),
                    w("fldSimple"), w("bdo"), w("dir"))
_MATH, _MATH_PARA, _MATH_TEXT = f"{{{M}}}oMath", f"{{{M}}}oMathPara", f"{{{M}}}t"


class BodyReader:
    def __init__(self, styles: Styles, numbering: Numbering):
        self.styles = styles
        self.numbering = numbering

    # block level ---------------------------------------------------------------------------
    def blocks(self, container) -> list[str]:
        """The lines of ``container``'s paragraphs and tables (the body, a cell, a text box)."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == P:
                lines.extend(self.paragraph(child))
            elif tag == TBL:
                lines.extend(table_to_paragraphs(table_grid(child, self.blocks)))
            elif tag == SDT:
                content = child.find(w("sdtContent"))
                if content is not None:
                    lines.extend(self.blocks(content))
            elif tag in _BLOCK_WRAPPERS:
                lines.extend(self.blocks(child))
            elif tag == ALTERNATE_CONTENT:
                chosen = chosen_content(child)
                if chosen is not None:
                    lines.extend(self.blocks(chosen))
        return lines

    # paragraphs -----------------------------------------------------------------------------
    def paragraph(self, p) -> list[str]:
        """The paragraph's lines: its text boxes' lines, then its text with its numbering label."""
        ppr = p.find(w("pPr"))
        style_id = val(ppr.find(w("pStyle"))) if ppr is not None else None
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
            np_ = ppr.find(w("numPr"))
            if np_ is not None:
                nid = val(np_.find(w("numId")))
                il = val(np_.find(w("ilvl")))
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
        if label is None:
            self.numbering.unnumbered(text)

        body = self._with_bold(segments)
        out = list(boxes)
        if label is not None and label[0]:
            lab, suff, _bold = label
            sep = " " if suff == "space" else ""
            if suff == "tab" and LATIN_LABEL_END_RE.search(lab) and LATIN_TEXT_START_RE.match(text.lstrip("*")):
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
        rpr = r.find(w("rPr"))
        if rpr is not None:
            b = onoff(rpr.find(w("b")))
            if b is not None:
                return b
            rs = val(rpr.find(w("rStyle")))
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
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, segments, boxes, para_bold)
            elif tag == SDT:
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._inline(content, segments, boxes, para_bold)
            elif tag == ALTERNATE_CONTENT:
                chosen = chosen_content(child)
                if chosen is not None:
                    self._inline(chosen, segments, boxes, para_bold)
            elif tag in (_MATH, _MATH_PARA):
                segments.append(("".join(t.text or "" for t in child.iter(_MATH_TEXT)), False))

    def _run(self, r, segments, boxes, para_bold):
        rpr = r.find(w("rPr"))
        if rpr is not None and onoff(rpr.find(w("vanish"))):
            return
        bold = self._run_bold(r, para_bold)
        buf = []
        for c in r:
            tag = c.tag
            if tag == T:
                buf.append(c.text or "")
            elif tag in (w("tab"), w("ptab")):
                buf.append("\t")
            elif tag == w("br"):
                if c.get(w("type")) not in ("page", "column"):
                    buf.append("\n")
            elif tag == w("cr"):
                buf.append("\n")
            elif tag == w("noBreakHyphen"):
                buf.append("-")
            elif tag == w("sym"):
                ch = c.get(w("char")) or ""
                try:
                    code = int(ch, 16)
                except ValueError:
                    continue
                if 0xF000 <= code <= 0xF0FF:  # a Symbol or Wingdings glyph, not a Unicode character
                    code -= 0xF000
                    if code < 0x20:
                        continue
                    buf.append("•" if code in (0xB7, 0xA7, 0x6C, 0x6E) else "")  # the glyphs drawn as bullets
                else:
                    buf.append(chr(code))
            elif tag in (w("drawing"), w("pict"), w("object")) or tag == ALTERNATE_CONTENT:
                self._boxes(c, boxes)
        if buf:
            segments.append(("".join(buf), bold))

    def _boxes(self, el, boxes):
        """Text boxes inside a drawing: their paragraphs, once (the mc:Fallback copy is skipped)."""
        if el.tag == ALTERNATE_CONTENT:
            chosen = chosen_content(el)
            if chosen is not None:
                for c in chosen:
                    self._boxes(c, boxes)
            return
        if el.tag == w("txbxContent"):
            boxes.extend(line for line in self.blocks(el) if line.strip())
            return
        for c in el:
            self._boxes(c, boxes)
