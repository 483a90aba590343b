"""The readers a build's files need are loaded before its workers are forked (pipeline.read.load_readers,
told by the files' extensions), so that the workers share them; a build of text files loads none."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from pipeline.read import load_readers
load_readers(sys.argv[1:])
print(json.dumps(sorted(m for m in ("pipeline.read.pdf", "pypdfium2", "pdfplumber") if m in sys.modules)))
"""


def loaded_after(*paths: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, *paths], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    return json.loads(done.stdout)


def test_a_pdf_among_the_files_loads_the_pdf_reader():
    assert loaded_after("a/notice.txt", "b/通知.PDF") == ["pdfplumber", "pipeline.read.pdf", "pypdfium2"]


def test_text_files_load_no_pdf_library():
    assert loaded_after("a/notice.txt", "b/通知.md", "c/pdf") == []
