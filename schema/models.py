"""The items the pipeline extracts, as plain dataclasses.

Every extractor returns these with ``start``/``end`` character offsets into the text it was given
(end exclusive). The pipeline shifts nothing: extractors run on a document's own text, so the offsets
are the offsets into ``documents.text`` that ``../shared/SCHEMA.md`` requires.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class DocNumber:
    """A parsed 发文字号 such as 国开发〔2020〕3号, 省政府令第12号 or 国家税务总局公告2019年第45号."""

    text: str  # as written
    normalised: str  # brackets 〔〕, no spaces or invisible characters
    issuer_code: Optional[str]  # 国开发, 豫政办, 山西省人民政府令 …
    year: Optional[int]
    serial: Optional[int]
    form: str  # "bracketed", "decree", "announcement"


@dataclass
class Citation:
    text: str
    start: int
    end: int
    doc_number: Optional[str] = None
    title: Optional[str] = None
    relation: str = "cites"  # schema.relations.RELATIONS
    issuer_code: Optional[str] = None
    year: Optional[int] = None
    serial: Optional[int] = None
    # for repeals and amends: which document's force is changed: "cited" (this document repeals or
    # amends the cited one: 同时废止《X》, 对《X》作如下修改) or "citing" (the cited one amended this
    # document: a law's history line 根据…《…的决定》第二次修正); None for the other relations
    acts_on: Optional[str] = None
    # for repeals: the day the repeal takes effect when the text gives one of its own (《X》自2026年1月1日起
    # 停止执行: X is in force until then); None: the repealing document's own effective day
    takes_effect: Optional[str] = None


@dataclass
class Deadline:
    text: str
    start: int
    end: int
    kind: str  # deadline, recurring, relative, duration, start
    date: Optional[str] = None  # ISO date, for kind "deadline"
    rule: Optional[str] = None  # plain description for the other kinds


@dataclass
class LifecycleStatement:
    """Where a document says when it takes effect or stops being in force (extractors.lifecycle)."""

    text: str
    start: int
    end: int
    kind: str  # effective, expiry
    date: Optional[str] = None  # ISO: the first day in force (effective) or the last one (expiry)
    anchor: Optional[str] = None  # what a relative statement counts from: issued (自印发之日起), effective
    period: Optional[str] = None  # the length counted from the anchor: "30 days", "5 years", "6 months"


@dataclass
class Target:
    text: str
    start: int
    end: int
    value: float
    unit: str
    comparator: str = "="  # >=, <=, <, >, =
    subject: Optional[str] = None  # what is counted, when the text says
    scope: Optional[str] = None  # for whom, when the text says (各县（市）区 3000 万元)


@dataclass
class UnitMention:
    """One responsible unit named in an assignment statement."""

    name: str  # canonical: level prefix expanded, aliases in parentheses dropped
    raw: str  # as written
    role: str  # responsible, lead, cooperate
    kind: str  # department, leading_group, collective, company, other
    start: int
    end: int


@dataclass
class Measure:
    label: str
    level: int
    ordinal: int
    style: str  # which numbering style: cn_comma, cn_paren, arabic_dot …
    start: int  # whole item, children included
    end: int
    text_start: int  # the item's own text, label excluded, children excluded
    text_end: int
    heading: Optional[str] = None
    path: str = ""
    parent: Optional[int] = None  # index into the document's measure list
    children: list[int] = field(default_factory=list)


@dataclass
class DocumentMeta:
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    title: Optional[str] = None
    signed_date: Optional[str] = None
    printed_date: Optional[str] = None
    printed_by: Optional[str] = None
    recipients: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    contact: Optional[str] = None
    admin_level: str = "unknown"
    region: Optional[str] = None

