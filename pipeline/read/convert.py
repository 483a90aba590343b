"""Old office formats converted with LibreOffice: Word 97-2003 (.doc, and the .wps files WPS Office
writes, which are mostly Word binaries under another name), RTF, Excel 97-2003 (.xls) and WPS
spreadsheets (.et) become DOCX or XLSX bytes that the DOCX and Excel readers read.

Each conversion runs ``soffice --headless --convert-to`` in a temporary directory of its own with a
profile directory of its own (two LibreOffice processes sharing a profile lock each other out or
crash, and the build runs conversions in parallel in its workers), under a time limit; a converter
that hangs is killed with its whole process group. Whatever goes wrong raises one
:class:`ReadError` for that file.

``NOTICES_SOFFICE`` names the converter to run (default: ``soffice`` or ``libreoffice`` on PATH)
and ``NOTICES_CONVERT_TIMEOUT`` its time limit in seconds.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractors.vocab import Examples
from pipeline.read.source import ReadError

SOFFICE_ENV = "NOTICES_SOFFICE"
TIMEOUT_ENV = "NOTICES_CONVERT_TIMEOUT"
DEFAULT_TIMEOUT_SECONDS = 120.0  # a 300-page .doc converts in well under a minute on one core

# what to install when no converter is found (Debian/Ubuntu package names; elsewhere LibreOffice)
INSTALL_HINT = (
    "LibreOffice is needed to read it and was not found: install it "
    "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui; "
    "elsewhere LibreOffice from libreoffice.org) or set NOTICES_SOFFICE to its soffice program"
)

# where LibreOffice lives when its program folder is not on PATH
_KNOWN_LOCATIONS = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)

# what each kind is called in messages (with its article): the name its users know it by
KIND_NAMES = {
    "doc": "an old binary Word file (.doc)",
    "wps": "an old binary Word or WPS file",
    "rtf": "an RTF file",
    "xls": "an old binary Excel file (.xls)",
    "et": "an old binary Excel or WPS spreadsheet",
}

# the extension the input gets inside the work folder: LibreOffice picks its import filter from
# the content, but the extension settles ties (an OLE2 file could be any of several programs)
_INPUT_SUFFIX = {"doc": ".doc", "rtf": ".rtf", "xls": ".xls", "wps": ".wps", "et": ".et"}


def find_converter() -> str | None:
    """The soffice program to run, or None when LibreOffice is not installed."""
    given = os.environ.get(SOFFICE_ENV)
    if given:
        return given
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN_LOCATIONS if os.path.isfile(p)), None)


def convert_timeout() -> float:
    try:
        return max(1.0, float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_SECONDS)))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


def convert_with_libreoffice(path: str, data: bytes, kind: str, target: str) -> bytes:
    """The bytes of ``data`` (a file of ``kind``: doc, rtf, xls, wps, et) converted to ``target``
    ("docx" or "xlsx"). Raises :class:`ReadError` naming ``path`` when it cannot be done."""
    what = KIND_NAMES.get(kind, f"a {kind.upper()} file")
    soffice = find_converter()
    if soffice is None:
        raise ReadError(path, f"it is {what}; {INSTALL_HINT}")
    timeout = convert_timeout()
    with tempfile.TemporaryDirectory(prefix="notices-convert-") as work:
        work_dir = Path(work)
        source = work_dir / f"input{_INPUT_SUFFIX.get(kind, '.' + kind)}"
        source.write_bytes(data)
        out_dir = work_dir / "out"
        command = [
            soffice,
            f"-env:UserInstallation={(work_dir / 'profile').as_uri()}",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", target, "--outdir", str(out_dir), str(source),
        ]
        try:
            finished = _run(command, timeout, home=work_dir)
        except FileNotFoundError:
            raise ReadError(path, f"it is {what}; {INSTALL_HINT} (no program at {soffice})") from None
        except PermissionError:
            raise ReadError(path, f"it is {what}; the converter {soffice} cannot be run (permission denied)") from None
        except subprocess.TimeoutExpired:
            raise ReadError(path, f"it is {what}; LibreOffice did not convert it to {target.upper()} within "
                                  f"{timeout:g} s and was stopped (a damaged or very large file)") from None
        converted = out_dir / f"{source.stem}.{target}"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise ReadError(path, f"it is {what} that could not be converted to {target.upper()} "
                                  f"({_failure(finished)}); the file may be damaged or password-protected")
        return converted.read_bytes()


def _run(command: list[str], timeout: float, home: Path) -> subprocess.CompletedProcess:
    """Run ``command`` in a session of its own; on timeout kill that whole process group (soffice
    starts a child, soffice.bin, which would otherwise live on) and re-raise TimeoutExpired."""
    env = dict(os.environ, HOME=str(home))  # LibreOffice writes caches under HOME too
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.communicate()
        raise
    except BaseException:  # interrupted: leave no converter behind
        _kill_group(process)
        process.wait()
        raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        process.kill()


# LibreOffice's complaint when no import filter takes the file (it then exits with status 0)
NOT_LOADED_RE = re.compile(r"source file could not be loaded", re.I)

EXAMPLES = {
    "NOT_LOADED_RE": Examples(match=("Error: source file could not be loaded",), no_match=("convert /tmp/in.doc -> /tmp/out/in.docx",)),
}


def _failure(finished: subprocess.CompletedProcess) -> str:
    """What went wrong, in words: LibreOffice's refusal to open the file, or the converter's exit
    status and last line of complaint ("Error:" prefixes dropped: the sentence is the error)."""
    said = [ln.strip() for ln in (finished.stderr or b"").decode("utf-8", "replace").splitlines() if ln.strip()]
    if any(NOT_LOADED_RE.search(line) for line in said):
        return "LibreOffice could not open it"
    last = re.sub(r"^(?:error|fatal)\s*:\s*", "", said[-1], flags=re.I)[:200] if said else ""
    status = f"the converter exited with status {finished.returncode}" if finished.returncode else "no file came out"
    return f"{status}: {last}" if last else status
