"""What the last search for copied text found (``pipeline.corpus.shingles``), kept so that the next
build looks up the documents it adds instead of sorting the shingles of the whole corpus again.

* ``reuse_documents``: the documents that search was over, each with the level it was ranked at
  (0 the highest: national);
* ``reuse_found``: the pairs it found (``relation`` 'reuses') and the citation pairs it was given
  (``relation`` 'cited': text a document copies from a document it cites counts for no pair);
* ``reuse_near_formulas``: the shingles that a few more documents have than make a formula (a
  tenth of the documents), with how many have them, and (``shingle`` -1) that count at the last
  search over the whole corpus: as the corpus grows, such a shingle stops being a formula.
"""

from __future__ import annotations

REUSE_DOCUMENTS = "reuse_documents"
REUSE_FOUND = "reuse_found"
REUSE_NEAR = "reuse_near_formulas"

REUSE_TABLES_SQL = {
    REUSE_DOCUMENTS: f"CREATE TABLE IF NOT EXISTS {REUSE_DOCUMENTS} (id TEXT PRIMARY KEY, level INTEGER) WITHOUT ROWID",
    REUSE_FOUND: f"CREATE TABLE IF NOT EXISTS {REUSE_FOUND} (local TEXT, other TEXT, relation TEXT, "
                 "PRIMARY KEY (local, other, relation)) WITHOUT ROWID",
    REUSE_NEAR: f"CREATE TABLE IF NOT EXISTS {REUSE_NEAR} (shingle INTEGER PRIMARY KEY, documents INTEGER)",
}
