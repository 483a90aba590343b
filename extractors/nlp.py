"""The spaCy pipeline the build runs: a blank ``zh`` language whose tokenizer makes one token per
character, and one registered component per extractor (``extractors.components``).

One token per character (whitespace included) makes every character offset a token boundary, so
``doc.char_span(start, end)`` exists for any item an extractor finds, and each span's
``start_char``/``end_char`` are the item's offsets exactly. It is also the cheapest Doc spaCy can
make: no segmenter runs, and the Doc is built from the characters' lexeme ids (kept per character),
not from strings. Segmenting with jieba instead would cost more than all the extractors together,
and its tokens would not fall on every item boundary.

The pipeline is built once per process (``get_nlp``; ``warm_up`` in each build worker).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import extractors.spacy_import  # noqa: F401  (first: spaCy without its command line)
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from extractors.components import COMPONENTS
from extractors.lazy_patterns import compile_all

# spaCy refuses texts longer than ``max_length``. A Doc of one token per character costs about
# 130 bytes per character, so this bounds one document's Doc to about half a gigabyte.
MAX_LENGTH = 4_000_000
UNICODE_SIZE = 0x110000
SURROGATES = (0xD800, 0xDFFF)
REPLACEMENT = "\ufffd"


class CharTokenizer:
    """Text -> Doc with one token per character and no trailing spaces: ``doc[i].idx == i``. The
    components read the text itself (``doc._.plain_text``), which ``doc.text`` equals for any text
    without lone surrogates.

    The Doc is made from the characters' lexeme ids, looked up for the whole text at once in a table
    indexed by code point (``numpy``; zeros until a character is first seen, and the pages of the
    table never touched are never resident): a third of the cost of making it from strings."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.orth_of = numpy.zeros(UNICODE_SIZE, dtype=numpy.uint64)  # code point -> lexeme id

    def __call__(self, text: str) -> Doc:
        code_points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        orths = self.orth_of[code_points]
        if not orths.all():
            self._add_characters(numpy.unique(code_points[orths == 0]).tolist())
            orths = self.orth_of[code_points]
        doc = Doc(self.vocab, words=orths.tolist(), spaces=[False] * len(text))
        doc._.plain_text = text
        return doc

    def _add_characters(self, codes: list[int]) -> None:
        """The lexeme ids of the code points ``codes`` (those not seen before: not every character
        of a text with one new character in it) kept in the table."""
        for code in codes:
            # spaCy's strings are UTF-8: a lone surrogate gets the token U+FFFD, in its place
            shown = REPLACEMENT if SURROGATES[0] <= code <= SURROGATES[1] else chr(code)
            self.orth_of[code] = self.vocab[shown].orth


@registry.tokenizers("notices.char_tokenizer.v1")
def create_char_tokenizer():
    return lambda nlp: CharTokenizer(nlp.vocab)


def make_nlp() -> Language:
    """A new pipeline: the character tokenizer and every extractor component, in order."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "notices.char_tokenizer.v1"}}})
    nlp.max_length = MAX_LENGTH
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process's pipeline, built on first use."""
    return make_nlp()


def analyse(text: str, year: int | None, only: tuple[str, ...] = (), own_numbers: tuple[str, ...] = (),
            own_titles: tuple[str, ...] = (), own_dates: tuple[str | None, str | None] = (None, None)) -> Doc:
    """``text`` through the pipeline: a Doc with ``doc.spans[kind]`` for every item kind. ``year`` is
    the document's (deadlines without a year are read in it); ``own_numbers`` are its own 文号 and
    ``own_titles`` its own titles (never cited: its header number printed again in a title line or a
    news lead-in, its title in its last article); ``own_dates`` its (signed, printed) dates, ISO (what
自印发之日起施行 counts from); ``only`` names the components to run (default: all)."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.year = year
    doc._.own_numbers = tuple(own_numbers)
    doc._.own_titles = tuple(own_titles)
    doc._.own_dates = tuple(own_dates)
    disabled = [name for name in nlp.pipe_names if only and name not in only]
    return nlp(doc, disable=disabled)


# A short notice that makes every extractor load what it loads lazily (units: its jieba POS
# tokenizer and abbreviation table; deadlines, targets, citations: their patterns).
WARM_UP_TEXT = (
    "福州市人民政府办公厅关于印发2020年工作要点的通知\n"
    "根据《国务院关于加强工作的意见》（国发〔2019〕12号）精神，现通知如下：\n"
    "一、加强组织领导。到2020年底，全市贫困人口减少50%以上。"
    "（牵头单位：市发改委、泾县卫健委；配合单位：市财政局，各县（市）区人民政府；完成时限：2020年6月底前）\n"
)


def warm_up() -> None:
    """Build the pipeline and load everything the extractors load on first use (their patterns
    compiled on first use among it: ``extractors.lazy_patterns``), so that the build's workers,
    forked after it, share it instead of each loading its own."""
    analyse(WARM_UP_TEXT, 2020)
    compile_all()
