"""The one list of citation relations (``citations.relation``, ``../shared/SCHEMA.md``).

``RELATIONS`` is in priority order, strongest first: when a notice mentions one document several
times (根据《X》… 现将《X》印发给你们), the strongest relation sums them up. Repealing or amending a
document says more about it than issuing or forwarding it; a plain mention says least.

    repeals     同时废止《X》, 《X》不再执行, 予以废止, 宣布失效, the rows of a repeal list or cleanup table
    amends      关于修改《X》的决定, 对《X》作如下修改, 将《X》第七条修改为; and, on a law's history line,
                根据…《…的决定》第二次修正: the cited act amended this document (``citations.acts_on``
                says which: cited, or citing)
    forwards    关于转发《X》的通知, 现将《X》转发给你们
    issues      现将《X》印发给你们 (the document issued with the notice)
    basis       根据《X》, 按照, 依据
    implements  贯彻落实《X》, 认真落实
    cites       any other mention

Every module that stores, ranks, compares or draws relations imports these names from here.
"""

from __future__ import annotations

from typing import Iterable

from extractors.vocab import Examples

RELATIONS = ("repeals", "amends", "forwards", "issues", "basis", "implements", "cites")

# Relations that say this document acts on the cited one's force (the lifecycle uses them).
LIFECYCLE_RELATIONS = frozenset({"repeals", "amends"})

DEFAULT_RELATION = "cites"

EXAMPLES = {
    "RELATIONS": Examples(match=("forwards", "issues", "basis", "implements", "cites", "repeals", "amends"),
                          no_match=("refers", "")),
    "LIFECYCLE_RELATIONS": Examples(match=("repeals", "amends"), no_match=("forwards", "cites")),
}


def strongest_relation(relations: Iterable[str]) -> str:
    """The one relation that sums up several mentions of a document (forwards beats cites)."""
    present = set(relations)
    return next((relation for relation in RELATIONS if relation in present), DEFAULT_RELATION)


def relation_rank(relation: str) -> int:
    """0 for the strongest relation; unknown relations rank after every known one."""
    return RELATIONS.index(relation) if relation in RELATIONS else len(RELATIONS)
