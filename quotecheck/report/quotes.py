"""Write extracted quotes as JSON Lines, JSON or a table.

The JSON Lines record is the one the shared scorer reads: one object per
document with its quotes.  Attribution fields stay null until a speaker is
known.  Line and column are computed here, from the document's source map.
"""

from __future__ import annotations

import json
from typing import Iterable, TextIO

from tabulate import tabulate

from quotecheck.extract import Extraction
from quotecheck.quotes import DIAGNOSTICS

EXCERPT_LENGTH = 60


def quote_record(extraction: Extraction, index: int) -> dict:
    """The scorer's record for one quote of ``extraction``."""
    quote = extraction.quotes[index]
    return {
        "start": quote.start,
        "end": quote.end,
        "text": extraction.document.text[quote.start: quote.end],
        "kind": quote.kind,
        "parent": quote.parent,
        "speaker": None,
        "mention": None,
        "cue": None,
        "sieve": None,
        "confidence": None,
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


def document_record(extraction: Extraction, *, detailed: bool) -> dict:
    """One document's quotes; ``detailed`` adds positions and pieces."""
    quotes = []
    for index, quote in enumerate(extraction.quotes):
        record = quote_record(extraction, index)
        if detailed:
            position = extraction.document.position(quote.start)
            record.update(line=position.line, column=position.column, continues=quote.continues)
        quotes.append(record)
    diagnostics = [diagnostic_record(extraction, index) for index in range(len(extraction.diagnostics))]
    return {"document": extraction.document.id, "quotes": quotes, "diagnostics": diagnostics}


def write_jsonl(extractions: Iterable[Extraction], out: TextIO) -> None:
    """One JSON object per document, written as each document is done."""
    for extraction in extractions:
        out.write(json.dumps(document_record(extraction, detailed=False), ensure_ascii=False) + "\n")


def write_json(extractions: Iterable[Extraction], out: TextIO) -> None:
    """A JSON array of documents, with source positions."""
    records = [document_record(extraction, detailed=True) for extraction in extractions]
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")


def excerpt(text: str) -> str:
    """The quote on one line, shortened for a table cell."""
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 1] + "…"


def write_table(extractions: Iterable[Extraction], out: TextIO) -> None:
    """A table of every quote, then the diagnostics, one table per batch."""
    rows, notes = [], []
    for extraction in extractions:
        document = extraction.document
        for index, quote in enumerate(extraction.quotes):
            position = document.position(quote.start)
            rows.append((document.path if document.path == document.id else f"{document.path}#{document.id}",
                         f"{position.line}:{position.column}", index, quote.kind,
                         "" if quote.parent is None else quote.parent, excerpt(document.text[quote.start: quote.end])))
        for index in range(len(extraction.diagnostics)):
            record = diagnostic_record(extraction, index)
            notes.append(f"{document.path}:{record['line']}:{record['column']}: {record['message']}")
    out.write(tabulate(rows, headers=("document", "line:col", "#", "kind", "parent", "quote")) + "\n")
    for note in notes:
        out.write(note + "\n")

