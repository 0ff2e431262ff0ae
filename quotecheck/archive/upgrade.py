"""Bring an archive written by an older quotecheck up to the current format, in place.

Format 1 kept a document by its id alone, so two outlets' articles of one
id were taken for one, and its path as typed.  Format 2 gives every
document and quote its document's key (``quotecheck.index.identity``) and
keeps the resolved path, computed from the id, path and outlet as a build
computes them now; a relative path is resolved against the current
directory of the process that upgrades.  ``archive add`` upgrades an
archive before adding to it, and ``index import`` reads either format as it
is, through ``identity_of``.

Each part file is written whole under a temporary name and renamed over the
old one, and the manifest is written last, so an upgrade that stops part-way
leaves a format 1 manifest over files of both formats; the next one skips
the files that have their keys already.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet

from quotecheck.archive import layout
from quotecheck.index.records import identified

#: The column format 1 lacks.
KEY = "document_key"


def upgraded(directory: str | os.PathLike, manifest: dict) -> dict:
    """The manifest of the archive in ``directory`` in the current format, its part files upgraded first."""
    if manifest["format"] == layout.FORMAT:
        return manifest
    for path in layout.files(directory, "documents"):
        documents = pyarrow.parquet.read_table(path).to_pandas()
        if KEY not in documents:
            named = [identity_of(row) for row in documents[["document", "path", "outlet"]].to_dict("records")]
            documents[KEY] = [one["key"] for one in named]
            documents["path"] = [one["path"] for one in named]
            rewrite(documents, path, "documents")
        quotes_path = Path(directory) / "quotes" / Path(path).name
        quotes = pyarrow.parquet.read_table(quotes_path).to_pandas()
        if KEY not in quotes:
            owner = {quote: key for key, first, count in zip(documents[KEY], documents["first"], documents["count"])
                     for quote in range(first, first + count)}
            quotes[KEY] = quotes["id"].map(owner)
            rewrite(quotes, quotes_path, "quotes")
    manifest = {**manifest, "format": layout.FORMAT}
    layout.write_manifest(directory, manifest)
    return manifest


def identity_of(row: dict) -> dict:
    """The name, key and resolved path of an archived document row of either format."""
    if row.get(KEY) is not None:
        return {"name": row["document"], "key": row[KEY], "path": row["path"]}
    return identified(row["document"], row["path"], row["outlet"])


def rewrite(frame, path: str | os.PathLike, dataset: str) -> None:
    """Write ``frame`` in place of the part file at ``path``, whole or not at all."""
    temporary = Path(f"{path}.tmp")
    layout.write(frame, temporary, dataset)
    os.replace(temporary, path)
