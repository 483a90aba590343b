"""Article references: a local text that names an article of another document points at the
national measure of that number, when the document it names is the national one.

Implementing regulations and measures cite the articles they implement: 劳动合同法第八十二条,
政府采购法第二条所称财政性资金, 《规定》第六条. The national measure labelled 第八十二条 is then the
likeliest match, whatever the words: 第九条 劳动合同法第十四条第二款规定的连续工作满10年的起始时间 shares
few words with the law's 第十四条 on open-ended contracts, and many with its transitional
articles. The alignment does not know the national document's title, so a name is taken to mean the
national document when its references agree with the text: most of the articles it cites are
among the best candidates of the citing measure anyway (:func:`consistent_names`). A regulation
citing a third law (劳动保障监察条例) or a national law of another matter (the labour-contract
regulation against the social insurance law) names articles whose words have nothing to do with the
citing measure: those references count not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional

import numpy as np

from extractors.fold import fold
from extractors.vocab import Examples
from pipeline.corpus.align.measures import Measure
from pipeline.document.labels import chinese_to_int

#: An ordinal written in Chinese numerals or digits: 八十二 · 82.
NUMERAL = r"[零〇一二两三四五六七八九十百千\d]+"
#: A reference to an article of a named document: the name (a title in 《》 or a run of Han
#: characters ending in a kind of legal text) and the article's number.
ARTICLE_REFERENCE = re.compile(
    r"(?P<name>《[^《》]{1,40}》|[\u4e00-\u9fff]{1,30}?(?:法|条例|规定|办法|细则|规则|决定))"
    r"(?:第" + NUMERAL + r"章)?"
    r"第(?P<number>" + NUMERAL + r")条")
#: Further articles of the same reference: 劳动合同法第四十六条、第四十七条.
FURTHER_ARTICLE = re.compile(r"(?:第" + NUMERAL + r"款)?(?:、|和|或者|及)第(?P<number>" + NUMERAL + r")条")
#: A document's references to itself (本法第四十七条): they point at no other document.
SELF_REFERENCE = re.compile(r"本(?:法|条例|规定|办法|细则|规则|决定)$")
#: The label of an article: 第八十二条.
ARTICLE_LABEL = re.compile(r"^\s*第(?P<number>" + NUMERAL + r")条")

#: A term the national document defines: （以下称用人单位）, 本法所称政府采购，是指.
DEFINITION = re.compile(
    r"[（(]以下(?:简)?称[“\"]?(?P<quoted>[\u4e00-\u9fff]{2,12}?)[”\"]?[）)]"
    r"|本(?:法|条例|规定|办法|细则)所称(?P<term>[\u4e00-\u9fff]{2,12}?)[，,]?(?:是指|包括)")
#: A local text's use of a term another document defines: 劳动合同法规定的用人单位, 政府采购法所称….
TERM_USE = re.compile(
    r"(?P<name>《[^《》]{1,40}》|[\u4e00-\u9fff]{1,30}?(?:法|条例|规定|办法|细则|规则|决定))(?:所称|规定的)")

#: A local text naming a term another document uses, in quotes, without its article:
#: 《反间谍法》所称“敌对组织”, 劳动合同法所称"劳务派遣单位".
QUOTED_TERM = re.compile(
    r"(?P<name>《[^《》]{1,40}》|[\u4e00-\u9fff]{1,30}?(?:法|条例|规定|办法|细则|规则|决定))所称[“\"](?P<term>[^”\"]{2,20})[”\"]")
#: A quoted term points at the national measures that use it when no more than this many do: a term
#: of one or two articles (敌对组织, only in the law's 第二十八条) says where it belongs, a term of
#: every chapter (境外机构、组织) does not.
MAX_TERM_HOLDERS = 2

EXAMPLES = {
    "QUOTED_TERM": Examples(match=("《反间谍法》所称“敌对组织”", '劳动合同法所称"劳务派遣单位"'),
                            no_match=("《反间谍法》第七条所称“重大贡献”", "以下简称“反间谍法”", "所称敌对组织")),
    "DEFINITION": Examples(match=("建立劳动关系（以下称用人单位）", "本法所称政府采购，是指"),
                           no_match=("以下简称《意见》", "本法所称")),
    "TERM_USE": Examples(match=("劳动合同法规定的用人单位", "政府采购法所称集中采购"),
                         no_match=("依照本法规定", "劳动合同法第七条")),
    "ARTICLE_REFERENCE": Examples(
        match=("依照劳动合同法第八十二条的规定", "政府采购法第二条所称", "《规定》第六条", "劳动合同法第十四条第二款"),
        no_match=("第八十二条", "依照前款规定", "劳动合同法规定的用人单位")),
    "FURTHER_ARTICLE": Examples(match=("、第四十七条", "和第9条"), no_match=("第四十七条", "、第二款")),
    "SELF_REFERENCE": Examples(match=("本法", "依照本条例"), no_match=("劳动合同法", "《规定》")),
    "ARTICLE_LABEL": Examples(match=("第八十二条", "第1条"), no_match=("（一）", "一、", "第一章")),
}

#: A name's references count when at least this share of them (and two or more) point at an
#: article that is among the citing measure's :data:`TOP_CANDIDATES` best candidates.
AGREEMENT = 0.3
TOP_CANDIDATES = 5
#: The evidence a consistent reference adds, combined like any other (``1 - (1 - s) * (1 - w)``):
#: the article a measure cites by name is what it implements unless its words say otherwise
#: (a measure that copies another article, or cites one only for an amount: 依照第四十七条 for
#: the compensation a termination article of the law sets).
REFERENCE_WEIGHT = 0.7


def references(text: str) -> list[tuple[str, int]]:
    """``(name, article number)`` of each reference of ``text`` to another document's article; the
    name is reduced to its last four characters without 《》 (依照劳动合同法 and 违反劳动合同法 are
    one name)."""
    out = []
    text_of = fold(text)
    for m in ARTICLE_REFERENCE.finditer(text_of):
        name = m.group("name").strip("《》")
        number = number_of(m.group("number"))
        if SELF_REFERENCE.search(name) or number is None:
            continue
        out.append((name[-4:], number))
        out.extend((name[-4:], n) for n in _further(text_of, m.end()))
    return out


def _further(text: str, at: int) -> list[int]:
    """The article numbers listed right after a reference's first (、第四十七条、第四十八条)."""
    found = []
    while (m := FURTHER_ARTICLE.match(text, at)) is not None:
        number = number_of(m.group("number"))
        if number is not None:
            found.append(number)
        at = m.end()
    return found


def defined_terms(national: list[Measure]) -> dict[str, int]:
    """National measure number by each term a national measure defines (the first to define it)."""
    out: dict[str, int] = {}
    for n in national:
        for m in DEFINITION.finditer(fold(n.own)):
            out.setdefault(m.group("quoted") or m.group("term"), n.n)
    return out


def term_uses(text: str, terms: dict[str, int]) -> list[tuple[str, int]]:
    """``(name, national measure number)`` of each use of a defined term (:data:`TERM_USE`) in
    ``text``: the longest term of ``terms`` the words after 所称 / 规定的 begin with."""
    out = []
    folded = fold(text)
    for m in TERM_USE.finditer(folded):
        name = m.group("name").strip("《》")
        if SELF_REFERENCE.search(name):
            continue
        after = folded[m.end():m.end() + 12]
        found = max((t for t in terms if after.startswith(t)), key=len, default=None)
        if found is not None:
            out.append((name[-4:], terms[found]))
    return out


def quoted_term_uses(text: str, national: list[Measure]) -> list[tuple[str, int]]:
    """``(name, national measure number)`` for each term ``text`` quotes as another document's
    (:data:`QUOTED_TERM`) and each national measure whose own words use it, when no more than
    :data:`MAX_TERM_HOLDERS` do (the national document need not define it)."""
    out = []
    for m in QUOTED_TERM.finditer(fold(text)):
        name = m.group("name").strip("《》")
        if SELF_REFERENCE.search(name):
            continue
        holders = [n.n for n in national if m.group("term") in _folded_own(n)]
        if 0 < len(holders) <= MAX_TERM_HOLDERS:
            out.extend((name[-4:], j) for j in holders)
    return out


def _folded_own(n: Measure) -> str:
    return _fold_kept(n.own)


@lru_cache(maxsize=4096)
def _fold_kept(text: str) -> str:
    """:func:`~extractors.fold.fold`, kept: every quoting measure reads every national measure."""
    return fold(text)


def article_numbers(national: list[Measure]) -> dict[int, int]:
    """National measure number by the article number of its label (第八十二条 → 82): the top-most
    measure of each number."""
    out: dict[int, int] = {}
    for n in sorted(national, key=lambda n: n.level):
        m = ARTICLE_LABEL.match(n.label or "")
        number = number_of(m.group("number")) if m else None
        if number is not None and number not in out:
            out[number] = n.n
    return out


def consistent_names(cited: dict[int, list[tuple[str, int]]], articles: dict[int, int],
                     national: list[Measure], score: list[list[float]]) -> set[str]:
    """The names whose references agree with the text (see the module): ``cited`` holds each local
    measure's references, ``articles`` the national measure of each article number, ``score`` the
    scores so far."""
    agree: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for i, refs in cited.items():
        row = score[i].tolist() if isinstance(score, np.ndarray) else score[i]
        top = set(sorted(range(len(row)), key=lambda k: -row[k])[:TOP_CANDIDATES])
        for name, number in refs:
            j = articles.get(number)
            if j is None:
                continue
            total[name] += 1
            subtree = {j} | {d.n for d in national[j].descendants()}
            agree[name] += bool(subtree & top)
    return {name for name in total if agree[name] >= 2 and agree[name] >= AGREEMENT * total[name]}


def reference_scores(local: list[Measure], national: list[Measure], score: "np.ndarray | list[list[float]]"
                     ) -> tuple[np.ndarray, int]:
    """``score`` with each national article a local measure cites by a consistent name raised by
    :data:`REFERENCE_WEIGHT`, and the national measure defining a term the local measure uses as
    that name's (劳动合同法规定的用人单位: the law's 第二条, （以下称用人单位）) likewise; and the number
    of local measures with such a reference; the scores as a float array (a copy: ``score`` is left
    as it is)."""
    targets = cited_targets(local, national, score)
    out = np.array(score, dtype=float)
    return out, raise_cited(out, targets)


def raise_cited(score: np.ndarray, targets: dict[int, set[int]]) -> int:
    """:func:`reference_scores` in place: the float array ``score`` with the ``targets`` of each local
    measure (:func:`cited_targets` of ``score``) raised; the number of local measures with targets."""
    for i, found in targets.items():
        for j in found:
            score[i, j] = 1.0 - (1.0 - score[i, j]) * (1.0 - REFERENCE_WEIGHT)
    return len(targets)


def cited_targets(local: list[Measure], national: list[Measure], score: list[list[float]]
                  ) -> dict[int, set[int]]:
    """For each local measure (by number) that cites national articles by a consistent name (or
    uses a term one of them defines), the numbers of those national measures; ``score``: the
    scores so far, which say which names are consistent (:func:`consistent_names`)."""
    articles = article_numbers(national)
    if not articles:
        return {}
    cited = {m.n: found for m in local if (found := references(m.own))}
    names = consistent_names(cited, articles, national, score)
    if not names:
        return {}
    terms = defined_terms(national)
    out: dict[int, set[int]] = {}
    for m in local:
        found = {articles[number] for name, number in cited.get(m.n, []) if name in names and number in articles}
        found |= {j for name, j in term_uses(m.own, terms) if name in names}
        found |= {j for name, j in quoted_term_uses(m.own, national) if name in names}
        if found:
            out[m.n] = found
    return out


def number_of(numeral: str) -> Optional[int]:
    """The number a numeral of :data:`NUMERAL` writes (八十二 → 82, 82 → 82)."""
    return int(numeral) if numeral.isdigit() else chinese_to_int(numeral)
