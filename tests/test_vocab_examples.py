"""Every named pattern and vocabulary's examples (``EXAMPLES`` in its module, see ``extractors.vocab``)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import extractors
import pipeline
import schema
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
