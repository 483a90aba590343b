"""Where a line break ends a paragraph although the line above lacks its full stop: a sentence stating when
something takes effect, a sentence closed inside its bracket, a table cell copied one a line that opens with a
digit — each on the real text, beside a look-alike that must stay one paragraph."""

from pathlib import Path

from pipeline.document.normalise import normalise

DATA = Path(__file__).parent / "data"
SHARED_CORPUS = Path("/work/shared/corpus")


def _paragraphs(path: Path) -> list[str]:
    return normalise(path.read_text(encoding="utf-8")).text.split("\n")


def _one(*paragraphs: str) -> list[str]:
    return normalise("\n".join(paragraphs)).text.split("\n")


def test_a_term_sentence_opens_its_own_paragraph_on_the_real_page():
    # n02: two blocks of a page, the first without its 。; the second's subject and 自…起 make it a new sentence
    paragraphs = _paragraphs(next((DATA / "lifecycle").glob("n02_*.txt")))
    assert any(p.startswith("政策自2018年1月1日起执行，有效期至2020年12月31日。") for p in paragraphs)
    assert any(p.endswith("给予财政补助") for p in paragraphs)


def test_a_term_sentence_after_a_note_in_brackets_and_after_a_closed_bracket():
    paragraphs = _paragraphs(next((DATA / "lifecycle").glob("p01_*.txt")))
    assert "本决定自公布之日起生效。" in paragraphs  # …宣布失效。(目录见附件2) ⏎ 本决定自公布之日起生效。
    paragraphs = _paragraphs(next((DATA / "lifecycle").glob("j17_*.txt")))
    assert "本决定自2011年9月1日起施行。" in paragraphs  # …的余额。） ⏎ 本决定自…起施行。


def test_a_word_with_zi_inside_a_wrapped_sentence_goes_on():
    # the shared sample 000: a hard wrap inside 坚定"四 ⏎ 个自信"; a date 自…起 without its own subject goes on too
    text = "\n".join(_paragraphs(SHARED_CORPUS / "000_e8ac68d63b2ecc9f.txt"))
    assert "坚定“四个自信”" in text
    assert _one("为规范管理，经研究决定，原有的补贴标准继续执行至年底的有关事项", "自2019年1月1日起停止执行。")[-1].endswith(
        "有关事项自2019年1月1日起停止执行。")


def test_a_table_cell_opening_with_a_digit_is_a_cell_of_its_own():
    # u08: a unit cell, then the row's time cell 2020年12月; u02: a unit cell with a leader's name, then the next row's number
    paragraphs = _paragraphs(next((DATA / "realworld").glob("u08_*.txt")))
    assert "市税务局等,各县、市、区政府,咸宁高新区管委会" in paragraphs and "2020年12月" in paragraphs
    paragraphs = _paragraphs(next((DATA / "realworld").glob("u02_*.txt")))
    assert "2" in paragraphs and "3" in paragraphs
    assert not any(p.endswith("冯冬昌2") for p in paragraphs)


def test_a_wrapped_sentence_opening_with_a_figure_goes_on():
    # t02: a hard wrap after 事项, before 5 个工作日内不能办结的
    text = "\n".join(_paragraphs(next((DATA / "realworld").glob("t02_*.txt"))))
    assert "情况复杂等事项,5 个工作日内不能办结的" in text
    # a sentence wrapped before its date still ends on the date's line
    assert _one("各县区要在规定时间内完成本年度的全部改造任务，并于", "2020年12月31日前报送总结。")[-1].endswith("并于2020年12月31日前报送总结。")


def test_a_leaders_name_after_a_unit_cell_is_a_cell_of_its_own():
    # u02: 自然资源分局、生态环境分局、区发展改革局 ⏎ 冯冬昌 (the leader's column)
    paragraphs = _paragraphs(next((DATA / "realworld").glob("u02_*.txt")))
    assert "自然资源分局、生态环境分局、区发展改革局" in paragraphs and "冯冬昌" in paragraphs
    assert "沈阳近海经济区管委会、各镇政府(街道办事处)" in paragraphs  # a unit with its note in brackets
    # a sentence wrapped after its units goes on: 由… ⏎ 牵头负责 is no name cell, nor a wrap after a sentence
    assert _one("由区发展改革局、区财政局、区自然资源局、区生态环境局", "牵头负责。")[-1] == "由区发展改革局、区财政局、区自然资源局、区生态环境局牵头负责。"
    # a sentence's last two characters wrapped onto a line of their own go on
    assert _one("各单位要按照要求认真组织开展自查工作，并将自查情况及时上报区政府办公室", "备案")[-1].endswith("区政府办公室备案")
