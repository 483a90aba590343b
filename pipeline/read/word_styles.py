"""A DOCX's paragraph and character styles: what a style chain (w:basedOn) says about bold and
automatic numbering, and the default paragraph style."""

from __future__ import annotations

from lxml import etree

from pipeline.read.word_xml import onoff, val, w


class Styles:
    def __init__(self, root):
        self.by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        self.default_bold = False
        if root is None:
            return
        for st in root.iter(w("style")):
            sid = st.get(w("styleId"))
            if sid:
                self.by_id[sid] = st
                if st.get(w("type")) == "paragraph" and (st.get(w("default")) or "").lower() in ("1", "true", "on"):
                    self.default_para = sid
        rpr = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if rpr is not None:
            self.default_bold = bool(onoff(rpr.find(w("b"))))

    def chain(self, sid: str | None):
        """The style ``sid`` and the styles it is based on, nearest first (a loop is cut)."""
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            yield st
            sid = val(st.find(w("basedOn")))

    def bold(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            b = onoff(st.find(f"{w('rPr')}/{w('b')}"))
            if b is not None:
                return b
        return None

    def numpr(self, sid: str | None):
        """(numId, ilvl) from a paragraph style chain; ilvl may be None."""
        for st in self.chain(sid):
            np_ = st.find(f"{w('pPr')}/{w('numPr')}")
            if np_ is not None:
                num = val(np_.find(w("numId")))
                lvl = val(np_.find(w("ilvl")))
                if num is not None:
                    return num, (int(lvl) if lvl and lvl.isdigit() else None)
        return None
