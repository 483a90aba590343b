"""Compare a local notice with the higher-level notice it implements, measure by measure.

Two kinds of evidence decide which national measure a local measure implements: **lexical**, the
cosine similarity of TF-IDF vectors over jieba tokens, and **reuse**, passages the local text
copies nearly verbatim from the national one (banded Smith–Waterman over characters,
:mod:`pipeline.corpus.text_reuse`). The modules, each one job:

- ``tokens``: jieba tokens, stopwords and generic policy words (data files), TF-IDF cosines;
- ``measures``: the measure tree as the alignment sees it, with each measure's own words;
- ``scores``: the lexical and reuse scores of every pair of measures;
- ``algorithm``: the national measure each local one implements, or none (``align_measures``);
- ``lookup``: documents named by id or 文号, their measures, one pair compared
  (``compare_documents``, ``coverage``);
- ``pairs``: the pairs of documents worth aligning (citations and copied text);
- ``pool``: many pairs aligned chunk by chunk, in worker processes;
- ``step``: the corpus-wide step that keeps the ``alignments`` table (``schema.alignments``) current.

The terminal table of ``notices compare`` is printed by ``pipeline.cli``.
"""
