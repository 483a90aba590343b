"""What the last search for copied text found (``pipeline.corpus.shingles``), kept so that the next
build looks up the documents it adds instead of sorting the shingles of the whole corpus again.

* ``reuse_documents``: the documents that search was over, each with the level it was ranked at
  (0 the highest: national);
* ``reuse_found``: the pairs it found (``relation`` 'reuses') and the citation pairs it was given
  (``relation`` 'cited': text a document copies from a document it cites counts for no pair).
"""

from __future__ import annotations

REUSE_DOCUMENTS = "reuse_documents"
REUSE_FOUND = "reuse_found"

REUSE_TABLES_SQL = {
    REUSE_DOCUMENTS: f"CREATE TABLE IF NOT EXISTS {REUSE_DOCUMENTS} (id TEXT PRIMARY KEY, level INTEGER) WITHOUT ROWID",
    REUSE_FOUND: f"CREATE TABLE IF NOT EXISTS {REUSE_FOUND} (local TEXT, other TEXT, relation TEXT, "
                 "PRIMARY KEY (local, other, relation)) WITHOUT ROWID",
}
