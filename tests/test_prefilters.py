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


def test_every_agent_sentence_holds_the_agent_mark():
    from extractors.unit_roles import AGENT_MARK, AGENT_SENTENCE_RE, EXAMPLES as ROLE_EXAMPLES

    texts = ROLE_EXAMPLES["AGENT_SENTENCE_RE"].match + ("一是具体由县发改局牵头，县财政局配合。", "。该项工作统一由市教育局负责组织")
    for text in texts:
        found = AGENT_SENTENCE_RE.search(text)
        assert found and AGENT_MARK in found.group(), text
    assert AGENT_MARK not in "县发改局牵头，县财政局配合。" and not AGENT_SENTENCE_RE.search("县发改局牵头，县财政局配合。")


def test_every_duty_line_and_scheduled_duty_holds_a_duty_verb():
    from extractors.unit_forms import DUTY_LINE_RE, DUTY_VERB_ROLES, SCHEDULED_DUTY_RE, EXAMPLES as FORM_EXAMPLES

    for name, pattern in (("DUTY_LINE_RE", DUTY_LINE_RE), ("SCHEDULED_DUTY_RE", SCHEDULED_DUTY_RE)):
        for text in FORM_EXAMPLES[name].match:
            found = pattern.search(text)
            assert found and any(verb in found.group() for verb in DUTY_VERB_ROLES), (name, text)


def test_every_table_row_and_cell_line_holds_a_cell_bar():
    from extractors.deadline_tables import CELL_BAR, CELL_LINE_RE, EXAMPLES as TABLE_EXAMPLES, TABLE_ROW_RE

    for name, pattern in (("TABLE_ROW_RE", TABLE_ROW_RE), ("CELL_LINE_RE", CELL_LINE_RE)):
        for text in TABLE_EXAMPLES[name].match:
            found = pattern.search(text)
            assert found and CELL_BAR in found.group(), (name, text)


def test_every_quoted_source_holds_a_quoted_source_word():
    from extractors.lifecycle_relations import EXAMPLES as RELATION_EXAMPLES, QUOTED_SOURCE_RE, QUOTED_SOURCE_WORDS

    for text in RELATION_EXAMPLES["QUOTED_SOURCE_RE"].match + ("。转载自 人民网", "！ 摘编自新华网"):
        found = QUOTED_SOURCE_RE.search(text)
        assert found and any(word in found.group() for word in QUOTED_SOURCE_WORDS), text


def test_short_texts_are_folded_as_the_translation_folds_them():
    """fold and the wrapper's line fold skip str.translate for a text without a character of their tables
    (any_character_re): the result is the translation's, whatever the text holds (astral characters too)."""
    import random

    from extractors.fold import _table, fold
    from pipeline.document.wrapper import _fold, _fold_table

    keys, rnd = list(_fold_table()), random.Random(7)
    plain = "根据《国务院关于加强工作的意见》（国发〔2019〕12号）精神，现通知如下ab12 \u3000"
    for _ in range(3000):
        text = "".join(rnd.choice((rnd.choice(plain), chr(rnd.choice(keys)), chr(rnd.randint(0x10000, 0x2FFFF))))
                       for _ in range(rnd.randint(0, 40)))
        assert fold(text) == text.translate(_table()), text
        assert _fold(text) == text.translate(_fold_table()), text


def test_every_field_department_has_its_field_before_a_body_character():
    """The gate of the alignment's FIELD_DEPARTMENT lets through every text the pattern matches, and
    the texts it stops are those without a field's name right before a body's word."""
    from pipeline.corpus.align.features import EXAMPLES as ALIGN_EXAMPLES, FIELD_DEPARTMENT, names_a_field_department

    examples = ALIGN_EXAMPLES["FIELD_DEPARTMENT"]
    texts = examples.match + ("请市财政局、县人社局于6月底前报送", "国家发展和改革委员会印发", "由省教育厅牵头")
    for text in texts:
        assert FIELD_DEPARTMENT.search(text) and names_a_field_department(text), text
    for text in examples.no_match + ("各有关部门要加强领导", "县委办公室", "部署财政资金", ""):
        assert not names_a_field_department(text) or FIELD_DEPARTMENT.search(text) is None, text
    assert not names_a_field_department("各有关部门要加强领导，落实财政资金")
