"""The archive's work on one partition: plain functions over batches and pandas frames, with no Dask in them.

``quotecheck.archive.build`` maps these over partitions.  Each applies the
embedded index's own functions to a batch, so the two compute the same
things: ``pipeline.run`` and ``records.rows`` extract the quotes,
``minhash.keys`` gives the band keys, ``clusters.keyed_pairs`` the pairs
within one band key, ``clusters.holds`` and ``clusters.link`` confirm a
pair, and ``clusters.clusters_of`` describes a cluster.

A quote's id is its part's number times 2**32 plus its place in the part,
and a document's position likewise: unique with no coordination between
tasks, and in the order of the inputs, as the embedded index's ids are, so
ties are broken the same way.  A variant (the quotes with one normalised
text) is named by its exact key, an 8-byte BLAKE2 digest of the text; two
texts share a key with a chance of about n**2 / 2**65 for n variants, one
in a hundred at 600 million, and would then be taken for one variant.

Candidate functions are given whole groups (every row of a band key, or of
a shingle hash), and ``first_new``, the least quote id of the parts being
added: a variant whose quotes are all that new is new, and only pairs with
a new variant are candidates, since the others were confirmed when both
were added.  A build adds to an empty archive, with ``first_new`` 0.
"""

from __future__ import annotations

from typing import Iterable

import attrs
import numpy
import pandas

from quotecheck.archive.layout import SCHEMAS
from quotecheck.index import minhash
from quotecheck.index.clusters import clusters_of, holds, keyed_pairs, link
from quotecheck.index.match import EXCERPT_WORDS
from quotecheck.index.schema import KINDS
from quotecheck.index.records import StoredQuote, rows
from quotecheck.pipeline import run

#: Bits of an id that number a quote or document within its part.
PLACE_BITS = 32
PAIRS = {"first": "int64", "second": "int64", "band": "bool"}


@attrs.frozen
class Extracted:
    """What one input part holds: its documents, quotes, band keys and shingles, and its unreadable inputs."""

    documents: pandas.DataFrame
    quotes: pandas.DataFrame
    bands: pandas.DataFrame
    shingles: pandas.DataFrame
    errors: tuple


def empty(dataset: str) -> pandas.DataFrame:
    """A frame with no rows and the columns of ``dataset`` (or of a frame named in this module)."""
    if dataset == "pairs":
        return pandas.DataFrame({name: pandas.Series(dtype=kind) for name, kind in PAIRS.items()})
    return SCHEMAS[dataset].empty_table().to_pandas()


def framed(records: list, dataset: str) -> pandas.DataFrame:
    """``records`` (dicts or tuples in column order) as a frame of ``dataset``'s columns."""
    if not records:
        return empty(dataset)
    columns = list(PAIRS) if dataset == "pairs" else SCHEMAS[dataset].names
    return pandas.DataFrame.from_records(records, columns=columns)


def plain(frame: pandas.DataFrame) -> list[dict]:
    """The rows of ``frame`` as dicts, with None for a missing value."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def digest(text: str) -> int:
    """The exact key of a normalised text: its 8-byte BLAKE2 digest as a signed integer."""
    value = minhash.constant(text)
    return value - (1 << 64) if value >= 1 << 63 else value


def extracted(items: Iterable, part: int, options) -> Extracted:
    """Extract and attribute a part's documents (``pipeline.run``) and compute its keys."""
    errors: list = []
    documents, quotes = [], []
    next_id = part << PLACE_BITS
    for place, result in enumerate(run(items, options, on_error=errors.append)):
        record, quote_rows = rows(result, {})
        metadata = {key: record[key] for key in ("outlet", "date", "url", "title")}
        documents.append({"document": record["name"], "document_key": record["key"],
                          "position": (part << PLACE_BITS) + place, "path": record["path"], **metadata,
                          "first": next_id, "count": len(quote_rows)})
        for start, text, normalised, speaker, kind in quote_rows:
            quotes.append({"id": next_id, "document": record["name"], "document_key": record["key"],
                           "start": start, "end": start + len(text), "text": text, "normalised": normalised,
                           "speaker": speaker, "kind": KINDS[kind], **metadata, "exact": digest(normalised)})
            next_id += 1
    quotes_frame = framed(quotes, "quotes")
    return Extracted(framed(documents, "documents"), quotes_frame, band_rows(quotes_frame),
                     shingle_rows(quotes_frame), tuple(errors))


def band_rows(quotes: pandas.DataFrame) -> pandas.DataFrame:
    """The (key, quote, exact) rows of the quotes' MinHash band keys."""
    ids = quotes["id"].tolist()
    exact_of = dict(zip(ids, quotes["exact"].tolist()))
    keyed = minhash.rows(ids, minhash.keys(quotes["normalised"].tolist()))
    return framed([(key, quote, exact_of[quote]) for key, quote in keyed], "bands")


def shingle_rows(quotes: pandas.DataFrame) -> pandas.DataFrame:
    """The (hash, quote, exact, first) rows of every run of six words in quotes of six words or more."""
    found = []
    for quote, exact, text in zip(quotes["id"].tolist(), quotes["exact"].tolist(), quotes["normalised"].tolist()):
        words = text.split()
        for place in range(len(words) - EXCERPT_WORDS + 1):
            found.append((digest(" ".join(words[place:place + EXCERPT_WORDS])), quote, exact, place == 0))
    return framed(found, "shingles")


def replaced(documents: pandas.DataFrame) -> pandas.DataFrame:
    """The rows of documents added again later (every row of each document key is here): the earlier copies."""
    latest = documents.groupby("document_key")["position"].transform("max")
    return documents[documents["position"] < latest]


def kept(frame: pandas.DataFrame, column: str, documents: pandas.DataFrame) -> pandas.DataFrame:
    """``frame`` without the rows whose quote id in ``column`` belongs to one of ``documents``."""
    dropped = [numpy.arange(first, first + count) for first, count in zip(documents["first"], documents["count"])]
    if not dropped:
        return frame
    return frame[~frame[column].isin(numpy.concatenate(dropped))]


def new_variants(rows: pandas.DataFrame, first_new: int) -> set[int]:
    """The variants among ``rows`` whose every quote is new."""
    oldest = rows.groupby("exact")["quote"].min()
    return set(oldest.index[oldest >= first_new].tolist())


def band_candidates(rows: pandas.DataFrame, first_new: int) -> pandas.DataFrame:
    """Pairs of variants sharing a band key, one of them new, from (key, quote, exact) rows of whole keys."""
    new = new_variants(rows, first_new)
    distinct = rows[["key", "exact"]].drop_duplicates().sort_values("key", kind="stable")
    pairs = keyed_pairs(zip(distinct["key"].tolist(), distinct["exact"].tolist()))
    return framed([(*pair, True) for pair in pairs if pair[0] in new or pair[1] in new], "pairs")


def phrase_candidates(rows: pandas.DataFrame, first_new: int) -> pandas.DataFrame:
    """Pairs of a variant and another holding its first six words, one of them new, from whole shingle groups."""
    new = new_variants(rows, first_new)
    holders = rows[["hash", "exact"]].drop_duplicates()
    probes = rows.loc[rows["first"], ["hash", "exact"]].drop_duplicates()
    joined = probes.merge(holders, on="hash", suffixes=("", "_holder"))
    joined = joined[(joined["exact"] != joined["exact_holder"])
                    & (joined["exact"].isin(new) | joined["exact_holder"].isin(new))]
    return framed([(min(pair), max(pair), False) for pair in zip(joined["exact"].tolist(),
                                                                   joined["exact_holder"].tolist())], "pairs")


def distinct_pairs(pairs: pandas.DataFrame) -> pandas.DataFrame:
    """Each pair once (every copy of a pair is here), ``band`` when any copy shares a band key."""
    return pairs.groupby(["first", "second"], as_index=False, sort=False)["band"].max()


def confirmed(pairs: pandas.DataFrame) -> pandas.DataFrame:
    """The matches among candidate pairs with their texts: a band pair that links, a phrase pair held whole."""
    found = []
    for first, second, band, first_text, second_text in pairs[
            ["first", "second", "band", "first_text", "second_text"]].itertuples(index=False):
        # A phrase candidate shares only six words: it stands only if one
        # holds the other, as the embedded index's phrase search would find.
        if not band and not (holds(first_text, second_text) or holds(second_text, first_text)):
            continue
        found_link = link(first_text, second_text)
        if found_link is not None:
            draft, indexed = (first, second) if found_link.draft == first_text else (second, first)
            found.append((draft, indexed, found_link.draft, found_link.indexed, found_link.kind, found_link.score,
                          found_link.diff))
    return framed(found, "matches")


def stored(record: dict) -> StoredQuote:
    """A quote row as the embedded index's record, for ``clusters.described``."""
    return StoredQuote(record["id"], record["document"], record["document_key"], record["start"], record["end"],
                       record["text"], record["normalised"], record["speaker"], record["kind"],
                       len(record["normalised"].split()), None, record["outlet"], record["date"], record["url"],
                       record["title"])


def cluster_rows(quotes: pandas.DataFrame) -> pandas.DataFrame:
    """The clusters among quotes labelled with their ``cluster`` (every quote of each cluster is here)."""
    articles = quotes.groupby("cluster")["document_key"].transform("nunique")
    found = []
    for cluster, group in quotes[articles > 1].groupby("cluster", sort=True):
        records = plain(group)
        starts = {record["id"]: record["start"] for record in records}
        for one in clusters_of([[stored(record) for record in records]]):
            members = [{**attrs.asdict(member), "start": starts[member.quote_id]} for member in one.members]
            found.append((cluster, one.root, one.first_date, one.first_outlet, list(one.speakers), one.articles,
                          members))
    return framed(found, "clusters")
