"""Every named pattern and vocabulary's examples (``EXAMPLES`` in its module, see ``extractors.vocab``)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from typing import Iterator

import pytest

import extractors
import pipeline
import schema
from extractors.lazy_patterns import LazyPattern
from extractors.vocab import Examples, matches

SKIPPED_MODULES = ("pipeline.site",)  # the site's modules import Datasette's plugin machinery


def _modules():
    for package in (extractors, pipeline, schema):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.startswith(SKIPPED_MODULES):
                yield importlib.import_module(info.name)


def _cases():
    for module in _modules():
        for name, examples in getattr(module, "EXAMPLES", {}).items():
            assert isinstance(examples, Examples), f"{module.__name__}.EXAMPLES[{name!r}]"
            for example in examples.match:
                yield pytest.param(module, name, example, True, id=f"{module.__name__}.{name}+{example[:20]}")
            for example in examples.no_match:
                yield pytest.param(module, name, example, False, id=f"{module.__name__}.{name}-{example[:20]}")


@pytest.mark.parametrize("module,name,example,expected", list(_cases()))
def test_example(module, name, example, expected):
    value = getattr(module, name)
    assert matches(value, example) is expected, (
        f"{module.__name__}.{name} should {'' if expected else 'not '}accept {example!r}")


def test_examples_exist():
    """The mechanism is in use: patterns across the packages carry examples."""
    assert sum(len(getattr(m, "EXAMPLES", {})) for m in _modules()) >= 20


def test_a_bytes_pattern_is_tried_on_the_examples_utf8():
    """Examples are text; a pattern on bytes (file sniffing) is tried on their UTF-8 encoding."""
    html = re.compile(rb"<html[\s>]", re.I)
    assert matches(html, "<html lang=\"zh-CN\">") and not matches(html, "<header>")
    assert matches(re.compile("通知".encode("utf-8")), "关于印发的通知")


def _defined_patterns(module) -> Iterator[str]:
    """Names of the compiled patterns assigned at the top level of ``module``'s own source (imported
    ones are their defining module's to give examples for)."""
    assigned = set()
    for node in ast.parse(inspect.getsource(module)).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        assigned.update(name.id for target in targets for name in ast.walk(target) if isinstance(name, ast.Name))
    return (name for name, value in vars(module).items()
            if isinstance(value, (re.Pattern, LazyPattern)) and name in assigned)


def test_every_module_level_pattern_has_examples():
    """A pattern added without examples fails here: every compiled pattern a module defines at its top
    level is named in that module's EXAMPLES."""
    missing = [f"{module.__name__}.{name}" for module in _modules()
               for name in _defined_patterns(module) if name not in getattr(module, "EXAMPLES", {})]
    assert not missing, "patterns without EXAMPLES: " + ", ".join(missing)
