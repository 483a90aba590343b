"""Regular expressions compiled once per machine, not once per process.

Starting a build compiles about 2,500 regular expressions (the extractors' patterns, the document
stage's, spaCy's and jieba's), most of them large character classes: 0.5 to 0.7 CPU-s of a build that
adds one notice (a fifth of it), each time the same. What ``re`` makes of a pattern, the code its
matching engine runs, depends only on the pattern, its flags and the Python that compiled it; this
module keeps that code in a file (:func:`cache_path`, one per Python build and engine version), so a
process after the first builds each pattern from it (``_sre.compile``, what ``re`` itself calls last)
instead of parsing and optimising it again. The patterns are the same objects ``re`` would make
(same pattern, flags, groups, group names and code); ``tests/test_compiled_patterns.py`` checks it.

:func:`use_compiled_patterns` installs it for the process (the command line and the bench do, when
they start; at most once), and writes the file when the process ends, if it compiled a pattern the
file did not hold. A file that cannot be read is ignored, one that cannot be written is not written:
the patterns are then compiled as without it. Only CPython's ``re`` of the versions whose internal
compiler has the form this module relies on (3.11 to 3.13) is served; any other compiles as usual.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from array import array
from typing import Callable, Optional

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python's ``re``: nothing to serve
    _sre = _compiler = _parser = None

#: The writes of the file an entry stays in unused: a pattern made anew in each process (one that
#: joins a set's words in the set's order, as the standard library's tokenize does) should not make
#: it grow without end, and one another command uses should stay for the next time it runs.
KEPT_UNUSED = 30

#: What ``_sre.compile`` takes after the pattern: (flags, code, groups - 1, group names, index of names),
#: the code as the bytes of an array of its words (a list of Python ints would take 9 times the
#: memory); in the file, followed by the writes since a process last used it.
Compiled = tuple

#: The array type of the engine's code words.
_WORD = next((kind for kind in "IL" if array(kind).itemsize == getattr(_sre, "CODESIZE", 4)), "I")

_state: dict = {}  # "cache": key -> Compiled, "used": keys used or made, "path", "new": a pattern was made


def serves_this_python() -> bool:
    """Whether this Python's ``re`` compiles in the form this module relies on."""
    return (sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
            and _compiler is not None and all(hasattr(_compiler, name) for name in ("compile", "_code", "isstring")))


def cache_path() -> str:
    """The file of the compiled patterns: in ``NOTICES_CACHE`` or the user's cache folder, named
    after the Python build and the version of its matching engine (a new Python never reads an old
    Python's code)."""
    folder = os.environ.get("NOTICES_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "notices")
    build = "-".join(str(part) for part in (sys.implementation.cache_tag, sys.version_info.releaselevel,
                                            sys.version_info.micro, _sre.MAGIC, _sre.CODESIZE))
    return os.path.join(folder, f"patterns-{build}.marshal")


def use_compiled_patterns(path: Optional[str] = None) -> bool:
    """Serve this process's patterns from the file at ``path`` (default :func:`cache_path`) and write
    the ones it compiled there at its end. Once per process; False when this Python is not served."""
    if _state or not serves_this_python():
        return bool(_state)
    path = path or cache_path()
    _state.update(cache=_read(path), used=set(), path=path, new=False)
    _compiler.compile = _served(_compiler.compile)
    atexit.register(save_compiled_patterns)
    return True


def _read(path: str) -> dict:
    try:
        with open(path, "rb") as handle:
            cache = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(cache, dict):
        return {}
    return {key: found for key, found in cache.items() if isinstance(found, tuple) and len(found) == 6}


def _served(compile_: Callable) -> Callable:
    """``re``'s internal ``compile`` served from the cache: a pattern given as a string (not a parsed
    one) and not in debug mode is built from its stored code, or compiled and its code stored."""

    def compile(p, flags=0):
        if not _compiler.isstring(p) or flags & re.DEBUG:
            return compile_(p, flags)
        flags = int(flags)  # (a RegexFlag is an int the file cannot hold)
        # (a subclass of str or bytes keyed as its plain value: the file holds only those)
        key = (isinstance(p, bytes), bytes(p) if isinstance(p, bytes) else str(p), flags)
        _state["used"].add(key)
        found = _state["cache"].get(key)
        if found is None:
            found = _state["cache"][key] = _compiled(p, flags)
            _state["new"] = True
        final_flags, code, groups, groupindex, indexgroup = found[:5]
        return _sre.compile(p, final_flags, array(_WORD, code).tolist(), groups, dict(groupindex), indexgroup)

    return compile


def _compiled(pattern, flags: int) -> Compiled:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``: the same steps."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, array(_WORD, code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def save_compiled_patterns() -> None:
    """Write the file if this process compiled a pattern it did not hold (atomically: a build
    started meanwhile reads the old file or the new, never half of one)."""
    if not _state.get("new"):
        return
    cache = {}
    for key, found in _state["cache"].items():
        unused = 0 if key in _state["used"] else found[5] + 1 if len(found) > 5 else 1
        if unused <= KEPT_UNUSED:
            cache[key] = (*found[:5], unused)
    folder = os.path.dirname(_state["path"])
    try:
        os.makedirs(folder, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(cache, out)
            os.replace(temp, _state["path"])
        except BaseException:
            os.unlink(temp)
            raise
    except (OSError, ValueError):
        return
    _state["new"] = False
