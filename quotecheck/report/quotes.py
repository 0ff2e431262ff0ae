"""Write extracted quotes as JSON Lines, JSON or a table.

The JSON Lines record is the one the shared scorer reads: one object per
document with its quotes and their attributions; the speaker fields stay null
for a quote no sieve attributed.  Line and column are computed here, from the
document's source map.
"""

from __future__ import annotations

import json
from typing import Iterable, TextIO

from tabulate import tabulate

from quotecheck.attribution import Attributed
from quotecheck.attribution.context import Span
from quotecheck.extract import Extraction
from quotecheck.quotes import DIAGNOSTICS

EXCERPT_LENGTH = 60


def span_record(span: Span | None) -> dict | None:
    """A mention or cue as the scorer reads it."""
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def quote_record(attributed: Attributed, index: int) -> dict:
    """The scorer's record for one quote and its attribution."""
    extraction = attributed.extraction
    quote = extraction.quotes[index]
    attribution = attributed.attributions[index]
    return {
        "start": quote.start,
        "end": quote.end,
        "text": extraction.document.text[quote.start: quote.end],
        "kind": quote.kind,
        "parent": quote.parent,
        "speaker": attribution.speaker,
        "mention": span_record(attribution.mention),
        "cue": span_record(attribution.cue),
        "sieve": attribution.sieve,
        "confidence": attribution.confidence,
    }


def diagnostic_record(extraction: Extraction, index: int) -> dict:
    """A parse diagnostic with its source position."""
    diagnostic = extraction.diagnostics[index]
    position = extraction.document.position(diagnostic.offset)
    return {
        "code": diagnostic.code,
        "offset": diagnostic.offset,
        "line": position.line,
        "column": position.column,
        "mark": diagnostic.mark,
        "message": DIAGNOSTICS[diagnostic.code].format(mark=diagnostic.mark),
    }


def document_record(attributed: Attributed, *, detailed: bool) -> dict:
    """One document's quotes; ``detailed`` adds positions, pieces and speaker details."""
    extraction = attributed.extraction
    quotes = []
    for index, quote in enumerate(extraction.quotes):
        record = quote_record(attributed, index)
        if detailed:
            position = extraction.document.position(quote.start)
            attribution = attributed.attributions[index]
            record.update(line=position.line, column=position.column, continues=quote.continues,
                          speaker_kind=attribution.speaker_kind, description=attribution.description)
        quotes.append(record)
    diagnostics = [diagnostic_record(extraction, index) for index in range(len(extraction.diagnostics))]
    return {"document": extraction.document.id, "quotes": quotes, "diagnostics": diagnostics}


def write_jsonl(results: Iterable[Attributed], out: TextIO) -> None:
    """One JSON object per document, written as each document is done."""
    for attributed in results:
        out.write(json.dumps(document_record(attributed, detailed=False), ensure_ascii=False) + "\n")


def write_json(results: Iterable[Attributed], out: TextIO) -> None:
    """A JSON array of documents, with source positions."""
    records = [document_record(attributed, detailed=True) for attributed in results]
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")


def excerpt(text: str) -> str:
    """The quote on one line, shortened for a table cell."""
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 1] + "…"


def write_table(results: Iterable[Attributed], out: TextIO) -> None:
    """A table of every quote and its speaker, then the diagnostics, one table per batch."""
    rows, notes = [], []
    for attributed in results:
        extraction = attributed.extraction
        document = extraction.document
        for index, quote in enumerate(extraction.quotes):
            position = document.position(quote.start)
            attribution = attributed.attributions[index]
            rows.append((document.path if document.path == document.id else f"{document.path}#{document.id}",
                         f"{position.line}:{position.column}", index, quote.kind,
                         "" if quote.parent is None else quote.parent, excerpt(document.text[quote.start: quote.end]),
                         attribution.speaker or "", attribution.sieve or ""))
        for index in range(len(extraction.diagnostics)):
            record = diagnostic_record(extraction, index)
            notes.append(f"{document.path}:{record['line']}:{record['column']}: {record['message']}")
    out.write(tabulate(rows, headers=("document", "line:col", "#", "kind", "parent", "quote", "speaker", "sieve")) + "\n")
    for note in notes:
        out.write(note + "\n")

