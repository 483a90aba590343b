"""The cheap tests that spare a text a pattern's own scan must let through every text the pattern matches."""

from pipeline.document.normalise import CONVERTER_MARKS, CONVERTER_MARKUP, EMOJI, EMOJI_START, EXAMPLES


def test_every_converter_markup_holds_a_mark():
    for text in EXAMPLES["CONVERTER_MARKUP"].match + ("===", "  ___  ", "br>", "/div>", "span>"):
        assert CONVERTER_MARKUP.search(text), text
        assert any(mark in text for mark in CONVERTER_MARKS), text


def test_every_emoji_starts_with_an_emoji_start():
    for text in EXAMPLES["EMOJI"].match:
        found = EMOJI.search(text)
        assert found and EMOJI_START.match(found.group()), text
