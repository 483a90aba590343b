"""Lines of an OCR'd page from the recognised boxes: the boxes straightened (the page's skew
measured on its long boxes and turned back), split into two columns when the page has a gutter,
grouped into lines top to bottom (the boxes of one line joined left to right, a space where they
stand clearly apart), each line in PDF points (origin bottom left) with a font size, so that the
text PDF's paragraph assembly (pdf_paragraphs) reads scanned pages exactly as it reads text pages.

A line's size is its characters' width (a Chinese character is one em wide), snapped to the page's
body size when within SIZE_SNAP of it so that the lines of one paragraph compare equal, else to the
line above's within SAME_SIZE_SNAP (a title's lines); a line of a few characters takes the body's or
the line above's size when its height or width comes near one (within SHORT_SIZE_SNAP), so that a
paragraph's or a title's short last line stays in it. Its confidence is the lowest of its boxes'.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pipeline.read.layout import fix_extracted_spacing
from pipeline.read.ocr_repair import repair_line
from pipeline.read.pdf_lines import Line, median

SIZE_SNAP = 0.15  # a line's size within 15% of the page's body size is the body size
SHORT_SIZE_SNAP = 0.25  # …25% for a line of a few characters, whose size comes from its height
SAME_SIZE_SNAP = 0.08  # a line within 8% of the line above's size (outside the body's) is that size
SKEW_MIN_DEGREES = 0.05  # below this the boxes are taken as level
GAP_SPACE_EM = 0.6  # two boxes of one line further apart than this are joined with a space
COLUMN_MIN_BOXES = 4  # boxes on each side of a gutter for two columns
COLUMN_MAX_CROSSING = 0.08  # the share of boxes that may cross a gutter (a title over both columns)


@dataclass
class OcrLine(Line):
    confidence: float = 1.0


@dataclass
class Box:
    """A recognised box straightened, in pixels (y down)."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    score: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def text_units(text: str) -> float:
    """The width of ``text`` in ems: a Chinese character or full-width mark is one, ASCII half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text if not ch.isspace())


def skew(points: list) -> float:
    """The page's skew in radians: the median slope of the top edges of its long boxes."""
    angles = []
    for (x0, y0), (x1, y1), *_ in points:
        dx, dy = x1 - x0, y1 - y0
        if dx > 0 and abs(dx) > 4 * abs(dy) and dx > 100:
            angles.append(math.atan2(dy, dx))
    return median(angles) if len(angles) >= 3 else 0.0


def straightened(recognised: list[tuple], angle: float) -> list[Box]:
    """Boxes from (points, text, score), their points turned by ``-angle`` about the middle of
    them all (so that the page keeps its place and its margins)."""
    cos, sin = math.cos(-angle), math.sin(-angle)
    corners = [xy for points, _, _ in recognised for xy in points]
    cx = sum(x for x, _ in corners) / max(1, len(corners))
    cy = sum(y for _, y in corners) / max(1, len(corners))
    out = []
    for points, text, score in recognised:
        text = text.strip()
        if not text:
            continue
        xs, ys = [], []
        for x, y in points:
            x, y = x - cx, y - cy
            xs.append(cx + x * cos - y * sin)
            ys.append(cy + x * sin + y * cos)
        out.append(Box(min(xs), max(xs), min(ys), max(ys), text, float(score)))
    return out


def gutter(boxes: list[Box], width: float) -> float | None:
    """The x of the gap between two columns, when boxes stand on both sides of it side by side and
    almost none crosses it; None for a page of one column."""
    if len(boxes) < 2 * COLUMN_MIN_BOXES:
        return None
    best = None
    for k in range(30, 71):
        x = width * k / 100
        crossing = sum(1 for b in boxes if b.x0 < x < b.x1)
        left = [b for b in boxes if b.x1 <= x]
        right = [b for b in boxes if b.x0 >= x]
        if crossing > COLUMN_MAX_CROSSING * len(boxes) or len(left) < COLUMN_MIN_BOXES or len(right) < COLUMN_MIN_BOXES:
            continue
        beside = sum(1 for r in right if any(l.top < r.bottom and r.top < l.bottom for l in left))
        if beside < COLUMN_MIN_BOXES:
            continue
        room = min((r.x0 for r in right), default=x) - max((l.x1 for l in left), default=x)
        if best is None or (crossing, -room) < best[0]:
            best = ((crossing, -room), x)
    return best[1] if best else None


def reading_order(boxes: list[Box], width: float) -> list[list[Box]]:
    """Groups of boxes in reading order: without a gutter one group; with one, each stretch between
    boxes that cross it is read left column first, then right column, the right column's boxes
    moved onto the left's margin (paragraph assembly reads indents from x)."""
    x = gutter(boxes, width)
    if x is None:
        return [boxes]
    ordered = sorted(boxes, key=lambda b: b.top)
    left_margin = min((b.x0 for b in boxes if b.x1 <= x), default=0.0)
    right_margin = min((b.x0 for b in boxes if b.x0 >= x), default=x)
    shift = right_margin - left_margin
    groups: list[list[Box]] = []
    left: list[Box] = []
    right: list[Box] = []
    for b in ordered:
        if b.x0 < x < b.x1:
            groups += [g for g in (left, right) if g]
            groups.append([b])
            left, right = [], []
        elif b.x1 <= x:
            left.append(b)
        else:
            right.append(Box(b.x0 - shift, b.x1 - shift, b.top, b.bottom, b.text, b.score))
    groups += [g for g in (left, right) if g]
    return groups


def rows(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into lines top to bottom: a box joins the line whose middle is within half
    the smaller height of its own and that it does not overlap; each line left to right."""
    lines: list[list[Box]] = []
    for b in sorted(boxes, key=lambda b: b.middle):
        for line in reversed(lines[-3:]):
            ref = line[-1]
            if abs(ref.middle - b.middle) <= 0.5 * min(ref.height, b.height) and not any(
                o.x0 < b.x1 and b.x0 < o.x1 for o in line
            ):
                line.append(b)
                break
        else:
            lines.append([b])
    for line in lines:
        line.sort(key=lambda b: b.x0)
    lines.sort(key=lambda line: median([b.middle for b in line]))
    return lines


def _em(line: list[Box]) -> float | None:
    """Pixels per em from the line's width, None for a line too short to tell."""
    units = sum(text_units(b.text) for b in line)
    if units < 4:
        return None
    return sum(b.x1 - b.x0 for b in line) / units


def short_line_size(estimates: list[float], body_em: float, above_em: float) -> float:
    """The size of a line of a few characters, from ``estimates`` (by its height, and by its width
    when it has a character or more): the body's or the line above's, whichever one estimate comes
    nearest, when within SHORT_SIZE_SNAP of it, else the first estimate. So a title's last line
    (的通知) keeps the title's size and a paragraph's last line (构:) the body's, and each stays in
    its paragraph."""
    best = None
    for em in estimates:
        for size in (body_em, above_em):
            distance = abs(em - size)
            if distance <= SHORT_SIZE_SNAP * size and (best is None or distance < best[0]):
                best = (distance, size)
    return best[1] if best else estimates[0]


def _short_estimates(row: list[Box], em_per_height: float) -> list[float]:
    """A short line's size in pixels per em: by its height, and by its width (one em a character)."""
    estimates = [max(b.height for b in row) * em_per_height]
    units = sum(text_units(b.text) for b in row)
    if units >= 1:
        estimates.append(sum(b.x1 - b.x0 for b in row) / units)
    return estimates


def page_lines(recognised: list[tuple], page: int, scale: float, page_height: float) -> list[OcrLine]:
    """The lines of a page from RapidOCR's (points, text, score) in pixels of an image rendered at
    ``scale`` pixels per point; ``page`` is the 0-based page index, ``page_height`` in points."""
    points = [r[0] for r in recognised]
    boxes = straightened(recognised, skew(points))
    if not boxes:
        return []
    width = max(b.x1 for b in boxes)
    groups = [rows(group) for group in reading_order(boxes, width)]
    all_rows = [row for group in groups for row in group]
    ems = [em for row in all_rows if (em := _em(row)) is not None]
    body_em = median(ems) if ems else median([b.height for b in boxes])
    long_heights = [max(b.height for b in row) for row in all_rows if _em(row) is not None]
    em_per_height = body_em / median(long_heights) if long_heights else 1.0
    out = []
    previous_em = body_em
    for row in all_rows:
        em = _em(row)
        if em is None:  # a few characters: sized by their height, as the body or the line above
            em = short_line_size(_short_estimates(row, em_per_height), body_em, previous_em)
        elif abs(em - body_em) <= SIZE_SNAP * body_em:
            em = body_em
        elif abs(em - previous_em) <= SAME_SIZE_SNAP * previous_em:
            em = previous_em  # the next line of a title: digits and spaces make widths uneven
        previous_em = em
        parts = [row[0].text]
        for a, b in zip(row, row[1:]):
            parts.append((" " if b.x0 - a.x1 > GAP_SPACE_EM * em else "") + b.text)
        text = repair_line(fix_extracted_spacing("".join(parts)))
        if not text:
            continue
        top, bottom = median([b.top for b in row]), median([b.bottom for b in row])
        out.append(OcrLine(
            page, text, row[0].x0 / scale, row[-1].x1 / scale,
            page_height - bottom / scale, page_height - top / scale, em / scale,
            confidence=min(b.score for b in row),
        ))
    return out
