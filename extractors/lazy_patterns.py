"""Patterns compiled the first time they are used, not when their module is loaded.

Compiling the extractors' patterns is about half of what loading them costs, and most notices never
use the patterns of the rarer forms (a law's lifecycle and history lines, phased schedules, the
relations between cited documents, a PDF's layout): a build that extracts in its own process (one
notice added) compiles only what its notice needs. A build with workers compiles every pattern
before it forks them (:func:`compile_all`, from ``extractors.nlp.warm_up``), so that the workers
share the compiled patterns instead of each compiling its own.

A :class:`LazyPattern` is used as the ``re.Pattern`` it stands for (``search``, ``finditer``,
``sub`` …); on first use it compiles it and keeps its methods as its own attributes, so later calls
cost what the pattern's own do. ``pattern`` (the source) is there without compiling."""

from __future__ import annotations

import re
from typing import Union

#: The methods and attributes of ``re.Pattern`` a lazy pattern takes over once compiled.
PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                      "scanner", "flags", "groups", "groupindex")

_ALL: list["LazyPattern"] = []


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use (see the module's docstring)."""

    def __init__(self, pattern: Union[str, bytes], flags: int = 0):
        self.pattern = pattern
        self._flags = flags
        self._compiled = None
        _ALL.append(self)

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            for name in PATTERN_ATTRIBUTES:  # later look-ups find them here, never reach __getattr__
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __getattr__(self, name: str):  # only for attributes not set yet: the first use
        if name.startswith("_") or name not in PATTERN_ATTRIBUTES:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compiled_later(pattern: Union[str, bytes], flags: int = 0) -> LazyPattern:
    """A pattern, as ``re.compile`` gives it, compiled on first use."""
    return LazyPattern(pattern, flags)


def compile_all() -> None:
    """Compile every lazy pattern defined so far (before forking workers that will use them)."""
    for pattern in _ALL:
        pattern.compiled()
