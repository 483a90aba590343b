"""Forms found by held-out set AS (tests/data/realworld/as*, seven notices, one per new everyday topic that gave one, each
the first real notice the pages corpus returned for it, annotated before the pipeline ran on them): each test reads a real
notice of the set (named in the test) and a look-alike that must keep its reading, so a fix never takes the general case
with it."""

from extractors.citations import find_citations
from extractors.deadlines import find_deadlines
from extractors.targets import find_targets
from pipeline.document.normalise import normalise
from pipeline.document.title import clean_title
from pipeline.extract import extract_text

from test_real_forms import extracted, labels, parsed, real


def _title(text: str):
    return extract_text(text, "look-alike.txt")["documents"][0]["title"]


# ------------------------------------------------------------------ header


def test_a_plans_name_under_a_lead_in_is_its_title_when_its_text_follows():
    # as02: a 文库 page's file name, fields and a slogan paragraph, then the plan's name over its preamble (…制定本方案。)
    assert extracted("as02")["title"] == "3-11周岁人群新冠疫苗接种工作方案"
    # as05: a news page's headline and lead, then the draft plan's name, its (征求意见稿) line, and its 一、
    assert extracted("as05")["title"] == "天津市城镇老旧小区更新改造工作方案"
    # the same lines over a paragraph that does not say it is their text are no header of a plan
    assert _title(real("as02").replace("制定本方案", "开展工作")) != "3-11周岁人群新冠疫苗接种工作方案"
    assert _title(real("as05").replace("一、总体要求", "总体要求如下")) != "天津市城镇老旧小区更新改造工作方案"


def test_a_carousels_residue_is_no_headline():
    # as04: a school's news module opening with • slider image 342 and ::: prints no title at all
    assert extracted("as04")["title"] is None
    # a headline in words in its place is still the page's headline
    assert _title(real("as04").replace("• slider image 342", "毒咖啡包宣导")) == "毒咖啡包宣导"


def test_a_title_glued_after_a_copy_that_lost_its_beginning_is_the_whole_copy():
    # as03: 乡2020年秋季征兵工作实施方案XX乡2020年秋季征兵工作实施方案 (a cut file name, then the plan's name)
    assert extracted("as03")["title"] == "XX乡2020年秋季征兵工作实施方案"
    # two different names glued together stay as they are; a name printed twice still counts once
    assert clean_title("乡镇安全生产实施方案县级防汛工作方案")[0] == "乡镇安全生产实施方案县级防汛工作方案"
    assert clean_title("征兵工作实施方案征兵工作实施方案")[0] == "征兵工作实施方案"


# ------------------------------------------------------------------ measures


def test_headings_glued_after_a_preamble_closed_by_a_colon_start_lines():
    # as03: …制定本实施方案:一、指导思想 以…任务。二、工作目标 以… (one line, two headings)
    assert labels(parsed("as03")) == [("一、", 1), ("二、", 1)]
    # the run counts up from 一: a 三、 glued after the first item's sentence is no second heading
    skipped = real("as03").replace("二、工作目标", "三、工作目标")
    assert "\n三、工作目标" not in normalise(skipped).text


def test_a_first_paren_heading_glued_after_its_headings_words_with_a_run_in_heading_starts_a_line():
    # as01: 四、补贴政策(一)补贴标准。改炕补贴… (a 文库 copy cut before any （二）)
    assert labels(parsed("as01")) == [("一、", 1), ("二、", 1), ("三、", 1), ("四、", 1), ("(一)", 2)]
    # a （一） whose words run on without a full stop stays inside its heading's line
    kept = real("as01").replace("(一)补贴标准。改炕补贴", "(一)补贴标准按改炕补贴")
    assert "\n(一)" not in normalise(kept).text


# ------------------------------------------------------------------ targets and citations


def test_lessons_under_a_ceiling_are_a_target_and_clock_hours_are_not():
    # as07: 一次缴纳不得超过3个月、不得累计60课时、不得超过5000元的培训费用
    found = {(t.text, t.unit, t.comparator) for t in find_targets(real("as07"))}
    assert ("60课时", "课时", "<=") in found and ("5000元", "元", "<=") in found
    # hours on duty or a window are still no amount
    assert not [t for t in find_targets("实行24小时值班,事件发生后不超过2小时报告。") if t.unit == "小时"]


def test_a_model_contract_named_in_brackets_is_a_document_and_the_draft_of_the_notice_is_the_notice():
    # as07: 签订《中小学生校外培训服务合同(示范文本)》 cites the published model contract
    titles = {c.title for c in find_citations(real("as07"))}
    assert "中小学生校外培训服务合同(示范文本)" in titles
    assert not {c.title for c in find_citations("签订《培训服务合同》,索取收费票据。")}
    # as05: the lead names the draft it prints, 《天津市…工作方案(征求意见稿)》: the document itself, no citation
    assert extracted("as05")["citations"] == []


# ------------------------------------------------------------------ deadlines


def test_a_past_limit_that_qualifies_the_things_covered_is_no_deadline():
    # as05: 力争基本完成2000年底前建成的城镇老旧小区改造任务 in the 2020 lead: the estates' build date, nothing due then
    assert "2000年底前" not in [d.text for d in find_deadlines(real("as05"), 2020)]
    # a limit of the plan's own time so followed is still one (a reward for finishing by then), and so is a past one
    # that a verb of doing follows
    assert [d.date for d in find_deadlines("6月底前建成的给予奖励。", 2020)] == ["2020-06-30"]
    assert [d.date for d in find_deadlines("2000年底前完成改造任务。", 1999)] == ["2000-12-31"]
