"""A mention of another document while ``extractors.citations`` reads a text: where it is, the title and
文号 it gives, and how the text uses it. Shared by ``citations`` and ``lifecycle_relations``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from schema.models import DocNumber

from .docnumbers import INVISIBLE_CHARS
from .vocab import Examples


@dataclass
class Mention:
    start: int
    end: int
    title: Optional[str] = None
    number: Optional[DocNumber] = None
    relation: str = "cites"
    acts_on: Optional[str] = None  # for repeals and amends: "cited" or "citing" (Citation.acts_on)
    listed: Optional[str] = None  # the row of a list under a heading: its relation ("" when kept)
    takes_effect: Optional[str] = None  # for repeals: the day the text gives them (Citation.takes_effect)


# Spaces of every kind (``\s`` is ``str.isspace``) and invisible characters: what titles are
# stored without.
NOISE_CHARS = re.compile(r"[\s" + re.escape("".join(sorted(INVISIBLE_CHARS))) + "]+")

# How the text uses a mention, read after it when no verb stands before it: 抓好《政府工作报告》的贯彻落实 ·
# 《X》的落实工作 (implements).
IMPLEMENTED_AFTER = re.compile(r"\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*的(?:贯彻落实|贯彻执行|落实工作|贯彻实施)")


def clean_title(inner: str) -> str:
    """A title as stored: without spaces, line breaks and invisible characters."""
    return NOISE_CHARS.sub("", inner)


EXAMPLES = {
    "NOISE_CHARS": Examples(match=("\u200b", "　", "\ufeff"), no_match=("关于印发",)),
    "IMPLEMENTED_AFTER": Examples(match=("的贯彻落实", "（以下简称《报告》）的贯彻落实", "的落实工作"), no_match=("的通知", "贯彻落实")),
}
