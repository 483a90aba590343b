"""index_text (pipeline.ingest.search_index) makes a long text's index string for the whole text
at once (numpy), a short one token by token: both must be exactly the index's tokens between
spaces, as the one-token-at-a-time definition (index_tokens) gives them."""

from __future__ import annotations

import random
from pathlib import Path

from pipeline.ingest.search_index import WHOLE_TEXT_AT, index_text, index_tokens

ROOT = Path(__file__).resolve().parents[1]
LAWS = ROOT.parent / "shared" / "realcorpus" / "laws"

#: Every kind of character the index meets: CJK, ASCII letters and digits, full-width ones (folded),
#: the underscore (a \w character that TOKEN_RUN leaves out), punctuation, spaces, a lone surrogate,
#: characters outside the BMP, other scripts' digits and numerals, superscripts, controls.
ALPHABET = "政府工作ab_Z09１Ａｚ　 ,.，。、\ud800\U0001F600\U00020000٣Ⅳ²\n\t-〔〕"


def by_tokens(text: str) -> str:
    return " ".join(index_tokens(text))


def test_index_text_of_the_sample_and_real_notices_is_their_tokens():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(LAWS.glob("*.md"))[:40]] if LAWS.is_dir() else []
    assert any(len(t) >= WHOLE_TEXT_AT for t in texts)
    for text in texts:
        assert index_text(text) == by_tokens(text)
        for start in range(0, len(text), 997):  # passages cut anywhere, long and short
            passage = text[start:start + 1500]
            assert index_text(passage) == by_tokens(passage)


def test_index_text_of_every_kind_of_character_either_side_of_the_threshold():
    rng = random.Random(20)
    for _ in range(400):
        size = rng.choice([0, 1, 2, WHOLE_TEXT_AT - 1, WHOLE_TEXT_AT, WHOLE_TEXT_AT + 1, rng.randint(3, 3000)])
        text = "".join(rng.choice(ALPHABET) for _ in range(size))
        assert index_text(text) == by_tokens(text), text


def test_index_text_of_a_long_text_without_tokens_is_empty():
    assert index_text("，。 _\n" * WHOLE_TEXT_AT) == ""
    assert index_text(None) == ""
    text = "落实ＡＢＣ扶贫，小额" * 50  # full-width letters folded, as in the short form
    assert index_text(text).startswith("落实 实A AB BC C扶 扶贫 贫 小额 额落 落实")


def test_a_passage_cut_from_its_texts_index_is_its_own_index_text():
    """PassageIndex: the index text of a passage (a measure's text in its document's) cut from the
    whole text's is what index_text makes of the passage alone, wherever it starts and ends (inside
    a run of letters, at its edge, in punctuation, a full-width letter folded)."""
    from pipeline.ingest.search_index import PassageIndex

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(LAWS.glob("*.md"))[:10]] if LAWS.is_dir() else []
    rng = random.Random(7)
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 600))) for _ in range(60)]
    for text in texts:
        whole = PassageIndex(text)
        assert whole.index == by_tokens(text)
        spans = []
        for _ in range(60):
            start = rng.randint(0, len(text))
            spans.append((start, rng.randint(start, min(len(text), start + rng.choice([3, 40, 400, 3000])))))
        assert whole.of(spans) == [by_tokens(text[start:end]) for start, end in spans]
        passages = [text[start:end] for start, end in spans]
        assert whole.of_texts(passages, [rng.randint(0, len(text) + 5) for _ in spans]) == list(map(by_tokens, passages))
    assert PassageIndex("落实ＡＢＣ扶贫").of_texts(["ＡＢＣ扶"], [0]) == ["AB BC C扶 扶"]
    assert PassageIndex("落实扶贫").of_texts(["不在其中", ""], [0, 0]) == ["不在 在其 其中 中", ""]  # not a passage: made again
