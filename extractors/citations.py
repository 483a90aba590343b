"""References to other documents in a notice's text: by 文号 and by 《title》.

    根据《国务院扶贫开发领导小组关于做好…的通知》（国开发〔2020〕3号）   one citation, title + number, basis
    现将国务院扶贫开发领导小组《关于…的通知》（国开发〔2020〕3号）转发你们   one citation, forwards
    关于转发《国务院扶贫开发领导小组<关于…的通知>》的通知               nested brackets: one title
    认真落实市政府办公厅《A》和市防控办《B》                          two citations, implements
    现将《2020年脱贫攻坚工作要点》印发给你们                          issues
    按照闽政办〔2020〕5号文件                                       number only, basis

Titles are stored without the outer 《》, with inner brackets as written and with spaces and line
breaks removed. A title followed by its 文号 in brackets is one citation covering both. A title
written elsewhere with its 文号 carries that 文号 at every mention. ``以下简称《S》`` after a
citation makes later 《S》 (or “S”) mentions citations of the same document. A 文号 standing alone on
its own line of a longer text is the document's own header number, not a citation.

The steps are modules of their own: ``extractors.citation_mentions`` finds the 《titles》 and 文号 and
joins a title with its 文号, ``extractors.own_references`` drops the notice's own number and title,
``extractors.short_forms`` follows 以下简称, ``extractors.citation_relations`` reads how each is used.

Repeals and amendments beyond the verb next to a citation — a list's heading for its rows (下列…予以
废止：), a cleanup table's result cell, an article amended in place, a law's history line, a report of
another body's act that only cites — and which document's force changes (``acts_on``) are
``extractors.lifecycle_relations``'.
"""

from __future__ import annotations

import re
from typing import Iterable

from schema.models import Citation, DocNumber
# RELATION_PRIORITY and strongest_relation are re-exported for the modules that still import them from
# here (schema.tables, pipeline.evaluate); schema.relations is where they live.
from schema.relations import RELATIONS as RELATION_PRIORITY, strongest_relation  # noqa: F401

from .citation_mentions import (carry_numbers, carry_trailers, number_mentions, own_attachments, title_mentions,
                                without_attachments)
from .citation_relations import assign_relations
from .docnumbers import find_doc_numbers, normalise_doc_number
from .fold import fold
from .lifecycle_relations import only_cited, reports_on_others, with_list_rows
from .mentions import Mention
from .own_references import is_own_number, without_own_title, without_the_title_name_of_the_issued, without_titles
from .short_forms import SHORT_FORM, with_bare_types, with_contractions, with_short_forms
from .titles import has_document_ending, is_document_title, title_key  # noqa: F401  (re-exported)
from .vocab import Examples

# A legal database's note on a cited document's status, put in by the database, not by the notice:
# 根据《…条例》【已废止,最新为:《…条例》】 · 《…办法》【失效】 · 【已被《…》修改】. Nothing in it is cited.
EDITOR_NOTE = re.compile(r"【(?:已被|已经|现已|已|被)?[^【】\n]{0,30}?(?:废止|失效|修改|修订|修正|最新为|最新版本)[^【】\n]{0,120}】")


def find_citations(text: str, own_numbers: Iterable[str] = (), own_titles: Iterable[str] = ()) -> list[Citation]:
    """Every reference to another document in ``text``, in text order.

    ``own_numbers`` are the document's own 文号 (as its header gives them, in any bracket style): a
    document never cites itself, wherever its number is printed, and a 《title》 printed against its
    own number (京政办发〔2016〕26号《…的通知》, 《…的通知》（岳办发〔2017〕2号）) is its own title, never
    cited either. Numbers printed where a header puts them (``is_own_number``) are its own without
    being told. ``own_titles`` are the document's own titles (its header title): a 《title》 with the
    same ``title_key`` and no other 文号 is the document naming itself (本办法 printed as 《…办法》 in
    its last article, a news lead-in's 《…方案》 before the plan itself), never a citation.

    Patterns match the text folded to simplified characters (``extractors.fold``): 根據《…辦法》 is
    read as 根据《…办法》. What is stored (a citation's text, its title, its 文号) is as written."""
    if not isinstance(text, str) or not text:
        return []
    folded = fold(text)  # what is matched; its offsets are the text's
    own = {fold(normalised) for normalised in map(normalise_doc_number, filter(None, own_numbers)) if normalised}
    numbers: dict[int, tuple[int, DocNumber]] = {}
    own_spans: list[tuple[int, int]] = []
    for start, end, number in find_doc_numbers(text):
        key = fold(number.normalised)
        if key in own or is_own_number(folded, start, end):
            own.add(key)  # printed again later (its history note's …令第12号修订), it is still its own
            own_spans.append((start, end))
        else:
            numbers[start] = (end, number)
    definitions = list(SHORT_FORM.finditer(folded))
    definition_spans = {(d.start("open"), d.end()) for d in definitions}

    mentions = without_own_title(text, title_mentions(text, folded, numbers, definition_spans), own_spans)
    mentions = without_titles(folded, mentions, own_titles)
    attached = own_attachments(folded, mentions)
    mentions += number_mentions(text, folded, numbers, mentions)
    mentions = _outside(mentions, [(n.start(), n.end()) for n in EDITOR_NOTE.finditer(folded)])
    mentions = with_list_rows(text, folded, mentions)
    carry_trailers(mentions)
    numbers_inside_titles(mentions)
    printed = {id(m) for m in mentions if m.number}
    carry_numbers(mentions)
    mentions = with_short_forms(folded, mentions, definitions)
    mentions = with_bare_types(folded, with_contractions(mentions))
    assign_relations(folded, mentions, sorted(definition_spans))
    issued_by_own_title(mentions, own_titles)
    forwarded_by_own_title(mentions, own_titles)
    issued_anew(mentions, {id(m) for m in mentions if m.number and id(m) not in printed})
    mentions = without_attachments(mentions, attached)
    mentions = without_the_title_name_of_the_issued(folded, mentions, own_titles)
    if reports_on_others(folded, [fold(title) for title in own_titles if title]):
        only_cited(mentions)  # what an interpretation says is repealed, the decision repealed
    return [_citation(text, m) for m in mentions]


# An own title issuing a document named in its inner brackets: 关于印发〈浙江省宗教活动场所管理实施办法(试行)〉的通知 (the
# title itself printed in 《》).
ISSUED_IN_TITLE = re.compile(r"印发[〈<](?P<issued>[^《》〈〉<>]{4,80}?)[〉>]的通知$")


def issued_by_own_title(mentions: list[Mention], own_titles: Iterable[str]) -> None:
    """A 《X》 of the body read as cited whose document the notice's own title says it issues (…印发〈X〉的通知) is issued:
    the body's own 现印发 may be lost in the copy (研究制定了《X》。现印发 copied as 《X》?,F印发)."""
    issued = {title_key(found["issued"]) for found in (ISSUED_IN_TITLE.search(fold(own)) for own in own_titles if own)
              if found}
    for mention in mentions:
        if mention.title and mention.relation in (None, "cites") and title_key(mention.title) in issued:
            mention.relation = "issues"


# An own title that forwards and issues nothing: 厦门市人民政府办公厅转发市财政局关于…试行办法的通知 (no 印发 in it).
FORWARDING_TITLE = re.compile(r"^(?!.*印发).*转发.+的通知$")


def forwarded_by_own_title(mentions: list[Mention], own_titles: Iterable[str]) -> None:
    """A 《X》 read as issued by a notice whose own title forwards (…转发市财政局关于X的通知) is forwarded: such a notice hands
    on another body's text, and its body's 现将…《X》印发给你们 sends that text on, as 现转发给你们 does; it brings none of its own
    into force."""
    if any(FORWARDING_TITLE.match(fold(own)) for own in own_titles if own):
        for mention in mentions:
            if mention.relation == "issues":
                mention.relation = "forwards"


# A 文号 printed inside the 《》 after the title, in brackets: 《海淀区教育委员会办公室关于进一步加强交通安全工作的通知(海办发【2012】4号)》
# (aq02's attachment list). The number is the document's 文号, no part of its title.
NUMBER_CLOSING_TITLE = re.compile(r"\s{0,2}[(（]\s{0,2}(?P<number>[^()（）《》]{1,30}?[〔\[【［(（﹝]\s{0,2}(?:19|20)\d{2}\s{0,2}"
                                  r"[〕\]】］)）﹞]\s{0,2}第?\s{0,2}\d{1,5}\s{0,2}[号號])\s{0,2}[)）]$")


def issued_anew(mentions: list[Mention], carried: set[int]) -> None:
    """A notice never issues a document it repeals: a 《X》 it issues that took, from another mention, the 文号 of an X it
    repeals is a new edition of the same name (制定了新的《X》,现予发布 … 《X》(国家环境保护总局公告2006年第41号)…同时废止), and
    has no 文号 of its own yet. ``carried`` holds the mentions (by ``id``) whose number was carried, not printed."""
    repealed = {fold(m.number.normalised) for m in mentions if m.number and m.relation == "repeals"}
    for mention in mentions:
        if id(mention) in carried and mention.relation == "issues" and fold(mention.number.normalised) in repealed:
            mention.number = None


def numbers_inside_titles(mentions: list[Mention]) -> None:
    """A title whose 《》 close on its own 文号 in brackets (see NUMBER_CLOSING_TITLE): the 文号 is the mention's number
    and leaves the title."""
    for mention in mentions:
        if not mention.title or mention.number or not (closing := NUMBER_CLOSING_TITLE.search(mention.title)):
            continue
        found = find_doc_numbers(closing.group("number"))
        if found:
            mention.number = found[0][2]
            mention.title = mention.title[:closing.start()]


def _outside(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """``mentions`` less those that start inside one of ``spans``."""
    return [m for m in mentions if not any(start <= m.start < end for start, end in spans)]


def _citation(text: str, mention: Mention) -> Citation:
    number = mention.number
    return Citation(
        text=text[mention.start:mention.end], start=mention.start, end=mention.end,
        doc_number=number.normalised if number else None, title=mention.title, relation=mention.relation,
        issuer_code=number.issuer_code if number else None,
        year=number.year if number else None, serial=number.serial if number else None, acts_on=mention.acts_on,
        takes_effect=mention.takes_effect)


EXAMPLES = {
    "NUMBER_CLOSING_TITLE": Examples(match=("关于进一步加强交通安全工作的通知(海办发【2012】4号)", "某某办法（国发〔2015〕17号）"),
                                     no_match=("管理办法(试行)", "2019年工作要点(2019年修订)", "关于印发(2012)的通知")),
    "FORWARDING_TITLE": Examples(match=("厦门市人民政府办公厅转发市财政局关于厦门市市级财政专项支出预算绩效考评试行办法的通知", "关于转发《X》的通知"),
                                 no_match=("关于转发并印发《X》的通知", "关于印发《X》的通知", "关于做好转发工作的意见")),
    "ISSUED_IN_TITLE": Examples(match=("关于印发〈浙江省宗教活动场所管理实施办法(试行)〉的通知",),
                                no_match=("关于印发《东宁市干旱灾害应急预案》的通知", "关于印发东宁市干旱灾害应急预案的通知")),
    "EDITOR_NOTE": Examples(match=("【已废止,最新为:《贵州省预算审查监督条例》】",
                                   "【失效】", "【已被《国务院关于修改部分行政法规的决定》修改】"),
                            no_match=("【法宝引证码】", "【发文字号】")),
}
