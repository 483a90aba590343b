"""pipeline.compiled_patterns: a pattern built from the stored code is the pattern ``re`` compiles.

Each case runs in a fresh interpreter (the module serves a whole process once installed): first
with no file (the patterns compiled and the file written at exit), then from the file, then without
the module; the three must describe and match alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.compiled_patterns import serves_this_python

ROOT = Path(__file__).resolve().parent.parent

# patterns of the forms the project and its libraries compile: named groups, inline and given
# flags, large character classes, look-arounds, back references, bytes, a str subclass
CHILD = r"""
import json, re, sys
if sys.argv[1] == "served":
    from pipeline.compiled_patterns import use_compiled_patterns
    assert use_compiled_patterns()

class Named(str):
    pass

cases = [
    (r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0, "自2024年3月1日起施行"),
    (r"[\u4e00-\u9fff\u3400-\u4dbf，。；：]+(?=通知)", 0, "关于做好春耕工作的通知"),
    (r"(?i)deadline|截止", 0, "DeadLine: 截止日期"),
    (r"^\s*[一二三四五六七八九十]+、", re.M, "前言\n  一、总则\n二、附则"),
    (r"(?<![0-9])(\d+)\s*个工作日(?:内|之内)?", 0, "应在15个工作日内办结"),
    (r"(a)(b)?\2?(?P<c>c)(?P=c)", 0, "abcc acc"),
    ("(?x) 第 \\s* ([0-9]+)  # an article\n  \\s* 条", 0, "第 12 条"),
    (rb"[\x00-\x1f]+(\w+)", 0, b"\x01\x02abc"),
    (Named(r"(?P<name>[^（(]+)[（(]"), re.U, "国务院办公厅（国办发）"),
    (r"[^\W\d_]+", re.A, "abc 中文 def"),
]
out = []
for pattern, flags, text in cases:
    p = re.compile(pattern, flags)
    found = [m.span() + m.groups() for m in p.finditer(text)]
    out.append([repr(p.pattern), p.flags, p.groups, sorted(p.groupindex.items()), repr(found)])
print(json.dumps(out))
"""


def _run(mode: str, cache: Path) -> list:
    env = dict(os.environ, NOTICES_CACHE=str(cache), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, mode], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


pytestmark = pytest.mark.skipif(not serves_this_python(), reason="this Python's re is not served")


def test_patterns_from_the_file_are_those_re_compiles(tmp_path):
    cache = tmp_path / "cache"
    compiled = _run("served", cache)  # none in the file: compiled, then written at exit
    assert len(list(cache.glob("patterns-*.marshal"))) == 1
    assert _run("served", cache) == compiled == _run("plain", cache)


def test_a_broken_file_is_compiled_over(tmp_path):
    cache = tmp_path / "cache"
    expected = _run("plain", cache)
    _run("served", cache)
    [stored] = cache.glob("patterns-*.marshal")
    stored.write_bytes(stored.read_bytes()[:100])  # cut short, as by a full disk
    assert _run("served", cache) == expected
    assert _run("served", cache) == expected  # the file written again at the run before's end


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("")  # the cache "folder" is a file: nothing can be written under it
    assert _run("served", blocked / "cache") == _run("plain", blocked / "cache")
