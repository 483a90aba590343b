"""pdfium's C functions called once per character, page object or path segment, as bare ctypes
prototypes.

They are the same C functions as pypdfium2.raw's, called with pointer handles, int indexes and
byref pointers, at a third of the cost of pypdfium2.raw's checked wrappers (which convert and
check every argument). PYFUNCTYPE rather than CFUNCTYPE: the call keeps the GIL instead of
releasing and taking it again, which is about 15% of the cost of a call to a function that only
reads a field (and read_pdf holds its lock anyway: pdfium is not thread-safe).
"""

from __future__ import annotations

from ctypes import PYFUNCTYPE, addressof, byref, c_char, c_double, c_int, c_uint, c_void_p, cast

import pypdfium2.raw as raw


class _Pointer(c_void_p):
    """A c_void_p subclass: ctypes returns it as is (not converted to an int), ready to be passed on."""


def _unchecked(name: str, restype):
    """pypdfium2.raw's function ``name`` as a prototype without argument types (no conversion)."""
    function = PYFUNCTYPE(restype)(cast(getattr(raw, name), c_void_p).value)
    function.argtypes = None
    return function


# characters of a text page (FPDF_TEXTPAGE)
get_unicode = _unchecked("FPDFText_GetUnicode", c_uint)
is_generated = _unchecked("FPDFText_IsGenerated", c_int)
get_loose_char_box = _unchecked("FPDFText_GetLooseCharBox", c_int)
get_font_size = _unchecked("FPDFText_GetFontSize", c_double)

# page objects, and the objects of a form XObject
get_object = _unchecked("FPDFPage_GetObject", _Pointer)
get_object_type = _unchecked("FPDFPageObj_GetType", c_int)
count_form_objects = _unchecked("FPDFFormObj_CountObjects", c_int)
get_form_object = _unchecked("FPDFFormObj_GetObject", _Pointer)
get_matrix = _unchecked("FPDFPageObj_GetMatrix", c_int)

# the segments of a path object
count_segments = _unchecked("FPDFPath_CountSegments", c_int)
get_segment = _unchecked("FPDFPath_GetPathSegment", _Pointer)
get_point = _unchecked("FPDFPathSegment_GetPoint", c_int)
get_segment_type = _unchecked("FPDFPathSegment_GetType", c_int)
get_close = _unchecked("FPDFPathSegment_GetClose", c_int)


# the object that handle()'s pointer arguments are offsets from (kept alive by them too)
_ANCHOR = c_char()


def handle(obj):
    """A pypdfium2.raw handle (or a PdfPage) as a pointer argument for the prototypes above: byref of
    an anchor at the handle's offset from it, whose pointer is the handle's. ctypes passes such an
    argument as it is, where a c_void_p is converted again at every call (its type's format looked
    up): about a tenth of the cost of a call taking the handle, called once per character."""
    address = cast(obj, c_void_p).value
    if not address:
        return None  # passed as NULL
    return byref(_ANCHOR, address - addressof(_ANCHOR))
