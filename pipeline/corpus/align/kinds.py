"""What kind of provision a measure is, beside what it is about: a penalty article, the clause that
says when a text takes effect, the clause that says under what it is made (制定本条例), the clause that
says who interprets it (本条例由…负责解释), a stock section every notice opens with (指导思想, 总体要求), or an
ordinary measure (a duty, a task).

Two texts of one field word a penalty article much like the duty it enforces (用人单位违反本法规定
未向劳动者出具…证明，由劳动行政部门责令改正 beside 用人单位应当…出具…证明), and every notice's 指导思想
speaks of the same 决策部署 and 新时代 whatever it implements. A local measure of one kind implements
a national measure of the same kind: a penalty article the national penalty article, an ordinary
measure an ordinary one. Pairs of different kinds are discounted (:data:`CROSS_KIND_WEIGHT`), and
stock sections, even when both are one, prove little by their words (:data:`STOCK_WEIGHT`): only
copied passages and shared anchors keep their weight there. A short item of a national list
(劳动合同期限；) is a fragment: a whole local article naming the same thing among others is discounted
against it (:data:`FRAGMENT_WEIGHT`), an item of a local list is not. A national article that
defines a term of its own text (本法所称…，是指), and a glossary (本规定下列用语的含义是：) and its items, are
implemented by a local text that defines or explains a term (…所称…，是指, a glossary of its own), not by
every article that uses the term (:data:`DEFINITION_ARTICLE`, :data:`GLOSSARY`). Two penalty
articles are discounted too when their offences (the conditions, …的，, before the sanction, and what an
article of its own text it cites forbids) share too little (:func:`same_offence`): penalty articles
share their sanctions' wording whatever they punish. The
items of a penalty article's list (有下列行为之一的，由…责令改正：) are offences, of its kind
(:func:`penalty_list_item`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from extractors.fold import fold
from extractors.vocab import Examples
from pipeline.corpus.align.measures import Measure
from pipeline.corpus.align.references import NUMERAL, article_numbers, number_of

#: A penalty: an offence (违反…, 未…, 拒不…, 擅自…) followed by what the authority does about it.
PENALTY = re.compile(
    r"(?:违反|未按|未依法|未经|拒不|擅自|有下列(?:情形|行为)之一)[^。；]{0,120}?"
    r"(?:责令(?:改正|限期|停止)|罚款|没收违法所得|吊销|警告|依法给予处分|给予[^。；]{0,12}处分|追究[^。；]{0,10}责任|承担赔偿责任)"
    r"|规定的罚款"
    # a conditional whose consequence the authority imposes: 组织实施营利性统计调查的，由本级人民政府…责令改正
    r"|的，(?:由[^。；]{1,40}?责令(?:改正|限期|停止)|[^。；]{0,40}?(?:处[^。；]{0,20}罚款|没收违法所得|吊销|给予[^。；]{0,12}处分|追究[^。；]{0,10}责任))"
    # crimes: 构成犯罪的，依法追究刑事责任 · 涉嫌犯罪的，…移送司法机关
    r"|(?:构成|涉嫌)犯罪的"
    # punished under another text's terms: 违反本法第二十八条规定的，由公安机关…依法予以处罚 ·
    # 毁林、毁草开垦的，依照《中华人民共和国森林法》的有关规定处罚
    r"|的，[^。；]{0,60}?(?:规定|依法)(?:予以|给予)?处罚(?!决定)")
#: The clause that sets when a text takes effect or ends (本法自2008年1月1日起施行), with the sentence that
#: repeals the text it replaces when it has one (…起施行。1993年7月19日国务院发布的《…实施办法》同时废止): a new
#: regulation's last article says both, and implements the law's entry into force, not the article whose
#: words the repealed title shares (国务院根据本法制定实施办法).
EFFECTIVE = re.compile(r"^[^。]{0,40}自[^。]{0,30}(?:起施行|起实施|起执行|施行|实施)(?:[，,；;][^。]{0,40})?"
                       r"(?:。[^。]{0,300}?(?:同时|一并|即行)?废止)?。?\s*$")
#: The clause that says under what a text is made, one sentence ending in it: a law's 为了…，制定本法,
#: a regulation's 根据《…法》，制定本条例, the law's 国务院根据本法制定实施条例. A regulation's enacting
#: clause implements the law's enacting or purpose clause, or nothing; its words (the law's title)
#: are in every article of the law.
ENACTING = re.compile(
    r"^[^。]{0,120}(?:制定本(?:法|条例|办法|规定|细则|实施细则|规则)"
    r"|根据本(?:法|条例)(?:的规定)?[^。]{0,10}制定[^。]{0,12}(?:条例|细则|办法|规定))。?\s*$")
#: The clause that says who interprets a text (本条例由国务院水行政主管部门负责解释, 本办法具体应用中的问题由
#: 市人社局负责解释): a text's word on itself, which implements nothing of a higher text but that text's
#: own such clause; its words (the department's name) are in every article that gives the department a task.
INTERPRETING = re.compile(
    r"^\s*本(?:法|条例|规定|办法|细则|实施细则|实施办法|规则|决定|意见|通知|方案)[^。]{0,16}?由[^。]{1,40}?负责解释(?:[；;][^。]{0,40})?。?\s*$")
#: The stock sections of a notice's opening: guiding ideology, general requirements, principles,
#: targets. Their headings are matched whole (with the heading's topic before it).
STOCK_HEADING = re.compile(
    r"(?:^|的)(?:总体要求|指导思想|基本原则|工作原则|主要原则|总体目标|主要目标|工作目标|目标任务|目标要求|发展目标|总体思路)[。:：]?\s*$")

#: An article that defines a term of its own text (本法所称县级以上人民政府统计机构，是指…): its words
#: are the term, which every article uses.
DEFINITION_ARTICLE = re.compile(r"^\s*本(?:法|条例|规定|办法|细则)所称[^。]{1,40}?(?:是指|包括)")
#: A text that defines or explains a term (…所称车辆、船舶，是指：, 前款所称支付，包括…).
DEFINES = re.compile(r"所称[^。]{1,40}?(?:是指|包括)")
#: The lead-in of a glossary (本法下列用语的含义：, 本规定下列用语的含义是：): it and its items define the terms
#: the whole text uses, like :data:`DEFINITION_ARTICLE`.
GLOSSARY = re.compile(r"^\s*(?:本(?:法|条例|规定|办法|细则|实施细则|实施办法))?[^。]{0,6}?下列用语(?:的含义|是指)")

#: Where a penalty sentence's offence ends: a clause that names the authority that acts (，由…) or
#: opens with the sanction (，责令…, ，没收…, ，并处…, ，依法给予…). An offence is read up to it,
#: all the conditions (…的，) before it: a sentence may list several offences (炸鱼、毒鱼的，违反关于禁渔区…
#: 的规定进行捕捞的，…处…罚款). A sanction word inside a condition is no sanction
#: (机关、单位对违反保密规定的人员不依法给予处分的: the offence is not sanctioning).
SANCTION = re.compile(r"[，,](?:由(?!于)|(?:并|可以|并可以|依法|应当|一律)?(?:责令|处|没收|吊销|警告|给予|追究|予以))")
#: A citation of a text's article (《渔业法》第二十八条, 本实施细则第十六条): a number, no offence.
CITATION = re.compile(r"(?:《[^《》]{1,40}》|本(?:法|条例|规定|办法|细则|实施细则|实施办法))?(?:第[零〇一二两三四五六七八九十百千\d]+[条款项])+")
#: What an offence's words hold of no offence in particular (违反本法规定, the offender's 机关、单位, the
#: aggravations every penalty article has: 情节严重, 构成犯罪, 有下列行为之一).
OFFENCE_STOCK = re.compile(
    r"违反|本法|本条例|本实施细则|本细则|本办法|规定|机关|单位|有关|依法|按照|依照|并?可以|应当|需?处以罚款"
    r"|情节(?:特别)?(?:严重|轻微|较轻)|(?:尚不|尚未|不)?构成犯罪|尚不够刑事处罚|涉嫌犯罪|有下列(?:情形|行为)之一|的|[^\u4e00-\u9fff]")

EXAMPLES = {
    "SANCTION": Examples(match=("，由保密行政管理部门责令改正", "，没收渔获物", "，并处五万元以下的罚款", "，依法给予处分"),
                         no_match=("机关、单位对违反保密规定的人员不依法给予处分的", "由于", "，在内陆水域")),
    "CITATION": Examples(match=("《渔业法》第二十八条", "本实施细则第十六条", "第三十九条第二款"), no_match=("第一章", "本法")),
    "SELF_CITATION": Examples(match=("本实施细则第十六条", "本条例第二十四条第一款", "本法第二十八条"),
                              no_match=("《渔业法》第二十八条", "本条例")),
    "OFFENCE_STOCK": Examples(match=("违反", "机关", "、", "情节严重", "构成犯罪", "有下列行为之一"), no_match=("泄密", "涉密", "捕捞")),
    "DEFINITION_ARTICLE": Examples(match=("本法所称县级以上人民政府统计机构，是指国家统计局及其派出的调查机构",
                                          "本条例所称档案服务企业，包括"),
                                   no_match=("县级以上人民政府统计机构应当依法履行职责", "依照本法所称的规定")),
    "GLOSSARY": Examples(match=("本法下列用语的含义：", "本规定下列用语的含义是：", "本条例中下列用语的含义："),
                         no_match=("使用下列用语的，应当注明含义", "本法所称县级以上人民政府统计机构，是指")),
    "DEFINES": Examples(match=("车船税法第一条所称车辆、船舶，是指：", "前款所称支付，包括现金支付"),
                        no_match=("本法所称", "依照统计法规定")),
    "PENALTY": Examples(
        match=("用人单位违反本法规定未向劳动者出具解除或者终止劳动合同的书面证明，由劳动行政部门责令改正",
               "违反本条例规定的，由县级以上人民政府财政部门责令限期改正，给予警告",
               "拒不执行的，处一万元以上五万元以下罚款", "政府采购法第七十一条规定的罚款，数额为10万元以下",
               "组织实施营利性统计调查的，由本级人民政府责令改正，予以通报", "违反本法规定，构成犯罪的，依法追究刑事责任",
               "统计违法行为涉嫌犯罪的，统计机构应当将案件移送司法机关处理",
               "违反本法第二十八条规定的，由公安机关或者国家安全机关按照各自职责分工依法予以处罚",
               "违反本法规定，毁林、毁草开垦的，依照《中华人民共和国森林法》的有关规定处罚"),
        no_match=("用人单位应当在解除或者终止劳动合同时出具证明", "加强监督检查，依法查处违法行为",
                  "扣缴义务人拒绝修改的，纳税人应当报告税务机关，税务机关应当及时处理",
                  "当事人对行政处罚决定不服的，可以依法申请行政复议",
                  "不得作为对统计调查对象实施行政许可、行政处罚等具体行政行为的依据")),
    "EFFECTIVE": Examples(match=("本法自2008年1月1日起施行。", "本通知自印发之日起施行", "本办法自2020年5月1日起实施，有效期5年。",
                                 "本办法自2004年7月1日起施行。1993年7月19日国务院发布的《中华人民共和国归侨侨眷权益保护法实施办法》同时废止。",
                                 "本条例自2024年3月1日起施行。《中华人民共和国档案法实施办法》同时废止。"),
                          no_match=("本办法自发布之日起施行。各地要结合实际制定具体措施。",
                                    "各地要自即日起组织实施本方案，确保各项措施落地见效，按月报送进展情况，省政府将适时开展督查，对工作不力的地区予以通报，并依法依规严肃追究有关人员的责任。",)),
    "ENACTING": Examples(match=("为了保护和改善环境，减少污染物排放，推进生态文明建设，制定本法。",
                                "根据《中华人民共和国车船税法》(以下简称车船税法)的规定，制定本条例。",
                                "国务院根据本法制定实施条例。"),
                         no_match=("为贯彻落实党中央决策部署，制定本方案。", "国务院根据本法制定实施条例。本法自公布之日起施行。",
                                   "具体办法由国务院规定。")),
    "INTERPRETING": Examples(match=("本条例由国务院水行政主管部门负责解释。", "本实施细则由农牧渔业部负责解释",
                                    "本办法具体应用中的问题由市人力资源和社会保障局负责解释。",
                                    "本规定由劳动部、人事部负责解释；实施办法由劳动部、人事部制定。"),
                             no_match=("国务院水行政主管部门负责全国水土保持工作。",
                                       "本条例由国务院水行政主管部门负责解释，自发布之日起施行。执行中的问题及时报告。",
                                       "对法律的解释由全国人民代表大会常务委员会负责。")),
    "STOCK_HEADING": Examples(match=("总体要求", "指导思想", "进一步做好为农民工服务工作的总体要求", "工作目标。", "目标要求"),
                              no_match=("加强组织领导", "总体要求落实情况的督查")),
}

PENALTY_KIND, EFFECTIVE_KIND, STOCK_KIND, ORDINARY_KIND = "penalty", "effective", "stock", "ordinary"
ENACTING_KIND, INTERPRETING_KIND = "enacting", "interpreting"
#: What a pair of measures of different kinds keeps of its score.
CROSS_KIND_WEIGHT = 0.5
#: What a pair of stock sections keeps of its words' evidence (heading, lexical cosine).
STOCK_WEIGHT = 0.5


@lru_cache(maxsize=16384)
def _stock_heading(heading: str, own: str) -> bool:
    """Whether a measure's heading (else its text's first phrase) names a stock section. Kept: a
    national document's measures are read for every local document aligned with it."""
    heading = heading or re.split(r"[。：:]", own[:40])[0]
    return bool(STOCK_HEADING.search(fold(heading).strip()))


@lru_cache(maxsize=16384)
def _text_kind(own: str) -> str:
    text = own.strip()
    if EFFECTIVE.search(text):
        return EFFECTIVE_KIND
    if ENACTING.search(text):
        return ENACTING_KIND
    if INTERPRETING.search(text):
        return INTERPRETING_KIND
    if PENALTY.search(text):
        return PENALTY_KIND
    return ORDINARY_KIND


def kind_of(m: Measure) -> str:
    """The kind of a measure (see the module): a stock section's items are of its kind, and so are
    the items of a penalty article's list (:func:`penalty_list_item`)."""
    if any(_stock_heading(a.heading, a.own) for a in (m, *m.ancestors())):
        return STOCK_KIND
    kind = _text_kind(m.own)
    if kind == ORDINARY_KIND and penalty_list_item(m):
        return PENALTY_KIND
    return kind


def penalty_list_item(m: Measure) -> bool:
    """Whether ``m`` is an item of a list a penalty article introduces: …有下列行为之一的，由本级人民政府…
    责令改正…： (一)未经批准擅自组织实施统计调查的； Such an item names an offence, not a duty: a
    local article that lays the duty down (要求…提供真实的统计资料) implements the article that lays it
    down, not the item that punishes breaking it, though the two share their words."""
    p = m.parent
    return p is not None and p.text.rstrip().endswith(("：", ":")) and _text_kind(p.own) == PENALTY_KIND


#: A stock pair keeps its full score when the local measure copies this much of the national one
#: (the reuse score, :mod:`.scores`): a copied 指导思想 is evidence, a reworded one is not.
STOCK_COPY = 0.08


#: A list item of fewer characters than this (劳动合同期限；, 单一来源采购；) is a fragment of an
#: enumeration: the words of a whole article that name it do not make the article its implementation.
FRAGMENT_LEN = 30
#: What a pair of a whole local measure and a national fragment at most half its length keeps.
FRAGMENT_WEIGHT = 0.6


def _list_item(m: Measure) -> bool:
    return m.parent is not None and m.parent.text.rstrip().endswith(("：", ":"))


def _fragment_pairs(local: list[Measure], national: list[Measure]) -> np.ndarray:
    """Which (local, national) pairs are a whole local measure and a national fragment at most half its
    length (a bool array, a row per local measure): those keep :data:`FRAGMENT_WEIGHT` of their score."""
    fragments = np.array([_list_item(n) and n.length < FRAGMENT_LEN for n in national], dtype=bool)
    whole = np.array([not _list_item(m) for m in local], dtype=bool)
    national_lengths = np.array([n.length for n in national], dtype=np.int64)
    local_lengths = np.array([m.length for m in local], dtype=np.int64)
    return whole[:, None] & fragments[None, :] & (2 * national_lengths[None, :] <= local_lengths[:, None])


#: Two penalty articles keep their score only when their offences share this much: the share of
#: the shorter offence's character bigrams (stock words out, :data:`OFFENCE_STOCK`) the other has.
#: Two penalty articles share their sanctions' wording (对直接负责的主管人员和其他直接责任人员依法给予
#: 处分) whatever they punish; what they punish says whether one enforces what the other does.
OFFENCE_OVERLAP = 0.2


#: A text's citation of its own article (违反本实施细则第十六条规定): the offence is breaking that article.
SELF_CITATION = re.compile(r"本(?:法|条例|规定|办法|细则|实施细则|实施办法|规则)第(?P<number>" + NUMERAL + r")条"
                           r"(?:第" + NUMERAL + r"款)?")


def with_cited_articles(text: str, measures: list[Measure]) -> str:
    """``text`` with each citation of an article of its own document (:data:`SELF_CITATION`) replaced
    by that article's words (of ``measures``, the document's), its sentences joined by commas: a
    penalty article that punishes breaking 本实施细则第十六条 punishes what that article forbids."""
    if "第" not in text or not SELF_CITATION.search(text):
        return text
    articles = article_numbers(measures)

    def cited(m: re.Match) -> str:
        number = number_of(m.group("number"))
        j = articles.get(number) if number is not None else None
        return re.sub(r"[。；;]", "，", measures[j].own.strip()) if j is not None else m.group(0)
    return SELF_CITATION.sub(cited, text)


def offence_of(sentence: str) -> str:
    """The offence a penalty sentence names: its conditions (…的，) before the sanction
    (:data:`SANCTION`), all of them, not what comes between the last and the sanction (the authority:
    …的，县级以上地方人民政府卫生行政部门应当予以制止); a sentence without a condition, its words before the
    sanction (外商投资的渔业企业，违反本实施细则第十六条规定，没收…); citations out (:data:`CITATION`)."""
    cut = SANCTION.search(sentence)
    before = sentence[:cut.start()] if cut is not None else sentence
    parts = re.split(r"的(?:[，,]|$)", before)
    if len(parts) > 1:
        found = " ".join(parts[:-1])
    else:
        found = before if cut is not None else ""
    return CITATION.sub(" ", found)


@lru_cache(maxsize=16384)
def offence_bigrams(text: str) -> frozenset:
    """The character bigrams of the offences of a penalty text (:func:`offence_of`), sentence by sentence."""
    out = set()
    for sentence in re.split(r"[。；]", text):
        words = OFFENCE_STOCK.sub(" ", offence_of(sentence.strip()))
        out.update(a + b for part in words.split() for a, b in zip(part, part[1:]))
    return frozenset(out)


def same_offence(local: str, national: str) -> bool:
    """Whether two penalty texts punish alike (:data:`OFFENCE_OVERLAP`); True when either names no
    offence of its own (违反本法规定，构成犯罪的: the law's catch-all)."""
    a, b = offence_bigrams(fold(local)), offence_bigrams(fold(national))
    if not a or not b:
        return True
    return len(a & b) >= OFFENCE_OVERLAP * min(len(a), len(b))


def in_glossary(m: Measure) -> bool:
    """Whether ``m`` is a glossary (:data:`GLOSSARY`) or one of its items (（一）计算机信息网络国际联网，是指…)."""
    return any(GLOSSARY.search(fold(a.own)) for a in (m, *m.ancestors()))


def defines_own_terms(n: Measure) -> bool:
    """Whether a national measure defines terms of its own text (:data:`DEFINITION_ARTICLE`, a glossary
    and its items): only a text that defines too implements it (:func:`defines_a_term`)."""
    return bool(DEFINITION_ARTICLE.search(fold(n.own))) or in_glossary(n)


def defines_a_term(m: Measure) -> bool:
    """Whether a local measure defines or explains a term (:data:`DEFINES`, a glossary and its items);
    one that merely uses the terms a national text defines does not."""
    return bool(DEFINES.search(fold(m.own))) or in_glossary(m)


def kind_weights(local: list[Measure], national: list[Measure], reuse: list[list[float]]
                 ) -> np.ndarray:
    """What each (local, national) pair keeps of its score by the measures' kinds: 1 for two
    ordinary measures, two penalty articles, two effective-date clauses; :data:`CROSS_KIND_WEIGHT`
    for two of different kinds; :data:`STOCK_WEIGHT` for two stock sections unless the local one
    copies the national one (:data:`STOCK_COPY`)."""
    lk, nk = [kind_of(m) for m in local], [kind_of(n) for n in national]
    # a national definition article is implemented by a text that defines or explains a term, not by
    # every article that uses the term it defines
    definitions = [defines_own_terms(n) for n in national]
    # a penalty article's offence, the articles of its own text it cites read in (:func:`with_cited_articles`)
    local_offences = [with_cited_articles(m.own, local) if k == PENALTY_KIND else m.own for m, k in zip(local, lk)]
    national_offences = [with_cited_articles(n.own, national) if k == PENALTY_KIND else n.own
                         for n, k in zip(national, nk)]
    # (whole arrays, not a Python loop over every pair: a law's articles against another's are
    # tens of thousands of pairs; each weight is the same product as pair by pair)
    local_kinds, national_kinds = np.array(lk, dtype=object), np.array(nk, dtype=object)
    out = np.where(local_kinds[:, None] == national_kinds[None, :], 1.0, CROSS_KIND_WEIGHT)
    penalties = [j for j, b in enumerate(nk) if b == PENALTY_KIND]
    national_stock = national_kinds == STOCK_KIND
    for i, a in enumerate(lk):
        if a == PENALTY_KIND:  # two penalty articles are of one kind when they punish one offence
            for j in penalties:
                if not same_offence(local_offences[i], national_offences[j]):
                    out[i, j] = CROSS_KIND_WEIGHT
        elif a == STOCK_KIND:
            out[i, national_stock & (np.asarray(reuse[i], dtype=float) < STOCK_COPY)] = STOCK_WEIGHT
    # (x * 1 is x: each factor multiplied in only where it is not 1, in the same order, no matrix of
    # factors made beside the weights)
    np.multiply(out, FRAGMENT_WEIGHT, out=out, where=_fragment_pairs(local, national))
    defines = np.array([defines_a_term(m) for m in local], dtype=bool)
    np.multiply(out, CROSS_KIND_WEIGHT, out=out,
                where=~defines[:, None] & np.array(definitions, dtype=bool)[None, :])
    return out
