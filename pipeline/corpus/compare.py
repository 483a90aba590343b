"""Compare a local notice with the higher-level notice it implements, measure by measure.

Two kinds of evidence decide which national measure a local measure implements:

* **lexical** — cosine similarity of TF-IDF vectors over jieba tokens. The IDF is computed over
  the measures of the two documents being compared, so words that every measure of this pair
  uses (脱贫攻坚, 疫情防控 in an anti-poverty notice) count for little. Stopwords and the generic
  vocabulary of Chinese policy writing (加强, 落实, 切实, 工作 …, :data:`GENERIC_POLICY_WORDS`) are
  down-weighted further.
* **reuse** — passages the local text copies nearly verbatim from the national one, found by
  banded Smith–Waterman alignment over characters (:mod:`pipeline.corpus.text_reuse`). Local offices very
  often copy whole sentences of the notice they implement; a shared passage of 30 characters is
  strong evidence on its own, while the stock phrases every notice repeats
  (贯彻落实习近平总书记重要指示精神) are discounted when they recur all over the national text.

The two are combined as ``score = 1 - (1 - lexical) * (1 - reuse)``. A local measure whose best
score stays below :data:`THRESHOLD` is matched to nothing: the comparison abstains rather than
guess. The threshold was calibrated on hand alignments of two local notices (泾扶组〔2020〕2号 and
闽扶办〔2020〕4号 against 国开发〔2020〕3号, ``tests/data/hand_alignment.json``) and checked
against unrelated text, where every measure must abstain; :func:`calibrate_threshold` recomputes
it from any such hand alignment.

Granularity. A local measure is compared as its heading plus its own text; a heading-only section
(a 一、 whose body is all in its children) as its heading plus its children's headings. A local
top-level section that covers several items of one national section (a 四、强化帮扶措施 that deals
with jobs, farming and projects, the three （一）（二）（三） of the national 二、) is matched to that
national section, with the items it covers listed under ``also``. A local section with children
takes the national measure its heading and its children's matches agree on.

Offsets in ``shared`` are document offsets: a measure's own text is located by its
``text_start`` when the measure dict has one (``compare_documents`` finds it in
``documents.text``), else it is taken to start right after the label (``start + len(label)``),
and a passage's offset is that plus its offset inside the text.
"""

from __future__ import annotations

import json
import logging
import math
import os
import pickle
import re
import shutil
import sqlite3
import tempfile
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, NamedTuple, Optional

from extractors.docnumbers import normalise_doc_number
from extractors.jieba_cut import block_re, jieba_cut_block
from extractors.units import jieba_tokenizer
import pipeline.corpus.shingles as shingles
from pipeline.corpus.text_reuse import passages_between, passages_between_many
from pipeline.document.fingerprint import normalised_text

# ----------------------------------------------------------------------------------------------
# Named data

#: Function words and punctuation-like tokens: no weight at all.
STOPWORDS = frozenset("""
的 了 和 与 及 以及 或 或者 等 等等 对 对于 在 于 为 以 把 将 被 由 从 向 按 按照 根据 依据 通过 其 其他
之 这 该 此 各 各个 每 也 都 又 并 并且 而 且 同时 要 应 应当 须 必须 可 可以 能 能够 不 没有 是 有 中 上
下 内 外 时 后 前 间 期间 当前 目前 今年 一 一个 二 三 个 些 进行 实行 实施 做到 做好 抓好 作为 关于
有关 相关 方面 工作 事项 通知 如下 现就 特此 我 我们 你们 他们 其中 已 已经 还 再 更 更加 好 大 多
""".split())

#: The stock vocabulary of policy writing: present in almost every measure of every notice, so it
#: says little about which measure implements which. Weighted :data:`GENERIC_WEIGHT`.
GENERIC_POLICY_WORDS = frozenset("""
加强 强化 加大 加快 推进 推动 推行 深入 深化 全面 切实 扎实 认真 积极 主动 坚决 坚持 确保 保障 落实 贯彻
贯彻落实 做实 抓实 抓细 抓落地 完善 健全 建立 建立健全 提高 提升 增强 进一步 持续 及时 有效 有序 统筹
统筹兼顾 组织 领导 组织领导 部署 决策部署 安排 工作 任务 措施 政策 政策措施 机制 制度 责任 要求 重点 重点工作
重要 重大 各地 各级 各部门 各单位 部门 单位 地区 地方 相关 有关 发挥 作用 力度 水平 能力 质量 目标 实际
结合 实际困难 精神 指示 重要指示 习近平 总书记 党中央 国务院 省委 省政府 市委 市政府 县委 县政府 中央 省 市 县
开展 实现 促进 支持 鼓励 引导 加以 予以 给予 帮助 解决 服务 管理 建设 发展 体系 形式 方式 渠道 环节 全力
全力以赴 努力 大力 广泛 充分 充分利用 利用 严格 规范 各项 有关部门 相关部门 负责 牵头 配合 责任单位 乡镇 各乡镇
问题 情况 困难 突出问题 实际 全国 全省 全市 全县 本地 当地
""".split())

GENERIC_WEIGHT = 0.3
SINGLE_CHAR_WEIGHT = 0.5

#: Below this combined score a local measure is matched to nothing. Calibrated with
#: :func:`calibrate_threshold` on the hand alignment (tests/data/hand_alignment.json) plus an
#: unrelated notice: agreement is best (29 of 30) from 0.18 to 0.22, with the tests' simple
#: splitter and with the pipeline's structure parser alike; this is the middle. Same-topic but
#: unrelated measures score about 0.10–0.18, unrelated topics below 0.06.
THRESHOLD = 0.2
#: A national measure other than the best one is listed under ``also`` from this score on.
ALSO_THRESHOLD = 0.3
#: Least number of identical characters for a copied passage.
MIN_REUSE_LEN = 12
#: Reuse score: matched characters over ``max(shorter text, REUSE_FLOOR)`` — so that a 15-char
#: stock phrase inside a 20-char heading does not count as wholesale copying.
REUSE_FLOOR = 60
#: A method counts as evidence ("lexical", "reuse", "both") from these levels.
LEXICAL_EVIDENCE = 0.15
REUSE_EVIDENCE = 0.08

RELATIONS = ("forwards", "basis", "implements", "issues", "cites")
LEVEL_RANK = {"national": 5, "provincial": 4, "municipal": 3, "county": 2, "township": 1}

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------------------------------
# Tokens and vectors

_PUNCT_OR_DIGIT = re.compile(r"^[\W\d_a-zA-Z]+$")


def tokens(text: str, blocks: dict) -> list[str]:
    """jieba tokens of ``text`` that can carry meaning (no punctuation, digits or stopwords).

    The tokens of ``jieba.lcut`` with jieba's own dictionary (``extractors.units.jieba_tokenizer``:
    loaded once per process, whatever else was added to jieba's default tokenizer; the build's
    workers have it already), segmented by ``extractors.jieba_cut.jieba_cut_block``, which gives the same
    tokens in three quarters of the time.
    jieba segments each block of Han characters, letters and digits on its own (the characters
    between blocks one by one), so the tokens of a text are those of its blocks in turn:
    ``blocks`` (a dict kept by the caller for one document) keeps each block's tokens, so that the
    blocks a document repeats (its sections' headings, in their own text and in their parent's)
    are segmented once."""
    tokenizer = jieba_tokenizer()
    out: list[str] = []
    for block in block_re().split(text):
        if not block:
            continue
        found = blocks.get(block)
        if found is None:
            found = blocks[block] = _meaningful(jieba_cut_block(tokenizer, block))
        out.extend(found)
    return out


_KEPT: dict[str, Optional[str]] = {}  # jieba token -> the token kept for it, None for none


def _meaningful(toks: list[str]) -> list[str]:
    """The tokens (stripped) that are no punctuation, digits or stopwords."""
    out = []
    for tok in toks:
        try:
            kept = _KEPT[tok]
        except KeyError:
            kept = tok.strip()
            if not kept or kept in STOPWORDS or _PUNCT_OR_DIGIT.match(kept):
                kept = None
            _KEPT[tok] = kept
        if kept is not None:
            out.append(kept)
    return out


def _token_weight(tok: str) -> float:
    found = _WEIGHTS.get(tok)
    if found is None:
        found = _WEIGHTS[tok] = (GENERIC_WEIGHT if tok in GENERIC_POLICY_WORDS else
                                 SINGLE_CHAR_WEIGHT if len(tok) == 1 else 1.0)
    return found


_WEIGHTS: dict[str, float] = {}  # token -> _token_weight


class _Bags:
    """The token counts of several texts (a measure's, a section's with its items'), one bag each,
    as flat arrays: bag after bag, the id of each distinct token (in the ``Counter``'s order) in
    ``ids`` and its count in ``counts``; ``sizes`` holds the number of entries of each bag and
    ``owner`` the bag of each entry."""

    __slots__ = ("ids", "counts", "sizes", "owner")

    def __init__(self, counters: list[Counter], id_of):
        import numpy as np

        ids: list[int] = []
        counts: list[int] = []
        for counter in counters:
            ids.extend(map(id_of, counter))
            counts.extend(counter.values())
        self.ids = np.array(ids, dtype=np.intp)
        self.counts = np.array(counts, dtype=np.intp)
        self.sizes = [len(counter) for counter in counters]
        self.owner = np.repeat(np.arange(len(counters)), self.sizes)


def _unit_vectors(bags: _Bags, tf, idf, weights):
    """The entries of each bag's unit TF-IDF vector: ``(1 + log count) * idf * weight`` over the
    vector's norm. ``tf[count]`` is ``1 + log count``; ``idf`` and ``weights`` are per token id.
    Each norm is summed entry by entry in the bag's order (Python's ``sum``, not numpy's pairwise
    sum), so that the scores do not depend on how numpy groups the additions."""
    import numpy as np

    raw = tf[bags.counts] * idf[bags.ids] * weights[bags.ids]
    squares = (raw * raw).tolist()
    norms = []
    at = 0
    for size in bags.sizes:
        norms.append(math.sqrt(sum(squares[at:at + size])))
        at += size
    return raw / np.repeat(norms, bags.sizes)


def _matrix(bags: _Bags, values, width: int):
    """The vectors (entries ``values`` of ``bags``) as the rows of a dense matrix over the token
    ids below ``width``: a token with a larger id is in no column and left out."""
    import numpy as np

    out = np.zeros((len(bags.sizes), width))
    kept = bags.ids < width
    out[bags.owner[kept], bags.ids[kept]] = values[kept]
    return out


def _log_tf(top: int):
    """``1 + log n`` for each count ``n`` up to ``top``, by ``n`` (index 0 unused)."""
    import numpy as np

    return np.array([0.0] + [1.0 + math.log(n) for n in range(1, top + 1)])


# ----------------------------------------------------------------------------------------------
# Measures


class _M:
    """A measure with what matching needs."""

    __slots__ = ("d", "id", "path", "level", "label", "heading", "text", "parent", "children",
                 "pieces", "own", "length", "repr", "n", "_heading_only")

    def __init__(self, d: dict, n: int):
        self.d = d
        self.n = n
        self.id = d.get("id")
        self.path = str(d.get("path") or "")
        self.level = int(d.get("level") or (self.path.count(".") + 1 if self.path else 1))
        self.label = d.get("label") or ""
        self.heading = (d.get("heading") or "").strip()
        self.text = d.get("text") or ""
        self.parent: Optional[_M] = None
        self.children: list[_M] = []
        self._heading_only: Optional[bool] = None
        # Pieces (text, document offset) of the measure's own words, for reuse.
        start = d.get("start")
        start = int(start) if start is not None else 0
        text_start = d.get("text_start")
        if text_start is None:
            text_start = start + len(self.label)
        pieces = []
        body = self.text
        if self.heading and self.heading not in body[: len(self.heading) + 8]:
            heading_start = d.get("heading_start")
            if heading_start is None:
                heading_start = start + len(self.label)
            pieces.append((self.heading, int(heading_start)))
        if body.strip():
            pieces.append((body, int(text_start)))
        self.pieces = pieces
        self.own = "。".join(p[0] for p in pieces)
        self.length = max(1, len(re.sub(r"\s", "", self.own)))

    def ancestors(self):
        m = self.parent
        while m is not None:
            yield m
            m = m.parent

    def descendants(self):
        for c in self.children:
            yield c
            yield from c.descendants()

    def heading_only(self) -> bool:
        """A section whose words are all in its items: a heading and at most a short line."""
        if self._heading_only is None:
            body = self.text.strip()
            if self.heading and body.startswith(self.heading):
                body = body[len(self.heading):]
            self._heading_only = bool(self.children) and len(re.sub(r"\W", "", body)) < 20
        return self._heading_only


def _build(measures: list[dict]) -> list[_M]:
    ms = [_M(d, n) for n, d in enumerate(measures)]
    by_id = {m.id: m for m in ms if m.id is not None}
    by_path = {m.path: m for m in ms if m.path}
    for m in ms:
        parent = None
        pid = m.d.get("parent_id")
        if pid is not None and pid in by_id:
            parent = by_id[pid]
        elif "parent_id" not in m.d and "." in m.path:
            parent = by_path.get(m.path.rsplit(".", 1)[0])
        if parent is not None and parent is not m and m not in parent.ancestors():
            m.parent = parent
            parent.children.append(m)
    return ms


def _describe(m: Optional[_M]) -> Optional[str]:
    """The measure's heading, else the start of its text."""
    if m is None:
        return None
    return m.heading or re.sub(r"\s+", " ", m.own.strip())[:60]


# ----------------------------------------------------------------------------------------------
# Alignment


class _Lexicon:
    """A national document's tokens, as far as weighing them does not depend on the local
    document: an id for each (in order of first occurrence), in how many measures each is
    (``df``), its weight, and the bags of the measures (``measures``) and of the measures with all
    their items (``sections``; a measure without items is its own section)."""

    __slots__ = ("index", "df", "weights", "measures", "sections", "top")

    def __init__(self, measure_counts: list[Counter], section_counts: list[Counter]):
        import numpy as np

        self.index = {tok: k for k, tok in enumerate(dict.fromkeys(
            tok for counter in measure_counts for tok in counter))}
        self.measures = _Bags(measure_counts, self.index.__getitem__)
        self.sections = _Bags(section_counts, self.index.__getitem__)
        self.df = np.bincount(self.measures.ids, minlength=len(self.index))
        self.weights = np.array([_token_weight(tok) for tok in self.index])
        self.top = int(max(self.measures.counts.max(initial=0), self.sections.counts.max(initial=0)))


class _Cache:
    """What aligning many local documents with one national one computes once for the national
    document: its measures' tokens (each block of text segmented once), their counts, the
    document frequencies of their tokens and 4-grams, its text prepared for reuse.
    ``align_corpus`` keeps one per national document; each local document gets a fresh one for its
    own texts, so that nothing is carried from one local document to the next."""

    __slots__ = ("tokens", "blocks", "counts", "grams", "lexicons", "gram_frequencies", "passages")

    def __init__(self):
        self.tokens: dict[str, list[str]] = {}
        self.blocks: dict[str, list[str]] = {}  # for tokens()
        self.counts: dict[tuple, Counter] = {}
        self.grams: dict[str, frozenset] = {}
        self.lexicons: dict[tuple, _Lexicon] = {}
        self.gram_frequencies: dict[tuple, Counter] = {}
        self.passages: dict = {}  # for text_reuse.passages_between

    def tokens_of(self, text: str) -> list[str]:
        found = self.tokens.get(text)
        if found is None:
            found = self.tokens[text] = tokens(text, self.blocks)
        return found

    def counts_of(self, texts: tuple[str, ...]) -> Counter:
        """``Counter`` of the tokens of ``texts`` in turn (a measure's, or a section's and its
        items')."""
        found = self.counts.get(texts)
        if found is None:
            found = Counter()
            for text in texts:
                found.update(self.tokens_of(text))
            self.counts[texts] = found
        return found

    def grams_of(self, text: str) -> frozenset:
        """The distinct character 4-grams of ``text`` normalised for reuse."""
        found = self.grams.get(text)
        if found is None:
            norm = normalised_text(text)
            found = self.grams[text] = frozenset(norm[k:k + 4] for k in range(len(norm) - 3))
        return found

    def lexicon_of(self, measures: list[_M]) -> _Lexicon:
        """The :class:`_Lexicon` of ``measures`` (tokens of ``repr``)."""
        key = tuple((m.repr, tuple(c.n for c in m.descendants())) for m in measures)
        found = self.lexicons.get(key)
        if found is None:
            measure_counts = [self.counts_of((m.repr,)) for m in measures]
            section_counts = [
                self.counts_of((m.repr,) + tuple(c.repr for c in m.descendants())) if m.children
                else counts for m, counts in zip(measures, measure_counts)]
            found = self.lexicons[key] = _Lexicon(measure_counts, section_counts)
        return found

    def gram_frequencies_of(self, measures: list[_M]) -> Counter:
        """In how many of ``measures`` each 4-gram (of ``own``) is."""
        key = tuple(m.own for m in measures)
        found = self.gram_frequencies.get(key)
        if found is None:
            found = Counter()
            for m in measures:
                found.update(self.grams_of(m.own))
            self.gram_frequencies[key] = found
        return found


def _lexical_scores(local: list[_M], lexicon: _Lexicon, own: _Cache, n_docs: int):
    """The cosines of the local measures' TF-IDF vectors with the national measures' and with the
    national sections' (``lexicon``), the IDF over the ``n_docs`` measures of both documents."""
    import numpy as np

    width = len(lexicon.index)
    counters = [own.counts_of((m.repr,)) for m in local]
    ids = dict(lexicon.index)  # and after them the tokens the national document does not have
    for tok in chain.from_iterable(counters):
        ids.setdefault(tok, len(ids))
    bags = _Bags(counters, ids.__getitem__)
    df = np.bincount(bags.ids, minlength=len(ids))
    df[:width] += lexicon.df
    idf = np.array([math.log((n_docs + 1) / (c + 1)) + 1.0 for c in range(n_docs + 1)])[df]
    weights = np.concatenate([lexicon.weights,
                              [_token_weight(tok) for tok in islice(ids, width, None)]])
    tf = _log_tf(max(lexicon.top, int(bags.counts.max(initial=0))))
    rows = _matrix(bags, _unit_vectors(bags, tf, idf, weights), width)
    return [(rows @ _matrix(columns, _unit_vectors(columns, tf, idf, weights), width).T).tolist()
            for columns in (lexicon.measures, lexicon.sections)]


def _pieces(measures: list[_M]) -> list[tuple[tuple[str, int], int]]:
    """The pieces (text, document offset) of the measures' own words, each with its measure's
    number: what reuse is found between."""
    return [(p, m.n) for m in measures for p in m.pieces]


def _score_matrices(local: list[_M], national: list[_M], min_len: int, cache: Optional[_Cache] = None,
                    passages: Optional[list[dict]] = None):
    """Lexical and reuse scores for every (local, national) pair, plus the shared passages.
    ``passages``: ``passages_between`` of the two documents' pieces when the caller has it."""
    cache = cache or _Cache()
    own = _Cache()  # the local document's texts: nothing of them is kept for the next document
    for m in local:
        m.repr = m.own
        if m.heading_only():
            m.repr = m.own + "。" + "。".join(c.heading or c.own[:30] for c in m.children)
    for m in national:
        m.repr = m.own
    lex, lex_sub = _lexical_scores(local, cache.lexicon_of(national), own,
                                   len(local) + len(national))

    # Reuse: passages between the pieces of all measures (each piece a wall to the others).
    lp, np_ = _pieces(local), _pieces(national)
    if passages is None:
        passages = passages_between([p for p, _ in lp], [p for p, _ in np_], min_len=min_len,
                                    cache=cache.passages)
    # Character 4-grams found in many measures of the two documents (疫情防控和脱贫攻坚) make a
    # passage less telling: each passage is weighted by the mean rarity of its 4-grams.
    national_gram_df = cache.gram_frequencies_of(national)
    local_gram_df: Counter = Counter()
    for m in local:
        local_gram_df.update(own.grams_of(m.own))
    for p in passages:
        norm = normalised_text(p["text"])
        rarity = [min(1.0, 2.0 / max(1, national_gram_df[g] + local_gram_df[g]))
                  for g in (norm[k:k + 4] for k in range(len(norm) - 3))]
        p["weight"] = p["matches"] * (sum(rarity) / len(rarity) if rarity else 1.0)
    shared: dict[tuple[int, int], list[dict]] = defaultdict(list)
    copies: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p in passages:
        li, ni = lp[p["a_piece"]][1], np_[p["b_piece"]][1]
        shared[(li, ni)].append(p)
        copies[li].append((p["a_start"], p["a_end"]))
    reuse = [[0.0] * len(national) for _ in local]
    for (li, ni), ps in shared.items():
        matched = 0.0
        seen: list[tuple[int, int]] = []
        for p in sorted(ps, key=lambda p: -p["matches"]):
            a, b = p["a_start"], p["a_end"]
            if any(s <= a and b <= e for s, e in seen):
                continue
            seen.append((a, b))
            # A local stretch copied from several national places counts once among them.
            times = sum(1 for s, e in copies[li] if min(e, b) - max(s, a) >= 0.8 * (b - a))
            matched += p["weight"] / max(1, times)
        shorter = min(local[li].length, national[ni].length)
        reuse[li][ni] = min(1.0, matched / max(shorter, REUSE_FLOOR))
    return lex, lex_sub, reuse, shared


def _combine(lexical: float, reuse: float) -> float:
    return 1.0 - (1.0 - lexical) * (1.0 - reuse)


def _method(lexical: float, reuse: float) -> str:
    if reuse >= REUSE_EVIDENCE and lexical >= LEXICAL_EVIDENCE:
        return "both"
    if reuse >= REUSE_EVIDENCE:
        return "reuse"
    return "lexical"


def align_measures(local: list[dict], national: list[dict], *, threshold: Optional[float] = None,
                   min_len: int = MIN_REUSE_LEN, cache: Optional[_Cache] = None,
                   passages: Optional[list[dict]] = None) -> list[dict]:
    """Match each local measure to the national measure it implements, or to none.

    ``local`` and ``national`` are lists of measure dicts with keys ``id``, ``path``, ``level``,
    ``label``, ``heading``, ``text`` (own text; it may or may not begin with the heading),
    ``start``, and optionally ``parent_id`` (else the tree is read from ``path``) and
    ``text_start`` / ``heading_start`` (document offsets of ``text`` / ``heading``; without them
    the text is taken to start right after the label, ``start + len(label)``).

    Returns one dict per local measure, in the local document's order:

    * ``local_measure_id``, ``local_path``;
    * ``national_measure_id``, ``national_path`` — the national measure implemented, None when
      nothing fits;
    * ``score`` (0–1; when abstaining, the best candidate's score), ``method`` ("reuse",
      "lexical" or "both"; None when abstaining), ``lexical`` and ``reuse`` (the two parts);
    * ``shared`` — copied passages, in local document order: ``local_start``,
      ``local_end``, ``national_start``, ``national_end`` (document offsets) and ``text``;
    * ``also`` — further national measures the local one covers (the items of a matched
      section, a second national item dealt with in the same local item);
    * ``candidates`` — the three best-scoring national measures, best first;
    * ``local_label``, ``local_heading``, ``national_label``, ``national_heading`` for display.

    ``cache`` (a ``_Cache``) keeps what is computed of the national measures for the next call:
    aligning many local documents with one national one segments the national one once.
    ``passages``: the copied passages between the two documents' pieces, when the caller found
    them already (``align_corpus`` finds those of many pairs at once, :func:`_passages_of`).
    """
    return _align(_build(local), _build(national), threshold, min_len, cache, passages)


def _align(L: list[_M], N: list[_M], threshold: Optional[float], min_len: int,
           cache: Optional[_Cache], passages: Optional[list[dict]]) -> list[dict]:
    """:func:`align_measures` for the measures built already."""
    threshold = THRESHOLD if threshold is None else threshold
    if not L:
        return []
    if not N:
        return [_row(m, None, 0.0, None, [], [], [], 0.0, 0.0) for m in L]
    lex, lex_sub, reuse, shared = _score_matrices(L, N, min_len, cache, passages)
    nl, nn = len(L), len(N)
    score = [[_combine(lex[i][j], reuse[i][j]) for j in range(nn)] for i in range(nl)]
    # A national section scored with its own words and all its items' words together.
    sub_reuse = [[min(1.0, reuse[i][n.n] + sum(reuse[i][c.n] for c in n.descendants()))
                  for n in N] for i in range(nl)]
    sub_score = [[_combine(lex_sub[i][j], sub_reuse[i][j]) if N[j].children else score[i][j]
                  for j in range(nn)] for i in range(nl)]

    choice: dict[int, tuple[int, float]] = {}
    also: dict[int, list[int]] = {}
    section_match: dict[int, bool] = {}  # matched as a whole national section
    # Measures with words of their own first; heading-only sections after their children.
    for m in sorted(L, key=lambda m: (m.heading_only(), -m.level)):
        i = m.n
        row = score[i]
        if m.heading_only():
            j, s, others = _choose_for_section(m, N, row, sub_score[i], choice, threshold)
            choice[i], also[i], section_match[i] = (j, s), others, True
            continue
        j = max(range(nn), key=lambda k: (row[k], -N[k].level))
        s = row[j]
        # A local measure at a national section's level (or above) that covers several of the
        # section's items implements the section.
        parent = None
        for p in N:
            if not p.children or p.level < m.level:
                continue
            if sum(1 for c in p.children if score[i][c.n] >= threshold) >= 2 \
                    and sub_score[i][p.n] >= 0.9 * s \
                    and (parent is None or sub_score[i][p.n] > sub_score[i][parent.n]):
                parent = p
        if parent is not None:
            items = [c.n for c in parent.children if score[i][c.n] >= threshold]
            choice[i] = (parent.n, max(s, sub_score[i][parent.n]))
            also[i] = sorted(items, key=lambda k: -score[i][k])
            section_match[i] = True
        else:
            choice[i] = (j, s)
            also[i] = [k for k in sorted(range(nn), key=lambda k: -row[k])
                       if k != j and row[k] >= ALSO_THRESHOLD
                       and N[k] not in N[j].ancestors() and N[j] not in N[k].ancestors()][:3]
            section_match[i] = False

    rows = []
    for m in L:
        i = m.n
        j, s = choice[i]
        candidates = [{"national_measure_id": N[k].id, "national_path": N[k].path,
                       "score": round(score[i][k], 3)}
                      for k in sorted(range(nn), key=lambda k: -score[i][k])[:3]]
        if s < threshold:
            rows.append(_row(m, None, s, None, [], [], candidates, lex[i][j], reuse[i][j]))
            continue
        n = N[j]
        if m.heading_only():
            # Its words are its heading and its children's: the children carry the evidence.
            rows.append(_row(m, n, s, _method(lex_sub[i][j], 0.0), [], [N[k] for k in also[i]],
                             candidates, lex_sub[i][j], 0.0))
            continue
        passages = list(shared.get((i, j), []))
        lx, ru = lex[i][j], reuse[i][j]
        if section_match[i]:
            for c in n.descendants():
                passages.extend(shared.get((i, c.n), []))
            lx, ru = max(lx, lex_sub[i][j]), sub_reuse[i][j]
        for k in also[i]:
            if not section_match[i]:
                passages.extend(shared.get((i, k), []))
        rows.append(_row(m, n, s, _method(lx, ru), passages, [N[k] for k in also[i]],
                         candidates, lx, ru))
    return rows


def _choose_for_section(m: _M, N: list[_M], row: list[float], sub_row: list[float],
                        choice: dict[int, tuple[int, float]], threshold: float):
    """National measure for a heading-only local section: its heading (and its children's
    headings) against whole national sections, and its children's matches as votes for the
    national section each sits in."""
    votes: Counter = Counter()
    for c in m.children:
        j, s = choice.get(c.n, (None, 0.0))
        if j is None or s < threshold:
            continue
        top = N[j]
        while top.parent is not None and top.level > m.level:
            top = top.parent
        votes[top.n] += 1.0 + 0.1 * s  # by count; the scores only break ties
    total = sum(votes.values())
    if total:
        cand = {k: 0.5 * max(sub_row[k], row[k]) + 0.5 * votes.get(k, 0.0) / total
                for k in range(len(N))}
    else:
        cand = {k: max(sub_row[k], row[k]) for k in range(len(N))}
    j = max(cand, key=lambda k: (cand[k], -N[k].level))
    others = sorted((k for k in votes if k != j), key=lambda k: -votes[k])
    return j, cand[j], others


def _row(m: _M, n: Optional[_M], score: float, method: Optional[str], passages: list[dict],
         also: list[_M], candidates: list[dict], lexical: float, reuse: float) -> dict:
    seen = set()
    shared = []
    for p in sorted(passages, key=lambda p: (p["a_start"], p["b_start"])):
        key = (p["a_start"], p["a_end"], p["b_start"], p["b_end"])
        if key in seen:
            continue
        seen.add(key)
        shared.append({"local_start": p["a_start"], "local_end": p["a_end"],
                       "national_start": p["b_start"], "national_end": p["b_end"],
                       "text": p["text"]})
    return {
        "local_measure_id": m.id,
        "local_path": m.path,
        "national_measure_id": n.id if n is not None else None,
        "national_path": n.path if n is not None else None,
        "score": round(score, 3),
        "method": method,
        "shared": shared,
        "also": [{"national_measure_id": a.id, "national_path": a.path} for a in also],
        "candidates": candidates,
        "lexical": round(lexical, 3),
        "reuse": round(reuse, 3),
        "local_label": m.label,
        "local_heading": _describe(m),
        "national_label": n.label if n is not None else None,
        "national_heading": _describe(n),
    }


def calibrate_threshold(examples: Iterable[tuple[list[dict], list[dict], dict]],
                        grid: Optional[Iterable[float]] = None) -> tuple[float, float]:
    """The abstention threshold that agrees best with hand alignments.

    ``examples`` are ``(local measures, national measures, gold)`` where ``gold`` maps a local
    measure id to the set of national measure ids a careful reader accepts (None in the set
    when matching nothing is acceptable). Every threshold of ``grid`` (default 0.05 … 0.40) is
    tried; returns ``(threshold, agreement)`` with the threshold in the middle of the widest
    stretch of the grid that reaches the best agreement.
    """
    examples = list(examples)
    grid = sorted(grid) if grid is not None else [round(0.05 + 0.005 * k, 3) for k in range(71)]
    results = []
    for t in grid:
        agree = total = 0
        for local, national, gold in examples:
            for row in align_measures(local, national, threshold=t):
                if row["local_measure_id"] not in gold:
                    continue
                total += 1
                agree += row["national_measure_id"] in gold[row["local_measure_id"]]
        results.append((t, agree / total if total else 0.0))
    best = max(a for _, a in results)
    runs, current = [], []
    for t, a in results:
        if a == best:
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    widest = max(runs, key=len)
    return round((widest[0] + widest[-1]) / 2, 3), best


# ----------------------------------------------------------------------------------------------
# The database


def _connection(db) -> sqlite3.Connection:
    if isinstance(db, sqlite3.Connection):
        return db
    conn = getattr(db, "conn", None)  # sqlite_utils.Database
    if isinstance(conn, sqlite3.Connection):
        return conn
    return sqlite3.connect(str(db))


_BRACKETED_YEAR = re.compile(r"[\[［【（(〔{｛]\s*(\d{4})\s*[\]］】）)〕}｝]")


def normalise_ref(ref: str) -> str:
    """A 文号 with its year brackets as 〔〕 and no spaces: 国开发[2020]3号 → 国开发〔2020〕3号."""
    ref = re.sub(r"[\s\u200b\ufeff]", "", str(ref))
    ref = ref.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return _BRACKETED_YEAR.sub(r"〔\1〕", ref)


def find_document(db, ref: str) -> str:
    """The id of the document ``ref`` names: a document id or a 文号 (any brackets). When several
    documents carry the number, the one with the most measures. Raises LookupError."""
    conn = _connection(db)
    row = conn.execute("SELECT id FROM documents WHERE id = ?", [ref]).fetchone()
    if row:
        return row[0]
    number = normalise_ref(ref)
    candidates = {number}
    try:
        parsed = normalise_doc_number(ref)
        if parsed:
            candidates.add(parsed)
    except Exception:  # the parser is optional here
        pass
    marks = ",".join("?" * len(candidates))
    row = conn.execute(
        f"SELECT d.id FROM documents d WHERE d.doc_number IN ({marks}) ORDER BY "
        "(SELECT COUNT(*) FROM measures m WHERE m.document_id = d.id) DESC, d.id LIMIT 1",
        list(candidates)).fetchone()
    if row:
        return row[0]
    raise LookupError(f"no document with id or 文号 {ref!r} in the database")


def _locate(doc_text: str, piece: Optional[str], start: int, end: Optional[int]) -> Optional[int]:
    if not piece or not doc_text:
        return None
    end = len(doc_text) if end is None else end
    at = doc_text.find(piece, max(0, start), end + len(piece))
    return at if at >= 0 else None


def load_measures(db, document_id: str) -> list[dict]:
    """The measures of a document as dicts for :func:`align_measures`, with ``text_start`` and
    ``heading_start`` found in ``documents.text``."""
    conn = _connection(db)
    found = conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
    doc_text = (found[0] if found else "") or ""
    cur = conn.execute(
        "SELECT id, parent_id, level, ordinal, label, path, heading, text, start, \"end\" "
        "FROM measures WHERE document_id = ? ORDER BY start, level", [document_id])
    names = [c[0] for c in cur.description]
    measures = []
    for values in cur.fetchall():
        m = dict(zip(names, values))
        start = m["start"] or 0
        m["text_start"] = _locate(doc_text, m["text"], start, m["end"])
        m["heading_start"] = _locate(doc_text, m["heading"], start, m["end"])
        if m["text_start"] is None:
            m.pop("text_start")
        if m["heading_start"] is None:
            m.pop("heading_start")
        measures.append(m)
    return measures


def compare_documents(db_path, local_ref: str, national_ref: str, *,
                      threshold: Optional[float] = None) -> list[dict]:
    """:func:`align_measures` for two documents of the database, named by id or 文号. Each row
    also has ``local_document_id`` and ``national_document_id``; offsets are into each
    document's ``documents.text``."""
    conn = _connection(db_path)
    try:
        local_id = find_document(conn, local_ref)
        national_id = find_document(conn, national_ref)
        rows = align_measures(load_measures(conn, local_id), load_measures(conn, national_id),
                              threshold=threshold)
    finally:
        if conn is not db_path and not hasattr(db_path, "conn"):
            conn.close()
    for row in rows:
        row["local_document_id"] = local_id
        row["national_document_id"] = national_id
    return rows


ALIGNMENT_COLUMNS = {
    "id": str, "local_document_id": str, "national_document_id": str, "local_measure_id": str,
    "national_measure_id": str, "score": float, "method": str, "shared": str,
    # extensions
    "local_path": str, "national_path": str, "lexical": float, "reuse": float, "also": str,
    "relation": str,
}


def _create_alignments(conn: sqlite3.Connection) -> None:
    cols = ", ".join(
        f'"{name}" {"REAL" if kind is float else "TEXT"}{" PRIMARY KEY" if name == "id" else ""}'
        for name, kind in ALIGNMENT_COLUMNS.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS alignments ({cols})")
    have = {r[1] for r in conn.execute("PRAGMA table_info(alignments)")}
    for name, kind in ALIGNMENT_COLUMNS.items():
        if name not in have:
            conn.execute(f'ALTER TABLE alignments ADD COLUMN "{name}" '
                         f'{"REAL" if kind is float else "TEXT"}')
    for col in ("local_document_id", "national_document_id", "local_measure_id",
                "national_measure_id"):
        conn.execute(f"CREATE INDEX IF NOT EXISTS idx_alignments_{col} ON alignments ({col})")


def alignment_pairs(db, *, discover: bool = True) -> list[tuple[str, str, str]]:
    """``(local document id, national document id, relation)`` for every pair worth aligning.

    From each citation that names a document of the database with relation forwards, basis,
    implements, issues or cites, the citing document is aligned with the cited one, except when

    * the cited document is the citing one or encloses it (a forwarded notice printed inside a
      forwarding one does not implement its forwarder; the forwarder's own measures do implement
      the forwarded notice, so that pair is kept);
    * the citing document *issues* the cited one as its own attachment (a notice and the plan it
      publishes are one act, not an implementation);
    * the cited document is of a lower administrative level than the citing one;
    * either has no measures.

    A citing notice that issues attachments of its own (其实施方案 printed inside it) has those
    aligned with the cited document too: the measures are usually in the attachment.

    With ``discover``, a document that copies long passages from a document of a higher
    administrative level is paired with it as well, relation ``reuses`` (see
    :func:`reuse_pairs`): local notices often implement a notice without citing its 文号
    (落实国务院扶贫办具体工作要求).
    """
    conn = _connection(db)
    documents = _Documents(conn)
    issued = set(conn.execute("SELECT DISTINCT document_id, cited_document_id FROM citations "
                              "WHERE relation = 'issues' AND cited_document_id IS NOT NULL"))

    def encloses(outer: str, inner: str) -> bool:
        seen = set()
        p = documents.parent_of(inner)
        while p and p not in seen:
            if p == outer:
                return True
            seen.add(p)
            p = documents.parent_of(p)
        return False

    def own_attachment(doc: str, child: str) -> bool:
        of_doc, of_child = documents.get(doc), documents.get(child)
        return bool(of_doc and of_child) and of_child.parent_id == doc and (
            (doc, child) in issued or bool(of_doc.issuer) and of_doc.issuer == of_child.issuer)

    pairs: dict[tuple[str, str], str] = {}
    for citing, cited, relation in conn.execute(
            "SELECT DISTINCT document_id, cited_document_id, relation FROM citations "
            f"WHERE cited_document_id IS NOT NULL AND relation IN ({','.join('?' * len(RELATIONS))}) "
            "ORDER BY document_id, cited_document_id", list(RELATIONS)).fetchall():
        of_citing, of_cited = documents.get(citing), documents.get(cited)
        if of_citing is None or of_cited is None or citing == cited:
            continue
        if encloses(cited, citing) or own_attachment(citing, cited):
            continue
        lc = LEVEL_RANK.get(of_citing.admin_level or "")
        ln = LEVEL_RANK.get(of_cited.admin_level or "")
        if lc and ln and ln < lc:
            continue
        locals_ = [citing] + [c for c in documents.children_of(citing) if c != cited and own_attachment(citing, c)]
        for local in locals_:
            if documents.get(local).has_measures and of_cited.has_measures:
                pairs.setdefault((local, cited), relation)
    if discover:
        for local, national in reuse_pairs(conn, set(pairs)):
            if not encloses(national, local) and not own_attachment(local, national):
                pairs.setdefault((local, national), "reuses")
    return [(a, b, rel) for (a, b), rel in sorted(pairs.items())]


class _Document(NamedTuple):
    parent_id: Optional[str]
    admin_level: Optional[str]
    issuer: Optional[str]
    has_measures: bool


class _Documents:
    """What :func:`alignment_pairs` asks of a document, looked up when asked (the corpus is not held
    in memory; the documents cited most, national notices, stay in a small cache)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.get = lru_cache(maxsize=4096)(self._get)

    def _get(self, doc_id: str) -> Optional[_Document]:
        row = self.conn.execute("SELECT parent_id, admin_level, issuer, EXISTS (SELECT 1 FROM measures m "
                                "WHERE m.document_id = d.id) FROM documents d WHERE id = ?", [doc_id]).fetchone()
        return _Document(row[0], row[1], row[2], bool(row[3])) if row else None

    def parent_of(self, doc_id: str) -> Optional[str]:
        found = self.get(doc_id)
        return found.parent_id if found else None

    def children_of(self, doc_id: str) -> list[str]:
        return [child for (child,) in self.conn.execute(
            "SELECT id FROM documents WHERE parent_id = ? ORDER BY rowid", [doc_id])]


def reuse_pairs(db, known: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """``(local, higher)`` document pairs where the local one copies long passages from a document
    of a higher administrative level (:func:`pipeline.corpus.shingles.reuse_pairs`), among the documents
    with measures; ``known``: pairs already made (from citations)."""
    rank = " ".join(f"WHEN '{level}' THEN {rank}" for level, rank in LEVEL_RANK.items())
    ranked = (f"SELECT id, CASE admin_level {rank} END AS rank FROM documents d WHERE admin_level IN "
              f"({', '.join(repr(level) for level in LEVEL_RANK)}) "
              "AND EXISTS (SELECT 1 FROM measures m WHERE m.document_id = d.id)")
    return shingles.reuse_pairs(_connection(db), shingles.RankedQuery(ranked), known)


def align_corpus(db, *, threshold: Optional[float] = None, workers: Optional[int] = None,
                 executor=None, meanwhile: Optional[Callable[[], None]] = None) -> int:
    """Write the ``alignments`` table for every pair of :func:`alignment_pairs`: one row per
    local measure and national document, ``national_measure_id`` NULL where the local measure
    implements nothing of that document. Rows of documents no longer in a pair are dropped.
    Returns the number of rows the table holds for the pairs (written or kept).

    Incremental: document ids are digests of the files' bytes, so a pair whose rows are there
    already, for the same relation and for every current measure of the local document, is the
    alignment of the same two texts and is kept; only new pairs (a document stored or changed since,
    a citation resolved differently) are aligned. With ``threshold`` every pair is aligned again
    (so is everything after ``build --fresh``; rows written by an older version of this module stay
    until then).
    Many pairs are aligned in a pool of ``workers`` processes (default: every core), or in
    ``executor`` (the build passes its own pool); the rows are the same, in the same order,
    whatever the number. Rows go to a temporary table as chunks of pairs are done, and from there
    into ``alignments`` in the pairs' order, so memory does not grow with the corpus.
    ``meanwhile`` is called once the pairs are handed to the pool, before their rows are read (the
    build writes its search index and graph tables then)."""
    conn = _connection(db)
    _create_alignments(conn)
    pairs = alignment_pairs(conn)
    names = list(ALIGNMENT_COLUMNS)
    kept = set() if threshold is not None else _kept_pairs(conn, pairs)
    todo = [(local, national) for local, national, _ in pairs if (local, national) not in kept]
    aligned = _aligned(conn, todo, threshold, workers, executor)  # hands the pairs to a pool, if any
    if meanwhile is not None:
        meanwhile()
    ordinal = {(local, national): k for k, (local, national, _) in enumerate(pairs)}
    relation_of = {(local, national): relation for local, national, relation in pairs}
    staging = _Staging(conn, names)
    staging.keep([(local, national, ordinal[(local, national)]) for local, national in kept])
    for found in aligned:
        staging.add([(ordinal[pair], _alignment_values(row, pair, relation_of[pair], names))
                     for pair, rows in found.items() for row in rows])
    total = staging.count()
    stored = conn.execute("SELECT COUNT(*) FROM alignments").fetchone()[0]
    if todo or stored != total:  # else the table holds exactly the kept rows, in order
        staging.replace_alignments()
    staging.drop()
    return total


def _alignment_values(row: dict, pair: tuple[str, str], relation: str, names: list[str]) -> list:
    local_id, national_id = pair
    values = {
        "id": f"{row['local_measure_id']}~{national_id}",
        "local_document_id": local_id, "national_document_id": national_id,
        "local_measure_id": row["local_measure_id"],
        "national_measure_id": row["national_measure_id"], "score": row["score"],
        "method": row["method"],
        "shared": json.dumps(row["shared"], ensure_ascii=False),
        "local_path": row["local_path"], "national_path": row["national_path"],
        "lexical": row["lexical"], "reuse": row["reuse"],
        "also": json.dumps([a["national_measure_id"] for a in row["also"]], ensure_ascii=False),
        "relation": relation,
    }
    return [values[n] for n in names]


class _Staging:
    """The rows of the next ``alignments`` table, each with the number of its pair, in temporary
    tables (on disk when large: SQLite's temporary store)."""

    def __init__(self, conn: sqlite3.Connection, names: list[str]):
        self.conn, self.names = conn, names
        self.columns = ", ".join(f'"{n}"' for n in names)
        self.drop()
        conn.execute(f"CREATE TEMP TABLE alignments_next (pair_number INTEGER, {self.columns})")
        conn.execute("CREATE TEMP TABLE alignments_kept (local TEXT, national TEXT, pair_number INTEGER, "
                     "PRIMARY KEY (local, national))")

    def keep(self, pairs: list[tuple[str, str, int]]) -> None:
        """Stage the stored rows of these pairs, in their stored order."""
        self.conn.executemany("INSERT INTO alignments_kept VALUES (?, ?, ?)", pairs)
        self.conn.execute(
            f"INSERT INTO alignments_next SELECT k.pair_number, {', '.join(f'a.{chr(34)}{n}{chr(34)}' for n in self.names)} "
            "FROM alignments a JOIN alignments_kept k "
            "ON k.local = a.local_document_id AND k.national = a.national_document_id ORDER BY a.rowid")
        self.conn.commit()

    def add(self, rows: list[tuple[int, list]]) -> None:
        marks = ", ".join("?" for _ in range(len(self.names) + 1))
        self.conn.executemany(f"INSERT INTO alignments_next VALUES ({marks})",
                              [(number, *values) for number, values in rows])
        self.conn.commit()

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM alignments_next").fetchone()[0]

    def replace_alignments(self) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM alignments")
            self.conn.execute(f"INSERT OR REPLACE INTO alignments ({self.columns}) SELECT {self.columns} "
                              "FROM alignments_next ORDER BY pair_number, rowid")

    def drop(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.alignments_next")
        self.conn.execute("DROP TABLE IF EXISTS temp.alignments_kept")


def _kept_pairs(conn: sqlite3.Connection, pairs: list[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """The pairs that need no new alignment: their stored rows are there for this relation, one for
    each current measure of the local document, pointing only at current measures of the national
    one."""
    relation_of = {(local, national): relation for local, national, relation in pairs}
    documents = {d for pair in relation_of for d in pair}
    measure_ids: dict[str, set[str]] = defaultdict(set)
    for doc_id, measure_id in conn.execute("SELECT document_id, id FROM measures"):
        if doc_id in documents:
            measure_ids[doc_id].add(measure_id)
    stored: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for pair_local, pair_national, local_measure, national_measure, relation in conn.execute(
            "SELECT local_document_id, national_document_id, local_measure_id, national_measure_id, "
            "relation FROM alignments"):
        if (pair_local, pair_national) in relation_of:
            stored[(pair_local, pair_national)].append((local_measure, national_measure, relation))
    kept = set()
    for pair, rows in stored.items():
        local, national = pair
        locals_ = [local_measure for local_measure, _, _ in rows]
        if (len(locals_) == len(measure_ids[local]) and set(locals_) == measure_ids[local]
                and all(relation == relation_of[pair] for _, _, relation in rows)
                and all(national_measure is None or national_measure in measure_ids[national]
                        for _, national_measure, _ in rows)):
            kept.add(pair)
    return kept


def _aligned(conn: sqlite3.Connection, pairs: list[tuple[str, str]], threshold: Optional[float],
             workers: Optional[int], executor=None) -> Iterator[dict[tuple[str, str], list[dict]]]:
    """:func:`align_measures` for every ``(local, national)`` pair, chunk by chunk as they are done:
    in a process pool when there are many and the database is a file the pool's processes can read
    (``executor``, the build's, whose workers have jieba's dictionary loaded, or one made here),
    else here. The pool gets its work now; here the aligning happens as the result is read."""
    path = _database_file(conn)
    workers = workers or _cores()
    pooled = None
    if workers > 1 and path and len(pairs) >= PARALLEL_PAIRS and not conn.in_transaction:
        try:
            pooled = _align_pairs_in_pool(path, pairs, threshold, workers, executor)
        except (OSError, ImportError, RuntimeError) as error:  # no fork, no processes …
            log.warning("aligning in one process (%s)", error)

    def chunks() -> Iterator[dict[tuple[str, str], list[dict]]]:
        done: set[tuple[str, str]] = set()
        if pooled is not None:
            try:
                for found in pooled:
                    done.update(found)
                    yield found
                return
            except (OSError, ImportError, RuntimeError) as error:  # a worker lost …
                log.warning("aligning in one process (%s)", error)
        rest = [pair for pair in pairs if pair not in done]
        for k in range(0, len(rest), MAX_PAIRS_PER_CHUNK):
            yield _align_chunk(conn, rest[k:k + MAX_PAIRS_PER_CHUNK], threshold)

    return chunks()


#: Pairs aligned in one task: bounds the rows a worker sends back at once.
MAX_PAIRS_PER_CHUNK = 128


#: From this many pairs to align, ``align_corpus`` uses a process pool.
PARALLEL_PAIRS = 24
#: Chunks of pairs per worker: more keep every worker busy to the end (chunks differ in cost),
#: fewer prepare each national document fewer times.
CHUNKS_PER_WORKER = 4


#: Pairs whose copied passages ``align_corpus`` finds together (their Smith–Waterman alignments
#: run as one numpy batch): enough to fill the batches, few enough to hold their measures.
PAIRS_PER_BATCH = 64


def _align_chunk(conn: sqlite3.Connection, pairs: list[tuple[str, str]],
                 threshold: Optional[float]) -> dict[tuple[str, str], list[dict]]:
    # The measures (built once: aligning only sets what they give already) and the _Cache of each
    # national document, for the pairs of this batch (the pairs come grouped by national document).
    national: dict[str, tuple[list[_M], _Cache]] = {}
    prepared: dict = {}  # passages_between's preparation of each national document's text
    out = {}
    for k in range(0, len(pairs), PAIRS_PER_BATCH):
        batch = pairs[k:k + PAIRS_PER_BATCH]
        kept, national = national, {}
        for _, national_id in batch:
            if national_id not in national:
                national[national_id] = kept.get(national_id) or (
                    _build(load_measures(conn, national_id)), _Cache())
        measures = [(_build(load_measures(conn, local_id)), national[national_id][0])
                    for local_id, national_id in batch]
        found = _passages_of(measures, MIN_REUSE_LEN, prepared)
        for (local_id, national_id), (local, nat), passages in zip(batch, measures, found):
            out[(local_id, national_id)] = _align(local, nat, threshold, MIN_REUSE_LEN,
                                                  national[national_id][1], passages)
    return out


def _passages_of(pairs: list[tuple[list[_M], list[_M]]], min_len: int,
                 prepared: dict) -> list[list[dict]]:
    """The copied passages between the measures of each ``(local, national)`` pair, as
    :func:`align_measures` would find them, for all the pairs at once. ``prepared``: the
    ``passages_between`` cache (of the national documents' texts) kept by the caller."""
    pieces = []
    for local, national in pairs:
        lp, np_ = _pieces(local), _pieces(national)
        pieces.append(([p for p, _ in lp], [p for p, _ in np_]))
    return passages_between_many(pieces, min_len=min_len, cache=prepared)


def _align_chunk_in_worker(path: str, pairs: list[tuple[str, str]], threshold: Optional[float],
                           spill: str) -> str:
    """Align a chunk of pairs; the rows go to the file ``spill``, whose name is returned."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        aligned = _align_chunk(conn, pairs, threshold)
    finally:
        conn.close()
    with open(spill, "wb") as out:
        pickle.dump(aligned, out, protocol=pickle.HIGHEST_PROTOCOL)
    return spill


def _align_pairs_in_pool(path: str, pairs: list[tuple[str, str]], threshold: Optional[float],
                         workers: int, executor=None) -> Iterator[dict[tuple[str, str], list[dict]]]:
    """Every chunk of pairs handed to ``executor`` (or a pool made here) now; the aligned chunks, in
    order, as they are read. The workers write each chunk's rows to a temporary file, read back
    here one at a time: chunks done while this process is busy elsewhere (the build's ``meanwhile``)
    wait on disk, not in memory."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # pairs of one national document together, so each worker segments it once per chunk
    ordered = sorted(pairs, key=lambda pair: (pair[1], pair[0]))
    size = min(MAX_PAIRS_PER_CHUNK, max(1, -(-len(ordered) // (workers * CHUNKS_PER_WORKER))))
    chunks = [ordered[k:k + size] for k in range(0, len(ordered), size)]
    folder = tempfile.TemporaryDirectory(prefix="notices-alignments-")
    spills = [os.path.join(folder.name, f"{n}.pickle") for n in range(len(chunks))]
    # fork: a worker made here starts with what this process has loaded already
    pool = executor or ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        aligned = pool.map(_align_chunk_in_worker, [path] * len(chunks), chunks, [threshold] * len(chunks), spills)
    except BaseException:
        if pool is not executor:
            pool.shutdown()
        folder.cleanup()
        raise
    return _read_then_shut(aligned, folder, pool if pool is not executor else None)


def _read_then_shut(spilled: Iterator[str], folder: tempfile.TemporaryDirectory,
                    pool=None) -> Iterator[dict[tuple[str, str], list[dict]]]:
    """The chunks of the files named by ``spilled``, as they are read (each file removed once
    read); then ``folder`` is removed and ``pool``, if given, shut down."""
    try:
        for spill in spilled:
            with open(spill, "rb") as handle:
                found = pickle.load(handle)
            os.remove(spill)
            yield found
    finally:
        if pool is not None:
            pool.shutdown()
        folder.cleanup()


def _database_file(conn: sqlite3.Connection) -> Optional[str]:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or None  # "" for an in-memory or temporary database
    return None


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def coverage(db, local_ref: str, national_ref: str) -> dict:
    """How much of the national document the local one implements.

    Returns ``local_document_id``, ``national_document_id``, ``national_total``,
    ``national_covered`` (count), ``coverage`` (share of national measures covered),
    ``not_covered`` (national measures no local measure implements: a section counts as covered
    when it or one of its items is matched), ``local_additions`` (local measures with no national
    counterpart) and ``rows`` (the alignment)."""
    conn = _connection(db)
    local_id = find_document(conn, local_ref)
    national_id = find_document(conn, national_ref)
    national = load_measures(conn, national_id)
    local = load_measures(conn, local_id)
    rows = align_measures(local, national)
    direct = set()
    for row in rows:
        if row["national_measure_id"] is not None:
            direct.add(row["national_measure_id"])
            direct.update(a["national_measure_id"] for a in row["also"])
    by_id = {m["id"]: m for m in national}
    covered = set(direct)
    for mid in direct:  # a matched item covers the sections it sits in
        p = by_id.get(mid, {}).get("parent_id")
        while p and p not in covered:
            covered.add(p)
            p = by_id.get(p, {}).get("parent_id")

    def brief(m: dict) -> dict:
        return {"id": m["id"], "path": m["path"], "label": m["label"],
                "heading": m.get("heading") or (m.get("text") or "")[:40]}

    local_by_id = {m["id"]: m for m in local}
    return {
        "local_document_id": local_id,
        "national_document_id": national_id,
        "national_total": len(national),
        "national_covered": len(covered),
        "coverage": round(len(covered) / len(national), 3) if national else 0.0,
        "not_covered": [brief(m) for m in national if m["id"] not in covered],
        "local_additions": [brief(local_by_id[r["local_measure_id"]]) for r in rows
                            if r["national_measure_id"] is None],
        "rows": rows,
    }


# ----------------------------------------------------------------------------------------------
# Terminal output


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else
               0 if unicodedata.combining(c) else 1 for c in text)


def fit(text: str, width: int) -> str:
    """``text`` cut (with …) or padded with spaces to exactly ``width`` columns."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…" + " " * (width - 1 - used)


def format_side_by_side(rows: list[dict], width: Optional[int] = None) -> str:
    """The alignment as a terminal table, one line per local measure:
    local measure │ score, method, characters copied │ national measure (+ further items it
    covers). Columns are counted in terminal cells (CJK characters take two)."""
    if width is None:
        width = min(160, max(80, shutil.get_terminal_size((100, 24)).columns))
    side = max(20, (width - 26) // 2)

    def line(left: str, score: str, method: str, copied: str, right: str) -> str:
        return (fit(left, side) + " │ " + fit(score, 5) + " " + fit(method, 7) + " "
                + fit(copied, 5) + " │ " + fit(right, side))

    head = line("地方措施 local", "score", "method", "copy", "国家措施 national")
    rule = "─" * display_width(head)
    lines = [head, rule]
    matched = 0
    for r in rows:
        indent = "  " * str(r.get("local_path") or "").count(".")
        left = f"{indent}{r.get('local_path') or ''} {r.get('local_heading') or ''}"
        copied = sum(s["local_end"] - s["local_start"] for s in r.get("shared") or [])
        if r.get("national_measure_id") is not None:
            matched += 1
            right = f"{r.get('national_path') or ''} {r.get('national_heading') or ''}"
            also = [str(a.get("national_path")) for a in r.get("also") or []]
            if also:
                right += " (+" + ", ".join(also) + ")"
            lines.append(line(left, f"{r.get('score', 0):.2f}", r.get("method") or "",
                              str(copied) if copied else "", right))
        else:
            lines.append(line(left, f"{r.get('score', 0):.2f}", "", "", "—"))
    lines.append(rule)
    lines.append(f"{matched} of {len(rows)} local measures matched; "
                 f"{len(rows) - matched} without a national counterpart")
    return "\n".join(lines)
