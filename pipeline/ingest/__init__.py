"""Per-file work: which files need it (``scan``), reading, structuring and extracting one file in a
worker process (``worker``, ``pool``; ``cluster`` on Dask), its rows (``rows``), and the one writer
that stores them (``store``, ``search_index``, ``database``)."""
