"""The rows the provenance index stores and the records it gives back.

``rows`` turns one article's extraction and attribution into a document
record and quote rows, the form ``Index.write`` stores and an archive
build writes as Parquet; the record carries the document's key
(``quotecheck.index.identity``), by which a document added again replaces
the first, and the resolved path it was read from.  ``StoredQuote`` is an
indexed quote as lookups return it, with the columns the file does not
keep (end, normalised form, word count) computed from its text.
"""

from __future__ import annotations

import attrs

from quotecheck.attribution.scene import SPOKEN
from quotecheck.document import LONE_SURROGATE
from quotecheck.index import minhash
from quotecheck.index.identity import identity
from quotecheck.index.normalise import normalised
from quotecheck.index.schema import KINDS

METADATA = ("outlet", "date", "url", "title")

#: The columns of a ``StoredQuote`` row, quote first, then its document's.
SELECT = """
SELECT q.id, d.name, d.key, q.start, q.text, s.name, q.kind, d.path, d.outlet, d.date, d.url, d.title
FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN speakers s ON s.id = q.speaker
"""


@attrs.frozen
class StoredQuote:
    """One indexed quote with the metadata of its document."""

    id: int
    document_id: str
    #: Which article it is, as ``quotecheck.index.identity`` keys it.
    document_key: str
    start: int
    end: int
    text: str
    normalised: str
    speaker: str | None
    kind: str
    words: int
    path: str | None
    outlet: str | None
    date: str | None
    url: str | None
    title: str | None


def stored(row: tuple) -> StoredQuote:
    """A ``StoredQuote`` from a row of ``SELECT``, with the columns the file does not keep computed."""
    quote_id, document, key, start, text, speaker, kind, *metadata = row
    plain = normalised(text)
    return StoredQuote(quote_id, document, key, start, start + len(text), text, plain, speaker, KINDS[kind],
                       len(plain.split()), *metadata)


def keys_of(documents: list[tuple[dict, list[tuple]]]) -> list[list[int]]:
    """The band keys of every quote row of ``documents``, in order (computed outside any transaction)."""
    return minhash.keys([quote[2] for _, quotes in documents for quote in quotes])


def rows(result, overrides: dict) -> tuple[dict, list[tuple]]:
    """The document record and speech quote rows of one ``Attributed`` result."""
    document = result.extraction.document
    metadata = {key: document.metadata.get(key) for key in METADATA}
    metadata.update((key, value) for key, value in overrides.items() if value is not None)
    record = {key: text_or_none(metadata[key]) for key in METADATA}
    record.update(identified(document.id, document.path, record["outlet"]))
    quotes = []
    for quote, attribution in zip(result.extraction.quotes, result.attributions):
        if quote.kind not in SPOKEN:  # terms and titles are nobody's words
            continue
        text = document.text[quote.start:quote.end]
        quotes.append((quote.start, text, normalised(text), attribution.speaker, KINDS.index(quote.kind)))
    return record, quotes


def identified(name: str, path: str | None, outlet: str | None) -> dict:
    """The key, name and resolved path of the document ``name`` read from ``path``, as the index stores them."""
    name, path = storable(name), None if path is None else storable(path)
    key, where = identity(name, path, outlet)
    return {"key": key, "name": name, "path": where}


def storable(name: str) -> str:
    """A document's name or path as SQLite can store it: a file name in bytes that are no UTF-8 written as escapes."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8") if LONE_SURROGATE.search(name) else name


def text_or_none(value) -> str | None:
    """A metadata value as text; front matter may give dates and numbers as other types."""
    return None if value is None else str(value)
