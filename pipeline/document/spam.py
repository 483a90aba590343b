"""What a copying site adds to a notice that is neither chrome of a government page nor the notice: a pirate
mirror's line of search-engine keywords (一本一道久久a久久精品蜜桃_亚洲精选一区二区_…, 欧美成片vs欧美,日韩欧美一区二区在线,…)
printed above the headline, and a 文库's slogan glued before the document's first line (精选优质文档-倾情为你奉上望都县
关于…; 下载后可任意编辑全国文明城区集中整顿方案范文局机关各科室、…: the slogan with the file's name). Both are cut
off: the keyword line is chrome, and the slogan stands on a line of its own so the title or recipients after it
start theirs."""

from __future__ import annotations

import re

from extractors.vocab import Examples

# Words of the keyword lists pirate mirrors print for search engines: none of them is in a notice's vocabulary
# as a run of several short keywords separated by commas, underscores or bars.
SPAM_WORDS = re.compile(r"一区二区|二区三区|精品|久久|欧美|日韩|亚洲|国产|在线观看|视频观看|免费观看|av|伊人|蜜桃|成人|高清|不卡|天堂", re.I)
SPAM_SEPARATORS = re.compile(r"[,，_|｜]")
SPAM_KEYWORDS = 3  # a keyword line holds at least this many of SPAM_WORDS, in at least as many parts
SPAM_LINE_LENGTH = 300

# A 文库's slogan at the start of a line (the file's name after 下载后可任意编辑 ends with 范文/模板/范本); a line
# break is put after it.
WENKU_SLOGAN = re.compile(
    r"(?m)^[ \u3000]*(?:精选优质文档[ \u3000]*[-—－]{0,2}[ \u3000]*倾情为你奉上"
    r"|下载后可任意编辑(?:[^\n:：。，,；;]{2,40}?(?:范文|模板|范本)[一二三四五六七八九十\d]{0,2})?)")

EXAMPLES = {
    "SPAM_WORDS": Examples(match=("久久精品视频免费观看", "日韩欧美一区二区在线"), no_match=("各县(市、区)人民政府", "精准扶贫")),
    "SPAM_SEPARATORS": Examples(match=("a,b", "a_b"), no_match=("a、b",)),
    "WENKU_SLOGAN": Examples(match=("精选优质文档-倾情为你奉上望都县关于开展城市管理春风行动的实施方案",
                                    "下载后可任意编辑全国文明城区集中整顿方案范文局机关各科室、各企事业单位:"),
                             no_match=("各单位下载后可任意编辑", "精选优质项目")),
}


def is_spam_line(line: str) -> bool:
    """A pirate mirror's keyword line: several parts split by , _ |, at least SPAM_KEYWORDS of them spam words."""
    if len(line) > SPAM_LINE_LENGTH or "。" in line:
        return False
    return len(SPAM_SEPARATORS.findall(line)) + 1 >= SPAM_KEYWORDS and len(SPAM_WORDS.findall(line)) >= SPAM_KEYWORDS


def is_slogan_line(line: str) -> bool:
    """A 文库's slogan alone on its line (with the file's name after 下载后可任意编辑)."""
    found = WENKU_SLOGAN.match(line)
    return bool(found) and not line[found.end():].strip()


def slogan_breaks(text: str) -> list[int]:
    """Offsets in ``text`` after each glued 文库 slogan: the text after it starts a line."""
    return [found.end() for found in WENKU_SLOGAN.finditer(text) if found.end() < len(text) and text[found.end()] != "\n"]
