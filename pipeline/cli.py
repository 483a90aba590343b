"""The ``notices`` command line: argument parsing and printing; each command a thin wrapper over a
library verb (``pipeline.build.build``, ``pipeline.extract.extract_text``, ``pipeline.evaluate.evaluate``,
``pipeline.corpus.align.lookup.compare_documents``, ``pipeline.corpus.graph.export_graph``,
``pipeline.site.serve.serve``).

Each command imports its stage when it runs (deferred on purpose): ``notices serve`` or ``--help``
should not load jieba, spaCy and dask.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import sys
import unicodedata
from contextlib import closing
from typing import Optional

from pipeline.compiled_patterns import use_compiled_patterns
from pipeline.module_loading import loading_modules


def _print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def command_build(args) -> int:
    with loading_modules():
        from pipeline.build import build

    report = build(args.paths, args.db, fresh=args.fresh, workers=args.workers, scheduler=args.scheduler,
                   use_dask=bool(args.scheduler or args.workers), prune=args.prune)
    if args.timings or os.environ.get("NOTICES_TIMINGS", "") not in ("", "0"):
        from pipeline.timings import format_timings

        print(format_timings(report.timings, report.step_timings, report.part_timings), file=sys.stderr)
    for path, error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    for path, original in report.copies:
        print(f"note: {path} has the same bytes as {original}, stored once", file=sys.stderr)
    if report.gone:
        print(f"note: {len(report.gone)} stored files no longer exist (first: {report.gone[0]}); their documents "
              "are kept until a build with --prune removes them", file=sys.stderr)
    if report.notice_copies:
        print(f"note: {report.notice_copies} documents are copies of a notice stored from another file "
              "(one row per notice in documents; the copies in document_copies)", file=sys.stderr)
    if report.pruned:
        print(f"pruned: {report.pruned} documents removed, their files gone", file=sys.stderr)
    if report.kept_old:
        print(f"note: --fresh stored no file; {args.db} is kept as it was", file=sys.stderr)
    print(f"{len(report.stored)} files stored ({report.documents} documents), {len(report.skipped)} unchanged, "
          f"{len(report.failed)} failed -> {args.db}", file=sys.stderr)
    return report.exit_code


def command_serve(args) -> int:
    from pipeline.site.serve import serve

    _check_database(args.db)
    return serve(args.db, port=args.port, host=args.host)


def command_extract(args) -> int:
    from pipeline.extract import extract_file, extract_line, extract_text
    from pipeline.read import ReadError

    if args.file and not args.lines:  # any file build reads, by the same readers
        try:
            result = extract_file(args.file)
        except ReadError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"read {args.file} as {result['reader']}", file=sys.stderr)
        _print_json(result)
        return 0
    source = open(args.file, encoding="utf-8", errors="replace") if args.file else sys.stdin
    with source:
        if args.lines:
            for number, line in enumerate(source, start=1):
                _print_json({"line": number, **extract_line(line.rstrip("\n"))})
        else:
            _print_json(extract_text(source.read()))
    return 0


def command_evaluate(args) -> int:
    _check_database(args.db)
    from pipeline.evaluate import EvaluationError, evaluate

    try:
        result = evaluate(args.db, args.gold)
    except EvaluationError as error:  # nothing to score is an error, not a perfect score
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        _print_json(result.as_dict())
    else:
        print(result.table())
        if args.verbose and result.misses:
            print("\n" + result.misses_by_document())
    return 0


def command_compare(args) -> int:
    _check_database(args.db)
    from pipeline.corpus.align.lookup import compare_documents, coverage

    if args.passages:
        return print_copied_passages(args.db, args.local, args.national, args.passages)
    with closing(_open_database(args.db)) as conn:
        if args.json:
            for row in compare_documents(conn, args.local, args.national):
                _print_json(row)
            return 0
        figures = coverage(conn, args.local, args.national)  # the alignment and its coverage, as the site shows them
    print(format_side_by_side(figures["rows"]))
    print(format_coverage(figures))
    return 0


def format_coverage(figures: dict) -> str:
    """The coverage of ``lookup.coverage`` in a line, and the national measures not implemented."""
    line = (f"coverage {figures['coverage']:.0%}: {figures['national_covered']} of {figures['national_total']} "
            "national measures implemented")
    missing = [f"{m['path']} {m['heading'] or ''}".strip() for m in figures["not_covered"]]
    return line + ("; not implemented: " + "; ".join(missing) if missing else "")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else
               0 if unicodedata.combining(c) else 1 for c in text)


def fit(text: str, width: int) -> str:
    """``text`` cut (with …) or padded with spaces to exactly ``width`` columns."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…" + " " * (width - 1 - used)


def format_side_by_side(rows: list[dict], width: Optional[int] = None) -> str:
    """The alignment of ``compare_documents`` as a terminal table, one line per local measure:
    local measure │ score, method, characters copied │ national measure (+ further items it
    covers). Columns are counted in terminal cells (CJK characters take two)."""
    if width is None:
        width = min(160, max(80, shutil.get_terminal_size((100, 24)).columns))
    side = max(20, (width - 26) // 2)

    def line(left: str, score: str, method: str, copied: str, right: str) -> str:
        return (fit(left, side) + " │ " + fit(score, 5) + " " + fit(method, 7) + " "
                + fit(copied, 5) + " │ " + fit(right, side))

    head = line("地方措施 local", "score", "method", "copy", "国家措施 national")
    rule = "─" * display_width(head)
    lines = [head, rule]
    matched = 0
    for r in rows:
        indent = "  " * str(r.get("local_path") or "").count(".")
        left = f"{indent}{r.get('local_path') or ''} {r.get('local_heading') or ''}"
        copied = sum(s["local_end"] - s["local_start"] for s in r.get("shared") or [])
        if r.get("national_measure_id") is not None:
            matched += 1
            right = f"{r.get('national_path') or ''} {r.get('national_heading') or ''}"
            also = [str(a.get("national_path")) for a in r.get("also") or []]
            if also:
                right += " (+" + ", ".join(also) + ")"
            lines.append(line(left, f"{r.get('score', 0):.2f}", r.get("method") or "",
                              str(copied) if copied else "", right))
        else:
            lines.append(line(left, f"{r.get('score', 0):.2f}", "", "", "—"))
    lines.append(rule)
    lines.append(f"{matched} of {len(rows)} local measures matched; "
                 f"{len(rows) - matched} without a national counterpart")
    return "\n".join(lines)


def print_copied_passages(db_path: str, local: str, national: str, min_len: int) -> int:
    """The passages of LOCAL copied nearly verbatim from NATIONAL, with offsets into both texts."""
    from pipeline.corpus.align.lookup import find_document
    from pipeline.corpus.text_reuse import copied_passages

    with closing(_open_database(db_path)) as conn:
        texts = [conn.execute("SELECT text FROM documents WHERE id = ?", [find_document(conn, ref)]).fetchone()[0]
                 for ref in (local, national)]
    passages = copied_passages(texts[0], texts[1], min_len=min_len)
    for passage in passages:
        print(f"local {passage['a_start']}–{passage['a_end']}  national {passage['b_start']}–{passage['b_end']}  "
              f"{passage['matches']} characters, {passage['identity']:.0%} identical")
        print("  " + passage["text"].replace("\n", "\n  ") + "\n")
    print(f"{len(passages)} copied passages of at least {min_len} characters", file=sys.stderr)
    return 0


def command_graph(args) -> int:
    _check_database(args.db)  # before the stage's imports: the answer comes at once
    from pipeline.corpus.graph import export_graph

    export_graph(args.db, args.format, args.output)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="notices", description="Chinese policy notices into structured data.")
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="bring a database up to date with files and folders")
    build.add_argument("paths", nargs="+", help="files or folders of notices")
    build.add_argument("--db", required=True, help="the SQLite database to write")
    build.add_argument("--fresh", action="store_true",
                       help="build a new database beside the old one; it replaces the old one when the build completes")
    build.add_argument("--prune", action="store_true",
                       help="remove the documents of stored files that no longer exist")
    build.add_argument("--workers", type=int, default=None, help="run on a local Dask cluster of N workers (default: a process pool on every core)")
    build.add_argument("--scheduler", default=None, help="a Dask scheduler address, tcp://HOST:8786")
    build.add_argument("--timings", action="store_true",
                       help="print the seconds of each part of the build, process start included "
                            "(also with NOTICES_TIMINGS=1)")
    build.set_defaults(handler=command_build)

    serve = commands.add_parser("serve", help="browse a database in Datasette")
    serve.add_argument("--db", required=True)
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--host", default="127.0.0.1")
    serve.set_defaults(handler=command_serve)

    extract = commands.add_parser("extract", help="print the structure and items of one text as JSON")
    extract.add_argument("file", nargs="?", help="a file of any kind build reads (text on stdin when omitted)")
    extract.add_argument("--lines", action="store_true", help="each input line is its own text: its 文号 and every item in it, one JSON object a line")
    extract.set_defaults(handler=command_extract)

    evaluate = commands.add_parser("evaluate", help="score a database against gold annotations")
    evaluate.add_argument("db")
    evaluate.add_argument("gold")
    evaluate.add_argument("--json", action="store_true")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    evaluate.set_defaults(handler=command_evaluate)

    compare = commands.add_parser("compare", help="align a local notice with the national one it implements")
    compare.add_argument("local", help="document id or 文号")
    compare.add_argument("national", help="document id or 文号")
    compare.add_argument("--db", required=True)
    compare.add_argument("--json", action="store_true", help="one JSON object per local measure")
    compare.add_argument("--passages", type=int, nargs="?", const=30, default=0, metavar="MIN_CHARS",
                         help="instead, report the passages copied nearly verbatim (default 30 characters)")
    compare.set_defaults(handler=command_compare)

    graph = commands.add_parser("graph", help="export the document/measure/unit graph")
    graph.add_argument("--db", required=True)
    graph.add_argument("--format", choices=["graphml", "gexf", "json"], default="graphml")
    graph.add_argument("--output", "-o", default="-", help="file to write (stdout by default)")
    graph.set_defaults(handler=command_graph)
    return top


def _open_database(path: str) -> sqlite3.Connection:
    """The notices database at ``path``, read-only (a missing one is never created)."""
    from pipeline.ingest.database import open_read_only

    return open_read_only(path)


def _check_database(path: str) -> None:
    _open_database(path).close()


def database_problem(error: Exception, path: Optional[str]) -> str:
    """One line for a database error a user meets: what happened and what to do."""
    where = f" {path}" if path else " the database"
    from pipeline.ingest.database import is_disk_full

    text = str(error)
    if is_disk_full(error):
        return (f"the disk is full (or failing, or over a file-size limit) while writing{where} ({text}); "
                "free some space and run the build again: the files stored so far are kept")
    if "locked" in text or "busy" in text:
        return (f"{where.strip()} is locked by another program ({text}); wait for it to finish, "
                "then run this command again")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"{where.strip()} is corrupt ({text}); build it again with `notices build FOLDER --db PATH --fresh`"
    return f"{where.strip()}: {type(error).__name__}: {text}"


def main(argv=None) -> int:
    if argv is None:  # the command itself (not a caller's test): its patterns served compiled
        use_compiled_patterns()
    from pipeline.ingest.database import UserError

    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:  # output piped into head and closed early
        sys.stderr.close()
        return 0
    # failures a user causes or meets: one line each, no traceback
    except (UserError, LookupError) as error:
        if type(error) not in (UserError, LookupError):  # a KeyError, IndexError …: a bug, not the user's
            raise
        # LookupError: a 文号 or document id that compare does not find
        message = error.args[0] if error.args else str(error)
        print(f"error: {message}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:
        print(f"error: {database_problem(error, getattr(args, 'db', None))}", file=sys.stderr)
        return 2
    except OSError as error:  # a disk full when writing an export, a folder that cannot be read
        from pipeline.ingest.database import is_disk_full

        if is_disk_full(error) and getattr(args, "db", None):  # a worker's temporary file during a build
            print(f"error: {database_problem(error, args.db)}", file=sys.stderr)
            return 2
        print(f"error: {error.strerror or error}{f': {error.filename}' if error.filename else ''}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; a build can be run again: the files stored so far are kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
