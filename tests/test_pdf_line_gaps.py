"""Gaps inside a PDF line read as the spaces the text had: a gap a space wide after a full-width sentence
end or before an opening bracket is a blank (an office's space between items it glued into one paragraph,
…完成。 二、…; a title and its 文号 in brackets), kept after a sentence end as the full-width blank that the
CJK spacing repair leaves; a gap as wide between two Chinese characters, or between a digit and a Chinese
character (LibreOffice's quarter em between scripts: 2010 年), is no space."""

from __future__ import annotations

from pipeline.read.pdf_lines import group_lines

SIZE = 16.0


def line_of(runs: list[tuple[str, float]]) -> str:
    """The text of one line whose characters are laid out left to right, each run after a gap (in ems)
    from the run before; Chinese characters a full em wide, ASCII ones half."""
    chars, x = [], 72.0
    for text, gap in runs:
        x += gap * SIZE
        for ch in text:
            width = SIZE / 2 if ch.isascii() else SIZE
            chars.append((700.0, x, x + width, 692.0, 708.0, SIZE, ch))
            x += width + 0.02 * SIZE  # a justified line's usual gap
    [line] = group_lines(chars, 1)
    return line.text


def test_a_space_wide_gap_after_a_sentence_end_is_a_full_width_blank():
    assert line_of([("确保各项工作全面完成。", 0), ("二、各级各部门要切实", 0.36)]) == "确保各项工作全面完成。\u3000二、各级各部门要切实"
    assert line_of([("严格执行；", 0), ("（三）加强督查", 0.33)]) == "严格执行；\u3000（三）加强督查"


def test_a_space_wide_gap_before_an_opening_bracket_is_a_space():
    assert line_of([("落实意见的通知", 0), ("(鄂州政办发〔2010〕10号)", 0.34)]).startswith("落实意见的通知 (鄂州政办发")


def test_a_gap_as_wide_elsewhere_is_no_space():
    # between Chinese characters (a spread line), and the quarter em LibreOffice puts between scripts
    assert line_of([("确保各项工作全面", 0), ("完成", 0.36)]) == "确保各项工作全面完成"
    assert line_of([("一、2010", 0), ("年是收官年", 0.27)]) == "一、2010年是收官年"
    # a sentence end followed closely: no blank
    assert line_of([("全面完成。", 0), ("二、各级", 0.1)]) == "全面完成。二、各级"
