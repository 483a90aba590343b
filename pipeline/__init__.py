"""notices: Chinese government policy notices in, structured and queryable data out.

One package per stage, in the order a file goes through them:

- ``read``: bytes → text, page starts and file metadata (one module per format);
- ``document``: text → documents (normalise, numbering labels, the GB/T 9704 header, the measure
  tree, notices printed inside others, the text's fingerprint for comparisons);
- ``ingest``: per-file work in worker processes (or on Dask) and the one writer that stores it;
- ``corpus``: the steps that look across the whole corpus, in order (citations resolved, measures
  aligned, search index, graph);
- ``site``: the Datasette site.

The extractors (units, deadlines, targets, citations, as spaCy components) are the sibling package
``extractors``; every table is defined in ``schema``. The library verbs are ``build.build``,
``extract.extract_text``, ``evaluate.evaluate``, ``corpus.align.lookup.compare_documents``,
``corpus.graph.export_graph`` and ``site.serve.serve``; ``cli`` wraps each in a command.
"""
