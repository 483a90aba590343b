"""A normalised text as its lines, each with its offset (the unit the document stage reads)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    text: str
    start: int  # offset of the line in the document text



def split_lines(text: str, base: int = 0) -> list[Line]:
    lines, position = [], 0
    for piece in text.split("\n"):
        if piece:
            lines.append(Line(piece, base + position))
        position += len(piece) + 1
    return lines
