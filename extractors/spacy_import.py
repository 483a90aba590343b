"""spaCy imported without its command line: ``import spacy`` imports ``spacy.cli`` for the one name
``spacy.info``, and with it typer, weasel, jinja2 and the command line's schemas (0.4 CPU-s, a third of
spaCy's import, at the start of every build and every ``notices extract``). Nothing of the pipeline
uses them; ``spacy.info`` still works (it imports the command line when it is called), and so does
an ``import spacy.cli`` after this one.

Import this module before anything of spaCy (``extractors.components`` and ``extractors.nlp`` do)."""

from __future__ import annotations

import sys
import types


def _info(*args, **kwargs):
    from spacy.cli.info import info  # deferred on purpose: the command line, asked for

    return info(*args, **kwargs)


def _import_spacy_without_its_cli() -> None:
    if "spacy" in sys.modules:  # imported already (with its command line): nothing to spare
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, for the import of spacy.cli.info below it
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        if getattr(sys.modules.get("spacy"), "cli", None) is cli:
            del sys.modules["spacy"].cli  # an ``import spacy.cli`` after this one loads the real one


_import_spacy_without_its_cli()
