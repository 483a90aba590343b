"""The annotated real notices as they would come in the other common copy forms, and their scores.

Each realworld source shows one copy of its notice; people copy the same notice in other forms too
(issue 15): punctuation made half-width, characters converted to traditional, line breaks lost,
digits and letters made full-width. Each transform below is a small pure function of the source's text;
the annotation goes through the same transform where its strings change in a way ``pipeline.evaluate``
does not fold. evaluate compares NFKC-folded strings without whitespace (``pipeline.evaluate.fold``), so
half-width punctuation, full-width digits and lost line breaks leave every annotated string comparing
equal: only the traditional copy's annotation is converted.

The sample is fixed by rule: the first annotated source (by file name, as ``annotated_sources`` lists
them) of every set in tests/test_realworld.py SETS, and the realworld folder's sources numbered 10, 20, 30 … in
their set (a10, bd10: a rule of each file's own name, so a set added later moves no other notice in or out).

    PYTHONPATH=. python scripts/make_copy_variants.py [--out DIR] [TRANSFORM ...]

writes DIR/<transform>/ (sources and annotations) and prints a table: per field the originals' score
and each transform's, with the documents a transform could not map faithfully counted and left out.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from pipeline.build import build
from pipeline.evaluate import ACCURACY_FIELDS, F1_FIELDS, evaluate, fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# beside the first of each set, the notices numbered 10, 20, 30 … in their set (a10, bd10): a rule of the file's own
# name, so a set added later adds its own notices to the sample and moves no other's in or out
EVERY_NTH = 10
SET_NUMBER = re.compile(r"[a-z]+(\d+)_")

# Annotation keys that name the copy rather than say what it holds, and a target's unit, a normalised value
# of the pipeline's vocabulary (平方米 for 平米, 个 for 個) rather than a string of the text: never transformed.
COPY_KEYS = {"source", "source_url", "kind", "note", "unit"}

HALF_WIDTH_PUNCTUATION = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
FULL_WIDTH_ALPHANUMERICS = str.maketrans(
    {chr(code): chr(code + 0xFEE0) for code in [*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B)]})
# A first-level heading at a line's start: where a copy that glued its header stops gluing.
FIRST_HEADING = re.compile(r"^[ \u3000\t]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[条章])")
HEADER_LINES_AT_MOST = 8


def half_width_punctuation(text: str) -> str:
    """，；：（）！？ printed half-width (、 and 。 stay): pages converted by an editor or typed on a
    half-width keyboard, as the 文库 and aggregator copies show (as01: 根据*文件要求,结合我镇实际; 宜煤则煤(洁净煤))."""
    return text.translate(HALF_WIDTH_PUNCTUATION)


# Half-width marks a full-width copy prints full-width; a comma or colon between digits (1,000, 17:08) stays.
FULL_WIDTH_MARK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()!?]")
FULL_WIDTH_OF = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
# A label at a line's start: a heading's number (一、 (一) （一） 1. 1、 (1) 第一条) or a field's name (索引号:).
LINE_LABEL = re.compile(r"^([ \u3000\t]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]"
                        r"(?!\d)|第[一二三四五六七八九十百]+条|[\u4e00-\u9fff]{2,6}[:：]))(?=\S)", re.M)


def full_width_punctuation(text: str) -> str:
    """,;:()!? printed full-width (，；：（）！？), as the official print and Word copies of a notice have them
    (most of our copies came through pages that made them half-width: the other form of the same notice)."""
    return FULL_WIDTH_MARK.sub(lambda mark: FULL_WIDTH_OF[mark.group()], text)


def spaced_labels(text: str) -> str:
    """A space after each line's label (一、 工作目标, (一) 加强领导, 第一条 为了…, 索引号: 0001): copies whose editor
    put a space (or a full-width one) where the print's layout had a gap."""
    return LINE_LABEL.sub(lambda label: label.group(1) + " ", text)


def full_width_alphanumerics(text: str) -> str:
    """ASCII digits and letters printed full-width (２０２０年６月３０日, ＰＭ２．５ keeps its .): copies typed in an
    input method's full-width mode and legal databases' older pages."""
    return text.translate(FULL_WIDTH_ALPHANUMERICS)


@lru_cache(maxsize=1)
def _simplified_to_traditional():
    from opencc import OpenCC  # the converter is only needed here, not by the pipeline (extractors.fold reads its table)

    return OpenCC("s2tw")


def traditional(text: str) -> str:
    """Simplified characters converted to traditional (Taiwan standard) with OpenCC's phrase tables (辦法, 關於印發, 發展), as mirror
    sites, Hong Kong and Taiwan copies and converted legal databases print a mainland notice (the pages corpus's
    glossed and traditional copies, set D)."""
    return _simplified_to_traditional().convert(text)


def glued_lines(text: str) -> str:
    """Every line joined to the next with nothing between, indents dropped: the whole notice as one line, as
    aggregator and 文库 copies show (as01: 实施方案为全面完成…制定本方案。一、工作目标以改变…)."""
    return "".join(line.strip() for line in text.splitlines()) + "\n"


def glued_header(text: str) -> str:
    """The header and opening paragraphs glued into one line up to the first first-level heading (一、, 第一条),
    at most HEADER_LINES_AT_MOST lines, the rest as it was: the 汕府办[2015]29号各县(市、区)人民政府… form of copies
    that lost the header's line breaks only."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    end = next((i for i in range(start, len(lines)) if FIRST_HEADING.match(lines[i])), len(lines))
    end = min(end, start + HEADER_LINES_AT_MOST)
    head = "".join(line.strip() for line in lines[start:end])
    return "\n".join([*lines[:start], head, *lines[end:]]) + "\n"


# name -> (the source's transform, whether the annotation's strings go through it too)
TRANSFORMS: dict[str, tuple[Callable[[str], str], bool]] = {
    "half_width": (half_width_punctuation, False),
    "full_width_punct": (full_width_punctuation, False),
    "spaced_labels": (spaced_labels, False),
    "traditional": (traditional, True),
    "glued_header": (glued_header, False),
    "glued": (glued_lines, False),
    "full_width": (full_width_alphanumerics, False),
}


def _strings(value, key: str = ""):
    """Every string an annotation holds outside COPY_KEYS."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in COPY_KEYS:
                yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield value


def _mapped(value, convert: Callable[[str], str]):
    if isinstance(value, dict):
        return {k: (v if k in COPY_KEYS else _mapped(v, convert)) for k, v in value.items()}
    if isinstance(value, list):
        return [_mapped(v, convert) for v in value]
    return convert(value) if isinstance(value, str) else value


def transformed_annotation(annotation: dict, source: str, copy: str,
                           transform: Callable[[str], str]) -> Optional[dict]:
    """The annotation for ``copy`` (``source`` transformed), its strings transformed as the source's were, or None
    when that cannot be done faithfully: a string the source holds (folded) whose transform the copy does not
    hold (a phrase converted one way in its context and another alone)."""
    same_length = len(copy) == len(source)

    def convert(string: str) -> str:
        at = source.find(string) if same_length and string else -1
        # cut from the copy where the source holds it verbatim: converted in its own context
        return copy[at:at + len(string)] if at >= 0 else transform(string)

    folded_source, folded_copy = fold(source), fold(copy)
    for string in _strings(annotation):
        if fold(string) and fold(string) in folded_source and fold(convert(string)) not in folded_copy:
            return None
    return _mapped(annotation, convert)


def sample_pairs() -> list[tuple[Path, Path]]:
    """The fixed sample: the first annotated source of every set, and the realworld folder's notices whose number in
    their set is a multiple of EVERY_NTH."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_realworld as realworld  # the sets' definitions, one place

    chosen: dict[Path, Path] = {}
    for name in sorted(realworld.SETS):
        folder, prefixes = realworld.SETS[name]
        pairs = realworld.annotated_sources(DATA / folder, prefixes)
        if pairs:
            chosen.setdefault(*pairs[0])
    for source, annotation in realworld.annotated_sources(DATA / "realworld"):
        number = SET_NUMBER.match(source.name)
        if number and int(number.group(1)) % EVERY_NTH == 0:
            chosen.setdefault(source, annotation)
    return sorted(chosen.items(), key=lambda pair: pair[1].name)


def write_variant(pairs: list[tuple[Path, Path]], name: str, out: Path) -> tuple[list[Path], int]:
    """Each source of ``pairs`` transformed by TRANSFORMS[name] into ``out`` with its annotation (gold/ beside
    it); the sources written, and how many were left out as not faithfully mappable."""
    transform, annotation_changes = TRANSFORMS[name]
    (out / "gold").mkdir(parents=True, exist_ok=True)
    written, skipped = [], 0
    for source_path, annotation_path in pairs:
        source = source_path.read_text(encoding="utf-8")
        copy = transform(source)
        annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        if annotation_changes:
            annotation = transformed_annotation(annotation, source, copy, transform)
            if annotation is None:
                skipped += 1
                continue
        target = out / source_path.name
        target.write_text(copy, encoding="utf-8")
        (out / "gold" / annotation_path.name).write_text(json.dumps(annotation, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
        written.append(target)
    return written, skipped


def copy_originals(pairs: list[tuple[Path, Path]], out: Path) -> list[Path]:
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for source, annotation in pairs:
        shutil.copy(source, out / source.name)
        shutil.copy(annotation, out / "gold" / annotation.name)
    return [out / source.name for source, _ in pairs]


def score(sources: list[Path], folder: Path) -> dict[str, float]:
    """Field -> score of ``sources`` built into a fresh database against ``folder``/gold (as test_realworld)."""
    build([str(s) for s in sources], str(folder / "notices.db"), workers=1)
    result = evaluate(str(folder / "notices.db"), str(folder / "gold"))
    return {field: result.score(field) for field in F1_FIELDS + ACCURACY_FIELDS}, result


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("transforms", nargs="*", default=list(TRANSFORMS))
    parser.add_argument("--out", type=Path)
    parser.add_argument("-v", action="store_true", help="print each transform's misses per document")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="copy-variants-"))
    pairs = sample_pairs()
    columns = {"original": score(copy_originals(pairs, out / "original"), out / "original")}
    skipped = {"original": 0}
    for name in args.transforms:
        sources, skipped[name] = write_variant(pairs, name, out / name)
        columns[name] = score(sources, out / name)
        if args.v:
            print(f"== {name}\n{columns[name][1].misses_by_document()}")
    print(f"{len(pairs)} notices; written to {out}")
    print(f"{'field':20}" + "".join(f"{name:>18}" for name in columns))
    for field in F1_FIELDS + ACCURACY_FIELDS:
        print(f"{field:20}" + "".join(f"{columns[name][0][field]:18.3f}" for name in columns))
    print(f"{'left out':20}" + "".join(f"{skipped[name]:18d}" for name in columns))


if __name__ == "__main__":
    main()
