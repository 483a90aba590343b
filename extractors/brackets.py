"""The bracket vocabulary: one definition for every extractor that reads brackets.

Real notices write the brackets of a 文号's year and of a parenthesis in any style: 〔2020〕 [2020]
［2020］ （2020） (2020) ﹝2020﹞ 【2020】 〖2020〗, and pairs need not match (〔2020]). Titles nest 〈〉
inside 《》, often typed as <> (《国务院<关于…的通知>》).
"""

from __future__ import annotations

import re

from extractors.vocab import Examples

# Round, square, tortoise-shell and lenticular brackets, each opener with its closer.
BRACKET_PAIRS = (
    ("（", "）"), ("(", ")"), ("〔", "〕"), ("[", "]"), ("［", "］"), ("﹝", "﹞"), ("【", "】"), ("〖", "〗"),
)
OPEN_BRACKETS = "".join(opening for opening, _ in BRACKET_PAIRS)
CLOSE_BRACKETS = "".join(closing for _, closing in BRACKET_PAIRS)
CLOSING_OF = dict(BRACKET_PAIRS)
# Any round or square bracket: a scan for nesting jumps from bracket to bracket, not character to character.
ANY_BRACKET = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")

# Around the year of a 文号 only: „2009‟ is what 〔2009〕 becomes when a document's symbol font is
# lost on the way to a web page (国办发„2009‟3号). As parentheses they would be quotes.
YEAR_OPEN_BRACKETS = OPEN_BRACKETS + "„"
YEAR_CLOSE_BRACKETS = CLOSE_BRACKETS + "‟"

# What OCR and careless copies make of a year's brackets: quotes and corner brackets (国办发「2009」3号, 国办发“2009”3号),
# a comma (国办发，,2009“3号), a bar. Read only where a year and a serial with 号 follow (extractors.docnumbers).
OCR_YEAR_OPEN = YEAR_OPEN_BRACKETS + "「『“”\"'‘’,，|"
OCR_YEAR_CLOSE = YEAR_CLOSE_BRACKETS + "」』”“\"'’‘,，|"

# Titles: 《…》 outside, 〈…〉 or <…> (and 《…》 again) inside.
TITLE_OPEN = "《"
TITLE_CLOSE = "》"
INNER_TITLE_OPEN = "〈<《"
INNER_TITLE_CLOSE = "〉>》"



def closes_before(text: str, at: int, end: int) -> bool:
    """Whether a bracket open at ``at`` closes before ``end``: a word there is inside a note that ends
    before what comes after it (…根据2021年2月22日第一次修订) 下载 2 (…市政府令第2号: the 修订 is row 1's)."""
    depth = 0
    for bracket in ANY_BRACKET.finditer(text, at, end):
        if bracket.group() in OPEN_BRACKETS:
            depth += 1
        elif depth == 0:
            return True
        else:
            depth -= 1
    return False


EXAMPLES = {
    "ANY_BRACKET": Examples(match=("〔", "）", "【", "]"), no_match=("《", "“", "„")),
    "OPEN_BRACKETS": Examples(match=("〔", "[", "［", "（", "(", "﹝", "【", "〖"), no_match=("《", "“", "„")),
    "CLOSE_BRACKETS": Examples(match=("〕", "]", "］", "）", ")", "﹞", "】", "〗"), no_match=("》", "”", "‟")),
    "YEAR_OPEN_BRACKETS": Examples(match=("〔", "„", "("), no_match=("《",)),
    "YEAR_CLOSE_BRACKETS": Examples(match=("〕", "‟", ")"), no_match=("》",)),
    "OCR_YEAR_OPEN": Examples(match=("「", "“", "，", "〔"), no_match=("《", "年")),
    "OCR_YEAR_CLOSE": Examples(match=("」", "“", "〕"), no_match=("》", "年")),
    "INNER_TITLE_OPEN": Examples(match=("〈", "<", "《"), no_match=("（",)),
    "INNER_TITLE_CLOSE": Examples(match=("〉", ">", "》"), no_match=("）",)),
}
