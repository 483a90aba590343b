"""Which files a build takes: folders walked in name order, files whose bytes are already stored
skipped (by their SHA-256, before anything is read)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from pipeline.ingest.store import stored_sources

# In folders, files with these endings are taken (the reader decides the format by content; the
# old office formats and workbooks are converted with LibreOffice or read with openpyxl; scans
# and photographs of pages are read by OCR).
INPUT_SUFFIXES = {".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".text", ".doc", ".wps", ".rtf",
                  ".xlsx", ".xls", ".et", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass
class BuildReport:
    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    copies: list[tuple[str, str]] = field(default_factory=list)  # (path, path stored with the same bytes)
    failed: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    gone: list[str] = field(default_factory=list)  # stored files that no longer exist (kept without --prune)
    pruned: int = 0  # documents removed with --prune, their files gone
    notice_copies: int = 0  # documents that are copies of a notice kept from another file (document_copies)
    kept_old: bool = False  # --fresh stored nothing: the database that was there is kept as it was
    timings: dict[str, float] = field(default_factory=dict)  # seconds: scan, files, corpus_steps, total
    step_timings: dict[str, float] = field(default_factory=dict)  # seconds per corpus-wide step
    part_timings: dict[str, float] = field(default_factory=dict)  # seconds per part of a phase or step (pipeline.timings)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def iter_input_files(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, and inside folders every file with a notice-like suffix, sorted (as
    their paths sort: a folder's entries by name, each subfolder's files where its name sorts)."""
    for given in paths:
        if Path(given).is_dir():
            yield from _files_under(given)
        else:
            yield str(Path(given))


def _files_under(folder: str) -> Iterator[str]:
    """One folder at a time (a large corpus's paths are never all in memory at once)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):  # as Path.rglob: a link to a folder is not followed
            yield from _files_under(entry.path)
        elif (entry.is_file() and os.path.splitext(entry.name)[1].lower() in INPUT_SUFFIXES
              and not entry.name.startswith(".")):
            yield str(Path(entry.path))


def file_sha256(path: str) -> Optional[str]:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None  # the reader reports the problem in its own words
    return digest.hexdigest()


def files_to_build(db, paths: Iterable[str], report: BuildReport) -> list[str]:
    """The paths whose bytes are not in the database yet; the others go to ``report.skipped``.

    A file is unchanged when its sha256 is the one stored for its path, or is stored for another
    path that still exists (a copy), or is the sha256 of a file earlier in this build."""
    stored = stored_sources(db)  # one query for the whole build
    stored_paths_of: dict[str, list[str]] = {}
    for stored_path, stored_sha in stored.items():
        stored_paths_of.setdefault(stored_sha, []).append(stored_path)
    todo: list[str] = []
    seen_hashes: dict[str, str] = {}  # sha256 -> the first path with those bytes in this build
    for path in paths:
        sha = file_sha256(path)
        if sha and sha == stored.get(path):
            report.skipped.append(path)
            continue
        copy_of = seen_hashes.get(sha) or _same_bytes_elsewhere(stored_paths_of, sha, path)
        if sha and copy_of:
            report.skipped.append(path)
            report.copies.append((path, copy_of))
            continue
        if sha:
            seen_hashes[sha] = path
        todo.append(path)
    return todo


def _same_bytes_elsewhere(stored_paths_of: dict[str, list[str]], sha: str, path: str) -> Optional[str]:
    """A stored path that still exists and holds the same bytes, if any."""
    return next((other for other in stored_paths_of.get(sha, ()) if other != path and os.path.exists(other)), None)
