"""A page's list number before the name of the rules text whose articles follow.

A legal Q&A or content page lists the texts it answers with, each numbered and named on a line of its own under the page's
heading, the articles under the name: 安徽殡葬管理条例 ⏎ ⑴ 合肥市殡葬管理办法 ⏎ 第一条 为了加强殡葬管理…. The number is the
page's, no item of the body (the articles would sit under it), and the name is the rules' title: the page's heading above
names what the page was asked about, which may be another text.
"""

from __future__ import annotations

from typing import Optional

from pipeline.document.beside_name import TITLE_WORD, is_rules_name
from pipeline.document.labels import match_label
from pipeline.document.outside import FIRST_ARTICLE


def numbered_rules_name(lines: list, body_at: int) -> Optional[str]:
    """The rules' name of a list entry opening the body (a number, then a rules text's bare name alone on its line, the
    next line that holds text its first article or chapter), else None."""
    if body_at >= len(lines):
        return None
    text = lines[body_at].text.strip(" \u3000")
    label = match_label(text)
    # 第一章 一般规定 over 第一条 is the text's own chapter, not a page's entry (a page numbers its entries ⑴, 1., 一、)
    if label is None or text.startswith("第"):
        return None
    name = text[label.length:].strip(" \u3000")
    following = next((line.text.strip(" \u3000") for line in lines[body_at + 1:] if line.text.strip()), "")
    return name if is_rules_name(name) and FIRST_ARTICLE.match(following) else None


def entry_title(title: Optional[str], entry_name: Optional[str]) -> Optional[str]:
    """The title of a rules text listed under a page's heading: the entry's name over the heading when the heading is
    no 公文 title of its own (关于…, 印发…: a notice whose body opens with a numbered name keeps its title)."""
    if entry_name is None or (title and TITLE_WORD.search(title)):
        return title
    return entry_name
