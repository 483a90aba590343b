"""What the ``notices`` command loads before it has a file to extract: the build's modules without
spaCy (loaded by the first extraction) and jieba without setuptools' pkg_resources (its dictionary
opened by its path)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
import pipeline.cli, pipeline.build
loaded = sorted(name for name in ("spacy", "pkg_resources") if name in sys.modules)
import jieba
with jieba.get_module_res(jieba.DEFAULT_DICT_NAME) as dictionary:
    first = dictionary.readline().decode("utf-8").split()
from extractors.segment import jieba_tokenizer
import json
print(json.dumps([loaded, first, jieba_tokenizer().lcut("国务院关于加强扶贫工作的通知")]))
"""


def test_the_build_starts_without_spacy_and_jieba_without_pkg_resources():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    loaded, first_line, words = json.loads(done.stdout)
    assert loaded == []
    assert len(first_line) == 3 and first_line[1].isdigit()  # a dictionary line: word, frequency, part of speech
    assert "国务院" in words and "扶贫" in words
