"""The whole-text scans that try a pattern only where its matches can start (``extractors.anchored_scan``: next to
an anchor, at its first characters, right after its look-behind's marks) give exactly what ``finditer`` gives, on
the corpus, its lines, and dense mixes of the pieces the patterns are made of."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractors.anchored_scan import finditer_after, finditer_at_first_characters, finditer_near
from extractors.deadline_events import EVENT_COUNT_BEFORE_RE, EVENT_MARKS
from extractors.targets import QUANTITY_RE
from extractors.unit_forms import CLAUSE_ENDS, UNITS_BRACKET_RE
from extractors.unit_roles import (AGENT_OPENERS, AGENT_SENTENCE_RE, ROLE_NOUN_SENTENCE_RE, SENTENCE_OPENERS,
                                   SUBJECT_DUTY_SENTENCE_RE)
from pipeline.document.glued_labels import (GLUED_LABEL, HEADING_THEN_SPACED_FIRST, LABEL_THEN_SPACE, SPACED_HEADING_LINE,
                                            SPACED_LABEL, SPACED_OUTLINE_LABEL, SPACED_PAREN_LABEL, SPACED_YAO_LABEL, SPACES,
                                            STOPS_BEFORE_SPACE, STOPS_BEFORE_YAO, WORD_GLUED_PAREN_LABEL)
from pipeline.document.glued import PREAMBLE_CLOSE_THEN_HEADING
from pipeline.document.glued_outline import OUTLINE_LABEL
from pipeline.document.joined_copy import (DATE_AFTER_SENTENCE, SENTENCE_ENDS, SENTENCE_THEN_SIGNATURE,
                                           SENTENCE_THEN_SIGNATURE_THEN_TEXT)
from pipeline.document.pinyin_glosses import PINYIN_GLOSS, TONELESS_GLOSS
from pipeline.document.spaced_names import LETTER_SPACED_RUN
from pipeline.document.spam import FORUM_JAMMER_RUN

PIECES = ["。", "！", "!", "，", "\n", " ", "  ", "\u3000", "(", ")", "（", "）", "zhèng", "zheng", "qu", "fā", "a",
          "县政府办公室", "滨州市人民政府办公室", "国  务  院", "办 公 室", "2020年3月1日", "二〇二〇年三月一日", "(此件公开发布)",
          "扫一扫", "认真贯彻落实", "人民政", "府", "12", "3.5", "万元", "%", "亩", "不少于", "6 K$ f7 g y& E3 C! u' n' M",
          "x", "1、", "（一）", "加强", "（市教育局、市财政局）", "(县卫健委)", "；", "？", "制定本方案", "印发《工作要点》",
          "一、", ":", "表", ".docx", "附件1：", "2024年5月2日", "由", "牵头", "负责组织", "为承办单位", "县发改局", "配合",
          "；", "：", "一是", "1.", "(2)", "(此件发至乡)", "桂东县人民政府办公室", "2017年5月27日", "印发", "|",
          "二0一五年十月八日", "四、补贴政策(一)", "补贴标准。", "（一）", "(二)", "二、重点内容", "三、", "于", "在", "会议召开", "十日", "前", "3个工作日",
          "以前", "活动开始", "荥阳市气象灾害应急预案", "该项工作", "交由", "第一个单位", "十二、", "二十三、", "（二）", "”",
          # the spaced labels' pieces (glued_labels): labels after a space or a sentence's end, a space after them
          " 1、", " 2.", " 1.1 ", "1.2", " (一)", "（三） ", "一、 ", "1) ", "2）", "五、相关要求 ", "二要", "三是", "总 则", "。 ",
          "\u3000", "“", "《", "2012-2016年"]
SCANS = {
    "SENTENCE_THEN_SIGNATURE": (SENTENCE_THEN_SIGNATURE, lambda text: finditer_after(SENTENCE_THEN_SIGNATURE, text, SENTENCE_ENDS)),
    "PINYIN_GLOSS": (PINYIN_GLOSS, lambda text: finditer_at_first_characters(PINYIN_GLOSS, text)),
    "TONELESS_GLOSS": (TONELESS_GLOSS, lambda text: finditer_at_first_characters(TONELESS_GLOSS, text)),
    "QUANTITY_RE": (QUANTITY_RE, lambda text: finditer_at_first_characters(QUANTITY_RE, text)),
    "LETTER_SPACED_RUN": (LETTER_SPACED_RUN, lambda text: finditer_near(LETTER_SPACED_RUN, text, " \u3000", 1)),
    "FORUM_JAMMER_RUN": (FORUM_JAMMER_RUN, lambda text: finditer_near(FORUM_JAMMER_RUN, text, " ", 2)),
    "UNITS_BRACKET_RE": (UNITS_BRACKET_RE, lambda text: finditer_after(UNITS_BRACKET_RE, text, CLAUSE_ENDS)),
    "PREAMBLE_CLOSE_THEN_HEADING": (PREAMBLE_CLOSE_THEN_HEADING,
                                    lambda text: finditer_at_first_characters(PREAMBLE_CLOSE_THEN_HEADING, text)),
    "DATE_AFTER_SENTENCE": (DATE_AFTER_SENTENCE, lambda text: finditer_at_first_characters(DATE_AFTER_SENTENCE, text)),
    "AGENT_SENTENCE_RE": (AGENT_SENTENCE_RE,
                          lambda text: finditer_after(AGENT_SENTENCE_RE, text, AGENT_OPENERS, at_start=True)),
    "ROLE_NOUN_SENTENCE_RE": (ROLE_NOUN_SENTENCE_RE,
                              lambda text: finditer_after(ROLE_NOUN_SENTENCE_RE, text, SENTENCE_OPENERS, at_start=True)),
    "SUBJECT_DUTY_SENTENCE_RE": (SUBJECT_DUTY_SENTENCE_RE,
                                 lambda text: finditer_after(SUBJECT_DUTY_SENTENCE_RE, text, SENTENCE_OPENERS, at_start=True)),
    "GLUED_LABEL": (GLUED_LABEL, lambda text: finditer_near(GLUED_LABEL, text, "、", 3)),
    "SENTENCE_THEN_SIGNATURE_THEN_TEXT": (SENTENCE_THEN_SIGNATURE_THEN_TEXT, lambda text: finditer_after(
        SENTENCE_THEN_SIGNATURE_THEN_TEXT, text, SENTENCE_ENDS)),
    "EVENT_COUNT_BEFORE_RE": (EVENT_COUNT_BEFORE_RE, lambda text: finditer_after(EVENT_COUNT_BEFORE_RE, text, EVENT_MARKS)),
    "WORD_GLUED_PAREN_LABEL": (WORD_GLUED_PAREN_LABEL,
                               lambda text: finditer_at_first_characters(WORD_GLUED_PAREN_LABEL, text)),
    "HEADING_THEN_SPACED_FIRST": (HEADING_THEN_SPACED_FIRST, lambda text: finditer_after(
        HEADING_THEN_SPACED_FIRST, text, SPACES + STOPS_BEFORE_SPACE, at_start=True)),
    "SPACED_HEADING_LINE": (SPACED_HEADING_LINE, lambda text: finditer_after(SPACED_HEADING_LINE, text, STOPS_BEFORE_SPACE)),
    "SPACED_LABEL": (SPACED_LABEL, lambda text: finditer_after(SPACED_LABEL, text, STOPS_BEFORE_SPACE)),
    "SPACED_PAREN_LABEL": (SPACED_PAREN_LABEL, lambda text: finditer_after(SPACED_PAREN_LABEL, text, SPACES)),
    "SPACED_OUTLINE_LABEL": (SPACED_OUTLINE_LABEL, lambda text: finditer_after(SPACED_OUTLINE_LABEL, text, SPACES)),
    "SPACED_YAO_LABEL": (SPACED_YAO_LABEL, lambda text: finditer_after(SPACED_YAO_LABEL, text, STOPS_BEFORE_YAO)),
    "LABEL_THEN_SPACE": (LABEL_THEN_SPACE, lambda text: finditer_near(LABEL_THEN_SPACE, text, SPACES, 3)),
    "OUTLINE_LABEL": (OUTLINE_LABEL, lambda text: finditer_at_first_characters(OUTLINE_LABEL, text)),
}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "corpus").glob("*.txt"))]
    rnd = random.Random(7)
    mixes = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(3000)]
    return corpus + [line for text in corpus for line in text.splitlines()] + mixes + [
        "认真贯彻落实。滨州市人民政府办公室2024年11月21日(此件公开发布)滨州市", "做好工作。县政府办公室2020年3月1日",
        "黔府辦發(fā)〔2012〕", "人民政(zheng)府", "报告。   国  务  院  二○一一年十月十七日", "国  务  院",
        "5 K$ f7 g y& E3 C! u' n' M二、工作措施", "完成12.5万亩，不少于3个",
        # a mark inside a match (its note) opens no other match: finditer's matches never overlap
        "做好工作。县政府办公室2020年3月1日(此件。公开)", "加强监管。（市教育局、市财政局）\n", "完成。 (县卫健委) ",
        "由县发改局牵头，县财政局配合", "一是由市教育局负责组织", "县发改局为承办单位，县财政局为协办单位",
        "区政府办公室负责对各部门进行考评", "第一个单位为牵头单位", "工作要点一、加强领导二、压实责任三、强化督查",
        "加强领导（一）建立机制（二）完善制度（三）强化考核",
        "制定本实施方案:一、指导思想", "印发《工作要点》。一、总体", "报送。 二○一○年一月十三日", "推荐表.docx 二〇一〇年一月五日 附件1: 全省",
        "抄送。\n桂东县人民政府办公室2017年5月27日印发\n(此件发至乡)  2017年6月13日\n外国语学院党委 二0一五年十月八日 |",
        "桂东县人民政府办公室2017年\n5月27日\n县政府办公室县政府办公室2020年3月1日",
        "应当在会议召开十日前提交，于活动开始3个工作日前报送于合同到期3个月前；在在在于会议召开十日以前",
        "认真贯彻执行。荥阳市人民政府办公室2015年11月16日荥阳市气象灾害应急预案1总则！2022年4月14日包头市2022年"]


@pytest.mark.parametrize("name", sorted(SCANS))
def test_the_scan_finds_exactly_what_finditer_finds(name, texts):
    pattern, scan = SCANS[name]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in scan(text)] == \
            [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text



def _first_paren_breaks_line_by_line(text: str) -> list[int]:
    """glued_first_paren_breaks as it read every line."""
    from pipeline.document.glued import HEADING_THEN_FIRST_PAREN, LINE_START_SECOND_HEADING, RUN_IN_HEADING, SECOND_PAREN_LINE

    lines = text.split("\n")
    breaks, offset = [], 0
    for index, line in enumerate(lines):
        found = HEADING_THEN_FIRST_PAREN.match(line)
        if found and RUN_IN_HEADING.match(line, found.end("label")):
            breaks.append(offset + found.start("label"))
        elif found:
            for later in lines[index + 1:]:
                if SECOND_PAREN_LINE.match(later):
                    breaks.append(offset + found.start("label"))
                if SECOND_PAREN_LINE.match(later) or LINE_START_SECOND_HEADING.match(later.lstrip(" \u3000")):
                    break
        offset += len(line) + 1
    return breaks


def test_first_paren_breaks_on_the_lines_holding_a_first_paren_are_those_of_every_line(texts):
    from pipeline.document.glued import glued_first_paren_breaks

    rnd = random.Random(5)
    mixes = ["".join(rnd.choice(PIECES + ["\n"] * 6) for _ in range(rnd.randint(1, 60))) for _ in range(5000)]
    found = 0
    for text in texts + mixes + ["四、补贴政策(一)补贴标准。改炕补贴", "二、重点内容(一)编制\n（二）实施", "一、总体（一）原则（一）x\n(二)"]:
        expected = _first_paren_breaks_line_by_line(text)
        assert glued_first_paren_breaks(text) == expected, text
        found += bool(expected)
    assert found
