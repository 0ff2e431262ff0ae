"""Copy an archive into an embedded index, so a laptop can check drafts against a cluster-built archive.

The part files are read one at a time with pyarrow (no Dask), in part
order, and each document goes through ``Index.write_all`` with the rows
``quotecheck.index.records.rows`` would make, a batch of documents per
transaction; the documents of an archive of format 1, which kept no keys,
get the keys a build makes now (``quotecheck.archive.upgrade.identity_of``).
Documents keep the archive's order and a document's quotes their order, so
the index numbers its quotes in the archive's order and breaks ties between
cluster roots as the archive did.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pyarrow.parquet

from quotecheck.archive import layout
from quotecheck.archive.upgrade import identity_of
from quotecheck.index.schema import KINDS
from quotecheck.index.records import METADATA
from quotecheck.index.store import Index

#: Documents per transaction, as ``Index.add`` writes them.
BATCH = 500


def check(directory: str | os.PathLike) -> None:
    """Raise ArchiveError unless ``directory`` holds an archive this quotecheck reads."""
    layout.read_manifest(directory)


def load(directory: str | os.PathLike, index: Index, *, batch: int = BATCH) -> tuple[int, int]:
    """Write every document and quote of the archive in ``directory`` to ``index``: (documents, quotes)."""
    check(directory)
    return index.write_all(documents(directory), batch=batch)


def documents(directory: str | os.PathLike) -> Iterator[tuple[dict, list[tuple]]]:
    """(document record, quote rows) of each archived document, part by part, as ``records.rows`` makes them."""
    for path in layout.files(directory, "documents"):
        columns = ["id", "start", "text", "normalised", "speaker", "kind"]
        quotes = {quote["id"]: quote for quote in pyarrow.parquet.read_table(
            Path(directory) / "quotes" / Path(path).name, columns=columns).to_pylist()}
        for record in pyarrow.parquet.read_table(path).sort_by("position").to_pylist():
            rows = [(quote["start"], quote["text"], quote["normalised"], quote["speaker"], KINDS.index(quote["kind"]))
                    for quote in map(quotes.get, range(record["first"], record["first"] + record["count"]))]
            yield {**{key: record[key] for key in METADATA}, **identity_of(record)}, rows
