"""What the last search for copied text found (``pipeline.corpus.shingles``), kept so that the next
build looks up the documents it adds or removes instead of sorting the shingles of the whole corpus
again.

* ``reuse_documents``: the documents that search was over, each with the level it was ranked at
  (0 the highest: national);
* ``reuse_found``: the pairs it found (``relation`` 'reuses') and the citation pairs it was given
  (``relation`` 'cited': text a document copies from a document it cites counts for no pair);
* ``reuse_near_formulas``: the shingles that a few more or a few fewer documents have than make a
  formula (a tenth of the documents), with how many have them; (``shingle`` -1) that count at the
  last search over the whole corpus and (``shingle`` -2) the count above which shingles are kept
  (as the corpus grows or shrinks, such a shingle stops or starts being a formula);
* ``reuse_gone``: the shingles of the documents of that search deleted since (saved by the trigger
  ``reuse_shingles_gone`` as their ``document_shingles`` row goes), so the next search looks them
  up instead of searching the whole corpus again;
* ``shingle_index`` (kept for a large corpus only: ``pipeline.corpus.shingle_index.KEEP_FROM_ENTRIES``): every stored shingle (``shingle``, the row's key) with the documents that have
  it (``documents``: their keys in ``shingle_index_documents``, 4-byte little-endian unsigned
  integers, sorted), so the documents that share a new document's shingles are looked up, not found
  by reading every document's shingles (``pipeline.corpus.shingle_index``);
  ``shingle_index_documents``: the documents it holds, each with its key and its number of shingles
  (NULL when it has none stored).
"""

from __future__ import annotations

REUSE_DOCUMENTS = "reuse_documents"
REUSE_FOUND = "reuse_found"
REUSE_NEAR = "reuse_near_formulas"
REUSE_GONE = "reuse_gone"

REUSE_TABLES_SQL = {
    REUSE_DOCUMENTS: f"CREATE TABLE IF NOT EXISTS {REUSE_DOCUMENTS} (id TEXT PRIMARY KEY, level INTEGER) WITHOUT ROWID",
    REUSE_FOUND: f"CREATE TABLE IF NOT EXISTS {REUSE_FOUND} (local TEXT, other TEXT, relation TEXT, "
                 "PRIMARY KEY (local, other, relation)) WITHOUT ROWID",
    REUSE_NEAR: f"CREATE TABLE IF NOT EXISTS {REUSE_NEAR} (shingle INTEGER PRIMARY KEY, documents INTEGER)",
    REUSE_GONE: f"CREATE TABLE IF NOT EXISTS {REUSE_GONE} (id TEXT PRIMARY KEY, hashes BLOB)",
}

#: Saves the shingles of a document of the last search as its row of ``document_shingles`` is deleted
#: (the file removed or changed, the document parked as a copy of another).
REUSE_GONE_TRIGGER_SQL = f"""CREATE TRIGGER IF NOT EXISTS reuse_shingles_gone AFTER DELETE ON document_shingles
WHEN EXISTS (SELECT 1 FROM {REUSE_DOCUMENTS} WHERE id = old.document_id)
BEGIN INSERT OR REPLACE INTO {REUSE_GONE} VALUES (old.document_id, old.hashes); END"""


SHINGLE_INDEX = "shingle_index"
SHINGLE_INDEX_DOCUMENTS = "shingle_index_documents"

SHINGLE_INDEX_SQL = {
    SHINGLE_INDEX_DOCUMENTS: f"CREATE TABLE IF NOT EXISTS {SHINGLE_INDEX_DOCUMENTS} "
                             "(key INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, shingles INTEGER)",
    SHINGLE_INDEX: f"CREATE TABLE IF NOT EXISTS {SHINGLE_INDEX} (shingle INTEGER PRIMARY KEY, documents BLOB NOT NULL)",
}

#: Saves the shingles of a document of the shingle index as its row of ``document_shingles`` is
#: deleted, so its entries are taken out of the index by their keys (else the whole index is read).
SHINGLE_INDEX_GONE_TRIGGER_SQL = f"""CREATE TRIGGER IF NOT EXISTS shingle_index_gone AFTER DELETE ON document_shingles
WHEN EXISTS (SELECT 1 FROM {SHINGLE_INDEX_DOCUMENTS} WHERE id = old.document_id)
BEGIN INSERT OR REPLACE INTO {REUSE_GONE} VALUES (old.document_id, old.hashes); END"""
