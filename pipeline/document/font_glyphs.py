"""Characters a badly mapped PDF font put for others, restored: a 文库 copy of a PDF whose embedded font maps its
glyphs to neighbouring code points (关亍 for 关于, 推劢 for 推动, 収展 for 发展, 挃导 for 指导, 挄照 for 按照, 劤力 for
努力, 丨共丨央 for 中共中央, 並葬 for 丧葬).

The stand-ins are rare characters of their own (亍 of 彳亍, Japanese 収, traditional 並), so a text is restored only when
it shows the mapping: at least ``MIN_MARKERS`` different stand-ins that no Chinese notice writes. Every replacement is
one character for one, so the offsets into the source are unchanged.
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

# The stand-in and the character it stands for.
MISMAPPED_GLYPHS = {
    "亍": "于", "劢": "动", "収": "发", "挃": "指", "挄": "按", "劤": "努", "丨": "中", "並": "丧",
}
# Stand-ins that no notice writes as themselves (並 is traditional 并, 丨 a stroke in a list): the mapping's evidence.
MARKERS = re.compile("[亍劢収挃挄劤]")
MIN_MARKERS = 2  # different stand-ins; one alone may be a real 亍 (彳亍) or a Japanese name's 収

EXAMPLES = {
    "MARKERS": Examples(match=("关亍党员干部带头推劢殡葬改革", "挃导思想", "充分収挥"), no_match=("关于党员干部", "並且", "丨")),
}


def shows_mismapped_font(text: str) -> bool:
    """Whether ``text`` shows the font mapping (see MARKERS)."""
    return len(set(MARKERS.findall(text))) >= MIN_MARKERS


def restore_mismapped_glyphs(text: str) -> str:
    """``text`` with the stand-ins of a badly mapped font restored, when it shows the mapping; else unchanged."""
    if not shows_mismapped_font(text):
        return text
    return text.translate(str.maketrans(MISMAPPED_GLYPHS))
