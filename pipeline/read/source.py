"""What a reader gives and how it fails: :class:`Source` and :class:`ReadError`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

MAX_FILE_BYTES = 100 * 1024 * 1024  # any input larger than this is refused


class ReadError(Exception):
    """A file that cannot be read. ``str(e)`` names the file and says what is wrong with it."""

    def __init__(self, path, message: str):
        self.path = str(path)
        self.message = message.rstrip(".")
        super().__init__(f"Cannot read {self.path}: {self.message}.")

    def __str__(self) -> str:  # keep the sentence even if args are changed
        return f"Cannot read {self.path}: {self.message}."


@dataclass
class Source:
    path: str  # as given
    format: str  # "txt", "md", "docx", "pdf", "html"
    sha256: str  # of the file's bytes
    text: str  # one paragraph per line ("\n"); blank lines allowed
    page_starts: list[int] = field(default_factory=list)  # offset where each page starts; [] if not paginated
    meta: dict = field(default_factory=dict)  # metadata found in the file itself


def page_of(source: Source, offset: int) -> int | None:
    """The 1-based page on which ``offset`` of ``source.text`` lies; None when not paginated."""
    if not source.page_starts or offset is None or offset < 0 or offset > len(source.text):
        return None
    return max(1, bisect.bisect_right(source.page_starts, offset))
