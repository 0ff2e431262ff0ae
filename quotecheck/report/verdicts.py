"""Write the verdicts of ``verify`` as a table, JSON or JSON Lines.

Lines and columns, of the draft's quote and of the source's first word, are
computed here from the offsets the verdicts carry.  The table shows one row
per quote; JSON carries every field, the source's own words as written
included.
"""

from __future__ import annotations

import json
from typing import Iterable, TextIO

import attrs

from quotecheck.report.quotes import excerpt
from quotecheck.report.table import column, location, write_table as write_rows
from quotecheck.verify import Verdict


@attrs.frozen
class VerdictRow:
    """One quote of a draft as the table shows it."""

    location: str = column("Draft")
    speaker: str | None = column("Speaker")
    status: str = column("Status")
    score: float | None = column("Score", number_format=".2f")
    source: str | None = column("Source")
    quote: str = column("Quote")
    diff: str | None = column("Diff")


def status_text(verdict: Verdict) -> str:
    """The status, with whose words the source says they are when that is someone else."""
    return verdict.status if verdict.label is None else f"{verdict.status} (said by {verdict.label} in the source)"


def row(verdict: Verdict) -> VerdictRow:
    """The table row of one verdict."""
    document = verdict.document
    return VerdictRow(
        location=location(document, verdict.quote.start),
        speaker=verdict.speaker,
        status=status_text(verdict),
        score=verdict.score,
        source=None if verdict.source is None else location(verdict.source, verdict.start),
        quote=excerpt(document.text[verdict.quote.start:verdict.quote.end]),
        diff=verdict.diff,
    )


def record(verdict: Verdict) -> dict:
    """Everything about one verdict, as JSON reads it."""
    document, quote, source = verdict.document, verdict.quote, verdict.source
    position = document.position(quote.start)
    where = None if source is None else source.position(verdict.start)
    return {
        "document": document.id,
        "path": document.path,
        "line": position.line,
        "column": position.column,
        "start": quote.start,
        "end": quote.end,
        "text": document.text[quote.start:quote.end],
        "kind": quote.kind,
        "speaker": verdict.speaker,
        "status": verdict.status,
        "score": None if verdict.score is None else round(verdict.score, 4),
        "source": None if source is None else source.id,
        "source_path": None if source is None else source.path,
        "source_line": None if where is None else where.line,
        "source_column": None if where is None else where.column,
        "source_start": verdict.start,
        "source_end": verdict.end,
        "source_words": None if source is None else source.text[verdict.start:verdict.end],
        "diff": verdict.diff,
        "label": verdict.label,
    }


def write_table(verdicts: Iterable[Verdict], out: TextIO) -> None:
    """One row per quote, in a plain-text table."""
    write_rows(map(row, verdicts), out, record=VerdictRow)


def write_json(verdicts: Iterable[Verdict], out: TextIO) -> None:
    """A JSON array of every verdict."""
    json.dump([record(verdict) for verdict in verdicts], out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(verdicts: Iterable[Verdict], out: TextIO) -> None:
    """One JSON object per verdict, written as each comes."""
    for verdict in verdicts:
        out.write(json.dumps(record(verdict), ensure_ascii=False) + "\n")


WRITERS = {"table": write_table, "json": write_json, "jsonl": write_jsonl}
