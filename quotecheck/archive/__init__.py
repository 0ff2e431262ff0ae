"""The quote archive: the provenance index for corpora too large for one SQLite file, built on Dask.

An archive is a folder of Parquet datasets (``quotecheck.archive.layout``)
that ``quotecheck archive build`` writes and ``quotecheck archive add``
extends.  It holds what the embedded index holds, computed by the same
functions: ``partitions`` applies them to one batch with no Dask in sight,
``build`` wires those batches into a Dask graph, ``inputs`` cuts the corpus
into blocks one task reads, and ``load`` copies an archive into an embedded
index.  Only this package's modules import Dask, pandas and pyarrow, which
come with the ``archive`` extra, so the rest of quotecheck (and this file,
which the command line reads for its messages) runs without them.
"""

#: What to tell a user whose Python lacks the extra.
MISSING = "the archive commands need Dask and pyarrow: pip install 'quotecheck-news[archive]'"
#: The top-level modules the extra brings.
EXTRA_MODULES = ("dask", "distributed", "pandas", "pyarrow")


class ArchiveError(Exception):
    """A folder that cannot serve as an archive; its str() is one line naming the folder."""
