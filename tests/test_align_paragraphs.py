"""A national article of several paragraphs, which a regulation splits among articles of its own,
read paragraph by paragraph (pipeline/corpus/align/scores.py: PARAGRAPH_WEIGHT, PARAGRAPH_CANDIDATES)."""

from __future__ import annotations

import pytest

from pipeline.corpus.align import scores
from pipeline.corpus.align.measures import build_measures
from pipeline.corpus.align.scores import paragraphs_of, score_matrices


def _measures(texts: list[str], prefix: str) -> list:
    return build_measures([{"id": f"{prefix}{k}", "path": str(k), "level": 1, "label": f"第{k}条", "heading": None,
                            "text": text, "start": 0} for k, text in enumerate(texts, 1)])


#: A law whose first article funds the work in its first paragraph and rewards people in its second.
LAW = ["县级以上人民政府应当将档案事业纳入国民经济和社会发展规划，将档案事业发展经费列入政府预算，确保档案事业发展与经济社会发展水平相适应。\n"
       "国家对在档案收集、整理、保护、利用等方面做出突出贡献的单位和个人，按照国家有关规定给予表彰、奖励。",
       "档案馆应当配备符合国家标准的防火、防盗、防潮、防有害生物的设施设备，保障档案安全。",
       "机关、团体、企业事业单位应当按照国家有关规定定期向档案馆移交档案，档案馆不得拒绝接收。"]
#: A regulation's article restating the second paragraph alone; another restating nothing of the first article.
REGULATION = ["对在档案收集、整理、保护和利用工作中做出突出贡献的单位和个人，由县级以上人民政府按照国家有关规定给予表彰和奖励。",
              "档案馆应当建立健全防火、防盗、防潮等安全管理制度，定期检查设施设备。"]


def _lexical(monkeypatch, weight: float) -> list[list[float]]:
    monkeypatch.setattr(scores, "PARAGRAPH_WEIGHT", weight)
    return score_matrices(_measures(REGULATION, "L"), _measures(LAW, "N"), 12)[0]


def test_the_paragraphs_of_an_article():
    law = _measures(LAW, "N")
    assert len(paragraphs_of(law[0])) == 2
    assert paragraphs_of(law[1]) == []  # one paragraph: the article itself
    assert paragraphs_of(_measures(["县级以上人民政府应当加强档案工作的领导。\n前款规定的经费。"], "X")[0]) == []  # a stub is no paragraph


def test_an_article_restating_one_paragraph_scores_as_well_as_against_that_paragraph(monkeypatch):
    weight = scores.PARAGRAPH_WEIGHT
    whole = _lexical(monkeypatch, 0.0)
    by_paragraph = _lexical(monkeypatch, weight)
    assert max(range(3), key=lambda j: whole[0][j]) == 0  # its best candidate by its words, diluted ...
    assert by_paragraph[0][0] > whole[0][0] + 0.05  # ... is read by the paragraph it restates
    # an article of one paragraph, and the articles not among a measure's best, keep their score
    assert by_paragraph[0][1:] == pytest.approx(whole[0][1:])
    assert by_paragraph[1][1] == pytest.approx(whole[1][1])
    assert by_paragraph[1][0] == pytest.approx(whole[1][0])  # the first article is not the second measure's best
