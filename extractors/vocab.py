"""Patterns and vocabularies as named data with examples that a test runs.

A module that defines a pattern or a vocabulary declares, beside it, what it must and must not
match, in a module-level ``EXAMPLES`` dict keyed by the attribute's name::

    DOC_NUMBER_RE = re.compile(...)
    EXAMPLES = {
        "DOC_NUMBER_RE": Examples(match=("国开发〔2020〕3号",), no_match=("第3号",)),
    }

``tests/test_vocab_examples.py`` imports every module of ``extractors`` and ``pipeline`` and runs each
example against the attribute it names (``matches`` says how a value of each kind is tried), as
reporters-db's examples are run for eyecite. One definition of each vocabulary lives in one module;
others import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from .lazy_patterns import LazyPattern


@dataclass(frozen=True)
class Examples:
    """Strings the named pattern or vocabulary must accept (``match``) and must not (``no_match``)."""

    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


def matches(value: Any, example: str) -> bool:
    """Whether ``value`` accepts ``example``: a regex finds it (``search``; a pattern on bytes is tried
    on the example's UTF-8 encoding, since examples are written as text), a collection holds it, a
    string equals it, or a callable returns something true for it."""
    if isinstance(value, LazyPattern):
        value = value.compiled()
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, bytes):
            example = example.encode("utf-8")
        return value.search(example) is not None
    if isinstance(value, (set, frozenset, dict, list, tuple)):
        return example in value
    if isinstance(value, str):
        return example in value if len(example) == 1 else example == value
    if isinstance(value, Callable):
        return bool(value(example))
    raise TypeError(f"no way to try an example on a {type(value).__name__}")

