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


def test_converter_markup_found_from_its_first_characters_as_finditer_finds_it():
    from extractors.anchored_scan import finditer_at_first_characters

    texts = EXAMPLES["CONVERTER_MARKUP"].match + EXAMPLES["CONVERTER_MARKUP"].no_match + (
        "一、**总体要求**\n　　---\n  /p>\n[bookmark: _GoBack]市委办〔20**〕91号 __下划线__\n===\n",
        "**", "____", "　　\n　　***　\n", "")
    for text in texts:
        expected = [(m.span(), m.group()) for m in CONVERTER_MARKUP.finditer(text)]
        assert [(m.span(), m.group()) for m in finditer_at_first_characters(CONVERTER_MARKUP, text)] == expected, text
