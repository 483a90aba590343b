"""Chinese full-text search in Datasette: ``?_search=`` and the search box go through jieba.

Datasette wraps every table search in the SQL function ``escape_fts(:search)``. This plugin registers
its own ``escape_fts`` on each connection, after Datasette's (``trylast``), so a query is segmented
into words, each searched as its pairs of characters (``pipeline.corpus.search.fts_query``), and adds
to the search of a table it indexes the check that each row holds the words
(``notices_search_holds``: the index finds candidates, a few of which only hold the pairs apart). The
tables searched are the FTS5 tables ``documents_zh_fts`` and ``measures_zh_fts`` named as
``fts_table`` in ``datasette_metadata.json``, written by ``pipeline.corpus.search.build_search_index``
after every build.

Also registered: ``zh_index_text(text)`` (the text as indexed), ``zh_fts_query(text)`` and
``notices_search_holds(query, value, …)`` for SQL.
"""

from __future__ import annotations

import asyncio

from datasette import hookimpl
from datasette.filters import FilterArguments

import pipeline.corpus.search as search
import pipeline.corpus.search_check as search_check
from extractors.segment import segmenter
from schema.search import INDEXES


def escape_fts(query):
    escaped = search.fts_query(query)
    return escaped if escaped.strip() else '""'  # FTS5 rejects an empty MATCH; "" matches nothing


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, escape_fts)
    conn.create_function("zh_fts_query", 1, search.fts_query)
    conn.create_function("zh_index_text", 1, search.index_text)
    search_check.register_functions(conn)


@hookimpl
def filters_from_request(request, database, table, datasette):
    """A ``?_search=`` of a table the index covers keeps the rows that hold the words (the index,
    which holds pairs of characters, finds them and a few rows that hold the pairs apart)."""
    query = request.args.get("_search")
    if table not in INDEXES or not query or request.args.get("_searchmode") == "raw":
        return None
    condition, params = search_check.row_condition(query, table)
    return FilterArguments([condition], params) if condition != "1" else None


@hookimpl
def startup(datasette):
    # jieba's dictionary takes a second or more to load: it is loaded before the site answers, not
    # by the first search, whose SQL time limit would count the loading (a search right after start
    # on a busy machine failed with "SQL query took too long")
    async def load_dictionary():
        await asyncio.get_running_loop().run_in_executor(None, segmenter)

    return load_dictionary
