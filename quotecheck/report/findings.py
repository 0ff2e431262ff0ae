"""Write the findings of ``quotecheck check``: full, concise, JSON, JSON Lines, CSV and GitHub annotations.

Every location is the source file's ``path:line:column`` (1-based, columns in
code points), the path made relative to the current directory when it lies
inside it.  A document of a JSONL corpus is one line of its file, so its
location is already unambiguous; its id is still shown, as ``[id]`` just
before the message, so that an editor can find the article.

The full format follows ruff's: a header, the source line with the span
underlined, the speaker and the rule's reason.  The source line is read from
the file itself, one file at a time; when there is no file to read (standard
input, a JSONL record, a file that has changed), the line of the document's
own text around the span is shown instead.  Every format here streams: it
writes each finding as it arrives.  SARIF and JUnit live in their own modules.

Every writer is also given the inputs that could not be read.  The run
fills that list as it reads, so a writer looks at it only once the findings
are done; the machine formats carry each one after the findings (JSON, JSON
Lines and CSV as a record of ``type`` ``read-error``, GitHub as an error
annotation), and the text formats leave them to the line on standard error.
"""

from __future__ import annotations

import csv
import functools
import importlib
import json
import os
from typing import Callable, Iterable, Iterator, Sequence, TextIO

import attrs

from quotecheck.attribution.scene import Attribution
from quotecheck.checks import SEVERITIES, Checked, Finding, Rule, rule
from quotecheck.document import Document, Position, ReadError, newline_line_ends
from quotecheck.readers import STDIN_PATH

#: Scalar fields of a finding record, in the order CSV writes them.
COLUMNS = ("path", "document", "code", "name", "severity", "message", "line", "column", "end_line",
           "end_column", "start", "end", "speaker", "quote", "fingerprint")
#: GitHub's annotation command for each severity.
GITHUB_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
#: Longest source line the full format shows whole; a longer one is cut around the span.
WIDTH = 120
#: Characters kept before the span when a line is cut.
MARGIN = 20
#: The ``type`` of a record for an input that could not be read, and its ``name`` where a finding's rule goes.
READ_ERROR = "read-error"


@attrs.frozen
class Located:
    """One finding with what every reporter writes: its rule, message, path and source positions."""

    checked: Checked
    finding: Finding
    rule: Rule
    message: str
    path: str
    start: Position
    end: Position

    @property
    def document(self) -> Document:
        """The document the finding is in."""
        return self.checked.document

    @property
    def label(self) -> str | None:
        """The document id, for a document that is one of several in its file (a JSONL record)."""
        document = self.document
        return document.id if document.id != document.path else None

    @property
    def labelled_message(self) -> str:
        """The message, after ``[id]`` for a JSONL record."""
        return self.message if self.label is None else f"[{self.label}] {self.message}"

    @property
    def attribution(self) -> Attribution | None:
        """The attribution of the finding's quote, when the quote has a speaker."""
        if self.finding.quote is None:
            return None
        attribution = self.checked.attributed.attributions[self.finding.quote]
        return attribution if attribution.speaker is not None else None

    @property
    def quote_text(self) -> str | None:
        """The text of the finding's quote, if it concerns one."""
        if self.finding.quote is None:
            return None
        quote = self.checked.attributed.extraction.quotes[self.finding.quote]
        return self.document.text[quote.start: quote.end]


def display_path(path: str) -> str:
    """``path`` relative to the current directory when inside it, with forward slashes."""
    if path != STDIN_PATH:
        try:
            relative = os.path.relpath(os.path.abspath(path))
        except ValueError:  # another drive, on Windows
            relative = path
        if relative != os.pardir and not relative.startswith(os.pardir + os.sep):
            path = relative
    return path.replace(os.sep, "/")


def span_end(document: Document, finding: Finding) -> Position:
    """The source position just past a finding's last character (its start, for an empty span)."""
    if finding.end <= finding.start:
        return document.position(finding.start)
    last = document.position(finding.end - 1)
    # The character after the span may lie past dropped markup or on the next line.
    after = document.position(finding.end)
    if after.line == last.line and after.column > last.column:
        return after
    return Position(last.line, last.column + 1)


def located(results: Iterable[Checked]) -> Iterator[Located]:
    """Every finding of ``results`` with its rule, message and positions, one at a time."""
    for checked in results:
        document = checked.document
        path = display_path(document.path)
        for finding in checked.findings:
            rule_ = rule(finding.code)
            start = finding.position(document)
            end = start if finding.source is not None else span_end(document, finding)
            yield Located(checked, finding, rule_, rule_.format(finding, document), path, start, end)


def record(item: Located) -> dict:
    """A finding as the JSON, JSON Lines and CSV formats write it."""
    finding, attribution = item.finding, item.attribution
    return {
        "type": "finding", "path": item.path, "document": item.document.id, "code": finding.code,
        "name": item.rule.name, "severity": finding.severity, "message": item.message,
        "start": finding.start, "end": finding.end,
        "line": item.start.line, "column": item.start.column,
        "end_line": item.end.line, "end_column": item.end.column,
        "speaker": attribution.speaker if attribution else None, "quote": item.quote_text,
        "fingerprint": finding.fingerprint, "args": dict(finding.args),
    }


def error_record(problem: ReadError) -> dict:
    """An input that could not be read, as a record with a finding's fields: no code, and the line when known."""
    return {
        "type": READ_ERROR, "path": display_path(problem.path), "document": None, "code": None, "name": READ_ERROR,
        "severity": "error", "message": problem.detail, "start": None, "end": None, "line": problem.line,
        "column": None, "end_line": None, "end_column": None, "speaker": None, "quote": None,
        "fingerprint": None, "args": {}, "byte_offset": problem.byte_offset,
    }


def records(results: Iterable[Checked], errors: Sequence[ReadError]) -> Iterator[dict]:
    """The record of every finding, then of every input that could not be read."""
    yield from map(record, located(results))
    yield from map(error_record, errors)  # complete now that the results are read


def write_concise(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """One ``path:line:column: CODE message`` line per finding, and nothing else."""
    for item in located(results):
        out.write(f"{item.path}:{item.start.line}:{item.start.column}: {item.finding.code} "
                  f"{item.labelled_message}\n")


def write_jsonl(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """One JSON object per finding, one per line, then one per unreadable input."""
    for entry in records(results, errors):
        out.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")


def write_json(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """One JSON array of every finding, then every unreadable input."""
    separator = "[\n"
    for entry in records(results, errors):
        out.write(separator + "  " + json.dumps(entry, ensure_ascii=False, default=str))
        separator = ",\n"
    out.write("[]\n" if separator == "[\n" else "\n]\n")


def write_csv(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """A header row, then one row of scalar fields per finding and per unreadable input."""
    writer = csv.DictWriter(out, COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records(results, errors))


def escape_data(text: str) -> str:
    """Text as the message of a GitHub workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Text as a property value of a GitHub workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, properties: dict, message: str) -> str:
    """One GitHub workflow command line: ``::command key=value,…::message``."""
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {joined}::{escape_data(message)}\n"


def write_github(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """One GitHub Actions annotation command per finding, then an error annotation per unreadable input."""
    for item in located(results):
        properties = {
            "file": item.path, "line": item.start.line, "col": item.start.column,
            "endLine": item.end.line, "endColumn": item.end.column,
            "title": f"{item.finding.code} {item.rule.name}",
        }
        out.write(annotation(GITHUB_COMMANDS[item.finding.severity], properties, item.labelled_message))
    for problem in errors:
        where = {"file": display_path(problem.path)}
        if problem.line is not None:
            where["line"] = problem.line
        out.write(annotation("error", where | {"title": READ_ERROR}, problem.detail))


def file_lines(path: str) -> tuple[str, ...] | None:
    """The lines of the file at ``path`` (as the readers count them), or None when it cannot be read."""
    if path == STDIN_PATH or not os.path.isfile(path):
        return None
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as stream:
            return tuple(line.removesuffix("\r") for line in newline_line_ends(stream.read()).split("\n"))
    except OSError:
        return None


def agrees(source: str, text: str, start: int = 0) -> bool:
    """True when the letters and digits of ``text`` all appear in ``source[start:]``, in order: markup only adds.

    Each is looked for from where the last was found, so the source is read
    only as far as the text reaches into it, however long its line.
    """
    found = start
    for character in text:
        if character.isalnum():
            found = source.find(character, found) + 1
            if not found:
                return False
    return True


def source_line(item: Located, lines_of: Callable[[str], tuple[str, ...] | None]) -> tuple[str, int, int]:
    """The line to show under a finding, and where its span begins and ends on it (0-based)."""
    document, start, end = item.document, item.start, item.end
    text, offset, stop = document.text, item.finding.start, item.finding.end
    lines = lines_of(document.path) if item.label is None else None
    if lines is not None and start.line <= len(lines) and start.column <= len(lines[start.line - 1]) + 1:
        line, first = lines[start.line - 1], start.column - 1
        # A path named for standard input, or a file edited since, may not hold the checked text.
        quoted = text[offset: stop] if stop > offset else text[offset: offset + MARGIN]
        # Most spans end on their line: the lines after it are joined to it only for one that does not.
        if agrees(line, quoted, first) or agrees("\n".join(lines[start.line - 1: end.line + 1]), quoted, first):
            last = end.column - 1 if end.line == start.line else len(line)
            return line, first, min(last, len(line))
    # No file to read: the line of the document's own text.
    begin = text.rfind("\n", 0, offset) + 1
    finish = text.find("\n", offset)
    finish = len(text) if finish == -1 else finish
    line = text[begin: finish].removesuffix("\r")
    return line, offset - begin, min(stop, begin + len(line)) - begin


def clipped(line: str, first: int, last: int) -> tuple[str, int, int]:
    """A long line cut to about ``WIDTH`` around its span, with ``…`` where it was cut."""
    if len(line) <= WIDTH:
        return line, first, last
    begin = max(0, first - MARGIN)
    end = min(len(line), begin + WIDTH)
    shown = ("…" if begin else "") + line[begin: end] + ("…" if end < len(line) else "")
    shift = begin - (1 if begin else 0)
    return shown, first - shift, min(last, end) - shift


def snippet(item: Located, lines_of: Callable[[str], tuple[str, ...] | None]) -> list[str]:
    """The source line of a finding with its span underlined, then the speaker and the reason."""
    line, first, last = clipped(*source_line(item, lines_of))
    # A tab is one code point like any other, so a space in its place keeps the carets aligned.
    line = line.replace("\t", " ")
    number = str(item.start.line)
    gutter = " " * len(number)
    underline = " " * first + "^" * max(1, last - first)
    if item.end.line > item.start.line:
        underline += f" continues to line {item.end.line}"
    shown = [f"{gutter} |", f"{number} | {line}", f"{gutter} | {underline}"]
    attribution = item.attribution
    if attribution is not None:
        how = attribution.sieve or "unknown sieve"
        if attribution.confidence is not None:
            how += f", confidence {attribution.confidence:.2f}"
        shown.append(f"{gutter} = speaker: {attribution.speaker} ({how})")
    shown.append(f"{gutter} = reason: {item.rule.summary}")
    return shown


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an ``s`` unless the count is one."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def write_full(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
    """Each finding with its source line underlined, its speaker and reason, then a summary line."""
    lines_of = functools.lru_cache(maxsize=1)(file_lines)  # results come grouped by file
    documents = 0
    severities = dict.fromkeys(SEVERITIES, 0)
    for checked in results:
        documents += 1
        for item in located((checked,)):
            severities[item.finding.severity] += 1
            out.write(f"{item.path}:{item.start.line}:{item.start.column}: {item.finding.code} "
                      f"[{item.finding.severity}] {item.labelled_message}\n")
            out.write("\n".join(snippet(item, lines_of)) + "\n\n")
    total = sum(severities.values())
    if total == 0:
        out.write(f"No findings in {plural(documents, 'document')}.\n")
        return
    out.write(f"Found {plural(total, 'finding')} ({plural(severities['error'], 'error')}, "
              f"{plural(severities['warning'], 'warning')}, {severities['info']} info) "
              f"in {plural(documents, 'document')}.\n")


#: A writer: the checked documents, the stream to write to and, keyword ``errors``, the inputs that could not be read.
Writer = Callable[..., None]


def deferred(module: str, name: str) -> Writer:
    """A writer of another reporter module, imported when first called (that module imports this one)."""
    def write(results: Iterable[Checked], out: TextIO, *, errors: Sequence[ReadError] = ()) -> None:
        getattr(importlib.import_module(module), name)(results, out, errors=errors)

    write.__doc__ = f"``{module}.{name}``, imported when called."
    return write


WRITERS: dict[str, Writer] = {
    "full": write_full, "concise": write_concise, "json": write_json, "jsonl": write_jsonl,
    "csv": write_csv, "github": write_github,
    "sarif": deferred("quotecheck.report.sarif", "write_sarif"),
    "junit": deferred("quotecheck.report.junit", "write_junit"),
}
