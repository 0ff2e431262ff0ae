"""Write extracted quotes as JSON Lines, JSON or a table.

The JSON Lines record is the one the shared scorer reads: one object per
document with its quotations and their attributions; the speaker fields stay
null for a quote no sieve attributed.  A quote inside a quotation that is
part of its words (see ``own_quotations``) is listed under ``nested`` in the
record of the quotation around it, not as a quotation of its own; ``parent``
and ``continues`` are indices into the document's records.  Line and column
are computed here, from the document's source map.
"""

from __future__ import annotations

import json
from typing import Iterable, TextIO

import attrs
from tabulate import tabulate

from quotecheck.attribution import Attributed, own_quotations
from quotecheck.attribution.context import Span
from quotecheck.extract import Extraction
from quotecheck.quotes import DIAGNOSTICS, Quote

EXCERPT_LENGTH = 60


def span_record(span: Span | None) -> dict | None:
    """A mention or cue as the scorer reads it."""
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


@attrs.frozen
class Layout:
    """Which quotes of a document get records, in order, and the spans nested in each."""

    #: The quote of each record.
    order: tuple[int, ...]
    #: The record of each quote that has one.
    record_of: dict[int, int]
    #: For each record, the quotes inside it that are part of its words.
    nested: tuple[list[int], ...]

    def link(self, quotes: tuple[Quote, ...], index: int | None) -> int | None:
        """The record of quote ``index``, or of the nearest quote around it that has one."""
        while index is not None and index not in self.record_of:
            index = quotes[index].parent
        return None if index is None else self.record_of[index]


def layout(attributed: Attributed) -> Layout:
    """The records of one document: a quotation each; nested spans go with their quotation."""
    quotes = attributed.extraction.quotes
    own = own_quotations(attributed)
    order = tuple(index for index in range(len(quotes)) if own[index])
    record_of = {index: position for position, index in enumerate(order)}
    result = Layout(order, record_of, tuple([] for _ in order))
    for index, quote in enumerate(quotes):
        if not own[index]:
            result.nested[result.link(quotes, quote.parent)].append(index)
    return result


def span_text(extraction: Extraction, index: int) -> dict:
    """A nested span: where it is, its words and its kind."""
    quote = extraction.quotes[index]
    return {"start": quote.start, "end": quote.end, "text": extraction.document.text[quote.start: quote.end],
            "kind": quote.kind}


def quote_record(attributed: Attributed, index: int, spans: Layout) -> dict:
    """The scorer's record for one quotation and its attribution."""
    extraction = attributed.extraction
    quote = extraction.quotes[index]
    attribution = attributed.attributions[index]
    return {
        "start": quote.start,
        "end": quote.end,
        "text": extraction.document.text[quote.start: quote.end],
        "kind": quote.kind,
        "parent": spans.link(extraction.quotes, quote.parent),
        "speaker": attribution.speaker,
        "mention": span_record(attribution.mention),
        "cue": span_record(attribution.cue),
        "sieve": attribution.sieve,
        "confidence": attribution.confidence,
        "nested": [span_text(extraction, inner) for inner in spans.nested[spans.record_of[index]]],
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
    """One document's quotations; ``detailed`` adds positions, pieces and speaker details."""
    extraction = attributed.extraction
    spans = layout(attributed)
    quotes = []
    for index in spans.order:
        record = quote_record(attributed, index, spans)
        if detailed:
            quote = extraction.quotes[index]
            position = extraction.document.position(quote.start)
            attribution = attributed.attributions[index]
            record.update(line=position.line, column=position.column,
                          continues=spans.record_of.get(quote.continues),
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
        spans = layout(attributed)
        for record, index in enumerate(spans.order):
            quote = extraction.quotes[index]
            position = document.position(quote.start)
            attribution = attributed.attributions[index]
            parent = spans.link(extraction.quotes, quote.parent)
            rows.append((document.path if document.path == document.id else f"{document.path}#{document.id}",
                         f"{position.line}:{position.column}", record, quote.kind,
                         "" if parent is None else parent, excerpt(document.text[quote.start: quote.end]),
                         attribution.speaker or "", attribution.sieve or ""))
        for index in range(len(extraction.diagnostics)):
            record = diagnostic_record(extraction, index)
            notes.append(f"{document.path}:{record['line']}:{record['column']}: {record['message']}")
    out.write(tabulate(rows, headers=("document", "line:col", "#", "kind", "parent", "quote", "speaker", "sieve")) + "\n")
    for note in notes:
        out.write(note + "\n")

