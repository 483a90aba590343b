"""Compare a local notice with the higher-level notice it implements, measure by measure.

The evidence that decides which national measure a local measure implements: **lexical**, the
cosine similarity of TF-IDF vectors over jieba tokens and over character bigrams, of the text with
traditional characters and level-specific terms folded (县长 and 总理 are 行政首长), a national article
of several paragraphs also read by its closest paragraph (a regulation splits a law article's
paragraphs among its own articles); **reuse**,
passages the local text copies nearly verbatim from the national one (banded Smith–Waterman over
characters, :mod:`pipeline.corpus.text_reuse`); the **headings**' similarity; the **anchors** both
name (cited titles, 文号, quantities, dates); and the **context** of the measure tree (the national
measures next to its neighbours' confident matches); and **competition** (a national measure that
another local measure matches far better is a doubtful match). The modules, each one job:

- ``tokens``: jieba tokens, stopwords and generic policy words (data files), TF-IDF cosines;
- ``features``: the comparable form of a text, headings' similarity, anchors;
- ``synonyms``: words of one meaning written differently (a data file: 检举/举报), read as one;
- ``measures``: the measure tree as the alignment sees it, with each measure's own words;
- ``scores``: the lexical, reuse, heading and anchor scores of every pair of measures;
- ``order``: candidates out of the order the pair's confident matches keep, discounted;
- ``context``: candidates raised next to the neighbours' confident matches;
- ``competition``: weak candidates another local measure matches far better, discounted;
- ``hubs``: candidates ranked with the pull of hub measures (close to every local one) taken out (CSLS),
  and a hub's match held to the threshold plus its excess mean score;
- ``algorithm``: the national measure each local one implements, or none (``align_measures``);
- ``accuracy``: agreement with the hand alignments of ``tests/data`` (``scripts/alignment_accuracy.py``);
- ``lookup``: documents named by id or 文号, their measures, one pair compared
  (``compare_documents``, ``coverage``);
- ``pairs``: the pairs of documents worth aligning (citations and copied text);
- ``citation_pairs``: the pairs made from citations kept between builds, judged again where changed;
- ``pool``: many pairs aligned chunk by chunk, in worker processes;
- ``step``: the corpus-wide step that keeps the ``alignments`` table (``schema.alignments``) current;
- ``diffusion``: the ``diffusion`` table (``schema.diffusion``) rewritten after the alignments.

The terminal table of ``notices compare`` is printed by ``pipeline.cli``.
"""
