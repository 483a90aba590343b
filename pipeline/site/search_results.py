"""The search page's results: documents and measures ranked by FTS5's bm25, each with a snippet of
its text where the words of the query are marked.

FTS5's own ``snippet()`` cannot be used: the indexes hold pairs of characters and no positions
(``pipeline.corpus.search``), so the snippet is cut here from the row's own text, around the words
of the query (``search_syntax.hit_spans``). The rows are those the index finds that hold the words
(``notices_search_holds``, the check of ``pipeline.corpus.search.holds``). A title or heading hit
counts more than one in the body: :func:`headings_first` puts them first among the best candidates
(the index, which has no columns, cannot weigh them).
"""

from __future__ import annotations

from dataclasses import dataclass

import markupsafe

from pipeline.corpus import search_syntax
from pipeline.corpus.search import fts_query
from pipeline.corpus.search_check import fold_for_matching, parse_query, rank_sql, row_condition

RESULTS_PER_TABLE = 50
# the best-ranked rows among which hits in a title or heading are put first
CANDIDATES_PER_TABLE = 500

SQL = {
    "documents": """SELECT d.id, d.title, d.doc_number, d.issuer, d.signed_date, d.admin_level, d.region,
  {rank} AS rank
FROM documents_zh_fts JOIN documents d ON d.rowid = documents_zh_fts.rowid
WHERE documents_zh_fts MATCH :match AND {holds} ORDER BY rank, d.rowid LIMIT :limit""",
    # the headings of the rows shown only: each reads its document's text (schema/measures.py)
    "measures": """SELECT r.id, r.label, (SELECT heading FROM measures h WHERE h.rowid = r.rowid) AS heading, r.path,
  r.document_id, r.document_title, r.doc_number, r.issuer, r.rank
FROM (SELECT m.rowid AS rowid, m.id, m.label, m.path, m.document_id, d.title AS document_title,
  d.doc_number, d.issuer,
  {rank} AS rank
FROM measures_zh_fts JOIN measures m ON m.rowid = measures_zh_fts.rowid
JOIN documents d ON d.id = m.document_id
WHERE measures_zh_fts MATCH :match AND {holds} ORDER BY rank, m.rowid LIMIT :limit) r ORDER BY r.rank, r.rowid""",
}
#: The texts the snippets are cut from, read for the rows shown only (a document's text is long).
BODY_SQL = {"documents": "SELECT id, text FROM documents WHERE id IN ({marks})",
            "measures": "SELECT id, coalesce(text, heading, '') FROM measures WHERE id IN ({marks})"}
COUNT_SQL = "SELECT count(*) FROM {fts} f JOIN {table} t ON t.rowid = f.rowid WHERE {fts} MATCH :match AND {holds}"
FTS_TABLES = {"documents": "documents_zh_fts", "measures": "measures_zh_fts"}


@dataclass
class Understood:
    """How the page reads a query back to the reader: the alternatives, the excluded words, and
    the FTS5 expression it searches with."""

    groups: list[list[str]]
    excluded: list[str]
    words: list[str]
    match: str

    @property
    def empty(self) -> bool:
        return not self.groups


def understand(query: str) -> Understood:
    parsed = parse_query(query)
    return Understood(parsed.groups, parsed.excluded, parsed.words, fts_query(query))


def results_sql(table: str, query: str) -> tuple[str, dict]:
    """The best candidates of ``table`` for ``query`` that hold its words, and the parameters
    besides ``:match`` (:func:`fts_query`) and ``:limit``."""
    alias = table[0] + "."
    condition, params = row_condition(query, table, alias)
    rank, rank_params = rank_sql(query, table, alias)
    return SQL[table].format(holds=condition, rank=rank), {**params, **rank_params}


def bodies_sql(table: str, ids: list[str]) -> str:
    """The ``(id, body)`` of the rows ``ids`` of ``table`` (parameters: the ids)."""
    return BODY_SQL[table].format(marks=", ".join("?" for _ in ids))


def count_sql(table: str, query: str) -> tuple[str, dict]:
    """How many rows of ``table`` hold the words of ``query`` (parameter ``:match`` besides)."""
    condition, params = row_condition(query, table, "t.")
    return COUNT_SQL.format(fts=FTS_TABLES[table], table=table, holds=condition), params


def marked_snippet(text: str, words: list[str], context: int = 40) -> markupsafe.Markup:
    """A passage of ``text`` around the words, each occurrence in ``<mark>``, the rest escaped."""
    text = " ".join((text or "").split())  # line breaks and indents are no part of a snippet
    spans = search_syntax.hit_spans(text, words, fold_for_matching)
    html = []
    for piece, is_hit in search_syntax.snippet_pieces(text, spans, context=context):
        escaped = markupsafe.escape(piece)
        html.append(f"<mark>{escaped}</mark>" if is_hit else str(escaped))
    return markupsafe.Markup("".join(html))


def marked(text: str, words: list[str]) -> markupsafe.Markup:
    """The whole of a short ``text`` (a title, a heading), every occurrence of the words marked."""
    text = text or ""
    html, at = [], 0
    for start, end in search_syntax.hit_spans(text, words, fold_for_matching):
        html.append(f"{markupsafe.escape(text[at:start])}<mark>{markupsafe.escape(text[start:end])}</mark>")
        at = end
    html.append(str(markupsafe.escape(text[at:])))
    return markupsafe.Markup("".join(html))


def with_snippets(rows: list[dict], words: list[str]) -> list[dict]:
    """The rows with a ``snippet`` of their ``body`` (the body itself is dropped: a document's text
    is long) and their ``title`` or ``heading`` marked (``title_marked``, ``heading_marked``)."""
    shaped = []
    for row in rows:
        row = dict(row)
        row["snippet"] = marked_snippet(row.pop("body", "") or "", words)
        for name in ("title", "heading"):
            if row.get(name):
                row[f"{name}_marked"] = marked(row[name], words)
        shaped.append(row)
    return shaped


def headings_first(rows: list[dict], words: list[str], keep: int = RESULTS_PER_TABLE) -> list[dict]:
    """The rows (in bm25 order) with those whose title or heading holds a word of the query first,
    each group in its bm25 order; the first ``keep``."""
    def in_heading(row: dict) -> bool:
        return any(search_syntax.hit_spans(row.get(name) or "", words, fold_for_matching)
                   for name in ("title", "heading"))
    return sorted(rows, key=lambda row: not in_heading(row))[:keep]
