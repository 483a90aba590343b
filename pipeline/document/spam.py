"""What a copying site adds to a notice that is neither chrome of a government page nor the notice: a pirate
mirror's line of search-engine keywords (一本一道久久a久久精品蜜桃_亚洲精选一区二区_…, 欧美成片vs欧美,日韩欧美一区二区在线,…)
printed above the headline, and a 文库's slogan glued before the document's first line (精选优质文档-倾情为你奉上望都县
关于…; 下载后可任意编辑全国文明城区集中整顿方案范文局机关各科室、…: the slogan with the file's name). Both are cut
off: the keyword line is chrome, and the slogan stands on a line of its own so the title or recipients after it
start theirs."""

from __future__ import annotations

import re

from extractors.anchored_scan import finditer_near
from extractors.vocab import Examples

# Words of the keyword lists pirate mirrors print for search engines: none of them is in a notice's vocabulary
# as a run of several short keywords separated by commas, underscores or bars (a mirror may print its bar as the
# ideograph 丨, which looks like one, or as a capital I between spaces).
SPAM_WORDS = re.compile(r"一区二区|二区三区|精品|久久|欧美|日韩|亚洲|国产|在线观看|视频观看|免费观看|av|伊人|蜜桃|成人|高清|不卡|天堂", re.I)
SPAM_SEPARATORS = re.compile(r"[,，_|｜丨]| I ")
SPAM_KEYWORDS = 3  # a keyword line holds at least this many of SPAM_WORDS, in at least as many parts
SPAM_LINE_LENGTH = 300

# A 文库's slogan at the start of a line (the file's name after 下载后可任意编辑 ends with 范文/模板/范本); a line
# break is put after it.
WENKU_SLOGAN = re.compile(
    r"(?m)^[ \u3000]*(?:精选优质文档[ \u3000]*[-—－]{0,2}[ \u3000]*倾情为你奉上"
    r"|下载后可任意编辑(?:[^\n:：。，,；;]{2,40}?(?:范文|模板|范本)[一二三四五六七八九十\d]{0,2})?)")

# A forum's "jammer" (Discuz prints random strings in hidden markup after and before paragraphs, to spoil copies): runs of
# one- or two-character ASCII tokens set apart by spaces, which a copy keeps: …现象发生。, m p, ]6 C3 R4 H9 u · 6 K$ f7 g y& E3
# C! u' n' M(五)省长… . A run's last token may stand glued to a label's opening bracket or number, which is the text's
# (M(五), M1、). JAMMER_TOKENS tokens at least, letters among them and JAMMER_SIGNS tokens with a sign (neither letter nor
# digit), so a row of figures (12 34 56 78 90), of initials (A B C D E) or of a table's bars (| 1 | 2 |) is no jammer.
FORUM_JAMMER_RUN = re.compile(
    r"(?<![!-~])(?:[!-~]{1,2} ){4,}"
    r"(?:[!-~]{1,2}(?=[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[、.．])|[!-~]{1,2}(?![!-~]))")
JAMMER_SIGN = re.compile(r"[^A-Za-z0-9]")
JAMMER_LETTER = re.compile(r"[A-Za-z]")
JAMMER_SIGNS = 2

EXAMPLES = {
    "SPAM_WORDS": Examples(match=("久久精品视频免费观看", "日韩欧美一区二区在线"), no_match=("各县(市、区)人民政府", "精准扶贫")),
    "SPAM_SEPARATORS": Examples(match=("a,b", "a_b", "尤物丨亚洲", "网站 I 无码"), no_match=("a、b", "PM2.5 I级", "第I类")),
    "FORUM_JAMMER_RUN": Examples(match=("发生。, m p, ]6 C3 R4 H9 u", "6 K$ f7 g y& E3 C! u' n' M(五)省长", "0 u) q& ?, k# W, N/ ]& j"),
                                 no_match=("12 34", "PM2.5", "GB/T 9704")),
    "JAMMER_SIGN": Examples(match=("K$", "`+", "]6"), no_match=("S9", "M")),
    "JAMMER_LETTER": Examples(match=("K$", "u"), no_match=("12", "`+")),
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
    if "精选优质文档" not in text and "下载后可任意编辑" not in text:
        return []  # (the words each form of WENKU_SLOGAN opens with, searched before its line-start scan)
    return [found.end() for found in WENKU_SLOGAN.finditer(text) if found.end() < len(text) and text[found.end()] != "\n"]


def forum_jammer_runs(text: str) -> list[re.Match]:
    """The forum jammer's runs in ``text`` (FORUM_JAMMER_RUN with letters and signs enough)."""
    # tried only next to a space (a run's first letters and their space start it): a look-behind first, finditer would
    # try the pattern at every character of the text
    return [run for run in finditer_near(FORUM_JAMMER_RUN, text, " ", 2) if _is_jammer(run.group())]


def _is_jammer(run: str) -> bool:
    tokens = run.split()
    return bool(JAMMER_LETTER.search(run)) and sum(1 for token in tokens if JAMMER_SIGN.search(token)) >= JAMMER_SIGNS
