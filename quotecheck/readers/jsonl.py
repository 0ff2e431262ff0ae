"""JSONL corpora: one article per line, as a JSON object with "id" and "text".

Optional "date", "outlet", "url" and "title" become metadata (other keys are
ignored; non-string values go through ``str``; null is left out).  A line
that cannot be used becomes a ``ReadError`` carrying its line number, and the
rest of the file is still read.  Blank lines are skipped.

Each record's source map points into the raw line: every position has the
record's line number, and its column is where the character's JSON form
starts, so an escape such as ``\\u201c`` or ``\\n`` is reported at its
backslash.
"""

from __future__ import annotations

import json
import re
from json.decoder import scanstring
from typing import Iterator

from quotecheck.document import LONE_SURROGATE, Document, ReadError, SourceMap, newline_line_ends, surrogate_problem

METADATA_KEYS = ("date", "outlet", "url", "title")

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
# A surrogate pair decodes to one code point; any other escape to one as well.
_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")


def read_jsonl(
    source: str, path: str, *, first_line: int = 1, errors: str = "strict"
) -> Iterator[Document | ReadError]:
    """Each record of a JSONL corpus as a document, or an error for a bad line.

    ``first_line`` is the line number of the source's first line, for a run
    of lines read from the middle of a file.  A lone surrogate escaped in a
    record's strings (``"\\ud800"``) makes the line an error when ``errors``
    is "strict", and becomes U+FFFD otherwise, as bytes a codec cannot decode do.
    """
    number = first_line - 1
    for line in source.split("\n"):
        number += 1
        if not line.strip():
            continue
        yield _read_record(line, number, path, errors)


def _read_record(line: str, number: int, path: str, errors: str = "strict") -> Document | ReadError:
    """One record, or the reason it cannot be used."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return ReadError(path, f"invalid JSON: {error.msg} (column {error.colno})", line=number)
    except RecursionError:
        return ReadError(path, "invalid JSON: nested too deeply", line=number)
    problem = record_problem(record)
    if problem is not None:
        return ReadError(path, problem, line=number)
    name, text, metadata = str(record["id"]), record["text"], record_metadata(record)
    if "\\u" in line:  # only an escape can give a lone surrogate
        fields = {"id": name, "text": text, **metadata}
        for key, value in fields.items():
            problem = surrogate_problem(value, f' of "{key}"')
            if problem is None:
                continue
            if errors == "strict":
                return ReadError(path, problem, line=number)
            fields[key] = LONE_SURROGATE.sub("\ufffd", value)
        name, text = fields.pop("id"), fields.pop("text")
        metadata = fields
    text = newline_line_ends(text)
    text_starts, source_starts = _text_runs(line, _text_value_start(line))
    source_map = SourceMap((0,), tuple(text_starts), tuple(source_starts), first_line=number)
    return Document(id=name, text=text, path=path, source_map=source_map, metadata=metadata)


def record_problem(record) -> str | None:
    """Why a decoded record cannot be an article, or None when it has an id and a string text."""
    if not isinstance(record, dict):
        return "record is not a JSON object"
    if record.get("id") is None:
        return 'record has no "id"'
    if not isinstance(record.get("text"), str):
        return 'record has no string "text"'
    return None


def record_metadata(record: dict) -> dict[str, str]:
    """The metadata fields a record sets, as text."""
    return {key: str(record[key]) for key in METADATA_KEYS if record.get(key) is not None}


def _text_value_start(line: str) -> int:
    """Column of the opening quote of the top-level "text" value (the last, as json keeps)."""
    at = _SPACE.match(line).end() + 1
    found = -1
    while True:
        at = _SPACE.match(line, at).end()
        if line[at] == "}":
            return found
        key, at = scanstring(line, at + 1)
        at = _SPACE.match(line, at).end() + 1  # past the colon
        at = _SPACE.match(line, at).end()
        if key == "text":
            found = at
        _, at = _DECODER.raw_decode(line, at)
        at = _SPACE.match(line, at).end()
        if line[at] == ",":
            at += 1


def _text_runs(line: str, quote: int) -> tuple[list[int], list[int]]:
    """Runs from the decoded string starting at ``line[quote]`` to raw columns."""
    text_starts: list[int] = []
    source_starts: list[int] = []
    length = 0
    at = quote + 1
    _, end = scanstring(line, at)
    end -= 1  # the closing quote
    for escape in _ESCAPE.finditer(line, at, end):
        if escape.start() > at:
            text_starts.append(length)
            source_starts.append(at)
            length += escape.start() - at
        text_starts.append(length)
        source_starts.append(escape.start())
        length += 1
        at = escape.end()
    if at < end or not text_starts:
        text_starts.append(length)
        source_starts.append(at)
    return text_starts, source_starts
