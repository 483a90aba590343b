"""The 版记's 印发 line printed in the header after the notice's 文号: a county's or a committee's copy that opens with
its number, the printing office and the printing day on one line over the recipients
(临安委〔2011〕3号  临海市安全生产委员会办公室  2011年5月18日印发 ⏎ 市级各有关单位:).
"""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

from pipeline.document.tail import printed_line

# A 文号 (any bracket a 文号's year takes), then, after spaces, the 印发 line (tail.PRINTED_LINE: office and day).
NUMBERED_PRINTED_LINE = re.compile(
    r"^(?P<number>[\u4e00-\u9fff]{1,15}[〔\[［(（﹝【][ \u3000]*(?:19|20)\d{2}[ \u3000]*[〕\]］)）﹞】][ \u3000]*\d{1,4}[ \u3000]*[号號])"
    r"[ \u3000]+(?P<printed>\S.*)$"
)


def numbered_printed_line(text: str) -> Optional[tuple[str, str, str]]:
    """(文号 as printed, printing office, ISO 印发 day) of a header line printing all three; None for any other line."""
    found = NUMBERED_PRINTED_LINE.match(text.strip())
    if not found or not (printed := printed_line(found["printed"])):
        return None
    return found["number"], printed[0], printed[1]


def is_printed_line(text: str) -> bool:
    """A 印发 line, with or without the 文号 before it: whole, never the start of the paragraph below it."""
    return printed_line(text) is not None or numbered_printed_line(text) is not None


EXAMPLES = {
    "NUMBERED_PRINTED_LINE": Examples(
        match=("临安委〔2011〕3号  临海市安全生产委员会办公室  2011年5月18日印发",
               "椒政办发[2009]12号 椒江区人民政府办公室 2009年3月2日印发"),
        no_match=("临安委〔2011〕3号", "临海市安全生产委员会办公室  2011年5月18日印发", "国发〔2020〕3号文件精神")),
}
