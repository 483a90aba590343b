"""Which offices (units) a person means by what they type: 泾县卫健委, 泾县卫生健康委员会, 福州市扶贫办,
县卫健委 with a trailing space, or part of a name (卫健).

The units table holds each unit by its canonical name with the level prefix expanded (县卫健委), its
region (泾县) and its aliases (卫健委, 县卫生健康委员会 …: ``extractors.unit_names.unit_aliases``). A
clerk types the name as they know it: with the place in front (泾县卫健委 = 泾县 + 县卫健委), in full
or abbreviated, with spaces, in traditional characters. :func:`resolve` answers, in order of trust:

``exact``    the cleaned text is a unit's id, name, full name or one of its aliases;
``name``     a form of it is: the text's leading places (泾县, 福州市, 福州) are read as the unit's
             region, and its rest is expanded and abbreviated with the units' own vocabulary
             (``unit_aliases``: 卫健委 ↔ 卫生健康委员会), at the level the text names (县, or the
             place's: 泾县 → 县) — so 县卫健委 never finds 市卫健委;
``partial``  the rest (two characters or more) is part of a unit's name or alias (卫健 → 县卫健委);
``none``     nothing: ``suggestions`` holds the nearest units by character similarity.

Everything here is a pure function of the text and the units (:class:`Office`); ``load_offices``
reads them from a database.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from extractors.fold import fold
from extractors.unit_names import (
    LEVEL_NAMES,
    LEVEL_PREFIX_CHARS,
    PLACE_SUFFIXES,
    REGION_LEVEL_ENDINGS,
    leading_place,
    level_prefix,
    unit_aliases,
)

# Characters people leave around a name they paste or type: quotes, brackets of a list, end marks.
SURROUNDING = " \t\r\n\u3000\u00a0，。、；：,.;:!！?？\"'“”‘’「」『』《》<>"
PARTIAL_MIN_LENGTH = 2  # one character (局, 委) is part of nearly every name
SUGGESTIONS = 5
SUGGESTION_MIN_SCORE = 0.4  # difflib ratio: 泾县卫建委 ~ 县卫健委 scores 0.75, 住建 ~ 卫健委 0.4
PLACE_WEIGHT = 0.3  # added for a unit in the place typed, taken off for one at another level


@dataclass(frozen=True)
class Office:
    """A unit as the site knows it: a row of ``units`` with its aliases."""

    id: str
    name: str
    region: Optional[str] = None
    kind: Optional[str] = None
    full_name: Optional[str] = None
    aliases: frozenset = field(default_factory=frozenset)

    @property
    def forms(self) -> frozenset:
        """Every name the unit answers to: id, canonical and full name, aliases."""
        return frozenset(form for form in (self.id, self.name, self.full_name, *self.aliases) if form)

    @property
    def label(self) -> str:
        """The name with its region when the name does not say it: 县卫健委（泾县）."""
        if self.region and not self.name.startswith(self.region):
            return f"{self.name}（{self.region}）"
        return self.name


@dataclass(frozen=True)
class Resolution:
    typed: str
    cleaned: str
    how: str  # exact, name, partial, none, empty
    offices: tuple = ()
    suggestions: tuple = ()

    @property
    def ids(self) -> list[str]:
        return [office.id for office in self.offices]


def clean_query(typed: Optional[str]) -> str:
    """The text as a unit's name: no spaces anywhere (泾县 卫健委, a trailing space), full-width
    letters and digits made plain, traditional characters folded, half-width brackets made full-width,
    quotes and end marks around it dropped."""
    text = unicodedata.normalize("NFKC", typed or "")
    text = re.sub(r"\s+", "", text).strip(SURROUNDING)
    return fold(text).translate(str.maketrans({"(": "（", ")": "）"}))


def split_places(name: str) -> tuple[tuple[str, ...], str]:
    """The places a name starts with, and the rest: 泾县卫健委 → (泾县,), 卫健委; 安徽省宣城市泾县财政局 →
    (安徽省, 宣城市, 泾县), 财政局; 县卫健委 → (), 县卫健委 (a bare level is no place)."""
    places, rest = [], name
    while rest:
        place = leading_place(rest)
        if not place or len(place) >= len(rest) or not rest.startswith(place):
            break
        places.append(place)
        rest = rest[len(place):]
    return tuple(places), rest


def name_level(name: str) -> Optional[str]:
    """The administrative level a name is written at (``documents.admin_level`` terms), from its
    prefix: 县卫健委 and 泾县卫健委 → county, 福州市扶贫办 and 市扶贫办 → municipal; None when the name
    says none (卫健委)."""
    prefix = level_prefix(name)
    return place_level(prefix) if prefix else None


def place_level(place: str) -> Optional[str]:
    """泾县 → county, 福州市 and 福州 → municipal (a 州 is a city: 市 and 州 are one level)."""
    for ending, char in REGION_LEVEL_ENDINGS:
        if place.endswith(ending):
            return LEVEL_NAMES.get(char)
    return None


def place_core(place: str) -> str:
    """A place without its level word, to compare 福州 with 福州市 (but 泾县 stays 泾县: one character
    is too little to tell places apart)."""
    for suffix in sorted(PLACE_SUFFIXES, key=len, reverse=True):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[: -len(suffix)]
    return place


def in_places(office: Office, places: Sequence[str]) -> bool:
    """Whether the unit is in one of the places typed: its region is one of them (福州 = 福州市), or its
    own name starts with one."""
    if not places:
        return True
    cores = {place_core(place) for place in places}
    if office.region and place_core(office.region) in cores:
        return True
    return any(office.name.startswith(place) for place in places)


def same_level(office: Office, level: Optional[str]) -> bool:
    own = name_level(office.name)
    return level is None or own is None or own == level


@dataclass(frozen=True)
class Query:
    """What a typed name asks for: its places, the level it names, the forms of its rest."""

    cleaned: str
    places: tuple
    rest: str
    level: Optional[str]
    forms: frozenset

    @classmethod
    def read(cls, typed: str) -> "Query":
        cleaned = clean_query(typed)
        places, rest = split_places(cleaned)
        level = name_level(rest) if rest[:1] in LEVEL_PREFIX_CHARS else None
        if level is None and places:
            level = place_level(places[-1])
        forms = frozenset(unit_aliases(rest) | {rest}) if rest else frozenset()
        return cls(cleaned, places, rest, level, forms)

    def core(self) -> str:
        """The rest without its level character: 县卫健委 → 卫健委 (what partial matching looks for)."""
        if self.rest[:1] in LEVEL_PREFIX_CHARS and name_level(self.rest):
            return self.rest[1:]
        return self.rest

    def admits(self, office: Office) -> bool:
        return in_places(office, self.places) and same_level(office, self.level)


def resolve(typed: Optional[str], offices: Iterable[Office], suggest: bool = True) -> Resolution:
    """The units meant by ``typed`` (see the module's docstring for the order of the tests); with
    ``suggest``, the nearest units when none is."""
    offices = list(offices)
    query = Query.read(typed or "")
    if not query.cleaned:
        return Resolution(typed or "", "", "empty")
    # a unit written with its place (泾县卫健委) and one written with its level (泾县/县卫健委) are the
    # same office: the exact and the name tests are taken together
    exact = {office for office in offices if query.cleaned in office.forms}
    by_name = {office for office in offices if query.admits(office) and query.forms & office.forms}
    if exact or by_name:
        return _found(typed, query, "exact" if exact else "name", exact | by_name)
    core = query.core()
    if len(core) >= PARTIAL_MIN_LENGTH:
        partial = [office for office in offices
                   if query.admits(office) and any(core in form for form in office.forms)]
        if partial:
            return _found(typed, query, "partial", partial)
    return Resolution(typed, query.cleaned, "none", (), nearest(query, offices) if suggest else ())


def _found(typed: str, query: Query, how: str, offices: list[Office]) -> Resolution:
    ordered = sorted(offices, key=lambda office: (office.region or "", office.name, office.id))
    return Resolution(typed, query.cleaned, how, tuple(ordered))


def _matchers(query: Query) -> list[difflib.SequenceMatcher]:
    """One matcher per form of the text, holding it as the sequence it caches (``seq2``)."""
    matchers = []
    for mine in sorted({query.rest, query.core(), *query.forms} - {""}):
        matcher = difflib.SequenceMatcher(None)
        matcher.set_seq2(mine)
        matchers.append(matcher)
    return matchers


def similarity(query: Query, office: Office, matchers=None, floor: float = 0.0) -> float:
    """How near a unit is to the text: the best character ratio between the text's rest (and its
    forms) and the unit's forms, more when the unit is in the place typed, less when it is at another
    level (泾县扶贫办 is nearer 县扶贫局 than 福州's 市扶贫办). Ratios that cannot exceed ``floor`` are
    not worked out (difflib's quick upper bounds, as ``get_close_matches`` does)."""
    bonus = PLACE_WEIGHT if query.places and in_places(office, query.places) else 0.0
    if not same_level(office, query.level):
        bonus -= PLACE_WEIGHT
    best = 0.0
    for matcher in matchers if matchers is not None else _matchers(query):
        for theirs in office.forms:
            matcher.set_seq1(theirs)
            bound = max(best, floor - bonus)
            if matcher.real_quick_ratio() > bound and matcher.quick_ratio() > bound:
                best = max(best, matcher.ratio())
    return best + bonus


def nearest(query: Query, offices: Sequence[Office], limit: int = SUGGESTIONS) -> tuple:
    """The units nearest to what was typed, best first; none below ``SUGGESTION_MIN_SCORE``."""
    matchers = _matchers(query)
    scored = [(similarity(query, office, matchers, SUGGESTION_MIN_SCORE), office) for office in offices]
    scored = sorted((pair for pair in scored if pair[0] >= SUGGESTION_MIN_SCORE),
                    key=lambda pair: (-pair[0], pair[1].name, pair[1].id))
    return tuple(office for _, office in scored[:limit])


# --- the units of a database ----------------------------------------------------------------------

ALIAS_SEPARATOR = "\x1f"
OFFICES_SQL = f"""
SELECT u.id, u.name, u.region, u.kind, u.full_name, group_concat(ua.alias, '{ALIAS_SEPARATOR}') AS aliases
FROM units u LEFT JOIN unit_aliases ua ON ua.unit_id = u.id
GROUP BY u.id ORDER BY u.id
"""


def load_offices(conn) -> list[Office]:
    """Every unit of a database with its aliases; none when it has no units table."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    if not {"units", "unit_aliases"} <= tables:
        return []
    return [Office(id=row[0], name=row[1] or row[0], region=row[2], kind=row[3], full_name=row[4],
                   aliases=frozenset((row[5] or "").split(ALIAS_SEPARATOR)) - {""})
            for row in conn.execute(OFFICES_SQL)]
