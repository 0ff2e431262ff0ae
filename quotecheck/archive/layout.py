"""What an archive folder holds: its Parquet datasets, their columns, and the manifest.

Each dataset is a folder of Parquet files.  The ones written per input part
are named by the part's number, ``part-000007.parquet``, and the quotes,
bands and shingles of a document sit in the files of its part:

- ``documents``: one row per article (document id and key, position,
  path, outlet, date, url, title, first quote id, number of quotes);
- ``quotes``: one row per spoken quote, with its document's id, key and
  metadata and ``exact``, the key of its variant (the quotes with one
  normalised text);
- ``bands``: the 32 MinHash band keys of each quote, with its variant;
- ``shingles``: the hashes of each six-word run of each quote of six words or
  more, ``first`` marking the run it opens with (the excerpt candidates);
- ``matches``: every confirmed link between two variants, named as in
  ``relation(draft, indexed)``, written a file per partition;
- ``clusters``: one row per cluster, its members a list of structs.

``manifest.json`` records the format version, the next part number, the
inputs added so far and the counts.  A document's key says which article it
is (``quotecheck.index.identity``), its path is the resolved path it was
read from; format 1 kept neither, and ``quotecheck.archive.upgrade`` brings
it up to date.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from pathlib import Path

import pyarrow
import pyarrow.parquet

from quotecheck.archive import ArchiveError

FORMAT = 2
#: The formats this quotecheck reads: an older one is upgraded before anything is added.
FORMATS = (1, FORMAT)
MANIFEST = "manifest.json"
#: What the folder of a dataset's next version adds to its name.
NEXT = ".next"
TEXT = pyarrow.string()
NUMBER = pyarrow.int64()

MEMBER = pyarrow.struct([("quote_id", NUMBER), ("document_id", TEXT), ("start", NUMBER), ("text", TEXT),
                         ("speaker", TEXT), ("outlet", TEXT), ("date", TEXT), ("url", TEXT), ("kind", TEXT),
                         ("diff", TEXT)])
SCHEMAS = {
    "documents": pyarrow.schema([("document", TEXT), ("document_key", TEXT), ("position", NUMBER), ("path", TEXT),
                                 ("outlet", TEXT), ("date", TEXT), ("url", TEXT), ("title", TEXT), ("first", NUMBER),
                                 ("count", NUMBER)]),
    "quotes": pyarrow.schema([("id", NUMBER), ("document", TEXT), ("document_key", TEXT), ("start", NUMBER),
                              ("end", NUMBER), ("text", TEXT), ("normalised", TEXT), ("speaker", TEXT), ("kind", TEXT),
                              ("outlet", TEXT), ("date", TEXT), ("url", TEXT), ("title", TEXT),
                              ("exact", NUMBER)]),
    "bands": pyarrow.schema([("key", NUMBER), ("quote", NUMBER), ("exact", NUMBER)]),
    "shingles": pyarrow.schema([("hash", NUMBER), ("quote", NUMBER), ("exact", NUMBER), ("first", pyarrow.bool_())]),
    "matches": pyarrow.schema([("draft", NUMBER), ("indexed", NUMBER), ("draft_text", TEXT), ("indexed_text", TEXT),
                               ("kind", TEXT), ("score", pyarrow.float64()), ("diff", TEXT)]),
    "clusters": pyarrow.schema([("cluster", NUMBER), ("root", TEXT), ("first_date", TEXT), ("first_outlet", TEXT),
                                ("speakers", pyarrow.list_(TEXT)), ("articles", NUMBER),
                                ("members", pyarrow.list_(MEMBER))]),
}
#: The datasets written per input part, which ``archive add`` extends with new parts.
PER_PART = ("documents", "quotes", "bands", "shingles")


def empty_manifest() -> dict:
    """The manifest of an archive with nothing in it yet."""
    return {"format": FORMAT, "next_part": 0, "generation": 0, "inputs": [], "counts": {}}


def read_manifest(directory: str | os.PathLike) -> dict:
    """The manifest of the archive in ``directory``; ArchiveError when there is none or its format is unknown."""
    path = Path(directory) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArchiveError(f"{directory}: not an archive (no {MANIFEST}); run 'quotecheck archive build'") from None
    except (OSError, ValueError) as error:
        raise ArchiveError(f"{path}: cannot read the manifest ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") not in FORMATS:
        raise ArchiveError(f"{path}: archive format {manifest.get('format') if isinstance(manifest, dict) else '?'} "
                           f"is not this quotecheck's ({FORMAT})")
    return manifest


def write_manifest(directory: str | os.PathLike, manifest: dict) -> None:
    """Write the manifest last, through a temporary file, so a reader sees the old one or the new one."""
    path = Path(directory) / MANIFEST
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def prepared(directory: str | os.PathLike) -> None:
    """Empty ``directory`` for a new build, with an empty manifest: refuse one that holds something else."""
    folder = Path(directory)
    if folder.exists() and any(folder.iterdir()) and not (folder / MANIFEST).exists():
        raise ArchiveError(f"{directory}: not empty and not an archive; refusing to overwrite it")
    for name in (*SCHEMAS, *(f"{dataset}{NEXT}" for dataset in SCHEMAS), MANIFEST):
        target = folder / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    # Written first, so a build that fails part-way leaves a folder the next build may empty.
    write_manifest(folder, empty_manifest())


def part_file(directory: str | os.PathLike, dataset: str, part: int) -> Path:
    """The file of ``dataset`` that holds input part ``part``."""
    return Path(directory) / dataset / f"part-{part:06d}.parquet"


def files(directory: str | os.PathLike, dataset: str) -> list[str]:
    """The Parquet files of ``dataset``, in order."""
    return sorted(glob.glob(os.path.join(glob.escape(str(directory)), dataset, "*.parquet")))


def write(frame, path: str | os.PathLike, dataset: str) -> int:
    """Write a pandas ``frame`` as one Parquet file with ``dataset``'s columns: the rows written."""
    table = pyarrow.Table.from_pandas(frame, schema=SCHEMAS[dataset], preserve_index=False)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    pyarrow.parquet.write_table(table, str(path))
    return table.num_rows


def read(path: str | os.PathLike, dataset: str):
    """One Parquet file of ``dataset`` as a pandas frame."""
    return pyarrow.parquet.read_table(str(path), schema=SCHEMAS[dataset]).to_pandas()


def rows(directory: str | os.PathLike, dataset: str) -> int:
    """How many rows ``dataset`` holds, from the files' footers."""
    return sum(pyarrow.parquet.read_metadata(path).num_rows for path in files(directory, dataset))


def forget_unfinished(directory: str | os.PathLike, manifest: dict) -> None:
    """Delete the part and match files a failed run wrote past what ``manifest`` records."""
    for dataset in PER_PART:
        for path in files(directory, dataset):
            if int(Path(path).stem.split("-")[1]) >= manifest["next_part"]:
                os.remove(path)
    for path in files(directory, "matches"):
        if int(Path(path).stem.split("-")[1]) >= manifest["generation"]:
            os.remove(path)


def scratch(directory: str | os.PathLike, dataset: str) -> Path:
    """An empty folder for the next version of ``dataset``, emptied of what a failed run left there."""
    folder = Path(directory) / f"{dataset}{NEXT}"
    if folder.exists():
        shutil.rmtree(folder)
    return folder


def replace(directory: str | os.PathLike, dataset: str) -> None:
    """Put the next version of ``dataset``, written in its ``scratch`` folder, in the place of the old one."""
    target = Path(directory) / dataset
    if target.exists():
        shutil.rmtree(target)
    os.replace(Path(directory) / f"{dataset}{NEXT}", target)
