"""The words of a responsibility statement: which role each word gives, and the conventions a notice
states for who leads.

Roles (``../shared/gold/README.md``, Assignments): ``lead`` for units that 牵头, ``cooperate`` for
units that 配合 (协办, 参与 …), otherwise ``responsible``. A convention such as 逗号前的单位为牵头单位
makes the units before the first comma of a plain 责任单位 list lead; the others stay
``responsible`` unless the convention also names them (逗号后的单位为配合单位).

Every vocabulary here is named data with examples (``EXAMPLES``, run by tests/test_vocab_examples.py);
the examples are from real notices and the sample notices unless marked otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .lazy_patterns import compiled_later
from extractors.vocab import Examples

LEAD, COOPERATE, RESPONSIBLE = "lead", "cooperate", "responsible"

# --------------------------------------------------------------------------------------------
# Labels: 责任单位： 牵头单位： 配合部门： 牵头责任单位： 协同责任单位： 责任单位（排名第一的为牵头单位）：
# --------------------------------------------------------------------------------------------

# The first word of a list label decides the role of the units it lists.
LABEL_WORDS = {
    LEAD: ("牵头", "主责", "主办"),
    COOPERATE: ("配合", "协办", "协助", "协同", "协作", "参与", "参加"),
    RESPONSIBLE: ("责任", "承办"),
}
LABEL_ROLES = {word: role for role, words in LABEL_WORDS.items() for word in words}
# Words that label a list on their own, without 单位/部门 (牵头：市发改委；配合：市财政局). 责任 is
# not one of them: 压实责任： is a heading.
BARE_LABEL_WORDS = LABEL_WORDS[LEAD][:1] + LABEL_WORDS[COOPERATE][:2]
# What a label may name between its role word and 单位/部门: the unit's duty in the task (牵头考核单位 of an assessment's
# indicator list, 牵头实施单位, 配合落实部门) or 责任 (牵头责任单位). The role word still decides the role.
LABEL_DUTIES = ("责任", "考核", "实施", "落实", "推进", "督办", "督导")
LABEL_DUTY = r"(?:" + "|".join(LABEL_DUTIES) + r")?"

# The look-behind comes after the word, not before it: a pattern that starts with a literal word
# is scanned for five times faster. It looks past the word, so every word must be two characters.
assert {len(word) for word in LABEL_ROLES} == {2}
LABEL_RE = compiled_later(
    r"(?P<word>" + "|".join(LABEL_ROLES) + r")"
    r"(?<![各关]..)"  # not 各责任单位： (a salutation) nor 有关责任单位
    r"(?:" + LABEL_DUTY + r"(?:单位|部门|处室|科室)(?:[（(][^（）()\n]{0,24}[）)])?"  # 责任单位（部门）
    r"|(?<=" + "|".join(BARE_LABEL_WORDS) + r"))"
    r"[ \t\u3000]*[:：]"
)

# A label in brackets of its own, without a colon: 【牵头单位】县财政局【配合单位】县发改委.
BRACKETED_LABEL_RE = compiled_later(
    r"[【\[［〔](?P<word>" + "|".join(LABEL_ROLES) + r")" + LABEL_DUTY + r"(?:单位|部门|处室|科室)[】\]］〕][ \t\u3000]*[:：]?"
)
# Names of a unit column that label no list in running text: a task list's 实施主体 and 承担单位, an assessment table's
# 考核单位 (the unit an indicator assesses or that assesses it: either way the row's duty is its) and its rows' group
# cells naming the class of the units beside them (重点考核部门 · 一般考核单位 · 被考核单位). Their units are responsible.
COLUMN_NAMES = ("责任主体", "实施主体", "承担单位", "落实单位", "考核单位", "考核部门")
COLUMN_NAME_QUALIFIERS = ("重点", "一般", "其他", "其它", "主要", "被")  # 重点考核部门, 被考核单位
# The header cell of a table column that lists units: 牵头单位 | 配合单位 | 责任单位（排名第一的为牵头单位） | 实施主体.
COLUMN_LABEL_RE = compiled_later(
    r"[ \t\u3000*]*(?:(?P<word>" + "|".join(LABEL_ROLES) + r")" + LABEL_DUTY + r"(?:单位|部门|处室|科室)"
    r"|(?P<named>(?:" + "|".join(COLUMN_NAME_QUALIFIERS) + r")?(?:" + "|".join(COLUMN_NAMES) + r")))"
    r"(?:[（(][^（）()\n]{0,24}[）)])?"
    r"(?P<person>[ \t\u3000]*(?:及|和|、)[ \t\u3000]*(?:主要|具体)?(?:负责人|责任人|负责同志|联系人))?[ \t\u3000*]*"
)


def column_role(label: re.Match) -> str:
    """The role of the units of a column headed ``label`` (a COLUMN_LABEL_RE match): its role word's, else responsible."""
    return LABEL_ROLES[label.group("word")] if label.group("word") else RESPONSIBLE


# The head's name a cell prints after its unit when the column names both (牵头单位及主要负责人: 市民政局 伍泽国).
PERSON_AFTER_UNIT_RE = compiled_later(r"[ \t\u3000]+[\u4e00-\u9fff]{2,4}[ \t\u3000]*$")
# The number column of a table (序号): a row whose first cell is its number lacks the merged cells before it.
NUMBER_COLUMN_RE = compiled_later(r"[ \t\u3000*]*(?:序号|编号|序)[ \t\u3000*]*")
ROW_NUMBER_RE = compiled_later(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*")

TABLE_CELL_SEPARATORS = "|\t"  # pipe tables (Markdown, exports) and tab-separated rows

# --------------------------------------------------------------------------------------------
# Verbs that close a clause of a statement: （A牵头，B、C配合） （A负责） 由A牵头，B配合
# --------------------------------------------------------------------------------------------

ROLE_VERB_WORDS = {
    # 总牵头: the body leading a whole part, on its heading (一、加快调整能源结构(省发改委总牵头), ae12)
    LEAD: ("牵头负责", "负责牵头", "牵头抓总", "牵头落实", "牵头督导", "牵头推进", "牵头组织", "牵头实施", "总牵头", "牵头", "主责",
           "主办"),
    # 参加 as 参与: the units taking part beside the lead (勘察设计工作由省计委牵头,省建设厅、项目主管部门参加), as a label's 参加单位
    COOPERATE: ("配合落实", "配合", "协助", "协办", "协同", "参与", "参加"),
    RESPONSIBLE: (
        "按职责分工负责", "按职责分工落实", "按职能分工负责", "按照职责分工负责", "根据职责分工负责",
        "按职责负责", "分别负责", "共同负责", "负责落实", "具体负责", "自行负责", "统筹负责", "负责", "承办",
    ),
}
# A spun copy (a site's synonym-swapped rewrite of a notice: 发展→生长, 实施→实行, 负责→卖力) closes its clauses with
# 卖力 where the notice has 负责: （省生长改造委牵头卖力） · （…各地级以上市人民政府按职责分工卖力）. Only the closing
# words that hold 负责 get the swapped form, so 卖力 ends a clause of units only where 负责 would.
SPUN_RESPONSIBLE = "卖力"
ROLE_VERB_WORDS = {
    role: words + tuple(word.replace("负责", SPUN_RESPONSIBLE) for word in words if "负责" in word)
    for role, words in ROLE_VERB_WORDS.items()
}
# A role named as a noun after 为/是 ends a clause as a verb does: 县发改局为承办单位，县财政局、县卫健委为协办单位 ·
# 由乡三农服务中心为牵头单位. The label words (LABEL_WORDS) give the role, as they do for a label's list.
ROLE_NOUN_WORDS = {
    role: tuple(f"{copula}{word}{noun}" for word in words for copula in ("为", "是") for noun in ("单位", "部门"))
    for role, words in LABEL_WORDS.items()
}
ROLE_VERBS = {word: role for role, words in ROLE_VERB_WORDS.items() for word in words} | {
    word: role for role, words in ROLE_NOUN_WORDS.items() for word in words}
# A clause ends in a verb (longest first, so 牵头负责 is not read as 负责).
ROLE_VERB_TAIL_RE = compiled_later("(?:" + "|".join(sorted(ROLE_VERBS, key=len, reverse=True)) + ")$")

# A role marked on one unit of a list: 市发改委（牵头）.
INLINE_ROLE_RE = compiled_later(r"[（(](?P<word>牵头|配合|协助|参与|协办)(?:单位|部门)?[）)]$")

# 由A牵头 / 此项工作由A负责: what stands before 由 is cut off (not 自由, 理由).
LEADING_AGENT_RE = compiled_later(r"[^由]{0,12}?(?<![自理缘经来])由")

# A sentence of running text that assigns: 由市人社局牵头，市财政局、教育局配合，… · 此项工作由市民政局负责 · and
# a clause after a comma (推进改革，由县发改局牵头，县财政局配合，6月底前完成 · …,具体由县文体局负责). Only its
# start is matched here; the clauses are read like a bracketed statement, and count only when they end in
# role verbs (所需资金，由县财政负责保障 does not). After a colon as after a comma: a step or heading names its doer
# (第二步:由县…办公室牵头,县委督查室…对各乡(镇)…进行全面检查验收). The role verb lies within 60 characters, or within
# AGENT_LIST_CHARS in the same clause: a long list of doers joined by 、 (由所涉及的省政府办公厅、住房城乡建设厅、…、人力资源
# 社会保障厅等省级主管部门（单位）牵头完成自查报告, fifteen bodies). A task handed over names its doer the same way
# (制定边境地区网络覆盖方案，按分工交由达茂旗牵头落实).
AGENT_LIST_CHARS = 200
# What every such sentence holds (a text without it is not scanned).
AGENT_MARK = "由"
# What a sentence these patterns read starts after (besides the text's start), and what a clause from 由 starts after.
SENTENCE_OPENERS = "。；;！\n"
AGENT_OPENERS = SENTENCE_OPENERS + "，,:："
AGENT_SENTENCE_RE = compiled_later(
    r"(?:(?:^|(?<=[" + SENTENCE_OPENERS + r"]))[ \t\u3000]*(?:[一二三四五六七八九十]+是|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])?(?:(?:该|此|这|上述|以上)项?(?:工作|任务|措施|事项)?)?"
    r"|(?<=[" + AGENT_OPENERS[len(SENTENCE_OPENERS):] + r"]))(?:具体|统一|主要)?(?:按分工)?(?:交|移交|转交)?由(?=[^。；;\n]{2,60}?(?:牵头|负责|承办|会同)"
    r"|[^。；;\n，,]{2," + str(AGENT_LIST_CHARS) + r"}?(?:牵头|负责|承办|会同))")
# A sentence that names its units' roles as nouns, without 由: 县发改局为承办单位，县财政局、县卫健委为协办单位. Only
# its start is matched (a sentence's start whose first clause ends in a role noun); it is read as 由's sentences are.
ROLE_NOUN_SENTENCE_RE = compiled_later(
    r"(?:^|(?<=[" + SENTENCE_OPENERS + r"]))[ \t\u3000]*(?:[一二三四五六七八九十]+是|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)])?"
    # not a convention (第一个单位为牵头单位, 逗号前的单位为牵头单位, 其余为配合单位): it names a place in lists, no unit
    r"(?![^。；;！\n，,]{0,40}?(?:第一|首位|首个|最前|逗号|分号|其余|其他|其它|排名|排列|列在|后面|之后)[^。；;！\n，,]{0,12}?[为是])"
    r"(?=[^。；;！\n，,]{2,40}?[为是](?:" + "|".join(LABEL_ROLES) + r")(?:单位|部门)(?:[，,；;。！\n]|$))", re.MULTILINE)
# The role noun every such sentence holds (为承办单位, 是牵头部门): a text without one has no such sentence, and is
# not scanned for sentence starts (a law of 10,000 characters has hundreds).
ROLE_NOUN_RE = compiled_later(r"[为是](?:" + "|".join(LABEL_ROLES) + r")(?:单位|部门)")

# A clause from 由 whose doer is followed by its task after the role verb: 1.由保洁公司负责组织各村保洁人员 (an item
# opening with its doer) · …的直接领导下,由宣传部负责组织实施 (after a comma). The clause is the doer's up to 负责; a
# role verb before no task verb (所需资金,由县财政负责保障) must end its clause.
ROLE_VERB_BEFORE_TASK_RE = compiled_later(r"(?:牵头|负责)(?=组织|做好|抓好|开展|落实|推进|协调|实施|制定|督促|指导|完成|对[^接])")
# A clause from 由 naming its doers as one body 会同 others, the list closed by 等部门 before the task, with no role verb:
# 由发展改革委会同中央农办、农业部…等部门研究提出落实意见 (a division-of-work notice's item). The clause is the doers' up
# to 等部门; without 等部门 (由市教育局会同市财政局制定…) nothing closes the list and no statement is read.
JOINT_DOERS = r"[^，,。；;]{2,30}?会同[^，,。；;]{2,120}?等(?:有关|相关)?(?:部门|单位)(?=[\u4e00-\u9fff])"
JOINT_DOERS_RE = compiled_later(JOINT_DOERS)
# The same clause after the thing it settles, in one clause with it: 出让底价由市国土局会同市发改、规划…等部门共同确定 (a rules
# article's item, cb04). The match ends at 由, where the doers' clause starts; 由A会同B制定 without 等部门 stays unread.
SUBJECT_THEN_JOINT_DOERS_RE = compiled_later(
    r"(?:^|(?<=[" + AGENT_OPENERS + r"]))[^。；;！\n，,:：由]{2,24}?由(?=" + JOINT_DOERS + ")", re.MULTILINE)
# A clause that names the work first and the unit leading it after 由, all in one clause: 省重点项目的勘察设计工作由省计委牵头,
# 省建设厅、项目主管部门参加 (a rules article's or a notice item's division of a task: the README's A牵头，B配合 with the task
# before it). The match ends at 由, where the doers' clause starts; it is read as a clause after a comma is, and counts only
# when its clauses end in role verbs. With 负责 and no 牵头 the same order names who is competent for the work, no
# assignment (C33: 新闻宣传工作仍由法规处具体负责, 各级清理整顿工作由公安和工商行政管理部门具体负责), not read; a 由 clause opening
# its sentence or after a comma (AGENT_SENTENCE_RE) is the doer's. Not 由于, 由此, 自由, 理由, 经由, 缘由, 来由.
SUBJECT_THEN_AGENT_RE = compiled_later(
    r"(?:^|(?<=[" + AGENT_OPENERS + r"]))[^。；;！\n，,:：由]{2,24}?(?<![自理缘经来])由(?![于此])"
    r"(?=[^。；;\n，,]{2,60}?牵头)", re.MULTILINE)
# A sentence opening with its doer, without 由: 区政府办公室负责对区级各部门…的政务公开工作进行考评 (y02). Only a body
# named with its level prefix counts (units.py checks it): 主要负责人负责对… and 本单位负责… name no unit.
SUBJECT_DUTY_SENTENCE_RE = compiled_later(
    r"(?:^|(?<=[" + SENTENCE_OPENERS + r"]))[ \t\u3000]*(?=[\u4e00-\u9fff]{3,16}?(?:牵头|负责)"
    r"(?:组织|做好|抓好|开展|落实|推进|协调|实施|制定|督促|指导|对[^接]))", re.MULTILINE)
# A label of a task's division among bodies, before its role clauses: 部门分工:省工业和信息化厅牵头,各地、…各成员单位配合 (a
# province's 政府工作报告重点任务分工方案, each task over such a line) · 责任分工：市发改委牵头，市财政局配合. The statement starts
# after it and counts only when its clauses end in role verbs, as a clause from 由 does (四、责任分工: over an item list
# starts no statement: its line ends at the colon).
DIVISION_LABEL_RE = compiled_later(
    r"(?:^|(?<=[" + SENTENCE_OPENERS + r"]))[ \t\u3000]*(?:部门|责任|任务|职责|工作)?分工[ \t\u3000]*[:：][ \t\u3000]*", re.MULTILINE)
# A heading naming the body that leads (or carries) the part under it, alone on its line: (一)省监察厅牵头的工作 · 2.市发展改革委
# 负责的任务 — the outline of a government's division of its year's work targets (工作目标责任分解: 一、…省长负责的工作 over
# (一)省审计厅牵头的工作, its tasks, then 协同单位: lines). Its doers are read as a bracket's （A牵头） is; units.py takes only a
# heading whose first doer is a body named with its level (一、孟学农省长负责的工作 names a person).
UNIT_HEADING_RE = compiled_later(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))[ \t\u3000]*"
    r"(?P<doers>[^\s，,。；;:：（）()]{2,40}?(?:牵头|负责))的(?:工作|任务|事项)[。]?[ \t\u3000]*$", re.MULTILINE)
# A line opening an article of a rules text (第五条 …) or a top-level item of a notice's outline (一、). A doer's sentence
# inside an article (on its line, in a paragraph or an enumeration （一） 1. under it) is a provision naming the competent
# authority, not a task of a plan: 省农业行政主管部门负责制定…操作规程 (az02), 第三条 市政府办公室负责组织落实本规定 (ah11),
# neither annotated. An outline's 一、 after the articles (a notice's own text below the rules it issues) ends them.
NUMBERED_LINE_RE = compiled_later(
    r"^[ \t\u3000]*(?:(?P<article>第[一二三四五六七八九十百零〇\d]{1,6}条)|[一二三四五六七八九十]{1,3}、)", re.MULTILINE)

# Items named by the unit that carries each, a list joined by 、 after 由: 其中,由县民政局负责的第1件、县发改局负责的第4件、
# 县卫健局负责的第17、18件确定事项进展滞后 (y13). Each unit stands between 由 or 、 and its 负责的; units.py reads a run of
# two or more in one clause, each named with its level prefix (…对由县财政局负责的资金… alone names no duty).
UNIT_BEFORE_ITEM_RE = compiled_later(r"(?<=[由、])(?P<unit>[^、，,。；;：:！!？?\n由的]{2,20}?)负责的")

# --------------------------------------------------------------------------------------------
# Conventions: where a notice says which units of a list lead
# --------------------------------------------------------------------------------------------

# The value names the separator that ends the lead part of a list ("first": only the first unit).
LEAD_CONVENTIONS = (
    (compiled_later(r"(?:逗号|“，”|，号)(?:之)?前[^。；\n]{0,10}?牵头"), "comma"),
    (compiled_later(r"(?:分号|“；”)(?:之)?前[^。；\n]{0,10}?牵头"), "semicolon"),
    (
        compiled_later(
            r"(?:第一位|第一个|首位|首个|第一|最前)[的者]?(?:单位|部门)?(?:为|是)?(?:工作)?牵头(?:单位|部门)"
            r"|牵头(?:单位|部门)(?:排|列|放)?(?:在|于)?(?:第一位|首位|最前)"
        ),
        "first",
    ),
)
LEAD_SEPARATORS = {"comma": "，,", "semicolon": "；;", "first": ""}
LEAD_WORD = "牵头"  # every pattern of LEAD_CONVENTIONS holds it
assert all(LEAD_WORD in pattern.pattern for pattern, _ in LEAD_CONVENTIONS)
# The same convention naming the other units: 逗号后的单位为配合单位 / 其他为配合单位.
COOPERATE_REST_RE = compiled_later(r"(?:其余|其他|其它|逗号后|分号后|之后|后面)[^。；\n]{0,8}?(?:为|是)(?:配合|协办|参与|协助)")
CONVENTION_SPAN = 40  # characters after the lead convention where COOPERATE_REST_RE is looked for


@dataclass(frozen=True)
class Convention:
    """A stated rule for plain lists: ``separator`` (comma, semicolon, first) ends the lead units;
    the others take ``rest_role``; it holds for the lists that end after ``start``."""

    separator: str
    rest_role: str
    start: int


def find_convention(text: str) -> Optional[Convention]:
    """The first lead convention ``text`` states, if any."""
    if LEAD_WORD not in text:  # each convention names it; most texts are read once, not three times
        return None
    found = [(match.start(), match.end(), name) for pattern, name in LEAD_CONVENTIONS
             for match in [pattern.search(text)] if match]
    if not found:
        return None
    start, end, name = min(found)
    rest = COOPERATE if COOPERATE_REST_RE.search(text, start, end + CONVENTION_SPAN) else RESPONSIBLE
    return Convention(name, rest, start)


# A convention written as the last clause of a bracketed statement: （A、B负责，排在第一位的为牵头部门，下同）.
CONVENTION_CLAUSE_RE = compiled_later(r"[，,；;][^，,；;（）()\n]*(?:[为是]牵头(?:单位|部门)?|下同)[^（）()\n]*$")
# A convention written in brackets after the last unit of a list: 市级各部门(逗号前的单位为牵头单位,下同).
CONVENTION_NOTE_RE = compiled_later(r"[（(][^（）()\n]*(?:[为是]牵头|下同)[^（）()\n]*[）)]$")

# Text that a list can contain but is not a unit (a convention note inside the list).
NOT_A_UNIT_RE = compiled_later(r"逗号|分号|下同|为牵头|为配合|其余|排名|排在|列第|第一位|第一个|首位|首个")


def _verb_role(clause: str) -> Optional[str]:
    """The role the verb ending ``clause`` gives, if it ends in one."""
    match = ROLE_VERB_TAIL_RE.search(clause)
    return ROLE_VERBS[match.group()] if match else None


def _is_lead_clause(clause: str) -> bool:
    return _verb_role(clause) == LEAD


def _is_cooperate_clause(clause: str) -> bool:
    return _verb_role(clause) == COOPERATE


def _is_responsible_clause(clause: str) -> bool:
    return _verb_role(clause) == RESPONSIBLE


def _label_role(label: str) -> Optional[str]:
    match = LABEL_RE.search(label)
    return LABEL_ROLES[match.group("word")] if match else None


def _is_lead_label(label: str) -> bool:
    return _label_role(label) == LEAD


def _is_cooperate_label(label: str) -> bool:
    return _label_role(label) == COOPERATE


def _is_responsible_label(label: str) -> bool:
    return _label_role(label) == RESPONSIBLE


def _convention_separator(text: str) -> Optional[str]:
    convention = find_convention(text)
    return convention.separator if convention else None


def _names_cooperating_rest(text: str) -> bool:
    convention = find_convention(text)
    return bool(convention and convention.rest_role == COOPERATE)


EXAMPLES = {
    "_is_lead_label": Examples(
        match=("牵头单位：市发展改革委", "牵头责任单位:市发展改革委。", "牵头部门：区商务局", "（牵头：市发改委；",
               "主办单位：县政府办"),
        no_match=("各牵头单位要统筹落实任务事项", "配合单位：市财政局", "牵头负责领导:金力。"),
    ),
    "_is_cooperate_label": Examples(
        match=("配合单位：财政厅、人力资源社会保障厅", "协同责任单位:市经信局、市商务局", "协办单位：县财政局",
               "参与部门：县教育局", "配合：市财政局", "主要协作单位:各乡镇人民政府"),
        no_match=("责任单位：市民政局", "各参与单位要主动作为"),
    ),
    "_is_responsible_label": Examples(
        match=("〔责任单位:市脱贫攻坚办,各县(市、区)〕", "责任部门:县住房和城乡建设局", "(责任单位:市直各有关单位、",
               "责任单位（排名第一的为牵头单位）：", "承办单位：县民政局", "责任处室：规划财务处"),
        no_match=("各责任单位：", "有关责任单位：", "压实责任：", "责任领导：王某"),
    ),
    "_is_lead_clause": Examples(
        match=("市政府办公室、市行政审批制度改革工作领导小组办公室牵头", "规划财务处、考评处牵头", "由市发改委牵头负责"),
        no_match=("市财政局配合", "县民政局负责"),
    ),
    "_is_cooperate_clause": Examples(
        match=("各处室、事业单位配合", "市财政局、教育局配合", "有关部门参与", "县财政局协办"),
        no_match=("市人社局牵头",),
    ),
    "_is_responsible_clause": Examples(
        match=("市级各有关部门及各县市区政府按职责分工负责", "县民政局负责", "各县（市、区）分别负责",
               "市委和市政府负责", "各县区政府共同负责", "县政府办承办"),
        no_match=("市人社局牵头负责", "市财政局配合"),
    ),
    "BRACKETED_LABEL_RE": Examples(
        match=("（二）强化资金保障。【牵头单位】县财政局", "[配合单位]县审计局", "〔责任单位〕"),
        no_match=("【责任单位：市民政局】", "【牵头领导】"),
    ),
    "PERSON_AFTER_UNIT_RE": Examples(match=("市民政局 伍泽国",), no_match=("市民政局",)),
    "NUMBER_COLUMN_RE": Examples(match=("序号", " 编号 "), no_match=("牵头单位",)),
    "ROW_NUMBER_RE": Examples(match=("2 ", "12"), no_match=("一、",)),
    "COLUMN_LABEL_RE": Examples(match=(" 牵头单位 ", "配合单位", "责任单位（排名第一的为牵头单位）", "实施主体", "责任主体",
                                       "考核单位", "重点考核部门", "被考核单位", "承担单位"),
                                no_match=(" 序号 ", "考核内容", "考核项目", "主体", "单位名称")),
    "INLINE_ROLE_RE": Examples(match=("县发改委（牵头）", "市财政局(配合)"), no_match=("县（市、区）",)),
    "NUMBERED_LINE_RE": Examples(
        match=("第五条 农业行政主管部门应当", "  第十二条 本办法自发布之日起施行", "一、总体要求"),
        no_match=("根据第五条规定", "省农业行政主管部门负责制定", "（三）加强监管")),
    "DIVISION_LABEL_RE": Examples(
        match=("\n  部门分工:省工业和信息化厅牵头", "。责任分工：市发改委牵头", "任务分工:"),
        no_match=("按职责分工:", "四、责任分工:", "分工明确")),
    "UNIT_HEADING_RE": Examples(
        match=("(一)省监察厅牵头的工作", "\n（二）市发展改革委负责的任务\n", "3.县财政局、县审计局牵头的事项"),
        no_match=("(一)省监察厅牵头的工作要求各地", "(三)加强牵头单位的工作", "省监察厅牵头的工作")),
    "SUBJECT_DUTY_SENTENCE_RE": Examples(
        match=("\n区政府办公室负责对区级各部门的政务公开工作进行考评。", "。县应急局负责组织演练。"),
        no_match=("。县财政局负责保障经费。", "。各单位要落实责任。")),
    "UNIT_BEFORE_ITEM_RE": Examples(match=("由县民政局负责的第1件", "、县发改局负责的第4件"),
                                    no_match=("县民政局负责的第1件", "由县民政局负责落实", "、县财政局牵头的")),
    "ROLE_NOUN_SENTENCE_RE": Examples(
        match=("县发改局为承办单位，县财政局为协办单位。", "。市民政局为牵头单位。"),
        no_match=("。承办单位要加强领导。", "。县发改局作为牵头单位的职责", "。县发改局为承办单位的负责人",
                  "\n（第一个单位为牵头单位，下同）", "。逗号前的单位为牵头单位。")),
    "ROLE_NOUN_RE": Examples(match=("为承办单位", "是牵头部门"), no_match=("承办单位", "为有关单位")),
    "LEADING_AGENT_RE": Examples(match=("由区扶贫办", "此项工作由市民政局"), no_match=("自由贸易试验区", "理由")),
    "AGENT_SENTENCE_RE": Examples(
        match=("由县卫健委牵头，县财政局配合，建立制度。", "加强监测。由市民政局负责，各县区配合。", "。具体由县文体局负责。",
               "制定网络覆盖方案，按分工交由达茂旗牵头落实。",
               "届时将举行庆祝活动,具体由县文体局负责。", "。此项工作由市民政局负责。", "推进改革，由县发改局牵头，县财政局配合",
               "\n1.由保洁公司负责组织各村保洁人员", "由乡三农服务中心承办,乡畜牧站、卫生院配合。",
               "第二步:由县新农村建设领导小组办公室牵头,县委督查室",
               "督查重点，由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、环境保护厅、民政厅、省经济和信息化委、文化厅、"
               "省政府金融办、商务厅、科技厅等省级主管部门（单位）牵头完成自查报告"),
        no_match=("所需经费由县财政负担。", "理由县政府负责", "自由贸易区负责人", "第二步:自由报名,县团委负责",
                  # a role verb far off across a comma is another clause's
                  "，由各地结合本地实际情况认真研究确定具体的实施步骤、工作安排和保障措施并报上级部门审核备案，确保各项工作落到实处、"
                  "按期完成并取得实效，市直部门负责"),
    ),
    "_convention_separator": Examples(
        match=("（逗号前的单位为牵头单位,下同）", "各项任务的责任单位中，逗号前的单位为牵头单位",
               "分号前为牵头单位", "责任单位排在第一位的为牵头单位", "排名第一位为牵头单位", "列第一位的为牵头单位",
               "列第一位者为牵头部门,下同", "列第一位者为工作牵头单位或汇总单位,下同",
               "第一个单位为牵头单位", "牵头单位列在首位"),
        no_match=("驻村第一书记为牵头人，负责统筹村级事务。", "逗号前后各空一格"),
    ),
    "_names_cooperating_rest": Examples(
        match=("逗号前的单位为牵头单位，逗号后的单位为配合单位", "排名第一的为牵头单位，其他为配合单位"),
        no_match=("（逗号前的单位为牵头单位,下同）", "列第一位的为牵头单位。"),
    ),
    "CONVENTION_NOTE_RE": Examples(
        match=("市级各部门(逗号前的单位为牵头单位,下同)", "县教育局（排名第一的为牵头单位）"),
        no_match=("各县(市、区)", "区农业农村局(区乡村振兴局)", "县发改委（牵头）", "县发改委（牵头单位）"),
    ),
    "CONVENTION_CLAUSE_RE": Examples(
        match=("市卫生计生委、市人力社保局负责，排在第一位的为牵头部门，下同", "A牵头，B配合，下同"),
        no_match=("市卫生计生委负责", "A牵头，B配合")),
    "NOT_A_UNIT_RE": Examples(match=("逗号前的单位为牵头单位", "下同", "排名第一的为牵头单位"), no_match=("市民政局",)),
    "LABEL_RE": Examples(
        match=("牵头单位：市发展改革委", "责任单位（排名第一的为牵头单位）：", "配合：市财政局", "协同责任单位:市经信局",
               "牵头考核单位：市审批服务局", "配合落实部门：县财政局"),
        no_match=("各责任单位：", "有关责任单位：", "压实责任：", "牵头单位要统筹落实")),
    "SUBJECT_THEN_AGENT_RE": Examples(
        match=("第三条 省重点项目的勘察设计工作由省计委牵头,省建设厅、项目主管部门、筹建单位参加",
               "具体组织工作由县教育局牵头,县财政局配合", "二、验收工作由市住建局牵头负责"),
        no_match=("由于工作需要,由县教育局牵头", "各单位要自由报名,牵头人签字", "此项工作由市民政局统一安排",
                  "各级清理整顿工作由公安和工商行政管理部门具体负责", "其人事管理工作由被聘人员原单位人事部门负责",
                  "城乡环境卫生清洁工程由各级政府负责组织")),
    "SUBJECT_THEN_JOINT_DOERS_RE": Examples(
        match=("第五条 出让底价由市国土局会同市发改、规划、财政等部门共同确定", "补助标准由县财政局会同县民政局、县人社局等部门核定"),
        no_match=("出让底价由市国土局会同市财政局确定", "由发展改革委会同中央农办、农业部等部门研究提出落实意见")),
    "JOINT_DOERS_RE": Examples(match=("发展改革委会同中央农办、农业部、财政部等部门研究提出落实意见",),
                               no_match=("市教育局会同市财政局制定方案", "发展改革委会同农业部等部门。")),
    "ROLE_VERB_BEFORE_TASK_RE": Examples(match=("负责组织各村保洁人员", "牵头做好", "负责对各部门进行考评", "牵头完成自查报告"),
                                         no_match=("负责保障", "负责同志", "负责对接")),
    "ROLE_VERB_TAIL_RE": Examples(match=("区国土分局牵头", "各处室、事业单位配合", "按职责分工负责", "县财政局为协办单位"),
                                  no_match=("区国土分局牵头，", "负责同志")),
    "COOPERATE_REST_RE": Examples(match=("逗号后的单位为配合单位", "其他为配合单位"),
                                  no_match=("其他为牵头单位", "各参与单位")),
}
