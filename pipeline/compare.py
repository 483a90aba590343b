"""Compare a local notice with the higher-level notice it implements, measure by measure.

Two kinds of evidence decide which national measure a local measure implements:

* **lexical** — cosine similarity of TF-IDF vectors over jieba tokens. The IDF is computed over
  the measures of the two documents being compared, so words that every measure of this pair
  uses (脱贫攻坚, 疫情防控 in an anti-poverty notice) count for little. Stopwords and the generic
  vocabulary of Chinese policy writing (加强, 落实, 切实, 工作 …, :data:`GENERIC_POLICY_WORDS`) are
  down-weighted further.
* **reuse** — passages the local text copies nearly verbatim from the national one, found by
  banded Smith–Waterman alignment over characters (:mod:`pipeline.text_reuse`). Local offices very
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
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from typing import Iterable, Optional, Union

from pipeline.text_reuse import normalise_for_reuse, passages_between

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
问题 情况 困难 突出问题 实际 群众 基层 干部 全国 全省 全市 全县 本地 当地
""".split())

GENERIC_WEIGHT = 0.3
SINGLE_CHAR_WEIGHT = 0.5

#: Below this combined score a local measure is matched to nothing (see :func:`calibrate_threshold`).
THRESHOLD = 0.22
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

_tokenizer = None
_PUNCT_OR_DIGIT = re.compile(r"^[\W\d_a-zA-Z]+$")


def _jieba():
    global _tokenizer
    if _tokenizer is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        _tokenizer = jieba
    return _tokenizer


def tokens(text: str) -> list[str]:
    """jieba tokens of ``text`` that can carry meaning (no punctuation, digits or stopwords)."""
    out = []
    for tok in _jieba().lcut(text):
        tok = tok.strip()
        if not tok or tok in STOPWORDS or _PUNCT_OR_DIGIT.match(tok):
            continue
        out.append(tok)
    return out


def _token_weight(tok: str) -> float:
    if tok in GENERIC_POLICY_WORDS:
        return GENERIC_WEIGHT
    if len(tok) == 1:
        return SINGLE_CHAR_WEIGHT
    return 1.0


def _vector(toks: list[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {}
    for tok, n in Counter(toks).items():
        vec[tok] = (1.0 + math.log(n)) * idf.get(tok, 1.0) * _token_weight(tok)
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def _cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    return sum(w * v.get(t, 0.0) for t, w in u.items())


# ----------------------------------------------------------------------------------------------
# Measures


class _M:
    """A measure with what matching needs."""

    __slots__ = ("d", "id", "path", "level", "label", "heading", "text", "parent", "children",
                 "pieces", "own", "length", "repr", "vec", "sub_vec", "n")

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
        body = self.text.strip()
        if self.heading and body.startswith(self.heading):
            body = body[len(self.heading):]
        return bool(self.children) and len(re.sub(r"\W", "", body)) < 20


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
        if parent is not None and parent is not m:
            m.parent = parent
            parent.children.append(m)
    return ms


def _describe(m: Optional[_M]) -> str:
    if m is None:
        return ""
    head = m.heading or m.own.strip()
    return head


# ----------------------------------------------------------------------------------------------
# Alignment


def _score_matrices(local: list[_M], national: list[_M], min_len: int):
    """Lexical and reuse scores for every (local, national) pair, plus the shared passages."""
    for m in local:
        m.repr = m.own
        if m.heading_only():
            m.repr = m.own + "。" + "。".join(c.heading or c.own[:30] for c in m.children)
    for m in national:
        m.repr = m.own
    toks = {("l", m.n): tokens(m.repr) for m in local}
    toks.update({("n", m.n): tokens(m.repr) for m in national})
    df = Counter()
    for t in toks.values():
        df.update(set(t))
    n_docs = len(toks)
    idf = {t: math.log((n_docs + 1) / (c + 1)) + 1.0 for t, c in df.items()}
    for m in local:
        m.vec = _vector(toks[("l", m.n)], idf)
    for m in national:
        m.vec = _vector(toks[("n", m.n)], idf)
        sub = list(toks[("n", m.n)])
        for c in m.descendants():
            sub.extend(toks[("n", c.n)])
        m.sub_vec = _vector(sub, idf) if m.children else m.vec

    lex = [[_cosine(l.vec, n.vec) for n in national] for l in local]
    lex_sub = [[_cosine(l.vec, n.sub_vec) for n in national] for l in local]

    # Reuse: passages between the pieces of all measures (each piece a wall to the others).
    lp = [(p, m.n) for m in local for p in m.pieces]
    np_ = [(p, m.n) for m in national for p in m.pieces]
    passages = passages_between([p for p, _ in lp], [p for p, _ in np_], min_len=min_len)
    # How often each local stretch was found in the national text: a phrase copied from many
    # national measures (a stock phrase) is worth less to each.
    shared: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for p in passages:
        li, ni = lp[p["a_piece"]][1], np_[p["b_piece"]][1]
        shared[(li, ni)].append(p)
    # Character 4-grams shared by many measures of the two documents (疫情防控和脱贫攻坚) make a
    # passage less telling: each passage is weighted by the mean rarity of its 4-grams.
    gram_df: Counter = Counter()
    for m in list(local) + list(national):
        norm = normalise_for_reuse(m.own)[0]
        gram_df.update({norm[k:k + 4] for k in range(len(norm) - 3)})
    for p in passages:
        norm = normalise_for_reuse(p["text"])[0]
        grams = [norm[k:k + 4] for k in range(len(norm) - 3)]
        rarity = [min(1.0, 2.0 / max(1, gram_df.get(g, 1))) for g in grams]
        p["weight"] = p["matches"] * (sum(rarity) / len(rarity) if rarity else 1.0)
    copies: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (li, ni), ps in shared.items():
        for p in ps:
            copies[li].append((p["a_start"], p["a_end"]))
    reuse = [[0.0] * len(national) for _ in local]
    for (li, ni), ps in shared.items():
        matched = 0.0
        seen: list[tuple[int, int]] = []
        for p in sorted(ps, key=lambda p: -p["matches"]):
            span = (p["a_start"], p["a_end"])
            if any(s <= span[0] and span[1] <= e for s, e in seen):
                continue
            seen.append(span)
            # Number of national places this local stretch was also copied from.
            times = sum(1 for s, e in copies[li] if s < span[1] and span[0] < e
                        and min(e, span[1]) - max(s, span[0]) >= 0.8 * (span[1] - span[0]))
            matched += p["weight"] / max(1, times)
        shorter = min(local[li].length, national[ni].length)
        reuse[li][ni] = min(1.0, matched / max(shorter, REUSE_FLOOR))
    return lex, lex_sub, reuse, shared


def _combine(lex: float, reuse: float) -> float:
    return 1.0 - (1.0 - lex) * (1.0 - reuse)


def _method(lex: float, reuse: float) -> str:
    if reuse >= REUSE_EVIDENCE and lex >= LEXICAL_EVIDENCE:
        return "both"
    if reuse >= REUSE_EVIDENCE:
        return "reuse"
    return "lexical"


def align_measures(local: list[dict], national: list[dict], *, threshold: Optional[float] = None,
                   min_len: int = MIN_REUSE_LEN) -> list[dict]:
    """Match each local measure to the national measure it implements, or to none.

    ``local`` and ``national`` are lists of measure dicts with keys ``id``, ``path``, ``level``,
    ``label``, ``heading``, ``text``, ``start`` and optionally ``parent_id`` (else the tree is
    read from ``path``) and ``text_start`` (the document offset of ``text``).

    Returns one dict per local measure, in document order: ``local_measure_id``, ``local_path``,
    ``national_measure_id`` (None when nothing fits), ``national_path``, ``score`` (0–1; for an
    abstention the best candidate's score), ``method`` ("reuse", "lexical", "both"; None when
    abstaining), ``shared`` (the copied passages as ``local_start``, ``local_end``,
    ``national_start``, ``national_end``, ``text``), ``also`` (other national measures the local
    one covers), ``candidates`` (the three best national measures, best first, with their
    scores) and, for display, ``local_label``, ``local_heading``, ``national_label``,
    ``national_heading``, ``lexical``, ``reuse``.
    """
    threshold = THRESHOLD if threshold is None else threshold
    L, N = _build(local), _build(national)
    if not L:
        return []
    if not N:
        return [_row(m, None, 0.0, None, [], [], [], 0.0, 0.0) for m in L]
    lex, lex_sub, reuse, shared = _score_matrices(L, N, min_len)
    score = [[_combine(lex[i][j], reuse[i][j]) for j in range(len(N))] for i in range(len(L))]

    # Subtree scores of national sections: the section's own words and all its items'.
    sub_score = [[0.0] * len(N) for _ in L]
    for i in range(len(L)):
        for n in N:
            if not n.children:
                sub_score[i][n.n] = score[i][n.n]
                continue
            sub_reuse = reuse[i][n.n] + sum(reuse[i][c.n] for c in n.descendants())
            sub_score[i][n.n] = _combine(lex_sub[i][n.n], min(1.0, sub_reuse))

    choice: dict[int, tuple[Optional[int], float]] = {}
    also: dict[int, list[int]] = {}
    # Leaves and sections with own text first, heading-only sections after their children.
    order = sorted(L, key=lambda m: (m.heading_only(), -m.level))
    for m in order:
        i = m.n
        row = score[i]
        if m.heading_only():
            # Heading and children's headings vs whole national sections, plus the children's
            # votes for the national section their matches sit in.
            votes: Counter = Counter()
            for c in m.children:
                j, s = choice.get(c.n, (None, 0.0))
                if j is None:
                    continue
                top = N[j]
                while top.parent is not None and top.level > max(1, m.level):
                    top = top.parent
                votes[top.n] += s
            total = sum(votes.values()) or 1.0
            cand = {j: 0.5 * max(sub_score[i][j], row[j]) + 0.5 * votes.get(j, 0.0) / total
                    for j in range(len(N))}
            j = max(cand, key=lambda j: (cand[j], -N[j].level))
            s = cand[j]
            choice[i] = (j, s)
            also[i] = sorted({k for k in votes if k != j}, key=lambda k: -votes[k])
            continue
        j = max(range(len(N)), key=lambda j: (row[j], -N[j].level))
        s = row[j]
        # A local section at the national section's level that covers several of its items is
        # matched to the section itself.
        best_parent = None
        for p in N:
            if not p.children or p.level < m.level:
                continue
            hits = [c for c in p.children if score[i][c.n] >= threshold]
            if len(hits) >= 2 and sub_score[i][p.n] >= s * 0.9:
                if best_parent is None or sub_score[i][p.n] > sub_score[i][best_parent.n]:
                    best_parent = p
        if best_parent is not None and m.level <= best_parent.level:
            others = [c.n for c in best_parent.children if score[i][c.n] >= threshold]
            j, s = best_parent.n, max(s, sub_score[i][best_parent.n])
            also[i] = sorted(others, key=lambda k: -score[i][k])
        else:
            also[i] = [k for k in sorted(range(len(N)), key=lambda k: -row[k])
                       if k != j and row[k] >= ALSO_THRESHOLD and N[k] not in N[j].ancestors()
                       and N[j] not in N[k].ancestors()][:3]
        choice[i] = (j, s)

    rows = []
    for m in L:
        i = m.n
        j, s = choice[i]
        cands = sorted(range(len(N)), key=lambda k: -score[i][k])[:3]
        cand_rows = [{"national_measure_id": N[k].id, "national_path": N[k].path,
                      "score": round(score[i][k], 3)} for k in cands]
        if j is None or s < threshold:
            rows.append(_row(m, None, s, None, [], [], cand_rows, lex[i][j] if j is not None else 0.0,
                             reuse[i][j] if j is not None else 0.0))
            continue
        n = N[j]
        group = [j] + [k for k in also.get(i, [])]
        if m.heading_only():
            passages = []
        else:
            passages = list(shared.get((i, j), []))
            for k in also.get(i, []):
                passages.extend(shared.get((i, k), []))
            if n.children and (best_is_section := True):
                for c in n.descendants():
                    if c.n not in group:
                        passages.extend(shared.get((i, c.n), []))
        lx, ru = lex[i][j], reuse[i][j]
        if n.children and not m.heading_only():
            lx = max(lx, lex_sub[i][j])
            ru = min(1.0, ru + sum(reuse[i][c.n] for c in n.descendants()))
        method = _method(lx, ru)
        if m.heading_only():
            method = "lexical" if reuse[i][j] < REUSE_EVIDENCE else method
        rows.append(_row(m, n, s, method, passages, [N[k] for k in also.get(i, [])], cand_rows,
                         lx, ru))
    return rows


def _row(m: _M, n: Optional[_M], score: float, method: Optional[str], passages: list[dict],
         also: list[_M], candidates: list[dict], lexical: float, reuse: float) -> dict:
    shared = [{"local_start": p["a_start"], "local_end": p["a_end"],
               "national_start": p["b_start"], "national_end": p["b_end"], "text": p["text"]}
              for p in sorted(passages, key=lambda p: (p["a_start"], p["b_start"]))]
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
        "national_heading": _describe(n) if n is not None else None,
    }
