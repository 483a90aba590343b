#!/usr/bin/env python
"""Generate the scanned and photographed fixtures under tests/fixtures/scan/ (committed; tests never
run this) from the text PDFs of tests/fixtures/pdf/.

    .venv/bin/python scripts/make_scan_fixtures.py

What it writes (every page rendered with pypdfium2 at 200 dpi, then degraded with Pillow the way
a desk scanner degrades paper, from a fixed seed so the files are the same on every run):
  <stem>.pdf    image-only PDFs of SCANNED samples: each page grey, tilted 0.5–1.5°, speckled and
                JPEG-compressed (no text layer at all)
  mixed_<stem>.pdf   the text PDF of MIXED with page MIXED_PAGE replaced by a scan of itself
  photo_<stem>.png   page 1 of PHOTOGRAPHED taken "by phone": perspective, uneven light, mild blur

Two samples, not five: they are the smallest (5 and 6 pages) and keep the committed files to a few MB
and the OCR tests to seconds.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
PDFS = ROOT / "tests" / "fixtures" / "pdf"
OUT = ROOT / "tests" / "fixtures" / "scan"
DPI = 200
SCANNED = ("000_e8ac68d63b2ecc9f", "002_9132d00a52533a65")
MIXED, MIXED_PAGE = "001_ba4d4d4b2a22ff08", 3  # 1-based
PHOTOGRAPHED = "000_e8ac68d63b2ecc9f"


def render(pdf_path: Path, index: int, dpi: int = DPI) -> Image.Image:
    """One page as a greyscale image at ``dpi``."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


def scan(page: Image.Image, rng: random.Random) -> Image.Image:
    """A desk scan of ``page``: off-white paper, a slight tilt, speckle, JPEG artefacts."""
    angle = rng.uniform(0.5, 1.5) * rng.choice((-1, 1))
    paper = page.point(lambda v: 20 + v * 0.9)  # grey toner on grey-white paper
    tilted = paper.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    speckled = speckle(tilted, rng, dots=int(tilted.width * tilted.height / 4000))
    return jpeg(speckled, quality=55)


def speckle(image: Image.Image, rng: random.Random, dots: int) -> Image.Image:
    """Dust and toner specks: small dark dots and a few light ones."""
    out = image.copy()
    draw = ImageDraw.Draw(out)
    for _ in range(dots):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        r = rng.choice((1, 1, 1, 2))
        draw.ellipse((x, y, x + r, y + r), fill=rng.choice((40, 70, 100, 235)))
    return out


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def image_pdf(images: list[Image.Image]) -> bytes:
    """An image-only PDF of ``images`` (each page DPI dots per inch, JPEG inside)."""
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=DPI, save_all=True, append_images=images[1:], quality=55)
    return buffer.getvalue()


def photograph(page: Image.Image, rng: random.Random) -> Image.Image:
    """``page`` photographed on a desk: keystone perspective, light falling off to one corner, a
    little blur, a phone's colour cast, scaled to a phone picture's width."""
    w, h = page.size
    colour = Image.merge("RGB", (page, page.point(lambda v: v * 0.97), page.point(lambda v: v * 0.9)))
    # the top edge narrower than the bottom: the phone held above the lower half of the sheet
    spread = w * 0.06
    quad = (-spread, -h * 0.02, 0, h, w, h, w + spread, 0)  # source corners: TL, BL, BR, TR
    warped = colour.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(90, 80, 70))
    # the light falls off smoothly from the lower left to the upper right corner (100% to 60%)
    down = np.linspace(0.0, 1.0, h)[:, None]
    across = np.linspace(0.0, 1.0, w)[None, :]
    light = 1.0 - 0.22 * (1.0 - down) - 0.18 * across
    lit = Image.fromarray((np.asarray(warped, dtype=np.float32) * light[:, :, None]).astype(np.uint8))
    blurred = lit.filter(ImageFilter.GaussianBlur(1.2))
    scale = 1500 / w
    small = blurred.resize((1500, round(h * scale)), Image.LANCZOS)
    tilt = rng.uniform(-2.0, 2.0)
    return small.rotate(tilt, resample=Image.BICUBIC, fillcolor=(90, 80, 70))


def page_count(pdf_path: Path) -> int:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def mixed_pdf(text_pdf: Path, scanned_page: Image.Image, page: int) -> bytes:
    """The text PDF with its page ``page`` (1-based) replaced by ``scanned_page``."""
    scanned = pdfium.PdfDocument(image_pdf([scanned_page]))
    source = pdfium.PdfDocument(str(text_pdf))
    out = pdfium.PdfDocument.new()
    n = len(source)
    out.import_pages(source, list(range(page - 1)))
    out.import_pages(scanned, [0])
    out.import_pages(source, list(range(page, n)))
    buffer = io.BytesIO()
    out.save(buffer)
    for doc in (out, scanned, source):
        doc.close()
    return buffer.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for stem in SCANNED:
        rng = random.Random(stem)
        source = PDFS / f"{stem}.pdf"
        pages = [scan(render(source, i), rng) for i in range(page_count(source))]
        (OUT / f"{stem}.pdf").write_bytes(image_pdf(pages))
        written.append(OUT / f"{stem}.pdf")
    rng = random.Random(MIXED)
    source = PDFS / f"{MIXED}.pdf"
    (OUT / f"mixed_{MIXED}.pdf").write_bytes(mixed_pdf(source, scan(render(source, MIXED_PAGE - 1), rng), MIXED_PAGE))
    written.append(OUT / f"mixed_{MIXED}.pdf")
    rng = random.Random(PHOTOGRAPHED)
    photo = photograph(render(PDFS / f"{PHOTOGRAPHED}.pdf", 0), rng)
    photo.save(OUT / f"photo_{PHOTOGRAPHED}.png", optimize=True)
    written.append(OUT / f"photo_{PHOTOGRAPHED}.png")
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.0f} KB")
    print(f"total {sum(p.stat().st_size for p in written) / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
