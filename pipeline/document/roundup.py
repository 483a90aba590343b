"""A page's roundup of documents it prints in full: a numbered list of their titles under the page's lead, then each
document under its entry's label again, with its issuer added (一、关于印发《X》的通知 … 十三、… ⏎ 一起来看↓ ⏎
一、国务院办公厅关于印发《X》的通知 ⏎ 国办函〔2026〕2 ⏎ 各省…:), the form news and business sites collect a season's policy
documents in. The list names documents printed below it: no measures of any of them and no body of a document before them;
each entry printed again over a 文号 or recipients is the title of the document under it, its label the page's numbering."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from extractors.vocab import Examples

from pipeline.document.elements import is_complete_title
from pipeline.document.header_lines import is_doc_number_line, is_recipients_line
from pipeline.document.labels import match_label
from pipeline.document.lines import Line

ENTRY_STYLES = ("cn_comma", "arabic_dot")  # 一、 or 1. numbering a list of titles
ENTRY_MOST = 60  # an entry is a title alone: no longer than a title line
ROUNDUP_RUN = 3  # entries in a row, each a whole title, make a roundup's list
# A sentence's or a clause's punctuation, which no title holds (、 does: 养老、托育、家政等…政策).
ENTRY_PUNCTUATION = re.compile(r"[。，；：:,;]")
TAIL_KEY = 6  # an entry is looked up by its last characters, which the printed document's title ends with too

EXAMPLES = {
    "ENTRY_PUNCTUATION": Examples(match=("为做好工作，现通知如下", "一、总体要求:"),
                                  no_match=("关于实施养老、托育、家政等服务业税费优惠政策的通知",)),
}


@dataclass(frozen=True)
class Roundup:
    entries: frozenset[int] = frozenset()  # line indexes of the list's entries
    headings: dict[int, int] = field(default_factory=dict)  # a printed document's heading line: where its title starts


def _entry(text: str):
    """(label, title) of a line that is a numbered title alone (一、关于…的通知), or None."""
    label = match_label(text)
    if label is None or label.style not in ENTRY_STYLES or len(text.strip()) > ENTRY_MOST:
        return None
    title = text[label.length:].strip()
    return (label, title) if title and not ENTRY_PUNCTUATION.search(title) else None


def _runs(lines: list[Line]) -> list[list[tuple[int, object, str]]]:
    """Runs of numbered title lines in a row, numbered on from 1 (or 一)."""
    runs, run = [], []
    for index, line in enumerate(lines):
        found = _entry(line.text)
        if found and (run and found[0].style == run[-1][1].style and found[0].ordinal == run[-1][1].ordinal + 1
                      or not run and found[0].ordinal == 1):
            run.append((index, found[0], found[1]))
            continue
        if len(run) >= ROUNDUP_RUN:
            runs.append(run)
        run = [(index, found[0], found[1])] if found and found[0].ordinal == 1 else []
    if len(run) >= ROUNDUP_RUN:
        runs.append(run)
    return runs


def _opens_a_header(lines: list[Line], index: int) -> bool:
    """Whether the first line after ``index`` with text is a 文号 or a recipients line."""
    following = next((line.text for line in lines[index + 1:index + 3] if line.text.strip()), "")
    return bool(is_doc_number_line(following) or is_recipients_line(following))


def roundup(lines: list[Line]) -> Roundup:
    """The lines of a roundup's list and the headings of the documents it prints (see the module's doc): a list of at
    least ROUNDUP_RUN numbered whole titles, one of them printed again below under the same label, its title ending with
    the entry's (the issuer added before it), over a 文号 or recipients line. A numbered list of titles printed nowhere
    else (a repeal decision's rows, a plan's list of documents) is no roundup."""
    runs = [run for run in _runs(lines) if sum(is_complete_title(title) for _, _, title in run) >= ROUNDUP_RUN]
    if not runs:
        return Roundup()
    # every numbered line by its label and its title's last characters, looked up once per entry (no scan per list)
    numbered: dict[tuple[str, str, str], list[tuple[int, str, int]]] = {}
    for index, line in enumerate(lines):
        if (label := match_label(line.text)) is not None and label.style in ENTRY_STYLES:
            title = line.text[label.length:].strip()
            numbered.setdefault((label.style, label.text, title[-TAIL_KEY:]), []).append((index, title, label.length))
    entries: set[int] = set()
    headings: dict[int, int] = {}
    for run in runs:
        printed = {}
        for _, label, entry in run:
            # the entry's next print after the list, the only one read (a long text repeating a list is no quadratic scan)
            same = numbered.get((label.style, label.text, entry[-TAIL_KEY:]), [])
            following = bisect_right(same, (run[-1][0], "\uffff", 0))
            if following < len(same):
                index, title, length = same[following]
                if title.endswith(entry) and is_complete_title(title) and _opens_a_header(lines, index):
                    printed[index] = length
        if printed:
            entries.update(index for index, _, _ in run)
            headings.update(printed)
    return Roundup(frozenset(entries), headings)
