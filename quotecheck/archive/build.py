"""The archive build and ``add`` as Dask graphs over the functions of ``quotecheck.archive.partitions``.

A build adds to an empty archive; an add extends one, in the same stages,
each reading what the one before wrote, so no stage holds more than a
partition and the quotes are never gathered in one place:

1. extract: a task per input block runs ``partitions.extracted`` and writes
   the part's documents, quotes, band keys and shingles as new part files;
2. replace: documents are shuffled by key (``quotecheck.index.identity``),
   and the earlier copies of one added again (``partitions.replaced``)
   come back to the client, as ids and positions only, so their part files
   can be rewritten without them;
3. candidates: band rows are shuffled by key and shingle rows by hash into
   pairs with a new variant (a Dask shuffle each), the pairs shuffled again
   to drop copies, joined with both variants' texts and confirmed;
4. matches: the confirmed links are added to the old ones, which are kept
   (less those whose variant went with a replaced document);
5. clusters: the edge list of all matches, one row per link and small next
   to the quotes, is collected to the client for union-find
   (``clusters.Components``); the variant-to-cluster table goes back as a
   frame, is joined to the quotes, and the quotes are shuffled by cluster
   and described a partition at a time (``partitions.cluster_rows``).

An add gives the clusters and matches a build of everything would, with
one exception: a band key shared by more than ``clusters.CROWDED`` variants
yields no pairs, and an add that takes a key across that line (either way)
keeps the pairs its variants had, where a build would not, or finds none
between the old variants, where a build would.

The manifest is written last.  An add that fails while extracting can be
run again: the part and match files past what the manifest records are
deleted first.  Once it has begun to rewrite the parts of replaced
documents or the matches, it is not atomic, and an add that fails then
leaves an archive to build again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import attrs
import dask
import dask.dataframe
import pandas

from quotecheck.archive import inputs, layout, partitions, upgrade
from quotecheck.archive.partitions import PLACE_BITS
from quotecheck.index.clusters import Components
from quotecheck.pipeline import Options

#: Rows of the variant-to-cluster table per partition when it goes back to the workers.
LABELS_PER_PARTITION = 1_000_000


@attrs.frozen
class Outcome:
    """What a build or an add left: the archive's counts, the documents read this time, and the inputs that failed."""

    documents: int
    quotes: int
    matches: int
    clusters: int
    read: int
    errors: tuple


def build(patterns: Iterable[str], out: str | os.PathLike, *, options: Options = Options(),
          partitions: int | None = None) -> Outcome:
    """Build an archive in ``out`` from the files the GLOB ``patterns`` name, replacing any archive there."""
    layout.prepared(out)
    return update(list(patterns), out, layout.empty_manifest(), options, partitions)


def add(patterns: Iterable[str], out: str | os.PathLike, *, options: Options = Options(),
        partitions: int | None = None) -> Outcome:
    """Add the files the GLOB ``patterns`` name to the archive in ``out``, without building it again."""
    return update(list(patterns), out, layout.read_manifest(out), options, partitions)


def update(patterns: list[str], out, manifest: dict, options: Options, partitions: int | None) -> Outcome:
    """Extract the new inputs into new parts, then bring replacements, matches and clusters up to date."""
    layout.forget_unfinished(out, manifest)
    manifest = upgrade.upgraded(out, manifest)
    blocks, errors = inputs.planned(patterns, partitions)
    first_part = manifest["next_part"]
    # An empty block still writes empty part files, so every dataset has a file to read.
    extracted = dask.compute(*[dask.delayed(extract_part)(block, first_part + place, str(out), options)
                               for place, block in enumerate(blocks or [inputs.FileBlock(())])])
    removed = drop_replaced(out)
    store_matches(out, matched(out, first_part << PLACE_BITS), manifest["generation"], removed)
    store_clusters(out)
    counts = {name: layout.rows(out, name) for name in ("documents", "quotes", "matches", "clusters")}
    layout.write_manifest(out, {**manifest, "next_part": first_part + len(extracted),
                                "generation": manifest["generation"] + 1,
                                "inputs": manifest["inputs"] + patterns, "counts": counts})
    return Outcome(**counts, read=sum(documents for documents, _ in extracted),
                   errors=(*errors, *(error for _, part_errors in extracted for error in part_errors)))


def extract_part(block: inputs.Block, part: int, out: str, options: Options) -> tuple[int, tuple]:
    """Extract one block into the files of part ``part``: (documents read, inputs that failed)."""
    found = partitions.extracted(inputs.documents(block), part, options)
    for dataset in layout.PER_PART:
        layout.write(getattr(found, dataset), layout.part_file(out, dataset, part), dataset)
    return len(found.documents), found.errors


def read(out, dataset: str, columns: list[str] | None = None):
    """A dataset of the archive as a Dask frame."""
    return dask.dataframe.read_parquet(layout.files(out, dataset), columns=columns)


def drop_replaced(out) -> bool:
    """Remove the earlier copies of documents added again from their part files: whether there were any."""
    columns = ["document_key", "position", "first", "count"]
    stale = read(out, "documents", columns).shuffle("document_key").map_partitions(
        partitions.replaced, meta=partitions.empty("documents")[columns]).compute()
    dask.compute(*[dask.delayed(drop_documents)(str(out), part, group)
                   for part, group in stale.groupby(stale["position"] // (1 << PLACE_BITS))])
    return not stale.empty


def drop_documents(out: str, part: int, documents: pandas.DataFrame) -> None:
    """Rewrite the files of part ``part`` without ``documents`` and their quotes."""
    for dataset, column in (("quotes", "id"), ("bands", "quote"), ("shingles", "quote")):
        path = layout.part_file(out, dataset, part)
        layout.write(partitions.kept(layout.read(path, dataset), column, documents), path, dataset)
    path = layout.part_file(out, "documents", part)
    remaining = layout.read(path, "documents")
    layout.write(remaining[~remaining["position"].isin(documents["position"])], path, "documents")


def variants(out):
    """Each variant's exact key and normalised text, once."""
    return read(out, "quotes", ["exact", "normalised"]).drop_duplicates(subset=["exact"], split_out=True)


def matched(out, first_new: int):
    """The confirmed links of every candidate pair with a variant first added at quote id ``first_new`` or later."""
    pairs = partitions.empty("pairs")
    bands = read(out, "bands").shuffle("key").map_partitions(partitions.band_candidates, first_new, meta=pairs)
    phrases = read(out, "shingles").shuffle("hash").map_partitions(partitions.phrase_candidates, first_new,
                                                                   meta=pairs)
    candidates = dask.dataframe.concat([bands, phrases]).shuffle(["first", "second"])
    candidates = candidates.map_partitions(partitions.distinct_pairs, meta=pairs)
    texts = variants(out)
    for side in ("first", "second"):
        candidates = candidates.merge(texts.rename(columns={"exact": side, "normalised": f"{side}_text"}), on=side)
    return candidates.map_partitions(partitions.confirmed, meta=partitions.empty("matches"))


def store_matches(out, new, generation: int, removed: bool) -> None:
    """Add the new matches to the archive's, first dropping old ones whose variant is gone when quotes went."""
    old = layout.files(out, "matches")
    if removed and old:
        live = read(out, "quotes", ["exact"]).drop_duplicates(subset=["exact"], split_out=True)
        kept = read(out, "matches")
        for side in ("draft", "indexed"):
            kept = kept.merge(live.rename(columns={"exact": side}), on=side)
        write_frames(dask.dataframe.concat([kept, new]), layout.scratch(out, "matches"), generation, "matches")
        layout.replace(out, "matches")
    else:
        write_frames(new, Path(out) / "matches", generation, "matches")


def store_clusters(out) -> None:
    """Recompute every cluster from all matches and write them in place of the old ones."""
    edges = read(out, "matches", ["draft", "indexed"]).compute()
    components = Components()
    for draft, indexed in zip(edges["draft"].tolist(), edges["indexed"].tolist()):
        components.join(draft, indexed)
    quotes = read(out, "quotes")
    if components.parent:
        labels = pandas.DataFrame({"exact": list(components.parent),
                                   "cluster": [components.find(variant) for variant in components.parent]})
        labels = labels.astype({"exact": "int64", "cluster": "Int64"})  # Int64: the join leaves gaps
        shared = dask.dataframe.from_pandas(labels, npartitions=max(1, len(labels) // LABELS_PER_PARTITION))
        quotes = quotes.merge(shared, on="exact", how="left")
        quotes["cluster"] = quotes["cluster"].fillna(quotes["exact"]).astype("int64")
    else:
        quotes = quotes.assign(cluster=quotes["exact"])
    found = quotes.shuffle("cluster").map_partitions(partitions.cluster_rows, meta=partitions.empty("clusters"))
    write_frames(found, layout.scratch(out, "clusters"), 0, "clusters")
    layout.replace(out, "clusters")


def write_frames(frame, directory: Path, generation: int, dataset: str) -> None:
    """Write each partition of a Dask ``frame`` as a file of ``dataset`` in ``directory``, named by generation."""
    dask.compute(*[dask.delayed(layout.write)(part, directory / f"part-{generation:04d}-{place:06d}.parquet", dataset)
                   for place, part in enumerate(frame.to_delayed())])
