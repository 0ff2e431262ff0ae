"""Attribution tables: one row per quote, or one row per speaker, as text, CSV or JSON.

The per-quote rows stream: each document's rows are made as it arrives.  The
per-speaker rows hold one tally per speaker and nothing else, so a whole
corpus can be summed.  They count only speech (quotes and fragments): terms
and titles are nobody's voice.  Spoken quotes that no sieve attributed are
gathered in one last row, ``(no speaker)``, so that an editor sees how much of
the quoted speech is unsourced; its words count towards every share, and the
shares add up to 100.

A speaker's words are the words inside their quotes, marks left out.  A quote
nested in another spoken quote lies inside its parent, so its words are
counted once, for the outer quote's speaker.  A nested quote that is part of
its parent's words (see ``own_quotations``) has no row and no count of its
own; one with a speaker of its own still adds to that speaker's quote count.
The pieces of a quotation that runs over several paragraphs count as one
quote when they share a speaker.

Every location is ``path:line:column`` in the source file; in a JSONL corpus
the line is the record's line, so the location is unambiguous without the
document id.
"""

from __future__ import annotations

import csv
import json
from typing import Iterable, Iterator, TextIO

import attrs
from tabulate import tabulate, tabulate_formats

from quotecheck.attribution import Attributed, own_quotations, speech_around
from quotecheck.attribution.scene import SPOKEN
from quotecheck.document import Document
from quotecheck.kinds import MARKS, WORD
from quotecheck.quotes import Quote
from quotecheck.report.quotes import excerpt

#: The name of the row that gathers spoken quotes no sieve attributed.
NO_SPEAKER = "(no speaker)"


def column(header: str, *, number_format: str | None = None):
    """An attrs field with its human-readable header and, for a number, its format."""
    return attrs.field(metadata={"header": header, "number_format": number_format})


@attrs.frozen
class QuoteRow:
    """One quote: where it is, who said it, the cue, its kind, an excerpt and the confidence."""

    location: str = column("Location")
    speaker: str | None = column("Speaker")
    cue: str | None = column("Cue")
    kind: str = column("Kind")
    excerpt: str = column("Quote")
    confidence: float | None = column("Confidence", number_format=".2f")


@attrs.frozen
class SpeakerRow:
    """One speaker across all documents: how often and how much they are quoted, and where."""

    speaker: str = column("Speaker")
    description: str | None = column("Description")
    quotes: int = column("Quotes", number_format="d")
    words: int = column("Words", number_format="d")
    first_location: str = column("First")
    last_location: str = column("Last")
    share_percent: float = column("Share %", number_format=".1f")


Row = QuoteRow | SpeakerRow


def location(document: Document, offset: int) -> str:
    """``path:line:column`` of text ``offset`` in the document's source."""
    position = document.position(offset)
    return f"{document.path}:{position.line}:{position.column}"


def quote_rows(results: Iterable[Attributed]) -> Iterator[QuoteRow]:
    """One row per quotation of every document, in order; quotes that are part of one have no row."""
    for attributed in results:
        document = attributed.extraction.document
        own = own_quotations(attributed)
        for quote, attribution, alone in zip(attributed.extraction.quotes, attributed.attributions, own):
            if not alone:
                continue
            confidence = attribution.confidence
            yield QuoteRow(
                location=location(document, quote.start),
                speaker=attribution.speaker or None,
                cue=None if attribution.cue is None else attribution.cue.text,
                kind=quote.kind,
                excerpt=excerpt(document.text[quote.start: quote.end]),
                confidence=None if confidence is None else round(confidence, 2),
            )


def quoted_words(text: str, quote: Quote) -> int:
    """How many words the quote holds, its marks left out."""
    return len(WORD.findall(text[quote.start: quote.end].strip(MARKS)))


@attrs.define
class Tally:
    """What is counted for one speaker while the documents go by."""

    first_location: str
    last_location: str = ""
    description: str | None = None
    quotes: int = 0
    words: int = 0


def speaker_rows(results: Iterable[Attributed]) -> list[SpeakerRow]:
    """One row per speaker, most words first, then ``(no speaker)`` if any speech went unattributed."""
    tallies: dict[str, Tally] = {}
    for attributed in results:
        document = attributed.extraction.document
        quotes = attributed.extraction.quotes
        attributions = attributed.attributions
        around = speech_around(quotes)
        own = own_quotations(attributed)
        for index, quote in enumerate(quotes):
            if quote.kind not in SPOKEN or not own[index]:
                continue
            speaker = attributions[index].speaker or NO_SPEAKER
            where = location(document, quote.start)
            tally = tallies.setdefault(speaker, Tally(where))
            tally.last_location = where
            tally.description = tally.description or attributions[index].description or None
            piece_of = quote.continues
            if piece_of is None or (attributions[piece_of].speaker or NO_SPEAKER) != speaker:
                tally.quotes += 1
            if around[index] is None:
                tally.words += quoted_words(document.text, quote)
    total = sum(tally.words for tally in tallies.values())
    rows = [
        SpeakerRow(
            speaker=speaker, description=tally.description, quotes=tally.quotes, words=tally.words,
            first_location=tally.first_location, last_location=tally.last_location,
            share_percent=round(100 * tally.words / total, 1) if total else 0.0,
        )
        for speaker, tally in tallies.items()
    ]
    rows.sort(key=lambda row: (row.speaker == NO_SPEAKER, -row.words, row.speaker.casefold(), row.speaker))
    return rows


def columns(rows: Iterable[Row], record: type[Row] | None) -> tuple[tuple[attrs.Attribute, ...], Iterator[Row]]:
    """The fields of the rows' record (from ``record`` or the first row) and the rows again.

    The fields are empty when there is no row and no record to tell them.
    """
    rows = iter(rows)
    first = next(rows, None)
    if record is None and first is not None:
        record = type(first)
    fields = () if record is None else attrs.fields(record)
    if first is None:
        return fields, rows

    def again() -> Iterator[Row]:
        yield first
        yield from rows

    return fields, again()


def cell(value: object, field: attrs.Attribute) -> str:
    """A value as text: empty for none, numbers in their column's format."""
    if value is None:
        return ""
    number_format = field.metadata["number_format"]
    return str(value) if number_format is None else format(value, number_format)


def check_tablefmt(tablefmt: str) -> None:
    """Raise ValueError, listing the choices, unless ``tablefmt`` is a tabulate format."""
    if tablefmt not in tabulate_formats:
        raise ValueError(f"unknown table format {tablefmt!r}; choose one of: {', '.join(tabulate_formats)}")


def write_table(rows: Iterable[Row], out: TextIO, *, tablefmt: str = "simple", record: type[Row] | None = None) -> None:
    """The rows as a table in any tabulate format; ``record`` gives the headers when there are no rows."""
    check_tablefmt(tablefmt)
    fields, rows = columns(rows, record)
    if not fields:
        return
    cells = [attrs.astuple(row, recurse=False) for row in rows]
    texts = [index for index, field in enumerate(fields) if field.metadata["number_format"] is None]
    table = tabulate(
        cells,
        headers=[field.metadata["header"] for field in fields],
        tablefmt=tablefmt,
        floatfmt=[field.metadata["number_format"] or "g" for field in fields],
        # Text cells stay text: an excerpt such as "1e5" must not become a number.
        # (tabulate fails on a list of columns when there are no rows.)
        disable_numparse=texts if cells else True,
        missingval="",
    )
    out.write(table + "\n")


def write_csv(rows: Iterable[Row], out: TextIO, *, record: type[Row] | None = None) -> None:
    """The rows as CSV under a header row; ``record`` gives the header when there are no rows."""
    fields, rows = columns(rows, record)
    if not fields:
        return
    writer = csv.writer(out)
    writer.writerow([field.metadata["header"] for field in fields])
    for row in rows:
        writer.writerow([cell(getattr(row, field.name), field) for field in fields])


def write_json(rows: Iterable[Row], out: TextIO) -> None:
    """The rows as a JSON array of objects with snake_case keys, written as they come."""
    separator = "[\n"
    for row in rows:
        out.write(separator + "  " + json.dumps(attrs.asdict(row, recurse=False), ensure_ascii=False))
        separator = ",\n"
    out.write("[]\n" if separator == "[\n" else "\n]\n")
