"""A document's text as the comparisons see it: characters compared after a light normalisation
(whitespace and Markdown emphasis skipped, full-width forms and curly quotes folded, a map back to
the original offsets), hashed k-character stretches of it, and the sample of those (shingles) that
finds the documents copying one another. Computed per file, by the build's workers; used by
``pipeline.corpus.text_reuse`` and ``pipeline.corpus.shingles``."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable, Optional

import numpy as np

from extractors.vocab import Examples

# Characters skipped when comparing (offsets still count them).
SKIPPED_CHARS = frozenset(" \t\r\n\u3000\u00a0\u200b\u200c\u200d\ufeff*#")


# Folded to one form so that 《“ and <" compare equal.
_FOLD = {"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "〔": "[", "〕": "]",
         "【": "[", "】": "]", "、": ",", "〈": "<", "〉": ">", "《": "<", "》": ">"}


def _fold(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    if "\uff01" <= ch <= "\uff5e":  # full-width ASCII forms
        ch = unicodedata.normalize("NFKC", ch)
    return ch


# _fold as a translation table (one character for one), and the runs of skipped characters.
_FOLD_TABLE = {ord(ch): _fold(ch) for ch in list(_FOLD) + [chr(c) for c in range(0xFF01, 0xFF5F)]}


_SKIPPED_RUN = re.compile("[" + re.escape("".join(sorted(SKIPPED_CHARS))) + "]+")

EXAMPLES = {
    "_SKIPPED_RUN": Examples(match=("**一、总体要求**", "　　各乡镇人民政府", "## 第一章 总则", "\u200b"),
                             no_match=("国开发〔2020〕3号", "《通知》")),  # brackets and quotes are folded, not skipped
}


# Texts at least this long are normalised on their code points (numpy, :func:`normalised_codes`): a
# fifth of the cost of ``str.translate``, which looks every character up in the table.
ARRAY_TEXT = 200


def normalised_text(text: str) -> str:
    """The compared characters of ``text`` (``normalise_for_reuse`` without the offsets)."""
    if len(text) >= ARRAY_TEXT:
        try:
            return normalised_codes(text).astype("<u4").tobytes().decode("utf-32-le")
        except UnicodeError:  # a lone surrogate (a damaged file): the characters one by one
            pass
    return _SKIPPED_RUN.sub("", text).translate(_FOLD_TABLE)


_FOLD_CODES = None  # code point -> folded code point, for the Basic Multilingual Plane


_SKIPPED_CODES = sorted(ord(ch) for ch in SKIPPED_CHARS)
_SKIPPED_MASK = None  # code point -> whether it is skipped (a look-up: numpy.isin sorts the text's codes each time)


def normalised_codes(text: str):
    """The code points of ``normalised_text(text)`` as a numpy array (uint32), made without building
    the string (a quarter of the time, for whole documents)."""
    return _normalised_codes_and_kept(text)[0]


def _normalised_codes_and_kept(text: str):
    """(:func:`normalised_codes` of ``text``, whether each character of ``text`` is compared)."""
    global _FOLD_CODES, _SKIPPED_MASK
    if _FOLD_CODES is None:
        table = np.arange(0x10000, dtype=np.uint32)
        for code, folded in _FOLD_TABLE.items():
            table[code] = ord(folded)
        _FOLD_CODES = table
        _SKIPPED_MASK = np.zeros(0x110000, dtype=bool)
        _SKIPPED_MASK[_SKIPPED_CODES] = True
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    kept = ~_SKIPPED_MASK[codes]
    codes = codes[kept]
    return np.where(codes < 0x10000, _FOLD_CODES[np.minimum(codes, 0xFFFF)], codes), kept


def normalise_for_reuse(text: str) -> tuple[str, list[int]]:
    """The compared characters of ``text`` and, for each, its offset in ``text``."""
    index: list[int] = []
    pos = 0
    for run in _SKIPPED_RUN.finditer(text):
        index.extend(range(pos, run.start()))
        pos = run.end()
    index.extend(range(pos, len(text)))
    return normalised_text(text), index


#: Multiplier of the polynomial hash of k-grams (odd: a bijection modulo 2**64 at each step).
_GRAM_BASE = 0x9E3779B97F4A7C15


def gram_hashes(codes, k: int):
    """A hash (uint64) of each ``k``-character stretch of ``codes`` (code points, :func:`_codes`).
    Equal stretches hash equally; seeds are checked character by character, so a collision costs
    nothing but the check."""
    n = len(codes) - k + 1
    wide = codes.astype(np.uint64)
    hashes = wide[:n].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, k):
            hashes *= np.uint64(_GRAM_BASE)
            hashes += wide[offset:offset + n]
    return hashes


#: Shingle length (normalised characters); one shingle in :data:`SHINGLE_SAMPLE` is kept (those
#: whose hash has its top bits 0: the same shingles in every document, so shared text still shares
#: them, at an eighth of the sorting).
#: Shingle length (normalised characters); one shingle in :data:`SHINGLE_SAMPLE` is kept (those
#: whose hash has its top bits 0: the same shingles in every document, so shared text still shares
#: them, at an eighth of the sorting); the number of distinct kept shingles a document must share
#: with a higher-level one, beyond what it shares with its other sources, to be paired with it by
#: :func:`reuse_pairs` (80 shingles in all, about 100 copied characters, on average).
SHINGLE = 16
SHINGLE_SAMPLE = 8
KEPT_HASHES = 2**64 // SHINGLE_SAMPLE  # kept shingles hash below this (see _shingle_hashes)


def shingle_hashes(text: str):
    """The distinct hashes of the :data:`SHINGLE`-character stretches of ``text``'s normalised
    characters (``text_reuse.normalised_text``) that are kept (one in :data:`SHINGLE_SAMPLE`;
    numpy, uint64, lowest 3 bits 0): the k-gram hashes the alignments seed with."""
    return _shingles_of_codes(normalised_codes(text))


def _shingles_of_codes(codes):
    """:func:`shingle_hashes` of the text whose :func:`normalised_codes` are ``codes``."""
    if len(codes) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    hashes = gram_hashes(codes, SHINGLE)
    kept = hashes[hashes < np.uint64(KEPT_HASHES)]
    return np.unique(kept & ~np.uint64(7))  # the lowest bits carry the level in reuse_pairs


def document_shingles(text: str) -> bytes:
    """The kept shingles of a document's text, as stored in ``document_shingles.hashes``."""
    return shingle_hashes(text or "").astype("<u8").tobytes()


#: Bodies shorter than this (compared characters) get no digest: a one-paragraph forward
#: (现将…转发给你们，请认真贯彻执行) is a formula that many different notices share.
MIN_BODY_CHARS = 200


def _body_bounds(text: str, measure_spans: Iterable[tuple[int, int]], title: Optional[str]) -> tuple[int, int]:
    """Where :func:`body_text` is in ``text`` (``text[start:end]``)."""
    spans = list(measure_spans)
    if spans:
        return min(start for start, _ in spans), max(end for _, end in spans)
    return (text.find(title) + len(title) if title and title in text else 0), len(text)


def body_text(text: str, measure_spans: Iterable[tuple[int, int]], title: Optional[str]) -> str:
    """The part of a document's text that two copies of one notice share whatever file carries
    them: from the first measure to the end of the last one when it has measures (the red header,
    主送, signature and 版记 around them differ between a notice printed on its own and the same
    notice printed inside a forward, and between a web page and the PDF), else everything after
    its title."""
    start, end = _body_bounds(text, measure_spans, title)
    return text[start:end]


def body_digest(text: str, measure_spans: Iterable[tuple[int, int]], title: Optional[str]) -> str:
    """A digest of :func:`body_text`'s compared characters (:func:`normalised_text`: whitespace,
    Markdown marks and bracket forms do not count), or "" when the body is shorter than
    :data:`MIN_BODY_CHARS`: two documents with the same digest carry the same notice body
    (``pipeline.corpus.copies`` recognises copies by it, with their headers compatible)."""
    compared = normalised_text(body_text(text or "", measure_spans, title))
    if len(compared) < MIN_BODY_CHARS:
        return ""
    return hashlib.sha256(compared.encode("utf-8")).hexdigest()[:32]


def shingles_and_digest(text: str, measure_spans: list[tuple[int, int]], title: Optional[str]) -> tuple[bytes, str]:
    """(:func:`document_shingles` of ``text``, :func:`body_digest` of it), its characters normalised once: the body's
    compared characters are those of the whole text's that its characters give (each character is compared, folded,
    or skipped on its own), and a body too short for its characters to be normalised as an array is too short for a
    digest."""
    text = text or ""
    try:
        codes, kept = _normalised_codes_and_kept(text)
    except UnicodeError:  # a lone surrogate (a damaged file): each the way it goes alone
        return document_shingles(text), body_digest(text, measure_spans, title)
    bounds = range(len(text))[slice(*_body_bounds(text, measure_spans, title))]  # (the slice's bounds as text[a:b] takes them)
    start, end = bounds.start, bounds.stop
    before = np.count_nonzero(kept[:start])  # the compared characters before the body
    body = codes[before:before + np.count_nonzero(kept[start:end])] if end > start else codes[:0]
    digest = "" if len(body) < MIN_BODY_CHARS else \
        hashlib.sha256(body.astype("<u4").tobytes().decode("utf-32-le").encode("utf-8")).hexdigest()[:32]
    return _shingles_of_codes(codes).astype("<u8").tobytes(), digest
