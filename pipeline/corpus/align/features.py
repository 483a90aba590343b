"""Evidence beside the bag of words: the text as comparable across levels of government, the
similarity of headings, and the anchors two measures share (citations, numbers, deadlines).

A local notice restates a national measure in its own terms: 县政府由县长、副县长… for 国务院由总理、
副总理…, 全省 for 全国, 我市 for 我国; and in traditional characters when the copy came from a mirror
site. :func:`comparable` folds both: characters to simplified (``extractors.fold``), and each
level-specific term of :data:`LEVEL_TERMS` to the kind of thing it names, so that the TF-IDF
cosine sees 本级政府 on both sides.

Headings are the author's own summary of a measure: 积极引导高校毕业生到基层就业 restates
鼓励和引导高校毕业生到城乡基层就业 even when the bodies share few words. :func:`heading_scores` is
the cosine of their character bigrams, weighted by rarity among the headings of both documents (so
that 加强, 工作 count for little).

Anchors are the specific things a measure names: a cited title or 文号, a quantity (20万人, 4:3:3,
30%), a dated deadline (6月底前). Two measures naming the same rare anchor very likely deal with the
same matter; :func:`anchor_scores` counts the anchors shared, each weighted by rarity.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from operator import add
from sys import intern
from typing import Iterable, Optional

import numpy as np

from extractors.fold import fold
from extractors.vocab import Examples
from pipeline.corpus.align.blocks import blocked_product
from pipeline.corpus.align.synonyms import with_synonyms

# Level-specific terms, each replaced by the kind it names (:data:`LEVEL_TERMS`), so that a
# county's restatement of a national measure reads alike: the head and deputies of a government,
# the government, its departments, its territory.
DEPUTY_HEAD = re.compile(r"副(?:总理|省长|主席|市长|州长|县长|区长|旗长|乡长|镇长)")
HEAD = re.compile(r"(?:总理|省长|市长|州长|县长|区长|旗长|乡长|镇长)")
GOVERNMENT = re.compile(r"国务院|(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗|乡|镇)(?:人民)?政府")
DEPARTMENTS = re.compile(r"(?:国务院|省|市|州|县|区)直?各?有关(?:部门|部委)|(?:国务院|省直|市直|县直)各?(?:部门|部委)")
WHOLE_TERRITORY = re.compile(r"全(?:国|省|区|市|州|县|旗|镇|乡)(?![长委])")
OWN_TERRITORY = re.compile(r"(?:我|本)(?:国|省|区|市|州|县|旗|镇|乡)")
#: The fields of :data:`FIELD_DEPARTMENT` (a longer stem before a shorter one it starts with).
DEPARTMENT_FIELDS = (
    "发展和改革", "发展改革", "发改", "财政", "人力资源和社会保障", "人力资源社会保障", "人社", "教育", "民政", "农业农村", "农业",
    "商务", "交通运输", "卫生健康", "卫生和计划生育", "卫健", "住房和城乡建设", "住房城乡建设", "住建", "自然资源", "生态环境",
    "环境保护", "环保", "水利", "文化和旅游", "文化旅游", "文旅", "市场监督管理", "市场监管", "应急管理", "安全生产监督管理",
    "安监", "公安", "司法", "审计", "统计", "税务", "林业和草原", "林业", "扶贫开发", "扶贫", "乡村振兴", "工业和信息化",
    "经济和信息化", "经信", "科学技术", "科技", "退役军人事务", "医疗保障", "医保")
#: The words for a body after a field's name (a longer one before a shorter one it starts with).
DEPARTMENT_BODIES = ("部", "厅", "局", "委员会", "委", "办公室", "办")
# A functional department named at any level: 财政部, 省财政厅, 县财政局 are all the finance
# department; 国务院扶贫办, 县扶贫办 the poverty-alleviation office. The field (its stem, short or
# full) is kept; the level before it and the level's word for the body (部, 厅, 局, 委, 办) become 部门.
FIELD_DEPARTMENT = re.compile(
    r"(?:国务院|国家|省|自治区|市|自治州|州|盟|县|自治县|区|旗|乡|镇)?(?P<field>" + "|".join(DEPARTMENT_FIELDS) + ")"
    r"(?:" + "|".join(DEPARTMENT_BODIES) + r")(?![\u4e00-\u9fff]*?(?:长|主任))")
#: Departments renamed by the 2018 reform of the State Council's bodies, old name to new: a regulation
#: of 2017 says 环境保护主管部门 where the law it implements, revised in 2018, says 生态环境主管部门.
#: Only before a word for a body (主管部门, 部门, 厅, 局), so that 环境保护 the activity stays itself.
RENAMED_DEPARTMENT = re.compile(
    r"(?P<old>环境保护|国土资源|卫生和计划生育|卫生计生|工商行政管理|安全生产监督管理)"
    r"(?=(?:行政)?(?:主管)?部门|部|厅|局|委)")
RENAMED_TO = {"环境保护": "生态环境", "国土资源": "自然资源", "卫生和计划生育": "卫生健康", "卫生计生": "卫生健康",
              "工商行政管理": "市场监督管理", "安全生产监督管理": "应急管理"}


def renamed(text: str) -> str:
    """``text`` with each department named by its name before the 2018 reform named by the new one
    (:data:`RENAMED_DEPARTMENT`)."""
    return RENAMED_DEPARTMENT.sub(lambda m: RENAMED_TO[m.group("old")], text)


#: In this order: a field's department first (国务院扶贫办 is no 国务院), a deputy before a head
#: (副县长 is no 县长), departments before the government.
LEVEL_TERMS: tuple[tuple[re.Pattern, str], ...] = (
    (FIELD_DEPARTMENT, r"\g<field>部门"), (DEPUTY_HEAD, "副职首长"), (HEAD, "行政首长"),
    (DEPARTMENTS, "本级部门"), (GOVERNMENT, "本级政府"), (WHOLE_TERRITORY, "全辖区"), (OWN_TERRITORY, "本地"),
)

#: A character the bigrams leave out (all but Han characters, Latin letters and digits).
_NOT_BIGRAM_CHAR = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")

#: What a measure names specifically: a cited 《title》 or 文号, a number with its unit or a ratio,
#: a date or deadline (a bare year, 2020年, is not specific: every measure of a year's notice has it).
ANCHOR = re.compile(
    r"《(?P<title>[^《》]{2,60})》"
    r"|(?P<docno>[\u4e00-\u9fff]{1,10}[〔\[(（]\d{4}[〕\])）]\d{1,4}号)"
    r"|(?P<ratio>\d+(?:[:：]\d+)+)"
    r"|(?P<date>\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|末)?(?:前|以前|之前)?)"
    r"|(?P<quantity>(?<!\d)(?!(?:19|20)\d\d年)\d+(?:\.\d+)?(?:[-－~～至]\d+(?:\.\d+)?)?\s*(?:%|％|万|亿|个|家|人|户|名|次|所|项|公里|亩|吨|元|年|天|小时|日)"
    r"(?:人次|元|亩|吨|户|人)?)"
)

EXAMPLES = {
    "DEPUTY_HEAD": Examples(match=("副总理", "副县长"), no_match=("总理", "县长")),
    "HEAD": Examples(match=("总理", "县长", "省长"), no_match=("县委", "市场", "长江")),
    "GOVERNMENT": Examples(match=("国务院", "县人民政府", "市政府"), no_match=("县委", "政府工作", "市场")),
    "DEPARTMENTS": Examples(match=("省直有关部门", "国务院各部委", "国务院有关部门", "县直各部门"),
                            no_match=("有关部门", "部门预算")),
    "WHOLE_TERRITORY": Examples(match=("全省", "全国", "全县"), no_match=("全面", "全省长", "全市委")),
    "FIELD_DEPARTMENT": Examples(match=("财政部", "省财政厅", "县财政局", "国务院扶贫办", "人力资源社会保障部",
                                        "县人社局", "市发展改革委"),
                                 no_match=("财政资金", "扶贫车间", "教育引导", "格局", "农业生产")),
    "RENAMED_DEPARTMENT": Examples(match=("环境保护主管部门", "国土资源部", "县卫生计生局", "工商行政管理部门"),
                                   no_match=("环境保护税", "加强环境保护", "国土资源调查")),
    "OWN_TERRITORY": Examples(match=("我市", "本县", "我国"), no_match=("我们", "本级", "本着")),
    "_NOT_BIGRAM_CHAR": Examples(match=("，", " ", "《", "_", "é"), no_match=("扶", "a", "Z", "7")),
    "ANCHOR": Examples(match=("《政府信息公开条例》", "国办发〔2017〕24号", "4:3:3", "6月底前", "30%", "3-5年",
                              "20万人", "10个工作日"),
                       no_match=("2020年", "加强领导", "《》", "第三")),
}


@lru_cache(maxsize=4096)
def comparable(text: str) -> str:
    """``text`` with traditional characters folded to simplified and level-specific terms
    replaced by their kind (:data:`LEVEL_TERMS`): what the lexical comparison reads. Kept for
    the texts last asked for: every measure's text is read for its words (``scores.Cache.tokens_of``)
    and then for its bigrams (:func:`bigram_counts`), and the seven substitutions over it were a
    twentieth of the alignment's time."""
    out = renamed(with_synonyms(fold(text)))
    for pattern, kind in LEVEL_TERMS:
        if pattern is not FIELD_DEPARTMENT or names_a_field_department(out):
            out = pattern.sub(kind, out)
    return out


#: The first characters of :data:`DEPARTMENT_BODIES`.
_BODY_STARTS = "".join(dict.fromkeys(body[0] for body in DEPARTMENT_BODIES))


def names_a_field_department(text: str) -> bool:
    """Whether a field's name (:data:`DEPARTMENT_FIELDS`) stands right before the first character of
    a word for a body (:data:`DEPARTMENT_BODIES`) somewhere in ``text``: what every match of
    :data:`FIELD_DEPARTMENT` has. Looked for at the few body characters of a text (``str.find``),
    where the pattern's optional level and fifty fields were tried at every character, most of
    :func:`comparable`'s time; a text without one is spared the pattern's scan."""
    for body in _BODY_STARTS:
        at = text.find(body)
        while at >= 0:
            if text.endswith(DEPARTMENT_FIELDS, 0, at):
                return True
            at = text.find(body, at + 1)
    return False


def _bigrams(text: str) -> Counter:
    chars = _NOT_BIGRAM_CHAR.sub("", text)
    # each character and the next (chars[k:k + 2]), interned: a measure's bigrams, its section's and
    # the other document's are counted apart, and each Counter held its own copy of every bigram
    # (a 2-character string is 78 bytes: most of a long law's bigram counts)
    return Counter(map(intern, map(add, chars, chars[1:])))


def bigram_counts(text: str) -> Counter:
    """The character bigrams of a text's comparable form, counted: what the bigram comparison of
    measure texts reads. Words segmented differently (农产品 | 产品, 城乡基层 | 基层) and words of
    one root (促销, 营销, 销售) share bigrams where they share no jieba token."""
    return _bigrams(comparable(text))


def heading_scores(lb: list[Counter], nb: list[Counter], text_bigrams: Iterable[Counter]
                   ) -> list[list[float]]:
    """:func:`heading_matrix` as lists."""
    return heading_matrix(lb, nb, text_bigrams).tolist()


def heading_matrix(lb: list[Counter], nb: list[Counter], text_bigrams: Iterable[Counter] = (), *,
                   frequencies: Optional[list[tuple[Counter, int]]] = None) -> "np.ndarray":
    """The cosine of every (local, national) pair of headings (their :func:`bigram_counts`: ``lb``
    and ``nb``) as character bigram vectors, each bigram weighted by its rarity (IDF) among the
    whole texts of the measures of both documents (``text_bigrams``, counted the same way): the
    topic of both notices (疫情防控 in every measure of an epidemic-time notice) makes two headings
    no closer. An empty heading scores 0 with every other. ``frequencies``, in place of
    ``text_bigrams``: :func:`bigram_frequencies` of parts of those texts (a national document's,
    kept for every local one aligned with it, and the local document's)."""
    parts = [bigram_frequencies(text_bigrams)] if frequencies is None else frequencies
    n = sum(count for _, count in parts)
    # (each distinct bigram of the headings once; the order of ``idf`` does not count, it is looked up)
    idf = {g: math.log((n + 1) / (sum(df.get(g, 0) for df, _ in parts) + 1)) + 1.0 for g in set().union(*lb, *nb)}
    # Only the bigrams of both sides' headings add to a cosine: the matrices hold those columns.
    on_both = {g for bag in lb for g in bag} & {g for bag in nb for g in bag}
    column = {g: k for k, g in enumerate(sorted(on_both))}
    # (the local rows made dense a block at a time: :mod:`.blocks`)
    return blocked_product(len(lb), len(column), lambda a, b: _unit_rows(lb[a:b], column, idf),
                           _unit_rows(nb, column, idf))


def bigram_frequencies(bags: Iterable[Counter]) -> tuple[Counter, int]:
    """In how many of ``bags`` each bigram is, and how many bags there are."""
    df: Counter = Counter()
    n = 0
    for bag in bags:
        df.update(bag.keys())
        n += 1
    return df, n


def _unit_rows(bags: list[Counter], column: dict[str, int], idf: dict[str, float]) -> "np.ndarray":
    """The bags (their distinct keys) as rows of IDF weights, divided by each bag's norm over all
    its keys, restricted to the keys of ``column`` (an empty bag stays a row of zeros)."""
    out = np.zeros((len(bags), len(column)))
    for row, bag in zip(out, bags):
        if not bag:
            continue
        norm = math.sqrt(sum(idf[g] * idf[g] for g in bag))
        for g in bag:
            k = column.get(g)
            if k is not None:
                row[k] = idf[g] / norm
    return out


def anchors(text: str) -> set[str]:
    """The anchors (:data:`ANCHOR`) a text names, in comparable form without spaces."""
    found = set()
    for m in ANCHOR.finditer(fold(text)):
        anchor = re.sub(r"\s", "", m.group(0)).replace("：", ":").replace("％", "%")
        if m.group("docno"):  # 国办发[2009]3号 is 国办发〔2009〕3号
            anchor = re.sub(r"[\[(（〔](\d{4})[\])）〕]", r"〔\1〕", anchor)
        elif m.group("title"):  # 《中华人民共和国招标投标法》 is 《招标投标法》
            anchor = "《" + short_title(m.group("title")) + "》"
        found.add(anchor)
    return found


#: The country's name before a law's title, which citations as often leave out.
COUNTRY_PREFIX = "中华人民共和国"
#: Shortest title looked for unquoted in the other text (shorter ones are ordinary words: 《规定》).
MIN_BARE_TITLE = 4


def short_title(title: str) -> str:
    """A cited title without spaces and without the country's name before it."""
    title = re.sub(r"\s", "", title)
    return title[len(COUNTRY_PREFIX):] if title.startswith(COUNTRY_PREFIX) and len(title) > len(COUNTRY_PREFIX) else title


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    """:func:`extractors.fold.fold`, kept: a national document's measures are read for every local
    document aligned with it."""
    return fold(text)


def with_bare_titles(local: list[set[str]], local_texts: list[str], national: list[set[str]],
                     national_texts: list[str]) -> tuple[list[set[str]], list[set[str]]]:
    """The anchors of both documents' measures, each text also given the titles the other document
    cites in 《》 that it names without them: a regulation cites 《中华人民共和国招标投标法》 where the
    law it implements says 适用招标投标法."""
    def titles(sets: list[set[str]]) -> set[str]:
        return {a for found in sets for a in found if a.startswith("《") and len(a) - 2 >= MIN_BARE_TITLE}

    def add(sets: list[set[str]], texts: list[str], cited: set[str]) -> list[set[str]]:
        if not cited:
            return sets
        out = []
        for found, text in zip(sets, texts):
            folded = _folded(text)
            named = {t for t in cited if t not in found and t[1:-1] in folded}
            out.append(found | named if named else found)
        return out

    return add(local, local_texts, titles(national)), add(national, national_texts, titles(local))


#: The anchor score of one shared anchor named by no other measure of the two documents.
ANCHOR_UNIT = 0.25


def anchor_scores(la: list[set[str]], na: list[set[str]]) -> list[list[float]]:
    """:func:`anchor_matrix` as lists."""
    return anchor_matrix(la, na).tolist()


def anchor_matrix(la: list[set[str]], na: list[set[str]]) -> "np.ndarray":
    """For every (local, national) pair of texts, given the :func:`anchors` of each: ``1 - (1 -
    ANCHOR_UNIT) ** shared``, where ``shared`` sums the anchors both name, each weighted ``2 /
    (number of measures naming it)`` (at most 1): an anchor all measures repeat says nothing of
    which one is implemented. A float array (lists of rows were as large, and each use made an
    array of them again)."""
    df: Counter = Counter()
    for found in la + na:
        df.update(found)
    # Only the pairs that share an anchor are scored (found through the national measures naming
    # each anchor), each as every pair was: most measures name no anchor, and the full grid of a
    # law's hundreds of articles against a regulation's was 4% of aligning the laws (0.5 of 12 CPU-s
    # on 40 of their pairs; 0.1 now).
    naming: dict[str, list[int]] = {}
    for j, b in enumerate(na):
        for x in b:
            naming.setdefault(x, []).append(j)
    out = np.zeros((len(la), len(na)))
    for i, a in enumerate(la):
        for j in {j for x in a for j in naming.get(x, ())}:
            shared = sum(min(1.0, 2.0 / df[x]) for x in a & na[j])
            out[i, j] = 1.0 - (1.0 - ANCHOR_UNIT) ** shared
    return out
