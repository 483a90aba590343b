"""WordprocessingML as the DOCX reader reads it: namespaces, tag names, and the values of
``w:val`` and on/off properties."""

from __future__ import annotations

from extractors.vocab import Examples

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# "Strict Open XML" documents use these names for the same vocabulary
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def w(tag: str) -> str:
    """The qualified name of a WordprocessingML tag or attribute."""
    return f"{{{W}}}{tag}"


P, R, T, TBL, TR, TC, SDT = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc"), w("sdt")
ALTERNATE_CONTENT, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"

OFF_VALUES = {"0", "false", "off", "none"}  # an on/off property's w:val that turns it off

EXAMPLES = {
    "OFF_VALUES": Examples(match=("0", "false", "off", "none"), no_match=("1", "true", "on")),
}


def val(el, default=None):
    """``el``'s w:val, ``default`` when there is no element or no value."""
    if el is None:
        return default
    return el.get(w("val"), default)


def onoff(el) -> bool | None:
    """An on/off property (w:b, w:vanish …): None when absent, on when present without a value."""
    if el is None:
        return None
    return val(el, "true").lower() not in OFF_VALUES


def to_int(s, default):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default


def chosen_content(el):
    """The content of an mc:AlternateContent that is read: its mc:Choice, else its mc:Fallback."""
    chosen = el.find(CHOICE)
    if chosen is None:
        chosen = el.find(FALLBACK)
    return chosen


def children(parent, tag):
    """The ``tag`` children of ``parent``, also those wrapped in a content control or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, w("customXml")):
            inner = child.find(w("sdtContent")) if child.tag == SDT else child
            if inner is not None:
                yield from (c for c in inner if c.tag == tag)
