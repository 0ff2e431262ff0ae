"""Turn input paths into ``Document`` records, one reader per file format.

``read_inputs`` takes files, directories and ``-`` (standard input) and yields
a ``Document`` per article or a ``ReadError`` per input that cannot be read,
carrying on with the rest of the batch either way.

Directories are walked depth first, entries sorted by name at each level;
hidden entries (names starting with ".") and symlinked directories are
skipped, and only files whose extension names a known format are read.  A
file named explicitly is read whatever its extension (plain text if unknown).

A walk also skips what ``.gitignore`` files ignore (``gitignore=False`` turns
that off) and what the ``exclude`` globs match, relative to the current
directory; an ignored or excluded directory is not entered.  Paths named
explicitly are always read or walked: see ``quotecheck.readers.ignore``.

Decoding uses ``encoding`` and ``errors`` as Python's codecs do; a UTF-8 byte
order mark is dropped.  A carriage return alone (the line end of old Mac
files and some exports) is read as a line feed, one code point for one, so
that it ends a line and parts paragraphs as it does in an editor.  Nothing
else is changed: ``"\\r\\n"`` stays as it is, so offsets are offsets into the
file's decoded text.
"""

from __future__ import annotations

import codecs
import functools
import os
import sys
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence

import attrs

from quotecheck.document import LONE_SURROGATE, Document, ReadError, newline_line_ends, surrogate_problem
from quotecheck.readers.html import read_html
from quotecheck.readers.ignore import IGNORE_FILE, IgnoreRules, compile_patterns, walk_rules
from quotecheck.readers.jsonl import read_jsonl
from quotecheck.readers.markdown import read_markdown
from quotecheck.readers.text import read_text

__all__ = ["count_files", "format_of", "input_files", "read_file_text", "read_inputs", "read_jsonl_lines",
           "read_source", "FORMATS", "STDIN_PATH"]

FORMATS = {
    ".txt": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl",
}
STDIN_FORMATS = {
    "txt": "txt", "text": "txt", "md": "md", "markdown": "md",
    "html": "html", "htm": "html", "jsonl": "jsonl",
}
STDIN_PATH = "<stdin>"
# How far into a file to look for a NUL byte before calling it binary.
BINARY_WINDOW = 8192

_READERS: dict[str, Callable[[str, str], Document]] = {
    "txt": read_text, "md": read_markdown, "html": read_html,
}


def read_inputs(
    paths: Iterable[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    stdin: BinaryIO | None = None,
    stdin_format: str = "txt",
    stdin_name: str | None = None,
    exclude: Sequence[str] = (),
    gitignore: bool = True,
) -> Iterator[Document | ReadError]:
    """Documents from files, directories and ``-``, with a ``ReadError`` for each bad input.

    ``stdin_name`` is the path standard input stands for, as its documents report it.
    """
    # Checked now rather than at the first item, so a bad option fails loudly.
    if not text_encoding(encoding):
        raise ValueError(f"unknown text encoding: {encoding}")
    codec = codecs.lookup(encoding).name
    try:
        codecs.lookup_error(errors)
    except LookupError:
        raise ValueError(f"unknown error handler: {errors}") from None
    if stdin_format not in STDIN_FORMATS:
        raise ValueError(f"unknown stdin format: {stdin_format}")
    if isinstance(exclude, str):
        exclude = [exclude]
    # Compiled now so a bad glob fails loudly; relative to the directory we start in.
    rules = functools.partial(walk_rules, exclude=compile_patterns(exclude) if exclude else (),
                              base=os.getcwd(), gitignore=gitignore)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _read_all(paths, codec, errors, stdin, STDIN_FORMATS[stdin_format], rules, stdin_name or STDIN_PATH)


def _read_all(
    paths: Iterable[str],
    codec: str,
    errors: str,
    stdin: BinaryIO | None,
    stdin_format: str,
    rules: Callable[[str], IgnoreRules],
    stdin_name: str = STDIN_PATH,
) -> Iterator[Document | ReadError]:
    """The generator behind ``read_inputs``."""
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read()
            except OSError as error:
                yield ReadError(stdin_name, _describe(error))
                continue
            yield from read_source(data, stdin_name, stdin_format, encoding=codec, errors=errors)
        elif os.path.isdir(path):
            for found in _walk(path, rules(path)):
                if isinstance(found, ReadError):
                    yield found
                else:
                    yield from _read_file(found[0], found[1], codec, errors)
        else:
            yield from _read_file(path, format_of(path), codec, errors)


def text_encoding(encoding: str) -> bool:
    """True for the name of a codec that decodes bytes to text: not "rot13" or "base64", which map bytes to bytes."""
    try:
        b"a".decode(encoding)  # empty bytes would be decoded without asking the codec
    except LookupError:
        return False
    except UnicodeError:
        pass  # a text codec that reads "a" otherwise (UTF-16 wants two bytes)
    return True


def format_of(path: str | None) -> str:
    """The reader for a file named ``path`` (by its extension; plain text when unknown or unnamed)."""
    return FORMATS.get(os.path.splitext(path)[1].lower(), "txt") if path else "txt"


def count_files(paths: Iterable[str], *, exclude: Sequence[str] = ()) -> int:
    """How many files ``read_inputs`` would open for ``paths`` (standard input counts as one)."""
    return sum(not isinstance(found, ReadError) for found in input_files(paths, exclude=exclude))


def input_files(paths: Iterable[str], *, exclude: Sequence[str] = ()) -> Iterator[tuple[str, str] | ReadError]:
    """(path, format) of each file ``read_inputs`` would open for ``paths``, directories walked in order."""
    rules = functools.partial(walk_rules, exclude=compile_patterns(exclude) if exclude else (), base=os.getcwd())
    for path in map(os.fspath, paths):
        if os.path.isdir(path):
            yield from _walk(path, rules(path))
        else:
            yield path, format_of(path)


def _walk(directory: str, rules: IgnoreRules) -> Iterator[tuple[str, str] | ReadError]:
    """(path, format) of each readable file under ``directory`` that ``rules`` keep, in sorted order."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError(directory, _describe(error))
        return
    if rules.gitignore and any(entry.name == IGNORE_FILE for entry in entries):
        rules = rules.adding(os.path.join(directory, IGNORE_FILE))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if not rules.ignored(entry.name, directory=True):
                    yield from _walk(entry.path, rules.below(entry.name))
                continue
            known = FORMATS.get(os.path.splitext(entry.name)[1].lower())
            if known and entry.is_file() and not rules.ignored(entry.name, directory=False):
                yield entry.path, known
        except OSError as error:
            yield ReadError(entry.path, _describe(error))


def _read_file(path: str, form: str, encoding: str, errors: str) -> Iterator[Document | ReadError]:
    """The documents in one file, or why it cannot be read."""
    text = read_file_text(path, encoding=encoding, errors=errors)
    if isinstance(text, ReadError):
        yield text
        return
    yield from read_source(text, path, form, encoding=encoding, errors=errors)


def read_file_text(path: str, *, encoding: str = "utf-8", errors: str = "strict") -> str | ReadError:
    """The decoded text of the file at ``path``, or why it cannot be read (missing, empty, binary, not text)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as error:
        return ReadError(path, _describe(error))
    return _decode(data, path, codecs.lookup(encoding).name, errors)


def read_jsonl_lines(path: str, start: int, end: int, first_line: int) -> Iterator[Document | ReadError]:
    """The records of the whole lines of a UTF-8 JSONL file between byte offsets ``start`` and ``end``.

    ``first_line`` is the line number at ``start``, so errors name the line
    and byte of the file as a whole-file read would.
    """
    try:
        with open(path, "rb") as stream:
            stream.seek(start)
            data = stream.read(end - start)
    except OSError as error:
        yield ReadError(path, _describe(error))
        return
    text = _decode(data, path, "utf-8", "strict")
    if isinstance(text, ReadError):
        yield attrs.evolve(text, byte_offset=None if text.byte_offset is None else text.byte_offset + start)
    else:
        yield from read_jsonl(text, path, first_line=first_line)


def read_source(
    data: bytes | str, path: str, form: str, *, encoding: str = "utf-8", errors: str = "strict"
) -> Iterator[Document | ReadError]:
    """The documents in raw ``data`` of format ``form`` (txt, md, html or jsonl)."""
    text = data if isinstance(data, str) else _decode(data, path, encoding, errors)
    if isinstance(text, ReadError):
        yield text
        return
    if not text or text.isspace():
        yield ReadError(path, "empty file")
        return
    text = newline_line_ends(text)
    try:
        if form == "jsonl":
            yield from read_jsonl(text, path, errors=errors)
        else:
            yield _READERS[form](text, path)
    except Exception as error:  # noqa: BLE001 - one bad file must not end the batch
        yield ReadError(path, f"cannot read as {form}: {type(error).__name__}: {error}")


def _decode(data: bytes, path: str, encoding: str, errors: str) -> str | ReadError:
    """``data`` decoded, or the reason it is not text."""
    if not data:
        return ReadError(path, "empty file")
    name = codecs.lookup(encoding).name
    # UTF-16 and UTF-32 text is full of NULs; any other text has none.
    if not name.startswith(("utf-16", "utf-32")) and b"\0" in data[:BINARY_WINDOW]:
        return ReadError(path, "binary file, not text")
    skip = 0
    if name in ("utf-8", "utf-8-sig"):
        # Strip the BOM by hand so error offsets stay offsets into the file.
        name = "utf-8"
        skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = str(memoryview(data)[skip:], name, errors)
    except UnicodeDecodeError as error:
        return ReadError(path, f"not valid {encoding}: {error.reason}",
                         byte_offset=error.start + skip)
    except UnicodeError as error:  # a codec that cannot say where, such as punycode
        return ReadError(path, f"not valid {encoding}: {error}")
    # Some codecs ("unicode_escape", the "surrogateescape" handler) can give lone surrogates, which are no text.
    problem = surrogate_problem(text)
    if problem is None:
        return text
    if errors == "strict":
        at = LONE_SURROGATE.search(text).start()
        return ReadError(path, problem, line=text.count("\n", 0, at) + 1)
    return LONE_SURROGATE.sub("\ufffd", text)


def _describe(error: OSError) -> str:
    """A short lower-case reason for an operating-system error."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()
